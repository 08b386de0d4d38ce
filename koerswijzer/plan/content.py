"""The plan's read model: everything the check, the export and the review read, taken from the plan
in one go (after that no database is touched). It lives in ``plan/`` so that the congruence engine
and the export both depend on it, and not on each other."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from koerswijzer.koers.model import Koers
from koerswijzer.plan.types import AnswerState, GoalInfo, PassageDecisions, Profile, StanceInfo

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")


def dutch_date(value: dt.date | None) -> str:
    """4 december 2026."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}" if value else ""


@dataclass(frozen=True)
class PlanContent:
    """Everything an export or a check needs, read from the plan in one go."""

    koers: Koers
    profile: Profile
    answers: dict[str, AnswerState]
    goals: list[GoalInfo]
    stances: dict[str, StanceInfo]
    mr_instemming: dt.date | None
    vaststelling: dt.date | None
    exported_on: dt.date
    decisions: PassageDecisions = PassageDecisions()  # the reader's decisions on passages


def collect(plan) -> PlanContent:  # type: ignore[no-untyped-def]
    """A :class:`PlanContent` from an open :class:`~koerswijzer.plan.schoolplan.Schoolplan`."""
    mr, vaststelling = plan.dates()
    decisions = PassageDecisions(tuple((d.target_id, d.passage, d.decision) for d in plan.passage_decisions()))
    return PlanContent(plan.koers, plan.profile(), plan.answers(), plan.goals(), plan.stances(), mr,
                       vaststelling, dt.date.today(), decisions)
