"""The judgement a board can trust: concepts in the school's own words, not loose words, not
the board's own sentences, and one rule for a verdict that a board member can apply by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from koerswijzer.congruence.concepts import sentence_concepts
from koerswijzer.congruence.engine import check, verdict
from koerswijzer.congruence.evidence import passage_targets
from koerswijzer.congruence.restated import is_restated, is_template_sentence
from koerswijzer.export import collect, export_plan
from koerswijzer.koers.model import Koers
from koerswijzer.koers.registry import resolve_koers
from koerswijzer.plan import Schoolplan
from koerswijzer.review import facts
from koerswijzer.review.review import review_file


@pytest.mark.parametrize(("text", "element", "not_this"), [
    ("Honden zijn niet welkom op het schoolplein.", "gezien-worden", "gw.d-gastvrij"),
    ("De verbouwing van de gymzaal is ambitieus.", "ambitieus", "am.d-hoge-verwachtingen"),
    ("Het personeel krijgt het rooster en de vergaderdata in augustus.", "venster-2", "v2.d-vitale-werknemers"),
    ("Zoals we zien in de huurwoningen rond de school, verhuizen veel gezinnen.", "gezien-worden",
     "gw.d-waardevol"),
    ("Het nieuwe schoolgebouw is goed zichtbaar vanaf de weg.", "venster-1", "v1.d-zicht-leerlingen"),
    # simplemma guesses "wangeloven" for "geloof"; a lemma that does not begin like its word is not used
    ("Iedereen is welkom, ongeacht achtergrond of geloof.", "ambitieus", "am.d-hoge-verwachtingen"),
    # how far the school lies from the bus stop is no communication with parents
    ("De bereikbaarheid van de school is een punt van aandacht: de bus rijdt maar twee keer per uur.", "open",
     "op.d-transparante-communicatie"),
    # a protocol for incidents is safety, an idiom no network, the news in class no belevingswereld, and the
    # values of the democratische rechtsstaat are burgerschap
    ("Bij sexting, online pesten en discriminatie werken we met een vast protocol, samen met de wijkagent.", "open",
     "op.d-open-blik"),
    ("Geen kind tussen wal en schip: in elke leerlingbespreking komen ook de stille kinderen aan bod.", "venster-1",
     "v1.d-dekkend-netwerk"),
    ("In groep 7 en 8 kijken we elke ochtend samen naar het Jeugdjournaal.", "venster-1", "v1.d-belevingswereld"),
    ("De basis zijn de waarden van de democratische rechtsstaat: vrijheid, gelijkwaardigheid en solidariteit.",
     "gezien-worden", "gw.d-waardevol"),
    # behaviour expectations are safety; a pupil's reflection is no culture of the team
    ("Onze drie gedragsverwachtingen zijn rust, veiligheid en samen; ze hangen in elke ruimte.", "open",
     "op.d-respectvol"),
    ("Na elk project schrijven de kinderen een korte reflectie in hun portfolio.", "venster-1",
     "v1.d-collectieve-leercultuur"),
    # a rating is a score, not the appreciation of people
    ("Waardering communicatie van 6,8 naar 7,5", "gezien-worden", "gw.d-waardevol"),
    ("In het MTO van oktober 2023 was de gemiddelde waardering 7,2.", "venster-2", "v2.d-erkenning"),
    # the employers' service point of the region is no desk of the board's servicebureau
    ("Voor stages werken we samen met het Werkgeversservicepunt Flevoland en het UWV.", "venster-3",
     "v3.d-expertise-benaderen"),
    # putting a subject on the MR's agenda is no conversation with the gemeente
    ("De leerlingenraad heeft een eigen budget en mag jaarlijks één onderwerp agenderen in de MR.", "venster-4",
     "v4.d-gesprekspartner"),
])
def test_a_loose_word_of_a_target_is_no_evidence(asg: Koers, text: str, element: str, not_this: str) -> None:
    assert not_this not in passage_targets(asg, text, element)


@pytest.mark.parametrize(("text", "target"), [
    ("Elk jaar voert de directeur met iedere collega een functioneringsgesprek en om het jaar een "
     "beoordelingsgesprek.", "v2.d-gesprekscyclus"),
    ("Wij werken met het regionale actieplan tegen het lerarentekort, samen met de andere besturen en de "
     "gemeente.", "v4.d-regionale-problemen"),
    ("Met een vitaliteitsprogramma en bedrijfsfitness blijven collega's fit; wie zwaar belast is, krijgt "
     "duurzame-inzetbaarheidsuren.", "v2.d-vitale-werknemers"),
    # every child seen on its own: the board's "wordt gezien" in the school's words
    ("Vanaf groep 3 voert de leerkracht drie keer per jaar een kindgesprek met ieder kind.", "gw.d-waardevol"),
    ("In de onderbouw voert de mentor drie keer per jaar een individueel gesprek met iedere leerling.",
     "gw.d-waardevol"),
    # the appreciation of people, also with a score
    ("De waardering voor collega's in het MTO steeg van 6,9 naar 7,6: we vieren successen en zetten elke maand een "
     "collega in het zonnetje.", "gw.d-waardevol"),
])
def test_the_schools_own_words_for_a_target_are_found(asg: Koers, text: str, target: str) -> None:
    assert target in passage_targets(asg, text, None)


def test_a_term_of_several_everyday_words_weighs_what_its_words_weigh(asg: Koers) -> None:
    from koerswijzer.congruence.concepts import prepare, sentence_concepts

    prepare(asg)
    everyday = dict(sentence_concepts(asg, "Iedereen krijgt bij ons een warm welkom."))["gastvrijheid"]
    rare = dict(sentence_concepts(asg, "Wij voeren een opendeurbeleid."))["gastvrijheid"]
    assert everyday < 0.5 <= rare


def test_a_board_sentence_restated_with_wij_counts_for_nothing(asg: Koers) -> None:
    restated = "Wij hebben zicht op de onderwijsbehoeftes van onze leerlingen en medewerkers."
    assert is_restated(asg, restated)
    assert passage_targets(asg, restated, "gezien-worden") == set()
    own = ("Wij hebben zicht op wat leerlingen nodig hebben: na elke toetsperiode bespreekt de intern begeleider "
           "met iedere leerkracht het groepsoverzicht en de leerlingen die extra instructie krijgen.")
    assert not is_restated(asg, own)


def test_a_section_that_mixes_board_sentences_with_methods_is_judged_per_sentence(asg: Koers) -> None:
    text = ("De ASG-cultuur is gastvrij, iedereen voelt zich welkom. Wij zijn gastvrij en iedereen voelt zich "
            "welkom bij ons. Wij gebruiken de Kanjertraining, Snappet en Gynzy.")
    assert "gw.d-gastvrij" not in passage_targets(asg, text, "gezien-worden")


def test_koerswijzers_own_template_sentences_are_no_evidence() -> None:
    assert is_template_sentence("In dit hoofdstuk beschrijft OBS De Vlinder hoe zij invulling geeft aan Gezien worden "
                                "(kernwaarde) uit Koers 22: Leren in verbinding.")
    # ... and those of an export made by an earlier version
    assert is_template_sentence("In dit hoofdstuk beschrijft OBS De Vlinder hoe zij invulling geeft aan kernwaarde "
                                "Gezien worden uit Koers 22: Leren in verbinding.")
    assert not is_template_sentence("In dit hoofdstuk staat hoe wij ouders elke ochtend bij de deur ontvangen.")


def test_an_empty_chapter_of_an_exported_plan_addresses_nothing_in_review(
    asg: Koers, profile, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    import dataclasses

    path = tmp_path / "leeg.schoolplan"
    # Nothing of the school's own: what the export adds by itself must address nothing.
    Schoolplan.create(path, asg, dataclasses.replace(profile, context="")).close()
    with Schoolplan.open(path, read_only=True) as plan:
        target = export_plan(plan, tmp_path / "leeg.docx")
    review = review_file(target, asg)
    assert review.ok and review.generated
    assert all(e.targets_addressed == 0 for e in review.elements), [(e.element_id, e.targets_addressed)
                                                                    for e in review.elements]
    assert all(e.verdict == "aandachtspunt" for e in review.elements)


def test_the_verdict_rule_a_board_member_can_apply_by_hand(demo_copy: Path) -> None:
    with Schoolplan.open(demo_copy, read_only=True) as plan:
        content = collect(plan)
    report = check(content)
    koers = content.koers
    for element in koers.elements:
        tids = [t.id for t in element.targets]
        addressed = sum(1 for tid in tids if report.targets[tid].addressed)
        expected = verdict(koers, element, report.targets, content.goals)
        assert report.element(element.id).verdict == expected
        if addressed == 0:
            assert expected == "aandachtspunt"
        elif element.soort == "kernwaarde":
            assert (expected == "sterk") == (addressed * 3 >= 2 * len(tids))
        elif expected == "sterk":
            assert addressed * 2 >= len(tids)


def test_a_koers_file_sets_its_own_verdict_rule(asg: Koers) -> None:
    from koerswijzer.koers.loader import parse_koers

    text = asg.source_text.replace("soorten:", "congruentie:\n  oordeel:\n    - soort: kernwaarde\n"
                                   "      sterk_vanaf: 100\n      concrete_doelen: nee\nsoorten:", 1)
    strict = parse_koers(text, "strenger.yaml")
    assert strict.congruentie.verdict_rule("kernwaarde").strong_share == 1.0
    assert asg.congruentie.verdict_rule("kernwaarde").strong_share == pytest.approx(2 / 3)
    assert asg.congruentie.verdict_rule("venster").concrete_goals


@pytest.mark.parametrize(("title", "cover", "text", "expected"), [
    ("Schoolplan 2023-2027", "", "", (2023, 2027)),
    ("Schoolplan", "OBS De Lepelaar | 2024 – 2028", "", (2024, 2028)),
    ("", "", "Dit schoolplan geldt voor de schooljaren 2023-2024 tot en met 2026-2027.", (2023, 2027)),
    ("", "", "In schooljaar 2024-2025 starten wij met de nieuwe methode.", None),
    ("Jaarverslag", "", "Wij werken hard.", None),
])
def test_the_plan_period_is_read_from_title_cover_or_text(title: str, cover: str, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts.plan_period(title, cover, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("De medezeggenschapsraad heeft op 12 juni 2023 ingestemd met dit schoolplan.", True),
    ("Dit plan is vastgesteld met instemming van de MR.", True),
    ("De MR heeft meegelezen en was klankbord bij het schrijven.", False),
    ("De MR is klankbord voor de directie.", False),
    ("Het team heeft het plan besproken.", None),
])
def test_mr_consent_is_read_from_the_text(text: str, expected: bool | None) -> None:
    assert facts.mr_consent(None, text) is expected


def test_denominatie_is_read_from_the_name_and_the_text() -> None:
    assert facts.denominatie("OBS De Lepelaar", None, "") == "openbaar"
    assert facts.denominatie("De Vlinder", None, "Wij zijn een openbare basisschool in Almere Haven.") == "openbaar"
    assert facts.denominatie("De Ark", None, "Als christelijke school vieren wij ...") == "bijzonder"
    assert facts.denominatie("De Kiem", None, "Wij werken met weektaken.") is None
    assert facts.denominatie("Titus Brandsma", None, "Wij zijn geen openbare school, maar een katholieke school "
                                                     "binnen ASG.") == "bijzonder"
    assert facts.denominatie("Het Erf", None, "Het Erf is een openbaar kindcentrum: alle kinderen zijn welkom.") \
        == "openbaar"
    assert facts.denominatie("De Werf", None, "Vmbo De Werf is een openbare vmbo-school in Almere.") == "openbaar"
    assert facts.denominatie("Het Erf", None, "Openbaar vervoer is er nauwelijks.") is None


def test_a_statutory_item_needs_content_of_the_schools_own(asg: Koers) -> None:
    """A mention of burgerschap that says only that the school finds it important is no content; the
    school's own lessons, with a figure, a name or an arrangement, are."""
    from koerswijzer.congruence.statutory import ITEMS, _mentions

    pattern = ITEMS["burgerschap"][1]
    said = ("Burgerschap vinden wij een belangrijk onderdeel van ons onderwijs op school. "
            "Wij besteden daar in alle groepen veel aandacht aan.")
    done = ("Burgerschap geven wij vorm met de lessen van De Vreedzame School. "
            "In groep 7 en 8 bezoeken de kinderen de gemeenteraad en houden zij een debat.")
    assert not _mentions(pattern, said, asg)
    assert _mentions(pattern, done, asg)
    # a period named in a wish is no content: the concrete sentence must say something itself
    later = ("Burgerschap heeft een plaats in ons hele onderwijs, in alle groepen en bij alle vakken. "
             "In de planperiode willen wij onze visie op burgerschap verder uitwerken.")
    assert not _mentions(pattern, later, asg)


@pytest.mark.parametrize("text, present", [
    # a staff policy in the school's own arrangements: bevoegdheid, the yearly talks, lesbezoeken
    ("Onze twee zij-instromers halen vóór augustus 2027 hun bevoegdheid; zij krijgen elk een coach en een dag "
     "studietijd per week.", True),
    ("Iedere leerkracht heeft in oktober een ontwikkelgesprek met de directeur over zijn eigen leerdoel en krijgt "
     "daarna twee lesbezoeken per jaar van de intern begeleider.", True),
    # a pointer and a wish are no personeelsbeleid
    ("Voor ons personeelsbeleid verwijzen wij naar het HR-beleid van ASG.", False),
    ("Scholing vinden wij belangrijk.", False),
])
def test_a_staff_policy_is_read_in_the_schools_own_arrangements(asg: Koers, text: str, present: bool) -> None:
    from koerswijzer.congruence.statutory import ITEMS, _mentions

    assert _mentions(ITEMS["personeelsbeleid"][1], text, asg) is present


