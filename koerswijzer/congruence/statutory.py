"""The statutory content of a schoolplan (WPO art. 12, WVO 2020 art. 2.88, WEC art. 21):
a second checklist beside the koers, which no board writes down."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from koerswijzer.koers.model import Koers

ITEMS = {
    # key: (label, pattern over the plan's own text)
    "onderwijsprogramma": ("Onderwijsprogramma met kerndoelen en referentieniveaus",
                           r"kerndoel|referentieniveau|\b[12]f\b|\b1s\b|\b2f/1s\b"
                           # the voortgezet onderwijs's programme (WVO 2020: onderwijstijd, examenprogramma, PTA)
                           r"|onderwijstijd|lessentabel|urentabel|examenprogramma|examenvak|\bpta\b"),
    # WPO art. 8 lid 3 / WVO art. 2.6: the basic values of the democratic rule of law, practised at school.
    "burgerschap": ("Burgerschap", r"burgerschap|democrati|rechtsstaat|basiswaarden|kinderraad|leerlingenraad"),
    "veiligheid": ("Veiligheid en schoolklimaat", r"veiligheid|schoolklimaat|pesten|pestprotocol"),
    "ondersteuning": ("Schoolondersteuningsprofiel (basis- en extra ondersteuning)",
                      r"ondersteuningsprofiel|\bsop\b|basisondersteuning|extra ondersteuning|basis- en extra|passend onderwijs"
                      r"|ontwikkelingsperspectief|ondersteuningsbehoefte"),
    "personeelsbeleid": ("Personeelsbeleid met bekwaamheid",
                         r"personeelsbeleid|bekwaam|pedagogisch-didactisch|didactisch handelen|professionalisering"
                         r"|gesprekscyclus|gesprekkencyclus|functioneringsgesprek|beoordelingsgesprek|scholingsplan"
                         r"|nascholing|scholing|ontwikkelgesprek|jaargesprek|bevoegd|zij-instro"),
    "kwaliteitszorg": ("Stelsel van kwaliteitszorg (PDCA)",
                       r"kwaliteitszorg|\bpdca\b|plan-do-check|jaarverslag|zelfevaluatie|kwaliteitskalender"
                       r"|kwaliteitscyclus|jaarcyclus|trendanalyse|kwartaalrapportage|kwaliteitskaart|\bwmk\b|audit"
                       r"|visitatie"),
}
# The items as a board member reads them in a list, a table or an overview.
NAMES = {
    "onderwijsprogramma": "onderwijsprogramma",
    "burgerschap": "burgerschap",
    "veiligheid": "veiligheid en schoolklimaat",
    "ondersteuning": "schoolondersteuningsprofiel",
    "personeelsbeleid": "personeelsbeleid",
    "kwaliteitszorg": "kwaliteitszorg",
    "planperiode": "planperiode",
    "mr_instemming": "instemming van de MR",
    "openbaar_karakter": "openbaar karakter",
}


def name(key: str) -> str:
    """The Dutch name of a statutory item ("mr_instemming" is "instemming van de MR")."""
    return NAMES.get(key, key.replace("_", " "))


# With the WPO's own terms for what an openbare school offers on request (art. 50: godsdienstonderwijs
# en humanistisch vormingsonderwijs, GVO/HVO).
OPENBAAR = (r"openbare? karakter|openbare identiteit|actieve pluriformiteit|openbaar onderwijs|levensbeschouw"
            r"|levensovertuiging|geloofsovertuiging|vormingsonderwijs|godsdienstonderwijs|\bgvo\b|\bhvo\b")


@dataclass
class Item:
    key: str
    label: str
    present: bool | None  # None: does not apply to this school
    where: list[str] = field(default_factory=list)  # question ids, "profiel" or "datums"

    def message(self) -> str:
        if self.present:
            places = f" (o.a. bij {', '.join(self.where[:3])})" if self.where else ""
            return f"{self.label}: aanwezig{places}."
        return f"{self.label}: ontbreekt in het schoolplan."


def _texts(content, skip: frozenset[str]) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    texts = [(qid, a.text) for qid, a in content.answers.items() if a.answered and qid not in skip]
    texts.append(("profiel", content.profile.context))
    texts += [(f"doel {g.id}", " ".join((g.wat, g.hoe, g.merkbaar))) for g in content.goals]
    return texts


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)  # the patterns are lower case; the text is lowered once


# A sentence that only points elsewhere is a mention, not the plan's own content.
BARE_REFERENCE = re.compile(r"\bzie\b|verwijz|staat (?:beschreven )?in (?:ons|onze|het|de)\b|(?:is|zijn) (?:na )?te "
                            r"(?:lezen|vinden)|beschreven in (?:ons|onze|het|de)\b|vastgelegd in (?:ons|onze|het|de)\b|"
                            r"\bop (?:de|onze) website\b")
MIN_CONTENT_WORDS = 8  # fewer content words (in the sentence and the next) say too little to count


_META = re.compile(r"[.^$*+?{}\[\]()|\\]")


@lru_cache(maxsize=64)
def _parts(pattern: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """A pattern's plain alternatives as text (without their word boundaries), and the rest as a pattern."""
    needles, rest = [], []
    for alternative in pattern.split("|"):  # the patterns here have no groups with alternatives inside
        plain = alternative.replace(r"\b", "")
        (rest if _META.search(plain) else needles).append(plain if not _META.search(plain) else alternative)
    return tuple(needles), (re.compile("|".join(rest)) if rest else None)


