"""Figures on labelled passages, shared by the development set (tests/congruence_dev/) and the
independent test set (tests/congruence_test/): the same measure on both."""

from __future__ import annotations

from koerswijzer.congruence.evidence import passage_targets
from koerswijzer.koers.model import Koers


def passage_figures(koers: Koers, passages: list[dict]) -> dict[str, tuple[int, int]]:
    """Per kind: (passages right, passages of that kind). Right means: exactly the labelled targets
    found for the kinds that address targets (each target counted), none for the others."""
    counts: dict[str, list[int]] = {}
    for item in passages:
        found = passage_targets(koers, item["tekst"], item["element"])
        hits = counts.setdefault(item["soort"], [0, 0])
        if item["doelen"]:
            hits[0] += sum(1 for t in item["doelen"] if t in found)
            hits[1] += len(item["doelen"])
        else:
            hits[0] += not found
            hits[1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def passage_precision(koers: Koers, passages: list[dict]) -> tuple[float, int, int]:
    """(precision, true positives, false positives) over every target found in every passage."""
    tp = fp = 0
    for item in passages:
        found = passage_targets(koers, item["tekst"], item["element"])
        tp += len(found & set(item["doelen"]))
        fp += len(found - set(item["doelen"]))
    return (tp / (tp + fp) if tp + fp else 0.0), tp, fp