@pytest.mark.parametrize("key, text", [
    ("kwaliteitszorg", "Onze jaarcyclus: in februari en juni maken de intern begeleider en de directeur een trendanalyse "
                       "van de toetsresultaten, en elk kwartaal gaat een rapportage naar het bestuur."),
    ("onderwijsprogramma", "In de onderbouw volgen leerlingen de lessentabel van 32 lesuren per week; in de bovenbouw "
                           "kiezen zij vier examenvakken in hun profiel, met het PTA dat elk jaar in september uitkomt."),
])
def test_a_statutory_item_in_the_words_of_its_practice(asg: Koers, key: str, text: str) -> None:
    from koerswijzer.congruence.statutory import ITEMS, _mentions

    assert _mentions(ITEMS[key][1], text, asg)


def test_koerswijzers_own_export_is_read_exactly_period_and_goals(demo_copy: Path, tmp_path: Path, asg: Koers) -> None:
    with Schoolplan.open(demo_copy) as plan:
        plan.set_dates(dt.date(2024, 6, 18), None)
        profile = plan.profile()
        target = export_plan(plan, tmp_path / "demo.docx")
        goals = len(plan.goals())
    review = review_file(target, asg)
    assert review.ok and review.generated
    assert review.statutory["planperiode"] is True
    assert review.statutory["mr_instemming"] is True
    assert review.report is not None
    outside = [f for e in review.report.elements for f in e.findings if "buiten de planperiode" in f.message]
    assert outside == [], outside
    assert goals and profile.period_start


