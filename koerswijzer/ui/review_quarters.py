"""The board's overview of kwartaalrapportages: per quarter every school in one row, with its
counts of goals op koers, aandacht and achter, what moved since the quarter before, and per koers
element the worst light. Choosing a school shows the goals that are behind, with the school's own
words. The data is :mod:`koerswijzer.review.rapportages`; this is only its table."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.koers.model import Koers
from koerswijzer.plan.kalender import parse_kwartaal
from koerswijzer.plan.voortgang import MARKS
from koerswijzer.review.rapportages import FILLS, RapportageEntry, per_quarter

COUNTS = (("op_koers", "Op koers"), ("aandacht", "Aandacht"), ("achter", "Achter"), ("", "Zonder\nstand"))


class QuarterOverview(QWidget):
    def __init__(self, koers: Koers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.koers = koers
        self._groups: dict[str, list[RapportageEntry]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        label = QLabel("Kwartaal:")
        self.quarter = QComboBox()
        self.quarter.setAccessibleName("Kwartaal")
        label.setBuddy(self.quarter)
        self.quarter.currentIndexChanged.connect(self._fill)
        self.summary = QLabel()
        row.addWidget(label)
        row.addWidget(self.quarter)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)
        # Headers wrap on their words, so that every column fits at 1366 px without scrolling.
        columns = ["School", *(t for _k, t in COUNTS), "Sinds vorig\nkwartaal",
                   *(e.short_title.replace(" ", "\n") if not e.nummer else e.short_title for e in koers.elements)]
        self.table = QTableWidget(0, len(columns))
        self.table.setAccessibleName("Kwartaalrapportages: scholen met hun stand per onderdeel")
        self.table.setHorizontalHeaderLabels(columns)
        for column, element in enumerate(koers.elements, start=len(COUNTS) + 2):
            self.table.horizontalHeaderItem(column).setToolTip(element.label)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(56)
        self.table.currentCellChanged.connect(lambda *_: self._show_school())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName("Doelen van de gekozen school")
        self.detail.setPlaceholderText("Kies een school om te zien welke doelen aandacht vragen.")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        self.empty = QLabel("Nog geen kwartaalrapportages. Voeg de rapportages toe die de scholen met Koerswijzer "
                            "maakten (Word); ze staan hier per kwartaal naast elkaar.")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

    def show_entries(self, entries: list[RapportageEntry]) -> None:
        chosen = self.quarter.currentData()
        self._groups = per_quarter(entries)
        self.quarter.blockSignals(True)
        self.quarter.clear()
        for key in self._groups:
            self.quarter.addItem(parse_kwartaal(key).short, key)
        index = self.quarter.findData(chosen)
        self.quarter.setCurrentIndex(index if index >= 0 else 0)
        self.quarter.blockSignals(False)
        self.empty.setVisible(not self._groups)
        self._fill()

    def current_entries(self) -> list[RapportageEntry]:
        return self._groups.get(self.quarter.currentData(), [])

    def _fill(self) -> None:
        group = self.current_entries()
        self.table.setRowCount(len(group))
        for row, entry in enumerate(group):
            counts = entry.counts()
            better, worse = entry.moved()
            name = QTableWidgetItem(entry.school)
            name.setToolTip(f"{entry.path.name}, gemaakt op {entry.gemaakt}")
            self.table.setItem(row, 0, name)
            for column, (key, _title) in enumerate(COUNTS, start=1):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, counts[key])  # numbers sort as numbers
                self.table.setItem(row, column, item)
            moved = f"{better} beter, {worse} slechter" if better or worse else "niets veranderd"
            self.table.setItem(row, len(COUNTS) + 1, QTableWidgetItem(moved))
            for column, element in enumerate(self.koers.elements, start=len(COUNTS) + 2):
                light = entry.light(element.id)
                item = QTableWidgetItem(MARKS.get(light, "—"))
                item.setBackground(QBrush(QColor("#" + FILLS[light])))
                item.setForeground(QBrush(QColor("#1a1a1a")))
                item.setToolTip(f"{element.label}: {MARKS.get(light, 'geen doelen met een stand')}")
                self.table.setItem(row, column, item)
        totals = [sum(e.counts()[k] for e in group) for k in ("op_koers", "aandacht", "achter")]
        self.summary.setText(f"{len(group)} {'school' if len(group) == 1 else 'scholen'}; samen {totals[0]} op koers, "
                             f"{totals[1]} aandacht, {totals[2]} achter." if group else "")
        if group:
            self.table.setCurrentCell(0, 0)
        self._show_school()

    def _show_school(self) -> None:
        group = self.current_entries()
        row = self.table.currentRow()
        if not 0 <= row < len(group):
            self.detail.clear()
            return
        entry = group[row]
        parts = [f"<h3>{escape(entry.school)} — {escape(entry.quarter_label)}</h3>"]
        worries = [d for d in entry.doelen if d.get("markering") in ("achter", "aandacht")]
        if not worries:
            parts.append("<p>Alle doelen met een stand zijn op koers.</p>")
        for doel in sorted(worries, key=lambda d: d.get("markering") != "achter"):
            mark = MARKS[doel["markering"]]
            words = escape(doel.get("toelichting") or "geen toelichting")
            parts.append(f"<p><b>{mark}</b>: {escape(doel.get('wat', ''))}<br><i>{words}</i></p>")
        self.detail.setHtml("".join(parts))
