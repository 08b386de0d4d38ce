"""One way to run long work: export, board review, werkbladen and the congruence check.

After Vorta's job manager: every job has the same life — start, progress, cancel, finish — and the
window asks one runner what is running, instead of reaching into a page's private thread.

A job is a function of one argument, ``report(done, total, text) -> bool``, that returns its result.
``report`` returns False once the job is cancelled; the function then stops at its next report.

Two ways to run it, chosen by what the job touches:

- ``threaded``: work on a copy of the data (the plan's content read beforehand, files on disk) runs
  in a worker thread, so the window stays live.
- ``stepwise``: work that writes to the open plan file runs on the UI thread, one step per turn of the
  event loop, so the plan's database is only ever used from one thread. Its function makes a
  generator (``koerswijzer/steps.py``): it yields ``(done, total, text)`` between steps, is sent True
  when cancelled, and returns its result.

Both report through the job's signals on the UI thread. A failure arrives as a Dutch message, never as
a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from koerswijzer.errors import KoerswijzerError
from koerswijzer.steps import Steps
from koerswijzer.ui import ui_thread_gc

Report = Callable[[int, int, str], bool]


def _failure_text(title: str, exc: BaseException) -> str:
    if isinstance(exc, KoerswijzerError):
        return str(exc)
    return f"{title} is mislukt door een onverwachte fout ({type(exc).__name__}: {exc})."


class Job(QObject):
    """One piece of long work. Connect to its signals before the runner starts it; they are always
    emitted on the window's thread."""

    progress = Signal(int, int, str)  # done, total, what is being done
    finished = Signal(object)  # the result; also after a cancel, with what was done
    failed = Signal(str)  # a Dutch message

    def __init__(self, name: str, title: str, work: Callable[..., Any], stepwise: bool = False) -> None:
        super().__init__()
        self.name = name  # what the runner knows it by, e.g. "export"
        self.title = title  # Dutch, for messages: "Exporteren"
        self.work = work
        self.stepwise = stepwise
        self.cancelled = False
        self.done = False
        self.steps: Steps[Any] | None = None  # a stepwise job's generator, once started
        self.stepped = False  # it has taken its first step
        self.told = False  # it was sent the cancel

    def cancel(self) -> None:
        self.cancelled = True


class _Relay(QObject):
    """Carries a worker thread's reports to the window's thread (it lives there)."""

    progress = Signal(object, int, int, str)
    finished = Signal(object, object)
    failed = Signal(object, str)


