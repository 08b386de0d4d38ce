"""Sentences that are not the school's own words: the board's sentences restated, and
Koerswijzer's own template sentences. Neither counts as evidence that a plan addresses a target.

Judged per sentence, after the words a plan uses for itself ("ASG", "wij", "onze school") are set
aside: a sentence is restated when nearly all its remaining words come from one board sentence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import combinations

from koerswijzer.congruence import text as t
from koerswijzer.congruence.concepts import (
    INFORMATIVE,
    self_words,
    STAFF_WORDS,
    ensure_frequencies,
    lemma_sequence,
    word_weight,
    zipf,
)
from koerswijzer.congruence.empty import NUMBER_WORDS, is_concrete
from koerswijzer.koers.model import Koers

# A sentence may add this share of words of its own (at least one) and still be the board's.
OWN_WORDS_ALLOWED = 0.25  # (rounded: two of six words)
MIN_SHARED = 2
BOARD_COVERED = 0.5  # and it must repeat this share of the board sentence's words
FIELD_TERM = 0.8  # a word this rare (concepts.word_weight) names an arrangement, it does not reword
STEM_SHARE = 0.65  # ... and this share of the shorter word ("communic-eren", "communic-atie")
STEM_TAIL = 4  # ... and neither runs on for more than a suffix ("onderzoeks-cyclus" is no "onderzoeks-vraag")
STEM = 7  # letters two words must share at their start to be one stem in another word class
PART_WORDS = 3  # a sentence of this many words, every one the board's, restates part of a longer one
PART_COVERED = 0.4  # (and repeats this share of it)
CLAUSE_WORDS = 3  # a clause after a colon with this many words of its own is judged on its own
# Words that add a judgement or emphasis, not content: they do not make a board sentence the school's own.
FILLER = frozenset({"belangrijk", "belang", "vinden", "heel", "zeer", "erg", "echt", "groot", "graag", "zeker",
                    "natuurlijk", "uiteraard", "nadrukkelijk", "goed", "team", "stichting", "passen", "deel",
                    "uit_maken", "uitmaken", "maken", "staan", "gaan", "nu", "vanzelfsprekend", "passend",
                    "altijd", "steeds", "telkens", "dag", "elk", "ieder"})
# The school naming its own kind before its name ("OBS De Regenboog") stands where the board wrote "ASG".
SCHOOL_KINDS = frozenset({"obs", "cbs", "pcbs", "kbs", "rkbs", "pcb", "ikc", "sbo"})


# A wish or intention before the board's words: it adds no content of the school's own.
FRAMING = re.compile(
    r"\s*(?:(?:ook|daarbij|daarom|daarnaast)\s+)?"
    r"(?:(?:wij|we|ons team|onze school|het team|de school)\s+(?:streven|willen|wensen)\s+(?:ernaar\s+)?"
    r"(?:graag\s+)?(?:dat|om)|(?:wij|we|ons team|onze school|het team|de school)\s+(?:wil|willen)\s+(?:graag\s+)?"
    r"(?=\w+\s+\w+)|(?:ons|het)\s+doel\s+is\s+(?:dat|om)|(?:het\s+is\s+)?onze\s+ambitie\s+"
    r"(?:is\s+)?(?:dat|om)|(?:wij|we)\s+vinden\s+het\s+(?:heel\s+)?belangrijk\s+(?:dat|om)|"
    r"voor\s+ons\s+betekent\s+dit\s+dat|(?:wij|we)\s+zorgen\s+ervoor\s+dat|"
    r"(?:de\s+komende\s+jaren\s+)?(?:(?:werken|gaan)\s+(?:wij|we)|(?:wij|we)\s+(?:werken|gaan))\s+"
    r"(?:eraan|ervoor)\s+(?:werken\s+)?dat|"
    r"ook\s+(?:op|bij|voor)\s+onze\s+school\s+geldt)\b[:,]?\s*",
    re.IGNORECASE)


# A reason or purpose after a sentence ("..., want kinderen leren ook buiten de school").
REASON = re.compile(r",?\s+(?:want|omdat|zodat|doordat)\s+", re.IGNORECASE)


# The everyday words for the same people: "ons personeel" or "het team" restates "medewerkers",
# "kinderen" restates "leerlingen".
PEOPLE = {**dict.fromkeys(STAFF_WORDS | {"leerkracht", "docent", "team"}, "medewerker"),
          **dict.fromkeys(("kind", "scholier", "jongere", "jong"), "leerling")}
# Who a sentence names ("leerlingen, ouders en bezoekers") stands where the board wrote "iedereen":
# naming people adds no content of the school's own.
ANYONE = frozenset({"medewerker", "leerling", "ouder", "verzorger", "bezoeker", "gast", "iedereen", "mens",
                    "iemand", "elkaar", "volwassene"})


@lru_cache(maxsize=65536)
def _lemmas(koers: Koers, text: str) -> frozenset[str]:
    own = self_words(koers)
    return frozenset(PEOPLE.get(x, x) for x in lemma_sequence(text, other_boards=False) if x not in own)


@cache
def _board_lemma_sets(koers: Koers) -> tuple[frozenset[str], ...]:
    """The lemma sets of every sentence the board wrote: targets, questions, descriptions, missie,
    visie, kaders and sections."""
    ensure_frequencies(koers)  # for word_weight in _covered
    return tuple(lemmas for body in _board_texts(koers) for sentence in _board_sentences_and_clauses(body)
                 if (lemmas := _lemmas(koers, sentence)))


def _board_sentences_and_clauses(body: str | None) -> list[str]:
    """The board's sentences, and the parts of a sentence around a colon or semicolon: "De kwaliteit
    van ons onderwijs is en blijft op orde." restates the first part of the board's sentence."""
    out = []
    for sentence in t.sentences(body or ""):
        out.append(sentence)
        parts = [p for p in re.split(r"[:;]\s+", sentence) if len(p.split()) >= 4]
        if len(parts) > 1:
            out += parts
    return out


