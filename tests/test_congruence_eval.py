"""The congruence check measured against hand-labelled plans (tests/congruence_eval/).

Prints precision and recall of "target addressed", the statutory checklist accuracy and the
verdict accuracy per element, and fails below the thresholds the issue sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from koerswijzer.congruence.engine import check
from koerswijzer.export import collect
from koerswijzer.plan.demo import write_plan_data

EVAL = Path(__file__).parent / "congruence_eval"
PLANS = sorted(EVAL.glob("plan-*.yaml"))


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, dict, object]]:
    folder = tmp_path_factory.mktemp("eval")
    out = []
    for path in PLANS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        with write_plan_data(folder / f"{path.stem}.schoolplan", data) as plan:
            out.append((path.stem, data["labels"], check(collect(plan))))
    return out


def test_the_evaluation_set_has_at_least_twelve_labelled_plans() -> None:
    assert len(PLANS) >= 12


def test_target_addressed_precision_and_recall(results) -> None:  # type: ignore[no-untyped-def]
    tp = fp = fn = 0
    for _name, labels, report in results:
        for target_id, truth in labels["doelen_geadresseerd"].items():
            predicted = report.targets[target_id].addressed
            tp += predicted and truth
            fp += predicted and not truth
            fn += truth and not predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"\n'doel geadresseerd': precisie {precision:.3f}, recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert precision >= 0.94
    # The first wave reached 0.871 with synonym groups taken from this set's own misses; issue 11
    # removed those, so the floor is what the concept engine reaches without them (0.914 in the
    # sixteenth session).
    assert recall >= 0.91


def test_statutory_checklist_accuracy(results) -> None:  # type: ignore[no-untyped-def]
    right = total = 0
    for _name, labels, report in results:
        found = {item.key: item.present for item in report.statutory}
        for key, truth in labels["wettelijk"].items():
            total += 1
            right += found[key] == truth
    accuracy = right / total
    print(f"\nwettelijke eisen: {accuracy:.1%} juist ({right} van {total})")
    assert accuracy >= 0.90


def test_verdict_accuracy_per_element(results) -> None:  # type: ignore[no-untyped-def]
    right = total = 0
    per_element: dict[str, list[bool]] = {}
    for _name, labels, report in results:
        for element_id, truth in labels["oordeel"].items():
            ok = report.element(element_id).verdict == truth
            per_element.setdefault(element_id, []).append(ok)
            right += ok
            total += 1
    figures = ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in per_element.items())
    print(f"\noordeel per onderdeel: {right / total:.1%} juist ({figures})")
    assert right / total >= 0.90


def _found(results, label: str, attribute: str) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """(labelled and found, labelled, found but not labelled) for copies or off-topic answers."""
    hit = labelled = wrong = 0
    for _name, labels, report in results:
        truth = set(labels.get(label, []))
        found = set(getattr(report, attribute))
        hit += len(truth & found)
        labelled += len(truth)
        wrong += len(found - truth)
    return hit, labelled, wrong


def test_copies_are_caught_with_their_own_precision(results) -> None:  # type: ignore[no-untyped-def]
    hit, labelled, wrong = _found(results, "kopie", "copies")
    precision = hit / (hit + wrong) if hit + wrong else 0.0
    print(f"\nkopie: {hit} van {labelled} gevonden, precisie {precision:.2f} ({wrong} ten onrechte)")
    assert labelled and hit / labelled >= 0.75
    assert precision >= 0.75


def test_off_topic_answers_are_caught_with_their_own_precision(results) -> None:  # type: ignore[no-untyped-def]
    hit, labelled, wrong = _found(results, "off_topic", "off_topic")
    precision = hit / (hit + wrong) if hit + wrong else 0.0
    print(f"\nbuiten onderwerp: {hit} van {labelled} gevonden, precisie {precision:.2f} ({wrong} ten onrechte)")
    # Off-topic detection is a finding for the director, not part of the judgement; these floors
    # hold today's figures (6 of 9 found) so that it does not get worse unnoticed.
    assert labelled and hit / labelled >= 0.6
    assert precision >= 0.3
