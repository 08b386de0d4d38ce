"""The congruence judgement measured on the independent test set (tests/congruence_test/).

That set was written by a helper who saw only the koers, the brief and the labelling rule: not the
engine, its lexicon or the development sets. Nothing in the engine is tuned on it (see its
README). This test prints every figure the issue asks for and fails below the floors.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest
import yaml

from koerswijzer.koers.model import Koers
from koerswijzer.review.review import SchoolReview, review_file
from passage_figures import passage_figures, passage_precision

SET = Path(__file__).parent / "congruence_test"
PLAN_MODULES = sorted((SET / "plans").glob("plan_*.py"))

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
    "verdicts": 0.58,
    "precision": 0.68,
    "recall": 0.74,
    "own_words_recall": 0.33,
    "distractor_hits": 0.22,  # at most
    "statutory": 0.90,
    "restated_counted": 21,  # at most
    "passage_precision": 0.44,
}


def _line(name: str, value: float, key: str, fmt: str = "{:.3f}") -> str:
    return f"{name}: {fmt.format(value)} (ondergrens {fmt.format(FLOORS[key])}, doel {fmt.format(TARGETS[key])})"


def _build(module_path: Path, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = folder / f"{module_path.stem}.docx"
    module.build(target)
    return target


@pytest.fixture(scope="module")
def plans(asg: Koers, tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, dict, SchoolReview]]:
    folder = tmp_path_factory.mktemp("testset")
    out = []
    for module_path in PLAN_MODULES:
        truth = yaml.safe_load((SET / "truth" / f"{module_path.stem}.yaml").read_text(encoding="utf-8"))
        review = review_file(_build(module_path, folder), asg)
        assert review.ok, review.error
        out.append((module_path.stem, truth, review))
    return out


@pytest.fixture(scope="module")
def passages() -> list[dict]:
    return yaml.safe_load((SET / "passages.yaml").read_text(encoding="utf-8"))


def test_the_set_is_as_large_as_the_issue_asks(plans, passages) -> None:  # type: ignore[no-untyped-def]
    assert len(plans) >= 6
    kinds = Counter(p["soort"] for p in passages)
    assert len(passages) >= 150
    assert kinds["eigen_woorden"] >= 60
    assert kinds["afleider"] + kinds["afleider_koerswoorden"] >= 30
    assert kinds["afleider_koerswoorden"] * 3 >= kinds["afleider"] + kinds["afleider_koerswoorden"] - 2
    assert kinds["twee_doelen"] >= 15


def test_verdicts_agree_per_element_cell(plans) -> None:  # type: ignore[no-untyped-def]
    right = total = 0
    misses = []
    for name, truth, review in plans:
        found = {e.element_id: e.verdict for e in review.elements}
        for element_id, expected in truth["oordeel"].items():
            total += 1
            right += found[element_id] == expected
            if found[element_id] != expected:
                misses.append(f"{name}/{element_id}: {found[element_id]} (label {expected})")
    share = right / total
    print(f"\ntestset oordeel per cel: {share:.1%} ({right} van {total}); "
          + _line("aandeel", share, "verdicts", "{:.2f}"))
    assert share >= FLOORS["verdicts"], misses


def test_target_addressed_precision_and_recall_on_whole_plans(plans) -> None:  # type: ignore[no-untyped-def]
    tp = fp = fn = 0
    for _name, truth, review in plans:
        assert review.report is not None
        for target_id, expected in truth["doelen_geadresseerd"].items():
            found = review.report.targets[target_id].addressed
            tp += found and expected
            fp += found and not expected
            fn += expected and not found
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"\ntestset doel geadresseerd (plannen): (tp {tp}, fp {fp}, fn {fn}); "
          + _line("precisie", precision, "precision") + "; " + _line("recall", recall, "recall"))
    assert precision >= FLOORS["precision"]
    assert recall >= FLOORS["recall"]


def test_restated_board_sentences_count_for_nothing(plans) -> None:  # type: ignore[no-untyped-def]
    counted = restated = 0
    for _name, truth, review in plans:
        assert review.report is not None
        for target_id in truth.get("kopie") or []:
            if truth["doelen_geadresseerd"][target_id]:
                continue  # addressed elsewhere with the school's own content
            restated += 1
            counted += review.report.targets[target_id].addressed
    print(f"\ntestset overgenomen bestuurszinnen meegeteld: {counted} van {restated} "
          f"(ondergrens: hoogstens {FLOORS['restated_counted']}, doel {TARGETS['restated_counted']})")
    assert counted <= FLOORS["restated_counted"]


def test_statutory_items_agree(plans) -> None:  # type: ignore[no-untyped-def]
    right = total = 0
    per_item: dict[str, list[bool]] = {}
    for _name, truth, review in plans:
        for key, expected in truth["wettelijk"].items():
            found = review.statutory.get(key)
            ok = (found is None) if expected == "nvt" else (found is expected)
            per_item.setdefault(key, []).append(ok)
            right += ok
            total += 1
    figures = ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in per_item.items())
    print(f"\ntestset wettelijke eisen: {right / total:.1%} ({right} van {total}; {figures})")
    assert right / total >= FLOORS["statutory"]


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
