"""The beoordelingsformulier: the board's written judgement of one school's plan, as a Word
document addressed to the school, through the one export pipeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from koerswijzer.congruence.statutory import name as statutory_name
from koerswijzer.export import write_atomically
from koerswijzer.export.blocks import BOARD, NOTE, Document, Heading, ListBlock, Paragraph, Table, runs
from koerswijzer.plan.content import dutch_date
from koerswijzer.koers.model import Koers
from koerswijzer.review.overview import HOW_TEXT, VERDICT_TEXT
from koerswijzer.review.store import JUDGEMENTS, Judgement, StoredDocument

STATUTORY_TEXT = {True: "aanwezig", False: "ontbreekt", None: "niet vast te stellen"}


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]  # "Instemming van de MR" ("capitalize" would write "mr")


def build_form(document: StoredDocument, judgements: dict[str, Judgement], koers: Koers,
               reviewer: str = "") -> Document:
    result = document.result
    blocks: list = [
        Heading(1, f"Beoordeling schoolplan {document.school}"),
        Paragraph(runs(f"Aan de directie van {document.school}. {koers.bestuur} heeft het schoolplan naast "
                       f"{koers.titel} gelegd. Hieronder per onderdeel wat Koerswijzer in het plan vond, en het "
                       f"oordeel en de opmerkingen van het bestuur.")),
        Paragraph(runs(f"Bestand: {Path(document.path).name} (versie {document.version}), "
                       f"{dutch_date(dt.date.today())}."), NOTE),
    ]
    rows = []
    for element in result["onderdelen"]:
        own = judgements.get(element["id"])
        own_text = JUDGEMENTS.get(own.judgement, "—") if own else "—"
        if own and own.on_version < document.version:
            own_text += f" (bij versie {own.on_version})"
        rows.append((runs(element["titel"]), runs(VERDICT_TEXT[element["oordeel"]]), runs(own_text),
                     runs(f"{element['doelen_geraakt']} van {element['doelen_totaal']}")))
    blocks.append(Table((runs("Onderdeel"), runs("Koerswijzer"), runs("Oordeel bestuur"),
                         runs("Doelen bestuur geraakt")), tuple(rows), (3.0, 1.3, 1.6, 1.4)))
    for element in result["onderdelen"]:
        blocks.append(Heading(2, element["titel"]))
        blocks.append(Paragraph(runs(f"Gevonden via {HOW_TEXT[element['gevonden_via'] or '']}; oordeel van "
                                     f"Koerswijzer: {VERDICT_TEXT[element['oordeel']].lower()}."), NOTE))
        own = judgements.get(element["id"])
        if own and (own.judgement or own.comment):
            label = JUDGEMENTS.get(own.judgement, "")
            blocks.append(Paragraph(runs(f"Oordeel van het bestuur: {label}. {own.comment}".strip()), BOARD))
        if element["bevindingen"]:
            blocks.append(ListBlock(False, tuple((Paragraph(runs(f.replace("**", ""))),)
                                                 for f in element["bevindingen"])))
    blocks.append(Heading(2, "Wettelijke eisen"))
    blocks.append(Table((runs("Eis"), runs("In het plan")),
                        tuple((runs(_first_upper(statutory_name(key))), runs(STATUTORY_TEXT[value]))
                              for key, value in result["wettelijk"].items()),
                        (3.0, 2.0)))
    if reviewer:
        blocks.append(Paragraph(runs(f"Namens het bestuur: {reviewer}")))
    return Document(title=f"Beoordeling schoolplan {document.school}", subject=f"Beoordeling langs {koers.titel}",
                    author=reviewer or koers.bestuur, keywords=f"beoordeling; koers:{koers.id}@{koers.versie}",
                    header_text=f"{koers.bestuur} — beoordeling schoolplan", koers_id=koers.id,
                    koers_version=koers.versie, blocks=blocks)


def write_form(target: Path, document: StoredDocument, judgements: dict[str, Judgement], koers: Koers,
               reviewer: str = "") -> Path:
    from koerswijzer.export.to_docx import DocxWriter

    write_atomically(target, DocxWriter().render(build_form(document, judgements, koers, reviewer)))
    return target
