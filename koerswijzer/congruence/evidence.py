"""Textual evidence: which passages of the school's text address which board target.

A target's content words are weighted by how rare they are among all targets of the koers
(IDF), so "vitale werknemers" weighs on *vitaal*, not on *werknemers*. A passage addresses a
target when it covers enough of that weight, counting synonyms (resources/synoniemen.yaml).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from koerswijzer.congruence import text as t
from koerswijzer.koers.model import Koers, Target

# A passage in the target's own element needs less to count than one elsewhere in the plan.
THRESHOLD_OWN = 0.25
THRESHOLD_ELSEWHERE = 0.65
SINGLE_WORD_SHARE = 0.0


@dataclass(frozen=True, slots=True)
class Passage:
    source: str  # "antwoord" or "doel"
    ref: str  # question id, or goal id as text
    element_id: str | None
    text: str
    stems: frozenset[str]  # with synonyms
    affixes: frozenset[str] = frozenset()  # word beginnings and endings, for compounds


@dataclass(frozen=True, slots=True)
class Evidence:
    target_id: str
    source: str
    ref: str
    passage: str
    matched: tuple[str, ...]  # the target's stems the passage contains
    target_words: tuple[str, ...]  # the target's own words of those stems (for compounds)
    synonyms: tuple[tuple[str, ...], ...]
    score: float

    @property
    def matched_words(self) -> tuple[str, ...]:
        """The passage's words that made the match: same stem, a synonym, or a compound with it.
        Worked out only when shown: a check produces far more evidence than anyone reads."""
        wanted = set(self.matched)
        long_words = [w for w in self.target_words if len(w) >= t.AFFIX_LENGTH]
        words = []
        for w in t.content_words(self.passage):
            s = t.stem(w)
            if s in wanted or t.expand({s}, self.synonyms) & wanted or any(
                    w.startswith(x) or w.endswith(x) for x in long_words):
                words.append(w)
        return tuple(dict.fromkeys(words))

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


@dataclass(frozen=True)
class TargetProfile:
    target: Target
    weights: dict[str, float]  # stem -> IDF weight
    words: dict[str, tuple[str, ...]]  # stem -> the target's words with that stem

    def __post_init__(self) -> None:
        long_words = {s: frozenset(w for w in ws if len(w) >= t.AFFIX_LENGTH) for s, ws in self.words.items()}
        object.__setattr__(self, "_long", long_words)
        object.__setattr__(self, "_stems", frozenset(self.weights))
        object.__setattr__(self, "_all_long", frozenset().union(*long_words.values()))

    def matches(self, passage: Passage) -> list[str]:
        """The target's stems the passage contains: as a stem (or synonym), or inside a compound."""
        if self._stems.isdisjoint(passage.stems) and self._all_long.isdisjoint(passage.affixes):
            return []
        return [s for s in self.weights if s in passage.stems or not self._long[s].isdisjoint(passage.affixes)]

    @property
    def total(self) -> float:
        return sum(self.weights.values()) or 1.0


def _distinct(stems: set[str]) -> set[str]:
    """Drop a stem that begins a longer one of the same target ("medezeggenschap" in
    "medezeggenschapsraad"): one school word would otherwise count twice."""
    return {s for s in stems if not any(o != s and o.startswith(s) for o in stems)}


@cache
def _profiles(koers: Koers) -> tuple[TargetProfile, ...]:
    targets = koers.targets()
    stems_per_target = [_distinct(set(t.content_stems(target.tekst))) for target in targets]
    df = Counter(s for stems in stems_per_target for s in stems)
    n = len(targets)
    profiles = []
    for target, stems in zip(targets, stems_per_target, strict=True):
        by_stem: dict[str, list[str]] = {}
        for word in t.content_words(target.tekst):
            by_stem.setdefault(t.stem(word), []).append(word)
        profiles.append(TargetProfile(target, {s: math.log((n + 1) / (df[s] + 0.5)) for s in stems},
                                      {s: tuple(by_stem.get(s, ())) for s in stems}))
    return tuple(profiles)


