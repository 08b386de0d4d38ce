"""Beside a question's answer editor: what the team contributed in sessions and werkbladen,
with its dots. One click inserts a card into the answer, or quotes it with its group, and
marks it processed; both are undone with Ctrl+Z in the editor."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.ui.element_page import TintedFrame
from koerswijzer.workshop.sessions import ContributionInfo, Workshops, quoted


class TeamInputPanel(TintedFrame):
    processed_changed = Signal()

    def __init__(self, workshops: Workshops, editor, read_only: bool = False,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(bar=False, parent=parent)
        self.workshops = workshops
        self.editor = editor  # the question's AnswerEdit
        self.read_only = read_only
        self.setObjectName("teaminbreng")
        self.setAccessibleName("Inbreng van het team bij deze vraag")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.toggled.connect(self._fold)
        layout.addWidget(self.toggle)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        layout.addWidget(self.rows)
        self.cards: list[ContributionInfo] = []
        self.checks: dict[int, QCheckBox] = {}

    def _fold(self, open_: bool) -> None:
        self.rows.setVisible(open_)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def show_cards(self, cards: list[ContributionInfo]) -> None:
        cards = sorted(cards, key=lambda c: (c.processed, -c.votes))
        if [(c.id, c.text, c.votes, c.processed) for c in cards] == \
                [(c.id, c.text, c.votes, c.processed) for c in self.cards]:
            return
        self.cards = cards
        self._update_heading()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.checks = {}
        for row, card in enumerate(cards):
            votes = f" · {'●' * min(card.votes, 10)} {card.votes}" if card.votes else ""
            group = f"<b>{escape(card.group_name)}</b>: " if card.group_name else ""
            text = QLabel(f"{group}{escape(card.text).replace(chr(10), '<br>')}"
                          f"<span style='color: palette(mid)'>{votes}</span>")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            insert = QPushButton("Invoegen")
            insert.setToolTip("Zet de tekst van dit kaartje onder het antwoord")
            insert.clicked.connect(lambda _=False, c=card: self.insert(c, quote=False))
            quote = QPushButton("Citeren")
            quote.setToolTip("Zet dit kaartje als citaat met de groep onder het antwoord")
            quote.clicked.connect(lambda _=False, c=card: self.insert(c, quote=True))
            done = QCheckBox("Verwerkt")
            done.setChecked(card.processed)
            done.toggled.connect(lambda on, c=card: self._mark(c.id, on))
            for widget in (insert, quote, done):
                widget.setEnabled(not self.read_only)
            self.checks[card.id] = done
            for column, widget in enumerate((text, insert, quote, done)):
                self.grid.addWidget(widget, row, column)
        self.setVisible(bool(cards))

    def insert(self, card: ContributionInfo, quote: bool) -> None:
        """One action: the card goes to the end of the answer (an undo step of the editor)."""
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()
        # A leading blank line starts a new paragraph; insertBlock() first would drop the quote
        # marker of the first line.
        separator = "\n\n" if self.editor.toPlainText().strip() else ""
        cursor.insertMarkdown(separator + (quoted(card) if quote else card.text))
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self._mark(card.id, True)
        check = self.checks.get(card.id)
        if check is not None:
            check.blockSignals(True)
            check.setChecked(True)
            check.blockSignals(False)

    def _update_heading(self) -> None:
        waiting = sum(1 for c in self.cards if not c.processed)
        self.toggle.setText(f"Inbreng van het team ({len(self.cards)}, waarvan {waiting} nog niet verwerkt)")

    def _mark(self, card_id: int, on: bool) -> None:
        self.workshops.set_processed(card_id, on)
        self.cards = [replace(c, processed=on) if c.id == card_id else c for c in self.cards]
        self._update_heading()
        self.processed_changed.emit()
