"""The board reviews received schoolplannen: generated, edited in Word, foreign, and broken."""

from __future__ import annotations

import re
import shutil
import time
import zipfile
from pathlib import Path

import docx
import pytest

from koerswijzer.cli import main
from koerswijzer.export import export_plan
from koerswijzer.koers.model import Koers
from koerswijzer.plan import Schoolplan
from koerswijzer.review.reader import UnreadableDocument, read_docx
from koerswijzer.review.review import review_file, review_files


def word_document(path: Path, title: str, *sections: tuple[str, int, str]) -> Path:
    """A received plan as a school writes it in Word: a title, then (heading, level, paragraph) sections."""
    document = docx.Document()
    document.add_heading(title, 0)
    for heading, level, paragraph in sections:
        document.add_heading(heading, level)
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def generated(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("review") / "kleurrijke-kring.docx"
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, target)
    return target


def test_a_generated_plan_is_mapped_exactly_through_its_trace(generated: Path, asg: Koers) -> None:
    review = review_file(generated, asg)
    assert review.ok and review.generated
    assert review.school == "OBS De Kleurrijke Kring"
    assert all(e.found == "exact" for e in review.elements)
    assert [e.answered for e in review.elements] == [e.questions for e in review.elements]
    venster_2 = next(e for e in review.elements if e.element_id == "venster-2")
    # 7: interne mobiliteit is "geen prioriteit deze periode", whatever the text shares with it
    assert venster_2.targets_total == 10 and venster_2.targets_addressed >= 7
    assert review.statutory["mr_instemming"] is True
    assert review.statutory["burgerschap"] is True


def test_a_plan_edited_in_word_is_still_mapped_by_its_headings(generated: Path, asg: Koers, tmp_path: Path) -> None:
    """Bookmarks deleted, custom properties gone, a heading renamed, a chapter moved, text added."""
    edited = tmp_path / "bewerkt.docx"
    document = docx.Document(str(generated))
    body = document.element.body
    for mark in list(body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bookmarkStart")):
        mark.getparent().remove(mark)
    for paragraph in document.paragraphs:
        if paragraph.text == "Venster 4: Partnerschap":
            paragraph.runs[0].text = "4. Partnerschap"
    document.add_heading("Onze eigen aanvulling", level=1)
    document.add_paragraph("Wij werken samen met de bibliotheek en het buurthuis aan taal en lezen. " * 8)
    document.save(str(edited))
    with zipfile.ZipFile(edited) as old, zipfile.ZipFile(tmp_path / "zonder-spoor.docx", "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "docProps/custom.xml":
                continue
            if item.filename == "_rels/.rels":  # as Word does when the custom properties go
                data = re.sub(rb'<Relationship [^>]*custom-properties[^>]*/>', b"", data)
            new.writestr(item, data)
    review = review_file(tmp_path / "zonder-spoor.docx", asg)
    assert review.ok and not review.generated
    found = {e.element_id: e.found for e in review.elements}
    assert set(found.values()) == {"heading"}
    assert next(e for e in review.elements if e.element_id == "venster-4").answered == 5


def test_a_foreign_plan_is_placed_by_its_text_and_unknowns_are_not_failures(asg: Koers, tmp_path: Path) -> None:
    path = tmp_path / "eigen-opzet.docx"
    document = docx.Document()
    document.add_heading("Schoolplan 2024-2028 De Vlinder", 0)
    document.add_heading("Ons personeel", level=1)
    document.add_paragraph(
        "Onze leerkrachten werken aan hun professionele ontwikkeling via de ASG Academie. Het ziekteverzuim "
        "pakken wij aan met een vitaliteitsprogramma en minder werkdruk. Onbevoegde leraren krijgen "
        "begeleiding bij het halen van hun bevoegdheid, en de jaarlijkse gesprekscyclus is ingevoerd. "
        "Medewerkers voelen zich betrokken bij de school en trots op ASG. " * 2)
    document.add_heading("Burgerschap en veiligheid", level=1)
    document.add_paragraph("Burgerschap krijgt vorm in de leerlingenraad; de sociale veiligheid monitoren "
                           "wij jaarlijks met een vragenlijst. " * 3)
    document.save(str(path))
    review = review_file(path, asg)
    assert review.ok and not review.generated
    venster_2 = next(e for e in review.elements if e.element_id == "venster-2")
    assert venster_2.found == "text"
    assert venster_2.answered is None
    assert venster_2.findings[0].startswith("Centrale vragen: onbekend")
    # Unknown is not missing: no question is reported as unanswered.
    assert not any("beantwoord" in f for e in review.elements for f in e.findings)
    assert venster_2.targets_addressed >= 3
    assert review.statutory["burgerschap"] and review.statutory["veiligheid"]
    # Read from the document itself: the period from its title; the MR's consent is not stated.
    assert review.statutory["planperiode"] is True
    assert review.statutory["mr_instemming"] is False
    # The drill-down: where the document addresses a target, with the matched words in bold.
    vitaal = next(p for p in venster_2.passages if p["doel"] == "ASG heeft vitale werknemers.")
    assert vitaal["waar"] == "onder ‘Ons personeel’"
    assert "**ziekteverzuim**" in vitaal["passage"] or "**vitaliteitsprogramma**" in vitaal["passage"]
    assert len(venster_2.passages) == venster_2.targets_addressed


# -- bad input ----------------------------------------------------------------------------------


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def docx_with(tmp_path: Path, name: str, document_xml: str, rels: str | None = None) -> Path:
    """A minimal Word package with our own document.xml (and relationships)."""
    path = tmp_path / name
    base = docx.Document()
    source = tmp_path / "basis.docx"
    base.save(str(source))
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "word/document.xml":
                data = document_xml.encode()
            if rels and item.filename == "word/_rels/document.xml.rels":
                data = rels.encode()
            new.writestr(item.filename, data)
    return path


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("pdf.docx", lambda p: write(p, b"%PDF-1.7\n" + bytes(500)), "is een PDF, geen Word-document"),
        ("tekst.docx", lambda p: write(p, b"Beste bestuur,\nhierbij ons plan.\n"), "is geen Word-document"),
        ("leeg.docx", lambda p: write(p, b""), "is leeg"),
        ("kapot.docx", lambda p: write(p, b"PK\x03\x04" + bytes(300)), "is beschadigd"),
        ("oud.docx", lambda p: write(p, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le")
                                     + bytes(600)), "is een oud Word-bestand (.doc)"),
        ("wachtwoord.docx", lambda p: write(p, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                            + "EncryptedPackage".encode("utf-16-le") + bytes(600)),
         "is beveiligd met een wachtwoord"),
    ],
)
def test_bad_files_get_a_clear_dutch_message(tmp_path: Path, name: str, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / name)
    with pytest.raises(UnreadableDocument, match=re.escape(message)):
        read_docx(path)


def test_a_zip_bomb_is_refused_without_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a/>")
        with archive.open("word/bom.bin", "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(400):  # 400 MB of zeros, a few hundred KB packed
                member.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    start = time.perf_counter()
    with pytest.raises(UnreadableDocument, match="zip-bom"):
        read_docx(path)
    assert time.perf_counter() - start < 2


def test_an_archive_that_is_no_word_document(tmp_path: Path) -> None:
    path = tmp_path / "foto's.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8" + bytes(100))
    with pytest.raises(UnreadableDocument, match="zip-bestand, maar geen Word-document"):
        read_docx(path)


