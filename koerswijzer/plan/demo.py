"""The demo plan: a fictional, fully answered school under ASG Koers 22.

The content is data (resources/demo/demo-schoolplan.yaml); this module only writes it
through the same :class:`Schoolplan` API the GUI uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from koerswijzer.koers.registry import DEFAULT_KOERS_ID, resolve_koers
from koerswijzer.paths import resources_dir
from koerswijzer.plan.schoolplan import Schoolplan
from koerswijzer.plan.types import Profile

GOAL_KEYS = ("wat", "hoe", "schooljaar", "eigenaar", "indicator", "baseline", "streefwaarde",
             "merkbaar", "evaluatie")


def demo_content() -> dict[str, Any]:
    path = resources_dir() / "demo" / "demo-schoolplan.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write_demo(target: str | Path, overwrite: bool = False) -> Schoolplan:
    """Write the demo plan to ``target`` and return it, open."""
    return write_plan_data(target, demo_content(), overwrite)


def write_plan_data(target: str | Path, content: dict[str, Any], overwrite: bool = False) -> Schoolplan:
    """Write a plan described as data (the demo file's format) under ASG Koers 22; return it open."""
    koers = resolve_koers(DEFAULT_KOERS_ID)
    plan = Schoolplan.create(target, koers, Profile(**content["profiel"]), overwrite=overwrite)
    try:
        author = content.get("auteur", "")
        for question_id, answer in content["antwoorden"].items():
            plan.save_answer(question_id, answer["tekst"].strip(), answer.get("status"), author)
        for goal in content.get("doelen", []):
            plan.add_goal(
                primary=goal.get("primair"),
                secondary=goal.get("secundair", []),
                element_id=goal.get("element"),
                **{key: goal[key] for key in GOAL_KEYS if key in goal},
            )
        for stance in content.get("standpunten", []):
            plan.set_stance(stance["doel"], stance["keuze"], stance["reden"])
        dates = content.get("datums", {})
        plan.set_dates(dates.get("mr_instemming"), dates.get("vaststelling"))
    except BaseException:
        # Half a demo is no demo: remove what was written.
        plan.close()
        path = Path(target)
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return plan
