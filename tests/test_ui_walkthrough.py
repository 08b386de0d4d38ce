"""The director's walkthrough, through the real widgets and the real plan file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextListFormat
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from koerswijzer.plan import Schoolplan
from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.goal_dialog import GoalDialog
from koerswijzer.ui.history_dialog import HistoryDialog
from koerswijzer.ui.main_window import MainWindow
from koerswijzer.ui.new_plan_dialog import NewPlanDialog
from koerswijzer.ui.profile_page import ProfilePage
from koerswijzer.ui.question_editor import QuestionEditor
from ui_helpers import navigator_text, when_modal


def element_page(window: MainWindow, element_id: str) -> ElementPage:
    window.navigator.select("element", element_id)
    page = window.pages.currentWidget()
    assert isinstance(page, ElementPage)
    return page


def type_answer(qtbot: QtBot, editor: QuestionEditor, text: str) -> None:
    """Type at the end of the answer (or over the selection, if there is one)."""
    editor.editor.setFocus()
    if not editor.editor.textCursor().hasSelection():
        editor.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.editor, text)


def saved_text(window: MainWindow, question_id: str) -> str:
    assert window.plan is not None
    return window.plan.answer(question_id).text


def test_a_director_writes_a_plan_closes_it_and_finds_everything_back(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "de-wegwijzer.schoolplan"

    # 1. New plan on ASG Koers 22, through the new-plan dialog.
    dialog = NewPlanDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.chosen_koers().id == "asg-koers-22"
    qtbot.keyClicks(dialog.school, "OBS De Wegwijzer")
    dialog.start.setValue(2025)
    dialog.end.setValue(2029)
    assert window.create_plan(path, dialog)
    assert window.windowTitle().startswith("OBS De Wegwijzer — Schoolplan 2025–2029")

    # 2. The profile page opens first; fill it in.
    profile_page = window.pages.currentWidget()
    assert isinstance(profile_page, ProfilePage)
    qtbot.keyClicks(profile_page.brin, "99ww")
    qtbot.keyClicks(profile_page.director, "Jeroen Bakker")
    qtbot.keyClicks(profile_page.context, "Een Daltonschool in Almere Buiten.")
    profile_page.pupils.setValue(245)
    qtbot.keyClicks(profile_page.plan_versie, "0.9 voor de MR")

    # 3. Answer questions in a kernwaarde and in two vensters; navigating away saves.
    open_page = element_page(window, "open")
    type_answer(qtbot, open_page.editors[0], "Wij spreken elkaar aan met respect.")
    venster_1 = element_page(window, "venster-1")
    type_answer(qtbot, venster_1.editors[0], "Ons schoolplan beschrijft het onderwijsaanbod.")
    type_answer(qtbot, venster_1.editors[1], "Wij werken met groepsplannen.")
    venster_4 = element_page(window, "venster-4")
    editor = venster_4.editors[0]
    type_answer(qtbot, editor, "Ouders denken mee.")
    editor.status.setCurrentIndex(editor.status.findData("klaar"))

    # 6. Undo a change: after a pause (autosave), type more and take it back with Ctrl+Z.
    qtbot.waitUntil(lambda: window.autosaver.state == "saved", timeout=1500)
    qtbot.keyClicks(editor.editor, " Dit klopt niet.")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.editor.toPlainText() == "Ouders denken mee."

    # 4. Add a goal linked to a target of venster 4.
    def fill_goal(dialog: QDialog) -> None:
        assert isinstance(dialog, GoalDialog)
        # A new goal starts linked to the element's first target that no goal serves yet.
        assert dialog.primary.currentData() == window.plan.koers.element("venster-4").targets[0].id
        assert dialog.secondary_count.text() == "Nog geen andere doelen gekozen."
        dialog.secondary_filter.setText("ouders")
        shown = [dialog.secondary.item(r) for r in range(dialog.secondary.count())
                 if not dialog.secondary.item(r).isHidden()]
        assert shown and all("ouders" in item.text().casefold() for item in shown)
        shown[0].setCheckState(Qt.CheckState.Checked)
        assert dialog.secondary_count.text() == "1 ander doel gekozen."
        shown[0].setCheckState(Qt.CheckState.Unchecked)
        dialog.secondary_filter.clear()
        qtbot.keyClicks(dialog.wat, "Ouderpanel twee keer per jaar")
        qtbot.keyClicks(dialog.eigenaar, "Directeur")
        qtbot.keyClicks(dialog.indicator, "aantal ouderpanels")
        qtbot.keyClicks(dialog.baseline, "0")
        qtbot.keyClicks(dialog.streefwaarde, "2 per jaar")
        dialog.schooljaar.setCurrentIndex(dialog.schooljaar.findData(2026))
        dialog.primary.setCurrentIndex(dialog.primary.findData("v4.d-ouders-betrokken"))
        dialog.accept()

    when_modal(fill_goal)
    venster_4.goals.add()
    assert venster_4.goals.table.rowCount() == 1
    assert venster_4.goals.table.item(0, 0).text() == "Ouderpanel twee keer per jaar"

    # 5. Mark a target 'al op orde', with a reason.
    row = next(r for r in venster_4.stance_rows if r.target.id == "v4.d-partners")
    row.choice.setCurrentIndex(row.choice.findData("al_op_orde"))
    qtbot.keyClicks(row.reason, "Wij werken al jaren samen met de bibliotheek en het buurthuis.")

    # 7. Close (everything pending is saved), 8. reopen.
    assert window.close_plan()
    assert window.stack.currentWidget() is window.start
    assert window.open_plan(path)

    plan = window.plan
    assert plan is not None
    profile = plan.profile()
    assert (profile.brin, profile.director, profile.pupils) == ("99WW", "Jeroen Bakker", 245)
    assert profile.plan_versie == "0.9 voor de MR"
    assert profile.context == "Een Daltonschool in Almere Buiten."
    assert plan.answer("op.v-respectvol-bejegend").text == "Wij spreken elkaar aan met respect."
    assert plan.answer("v4.v-rol-ouders").text == "Ouders denken mee."
    assert plan.answer("v4.v-rol-ouders").status == "klaar"
    goal = plan.goals("venster-4")[0]
    assert (goal.primary_link, goal.schooljaar, goal.streefwaarde) == ("v4.d-ouders-betrokken", 2026, "2 per jaar")
    assert plan.stances()["v4.d-partners"].reason.startswith("Wij werken al jaren samen")
    # Short answers are saved, but "beantwoord" is 40 words, as the check counts.
    assert navigator_text(window, "open") == "0/3"
    assert navigator_text(window, "venster-1") == "0/8"
    assert navigator_text(window, "venster-4") == "0/5"
    assert navigator_text(window, "venster-2") == "0/10"
    page = element_page(window, "venster-4")
    assert page.editors[0].editor.toPlainText() == "Ouders denken mee."
    assert next(r for r in page.stance_rows if r.target.id == "v4.d-partners").choice.currentText() == "Al op orde"


def test_typing_is_saved_within_a_second_and_the_title_says_so(
    window: MainWindow, qtbot: QtBot, demo_copy: Path
) -> None:
    window.open_plan(demo_copy)
    editor = element_page(window, "ambitieus").editors[2]
    editor.editor.selectAll()
    type_answer(qtbot, editor, "Leerlingen kiezen hun eigen leerdoel.")
    assert "wordt opgeslagen" in window.windowTitle()
    qtbot.waitUntil(lambda: saved_text(window, editor.question.id) == "Leerlingen kiezen hun eigen leerdoel.",
                    timeout=1000)
    assert "— opgeslagen —" in window.windowTitle()


def test_the_toolbar_formats_as_markdown(window: MainWindow, qtbot: QtBot, demo_copy: Path) -> None:
    window.open_plan(demo_copy)
    editor = element_page(window, "open").editors[1]
    editor.editor.clear()
    editor.toggle_bold()
    qtbot.keyClicks(editor.editor, "Nieuwsbrief")
    editor.toggle_bold()
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    editor.toggle_list(QTextListFormat.Style.ListDisc)
    qtbot.keyClicks(editor.editor, "Parro")
    window.save_now()
    assert saved_text(window, editor.question.id) == "**Nieuwsbrief**\n\n- Parro"


def test_history_restores_an_earlier_version(window: MainWindow, qtbot: QtBot, demo_copy: Path) -> None:
    window.open_plan(demo_copy)
    editor = element_page(window, "gezien-worden").editors[0]
    original = saved_text(window, editor.question.id)
    original_plain = editor.editor.toPlainText()
    editor.editor.selectAll()
    type_answer(qtbot, editor, "Een slechter antwoord.")
    window.save_now()

    def restore_previous(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        assert dialog.list.count() == 2
        dialog.list.setCurrentRow(1)
        dialog.accept()

    when_modal(restore_previous)
    window.show_history(editor.question.id)
    assert editor.editor.toPlainText() == original_plain
    assert saved_text(window, editor.question.id) == original


def test_ctrl_f_finds_an_answer_and_jumps_to_its_question(
    window: MainWindow, qtbot: QtBot, demo_copy: Path
) -> None:
    window.open_plan(demo_copy)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "Vreedzame School")
    found = window.search.run()
    assert found, "the demo mentions De Vreedzame School"
    item = window.search.results.item(0)
    window.search.results.itemActivated.emit(item)
    page = window.current_element_page()
    assert page is not None
    focused = QApplication.focusWidget()
    editor = page.editor_for(found[0])
    assert editor is not None and focused is editor.editor
    assert editor.editor.textCursor().selectedText().lower() == "vreedzame school"


def test_next_open_question_and_ctrl_page_keys_move_between_questions(
    window: MainWindow, qtbot: QtBot, asg, profile, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "half.schoolplan"
    with Schoolplan.create(path, asg, profile) as plan:
        for question in asg.questions()[:4]:
            plan.save_answer(question.id, "Beantwoord. " * 40)  # 40 words: counts as beantwoord
    window.open_plan(path)
    window.next_open_action.trigger()
    page = window.current_element_page()
    assert page is not None and page.element.id == "open"
    assert QApplication.focusWidget() is page.editor_for("op.v-communicatiemiddelen").editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.editor_for("op.v-identiteit").editor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_element_page().element.id == "vooruitstrevend"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_element_page().element.id == "open"


def test_a_second_window_on_the_same_plan_is_read_only(
    window: MainWindow, qtbot: QtBot, demo_copy: Path
) -> None:
    window.open_plan(demo_copy)
    second = MainWindow()
    qtbot.addWidget(second)
    second.open_plan(demo_copy)
    assert second.plan is not None and second.plan.read_only
    assert not second.banner.isHidden()
    assert "al geopend" in second.banner.message.text()
    assert "alleen-lezen" in second.windowTitle()
    second.navigator.select("element", "open")
    assert second.current_element_page().editors[0].editor.isReadOnly()
    second.close_plan()
    # The first window still writes.
    editor = element_page(window, "open").editors[0]
    type_answer(qtbot, editor, " Aanvulling.")
    window.save_now()
    assert saved_text(window, editor.question.id).endswith("Aanvulling.")


def test_a_full_disk_keeps_the_text_and_offers_save_as(
    window: MainWindow, qtbot: QtBot, demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from storage_helpers import fill_disk

    window.open_plan(demo_copy)
    assert window.plan is not None
    fill_disk(window.plan._engine)
    editor = element_page(window, "ambitieus").editors[0]
    long_text = "Wij leggen de lat hoog en blijven leren. " * 400
    editor.editor.selectAll()
    editor.editor.insertPlainText(long_text)
    window.save_now()
    assert window.banner.isVisible()
    assert "de schijf is vol" in window.banner.message.text()
    assert "NIET OPGESLAGEN" in window.windowTitle()
    assert editor.editor.toPlainText() == long_text.strip() or editor.editor.toPlainText() == long_text

    rescue = tmp_path / "gered.schoolplan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rescue), ""))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"unexpected error {a}"))
    assert window.save_as()
    assert not window.banner.isVisible()
    with Schoolplan.open(rescue) as saved:
        assert saved.answer(editor.question.id).text.startswith("Wij leggen de lat hoog")


def test_moving_a_goal_in_the_meerjarenplanning_can_be_undone(
    window: MainWindow, qtbot: QtBot, demo_copy: Path
) -> None:
    window.open_plan(demo_copy)
    window.navigator.select("planning", "")
    page = window.pages.currentWidget()
    first = page._goals[0]
    assert first.schooljaar == 2024
    column_2026 = 2 + page.years.index(2026)
    page.table.cellClicked.emit(0, column_2026)
    assert window.plan.goals()[0].schooljaar == 2026
    assert page.table.item(0, column_2026).text() == "●"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.plan.goals()[0].schooljaar == 2024


def test_controls_have_dutch_accessible_names(window: MainWindow, demo_copy: Path) -> None:
    window.open_plan(demo_copy)
    page = element_page(window, "venster-1")
    editor = page.editors[0]
    assert editor.editor.accessibleName() == "Antwoord op vraag 1"
    assert editor.status.accessibleName() == "Status van het antwoord"
    assert page.stance_rows[0].choice.accessibleName().startswith("Aanpak van het bestuursdoel:")
    assert window.navigator.accessibleName() == "Navigatie door het schoolplan"


def test_a_goal_added_on_the_goals_page_lands_on_its_element_page(
    window: MainWindow, qtbot: QtBot, demo_copy: Path
) -> None:
    window.open_plan(demo_copy)
    window.navigator.select("doelen", "")
    goals_page = window.pages.currentWidget()
    before = goals_page.table.rowCount()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, GoalDialog)
        qtbot.keyClicks(dialog.wat, "Vakmanschap delen met collega-scholen")
        dialog.primary.setCurrentIndex(dialog.primary.findData("v3.d-vaksecties-werkgroepen"))
        dialog.accept()

    when_modal(fill)
    goals_page.add()
    assert goals_page.table.rowCount() == before + 1
    page = element_page(window, "venster-3")
    assert [g.wat for g in window.plan.goals("venster-3")][-1] == "Vakmanschap delen met collega-scholen"
    assert page.goals.table.rowCount() == len(window.plan.goals("venster-3"))


def test_search_follows_the_typing_highlights_and_walks_the_matches(
    window: MainWindow, qtbot: QtBot, demo_copy: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    window.open_plan(demo_copy)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "ouders")  # no Enter: the results follow the typing
    qtbot.waitUntil(lambda: window.search.results.isVisible() and window.search.results.count() > 3, timeout=3000)
    assert window.search.hasFocus()  # the keyboard stays in the field
    label = window.search.results.itemWidget(window.search.results.item(0))
    assert isinstance(label, QLabel) and "<b><u>" in label.text() and "**" not in label.text()
    assert window.search.results.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.search.results.currentRow() == 1 and window.search.hasFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    first = window.current_question()
    focused = QApplication.focusWidget()
    assert focused.textCursor().selectedText().lower() == "ouders"
    # F3: the next match (in this answer, then in the next answer that holds it); Shift+F3 back.
    positions = []
    for _ in range(4):
        window.find_next_action.trigger()
        cursor = QApplication.focusWidget().textCursor()
        assert cursor.selectedText().lower() == "ouders"
        positions.append((window.current_question(), cursor.selectionStart()))
    assert len(set(positions)) == 4
    window.find_previous_action.trigger()
    cursor = QApplication.focusWidget().textCursor()
    assert (window.current_question(), cursor.selectionStart()) == positions[2]
    assert first is not None
