"""Kwartaalrapportages in the board review: each school's report is read back from its trace (the
facts Koerswijzer wrote into the document's properties), and the board sees all schools of one
quarter side by side: how many goals are op koers, need aandacht or are achter, per koers element
the worst light, and what moved since the quarter before. No school needs to be asked.

A foreign document or a schoolplan is never guessed at: it is refused with a Dutch message.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from koerswijzer.export.living import read_rapportage_trace
from koerswijzer.koers.model import Koers
from koerswijzer.plan.kalender import PeriodError, parse_kwartaal
from koerswijzer.plan.voortgang import MARKS
from koerswijzer.review.reader import peek_properties

ORDER = ("op_koers", "aandacht", "achter")  # from good to bad
FILLS = {"op_koers": "C6EFCE", "aandacht": "FFEB9C", "achter": "FFC7CE", "": "EEEEEE"}


def is_rapportage(path: str | Path) -> bool:
    """Whether a file is a kwartaalrapportage made by Koerswijzer (cheap: its properties only)."""
    return read_rapportage_trace(peek_properties(path)) is not None


@dataclass(frozen=True)
class RapportageEntry:
    """One school's report of one quarter, as its trace tells it."""

    path: Path
    school: str = ""
    brin: str = ""
    kwartaal: str = ""
    koers: str = ""
    gemaakt: str = ""
    doelen: tuple[dict[str, Any], ...] = ()
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error

    @property
    def quarter_label(self) -> str:
        try:
            return parse_kwartaal(self.kwartaal).short
        except PeriodError:
            return self.kwartaal

    def counts(self) -> dict[str, int]:
        """Goals per mark; "" counts the goals without a mark this quarter."""
        counts = dict.fromkeys((*ORDER, ""), 0)
        for doel in self.doelen:
            counts[doel.get("markering", "") if doel.get("markering", "") in MARKS else ""] += 1
        return counts

    def moved(self) -> tuple[int, int]:
        """(better, worse) than the quarter before, over the goals marked in both."""
        better = worse = 0
        for doel in self.doelen:
            now, before = doel.get("markering", ""), doel.get("vorige", "")
            if now in ORDER and before in ORDER and now != before:
                if ORDER.index(now) < ORDER.index(before):
                    better += 1
                else:
                    worse += 1
        return better, worse

    def light(self, element_id: str) -> str:
        """The worst mark among the element's goals, "" when none is marked."""
        marks = [d.get("markering", "") for d in self.doelen if d.get("onderdeel") == element_id]
        marked = [mark for mark in marks if mark in ORDER]
        return max(marked, key=ORDER.index) if marked else ""

    def behind(self) -> list[dict[str, Any]]:
        return [d for d in self.doelen if d.get("markering") == "achter"]


def read_rapportage(path: str | Path) -> RapportageEntry:
    """A rapportage's facts; never raises: what cannot be read is in ``error``, in Dutch."""
    path = Path(path)
    if not path.exists():
        return RapportageEntry(path, path.stem, error=f"'{path.name}' bestaat niet (meer).")
    properties = peek_properties(path)
    trace = read_rapportage_trace(properties)
    if trace is None:
        what = ("een schoolplan of ander document van Koerswijzer" if properties.get("KoerswijzerKoers")
                else "geen Word-document van Koerswijzer")
        return RapportageEntry(path, path.stem, error=f"'{path.name}' is geen kwartaalrapportage van Koerswijzer "
                                                      f"({what}); het bestuur leest alleen rapportages die "
                                                      "Koerswijzer maakte.")
    doelen = trace.get("doelen")
    try:
        quarter = parse_kwartaal(str(trace.get("kwartaal", ""))).key
    except PeriodError:
        quarter = ""
    if not quarter or not isinstance(doelen, list) or not all(isinstance(d, dict) for d in doelen):
        return RapportageEntry(path, path.stem, error=f"'{path.name}' heeft een beschadigd spoor van Koerswijzer: "
                                                      "de rapportage kan niet worden gelezen.")
    return RapportageEntry(path, str(trace.get("school") or path.stem), str(trace.get("brin") or ""), quarter,
                           str(trace.get("koers") or ""), str(trace.get("gemaakt") or ""), tuple(doelen))


def read_rapportages(paths: Iterable[str | Path]) -> list[RapportageEntry]:
    return [read_rapportage(p) for p in paths]


def latest(entries: Iterable[RapportageEntry]) -> list[RapportageEntry]:
    """One report per school per quarter: the one made last (a school may send a corrected one)."""
    chosen: dict[tuple[str, str], RapportageEntry] = {}
    for entry in entries:
        if not entry.ok:
            continue
        key = (" ".join(entry.school.lower().split()), entry.kwartaal)
        if key not in chosen or entry.gemaakt >= chosen[key].gemaakt:
            chosen[key] = entry
    return sorted(chosen.values(), key=lambda e: (e.kwartaal, e.school.lower()))


