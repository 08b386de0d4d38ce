"""``koerswijzer jaarplan PLAN --schooljaar 2025 -o jaarplan.docx|.xlsx`` and
``koerswijzer rapportage PLAN --kwartaal 2026-Q2 -o rapportage.docx`` (or ``--json``)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.schoolplan import Schoolplan


def _target(args: argparse.Namespace, default: Path, allowed: tuple[str, ...]) -> Path:
    target = Path(args.uitvoer) if args.uitvoer else default
    if target.suffix.lower() not in allowed:
        raise KoerswijzerError(f"Kies een bestandsnaam die eindigt op {' of '.join(allowed)}.")
    if target.exists() and not args.overschrijven:
        raise KoerswijzerError(f"'{target}' bestaat al. Gebruik --overschrijven om het te vervangen.")
    from koerswijzer.export import refuse_own_files

    refuse_own_files(target, str(Path(args.plan).resolve()))
    return target


def school_year(text: str) -> int:
    match = re.fullmatch(r"\s*(\d{4})(?:\s*[-–/]\s*(\d{4}))?\s*", text or "")
    if not match or (match.group(2) and int(match.group(2)) != int(match.group(1)) + 1):
        raise KoerswijzerError(f"‘{text}’ is geen schooljaar. Schrijf bijvoorbeeld 2025 of 2025-2026.")
    return int(match.group(1))


def run_jaarplan(args: argparse.Namespace) -> int:
    from koerswijzer.export import write_atomically
    from koerswijzer.plan.jaarplannen import Jaarplannen

    year = school_year(args.schooljaar)
    plan_path = Path(args.plan)
    with Schoolplan.open(plan_path, read_only=not args.maken) as plan:
        store = Jaarplannen(plan)
        jaarplan = store.get(year)
        if jaarplan is None and args.maken:
            jaarplan = store.make(year)
            print(f"{jaarplan.label} gemaakt met {len(jaarplan.doelen)} doelen uit de meerjarenplanning.")
        if jaarplan is None:
            raise KoerswijzerError(f"Er is nog geen jaarplan {year}–{year + 1}. Maak het met --maken, of in het venster.")
        default = plan_path.with_name(f"{jaarplan.label} {plan.profile().school_name}.docx")
        if args.uitvoer or not args.maken:  # --maken alone only makes it
            target = _target(args, default, (".docx", ".xlsx"))
            if target.suffix.lower() == ".xlsx":
                from koerswijzer.export.jaarplan_xlsx import jaarplan_xlsx

                data = jaarplan_xlsx(jaarplan, plan.koers, plan.profile().school_name)
            else:
                from koerswijzer.export.living import jaarplan_document
                from koerswijzer.export.to_docx import DocxWriter

                data = DocxWriter().render(jaarplan_document(jaarplan, plan.profile(), plan.koers))
            write_atomically(target, data)
            print(f"{jaarplan.label} geëxporteerd: {target}")
    return 0


def run_rapportage(args: argparse.Namespace) -> int:
    from koerswijzer.plan.rapportage import collect_rapportage

    plan_path = Path(args.plan)
    with Schoolplan.open(plan_path, read_only=True) as plan:
        content = collect_rapportage(plan, args.kwartaal)
    if args.json:
        json.dump(content.trace(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    from koerswijzer.export import write_atomically
    from koerswijzer.export.living import rapportage_document
    from koerswijzer.export.to_docx import DocxWriter
    from koerswijzer.ui.trend_chart import charts_for  # Qt's drawing, without a screen

    default = plan_path.with_name(f"Kwartaalrapportage {content.kwartaal.key} {content.profile.school_name}.docx")
    target = _target(args, default, (".docx",))
    charts = {} if args.overzicht else charts_for(content.goals())
    write_atomically(target, DocxWriter().render(rapportage_document(content, charts, args.overzicht)))
    print(f"Kwartaalrapportage {content.kwartaal.short} geëxporteerd: {target} ({content.summary()})")
    return 0


def add_parsers(commands) -> None:  # type: ignore[no-untyped-def]
    jaarplan = commands.add_parser(
        "jaarplan", help="het jaarplan van een schooljaar maken of exporteren (Word of Excel)",
        description="Het jaarplan van een schooljaar: de doelen uit de meerjarenplanning met hun acties. "
                    "Met --maken wordt het gemaakt als het er nog niet is; -o kiest Word (.docx) of Excel (.xlsx).")
    jaarplan.add_argument("plan", metavar="PLAN.schoolplan", help="het schoolplanbestand")
    jaarplan.add_argument("--schooljaar", required=True, metavar="JAAR", help="bijvoorbeeld 2025 of 2025-2026")
    jaarplan.add_argument("--maken", action="store_true", help="maak het jaarplan als het er nog niet is")
    jaarplan.add_argument("-o", "--uitvoer", metavar="BESTAND", help="jaarplan.docx of jaarplan.xlsx")
    jaarplan.add_argument("--overschrijven", action="store_true", help="een bestaand bestand vervangen")
    report = commands.add_parser(
        "rapportage", help="de kwartaalrapportage als Word-document of JSON",
        description="De kwartaalrapportage: per onderdeel van de koers de doelen met hun stand (op koers, "
                    "aandacht, achter), gemeten waarde en verloop, en wat er sinds het vorige kwartaal bewoog.")
    report.add_argument("plan", metavar="PLAN.schoolplan", help="het schoolplanbestand")
    report.add_argument("--kwartaal", required=True, metavar="KWARTAAL", help="bijvoorbeeld 2026-Q2")
    report.add_argument("-o", "--uitvoer", metavar="RAPPORTAGE.docx", help="het Word-document")
    report.add_argument("--json", action="store_true", help="de feiten als JSON op het scherm")
    report.add_argument("--overzicht", action="store_true", help="alleen het overzicht op één pagina")
    report.add_argument("--overschrijven", action="store_true", help="een bestaand bestand vervangen")
