"""The main window: the start screen, or an open plan with its koers navigator."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.koers.model import Element
from koerswijzer.plan.demo import write_demo
from koerswijzer.plan.schoolplan import Schoolplan, progress_of
from koerswijzer.ui import pages
from koerswijzer.ui.new_plan_dialog import NewPlanDialog
from koerswijzer.ui.start_screen import StartScreen

PLAN_FILTER = "Schoolplan (*.schoolplan)"
MAX_RECENT = 8
PAGE_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Schoolplan | None = None
        self._settings = QSettings()
        self.start = StartScreen()
        self.start.new_requested.connect(self.new_plan)
        self.start.open_requested.connect(self.choose_plan)
        self.start.demo_requested.connect(self.open_demo)
        self.start.recent_chosen.connect(self.open_plan)

        self.navigator = QTreeWidget()
        self.navigator.setHeaderLabels(["Onderdeel", "Beantwoord"])
        self.navigator.setAccessibleName("Navigatie door de koers")
        header = self.navigator.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.navigator.currentItemChanged.connect(self._show_page)
        self.page = QTextBrowser()
        self.page.setAccessibleName("Inhoud van het gekozen onderdeel")
        self.page.setOpenExternalLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.page)
        splitter.setSizes([380, 900])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start)
        self.stack.addWidget(splitter)
        self.setCentralWidget(self.stack)
        self._build_menu()
        self._refresh_recent()
        self.setWindowTitle("Koerswijzer")

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu("&Bestand")
        for text, shortcut, slot in (
            ("&Nieuw schoolplan…", QKeySequence.StandardKey.New, self.new_plan),
            ("&Openen…", QKeySequence.StandardKey.Open, self.choose_plan),
            ("&Voorbeeldplan openen", None, self.open_demo),
            ("&Sluiten", QKeySequence.StandardKey.Close, self.close_plan),
            ("&Afsluiten", QKeySequence.StandardKey.Quit, self.close),
        ):
            action = QAction(text, self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)

    # -- opening plans ------------------------------------------------------------------------

    def new_plan(self) -> None:
        dialog = NewPlanDialog(self)
        if not dialog.exec():
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Schoolplan opslaan als", f"{dialog.profile().school_name}.schoolplan", PLAN_FILTER
        )
        if not name:
            return
        path = Path(name if name.endswith(".schoolplan") else name + ".schoolplan")
        try:
            plan = Schoolplan.create(path, dialog.chosen_koers(), dialog.profile(), overwrite=path.exists())
        except KoerswijzerError as exc:
            self._error("Nieuw schoolplan", exc)
            return
        self._show_plan(plan, path)

    def choose_plan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Schoolplan openen", "", PLAN_FILTER)
        if name:
            self.open_plan(Path(name))

    def open_demo(self) -> None:
        folder = Path(user_data_dir("Koerswijzer", appauthor=False))
        path = folder / "Voorbeeldplan De Kleurrijke Kring.schoolplan"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if self.plan is not None and Path(self.plan.location) == path:
                return
            plan = write_demo(path, overwrite=True)
        except (KoerswijzerError, OSError) as exc:
            self._error("Voorbeeldplan", exc)
            return
        self._show_plan(plan, path)

    def open_plan(self, path: Path) -> bool:
        try:
            plan = Schoolplan.open(path)
        except KoerswijzerError as exc:
            self._error("Schoolplan openen", exc)
            return False
        self._show_plan(plan, path)
        return True

    def close_plan(self) -> None:
        if self.plan is not None:
            self.plan.close()
            self.plan = None
        self.navigator.clear()
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle("Koerswijzer")
        self._refresh_recent()

    def _show_plan(self, plan: Schoolplan, path: Path) -> None:
        if self.plan is not None:
            self.plan.close()
        self.plan = plan
        self._remember(path)
        profile = plan.profile()
        self.setWindowTitle(f"{profile.school_name} — Schoolplan {profile.period_label} — Koerswijzer")
        self._fill_navigator()
        self.stack.setCurrentIndex(1)

    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.critical(self, title, str(exc))

    # -- navigator ------------------------------------------------------------------------------

    def _fill_navigator(self) -> None:
        assert self.plan is not None
        koers = self.plan.koers
        answers = self.plan.answers()
        self.navigator.clear()
        profile = QTreeWidgetItem(["Schoolprofiel", ""])
        profile.setData(0, PAGE_ROLE, ("profiel", ""))
        mission = QTreeWidgetItem(["Missie en visie", ""])
        mission.setData(0, PAGE_ROLE, ("missie", ""))
        self.navigator.addTopLevelItems([profile, mission])
        groups: dict[str, QTreeWidgetItem] = {}
        for element in koers.elements:
            group = groups.get(element.soort)
            if group is None:
                group = QTreeWidgetItem([koers.soort_meervoud(element.soort), ""])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                groups[element.soort] = group
                self.navigator.addTopLevelItem(group)
            group.addChild(self._element_item(element, answers))
        self.navigator.expandAll()
        self.navigator.setCurrentItem(mission)

    def _element_item(self, element: Element, answers: dict) -> QTreeWidgetItem:  # type: ignore[type-arg]
        progress = progress_of(element, answers)
        mark = "✓ " if progress.complete else ""
        title = f"{element.nummer}. {element.titel}" if element.nummer else element.titel
        item = QTreeWidgetItem([title, f"{mark}{progress.answered}/{progress.total}"])
        item.setData(0, PAGE_ROLE, ("element", element.id))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
        for child in element.children:
            item.addChild(self._element_item(child, answers))
        return item

    def _show_page(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self.plan is None:
            return
        kind, ref = item.data(0, PAGE_ROLE) or ("", "")
        koers = self.plan.koers
        if kind == "profiel":
            html = pages.profile_page(self.plan.profile())
        elif kind == "missie":
            html = pages.mission_page(koers)
        elif kind == "element":
            html = pages.element_page(koers, koers.element(ref), self.plan.answers())
        else:
            return
        self.page.setHtml(html)

    # -- recent files ---------------------------------------------------------------------------

    def _recent(self) -> list[Path]:
        value = self._settings.value("recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in items if Path(p).exists()]

    def _remember(self, path: Path) -> None:
        paths = [path.resolve()] + [p for p in self._recent() if p != path.resolve()]
        self._settings.setValue("recent", [str(p) for p in paths[:MAX_RECENT]])

    def _refresh_recent(self) -> None:
        self.start.set_recent(self._recent())

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        if self.plan is not None:
            self.plan.close()
            self.plan = None
        super().closeEvent(event)
