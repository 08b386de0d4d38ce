"""One writer per plan: the lock file beside the plan."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from koerswijzer.plan.lock import PlanLock, lock_path


def test_a_second_lock_on_the_same_plan_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    plan = tmp_path / "school.schoolplan"
    first, second = PlanLock(plan), PlanLock(plan)
    assert first.acquire()
    # Another live process holds it: pretend by writing our parent's pid.
    lock_path(plan).write_text(f"{os.getppid()}@{socket.gethostname()}", encoding="utf-8")
    assert not second.acquire()
    assert second.owner == f"{os.getppid()}@{socket.gethostname()}"
    first.release()
    assert second.acquire()
    second.release()
    assert not lock_path(plan).exists()


def test_a_lock_left_by_a_crashed_app_is_taken_over(tmp_path: Path) -> None:
    plan = tmp_path / "school.schoolplan"
    dead = subprocess.run([sys.executable, "-P", "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    lock_path(plan).write_text(f"{dead.stdout.strip()}@{socket.gethostname()}", encoding="utf-8")
    lock = PlanLock(plan)
    assert lock.acquire()
    assert lock_path(plan).read_text(encoding="utf-8") == f"{os.getpid()}@{socket.gethostname()}"
    lock.release()


def test_a_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    plan = tmp_path / "school.schoolplan"
    lock_path(plan).write_text("4242@laptop-van-de-ib", encoding="utf-8")
    assert not PlanLock(plan).acquire()
