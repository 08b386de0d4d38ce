"""Render a :class:`Document` as a Word file that looks made in Word: real heading styles,
a refreshable inhoudsopgave, page numbers, Dutch proofing, header rows that repeat."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

import docx
from lxml import etree
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from koerswijzer.errors import KoerswijzerError
from koerswijzer.export import docx_parts as parts
from koerswijzer.export.blocks import (
    BOARD,
    NOTE,
    SUBTITLE,
    TITLE,
    Block,
    Document,
    Heading,
    Image,
    Inlines,
    ListBlock,
    PageBreak,
    Paragraph,
    Section,
    Table,
    TOC_LEVELS,
    TOC_TITLE,
    TableOfContents,
)

BOARD_STYLE = "Bestuur"
AFTER_TABLE_STYLE = "Tekst na tabel"  # body text right under a table, with room above it
MINOR_HEADING_STYLE = "Kop klein"  # a heading deeper than Heading 4: a styled paragraph, outside the outline
BOARD_LIST_STYLE = "Bestuur lijst"  # the board's bullets: a house style can restyle them
NOTE_STYLE = "Toelichting"
TABLE_TEXT_STYLE = "Tabeltekst"
TABLE_GAP_STYLE = "Tabelscheiding"
ACCENT = "1F4E79"
TRACE_PROPERTY = "KoerswijzerTrace"


class ReferenceDocumentError(KoerswijzerError):
    pass


def toc_bookmark(number: int) -> str:
    """The bookmark of the n-th heading the inhoudsopgave lists (Word's own "_Toc" names)."""
    return f"_Toc{number:08d}"


def bookmark_name(trace: str) -> str:
    """A Word bookmark name for a trace id: a letter first, letters/digits/_ only, <= 40 chars."""
    body = re.sub(r"[^A-Za-z0-9]+", "_", trace).strip("_")
    digest = hashlib.sha1(trace.encode()).hexdigest()[:6]
    return f"KW_{body[:28]}_{digest}"


KEEP_TOGETHER_ROWS = 12  # a table this short (a goal card) is kept on one page


class DocxWriter:
    def __init__(self, reference: Path | None = None, toc_pages: Sequence[str] | None = None) -> None:
        """``toc_pages``: the page number of every inhoudsopgave entry, in order, when a layout
        engine (LibreOffice) has counted them; without it Word fills them in when it opens the file."""
        self.reference = reference
        self.toc_pages = list(toc_pages) if toc_pages else None

    def render(self, document: Document) -> bytes:
        out = BytesIO()
        self.build(document).save(out)
        return out.getvalue()

    def build(self, document: Document) -> docx.document.Document:
        d = self._base()
        self._d = d
        self._page_break_pending = False
        self._width: int | None = None
        self._after_table = False
        self._sect_pr = None
        self._bookmark_id = 0
        self._toc_marks = 0
        self._trace: dict[str, str] = {}
        self._styles: dict[str, object] = {}
        self._logo_text = f"Logo van {document.header_text}" if document.header_text else "Logo"
        self._ensure_styles()
        parts.set_language(d)
        if self.toc_pages is None:
            parts.update_fields_on_open(d)  # Word counts the pages of the inhoudsopgave on opening
        props = d.core_properties
        props.title = document.title
        props.subject = document.subject
        props.author = document.author
        props.keywords = document.keywords
        props.last_modified_by = "Koerswijzer"
        props.category = document.category
        for block in document.blocks:
            self._block(block)
        self._header_footer(document.header_text)
        parts.set_document_facts(d, f"{document.subject}; gemaakt met Koerswijzer")
        parts.set_custom_properties(d, {
            "KoerswijzerKoers": document.koers_id,
            "KoerswijzerKoersVersie": document.koers_version,
            **parts.long_property(TRACE_PROPERTY,
                                  json.dumps(self._trace, ensure_ascii=False, separators=(",", ":"))),
            **document.properties,
        })
        return d

    # -- the base document ------------------------------------------------------------------------

    def _base(self) -> docx.document.Document:
        if self.reference is None:
            d = docx.Document()
            parts.drop_styles_with_effects(d)
            section = d.sections[0]
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2.2)
            section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
            self._own_header_footer = True
            return d
        try:
            d = docx.Document(str(self.reference))
        except Exception:  # noqa: BLE001 - python-docx raises several kinds for a bad file
            raise ReferenceDocumentError(
                f"'{self.reference.name}' is geen bruikbaar Word-document (.docx) om als huisstijl te gebruiken."
            ) from None
        missing = [f"Kop {n}" for n in (1, 2, 3) if not self._has_style(d, f"Heading {n}")]
        if missing:
            raise ReferenceDocumentError(
                f"Het huisstijldocument '{self.reference.name}' heeft geen kopstijlen ({', '.join(missing)}). "
                "Voeg in Word de stijlen Kop 1 tot en met Kop 3 toe (of gebruik ze één keer) en probeer het opnieuw."
            )
        parts.drop_styles_with_effects(d)  # Word 2010's copy of the styles would no longer match ours
        body = d.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        self._own_header_footer = False
        return d

    def _known(self, name: str | None) -> bool:
        if name is None:
            return False
        if name in self._styles:
            return True
        try:
            self._style(name)
        except KeyError:
            return False
        return True

    @staticmethod
    def _has_style(d: docx.document.Document, name: str) -> bool:
        try:
            d.styles[name]
        except KeyError:
            return False
        return True

    def _ensure_styles(self) -> None:
        d = self._d
        styles = d.styles
        normal = styles["Normal"]
        if self.reference is None:
            normal.font.name = "Calibri"
            normal.font.size = Pt(11)
            normal.paragraph_format.space_after = Pt(6)
            normal.paragraph_format.line_spacing = 1.15
            for level, size in ((1, 18), (2, 14), (3, 12)):
                heading = styles[f"Heading {level}"]
                heading.font.size = Pt(size)
                heading.font.color.rgb = RGBColor.from_string(ACCENT)
                heading.paragraph_format.space_before = Pt(18 if level == 1 else 12)
                heading.paragraph_format.space_after = Pt(6)
                heading.paragraph_format.keep_with_next = True
            styles["Title"].paragraph_format.space_before = Pt(160)
        # Chapters start on a new page, whatever a house style's Heading 1 says.
        styles["Heading 1"].paragraph_format.page_break_before = True
        if not self._has_style(d, BOARD_STYLE):
            board = styles.add_style(BOARD_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            board.base_style = normal
            board.font.italic = True
            board.font.color.rgb = RGBColor.from_string(ACCENT)
            board.paragraph_format.left_indent = Cm(0.6)
            ppr = board.element.get_or_add_pPr()
            borders = OxmlElement("w:pBdr")
            left = OxmlElement("w:left")
            for key, value in (("w:val", "single"), ("w:sz", "18"), ("w:space", "8"), ("w:color", ACCENT)):
                left.set(qn(key), value)
            borders.append(left)
            # In its place in w:pPr (before w:shd, w:spacing, w:ind ...): Word repairs it otherwise.
            ppr.insert_element_before(borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                                      "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                                      "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                                      "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
                                      "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                                      "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
        if not self._has_style(d, BOARD_LIST_STYLE) and self._has_style(d, "List Bullet"):
            board_list = styles.add_style(BOARD_LIST_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            board_list.base_style = styles["List Bullet"]
            board_list.font.italic = True
            board_list.font.color.rgb = RGBColor.from_string(ACCENT)
            board_list.paragraph_format.left_indent = Cm(1.2)
        if self.reference is None:
            # The template's own blue (4F81BD) reads at 3.9:1 on white; the accent at 8.6:1.
            for name in ("Subtitle", "Heading 4"):
                if self._has_style(d, name):
                    styles[name].font.color.rgb = RGBColor.from_string(ACCENT)
        if not self._has_style(d, AFTER_TABLE_STYLE):
            after = styles.add_style(AFTER_TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            after.base_style = normal
            after.paragraph_format.space_before = Pt(8)
        if not self._has_style(d, MINOR_HEADING_STYLE):
            minor = styles.add_style(MINOR_HEADING_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            minor.base_style = normal
            minor.font.bold = True
            minor.font.color.rgb = RGBColor.from_string(ACCENT)
            minor.paragraph_format.space_before = Pt(8)
            minor.paragraph_format.keep_with_next = True
        if not self._has_style(d, NOTE_STYLE):
            note = styles.add_style(NOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            note.base_style = normal
            note.font.size = Pt(9)
            note.font.italic = True
            note.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        if not self._has_style(d, TABLE_TEXT_STYLE):
            cell = styles.add_style(TABLE_TEXT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            cell.base_style = normal
            cell.font.size = Pt(9)
            cell.paragraph_format.space_after = Pt(2)
            cell.paragraph_format.line_spacing = 1.0
        if not self._has_style(d, TABLE_GAP_STYLE):
            # Word joins two tables that touch; this style is the thin gap between them.
            gap = styles.add_style(TABLE_GAP_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            gap.base_style = normal
            gap.font.size = Pt(6)
            gap.paragraph_format.space_after = Pt(0)
            gap.paragraph_format.space_before = Pt(0)
        for level in (1, 2):
            self._toc_style(level)

    def _toc_style(self, level: int) -> None:
        # Word's own ids and names ("TOC1" / "toc 1"), so Word uses them when it refreshes.
        styles = self._d.styles.element
        if any(s.get(qn("w:styleId")) == f"TOC{level}" for s in styles.findall(qn("w:style"))):
            return
        style = self._d.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), f"TOC{level}")
        style.base_style = self._d.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        style.paragraph_format.space_after = Pt(2)
        style.paragraph_format.space_before = Pt(6 if level == 1 else 0)
        if level == 1:
            style.font.bold = True
        # The page number at the right margin, after a dot leader.
        section = self._d.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        style.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    # -- blocks ---------------------------------------------------------------------------------

    def _style(self, name: str | None):  # type: ignore[no-untyped-def]
        """Style objects by name, looked up once: python-docx scans every style per lookup."""
        if name is None:
            return None
        if name not in self._styles:
            self._styles[name] = self._d.styles[name]
        return self._styles[name]

    def _set_style(self, paragraph: DocxParagraph, name: str | None) -> None:
        # Straight to w:pStyle: python-docx's own setter scans every style to find the default.
        if name is not None:
            paragraph._p.get_or_add_pPr().style = self._style(name).style_id  # type: ignore[attr-defined]

    def _paragraph(self, style: str | None = None) -> DocxParagraph:
        paragraph = self._new_paragraph()
        if self._after_table:  # text right under a table gets some air: from a style, not by hand
            self._after_table = False
            if style is None and self._known(AFTER_TABLE_STYLE):
                style = AFTER_TABLE_STYLE
            elif not (style or "").startswith(("Heading", "TOC", "toc")):
                paragraph.paragraph_format.space_before = Pt(8)  # a styled paragraph keeps its own style
        self._set_style(paragraph, style)
        if self._page_break_pending:
            paragraph.paragraph_format.page_break_before = True
            self._page_break_pending = False
        return paragraph

    def _new_paragraph(self) -> DocxParagraph:
        # Inserted before the body's final sectPr directly: python-docx's add_paragraph looks for
        # that sectPr among all the body's children each time, which grows with the document.
        element = OxmlElement("w:p")
        if self._sect_pr is None:  # looked up once: finding it is a walk over the whole body
            self._sect_pr = self._d.element.body.sectPr
        if self._sect_pr is not None and self._sect_pr.getnext() is None:
            self._sect_pr.addprevious(element)
        else:
            self._d.element.body.append(element)
        return DocxParagraph(element, self._d._body)  # type: ignore[attr-defined]

    def _inlines(self, paragraph: DocxParagraph, inlines: Inlines) -> None:
        # Runs made as XML elements directly: python-docx's add_run and its bold/italic setters
        # search the element's children on every call, which made a long answer slow to export.
        p = paragraph._p  # type: ignore[attr-defined]
        r_tag, rpr_tag, t_tag, br_tag = qn("w:r"), qn("w:rPr"), qn("w:t"), qn("w:br")
        space = qn("xml:space")
        for item in inlines:
            pieces = item.text.split("\n")
            for index, piece in enumerate(pieces):
                run = etree.SubElement(p, r_tag)
                if item.bold or item.italic:
                    props = etree.SubElement(run, rpr_tag)
                    if item.bold:
                        etree.SubElement(props, qn("w:b"))
                    if item.italic:
                        etree.SubElement(props, qn("w:i"))
                text = etree.SubElement(run, t_tag)
                text.set(space, "preserve")
                text.text = piece
                if index < len(pieces) - 1:
                    etree.SubElement(run, br_tag)

    def _style_for(self, style: str) -> str | None:
        return {BOARD: BOARD_STYLE, NOTE: NOTE_STYLE, TITLE: "Title", SUBTITLE: "Subtitle",
                TOC_TITLE: "TOC Heading" if self._known("TOC Heading") else "Subtitle"}.get(style)

    def _block(self, block: Block) -> None:
        if isinstance(block, Heading):
            paragraph = self._paragraph(f"Heading {block.level}" if block.level <= 4 else MINOR_HEADING_STYLE)
            paragraph.add_run(block.text)
            if block.level == 1:  # Heading 1 starts a page by its style already
                paragraph.paragraph_format.page_break_before = None
            if block.level <= TOC_LEVELS:  # the inhoudsopgave's entry points here
                self._toc_marks += 1
                self._bookmark_id += 1
                parts.add_bookmark(paragraph, toc_bookmark(self._toc_marks), self._bookmark_id)
            if block.trace:
                self._bookmark_id += 1
                name = bookmark_name(block.trace)
                self._trace[name] = block.trace
                parts.add_bookmark(paragraph, name, self._bookmark_id)
        elif isinstance(block, Paragraph):
            paragraph = self._paragraph(self._style_for(block.style))
            self._inlines(paragraph, block.inlines)
        elif isinstance(block, ListBlock):
            self._list(block, 1)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, PageBreak):
            self._page_break_pending = True
        elif isinstance(block, TableOfContents):
            self._toc(block)
        elif isinstance(block, Image):
            self._image(block)
        elif isinstance(block, Section):
            self._section(block)
        else:
            self.extra_block(block)

    def extra_block(self, block: object) -> None:
        """The hook for a writer that knows more kinds of block (the werkblad's answer box)."""
        raise TypeError(f"Onbekend bloktype: {type(block).__name__}")

    def _image(self, block: Image) -> None:
        from docx.image.exceptions import UnrecognizedImageError

        paragraph = self._paragraph()
        try:
            source = BytesIO(block.data) if block.data else block.path
            shape = paragraph.add_run().add_picture(source, width=Cm(block.width_cm))
            shape._inline.docPr.set("descr", block.alt or self._logo_text)  # alt text for screen readers  # noqa: SLF001
        except (UnrecognizedImageError, OSError, ValueError):
            raise KoerswijzerError(
                f"Het logo '{Path(block.path).name}' is geen afbeelding die Word kan tonen (gebruik PNG of JPG)."
            ) from None

    def _section(self, block: Section) -> None:
        from docx.enum.section import WD_ORIENT, WD_SECTION

        section = self._d.add_section(WD_SECTION.NEW_PAGE)
        landscape = section.orientation == WD_ORIENT.LANDSCAPE
        if landscape != block.landscape:
            section.orientation = WD_ORIENT.LANDSCAPE if block.landscape else WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = section.page_height, section.page_width
        self._width = None  # the usable width changed
        self._page_break_pending = False

    def _list(self, block: ListBlock, depth: int) -> None:
        kind = "List Number" if block.ordered else "List Bullet"
        style: str | None = kind if depth == 1 else f"{kind} {min(depth, 3)}"
        if block.style == BOARD and not block.ordered and depth == 1 and self._known(BOARD_LIST_STYLE):
            style = BOARD_LIST_STYLE
        if not self._known(style):
            style = kind if self._known(kind) else None
        num_id = self._restart_numbering(style) if block.ordered and style else None
        for number, item in enumerate(block.items, start=1):
            first = True
            for child in item:
                if isinstance(child, ListBlock):
                    self._list(child, depth + 1)
                    continue
                if isinstance(child, Paragraph) and first:
                    paragraph = self._paragraph(style)
                    if style is None:
                        paragraph.add_run(f"{number}. " if block.ordered else "• ")
                    if num_id is not None:
                        self._set_num(paragraph, num_id)
                    if block.style == BOARD and style != BOARD_LIST_STYLE:  # no list style to lean on
                        paragraph.paragraph_format.left_indent = Cm(1.2)
                        for run_text in child.inlines:
                            run = paragraph.add_run(run_text.text)
                            run.italic = True
                            run.font.color.rgb = RGBColor.from_string(ACCENT)
                    else:
                        self._inlines(paragraph, child.inlines)
                    first = False
                else:
                    self._block(child)

    def _restart_numbering(self, style_name: str) -> str | None:
        """A fresh w:num for each numbered list, so every list starts at 1."""
        style = self._style(style_name).element  # type: ignore[attr-defined]
        num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id_el = num_pr.find(qn("w:numId")) if num_pr is not None else None
        if num_id_el is None:
            return None
        numbering = self._d.part.numbering_part.element
        abstract = next((n.find(qn("w:abstractNumId")).get(qn("w:val"))
                         for n in numbering.findall(qn("w:num"))
                         if n.get(qn("w:numId")) == num_id_el.get(qn("w:val"))), None)
        if abstract is None:
            return None
        num = numbering.add_num(int(abstract))
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        return str(num.numId)

    @staticmethod
    def _set_num(paragraph: DocxParagraph, num_id: str) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        num = OxmlElement("w:numId")
        num.set(qn("w:val"), num_id)
        num_pr.append(ilvl)
        num_pr.append(num)
        ppr.append(num_pr)

    def _usable_width(self) -> int:
        if self._width is None:  # the section list is an xpath over the whole body: ask once
            section = self._d.sections[-1]
            self._width = int(section.page_width - section.left_margin - section.right_margin)
        return self._width

    def _table(self, block: Table) -> None:
        body = self._d.element.body
        last = body[-2] if len(body) > 1 and body[-1].tag == qn("w:sectPr") else body[-1]
        if last.tag == qn("w:tbl"):
            self._set_style(self._new_paragraph(), TABLE_GAP_STYLE)
        columns = max(len(block.header), *(len(r) for r in block.rows)) if block.rows else len(block.header)
        if columns == 0:
            return
        rows = ([block.header] if block.header else []) + list(block.rows)
        # Not Document.add_table: it works out the page width from an xpath over the whole body.
        table = self._d._body.add_table(len(rows), columns, Emu(self._usable_width()))  # type: ignore[attr-defined]
        if self._known("Table Grid"):
            table.style = self._style("Table Grid")
        relative = list(block.widths) if len(block.widths) == columns else [1.0] * columns
        total = sum(relative)
        width = self._usable_width()
        parts.fix_column_widths(table, [Emu(int(width * r / total)) for r in relative])
        for row_index, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
            row_cells = row.cells
            for column, inlines in enumerate(cells):
                cell = row_cells[column]
                paragraph = cell.paragraphs[0]
                self._set_style(paragraph, TABLE_TEXT_STYLE)
                self._inlines(paragraph, inlines)
                if row_index == 0 and block.header:
                    for run in paragraph.runs:
                        run.bold = True
                    parts.shade(cell._tc.get_or_add_tcPr(), "DCE6F0")
                else:
                    body_row = row_index - (1 if block.header else 0)
                    fill = (block.fills[body_row][column] if body_row < len(block.fills)
                            and column < len(block.fills[body_row]) else "")
                    if fill:
                        parts.shade(cell._tc.get_or_add_tcPr(), fill)
        if block.header:
            parts.repeat_header_row(table)
        parts.keep_rows_whole(table, keep_together=len(rows) <= KEEP_TOGETHER_ROWS)
        self._after_table = True
        if self._page_break_pending:
            self._page_break_pending = False
            table.rows[0].cells[0].paragraphs[0].paragraph_format.page_break_before = True

    def _toc(self, block: TableOfContents) -> None:
        """Word's own TOC field (levels 1 and 2, linked), pre-filled: each entry a link to its
        heading's bookmark, a dot leader and a PAGEREF field for the page number, so that Word,
        LibreOffice and every preview show the entries, and the page numbers where known."""
        entries = list(block.entries) or [(1, "Klik met de rechtermuisknop en kies 'Veld bijwerken'.")]
        paragraphs = []
        for number, (level, text) in enumerate(entries, start=1):
            paragraph = self._paragraph(f"toc {min(level, TOC_LEVELS)}")
            paragraphs.append((paragraph, number, text))
        first, last = paragraphs[0][0], paragraphs[-1][0]
        parts.field_begin(first, f'TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u', dirty=self.toc_pages is None)
        for paragraph, number, text in paragraphs:
            mark = toc_bookmark(number)
            link = parts.add_internal_link(paragraph, mark)
            parts.append_run(link, text)
            parts.append_run(link, "\t")
            page = self.toc_pages[number - 1] if self.toc_pages and number <= len(self.toc_pages) else ""
            parts.add_field(paragraph, f"PAGEREF {mark} \\h", page, into=link)
        parts.field_end(last)

    def _header_footer(self, header_text: str) -> None:
        if not self._own_header_footer:
            self._house_footer()
            return
        section = self._d.sections[0]
        # The cover carries no header and no page number: its first-page header and footer stay empty.
        section.different_first_page_header_footer = True
        header = section.header.paragraphs[0]
        header.text = header_text
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("pagina ")
        parts.add_field(footer, "PAGE", "1")
        footer.add_run(" van ")
        parts.add_field(footer, "NUMPAGES", "1")

    def _house_footer(self) -> None:
        """A house style keeps its own header and footer; a footer without a page number gets
        "pagina X van Y" below its own text, and the cover gets no header or footer."""
        section = self._d.sections[0]
        footer = section.footer
        instructions = " ".join(
            [node.text or "" for node in footer._element.iter(qn("w:instrText"))]  # noqa: SLF001
            + [node.get(qn("w:instr")) or "" for node in footer._element.iter(qn("w:fldSimple"))])  # noqa: SLF001
        if "PAGE" not in instructions.upper():
            if footer.is_linked_to_previous:
                footer.is_linked_to_previous = False
            paragraph = footer.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run("pagina ")
            parts.add_field(paragraph, "PAGE", "1")
            paragraph.add_run(" van ")
            parts.add_field(paragraph, "NUMPAGES", "1")
        if not section.different_first_page_header_footer:
            section.different_first_page_header_footer = True  # an empty first-page header and footer

