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


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class Image:
    """A picture from a file (the logo on the cover)."""

    path: str
    width_cm: float = 5.0


@dataclass(frozen=True, slots=True)
class TableOfContents:
    """The inhoudsopgave: a field Word refreshes, pre-filled with these (level, text) entries."""

    entries: tuple[tuple[int, str], ...] = ()


Block = Union[Heading, Paragraph, ListBlock, Table, PageBreak, TableOfContents, Image]


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


def parse_markdown(text: str, style: str = BODY) -> list[Block]:
    """Markdown as written in an answer -> blocks. Raw HTML is dropped, never passed on."""
    md = _parser()
    md.reset()
    md.convert(text)
    root = md.kept_tree
    return _blocks(root, style)


def _inlines(element: ET.Element, bold: bool = False, italic: bool = False) -> list[Run]:
    out: list[Run] = []

    def add(text: str | None, b: bool, i: bool) -> None:
        if text:
            cleaned = _STASH.sub("", text)
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
            text = "".join(child.itertext()).strip()
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
