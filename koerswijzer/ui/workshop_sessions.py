"""Sessions on the Teamsessies page: choose one, make a new one, edit or delete it (a delete asks
first, naming what goes with it). A mixin of :class:`~koerswijzer.ui.workshop_page.WorkshopPage`."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from koerswijzer.errors import KoerswijzerError


class SessionActions:
    """Needs from the page: plan, workshops, info, the session combo box and buttons, body, empty,
    group, group_votes, undo_stack and go()."""

    def reload_sessions(self, select: int | None = None) -> None:
        sessions = self.workshops.sessions()
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for info in sessions:
            self.sessions.addItem(info.label, info.id)
        self.sessions.blockSignals(False)
        if sessions:
            index = self.sessions.findData(select) if select is not None else len(sessions) - 1
            self.sessions.setCurrentIndex(max(0, index))
            self._session_chosen()
        else:
            self.info = None
        has = bool(sessions)
        self.body.setVisible(has)
        self.empty.setVisible(not has)
        self.edit_button.setEnabled(has and not self.plan.read_only)
        self.delete_session_button.setEnabled(has and not self.plan.read_only)
        self.sheets_button.setEnabled(has)
        self.import_button.setEnabled(has and not self.plan.read_only)
        self.project_button.setEnabled(has)

    def _session_chosen(self) -> None:
        session_id = self.sessions.currentData()
        if session_id is None:
            return
        self.info = self.workshops.session(session_id)
        self.group.blockSignals(True)
        self.group.clear()
        for group in self.info.groups:
            self.group.addItem(group.name, group.id)
        self.group.blockSignals(False)
        self.group_votes.set_groups(self.info.groups)
        self.undo_stack.clear()
        self.go(0)

    def new_session(self) -> None:
        from koerswijzer.ui.workshop_dialog import SessionDialog

        dialog = SessionDialog(self.plan.koers, None, self)
        if dialog.exec():
            try:
                info = self.workshops.create_session(dialog.name.text(), dialog.held_on(), dialog.group_names(),
                                                     dialog.question_ids(), dialog.dots.value(),
                                                     dialog.minutes.value() * 60)
            except KoerswijzerError as exc:
                QMessageBox.warning(self, "Nieuwe sessie", str(exc))
                return
            self.reload_sessions(info.id)

    def edit_session(self) -> None:
        from koerswijzer.ui.workshop_dialog import SessionDialog

        if self.info is None:
            return
        dialog = SessionDialog(self.plan.koers, self.info, self)
        if dialog.exec():
            try:
                self.workshops.update_session(self.info.id, name=dialog.name.text(), held_on=dialog.held_on(),
                                              question_ids=dialog.question_ids(), dots_per_group=dialog.dots.value(),
                                              timer_seconds=dialog.minutes.value() * 60,
                                              add_groups=dialog.group_names())
            except KoerswijzerError as exc:
                QMessageBox.warning(self, "Sessie bewerken", str(exc))
                return
            self.reload_sessions(self.info.id)

    def delete_session(self) -> None:
        if self.info is None:
            return
        cards = len(self.workshops.contributions(self.info.id))
        answer = QMessageBox.question(
            self, "Sessie verwijderen",
            f"Sessie ‘{self.info.label}’ met {cards} kaartje{'s' if cards != 1 else ''} en de stemmen verwijderen? "
            "Wat al in een antwoord staat, blijft daar staan. Dit kan niet ongedaan worden gemaakt.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.close_projection()
        try:
            self.workshops.delete_session(self.info.id)
        except KoerswijzerError as exc:
            QMessageBox.warning(self, "Sessie verwijderen", str(exc))
            return
        self.undo_stack.clear()
        self.reload_sessions()
        self.contributions_changed.emit()
