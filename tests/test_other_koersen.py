"""A plan on another board's koers (ASKO: ambities with speerpunten) works end to end."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from koerswijzer.export import export_plan
from koerswijzer.koers.registry import resolve_koers
from koerswijzer.plan import Profile, Schoolplan
from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.main_window import MainWindow
from ui_helpers import navigator_text


def test_a_director_under_asko_answers_a_speerpunt_and_exports(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asko = resolve_koers("asko-koersplan-2023-2027")
    path = tmp_path / "asko.schoolplan"
    speerpunt = asko.element("speerpunt-1a")
    with Schoolplan.create(path, asko, Profile("Basisschool De Notenkraker", 2023, 2027)) as plan:
        plan.save_answer(speerpunt.questions[0].id, "Over vier jaar werkt elk team met kwaliteitskaarten. " * 6)
    window.open_plan(path)
    assert navigator_text(window, "speerpunt-1a") == f"1/{len(speerpunt.questions)}"
    assert navigator_text(window, "ambitie-1").startswith("1/")
    window.navigator.select("element", "speerpunt-1a")
    page = window.pages.currentWidget()
    assert isinstance(page, ElementPage)
    assert len(page.editors) == len(speerpunt.questions)
    assert len(page.stance_rows) == len(speerpunt.targets)
    # The speerpunt shows its own open points: its unanswered questions, not its siblings'.
    window.recheck()  # waits, without blocking the window, until the word lists are read
    qtbot.waitUntil(lambda: window.report is not None, timeout=15000)
    shown = window.report.findings_for(asko, speerpunt)
    own = {q.id for q in speerpunt.questions}
    referred = {r for f in shown for r in f.refs if r in {q.id for q in asko.questions()}}
    assert own - {speerpunt.questions[0].id} <= referred <= own  # none of speerpunt 1b's questions
    assert "Open punten" in page.points.text()
    target = tmp_path / "asko.docx"
    export_plan(window.plan, target)
    headings = [(p.style.name, p.text) for p in docx.Document(str(target)).paragraphs
                if p.style.name.startswith("Heading")]
    assert ("Heading 1", asko.element("ambitie-1").label) in headings
    assert ("Heading 2", speerpunt.label) in headings


ASG_WORDS = re.compile(r"\b(ASG|Almeerse|Waar willen we staan|kernwaarden?|vensters?|Koers 22)\b", re.IGNORECASE)


@pytest.mark.parametrize("koers_ref", ["asko-koersplan-2023-2027", "swv-ondersteuningsplan-2025-2029", "eigen"])
def test_a_plan_on_another_koers_speaks_that_koers_language_with_nothing_of_asg(
    koers_ref: str, tmp_path: Path
) -> None:
    from koerswijzer.cli import main
    from test_koers_errors import GOOD

    ref = koers_ref
    if koers_ref == "eigen":
        ref = str(tmp_path / "eigen.yaml")
        Path(ref).write_text(GOOD, encoding="utf-8")
    plan = tmp_path / "plan.schoolplan"
    assert main(["nieuw", str(plan), "--koers", ref, "--school", "De Proeftuin", "--periode", "2027-2031"]) == 0
    with Schoolplan.open(plan) as opened:
        question = opened.koers.questions()[0]
        opened.save_answer(question.id, "Wij werken met leerteams die elke maand samen lessen voorbereiden.")
        koers = opened.koers
    for fmt in ("md", "html", "docx"):
        assert main(["export", str(plan), "-o", str(tmp_path / f"plan.{fmt}")]) == 0
    text = (tmp_path / "plan.md").read_text(encoding="utf-8")
    text += "\n".join(p.text for p in docx.Document(str(tmp_path / "plan.docx")).paragraphs)
    # The board's own texts may use any word ("onze kernwaarden" in ASKO's); ours may not.
    source = " ".join(koers.source_text.split()).lower()
    leaks = [m for m in ASG_WORDS.finditer(text)
             if " ".join(text[max(0, m.start() - 30):m.end() + 30].split()).lower() not in source
             and " ".join(text[m.start():m.end() + 40].split()).lower() not in source
             and " ".join(text[max(0, m.start() - 40):m.end()].split()).lower() not in source]
    assert not leaks, [text[max(0, m.start() - 60):m.end() + 60] for m in leaks]
    assert koers.titel in text and koers.bestuur in text
    assert koers.opbouw() in text
    assert koers.kopje("doelen") in text
    # The chapter intro is written once per chapter, not for every part of it.
    assert text.count("In dit hoofdstuk beschrijft") <= len(koers.elements) * 2  # md + docx


def test_the_asg_plan_keeps_its_own_words(demo_copy: Path, tmp_path: Path) -> None:
    from koerswijzer.cli import main

    assert main(["export", str(demo_copy), "-o", str(tmp_path / "plan.md")]) == 0
    text = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert "Waar willen we staan?" in text
    assert "Het plan volgt de kernwaarden en vensters van de koers" in text


def test_a_boards_own_short_name_is_no_concept_of_its_targets() -> None:
    """ASKO's targets say "ASKO" as ASG's say "ASG": a plan that names its board ("wij zijn een
    ASKO-school") says nothing about them. Before, "asko" weighed as a rare word in six targets."""
    from koerswijzer.congruence.concepts import self_words, target_concepts
    from koerswijzer.congruence.evidence import passage_targets

    asko = resolve_koers("asko-koersplan-2023-2027")
    assert {"asko"} <= self_words(asko) and "asko" not in self_words(resolve_koers("asg-koers-22"))
    assert not [tc.target.id for tc in target_concepts(asko) for slot in tc.slots if "asko" in slot.lemmas]
    assert passage_targets(asko, "Wij zijn een school van ASKO, net als veertig andere ASKO-scholen in de stad.",
                           None) == set()
