"""Team workshops: sessions on chosen centrale vragen, groups, contributions (cards) and dot votes.

Everything is stored in the plan file, next to the answers it feeds. Every method is one user
action and one transaction, like :class:`koerswijzer.plan.Schoolplan`; the changes that the GUI
offers to undo (edit, merge, delete, vote) each have their exact inverse here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.schoolplan import Schoolplan
from koerswijzer.storage import models as m

SOURCES = {"scherm": "tijdens de sessie", "werkblad": "werkblad"}


class WorkshopInputError(KoerswijzerError):
    """Something the facilitator asked that the session cannot take."""


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    uid: str
    name: str
    held_on: dt.date | None
    groups: tuple[GroupInfo, ...]
    question_ids: tuple[str, ...]
    dots_per_group: int
    timer_seconds: int

    @property
    def label(self) -> str:
        when = f" ({self.held_on:%d-%m-%Y})" if self.held_on else ""
        return f"{self.name}{when}"

    def group(self, group_id: int | None) -> GroupInfo | None:
        return next((g for g in self.groups if g.id == group_id), None)


@dataclass(frozen=True, slots=True)
class ContributionInfo:
    id: int
    session_id: int
    question_id: str
    group_id: int | None
    group_name: str
    text: str
    source: str
    processed: bool
    votes_by_group: dict[int | None, int] = field(default_factory=dict)
    position: int = 0

    @property
    def votes(self) -> int:
        return sum(self.votes_by_group.values())


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """What :meth:`Workshops.merge` changed, so :meth:`Workshops.unmerge` can put it back."""

    target_id: int
    old_text: str
    merged_ids: tuple[int, ...]
    moved_votes: dict[int, int]  # vote id -> the card it was on


def contribution_key(session_uid: str, group: str, question_id: str, text: str) -> str:
    """Identifies an imported answer, so importing the same werkblad twice adds nothing."""
    normal = " ".join(text.split()).lower()
    return hashlib.sha256(f"{session_uid}\x1f{group}\x1f{question_id}\x1f{normal}".encode()).hexdigest()


class Workshops:
    """The workshop sessions of one plan."""

    def __init__(self, plan: Schoolplan) -> None:
        self.plan = plan

    # -- sessions ---------------------------------------------------------------------------

    def create_session(self, name: str, held_on: dt.date | None, groups: Sequence[str],
                       question_ids: Sequence[str], dots_per_group: int = 3, timer_seconds: int = 600) -> SessionInfo:
        name = name.strip()
        groups = [g.strip() for g in groups if g.strip()]
        if not name:
            raise WorkshopInputError("Geef de sessie een naam.")
        if not groups:
            raise WorkshopInputError("Geef minstens één groep op, bijvoorbeeld 'Onderbouw'.")
        if len({g.lower() for g in groups}) != len(groups):
            raise WorkshopInputError("Twee groepen hebben dezelfde naam.")
        self._check_questions(question_ids)
        self._check_settings(dots_per_group, timer_seconds)
        with self.plan.transaction() as session:
            row = m.WorkshopSession(plan_id=self.plan.plan_id, uid=str(uuid.uuid4()), name=name, held_on=held_on,
                                    dots_per_group=dots_per_group, timer_seconds=timer_seconds)
            session.add(row)
            session.flush()
            for position, group in enumerate(groups):
                session.add(m.WorkshopGroup(session_id=row.id, name=group, position=position))
            self._write_questions(session, row.id, question_ids)
            session_id = row.id
        return self.session(session_id)

    def update_session(self, session_id: int, *, name: str | None = None, held_on: dt.date | None = None,
                       question_ids: Sequence[str] | None = None, dots_per_group: int | None = None,
                       timer_seconds: int | None = None, add_groups: Sequence[str] = ()) -> SessionInfo:
        if question_ids is not None:
            self._check_questions(question_ids)
        self._check_settings(dots_per_group, timer_seconds)
        with self.plan.transaction() as session:
            row = self._own_session(session, session_id)
            if name is not None and name.strip():
                row.name = name.strip()
            if held_on is not None:
                row.held_on = held_on
            if dots_per_group is not None:
                row.dots_per_group = dots_per_group
            if timer_seconds is not None:
                row.timer_seconds = timer_seconds
            if question_ids is not None:
                self._write_questions(session, row.id, question_ids)
            known = {g.name.lower() for g in session.scalars(
                select(m.WorkshopGroup).where(m.WorkshopGroup.session_id == row.id))}
            for group in (g.strip() for g in add_groups):
                if group and group.lower() not in known:
                    session.add(m.WorkshopGroup(session_id=row.id, name=group, position=len(known)))
                    known.add(group.lower())
        return self.session(session_id)

    def delete_session(self, session_id: int) -> None:
        with self.plan.transaction() as session:
            session.delete(self._own_session(session, session_id))

    def sessions(self) -> list[SessionInfo]:
        with self.plan.reading() as session:
            ids = session.scalars(select(m.WorkshopSession.id).where(m.WorkshopSession.plan_id == self.plan.plan_id)
                                  .order_by(m.WorkshopSession.created_at, m.WorkshopSession.id)).all()
        return [self.session(i) for i in ids]

    def session(self, session_id: int) -> SessionInfo:
        with self.plan.reading() as session:
            row = self._own_session(session, session_id)
            groups = session.scalars(select(m.WorkshopGroup).where(m.WorkshopGroup.session_id == row.id)
                                     .order_by(m.WorkshopGroup.position, m.WorkshopGroup.id))
            questions = session.scalars(select(m.WorkshopQuestion.question_id)
                                        .where(m.WorkshopQuestion.session_id == row.id)
                                        .order_by(m.WorkshopQuestion.position))
            return SessionInfo(row.id, row.uid, row.name, row.held_on, tuple(GroupInfo(g.id, g.name) for g in groups),
                               tuple(questions), row.dots_per_group, row.timer_seconds)

    def session_by_uid(self, uid: str) -> SessionInfo | None:
        with self.plan.reading() as session:
            found = session.scalars(select(m.WorkshopSession.id).where(
                m.WorkshopSession.uid == uid, m.WorkshopSession.plan_id == self.plan.plan_id)).first()
        return self.session(found) if found is not None else None

    # -- contributions ------------------------------------------------------------------------

    def add(self, session_id: int, question_id: str, group_id: int | None, text: str,
            source: str = "scherm", source_key: str = "") -> ContributionInfo:
        text = text.strip()
        if not text:
            raise WorkshopInputError("Een lege bijdrage wordt niet bewaard.")
        with self.plan.transaction() as session:
            self._own_session(session, session_id)
            self._check_group(session, session_id, group_id)
            new_id = self._new_card(session, session_id, question_id, group_id, text, source, source_key)
        return self.contribution(new_id)

    def add_many(self, session_id: int, group_id: int | None, items: Sequence[tuple[str, str, str]],
                 source: str = "werkblad") -> tuple[list[int], int]:
        """Add (question id, text, source key) answers in one transaction, skipping every key that
        is already in the plan. Returns the new ids and the number skipped."""
        with self.plan.transaction() as session:
            self._own_session(session, session_id)
            self._check_group(session, session_id, group_id)
            keys = [key for _q, _t, key in items if key]
            known = set(session.scalars(select(m.Contribution.source_key).join(
                m.WorkshopSession, m.WorkshopSession.id == m.Contribution.session_id).where(
                m.WorkshopSession.plan_id == self.plan.plan_id, m.Contribution.source_key.in_(keys)))) if keys else set()
            rows, skipped = [], 0
            for question_id, text, key in items:
                if (key and key in known) or not text.strip():
                    skipped += 1
                    continue
                known.add(key)
                rows.append(self._new_card(session, session_id, question_id, group_id, text.strip(), source, key))
        return rows, skipped

    @staticmethod
    def _new_card(session, session_id: int, question_id: str, group_id: int | None,  # type: ignore[no-untyped-def]
                  text: str, source: str, source_key: str) -> int:
        """A card at the end of its question's cards; returns its id."""
        last = session.scalar(select(func.max(m.Contribution.position)).where(
            m.Contribution.session_id == session_id, m.Contribution.question_id == question_id))
        row = m.Contribution(session_id=session_id, question_id=question_id, group_id=group_id, text=text,
                             position=(last or 0) + 1, source=source, source_key=source_key)
        session.add(row)
        session.flush()
        return row.id

    def contribution(self, contribution_id: int) -> ContributionInfo:
        found = self._contributions(m.Contribution.id == contribution_id, include_deleted=True)
        if not found:
            raise WorkshopInputError("Deze bijdrage bestaat niet (meer).")
        return found[0]

    def contributions(self, session_id: int | None = None, question_id: str | None = None) -> list[ContributionInfo]:
        """Visible cards, in the order they were added; of one session and/or one question."""
        conditions = []
        if session_id is not None:
            conditions.append(m.Contribution.session_id == session_id)
        if question_id is not None:
            conditions.append(m.Contribution.question_id == question_id)
        return self._contributions(*conditions)

    def _contributions(self, *conditions, include_deleted: bool = False) -> list[ContributionInfo]:  # type: ignore[no-untyped-def]
        with self.plan.reading() as session:
            query = (select(m.Contribution, m.WorkshopGroup.name).select_from(m.Contribution)
                     .join(m.WorkshopSession, m.WorkshopSession.id == m.Contribution.session_id)
                     .outerjoin(m.WorkshopGroup, m.WorkshopGroup.id == m.Contribution.group_id)
                     .where(m.WorkshopSession.plan_id == self.plan.plan_id, *conditions)
                     .order_by(m.Contribution.session_id, m.Contribution.position, m.Contribution.id))
            if not include_deleted:
                query = query.where(m.Contribution.deleted.is_(False))
            rows = session.execute(query).all()
            ids = [c.id for c, _ in rows]
            votes: dict[int, dict[int | None, int]] = {}
            if ids:
                for cid, gid, count in session.execute(
                        select(m.Vote.contribution_id, m.Vote.group_id, func.count())
                        .where(m.Vote.contribution_id.in_(ids)).group_by(m.Vote.contribution_id, m.Vote.group_id)):
                    votes.setdefault(cid, {})[gid] = count
            return [ContributionInfo(c.id, c.session_id, c.question_id, c.group_id, name or "", c.text, c.source,
                                     c.processed, votes.get(c.id, {}), c.position) for c, name in rows]

    def edit(self, contribution_id: int, text: str) -> str:
        """Change a card's text; returns the old text (for undo)."""
        text = text.strip()
        if not text:
            raise WorkshopInputError("Een bijdrage kan niet leeg zijn; verwijder hem als hij weg moet.")
        with self.plan.transaction() as session:
            row = self._own_contribution(session, contribution_id)
            old, row.text = row.text, text
        return old

    def delete(self, contribution_id: int) -> None:
        self._set_deleted(contribution_id, True)

    def restore(self, contribution_id: int) -> None:
        self._set_deleted(contribution_id, False)

    def _set_deleted(self, contribution_id: int, deleted: bool) -> None:
        with self.plan.transaction() as session:
            self._own_contribution(session, contribution_id).deleted = deleted

    def merge(self, target_id: int, others: Sequence[int]) -> MergeRecord:
        """Merge cards into one: the texts are joined, the dots move along, the others disappear."""
        others = [o for o in others if o != target_id]
        if not others:
            raise WorkshopInputError("Kies minstens twee bijdragen om samen te voegen.")
        with self.plan.transaction() as session:
            target = self._own_contribution(session, target_id)
            old_text = target.text
            texts = [target.text]
            moved: dict[int, int] = {}
            for other_id in others:
                other = self._own_contribution(session, other_id)
                if other.question_id != target.question_id:
                    raise WorkshopInputError("Alleen bijdragen bij dezelfde vraag kunnen worden samengevoegd.")
                texts.append(other.text)
                other.deleted, other.merged_into = True, target.id
                for vote in session.scalars(select(m.Vote).where(m.Vote.contribution_id == other.id)):
                    moved[vote.id] = other.id
                    vote.contribution_id = target.id
            target.text = "\n".join(texts)
        return MergeRecord(target_id, old_text, tuple(others), moved)

    def unmerge(self, record: MergeRecord) -> None:
        with self.plan.transaction() as session:
            target = self._own_contribution(session, record.target_id)
            target.text = record.old_text
            for other_id in record.merged_ids:
                other = self._own_contribution(session, other_id)
                other.deleted, other.merged_into = False, None
            for vote_id, card in record.moved_votes.items():
                vote = session.get(m.Vote, vote_id)
                if vote is not None:
                    vote.contribution_id = card

    def set_processed(self, contribution_id: int, processed: bool = True) -> None:
        with self.plan.transaction() as session:
            self._own_contribution(session, contribution_id).processed = processed

    # -- dot voting ---------------------------------------------------------------------------

    def dots_left(self, session_id: int, group_id: int) -> int:
        with self.plan.reading() as session:
            dots = session.scalar(select(m.WorkshopSession.dots_per_group).where(
                m.WorkshopSession.id == session_id, m.WorkshopSession.plan_id == self.plan.plan_id)) or 0
            used = session.scalar(select(func.count()).select_from(m.Vote).join(
                m.Contribution, m.Contribution.id == m.Vote.contribution_id).where(
                m.Contribution.session_id == session_id, m.Contribution.deleted.is_(False),
                m.Vote.group_id == group_id)) or 0
        return max(0, dots - used)

    def vote(self, contribution_id: int, group_id: int) -> int:
        """Put one of the group's dots on a card; returns the vote's id (for undo)."""
        card = self.contribution(contribution_id)
        info = self.session(card.session_id)
        group = info.group(group_id)
        if group is None:
            raise WorkshopInputError("Deze groep hoort niet bij de sessie.")
        if self.dots_left(card.session_id, group_id) <= 0:
            raise WorkshopInputError(f"{group.name} heeft alle {info.dots_per_group} stippen al gebruikt.")
        with self.plan.transaction() as session:
            vote = m.Vote(contribution_id=contribution_id, group_id=group_id)
            session.add(vote)
            session.flush()
            return vote.id

    def unvote(self, contribution_id: int, group_id: int) -> bool:
        """Take one of the group's dots off a card; False when it had none there."""
        with self.plan.transaction() as session:
            vote = session.scalars(select(m.Vote).where(m.Vote.contribution_id == contribution_id,
                                                        m.Vote.group_id == group_id).order_by(m.Vote.id.desc())).first()
            if vote is None:
                return False
            session.delete(vote)
            return True

    def remove_vote(self, vote_id: int) -> None:
        with self.plan.transaction() as session:
            vote = session.get(m.Vote, vote_id)
            if vote is not None:
                session.delete(vote)

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _check_settings(dots_per_group: int | None, timer_seconds: int | None) -> None:
        if dots_per_group is not None and not 0 <= dots_per_group <= 50:
            raise WorkshopInputError("Het aantal stippen per groep ligt tussen 0 en 50.")
        if timer_seconds is not None and not 0 <= timer_seconds <= 4 * 3600:
            raise WorkshopInputError("De tijd per vraag ligt tussen 0 en 4 uur.")

    @staticmethod
    def _check_group(session, session_id: int, group_id: int | None) -> None:  # type: ignore[no-untyped-def]
        if group_id is not None:
            group = session.get(m.WorkshopGroup, group_id)
            if group is None or group.session_id != session_id:
                raise WorkshopInputError("Deze groep hoort niet bij de sessie.")

    @staticmethod
    def _write_questions(session, session_id: int, question_ids: Sequence[str]) -> None:  # type: ignore[no-untyped-def]
        """The session's questions, in this order (replacing what it had)."""
        for old in session.scalars(select(m.WorkshopQuestion).where(m.WorkshopQuestion.session_id == session_id)):
            session.delete(old)
        session.flush()
        for position, qid in enumerate(question_ids):
            session.add(m.WorkshopQuestion(session_id=session_id, question_id=qid, position=position))

    def _check_questions(self, question_ids: Sequence[str]) -> None:
        if not question_ids:
            raise WorkshopInputError("Kies minstens één centrale vraag voor de sessie.")
        known = {q.id for q in self.plan.koers.questions()}
        unknown = [q for q in question_ids if q not in known]
        if unknown:
            raise WorkshopInputError(f"Deze vragen staan niet in de koers: {', '.join(unknown)}.")
        if len(set(question_ids)) != len(question_ids):
            raise WorkshopInputError("Een vraag staat twee keer in de sessie.")

    def _own_session(self, session, session_id: int) -> m.WorkshopSession:  # type: ignore[no-untyped-def]
        row = session.get(m.WorkshopSession, session_id)
        if row is None or row.plan_id != self.plan.plan_id:
            raise WorkshopInputError("Deze sessie bestaat niet (meer).")
        return row

    def _own_contribution(self, session, contribution_id: int) -> m.Contribution:  # type: ignore[no-untyped-def]
        row = session.get(m.Contribution, contribution_id)
        if row is None:
            raise WorkshopInputError("Deze bijdrage bestaat niet (meer).")
        self._own_session(session, row.session_id)
        return row


def quoted(card: ContributionInfo) -> str:
    """A card as a Markdown quote with its group: how the answer cites the team."""
    lines = card.text.splitlines() or [""]
    return "\n".join(f"> {line}" for line in lines) + f"\n>\n> — *{card.group_name or 'team'}*"
