"""Dutch text for matching: words, stop words, stems (Snowball) and synonyms."""

from __future__ import annotations

import re
from functools import cache

import snowballstemmer
import yaml

from koerswijzer.paths import resources_dir

# Hyphenated compounds ("ASG-cultuur", "zij-instromers") count as their parts.
WORD = re.compile(r"[a-zà-ÿ0-9]+(?:'[a-zà-ÿ0-9]+)*", re.IGNORECASE)
MIN_LENGTH = 2  # "MR", "IB": short words are stop words or meaningful abbreviations
AFFIX_LENGTH = 6


@cache
def _stemmer():  # type: ignore[no-untyped-def]
    return snowballstemmer.stemmer("dutch")


@cache
def stop_words() -> frozenset[str]:
    text = (resources_dir() / "nl_stopwoorden.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


@cache
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order (stop words and short words dropped)."""
    stops = stop_words()
    return [stem(w) for w in words(text) if len(w) >= MIN_LENGTH and w not in stops and not w.isdigit()]


@cache
def synonym_groups(extra: tuple[tuple[str, ...], ...] = ()) -> tuple[frozenset[str], ...]:
    """Groups of stems that mean the same here: resources/synoniemen.yaml plus a koers's own."""
    data = yaml.safe_load((resources_dir() / "synoniemen.yaml").read_text(encoding="utf-8"))
    groups = []
    for group in [*data["groepen"], *extra]:
        stems = frozenset(s for phrase in group for s in content_stems(phrase))
        if len(stems) > 1:
            groups.append(stems)
    return tuple(groups)


@cache
def _synonym_index(extra: tuple[tuple[str, ...], ...] = ()) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for group in synonym_groups(extra):
        for member in group:
            index.setdefault(member, set()).update(group)
    return {k: frozenset(v) for k, v in index.items()}


def expand(stems: set[str] | frozenset[str], extra: tuple[tuple[str, ...], ...] = ()) -> set[str]:
    """The stems plus every synonym of them (``extra``: a koers's own synonym groups)."""
    index = _synonym_index(extra)
    out = set(stems)
    for s in stems:
        out |= index.get(s, frozenset())
    return out


def sentences(text: str) -> list[str]:
    """Sentences and list items of a Markdown answer, without Markdown marks."""
    plain = re.sub(r"[*_`#>|]", " ", text)
    parts = re.split(r"(?<=[.!?])\s+|\n\s*[-+]\s+|\n\s*\d+[.)]\s+|\n{2,}", plain)
    return [" ".join(p.split()) for p in parts if p and p.strip()]


def content_words(text: str) -> list[str]:
    stops = stop_words()
    return [w for w in words(text) if len(w) >= MIN_LENGTH and w not in stops and not w.isdigit()]


def affixes(text: str) -> frozenset[str]:
    """Every prefix and suffix of at least AFFIX_LENGTH letters of the text's words: Dutch
    compounds put their head last ("zorgprofiel") and grow at the end ("medezeggenschapsraad")."""
    out: set[str] = set()
    for w in content_words(text):
        for form in (w, stem(w)):  # "lerarenopleiding" ends in the stem "opleid" of "opleiden"
            for i in range(AFFIX_LENGTH, len(form) + 1):
                out.add(form[:i])
                out.add(form[-i:])
    return frozenset(out)
