"""A plan file with a value of the wrong kind in it (edited by hand, or damaged) is refused with
the 'beschadigd' message when it is opened, never with a crash later on."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from koerswijzer.cli import main
from koerswijzer.errors import PlanFileError
from koerswijzer.plan import Schoolplan

DAMAGE = {
    "datum die geen datum is": "UPDATE plans SET mr_instemming='2024-02-31'",
    "datum in een andere vorm": "UPDATE plans SET vaststelling='31-01-2024'",
    "blob waar tekst hoort": "UPDATE answers SET text=x'00ff00' WHERE id=(SELECT min(id) FROM answers)",
    "onbekende status": "UPDATE answers SET status='weg' WHERE id=(SELECT min(id) FROM answers)",
    "tekst waar een jaartal hoort": "UPDATE goals SET schooljaar='volgend jaar' WHERE id=(SELECT min(id) FROM goals)",
    "onbekende keuze": "UPDATE target_stances SET stance='misschien' WHERE id=(SELECT min(id) FROM target_stances)",
    "onbekende sector": "UPDATE plans SET sector='HBO'",
    "tijdstip dat geen tijdstip is": "UPDATE answer_versions SET saved_at='gisteren' WHERE id=(SELECT min(id) FROM answer_versions)",
}


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_a_damaged_value_is_refused_as_damaged_and_left_alone(
    case: str, demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_copy)
    assert conn.execute(DAMAGE[case]).rowcount >= 1
    conn.commit()
    conn.close()
    before = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
    for read_only in (True, False):
        with pytest.raises(PlanFileError, match="is beschadigd"):
            Schoolplan.open(demo_copy, read_only=read_only)
    for argv in (["check", str(demo_copy)], ["export", str(demo_copy), "-o", str(demo_copy.with_suffix(".docx"))]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert "is beschadigd" in err and "Onverwachte fout" not in err
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before
