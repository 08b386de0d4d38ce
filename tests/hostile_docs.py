"""A corpus of hostile .docx files, made on the fly (no large files in the repository).

Each maker writes one file into a folder and returns its path. ``HOSTILE`` names them all; the
tests run the board review and the werkblad import over every one.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx


def _base() -> dict[str, bytes]:
    """The parts of a small, ordinary Word document with a heading and a paragraph."""
    document = docx.Document()
    document.add_heading("Schoolplan De Vlinder 2024-2028", 1)
    document.add_paragraph("Wij werken aan goed onderwijs voor iedere leerling.")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path: Path, parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _replace(parts: dict[str, bytes], name: str, old: bytes, new: bytes) -> dict[str, bytes]:
    assert old in parts[name], (name, old)
    return {**parts, name: parts[name].replace(old, new, 1)}


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def style_without_value(folder: Path) -> Path:
    parts = _base()
    parts = _replace(parts, "word/document.xml", b"<w:pStyle w:val=\"Heading1\"/>", b"<w:pStyle/>")
    return _write(folder / "pstyle-zonder-waarde.docx", parts)


def style_name_without_value(folder: Path) -> Path:
    parts = _base()
    parts = _replace(parts, "word/styles.xml", b'<w:name w:val="heading 1"/>', b"<w:name/>")
    return _write(folder / "stijlnaam-zonder-waarde.docx", parts)


def superscript_size(folder: Path) -> Path:
    document = docx.Document()
    run = document.add_paragraph().add_run("Onze ambities")
    run.bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts = _replace(parts, "word/document.xml", b"<w:b/>", '<w:b/><w:sz w:val="²"/>'.encode())
    return _write(folder / "grootte-superscript.docx", parts)


def superscript_heading(folder: Path) -> Path:
    parts = _base()
    parts = _replace(parts, "word/styles.xml", b'<w:name w:val="heading 1"/>', '<w:name w:val="Heading²"/>'.encode())
    parts = _replace(parts, "word/document.xml", b'w:val="Heading1"', 'w:val="Heading²"'.encode())
    return _write(folder / "kop-superscript.docx", parts)


def no_body(folder: Path) -> Path:
    parts = _base()
    document = parts["word/document.xml"]
    start, end = document.index(b"<w:body>"), document.index(b"</w:body>") + len(b"</w:body>")
    return _write(folder / "zonder-body.docx", {**parts, "word/document.xml": document[:start] + document[end:]})


def wrong_root(folder: Path) -> Path:
    parts = _base()
    xml = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ' + W + b"><w:body/></w:styles>"
    return _write(folder / "verkeerde-wortel.docx", {**parts, "word/document.xml": xml})


def _patch_method(path: Path, method: int, flag: int = 0) -> Path:
    """Rewrite every member's compression method (and flag bits) in the local headers and the
    central directory: zipfile cannot write methods 9, 77 or 99 itself."""
    data = bytearray(path.read_bytes())
    for signature, method_at, flag_at in ((b"PK\x03\x04", 8, 6), (b"PK\x01\x02", 10, 8)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            struct.pack_into("<H", data, found + method_at, method)
            flags = struct.unpack_from("<H", data, found + flag_at)[0]
            struct.pack_into("<H", data, found + flag_at, flags | flag)
            start = found + 4
    path.write_bytes(bytes(data))
    return path


def deflate64(folder: Path) -> Path:
    return _patch_method(_write(folder / "methode-9.docx", _base()), 9)


def lzma_method(folder: Path) -> Path:
    return _patch_method(_write(folder / "methode-77.docx", _base()), 77)


def aes_method(folder: Path) -> Path:
    return _patch_method(_write(folder / "methode-99.docx", _base()), 99)


def encrypted_entries(folder: Path) -> Path:
    return _patch_method(_write(folder / "versleuteld.docx", _base()), zipfile.ZIP_DEFLATED, flag=0x1)


def header_bomb(folder: Path, parts_count: int = 28, size: int = 9_900_000) -> Path:
    """Many header parts just under 10 MB each, of highly compressible XML."""
    parts = _base()
    body = b'<?xml version="1.0"?><w:hdr ' + W + b"><w:p><w:r><w:t>"
    filler = b"A" * (size - 2 * len(body))
    for i in range(parts_count):
        parts[f"word/header{i + 10}.xml"] = body + filler + b"</w:t></w:r></w:p></w:hdr>"
    return _write(folder / "zip-bom-kopteksten.docx", parts)


def one_part_bomb(folder: Path) -> Path:
    """document.xml itself unpacks to 60 MB of paragraphs."""
    parts = _base()
    paragraph = b"<w:p><w:r><w:t>Goed onderwijs voor iedere leerling.</w:t></w:r></w:p>"
    document = parts["word/document.xml"]
    cut = document.index(b"<w:body>") + len(b"<w:body>")
    parts["word/document.xml"] = document[:cut] + paragraph * (60_000_000 // len(paragraph)) + document[cut:]
    return _write(folder / "zip-bom-document.docx", parts)


def not_a_zip(folder: Path) -> Path:
    path = folder / "tekst.docx"
    path.write_text("Dit is platte tekst met een .docx-naam.", encoding="utf-8")
    return path


def truncated(folder: Path) -> Path:
    path = _write(folder / "afgebroken.docx", _base())
    path.write_bytes(path.read_bytes()[:-200])
    return path


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "pStyle zonder waarde": style_without_value,
    "w:name zonder waarde": style_name_without_value,
    "w:sz met superscript": superscript_size,
    "stijl Heading²": superscript_heading,
    "geen body": no_body,
    "verkeerde wortel": wrong_root,
    "compressie 9": deflate64,
    "compressie 77": lzma_method,
    "compressie 99": aes_method,
    "versleutelde onderdelen": encrypted_entries,
    "zip-bom in kopteksten": header_bomb,
    "zip-bom in het document": one_part_bomb,
    "geen zip": not_a_zip,
    "afgebroken zip": truncated,
}
