"""Make a plan's database behave as if the disk were full."""

from __future__ import annotations

from sqlalchemy import Engine, event, text


def fill_disk(engine: Engine) -> None:
    """Cap the file at its current size: SQLite's page limit fails the next growth of the file
    with the same error ("database or disk is full") as a full disk does."""
    with engine.begin() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()

    @event.listens_for(engine, "connect")
    def cap(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    engine.dispose()  # new connections get the cap
