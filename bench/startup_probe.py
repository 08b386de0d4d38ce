"""Start-up probe: launched as a process by bench_gui.py; prints when the window is interactive.

Usage: python bench/startup_probe.py bare|app [PLAN]
"interactive" = shown and the event loop has processed its first events. For the app it
prints two lines, as app.run() does things: the window interactive, then the plan shown.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    def done() -> None:
        print(f"{time.time():.4f}", flush=True)
        QApplication.instance().quit()

    if mode == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 720)
        window.show()
    else:
        from koerswijzer.ui.app import create_app
        from koerswijzer.ui.main_window import MainWindow

        app = create_app()
        window = MainWindow()
        window.resize(1280, 720)
        window.show()

        def open_plan() -> None:
            print(f"{time.time():.4f}", flush=True)  # window interactive
            window.open_plan(Path(sys.argv[2]))
            QTimer.singleShot(0, done)

        QTimer.singleShot(0, open_plan)
        app.exec()
        return

    QTimer.singleShot(0, done)
    app.exec()


if __name__ == "__main__":
    main()
