"""The main window's menus, toolbar and shortcuts, and the Over box. A mixin of
:class:`~koerswijzer.ui.main_window.MainWindow`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox


class WindowMenus:
    """Needs from the window: the slots it names, and search (the toolbar's search bar)."""

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

    def show_about(self) -> None:
        from koerswijzer import __version__

        QMessageBox.about(
            self, "Over Koerswijzer",
            f"<b>Koerswijzer {__version__}</b><br><br>Schrijf het schoolplan langs de koers van het bestuur: de "
            "centrale vragen per onderdeel, schooldoelen, de congruentie met de koers, teamsessies, het "
            "Word-document en de beoordeling door het bestuur.<br><br>Alles staat op deze computer, in het "
            "schoolplanbestand; Koerswijzer gebruikt geen internet.")
