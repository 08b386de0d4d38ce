"""The one job runner: start, progress, cancel, finish, for work in a thread and work in steps on
the window's thread; failures come back as Dutch messages."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from koerswijzer.errors import KoerswijzerError
from koerswijzer.steps import run_steps
from koerswijzer.ui.jobs import Job, JobRunner


def test_a_threaded_job_reports_progress_in_the_window_thread_and_finishes(qtbot: QtBot) -> None:
    runner = JobRunner()
    seen: list[tuple[int, str]] = []
    results: list[object] = []
    job = Job("som", "Optellen", lambda report: [report(i, 3, threading.current_thread().name) and i
                                                   for i in range(1, 4)])
    job.progress.connect(lambda done, _total, where: seen.append((done, where)))
    job.finished.connect(results.append)
    assert runner.start(job)
    assert runner.is_busy("som") and not runner.start(Job("som", "Optellen", lambda report: 0))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [[1, 2, 3]]
    assert [d for d, _ in seen] == [1, 2, 3]
    assert all(where != threading.current_thread().name for _, where in seen)  # the work ran elsewhere
    assert not runner.is_busy()


def test_a_cancelled_threaded_job_stops_at_its_next_report_and_keeps_what_it_did(qtbot: QtBot) -> None:
    runner = JobRunner()
    gate = threading.Event()

    def work(report):  # type: ignore[no-untyped-def]
        done = []
        for i in range(1000):
            if not report(i, 1000, "bezig"):
                break
            done.append(i)
            gate.wait(1)
        return done

    results: list[list[int]] = []
    job = Job("lang", "Lang werk", work)
    job.finished.connect(results.append)
    runner.start(job)
    runner.cancel("lang")
    gate.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert len(results[0]) < 1000


def test_failures_arrive_as_dutch_messages(qtbot: QtBot) -> None:
    runner = JobRunner()
    messages: list[str] = []

    def broken(_report):  # type: ignore[no-untyped-def]
        raise KoerswijzerError("Het bestand 'x.docx' is beschadigd.")

    def buggy(_report):  # type: ignore[no-untyped-def]
        return {}["sleutel"]

    for name, work in (("a", broken), ("b", buggy)):
        job = Job(name, "Exporteren", work)
        job.failed.connect(messages.append)
        runner.start(job)
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=5000)
    assert "Het bestand 'x.docx' is beschadigd." in messages
    assert any(m.startswith("Exporteren is mislukt door een onverwachte fout (KeyError") for m in messages)
    assert not runner.is_busy()


def _steps(log: list[str], count: int):  # type: ignore[no-untyped-def]
    done = []
    for i in range(count):
        log.append(threading.current_thread().name)
        done.append(i)
        if (yield i + 1, count, f"stap {i + 1}"):
            break
    return done


def test_a_stepwise_job_runs_on_the_window_thread_between_events_and_stops_when_asked(qtbot: QtBot) -> None:
    runner = JobRunner()
    log: list[str] = []
    results: list[object] = []
    job = Job("stappen", "Stappen", lambda: _steps(log, 50), stepwise=True)
    job.finished.connect(results.append)
    job.progress.connect(lambda done, _total, _text: done == 3 and runner.cancel("stappen"))
    runner.start(job)
    assert log == []  # nothing ran yet: the window goes on first
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [[0, 1, 2]]  # stopped after the third step, with what it did
    assert set(log) == {threading.current_thread().name}
    # The same steps, run to the end as the CLI does.
    assert run_steps(_steps([], 4)) == [0, 1, 2, 3]


def test_finish_waits_for_a_job_and_delivers_its_result(qtbot: QtBot) -> None:
    runner = JobRunner()
    results: list[object] = []
    job = Job("export", "Exporteren", lambda report: "klaar")
    job.finished.connect(results.append)
    runner.start(job)
    runner.finish()
    assert results == ["klaar"] and not runner.is_busy()
    steps_results: list[object] = []
    job = Job("werkbladen", "Werkbladen", lambda: _steps([], 5), stepwise=True)
    job.finished.connect(steps_results.append)
    runner.start(job)
    runner.finish("werkbladen", cancel=True)  # the plan closes: stop after the current step
    assert steps_results == [[0]] and not runner.is_busy()
