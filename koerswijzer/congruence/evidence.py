"""Textual evidence: which passages of the school's own text address which board target.

A passage is one sentence, or two that follow each other, of the school's own words
(:mod:`koerswijzer.congruence.passages`): sentences that restate the board or are Koerswijzer's template
text are left out first (:mod:`koerswijzer.congruence.restated`). A passage addresses a target when it holds distinct
concepts of that target (:mod:`koerswijzer.congruence.concepts`): at least two that say something,
covering enough of what the target is about, or one that is rare and belongs to this target alone
(or a term the board gave for it, ``herkenning``). The rule and its numbers are in
docs/congruentie.md; they were set on the development sets, never on the test set.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from koerswijzer.congruence import text as t
from koerswijzer.congruence.concepts import (
    AFFIX_MIN,
    INFORMATIVE,
    PEOPLE,
    PUPIL_WORDS,
    STAFF_WORDS,
    Lexicon,
    Slot,
    TargetConcepts,
    lemma_sequence,
    lexicon,
    near,
    people_of,
    target_concepts,
    target_people,
    together_groups,
    word_positions,
    word_weight,
)
from koerswijzer.congruence.empty import FIGURE
from koerswijzer.congruence.examples import example_target
from koerswijzer.congruence.passages import ELABORATION, Passage, make_passages
from koerswijzer.koers.model import Koers

# Calibrated on the development sets (see docs/congruentie.md).
MIN_SLOTS = 2  # distinct concepts of a target a passage must hold ...
MIN_SHARE = 0.25  # ... covering this share of what the target is about (by weight),
ENOUGH_WEIGHT = 1.2  # or this much weight in all (a long target names more than its core)
STRONG_WEIGHT = 0.8  # or one concept of this weight that no other target has
OWN_ELEMENT_SHARE = 0.25  # the share needed in the target's own chapter
CORE_SHARE = 0.45  # one concept alone: when it is this much of the target ...
CORE_WEIGHT = 0.5  # ... and the school's word for it says this much


@dataclass(frozen=True, slots=True)
class Evidence:
    target_id: str
    source: str
    ref: str
    passage: str
    matched: tuple[str, ...]  # the target's concepts the passage holds (group ids or "w:lemma")
    target_words: tuple[str, ...]  # the target's own words for those concepts
    score: float
    lexicon: Lexicon | None = field(default=None, compare=False, repr=False)
    # found where the school says something of its own (a figure, a name, a role, an arrangement), not
    # only in sentences that characterise; in a plan that restates the board a lot only these count
    own_content: bool = True
    alike: bool = False  # found by likeness to the target's voorbeelden (examples.py), not by its words

    @property
    def matched_words(self) -> tuple[str, ...]:
        """The passage's words that made the match. Worked out only when shown (and once: the check's
        finding and the review's table show the same passage)."""
        return _matched_words(self.passage, self.matched, self.target_words, self.lexicon)

    def highlighted(self, context: int | None = None) -> str:
        """The passage with the matched words in **bold** (Markdown); with ``context``, only the
        part around the first match, that many characters either side."""
        text = self.passage
        found = self.matched_words
        if not found:
            return text
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, found)) + r")\b", re.IGNORECASE)
        if context is not None:
            first = pattern.search(text)
            if first is not None and len(text) > 2 * context:
                start = max(0, first.start() - context)
                end = min(len(text), first.end() + context)
                text = ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
        return pattern.sub(r"**\1**", text)


