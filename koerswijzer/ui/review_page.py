"""Bestuur: schoolplannen beoordelen. Add .docx files (reviewed on both cores, with progress and
cancel), see all schools against the koers in one coloured matrix, drill down into the findings,
and write the board's own judgement per school and element."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.congruence.verdicts import FILLS, TEXT_ON_FILL, VERDICT_TEXT
from koerswijzer.ui.element_page import heading
from koerswijzer.ui.jobs import Job, JobRunner
from koerswijzer.ui.review_decisions import DOC_ROLE, PassageDecisions
from koerswijzer.ui.review_quarters import QuarterOverview

if TYPE_CHECKING:
    from koerswijzer.review.store import ReviewStore



def _bold(markdown: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escape(markdown))


def findings_html(result: dict) -> str:
    """One school's element: its open points, then per board target the passage that addresses
    it, with the matched words in bold (the drill-down into the document)."""
    points = "".join(f"<li>{_bold(f)}</li>" for f in result["bevindingen"]) or "<li>Geen open punten.</li>"
    html = f"<p><b>Bevindingen</b></p><ul>{points}</ul>"
    passages = result.get("passages") or []
    if passages:
        html += "<p><b>Waar het document de doelen van het bestuur raakt</b></p>"
        for item in passages:
            text = f"<br><i>{escape(item['waar'])}:</i> “{_bold(item['passage'])}”" if item["passage"] \
                else f"<br><i>{escape(item['waar'])}</i>"
            html += f"<p style='margin-left:8px'>• {escape(item['doel'])}{text}</p>"
    return html


def review_work(paths: list[Path], koers):  # type: ignore[no-untyped-def]
    """The board review as a job's work: (schoolplan reviews, rapportages by their trace)."""

    def work(report):  # type: ignore[no-untyped-def]
        from koerswijzer.review.review import review_files

        from koerswijzer.review.rapportages import is_rapportage, read_rapportage

        reports = [p for p in paths if is_rapportage(p)]
        plans = [p for p in paths if p not in reports]
        rapportages = []
        for done, path in enumerate(reports, start=1):  # read from their trace: quick
            rapportages.append(read_rapportage(path))
            if not report(done, len(paths), path.name):
                break
        reviews = review_files(plans, koers, lambda done, total, result: report(
            len(reports) + done, len(paths), result.path.name)) if plans else []
        return reviews, rapportages

    return work


