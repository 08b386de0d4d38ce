"""The passages of a school's text that can be evidence: every own sentence, and every two own
sentences that follow each other. A sentence that says nothing of the school's own is left out
first: a restated board sentence or Koerswijzer's template text (:mod:`koerswijzer.congruence.restated`),
a label, a pointer elsewhere, what the school does not take up, a wish alone, a list of means
(:mod:`koerswijzer.congruence.empty`). Which targets a passage addresses is judged in
:mod:`koerswijzer.congruence.evidence`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from koerswijzer.congruence import text as t
from koerswijzer.congruence.concepts import (
    PUPIL_WORDS,
    STAFF_WORDS,
    as_the_board,
    board_compounds,
    lemma_sequence,
    lexicon,
    sentence_concepts,
    together_groups,
    zipf,
)
from koerswijzer.congruence.empty import (
    FIGURE,
    WISH,
    is_composition,
    is_concrete,
    is_list_of_means,
    is_list_of_topics,
    is_mention,
    is_not_taken_up,
    is_population,
    is_wish_only,
)
from koerswijzer.congruence.restated import is_not_own, is_split_board_sentence, is_template_sentence
from koerswijzer.koers.model import Koers


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
    # "De schoolgids beschrijft hoe we ouders informeren.", "Het veiligheidsplan regelt wie wat doet."
    r"|\W*(?:het|ons|onze|de) [\w-]*(?:profiel|plan|gids|beleid|statuut|protocol|handboek|reglement)\b"
    r"(?: [^.;:,]{0,30})? (?:beschrijft|beschrijven|regelt|regelen|legt vast) (?:hoe|wat|welke|wie|wanneer|waar)\b[^:;]*$"
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


# What one feels or notices, told to the reader: "Dat voel je als je binnenloopt.", "Dat zien we aan de
# sfeer.", "We merken het aan het enthousiasme van onze leerlingen." A claim about how the school is, not
# what it does (with a figure it is a result: "We zien het aan 85% tevreden ouders").
FELT = re.compile(r"\W*(?:(?:dat|dit|het) (?:voel(?:t|en)?|merk(?:t|en)?|zie(?:t|n)?|proef(?:t)?|proeven|ervaar(?:t)?|"
                  r"ervaren) (?:je|u|men|iedereen|we|wij)\b"
                  r"|(?:we|wij) (?:merken|zien|voelen) (?:het|dat|dit) (?:aan|in|bij)\b)(?![^.;:]*\d)", re.IGNORECASE)
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


MOTTO_WORDS = 7  # a board sentence as a paragraph's motto is short; set on the development plans


def _motto_worked_out(body: str, first: str, second: str) -> bool:
    """A short board sentence that opens its paragraph is the paragraph's motto ("We leggen de lat
    hoger."), and a sentence after it with a figure works it out."""
    opens = body.startswith(first) or bool(re.search(r"\n\s*" + re.escape(first), body))
    return opens and len(t.words(first)) <= MOTTO_WORDS and bool(FIGURE.search(second))


def _same_subject(koers: Koers, first: str, second: str) -> bool:
    """The sentence after a restated board sentence, in the same paragraph, works it out when it
    speaks of the same concept of the field: "Wij hebben zicht op de onderwijsbehoeftes van onze
    leerlingen. Elke leerling voert drie keer per jaar een kindgesprek ..." (a list of methods after
    it does not)."""
    a, b = _telling(koers, first), _telling(koers, second)
    if (a & b) - _people_concepts(koers):
        return True
    # one word of the koers in two forms the lemmatiser keeps apart ("horizonten" -> "horizont", "horizon")
    words = [{c[2:] for c, weight in sentence_concepts(koers, x) if c.startswith("w:") and len(c) >= 8
              and weight >= SAME_SUBJECT_WORD} for x in (first, second)]
    return any((x.startswith(y) or y.startswith(x)) and (zipf(x) > 0 or zipf(y) > 0)
               for x in words[0] for y in words[1])


@lru_cache(maxsize=8)
def _people_concepts(koers: Koers) -> frozenset[str]:
    """What a word for people alone brings ("medewerkers", "collega's"): two sentences about staff
    are not about one subject for that ("Onze medewerkers voelen zich betrokken bij en trots op onze
    school. De gemiddelde leeftijd in het team is 44 jaar.")."""
    return frozenset(c for word in STAFF_WORDS | PUPIL_WORDS for c, _ in sentence_concepts(koers, word)
                     if not c.startswith("w:"))


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


# Whose a thing is adds nothing to a label: "– de klachtenregeling van ASG;" names one document.
_OF_THE_BOARD = re.compile(r"\b(?:van|bij|binnen) het bestuur\b", re.IGNORECASE)


