"""Werkbladen: a director sends each group a Word worksheet, the groups fill it in (in all the
ways people use Word), and the answers come back as contributions of the right group."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from koerswijzer.export import ExportError
from koerswijzer.export.docx_parts import read_custom_properties, set_custom_properties
from koerswijzer.plan import Schoolplan
from koerswijzer.workshop.sessions import SessionInfo, Workshops
from koerswijzer.workshop.werkblad import (
    import_werkbladen,
    werkblad_filename,
    write_werkbladen,
)
from koerswijzer.workshop.werkblad_format import (
    INSTRUCTIONS,
    answer_bookmark,
    build_werkblad,
    heading_bookmark,
    printed_text,
    spec_from_properties,
)

QUESTIONS = ["v2.v-betrokkenheid", "gw.v-gastvrijheid", "gw.v-meningen"]  # the last two share their targets
GROUPS = ["Onderbouw", "Bovenbouw", "OOP"]


@pytest.fixture
def plan(demo_template: Path, tmp_path: Path) -> Iterator[Schoolplan]:
    path = tmp_path / "plan.schoolplan"
    shutil.copy(demo_template, path)
    with Schoolplan.open(path) as opened:
        yield opened


@pytest.fixture
def session(plan: Schoolplan) -> SessionInfo:
    return Workshops(plan).create_session("Studiedag maart", dt.date(2026, 3, 12), GROUPS, QUESTIONS)


@pytest.fixture
def werkbladen(plan: Schoolplan, session: SessionInfo, tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "werkbladen"
    folder.mkdir()
    return dict(zip(GROUPS, write_werkbladen(plan, session.id, folder), strict=True))


# -- helpers: what a group does in Word ----------------------------------------------------------


def box(document: docx.document.Document, question_id: str):  # type: ignore[no-untyped-def]
    """The answer box of a question, found the way a person would: the framed cell under it."""
    for table in document.tables:
        names = {b.get(qn("w:name")) for b in table._tbl.iter(qn("w:bookmarkStart"))}
        if answer_bookmark(question_id) in names:
            return table
    raise AssertionError(f"no answer box for {question_id}")


def paragraph_after(element, text: str, style: str | None = None):  # type: ignore[no-untyped-def]
    """Type a new paragraph right after a paragraph or table, outside any box."""
    new = docx.Document().add_paragraph(text, style=style)._p
    element.addnext(new)
    return new


def texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs]


def cards(plan: Schoolplan, session: SessionInfo) -> dict[tuple[str, str], str]:
    return {(c.group_name, c.question_id): c.text for c in Workshops(plan).contributions(session.id)}


def fill_messy(path: Path) -> None:
    """Onderbouw: paragraphs and bullets in the box, an extra table row, text typed outside the box
    and after the question, the instructions deleted, a note at the top, one answer left empty."""
    document = docx.Document(str(path))
    first = box(document, QUESTIONS[0]).cell(0, 0)
    first.paragraphs[0].add_run("Wij willen meer samen leren.")
    first.add_paragraph("Iedereen zit in een leerteam.")
    first.add_paragraph("Een teamuitje per jaar", style="List Bullet")
    first.add_paragraph("Vaste overlegtijd op woensdag", style="List Bullet")
    second = box(document, QUESTIONS[1])
    second.cell(0, 0).paragraphs[0].add_run("Koffie bij de ingang.")
    second.add_row().cells[0].paragraphs[0].add_run("Een welkomstbord in elke taal.")
    paragraph_after(second._tbl, "Ook ouders ontvangen bij het hek.")
    question = next(p for p in document.paragraphs if p.text.startswith("Hoe doen we recht aan de meningen"))
    question.add_run(" Met een ouderpanel twee keer per jaar.")
    for paragraph in document.paragraphs:
        if paragraph.text in INSTRUCTIONS or paragraph.text == "Zo vullen jullie dit werkblad in" \
                or paragraph.text.startswith("Sla het werkblad op"):
            paragraph._p.getparent().remove(paragraph._p)
    document.paragraphs[0].insert_paragraph_before("Ingevuld door Ans, Piet en Fatima")
    document.save(str(path))


def fill_plainly(path: Path, answers: dict[str, str]) -> None:
    document = docx.Document(str(path))
    for question_id, text in answers.items():
        box(document, question_id).cell(0, 0).paragraphs[0].add_run(text)
    document.save(str(path))


MESSY_EXPECTED = {
    ("Onderbouw", QUESTIONS[0]): "Wij willen meer samen leren.\nIedereen zit in een leerteam.\n"
                                 "- Een teamuitje per jaar\n- Vaste overlegtijd op woensdag",
    ("Onderbouw", QUESTIONS[1]): "Koffie bij de ingang.\nEen welkomstbord in elke taal.\n"
                                 "Ook ouders ontvangen bij het hek.",
    ("Onderbouw", QUESTIONS[2]): "Met een ouderpanel twee keer per jaar.",
}


# -- export --------------------------------------------------------------------------------------


def test_each_group_gets_its_own_werkblad_with_questions_targets_and_answer_boxes(
        plan: Schoolplan, session: SessionInfo, werkbladen: dict[str, Path]) -> None:
    assert [p.name for p in werkbladen.values()] == [f"Werkblad Studiedag maart - {g}.docx" for g in GROUPS]
    koers = plan.koers
    for group, path in werkbladen.items():
        document = docx.Document(str(path))
        body = [p.text for p in document.paragraphs]
        assert body[0] == "Werkblad: Studiedag maart" and document.paragraphs[0].style.name == "Heading 1"
        assert f"Groep: {group}" in body
        assert any(t.startswith("Schrijf jullie antwoord in het kader onder elke vraag") for t in body)
        for number, question_id in enumerate(QUESTIONS, start=1):
            question = koers.find(question_id)
            element = koers.element(question.element_id)
            assert f"Vraag {number} · {element.label}" in body
            assert question.tekst in body
            for target in element.targets:
                assert target.tekst in body
            answer_box = box(document, question_id)
            assert len(answer_box.rows) == 1 and answer_box.cell(0, 0).text == ""
        assert len(document.tables) == 3
        marks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
        assert {heading_bookmark(q) for q in QUESTIONS} <= marks
        spec = spec_from_properties(read_custom_properties(document))
        assert spec is not None and (spec.group, spec.session_uid, spec.question_ids) == \
            (group, session.uid, tuple(QUESTIONS))
        assert spec.school == plan.profile().school_name
        section = document.sections[0]
        assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
        assert document.core_properties.language == "nl-NL"
        assert document.settings.element.find(qn("w:updateFields")) is None  # no question when it opens


def test_file_names_are_safe_and_a_missing_folder_is_a_dutch_message(
        plan: Schoolplan, session: SessionInfo, tmp_path: Path) -> None:
    assert werkblad_filename("Studiedag 12/3: visie?", 'Groep "1/2"') == "Werkblad Studiedag 12 3 visie - Groep 1 2.docx"
    with pytest.raises(ExportError, match="bestaat niet"):
        write_werkbladen(plan, session.id, tmp_path / "nergens")


# -- the round trip ------------------------------------------------------------------------------


def test_answers_written_in_every_messy_way_arrive_with_their_question_and_group(
        plan: Schoolplan, session: SessionInfo, werkbladen: dict[str, Path]) -> None:
    fill_messy(werkbladen["Onderbouw"])
    fill_plainly(werkbladen["Bovenbouw"], {QUESTIONS[0]: "Een leerlingenraad per bouw.",
                                           QUESTIONS[2]: "Ouders praten mee in de klankbordgroep."})
    results = import_werkbladen(plan, list(werkbladen.values()))

    onder, boven, oop = results
    assert onder.ok and onder.group == "Onderbouw" and onder.added == 3 and onder.duplicates == 0
    assert onder.unplaced == ("Ingevuld door Ans, Piet en Fatima",)
    assert onder.message.startswith("3 antwoorden van Onderbouw toegevoegd.")
    assert "1 stuk tekst kon niet bij een vraag worden geplaatst" in onder.message
    assert boven.ok and boven.added == 2 and boven.unplaced == ()
    assert oop.ok and oop.added == 0 and "niet ingevuld" in oop.message  # an empty werkblad adds nothing
    assert cards(plan, session) == {
        **MESSY_EXPECTED,
        ("Bovenbouw", QUESTIONS[0]): "Een leerlingenraad per bouw.",
        ("Bovenbouw", QUESTIONS[2]): "Ouders praten mee in de klankbordgroep.",
    }
    assert {c.source for c in Workshops(plan).contributions(session.id)} == {"werkblad"}


def test_importing_the_same_werkbladen_again_adds_nothing(
        plan: Schoolplan, session: SessionInfo, werkbladen: dict[str, Path]) -> None:
    fill_messy(werkbladen["Onderbouw"])
    first = import_werkbladen(plan, [werkbladen["Onderbouw"]])
    again = import_werkbladen(plan, [werkbladen["Onderbouw"], werkbladen["Onderbouw"]])
    assert first[0].added == 3
    assert [(r.added, r.duplicates) for r in again] == [(0, 3), (0, 3)]
    assert again[0].message.startswith("Niets nieuws: de 3 antwoorden van Onderbouw stonden er al.")
    assert len(Workshops(plan).contributions(session.id)) == 3


def test_without_bookmarks_the_question_text_still_places_the_answer(
        plan: Schoolplan, session: SessionInfo, werkbladen: dict[str, Path]) -> None:
    path = werkbladen["OOP"]
    fill_plainly(path, {QUESTIONS[1]: "Een welkom in de eigen taal.", QUESTIONS[2]: "Een ouderavond per groep."})
    document = docx.Document(str(path))
    body = document.element.body
    for mark in [*body.iter(qn("w:bookmarkStart")), *body.iter(qn("w:bookmarkEnd"))]:
        mark.getparent().remove(mark)
    headings = [p for p in document.paragraphs if p.style.name == "Heading 2"]
    for heading in headings:  # the headings gone too: only the question texts are left as anchors
        heading._p.getparent().remove(heading._p)
    document.save(str(path))

    [result] = import_werkbladen(plan, [path])
    assert result.added == 2
    assert cards(plan, session) == {("OOP", QUESTIONS[1]): "Een welkom in de eigen taal.",
                                    ("OOP", QUESTIONS[2]): "Een ouderavond per groep."}


def test_a_box_keeps_its_question_when_the_question_above_it_is_deleted(
        plan: Schoolplan, session: SessionInfo, werkbladen: dict[str, Path]) -> None:
    path = werkbladen["OOP"]
    fill_plainly(path, {QUESTIONS[1]: "Een welkom in de eigen taal.", QUESTIONS[2]: "Een ouderavond per groep."})
    document = docx.Document(str(path))
    question = plan.koers.find(QUESTIONS[2])
    for paragraph in document.paragraphs:
        if paragraph.text in (question.tekst, "Vraag 3 · Gezien worden"):
            paragraph._p.getparent().remove(paragraph._p)
    document.save(str(path))

    import_werkbladen(plan, [path])
    assert cards(plan, session) == {("OOP", QUESTIONS[1]): "Een welkom in de eigen taal.",
                                    ("OOP", QUESTIONS[2]): "Een ouderavond per groep."}


def test_a_werkblad_saved_by_libreoffice_arrives_the_same(
        plan: Schoolplan, session: SessionInfo, werkbladen: dict[str, Path], tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is niet geïnstalleerd")
    fill_messy(werkbladen["Onderbouw"])
    out = tmp_path / "libreoffice"
    out.mkdir()
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo-profiel').as_uri()}", "--headless",
                    "--convert-to", "docx", "--outdir", str(out), str(werkbladen["Onderbouw"])],
                   check=True, capture_output=True, timeout=120)
    saved = out / werkbladen["Onderbouw"].name
    assert saved.read_bytes() != werkbladen["Onderbouw"].read_bytes()

    [result] = import_werkbladen(plan, [saved])
    assert result.ok and result.added == 3, result.message
    assert result.unplaced == ("Ingevuld door Ans, Piet en Fatima",)
    assert cards(plan, session) == MESSY_EXPECTED


# -- bad files -----------------------------------------------------------------------------------


def test_bad_files_each_get_a_dutch_message_and_the_batch_goes_on(
        plan: Schoolplan, session: SessionInfo, werkbladen: dict[str, Path], demo_template: Path,
        tmp_path: Path) -> None:
    bad = tmp_path / "slecht"
    bad.mkdir()
    pdf = bad / "werkblad.docx"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n")
    text = bad / "notities.docx"
    text.write_text("Onze antwoorden staan hieronder.", encoding="utf-8")
    corrupt = bad / "half.docx"
    corrupt.write_bytes(werkbladen["OOP"].read_bytes()[:3000])
    word = bad / "verslag.docx"
    ordinary = docx.Document()
    ordinary.add_paragraph("Verslag van de teamvergadering")
    ordinary.save(str(word))
    stranger = bad / "Werkblad van een andere school.docx"
    shutil.copy(demo_template, tmp_path / "ander.schoolplan")
    with Schoolplan.open(tmp_path / "ander.schoolplan") as other:
        other.update_profile(school_name="OBS Het Anker")
        other_session = Workshops(other).create_session("Teamdag", None, ["Onderbouw"], QUESTIONS[:1])
        [written] = write_werkbladen(other, other_session.id, bad)
        fill_plainly(written, {QUESTIONS[0]: "Niet van ons."})
        written.rename(stranger)
    lost_group = bad / "Werkblad Directie.docx"
    shutil.copy(werkbladen["OOP"], lost_group)
    document = docx.Document(str(lost_group))
    properties = read_custom_properties(document)
    set_custom_properties(document, {k: v.replace('"group":"OOP"', '"group":"Directie"')
                                     for k, v in properties.items()})
    document.save(str(lost_group))
    fill_plainly(werkbladen["Bovenbouw"], {QUESTIONS[1]: "Een welkomstwoord van de kinderen."})

    results = import_werkbladen(plan, [pdf, text, corrupt, word, stranger, lost_group, werkbladen["Bovenbouw"]])
    messages = [r.message for r in results]
    assert messages[0] == "'werkblad.docx' is een PDF, geen Word-document. Vraag de groep om het .docx-bestand."
    assert messages[1] == "'notities.docx' is geen Word-document (.docx)."
    assert messages[2].startswith("'half.docx' is beschadigd")
    assert messages[3].startswith("'verslag.docx' is geen werkblad van Koerswijzer.")
    assert messages[4].startswith("'Werkblad van een andere school.docx' hoort bij een ander schoolplan "
                                  "(van OBS Het Anker).")
    assert "groep 'Directie', maar die groep hoort niet (meer) bij sessie 'Studiedag maart'" in messages[5]
    assert [r.ok for r in results] == [False] * 6 + [True]
    assert all(r.added == 0 for r in results[:6])
    assert cards(plan, session) == {("Bovenbouw", QUESTIONS[1]): "Een welkomstwoord van de kinderen."}


def test_a_werkblad_of_a_deleted_session_is_refused(
        plan: Schoolplan, session: SessionInfo, werkbladen: dict[str, Path]) -> None:
    fill_plainly(werkbladen["OOP"], {QUESTIONS[0]: "Te laat."})
    Workshops(plan).delete_session(session.id)
    [result] = import_werkbladen(plan, [werkbladen["OOP"]])
    assert not result.ok and "hoort bij een ander schoolplan of bij een sessie die niet meer bestaat" in result.message


def test_printed_texts_are_known_so_they_never_become_answers(plan: Schoolplan, session: SessionInfo) -> None:
    from koerswijzer.workshop.werkblad_export import spec_for

    spec = spec_for(plan, session, "OOP")
    printed = printed_text(build_werkblad(spec, plan.koers))
    shared = plan.koers.element(plan.koers.find(QUESTIONS[1]).element_id).targets[0].tekst
    assert " ".join(shared.split()).casefold() in printed.printed
    assert " ".join(shared.split()).casefold() not in printed.anchors  # two questions print it: no anchor
    assert [printed.anchors[" ".join(plan.koers.find(q).tekst.split()).casefold()] for q in QUESTIONS] == \
        [[q] for q in QUESTIONS]


def test_the_command_line_lists_sessions_makes_werkbladen_and_reads_them_back(
        plan: Schoolplan, session: SessionInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from koerswijzer.cli import main

    location = plan.location
    plan.close()
    assert main(["werkbladen", location]) == 0
    assert "1. Studiedag maart (12-03-2026): 3 vragen, groepen Onderbouw, Bovenbouw, OOP, 0 kaartjes" in \
        capsys.readouterr().out
    folder = tmp_path / "nieuw" / "werkbladen"
    assert main(["werkbladen", location, "--maken", "studiedag maart", "-o", str(folder)]) == 0
    made = sorted(folder.glob("*.docx"))
    assert len(made) == 3
    fill_plainly(folder / werkblad_filename("Studiedag maart", "OOP"), {QUESTIONS[0]: "Assistenten doen mee."})
    stray = tmp_path / "notulen.txt"
    stray.write_text("geen werkblad", encoding="utf-8")
    capsys.readouterr()
    assert main(["werkbladen", location, "--inlezen", *map(str, made), str(stray)]) == 1
    out = capsys.readouterr().out
    assert "1 antwoord van OOP toegevoegd." in out and "'notulen.txt'" in out
    with Schoolplan.open(location) as again:
        assert [(c.group_name, c.text) for c in Workshops(again).contributions()] == [("OOP", "Assistenten doen mee.")]
    assert main(["werkbladen", location, "--maken", "bestaat niet"]) == 1
