"""GUI benchmarks with the demo plan, each against a baseline from the same run.

- start-up: launch to interactive window with the demo plan open, vs a bare PySide6 window
  (target: < 1.5 s and at most 2x the bare window);
- moving between elements: first visit (page is built), after a moment of reading (pages built
  ahead in quiet moments) and later visits (target < 50 ms),
  vs switching between two plain pages of a QStackedWidget;
- typing: the longest event-loop stall while typing with autosave on (target < 50 ms),
  vs the same heartbeat with nothing happening;
- resident memory with the demo plan open and every page visited (target < 250 MB),
  vs the bare PySide6 window process.

Run: python bench/bench_gui.py   (uses QT_QPA_PLATFORM=offscreen unless DISPLAY is set)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def startup_seconds(args: list[str], runs: int = 5) -> list[float]:
    """Median seconds from launch to each line the probe prints (window, then plan)."""
    samples: list[list[float]] = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, str(ROOT / "bench" / "startup_probe.py"), *args],
                             capture_output=True, text=True, timeout=60, check=True).stdout
        samples.append([float(stamp) - start for stamp in out.split()])
    return [statistics.median(column) for column in zip(*samples, strict=True)]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def line(name: str, value: float, unit: str, base_name: str, base: float, ok: bool) -> bool:
    ratio = value / base if base else float("inf")
    print(f"{name:<38} {value:9.1f} {unit:<3} {ratio:6.1f}x {base_name} ({base:.1f} {unit})   "
          f"{'OK' if ok else 'TE TRAAG/GROOT'}")
    return ok


def main() -> int:
    from koerswijzer.plan.demo import write_demo

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        plan_path = Path(tmp) / "demo.schoolplan"
        write_demo(plan_path).close()
        os.environ["XDG_CONFIG_HOME"] = tmp

        (bare,) = startup_seconds(["bare"])
        window_up, plan_shown = startup_seconds(["app", str(plan_path)])
        results.append(line("opstarten: venster interactief", window_up * 1000, "ms", "kaal PySide6-venster",
                            bare * 1000, window_up <= 2 * bare))
        results.append(line("opstarten: demoplan getoond", plan_shown * 1000, "ms", "kaal PySide6-venster",
                            bare * 1000, plan_shown < 1.5))

        from PySide6.QtCore import QElapsedTimer, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QLabel, QStackedWidget

        from koerswijzer.ui.app import create_app
        from koerswijzer.ui.main_window import MainWindow

        app = create_app()
        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        window.open_plan(plan_path)
        app.processEvents()
        elements = [e.id for e in window.plan.koers.elements]  # type: ignore[union-attr]

        def visit(element_id: str) -> float:
            start = time.perf_counter()
            window.navigator.select("element", element_id)
            app.processEvents()
            return (time.perf_counter() - start) * 1000

        first = [visit(e) for e in elements]
        again = [visit(e) for e in elements * 3]
        stack = QStackedWidget()
        a, b = QLabel("a"), QLabel("b")
        stack.addWidget(a)
        stack.addWidget(b)
        stack.show()
        plain = []
        for i in range(24):
            start = time.perf_counter()
            stack.setCurrentWidget(a if i % 2 else b)
            app.processEvents()
            plain.append((time.perf_counter() - start) * 1000)
        base_switch = statistics.median(plain)
        results.append(line("naar een onderdeel (eerste keer, max)", max(first), "ms", "QStackedWidget",
                            base_switch, max(first) < 50))
        results.append(line("naar een onderdeel (daarna, mediaan)", statistics.median(again), "ms",
                            "QStackedWidget", base_switch, statistics.median(again) < 50))

        # A director who reads a moment before clicking: the window builds the pages ahead.
        window.close_plan()
        window.open_plan(plan_path)
        end = time.perf_counter() + 0.7 * (len(elements) + 4) + 1.5
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.01)
        rested = [visit(e) for e in elements]
        results.append(line("naar een onderdeel na even lezen (max)", max(rested), "ms", "QStackedWidget",
                            base_switch, max(rested) < 50))

        def heartbeat_gaps(seconds: float, typing: bool) -> float:
            editor = window.goto_question("v2.v-betrokken")  # type: ignore[union-attr]
            if editor is None:
                editor = window.goto_question(window.plan.koers.questions()[10].id)  # type: ignore[union-attr]
            clock = QElapsedTimer()
            clock.start()
            last = [clock.elapsed()]
            worst = [0]
            text = iter("Wij werken samen aan een school waar iedereen telt en meedoet. " * 40)

            def beat() -> None:
                now = clock.elapsed()
                worst[0] = max(worst[0], now - last[0])
                last[0] = now

            def key() -> None:
                QTest.keyClicks(editor.editor, next(text))

            beat_timer = QTimer()
            beat_timer.timeout.connect(beat)
            beat_timer.start(5)
            key_timer = QTimer()
            if typing:
                key_timer.timeout.connect(key)
                key_timer.start(30)
            end = time.perf_counter() + seconds
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.001)
            beat_timer.stop()
            key_timer.stop()
            return float(worst[0])

        idle = heartbeat_gaps(1.0, typing=False)
        busy = heartbeat_gaps(3.0, typing=True)
        window.save_now()
        results.append(line("langste hapering tijdens typen", busy, "ms", "stil", max(idle, 1.0), busy < 50))

        for kind in ("profiel", "doelen", "planning"):
            window.navigator.select(kind, "")
            app.processEvents()
        memory = rss_mb()
        bare_rss = float(subprocess.run(
            [sys.executable, "-c", "import sys; sys.path.insert(0, %r); "
             "from PySide6.QtWidgets import QApplication, QMainWindow; app = QApplication([]); "
             "w = QMainWindow(); w.show(); app.processEvents(); "
             "print([int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS')][0] / 1024)"
             % str(ROOT)],
            capture_output=True, text=True, timeout=60, check=True).stdout.strip())
        results.append(line("geheugen met demoplan open", memory, "MB", "kaal PySide6-venster", bare_rss,
                            memory < 250))
        window.close()
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
