"""The board reads the kwartaalrapportages of three schools into one overview per quarter, through
`koerswijzer review` as a board office would: the reports are real Word files made by the export,
read back by their trace; a schoolplan or a foreign document among them is named, not guessed at."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import openpyxl
import pytest

from koerswijzer.cli import main
from koerswijzer.plan import Schoolplan
from koerswijzer.plan.jaarplannen import Jaarplannen
from koerswijzer.plan.voortgang import Voortgang
from koerswijzer.review.rapportages import is_rapportage, per_quarter, read_rapportage

# Per school: its marks for the first three goals of 2025–2026, in Q1 and in Q2 of 2026.
SCHOOLS = {
    "De Kleurrijke Kring": (("achter", "aandacht", "op_koers"), ("aandacht", "op_koers", "op_koers")),
    "OBS De Horizon": (("op_koers", "op_koers", "op_koers"), ("op_koers", "achter", "op_koers")),
    "Het Kompas": (("aandacht", "aandacht", "achter"), ("achter", "achter", "achter")),
}


@pytest.fixture
def reports(demo_template: Path, tmp_path: Path) -> dict[tuple[str, str], Path]:
    """Three schools' plans, each with two quarters marked, and their Q1 and Q2 reports as .docx."""
    made: dict[tuple[str, str], Path] = {}
    for n, (school, quarters) in enumerate(SCHOOLS.items()):
        path = tmp_path / f"school{n}.schoolplan"
        shutil.copy(demo_template, path)
        with Schoolplan.open(path) as plan:
            plan.update_profile(school_name=school)
            goals = [d.goal.id for d in Jaarplannen(plan).make(2025).doelen[:3]]
            voortgang = Voortgang(plan)
            for key, marks in zip(("2026-Q1", "2026-Q2"), quarters, strict=True):
                for goal, mark in zip(goals, marks, strict=True):
                    voortgang.mark(goal, key, mark, f"{school} {key}")
        for key in ("2026-Q1", "2026-Q2"):
            target = tmp_path / f"rapportage-{n}-{key}.docx"
            assert main(["rapportage", str(path), "--kwartaal", key, "-o", str(target)]) == 0
            made[(school, key)] = target
    return made


