"""Team workshops in the core: sessions, cards, dots, merging with undo, and the answer."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from koerswijzer.plan import Schoolplan
from koerswijzer.workshop.sessions import WorkshopInputError, Workshops, quoted

Q1, Q2 = "v2.v-betrokkenheid", "gw.v-gastvrijheid"


@pytest.fixture
def plan(demo_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.schoolplan"
    shutil.copy(demo_template, path)
    with Schoolplan.open(path) as opened:
        yield opened


def test_a_session_keeps_its_groups_questions_cards_and_dots_in_the_plan_file(plan: Schoolplan) -> None:
    questions = [q.id for q in plan.koers.questions()][:3]
    workshops = Workshops(plan)
    info = workshops.create_session("Studiedag maart", dt.date(2026, 3, 12), ["Onderbouw", "Bovenbouw", "OOP"],
                                    questions, dots_per_group=2, timer_seconds=300)
    onder, boven, _oop = info.groups
    a = workshops.add(info.id, questions[0], onder.id, "Kinderen vertellen zelf in de kring.")
    b = workshops.add(info.id, questions[0], boven.id, "Leerlingenraad per bouw.")
    workshops.vote(b.id, onder.id)
    workshops.vote(b.id, boven.id)
    workshops.vote(a.id, boven.id)
    with pytest.raises(WorkshopInputError, match="Bovenbouw heeft alle 2 stippen al gebruikt"):
        workshops.vote(a.id, boven.id)
    assert workshops.dots_left(info.id, onder.id) == 1
    location = plan.location
    plan.close()

    with Schoolplan.open(location) as again:
        workshops = Workshops(again)
        [info] = workshops.sessions()
        assert info.label == "Studiedag maart (12-03-2026)"
        assert [g.name for g in info.groups] == ["Onderbouw", "Bovenbouw", "OOP"]
        assert info.question_ids == tuple(questions) and info.timer_seconds == 300
        cards = workshops.contributions(info.id, questions[0])
        assert [(c.group_name, c.text, c.votes) for c in cards] == [
            ("Onderbouw", "Kinderen vertellen zelf in de kring.", 1), ("Bovenbouw", "Leerlingenraad per bouw.", 2)]


def test_edit_merge_and_delete_each_have_an_exact_inverse(plan: Schoolplan) -> None:
    workshops = Workshops(plan)
    info = workshops.create_session("Teamdag", None, ["A", "B"], [Q1], dots_per_group=3)
    a, b = info.groups
    one = workshops.add(info.id, Q1, a.id, "Lezen met plezier")
    two = workshops.add(info.id, Q1, b.id, "Leesmotivatie vergroten")
    workshops.vote(two.id, b.id)
    old = workshops.edit(one.id, "Lezen met plezier, elke dag")
    assert old == "Lezen met plezier"
    record = workshops.merge(one.id, [two.id])
    [merged] = workshops.contributions(info.id)
    assert merged.text == "Lezen met plezier, elke dag\nLeesmotivatie vergroten" and merged.votes == 1
    workshops.unmerge(record)
    cards = workshops.contributions(info.id)
    assert [(c.text, c.votes) for c in cards] == [("Lezen met plezier, elke dag", 0), ("Leesmotivatie vergroten", 1)]
    workshops.delete(two.id)
    assert [c.id for c in workshops.contributions(info.id)] == [one.id]
    workshops.restore(two.id)
    assert len(workshops.contributions(info.id)) == 2
    with pytest.raises(WorkshopInputError):
        workshops.edit(one.id, "   ")


def test_a_card_is_quoted_with_its_group_and_can_be_marked_processed(plan: Schoolplan) -> None:
    workshops = Workshops(plan)
    info = workshops.create_session("Teamdag", None, ["Onderbouw"], [Q2])
    card = workshops.add(info.id, Q2, info.groups[0].id, "Een koffiehoek voor ouders.\nMet krant.")
    assert quoted(card) == "> Een koffiehoek voor ouders.\n> Met krant.\n>\n> — *Onderbouw*"
    workshops.set_processed(card.id)
    assert workshops.contribution(card.id).processed


def test_bad_sessions_get_a_dutch_message(plan: Schoolplan) -> None:
    workshops = Workshops(plan)
    for kwargs, message in (
        (dict(name="", groups=["A"], question_ids=[Q1]), "naam"),
        (dict(name="X", groups=[" "], question_ids=[Q1]), "groep"),
        (dict(name="X", groups=["A", "a"], question_ids=[Q1]), "dezelfde naam"),
        (dict(name="X", groups=["A"], question_ids=[]), "minstens één centrale vraag"),
        (dict(name="X", groups=["A"], question_ids=["bestaat-niet"]), "niet in de koers"),
    ):
        with pytest.raises(WorkshopInputError, match=message):
            workshops.create_session(held_on=None, **kwargs)
    assert workshops.sessions() == []


def test_a_session_is_changed_later_without_losing_its_groups(plan: Schoolplan) -> None:
    workshops = Workshops(plan)
    info = workshops.create_session("Teamdag", None, ["Onderbouw"], [Q1], dots_per_group=2)
    changed = workshops.update_session(info.id, name="Teamdag maart", question_ids=[Q2, Q1], dots_per_group=4,
                                       add_groups=["onderbouw", "OOP", "OOP", "Bovenbouw"])
    assert changed.name == "Teamdag maart" and changed.question_ids == (Q2, Q1) and changed.dots_per_group == 4
    assert [g.name for g in changed.groups] == ["Onderbouw", "OOP", "Bovenbouw"]
    assert changed.groups[0].id == info.groups[0].id
    with pytest.raises(WorkshopInputError, match="stippen"):
        workshops.update_session(info.id, dots_per_group=99)
    with pytest.raises(WorkshopInputError, match="minstens één centrale vraag"):
        workshops.update_session(info.id, question_ids=[])
    with pytest.raises(WorkshopInputError, match="hoort niet bij de sessie"):
        workshops.add_many(info.id, 12345, [(Q1, "tekst", "sleutel")])