class ReviewPage(PassageDecisions, QWidget):
    closed = Signal()

    def __init__(self, store: ReviewStore, jobs: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._documents: list = []
        self.jobs = jobs if jobs is not None else JobRunner(self)
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(f"Bestuur: schoolplannen beoordelen — {Path(store.location).stem}", 1.5))
        layout.addWidget(QLabel(f"Koers: {store.koers.titel} ({store.koers.bestuur})"))
        bar = QHBoxLayout()
        self.add_button = QPushButton("Documenten toevoegen…")
        self.add_button.setToolTip("Schoolplannen en kwartaalrapportages (Word) van de scholen")
        self.add_button.clicked.connect(self.choose_files)
        self.excel_button = QPushButton("Overzicht als Excel…")
        self.excel_button.clicked.connect(self.export_overview)
        self.form_button = QPushButton("Beoordelingsformulier…")
        self.form_button.clicked.connect(self.export_form)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter op school of oordeel")
        self.filter.setAccessibleName("Filter")
        self.filter.textChanged.connect(self._apply_filter)
        close = QPushButton("Sluiten")
        close.clicked.connect(self.closed)
        for widget in (self.add_button, self.excel_button, self.form_button):
            bar.addWidget(widget)
        bar.addWidget(self.filter, 1)
        bar.addWidget(close)
        layout.addLayout(bar)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Voortgang van de beoordeling")
        self.cancel_button = QPushButton("Annuleren")
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.setVisible(False)
        layout.addWidget(self.progress_box)

        splitter = QSplitter(Qt.Orientation.Vertical)
        elements = store.koers.elements
        columns = ["School", *(e.short_title for e in elements), "Doelen bestuur", "Wettelijk"]
        self.matrix = QTableWidget(0, len(columns))
        self.matrix.setAccessibleName("Overzicht: scholen tegen de onderdelen van de koers")
        self.matrix.setHorizontalHeaderLabels(columns)
        for column, element in enumerate(elements, start=1):
            self.matrix.horizontalHeaderItem(column).setToolTip(element.label)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setSortingEnabled(True)
        header = self.matrix.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column in range(1, len(columns)):
            self.matrix.setColumnWidth(column, 112)
        self.matrix.currentCellChanged.connect(lambda *_: self._show_cell())
        header.sortIndicatorChanged.connect(lambda *_: self._apply_spans())
        splitter.addWidget(self.matrix)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.findings = QTextBrowser()
        self.findings.setOpenLinks(False)
        self.findings.setAccessibleName("Bevindingen en passages bij de gekozen school en het gekozen onderdeel")
        reading = QVBoxLayout()
        reading.addWidget(self.findings, 3)
        # The board corrects the machine: per passage, and it holds for the next version of the plan.
        self.passages = QListWidget()
        self.passages.setAccessibleName("Passages bij de doelen van het bestuur; kies er een om te beslissen")
        self.passages.setMaximumHeight(110)
        self.passages.setWordWrap(True)
        self.passages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        reading.addWidget(self.passages, 1)
        decide = QHBoxLayout()
        self.confirm_button = QPushButton("Klopt")
        self.reject_button = QPushButton("Klopt niet")
        self.point_button = QPushButton("Passage aanwijzen…")
        self.undo_button = QPushButton("Beslissingen terugdraaien")
        self.confirm_button.setToolTip("Deze passage gaat inderdaad over dit doel van het bestuur.")
        self.reject_button.setToolTip("Deze passage gaat niet over dit doel; de beoordeling telt haar niet meer mee.")
        self.point_button.setToolTip("Plak een passage uit het document die een doel van dit onderdeel raakt.")
        for button, action in ((self.confirm_button, lambda: self.decide("bevestigd")),
                               (self.reject_button, lambda: self.decide("afgewezen")),
                               (self.point_button, self.point_out), (self.undo_button, self.undo)):
            button.clicked.connect(action)
            decide.addWidget(button)
        decide.addStretch(1)
        reading.addLayout(decide)
        lower_layout.addLayout(reading, 3)
        self.passages.currentItemChanged.connect(lambda *_: self._update_decide())
        judge = QVBoxLayout()
        self.cell_title = QLabel()
        self.cell_title.setWordWrap(True)
        judge.addWidget(self.cell_title)
        self.judgement = QComboBox()
        self.judgement.setAccessibleName("Oordeel van het bestuur")
        self.judgement.addItem("— geen oordeel —", "")
        for key in ("sterk", "voldoende", "aandachtspunt"):
            self.judgement.addItem(VERDICT_TEXT[key], key)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText("Opmerking van het bestuur")
        self.comment.setAccessibleName("Opmerking van het bestuur")
        self.comment.setTabChangesFocus(True)
        self.version_note = QLabel()
        judge.addWidget(self.judgement)
        judge.addWidget(self.comment, 1)
        judge.addWidget(self.version_note)
        lower_layout.addLayout(judge, 2)
        self.judgement.currentIndexChanged.connect(self._save_judgement)
        self.comment.textChanged.connect(self._save_judgement)
        splitter.addWidget(lower)
        splitter.setSizes([330, 350])
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "Schoolplannen")
        self.quarters = QuarterOverview(store.koers)
        self.tabs.addTab(self.quarters, "Kwartaalrapportages")
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # -- adding documents ----------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Schoolplannen en kwartaalrapportages toevoegen", "", "Word-documenten (*.docx);;Alle bestanden (*)")
        if names:
            self.review(names)

    def review(self, names: list[str]) -> None:
        if self.is_busy():
            return
        self.add_button.setEnabled(False)
        self.progress.setRange(0, len(names))
        self.progress.setValue(0)
        self.progress_box.setVisible(True)
        job = Job("beoordelen", "Beoordelen", review_work([Path(n) for n in names], self.store.koers))
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.jobs.start(job)

    def cancel(self) -> None:
        if self.is_busy():
            self.jobs.cancel("beoordelen")
            self.cancel_button.setEnabled(False)

    def is_busy(self) -> bool:
        return self.jobs.is_busy("beoordelen")

    def finish(self) -> None:
        """Stop a running review and keep what was read; before the review file closes."""
        self.jobs.finish("beoordelen", cancel=True)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} van {total} beoordeeld ({name})")

    def _job_ended(self) -> None:
        self.progress_box.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.add_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self._job_ended()
        QMessageBox.critical(self, "Beoordelen", message)

    def _finished(self, result: tuple[list, list]) -> None:
        self._job_ended()
        reviews, rapportages = result
        try:
            self.store.add_reviews(self.store.with_decisions(reviews))
            self.store.add_rapportages(rapportages)
        except KoerswijzerError as exc:
            QMessageBox.critical(self, "Beoordelen", str(exc))
        self.refresh()
        if rapportages and not reviews:
            self.tabs.setCurrentWidget(self.quarters)

    # -- the matrix ----------------------------------------------------------------------------

    def refresh(self) -> None:
        rapportages = self.store.rapportages()
        self.quarters.show_entries(rapportages)
        self.tabs.setTabText(1, f"Kwartaalrapportages ({len(rapportages)})" if rapportages else "Kwartaalrapportages")
        self._documents = self.store.documents()
        self.matrix.setSortingEnabled(False)

        self.matrix.setRowCount(len(self._documents))
        for row, document in enumerate(self._documents):
            judged = self.store.judgements(document.id)
            name = QTableWidgetItem(document.school + (f"  (versie {document.version})" if document.version > 1 else ""))
            name.setData(DOC_ROLE, document.id)
            self.matrix.setItem(row, 0, name)
            if document.error:
                error = QTableWidgetItem(document.error)
                error.setData(DOC_ROLE, document.id)
                error.setToolTip(document.error)
                error.setForeground(QBrush(QColor("#b91c1c")))
                self.matrix.setItem(row, 1, error)
                for column in range(2, self.matrix.columnCount()):
                    self.matrix.setItem(row, column, QTableWidgetItem(""))
                continue
            elements = document.result["onderdelen"]
            for column, element in enumerate(elements, start=1):
                item = QTableWidgetItem()
                item.setData(DOC_ROLE, document.id)
                self._fill_cell(item, element, judged.get(element["id"]))
                self.matrix.setItem(row, column, item)
            addressed = sum(e["doelen_geraakt"] for e in elements)
            total = sum(e["doelen_totaal"] for e in elements)
            missing = [k for k, v in document.result["wettelijk"].items() if v is False]
            self.matrix.setItem(row, len(elements) + 1, QTableWidgetItem(f"{addressed}/{total}"))
            self.matrix.setItem(row, len(elements) + 2,
                                QTableWidgetItem("in orde" if not missing else f"{len(missing)} ontbreken"))
        self.matrix.setSortingEnabled(True)
        self._apply_spans()
        self._apply_filter()
        if self._documents and self.matrix.currentRow() < 0:
            self.matrix.setCurrentCell(0, 1)

    @staticmethod
    def _fill_cell(item: QTableWidgetItem, element: dict, own) -> None:  # type: ignore[no-untyped-def]
        """Koerswijzer's verdict; coloured by the board's own judgement once it gave one (✎)."""
        judged = bool(own and (own.judgement or own.comment))
        shown = own.judgement if own and own.judgement else element["oordeel"]
        item.setText(VERDICT_TEXT[shown] + (" ✎" if judged else ""))
        item.setToolTip(f"Koerswijzer: {VERDICT_TEXT[element['oordeel']]}"
                        + (f"; bestuur: {VERDICT_TEXT[own.judgement]}" if own and own.judgement else ""))
        item.setBackground(QBrush(QColor(f"#{FILLS[shown]}")))  # the overview's colours
        item.setForeground(QBrush(QColor(f"#{TEXT_ON_FILL}")))

    def _apply_spans(self) -> None:
        """A file that could not be reviewed shows its message across the row (again after sorting)."""
        self.matrix.clearSpans()
        errors = {d.error for d in self._documents if d.error}
        for row in range(self.matrix.rowCount()):
            item = self.matrix.item(row, 1)
            if item is not None and item.text() in errors:
                self.matrix.setSpan(row, 1, 1, self.matrix.columnCount() - 1)

    def _apply_filter(self) -> None:
        needle = self.filter.text().strip().lower()
        for row in range(self.matrix.rowCount()):
            texts = [self.matrix.item(row, c).text().lower() for c in range(self.matrix.columnCount())
                     if self.matrix.item(row, c)]
            self.matrix.setRowHidden(row, bool(needle) and not any(needle in t for t in texts))
        # The detail panel follows what is shown: a row the filter hides is no longer the current one.
        current = self.matrix.currentRow()
        if current >= 0 and self.matrix.isRowHidden(current):
            visible = next((r for r in range(self.matrix.rowCount()) if not self.matrix.isRowHidden(r)), -1)
            column = max(1, self.matrix.currentColumn())
            self.matrix.setCurrentCell(visible, column if visible >= 0 else -1)
            self._show_cell()

    def _current(self):  # type: ignore[no-untyped-def]
        row, column = self.matrix.currentRow(), self.matrix.currentColumn()
        item = self.matrix.item(row, 0) if row >= 0 else None
        if item is None:
            return None, None
        document = next((d for d in self._documents if d.id == item.data(DOC_ROLE)), None)
        elements = self.store.koers.elements
        element = elements[column - 1] if document and 1 <= column <= len(elements) else None
        return document, element

    def _show_cell(self) -> None:
        document, element = self._current()
        self._loading = True
        self.findings.clear()
        self.passages.clear()
        self.judgement.setCurrentIndex(0)
        self.comment.setPlainText("")
        self.version_note.setText("")
        enabled = bool(document and element and not document.error)
        self.judgement.setEnabled(enabled)
        self.comment.setEnabled(enabled)
        if document is None:
            self.cell_title.setText("")
        elif document.error:
            self.cell_title.setText(f"<b>{document.school}</b>: {document.error}")
        elif element is None:
            self.cell_title.setText(f"<b>{document.school}</b>: kies een onderdeel.")
        else:
            result = next(e for e in document.result["onderdelen"] if e["id"] == element.id)
            how = {"exact": "via het spoor van Koerswijzer", "heading": "via de kop", "text": "via de tekst",
                   None: "niet gevonden"}[result["gevonden_via"]]
            self.cell_title.setText(f"<b>{document.school} — {element.titel}</b><br>Koerswijzer: "
                                    f"{VERDICT_TEXT[result['oordeel']]} ({how}); doelen van het bestuur geraakt: "
                                    f"{result['doelen_geraakt']} van {result['doelen_totaal']}.")
            self.findings.setHtml(findings_html(result))
            for entry in result.get("passages") or []:
                if entry.get("tekst"):
                    item = QListWidgetItem(f"{entry['doel']} — “{entry['tekst'][:160]}”")
                    item.setData(DOC_ROLE, (entry["doel_id"], entry["tekst"]))
                    self.passages.addItem(item)
            own = self.store.judgements(document.id).get(element.id)
            if own is not None:
                self.judgement.setCurrentIndex(max(0, self.judgement.findData(own.judgement)))
                self.comment.setPlainText(own.comment)
                if own.on_version < document.version:
                    self.version_note.setText(f"Dit oordeel is gegeven bij versie {own.on_version}; "
                                              f"nu ligt versie {document.version} voor.")
        self._loading = False
        self._update_decide()

    def _save_judgement(self) -> None:
        if self._loading:
            return
        document, element = self._current()
        if not document or not element:
            return
        try:
            self.store.set_judgement(document.id, element.id, str(self.judgement.currentData()),
                                     self.comment.toPlainText())
        except KoerswijzerError as exc:
            QMessageBox.critical(self, "Oordeel opslaan", str(exc))
            return
        item = self.matrix.currentItem()
        result = next(e for e in document.result["onderdelen"] if e["id"] == element.id)
        if item is not None:
            self._fill_cell(item, result, self.store.judgements(document.id).get(element.id))

    # -- exports ---------------------------------------------------------------------------------

    def export_overview(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Overzicht opslaan", "overzicht.xlsx",
                                              "Excel (*.xlsx);;CSV (*.csv)")
        if name:
            self.write_overview(Path(name))

    def write_overview(self, target: Path) -> None:
        from koerswijzer.export import write_atomically
        from koerswijzer.review.overview import to_csv, write_xlsx

        entries = self.store.overview_entries()
        try:
            if target.suffix.lower() == ".csv":
                write_atomically(target, to_csv(entries, self.store.koers).encode("utf-8-sig"))
            else:
                write_xlsx(entries, self.store.koers, target.with_suffix(".xlsx"), self.store.rapportages())
        except KoerswijzerError as exc:
            QMessageBox.critical(self, "Overzicht opslaan", str(exc))

    def export_form(self) -> None:
        document, _element = self._current()
        if document is None or document.error:
            QMessageBox.information(self, "Beoordelingsformulier", "Kies eerst een beoordeelde school.")
            return
        name, _ = QFileDialog.getSaveFileName(self, "Beoordelingsformulier opslaan",
                                              f"Beoordeling {document.school}.docx", "Word-document (*.docx)")
        if not name:
            return
        from koerswijzer.review.form import write_form

        try:
            write_form(Path(name), document, self.store.judgements(document.id), self.store.koers)
        except KoerswijzerError as exc:
            QMessageBox.critical(self, "Beoordelingsformulier", str(exc))
