"""Start the GUI: one QApplication, the main window, optionally a plan to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from koerswijzer import __version__
from koerswijzer.ui.main_window import MainWindow


def create_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Koerswijzer")
    app.setOrganizationName("Koerswijzer")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run(plan_path: Path | None = None) -> int:
    app = create_app()
    window = MainWindow()
    screen = app.primaryScreen().availableGeometry()
    window.resize(min(1280, screen.width()), min(800, screen.height()))
    window.show()
    if plan_path is not None:
        # The window is up and responsive first; the plan (and SQLAlchemy) follow a moment later.
        window.statusBar().showMessage(f"{plan_path.name} wordt geopend…")
        QTimer.singleShot(0, lambda: (window.open_plan(plan_path), window.statusBar().clearMessage()))
    return app.exec()
