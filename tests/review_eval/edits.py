"""Edits a school director makes to an exported schoolplan in Word, done with python-docx.

``edit_stadsmeer`` runs at test time on the export of plan-11 (Stadsmeer College);
``edit_wilgenhoek`` runs in make_fixtures.py on the export of plan-09 (Daltonschool De Wilgenhoek)
before the LibreOffice round trip. What each edit does to the truth is in truth.yaml.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


def _level(element) -> int:  # type: ignore[no-untyped-def]
    """The heading level of a body element (0: not a heading)."""
    if element.tag != qn("w:p"):
        return 0
    style = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    value = (style.get(qn("w:val")) if style is not None else "").lower().replace(" ", "")
    match = re.fullmatch(r"heading(\d)", value)
    return int(match.group(1)) if match else 0


def _text(element) -> str:  # type: ignore[no-untyped-def]
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def heading(document: docx.document.Document, text: str) -> Paragraph:
    for paragraph in document.paragraphs:
        if _level(paragraph._p) and paragraph.text == text:
            return paragraph
    raise LookupError(f"no heading {text!r}")


def chapter(document: docx.document.Document, title: str) -> list:  # type: ignore[type-arg]
    """The body elements of the level-1 chapter ``title``: its heading up to the next level-1 heading."""
    start = heading(document, title)._p
    out = [start]
    for element in start.itersiblings():
        if _level(element) == 1 or element.tag == qn("w:sectPr"):
            break
        out.append(element)
    return out


def remove_bookmarks(elements: list) -> None:  # type: ignore[type-arg]
    for element in elements:
        for tag in ("w:bookmarkStart", "w:bookmarkEnd"):
            for mark in list(element.iter(qn(tag))):
                mark.getparent().remove(mark)


def rename(document: docx.document.Document, old: str, new: str, keep_bookmark: bool = True) -> None:
    """Type a new heading text over the old one. Retyping the whole heading loses its bookmark."""
    paragraph = heading(document, old)
    paragraph.runs[0].text = new
    for run in paragraph.runs[1:]:
        run.text = ""
    if not keep_bookmark:
        remove_bookmarks([paragraph._p])


def move_chapter(document: docx.document.Document, title: str, before: str) -> None:
    """Cut a whole chapter and paste it before another chapter's heading (bookmarks travel along)."""
    elements = chapter(document, title)
    anchor = heading(document, before)._p
    for element in elements:
        anchor.addprevious(element)


def answer_question(document: docx.document.Document, question: str, text: str) -> None:
    """Replace the 'Nog niet beantwoord.' note under a question heading by a real answer."""
    note = heading(document, question)._p.getnext()
    assert _text(note) == "Nog niet beantwoord.", _text(note)
    paragraph = Paragraph(note, heading(document, question)._parent)
    paragraph.style = document.styles["Normal"]
    paragraph.runs[0].text = text
    paragraph.runs[0].italic = None
    for run in paragraph.runs[1:]:
        run.text = ""


def add_paragraph_after(document: docx.document.Document, heading_text: str, text: str) -> None:
    """A paragraph at the end of the section under ``heading_text``."""
    start = heading(document, heading_text)._p
    last = start
    for element in start.itersiblings():
        if _level(element) or element.tag == qn("w:sectPr"):
            break
        last = element
    new = document.add_paragraph(text)._p
    last.addnext(new)


def add_chapter_before(document: docx.document.Document, before: str, title: str, paragraphs: list[str]) -> None:
    anchor = heading(document, before)._p
    for element in [document.add_heading(title, 1)._p] + [document.add_paragraph(p)._p for p in paragraphs]:
        anchor.addprevious(element)


