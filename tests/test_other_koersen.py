"""A plan on another board's koers (ASKO: ambities with speerpunten) works end to end."""

from __future__ import annotations

from pathlib import Path

import docx

from koerswijzer.export import export_plan
from koerswijzer.koers.registry import resolve_koers
from koerswijzer.plan import Profile, Schoolplan
from koerswijzer.ui.element_page import ElementPage
from koerswijzer.ui.main_window import MainWindow
from ui_helpers import navigator_text


def test_a_director_under_asko_answers_a_speerpunt_and_exports(window: MainWindow, tmp_path: Path) -> None:
    asko = resolve_koers("asko-koersplan-2023-2027")
    path = tmp_path / "asko.schoolplan"
    speerpunt = asko.element("speerpunt-1a")
    with Schoolplan.create(path, asko, Profile("Basisschool De Notenkraker", 2023, 2027)) as plan:
        plan.save_answer(speerpunt.questions[0].id, "Over vier jaar werkt elk team met kwaliteitskaarten.")
    window.open_plan(path)
    assert navigator_text(window, "speerpunt-1a") == f"1/{len(speerpunt.questions)}"
    assert navigator_text(window, "ambitie-1").startswith("1/")
    window.navigator.select("element", "speerpunt-1a")
    page = window.pages.currentWidget()
    assert isinstance(page, ElementPage)
    assert len(page.editors) == len(speerpunt.questions)
    assert len(page.stance_rows) == len(speerpunt.targets)
    # The speerpunt shows its own open points: its unanswered questions, not its siblings'.
    window.recheck()
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
