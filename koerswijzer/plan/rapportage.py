"""The kwartaalrapportage's content: per koers element, the goals of the quarter with their mark,
text and measured value against baseline and target, the trend over the quarters, and what moved
since the previous quarter. Read from the plan in one go; the export renders it, the CLI prints it
as JSON, and the board review reads it back from the document's trace."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from koerswijzer.koers.model import Koers
from koerswijzer.plan.jaarplannen import Jaarplannen
from koerswijzer.plan.kalender import Kwartaal, find_number, number_text, period_quarters
from koerswijzer.plan.schoolplan import Schoolplan
from koerswijzer.plan.types import GoalInfo, Profile
from koerswijzer.plan.voortgang import MARKS, Stand, Verschil, Voortgang

TRACE_KIND = "kwartaalrapportage"


@dataclass(frozen=True, slots=True)
class TrendPoint:
    kwartaal: str  # "Q2 2026"
    waarde: float | None
    markering: str | None


@dataclass(frozen=True, slots=True)
class GoalProgress:
    goal: GoalInfo
    stand: Stand | None
    vorige: Stand | None
    trend: tuple[TrendPoint, ...]  # every quarter of the plan period up to this one
    baseline: float | None
    streef: float | None
    bewijs: tuple[str, ...]
    gestopt_in: int | None = None  # the school year its evaluation stopped it

    @property
    def has_values(self) -> bool:
        return any(p.waarde is not None for p in self.trend)


@dataclass(frozen=True, slots=True)
class ElementProgress:
    element_id: str  # "" for goals of the school's own colour
    title: str
    goals: tuple[GoalProgress, ...]


@dataclass(frozen=True, slots=True)
class RapportageContent:
    koers: Koers
    profile: Profile
    kwartaal: Kwartaal
    elements: tuple[ElementProgress, ...]
    verschil: Verschil
    made_on: dt.date

    def goals(self) -> list[GoalProgress]:
        return [g for e in self.elements for g in e.goals]

    def counts(self) -> dict[str, int]:
        counts = {mark: 0 for mark in MARKS}
        counts["geen"] = 0
        for goal in self.goals():
            counts[goal.stand.markering if goal.stand else "geen"] += 1
        return counts

    def summary(self) -> str:
        counts = self.counts()
        total = len(self.goals())
        parts = [f"{counts[k]} {MARKS[k].lower()}" for k in MARKS if counts[k]]
        if counts["geen"]:
            parts.append(f"{counts['geen']} nog zonder markering")
        return f"{total} {'doel' if total == 1 else 'doelen'}: " + (", ".join(parts) if parts else "geen markeringen")

    def trace(self) -> dict[str, object]:
        """What the board review reads back: plain facts, no layout."""
        return {
            "soort": TRACE_KIND, "school": self.profile.school_name, "brin": self.profile.brin,
            "kwartaal": self.kwartaal.key, "koers": self.koers.id, "gemaakt": self.made_on.isoformat(),
            "doelen": [{
                "wat": g.goal.wat, "onderdeel": e.element_id,
                "markering": g.stand.markering if g.stand else "", "toelichting": g.stand.toelichting if g.stand else "",
                "waarde": g.stand.waarde if g.stand else None, "beginwaarde": g.baseline, "streefwaarde": g.streef,
                "vorige": g.vorige.markering if g.vorige else "",
                "koersdoelen": [link.ref_id for link in g.goal.links],
            } for e in self.elements for g in e.goals],
        }


def collect_rapportage(plan: Schoolplan, kwartaal: str | Kwartaal) -> RapportageContent:
    voortgang = Voortgang(plan)
    quarter = voortgang.quarter(kwartaal)
    profile = plan.profile()
    goals = plan.goals()
    stands = voortgang.stands()
    jaarplannen = Jaarplannen(plan)
    jaarplan = jaarplannen.get(quarter.school_year)
    stopped = jaarplannen.stopped_goals()
    chosen = {d.goal.id for d in jaarplan.doelen} if jaarplan is not None else {
        g.id for g in goals if g.schooljaar == quarter.school_year}
    chosen |= {goal_id for (goal_id, key) in stands if key == quarter.key}
    quarters = [q for q in period_quarters(profile.period_start, profile.period_end) if q <= quarter]
    evidence: dict[int, list[str]] = {}
    for item in voortgang.evidence():
        if item.kwartaal in ("", quarter.key):
            evidence.setdefault(item.goal_id, []).append(item.label)
    koers = plan.koers
    groups: dict[str, list[GoalProgress]] = {}
    for goal in goals:
        if goal.id not in chosen:
            continue
        trend = tuple(TrendPoint(q.short, stands[(goal.id, q.key)].waarde if (goal.id, q.key) in stands else None,
                                 stands[(goal.id, q.key)].markering if (goal.id, q.key) in stands else None)
                      for q in quarters)
        progress = GoalProgress(goal, stands.get((goal.id, quarter.key)), stands.get((goal.id, quarter.previous().key)),
                                trend, find_number(goal.baseline), find_number(goal.streefwaarde),
                                tuple(evidence.get(goal.id, [])), stopped.get(goal.id))
        top = koers.top_element(goal.element_id).id if goal.element_id and koers.find(goal.element_id) else ""
        groups.setdefault(top, []).append(progress)
    elements = [ElementProgress(e.id, e.label, tuple(groups[e.id])) for e in koers.elements if e.id in groups]
    if "" in groups:
        elements.append(ElementProgress("", "Eigen doelen van de school", tuple(groups[""])))
    return RapportageContent(koers, profile, quarter, tuple(elements), voortgang.compare(quarter), dt.date.today())


def value_line(progress: GoalProgress) -> str:
    """ "7 (begin 4, streef 13)"."""
    now = number_text(progress.stand.waarde) if progress.stand and progress.stand.waarde is not None else "—"
    ends = []
    if progress.baseline is not None:
        ends.append(f"begin {number_text(progress.baseline)}")
    if progress.streef is not None:
        ends.append(f"streef {number_text(progress.streef)}")
    return f"{now} ({', '.join(ends)})" if ends else now
