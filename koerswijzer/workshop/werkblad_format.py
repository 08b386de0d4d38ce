"""What a werkblad is: its content as a format-neutral document, the marks it carries, and the
record in its document properties that tells an import which session, group and questions it
belongs to.

Export and import both build the document from the same :class:`WerkbladSpec`, so the import
knows exactly which texts were printed by Koerswijzer (and are no answer), even after the plan's
profile or the session changed: everything the text depends on travels inside the file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field

from koerswijzer.export.blocks import (
    BOARD,
    NOTE,
    Block,
    Document,
    Heading,
    ListBlock,
    Paragraph,
    Run,
    plain,
    runs,
)
from koerswijzer.plan.content import dutch_date
from koerswijzer.export.to_docx import bookmark_name
from koerswijzer.export.docx_parts import long_property, read_long_property
from koerswijzer.koers.model import Element, Koers, Question

PROPERTY = "KoerswijzerWerkblad"
FORMAT_VERSION = 1
# The record is spread over numbered properties ("KoerswijzerWerkblad", "KoerswijzerWerkblad 2",
# ...), as Word keeps at most 255 characters of one.


@dataclass(frozen=True)
class WerkbladSpec:
    """Everything a werkblad's text depends on; stored as JSON in the file itself."""

    session_uid: str
    session_name: str
    group: str
    question_ids: tuple[str, ...]
    school: str = ""
    held_on: str = ""  # ISO date, or empty
    hand_in_to: str = ""  # the director, who collects the werkbladen
    koers_id: str = ""
    version: int = FORMAT_VERSION

    def to_json(self) -> str:
        data = asdict(self)
        data["question_ids"] = list(self.question_ids)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> WerkbladSpec | None:
        """The spec, or None when the text is not a werkblad record this version can read."""
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        strings = ("session_uid", "session_name", "group", "school", "held_on", "hand_in_to", "koers_id")
        if not all(isinstance(data.get(k, ""), str) for k in strings):
            return None
        questions = data.get("question_ids")
        if not data.get("session_uid") or not data.get("group") or not isinstance(questions, list) \
                or not all(isinstance(q, str) for q in questions):
            return None
        return cls(data["session_uid"], data.get("session_name", ""), data["group"], tuple(questions),
                   data.get("school", ""), data.get("held_on", ""), data.get("hand_in_to", ""),
                   data.get("koers_id", ""), int(data.get("version", FORMAT_VERSION) or FORMAT_VERSION))

    @property
    def date(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.held_on) if self.held_on else None
        except ValueError:
            return None


def property_values(spec: WerkbladSpec) -> dict[str, str]:
    return long_property(PROPERTY, spec.to_json())


def spec_from_properties(properties: dict[str, str]) -> WerkbladSpec | None:
    text = read_long_property(properties, PROPERTY)
    return WerkbladSpec.from_json(text) if text is not None else None


def answer_bookmark(question_id: str) -> str:
    """The bookmark inside a question's answer box."""
    return bookmark_name(f"antwoord:{question_id}")


def heading_bookmark(question_id: str) -> str:
    """The bookmark on a question's heading (the export pipeline's trace mark)."""
    return bookmark_name(question_id)


@dataclass(frozen=True, slots=True)
class AnswerBox:
    """The framed area a group writes its answer in; a block only the werkblad writer knows."""

    question_id: str
    bookmark: str


@dataclass
class WerkbladText:
    """The texts Koerswijzer printed, normalised: what an import must not take for an answer."""

    printed: set[str] = field(default_factory=set)
    anchors: dict[str, list[str]] = field(default_factory=dict)  # heading or question text -> question ids
    prefixes: list[str] = field(default_factory=list)  # printed texts, longest first


def normal(text: str) -> str:
    """Text as compared between export and import: no case, one space, no invisible characters."""
    for invisible in ("\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"):
        text = text.replace(invisible, "")
    return " ".join(text.split()).casefold()


def questions_of(spec: WerkbladSpec, koers: Koers) -> list[Question]:
    """The spec's questions that the koers still knows, in the werkblad's order."""
    found = (koers.find(q) for q in spec.question_ids)
    return [q for q in found if isinstance(q, Question)]


