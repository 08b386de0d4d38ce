"""The board's decisions on passages in the review: confirm or reject what the check found, point
out what it missed, take decisions back. Each decision is stored in the review file and the document
is reviewed again at once. A mixin of :class:`~koerswijzer.ui.review_page.ReviewPage`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from koerswijzer.errors import KoerswijzerError

DOC_ROLE = Qt.ItemDataRole.UserRole


class PassageDecisions:
    """Needs from the page: store, matrix, passages, the four decision buttons, _current(),
    refresh() and _show_cell()."""

    def _update_decide(self) -> None:
        document, element = self._current()
        usable = bool(document and element and not document.error)
        chosen = self.passages.currentItem() is not None
        self.confirm_button.setEnabled(usable and chosen)
        self.reject_button.setEnabled(usable and chosen)
        self.point_button.setEnabled(usable and bool(element and element.targets))
        self.undo_button.setEnabled(usable and bool(element and element.targets))

    def _after_decision(self, document) -> None:  # type: ignore[no-untyped-def]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            reason = self.store.review_again(document)
        except KoerswijzerError as exc:
            reason = str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        row, column = self.matrix.currentRow(), self.matrix.currentColumn()
        self.refresh()
        self.matrix.setCurrentCell(row, column)
        self._show_cell()  # the same cell, with what the new review found
        if reason:
            QMessageBox.information(self, "Beslissing opgeslagen", reason)

    def decide(self, decision: str) -> None:
        document, _element = self._current()
        item = self.passages.currentItem()
        if document is None or item is None:
            return
        target_id, passage = item.data(DOC_ROLE)
        self._decide(document, target_id, passage, decision)

    def point_out(self) -> None:
        document, element = self._current()
        if document is None or element is None or not element.targets:
            return
        texts = [t.tekst for t in element.targets]
        chosen, ok = QInputDialog.getItem(self, "Passage aanwijzen", "Welk doel van het bestuur raakt de passage?",
                                          texts, 0, False)
        if not ok:
            return
        passage, ok = QInputDialog.getMultiLineText(self, "Passage aanwijzen",
                                                    f"Plak de passage uit het document:\n‘{chosen}’")
        if not ok or not passage.strip():
            return
        self._decide(document, element.targets[texts.index(chosen)].id, passage.strip(), "aangewezen")

    def _decide(self, document, target_id: str, passage: str, decision: str) -> None:  # type: ignore[no-untyped-def]
        try:
            self.store.decide_passage(self.store.scope(document.id), target_id, passage, decision)
        except KoerswijzerError as exc:
            QMessageBox.warning(self, "Passage", str(exc))
            return
        self._after_decision(document)

    def undo(self) -> None:
        document, element = self._current()
        if document is None or element is None:
            return
        scope = self.store.scope(document.id)
        count = sum(self.store.undo_passage_decisions(scope, t.id) for t in element.targets)
        if count:
            self._after_decision(document)
