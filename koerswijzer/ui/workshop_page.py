"""Teamsessies: the facilitator's controls for a studiedag on the centrale vragen. Capture a
contribution with Enter, edit, merge and delete cards (with undo), dot voting, a timer per
question, and the projection on a second screen or, on one screen, by a toggle (F5)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.ui.element_page import heading
from koerswijzer.ui.group_votes import GroupVotes
from koerswijzer.ui.jobs import JobRunner
from koerswijzer.ui.projection import ProjectionWindow
from koerswijzer.ui.question_clock import QuestionClock
from koerswijzer.ui.workshop_commands import AddCard, DeleteCards, EditCard, MergeCards, VoteCard
from koerswijzer.ui.workshop_sessions import SessionActions
from koerswijzer.ui.workshop_werkbladen import WerkbladenActions
from koerswijzer.workshop.sessions import ContributionInfo, SessionInfo, Workshops

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan

CARD_ROLE = Qt.ItemDataRole.UserRole


class WorkshopPage(SessionActions, WerkbladenActions, QWidget):
    contributions_changed = Signal()

    def __init__(self, plan: Schoolplan, jobs: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.jobs = jobs if jobs is not None else JobRunner(self)
        self.workshops = Workshops(plan)
        self.info: SessionInfo | None = None
        self.last_message = ""
        self.index = 0
        self.undo_stack = QUndoStack(self)
        self.projection: ProjectionWindow | None = None
        self.clock = QuestionClock()
        self.clock.changed.connect(self._show_time)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading("Teamsessies", 1.6))
        intro = QLabel("Zet een vraag op het scherm, verzamel wat het team zegt als kaartjes, laat groepen "
                       "stippen verdelen en verwerk de uitkomst later in het antwoord.")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        bar = QHBoxLayout()
        self.sessions = QComboBox()
        self.sessions.setAccessibleName("Sessie")
        self.sessions.setMinimumWidth(200)
        self.sessions.currentIndexChanged.connect(self._session_chosen)
        bar.addWidget(QLabel("Sessie:"))
        bar.addWidget(self.sessions, 1)
        self.new_button = QPushButton("Nieuwe sessie…")
        self.new_button.clicked.connect(self.new_session)
        self.edit_button = QPushButton("Sessie bewerken…")
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_session_button = QPushButton("Sessie verwijderen…")
        self.delete_session_button.setToolTip("Deze sessie met al haar kaartjes en stemmen verwijderen")
        self.delete_session_button.clicked.connect(self.delete_session)
        self.project_button = QPushButton("Projecteren (F5)")
        self.project_button.setCheckable(True)
        self.project_button.toggled.connect(self.set_projecting)
        self.sheets_button = QPushButton("Werkbladen maken…")
        self.sheets_button.setToolTip("Een Word-werkblad per groep met de vragen van deze sessie")
        self.sheets_button.clicked.connect(self.export_werkbladen)
        self.import_button = QPushButton("Werkbladen inlezen…")
        self.import_button.setToolTip("Ingevulde werkbladen (.docx) inlezen als kaartjes van de groepen")
        self.import_button.clicked.connect(self.import_werkbladen)
        for widget in (self.new_button, self.edit_button, self.delete_session_button):
            bar.addWidget(widget)
        layout.addLayout(bar)
        # A second row, so the page never needs more width than the window leaves it.
        tools = QHBoxLayout()
        for widget in (self.sheets_button, self.import_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.project_button)
        layout.addLayout(tools)

        self.body = QWidget()
        body = QGridLayout(self.body)
        body.setContentsMargins(0, 8, 0, 0)
        # Left: the question and the cards.
        nav = QHBoxLayout()
        self.previous_button = QPushButton("◀ Vorige vraag")
        self.previous_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button = QPushButton("Volgende vraag ▶")
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.position = QLabel()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        left = QVBoxLayout()
        left.addLayout(nav)
        self.element_label = QLabel()
        left.addWidget(self.element_label)
        self.question = heading("", 1.3)
        left.addWidget(self.question)
        self.cards = QListWidget()
        self.cards.setAccessibleName("Bijdragen bij deze vraag")
        self.cards.setWordWrap(True)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cards.setAlternatingRowColors(True)
        self.cards.itemDoubleClicked.connect(lambda _item: self.edit_card())
        self.cards.currentItemChanged.connect(lambda *_: self._update_group_votes())
        left.addWidget(self.cards, 1)
        self.group_votes = GroupVotes(self.vote_for, self.unvote_for)
        left.addWidget(self.group_votes)
        capture = QHBoxLayout()
        self.group = QComboBox()
        self.group.setAccessibleName("Groep van de bijdrage")
        self.group.currentIndexChanged.connect(lambda _i: self._update_dots())
        self.entry = QLineEdit()
        self.entry.setPlaceholderText("Typ wat de groep inbrengt en druk op Enter")
        self.entry.setAccessibleName("Nieuwe bijdrage")
        self.entry.returnPressed.connect(self.add_card)
        capture.addWidget(self.group)
        capture.addWidget(self.entry, 1)
        left.addLayout(capture)
        body.addLayout(left, 0, 0)

        # Right: card actions, votes, timer.
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>Kaartjes</b>"))
        self.vote_button = QPushButton("Stip geven (+)")
        self.vote_button.setToolTip("Een stip van de gekozen groep op het geselecteerde kaartje")
        self.vote_button.clicked.connect(self.vote)
        self.unvote_button = QPushButton("Stip terugnemen (−)")
        self.unvote_button.clicked.connect(self.unvote)
        self.dots_label = QLabel()
        self.edit_card_button = QPushButton("Bewerken…")
        self.edit_card_button.clicked.connect(self.edit_card)
        self.merge_button = QPushButton("Samenvoegen")
        self.merge_button.setToolTip("Voeg de geselecteerde kaartjes samen tot één")
        self.merge_button.clicked.connect(self.merge_cards)
        self.delete_button = QPushButton("Verwijderen")
        self.delete_button.clicked.connect(self.delete_cards)
        self.sort_votes = QCheckBox("Sorteren op stemmen")
        self.sort_votes.toggled.connect(lambda _on: self.refresh_cards())
        self.undo_button = QPushButton("Ongedaan maken")
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        for widget in (self.vote_button, self.unvote_button, self.dots_label, self.edit_card_button,
                       self.merge_button, self.delete_button, self.sort_votes, self.undo_button):
            right.addWidget(widget)
        right.addSpacing(16)
        right.addWidget(self.clock)
        right.addStretch(1)
        body.addLayout(right, 0, 1)
        body.setColumnStretch(0, 1)
        layout.addWidget(self.body, 1)
        self.empty = QLabel("Er is nog geen sessie. Kies ‘Nieuwe sessie…’ om vragen, groepen en tijd te kiezen.")
        self.empty.setWordWrap(True)
        # Without a session the message takes the room the session's body would have, so it sits
        # right under the buttons instead of halfway down the page.
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty, 1)

        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                           (QKeySequence(Qt.Key.Key_F5), self.project_button.toggle),
                           (QKeySequence(Qt.Key.Key_Delete), self.delete_cards)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if plan.read_only:
            for widget in (self.new_button, self.edit_button, self.entry, self.vote_button, self.unvote_button,
                           self.edit_card_button, self.merge_button, self.delete_button):
                widget.setEnabled(False)
        self.reload_sessions()

    # -- questions --------------------------------------------------------------------------------

    def current_question(self) -> str | None:
        if self.info is None or not self.info.question_ids:
            return None
        return self.info.question_ids[self.index]

    def go(self, index: int) -> None:
        if self.info is None:
            return
        total = len(self.info.question_ids)
        self.index = max(0, min(index, total - 1))
        qid = self.info.question_ids[self.index]
        question = self.plan.koers.find(qid)
        element = self.plan.koers.element(question.element_id)  # type: ignore[union-attr]
        self.position.setText(f"Vraag {self.index + 1} van {total}")
        self.element_label.setText(element.label)
        self.question.setText(question.tekst)  # type: ignore[union-attr]
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < total - 1)
        if self.projection is not None:
            self.projection.view.show_question(qid, self.index + 1, total, self.info.name)
        self.clock.set_seconds(self.info.timer_seconds)
        self.refresh_cards()
        self.entry.setFocus()

    # -- cards ------------------------------------------------------------------------------------

    def visible_cards(self) -> list[ContributionInfo]:
        qid = self.current_question()
        if self.info is None or qid is None:
            return []
        cards = self.workshops.contributions(self.info.id, qid)
        if self.sort_votes.isChecked():
            cards.sort(key=lambda c: -c.votes)  # stable: equal votes keep their order
        return cards

    def refresh_cards(self) -> None:
        selected = {item.data(CARD_ROLE) for item in self.cards.selectedItems()}
        current = self._current_id()
        cards = self.visible_cards()
        if self.info is not None and self.projection is not None:  # first: what the room looks at
            self.projection.view.show_cards(cards, [g.name for g in self.info.groups])
        self.cards.blockSignals(True)
        self.cards.clear()
        for card in cards:
            votes = f"   ● {card.votes}" if card.votes else ""
            group = f"[{card.group_name}] " if card.group_name else ""
            source = "  (werkblad)" if card.source == "werkblad" else ""
            item = QListWidgetItem(f"{group}{card.text}{votes}{source}")
            item.setData(CARD_ROLE, card.id)
            self.cards.addItem(item)
            if card.id == current:
                self.cards.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
            item.setSelected(card.id in selected)
        self.cards.blockSignals(False)
        self._update_dots()
        self._update_group_votes()
        self.contributions_changed.emit()

    def _selected_ids(self) -> list[int]:
        return [item.data(CARD_ROLE) for item in self.cards.selectedItems()]

    def _current_id(self) -> int | None:
        item = self.cards.currentItem()
        return item.data(CARD_ROLE) if item is not None else None

    def _run(self, command: QUndoCommand) -> None:
        try:
            self.undo_stack.push(command)
        except KoerswijzerError as exc:
            QMessageBox.warning(self, "Teamsessie", str(exc))
            self.refresh_cards()

    def add_card(self) -> None:
        text = self.entry.text().strip()
        qid = self.current_question()
        if not text or self.info is None or qid is None:
            return
        try:
            card = self.workshops.add(self.info.id, qid, self.group.currentData(), text)
        except KoerswijzerError as exc:
            QMessageBox.warning(self, "Bijdrage toevoegen", str(exc))
            return
        self.entry.clear()
        self.undo_stack.push(AddCard(self, card))

    def edit_card(self) -> None:
        card_id = self._current_id()
        if card_id is None:
            return
        card = self.workshops.contribution(card_id)
        text, ok = QInputDialog.getMultiLineText(self, "Bijdrage bewerken", "Tekst van het kaartje:", card.text)
        if ok and text.strip() and text.strip() != card.text:
            self._run(EditCard(self, card.id, text))

    def merge_cards(self) -> None:
        ids = self._selected_ids()
        if len(ids) < 2:
            QMessageBox.information(self, "Samenvoegen", "Selecteer met Ctrl of Shift twee of meer kaartjes.")
            return
        order = [c.id for c in self.visible_cards()]
        ids.sort(key=order.index)
        self._run(MergeCards(self, ids[0], ids[1:]))

    def delete_cards(self) -> None:
        ids = self._selected_ids()
        if ids:
            self._run(DeleteCards(self, ids))

    def vote(self) -> None:
        """A dot of the input box's group on the selected card."""
        self.vote_for(self.group.currentData())

    def vote_for(self, group_id: int | None) -> None:
        """A dot of ``group_id`` on the selected card (the per-group buttons under the cards)."""
        card_id = self._current_id()
        if card_id is None or group_id is None or self.info is None:
            return
        if self.workshops.dots_left(self.info.id, group_id) <= 0:
            group = self.info.group(group_id)
            QMessageBox.information(self, "Stemmen",
                                    f"{group.name if group else 'Deze groep'} heeft alle {self.info.dots_per_group} "
                                    "stippen al gebruikt. Neem eerst een stip terug.")
            return
        self._run(VoteCard(self, card_id, group_id))

    def unvote(self) -> None:
        self.unvote_for(self.group.currentData())

    def unvote_for(self, group_id: int | None) -> None:
        card_id = self._current_id()
        if card_id is not None and group_id is not None and self.workshops.unvote(card_id, group_id):
            self.refresh_cards()

    def _update_group_votes(self) -> None:
        if self.info is None:
            return
        card_id = self._current_id()
        card = next((c for c in self.visible_cards() if c.id == card_id), None) if card_id is not None else None
        left = {g.id: self.workshops.dots_left(self.info.id, g.id) for g in self.info.groups}
        self.group_votes.show_card(card, self.info.groups, left)

    def _update_dots(self) -> None:
        group_id = self.group.currentData()
        if self.info is None or group_id is None:
            self.dots_label.setText("")
            return
        left = self.workshops.dots_left(self.info.id, group_id)
        self.dots_label.setText(f"{self.group.currentText()}: nog {left} van {self.info.dots_per_group} stippen")

    def _show_time(self, text: str, over: bool) -> None:
        if self.projection is not None:
            self.projection.view.show_clock(text, over)

    # -- projection -------------------------------------------------------------------------------

    def set_projecting(self, on: bool) -> None:
        if on and self.info is not None:
            if self.projection is None:
                self.projection = ProjectionWindow(self.plan.koers)
                self.projection.toggled_off.connect(lambda: self.project_button.setChecked(False))
            qid = self.current_question()
            if qid is not None:
                self.projection.view.show_question(qid, self.index + 1, len(self.info.question_ids), self.info.name)
            self.projection.present()
            self.refresh_cards()
            self.clock.show_time()
        elif self.projection is not None:
            window, self.projection = self.projection, None
            window.blockSignals(True)
            window.close()
            window.deleteLater()
            self.window().activateWindow()

    def close_projection(self) -> None:
        self.project_button.setChecked(False)