@lru_cache(maxsize=4096)
def _matched_words(passage: str, matched: tuple[str, ...], target_words: tuple[str, ...],
                   lexicon: Lexicon | None) -> tuple[str, ...]:
    wanted = set(matched)
    found = []
    for word in t.words(passage):
        if len(word) < t.MIN_LENGTH:
            continue
        lemma = t.lemma(word)
        own = {f"w:{lemma}"} | set(lexicon.single.get(lemma, ()) if lexicon else ())
        if own & wanted or any(part in word for part in target_words if len(part) >= 6):
            found.append(word)
        elif lexicon is not None and len(word) > AFFIX_MIN and _compound_match(word.lower(), lexicon,
                                                                              frozenset(wanted)):
            found.append(word)  # "signaleringswaarden" begins with "signalering"
    if lexicon is not None:  # multi-word terms, read as the check reads them: without stop words
        stops = t.stop_words()
        content = [w for w in t.words(passage) if len(w) >= t.MIN_LENGTH and w not in stops and not w.isdigit()]
        lemmas = [t.lemma(w) for w in content]
        at = word_positions(passage)
        for key in {k for g in wanted if not g.startswith("w:") for k in _phrase_keys(lexicon, g)}:
            if _contains(lemmas, key):
                found += [w for w, lemma in zip(content, lemmas, strict=True) if lemma in key]
            elif len(key) == 2 and near(at, *key):  # in the other order, or one word between
                found += [w for w in t.words(passage) if t.lemma(w) in key]
    first: dict[str, int] = {}
    for i, word in enumerate(t.words(passage)):
        first.setdefault(word, i)
    return tuple(sorted(dict.fromkeys(found), key=lambda w: first.get(w, 0)))  # in the passage's order


def _compound_match(word: str, lex: Lexicon, wanted: frozenset[str]) -> bool:
    """Whether a compound begins or ends with a term of the wanted groups (the passage's concepts
    found it there, see concepts._compound_parts)."""
    for size in range(AFFIX_MIN, len(word)):
        for part in (word[:size], word[-size:]):
            if f"w:{part}" in wanted or not wanted.isdisjoint(lex.affix_terms.get(part, ())):
                return True
    return False


def _contains(seq: list[str], key: tuple[str, ...]) -> bool:
    n = len(key)
    return any(tuple(seq[i:i + n]) == key for i in range(len(seq) - n + 1))


@cache
def _index(koers: Koers) -> dict[str, tuple[int, ...]]:
    """Concept -> the targets (by position) that have it: a passage is compared with those only."""
    index: dict[str, set[int]] = {}
    for i, tc in enumerate(target_concepts(koers)):
        for slot in tc.informative:
            for concept in slot.concepts:
                index.setdefault(concept, set()).add(i)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def _paired(tc: TargetConcepts, passage: Passage, lex: Lexicon) -> bool:
    """Whether a two-part herkenning term of the target holds in the passage: what and with whom
    ("overstap + collegascholen") says enough anywhere in a plan."""
    return f"doel:{tc.target.id}" in together_groups(lex, passage.lemmas)


def _motto_with_figure(text: str, lemmas: tuple[str, ...]) -> bool:
    """A sentence of the passage holds the target's words and a figure or a date (not "elke dag": that
    is emphasis after a motto, no rhythm of its own). The figure of the sentence after a motto ("Zo
    geven we elke dag het beste van onszelf. In juni 2026 ...") is not the motto's, unless that sentence
    says it works the motto out ("Wij hebben hoge verwachtingen van onze leerlingen. Concreet: in 2028
    haalt 60 procent 2F.")."""
    parts = t.sentences(text)
    return any(FIGURE.search(x) and set(lemmas) <= set(lemma_sequence(x)) for x in parts) or any(
        set(lemmas) <= set(lemma_sequence(x)) and ELABORATION.match(y) and FIGURE.search(y)
        for x, y in zip(parts, parts[1:]))


def _brought_by_other(lex: Lexicon, hit: frozenset[str], slot: Slot, passage: Passage) -> bool:
    """Whether a word of the passage other than the target's own brought the group: "boekenkring"
    brings "lezen met plezier", also when "plezier" stands in the same sentence."""
    other = passage.lemmas - set(slot.lemmas)
    words = _single_words(lex)
    if any(not words.get(g, frozenset()).isdisjoint(other) for g in hit):
        return True
    own = set(slot.lemmas)
    for g in hit:
        anchored = _phrases_by_word(lex, g)
        for word in passage.lemmas & anchored.keys():
            if any(key <= passage.lemmas and not key <= own for key in anchored[word]):
                return True
    return False


