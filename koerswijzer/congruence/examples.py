"""A target recognised by likeness to the board's examples (``voorbeelden:`` in the koers file).

A board can give each target a few passages in the words schools use for it: "Elke nieuwe collega
heeft na zes weken een gesprek met de directeur over wat hij mist aan begeleiding" for "zicht op de
behoeftes van medewerkers". Schools rarely use the board's words, and herkenning terms are single words
or pairs; examples carry the whole vocabulary of a target at once. A passage of a plan addresses a
target when it is more like that target's examples than like any other's (tf-idf over content lemmas,
cosine with each target's centroid), by a clear margin, and it stands in the target's own chapter.

The ASG koers's examples are the labelled development passages (tests/congruence_dev/, made by
tools/voorbeelden.py); never the independent test set. See docs/congruentie.md.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from koerswijzer.congruence.concepts import board_compounds, ensure_frequencies, example_zipf, lemma_sequence
from koerswijzer.koers.model import Koers

# Calibrated leaving one development set out at a time (docs/congruentie.md): a passage must be this
# much like a target's examples (cosine) ...
EXAMPLE_LIKENESS = 0.25
# ... and this much more like them than like the next target's.
EXAMPLE_MARGIN = 0.1
EXAMPLE_LEMMAS = 7  # a passage says this many words the examples know, or it is too short to be alike
EXAMPLE_WORD = 4  # a lemma of this many letters or more (shorter ones are mostly everyday words)
SHOWN_WORDS = 3  # the passage's words that made it most alike, to show the school
EVERYDAY_ZIPF = 4.5  # a word this frequent in Dutch (wordfreq) is shown only when no rarer word is alike


@dataclass(frozen=True, slots=True)
class ExampleModel:
    idf: dict[str, float]
    centroids: dict[str, dict[str, float]]  # per target: lemma -> weight, length one
    index: dict[str, tuple[tuple[str, float], ...]]  # lemma -> the targets whose centroid has it, and its weight


def _lemmas(koers: Koers, text: str) -> frozenset[str]:
    return frozenset(w for w in lemma_sequence(board_compounds(koers, text)) if len(w) >= EXAMPLE_WORD)


@cache
def example_model(koers: Koers) -> ExampleModel | None:
    """The centroids of the koers's examples, or None when it gives none (then nothing changes)."""
    examples = [(target.id, _lemmas(koers, text)) for target in koers.targets() for text in target.voorbeelden]
    examples = [(tid, lemmas) for tid, lemmas in examples if lemmas]
    if len({tid for tid, _ in examples}) < 2:
        return None
    df = Counter(w for _, lemmas in examples for w in lemmas)
    idf = {w: math.log(len(examples) / n) for w, n in df.items()}
    sums: dict[str, Counter[str]] = {}
    for tid, lemmas in examples:
        norm = math.sqrt(sum(idf[w] ** 2 for w in lemmas)) or 1.0
        total = sums.setdefault(tid, Counter())
        for w in lemmas:
            total[w] += idf[w] / norm
    centroids = {}
    for tid, total in sums.items():
        length = math.sqrt(sum(x * x for x in total.values())) or 1.0
        centroids[tid] = {w: x / length for w, x in total.items()}
    index: dict[str, list[tuple[str, float]]] = {}
    for tid, centroid in centroids.items():
        for w, x in centroid.items():
            index.setdefault(w, []).append((tid, x))
    ensure_frequencies(koers)  # (read once for the koers, with the examples' words: example_zipf)
    return ExampleModel(idf, centroids, {w: tuple(v) for w, v in index.items()})


@lru_cache(maxsize=65536)  # passages overlap, and a recheck after one edit reads most of them again
def example_target(koers: Koers, lemmas: frozenset[str]) -> tuple[str, float, tuple[str, ...]] | None:
    """The target whose examples a passage (its content lemmas) is most like, with the likeness and
    the lemmas that made it so; None when no target's examples are clearly the most alike."""
    model = example_model(koers)
    if model is None:
        return None
    vector = {w: model.idf[w] for w in lemmas if w in model.idf}
    if len(vector) < EXAMPLE_LEMMAS:
        return None
    norm = math.sqrt(sum(x * x for x in vector.values()))
    scores: dict[str, float] = {}
    for w, x in vector.items():
        for tid, weight in model.index[w]:
            scores[tid] = scores.get(tid, 0.0) + x * weight
    if not scores:
        return None
    top = sorted(scores.items(), key=lambda item: -item[1])[:2]
    tid, best = top[0][0], top[0][1] / norm
    second = top[1][1] / norm if len(top) > 1 else 0.0
    if best < EXAMPLE_LIKENESS or best - second < EXAMPLE_MARGIN:
        return None
    centroid = model.centroids[tid]
    # shown: the words that made it most alike, the school's own words of the field before everyday ones
    shared = [w for w in vector if centroid.get(w)]
    telling = sorted(shared, key=lambda w: (example_zipf(w) >= EVERYDAY_ZIPF,
                                            -vector[w] * centroid[w]))[:SHOWN_WORDS]
    return tid, best, tuple(telling)
