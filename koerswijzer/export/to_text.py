"""Render a :class:`Document` as Markdown or as HTML (the same model the docx writer uses)."""

from __future__ import annotations

import base64
import json
import os
import re
from html import escape
from pathlib import Path

from koerswijzer.export.blocks import (
    BOARD,
    NOTE,
    SUBTITLE,
    TOC_LEVELS,
    TOC_TITLE,
    TITLE,
    Block,
    Document,
    Heading,
    Image,
    Inlines,
    ListBlock,
    PageBreak,
    Paragraph,
    Table,
    TableOfContents,
)

# -- Markdown ---------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    """Plain text for Markdown: emphasis marks, table bars and raw HTML ("<script>") are escaped."""
    return (text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("|", "\\|")
            .replace("<", "&lt;"))


def _md_inlines(inlines: Inlines) -> str:
    out = []
    for run in inlines:
        text = _md_escape(run.text).replace("\n", "  \n")
        stripped = text.strip()
        if not stripped:
            out.append(text)
            continue
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        if run.bold and run.italic:
            stripped = f"***{stripped}***"
        elif run.bold:
            stripped = f"**{stripped}**"
        elif run.italic:
            stripped = f"*{stripped}*"
        out.append(f"{lead}{stripped}{trail}")
    return "".join(out)


def to_markdown(document: Document, folder: Path | None = None) -> str:
    """Markdown with YAML front matter; ``folder``: where the file goes, so that the logo's path
    is written relative to it."""
    def quoted(text: str) -> str:  # a YAML double-quoted string; "<" as \\u003c, so no raw HTML
        return json.dumps(text, ensure_ascii=False).replace("<", "\\u003c")

    lines: list[str] = ["---", f"title: {quoted(document.title)}", "lang: nl", f"subject: {quoted(document.subject)}",
                        "---", ""]
    previous: list[Block | None] = [None]

    def block(item: Block, indent: str = "") -> None:
        if isinstance(item, Heading):
            lines.extend([f"{'#' * min(item.level, 6)} {_md_escape(item.text)}", ""])
        elif isinstance(item, Paragraph):
            text = _md_inlines(item.inlines)
            if item.style == TITLE:
                text = f"**{text}**"
            prefix = "> " if item.style == BOARD else ""
            if item.style in (NOTE, SUBTITLE, TOC_TITLE) and text:
                text = f"*{text}*"
            last = previous[0]
            if item.style == BOARD and isinstance(last, Paragraph) and last.style == BOARD and lines[-1] == "":
                lines[-1] = f"{indent}>"  # one board text, one blockquote: its paragraphs stay together
            lines.extend([f"{indent}{prefix}{text}", ""])
        elif isinstance(item, ListBlock):
            for number, entry in enumerate(item.items, start=1):
                marker = f"{number}. " if item.ordered else "- "
                for position, child in enumerate(entry):
                    if isinstance(child, Paragraph) and position == 0:
                        prefix = "> " if item.style == BOARD else ""
                        lines.append(f"{indent}{prefix}{marker}{_md_inlines(child.inlines)}")
                    elif isinstance(child, ListBlock):
                        before = len(lines)
                        block(child, indent + " " * len(marker))
                        while len(lines) > before and lines[-1] == "":
                            lines.pop()
            lines.append("")
        elif isinstance(item, Table):
            header = item.header or tuple(() for _ in (item.rows[0] if item.rows else ()))
            lines.append("| " + " | ".join(_md_inlines(c) for c in header) + " |")
            lines.append("|" + "|".join("---" for _ in header) + "|")
            for row in item.rows:
                lines.append("| " + " | ".join(_md_inlines(c) for c in row) + " |")
            lines.append("")
        elif isinstance(item, TableOfContents):
            for level, text in item.entries:
                lines.append(f"{'  ' * (level - 1)}- {_md_escape(text)}")
            lines.append("")
        elif isinstance(item, Image) and item.data:
            lines.extend([f"*{_md_escape(item.alt or 'Grafiek')}*", ""])  # a chart: only in Word and HTML
        elif isinstance(item, Image):
            path = Path(item.path).resolve()
            shown = Path(os.path.relpath(path, folder.resolve())).as_posix() if folder is not None else path.as_posix()
            lines.extend([f"![Logo](<{shown}>)", ""])
        elif isinstance(item, PageBreak):
            pass

    for item in document.blocks:
        block(item)
        previous[0] = item
    return "\n".join(lines).rstrip() + "\n"


# -- HTML ---------------------------------------------------------------------------------------

