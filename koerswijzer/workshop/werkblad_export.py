"""Werkbladen: one Word document per group, with the session's centrale vragen, the board's
targets as context and a framed answer box under every question. Rendered by the one export
pipeline; only the answer box is the werkblad's own."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt

from koerswijzer.export import ExportError, write_atomically
from koerswijzer.export import docx_parts as parts
from koerswijzer.export.to_docx import ACCENT, DocxWriter
from koerswijzer.plan.schoolplan import Schoolplan
from koerswijzer.steps import Steps, run_steps
from koerswijzer.workshop.sessions import SessionInfo, Workshops
from koerswijzer.workshop.werkblad_format import (
    AnswerBox,
    WerkbladSpec,
    build_werkblad,
    property_values,
)

BOX_HEIGHT = Cm(5.0)
BOX_FILL = "F4F7FB"
MAX_NAME = 120


class WerkbladWriter(DocxWriter):
    """The schoolplan's writer, plus the answer box: a bordered one-cell table (it grows as the
    group types, in Word and LibreOffice alike) with a bookmark the import looks for."""

    def __init__(self, spec: WerkbladSpec) -> None:
        super().__init__(None)
        self.spec = spec

    def render_werkblad(self, document) -> bytes:  # type: ignore[no-untyped-def]
        d = self.build(document)
        d.core_properties.category = "Werkblad"
        # No "update fields?" question on opening: a werkblad has no inhoudsopgave.
        update = d.settings.element.find(qn("w:updateFields"))
        if update is not None:
            d.settings.element.remove(update)
        parts.set_custom_properties(d, property_values(self.spec))
        if d.paragraphs:  # the closing line, a little away from the last box
            d.paragraphs[-1].paragraph_format.space_before = Pt(10)
        out = BytesIO()
        d.save(out)
        return out.getvalue()

    def extra_block(self, block: object) -> None:
        if isinstance(block, AnswerBox):
            self._answer_box(block)
        else:
            super().extra_block(block)

    def _answer_box(self, box: AnswerBox) -> None:
        self._keep_question_together()
        table = self._d.add_table(rows=1, cols=1)
        parts.fix_column_widths(table, [Emu(self._usable_width())])
        tbl_pr = table._tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right"):
            edge = OxmlElement(f"w:{side}")
            for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "0"), ("w:color", ACCENT)):
                edge.set(qn(key), value)
            borders.append(edge)
        tbl_pr.append(borders)
        row = table.rows[0]
        row.height = BOX_HEIGHT  # "at least": the box grows with the answer
        # An empty box is not cut in two over a page break (a longer answer still may be).
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        cell = row.cells[0]
        parts.shade(cell._tc.get_or_add_tcPr(), BOX_FILL)
        self._bookmark_id += 1
        parts.add_bookmark(cell.paragraphs[0], box.bookmark, self._bookmark_id)


    def _keep_question_together(self) -> None:
        """The question, its targets and its label stay on the page of the box below them."""
        body = self._d.element.body
        heading_ids = {self._style(f"Heading {n}").style_id for n in (1, 2)}  # type: ignore[attr-defined]
        for child in reversed(body):
            if child.tag == qn("w:sectPr"):
                continue
            if child.tag != qn("w:p"):
                break
            ppr = child.get_or_add_pPr()
            if ppr.find(qn("w:keepNext")) is None:
                ppr.append(OxmlElement("w:keepNext"))
            if ppr.style in heading_ids:
                break


def werkblad_filename(session_name: str, group: str) -> str:
    """A file name every system accepts: "Werkblad <sessie> - <groep>.docx"."""
    def clean(text: str) -> str:
        text = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
        return " ".join(text.split()).strip(" .")

    stem = f"Werkblad {clean(session_name)} - {clean(group)}".strip(" -")
    return f"{stem[:MAX_NAME].rstrip(' .')}.docx"


def spec_for(plan: Schoolplan, info: SessionInfo, group: str) -> WerkbladSpec:
    profile = plan.profile()
    return WerkbladSpec(session_uid=info.uid, session_name=info.name, group=group,
                        question_ids=info.question_ids, school=profile.school_name or "",
                        held_on=info.held_on.isoformat() if info.held_on else "",
                        hand_in_to=profile.director or "", koers_id=plan.koers.id)


def write_werkbladen(plan: Schoolplan, session_id: int, folder: str | Path) -> list[Path]:
    """Write one werkblad per group of the session into ``folder``; returns the files, in the
    order of the groups. An existing werkblad of the same name is replaced."""
    return run_steps(werkbladen_steps(plan, session_id, folder))


def werkbladen_steps(plan: Schoolplan, session_id: int,
                     folder: str | Path) -> Steps[list[Path]]:
    """:func:`write_werkbladen` one group at a time: yields ``(done, total, text)`` after each
    werkblad, for a window that shows progress and may stop between files."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(f"De map '{folder}' bestaat niet. Kies een bestaande map voor de werkbladen.")
    info = Workshops(plan).session(session_id)
    if not info.question_ids:
        raise ExportError(f"Sessie '{info.name}' heeft nog geen vragen; kies eerst de centrale vragen.")
    written: list[Path] = []
    taken: set[str] = set()
    for group in info.groups:
        name = werkblad_filename(info.name, group.name)
        stem, n = name[:-5], 2
        while name.casefold() in taken:  # two groups whose names differ only in forbidden characters
            name, n = f"{stem} ({n}).docx", n + 1
        taken.add(name.casefold())
        spec = spec_for(plan, info, group.name)
        data = WerkbladWriter(spec).render_werkblad(build_werkblad(spec, plan.koers))
        target = folder / name
        write_atomically(target, data)
        written.append(target)
        if (yield len(written), len(info.groups), f"Werkblad voor {group.name} gemaakt"):
            break
    return written

