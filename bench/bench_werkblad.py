"""Werkbladen: importing 10 filled-in werkbladen (one per group, five questions each, answers in
the box, bullets, added rows and text outside the box) into a fresh copy of the demo plan.
Baseline in the same run: python-docx only opening the same 10 files. Target: < 2 s.

Run: python bench/bench_werkblad.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import docx  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from timing import median_ms  # noqa: E402

from koerswijzer.plan import Schoolplan  # noqa: E402
from koerswijzer.plan.demo import write_demo  # noqa: E402
from koerswijzer.workshop.sessions import Workshops  # noqa: E402
from koerswijzer.workshop.werkblad import import_werkbladen, write_werkbladen  # noqa: E402
from koerswijzer.workshop.werkblad_format import answer_bookmark  # noqa: E402

GROUPS = [f"Groep {n}" for n in range(1, 11)]


def fill(path: Path, questions: list[str], n: int) -> None:
    document = docx.Document(str(path))
    boxes = {b.get(qn("w:name")): t for t in document.tables for b in t._tbl.iter(qn("w:bookmarkStart"))}
    for i, question in enumerate(questions):
        table = boxes[answer_bookmark(question)]
        cell = table.cell(0, 0)
        cell.paragraphs[0].add_run(f"Groep {n} denkt bij vraag {i + 1} aan een leerteam per bouw.")
        cell.add_paragraph("Elke maand een intervisiemoment", style="List Bullet")
        cell.add_paragraph(f"Een buddy voor nieuwe collega's ({n})", style="List Bullet")
        table.add_row().cells[0].paragraphs[0].add_run("Nog een idee in een nieuwe rij.")
        table._tbl.addnext(docx.Document().add_paragraph(f"Buiten het kader getypt door groep {n}.")._p)
    document.save(str(path))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "demo.schoolplan"
        with write_demo(template) as plan:
            questions = [q.id for q in plan.koers.questions()][:5]
            info = Workshops(plan).create_session("Studiedag", dt.date(2026, 3, 12), GROUPS, questions)
            files = write_werkbladen(plan, info.id, folder)
        for n, path in enumerate(files, start=1):
            fill(path, questions, n)

        times = []
        for run in range(4):  # a fresh plan each time, so every answer is really added
            copy = folder / f"plan-{run}.schoolplan"
            shutil.copy(template, copy)
            with Schoolplan.open(copy) as plan:
                start = time.perf_counter()
                results = import_werkbladen(plan, files)
                elapsed = time.perf_counter() - start
                again_start = time.perf_counter()
                again = import_werkbladen(plan, files)
                again_elapsed = time.perf_counter() - again_start
            assert all(r.ok and r.added == len(questions) for r in results), [r.message for r in results]
            assert all(r.duplicates == len(questions) for r in again)
            if run:  # the first run warms imports
                times.append((elapsed, again_elapsed))
        first = statistics.median(t[0] for t in times)
        repeat = statistics.median(t[1] for t in times)
        base = median_ms(lambda: [docx.Document(str(p)) for p in files]) / 1000
    ok = first < 2
    print(f"10 werkbladen importeren       {first * 1000:6.0f} ms   {first / base:4.1f}x alleen openen met "
          f"python-docx ({base * 1000:.0f} ms)   doel < 2 s: {'OK' if ok else 'TE TRAAG'}")
    print(f"dezelfde 10 nog eens (dubbel)  {repeat * 1000:6.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
