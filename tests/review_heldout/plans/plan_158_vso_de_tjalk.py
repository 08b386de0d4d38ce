# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van VSO De Tjalk (voortgezet speciaal onderwijs, cluster 4), ASG Almere.

Kort plan; hoofdstuktitels zijn vetgedrukte Normal-alinea's, doelen staan als genummerde lijst.
Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

VASTE_DATUM = datetime.datetime(2024, 7, 2, 14, 15, 0)

# Elk blok: ("kop", tekst) | ("p", tekst) | ("doelen", [..]) ; "doelen" begint steeds opnieuw bij 1.
INHOUD = [
    ("kop", "Vooraf"),
    ("p", "Dit is het schoolplan van VSO De Tjalk voor de schooljaren 2024-2025 tot en met 2027-2028. We hebben "
          "bewust gekozen voor een kort plan. Onze leerlingen hebben veel nodig en ons team is klein; we steken "
          "onze energie liever in een paar dingen die echt verschil maken dan in een dik document. Dat zijn vier "
          "onderwerpen: een veilige school, ondersteuning die past, stages en een goede uitstroom. Andere thema’s "
          "uit Koers 22 van ASG laten we deze periode liggen of volgen we via het bestuur."),
    ("p", "De Tjalk is een openbare school voor voortgezet speciaal onderwijs (cluster 4) in Almere Poort. Op 1 "
          "oktober 2023 hadden we 164 leerlingen van 12 tot 20 jaar. Alle leerlingen hebben een "
          "toelaatbaarheidsverklaring van het samenwerkingsverband. Ze hebben gedrags- en/of psychiatrische "
          "problemen, vaak in combinatie met autisme, ADHD of hechtingsproblematiek, en veel van hen hebben "
          "eerder een of meer scholen moeten verlaten. We bieden twee uitstroomprofielen: vervolgonderwijs "
          "(vmbo basis, kader en gemengde leerweg, met examens in samenwerking met een vmbo-school) en "
          "arbeidsmarktgericht. Er werken 41 medewerkers. Leerlingen zitten in groepen van hooguit twaalf, met een "
          "vaste mentor en een onderwijsassistent; in de onderbouw krijgen ze les van zo weinig mogelijk "
          "verschillende docenten, zodat ze weten waar ze aan toe zijn."),
    ("p", "Onze school is gastvrij, iedereen voelt zich welkom. Het personeelsbeleid volgt het strategisch "
          "HR-beleid van ASG."),

    ("kop", "1. Waar we staan"),
    ("p", "In het schooljaar 2023-2024 registreerden we 212 incidenten, waarvan 38 met fysiek geweld tegen een "
          "leerling of medewerker. Leerlingen kwamen 296 keer in de time-outruimte terecht. In de "
          "veiligheidsvragenlijst van het voorjaar gaf 78 procent van de leerlingen aan zich veilig te voelen op "
          "school. Van de leerlingen in het arbeidsmarktprofiel van 16 jaar en ouder liep 61 procent een externe "
          "stage."),
    ("p", "In 2023 verlieten 41 leerlingen de school: 22 gingen naar het mbo (vooral Entree en niveau 2), 7 naar "
          "betaald werk, 5 naar een andere school voor (v)so, 4 naar dagbesteding of een zorginstelling, en van 3 "
          "leerlingen weten we niet waar ze zijn gebleven. Van de leerlingen in het vervolgonderwijsprofiel haalde "
          "58 procent een volledig vmbo-diploma."),
    ("p", "Wat zeggen deze cijfers? Het aantal incidenten is sinds 2021 gestegen, vooral in de eerste twee "
          "leerjaren en vooral in de overgangsmomenten: bij binnenkomst, in de pauzes en bij het wisselen van "
          "lokaal. Leerlingen die een vaste stageplek hebben, zijn op school rustiger en komen minder vaak in "
          "de time-out. De uitstroom naar het mbo is redelijk, maar te veel leerlingen halen een diploma onder "
          "hun mogelijkheden of verdwijnen na school uit beeld. Daar ligt voor ons de opdracht voor de komende "
          "vier jaar."),

    ("kop", "2. Een veilige school"),
    ("p", "Zonder veiligheid komt er van leren niets terecht. We werken met een veiligheidsplan en een protocol "
          "voor fysiek ingrijpen, en registreren alle incidenten in ParnasSys. Eén keer per maand bespreekt het "
          "zorg- en veiligheidsteam de incidentcijfers per groep. De time-outruimte, ‘de Kajuit’, willen we minder "
          "gebruiken: een leerling die uit de les moet, gaat eerst naar een rustplek in de eigen gang, met een "
          "vaste begeleider. Omdat de meeste incidenten in de pauzes en bij wisselmomenten gebeuren, hebben we "
          "vanaf 2024-2025 gespreide pauzes per bouw en staat bij elke trap een medewerker als er gewisseld "
          "wordt."),
    ("p", "We willen dat leerlingen en medewerkers respectvol met elkaar omgaan, ook nadat het mis is gegaan. "
          "Daarom werken we herstelgericht: na elk incident volgt een herstelgesprek tussen de leerling en de "
          "betrokken medewerker of medeleerling, met de mentor erbij. De omgangsafspraken van de school stellen "
          "we elk jaar in september opnieuw vast met de leerlingen van elke groep."),
    ("doelen", [
        "Het aantal fysieke incidenten daalt van 38 (2023-2024) naar hooguit 20 per schooljaar in 2027-2028.",
        "Na ieder incident vindt binnen twee schooldagen een herstelgesprek plaats; in 2025-2026 gebeurt dat bij "
        "minstens 90 procent van de incidenten.",
        "Het aantal keren dat een leerling in de Kajuit terechtkomt, halveert in de planperiode.",
        "Minstens 85 procent van de leerlingen voelt zich veilig op school (nu 78 procent).",
        "De school wordt een rustigere plek.",
        "We gaan beter samenwerken met ouders als er iets is gebeurd.",
    ]),

    ("kop", "3. Ondersteuning die past"),
    ("p", "We hebben zicht op wat onze leerlingen nodig hebben. Elke leerling krijgt binnen zes weken na de "
          "start een ontwikkelingsperspectiefplan (OPP) met het verwachte uitstroomprofiel en de ondersteuning die "
          "daarvoor nodig is. Het OPP wordt twee keer per jaar besproken met de leerling en de ouders; ouders "
          "tekenen voor het handelingsdeel. Bij de bespreking zijn de mentor, de gedragswetenschapper en zo nodig "
          "de jeugdhulpverlener aanwezig."),
    ("p", "Veel van onze leerlingen hebben naast onderwijs ook jeugdhulp of behandeling nodig. Daarom halen we "
          "die hulp zo veel mogelijk de school in. Triade Vitree biedt al twee dagdelen per week jeugdhulp op "
          "school; GGz Centraal houdt eens per twee weken een consultatiespreekuur, en met het sociaal wijkteam "
          "van Almere Poort hebben we één vast contactpersoon voor gezinnen die ondersteuning thuis nodig "
          "hebben."),
    ("p", "In ons schoolondersteuningsprofiel beschrijven we welke leerlingen wij een passende plek kunnen bieden "
          "en welke niet. Zo kunnen we geen leerlingen opnemen die structureel één-op-één begeleiding nodig "
          "hebben, of die intensieve klinische behandeling krijgen. Voor leerlingen die nog niet in een groep van "
          "twaalf kunnen functioneren, hebben we ‘De Sloep’: een onderwijs-zorgarrangement voor acht leerlingen, "
          "samen met Triade Vitree. Past een leerling ook daar niet, dan zoeken we samen met het "
          "samenwerkingsverband Passend Onderwijs Almere en de ouders een andere plek. We nemen deel aan de "
          "thuiszitterstafel van het samenwerkingsverband."),
    ("doelen", [
        "Elke leerling heeft binnen zes weken na plaatsing een vastgesteld OPP, dat twee keer per jaar met "
        "leerling en ouders wordt geëvalueerd.",
        "Vanaf 2025-2026 is de jeugdhulp van Triade Vitree drie dagdelen per week in de school aanwezig.",
        "Het schoolondersteuningsprofiel is in het voorjaar van 2025 herschreven en staat op de website.",
        "Geen leerling van De Tjalk zit langer dan vier weken thuis zonder onderwijsaanbod.",
        "Docenten weten beter wat leerlingen nodig hebben.",
    ]),

    ("kop", "4. Stage: leren in het echt"),
    ("p", "Voor leerlingen in het arbeidsmarktprofiel is de stage het belangrijkste deel van het programma. Vanaf "
          "15 jaar lopen ze interne stage: in de kantine, bij de conciërge, in de fietsenwerkplaats of bij het "
          "groenonderhoud rond de school. Vanaf 16 jaar gaan ze één tot drie dagen per week op externe stage. "
          "Leerlingen in het vervolgonderwijsprofiel lopen snuffelstages als onderdeel van hun "
          "loopbaanoriëntatie. Naast de stage halen leerlingen branchecertificaten, zoals VCA, heftruck, Basis "
          "Schoonmaak en Assistent Horeca."),
    ("p", "We werken met 54 stagebedrijven, onder meer supermarkten en bouwmarkten in Almere Poort, de afdeling "
          "Stadsbeheer van de gemeente, een zorginstelling voor ouderen en een aantal hoveniers. Twee "
          "stagebegeleiders bezoeken elke leerling minstens eens per drie weken op de stageplek. Voor het vinden "
          "van nieuwe bedrijven werken we samen met het Werkgeversservicepunt Flevoland en het UWV."),
    ("p", "Elke stage begint met een stageovereenkomst tussen leerling, ouders, bedrijf en school, met daarin "
          "twee of drie leerdoelen. Halverwege en aan het eind evalueren leerling, praktijkbegeleider en "
          "stagebegeleider samen. De leerling houdt een digitaal stageportfolio bij met foto’s, beoordelingen en "
          "certificaten; dat portfolio neemt hij of zij mee naar een werkgever of het mbo."),
    ("doelen", [
        "In 2026 loopt 90 procent van de leerlingen in het arbeidsmarktprofiel vanaf 16 jaar een externe stage "
        "(nu 61 procent).",
        "Elke schoolverlater in het arbeidsmarktprofiel heeft minstens één branchecertificaat.",
        "Het aantal stagebedrijven groeit van 54 naar 70.",
        "Stages sluiten beter aan bij wat leerlingen leuk vinden.",
        "We verbeteren de stagebegeleiding.",
    ]),

    ("kop", "5. Uitstroom en nazorg"),
    ("p", "We merken dat we leerlingen soms te snel in het arbeidsmarktprofiel plaatsen, omdat hun gedrag "
          "veel aandacht vraagt. Dat willen we niet meer. Vanaf 2024-2025 start elke nieuwe leerling in "
          "principe in het vervolgonderwijsprofiel, tenzij uit het onderzoek bij aanmelding duidelijk blijkt dat "
          "een diploma niet haalbaar is. Een overstap naar het arbeidsmarktprofiel bespreken we pas na het "
          "eerste jaar, met de leerling en de ouders."),
    ("p", "Leerlingen die het aankunnen, stappen over naar het regulier onderwijs. Samen met twee vmbo-scholen "
          "en een praktijkschool van ASG hebben we een overstaptraject: de leerling volgt eerst twee dagen per "
          "week lessen op de nieuwe school, met begeleiding vanuit De Tjalk, en stapt na een half jaar volledig "
          "over. Leerlingen in het vervolgonderwijsprofiel doen examen in samenwerking met een vmbo-school: het "
          "schoolexamen nemen wij zelf af, het centraal examen maken ze in een vertrouwd lokaal op De Tjalk, "
          "onder verantwoordelijkheid van de partnerschool. Voor schoolverlaters naar het mbo regelen we een warme overdracht met het ROC van Flevoland. "
          "Na het verlaten van de school volgen we elke leerling nog een jaar: de mentor belt na drie, zes en "
          "twaalf maanden met de oud-leerling of de ouders."),
    ("doelen", [
        "In 2028 haalt 75 procent van de leerlingen in het vervolgonderwijsprofiel een volledig vmbo-diploma "
        "(nu 58 procent).",
        "Elk schooljaar stappen minstens acht leerlingen via het overstaptraject over naar regulier onderwijs.",
        "Van 95 procent van de oud-leerlingen weten we een jaar na vertrek waar ze zijn (nu ongeveer 80 procent).",
        "Geen leerling verlaat De Tjalk zonder plan voor daarna.",
        "Ouders worden meer betrokken bij de keuze voor vervolgonderwijs of werk.",
    ]),

    ("kop", "6. Tot slot"),
    ("p", "We hebben niet alles uit Koers 22 in dit plan opgenomen. Thema’s als onderwijsvernieuwing, "
          "ASG-brede netwerken en medezeggenschap op bestuursniveau krijgen deze periode geen prioriteit of worden "
          "door het bestuur opgepakt. De voortgang van dit plan bespreken we twee keer per jaar in het team."),
    ("p", "Dit plan is op de studiedag van 3 juni 2024 met het team besproken. De medezeggenschapsraad heeft het "
          "plan in de vergadering van 24 juni 2024 besproken en er positief advies over gegeven."),
    ("p", "Almere, juli 2024\nR. Kuipers, directeur VSO De Tjalk"),
]


