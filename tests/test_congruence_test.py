"""The congruence judgement measured on the independent test set (tests/congruence_test/).

That set was written by a helper who saw only the koers, the brief and the labelling rule: not the
engine, its lexicon or the development sets. Nothing in the engine is tuned on it (see its
README). This test prints every figure the issue asks for and fails below the floors.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from koerswijzer.koers.model import Koers
from koerswijzer.review.review import SchoolReview
from passage_figures import passage_figures, passage_precision
from plan_figures import PlanFigures, plan_figures, reviewed_plans

SET = Path(__file__).parent / "congruence_test"

# What issue 11 asks on this set, printed beside every figure.
TARGETS = {
    "verdicts": 0.85,
    "precision": 0.85,
    "recall": 0.80,
    "own_words_recall": 0.60,
    "distractor_hits": 0.10,  # at most
    "statutory": 0.90,
    "restated_counted": 0,  # at most
}
# Floors this test holds the engine to: the figures measured after the December 2026 rounds (see the
# README of the set), less a small margin. They guard against going back; raising them to TARGETS is
# the open work of issue 11.
FLOORS = {
    "verdicts": 0.78,  # 44 of 56 cells at the end of the twenty-seventh to twenty-ninth rounds (43 in the twenty-sixth)
    "precision": 0.86,  # 0.866 after the thirtieth round (0.858 in the 29th, 0.864 in the 28th)
    "recall": 0.86,  # 0.866 after the thirtieth round (0.852 in the 28th and 29th)
    # 63 % (45 of 71) after the 37th round (65 % from the 31st, 63 % in the 30th, 54 % in the 29th)
    "own_words_recall": 0.63,
    "distractor_hits": 0.08,  # at most; 7 % (3 of 42)
    "statutory": 0.95,  # 60 of 63 at the end of the sixteenth round (58 from the thirteenth)
    "restated_counted": 8,  # at most; 14 of 39 from the seventh round, 12 in the twelfth, 11 in the
    # thirteenth to sixteenth, 10 in the seventeenth to twenty-seventh, 9 in the twenty-eighth, 8 in the
    # thirty-fifth
    "passage_precision": 0.69,  # 0.692 after the thirtieth round (0.667 in the twenty-ninth)
}


def _line(name: str, value: float, key: str, fmt: str = "{:.3f}") -> str:
    return f"{name}: {fmt.format(value)} (ondergrens {fmt.format(FLOORS[key])}, doel {fmt.format(TARGETS[key])})"


class _Unshown(list):  # type: ignore[type-arg]
    """The set's plans or passages: a failing test shows how many, never their texts or labels (pytest prints
    a test's arguments with its failure, and nobody tuning may read them)."""

    def __repr__(self) -> str:
        return f"<{len(self)} uit de testset>"


@pytest.fixture(scope="module")
def plans(asg: Koers, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, dict, SchoolReview]]:
    return _Unshown(reviewed_plans(asg, SET, tmp_path_factory.mktemp("testset")))


@pytest.fixture(scope="module")
def figures(plans) -> PlanFigures:  # type: ignore[no-untyped-def]
    return plan_figures(plans)


@pytest.fixture(scope="module")
def passages() -> list[dict]:
    return _Unshown(yaml.safe_load((SET / "passages.yaml").read_text(encoding="utf-8")))


def test_the_set_is_as_large_as_the_issue_asks(plans, passages) -> None:  # type: ignore[no-untyped-def]
    assert len(plans) >= 6
    kinds = Counter(p["soort"] for p in passages)
    assert len(passages) >= 150
    assert kinds["eigen_woorden"] >= 60
    assert kinds["afleider"] + kinds["afleider_koerswoorden"] >= 30
    assert kinds["afleider_koerswoorden"] * 3 >= kinds["afleider"] + kinds["afleider_koerswoorden"] - 2
    assert kinds["twee_doelen"] >= 15


