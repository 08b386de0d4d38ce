"""``koerswijzer export PLAN -o schoolplan.docx``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from koerswijzer.errors import KoerswijzerError
from koerswijzer.export import FORMATS, export_plan
from koerswijzer.plan.schoolplan import Schoolplan


def run(args: argparse.Namespace) -> int:
    plan_path = Path(args.plan)
    fmt = args.format
    if args.uitvoer:
        target = Path(args.uitvoer)
        fmt = fmt or next((f for f, ext in FORMATS.items() if target.suffix.lower() == ext), "docx")
    else:
        fmt = fmt or "docx"
        target = plan_path.with_suffix(FORMATS[fmt])
    if target.exists() and not args.overschrijven:
        raise KoerswijzerError(f"'{target}' bestaat al. Gebruik --overschrijven om het te vervangen.")
    reference = Path(args.referentie) if args.referentie else None
    if reference is not None and not reference.is_file():
        raise KoerswijzerError(f"Het huisstijldocument '{reference}' bestaat niet.")
    templates = Path(args.sjablonen) if args.sjablonen else None

    def progress(percent: int, text: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{percent:3d}% {text}…".ljust(40), end="", file=sys.stderr, flush=True)

    with Schoolplan.open(plan_path, read_only=True) as plan:
        if plan.notice:
            print(f"Let op: {plan.notice}", file=sys.stderr)
        notes: list[str] = []
        export_plan(plan, target, fmt, args.variant, reference, templates, progress,
                    Path(args.logo) if args.logo else None, appendix=not args.zonder_bijlage,
                    page_numbers=not args.zonder_paginanummers, notes=notes)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Schoolplan geëxporteerd: {target}")
    for note in notes:
        print(f"Let op: {note}")
    return 0


