"""Concepts: what a board target is about, and what a school's sentence is about.

A word is reduced to its lemma (simplemma: "zichtbaar" stays "zichtbaar", it is not "zicht").
A lemma that belongs to a concept group of the education lexicon (resources/onderwijsbegrippen.yaml,
plus a koers's own groups and a target's own ``herkenning``) stands for that group; any other
lemma stands for itself. So "functioneringsgesprek" and "gesprekscyclus" are one concept, and a
group counts once however many of its words a sentence uses.

How much a concept of a target says is read from a maintained Dutch word-frequency list
(wordfreq): "leerling" says little, "lerarentekort" a lot.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

import yaml

from koerswijzer.congruence import text as t
from koerswijzer.koers.model import Koers, Target
from koerswijzer.paths import resources_dir

BOARD_GROUPS = ("koers-", "doel:")  # groups a koers file brings: its synonyms and its herkenning
AFFIX_MIN = 6  # a lemma this long also counts inside a compound ("gastvrij" in "gastvrijheidsbeleid")
# Words every plan of a board uses for itself and its schools: they say nothing about a target.
SELF_WORDS = frozenset({"wij", "we", "ons", "onze", "onszelf", "school", "scholen", "bestuur", "organisatie",
                        "iedereen", "alle", "elke", "iedere", "altijd"})


@cache
def board_short_names(koers: Koers) -> tuple[str, ...]:
    """The board's own short names, as ``bestuur:`` gives them: "ASG" of "Almeerse Scholen Groep (ASG)",
    "ASKO" of "ASKO Scholen"."""
    name = koers.bestuur or ""
    acronyms = set(re.findall(r"\(([^)]+)\)", name)) | set(re.findall(r"\b[A-Z][A-Z0-9]{1,7}\b", name))
    return tuple(sorted({x.strip() for a in acronyms for x in a.split() if x.strip()}))


@cache
def self_words(koers: Koers) -> frozenset[str]:
    """SELF_WORDS and the board's own short name: a plan names its board as it names itself, which says
    nothing about a target."""
    return SELF_WORDS | frozenset(t.lemma(x.lower()) for x in board_short_names(koers))


@cache
def _board_name_pattern(koers: Koers, after: str = r"\b(?!-)") -> re.Pattern[str] | None:
    """The board's short names as a word, followed by ``after`` (by default: not in a compound)."""
    names = board_short_names(koers)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + ")" + after) if names else None


def _board_compound_pattern(koers: Koers) -> re.Pattern[str] | None:
    """The board's short name as the first part of a compound ("ASG-werkgroep", "ASG-brede studiedag")."""
    return _board_name_pattern(koers, r"-(?:bre(?:ed|de)\b\s*)?(?=[a-z])")


def board_compounds(koers: Koers, text: str) -> str:
    """A compound of the board's short name and a word of its own is that thing across the board's
    schools: "de ASG-werkgroep rekenen" is a bovenschoolse werkgroep, "de ASG-brede studiedag" a
    bovenschoolse studiedag. (Its other schools stay collegascholen: "ASG-scholen".)"""
    pattern = _board_compound_pattern(koers)
    if pattern is None or "-" not in text:
        return text
    return pattern.sub("bovenschoolse ", _BOARD_SCHOOLS.sub("collegascholen", text))


def as_the_board(koers: Koers, sentence: str) -> str:
    """The sentence with the board's short name written as "het bestuur" ("Dit is een taak van ASKO",
    "ASG schrijft in de koers dat ..."), so that what a sentence says about its board reads alike for
    every koers. ("ASG-scholen" stays: a compound is a name of its own.)"""
    pattern = _board_name_pattern(koers)
    return pattern.sub("het bestuur", sentence) if pattern is not None else sentence


# "ASG-brede studiedagen", "ASG-breed geïmplementeerd", "school-breed": a board or school naming its own
# reach, not "breed" (any board's short name: an acronym).
_SELF_REACH = re.compile(r"\b(\w+)-bre(?:ed|de)\b", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z]{2,6}")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Concept groups: single lemmas and lemma sequences (multi-word terms) to group ids."""

    single: dict[str, frozenset[str]]
    phrases: dict[tuple[str, ...], frozenset[str]]
    affix_terms: dict[str, frozenset[str]]  # long single lemmas, for compounds
    names: dict[str, str]  # group id -> its name, for explanations
    people: dict[str, str] = field(default_factory=dict)  # group id -> "staff" or "pupils" (``over:``)
    # terms of two parts that count together in one sentence ("overstap + collegascholen"):
    # (lemmas of the one part, lemmas of the other, group id)
    together: tuple[tuple[frozenset[str], frozenset[str], str], ...] = ()


