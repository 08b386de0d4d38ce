"""The exported Word files pass a strict OOXML validator, so Word opens them without offering to
repair them (issue 13: 58 schema errors in the first wave's schoolplan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from koerswijzer.export import export_plan
from koerswijzer.plan import Schoolplan

openxml_audit = pytest.importorskip("openxml_audit")


def _errors(path: Path) -> list[str]:
    result = openxml_audit.OpenXmlValidator().validate(str(path))
    return [str(error) for error in result.errors]


def test_the_exported_schoolplan_has_no_schema_errors(demo_copy: Path, tmp_path: Path) -> None:
    with Schoolplan.open(demo_copy, read_only=True) as plan:
        target = export_plan(plan, tmp_path / "schoolplan.docx")
    assert _errors(target) == []
