"""Low-level Word pieces python-docx has no API for: fields, bookmarks, language, custom
document properties, table header rows and fixed column widths."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def add_field(paragraph: DocxParagraph, instruction: str, placeholder: str = "", into=None) -> None:  # type: ignore[no-untyped-def]
    """A complex field (PAGE, NUMPAGES, PAGEREF ...) with a result Word and LibreOffice replace;
    ``into``: an element of the paragraph (a hyperlink) to put its runs in."""
    parent = into if into is not None else paragraph._p

    def run():  # type: ignore[no-untyped-def]
        r = OxmlElement("w:r")
        parent.append(r)
        return r

    def char(kind: str) -> None:
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        run().append(fld)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run().append(instr)
    char("separate")
    if placeholder:
        append_run(parent, placeholder)
    char("end")


def add_internal_link(paragraph: DocxParagraph, bookmark: str):  # type: ignore[no-untyped-def]
    """A w:hyperlink to a bookmark of this document (the inhoudsopgave's entries)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), bookmark)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def append_run(parent, text: str) -> None:  # type: ignore[no-untyped-def]
    """A run of plain text (a tab for "\\t") at the end of a paragraph or hyperlink element."""
    r = OxmlElement("w:r")
    if text == "\t":
        r.append(OxmlElement("w:tab"))
    else:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    parent.append(r)


def field_begin(paragraph: DocxParagraph, instruction: str, dirty: bool = True) -> None:
    """Open a field whose result spans several paragraphs (the inhoudsopgave); ``dirty``: Word
    refreshes it on opening."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        run = paragraph.add_run()
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            if kind == "begin" and dirty:
                fld.set(qn("w:dirty"), "true")  # Word refreshes it on opening
            run._r.append(fld)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)


def field_end(paragraph: DocxParagraph) -> None:
    run = paragraph.add_run()
    fld = OxmlElement("w:fldChar")
    fld.set(qn("w:fldCharType"), "end")
    run._r.append(fld)


def add_bookmark(paragraph: DocxParagraph, name: str, bookmark_id: int) -> None:
    """Wrap the paragraph's content in a bookmark (they survive editing in Word and LibreOffice)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    p = paragraph._p
    ppr = p.find(qn("w:pPr"))
    p.insert(list(p).index(ppr) + 1 if ppr is not None else 0, start)
    p.append(end)


def set_language(document: DocxDocument, lang: str = "nl-NL") -> None:
    """Proofing language in the document defaults, so every style inherits it."""
    styles = document.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        doc_defaults = OxmlElement("w:docDefaults")
        styles.insert(0, doc_defaults)
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        doc_defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    for style in styles.findall(qn("w:style")):  # a style that sets its own language too
        style_lang = style.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        if style_lang is not None:
            style_lang.set(qn("w:val"), lang)
    document.core_properties.language = lang


# The elements that follow updateFields in w:settings (ECMA-376 CT_Settings): it goes before them.
_AFTER_UPDATE_FIELDS = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
                        "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
                        "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
                        "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
                        "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")


STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def drop_styles_with_effects(document: DocxDocument) -> None:
    """python-docx's blank document carries Word 2010's stylesWithEffects part; it no longer matches
    the styles we add, and a validator (and Word) would call the file inconsistent."""
    for r_id, rel in list(document.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            document.part.drop_rel(r_id)


def update_fields_on_open(document: DocxDocument) -> None:
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = OxmlElement("w:updateFields")  # no w:val: "on" is the default, and valid everywhere
        later = [tag for tag in _AFTER_UPDATE_FIELDS if ":" in tag and tag.split(":")[0] == "w"]
        settings.insert_element_before(update, *later)


def set_custom_properties(document: DocxDocument, values: dict[str, str]) -> None:
    """docProps/custom.xml: name/value pairs shown under File > Properties > Custom."""
    package = document.part.package
    existing = next((rel.target_part for rel in package.rels.values()
                     if rel.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES), None)
    props: dict[str, str] = {}
    if existing is not None:
        try:
            root = ET.fromstring(existing.blob)
            for prop in root.findall(f"{{{CUSTOM_NS}}}property"):
                text_el = next(iter(prop), None)
                if text_el is not None and prop.get("name"):
                    props[prop.get("name", "")] = text_el.text or ""
        except ET.ParseError:
            props = {}
    props.update(values)
    items = "".join(
        f'<property fmtid="{FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(props.items(), start=2)
    )
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{CUSTOM_NS}" xmlns:vt="{VT_NS}">{items}</Properties>').encode()
    if existing is not None:
        existing._blob = blob  # type: ignore[attr-defined]
        return
    part = Part(PackURI("/docProps/custom.xml"), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


# Word keeps at most 255 characters of a text property; a longer value is spread over numbered
# properties ("Name", "Name 2", "Name 3", ...).
PROPERTY_CHUNK = 240


def long_property(name: str, text: str) -> dict[str, str]:
    """A value of any length as custom properties Word keeps whole."""
    chunks = [text[i:i + PROPERTY_CHUNK] for i in range(0, len(text), PROPERTY_CHUNK)] or [""]
    return {(name if n == 0 else f"{name} {n + 1}"): chunk for n, chunk in enumerate(chunks)}


def read_long_property(properties: dict[str, str], name: str) -> str | None:
    """The value :func:`long_property` wrote (or one long property), or None when absent."""
    if name not in properties:
        return None
    parts = [properties[name]]
    n = 2
    while f"{name} {n}" in properties:
        parts.append(properties[f"{name} {n}"])
        n += 1
    return "".join(parts)


def read_custom_properties(document: DocxDocument) -> dict[str, str]:
    package = document.part.package
    for rel in package.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.CUSTOM_PROPERTIES:
            root = ET.fromstring(rel.target_part.blob)
            return {p.get("name", ""): (next(iter(p)).text or "") for p in root.findall(f"{{{CUSTOM_NS}}}property")}
    return {}


def keep_rows_whole(table: DocxTable, keep_together: bool) -> None:
    """No row splits across pages (a label cell never stands alone on the next page); a short
    table also keeps its rows together, so no tail of one or two rows lands on a page of its own."""
    rows = table.rows
    for index, row in enumerate(rows):
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.insert(0, OxmlElement("w:cantSplit"))
        if keep_together and index < len(rows) - 1:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True


def repeat_header_row(table: DocxTable) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")  # no w:val: on by default
    tr_pr.append(header)
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.append(cant_split)


def fix_column_widths(table: DocxTable, widths: list[Emu]) -> None:
    """Fixed layout with the grid and every cell set: LibreOffice reads tblGrid, Word tcW."""
    table.autofit = False  # writes w:tblLayout type="fixed", once and in its place
    for grid_col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        grid_col.set(qn("w:w"), str(int(width.twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width


def shade(cell_or_paragraph_pr, fill: str) -> None:  # type: ignore[no-untyped-def]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell_or_paragraph_pr.append(shading)


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template>Normal.dotm</Template><Words>{words}</Words><Application>Koerswijzer</Application>"
    "<DocSecurity>0</DocSecurity><Paragraphs>{paragraphs}</Paragraphs><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "<AppVersion>16.0000</AppVersion></Properties>"
)


def set_document_facts(document: DocxDocument, description: str) -> None:
    """What Word and Explorer show about the file: made now, by Koerswijzer, with its word count;
    in the current Word format. python-docx's blank document says 2013, "generated by python-docx",
    "Microsoft Macintosh Word", 1 page and 0 words, and compatibility mode 14."""
    import datetime as dt

    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    props = document.core_properties
    props.created = props.modified = now
    props.comments = description
    props.revision = 1
    # Straight over the XML (python-docx's paragraph.text runs an XPath per run: seconds on a long plan).
    t_tag = qn("w:t")
    texts = ["".join(node.text or "" for node in p.iter(t_tag)) for p in document.element.body.iter(qn("w:p"))]
    words = sum(len(text.split()) for text in texts)
    paragraphs = sum(1 for text in texts if text.strip())
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_XML.format(words=words, paragraphs=paragraphs).encode("utf-8")  # noqa: SLF001
    settings = document.settings.element
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
