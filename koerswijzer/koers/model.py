"""The koers as an immutable tree: elements with targets and centrale vragen.

The code knows *element*, *target* and *question*; which kinds of element a board has
(kernwaarde, venster, ambitie, ...) is data from the koers file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Section:
    """A titled block of board text (urgentie, eindbeeld, horizons, ...). Markdown."""

    titel: str
    tekst: str


@dataclass(frozen=True, slots=True)
class Statement:
    """Missie or visie: a short core sentence and the full text."""

    kernzin: str = ""
    tekst: str = ""


@dataclass(frozen=True, slots=True)
class Kader:
    id: str
    tekst: str
    titel: str = ""


@dataclass(frozen=True, slots=True)
class Milestone:
    """One dated step of a target: "50%" in "2025"."""

    waarde: str
    termijn: str

    def __str__(self) -> str:
        return f"{self.waarde} in {self.termijn}"


@dataclass(frozen=True, slots=True)
class Target:
    """A board target ("Waar willen we staan?")."""

    id: str
    tekst: str
    element_id: str
    toelichting: str = ""
    stelligheid: str = ""
    geldt_voor: str = ""
    indicator: str = ""
    nulmeting: str = ""
    streefwaarde: str = ""
    termijn: str = ""
    herkenning: tuple[str, ...] = ()  # the board's own words that show a plan takes this target up
    # words that say a text is about this target's subject, without showing the school takes it up
    # ("referentieniveau" places a section on reading results in venster 1): for placing a foreign
    # plan's sections and goals only, never evidence (the review)
    plaatsing: tuple[str, ...] = ()
    doelgroep: str = ""  # for whom the target is ("kinderen en ouders", "medewerkers", "partners")
    mijlpalen: tuple[Milestone, ...] = ()  # dated steps towards the streefwaarde
    uitvoering: str = "scholen"  # who carries it out: "scholen" or "bestuur" (the board's own bureau)
    over: str = ""  # whom it is about when its text does not say: "medewerkers" or "leerlingen" (the check)
    bewijs: str = ""  # "herkenning": only the board's herkenning terms show a plan takes it up (the check)
    # passages in the words schools use for this target: a passage most like them addresses it (the
    # check, congruence/examples.py)
    voorbeelden: tuple[str, ...] = ()

    def with_details(self) -> str:
        """The target as a plan lists it: its text, its dated milestones, and who carries it out
        when that is the board's own bureau."""
        extra = []
        if self.mijlpalen:
            extra.append("mijlpalen: " + "; ".join(str(m) for m in self.mijlpalen))
        if self.by_board:
            extra.append("voert het bestuur zelf uit")
        return f"{self.tekst} ({'; '.join(extra)})" if extra else self.tekst

    @property
    def by_board(self) -> bool:
        """The board carries this target out itself: a school plan need not take it up."""
        return self.uitvoering == "bestuur"


@dataclass(frozen=True, slots=True)
class Question:
    """A centrale vraag. ``standaard`` marks one taken from a default question set."""

    id: str
    tekst: str
    element_id: str
    toelichting: str = ""
    standaard: bool = False


@dataclass(frozen=True, slots=True)
class VerdictRule:
    """When an element of one kind is *sterk* (docs/congruentie.md)."""

    strong_share: float  # the share of its targets that must be genuinely addressed
    concrete_goals: bool  # and whether it also needs concrete (measurable or dated) school goals
    offer: bool = False  # ``aanbod``: its targets are an offer to choose from, not a checklist
    through: bool = False  # ``doorlopend``: it runs through all others; no goals or questions of its own

    @property
    def asks_goals(self) -> bool:
        """Whether its verdict asks for concrete school goals of its own (a running value does not)."""
        return self.concrete_goals and not self.through


# The defaults: a kernwaarde is sterk from two thirds of its targets; a venster, and any other kind,
# from half of them with concrete goals.
DEFAULT_VERDICT_RULES = {"kernwaarde": VerdictRule(2 / 3, False)}
DEFAULT_VERDICT_RULE = VerdictRule(1 / 2, True)


DEFAULT_HEADINGS = {"doelen": "Doelen van het bestuur", "vragen": "Centrale vragen", "missie": "Missie",
                    "visie": "Visie"}


