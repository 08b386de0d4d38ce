"""Find text in a plan's answers, and walk its questions in koers order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from koerswijzer.koers.model import Koers, Question
from koerswijzer.plan.types import AnswerState

SNIPPET_CONTEXT = 40


@dataclass(frozen=True, slots=True)
class SearchHit:
    question: Question
    snippet: str  # plain text around the first match, without Markdown marks
    start: int  # offset of the first match in the answer as the editor shows it (plain text)
    matches: int = 1  # how many times the answer holds the query
    highlight: tuple[int, int] = (0, 0)  # where the match stands in ``snippet``


# Markdown marks the editor does not show: emphasis, headings, list and quote markers.
_MARKS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|^\s{0,3}#{1,6}\s+|^\s*(?:[-+*]|\d+[.)])\s+|^\s*>\s?",
                    re.MULTILINE)


def plain(text: str) -> str:
    """An answer as the director reads it: the Markdown marks left out."""
    return _MARKS.sub("", text)


def search_answers(koers: Koers, answers: dict[str, AnswerState], query: str) -> list[SearchHit]:
    """Every answer that contains ``query`` (case-insensitive, in the text as it reads, without
    Markdown), in koers order, one hit each with the number of matches."""
    needle = query.strip()
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    hits = []
    for question in koers.questions():
        answer = answers.get(question.id)
        if answer is None:
            continue
        text = plain(answer.text)
        found = list(pattern.finditer(text))
        if not found:
            continue
        match = found[0]
        start = max(0, match.start() - SNIPPET_CONTEXT)
        end = min(len(text), match.end() + SNIPPET_CONTEXT)
        snippet = ("…" if start > 0 else "") + " ".join(text[start:end].split()) + ("…" if end < len(text) else "")
        marked = pattern.search(snippet)  # the same words, now in the snippet, for highlighting
        highlight = (marked.start(), marked.end()) if marked else (0, 0)
        hits.append(SearchHit(question, snippet, match.start(), len(found), highlight))
    return hits


def next_open_question(koers: Koers, answers: dict[str, AnswerState], after: str | None) -> Question | None:
    """The first question after ``after`` in koers order that does not count as answered
    (``AnswerState.counts``: the koers's min_woorden), wrapping around once."""
    questions = koers.questions()
    ids = [q.id for q in questions]
    begin = ids.index(after) + 1 if after in ids else 0
    for question in questions[begin:] + questions[:begin]:
        answer = answers.get(question.id)
        if answer is None or not answer.counts(koers.congruentie.min_woorden):
            return question
    return None


def neighbour_question(koers: Koers, current: str | None, step: int) -> Question | None:
    """The question ``step`` places from ``current`` in koers order (None past either end)."""
    questions = koers.questions()
    ids = [q.id for q in questions]
    if current not in ids:
        return questions[0] if questions else None
    index = ids.index(current) + step
    return questions[index] if 0 <= index < len(questions) else None
