"""Dutch text for matching: words, stop words, stems (Snowball) and synonyms."""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache

import snowballstemmer
import yaml

from koerswijzer.paths import resources_dir

# Hyphenated compounds ("ASG-cultuur", "zij-instromers") count as their parts.
WORD = re.compile(r"[a-zà-ÿ0-9]+(?:'[a-zà-ÿ0-9]+)*", re.IGNORECASE)
MIN_LENGTH = 2  # "MR", "IB": short words are stop words or meaningful abbreviations
AFFIX_LENGTH = 6


_local = threading.local()


def _stemmer():  # type: ignore[no-untyped-def]
    """One stemmer per thread: the C stemmer (PyStemmer, when installed) is not safe to share, and
    the check runs in a worker thread while the window may stem too."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("dutch")
    return stemmer


@cache
def stop_words() -> frozenset[str]:
    text = (resources_dir() / "nl_stopwoorden.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


# Separable verbs split in a main clause: "collega's spreken elkaar aan als ...", "we stellen het
# perspectief naar boven bij". The particle ends its clause; read with the verb, it is the verb the
# school means ("aanspreken", "bijstellen"), as a reader hears it.
# ("binnen", "buiten", "tegen" and "rond" end a clause as adverbs more often: "de mensen binnen en buiten".)
PARTICLES = frozenset({"aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit",
                       "vast", "voor", "weg", "samen", "los", "neer", "voort", "dicht", "vooruit"})
# Words that start the next clause: a particle just before them ends its own.
CLAUSE_STARTS = frozenset({"als", "wanneer", "omdat", "zodat", "doordat", "terwijl", "dat", "die", "waar",
                           "waarin", "waarmee", "waarop", "zodra", "nadat", "voordat", "totdat", "en", "maar",
                           "of", "want", "dus", "zodra", "om"})
# Compounds written with a hyphen whose first part alone is a stop word: "zij-instroom" is no "instroom"
# of pupils.
_JOINED_PREFIX = re.compile(r"\b(zij)-(?=[a-zà-ÿ])", re.IGNORECASE)
_TOKEN = re.compile(WORD.pattern + r"|[.,;:!?()\[\]\u2013\u2014]", re.IGNORECASE)


# Words that show a sentence speaks of the vmbo's leerwegen.
LEERWEGEN = frozenset({"vmbo", "mavo", "kaderberoepsgericht", "basisberoepsgericht", "leerweg", "leerwegen", "tl", "gl",
                       "vmbo-tl", "vmbo-kader", "vmbo-basis"})


@lru_cache(maxsize=65536)
def reading_words(text: str) -> tuple[str, ...]:
    """The text's words as ``words`` gives them, with a separable verb's clause-final particle read
    as the whole verb and the verb's own place left empty ("spreken elkaar aan" -> "", "elkaar",
    "aanspreken"), one word for one, so positions stay those of ``words``."""
    out: list[str] = []
    clause: list[int] = []  # positions in out of the current clause's words
    if "-" in text:  # "zij-instromer" is one word: the "zij" of it is no pronoun
        text = _JOINED_PREFIX.sub(r"\1", text)
    tokens = _TOKEN.findall(text)
    for n, token in enumerate(tokens):
        word = token.lower()
        # "om" ends a clause ("zetten we in om ...") unless it is the particle itself ("gaan ermee om.")
        starts = word in CLAUSE_STARTS and not (word in PARTICLES and (n + 1 == len(tokens)
                                                                     or not WORD.fullmatch(tokens[n + 1])))
        if not WORD.fullmatch(token) or starts:
            _join_particle(out, clause)
            clause = []
            if not WORD.fullmatch(token):
                continue
        clause.append(len(out))
        out.append(word)
    _join_particle(out, clause)
    # "vmbo-kader", "basis en kader": the vmbo's kaderberoepsgerichte leerweg, not a frame ("binnen de
    # kaders van onze profilering").
    for i in range(1, len(out)):
        after_vmbo = out[i - 1] == "vmbo"
        after_level = i > 1 and out[i - 1] in ("en", "of") and out[i - 2] in ("basis", "basisberoepsgericht", "mavo",
                                                                           "tl", "gl")
        if out[i] == "kader" and (after_vmbo or after_level):
            out[i] = "kaderberoepsgericht"
        # "kaderklassen", "kaderleerlingen", "kaderafdeling": the same leerweg; and "kader" in a sentence
        # about the leerwegen ("een snuffelstage (mavo) of een beroepsoriënterende stage (kader)")
        elif out[i].startswith("kader") and out[i][5:].startswith(("klas", "leerling", "afdeling", "niveau", "groep")):
            out[i] = "kaderberoepsgericht"
        elif out[i] == "kader" and LEERWEGEN.intersection(out):
            out[i] = "kaderberoepsgericht"
    # "elkaar aan te spreken", "uit te dagen": the te-infinitive of a separable verb, read whole.
    for i in range(len(out) - 2):
        # ("om te werken" is a purpose clause, not "omwerken")
        if out[i] in PARTICLES and out[i] != "om" and out[i + 1] == "te" and len(out[i + 2]) >= 3:
            import simplemma

            if out[i + 2].endswith("n") and simplemma.is_known(out[i] + out[i + 2], lang="nl"):
                out[i + 2] = out[i] + out[i + 2]
                out[i] = ""
    return tuple(out)


def _join_particle(out: list[str], clause: list[int]) -> None:
    if len(clause) < 3 or out[clause[-1]] not in PARTICLES:
        return
    import simplemma

    particle = out[clause[-1]]
    for i in clause[:-1]:
        word = out[i]
        if len(word) < 3 or word in PARTICLES:
            continue
        # Only a verb: a form in -en ("zetten", "dagen") or a dictionary form, the infinitive, in -n
        # ("stelt" is "stellen"); "middelen" and "mensen" make no verb with a particle.
        for form in ((word,) if word.endswith("en") else ()) + (lemma(word),):
            if form.endswith("n") and len(form) >= 4 and simplemma.is_known(particle + form, lang="nl"):
                out[clause[-1]] = particle + form
                out[i] = ""  # the verb is read once, as the whole verb
                return


@cache
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


# Where the general lemmatiser reads a school word in its other sense: "ouder" (a parent) is not "oud".
# The irregular past of common verbs, which the lemmatiser's guess does not keep ("dacht" -> "denken").
LEMMA_OVERRIDES = {"ouder": "ouder", "dacht": "denken", "dachten": "denken", "bracht": "brengen",
                   "brachten": "brengen", "zocht": "zoeken", "zochten": "zoeken", "kocht": "kopen",
                   "kochten": "kopen"}


@cache
def lemma(word: str) -> str:
    """The dictionary form (simplemma): "gesprekken" is "gesprek", "zichtbaar" stays "zichtbaar"."""
    import simplemma

    if word in LEMMA_OVERRIDES:
        return LEMMA_OVERRIDES[word]
    # Separable verbs come back as "op_leiden", "aan_passen": the word is "opleiden".
    found = simplemma.lemmatize(word, lang="nl").lower().replace("_", "")
    # simplemma's guesses for unknown forms can be another word ("geloof" -> "wangeloven"); a
    # lemma that does not begin like the word (or like it without "ge-") is not trusted.
    trusted = (found[:3] in word[:5] or found[:2] == word[:2]
               or (word.startswith("ge") and found[:2] == word[2:4])  # "gehoord" -> "horen"
               or (len(word) <= 4 and found[:1] == word[:1]))  # "uren" -> "uur"
    if found == word and not simplemma.is_known(word, lang="nl"):
        return _compound_lemma(word)
    return found if trusted else word


COMPOUND_HEAD = 3  # the shortest first part of a compound
COMPOUND_TAIL = 4  # and the shortest last part


def _compound_lemma(word: str) -> str:
    """A compound the lemmatiser does not know takes its dictionary form from its last part:
    "leergemeenschappen" is "leergemeenschap" because "gemeenschappen" is "gemeenschap"."""
    import simplemma

    for cut in range(COMPOUND_HEAD, len(word) - COMPOUND_TAIL + 1):
        tail = word[cut:]
        if simplemma.is_known(tail, lang="nl"):
            base = lemma(tail)
            # Only an inflection ("gesprekken", "leden"); a verb read into an adjective is not
            # ("groepsdoorbrekend" is not "groepsdoorbreken").
            verb = base.endswith("en") and not tail.endswith(("en", "ens"))
            return word[:cut] + base if base != tail and base[:3] == tail[:3] and not verb else word
    return word


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order (stop words and short words dropped)."""
    stops = stop_words()
    return [stem(w) for w in words(text) if len(w) >= MIN_LENGTH and w not in stops and not w.isdigit()]