def quarters(entries: Iterable[RapportageEntry]) -> list[str]:
    """The quarters reported on, newest first."""
    return sorted({e.kwartaal for e in entries if e.ok}, reverse=True)


def per_quarter(entries: Sequence[RapportageEntry]) -> dict[str, list[RapportageEntry]]:
    """The overview: per quarter (newest first) every school's latest report."""
    kept = latest(entries)
    return {q: [e for e in kept if e.kwartaal == q] for q in quarters(kept)}


def to_dict(entries: Sequence[RapportageEntry], koers: Koers) -> dict[str, Any]:
    """The overview per quarter as plain data (the JSON of ``review --json``)."""
    def school(e: RapportageEntry) -> dict[str, Any]:
        counts, (better, worse) = e.counts(), e.moved()
        return {"school": e.school, "brin": e.brin, "bestand": e.path.name, "gemaakt": e.gemaakt,
                "op_koers": counts["op_koers"], "aandacht": counts["aandacht"], "achter": counts["achter"],
                "zonder_stand": counts[""], "beter": better, "slechter": worse,
                "onderdelen": {el.id: e.light(el.id) for el in koers.elements},
                "achter_doelen": [d.get("wat", "") for d in e.behind()]}

    return {
        "kwartalen": [{"kwartaal": quarter, "scholen": [school(e) for e in group]}
                      for quarter, group in per_quarter(entries).items()],
        "fouten": [{"bestand": e.path.name, "fout": e.error} for e in entries if not e.ok],
    }


def to_text(entries: Sequence[RapportageEntry], koers: Koers) -> str:
    """The overview as readable Dutch text, for the terminal."""
    lines: list[str] = []
    for quarter, group in per_quarter(entries).items():
        lines.append(f"Kwartaalrapportages {group[0].quarter_label}:")
        for e in group:
            c = e.counts()
            better, worse = e.moved()
            lines.append(f"  {e.school}: {c['op_koers']} op koers, {c['aandacht']} aandacht, {c['achter']} achter"
                         + (f", {c['']} zonder stand" if c[""] else "")
                         + (f" — sinds vorig kwartaal {better} beter, {worse} slechter" if better or worse else ""))
            for doel in e.behind():
                lines.append(f"    ○ achter: {doel.get('wat', '')}")
    for e in entries:
        if not e.ok:
            lines.append(f"{e.path.name}: {e.error}")
    return "\n".join(lines) + ("\n" if lines else "")


def header(koers: Koers) -> list[str]:
    return ["Kwartaal", "School", "Op koers", "Aandacht", "Achter", "Zonder stand", "Beter", "Slechter",
            *[e.titel for e in koers.elements]]


def rows(entries: Sequence[RapportageEntry], koers: Koers) -> list[list[Any]]:
    out = []
    for quarter, group in per_quarter(entries).items():
        for e in group:
            c = e.counts()
            out.append([parse_kwartaal(quarter).short, e.school, c["op_koers"], c["aandacht"], c["achter"], c[""],
                        *e.moved(), *[MARKS.get(e.light(el.id), "—") for el in koers.elements]])
    return out


def to_csv(entries: Sequence[RapportageEntry], koers: Koers) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")  # Dutch Excel reads semicolons
    writer.writerow(header(koers))
    writer.writerows(rows(entries, koers))
    return out.getvalue()


def add_sheet(book, entries: Sequence[RapportageEntry], koers: Koers) -> None:  # type: ignore[no-untyped-def]
    """A sheet "Kwartaalrapportages" in an openpyxl workbook: one row per school per quarter,
    numbers as numbers, each element's light as a coloured cell."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet("Kwartaalrapportages")
    sheet.append(header(koers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    first = 9  # column of the first element
    for group in per_quarter(entries).values():
        for e in group:
            sheet.append(rows([e], koers)[0])
            for offset, element in enumerate(koers.elements):
                sheet.cell(row=sheet.max_row, column=first + offset).fill = PatternFill(
                    "solid", fgColor=FILLS[e.light(element.id)])
    sheet.freeze_panes = "C2"
    for column in range(1, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 28 if column == 2 else 12 if column < first else 16


def write_xlsx(entries: Sequence[RapportageEntry], koers: Koers, target: Path) -> None:
    import io

    from openpyxl import Workbook

    from koerswijzer.export import write_atomically

    book = Workbook()
    book.remove(book.active)
    add_sheet(book, entries, koers)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(target, buffer.getvalue())


__all__ = ["RapportageEntry", "add_sheet", "is_rapportage", "per_quarter", "read_rapportage",
           "read_rapportages", "rows", "to_csv", "to_dict", "to_text", "write_xlsx"]
