"""Time in the living plan: school years, calendar quarters ("2026-Q2"), months of actions, and the
numbers directors type ("12,5", "80%").

A school year runs from August to July and is named by its first calendar year (2025 is
2025–2026). Quarters are calendar quarters, as boards report them: the school year 2025–2026 holds
2025-Q3, 2025-Q4, 2026-Q1 and 2026-Q2.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from koerswijzer.errors import KoerswijzerError

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
SHORT_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_QUARTER = re.compile(r"\s*(?:(\d{4})\s*[-/ ]?\s*[QqKk]\s*([1-4])|[QqKk]\s*([1-4])\s*[-/ ]?\s*(\d{4}))\s*")
_NUMBER = re.compile(r"\s*([-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?|[-+]?\d+(?:[.,]\d+)?)\s*(%|procent)?\s*")
_MONTH = re.compile(r"(\d{4})-(\d{2})")


class PeriodError(KoerswijzerError):
    """A quarter, month or number that cannot be used; the message says what to type instead."""


def school_year_label(year: int) -> str:
    return f"{year}–{year + 1}"


@dataclass(frozen=True, order=True, slots=True)
class Kwartaal:
    year: int
    number: int  # 1..4

    @property
    def key(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def label(self) -> str:
        """ "Q2 2026 (april–juni)"."""
        first = MONTHS[(self.number - 1) * 3]
        last = MONTHS[(self.number - 1) * 3 + 2]
        return f"Q{self.number} {self.year} ({first}–{last})"

    @property
    def short(self) -> str:
        return f"Q{self.number} {self.year}"

    @classmethod
    def of(cls, day: dt.date) -> Kwartaal:
        """The quarter a date falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def school_year(self) -> int:
        """The school year this quarter belongs to (Q3 and Q4 start one)."""
        return self.year if self.number >= 3 else self.year - 1

    def previous(self) -> Kwartaal:
        return Kwartaal(self.year - 1, 4) if self.number == 1 else Kwartaal(self.year, self.number - 1)

    def next(self) -> Kwartaal:
        return Kwartaal(self.year + 1, 1) if self.number == 4 else Kwartaal(self.year, self.number + 1)

    def months(self) -> tuple[tuple[int, int], ...]:
        return tuple((self.year, (self.number - 1) * 3 + i) for i in (1, 2, 3))


def parse_kwartaal(text: str) -> Kwartaal:
    """ "2026-Q2", "2026 Q2", "Q2 2026" or "2026-K2"."""
    match = _QUARTER.fullmatch(text or "")
    if not match:
        raise PeriodError(f"‘{text}’ is geen kwartaal. Schrijf het als jaar en kwartaal, bijvoorbeeld 2026-Q2.")
    year, number = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    return Kwartaal(int(year), int(number))


def school_year_quarters(year: int) -> list[Kwartaal]:
    return [Kwartaal(year, 3), Kwartaal(year, 4), Kwartaal(year + 1, 1), Kwartaal(year + 1, 2)]


def period_quarters(period_start: int, period_end: int) -> list[Kwartaal]:
    """Every quarter of a plan period 2024–2028: from 2024-Q3 to 2028-Q2."""
    return [q for year in range(period_start, period_end) for q in school_year_quarters(year)]


def check_in_period(kwartaal: Kwartaal, period_start: int, period_end: int) -> Kwartaal:
    if kwartaal not in period_quarters(period_start, period_end):
        first, last = Kwartaal(period_start, 3), Kwartaal(period_end, 2)
        raise PeriodError(f"{kwartaal.short} valt buiten de planperiode {school_year_label(period_start)[:4]}–"
                          f"{period_end} (van {first.short} tot en met {last.short}).")
    return kwartaal


def parse_number(text: str | float | int | None) -> float | None:
    """A measured value as a director types it: "12", "12,5", "1.250", "80%". None when empty."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text)
    if not text.strip():
        return None
    match = _NUMBER.fullmatch(text)
    if not match:
        raise PeriodError(f"‘{text.strip()}’ is geen getal. Vul een getal in, bijvoorbeeld 12 of 12,5 (of 80%).")
    value = match.group(1)
    if "." in value and "," in value or re.fullmatch(r"[-+]?\d{1,3}(?:\.\d{3})+", value):
        value = value.replace(".", "")  # Dutch thousands: 1.250
    return float(value.replace(",", "."))


def number_text(value: float | None) -> str:
    """12.5 -> "12,5"; 12.0 -> "12"."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def find_number(text: str) -> float | None:
    """The first number in free text (a goal's baseline "62% van de leerlingen"), or None."""
    match = re.search(r"[-+]?\d+(?:[.,]\d+)?", text or "")
    return float(match.group(0).replace(",", ".")) if match else None


