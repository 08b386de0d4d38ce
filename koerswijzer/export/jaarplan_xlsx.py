"""The jaarplan as an Excel workbook, for the many schools that keep their jaarplan in Excel: one
row per action, with real dates, numbers and a filter, so it sorts and sums as people expect."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

from koerswijzer.koers.model import Koers
from koerswijzer.plan.jaarplannen import STATUSES, JaarplanInfo
from koerswijzer.plan.kalender import school_year_label, wanneer_months

COLUMNS = (("Onderdeel", 28), ("Doel", 48), ("Actie", 48), ("Wie", 22), ("Van", 11), ("Tot en met", 11),
           ("Uren", 8), ("Kosten (€)", 12), ("Status", 13), ("Eigenaar van het doel", 24))


def jaarplan_xlsx(jaarplan: JaarplanInfo, koers: Koers, school: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = f"Jaarplan {school_year_label(jaarplan.schooljaar)}"
    sheet.append([name for name, _ in COLUMNS])
    for column, (_, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DCE6F0")
        sheet.column_dimensions[get_column_letter(column)].width = width
    for doel in jaarplan.doelen:
        element_id = doel.goal.element_id
        element = koers.top_element(element_id).label if element_id and koers.find(element_id) else "Eigen doelen"
        for actie in doel.acties or ():
            months = wanneer_months(actie.wanneer)
            start = dt.date(months[0][0], months[0][1], 1) if months else None
            end = dt.date(months[-1][0], months[-1][1], 1) if months else None
            sheet.append([element, doel.goal.wat, actie.tekst, actie.wie, start, end, actie.uren, actie.euros,
                          STATUSES[actie.status], doel.goal.eigenaar])
            row = sheet.max_row
            for column in (5, 6):
                sheet.cell(row=row, column=column).number_format = "mmm yyyy"
            sheet.cell(row=row, column=8).number_format = "#,##0"
            for column in range(1, len(COLUMNS) + 1):
                sheet.cell(row=row, column=column).alignment = Alignment(wrap_text=column in (1, 2, 3, 4, 10),
                                                                         vertical="top")
            # Excel and Calc do not size a wrapped row on opening: give it the lines its longest text needs.
            lines = max(-(-len(str(text or "")) // int(width * 1.1)) for (_, width), text in
                        zip(COLUMNS, (element, doel.goal.wat, actie.tekst, actie.wie), strict=False))
            sheet.row_dimensions[row].height = 15 * max(1, lines)
    sheet.freeze_panes = "A2"
    # On paper: A4 landscape, as wide as the page, the header on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{max(1, sheet.max_row)}"
    book.properties.title = sheet.title
    book.properties.creator = f"Koerswijzer — {school}"
    out = BytesIO()
    book.save(out)
    return out.getvalue()
