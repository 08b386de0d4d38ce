"""Read a schoolplan .docx the board received, safely, into headings, paragraphs and tables.

Boards get files of every kind. Before python-docx sees a file it is checked here: is it a
zip at all, a Word document, not encrypted, not an old .doc, not a zip bomb. Nothing outside
the file is ever fetched: external relationships are recorded, never followed, and the XML
parser does not resolve entities.
"""

from __future__ import annotations

import json
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from koerswijzer.errors import KoerswijzerError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Limits checked on the zip's own directory, before python-docx or lxml reads a byte of XML. lxml
# holds a parsed part in roughly ten times its size, so the XML limits bound the memory a review
# takes (well under 500 MB); a real schoolplan of 100 pages has 2 to 5 MB of XML in all.
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # everything, pictures included
MAX_XML_PART_BYTES = 16 * 1024 * 1024  # one XML part (document.xml, a header, styles)
MAX_XML_BYTES = 32 * 1024 * 1024  # all XML parts together
MAX_RATIO = 100  # unpacked / packed for one member of over RATIO_FROM bytes: beyond this it is a zip bomb
RATIO_FROM = 2 * 1024 * 1024  # smaller parts are bounded by the size limits; repetitive text compresses 100x
MAX_MEMBERS = 5000
READABLE_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class UnreadableDocument(KoerswijzerError):
    """A file that is not a readable schoolplan; the message says why, in Dutch."""


@dataclass
class Block:
    kind: str  # "heading", "paragraph", "table"
    text: str = ""
    level: int = 0
    style: str = ""
    bookmarks: tuple[str, ...] = ()
    rows: list[list[str]] = field(default_factory=list)
    listed: bool = False  # an item of a Word list (numbered or bulleted)


@dataclass
class ReadDocument:
    path: Path
    blocks: list[Block]
    properties: dict[str, str]
    trace: dict[str, str]  # bookmark name -> koers id, when the document carries Koerswijzer's trace
    external_links: list[str]
    core_title: str = ""  # the title in the document's properties (Bestand > Info), often the school's

    @property
    def koers_id(self) -> str | None:
        return self.properties.get("KoerswijzerKoers") or None

    @property
    def words(self) -> int:
        return sum(len(b.text.split()) + sum(len(c.split()) for r in b.rows for c in r) for b in self.blocks)


def check_container(path: Path) -> None:
    name = f"'{path.name}'"
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise UnreadableDocument(f"{name} kan niet worden gelezen ({exc.strerror}).") from None
    if stat.S_ISDIR(mode):
        raise UnreadableDocument(f"{name} is een map, geen Word-document.")
    if not stat.S_ISREG(mode):
        raise UnreadableDocument(f"{name} is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat).")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UnreadableDocument(f"{name} kan niet worden gelezen ({exc.strerror}).") from None
    if size == 0:
        raise UnreadableDocument(f"{name} is leeg.")
    if size > MAX_FILE_BYTES:
        raise UnreadableDocument(f"{name} is te groot ({size // (1024 * 1024)} MB) om te beoordelen.")
    if head.startswith(OLE_MAGIC):
        data = path.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise UnreadableDocument(f"{name} is beveiligd met een wachtwoord. Vraag de school om een "
                                     "versie zonder wachtwoord.")
        raise UnreadableDocument(f"{name} is een oud Word-bestand (.doc). Open het in Word of LibreOffice en "
                                 "sla het op als .docx.")
    if head.startswith(b"%PDF"):
        raise UnreadableDocument(f"{name} is een PDF, geen Word-document. Vraag de school om het .docx-bestand.")
    if not head.startswith(b"PK"):
        raise UnreadableDocument(f"{name} is geen Word-document (.docx).")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise UnreadableDocument(f"{name} bevat verdacht veel onderdelen en wordt niet geopend.")
            total = xml_total = 0
            for member in members:
                total += member.file_size
                if member.flag_bits & 0x1:
                    raise UnreadableDocument(f"{name} is beveiligd met een wachtwoord. Vraag de school om een "
                                             "versie zonder wachtwoord.")
                if member.compress_type not in READABLE_COMPRESSION:
                    raise UnreadableDocument(f"{name} is op een ongebruikelijke manier ingepakt en kan niet "
                                             "worden gelezen. Open het in Word en sla het opnieuw op als .docx.")
                if member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * max(member.compress_size, 1):
                    raise UnreadableDocument(f"{name} lijkt een zip-bom (een klein bestand dat uitpakt tot "
                                             "enorm veel data) en wordt niet geopend.")
                if member.filename.lower().endswith((".xml", ".rels")):
                    xml_total += member.file_size
                    if member.file_size > MAX_XML_PART_BYTES:
                        raise UnreadableDocument(
                            f"{name} heeft een onderdeel van {member.file_size // (1024 * 1024)} MB tekst "
                            f"({member.filename}); dat is te groot voor een schoolplan en wordt niet geopend.")
            if xml_total > MAX_XML_BYTES:
                raise UnreadableDocument(f"{name} bevat meer dan {MAX_XML_BYTES // (1024 * 1024)} MB tekst en "
                                         "opmaak; dat is te groot voor een schoolplan en wordt niet geopend.")
            if total > MAX_UNPACKED_BYTES:
                raise UnreadableDocument(f"{name} pakt uit tot meer dan {MAX_UNPACKED_BYTES // (1024 * 1024)} MB "
                                         "en wordt niet geopend.")
            names = {m.filename for m in members}
            if "word/document.xml" not in names:
                raise UnreadableDocument(f"{name} is een zip-bestand, maar geen Word-document.")
            bad = archive.testzip()
            if bad is not None:
                raise UnreadableDocument(f"{name} is beschadigd (onderdeel {bad}).")
    except zipfile.BadZipFile:
        raise UnreadableDocument(f"{name} is beschadigd: het is geen geldig zip-bestand.") from None
    except (NotImplementedError, RuntimeError, ValueError, EOFError, OSError):
        raise UnreadableDocument(f"{name} is beschadigd of op een onbekende manier ingepakt en kan niet "
                                 "worden gelezen.") from None


