"""Map a read document onto the koers: which section holds which element or centrale vraag.

Three ways, in order of certainty, and every mapping says which one it used:
- ``exact``: Koerswijzer's own trace (bookmark + map in the document properties) survived;
- ``heading``: a heading's text is (nearly) the question or the element's title; a chapter whose
  own heading was renamed takes the element its recognised question headings belong to, and a
  shortened question heading inside an element's chapter is matched on its words; a heading that
  begins with an element's designation ("Venster 1  ...: the school's own title") is that element;
- ``text``: a section under a heading nobody recognises is matched by what it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from difflib import SequenceMatcher

from koerswijzer.congruence import text as words
from koerswijzer.congruence.engine import COPY_SHARE, restated_share
from koerswijzer.congruence.evidence import element_similarity
from koerswijzer.koers.model import Element, Koers, Question
from koerswijzer.plan.types import STANCES, GoalInfo, StanceInfo, school_year_label
from koerswijzer.review.reader import TITLE_STYLES, ReadDocument

HEADING_SIMILARITY = 0.82
BOARD_TRACES = ("#missie-visie", "#missie", "#visie", "#congruentie", "#wettelijk", "#koers", "#kaders")
BOARD_HEADINGS = ("waar willen we staan", "bijlage: congruentie")
# A chapter called "Missie" or "Visie" holds the board's text in Koerswijzer's export, but most
# schools write their own there: it is the board's only when it mostly repeats the koers.
BOARD_TEXT_HEADINGS = ("missie", "visie")
TEXT_SIMILARITY = 0.06
CERTAINTY = {"exact": 3, "heading": 2, "text": 1}
# Headings of a document's frame: what is there is not the school's account of its plan.
FRAME_HEADINGS = {
    "inhoud": ("inhoud", "inhoudsopgave", "inhoudstafel", "inhoudsopgave schoolplan"),
    "colofon": ("colofon", "ondertekening", "vaststelling", "handtekening", "handtekeningen", "vaststelling en ondertekening",
                "vaststelling en instemming", "instemming en vaststelling"),
}
TOC_STYLES = ("toc", "inhopg", "inhoudsopgave", "contents")
# Chapters that introduce the plan or look back on the last one: they tell how the plan came about
# and what was, not what the school will do for the koers. Read for the statutory items, never as
# evidence that a target is addressed.
CONTEXT_HEADINGS = ("voorwoord", "woord vooraf", "beste lezer", "ten geleide", "inleiding", "leeswijzer", "terugblik",
                    "tot slot", "totstandkoming", "sterke kanten",
                    "sterkte zwakte", "swot", "sterke en zwakke punten")
# A look back under a title of its own: "Wat de vorige planperiode ons leerde", "Evaluatie van het vorige
# schoolplan" (as "Terugblik").
LOOK_BACK = re.compile(r"\bvorige? (?:plan)?periode\b|\bvorige? schoolplan\b|\bevaluatie (?:van )?(?:het |ons )?"
                       r"(?:vorige? )?schoolplan\b")
# A section that gives the school's facts (its building, times, money, numbers, history) is context
# too: "Het gebouw is in 2017 gerenoveerd", "De gemeentelijke prognose laat een daling zien" describe
# the school; they take up no target. Only the section itself and the sections under it: a
# meerjarenplanning in a chapter "Praktische zaken" still holds goals.
FACTS_HEADING = re.compile(
    r"\b(?:schooltijden|lestijden|vakanties?|vakantierooster|jaarindeling|gebouw|schoolgebouw|huisvesting|verbouwing|"
    r"nieuwbouw|renovatie|financi[eë]n|begroting|"
    r"middelen|formatie|geschiedenis|ligging|kengetallen|in cijfers|leerlingaantallen|leerlingenaantallen|"
    r"leerlingpopulatie|schoolpopulatie|schoolgegevens|algemene gegevens)\b"
    # "Onze leerlingen en hun ouders" as a chapter of facts, not "Hoe stimuleren wij ... bij onze leerlingen en
    # medewerkers?"
    r"|^(?:\d+ )*(?:onze leerlingen en|leerlingen en (?:afdelingen|personeel|ouders))\b")


@dataclass
class Section:
    heading: str
    element_id: str | None = None
    question_id: str | None = None
    how: str = ""  # exact, heading, text or "" (not mapped)
    board: bool = False  # the board's own text quoted (targets, missie, visie) or an appendix
    paragraphs: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    level: int = 0  # the heading's level (0: the text before the first heading)
    inherited: bool = False  # placed only because it stands inside a recognised chapter
    frame: str = ""  # "voorblad", "inhoud" or "colofon": the document's frame, not the school's evidence
    context: bool = False  # an introduction or a look back (CONTEXT_HEADINGS), not evidence
    items: set[int] = field(default_factory=set)  # the paragraphs that are items of a Word list
    card: bool = False  # a fixed line of a goal card ("Wanneer klaar") under the goal's own heading
    styled: bool = False  # its heading is in a Heading style of Word (not a line typed in bold)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def with_partner_tables(self) -> str:
        """The text and, row by row, a table of the school's partners ("Partner | Wat we samen doen"):
        what the school does with whom is its own content as much as a paragraph is. (Other tables
        that hold no goals stay out: facts, SWOT, a koersmatrix by name.)"""
        rows = [_row_sentence(row) for rows in self.tables if _partner_table(rows) for row in rows[1:]]
        return "\n\n".join(x for x in [self.text, *rows] if x)


@dataclass
class MappedPlan:
    koers: Koers
    sections: list[Section]
    goals: list[GoalInfo]
    title: str
    generated: bool  # the document came from Koerswijzer (its trace was found)
    stances: dict[str, StanceInfo] = field(default_factory=dict)
    mr_instemming: bool | None = None  # None: the document does not say

    def _own(self, s: Section) -> str:
        """A section's text as evidence; in a foreign document with its table of partners (Koerswijzer's
        own export has only goal cards, stances and the colofon in tables)."""
        return s.text if self.generated else s.with_partner_tables()

    def answers(self) -> dict[str, str]:
        out: dict[str, list[str]] = {}
        for s in self.sections:
            if s.question_id and not s.board and not s.frame and not s.context and (text := self._own(s)):
                out.setdefault(s.question_id, []).append(text)
        return {q: "\n\n".join(texts) for q, texts in out.items()}

    def element_texts(self) -> list[tuple[str, str, str]]:
        """(element id or None, heading, text) for content not under a centrale vraag: placed at
        element level, or not placed at all (it still counts for the statutory checklist)."""
        return [(s.element_id, s.heading, text) for s in self.sections
                if not s.question_id and not s.board and not s.frame and not s.context and (text := self._own(s))]

    def frame_text(self, kind: str) -> str:
        """The text of the document's cover, table of contents or colofon."""
        out = []
        for s in self.sections:
            if s.frame == kind:
                out.append(s.heading)
                out.append(s.text)
                out += [" ".join(cell for cell in row) for rows in s.tables for row in rows]
        return "\n".join(x for x in out if x)

    def own_text(self) -> str:
        """Everything the school wrote outside the frame: for the facts a document states."""
        return "\n".join(s.heading + "\n" + s.text for s in self.sections if not s.frame)

    def element_certainty(self) -> dict[str, str]:
        best: dict[str, str] = {}
        for s in self.sections:
            if s.board:
                continue  # the board's own text says nothing about where the school deals with it
            if s.element_id and s.how and CERTAINTY[s.how] > CERTAINTY.get(best.get(s.element_id, ""), 0):
                best[s.element_id] = s.how
        return best