@cache
def _board_texts(koers: Koers) -> tuple[str, ...]:
    texts: list[str] = [koers.titel]
    for element in koers.walk():
        texts.append(element.titel)
        texts += [element.beschrijving, *(x.tekst for x in element.targets), *(q.tekst for q in element.questions)]
        texts += [s.tekst for s in element.secties]
    for statement in (koers.missie, koers.visie):
        if statement is not None:
            texts += [statement.kernzin, statement.tekst]
    texts += [k.tekst for k in koers.kaders] + [s.tekst for s in koers.secties]
    return tuple(texts)


@cache
def _board_word_runs(koers: Koers) -> tuple[str, ...]:
    """The board's sentences as runs of words, "ASG", "wij" and the like left out, padded with
    spaces for a whole-word search; only runs of three words or more."""
    ensure_frequencies(koers)  # for _everyday, on the tail
    own = self_words(koers)
    runs = {" ".join(w for w in t.words(sentence) if w not in own)
            for body in _board_texts(koers) for sentence in _board_sentences_and_clauses(body)}
    return tuple(f" {run} " for run in runs if run.count(" ") >= 2)


def _board_words_with_a_tail(koers: Koers, sentence: str) -> bool:
    """A board sentence word for word, with a tail of everyday words ("Wij geven altijd het beste van
    onszelf, ook op de moeilijke dagen."): emphasis, not an arrangement of the school's own."""
    own = self_words(koers)
    plain = " " + " ".join(w for w in t.words(sentence) if w not in own) + " "
    for run in _board_word_runs(koers):
        if run in plain:
            rest = _lemmas(koers, plain.replace(run, " ", 1))
            if all(_everyday(x) for x in rest):
                return True
    return False


@cache
def board_sentences(koers: Koers) -> tuple[frozenset[str], ...]:
    """The board's sentences of two words or more beyond "ASG", "wij" and the like."""
    return tuple(lemmas for lemmas in _board_lemma_sets(koers) if len(lemmas) >= MIN_SHARED)


@cache
def _short_board_sentences(koers: Koers) -> frozenset[frozenset[str]]:
    """The board's sentences of one word beyond "ASG", "wij" and the like."""
    return frozenset(lemmas for lemmas in _board_lemma_sets(koers) if len(lemmas) < MIN_SHARED)


@cache
def _board_numbers(koers: Koers) -> frozenset[str]:
    return frozenset(re.findall(r"\d+", koers.source_text))


