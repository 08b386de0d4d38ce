"""``koerswijzer review FILES... [--koers ID|FILE] [--json] [-o overzicht.xlsx|.csv]``.

Schoolplannen are judged for congruence; kwartaalrapportages among the files are read by their
trace into one overview per quarter (:mod:`koerswijzer.review.rapportages`)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from koerswijzer.congruence.statutory import name as statutory_name
from koerswijzer.errors import KoerswijzerError
from koerswijzer.export import write_atomically
from koerswijzer.koers.registry import DEFAULT_KOERS_ID, resolve_koers
from koerswijzer.review.overview import VERDICT_TEXT, to_csv, to_dict, write_xlsx
from koerswijzer.koers.model import Koers
from koerswijzer.review.rapportages import RapportageEntry, is_rapportage, read_rapportages
from koerswijzer.review.rapportages import to_csv as rapportages_csv
from koerswijzer.review.rapportages import to_dict as rapportage_dict
from koerswijzer.review.rapportages import to_text as rapportage_text
from koerswijzer.review.rapportages import write_xlsx as write_rapportages_xlsx
from koerswijzer.review.reader import peek_koers_id
from koerswijzer.review.review import SchoolReview, review_files


def _koers_per_file(paths: list[Path], chosen: str | None) -> tuple[dict[Path, Koers], list[SchoolReview]]:
    """Which koers each document is judged against: the one given with --koers, else the one the
    document's own trace names (a Koerswijzer document), else the built-in default, said aloud."""
    if chosen:
        koers = resolve_koers(chosen)
        return {p: koers for p in paths}, []
    found: dict[Path, Koers] = {}
    refused: list[SchoolReview] = []
    default: Koers | None = None
    for path in paths:
        trace = peek_koers_id(path)
        if trace is None:
            default = default or resolve_koers(DEFAULT_KOERS_ID)
            found[path] = default
            continue
        try:
            found[path] = resolve_koers(trace)
        except KoerswijzerError:
            refused.append(SchoolReview(path, path.stem, error=(
                f"'{path.name}' is geschreven langs de koers '{trace}', die Koerswijzer niet kent. Geef het "
                f"koersbestand mee: koerswijzer review --koers KOERSBESTAND.yaml ...")))
    if default is not None:
        print(f"Documenten zonder spoor van Koerswijzer zijn beoordeeld tegen {default.titel} ({default.id}); "
              f"kies een andere koers met --koers.", file=sys.stderr)
    return found, refused


def run(args: argparse.Namespace) -> int:
    everything = [Path(p) for p in args.bestanden]
    # Kwartaalrapportages are read by their trace, into one overview per quarter.
    reports = [p for p in everything if is_rapportage(p)]
    paths = [p for p in everything if p not in reports]
    rapportages = read_rapportages(reports)
    if not paths:
        return _rapportages_only(args, rapportages)
    per_file, refused = _koers_per_file(paths, args.koers)

    def progress(done: int, total: int, result: SchoolReview) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done} van {total} beoordeeld: {result.path.name}".ljust(70), end="", file=sys.stderr,
                  flush=True)
        return True

    results: dict[Path, SchoolReview] = {r.path: r for r in refused}
    groups: dict[str, list[Path]] = {}
    koersen: dict[str, Koers] = {}
    for path, koers in per_file.items():
        groups.setdefault(koers.source_text, []).append(path)
        koersen[koers.source_text] = koers
    for key, group in groups.items():
        for review in review_files(group, koersen[key], progress):
            results[review.path] = review
    reviews = [results[p] for p in paths if p in results]
    koers = next(iter(koersen.values()), None) or resolve_koers(args.koers or DEFAULT_KOERS_ID)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.uitvoer:
        entries = to_dict(reviews)["scholen"]
        _save(Path(args.uitvoer), lambda target: write_xlsx(entries, koers, target, rapportages),
              lambda: to_csv(entries, koers))
    if args.json:
        data = to_dict(reviews)
        if rapportages:
            data["kwartaalrapportages"] = rapportage_dict(rapportages, koers)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for review in reviews:
            if review.error:
                print(f"{review.path.name}: {review.error}")
                continue
            if review.notice:
                print(f"{review.path.name}: {review.notice}")
            kind = "Koerswijzer-document" if review.generated else "eigen opzet"
            print(f"{review.school} ({review.path.name}, {kind})")
            for e in review.elements:
                answered = "onbekend" if e.answered is None else f"{e.answered}/{e.questions}"
                print(f"  {e.title}: {VERDICT_TEXT[e.verdict]} — doelen {e.targets_addressed}/{e.targets_total}, "
                      f"vragen {answered}")
            missing = [statutory_name(k) for k, v in review.statutory.items() if v is False]
            if missing:
                print(f"  Wettelijke eisen die ontbreken: {', '.join(missing)}")
        if rapportages:
            print()
            print(rapportage_text(rapportages, koers), end="")
        if args.uitvoer:
            print(f"Overzicht bewaard: {args.uitvoer}")
    return 0 if all(r.ok for r in reviews) and all(r.ok for r in rapportages) else 1


def _rapportages_only(args: argparse.Namespace, rapportages: list[RapportageEntry]) -> int:
    """Only kwartaalrapportages: the board's overview per quarter, against the koers they name."""
    named = next((r.koers for r in rapportages if r.ok and r.koers), None)
    koers = resolve_koers(args.koers or named or DEFAULT_KOERS_ID)
    if args.uitvoer:
        _save(Path(args.uitvoer), lambda target: write_rapportages_xlsx(rapportages, koers, target),
              lambda: rapportages_csv(rapportages, koers))
    if args.json:
        print(json.dumps({"kwartaalrapportages": rapportage_dict(rapportages, koers)}, ensure_ascii=False, indent=2))
    else:
        print(rapportage_text(rapportages, koers), end="")
        if args.uitvoer:
            print(f"Overzicht bewaard: {args.uitvoer}")
    return 0 if all(r.ok for r in rapportages) else 1


def _save(target: Path, xlsx: Callable[[Path], None], csv: Callable[[], str]) -> None:
    """The overview as .xlsx or as .csv (semicolons, with a BOM so that Excel reads the accents)."""
    if target.suffix.lower() == ".xlsx":
        xlsx(target)
    elif target.suffix.lower() == ".csv":
        write_atomically(target, csv().encode("utf-8-sig"))
    else:
        raise KoerswijzerError("Het overzicht kan als .xlsx of .csv worden bewaard.")