def _zet_taal(style, taal="nl-NL"):
    rpr = style.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), taal)
    lang.set(qn("w:eastAsia"), taal)
    rpr.append(lang)


def _nieuwe_nummering(doc, stijl):
    """Maak een nieuwe nummering (w:num) die bij 1 begint, gebaseerd op de nummering van de lijststijl."""
    numbering = doc.part.numbering_part.element
    numpr = stijl.element.pPr.numPr
    oud_id = numpr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(oud_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    bestaande = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nieuw_id = max(bestaande) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nieuw_id))
    abs_el = OxmlElement("w:abstractNumId")
    abs_el.set(qn("w:val"), abstract_id)
    num.append(abs_el)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return nieuw_id


def _nummer_alinea(par, num_id):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def build(path):
    path = str(path)
    doc = Document()
    _zet_taal(doc.styles["Normal"])
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    cp = doc.core_properties
    cp.title = "Schoolplan VSO De Tjalk 2024-2028"
    cp.author = "R. Kuipers"
    cp.last_modified_by = "R. Kuipers"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 3

    p = doc.add_paragraph()
    r = p.add_run("VSO De Tjalk")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2024 – 2028")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Almere Poort, juli 2024")

    lijststijl = doc.styles["List Number"]
    for soort, inhoud in INHOUD:
        if soort == "kop":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            r = p.add_run(inhoud)
            r.bold = True
            r.font.size = Pt(12)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "doelen":
            p = doc.add_paragraph()
            r = p.add_run("Onze doelen")
            r.italic = True
            num_id = _nieuwe_nummering(doc, lijststijl)
            for doel in inhoud:
                li = doc.add_paragraph(doel, style=lijststijl)
                _nummer_alinea(li, num_id)
        else:
            raise ValueError(soort)

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_158_vso_de_tjalk.docx")
