"""The ``koerswijzer`` command speaks Dutch, exits cleanly and does the headless work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from koerswijzer.cli import main
from koerswijzer.koers.model import Koers
from koerswijzer.plan import Schoolplan


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["koers", "--help"], ["koers", "list", "--help"], ["koers", "check", "--help"],
     ["koers", "show", "--help"], ["demo", "--help"], ["nieuw", "--help"]],
)
def test_every_command_has_dutch_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert out.startswith("Gebruik: koerswijzer")
    assert "toon deze hulp en stop" in out
    assert "usage" not in out and "show this help" not in out


def test_misuse_gets_a_short_dutch_message(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["koers", "check"])
    assert exit_.value.code == 2
    assert "fout: deze argumenten ontbreken: BESTAND" in capsys.readouterr().err
    assert main(["plan.docx"]) == 2
    assert "onbekende opdracht of bestand 'plan.docx'" in capsys.readouterr().err


def test_koers_list_shows_asg_koers_22_and_the_two_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["koers", "list"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("asg-koers-22 ") and "Koers 22: Leren in verbinding" in lines[0]
    assert "45 doelen, 41 centrale vragen" in lines[1]
    assert "asko-koersplan-2023-2027" in out
    assert "swv-ondersteuningsplan-2025-2029" in out


def test_koers_show_prints_every_target_and_question_verbatim(
    asg: Koers, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["koers", "show"]) == 0
    out = capsys.readouterr().out
    flat = " ".join(out.split())
    for item in [*asg.targets(), *asg.questions()]:
        assert f"{' '.join(item.tekst.split())} [{item.id}]" in flat
    assert "Totaal: 8 elementen, 45 doelen, 41 centrale vragen." in out
    assert "Venster 3: De meerwaarde van ASG [venster-3]" in out
    assert "Waar willen we staan (7):" in out and "Centrale vragen (6):" in out


def test_koers_show_of_an_example_shows_default_questions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["koers", "show", "swv-ondersteuningsplan-2025-2029"]) == 0
    out = capsys.readouterr().out
    assert "Standaardvragen (5):" in out
    assert "Wat wil de school op dit onderdeel in de planperiode bereiken?" in out


def test_an_unknown_koers_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["koers", "show", "koers-99"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fout: Onbekende koers 'koers-99'. Ingebouwde koersen: asg-koers-22")


def test_demo_writes_a_plan_that_reopens_with_everything_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "demo.schoolplan"
    assert main(["demo", str(target)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"41 van 41 vragen beantwoord, \d+ doelen", out)
    with Schoolplan.open(target) as plan:
        profile = plan.profile()
        assert profile.school_name and profile.brin and profile.sector == "PO"
        assert profile.context
        answers = plan.answers()
        assert {q.id for q in plan.koers.questions()} == set(answers)
        assert all(a.answered and a.word_count >= 40 for a in answers.values())
        goals = plan.goals()
        assert len(goals) >= 14
        for element in plan.koers.elements:
            assert any(g.element_id == element.id for g in goals), element.id
        assert any(g.eigen_kleur for g in goals)
        assert all(g.wat and g.schooljaar in profile.school_years() for g in goals)
        assert len(plan.stances()) >= 5
        assert all(d is not None for d in plan.dates())


def test_demo_does_not_overwrite_without_asking(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mijn.schoolplan"
    target.write_text("mijn werk", encoding="utf-8")
    assert main(["demo", str(target)]) == 1
    assert "bestaat al" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mijn werk"


def test_a_new_plan_on_the_boards_own_koers_file_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_koers_errors import GOOD

    koers_file = tmp_path / "onze-koers.yaml"
    koers_file.write_text(GOOD, encoding="utf-8")
    plan_path = tmp_path / "proeftuin"
    assert main(["nieuw", str(plan_path), "--koers", str(koers_file), "--school", "De Proeftuin",
                 "--periode", "2027-2031", "--sector", "SO", "--brin", "99pt"]) == 0
    out = capsys.readouterr().out
    assert "Nieuw schoolplan" in out and "De Proeftuin, 2027–2031" in out
    with Schoolplan.open(tmp_path / "proeftuin.schoolplan", read_only=True) as plan:
        assert plan.koers.id == "stichting-proef"
        assert plan.profile().brin == "99PT" and plan.profile().sector == "SO"
    # A koers file with an error makes no plan at all, on no other koers either.
    bad = tmp_path / "kapot.yaml"
    bad.write_text(GOOD.replace("id: samen-ouders", "id: leren-lezen"), encoding="utf-8")
    assert main(["nieuw", str(tmp_path / "tweede"), "--koers", str(bad), "--school", "X"]) == 1
    assert "kapot.yaml, regel" in capsys.readouterr().err
    assert not (tmp_path / "tweede.schoolplan").exists()
    assert main(["nieuw", str(tmp_path / "derde"), "--koers", "asg-koers-22", "--school", "X",
                 "--periode", "2027-2035"]) == 1
    assert "hoogstens vier jaar" in capsys.readouterr().err


def test_review_takes_the_koers_from_the_documents_trace_and_warns_on_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from test_koers_errors import GOOD

    assert main(["nieuw", str(tmp_path / "asko"), "--koers", "asko-koersplan-2023-2027", "--school", "De Boomgaard"]) == 0
    koers_file = tmp_path / "onze-koers.yaml"
    koers_file.write_text(GOOD, encoding="utf-8")
    assert main(["nieuw", str(tmp_path / "eigen"), "--koers", str(koers_file), "--school", "De Proeftuin"]) == 0
    for name in ("asko", "eigen"):
        assert main(["export", str(tmp_path / f"{name}.schoolplan"), "-o", str(tmp_path / f"{name}.docx")]) == 0
    capsys.readouterr()

    # Without --koers: the trace decides. On this machine the koers was seen (in the plan), so it is
    # known by its id; on a board member's machine that never saw it, it is named, not replaced by ASG.
    main(["review", str(tmp_path / "asko.docx"), str(tmp_path / "eigen.docx"), "--json"])
    entries = json.loads(capsys.readouterr().out)["scholen"]
    assert [e["koers"] for e in entries] == ["asko-koersplan-2023-2027", "stichting-proef"]
    import shutil

    from koerswijzer.koers.registry import seen_koersen_dir

    shutil.rmtree(seen_koersen_dir())
    main(["review", str(tmp_path / "asko.docx"), str(tmp_path / "eigen.docx"), "--json"])
    entries = json.loads(capsys.readouterr().out)["scholen"]
    assert entries[0]["koers"] == "asko-koersplan-2023-2027" and entries[0]["fout"] is None
    assert "stichting-proef" in entries[1]["fout"] and "--koers" in entries[1]["fout"]

    # With its koers file it is reviewed against it; against another koers it says so in its row.
    assert main(["review", str(tmp_path / "eigen.docx"), "--koers", str(koers_file), "--json"]) == 0
    entry = json.loads(capsys.readouterr().out)["scholen"][0]
    assert entry["koers"] == "stichting-proef" and entry["melding"] is None
    main(["review", str(tmp_path / "asko.docx"), "--koers", "asg-koers-22", "--json"])
    entry = json.loads(capsys.readouterr().out)["scholen"][0]
    assert "asko-koersplan-2023-2027" in entry["melding"] and entry["koers"] == "asg-koers-22"


def test_koers_show_prints_every_field_as_readable_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["koers", "show", "swv-ondersteuningsplan-2025-2029"]) == 0
    out = capsys.readouterr().out
    assert "**" not in out
    assert "indicator: aantal voorlopersscholen inclusief onderwijs" in out
    assert "nulmeting: 5" in out and "streefwaarde: 32" in out
    assert "Zo kun je dit plan lezen:" in out  # a section of the koers
    assert "Doelen van het bestuur (" in out  # the neutral heading: this koers names none
    assert main(["koers", "show", "asg-koers-22"]) == 0
    assert "Waar willen we staan (3):" in capsys.readouterr().out