# The other schools of the same board, in the words schools use ("andere ASG-scholen", "collega-scholen",
# "andere scholen van de stichting"): one word, so that "school" (a stop word) does not take them away.
# One of them too ("een vmbo-school van ASG", "het ASG-lyceum"). A school type in capitals is no board
# ("VO-scholen").
_SCHOOL_TYPES = r"(?:VO|PO|SO|VSO|SBO|MBO|HBO|WO|ISK|BSO|IKC|VMBO|MAVO|HAVO|VWO)"
_BOARD_SCHOOLS = re.compile(
    r"\b(?:collega|zuster)-?scholen\b"
    rf"|\b(?:andere )?(?!{_SCHOOL_TYPES}-)[A-Z]{{2,6}}-(?:[a-zA-Z]{{2,5}}-|basis)?"
    r"(?:scholen|school|lyceum|college|havo|mavo|vmbo)\b"
    r"|\b(?:andere )?(?:[a-zA-Z]{2,5}-|basis)?(?:scholen|school|lyceum|college|havo|mavo|vmbo) (?:van|binnen) "
    rf"(?:(?:de )?(?!{_SCHOOL_TYPES}\b)[A-Z]{{2,6}}\b|de stichting\b|onze stichting\b|ons bestuur\b|het bestuur\b)")


# Other boards, as schools write them ("de andere vo-besturen in Almere", "twee andere schoolbesturen"):
# the lexicon's "andere schoolbesturen" ("andere besturen" alone leaves only the everyday "bestuur").
_OTHER_BOARDS = re.compile(r"\bandere (?:[a-z]{2,3}-)?(?:school)?besturen\b", re.IGNORECASE)


# A rating in a survey ("ouders waarderen de school met een 8,0", "waardeerden de informatie gemiddeld
# met een 7,4") is a score, not the appreciation of people (erkenning en waardering).
_RATING = re.compile(r"\bwaarde?(?:ren|ert|eert|rt|rde|rden|eerde|eerden)\b"
                     r"(?=[^.;:]{0,80}\bmet (?:gemiddeld |minimaal |ten minste |minstens |een )*(?:een )?\d)",
                     re.IGNORECASE)
# "Waardering communicatie van 6,8 naar 7,5", "de gemiddelde waardering was 7,2": a score, not the
# appreciation of people (unless it is theirs: "waardering voor collega's").
_RATING_NOUN = re.compile(r"\bwaardering(?=(?:(?! voor (?:de |hun |onze )?(?:collega|medewerker|team|elkaar|leraren|"
                          r"leerkrachten|docenten))[^.;:]){0,40}?\b\d{1,2},\d\b)", re.IGNORECASE)
# "De standaard Pedagogisch klimaat werd als goed gewaardeerd": a judgement of quality, a rating.
_RATED = re.compile(r"\b(als\s+(?:zeer\s+|heel\s+)?(?:goed|voldoende|onvoldoende|zwak|positief|uitstekend|sterk)\s+)"
                    r"(?:ge)?waardeer(?:d|t|de|den)\b", re.IGNORECASE)


# Respecting the school's identity or grondslag ("Wij vragen van ouders dat zij de christelijke identiteit
# respecteren") is accepting it, a condition of admission, not respectful treatment of people.
_ACCEPTED = re.compile(r"\b(identiteit|grondslag|signatuur|levensbeschouwing)((?: van (?:de|onze|het) [\w-]+)?) "
                       r"respecte(?:ren|ert|erden|erde)\b", re.IGNORECASE)