def test_the_board_reads_three_schools_into_one_overview_per_quarter(
        reports: dict[tuple[str, str], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    files = [str(p) for p in reports.values()]
    assert all(is_rapportage(f) for f in files)
    assert main(["review", *files, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "scholen" not in data  # no schoolplan among the files
    by_quarter = {q["kwartaal"]: {s["school"]: s for s in q["scholen"]} for q in data["kwartaalrapportages"]["kwartalen"]}
    assert list(by_quarter) == ["2026-Q2", "2026-Q1"]  # newest first
    for quarter, index in (("2026-Q1", 0), ("2026-Q2", 1)):
        assert set(by_quarter[quarter]) == set(SCHOOLS)
        for school, marks in SCHOOLS.items():
            row = by_quarter[quarter][school]
            expected = marks[index]
            assert (row["op_koers"], row["aandacht"], row["achter"]) == (
                expected.count("op_koers"), expected.count("aandacht"), expected.count("achter"))
    # What moved since the quarter before, per school, from the marks themselves.
    assert (by_quarter["2026-Q2"]["De Kleurrijke Kring"]["beter"], by_quarter["2026-Q2"]["De Kleurrijke Kring"]["slechter"]) == (2, 0)
    assert (by_quarter["2026-Q2"]["OBS De Horizon"]["beter"], by_quarter["2026-Q2"]["OBS De Horizon"]["slechter"]) == (0, 1)
    assert (by_quarter["2026-Q2"]["Het Kompas"]["beter"], by_quarter["2026-Q2"]["Het Kompas"]["slechter"]) == (0, 2)
    assert len(by_quarter["2026-Q2"]["Het Kompas"]["achter_doelen"]) == 3

    # The same overview as readable text and as a workbook with numbers as numbers.
    target = tmp_path / "overzicht.xlsx"
    assert main(["review", *files, "-o", str(target)]) == 0
    text = capsys.readouterr().out
    assert text.index("Kwartaalrapportages Q2 2026:") < text.index("Kwartaalrapportages Q1 2026:")
    assert "Het Kompas: 0 op koers, 0 aandacht, 3 achter" in text
    sheet = openpyxl.load_workbook(target)["Kwartaalrapportages"]
    header = [c.value for c in sheet[1]]
    assert header[:8] == ["Kwartaal", "School", "Op koers", "Aandacht", "Achter", "Zonder stand", "Beter", "Slechter"]
    body = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert len(body) == 6
    kompas = next(r for r in body if r[1] == "Het Kompas" and "2" in str(r[0]) and r[4] == 3)
    assert all(isinstance(v, int) for v in kompas[2:8])


def test_a_corrected_report_replaces_the_earlier_one_of_that_quarter(reports: dict[tuple[str, str], Path],
                                                                     tmp_path: Path) -> None:
    entries = [read_rapportage(p) for p in reports.values()]
    again = read_rapportage(reports[("Het Kompas", "2026-Q2")])
    newer = again.__class__(**{**again.__dict__, "gemaakt": "2099-01-01", "doelen": again.doelen[:1]})
    overview = per_quarter([*entries, newer])
    kompas = [e for e in overview["2026-Q2"] if e.school == "Het Kompas"]
    assert kompas == [newer]


def test_a_schoolplan_or_foreign_document_among_the_reports_is_named_not_guessed(
        reports: dict[tuple[str, str], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "notulen.docx"
    document = docx.Document()
    document.add_paragraph("Notulen van de MR, 3 maart 2026.")
    document.save(str(foreign))
    entry = read_rapportage(foreign)
    assert not entry.ok and "geen kwartaalrapportage van Koerswijzer" in entry.error
    broken = tmp_path / "kapot.docx"
    broken.write_bytes(b"PK\x03\x04 dit is geen zip")
    assert "geen kwartaalrapportage" in read_rapportage(broken).error
    missing = read_rapportage(tmp_path / "weg.docx")
    assert "bestaat niet" in missing.error
    # In the review a foreign document is reviewed as a schoolplan; the reports get their overview.
    capsys.readouterr()
    code = main(["review", str(reports[("Het Kompas", "2026-Q2")]), str(broken), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1  # the broken file is a failure, said in Dutch
    assert [s["school"] for q in data["kwartaalrapportages"]["kwartalen"] for s in q["scholen"]] == ["Het Kompas"]
    assert any(s.get("fout") for s in data["scholen"])


def test_the_review_window_shows_the_reports_per_quarter_and_keeps_them(
        window, qtbot, reports: dict[tuple[str, str], Path], demo_template: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from koerswijzer.export import export_plan
    from koerswijzer.ui.review_page import ReviewPage

    plan_docx = tmp_path / "kleurrijke-kring.docx"
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, plan_docx)
    review_file = tmp_path / "ronde.beoordeling"
    assert window.open_review(review_file)
    page = window.review_page
    assert isinstance(page, ReviewPage)
    page.review([str(plan_docx), *(str(p) for p in reports.values())])
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60000)
    assert page.matrix.rowCount() == 1  # the schoolplan; the reports are no schoolplannen
    assert page.tabs.tabText(1) == "Kwartaalrapportages (6)"
    overview = page.quarters
    assert [overview.quarter.itemText(i) for i in range(overview.quarter.count())] == ["Q2 2026", "Q1 2026"]
    schools = {overview.table.item(r, 0).text(): r for r in range(overview.table.rowCount())}
    assert set(schools) == set(SCHOOLS)
    kompas = schools["Het Kompas"]
    assert [overview.table.item(kompas, c).data(0) for c in (1, 2, 3)] == [0, 0, 3]
    assert overview.table.item(kompas, 5).text() == "0 beter, 2 slechter"
    overview.table.setCurrentCell(kompas, 0)
    assert "Het Kompas 2026-Q2" in overview.detail.toPlainText()  # the school's own words
    overview.quarter.setCurrentIndex(1)
    horizon = next(r for r in range(overview.table.rowCount()) if overview.table.item(r, 0).text() == "OBS De Horizon")
    assert overview.table.item(horizon, 1).data(0) == 3
    assert overview.summary.text().startswith("3 scholen; samen ")

    # Kept in the review file: closed and opened again, the reports are there.
    window.close_review()
    assert window.open_review(review_file)
    assert window.review_page.quarters.table.rowCount() == 3
    target = tmp_path / "overzicht.xlsx"
    window.review_page.write_overview(target)
    assert openpyxl.load_workbook(target).sheetnames[-1] == "Kwartaalrapportages"
