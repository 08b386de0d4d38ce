"""A schoolplan: the school's answers, goals and stances against one or more koersen.

Every method that changes something is one user action and one transaction. Reads return
plain values from :mod:`koerswijzer.plan.types`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from koerswijzer.errors import KoersFileError, KoerswijzerError, PlanFileError
from koerswijzer.koers.loader import parse_koers
from koerswijzer.koers.model import Element, Koers, Target
from koerswijzer.plain_text import clean_text
from koerswijzer.plan.types import (
    ANSWER_STATUSES,
    GOAL_FIELDS,
    PROFILE_FIELDS,
    SECTORS,
    STANCES,
    AnswerState,
    AnswerVersionInfo,
    PASSAGE_DECISIONS,
    GoalInfo,
    GoalLinkInfo,
    PassageDecisionInfo,
    Profile,
    Progress,
    StanceInfo,
    progress_of,
    same_passage,
)
from koerswijzer.storage import models as m
from koerswijzer.storage.database import (
    create_plan_database,
    describe_db_error,
    open_plan_database,
    open_plan_snapshot,
    side_files,
)


class PlanInputError(KoerswijzerError):
    """A value the user entered that the plan cannot take."""


class Schoolplan:
    """One plan in a database. Create with :meth:`create`, open with :meth:`open`."""

    def __init__(self, engine: Engine, plan_id: int, koersen: list[Koers], plan_koers_ids: list[int],
                 location: str, read_only: bool = False) -> None:
        self._engine = engine
        self.plan_id = plan_id
        self.koersen = koersen
        self._plan_koers_ids = plan_koers_ids
        self.location = location
        self.read_only = read_only
        #: A note for the user about how the file was read (empty when there is nothing to say).
        self.notice = ""

    # -- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(cls, target: str | Path, koers: Koers, profile: Profile,
               extra_koersen: Sequence[Koers] = (), overwrite: bool = False) -> Schoolplan:
        """Write a new plan for ``profile`` against ``koers`` (and any additional koersen)."""
        _check_profile(profile)
        if overwrite and (isinstance(target, Path) or "://" not in target):
            from koerswijzer.plan.lock import PlanLock

            lock = PlanLock(Path(target))
            if lock.held_elsewhere():
                raise PlanFileError(
                    f"'{Path(target).name}' is geopend in Koerswijzer ({lock.owner}). Sluit het daar eerst; "
                    f"het bestand is niet overschreven."
                )
        engine = create_plan_database(target, overwrite=overwrite)
        try:
            with Session(engine) as session, session.begin():
                plan = m.Plan(**_as_dict(profile))
                session.add(plan)
                for position, k in enumerate([koers, *extra_koersen]):
                    snapshot = m.KoersSnapshot(
                        koers_id=k.id, versie=k.versie, titel=k.titel, source_text=k.source_text,
                        sha256=hashlib.sha256(k.source_text.encode()).hexdigest(),
                    )
                    plan.koersen.append(m.PlanKoers(snapshot=snapshot, position=position))
                session.flush()
                plan_id = plan.id
                plan_koers_ids = [pk.id for pk in plan.koersen]
        except SQLAlchemyError as exc:
            engine.dispose()
            raise PlanFileError(f"Het schoolplan kan niet worden gemaakt: {describe_db_error(exc)}") from None
        return cls(engine, plan_id, [koers, *extra_koersen], plan_koers_ids, str(target))

    @classmethod
    def open(cls, target: str | Path, plan_id: int | None = None, read_only: bool = False) -> Schoolplan:
        """Open an existing plan; the koersen come from the snapshots inside the file.

        ``read_only`` refuses every change, for a plan that is open for writing elsewhere, and
        for ``check`` and ``export``. It reads an in-memory copy of the file and never writes:
        no side file is replayed, an older file is upgraded only in the copy.
        """
        local = isinstance(target, Path) or "://" not in target
        engine = open_plan_snapshot(Path(target)) if read_only and local else open_plan_database(target)
        try:
            with Session(engine) as session:
                query = select(m.Plan).options(
                    selectinload(m.Plan.koersen).selectinload(m.PlanKoers.snapshot)
                ).order_by(m.Plan.id)
                if plan_id is not None:
                    query = query.where(m.Plan.id == plan_id)
                plan = session.scalars(query.limit(1)).first()
                if plan is None:
                    raise PlanFileError("Dit bestand bevat geen schoolplan.")
                snapshots = [(pk.id, pk.snapshot) for pk in plan.koersen]
                found_id = plan.id
        except SQLAlchemyError as exc:
            engine.dispose()
            raise PlanFileError(f"Het schoolplan kan niet worden gelezen: {describe_db_error(exc)}") from None
        except PlanFileError:
            engine.dispose()
            raise
        koersen = []
        for _pk_id, snapshot in snapshots:
            try:
                koersen.append(parse_koers(snapshot.source_text, f"koers '{snapshot.titel}' in het schoolplan"))
            except KoersFileError as exc:
                engine.dispose()
                raise PlanFileError(
                    f"De koers in dit schoolplan kan niet worden gelezen:\n{exc}"
                ) from None
        if not koersen:
            engine.dispose()
            raise PlanFileError("Dit schoolplan heeft geen koers.")
        from koerswijzer.koers.registry import remember

        for koers in koersen:
            remember(koers)  # so that `review --koers ID` knows a koers met in a plan
        plan = cls(engine, found_id, koersen, [pk_id for pk_id, _ in snapshots], str(target), read_only)
        leftovers = [f for f in side_files(Path(target)) if f.name.endswith("-wal")] if read_only and local else []
        if leftovers:
            plan.notice = (
                f"Naast het schoolplan staat nog '{leftovers[0].name}' van een sessie die niet netjes is "
                f"afgesloten. Dit is gelezen zonder dat bestand; open het schoolplan in Koerswijzer om "
                f"het te verwerken."
            )
        return plan

    def close(self) -> None:
        self._engine.dispose()

    def save_as(self, target: str | Path) -> None:
        """Copy the whole plan to a new file and continue there (after a full disk, say)."""
        path = Path(target)
        if path.exists():
            raise PlanFileError(f"Het bestand '{path.name}' bestaat al; kies een andere naam.")
        raw = self._engine.raw_connection()
        try:
            destination = sqlite3.connect(path)
            try:
                raw.driver_connection.backup(destination)  # type: ignore[union-attr]
            finally:
                destination.close()
        except sqlite3.Error as exc:
            path.unlink(missing_ok=True)
            raise PlanFileError(f"Opslaan als '{path.name}' is niet gelukt ({exc}).") from None
        finally:
            raw.close()
        self._engine.dispose()
        self._engine = open_plan_database(path)
        self.location = str(path)
        self.read_only = False

    def __enter__(self) -> Schoolplan:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def koers(self) -> Koers:
        """The board's koers (the first one)."""
        return self.koersen[0]

    @contextmanager
    def _action(self) -> Iterator[Session]:
        """One user action: one transaction, and a Dutch error if the disk says no."""
        if self.read_only:
            raise PlanFileError(
                "Dit schoolplan is alleen-lezen geopend, omdat het elders al open is. "
                "Wijzigingen worden niet opgeslagen."
            )
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise PlanFileError(f"Opslaan is niet gelukt: {describe_db_error(exc)}") from None

    def transaction(self):  # type: ignore[no-untyped-def]
        """One user action as one transaction (a context manager giving the session), for the
        plan's other stores such as the team workshops; a Dutch error if the disk says no."""
        return self._action()

    def reading(self):  # type: ignore[no-untyped-def]
        """A read-only session (a context manager), for the plan's other stores."""
        return self._read()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session:
                yield session
        except SQLAlchemyError as exc:
            raise PlanFileError(f"Lezen is niet gelukt: {describe_db_error(exc)}") from None

    # -- profile ---------------------------------------------------------------------------

    def profile(self) -> Profile:
        with self._read() as session:
            plan = session.get_one(m.Plan, self.plan_id)
            return Profile(**{name: getattr(plan, name) for name in PROFILE_FIELDS})

    def update_profile(self, **changes: Any) -> Profile:
        unknown = set(changes) - set(PROFILE_FIELDS)
        if unknown:
            raise TypeError(f"unknown profile fields: {sorted(unknown)}")
        new = Profile(**{**_as_dict(self.profile()), **changes})
        _check_profile(new)
        with self._action() as session:
            plan = session.get_one(m.Plan, self.plan_id)
            for name, value in changes.items():
                setattr(plan, name, value)
        return new

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        """(MR-instemming, vaststelling door het bestuur)."""
        with self._read() as session:
            plan = session.get_one(m.Plan, self.plan_id)
            return plan.mr_instemming, plan.vaststelling

    def set_dates(self, mr_instemming: dt.date | None, vaststelling: dt.date | None) -> None:
        with self._action() as session:
            plan = session.get_one(m.Plan, self.plan_id)
            plan.mr_instemming = mr_instemming
            plan.vaststelling = vaststelling

    # -- answers ---------------------------------------------------------------------------

    def _question_koers(self, question_id: str, koers_index: int) -> int:
        koers = self.koersen[koers_index]
        if not any(q.id == question_id for q in koers.questions()):
            raise PlanInputError(f"De koers '{koers.titel}' heeft geen vraag '{question_id}'.")
        return self._plan_koers_ids[koers_index]

    def answer(self, question_id: str, koers_index: int = 0) -> AnswerState:
        pk_id = self._plan_koers_ids[koers_index]
        with self._read() as session:
            row = session.scalars(
                select(m.Answer).where(m.Answer.plan_koers_id == pk_id, m.Answer.question_id == question_id)
            ).first()
            return _answer_state(row) if row else AnswerState(question_id)

    def answers(self, koers_index: int = 0) -> dict[str, AnswerState]:
        """Every saved answer of a koers, by question id (unanswered questions are absent)."""
        pk_id = self._plan_koers_ids[koers_index]
        with self._read() as session:
            rows = session.scalars(select(m.Answer).where(m.Answer.plan_koers_id == pk_id))
            return {row.question_id: _answer_state(row) for row in rows}

    def save_answer(self, question_id: str, text: str, status: str | None = None, author: str = "",
                    koers_index: int = 0) -> AnswerState:
        """Store the answer and keep the previous text as a version. Unchanged text is a no-op.

        Without an explicit status, a first non-empty text moves the answer from open to concept.
        """
        if status is not None and status not in ANSWER_STATUSES:
            raise PlanInputError(f"Onbekende status '{status}'; kies uit {', '.join(ANSWER_STATUSES)}.")
        pk_id = self._question_koers(question_id, koers_index)
        text = clean_text(text)
        with self._action() as session:
            row = session.scalars(
                select(m.Answer).where(m.Answer.plan_koers_id == pk_id, m.Answer.question_id == question_id)
            ).first()
            if row is None:
                row = m.Answer(plan_koers_id=pk_id, question_id=question_id, text="", status="open")
                session.add(row)
            new_status = status or ("concept" if row.status == "open" and text.strip() else row.status)
            if row.id is not None and row.text == text and row.status == new_status:
                return _answer_state(row)
            row.text = text
            row.status = new_status
            row.author = author or row.author
            row.updated_at = m.utcnow()
            session.add(m.AnswerVersion(answer=row, text=text, status=new_status, author=row.author,
                                        saved_at=row.updated_at))
            session.flush()
            return _answer_state(row)

    def history(self, question_id: str, koers_index: int = 0) -> list[AnswerVersionInfo]:
        """Every saved version of an answer, newest first."""
        pk_id = self._plan_koers_ids[koers_index]
        with self._read() as session:
            rows = session.scalars(
                select(m.AnswerVersion).join(m.Answer)
                .where(m.Answer.plan_koers_id == pk_id, m.Answer.question_id == question_id)
                .order_by(m.AnswerVersion.id.desc())
            )
            return [AnswerVersionInfo(v.id, v.text, v.status, v.author, v.saved_at) for v in rows]

    def restore(self, question_id: str, version_id: int, koers_index: int = 0) -> AnswerState:
        """Make an earlier version the current answer (itself saved as a new version)."""
        version = next((v for v in self.history(question_id, koers_index) if v.id == version_id), None)
        if version is None:
            raise PlanInputError("Deze versie van het antwoord bestaat niet (meer).")
        return self.save_answer(question_id, version.text, version.status, version.author, koers_index)

    def progress(self, element: Element, koers_index: int = 0) -> Progress:
        """Answered questions out of all questions in the element and everything below it."""
        answers = self.answers(koers_index)
        return progress_of(element, answers, self.koers.congruentie.min_woorden)

    # -- goals -----------------------------------------------------------------------------

    def goals(self, element_id: str | None = None) -> list[GoalInfo]:
        """All goals in plan order, or those on one element's page."""
        with self._read() as session:
            query = (select(m.Goal).options(selectinload(m.Goal.links))
                     .where(m.Goal.plan_id == self.plan_id).order_by(m.Goal.position, m.Goal.id))
            if element_id is not None:
                query = query.where(m.Goal.element_id == element_id)
            return [self._goal_info(g) for g in session.scalars(query)]

    def add_goal(self, primary: str | None = None, secondary: Sequence[str] = (), **fields: Any) -> GoalInfo:
        """Add a goal. ``primary``/``secondary`` are ids of targets or elements of the board koers."""
        _check_goal_fields(fields)
        with self._action() as session:
            last = session.scalars(
                select(m.Goal.position).where(m.Goal.plan_id == self.plan_id)
                .order_by(m.Goal.position.desc()).limit(1)
            ).first()
            goal = m.Goal(plan_id=self.plan_id, position=(last or 0) + 1, **fields)
            session.add(goal)
            self._replace_links(goal, primary, secondary)
            session.flush()
            return self._goal_info(goal)

    def update_goal(self, goal_id: int, **fields: Any) -> GoalInfo:
        _check_goal_fields(fields)
        with self._action() as session:
            goal = self._own_goal(session, goal_id)
            for name, value in fields.items():
                setattr(goal, name, value)
            session.flush()
            return self._goal_info(goal)

    def set_goal_links(self, goal_id: int, primary: str | None, secondary: Sequence[str] = ()) -> GoalInfo:
        with self._action() as session:
            goal = self._own_goal(session, goal_id)
            goal.links.clear()
            session.flush()
            self._replace_links(goal, primary, secondary)
            session.flush()
            return self._goal_info(goal)

    def delete_goal(self, goal_id: int) -> None:
        with self._action() as session:
            session.delete(self._own_goal(session, goal_id))

    def _own_goal(self, session: Session, goal_id: int) -> m.Goal:
        goal = session.get(m.Goal, goal_id)
        if goal is None or goal.plan_id != self.plan_id:
            raise PlanInputError("Dit doel bestaat niet (meer).")
        return goal

    def _replace_links(self, goal: m.Goal, primary: str | None, secondary: Sequence[str]) -> None:
        refs = ([primary] if primary else []) + [s for s in secondary if s != primary]
        for ref in refs:
            found = self.koers.find(ref)
            if not isinstance(found, (Target, Element)):
                raise PlanInputError(f"'{ref}' is geen doel of onderdeel van de koers.")
        if len(set(refs)) != len(refs):
            raise PlanInputError("Een doel kan maar één keer aan hetzelfde koersdoel gekoppeld worden.")
        for ref in refs:
            goal.links.append(m.GoalLink(plan_koers_id=self._plan_koers_ids[0], ref_id=ref,
                                         is_primary=ref == primary))

    def _goal_info(self, goal: m.Goal) -> GoalInfo:
        index = {pk: i for i, pk in enumerate(self._plan_koers_ids)}
        return GoalInfo(
            id=goal.id,
            **{name: getattr(goal, name) for name in GOAL_FIELDS},
            links=tuple(GoalLinkInfo(link.ref_id, link.is_primary, index.get(link.plan_koers_id, 0))
                        for link in goal.links),
        )

    # -- stances on board targets ------------------------------------------------------------

    def stances(self) -> dict[str, StanceInfo]:
        with self._read() as session:
            rows = session.scalars(
                select(m.TargetStance).where(m.TargetStance.plan_koers_id == self._plan_koers_ids[0])
            )
            return {r.target_id: StanceInfo(r.target_id, r.stance, r.reason) for r in rows}

    def set_stance(self, target_id: str, stance: str, reason: str) -> StanceInfo:
        """Mark a board target *al op orde* or *geen prioriteit deze periode*, with a reason."""
        if stance not in STANCES:
            raise PlanInputError(f"Onbekende keuze '{stance}'; kies uit {', '.join(STANCES)}.")
        if not isinstance(self.koers.find(target_id), Target):
            raise PlanInputError(f"'{target_id}' is geen doel van de koers.")
        if not reason.strip():
            raise PlanInputError("Geef een reden op.")
        pk_id = self._plan_koers_ids[0]
        with self._action() as session:
            row = session.scalars(
                select(m.TargetStance).where(m.TargetStance.plan_koers_id == pk_id,
                                             m.TargetStance.target_id == target_id)
            ).first()
            if row is None:
                row = m.TargetStance(plan_koers_id=pk_id, target_id=target_id)
                session.add(row)
            row.stance = stance
            row.reason = reason
        return StanceInfo(target_id, stance, reason)

    def clear_stance(self, target_id: str) -> None:
        with self._action() as session:
            session.execute(delete(m.TargetStance).where(
                m.TargetStance.plan_koers_id == self._plan_koers_ids[0],
                m.TargetStance.target_id == target_id))

    # -- the reader's decisions on passages -------------------------------------------------------

    def passage_decisions(self) -> list[PassageDecisionInfo]:
        """Confirmed, rejected and pointed-out passages, oldest first (plan files before version 4
        opened read-only have none)."""
        with self._read() as session:
            rows = session.scalars(select(m.PassageDecision).where(m.PassageDecision.scope == "")
                                   .order_by(m.PassageDecision.id)).all()
            return [PassageDecisionInfo(r.id, r.target_id, r.passage, r.decision) for r in rows]

    def decide_passage(self, target_id: str, passage: str, decision: str) -> PassageDecisionInfo:
        """Record that ``passage`` does (bevestigd, aangewezen) or does not (afgewezen) address the
        target; an earlier decision on the same passage and target is replaced."""
        if decision not in PASSAGE_DECISIONS:
            raise PlanInputError(f"Onbekende beslissing '{decision}'; kies uit {', '.join(PASSAGE_DECISIONS)}.")
        if not any(t.id == target_id for t in self.koers.targets()):
            raise PlanInputError(f"De koers heeft geen doel '{target_id}'.")
        passage = clean_text(passage).strip()
        if not passage:
            raise PlanInputError("Er is geen passage om over te beslissen.")
        with self._action() as session:
            for row in session.scalars(select(m.PassageDecision).where(
                    m.PassageDecision.scope == "", m.PassageDecision.target_id == target_id)):
                if same_passage(row.passage) == same_passage(passage):
                    session.delete(row)
            row = m.PassageDecision(scope="", target_id=target_id, passage=passage, decision=decision)
            session.add(row)
            session.flush()
            return PassageDecisionInfo(row.id, target_id, passage, decision)

    def undo_passage_decisions(self, target_id: str, decision: str | None = None) -> int:
        """Take back the decisions on a target (only those of one kind, if given); returns how many."""
        with self._action() as session:
            query = select(m.PassageDecision).where(m.PassageDecision.scope == "",
                                                    m.PassageDecision.target_id == target_id)
            if decision is not None:
                query = query.where(m.PassageDecision.decision == decision)
            rows = session.scalars(query).all()
            for row in rows:
                session.delete(row)
            return len(rows)


def _answer_state(row: m.Answer) -> AnswerState:
    return AnswerState(row.question_id, row.text, row.status, row.author, row.updated_at)


def _as_dict(profile: Profile) -> dict[str, Any]:
    return {name: getattr(profile, name) for name in PROFILE_FIELDS}


def _check_profile(profile: Profile) -> None:
    if not profile.school_name.strip():
        raise PlanInputError("Vul de naam van de school in.")
    if profile.sector not in SECTORS:
        raise PlanInputError(f"Kies als sector PO, VO of SO (niet '{profile.sector}').")
    if profile.period_end <= profile.period_start:
        raise PlanInputError("Het eindjaar van de planperiode moet na het beginjaar liggen.")
    if profile.pupils is not None and profile.pupils < 0:
        raise PlanInputError("Het aantal leerlingen kan niet negatief zijn.")


def _check_goal_fields(fields: dict[str, Any]) -> None:
    unknown = set(fields) - set(GOAL_FIELDS)
    if unknown:
        raise TypeError(f"unknown goal fields: {sorted(unknown)}")
