"""What a received document says about itself, read as a person reads it: the plan period, the
MR's consent and whether the school is openbaar.

Each fact is read from where schools put it: the title and cover ("Schoolplan 2023-2027"), the
colofon (Koerswijzer's own table, or a sentence), and the running text. A fact the document does
not state is ``None``: unknown, not a failure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

YEAR = r"(20[0-9]{2})"
# "2023-2027", "2023 – 2027", "2023/2027", "2023 t/m 2027", "2023 tot en met 2027"
SPAN = re.compile(YEAR + r"\s*(?:[-–—/]|t/m|tot en met|tot)\s*" + YEAR)
# "schooljaren 2023-2024 tot en met 2026-2027", "2023-2024 t/m 2026-2027"
SCHOOL_YEARS = re.compile(YEAR + r"\s*[-–/]\s*" + YEAR + r"\s*(?:t/m|tot en met|tot|[-–])\s*" + YEAR + r"\s*[-–/]\s*" + YEAR)
PERIOD_WORDS = re.compile(r"schoolplan|planperiode|periode|schooljaren|looptijd|geldt (?:voor|van)|voor de jaren",
                          re.IGNORECASE)

MR = r"(?:\bmr\b|medezeggenschapsraad|medezeggenschap)"
CONSENT = re.compile(
    MR + r"[^.;]{0,120}?(?:heeft|hebben|gaf|gaven|is akkoord)?[^.;]{0,40}?(?:ingestemd|instemming (?:gegeven|verleend)|"
    r"stemde in|stemt in|akkoord gegaan|goedgekeurd)"
    r"|(?:met|na) (?:de )?instemming van de " + MR
    + r"|instemming (?:van de )?" + MR + r"[^.;]{0,40}?(?:op|d\.d\.|datum)?\s*[0-9]",
    re.IGNORECASE)
NO_CONSENT = re.compile(r"nog (?:geen|niet) (?:ingestemd|instemming|verleend)|instemming volgt|ter instemming voorgelegd "
                        r"(?:wordt|zal)|(?:datum|instemming) volgt", re.IGNORECASE)

OPENBAAR_NAME = re.compile(r"^\s*(?:obs|o\.b\.s\.|openbare?)\b", re.IGNORECASE)
OPENBAAR_TEXT = re.compile(r"\b(?:wij zijn|is) een openbare (?:basis)?school|(?<!geen )\bopenbare (?:basis)?school\b|"
                           # "een openbaar (integraal) kindcentrum", "een openbare vmbo-school"
                           r"(?<!geen )\b(?:een|onze|ons) openbaa?re? (?:[\w-]+ )?(?:[\w-]*school|kindcentrum|ikc|"
                           r"scholengemeenschap|lyceum|college|mavo)\b|"
                           r"\bopenbaar onderwijs\b|\bopenbare scholengemeenschap\b|\bopenbare identiteit\b",
                           re.IGNORECASE)
BIJZONDER_TEXT = re.compile(r"\b(?:christelijke?|katholieke?|protestants|gereformeerde?|islamitische?|hindoeïstische?|"
                            r"joodse?|algemeen[- ]bijzondere?|bijzondere school|bijzonder onderwijs|levensbeschouwelijke "
                            r"grondslag)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DocumentFacts:
    period: tuple[int, int] | None  # (first calendar year, last calendar year)
    mr_consent: bool | None
    denominatie: str | None  # "openbaar", "bijzonder" or None


def plan_period(title: str, cover: str, text: str) -> tuple[int, int] | None:
    """The plan period, from the title, the cover, or a sentence that speaks of the plan's period."""
    for source in (title, cover):
        found = _span(source)
        if found:
            return found
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if PERIOD_WORDS.search(sentence):
            found = _span(sentence)
            if found:
                return found
    return None


def _span(text: str) -> tuple[int, int] | None:
    match = SCHOOL_YEARS.search(text)
    if match:
        first, last = int(match.group(1)), int(match.group(4))
        if 0 < last - first <= 8:
            return first, last
    for match in SPAN.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if 1 < last - first <= 8:  # "2023-2024" is one school year, not a plan period
            return first, last
    return None


def mr_consent(colofon_value: str | None, text: str) -> bool | None:
    """True when the document says the MR consented; False when it says it has not (yet), or names
    the MR only as a sounding board; None when it does not speak of it."""
    if colofon_value is not None:
        value = colofon_value.strip().lower()
        if re.search(r"[0-9]", value) or value in ("ja", "verleend", "gegeven"):
            return True
        return False
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        if NO_CONSENT.search(sentence) and re.search(MR, sentence, re.IGNORECASE):
            return False
        if CONSENT.search(sentence) and not re.search(r"\bklankbord|meegelezen|besproken met", sentence,
                                                     re.IGNORECASE):
            return True
    return False if re.search(MR, text, re.IGNORECASE) else None


def denominatie(school: str, stated: str | None, text: str) -> str | None:
    if stated:
        return "openbaar" if "openbaar" in stated.lower() else "bijzonder"
    if OPENBAAR_NAME.search(school) or OPENBAAR_TEXT.search(text):
        return "openbaar"
    if BIJZONDER_TEXT.search(school) or BIJZONDER_TEXT.search(text):
        return "bijzonder"
    return None
