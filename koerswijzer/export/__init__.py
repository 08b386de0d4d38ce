"""The one export pipeline: plan -> content -> document model -> docx | html | md.

Writing is atomic: the file is written next to the target under a temporary name and then
renamed, so a failed export never leaves a broken file or destroys the previous one.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from koerswijzer.errors import KoerswijzerError
from koerswijzer.export.blocks import TableOfContents, clean_values
from koerswijzer.export.document import VARIANTS, PlanContent, build_document
from koerswijzer.export.templates import Templates
from koerswijzer.plan.content import collect

FORMATS = {"docx": ".docx", "html": ".html", "md": ".md"}

Progress = Callable[[int, str], None]  # percentage, Dutch step description


class ExportError(KoerswijzerError):
    pass


def render(content: PlanContent, fmt: str = "docx", variant: str = "standaard",
           reference: Path | None = None, templates_folder: Path | None = None,
           progress: Progress | None = None, logo: Path | None = None, appendix: bool = True,
           page_numbers: bool = False, notes: list[str] | None = None, folder: Path | None = None) -> bytes:
    """The exported file's bytes. Pure: reads no database, writes nothing. ``page_numbers``: let
    LibreOffice count the pages of the inhoudsopgave when it is on the machine; ``notes`` gets
    what the user should know about the result, in Dutch; ``folder``: where the file will be
    written (Markdown points to the logo relative to it)."""
    step = progress or (lambda _pct, _text: None)
    if fmt not in FORMATS:
        raise ExportError(f"Onbekend formaat '{fmt}'; kies uit {', '.join(FORMATS)}.")
    if variant not in VARIANTS:
        raise ExportError(f"Onbekende variant '{variant}'; kies uit {', '.join(VARIANTS)}.")
    if logo is not None and not logo.is_file():
        raise ExportError(f"Het logo '{logo}' bestaat niet.")
    step(10, "Hoofdstukken samenstellen")
    # What the school typed may hold control characters that Word refuses (pasted text); the
    # koers and the templates' output are clean already (YAML, and parse_markdown cleans).
    content = dataclasses.replace(content, profile=clean_values(content.profile), answers=clean_values(content.answers),
                                  goals=clean_values(content.goals), stances=clean_values(content.stances))
    document = build_document(content, variant, Templates(templates_folder), str(logo) if logo else None, appendix)
    step(50, "Document opmaken")
    if fmt == "docx":
        from koerswijzer.export.to_docx import DocxWriter

        if page_numbers:
            from koerswijzer.export.page_numbers import count_pages, libreoffice

            entries = next((b.entries for b in document.blocks if isinstance(b, TableOfContents)), ())
            if libreoffice() is not None and entries:
                step(60, "Paginanummers tellen (LibreOffice)")
                # Measured with room for three-digit numbers, so filling them in moves nothing.
                pages = count_pages(DocxWriter(reference, ["000"] * len(entries)).render(document), entries)
                if pages is not None:
                    return DocxWriter(reference, pages).render(document)
                reason = "LibreOffice kon de pagina's niet tellen"
            else:
                reason = "LibreOffice is niet gevonden"
            if notes is not None:
                notes.append(f"De inhoudsopgave heeft nog geen paginanummers ({reason}). Word vult ze in bij "
                             "het openen en vraagt dan of het de velden mag bijwerken: kies Ja.")
        return DocxWriter(reference).render(document)
    from koerswijzer.export.to_text import to_html, to_markdown

    return (to_html(document) if fmt == "html" else to_markdown(document, folder)).encode("utf-8")


PROTECTED_SUFFIXES = (".schoolplan", ".beoordeling")


def refuse_own_files(target: Path, plan_location: str = "") -> None:
    """An export never replaces a plan or a review file, least of all the one it comes from."""
    if target.suffix.lower() in PROTECTED_SUFFIXES:
        raise ExportError(f"'{target.name}' is een bestand van Koerswijzer zelf; een export overschrijft het "
                          f"nooit. Kies een naam die eindigt op .docx, .html of .md.")
    if plan_location and "://" not in plan_location:
        try:
            same = target.exists() and target.resolve() == Path(plan_location).resolve()
        except OSError:
            same = False
        if same:
            raise ExportError(f"'{target.name}' is het schoolplan zelf; kies een andere naam voor de export.")
    try:
        mode = target.stat().st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise ExportError(f"'{target.name}' is geen gewoon bestand; kies een andere naam voor de export.")
    try:
        with target.open("rb") as handle:
            is_database = handle.read(16) == b"SQLite format 3\x00"
    except OSError:
        return
    if is_database:
        raise ExportError(f"'{target.name}' is een database (misschien een schoolplan); een export "
                          f"overschrijft het niet. Kies een andere naam.")


def write_atomically(target: Path, data: bytes) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"De map '{folder}' bestaat niet.")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ExportError(_reason(exc, target)) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); give it the mode a normal new file gets.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(_reason(exc, target)) from None


def _reason(exc: OSError, target: Path) -> str:
    if exc.errno == errno.ENOSPC:
        return f"De schijf is vol; '{target.name}' is niet geschreven. Maak ruimte vrij of kies een andere plek."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"'{target.name}' kan niet worden geschreven: geen toestemming of alleen-lezen. "
                "Is het bestand nog open in Word? Sluit het, of kies een andere naam.")
    if exc.errno in (errno.EBUSY, errno.ETXTBSY):
        return f"'{target.name}' is in gebruik door een ander programma. Sluit het en probeer het opnieuw."
    return f"'{target.name}' kan niet worden geschreven ({exc.strerror})."


def export_plan(plan, target: Path, fmt: str | None = None, variant: str = "standaard",  # type: ignore[no-untyped-def]
                reference: Path | None = None, templates_folder: Path | None = None,
                progress: Progress | None = None, logo: Path | None = None, appendix: bool = True,
                page_numbers: bool = False, notes: list[str] | None = None) -> Path:
    """Export an open plan to ``target``; the format follows the extension unless given."""
    refuse_own_files(target, getattr(plan, "location", ""))
    fmt = fmt or next((f for f, ext in FORMATS.items() if target.suffix.lower() == ext), "docx")
    data = render(collect(plan), fmt, variant, reference, templates_folder, progress, logo, appendix,
                  page_numbers, notes, target.parent)
    if progress:
        progress(90, "Bestand schrijven")
    write_atomically(target, data)
    if progress:
        progress(100, "Klaar")
    return target


__all__ = ["FORMATS", "VARIANTS", "ExportError", "PlanContent", "collect", "export_plan", "refuse_own_files",
           "render", "write_atomically"]
