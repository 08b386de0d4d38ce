"""The example koersen shipped beside ASG's (ASKO, SWV PO), written out as complete plans through the
core, exported to Word, and reviewed again: every chapter, board text and target is in the document,
and the review finds every element against the right koers."""

from __future__ import annotations

from pathlib import Path

import docx
import docx.text.paragraph
import pytest

from koerswijzer.export import export_plan
from koerswijzer.koers.registry import resolve_koers
from koerswijzer.plan import Profile, Schoolplan
from koerswijzer.export.blocks import Paragraph, parse_markdown, plain
from koerswijzer.review.review import review_file


def first_words(markdown: str) -> str:
    """The first paragraph of a Markdown text as the document shows it (its first 50 characters)."""
    first = next(b for b in parse_markdown(markdown) if isinstance(b, Paragraph))
    return plain(first.inlines)[:50]

ANSWER = ("Het team heeft dit onderdeel in drie studiemiddagen besproken. Wij werken in de komende vier jaar "
          "stap voor stap aan dit onderdeel: eerst brengen wij in beeld wat er al is, dan kiezen wij met de "
          "werkgroep twee acties per jaar, en elk voorjaar bespreken wij met het team en de MR wat het "
          "heeft opgeleverd en wat wij bijstellen.")


@pytest.mark.parametrize("koers_id", ["asko-koersplan-2023-2027", "swv-ondersteuningsplan-2025-2029"])
def test_a_complete_plan_on_an_example_koers_exports_and_reviews_whole(koers_id: str, tmp_path: Path) -> None:
    koers = resolve_koers(koers_id)
    path = tmp_path / "plan.schoolplan"
    with Schoolplan.create(path, koers, Profile("Basisschool Het Kompas", 2027, 2031)) as plan:
        for question in koers.questions():
            plan.save_answer(question.id, ANSWER)
        for element in koers.elements:
            first = next((t for e in element.walk() for t in e.targets), None)
            plan.add_goal(first.id if first else None, element_id=element.id, wat=f"Doel voor {element.titel}",
                          hoe="De werkgroep werkt het uit en deelt het met het team.", schooljaar=2028,
                          indicator="aandeel leerkrachten dat het toepast", baseline="20%", streefwaarde="80%")
        exported = tmp_path / "plan.docx"
        export_plan(plan, exported)

    document = docx.Document(str(exported))
    texts = [p.text for p in document.paragraphs]
    body = "\n".join(texts)
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    for element in koers.walk():
        assert any(text == element.label for _style, text in headings), element.label
        for target in element.targets:
            assert target.tekst in body, target.id
        if element.beschrijving.strip():
            assert first_words(element.beschrijving) in body, element.id
        for section in element.secties:
            assert section.titel in body, (element.id, section.titel)
    for kader in koers.kaders:
        assert first_words(kader.tekst) in body
    # No heading stands empty: every heading is followed by something before the next heading of
    # the same or a higher level.
    assert empty_headings(document) == []

    review = review_file(exported, koers)
    assert review.ok and review.generated and review.koers_id == koers_id and not review.notice
    assert {e.element_id for e in review.elements} == {e.id for e in koers.elements}
    assert all(e.found == "exact" for e in review.elements)
    assert all(e.answered == e.questions for e in review.elements)


def empty_headings(document) -> list[str]:  # type: ignore[no-untyped-def]
    """Headings followed by nothing before the next heading of the same or a higher level."""
    levels: list[tuple[int | None, str]] = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}tbl"):
            levels.append((None, "tabel"))
        elif child.tag.endswith("}p"):
            paragraph = docx.text.paragraph.Paragraph(child, document)
            style = paragraph.style.name if paragraph.style is not None else ""
            if style.startswith("Heading "):
                levels.append((int(style.split()[-1]), paragraph.text))
            elif paragraph.text.strip():
                levels.append((None, paragraph.text))
    empty = []
    for i, (level, text) in enumerate(levels):
        following = levels[i + 1] if i + 1 < len(levels) else (1, "")
        if level is not None and following[0] is not None and following[0] <= level:
            empty.append(text)
    return empty


@pytest.mark.parametrize("koers_id", ["asg-koers-22", "asko-koersplan-2023-2027", "swv-ondersteuningsplan-2025-2029"])
def test_an_empty_plan_has_no_heading_without_content(koers_id: str, tmp_path: Path) -> None:
    koers = resolve_koers(koers_id)
    with Schoolplan.create(tmp_path / "leeg.schoolplan", koers, Profile("Het Kompas", 2027, 2031)) as plan:
        export_plan(plan, tmp_path / "leeg.docx")
    assert empty_headings(docx.Document(str(tmp_path / "leeg.docx"))) == []



DEEP = """\
formaat: 1
id: diep-genest
titel: Koers met diepe nesting
bestuur: Stichting Diepgang
periode: 2026-2030
versie: "1"
elementen:
  - id: n1
    soort: thema
    titel: Niveau een
    vragen: []
    onderdelen:
      - id: n2
        soort: thema
        titel: Niveau twee
        vragen: []
        onderdelen:
          - id: n3
            soort: thema
            titel: Niveau drie
            vragen: []
            onderdelen:
              - id: n4
                soort: speerpunt
                titel: Niveau vier
                doelen:
                  - {id: n4.d, tekst: "Elke leerling leest dagelijks twintig minuten vrij."}
                vragen:
                  - {id: n4.v, tekst: "Hoe organiseert de school het vrij lezen?"}
                onderdelen:
                  - id: n5
                    soort: actie
                    titel: Niveau vijf
                    vragen:
                      - {id: n5.v, tekst: "Wie coördineert de leesactie?"}
"""


def test_deep_nesting_gets_four_heading_levels_then_styled_paragraphs(tmp_path: Path) -> None:
    from koerswijzer.koers.loader import load_koers

    koers_file = tmp_path / "diep.yaml"
    koers_file.write_text(DEEP, encoding="utf-8")
    koers = load_koers(koers_file)
    path = tmp_path / "diep.schoolplan"
    with Schoolplan.create(path, koers, Profile("De Diepte", 2026, 2030)) as plan:
        for question in koers.questions():
            plan.save_answer(question.id, ANSWER)
        export_plan(plan, tmp_path / "diep.docx")
    document = docx.Document(str(tmp_path / "diep.docx"))
    style_of = {p.text: p.style.name for p in document.paragraphs}
    assert [style_of[f"Niveau {n}"] for n in ("een", "twee", "drie", "vier")] == [
        "Heading 1", "Heading 2", "Heading 3", "Heading 4"]
    # Below Heading 4: a styled paragraph, so an element and its parts stay apart from the outline.
    assert style_of["Niveau vijf"] == "Kop klein"
    assert style_of["Hoe organiseert de school het vrij lezen?"] == "Kop klein"
    assert empty_headings(document) == []
    review = review_file(tmp_path / "diep.docx", koers)
    assert review.ok and review.generated
    assert all(e.answered == e.questions for e in review.elements)
