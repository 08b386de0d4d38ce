"""What a koers's herkenning terms do once Koerswijzer has read them, in a board member's words.

A board writes herkenning terms in its koers file (docs/koersbestand.md). Some do less than the board
expects: general words fall away ("wie doet wat" keeps nothing), a term can shrink to one everyday word
("advies geven" is "advies"), and a common term counts only beside a concept of the target itself.
A term of two parts ("overstap + collegascholen") needs a word of its own in each part.
``koerswijzer koers check`` prints these notes, so the board can choose better terms.
"""

from __future__ import annotations

from dataclasses import dataclass

from koerswijzer.congruence.concepts import TOGETHER, ensure_frequencies, lemma_sequence, term_kept, word_weight
from koerswijzer.congruence.evidence import CORE_WEIGHT
from koerswijzer.koers.model import Koers


@dataclass(frozen=True, slots=True)
class TermNote:
    target_id: str
    term: str
    message: str


def term_notes(koers: Koers) -> list[TermNote]:
    """A note for every herkenning term that will not work as written."""
    ensure_frequencies(koers)
    notes = []
    for target in koers.targets():
        for term in target.herkenning:
            if TOGETHER in term:
                # "overstap + collegascholen": each part must keep a word of its own
                empty = [part.strip() for part in term.split(TOGETHER, 1) if not lemma_sequence(part)]
                if empty:
                    notes.append(TermNote(target.id, term, f"telt niet: van '{empty[0]}' blijven alleen "
                                                           "algemene woorden over"))
                continue
            lemmas = tuple(lemma_sequence(term))
            if not lemmas:
                notes.append(TermNote(target.id, term, "telt niet: er blijven alleen algemene woorden over"))
            elif not term_kept(term, lemmas):
                notes.append(TermNote(target.id, term, f"telt niet: zonder de algemene woorden blijft alleen "
                                                       f"'{lemmas[0]}' over, en dat zegt op zichzelf te weinig"))
            elif word_weight(lemmas) < CORE_WEIGHT:
                shrunk = len(lemmas) == 1 and len(term.split()) > 1
                notes.append(TermNote(target.id, term, (f"telt als het losse woord '{lemmas[0]}', en dat is " if shrunk
                                                        else "is ") + "te gewoon om alleen te tellen: telt alleen "
                                                       "samen met een begrip uit de tekst van het doel zelf"))
    return notes
