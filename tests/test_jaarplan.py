"""The living plan in the core: jaarplannen from the meerjarenplanning, actions, carrying over,
quarterly marks with measured values, evidence, the yearly evaluation, and the plan's history."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from koerswijzer.plan import Schoolplan
from koerswijzer.plan.jaarplannen import Jaarplannen, hoe_steps
from koerswijzer.plan.schoolplan import PlanInputError
from koerswijzer.plan.voortgang import MAX_EVIDENCE_BYTES, Voortgang

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_jaarplan_holds_the_years_goals_with_the_steps_of_their_hoe(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        planned = [g for g in plan.goals() if g.schooljaar == 2025]
        jaarplan = Jaarplannen(plan).make(2025)
        assert jaarplan.label == "Jaarplan 2025–2026"
        assert [d.goal.id for d in jaarplan.doelen] == [g.id for g in planned]
        first = jaarplan.doelen[0]
        assert [a.tekst for a in first.acties] == hoe_steps(first.goal.hoe) and first.acties
        assert all(a.wie == first.goal.eigenaar and a.status == "niet_gestart" for a in first.acties)
        with pytest.raises(PlanInputError, match="bestaat al"):
            Jaarplannen(plan).make(2025)
        with pytest.raises(PlanInputError, match="valt buiten de planperiode 2024–2028"):
            Jaarplannen(plan).make(2028)


def test_actions_take_who_when_and_cost_and_refuse_what_is_no_month_or_number(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        store = Jaarplannen(plan)
        doel = store.make(2025).doelen[0]
        actie = store.add_action(doel.id, "Ouderavond over burgerschap", wie="Lotte", wanneer="okt–dec",
                                 uren="12", euros="1.250")
        assert (actie.wanneer, actie.uren, actie.euros) == ("2025-10/2025-12", 12, 1250)
        before, after = store.set_action(actie.id, status="loopt")
        assert before.status == "niet_gestart" and after.status == "loopt"
        for field, value, message in (("wanneer", "maandag", "geen maand"), ("uren", "veel", "geen aantal uren"),
                                      ("wanneer", "augustus 2027", "valt buiten het schooljaar 2025–2026"),
                                      ("status", "klaar", "geen status")):
            with pytest.raises(PlanInputError, match=message):
                store.set_action(actie.id, **{field: value})
        kept = store.delete_action(actie.id)
        assert all(a.tekst != "Ouderavond over burgerschap" for a in store.get(2025).doel(doel.goal.id).acties)
        store.restore_action(*kept)
        restored = store.get(2025).doel(doel.goal.id).acties[-1]
        assert (restored.tekst, restored.status, restored.euros) == ("Ouderavond over burgerschap", "loopt", 1250)


def test_an_unfinished_goal_carries_over_with_its_open_actions_and_a_reason(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        store = Jaarplannen(plan)
        doel = store.make(2025).doelen[1]
        done, *rest = doel.acties
        store.set_action(done.id, status="afgerond")
        with pytest.raises(PlanInputError, match="Geef een reden"):
            store.carry_over(doel.id, " ")
        carried = store.carry_over(doel.id, "De werkgroep startte pas in januari.")
        assert carried.carried_from_year == 2025 and carried.carry_reason == "De werkgroep startte pas in januari."
        assert [a.tekst for a in carried.acties] == [a.tekst for a in rest]
        assert store.years() == [2025, 2026]
        assert any("doorgeschoven naar 2026–2027" in line for _, line in store.history())


def test_quarter_marks_take_a_measured_value_and_refuse_bad_input(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        voortgang = Voortgang(plan)
        goal = plan.goals()[2]
        before, after = voortgang.mark(goal.id, "2026-Q1", "aandacht", "Twee groepen nog niet gestart.", "7")
        assert before is None and after.waarde == 7.0
        voortgang.mark(goal.id, "Q2 2026", "op_koers", "", "9,5")
        assert voortgang.stands()[(goal.id, "2026-Q2")].waarde_text == "9,5"
        assert voortgang.compare("2026-Q2").beter == (goal.id,)
        with pytest.raises(PlanInputError, match="‘veel’ is geen getal"):
            voortgang.mark(goal.id, "2026-Q2", "op_koers", "", "veel")
        with pytest.raises(PlanInputError, match="valt buiten de planperiode"):
            voortgang.mark(goal.id, "2029-Q1", "op_koers")
        with pytest.raises(PlanInputError, match="geen kwartaal"):
            voortgang.mark(goal.id, "voorjaar", "op_koers")
        assert voortgang.stands()[(goal.id, "2026-Q2")].waarde == 9.5  # nothing lost by the refusals


def test_evidence_is_a_note_a_copied_file_or_a_path_and_too_large_is_refused(demo_copy: Path, tmp_path: Path) -> None:
    report = tmp_path / "peiling.pdf"
    report.write_bytes(b"%PDF-1.4 peiling")
    huge = tmp_path / "film.mp4"
    with huge.open("wb") as out:
        out.truncate(MAX_EVIDENCE_BYTES + 1)
    with Schoolplan.open(demo_copy) as plan:
        voortgang = Voortgang(plan)
        goal = plan.goals()[0].id
        voortgang.add_note(goal, "2026-Q2", "Verslag van het ouderpanel in de map MR.")
        copied = voortgang.add_file(goal, "2026-Q2", report, copy=True)
        linked = voortgang.add_file(goal, "", report, copy=False)
        assert voortgang.evidence_data(copied.id) == b"%PDF-1.4 peiling"
        assert linked.pad == str(report.resolve()) and linked.soort == "verwijzing"
        with pytest.raises(PlanInputError, match="tot 20 MB"):
            voortgang.add_file(goal, "2026-Q2", huge, copy=True)
        with pytest.raises(PlanInputError, match="bestaat niet"):
            voortgang.add_file(goal, "2026-Q2", tmp_path / "weg.pdf", copy=False)
        assert len(voortgang.evidence(goal)) == 3


def test_the_yearly_evaluation_stops_or_keeps_a_goal(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy) as plan:
        store = Jaarplannen(plan)
        doelen = store.make(2025).doelen
        store.evaluate(doelen[0].id, "deels", "Groep 5 tot en met 8", "9 van 13 groepen", "bijstellen")
        store.evaluate(doelen[1].id, "niet", "", "Geen", "stoppen", "Past niet meer bij de koers.")
        assert store.stopped_goals() == {doelen[1].goal.id: 2025}
        with pytest.raises(PlanInputError, match="behouden, bijstellen of stoppen"):
            store.evaluate(doelen[0].id, "deels", "", "", "misschien")
        assert store.get(2025).doelen[0].evaluatie.vervolg == "bijstellen"


@pytest.mark.parametrize("fixture", ["plan-v1.schoolplan", "plan-v3.schoolplan", "plan-v5.schoolplan"])
def test_older_files_upgrade_to_the_living_plan_with_answers_and_goals_unchanged(tmp_path: Path, fixture: str) -> None:
    path = tmp_path / "oud.schoolplan"
    shutil.copy(FIXTURES / fixture, path)
    with Schoolplan.open(path, read_only=True) as before:
        answers, goals = before.answers(), before.goals()
    with Schoolplan.open(path) as plan:
        assert plan.answers() == answers and plan.goals() == goals
        jaarplan = Jaarplannen(plan).make(2023)
        assert [d.goal.wat for d in jaarplan.doelen] == ["Gastvrije entree en ontvangst"]