# Hospitality as a vocational subject ("Horeca & Gastvrijheid", "de lessen gastvrijheid en service in het
# examenprogramma", lesrestaurant "Gastvrij"): what pupils learn for the horeca, not how the school
# receives people (WVO profielvak HBR: horeca, bakkerij en recreatie).
_VOCATIONAL = re.compile(r"\b(?:horeca\w*|lesrestaurant\w*|keuzevak\w*|profielvak\w*|praktijkrichting\w*|"
                         r"examenprogramma\w*|HBR)\b", re.IGNORECASE)
_HOSPITALITY = re.compile(r"\b(?:gastvrij\w*|gastheerschap)\b", re.IGNORECASE)


# A place for a pupil at another school, in the words schools use ("zoeken wij met het samenwerkingsverband
# een passende school", "een passende plek", "een school die beter past"): the "passende onderwijsplek" of
# the law's zorgplicht (Wet passend onderwijs), which "passende" or "plek" alone do not say; a koers that
# names it (ASG Koers 22) or gives it as a herkenning term then finds it.
_PLACE = re.compile(r"\b(?:andere )?passende (?:plek|plaats|school)\b|\b(?:een )?(?:andere )?school die (?:\w+ ){0,3}?"
                    r"beter (?:bij (?:hem|haar|het kind|de leerling) )?past\b", re.IGNORECASE)


# Taking part ("nemen we deel aan de ASG-studiedag", "neemt deel aan het netwerk"): the particle of
# deelnemen is not the verb delen ("we delen de opbrengst"), whose lemma it shares.
_TAKES_PART = re.compile(r"\b((?:neem|neemt|nemen|nam|namen)\b[^.;:]{0,60}?\b)deel(?= aan\b| in\b)", re.IGNORECASE)


def _in_its_sense(text: str) -> str:
    """A rating is a score or a judgement of quality, respecting an identity is accepting it, hospitality in
    a vocational programme is a subject, a passende school is a place at another school, taking part is no
    sharing (``_RATING``, ``_RATING_NOUN``, ``_RATED``, ``_ACCEPTED``, ``_VOCATIONAL``, ``_PLACE``,
    ``_TAKES_PART``)."""
    if "deel " in text:
        text = _TAKES_PART.sub(r"\1deelname", text)
    if "aardee" in text or "aarder" in text:
        text = _RATED.sub(r"\1beoordeeld", _RATING.sub("beoordelen", _RATING_NOUN.sub("score", text)))
    if "respecte" in text:
        text = _ACCEPTED.sub(r"\1\2 aanvaarden", text)
    if "pas" in text:
        text = _PLACE.sub("passende onderwijsplek", text)
    if ("astvrij" in text or "astheerschap" in text) and _VOCATIONAL.search(text):
        text = _HOSPITALITY.sub("horecavak", text)
    return text


def lemma_sequence(text: str, other_boards: bool = True) -> list[str]:
    """The lemmas of the content words, in order. (``other_boards``: read "andere besturen" as the
    lexicon's term; the copy check does not, for the board's own "collega-schoolbesturen" is no
    rewording of it.)"""
    stops = t.stop_words()
    text = _SELF_REACH.sub(lambda m: m[1] if m[1].lower() in SELF_WORDS or _ACRONYM.fullmatch(m[1]) else m[0], text)
    if "chol" in text or "-" in text:
        text = _BOARD_SCHOOLS.sub("collegascholen", text)
    if other_boards and "besturen" in text:
        text = _OTHER_BOARDS.sub("andere schoolbesturen", text)
    text = _in_its_sense(text)
    return [t.lemma(w) for w in t.reading_words(text) if len(w) >= t.MIN_LENGTH and w not in stops and not w.isdigit()]


@cache
def _lexicon_file() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((resources_dir() / "onderwijsbegrippen.yaml").read_text(encoding="utf-8"))


def _lexicon_data() -> list[dict]:  # type: ignore[type-arg]
    return _lexicon_file()["begrippen"]


FIELD_ZIPF = 4.6  # what a word every schoolplan uses weighs: as a common Dutch word (weight about 0.4)


@cache
def field_common() -> frozenset[str]:
    """Lemmas of the words every schoolplan names because the law or the field asks it (the
    lexicon's ``gewoon_in_elk_schoolplan``): alone they are a bare mention."""
    terms = _lexicon_file().get("gewoon_in_elk_schoolplan") or ()
    return frozenset(x for term in terms for x in lemma_sequence(term))


