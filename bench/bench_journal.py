"""Which journal keeps a plan file whole after every save, at what cost?

A copy of the ``.schoolplan`` alone must hold every saved answer (a stick, a mail, a synced
folder). Two ways give that; this bench measures both on the demo plan, saving one answer
with its version row the way ``Schoolplan.save_answer`` does, against the old setting that
left the work in a ``-wal`` side file:

- ``wal+normal``            the first wave's setting (baseline: fast, but the file alone is not whole);
- ``wal+checkpoint``        WAL, then ``wal_checkpoint(TRUNCATE)`` after every save;
- ``delete+full``           a rollback journal, deleted after each commit, full fsync;
- ``truncate+full``         a rollback journal, truncated after each commit, full fsync.

It also reports, per mode, whether a copy of the file alone holds the last answer.
Target for one save: < 10 ms. Run: python bench/bench_journal.py
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import median_ms  # noqa: E402

from koerswijzer.plan.demo import write_demo  # noqa: E402

MODES = {
    "wal+normal": ("WAL", "NORMAL", False),
    "wal+checkpoint": ("WAL", "FULL", True),
    "delete+full": ("DELETE", "FULL", False),
    "truncate+full": ("TRUNCATE", "FULL", False),
}


def measure(source: Path, folder: Path, mode: str) -> tuple[float, bool]:
    journal, synchronous, checkpoint = MODES[mode]
    path = folder / f"{mode}.schoolplan"
    shutil.copy(source, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    answer_id, question = conn.execute("SELECT id, question_id FROM answers LIMIT 1").fetchone()
    counter = iter(range(10**9))

    def save() -> None:
        text = f"Antwoord versie {next(counter)}"
        conn.execute("BEGIN")
        conn.execute("UPDATE answers SET text=? WHERE id=?", (text, answer_id))
        conn.execute(
            "INSERT INTO answer_versions (answer_id, text, status, author, saved_at) "
            "SELECT id, text, status, author, CURRENT_TIMESTAMP FROM answers WHERE id=?", (answer_id,))
        conn.execute("COMMIT")
        if checkpoint:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    ms = median_ms(save, 60)
    conn.execute("UPDATE answers SET text='laatste' WHERE id=?", (answer_id,))
    if checkpoint:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = folder / f"{mode}-kopie.schoolplan"
    shutil.copy(path, copy)  # the file alone, while the connection is still open
    whole = sqlite3.connect(copy).execute("SELECT text FROM answers WHERE id=?", (answer_id,)).fetchone()
    conn.close()
    return ms, bool(whole and whole[0] == "laatste")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "demo.schoolplan"
        write_demo(source).close()
        results = {mode: measure(source, folder, mode) for mode in MODES}
    baseline = results["wal+normal"][0]
    for mode, (ms, whole) in results.items():
        print(f"{mode:<16} {ms:7.2f} ms  {ms / baseline:5.1f}x wal+normal ({baseline:.2f} ms)  "
              f"kopie van alleen het bestand is {'heel' if whole else 'NIET heel'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
