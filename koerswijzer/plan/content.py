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
class LivingState:
    """What the living plan tells the check: which goals a jaarplan took up, and which were stopped
    at a yearly evaluation (goal id -> the school year whose evaluation stopped it)."""

    in_jaarplan: frozenset[int] = frozenset()
    stopped: tuple[tuple[int, int], ...] = ()

    def stopped_in(self, goal_id: int) -> int | None:
        return dict(self.stopped).get(goal_id)


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
    living: LivingState | None = None  # None: no living plan to read (a document in review)


def collect(plan) -> PlanContent:  # type: ignore[no-untyped-def]
    """A :class:`PlanContent` from an open :class:`~koerswijzer.plan.schoolplan.Schoolplan`."""
    mr, vaststelling = plan.dates()
    decisions = PassageDecisions(tuple((d.target_id, d.passage, d.decision) for d in plan.passage_decisions()))
    return PlanContent(plan.koers, plan.profile(), plan.answers(), plan.goals(), plan.stances(), mr,
                       vaststelling, dt.date.today(), decisions, living_state(plan))


def living_state(plan) -> LivingState:  # type: ignore[no-untyped-def]
    """The jaarplannen as the check reads them, in one query."""
    from sqlalchemy import select

    from koerswijzer.storage import models as m

    with plan.reading() as session:
        rows = session.execute(
            select(m.Jaarplan.schooljaar, m.JaarplanDoel.goal_id, m.Evaluatie.vervolg)
            .join(m.JaarplanDoel, m.JaarplanDoel.jaarplan_id == m.Jaarplan.id, isouter=True)
            .join(m.Evaluatie, m.Evaluatie.jaarplan_doel_id == m.JaarplanDoel.id, isouter=True)
            .where(m.Jaarplan.plan_id == plan.plan_id).order_by(m.Jaarplan.schooljaar)).all()
    stopped: dict[int, int] = {}
    for year, goal_id, vervolg in rows:  # the latest evaluation of a goal decides
        if goal_id is not None and vervolg is not None:
            if vervolg == "stoppen":
                stopped[goal_id] = year
            else:
                stopped.pop(goal_id, None)
    return LivingState(frozenset(g for _y, g, _v in rows if g is not None), tuple(sorted(stopped.items())))
