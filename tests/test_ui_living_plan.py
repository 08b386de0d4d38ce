"""The living plan in the real window, as a director goes through a school year: make the jaarplan,
add actions, mark two quarters with measured values by keyboard, export the Q2 report, evaluate the
year, carry a goal over, close and reopen."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog
from pytestqt.qtbot import QtBot

from koerswijzer.plan import Schoolplan
from koerswijzer.plan.jaarplannen import Jaarplannen
from koerswijzer.plan.voortgang import Voortgang
from koerswijzer.ui.jaarplan_dialogs import ActionDialog, CarryOverDialog, EvaluationDialog
from koerswijzer.ui.jaarplan_page import DOEL_ROLE, JaarplanPage
from koerswijzer.ui.main_window import MainWindow
from koerswijzer.ui.voortgang_page import VoortgangPage
from ui_helpers import when_modal


def _select_doel(page: JaarplanPage, index: int) -> None:
    page.tree.setCurrentItem(page.tree.topLevelItem(index))


def test_a_school_year_in_the_window(window: MainWindow, qtbot: QtBot, demo_copy: Path, tmp_path: Path) -> None:
    window.resize(1366, 768)
    assert window.open_plan(demo_copy)

    # 1. Make the 2025–2026 jaarplan from the meerjarenplanning.
    window.navigator.select("jaarplan", "2025")
    page = window.pages.currentWidget()
    assert isinstance(page, JaarplanPage) and page.make_button.isVisibleTo(page)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    planned = [g.id for g in window.plan.goals() if g.schooljaar == 2025]
    assert [page.tree.topLevelItem(i).data(0, DOEL_ROLE) is not None for i in range(page.tree.topLevelItemCount())] \
        == [True] * len(planned)
    assert window.navigator._living[("jaarplan", "2025")].text(1).endswith("/" + str(sum(
        page.tree.topLevelItem(i).childCount() for i in range(page.tree.topLevelItemCount()))))

    # 2. Two actions, typed in the dialog; a month that is no month is refused and nothing is lost.
    def fill(dialog: QDialog, text: str, when: str) -> None:
        assert isinstance(dialog, ActionDialog)
        qtbot.keyClicks(dialog.tekst, text)
        qtbot.keyClicks(dialog.wanneer, when)
        qtbot.keyClicks(dialog.uren, "6")
        dialog.accept()

    _select_doel(page, 0)
    before = page.tree.topLevelItem(0).childCount()
    when_modal(lambda d: fill(d, "Ouderavond over burgerschap", "oktober"))
    page.add_action()
    _select_doel(page, 1)
    when_modal(lambda d: fill(d, "Rekenmiddag voor ouders", "feb-mrt"))
    page.add_action()
    first = page.tree.topLevelItem(0)
    assert first.childCount() == before + 1
    added = first.child(first.childCount() - 1)
    assert [added.text(c) for c in range(4)] == ["Ouderavond over burgerschap", first.text(1), "oktober 2025", "6"]
    # Edited in place: the status column, then undone.
    added.setText(5, "Afgerond")
    assert page.store.get(2025).doelen[0].acties[-1].status == "afgerond"
    page.undo_stack.undo()
    assert page.store.get(2025).doelen[0].acties[-1].status == "niet_gestart"

    # 3. Q1 and Q2 for three goals, by keyboard: G/O/R, the value, Enter.
    window.navigator.select("voortgang", "")
    grid_page = window.pages.currentWidget()
    assert isinstance(grid_page, VoortgangPage)
    grid_page.year.setCurrentIndex(grid_page.year.findData(2025))
    columns = [q.key for q in grid_page.shown_quarters()]
    goals = [g.id for g in grid_page.goals]
    rows = [goals.index(g) for g in planned[:3]]
    for row, (q1, q2) in zip(rows, ((("O", "6"), ("G", "9")), (("R", "41"), ("O", "43,5")), (("G", "4"), ("G", "8"))),
                             strict=True):
        for column, (key, value) in ((columns.index("2026-Q1"), q1), (columns.index("2026-Q2"), q2)):
            grid_page.grid.setCurrentCell(row, column)
            grid_page.grid.setFocus()
            qtbot.keyClick(grid_page.grid, getattr(Qt.Key, f"Key_{key}"))
            qtbot.keyClicks(grid_page.grid, value[0])  # the first digit opens the cell's editor
            editor = grid_page.grid.viewport().focusWidget()
            qtbot.keyClicks(editor, value[1:])
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: grid_page.grid.state() != QAbstractItemView.State.EditingState)
    stands = Voortgang(window.plan).stands()
    assert stands[(planned[0], "2026-Q2")].markering == "op_koers" and stands[(planned[0], "2026-Q2")].waarde == 9
    assert stands[(planned[1], "2026-Q2")].waarde == 43.5 and stands[(planned[1], "2026-Q1")].markering == "achter"
    assert "Op koers 8" in grid_page.grid.item(rows[2], columns.index("2026-Q2")).text()
    # A value that is no number: a Dutch message, and the stored value stays.
    shown: list[str] = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    grid_page.grid.setCurrentCell(rows[0], columns.index("2026-Q2"))
    grid_page.grid.item(rows[0], columns.index("2026-Q2")).setText("veel")
    assert shown and "‘veel’ is geen getal" in shown[0]
    assert Voortgang(window.plan).stands()[(planned[0], "2026-Q2")].waarde == 9
    # The text for the stand, saved after a pause.
    qtbot.keyClicks(grid_page.text, "Alle groepen zijn gestart.")
    qtbot.waitUntil(lambda: Voortgang(window.plan).stands()[(planned[0], "2026-Q2")].toelichting
                    == "Alle groepen zijn gestart.", timeout=3000)

    # 4. The Q2 report, exported as a job.
    target = tmp_path / "rapportage.docx"
    job = grid_page.export_report(str(target))
    qtbot.waitUntil(lambda: not window.jobs.is_busy(), timeout=20000)
    assert job is not None and target.exists()
    assert "klaar, bewaard als" in window.statusBar().currentMessage()  # the director is told
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Kwartaalrapportage Q2 2026"
    assert len(document.inline_shapes) == 3  # a chart for each goal with measured values

    # 5. Evaluate the year; 6. carry the second goal over to 2026–2027.
    window.navigator.select("jaarplan", "2025")
    _select_doel(page, 0)

    def evaluate(dialog: QDialog) -> None:
        assert isinstance(dialog, EvaluationDialog)
        dialog.uitgevoerd.setCurrentIndex(dialog.uitgevoerd.findData("volgens_plan"))
        qtbot.keyClicks(dialog.bereik, "Alle groepen")
        dialog.vervolg.setCurrentIndex(dialog.vervolg.findData("behouden"))
        dialog.accept()

    when_modal(evaluate)
    page.evaluate()
    _select_doel(page, 1)

    def carry(dialog: QDialog) -> None:
        assert isinstance(dialog, CarryOverDialog)
        qtbot.keyClicks(dialog.reason, "De nieuwe methode kwam later binnen.")
        dialog.accept()

    when_modal(carry)
    page.carry_over()
    assert window.navigator._living[("jaarplan", "2026")].text(1) != "—"

    # 7. Close and reopen: everything is there.
    window.close_plan()
    with Schoolplan.open(demo_copy, read_only=True) as plan:
        store = Jaarplannen(plan)
        assert store.years() == [2025, 2026]
        year = store.get(2025)
        assert year.doelen[0].evaluatie is not None and year.doelen[0].evaluatie.bereik == "Alle groepen"
        assert any(a.tekst == "Ouderavond over burgerschap" and a.wanneer == "2025-10" for a in year.doelen[0].acties)
        assert any(a.tekst == "Rekenmiddag voor ouders" for a in year.doelen[1].acties)
        carried = store.get(2026).doel(planned[1])
        assert carried is not None and carried.carry_reason == "De nieuwe methode kwam later binnen."
        assert Voortgang(plan).stands()[(planned[2], "2026-Q2")].waarde == 8
        assert any("geëvalueerd" in line for _, line in store.history())
    assert window.open_plan(demo_copy)
    window.navigator.select("jaarplan", "2026")
    reopened = window.pages.currentWidget()
    assert reopened.tree.topLevelItemCount() == 1 and "doorgeschoven uit 2025–2026" in reopened.tree.topLevelItem(0).text(0)


def test_a_stand_is_undone_with_ctrl_z(window: MainWindow, qtbot: QtBot, demo_copy: Path) -> None:
    assert window.open_plan(demo_copy)
    window.navigator.select("voortgang", "")
    page = window.pages.currentWidget()
    page.grid.setCurrentCell(0, 0)
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_R)
    goal, quarter = page.current()
    assert Voortgang(window.plan).stands()[(goal.id, quarter.key)].markering == "achter"
    qtbot.keyClick(page.grid, Qt.Key.Key_G)
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Voortgang(window.plan).stands()[(goal.id, quarter.key)].markering == "achter"
    qtbot.keyClick(page.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (goal.id, quarter.key) not in Voortgang(window.plan).stands()
    assert page.grid.item(0, 0).text() == ""


def test_making_evaluating_carrying_over_and_adding_goals_are_undone_and_redone(
        window: MainWindow, qtbot: QtBot, demo_copy: Path) -> None:
    assert window.open_plan(demo_copy)
    window.navigator.select("jaarplan", "2025")
    page = window.pages.currentWidget()
    assert isinstance(page, JaarplanPage)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    store = Jaarplannen(window.plan)
    made = store.get(2025)
    action_ids = [a.id for d in made.doelen for a in d.acties]

    _select_doel(page, 0)
    def evaluate(dialog: QDialog) -> None:
        dialog.uitgevoerd.setCurrentIndex(dialog.uitgevoerd.findData("niet"))
        dialog.vervolg.setCurrentIndex(dialog.vervolg.findData("stoppen"))
        dialog.accept()

    when_modal(evaluate)
    page.evaluate()
    first_goal = made.doelen[0].goal.id
    assert store.stopped_goals() == {first_goal: 2025}
    _select_doel(page, 1)
    when_modal(lambda d: (qtbot.keyClicks(d.reason, "Later begonnen."), d.accept()))
    page.carry_over()
    assert store.years() == [2025, 2026]
    others = [g for g in window.plan.goals() if g.schooljaar == 2027]
    when_modal(lambda box: box.setTextValue(box.comboBoxItems()[
        next(i for i, t in enumerate(box.comboBoxItems()) if t.startswith(others[0].wat))]) or box.accept())
    page.add_goal()
    assert store.get(2025).doel(others[0].id) is not None

    # Ctrl+Z, step by step back to before the jaarplan was made; the navigator follows.
    page.tree.setFocus()
    page.undo_stack.undo()
    assert store.get(2025).doel(others[0].id) is None
    page.undo_stack.undo()
    assert store.years() == [2025]  # the carry over made 2026–2027, and undo takes it away again
    assert window.navigator._living[("jaarplan", "2026")].text(1) == "—"
    page.undo_stack.undo()
    assert store.get(2025).doelen[0].evaluatie is None and store.stopped_goals() == {}
    page.undo_stack.undo()
    assert store.years() == []
    # And forward again: the same rows, with the same ids, so that later steps still find them.
    for _ in range(4):
        page.undo_stack.redo()
    again = store.get(2025)
    assert [a.id for d in again.doelen[:len(made.doelen)] for a in d.acties] == action_ids
    assert again.doelen[0].evaluatie is not None and again.doelen[0].evaluatie.vervolg == "stoppen"
    assert store.get(2026).doel(made.doelen[1].goal.id).carry_reason == "Later begonnen."
    assert again.doel(others[0].id) is not None
    assert any("Teruggezet" in line for _, line in store.history())


def test_the_meerjarenplanning_shows_what_was_done_moved_and_dropped(window: MainWindow, demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        store = Jaarplannen(plan)
        jaarplan = store.make(2025)
        kept, moved, stopped = jaarplan.doelen[:3]
        store.set_action(kept.acties[0].id, status="afgerond")
        store.carry_over(moved.id, "De methode kwam later.")
        store.evaluate(stopped.id, "niet", "", "", "stoppen")
    assert window.open_plan(demo_copy)
    window.navigator.select("planning", "")
    page = window.pages.currentWidget()
    rows = {goal.id: row for row, goal in enumerate(page._goals)}
    column = {year: 2 + page.years.index(year) for year in (2025, 2026)}
    cell = lambda goal, year: page.table.item(rows[goal.goal.id], column[year]).text()  # noqa: E731
    assert cell(kept, 2025) == f"● 1/{len(kept.acties)} acties af"
    assert cell(moved, 2025) == "● → doorgeschoven" and cell(moved, 2026).startswith("↪ ")
    assert cell(stopped, 2025) == "● ✗ gestopt"
    # A change on the Jaarplan page shows here at once.
    window.navigator.select("jaarplan", "2025")
    jaarplan_page = window.pages.currentWidget()
    Jaarplannen(window.plan).evaluate(kept.id, "volgens_plan", "alle groepen", "", "behouden")
    jaarplan_page.changed.emit()
    assert cell(kept, 2025) == "● ✓ behouden"


def test_evidence_that_is_missing_or_too_large_gets_a_dutch_message_and_nothing_changes(
        window: MainWindow, demo_copy: Path, tmp_path: Path) -> None:
    assert window.open_plan(demo_copy)
    window.navigator.select("voortgang", "")
    page = window.pages.currentWidget()
    page.grid.setCurrentCell(0, 0)
    goal, _quarter = page.current()
    big = tmp_path / "video.mp4"
    with big.open("wb") as out:
        out.truncate(21 * 1024 * 1024)  # sparse: 21 MB without writing them
    shown: list[str] = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    page.add_file(str(big), copy=True)
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    page.add_file(str(tmp_path / "weg.pdf"), copy=False)
    assert len(shown) == 2 and "20 MB" in shown[0] and "weg.pdf" in shown[1]
    assert Voortgang(window.plan).evidence(goal.id) == []
    assert page.evidence.text() == "Bewijs: nog geen"
    small = tmp_path / "verslag.txt"
    small.write_text("Verslag van de leerlingenraad", encoding="utf-8")
    page.add_file(str(small), copy=True)
    assert [e.label for e in Voortgang(window.plan).evidence(goal.id)] and "verslag.txt" in page.evidence.text()