def drop_custom_properties(source: Path, target: Path) -> None:
    """Remove docProps/custom.xml (Koerswijzer's koers id and trace) the way Word does: the part and its
    relationship go."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            if item.filename == "docProps/custom.xml":
                continue
            data = old.read(item.filename)
            if item.filename == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*custom-properties[^>]*/>", b"", data)
            if item.filename == "[Content_Types].xml":
                data = re.sub(rb'<Override PartName="/docProps/custom.xml"[^>]*/>', b"", data)
            new.writestr(item, data)


# -- the two edited plans -----------------------------------------------------------------------

STADSMEER_VAKSECTIES = (
    "Onze secties wiskunde, Engels en economie bereiden samen met de secties van twee andere ASG-scholen de "
    "schoolexamens voor: zij maken gezamenlijke toetsen, kijken elkaars werk na en bespreken na elke "
    "examenperiode de resultaten. Vanaf 2025 sluit ook de sectie Nederlands aan, en de sectievoorzitters "
    "krijgen daarvoor twee middagen per jaar vrij.")

WILGENHOEK_PARTNERS = (
    "Onze leerlingen merken de samenwerking met partners in de wijk elke week. De bibliotheek verzorgt de "
    "leesbevordering en een bibliotheek op school, de sportvereniging geeft na schooltijd clinics op ons plein, "
    "en kinderen van groep 6 lezen voor aan de bewoners van het zorgcentrum naast de school. Zo leren onze "
    "leerlingen hun wijk kennen en zien zij dat zij ertoe doen.")


def edit_stadsmeer(source: Path, target: Path) -> Path:
    """Plan-11 as its director leaves it after an afternoon in Word: two chapters renamed (one retyped,
    so its bookmarks are gone), a long question heading shortened, venster 4 moved to the front, an
    unanswered question filled in, a paragraph and an own chapter added. The custom properties stay,
    so the trace is there only in part."""
    document = docx.Document(str(source))
    remove_bookmarks(chapter(document, "Venster 1: Goed en toegankelijk onderwijs"))
    rename(document, "Venster 1: Goed en toegankelijk onderwijs", "Ons onderwijs")
    rename(document, "Venster 2: Personeel in positie", "Onze medewerkers")
    rename(document, "Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp "
           "van gesprek wordt?", "Verzuim en welbevinden", keep_bookmark=False)
    move_chapter(document, "Venster 4: Partnerschap", before="Missie en visie van Almeerse Scholen Groep (ASG)")
    answer_question(document, "Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar "
                    "ondersteunen?", STADSMEER_VAKSECTIES)
    add_paragraph_after(document, "Context van de school",
                        "Sinds augustus 2024 werkt de school met lessen van 45 minuten en een vast steunuur "
                        "aan het eind van elke dag.")
    add_chapter_before(document, "Meerjarenplanning", "Sport en bewegen", [
        ("Het Stadsmeer College is een Sportactieve School. Alle leerlingen van klas 1 en 2 krijgen vier uur "
        "bewegingsonderwijs per week, en in de middagpauze organiseren leerlingen van de sportklas toernooien "
        "voor de onderbouw. Wij willen dat elke leerling minstens één sport vindt die hij ook na school blijft "
        "doen.")])
    document.save(str(target))
    return target


def edit_wilgenhoek(source: Path, target: Path) -> Path:
    """Plan-09 before its LibreOffice round trip: the custom properties (and so the whole trace) are
    gone, two chapters and a question heading renamed, Ambitieus moved to the end, an unanswered
    venster-4 question filled in, a paragraph added."""
    document = docx.Document(str(source))
    rename(document, "Gezien worden", "Kernwaarde 1: Iedereen wordt gezien")
    rename(document, "Venster 3: De meerwaarde van ASG", "Samenwerken binnen ASG")
    rename(document, "Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het "
           "openbare karakter van ASG?", "Onze identiteit")
    move_chapter(document, "Ambitieus", before="Meerjarenplanning")
    answer_question(document, "Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich "
                    "voor onze leerlingen?", WILGENHOEK_PARTNERS)
    add_paragraph_after(document, "Context van de school",
                        "In 2025 betrekken wij een gerenoveerd gebouw met twee leerpleinen en een nieuw "
                        "schoolplein.")
    staged = target.with_name(target.stem + "-met-spoor.docx")
    document.save(str(staged))
    drop_custom_properties(staged, target)
    staged.unlink()
    return target
