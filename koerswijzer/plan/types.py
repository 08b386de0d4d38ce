"""Plain values of a schoolplan, as the core hands them to the CLI, the GUI and exporters.

They are detached from the database: reading one never touches the file again.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from koerswijzer.koers.model import Element

SECTORS = ("PO", "VO", "SO")

ANSWER_STATUSES = {"open": "Open", "concept": "Concept", "klaar": "Klaar"}

STANCES = {
    "al_op_orde": "Al op orde",
    "geen_prioriteit": "Geen prioriteit deze periode",
}


def default_period(today: dt.date | None = None) -> tuple[int, int]:
    """Four school years from the next one that starts (in December 2026: 2027-2031)."""
    today = today or dt.date.today()
    start = today.year + 1 if today.month >= 8 else today.year
    return start, start + 4


def school_year_label(start: int) -> str:
    """2025 -> "2025-2026", the way Dutch schools name a school year."""
    return f"{start}-{start + 1}"


@dataclass(frozen=True, slots=True)
class Profile:
    school_name: str
    period_start: int
    period_end: int
    brin: str = ""
    sector: str = "PO"
    director: str = ""
    onderwijsconcept: str = ""
    denominatie: str = ""
    pupils: int | None = None
    context: str = ""
    plan_versie: str = ""  # the plan's own version, as the director names it ("1.0", "concept voor de MR")

    @property
    def period_label(self) -> str:
        return f"{self.period_start}–{self.period_end}"

    def school_years(self) -> list[int]:
        """The school years of the plan period, by their first calendar year."""
        return list(range(self.period_start, self.period_end))


PROFILE_FIELDS = tuple(Profile.__dataclass_fields__)


# Markdown's list and quote markers at the start of a line are layout, not words.
_LINE_MARKERS = re.compile(r"^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)[ \t]+)+", re.MULTILINE)


# A run of non-space characters with a letter or digit in it (``str.isalnum``: no underscore).
_WORD_TOKEN = re.compile(r"\S*[^\W_]\S*")


def count_words(text: str) -> int:
    """The one word count of an answer, shared by the editor, the history and the check.

    It counts the same for the Markdown that is stored and the text the editor shows: list and
    quote markers and tokens without a letter or digit (a lone "–" or "**") are not words."""
    return len(_WORD_TOKEN.findall(_LINE_MARKERS.sub("", text)))


def words_label(count: int) -> str:
    return f"{count} {'woord' if count == 1 else 'woorden'}"


@dataclass(frozen=True, slots=True)
class AnswerState:
    question_id: str
    text: str = ""
    status: str = "open"
    author: str = ""
    updated_at: dt.datetime | None = None

    @property
    def answered(self) -> bool:
        """Something is written (the document prints it); whether it counts is ``counts``."""
        return bool(self.text.strip())

    def counts(self, min_words: int) -> bool:
        """The one definition of "beantwoord" for the navigator, the editor and the check: at
        least the koers's ``min_woorden`` words (40 unless the board says otherwise)."""
        return self.word_count >= min_words

    @property
    def word_count(self) -> int:
        return count_words(self.text)


@dataclass(frozen=True, slots=True)
class AnswerVersionInfo:
    id: int
    text: str
    status: str
    author: str
    saved_at: dt.datetime


@dataclass(frozen=True, slots=True)
class GoalLinkInfo:
    ref_id: str
    is_primary: bool
    koers_index: int = 0


@dataclass(frozen=True, slots=True)
class GoalInfo:
    id: int
    element_id: str | None
    wat: str = ""
    hoe: str = ""
    schooljaar: int | None = None
    eigenaar: str = ""
    indicator: str = ""
    baseline: str = ""
    streefwaarde: str = ""
    merkbaar: str = ""
    evaluatie: str = ""
    links: tuple[GoalLinkInfo, ...] = field(default=())

    @property
    def primary_link(self) -> str | None:
        return next((link.ref_id for link in self.links if link.is_primary), None)

    @property
    def secondary_links(self) -> list[str]:
        return [link.ref_id for link in self.links if not link.is_primary]

    @property
    def eigen_kleur(self) -> bool:
        """A goal with no koers link: the school's own colour. Allowed, and listed."""
        return not self.links


GOAL_FIELDS = (
    "wat",
    "hoe",
    "schooljaar",
    "eigenaar",
    "indicator",
    "baseline",
    "streefwaarde",
    "merkbaar",
    "evaluatie",
    "element_id",
)


@dataclass(frozen=True, slots=True)
class StanceInfo:
    target_id: str
    stance: str
    reason: str


@dataclass(frozen=True, slots=True)
class Progress:
    answered: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.answered == self.total


def progress_of(element: Element, answers: dict[str, AnswerState], min_words: int) -> Progress:
    """Answered questions (``AnswerState.counts``) out of all questions in the element and
    everything below it."""
    questions = [q for e in element.walk() for q in e.questions]
    answered = sum(1 for q in questions if q.id in answers and answers[q.id].counts(min_words))
    return Progress(answered, len(questions))


# -- the reader's decisions on passages (the congruence check honours them) ---------------------------

CONFIRMED, REJECTED, POINTED = "bevestigd", "afgewezen", "aangewezen"
PASSAGE_DECISIONS = {CONFIRMED: "Bevestigd", REJECTED: "Afgewezen", POINTED: "Aangewezen"}


def same_passage(text: str) -> str:
    """The form two passages are compared in: case and spacing do not matter."""
    return " ".join(text.split()).lower()


@dataclass(frozen=True, slots=True)
class PassageDecisionInfo:
    id: int
    target_id: str
    passage: str
    decision: str


@dataclass(frozen=True)
class PassageDecisions:
    """(target id, passage, decision) triples, in the order they were made."""

    items: tuple[tuple[str, str, str], ...] = ()

    @property
    def rejected(self) -> frozenset[tuple[str, str]]:
        return frozenset((t, same_passage(p)) for t, p, d in self.items if d == REJECTED)

    @property
    def accepted(self) -> tuple[tuple[str, str, str], ...]:
        return tuple((t, p, d) for t, p, d in self.items if d in (CONFIRMED, POINTED))
