"""The congruence check explains what it finds: passages, open targets, SMART gaps, the law."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from koerswijzer.cli import main
from koerswijzer.congruence.engine import check
from koerswijzer.plan.content import PlanContent
from koerswijzer.koers.model import Koers
from koerswijzer.plan.types import AnswerState, GoalInfo, GoalLinkInfo, Profile, StanceInfo

PROFILE = Profile("OBS De Proef", 2024, 2028, denominatie="openbaar")


def content(asg: Koers, answers: dict[str, str], goals: list[GoalInfo] = (), stances=None,  # type: ignore[assignment]
            profile: Profile = PROFILE, mr: dt.date | None = dt.date(2024, 6, 1)) -> PlanContent:
    return PlanContent(asg, profile, {q: AnswerState(q, text) for q, text in answers.items()}, list(goals),
                       stances or {}, mr, None, dt.date(2024, 7, 1))


FILLER = ("Dit bespreken wij elk half jaar in het team en met de MR, en wij leggen de afspraken vast "
          "in het jaarplan van de school zodat iedereen weet wat er van hem of haar wordt verwacht. ")


def test_a_paraphrase_with_none_of_the_targets_words_is_found_through_synonyms(asg: Koers) -> None:
    answer = ("Het ziekteverzuim in ons team was te hoog. Wij verlagen de werkdruk met een vaste "
              "administratievrije week en bieden medewerkers een vitaliteitsprogramma aan. " + FILLER)
    report = check(content(asg, {"v2.v-verzuim-welbevinden": answer}))
    target = report.targets["v2.d-vitale-werknemers"]
    assert target.addressed and not target.linked_by
    evidence = target.evidence[0]
    assert evidence.ref == "v2.v-verzuim-welbevinden"
    assert "**" in evidence.highlighted()


def test_an_answer_that_copies_the_board_does_not_count(asg: Koers) -> None:
    element = asg.element("gezien-worden")
    copied = " ".join(t.tekst for t in element.targets) + " " + " ".join(q.tekst for q in element.questions)
    report = check(content(asg, {"gw.v-gastvrijheid": copied}))
    assert report.copies == ["gw.v-gastvrijheid"]
    assert not report.targets["gw.d-gastvrij"].addressed
    messages = [f.message for f in report.element("gezien-worden").findings]
    assert any("herhaalt vooral de tekst van het bestuur" in m for m in messages)


def test_an_answer_about_another_venster_is_flagged(asg: Koers) -> None:
    staff = ("Onze leerkrachten volgen de ASG Academie en werken aan hun professionele ontwikkeling. "
             "Onbevoegde leraren krijgen begeleiding bij hun bevoegdheid, en de gesprekscyclus met "
             "functioneringsgesprekken loopt jaarlijks. Ook interne mobiliteit en loopbaan komen aan bod. " + FILLER)
    report = check(content(asg, {"v4.v-regionale-problemen": staff}))
    assert report.off_topic == {"v4.v-regionale-problemen": "venster-2"}


def test_goals_are_checked_for_smart_fields_and_links(asg: Koers) -> None:
    complete = GoalInfo(1, "venster-2", wat="Verzuim omlaag", hoe="Vitaliteitsprogramma", schooljaar=2025,
                        eigenaar="Directeur", indicator="verzuim", baseline="7%", streefwaarde="5%",
                        evaluatie="juni 2026", links=(GoalLinkInfo("v2.d-vitale-werknemers", True),))
    gap = GoalInfo(2, "venster-2", wat="Meer scholing", links=(GoalLinkInfo("v2.d-professionele-ontwikkeling", True),))
    own = GoalInfo(3, "venster-2", wat="Schooltuin", hoe="Met ouders", schooljaar=2030, eigenaar="IB",
                   merkbaar="Kinderen eten groenten", evaluatie="juni")
    report = check(content(asg, {}, [complete, gap, own]))
    messages = [f.message for f in report.element("venster-2").findings]
    assert "Het doel ‘Meer scholing’ mist: hoe, wanneer, eigenaar, evaluatiemoment, meetbaar of merkbaar resultaat." in messages
    assert "Het doel ‘Schooltuin’ valt buiten de planperiode." in messages
    assert report.eigen_kleur == [3]
    assert report.targets["v2.d-vitale-werknemers"].linked_by == [1]


def test_a_target_without_goal_text_or_stance_is_named_and_a_stance_covers_it(asg: Koers) -> None:
    report = check(content(asg, {}, stances={"v4.d-overkoepelende-mr": StanceInfo(
        "v4.d-overkoepelende-mr", "geen_prioriteit", "Dit regelt het bestuur.")}))
    messages = [f.message for f in report.element("venster-4").findings]
    assert ("‘ASG-brede medezeggenschap is belegd in een overkoepelende medezeggenschapsraad.’: "
            "geen prioriteit deze periode.") in messages
    assert any(m.startswith("‘Ouders zijn betrokken bij het leerproces van hun kind.’ komt niet aan bod") for m in messages)
    assert report.element("venster-4").verdict == "aandachtspunt"


def test_a_geen_prioriteit_stance_is_not_turned_into_addressed_by_a_loose_text_match(asg: Koers) -> None:
    answer = ("De medezeggenschap regelen wij via onze eigen MR; een ouder uit onze MR zit ook in de GMR en "
              "brengt daar onze vragen in. " + FILLER)
    stance = StanceInfo("v4.d-overkoepelende-mr", "geen_prioriteit", "Dit regelt het bestuur.")
    assert check(content(asg, {"v4.v-medezeggenschap": answer})).targets["v4.d-overkoepelende-mr"].addressed
    report = check(content(asg, {"v4.v-medezeggenschap": answer}, stances={stance.target_id: stance}))
    target = report.targets["v4.d-overkoepelende-mr"]
    assert not target.addressed
    messages = [f.message for f in report.element("venster-4").findings if "v4.d-overkoepelende-mr" in f.refs]
    assert messages == ["‘ASG-brede medezeggenschap is belegd in een overkoepelende medezeggenschapsraad.’: "
                        "geen prioriteit deze periode."]


def test_a_subject_the_plan_leaves_to_others_or_puts_off_is_not_addressed(asg: Koers) -> None:
    """Saying the school has not taken something up, leaves it to the GMR or puts it off names the
    subject; it does not address the target."""
    for answer in ("De bovenschoolse medezeggenschap en de overkoepelende raad laten we aan de GMR.",
                   "Over een overkoepelende medezeggenschapsraad hebben we het in de MR nog weinig gehad.",
                   "Een vraag van de Koerswijzer gaat over de overkoepelende medezeggenschapsraad van ASG."):
        report = check(content(asg, {"v4.v-medezeggenschap": answer + " " + FILLER}))
        assert not report.targets["v4.d-overkoepelende-mr"].addressed, answer
    taken_up = "Onze MR-voorzitter zit ook in de overkoepelende medezeggenschapsraad en brengt daar onze vragen in."
    assert check(content(asg, {"v4.v-medezeggenschap": taken_up + " " + FILLER})).targets["v4.d-overkoepelende-mr"].addressed


def test_the_statutory_checklist_says_what_is_missing_and_where_the_rest_is(asg: Koers) -> None:
    answers = {"op.v-identiteit": "Wij geven het openbare karakter vorm met aandacht voor burgerschap. " + FILLER,
               "v1.v-curriculum": "Ons aanbod dekt de kerndoelen; wij volgen de referentieniveaus 1F en 2F. " + FILLER}
    report = check(content(asg, answers, profile=Profile("OBS De Proef", 2024, 2029, denominatie="openbaar"),
                           mr=None))
    items = {i.key: i for i in report.statutory}
    assert items["burgerschap"].present and items["burgerschap"].where == ["op.v-identiteit"]
    assert items["onderwijsprogramma"].where == ["v1.v-curriculum"]
    assert items["openbaar_karakter"].present
    assert items["veiligheid"].present is False
    assert items["planperiode"].present is False
    assert items["mr_instemming"].present is False
    bijzonder = check(content(asg, answers, profile=Profile("CBS De Ark", 2024, 2028,
                                                            denominatie="protestants-christelijk")))
    assert {i.key: i.present for i in bijzonder.statutory}["openbaar_karakter"] is None
    # The WPO's own words for what an openbare school offers (GVO/HVO) are its openbare karakter too;
    # only saying that the school is openbaar is not.
    openbaar = Profile("OBS De Proef", 2024, 2028, denominatie="openbaar")
    gvo = {"op.v-identiteit": "Op verzoek van ouders krijgen de groepen 7 en 8 godsdienstig of humanistisch "
                              "vormingsonderwijs van een vakdocent, en ouders vertellen over hun feesten. " + FILLER}
    said = {"op.v-identiteit": "De Proef is een openbare basisschool. " + FILLER}
    assert {i.key: i.present for i in check(content(asg, gvo, profile=openbaar)).statutory}["openbaar_karakter"]
    assert not {i.key: i.present for i in check(content(asg, said, profile=openbaar)).statutory}["openbaar_karakter"]


def test_check_prints_a_dutch_report_and_documented_json(demo_template: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(demo_template)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Congruentie van het schoolplan van OBS De Kleurrijke Kring met de koers (asg-koers-22")
    assert "Venster 2: Personeel in positie:" in text and "Wettelijke eisen:" in text
    assert main(["check", str(demo_template), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == 1 and data["koers"] == {"id": "asg-koers-22", "versie": "1.0"}
    assert set(data) == {"schema", "koers", "school", "gewichten", "onderdelen", "doelen_bestuur", "wettelijk",
                         "kopie", "buiten_onderwerp", "eigen_kleur", "bevindingen"}
    assert len(data["onderdelen"]) == 8 and len(data["doelen_bestuur"]) == 45
    element = data["onderdelen"][0]
    assert set(element) == {"id", "titel", "oordeel", "score", "vragen_beantwoord", "vragen_totaal", "bevindingen"}
    assert element["oordeel"] in {"sterk", "voldoende", "aandachtspunt"}
    finding = element["bevindingen"][0]
    assert set(finding) == {"criterium", "ernst", "melding", "verwijzingen"}
    assert {i["id"] for i in data["wettelijk"]} == {"onderwijsprogramma", "burgerschap", "veiligheid",
                                                     "ondersteuning", "personeelsbeleid", "kwaliteitszorg",
                                                     "planperiode", "mr_instemming", "openbaar_karakter"}
    assert all(i["aanwezig"] for i in data["wettelijk"])


def test_a_koers_sets_its_own_minimum_length_focus_and_synonyms() -> None:
    from koerswijzer.koers.loader import parse_koers
    from test_koers_errors import GOOD

    koers = parse_koers(GOOD + """congruentie:
  min_woorden: 5
  max_prioriteiten: 1
  synoniemen:
    - "lezen, boekenkring, voorleesmiddag"
""", "proef.yaml")
    assert koers.congruentie.min_woorden == 5
    answer = "Elke vrijdag houden wij een boekenkring en een voorleesmiddag met plezier."
    goals = [GoalInfo(i, "pijler-leren", wat=f"Doel {i}") for i in (1, 2)]
    report = check(content(koers, {"leren-aanpak": answer}, goals))
    element = report.element("pijler-leren")
    assert element.answered == 1
    assert report.targets["leren-lezen"].addressed
    assert any("meer dan 1 prioriteiten" in f.message for f in element.findings)
