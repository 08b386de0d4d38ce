"""A team session end to end in the real window: prepare, project, capture cards from two
groups, vote, the timer, the next question, close, reopen, and a card into the answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.main_window import MainWindow
from koerswijzer.ui.workshop_dialog import SessionDialog
from koerswijzer.ui.workshop_page import WorkshopPage
from koerswijzer.workshop.sessions import Workshops
from ui_helpers import when_modal

QUESTIONS = ["v3.v-delen-ontmoeten", "gw.v-gastvrijheid"]


def prepare(dialog: QWidget) -> None:
    """What a director does in the dialog: name, groups, time, two questions from two elements."""
    assert isinstance(dialog, SessionDialog)
    dialog.name.setText("Studiedag koers")
    dialog.groups.setText("Onderbouw, Bovenbouw")
    dialog.minutes.setValue(5)
    dialog.dots.setValue(2)
    for qid in QUESTIONS:
        for top in range(dialog.tree.topLevelItemCount()):
            parent = dialog.tree.topLevelItem(top)
            for child in range(parent.childCount()):
                if parent.child(child).data(0, Qt.ItemDataRole.UserRole) == qid:
                    dialog.tree.setCurrentItem(parent.child(child))
                    next(b for b in dialog.findChildren(QPushButton) if b.text() == "Toevoegen →").click()
    assert dialog.question_ids() == QUESTIONS
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def add_card(qtbot: QtBot, page: WorkshopPage, group: str, text: str) -> None:
    page.group.setCurrentIndex(page.group.findText(group))
    page.entry.setFocus()
    qtbot.keyClicks(page.entry, text)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)


def test_a_team_session_from_preparation_to_the_answer(window: MainWindow, qtbot: QtBot, demo_copy: Path) -> None:
    assert window.open_plan(demo_copy)
    window.navigator.select("teamsessies", "")
    page = window.pages.currentWidget()
    assert isinstance(page, WorkshopPage) and page.empty.isVisibleTo(page)

    # 1. Create the session.
    when_modal(prepare)
    page.new_session()
    assert page.info is not None and page.info.name == "Studiedag koers"
    assert [g.name for g in page.info.groups] == ["Onderbouw", "Bovenbouw"]

    # 2. Project the first question (one screen here: the projection covers the window).
    page.project_button.click()
    projection = page.projection
    assert projection is not None and projection.isVisible()
    view = projection.view
    first = window.plan.koers.find(QUESTIONS[0])
    assert view.question.text() == first.tekst
    assert view.question_point_size() >= 28
    assert "Waar willen we staan?" in view.context.text()
    assert view.position.text() == "Vraag 1 van 2"

    # 3. Cards from two groups, typed and entered.
    add_card(qtbot, page, "Onderbouw", "Elke maand een lesbezoek bij elkaar")
    add_card(qtbot, page, "Bovenbouw", "Data samen bespreken in de bouw")
    add_card(qtbot, page, "Bovenbouw", "Leerlingen vragen wat werkt")
    assert page.cards.count() == 3 and page.entry.text() == ""
    assert [label.text().split("<br>")[0] for label in view.card_labels] == [
        "Elke maand een lesbezoek bij elkaar", "Data samen bespreken in de bouw", "Leerlingen vragen wat werkt"]
    assert "Onderbouw" in view.card_labels[0].text()

    # Edit, merge and delete, each undone with Ctrl+Z.
    page.cards.setCurrentRow(2)
    page.delete_cards()
    assert page.cards.count() == 2
    page.undo_stack.undo()
    assert page.cards.count() == 3
    page.cards.clearSelection()
    page.cards.item(1).setSelected(True)
    page.cards.item(2).setSelected(True)
    page.merge_cards()
    assert page.cards.count() == 2 and "Data samen bespreken in de bouw\nLeerlingen vragen wat werkt" in \
        page.cards.item(1).text()
    page.undo_stack.undo()
    assert page.cards.count() == 3

    # 4. Dot voting: Onderbouw puts both its dots on the second card, Bovenbouw one; sort by votes.
    # Each group has its own button under the cards: the input box's group stays as it is.
    page.cards.clearSelection()
    page.cards.setCurrentRow(1)
    page.group.setCurrentIndex(page.group.findText("Bovenbouw"))
    onderbouw = next(g.id for g in page.info.groups if g.name == "Onderbouw")
    bovenbouw = next(g.id for g in page.info.groups if g.name == "Bovenbouw")
    assert page.group_votes.buttons[onderbouw].text() == "Onderbouw ● 0"
    page.group_votes.buttons[onderbouw].click()
    page.cards.setCurrentRow(1)
    page.group_votes.buttons[onderbouw].click()
    assert page.group_votes.buttons[onderbouw].text() == "Onderbouw ● 2"
    assert page.group.currentText() == "Bovenbouw"  # never switched
    page.group.setCurrentIndex(page.group.findText("Onderbouw"))
    assert page.dots_label.text() == "Onderbouw: nog 0 van 2 stippen"
    page.cards.setCurrentRow(2)
    page.group_votes.buttons[bovenbouw].click()
    page.sort_votes.setChecked(True)
    assert page.cards.item(0).text().startswith("[Bovenbouw] Data samen bespreken") and "● 2" in page.cards.item(0).text()
    assert "● 2" in view.card_labels[0].text() and "● 1" in view.card_labels[1].text()

    # 5. The timer counts down on the projector and signals at zero.
    assert view.timer.text().startswith("5:00")
    page.clock.remaining = 2
    page.clock.toggle()
    assert page.clock.start_button.text() == "Pauze"
    qtbot.waitUntil(lambda: view.timer.text() == "Tijd is om", timeout=5000)
    assert page.clock.label.text() == "Tijd is om"

    # 6. The next question: a fresh timer, no cards yet.
    page.next_button.click()
    assert view.question.text() == window.plan.koers.find(QUESTIONS[1]).tekst
    assert view.position.text() == "Vraag 2 van 2" and view.card_labels == []
    assert view.timer.text().startswith("5:00")
    add_card(qtbot, page, "Onderbouw", "Koffie voor ouders bij de ingang")
    qtbot.keyClick(projection, Qt.Key.Key_F5)  # back to the controls on one screen
    assert page.projection is None and not page.project_button.isChecked()

    # 7. Close the plan; 8. reopen it: everything is in the plan file.
    assert window.close_plan()
    assert window.open_plan(demo_copy)
    [info] = Workshops(window.plan).sessions()
    cards = Workshops(window.plan).contributions(info.id, QUESTIONS[0])
    assert sorted(c.votes for c in cards) == [0, 1, 2]

    # 9. On the element page the cards wait beside the answer; one is quoted into it.
    element_id = window.plan.koers.find(QUESTIONS[0]).element_id
    window.navigator.select("element", element_id)
    element_page = window.pages.currentWidget()
    assert isinstance(element_page, ElementPage)
    editor = element_page.editor_for(QUESTIONS[0])
    panel = editor.team_input
    assert panel is not None and panel.isVisibleTo(element_page)
    assert "Inbreng van het team (3, waarvan 3 nog niet verwerkt)" == panel.toggle.text()
    assert panel.cards[0].text == "Data samen bespreken in de bouw"  # most dots first
    before = editor.editor.toPlainText()
    quote = next(b for b in panel.findChildren(QPushButton) if b.text() == "Citeren")
    quote.click()
    assert editor.editor.toPlainText().startswith(before.strip()[:40])
    assert window.autosaver.flush()
    saved = window.plan.answer(QUESTIONS[0]).text
    assert "> Data samen bespreken in de bouw" in saved and "*Bovenbouw*" in saved
    assert Workshops(window.plan).contribution(panel.cards[0].id).processed
    assert panel.toggle.text() == "Inbreng van het team (3, waarvan 2 nog niet verwerkt)"  # the heading follows
    panel.checks[panel.cards[0].id].setChecked(False)
    assert panel.toggle.text() == "Inbreng van het team (3, waarvan 3 nog niet verwerkt)"
    assert not Workshops(window.plan).contribution(panel.cards[0].id).processed
    panel.checks[panel.cards[0].id].setChecked(True)
    # The insertion is one undo step in the editor.
    editor.editor.undo()
    assert "Data samen bespreken" not in editor.editor.toPlainText()


def test_with_a_second_screen_the_projector_shows_the_question_and_the_laptop_keeps_the_controls(
        demo_copy: Path, tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "schermen.json"
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    ]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-P", str(root / "tests" / "two_screens_app.py"), str(demo_copy)], env=env,
                         cwd=root, capture_output=True, text=True, timeout=60, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["screens"] == ["laptop", "projector"]
    assert seen["projection_screen"] == "projector" and seen["projection_size"] == [1920, 1080]
    assert seen["question_pt"] >= 28
    assert seen["controls_visible"] and seen["controls_screen"] == "laptop"
    assert seen["cards"] == 1


def test_werkbladen_from_the_window_come_back_as_cards_of_their_group(
        window: MainWindow, qtbot: QtBot, demo_copy: Path, tmp_path: Path) -> None:
    import docx
    from PySide6.QtWidgets import QApplication

    from test_werkblad import box

    assert window.open_plan(demo_copy)
    Workshops(window.plan).create_session("Werkbladen", None, ["Onderbouw", "OOP"], QUESTIONS)
    window.navigator.select("teamsessies", "")
    page = window.pages.currentWidget()
    assert isinstance(page, WorkshopPage)
    folder = tmp_path / "werkbladen"
    folder.mkdir()
    made: list = []
    job = page.export_werkbladen(str(folder))
    job.finished.connect(made.append)
    when_modal(lambda dialog: dialog.accept())  # the message that says where they are
    qtbot.waitUntil(lambda: bool(made) and not page.jobs.is_busy(), timeout=20000)
    [written] = made
    assert [p.name for p in written] == ["Werkblad Werkbladen - Onderbouw.docx", "Werkblad Werkbladen - OOP.docx"]
    assert "2 werkbladen gemaakt" in page.last_message
    filled = docx.Document(str(written[1]))
    box(filled, QUESTIONS[0]).cell(0, 0).paragraphs[0].add_run("Onderwijsassistenten kijken ook mee.")
    filled.save(str(written[1]))
    stray = tmp_path / "notulen.docx"
    docx.Document().save(str(stray))

    shown: list[str] = []
    texts: list[str] = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        shown.append(dialog.windowTitle())
        texts.append(getattr(dialog, "text", lambda: "")())  # a failure comes as a message box
        dialog.reject()

    when_modal(answer)
    page.import_werkbladen([str(written[1]), str(stray)])
    qtbot.waitUntil(lambda: shown == ["Werkbladen inlezen"], timeout=20000)
    assert "1 antwoord van OOP toegevoegd" in page.last_message, texts
    assert "\n'notulen.docx' is geen werkblad van Koerswijzer" in page.last_message
    assert [page.cards.item(i).text() for i in range(page.cards.count())] == [
        "[OOP] Onderwijsassistenten kijken ook mee.  (werkblad)"]
    QApplication.processEvents()


def test_a_session_is_deleted_only_after_the_facilitator_confirms(
        window: MainWindow, demo_copy: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    assert window.open_plan(demo_copy)
    workshops = Workshops(window.plan)
    info = workshops.create_session("Oefensessie", None, ["Onderbouw"], QUESTIONS)
    workshops.add(info.id, QUESTIONS[0], info.groups[0].id, "Een kaartje")
    window.navigator.select("teamsessies", "")
    page = window.pages.currentWidget()
    seen: list[str] = []
    when_modal(lambda box: (seen.append(box.text()), box.button(QMessageBox.StandardButton.No).click()))
    page.delete_session()
    assert "‘Oefensessie’ met 1 kaartje en de stemmen" in seen[0]
    assert [s.name for s in workshops.sessions()] == ["Oefensessie"]
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.delete_session()
    assert workshops.sessions() == [] and workshops.contributions() == []
    assert page.empty.isVisibleTo(page) and not page.body.isVisibleTo(page)


def test_a_card_added_in_a_session_appears_on_an_element_page_built_before(
        window: MainWindow, qtbot: QtBot, demo_copy: Path) -> None:
    assert window.open_plan(demo_copy)
    element_id = window.plan.koers.find(QUESTIONS[0]).element_id
    window.navigator.select("element", element_id)
    editor = window.current_element_page().editor_for(QUESTIONS[0])
    assert editor.team_input is None  # no cards yet, no panel
    Workshops(window.plan).create_session("Later", None, ["Onderbouw"], QUESTIONS)
    window.navigator.select("teamsessies", "")
    page = window.pages.currentWidget()
    add_card(qtbot, page, "Onderbouw", "Samen lesvoorbereiden")
    window.navigator.select("element", element_id)
    assert editor.team_input is not None and editor.team_input.isVisibleTo(window.current_element_page())
    assert [c.text for c in editor.team_input.cards] == ["Samen lesvoorbereiden"]


def test_without_a_session_the_message_sits_under_the_buttons(window: MainWindow, asg, profile,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    from koerswijzer.plan import Schoolplan

    path = tmp_path / "leeg.schoolplan"
    Schoolplan.create(path, asg, profile).close()
    window.open_plan(path)
    window.navigator.select("teamsessies", "")
    page = window.pages.currentWidget()
    assert isinstance(page, WorkshopPage) and page.empty.isVisible()
    buttons = page.new_button.mapTo(page, page.new_button.rect().bottomLeft()).y()
    message = page.empty.mapTo(page, page.empty.rect().topLeft()).y()
    # The title, the buttons and the message stay together at the top, not spread down the page.
    assert 0 < message - buttons < 80 and message < page.height() / 3