def test_external_entities_and_links_are_never_resolved(tmp_path: Path, asg: Koers) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
           f'<w:document {W}><w:body><w:p><w:r><w:t>Hallo &x;</w:t></w:r></w:p></w:body></w:document>')
    path = docx_with(tmp_path, "entiteit.docx", xml)
    try:
        document = read_docx(path)
        assert "GEHEIM" not in " ".join(b.text for b in document.blocks)
    except UnreadableDocument:
        pass  # refusing the file is as good as not resolving
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId99" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/hyperlink" Target="http://192.0.2.1/lek" TargetMode="External"/>'
            '</Relationships>')
    linked = docx_with(tmp_path, "link.docx", f'<w:document {W}><w:body><w:p><w:r><w:t>Plan</w:t></w:r></w:p>'
                       '</w:body></w:document>', rels)
    document = read_docx(linked)
    assert document.external_links == ["http://192.0.2.1/lek"]  # recorded, never fetched
    assert review_file(linked, asg).ok


def test_an_empty_document_and_a_300_page_document(tmp_path: Path, asg: Koers) -> None:
    empty = tmp_path / "leeg-plan.docx"
    docx.Document().save(str(empty))
    review = review_file(empty, asg)
    assert review.ok and all(e.verdict == "aandachtspunt" for e in review.elements)
    big = tmp_path / "dik.docx"
    document = docx.Document()
    for chapter in range(60):
        document.add_heading(f"Hoofdstuk {chapter}", level=1)
        for _ in range(20):
            document.add_paragraph("Wij werken aan goed onderwijs voor alle leerlingen in de wijk, samen met "
                                   "ouders en partners, en wij evalueren dat jaarlijks in het team. " * 3)
    document.save(str(big))
    start = time.perf_counter()
    review = review_file(big, asg)
    assert review.ok
    assert time.perf_counter() - start < 20


def test_a_batch_continues_past_bad_files_and_uses_both_cores(generated: Path, asg: Koers, tmp_path: Path) -> None:
    files = []
    for i in range(4):
        copy = tmp_path / f"school-{i}.docx"
        shutil.copy(generated, copy)
        files.append(copy)
    files.insert(2, write(tmp_path / "kapot.docx", b"geen word"))
    seen = []
    reviews = review_files(files, asg, lambda done, total, r: seen.append(done) or True, workers=2)
    assert [r.path for r in reviews] == files
    assert [r.ok for r in reviews] == [True, True, False, True, True]
    assert seen == [1, 2, 3, 4, 5]


