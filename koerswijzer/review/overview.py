"""The board's overview of all reviewed schools: JSON, CSV (semicolons, as Dutch Excel reads
it) and a coloured .xlsx."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from koerswijzer.koers.model import Koers
from koerswijzer.review.review import SchoolReview

VERDICT_TEXT = {"sterk": "Sterk", "voldoende": "Voldoende", "aandachtspunt": "Aandachtspunt", "onbekend": "Onbekend"}
FILLS = {"sterk": "C6EFCE", "voldoende": "FFEB9C", "aandachtspunt": "FFC7CE", "onbekend": "D9D9D9"}
HOW_TEXT = {"exact": "spoor", "heading": "kop", "text": "tekst", "": "niet gevonden"}


def to_dict(reviews: list[SchoolReview]) -> dict[str, Any]:
    return {
        "scholen": [
            {
                "bestand": str(r.path),
                "school": r.school,
                "fout": r.error or None,
                "koerswijzer_document": r.generated,
                "onderdelen": [
                    {"id": e.element_id, "titel": e.title, "oordeel": e.verdict, "gevonden_via": e.found or None,
                     "doelen_geraakt": e.targets_addressed, "doelen_totaal": e.targets_total,
                     "vragen_beantwoord": e.answered, "vragen_totaal": e.questions, "bevindingen": e.findings}
                    for e in r.elements
                ],
                "wettelijk": r.statutory,
            }
            for r in reviews
        ]
    }


def _header(koers: Koers) -> list[str]:
    return ["School", "Bestand", "Status", *(e.titel for e in koers.elements), "Doelen bestuur geraakt",
            "Wettelijke eisen die ontbreken"]


def _row(review: SchoolReview) -> list[str]:
    if review.error:
        return [review.school, review.path.name, review.error]
    addressed = sum(e.targets_addressed for e in review.elements)
    total = sum(e.targets_total for e in review.elements)
    missing = ", ".join(k for k, v in review.statutory.items() if v is False)
    return [review.school, review.path.name, "beoordeeld",
            *(VERDICT_TEXT[e.verdict] for e in review.elements), f"{addressed} van {total}", missing]


def to_csv(reviews: list[SchoolReview], koers: Koers) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(_header(koers))
    for review in reviews:
        writer.writerow(_row(review))
    return out.getvalue()


def write_xlsx(reviews: list[SchoolReview], koers: Koers, target: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from koerswijzer.export import write_atomically

    book = Workbook()
    sheet = book.active
    sheet.title = "Overzicht"
    sheet.append(_header(koers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for review in reviews:
        sheet.append(_row(review))
        if not review.error:
            for offset, element in enumerate(review.elements):
                sheet.cell(row=sheet.max_row, column=4 + offset).fill = PatternFill(
                    "solid", fgColor=FILLS[element.verdict])
    sheet.freeze_panes = "D2"
    for column in range(1, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 18 if column > 3 else 28
    details = book.create_sheet("Bevindingen")
    details.append(["School", "Onderdeel", "Oordeel", "Gevonden via", "Bevinding"])
    for cell in details[1]:
        cell.font = Font(bold=True)
    for review in reviews:
        for element in review.elements:
            for finding in element.findings or [""]:
                details.append([review.school, element.title, VERDICT_TEXT[element.verdict],
                                HOW_TEXT[element.found], finding.replace("**", "")])
    details.column_dimensions["E"].width = 100
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomically(target, buffer.getvalue())
