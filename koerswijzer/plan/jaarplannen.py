"""Jaarplannen: the goals of one school year from the meerjarenplanning, with the steps of their
hoe as actions (who, when, what it costs, how far), carried over when unfinished, and evaluated at
the end of the year.

Like :class:`~koerswijzer.plan.schoolplan.Schoolplan`, every method is one user action and one
transaction, and writes a line in the plan's history (:meth:`Jaarplannen.history`). The changes the
window offers to undo have their inverse here (``delete_action`` returns what ``restore_action``
puts back; ``mark``/``set_action`` return the previous state).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from koerswijzer.plan.kalender import PeriodError, parse_wanneer, school_year_label
from koerswijzer.plan.schoolplan import PlanInputError, Schoolplan
from koerswijzer.plan.types import GoalInfo
from koerswijzer.storage import models as m

STATUSES = {"niet_gestart": "Niet gestart", "loopt": "Loopt", "afgerond": "Afgerond",
            "uitgesteld": "Uitgesteld", "gestopt": "Gestopt"}
UNFINISHED = ("niet_gestart", "loopt", "uitgesteld")
UITGEVOERD = {"volgens_plan": "Volgens plan", "deels": "Deels", "niet": "Niet"}
VERVOLG = {"behouden": "Behouden", "bijstellen": "Bijstellen", "stoppen": "Stoppen"}


@dataclass(frozen=True)
class Kept:
    """Rows taken out of the plan, column by column, to be put back exactly (undo)."""

    jaarplan: tuple[dict[str, Any], ...] = ()
    doelen: tuple[dict[str, Any], ...] = ()
    acties: tuple[dict[str, Any], ...] = ()
    evaluaties: tuple[dict[str, Any], ...] = ()


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def _snapshot(session: Session, jaarplan: m.Jaarplan, doelen: list[m.JaarplanDoel], whole: bool) -> Kept:
    ids = [d.id for d in doelen]
    evaluations = session.scalars(select(m.Evaluatie).where(m.Evaluatie.jaarplan_doel_id.in_(ids)))
    # A doel carried from one of these comes first, so that put_back never points at a missing row.
    ordered = sorted(doelen, key=lambda d: d.carried_from_id in ids)
    return Kept((_columns(jaarplan),) if whole else (), tuple(_columns(d) for d in ordered),
                tuple(_columns(a) for d in doelen for a in d.acties), tuple(_columns(e) for e in evaluations))


@dataclass(frozen=True, slots=True)
class ActieInfo:
    id: int
    tekst: str
    wie: str = ""
    wanneer: str = ""  # "2025-10" or "2025-10/2025-12"
    uren: int | None = None
    euros: int | None = None
    status: str = "niet_gestart"


@dataclass(frozen=True, slots=True)
class EvaluatieInfo:
    uitgevoerd: str
    bereik: str
    opbrengst: str
    vervolg: str
    toelichting: str = ""


@dataclass(frozen=True, slots=True)
class JaarplanDoelInfo:
    id: int
    goal: GoalInfo
    acties: tuple[ActieInfo, ...]
    carried_from_year: int | None = None
    carry_reason: str = ""
    evaluatie: EvaluatieInfo | None = None

    @property
    def afgerond(self) -> bool:
        return bool(self.acties) and all(a.status in ("afgerond", "gestopt") for a in self.acties)


@dataclass(frozen=True, slots=True)
class JaarplanInfo:
    id: int
    schooljaar: int
    doelen: tuple[JaarplanDoelInfo, ...]

    @property
    def label(self) -> str:
        return f"Jaarplan {school_year_label(self.schooljaar)}"

    def doel(self, goal_id: int) -> JaarplanDoelInfo | None:
        return next((d for d in self.doelen if d.goal.id == goal_id), None)


def hoe_steps(hoe: str) -> list[str]:
    """The steps of a goal's hoe: its lines or bullets, else its sentences."""
    lines = [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", line).strip() for line in (hoe or "").splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > 1:
        return [line[:1].upper() + line[1:] for line in lines]
    text = lines[0] if lines else ""
    sentences = [s.strip().rstrip(";").strip() for s in re.split(r"(?<=[.;])\s+", text) if s.strip()]
    return [s[:1].upper() + s[1:] for s in sentences if s]


class Jaarplannen:
    def __init__(self, plan: Schoolplan) -> None:
        self.plan = plan

    # -- reading -------------------------------------------------------------------------------------

    def years(self) -> list[int]:
        with self.plan.reading() as session:
            return list(session.scalars(select(m.Jaarplan.schooljaar).where(m.Jaarplan.plan_id == self.plan.plan_id)
                                        .order_by(m.Jaarplan.schooljaar)))

    def get(self, schooljaar: int) -> JaarplanInfo | None:
        goals = {g.id: g for g in self.plan.goals()}
        with self.plan.reading() as session:
            row = self._find(session, schooljaar)
            return self._info(session, row, goals) if row is not None else None

    def all(self) -> list[JaarplanInfo]:
        goals = {g.id: g for g in self.plan.goals()}
        with self.plan.reading() as session:
            rows = session.scalars(self._query().order_by(m.Jaarplan.schooljaar))
            return [self._info(session, row, goals) for row in rows]

    def stopped_goals(self) -> dict[int, int]:
        """Goals whose latest evaluation says stop: goal id -> the school year it was stopped."""
        from koerswijzer.plan.content import living_state

        return dict(living_state(self.plan).stopped)

    def course(self) -> dict[tuple[int, int], str]:
        """What happened to each goal in each school year that has it in its jaarplan, in a few
        words for the meerjarenplanning: (goal id, school year) -> "✓ behouden", "✗ gestopt",
        "→ doorgeschoven", "3/5 acties af", with "↪" for a goal carried in from the year before."""
        plans = self.all()
        carried_on = {(d.goal.id, j.schooljaar - 1) for j in plans for d in j.doelen if d.carried_from_year is not None}
        course: dict[tuple[int, int], str] = {}
        for jaarplan in plans:
            for doel in jaarplan.doelen:
                if doel.evaluatie is not None:
                    text = {"behouden": "✓ behouden", "bijstellen": "↻ bijgesteld", "stoppen": "✗ gestopt"}[
                        doel.evaluatie.vervolg]
                elif (doel.goal.id, jaarplan.schooljaar) in carried_on:
                    text = "→ doorgeschoven"
                else:
                    done = sum(1 for a in doel.acties if a.status in ("afgerond", "gestopt"))
                    text = f"{done}/{len(doel.acties)} acties af" if doel.acties else "in jaarplan"
                course[(doel.goal.id, jaarplan.schooljaar)] = ("↪ " if doel.carried_from_year else "") + text
        return course

    def history(self) -> list[tuple[dt.datetime, str]]:
        with self.plan.reading() as session:
            rows = session.scalars(select(m.Wijziging).where(m.Wijziging.plan_id == self.plan.plan_id)
                                   .order_by(m.Wijziging.id))
            return [(row.at, row.tekst) for row in rows]

    # -- making and filling a jaarplan ---------------------------------------------------------------

    def make(self, schooljaar: int) -> JaarplanInfo:
        """The jaarplan of a school year: the goals the meerjarenplanning puts in it, each with the
        steps of its hoe as actions (not started, carried out by the goal's owner)."""
        profile = self.plan.profile()
        if not profile.period_start <= schooljaar < profile.period_end:
            raise PlanInputError(f"Het schooljaar {school_year_label(schooljaar)} valt buiten de planperiode "
                                 f"{profile.period_label}.")
        planned = [g for g in self.plan.goals() if g.schooljaar == schooljaar]
        with self.plan.transaction() as session:
            if self._find(session, schooljaar) is not None:
                raise PlanInputError(f"Het jaarplan {school_year_label(schooljaar)} bestaat al.")
            jaarplan = m.Jaarplan(plan_id=self.plan.plan_id, schooljaar=schooljaar)
            session.add(jaarplan)
            for position, goal in enumerate(planned, start=1):
                jaarplan.doelen.append(self._new_doel(goal, position))
            self._log(session, f"Jaarplan {school_year_label(schooljaar)} gemaakt met {len(planned)} "
                               f"{'doel' if len(planned) == 1 else 'doelen'} uit de meerjarenplanning.")
        return self.get(schooljaar)  # type: ignore[return-value]

    @staticmethod
    def _new_doel(goal: GoalInfo, position: int) -> m.JaarplanDoel:
        doel = m.JaarplanDoel(goal_id=goal.id, position=position)
        for index, step in enumerate(hoe_steps(goal.hoe), start=1):
            doel.acties.append(m.Actie(position=index, tekst=step, wie=goal.eigenaar))
        return doel

    def add_goal(self, schooljaar: int, goal_id: int) -> JaarplanDoelInfo:
        """Put a goal in this year too (a goal split over years)."""
        goal = self._goal(goal_id)
        with self.plan.transaction() as session:
            jaarplan = self._require(session, schooljaar)
            if any(d.goal_id == goal_id for d in jaarplan.doelen):
                raise PlanInputError(f"‘{goal.wat}’ staat al in het jaarplan {school_year_label(schooljaar)}.")
            doel = self._new_doel(goal, len(jaarplan.doelen) + 1)
            jaarplan.doelen.append(doel)
            self._log(session, f"‘{goal.wat}’ toegevoegd aan het jaarplan {school_year_label(schooljaar)}.")
            session.flush()
            doel_id = doel.id
        return self._doel(doel_id)

    def carry_over(self, doel_id: int, reason: str) -> JaarplanDoelInfo:
        """Carry an unfinished goal over to the next school year, with its unfinished actions and a
        reason; the next jaarplan is made when it does not exist yet."""
        if not reason.strip():
            raise PlanInputError("Geef een reden waarom het doel doorschuift naar het volgende schooljaar.")
        source = self._doel(doel_id)
        with self.plan.transaction() as session:
            row = session.get_one(m.JaarplanDoel, doel_id)
            year = row.jaarplan.schooljaar + 1
            profile = self.plan.profile()
            if year >= profile.period_end:
                raise PlanInputError(f"Het schooljaar {school_year_label(year)} valt buiten de planperiode "
                                     f"{profile.period_label}; neem het doel mee in het volgende schoolplan.")
            target = self._find(session, year)
            if target is None:
                target = m.Jaarplan(plan_id=self.plan.plan_id, schooljaar=year)
                session.add(target)
            if any(d.goal_id == source.goal.id for d in target.doelen):
                raise PlanInputError(f"‘{source.goal.wat}’ staat al in het jaarplan {school_year_label(year)}.")
            doel = m.JaarplanDoel(goal_id=source.goal.id, position=len(target.doelen) + 1,
                                  carried_from_id=doel_id, carry_reason=reason.strip())
            for index, actie in enumerate((a for a in source.acties if a.status in UNFINISHED), start=1):
                doel.acties.append(m.Actie(position=index, tekst=actie.tekst, wie=actie.wie, uren=actie.uren,
                                           euros=actie.euros, status="niet_gestart"))
            target.doelen.append(doel)
            self._log(session, f"‘{source.goal.wat}’ doorgeschoven naar {school_year_label(year)}: {reason.strip()}")
            session.flush()
            new_id = doel.id
        return self._doel(new_id)

    # -- actions -------------------------------------------------------------------------------------

    def add_action(self, doel_id: int, tekst: str, wie: str = "", wanneer: str = "", uren: Any = None,
                   euros: Any = None, status: str = "niet_gestart") -> ActieInfo:
        with self.plan.transaction() as session:
            doel = session.get(m.JaarplanDoel, doel_id)
            if doel is None:
                raise PlanInputError("Dit doel staat niet (meer) in het jaarplan.")
            fields = self._action_fields(doel.jaarplan.schooljaar, tekst=tekst, wie=wie, wanneer=wanneer,
                                         uren=uren, euros=euros, status=status)
            actie = m.Actie(position=len(doel.acties) + 1, **fields)
            doel.acties.append(actie)
            self._log(session, f"Actie ‘{fields['tekst']}’ toegevoegd.")
            session.flush()
            return _actie_info(actie)

    def set_action(self, action_id: int, **changes: Any) -> tuple[ActieInfo, ActieInfo]:
        """Change an action; returns (before, after), so the window can undo it."""
        with self.plan.transaction() as session:
            actie = self._action(session, action_id)
            before = _actie_info(actie)
            fields = self._action_fields(actie.doel.jaarplan.schooljaar,
                                         **{**action_fields(before), **changes})
            for name, value in fields.items():
                setattr(actie, name, value)
            if before.status != actie.status:
                self._log(session, f"Actie ‘{actie.tekst}’: {STATUSES[actie.status].lower()}.")
            else:
                self._log(session, f"Actie ‘{actie.tekst}’ gewijzigd.")
            session.flush()
            return before, _actie_info(actie)

    def delete_action(self, action_id: int) -> tuple[int, int, ActieInfo]:
        """Delete an action; returns (jaarplan goal id, position, action) for :meth:`restore_action`."""
        with self.plan.transaction() as session:
            actie = self._action(session, action_id)
            kept = (actie.jaarplan_doel_id, actie.position, _actie_info(actie))
            session.delete(actie)
            self._log(session, f"Actie ‘{actie.tekst}’ verwijderd.")
            return kept

    def restore_action(self, doel_id: int, position: int, actie: ActieInfo) -> ActieInfo:
        with self.plan.transaction() as session:
            row = m.Actie(jaarplan_doel_id=doel_id, position=position, **action_fields(actie))
            session.add(row)
            self._log(session, f"Actie ‘{actie.tekst}’ teruggezet.")
            session.flush()
            return _actie_info(row)

    def _action_fields(self, schooljaar: int, tekst: str, wie: str, wanneer: str, uren: Any, euros: Any,
                       status: str) -> dict[str, Any]:
        if not (tekst or "").strip():
            raise PlanInputError("Beschrijf de actie: wat wordt er gedaan?")
        if status not in STATUSES:
            raise PlanInputError(f"‘{status}’ is geen status; kies uit {', '.join(STATUSES.values()).lower()}.")
        try:
            wanneer = parse_wanneer(wanneer, schooljaar)
        except PeriodError as exc:
            raise PlanInputError(str(exc)) from None
        return {"tekst": tekst.strip(), "wie": (wie or "").strip(), "wanneer": wanneer,
                "uren": _whole(uren, "uren"), "euros": _whole(euros, "euro's"), "status": status}

    # -- the end of the year -------------------------------------------------------------------------

    def evaluate(self, doel_id: int, uitgevoerd: str, bereik: str, opbrengst: str, vervolg: str,
                 toelichting: str = "") -> EvaluatieInfo:
        """The yearly evaluation of a goal (plan, do, check, act): carried out as planned? whom did it
        reach? what did it yield against its indicator? keep, adjust or stop?"""
        if uitgevoerd not in UITGEVOERD:
            raise PlanInputError("Kies of het doel volgens plan, deels of niet is uitgevoerd.")
        if vervolg not in VERVOLG:
            raise PlanInputError("Kies wat er met het doel gebeurt: behouden, bijstellen of stoppen.")
        with self.plan.transaction() as session:
            doel = session.get(m.JaarplanDoel, doel_id)
            if doel is None:
                raise PlanInputError("Dit doel staat niet (meer) in het jaarplan.")
            row = session.scalars(select(m.Evaluatie).where(m.Evaluatie.jaarplan_doel_id == doel_id)).first()
            if row is None:
                row = m.Evaluatie(jaarplan_doel_id=doel_id, uitgevoerd=uitgevoerd, vervolg=vervolg)
                session.add(row)
            row.uitgevoerd, row.vervolg = uitgevoerd, vervolg
            row.bereik, row.opbrengst, row.toelichting = bereik.strip(), opbrengst.strip(), toelichting.strip()
            goal = self._goal(doel.goal_id)
            self._log(session, f"‘{goal.wat}’ geëvalueerd over {school_year_label(doel.jaarplan.schooljaar)}: "
                               f"{UITGEVOERD[uitgevoerd].lower()} uitgevoerd, {VERVOLG[vervolg].lower()}.")
            return EvaluatieInfo(uitgevoerd, row.bereik, row.opbrengst, vervolg, row.toelichting)

    def clear_evaluation(self, doel_id: int) -> None:
        """Take a goal's evaluation back (the undo of a first evaluation)."""
        with self.plan.transaction() as session:
            row = session.scalars(select(m.Evaluatie).where(m.Evaluatie.jaarplan_doel_id == doel_id)).first()
            if row is not None:
                session.delete(row)
                doel = session.get_one(m.JaarplanDoel, doel_id)
                self._log(session, f"Evaluatie van ‘{self._goal(doel.goal_id).wat}’ over "
                                   f"{school_year_label(doel.jaarplan.schooljaar)} weggehaald.")

    # -- taking out and putting back (undo keeps the same ids, so later steps still find them) --------

    def remove_doel(self, doel_id: int, drop_empty_jaarplan: bool = False) -> Kept:
        """Take a goal out of its jaarplan, with its actions and evaluation; with
        ``drop_empty_jaarplan`` the jaarplan goes too when nothing is left in it (the undo of a carry
        over that made the next year's jaarplan). Returns what :meth:`put_back` restores."""
        with self.plan.transaction() as session:
            row = session.get(m.JaarplanDoel, doel_id)
            if row is None:
                raise PlanInputError("Dit doel staat niet (meer) in het jaarplan.")
            jaarplan = row.jaarplan
            whole = drop_empty_jaarplan and len(jaarplan.doelen) == 1
            kept = _snapshot(session, jaarplan, [row], whole)
            session.delete(jaarplan if whole else row)
            self._log(session, f"‘{self._goal(row.goal_id).wat}’ uit het jaarplan "
                               f"{school_year_label(jaarplan.schooljaar)} gehaald.")
            return kept

    def delete(self, schooljaar: int) -> Kept:
        """Delete a whole jaarplan (the undo of making it); returns what :meth:`put_back` restores."""
        with self.plan.transaction() as session:
            jaarplan = self._require(session, schooljaar)
            kept = _snapshot(session, jaarplan, list(jaarplan.doelen), True)
            session.delete(jaarplan)
            self._log(session, f"Jaarplan {school_year_label(schooljaar)} verwijderd.")
            return kept

    def put_back(self, kept: Kept) -> None:
        """Restore what :meth:`remove_doel` or :meth:`delete` took out, with the same ids."""
        with self.plan.transaction() as session:
            for model, rows in ((m.Jaarplan, kept.jaarplan), (m.JaarplanDoel, kept.doelen), (m.Actie, kept.acties),
                                (m.Evaluatie, kept.evaluaties)):
                for values in rows:
                    session.add(model(**values))
                session.flush()
            year = kept.jaarplan[0]["schooljaar"] if kept.jaarplan else session.get_one(
                m.Jaarplan, kept.doelen[0]["jaarplan_id"]).schooljaar
            self._log(session, f"Teruggezet in het jaarplan {school_year_label(year)}.")

    # -- helpers -------------------------------------------------------------------------------------

    def _query(self):  # type: ignore[no-untyped-def]
        return (select(m.Jaarplan).where(m.Jaarplan.plan_id == self.plan.plan_id)
                .options(selectinload(m.Jaarplan.doelen).selectinload(m.JaarplanDoel.acties)))

    def _find(self, session: Session, schooljaar: int) -> m.Jaarplan | None:
        return session.scalars(self._query().where(m.Jaarplan.schooljaar == schooljaar)).first()

    def _require(self, session: Session, schooljaar: int) -> m.Jaarplan:
        found = self._find(session, schooljaar)
        if found is None:
            raise PlanInputError(f"Er is nog geen jaarplan {school_year_label(schooljaar)}; maak het eerst.")
        return found

    def _goal(self, goal_id: int) -> GoalInfo:
        goal = next((g for g in self.plan.goals() if g.id == goal_id), None)
        if goal is None:
            raise PlanInputError("Dit doel bestaat niet (meer).")
        return goal

    def _doel(self, doel_id: int) -> JaarplanDoelInfo:
        with self.plan.reading() as session:
            row = session.get(m.JaarplanDoel, doel_id)
            if row is None:
                raise PlanInputError("Dit doel staat niet (meer) in het jaarplan.")
            year = row.jaarplan.schooljaar
        found = self.get(year)
        return next(d for d in found.doelen if d.id == doel_id)  # type: ignore[union-attr]

    def _action(self, session: Session, action_id: int) -> m.Actie:
        actie = session.get(m.Actie, action_id)
        if actie is None or actie.doel.jaarplan.plan_id != self.plan.plan_id:
            raise PlanInputError("Deze actie bestaat niet (meer).")
        return actie

    def _log(self, session: Session, text: str) -> None:
        session.add(m.Wijziging(plan_id=self.plan.plan_id, tekst=text))

    def _info(self, session: Session, row: m.Jaarplan, goals: dict[int, GoalInfo]) -> JaarplanInfo:
        evaluations = {e.jaarplan_doel_id: e for e in session.scalars(
            select(m.Evaluatie).where(m.Evaluatie.jaarplan_doel_id.in_([d.id for d in row.doelen])))}
        origins = {d.id: d.jaarplan.schooljaar for d in session.scalars(
            select(m.JaarplanDoel).where(m.JaarplanDoel.id.in_(
                [d.carried_from_id for d in row.doelen if d.carried_from_id])))}
        doelen = []
        for doel in row.doelen:
            goal = goals.get(doel.goal_id)
            if goal is None:
                continue
            evaluation = evaluations.get(doel.id)
            doelen.append(JaarplanDoelInfo(
                doel.id, goal, tuple(_actie_info(a) for a in doel.acties),
                origins.get(doel.carried_from_id) if doel.carried_from_id else None, doel.carry_reason,
                EvaluatieInfo(evaluation.uitgevoerd, evaluation.bereik, evaluation.opbrengst, evaluation.vervolg,
                              evaluation.toelichting) if evaluation is not None else None))
        return JaarplanInfo(row.id, row.schooljaar, tuple(doelen))


def _actie_info(row: m.Actie) -> ActieInfo:
    return ActieInfo(row.id, row.tekst, row.wie, row.wanneer, row.uren, row.euros, row.status)


def action_fields(actie: ActieInfo) -> dict[str, Any]:
    return {"tekst": actie.tekst, "wie": actie.wie, "wanneer": actie.wanneer, "uren": actie.uren,
            "euros": actie.euros, "status": actie.status}


def _whole(value: Any, what: str) -> int | None:
    """Hours or euros: a whole number, or nothing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    from koerswijzer.plan.kalender import parse_number

    try:
        number = parse_number(value)
    except PeriodError:
        raise PlanInputError(f"‘{value}’ is geen aantal {what}. Vul een heel getal in, bijvoorbeeld 12.") from None
    if number is None or number < 0 or number != int(number):
        raise PlanInputError(f"‘{value}’ is geen aantal {what}. Vul een heel getal in, bijvoorbeeld 12.")
    return int(number)


__all__ = ["STATUSES", "UITGEVOERD", "VERVOLG", "ActieInfo", "EvaluatieInfo", "JaarplanDoelInfo", "JaarplanInfo",
           "Jaarplannen", "action_fields", "hoe_steps"]