# -- months of actions ---------------------------------------------------------------------------------


def school_year_months(year: int) -> list[tuple[int, int]]:
    """August to July."""
    return [(year, m) for m in range(8, 13)] + [(year + 1, m) for m in range(1, 8)]


def month_key(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


def parse_wanneer(text: str, school_year: int) -> str:
    """A month ("oktober", "2025-10") or a period ("okt–dec", "2025-10/2025-12") in the school
    year; returned as "2025-10" or "2025-10/2025-12". Empty stays empty."""
    text = (text or "").strip().lower()
    if not text:
        return ""
    parts = [p.strip() for p in re.split(r"\s*(?:/|–|-(?!\d{2}\b)|\bt/m\b|\btot\b)\s*", text) if p.strip()]
    if _MONTH.fullmatch(text) or re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", text):
        parts = text.split("/")
    months = [_one_month(p, school_year) for p in parts]
    if len(months) == 1:
        return month_key(*months[0])
    if len(months) == 2 and months[0] <= months[1]:
        return f"{month_key(*months[0])}/{month_key(*months[1])}"
    raise PeriodError(f"‘{text}’ is geen maand of periode. Schrijf bijvoorbeeld ‘oktober’ of ‘okt–dec’.")


def _one_month(text: str, school_year: int) -> tuple[int, int]:
    match = _MONTH.fullmatch(text)
    if match:
        found = (int(match.group(1)), int(match.group(2)))
    else:
        name = text.split()[0] if text.split() else ""
        index = next((i for i, m in enumerate(MONTHS)
                      if name and (name == SHORT_MONTHS[i] or len(name) >= 3 and m.startswith(name))), None)
        if index is None:
            raise PeriodError(f"‘{text}’ is geen maand. Schrijf bijvoorbeeld ‘oktober’ of ‘okt–dec’.")
        month = index + 1
        words = text.split()
        if len(words) > 1 and words[1].isdigit() and len(words[1]) == 4:
            found = (int(words[1]), month)  # "augustus 2026": as written
        else:
            found = (school_year if month >= 8 else school_year + 1, month)
    if found not in school_year_months(school_year):
        raise PeriodError(f"‘{text}’ valt buiten het schooljaar {school_year_label(school_year)} "
                          f"(augustus {school_year} tot en met juli {school_year + 1}).")
    return found


def wanneer_months(value: str) -> list[tuple[int, int]]:
    """The months a stored "2025-10" or "2025-10/2025-12" covers."""
    if not value:
        return []
    ends = [tuple(int(x) for x in p.split("-")) for p in value.split("/")]
    first, last = ends[0], ends[-1]
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months  # type: ignore[return-value]


def wanneer_label(value: str) -> str:
    """ "2025-10" -> "oktober 2025"; "2025-10/2025-12" -> "okt–dec 2025"."""
    months = wanneer_months(value)
    if not months:
        return ""
    if len(months) == 1:
        return f"{MONTHS[months[0][1] - 1]} {months[0][0]}"
    (y1, m1), (y2, m2) = months[0], months[-1]
    if y1 == y2:
        return f"{SHORT_MONTHS[m1 - 1]}–{SHORT_MONTHS[m2 - 1]} {y1}"
    return f"{SHORT_MONTHS[m1 - 1]} {y1}–{SHORT_MONTHS[m2 - 1]} {y2}"


def current_quarter(period_start: int, period_end: int, today: dt.date | None = None) -> Kwartaal:
    """Today's quarter, or the nearest one inside the plan period."""
    today = today or dt.date.today()
    quarters = period_quarters(period_start, period_end)
    return min(max(Kwartaal.of(today), quarters[0]), quarters[-1])


def current_school_year(period_start: int, period_end: int, today: dt.date | None = None) -> int:
    return current_quarter(period_start, period_end, today).school_year
