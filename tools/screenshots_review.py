"""Screenshot of the board's review mode with several schools loaded (1366x768).

Exports plans of the congruence evaluation set (each a different school and quality) to Word, adds a
file that is no Word document, reviews them in the real window and grabs the overview.

Run under a display, e.g.:
    Xvfb :99 -screen 0 1366x768x24 &  DISPLAY=:99 python tools/screenshots_review.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402

from koerswijzer.export import export_plan  # noqa: E402
from koerswijzer.plan.demo import write_plan_data  # noqa: E402
from koerswijzer.ui.app import create_app  # noqa: E402
from koerswijzer.ui.main_window import MainWindow  # noqa: E402

PLANS = ["plan-01-congruent", "plan-02-venster-ontbreekt", "plan-04-off-topic", "plan-06-smart-gaten",
         "plan-07-wettelijk-ontbreekt", "plan-10-gemengd-bijzonder"]


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for name in PLANS:
            data = yaml.safe_load((ROOT / "tests" / "congruence_eval" / f"{name}.yaml").read_text(encoding="utf-8"))
            with write_plan_data(folder / f"{name}.schoolplan", data) as plan:
                target = folder / f"{plan.profile().school_name}.docx"
                export_plan(plan, target)
            files.append(str(target))
        broken = folder / "Schoolplan De Regenboog.docx"
        broken.write_bytes(b"%PDF-1.7 eigenlijk een pdf")
        files.append(str(broken))

        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        window.open_review(folder / "Beoordeling 2026.beoordeling")
        page = window.review_page
        page.review(files)

        def wait() -> None:
            if page.is_busy():
                QTimer.singleShot(200, wait)
                return
            row = next(r for r in range(page.matrix.rowCount()) if "Regenboog" not in page.matrix.item(r, 0).text())
            page.matrix.setCurrentCell(row, 6)
            page.judgement.setCurrentIndex(page.judgement.findData("voldoende"))
            page.comment.setPlainText("Goed dat de ondersteuning concreet is; maak het doel voor rekenen meetbaar.")
            QTimer.singleShot(400, shoot)

        def shoot() -> None:
            window.grab().save(str(out / "beoordelen-overzicht.png"))
            window.close()
            app.quit()

        QTimer.singleShot(300, wait)
        app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
