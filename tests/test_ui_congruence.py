"""The Congruentie page in the real window: matrix, findings, jumping to what they concern."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, Qt

from koerswijzer.ui.congruence_page import FINDING_ROLE, CongruencePage
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
    assert "score van 0 tot 100" in page.legend.text() and "‘Ga erheen’ bij een bevinding" in page.legend.text()
    assert page.matrix.item(0, 4).toolTip().startswith("Aandachtspunt; score ")
    page.matrix.setCurrentCell(0, 0)
    messages = [page.findings.item(i).text() for i in range(page.findings.count())]
    assert any("‘Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?’ is nog niet "
               "(voldoende) beantwoord (2 woorden; minstens 40)." in m for m in messages)
    item = next(page.findings.item(i) for i in range(page.findings.count())
                if "gastvrijheid op elke school" in page.findings.item(i).text())
    rect = page.findings.visualItemRect(item)
    # A click on the finding's text selects it (for Klopt / Klopt niet) and stays on the page ...
    qtbot.mouseClick(page.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(20, 8))
    assert page.findings.currentItem() is item and window.pages.currentWidget() is page
    # ... one click on its link goes there.
    assert page.findings.on_link(rect.center()) is None
    link = QPoint(rect.right() - 30, rect.center().y())
    assert page.findings.on_link(link) is item
    qtbot.mouseClick(page.findings.viewport(), Qt.MouseButton.LeftButton, pos=link)
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


def test_a_director_corrects_the_check_and_the_correction_sticks(
    window: MainWindow, qtbot: QtBot, demo_copy: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    """Reject a found passage, point out a missed one, reopen the plan: both still hold; the
    confirmed words come back as suggestions for the board's herkenning."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from koerswijzer.congruence.engine import check
    from koerswijzer.export import collect
    from koerswijzer.plan import Schoolplan

    window.open_plan(demo_copy)
    window.navigator.select("congruentie", "")
    page = window.pages.currentWidget()
    assert isinstance(page, CongruencePage)
    page.matrix.setCurrentCell(0, 3)  # Gezien worden, Tekst: the passages that address its targets
    found = next(page.findings.item(i) for i in range(page.findings.count())
                 if "komt aan bod" in page.findings.item(i).text())
    page.findings.setCurrentItem(found)
    assert page.reject_button.isEnabled() and page.confirm_button.isEnabled()
    target, passage = page._selected()
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert window.report is not None
    assert all(e.passage != passage for e in window.report.targets[target].evidence)

    # A target the check missed: the director points out the passage.
    missed = next(t for t, r in window.report.targets.items() if not r.addressed and not r.stance)
    row = [e.element_id for e in window.report.elements].index(window.plan.koers.top_element(
        window.plan.koers.find(missed).element_id).id)
    page.matrix.setCurrentCell(row, 0)
    item = next(page.findings.item(i) for i in range(page.findings.count())
                if page.findings.item(i).data(FINDING_ROLE) is not None
                and page.findings.item(i).data(FINDING_ROLE).refs[:1] == (missed,))
    page.findings.setCurrentItem(item)
    pointed = "Elke vrijdag vieren wij successen en geven wij collega's een compliment voor hun vakmanschap."
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (pointed, True))
    page.point_out()
    assert window.report.targets[missed].addressed
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    page.suggestions_requested.emit()
    assert shown and "herkenning" in shown[0]
    window.close_plan()

    with Schoolplan.open(demo_copy, read_only=True) as plan:
        report = check(collect(plan))
        assert all(e.passage != passage for e in report.targets[target].evidence)
        assert report.targets[missed].addressed and report.targets[missed].evidence[0].source == "lezer"
        assert {d.decision for d in plan.passage_decisions()} == {"afgewezen", "aangewezen"}
    with Schoolplan.open(demo_copy) as plan:
        assert plan.undo_passage_decisions(missed) == 1


def test_the_grid_reads_at_1024_px_and_says_what_does_not_apply(window: MainWindow, qtbot: QtBot, asg, profile,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    from koerswijzer.plan import Schoolplan

    path = tmp_path / "leeg.schoolplan"
    Schoolplan.create(path, asg, profile).close()
    window.resize(1024, 700)
    window.open_plan(path)
    window.recheck()
    qtbot.waitUntil(lambda: window.report is not None, timeout=15000)
    window.navigator.select("congruentie", "")
    page = window.pages.currentWidget()
    assert isinstance(page, CongruencePage)
    header = page.matrix.horizontalHeader()
    qtbot.waitUntil(lambda: header.width() > 0)
    metrics = header.fontMetrics()
    for column in range(page.matrix.columnCount()):
        label = page.matrix.horizontalHeaderItem(column).text()
        widest = max(metrics.horizontalAdvance(line) for line in label.split("\n"))
        assert widest <= header.sectionSize(column), label  # nothing is cut off
    assert header.height() >= 2 * metrics.lineSpacing()  # room for the two-line headers
    # No school goals yet: links and goal quality do not apply; they are not "in orde".
    assert page.matrix.item(0, 1).text() == "—" and page.matrix.item(0, 2).text() == "—"
    assert "niet van toepassing" in page.matrix.item(0, 1).toolTip()


def test_a_long_finding_with_a_link_takes_the_lines_it_needs(qtbot: QtBot) -> None:
    """A finding wraps left of "Ga erheen ›" and is as high as its lines: it never runs into the next."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QListWidgetItem

    from koerswijzer.ui.link_list import LINK_TEXT, LinkList

    role = Qt.ItemDataRole.UserRole + 7
    findings = LinkList(role)
    qtbot.addWidget(findings)
    findings.setWordWrap(True)
    findings.resize(420, 400)
    long = ("✓  ‘Medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien.’ komt "
            "aan bod: Het professioneel statuut legt vast dat leraren zeggenschap hebben over de pedagogisch-"
            "didactische aanpak, de keuze van methoden en hun professionele ontwikkeling.")
    for text in (long, "✓  Kort."):
        item = QListWidgetItem(text)
        item.setData(role, "v2.v-erkenning")
        findings.addItem(item)
    findings.show()
    qtbot.waitExposed(findings)
    first, second = (findings.visualItemRect(findings.item(i)) for i in (0, 1))
    metrics = findings.fontMetrics()
    room = findings.viewport().width() - metrics.horizontalAdvance(LINK_TEXT) - 20 - 8
    needed = metrics.boundingRect(QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, long).height()
    assert needed > 3 * metrics.lineSpacing()  # it does wrap, over several lines
    assert first.height() >= needed and second.top() >= first.bottom()