def test_a_foreign_goal_table_under_our_goals_is_placed_row_by_row(tmp_path: Path, asg: Koers) -> None:
    document = docx.Document()
    document.add_heading("Schoolplan 2024-2028 De Vlinder", 0)
    document.add_heading("Onze doelen", 1)
    table = document.add_table(rows=3, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Doel", "Activiteiten", "Wanneer", "Wie"], strict=True):
        cell.text = text
    rows = [["Het ziekteverzuim daalt naar 4%", "Vitaliteitsprogramma met de arbodienst en de bedrijfsarts",
             "2025-2026", "directeur"],
            ["Ouders zijn betrokken bij het leren van hun kind", "Driehoeksgesprekken met ouders en kind",
             "2024-2025", "leerkrachten"]]
    for row, values in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    path = tmp_path / "doelen.docx"
    document.save(str(path))
    review = review_file(path, asg)
    assert review.report is not None
    goals = review.report.targets
    placed = {e.element_id: e for e in review.elements}
    assert placed["venster-2"].verdict in ("voldoende", "sterk")
    assert placed["venster-4"].verdict in ("voldoende", "sterk")
    assert goals["v2.d-vitale-werknemers"].addressed


def test_an_element_that_asks_nothing_needs_no_goals_of_its_own() -> None:
    from koerswijzer.koers.loader import parse_koers
    from koerswijzer.plan.types import Profile

    text = """formaat: 1
id: waarden
titel: Waarden die overal doorheen lopen
bestuur: Stichting Proef
periode: 2025-2029
versie: "1"
elementen:
  - id: waarde-vertrouwen
    soort: waarde
    titel: Vertrouwen
    beschrijving: Vertrouwen loopt door alle thema's heen.
    vragen: []
  - id: thema-lezen
    soort: thema
    titel: Lezen
    doelen:
      - id: lezen-plezier
        tekst: Alle leerlingen lezen met plezier.
"""
    koers = parse_koers(text, "waarden.yaml")
    import datetime as dt

    from koerswijzer.plan.content import PlanContent

    content = PlanContent(koers, Profile("De Proeftuin", 2025, 2029), {}, [], {}, None, None, dt.date(2026, 12, 4))
    report = check(content)
    value = report.element("waarde-vertrouwen")
    assert not any("schooldoelen" in f.message for f in value.findings)
    assert any("schooldoelen" in f.message for f in report.element("thema-lezen").findings)


def test_a_sentence_that_only_points_elsewhere_addresses_nothing(asg: Koers) -> None:
    from koerswijzer.congruence.evidence import passage_targets

    pointer = "Voor de ondersteuning van onze leerlingen verwijzen we naar ons schoolondersteuningsprofiel."
    content = ("In ons schoolondersteuningsprofiel staat welke basisondersteuning iedere leerling krijgt; "
               "leerlingen met een ontwikkelingsperspectief bespreken wij elk halfjaar met ouders en de IB'er.")
    assert "v1.d-zorgprofiel" in passage_targets(asg, content, "venster-1")
    assert passage_targets(asg, pointer, "venster-1") == set()
    assert passage_targets(asg, "Onze kwaliteitszorg wordt uitgebreid beschreven in hoofdstuk 6.", "venster-1") == set()
    # The board's documents, with a hyphen in their name or called a handboek, are pointed to just the same.
    assert passage_targets(asg, "Voor interne mobiliteit verwijzen we naar het HR-beleid van ASG.", "venster-2") == set()
    assert passage_targets(asg, "Voor ons kwaliteitsbeleid verwijzen wij naar het kwaliteitshandboek van het bestuur.",
                           "venster-1") == set()
    assert "v2.d-interne-mobiliteit" in passage_targets(
        asg, "Interne mobiliteit bespreken we in elk loopbaangesprek; twee collega's wisselen dit jaar van school.",
        "venster-2")
    # A colon after "verwijzen naar de GMR" with what the school does is content, not a pointer.
    assert passage_targets(asg, "Voor de medezeggenschap verwijzen wij naar de GMR: wij dragen kandidaten aan en "
                                "bespreken de GMR-stukken elke maand in onze MR.", "venster-4")


def test_a_restated_board_sentence_that_heads_the_schools_own_work_counts_with_it(asg: Koers) -> None:
    from koerswijzer.congruence.evidence import passage_targets

    restated = "Wij willen een gastvrije school zijn waar iedereen zich welkom voelt."
    assert passage_targets(asg, restated, "gezien-worden") == set()
    # Worked out in the next sentence ("Daarom ..."): the two together are the school's own content.
    worked_out = (restated + " Daarom hangt bij de ingang een bord in zes talen, en worden nieuwe ouders de "
                  "eerste week door een klassenouder rondgeleid.")
    assert "gw.d-gastvrij" in passage_targets(asg, worked_out, "gezien-worden")
    # Followed by something else, it still counts for nothing.
    assert passage_targets(asg, restated + " De schoolfotograaf komt in oktober.", "gezien-worden") == set()
    # The same after a colon, inside one sentence.
    colon = ("Alle medewerkers werken aan hun professionele ontwikkeling: dit jaar volgt het hele team een scholing "
             "bij de ASG Academie en twee collega's volgen de opleiding tot rekenspecialist.")
    assert "v2.d-professionele-ontwikkeling" in passage_targets(asg, colon, "venster-2")
    assert passage_targets(asg, "Alle medewerkers werken aan hun professionele ontwikkeling.", "venster-2") == set()


def test_the_targets_own_term_in_full_with_an_action_addresses_it(asg: Koers) -> None:
    from koerswijzer.congruence.evidence import passage_targets

    full = ("Voor vitale werknemers organiseren we elke woensdag na schooltijd een bootcampuur op het "
            "schoolplein, met een trainer van de sportschool in de wijk.")
    assert "v2.d-vitale-werknemers" in passage_targets(asg, full, "venster-2")
    # One word of the term is not enough.
    assert "v2.d-vitale-werknemers" not in passage_targets(
        asg, "De vitale functies van het gebouw, zoals de verwarming, zijn in 2024 vernieuwd.", "venster-2")


def test_the_words_that_made_a_match_are_shown_also_inside_compounds_and_terms_with_stop_words(asg: Koers) -> None:
    from koerswijzer.congruence.evidence import find_evidence
    from koerswijzer.congruence.passages import make_passages

    def shown(text: str, element: str, target: str) -> tuple[str, ...]:
        evidence = find_evidence(asg, list(make_passages(asg, "antwoord", "", element, text)))
        return evidence[target][0].matched_words

    # A term whose stop words the check skips ("gesprek met ouders") is still marked in the passage.
    assert "gesprekken" in shown("Na elke toetsperiode voeren wij gesprekken met ouders over de leerdoelen van "
                                 "hun kind en geven wij oefentips voor thuis.", "venster-4", "v4.d-ouders-betrokken")
    # A compound that begins with a term of the group is marked as a whole.
    assert "gastvrijheidsbeleid" in shown("Ons gastvrijheidsbeleid: elke ochtend staat de directeur bij de deur en "
                                          "nieuwe ouders krijgen een rondleiding.", "gezien-worden", "gw.d-gastvrij")


def test_a_word_is_not_read_as_a_compound_of_a_letter_and_another_word(asg: Koers) -> None:
    from koerswijzer.congruence.evidence import passage_targets

    # "zwaardere" is zwaar, not "z" + "waardere" (waarderen).
    assert "gw.d-waardevol" not in passage_targets(
        asg, "Bij twijfel over het schooladvies kiezen we voor het zwaardere advies en bespreken we dat met ouders.",
        "ambitieus")


def test_a_concept_other_targets_share_needs_the_targets_own_chapter(asg: Koers) -> None:
    from koerswijzer.congruence.evidence import passage_targets

    # "voortgangsmoment" is zicht op ontwikkeling: of pupils in venster 1, not in the staff chapter.
    text = "Elke groep heeft in september een planningsafspraak, in februari een tussentijds voortgangsmoment."
    assert "v1.d-zicht-leerlingen" in passage_targets(asg, text, "venster-1")
    assert "v1.d-zicht-leerlingen" not in passage_targets(asg, text, "venster-2")
    # Said of a teamlid, it is no zicht op leerlingen anywhere (the lexicon's ``over: leerlingen``).
    staff = ("Elk teamlid heeft in september een planningsafspraak, in februari een tussentijds voortgangsmoment "
             "en in juni een beoordeling met de directeur.")
    assert "v1.d-zicht-leerlingen" not in passage_targets(asg, staff, "venster-1")


def test_compounds_the_lemmatiser_does_not_know_take_the_form_of_their_last_part() -> None:
    from koerswijzer.congruence.text import lemma

    assert lemma("leergemeenschappen") == "leergemeenschap"
    assert lemma("buurtbewoners") == "buurtbewoner"
    assert lemma("teamleden") == "teamlid"
    # An adjective is not read as a verb.
    assert lemma("groepsdoorbrekend") == "groepsdoorbrekend"


def test_an_adjective_before_school_or_onderwijs_is_no_term_alone(asg: Koers) -> None:
    from koerswijzer.congruence.concepts import lemma_sequence, lexicon

    single = lexicon(asg).single
    # "brede school" is a school with partners around it; "breed" is anything wide.
    assert "partners-wijk" not in single.get("breed", frozenset())
    # A rare adjective says it on its own: "begaafde leerlingen".
    assert "begaafdheid" in single["begaafd"]
    # "ASG-brede studiedagen": the board naming its own reach.
    assert lemma_sequence("Op de ASG-brede studiedagen") == ["studiedag"]


def test_a_term_of_the_field_is_the_schools_own_arrangement_not_a_rewording(asg: Koers) -> None:
    from koerswijzer.congruence.evidence import passage_targets
    from koerswijzer.congruence.restated import is_restated

    assert not is_restated(asg, "Driehoeksgesprekken met ouders en kind.")
    assert "v4.d-ouders-betrokken" in passage_targets(asg, "Driehoeksgesprekken met ouders en kind.", "venster-4")
    # Two words of six that only say the board's "elke levensfase" again do not make it the school's.
    assert is_restated(asg, "Onze school heeft aandacht voor het welbevinden in elke levensfase van al onze "
                            "medewerkers, jong en oud.")


def test_in_its_own_chapter_a_field_term_for_one_part_of_the_target_is_enough(asg: Koers) -> None:
    from koerswijzer.congruence.evidence import passage_targets

    text = "Bij begrijpend lezen kiezen we teksten over herkenbare situaties uit de wijk."
    # Under Venster 1 (onderwijs passend bij de belevingswereld) it is the pupils' belevingswereld ...
    assert "v1.d-belevingswereld" in passage_targets(asg, text, "venster-1")
    # ... elsewhere one such term is not most of what the target says.
    assert "v1.d-belevingswereld" not in passage_targets(asg, text, "venster-2")


@pytest.mark.parametrize(("text", "element"), [
    ("Ook aan interne mobiliteit en aan de vitaliteit van ons personeel besteden we in de komende "
     "planperiode aandacht.", "venster-2"),
    ("Over de kennisdeling met andere ASG-scholen en de expertise van het servicebureau leest u meer in "
     "paragraaf 4.3.", "venster-3"),
    ("Het schoolondersteuningsprofiel van onze school is te vinden op onze website.", "venster-1"),
    ("Zie voor de ondersteuningsstructuur en het schoolondersteuningsprofiel ook de schoolgids.", "venster-1"),
    ("Wij werken volgens de kwaliteitscyclus van het bestuur.", "venster-1"),
    # where a document stands, or that it describes something, without the content itself
    ("Het pestprotocol en de schoolregels staan in de schoolgids.", "open"),
    ("In ons schoolondersteuningsprofiel beschrijven we welke ondersteuning we bieden.", "venster-1"),
    # naming the school's values; belonging to the samenwerkingsverband, as every school does by law
    ("Onze drie waarden zijn respect, vertrouwen en plezier.", "open"),
    ("Onze school valt onder het samenwerkingsverband Passend Onderwijs Almere.", "venster-1"),
    ("Lumen College is aangesloten bij het samenwerkingsverband VO Almere.", "venster-1"),
])
def test_a_promise_of_attention_or_a_pointer_addresses_nothing(asg: Koers, text: str, element: str) -> None:
    assert passage_targets(asg, text, element) == set()


def test_what_a_document_holds_after_a_colon_still_counts(asg: Koers) -> None:
    text = ("In ons zorgprofiel beschrijven we duidelijk welke zorg wij kunnen bieden: extra leestijd bij dyslexie, "
            "een prikkelarme werkplek en twee dagdelen ambulante begeleiding per week.")
    assert "v1.d-zorgprofiel" in passage_targets(asg, text, "venster-1")
    # Publishing the school's regulations is itself transparent communication, not a pointer.
    published = "Het toetsrooster, het PTA, het leerlingenstatuut en de klachtenregeling staan op de website."
    assert "op.d-transparante-communicatie" in passage_targets(asg, published, "open")


def test_attention_with_what_the_school_does_still_counts(asg: Koers) -> None:
    text = ("Aan de vitaliteit van ons personeel besteden we aandacht met een vitaliteitsprogramma: elke "
            "woensdag een bootcampuur en een gesprek met de bedrijfsarts voor wie dat wil.")
    assert "v2.d-vitale-werknemers" in passage_targets(asg, text, "venster-2")


def test_a_goal_row_that_fits_a_kernwaarde_and_a_venster_equally_goes_to_the_venster_every_run(
        asg: Koers, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from koerswijzer.review.mapping import element_of_text

    text = "Teamleden voelen zich gewaardeerd en het ziekteverzuim blijft onder de vijf procent."
    assert {"gw.d-waardevol", "v2.d-vitale-werknemers"} <= passage_targets(asg, text, None)
    assert element_of_text(asg, text) == "venster-2"  # a venster asks for concrete goals, a kernwaarde not
    # Not by the order a set happens to have: the same under other hash seeds.
    script = ("from koerswijzer.koers.registry import resolve_koers\n"
              "from koerswijzer.review.mapping import element_of_text\n"
              f"print(element_of_text(resolve_koers('asg-koers-22'), {text!r}))\n")
    for seed in ("1", "5", "7"):
        out = subprocess.run([sys.executable, "-P", "-c", script], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        assert out.stdout.strip() == "venster-2"


def test_a_two_word_term_counts_in_the_other_order_or_with_one_word_between(asg: Koers) -> None:
    from koerswijzer.congruence.concepts import sentence_concepts

    def groups(text: str) -> set[str]:
        return {c for c, _ in sentence_concepts(asg, text) if not c.startswith("w:")}

    # "tijdig informeren", in the order of a Dutch sentence
    assert "transparante-communicatie" in groups("Wij informeren ouders tijdig over veranderingen.")
    from koerswijzer.congruence.evidence import find_evidence
    from koerswijzer.congruence.passages import make_passages

    text = "Wij informeren ouders tijdig over veranderingen in het rooster."
    found = find_evidence(asg, list(make_passages(asg, "antwoord", "", "open", text)))
    shown = found["op.d-transparante-communicatie"][0].matched_words
    assert "informeren" in shown and "tijdig" in shown  # the reader sees the words that made the match
    # Further apart, the words are no term: "het netwerk is nog niet dekkend" is the wifi.
    text = "Het wifi-netwerk is nog niet dekkend in de nieuwe vleugel."
    assert "v1.d-dekkend-netwerk" not in passage_targets(asg, text, "venster-1")


def test_a_term_for_pupils_does_not_address_a_target_about_staff(asg: Koers) -> None:
    """"Welbevinden" is in the lexicon's group for pupils' social-emotional development; the board's
    target is the welbevinden of its staff. A term for pupils (KanVAS) does not address it; the
    target's own word does, among colleagues or in the staff chapter."""
    kanvas = "Elk najaar vullen de kinderen van groep 5 tot en met 8 de KanVAS-vragenlijst in."
    assert "v2.d-welbevinden" not in passage_targets(asg, kanvas, "venster-1")
    assert "v2.d-welbevinden" not in passage_targets(asg, kanvas, "open")
    assert "v2.d-welbevinden" in passage_targets(asg, "Welbevinden bespreken wij in elk gesprek met de teamleider.",
                                                 "venster-2")
    colleagues = ("Het welbevinden van collega's bespreken we in elk jaargesprek, en bij mantelzorg passen we het "
                  "rooster aan.")
    assert "v2.d-welbevinden" in passage_targets(asg, colleagues, "gezien-worden")


def test_a_term_of_a_staff_group_in_a_sentence_about_parents_and_pupils_is_not_about_staff(asg: Koers) -> None:
    """"Voortgangsgesprek" is a term of the staff's gesprekscyclus, and also what schools call the report
    talk with parents: among parents and pupils only, it is not the staff's cycle."""
    parents = ("In november en maart volgen de voortgangsgesprekken, waarin we samen kijken naar de resultaten "
               "en wat ouders thuis kunnen doen.")
    staff = "In november en maart voert de directeur met elke collega een voortgangsgesprek over zijn ontwikkeling."
    assert "v2.d-gesprekscyclus" not in passage_targets(asg, parents, "venster-4")
    assert "v2.d-gesprekscyclus" in passage_targets(asg, staff, "venster-4")


def test_the_boards_terms_for_a_target_about_staff_are_about_staff(asg: Koers) -> None:
    """The koers's herkenning terms for "ASG heeft vitale werknemers" ("sportuur") are about staff as
    the target is: a sports hour for pupils is not the staff's vitality. An age ("57 jaar en ouder")
    names no parents, and a name ("netwerk Jonge Kind") no pupils."""
    pupils = ("De omnisportvereniging in de wijk verzorgt twee keer per week na schooltijd een sportuur in onze "
              "gymzaal voor leerlingen die niet bij een club terechtkunnen.")
    staff = "Twee keer per week is er na schooltijd een sportuur voor collega's in onze gymzaal."
    assert "v2.d-vitale-werknemers" not in passage_targets(asg, pupils, "venster-4")
    assert "v2.d-vitale-werknemers" in passage_targets(asg, staff, "venster-2")
    senior = "Docenten van 57 jaar en ouder kunnen gebruikmaken van de seniorenregeling uit de cao en minder lesuren geven."
    assert "v2.d-welbevinden" in passage_targets(asg, senior, "venster-2")
    from koerswijzer.congruence.concepts import people_of
    assert people_of("De leerkrachten zitten in het netwerk Jonge Kind Almere Haven met collega's.") == "staff"
    assert people_of("Ouders en kinderen zijn welkom.") == "pupils"


def test_a_thing_of_several_words_is_not_found_through_the_people_in_it(asg: Koers) -> None:
    """"Collega-schoolbesturen" are the boards ASG talks with; "collega's" in a school's plan are its
    colleagues. The people word of a target's term alone does not find the term."""
    hiring = ("Bij het aannemen van nieuwe collega's letten wij erop dat het team de verschillende achtergronden "
              "in de wijk weerspiegelt.")
    assert "v4.d-gesprekspartner" not in passage_targets(asg, hiring, "venster-4")
    boards = ("Met twee collega-schoolbesturen en de gemeente pakken wij het lerarentekort aan met een gezamenlijke "
              "zij-instroomklas.")
    assert "v4.d-regionale-problemen" in passage_targets(asg, boards, "venster-4")


def test_whom_a_target_is_about_is_data_in_the_koers(asg: Koers) -> None:
    """"We delen de opbrengst van leren en ontwikkelen met elkaar" names nobody, but it is about staff:
    the koers says so (``over: medewerkers``). The pupils' results (referentieniveaus, a group about
    pupils) are then no opbrengst of the staff's learning; the staff sharing what they learned is."""
    assert asg.find("v3.d-opbrengst-delen").over == "medewerkers"
    pupils = ("Voor taal en rekenen werken we naar de referentieniveaus 1F en 2F; in groep 3 leren de kinderen "
              "lezen met Veilig leren lezen.")
    assert "v3.d-opbrengst-delen" not in passage_targets(asg, pupils, "venster-3")
    staff = ("De leerteams delen de opbrengst van hun onderzoek naar begrijpend lezen op de ASG-brede studiedag "
             "in maart.")
    assert "v3.d-opbrengst-delen" in passage_targets(asg, staff, "venster-3")


def test_whom_a_lexicon_group_is_about_is_data(asg: Koers) -> None:
    """The lexicon says per group whom it is about (``over:``): a staff talk is not zicht op
    ontwikkeling of pupils, and pupils' responsibility for their learning is not the staff's
    professional culture."""
    from koerswijzer.congruence.concepts import lexicon

    people = lexicon(asg).people
    assert people["gesprekscyclus"] == "staff" and people["zicht-op-ontwikkeling"] == "pupils"
    assert "gastvrijheid" not in people  # about everyone
    staff_talk = ("Met ieder teamlid voert de directeur in oktober een doelstellingsgesprek en in februari een "
                  "voortgangsgesprek; de verslagen staan in het personeelsdossier.")
    assert passage_targets(asg, staff_talk, "venster-2") == {"v2.d-gesprekscyclus"}
    assert passage_targets(asg, "Kinderen krijgen steeds meer verantwoordelijkheid voor hun eigen leren.",
                           "ambitieus") == set()
    pupils_talk = "Na elke toetsperiode bespreekt de intern begeleider met de leerkracht de voortgang van ieder kind."
    assert "v1.d-zicht-leerlingen" in passage_targets(asg, pupils_talk, "venster-1")


def test_a_board_sentence_with_a_tail_of_everyday_words_is_still_the_boards(asg: Koers) -> None:
    assert is_restated(asg, "Wij geven altijd het beste van onszelf, ook op de moeilijke dagen.")
    # A tail with content of the school's own is the school's: a figure, or a name the check does not know.
    assert not is_restated(asg, "Wij geven altijd het beste van onszelf: 96% van de lessen begint op tijd.")
    assert not is_restated(asg, "Wij geven altijd het beste van onszelf, ook in de Snappet-rekenles.")
    assert not passage_targets(asg, "Wij geven altijd het beste van onszelf, ook op de moeilijke dagen.", "ambitieus")
    # The part of a board sentence before its colon, restated on its own, is the board's too.
    assert is_restated(asg, "De kwaliteit van ons onderwijs is en blijft op orde.")
    assert not is_restated(asg, "De kwaliteit van ons onderwijs is en blijft op orde: in 2024 haalde 92% van "
                                "onze leerlingen niveau 1F voor rekenen.")


def test_a_separable_verb_split_over_its_clause_is_read_as_the_whole_verb(asg: Koers) -> None:
    from koerswijzer.congruence.concepts import lemma_sequence, sentence_concepts
    from koerswijzer.congruence.text import reading_words

    assert reading_words("Collega's spreken elkaar aan als afspraken niet worden nagekomen.")[:4] == (
        "collega's", "", "elkaar", "aanspreken")
    assert "bijstellen" in lemma_sequence("Dan stellen we het perspectief naar boven bij; naar beneden niet.")
    assert "omgaan" in lemma_sequence("Ze gaan respectvol met elkaar om.")
    # A preposition inside its clause, or "om" that starts the next clause, is no particle.
    assert reading_words("We werken in groepen.") == ("we", "werken", "in", "groepen")
    assert "inzetten" in reading_words("We zetten middelen in om te leren.")
    # "kader" of the vmbo is its kaderberoepsgerichte leerweg, not "de kaders van onze profilering".
    assert "kader" not in reading_words("Een school voor vmbo basis en kader; de afdeling vmbo-kader groeit.")
    assert "kader" not in reading_words("De examenprogramma's van mavo en kader; leerroute 2 leidt naar basis of kader.")
    assert not any(w.startswith("kaderklas") for w in reading_words("Er zijn mavoklassen en kaderklassen."))
    assert "kader" not in reading_words("Een snuffelstage (mavo) of een beroepsoriënterende stage (kader).")
    assert "kaders" in reading_words("Wij werken binnen de kaders van onze profilering.")
    assert reading_words("De kinderen gaan om 12 uur naar huis.")[3] == "om"
    # Only a verb joins its particle, and an adverb that ends a clause is no particle.
    assert reading_words("Wij gaan om met de mensen binnen en buiten de school.") == tuple(
        "wij gaan om met de mensen binnen en buiten de school".split())
    assert "inzetten" in reading_words("We zetten middelen in om te leren.")
    # the irregular past of a common verb is that verb ("dacht" is "denken")
    assert "meedenken" in lemma_sequence("De MR dacht bij het rooster actief mee.")

    def concepts(text: str) -> set[str]:
        return {c for c, _ in sentence_concepts(asg, text) if not c.startswith("w:")}

    assert "professionele-cultuur" in concepts("Collega's spreken elkaar aan als afspraken niet worden nagekomen.")
    assert "professionele-cultuur" in concepts("Collega's zijn gewend elkaar aan te spreken.")


def test_an_introduction_or_a_look_back_is_read_for_the_statutory_items_but_addresses_nothing(
        tmp_path: Path, asg: Koers) -> None:
    partners = ("Wij werken samen met de kinderopvang, de bibliotheek en het buurthuis in de wijk: samen "
                "organiseren we elke woensdag een naschools programma.")
    cycle = "Met elke collega voeren we jaarlijks een startgesprek, een voortgangsgesprek en een eindgesprek."

    def reviewed(first: str, second: str):  # type: ignore[no-untyped-def]
        document = docx.Document()
        document.add_heading("Schoolplan 2024-2028 De Vlinder", 0)
        document.add_heading(first, 1)
        document.add_paragraph(partners)
        document.add_heading(second, 1)
        document.add_paragraph(cycle)
        document.add_paragraph("De MR heeft op 12 juni 2024 ingestemd met dit schoolplan.")
        path = tmp_path / f"{first}.docx"
        document.save(str(path))
        return review_file(path, asg)

    context = reviewed("Voorwoord", "Terugblik op het vorige schoolplan")
    assert context.report is not None
    assert not context.report.targets["v4.d-nabije-omgeving"].addressed
    assert not context.report.targets["v2.d-gesprekscyclus"].addressed
    assert context.statutory["mr_instemming"] is True  # still read there
    own = reviewed("Samen met de wijk", "Ons team")
    assert own.report is not None
    assert own.report.targets["v4.d-nabije-omgeving"].addressed
    assert own.report.targets["v2.d-gesprekscyclus"].addressed


@pytest.mark.parametrize("text", [
    "Wij streven ernaar dat de cultuur op onze school gastvrij is en dat iedereen zich welkom voelt.",
    "Ons doel is dat wij zicht hebben op de onderwijsbehoeftes van onze kinderen en van ons team.",
    "Ons doel is dat het personeel deelneemt aan leergemeenschappen en netwerken en bijdraagt aan de leercultuur.",
    "Een toekomstgericht curriculum is voor OBS De Regenboog vanzelfsprekend.",
])
def test_a_board_sentence_as_the_schools_wish_or_with_its_people_renamed_is_still_the_boards(
        asg: Koers, text: str) -> None:
    assert is_restated(asg, text)


def test_a_board_sentence_split_in_two_counts_for_nothing_but_a_second_half_of_its_own_does(asg: Koers) -> None:
    split = ("Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling. Zij wonen bijeenkomsten "
             "bij en volgen cursussen en programma's van de ASG Academie.")
    assert not passage_targets(asg, split, "venster-2")
    own = ("Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling. Dit jaar volgen zes "
           "collega's de opleiding tot rekencoördinator en het hele team de training Expliciete Directe Instructie.")
    assert "v2.d-professionele-ontwikkeling" in passage_targets(asg, own, "venster-2")


def test_a_restated_topic_sentence_counts_with_the_next_one_when_that_speaks_of_the_same_thing(asg: Koers) -> None:
    topic = "Wij hebben zicht op de onderwijsbehoeftes van onze leerlingen en medewerkers."
    detail = ("Elke leerling heeft twee keer per jaar een kindgesprek met de eigen leerkracht over wat goed gaat "
              "en wat lastig is.")
    assert passage_targets(asg, topic, "gezien-worden") == set()
    assert "gw.d-zicht-behoeftes" not in passage_targets(asg, detail, "gezien-worden")  # too little alone
    assert "gw.d-zicht-behoeftes" in passage_targets(asg, f"{topic} {detail}", "gezien-worden")
    # The next paragraph is not the topic's own elaboration, nor a list of methods after it.
    # (a kindgesprek with every child is the board's "wordt gezien" on its own, not the topic's zicht)
    assert "gw.d-zicht-behoeftes" not in passage_targets(asg, f"{topic}\n\n{detail}", "gezien-worden")
    assert passage_targets(asg, f"{topic} Wij werken met de methodes Pluspunt, Staal en Nieuwsbegrip.",
                           "gezien-worden") == set()


def test_the_burgerschapsopdracht_in_the_laws_words_is_the_statutory_item_not_a_koers_target(asg: Koers) -> None:
    law = ("In de lessen besteden we aandacht aan de basiswaarden van de democratische rechtsstaat, zoals vrijheid "
           "van meningsuiting, gelijkwaardigheid, begrip voor anderen, verdraagzaamheid en het afwijzen van discriminatie.")
    found = passage_targets(asg, law, "gezien-worden") | passage_targets(asg, law, "open")
    assert not found & {"gw.d-waardevol", "op.d-open-blik"}


@pytest.mark.parametrize("text", [
    "Ook wij willen gericht inhoud geven aan ons onderwijs langs de drie horizonten: continue, fundamentele en "
    "radicale veranderingen.",
    "Ons team wil onderwijs ontwikkelen dat past bij de belevingswereld van de kinderen.",
    "Onze cultuur is gastvrij: kinderen, ouders en bezoekers voelen zich hier thuis.",
    "Wij vinden het welbevinden van onze collega's in elke fase van hun leven erg belangrijk.",
    "Nieuwe inzichten maken ons nieuwsgierig; zo houden we ons onderwijs van deze tijd.",
    "We hebben lef en durven te experimenteren.",  # part of one long board sentence, every word the board's
    "Wij geven elke dag het beste van onszelf, voor elk kind.",  # a one-word board sentence with emphasis
    "Wij zijn gemotiveerd om ons te blijven ontwikkelen.",  # half of the board's words, none of its own
    "Met ouders communiceren we open en toegankelijk.",  # the board's word in another word class
    "Wij ontwikkelen onderwijs dat aansluit bij de belevingswereld van jongeren.",  # the pupils by another name
    # a reason after the board's sentence says why, not what the school does
    "Wij willen nauw samenwerken met maatschappelijke partners in de nabije omgeving, want kinderen leren ook "
    "buiten de school.",
])
def test_a_board_sentence_spelled_out_with_its_own_words_people_or_everyday_words_is_still_the_boards(
        asg: Koers, text: str) -> None:
    assert is_restated(asg, text)


@pytest.mark.parametrize("text", [
    "Wij hebben hoge verwachtingen van onze leerlingen: elke leerling krijgt een eigen leerdoel per periode.",
    "Ouders zijn betrokken: elke week komen ouders in de klas helpen met lezen.",
    "Wij streven ernaar om in elke groep twee keer per jaar een kindgesprek over welbevinden te voeren.",
    # a figure written out, and a compound with another head ("onderzoekscyclus" is no "onderzoeksvraag")
    "Twee docenten volgen de master Leren en Innoveren en doen onderzoek in de eigen school.",
    "In de bovenbouw werken leerlingen met een onderzoekscyclus en leren zij conclusies trekken.",
    # a purpose with an arrangement of the school's own
    "Wij werken nauw samen met maatschappelijke partners in de nabije omgeving, zodat de buurtsportcoach elke "
    "woensdag op het plein staat.",
])
def test_a_board_sentence_with_an_arrangement_of_the_schools_own_is_not_restated(asg: Koers, text: str) -> None:
    assert not is_restated(asg, text)


def test_a_section_of_the_schools_facts_is_context_but_its_meerjarenplanning_holds_goals(
        tmp_path: Path, asg: Koers) -> None:
    """The building, the times, the money and the pupil numbers describe the school; they take up no
    target. A goals table in the same chapter still holds goals."""
    building = ("Het was een ambitieuze verbouwing: er kwamen nieuwe leerpleinen en een open "
                "ontmoetingsruimte waar ouders en bezoekers welkom zijn. De gemeente betaalde mee.")

    def reviewed(heading: str):  # type: ignore[no-untyped-def]
        document = docx.Document()
        document.add_heading("Schoolplan 2024-2028 De Vlinder", 0)
        document.add_heading("Praktische zaken", 1)
        document.add_heading(heading, 2)
        document.add_paragraph(building)
        document.add_heading("Meerjarenplanning", 2)
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Doel", "Meetbaar resultaat", "Wanneer")):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, ("95% van de ouders neemt deel aan de startgesprekken met ouders en kind",
                                                    "95% deelname", "juli 2026")):
            cell.text = text
        path = tmp_path / "feiten.docx"
        document.save(str(path))
        return review_file(path, asg)

    for heading in ("Het gebouw", "8.2 De verbouwing", "Nieuwbouw aan de Bolderweg"):
        facts = reviewed(heading)
        assert facts.report is not None
        assert not facts.report.targets["gw.d-gastvrij"].addressed, heading
        assert not facts.report.targets["vs.d-innovatieve-leerconcepten"].addressed, heading
        assert facts.report.element("venster-4").goals == 1
    own = reviewed("Gastvrijheid en vernieuwing")
    assert own.report is not None
    assert own.report.targets["gw.d-gastvrij"].addressed


def test_a_goal_table_places_a_row_by_the_venster_it_names_and_a_meerjarenplanning_is_a_goal_table(
        tmp_path: Path, asg: Koers) -> None:
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.review import read_docx

    document = docx.Document()
    document.add_heading("Schoolplan 2024-2028 De Vlinder", 0)
    document.add_heading("Onze doelen", 1)
    rows = [("Doel", "Venster", "Indicator", "Gereed"),
            ("Ziekteverzuim hoogstens 5,5%", "Venster 2", "Verzuimcijfers", "2027"),
            ("Ieder kind leest dagelijks twintig minuten", "", "Leesregistratie", "Juli 2026")]
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_heading("Meerjarenplanning", 1)
    years = [("Doel", "2024-2025", "2025-2026"), ("Startgesprekken met ouders", "Proef in groep 3", "Alle groepen")]
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, years):
        for cell, value in zip(row.cells, values):
            cell.text = value
    path = tmp_path / "doelen.docx"
    document.save(str(path))
    goals = {g.wat: g for g in map_document(read_docx(path), asg).goals}
    assert goals["Ziekteverzuim hoogstens 5,5%"].element_id == "venster-2"
    assert goals["Ziekteverzuim hoogstens 5,5%"].schooljaar == 2027
    assert goals["Ieder kind leest dagelijks twintig minuten"].element_id is None  # placed later by its words
    assert goals["Startgesprekken met ouders"].schooljaar == 2024


