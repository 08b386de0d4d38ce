"""The Exporteren page: options, progress, and an Openen button once the file is there."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from koerswijzer.ui.export_page import ExportPage
from koerswijzer.ui.main_window import MainWindow


def export_page(window: MainWindow) -> ExportPage:
    window.navigator.select("exporteren", "")
    page = window.pages.currentWidget()
    assert isinstance(page, ExportPage)
    return page


def test_a_director_exports_the_plan_to_word_from_the_window(
    window: MainWindow, qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_plan(demo_copy)
    page = export_page(window)
    assert page.suggested_name().endswith("Schoolplan 2024-2028 OBS De Kleurrijke Kring.docx")
    target = tmp_path / "schoolplan.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_button.click()
        assert not page.export_button.isEnabled()
    assert page.progress.value() == 100
    assert page.open_button.isEnabled()
    from koerswijzer.export.page_numbers import libreoffice

    done, *note = page.status.text().split("\n", 1)
    assert done == f"Klaar: {target}"
    if libreoffice() is None:  # the page numbers of the contents are left to Word, and the director is told
        assert note and "LibreOffice is niet gevonden" in note[0] and "kies Ja" in note[0]
    headings = [p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Inleiding"
    # The congruence appendix is for the board: off unless the director ticks it.
    assert not page.appendix.isChecked() and "Bijlage: congruentie met de koers" not in headings
    page.appendix.setChecked(True)
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.start_export(tmp_path / "met-bijlage.docx")
    headings = [p.text for p in docx.Document(str(tmp_path / "met-bijlage.docx")).paragraphs
                if p.style.name == "Heading 1"]
    assert headings[-1] == "Bijlage: congruentie met de koers"


def test_the_compact_variant_and_markdown_can_be_chosen(
    window: MainWindow, qtbot: QtBot, demo_copy: Path, tmp_path: Path
) -> None:
    window.open_plan(demo_copy)
    page = export_page(window)
    page.format.setCurrentIndex(page.format.findData("md"))
    page.variant.setCurrentIndex(page.variant.findData("compact"))
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.start_export(tmp_path / "plan")
    text = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert "# Venster 1: Goed en toegankelijk onderwijs" in text
    assert "Missie en visie" not in text


def test_a_bad_reference_document_is_reported_in_dutch(
    window: MainWindow, qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    window.open_plan(demo_copy)
    page = export_page(window)
    fake = tmp_path / "huisstijl.docx"
    fake.write_text("geen word", encoding="utf-8")
    page.reference.setText(str(fake))
    target = tmp_path / "uit.docx"
    page.start_export(target)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == ["'huisstijl.docx' is geen bruikbaar Word-document (.docx) om als huisstijl te gebruiken."]
    assert not target.exists()
    assert page.export_button.isEnabled()
