"""Page numbers for the inhoudsopgave, counted by LibreOffice when it is on the machine.

Word counts pages only when it lays a document out, and python-docx cannot. So a first version of
the document goes through LibreOffice to PDF (in a private profile, without a window); the PDF's
outline says on which page every heading landed. Those numbers are written into the inhoudsopgave
as the fields' results, so that Word, LibreOffice, Word Online and every preview show them, and
Word does not have to ask to refresh fields when it opens the file.

Without LibreOffice, or when anything goes wrong, the caller keeps the inhoudsopgave Word fills in
itself on opening.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

TIMEOUT = 120  # seconds for LibreOffice to lay out a plan


def libreoffice() -> str | None:
    return shutil.which("libreoffice") or shutil.which("soffice")


def count_pages(docx_data: bytes, entries: Sequence[tuple[int, str]]) -> list[str] | None:
    """The page of every (level, text) entry of the inhoudsopgave, in order; None when
    LibreOffice is missing, fails, or its outline does not hold every entry."""
    program = libreoffice()
    if program is None or not entries:
        return None
    try:
        with tempfile.TemporaryDirectory(prefix="koerswijzer-paginas-") as tmp:
            folder = Path(tmp)
            source = folder / "schoolplan.docx"
            source.write_bytes(docx_data)
            subprocess.run(
                [program, f"-env:UserInstallation={(folder / 'profiel').as_uri()}", "--headless", "--norestore",
                 "--convert-to", "pdf", "--outdir", str(folder), str(source)],
                capture_output=True, timeout=TIMEOUT, check=False)
            pdf = (folder / "schoolplan.pdf").read_bytes()
    except (OSError, subprocess.SubprocessError):  # no room in the temp folder, LibreOffice failed or hung
        return None
    return match_entries(outline(pdf), entries)


_OBJECT = re.compile(rb"(\d+) 0 obj\s*<<(.*?)>>\s*(?:stream|endobj)", re.DOTALL)
_REF = re.compile(rb"/(First|Next|Parent)\s+(\d+) 0 R")
_TITLE = re.compile(rb"/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))")
_DEST = re.compile(rb"/Dest\s*\[\s*(\d+) 0 R")


def _text(raw: bytes) -> str:
    if raw.startswith(b"<"):
        data = bytes.fromhex(re.sub(rb"\s", b"", raw[1:-1]).decode("ascii"))
        return data[2:].decode("utf-16-be", "replace") if data[:2] == b"\xfe\xff" else data.decode("latin-1")
    body = re.sub(rb"\\([()\\])", rb"\1", raw[1:-1])
    return body[2:].decode("utf-16-be", "replace") if body[:2] == b"\xfe\xff" else body.decode("latin-1")


def outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """(depth, title, page number) of every outline item of a PDF as LibreOffice writes it (plain
    objects, no object streams), in document order; [] when it cannot be read."""
    objects = {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(pdf)}
    pages: list[int] = []

    def walk_pages(number: int, depth: int = 0) -> None:
        body = objects.get(number, b"")
        if depth > 50:
            return
        if re.search(rb"/Type\s*/Pages\b", body):
            kids = re.search(rb"/Kids\s*\[([^\]]*)\]", body)
            for kid in re.findall(rb"(\d+) 0 R", kids.group(1) if kids else b""):
                walk_pages(int(kid), depth + 1)
        elif re.search(rb"/Type\s*/Page\b", body):
            pages.append(number)

    root = next((n for n, body in objects.items() if re.search(rb"/Type\s*/Catalog\b", body)), None)
    if root is None:
        return []
    catalog = objects[root]
    pages_ref = re.search(rb"/Pages\s+(\d+) 0 R", catalog)
    outlines_ref = re.search(rb"/Outlines\s+(\d+) 0 R", catalog)
    if pages_ref is None or outlines_ref is None:
        return []
    walk_pages(int(pages_ref.group(1)))
    page_of = {number: index for index, number in enumerate(pages, start=1)}
    items: list[tuple[int, str, int]] = []

    def refs(body: bytes) -> dict[bytes, int]:
        return {kind: int(number) for kind, number in _REF.findall(body)}

    def walk(first: int | None, depth: int) -> None:
        seen = 0
        current = first
        while current is not None and current in objects and seen < 100_000 and depth < 20:
            body = objects[current]
            title, dest = _TITLE.search(body), _DEST.search(body)
            if title and dest and int(dest.group(1)) in page_of:
                items.append((depth, _text(title.group(1)), page_of[int(dest.group(1))]))
            links = refs(body)
            walk(links.get(b"First"), depth + 1)
            current = links.get(b"Next")
            seen += 1

    walk(refs(objects.get(int(outlines_ref.group(1)), b"")).get(b"First"), 1)
    return items


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def match_entries(items: list[tuple[int, str, int]], entries: Sequence[tuple[int, str]]) -> list[str] | None:
    """The page of each entry: the next outline item, in order, with the same title."""
    out: list[str] = []
    position = 0
    for _level, text in entries:
        wanted = _norm(text)
        while position < len(items) and _norm(items[position][1]) != wanted:
            position += 1
        if position == len(items):
            return None
        out.append(str(items[position][2]))
        position += 1
    return out
