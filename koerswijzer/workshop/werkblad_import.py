"""Import filled-in werkbladen: every answer becomes a contribution of the group that wrote it.

People do all kinds of things in Word: type outside the box, add paragraphs, bullets or table
rows, delete the instructions, save through LibreOffice. So the body is read in order, and each
piece of text goes to the question it stands under:
- inside an answer box: the box's question (found by its bookmark);
- elsewhere: the question last seen above it (a question's heading bookmark, its box, or the
  question's own text), unless it is text Koerswijzer printed itself;
- before the first question: nowhere. That text is reported, never dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from koerswijzer.errors import KoerswijzerError
from koerswijzer.plan.schoolplan import Schoolplan
from koerswijzer.steps import Steps, run_steps
from koerswijzer.review.reader import UnreadableDocument, check_container
from koerswijzer.workshop.sessions import Workshops, contribution_key
from koerswijzer.workshop.werkblad_format import (
    WerkbladSpec,
    WerkbladText,
    answer_bookmark,
    build_werkblad,
    heading_bookmark,
    normal,
    printed_text,
    questions_of,
    spec_from_properties,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, SDT, SDT_CONTENT, CUSTOM_XML = (f"{W}p", f"{W}tbl", f"{W}tr", f"{W}sdt", f"{W}sdtContent",
                                            f"{W}customXml")
T, TAB, BR, CR, NO_BREAK_HYPHEN = f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"
SKIPPED = {MC_FALLBACK, f"{W}del", f"{W}instrText", f"{W}pPr", f"{W}rPr", f"{W}footnoteReference"}
BOOKMARK, VAL, NAME = f"{W}bookmarkStart", f"{W}val", f"{W}name"


@dataclass(frozen=True)
class ImportResult:
    """What importing one file did; ``message`` is the Dutch line to show the user."""

    path: Path
    ok: bool
    message: str
    group: str = ""
    session_id: int | None = None
    added: int = 0
    duplicates: int = 0
    unplaced: tuple[str, ...] = ()  # text that belongs to no question: show it, so nothing is lost
    added_ids: tuple[int, ...] = ()  # the new contributions

    @property
    def file_name(self) -> str:
        return self.path.name


def import_werkbladen(plan: Schoolplan, paths: Iterable[str | Path]) -> list[ImportResult]:
    """Import werkbladen into the plan's workshop sessions: one result per file, in order. A bad
    file gets a result with a Dutch message and adds nothing; the other files go on."""
    return run_steps(import_steps(plan, list(paths)))


def import_steps(plan: Schoolplan, paths: Sequence[str | Path]) -> Steps[list[ImportResult]]:
    """:func:`import_werkbladen` one file at a time: yields ``(done, total, text)`` after each file.
    Stopped between files, the files read so far stay imported and are in the result."""
    workshops = Workshops(plan)
    results: list[ImportResult] = []
    for path in paths:
        path = Path(path)
        try:
            results.append(_import_one(plan, workshops, path))
        except KoerswijzerError as exc:
            results.append(ImportResult(path, False, str(exc)))
        except Exception as exc:  # noqa: BLE001 - one odd file must not stop the batch or show a traceback
            results.append(ImportResult(path, False, f"'{path.name}' kon niet worden ingelezen "
                                                     f"({type(exc).__name__})."))
        if (yield len(results), len(paths), f"Werkblad {len(results)} van {len(paths)} ingelezen"):
            break  # stopped: what was read stays, and is reported
    return results


# -- one file -----------------------------------------------------------------------------------


def _import_one(plan: Schoolplan, workshops: Workshops, path: Path) -> ImportResult:
    name = f"'{path.name}'"
    try:
        check_container(path)
    except UnreadableDocument as exc:
        # The reader speaks to a board about schools; here the director collects from groups.
        return ImportResult(path, False, str(exc).replace("Vraag de school", "Vraag de groep"))
    import docx

    from koerswijzer.export.docx_parts import read_custom_properties

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for broken files
        return ImportResult(path, False, f"{name} kan niet als Word-document worden gelezen ({type(exc).__name__}).")
    try:
        spec = spec_from_properties(read_custom_properties(document))
    except Exception:  # noqa: BLE001 - a damaged custom.xml: then it is no werkblad we can place
        spec = None
    if spec is None:
        return ImportResult(path, False, f"{name} is geen werkblad van Koerswijzer. Importeer alleen werkbladen "
                                         "die Koerswijzer heeft gemaakt (en die de groepen hebben ingevuld).")
    info = workshops.session_by_uid(spec.session_uid)
    if info is None:
        school = plan.profile().school_name
        if spec.school and normal(spec.school) != normal(school):
            return ImportResult(path, False, f"{name} hoort bij een ander schoolplan (van {spec.school}). "
                                             "Open dat schoolplan om het werkblad te importeren.")
        return ImportResult(path, False, f"{name} hoort bij een ander schoolplan of bij een sessie die niet meer "
                                         f"bestaat ('{spec.session_name}'). Er is niets geïmporteerd.")
    group = next((g for g in info.groups if normal(g.name) == normal(spec.group)), None)
    if group is None:
        return ImportResult(path, False, f"{name} is het werkblad van groep '{spec.group}', maar die groep hoort "
                                         f"niet (meer) bij sessie '{info.name}'. Voeg de groep weer toe aan de "
                                         "sessie en importeer opnieuw.")
    answers, unplaced = read_answers(document, spec, plan)
    items = []
    for question_id, text in answers.items():
        if question_id not in info.question_ids:
            unplaced.append(text)  # a question taken out of the session after the werkbladen went out
            continue
        items.append((question_id, text, contribution_key(info.uid, group.name, question_id, text)))
    added, duplicates = workshops.add_many(info.id, group.id, items)
    return ImportResult(path, True, _summary(group.name, len(added), duplicates, len(unplaced)), group.name,
                        info.id, len(added), duplicates, tuple(unplaced), tuple(added))


def _summary(group: str, added: int, duplicates: int, unplaced: int) -> str:
    if added:
        text = f"{added} {'antwoord' if added == 1 else 'antwoorden'} van {group} toegevoegd"
        if duplicates:
            text += f"; {duplicates} {'stond' if duplicates == 1 else 'stonden'} er al"
        text += "."
    elif duplicates:
        text = (f"Niets nieuws: {'het antwoord' if duplicates == 1 else f'de {duplicates} antwoorden'} van "
                f"{group} {'stond' if duplicates == 1 else 'stonden'} er al.")
    else:
        text = f"Geen antwoorden gevonden: het werkblad van {group} is niet ingevuld."
    if unplaced:
        one = unplaced == 1
        text += (f" {unplaced} {'stuk tekst kon' if one else 'stukken tekst konden'} niet bij een vraag worden "
                 f"geplaatst; lees {'het' if one else 'ze'} na en zet {'het' if one else 'ze'} zelf op de goede plek.")
    return text


# -- reading the body ---------------------------------------------------------------------------


def read_answers(document, spec: WerkbladSpec, plan: Schoolplan) -> tuple[dict[str, str], list[str]]:  # type: ignore[no-untyped-def]
    """Per question the group's answer (paragraphs joined by newlines, list items as "- ..."),
    in the werkblad's order, and the texts that belong to no question."""
    questions = [q.id for q in questions_of(spec, plan.koers)]
    reader = _BodyReader(
        printed_text(build_werkblad(spec, plan.koers)),
        boxes={answer_bookmark(q): q for q in questions},
        headings={heading_bookmark(q): q for q in questions},
        list_styles=_list_styles(document),
    )
    for child in document.element.body:
        reader.block(child)
    answers = {q: "\n".join(reader.answers[q]) for q in questions if reader.answers.get(q)}
    return answers, reader.unplaced