def read_docx(path: str | Path) -> ReadDocument:
    """The document's blocks in reading order. Raises :class:`UnreadableDocument`, and nothing else."""
    path = Path(path)
    check_container(path)
    try:
        return _read_checked(path)
    except UnreadableDocument:
        raise
    except RecursionError:
        raise UnreadableDocument(f"'{path.name}' is te diep genest om te lezen.") from None
    except MemoryError:
        raise UnreadableDocument(f"'{path.name}' is te groot om te lezen.") from None
    except Exception as exc:  # noqa: BLE001 - a document that breaks python-docx or our reading of it
        raise UnreadableDocument(f"'{path.name}' kan niet als Word-document worden gelezen: de inhoud is "
                                 f"beschadigd of ongebruikelijk ({type(exc).__name__}).") from None


def _read_checked(path: Path) -> ReadDocument:
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for broken files
        raise UnreadableDocument(f"'{path.name}' kan niet als Word-document worden gelezen ({type(exc).__name__}).") \
            from None
    from koerswijzer.export.docx_parts import read_custom_properties, read_long_property

    try:
        properties = read_custom_properties(document)
    except Exception:  # noqa: BLE001 - a damaged custom.xml only loses the trace
        properties = {}
    try:
        trace = json.loads(read_long_property(properties, "KoerswijzerTrace") or "{}")
    except ValueError:
        trace = {}
    if not isinstance(trace, dict):
        trace = {}
    trace = {str(k): str(v) for k, v in trace.items()}
    external = [rel.target_ref for rel in document.part.rels.values() if rel.is_external]
    try:
        core_title = " ".join((document.core_properties.title or "").split())[:200]
    except Exception:  # noqa: BLE001 - a damaged core.xml only loses the title
        core_title = ""
    style_names: dict[str, str] = {}
    for style in document.styles.element.findall(qn("w:style")):
        name_el = style.find(qn("w:name"))
        style_names[style.get(qn("w:styleId")) or ""] = (name_el.get(qn("w:val")) or "") if name_el is not None else ""
    body = document.element.body
    if body is None:
        raise UnreadableDocument(f"'{path.name}' heeft geen tekst: het Word-document is leeg of beschadigd.")
    blocks: list[Block] = []
    paragraph_tag, table_tag = qn("w:p"), qn("w:tbl")
    for child in body.iterchildren():
        if child.tag == paragraph_tag:
            text = "".join(node.text or "" for node in child.iter(qn("w:t"))).strip()
            style_el = child.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            style_id = (style_el.get(qn("w:val")) or "") if style_el is not None else ""
            style = style_names.get(style_id) or style_id
            marks = tuple(b.get(qn("w:name")) or "" for b in child.iter(qn("w:bookmarkStart")))
            level = _heading_level(style, style_id) or _pseudo_heading_level(child, text, style)
            if level:
                blocks.append(Block("heading", text, level, style, marks))
            elif text:
                listed = (child.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None
                          or style.lower().startswith(LIST_STYLES))
                blocks.append(Block("paragraph", text, 0, style, marks, listed=listed))
        elif child.tag == table_tag:
            rows = []
            for tr in child.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in tc.iter(qn("w:t"))).strip() for tc in tr.iter(qn("w:tc"))]
                rows.append(cells)
            blocks.append(Block("table", rows=rows))
    return ReadDocument(path, blocks, properties, trace, external, core_title)