@cache
def _lexicon_single() -> dict[str, frozenset[str]]:
    """The built-in lexicon's one-word terms (as lemmas) and their groups, for any koers."""
    out: dict[str, set[str]] = {}
    for gid, _name, terms in _lexicon_groups():
        for term in terms:
            lemmas = lemma_sequence(term)
            if len(lemmas) == 1:
                out.setdefault(lemmas[0], set()).add(gid)
    return {k: frozenset(v) for k, v in out.items()}


CORE_WORD = 0.3  # a term reduced to one word keeps it only when that word says this much on its own
# A verb never keeps it: "leerlingen bespreken" without "leerlingen" is "bespreken", which a school
# does with anything (the plan, the budget); "anders opgeleiden" is not "opleiden" (kinderen worden
# opgeleid tot mediator).


def _collapsed(term: str, lemmas: list[str]) -> bool:
    """A term of several words that keeps only one ("betrokken leerlingen" is "betrekken" once the
    general word is gone; "brede school" is "breed"): that word alone may not say what the term said."""
    return len(lemmas) == 1 and len(re.findall(r"\w+", term)) > 1


def _lexicon_groups() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    return tuple((g["id"], g.get("naam", g["id"]), tuple(str(x) for x in g["termen"])) for g in _lexicon_data())


# The general nouns a term's adjective may stand before ("brede school", "passend onderwijs").
HEAD_NOUNS = frozenset({"school", "scholen", "onderwijs", "leerling", "leerlingen", "kind", "kinderen"})
RARE_WORD = 0.85  # an adjective that rare says on its own what the term said ("begaafde leerlingen")


def _attributive(term: str, lemmas: tuple[str, ...]) -> bool:
    """A term that is an adjective before a general noun, and keeps only the adjective: "brede
    school" is a school with partners around it, "breed" is anything wide ("ASG-breed")."""
    words = re.findall(r"[\w'-]+", term.lower())
    return (len(lemmas) == 1 and len(words) >= 2 and words[-1] in HEAD_NOUNS
            and t.lemma(words[-2]) == lemmas[0])


def term_kept(term: str, lemmas: tuple[str, ...]) -> bool:
    """Whether a term stands for its group once its general words are gone (see CORE_WORD and
    RARE_WORD)."""
    if _attributive(term, lemmas) and word_weight(lemmas) < RARE_WORD:
        return False
    return not (_collapsed(term, list(lemmas)) and (word_weight(lemmas) < CORE_WORD or lemmas[0].endswith("en")))


@cache
def lexicon(koers: Koers) -> Lexicon:
    """The built-in lexicon, the koers's own synonym groups and every target's herkenning terms."""
    ensure_frequencies(koers)
    groups: list[tuple[str, str, tuple[str, ...]]] = list(_lexicon_groups())
    for i, group in enumerate(koers.congruentie.synoniemen):
        groups.append((f"koers-{i}", group[0], group))
    for target in koers.targets():
        if target.herkenning:
            groups.append((f"doel:{target.id}", target.tekst, target.herkenning))
    single: dict[str, set[str]] = {}
    phrases: dict[tuple[str, ...], set[str]] = {}
    names = {}
    together: list[tuple[frozenset[str], frozenset[str], str]] = []
    for gid, name, terms in groups:
        names[gid] = name
        for term in terms:
            if TOGETHER in term:
                parts = [frozenset(lemma_sequence(x)) for x in term.split(TOGETHER, 1)]
                if all(parts):
                    together.append((parts[0], parts[1], gid))
                continue
            lemmas = tuple(lemma_sequence(term))
            if not term_kept(term, lemmas):
                continue
            if len(lemmas) == 1:
                single.setdefault(lemmas[0], set()).add(gid)
            elif lemmas:
                phrases.setdefault(lemmas, set()).add(gid)
    affix = {k: frozenset(v) for k, v in single.items() if len(k) >= AFFIX_MIN + 1}
    people = {g["id"]: PEOPLE[g["over"]] for g in _lexicon_data() if g.get("over") in PEOPLE}
    # The board's herkenning terms for a target about staff ("ASG heeft vitale werknemers") are about
    # staff too: "een sportuur voor leerlingen" is no vitality of the staff.
    for target in koers.targets():
        if target.herkenning and (whom := target_people(target)):
            people[f"doel:{target.id}"] = whom
    return Lexicon({k: frozenset(v) for k, v in single.items()}, {k: frozenset(v) for k, v in phrases.items()},
                   affix, names, people, tuple(together))


