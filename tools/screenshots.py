"""Screenshots of the real window with the demo plan, for the README and for review.

Run under a real display at 1366x768, e.g.:
    Xvfb :99 -screen 0 1366x768x24 &  DISPLAY=:99 python tools/screenshots.py docs/screenshots
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
    ("hoofdvenster-missie.png", "missie", ""),
    ("venster-2.png", "element", "venster-2"),
    ("kernwaarde-open.png", "element", "open"),
    ("schoolprofiel.png", "profiel", ""),
    ("meerjarenplanning.png", "planning", ""),
    ("doelen.png", "doelen", ""),
    ("congruentie.png", "congruentie", ""),
    ("exporteren.png", "exporteren", ""),
]


def dark(app) -> None:  # type: ignore[no-untyped-def]
    """A dark palette, as a user with a dark desktop theme has, to check contrast."""
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                        (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#333840"),
                        (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.Button, "#3a3a3a"),
                        (QPalette.ColorRole.ButtonText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d7bd9"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff")):
        palette.setColor(role, QColor(color))
    app.setPalette(palette)


def main(out: Path, dark_mode: bool = False) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = create_app()
    if dark_mode:
        dark(app)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.schoolplan"
        write_demo(path).close()
        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        window.open_plan(path)
        shots = iter(SHOTS)

        def next_shot() -> None:
            try:
                name, kind, ref = next(shots)
            except StopIteration:
                window.close()
                app.quit()
                return
            window.navigator.select(kind, ref)
            QTimer.singleShot(400, lambda: (window.grab().save(str(out / name)), next_shot()))

        QTimer.singleShot(500, next_shot)
        app.exec()
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--donker"]
    raise SystemExit(main(Path(args[0] if args else "docs/screenshots"), "--donker" in sys.argv))
