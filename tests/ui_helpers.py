"""Helpers for driving the real widgets: modal dialogs, navigator lookups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from koerswijzer.ui.main_window import MainWindow


def when_modal(act: Callable[[QWidget], None], attempts: int = 1500) -> None:
    """Run ``act`` on the next modal dialog (not a progress dialog) as soon as it is shown (exec()
    blocks the test). It keeps
    looking for 15 s: a dialog that a background job shows when it ends (the werkbladen written) can
    come later than 2 s on a busy machine, and a dialog nobody answers blocks every test after it."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        # A job's progress dialog (shown after 300 ms on a slow run) is no question to answer:
        # rejecting it would cancel the job. Wait for the dialog after it.
        if dialog is not None and not isinstance(dialog, QProgressDialog):
            act(dialog)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))


def navigator_text(window: MainWindow, element_id: str) -> str:
    return window.navigator.progress_of_element(element_id)
