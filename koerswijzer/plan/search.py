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
    snippet: str
    start: int  # offset of the match in the answer text


def search_answers(koers: Koers, answers: dict[str, AnswerState], query: str) -> list[SearchHit]:
    """Every answer that contains ``query`` (case-insensitive), in koers order, one hit each."""
    needle = query.strip()
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    hits = []
    for question in koers.questions():
        answer = answers.get(question.id)
        if answer is None:
            continue
        match = pattern.search(answer.text)
        if match is None:
            continue
        start = max(0, match.start() - SNIPPET_CONTEXT)
        end = min(len(answer.text), match.end() + SNIPPET_CONTEXT)
        snippet = " ".join(answer.text[start:end].split())
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(answer.text) else ""
        hits.append(SearchHit(question, f"{prefix}{snippet}{suffix}", match.start()))
    return hits


def next_open_question(koers: Koers, answers: dict[str, AnswerState], after: str | None) -> Question | None:
    """The first unanswered question after ``after`` in koers order, wrapping around once."""
    questions = koers.questions()
    ids = [q.id for q in questions]
    begin = ids.index(after) + 1 if after in ids else 0
    for question in questions[begin:] + questions[:begin]:
        answer = answers.get(question.id)
        if answer is None or not answer.answered:
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