def test_a_goal_row_without_a_when_column_is_dated_by_its_own_words_or_its_evaluation(
        tmp_path: Path, asg: Koers) -> None:
    from koerswijzer.review.mapping import map_document
    from koerswijzer.review.review import read_docx

    document = docx.Document()
    document.add_heading("Doelen", 1)
    rows = [("Doel", "Activiteiten", "Eigenaar", "Evaluatie"),
            ("In 2028 haalt ten minste 50% van onze leerlingen 1S bij rekenen.", "Dagelijks automatiseren",
             "Rekencoördinator", "Na de eindtoets"),
            ("Een doorgaande lijn voor hoogbegaafde leerlingen", "Signalering in groep 1-2", "Specialist",
             "Juni 2026"),
            ("Meer plezier in lezen", "Leesbevordering", "Leescoördinator", "Jaarlijks")]
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    path = tmp_path / "doelen.docx"
    document.save(str(path))
    years = {g.wat[:20]: g.schooljaar for g in map_document(read_docx(path), asg).goals}
    assert years == {"In 2028 haalt ten mi": 2028, "Een doorgaande lijn ": 2026, "Meer plezier in leze": None}


def test_two_items_of_a_list_are_two_things_and_a_label_of_a_few_words_is_a_bare_mention(asg: Koers) -> None:
    wish = "We willen een school zijn die durft te vernieuwen en nieuwe dingen uitprobeert."
    goal = "In 2027 stroomt ten minste 15 procent van onze geslaagde mavoleerlingen door naar havo 4."
    assert "vs.d-innovatieve-leerconcepten" not in passage_targets(asg, f"7. {wish}\n8. {goal}", "vooruitstrevend")
    assert "vs.d-innovatieve-leerconcepten" not in passage_targets(asg, f"- {wish}\n- {goal}", "vooruitstrevend")
    assert not passage_targets(asg, "Instrumenten:\n- de functiemix\n- het scholingsplan", "venster-2")


def test_what_happened_to_a_document_or_an_announcement_of_a_list_adds_nothing_to_a_restated_sentence(
        asg: Koers) -> None:
    assert not passage_targets(asg, "Het profiel is in 2023 vastgesteld en afgestemd met het samenwerkingsverband.",
                               "venster-1")
    # with what the school did beside it, the sentence is the school's own
    assert "op.d-respectvol" in passage_targets(
        asg, "Met de kinderen stellen we klassenafspraken op over hoe we met elkaar omgaan. Het pestprotocol is "
             "in 2023 herzien samen met de leerlingenraad, en ons team heeft een gedragscode ondertekend voor de "
             "omgang met ouders en externen.", "open")
    restated = "Onze cultuur is gastvrij: kinderen, ouders en bezoekers voelen zich hier thuis."
    assert not passage_targets(asg, f"{restated} Hiervoor gebruiken wij onder andere:", "gezien-worden")