@cache
def _single_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Per group, its single-word terms (the lexicon's ``single`` the other way round)."""
    words: dict[str, set[str]] = {}
    for word, groups in lex.single.items():
        for g in groups:
            words.setdefault(g, set()).add(word)
    return {g: frozenset(w) for g, w in words.items()}


@cache
def _phrase_keys(lex: Lexicon, group: str) -> tuple[tuple[str, ...], ...]:
    """The multi-word terms of one group."""
    return tuple(key for key, groups in lex.phrases.items() if group in groups)


@cache
def _phrases_of(lex: Lexicon, group: str) -> tuple[frozenset[str], ...]:
    """The multi-word terms of one group, as lemma sets."""
    return tuple(frozenset(key) for key in _phrase_keys(lex, group))


@cache
def _phrases_by_word(lex: Lexicon, group: str) -> dict[str, tuple[frozenset[str], ...]]:
    """The same, filed under one word of each (its first in order), so that a passage looks only at
    the terms one of its words begins."""
    filed: dict[str, list[frozenset[str]]] = {}
    for key in _phrases_of(lex, group):
        filed.setdefault(min(key), []).append(key)
    return {word: tuple(keys) for word, keys in filed.items()}


# Whom a target is about, and whom a passage is about (concepts.people_of, target_people): a target
# about staff ("ASG heeft aandacht voor het welbevinden ... van alle medewerkers") is not met by a term
# for pupils ("KanVAS", "sociaal-emotionele ontwikkeling") of the lexicon group its word belongs to.
PEOPLE_WORDS = STAFF_WORDS | PUPIL_WORDS


_OTHER_PEOPLE: dict[tuple[int, str], frozenset[str]] = {}


def _other_peoples_groups(tc: TargetConcepts, lex: Lexicon) -> frozenset[str]:
    """The lexicon groups of a target's words that are about the other people (the lexicon's
    ``over:``; "Sociaal-emotionele ontwikkeling en welbevinden van leerlingen" is about pupils)."""
    key = (id(lex), tc.target.id)
    if key not in _OTHER_PEOPLE:
        people = target_people(tc.target)
        _OTHER_PEOPLE[key] = frozenset(c for slot in tc.slots for c in slot.concepts
                                       if people and lex.people.get(c, people) != people)
    return _OTHER_PEOPLE[key]


def judge(tc: TargetConcepts, passage: Passage, lex: Lexicon) -> tuple[bool, float, list[int], bool]:
    """(addressed, score, the indices of the matched slots, found in content of the school's own) for
    one target and one passage.

    A slot found through a group counts with the weight of the school's own word for it (capped
    by the slot's): "welkom" says less than "gastvrijheid". (Groups of the same theme, ``verwant``
    in the lexicon, do not count: on the development sets they cost more precision than they
    gave recall.)"""
    informative = tc.informative
    matched: list[int] = []
    effective: list[float] = []
    literal: list[bool] = []  # found only through the target's own word, not a term of the field
    headed: list[bool] = []  # found only through the section's heading
    owned: list[bool] = []  # found in a sentence with content of the school's own
    for i, slot in enumerate(informative):
        hit = slot.concepts & passage.concepts
        if not hit and passage.lemmas.isdisjoint(slot.lemmas):
            continue  # neither its concept nor its word: most slots of most candidates
        # The target's own word is its own word, also when the lexicon has a group for it:
        # "transparante kratten" brings "transparant", not a term of the field; and "regionale"
        # is the target's "regionale", also when only the phrase "regionale aanpak" is a term.
        words = {w for w in slot.lemmas if w in passage.lemmas}
        # A thing of several words is not found through the people in it: "collega's" are colleagues,
        # not the "collega-schoolbesturen" the board talks with.
        if len(slot.lemmas) > 1 and words and words <= PEOPLE_WORDS:
            words = set()
            if not hit:
                continue
        # A term of a group about staff, in a sentence about parents and pupils only ("voortgangsgesprekken
        # ... wat ouders thuis kunnen doen"), is not about staff; and the other way round.
        # (whom the passage is about is read only when it matters: most slots are found through a word
        # of the target's own)
        if hit and not words and (among := people_of(passage.text)) is not None:
            # the koers says whom the target is about (``over:``): a term of a group about anyone, in a
            # passage about the other people only, is not about them ("Kinderen werken aan een
            # onderzoeksvraag" is no team that is nieuwsgierig naar nieuwe inzichten)
            if tc.target.over and PEOPLE.get(tc.target.over, among) != among:
                continue
            hit = frozenset(c for c in hit if lex.people.get(c, among) == among)
        foreign = bool(hit) and hit <= _other_peoples_groups(tc, lex)
        # Only the target's own word counts then, in its own chapter or among its own people.
        if foreign and not (words and (passage.element_id == tc.target.element_id
                                       or people_of(passage.text) == target_people(tc.target))):
            continue  # pupils' welbevinden (KanVAS, ZIEN!) is not the staff's
        if hit:
            school = max((w for c, w in passage.weights if c in hit), default=0.0)
            grouped = any(not c.startswith("w:") for c in hit)
            effective.append(min(slot.weight, school) if grouped else slot.weight)
            # The target's own word among its own people ("welbevinden" of collega's) says what a
            # term of the field says.
            literal.append(not foreign and (not grouped or (bool(words) and not _brought_by_other(lex, hit, slot, passage))))
            owned.append(bool(hit - passage.plain) or bool(words - passage.plain_lemmas))
        elif (groupless := [w for w in words if f"w:{w}" in passage.concepts]) and not slot.recognition:
            # Only a word of no group of its own: a word of another group counts for that group.
            effective.append(min(slot.weight, max(word_weight((w,)) for w in groupless)))
            literal.append(True)
            owned.append(bool(set(groupless) - passage.plain_lemmas))
        else:
            continue
        matched.append(i)
        headed.append(bool(hit) and hit <= passage.heading and not words)
    # The heading adds to what the passage says, it never says it alone: one of the target's own
    # concepts is in the passage's own words.
    if not matched or all(headed):
        return False, 0.0, [], False
    # What the target is about is its own text: the board's herkenning terms add ways in, not weight.
    total, own_slots = tc.own_weight
    own_effective = [w for i, w in zip(matched, effective, strict=True) if not informative[i].recognition]
    share = sum(own_effective) / total
    # The board's own term for the target is enough, when the school's word for it says something.
    # One word of the target's own is not enough on its own: "vitale systemen van het gebouw" is
    # not about vitale werknemers. A term of the field for it is ("ziekteverzuim").
    at_home = tc.everywhere or passage.element_id in (None, tc.target.element_id)
    strong = any(not head and ((informative[i].recognition and w >= CORE_WEIGHT
                                and (at_home or len(matched) > 1 or _paired(tc, passage, lex)))
                               or (not informative[i].recognition and informative[i].specific and w >= STRONG_WEIGHT
                                   and (not own or len(matched) > 1)))
                 for i, w, own, head in zip(matched, effective, literal, headed, strict=True))
    telling = sum(1 for w in own_effective if w >= INFORMATIVE)
    needed = OWN_ELEMENT_SHARE if passage.element_id == tc.target.element_id else MIN_SHARE
    enough = share >= needed or sum(own_effective) >= ENOUGH_WEIGHT
    # One concept that is most of what the target says ("vitale werknemers"), in a telling word.
    in_full = len(set(informative[matched[0]].lemmas) & passage.lemmas) >= 2
    # In the target's own chapter, the share needed there (a field term for one thing of the target:
    # "teksten over herkenbare situaties" under Venster 1 is the belevingswereld of pupils).
    core_share = OWN_ELEMENT_SHARE if passage.element_id == tc.target.element_id else CORE_SHARE
    core = (len(matched) == 1 and share >= core_share and effective[0] >= CORE_WEIGHT
            and not informative[matched[0]].recognition
            # in a term of the field that is this target's alone, or in the target's own term in
            # full ("onbevoegde leraren", "vitale werknemers"), not one word of it ("vitale functies")
            and ((informative[matched[0]].specific and not literal[0])
                 # a target that is one short sentence ("We geven altijd het beste van onszelf"):
                 # its words in full are its motto repeated, unless a figure or a date in that sentence says more
                 or (in_full and (own_slots > 1 or _motto_with_figure(passage.text, informative[matched[0]].lemmas)))))
    # A target of one concept ("ASG heeft vitale werknemers") is not met by one word of its own
    # ("vitale functies"): that takes a term of the field, or its own term in full (``core``).
    loose = own_slots == 1 and all(lit for i, lit in zip(matched, literal, strict=True)
                                   if not informative[i].recognition)
    # One concept, not in the target's own words, outside its chapter: nothing in the passage says
    # it is this target ("voortgangsgesprek" is zicht op ontwikkeling of teachers, not of pupils;
    # "gesprekken met ouders" about a conflict is no ouderbetrokkenheid), unless a rare term of the
    # field says it (``strong``).
    single_away = len(matched) == 1 and not literal[0] and not at_home
    addressed = strong or core or (telling >= min(MIN_SLOTS, max(1, own_slots)) and enough and not loose
                                   and not single_away)
    # A target the koers shows only through its herkenning terms (``bewijs: herkenning``).
    if tc.target.bewijs == "herkenning" and not any(informative[i].recognition for i in matched):
        addressed = False
    # Whether one of them stands where the school says something of its own (a figure, a name, a role,
    # an arrangement): the target's subject in sentences that only characterise ("Onze kwaliteitszorg is
    # samenhangend en cyclisch") may be the board's sentence in other words (engine.RESTATING_PLAN).
    return addressed, share, matched, any(owned)


@lru_cache(maxsize=16384)
def _hits(koers: Koers, passage: Passage) -> tuple[Evidence, ...]:
    """Every target this one passage addresses."""
    index = _index(koers)
    every = target_concepts(koers)
    candidates = sorted({i for c in passage.concepts for i in index.get(c, ())})
    lex = lexicon(koers)
    hits: list[Evidence] = []
    for i in candidates:
        tc = every[i]
        addressed, score, matched, own = judge(tc, passage, lex)
        if addressed:
            slots = [tc.informative[j] for j in matched]
            hits.append(Evidence(tc.target.id, passage.source, passage.ref, passage.text,
                                 tuple(sorted({c for s in slots for c in s.concepts})),
                                 tuple(w for s in slots for w in s.lemmas), round(score, 2), lex, own))
    hits = _prefer_own_chapter(koers, passage, hits)
    alike = _like_the_examples(koers, passage, {h.target_id for h in hits})
    return tuple(hits + [alike] if alike else hits)


def _like_the_examples(koers: Koers, passage: Passage, found: set[str]) -> Evidence | None:
    """A target the passage's words did not show, but whose examples (``voorbeelden:``) it is clearly
    most like, in the target's own chapter (examples.example_target)."""
    if passage.element_id is None or koers.find(passage.element_id) is None:
        return None
    alike = example_target(koers, passage.lemmas)
    if alike is None or alike[0] in found:
        return None
    tid, likeness, words = alike
    if koers.top_element(koers.find(tid).element_id).id != koers.top_element(passage.element_id).id:
        return None
    return Evidence(tid, passage.source, passage.ref, passage.text, tuple(f"w:{w}" for w in words), words,
                    round(likeness, 2), lexicon(koers), bool(passage.lemmas - passage.plain_lemmas), alike=True)


def _prefer_own_chapter(koers: Koers, passage: Passage, hits: list[Evidence]) -> list[Evidence]:
    """Two targets found through exactly the same concepts of the passage ("zicht op wat leerlingen
    nodig hebben" is in two chapters of the koers): the passage says nothing that tells them
    apart, so the target of the chapter it stands in is the one it addresses."""
    if len(hits) < 2 or passage.element_id is None or koers.find(passage.element_id) is None:
        return hits
    chapter = koers.top_element(passage.element_id).id
    top = {h.target_id: koers.top_element(koers.find(h.target_id).element_id).id for h in hits}
    by_words: dict[tuple[str, ...], list[Evidence]] = {}
    for hit in hits:
        by_words.setdefault(hit.matched, []).append(hit)
    kept = []
    for same in by_words.values():
        own = [h for h in same if top[h.target_id] == chapter]
        kept += own if own and len(same) > 1 else same
    return kept


def find_evidence(koers: Koers, passages: list[Passage]) -> dict[str, list[Evidence]]:
    """For every target, the passages that address it, best first."""
    found: dict[str, list[Evidence]] = {}
    for passage in passages:
        for hit in _hits(koers, passage):
            found.setdefault(hit.target_id, []).append(hit)
    return {tid: sorted(hits, key=lambda e: (-e.score, len(e.passage))) for tid, hits in found.items()}


def passage_targets(koers: Koers, body: str, element_id: str | None) -> set[str]:
    """The targets a piece of the school's text addresses, standing in ``element_id``'s chapter."""
    return set(find_evidence(koers, list(make_passages(koers, "antwoord", "", element_id, body))))


def shingles(body: str, size: int = 4) -> set[tuple[str, ...]]:
    tokens = t.words(body)
    return {tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


@cache
def board_shingles(koers: Koers) -> frozenset[tuple[str, ...]]:
    """Every four-word run of the board's own text: targets, questions, descriptions."""
    runs: set[tuple[str, ...]] = set()
    for element in koers.walk():
        for body in [element.beschrijving, *(x.tekst for x in element.targets),
                     *(q.tekst for q in element.questions)]:
            runs |= shingles(body)
    return frozenset(runs)


@lru_cache(maxsize=4096)
def copied_share(koers: Koers, answer: str) -> float:
    """How much of an answer repeats the board's text word for word (0..1)."""
    own = shingles(answer)
    if not own:
        return 0.0
    return len(own & board_shingles(koers)) / len(own)


@cache
def element_profiles(koers: Koers) -> dict[str, dict[str, float]]:
    """Per top-level element: TF-IDF weights of the stems of its targets, questions and description."""
    bags = {}
    for element in koers.elements:
        texts = [element.titel] + [x.tekst for e in element.walk() for x in (*e.targets, *e.questions)]
        bags[element.id] = Counter(s for body in texts for s in t.content_stems(body))
    df = Counter(s for bag in bags.values() for s in bag)
    n = len(bags)
    return {eid: {s: c * math.log((n + 1) / df[s]) for s, c in bag.items()} for eid, bag in bags.items()}


@lru_cache(maxsize=4096)
def element_similarity(koers: Koers, body: str) -> dict[str, float]:
    """Cosine similarity of a text to each top-level element's profile."""
    bag = Counter(t.content_stems(body))  # no synonyms here: broad groups would pull every text one way
    length = math.sqrt(sum(c * c for c in bag.values()))
    norms = _profile_norms(koers)
    dots = dict.fromkeys(norms, 0.0)
    by_stem = _profile_index(koers)
    for stem, count in bag.items():
        for eid, weight in by_stem.get(stem, ()):
            dots[eid] += weight * count
    return {eid: dot / (norms[eid] * length) if norms[eid] * length else 0.0 for eid, dot in dots.items()}


@cache
def _profile_index(koers: Koers) -> dict[str, tuple[tuple[str, float], ...]]:
    """The profiles by stem: (element, weight) for every element whose texts hold it."""
    index: dict[str, list[tuple[str, float]]] = {}
    for eid, weights in element_profiles(koers).items():
        for stem, weight in weights.items():
            index.setdefault(stem, []).append((eid, weight))
    return {stem: tuple(pairs) for stem, pairs in index.items()}


@cache
def _profile_norms(koers: Koers) -> dict[str, float]:
    return {eid: math.sqrt(sum(w * w for w in weights.values())) for eid, weights in element_profiles(koers).items()}


@cache
def generic_stems(koers: Koers) -> frozenset[str]:
    """Stems that occur in the texts of three or more top-level elements: they say little about
    which element a text belongs to."""
    counts = Counter(s for weights in element_profiles(koers).values() for s in weights)
    return frozenset(s for s, n in counts.items() if n >= 3)
