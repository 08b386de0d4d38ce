"""Figures on whole labelled plans, shared by the development plans (tests/review_dev/) and the
independent test set (tests/congruence_test/): the same measure on both.

Each set is a folder with ``plans/plan_*.py`` (a ``build(path)`` that writes the .docx) and
``truth/plan_*.yaml`` (labels written by hand)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from koerswijzer.koers.model import Koers
from koerswijzer.review.review import SchoolReview, review_file


def build_plan(module_path: Path, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location(module_path.stem, module_path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = folder / f"{module_path.stem}.docx"
    module.build(target)
    return target


VERDICTS = ("sterk", "voldoende", "aandachtspunt")


def load_truth(koers: Koers, path: Path) -> dict:
    """The labels of one plan, checked for form: a label that is not one of the words it must be
    (a verdict with its count in the same string, say) would silently count as a miss."""
    truth = yaml.safe_load(path.read_text(encoding="utf-8"))
    problems = [f"oordeel {k}: {v!r}" for k, v in truth["oordeel"].items() if v not in VERDICTS]
    problems += [f"doel {k}: {v!r}" for k, v in truth["doelen_geadresseerd"].items() if not isinstance(v, bool)]
    problems += [f"wettelijk {k}: {v!r}" for k, v in truth["wettelijk"].items() if not (isinstance(v, bool) or v == "nvt")]
    if set(truth["oordeel"]) != {e.id for e in koers.elements}:
        problems.append("oordeel: not one label per element")
    if set(truth["doelen_geadresseerd"]) != {t.id for t in koers.targets()}:
        problems.append("doelen_geadresseerd: not one label per target")
    assert not problems, f"{path.name}: " + "; ".join(problems)
    return truth


def reviewed_plans(koers: Koers, folder: Path, out: Path) -> list[tuple[str, dict, SchoolReview]]:
    """(name, truth, review) for every plan of a set."""
    plans = []
    for module_path in sorted((folder / "plans").glob("plan_*.py")):
        truth = load_truth(koers, folder / "truth" / f"{module_path.stem}.yaml")
        review = review_file(build_plan(module_path, out), koers)
        assert review.ok, review.error
        plans.append((module_path.stem, truth, review))
    return plans


@dataclass
class PlanFigures:
    cells_right: int = 0
    cells: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    restated: int = 0
    restated_counted: int = 0
    statutory_right: int = 0
    statutory: int = 0
    per_item: dict[str, list[bool]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list, repr=False)  # verdict cells that disagree

    @property
    def verdicts(self) -> float:
        return self.cells_right / self.cells if self.cells else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def statutory_share(self) -> float:
        return self.statutory_right / self.statutory if self.statutory else 0.0

    def statutory_line(self) -> str:
        return ", ".join(f"{k} {sum(v)}/{len(v)}" for k, v in self.per_item.items())


def plan_figures(plans: list[tuple[str, dict, SchoolReview]]) -> PlanFigures:
    f = PlanFigures()
    for name, truth, review in plans:
        assert review.report is not None
        found = {e.element_id: e.verdict for e in review.elements}
        for element_id, expected in truth["oordeel"].items():
            f.cells += 1
            f.cells_right += found[element_id] == expected
            if found[element_id] != expected:
                f.misses.append(f"{name}/{element_id}: {found[element_id]} (label {expected})")
        for target_id, expected in truth["doelen_geadresseerd"].items():
            addressed = review.report.targets[target_id].addressed
            f.tp += addressed and expected
            f.fp += addressed and not expected
            f.fn += expected and not addressed
        for target_id in truth.get("kopie") or []:
            if truth["doelen_geadresseerd"][target_id]:
                continue  # addressed elsewhere with the school's own content
            f.restated += 1
            f.restated_counted += review.report.targets[target_id].addressed
        for key, expected in truth["wettelijk"].items():
            present = review.statutory.get(key)
            ok = (present is None) if expected == "nvt" else (present is expected)
            f.per_item.setdefault(key, []).append(ok)
            f.statutory_right += ok
            f.statutory += 1
    return f
