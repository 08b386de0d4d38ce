"""The tables of a schoolplan database, as typed SQLAlchemy 2 mappings.

Portable SQL only: a ``.schoolplan`` file is SQLite, but the same tables must work in a
board-wide PostgreSQL store, and one database may hold several plans.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the database itself: schema version, application."""

    __tablename__ = "koerswijzer_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class KoersSnapshot(Base):
    """The exact koers file a plan was written against, so the plan opens without it."""

    __tablename__ = "koers_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    koers_id: Mapped[str] = mapped_column(String(200))
    versie: Mapped[str] = mapped_column(String(50))
    titel: Mapped[str] = mapped_column(Text)
    source_text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Plan(Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_name: Mapped[str] = mapped_column(Text)
    brin: Mapped[str] = mapped_column(String(16), default="")
    sector: Mapped[str] = mapped_column(String(4), default="PO")
    director: Mapped[str] = mapped_column(Text, default="")
    onderwijsconcept: Mapped[str] = mapped_column(Text, default="")
    denominatie: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[int] = mapped_column(Integer)
    period_end: Mapped[int] = mapped_column(Integer)
    pupils: Mapped[int | None] = mapped_column(Integer, nullable=True)
    context: Mapped[str] = mapped_column(Text, default="")
    plan_versie: Mapped[str] = mapped_column(Text, default="", server_default="")
    mr_instemming: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    vaststelling: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    koersen: Mapped[list[PlanKoers]] = relationship(
        back_populates="plan", order_by="PlanKoers.position", cascade="all, delete-orphan"
    )


class PlanKoers(Base):
    """A koers the plan is held to. Position 0 is the board's koers; others are additional
    (for instance the ondersteuningsplan of the samenwerkingsverband)."""

    __tablename__ = "plan_koersen"
    __table_args__ = (UniqueConstraint("plan_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("koers_snapshots.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[Plan] = relationship(back_populates="koersen")
    snapshot: Mapped[KoersSnapshot] = relationship()


class Answer(Base):
    """The current answer to one centrale vraag."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("plan_koers_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_koers_id: Mapped[int] = mapped_column(ForeignKey("plan_koersen.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    author: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    versions: Mapped[list[AnswerVersion]] = relationship(
        back_populates="answer", order_by="AnswerVersion.id", cascade="all, delete-orphan"
    )


class AnswerVersion(Base):
    """Every saved state of an answer, so any earlier one can be restored."""

    __tablename__ = "answer_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    answer_id: Mapped[int] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    answer: Mapped[Answer] = relationship(back_populates="versions")


class Goal(Base):
    """A school goal (ambitie/doel) with its SMART fields."""

    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    # The koers element whose page the goal belongs on; None for goals of the plan as a whole.
    element_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    wat: Mapped[str] = mapped_column(Text, default="")
    hoe: Mapped[str] = mapped_column(Text, default="")
    # First calendar year of the school year: 2025 means 2025-2026.
    schooljaar: Mapped[int | None] = mapped_column(Integer, nullable=True)
    eigenaar: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str] = mapped_column(Text, default="")
    streefwaarde: Mapped[str] = mapped_column(Text, default="")
    merkbaar: Mapped[str] = mapped_column(Text, default="")
    evaluatie: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    links: Mapped[list[GoalLink]] = relationship(
        back_populates="goal", order_by="GoalLink.id", cascade="all, delete-orphan"
    )


class GoalLink(Base):
    """A goal's link to a koers target or element. At most one per goal is primary."""

    __tablename__ = "goal_links"
    __table_args__ = (
        UniqueConstraint("goal_id", "plan_koers_id", "ref_id"),
        Index(
            "one_primary_link_per_goal",
            "goal_id",
            unique=True,
            sqlite_where=text("is_primary"),
            postgresql_where=text("is_primary"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"))
    plan_koers_id: Mapped[int] = mapped_column(ForeignKey("plan_koersen.id", ondelete="CASCADE"))
    ref_id: Mapped[str] = mapped_column(String(200))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)

    goal: Mapped[Goal] = relationship(back_populates="links")


class TargetStance(Base):
    """A board target the school handles without a goal: al op orde / geen prioriteit."""

    __tablename__ = "target_stances"
    __table_args__ = (UniqueConstraint("plan_koers_id", "target_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_koers_id: Mapped[int] = mapped_column(ForeignKey("plan_koersen.id", ondelete="CASCADE"))
    target_id: Mapped[str] = mapped_column(String(200))
    stance: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# -- board review (schema version 2) ----------------------------------------------------------------


class ReviewSet(Base):
    """A board's review round: the schoolplannen of its schools judged against one koers."""

    __tablename__ = "review_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")
    snapshot_id: Mapped[int] = mapped_column(ForeignKey("koers_snapshots.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReviewDocument(Base):
    """One school's plan in a review round; a newer version of the file raises ``version``."""

    __tablename__ = "review_documents"
    __table_args__ = (UniqueConstraint("set_id", "school_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("review_sets.id", ondelete="CASCADE"), index=True)
    school_key: Mapped[str] = mapped_column(String(300))
    school: Mapped[str] = mapped_column(Text, default="")
    path: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    result_json: Mapped[str] = mapped_column(Text, default="{}")
    error: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReviewJudgement(Base):
    """The reviewer's own judgement of one element of one school's plan, with a comment."""

    __tablename__ = "review_judgements"
    __table_args__ = (UniqueConstraint("document_id", "element_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("review_documents.id", ondelete="CASCADE"))
    element_id: Mapped[str] = mapped_column(String(200))
    judgement: Mapped[str] = mapped_column(String(32), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    on_version: Mapped[int] = mapped_column(Integer, default=1)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


# -- team workshops (schema version 3) ----------------------------------------------------------------


class WorkshopSession(Base):
    """A team session (studiedag) on chosen centrale vragen; ``uid`` marks its werkbladen."""

    __tablename__ = "workshop_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(Text, default="")
    held_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    dots_per_group: Mapped[int] = mapped_column(Integer, default=3)
    timer_seconds: Mapped[int] = mapped_column(Integer, default=600)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class WorkshopGroup(Base):
    """A group in a session ("Onderbouw", "Bovenbouw", "OOP")."""

    __tablename__ = "workshop_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("workshop_sessions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class WorkshopQuestion(Base):
    """A centrale vraag chosen for a session, in the facilitator's order."""

    __tablename__ = "workshop_questions"
    __table_args__ = (UniqueConstraint("session_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("workshop_sessions.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Contribution(Base):
    """What a group said or wrote about a centrale vraag: a card. Deleting only hides it, so it
    can be undone; a merged card points at the card it went into."""

    __tablename__ = "contributions"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("workshop_sessions.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(200), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("workshop_groups.id", ondelete="SET NULL"), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(16), default="scherm")  # scherm / werkblad
    source_key: Mapped[str] = mapped_column(String(64), default="", index=True)
    processed: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Vote(Base):
    """One dot a group put on a card."""

    __tablename__ = "votes"

    id: Mapped[int] = mapped_column(primary_key=True)
    contribution_id: Mapped[int] = mapped_column(ForeignKey("contributions.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("workshop_groups.id", ondelete="CASCADE"), nullable=True)


# -- the reader corrects the machine (schema version 4) -----------------------------------------------


class PassageDecision(Base):
    """A reader's decision on a passage and a board target: this passage does (or does not)
    address the target. It holds across checks: a rejected passage does not come back, a confirmed
    or pointed-out one counts even if the engine would not find it. ``scope`` is empty in a plan file
    and the school's key in a review file."""

    __tablename__ = "passage_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(300), default="", index=True)
    target_id: Mapped[str] = mapped_column(String(200))
    passage: Mapped[str] = mapped_column(Text)
    decision: Mapped[str] = mapped_column(String(16))  # bevestigd, afgewezen, aangewezen
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# -- the living plan: jaarplannen, quarters, evaluations (schema version 6) --------------------------


class Jaarplan(Base):
    """The plan of one school year, made from the meerjarenplanning."""

    __tablename__ = "jaarplannen"
    __table_args__ = (UniqueConstraint("plan_id", "schooljaar"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    schooljaar: Mapped[int] = mapped_column(Integer)  # first calendar year: 2025 is 2025-2026
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    doelen: Mapped[list[JaarplanDoel]] = relationship(
        back_populates="jaarplan", order_by="JaarplanDoel.position", cascade="all, delete-orphan")


class JaarplanDoel(Base):
    """A school goal in a jaarplan. A goal split over years is in several; a goal carried over
    names the entry it came from and why."""

    __tablename__ = "jaarplan_doelen"
    __table_args__ = (UniqueConstraint("jaarplan_id", "goal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    jaarplan_id: Mapped[int] = mapped_column(ForeignKey("jaarplannen.id", ondelete="CASCADE"), index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("jaarplan_doelen.id", ondelete="SET NULL"), nullable=True)
    carry_reason: Mapped[str] = mapped_column(Text, default="")

    jaarplan: Mapped[Jaarplan] = relationship(back_populates="doelen")
    acties: Mapped[list[Actie]] = relationship(
        back_populates="doel", order_by="Actie.position", cascade="all, delete-orphan")


class Actie(Base):
    """A step of a goal's hoe in a school year: who, when, what it costs, how far it is."""

    __tablename__ = "acties"

    id: Mapped[int] = mapped_column(primary_key=True)
    jaarplan_doel_id: Mapped[int] = mapped_column(ForeignKey("jaarplan_doelen.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    tekst: Mapped[str] = mapped_column(Text, default="")
    wie: Mapped[str] = mapped_column(Text, default="")
    wanneer: Mapped[str] = mapped_column(String(40), default="")  # a month ("2025-10") or a period ("2025-10/2025-12")
    uren: Mapped[int | None] = mapped_column(Integer, nullable=True)
    euros: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="niet_gestart")

    doel: Mapped[JaarplanDoel] = relationship(back_populates="acties")


class KwartaalStand(Base):
    """A goal's progress in one quarter: a mark, a short text, and the indicator's measured value."""

    __tablename__ = "kwartaalstanden"
    __table_args__ = (UniqueConstraint("goal_id", "kwartaal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    kwartaal: Mapped[str] = mapped_column(String(7))  # "2026-Q2"
    markering: Mapped[str] = mapped_column(String(16))  # op_koers, aandacht, achter
    toelichting: Mapped[str] = mapped_column(Text, default="")
    waarde: Mapped[str] = mapped_column(String(40), default="")  # a decimal number as text, or ""
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Bewijs(Base):
    """Evidence for a goal: a note, a file copied into the plan, or a file referenced by its path."""

    __tablename__ = "bewijzen"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    kwartaal: Mapped[str] = mapped_column(String(7), default="")
    soort: Mapped[str] = mapped_column(String(16))  # notitie, bestand, verwijzing
    naam: Mapped[str] = mapped_column(Text, default="")
    notitie: Mapped[str] = mapped_column(Text, default="")
    pad: Mapped[str] = mapped_column(Text, default="")
    inhoud: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    grootte: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Evaluatie(Base):
    """The end of the year for a goal in a jaarplan, along the PDCA cycle."""

    __tablename__ = "evaluaties"

    id: Mapped[int] = mapped_column(primary_key=True)
    jaarplan_doel_id: Mapped[int] = mapped_column(
        ForeignKey("jaarplan_doelen.id", ondelete="CASCADE"), unique=True)
    uitgevoerd: Mapped[str] = mapped_column(String(16))  # volgens_plan, deels, niet
    bereik: Mapped[str] = mapped_column(Text, default="")  # whom it reached
    opbrengst: Mapped[str] = mapped_column(Text, default="")  # what it yielded against its indicator
    vervolg: Mapped[str] = mapped_column(String(16))  # behouden, bijstellen, stoppen
    toelichting: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Wijziging(Base):
    """The plan's history of the living plan: one Dutch line per change, newest last."""

    __tablename__ = "wijzigingen"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    tekst: Mapped[str] = mapped_column(Text)
