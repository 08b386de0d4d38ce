"""A board reviews whatever schools send, and a director imports whatever werkbladen come back:
no document may stop the batch, hang it, or take the machine's memory."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from koerswijzer.cli import main
from koerswijzer.koers.model import Koers
from koerswijzer.review.review import review_file, review_files
from hostile_docs import HOSTILE

CONTAINER_LEVEL = {"compressie 9", "compressie 77", "compressie 99", "versleutelde onderdelen",
                   "zip-bom in kopteksten", "zip-bom in het document", "geen zip", "afgebroken zip",
                   "geen body", "verkeerde wortel"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("vijandig")
    return {name: make(folder) for name, make in HOSTILE.items()}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_hostile_document_gets_a_dutch_row_message_or_a_review(
    corpus: dict[str, Path], asg: Koers, name: str
) -> None:
    started = time.perf_counter()
    result = review_file(corpus[name], asg)
    assert time.perf_counter() - started < 30
    if name in CONTAINER_LEVEL:
        assert not result.ok, name
    if not result.ok:
        assert "Onverwachte fout" not in result.error
        assert corpus[name].name in result.error
        assert "Traceback" not in result.error
    else:
        assert result.elements  # read gracefully: a review like any other


def test_a_batch_with_every_hostile_document_goes_on_to_the_good_one(
    corpus: dict[str, Path], asg: Koers, demo_copy: Path, tmp_path: Path
) -> None:
    good = tmp_path / "goed.docx"
    assert main(["export", str(demo_copy), "-o", str(good)]) == 0
    paths = [*corpus.values(), good]
    for workers in (1, 2):
        results = review_files(paths, asg, workers=workers)
        assert [r.path for r in results] == paths
        assert results[-1].ok and results[-1].elements
        assert all("Onverwachte fout" not in r.error for r in results)


def test_the_command_line_reports_each_hostile_document_in_its_row(
    corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(p) for p in corpus.values()]
    code = main(["review", *paths, "--json"])
    out = capsys.readouterr()
    assert "Onverwachte fout" not in out.err + out.out
    rows = json.loads(out.out)
    listed = rows["scholen"] if isinstance(rows, dict) else rows
    assert len(listed) == len(paths)
    assert code in (0, 1)


MEASURE = textwrap.dedent("""
    import resource, sys, time
    from pathlib import Path
    from koerswijzer.koers.registry import resolve_koers
    from koerswijzer.review.review import review_file
    koers = resolve_koers("asg-koers-22")
    start = time.perf_counter()
    result = review_file(Path(sys.argv[1]), koers)
    seconds = time.perf_counter() - start
    # VmHWM starts afresh at exec; ru_maxrss would carry the forking test runner's peak.
    status = Path("/proc/self/status")
    if status.exists():
        line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM:"))
        peak_mb = int(line.split()[1]) / 1024
    else:
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{peak_mb:.0f} {seconds:.2f} {int(result.ok)}")
""")


@pytest.mark.skipif(sys.platform == "win32", reason="ru_maxrss is Unix")
@pytest.mark.parametrize("name", ["zip-bom in kopteksten", "zip-bom in het document"])
def test_a_zip_bomb_costs_less_than_500_mb_and_30_seconds(corpus: dict[str, Path], name: str) -> None:
    out = subprocess.run([sys.executable, "-P", "-c", MEASURE, str(corpus[name])], capture_output=True, text=True,
                         check=True, timeout=120).stdout.split()
    peak_mb, seconds, ok = float(out[0]), float(out[1]), out[2] == "1"
    print(f"\n{name}: piekgeheugen {peak_mb:.0f} MB, {seconds:.2f} s")
    assert not ok
    assert peak_mb < 500
    assert seconds < 30


def test_werkblad_import_reports_hostile_documents_in_dutch(corpus: dict[str, Path], demo_copy: Path) -> None:
    from koerswijzer.plan import Schoolplan
    from koerswijzer.workshop.werkblad_import import import_werkbladen

    with Schoolplan.open(demo_copy) as plan:
        results = import_werkbladen(plan, list(corpus.values()))
    assert len(results) == len(corpus)
    for result in results:
        message = " ".join(str(v) for v in vars(result).values())
        assert "Onverwachte fout" not in message and "Traceback" not in message


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="FIFO's bestaan alleen op Unix")
def test_a_fifo_named_docx_is_refused_by_review_and_werkblad_import_without_hanging(
    tmp_path: Path, asg: Koers, demo_copy: Path
) -> None:
    import os

    from koerswijzer.plan import Schoolplan
    from koerswijzer.workshop.werkblad_import import import_werkbladen

    fifo = tmp_path / "pijp.docx"
    os.mkfifo(fifo)
    result = review_file(fifo, asg)
    assert not result.ok and "geen gewoon bestand" in result.error
    with Schoolplan.open(demo_copy) as plan:
        [imported] = import_werkbladen(plan, [fifo])
    assert not imported.ok and "geen gewoon bestand" in imported.message


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is Unix")
def test_a_small_file_size_limit_is_not_called_damage(demo_copy: Path, tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
        from koerswijzer.cli import main
        sys.exit(main(sys.argv[1:]))
    """)
    check = subprocess.run([sys.executable, "-P", "-c", script, "check", str(demo_copy)],
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr  # reading writes nothing, so no limit is in the way
    export = subprocess.run([sys.executable, "-P", "-c", script, "export", str(demo_copy), "-o",
                             str(tmp_path / "plan.docx")], capture_output=True, text=True, timeout=120)
    assert export.returncode == 1
    assert "beschadigd" not in export.stderr and "Onverwachte fout" not in export.stderr
    assert "plan.docx" in export.stderr
