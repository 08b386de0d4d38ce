"""A kwaliteitsmedewerker's broken koers file gets one clear Dutch message, never a crash."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from koerswijzer.cli import main
from koerswijzer.errors import KoersFileError
from koerswijzer.koers.loader import load_koers

GOOD = """\
formaat: 1
id: stichting-proef
titel: Koers van de proef
bestuur: Stichting Proef
periode: 2024-2028
versie: "1.0"
elementen:
  - id: pijler-leren
    soort: pijler
    titel: Goed leren
    doelen:
      - id: leren-lezen
        tekst: Alle leerlingen lezen met plezier.
    vragen:
      - id: leren-aanpak
        tekst: Hoe versterkt de school het leesonderwijs?
  - id: pijler-samen
    soort: pijler
    titel: Samen
    doelen:
      - id: samen-ouders
        tekst: Ouders zijn betrokken.
"""


def write(tmp_path: Path, text: str | bytes, name: str = "proef.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["koers", "check", str(path)])
    captured = capsys.readouterr()
    return code, captured.err


def test_check_says_which_herkenning_terms_do_less_than_the_board_expects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    terms = ('        herkenning: ["boekenkring", "wie is wie", "ieder kind telt", "advies geven", '
             '"handelingsgericht werken"]\n')
    text = GOOD.replace("        tekst: Alle leerlingen lezen met plezier.\n",
                        "        tekst: Alle leerlingen lezen met plezier.\n" + terms)
    code = main(["koers", "check", str(write(tmp_path, text))])
    out = capsys.readouterr().out
    assert code == 0 and "In orde" in out
    assert "Let op, 3 herkenningstermen werken anders dan je misschien verwacht:" in out
    assert "leren-lezen: 'wie is wie' telt niet: er blijven alleen algemene woorden over." in out
    assert "'ieder kind telt' telt niet: zonder de algemene woorden blijft alleen 'tellen' over" in out
    assert "'advies geven' telt als het losse woord 'advies', en dat is te gewoon om alleen te tellen" in out
    # Specific terms, also one that general words shrink to one specific word, get no note.
    assert "boekenkring" not in out and "handelingsgericht" not in out
    # The built-in koers has none.
    main(["koers", "check", str(Path(__file__).parents[1] / "resources" / "koersen" / "asg-koers-22.yaml")])
    assert "Let op" not in capsys.readouterr().out


def test_a_good_file_passes_and_gets_default_questions_where_it_has_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["koers", "check", str(write(tmp_path, GOOD))])
    out = capsys.readouterr().out
    assert code == 0
    assert "In orde: Koers van de proef" in out
    assert "2 elementen, 2 doelen, 6 centrale vragen" in out
    koers = load_koers(write(tmp_path, GOOD))
    samen = koers.element("pijler-samen")
    assert [q.id for q in samen.questions] == [
        "pijler-samen.wat", "pijler-samen.hoe", "pijler-samen.wanneer",
        "pijler-samen.meetbaar", "pijler-samen.merkbaar",
    ]
    assert all(q.standaard for q in samen.questions)


@pytest.mark.parametrize(
    ("case", "text", "expected"),
    [
        (
            "yaml syntax error",
            GOOD.replace("titel: Samen\n", "titel: Samen: en meer\n"),
            r"proef\.yaml, regel 19: hier staat een dubbele punt die YAML niet verwacht",
        ),
        (
            "tab indentation",
            GOOD.replace("  - id: pijler-samen", "\t- id: pijler-samen"),
            r"proef\.yaml, regel 17: er staat een tab",
        ),
        (
            "duplicate id",
            GOOD.replace("id: samen-ouders", "id: leren-lezen"),
            r"proef\.yaml, regel 21: elementen\[1\] \(pijler-samen\) > doelen\[0\]: de id 'leren-lezen' "
            r"komt al voor op regel 12",
        ),
        (
            "missing title",
            GOOD.replace("    titel: Samen\n", ""),
            r"regel 17: elementen\[1\] \(pijler-samen\): het verplichte veld 'titel' ontbreekt",
        ),
        (
            "wrong type",
            GOOD.replace("    doelen:\n      - id: samen-ouders\n        tekst: Ouders zijn betrokken.\n",
                         "    doelen: Ouders zijn betrokken.\n"),
            r"regel 20: elementen\[1\] \(pijler-samen\) > doelen: hier hoort een lijst",
        ),
        (
            "unknown key",
            GOOD.replace("    soort: pijler\n    titel: Samen", "    soort: pijler\n    titel: Samen\n    doellen: []"),
            r"regel 20: elementen\[1\] \(pijler-samen\): onbekend veld 'doellen'\. Bedoelt u 'doelen'\?",
        ),
        (
            "duplicate key",
            GOOD.replace("    titel: Samen\n", "    titel: Samen\n    titel: Nog eens\n"),
            r"regel 20: elementen\[1\] \(pijler-samen\): het veld 'titel' staat twee keer",
        ),
        (
            "bad id",
            GOOD.replace("id: samen-ouders", "id: Samen Ouders"),
            r"de id 'Samen Ouders' mag alleen kleine letters",
        ),
        (
            "bad period",
            GOOD.replace("periode: 2024-2028", "periode: vier jaar"),
            r"de periode 'vier jaar' moet twee jaartallen zijn",
        ),
        (
            "newer format",
            GOOD.replace("formaat: 1", "formaat: 2"),
            r"formaat 2 kent deze versie van Koerswijzer niet",
        ),
        (
            "not a mapping",
            "- een\n- lijst\n",
            r"proef\.yaml, regel 1: dit is geen koersbestand",
        ),
        ("empty file", "", r"proef\.yaml: het bestand is leeg"),
        ("only comments", "# nog niets\n", r"proef\.yaml: het bestand is leeg"),
        (
            "anchors",
            GOOD + "secties:\n  - &a {titel: x, tekst: y}\n  - *a\n",
            r"verwijzingen met & en \* \(ankers\) worden niet ondersteund",
        ),
    ],
)
def test_a_bad_koers_file_gets_a_dutch_message_with_file_line_and_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, text: str, expected: str
) -> None:
    code, err = check(write(tmp_path, text), capsys)
    assert code == 1, case
    assert re.search(expected, err), err
    assert "Traceback" not in err
    assert "de koers is niet geladen" in err


def test_every_problem_is_reported_at_once_in_file_order(tmp_path: Path) -> None:
    text = GOOD.replace("    titel: Goed leren\n", "").replace("id: samen-ouders", "id: leren-lezen")
    with pytest.raises(KoersFileError) as caught:
        load_koers(write(tmp_path, text))
    lines = [issue.line for issue in caught.value.issues]
    assert len(lines) == 2 and lines == sorted(lines)


def test_a_binary_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    code, err = check(write(tmp_path, png, "logo.yaml"), capsys)
    assert code == 1
    assert "logo.yaml: dit is geen tekstbestand" in err


def test_a_file_in_another_encoding_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = check(write(tmp_path, GOOD.replace("Samen\n", "Samen café\n").encode("latin-1")), capsys)
    assert code == 1
    assert "regel 19: het bestand is niet in UTF-8 opgeslagen" in err


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "groot.yaml"
    with path.open("wb") as handle:
        handle.write(GOOD.encode())
        handle.truncate(50 * 1024 * 1024)
    code, err = check(path, capsys)
    assert code == 1
    assert "groot.yaml: het bestand is te groot (50.0 MB); een koersbestand is hoogstens 5 MB" in err


def test_a_missing_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = check(tmp_path / "bestaat-niet.yaml", capsys)
    assert code == 1
    assert "bestaat-niet.yaml: het bestand bestaat niet" in err


def test_the_real_command_prints_no_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace("formaat: 1", "formaat: [1"))
    result = subprocess.run(
        [sys.executable, "-P", "-m", "koerswijzer", "koers", "check", str(path)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "proef.yaml, regel" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_board_can_write_its_own_koers_from_the_documentation() -> None:
    """The example in docs/koersbestand.md is a complete koers file that loads."""
    doc = (Path(__file__).parent.parent / "docs" / "koersbestand.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.S)
    assert example is not None
    from koerswijzer.koers.loader import parse_koers

    koers = parse_koers(example.group(1), "voorbeeld")
    assert koers.bestuur == "Stichting Voorbeeldscholen"
    assert koers.find("leren-basisvaardigheden") is not None
    target = koers.element("pijler-leren").targets[0]
    assert (target.nulmeting, target.streefwaarde) == ("82%", "90%")
    assert len(koers.element("pijler-samen").questions) == 5


def test_bewijs_herkenning_is_checked_and_lets_only_the_boards_terms_count(tmp_path: Path) -> None:
    """A target the koers shows only through its herkenning terms (``bewijs: herkenning``): its own
    words in a plan do not count, its board's terms do; a wrong value or no terms get a Dutch message."""
    from koerswijzer.congruence.evidence import passage_targets

    strict = GOOD.replace("        tekst: Ouders zijn betrokken.\n",
                          "        tekst: Ouders zijn betrokken.\n"
                          "        herkenning: [ouderpanel]\n"
                          "        bewijs: herkenning\n")
    koers = load_koers(write(tmp_path, strict))
    assert koers.find("samen-ouders").bewijs == "herkenning"
    assert "samen-ouders" not in passage_targets(koers, "Ouders zijn bij ons zeer betrokken: zij helpen elke week "
                                                        "bij het lezen in groep 3.", "pijler-samen")
    assert "samen-ouders" in passage_targets(koers, "Het ouderpanel komt vier keer per jaar bijeen met de directeur "
                                                    "over het leesonderwijs.", "pijler-samen")
    for value, said in (("bewijs: alles", "bewijs 'alles' is onbekend; de enige keuze is herkenning"),
                        ("bewijs: herkenning", "bewijs 'herkenning' vraagt om herkenning-woorden bij dit doel")):
        wrong = GOOD.replace("        tekst: Ouders zijn betrokken.\n",
                             f"        tekst: Ouders zijn betrokken.\n        {value}\n")
        with pytest.raises(KoersFileError) as caught:
            load_koers(write(tmp_path, wrong, "fout.yaml"))
        assert said in str(caught.value) and "regel" in str(caught.value)


def test_check_counts_the_examples_and_says_when_one_target_alone_has_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    examples = '        voorbeelden: ["Elke vrijdag lezen de kinderen een kwartier in een boek dat ze zelf kozen."]\n'
    text = GOOD.replace("        tekst: Alle leerlingen lezen met plezier.\n",
                        "        tekst: Alle leerlingen lezen met plezier.\n" + examples)
    assert main(["koers", "check", str(write(tmp_path, text))]) == 0
    out = capsys.readouterr().out
    assert "1 voorbeeld bij 1 van de 2 doelen." in out
    assert "voorbeelden tellen pas als minstens twee doelen ze hebben" in out
    bad = GOOD.replace("        tekst: Alle leerlingen lezen met plezier.\n",
                       "        tekst: Alle leerlingen lezen met plezier.\n        voorbeelden: {a: b}\n")
    assert main(["koers", "check", str(write(tmp_path, bad, "fout.yaml"))]) == 1
    assert "voorbeelden" in capsys.readouterr().err