def _may_name(pattern: str, flat: str) -> bool:
    """Whether the text holds an alternative of the pattern, read fast (a plain text search finds all
    the plain ones; a word boundary is checked later, sentence by sentence)."""
    needles, rest = _parts(pattern)
    return any(n in flat for n in needles) or (rest is not None and rest.search(flat) is not None)


@lru_cache(maxsize=4096)
def _flat(body: str) -> str:
    return " ".join(body.lower().split())


@lru_cache(maxsize=32768)
def _mentions(pattern: str, body: str, koers: Koers | None = None) -> bool:
    """The pattern stands in a sentence of the plan's own content: not a bare mention or a pointer
    elsewhere, not a restated board sentence. With the koers: the sentence, or it and the one after it,
    says something of the school's own (empty.is_concrete: a figure, a date, a rhythm, a name, a role,
    an arrangement), and a restated board sentence or a wish counts only when the next one works it out."""
    from koerswijzer.congruence.empty import is_concrete
    from koerswijzer.congruence.passages import says_nothing_itself
    from koerswijzer.congruence.text import content_words, sentences

    compiled = _compiled(pattern)
    if not _may_name(pattern, _flat(body)):
        return False  # most texts do not name the item at all: no need to read them sentence by sentence
    parts = sentences(body)
    for i, sentence in enumerate(parts):
        lowered = sentence.lower()
        if compiled.search(lowered) is None or BARE_REFERENCE.search(lowered):
            continue
        # The sentence and the one after it: "Onze kwaliteitszorg volgt de PDCA-cyclus." is
        # worked out in the next.
        pair = parts[i:i + 2]
        if len(content_words(" ".join(pair))) < MIN_CONTENT_WORDS:
            continue
        # (the concrete sentence must say something itself: "In de planperiode willen wij onze visie op
        # burgerschap verder uitwerken." names a period, and no more)
        if koers is not None and ((len(pair) == 1 and says_nothing_itself(koers, sentence))
                                  or not any(is_concrete(koers, x) and not says_nothing_itself(koers, x)
                                             for x in pair)):
            continue  # "Burgerschap vinden wij belangrijk; wij besteden er in alle groepen aandacht aan."
        return True
    return False


def check(content, copies: frozenset[str] = frozenset(),  # type: ignore[no-untyped-def]
          extra: list[tuple[str, str]] = ()) -> list[Item]:  # type: ignore[assignment]
    """The checklist; answers in ``copies`` (the board's own text pasted) do not count; ``extra``
    are further (reference, text) pieces, such as sections of a received document."""
    texts = _texts(content, copies) + list(extra)
    items = []
    for key, (label, pattern) in ITEMS.items():
        where = [ref for ref, body in texts if _mentions(pattern, body, content.koers)]
        items.append(Item(key, label, bool(where), where))
    profile = content.profile
    years = profile.period_end - profile.period_start
    items.append(Item("planperiode", f"Planperiode van hoogstens vier jaar ({profile.period_label})", years <= 4,
                      ["profiel"]))
    items.append(Item("mr_instemming", "Instemming van de MR", content.mr_instemming is not None,
                      ["datums"] if content.mr_instemming else []))
    if profile.denominatie.strip().lower() == "openbaar":
        where = [ref for ref, body in texts if _mentions(OPENBAAR, body)]
        items.append(Item("openbaar_karakter", "Vormgeving van het openbare karakter", bool(where), where))
    else:
        items.append(Item("openbaar_karakter", "Vormgeving van het openbare karakter", None))
    return items