# A term of two parts ("overstap + collegascholen") counts when both stand in one sentence: the one
# says what, the other with whom ("een overstapregeling met twee vmbo-scholen van ASG").
TOGETHER = " + "
TOGETHER_WEIGHT = 0.5  # what a two-part term weighs at least (evidence.CORE_WEIGHT: enough alone)


PEOPLE = {"medewerkers": "staff", "leerlingen": "pupils"}  # the lexicon's ``over:``
# Words that name staff and pupils (with their parents): whom a sentence is about.
STAFF_WORDS = frozenset({"medewerker", "werknemer", "leraar", "personeel", "collega", "teamlid", "personeelslid"})
PUPIL_WORDS = frozenset({"leerling", "kind", "scholier", "kleuter", "brugklasser", "ouder", "verzorger"})


_AGE = re.compile(r"\b(?:jaar|jaren)\s+(?:en|of)\s+ouder\b", re.IGNORECASE)
_NAMED = re.compile(r"(?<=\w )[A-Z]\w*(?: [A-Z]\w*)+")  # capitalised words inside a sentence: a name


def target_people(target: Target) -> str | None:
    """Whom a target is about: what the koers says (``over:``), else what its text names."""
    return PEOPLE.get(target.over) or people_of(target.tekst)


@lru_cache(maxsize=65536)
def people_of(text: str) -> str | None:
    """Whom a text names: "staff", "pupils", or None (both, or neither). Teachers are actors in
    texts about pupils, so "leerkracht" and "docent" say nothing about whom a text is about; parents
    go with pupils."""
    # "57 jaar en ouder" is an age, not parents; "het netwerk Jonge Kind" is a name, not pupils
    # (the words' lemmas are enough: a separable verb's particle, which word_positions reads, is no person)
    words = {t.lemma(w) for w in t.words(_AGE.sub(" ", _NAMED.sub(" ", text)))}
    staff, pupils = bool(words & STAFF_WORDS), bool(words & PUPIL_WORDS)
    return "staff" if staff and not pupils else "pupils" if pupils and not staff else None


@dataclass(frozen=True)
class Slot:
    """One thing a target is about: one or more of its lemmas that share a concept."""

    lemmas: tuple[str, ...]
    concepts: frozenset[str]  # group ids, or "w:<lemma>" for a lemma of no group
    weight: float  # 0..1: how much finding it says (rarity of its rarest word)
    specific: bool  # no other target of the koers has this concept
    recognition: bool = False  # the board's own herkenning term for this target


@dataclass(frozen=True)
class TargetConcepts:
    target: Target
    slots: tuple[Slot, ...]
    # A value the school shows in every chapter (a kernwaarde: a kind with no concrete goals of its
    # own, or ``doorlopend``), so the board's terms for it count wherever they stand.
    everywhere: bool = False

    @cached_property
    def informative(self) -> tuple[Slot, ...]:
        return tuple(s for s in self.slots if s.weight >= INFORMATIVE)

    @cached_property
    def own_weight(self) -> tuple[float, int]:
        """The weight of what the target's own text is about, and its number of informative slots
        (the board's herkenning terms aside)."""
        own = [s for s in self.informative if not s.recognition]
        return sum(s.weight for s in own) or 1.0, len(own)


# Calibrated on the development sets (tests/congruence_eval, tests/review_eval); see docs/congruentie.md.
ZIPF_COMMON = 5.6  # a word this frequent (or more) in Dutch says almost nothing
ZIPF_RARE = 3.2  # a word this rare (or rarer) is specific on its own
INFORMATIVE = 0.2


# Zipf frequencies of the words that can matter: the targets' own words and the lexicon's terms.
# Only those are kept; the whole Dutch list (about 45 MB in memory) is let go once they are read.
_ZIPF: dict[str, float] = {}
_EXAMPLE_ZIPF: dict[str, float] = {}
_PREPARED: set[str] = set()
_LOADING = threading.Lock()


