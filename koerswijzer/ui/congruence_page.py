"""Congruentie: elements against criteria, coloured; a cell shows its findings; a finding
jumps to the question, goal or target it concerns. Recomputed after every save."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.congruence.verdicts import FILLS, SEVERITY_FILLS, TEXT_ON_FILL, VERDICT_TEXT
from koerswijzer.ui.element_page import heading
from koerswijzer.ui.link_list import LinkList

COLUMNS = [("dekking", "Vragen en doelen"), ("herleidbaarheid", "Koppelingen"),
           ("doelkwaliteit", "Kwaliteit schooldoelen"), ("tekst", "Tekst"), ("oordeel", "Oordeel")]
HEADERS = {"dekking": "Vragen\nen doelen", "doelkwaliteit": "Kwaliteit\nschooldoelen"}
# Criteria that do not apply to an element without school goals (shown as "—", not as "in orde").
GOAL_CRITERIA = ("herleidbaarheid", "doelkwaliteit")
COLOURS = {key: f"#{fill}" for key, fill in {**SEVERITY_FILLS, **FILLS}.items()}
MARK = {"ok": "✓", "let_op": "!", "ontbreekt": "✗"}
REF_ROLE = Qt.ItemDataRole.UserRole
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def worst(severities: list[str]) -> str:
    for level in ("ontbreekt", "let_op"):
        if level in severities:
            return level
    return "ok"


class CongruencePage(QWidget):
    reference_chosen = Signal(str)  # a question, target, element or goal id
    passage_decided = Signal(str, str, str)  # target id, passage, bevestigd | afgewezen | aangewezen
    decisions_undone = Signal(str)  # target id: take back the decisions on it
    suggestions_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(heading("Congruentie met de koers", 1.7))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.legend = QLabel()  # filled with the first report, so the engine is not loaded at start-up
        self.legend.setWordWrap(True)
        self.legend.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.matrix = QTableWidget(0, len(COLUMNS))
        self.matrix.setAccessibleName("Congruentie per onderdeel en criterium")
        # Two-line headers, so that they are not cut off in a 1024 px window.
        self.matrix.setHorizontalHeaderLabels([HEADERS.get(key, label) for key, label in COLUMNS])
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
        self.findings = LinkList(REF_ROLE)
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName("Bevindingen; ‘Ga erheen’ of Enter opent de plek in het plan")
        self.findings.link_activated.connect(self._chosen)
        self.findings.itemDoubleClicked.connect(self._chosen)
        lower_layout.addWidget(self.findings)
        # The reader corrects the machine: the decision holds for every next check.
        actions = QHBoxLayout()
        self.confirm_button = QPushButton("Klopt")
        self.confirm_button.setToolTip("Deze passage gaat inderdaad over dit doel van het bestuur.")
        self.reject_button = QPushButton("Klopt niet")
        self.reject_button.setToolTip("Deze passage gaat niet over dit doel; de controle telt haar niet meer mee.")
        self.point_button = QPushButton("Passage aanwijzen…")
        self.point_button.setToolTip("Plak een passage uit het plan die dit doel wel raakt, maar die de controle "
                                     "niet vond.")
        self.undo_button = QPushButton("Beslissingen terugdraaien")
        self.undo_button.setToolTip("Neem de eigen beslissingen over passages bij dit doel terug.")
        self.suggest_button = QPushButton("Suggesties voor herkenning…")
        self.suggest_button.setToolTip("Woorden uit bevestigde en aangewezen passages die het bestuur bij zijn "
                                       "doelen als herkenning kan opnemen.")
        for button, action in ((self.confirm_button, self.confirm), (self.reject_button, self.reject),
                               (self.point_button, self.point_out), (self.undo_button, self.undo),
                               (self.suggest_button, self.suggestions_requested.emit)):
            button.clicked.connect(action)
            actions.addWidget(button)
        actions.addStretch(1)
        lower_layout.addLayout(actions)
        self.findings.currentItemChanged.connect(lambda *_: self._update_actions())
        self._update_actions()
        splitter.addWidget(lower)
        splitter.setSizes([420, 200])  # every element's row in sight, the findings below
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
        if not self.legend.text():
            from koerswijzer.congruence.engine import WEIGHTS

            self.legend.setText(
                "Het oordeel volgt de regel van de koers. Het getal erachter is een score van 0 tot 100: tot "
                f"{round(100 * WEIGHTS['vragen'])} voor beantwoorde vragen, tot "
                f"{round(100 * WEIGHTS['doelen_bestuur'])} voor de doelen van het bestuur die aan bod komen en tot "
                f"{round(100 * WEIGHTS['schooldoelen'])} voor schooldoelen. ‘Ga erheen’ bij een bevinding (of Enter) "
                "opent die plek in het plan; een klik op de bevinding zelf kiest haar voor ‘Klopt’ of ‘Klopt niet’.")
        self.matrix.setRowCount(len(report.elements))
        # "Venster 1:" above its name: the row is two lines high anyway, and the columns get the room.
        self.matrix.setVerticalHeaderLabels([e.title.replace(": ", ":\n", 1) for e in report.elements])
        for r, element in enumerate(report.elements):
            for c, (key, _label) in enumerate(COLUMNS):
                if key == "oordeel":
                    level, text = element.verdict, f"{VERDICT_TEXT[element.verdict]} ({element.score})"
                    tip = f"{VERDICT_TEXT[element.verdict]}; score {element.score} van 100"
                else:
                    found = [f.severity for f in element.findings if f.criterion == key]
                    level = worst(found)
                    problems = sum(1 for s in found if s != "ok")
                    text = "in orde" if not problems else f"{problems} punt{'en' if problems != 1 else ''}"
                    if key == "dekking":
                        text = f"{element.answered}/{element.questions} vragen; " + text
                    tip = f"{element.title} — {dict(COLUMNS)[key]}: {text}"
                    if not found and key in GOAL_CRITERIA and not element.goals:
                        level, text = "", "—"
                        tip = f"{element.title} — {dict(COLUMNS)[key]}: niet van toepassing, er zijn nog geen schooldoelen"
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if level:
                    item.setBackground(QBrush(QColor(COLOURS[level])))
                    item.setForeground(QBrush(QColor(f"#{TEXT_ON_FILL}")))
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
            item.setData(FINDING_ROLE, finding)
            item.setBackground(QBrush(QColor(COLOURS[finding.severity])))
            item.setForeground(QBrush(QColor(f"#{TEXT_ON_FILL}")))
            self.findings.addItem(item)
        if not chosen:
            self.findings.addItem(QListWidgetItem(f"{MARK['ok']}  Geen open punten bij ‘{label}’."))

    def _chosen(self, item: QListWidgetItem) -> None:
        ref = item.data(REF_ROLE)
        if ref:
            self.reference_chosen.emit(str(ref))

    # -- the reader's decisions ------------------------------------------------------------------

    def _selected(self):  # type: ignore[no-untyped-def]
        """(target id, passage) of the chosen finding when it is about a board target."""
        item = self.findings.currentItem()
        finding = item.data(FINDING_ROLE) if item is not None else None
        if finding is None or self.report is None or not finding.refs or finding.refs[0] not in self.report.targets:
            return None, ""
        return finding.refs[0], finding.passage

    def _update_actions(self) -> None:
        target, passage = self._selected()
        self.confirm_button.setEnabled(bool(target and passage))
        self.reject_button.setEnabled(bool(target and passage))
        self.point_button.setEnabled(bool(target))
        self.undo_button.setEnabled(bool(target))
        self.suggest_button.setEnabled(self.report is not None)

    def confirm(self) -> None:
        target, passage = self._selected()
        if target and passage:
            self.passage_decided.emit(target, passage, "bevestigd")

    def reject(self) -> None:
        target, passage = self._selected()
        if target and passage:
            self.passage_decided.emit(target, passage, "afgewezen")

    def point_out(self) -> None:
        target, _passage = self._selected()
        if not target:
            return
        text = self.report.targets[target].text  # type: ignore[union-attr]
        passage, ok = QInputDialog.getMultiLineText(
            self, "Passage aanwijzen", f"Plak de passage uit het plan die dit doel raakt:\n‘{text}’")
        if ok and passage.strip():
            self.passage_decided.emit(target, passage.strip(), "aangewezen")

    def undo(self) -> None:
        target, _passage = self._selected()
        if target:
            self.decisions_undone.emit(target)
