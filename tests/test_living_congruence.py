"""The congruence check reads the living plan: a board target whose only goal was stopped at a
yearly evaluation is no longer served, and a goal whose school year has begun belongs in a jaarplan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from koerswijzer.congruence.engine import check
from koerswijzer.plan import Schoolplan
from koerswijzer.plan.content import collect
from koerswijzer.plan.jaarplannen import Jaarplannen


def _messages(report, goal_or_target: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.message for e in report.elements for f in e.findings if goal_or_target in f.refs]


def test_a_target_served_only_by_a_stopped_goal_is_flagged_as_no_longer_served(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        goals = [g for g in plan.goals() if g.schooljaar == 2025]
        links: dict[str, list[int]] = {}
        for g in plan.goals():
            for link in g.links:
                links.setdefault(link.ref_id, []).append(g.id)
        goal = next(g for g in goals if g.primary_link and links[g.primary_link] == [g.id])
        target = goal.primary_link
        before = check(collect(plan))
        assert before.targets[target].linked_by == [goal.id]
        assert not any("niet meer gediend" in m for m in _messages(before, target))

        store = Jaarplannen(plan)
        doel = store.make(2025).doel(goal.id)
        store.evaluate(doel.id, "deels", "groep 5-8", "geen verschil gemeten", "bijstellen")
        assert check(collect(plan)).targets[target].linked_by == [goal.id]  # adjusted still serves
        store.evaluate(doel.id, "niet", "niemand", "niets", "stoppen", "Geen trekker meer.")
        after = check(collect(plan))
        result = after.targets[target]
        assert result.linked_by == [] and result.stopped_by == [goal.id]
        flagged = [f for e in after.elements for f in e.findings if target in f.refs and "niet meer gediend" in f.message]
        assert len(flagged) == 1 and "gestopt bij de evaluatie van 2025–2026" in flagged[0].message
        assert flagged[0].severity in ("ontbreekt", "let_op")
        assert flagged[0].severity == ("let_op" if result.text_counts or result.stance else "ontbreekt")
        # The stopped goal's own text is no evidence any more.
        assert all(ev.ref != str(goal.id) for t in after.targets.values() for ev in t.evidence if ev.source == "doel")


def test_a_goal_whose_school_year_has_begun_without_a_jaarplan_is_flagged(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        by_year = {y: [g for g in plan.goals() if g.schooljaar == y] for y in (2024, 2025, 2026, 2027)}
        assert all(by_year.values())
        december_2026 = dataclasses.replace(collect(plan), exported_on=dt.date(2026, 12, 5))
        report = check(december_2026)
        for year, goals in by_year.items():
            for goal in goals:
                flagged = any("staat in geen jaarplan" in m for m in _messages(report, str(goal.id)))
                assert flagged == (year <= 2026), (year, goal.wat)
        Jaarplannen(plan).make(2025)
        report = check(dataclasses.replace(collect(plan), exported_on=dt.date(2026, 12, 5)))
        assert not any("staat in geen jaarplan" in m for g in by_year[2025] for m in _messages(report, str(g.id)))
        assert all(any("staat in geen jaarplan" in m for m in _messages(report, str(g.id))) for g in by_year[2024])
        # In June 2025 the school year 2025–2026 has not begun: nothing is asked of it yet.
        june = check(dataclasses.replace(collect(plan), exported_on=dt.date(2025, 6, 1)))
        assert not any("staat in geen jaarplan" in m for g in by_year[2026] for m in _messages(june, str(g.id)))


def test_a_document_in_review_has_no_living_plan_and_gets_no_such_findings(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        content = dataclasses.replace(collect(plan), living=None, exported_on=dt.date(2026, 12, 5))
        report = check(content)
        assert not any("staat in geen jaarplan" in f.message or "niet meer gediend" in f.message
                       for e in report.elements for f in e.findings)
        assert any("staat in geen jaarplan" in f.message for e in check(dataclasses.replace(
            content, living=collect(plan).living)).elements for f in e.findings)