@dataclass
class _BodyReader:
    printed: WerkbladText
    boxes: dict[str, str]  # bookmark -> question id
    headings: dict[str, str]
    list_styles: set[str]
    current: str | None = None
    seen: list[str] = field(default_factory=list)
    answers: dict[str, list[str]] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)

    def block(self, element) -> None:  # type: ignore[no-untyped-def]
        if element.tag == P:
            self.paragraph(element, None)
        elif element.tag == TBL:
            self.table(element)
        elif element.tag in (SDT, SDT_CONTENT, CUSTOM_XML):  # content controls wrap ordinary blocks
            for child in element:
                self.block(child)
        elif element.tag == BOOKMARK:  # a bookmark between paragraphs, as some editors save it
            found = self.headings.get(element.get(NAME)) or self.boxes.get(element.get(NAME))
            if found:
                self._enter(found)

    def table(self, tbl) -> None:  # type: ignore[no-untyped-def]
        box: str | None = None
        for row in _rows(tbl):
            # Rows a group added under a box have no bookmark: they belong to the box above.
            for mark in row.iter(BOOKMARK):
                if mark.get(NAME) in self.boxes:
                    box = self.boxes[mark.get(NAME)]
                    self._enter(box)
                    break
            for p in row.iter(P):
                self.paragraph(p, box)

    def paragraph(self, p, box: str | None) -> None:  # type: ignore[no-untyped-def]
        for mark in p.iter(BOOKMARK):
            if mark.get(NAME) in self.headings:
                self._enter(self.headings[mark.get(NAME)])
        raw = _text(p).strip()
        if not raw:
            return
        if box is None:  # outside the boxes, leave out what Koerswijzer printed itself
            raw = self._without_printed(raw)
            if not raw:
                return
        line = _as_list_item(raw, _list_level(p, self.list_styles))
        target = box or self.current
        if target is None:
            self.unplaced.append(line)
        else:
            self.answers.setdefault(target, []).append(line)

    def _without_printed(self, raw: str) -> str:
        norm = normal(raw)
        if norm in self.printed.anchors:
            self._enter(self._anchor(norm))
            return ""
        if norm in self.printed.printed:
            return ""
        for prefix in self.printed.prefixes:  # printed text with an answer typed right after it
            if norm.startswith(prefix):
                if prefix in self.printed.anchors:
                    self._enter(self._anchor(prefix))
                return _cut(raw, prefix).lstrip(" :;-–—.")
        return raw

    def _anchor(self, norm: str) -> str:
        # The same question text may stand under two elements (a default question set): then
        # it is the next one not met yet.
        candidates = self.printed.anchors[norm]
        if self.current in candidates:
            return self.current  # type: ignore[return-value]
        return next((q for q in candidates if q not in self.seen), candidates[0])

    def _enter(self, question_id: str) -> None:
        self.current = question_id
        if question_id not in self.seen:
            self.seen.append(question_id)