@lru_cache(maxsize=65536)  # per sentence: after one edited answer only its new sentences are read again
def says_nothing_itself(koers: Koers, sentence: str) -> bool:
    """A label, a restated board sentence, a pointer, what is not taken up, a wish alone, a bare
    mention, a list of means or of topics alone, who the pupils are, who sits in a body, or what one
    feels there."""
    named = as_the_board(koers, sentence)  # "ASKO schrijft ...", "een taak van ASG": as "het bestuur"
    return (len(t.words(_OF_THE_BOARD.sub(" ", named))) < LABEL_WORDS or is_not_own(koers, sentence)
            or _points_elsewhere(named) or is_not_taken_up(named) or is_wish_only(koers, sentence)
            or is_mention(koers, sentence) or is_list_of_means(sentence) or is_list_of_topics(sentence)
            or is_population(sentence) or is_composition(sentence) or bool(FELT.match(sentence)))


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
                  "staat in", "staan in", "beschrijven", "beschrijft", "regelt", "regelen", "legt vast",
                  "waarden zijn", "samenwerkingsverband", "basiswaarden",
                  "vastgesteld", "afgestemd", "besproken", "herzien", "geëvalueerd", "geactualiseerd", "goedgekeurd",
                  "gepubliceerd", "opgesteld", "website", "intranet", "schoolapp")


def _points_elsewhere(sentence: str) -> bool:
    lowered = sentence.lower()
    if not any(word in lowered for word in _POINTER_WORDS):
        return False
    return bool(POINTER.search(sentence) or POINTER_SENTENCE.match(sentence))


def _run_in_labels(koers: Koers, body: str) -> dict[str, dict[str, float]]:
    """The concepts of the field of a label that opens a paragraph, for each sentence after it in that
    paragraph: "Lerarentekort." before "Samen met de andere besturen in Almere ...". """
    out: dict[str, dict[str, float]] = {}
    for paragraph in re.split(r"\n\s*\n", body):
        parts = t.sentences(paragraph)
        if len(parts) > 1 and len(t.words(parts[0])) < LABEL_WORDS:
            concepts = {c: w for c, w in sentence_concepts(koers, parts[0]) if not c.startswith("w:")}
            for sentence in parts[1:] if concepts else ():
                out.setdefault(sentence, concepts)
    return out


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
        # a sentence works out the one before it only with content of the school's own: a comment
        # ("Die betrokkenheid is er vooral op schoolniveau.") works nothing out
        if second not in sentences or not _says_something(koers, second) or not is_concrete(koers, second) \
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
                                                   and (_same_subject(koers, first, second)
                                                        or _motto_worked_out(body, first, second))))):
            topics[second] = first
    sentences = [x for s in sentences for x in ((topics[s], s) if s in topics else (s,))]
    found = [dict(sentence_concepts(koers, s)) for s in sentences]
    lemmas = [frozenset(lemma_sequence(board_compounds(koers, s))) for s in sentences]
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
    # So does a label that opens a paragraph ("Lerarentekort. Samen met de andere besturen ..."): a
    # heading in the run of the text.
    run_in = _run_in_labels(koers, body)

    def passage(text: str, at: slice) -> Passage:
        merged: dict[str, float] = {}
        for part in found[at]:
            for concept, weight in part.items():
                merged[concept] = max(merged.get(concept, 0.0), weight)
        above_here = above
        if run_in and any(x in run_in for x in sentences[at]):
            above_here = dict(above)
            for x in sentences[at]:
                above_here.update(run_in.get(x, {}))
        all_lemmas = frozenset().union(*lemmas[at])
        # a two-part term, in one sentence or across two ("Met twee mavo-scholen van ASG hebben we
        # afspraken gemaakt. Wie naar havo 4 wil, volgt een schakelprogramma.")
        for concept, weight in together_groups(lexicon(koers), all_lemmas).items():
            merged[concept] = max(merged.get(concept, 0.0), weight)
        heading = frozenset(above_here) - frozenset(merged)
        merged.update({c: above_here[c] for c in heading})
        owned = own[at]
        if all(owned):  # (always, outside a restating plan)
            return Passage(source, ref, element_id, text, frozenset(merged), tuple(sorted(merged.items())),
                           all_lemmas, heading)
        lemmas_with_content = frozenset().union(*(x for x, o in zip(lemmas[at], owned, strict=True) if o))
        with_content = frozenset(c for part, o in zip(found[at], owned, strict=True) if o for c in part)
        with_content |= together_groups(lexicon(koers), lemmas_with_content).keys()
        if any(owned):
            with_content |= heading  # the heading says what the content under it is about
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