# A heading's number or designation, and where the school's own title after the element's begins.
# ("6. Venster 1: Goed en toegankelijk onderwijs": the chapter's number, then the designation)
_NUMBERING = re.compile(r"^\s*(?:(?:\d+(?:\.\d+)*[.)]?|venster\s+\d+)\s*[:|.-]?\s*)+", re.IGNORECASE)


def _heading_style(style: str) -> bool:
    """A Heading style of Word ("Heading 1", "Kop 2"), not the Title style nor a line typed in bold."""
    from koerswijzer.review.reader import _heading_level

    return style.lower() not in TITLE_STYLES and bool(_heading_level(style, style))


COVER_SECTIONS = 3  # lines of a title page typed as bold paragraphs
COVER_WORDS = 40  # ... each with little text under it
_CHAPTER_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*[.)]?\s+")
# A heading over an element's goals: "Doelen venster 4", "Onze doelen voor Partnerschap".
_GOALS_OF = re.compile(r"^\s*(?:onze |de )?(?:doelen|doelstellingen|ambities)\s+(?:voor |van |bij )?"
                       r"(?:het |de )?(?=\w)", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", _NUMBERING.sub("", text.lower())).split())


_SUBTITLE = re.compile(r"\s*[:–—|]\s*|\s+-\s+")


def _lead(text: str) -> str:
    """The part of a heading before the school's own subtitle: "Partnerschap" of "4. Partnerschap: de stad
    is ons klaslokaal", "Gezien worden" of "1. Gezien worden – Ieder kind een eigen plek"."""
    return _norm(_SUBTITLE.split(_NUMBERING.sub("", text).strip(), maxsplit=1)[0])


class _Matcher:
    def __init__(self, koers: Koers) -> None:
        self.koers = koers
        # One SequenceMatcher per question and element name, with the name as its second sequence:
        # difflib indexes that side once, so each heading only costs the comparison itself.
        self.questions = [(SequenceMatcher(None, "", _norm(q.tekst)), q) for q in koers.questions()]
        self.elements: list[tuple[str, SequenceMatcher, Element]] = []
        # An element's designation before its title ("Venster 1", "Speerpunt 1A"): a heading that
        # begins with it names that element, whatever the school's own title after it.
        self.designations: list[tuple[re.Pattern[str], Element]] = []
        names = sorted({e.soort for e in koers.walk()}, key=len, reverse=True)
        self.kinds = re.compile(rf"\s*(?:{'|'.join(map(re.escape, names))})\s*[:–—-]?\s+(?=\w)", re.IGNORECASE)
        for e in koers.walk():
            for name in (_norm(e.titel), _norm(e.label)):
                self.elements.append((name, SequenceMatcher(None, "", name), e))
            code = e.label[: -len(e.titel)].strip(" :-–—") if e.label != e.titel and e.label.endswith(e.titel) else ""
            if re.search(r"\d", code):
                self.designations.append((re.compile(rf"\s*{re.escape(code)}(?![\w.])", re.IGNORECASE), e))

    @staticmethod
    def _best(key: str, matchers, floor: float):  # type: ignore[no-untyped-def]
        """The first item with the highest similarity to ``key`` at or above ``floor``, or None.
        The cheap upper bounds skip most comparisons without changing the outcome."""
        best, best_ratio = None, -1.0
        for matcher, item in matchers:
            matcher.set_seq1(key)
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = item, ratio
        return best if best_ratio >= floor else None

    def heading(self, text: str) -> tuple[str | None, str | None]:
        """(element id, question id) for a heading's text, or (None, None)."""
        key = _norm(text)
        if not key:  # "Venster 1" alone
            bare = _CHAPTER_NUMBER.sub("", text).strip().rstrip(".:").strip()  # "6. Venster 1.", "Venster 2:"
            return next((element.id for pattern, element in self.designations if pattern.fullmatch(bare)), None), None
        question = self._best(key, self.questions, HEADING_SIMILARITY)
        if question is not None:
            return question.element_id, question.id
        lead = _lead(text)
        for name, matcher, element in self.elements:
            # one word only as it is: "Ambities" (the school's own aims) is not "Ambitieus"
            if key == name or (" " in key and self._best(key, [(matcher, element)], 0.9) is not None) \
                    or (lead == name and lead != key):
                return element.id, None
        bare = _CHAPTER_NUMBER.sub("", text)
        for pattern, element in self.designations:
            if pattern.match(bare):
                return element.id, None
        # "3.8 Kernwaarde: Ambitieus": the kind of element before its title
        kind = self.kinds.match(bare)
        if kind:
            element_id, _question = self.heading(bare[kind.end():])
            if element_id:
                return element_id, None
        goals_of = _GOALS_OF.match(bare)
        if goals_of:
            element_id, _question = self.heading(bare[goals_of.end():])
            return element_id, None
        return None, None


def _trace_target(koers: Koers, trace_id: str) -> tuple[str | None, str | None]:
    base = trace_id.split("#")[0]
    found = koers.find(base) if base else None
    if isinstance(found, Question):
        return found.element_id, found.id
    if isinstance(found, Element):
        return found.id, None
    return None, None


def map_document(document: ReadDocument, koers: Koers) -> MappedPlan:
    matcher = _Matcher(koers)
    generated = bool(document.trace) and document.koers_id == koers.id
    sections: list[Section] = [Section("")]
    title = document.properties.get("title", "")
    current_element: str | None = None
    under_heading: set[int] = set()  # sections placed only by the recognised chapter heading above them
    for block in document.blocks:
        if block.kind == "heading":
            if not title and block.level == 1 and block.style.lower() in TITLE_STYLES:
                title = block.text
            element_id = question_id = None
            how = ""
            board = _norm(block.text).startswith(tuple(_norm(h) for h in BOARD_HEADINGS))
            for mark in block.bookmarks:
                if mark in document.trace:
                    trace = document.trace[mark]
                    board = board or trace in BOARD_TRACES or trace.endswith(("#doelen-bestuur", "#koers"))
                    element_id, question_id = _trace_target(koers, trace)
                    how = "exact" if element_id else ""
                    if element_id or document.trace[mark].startswith("#"):
                        break
            if not how:
                element_id, question_id = matcher.heading(block.text)
                how = "heading" if element_id else ""
            if element_id and block.level == 1:
                current_element = element_id
            elif not element_id and block.level == 1:
                current_element = None
            inherited = False
            if not element_id and current_element and block.level > 1:
                element_id = current_element  # a sub-heading inside a recognised chapter
                how, inherited = "heading", True
            if board and block.level == 1:
                current_element = None
            if inherited:
                under_heading.add(len(sections))
            sections.append(Section(block.text, element_id, question_id, how, board, level=block.level,
                                    inherited=inherited, styled=_heading_style(block.style),
                                    frame="voorblad" if block.style.lower() in TITLE_STYLES else ""))
        elif block.kind == "paragraph":
            if block.style.lower().startswith(TOC_STYLES):
                continue  # a line of Word's own table of contents
            if block.listed:
                sections[-1].items.add(len(sections[-1].paragraphs))
            sections[-1].paragraphs.append(block.text)
        elif block.kind == "table":
            sections[-1].tables.append(block.rows)
    if len(sections) > 1 and len(sections[0].text.split()) < 200:
        sections[0].frame = "voorblad"  # the title page (a document with no headings has none)
        # A title page of several lines in bold ("Vmbo De Schaafbank", "Schoolplan 2025-2029", a motto):
        # the short unnumbered sections before the first chapter are the cover too.
        # (a line in a heading style is the first chapter, however short)
        for section in sections[1:COVER_SECTIONS + 1]:
            if section.element_id or section.question_id or _CHAPTER_NUMBER.match(section.heading) \
                    or len(section.text.split()) >= COVER_WORDS or section.tables or section.styled:
                break
            section.frame = "voorblad"
    for section in sections:
        key = _norm(section.heading)
        for kind, names in FRAME_HEADINGS.items():
            if key in names or (kind == "colofon" and key.startswith(names)):
                section.frame = kind
                section.element_id = section.question_id = None
                section.inherited = False
    _context_chapters(sections)
    for section in sections:
        if not section.board and _norm(section.heading).startswith(BOARD_TEXT_HEADINGS) and section.text \
                and restated_share(koers, section.text) >= COPY_SHARE:
            section.board = True
    _renamed_chapters(sections)
    _shortened_questions(koers, sections)
    # Sections nobody recognised: place them by what they say. So too a section under its own heading
    # inside a kernwaarde's chapter: a kernwaarde runs through a plan, and a plan organised by its
    # kernwaarden writes about the vensters' work under them.
    for i, section in enumerate(sections):
        if i in under_heading and section.inherited and not section.question_id \
                and getattr(koers.find(section.element_id or ""), "soort", "") == "kernwaarde":
            section.element_id, section.how, section.inherited = None, "", False
        if section.element_id is None and not section.board and not section.frame and not section.context \
                and len(section.text.split()) >= 40:
            similarity = element_similarity(koers, section.heading + ". " + section.text)
            best = max(similarity, key=similarity.__getitem__)
            if similarity[best] >= TEXT_SIMILARITY:
                section.element_id, section.how = best, "text"
    goals = _goals(koers, sections) + _goal_cards(koers, sections)
    return MappedPlan(koers, sections, goals, title, generated, _stances(koers, sections), _mr(sections))


def _chapters(sections: list[Section]) -> list[list[Section]]:
    """The sections grouped by level-1 chapter (a chapter's heading first)."""
    chapters: list[list[Section]] = []
    for section in sections:
        if section.level == 1 or not chapters:
            chapters.append([])
        chapters[-1].append(section)
    return chapters


def _renamed_chapters(sections: list[Section]) -> None:
    """A chapter whose heading nobody recognises ("Ons onderwijs" for venster 1) but whose question
    headings all belong to one element is that element's chapter: its other sub-sections (school
    goals, stances) are placed there too."""
    for chapter in _chapters(sections):
        head = chapter[0]
        if head.level != 1 or head.element_id or head.board:
            continue
        found = {s.element_id for s in chapter[1:] if s.question_id and s.how in ("exact", "heading")}
        if len(found) != 1:
            continue
        element_id = found.pop()
        for section in chapter:
            if section.element_id is None and not section.board:
                section.element_id, section.how, section.inherited = element_id, "heading", True


def _context_chapters(sections: list[Section]) -> None:
    """Mark an introduction or a look back, with the sections under it, as context."""
    level = None  # the level of the context chapter we are in
    for section in sections:
        if level is not None and section.level and section.level <= level:
            level = None
        if level is None and section.level and not section.element_id and not section.frame \
                and (_norm(section.heading).startswith(CONTEXT_HEADINGS) or LOOK_BACK.search(_norm(section.heading))):
            level = section.level
        if level is not None and not section.element_id:
            section.context = True
    level = None  # the level of the facts section we are in
    for section in sections:
        if level is not None and section.level and section.level <= level:
            level = None
        if level is None and section.level and not section.frame and section.how not in ("exact",) \
                and FACTS_HEADING.search(_norm(section.heading)):
            level = section.level
        if level is not None and section.how != "exact":
            section.context, section.inherited, section.how = True, False, ""
            section.element_id = section.question_id = None


def _shortened_questions(koers: Koers, sections: list[Section]) -> None:
    """Inside an element's chapter, a heading that is no question any more ("Verzuim en welbevinden")
    is the one question of that element that contains all its words and that no other heading
    holds."""
    taken = {s.question_id for s in sections if s.question_id}
    for section in sections:
        if not section.inherited or section.question_id or section.board or section.element_id is None:
            continue
        asked = set(words.content_stems(section.heading))
        if not asked:
            continue
        candidates = [q for e in koers.element(section.element_id).walk() for q in e.questions
                      if q.id not in taken and asked <= set(words.content_stems(q.tekst))]
        if len(candidates) == 1:
            section.question_id = candidates[0].id
            taken.add(candidates[0].id)


def _stances(koers: Koers, sections: list[Section]) -> dict[str, StanceInfo]:
    """The table Koerswijzer writes for targets the school handles without a goal."""
    by_text = {" ".join(t.tekst.split()).lower(): t.id for t in koers.targets()}
    by_label = {label.lower(): key for key, label in STANCES.items()}
    found = {}
    for section in sections:
        for rows in section.tables:
            if rows and [c.strip().lower() for c in rows[0]][:2] == ["doel van het bestuur", "keuze"]:
                for row in rows[1:]:
                    target = by_text.get(" ".join(row[0].split()).lower()) if row else None
                    stance = by_label.get(row[1].strip().lower()) if len(row) > 1 else None
                    if target and stance:
                        found[target] = StanceInfo(target, stance, row[2].strip() if len(row) > 2 else "")
    return found


def row_value(sections: list[Section], label: str) -> str | None:
    """The value beside ``label`` in a two-column table (the colofon, the school profile)."""
    for section in sections:
        for rows in section.tables:
            for row in rows:
                if len(row) >= 2 and row[0].strip().lower() == label:
                    return row[1].strip()
    return None


def _mr(sections: list[Section]) -> bool | None:
    """The colofon's 'Instemming MR' row, if the document has one."""
    value = row_value(sections, "instemming mr")
    return None if value is None else bool(re.search(r"\d", value))


# The words schools put above the columns of a goal table, per field of a school goal. A header
# cell names a field by its first word ("Meetbaar resultaat", "Activiteiten", "Wie?").
GOAL_COLUMNS = {
    "wat": ("wat", "doel", "doelen", "doelstelling", "doelstellingen", "ambitie", "ambities", "speerpunt",
            "speerpunten", "onderwerp", "ontwikkelpunt", "ontwikkelpunten", "verbeterpunt", "verbeterpunten",
            "actiepunt", "actiepunten", "beleidsvoornemen", "beleidsvoornemens", "thema"),
    "hoe": ("hoe", "activiteit", "activiteiten", "aanpak", "actie", "acties", "maatregel", "maatregelen",
            "werkwijze", "interventie", "interventies", "stappen", "uitvoering"),
    "wanneer": ("wanneer", "planning", "termijn", "tijdpad", "periode", "schooljaar", "gereed", "deadline",
                "streefdatum", "einddatum", "looptijd", "jaar", "datum", "klaar", "mijlpaal", "kwartaal",
                "realisatie", "tijdstip"),
    "eigenaar": ("eigenaar", "wie", "verantwoordelijk", "verantwoordelijke", "trekker", "trekkers", "uitvoerder",
                 "uitvoerders", "regie"),
    "meetbaar": ("meetbaar", "meetbare", "resultaat", "resultaten", "beoogd", "beoogde", "indicator",
                 "indicatoren", "streefwaarde", "norm", "succescriterium", "succescriteria", "criterium",
                 "criteria", "kpi", "effect", "meting", "meetpunt", "waaraan", "zo"),
    "merkbaar": ("merkbaar", "merkbare"),
    "evaluatie": ("evaluatie", "evaluatiemoment", "borging", "check", "monitoring"),
    # the part of the koers a row names ("Venster 2", "Partnerschap"): it places the goal
    "onderdeel": ("venster", "vensters", "kernwaarde", "kernwaarden", "onderdeel", "koers", "koppeling"),
}


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _named_element(koers: Koers, text: str) -> str | None:
    """The element a goal table's cell names: its short title ("Venster 2"), its title
    ("Personeel in positie") or both; None when it names none or more than one."""
    key = _plain(text)
    if not key:
        return None
    named = {e.id for e in koers.walk()
             if key == _plain(e.short_title) or key.startswith(_plain(e.short_title) + " ")
             or re.search(rf"\b{re.escape(_plain(e.titel))}\b", key)}
    return named.pop() if len(named) == 1 else None


def _titled_element(koers: Koers, title: str) -> str | None:
    """The element a table's title names anywhere in it ("Doelen Venster 2", "Doelen voor Personeel in
    positie"): a numbered short title or a full title; None when it names none or more than one."""
    key = _plain(title)
    named = {e.id for e in koers.walk()
             if (re.search(r"\d", e.short_title) and re.search(rf"\b{re.escape(_plain(e.short_title))}\b", key))
             or re.search(rf"\b{re.escape(_plain(e.titel))}\b", key)}
    return named.pop() if len(named) == 1 else None


# A column per school year ("2025-2026", "2026/2027", "2027"): a meerjarenplanning, which says when.
_YEAR_COLUMN = re.compile(r"(?:schooljaar\s*)?(20\d\d)(?:\s*[-–/]\s*(?:20)?\d\d)?")


def _year_columns(head: list[str]) -> dict[int, int]:
    """Column index -> first calendar year, for the header cells that are school years."""
    return {i: int(m.group(1)) for i, name in enumerate(head) if (m := _YEAR_COLUMN.fullmatch(name.strip()))}


_HOW_HEADER = re.compile(r"wat (?:gaan (?:we|wij) doen|doen (?:we|wij)|(?:we|wij) (?:gaan )?doen)\b")
_MEASURE_HEADER = re.compile(r"hoe meten (?:we|wij)|waaraan (?:zien|merken|zie|merk)|zo zien (?:we|wij)")


def _column_fields(name: str) -> list[str]:
    """The goal fields a header (lower case) can name, best first: "Wat gaan we doen" is the how (or,
    when a table has that already, the what), "Hoe meten we dat" the measure, else its first word."""
    fields = []
    if _HOW_HEADER.match(name):
        fields.append("hoe")
    if _MEASURE_HEADER.match(name):
        fields.append("meetbaar")
    first = re.match(r"[a-zà-ÿ]+", name)
    fields += [f for f, names in GOAL_COLUMNS.items() if first and first.group(0) in names]
    # "Eind 2029", "In 2028", "Juli 2027": what is to be reached by then (a school year is a plan's column)
    if _END_HEADER.fullmatch(name.strip()) and not _YEAR_COLUMN.fullmatch(name.strip()):
        fields.append("meetbaar")
    return fields


_END_HEADER = re.compile(r"(?:(?:eind|einde|in|voor|vóór|per|uiterlijk|januari|februari|maart|april|mei|juni|juli|"
                         r"augustus|september|oktober|november|december|zomer|eind van)\s+)*(20\d\d)")
_THEME_COLUMNS = ("thema", "onderwerp")
_INDICATOR_HEADS = (["indicator"], ["indicatoren"], ["kpi"], ["meetpunt"], ["meetpunten"])
# A column of target values by a date: "Doel 2027", "Streefwaarde 2028-2029", "Norm eind 2029".
_DATED_TARGET = re.compile(r"(?:doel|streefdoel|streefwaarde|streefcijfer|norm|ambitie)\s+"
                           r"(?:(?:in|eind|voor|vóór|per)\s+)?(20\d\d)(\s*[-–/]\s*(?:20)?\d\d)?")


def _goal_columns(head: list[str]) -> dict[str, int] | None:
    """Which column holds which field of a goal table's header row, or None when the row is no
    goal table's: it needs a 'what' column and a 'how' column or two other fields (columns per
    school year count as 'when')."""
    columns: dict[str, int] = {}
    for i, name in enumerate(head):
        for field_name in _column_fields(name):
            if field_name not in columns:
                columns[field_name] = i
                break
    # "Thema | Doel | Eind 2029": the goal is the goal column, the theme says what it is about
    if "wat" in columns and head[columns["wat"]].split()[:1] and head[columns["wat"]].split()[0] in _THEME_COLUMNS:
        goal_column = next((i for i, name in enumerate(head) if i != columns["wat"]
                            and re.match(r"doel(?:en|stelling|stellingen)?\b", name)), None)
        if goal_column is not None:
            columns["thema"], columns["wat"] = columns["wat"], goal_column
    # "Indicator | Nu | Doel 2027 | Doel 2029": a measurement table, a goal per indicator with its target
    # values by a date (the last one is the goal at the end)
    dated = [i for i, name in enumerate(head) if _DATED_TARGET.fullmatch(name.strip())]
    if dated and columns.get("wat") in dated and columns.get("meetbaar") not in (None, *dated):
        columns["wat"], columns["meetbaar"], columns["wanneer"] = columns["meetbaar"], dated[-1], dated[-1]
    # "Indicator | 2024 | 2026 | 2028": the same, with the values by year
    indicator = columns.get("meetbaar")
    if ("wat" not in columns and indicator is not None and head[indicator].split()[:1] in _INDICATOR_HEADS
            and len(years := _year_columns(head)) >= 2):
        columns["wat"], columns["meetbaar"], columns["wanneer"] = indicator, max(years), max(years)
    if len(_year_columns(head)) >= 2 and "wanneer" not in columns:
        columns["wanneer"] = -1  # read from the year columns, per row
    others = sum(1 for f in ("hoe", "wanneer", "eigenaar", "meetbaar", "merkbaar", "onderdeel") if f in columns)
    # a column of what is to be reached by a date ("Eind 2029") says when as well as what
    others += "wanneer" not in columns and any(_END_HEADER.fullmatch(h.strip()) for h in head)
    # a meerjarenplanning ("Doel | 2023-2024 | 2024-2025 | ...") says per year what happens: that is its "how"
    planned = len(_year_columns(head)) >= 2
    return columns if "wat" in columns and ("hoe" in columns or others >= 2 or planned) else None


_PARTNER_HEADER = re.compile(r"\s*(?:(?:externe |onze )?partners?|samenwerkingspartners?|organisaties?|instellingen?|"
                             r"instanties?)\s*$", re.IGNORECASE)


def _partner_table(rows: list[list[str]]) -> bool:
    return len(rows) > 1 and len(rows[0]) >= 2 and bool(_PARTNER_HEADER.match(rows[0][0]))


def _row_sentence(row: list[str]) -> str:
    """A table row as one sentence: "Bibliotheek Almere: leesconsulent twee ochtenden per maand."."""
    cells = [" ".join(c.split()) for c in row if c.strip()]
    cells = [c for i, c in enumerate(cells) if c not in cells[:i]]  # merged cells repeat themselves
    if not cells:
        return ""
    sentence = cells[0] + (": " + "; ".join(cells[1:]) if len(cells) > 1 else "")
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def _goals(koers: Koers, sections: list[Section]) -> list[GoalInfo]:
    """Goal tables: Koerswijzer's two-column 'Schooldoel N' cards, or any table whose header row
    names the fields of a goal (Wat/Doel, Hoe/Activiteiten, Wanneer, Wie/Eigenaar, Resultaat,
    Evaluatie), one goal per row."""
    from koerswijzer.plan.types import GoalLinkInfo

    years = {school_year_label(y): y for y in range(2000, 2100)}
    target_by_text = {" ".join(t.tekst.split()).lower(): t.id for t in koers.targets()}
    goals: list[GoalInfo] = []
    for section in sections:
        for rows in section.tables:
            if not rows:
                continue
            head = [c.strip().lower() for c in rows[0]]
            if len(head) == 2 and re.fullmatch(r"schooldoel \d+", head[0]):
                fields = {r[0].strip().lower(): r[1].strip() for r in rows[1:] if len(r) >= 2}
                link = target_by_text.get(" ".join(fields.get("koppeling aan de koers", "").split()).lower())
                also = [target_by_text.get(" ".join(r[1].split()).lower()) for r in rows[1:]
                        if len(r) >= 2 and r[0].strip().lower() == "draagt ook bij aan"]
                meetbaar = fields.get("meetbaar resultaat", "")
                target_value = meetbaar.split("doel:", 1)[1].strip() if "doel:" in meetbaar else ""
                goals.append(GoalInfo(
                    len(goals) + 1, section.element_id, wat=rows[0][1].strip(), hoe=fields.get("hoe", ""),
                    schooljaar=years.get(fields.get("wanneer", "")), eigenaar=fields.get("eigenaar", ""),
                    indicator=meetbaar.split(";")[0].strip(), streefwaarde=target_value,
                    merkbaar=fields.get("merkbaar resultaat", ""), evaluatie=fields.get("evaluatie", ""),
                    links=((GoalLinkInfo(link, True),) if link else ())
                    + tuple(GoalLinkInfo(ref, False) for ref in also if ref and ref != link)))
            else:
                columns = _goal_columns(head)
                title = ""
                if columns is None and len(rows) > 2 and len({c for c in head if c}) <= 1:
                    # a title row across the table ("Doelen venster 2", merged) above the header row
                    title, rows = next((c for c in rows[0] if c.strip()), ""), rows[1:]
                    columns = _goal_columns([c.strip().lower() for c in rows[0]])
                if columns is not None:
                    goals += _table_goals(koers, section, rows, columns, years, len(goals), title)
    return goals


def _target_year(name: str) -> int | None:
    """The school year a column of target values names: "Doel 2028-2029" and "2028-2029" that school year,
    "Doel 2029" and "2029" the one ending then; None for any other column."""
    name = name.strip().lower()
    if dated := _DATED_TARGET.fullmatch(name):
        return int(dated.group(1)) - (0 if dated.group(2) else 1)
    if year := _YEAR_COLUMN.fullmatch(name):
        return int(year.group(1)) - (0 if re.search(r"\d\s*[-–/]\s*\d", name) else 1)
    return None


def _table_goals(koers: Koers, section: Section, rows: list[list[str]], columns: dict[str, int],
                 years: dict[str, int], before: int, title: str = "") -> list[GoalInfo]:
    """One goal per row of a goal table under its header row (``rows[0]``); a title row above it
    that names an element ("Doelen Venster 2") places the rows that name none."""
    def cell(row: list[str], name: str) -> str:
        i = columns.get(name)
        return row[i].strip() if i is not None and 0 <= i < len(row) else ""

    goals: list[GoalInfo] = []
    head = [c.strip().lower() for c in rows[0]]
    year_columns = _year_columns(head)
    measuring = columns.get("meetbaar") is not None and _target_year(head[columns["meetbaar"]]) is not None
    dated_columns = [i for i, name in enumerate(head) if _target_year(name) is not None] if measuring else []
    if measuring:
        year_columns = {}  # the values by year are the targets, not a planning of what is done when
    for row in rows[1:]:
        if not cell(row, "wat"):
            continue
        wanneer = cell(row, "wanneer")
        year = years.get(wanneer) or next((int(y) for y in re.findall(r"20\d\d", wanneer)), None)
        measured = ""
        if dated_columns:  # a measurement table: the last target value the row gives, by its date
            filled = [i for i in dated_columns if i < len(row) and row[i].strip()]
            measured = row[filled[-1]].strip() if filled else ""
            year = _target_year(head[filled[-1]]) if filled else None
        if year is None and year_columns:  # the first school year the row plans something in
            year = next((y for i, y in sorted(year_columns.items()) if i < len(row) and row[i].strip()), None)
        if year is None:  # dated in its own words or its evaluation ("In 2028 haalt ...", "Juni 2026")
            year = next((int(y) for name in ("wat", "evaluatie", "meetbaar")
                         for y in re.findall(r"\b(20\d\d)\b", cell(row, name))), None)
        if year is None and cell(row, "meetbaar") and (end := _END_HEADER.fullmatch(
                rows[0][columns["meetbaar"]].strip().lower())):
            year = int(end.group(1)) - 1  # "Eind 2029": the school year that ends then
        placed = _named_element(koers, cell(row, "onderdeel")) \
            or (section.element_id if section.how in ("exact", "heading") else None) \
            or (_titled_element(koers, title) if title else None)
        # a meerjarenplanning's cells per school year are its how ("Onderwerp | 2025-2026 | ...")
        how = cell(row, "hoe") or " ".join(row[i].strip() for i in sorted(year_columns)
                                           if i < len(row) and row[i].strip())
        theme = cell(row, "thema")
        wat = f"{theme}: {cell(row, 'wat')}" if theme and theme != cell(row, "wat") else cell(row, "wat")
        goals.append(GoalInfo(
            before + len(goals) + 1, placed, wat=wat, hoe=how,
            schooljaar=year, eigenaar=cell(row, "eigenaar"), indicator=measured or cell(row, "meetbaar"),
            streefwaarde=measured or cell(row, "meetbaar"), merkbaar=cell(row, "merkbaar"),
            evaluatie=cell(row, "evaluatie")))
    return goals


# The fixed lines of a goal card, each a short heading of its own (bold Normal or a heading style) under
# the goal's heading: "4. Binnenkomen op De Werf" / "Waarom" / "Wat gaan we doen" / "Wanneer klaar" /
# "Eigenaar". They name the fields a goal table's header names (_column_fields), and why.
_CARD_WHY = re.compile(r"(?:waarom|aanleiding|achtergrond)\b")
CARD_FIELDS = ("hoe", "wanneer", "eigenaar", "meetbaar")
CARD_LINE_WORDS = 4


def _card_line(heading: str) -> str | None:
    key = _norm(heading)
    if not key or len(key.split()) > CARD_LINE_WORDS:
        return None
    if _CARD_WHY.match(key):
        return "waarom"
    return next((f for f in _column_fields(key) if f in CARD_FIELDS), None)


def _card_year(when: str) -> int | None:
    """The school year of a card's "Wanneer": a school year ("2025-2026") starts then; "vanaf augustus 2025"
    starts one; a year alone ("juni 2027") ends the school year it closes."""
    school_year = re.search(r"\b(20\d\d)\s*[-/]\s*(?:20)?\d\d\b", when)
    if school_year:
        return int(school_year[1])
    bare = re.search(r"\b(vanaf |per |start )?(?:\w+ ){0,2}(20\d\d)\b", when.lower())
    if bare:
        return int(bare[2]) if bare[1] else int(bare[2]) - 1
    return None


# A card's line written as a run-in label in front of its text: "Hoe: ...", "Wanneer: ...".
# (a label of words, not a date: "Juli 2026: ieder teamlid ..." is a goal of its own)
_RUN_IN_LINE = re.compile(r"\s*([^\W\d][^:\d]{0,30}?)\s*:\s+(\S.*)", re.DOTALL)


def _with_card_line(goal: GoalInfo, name: str, value: str) -> GoalInfo:
    """A goal with one more line of its card ("Wanneer: vanaf januari 2025; in 2026 bij 90%")."""
    value = " ".join(value.split())
    if name == "hoe" and not goal.hoe:
        return replace(goal, hoe=value)
    if name == "eigenaar" and not goal.eigenaar:
        return replace(goal, eigenaar=value)
    if name == "wanneer":
        year = goal.schooljaar if goal.schooljaar is not None else _card_year(value)
        if _FIGURE.search(value) and not goal.indicator:  # "in 2026 bij minimaal 90%": when, and what
            return replace(goal, schooljaar=year, indicator=value, streefwaarde=value)
        return replace(goal, schooljaar=year)
    if name == "meetbaar" and not goal.indicator:
        return replace(goal, indicator=value, streefwaarde=value)
    return goal


def _goal_cards(koers: Koers, sections: list[Section]) -> list[GoalInfo]:
    """Goals written as cards: a heading of their own with no text under it, then fixed lines as
    headings ("Waarom", "Wat gaan we doen", "Wanneer klaar", "Eigenaar"). The card is one goal, placed
    by what it says; its lines are marked so that their sentences are not read as goals again."""
    goals: list[GoalInfo] = []
    for i, head in enumerate(sections):
        if head.text.strip() or head.tables or not head.heading or head.board or head.frame or _card_line(head.heading):
            continue
        lines: dict[str, str] = {}
        j = i + 1
        while j < len(sections) and (name := _card_line(sections[j].heading)) and sections[j].level >= head.level:
            lines.setdefault(name, sections[j].text)
            j += 1
        if len(lines) < 2 or not ({"hoe", "wanneer", "meetbaar"} & set(lines)):
            continue
        for section in sections[i + 1:j]:
            section.card = True
        year = _card_year(lines.get("wanneer", ""))
        title = re.sub(r"^\s*\d+[.)]?\s*", "", head.heading).strip()
        body = ". ".join(x for x in (title, lines.get("hoe", ""), lines.get("waarom", "")) if x)
        goals.append(GoalInfo(0, element_of_text(koers, body, goal=True), wat=title, hoe=lines.get("hoe", ""),
                              schooljaar=year,
                              eigenaar=lines.get("eigenaar", ""), indicator=lines.get("meetbaar", ""),
                              streefwaarde=lines.get("meetbaar", "")))
    return goals


# A goal written as a sentence: a figure to reach ("minstens 65%", "80 procent van de leerlingen") by a
# year of the plan, or by its end ("aan het eind van de planperiode").
_FIGURE = re.compile(r"\d+(?:[,.]\d+)?\s?(?:%|procent\b)|\b(?:minstens|ten minste|maximaal|hoogstens|ten hoogste)\b",
                     re.IGNORECASE)
_YEAR = re.compile(r"\b(20\d\d)\b")
_PLAN_END = re.compile(r"\b(?:eind(?:e)? van de planperiode|einde? van deze planperiode|in de(?:ze)? planperiode"
                       r"|binnen (?:twee|drie|vier) jaar)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:sinds|afgelopen|vorige?|was|waren|lag|lagen|haalde|haalden|beoordeelde|voelde|voelden"
                   r"|gaf|gaven|laatste (?:meting|peiling|keer))\b|\(nu |\(bij de laatste", re.IGNORECASE)
_GOAL_MARK = re.compile(r"\b(?:ons doel is|onze doelen zijn|doel is dat|willen (?:we|wij)|(?:we|wij) willen"
                        r"|streven (?:we|wij)|(?:we|wij) streven|ons streven)\b", re.IGNORECASE)
# A chapter of goals for the whole plan ("Onze doelen 2023-2027", "Ambities en speerpunten"): its
# items are goals for several elements, each placed by its own words.
GOALS_CHAPTER = re.compile(r"\b(?:(?:onze |de )?doel(?:en|stellingen)|ambities|speerpunten|ontwikkeldoelen)\b",
                           re.IGNORECASE)
# A paragraph that announces what the school wants to reach: its dated sentences are its goals.
_GOAL_INTRO = re.compile(r"^\W*(?:wat (?:we|wij) willen (?:bereiken|bereikt hebben)|(?:ons|het) doel|onze doelen|"
                         r"doel(?:en|stelling)?|beoogd resultaat|resultaat)\s*:", re.IGNORECASE)
# What the school wants to reach, as a line or a heading ("Wat willen we in 2028 bereikt hebben?", "Wat we
# bereiken", "Wat gaan we bereiken?").
_WANT_TO_REACH = (r"wat (?:willen |gaan )?(?:we|wij) (?:willen |gaan )?(?:in \d{4} )?(?:bereiken|bereikt hebben)\b"
                  # the koers's own question as the school's heading: "Waar we in 2027 willen staan"
                  r"|waar (?:willen )?(?:we|wij) (?:in \d{4} )?(?:willen )?staan\b")
# A short line that announces a list of goals ("Doelen Sterk team:", "Onze doelen voor lezen:").
_GOAL_LIST_LEAD = re.compile(rf"^\W*(?:{GOALS_CHAPTER.pattern}|(?:{_WANT_TO_REACH}))", re.IGNORECASE)
# A section of goals under a heading of its own ("Onze doelen", "Wat we bereiken" under a theme of the
# school's own): each goal is placed by its own words, not by where the section as a whole leans.
_GOALS_HEADING = re.compile(rf"{GOALS_CHAPTER.pattern}|\b(?:{_WANT_TO_REACH})", re.IGNORECASE)
# A sentence that says what the school does for a goal, not what it wants to reach.
_MEANS = re.compile(r"\W*(?:daarvoor|hiervoor|daarom|daartoe|om dat te bereiken)\b", re.IGNORECASE)
LABEL_LINE_WORDS = 8
LIST_ITEM_WORDS = 35  # an item of a goal list is short
GOAL_SENTENCE_WORDS = 60  # a goal sentence inside running text
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–•*]|[a-z][.)])\s+\S")  # "3. ", "- ", "b) "