# A figure written out ("Twee docenten volgen de master ...") is a figure of the school's own too,
# unless the board sentence it is compared with has it ("de drie horizonten").
_NUMBER_WORD = re.compile(NUMBER_WORDS, re.IGNORECASE)


def _number_words(text: str) -> frozenset[str]:
    return frozenset(x.lower() for x in _NUMBER_WORD.findall(text))


@cache
def _index(koers: Koers) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for i, lemmas in enumerate(board_sentences(koers)):
        for x in lemmas:
            index.setdefault(x, []).append(i)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _stem_index(koers: Koers) -> dict[str, tuple[int, ...]]:
    """Board sentences by the first STEM letters of their long words: "communiceren" finds the
    sentence with "communicatie" (``_shared_stem``)."""
    index: dict[str, set[int]] = {}
    for i, lemmas in enumerate(board_sentences(koers)):
        for x in lemmas:
            if len(x) >= STEM:
                index.setdefault(x[:STEM], set()).add(i)
    return {k: tuple(sorted(v)) for k, v in index.items()}


@lru_cache(maxsize=262144)  # the same word against the same board sentence, over and over
def _covered(koers: Koers, word: str, board: frozenset[str], groups: frozenset[str]) -> bool:
    if word in board:
        return True
    # "onderwijsbehoeftes" restates "(onderwijs)behoeftes"; "ASG-cultuur" restates "cultuur".
    if any(len(b) >= 5 and (word.startswith(b) or word.endswith(b) or (len(b) >= 6 and b in word)) for b in board):
        return True
    # One stem, another word class: "communiceren" restates "communicatie", "veranderen" "verandering".
    if len(word) >= 7 and any(len(b) >= 7 and _shared_stem(word, b) for b in board):
        return True
    # and the other way round: the board's "onderwijsbehoeftes" is restated by "behoeftes", its
    # "levensfase" by "fase" and "leven".
    if len(word) >= 4 and any(len(b) >= len(word) + 4 and (b.endswith(word) or b.startswith(word)) for b in board):
        return True
    # A word of the same concept group: "gastvrijheid" restates "welkom", lightly reworded. A rare
    # term of the field is not a rewording but the school's own arrangement: "driehoeksgesprekken"
    # does not restate "ouders zijn betrokken".
    return not _groups(koers, word).isdisjoint(groups) and word_weight((word,)) < FIELD_TERM


def _shared_stem(a: str, b: str) -> bool:
    """The two words begin alike for at least STEM letters and most of the shorter one."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= STEM and n >= STEM_SHARE * min(len(a), len(b)) and max(len(a), len(b)) - n <= STEM_TAIL


@lru_cache(maxsize=65536)
def _groups(koers: Koers, word: str) -> frozenset[str]:
    """The concept groups of one lemma, as the check reads them (a term that general words
    reduce to nothing telling, "team scholen", is not a group's word)."""
    from koerswijzer.congruence.concepts import lexicon

    return lexicon(koers).single.get(word, frozenset())


@cache
def _board_groups(koers: Koers) -> tuple[frozenset[str], ...]:
    return tuple(frozenset().union(*(_groups(koers, x) for x in lemmas)) if lemmas else frozenset()
                 for lemmas in board_sentences(koers))


@cache
def _group_index(koers: Koers) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for i, groups in enumerate(_board_groups(koers)):
        for g in groups:
            index.setdefault(g, []).append(i)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=65536)
def is_restated(koers: Koers, sentence: str) -> bool:
    """True when the sentence says what a board sentence says, in the board's words (or words of
    the same concept)."""
    # "Alle medewerkers werken aan hun professionele ontwikkeling: dit jaar volgt het hele team ...":
    # the board's sentence as a heading for what the school does is the school's own.
    # Two board sentences joined by ", en dat" ("Voor ons betekent dit dat wij aandacht hebben voor het
    # welbevinden ..., en dat iedereen aantoonbaar werkt aan ...") are judged clause by clause as well.
    # "Wij willen nauw samenwerken met partners in de wijk, want kinderen leren ook buiten de school":
    # a reason after the board's sentence says why, not what the school does.
    reason = REASON.search(sentence)
    if (reason and not is_concrete(koers, sentence[reason.end():])
            and is_restated(koers, sentence[:reason.start()])):
        return True
    clauses = [c for c in re.split(r"[:;]\s+|,\s+en\s+dat\s+", sentence) if len(_lemmas(koers, c)) >= CLAUSE_WORDS]
    if len(clauses) > 1:
        # and a board sentence with its own words spelled out after the colon ("... langs de drie
        # horizonten: continue, fundamentele en radicale veranderingen") is the board's as a whole
        return all(is_restated(koers, c) for c in clauses) or _restated_whole(koers, sentence)
    return _restated_whole(koers, sentence)


