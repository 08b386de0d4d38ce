"""``koerswijzer review FILES... [--koers ID|FILE] [--json] [-o overzicht.xlsx|.csv]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from koerswijzer.errors import KoerswijzerError
from koerswijzer.export import write_atomically
from koerswijzer.koers.registry import DEFAULT_KOERS_ID, resolve_koers
from koerswijzer.review.overview import VERDICT_TEXT, to_csv, to_dict, write_xlsx
from koerswijzer.review.review import SchoolReview, review_files


def run(args: argparse.Namespace) -> int:
    koers = resolve_koers(args.koers or DEFAULT_KOERS_ID)
    paths = [Path(p) for p in args.bestanden]

    def progress(done: int, total: int, result: SchoolReview) -> bool:
        if sys.stderr.isatty():
            print(f"\r{done} van {total} beoordeeld: {result.path.name}".ljust(70), end="", file=sys.stderr,
                  flush=True)
        return True

    reviews = review_files(paths, koers, progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.uitvoer:
        target = Path(args.uitvoer)
        entries = to_dict(reviews)["scholen"]
        if target.suffix.lower() == ".xlsx":
            write_xlsx(entries, koers, target)
        elif target.suffix.lower() == ".csv":
            write_atomically(target, to_csv(entries, koers).encode("utf-8-sig"))
        else:
            raise KoerswijzerError("Het overzicht kan als .xlsx of .csv worden bewaard.")
    if args.json:
        print(json.dumps(to_dict(reviews), ensure_ascii=False, indent=2))
    else:
        for review in reviews:
            if review.error:
                print(f"{review.path.name}: {review.error}")
                continue
            kind = "Koerswijzer-document" if review.generated else "eigen opzet"
            print(f"{review.school} ({review.path.name}, {kind})")
            for e in review.elements:
                answered = "onbekend" if e.answered is None else f"{e.answered}/{e.questions}"
                print(f"  {e.title}: {VERDICT_TEXT[e.verdict]} — doelen {e.targets_addressed}/{e.targets_total}, "
                      f"vragen {answered}")
            missing = [k for k, v in review.statutory.items() if v is False]
            if missing:
                print(f"  Wettelijke eisen die ontbreken: {', '.join(missing)}")
        if args.uitvoer:
            print(f"Overzicht bewaard: {args.uitvoer}")
    return 0 if all(r.ok for r in reviews) else 1
