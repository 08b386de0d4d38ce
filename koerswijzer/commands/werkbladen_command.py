"""``koerswijzer werkbladen PLAN [--maken SESSIE -o MAP | --inlezen BESTAND...]``: the team
sessions of a plan, their werkbladen out, and filled-in werkbladen back in."""

from __future__ import annotations

import argparse
from pathlib import Path

from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.lock import PlanLock
from koerswijzer.plan.schoolplan import Schoolplan
from koerswijzer.workshop.sessions import SessionInfo, Workshops


def _session(workshops: Workshops, wanted: str) -> SessionInfo:
    sessions = workshops.sessions()
    if wanted.isdigit() and 1 <= int(wanted) <= len(sessions):
        return sessions[int(wanted) - 1]
    found = [s for s in sessions if s.name.casefold() == wanted.casefold()]
    if not found:
        names = ", ".join(f"{i}. {s.label}" for i, s in enumerate(sessions, start=1)) or "geen"
        raise KoerswijzerError(f"Er is geen sessie '{wanted}' in dit schoolplan. Sessies: {names}.")
    return found[0]


def run(args: argparse.Namespace) -> int:
    path = Path(args.plan)
    writes = bool(args.inlezen)
    lock = PlanLock(path)
    if writes and path.exists() and not lock.acquire():
        raise KoerswijzerError("Het schoolplan is open in Koerswijzer. Lees de werkbladen daar in, of sluit "
                               "het schoolplan eerst.")
    try:
        with Schoolplan.open(path, read_only=not writes) as plan:
            workshops = Workshops(plan)
            if args.maken:
                from koerswijzer.workshop.werkblad import write_werkbladen

                info = _session(workshops, args.maken)
                folder = Path(args.uitvoer or ".")
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise KoerswijzerError(f"De map '{folder}' kan niet worden gemaakt ({exc.strerror}).") from None
                for written in write_werkbladen(plan, info.id, folder):
                    print(f"Werkblad gemaakt: {written}")
                return 0
            if args.inlezen:
                from koerswijzer.workshop.werkblad import import_werkbladen

                results = import_werkbladen(plan, args.inlezen)
                for result in results:
                    print(f"{result.file_name}: {result.message}" if result.ok else result.message)
                    for text in result.unplaced:
                        print(f"    niet geplaatst: “{text}”")
                return 0 if all(r.ok for r in results) else 1
            sessions = workshops.sessions()
            if not sessions:
                print("Dit schoolplan heeft nog geen teamsessies.")
            for number, info in enumerate(sessions, start=1):
                cards = len(workshops.contributions(info.id))
                questions = len(info.question_ids)
                print(f"{number}. {info.label}: {questions} {'vraag' if questions == 1 else 'vragen'}, groepen "
                      f"{', '.join(g.name for g in info.groups)}, {cards} {'kaartje' if cards == 1 else 'kaartjes'}")
            return 0
    finally:
        lock.release()