def _restated_whole(koers: Koers, sentence: str) -> bool:
    ensure_frequencies(koers)  # for _everyday, before any word is judged
    # "Wij streven ernaar dat ...", "Ons doel is dat ...": the board's sentence as the school's wish
    # is still the board's sentence.
    framed = FRAMING.match(sentence)
    if framed and len(_lemmas(koers, sentence[framed.end():])) >= MIN_SHARED:
        sentence = sentence[framed.end():]
    # A name ("het Waterkant Lyceum", "De Morgenster") stands where the board wrote "ASG": the
    # school naming itself does not make the board's sentence its own.
    own = _lemmas(koers, sentence) - _names(sentence) - SCHOOL_KINDS
    if not set(re.findall(r"\d+", sentence)) <= _board_numbers(koers):
        return False  # a figure of its own ("4,2% verzuim") is the school's content; "Koers 22" is not
    if len(own) < MIN_SHARED:  # "Wij geven altijd het beste van onszelf": the board's sentence, word for word
        return bool(own) and own in _short_board_sentences(koers)
    # "Wij geven elke dag het beste van onszelf, voor elk kind.": a one-word board sentence with
    # everyday words and people around it
    rest = frozenset(x for x in own if x not in FILLER and x not in ANYONE and not _everyday(x))
    if any(short <= own and rest <= short for short in _short_board_sentences(koers)):
        return True
    # "..., ook op de moeilijke dagen": a tail of everyday words adds emphasis, not an arrangement.
    if _board_words_with_a_tail(koers, sentence):
        return True
    own_groups = frozenset().union(*(_groups(koers, x) for x in own))
    # Only board sentences that share at least half of the sentence's words (or their concepts)
    # are compared in full: a restatement shares nearly all of them.
    hits: dict[int, int] = {}
    index, group_index, stems = _index(koers), _group_index(koers), _stem_index(koers)
    for x in own:
        for i in (set(index.get(x, ())) | {i for g in _groups(koers, x) for i in group_index.get(g, ())}
                  | set(stems.get(x[:STEM], ()) if len(x) >= STEM else ())):
            hits[i] = hits.get(i, 0) + 1
    needed = max(1, len(own - FILLER) // 2)
    candidates = [i for i, n in hits.items() if n >= needed]
    sentences = board_sentences(koers)
    groups = _board_groups(koers)
    allowed = max(1, int(OWN_WORDS_ALLOWED * len(own) + 0.5))  # rounded half up
    numerals = _number_words(sentence)
    for i in candidates:
        board = sentences[i]
        if not numerals <= board:
            continue
        shared = sum(1 for x in own if _covered(koers, x, board, groups[i]))
        repeated = sum(1 for x in board if _covered(koers, x, own, own_groups))
        # Words the sentence adds that say nothing of its own ("en dat vinden wij heel belangrijk").
        # Nor do the people it names, or everyday words ("zo houden we ons onderwijs van deze tijd").
        added = sum(1 for x in own if not _covered(koers, x, board, groups[i]) and x not in FILLER
                    and x not in ANYONE and not _everyday(x))
        # Nearly all of the sentence is the board's, and it says most of what the board's says.
        if shared >= MIN_SHARED and added <= allowed and repeated >= BOARD_COVERED * len(board):
            return True
        # Or every word of it is the board's, and it says part of a long board sentence: "We hebben
        # lef en durven te experimenteren." of "We hebben lef, durven te experimenteren, dingen uit te
        # proberen en ze zo leuker en beter te maken."
        if added == 0 and shared >= PART_WORDS and repeated >= PART_COVERED * len(board):
            return True
    # Two board sentences run together ("Wij zijn gastvrij en hebben hoge verwachtingen"): each is
    # repeated for the most part, and together they leave the sentence nearly nothing of its own.
    halves = sorted((i for i, n in hits.items() if n >= max(MIN_SHARED, len(own) // 4)), key=lambda i: (-hits[i], i))[:8]
    repeats = {i: sum(1 for x in sentences[i] if _covered(koers, x, own, own_groups)) >= BOARD_COVERED * len(sentences[i])
               for i in halves}
    whole = [i for i in halves if repeats[i]]
    # Stricter than for one sentence: every word is literally the board's (or of its concept group).
    for a, b in combinations(whole, 2):
        literal = sentences[a] | sentences[b]
        shared = sum(1 for x in own if x in literal or not _groups(koers, x).isdisjoint(groups[a] | groups[b]))
        if shared >= 2 * MIN_SHARED and shared == len(own):
            return True
    return False


@lru_cache(maxsize=65536)
def is_split_board_sentence(koers: Koers, first: str, second: str) -> bool:
    """Two sentences that are one board sentence split in two ("Alle medewerkers werken aantoonbaar
    aan hun professionele ontwikkeling. Zij volgen cursussen van de ASG Academie."): each half alone
    repeats too little of it to be a restatement. Stricter than one sentence: neither half adds a
    word of its own."""
    if not set(re.findall(r"\d+", first + " " + second)) <= _board_numbers(koers):
        return False
    halves = [_lemmas(koers, x) - _names(x) - SCHOOL_KINDS - FILLER for x in (first, second)]
    if not all(halves):
        return False
    own = halves[0] | halves[1]
    index, sentences, groups = _index(koers), board_sentences(koers), _board_groups(koers)
    own_groups = frozenset().union(*(_groups(koers, x) for x in own))
    for i in set().union(*(index.get(x, ()) for x in own)):
        board = sentences[i]
        if all(_covered(koers, x, board, groups[i]) for x in own) \
                and sum(1 for x in board if _covered(koers, x, own, own_groups)) >= BOARD_COVERED * len(board):
            return True
    return False


def _everyday(word: str) -> bool:
    """A word so common in Dutch ("dag", "moeilijk", "vaak") that it adds no content of its own.
    Only words whose frequency was read count: an unknown word is taken as the school's own."""
    return zipf(word) > 0 and word_weight((word,)) < INFORMATIVE


def _names(sentence: str) -> frozenset[str]:
    """The lemmas of the capitalised words after a sentence's first word: names."""
    words = re.findall(r"[\w'-]+", sentence)[1:]
    return frozenset(t.lemma(w.lower()) for w in words if w[:1].isupper() and not w.isupper())


# Sentences of earlier versions' templates: documents exported then still reach the board.
EARLIER_TEMPLATES = (
    "In dit hoofdstuk beschrijft {{ s }} hoe zij invulling geeft aan {{ e }} uit {{ k }}.",
)


@cache
def _template_patterns() -> tuple[re.Pattern[str], ...]:
    """Koerswijzer's own fixed sentences, from its templates, with the filled-in values left open."""
    from koerswijzer.paths import templates_dir

    patterns = []
    sources = ([path.read_text(encoding="utf-8") for path in sorted(templates_dir().glob("*.md.j2"))]
               + list(EARLIER_TEMPLATES))
    for text in sources:
        source = re.sub(r"\{%.*?%\}", " ", text.replace("*", ""))
        for line in source.splitlines():
            if line.startswith("|") or not line.strip():
                continue
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                literal = re.sub(r"\{\{.*?\}\}", " ", sentence)
                if len(literal.split()) < 4:
                    continue
                parts = re.split(r"(\{\{.*?\}\})", sentence.strip())
                regex = "".join(".{0,160}?" if p.startswith("{{") else r"\s*".join(map(re.escape, p.split()))
                                for p in parts)
                patterns.append(re.compile(regex, re.IGNORECASE))
    return tuple(patterns)


@lru_cache(maxsize=65536)
def is_template_sentence(sentence: str) -> bool:
    plain = " ".join(sentence.replace("*", "").split())
    return any(p.fullmatch(plain) for p in _template_patterns())


def is_not_own(koers: Koers, sentence: str) -> bool:
    """A restated board sentence or one of Koerswijzer's template sentences."""
    return is_template_sentence(sentence) or is_restated(koers, sentence)
