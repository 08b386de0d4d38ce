"""Python's cycle collector runs on the UI thread only.

The collector runs in whichever thread happens to allocate when a generation is full. In a worker
thread (the congruence check, an export, the warm-up) it may free a cycle that holds a Qt object,
and Qt then destroys a widget off the UI thread: a segmentation fault, seen once in CI while the
warm-up thread loaded the koers. After pyqtgraph's ``GarbageCollector``: automatic collection is
switched off and a timer on the UI thread collects, generation by generation, when the same
thresholds Python uses are passed. Reference counting still frees everything that is not a cycle at
once, in any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

INTERVAL_MS = 500

_timer: QTimer | None = None


def install() -> bool:
    """Collect on the UI thread from now on (idempotent). Call it before starting a Python thread.
    False when there is no application yet to own the timer (nothing is changed then)."""
    global _timer
    app = QCoreApplication.instance()
    if app is None:
        return False
    if _timer is not None:
        gc.disable()  # someone may have switched it back on (a test, a library)
        return True
    timer = QTimer(app)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collect_if_due)
    gc.disable()
    timer.start()
    _timer = timer
    return True


def installed() -> bool:
    return _timer is not None


def collect_if_due() -> int:
    """What automatic collection would have done by now; the number of objects freed. Call it on
    the UI thread only."""
    threshold0, threshold1, threshold2 = gc.get_threshold()
    count0, count1, count2 = gc.get_count()
    if count0 <= threshold0:
        return 0
    if count1 + 1 <= threshold1:
        return gc.collect(0)
    if count2 + 1 <= threshold2:
        return gc.collect(1)
    return gc.collect(2)