def _rows(tbl) -> Iterator:  # type: ignore[no-untyped-def]
    for child in tbl:
        if child.tag == TR:
            yield child
        elif child.tag in (SDT, SDT_CONTENT, CUSTOM_XML):
            yield from _rows(child)


def _text(p) -> str:  # type: ignore[no-untyped-def]
    """A paragraph's visible text: tabs as spaces, line breaks as newlines, no deleted text
    (tracked changes) and no duplicate fallback copies of text boxes."""
    out: list[str] = []

    def visit(element) -> None:  # type: ignore[no-untyped-def]
        for child in element:
            tag = child.tag
            if tag == T:
                out.append(child.text or "")
            elif tag == TAB:
                out.append(" ")
            elif tag in (BR, CR):
                out.append("\n")
            elif tag == NO_BREAK_HYPHEN:
                out.append("-")
            elif tag not in SKIPPED and isinstance(tag, str):
                visit(child)

    visit(p)
    return "".join(out)


def _cut(raw: str, prefix: str) -> str:
    """``raw`` without the leading part whose normal form is ``prefix``."""
    for end in range(len(raw) + 1):
        if normal(raw[:end]) == prefix and (end == len(raw) or normal(raw[:end + 1]) != prefix):
            return raw[end:]
    return raw


def _list_styles(document) -> set[str]:  # type: ignore[no-untyped-def]
    """Ids of paragraph styles that make a list ("List Bullet", "Lijstopsommingsteken", ...)."""
    styles = {s.get(f"{W}styleId"): s for s in document.styles.element.iter(f"{W}style")}
    found: set[str] = set()
    for style_id in styles:
        seen: set[str] = set()
        current = style_id
        while current and current not in seen and current in styles:
            seen.add(current)
            num_id = styles[current].find(f"{W}pPr/{W}numPr/{W}numId")
            if num_id is not None:
                if num_id.get(VAL) != "0":
                    found.add(style_id)
                break
            based = styles[current].find(f"{W}basedOn")
            current = based.get(VAL) if based is not None else None
    return found


def _list_level(p, list_styles: set[str]) -> int | None:  # type: ignore[no-untyped-def]
    ppr = p.find(f"{W}pPr")
    if ppr is None:
        return None
    num_pr = ppr.find(f"{W}numPr")
    if num_pr is not None:
        num_id = num_pr.find(f"{W}numId")
        if num_id is not None and num_id.get(VAL) == "0":
            return None  # numbering switched off on this paragraph
        level = num_pr.find(f"{W}ilvl")
        return int(level.get(VAL, "0")) if level is not None and level.get(VAL, "0").isdigit() else 0
    style = ppr.find(f"{W}pStyle")
    return 0 if style is not None and style.get(VAL) in list_styles else None


def _as_list_item(text: str, level: int | None) -> str:
    if level is None:
        return text
    return f"{'  ' * min(level, 4)}- {text}"


__all__: Sequence[str] = ["ImportResult", "import_werkbladen", "read_answers"]
