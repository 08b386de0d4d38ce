"""Autosave: every edit is queued under a key and written shortly after typing pauses.

A pause of ``IDLE_MS`` writes the queue; during long typing a write still happens at most
``MAX_DELAY_MS`` after the first unsaved change, so a crash loses less than a second.
A failed write keeps its entry queued (the text stays in the editor) and is reported once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from koerswijzer.errors import KoerswijzerError

IDLE_MS = 400
MAX_DELAY_MS = 800


class AutoSaver(QObject):
    state_changed = Signal(str)  # "saved", "pending", "failed"
    failed = Signal(str)  # Dutch message
    saved = Signal(list)  # keys written

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], None]] = {}
        self._first_change: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.state = "saved"
        self._failure_shown = False

    def schedule(self, key: str, write: Callable[[], None]) -> None:
        """Queue ``write`` for ``key``; a later write for the same key replaces it."""
        self._pending[key] = write
        now = time.monotonic()
        if self._first_change is None:
            self._first_change = now
        waited_ms = (now - self._first_change) * 1000
        self._timer.start(int(max(0, min(IDLE_MS, MAX_DELAY_MS - waited_ms))))
        self._set_state("pending" if self.state != "failed" else "failed")

    def has_pending(self) -> bool:
        return bool(self._pending)

    def discard(self) -> None:
        self._pending.clear()
        self._timer.stop()
        self._first_change = None
        self._set_state("saved")

    def flush(self) -> bool:
        """Write everything queued now. True when nothing is left unsaved."""
        self._timer.stop()
        written = []
        for key, write in list(self._pending.items()):
            try:
                write()
            except KoerswijzerError as exc:
                self._set_state("failed")
                if not self._failure_shown:
                    self._failure_shown = True
                    self.failed.emit(str(exc))
                return False
            if self._pending.get(key) is write:
                del self._pending[key]
            written.append(key)
        self._first_change = None
        self._failure_shown = False
        self._set_state("saved")
        if written:
            self.saved.emit(written)
        return True

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
