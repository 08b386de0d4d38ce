"""The board's koers: its file format, the loader and the built-in koersen.

Exports load on first use (PEP 562): the model is light, the loader brings YAML.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "load_koers": "koerswijzer.koers.loader",
    "parse_koers": "koerswijzer.koers.loader",
    **{name: "koerswijzer.koers.model"
       for name in ("Element", "Kader", "Koers", "Question", "Section", "Statement", "Target")},
}

if TYPE_CHECKING:
    from koerswijzer.koers.loader import load_koers, parse_koers
    from koerswijzer.koers.model import Element, Kader, Koers, Question, Section, Statement, Target

__all__ = ["Element", "Kader", "Koers", "Question", "Section", "Statement", "Target", "load_koers", "parse_koers"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(name)