def ensure_frequencies(koers: Koers) -> None:
    """Read the frequencies this koers's words need (once per koers, under a lock, so a
    background thread and the window never read the list twice at the same time)."""
    key = _key(koers)
    if key in _PREPARED:
        return
    with _LOADING:
        if key in _PREPARED:
            return
        from wordfreq import get_frequency_dict

        words = set(_lexicon_single()) | {x for g in _lexicon_groups() for term in g[2] for x in lemma_sequence(term)}
        words |= {x for target in koers.targets() for x in lemma_sequence(target.tekst)}
        words |= {x for target in koers.targets() for term in target.herkenning for x in lemma_sequence(term)}
        words |= {x for group in koers.congruentie.synoniemen for term in group for x in lemma_sequence(term)}
        full = get_frequency_dict("nl")
        _ZIPF.update((word, _zipf_in(full, word)) for word in words - set(_ZIPF))
        # the words of the koers's examples, kept apart (they only choose which words a finding shows)
        examples = {x for target in koers.targets() for text in target.voorbeelden for x in lemma_sequence(text)}
        _EXAMPLE_ZIPF.update((word, _zipf_in(full, word)) for word in examples - set(_EXAMPLE_ZIPF))
        for word in field_common():
            _ZIPF[word] = max(_ZIPF.get(word, 0.0), FIELD_ZIPF)
        del full
        get_frequency_dict.cache_clear()
        word_weight.cache_clear()
        _PREPARED.add(key)


def _zipf_in(full: dict[str, float], word: str) -> float:
    """A word's Zipf frequency in wordfreq's frequency list (0 for a word it does not know)."""
    frequency = full.get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def example_zipf(word: str) -> float:
    """The Zipf frequency of a word of the koers's examples, once ensure_frequencies has read them."""
    return _EXAMPLE_ZIPF.get(word, 0.0)


def zipf_of(words: set[str]) -> dict[str, float]:
    """Zipf frequencies of any words (reads the whole Dutch list, and lets it go again)."""
    from wordfreq import get_frequency_dict

    with _LOADING:
        full = get_frequency_dict("nl")
        out = {w: _zipf_in(full, w) for w in words}
        del full
        get_frequency_dict.cache_clear()
    return out


def _key(koers: Koers) -> str:
    return f"{koers.id}:{hash(koers.source_text)}"


def zipf(word: str) -> float:
    """The word's Zipf frequency (7 for the commonest Dutch words, 0 for unknown ones); only
    for the words of a koers whose frequencies have been read."""
    return _ZIPF.get(word.lower(), 0.0)


@lru_cache(maxsize=65536)
def word_weight(lemmas: tuple[str, ...]) -> float:
    rarest = min(zipf(x) for x in lemmas)
    return max(0.0, min(1.0, (ZIPF_COMMON - rarest) / (ZIPF_COMMON - ZIPF_RARE)))


SPREAD = 2  # a concept found in more targets than this says less about any one of them


def _spread(targets_with_it: int) -> float:
    """Weight kept by a concept that several targets share: all of it up to SPREAD targets, then
    less with every further one ("medewerker" is in ten of them)."""
    return 1.0 if targets_with_it <= SPREAD else SPREAD / targets_with_it


@cache
def _longest_phrase(lex: Lexicon) -> int:
    return max((len(p) for p in lex.phrases), default=1)


def concepts_of(koers: Koers, lemmas: list[str]) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """(concepts, lemmas) per unit of a lemma sequence: a multi-word term as one unit, else a lemma."""
    lex = lexicon(koers)
    units: list[tuple[frozenset[str], tuple[str, ...]]] = []
    i = 0
    longest = _longest_phrase(lex)
    while i < len(lemmas):
        for size in range(min(longest, len(lemmas) - i), 1, -1):
            key = tuple(lemmas[i:i + size])
            if key in lex.phrases:
                # The term's group; and the board's own groups for its words still count: a koers's
                # synonyms for "lezen" are not lost inside the lexicon's "lezen met plezier".
                board = frozenset(g for w in key for g in lex.single.get(w, ()) if g.startswith(BOARD_GROUPS))
                units.append((lex.phrases[key] | board, key))
                i += size
                break
        else:
            word = lemmas[i]
            units.append((lex.single.get(word) or frozenset({f"w:{word}"}), (word,)))
            i += 1
    return units