@cache
def _groups(extra: tuple[tuple[str, ...], ...] = ()) -> tuple[tuple[frozenset[str], frozenset[str],
                                                                     tuple[tuple[str, ...], ...]], ...]:
    """Per synonym group: every stem of its members, the one-word members' stems, and its
    multi-word members as stem sequences (resources/onderwijsbegrippen.yaml plus a koers's own)."""
    data = yaml.safe_load((resources_dir() / "onderwijsbegrippen.yaml").read_text(encoding="utf-8"))
    groups = []
    for group in [*(g["termen"] for g in data["begrippen"]), *extra]:
        members = [tuple(content_stems(phrase)) for phrase in group]
        members = [m for m in members if m]
        every = frozenset(s for m in members for s in m)
        if len(every) > 1:
            groups.append((every, frozenset(m[0] for m in members if len(m) == 1),
                           tuple(m for m in members if len(m) > 1)))
    return tuple(groups)


@cache
def _synonym_index(extra: tuple[tuple[str, ...], ...] = ()) -> dict[str, frozenset[str]]:
    """One-word member -> every stem of its groups. A word of a multi-word member ("school" in
    "passende school") does not call up the group on its own."""
    index: dict[str, set[str]] = {}
    for every, single, _phrases in _groups(extra):
        for member in single:
            index.setdefault(member, set()).update(every)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def _phrase_index(extra: tuple[tuple[str, ...], ...] = ()) -> tuple[tuple[str, frozenset[str]], ...]:
    """(" stem stem ", every stem of its groups) for each multi-word member."""
    found: dict[str, set[str]] = {}
    for every, _single, phrases in _groups(extra):
        for phrase in phrases:
            found.setdefault(f" {' '.join(phrase)} ", set()).update(every)
    return tuple((k, frozenset(v)) for k, v in found.items())


