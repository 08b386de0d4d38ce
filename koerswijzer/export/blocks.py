"""The one document model every writer renders: blocks of inline runs.

Markdown (answers, and the text the templates produce) is parsed once into this model by
:func:`parse_markdown`; the docx, HTML and Markdown writers never see Markdown again.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from typing import Union

from koerswijzer.plain_text import clean_text

# -- inline ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


Inlines = tuple[Run, ...]


def plain(inlines: Inlines) -> str:
    return "".join(run.text for run in inlines)


def runs(text: str, bold: bool = False, italic: bool = False) -> Inlines:
    return (Run(text, bold, italic),) if text else ()


# -- blocks ---------------------------------------------------------------------------------

# Paragraph styles the writers know; each writer maps them to its own form.
BODY = "body"
BOARD = "board"  # the board's voice: quoted targets and descriptions
QUESTION = "question"  # a centrale vraag, above its answer
NOTE = "note"  # small print: status, reasons, empty answers
TITLE = "title"
SUBTITLE = "subtitle"
TOC_TITLE = "toc-title"  # "Inhoudsopgave" above the table of contents
TOC_LEVELS = 2  # the inhoudsopgave lists chapters and their sections


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    trace: str = ""  # koers element/question id this section holds (for the board review)


@dataclass(frozen=True, slots=True)
class Paragraph:
    inlines: Inlines
    style: str = BODY
    trace: str = ""


@dataclass(frozen=True, slots=True)
class ListBlock:
    ordered: bool
    items: tuple[tuple[Block, ...], ...]
    style: str = BODY


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty = equal
    style: str = BODY
    fills: tuple[tuple[str, ...], ...] = ()  # per body row, per cell: a fill colour ("C6EFCE") or ""


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class Image:
    """A picture from a file (the logo on the cover), or from bytes (a chart)."""

    path: str
    width_cm: float = 5.0
    data: bytes = b""  # PNG; when given, ``path`` is only its name
    alt: str = ""  # for screen readers


@dataclass(frozen=True, slots=True)
class Section:
    """A new section on a new page, portrait or landscape (a wide year calendar)."""

    landscape: bool = False


@dataclass(frozen=True, slots=True)
class TableOfContents:
    """The inhoudsopgave: a field Word refreshes, pre-filled with these (level, text) entries."""

    entries: tuple[tuple[int, str], ...] = ()


Block = Union[Heading, Paragraph, ListBlock, Table, PageBreak, TableOfContents, Image, Section]


@dataclass
class Document:
    """A whole schoolplan, ready for any writer."""

    title: str
    subject: str
    author: str
    keywords: str
    header_text: str
    koers_id: str
    koers_version: str
    blocks: list[Block] = field(default_factory=list)
    category: str = "Schoolplan"
    properties: dict[str, str] = field(default_factory=dict)  # more custom properties (a rapportage's trace)

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]


# -- Markdown -> blocks -----------------------------------------------------------------------

_STASH = re.compile("\x02wzxhzdk:\\d+\x03")


def _markdown():  # type: ignore[no-untyped-def]
    import markdown
    from markdown.extensions import Extension
    from markdown.treeprocessors import Treeprocessor

    class Keep(Treeprocessor):
        def run(self, root: ET.Element) -> None:
            self.md.kept_tree = root  # type: ignore[attr-defined]

    class KeepExtension(Extension):
        def extendMarkdown(self, md) -> None:  # type: ignore[no-untyped-def] # noqa: N802
            md.treeprocessors.register(Keep(md), "koerswijzer_keep", 0)

    return markdown.Markdown(extensions=["tables", "sane_lists", KeepExtension()])


@cache
def _parser():  # type: ignore[no-untyped-def]
    return _markdown()


MAX_LIST_DEPTH = 6  # deeper list levels are shown at this level
MAX_QUOTE_DEPTH = 4
CHUNK_CHARS = 20_000  # Markdown is parsed in pieces of about this size, so time grows linearly


def _flatten_structure(text: str) -> str:
    """Bound what makes Markdown parsing deep or slow, keeping every word: list indentation beyond
    MAX_LIST_DEPTH levels, quote marks beyond MAX_QUOTE_DEPTH, runs of more than three * or _ (bold
    italic is three), and square brackets (links are not part of an answer; an unmatched [ costs
    Python-Markdown quadratic time)."""
    lines = []
    for line in text.split("\n"):
        stripped = line.lstrip(" \t")
        indent = len(line) - len(stripped)
        if indent > 4 * MAX_LIST_DEPTH:
            line = " " * (4 * MAX_LIST_DEPTH) + stripped
        quote = re.match(r"(\s*>){%d,}" % (MAX_QUOTE_DEPTH + 1), line)
        if quote:
            line = "> " * MAX_QUOTE_DEPTH + line[quote.end():].lstrip()
        lines.append(line)
    text = "\n".join(lines)
    text = re.sub(r"\*{4,}", "***", text)
    text = re.sub(r"_{4,}", "___", text)
    # No inline pattern matches these stand-ins; _restore puts the brackets back in the runs.
    return text.replace("[", _OPEN).replace("]", _CLOSE)


_OPEN, _CLOSE = "\ue000", "\ue001"


def _restore(text: str) -> str:
    return text.replace(_OPEN, "[").replace(_CLOSE, "]")


def _chunks(text: str) -> list[str]:
    """Pieces of about CHUNK_CHARS that end at a blank line before an unindented line that starts
    no list: the Markdown of each piece means the same as in the whole."""
    if len(text) <= CHUNK_CHARS:
        return [text]
    pieces, start = [], 0
    for match in re.finditer(r"\n[ \t]*\n(?=[^\s*+\-0-9>|])", text):
        if match.end() - start >= CHUNK_CHARS:
            pieces.append(text[start:match.end()])
            start = match.end()
    pieces.append(text[start:])
    return [part for piece in pieces for part in _split_long(piece)]


def _split_long(piece: str) -> list[str]:
    """A piece with no blank line to end at is cut at line or sentence ends (else at a space, else
    anywhere): one endless paragraph may become several, its words all kept."""
    out = []
    while len(piece) > 2 * CHUNK_CHARS:
        window = piece[CHUNK_CHARS:2 * CHUNK_CHARS]
        cut = next((CHUNK_CHARS + i + 1 for i in (window.find("\n"), window.find(". "), window.find(" ")) if i >= 0),
                   2 * CHUNK_CHARS)
        out.append(piece[:cut])
        piece = piece[cut:]
    out.append(piece)
    return out


# The common shape of an answer, read without Python-Markdown (which takes about a second per
# megabyte): paragraphs and flat lists whose only marks are balanced *, ** and *** around words.
# Anything else goes to Python-Markdown; a property test holds the two to the same result.
_PLAIN = re.compile(r"[^\s*_`#>|<&\\\ue000\ue001!=~:+-][^_`<&\\]*")
_EMPHASIS = re.compile(r"(\*{1,3})(?=[^\s*])([^*]*?[^\s*])\1(?![*\w])")
_LIST_ITEM = re.compile(r"([-+*]|[0-9]{1,3}\.) ")
_NUMBERED = re.compile(r"[0-9]+[.)]\s")


def _simple_inlines(text: str) -> Inlines | None:
    text = _restore(" ".join(text.split()))
    out: list[Run] = []
    position = 0
    for match in _EMPHASIS.finditer(text):
        before = text[position:match.start()]
        if "*" in before or (match.start() > 0 and text[match.start() - 1].isalnum()):
            return None
        if before:
            out.append(Run(before))
        marks = len(match.group(1))
        out.append(Run(match.group(2), bold=marks >= 2, italic=marks != 2))
        position = match.end()
    rest = text[position:]
    if "*" in rest:
        return None
    if rest:
        out.append(Run(rest))
    return _trim(_merge(out))


def _simple_blocks(piece: str, style: str) -> list[Block] | None:
    """The blocks of a piece in the common shape, or None when it needs Python-Markdown."""
    blocks: list[Block] = []
    for part in re.split(r"\n[ \t]*\n", piece):
        lines = [line for line in part.split("\n") if line.strip()]
        if not lines:
            continue
        if any(line.endswith(("  ", "\t")) for line in lines[:-1]):
            return None  # a hard line break
        markers = [_LIST_ITEM.match(line) for line in lines]
        for line, marker in zip(lines, markers, strict=True):
            content = line[marker.end():] if marker else line
            if not _PLAIN.fullmatch(content.rstrip()) or _NUMBERED.match(content):
                return None
        if any(markers):
            if not all(markers) or (blocks and isinstance(blocks[-1], ListBlock)):
                return None  # a list with text lines, or a loose list (items apart by blank lines)
            ordered = markers[0].group(1)[0].isdigit()  # type: ignore[union-attr]
            if any(m.group(1)[0].isdigit() != ordered for m in markers):  # type: ignore[union-attr]
                return None
            items = []
            for line, marker in zip(lines, markers, strict=True):
                inlines = _simple_inlines(line[marker.end():])  # type: ignore[union-attr]
                if inlines is None:
                    return None
                items.append((Paragraph(inlines, style),) if inlines else ())
            blocks.append(ListBlock(ordered, tuple(items), style))
        else:
            inlines = _simple_inlines(" ".join(lines))
            if inlines is None:
                return None
            if inlines:
                blocks.append(Paragraph(inlines, style))
    return blocks


def _markdown_blocks(piece: str, style: str) -> list[Block]:
    """Python-Markdown's reading of a piece. An empty text runs no tree processor, so the tree
    kept from the previous text must not be taken for this one's."""
    md = _parser()
    md.reset()
    md.kept_tree = None  # type: ignore[attr-defined]
    md.convert(piece)
    root = md.kept_tree  # type: ignore[attr-defined]
    return _blocks(root, style) if root is not None else []


def parse_markdown(text: str, style: str = BODY) -> list[Block]:
    """Markdown as written in an answer -> blocks. Raw HTML is dropped, never passed on.

    Any text parses: control characters are removed, the structure is bounded (see
    :func:`_flatten_structure`), and what Python-Markdown still cannot take becomes plain
    paragraphs with every word kept."""
    blocks: list[Block] = []
    for piece in _chunks(_flatten_structure(clean_text(text))):
        simple = _simple_blocks(piece, style)
        if simple is not None:
            blocks += simple
            continue
        try:
            blocks += _markdown_blocks(piece, style)
        except RecursionError:
            blocks += [Paragraph(runs(_restore(" ".join(part.split()))), style)
                       for part in re.split(r"\n\s*\n", piece) if part.strip()]
    return blocks


def _inlines(element: ET.Element, bold: bool = False, italic: bool = False) -> list[Run]:
    out: list[Run] = []

    def add(text: str | None, b: bool, i: bool) -> None:
        if text:
            cleaned = _restore(_STASH.sub("", text))
            cleaned = re.sub(r"\s+", " ", cleaned)
            if cleaned:
                out.append(Run(cleaned, b, i))

    add(element.text, bold, italic)
    for child in element:
        tag = child.tag
        if tag in ("ul", "ol", "table", "p"):
            pass  # block content inside an inline context is handled by the caller
        elif tag == "br":
            out.append(Run("\n", bold, italic))
        else:
            b = bold or tag in ("strong", "b")
            i = italic or tag in ("em", "i")
            out.extend(_inlines(child, b, i))
        add(child.tail, bold, italic)
    return _merge(out)


def _merge(items: list[Run]) -> list[Run]:
    merged: list[Run] = []
    for run in items:
        if merged and (merged[-1].bold, merged[-1].italic) == (run.bold, run.italic):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    return merged


def _trim(items: list[Run]) -> Inlines:
    if items:
        items[0] = Run(items[0].text.lstrip(), items[0].bold, items[0].italic)
        items[-1] = Run(items[-1].text.rstrip(), items[-1].bold, items[-1].italic)
    return tuple(r for r in items if r.text)


def _blocks(root: ET.Element, style: str) -> list[Block]:
    blocks: list[Block] = []
    for child in root:
        tag = child.tag
        if tag == "p":
            inlines = _trim(_inlines(child))
            if inlines:
                blocks.append(Paragraph(inlines, style))
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            # Headings inside an answer become bold paragraphs: the document's own headings
            # carry the outline (and the trace), an answer does not add chapters to it.
            text = plain(_trim(_inlines(child)))
            if text:
                blocks.append(Paragraph((Run(text, bold=True),), style))
        elif tag in ("ul", "ol"):
            blocks.append(_list(child, style))
        elif tag == "table":
            blocks.append(_table(child, style))
        elif tag == "blockquote":
            blocks.extend(_blocks(child, style))
        elif tag in ("pre", "hr"):
            text = _restore("".join(child.itertext()).strip())
            if text:
                blocks.append(Paragraph(runs(text), style))
        else:
            inlines = _trim(_inlines(child))
            if inlines:
                blocks.append(Paragraph(inlines, style))
    return blocks


def _list(element: ET.Element, style: str) -> ListBlock:
    items = []
    for li in element.findall("li"):
        content: list[Block] = []
        if any(child.tag == "p" for child in li):
            content.extend(_blocks(li, style))
        else:
            inlines = _trim(_inlines(li))
            if inlines:
                content.append(Paragraph(inlines, style))
            for child in li:
                if child.tag in ("ul", "ol"):
                    content.append(_list(child, style))
        items.append(tuple(content))
    return ListBlock(element.tag == "ol", tuple(items), style)


def _table(element: ET.Element, style: str) -> Table:
    header: tuple[Inlines, ...] = ()
    rows: list[tuple[Inlines, ...]] = []
    for tr in element.iter("tr"):
        cells = tuple(_trim(_inlines(cell)) for cell in tr if cell.tag in ("th", "td"))
        if not header and all(cell.tag == "th" for cell in tr if cell.tag in ("th", "td")):
            header = cells
        else:
            rows.append(cells)
    if header and not any(header):  # "| | |": a table with an empty header row has none
        header = ()
    width = max([len(header), *(len(r) for r in rows)] or [0])
    header = header + ((),) * (width - len(header)) if header else header
    rows = [r + ((),) * (width - len(r)) for r in rows]
    return Table(header, tuple(rows), style=style)


def clean_values(value):  # type: ignore[no-untyped-def]
    """The value with control characters removed from every string in it (dataclasses, tuples,
    lists and dicts are rebuilt; anything else is returned as it is)."""
    import dataclasses

    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, tuple):
        return tuple(clean_values(v) for v in value)
    if isinstance(value, list):
        return [clean_values(v) for v in value]
    if isinstance(value, dict):
        return {k: clean_values(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: clean_values(getattr(value, f.name))
                                              for f in dataclasses.fields(value) if f.init})
    return value
