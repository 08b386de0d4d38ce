"""The living plan on paper and in Excel, through the CLI as a board office would use it: the
jaarplan as Word (with a landscape year calendar) and as .xlsx with real types, and the
kwartaalrapportage as Word (traffic lights, charts, a trace) and as JSON. Read back with python-docx
and openpyxl."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT

from koerswijzer.cli import main
from koerswijzer.export.docx_parts import read_custom_properties
from koerswijzer.export.living import read_rapportage_trace
from koerswijzer.plan import Schoolplan
from koerswijzer.plan.jaarplannen import Jaarplannen
from koerswijzer.plan.voortgang import Voortgang


@pytest.fixture
def lived(demo_copy: Path) -> Path:
    """The demo plan a year on: the 2025–2026 jaarplan with a dated action, and marks for four quarters."""
    with Schoolplan.open(demo_copy) as plan:
        store = Jaarplannen(plan)
        doel = store.make(2025).doelen[0]
        store.add_action(doel.id, "Ouderavond over burgerschap", wie="Lotte", wanneer="okt–dec", uren=12,
                         euros=1250, status="loopt")
        voortgang = Voortgang(plan)
        goal = doel.goal.id
        for quarter, mark, value in (("2025-Q3", "achter", "4"), ("2025-Q4", "aandacht", "6"),
                                     ("2026-Q1", "aandacht", "7"), ("2026-Q2", "op_koers", "9")):
            voortgang.mark(goal, quarter, mark, f"Stand in {quarter}", value)
        voortgang.add_note(goal, "2026-Q2", "Verslag van de leerlingenraad")
    return demo_copy


def test_the_jaarplan_exports_to_word_with_a_landscape_calendar(lived: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "jaarplan.docx"
    assert main(["jaarplan", str(lived), "--schooljaar", "2025-2026", "-o", str(target)]) == 0
    assert "Jaarplan 2025–2026 geëxporteerd" in capsys.readouterr().out
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Jaarplan 2025–2026"
    assert [s.orientation for s in document.sections] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE]
    calendar = document.tables[-1]
    assert [c.text for c in calendar.rows[0].cells][1:] == ["aug", "sep", "okt", "nov", "dec", "jan", "feb", "mrt",
                                                           "apr", "mei", "jun", "jul"]
    row = next(r for r in calendar.rows if r.cells[0].text == "Ouderavond over burgerschap")
    filled = [i for i, cell in enumerate(row.cells[1:]) if cell._tc.tcPr is not None
              and cell._tc.tcPr.find(docx.oxml.ns.qn("w:shd")) is not None]
    assert filled == [2, 3, 4]  # oktober, november, december
    actions = next(t for t in document.tables if t.rows[0].cells[0].text == "Actie" and len(t.columns) == 6)
    assert any([c.text for c in r.cells] == ["Ouderavond over burgerschap", "Lotte", "okt–dec 2025", "12",
                                             "€ 1.250", "Loopt"] for r in actions.rows)


def test_the_jaarplan_exports_to_excel_with_dates_and_numbers(lived: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "jaarplan.xlsx"
    assert main(["jaarplan", str(lived), "--schooljaar", "2025", "-o", str(target)]) == 0
    sheet = load_workbook(target).active
    assert sheet.title == "Jaarplan 2025–2026"
    header = [c.value for c in sheet[1]]
    assert header[:9] == ["Onderdeel", "Doel", "Actie", "Wie", "Van", "Tot en met", "Uren", "Kosten (€)", "Status"]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[2] == "Ouderavond over burgerschap")
    assert row[4] == dt.datetime(2025, 10, 1) and row[5] == dt.datetime(2025, 12, 1)
    assert row[6] == 12 and row[7] == 1250 and row[8] == "Loopt"
    assert sheet.auto_filter.ref.startswith("A1:") and sheet.freeze_panes == "A2"
    # On paper: landscape, one page wide, the header repeated; wrapped rows tall enough for their text.
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$1:$1"
    long_goal = next(r for r in range(2, sheet.max_row + 1) if len(sheet.cell(r, 2).value or "") > 100)
    assert sheet.row_dimensions[long_goal].height >= 45


def test_the_quarterly_report_has_lights_charts_and_a_trace_the_board_reads(lived: Path, tmp_path: Path) -> None:
    target = tmp_path / "rapportage.docx"
    assert main(["rapportage", str(lived), "--kwartaal", "2026-Q2", "-o", str(target)]) == 0
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Kwartaalrapportage Q2 2026"
    overview = document.tables[0]
    assert [c.text for c in overview.rows[0].cells] == ["Onderdeel", "Doel", "Stand", "Waarde", "Sinds vorig kwartaal"]
    assert overview.rows[1].cells[2].text == "Op koers" and overview.rows[1].cells[4].text == "↑ beter"
    assert overview.rows[1].cells[3].text == "9 (begin 4, streef 13)"
    pictures = document.inline_shapes
    assert len(pictures) == 1 and pictures[0].width > docx.shared.Cm(14)
    trace = read_rapportage_trace(read_custom_properties(document))
    assert trace is not None and trace["kwartaal"] == "2026-Q2" and trace["school"] == "OBS De Kleurrijke Kring"
    assert trace["doelen"][0]["waarde"] == 9.0 and trace["doelen"][0]["vorige"] == "aandacht"
    assert "Bewijs: Verslag van de leerlingenraad" in [p.text for p in document.paragraphs]


def test_the_report_as_json_and_bad_input_in_dutch(lived: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rapportage", str(lived), "--kwartaal", "Q2 2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["soort"] == "kwartaalrapportage" and len(data["doelen"]) == 4
    assert main(["rapportage", str(lived), "--kwartaal", "2031-Q2", "--json"]) == 1
    assert "Q2 2031 valt buiten de planperiode 2024–2028" in capsys.readouterr().err
    assert main(["jaarplan", str(lived), "--schooljaar", "2026", "-o", str(tmp_path / "j.docx")]) == 1
    assert "Er is nog geen jaarplan 2026–2027" in capsys.readouterr().err
    assert main(["jaarplan", str(lived), "--schooljaar", "volgend jaar"]) == 1
    assert "is geen schooljaar" in capsys.readouterr().err


def test_the_living_documents_pass_the_ooxml_validator(lived: Path, tmp_path: Path) -> None:
    openxml_audit = pytest.importorskip("openxml_audit")
    for args, name in ((["jaarplan", "--schooljaar", "2025"], "j.docx"), (["rapportage", "--kwartaal", "2026-Q2"], "r.docx")):
        target = tmp_path / name
        assert main([args[0], str(lived), *args[1:], "-o", str(target)]) == 0
        result = openxml_audit.OpenXmlValidator().validate(str(target))
        assert [str(e) for e in result.errors] == []


def _calc() -> str | None:
    """LibreOffice with Calc (the writer-only package cannot open a workbook), or None."""
    import shutil

    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    program = Path(soffice).resolve().parent
    return soffice if any(program.glob("libsclo.so*")) else None


@pytest.mark.skipif(_calc() is None, reason="LibreOffice Calc is niet geïnstalleerd (optioneel)")
def test_the_jaarplan_xlsx_opens_in_libreoffice_calc_with_its_columns_and_types(lived: Path, tmp_path: Path) -> None:
    import re
    import subprocess
    import zipfile

    target = tmp_path / "jaarplan.xlsx"
    assert main(["jaarplan", str(lived), "--schooljaar", "2025", "-o", str(target)]) == 0
    subprocess.run([_calc(), f"-env:UserInstallation=file://{tmp_path / 'lo-profiel'}", "--headless",
                    "--convert-to", "ods", "--outdir", str(tmp_path), str(target)],
                   check=True, capture_output=True, timeout=180)
    content = zipfile.ZipFile(tmp_path / "jaarplan.ods").read("content.xml").decode()
    rows = re.findall(r"<table:table-row.*?</table:table-row>", content)

    def cells(row: str) -> list[tuple[str, str]]:
        found = re.findall(r"<table:table-cell([^>]*?)(?:/>|>(.*?)</table:table-cell>)", row)
        return [((re.search(r'office:value-type="(\w+)"', a) or re.search("()", "")).group(1),
                 re.sub("<[^>]+>", "", body)) for a, body in found]

    header = [text for _type, text in cells(rows[0])]
    assert header[:10] == ["Onderdeel", "Doel", "Actie", "Wie", "Van", "Tot en met", "Uren", "Kosten (€)", "Status",
                           "Eigenaar van het doel"]
    row = cells(next(r for r in rows if "Ouderavond over burgerschap" in r))
    assert [t for t, _text in row[4:8]] == ["date", "date", "float", "float"]  # Calc reads dates and numbers
    assert row[8] == ("string", "Loopt")
