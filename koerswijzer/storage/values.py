"""Every stored value has the kind its column promises, checked when a file is opened.

SQLite stores whatever it is given; a file edited by hand, or damaged, can hold a blob where
text belongs, a date that is no date, or a status nobody knows. Such a value would surface
much later as a crash deep in an export. Checked at open, it is one clear Dutch message.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, String, Text

from koerswijzer.storage.models import Base

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?")


def _is_date(value: object) -> bool:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        return False
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True

# Columns that take one of a few words (the plan's own vocabulary).
CHOICES = {
    ("plans", "sector"): ("PO", "VO", "SO"),
    ("answers", "status"): ("open", "concept", "klaar"),
    ("answer_versions", "status"): ("open", "concept", "klaar"),
    ("target_stances", "stance"): ("al_op_orde", "geen_prioriteit"),
    ("passage_decisions", "decision"): ("bevestigd", "afgewezen", "aangewezen"),
    ("acties", "status"): ("niet_gestart", "loopt", "afgerond", "uitgesteld", "gestopt"),
    ("kwartaalstanden", "markering"): ("op_koers", "aandacht", "achter"),
    ("bewijzen", "soort"): ("notitie", "bestand", "verwijzing"),
    ("evaluaties", "uitgevoerd"): ("volgens_plan", "deels", "niet"),
    ("evaluaties", "vervolg"): ("behouden", "bijstellen", "stoppen"),
}


def damaged_values(conn: sqlite3.Connection) -> list[str]:
    """(table.column) for every column holding a value of the wrong kind; empty when all is well."""
    conn.create_function("kw_date", 1, _is_date, deterministic=True)
    conn.create_function("kw_datetime", 1, _is_datetime, deterministic=True)
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        columns = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
        for column in table.columns:
            if column.name not in columns:
                continue
            rule = _rule(column.type)
            choices = CHOICES.get((table.name, column.name), ())
            if choices:
                rule = f"(typeof({{col}}) = 'text' AND {{col}} IN ({','.join('?' * len(choices))}))"
            if rule is None:
                continue
            quoted = f'"{column.name}"'
            sql = f'SELECT 1 FROM "{table.name}" WHERE NOT ({quoted} IS NULL OR {rule.replace("{col}", quoted)}) LIMIT 1'
            if conn.execute(sql, choices).fetchone():
                found.append(f"{table.name}.{column.name}")
    return found


def _rule(kind: object) -> str | None:
    if isinstance(kind, DateTime):
        return "kw_datetime({col})"
    if isinstance(kind, Date):
        return "kw_date({col})"
    if isinstance(kind, Boolean):
        return "({col} IN (0, 1))"
    if isinstance(kind, Integer):
        return "(typeof({col}) = 'integer')"
    if isinstance(kind, (String, Text)):
        return "(typeof({col}) = 'text')"
    if isinstance(kind, LargeBinary):
        return "(typeof({col}) = 'blob')"
    return None
