"""A director's plan lives in one SQLite file that survives closing, koers changes and bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from koerswijzer.errors import PlanFileError
from koerswijzer.koers.loader import load_koers
from koerswijzer.koers.model import Koers
from koerswijzer.plan import PlanInputError, Profile, Schoolplan
from koerswijzer.storage import migrations
from koerswijzer.storage.database import create_plan_database, open_plan_database
from conftest import FIXTURES
from storage_helpers import fill_disk
from test_koers_errors import GOOD


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_director_answers_venster_2_and_reopens_the_plan(
    asg: Koers, profile: Profile, plan_path: Path
) -> None:
    venster_2 = asg.element("venster-2")
    first, second = venster_2.questions[0], venster_2.questions[1]
    with Schoolplan.create(plan_path, asg, profile) as plan:
        plan.save_answer(first.id, "Wij organiseren **twee** ASG-dagen per jaar.", author="Jeroen")
        plan.save_answer(second.id, "- loopbaangesprekken\n- mobiliteitsbank", status="klaar")
        goal = plan.add_goal(
            primary=venster_2.targets[7].id,
            secondary=["venster-1"],
            element_id="venster-2",
            wat="Verzuim omlaag",
            hoe="Vitaliteitsprogramma met de arbodienst",
            schooljaar=2025,
            eigenaar="Directeur",
            indicator="ziekteverzuim",
            baseline="7,1%",
            streefwaarde="5,0%",
            merkbaar="Minder invallers voor de groep",
            evaluatie="juni 2026",
        )
        plan.add_goal(element_id="venster-2", wat="Schooltuin aanleggen", schooljaar=2026)
        plan.set_stance(venster_2.targets[9].id, "al_op_orde", "De gesprekscyclus loopt al jaren.")
        plan.set_dates(dt.date(2024, 6, 18), dt.date(2024, 7, 2))

    with Schoolplan.open(plan_path) as plan:
        assert plan.profile() == profile
        assert plan.koers.id == "asg-koers-22"
        assert plan.answer(first.id).text == "Wij organiseren **twee** ASG-dagen per jaar."
        assert plan.answer(first.id).status == "concept"
        assert plan.answer(first.id).author == "Jeroen"
        assert plan.answer(second.id).status == "klaar"
        # Two short answers are written, but "beantwoord" is 40 words, as the check counts.
        assert plan.progress(venster_2).answered == 0
        assert plan.progress(venster_2).total == 10
        goals = plan.goals("venster-2")
        assert [g.wat for g in goals] == ["Verzuim omlaag", "Schooltuin aanleggen"]
        assert goals[0].primary_link == venster_2.targets[7].id
        assert goals[0].secondary_links == ["venster-1"]
        assert goals[0].baseline == "7,1%" and goals[0].schooljaar == 2025
        assert goals[1].eigen_kleur
        assert plan.stances()[venster_2.targets[9].id].reason == "De gesprekscyclus loopt al jaren."
        assert plan.dates() == (dt.date(2024, 6, 18), dt.date(2024, 7, 2))
        assert goal.id == goals[0].id


def test_every_saved_version_is_kept_and_an_earlier_one_restores(
    asg: Koers, profile: Profile, plan_path: Path
) -> None:
    question = asg.questions()[0].id
    with Schoolplan.create(plan_path, asg, profile) as plan:
        plan.save_answer(question, "Eerste opzet.")
        plan.save_answer(question, "Tweede opzet.")
        plan.save_answer(question, "Tweede opzet.")  # unchanged: no new version
        plan.save_answer(question, "Derde opzet.", status="klaar")
        history = plan.history(question)
        assert [v.text for v in history] == ["Derde opzet.", "Tweede opzet.", "Eerste opzet."]
        restored = plan.restore(question, history[-1].id)
        assert restored.text == "Eerste opzet."
        assert plan.answer(question).text == "Eerste opzet."
        assert len(plan.history(question)) == 4


def test_the_plan_opens_when_its_koers_file_changes_or_disappears(profile: Profile, tmp_path: Path) -> None:
    koers_file = tmp_path / "proef.yaml"
    koers_file.write_text(GOOD, encoding="utf-8")
    koers = load_koers(koers_file)
    plan_file = tmp_path / "proef.schoolplan"
    with Schoolplan.create(plan_file, koers, profile) as plan:
        plan.save_answer("leren-aanpak", "Wij lezen elke dag.")
    koers_file.write_text(GOOD.replace("Goed leren", "Anders leren"), encoding="utf-8")
    koers_file.unlink()
    with Schoolplan.open(plan_file) as plan:
        assert plan.koers.element("pijler-leren").titel == "Goed leren"
        assert plan.answer("leren-aanpak").text == "Wij lezen elke dag."


def test_a_plan_can_be_held_to_the_board_koers_and_the_swv_ondersteuningsplan(
    asg: Koers, profile: Profile, plan_path: Path
) -> None:
    from koerswijzer.koers.registry import resolve_koers

    swv = resolve_koers("swv-ondersteuningsplan-2025-2029")
    swv_question = swv.questions()[0].id
    with Schoolplan.create(plan_path, asg, profile, extra_koersen=[swv]) as plan:
        plan.save_answer(swv_question, "Wij werken mee aan inclusief onderwijs.", koers_index=1)
    with Schoolplan.open(plan_path) as plan:
        assert [k.id for k in plan.koersen] == ["asg-koers-22", "swv-ondersteuningsplan-2025-2029"]
        assert plan.answer(swv_question, koers_index=1).answered
        assert plan.answers(koers_index=0) == {}


def test_one_database_url_can_hold_several_plans(asg: Koers, profile: Profile, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bestuur.db'}"
    Schoolplan.create(url, asg, profile).close()
    # A second plan in the same database, written through the same storage layer.
    from sqlalchemy.orm import Session

    from koerswijzer.storage import models as m

    engine = open_plan_database(url)
    with Session(engine) as session, session.begin():
        snapshot = session.scalars(select(m.KoersSnapshot)).one()
        other = m.Plan(school_name="CBS De Ark", period_start=2025, period_end=2029)
        other.koersen.append(m.PlanKoers(snapshot_id=snapshot.id, position=0))
        session.add(other)
        session.flush()
        other_id = other.id
    engine.dispose()
    with Schoolplan.open(url, plan_id=other_id) as plan:
        assert plan.profile().school_name == "CBS De Ark"
        plan.save_answer(asg.questions()[0].id, "Antwoord van De Ark.")
    with Schoolplan.open(url) as plan:
        assert plan.profile().school_name == profile.school_name
        assert plan.answers() == {}


def test_wrong_input_is_refused_in_dutch(asg: Koers, profile: Profile, plan_path: Path) -> None:
    with Schoolplan.create(plan_path, asg, profile) as plan:
        with pytest.raises(PlanInputError, match="geen vraag"):
            plan.save_answer("bestaat-niet", "tekst")
        with pytest.raises(PlanInputError, match="Onbekende status"):
            plan.save_answer(asg.questions()[0].id, "tekst", status="af")
        with pytest.raises(PlanInputError, match="geen doel of onderdeel"):
            plan.add_goal(primary="bestaat-niet", wat="x")
        with pytest.raises(PlanInputError, match="Geef een reden op"):
            plan.set_stance(asg.targets()[0].id, "al_op_orde", "  ")
        with pytest.raises(PlanInputError, match="eindjaar"):
            plan.update_profile(period_end=2020)
    with pytest.raises(PlanInputError, match="naam van de school"):
        Schoolplan.create(plan_path.with_name("leeg.schoolplan"), asg, Profile("", 2024, 2028))


def test_an_existing_file_is_not_overwritten_by_a_new_plan(asg: Koers, profile: Profile, tmp_path: Path) -> None:
    notes = tmp_path / "notities.schoolplan"
    notes.write_text("Mijn aantekeningen", encoding="utf-8")
    with pytest.raises(PlanFileError, match="bestaat al"):
        Schoolplan.create(notes, asg, profile)
    with pytest.raises(PlanFileError, match="geen schoolplan; Koerswijzer overschrijft het niet"):
        Schoolplan.create(notes, asg, profile, overwrite=True)
    assert notes.read_text(encoding="utf-8") == "Mijn aantekeningen"


# -- bad plan files ---------------------------------------------------------------------------


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="'weg.schoolplan' bestaat niet"):
        Schoolplan.open(tmp_path / "weg.schoolplan")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is leeg; het is geen schoolplan"),
        (b"Dit is een tekstbestand.\n", "is geen schoolplan van Koerswijzer"),
        (b"%PDF-1.7\n" + bytes(2000), "is geen schoolplan van Koerswijzer"),
        (b"PK\x03\x04" + bytes(100), "is geen schoolplan van Koerswijzer"),
    ],
)
def test_a_file_that_is_not_a_schoolplan_is_refused_and_left_alone(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "vreemd.schoolplan"
    path.write_bytes(content)
    with pytest.raises(PlanFileError, match=message):
        Schoolplan.open(path)
    assert path.read_bytes() == content
    assert not path.with_name("vreemd.schoolplan-wal").exists()


def test_another_sqlite_database_is_not_a_schoolplan(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "adressen.schoolplan"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE adres (naam TEXT)")
    before = digest(path)
    with pytest.raises(PlanFileError, match="database, maar geen schoolplan"):
        Schoolplan.open(path)
    assert digest(path) == before


def test_a_corrupt_plan_is_refused_and_never_overwritten(
    asg: Koers, profile: Profile, plan_path: Path
) -> None:
    with Schoolplan.create(plan_path, asg, profile) as plan:
        for question in asg.questions():
            plan.save_answer(question.id, "Een antwoord dat ruimte inneemt. " * 40)
    data = bytearray(plan_path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[2 * page : 5 * page] = b"\xff" * (3 * page)  # scribble over b-tree pages
    plan_path.write_bytes(bytes(data))
    before = digest(plan_path)
    with pytest.raises(PlanFileError, match="is beschadigd en kan niet worden geopend"):
        Schoolplan.open(plan_path)
    assert digest(plan_path) == before


def test_a_plan_from_a_newer_koerswijzer_is_refused_untouched(
    asg: Koers, profile: Profile, plan_path: Path
) -> None:
    Schoolplan.create(plan_path, asg, profile).close()
    engine = open_plan_database(plan_path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE koerswijzer_meta SET value='99' WHERE key='schema_version'"))
    engine.dispose()
    before = digest(plan_path)
    with pytest.raises(PlanFileError, match="nieuwere versie van Koerswijzer \\(bestandsversie 99"):
        Schoolplan.open(plan_path)
    assert digest(plan_path) == before


def test_a_full_disk_fails_the_save_cleanly_and_keeps_the_last_good_answer(
    asg: Koers, profile: Profile, plan_path: Path
) -> None:
    question = asg.questions()[0].id
    with Schoolplan.create(plan_path, asg, profile) as plan:
        plan.save_answer(question, "Het laatste goede antwoord.")
        fill_disk(plan._engine)
        with pytest.raises(PlanFileError, match="de schijf is vol"):
            plan.save_answer(question, "Heel veel nieuwe tekst. " * 5000)
    with Schoolplan.open(plan_path) as plan:
        assert plan.answer(question).text == "Het laatste goede antwoord."


# -- schema versions --------------------------------------------------------------------------


def test_the_checked_in_version_1_file_opens_with_everything_in_it(tmp_path: Path) -> None:
    path = tmp_path / "v1.schoolplan"
    shutil.copy(FIXTURES / "plan-v1.schoolplan", path)
    with Schoolplan.open(path) as plan:
        assert plan.profile().school_name == "OBS Het Fundament"
        assert plan.koers.id == "asg-koers-22"
        assert plan.answer("gw.v-gastvrijheid").text.startswith("Elke ochtend staat")
        assert [g.wat for g in plan.goals()] == ["Gastvrije entree en ontvangst"]
        assert plan.stances()["v4.d-overkoepelende-mr"].stance == "geen_prioriteit"


def test_an_older_file_is_upgraded_step_by_step_after_a_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade path, driven with a made-up version 2 that adds a column."""
    path = tmp_path / "v1.schoolplan"
    shutil.copy(FIXTURES / "plan-v1.schoolplan", path)

    def add_note_column(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute(text("ALTER TABLE plans ADD COLUMN note TEXT DEFAULT ''"))

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "UPGRADES", {2: add_note_column})
    engine = open_plan_database(path)
    with engine.connect() as conn:
        assert migrations.read_version(conn) == 2
        assert "note" in {c["name"] for c in inspect(conn).get_columns("plans")}
        assert conn.execute(text("SELECT school_name FROM plans")).scalar() == "OBS Het Fundament"
    engine.dispose()
    backup = tmp_path / "v1.schoolplan.v1.bak"
    assert backup.exists()
    assert digest(backup) != digest(path)


@pytest.mark.parametrize("fixture", ["plan-v1.schoolplan", "plan-v2.schoolplan", "plan-v3.schoolplan",
                                     "plan-v4.schoolplan", "plan-v5.schoolplan"])
def test_every_older_fixture_upgraded_has_the_same_schema_as_a_new_file(tmp_path: Path, fixture: str) -> None:
    old = tmp_path / "oud.schoolplan"
    shutil.copy(FIXTURES / fixture, old)
    upgraded = open_plan_database(old)
    fresh = create_plan_database(tmp_path / "nieuw.schoolplan")

    def shape(engine) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
        with engine.connect() as conn:
            insp = inspect(conn)
            return {t: {c["name"] for c in insp.get_columns(t)} for t in insp.get_table_names()}

    assert shape(upgraded) == shape(fresh)
    with upgraded.connect() as conn:
        assert migrations.read_version(conn) == migrations.SCHEMA_VERSION
    upgraded.dispose()
    fresh.dispose()
    with Schoolplan.open(old) as plan:
        assert plan.profile().school_name == "OBS Het Fundament"
        assert plan.answer("gw.v-gastvrijheid").text.startswith("Elke ochtend staat")
