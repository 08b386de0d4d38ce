"""A koers's own logic (docs/koersbestand.md): targets as an offer, values that run through all
others, targets per audience with dated milestones, targets the board carries out itself, and
the board's denominatie. Driven through the real loader, plan file, check, CLI and Word export."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from koerswijzer.cli import main
from koerswijzer.congruence.engine import check
from koerswijzer.errors import KoersFileError
from koerswijzer.export import collect, export_plan
from koerswijzer.koers.loader import load_koers
from koerswijzer.plan import Profile, Schoolplan

DROMEN = """\
formaat: 1
id: stichting-horizon
titel: Strategische visie Horizon 2026-2030
bestuur: Stichting Horizon
periode: 2026-2030
versie: "1.0"
denominatie: openbaar
soorten: {waarde: Waarden, thema: Thema's, droom: Dromen}
kopjes: {doelen: "Waar dromen wij van?"}
congruentie:
  oordeel:
    - soort: waarde
      doorlopend: ja
    - soort: droom
      aanbod: ja
      concrete_doelen: nee
elementen:
  - id: waarde-nieuwsgierig
    soort: waarde
    titel: Nieuwsgierig
    beschrijving: Wij zijn nieuwsgierig naar de wereld en naar elkaar.
    doelen:
      - id: wn.onderzoek
        tekst: Leerlingen stellen onderzoeksvragen bij elk wereldoriëntatieproject.
  - id: thema-samen
    soort: thema
    titel: Samen leren
    vragen: []
    onderdelen:
      - id: droom-buitenlessen
        soort: droom
        titel: Buiten leren
        doelen:
          - id: db.moestuin
            tekst: Elke school heeft een moestuin waarin kinderen zaaien en oogsten.
            doelgroep: kinderen en ouders
          - id: db.natuurlessen
            tekst: Kinderen krijgen wekelijks natuurlessen in het bos of het park.
            doelgroep: kinderen en ouders
            mijlpalen:
              - {waarde: "50% van de groepen", termijn: "2027"}
              - {waarde: "alle groepen", termijn: "2029"}
          - id: db.scholing-buiten
            tekst: Leerkrachten volgen een scholing over buitenonderwijs.
            doelgroep: medewerkers
            over: medewerkers
          - id: db.netwerk-natuur
            tekst: Het bestuursbureau sluit een convenant met de natuurorganisaties in de regio.
            doelgroep: partners
            uitvoering: bestuur
"""


@pytest.fixture
def horizon(tmp_path: Path) -> Path:
    path = tmp_path / "horizon.yaml"
    path.write_text(DROMEN, encoding="utf-8")
    return path


def test_the_koers_file_declares_its_own_logic(horizon: Path) -> None:
    koers = load_koers(horizon)
    assert koers.denominatie == "openbaar"
    assert koers.congruentie.verdict_rule("droom").offer
    assert koers.congruentie.verdict_rule("waarde").through
    # A running value asks nothing of its own: no standaardvragen.
    assert koers.element("waarde-nieuwsgierig").questions == ()
    natuur = koers.find("db.natuurlessen")
    assert natuur.doelgroep == "kinderen en ouders"
    assert [str(m) for m in natuur.mijlpalen] == ["50% van de groepen in 2027", "alle groepen in 2029"]
    assert koers.find("db.netwerk-natuur").by_board and not natuur.by_board
    assert koers.find("db.scholing-buiten").over == "medewerkers" and natuur.over == ""


def test_a_wrong_value_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "fout.yaml"
    path.write_text(DROMEN.replace("uitvoering: bestuur", "uitvoering: gemeente")
                    .replace("over: medewerkers", "over: ouders")
                    .replace("aanbod: ja", "aanbod: misschien"), encoding="utf-8")
    with pytest.raises(KoersFileError) as caught:
        load_koers(path)
    message = str(caught.value)
    assert "uitvoering 'gemeente' is onbekend" in message
    assert "over 'ouders' is onbekend; kies uit medewerkers of leerlingen" in message
    assert "aanbod is 'ja' of 'nee'" in message
    assert "regel" in message


def test_an_offer_not_taken_up_is_shown_without_a_cross_and_one_taken_up_is_enough(
        horizon: Path, tmp_path: Path) -> None:
    koers = load_koers(horizon)
    path = tmp_path / "plan.schoolplan"
    with Schoolplan.create(path, koers, Profile("OBS De Bron", 2026, 2030)) as plan:
        report = check(collect(plan))
        droom = report.element("thema-samen")
        assert droom.verdict == "aandachtspunt"  # nothing taken up yet
        offers = [f for f in droom.findings if "aanbod van het bestuur" in f.message]
        assert len(offers) == 3 and all(f.severity == "ok" for f in offers)
        assert not any("komt niet aan bod" in f.message or "geen schooldoelen" in f.message for f in droom.findings)
        # The target the board carries out itself is no task for the school.
        board = [f for f in droom.findings if "db.netwerk-natuur" in f.refs]
        assert [(f.severity, f.message.endswith("voert het bestuur zelf uit.")) for f in board] == [("ok", True)]
        # The running value needs no goals or questions of its own.
        value = report.element("waarde-nieuwsgierig")
        assert not any(f.severity == "ontbreekt" and "schooldoelen" in f.message for f in value.findings)

        plan.add_goal("db.moestuin", element_id="droom-buitenlessen", wat="Een moestuin bij de school",
                      hoe="Met de ouderraad leggen wij een moestuin aan waarin kinderen zaaien en oogsten.",
                      schooljaar=2027)
        plan.save_answer(koers.element("droom-buitenlessen").questions[0].id,
                         "In de bovenbouw stellen leerlingen bij elk wereldoriëntatieproject hun eigen "
                         "onderzoeksvragen en zoeken zij het antwoord op met een onderzoekscyclus.")
        report = check(collect(plan))
    assert report.targets["db.moestuin"].addressed
    assert report.element("thema-samen").verdict == "sterk"  # one of the offer, taken up
    # The running value is found in the text of another part of the plan.
    assert report.targets["wn.onderzoek"].addressed


def test_the_document_lists_targets_per_audience_with_their_milestones(horizon: Path, tmp_path: Path) -> None:
    koers = load_koers(horizon)
    path = tmp_path / "plan.schoolplan"
    target = tmp_path / "plan.docx"
    with Schoolplan.create(path, koers, Profile("OBS De Bron", 2026, 2030)) as plan:
        export_plan(plan, target)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "Waar dromen wij van?" in texts
    assert any(t.startswith("Het aanbod van Stichting Horizon; de school kiest wat zij oppakt") for t in texts)
    assert texts.index("Voor kinderen en ouders") < texts.index("Voor medewerkers") < texts.index("Voor partners")
    assert ("Kinderen krijgen wekelijks natuurlessen in het bos of het park. (mijlpalen: 50% van de groepen in "
            "2027; alle groepen in 2029)") in texts
    assert any(t.startswith("Het bestuursbureau sluit") and "voert het bestuur zelf uit" in t for t in texts)


def test_a_new_plan_takes_the_boards_denominatie_and_koers_show_prints_the_logic(
        horizon: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nieuw.schoolplan"
    assert main(["nieuw", str(path), "--koers", str(horizon), "--school", "OBS De Bron"]) == 0
    with Schoolplan.open(path) as plan:
        assert plan.profile().denominatie == "openbaar"
    assert main(["koers", "show", str(horizon)]) == 0
    shown = capsys.readouterr().out
    assert "Denominatie: openbaar" in shown
    assert "Oordeel droom: sterk vanaf 50%; aanbod" in shown
    assert "mijlpalen: 50% van de groepen in 2027; alle groepen in 2029" in shown
    assert "uitvoering: het bestuur" in shown


def test_review_knows_by_id_a_koers_it_met_in_a_plan(horizon: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    plan_path = tmp_path / "bron.schoolplan"
    assert main(["nieuw", str(plan_path), "--koers", str(horizon), "--school", "OBS De Bron"]) == 0
    horizon.unlink()  # the board's file is gone; the plan still carries the koers
    exported = tmp_path / "bron.docx"
    assert main(["export", str(plan_path), "-o", str(exported)]) == 0
    capsys.readouterr()
    # By its id, from the plan it was met in; and without --koers, from the document's trace.
    assert main(["review", str(exported), "--koers", "stichting-horizon"]) in (0, 1)
    by_id = capsys.readouterr()
    assert "OBS De Bron" in by_id.out and "Onbekende koers" not in by_id.err
    assert main(["review", str(exported)]) in (0, 1)
    traced = capsys.readouterr()
    assert "Buiten leren" in traced.out or "Samen leren" in traced.out
    assert "beoordeeld tegen" not in traced.err  # it did not fall back to the default koers
    assert main(["review", str(exported), "--koers", "bestaat-niet"]) == 1
    assert "Eerder gebruikt: stichting-horizon" in capsys.readouterr().err


def test_the_window_shows_audience_milestones_and_the_offer(horizon: Path, tmp_path: Path, window) -> None:  # type: ignore[no-untyped-def]
    from koerswijzer.ui.element_page import ElementPage

    path = tmp_path / "plan.schoolplan"
    Schoolplan.create(path, load_koers(horizon), Profile("OBS De Bron", 2026, 2030)).close()
    window.open_plan(path)
    window.navigator.select("element", "droom-buitenlessen")
    page = window.pages.currentWidget()
    assert isinstance(page, ElementPage)
    rows = {row.target.id: row for row in page.stance_rows}
    assert rows["db.natuurlessen"].label.text().startswith("• Voor kinderen en ouders: Kinderen krijgen")
    assert "mijlpalen: 50% van de groepen in 2027" in rows["db.natuurlessen"].label.text()
    # The board's bureau carries this one out: no stance to take.
    assert rows["db.netwerk-natuur"].choice.isHidden() and not rows["db.moestuin"].choice.isHidden()
    assert "een aanbod: de school kiest wat zij oppakt" in page.targets_toggle.text()
