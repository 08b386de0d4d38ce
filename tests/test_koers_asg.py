"""ASG Koers 22 is built in, verbatim: 45 targets and 41 centrale vragen."""

from __future__ import annotations

import re

from koerswijzer.koers.model import Koers
from koerswijzer.koers.schema import ID_PATTERN
from conftest import FIXTURES

EXPECTED = {
    # element id: (soort, titel, targets, questions)
    "gezien-worden": ("kernwaarde", "Gezien worden", 3, 3),
    "open": ("kernwaarde", "Open", 3, 3),
    "vooruitstrevend": ("kernwaarde", "Vooruitstrevend", 3, 3),
    "ambitieus": ("kernwaarde", "Ambitieus", 3, 3),
    "venster-1": ("venster", "Goed en toegankelijk onderwijs", 8, 8),
    "venster-2": ("venster", "Personeel in positie", 10, 10),
    "venster-3": ("venster", "De meerwaarde van ASG", 7, 6),
    "venster-4": ("venster", "Partnerschap", 8, 5),
}


def folded(text: str) -> str:
    """Letters and punctuation only: the PDF's line breaks, hyphenation splits ("com- municatie")
    and bullet markers vanish, while every word must still stand in the same order."""
    return re.sub(r"[\s-]+", "", text)


def seed_letters() -> str:
    text = (FIXTURES / "seeds" / "asg-koers-22.txt").read_text(encoding="utf-8")
    return folded(text.replace(" z ", " "))


def test_the_koerswijzer_has_four_kernwaarden_and_four_vensters_in_order(asg: Koers) -> None:
    assert [e.id for e in asg.elements] == list(EXPECTED)
    for element in asg.elements:
        soort, titel, n_targets, n_questions = EXPECTED[element.id]
        assert (element.soort, element.titel) == (soort, titel)
        assert len(element.targets) == n_targets, element.id
        assert len(element.questions) == n_questions, element.id
        assert not any(q.standaard for q in element.questions)


def test_in_total_45_targets_and_41_centrale_vragen(asg: Koers) -> None:
    assert len(asg.targets()) == 45
    assert len(asg.questions()) == 41
    assert asg.summary() == "8 elementen, 45 doelen, 41 centrale vragen"


def test_every_target_question_and_kader_is_verbatim_from_the_seed(asg: Koers) -> None:
    seed = seed_letters()
    texts = [t.tekst for t in asg.targets()] + [q.tekst for q in asg.questions()]
    texts += [k.tekst for k in asg.kaders]
    missing = [t for t in texts if folded(t) not in seed]
    assert missing == []


def test_pdf_order_is_undone_for_venster_1_and_3(asg: Koers) -> None:
    v1 = asg.element("venster-1")
    assert v1.questions[0].tekst == (
        "Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?"
    )
    v3 = asg.element("venster-3")
    assert v3.questions[0].tekst == "Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?"
    assert v3.questions[-1].tekst == "Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?"


def test_hyphenated_line_breaks_are_joined(asg: Koers) -> None:
    texts = " ".join(q.tekst for q in asg.questions()) + " ".join(t.tekst for t in asg.targets())
    assert "communicatiestijl" in texts
    assert "com- " not in texts
    # A hyphen followed by a space is only right before "en"/"of" ("leer- en zorgbehoeftes").
    assert re.findall(r"\w- (?!en |of )", texts) == []


def test_missie_visie_kernwaarden_and_kaders_are_there(asg: Koers) -> None:
    assert asg.missie is not None and asg.missie.kernzin == "Samen kleur geven aan goed onderwijs"
    assert asg.visie is not None and asg.visie.tekst.startswith("De maatschappij verandert snel")
    assert asg.element("gezien-worden").beschrijving.startswith("Iedereen bij ASG is waardevol")
    assert len(asg.kaders) == 6
    assert any("horizon" in s.titel.lower() for s in asg.secties)


def test_ids_are_stable_words_not_positions(asg: Koers) -> None:
    ids = [e.id for e in asg.walk()] + [t.id for t in asg.targets()] + [q.id for q in asg.questions()]
    assert len(ids) == len(set(ids))
    assert all(ID_PATTERN.match(i) for i in ids)
    assert not any(re.search(r"\.(d|v)-\d+$", i) for i in ids)
