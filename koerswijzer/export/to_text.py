"""Render a :class:`Document` as Markdown or as HTML (the same model the docx writer uses)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from koerswijzer.export.blocks import (
    BOARD,
    NOTE,
    SUBTITLE,
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


def to_markdown(document: Document) -> str:
    lines: list[str] = []

    def block(item: Block, indent: str = "") -> None:
        if isinstance(item, Heading):
            lines.extend([f"{'#' * item.level} {_md_escape(item.text)}", ""])
        elif isinstance(item, Paragraph):
            text = _md_inlines(item.inlines)
            if item.style == TITLE:
                text = f"**{text}**"
            prefix = "> " if item.style == BOARD else ""
            if item.style in (NOTE, SUBTITLE, TOC_TITLE) and text:
                text = f"*{text}*"
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
        elif isinstance(item, Image):
            lines.extend([f"![Logo]({item.path})", ""])
        elif isinstance(item, PageBreak):
            pass

    for item in document.blocks:
        block(item)
    return "\n".join(lines).rstrip() + "\n"


# -- HTML ---------------------------------------------------------------------------------------

CSS = """
body { font-family: Calibri, 'Segoe UI', sans-serif; max-width: 52em; margin: 2em auto; line-height: 1.45; }
h1 { color: #1F4E79; border-bottom: 1px solid #ccd; margin-top: 2em; }
h2, h3 { color: #1F4E79; }
.board { font-style: italic; color: #1F4E79; border-left: 4px solid #1F4E79; padding-left: .8em; }
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


def html_block(item: Block) -> str:
    if isinstance(item, Heading):
        anchor = f' id="{escape(item.trace)}"' if item.trace else ""
        return f"<h{item.level}{anchor}>{escape(item.text)}</h{item.level}>"
    if isinstance(item, Paragraph):
        return f"<p{_html_class(item.style)}>{_html_inlines(item.inlines)}</p>"
    if isinstance(item, ListBlock):
        tag = "ol" if item.ordered else "ul"
        entries = "".join("<li>" + "".join(
            _html_inlines(c.inlines) if isinstance(c, Paragraph) and i == 0 else html_block(c)
            for i, c in enumerate(entry)) + "</li>" for entry in item.items)
        return f"<{tag}{_html_class(item.style)}>{entries}</{tag}>"
    if isinstance(item, Table):
        head = "<tr>" + "".join(f"<th>{_html_inlines(c)}</th>" for c in item.header) + "</tr>" if item.header else ""
        body = "".join("<tr>" + "".join(f"<td>{_html_inlines(c)}</td>" for c in row) + "</tr>" for row in item.rows)
        return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"
    if isinstance(item, Image):
        return f'<p><img src="{escape(Path(item.path).resolve().as_uri())}" alt="Logo" style="width:{item.width_cm}cm"></p>'
    if isinstance(item, TableOfContents):
        return "<ul>" + "".join(f'<li style="margin-left:{level - 1}em">{escape(text)}</li>'
                                for level, text in item.entries) + "</ul>"
    return ""


def to_html(document: Document) -> str:
    body = "\n".join(html_block(b) for b in document.blocks)
    return (f'<!DOCTYPE html>\n<html lang="nl">\n<head><meta charset="utf-8">'
            f"<title>{escape(document.title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n</body>\n</html>\n")
