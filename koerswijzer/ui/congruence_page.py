"""Congruentie: elements against criteria, coloured; a cell shows its findings; a finding
jumps to the question, goal or target it concerns. Recomputed after every save."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.ui.element_page import heading

COLUMNS = [("dekking", "Vragen en doelen"), ("herleidbaarheid", "Koppelingen"),
           ("doelkwaliteit", "Kwaliteit schooldoelen"), ("tekst", "Tekst"), ("oordeel", "Oordeel")]
COLOURS = {"ok": "#c6efce", "let_op": "#ffeb9c", "ontbreekt": "#ffc7ce",
           "sterk": "#c6efce", "voldoende": "#ffeb9c", "aandachtspunt": "#ffc7ce"}
VERDICT_TEXT = {"sterk": "Sterk", "voldoende": "Voldoende", "aandachtspunt": "Aandachtspunt"}
MARK = {"ok": "✓", "let_op": "!", "ontbreekt": "✗"}
REF_ROLE = Qt.ItemDataRole.UserRole


def worst(severities: list[str]) -> str:
    for level in ("ontbreekt", "let_op"):
        if level in severities:
            return level
    return "ok"


class CongruencePage(QWidget):
    reference_chosen = Signal(str)  # a question, target, element or goal id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(heading("Congruentie met de koers", 1.7))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.matrix = QTableWidget(0, len(COLUMNS))
        self.matrix.setAccessibleName("Congruentie per onderdeel en criterium")
        self.matrix.setHorizontalHeaderLabels([label for _key, label in COLUMNS])
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.currentCellChanged.connect(lambda row, column, *_: self._show_cell(row, column))
        splitter.addWidget(self.matrix)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.cell_title = QLabel()
        lower_layout.addWidget(self.cell_title)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName("Bevindingen; kies er een om ernaartoe te gaan")
        self.findings.itemActivated.connect(self._chosen)
        self.findings.itemDoubleClicked.connect(self._chosen)
        lower_layout.addWidget(self.findings)
        splitter.addWidget(lower)
        splitter.setSizes([300, 300])
        layout.addWidget(splitter, 1)

    def show_report(self, report) -> None:  # type: ignore[no-untyped-def]
        """Fill the matrix from a congruence report, keeping the selected cell."""
        self.report = report
        row, column = self.matrix.currentRow(), self.matrix.currentColumn()
        addressed = sum(1 for t in report.targets.values() if t.addressed)
        missing = [i.label for i in report.statutory if i.present is False]
        statutory = ("alle wettelijke eisen zijn aanwezig" if not missing
                     else "wettelijke eisen die ontbreken: " + "; ".join(missing))
        self.summary.setText(f"Het plan raakt {addressed} van de {len(report.targets)} doelen van het bestuur; "
                             f"{statutory}. Kies een cel voor de bevindingen.")
        self.matrix.setRowCount(len(report.elements))
        self.matrix.setVerticalHeaderLabels([e.title for e in report.elements])
        for r, element in enumerate(report.elements):
            for c, (key, _label) in enumerate(COLUMNS):
                if key == "oordeel":
                    level, text = element.verdict, f"{VERDICT_TEXT[element.verdict]} ({element.score})"
                else:
                    found = [f.severity for f in element.findings if f.criterion == key]
                    level = worst(found)
                    problems = sum(1 for s in found if s != "ok")
                    text = "in orde" if not problems else f"{problems} punt{'en' if problems != 1 else ''}"
                    if key == "dekking":
                        text = f"{element.answered}/{element.questions} vragen; " + text
                item = QTableWidgetItem(text)
                item.setBackground(QBrush(QColor(COLOURS[level])))
                item.setForeground(QBrush(QColor("#1a202c")))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.matrix.setItem(r, c, item)
        self.matrix.setCurrentCell(max(row, 0), max(column, 0))
        self._show_cell(self.matrix.currentRow(), self.matrix.currentColumn())

    def _show_cell(self, row: int, column: int) -> None:
        self.findings.clear()
        if self.report is None or not (0 <= row < len(self.report.elements)):
            self.cell_title.setText("")
            return
        element = self.report.elements[row]
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "oordeel"
        chosen = element.findings if key == "oordeel" else [f for f in element.findings if f.criterion == key]
        order = ("ontbreekt", "let_op", "ok")
        label = dict(COLUMNS)[key]
        self.cell_title.setText(f"<b>{element.title}</b> — {label}")
        for finding in sorted(chosen, key=lambda f: order.index(f.severity)):
            item = QListWidgetItem(f"{MARK[finding.severity]}  {finding.message.replace('**', '')}")
            item.setData(REF_ROLE, finding.refs[-1] if finding.refs else element.element_id)
            item.setBackground(QBrush(QColor(COLOURS[finding.severity])))
            item.setForeground(QBrush(QColor("#1a202c")))
            self.findings.addItem(item)
        if not chosen:
            item = QListWidgetItem(f"{MARK['ok']}  Geen open punten bij ‘{label}’.")
            item.setData(REF_ROLE, element.element_id)
            self.findings.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        ref = item.data(REF_ROLE)
        if ref:
            self.reference_chosen.emit(str(ref))
