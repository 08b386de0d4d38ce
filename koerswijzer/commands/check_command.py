"""``koerswijzer check PLAN [--json]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from koerswijzer.congruence.engine import check
from koerswijzer.congruence.report import to_dict, to_text
from koerswijzer.export import collect
from koerswijzer.plan.schoolplan import Schoolplan


def run(args: argparse.Namespace) -> int:
    with Schoolplan.open(Path(args.plan), read_only=True) as plan:
        if plan.notice:
            print(f"Let op: {plan.notice}", file=sys.stderr)
        report = check(collect(plan))
    if args.json:
        print(json.dumps(to_dict(report), ensure_ascii=False, indent=2))
    else:
        print(to_text(report), end="")
    return 0
