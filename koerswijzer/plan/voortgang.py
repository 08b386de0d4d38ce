"""Voortgang: each goal's mark per quarter (op koers, aandacht, achter), a short text, the measured
value of its indicator, and evidence (a note, a file copied into the plan, or a file referenced by
its path). One method is one user action and one transaction, logged in the plan's history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from koerswijzer.plan.kalender import Kwartaal, PeriodError, check_in_period, number_text, parse_kwartaal, parse_number
from koerswijzer.plan.schoolplan import PlanInputError, Schoolplan
from koerswijzer.storage import models as m

MARKS = {"op_koers": "Op koers", "aandacht": "Aandacht", "achter": "Achter"}
MARK_ORDER = ("achter", "aandacht", "op_koers")  # worse first
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Stand:
    goal_id: int
    kwartaal: str  # "2026-Q2"
    markering: str
    toelichting: str = ""
    waarde: float | None = None

    @property
    def waarde_text(self) -> str:
        return number_text(self.waarde)


@dataclass(frozen=True, slots=True)
class BewijsInfo:
    id: int
    goal_id: int
    kwartaal: str
    soort: str  # notitie, bestand, verwijzing
    naam: str
    notitie: str
    pad: str
    grootte: int
    created_at: dt.datetime

    @property
    def label(self) -> str:
        if self.soort == "notitie":
            return self.notitie if len(self.notitie) <= 80 else self.notitie[:79] + "…"
        where = "in het plan" if self.soort == "bestand" else self.pad
        return f"{self.naam} ({where})"


@dataclass(frozen=True, slots=True)
class Verschil:
    """What moved between two quarters."""

    beter: tuple[int, ...]  # goal ids whose mark improved
    slechter: tuple[int, ...]
    stil: tuple[int, ...]  # marked the same, and not op koers: stalled
    nieuw: tuple[int, ...]  # marked now, not before
    ontbreekt: tuple[int, ...]  # marked before, not now


class Voortgang:
    def __init__(self, plan: Schoolplan) -> None:
        self.plan = plan

    def quarter(self, text: str | Kwartaal) -> Kwartaal:
        """A quarter of the plan period, or a Dutch error."""
        profile = self.plan.profile()
        try:
            kwartaal = text if isinstance(text, Kwartaal) else parse_kwartaal(text)
            return check_in_period(kwartaal, profile.period_start, profile.period_end)
        except PeriodError as exc:
            raise PlanInputError(str(exc)) from None

    # -- marks ---------------------------------------------------------------------------------------

    def stands(self) -> dict[tuple[int, str], Stand]:
        with self.plan.reading() as session:
            rows = session.scalars(select(m.KwartaalStand).join(m.Goal)
                                   .where(m.Goal.plan_id == self.plan.plan_id))
            return {(r.goal_id, r.kwartaal): _stand(r) for r in rows}

    def mark(self, goal_id: int, kwartaal: str | Kwartaal, markering: str, toelichting: str = "",
             waarde: str | float | None = None) -> tuple[Stand | None, Stand]:
        """Set a goal's mark for a quarter; returns (before, after) so the window can undo it."""
        quarter = self.quarter(kwartaal)
        if markering not in MARKS:
            raise PlanInputError("Kies een markering: op koers, aandacht of achter.")
        try:
            value = parse_number(waarde)
        except PeriodError as exc:
            raise PlanInputError(str(exc)) from None
        goal = self._goal(goal_id)
        with self.plan.transaction() as session:
            row = session.scalars(select(m.KwartaalStand).where(
                m.KwartaalStand.goal_id == goal_id, m.KwartaalStand.kwartaal == quarter.key)).first()
            before = _stand(row) if row is not None else None
            if row is None:
                row = m.KwartaalStand(goal_id=goal_id, kwartaal=quarter.key, markering=markering)
                session.add(row)
            row.markering, row.toelichting = markering, (toelichting or "").strip()
            row.waarde = "" if value is None else repr(value)
            value_text = f", gemeten {number_text(value)}" if value is not None else ""
            session.add(m.Wijziging(plan_id=self.plan.plan_id, tekst=f"{quarter.short}: ‘{goal}’ "
                                    f"{MARKS[markering].lower()}{value_text}."))
            session.flush()
            return before, _stand(row)

    def unmark(self, goal_id: int, kwartaal: str | Kwartaal) -> Stand | None:
        """Remove a goal's mark for a quarter (the undo of a first mark); returns what was there."""
        quarter = self.quarter(kwartaal)
        with self.plan.transaction() as session:
            row = session.scalars(select(m.KwartaalStand).where(
                m.KwartaalStand.goal_id == goal_id, m.KwartaalStand.kwartaal == quarter.key)).first()
            if row is None:
                return None
            before = _stand(row)
            session.delete(row)
            session.add(m.Wijziging(plan_id=self.plan.plan_id,
                                    tekst=f"{quarter.short}: markering van ‘{self._goal(goal_id)}’ weggehaald."))
            return before

    def restore(self, stand: Stand) -> None:
        """Put a previous state back (undo)."""
        self.mark(stand.goal_id, stand.kwartaal, stand.markering, stand.toelichting, stand.waarde)

    def compare(self, kwartaal: str | Kwartaal) -> Verschil:
        """This quarter against the previous one: what moved, what stalled."""
        now = self.quarter(kwartaal)
        before_key = now.previous().key
        stands = self.stands()
        current = {g: s for (g, q), s in stands.items() if q == now.key}
        previous = {g: s for (g, q), s in stands.items() if q == before_key}
        rank = {mark: i for i, mark in enumerate(MARK_ORDER)}
        better, worse, still = [], [], []
        for goal_id, stand in current.items():
            old = previous.get(goal_id)
            if old is None:
                continue
            if rank[stand.markering] > rank[old.markering]:
                better.append(goal_id)
            elif rank[stand.markering] < rank[old.markering]:
                worse.append(goal_id)
            elif stand.markering != "op_koers" and stand.waarde == old.waarde:
                still.append(goal_id)
        return Verschil(tuple(better), tuple(worse), tuple(still),
                        tuple(g for g in current if g not in previous),
                        tuple(g for g in previous if g not in current))

    # -- evidence ------------------------------------------------------------------------------------

    def add_note(self, goal_id: int, kwartaal: str, note: str) -> BewijsInfo:
        if not note.strip():
            raise PlanInputError("Schrijf de notitie eerst.")
        return self._add_evidence(goal_id, kwartaal, "notitie", naam="", notitie=note.strip())

    def add_file(self, goal_id: int, kwartaal: str, path: str | Path, copy: bool) -> BewijsInfo:
        """A file as evidence: ``copy`` puts it in the plan file (it travels with the plan; at most
        20 MB), otherwise the plan keeps its path (it must stay where it is)."""
        path = Path(path)
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise FileNotFoundError
        except OSError:
            raise PlanInputError(f"Het bestand ‘{path}’ bestaat niet (meer). Kies een bestaand bestand.") from None
        data: bytes | None = None
        if copy:
            if size > MAX_EVIDENCE_BYTES:
                raise PlanInputError(
                    f"‘{path.name}’ is {size / 1024 / 1024:.0f} MB; in het schoolplan passen bestanden tot "
                    f"{MAX_EVIDENCE_BYTES // 1024 // 1024} MB. Verwijs naar het bestand in plaats van het op te nemen.")
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise PlanInputError(f"‘{path.name}’ kan niet worden gelezen ({exc.strerror}).") from None
        return self._add_evidence(goal_id, kwartaal, "bestand" if copy else "verwijzing", naam=path.name,
                                  pad="" if copy else str(path.resolve()), inhoud=data, grootte=size)

    def evidence(self, goal_id: int | None = None) -> list[BewijsInfo]:
        with self.plan.reading() as session:
            query = (select(m.Bewijs).join(m.Goal).where(m.Goal.plan_id == self.plan.plan_id)
                     .order_by(m.Bewijs.id))
            if goal_id is not None:
                query = query.where(m.Bewijs.goal_id == goal_id)
            return [_bewijs(r) for r in session.scalars(query)]

    def evidence_data(self, bewijs_id: int) -> bytes:
        """The content of a file copied into the plan."""
        with self.plan.reading() as session:
            row = session.get(m.Bewijs, bewijs_id)
            if row is None or row.inhoud is None:
                raise PlanInputError("Dit bewijsstuk staat niet (meer) in het schoolplan.")
            return row.inhoud

    def delete_evidence(self, bewijs_id: int) -> None:
        with self.plan.transaction() as session:
            session.execute(delete(m.Bewijs).where(m.Bewijs.id == bewijs_id))

    def _add_evidence(self, goal_id: int, kwartaal: str, soort: str, **fields: object) -> BewijsInfo:
        quarter = self.quarter(kwartaal).key if kwartaal else ""
        goal = self._goal(goal_id)
        with self.plan.transaction() as session:
            row = m.Bewijs(goal_id=goal_id, kwartaal=quarter, soort=soort, **fields)
            session.add(row)
            session.add(m.Wijziging(plan_id=self.plan.plan_id, tekst=f"Bewijs bij ‘{goal}’ toegevoegd."))
            session.flush()
            return _bewijs(row)

    def _goal(self, goal_id: int) -> str:
        with self.plan.reading() as session:
            goal = session.get(m.Goal, goal_id)
            if goal is None or goal.plan_id != self.plan.plan_id:
                raise PlanInputError("Dit doel bestaat niet (meer).")
            return goal.wat


def _stand(row: m.KwartaalStand) -> Stand:
    return Stand(row.goal_id, row.kwartaal, row.markering, row.toelichting,
                 float(row.waarde) if row.waarde else None)


def _bewijs(row: m.Bewijs) -> BewijsInfo:
    return BewijsInfo(row.id, row.goal_id, row.kwartaal, row.soort, row.naam, row.notitie, row.pad, row.grootte,
                      row.created_at)
