"""The .schoolplan on disk is whole after every save, and reading a plan never writes.

Directors copy plans to a stick, mail them and keep them in synced folders; the file alone must
hold every saved answer. ``check`` and ``export`` read a plan without touching it or anything
beside it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from koerswijzer.cli import main
from koerswijzer.errors import PlanFileError
from koerswijzer.koers.model import Koers
from koerswijzer.plan import Profile, Schoolplan
from koerswijzer.plan.lock import PlanLock
from koerswijzer.storage import migrations
from koerswijzer.storage.database import PlanReadOnlyError, open_plan_database
from conftest import FIXTURES


def listing(folder: Path) -> dict[str, str]:
    """Every file in the folder with its digest: what 'nothing was written' means."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def header_mode(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:20]
    return data[18], data[19]


def test_a_copy_of_the_open_plan_alone_holds_every_saved_answer(
    asg: Koers, profile: Profile, plan_path: Path, tmp_path: Path
) -> None:
    questions = [q.id for q in asg.questions()]
    plan = Schoolplan.create(plan_path, asg, profile)
    try:
        for number, question in enumerate(questions):
            plan.save_answer(question, f"Antwoord {number}: wat de school hierop doet. " * 20)
        # The plan stays open; the director copies just the file to a stick.
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(plan_path.name)] == [plan_path.name]
        stick = tmp_path / "usb"
        stick.mkdir()
        shutil.copy(plan_path, stick / plan_path.name)
    finally:
        plan.close()
    with Schoolplan.open(stick / plan_path.name, read_only=True) as copy:
        answers = copy.answers()
        assert len(answers) == len(questions)
        for number, question in enumerate(questions):
            assert answers[question].text.startswith(f"Antwoord {number}:")


def test_a_plan_is_written_with_a_rollback_journal_and_full_sync(
    asg: Koers, profile: Profile, plan_path: Path
) -> None:
    from sqlalchemy import text

    Schoolplan.create(plan_path, asg, profile).close()
    engine = open_plan_database(plan_path)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()
    assert header_mode(plan_path) == (1, 1)


def test_check_and_export_of_an_old_plan_upgrade_nothing_on_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plannen"
    folder.mkdir()
    path = folder / "fundament.schoolplan"
    shutil.copy(FIXTURES / "plan-v1.schoolplan", path)
    before = listing(folder)
    assert main(["check", str(path)]) == 0
    assert "Gezien worden" in capsys.readouterr().out
    out = tmp_path / "fundament.docx"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert out.stat().st_size > 10_000
    # The same bytes (so no upgrade in place), no backup and no -wal/-shm beside it.
    assert listing(folder) == before