@cache
def _index(koers: Koers) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], frozenset[str], frozenset[str]]:
    """Which targets (by position in the target profiles) have a stem, and which a long word that a
    compound in the school's text can contain: a passage is only compared with those targets."""
    by_stem: dict[str, set[int]] = {}
    by_word: dict[str, set[int]] = {}
    for i, profile in enumerate(_profiles(koers)):
        for stem in profile.weights:
            by_stem.setdefault(stem, set()).add(i)
        for word in profile._all_long:  # type: ignore[attr-defined]
            by_word.setdefault(word, set()).add(i)
    return ({k: tuple(v) for k, v in by_stem.items()}, {k: tuple(v) for k, v in by_word.items()},
            frozenset(by_stem), frozenset(by_word))


def candidates(koers: Koers, passage: Passage) -> list[TargetProfile]:
    """The targets that share a stem or a compound part with the passage, in koers order."""
    by_stem, by_word, stems, words = _index(koers)
    found: set[int] = set()
    for stem in passage.stems & stems:  # set intersection walks the smaller side
        found.update(by_stem[stem])
    for part in passage.affixes & words:
        found.update(by_word[part])
    every = _profiles(koers)
    return [every[i] for i in sorted(found)]


# The caches below key on the text itself: after one edited answer, a re-check only redoes that answer.
@lru_cache(maxsize=8192)
def make_passages(source: str, ref: str, element_id: str | None, body: str,
                  synonyms: tuple[tuple[str, ...], ...] = ()) -> tuple[Passage, ...]:
    """Windows of two consecutive sentences (context enough, still pointing at one place), and
    the whole text as one more passage: an answer can address a target across its sentences."""
    sentences = t.sentences(body)
    ordered = [t.content_stems(x) for x in sentences]
    stems = [set(x) for x in ordered]
    affixes = [t.affixes(x) for x in sentences]
    spans = [(i, min(i + 2, len(sentences))) for i in range(max(1, len(sentences) - 1))] if sentences else []
    if len(sentences) > 2:
        spans.append((0, len(sentences)))
    return tuple(
        Passage(source, ref, element_id, " ".join(sentences[a:b]),
                frozenset(t.expand(set().union(*stems[a:b]), synonyms, ordered[a:b])), frozenset().union(*affixes[a:b]))
        for a, b in spans
    )


@lru_cache(maxsize=16384)
def _hits(koers: Koers, passage: Passage) -> tuple[Evidence, ...]:
    """Every target this one passage addresses."""
    hits = []
    for profile in candidates(koers, passage):
        target = profile.target
        matched = profile.matches(passage)
        own = passage.element_id == target.element_id
        # In the target's own element one distinctive word can be enough ("... wordt gezien" for
        # "Iedereen bij ASG is waardevol en wordt gezien"); elsewhere in the plan it takes two.
        if len(matched) < (1 if own else min(2, len(profile.weights))):
            continue
        score = sum(profile.weights[s] for s in matched) / profile.total
        if len(matched) == 1 < len(profile.weights) and score < SINGLE_WORD_SHARE:
            continue  # one word alone must carry a good part of the target
        threshold = THRESHOLD_OWN if own else THRESHOLD_ELSEWHERE
        if score >= threshold:
            hits.append(Evidence(target.id, passage.source, passage.ref, passage.text, tuple(matched),
                                 tuple(w for m in matched for w in profile.words[m]),
                                 koers.congruentie.synoniemen, round(score, 2)))
    return tuple(hits)


def find_evidence(koers: Koers, passages: list[Passage]) -> dict[str, list[Evidence]]:
    """For every target, the passages that address it, best first."""
    found: dict[str, list[Evidence]] = {}
    for passage in passages:
        for hit in _hits(koers, passage):
            found.setdefault(hit.target_id, []).append(hit)
    return {tid: sorted(hits, key=lambda e: -e.score) for tid, hits in found.items()}


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
    scores = {}
    for eid, weights in element_profiles(koers).items():
        dot = sum(weights.get(s, 0.0) * c for s, c in bag.items())
        norm = math.sqrt(sum(w * w for w in weights.values())) * math.sqrt(sum(c * c for c in bag.values()))
        scores[eid] = dot / norm if norm else 0.0
    return scores


@cache
def generic_stems(koers: Koers) -> frozenset[str]:
    """Stems that occur in the texts of three or more top-level elements: they say little about
    which element a text belongs to."""
    counts = Counter(s for weights in element_profiles(koers).values() for s in weights)
    return frozenset(s for s, n in counts.items() if n >= 3)
