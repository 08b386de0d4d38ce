"""Cycles are collected on the UI thread only: a collection in a worker thread can free a widget
there (a segmentation fault seen in CI)."""

from __future__ import annotations

import gc
import threading

from koerswijzer.ui import ui_thread_gc
from koerswijzer.ui.jobs import Job, JobRunner


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_worker_thread_never_collects_and_the_ui_thread_does(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner()
    assert ui_thread_gc.installed()
    assert not gc.isenabled()
    threads: list[str] = []

    def seen(phase: str, info: dict) -> None:  # type: ignore[type-arg]
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    try:
        def work(report):  # type: ignore[no-untyped-def]
            for _ in range(50_000):  # far past the first generation's threshold
                _Cycle()
            return threading.current_thread().name

        job = Job("cycles", "Cycli maken", work)
        results: list[str] = []
        job.finished.connect(results.append)
        runner.start(job)
        qtbot.waitUntil(lambda: bool(results), timeout=10_000)
        assert results[0].startswith("job-")
        assert not any(name.startswith("job-") for name in threads)
        before = len(threads)
        qtbot.waitUntil(lambda: len(threads) > before, timeout=5_000)  # the timer collects
        assert set(threads) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(seen)
        runner.finish()


def test_a_job_is_freed_on_the_ui_thread_even_when_its_thread_returns_late(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The worker still holds the job for a moment after its last report; the runner keeps it until
    then, so a Job (a QObject) is never destroyed in its worker thread."""
    import weakref

    runner = JobRunner()
    late = threading.Event()
    original = runner._work_in_thread

    def slow_to_return(job: Job) -> None:
        original(job)
        late.wait(10)  # the result is delivered; the thread has not returned yet

    monkeypatch.setattr(runner, "_work_in_thread", slow_to_return)
    freed_in: list[str] = []
    results: list[object] = []
    job = Job("eerste", "Eerste", lambda report: 1)
    weakref.finalize(job, lambda: freed_in.append(threading.current_thread().name))
    job.finished.connect(results.append)
    runner.start(job)
    thread = runner._threads["eerste"]
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    del job
    late.set()
    thread.join(10)
    assert freed_in == []  # the runner still holds it: not freed in the worker
    second = Job("tweede", "Tweede", lambda report: 2)
    second.finished.connect(results.append)
    monkeypatch.setattr(runner, "_work_in_thread", original)
    runner.start(second)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10_000)
    assert freed_in == [threading.main_thread().name]
    runner.finish()
