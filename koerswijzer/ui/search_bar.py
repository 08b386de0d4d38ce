"""Ctrl+F: search the answers as you type; the results list jumps to the question, F3 and
Shift+F3 walk the matches."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from koerswijzer.plan.search import SearchHit, search_answers

TYPING_PAUSE_MS = 200  # results follow the typing, after this short pause
MIN_QUERY = 2  # a single letter finds everything: wait for two


def _rich(hit: SearchHit, where: str) -> str:
    begin, end = hit.highlight
    snippet = (escape(hit.snippet[:begin]) + f"<b><u>{escape(hit.snippet[begin:end])}</u></b>"
               + escape(hit.snippet[end:]))
    more = f" · {hit.matches}×" if hit.matches > 1 else ""
    return f"<span style='font-size:small'>{escape(where)}{more}</span><br>{snippet}"


class SearchBar(QLineEdit):
    question_chosen = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self._window = window
        self._hits: list[SearchHit] = []
        self._position = -1  # the hit F3 went to last
        self.setPlaceholderText("Zoeken in antwoorden (Ctrl+F)")
        self.setAccessibleName("Zoeken in antwoorden")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(360)
        # A list below the field that does not take the keyboard: typing goes on in the field.
        self.results = QListWidget()
        self.results.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.results.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setAccessibleName("Zoekresultaten")
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._typed)
        self.textEdited.connect(lambda _text: self._pause.start())
        self.returnPressed.connect(self._enter)
        self.installEventFilter(self)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    # -- searching ------------------------------------------------------------------------------

    def _typed(self) -> None:
        if len(self.text().strip()) >= MIN_QUERY:
            self.run(take_focus=False)
        else:
            self.results.hide()

    def run(self, take_focus: bool = False) -> list[str]:
        """Search and show the hits below the field. Returns the question ids found."""
        plan = getattr(self._window, "plan", None)
        if plan is None:
            return []
        self._window.autosaver.flush()  # type: ignore[attr-defined]
        self._hits = search_answers(plan.koers, plan.answers(), self.text())
        self._position = -1
        self.results.clear()
        width = max(620, self.width())
        if not self._hits:
            self.results.addItem(QListWidgetItem(f"Niets gevonden voor ‘{self.text().strip()}’."))
        for hit in self._hits:
            element = plan.koers.element(hit.question.element_id)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, hit.question.id)
            item.setToolTip(hit.question.tekst)
            label = QLabel(_rich(hit, f"{element.titel} — {hit.question.tekst}"))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(6, 4, 6, 4)
            label.setFixedWidth(width - 24)
            item.setSizeHint(label.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        self.results.setCurrentRow(0)
        self.results.move(self.mapToGlobal(self.rect().bottomLeft()))
        height = sum(self.results.sizeHintForRow(i) for i in range(self.results.count())) + 8
        self.results.resize(width, min(420, max(40, height)))
        self.results.show()
        if take_focus:
            self.results.setFocus()
        return [h.question.id for h in self._hits]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Up and Down choose a result while the keyboard stays in the field; Escape closes."""
        if watched is self and event.type() == QEvent.Type.KeyPress and self.results.isVisible():
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.results.hide()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut and not self.results.underMouse():
            self.results.hide()
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        if self._pause.isActive() or not self.results.isVisible():
            self._pause.stop()
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._chosen(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        question_id = item.data(Qt.ItemDataRole.UserRole)
        self.results.hide()
        if question_id:
            self._position = next((i for i, h in enumerate(self._hits) if h.question.id == question_id), -1)
            self.question_chosen.emit(question_id)  # the window jumps there and focuses the editor
            self._select_in_editor(first=True)

    # -- next and previous match (F3, Shift+F3) ---------------------------------------------------

    def step(self, direction: int) -> bool:
        """The next (1) or previous (-1) match: within the answer first, then in the next answer
        that holds the query. False when there is nothing to search for."""
        if not self.text().strip():
            self.focus()
            return False
        if not self._hits:
            self.run()
            self.results.hide()
            if not self._hits:
                return False
        if self._select_in_editor(first=False, backward=direction < 0):
            return True
        self._position = (self._position + direction) % len(self._hits)
        self.question_chosen.emit(self._hits[self._position].question.id)
        self._select_in_editor(first=True, backward=direction < 0)
        return True

    def _select_in_editor(self, first: bool, backward: bool = False) -> bool:
        """Select the query in the focused answer editor: from its start (or end), or after the
        current selection. True when a match was selected."""
        focus: QWidget | None = self._window.focusWidget()
        if not isinstance(focus, (QTextEdit, QPlainTextEdit)):
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if first:
            cursor = focus.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            focus.setTextCursor(cursor)
        return bool(focus.find(self.text().strip(), flags))
