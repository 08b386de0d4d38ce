"""The Congruentie page in the real window: matrix, findings, jumping to what they concern."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from koerswijzer.ui.congruence_page import CongruencePage
from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.main_window import MainWindow


def test_the_congruence_matrix_explains_and_jumps_to_the_question(
    window: MainWindow, qtbot: QtBot, asg, profile, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from koerswijzer.plan import Schoolplan

    path = tmp_path / "half.schoolplan"
    with Schoolplan.create(path, asg, profile) as plan:
        plan.save_answer("gw.v-gastvrijheid", "Kort antwoord.")
    window.open_plan(path)
    window.navigator.select("congruentie", "")
    page = window.pages.currentWidget()
    assert isinstance(page, CongruencePage)
    assert page.matrix.rowCount() == 8
    assert page.matrix.verticalHeaderItem(0).text() == "Gezien worden"
    assert page.matrix.item(0, 4).text().startswith("Aandachtspunt")
    page.matrix.setCurrentCell(0, 0)
    messages = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert any("‘Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?’ is nog niet "
               "(voldoende) beantwoord (2 woorden; minstens 40)." in m for m in messages)
    item = next(page.findings.item(i) for i in range(page.findings.count())
                if "gastvrijheid op elke school" in page.findings.item(i).text())
    page.findings.itemActivated.emit(item)
    current = window.pages.currentWidget()
    assert isinstance(current, ElementPage) and current.element.id == "gezien-worden"
    assert current.points.isVisibleTo(current)
    assert "Open punten" in current.points.text()


def test_the_matrix_updates_after_the_director_writes(
    window: MainWindow, qtbot: QtBot, asg, profile, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from koerswijzer.plan import Schoolplan

    path = tmp_path / "leeg.schoolplan"
    Schoolplan.create(path, asg, profile).close()
    window.open_plan(path)
    window.navigator.select("congruentie", "")
    page = window.pages.currentWidget()
    assert page.matrix.item(0, 0).text().startswith("0/3 vragen")
    window.navigator.select("element", "gezien-worden")
    editor = window.current_element_page().editors[0]
    editor.editor.setFocus()
    qtbot.keyClicks(editor.editor, "Wij ontvangen iedereen gastvrij bij de deur. " * 6)
    window.save_now()
    qtbot.waitUntil(lambda: page.matrix.item(0, 0).text().startswith("1/3 vragen"), timeout=3000)
