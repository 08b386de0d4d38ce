"""What the start screen says about a recent plan file: the school, the period and when it was last
changed, read without opening the plan (no lock, nothing written, nothing upgraded)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from koerswijzer.plan.content import dutch_date


@dataclass(frozen=True)
class RecentPlan:
    path: Path
    school: str  # "" when the file cannot be read: the start screen then shows the file name only
    period: str
    changed: dt.date | None

    @property
    def label(self) -> str:
        """ "OBS De Regenboog — Schoolplan 2027–2031 — gewijzigd op 4 december 2026"."""
        parts = [self.school or self.path.stem]
        if self.period:
            parts.append(f"Schoolplan {self.period}")
        if self.changed is not None:
            parts.append(f"gewijzigd op {dutch_date(self.changed)}")
        return "   —   ".join(parts)


def describe(path: Path) -> RecentPlan:
    try:
        changed: dt.date | None = dt.date.fromtimestamp(path.stat().st_mtime)
    except OSError:
        changed = None
    school, period = "", ""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA busy_timeout=200")
            row = conn.execute("SELECT school_name, period_start, period_end FROM plans LIMIT 1").fetchone()
        finally:
            conn.close()
        if row:
            school, period = str(row[0] or ""), f"{int(row[1])}–{int(row[2])}"
    except (sqlite3.Error, OSError, TypeError, ValueError):
        pass  # a damaged or foreign file: opening it will say what is wrong
    return RecentPlan(path, school, period, changed)
