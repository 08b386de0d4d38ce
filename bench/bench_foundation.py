"""Foundation benchmarks: load a koers, open a plan, save an answer.

Each figure is printed with its ratio to a baseline measured in the same run on the same
data, so the numbers mean something on any machine:

- loading ASG Koers 22           vs  libyaml (yaml.CSafeLoader) parsing the same file, no checks;
- opening the demo plan          vs  sqlite3: connect and read every answer of the same file;
- saving one answer (+ version)  vs  sqlite3: one UPDATE and commit in the same journal mode
                                     (rollback journal, full fsync; see bench_journal.py).

Targets on the 2-core reference machine: koers < 50 ms, open < 100 ms, save < 10 ms.
Run: python bench/bench_foundation.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import median_ms  # noqa: E402

from koerswijzer.koers.loader import load_koers  # noqa: E402
from koerswijzer.paths import koersen_dir  # noqa: E402
from koerswijzer.plan.demo import write_demo  # noqa: E402
from koerswijzer.plan.schoolplan import Schoolplan  # noqa: E402




def report(name: str, value: float, baseline_name: str, baseline: float, target: float) -> bool:
    ok = value < target
    print(f"{name:<34} {value:8.2f} ms   {value / baseline:6.1f}x {baseline_name} ({baseline:.2f} ms)"
          f"   doel < {target:.0f} ms: {'OK' if ok else 'TE TRAAG'}")
    return ok


def main() -> int:
    koers_file = koersen_dir() / "asg-koers-22.yaml"
    results = []

    koers_ms = median_ms(lambda: load_koers(koers_file), 30)
    yaml_ms = median_ms(lambda: yaml.load(koers_file.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), 30)
    results.append(report("koers laden (ASG Koers 22)", koers_ms, "libyaml", yaml_ms, 50))

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.schoolplan"
        write_demo(path).close()

        def open_plan() -> None:
            plan = Schoolplan.open(path)
            plan.answers()
            plan.close()

        def raw_open() -> None:
            conn = sqlite3.connect(path)
            conn.execute("SELECT question_id, text, status FROM answers").fetchall()
            conn.close()

        open_ms = median_ms(open_plan, 30)
        raw_open_ms = median_ms(raw_open, 30)
        results.append(report("demoplan openen", open_ms, "sqlite3", raw_open_ms, 100))

        plan = Schoolplan.open(path)
        question = plan.koers.questions()[0].id
        counter = iter(range(10**9))
        save_ms = median_ms(lambda: plan.save_answer(question, f"Antwoord versie {next(counter)}"), 50)
        plan.close()

        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")

        def raw_save() -> None:
            conn.execute("UPDATE answers SET text=? WHERE question_id=?", (f"x{next(counter)}", question))
            conn.commit()

        raw_save_ms = median_ms(raw_save, 50)
        conn.close()
        results.append(report("één antwoord opslaan", save_ms, "sqlite3", raw_save_ms, 10))

    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