def test_verdicts_agree_per_element_cell(figures: PlanFigures) -> None:
    print(f"\ntestset oordeel per cel: {figures.verdicts:.1%} ({figures.cells_right} van {figures.cells}); "
          + _line("aandeel", figures.verdicts, "verdicts", "{:.2f}"))
    assert figures.verdicts >= FLOORS["verdicts"]  # the misses are not printed: nobody tuning reads them


def test_target_addressed_precision_and_recall_on_whole_plans(figures: PlanFigures) -> None:
    print(f"\ntestset doel geadresseerd (plannen): (tp {figures.tp}, fp {figures.fp}, fn {figures.fn}); "
          + _line("precisie", figures.precision, "precision") + "; " + _line("recall", figures.recall, "recall"))
    assert figures.precision >= FLOORS["precision"]
    assert figures.recall >= FLOORS["recall"]


def test_restated_board_sentences_count_for_nothing(figures: PlanFigures) -> None:
    print(f"\ntestset overgenomen bestuurszinnen meegeteld: {figures.restated_counted} van {figures.restated} "
          f"(ondergrens: hoogstens {FLOORS['restated_counted']}, doel {TARGETS['restated_counted']})")
    assert figures.restated_counted <= FLOORS["restated_counted"]


def test_statutory_items_agree(figures: PlanFigures) -> None:
    print(f"\ntestset wettelijke eisen: {figures.statutory_share:.1%} ({figures.statutory_right} van "
          f"{figures.statutory}; {figures.statutory_line()})")
    assert figures.statutory_share >= FLOORS["statutory"]


def test_passages_in_the_schools_own_words_and_distractors(asg: Koers, passages) -> None:  # type: ignore[no-untyped-def]
    figures = passage_figures(asg, passages)
    lines = [f"{kind}: {right}/{total} ({right / total:.0%})" for kind, (right, total) in sorted(figures.items())]
    print("\ntestset passages (doelen gevonden, of terecht niets gevonden):\n  " + "\n  ".join(lines))
    own_right, own_total = figures["eigen_woorden"]
    distractors = [figures[k] for k in ("afleider", "afleider_koerswoorden")]
    hit = sum(total - right for right, total in distractors)
    shown = sum(total for _right, total in distractors)
    print(f"  afleiders geraakt: {hit}/{shown} ({hit / shown:.0%}); lastige afleiders geraakt: "
          f"{figures['afleider_koerswoorden'][1] - figures['afleider_koerswoorden'][0]}"
          f"/{figures['afleider_koerswoorden'][1]}")
    assert own_right / own_total >= FLOORS["own_words_recall"]
    assert hit / shown <= FLOORS["distractor_hits"]
    copies_right, copies_total = figures["kopie"]
    print(f"  overgenomen bestuurszinnen (kopie) toch meegeteld: {copies_total - copies_right}/{copies_total}")


def test_passage_precision(asg: Koers, passages) -> None:  # type: ignore[no-untyped-def]
    precision, tp, fp = passage_precision(asg, passages)
    print(f"\ntestset passages: precisie {precision:.3f} (tp {tp}, fp {fp}; ondergrens "
          f"{FLOORS['passage_precision']:.2f}, doel {TARGETS['precision']:.2f})")
    assert precision >= FLOORS["passage_precision"]


def test_copy_detection_on_passages_has_its_own_precision(asg: Koers, passages) -> None:  # type: ignore[no-untyped-def]
    from koerswijzer.congruence.engine import COPY_SHARE, restated_share

    flagged = {p["id"] for p in passages if restated_share(asg, p["tekst"]) >= COPY_SHARE}
    copies = {p["id"] for p in passages if p["soort"] == "kopie"}
    found = len(flagged & copies)
    precision = found / len(flagged) if flagged else 0.0
    print(f"\ntestset kopie herkend: {found} van {len(copies)}; precisie {precision:.2f} "
          f"({len(flagged - copies)} eigen passages ten onrechte kopie)")
    assert found >= len(copies) // 3
    assert precision >= 0.8
