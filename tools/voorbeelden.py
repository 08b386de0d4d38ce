"""Write the ASG koers's ``voorbeelden:`` from the labelled development passages.

    python tools/voorbeelden.py

Every passage in tests/congruence_dev/ of the kinds that address targets in the school's own words
(``eigen_woorden``, ``twee_doelen``) becomes an example of each target it is labelled with, in the
sets written by passage writers (not the third set, restatements, or the fourth, distractors). The
independent test set (tests/congruence_test/) is never read. Running it again gives the same file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KOERS = ROOT / "resources" / "koersen" / "asg-koers-22.yaml"
SETS = ["passages.yaml", "passages_2.yaml", "passages_5.yaml", "passages_6.yaml", "passages_7.yaml",
        "passages_8.yaml", "passages_9.yaml"]
KINDS = ("eigen_woorden", "twee_doelen")


def examples() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name in SETS:
        for item in yaml.safe_load((ROOT / "tests" / "congruence_dev" / name).read_text(encoding="utf-8")):
            if item["soort"] in KINDS:
                for tid in item["doelen"]:
                    found.setdefault(tid, []).append(" ".join(item["tekst"].split()))
    return found


def main() -> int:
    text = KOERS.read_text(encoding="utf-8")
    # the lines written last time go first
    text = re.sub(r"\n {8}voorbeelden: .*(?=\n)", "", text)
    for tid, texts in sorted(examples().items()):
        m = re.search(r"- id: " + re.escape(tid) + r"\n(?: {8}\w+: .*\n)+", text)
        if m is None:
            print(f"doel {tid} staat niet in {KOERS.name}", file=sys.stderr)
            return 1
        line = " " * 8 + "voorbeelden: " + yaml.safe_dump(texts, allow_unicode=True, width=10**9,
                                                           default_flow_style=True).strip() + "\n"
        text = text[:m.end()] + line + text[m.end():]
    KOERS.write_text(text, encoding="utf-8")
    print(f"{sum(len(v) for v in examples().values())} voorbeelden bij {len(examples())} doelen")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
