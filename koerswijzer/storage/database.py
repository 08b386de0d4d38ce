"""Open and create schoolplan databases: checks first, never a write to a file we don't trust.

A ``.schoolplan`` file is whole on disk after every save: it uses a rollback journal
(``journal_mode=DELETE``) with full fsync, so a copy of the file alone (to a stick, a mail, a
synced or network folder) holds every saved answer and no side file is needed. ``bench/
bench_journal.py`` measured this against a WAL checkpoint after each save; both cost about
1 ms a save, and the rollback journal also works where WAL's shared memory does not (network
folders) and leaves nothing beside the plan between saves.

Reading never writes. Every check of a file, and every read-only open (``check``,
``export``, a plan open in another window), works on an in-memory copy of the file's bytes,
taken under SQLite's shared lock: no side file is replayed, nothing is upgraded in place, and
nothing is left behind. Only the window opens a plan for writing; it lets SQLite finish an
interrupted save and upgrades an older file after a backup.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import StaticPool

from koerswijzer.errors import PlanFileError
from koerswijzer.storage import migrations
from koerswijzer.storage.values import damaged_values

SQLITE_HEADER = b"SQLite format 3\x00"
# Bytes 18 and 19 of the header: 1 for a rollback journal, 2 for WAL.
_FORMAT_BYTES = slice(18, 20)
SIDE_SUFFIXES = ("-wal", "-journal")


class PlanReadOnlyError(PlanFileError):
    """The plan is intact but cannot be written here (a read-only file or folder)."""


def is_url(target: str) -> bool:
    return "://" in target


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # The file itself is complete after every commit; see the module docstring.
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _name(path: Path) -> str:
    return f"'{path.name}'"


def check_plain_file(path: Path, what: str = "schoolplan") -> None:
    """Refuse what is not a regular file (a folder, a FIFO, a device) before anything opens it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise PlanFileError(f"Het bestand {_name(path)} bestaat niet.") from None
    except PermissionError:
        raise PlanFileError(f"U heeft geen toestemming om {_name(path)} te lezen.") from None
    except OSError as exc:
        raise PlanFileError(f"{_name(path)} kan niet worden gelezen ({exc.strerror}).") from None
    if stat.S_ISDIR(mode):
        raise PlanFileError(f"{_name(path)} is een map, geen {what}.")
    if not stat.S_ISREG(mode):
        raise PlanFileError(f"{_name(path)} is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat); "
                            f"het is geen {what}.")


