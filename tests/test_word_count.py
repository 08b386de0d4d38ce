"""One word count for an answer: the stored Markdown and the editor's text count the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QTextEdit

from koerswijzer.plan.types import AnswerState, count_words, words_label

ANSWER = """Wij werken **samen** met ouders – elke week.

- Een ouderpanel twee keer per jaar
- Koffie-ochtenden op vrijdag
  1. in de aula
  2. bij de bovenbouw

> Ouders denken mee, zegt de MR.

1. Tot slot: 3 gesprekken per jaar."""


def test_markers_and_punctuation_are_not_words() -> None:
    assert count_words("") == 0
    assert count_words("- \n> \n**  –  **") == 0
    assert count_words("Eén") == 1 and words_label(1) == "1 woord" and words_label(2) == "2 woorden"
    assert count_words(ANSWER) == 34
    assert AnswerState("q", ANSWER).word_count == 34


def test_the_editor_and_the_stored_markdown_agree(qtbot) -> None:  # type: ignore[no-untyped-def]
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.setMarkdown(ANSWER)
    shown = editor.toPlainText()
    assert shown != ANSWER  # the editor shows no markers, the file stores them
    assert count_words(shown) == count_words(editor.toMarkdown()) == count_words(ANSWER)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_a_word_is_any_token_with_a_letter_or_digit_in_it(text: str) -> None:
    from koerswijzer.plan.types import _LINE_MARKERS

    tokens = _LINE_MARKERS.sub("", text).split()
    assert count_words(text) == sum(1 for token in tokens if any(c.isalnum() for c in token))
