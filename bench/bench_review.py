"""Board review: 40 copies of the demo plan's Word file (38 pages each), on both cores, and one
plan alone. Baseline: python-docx only opening the same 40 files, one after another.
Targets: 40 plans < 10 s, one plan < 300 ms.

Run: python bench/bench_review.py
"""

from __future__ import annotations

import gc
import sys
import statistics
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx  # noqa: E402

from bench_congruence import clear_caches  # noqa: E402
from koerswijzer.export import export_plan  # noqa: E402
from koerswijzer.koers.registry import resolve_koers  # noqa: E402
from koerswijzer.plan.demo import write_demo  # noqa: E402
from koerswijzer.review.review import review_file, review_files  # noqa: E402


SINGLE = 5  # plans timed one by one


def main() -> int:
    koers = resolve_koers("asg-koers-22")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "plan.docx"
        with write_demo(folder / "demo.schoolplan") as plan:
            export_plan(plan, source)
        files = []
        for i in range(SINGLE + 40):
            # Forty different texts, so no cache helps: every longer paragraph gets its own words.
            copy = folder / f"school-{i:02d}.docx"
            document = docx.Document(str(source))
            for paragraph in document.paragraphs:
                if len(paragraph.text.split()) > 15 and paragraph.runs:
                    paragraph.runs[-1].text += f" Dit geldt voor locatie {i} en team {i * 7 % 13}."
            document.save(str(copy))
            files.append(copy)
        review_file(source, koers)  # warm imports and koers profiles
        clear_caches()
        gc.collect()  # the forty copies made above are garbage; their collection is not the review's
        # One plan: the median of five plans, each with its own text (one timing swings with the machine).
        singles = []
        for path in files[:SINGLE]:
            clear_caches()
            start = time.perf_counter()
            review_file(path, koers)
            singles.append(time.perf_counter() - start)
        one = statistics.median(singles)
        start = time.perf_counter()
        docx.Document(str(files[0]))
        open_one = time.perf_counter() - start
        batch_files = files[SINGLE:]
        start = time.perf_counter()
        results = review_files(batch_files, koers)
        batch = time.perf_counter() - start
        assert all(r.ok for r in results)
        start = time.perf_counter()
        for path in batch_files:
            docx.Document(str(path))
        base = time.perf_counter() - start
    print(f"één plan beoordelen           {one * 1000:7.0f} ms   {one / open_one:4.1f}x alleen openen met python-docx "
          f"({open_one * 1000:.0f} ms; mediaan van {SINGLE})   doel < 300 ms: {'OK' if one < 0.3 else 'TE TRAAG'}")
    print(f"40 plannen (2 kernen)         {batch:7.2f} s    {batch / base:4.1f}x alleen openen met python-docx "
          f"({base:.2f} s)   doel < 10 s: {'OK' if batch < 10 else 'TE TRAAG'}")
    return 0 if one < 0.3 and batch < 10 else 1


if __name__ == "__main__":
    raise SystemExit(main())