def _read_header(path: Path) -> bytes:
    check_plain_file(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise PlanFileError(f"U heeft geen toestemming om {_name(path)} te lezen.") from None
    except OSError as exc:
        raise PlanFileError(f"{_name(path)} kan niet worden gelezen ({exc.strerror}).") from None
    if not header:
        raise PlanFileError(f"{_name(path)} is leeg; het is geen schoolplan.")
    if not header.startswith(SQLITE_HEADER):
        raise PlanFileError(
            f"{_name(path)} is geen schoolplan van Koerswijzer. Kies een .schoolplan-bestand."
        )
    if len(header) < 100:
        raise _corrupt(path)
    return header


def side_files(path: Path) -> list[Path]:
    """The journal files beside a plan that hold work not yet in the file itself."""
    found = []
    for suffix in SIDE_SUFFIXES:
        side = path.with_name(path.name + suffix)
        try:
            if side.stat().st_size > 0:
                found.append(side)
        except OSError:
            continue
    return found


def read_image(path: Path) -> bytes:
    """The plan file's bytes as last committed, read without writing anything anywhere.

    A file in rollback mode is read under SQLite's shared lock, so a save in another window
    cannot change it halfway. A file left in WAL mode by an older version is read as it
    stands, and so is a file with a ``-wal`` beside it: opening those with SQLite would replay or
    create side files.
    """
    header = _read_header(path)
    conn: sqlite3.Connection | None = None
    try:
        # SQLite opens any -wal it finds beside a file (and makes a -shm): then read the bytes as
        # they stand. No window of this version writes a -wal, so no save can be under way.
        wal = path.with_name(path.name + "-wal")
        if header[_FORMAT_BYTES] == b"\x01\x01" and not wal.exists():
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        data = bytearray(path.read_bytes())
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            raise PlanFileError(
                f"{_name(path)} werd niet netjes afgesloten tijdens het opslaan. Open het eerst in "
                f"Koerswijzer: dat zet de laatst opgeslagen toestand terug. Het bestand is niet gewijzigd."
            ) from None
        if "locked" in str(exc) or "busy" in str(exc):
            raise PlanFileError(
                f"{_name(path)} wordt op dit moment opgeslagen door een ander programma. Probeer het zo opnieuw."
            ) from None
        raise _corrupt(path) from None
    except sqlite3.DatabaseError:
        raise _corrupt(path) from None
    except OSError as exc:
        raise PlanFileError(f"{_name(path)} kan niet worden gelezen ({exc.strerror}).") from None
    finally:
        if conn is not None:
            conn.close()
    if len(data) < 512:
        raise _corrupt(path)
    data[_FORMAT_BYTES] = b"\x01\x01"  # in memory there is no WAL
    return bytes(data)


def memory_connection(image: bytes) -> sqlite3.Connection:
    """A private in-memory database holding ``image``; it never touches a file."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.deserialize(image)
    except sqlite3.DatabaseError:
        conn.close()
        raise
    return conn


def _probe_connection(conn: sqlite3.Connection, path: Path) -> int:
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
        damaged = damaged_values(conn)
    except sqlite3.DatabaseError:
        raise _corrupt(path) from None
    if damaged:
        raise PlanFileError(
            f"{_name(path)} is beschadigd: {', '.join(damaged[:3])} bevat een waarde die daar niet kan staan. "
            f"Het bestand is niet gewijzigd; gebruik zo nodig een reservekopie."
        )
    try:
        version = int(row[0]) if row else 0
    except (TypeError, ValueError):
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


def _snapshot(path: Path) -> tuple[sqlite3.Connection, int]:
    try:
        conn = memory_connection(read_image(path))
    except sqlite3.DatabaseError:
        raise _corrupt(path) from None
    try:
        return conn, _probe_connection(conn, path)
    except PlanFileError:
        conn.close()
        raise


def probe_plan_file(path: Path) -> int:
    """Check a file without writing anything and return its schema version.

    Raises :class:`PlanFileError`."""
    conn, version = _snapshot(path)
    conn.close()
    return version


def _corrupt(path: Path) -> PlanFileError:
    return PlanFileError(
        f"{_name(path)} is beschadigd en kan niet worden geopend. Het bestand is niet gewijzigd; "
        f"gebruik zo nodig een reservekopie."
    )


def backup_plan_file(path: Path, suffix: str) -> Path:
    """A copy of the plan as last committed, beside the file."""
    target = path.with_name(f"{path.name}.{suffix}")
    data = bytearray(read_image(path))
    target.write_bytes(bytes(data))
    return target


def open_plan_snapshot(path: Path) -> Engine:
    """A read-only view of a plan file: an engine on an in-memory copy, at the current schema.

    An older file is upgraded in the copy, never on disk.
    """
    conn, version = _snapshot(path)
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    if version < migrations.SCHEMA_VERSION:
        try:
            with engine.begin() as connection:
                _upgrade_existing(connection)
        except SQLAlchemyError:
            engine.dispose()
            raise _corrupt(path) from None
    return engine


def _writable(path: Path) -> None:
    folder = path.resolve().parent
    if not os.access(path, os.W_OK):
        raise PlanReadOnlyError(
            f"{_name(path)} is alleen-lezen (het bestand is niet beschadigd). Koerswijzer kan het "
            f"lezen, maar niet opslaan; kies 'Opslaan als' of maak het bestand schrijfbaar."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PlanReadOnlyError(
            f"De map '{folder}' is alleen-lezen (het schoolplan is niet beschadigd). Koerswijzer kan "
            f"het lezen, maar niet opslaan; kies 'Opslaan als' op een andere plek."
        )


def _finish_interrupted_save(path: Path) -> None:
    """Let SQLite complete what an earlier session left beside the file, after a raw backup.

    A ``-journal`` is an unfinished save that SQLite rolls back; a ``-wal`` (from an older
    version) holds saved work that SQLite writes into the file. The files as they were are kept
    as ``*.voor-herstel.bak``, so a side file that did not belong to this plan can be undone.
    """
    found = side_files(path)
    if not found:
        return
    for file in (path, *found):
        shutil.copy2(file, file.with_name(file.name + ".voor-herstel.bak"))
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=5000")
            conn.execute("PRAGMA journal_mode=DELETE").fetchone()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise PlanFileError(
            f"{_name(path)} werd niet netjes afgesloten en kon niet worden hersteld ({exc}). "
            f"Het bestand zoals het was staat in '{path.name}.voor-herstel.bak'."
        ) from None


def open_plan_database(target: str | Path) -> Engine:
    """An engine for writing on an existing schoolplan database, upgraded to the current schema.

    For a file: refuses a read-only one (:class:`PlanReadOnlyError`), finishes an interrupted
    save, and backs an older file up before the upgrade.
    """
    if isinstance(target, Path) or not is_url(target):
        path = Path(target)
        _read_header(path)
        _writable(path)
        _finish_interrupted_save(path)
        version = probe_plan_file(path)
        if version < migrations.SCHEMA_VERSION:
            try:
                backup_plan_file(path, f"v{version}.bak")
            except OSError as exc:
                raise PlanFileError(
                    f"Voor het bijwerken van {_name(path)} kon geen reservekopie worden gemaakt "
                    f"({exc.strerror}). Het bestand is niet gewijzigd."
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
            for extra in ("-wal", "-shm", "-journal"):
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
    if "disk i/o error" in text or "file too large" in text:
        return ("het bestand kon niet worden geschreven (de schijf is vol, een bestandslimiet is bereikt "
                "of de verbinding met de map is verbroken). Kies 'Opslaan als' op een andere plek.")
    if "malformed" in text or "not a database" in text:
        return "het bestand is beschadigd."
    return "er ging iets mis bij het lezen of schrijven van de database."