CSS = """
body { font-family: Calibri, 'Segoe UI', sans-serif; max-width: 52em; margin: 2em auto; line-height: 1.45; }
h1 { color: #1F4E79; border-bottom: 1px solid #ccd; margin-top: 2em; }
h2, h3 { color: #1F4E79; }
.board { font-style: italic; color: #1F4E79; border-left: 4px solid #1F4E79; padding-left: .8em; }
ul.board, ol.board { padding-left: 2.4em; }
nav.toc ul { list-style: none; padding-left: 0; }
nav.toc li.level-2 { margin-left: 1.5em; }
nav.toc a { color: inherit; text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
.note { font-size: .85em; font-style: italic; color: #595959; }
.title { font-size: 2.2em; font-weight: bold; }
.subtitle { font-size: 1.4em; color: #444; }
table { border-collapse: collapse; margin: .6em 0; }
th, td { border: 1px solid #999; padding: .25em .5em; vertical-align: top; font-size: .9em; }
th { background: #DCE6F0; }
"""


def _html_inlines(inlines: Inlines) -> str:
    out = []
    for run in inlines:
        text = escape(run.text).replace("\n", "<br>")
        if run.bold:
            text = f"<strong>{text}</strong>"
        if run.italic:
            text = f"<em>{text}</em>"
        out.append(text)
    return "".join(out)


def _html_class(style: str) -> str:
    return {BOARD: ' class="board"', NOTE: ' class="note"', TITLE: ' class="title"',
            SUBTITLE: ' class="subtitle"', TOC_TITLE: ' class="subtitle"'}.get(style, "")


def heading_ids(blocks: list[Block]) -> dict[int, str]:
    """A clean, unique id for every heading (by its position in ``blocks``): from its trace
    ("venster-1#vragen" is "venster-1-vragen"), else from its text."""
    ids: dict[int, str] = {}
    used: set[str] = set()
    for index, item in enumerate(blocks):
        if isinstance(item, Heading):
            base = re.sub(r"[^a-z0-9]+", "-", (item.trace or item.text).lower()).strip("-") or "kop"
            name, n = base, 1
            while name in used:
                n += 1
                name = f"{base}-{n}"
            used.add(name)
            ids[index] = name
    return ids


def html_block(item: Block, anchor: str = "", toc_links: tuple[str, ...] = ()) -> str:
    if isinstance(item, Heading):
        attribute = f' id="{anchor}"' if anchor else ""
        level = min(item.level, 6)
        return f"<h{level}{attribute}>{escape(item.text)}</h{level}>"
    if isinstance(item, Paragraph):
        return f"<p{_html_class(item.style)}>{_html_inlines(item.inlines)}</p>"
    if isinstance(item, ListBlock):
        tag = "ol" if item.ordered else "ul"
        entries = "".join("<li>" + "".join(
            _html_inlines(c.inlines) if isinstance(c, Paragraph) and i == 0 else html_block(c)
            for i, c in enumerate(entry)) + "</li>" for entry in item.items)
        return f"<{tag}{_html_class(item.style)}>{entries}</{tag}>"
    if isinstance(item, Table):
        head = ("<thead><tr>" + "".join(f"<th>{_html_inlines(c)}</th>" for c in item.header) + "</tr></thead>"
                if item.header else "")
        body = "".join("<tr>" + "".join(f"<td>{_html_inlines(c)}</td>" for c in row) + "</tr>" for row in item.rows)
        return f"<table>{head}<tbody>{body}</tbody></table>"
    if isinstance(item, Image):
        # Embedded, so the page still shows its logo when it is mailed or moved.
        path = Path(item.path)
        kind = "jpeg" if path.suffix.lower() in (".jpg", ".jpeg") else "png"
        try:
            data = item.data or path.read_bytes()
        except OSError:
            return ""
        source = f"data:image/{kind};base64," + base64.b64encode(data).decode("ascii")
        alt = escape(item.alt or "Logo")
        return f'<p><img src="{source}" alt="{alt}" style="width:{item.width_cm}cm"></p>'
    if isinstance(item, TableOfContents):
        entries = []
        for (level, text), link in zip(item.entries, toc_links or ("",) * len(item.entries), strict=False):
            label = f'<a href="#{link}">{escape(text)}</a>' if link else escape(text)
            entries.append(f'<li class="level-{level}">{label}</li>')
        return '<nav class="toc"><ul>' + "".join(entries) + "</ul></nav>"
    return ""


def to_html(document: Document) -> str:
    blocks = list(document.blocks)
    ids = heading_ids(blocks)
    toc_links = tuple(ids[i] for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level <= TOC_LEVELS)
    body = "\n".join(html_block(b, ids.get(i, ""), toc_links) for i, b in enumerate(blocks))
    return (f'<!DOCTYPE html>\n<html lang="nl">\n<head><meta charset="utf-8">'
            f"<title>{escape(document.title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n</body>\n</html>\n")
