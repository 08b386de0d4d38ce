"""Exporteren: the schoolplan as a Word document (or HTML, Markdown), off the UI thread.

The plan's content is read on the UI thread (one quick read); building and writing the file
runs in a worker thread that reports progress back through signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.errors import KoerswijzerError
from koerswijzer.ui.element_page import heading
from koerswijzer.ui.jobs import Job, JobRunner

if TYPE_CHECKING:
    from koerswijzer.plan.schoolplan import Schoolplan

FORMATS = {"docx": ("Word-document (.docx)", "Word-document (*.docx)"),
           "html": ("Webpagina (.html)", "Webpagina (*.html)"),
           "md": ("Markdown (.md)", "Markdown (*.md)")}
VARIANTS = {"standaard": "Standaard: alles, met de teksten van het bestuur",
            "compact": "Compact: antwoorden en doelen, zonder de teksten van het bestuur"}


def export_work(content, target: Path, fmt: str, variant: str,  # type: ignore[no-untyped-def]
                reference: Path | None, templates: Path | None, logo: Path | None, appendix: bool,
                notes: list[str]):
    """The export as a job's work: render the plan's content (read beforehand) and write the file."""

    def work(report):  # type: ignore[no-untyped-def]
        from koerswijzer.export import render, write_atomically

        data = render(content, fmt, variant, reference, templates,
                      lambda pct, text: report(pct, 100, text), logo, appendix,
                      page_numbers=True, notes=notes, folder=target.parent)
        report(90, 100, "Bestand schrijven")
        write_atomically(target, data)
        report(100, 100, "Klaar")
        return str(target)

    return work


class ExportPage(QWidget):
    exported = Signal(str)

    def __init__(self, plan: Schoolplan, jobs: JobRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.jobs = jobs if jobs is not None else JobRunner(self)
        self.last_export: Path | None = None
        self._notes: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.addWidget(heading("Exporteren", 1.7))
        intro = QLabel("Maak het schoolplan als Word-document voor de MR, het bestuur en de inspectie. "
                       "Het document heeft een inhoudsopgave, paginanummers en Nederlandse taalinstellingen; "
                       "u kunt het daarna in Word verder bewerken.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format = QComboBox()
        for key, (label, _filter) in FORMATS.items():
            self.format.addItem(label, key)
        self.variant = QComboBox()
        for key, label in VARIANTS.items():
            self.variant.addItem(label, key)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("Geen: de standaardopmaak van Koerswijzer")
        self.templates = QLineEdit()
        self.templates.setPlaceholderText("Geen: de standaardteksten van Koerswijzer")
        self.logo = QLineEdit()
        self.logo.setPlaceholderText("Geen logo op het voorblad")
        form.addRow("&Formaat", self.format)
        form.addRow("&Variant", self.variant)
        form.addRow("&Huisstijl (Word-document)", self._with_browse(self.reference, self._pick_reference))
        form.addRow("&Sjablonen (map)", self._with_browse(self.templates, self._pick_templates))
        form.addRow("&Logo (PNG of JPG)", self._with_browse(self.logo, self._pick_logo))
        self.appendix = QCheckBox("Bijlage: congruentie met de koers (oordeel per onderdeel en wettelijke eisen)")
        self.appendix.setToolTip("Voor het bestuur of de MR: hoe het plan aansluit bij de koers. Staat standaard uit; "
                                 "het plan zelf is voor de lezer het belangrijkst.")
        form.addRow("", self.appendix)
        for widget, name in ((self.format, "Formaat"), (self.variant, "Variant"),
                             (self.reference, "Huisstijldocument"), (self.templates, "Map met sjablonen"),
                             (self.logo, "Logo op het voorblad")):
            widget.setAccessibleName(name)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.export_button = QPushButton("Exporteren…")
        self.export_button.clicked.connect(self.choose_and_export)
        self.open_button = QPushButton("Openen")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_last)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Voortgang van de export")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _with_browse(self, field: QLineEdit, slot) -> QWidget:  # type: ignore[no-untyped-def]
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        browse = QPushButton("Kiezen…")
        browse.clicked.connect(slot)
        row.addWidget(browse)
        return box

    def _pick_reference(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Huisstijldocument kiezen", "", "Word-document (*.docx)")
        if name:
            self.reference.setText(name)

    def _pick_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Logo kiezen", "", "Afbeelding (*.png *.jpg *.jpeg)")
        if name:
            self.logo.setText(name)

    def _pick_templates(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Map met sjablonen kiezen")
        if name:
            self.templates.setText(name)

    def suggested_name(self) -> str:
        profile = self.plan.profile()
        ext = "." + str(self.format.currentData())
        return str(Path(self.plan.location).with_name(
            f"Schoolplan {profile.period_start}-{profile.period_end} {profile.school_name}{ext}"))

    def choose_and_export(self) -> None:
        fmt = str(self.format.currentData())
        # The file dialog asks before overwriting an existing file (Qt's default).
        name, _ = QFileDialog.getSaveFileName(self, "Schoolplan exporteren", self.suggested_name(),
                                              FORMATS[fmt][1])
        if name:
            self.start_export(Path(name))

    def start_export(self, target: Path) -> None:
        from koerswijzer.export import collect

        fmt = str(self.format.currentData())
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        reference = Path(self.reference.text()) if self.reference.text().strip() else None
        templates = Path(self.templates.text()) if self.templates.text().strip() else None
        logo = Path(self.logo.text()) if self.logo.text().strip() else None
        if reference is not None and not reference.is_file():
            self._failed(f"Het huisstijldocument '{reference}' bestaat niet.")
            return
        try:
            content = collect(self.plan)
        except KoerswijzerError as exc:
            self._failed(str(exc))
            return
        self.export_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText("Bezig met exporteren…")
        self._notes = []
        job = Job("export", "Exporteren", export_work(
            content, target, fmt, str(self.variant.currentData()), reference, templates, logo,
            self.appendix.isChecked(), self._notes))
        job.progress.connect(lambda done, _total, text: self._progress(done, text))
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.jobs.start(job)

    def is_busy(self) -> bool:
        return self.jobs.is_busy("export")

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(f"{text}…")

    def _finished(self, path: str) -> None:
        self.last_export = Path(path)
        self.export_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.status.setText("\n".join([f"Klaar: {path}", *self._notes]))
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.progress.setVisible(False)
        self.status.setText("Exporteren is niet gelukt.")
        QMessageBox.critical(self, "Exporteren", message)

    def open_last(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))