INSTRUCTIONS = (
    ("Schrijf jullie antwoord in het kader onder elke vraag. Het kader groeit mee terwijl je typt; "
     "gebruik gerust meerdere alinea's of opsommingstekens."),
    ("Onder 'Waar willen we staan' staan de doelen van het bestuur bij dit onderdeel. Ze helpen bij het "
     "nadenken; jullie hoeven ze niet te beantwoorden."),
    ("Laat de vragen en de kaders staan, dan komt elk antwoord bij de juiste vraag terecht. Wat je buiten "
     "een kader typt, komt bij de vraag erboven."),
)


def build_werkblad(spec: WerkbladSpec, koers: Koers) -> Document:
    """The werkblad as a document: pure, so the import can rebuild exactly what was printed."""
    when = dutch_date(spec.date)
    about = " · ".join(p for p in (spec.school, f"{spec.session_name} ({when})" if when else spec.session_name) if p)
    hand_in = spec.hand_in_to or "de directie"
    blocks: list[Block | AnswerBox] = [
        Heading(1, f"Werkblad: {spec.session_name}"),
        Paragraph((Run("Groep: "), Run(spec.group, bold=True))),
        Paragraph(runs(about), NOTE),
        Heading(2, "Zo vullen jullie dit werkblad in"),
        ListBlock(False, tuple((Paragraph(runs(text)),) for text in INSTRUCTIONS)
                  + ((Paragraph(runs(f"Sla het werkblad op als Word-document (.docx), ook als je LibreOffice "
                                     f"gebruikt, en lever het in bij {hand_in}.")),),)),
    ]
    for number, question in enumerate(questions_of(spec, koers), start=1):
        element = koers.element(question.element_id)
        blocks.append(Heading(2, f"Vraag {number} · {element.label}", trace=question.id))
        blocks.append(Paragraph(runs(question.tekst, bold=True), trace=question.id))
        if question.toelichting:
            blocks.append(Paragraph(runs(question.toelichting), NOTE))
        blocks.extend(_targets(element))
        blocks.append(Paragraph(runs("Jullie antwoord", bold=True)))
        blocks.append(AnswerBox(question.id, answer_bookmark(question.id)))
    blocks.append(Paragraph(runs(f"Klaar? Sla het bestand op en lever het in bij {hand_in}. Dank jullie wel!"),
                            NOTE))
    return Document(
        title=f"Werkblad {spec.session_name} – {spec.group}",
        subject=f"Werkblad voor groep {spec.group}",
        author=spec.school or "Koerswijzer",
        keywords=f"werkblad; koers:{koers.id}@{koers.versie}",
        header_text=" — ".join(p for p in (spec.school, f"werkblad {spec.group}") if p),
        koers_id=koers.id,
        koers_version=koers.versie,
        blocks=blocks,  # type: ignore[arg-type]  # AnswerBox is rendered by WerkbladWriter
    )


def _targets(element: Element) -> list[Block]:
    if not element.targets:
        return [Paragraph(runs("Het bestuur noemt bij dit onderdeel geen doelen."), NOTE)]
    return [Paragraph(runs("Waar willen we staan? De doelen van het bestuur:"), NOTE),
            ListBlock(False, tuple((Paragraph(runs(t.tekst)),) for t in element.targets), BOARD)]


def printed_text(document: Document) -> WerkbladText:
    """Every text the werkblad printed, and which of them mark the start of a question."""
    found = WerkbladText()

    def add(text: str) -> None:
        if text.strip():
            found.printed.add(normal(text))

    for block in document.blocks:
        if isinstance(block, Heading):
            add(block.text)
            if block.trace:
                found.anchors.setdefault(normal(block.text), []).append(block.trace)
        elif isinstance(block, Paragraph):
            add(plain(block.inlines))
            if block.trace:  # the question itself
                found.anchors.setdefault(normal(plain(block.inlines)), []).append(block.trace)
        elif isinstance(block, ListBlock):
            for item in block.items:
                for child in item:
                    if isinstance(child, Paragraph):
                        add(plain(child.inlines))
    found.prefixes = sorted(found.printed, key=len, reverse=True)
    return found