@pytest.mark.parametrize("text, element, target", [
    ("Wij willen een school zijn waar kinderen, ouders en bezoekers zich welkom voelen.", "gezien-worden", "gw.d-gastvrij"),
    ("Ons streven is om te werken met nieuwe leerconcepten die passen bij onze school.", "vooruitstrevend",
     "vs.d-innovatieve-leerconcepten"),
    ("Bij ons staat respect voor elkaar centraal.", "open", "op.d-respectvol"),
    ("Dit werken wij in schooljaar 2025-2026 verder uit in een communicatieplan.", "open",
     "op.d-transparante-communicatie"),
    ("Ons schoolondersteuningsprofiel staat op de website.", "venster-1", "v1.d-zorgprofiel"),
    ("Het lerarentekort is ook in Almere een groot probleem.", "venster-4", "v4.d-regionale-problemen"),
    ("We volgen de ontwikkelingen van de ASG Regiegroep Innovatie met belangstelling.", "vooruitstrevend",
     "vs.d-drie-horizonten"),
    ("Ons motto is 'Vakmanschap en waardering voor ieders talent'.", "venster-2", "v2.d-erkenning"),
    ("Wij werken met de methodes Pluspunt, Staal en Nieuwsbegrip, die hoge eisen stellen aan de leerlingen.", "ambitieus",
     "am.d-hoge-verwachtingen"),
    ("Ons stelsel van kwaliteitszorg willen wij samenhangend, cyclisch en integraal maken, en zichtbaar voor het hele "
     "team.", "venster-1", "v1.d-stelsel-kwaliteitszorg"),
    ("De komende jaren willen wij zoeken naar manieren om ouders meer te betrekken bij het leren van hun kind.",
     "venster-4", "v4.d-ouders-betrokken"),
    ("Hoe dat er bij ons precies uitziet, werken wij later uit in een eigen kwaliteitshandboek.", "venster-1",
     "v1.d-stelsel-kwaliteitszorg"),
    # put off to later in other words
    ("Ook wij willen onze ouders helder en begrijpelijk informeren; dat werken we later, in een volgend jaarplan, "
     "verder uit.", "open", "op.d-transparante-communicatie"),
    ("Wij zoeken naar nieuwe inzichten om ons onderwijs eigentijds te maken; hoe precies, is een onderwerp voor "
     "later.", "vooruitstrevend", "vs.d-nieuwsgierig"),
    # a value, not an arrangement
    ("Respect is voor ons geen regel op papier, maar een houding.", "open", "op.d-respectvol"),
    # still to be talked about, or not done enough yet
    ("Thema's als digitale geletterdheid en programmeren bespreken we in een van de komende jaren met het team.",
     "venster-1", "v1.d-toekomstgericht-curriculum"),
    ("Het professioneel statuut staat voor 2026-2027 op de agenda van de personeelsgeleding van de MR.",
     "venster-2", "v2.d-erkenning"),
    # the law's basiswaarden of burgerschap are the statutory item, not respect or an open view
    ("In leerjaar 3 krijgen alle leerlingen les over de basiswaarden vrijheid, gelijkwaardigheid en "
     "solidariteit.", "open", "op.d-respectvol"),
    ("In groep 8 geven wij zes lessen over de democratische rechtsstaat: wat de gemeenteraad doet en hoe je "
     "stemt.", "venster-4", "v4.d-gesprekspartner"),
    # who the pupils are: the school's setting, not what it does
    ("Ongeveer een derde van de kinderen groeit op met een andere thuistaal dan het Nederlands, vooral Turks en "
     "Arabisch.", "open", "op.d-open-blik"),
    ("De wijk is gemengd: er wonen gezinnen met veel verschillende achtergronden.", "open", "op.d-open-blik"),
    # one named method or model, and no more
    ("Wij werken planmatig aan kwaliteit volgens de PDCA-cyclus.", "venster-1", "v1.d-stelsel-kwaliteitszorg"),
    ("In alle groepen werken wij met de Kanjertraining.", "open", "op.d-respectvol"),
    # a restated board sentence and a list of means: tools named, nothing done with them
    ("Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling. Wij gebruiken daarvoor: de ASG "
     "Academie, Leraar24, de e-learning van Stichting Praktijkleren en Teachers Channel.", "venster-2",
     "v2.d-leergemeenschappen"),
    ("In onze communicatie zijn we transparant en toegankelijk. Wij gebruiken daarvoor: het ouderportaal van "
     "Magister, de app Parro, de nieuwsbrief en onze website.", "open", "op.d-transparante-communicatie"),
    ("Wij gebruiken daarvoor: WMK, de kwaliteitskalender en de tevredenheidspeiling.", "venster-1",
     "v1.d-stelsel-kwaliteitszorg"),
    ("Wij gebruiken hiervoor Werken met Kwaliteit (WMK).", "venster-1", "v1.d-stelsel-kwaliteitszorg"),
    ("Wij werken samen met verschillende partners, zoals de bibliotheek, de buitenschoolse opvang, de GGD en het "
     "wijkteam.", "venster-4", "v4.d-partners"),
    ("Wij vinden samenwerking met de wijk erg belangrijk. Denk aan de kinderopvang, de bibliotheek, de "
     "sportverenigingen, het wijkteam en de GGD.", "venster-4", "v4.d-partners"),
    ("Welke ondersteuning wij bieden, staat in ons schoolondersteuningsprofiel, dat in 2024 is vastgesteld en op onze "
     "website staat.", "venster-1", "v1.d-zorgprofiel"),
    # a belief, and the board's value after it
    ("Wij geloven dat ieder mens uniek is geschapen. Daarom is op De Akker iedereen waardevol en wordt iedereen "
     "gezien, kinderen én volwassenen.", "gezien-worden", "gw.d-waardevol"),
    # the board's sentence in another word class ("communiceren" for "communicatie")
    ("Met ouders communiceren we open en toegankelijk.", "open", "op.d-transparante-communicatie"),
    # a wish, and then only the scene: nothing the school does
    ("Wij willen nauw samenwerken met maatschappelijke partners in de nabije omgeving. De Kruidenwijk verandert: er "
     "komen nieuwe woningen aan de rand van het park.", "venster-4", "v4.d-nabije-omgeving"),
])
def test_a_wish_a_value_or_a_plan_to_work_it_out_later_addresses_nothing(
        asg: Koers, text: str, element: str, target: str) -> None:
    assert target not in passage_targets(asg, text, element)


def test_a_wish_with_a_date_or_a_named_arrangement_or_worked_out_after_it_counts(asg: Koers) -> None:
    dated = ("Wij willen dat in juni 2026 alle ouders bij de voordeur worden begroet en dat nieuwe gezinnen "
             "een rondleiding krijgen.")
    assert "gw.d-gastvrij" in passage_targets(asg, dated, "gezien-worden")
    wish = "Wij willen een school zijn waar kinderen, ouders en bezoekers zich welkom voelen."
    worked_out = ("Daarom staat de directeur elke ochtend bij de deur en krijgt elk nieuw gezin een rondleiding "
                  "door een leerling uit groep 8.")
    assert "gw.d-gastvrij" in passage_targets(asg, f"{wish} {worked_out}", "gezien-worden")
    problem = "Het lerarentekort raakt ook onze wijk."
    answer = ("Wij doen daarom mee in het opleidingspartnerschap van de Almeerse schoolbesturen en de pabo: "
              "elk jaar leiden wij vier zij-instromers op.")
    assert "v4.d-regionale-problemen" in passage_targets(asg, f"{problem} {answer}", "venster-4")


@pytest.mark.parametrize(("text", "element", "target"), [
    # every school belongs to a samenwerkingsverband: naming it is no arrangement
    # every vo-school has mentors, every employer a staff survey, and every ASG school the same HR system
    ("De directeur legt elk gesprek binnen twee weken vast in het digitale dossier in Youforce.", "venster-3",
     "v3.d-processen-systemen"),
    ("In de onderbouw hebben we een stevig mentoraat met een mentoruur.", "gezien-worden", "gw.d-waardevol"),
    ("In het medewerkersonderzoek van 2024 gaf 62 procent van het personeel de werkdruk een voldoende.",
     "venster-2", "v2.d-betrokken-trots"),
    # a creative subject is no 21st-century skill ("creatief denken")
    ("Op vrijdagmiddag hebben alle groepen creatieve vakken: tekenen, handvaardigheid en muziek.", "venster-1",
     "v1.d-toekomstgericht-curriculum"),
    ("Voor ondersteuning die wij niet kunnen bieden, verwijzen we naar het samenwerkingsverband.", "venster-1",
     "v1.d-dekkend-netwerk"),
    ("De intern begeleider neemt deel aan het netwerk van intern begeleiders van het samenwerkingsverband.",
     "venster-1", "v1.d-dekkend-netwerk"),
    # the levensfase of staff is their welbevinden, not their vitality
    ("Collega's van 57 jaar en ouder kunnen hun uren duurzame inzetbaarheid opnemen als vrije dagen.", "venster-2",
     "v2.d-vitale-werknemers"),
    # a startgesprek of the staff's gesprekscyclus is no conversation with parents
    ("Wij merken dat collega's hun ontwikkeldoel steeds vaker zelf meenemen naar het startgesprek met de directeur.",
     "venster-2", "v4.d-ouders-betrokken"),
    # other schools in the city are not the board's own
    ("Net als andere scholen in Almere hebben wij specialisten voor lezen en rekenen.", "venster-2", "v2.d-talenten"),
    # the board's motto with emphasis, and nothing the school does
    ("Ambitie is voor ons vanzelfsprekend: wij geven altijd het beste van onszelf, elke dag weer.", "ambitieus",
     "am.d-beste-van-onszelf"),
    ("Zo geven we, in dankbaarheid, elke dag het beste van onszelf.", None, "am.d-beste-van-onszelf"),
    ("Zo geven we, in dankbaarheid, elke dag het beste van onszelf. Wat we willen bereiken: in juni 2026 is de map "
     "met Bijbelverhalen in pictogrammen af.", None, "am.d-beste-van-onszelf"),
    # a projectweek about religions is no innovative concept of learning; responsibility in a reflection
    # is no professional culture
    ("In november en maart houden alle groepen een projectweek levensbeschouwing.", "vooruitstrevend",
     "vs.d-innovatieve-leerconcepten"),
    ("Reflectie is het scharnier tussen vrijheid en verantwoordelijkheid.", "ambitieus", "am.d-beste-van-onszelf"),
    # a track of the vmbo and a trip named among other things are no belevingswereld of pupils
    ("Met de nieuwe leerweg volgt iedere mavoleerling in leerjaar 3 en 4 een praktijkgericht programma.", "venster-1",
     "v1.d-belevingswereld"),
    ("Ouders helpen daarnaast bij de bibliotheek, excursies en de sportdag.", "venster-1", "v1.d-belevingswereld"),
    # the days off of pupils are no welbevinden of staff
    ("Daarnaast zijn er vijf roostervrije dagen voor leerlingen, waarvan twee rond de rapportvergaderingen.",
     "venster-2", "v2.d-welbevinden"),
    # the law's samenwerkingsverband and ondersteuningsprofiel, named by every plan, are no place elsewhere
    ("Extra ondersteuning regelen we met een arrangement van het samenwerkingsverband Passend Onderwijs Almere; in "
     "2022-2023 waren dat er zes.", "venster-1", "v1.d-dekkend-netwerk"),
    # a visit to a care farm is no place in the city's network; an innovation budget is no horizon
    ("Groep 6 werkt vier keer per jaar een ochtend mee op zorgboerderij De Hoeve.", "venster-1", "v1.d-dekkend-netwerk"),
    ("Wij vragen daarvoor een bijdrage aan bij de ASG Regiegroep Innovatie.", "vooruitstrevend",
     "vs.d-drie-horizonten"),
])
def test_a_word_every_plan_uses_or_a_word_of_another_target_is_not_this_target(
        asg: Koers, text: str, element: str | None, target: str) -> None:
    assert target not in passage_targets(asg, text, element)


@pytest.mark.parametrize(("text", "element", "target"), [
    ("Het ziekteverzuim was in 2024 7,4 procent; na de tweede ziekmelding volgt een gesprek met de bedrijfsarts.",
     "venster-2", "v2.d-vitale-werknemers"),
    ("Collega's van 57 jaar en ouder kunnen hun uren duurzame inzetbaarheid opnemen als vrije dagen.", "venster-2",
     "v2.d-welbevinden"),
    # a list of means with a rhythm in it says what the school does
    ("We gebruiken de volgende instrumenten: twee keer per jaar een zelfevaluatie met WMK en elke twee jaar een "
     "tevredenheidspeiling, die we in de kwaliteitskalender van het jaar zetten.", "venster-1",
     "v1.d-stelsel-kwaliteitszorg"),
    ("Samen met het samenwerkingsverband en de ouders zoeken we een plek in het speciaal basisonderwijs; sinds 2021 "
     "stapten zes kinderen over.", "venster-1", "v1.d-dekkend-netwerk"),
    # a colleague's expertise for the other schools of the board: for the whole organisation
    ("Sinds 2023 geeft onze gedragsspecialist training aan leerkrachten van twee andere ASG-scholen in Poort.",
     "venster-2", "v2.d-talenten"),
    ("Die specialist geeft op verzoek werksessies aan teams van collega-scholen, in 2023-2024 vier keer.",
     "venster-2", "v2.d-talenten"),
    ("Het Kompas neemt deel aan het thuiszittersoverleg, samen met de andere schoolbesturen, leerplicht en de "
     "gemeente.", "venster-4", "v4.d-regionale-problemen"),
    ("Lukt het ons niet, dan zoeken we samen met het samenwerkingsverband binnen zes weken een plek in het OPDC of "
     "het vso.", "venster-1", "v1.d-dekkend-netwerk"),
    ("Kunnen wij een kind niet helpen, dan zoeken wij samen met ouders en het samenwerkingsverband een passende "
     "school.", "venster-1", "v1.d-dekkend-netwerk"),
    ("Past ons onderwijs niet bij een kind, dan zoeken wij met ouders en het samenwerkingsverband een school die beter "
     "past.", "venster-1", "v1.d-dekkend-netwerk"),
    # a PLG written out is a PLG
    ("Veertien docenten vormen twee professionele leergemeenschappen rond formatief evalueren.", "venster-2",
     "v2.d-leergemeenschappen"),
    # the Werkdrukakkoord's means are there for the staff's welbevinden
    ("Het team kiest elk jaar in mei hoe we de werkdrukmiddelen besteden; nu is dat een extra onderwijsassistent.",
     "venster-2", "v2.d-welbevinden"),
])
def test_the_schools_own_arrangement_for_the_target_counts(asg: Koers, text: str, element: str, target: str) -> None:
    assert target in passage_targets(asg, text, element)


@pytest.mark.parametrize("sentence, own", [
    ("Elke leerling voert in oktober en maart een kindgesprek met de leerkracht.", True),  # a month, an arrangement
    ("Daarom werken we met een kwaliteitskalender.", True),  # an instrument
    ("De intern begeleider bespreekt de groep met de leerkracht.", True),  # a role
    ("Bij verzuim schakelen wij de bedrijfsarts in.", True),  # a role outside the school
    ("Onze verzuimcoördinator belt een zieke collega op.", True),  # a role of several words
    ("Wij werken met De Vreedzame School.", True),  # a named method
    ("Aan het begin van het schooljaar kiest iedere collega een ontwikkelvraag.", True),  # a moment in the year
    ("Respect: wij gaan goed met elkaar om.", False),
    ("Onze kwaliteitszorg is samenhangend en cyclisch en is zichtbaar voor iedereen in de school.", False),
    ("Wij vinden het belangrijk dat wij als team steeds blijven leren.", False),  # "team" alone arranges nothing
    ("Ook zij verdienen aandacht en waardering voor wat zij elke dag doen.", False),  # emphasis, no rhythm
    ("Bij vernieuwing volgen wij de drie horizonten van ASG.", False),  # the board's own figure
    ("Op De Akker heerst een gezamenlijke leercultuur.", False),  # the school's own name
    ("Collega's van andere ASG-scholen ontmoeten elkaar regelmatig.", False),  # the board's name
])
def test_content_of_the_schools_own_is_a_figure_a_name_a_role_or_an_arrangement(
        asg: Koers, sentence: str, own: bool) -> None:
    from koerswijzer.congruence.empty import is_concrete

    assert is_concrete(asg, sentence) is own


