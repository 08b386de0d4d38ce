"""Ctrl+F: search the answers; the results list jumps to the question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QWidget

from koerswijzer.plan.search import search_answers


class SearchBar(QLineEdit):
    question_chosen = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__()
        self._window = window
        self.setPlaceholderText("Zoeken in antwoorden (Ctrl+F)")
        self.setAccessibleName("Zoeken in antwoorden")
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(360)
        self.results = QListWidget()
        self.results.setWindowFlags(Qt.WindowType.Popup)
        self.results.setAccessibleName("Zoekresultaten")
        self.results.setMinimumWidth(560)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        self.returnPressed.connect(self.run)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def run(self) -> list[str]:
        """Search and show the hits below the field. Returns the question ids found."""
        plan = getattr(self._window, "plan", None)
        if plan is None:
            return []
        self._window.autosaver.flush()  # type: ignore[attr-defined]
        hits = search_answers(plan.koers, plan.answers(), self.text())
        self.results.clear()
        if not hits:
            self.results.addItem(QListWidgetItem(f"Niets gevonden voor ‘{self.text()}’."))
        for hit in hits:
            element = plan.koers.element(hit.question.element_id)
            item = QListWidgetItem(f"{element.titel} — {hit.question.tekst}\n    {hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit.question.id)
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        below = self.mapToGlobal(self.rect().bottomLeft())
        self.results.move(below)
        self.results.resize(max(560, self.width()), min(400, 20 + 44 * self.results.count()))
        self.results.show()
        self.results.setFocus()
        return [h.question.id for h in hits]

    def _chosen(self, item: QListWidgetItem) -> None:
        question_id = item.data(Qt.ItemDataRole.UserRole)
        self.results.hide()
        if question_id:
            self.question_chosen.emit(question_id)  # the window jumps there and focuses the editor
            self._select_in_editor()

    def _select_in_editor(self) -> None:
        focus: QWidget | None = self._window.focusWidget()
        find = getattr(focus, "find", None)
        if callable(find):
            cursor = focus.textCursor()  # type: ignore[union-attr]
            cursor.movePosition(cursor.MoveOperation.Start)
            focus.setTextCursor(cursor)  # type: ignore[union-attr]
            find(self.text())
