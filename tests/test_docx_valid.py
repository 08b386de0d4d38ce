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


def _logo(folder: Path) -> Path:
    from PySide6.QtGui import QColor, QImage

    logo = folder / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E79"))
    image.save(str(logo))
    return logo


def _house_style(folder: Path) -> Path:
    import docx

    reference = folder / "huisstijl.docx"
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Stichting Voorbeeld · Postbus 1"
    document.styles["Heading 1"].paragraph_format.page_break_before = False
    document.save(str(reference))
    return reference


@pytest.mark.parametrize("variant", ["compact", "huisstijl", "logo-zonder-bijlage", "paginanummers"])
def test_every_variant_of_the_export_has_no_schema_errors(variant: str, demo_copy: Path, tmp_path: Path) -> None:
    options: dict[str, object] = {
        "compact": {"variant": "compact"},
        "huisstijl": {"reference": _house_style(tmp_path)},
        "logo-zonder-bijlage": {"logo": _logo(tmp_path), "appendix": False},
        "paginanummers": {"page_numbers": True},  # with LibreOffice on the machine: the numbers filled in
    }[variant]
    with Schoolplan.open(demo_copy, read_only=True) as plan:
        target = export_plan(plan, tmp_path / f"{variant}.docx", **options)  # type: ignore[arg-type]
    assert _errors(target) == []
