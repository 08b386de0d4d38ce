"""Property-based tests (hypothesis) over what reads untrusted input: the koers loader, the
Markdown model and the .docx reader. Each has a bounded budget, so the suite stays fast; the
properties are the promises: a clear Dutch error or a result, never a crash, and no text lost."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koerswijzer.errors import KoersFileError
from koerswijzer.export import blocks as b
from koerswijzer.koers.loader import parse_koers
from koerswijzer.paths import koersen_dir
from koerswijzer.review.reader import UnreadableDocument, read_docx
from hostile_docs import _base as base_parts

# Derandomized, without an example database: every run, on every machine, tries the same 200 examples,
# so CI is reproducible (a random run once spent over ten minutes in one test's mutation phase).
BUDGET = settings(max_examples=200, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
ASG_TEXT = (koersen_dir() / "asg-koers-22.yaml").read_text(encoding="utf-8")

# -- the koers loader ---------------------------------------------------------------------------

yaml_bits = st.sampled_from([
    "formaat: 1\n", "id: x\n", "titel: T\n", "elementen:\n", "  - id: e\n", "    soort: thema\n", "    titel: E\n",
    "    onderdelen:\n", "      - id: f\n", "    doelen:\n", "      - id: d\n", "        tekst: Doel\n", "0x1", "1:30",
    "0b1", "!!python/object:os.system", "&a ", "*a", "[", "]", "{", "}", ": ", "- ", "\t", "'", '"', "\n", "  ",
    "9" * 50, "é", "\x00", "---\n", "...\n", "? ", "|\n", ">\n", "%YAML 1.1\n",
])


@BUDGET
@given(st.lists(yaml_bits, max_size=40).map("".join))
def test_any_koers_text_loads_or_gives_dutch_errors(text: str) -> None:
    try:
        koers = parse_koers(text, "fuzz.yaml")
    except KoersFileError as exc:
        assert str(exc).startswith("fuzz.yaml")
    else:
        assert koers.elements


@BUDGET
@given(st.integers(min_value=0, max_value=len(ASG_TEXT) - 1), st.text(max_size=12))
def test_a_damaged_asg_koers_loads_or_names_the_problem(position: int, insert: str) -> None:
    text = ASG_TEXT[:position] + insert + ASG_TEXT[position + len(insert):]
    try:
        parse_koers(text, "asg.yaml")
    except KoersFileError as exc:
        assert "asg.yaml" in str(exc)


# -- the Markdown model ---------------------------------------------------------------------------

md_bits = st.sampled_from(["wij", "school", "*", "**", "***", "_", "__", "- ", "1. ", "    ", "> ", "#", "[", "]",
                           "(", ")", "<b>", "</b>", "&amp;", "`", "\\", "\n", "\n\n", " ", "|", "---", "\x01",
                           "\x1b", "\ud800", "é", "2024. "])


def _words(blocks: list) -> str:  # type: ignore[type-arg]
    out = []
    for block in blocks:
        if isinstance(block, b.Paragraph):
            out.append(b.plain(block.inlines))
        elif isinstance(block, b.ListBlock):
            out += [_words(list(item)) for item in block.items]
        elif isinstance(block, b.Table):
            out += [b.plain(c) for row in (block.header, *block.rows) for c in row]
    return " ".join(out)


@BUDGET
@given(st.lists(md_bits, max_size=60).map("".join))
def test_any_answer_parses_without_control_characters_and_keeps_its_words(text: str) -> None:
    blocks = b.parse_markdown(text)
    words = _words(blocks)
    assert not any(ch in words for ch in "\x01\x1b\ud800")
    assert "wij" not in text or "wij" in words or "<b>" in text or "`" in text


@BUDGET
@given(st.lists(md_bits, max_size=40).map("".join))
def test_the_fast_path_reads_markdown_as_python_markdown_does(text: str) -> None:
    flat = b._flatten_structure(b.clean_text(text))
    fast = b._simple_blocks(flat, b.BODY)
    if fast is not None:
        assert fast == b._markdown_blocks(flat, b.BODY)


# -- the .docx reader ------------------------------------------------------------------------------


BASE = base_parts()  # the ordinary document the hostile corpus starts from too


@BUDGET
@given(st.sampled_from(sorted(BASE)), st.integers(min_value=0, max_value=4000), st.binary(max_size=40))
def test_a_damaged_part_gives_a_dutch_message_or_a_document(tmp_path_factory: pytest.TempPathFactory,
                                                            name: str, position: int, noise: bytes) -> None:
    parts = dict(BASE)
    data = parts[name]
    position = min(position, len(data))
    parts[name] = data[:position] + noise + data[position + len(noise):]
    path: Path = tmp_path_factory.mktemp("fuzz") / "plan.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    try:
        document = read_docx(path)
    except UnreadableDocument as exc:
        assert "plan.docx" in str(exc)
    else:
        assert isinstance(document.blocks, list)


@BUDGET
@given(st.binary(min_size=1, max_size=3000))
def test_any_bytes_named_docx_are_refused_in_dutch(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path: Path = tmp_path_factory.mktemp("fuzz") / "plan.docx"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument):
        read_docx(path)
