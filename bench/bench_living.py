"""The living plan, with a plan of 4 school years x 4 quarters x 20 goals (every goal marked in every
quarter, with a measured value and a toelichting), each figure against a baseline from the same run:

- opening the Voortgang page (built, filled and shown), vs a bare QTableWidget of the same cells
  (target: < 100 ms);
- the kwartaalrapportage as Word (read the plan, draw the charts, build, render, write), vs pandoc
  turning the same report (our Markdown of it) into docx (target: < 1 s);
- the jaarplan as Word and as .xlsx, for the record.

Run: python bench/bench_living.py   (uses QT_QPA_PLATFORM=offscreen unless DISPLAY is set)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import median_ms  # noqa: E402

GOALS, QUARTER = 20, "2026-Q2"


def line(name: str, value: float, base_name: str, base: float, target: float | None) -> bool:
    ok = target is None or value < target
    verdict = "" if target is None else f"doel < {target:.0f} ms: {'OK' if ok else 'TE TRAAG'}"
    print(f"{name:<44} {value:7.1f} ms {value / base:6.1f}x {base_name} ({base:.1f} ms)   {verdict}")
    return ok


def full_plan(path: Path):  # type: ignore[no-untyped-def]
    """The demo plan filled to 20 goals, each marked in all 16 quarters of the period."""
    from koerswijzer.plan.demo import write_demo
    from koerswijzer.plan.jaarplannen import Jaarplannen
    from koerswijzer.plan.kalender import period_quarters
    from koerswijzer.plan.voortgang import MARKS, Voortgang

    plan = write_demo(path)
    goals = plan.goals()
    for n in range(len(goals), GOALS):
        template = goals[n % len(goals)]
        plan.add_goal(template.primary_link, element_id=template.element_id, wat=f"{template.wat} (deel {n})", hoe=template.hoe,
                      schooljaar=2024 + n % 4, indicator=template.indicator, baseline=template.baseline,
                      streefwaarde=template.streefwaarde)
    store = Jaarplannen(plan)
    for year in (2024, 2025, 2026, 2027):
        store.make(year)
    profile = plan.profile()
    voortgang = Voortgang(plan)
    marks = list(MARKS)
    for i, goal in enumerate(plan.goals()):
        for q, quarter in enumerate(period_quarters(profile.period_start, profile.period_end)):
            voortgang.mark(goal.id, quarter, marks[(i + q) % 3], f"Stand van {quarter.short}: de werkgroep "
                           "heeft de volgende stap gezet en bespreekt de opbrengst in het team.", str(40 + q))
    return plan


def main() -> int:
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem

    app = QApplication.instance() or QApplication([])
    from koerswijzer.export import write_atomically
    from koerswijzer.export.jaarplan_xlsx import jaarplan_xlsx
    from koerswijzer.export.living import jaarplan_document, rapportage_document
    from koerswijzer.export.to_docx import DocxWriter
    from koerswijzer.export.to_text import to_markdown
    from koerswijzer.plan.jaarplannen import Jaarplannen
    from koerswijzer.plan.rapportage import collect_rapportage
    from koerswijzer.ui.trend_chart import charts_for
    from koerswijzer.ui.voortgang_page import VoortgangPage

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        plan = full_plan(folder / "vol.schoolplan")
        goals = plan.goals()
        print(f"Plan: {len(goals)} doelen, 4 schooljaren x 4 kwartalen, alle kwartalen gemarkeerd "
              f"(opgebouwd in {time.perf_counter() - started:.1f} s)")

        def open_page() -> None:
            page = VoortgangPage(plan)
            page.resize(1100, 700)
            page.show()
            app.processEvents()
            page.close()
            page.deleteLater()
            app.processEvents()

        def bare_table() -> None:
            table = QTableWidget(len(goals), 4)
            for r in range(len(goals)):
                for c in range(4):
                    table.setItem(r, c, QTableWidgetItem("● Op koers 42"))
            table.resize(1100, 700)
            table.show()
            app.processEvents()
            table.close()
            table.deleteLater()
            app.processEvents()

        started = time.perf_counter()
        open_page()  # the first time: the page's own code and the charts are built for the first time
        first = (time.perf_counter() - started) * 1000
        base = median_ms(bare_table)
        results.append(line("Voortgang-pagina openen, eerste keer", first, "kale QTableWidget", base, 100))
        results.append(line("Voortgang-pagina openen (mediaan)", median_ms(open_page), "kale QTableWidget", base, 100))

        def report_docx() -> bytes:
            content = collect_rapportage(plan, QUARTER)
            data = DocxWriter().render(rapportage_document(content, charts_for(content.goals())))
            write_atomically(folder / "rapportage.docx", data)
            return data

        ours = median_ms(report_docx)
        content = collect_rapportage(plan, QUARTER)
        markdown = folder / "rapportage.md"
        markdown.write_text(to_markdown(rapportage_document(content, {})), encoding="utf-8")
        pandoc = shutil.which("pandoc")
        if pandoc:
            base = median_ms(lambda: subprocess.run([pandoc, str(markdown), "-o", str(folder / "pandoc.docx")],
                                                    check=True))
            results.append(line("Kwartaalrapportage als Word (met grafieken)", ours, "pandoc", base, 1000))
        else:
            print(f"Kwartaalrapportage als Word (met grafieken)   {ours:7.1f} ms   (pandoc niet gevonden)")
            results.append(ours < 1000)

        jaarplan = Jaarplannen(plan).get(2025)
        profile, koers = plan.profile(), plan.koers
        word = median_ms(lambda: write_atomically(folder / "jaarplan.docx", DocxWriter().render(
            jaarplan_document(jaarplan, profile, koers))))
        excel = median_ms(lambda: write_atomically(folder / "jaarplan.xlsx", jaarplan_xlsx(jaarplan, koers, profile.school_name)))
        line("Jaarplan als Word", word, "jaarplan als .xlsx", excel, None)
        plan.close()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