def goal_statements(koers: Koers, sections: list[Section], first_year: int,
                    last_year: int | None = None) -> list[GoalInfo]:
    """Goals a foreign plan writes as sentences, not in a table: the items under a line that asks or
    announces what the school wants by a year ("Wat willen wij in 2028 bereikt hebben?"), and any
    sentence with a figure to reach by a year of the plan ("In juli 2027 haalt minstens 65% 2F") or
    by its end ("Ons doel is dat aan het eind van de planperiode 80 procent ..."), also inside a
    paragraph of running text. A figure from the past ("in 2023 lag het op 48%") is no goal. Placed
    by their section's element; under a heading of the school's own ("Lezen en taal"), by what that
    section as a whole is about, else by their own words
    (:func:`koerswijzer.review.review.attribute_goals`)."""
    from koerswijzer.congruence.text import sentences as split_sentences

    goals: list[GoalInfo] = []

    def future_years(text: str) -> list[int]:
        return [y for y in map(int, _YEAR.findall(text)) if y >= first_year]

    def goal_of(text: str) -> tuple[bool, int | None]:
        """Whether a sentence sets a figure to reach, and by which year (None: the plan does not say)."""
        if len(text.split()) > GOAL_SENTENCE_WORDS:
            return False, None
        # "Ons doel is dat 100 procent ...; de afgelopen jaren lag dat op 80 procent": the clause
        # with the aim counts, the one about the past does not.
        for clause in text.split(";"):
            if not _FIGURE.search(clause) or _PAST.search(clause):
                continue
            years = future_years(clause)
            if years:
                return True, years[-1]
            if _PLAN_END.search(clause):
                return True, last_year
            if _GOAL_MARK.search(clause):
                return True, None
        return False, None

    chapter_level: int | None = None  # the level of the goals chapter the sections now stand in
    for section in sections:
        if chapter_level is not None and section.level <= chapter_level:
            chapter_level = None
        if section.board or section.frame or section.card:
            continue
        intro_year: int | None = None
        listed = False  # after "Doelen Sterk team:": the items that follow are goals, dated by their own year
        # A goals chapter found only by its words ("text") is no element's own: each goal goes where
        # its own words point (attribute_goals), not where the chapter as a whole leans.
        chapter = bool(_GOALS_HEADING.search(section.heading or "")) and section.how not in ("exact", "heading")
        if chapter and section.level and chapter_level is None:
            chapter_level = section.level
        # A paragraph under a theme of the goals chapter ("9. Waar we in 2027 willen staan" > "9.5 Een team
        # dat blijft leren") is about what the school wants to reach: its dated sentences are goals.
        # (The chapter's own paragraphs keep their rule: a sentence with a figure to reach.)
        under_chapter = not chapter and chapter_level is not None
        placed = None if chapter else section.element_id
        # The question or announcement as the section's own heading ("Wat willen we in 2028 bereikt
        # hebben?" in Heading 3 above its bullets): its items are the goals, as under such a line.
        heading = " ".join((section.heading or "").split())
        if heading and len(heading.split()) <= LABEL_LINE_WORDS and not _PAST.search(heading):
            if (heading_years := future_years(heading)) and heading.endswith(("?", ":")):
                intro_year = heading_years[-1]
            elif _GOAL_LIST_LEAD.match(heading) and not chapter:
                listed = True
        last_goal = -2  # the paragraph of the last goal found here, and the card lines after it
        for index, paragraph in enumerate(section.paragraphs):
            text = " ".join(paragraph.split())
            # "1. Elk OPP is binnen zes weken opgesteld." / "Hoe: ..." / "Wanneer: ...": the goal's card
            if last_goal == index - 1 and (line := _RUN_IN_LINE.match(text)) and (name := _card_line(line[1])):
                goals[-1] = _with_card_line(goals[-1], name, line[2])
                last_goal = index
                continue
            years = future_years(text)
            if text.endswith(("?", ":")) and years and not _PAST.search(text):
                intro_year = years[-1]  # the items that follow are the goals for that year
                continue
            if text.endswith(":") and len(text.split()) <= LABEL_LINE_WORDS and _GOAL_LIST_LEAD.match(text):
                listed = True
                continue
            short = len(text.split()) <= LIST_ITEM_WORDS
            if intro_year is not None and short:
                found = [(text, intro_year)]
            elif listed and short and (index in section.items or _LIST_ITEM.match(text)):
                is_goal, year = goal_of(text)
                dated = [] if _PAST.search(text) else years
                found = [(text, year if is_goal else (dated[-1] if dated else None))]
            elif short and chapter and (index in section.items or _LIST_ITEM.match(text)):
                # An item of the goals chapter is a goal; dated when it names a year of the plan
                # ("In 2024 is ons schoolondersteuningsprofiel herzien"), vague when it does not.
                is_goal, year = goal_of(text)
                dated = [] if _PAST.search(text) else years
                found = [(text, year if is_goal else (dated[-1] if dated else None))]
            elif short and not under_chapter:
                is_goal, year = goal_of(text)
                found = [(text, year)] if is_goal else []
            elif _GOAL_INTRO.match(text) or under_chapter:
                # "Wat we willen bereiken: in juli 2027 ... 85% ... In juni 2026 zijn alle zorgplannen in
                # hetzelfde format.": after such a lead, a sentence dated in the plan period is a goal too.
                intro_year = None
                found = []
                for x in split_sentences(text):
                    is_goal, year = goal_of(x)
                    # what the school does for it ("Daarvoor houdt de bedrijfsarts vanaf 2025 ...") is a means
                    dated = [] if _PAST.search(x) or _MEANS.match(x) else future_years(x)
                    if is_goal or dated:
                        found.append((x, year if is_goal else dated[-1]))
            else:
                intro_year, listed = None, False
                found = [(x, year) for x in split_sentences(text) for is_goal, year in [goal_of(x)] if is_goal]
            if found and placed is None and not chapter:
                placed = element_of_text(koers, section.text) or ""
            # In a goals chapter written as paragraphs ("Ons eerste doel gaat over begrijpend lezen. ...
            # Wij willen dat dat in juli 2027 ten minste 65% is."), the paragraph says what a goal in it is
            # about, not the goal's sentence alone.
            here = placed or (element_of_text(koers, text, goal=True) if chapter and not short else None)
            for wat, year in found:
                where = here
                if section.how == "text":
                    # A section placed only by how its words lean as a whole ("De Werkplaats" of an
                    # SO school): the goal's own words, then its paragraph's, say more.
                    where = element_of_text(koers, wat, goal=True) or element_of_text(koers, text, goal=True) or here
                # A goal "for 2028" belongs to the school year that ends then.
                goals.append(GoalInfo(0, where or None, wat=wat, schooljaar=year - 1 if year else None,
                                      indicator=wat if _FIGURE.search(wat) else "",
                                      streefwaarde=wat if _FIGURE.search(wat) else ""))
                last_goal = index
    return goals


