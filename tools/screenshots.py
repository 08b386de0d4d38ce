"""Screenshots of the real window with the demo plan, for the README and for review.

Every page at 1024x700, 1366x768 and 1920x1080, light or dark (--donker). Run under a real
display large enough, e.g.:
    Xvfb :99 -screen 0 1920x1080x24 &  DISPLAY=:99 python tools/screenshots.py /tmp/shots [--donker]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402

from koerswijzer.plan.demo import write_demo  # noqa: E402
from koerswijzer.ui.app import create_app  # noqa: E402
from koerswijzer.ui.main_window import MainWindow  # noqa: E402

SHOTS = [
    ("schoolprofiel", "profiel", ""),
    ("missie-en-visie", "missie", ""),
    *((f"onderdeel-{eid}", "element", eid) for eid in ("gezien-worden", "open", "vooruitstrevend", "ambitieus",
                                                        "venster-1", "venster-2", "venster-3", "venster-4")),
    ("doelen", "doelen", ""),
    ("meerjarenplanning", "planning", ""),
    ("jaarplan", "jaarplan", "2025"),
    ("voortgang", "voortgang", ""),
    ("teamsessies", "teamsessies", ""),
    ("congruentie", "congruentie", ""),
    ("exporteren", "exporteren", ""),
]
SIZES = ((1024, 700), (1366, 768), (1920, 1080))


def lived(plan):  # type: ignore[no-untyped-def]
    """The demo plan a year on: the 2025–2026 jaarplan, and marks with values for three quarters."""
    from koerswijzer.plan.jaarplannen import Jaarplannen
    from koerswijzer.plan.voortgang import Voortgang

    voortgang = Voortgang(plan)
    marks = (("achter", "aandacht", "op_koers"), ("aandacht", "aandacht", "op_koers"), ("op_koers", "achter", "aandacht"))
    for n, doel in enumerate(Jaarplannen(plan).make(2025).doelen):
        for quarter, mark in zip(("2025-Q4", "2026-Q1", "2026-Q2"), marks[n % 3], strict=True):
            voortgang.mark(doel.goal.id, quarter, mark, "De werkgroep heeft de volgende stap gezet; de opbrengst "
                           "bespreken we in de teamvergadering.", str(40 + 2 * n + ("2026" in quarter)))
    return plan


def main(out: Path, dark_mode: bool = False) -> int:
    """Every page of the demo plan at each size of SIZES, in ``out/<licht|donker>-<size>/``."""
    from PySide6.QtCore import Qt

    from koerswijzer.ui.app import follow_colour_scheme

    app = create_app()
    if dark_mode:
        follow_colour_scheme(app, Qt.ColorScheme.Dark)  # as a dark desktop asks
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.schoolplan"
        lived(write_demo(path)).close()
        window = MainWindow()
        window.show()
        window.files.remember(path)  # the start screen lists it, as after a first visit
        window._refresh_recent()
        for width, height in SIZES:
            folder = out / f"{'donker' if dark_mode else 'licht'}-{width}x{height}"
            folder.mkdir(parents=True, exist_ok=True)
            window.resize(width, height)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(folder / "startscherm.png"))
        window.open_plan(path)
        jobs = iter([(size, shot) for size in SIZES for shot in SHOTS])

        def next_shot() -> None:
            try:
                (width, height), (name, kind, ref) = next(jobs)
            except StopIteration:
                window.close()
                app.quit()
                return
            folder = out / f"{'donker' if dark_mode else 'licht'}-{width}x{height}"
            folder.mkdir(parents=True, exist_ok=True)
            window.resize(width, height)
            window.navigator.select(kind, ref)
            if kind == "voortgang":  # the year the demo has marks for
                page = window.pages.currentWidget()
                page.year.setCurrentIndex(page.year.findData(2025))
            QTimer.singleShot(400, lambda: (window.grab().save(str(folder / f"{name}.png")), next_shot()))

        QTimer.singleShot(500, next_shot)
        app.exec()
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--donker"]
    raise SystemExit(main(Path(args[0] if args else "docs/screenshots"), "--donker" in sys.argv))
