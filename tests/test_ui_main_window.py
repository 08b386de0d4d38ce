"""The window through the real widgets: start screen, opening plans, the koers navigator."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from koerswijzer.plan.content import dutch_date
from koerswijzer.plan.recent import describe
from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.main_window import MainWindow
from ui_helpers import navigator_text


def test_the_window_starts_on_the_start_screen(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.start
    assert window.windowTitle() == "Koerswijzer"
    assert not window.toolbar.isVisible()


def test_a_director_opens_the_demo_and_sees_progress_per_element(
    window: MainWindow, demo_copy: Path
) -> None:
    assert window.open_plan(demo_copy)
    assert window.stack.currentIndex() == 1
    assert window.windowTitle().startswith("OBS De Kleurrijke Kring — Schoolplan 2024–2028 — opgeslagen")
    assert navigator_text(window, "venster-2") == "✓ 10/10"
    assert navigator_text(window, "gezien-worden") == "✓ 3/3"
    window.navigator.select("element", "venster-2")
    page = window.pages.currentWidget()
    assert isinstance(page, ElementPage)
    assert len(page.editors) == 10
    assert page.editors[0].label.text() == (
        "1. Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?")
    assert page.editors[0].editor.toPlainText().startswith("Betrokkenheid bij ASG")
    assert page.editors[0].status.currentText() == "Klaar"
    assert [row.target.id for row in page.stance_rows][:1] == ["v2.d-betrokken-trots"]
    assert page.goals.table.rowCount() == 2


def test_an_empty_plan_shows_open_questions(window: MainWindow, asg, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from koerswijzer.plan import Schoolplan

    path = tmp_path / "leeg.schoolplan"
    with Schoolplan.create(path, asg, profile) as plan:
        plan.save_answer("v3.v-delen-ontmoeten", "Wij organiseren een ASG-dag. " * 10)  # 40 words
        plan.save_answer("v3.v-studiedagen", "Een korte aanzet.")
    assert window.open_plan(path)
    # One definition of "beantwoord" everywhere: 40 words, as the check counts (a 3-word start is not).
    assert navigator_text(window, "venster-3") == "1/6"
    assert navigator_text(window, "gezien-worden") == "0/3"
    window.navigator.select("element", "venster-3")
    page = window.pages.currentWidget()
    assert page.editors[0].words.text() == "40 woorden: beantwoord (richtlijn 75–300)"
    short = next(e for e in page.editors if e.question.id == "v3.v-studiedagen")
    assert short.words.text() == "3 woorden: telt als beantwoord vanaf 40 (richtlijn 75–300)"
    empty = next(e for e in page.editors if not e.editor.toPlainText())
    assert empty.status.currentText() == "Open"
    assert empty.words.text() == "0 woorden: telt als beantwoord vanaf 40 (richtlijn 75–300)"


def test_a_bad_file_gets_a_dutch_dialog_and_the_app_keeps_working(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "kapot.schoolplan"
    bad.write_text("geen database", encoding="utf-8")
    assert not window.open_plan(bad)
    assert shown == ["'kapot.schoolplan' is geen schoolplan van Koerswijzer. Kies een .schoolplan-bestand."]
    assert window.stack.currentWidget() is window.start
    assert bad.read_text(encoding="utf-8") == "geen database"


def test_recent_plans_are_remembered(window: MainWindow, asg, profile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from koerswijzer.plan import Schoolplan

    path = tmp_path / "recent.schoolplan"
    Schoolplan.create(path, asg, profile).close()
    window.open_plan(path)
    window.close_plan()
    assert window.start.recent.count() == 1
    item = window.start.recent.item(0)
    # The school, the period and the day it changed; the file itself in the tooltip.
    today = dutch_date(dt.date.today())
    assert item.text() == f"{profile.school_name}   —   Schoolplan {profile.period_label}   —   gewijzigd op {today}"
    assert item.toolTip() == str(path.resolve())
    chosen: list[Path] = []
    window.start.recent_chosen.connect(chosen.append)
    window.start.recent.itemClicked.emit(item)  # one click opens it
    assert chosen == [path.resolve()]
    # A file that is no plan (any more) keeps its name, and opening it will say what is wrong.
    path.write_bytes(b"kapot")
    assert describe(path).label.startswith("recent   —   gewijzigd op ")


def test_the_start_screen_has_one_primary_action(window: MainWindow) -> None:
    buttons = window.start.findChildren(QPushButton)
    assert [b.text() for b in buttons if b.isDefault()] == ["Nieuw schoolplan…"]
    assert {b.text() for b in buttons if b.isFlat()} == {
        "Schoolplan openen…", "Voorbeeldplan bekijken", "Bestuur: schoolplannen beoordelen…"}
    assert window.start.new_button.font().bold()


def test_a_malformed_koers_file_is_shown_in_the_new_plan_dialog(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from koerswijzer.ui.new_plan_dialog import NewPlanDialog
    from test_koers_errors import GOOD

    bad = tmp_path / "bestuur.yaml"
    bad.write_text(GOOD.replace("id: samen-ouders", "id: leren-lezen"), encoding="utf-8")
    good = tmp_path / "goed.yaml"
    good.write_text(GOOD, encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog = NewPlanDialog()
    qtbot.addWidget(dialog)
    pick_file = dialog.koers.count() - 1

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    dialog.koers.setCurrentIndex(pick_file)
    dialog.koers.activated.emit(pick_file)
    assert len(warnings) == 1
    assert "bestuur.yaml, regel 21: elementen[1] (pijler-samen) > doelen[0]: de id 'leren-lezen'" in warnings[0]
    # No quiet fall-back to ASG Koers 22: no koers is chosen, and Aanmaken says so.
    assert dialog.chosen_koers() is None
    dialog.school.setText("De Proeftuin")
    dialog._accept()
    assert "Kies een koers" in warnings[-1]
    assert dialog.result() == 0

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    dialog.koers.setCurrentIndex(dialog.koers.count() - 1)
    dialog.koers.activated.emit(dialog.koers.count() - 1)
    assert dialog.chosen_koers().id == "stichting-proef"


def test_the_koerswijzer_command_opens_a_plan_in_a_window(demo_template: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    path = tmp_path / "demo.schoolplan"
    shutil.copy(demo_template, path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-P", "-m", "koerswijzer", str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        with pytest.raises(subprocess.TimeoutExpired):
            proc.wait(timeout=4)  # still running: the window's event loop is up
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert "Traceback" not in err and "Fout" not in err


def test_the_navigator_lists_the_pages_around_the_koers(window: MainWindow, demo_copy: Path) -> None:
    window.open_plan(demo_copy)
    top = [window.navigator.topLevelItem(i).text(0) for i in range(window.navigator.topLevelItemCount())]
    assert top == ["Schoolprofiel", "Missie en visie", "Kernwaarden", "Vensters", "Doelen",
                   "Meerjarenplanning", "Jaarplannen", "Voortgang", "Teamsessies", "Congruentie", "Exporteren"]
    window.navigator.select("congruentie", "")
    page = window.pages.currentWidget()
    assert page.matrix.rowCount() == 8
    assert page.summary.text().startswith("Het plan raakt ")


def test_an_empty_recent_list_says_what_to_do_and_opens_nothing(window: MainWindow) -> None:
    chosen: list[Path] = []
    window.start.recent_chosen.connect(chosen.append)
    window.start.set_recent([])
    assert window.start.recent.count() == 1
    hint = window.start.recent.item(0)
    assert "Nieuw schoolplan" in hint.text()
    assert not hint.flags() & Qt.ItemFlag.ItemIsSelectable
    window.start.recent.itemActivated.emit(hint)
    assert chosen == []


def test_the_help_menu_tells_what_koerswijzer_is(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from koerswijzer import __version__

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append(title + text))
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.text().startswith("&Over")).trigger()
    assert len(shown) == 1 and __version__ in shown[0] and "geen internet" in shown[0]


def test_f8_marks_the_question_that_has_the_focus(window: MainWindow, asg, profile, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    from koerswijzer.plan import Schoolplan

    path = tmp_path / "f8.schoolplan"
    Schoolplan.create(path, asg, profile).close()
    window.open_plan(path)
    window.activateWindow()
    window.next_open_action.trigger()  # F8: the first open question
    page = window.current_element_page()
    assert isinstance(page, ElementPage)
    first, second = page.editors[0], page.editors[1]
    qtbot.waitUntil(first.editor.hasFocus)
    highlight = first.palette().color(QPalette.ColorRole.Highlight).rgb()

    def bar(editor) -> int:  # type: ignore[no-untyped-def]
        return editor.grab().toImage().pixelColor(1, editor.height() // 2).rgb()

    assert bar(first) == highlight and bar(second) != highlight
    second.editor.setFocus()
    qtbot.waitUntil(second.editor.hasFocus)
    assert bar(second) == highlight and bar(first) != highlight


def test_on_a_wide_screen_the_page_keeps_a_readable_measure(window: MainWindow, demo_copy: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    window.open_plan(demo_copy)
    window.navigator.select("element", "venster-2")
    page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: page.widget().width() > 0)
    editor = page.editors[0].editor
    characters = editor.viewport().width() / editor.fontMetrics().averageCharWidth()
    assert 100 <= characters <= 150  # not the 230 characters of a full 1920 px line
    body = page.widget()
    left = body.geometry().left()
    right = page.viewport().width() - body.geometry().right()
    assert abs(left - right) <= 2  # centred
    # The board's grid fits in the page: the reason fields are not cut off.
    row = page.stance_rows[0]
    assert row.reason.geometry().right() <= row.reason.parentWidget().contentsRect().right()
    # The reason for a stance is a field of several lines.
    assert page.stance_rows[0].reason.height() >= 3 * page.stance_rows[0].reason.fontMetrics().lineSpacing()


def test_writing_first_the_board_block_folds_once_read_and_points_stay_one_line(  # type: ignore[no-untyped-def]
        window: MainWindow, asg, profile, tmp_path: Path, qtbot) -> None:
    from koerswijzer.plan import Schoolplan

    path = tmp_path / "schrijven.schoolplan"
    Schoolplan.create(path, asg, profile).close()
    window.open_plan(path)
    window.navigator.select("element", "venster-2")
    page = window.pages.currentWidget()
    # A first visit: the board's targets are open, to be read.
    assert page.targets_toggle.isChecked() and page.targets_box.isVisibleTo(page)
    assert page.targets_toggle.text().startswith("Waar willen we staan? (10 doelen van het bestuur)")
    window.navigator.select("element", "venster-1")
    window.close_plan()
    window.open_plan(path)
    window.navigator.select("element", "venster-2")
    page = window.pages.currentWidget()
    # Read before: one line, and the first question's editor moves up to meet the director.
    assert not page.targets_toggle.isChecked() and not page.targets_box.isVisibleTo(page)
    assert page.targets_toggle.text().endswith("— tonen")
    window.recheck()
    qtbot.waitUntil(lambda: page.points_box.isVisibleTo(page), timeout=15000)
    assert page.points.text().startswith("<b>Open punten (")
    editor = page.editors[0]
    top = editor.mapTo(page.widget(), editor.rect().topLeft()).y()
    assert top < 400  # within the first screen at 768 px, not 1.5 screens down
    # Typing and a fresh check change the line's text, never its height: nothing above moves.
    qtbot.keyClicks(editor.editor, "Wij beginnen elk schooljaar met een startgesprek met iedere collega. " * 6)
    window.recheck()
    qtbot.wait(300)
    assert editor.mapTo(page.widget(), editor.rect().topLeft()).y() == top
    page.points_toggle.click()
    assert page.points_list.isVisibleTo(page) and "<li>" in page.points_list.text()
