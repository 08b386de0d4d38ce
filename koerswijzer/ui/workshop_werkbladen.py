"""Werkbladen from the Teamsessies page: write one per group, and read the filled-in ones back as
cards. Both run as jobs (``ui/jobs.py``) with progress and Annuleren; a report lists each file's
outcome and every piece of text that could not be placed. A mixin of
:class:`~koerswijzer.ui.workshop_page.WorkshopPage`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from koerswijzer.ui.jobs import Job, JobRunner

JOB = "werkbladen"


def show_progress(parent: QWidget, jobs: JobRunner, job: Job, label: str) -> QProgressDialog:
    """A window-modal progress dialog that follows ``job`` and cancels it; it does not block."""
    dialog = QProgressDialog(label, "Annuleren", 0, 0, parent)
    dialog.setWindowTitle(job.title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{text}…")

    job.progress.connect(progress)
    dialog.canceled.connect(lambda: jobs.cancel(job.name))
    for signal in (job.finished, job.failed):
        signal.connect(lambda *_: (dialog.canceled.disconnect(), dialog.close(), dialog.deleteLater()))
    return dialog


class WerkbladenActions:
    """Needs from the page: plan, info, jobs, last_message, refresh_cards()."""

    def export_werkbladen(self, folder: str | None = None) -> Job | None:
        from koerswijzer.workshop.werkblad import werkbladen_steps

        if self.info is None or self.jobs.is_busy(JOB):
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, "Map voor de werkbladen")
            if not folder:
                return None
        session_id = self.info.id
        job = Job(JOB, "Werkbladen maken", lambda: werkbladen_steps(self.plan, session_id, folder), stepwise=True)
        show_progress(self, self.jobs, job, "Werkbladen maken")

        def finished(written: list | None) -> None:
            written = written or []
            self.last_message = (f"{len(written)} werkbladen gemaakt in {folder}:\n"
                                 + "\n".join(f"• {p.name}" for p in written))
            QMessageBox.information(self, "Werkbladen maken", self.last_message)

        job.finished.connect(finished)
        job.failed.connect(lambda message: QMessageBox.warning(self, "Werkbladen maken", message))
        self.jobs.start(job)
        return job

    def import_werkbladen(self, names: list[str] | None = None) -> Job | None:
        from koerswijzer.workshop.werkblad import import_steps

        if self.jobs.is_busy(JOB):
            return None
        if names is None:
            names, _ = QFileDialog.getOpenFileNames(self, "Ingevulde werkbladen inlezen", "",
                                                    "Word-documenten (*.docx);;Alle bestanden (*)")
        if not names:
            return None
        job = Job(JOB, "Werkbladen inlezen", lambda: import_steps(self.plan, names), stepwise=True)
        show_progress(self, self.jobs, job, "Werkbladen inlezen")

        def finished(results: list | None) -> None:
            results = results or []
            lines = []
            for result in results:
                # An error names its file already.
                lines.append(f"{result.file_name}: {result.message}" if result.ok else result.message)
                lines.extend(f"    niet geplaatst: “{text}”" for text in result.unplaced)
            if len(results) < len(names):
                lines.append(f"Geannuleerd: {len(names) - len(results)} bestanden niet ingelezen.")
            self.last_message = "\n".join(lines)
            self.refresh_cards()  # and tells the window the cards changed
            self._show_report("Werkbladen inlezen", self.last_message)

        job.finished.connect(finished)
        job.failed.connect(lambda message: QMessageBox.warning(self, "Werkbladen inlezen", message))
        self.jobs.start(job)
        return job

    def _show_report(self, title: str, text: str) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        dialog.resize(760, 380)
        box = QVBoxLayout(dialog)
        report = QPlainTextEdit(text)
        report.setReadOnly(True)
        report.setAccessibleName("Verslag")
        box.addWidget(report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Sluiten")
        buttons.rejected.connect(dialog.reject)
        box.addWidget(buttons)
        dialog.exec()