def _wal_plan_with_side_file(asg: Koers, profile: Profile, folder: Path, name: str, text_in_wal: str) -> Path:
    """A plan as an older Koerswijzer left it when killed: its last answer only in the -wal."""
    path = folder / name
    Schoolplan.create(path, asg, profile).close()
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("INSERT INTO answers (plan_koers_id, question_id, text, status, author, updated_at) "
                     "VALUES (1, 'gw.v-gastvrijheid', {text_in_wal!r}, 'concept', '', CURRENT_TIMESTAMP)")
        os._exit(0)  # killed: the work is in the -wal, not in the file
    """)
    subprocess.run([sys.executable, "-P", "-c", script], check=True)
    assert (folder / f"{name}-wal").stat().st_size > 0
    return path


def test_check_never_replays_a_side_file_and_says_so(
    asg: Koers, profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "plannen"
    folder.mkdir()
    other = _wal_plan_with_side_file(asg, profile, folder, "ander.schoolplan", "Tekst van een ander plan.")
    path = folder / "wegwijzer.schoolplan"
    Schoolplan.create(path, asg, profile).close()
    # A -wal copied from another plan now stands beside this one.
    shutil.copy(folder / "ander.schoolplan-wal", folder / "wegwijzer.schoolplan-wal")
    other.with_name("ander.schoolplan-shm").unlink(missing_ok=True)
    before = listing(folder)
    assert main(["check", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert "wegwijzer.schoolplan-wal" in captured.err and "niet netjes" in captured.err
    assert listing(folder) == before
    with Schoolplan.open(path, read_only=True) as plan:
        assert plan.answer("gw.v-gastvrijheid").text == ""
    assert listing(folder) == before


def test_the_window_takes_in_an_old_side_file_after_keeping_a_copy(
    asg: Koers, profile: Profile, tmp_path: Path
) -> None:
    path = _wal_plan_with_side_file(asg, profile, tmp_path, "oud.schoolplan", "Alleen in de -wal opgeslagen.")
    with Schoolplan.open(path) as plan:
        assert plan.answer("gw.v-gastvrijheid").text == "Alleen in de -wal opgeslagen."
    assert not (tmp_path / "oud.schoolplan-wal").exists()
    assert (tmp_path / "oud.schoolplan.voor-herstel.bak").exists()
    assert (tmp_path / "oud.schoolplan-wal.voor-herstel.bak").exists()
    assert header_mode(path) == (1, 1)
    # From now on the file alone is whole.
    with Schoolplan.open(path, read_only=True) as plan:
        assert plan.answer("gw.v-gastvrijheid").text == "Alleen in de -wal opgeslagen."


@pytest.mark.parametrize("content", [b"", b"Dit is geen database" * 50, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_failed_open_leaves_nothing_behind(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "kapot.schoolplan"
    path.write_bytes(content)
    before = listing(tmp_path)
    for read_only in (True, False):
        with pytest.raises(PlanFileError):
            Schoolplan.open(path, read_only=read_only)
        assert listing(tmp_path) == before


@pytest.mark.skipif(os.name == "nt", reason="Unix-rechten")
def test_an_intact_plan_in_a_read_only_folder_is_read_and_called_read_only_not_damaged(
    asg: Koers, profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    path = folder / "wegwijzer.schoolplan"
    with Schoolplan.create(path, asg, profile) as plan:
        plan.save_answer("gw.v-gastvrijheid", "Wij ontvangen elke ouder bij de deur.")
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("als root is elke map schrijfbaar")
        assert main(["check", str(path)]) == 0
        assert "beschadigd" not in capsys.readouterr().err
        with pytest.raises(PlanReadOnlyError, match="alleen-lezen \\(het bestand is niet beschadigd\\)"):
            Schoolplan.open(path)
        with Schoolplan.open(path, read_only=True) as plan:
            assert plan.answer("gw.v-gastvrijheid").text == "Wij ontvangen elke ouder bij de deur."
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_a_read_only_file_is_named_read_only_not_damaged(asg: Koers, profile: Profile, plan_path: Path) -> None:
    Schoolplan.create(plan_path, asg, profile).close()
    plan_path.chmod(0o444)
    try:
        if os.access(plan_path, os.W_OK):
            pytest.skip("als root is elk bestand schrijfbaar")
        with pytest.raises(PlanReadOnlyError, match="is alleen-lezen"):
            Schoolplan.open(plan_path)
    finally:
        plan_path.chmod(0o644)


def test_the_read_only_message_is_specific_even_as_root(
    asg: Koers, profile: Profile, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root may write anywhere, so the folder check is driven through os.access itself."""
    Schoolplan.create(plan_path, asg, profile).close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == plan_path.parent else real_access(p, mode))
    with pytest.raises(PlanReadOnlyError, match="De map .* is alleen-lezen \\(het schoolplan is niet beschadigd\\)"):
        Schoolplan.open(plan_path)
    with Schoolplan.open(plan_path, read_only=True) as plan:
        assert plan.profile().school_name == profile.school_name


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFO's bestaan alleen op Unix")
def test_a_fifo_named_like_a_plan_is_refused_without_hanging(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pijp.schoolplan"
    os.mkfifo(fifo)
    for argv in (["check", str(fifo)], ["export", str(fifo), "-o", str(tmp_path / "uit.docx")]):
        assert main(argv) == 1
        assert "geen gewoon bestand" in capsys.readouterr().err
    with pytest.raises(PlanFileError, match="geen gewoon bestand"):
        Schoolplan.open(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_save_interrupted_by_a_crash_is_undone_when_the_window_opens_it(
    asg: Koers, profile: Profile, plan_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Schoolplan.create(plan_path, asg, profile) as plan:
        plan.save_answer("gw.v-gastvrijheid", "Het laatste opgeslagen antwoord.")
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(plan_path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size=1")
        conn.execute("BEGIN")
        conn.execute("UPDATE answers SET text='half geschreven'")
        for i in range(3000):
            conn.execute("INSERT INTO answer_versions (answer_id, text, status, author, saved_at) "
                         "VALUES (1, ?, 'concept', '', CURRENT_TIMESTAMP)", ("x" * 400,))
        os._exit(0)  # killed in the middle of the save
    """)
    subprocess.run([sys.executable, "-P", "-c", script], check=True)
    journal = plan_path.with_name(plan_path.name + "-journal")
    assert journal.stat().st_size > 0
    before = listing(plan_path.parent)
    assert main(["check", str(plan_path)]) == 1
    assert "niet netjes afgesloten tijdens het opslaan" in capsys.readouterr().err
    assert listing(plan_path.parent) == before
    with Schoolplan.open(plan_path) as plan:
        assert plan.answer("gw.v-gastvrijheid").text == "Het laatste opgeslagen antwoord."
        assert len(plan.history("gw.v-gastvrijheid")) == 1
    assert not journal.exists()


def test_export_never_overwrites_a_plan(demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The plan itself, even under a name without the .schoolplan extension.
    plan_db = tmp_path / "plan.db"
    shutil.copy(demo_copy, plan_db)
    before = listing(tmp_path)
    assert main(["export", str(plan_db), "-o", str(plan_db), "--format", "docx", "-f"]) == 1
    assert "het schoolplan zelf" in capsys.readouterr().err
    # Any .schoolplan, and a database disguised as a .docx.
    assert main(["export", str(plan_db), "-o", str(demo_copy), "-f"]) == 1
    assert "bestand van Koerswijzer zelf" in capsys.readouterr().err
    disguised = tmp_path / "schoolplan.docx"
    shutil.copy(demo_copy, disguised)
    assert main(["export", str(plan_db), "-o", str(disguised), "-f"]) == 1
    assert "is een database" in capsys.readouterr().err
    assert listing(tmp_path) == {**before, "schoolplan.docx": before["kleurrijke-kring.schoolplan"]}
    with Schoolplan.open(plan_db, read_only=True) as plan:
        assert plan.answers()


def test_demo_refuses_to_overwrite_a_plan_open_in_a_window(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = subprocess.Popen([sys.executable, "-P", "-c", "import time; time.sleep(30)"])
    try:
        lock = PlanLock(demo_copy)
        lock.path.write_text(f"{other.pid}@{__import__('socket').gethostname()}", encoding="utf-8")
        before = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
        assert main(["demo", str(demo_copy), "-f"]) == 1
        assert "geopend in Koerswijzer" in capsys.readouterr().err
        assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before
    finally:
        other.kill()
        other.wait()
    # Once that window is gone its lock is stale, and -f may overwrite.
    assert main(["demo", str(demo_copy), "-f"]) == 0


KILL_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from koerswijzer.plan import Schoolplan

    plan = Schoolplan.open(Path(sys.argv[1]))
    n = int(sys.argv[2])
    while True:
        n += 1
        plan.save_answer("gw.v-gastvrijheid", f"versie {n} " + "tekst van de directeur " * (n % 50 + 1))
        print(n, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL bestaat alleen op Unix")
def test_twenty_kills_during_saving_never_break_the_file_or_lose_a_committed_answer(
    asg: Koers, profile: Profile, plan_path: Path
) -> None:
    import random

    Schoolplan.create(plan_path, asg, profile).close()
    rng = random.Random(22)
    last = 0
    lost_chars = 0
    for _kill in range(20):
        proc = subprocess.Popen([sys.executable, "-P", "-c", KILL_SCRIPT, str(plan_path), str(last)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        committed = last
        for _ in range(rng.randint(3, 40)):
            line = proc.stdout.readline()
            if not line:
                break
            committed = int(line)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        # What the child reported before it died but this test had not read yet (a loaded machine reads
        # slowly while the child goes on saving) was reported as saved too.
        for line in proc.stdout.read().split():
            committed = int(line)
        with Schoolplan.open(plan_path) as plan:
            engine = plan._engine
            with engine.connect() as conn:
                from sqlalchemy import text

                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            saved = plan.answer("gw.v-gastvrijheid").text
        number = int(saved.split()[1])
        # Everything reported as saved is there; at most the save in flight may also have landed.
        assert number in (committed, committed + 1), (number, committed)
        expected = f"versie {committed} " + "tekst van de directeur " * (committed % 50 + 1)
        lost_chars += max(0, len(expected) - len(saved)) if number < committed else 0
        last = number
    assert lost_chars == 0
    assert last >= 20
    assert not plan_path.with_name(plan_path.name + "-journal").exists()


def test_migrations_still_read_an_old_file_in_the_window(tmp_path: Path) -> None:
    path = tmp_path / "v2.schoolplan"
    shutil.copy(FIXTURES / "plan-v2.schoolplan", path)
    with Schoolplan.open(path) as plan:
        assert plan.profile().school_name
    assert (tmp_path / "v2.schoolplan.v2.bak").exists()
    assert header_mode(path) == (1, 1)
    conn = sqlite3.connect(path)
    version = conn.execute("SELECT value FROM koerswijzer_meta WHERE key='schema_version'").fetchone()[0]
    conn.close()
    assert int(version) == migrations.SCHEMA_VERSION