def test_the_review_command_writes_an_overview(generated: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    bad = write(tmp_path / "kapot.docx", b"geen word")
    overview = tmp_path / "overzicht.xlsx"
    assert main(["review", str(generated), str(bad), "-o", str(overview)]) == 1
    out = capsys.readouterr().out
    assert "OBS De Kleurrijke Kring (kleurrijke-kring.docx, Koerswijzer-document)" in out
    assert "kapot.docx: 'kapot.docx' is geen Word-document (.docx)." in out
    sheet = load_workbook(overview)["Overzicht"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("School", "Bestand", "Versie", "Status", "Gezien worden")
    assert rows[1][0] == "OBS De Kleurrijke Kring" and rows[1][4] in {"Sterk", "Voldoende"}
    assert rows[2][3] == "'kapot.docx' is geen Word-document (.docx)."
    csv_path = tmp_path / "overzicht.csv"
    assert main(["review", str(generated), "-o", str(csv_path)]) == 0
    assert csv_path.read_text(encoding="utf-8-sig").splitlines()[0].startswith("School;Bestand;Versie;Status;")


def test_judgements_are_kept_in_the_review_file_and_survive_a_newer_version(
    generated: Path, asg: Koers, tmp_path: Path
) -> None:
    from koerswijzer.review.store import ReviewStore

    plan = tmp_path / "kleurrijke-kring.docx"
    shutil.copy(generated, plan)
    store_path = tmp_path / "ronde-2025.beoordeling"
    with ReviewStore.create(store_path, asg, "Ronde 2025") as store:
        store.add_reviews([review_file(plan, asg)])
        (document,) = store.documents()
        assert document.school == "OBS De Kleurrijke Kring" and document.version == 1
        assert document.result["onderdelen"][0]["id"] == "gezien-worden"
        store.set_judgement(document.id, "venster-2", "sterk", "Heldere aanpak van het verzuim.")
    # The school sends a new version; the earlier judgement stays, marked as on version 1.
    edited = docx.Document(str(plan))
    edited.add_paragraph("Aanvulling na het gesprek met het bestuur.")
    edited.save(str(plan))
    with ReviewStore.open(store_path) as store:
        assert store.koers.id == "asg-koers-22"
        store.add_reviews([review_file(plan, asg)])
        (document,) = store.documents()
        assert document.version == 2
        judgement = store.judgements(document.id)["venster-2"]
        assert (judgement.judgement, judgement.comment, judgement.on_version) == (
            "sterk", "Heldere aanpak van het verzuim.", 1)


def test_the_beoordelingsformulier_carries_findings_and_the_boards_judgement(
    generated: Path, asg: Koers, tmp_path: Path
) -> None:
    from koerswijzer.review.form import write_form
    from koerswijzer.review.store import ReviewStore

    with ReviewStore.create(tmp_path / "r.beoordeling", asg) as store:
        store.add_reviews([review_file(generated, asg)])
        (document,) = store.documents()
        store.set_judgement(document.id, "venster-4", "aandachtspunt", "Betrek ouders meer bij het leren.")
        target = write_form(tmp_path / "formulier.docx", document, store.judgements(document.id), asg, "J. de Vries")
    form = docx.Document(str(target))
    texts = [p.text for p in form.paragraphs]
    assert texts[0] == "Beoordeling schoolplan OBS De Kleurrijke Kring"
    assert "Oordeel van het bestuur: Aandachtspunt. Betrek ouders meer bij het leren." in texts
    summary = form.tables[0]
    assert [c.text for c in summary.rows[0].cells] == ["Onderdeel", "Koerswijzer", "Oordeel bestuur",
                                                       "Doelen bestuur geraakt"]
    assert summary.rows[8].cells[2].text == "Aandachtspunt"
    assert [p.text for p in form.paragraphs if p.style.name == "Heading 2"][-1] == "Wettelijke eisen"
    # the statutory items by their Dutch names, never the program's keys
    items = [row.cells[0].text for row in form.tables[-1].rows[1:]]
    assert "Instemming van de MR" in items and "Veiligheid en schoolklimaat" in items
    assert not any("_" in item for item in items)


def test_goals_written_as_sentences_in_a_foreign_plan_are_read_and_placed(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """A list under "Wat willen wij in 2028 bereikt hebben?" and a sentence with a figure to reach by a
    year are goals; a figure from the past is not. Under a heading of the school's own, they are
    placed by what the section is about."""
    import docx as python_docx

    from koerswijzer.review.mapping import goal_statements, map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2024-2028 OBS De Linde", 0)
    document.add_heading("Lezen en taal", 1)
    document.add_paragraph("Wij volgen de kerndoelen en werken toe naar de referentieniveaus 1F en 2F; leerlingen "
                           "met een leesachterstand krijgen extra instructie in kleine groepen.")
    document.add_paragraph("In 2023 lag het percentage leerlingen dat 2F haalde op 48%.")
    document.add_paragraph("Wat willen wij in 2028 bereikt hebben?")
    document.add_paragraph("Minstens 65% van de leerlingen in groep 8 haalt het niveau 2F voor lezen.", style="List Bullet")
    document.add_paragraph("Elke groep werkt met een leesplan.", style="List Bullet")
    document.add_heading("Personeel", 1)
    document.add_paragraph("Het ziekteverzuim is in 2027 gedaald tot hoogstens 5%, door een vitaliteitsaanpak.")
    path = tmp_path / "linde.docx"
    document.save(str(path))

    goals = goal_statements(asg, map_document(read_docx(path), asg).sections, 2024)
    assert [g.wat for g in goals] == ["Minstens 65% van de leerlingen in groep 8 haalt het niveau 2F voor lezen.",
                                      "Elke groep werkt met een leesplan.",
                                      "Het ziekteverzuim is in 2027 gedaald tot hoogstens 5%, door een vitaliteitsaanpak."]
    assert [g.schooljaar for g in goals] == [2027, 2027, 2026]
    assert goals[0].element_id == "venster-1" and goals[0].indicator  # measurable, and placed by its section
    assert goals[1].indicator == "" and goals[1].schooljaar == 2027  # dated by the line above the list


def test_a_goals_chapter_is_split_item_by_item_and_a_dated_item_is_a_concrete_goal(  # type: ignore[no-untyped-def]
        tmp_path: Path, asg) -> None:
    """A chapter "Onze doelen 2024-2028" as a Word list, with goals for several vensters and no venster
    named: each item goes where its own words point, and an item dated in the plan period is a
    concrete goal even without a figure ("In 2025 is ons schoolondersteuningsprofiel herzien")."""
    import docx as python_docx

    from koerswijzer.congruence.engine import goal_is_concrete
    from koerswijzer.review.mapping import goal_statements, map_document
    from koerswijzer.review.reader import read_docx
    from koerswijzer.review.review import attribute_goals

    document = python_docx.Document()
    document.add_heading("Schoolplan 2024-2028 De Horizon", 0)
    document.add_paragraph("Onze doelen 2024-2028").runs[0].bold = True  # a heading typed in bold
    document.add_paragraph("Hieronder staan de doelen die we ons voor de komende vier jaar stellen.")
    items = ["In 2025 is ons schoolondersteuningsprofiel herzien en besproken met het samenwerkingsverband.",
             "Vanaf 2025 heeft iedere medewerker elk jaar een ontwikkelgesprek en een beoordelingsgesprek.",
             "We nodigen ouders vaker uit voor een koffieochtend en een inloopspreekuur."]
    for item in items:
        document.add_paragraph(item, style="List Number")
    path = tmp_path / "horizon.docx"
    document.save(str(path))

    sections = map_document(read_docx(path), asg).sections
    goals = attribute_goals(asg, goal_statements(asg, sections, 2024, 2028))
    assert [g.wat for g in goals] == items
    assert [g.element_id for g in goals] == ["venster-1", "venster-2", "venster-4"]
    assert [g.schooljaar for g in goals] == [2024, 2024, None]
    assert goal_is_concrete(goals[0]) and goal_is_concrete(goals[1]) and not goal_is_concrete(goals[2])


def test_the_items_after_a_line_that_announces_goals_are_goals_dated_by_their_own_year(  # type: ignore[no-untyped-def]
        tmp_path: Path, asg) -> None:
    """"Doelen Sterk team:" at the end of a section, then a list: each item is a goal of that section,
    dated by the year it names ("Juli 2029: Ilse is bevoegd leerkracht"), also without a figure. A
    line with a colon that announces no goals ("Wij werken met:") leads no goals."""
    import docx as python_docx

    from koerswijzer.congruence.engine import goal_is_concrete
    from koerswijzer.review.mapping import goal_statements, map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 OBS De Kleine Hout", 0)
    document.add_heading("Personeel in positie", 1)
    document.add_paragraph("Ieder teamlid volgt elk jaar minstens één scholing die past bij de schooldoelen; wat "
                           "iemand volgt, komt in het bekwaamheidsdossier en wordt besproken in het ontwikkelgesprek.")
    document.add_paragraph("Wij werken met:")
    document.add_paragraph("een startgesprek in september.", style="List Bullet")
    document.add_paragraph("Doelen Sterk team:")
    items = ["Juli 2026: ieder teamlid heeft de training begrijpend lezen afgerond.",
             "Juli 2029: Ilse heeft haar pabodiploma en is bevoegd leerkracht.",
             "We blijven elkaar opzoeken."]
    for item in items:
        document.add_paragraph(item, style="List Bullet")
    path = tmp_path / "kleine-hout.docx"
    document.save(str(path))

    goals = goal_statements(asg, map_document(read_docx(path), asg).sections, 2025, 2029)
    assert [g.wat for g in goals] == items
    assert [g.schooljaar for g in goals] == [2025, 2028, None]
    assert [g.element_id for g in goals] == ["venster-2"] * 3
    assert [goal_is_concrete(g) for g in goals] == [True, True, False]


def test_the_items_under_a_heading_that_asks_what_the_school_wants_to_reach_are_its_goals(  # type: ignore[no-untyped-def]
        tmp_path: Path, asg) -> None:
    """"Wat willen we in 2028 bereikt hebben?" as a Heading 3 above its bullets, inside a venster's
    chapter: the bullets are that venster's goals for 2028. "Wat we bereiken" under a theme of the
    school's own is a list of goals too, each placed by its own words."""
    import docx as python_docx

    from koerswijzer.congruence.engine import goal_is_concrete
    from koerswijzer.review.mapping import goal_statements, map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2024-2028 SBO De Zonnedauw", 0)
    document.add_heading("7. Venster 1: Goed en toegankelijk onderwijs", 1)
    document.add_heading("7.1 Hoe zorgen we ervoor dat ons onderwijs goed aansluit?", 2)
    document.add_paragraph("Wij werken met leerroutes per vak en bespreken elke leerling drie keer per jaar.")
    document.add_heading("Wat willen we in 2028 bereikt hebben?", 3)
    first = ["Ieder kind heeft een ontwikkelingsperspectief dat twee keer per jaar met ouders is besproken.",
             "Ten minste 80 procent van de leerlingen haalt de eigen leerroute voor rekenen."]
    for item in first:
        document.add_paragraph(item, style="List Bullet")
    document.add_heading("Ambitie 5 – Samen sterker", 1)
    document.add_paragraph("Wij werken samen met ouders, partners in de wijk en andere scholen van het bestuur.")
    document.add_heading("Wat we bereiken", 2)
    second = ["Juli 2026 – Ten minste vier voornemens zijn in de verkenningsfase met de MR besproken."]
    for item in second:
        document.add_paragraph(item, style="List Bullet")
    path = tmp_path / "zonnedauw.docx"
    document.save(str(path))

    goals = goal_statements(asg, map_document(read_docx(path), asg).sections, 2024, 2028)
    assert [g.wat for g in goals] == first + second
    assert [g.schooljaar for g in goals] == [2027, 2027, 2025]
    assert [g.element_id for g in goals][:2] == ["venster-1", "venster-1"]
    assert all(goal_is_concrete(g) for g in goals)


def test_a_goal_row_that_touches_a_kernwaarde_and_a_venster_goes_to_the_venster(asg: Koers) -> None:
    """A goal is the work of a venster: a row about parents' involvement that also uses the words of a
    kernwaarde is placed in the venster, whose verdict asks for concrete goals, even when it names
    more of the kernwaarde; a section of text is still placed where it says most."""
    from koerswijzer.congruence.evidence import passage_targets
    from koerswijzer.review.mapping import element_of_text

    row = ("Iedere ouder wordt bij de deur persoonlijk begroet en voelt zich gewaardeerd; nieuwe gezinnen krijgen "
           "een gastvrije rondleiding, en vanaf 2026 voeren we met alle ouders een startgesprek over het leren "
           "van hun kind.")
    assert passage_targets(asg, row, None) == {"gw.d-gastvrij", "gw.d-waardevol", "v4.d-ouders-betrokken"}
    assert element_of_text(asg, row) == "gezien-worden"  # as text: two targets of Gezien worden
    assert element_of_text(asg, row, goal=True) == "venster-4"  # as a goal: the venster's work


def test_a_goal_whose_words_name_no_target_goes_where_the_plan_writes_about_its_subject(asg: Koers) -> None:
    """"Vóór de zomer van 2027 haalt ten minste 80 procent van groep 8 een voldoende voor de rekentoets"
    names no target of the koers; the plan's own chapter on rekenen, under venster 1, says where it
    belongs. A goal that shares nothing telling with any section stays unplaced."""
    from koerswijzer.plan.types import GoalInfo
    from koerswijzer.review.mapping import Section
    from koerswijzer.review.review import attribute_goals

    sections = [
        Section("Rekenen in de bovenbouw", "venster-1", how="heading",
                paragraphs=["In groep 6 tot en met 8 werken we met de rekenmethode Wereld in getallen. Een voldoende "
                            "voor de rekentoets haalde in 2024 62 procent van groep 8; we geven daarom dagelijks "
                            "verlengde instructie."]),
        Section("Ons team", "venster-2", how="heading",
                paragraphs=["Elf leerkrachten en drie onderwijsassistenten werken in groep 1 tot en met 8; ieder "
                            "volgt elk jaar een training."]),
    ]
    goals = [GoalInfo(1, None, wat="Vóór de zomer van 2027 haalt ten minste 80 procent van groep 8 een voldoende "
                                   "voor de rekentoets."),
             GoalInfo(2, None, wat="In 2026 is de fietsenstalling vernieuwd.")]
    placed = attribute_goals(asg, goals, sections)
    assert [g.element_id for g in placed] == ["venster-1", None]
    assert [g.element_id for g in attribute_goals(asg, goals)] == [None, None]  # without the plan: unknown


def test_a_goal_in_a_paragraph_of_a_goals_chapter_is_placed_by_its_paragraph(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """A goals chapter written as paragraphs: the sentence with the figure ("Wij willen dat dat in juli
    2027 ten minste 70% is") says nothing of its subject; the paragraph around it does."""
    import docx as python_docx

    from koerswijzer.review.mapping import goal_statements, map_document
    from koerswijzer.review.reader import read_docx
    from koerswijzer.review.review import attribute_goals

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 De Wegwijzer", 0)
    document.add_heading("Doelen 2025-2029", 1)
    document.add_paragraph("Ons tweede doel gaat over het ziekteverzuim van het team. Het verzuim lag in 2024 op 7,1 "
                           "procent. Wij willen dat dat in juli 2027 ten hoogste 5 procent is. Daarvoor houdt de "
                           "bedrijfsarts vanaf 2025 een preventief spreekuur op school.")
    path = tmp_path / "wegwijzer.docx"
    document.save(str(path))

    goals = attribute_goals(asg, goal_statements(asg, map_document(read_docx(path), asg).sections, 2025, 2029))
    assert [g.wat for g in goals] == ["Wij willen dat dat in juli 2027 ten hoogste 5 procent is."]
    assert goals[0].element_id == "venster-2" and goals[0].schooljaar == 2026


def test_under_a_theme_of_a_goals_chapter_a_dated_sentence_is_a_goal(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Waar we in 2027 willen staan" (the koers's own question as the school's chapter) with a theme of
    its own under it: the theme's sentences dated in the plan period are goals, also without a figure;
    what the school does for them ("Daarvoor ...") and what happened before are not."""
    import docx as python_docx

    from koerswijzer.review.mapping import goal_statements, map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2023-2027 De Rietkraag", 0)
    document.add_heading("9. Waar we in 2027 willen staan", 1)
    document.add_heading("9.5 Een team dat blijft leren", 2)
    document.add_paragraph("Eind 2025 hebben alle leerkrachten de basiscursus gevolgd. Beide zij-instromers zijn "
                           "uiterlijk in 2025 bevoegd. Daarvoor krijgen zij vanaf 2023 twee uur per week vrij. In "
                           "2022 volgden zes collega's de cursus.")
    document.add_heading("10. Totstandkoming", 1)
    document.add_paragraph("De MR heeft in juni 2026 met dit plan ingestemd; in 2027 evalueren we het.")
    path = tmp_path / "rietkraag.docx"
    document.save(str(path))

    goals = goal_statements(asg, map_document(read_docx(path), asg).sections, 2023, 2027)
    assert [g.wat for g in goals] == ["Eind 2025 hebben alle leerkrachten de basiscursus gevolgd.",
                                      "Beide zij-instromers zijn uiterlijk in 2025 bevoegd."]
    assert [g.schooljaar for g in goals] == [2024, 2024]


def test_after_what_the_school_wants_to_reach_a_dated_sentence_is_a_goal(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Wat we willen bereiken: ..." leads a paragraph of goals: a sentence dated in the plan period is
    one, also without a figure; a date in the past is not."""
    import docx as python_docx

    from koerswijzer.review.mapping import goal_statements, map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 De Wingerd", 0)
    document.add_heading("Zorg en begeleiding", 1)
    document.add_paragraph("Elk kind heeft een ontwikkelingsperspectief dat de commissie van begeleiding jaarlijks "
                           "met de ouders bespreekt.")
    document.add_paragraph("Wat we willen bereiken: vanaf januari 2026 wordt elk OPP binnen zes weken na plaatsing "
                           "vastgesteld (2024: bij 70% van de nieuwe kinderen). In juni 2026 zijn alle zorgplannen in "
                           "hetzelfde format opgesteld. In 2023 is het zorgplan herschreven.")
    path = tmp_path / "wingerd.docx"
    document.save(str(path))

    goals = goal_statements(asg, map_document(read_docx(path), asg).sections, 2025, 2029)
    assert [g.wat for g in goals] == [
        "Wat we willen bereiken: vanaf januari 2026 wordt elk OPP binnen zes weken na plaatsing vastgesteld (2024: bij "
        "70% van de nieuwe kinderen).",
        "In juni 2026 zijn alle zorgplannen in hetzelfde format opgesteld."]
    assert [g.schooljaar for g in goals] == [2025, 2025]


def test_a_signature_section_under_an_elements_chapter_is_read_not_a_failure(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Vaststelling" as a sub-heading of the last venster's chapter is the plan's colofon: the
    document is reviewed, and the MR's consent in it is read."""
    path = word_document(
        tmp_path / "zeester.docx", "Schoolplan 2025-2029 RK Basisschool De Zeester",
        ("Venster 4: Partnerschap", 1, "Twee keer per jaar voeren wij met ouders en kind een driehoeksgesprek over "
                                       "de doelen van het kind; nieuwe ouders krijgen een huisbezoek van de leerkracht."),
        ("Vaststelling", 2, "De MR heeft op 12 juni 2025 ingestemd met dit schoolplan."))

    review = review_file(path, asg)
    assert review.ok, review.error
    assert review.statutory["mr_instemming"] is True
    assert review.report.targets["v4.d-ouders-betrokken"].addressed


def test_a_goal_table_by_theme_with_a_column_for_the_end_of_the_plan_is_read(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Thema | Doel | Eind 2029": the goal is the Doel column, the theme says what it is about, and
    what stands under "Eind 2029" is to be reached in the school year that ends then."""
    import docx as python_docx

    from koerswijzer.congruence.engine import goal_is_concrete
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 OBS De Hooiberg", 0)
    document.add_heading("4 Doelen", 1)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Thema", "Doel", "Eind 2029"),
                                       ("Ouders en wijk", "Ouders bij het startgesprek", "95% van de ouders aanwezig"),
                                       ("Team", "Zij-instromers bevoegd", "Alle zij-instromers bevoegd")],
                          strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "hooiberg.docx"
    document.save(str(path))

    goals = map_document(read_docx(path), asg).goals
    assert [(g.wat, g.schooljaar) for g in goals] == [("Ouders en wijk: Ouders bij het startgesprek", 2028),
                                                     ("Team: Zij-instromers bevoegd", 2028)]
    assert goals[0].indicator == "95% van de ouders aanwezig"
    assert all(goal_is_concrete(g) for g in goals)


def _table_plan(path: Path, title: str, headings: list[str], rows: list[tuple[str, ...]]) -> Path:
    """A foreign plan of one table under its headings (level 1, 2, ...), as Word writes it."""
    import docx as python_docx

    document = python_docx.Document()
    document.add_heading(title, 0)
    for level, heading in enumerate(headings, start=1):
        document.add_heading(heading, level)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.save(str(path))
    return path


def test_a_measurement_table_is_read_as_goals(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Indicator | Nu | Doel 2026-2027 | Doel 2028-2029": every indicator is a goal, its value under the
    last dated column is to be reached in that school year; under a venster's heading it is that venster's."""
    from koerswijzer.congruence.engine import goal_is_concrete
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    path = _table_plan(tmp_path / "hooiberg.docx", "Schoolplan 2025-2029 OBS De Hooiberg",
                       ["Venster 1: Goed en toegankelijk onderwijs", "Hoe we het meten"],
                       [("Indicator", "Nu (2023-2024)", "Doel 2026-2027", "Doel 2028-2029"),
                        ("Doorstroomtoets 2F lezen", "48%", "50%", "53%"),
                        ("Doorstroomtoets 1S rekenen", "27%", "31%", "")])

    goals = map_document(read_docx(path), asg).goals
    assert [(g.wat, g.indicator, g.schooljaar, g.element_id) for g in goals] == [
        ("Doorstroomtoets 2F lezen", "53%", 2028, "venster-1"),
        ("Doorstroomtoets 1S rekenen", "31%", 2026, "venster-1")]
    assert goal_is_concrete(goals[0])


def test_an_indicator_table_by_year_is_read_as_goals(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Indicator | 2024 | 2026 | 2028": the first year is where the school stands, the last value is the
    goal, to be reached in the school year that ends in 2028."""
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    path = _table_plan(tmp_path / "kolkhaven.docx", "Schoolplan 2024-2028 Kolkhaven College",
                       ["Venster 4: Partnerschap"],
                       [("Indicator", "2024", "2026", "2028"),
                        ("Ouders aanwezig bij driehoeksgesprek", "68%", "80%", "90%"),
                        ("Voortijdig schoolverlaters", "2,1%", "1,7%", "1,4%")])

    goals = map_document(read_docx(path), asg).goals
    assert [(g.wat, g.indicator, g.schooljaar, g.element_id, g.hoe) for g in goals] == [
        ("Ouders aanwezig bij driehoeksgesprek", "90%", 2027, "venster-4", ""),
        ("Voortijdig schoolverlaters", "1,4%", 2027, "venster-4", "")]


def test_short_goal_rows_are_placed_by_their_concept(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Ziekteverzuim | 6,1% | 5,0%" under "Ambitie 3: Een team dat blijft" says too little to address a
    target, but clearly enough that it is a goal of Personeel in positie (venster 2)."""
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx
    from koerswijzer.review.review import attribute_goals

    path = _table_plan(tmp_path / "lidwina.docx", "Koersplan 2025-2029 Sint Lidwina",
                       ["Ambitie 3: Een team dat blijft"],
                       [("Indicator", "Nu", "Doel 2029"), ("Ziekteverzuim", "6,1%", "5,0%"),
                        ("Onbevoegden voor de groep", "2", "0")])

    mapped = map_document(read_docx(path), asg)
    goals = attribute_goals(asg, mapped.goals, mapped.sections)
    assert [(g.wat, g.element_id, g.schooljaar) for g in goals] == [("Ziekteverzuim", "venster-2", 2028),
                                                                    ("Onbevoegden voor de groep", "venster-2", 2028)]


def test_a_goal_with_run_in_lines_is_one_goal(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"1. Elk OPP is binnen zes weken opgesteld." then "Hoe: ..." and "Wanneer: ..." paragraphs: one goal,
    with its how and its date, not three."""
    import docx as python_docx

    from koerswijzer.congruence.engine import goal_is_concrete
    from koerswijzer.review.mapping import goal_statements, map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2024-2028 SO De Zwerfsteen", 0)
    document.add_heading("6. Onze doelen", 1)
    for text in ("1. Elk OPP is binnen zes weken na plaatsing opgesteld en met ouders besproken.",
                 "Hoe: de IB'er plant het OPP-gesprek met ouders al bij de intake in.",
                 "Wanneer: vanaf januari 2025; in 2026 bij minimaal 90% van de nieuwe plaatsingen.",
                 "2. Beide zij-instromers halen hun bevoegdheid.",
                 "Hoe: een opleidingsplan met de pabo en een vaste mentor."):
        document.add_paragraph(text)
    path = tmp_path / "zwerfsteen.docx"
    document.save(str(path))

    goals = goal_statements(asg, map_document(read_docx(path), asg).sections, 2024, 2028)
    assert [(g.wat[:10], g.hoe[:10], g.schooljaar) for g in goals] == [
        ("1. Elk OPP", "de IB'er p", 2025), ("2. Beide z", "een opleid", None)]
    assert goals[0].indicator.startswith("vanaf januari 2025") and goal_is_concrete(goals[0])


def test_a_goal_table_with_a_year_column_is_read(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Doel | Meetbaar resultaat | Jaar" is a goal table: "Jaar" is when the goal is reached."""
    import docx as python_docx

    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 Meridiaan Lyceum", 0)
    document.add_heading("Venster 2: Personeel in positie", 1)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("Doel", "Meetbaar resultaat", "Jaar"),
                                       ("Verzuim omlaag", "Het ziekteverzuim is hoogstens 5 procent.", "2027"),
                                       ("Bevoegd voor de klas", "Alle docenten zijn bevoegd.", "2028")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "meridiaan.docx"
    document.save(str(path))

    goals = map_document(read_docx(path), asg).goals
    assert [(g.wat, g.element_id, g.schooljaar) for g in goals] == [
        ("Verzuim omlaag", "venster-2", 2027), ("Bevoegd voor de klas", "venster-2", 2028)]
    assert goals[0].indicator == "Het ziekteverzuim is hoogstens 5 procent."


def test_a_meerjarenplanning_by_onderwerp_is_read_and_placed_by_its_year_cells(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """"Onderwerp | 2025-2026 | 2026-2027" under a chapter of the school's own: each row is a goal,
    and what its school years say places it ("Schoolondersteuningsprofiel" alone says little)."""
    import docx as python_docx

    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx
    from koerswijzer.review.review import attribute_goals

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 VSO De Kade", 0)
    document.add_heading("Meerjarenplanning", 1)
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, [("Onderwerp", "2025-2026", "2026-2027"),
                                       ("Schoolondersteuningsprofiel", "SOP herschrijven met de commissie van "
                                        "begeleiding: welke arrangementen wij bieden en waar onze grenzen liggen",
                                        "SOP vastgesteld en besproken met het samenwerkingsverband")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "kade.docx"
    document.save(str(path))

    goals = attribute_goals(asg, map_document(read_docx(path), asg).goals)
    assert [(g.wat, g.element_id, g.schooljaar) for g in goals] == [("Schoolondersteuningsprofiel", "venster-1", 2025)]
    assert goals[0].hoe.startswith("SOP herschrijven")


def test_a_meerjarenplanning_with_a_column_per_school_year_is_a_goal_table(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """Columns "Doel", "2025-2026" … "2028-2029", "Eigenaar": each row is a goal, planned from the first
    school year that has something in it."""
    import docx as python_docx

    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 OBS De Windroos", 0)
    document.add_heading("Meerjarenplanning", 1)
    head = ["Doel", "2025-2026", "2026-2027", "2027-2028", "2028-2029", "Eigenaar"]
    rows = [["Alle drie onbevoegde leerkrachten bevoegd", "x", "x", "", "", "Directeur"],
            ["Aanbod aanpassen aan de vernieuwde kerndoelen", "", "", "aanpassen", "x", "Adjunct-directeur"]]
    table = document.add_table(rows=1 + len(rows), cols=len(head))
    for r, values in enumerate([head, *rows]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "windroos.docx"
    document.save(str(path))

    goals = map_document(read_docx(path), asg).goals
    assert [(g.wat, g.schooljaar, g.eigenaar) for g in goals] == [
        ("Alle drie onbevoegde leerkrachten bevoegd", 2025, "Directeur"),
        ("Aanbod aanpassen aan de vernieuwde kerndoelen", 2027, "Adjunct-directeur")]


@pytest.mark.parametrize(("head", "fields"), [
    (["Ontwikkelpunt", "Interventies", "Kwartaal", "Trekker"], {"wat", "hoe", "wanneer", "eigenaar"}),
    (["Doel", "Succescriterium", "Jaar"], {"wat", "meetbaar", "wanneer"}),
    (["Wat willen we bereiken", "Hoe pakken we het aan", "Wanneer", "Wie", "Zo zien we dat het gelukt is"],
     {"wat", "hoe", "wanneer", "eigenaar", "meetbaar"}),
    (["Doel", "Wat gaan we doen", "Wanneer", "Wie", "Resultaat"], {"wat", "hoe", "wanneer", "eigenaar", "meetbaar"}),
    (["Wat willen we bereiken", "Hoe meten we dat", "Wanneer"], {"wat", "meetbaar", "wanneer"}),
    (["Post", "Bedrag", "Jaar"], None),  # a budget is no goal table
    (["Thema", "Periode"], None),  # nor a list of project themes
])
def test_the_header_of_a_goal_table_in_a_schools_own_words(head: list[str], fields: set[str] | None) -> None:
    from koerswijzer.review.mapping import _goal_columns

    columns = _goal_columns([h.lower() for h in head])
    assert (set(columns) if columns is not None else None) == fields


def test_a_goal_table_with_a_title_row_above_its_header_is_read_and_placed_by_the_title(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """A merged title row ("Doelen Venster 2") above "Doel | Activiteiten | Wanneer": the header is the
    second row, and the title places the rows under a heading of the school's own."""
    import docx as python_docx

    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 OBS De Vertelling", 0)
    document.add_heading("Onze plannen", 1)
    table = document.add_table(rows=3, cols=3)
    title = table.rows[0].cells[0].merge(table.rows[0].cells[2])
    title.text = "Doelen Venster 2"
    for row, cells in zip(table.rows[1:], [("Doel", "Activiteiten", "Wanneer"),
                                           ("Minder verzuim", "Preventief spreekuur van de bedrijfsarts", "2026-2027")],
                          strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "vertelling.docx"
    document.save(str(path))

    goals = map_document(read_docx(path), asg).goals
    assert [(g.wat, g.hoe, g.element_id, g.schooljaar) for g in goals] == [
        ("Minder verzuim", "Preventief spreekuur van de bedrijfsarts", "venster-2", 2026)]


def test_a_goal_written_as_a_card_with_fixed_lines_is_one_goal(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """A speerpunt as its own heading with the bold lines "Waarom", "Wat gaan we doen", "Wanneer klaar"
    and "Eigenaar" under it is one goal: dated by its when, placed by what it says. A card whose how is
    put off is still a goal, but a vague one."""
    import docx as python_docx

    from koerswijzer.congruence.engine import goal_is_concrete
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    def label(text: str) -> None:
        document.add_paragraph().add_run(text).bold = True

    document = python_docx.Document()
    document.add_heading("Schoolplan 2025-2029 Vmbo De Werf", 0)
    document.add_heading("Thema 3: Sterke professionals", 1)
    for title, how, when in [("7. Bevoegd voor de klas", "Elke onbevoegde docent krijgt een opleidingsplan, een "
                              "coach en vier uur per week studietijd.", "Eind 2027 zijn alle docenten bevoegd."),
                             ("8. Werkplezier", "Dit werken we in het jaarplan uit.", "In de loop van de planperiode.")]:
        document.add_heading(title, 2)
        for line, text in (("Waarom", "Een bevoegde docent geeft betere lessen."), ("Wat gaan we doen", how),
                           ("Wanneer klaar", when), ("Eigenaar", "Teamleider personeel")):
            label(line)
            document.add_paragraph(text)
    path = tmp_path / "werf.docx"
    document.save(str(path))

    goals = map_document(read_docx(path), asg).goals
    assert [(g.wat, g.element_id, g.schooljaar, g.eigenaar) for g in goals] == [
        ("Bevoegd voor de klas", "venster-2", 2026, "Teamleider personeel"),
        ("Werkplezier", goals[1].element_id, None, "Teamleider personeel")]
    assert goals[0].hoe.startswith("Elke onbevoegde docent")
    assert goal_is_concrete(goals[0]) and not goal_is_concrete(goals[1])


def test_a_sections_heading_says_what_its_sentences_are_about_but_never_alone(tmp_path: Path, asg) -> None:  # type: ignore[no-untyped-def]
    """A reader takes the pupils' council's advice under "Medezeggenschap en de leerlingenraad" as the
    medezeggenschap the board asks for: the heading's concepts go with the passages under it. The
    heading alone addresses nothing: a sentence under "Kwaliteitszorg" that says nothing of it stays
    nothing."""
    path = word_document(
        tmp_path / "meerlyceum.docx", "Schoolplan 2025-2029 Het Meerlyceum",
        ("Medezeggenschap en de leerlingenraad", 1, "De leerlingenraad heeft de afgelopen twee jaar advies gegeven "
                                                    "over het toetsweekrooster en over het telefoonbeleid."),
        ("Kwaliteitszorg op locatie Noord", 1, "Op locatie Noord zitten 212 leerlingen in negen klassen; het gebouw "
                                               "is in 2019 verbouwd."))

    review = review_file(path, asg)
    council = review.report.targets["v4.d-medezeggenschap-klankbord"]
    assert council.addressed
    assert {e.ref for e in council.evidence} == {"Medezeggenschap en de leerlingenraad"}
    assert not review.report.targets["v1.d-stelsel-kwaliteitszorg"].addressed


def test_a_chapter_of_the_schools_own_ambities_is_no_kernwaarde(tmp_path: Path, asg: Koers) -> None:
    """"Ambities" (the school's own aims, each with a goal table) is not the kernwaarde "Ambitieus":
    the goals go where their own words say, not all to one kernwaarde."""
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    document = docx.Document()
    document.add_heading("Schoolplan 2024-2028", level=1)
    document.add_heading("3. Ambities", level=1)
    document.add_heading("Ambitie 1 - Een team van vakmensen", level=2)
    document.add_paragraph("Alle docenten volgen scholing en zij-instromers halen hun bevoegdheid. " * 3)
    table = document.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [("Doel", "Indicator", "2025", "2026"),
                                       ("Bevoegd voor de klas", "Aandeel bevoegde docenten", "80%", "90%"),
                                       ("Gesprekscyclus", "Ieder een ontwikkelgesprek per jaar", "90%", "100%")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    path = tmp_path / "ambities.docx"
    document.save(str(path))
    mapped = map_document(read_docx(path), asg)
    assert all(s.element_id != "ambitieus" for s in mapped.sections)
    assert len(mapped.goals) == 2 and all(g.element_id != "ambitieus" for g in mapped.goals)
    review = review_file(path, asg)
    ambitieus = next(e for e in review.elements if e.element_id == "ambitieus")
    assert not any("doelen" in f and "prioriteiten" in f for f in ambitieus.findings)


def test_a_vensters_number_before_the_schools_own_title_names_the_venster(tmp_path: Path, asg: Koers) -> None:
    """"Venster 1  Goed en toegankelijk onderwijs: leren door te doen" (the board's title with the
    school's own after it) and "Venster 2" alone are the vensters: their sub-sections go there, not
    wherever their words happen to fit best."""
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    document = docx.Document()
    document.add_heading("Schoolplan 2025-2029", level=1)
    document.add_heading("Venster 1  Goed en toegankelijk onderwijs: leren door te doen", level=1)
    document.add_heading("Hoe we bijhouden of het goed gaat", level=2)
    document.add_paragraph("Elk jaar in juni zitten we twee dagen met het hele team bij elkaar. Daaruit komt het "
                           "jaarplan, met bij elk doel een collega die het trekt. In januari kijken we halverwege hoe "
                           "het gaat, en in de kwartaalrapportage aan ASG leggen we verantwoording af.")
    document.add_heading("Venster 2", level=1)
    document.add_paragraph("Iedere collega heeft elk jaar een start-, voortgangs- en eindgesprek met de teamleider.")
    document.add_heading("Venster 12 en verder", level=1)
    path = tmp_path / "vensters.docx"
    document.save(str(path))
    sections = {s.heading: s for s in map_document(read_docx(path), asg).sections}
    assert sections["Venster 1  Goed en toegankelijk onderwijs: leren door te doen"].element_id == "venster-1"
    assert sections["Hoe we bijhouden of het goed gaat"].element_id == "venster-1"
    assert sections["Venster 2"].element_id == "venster-2"
    assert sections["Venster 12 en verder"].element_id is None
    review = review_file(path, asg)
    assert review.report.targets["v1.d-stelsel-kwaliteitszorg"].addressed


def test_a_table_of_partners_is_the_schools_own_content_other_tables_are_not(tmp_path: Path, asg: Koers) -> None:
    """What a school does with whom, written as a table "Partner | Wat het onze kinderen oplevert", is read
    row by row as the school's own words; a table of facts ("Gegeven | 2024") is not read as evidence."""
    from koerswijzer.review.mapping import map_document

    document = docx.Document()
    document.add_heading("Schoolplan 2025-2029 KC De Distelvink", 0)
    document.add_heading("7.3 Samenwerken in de wijk", 1)
    document.add_paragraph("Met deze organisaties werken wij samen:")
    rows = [("Partner", "Wat het onze kinderen oplevert"),
            ("Bibliotheek Almere", "Een leesconsulent is twee ochtenden per maand op school en helpt bij het leesplan."),
            ("Buurtsportcoach", "Op woensdagmiddag sport op ons plein, voor kinderen uit de hele wijk."),
            ("Wijkteam Nobelhorst", "De schoolmaatschappelijk werker heeft elke dinsdag een inloopspreekuur.")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_heading("1.2 Kerngegevens", 1)
    facts = document.add_table(rows=2, cols=2)
    for row, cells in zip(facts.rows, [("Gegeven", "2024"), ("Ouders in de ouderraad", "7")], strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    path = tmp_path / "distelvink.docx"
    document.save(str(path))

    texts = {heading: text for _e, heading, text in map_document(read_docx(path), asg).element_texts()}
    assert "Bibliotheek Almere: Een leesconsulent is twee ochtenden per maand op school" in texts["7.3 Samenwerken in de wijk"]
    assert "ouderraad" not in " ".join(texts.values())
    review = review_file(path, asg)
    assert review.report.targets["v4.d-partners"].addressed


def test_a_title_page_of_bold_lines_is_the_cover_not_the_schools_evidence(tmp_path: Path, asg: Koers) -> None:
    """A title page typed as bold lines (the school, "Schoolplan 2025-2029", a motto under it) is the
    cover: its motto ("Vakmanschap met je handen en je hoofd") is no recognition of staff's
    vakmanschap, and the period is still read from it. The first numbered chapter is the school's."""
    from koerswijzer.review.mapping import map_document

    document = docx.Document()
    for line in ("Vmbo De Schaafbank", "Schoolplan 2025-2029"):
        document.add_paragraph().add_run(line).bold = True
    document.add_paragraph("Vakmanschap met je handen en je hoofd")
    document.add_paragraph("vmbo basis en kader, met leerwegondersteunend onderwijs")
    document.add_paragraph().add_run("1. Voorwoord").bold = True
    document.add_paragraph("Dit is het schoolplan van De Schaafbank voor vier schooljaren. Het team schreef het in "
                           "het voorjaar van 2025, na gesprekken met leerlingen, ouders en bedrijven uit de regio. " * 2)
    path = tmp_path / "schaafbank.docx"
    document.save(str(path))

    sections = {s.heading: s for s in map_document(read_docx(path), asg).sections}
    assert sections["Schoolplan 2025-2029"].frame == "voorblad"
    assert sections["1. Voorwoord"].frame == ""
    review = review_file(path, asg)
    assert not review.report.targets["v2.d-erkenning"].addressed
    assert review.statutory["planperiode"]


def test_a_chapter_number_before_the_designation_and_the_kind_before_a_kernwaarde(asg: Koers) -> None:
    """"6. Venster 1: Goed en toegankelijk onderwijs" is venster 1 (the chapter's number, then the
    designation); "3.8 Kernwaarde: Ambitieus" is the kernwaarde; "Doelen venster 4" holds venster 4's
    goals. A number alone is still no venster ("6. Venster 12 en verder")."""
    from koerswijzer.review.mapping import _Matcher

    matcher = _Matcher(asg)
    assert matcher.heading("6. Venster 1: Goed en toegankelijk onderwijs") == ("venster-1", None)
    assert matcher.heading("9. Venster 4: de stad is ons klaslokaal") == ("venster-4", None)
    assert matcher.heading("3.8 Kernwaarde: Ambitieus") == ("ambitieus", None)
    assert matcher.heading("Kernwaarde Open") == ("open", None)
    assert matcher.heading("Doelen venster 4") == ("venster-4", None)
    assert matcher.heading("Onze doelen voor Personeel in positie") == ("venster-2", None)
    assert matcher.heading("Venster 1.") == ("venster-1", None)
    assert matcher.heading("7. Venster 2:") == ("venster-2", None)
    assert matcher.heading("6. Venster 12 en verder") == (None, None)
    assert matcher.heading("Kernwaarde: Eerlijkheid") == (None, None)
    assert matcher.heading("Doelen") == (None, None)


def test_a_plan_by_its_kernwaarden_places_the_work_under_them_by_what_it_says(tmp_path: Path, asg: Koers) -> None:
    """"1. Gezien worden – Ieder kind een eigen plek" is the kernwaarde with the school's own subtitle;
    a paragraph under it about the schoolondersteuningsprofiel is venster 1's work, placed by its words,
    not the kernwaarde's because of where it stands."""
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.reader import read_docx

    document = docx.Document()
    document.add_heading("Schoolplan 2024-2028", level=1)
    document.add_heading("1. Gezien worden – Ieder kind een eigen plek in de stamgroep", level=1)
    document.add_heading("Ondersteuning: wat wij kunnen bieden", level=2)
    document.add_paragraph(
        "Ons schoolondersteuningsprofiel beschrijft de basisondersteuning en de extra ondersteuning die wij "
        "bieden. Voor leerlingen met dyslexie hebben wij een vast arrangement, en met het samenwerkingsverband "
        "zoeken wij een passende plek als wij een leerling niet kunnen bieden wat hij nodig heeft. De intern "
        "begeleider bespreekt elke leerling met extra ondersteuning drie keer per jaar in het zorgteam.")
    path = tmp_path / "kernwaarden.docx"
    document.save(str(path))
    sections = {s.heading: s for s in map_document(read_docx(path), asg).sections}
    assert sections["1. Gezien worden – Ieder kind een eigen plek in de stamgroep"].element_id == "gezien-worden"
    assert sections["Ondersteuning: wat wij kunnen bieden"].element_id != "gezien-worden"
    assert review_file(path, asg).report.targets["v1.d-zorgprofiel"].addressed


@pytest.mark.parametrize("heading", ["Beste lezer", "Woord vooraf", "Ten geleide", "Voorwoord",
                                     # a look back under a title of its own
                                     "3. Wat de vorige planperiode ons leerde", "Evaluatie van het vorige schoolplan"])
def test_a_foreword_is_context_not_evidence(tmp_path: Path, asg: Koers, heading: str) -> None:
    """A foreword ("Beste lezer,") tells how the plan came about; what it says of burgerschap or the team
    is no content of the plan."""
    from koerswijzer.review.mapping import map_document

    document = docx.Document()
    document.add_heading("Schoolplan 2025-2029 CBS De Lichtboei", 0)
    document.add_heading(heading, 1)
    document.add_paragraph("Voor u ligt ons schoolplan. In de leerlingenraad en met het team hebben we er in "
                           "2024 vier bijeenkomsten over gehouden, en de MR las elke versie mee.")
    document.add_heading("1. Ons onderwijs", 1)
    document.add_paragraph("Wij werken met de kerndoelen en de referentieniveaus.")
    path = tmp_path / "voorwoord.docx"
    document.save(str(path))

    sections = {s.heading: s for s in map_document(read_docx(path), asg).sections}
    assert sections[heading].context
    assert not sections["1. Ons onderwijs"].context


@pytest.mark.parametrize("cover, name", [
    (["Katholieke Basisschool Sint Willibrordus", "Schoolplan 2023 – 2027"], "Katholieke Basisschool Sint Willibrordus"),
    (["Schoolplan 2024-2028", "CBS De Wegwijzer"], "CBS De Wegwijzer"),
    (["Schoolplan De Wingerd 2025-2029", "Directeur: Jolanda van der Veen"], "De Wingerd"),
    (["Weerwater Lyceum · havo, atheneum, gymnasium"], "Weerwater Lyceum"),
    (["Sint-Maartenschool", "Rooms-katholieke basisschool in Almere Haven"], "Sint-Maartenschool"),
    # a motto, a description and a director are no name: the file's name stays
    (["Schoolplan 2025-2029", "Zaaien en laten groeien, samen met ASG", "Directeur: Roel Doornbos"], "zaaier"),
])
def test_the_schools_name_is_read_from_the_cover(tmp_path: Path, asg: Koers, cover: list[str], name: str) -> None:
    """A board reviewing thirty plans sees each school by its name, read from the cover's lines (bold
    lines, as schools type them), not by the file's name."""
    document = docx.Document()
    for line in cover:
        document.add_paragraph().add_run(line).bold = True
    document.add_heading("1. Ons onderwijs", 1)
    document.add_paragraph("Wij werken met de kerndoelen en de referentieniveaus, en in groep 3 lezen de kinderen "
                           "dagelijks een half uur.")
    path = tmp_path / "zaaier.docx"
    document.save(str(path))
    assert review_file(path, asg).school == name


@pytest.mark.parametrize("title_style, core_title, name", [
    # a Title-style plan title, then the school's name in bold under it and a table of facts: the first
    # heading after the cover
    (True, "", "CBS De Olijfboom"),
    # no name on the cover at all: the title in the document's properties (Bestand > Info)
    (False, "Schoolplan 2024-2028 IKC De Wereldboom", "IKC De Wereldboom"),
])
def test_the_schools_name_under_a_title_or_in_the_documents_properties(
        tmp_path: Path, asg: Koers, title_style: bool, core_title: str, name: str) -> None:
    document = docx.Document()
    document.core_properties.title = core_title
    for _ in range(3):
        document.add_paragraph()
    document.add_paragraph("Schoolplan 2024-2028", style="Title")
    if title_style:
        document.add_paragraph().add_run("CBS De Olijfboom").bold = True
        document.add_paragraph("Protestants-christelijke basisschool in het Homeruskwartier, Almere Poort")
        document.add_paragraph("Een school van de Almeerse Scholen Groep")
        facts = document.add_table(rows=2, cols=2)  # a table of facts on the cover
        for row, (key, value) in zip(facts.rows, [("BRIN", "29QZ"), ("Bestuur", "ASG")], strict=True):
            row.cells[0].text, row.cells[1].text = key, value
        document.add_paragraph("Vastgesteld op 27 juni 2024")
    document.add_heading("Voorwoord", 1)
    document.add_paragraph("Voor u ligt het schoolplan voor de schooljaren 2024-2025 tot en met 2027-2028.")
    path = tmp_path / "plan_olijfboom.docx"
    document.save(str(path))
    assert review_file(path, asg).school == name


def test_a_goal_about_parents_that_names_no_target_is_placed_by_the_koerss_placement_words(asg: Koers) -> None:
    """A goal that names no target in words of its own ("85% van de gezinnen neemt deel aan het
    oktobergesprek") goes where the koers's ``plaatsing`` words put it: families and parents are the
    partnership of venster 4."""
    from koerswijzer.review.mapping import element_of_text

    for goal in ("Juli 2025 – Ten minste 85% van de gezinnen heeft deelgenomen aan het oktobergesprek.",
                 "Voorjaar 2026 – De oudertevredenheid over informatievoorziening is gestegen naar ten minste 7,4."):
        assert element_of_text(asg, goal, goal=True) == "venster-4"