def _number(text: str) -> int | None:
    """An ASCII number, or None ("²" is a digit to Python, not to Word)."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 6 else None


def _heading_level(style: str, style_id: str) -> int:
    for candidate in (style.lower(), style_id.lower()):
        for prefix in ("heading ", "kop ", "heading", "kop"):
            if candidate.startswith(prefix) and (level := _number(candidate[len(prefix):])) is not None:
                return min(max(level, 1), 9)
    if style.lower() in TITLE_STYLES:
        return 1
    if style.lower() == "kop klein":  # Koerswijzer's own heading below Heading 4
        return 5
    return 0


TITLE_STYLES = ("title", "titel")
LIST_STYLES = ("list", "lijst")  # "List Number", "List Bullet", "List Paragraph", "Lijstalinea"
# Paragraph styles of ordinary body text (as Word, LibreOffice and their Dutch versions name them).
BODY_STYLES = ("", "normal", "standaard", "default paragraph style", "standaardalinea", "body text",
               "text body", "plattetekst", "hoofdtekst", "no spacing", "geen afstand")
PSEUDO_HEADING_WORDS = 12


def _pseudo_heading_level(paragraph, text: str, style: str) -> int:  # type: ignore[no-untyped-def]
    """Many schools make headings by typing a short line in bold, without a heading style. Such a
    line counts as a heading: body text style, every run bold, at most a dozen words, and not
    ending like a sentence. Its level comes from its numbering ("4.1" is 2), else its size
    (14 pt or more is 1), else 2."""
    from docx.oxml.ns import qn

    if not text or style.lower() not in BODY_STYLES or len(text.split()) > PSEUDO_HEADING_WORDS \
            or text[-1] in ".,;:" or len(text) > 100:
        return 0
    runs = [r for r in paragraph.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
    if not runs:
        return 0
    sizes = []
    for run in runs:
        props = run.find(qn("w:rPr"))
        bold = props.find(qn("w:b")) if props is not None else None
        char_style = props.find(qn("w:rStyle")) if props is not None else None
        strong = char_style is not None and (char_style.get(qn("w:val")) or "").lower() in ("strong", "zwaar")
        if not strong and (bold is None or bold.get(qn("w:val"), "true").lower() in ("false", "0", "off")):
            return 0
        size = props.find(qn("w:sz"))
        half_points = _number(size.get(qn("w:val")) or "") if size is not None else None
        if half_points is not None:
            sizes.append(half_points / 2)
    numbered = re.match(r"([0-9]+(?:\.[0-9]+)*)\.?\s", text)
    if numbered:
        return numbered.group(1).count(".") + 1
    return 1 if sizes and min(sizes) >= 14 else 2


def peek_properties(path: str | Path) -> dict[str, str]:
    """A Word document's custom properties, read from its package alone (cheap: no python-docx);
    empty for a document without them, or one that cannot be read."""
    import xml.etree.ElementTree as ET

    path = Path(path)
    try:
        check_container(path)
        with zipfile.ZipFile(path) as archive:
            if "docProps/custom.xml" not in archive.namelist():
                return {}
            root = ET.fromstring(archive.read("docProps/custom.xml"))
    except (UnreadableDocument, zipfile.BadZipFile, ET.ParseError, OSError, KeyError, ValueError):
        return {}
    return {prop.get("name") or "": "".join(prop.itertext()).strip() for prop in root}


def peek_koers_id(path: str | Path) -> str | None:
    """The koers id in a Koerswijzer document's trace; None for any other document, or one that
    cannot be read."""
    return peek_properties(path).get("KoerswijzerKoers") or None
