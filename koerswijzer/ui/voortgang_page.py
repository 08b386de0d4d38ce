"""Voortgang: every goal against the quarters, each cell its stand. Keyboard first: pick a cell,
press G (groen: op koers), O (oranje: aandacht) or R (rood: achter), type the measured value and
Enter. Below the grid, for the chosen cell: the text, the evidence, the indicator's trend, and what
moved since the previous quarter. Ctrl+Z undoes a stand."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.kalender import (
    current_quarter,
    number_text,
    parse_number,
    period_quarters,
    school_year_label,
    school_year_quarters,
)
from koerswijzer.plan.voortgang import MARKS, Voortgang
from koerswijzer.ui.element_page import heading
from koerswijzer.ui.living_undo import MarkQuarter

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan
    from koerswijzer.ui.jobs import JobRunner

KEYS = {Qt.Key.Key_G: "op_koers", Qt.Key.Key_O: "aandacht", Qt.Key.Key_R: "achter"}
FILLS = {"op_koers": "#c6efce", "aandacht": "#ffeb9c", "achter": "#ffc7ce"}
DOT = {"op_koers": "●", "aandacht": "◐", "achter": "○"}  # told apart without colour too
GOAL_ROLE = Qt.ItemDataRole.UserRole
ALL_YEARS = -1


class _Grid(QTableWidget):
    mark_requested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        mark = KEYS.get(Qt.Key(event.key()))
        if mark is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.mark_requested.emit(mark)
            return
        super().keyPressEvent(event)


class VoortgangPage(QWidget):
    changed = Signal()

    def __init__(self, plan: Schoolplan, jobs: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.jobs = plan, jobs
        self.voortgang = Voortgang(plan)
        self.undo_stack = QUndoStack(self)
        self._filling = False  # the grid is being filled: its changes are not the director's
        self._loading_text = False
        profile = plan.profile()
        self.quarters = period_quarters(profile.period_start, profile.period_end)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        top.addWidget(heading("Voortgang per kwartaal", 1.6), 1)
        self.year = QComboBox()
        self.year.setAccessibleName("Schooljaar")
        for year in range(profile.period_start, profile.period_end):
            self.year.addItem(school_year_label(year), year)
        self.year.addItem("Alle jaren", ALL_YEARS)
        self.year.setCurrentIndex(self.year.findData(current_quarter(profile.period_start, profile.period_end).school_year))
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        self.report_button = QPushButton("Kwartaalrapportage…")
        self.report_button.setToolTip("De rapportage van het gekozen kwartaal als Word-document")
        menu = QMenu(self.report_button)
        menu.addAction("Volledige rapportage (met grafieken)…", lambda: self.export_report())
        menu.addAction("Overzicht op één pagina…", lambda: self.export_report(overview_only=True))
        self.report_button.setMenu(menu)
        top.addWidget(QLabel("Schooljaar:"))
        top.addWidget(self.year)
        top.addWidget(self.report_button)
        layout.addLayout(top)
        hint = QLabel("Kies een cel en druk <b>G</b> (groen: op koers), <b>O</b> (oranje: aandacht) of <b>R</b> "
                      "(rood: achter); typ daarna de gemeten waarde en Enter. Ctrl+Z maakt ongedaan.")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.grid = _Grid()
        self.grid.setAccessibleName("Doelen per kwartaal")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setMaximumWidth(420)  # narrowed to the window in resizeEvent
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.mark_requested.connect(self.mark_current)
        self.grid.itemChanged.connect(self._value_typed)
        self.grid.currentCellChanged.connect(lambda *_: self._show_cell())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(self._detail_panel())
        splitter.setSizes([330, 230])
        layout.addWidget(splitter, 1)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(600)
        self._text_timer.timeout.connect(self._save_text)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh()

    def _detail_panel(self) -> QWidget:
        from koerswijzer.ui.trend_chart import TrendChart

        panel = QWidget()
        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 4, 0, 0)
        left = QVBoxLayout()
        self.cell_title = QLabel()
        self.cell_title.setWordWrap(True)
        left.addWidget(self.cell_title)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Toelichting bij de stand")
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(lambda: None if self._loading_text else self._text_timer.start())
        left.addWidget(self.text, 1)
        evidence_row = QHBoxLayout()
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        evidence_row.addWidget(self.evidence, 1)
        self.note_button = QPushButton("Notitie…")
        self.note_button.clicked.connect(self.add_note)
        self.file_button = QPushButton("Bestand…")
        self.file_button.clicked.connect(self.add_file)
        evidence_row.addWidget(self.note_button)
        evidence_row.addWidget(self.file_button)
        left.addLayout(evidence_row)
        self.compare = QLabel()
        self.compare.setWordWrap(True)
        left.addWidget(self.compare)
        row.addLayout(left, 1)
        self.chart = TrendChart()
        row.addWidget(self.chart, 1)
        return panel

    # -- the grid -------------------------------------------------------------------------------------

    def shown_quarters(self) -> list:
        year = self.year.currentData()
        return self.quarters if year == ALL_YEARS else school_year_quarters(int(year))

    def shown_goals(self, quarters: list, stands: dict) -> list:
        """The school year's goals: its jaarplan's, those the meerjarenplanning puts in it, and any
        goal marked in one of its quarters. "Alle jaren" shows every goal."""
        goals = self.plan.goals()
        year = self.year.currentData()
        if year == ALL_YEARS:
            return goals
        from koerswijzer.plan.jaarplannen import Jaarplannen

        jaarplan = Jaarplannen(self.plan).get(int(year))
        keys = {q.key for q in quarters}
        chosen = {d.goal.id for d in jaarplan.doelen} if jaarplan else set()
        chosen |= {g.id for g in goals if g.schooljaar == year} | {goal for goal, key in stands if key in keys}
        return [g for g in goals if g.id in chosen]

    def refresh(self) -> None:
        row, column = self.grid.currentRow(), self.grid.currentColumn()
        koers = self.plan.koers
        quarters = self.shown_quarters()
        stands = self.voortgang.stands()
        self.goals = self.shown_goals(quarters, stands)
        self._filling = True
        self.grid.clear()
        self.grid.setRowCount(len(self.goals))
        self.grid.setColumnCount(len(quarters))
        self.grid.setHorizontalHeaderLabels([q.short for q in quarters])
        labels = []
        for r, goal in enumerate(self.goals):
            element = koers.top_element(goal.element_id).titel if goal.element_id and koers.find(goal.element_id) else "Eigen"
            wat = goal.wat if len(goal.wat) <= 70 else goal.wat[:69] + "…"
            labels.append(f"{element}: {wat}")
            for c, quarter in enumerate(quarters):
                stand = stands.get((goal.id, quarter.key))
                item = QTableWidgetItem()
                item.setData(GOAL_ROLE, goal.id)
                if stand is not None:
                    value = f" {number_text(stand.waarde)}" if stand.waarde is not None else ""
                    item.setText(f"{DOT[stand.markering]} {MARKS[stand.markering]}{value}")
                    item.setBackground(QBrush(QColor(FILLS[stand.markering])))
                    item.setForeground(QBrush(QColor("#1a1a1a")))
                    item.setToolTip(stand.toelichting or MARKS[stand.markering])
                if self.plan.read_only:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.grid.setItem(r, c, item)
        self.grid.setVerticalHeaderLabels(labels)
        for r, goal in enumerate(self.goals):
            self.grid.verticalHeaderItem(r).setToolTip(goal.wat)
        self._filling = False
        if self.goals:
            default_column = next((i for i, q in enumerate(quarters) if q == current_quarter(
                self.quarters[0].year, self.quarters[-1].year)), 0)
            self.grid.setCurrentCell(max(0, min(row, len(self.goals) - 1)) if row >= 0 else 0,
                                     column if 0 <= column < len(quarters) else default_column)
        self._show_cell()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        # The goals' names take at most two fifths of the grid: the quarters keep room for their marks.
        self.grid.verticalHeader().setMaximumWidth(max(200, min(420, int(self.width() * 0.38))))
        super().resizeEvent(event)

    def current(self):  # type: ignore[no-untyped-def]
        """(goal, quarter) of the chosen cell, or (None, None)."""
        return self.cell(self.grid.currentRow(), self.grid.currentColumn())

    def cell(self, row: int, column: int):  # type: ignore[no-untyped-def]
        """(goal, quarter) of a cell of the grid, or (None, None)."""
        quarters = self.shown_quarters()
        if not (0 <= row < len(self.goals) and 0 <= column < len(quarters)):
            return None, None
        return self.goals[row], quarters[column]

    def _show_cell(self) -> None:
        from koerswijzer.plan.rapportage import collect_rapportage

        goal, quarter = self.current()
        self._loading_text = True
        if goal is None:
            self.cell_title.setText("")
            self.text.setPlainText("")
            self._loading_text = False
            return
        stand = self.voortgang.stands().get((goal.id, quarter.key))
        facts = "; ".join(f for f in (f"indicator: {goal.indicator}" if goal.indicator else "",
                                      f"begin: {goal.baseline}" if goal.baseline else "",
                                      f"streef: {goal.streefwaarde}" if goal.streefwaarde else "") if f)
        # Short enough for 1024 x 700; the whole goal and its facts are in the tooltip.
        wat = goal.wat if len(goal.wat) <= 110 else goal.wat[:109] + "…"
        short = facts if len(facts) <= 150 else facts[:149] + "…"
        self.cell_title.setText(f"<b>{quarter.short}</b> — {escape(wat)}<br><small>{escape(short)}</small>")
        self.cell_title.setToolTip(f"{goal.wat}\n\n{facts}" if facts else goal.wat)
        self.text.setPlainText(stand.toelichting if stand else "")
        self.text.setEnabled(stand is not None and not self.plan.read_only)
        self.text.setPlaceholderText("Toelichting: wat ging goed, wat vraagt aandacht?" if stand else
                                     "Kies eerst de stand: G, O of R.")
        self._loading_text = False
        items = [e.label for e in self.voortgang.evidence(goal.id) if e.kwartaal in ("", quarter.key)]
        self.evidence.setText("Bewijs: " + ("; ".join(items) if items else "nog geen"))
        content = collect_rapportage(self.plan, quarter)
        progress = next((g for g in content.goals() if g.goal.id == goal.id), None)
        self.chart.show_progress(progress)
        moved = content.verschil
        self.compare.setText(f"Sinds {quarter.previous().short}: {len(moved.beter)} beter, {len(moved.slechter)} "
                             f"slechter, {len(moved.stil)} staan stil.")

    # -- changing -------------------------------------------------------------------------------------

    def mark_current(self, markering: str, waarde: object = "keep", cell: tuple | None = None) -> bool:
        goal, quarter = cell or self.current()
        if goal is None or self.plan.read_only:
            return False
        old = self.voortgang.stands().get((goal.id, quarter.key))
        value = (old.waarde if old else None) if waarde == "keep" else waarde
        try:
            before, after = self.voortgang.mark(goal.id, quarter, markering, old.toelichting if old else "", value)
        except KoerswijzerError as exc:
            QMessageBox.warning(self, "Voortgang", str(exc))
            self.refresh()
            return False
        self.undo_stack.push(MarkQuarter(self.voortgang, before, after, self._done))
        self._done()
        return True

    def _value_typed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        # The item's own cell: Qt commits an editor after the current cell has already moved on.
        goal, quarter = self.cell(item.row(), item.column())
        text = item.text().strip()
        stand = self.voortgang.stands().get((goal.id, quarter.key)) if goal else None
        if goal is None or stand is None:
            self.refresh()
            QMessageBox.information(self, "Voortgang", "Kies eerst de stand met G (op koers), O (aandacht) of R "
                                                       "(achter); typ daarna de gemeten waarde.")
            return
        shown = f"{DOT[stand.markering]} {MARKS[stand.markering]}"
        text = text.removeprefix(shown).strip()
        try:
            value = parse_number(text)
        except KoerswijzerError as exc:
            QMessageBox.warning(self, "Voortgang", str(exc))
            self.refresh()  # the stored value stays, and shows again
            return
        self.mark_current(stand.markering, value, cell=(goal, quarter))

    def _save_text(self) -> None:
        goal, quarter = self.current()
        stand = self.voortgang.stands().get((goal.id, quarter.key)) if goal else None
        if stand is None or self.plan.read_only:
            return
        try:
            self.voortgang.mark(goal.id, quarter, stand.markering, self.text.toPlainText(), stand.waarde)
        except KoerswijzerError as exc:
            QMessageBox.warning(self, "Voortgang", str(exc))

    def flush(self) -> None:
        """Save a text still waiting for its pause (before the page or the plan closes)."""
        if self._text_timer.isActive():
            self._text_timer.stop()
            self._save_text()

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()

    def add_note(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        goal, quarter = self.current()
        if goal is None:
            return
        note, ok = QInputDialog.getMultiLineText(self, "Notitie als bewijs", f"Bij ‘{goal.wat}’ in {quarter.short}:")
        if ok and note.strip():
            try:
                self.voortgang.add_note(goal.id, quarter.key, note)
            except KoerswijzerError as exc:
                QMessageBox.warning(self, "Bewijs", str(exc))
            self._show_cell()

    def add_file(self, path: str | None = None, copy: bool | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        goal, quarter = self.current()
        if goal is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, "Bestand als bewijs", "", "Alle bestanden (*)")
            if not path:
                return
        if copy is None:
            box = QMessageBox(QMessageBox.Icon.Question, "Bestand als bewijs",
                              "Neemt u het bestand op in het schoolplan (het reist dan mee, tot 20 MB), of verwijst "
                              "het schoolplan alleen naar de plek waar het staat?", parent=self)
            take = box.addButton("In het schoolplan opnemen", QMessageBox.ButtonRole.AcceptRole)
            box.addButton("Alleen verwijzen", QMessageBox.ButtonRole.RejectRole)
            box.exec()
            copy = box.clickedButton() is take
        try:
            self.voortgang.add_file(goal.id, quarter.key, path, copy)
        except KoerswijzerError as exc:
            QMessageBox.warning(self, "Bewijs", str(exc))
        self._show_cell()

    def export_report(self, target: str | None = None, overview_only: bool = False):  # type: ignore[no-untyped-def]
        from koerswijzer.ui.living_export import export_rapportage

        _goal, quarter = self.current()
        if quarter is None:
            quarter = current_quarter(self.quarters[0].year, self.quarters[-1].year)
        return export_rapportage(self, quarter.key, target, overview_only)
