"""A target recognised by likeness to the board's examples (``voorbeelden:``, congruence/examples.py)."""

from __future__ import annotations

import re

from koerswijzer.congruence.engine import check
from koerswijzer.congruence.evidence import find_evidence, passage_targets
from koerswijzer.congruence.examples import example_model, example_target
from koerswijzer.congruence.passages import make_passages
from koerswijzer.koers.loader import parse_koers
from koerswijzer.koers.model import Koers
from test_congruence import content
from test_koers_errors import GOOD

# A target the lexicon knows no words for: only its text and its examples say what it is about.
TARGET = "Elke leerling heeft een zwemdiploma."
SWIMMING = [
    "Groep 5 en 6 gaan elke week met de bus naar het zwembad; de badmeester oefent watertrappen, duiken en "
    "onder water zwemmen, en in juni doen de kinderen afzwemmen voor het A-papiertje.",
    "Kinderen die na groep 6 nog niet kunnen zwemmen, krijgen extra lessen in het zwembad op woensdagmiddag, "
    "betaald uit het fonds van de gemeente, tot ze het A- en B-papiertje hebben.",
    "Het schoolzwemmen is terug: elke donderdag oefent de badmeester met groep 5 in het Bosbad, en bij het "
    "afzwemmen staan ouders op de tribune.",
]
PARENTS = [
    "Elke maand is er een koffieochtend voor vaders en moeders, en de ouderraad organiseert met het team "
    "het zomerfeest en de kerstmarkt.",
    "Op de startavond in september maken vaders en moeders kennis met de leerkracht; de nieuwsbrief komt "
    "elke vrijdag en de ouderraad denkt mee over de schoolreis.",
    "Vaders en moeders helpen bij de kerstmarkt en het zomerfeest, en op de koffieochtend bespreken we met "
    "de ouderraad wat beter kan in de nieuwsbrief.",
]
# a passage in none of the target's words
PASSAGE = ("Groep 5 gaat elke donderdag met de bus naar het Bosbad; de badmeester oefent daar watertrappen en "
           "duiken, en wie in juni het A-papiertje haalt, krijgt een oorkonde op het podium.")


def koers_with_examples() -> Koers:
    def listed(texts: list[str]) -> str:
        return "[" + ", ".join(f'"{x}"' for x in texts) + "]"
    text = GOOD.replace("        tekst: Alle leerlingen lezen met plezier.\n",
                        f"        tekst: {TARGET}\n        voorbeelden: {listed(SWIMMING)}\n")
    text = text.replace("        tekst: Ouders zijn betrokken.\n",
                        f"        tekst: Ouders zijn betrokken.\n        voorbeelden: {listed(PARENTS)}\n")
    return parse_koers(text, "proef.yaml")


def test_a_passage_most_like_a_targets_examples_addresses_it_in_its_own_chapter() -> None:
    koers = koers_with_examples()
    assert koers.find("leren-lezen").voorbeelden == tuple(SWIMMING)
    assert "leren-lezen" in passage_targets(koers, PASSAGE, "pijler-leren")
    # the evidence shows the passage's words that made it alike
    passages = list(make_passages(koers, "antwoord", "", "pijler-leren", PASSAGE))
    evidence = find_evidence(koers, passages)["leren-lezen"][0]
    assert evidence.matched_words and set(evidence.matched_words) <= set(re.findall(r"[\w-]+", PASSAGE.lower()))


def test_the_finding_says_the_passage_is_like_the_examples() -> None:
    koers = koers_with_examples()
    report = check(content(koers, {"leren-aanpak": PASSAGE}))
    assert report.targets["leren-lezen"].addressed
    messages = [f.message for f in report.element("pijler-leren").findings if "leren-lezen" in f.refs]
    assert messages and "(lijkt op de voorbeelden bij dit doel)" in messages[0]
    assert "**" in messages[0]  # the words that made it alike are shown


def test_likeness_alone_does_not_count_outside_the_targets_chapter() -> None:
    assert "leren-lezen" not in passage_targets(koers_with_examples(), PASSAGE, "pijler-samen")


def test_a_koers_without_examples_reads_as_before() -> None:
    plain = parse_koers(GOOD.replace("Alle leerlingen lezen met plezier.", TARGET), "proef.yaml")
    assert example_model(plain) is None
    assert "leren-lezen" not in passage_targets(plain, PASSAGE, "pijler-leren")


def test_a_short_line_is_too_short_to_be_alike() -> None:
    koers = koers_with_examples()
    assert example_target(koers, frozenset({"zwembad", "badmeester", "afzwemmen"})) is None


def test_the_asg_koers_has_examples_for_every_target_from_the_development_passages(asg: Koers) -> None:
    assert all(len(target.voorbeelden) >= 5 for target in asg.targets())
    assert example_model(asg) is not None


def test_the_asg_examples_are_the_development_passages_and_none_of_the_test_set(asg: Koers) -> None:
    """tools/voorbeelden.py wrote them from tests/congruence_dev/; not one comes from the test set."""
    import importlib.util
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location("voorbeelden", root / "tools" / "voorbeelden.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert {tid: tuple(texts) for tid, texts in tool.examples().items()} == {
        t.id: t.voorbeelden for t in asg.targets()}
    test_texts = {" ".join(str(item.get("tekst", "")).split())
                  for path in (root / "tests" / "congruence_test").glob("*.yaml")
                  for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or [])
                  if isinstance(item, dict)}
    assert len(test_texts) > 100 and not test_texts & {x for t in asg.targets() for x in t.voorbeelden}
