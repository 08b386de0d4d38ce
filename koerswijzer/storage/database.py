"""Open and create schoolplan databases: checks first, never a write to a file we don't trust.

A ``.schoolplan`` file is probed read-only before anything may write to it: is it SQLite,
is it intact, is it ours, is it not from a newer version. Only then is it opened for
writing, in WAL mode with foreign keys on. Other SQLAlchemy URLs skip the file checks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from koerswijzer.errors import PlanFileError
from koerswijzer.storage import migrations

SQLITE_HEADER = b"SQLite format 3\x00"


def is_url(target: str) -> bool:
    return "://" in target


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable against a crash of the application (WAL), at a fraction of FULL's cost.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _name(path: Path) -> str:
    return f"'{path.name}'"


def probe_plan_file(path: Path) -> int:
    """Check a file read-only and return its schema version. Raises :class:`PlanFileError`."""
    if not path.exists():
        raise PlanFileError(f"Het bestand {_name(path)} bestaat niet.")
    if path.is_dir():
        raise PlanFileError(f"{_name(path)} is een map, geen schoolplan.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise PlanFileError(f"U heeft geen toestemming om {_name(path)} te lezen.") from None
    except OSError as exc:
        raise PlanFileError(f"{_name(path)} kan niet worden gelezen ({exc.strerror}).") from None
    if not header:
        raise PlanFileError(f"{_name(path)} is leeg; het is geen schoolplan.")
    if header != SQLITE_HEADER:
        raise PlanFileError(
            f"{_name(path)} is geen schoolplan van Koerswijzer. Kies een .schoolplan-bestand."
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise PlanFileError(f"{_name(path)} kan niet worden geopend.") from None
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise _corrupt(path)
        has_meta = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
            (migrations.Meta.__tablename__,),
        ).fetchone()
        if not has_meta:
            raise PlanFileError(
                f"{_name(path)} is een database, maar geen schoolplan van Koerswijzer."
            )
        row = conn.execute(
            "SELECT value FROM koerswijzer_meta WHERE key='schema_version'"
        ).fetchone()
    except sqlite3.DatabaseError:
        raise _corrupt(path) from None
    finally:
        conn.close()
    try:
        version = int(row[0]) if row else 0
    except ValueError:
        raise _corrupt(path) from None
    if version < 1:
        raise _corrupt(path)
    if version > migrations.SCHEMA_VERSION:
        raise PlanFileError(
            f"{_name(path)} is gemaakt met een nieuwere versie van Koerswijzer "
            f"(bestandsversie {version}; deze versie kent tot en met {migrations.SCHEMA_VERSION}). "
            f"Werk Koerswijzer bij om dit schoolplan te openen. Het bestand is niet gewijzigd."
        )
    return version


def _corrupt(path: Path) -> PlanFileError:
    return PlanFileError(
        f"{_name(path)} is beschadigd en kan niet worden geopend. Het bestand is niet gewijzigd; "
        f"gebruik zo nodig een reservekopie."
    )


def backup_plan_file(path: Path, suffix: str) -> Path:
    """A consistent copy (including what is still in the WAL) beside the file."""
    target = path.with_name(f"{path.name}.{suffix}")
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def open_plan_database(target: str | Path) -> Engine:
    """An engine on an existing schoolplan database, upgraded to the current schema."""
    if isinstance(target, Path) or not is_url(target):
        path = Path(target)
        version = probe_plan_file(path)
        if version < migrations.SCHEMA_VERSION:
            try:
                backup_plan_file(path, f"v{version}.bak")
            except sqlite3.Error as exc:
                raise PlanFileError(
                    f"Voor het bijwerken van {_name(path)} kon geen reservekopie worden gemaakt "
                    f"({exc}). Het bestand is niet gewijzigd."
                ) from None
        url = f"sqlite:///{path.resolve()}"
    else:
        url = target
    return _engine_after(url, _upgrade_existing, "geopend")


def _upgrade_existing(conn: Connection) -> None:
    version = migrations.read_version(conn)
    if version is None:
        raise PlanFileError("Deze database bevat geen schoolplan van Koerswijzer.")
    if version > migrations.SCHEMA_VERSION:
        raise PlanFileError(
            "Deze database is gemaakt met een nieuwere versie van Koerswijzer. Werk Koerswijzer bij."
        )
    migrations.upgrade(conn, version)


def _create_new(conn: Connection) -> None:
    if migrations.read_version(conn) is not None:
        raise PlanFileError("Deze database bevat al een schoolplan van Koerswijzer.")
    migrations.create_schema(conn)


def _engine_after(url: str, prepare: Callable[[Connection], None], verb: str) -> Engine:
    """An engine on ``url`` once ``prepare`` has run in one transaction; disposed on failure."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            prepare(conn)
    except PlanFileError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise PlanFileError(f"Het schoolplan kan niet worden {verb}: {describe_db_error(exc)}") from None
    return engine


def create_plan_database(target: str | Path, overwrite: bool = False) -> Engine:
    """A new, empty schoolplan database at the current schema version."""
    if isinstance(target, Path) or not is_url(target):
        path = Path(target)
        if path.exists():
            if not overwrite:
                raise PlanFileError(f"Het bestand {_name(path)} bestaat al.")
            if path.stat().st_size and probe_is_foreign(path):
                raise PlanFileError(
                    f"{_name(path)} is geen schoolplan; Koerswijzer overschrijft het niet."
                )
            path.unlink()
            for extra in ("-wal", "-shm"):
                path.with_name(path.name + extra).unlink(missing_ok=True)
        if not path.parent.exists():
            raise PlanFileError(f"De map '{path.parent}' bestaat niet.")
        url = f"sqlite:///{path.resolve()}"
    else:
        url = target
    return _engine_after(url, _create_new, "gemaakt")


def probe_is_foreign(path: Path) -> bool:
    """True when the file is something other than a schoolplan we may replace."""
    try:
        probe_plan_file(path)
    except PlanFileError:
        return True
    return False


def describe_db_error(exc: SQLAlchemyError) -> str:
    """A Dutch reason for the database errors a user can meet."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return "de schijf is vol. Maak ruimte vrij of kies 'Opslaan als' op een andere plek."
    if "readonly" in text or "read-only" in text:
        return "het bestand of de map is alleen-lezen. Kies 'Opslaan als' op een andere plek."
    if "locked" in text or "busy" in text:
        return "het bestand is in gebruik door een ander programma. Probeer het zo opnieuw."
    if "unable to open" in text:
        return "het bestand kan niet worden geopend of gemaakt op deze plek."
    if "malformed" in text or "not a database" in text:
        return "het bestand is beschadigd."
    return "er ging iets mis bij het lezen of schrijven van de database."
