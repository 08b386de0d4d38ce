"""The real app typing an answer, one key at a time, for the kill test.

Usage: python tests/typing_app.py PLAN QUESTION_ID TEXT INTERVAL_MS
Prints "<unix time> <characters typed>" after every key, so the test knows what was typed when.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from koerswijzer.ui.app import create_app  # noqa: E402
from koerswijzer.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    plan, question_id, text, interval = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    app = create_app()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.open_plan(Path(plan))
    editor = window.goto_question(question_id)
    assert editor is not None
    typed = 0

    def type_next() -> None:
        nonlocal typed
        if typed < len(text):
            QTest.keyClicks(editor.editor, text[typed])
            typed += 1
            print(f"{time.time():.3f} {typed}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_next)
    timer.start(interval)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
