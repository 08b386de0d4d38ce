"""Run by test_ui_review.py in a fresh interpreter: review two plans in the real window, then
quit with Ctrl+Q as a board member does, and exit with the application's own code."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from koerswijzer.ui.app import create_app
from koerswijzer.ui.main_window import MainWindow


def main(folder: Path, files: list[str]) -> int:
    app = create_app()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_review(folder / "ronde.beoordeling")
    page = window.review_page
    page.review(files)

    def wait() -> None:
        if page.is_busy() or page.matrix.rowCount() == 0:
            QTimer.singleShot(100, wait)
            return
        page.matrix.setCurrentCell(0, 3)
        window.activateWindow()
        QTimer.singleShot(200, lambda: QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Q,
                                                      Qt.KeyboardModifier.ControlModifier))
        QTimer.singleShot(3000, window.close)  # where the platform gives no keyboard focus: as the menu does

    QTimer.singleShot(100, wait)
    QTimer.singleShot(60000, lambda: app.exit(3))  # never hang a test run
    code = app.exec()
    window.deleteLater()  # as koerswijzer.ui.app.run does after its event loop
    del window
    app.sendPostedEvents(None, 0)
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2:]))