def expand(stems: set[str] | frozenset[str], extra: tuple[tuple[str, ...], ...] = (),
           sequences: list[list[str]] | None = None) -> set[str]:
    """The stems plus every synonym of them (``extra``: a koers's own synonym groups). A
    multi-word member counts only where its words stand together in one of ``sequences`` (the
    content stems of each sentence, in order)."""
    index = _synonym_index(extra)
    out = set(stems)
    for s in stems:
        out |= index.get(s, frozenset())
    if sequences:
        for sequence in sequences:
            joined = f" {' '.join(sequence)} "
            for phrase, group in _phrase_index(extra):
                if phrase in joined:
                    out |= group
    return out


# The check reads at most this many sentences of one text (about 6,000 words; an answer is meant
# to be 75 to 300). Pasted material beyond it is exported, but not read for congruence, so a
# check and an export stay fast whatever is pasted.
MAX_SENTENCES = 400


def sentences(text: str) -> list[str]:
    """Sentences and list items of a Markdown answer, without Markdown marks (the first
    MAX_SENTENCES of them)."""
    return list(_sentences(text))


@lru_cache(maxsize=256)  # the check reads one answer several times (evidence, copies, statutory items)
def _sentences(text: str) -> tuple[str, ...]:
    return tuple(sentence for _, sentence in _paragraph_sentences(text))[:MAX_SENTENCES]


@lru_cache(maxsize=256)
def _paragraph_sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(part number, sentence): a paragraph, and a list item, is split into its sentences; a list
    item's own number or bullet is no sentence. Prose paragraphs are part 0 together (a text runs on
    from one to the next); every list item is a part of its own, numbered from 1."""
    plain = re.sub(r"[*_`#>|]", " ", text[:MAX_SENTENCES * 400])
    out = []
    parts = re.split(r"(\n\s*[-+]\s+|\n\s*\d+[.)]\s+|\n{2,})", "\n\n" + plain)[1:]
    for n in range(0, len(parts) - 1, 2):
        separator, part = parts[n], parts[n + 1]
        item = separator.strip() or re.match(r"^\s*(?:[-+•–]|\d{1,2}[.)])\s+", part)
        part = re.sub(r"^\s*(?:[-+•–]|\d{1,2}[.)])\s+", "", part)
        number = n // 2 + 1 if item else 0
        out += [(number, " ".join(p.split())) for p in re.split(r"(?<=[.!?])\s+", part) if p and p.strip()]
    return tuple(out)


def paragraph_of_sentences(text: str) -> dict[str, int]:
    """Each sentence of ``sentences`` with its part: 0 for running prose, a number of its own for
    each list item."""
    out: dict[str, int] = {}
    for n, sentence in _paragraph_sentences(text):
        out.setdefault(sentence, n)
    return out


def content_words(text: str) -> list[str]:
    stops = stop_words()
    return [w for w in words(text) if len(w) >= MIN_LENGTH and w not in stops and not w.isdigit()]


def affixes(text: str) -> frozenset[str]:
    """Every prefix and suffix of at least AFFIX_LENGTH letters of the text's words: Dutch
    compounds put their head last ("zorgprofiel") and grow at the end ("medezeggenschapsraad")."""
    out: set[str] = set()
    for w in content_words(text):
        out |= _word_affixes(w)
    return frozenset(out)


@cache
def _word_affixes(word: str) -> frozenset[str]:
    out: set[str] = set()
    for form in (word, stem(word)):  # "lerarenopleiding" ends in the stem "opleid" of "opleiden"
        for i in range(AFFIX_LENGTH, len(form) + 1):
            out.add(form[:i])
            out.add(form[-i:])
    return frozenset(out)
