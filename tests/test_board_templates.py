"""A board's own templates: every mistake gets a Dutch message, and none can hang an export or
pull a file from elsewhere into it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from koerswijzer.cli import main

BROKEN = {
    "eindeloze lus": ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
                      "langer dan 3 seconden"),
    "schrijffout": ("Dit is {% if %} fout", "schrijffout op regel 1"),
    "onbekende naam": ("{{ directeur_naam }}", "naam die Koerswijzer niet kent"),
    "sandbox": ("{{ profiel.__class__.__mro__ }}", "probeert iets wat niet mag"),
    "rekenfout": ("Regel een\n{{ 1 / 0 }}", "fout op regel 2"),
    "include buiten de map": ("{% include '../geheim.md.j2' %}", "dat niet bestaat in de map met sjablonen"),
    "te veel tekst": ("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}", "miljoen tekens"),
    "oneindige macro": ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "Het sjabloon 'inleiding.md.j2'"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_board_template_stops_the_export_with_a_dutch_message(
    case: str, demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "sjablonen"
    folder.mkdir()
    (tmp_path / "geheim.md.j2").write_text("GEHEIM", encoding="utf-8")
    source, expected = BROKEN[case]
    (folder / "inleiding.md.j2").write_text(source, encoding="utf-8")
    out = tmp_path / "plan.docx"
    started = time.perf_counter()
    code = main(["export", str(demo_copy), "-o", str(out), "--sjablonen", str(folder)])
    err = capsys.readouterr().err
    assert time.perf_counter() - started < 20
    assert code == 1
    assert expected in err
    assert "Onverwachte fout" not in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolische links")
def test_a_symlink_in_the_template_folder_pulls_in_nothing(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "wachtwoorden.txt"
    secret.write_text("GEHEIM-WACHTWOORD", encoding="utf-8")
    folder = tmp_path / "sjablonen"
    folder.mkdir()
    os.symlink(secret, folder / "inleiding.md.j2")
    out = tmp_path / "plan.md"
    assert main(["export", str(demo_copy), "-o", str(out), "--sjablonen", str(folder)]) == 1
    assert "symbolische link" in capsys.readouterr().err
    assert not out.exists()


def test_a_good_board_template_is_used_and_may_include_the_builtin_ones(
    demo_copy: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "sjablonen"
    folder.mkdir()
    (folder / "kop.md.j2").write_text("Schoolplan van {{ profiel.school_name }}.", encoding="utf-8")
    (folder / "inleiding.md.j2").write_text("{% include 'kop.md.j2' %} Eigen tekst van het bestuur.",
                                            encoding="utf-8")
    out = tmp_path / "plan.md"
    assert main(["export", str(demo_copy), "-o", str(out), "--sjablonen", str(folder)]) == 0
    assert "Eigen tekst van het bestuur." in out.read_text(encoding="utf-8")
