"""The main window: the start screen, or an open plan with its koers navigator and pages."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.ui import ui_thread_gc
from koerswijzer.ui.autosave import AutoSaver
from koerswijzer.ui.banner import Banner
from koerswijzer.ui.congruence_page import CongruencePage
from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.jobs import Job, JobRunner
from koerswijzer.ui.navigator import Navigator
from koerswijzer.ui.page_registry import PageKind, PageRegistry
from koerswijzer.ui.plan_controller import PlanController
from koerswijzer.ui.search_bar import SearchBar
from koerswijzer.ui.start_screen import StartScreen
from koerswijzer.ui.window_menus import WindowMenus
from koerswijzer.ui.window_questions import QuestionNavigation
from koerswijzer.ui.window_review import ReviewMode

PLAN_FILTER = "Schoolplan (*.schoolplan)"
STATE_TEXT = {"saved": "opgeslagen", "pending": "wordt opgeslagen…", "failed": "NIET OPGESLAGEN"}

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan
    from koerswijzer.ui.new_plan_dialog import NewPlanDialog


def _warm_up_imports(koers=None) -> None:  # type: ignore[no-untyped-def]
    """Import the congruence engine and the export model, and load the Dutch word lists and the
    koers's concepts, in the background while the director reads the first page, so the first
    check does not wait for them on the UI thread."""
    import threading

    def load() -> None:
        from importlib import import_module

        from koerswijzer.congruence.concepts import prepare

        for module in ("koerswijzer.congruence.engine", "koerswijzer.export"):  # imported ahead, not used here
            import_module(module)

        if koers is not None:
            prepare(koers)

    ui_thread_gc.install()  # a collection in this thread could free a widget off the UI thread
    threading.Thread(target=load, name="imports", daemon=True).start()


class MainWindow(WindowMenus, ReviewMode, QuestionNavigation, QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = PlanController(QSettings(), self)
        self.jobs = JobRunner(self)
        self.registry: PageRegistry | None = None
        self._current_question: str | None = None
        self.autosaver = AutoSaver(self)
        self.autosaver.state_changed.connect(lambda _state: self._update_title())
        self.autosaver.saved.connect(lambda _keys: self._recheck_timer.start())
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(300)
        self._recheck_timer.timeout.connect(self.recheck)
        self.report = None
        self._frozen = False
        # Element pages are built ahead, one per quiet moment, so a first visit is as quick as a
        # later one. Never while the director types, clicks or a dialog is open.
        self._prebuild_timer = QTimer(self)
        self._prebuild_timer.setInterval(700)
        self._prebuild_timer.timeout.connect(self._prebuild_next)
        self._last_input = 0.0
        self._check_again = False
        self.autosaver.state_changed.connect(self._note_input)  # typing schedules saves
        self.autosaver.failed.connect(self._save_failed)

        self.start = StartScreen()
        self.start.new_requested.connect(self.new_plan)
        self.start.open_requested.connect(self.choose_plan)
        self.start.demo_requested.connect(self.open_demo)
        self.start.recent_chosen.connect(self.open_plan)
        self.start.review_requested.connect(self.choose_review)
        self.review_page = None

        self.navigator = Navigator()
        self.navigator.page_chosen.connect(self._show_page)
        self.pages = QStackedWidget()
        self.banner = Banner()
        self.banner.save_as_requested.connect(self.save_as)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.pages)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.splitter.setStretchFactor(0, 0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.search = SearchBar(self)
        self.search.question_chosen.connect(self.goto_question)
        self._build_actions()
        self._refresh_recent()
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self._update_title()

    # -- opening and closing plans ----------------------------------------------------------------

    @property
    def plan(self) -> Schoolplan | None:
        return self.files.plan

    def new_plan(self) -> None:
        from koerswijzer.ui.new_plan_dialog import NewPlanDialog  # brings the koers loader

        dialog = NewPlanDialog(self)
        if not dialog.exec():
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Schoolplan opslaan als", f"{dialog.profile().school_name}.schoolplan", PLAN_FILTER
        )
        if not name:
            return
        self.create_plan(Path(name), dialog)

    def create_plan(self, path: Path, dialog: NewPlanDialog) -> bool:
        koers = dialog.chosen_koers()
        if koers is None or not self.close_plan():  # the dialog accepts only with a usable koers
            return False
        try:
            self.files.create(path, koers, dialog.profile())
        except KoerswijzerError as exc:
            self._error("Nieuw schoolplan", exc)
            return False
        self._show_plan()
        self.navigator.select(PageKind.PROFIEL, "")
        return True

    def choose_plan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Schoolplan openen", "", PLAN_FILTER)
        if name:
            self.open_plan(Path(name))

    def open_demo(self) -> None:
        if not self.close_plan():
            return
        try:
            self.files.open_demo(Path(user_data_dir("Koerswijzer", appauthor=False)))
        except KoerswijzerError as exc:
            self._error("Voorbeeldplan", exc)
            return
        self._show_plan()

    def open_plan(self, path: Path) -> bool:
        if not self.close_plan():
            return False
        try:
            self.files.open(path)
        except KoerswijzerError as exc:
            self._error("Schoolplan openen", exc)
            return False
        self._show_plan()
        return True

    def close_plan(self) -> bool:
        """Save what is pending and close the plan. False when the user keeps it open."""
        if self.plan is None:
            return True
        if not self.autosaver.flush() and not self._confirm_discard():
            return False
        self.autosaver.discard()
        self.jobs.finish()  # an export or a check finishes, werkbladen stop after the current file
        assert self.registry is not None
        for widget in self.registry:
            if hasattr(widget, "close_projection"):
                widget.close_projection()
            if hasattr(widget, "flush"):
                widget.flush()  # a text still waiting for its pause
        self._prebuild_timer.stop()
        self.files.close()
        if self._frozen:
            import gc

            gc.unfreeze()  # what belonged to this plan may be collected again
            self._frozen = False
        self.registry.clear()
        self.registry = None
        self.navigator.clear()
        self.banner.hide()
        self._current_question = None
        self.report = None
        self.stack.setCurrentWidget(self.start)
        self._set_plan_actions_enabled(False)
        self._refresh_recent()
        self._update_title()
        return True

    def _confirm_discard(self) -> bool:
        choice = QMessageBox.warning(
            self, "Niet alles is opgeslagen",
            "Een deel van uw werk kon niet worden opgeslagen. Wilt u het schoolplan eerst op een "
            "andere plek opslaan?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if choice == QMessageBox.StandardButton.Save:
            return self.save_as()
        return choice == QMessageBox.StandardButton.Discard

    def _show_plan(self) -> None:
        plan, events = self.files.plan, self.files.events
        assert plan is not None and events is not None
        self.registry = PageRegistry(self.pages, plan, events, self.autosaver, self.jobs, lambda: self.report)
        events.answer_saved.connect(self._answer_saved)
        events.goals_changed.connect(lambda _source: self._recheck_timer.start())
        events.profile_saved.connect(self._update_title)
        events.living_changed.connect(self._living_changed)
        self.navigator.fill(plan)
        self.stack.setCurrentIndex(1)
        self._set_plan_actions_enabled(True)
        self.banner.hide()
        self._update_title()
        self.navigator.select(PageKind.MISSIE, "")
        if self.files.notice:
            self.banner.show_notice(self.files.notice)
        _warm_up_imports(plan.koers)
        self._recheck_timer.start()
        self._prebuild_timer.start()

    def save_now(self) -> None:
        self.autosaver.flush()

    def save_as(self) -> bool:
        if self.plan is None:
            return False
        name, _ = QFileDialog.getSaveFileName(self, "Opslaan als", "", PLAN_FILTER)
        if not name:
            return False
        try:
            self.files.save_as(Path(name))
        except KoerswijzerError as exc:
            self._error("Opslaan als", exc)
            return False
        saved = self.autosaver.flush()
        if saved:
            self.banner.hide()
        self._set_editors_read_only(False)
        self._update_title()
        return saved

    def _save_failed(self, message: str) -> None:
        self.banner.show_failure(
            f"{message}\nUw tekst staat nog in het venster en gaat niet verloren zolang u het open laat. "
            "Kies ‘Opslaan als…’ om het schoolplan op een andere plek te bewaren."
        )

    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.critical(self, title, str(exc))

    def _update_title(self) -> None:
        if self.plan is None:
            self.setWindowTitle("Koerswijzer")
            return
        profile = self.plan.profile()
        state = "alleen-lezen" if self.plan.read_only else STATE_TEXT[self.autosaver.state]
        self.setWindowTitle(f"{profile.school_name} — Schoolplan {profile.period_label} — {state} — Koerswijzer")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.close_review()
        if self.close_plan():
            event.accept()
        else:
            event.ignore()

    # -- pages ------------------------------------------------------------------------------------

    def page(self, kind: PageKind | str, ref: str = "") -> QWidget | None:
        """The page for a navigator entry, built on first visit and kept."""
        if self.registry is None:
            return None
        found = self.registry.get(kind, ref)
        if found is None:
            return None
        widget, new = found
        if not new:
            return widget
        if isinstance(widget, ElementPage):
            widget.history_requested.connect(self.show_history)
        elif isinstance(widget, CongruencePage):
            widget.reference_chosen.connect(self.goto_reference)
            widget.passage_decided.connect(self._decide_passage)
            widget.decisions_undone.connect(self._undo_passage_decisions)
            widget.suggestions_requested.connect(self._show_suggestions)
            self.recheck(wait=True)
        return widget

    def _note_input(self, *_: object) -> None:
        self._last_input = time.monotonic()

    def _prebuild_next(self) -> None:
        """Build one element page that was not visited yet, when nothing else is going on."""
        if self.plan is None or self.registry is None:
            self._prebuild_timer.stop()
            return
        if (time.monotonic() - self._last_input < 1.5 or self.autosaver.has_pending()
                or QApplication.activeModalWidget() is not None):
            return
        for element in self.plan.koers.walk():
            if not self.registry.has(PageKind.ELEMENT, element.id):
                self.page(PageKind.ELEMENT, element.id)
                return
        self._prebuild_timer.stop()

    def _show_page(self, kind: str, ref: str) -> None:
        self._note_input()
        self.autosaver.flush()
        widget = self.page(kind, ref)
        if widget is not None:
            self.pages.setCurrentWidget(widget)

    def current_element_page(self) -> ElementPage | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, ElementPage) else None

    # -- the congruence check ---------------------------------------------------------------------

    def recheck(self, wait: bool = False) -> None:
        """Run the congruence check (some 50 ms for a full plan) as a job and show it where it is
        shown. ``wait``: the director asked for it (the Congruentie page, a decision on a passage),
        so run it now, reading the word lists if the background has not finished them."""
        if self.plan is None:
            return
        from koerswijzer.congruence.concepts import is_prepared, prepare
        from koerswijzer.congruence.engine import check  # Snowball and the export model, on first use
        from koerswijzer.plan.content import collect

        koers = self.plan.koers
        if self.jobs.is_busy("congruentie"):
            if not wait:
                self._check_again = True  # one more when this one is done: the plan changed meanwhile
                return
            self.jobs.finish("congruentie")
        if wait and not is_prepared(koers):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                prepare(koers)
            finally:
                QApplication.restoreOverrideCursor()
        if not is_prepared(koers):
            # The Dutch word lists are still being read in the background: check a moment later
            # rather than read them again here and hold up the window for a second.
            self._recheck_timer.start()
            return
        try:
            content = collect(self.plan)  # the plan's database is read here, on this thread
        except KoerswijzerError:
            return
        job = Job("congruentie", "De congruentiecontrole", lambda _report: check(content))
        job.finished.connect(self._show_report)
        if wait:
            self.jobs.run_now(job)
        else:
            self.jobs.start(job)

    def _show_report(self, report) -> None:  # type: ignore[no-untyped-def]
        if self.plan is None or self.files.events is None:
            return  # the plan closed while it was checked
        self.report = report
        if not self._frozen:
            # The koers profiles, stems and text caches live as long as the plan: keep them out of
            # the garbage collector's full sweeps, which otherwise stall typing for ~100 ms.
            import gc

            gc.freeze()
            self._frozen = True
        self.files.events.report_ready.emit(report)
        if self._check_again:
            self._check_again = False
            self._recheck_timer.start()

    def _living_changed(self) -> None:
        if self.plan is not None:
            self.navigator.update_living(self.plan)
            self._recheck_timer.start()  # a stopped goal no longer serves its targets

    def _answer_saved(self, question_id: str) -> None:
        if self.plan is not None:
            self.navigator.update_progress(self.plan, question_id)

    def _set_editors_read_only(self, read_only: bool) -> None:
        if self.registry is None:
            return
        for widget in self.registry.of_type(ElementPage):
            for editor in widget.editors:
                editor.editor.setReadOnly(read_only)

    # -- recent files -----------------------------------------------------------------------------

    def _refresh_recent(self) -> None:
        self.start.set_recent(self.files.recent())
