"""The board review measured on the development plans (tests/review_dev/, 160 since the twentieth
session): the same figures as the independent test set, on plans the engine may be tuned on. Fails below
floors just under what the engine reaches today, so that tuning never goes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from koerswijzer.koers.model import Koers
from plan_figures import PlanFigures, load_truth, plan_figures, reviewed_plans

SET = Path(__file__).parent / "review_dev"
FLOORS = {"verdicts": 0.87, "precision": 0.93, "recall": 0.93, "restated_counted": 98, "statutory": 0.97}


@pytest.fixture(scope="module")
def figures(asg: Koers, tmp_path_factory: pytest.TempPathFactory) -> PlanFigures:
    return plan_figures(reviewed_plans(asg, SET, tmp_path_factory.mktemp("review_dev")))


def test_the_development_plans_are_complete(asg: Koers) -> None:
    targets = {t.id for t in asg.targets()}
    truths = sorted((SET / "truth").glob("plan_*.yaml"))
    assert len(truths) == len(list((SET / "plans").glob("plan_*.py"))) >= 8
    for path in truths:
        truth = load_truth(asg, path)  # one label of the right form per element, target and item
        assert set(truth["kopie"] or []) <= targets


def test_figures_on_the_development_plans(figures: PlanFigures) -> None:
    print(f"\nontwikkelplannen: oordeel per cel {figures.verdicts:.1%} ({figures.cells_right} van {figures.cells}); "
          f"doel geadresseerd precisie {figures.precision:.3f}, recall {figures.recall:.3f} "
          f"(tp {figures.tp}, fp {figures.fp}, fn {figures.fn}); overgenomen bestuurszinnen meegeteld "
          f"{figures.restated_counted} van {figures.restated}; wettelijke eisen {figures.statutory_share:.1%} "
          f"({figures.statutory_line()})")
    assert figures.verdicts >= FLOORS["verdicts"], figures.misses
    assert figures.precision >= FLOORS["precision"]
    assert figures.recall >= FLOORS["recall"]
    assert figures.restated_counted <= FLOORS["restated_counted"]
    assert figures.statutory_share >= FLOORS["statutory"]


def test_two_careful_readers_agree_on_the_labels(asg: Koers) -> None:
    """Plans 31-42 labelled a second time by readers who saw neither the engine nor the first labels
    (``second_labels/``): how far two readers agree is how far an engine can be expected to agree."""
    cells = cells_agree = targets = targets_agree = statutory = statutory_agree = 0
    second = sorted((SET / "second_labels").glob("plan_*.yaml"))
    assert len(second) >= 12
    for path in second:
        b = load_truth(asg, path)
        a = load_truth(asg, SET / "truth" / path.name)
        cells += len(a["oordeel"])
        cells_agree += sum(b["oordeel"][e] == v for e, v in a["oordeel"].items())
        targets += len(a["doelen_geadresseerd"])
        targets_agree += sum(b["doelen_geadresseerd"][t] == v for t, v in a["doelen_geadresseerd"].items())
        statutory += len(a["wettelijk"])
        statutory_agree += sum(str(b["wettelijk"][k]) == str(v) for k, v in a["wettelijk"].items())
    print(f"\ntwee lezers: oordeel per cel {cells_agree / cells:.1%} ({cells_agree} van {cells}); doelen "
          f"{targets_agree / targets:.1%}; wettelijke eisen {statutory_agree / statutory:.1%}")
    assert cells_agree / cells >= 0.90
    assert targets_agree / targets >= 0.95
    assert statutory_agree / statutory >= 0.95
