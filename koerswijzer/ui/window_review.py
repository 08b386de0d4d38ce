"""The main window's board-review mode: open or make a review file and show its page in place of
the plan. A mixin of :class:`~koerswijzer.ui.main_window.MainWindow`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from koerswijzer.errors import KoerswijzerError


class ReviewMode:
    """Needs from the window: stack, start, review_page, close_plan(), _error(), _update_title()."""

    def choose_review(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Beoordeling openen of nieuw maken", "Beoordeling schoolplannen.beoordeling",
            "Beoordeling (*.beoordeling)", options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            path = Path(name if name.endswith(".beoordeling") else name + ".beoordeling")
            self.open_review(path)

    def open_review(self, path: Path, koers_id: str | None = None) -> bool:
        """Open a review file, or make a new one (on ASG Koers 22 unless another koers is given)."""
        from koerswijzer.koers.registry import DEFAULT_KOERS_ID, resolve_koers
        from koerswijzer.review.store import ReviewStore
        from koerswijzer.ui.review_page import ReviewPage

        if not self.close_plan():
            return False
        self.close_review()
        try:
            if path.exists():
                store = ReviewStore.open(path)
            else:
                store = ReviewStore.create(path, resolve_koers(koers_id or DEFAULT_KOERS_ID), path.stem)
        except KoerswijzerError as exc:
            self._error("Beoordeling openen", exc)
            return False
        self.review_page = ReviewPage(store, self.jobs)
        self.review_page.closed.connect(self.close_review)
        self.stack.addWidget(self.review_page)
        self.stack.setCurrentWidget(self.review_page)
        self.setWindowTitle(f"{path.stem} — schoolplannen beoordelen — Koerswijzer")
        return True

    def close_review(self) -> None:
        page = self.review_page
        if page is None:
            return
        page.finish()  # a running review stops; what it read is kept
        page.store.close()
        self.stack.removeWidget(page)
        page.deleteLater()
        self.review_page = None
        self.stack.setCurrentWidget(self.start)
        self._update_title()