@cache
def target_concepts(koers: Koers) -> tuple[TargetConcepts, ...]:
    """Every target's slots, with weights and specificity across the koers."""
    raw: list[tuple[Target, list[tuple[set[str], list[str]]]]] = []
    own = self_words(koers)
    for target in koers.targets():
        slots: list[tuple[set[str], list[str]]] = []
        for concepts, lemmas in concepts_of(koers, lemma_sequence(target.tekst)):
            if all(x in own for x in lemmas):
                continue
            # Lemmas that share a concept are one slot: a group counts once.
            same = next((s for s in slots if s[0] & concepts), None)
            if same is None:
                slots.append((set(concepts), list(lemmas)))
            else:
                same[0].update(concepts)
                same[1].extend(lemmas)
        raw.append((target, slots))
    df: dict[str, int] = {}
    for _target, slots in raw:
        for concepts in {c for s in slots for c in s[0]}:
            df[concepts] = df.get(concepts, 0) + 1
    out = []
    for target, slots in raw:
        built = [Slot(tuple(lemmas), frozenset(concepts),
                      word_weight(tuple(lemmas)) * _spread(max(df[c] for c in concepts)),
                      all(df[c] == 1 for c in concepts))
                 for concepts, lemmas in slots]
        if target.herkenning:
            built.append(Slot(("herkenning",), frozenset({f"doel:{target.id}"}), 1.0, True, recognition=True))
        rule = koers.congruentie.verdict_rule(koers.top_element(target.element_id).soort)
        out.append(TargetConcepts(target, tuple(built), not rule.asks_goals))
    return tuple(out)


@lru_cache(maxsize=65536)
def sentence_concepts(koers: Koers, sentence: str) -> tuple[tuple[str, float], ...]:
    """Every concept a sentence of the school's text holds (compounds included), each with the
    weight of the most telling word that brought it: "welkom" brings gastvrijheid weakly,
    "gastvrijheid" strongly."""
    lex = lexicon(koers)
    found: dict[str, float] = {}

    def add(concepts: frozenset[str], lemmas: tuple[str, ...]) -> None:
        # A term weighs what its words weigh: "hand geven" is everyday Dutch, "opendeurbeleid" is
        # not. A multi-word term is as telling as its rarest word; a general school word it holds
        # ("snelle leerlingen") is not read, so such a term weighs what its other words weigh.
        weight = word_weight(lemmas)
        for concept in concepts:
            found[concept] = max(found.get(concept, 0.0), weight)

    sequence = lemma_sequence(board_compounds(koers, sentence))
    for concepts, unit in concepts_of(koers, sequence):
        add(concepts, unit)
    # A two-word term in the other order or with one word between ("het tekort aan docenten" is no
    # "docententekort", but "docenten zijn te kort" and "ouders actief betrekken" are their terms):
    # Dutch word order moves verbs and adjectives about. Counted in the sentence's own words, stop
    # words included, so "het netwerk is nog niet dekkend" stays apart from "dekkend netwerk".
    at = word_positions(sentence)
    pairs = _pairs(lex)
    for a in at.keys() & pairs.keys():
        for b, concepts in pairs[a]:
            if near(at, a, b):
                add(concepts, (a, b))
    for word in t.words(_in_its_sense(sentence)):
        if len(word) > AFFIX_MIN:
            for part, concepts in _compound_parts(word, lex, _known_parts(koers)):
                add(concepts, (part,))
    return tuple(sorted(found.items()))


@lru_cache(maxsize=16384)
def together_groups(lex: Lexicon, lemmas: frozenset[str]) -> dict[str, float]:
    """The groups of the two-part terms whose parts both stand among a text's lemmas, each with the
    weight of the term's words."""
    if not lex.together:
        return {}
    words, long_words = _together_words(lex)
    present = set(lemmas & words)
    # a long word also at the start or end of a compound ("doorstroom" in "doorstroomafspraak")
    for x in lemmas:
        for k in range(AFFIX_MIN + 1, len(x)):
            present.update(part for part in (x[:k], x[-k:]) if part in long_words)
    found: dict[str, float] = {}
    for a, b, gid in lex.together:
        if a <= present and b <= present:
            # the pair says more than its words: "de MR denkt mee" is no everyday "denken"
            found[gid] = max(found.get(gid, 0.0), word_weight(tuple(sorted(a))), word_weight(tuple(sorted(b))),
                             TOGETHER_WEIGHT)
    return found


