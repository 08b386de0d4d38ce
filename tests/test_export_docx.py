"""The Word schoolplan: read back with python-docx, as the board and the MR will open it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import docx.text.paragraph
import pytest
from docx.oxml.ns import qn

from koerswijzer.cli import main
from koerswijzer.errors import KoerswijzerError
from koerswijzer.export import ExportError, collect, export_plan, render, write_atomically
from koerswijzer.export.blocks import ListBlock, Paragraph, parse_markdown, plain
from koerswijzer.plan.content import dutch_date
from koerswijzer.export.docx_parts import read_custom_properties, read_long_property
from koerswijzer.export.to_docx import ReferenceDocumentError
from koerswijzer.plan import Schoolplan

GOLDEN = Path(__file__).parent / "golden" / "demo-outline.txt"


@pytest.fixture(scope="module")
def demo_docx(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("export") / "schoolplan.docx"
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, target)
    return target


def outline(document: docx.document.Document) -> list[str]:
    """Headings and tables in document order: the shape a golden file pins."""
    lines = []
    body = document.element.body
    paragraphs = {p._p: p for p in document.paragraphs}
    tables = {t._tbl: t for t in document.tables}
    for child in body:
        if child in paragraphs and paragraphs[child].style.name.startswith("Heading"):
            p = paragraphs[child]
            lines.append(f"H{p.style.name[-1]} {p.text}")
        elif child in tables:
            t = tables[child]
            lines.append(f"TABLE {len(t.rows)}x{len(t.columns)} {t.cell(0, 0).text[:30]}")
    return lines


def answer_texts(markdown: str) -> list[str]:
    texts = []

    def walk(blocks) -> None:  # type: ignore[no-untyped-def]
        for block in blocks:
            if isinstance(block, Paragraph):
                texts.append(plain(block.inlines))
            elif isinstance(block, ListBlock):
                for item in block.items:
                    walk(item)

    walk(parse_markdown(markdown))
    return texts


def test_the_demo_plan_exports_with_real_heading_styles_and_reads_back(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    chapters = [p.text for p in headings if p.style.name == "Heading 1"]
    assert chapters == [
        "Inleiding", "Missie en visie van Almeerse Scholen Groep (ASG)", "De koers van Almeerse Scholen Groep (ASG)",
        "Gezien worden", "Open",
        "Vooruitstrevend", "Ambitieus", "Venster 1: Goed en toegankelijk onderwijs",
        "Venster 2: Personeel in positie", "Venster 3: De meerwaarde van ASG", "Venster 4: Partnerschap",
        "Meerjarenplanning", "Bijlage: congruentie met de koers",
    ]
    assert sum(p.style.name == "Heading 3" for p in headings) == 41


def test_every_answer_stands_under_its_own_question(demo_docx: Path, demo_template: Path) -> None:
    document = docx.Document(str(demo_docx))
    under: dict[str, list[str]] = {}
    current = None
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            current = paragraph.text
            under[current] = []
        elif current is not None:
            under[current].append(paragraph.text)
    with Schoolplan.open(demo_template, read_only=True) as plan:
        for question in plan.koers.questions():
            expected = answer_texts(plan.answer(question.id).text)
            assert expected, question.id
            found = under[question.tekst]
            for text in expected:
                assert text in found, (question.id, text)


def test_word_conventions_toc_language_fields_page_and_properties(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    xml = document.element.xml
    assert 'TOC \\o "1-2"' in xml
    toc_entries = [p.text for p in document.paragraphs if p.style.name == "toc 1"]
    assert toc_entries[0] == "Inleiding\t" and toc_entries[-1] == "Bijlage: congruentie met de koers\t"
    assert "Context van de school\t" in [p.text for p in document.paragraphs if p.style.name == "toc 2"]
    assert next(p for p in document.paragraphs if p.text == "Inhoudsopgave").style.name == "TOC Heading"
    # Each entry links to its heading's bookmark, and has a page reference after a dot leader.
    bookmarks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    entries = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    anchors = [p._p.find(qn("w:hyperlink")).get(qn("w:anchor")) for p in entries]
    assert set(anchors) <= bookmarks and len(set(anchors)) == len(entries)
    assert all(f"PAGEREF {a} " in p._p.xml for a, p in zip(anchors, entries))
    tab = document.styles["toc 1"].paragraph_format.tab_stops[0]
    assert str(tab.leader) .startswith("DOTS") and str(tab.alignment).startswith("RIGHT")
    styles = document.styles.element
    assert styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(
        qn("w:val")) == "nl-NL"
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val"), "on") in ("on", "true", "1")
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert section.header.paragraphs[0].text == "OBS De Kleurrijke Kring"
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert " PAGE " in footer_xml and " NUMPAGES " in footer_xml
    assert section.footer.paragraphs[0].text.startswith("pagina ")
    props = document.core_properties
    assert props.title == "Schoolplan 2024–2028 OBS De Kleurrijke Kring"
    assert props.author == "Marieke van den Berg"
    assert "koers:asg-koers-22@1.0" in props.keywords
    assert props.language == "nl-NL"


def test_tables_repeat_their_header_and_have_fixed_widths(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    with_header = [t for t in document.tables if "DCE6F0" in t.rows[0]._tr.xml]
    assert len(with_header) >= 20  # signatures, 16 goals, stances, planning, congruence appendix
    for table in with_header:
        first_row = table.rows[0]._tr
        assert first_row.trPr is not None and first_row.trPr.find(qn("w:tblHeader")) is not None
    for table in document.tables:
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert all(w > 0 for w in grid)
        assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    goal_tables = [t for t in document.tables if re.fullmatch(r"Schooldoel \d+", t.cell(0, 0).text)]
    assert len(goal_tables) == 16
    assert [r.cells[0].text for r in goal_tables[0].rows][1:] == [
        "Hoe", "Wanneer", "Eigenaar", "Meetbaar resultaat", "Merkbaar resultaat", "Evaluatie",
        "Koppeling aan de koers"]


def test_no_empty_paragraphs_make_space(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    empty = [p for p in document.paragraphs if not p.text.strip() and p.style.name != "Tabelscheiding"]
    assert empty == []


def test_the_document_carries_the_trace_of_koers_and_questions(demo_docx: Path, asg) -> None:  # type: ignore[no-untyped-def]
    document = docx.Document(str(demo_docx))
    props = read_custom_properties(document)
    assert props["KoerswijzerKoers"] == "asg-koers-22"
    assert props["KoerswijzerKoersVersie"] == "1.0"
    # Word keeps at most 255 characters of a text property: the trace is spread over numbered ones.
    assert all(len(value) <= 255 for value in props.values())
    assert "KoerswijzerTrace 2" in props
    trace = json.loads(read_long_property(props, "KoerswijzerTrace"))
    bookmarks = {b.get(qn("w:name")) for b in document.element.body.iter(qn("w:bookmarkStart"))}
    assert set(trace) <= bookmarks
    traced = set(trace.values())
    assert {q.id for q in asg.questions()} <= traced
    assert {e.id for e in asg.elements} <= traced
    # Trace bookmarks start with a letter; the inhoudsopgave's are Word's hidden "_Toc" ones.
    assert all(len(name) <= 40 and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*|_Toc[0-9]+", name) for name in bookmarks)


def test_the_outline_matches_the_golden_file(demo_docx: Path) -> None:
    lines = outline(docx.Document(str(demo_docx)))
    if os.environ.get("KOERSWIJZER_UPDATE_GOLDEN"):  # after a deliberate change; review the diff
        GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert lines == GOLDEN.read_text(encoding="utf-8").splitlines()


def test_the_compact_variant_leaves_out_the_boards_texts(demo_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "compact.docx"
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, target, variant="compact")
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "Missie en visie van Almeerse Scholen Groep (ASG)" not in texts
    assert "Waar willen we staan?" not in texts
    assert "De ASG-cultuur is gastvrij, iedereen voelt zich welkom." not in texts
    assert "Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?" in texts


def test_markdown_and_html_come_from_the_same_model(demo_template: Path) -> None:
    with Schoolplan.open(demo_template, read_only=True) as plan:
        content = collect(plan)
    md = render(content, "md").decode()
    html = render(content, "html").decode()
    assert "\n# Venster 2: Personeel in positie\n" in md
    assert "### Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?" in md
    assert '<h1 id="venster-2">Venster 2: Personeel in positie</h1>' in html
    assert html.count("<h3") == md.count("\n### ") == 41


def test_html_and_markdown_are_as_good_as_the_docx(demo_template: Path, tmp_path: Path) -> None:
    import yaml
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "beeld" / "logo.png"
    logo.parent.mkdir()
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E79"))
    assert image.save(str(logo))
    out = tmp_path / "uit"
    out.mkdir()
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, out / "plan.html", logo=logo)
        export_plan(plan, out / "plan.md", logo=logo)
    html = (out / "plan.html").read_text(encoding="utf-8")
    ids = re.findall(r'<h\d id="([^"]*)"', html)
    assert ids and all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids) and len(ids) == len(set(ids))
    links = re.findall(r'<nav class="toc">.*?</nav>', html, re.DOTALL)[0]
    targets = re.findall(r'href="#([^"]+)"', links)
    assert targets[0] == "inleiding" and set(targets) <= set(ids) and len(targets) > 20
    assert "<thead></thead>" not in html and "file://" not in html
    assert re.search(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]{100,}" alt="Logo"', html)
    assert "ul.board, ol.board { padding-left" in html  # the bullets stay clear of the board's border
    md = (out / "plan.md").read_text(encoding="utf-8")
    front = yaml.safe_load(md.split("---\n")[1])
    assert front["title"] == "Schoolplan 2024–2028 OBS De Kleurrijke Kring" and front["lang"] == "nl"
    image_path = re.search(r"!\[Logo\]\(<([^>]+)>\)", md).group(1)
    assert not Path(image_path).is_absolute() and (out / image_path).resolve() == logo.resolve()
    # One board text is one blockquote: the missie's paragraphs are not split apart.
    missie = md.split("## Missie\n", 1)[1].split("\n## ", 1)[0].strip().splitlines()
    assert missie[0].startswith("> ") and all(line.startswith(">") for line in missie)
    assert sum(1 for line in missie if line == ">") >= 1


def test_a_reference_document_gives_its_page_setup_header_and_styles(
    demo_template: Path, tmp_path: Path
) -> None:
    from docx.shared import Cm

    reference = tmp_path / "huisstijl.docx"
    ref = docx.Document()
    ref.sections[0].left_margin = Cm(3.5)
    ref.sections[0].header.paragraphs[0].text = "Almeerse Scholen Groep — huisstijl"
    ref.styles["Heading 1"].font.name = "Georgia"
    ref.add_paragraph("Voorbeeldtekst van het bestuur die niet in het schoolplan hoort.")
    ref.save(str(reference))
    target = tmp_path / "met-huisstijl.docx"
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, target, reference=reference)
    result = docx.Document(str(target))
    assert round(result.sections[0].left_margin.cm, 1) == 3.5
    assert result.sections[0].header.paragraphs[0].text == "Almeerse Scholen Groep — huisstijl"
    assert result.styles["Heading 1"].font.name == "Georgia"
    assert "Voorbeeldtekst van het bestuur" not in "\n".join(p.text for p in result.paragraphs)


def test_a_house_style_with_its_own_footer_keeps_page_numbers_and_chapter_pages(
    demo_template: Path, tmp_path: Path
) -> None:
    reference = tmp_path / "huisstijl.docx"
    ref = docx.Document()
    ref.sections[0].footer.paragraphs[0].text = "Stichting Voorbeeld · Postbus 1 · 1300 AA Almere"
    ref.styles["Heading 1"].paragraph_format.page_break_before = False
    ref.save(str(reference))
    target = tmp_path / "met-voettekst.docx"
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, target, reference=reference)
    result = docx.Document(str(target))
    footer = result.sections[0].footer
    assert footer.paragraphs[0].text == "Stichting Voorbeeld · Postbus 1 · 1300 AA Almere"
    fields = " ".join(node.text for node in footer._element.iter(qn("w:instrText")))
    assert "PAGE" in fields and "NUMPAGES" in fields
    assert footer.paragraphs[-1].text.startswith("pagina ")
    assert result.styles["Heading 1"].paragraph_format.page_break_before is True
    assert result.sections[0].different_first_page_header_footer  # the cover stays clean


def test_a_reference_document_without_heading_styles_gets_a_clear_message(
    demo_template: Path, tmp_path: Path
) -> None:
    reference = tmp_path / "kaal.docx"
    ref = docx.Document()
    styles = ref.styles.element
    for style in list(styles.findall(qn("w:style"))):
        if (style.get(qn("w:styleId")) or "").startswith("Heading"):
            styles.remove(style)
    ref.save(str(reference))
    with Schoolplan.open(demo_template, read_only=True) as plan:
        with pytest.raises(ReferenceDocumentError, match="heeft geen kopstijlen \\(Kop 1, Kop 2, Kop 3\\)"):
            export_plan(plan, tmp_path / "x.docx", reference=reference)
        with pytest.raises(ReferenceDocumentError, match="geen bruikbaar Word-document"):
            export_plan(plan, tmp_path / "x.docx", reference=Path(__file__))
    assert not (tmp_path / "x.docx").exists()


def test_a_failed_export_keeps_the_previous_file(demo_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "schoolplan.docx"
    target.write_bytes(b"vorige versie")
    with Schoolplan.open(demo_template, read_only=True) as plan:
        with pytest.raises(ReferenceDocumentError):
            export_plan(plan, target, reference=Path(__file__))
    assert target.read_bytes() == b"vorige versie"
    folder_in_the_way = tmp_path / "map.docx"
    folder_in_the_way.mkdir()
    with pytest.raises(ExportError, match="'map.docx' kan niet worden geschreven"):
        write_atomically(folder_in_the_way, b"nieuw")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    with pytest.raises(ExportError, match="De map .* bestaat niet"):
        write_atomically(tmp_path / "weg" / "schoolplan.docx", b"x")


def test_a_board_can_supply_its_own_templates_in_a_sandbox(demo_template: Path, tmp_path: Path) -> None:
    from koerswijzer.export.templates import TemplateProblem

    board = tmp_path / "sjablonen"
    board.mkdir()
    (board / "colofon.md.j2").write_text("**Colofon van het bestuur** voor {{ profiel.school_name }}.\n",
                                         encoding="utf-8")
    with Schoolplan.open(demo_template, read_only=True) as plan:
        content = collect(plan)
    md = render(content, "md", templates_folder=board).decode()
    assert "**Colofon van het bestuur** voor OBS De Kleurrijke Kring." in md
    (board / "colofon.md.j2").write_text("{{ profiel.__class__.__mro__ }}", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="Het sjabloon 'colofon.md.j2' probeert iets wat niet mag"):
        render(content, "md", templates_folder=board)
    (board / "colofon.md.j2").write_text("{{ onbekend }}", encoding="utf-8")
    with pytest.raises(TemplateProblem, match="onbekend"):
        render(content, "md", templates_folder=board)


def test_the_export_command(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "plan.schoolplan"
    shutil.copy(demo_template, plan)
    target = tmp_path / "uit.docx"
    assert main(["export", str(plan), "-o", str(target)]) == 0
    assert "Schoolplan geëxporteerd" in capsys.readouterr().out
    assert zipfile.is_zipfile(target)
    assert main(["export", str(plan), "-o", str(target)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert main(["export", str(plan), "--format", "md"]) == 0
    markdown = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert markdown.startswith('---\ntitle: "Schoolplan 2024–2028 OBS De Kleurrijke Kring"\nlang: nl\n')
    assert markdown.split("---\n", 2)[2].lstrip().startswith("**OBS De Kleurrijke Kring**")
    assert main(["export", str(plan), "-o", str(tmp_path / "b.docx"), "--referentie", "weg.docx"]) == 1
    assert "Het huisstijldocument 'weg.docx' bestaat niet" in capsys.readouterr().err
    assert main(["export", str(plan), "-o", str(tmp_path / "c.docx"), "--zonder-bijlage"]) == 0
    chapters = [p.text for p in docx.Document(str(tmp_path / "c.docx")).paragraphs if p.style.name == "Heading 1"]
    assert chapters[-1] == "Meerjarenplanning"


LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is niet geïnstalleerd")
def test_libreoffice_converts_it_and_a_round_trip_keeps_the_trace(demo_docx: Path, tmp_path: Path) -> None:
    work = tmp_path / "lo"
    work.mkdir()
    source = work / "schoolplan.docx"
    shutil.copy(demo_docx, source)
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profiel'}"
    pdf = subprocess.run([LIBREOFFICE, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work / "pdf"),
                          str(source)], capture_output=True, text=True, timeout=180)
    assert pdf.returncode == 0 and (work / "pdf" / "schoolplan.pdf").stat().st_size > 50_000
    round_trip = subprocess.run([LIBREOFFICE, profile, "--headless", "--convert-to", "docx", "--outdir",
                                 str(work / "terug"), str(source)], capture_output=True, text=True, timeout=180)
    assert round_trip.returncode == 0
    saved = docx.Document(str(work / "terug" / "schoolplan.docx"))
    props = read_custom_properties(saved)
    assert props.get("KoerswijzerKoers") == "asg-koers-22"
    trace = json.loads(read_long_property(props, "KoerswijzerTrace"))
    bookmarks = {b.get(qn("w:name")) for b in saved.element.body.iter(qn("w:bookmarkStart"))}
    assert set(trace) <= bookmarks


@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is niet geïnstalleerd")
def test_libreoffice_counts_the_pages_of_the_inhoudsopgave(demo_template: Path, tmp_path: Path) -> None:
    from koerswijzer.export.page_numbers import outline

    target = tmp_path / "met-paginanummers.docx"
    notes: list[str] = []
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, target, page_numbers=True, notes=notes)
    assert notes == []
    document = docx.Document(str(target))
    entries = [p for p in document.paragraphs if p.style.name in ("toc 1", "toc 2")]
    numbers = [p.text.split("\t")[-1] for p in entries]
    assert all(n.isdigit() for n in numbers) and numbers == sorted(numbers, key=int)
    # With the numbers in place, Word need not refresh fields on opening (and so does not ask).
    assert document.settings.element.find(qn("w:updateFields")) is None
    # The numbers are the pages the headings land on when the document itself is laid out.
    work = tmp_path / "pdf"
    subprocess.run([LIBREOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profiel'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work), str(target)], capture_output=True, timeout=180)
    laid_out = {title: page for depth, title, page in outline((work / "met-paginanummers.pdf").read_bytes())
                if depth == 1}
    assert laid_out["Inleiding"] == int(numbers[0])
    by_title = dict(zip((p.text.split("\t")[0] for p in entries), numbers))
    assert laid_out["Meerjarenplanning"] == int(by_title["Meerjarenplanning"])


def test_without_libreoffice_the_export_says_word_fills_in_the_page_numbers(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no LibreOffice to be found
    notes: list[str] = []
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, tmp_path / "zonder.docx", page_numbers=True, notes=notes)
    assert notes and "Word vult ze in bij het openen" in notes[0]
    document = docx.Document(str(tmp_path / "zonder.docx"))
    assert document.settings.element.find(qn("w:updateFields")) is not None


@pytest.mark.skipif(LIBREOFFICE is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice of pdftotext (poppler-utils) is niet geïnstalleerd")
def test_every_page_laid_out_by_libreoffice_has_content(demo_docx: Path, tmp_path: Path) -> None:
    """No page that holds only a table's tail or a stray line: at least three lines of text on
    every page but the cover, not counting the header and the footer."""
    subprocess.run([LIBREOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo-profiel'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(demo_docx)], capture_output=True, timeout=180)
    pdf = tmp_path / f"{demo_docx.stem}.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60).stdout
    pages = text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    assert len(pages) > 20
    thin = []
    for number, page in enumerate(pages[1:], start=2):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if line != "OBS De Kleurrijke Kring" and not re.fullmatch(r"pagina \d+ van \d+", line)]
        if len(body) < 3:
            thin.append((number, body))
    assert thin == []


def test_an_optional_logo_goes_on_the_cover(demo_template: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(200, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F4E79"))
    assert image.save(str(logo))
    target = tmp_path / "met-logo.docx"
    with Schoolplan.open(demo_template, read_only=True) as plan:
        export_plan(plan, target, logo=logo)
        document = docx.Document(str(target))
        assert len(document.inline_shapes) == 1
        assert document.inline_shapes[0]._inline.docPr.get("descr") == "Logo van OBS De Kleurrijke Kring"
        assert document.paragraphs[1].text == "OBS De Kleurrijke Kring"
        not_an_image = tmp_path / "logo.jpg"
        not_an_image.write_text("tekst", encoding="utf-8")
        with pytest.raises(KoerswijzerError, match="'logo.jpg' is geen afbeelding die Word kan tonen"):
            export_plan(plan, tmp_path / "kapot.docx", logo=not_an_image)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (28, "De schijf is vol; 'schoolplan.docx' is niet geschreven"),  # ENOSPC
        (13, "Is het bestand nog open in Word?"),  # EACCES: Word on Windows locks an open file
    ],
)
def test_a_full_disk_or_locked_file_gets_a_dutch_message_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: int, message: str
) -> None:
    import os

    target = tmp_path / "schoolplan.docx"
    target.write_bytes(b"vorige versie")

    def refuse(_src, _dst):  # type: ignore[no-untyped-def]
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match=re.escape(message)):
        write_atomically(target, b"nieuwe versie")
    assert target.read_bytes() == b"vorige versie"
    assert [p.name for p in tmp_path.iterdir()] == ["schoolplan.docx"]


def test_the_appendix_shows_the_congruence_verdicts_and_the_statutory_checklist(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    appendix = [t for t in document.tables if t.cell(0, 0).text == "Onderdeel"]
    assert len(appendix) == 1 and len(appendix[0].rows) == 9
    assert appendix[0].cell(1, 0).text == "Gezien worden"
    assert appendix[0].cell(1, 3).text.split(" (")[0] in {"Sterk", "Voldoende", "Aandachtspunt"}
    law = next(t for t in document.tables if t.cell(0, 0).text == "Eis")
    assert [r.cells[1].text for r in law.rows[1:]] == ["aanwezig"] * 9


def test_the_colofon_never_contradicts_itself_and_an_adopted_plan_shows_no_drafts(
    demo_copy: Path, tmp_path: Path
) -> None:
    import datetime as dt

    with Schoolplan.open(demo_copy) as plan:
        plan.set_dates(None, None)
        question = plan.koers.questions()[0].id
        plan.save_answer(question, plan.answer(question).text + " Nog een zin.", status="concept")
        draft = export_plan(plan, tmp_path / "concept.md")
        plan.set_dates(dt.date(2027, 6, 10), dt.date(2027, 6, 24))
        plan.update_profile(plan_versie="1.0")  # the director names the version
        adopted = export_plan(plan, tmp_path / "vastgesteld.md")
    text = draft.read_text(encoding="utf-8")
    assert "De instemming van de medezeggenschapsraad volgt." in text
    assert "heeft ingestemd" not in text and "| Versie | concept |" in text
    assert "Status: concept" in text
    text = adopted.read_text(encoding="utf-8")
    assert "De medezeggenschapsraad heeft op 10 juni 2027 ingestemd met dit schoolplan." in text
    assert "| Versie | 1.0 (vastgesteld) |" in text and "| Datum | 24 juni 2027 |" in text
    assert f"| Gemaakt op | {dutch_date(dt.date.today())} |" in text  # the date of the export itself
    assert "Status: concept" not in text
    assert "Gemaakt met Koerswijzer" in text and "koerswijzer check" not in text


def test_the_file_says_when_and_by_what_it_was_made_in_the_current_word_format(demo_docx: Path) -> None:
    import datetime as dt
    import zipfile

    document = docx.Document(str(demo_docx))
    props = document.core_properties
    assert props.created is not None and props.created.year >= dt.date.today().year - 1
    assert "python-docx" not in (props.comments or "")
    with zipfile.ZipFile(demo_docx) as archive:
        app = archive.read("docProps/app.xml").decode("utf-8")
        settings = archive.read("word/settings.xml").decode("utf-8")
    assert "<Application>Koerswijzer</Application>" in app and "Macintosh" not in app
    assert 'w:name="compatibilityMode"' in settings and 'w:val="15"' in settings


def test_the_cover_has_no_header_and_no_page_number(demo_docx: Path) -> None:
    section = docx.Document(str(demo_docx)).sections[0]
    assert section.different_first_page_header_footer
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()
    assert not "".join(p.text for p in section.first_page_footer.paragraphs).strip()
    assert "pagina" in "".join(p.text for p in section.footer.paragraphs)


def test_goal_cards_never_split_a_row_and_stay_on_one_page(demo_docx: Path) -> None:
    from docx.oxml.ns import qn

    document = docx.Document(str(demo_docx))
    cards = [t for t in document.tables if t.rows[0].cells[0].text.startswith("Schooldoel") and len(t.columns) == 2]
    assert cards
    for table in cards:
        for index, row in enumerate(table.rows):
            assert row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
            if index < len(table.rows) - 1:
                assert all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs)


def contrast(hex_colour: str) -> float:
    """WCAG contrast ratio of a colour against white."""
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
    luminance = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (luminance + 0.05)


def test_the_boards_bullets_are_a_style_text_marks_planning_and_colours_read_well(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    board_items = [p for p in document.paragraphs if p.style.name == "Bestuur lijst"]
    assert len(board_items) >= 45  # every target of ASG Koers 22, in the board's own list style
    style = document.styles["Bestuur lijst"]
    assert style.font.italic and style.base_style.name == "List Bullet"
    # No direct formatting left on the runs: a house style can restyle them.
    assert all(run.font.italic is None and run.font.color.rgb is None for p in board_items for run in p.runs)
    planning = next(t for t in document.tables if t.rows[0].cells[0].text == "Schooldoel")
    marks = {cell.text for row in planning.rows[1:] for cell in row.cells[1:] if cell.text}
    assert marks == {"● gepland"}
    for name in ("Subtitle", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Bestuur", "Bestuur lijst"):
        colour = document.styles[name].font.color.rgb
        assert colour is None or contrast(str(colour)) >= 4.5, name


def test_the_space_under_a_table_comes_from_styles(demo_docx: Path) -> None:
    document = docx.Document(str(demo_docx))
    body = list(document.element.body.iterchildren())
    after = [docx.text.paragraph.Paragraph(nxt, document) for prev, nxt in zip(body, body[1:])
             if prev.tag == qn("w:tbl") and nxt.tag == qn("w:p")]
    assert after
    plain = [p for p in after if p.style.name in ("Normal", "Tekst na tabel")]
    assert plain and all(p.style.name == "Tekst na tabel" for p in plain)
    assert document.styles["Tekst na tabel"].paragraph_format.space_before.pt == 8
    headings = [p for p in after if p.style.name.startswith("Heading")]
    assert all(p.paragraph_format.space_before is None for p in headings)  # their own style's space
