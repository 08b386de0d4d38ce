"""The board's koers: its file format, the loader and the built-in koersen."""

from koerswijzer.koers.loader import load_koers, parse_koers
from koerswijzer.koers.model import Element, Kader, Koers, Question, Section, Statement, Target

__all__ = [
    "Element",
    "Kader",
    "Koers",
    "Question",
    "Section",
    "Statement",
    "Target",
    "load_koers",
    "parse_koers",
]