@dataclass(frozen=True, slots=True)
class CongruenceSettings:
    """How strictly this board's plans are checked (docs/congruentie.md)."""

    min_woorden: int = 40
    max_prioriteiten: int = 4
    synoniemen: tuple[tuple[str, ...], ...] = ()  # extra groups of words that mean the same here
    oordeel: tuple[tuple[str, VerdictRule], ...] = ()  # per element kind, overriding the defaults

    def verdict_rule(self, soort: str) -> VerdictRule:
        own = dict(self.oordeel)
        return own.get(soort) or DEFAULT_VERDICT_RULES.get(soort, DEFAULT_VERDICT_RULE)


@dataclass(frozen=True, slots=True)
class PlanningItem:
    tekst: str
    jaren: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    soort: str
    titel: str
    nummer: str = ""
    beschrijving: str = ""
    secties: tuple[Section, ...] = ()
    targets: tuple[Target, ...] = ()
    questions: tuple[Question, ...] = ()
    planning: tuple[PlanningItem, ...] = ()
    children: tuple[Element, ...] = ()
    parent_id: str | None = None

    @property
    def label(self) -> str:
        """Title with the board's number, as a reader knows it: "Venster 1 | Goed ..."."""
        if self.nummer:
            return f"{self.soort.capitalize()} {self.nummer}: {self.titel}"
        return self.titel

    @property
    def short_title(self) -> str:
        """A column header that fits: "Open", "Venster 2" (the full :attr:`label` goes in a tooltip)."""
        return f"{self.soort.capitalize()} {self.nummer}" if self.nummer else self.titel

    def walk(self) -> Iterator[Element]:
        """This element and every element below it, depth first, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True, eq=False)
class Koers:
    """A board's koers. Compared and hashed by identity, so caches can key on it."""

    id: str
    titel: str
    bestuur: str
    periode: str
    versie: str
    elements: tuple[Element, ...]
    bron: str = ""
    soorten: dict[str, str] = field(default_factory=dict)
    missie: Statement | None = None
    visie: Statement | None = None
    kaders: tuple[Kader, ...] = ()
    secties: tuple[Section, ...] = ()
    congruentie: CongruenceSettings = field(default_factory=CongruenceSettings)
    kopjes: dict[str, str] = field(default_factory=dict)  # the board's own headings (``kopjes:``)
    denominatie: str = ""  # the board's schools' denominatie, when the board has one ("openbaar")
    source_text: str = field(default="", repr=False, compare=False)
    _index: dict[str, Element | Target | Question | Kader] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        index = self._index
        for kader in self.kaders:
            index[kader.id] = kader
        for element in self.walk():
            index[element.id] = element
            for target in element.targets:
                index[target.id] = target
            for question in element.questions:
                index[question.id] = question

    def walk(self) -> Iterator[Element]:
        """Every element of the tree, depth first, in document order."""
        for element in self.elements:
            yield from element.walk()

    def find(self, item_id: str) -> Element | Target | Question | Kader | None:
        return self._index.get(item_id)

    def element(self, element_id: str) -> Element:
        found = self._index.get(element_id)
        if not isinstance(found, Element):
            raise KeyError(element_id)
        return found

    def top_element(self, element_id: str) -> Element:
        """The top-level element (kernwaarde, venster, ambitie) that holds this element."""
        return next(top for top in self.elements if any(e.id == element_id for e in top.walk()))

    def asks_goals(self, element_id: str) -> bool:
        """Whether the verdict on this element's top-level element asks for concrete school goals (a
        venster does, a kernwaarde does not): the place for a school goal."""
        return self.congruentie.verdict_rule(self.top_element(element_id).soort).asks_goals

    def targets(self) -> list[Target]:
        return [t for e in self.walk() for t in e.targets]

    def questions(self) -> list[Question]:
        return [q for e in self.walk() for q in e.questions]

    def soort_meervoud(self, soort: str) -> str:
        return self.soorten.get(soort, soort.capitalize())

    def kopje(self, key: str) -> str:
        """A heading in the board's own words: ``doelen`` ("Waar willen we staan?" in ASG Koers 22),
        ``vragen``, ``missie`` or ``visie``; neutral words where the koers gives none."""
        return self.kopjes.get(key) or DEFAULT_HEADINGS[key]

    def opbouw(self) -> str:
        """The koers's structure in words, from its own kinds: "kernwaarden en vensters"."""
        kinds = list(dict.fromkeys(e.soort for e in self.elements))
        names = [self.soorten[k].lower() for k in kinds if k in self.soorten]
        if len(names) != len(kinds):
            return "onderdelen"
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]

    def summary(self) -> str:
        """One Dutch line with the counts a reader checks first."""
        n_el = sum(1 for _ in self.walk())
        return (
            f"{n_el} elementen, {len(self.targets())} doelen, "
            f"{len(self.questions())} centrale vragen"
        )
