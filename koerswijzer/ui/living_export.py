"""Exporting the living plan from the window: the jaarplan (Word or Excel) and the kwartaalrapportage
(Word), as jobs of the one runner: the plan is read here, the file is built and written off the UI
thread, and the result or a Dutch message comes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from koerswijzer.errors import KoerswijzerError
from koerswijzer.ui.jobs import Job, JobRunner

WORD, EXCEL = "Word-document (*.docx)", "Excel-werkmap (*.xlsx)"


def _run(parent: QWidget, jobs: JobRunner | None, title: str, work) -> Job:  # type: ignore[no-untyped-def]
    job = Job("levend-plan", title, lambda _report: work())
    job.finished.connect(lambda path: _tell(parent, f"{title}: klaar, bewaard als {path}"))
    job.failed.connect(lambda message: QMessageBox.warning(parent, title, message))
    runner = jobs if jobs is not None else JobRunner(parent)
    if not runner.start(job):
        QMessageBox.information(parent, title, "Er loopt al een export; wacht tot die klaar is.")
    return job


def _tell(parent: QWidget, message: str) -> None:
    """Say in the window's status bar that the file is written."""
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 10000)


def export_jaarplan(page, target: str | None = None) -> Job | None:  # type: ignore[no-untyped-def]
    from koerswijzer.export import write_atomically

    jaarplan = page.store.get(page.schooljaar)
    if jaarplan is None:
        return None
    profile = page.plan.profile()
    if target is None:
        default = str(Path(page.plan.location).with_name(f"{jaarplan.label} {profile.school_name}.docx"))
        target, chosen = QFileDialog.getSaveFileName(page, "Jaarplan exporteren", default, f"{WORD};;{EXCEL}")
        if not target:
            return None
        if not target.lower().endswith((".docx", ".xlsx")):
            target += ".xlsx" if chosen == EXCEL else ".docx"
    path = Path(target)
    koers = page.plan.koers

    def work() -> str:
        if path.suffix.lower() == ".xlsx":
            from koerswijzer.export.jaarplan_xlsx import jaarplan_xlsx

            data = jaarplan_xlsx(jaarplan, koers, profile.school_name)
        else:
            from koerswijzer.export.living import jaarplan_document
            from koerswijzer.export.to_docx import DocxWriter

            data = DocxWriter().render(jaarplan_document(jaarplan, profile, koers))
        write_atomically(path, data)
        return str(path)

    return _run(page, page.jobs, "Jaarplan exporteren", work)


def export_rapportage(page, kwartaal: str, target: str | None = None,  # type: ignore[no-untyped-def]
                      overview_only: bool = False) -> Job | None:
    from koerswijzer.export import write_atomically
    from koerswijzer.plan.rapportage import collect_rapportage
    from koerswijzer.ui.trend_chart import charts_for

    try:
        content = collect_rapportage(page.plan, kwartaal)
    except KoerswijzerError as exc:
        QMessageBox.warning(page, "Kwartaalrapportage", str(exc))
        return None
    if target is None:
        default = str(Path(page.plan.location).with_name(
            f"Kwartaalrapportage {content.kwartaal.key} {content.profile.school_name}.docx"))
        target, _ = QFileDialog.getSaveFileName(page, "Kwartaalrapportage exporteren", default, WORD)
        if not target:
            return None
        if not target.lower().endswith(".docx"):
            target += ".docx"
    path = Path(target)
    charts = {} if overview_only else charts_for(content.goals())  # drawn here, where Qt paints

    def work() -> str:
        from koerswijzer.export.living import rapportage_document
        from koerswijzer.export.to_docx import DocxWriter

        write_atomically(path, DocxWriter().render(rapportage_document(content, charts, overview_only)))
        return str(path)

    return _run(page, page.jobs, "Kwartaalrapportage exporteren", work)
