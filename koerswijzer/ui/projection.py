"""What the projector shows in a team session: one centrale vraag in large type, the board's
targets for its element as context, the timer, and the team's contributions as cards."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.koers.model import Koers
from koerswijzer.workshop.sessions import ContributionInfo

CARD_COLOURS = ["#fff4c2", "#d7f0ff", "#e3f7d5", "#fde2e4", "#ece4ff", "#ffe8cc"]
STYLE = """
QWidget#projectie { background: #1f2a44; }
QLabel { color: #ffffff; }
QLabel#kaart { color: #1a202c; border-radius: 8px; padding: 12px; }
QLabel#tijd_om { color: #ffd58a; }
"""


class ProjectionView(QWidget):
    """The projected view; it scales its type with its height (the question is at least 28 pt)."""

    def __init__(self, koers: Koers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.koers = koers
        self.setObjectName("projectie")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setAccessibleName("Projectie van de vraag")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        top = QGridLayout()
        self.element = QLabel()
        self.position = QLabel()
        self.timer = QLabel()
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer.setAccessibleName("Resterende tijd")
        top.addWidget(self.element, 0, 0)
        top.addWidget(self.timer, 0, 1, 2, 1)
        top.addWidget(self.position, 1, 0)
        top.setColumnStretch(0, 1)
        layout.addLayout(top)
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setAccessibleName("Centrale vraag")
        layout.addWidget(self.question)
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.context)
        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_area.setStyleSheet("background: transparent;")
        holder = QWidget()
        holder.setStyleSheet("background: transparent;")
        self.cards = QGridLayout(holder)
        self.cards.setSpacing(16)
        self.cards.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.cards_area.setWidget(holder)
        layout.addWidget(self.cards_area, 1)
        self.card_labels: list[QLabel] = []
        self._labels: dict[int, QLabel] = {}
        self._places: dict[int, tuple[int, int]] = {}
        self._shown: tuple[list[ContributionInfo], list[str]] = ([], [])
        self._laid_out_columns = 0
        self._group_colours: dict[str, str] = {}
        self._scale()

    # -- content --------------------------------------------------------------------------------

    def show_question(self, question_id: str, number: int, total: int, session_name: str) -> None:
        question = self.koers.find(question_id)
        element = self.koers.element(question.element_id)  # type: ignore[union-attr]
        self.element.setText(f"{session_name} · {element.label}")
        self.position.setText(f"Vraag {number} van {total}")
        self.question.setText(question.tekst)  # type: ignore[union-attr]
        targets = element.targets or self.koers.top_element(element.id).targets
        if targets:
            items = "".join(f"<li>{escape(t.tekst)}</li>" for t in targets[:6])
            more = f"<li>… en nog {len(targets) - 6}</li>" if len(targets) > 6 else ""
            heading = escape(self.koers.kopje("doelen"))  # type: ignore[union-attr]
            self.context.setText(f"<b>{heading}</b><ul style='margin-left:-20px'>{items}{more}</ul>")
        else:
            self.context.setText("")

    def show_cards(self, cards: list[ContributionInfo], groups: list[str]) -> None:
        """Show the cards in this order. Only what changed is touched, so a new card appears at
        once even when many are on the wall."""
        self._group_colours = {g: CARD_COLOURS[i % len(CARD_COLOURS)] for i, g in enumerate(groups)}
        self._shown = (cards, groups)
        wanted = {card.id for card in cards}
        for card_id in [i for i in self._labels if i not in wanted]:
            label = self._labels.pop(card_id)
            self.cards.removeWidget(label)
            label.deleteLater()
        columns = self._laid_out_columns = self._columns()
        self.card_labels = []
        for index, card in enumerate(cards):
            label = self._labels.get(card.id)
            text = self._card_html(card)
            if label is None:
                label = QLabel()
                label.setObjectName("kaart")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setFont(self._card_font)
                self._labels[card.id] = label
            if label.text() != text:
                label.setText(text)
            colour = f"background: {self._group_colours.get(card.group_name, CARD_COLOURS[0])};"
            if label.styleSheet() != colour:
                label.setStyleSheet(colour)
            place = (index // columns, index % columns)
            if self._places.get(card.id) != place:
                self.cards.removeWidget(label)
                self.cards.addWidget(label, *place)
                self._places[card.id] = place
            self.card_labels.append(label)
        for card_id in list(self._places):
            if card_id not in wanted:
                del self._places[card_id]

    @staticmethod
    def _card_html(card: ContributionInfo) -> str:
        dots = f"<br><span style='font-size:small'>{'●' * min(card.votes, 12)} {card.votes}</span>" \
            if card.votes else ""
        group = f"<br><i style='font-size:small'>{escape(card.group_name)}</i>" if card.group_name else ""
        return f"{escape(card.text).replace(chr(10), '<br>')}{group}{dots}"

    def show_clock(self, text: str, over: bool) -> None:
        """The facilitator's clock as the room sees it; amber once the time is up."""
        self.timer.setObjectName("tijd_om" if over else "")
        self.timer.setText(text)
        self.timer.setStyleSheet(self.timer.styleSheet())  # re-polish for the object name

    # -- type that scales with the screen -------------------------------------------------------

    def question_point_size(self) -> float:
        return self.question.font().pointSizeF()

    def _scale(self) -> None:
        height = max(self.height(), 400)
        # 1080 px high -> 40 pt; never below 28 pt, as the issue asks for 3 metres.
        question = max(28.0, height / 27)
        font = self.font()
        font.setPointSizeF(question)
        font.setBold(True)
        self.question.setFont(font)
        small = self.font()
        small.setPointSizeF(max(14.0, question * 0.45))
        self.element.setFont(small)
        self.position.setFont(small)
        self.context.setFont(small)
        timer = self.font()
        timer.setPointSizeF(max(24.0, question * 0.9))
        timer.setBold(True)
        self.timer.setFont(timer)
        card = self.font()
        card.setPointSizeF(max(16.0, question * 0.55))
        self._card_font = card
        for label in self.card_labels:
            label.setFont(card)

    def _columns(self) -> int:
        return 3 if self.width() >= 1100 else 2

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._scale()
        if self._shown[0] and self._columns() != self._laid_out_columns:
            self.show_cards(*self._shown)


class ProjectionWindow(QWidget):
    """The projector's window: full screen on the second screen when there is one; on a single
    screen it covers the facilitator's window until F5 or Esc switches back."""

    toggled_off = Signal()

    def __init__(self, koers: Koers) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle("Koerswijzer — projectie")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = ProjectionView(koers)
        layout.addWidget(self.view)

    @staticmethod
    def second_screen():  # type: ignore[no-untyped-def]
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        return next((s for s in screens if s is not primary), None)

    def present(self) -> bool:
        """Show on the projector; True when that is a second screen (the laptop keeps the controls)."""
        screen = self.second_screen()
        target = screen or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setScreen(screen)
        if target is not None:
            # Without a window manager (or before it reacts) full screen alone may keep the size.
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        return screen is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.hide()
            self.toggled_off.emit()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.toggled_off.emit()
        super().closeEvent(event)
