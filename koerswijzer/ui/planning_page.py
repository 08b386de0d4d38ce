"""Meerjarenplanning: goals against the school years of the plan. Click (or press Enter on)
another year's cell to move a goal there; Ctrl+Z undoes a move."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.types import GoalInfo, school_year_label
from koerswijzer.ui.element_page import heading

MARK = "●"

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan


class MoveGoal(QUndoCommand):
    def __init__(self, page: PlanningPage, goal: GoalInfo, year: int | None) -> None:
        super().__init__(f"{goal.wat} naar {school_year_label(year) if year else 'ongepland'}")
        self.page, self.goal_id, self.old, self.new = page, goal.id, goal.schooljaar, year

    def redo(self) -> None:
        self.page.set_year(self.goal_id, self.new)

    def undo(self) -> None:
        self.page.set_year(self.goal_id, self.old)


class PlanningPage(QWidget):
    goals_changed = Signal()

    def __init__(self, plan: Schoolplan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.years = plan.profile().school_years()
        self.undo_stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(heading("Meerjarenplanning", 1.7))
        hint = QLabel("Klik in de kolom van een ander schooljaar (of kies de cel en druk op Enter) om een doel te "
                      "verplaatsen. Ctrl+Z maakt dat ongedaan. Waar een jaarplan is, staat wat er met het doel "
                      "gebeurde: acties af, doorgeschoven (→, ↪ in het jaar erna), behouden, bijgesteld of gestopt.")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, len(self.years) + 2)
        self.table.setAccessibleName("Meerjarenplanning: doelen per schooljaar")
        self.table.setHorizontalHeaderLabels(["Doel", "Ongepland", *map(school_year_label, self.years)])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellClicked.connect(self._cell_chosen)
        self.table.cellActivated.connect(self._cell_chosen)
        layout.addWidget(self.table)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        self._goals: list[GoalInfo] = []
        self.refresh()

    def _column_year(self, column: int) -> int | None:
        return None if column == 1 else self.years[column - 2]

    def goals_changed_by(self, source: object) -> None:
        """Another page changed the goals: show them as they are now."""
        if source is not self:
            self.refresh()

    def refresh(self) -> None:
        from koerswijzer.plan.jaarplannen import Jaarplannen

        course = Jaarplannen(self.plan).course()
        self._goals = self.plan.goals()
        self.table.setRowCount(len(self._goals))
        for row, goal in enumerate(self._goals):
            title = QTableWidgetItem(goal.wat)
            title.setToolTip(goal.hoe or goal.wat)
            self.table.setItem(row, 0, title)
            for column in range(1, len(self.years) + 2):
                here = goal.schooljaar == self._column_year(column) or (
                    column == 1 and goal.schooljaar not in self.years)
                lived = course.get((goal.id, self._column_year(column) or 0), "")
                item = QTableWidgetItem(f"{MARK} {lived}" if here and lived else lived or (MARK if here else ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if lived.endswith("gestopt"):
                    item.setForeground(QBrush(QColor("#b91c1c")))
                self.table.setItem(row, column, item)

    def _cell_chosen(self, row: int, column: int) -> None:
        if column == 0 or not (0 <= row < len(self._goals)) or self.plan.read_only:
            return
        goal = self._goals[row]
        year = self._column_year(column)
        if goal.schooljaar != year:
            self.undo_stack.push(MoveGoal(self, goal, year))

    def set_year(self, goal_id: int, year: int | None) -> None:
        try:
            self.plan.update_goal(goal_id, schooljaar=year)
        except KoerswijzerError as exc:
            QMessageBox.critical(self, "Planning opslaan", str(exc))
        self.refresh()
        self.goals_changed.emit()
