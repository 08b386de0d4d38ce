"""Congruence check of the demo plan: a full check (cold) and a re-check after one edited
answer (what the window does while the director types). Baseline: the same plan's answers
only tokenised and stemmed once, the least any text check has to do.
Targets: full < 100 ms, re-check < 20 ms.

Run: python bench/bench_congruence.py
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from koerswijzer.congruence import concepts, empty, evidence, examples, passages, statutory, text  # noqa: E402
from koerswijzer.congruence.engine import check  # noqa: E402
from koerswijzer.export import collect  # noqa: E402
from koerswijzer.plan.demo import write_demo  # noqa: E402
from koerswijzer.plan.types import AnswerState  # noqa: E402


def clear_caches() -> None:
    for fn in (passages.make_passages, evidence._hits, evidence._matched_words, evidence.copied_share,
               evidence.element_similarity, statutory._mentions, statutory._flat, empty.is_not_taken_up,
               empty.is_concrete, concepts.together_groups, examples.example_target):
        fn.cache_clear()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        with write_demo(Path(tmp) / "demo.schoolplan") as plan:
            content = collect(plan)
    check(content)  # imports, koers profiles
    full = []
    for _ in range(5):
        clear_caches()
        start = time.perf_counter()
        check(content)
        full.append((time.perf_counter() - start) * 1000)
    question = next(iter(content.answers))
    edits = []
    for i in range(20):
        answers = dict(content.answers)
        answers[question] = AnswerState(question, content.answers[question].text + f" Aanvulling {i}.")
        edited = dataclasses.replace(content, answers=answers)
        start = time.perf_counter()
        check(edited)
        edits.append((time.perf_counter() - start) * 1000)
    text.stem.cache_clear()
    start = time.perf_counter()
    for answer in content.answers.values():
        text.content_stems(answer.text)
    base = (time.perf_counter() - start) * 1000
    full_ms, edit_ms = statistics.median(full), statistics.median(edits)
    print(f"volledige controle demoplan   {full_ms:6.1f} ms   {full_ms / base:5.1f}x alleen stemmen ({base:.1f} ms)"
          f"   doel < 100 ms: {'OK' if full_ms < 100 else 'TE TRAAG'}")
    print(f"na één gewijzigd antwoord     {edit_ms:6.1f} ms   {edit_ms / base:5.1f}x alleen stemmen"
          f"   doel < 20 ms: {'OK' if edit_ms < 20 else 'TE TRAAG'}")
    return 0 if full_ms < 100 and edit_ms < 20 else 1


if __name__ == "__main__":
    raise SystemExit(main())