class JobRunner(QObject):
    """Runs jobs, at most one per name at a time, and knows what is running."""

    started = Signal(str)  # a job's name
    ended = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        ui_thread_gc.install()  # no cycle collection in a worker thread: it may free a widget there
        self._running: dict[str, Job] = {}
        self._threads: dict[str, threading.Thread] = {}
        # Ended jobs whose thread has not quite returned: held here so that the last reference to
        # a Job (a QObject) is never dropped in its worker thread, but here, on this thread.
        self._retired: list[tuple[threading.Thread, Job]] = []
        self._stepwise: list[str] = []  # running stepwise jobs, stepped in turn by one timer
        self._ticker = QTimer(self)
        self._ticker.setInterval(0)
        self._ticker.timeout.connect(self._tick)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._relayed_progress)
        self._relay.finished.connect(self._relayed_finished)
        self._relay.failed.connect(self._relayed_failed)

    # -- starting ----------------------------------------------------------------------------------

    def start(self, job: Job) -> bool:
        """Start ``job``; False (and nothing started) while a job of the same name runs."""
        if self.is_busy(job.name):
            return False
        self._running[job.name] = job
        self.started.emit(job.name)
        if job.stepwise:
            job.steps = job.work()
            self._stepwise.append(job.name)
            self._ticker.start()
        else:
            # A plain Python thread: its reports reach the job through the relay, on this thread.
            thread = threading.Thread(target=self._work_in_thread, args=(job,), name=f"job-{job.name}",
                                      daemon=True)
            self._threads[job.name] = thread
            thread.start()
        return True

    def run_now(self, job: Job) -> bool:
        """Run ``job`` to the end on this thread (the user asked for the result and waits for it,
        e.g. a 50 ms check after a decision). False while a job of the same name runs."""
        if self.is_busy(job.name):
            return False
        if job.stepwise:
            job.steps = job.work()
            while not job.done:
                self._advance(job)
            return True

        def report(done: int, total: int, text: str) -> bool:
            job.progress.emit(done, total, text)
            return not job.cancelled

        try:
            result = job.work(report)
        except Exception as exc:  # noqa: BLE001 - a job always reports back, in Dutch
            job.done = True
            job.failed.emit(_failure_text(job.title, exc))
            return True
        job.done = True
        job.finished.emit(result)
        return True

    # -- threaded jobs -----------------------------------------------------------------------------

    def _work_in_thread(self, job: Job) -> None:
        relay = self._relay

        def report(done: int, total: int, text: str) -> bool:
            relay.progress.emit(job, done, total, text)
            return not job.cancelled

        try:
            result = job.work(report)
        except Exception as exc:  # noqa: BLE001 - a job always reports back, in Dutch
            relay.failed.emit(job, _failure_text(job.title, exc))
            return
        relay.finished.emit(job, result)

    def _relayed_progress(self, job: Job, done: int, total: int, text: str) -> None:
        if not job.done:
            job.progress.emit(done, total, text)

    def _relayed_finished(self, job: Job, result: object) -> None:
        if job.done:
            return
        job.done = True
        self._end(job.name)
        job.finished.emit(result)

    def _relayed_failed(self, job: Job, message: str) -> None:
        if job.done:
            return
        job.done = True
        self._end(job.name)
        job.failed.emit(message)

    # -- stepwise jobs -----------------------------------------------------------------------------

    def _tick(self) -> None:
        if not self._stepwise:
            self._ticker.stop()
            return
        name = self._stepwise.pop(0)
        self._stepwise.append(name)  # the next tick steps the next job, if there are several
        self._advance(self._running[name])

    def _step(self, name: str) -> None:
        self._advance(self._running[name])

    def _advance(self, job: Job) -> None:
        """One step of a stepwise job; after the last one (or a failure) the job is done."""
        steps = job.steps
        assert steps is not None
        try:
            if not job.stepped:
                job.stepped = True
                job.progress.emit(*next(steps))
            elif job.cancelled and job.told:
                steps.close()  # told to stop, and went on anyway: stop it here
                raise StopIteration(None)
            else:
                job.told = job.cancelled
                job.progress.emit(*steps.send(job.cancelled))
        except StopIteration as stop:
            job.done = True
            self._end(job.name)
            job.finished.emit(stop.value)
        except Exception as exc:  # noqa: BLE001 - a job always reports back, in Dutch
            job.done = True
            self._end(job.name)
            job.failed.emit(_failure_text(job.title, exc))

    def _end(self, name: str) -> None:
        if self._running.get(name) is None:
            return  # a job run with run_now: the runner never held it
        job = self._running.pop(name)
        thread = self._threads.pop(name, None)
        self._retired = [(t, j) for t, j in self._retired if t.is_alive()]
        if thread is not None and thread.is_alive():
            self._retired.append((thread, job))
        if name in self._stepwise:
            self._stepwise.remove(name)
        self.ended.emit(name)

    # -- asking and stopping -----------------------------------------------------------------------

    def is_busy(self, name: str | None = None) -> bool:
        return bool(self._running) if name is None else name in self._running

    def job(self, name: str) -> Job | None:
        return self._running.get(name)

    def cancel(self, name: str) -> None:
        job = self._running.get(name)
        if job is not None:
            job.cancel()

    def finish(self, name: str | None = None, cancel: bool = False) -> None:
        """Wait until the named job (or every job) has ended, cancelling it first if asked, and
        deliver its result. Used before a plan or review file closes."""
        names = [name] if name is not None else list(self._running)
        for key in names:
            job = self._running.get(key)
            if job is None:
                continue
            if cancel:
                job.cancel()
            if key in self._stepwise:
                while key in self._running:
                    self._step(key)
            elif key in self._threads:
                self._threads[key].join()
                # Its last reports wait in this thread's queue: deliver them now.
                QCoreApplication.sendPostedEvents(self._relay, QEvent.Type.MetaCall)
                QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
                if key in self._running:  # not delivered by Qt: the work is done, end it here
                    self._end(key)