def test_a_plan_that_restates_a_lot_counts_only_passages_with_content_of_its_own(asg: Koers, tmp_path: Path) -> None:
    def plan(name: str, *sections: tuple[str, str]) -> Path:
        document = docx.Document()
        document.add_heading("Schoolplan 2024-2028", 0)
        for heading, paragraph in sections:
            document.add_heading(heading, 1)
            document.add_paragraph(paragraph)
        document.save(str(tmp_path / name))
        return tmp_path / name

    characterises = ("Open", "Wij zijn er trots op dat onze school een afspiegeling is van de wijk.")
    practice = ("Venster 1: Goed en toegankelijk onderwijs",
                "In de leerteams bereiden collega's samen een les voor en kijken ze bij elkaar in de klas. Elke "
                "leerling voert in oktober en maart een kindgesprek met de leerkracht over wat het wil leren.")
    restated = ("Onze kernwaarden", "Wij zijn gastvrij. Wij hebben hoge verwachtingen van elkaar. "
                                    "Wij geven altijd het beste van onszelf.")
    own_words = review_file(plan("eigen.docx", characterises, practice), asg)
    restating = review_file(plan("herhalend.docx", restated, characterises, practice), asg)
    assert own_words.ok and restating.ok
    # In a plan in its own words the sentence that characterises counts (a reader gives it the benefit
    # of the doubt) ...
    assert own_words.report.targets["op.d-open-blik"].addressed
    # ... in a plan where one sentence in twelve or more restates the board, it is one more board
    # sentence in other words; the school's own practice still counts in both.
    assert not restating.report.targets["op.d-open-blik"].addressed
    # and the reader is told why, with the passage
    why = [f for e in restating.elements if e.element_id == "open" for f in e.findings if "afspiegeling" in f]
    assert why and "herhaalt veel zinnen van het bestuur" in why[0] and "zonder eigen inhoud" in why[0]
    for report in (own_words.report, restating.report):
        assert report.targets["v2.d-leergemeenschappen"].addressed
        assert report.targets["gw.d-waardevol"].addressed


@pytest.mark.parametrize("sentence, taken_up", [
    ("Een eigen vitaliteitsprogramma hebben wij niet; daarvoor volgen wij wat ASG aanbiedt.", False),
    ("Wij hebben geen eigen vitaliteitsprogramma.", False),
    ("Wij hebben geen eigen gymzaal, maar gebruiken drie keer per week die van de buurschool.", True),
    ("Dit sluit aan bij de kernwaarde Open uit Koers 22: wij gaan respectvol om met iedereen.", False),
    ("Het past ook bij de ambitie van ASG dat alle scholen een toekomstgericht curriculum hebben.", False),
    ("Ons kindcentrum neemt op dit moment niet deel aan een innovatiegroep.", False),
    ("Dit is een taak van het bestuur en de Regiegroep Innovatie.", False),
    ("Dat medewerkers trots zijn op ASG, is in de eerste plaats een opdracht van het bestuur.", False),
    ("ASG schrijft in de koers dat collega's van alle scholen elkaar regelmatig ontmoeten.", False),
    ("Wij wachten de nieuwe kerndoelen voor burgerschap af.", False),
    ("Het professioneel statuut bespreken wij in 2025-2026 met het team.", False),
    ("Hoe wij dat verbeteren, werken wij uit in het jaarplan 2024-2025.", False),
    ("Hoe we dat concreet maken, pakken we de komende jaren samen met het bestuur op.", False),
    ("Ook wij willen dat secties expertise uitwisselen; hoe onze secties dat gaan doen, bepalen wij later.", False),
    ("Wij willen aandacht hebben voor het welbevinden van collega's; een plan daarvoor volgt.", False),
    ("Onze contacten met de buurt willen wij later uitbreiden.", False),
    ("Alle leerlingen nemen deel aan de Scholierenverkiezingen van ProDemos.", True),
    ("De leesconsulent past de boekenkast aan bij de interesses van de groep.", True),
    ("De communicatie met ouders is op orde gekomen en is in deze planperiode geen speerpunt.", False),
    ("Lezen is voor ons een speerpunt: elke dag lezen alle groepen twintig minuten.", True),
    ("Hoe het kind zich voelt, bespreken we in het kindgesprek in oktober en maart.", True),
    ("Een paar onderdelen van de koers laten we in deze periode bewust liggen, zoals interne mobiliteit.", False),
    ("Interne mobiliteit en vitaliteitsbeleid worden op bestuursniveau opgepakt; de school sluit daarop aan.", False),
    ("Het bestuur organiseert twee keer per jaar een studiedag voor alle medewerkers.", True),
    ("De innovatiestrategie van ASG met haar drie horizonten gebruiken we deze periode niet als kader.", False),
    ("Verder noemt de koers deelname aan leergemeenschappen en interne mobiliteit.", False),
    ("Interne mobiliteit hebben we deze periode niet als apart onderwerp opgenomen.", False),
    ("Vitaliteit laten we in deze planperiode buiten beschouwing.", False),
    ("We hebben de rekenmethode niet vervangen, maar uitgebreid met een leerlijn bewegend leren.", True),
    ("Over interne mobiliteit maken we in deze planperiode geen eigen afspraken.", False),
    # what the board wants or how it works is the board's, told
    ("ASG werkt volgens een besturingsfilosofie met vier sleutelbegrippen: professionele ruimte en rekenschap.",
     False),
    ("Het bestuur wil dat collega's van verschillende scholen elkaar regelmatig ontmoeten.", False),
    ("Voor de processen van het servicebureau en de interne expertise sluiten we aan bij wat ASG doet.", False),
    ("Voor rekenen sluiten wij aan bij de leerlijn van SLO en de referentieniveaus.", True),
    # what the school stopped, or nothing new started; but a stop with what it does now is content
    ("Het experiment met gepersonaliseerd leren op laptops in leerjaar 1 hebben wij gestopt.", False),
    ("Wij starten de komende vier jaar geen nieuwe onderwijsconcepten.", False),
    ("We zijn in 2023 gestopt met het oude huiswerkbeleid en geven nu elke week één taak mee.", True),
    ("Met ouders maken we duidelijke afspraken over huiswerk.", True),
    ("Voor gastvrijheid hebben we geen apart beleid, wel een vaste ontvangst bij de deur.", True),
])
def test_what_the_school_does_not_take_up_or_only_links_to_the_koers(asg: Koers, sentence: str, taken_up: bool) -> None:
    from koerswijzer.congruence.concepts import as_the_board
    from koerswijzer.congruence.empty import is_not_taken_up

    assert is_not_taken_up(as_the_board(asg, sentence)) is not taken_up


@pytest.mark.parametrize("sentence", [
    "Het past ook bij de ambitie van {board} dat iedere leerling goed leert lezen.",
    "Dit is een taak van {board}.",
    "{board} schrijft in het koersplan dat collega's elkaar regelmatig ontmoeten.",
])
def test_what_a_plan_says_of_its_board_reads_alike_for_every_board(asg: Koers, sentence: str) -> None:
    """Every board's plans name it by its own short name (``bestuur:`` in the koers file): "een taak van
    ASKO" under ASKO's koers is what "een taak van ASG" is under ASG's; under another koers it is a name."""
    from koerswijzer.congruence.passages import says_nothing_itself

    asko = resolve_koers("asko-koersplan-2023-2027")
    assert says_nothing_itself(asko, sentence.format(board="ASKO"))
    assert says_nothing_itself(asg, sentence.format(board="ASG"))
    assert not says_nothing_itself(asg, sentence.format(board="ASKO"))


def test_the_boards_own_name_is_no_arrangement_of_the_school(asg: Koers) -> None:
    """A capitalised word inside a sentence names the school's own arrangement (a method, a partner),
    except its board's short name: "trots op ASKO" says no more under ASKO's koers than "trots op ASG"
    under ASG's."""
    from koerswijzer.congruence.empty import is_concrete

    asko = resolve_koers("asko-koersplan-2023-2027")
    sentence = "Onze collega's zijn trots op {board} en voelen zich er thuis."
    assert not is_concrete(asko, sentence.format(board="ASKO"))
    assert not is_concrete(asg, sentence.format(board="ASG"))
    assert is_concrete(asg, sentence.format(board="ASKO"))  # under ASG's koers: a name of something else


def test_the_quick_word_test_before_not_taken_up_never_changes_its_answer() -> None:
    """is_not_taken_up looks for a word every alternative of NOT_TAKEN_UP holds before it runs the
    pattern: over every sentence of the development passages and plans, the answer is the pattern's."""
    import re as _re

    import yaml

    from koerswijzer.congruence import text
    from koerswijzer.congruence.empty import NOT_TAKEN_UP, is_not_taken_up

    here = Path(__file__).parent
    bodies = [p["tekst"] for f in sorted((here / "congruence_dev").glob("passages*.yaml"))
              for p in yaml.safe_load(f.read_text(encoding="utf-8"))]
    bodies += [" ".join(_re.findall(r'"([^"\n]{20,})"', f.read_text(encoding="utf-8")))
               for f in sorted((here / "review_dev" / "plans").glob("plan_*.py"))]
    sentences = [s for body in bodies for s in text.sentences(body)]
    assert len(sentences) > 5000
    taken = [s for s in sentences if bool(NOT_TAKEN_UP.search(s)) != is_not_taken_up(s)]
    assert taken == []
    assert sum(1 for s in sentences if is_not_taken_up(s)) >= 50


@pytest.mark.parametrize("sentence, wish_only", [
    ("En ook wij willen aandacht hebben voor het welbevinden van collega's in elke levensfase.", True),
    ("Wij zouden graag vaker kennis uitwisselen met collega's van andere scholen.", True),
    ("Ons onderwijs moet aansluiten bij de leefwereld van onze jongeren, en dat willen we ook blijven doen.", True),
    # the school's own name is no named arrangement
    ("Wij streven ernaar dat onze collega's zich betrokken voelen bij en trots zijn op De Zaaier.", True),
    ("Wij willen dat in 2026 alle collega's de cursus Met Sprongen Vooruit hebben gevolgd.", False),
    # a norm named and no more, or a difficulty with only a wish after it
    ("Elkaar aanspreken hoort daarbij.", True),
    ("Daar hoort bij dat wij elkaar daarop aanspreken, en dat wij elkaar een compliment geven.", True),
    ("Elkaar aanspreken vinden we soms nog lastig; daar willen we aan werken.", True),
    ("Daar hoort bij dat de mentor elke leerling twee keer per jaar spreekt.", False),
])
def test_a_wish_without_content_of_its_own(asg, sentence: str, wish_only: bool) -> None:
    from koerswijzer.congruence.empty import is_wish_only

    assert is_wish_only(asg, sentence) is wish_only


@pytest.mark.parametrize("sentence, points", [
    ("Welke ondersteuning wij leerlingen kunnen bieden, staat in ons schoolondersteuningsprofiel (SOP).", True),
    ("Wij zorgen voor een veilig klimaat voor alle kinderen; hoe wij dat doen, staat in ons veiligheidsplan.",
     True),
    ("We maken deel uit van het samenwerkingsverband passend onderwijs in Almere.", True),
    ("Wij werken daarin samen met het samenwerkingsverband Passend Onderwijs Almere.", True),
    ("Wij werken samen met het samenwerkingsverband: de consulent schuift zes keer per jaar aan bij het "
     "ondersteuningsteam.", False),
    ("Hoe het gaat, bespreken we elke maand met de ouders.", False),
    # where the results stand, and no more; and a longer list of what stands where
    ("De resultaten van de doorstroomtoets en de tussenresultaten staan in ons jaarverslag.", True),
    ("Welke middelen we gebruiken, wanneer ouders wat horen en hoe we omgaan met vragen en klachten, staat in ons "
     "communicatieplan en in de IKC-gids.", True),
    ("De resultaten van de doorstroomtoets bespreken we in juni met het team en de MR.", False),
    # what a document holds, and no more
    ("De schoolgids beschrijft hoe we ouders informeren.", True),
    ("Het veiligheidsplan regelt wie wat doet bij een incident.", True),
    ("Wij beschrijven elke leerling in een groepsoverzicht dat de IB'er drie keer per jaar bespreekt.", False),
])
def test_a_sentence_that_only_points_elsewhere(asg: Koers, sentence: str, points: bool) -> None:
    from koerswijzer.congruence.concepts import as_the_board
    from koerswijzer.congruence.passages import _points_elsewhere

    assert _points_elsewhere(as_the_board(asg, sentence)) is points


def test_two_board_sentences_joined_by_en_dat_are_restated(asg) -> None:
    from koerswijzer.congruence.restated import is_restated

    # each half alone is a board sentence in the school's words
    assert is_restated(asg, "Voor ons betekent dit dat wij aandacht hebben voor het welbevinden van medewerkers in "
                            "elke levensfase, en dat wij nieuwsgierig zijn naar nieuwe inzichten.")
    # one half of the school's own keeps the whole sentence the school's
    assert not is_restated(asg, "Wij hebben aandacht voor het welbevinden van medewerkers in elke levensfase, en "
                                "dat de vitaliteitscoach elke dinsdag spreekuur houdt.")


def test_words_of_another_sense_are_no_concept(asg) -> None:
    from koerswijzer.congruence.concepts import sentence_concepts

    # "respectievelijk" does not begin with the concept "respect"
    found = dict(sentence_concepts(asg, "Op de eindtoets haalden de leerlingen respectievelijk 94%, 72% en 44%."))
    assert "respect-omgangsvormen" not in found
    assert "respect-omgangsvormen" in dict(sentence_concepts(asg, "Wij gaan respectvol met elkaar om."))
    # a municipal election or forecast is no conversation with the gemeente
    assert dict(sentence_concepts(asg, "De gemeentelijke prognose laat een daling zien.")).get("gemeente", 0) < 0.2
    assert dict(sentence_concepts(asg, "De directeur overlegt elk kwartaal met de wethouder.")).get("gemeente", 0) > 0.5


