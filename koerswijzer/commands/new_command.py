"""``koerswijzer nieuw PLAN.schoolplan --koers ID|BESTAND --school NAAM ...``: a new plan, as the
window's new-plan dialog makes one, on any koers."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from koerswijzer.errors import KoerswijzerError
from koerswijzer.koers.registry import resolve_koers
from koerswijzer.plan.schoolplan import Schoolplan
from koerswijzer.plan.types import Profile, default_period


def run(args: argparse.Namespace) -> int:
    target = Path(args.plan)
    if target.suffix.lower() != ".schoolplan":
        target = target.with_name(target.name + ".schoolplan")
    koers = resolve_koers(args.koers)
    extra = [resolve_koers(ref) for ref in args.ook_koers or []]
    if args.periode:
        match = re.fullmatch(r"\s*(20[0-9]{2})\s*[-–/]\s*(20[0-9]{2})\s*", args.periode)
        if not match or not 0 < int(match.group(2)) - int(match.group(1)) <= 4:
            raise KoerswijzerError(f"De planperiode '{args.periode}' moet twee jaartallen zijn, hoogstens vier "
                                   "jaar uit elkaar, zoals 2027-2031.")
        start, end = int(match.group(1)), int(match.group(2))
    else:
        start, end = default_period()
    profile = Profile(school_name=args.school.strip(), period_start=start, period_end=end,
                      brin=(args.brin or "").strip().upper(), sector=args.sector,
                      director=(args.directeur or "").strip(), denominatie=(args.denominatie or koers.denominatie).strip())
    with Schoolplan.create(target, koers, profile, extra_koersen=extra, overwrite=args.overschrijven) as plan:
        questions = len(plan.koers.questions())
        targets = len(plan.koers.targets())
    print(f"Nieuw schoolplan: {target}")
    print(f"{profile.school_name}, {start}–{end}, langs {koers.titel} ({koers.bestuur}): "
          f"{targets} doelen en {questions} centrale vragen.")
    for other in extra:
        print(f"Ook langs: {other.titel} ({other.bestuur}).")
    print(f"Open het met: koerswijzer \"{target}\"")
    return 0
