"""``koerswijzer demo UIT.schoolplan``."""

from __future__ import annotations

import argparse
from pathlib import Path

from koerswijzer.plan.demo import write_demo


def run(args: argparse.Namespace) -> int:
    target = Path(args.uitvoer)
    if target.suffix.lower() != ".schoolplan":
        target = target.with_name(target.name + ".schoolplan")
    with write_demo(target, overwrite=args.overschrijven) as plan:
        profile = plan.profile()
        koers = plan.koers
        answered = sum(1 for a in plan.answers().values() if a.answered)
        goals = len(plan.goals())
    print(f"Voorbeeldschoolplan geschreven: {target}")
    print(f"{profile.school_name}, {koers.titel}: {answered} van {len(koers.questions())} vragen "
          f"beantwoord, {goals} doelen.")
    return 0