def test_other_boards_in_a_schools_words_are_collega_schoolbesturen(asg) -> None:
    from koerswijzer.congruence.concepts import sentence_concepts

    for sentence in ("Samen met de andere vo-besturen in Almere leiden wij twaalf leraren per jaar op.",
                     "Met twee andere schoolbesturen delen wij een vervangerspool."):
        assert "regionale-aanpak" in dict(sentence_concepts(asg, sentence))
    assert "regionale-aanpak" not in dict(sentence_concepts(asg, "Het bestuur stelt de begroting vast."))
    found = passage_targets(asg, "Tegen het lerarentekort in de stad zijn wij samen met de andere vo-besturen "
                                 "in Almere opleidingsschool: elk jaar leiden wij twaalf studenten op.", "venster-4")
    assert "v4.d-regionale-problemen" in found


def test_the_other_schools_of_the_board_in_a_schools_words_are_one_thing() -> None:
    """"andere ASG-scholen", "ASG-basisscholen", "vier andere vo-scholen van ASG": the board's other schools,
    one word, so that "scholen" (a word every plan uses) does not take them away."""
    from koerswijzer.congruence.concepts import lemma_sequence

    for text in ("twee andere ASG-scholen", "consultatie aan ASG-basisscholen", "de secties van vier andere "
                 "vo-scholen van ASG", "twee andere basisscholen van ASG", "onze collega-scholen"):
        assert "collegaschool" in lemma_sequence(text), text
    assert "collegaschool" not in lemma_sequence("de basisscholen in de wijk")


def test_a_rating_in_a_survey_is_no_appreciation_of_people(asg) -> None:
    from koerswijzer.congruence.concepts import sentence_concepts

    rated = dict(sentence_concepts(asg, "In de peiling van 2026 waarderen ouders de ontvangst met minimaal een 8,0."))
    assert "erkenning-waardering" not in rated
    thanked = dict(sentence_concepts(asg, "Wij waarderen de inzet van collega's met een persoonlijk bedankje."))
    assert "erkenning-waardering" in thanked
    # the Inspectie's judgement of a standard is a rating too
    judged = dict(sentence_concepts(asg, "De standaard Pedagogisch klimaat werd door de inspectie als goed gewaardeerd."))
    assert "erkenning-waardering" not in judged
    valued = dict(sentence_concepts(asg, "Collega's voelen zich gewaardeerd door de persoonlijke bedankjes."))
    assert "erkenning-waardering" in valued


def test_respecting_the_schools_identity_is_no_respectful_treatment(asg) -> None:
    from koerswijzer.congruence.concepts import sentence_concepts

    accepted = dict(sentence_concepts(asg, "Wij vragen van ouders dat zij de christelijke grondslag van de school "
                                           "respecteren en meedoen aan de vieringen."))
    assert "respect-omgangsvormen" not in accepted
    assert "respect-omgangsvormen" in dict(sentence_concepts(asg, "Leerlingen respecteren elkaar, ook bij ruzie."))


@pytest.mark.parametrize("text, element, target", [
    ("De MR bestaat uit vier ouders en vier medewerkers; de oudercommissie heeft vijf leden.", "venster-4",
     "v4.d-medezeggenschap-klankbord"),
    ("Op bovenschools niveau is er de GMR van ASG.", "venster-4", "v4.d-overkoepelende-mr"),
    ("Twee van onze leerkrachten zijn zij-instromer.", "venster-2", "v2.d-onbevoegde-leraren"),
    # who the team are does not work out a restated board sentence before it
    ("Medewerkers voelen zich betrokken bij en trots op onze school. Het team bestaat uit 34 mensen: 19 leerkrachten, "
     "zes onderwijsassistenten, twee intern begeleiders, een oudercontactmedewerker en een conciërge.", "venster-2",
     "v2.d-betrokken-trots"),
    # what one feels on coming in is no arrangement of welcome
    ("Onze cultuur is gastvrij: iedereen voelt zich welkom. Dat voel je als je binnenloopt.", "gezien-worden",
     "gw.d-gastvrij"),
    ("Wij geven altijd het beste van onszelf. We merken het aan de betrokkenheid en het enthousiasme van onze "
     "leerlingen.", "ambitieus", "am.d-beste-van-onszelf"),
])
def test_who_sits_in_a_body_or_who_the_staff_are_is_no_content_of_the_schools_own(
        asg: Koers, text: str, element: str, target: str) -> None:
    """A description of what exists, not what the school does: its figures count members."""
    assert target not in passage_targets(asg, text, element)


def test_what_a_body_does_is_content_of_the_schools_own(asg: Koers) -> None:
    does = ("De MR bestaat uit vier ouders en vier medewerkers, die elke maand met de directeur het voorgenomen "
            "beleid bespreken.")
    assert "v4.d-medezeggenschap-klankbord" in passage_targets(asg, does, "venster-4")
    supported = ("Twee van onze leerkrachten zijn zij-instromer; zij volgen de deeltijdpabo en krijgen een coach "
                 "en een dag per week studieverlof.")
    assert "v2.d-onbevoegde-leraren" in passage_targets(asg, supported, "venster-2")


def test_topics_that_aan_bod_komen_in_a_list_are_bare_mentions(asg: Koers) -> None:
    """"Daarin komen democratie, identiteit en diversiteit, en mediawijsheid aan bod" names diversity
    as one topic of four; it does not work out an open blik on it."""
    listed = "In de lessen burgerschap komen democratie, identiteit en diversiteit, en mediawijsheid aan bod."
    assert "op.d-open-blik" not in passage_targets(asg, listed, "open")
    worked_out = ("In de lessen burgerschap werken de groepen 7 en 8 elk jaar zes weken aan een project over "
                  "diversiteit in de eigen wijk: zij interviewen buurtbewoners over hun achtergrond en presenteren "
                  "dat aan de ouders.")
    assert "op.d-open-blik" in passage_targets(asg, worked_out, "open")


def test_a_learning_community_in_the_school_is_its_collective_learning_culture(asg: Koers) -> None:
    """Leerteams are a professional learning community (venster 2) and, as every reader of the
    development plans took them, the collective leercultuur of venster 1 too, wherever they stand."""
    text = ("Alle leerkrachten zitten in een van drie leerteams: lezen, rekenen of gedrag. Een leerteam komt zes "
            "keer per jaar bij elkaar, bekijkt toetsgegevens of een korte video-opname van een les en probeert "
            "daarna een aanpak uit in de eigen groep.")
    found = passage_targets(asg, text, "venster-2")
    assert {"v2.d-leergemeenschappen", "v1.d-collectieve-leercultuur"} <= found


def test_in_a_restating_plan_a_wish_that_names_a_partner_is_no_content_of_its_own(asg: Koers, tmp_path: Path) -> None:
    """"Wij willen graag de samenwerking met de bibliotheek in Almere Buiten uitbreiden." after a restated
    board sentence names a partner, but only wishes: in a plan that restates a lot, it does not make the
    board's sentence before it the school's own."""
    def reviewed(partners: str):  # type: ignore[no-untyped-def]
        document = docx.Document()
        document.add_heading("Schoolplan 2024-2028", 0)
        document.add_heading("Onze kernwaarden", 1)
        document.add_paragraph("Wij zijn gastvrij. Wij hebben hoge verwachtingen van elkaar. Wij geven altijd het "
                               "beste van onszelf.")
        document.add_heading("Partners in de wijk", 1)
        document.add_paragraph("Wij werken nauw samen met maatschappelijke partners in de nabije omgeving. " + partners)
        path = tmp_path / "wens.docx"
        document.save(str(path))
        return review_file(path, asg)

    wish = reviewed("Wij willen graag de samenwerking met de bibliotheek in Almere Buiten uitbreiden.")
    assert not wish.report.targets["v4.d-nabije-omgeving"].addressed
    done = reviewed("Zo leest een consulent van de bibliotheek in Almere Buiten elke week voor in groep 3.")
    assert done.report.targets["v4.d-nabije-omgeving"].addressed


def test_a_sentence_that_adds_a_point_does_not_work_out_the_board_sentence_before_it(asg: Koers) -> None:
    """"Daarnaast volgt iedere medewerker een cursus" is professional development of its own, not the
    working out of "Wij zijn intrinsiek gemotiveerd om ons te blijven ontwikkelen" before it."""
    added = ("Wij zijn intrinsiek gemotiveerd om ons te blijven ontwikkelen en te professionaliseren. Daarnaast "
             "volgt iedere medewerker elk schooljaar minstens één cursus of programma, bij voorkeur bij de ASG "
             "Academie.")
    from koerswijzer.congruence.passages import make_passages

    assert "am.d-intrinsiek-gemotiveerd" not in passage_targets(asg, added, "ambitieus")
    assert [p.text for p in make_passages(asg, "antwoord", "", "ambitieus", added)] == [added.split(". ", 1)[1]]
    # without "Daarnaast" the sentence works the board's sentence out, as a reader takes it: the two are one
    # passage (whether a compulsory course shows intrinsic motivation is the target's own question: its
    # koers asks for the herkenning terms, such as a leervraag of one's own)
    worked_out = added.replace("Daarnaast volgt iedere medewerker", "Iedere medewerker volgt")
    assert worked_out in [p.text for p in make_passages(asg, "antwoord", "", "ambitieus", worked_out)]


def test_an_analysis_of_results_in_a_cycle_is_quality_care(asg: Koers) -> None:
    """An opbrengstvergadering or trendanalyse twice a year is a step of the school's quality cycle
    (Inspectie onderzoekskader KA1), in its own words."""
    text = ("Ons stelsel van kwaliteitszorg is samenhangend en cyclisch. In januari en juni analyseert het team "
            "de toetsresultaten in een opbrengstvergadering, en de uitkomsten verwerken wij in het jaarplan.")
    assert "v1.d-stelsel-kwaliteitszorg" in passage_targets(asg, text, "venster-1")


@pytest.mark.parametrize("heading, facts", [
    ("Onze leerlingen en hun ouders", True),
    ("2.1 Leerlingen en personeel", True),
    ("Het gebouw", True),
    # a centrale vraag that names the pupils and staff is no chapter of facts
    ("Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?", False),
    ("Wat betekent dit voor onze leerlingen en ouders?", False),
])
def test_a_heading_of_the_schools_facts(heading: str, facts: bool) -> None:
    from koerswijzer.review.mapping import FACTS_HEADING, _norm

    assert bool(FACTS_HEADING.search(_norm(heading))) is facts


def test_a_zij_instromer_is_one_word_and_pupils_who_come_in_are_no_zij_instroom(asg: Koers) -> None:
    """"zij-instroom" is a teacher's route into the profession; "een kind dat tussentijds instroomt" is a
    pupil arriving. Split at the hyphen, the first was "instroom" and the second found it."""
    from koerswijzer.congruence.concepts import lemma_sequence
    from koerswijzer.congruence.evidence import passage_targets

    assert "zijinstromer" in lemma_sequence("Twee zij-instromers halen hun bevoegdheid.")
    assert "v2.d-onbevoegde-leraren" not in passage_targets(
        asg, "Iedere peuter die bij ons instroomt, wordt warm overgedragen in een gesprek tussen pedagogisch "
             "medewerker en kleuterleerkracht.", None)
    assert "v2.d-onbevoegde-leraren" in passage_targets(
        asg, "Onze twee zij-instromers volgen vanaf september 2025 de deeltijdpabo bij Windesheim.", None)


def test_a_placement_term_places_a_goal_but_is_no_evidence(asg: Koers) -> None:
    """"referentieniveau", 1F, 2F and 1S are the koers's words for placing a text in venster 1
    (``plaatsing``), not evidence that the quality is op orde."""
    from koerswijzer.congruence.evidence import passage_targets
    from koerswijzer.review.mapping import element_of_text

    sentence = "Voor taal en rekenen werken wij toe naar de referentieniveaus 1F en 2F/1S."
    assert "v1.d-kwaliteit-op-orde" not in passage_targets(asg, sentence, "venster-1")
    assert element_of_text(asg, sentence) == "venster-1"
    assert element_of_text(asg, "In juli 2027 haalt minstens 65 procent van groep 8 het niveau 2F.", goal=True) == "venster-1"
    assert element_of_text(asg, "In 2026 is de fietsenstalling vernieuwd.") is None


@pytest.mark.parametrize("after, counts", [
    ("Die betrokkenheid is er vooral op schoolniveau; ASG staat voor veel collega's verder weg.", False),
    ("Daarom vieren we elk jaar in juni de successen van het team, en bij de open dag vertellen collega's zelf wat "
     "onze school bijzonder maakt.", True),
])
def test_a_restated_board_sentence_counts_only_with_own_content_after_it(asg: Koers, after: str, counts: bool) -> None:
    """A board sentence in the school's words is worked out only by a sentence with content of the school's
    own (an action, a moment, a role, an arrangement): a comment on it is no working out."""
    text = f"Medewerkers voelen zich betrokken bij en trots op onze school. {after}"
    assert ("v2.d-betrokken-trots" in passage_targets(asg, text, "venster-2")) is counts


def test_hospitality_as_a_vocational_subject_is_no_welcome_culture(asg: Koers) -> None:
    """"Gastvrijheid" and "Gastheerschap" as what pupils learn for the horeca (a keuzevak, a lesrestaurant,
    the examenprogramma) say nothing of how the school receives people; the same words about the school's
    own welcome still do."""
    subject = ("Voor het keuzevak Gastheerschap is ons lesrestaurant Gastvrij de oefenplaats: een tafel dekken, een "
               "bestelling opnemen en afrekenen aan de kassa.")
    welcome = "Elke ochtend ontvangt de conciërge bezoekers bij de deur met koffie: gastvrijheid is ons visitekaartje."
    assert "gw.d-gastvrij" not in passage_targets(asg, subject, "venster-1")
    assert "gw.d-gastvrij" in passage_targets(asg, welcome, "gezien-worden")


