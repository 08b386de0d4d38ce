"""The congruence judgement on the development passages (tests/congruence_dev/): short passages a
helper wrote from the koers and the brief, labelled by hand. The engine is tuned on these (and on
tests/congruence_eval, tests/review_eval), never on tests/congruence_test. Prints every figure and
fails below floors just under what the engine reaches today, so that tuning never goes back."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from koerswijzer.koers.model import Koers
from passage_figures import passage_figures, passage_precision

SET = Path(__file__).parent / "congruence_dev" / "passages.yaml"
FLOORS = {"own_words_recall": 0.42, "distractor_hits": 0.10, "copies_counted": 3, "passage_precision": 0.46}


@pytest.fixture(scope="module")
def koers(asg: Koers) -> Koers:
    return asg


@pytest.fixture(scope="module")
def passages() -> list[dict]:
    return yaml.safe_load(SET.read_text(encoding="utf-8"))


def test_the_development_passages_cover_every_kind(koers: Koers, passages: list[dict]) -> None:
    kinds = Counter(p["soort"] for p in passages)
    assert kinds["eigen_woorden"] >= 75 and kinds["twee_doelen"] >= 15
    assert kinds["afleider"] + kinds["afleider_koerswoorden"] >= 30 and kinds["kopie"] >= 10
    targets = {t.id for t in koers.targets()}
    assert all(set(p["doelen"]) <= targets for p in passages)


def test_own_words_distractors_and_copies_on_the_development_passages(koers: Koers, passages: list[dict]) -> None:
    figures = passage_figures(koers, passages)
    lines = [f"{kind}: {right}/{total} ({right / total:.0%})" for kind, (right, total) in sorted(figures.items())]
    own_right, own_total = figures["eigen_woorden"]
    hit = sum(total - right for right, total in (figures["afleider"], figures["afleider_koerswoorden"]))
    shown = figures["afleider"][1] + figures["afleider_koerswoorden"][1]
    copies_counted = figures["kopie"][1] - figures["kopie"][0]
    precision, tp, fp = passage_precision(koers, passages)
    print("\nontwikkelset passages (doelen gevonden, of terecht niets gevonden):\n  " + "\n  ".join(lines)
          + f"\n  eigen woorden gevonden: {own_right / own_total:.0%} (ondergrens {FLOORS['own_words_recall']:.0%})"
          + f"\n  afleiders geraakt: {hit}/{shown} ({hit / shown:.0%}; hoogstens {FLOORS['distractor_hits']:.0%})"
          + f"\n  overgenomen bestuurszinnen toch meegeteld: {copies_counted}/{figures['kopie'][1]}"
          + f"\n  precisie per passage: {precision:.3f} (tp {tp}, fp {fp})")
    assert own_right / own_total >= FLOORS["own_words_recall"]
    assert hit / shown <= FLOORS["distractor_hits"]
    assert copies_counted <= FLOORS["copies_counted"]
    assert precision >= FLOORS["passage_precision"]