@cache
def _together_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """Every word of the two-part terms, and those long enough to count inside a compound."""
    words = frozenset(w for a, b, _ in lex.together for w in a | b)
    return words, frozenset(w for w in words if len(w) > AFFIX_MIN)


PAIR_REACH = 2  # the two words of a two-word term may stand this far apart, in either order


def word_positions(text: str) -> dict[str, list[int]]:
    """Each lemma of a text's words (stop words counted), with the positions it stands at."""
    at: dict[str, list[int]] = {}
    for i, word in enumerate(t.reading_words(text)):
        if word:
            at.setdefault(t.lemma(word), []).append(i)
    return at


def near(at: dict[str, list[int]], a: str, b: str) -> bool:
    """Whether two lemmas stand within PAIR_REACH of each other, in either order."""
    return a in at and b in at and any(0 < abs(i - j) <= PAIR_REACH for i in at[a] for j in at[b])


@cache
def _pairs(lex: Lexicon) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """The lexicon's two-word terms (as lemmas), by their first word: {first: ((second, groups), ...)}."""
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for key, groups in lex.phrases.items():
        if len(key) == 2:
            out.setdefault(key[0], []).append((key[1], groups))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _known_parts(koers: Koers) -> frozenset[str]:
    """The lemmas a compound part can usefully be: the targets' own words and the lexicon's terms."""
    words = {x for tc in target_concepts(koers) for slot in tc.slots for x in slot.lemmas if len(x) >= AFFIX_MIN}
    return frozenset(words) | frozenset(lexicon(koers).affix_terms)


@lru_cache(maxsize=65536)
def _compound_parts(word: str, lex: Lexicon, known: frozenset[str]) -> tuple[tuple[str, frozenset[str]], ...]:
    """The known lemmas a compound begins or ends with ("ziekteverzuim" ends in "verzuim"), with
    their concepts."""
    import simplemma

    out = []
    for size in range(AFFIX_MIN, len(word)):
        end = word[-size:]
        # "binding" is not the last part of "wifiverbinding": "verbinding" is, a word of its own; and
        # "zwaardere" is a word, not "z" + "waardere".
        if any(simplemma.is_known(word[-(size + k):], lang="nl") and word[-(size + k):] not in known
               for k in (1, 2, 3, 4) if size + k <= len(word)):
            end = ""
        # An adjective in -ief is another word: "respect" begins "respectievelijk", "formatie" "formatief".
        rest = word[size:]
        # And a past participle is no compound: "gevolgd" does not begin with "gevolg".
        start = "" if (rest.startswith(("ief", "iev")) or (word[size - 2:size] == "ie" and rest[:1] in ("f", "v"))
                       or (rest in ("d", "t") and word.startswith("ge"))) else word[:size]
        for part in {start, end, t.lemma(end) if end else ""}:
            if part and part in known:
                out.append((part, frozenset(lex.affix_terms.get(part, ())) | {f"w:{part}"}))
    return tuple(out)


def prepare(koers: Koers) -> None:
    """Load what the first check needs (the Dutch lemma and frequency lists, the lexicon, the
    koers's targets as concepts, its examples), so a background thread can do it before the first check."""
    from koerswijzer.congruence.examples import example_model
    from koerswijzer.congruence.restated import board_sentences, is_template_sentence

    ensure_frequencies(koers)
    target_concepts(koers)
    example_model(koers)
    _known_parts(koers)
    board_sentences(koers)
    is_template_sentence("")


def is_prepared(koers: Koers) -> bool:
    """True once the word lists for this koers are in memory: a check is then quick."""
    return _key(koers) in _PREPARED


def explain(koers: Koers, concept: str) -> str:
    """A concept in words: the lemma itself, or the lexicon group's name."""
    if concept.startswith("w:"):
        return concept[2:]
    return lexicon(koers).names.get(concept, concept)


_SPLIT = re.compile(r"\s+")