@pytest.mark.parametrize(("text", "element", "target"), [
    # what (a transfer of pupils) and with whom (the board's other schools), anywhere in the plan
    ("Met een vmbo-school van ASG hebben we een doorstroomafspraak: wie boven verwachting presteert, "
     "draait zes weken mee.", "venster-1", "v3.d-divers-aanbod"),
    ("Groep 8 volgt in januari proeflessen op twee VO-scholen van ASG.", "venster-4", "v3.d-divers-aanbod"),
    # the two parts in two sentences that follow each other
    ("Met twee mavo-scholen van ASG hebben we afspraken gemaakt. Leerlingen met een mavodiploma die naar "
     "havo 4 willen, volgen in het voorjaar een schakelprogramma van zes middagen.", "venster-1",
     "v3.d-divers-aanbod"),
    # sections that work with those of the board's other schools
    ("De secties Nederlands en wiskunde maken sinds 2022 samen met de secties van twee andere ASG-scholen "
     "de schoolexamens.", "venster-1", "v3.d-vaksecties-werkgroepen"),
    # two everyday parts that together say it: the MR as a sounding board
    ("De MR dacht mee over het rooster en de stageregeling.", "venster-4", "v4.d-medezeggenschap-klankbord"),
    # the voordeel van de twijfel, in the school's words
    ("Bij twijfel tussen twee uitstroombestemmingen kiezen wij de hoogste en kijken wij na een jaar of die "
     "haalbaar is.", "venster-1", "am.d-hoge-verwachtingen"),
    # the pupils choose what they learn about
    ("De kinderraad kiest elk jaar twee van de acht thema's zelf.", "venster-2", "v1.d-belevingswereld"),
])
def test_a_two_part_herkenning_term_counts_when_both_parts_stand_together(asg: Koers, text: str,
                                                                          element: str, target: str) -> None:
    assert target in passage_targets(asg, text, element)


@pytest.mark.parametrize("text", [
    # the school's own concept or its own profiles are not the board's offer of schools that fit together
    "Alle leerkrachten hebben het Montessoridiploma en werken met het montessorimateriaal.",
    "Op de havo bieden we alle vier de profielen aan; in de bovenbouw kiezen leerlingen een profiel.",
    # a transfer without the board's other schools ("VO-scholen" is a school type, not a board)
    "Leerlingen kunnen aan het eind van elk leerjaar overstappen naar een andere afdeling.",
    "Groep 8 bezoekt in januari twee VO-scholen in de wijk.",
])
def test_the_boards_offer_of_schools_is_not_one_schools_own_type(asg: Koers, text: str) -> None:
    assert "v3.d-divers-aanbod" not in passage_targets(asg, text, "venster-3")


def test_a_two_part_term_is_checked_part_by_part(tmp_path: Path) -> None:
    from koerswijzer.congruence.herkenning import term_notes
    from koerswijzer.koers.loader import load_koers

    text = (Path(__file__).parents[1] / "resources" / "koersen" / "asg-koers-22.yaml").read_text(encoding="utf-8")
    text = text.replace('herkenning: ["overstap po-vo", ', 'herkenning: ["overstap po-vo", "de + collegascholen", ', 1)
    path = tmp_path / "koers.yaml"
    path.write_text(text, encoding="utf-8")
    notes = [n for n in term_notes(load_koers(path)) if n.term == "de + collegascholen"]
    assert [n.target_id for n in notes] == ["v3.d-divers-aanbod"]
    assert "telt niet" in notes[0].message


def test_a_compound_of_the_boards_name_is_that_thing_across_the_boards_schools(asg: Koers) -> None:
    from koerswijzer.congruence.concepts import board_compounds, lemma_sequence

    assert lemma_sequence("met twee havo-scholen van de ASG") == ["twee", "collegaschool"]
    assert lemma_sequence("met twee VO-scholen in de wijk") == ["twee", "vo", "wijk"]
    assert board_compounds(asg, "De rekencoördinator zit in de ASG-werkgroep rekenen.") == \
        "De rekencoördinator zit in de bovenschoolse werkgroep rekenen."
    # its other schools stay its other schools, and its own reach is across its schools
    assert board_compounds(asg, "Met andere ASG-scholen en de ASG-brede studiedag") == \
        "Met collegascholen en de bovenschoolse studiedag"
    assert "v3.d-vaksecties-werkgroepen" in passage_targets(
        asg, "Onze rekencoördinator wisselt vier keer per jaar materialen uit in de ASG-werkgroep rekenen.", "venster-3")


def test_a_label_that_opens_a_paragraph_says_what_the_paragraph_is_about(asg: Koers) -> None:
    sentence = ("Wij doen mee in het Almeerse opleidingspartnerschap, waarin vier schoolbesturen, de gemeente "
                "Almere en Hogeschool Windesheim samen studenten en zij-instromers werven en opleiden.")
    assert "v4.d-regionale-problemen" in passage_targets(asg, "Het lerarentekort. " + sentence, "venster-4")
    # the label adds to what the paragraph says; it never says it alone
    assert "v4.d-regionale-problemen" not in passage_targets(
        asg, "Het lerarentekort. Wij hebben een nieuwe roosterapplicatie.", "venster-4")


def test_sharing_at_a_board_wide_study_day_is_not_going_to_one(asg: Koers) -> None:
    """"We delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede
    studiedagen" asks for sharing beyond the school (`bewijs: herkenning` with two-part terms)."""
    shared = "Onze sectie Engels presenteerde in maart de opbrengst van twee jaar lesson study op de ASG-studiedag."
    assert "v3.d-opbrengst-delen" in passage_targets(asg, shared, "venster-2")
    for text in ("Het hele team gaat elk jaar naar de ASG-studiedag in oktober.",
                 "Wat we leren, delen we op onze eigen studiedag in juni."):
        assert "v3.d-opbrengst-delen" not in passage_targets(asg, text, "venster-3")
    # going there with the whole team is meeting the colleagues of every school
    assert "v3.d-ontmoeten" in passage_targets(asg, "Het hele team gaat elk jaar naar de ASG-studiedag in oktober.",
                                               "venster-1")


def test_a_short_motto_that_opens_a_paragraph_is_worked_out_by_a_figure_after_it(asg: Koers) -> None:
    motto = "We leggen de lat hoger."
    figure = ("BB-leerlingen die een vak goed beheersen, doen in dat vak examen op kaderniveau; in 2024 deden "
              "11 leerlingen dat, we willen naar 40 per jaar.")
    assert "am.d-hoge-verwachtingen" in passage_targets(asg, f"{motto} {figure}", "ambitieus")
    assert "am.d-hoge-verwachtingen" in passage_targets(asg, f"De gymzaal is nieuw.\n\n{motto} {figure}", "ambitieus")
    # the figure alone says nothing of expectations
    assert "am.d-hoge-verwachtingen" not in passage_targets(asg, figure, "ambitieus")
    # a motto inside a paragraph, after other sentences, is no topic of what follows
    inside = f"De gymlessen zijn in sporthal De Marken. {motto} {figure}"
    assert "am.d-hoge-verwachtingen" not in passage_targets(asg, inside, "ambitieus")


def test_a_target_about_staff_is_not_met_by_a_term_for_anyone_in_a_passage_about_pupils(asg: Koers) -> None:
    """"We zijn nieuwsgierig naar nieuwe inzichten" is about the team (``over: medewerkers`` in the
    koers): pupils who do research are not it, a team that does is."""
    pupils = ("Kinderen werken in groepjes aan een onderzoeksvraag of een ontwerpprobleem en presenteren hun "
              "resultaat aan het eind van elk thema.")
    team = ("Het team werkt in groepjes aan een onderzoeksvraag over de eigen lessen en presenteert het resultaat "
            "aan het eind van elk schooljaar.")
    assert "vs.d-nieuwsgierig" not in passage_targets(asg, pupils, "vooruitstrevend")
    assert "vs.d-nieuwsgierig" in passage_targets(asg, team, "vooruitstrevend")


def test_a_sentence_about_the_same_people_does_not_work_out_a_restated_board_sentence(asg: Koers) -> None:
    restated = "Onze medewerkers voelen zich betrokken bij en trots op onze school."
    other = ("De gemiddelde leeftijd in het team is 44 jaar; in de komende vier jaar gaan naar verwachting negen "
             "collega's met pensioen.")
    assert "v2.d-betrokken-trots" not in passage_targets(asg, f"{restated} {other}", "venster-2")


@pytest.mark.parametrize("text", [
    "Zo hebben we geen eigen plannen voor interne mobiliteit tussen ASG-scholen in deze planperiode.",
    "De secties wiskunde en economie gaan vanaf 2024 hun examenanalyses uitwisselen met collega's van twee "
    "andere ASG-scholen.",
])
def test_no_plans_of_its_own_and_exchanging_material_are_no_interne_mobiliteit(asg: Koers, text: str) -> None:
    assert "v2.d-interne-mobiliteit" not in passage_targets(asg, text, "venster-2")


def test_taking_part_is_not_sharing(asg: Koers) -> None:
    """The particle of "deelnemen" shares its lemma with "delen" ("We delen de opbrengst ...")."""
    taking_part = "In 2025-2026 nemen we met het hele team deel aan de ASG-brede studiedag in oktober."
    assert "v3.d-opbrengst-delen" not in passage_targets(asg, taking_part, "venster-3")
    sharing = "Wat de leerteams onderzochten, delen we in maart in een workshop op de ASG-brede studiedag."
    assert "v3.d-opbrengst-delen" in passage_targets(asg, sharing, "venster-3")


@pytest.mark.parametrize("text, element, target", [
    ("Naast onze speerpunten besteden we in deze planperiode ook aandacht aan de vitaliteit van het team.",
     "venster-2", "v2.d-vitale-werknemers"),
    ("Interne mobiliteit is een thema dat in de komende jaren zeker aan de orde komt.", "venster-2",
     "v2.d-interne-mobiliteit"),
    ("Gastvrijheid vinden wij als school erg belangrijk.", "gezien-worden", "gw.d-gastvrij"),
    ("De drie horizonten van de innovatiestrategie nemen we mee in onze afwegingen bij het opstellen van de "
     "jaarplannen.", "vooruitstrevend", "vs.d-drie-horizonten"),
    ("Het delen van opbrengsten met andere scholen van het bestuur staat nadrukkelijk op onze agenda.",
     "venster-3", "v3.d-opbrengst-delen"),
])
def test_a_subject_only_named_as_getting_attention_is_not_taken_up(asg: Koers, text: str, element: str,
                                                                   target: str) -> None:
    assert target not in passage_targets(asg, text, element)


def test_attention_with_content_of_the_schools_own_still_counts(asg: Koers) -> None:
    text = ("We besteden aandacht aan de vitaliteit van het team: elke woensdag na schooltijd is er een "
            "wandelclub, en de bedrijfsarts houdt maandelijks een open spreekuur.")
    assert "v2.d-vitale-werknemers" in passage_targets(asg, text, "venster-2")


def test_a_list_item_naming_one_document_of_the_board_is_a_label(asg: Koers) -> None:
    """"van ASG" says whose the document is; the item still names only one thing."""
    text = "Daarnaast gelden op onze school:\n- de klachtenregeling van ASG;\n- de schoolgids."
    assert "op.d-respectvol" not in passage_targets(asg, text, "open")


def test_a_past_participle_does_not_begin_a_compound_with_a_word_of_the_koers(asg: Koers) -> None:
    """"gevolgd" is "volgen", not "gevolg" + "d" (a word of interne-expertise: "Als gevolg van ...")."""
    found = dict(sentence_concepts(asg, "Het hele team heeft in 2023 de training gevolgd."))
    assert "w:gevolg" not in found and "w:volgen" in found


@pytest.mark.parametrize("sentence, element, addressed", [
    # the school's lat, afstroom and perspectief: high expectations ...
    ("We leggen de lat voor 2028 op 65% van de leerlingen op streefniveau 2F bij lezen.", "ambitieus", True),
    ("Leerlingen die in de brugklas havo/vwo dreigen af te stromen, krijgen eerst een herkansingsplan; afstroom naar "
     "de havo is het laatste middel.", "ambitieus", True),
    # ... and the same words in their other senses: the building, the gym, the budget
    ("Bij de renovatie van het dak zorgen we dat regenwater goed kan afstromen naar de wadi op het schoolplein.",
     "venster-3", False),
    ("In de gymles leggen we bij hoogspringen de lat steeds een stukje hoger.", "ambitieus", False),
    ("De aannemer heeft in de zomer nieuwe latten gelegd onder het dak van de gymzaal.", "venster-3", False),
    ("De afstroom van regenwater van het dak loopt via de nieuwe goten.", "ambitieus", False),
    ("Het perspectief van de begroting is naar beneden bijgesteld.", "ambitieus", False),
    # an advice or a perspectief that is no ceiling; a ceiling of a room is not
    ("Een advies is bij ons een kans, geen plafond.", "ambitieus", True),
    ("We leggen de lat hoog: het perspectief van een leerling is een ondergrens, geen plafond.", "ambitieus", True),
    ("In de EMB-lokalen hangt een plafondtillift; de fysiotherapeut adviseert over de tiltechniek.", "venster-2",
     False),
])
def test_herkenning_of_high_expectations_only_in_the_schools_sense(asg: Koers, sentence: str, element: str,
                                                                    addressed: bool) -> None:
    assert ("am.d-hoge-verwachtingen" in passage_targets(asg, sentence, element)) is addressed
