"""The board's review mode in the real window: add plans, see the overview, judge, export."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from koerswijzer.export import export_plan
from koerswijzer.plan import Schoolplan
from koerswijzer.ui.main_window import MainWindow
from koerswijzer.ui.review_page import ReviewPage


@pytest.fixture(scope="module")
def plan_docx(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("ui-review") / "kleurrijke-kring.docx"
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, target)
    return target


def test_a_board_reviews_several_plans_and_writes_its_judgement(
    window: MainWindow, qtbot: QtBot, plan_docx: Path, tmp_path: Path
) -> None:
    files = []
    for name in ("De Kleurrijke Kring", "Het Baken", "De Wilg"):
        path = tmp_path / f"{name}.docx"
        document = docx.Document(str(plan_docx))
        for paragraph in document.paragraphs:
            for run in paragraph.runs:
                run.text = run.text.replace("De Kleurrijke Kring", name)
        document.save(str(path))
        files.append(str(path))
    broken = tmp_path / "kapot.docx"
    broken.write_text("geen word", encoding="utf-8")
    files.append(str(broken))

    assert window.open_review(tmp_path / "ronde.beoordeling")
    page = window.review_page
    assert isinstance(page, ReviewPage) and window.stack.currentWidget() is page
    page.review(files)
    qtbot.waitUntil(lambda: not page.is_busy() and page.matrix.rowCount() == 4, timeout=60000)
    schools = sorted(page.matrix.item(r, 0).text() for r in range(4))
    assert schools == ["OBS De Kleurrijke Kring", "OBS De Wilg", "OBS Het Baken", "kapot"]
    broken_row = next(r for r in range(4) if page.matrix.item(r, 0).text() == "kapot")
    assert "geen Word-document" in page.matrix.item(broken_row, 1).text()

    row = next(r for r in range(4) if page.matrix.item(r, 0).text() == "OBS Het Baken")
    page.matrix.setCurrentCell(row, 8)  # Venster 4
    assert "Partnerschap" in page.cell_title.text()
    assert "Waar het document de doelen van het bestuur raakt" in page.findings.toPlainText()
    assert "font-weight:700" in page.findings.toHtml()  # the matched words in bold
    page.judgement.setCurrentIndex(page.judgement.findData("aandachtspunt"))
    qtbot.keyClicks(page.comment, "Meer aandacht voor ouders.")
    assert page.matrix.item(row, 8).text() == "Aandachtspunt ✎"  # the board's word shows at once
    # The detail panel follows the selection: filtering away the shown school shows the one left.
    other = next(r for r in range(4) if page.matrix.item(r, 0).text() == "OBS De Wilg")
    page.matrix.setCurrentCell(other, 8)
    assert "OBS De Wilg" in page.cell_title.text()
    page.filter.setText("baken")
    assert [page.matrix.isRowHidden(r) for r in range(4)].count(False) == 1
    assert "OBS Het Baken" in page.cell_title.text() and "De Wilg" not in page.cell_title.text()
    page.matrix.sortItems(0, Qt.SortOrder.DescendingOrder)  # sorting keeps the panel on its row
    assert page.matrix.item(page.matrix.currentRow(), 0).text() in page.cell_title.text()

    window.close_review()
    assert window.open_review(tmp_path / "ronde.beoordeling")
    page = window.review_page
    row = next(r for r in range(4) if page.matrix.item(r, 0).text() == "OBS Het Baken")
    assert page.matrix.item(row, 8).text() == "Aandachtspunt ✎"
    page.matrix.setCurrentCell(row, 8)
    assert page.comment.toPlainText() == "Meer aandacht voor ouders."
    overview = tmp_path / "overzicht.xlsx"
    page.write_overview(overview)
    from openpyxl import load_workbook

    book = load_workbook(overview)
    rows = list(book["Overzicht"].iter_rows(values_only=True))
    baken = next(r for r in rows if r[0] == "OBS Het Baken")
    assert baken[rows[0].index(window.review_page.store.koers.elements[7].titel)] == "Aandachtspunt"
    judged = list(book["Oordelen bestuur"].iter_rows(values_only=True))
    assert judged[1][0] == "OBS Het Baken" and judged[1][3] == "Aandachtspunt"
    assert judged[1][4] == "Meer aandacht voor ouders."


def test_a_long_review_can_be_cancelled_and_keeps_what_was_done(
    window: MainWindow, qtbot: QtBot, plan_docx: Path, tmp_path: Path
) -> None:
    files = []
    for i in range(12):
        path = tmp_path / f"school-{i:02d}.docx"
        document = docx.Document(str(plan_docx))
        for paragraph in document.paragraphs:
            for run in paragraph.runs:
                run.text = run.text.replace("De Kleurrijke Kring", f"School {i:02d}")
        document.save(str(path))
        files.append(str(path))
    assert window.open_review(tmp_path / "ronde.beoordeling")
    page = window.review_page
    page.review(files)
    assert page.progress_box.isVisibleTo(page) and page.is_busy()
    page.jobs.job("beoordelen").progress.connect(lambda *_: page.cancel())  # the director presses Annuleren at once
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60000)
    assert 1 <= page.matrix.rowCount() < 12
    assert not page.progress_box.isVisibleTo(page) and page.add_button.isEnabled()


def test_the_board_rejects_a_passage_and_it_stays_rejected_for_the_next_version(
    window: MainWindow, qtbot: QtBot, plan_docx: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from PySide6.QtWidgets import QInputDialog

    from koerswijzer.review.store import ReviewStore

    path = tmp_path / "De Kleurrijke Kring.docx"
    shutil.copy(plan_docx, path)
    assert window.open_review(tmp_path / "ronde.beoordeling")
    page = window.review_page
    assert isinstance(page, ReviewPage)
    page.review([str(path)])
    qtbot.waitUntil(lambda: not page.is_busy() and page.matrix.rowCount() == 1, timeout=60000)
    page.matrix.setCurrentCell(0, 1)  # Gezien worden
    assert page.passages.count() > 0
    page.passages.setCurrentRow(0)
    target_id, passage = page.passages.currentItem().data(Qt.ItemDataRole.UserRole)
    assert page.reject_button.isEnabled()
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    page.matrix.setCurrentCell(0, 1)
    shown = [page.passages.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.passages.count())]
    assert (target_id, passage) not in shown

    # A missed passage, pointed out by the board.
    element = page.store.koers.elements[0]
    target = element.targets[-1]
    pointed = "Elke nieuwe leerling krijgt een maatje dat de eerste week met hem optrekt."
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (target.tekst, True))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (pointed, True))
    page.point_out()
    document = page.store.documents()[0]
    entry = next(e for e in document.result["onderdelen"] if e["id"] == element.id)
    assert any(p["doel_id"] == target.id and p["tekst"] == pointed for p in entry["passages"])
    window.close_review()

    # The decisions are in the review file, and hold when the school's plan comes in again.
    with ReviewStore.open(tmp_path / "ronde.beoordeling") as store:
        scope = store.scope(store.documents()[0].id)
        assert {d for _t, _p, d in store.passage_decisions(scope).items} == {"afgewezen", "aangewezen"}
        from koerswijzer.review.review import review_file

        again = store.with_decisions([review_file(path, store.koers)])[0]
        assert again.report is not None
        assert all(e.passage != passage for e in again.report.targets[target_id].evidence)
        assert again.report.targets[target.id].addressed


def test_a_pdf_chosen_anyway_gets_its_own_row_with_a_dutch_message(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    pdf = tmp_path / "Het Baken.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")
    assert window.open_review(tmp_path / "ronde.beoordeling")
    page = window.review_page
    assert isinstance(page, ReviewPage)
    page.review([str(pdf)])
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60000)
    assert page.matrix.rowCount() == 1
    assert "een PDF, geen Word-document" in page.matrix.item(0, 1).text()


def test_quitting_after_a_review_exits_cleanly(plan_docx: Path, tmp_path: Path) -> None:
    """The first Ctrl+Q after a board review once ended in "Fatal Python error: bool_dealloc". A
    fresh interpreter reviews in the real window, quits, and must exit 0 with nothing on stderr
    but Qt's own platform notes."""
    import os
    import subprocess
    import sys

    files = []
    for name in ("Het Baken", "De Wilg"):
        target = tmp_path / f"{name}.docx"
        target.write_bytes(plan_docx.read_bytes())
        files.append(str(target))
    script = Path(__file__).parent / "review_then_quit_app.py"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _attempt in range(2):
        (tmp_path / "ronde.beoordeling").unlink(missing_ok=True)
        done = subprocess.run([sys.executable, "-P", str(script), str(tmp_path), *files], capture_output=True,
                              text=True, timeout=120, env=env)
        noise = [line for line in done.stderr.splitlines() if line.strip() and "propagateSizeHints" not in line]
        assert done.returncode == 0, done.stderr
        assert noise == []
    assert (tmp_path / "ronde.beoordeling").stat().st_size > 0
