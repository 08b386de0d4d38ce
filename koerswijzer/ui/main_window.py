"""The main window: the start screen, or an open plan with its koers navigator and pages."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
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
from koerswijzer.plan.lock import PlanLock
from koerswijzer.ui import pages
from koerswijzer.ui.autosave import AutoSaver
from koerswijzer.ui.banner import Banner
from koerswijzer.ui.congruence_page import CongruencePage
from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.export_page import ExportPage
from koerswijzer.ui.goals_table import GoalsTable
from koerswijzer.ui.info_page import InfoPage
from koerswijzer.ui.navigator import Navigator
from koerswijzer.ui.planning_page import PlanningPage
from koerswijzer.ui.profile_page import ProfilePage
from koerswijzer.ui.search_bar import SearchBar
from koerswijzer.ui.start_screen import StartScreen
from koerswijzer.ui.window_questions import QuestionNavigation
from koerswijzer.ui.window_review import ReviewMode

PLAN_FILTER = "Schoolplan (*.schoolplan)"
MAX_RECENT = 8
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
        import koerswijzer.congruence.engine  # noqa: F401
        import koerswijzer.export  # noqa: F401
        from koerswijzer.congruence.concepts import prepare

        if koers is not None:
            prepare(koers)

    threading.Thread(target=load, name="imports", daemon=True).start()


class MainWindow(ReviewMode, QuestionNavigation, QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Schoolplan | None = None
        self._lock: PlanLock | None = None
        self._pages: dict[tuple[str, str], QWidget] = {}
        self._current_question: str | None = None
        self._settings = QSettings()
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
        self.autosaver.state_changed.connect(self._note_input)  # typing schedules saves
        self._cards_version = 0  # raised whenever a team session changes its cards
        self._team_input_seen: dict[str, int] = {}
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

    # -- menus and shortcuts --------------------------------------------------------------------

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&Bestand")
        self.plan_actions: list[QAction] = []
        for text, shortcut, slot, needs_plan in (
            ("&Nieuw schoolplan…", QKeySequence.StandardKey.New, self.new_plan, False),
            ("&Openen…", QKeySequence.StandardKey.Open, self.choose_plan, False),
            ("&Voorbeeldplan openen", None, self.open_demo, False),
            ("Op&slaan", QKeySequence.StandardKey.Save, self.save_now, True),
            ("Opslaan &als…", QKeySequence.StandardKey.SaveAs, self.save_as, True),
            ("S&luiten", QKeySequence.StandardKey.Close, self.close_plan, True),
            ("&Afsluiten", QKeySequence.StandardKey.Quit, self.close, False),
        ):
            action = self._action(text, shortcut, slot)
            file_menu.addAction(action)
            if needs_plan:
                self.plan_actions.append(action)
        go_menu = self.menuBar().addMenu("&Ga naar")
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction("&Over Koerswijzer…", self.show_about)
        toolbar = self.addToolBar("Werkbalk")
        toolbar.setObjectName("werkbalk")
        toolbar.setMovable(False)
        self.next_open_action = self._action("Volgende open vraag", QKeySequence("F8"), self.goto_next_open)
        self.search_action = self._action("Zoeken in antwoorden", QKeySequence.StandardKey.Find,
                                          self.search.focus)
        self.find_next_action = self._action("Volgende zoekresultaat", QKeySequence.StandardKey.FindNext,
                                             lambda: self.search.step(1))
        self.find_previous_action = self._action("Vorige zoekresultaat", QKeySequence.StandardKey.FindPrevious,
                                                 lambda: self.search.step(-1))
        for action in (self.next_open_action, self.search_action, self.find_next_action, self.find_previous_action):
            go_menu.addAction(action)
            self.plan_actions.append(action)
        toolbar.addAction(self.next_open_action)
        toolbar.addWidget(self.search)
        self.toolbar = toolbar
        for keys, step in ((QKeySequence("Ctrl+PgDown"), 1), (QKeySequence("Ctrl+PgUp"), -1)):
            shortcut = QShortcut(keys, self, lambda s=step: self.goto_neighbour(s))
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._set_plan_actions_enabled(False)

    def _action(self, text: str, shortcut, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _set_plan_actions_enabled(self, enabled: bool) -> None:
        for action in self.plan_actions:
            action.setEnabled(enabled)
        self.toolbar.setVisible(enabled)

    # -- opening and closing plans ----------------------------------------------------------------

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
        if path.suffix != ".schoolplan":
            path = path.with_name(path.name + ".schoolplan")
        if not self.close_plan():
            return False
        from koerswijzer.plan.schoolplan import Schoolplan  # SQLAlchemy: loaded when first needed

        try:
            koers = dialog.chosen_koers()
            if koers is None:  # the dialog accepts only with a usable koers
                return False
            plan = Schoolplan.create(path, koers, dialog.profile(), overwrite=path.exists())
        except KoerswijzerError as exc:
            self._error("Nieuw schoolplan", exc)
            return False
        self._show_plan(plan, path, PlanLock(path))
        self.navigator.select("profiel", "")
        return True

    def choose_plan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Schoolplan openen", "", PLAN_FILTER)
        if name:
            self.open_plan(Path(name))

    def open_demo(self) -> None:
        folder = Path(user_data_dir("Koerswijzer", appauthor=False))
        path = folder / "Voorbeeldplan De Kleurrijke Kring.schoolplan"
        if not self.close_plan():
            return
        lock = PlanLock(path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not lock.acquire():
                self.open_plan(path)
                return
            from koerswijzer.plan.demo import write_demo

            plan = write_demo(path, overwrite=True)
        except (KoerswijzerError, OSError) as exc:
            lock.release()
            self._error("Voorbeeldplan", exc)
            return
        self._show_plan(plan, path, lock, acquired=True)

    def open_plan(self, path: Path) -> bool:
        if not self.close_plan():
            return False
        lock = PlanLock(path)
        read_only = path.exists() and not lock.acquire()
        from koerswijzer.plan.schoolplan import Schoolplan

        from koerswijzer.storage.database import PlanReadOnlyError

        notice = ""
        try:
            try:
                plan = Schoolplan.open(path, read_only=read_only)
            except PlanReadOnlyError as exc:
                # Intact, but not writable here: show it, and offer 'Opslaan als'.
                notice = f"{exc} Wijzigingen worden niet opgeslagen."
                read_only = True
                plan = Schoolplan.open(path, read_only=True)
        except KoerswijzerError as exc:
            lock.release()
            self._error("Schoolplan openen", exc)
            return False
        self._show_plan(plan, path, lock, acquired=True)
        if read_only and not notice:
            notice = (
                "Dit schoolplan is al geopend in een ander venster of door een andere gebruiker "
                f"({lock.owner or 'onbekend'}). U kunt het alleen lezen; wijzigingen worden niet opgeslagen."
            )
        if plan.notice:
            notice = f"{notice} {plan.notice}".strip()
        if notice:
            self.banner.show_notice(notice)
        return True

    def close_plan(self) -> bool:
        """Save what is pending and close the plan. False when the user keeps it open."""
        if self.plan is None:
            return True
        if not self.autosaver.flush() and not self._confirm_discard():
            return False
        self.autosaver.discard()
        for widget in self._pages.values():
            if isinstance(widget, ExportPage) and widget.is_busy():
                widget._thread.wait()  # type: ignore[union-attr]  # an export finishes first
            if hasattr(widget, "close_projection"):
                widget.close_projection()
        self._prebuild_timer.stop()
        self.plan.close()
        self.plan = None
        if self._frozen:
            import gc

            gc.unfreeze()  # what belonged to this plan may be collected again
            self._frozen = False
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        for widget in self._pages.values():
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self._team_input_seen.clear()
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

    def _show_plan(self, plan: Schoolplan, path: Path, lock: PlanLock, acquired: bool = False) -> None:
        if not acquired and not lock.acquire():
            plan.read_only = True
        self.plan = plan
        self._lock = lock
        self._remember(path)
        self.navigator.fill(plan)
        self.stack.setCurrentIndex(1)
        self._set_plan_actions_enabled(True)
        self.banner.hide()
        self._update_title()
        self.navigator.select("missie", "")
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
        path = Path(name if name.endswith(".schoolplan") else name + ".schoolplan")
        try:
            self.plan.save_as(path)
        except KoerswijzerError as exc:
            self._error("Opslaan als", exc)
            return False
        if self._lock is not None:
            self._lock.release()
        self._lock = PlanLock(path)
        self._lock.acquire()
        self._remember(path)
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

    def page(self, kind: str, ref: str = "") -> QWidget | None:
        """The page for a navigator entry, built on first visit and kept."""
        key = (kind, ref)
        if key in self._pages:
            return self._pages[key]
        plan = self.plan
        if plan is None:
            return None
        widget: QWidget
        if kind == "profiel":
            widget = ProfilePage(plan, self.autosaver)
            widget.profile_saved.connect(self._update_title)
        elif kind == "missie":
            widget = InfoPage(pages.mission_page(plan.koers), "Missie, visie en kaders van het bestuur")
        elif kind == "element":
            widget = ElementPage(plan, plan.koers.element(ref), plan.answers(), self.autosaver)
            if self.report is not None:
                widget.show_points(self.report.findings_for(plan.koers, widget.element))
            self._team_input_seen[ref] = self._cards_version  # the page shows the cards as they are now
            widget.answer_saved.connect(self._answer_saved)
            widget.history_requested.connect(self.show_history)
            widget.goals_changed.connect(self._goals_changed)
        elif kind == "doelen":
            widget = GoalsTable(plan, None)
            widget.goals_changed.connect(self._goals_changed)
        elif kind == "planning":
            widget = PlanningPage(plan)
            widget.goals_changed.connect(self._goals_changed)
        elif kind == "congruentie":
            widget = CongruencePage()
            widget.reference_chosen.connect(self.goto_reference)
            widget.passage_decided.connect(self._decide_passage)
            widget.decisions_undone.connect(self._undo_passage_decisions)
            widget.suggestions_requested.connect(self._show_suggestions)
            self._pages[key] = widget
            self.pages.addWidget(widget)
            self.recheck(wait=True)
            return widget
        elif kind == "exporteren":
            widget = ExportPage(plan)
        elif kind == "teamsessies":
            from koerswijzer.ui.workshop_page import WorkshopPage

            widget = WorkshopPage(plan)
            widget.contributions_changed.connect(self._cards_changed)
        else:
            return None
        self._pages[key] = widget
        self.pages.addWidget(widget)
        return widget

    def _cards_changed(self) -> None:
        self._cards_version += 1

    def _note_input(self, *_: object) -> None:
        self._last_input = time.monotonic()

    def _prebuild_next(self) -> None:
        """Build one element page that was not visited yet, when nothing else is going on."""
        if self.plan is None:
            self._prebuild_timer.stop()
            return
        if (time.monotonic() - self._last_input < 1.5 or self.autosaver.has_pending()
                or QApplication.activeModalWidget() is not None):
            return
        for element in self.plan.koers.walk():
            if ("element", element.id) not in self._pages:
                self.page("element", element.id)
                return
        self._prebuild_timer.stop()

    def _show_page(self, kind: str, ref: str) -> None:
        self._note_input()
        self.autosaver.flush()
        widget = self.page(kind, ref)
        if widget is not None:
            if isinstance(widget, ElementPage) and self._team_input_seen.get(ref) != self._cards_version:
                widget.show_team_input()  # the team's cards changed since this page showed them
                self._team_input_seen[ref] = self._cards_version
            self.pages.setCurrentWidget(widget)

    def current_element_page(self) -> ElementPage | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, ElementPage) else None

    def recheck(self, wait: bool = False) -> None:
        """Run the congruence check (about 30 ms for a full plan) and show it where it is shown.
        ``wait``: the director asked for it (the Congruentie page), so read the word lists now if the
        background has not finished them, rather than show an empty page."""
        if self.plan is None:
            return
        from koerswijzer.congruence.concepts import is_prepared
        from koerswijzer.congruence.engine import check  # Snowball and the export model, on first use
        from koerswijzer.export import collect

        if wait and not is_prepared(self.plan.koers):
            from koerswijzer.congruence.concepts import prepare

            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                prepare(self.plan.koers)
            finally:
                QApplication.restoreOverrideCursor()
        if not is_prepared(self.plan.koers):
            # The Dutch word lists are still being read in the background: check a moment later
            # rather than read them again here and hold up the window for a second.
            self._recheck_timer.start()
            return

        try:
            self.report = check(collect(self.plan))
        except KoerswijzerError:
            return
        if not self._frozen:
            # The koers profiles, stems and text caches live as long as the plan: keep them out of
            # the garbage collector's full sweeps, which otherwise stall typing for ~100 ms.
            import gc

            gc.freeze()
            self._frozen = True
        for widget in self._pages.values():
            if isinstance(widget, CongruencePage):
                widget.show_report(self.report)
            elif isinstance(widget, ElementPage):
                widget.show_points(self.report.findings_for(self.plan.koers, widget.element))

    def show_about(self) -> None:
        from koerswijzer import __version__

        QMessageBox.about(
            self, "Over Koerswijzer",
            f"<b>Koerswijzer {__version__}</b><br><br>Schrijf het schoolplan langs de koers van het bestuur: de "
            "centrale vragen per onderdeel, schooldoelen, de congruentie met de koers, teamsessies, het "
            "Word-document en de beoordeling door het bestuur.<br><br>Alles staat op deze computer, in het "
            "schoolplanbestand; Koerswijzer gebruikt geen internet.")

    def _answer_saved(self, question_id: str) -> None:
        if self.plan is not None:
            self.navigator.update_progress(self.plan, question_id)

    def _goals_changed(self) -> None:
        self._recheck_timer.start()
        current = self.pages.currentWidget()
        for widget in self._pages.values():
            if widget is current:
                continue
            if isinstance(widget, (GoalsTable, PlanningPage)):
                widget.refresh()
            elif isinstance(widget, ElementPage):
                widget.goals.refresh()

    def _set_editors_read_only(self, read_only: bool) -> None:
        for widget in self._pages.values():
            if isinstance(widget, ElementPage):
                for editor in widget.editors:
                    editor.editor.setReadOnly(read_only)

    # -- recent files -----------------------------------------------------------------------------

    def _recent(self) -> list[Path]:
        value = self._settings.value("recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if Path(p).exists()]

    def _remember(self, path: Path) -> None:
        resolved = path.resolve()
        paths = [resolved] + [p for p in self._recent() if p != resolved]
        self._settings.setValue("recent", [str(p) for p in paths[:MAX_RECENT]])

    def _refresh_recent(self) -> None:
        self.start.set_recent(self._recent())
