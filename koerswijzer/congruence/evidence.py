"""Textual evidence: which passages of the school's own text address which board target.

A passage is one sentence, or two that follow each other, of the school's own words: sentences
that restate the board or are Koerswijzer's template text are left out first
(:mod:`koerswijzer.congruence.restated`). A passage addresses a target when it holds distinct
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
    PUPIL_WORDS,
    STAFF_WORDS,
    Lexicon,
    Slot,
    TargetConcepts,
    as_the_board,
    lemma_sequence,
    lexicon,
    near,
    people_of,
    sentence_concepts,
    target_concepts,
    target_people,
    word_positions,
    word_weight,
    zipf,
)
from koerswijzer.congruence.empty import (
    FIGURE,
    WISH,
    is_composition,
    is_concrete,
    is_list_of_means,
    is_list_of_topics,
    is_not_taken_up,
    is_population,
    is_wish_only,
)
from koerswijzer.congruence.restated import is_not_own, is_split_board_sentence, is_template_sentence
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
class Passage:
    source: str  # "antwoord", "doel" or "document"
    ref: str  # question id, goal id as text, or a heading
    element_id: str | None
    text: str
    concepts: frozenset[str]
    weights: tuple[tuple[str, float], ...] = ()  # per concept, the weight of the word that brought it
    lemmas: frozenset[str] = frozenset()  # the lemmas of its content words
    # concepts only its section's heading brought ("Van elkaar leren" above "Iedere docent bezoekt twee
    # lessen van collega's"): they say what the passage is about, never all that it says
    heading: frozenset[str] = frozenset()
    # concepts and lemmas that stand only in sentences with no content of the school's own
    # (empty.is_concrete): "Wij zijn er trots op dat onze school een afspiegeling is van de wijk."
    plain: frozenset[str] = frozenset()
    plain_lemmas: frozenset[str] = frozenset()

    def weight(self, concept: str) -> float:
        return dict(self.weights).get(concept, 0.0)


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


# A sentence that only points elsewhere ("zie ons schoolondersteuningsprofiel", "wordt beschreven in
# hoofdstuk 6") names a subject; it does not take it up.
POINTER = re.compile(r"\bzie (?:voor [^.;:]{1,80}? )?(?:ook )?(?:ons|onze|het|de|hoofdstuk|bijlage|paragraaf)\b"
                     r"|\bleest u (?:meer |hierover |daarover )?(?:in|op)\b"
                     r"|\b(?:is|zijn|staat|staan) te vinden (?:op|in)\b"
                     # a promise of attention and nothing more: "Ook aan innovatie besteden we aandacht."
                     r"|\b(?:besteden|schenken) (?:we|wij)\b[^.;:]*\baandacht\W*$"
                     # following the board's framework, and saying no more: "Wij werken volgens de
                     # kwaliteitscyclus van het bestuur."
                     r"|^\W*(?:wij|we) (?:werken|handelen) volgens (?:de|het) [\w-]+ van (?:het bestuur|de stichting)\W*$"
                     r"|\bverwijzen (?:we|wij) (?:\w+ )?naar (?:ons|onze|het|de) (?:[\w-]+ )?"
                     r"[\w-]*(?:plan|profiel|beleid|gids|verslag|"
                     r"bijlage|document|statuut|protocol|website|handboek|kader|regeling)\b"
                     r"|(?:staat|staan|wordt|worden|is|zijn) (?:uitgebreid |nader |verder )?beschreven in\b"
                     # "...; de uitwerking staat in de schoolgids."
                     r"|\b(?:de )?uitwerking (?:staat|vindt u|leest u) in\b"
                     r"|\bin hoofdstuk \d"
                     # "Welke ondersteuning wij bieden, staat in ons schoolondersteuningsprofiel.", "...; hoe wij
                     # dat doen, staat in ons veiligheidsplan."
                     r"|(?:^|[;:]\s)\W*(?:hoe|wat|welke|waar)\b[^.;:]{0,160},\s*(?:staat|staan|leest u|lees je|vindt u|"
                     r"vind je) (?:in|op)\b", re.IGNORECASE)
# The same, for what a whole sentence says from its start (tried once, at the start: cheaper than
# searching every position).
POINTER_SENTENCE = re.compile(
    # where a document stands, and no more: "Het pestprotocol staat in de schoolgids."
    r"[^.;:]*\b(?:staat|staan) in (?:de|het|ons|onze) [\w-]*(?:gids|plan|profiel|beleid|statuut|protocol|handboek|"
    r"reglement|verslag)(?:,? (?:dat|die) [^.;:]*)?\W*$"
    r"|\W*(?:het|ons|onze|de) [\w-]*(?:gids|plan|profiel|beleid|statuut|protocol|handboek|reglement)\b[^.;:,]*"
    r"\b(?:staat|staan) op (?:de|onze) (?:website|site|intranet|schoolapp)\W*$"
    # "In ons schoolondersteuningsprofiel beschrijven we welke ondersteuning we bieden."
    r"|\W*in (?:ons|onze|het|de) [\w-]*(?:profiel|plan|gids|beleid|statuut|protocol|handboek)\b"
    r"[^.;:]*\bbeschrijven (?:we|wij)\b[^:;]*$"
    # what happened to a document, and no more: "Het profiel is in 2023 vastgesteld en afgestemd met het
    # samenwerkingsverband." says nothing of what it holds
    r"|\W*(?:het|ons|onze|de|dit|deze) [\w-]*(?:profiel|plan|beleid|beleidsplan|protocol|statuut|gids|reglement|"
    r"handboek)\b[^.;:]*\b(?:vastgesteld|afgestemd|besproken|herzien|geëvalueerd|geactualiseerd|goedgekeurd|"
    r"gepubliceerd|opgesteld)\b[^.;:,]*\W*$"
    # naming the school's values is no content: "Onze drie waarden zijn respect, vertrouwen en plezier."
    r"|\W*onze (?:\w+ )?(?:kern)?waarden zijn\b"
    # every school belongs to a samenwerkingsverband by law (WPO art. 18a, WVO 2020 art. 2.47): saying
    # so is no arrangement ("Onze school valt onder het samenwerkingsverband ...")
    r"|[^.;:]*\b(?:valt|vallen) onder het samenwerkingsverband\b[^.;:,]*\W*$"
    r"|[^.;:]*\b(?:is|zijn) aangesloten bij (?:het )?samenwerkingsverband\b[^.;:,]*\W*$"
    r"|[^.;:]*\b(?:maakt|maken) deel uit van (?:het )?(?:[\w-]+ van het )?samenwerkingsverband\b[^.;:,]*\W*$"
    r"|\W*(?:wij|we) werken (?:daarin |daarbij |hierin |hierbij )?samen met het samenwerkingsverband\b[^.;:,]*\W*$"
    # the burgerschapsopdracht in the law's own words (WPO art. 8 lid 3, WVO 2020 art. 2.7): "de
    # basiswaarden van de democratische rechtsstaat" with the law's list ("de basiswaarden vrijheid,
    # gelijkwaardigheid en solidariteit") is the statutory item burgerschap, not the school's word for a
    # target of the koers ("gelijkwaardigheid" is no open blik, nor respect)
    r"|[^.;]*\b(?:basiswaarden|democratische rechtsstaat)\b", re.IGNORECASE)


def _motto_with_figure(text: str, lemmas: tuple[str, ...]) -> bool:
    """A sentence of the passage holds the target's words and a figure or a date (not "elke dag": that
    is emphasis after a motto, no rhythm of its own). The figure of the sentence after a motto ("Zo
    geven we elke dag het beste van onszelf. In juni 2026 ...") is not the motto's."""
    return any(FIGURE.search(x) and set(lemmas) <= set(lemma_sequence(x)) for x in t.sentences(text))


LABEL_WORDS = 4  # a list item or line of fewer words ("– de functiemix.") names a subject, a bare mention
SAME_SUBJECT_WORD = 0.6  # a word of the koers this telling (concepts.word_weight) is a subject of its own
# A sentence that works out the one before it ("Daarom hangt bij de ingang een bord in zes talen").
_WORKS_OUT = r"daarom|daarvoor|hiervoor|bijvoorbeeld|concreet|om dat te bereiken"
ELABORATION = re.compile(rf"(?:{_WORKS_OUT}|zo|dat doen (?:we|wij)|dit doen (?:we|wij)|dat betekent|dit betekent)\b",
                         re.IGNORECASE)
# The same words inside the sentence: "Het Vlot doet daarom mee in het opleidingspartnerschap."
WORKED_OUT = re.compile(rf"\b(?:{_WORKS_OUT})\b", re.IGNORECASE)
# A sentence that adds a point of its own ("Daarnaast volgt iedere medewerker een cursus.") does not
# work out the one before it, also when it speaks of the same subject.
ADDITION = re.compile(r"\W*(?:daarnaast|verder|bovendien|tevens|voorts|ook|los daarvan|daarbuiten)\b", re.IGNORECASE)


def _same_subject(koers: Koers, first: str, second: str) -> bool:
    """The sentence after a restated board sentence, in the same paragraph, works it out when it
    speaks of the same concept of the field: "Wij hebben zicht op de onderwijsbehoeftes van onze
    leerlingen. Elke leerling voert drie keer per jaar een kindgesprek ..." (a list of methods after
    it does not)."""
    a, b = _telling(koers, first), _telling(koers, second)
    if a & b:
        return True
    # one word of the koers in two forms the lemmatiser keeps apart ("horizonten" -> "horizont", "horizon")
    words = [{c[2:] for c, weight in sentence_concepts(koers, x) if c.startswith("w:") and len(c) >= 8
              and weight >= SAME_SUBJECT_WORD} for x in (first, second)]
    return any((x.startswith(y) or y.startswith(x)) and (zipf(x) > 0 or zipf(y) > 0)
               for x in words[0] for y in words[1])


def _telling(koers: Koers, sentence: str) -> set[str]:
    """The sentence's concepts of the field and its telling words of the koers ("horizon"; not
    "onderwijs", nor a word whose frequency was not read: one outside the koers and its lexicon)."""
    return {c for c, weight in sentence_concepts(koers, sentence)
            if not c.startswith("w:") or (weight >= SAME_SUBJECT_WORD and zipf(c[2:]) > 0)}


def _says_something(koers: Koers, sentence: str) -> bool:
    """A concept of the field or a telling word: "Hiervoor gebruiken wij onder andere:" says nothing."""
    return bool(_telling(koers, sentence))


def own_sentences(koers: Koers, body: str) -> list[str]:
    """The sentences of a text that are the school's own words (not a restated board sentence, not
    Koerswijzer's template text, not a pointer elsewhere)."""
    every = t.sentences(body)
    return [s for i, s in enumerate(every) if not says_nothing_itself(koers, s)
            and not _half_of_a_board_sentence(koers, every, i)]


@lru_cache(maxsize=65536)  # per sentence: after one edited answer only its new sentences are read again
def says_nothing_itself(koers: Koers, sentence: str) -> bool:
    """A label, a restated board sentence, a pointer, what is not taken up, a wish alone, a list of
    means or of topics alone, who the pupils are, or who sits in a body."""
    named = as_the_board(koers, sentence)  # "ASKO schrijft ...", "een taak van ASG": as "het bestuur"
    return (len(t.words(sentence)) < LABEL_WORDS or is_not_own(koers, sentence) or _points_elsewhere(named)
            or is_not_taken_up(named) or is_wish_only(koers, sentence) or is_list_of_means(sentence)
            or is_list_of_topics(sentence) or is_population(sentence) or is_composition(sentence))


def _half_of_a_board_sentence(koers: Koers, every: list[str], i: int) -> bool:
    """A board sentence split in two ("Alle medewerkers werken aan hun professionele ontwikkeling.
    Zij volgen cursussen van de ASG Academie."): each half alone repeats too little of it to be a
    restatement, the two together are one."""
    return ((i > 0 and is_split_board_sentence(koers, every[i - 1], every[i]))
            or (i + 1 < len(every) and is_split_board_sentence(koers, every[i], every[i + 1])))


# Every pointer pattern holds one of these words: a sentence without any is no pointer (most are not,
# and a substring test is far cheaper than the patterns).
_POINTER_WORDS = ("zie", "leest u", "te vinden", "aandacht", "volgens", "verwijzen", "beschreven", "hoofdstuk",
                  "staat op", "staan op", "lees je", "vindt u", "vind je",
                  "uitwerking",
                  "staat in", "staan in", "beschrijven", "waarden zijn", "samenwerkingsverband", "basiswaarden",
                  "vastgesteld", "afgestemd", "besproken", "herzien", "geëvalueerd", "geactualiseerd", "goedgekeurd",
                  "gepubliceerd", "opgesteld", "website", "intranet", "schoolapp")


def _points_elsewhere(sentence: str) -> bool:
    lowered = sentence.lower()
    if not any(word in lowered for word in _POINTER_WORDS):
        return False
    return bool(POINTER.search(sentence) or POINTER_SENTENCE.match(sentence))


# The caches below key on the text itself: after one edited answer, a re-check only redoes that answer.
@lru_cache(maxsize=8192)
def make_passages(koers: Koers, source: str, ref: str, element_id: str | None, body: str,
                  strict: bool = False) -> tuple[Passage, ...]:
    """Every own sentence, and every two own sentences that follow each other, as passages. A board
    sentence the school restates and then works out ("Wij willen een gastvrije school zijn. Daarom
    ...") is the topic of the sentence after it: the two are a passage, the restated one alone is not.
    ``strict`` (a restating plan, engine.restating_plan): each passage also says which of its concepts
    stand only in sentences without content of the school's own (Passage.plain)."""
    every = t.sentences(body)
    sentences = own_sentences(koers, body)
    topics: dict[str, str] = {}  # own sentence -> the restated sentence it works out
    for first, second in zip(every, every[1:]):
        if second not in sentences or not _says_something(koers, second) \
                or is_not_taken_up(as_the_board(koers, first)):
            continue
        same_paragraph = f"{first} {second}" in body
        # a wish or a problem counts with the sentence after it in its paragraph: "Het lerarentekort
        # raakt ook Almere Buiten. Het Vlot doet daarom mee in het opleidingspartnerschap ..."
        # (when it works the wish out: "De Kruidenwijk verandert." after "Wij willen samenwerken met
        # partners in de wijk." only sets the scene)
        if is_wish_only(koers, first) and same_paragraph and (
                ELABORATION.match(second) or WORKED_OUT.search(second)
                or (not ADDITION.match(second) and _same_subject(koers, first, second))):
            topics[second] = first
        elif (is_not_own(koers, first) and not is_template_sentence(first)
                and (ELABORATION.match(second) or (same_paragraph and not ADDITION.match(second)
                                                   and _same_subject(koers, first, second)))):
            topics[second] = first
    sentences = [x for s in sentences for x in ((topics[s], s) if s in topics else (s,))]
    found = [dict(sentence_concepts(koers, s)) for s in sentences]
    lemmas = [frozenset(lemma_sequence(s)) for s in sentences]
    # Which sentences hold content of the school's own (only asked in a restating plan): a restated
    # sentence or a wish takes the content of the sentence that works it out.
    topic = set(topics.values())
    # (a wish is no content of its own, also when it names a partner: "Wij willen graag de samenwerking
    # met de bibliotheek in Almere Buiten uitbreiden.")
    own = [not strict or (is_concrete(koers, s) and not WISH.match(s)) for s in sentences]
    for i, sentence in enumerate(sentences[:-1]):
        if sentence in topic and own[i + 1]:
            own[i] = True
    # A section's heading says what its sentences are about, as a reader takes it: its concepts of the
    # field (not its loose words) go with every passage under it.
    above = ({c: w for c, w in sentence_concepts(koers, ref) if not c.startswith("w:")}
             if source == "document" and ref not in ("", "document") else {})

    def passage(text: str, at: slice) -> Passage:
        merged: dict[str, float] = {}
        for part in found[at]:
            for concept, weight in part.items():
                merged[concept] = max(merged.get(concept, 0.0), weight)
        heading = frozenset(above) - frozenset(merged)
        merged.update({c: above[c] for c in heading})
        all_lemmas = frozenset().union(*lemmas[at])
        owned = own[at]
        if all(owned):  # (always, outside a restating plan)
            return Passage(source, ref, element_id, text, frozenset(merged), tuple(sorted(merged.items())),
                           all_lemmas, heading)
        with_content = frozenset(c for part, o in zip(found[at], owned, strict=True) if o for c in part)
        if any(owned):
            with_content |= heading  # the heading says what the content under it is about
        lemmas_with_content = frozenset().union(*(x for x, o in zip(lemmas[at], owned, strict=True) if o))
        return Passage(source, ref, element_id, text, frozenset(merged), tuple(sorted(merged.items())),
                       all_lemmas, heading, frozenset(merged) - with_content, all_lemmas - lemmas_with_content)

    paragraph = t.paragraph_of_sentences(body)
    out: dict[str, Passage] = {}  # one passage per distinct text: pasted material repeats itself
    for i, sentence in enumerate(sentences):
        if sentence not in out and sentence not in topic:
            out[sentence] = passage(sentence, slice(i, i + 1))
        # a topic pairs with the sentence that works it out, never with the one before it
        # and two sentences of one paragraph: two items of a list are two things
        if i + 1 < len(sentences) and sentences[i + 1] not in topic and (
                sentence in topic or paragraph.get(sentence) == paragraph.get(sentences[i + 1])):
            pair = f"{sentence} {sentences[i + 1]}"
            if pair not in out:
                out[pair] = passage(pair, slice(i, i + 2))
    return tuple(out.values())


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
    strong = any(not head and ((informative[i].recognition and w >= CORE_WEIGHT and (at_home or len(matched) > 1))
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
    return tuple(_prefer_own_chapter(koers, passage, hits))


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
