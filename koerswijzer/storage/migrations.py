"""Versioned schema upgrades.

A new database is created from the current models and stamped with ``SCHEMA_VERSION``.
An older database is brought up one step at a time by ``UPGRADES``: step N takes a
database at version N-1 to version N, inside the same transaction as the version bump.
A test migrates the checked-in v1 fixture and compares it with a fresh database, so a
model change without its upgrade step fails there.

To change the schema: change the models, raise ``SCHEMA_VERSION``, add the step to
``UPGRADES`` and check in a fixture file made by the previous version.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, select

from koerswijzer.storage.models import Base, Meta

SCHEMA_VERSION = 6
APPLICATION = "koerswijzer"

Upgrade = Callable[[Connection], None]


def _add_review_tables(conn: Connection) -> None:
    """Version 2: the board's review rounds, documents and judgements."""
    from koerswijzer.storage.models import ReviewDocument, ReviewJudgement, ReviewSet

    for model in (ReviewSet, ReviewDocument, ReviewJudgement):
        model.__table__.create(conn)  # type: ignore[attr-defined]


def _add_workshop_tables(conn: Connection) -> None:
    """Version 3: team workshops: sessions, groups, chosen questions, contributions and votes."""
    from koerswijzer.storage.models import Contribution, Vote, WorkshopGroup, WorkshopQuestion, WorkshopSession

    for model in (WorkshopSession, WorkshopGroup, WorkshopQuestion, Contribution, Vote):
        model.__table__.create(conn)  # type: ignore[attr-defined]


def _add_passage_decisions(conn: Connection) -> None:
    """Version 4: the reader's decisions on passages (confirmed, rejected, pointed out)."""
    from koerswijzer.storage.models import PassageDecision

    PassageDecision.__table__.create(conn)  # type: ignore[attr-defined]


def _add_plan_version(conn: Connection) -> None:
    """Version 5: the plan's own version, which the director sets ("1.0", "concept voor de MR")."""
    from sqlalchemy import text

    conn.execute(text("ALTER TABLE plans ADD COLUMN plan_versie TEXT NOT NULL DEFAULT ''"))


def _add_living_plan(conn: Connection) -> None:
    """Version 6: jaarplannen with their goals and actions, quarterly marks, evidence, evaluations
    and the history of those changes."""
    from koerswijzer.storage.models import (
        Actie,
        Bewijs,
        Evaluatie,
        Jaarplan,
        JaarplanDoel,
        KwartaalStand,
        Wijziging,
    )

    for model in (Jaarplan, JaarplanDoel, Actie, KwartaalStand, Bewijs, Evaluatie, Wijziging):
        model.__table__.create(conn)  # type: ignore[attr-defined]


# version -> step that upgrades a database at version - 1 to version.
UPGRADES: dict[int, Upgrade] = {2: _add_review_tables, 3: _add_workshop_tables, 4: _add_passage_decisions,
                                5: _add_plan_version, 6: _add_living_plan}


def read_version(conn: Connection) -> int | None:
    """The schema version, or None when the database has no Koerswijzer tables."""
    if not conn.dialect.has_table(conn, Meta.__tablename__):
        return None
    value = conn.execute(select(Meta.value).where(Meta.key == "schema_version")).scalar()
    return int(value) if value is not None else None


def _set_version(conn: Connection, version: int) -> None:
    table = Meta.__table__
    conn.execute(table.delete().where(table.c.key == "schema_version"))
    conn.execute(table.insert().values(key="schema_version", value=str(version)))


def create_schema(conn: Connection) -> None:
    """Make an empty database a Koerswijzer database at the current version."""
    Base.metadata.create_all(conn)
    conn.execute(Meta.__table__.insert().values(key="application", value=APPLICATION))
    _set_version(conn, SCHEMA_VERSION)


def upgrade(conn: Connection, from_version: int) -> list[int]:
    """Run every step from ``from_version`` to ``SCHEMA_VERSION``; returns the versions applied."""
    applied = []
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        UPGRADES[version](conn)
        _set_version(conn, version)
        applied.append(version)
    return applied
