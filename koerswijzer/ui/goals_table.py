"""The school goals of one element (or of the whole plan) as a table, with add/edit/delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.koers.model import Element
from koerswijzer.plan.types import GoalInfo, school_year_label
from koerswijzer.ui.goal_dialog import GoalDialog

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan


class GoalsTable(QWidget):
    goals_changed = Signal()

    def __init__(self, plan: Schoolplan, element: Element | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.element = element
        self._goals: list[GoalInfo] = []
        columns = ["Wat", "Wanneer", "Eigenaar", "Meetbaar", "Koppeling"]
        if element is None:
            columns.insert(0, "Onderdeel")
        layout = QVBoxLayout(self)
        if element is None:  # the plan-wide page
            layout.setContentsMargins(24, 16, 24, 24)
            title = QLabel("Alle schooldoelen")
            font = title.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.7)
            title.setFont(font)
            layout.addWidget(title)
        else:
            layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.setAccessibleName("Schooldoelen" if element is None else f"Schooldoelen bij {element.titel}")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for name, width in (("Onderdeel", 140), ("Wanneer", 85), ("Eigenaar", 140), ("Meetbaar", 150),
                            ("Koppeling", 150)):
            if name in columns:
                self.table.setColumnWidth(columns.index(name), width)
        header.setSectionResizeMode(columns.index("Wat"), QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Doel toevoegen…")
        self.edit_button = QPushButton("Bewerken…")
        self.delete_button = QPushButton("Verwijderen")
        for button, slot in ((self.add_button, self.add), (self.edit_button, self.edit_selected),
                             (self.delete_button, self.delete_selected)):
            button.clicked.connect(slot)
            button.setEnabled(not plan.read_only)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def goals_changed_by(self, source: object) -> None:
        """Another page changed the goals: show them as they are now."""
        if source is not self:
            self.refresh()

    def refresh(self) -> None:
        element_id = self.element.id if self.element is not None else None
        self._goals = self.plan.goals(element_id)
        koers = self.plan.koers
        self.table.setRowCount(len(self._goals))
        for row, goal in enumerate(self._goals):
            link = goal.primary_link
            found = koers.find(link) if link else None
            link_text = "Eigen kleur" if goal.eigen_kleur else (
                getattr(found, "tekst", None) or getattr(found, "titel", link or "")
            )
            if goal.secondary_links:
                link_text += f" (+{len(goal.secondary_links)})"
            meetbaar = " → ".join(v for v in (goal.baseline, goal.streefwaarde) if v)
            if goal.indicator:
                meetbaar = f"{goal.indicator}: {meetbaar}" if meetbaar else goal.indicator
            values = [goal.wat, school_year_label(goal.schooljaar) if goal.schooljaar else "—",
                      goal.eigenaar, meetbaar, link_text]
            if self.element is None:
                owner = koers.find(goal.element_id) if goal.element_id else None
                values.insert(0, getattr(owner, "titel", "Hele plan"))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        if self.element is not None:  # inside a scrolling element page: as tall as its rows
            self.table.setFixedHeight(min(320, 34 + 30 * max(1, len(self._goals))))

    def _selected(self) -> GoalInfo | None:
        row = self.table.currentRow()
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def _home(self, goal: GoalInfo | None) -> Element | None:
        if self.element is not None:
            return self.element
        if goal is not None and goal.element_id:
            found = self.plan.koers.find(goal.element_id)
            return found if isinstance(found, Element) else None
        return None

    def add(self) -> None:
        served = frozenset(link.ref_id for goal in self.plan.goals() for link in goal.links)
        dialog = GoalDialog(self.plan.koers, self.plan.profile(), self.element, parent=self, served=served)
        if dialog.exec():
            self._apply(lambda: self.plan.add_goal(
                primary=dialog.primary_link(), secondary=dialog.secondary_links(),
                element_id=self._home_of(dialog.primary_link()), **dialog.fields()))

    def _home_of(self, primary: str | None) -> str | None:
        """The element page a new goal belongs on: this one, or that of its primary link."""
        if self.element is not None:
            return self.element.id
        found = self.plan.koers.find(primary) if primary else None
        if isinstance(found, Element):
            return found.id
        return getattr(found, "element_id", None)

    def edit_selected(self) -> None:
        goal = self._selected()
        if goal is None or self.plan.read_only:
            return
        dialog = GoalDialog(self.plan.koers, self.plan.profile(), self._home(goal), goal, parent=self)
        if dialog.exec():
            def change() -> None:
                self.plan.update_goal(goal.id, **dialog.fields())
                self.plan.set_goal_links(goal.id, dialog.primary_link(), dialog.secondary_links())
            self._apply(change)

    def delete_selected(self) -> None:
        goal = self._selected()
        if goal is None:
            return
        answer = QMessageBox.question(self, "Doel verwijderen", f"Het doel ‘{goal.wat}’ verwijderen?")
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(lambda: self.plan.delete_goal(goal.id))

    def _apply(self, change) -> None:  # type: ignore[no-untyped-def]
        try:
            change()
        except KoerswijzerError as exc:
            QMessageBox.critical(self, "Doel opslaan", str(exc))
        self.refresh()
        self.goals_changed.emit()
