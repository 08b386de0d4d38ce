"""The shape of a koers file (format 1), as data the validator walks.

A field is ``(kind, required)``. Kinds: ``str`` (any scalar, kept as written), ``int``,
``ints`` (list of int), ``strs`` (list of str), ``map`` (str to str), ``NAME`` (an object of that schema) and
``[NAME]`` (a list of such objects). docs/koersbestand.md describes the same fields for users;
keep the two in step.
"""

from __future__ import annotations

import re

Field = tuple[str, bool]

SCHEMAS: dict[str, dict[str, Field]] = {
    "koers": {
        "formaat": ("int", True),
        "id": ("str", True),
        "titel": ("str", True),
        "bestuur": ("str", True),
        "periode": ("str", True),
        "versie": ("str", True),
        "bron": ("str", False),
        "denominatie": ("str", False),
        "soorten": ("map", False),
        "kopjes": ("map", False),
        "missie": ("statement", False),
        "visie": ("statement", False),
        "kaders": ("[kader]", False),
        "secties": ("[sectie]", False),
        "standaardvragen": ("[vraag]", False),
        "congruentie": ("congruentie", False),
        "elementen": ("[element]", True),
    },
    "congruentie": {
        "min_woorden": ("int", False),
        "max_prioriteiten": ("int", False),
        "synoniemen": ("strs", False),
        "oordeel": ("[oordeelregel]", False),
    },
    "oordeelregel": {
        "soort": ("str", True),
        "sterk_vanaf": ("int", False),
        "concrete_doelen": ("str", False),
        "aanbod": ("str", False),
        "doorlopend": ("str", False),
    },
    "statement": {
        "kernzin": ("str", False),
        "tekst": ("str", False),
    },
    "kader": {
        "id": ("str", True),
        "tekst": ("str", True),
        "titel": ("str", False),
    },
    "sectie": {
        "titel": ("str", True),
        "tekst": ("str", True),
    },
    "element": {
        "id": ("str", True),
        "soort": ("str", True),
        "titel": ("str", True),
        "nummer": ("str", False),
        "beschrijving": ("str", False),
        "secties": ("[sectie]", False),
        "doelen": ("[doel]", False),
        "vragen": ("[vraag]", False),
        "standaardvragen": ("[vraag]", False),
        "planning": ("[planning]", False),
        "onderdelen": ("[element]", False),
    },
    "doel": {
        "id": ("str", True),
        "tekst": ("str", True),
        "toelichting": ("str", False),
        "stelligheid": ("str", False),
        "geldt_voor": ("str", False),
        "indicator": ("str", False),
        "nulmeting": ("str", False),
        "streefwaarde": ("str", False),
        "termijn": ("str", False),
        "herkenning": ("strs", False),
        "plaatsing": ("strs", False),
        "doelgroep": ("str", False),
        "mijlpalen": ("[mijlpaal]", False),
        "uitvoering": ("str", False),
        "over": ("str", False),
        "bewijs": ("str", False),
        "voorbeelden": ("strs", False),
    },
    "mijlpaal": {
        "waarde": ("str", True),
        "termijn": ("str", True),
    },
    "vraag": {
        "id": ("str", True),
        "tekst": ("str", True),
        "toelichting": ("str", False),
    },
    "planning": {
        "tekst": ("str", True),
        "jaren": ("ints", True),
    },
}

FORMAT_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9]+([._-][a-z0-9]+)*$")
SOORT_PATTERN = re.compile(r"^[a-z][a-z0-9_-]*$")
PERIODE_PATTERN = re.compile(r"^(\d{4})\s*[-–]\s*(\d{4})$")
STELLIGHEID = ("garantie", "afspraak", "streven")
UITVOERING = ("scholen", "bestuur")
OVER = ("medewerkers", "leerlingen")  # whom a target is about, as the lexicon's ``over:``
# What shows that a plan takes a target up: its own words and the lexicon (the default), or only the
# board's herkenning terms (a target about the board's own strategy, in words every plan uses otherwise).
BEWIJS = ("herkenning",)
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ISSUES = 50

# Dutch names of the kinds, for messages.
KIND_NAMES = {
    "str": "een tekst",
    "int": "een geheel getal",
    "ints": "een lijst met jaartallen, zoals [2025, 2026]",
    "map": "een lijst van 'soort: Meervoud'-regels",
    "strs": "een lijst met teksten",
}
