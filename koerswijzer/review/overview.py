"""The board's overview of all reviewed schools: JSON, CSV (semicolons, as Dutch Excel reads
it) and a coloured .xlsx.

Everything here works on the entries of :func:`to_dict` (one dict per school), so the command
line (fresh reviews) and the GUI (entries kept in a review file, with the board's judgements)
write the same overview."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from koerswijzer.koers.model import Koers
from koerswijzer.congruence.statutory import name as statutory_name
from koerswijzer.congruence.verdicts import FILLS, VERDICT_TEXT
from koerswijzer.review.review import SchoolReview

HOW_TEXT = {"exact": "spoor", "heading": "kop", "text": "tekst", "": "niet gevonden"}


def to_dict(reviews: list[SchoolReview]) -> dict[str, Any]:
    return {
        "scholen": [
            {
                "bestand": str(r.path),
                "school": r.school,
                "fout": r.error or None,
                "melding": r.notice or None,
                "koers": r.koers_id or None,
                "koerswijzer_document": r.generated,
                "onderdelen": [
                    {"id": e.element_id, "titel": e.title, "oordeel": e.verdict, "gevonden_via": e.found or None,
                     "doelen_geraakt": e.targets_addressed, "doelen_totaal": e.targets_total,
                     "vragen_beantwoord": e.answered, "vragen_totaal": e.questions, "bevindingen": e.findings,
                     "passages": e.passages}
                    for e in r.elements
                ],
                "wettelijk": r.statutory,
            }
            for r in reviews
        ]
    }


def board_verdict(entry: dict[str, Any], element: dict[str, Any]) -> str:
    """The board's own judgement of an element where it gave one, else Koerswijzer's verdict."""
    own = entry.get("bestuur", {}).get(element["id"])
    return own["oordeel"] if own and own.get("oordeel") else element["oordeel"]


def _header(koers: Koers) -> list[str]:
    return ["School", "Bestand", "Versie", "Status", *(e.titel for e in koers.elements), "Doelen bestuur geraakt",
            "Wettelijke eisen die ontbreken"]


def _row(entry: dict[str, Any]) -> list[Any]:
    name = Path(entry["bestand"]).name
    version = entry.get("versie", 1)
    if entry.get("fout"):
        return [entry["school"], name, version, entry["fout"]]
    elements = entry["onderdelen"]
    addressed = sum(e["doelen_geraakt"] for e in elements)
    total = sum(e["doelen_totaal"] for e in elements)
    missing = ", ".join(statutory_name(k) for k, v in entry["wettelijk"].items() if v is False)
    status = "beoordeeld door het bestuur" if entry.get("bestuur") else "beoordeeld door Koerswijzer"
    return [entry["school"], name, version, status,
            *(VERDICT_TEXT[board_verdict(entry, e)] for e in elements), f"{addressed} van {total}", missing]


def _judgement_rows(entry: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for element in entry.get("onderdelen", []):
        own = entry.get("bestuur", {}).get(element["id"])
        if own and (own.get("oordeel") or own.get("opmerking")):
            rows.append([entry["school"], element["titel"], VERDICT_TEXT[element["oordeel"]],
                         VERDICT_TEXT.get(own.get("oordeel") or "", ""), own.get("opmerking", ""),
                         own.get("versie", 1)])
    return rows


def to_csv(entries: list[dict[str, Any]], koers: Koers) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(_header(koers))
    for entry in entries:
        writer.writerow(_row(entry))
    judged = [row for entry in entries for row in _judgement_rows(entry)]
    if judged:
        writer.writerow([])
        writer.writerow(["School", "Onderdeel", "Koerswijzer", "Oordeel bestuur", "Opmerking", "Gegeven bij versie"])
        writer.writerows(judged)
    return out.getvalue()


def write_xlsx(entries: list[dict[str, Any]], koers: Koers, target: Path, rapportages: Sequence = ()) -> None:
    """The overview workbook; kwartaalrapportages, when given, get a sheet of their own."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from koerswijzer.export import write_atomically

    first = 5  # column of the first element
    book = Workbook()
    sheet = book.active
    sheet.title = "Overzicht"
    sheet.append(_header(koers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for entry in entries:
        sheet.append(_row(entry))
        if not entry.get("fout"):
            for offset, element in enumerate(entry["onderdelen"]):
                sheet.cell(row=sheet.max_row, column=first + offset).fill = PatternFill(
                    "solid", fgColor=FILLS[board_verdict(entry, element)])
    sheet.freeze_panes = sheet.cell(row=2, column=first).coordinate
    for column in range(1, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 18 if column >= first else 28
    sheet.column_dimensions["C"].width = 8

    details = book.create_sheet("Bevindingen")
    details.append(["School", "Onderdeel", "Oordeel", "Gevonden via", "Bevinding"])
    for cell in details[1]:
        cell.font = Font(bold=True)
    for entry in entries:
        for element in entry.get("onderdelen", []):
            for finding in element["bevindingen"] or [""]:
                details.append([entry["school"], element["titel"], VERDICT_TEXT[element["oordeel"]],
                                HOW_TEXT[element["gevonden_via"] or ""], finding.replace("**", "")])
    details.column_dimensions["E"].width = 100

    judged = [row for entry in entries for row in _judgement_rows(entry)]
    if judged:
        board = book.create_sheet("Oordelen bestuur")
        board.append(["School", "Onderdeel", "Koerswijzer", "Oordeel bestuur", "Opmerking", "Gegeven bij versie"])
        for cell in board[1]:
            cell.font = Font(bold=True)
        for row in judged:
            board.append(row)
            board.cell(row=board.max_row, column=5).alignment = Alignment(wrap_text=True, vertical="top")
        for letter, width in zip("ABCDEF", (28, 28, 14, 16, 70, 10), strict=True):
            board.column_dimensions[letter].width = width

    if rapportages:
        from koerswijzer.review.rapportages import add_sheet

        add_sheet(book, rapportages, koers)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(target, buffer.getvalue())
