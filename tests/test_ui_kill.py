"""Nothing typed is lost: kill the app (SIGKILL) mid-sentence and reopen the plan."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from koerswijzer.plan import Schoolplan

TEXT = ("Op onze school voelt iedereen zich welkom omdat wij elke ochtend bij de deur staan en "
        "ouders en kinderen persoonlijk begroeten en omdat nieuwe gezinnen een rondleiding krijgen "
        "van leerlingen uit groep acht die trots vertellen over hun school en hun klas") * 3


def _typing_window(asg, profile, path: Path, question: str, folder: Path) -> subprocess.Popen:  # type: ignore[no-untyped-def, type-arg]
    """The real app on a new plan, typing TEXT into one answer a key at a time (tests/typing_app.py)."""
    Schoolplan.create(path, asg, profile).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder)}
    script = Path(__file__).with_name("typing_app.py")
    proc = subprocess.Popen([sys.executable, "-P", str(script), str(path), question, TEXT, "25"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    return proc


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL bestaat alleen op Unix")
def test_a_killed_app_loses_at_most_the_last_second_of_typing(
    asg, profile, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "kill.schoolplan"
    question = "gw.v-gastvrijheid"
    proc = _typing_window(asg, profile, path, question, tmp_path)
    typed_at: list[tuple[float, int]] = []
    try:
        assert proc.stdout.readline().strip() == "ready"
        start = time.time()
        while time.time() - start < 3.0:
            line = proc.stdout.readline()
            if not line:
                break
            stamp, count = line.split()
            typed_at.append((float(stamp), int(count)))
        killed_at = time.time()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert typed_at and typed_at[-1][1] > 60, "the app typed for three seconds"

    safe = max((count for stamp, count in typed_at if stamp <= killed_at - 1.0), default=0)
    assert safe > 0
    with Schoolplan.open(path) as plan:
        saved = " ".join(plan.answer(question).text.split())
    expected = " ".join(TEXT[:safe].split())
    assert saved.startswith(expected), (len(saved), len(expected))
    assert len(saved) >= len(expected)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL bestaat alleen op Unix")
def test_a_copy_of_the_plan_file_alone_while_the_window_types_holds_what_was_saved(
    asg, profile, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    """A director copies the .schoolplan to a stick while still writing in the window."""
    import shutil

    path = tmp_path / "open.schoolplan"
    question = "gw.v-gastvrijheid"
    proc = _typing_window(asg, profile, path, question, tmp_path)
    typed_at: list[tuple[float, int]] = []
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        assert proc.stdout.readline().strip() == "ready"
        start = time.time()
        while time.time() - start < 3.0:
            stamp, count = proc.stdout.readline().split()
            typed_at.append((float(stamp), int(count)))
        copied_at = time.time()
        side = [p.name for p in tmp_path.iterdir() if p.name.startswith("open.schoolplan-")]
        shutil.copy(path, stick / path.name)  # the file alone
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert side in ([], ["open.schoolplan-journal"])  # no -wal holding the work
    safe = max((count for stamp, count in typed_at if stamp <= copied_at - 1.0), default=0)
    assert safe > 40
    with Schoolplan.open(stick / path.name, read_only=True) as copy:
        saved = " ".join(copy.answer(question).text.split())
    assert saved.startswith(" ".join(TEXT[:safe].split()))