@cache
def _placement_terms(koers: Koers) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The lemmas of every target's ``plaatsing`` terms, with the top element of the target."""
    from koerswijzer.congruence.concepts import lemma_sequence

    return tuple((tuple(lemmas), koers.top_element(target.element_id).id)
                 for target in koers.targets() for term in target.plaatsing if (lemmas := lemma_sequence(term)))


def _placed_by_terms(koers: Koers, text: str) -> dict[str, int]:
    """Per top element, how many of its ``plaatsing`` terms a text holds (a term of one word also inside a
    longer word: "referentieniveau" in "referentieniveaus")."""
    from koerswijzer.congruence.concepts import lemma_sequence

    terms = _placement_terms(koers)
    if not terms:
        return {}
    lemmas = lemma_sequence(text)
    joined = " " + " ".join(lemmas) + " "
    counts: dict[str, int] = {}
    for term, element in terms:
        if (len(term) == 1 and any(x.startswith(term[0]) for x in lemmas)) or f" {' '.join(term)} " in joined:
            counts[element] = counts.get(element, 0) + 1
    return counts


def element_of_text(koers: Koers, text: str, goal: bool = False) -> str | None:
    """The top-level element whose targets a text addresses most, or None (a goal row, a section
    under a heading of the school's own). A ``goal`` goes to an element whose verdict asks for
    concrete goals (a venster) whenever it addresses one of its targets: a kernwaarde runs through
    the whole plan, a goal is the work of a venster."""
    from koerswijzer.congruence.evidence import passage_targets

    counts: dict[str, int] = {}
    for tid in passage_targets(koers, text, None):
        element = koers.top_element(koers.find(tid).element_id).id  # type: ignore[union-attr]
        counts[element] = counts.get(element, 0) + 1
    if not counts:
        counts = _placed_by_terms(koers, text)  # the koers's words for placing alone (``plaatsing``)
    if not counts:
        return None
    # A tie goes to an element whose verdict asks for concrete goals (a venster, not a kernwaarde),
    # then to the first in the koers: never to the order a set happens to have.
    order = {e.id: i for i, e in enumerate(koers.elements)}

    def key(element_id: str) -> tuple[bool, int, bool, int]:
        asks = koers.asks_goals(element_id)
        return goal and asks, counts[element_id], asks, -order[element_id]

    return max(counts, key=key)
