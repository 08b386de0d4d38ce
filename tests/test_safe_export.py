"""Whatever a director pastes into an answer, the plan still exports, every word kept."""

from __future__ import annotations

import time
from pathlib import Path

import docx
import pytest

from koerswijzer.export import export_plan
from koerswijzer.export.blocks import ListBlock, Paragraph, parse_markdown, plain
from koerswijzer.plan import Schoolplan

QUESTION = "gw.v-gastvrijheid"


def words_of(blocks) -> str:  # type: ignore[no-untyped-def]
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(plain(block.inlines))
        elif isinstance(block, ListBlock):
            for item in block.items:
                out.append(words_of(item))
    return " ".join(out)


def depth(block) -> int:  # type: ignore[no-untyped-def]
    if not isinstance(block, ListBlock):
        return 0
    return 1 + max((depth(child) for item in block.items for child in item), default=0)


def test_a_list_nested_250_levels_keeps_every_item_at_a_bounded_depth() -> None:
    text = "\n".join("    " * i + f"- punt{i}" for i in range(250))
    blocks = parse_markdown(text)
    found = words_of(blocks)
    assert all(f"punt{i}" in found for i in range(250))
    assert max(depth(b) for b in blocks) <= 8


def test_thousands_of_emphasis_marks_keep_the_word() -> None:
    blocks = parse_markdown("*" * 3000 + "gastvrij" + "*" * 3000)
    assert words_of(blocks) == "gastvrij"
    assert blocks[0].inlines[0].bold and blocks[0].inlines[0].italic


def test_brackets_by_the_ten_thousand_take_linear_time_and_stay_text() -> None:
    started = time.perf_counter()
    blocks = parse_markdown("[" * 50_000 + " en " + "]" * 50_000)
    assert time.perf_counter() - started < 5
    text = words_of(blocks).replace(" ", "")
    assert text.count("[") == 50_000 and text.count("]") == 50_000
    assert words_of(parse_markdown("Zie [1] en [de site](https://x.nl).")) == "Zie [1] en [de site](https://x.nl)."


def test_control_characters_are_removed_on_saving_and_at_export(demo_copy: Path, tmp_path: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        saved = plan.save_answer(QUESTION, "Wij\x01 ontvangen\x1b iedereen\tbij de deur.")
        assert saved.text == "Wij ontvangen iedereen\tbij de deur."
        plan.update_profile(school_name="De Kleurrijke\x07 Kring")
        target = export_plan(plan, tmp_path / "plan.docx")
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Wij ontvangen iedereen" in text
    assert "\x07" not in text and "De Kleurrijke Kring" in text


def pasted_answer(paragraphs: int) -> str:
    """Pasted material: every sentence different, so no cache can make it cheap."""
    out = []
    for n in range(paragraphs):
        out.append(" ".join(f"Op dag {n}.{i} ontvangen wij ouders **elke ochtend** bij deur {i} en nemen de tijd "
                            f"voor *gesprek {n}*." for i in range(12)))
        out.append(f"- punt {n} een\n- punt {n} twee")
    return "\n\n".join(out)


def test_export_time_grows_linearly_with_a_pasted_answer(demo_copy: Path, tmp_path: Path) -> None:
    """A 5 MB answer exports, and ten times the text takes about ten times as long (not a
    hundred). The seconds themselves are measured in bench/bench_export.py."""
    seconds = {}
    for paragraphs in (400, 4000):
        answer = pasted_answer(paragraphs)
        with Schoolplan.open(demo_copy) as plan:
            plan.save_answer(QUESTION, answer)
            started = time.perf_counter()
            target = export_plan(plan, tmp_path / f"groot-{paragraphs}.docx")
            seconds[paragraphs] = time.perf_counter() - started
        assert target.stat().st_size > 10_000
    assert len(answer) > 4_900_000
    print(f"\nexport: 0,5 MB {seconds[400]:.1f} s, 5 MB {seconds[4000]:.1f} s")
    assert seconds[4000] < 25 * seconds[400]
    text = docx.Document(str(tmp_path / "groot-4000.docx")).paragraphs
    assert any("Op dag 3999.11 ontvangen wij ouders" in p.text for p in text)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_raw_html_in_a_school_name_is_escaped_in_markdown_and_html(demo_copy: Path, tmp_path: Path, fmt: str) -> None:
    with Schoolplan.open(demo_copy) as plan:
        plan.update_profile(school_name="<script>alert(1)</script> De Kring")
        plan.save_answer(QUESTION, "Wij schrijven <b>vet</b> en <script>x()</script> niet als HTML.")
        target = export_plan(plan, tmp_path / f"plan.{fmt}")
    text = target.read_text(encoding="utf-8")
    assert "<script>" not in text
    assert "De Kring" in text
