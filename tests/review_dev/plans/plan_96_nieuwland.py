"""Schoolplan 2026-2030 van het Nieuwland Lyceum, openbare school voor havo en vwo (Almere Stad).

Opgebouwd langs de koers van ASG: Heading 1/Heading 2 per kernwaarde en per venster, met per
venster een doelentabel (doel, meetbaar resultaat, gereed in). Schrijft een .docx met
python-docx; deterministisch.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2026, 7, 7, 14, 30, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) -------------------------------------

def taal_nl_stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    for stijlnaam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet", "Table Grid"):
        try:
            stijl = doc.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def tabel(doc, kop, rijen, breedtes=None):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=1, cols=len(kop))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, tekst in enumerate(kop):
        cel = table.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for rij in rijen:
        cellen = table.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    for rij in table.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    if breedtes:
        for rij in table.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    return table


def deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
    with open(path, "rb") as f:
        data = f.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=stamp)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as f:
        f.write(uit.getvalue())


# --- De tekst --------------------------------------------------------------------------------
# Een blok is: ("h1", tekst), ("h2", tekst), ("p", tekst), ("lijst", [regels]),
# ("tabel", kop, rijen, breedtes) of ("pagina",).

DOEL_KOP = ["Doel", "Meetbaar resultaat", "Gereed in"]
DOEL_BREEDTE = [5.0, 8.5, 2.8]

INHOUD = [
    ("h1", "1 Inleiding"),
    ("h2", "1.1 Over dit plan"),
    ("p", "Dit schoolplan beschrijft hoe het Nieuwland Lyceum in de schooljaren 2026-2027 tot en "
          "met 2029-2030 werkt aan de kwaliteit van zijn onderwijs. Het plan volgt de opbouw van "
          "Koers 22 van de Almeerse Scholen Groep: eerst de vier kernwaarden (hoofdstuk 2), daarna "
          "de vier vensters (hoofdstukken 3 tot en met 6). Aan het eind van elk venster staan onze "
          "doelen in een tabel, met een meetbaar resultaat en het schooljaar waarin het doel gereed "
          "moet zijn. Hoofdstuk 7 gaat over financiën, huisvesting en de meerjarenplanning, en "
          "hoofdstuk 8 over de keuzes die we bewust niet maken en over onze eigen doelen."),
    ("p", "De doelen werken we elk jaar uit in het jaarplan van de school en in de jaarplannen van "
          "de afdelingen en secties. Over de voortgang rapporteren we in het jaarverslag en in de "
          "kwartaalrapportages aan het College van Bestuur."),
    ("p", "Het plan is in het schooljaar 2025-2026 tot stand gekomen. Op de studiedagen van "
          "3 november 2025 en 9 februari 2026 bespraken alle secties en de onderwijsondersteunende "
          "teams de centrale vragen uit de ASG Koerswijzer. De schoolleiding verwerkte de uitkomsten "
          "tot een eerste versie, waarop de leerlingenraad, het ouderpanel en de "
          "medezeggenschapsraad in maart 2026 reageerden."),
    ("h2", "1.2 De school in het kort"),
    ("p", "Het Nieuwland Lyceum is een openbare school voor havo en atheneum in de Muziekwijk in "
          "Almere Stad. De school opende in 2004 en verhuisde in 2009 naar het huidige gebouw. Naast "
          "de reguliere stromen heeft de school een technasiumstroom (het vak Onderzoek & Ontwerpen) "
          "in havo en vwo, en een sportklas in leerjaar 1 en 2."),
    ("p", "Op 1 oktober 2025 telde de school 1.284 leerlingen: 556 in de onderbouw (leerjaar 1 tot "
          "en met 3), 398 in havo 4 en 5 en 330 in vwo 4 tot en met 6. Er werken 112 medewerkers "
          "(84,3 fte), van wie 86 docenten. De leerlingen komen uit heel Almere, de meesten uit "
          "Almere Stad en Almere Buiten. Ongeveer 38% heeft een migratieachtergrond. Het aantal "
          "aanmeldingen voor leerjaar 1 daalde van 298 in 2022 naar 271 in 2025, vooral doordat er "
          "in Almere Poort een nieuwe havo/vwo-school is geopend."),
    ("p", "De resultaten liggen boven de normen van de inspectie. De onderbouwsnelheid was in 2025 "
          "97,1%. Het bovenbouwsucces (driejaarsgemiddelde) was 84,2% in de havo en 86,9% in het vwo. "
          "In 2025 slaagde 86% van de havisten en 92% van de vwo-leerlingen; het gemiddelde cijfer "
          "voor het centraal examen was 6,3 (havo) en 6,5 (vwo). Bij het vierjaarlijks onderzoek van "
          "de inspectie in 2024 zijn beide afdelingen op alle onderzochte standaarden als voldoende "
          "beoordeeld; de standaard 'zicht op ontwikkeling' in de havo-bovenbouw kreeg een "
          "aandachtspunt."),
    ("h2", "1.3 Terugblik op het vorige schoolplan"),
    ("p", "Het schoolplan 2022-2026 had vier speerpunten: een sterkere onderbouw, de uitbouw van het "
          "technasium naar alle leerjaren, een nieuwe gesprekscyclus en minder lesuitval. De "
          "technasiumstroom loopt nu in alle leerjaren van havo en vwo, en de onderbouwsnelheid "
          "steeg van 95,4% naar 97,1%. De nieuwe gesprekscyclus is ingevoerd, al werd in 2025 nog "
          "niet met iedere medewerker een jaargesprek gevoerd. De lesuitval daalde niet: door "
          "vacatures en verzuim viel in 2024-2025 4,8% van de geplande lessen uit. Het tegengaan van "
          "lesuitval blijft daarom een opdracht, die in dit plan terugkomt via de doelen voor "
          "bevoegdheid, verzuim en werkdruk."),
    ("h2", "1.4 Sterke punten en verbeterpunten"),
    ("p", "Uit de zelfevaluatie van januari 2026, de tevredenheidsvragenlijsten en het gesprek met de "
          "inspectie trekken we de volgende conclusies. Sterk zijn de resultaten in de onderbouw, "
          "het technasium, dat leerlingen van buiten de wijk aantrekt, en een betrokken team met "
          "weinig verloop onder ervaren docenten. Verbeterpunten zijn het bovenbouwsucces in de havo, "
          "het zicht op de ontwikkeling van havoleerlingen in de bovenbouw, de werkdruk en het "
          "verzuim, en het aantal docenten zonder volledige bevoegdheid. Een risico voor de "
          "komende jaren is de dalende aanmelding; daarom besteden we bij de communicatie met "
          "basisscholen meer aandacht aan wat de school onderscheidt."),

    ("pagina",),
    ("h1", "2 Kernwaarden"),
    ("p", "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Per "
          "kernwaarde beschrijven we hieronder wat die op het Nieuwland Lyceum betekent."),
    ("h2", "2.1 Gezien worden"),
    ("p", "Iedereen op het Nieuwland Lyceum is waardevol en wordt gezien. Wij willen een gastvrije "
          "school zijn waar iedereen zich welkom voelt. En wij hebben zicht op de onderwijsbehoeften "
          "van onze leerlingen en medewerkers. Daarvoor gebruiken wij onder meer:"),
    ("lijst", [
        "de overdracht van de basisschool via OSO, aangevuld met een gesprek tussen de mentor "
        "van leerjaar 1 en de leerkracht van groep 8 voor elke leerling met een "
        "ondersteuningsbehoefte;",
        "een screening op lezen, spelling en rekenen in de eerste zes weken van leerjaar 1;",
        "een leerlingbespreking per klas na elke periode (vier keer per jaar), waarin mentor en "
        "vakdocenten cijfers, verzuim en werkhouding per leerling bespreken en afspraken "
        "vastleggen in Magister;",
        "in oktober een signaleringslijst welbevinden, die de mentor met iedere leerling "
        "doorloopt;",
        "voor de havo-bovenbouw vanaf 2026-2027 een extra voortgangsgesprek na periode 2 voor "
        "leerlingen die op twee of meer vakken onvoldoende staan (naar aanleiding van het "
        "aandachtspunt van de inspectie).",
    ]),
    ("h2", "2.2 Open"),
    ("p", "Het Nieuwland Lyceum is een openbare school. Iedere leerling is welkom, ongeacht geloof, "
          "afkomst, seksuele oriëntatie of overtuiging, en wij benoemen medewerkers op grond van hun "
          "kwaliteiten. Die openbare identiteit geven we op deze manier vorm:"),
    ("lijst", [
        "alle leerlingen van leerjaar 3 volgen een uur per week levensbeschouwing. Zij leren de "
        "grote wereldgodsdiensten en het humanisme kennen, bezoeken een moskee, een kerk en de "
        "synagoge in Almere, en oefenen met het voeren van een gesprek over overtuigingen die "
        "niet de hunne zijn;",
        "sinds 2023 is er een stilteruimte, die leerlingen en medewerkers van elke overtuiging "
        "kunnen gebruiken;",
        "de jaarkalender vermeldt de belangrijkste feestdagen van de godsdiensten die op school "
        "vertegenwoordigd zijn; toetsen plannen we niet op die dagen;",
        "de Gender & Sexuality Alliance (GSA) van leerlingen komt om de week bij elkaar en "
        "organiseert elk jaar Paarse Vrijdag;",
        "bij sollicitaties en bij de samenstelling van de schoolleiding letten we erop dat het "
        "personeel de diversiteit van de leerlingen weerspiegelt.",
    ]),
    ("p", "Wij gaan respectvol om met iedereen binnen en buiten de school. In 2024 stelden "
          "leerlingenraad en schoolleiding samen de 'Nieuwland-norm' op: drie regels over hoe we met "
          "elkaar, met het gebouw en met de buurt omgaan. Bij een conflict tussen leerlingen, of "
          "tussen een leerling en een medewerker, volgt een herstelgesprek onder leiding van de "
          "teamleider. Het doel daarvan is de relatie te herstellen, niet alleen een straf uit te "
          "delen. Na klachten van omwonenden over de fietsenstalling in 2025 zijn leerlingen van de "
          "leerlingenraad met de buurtvereniging om tafel gegaan; sindsdien ruimt een rooster van "
          "klassen elke vrijdag de omgeving van de school op."),
    ("p", "Ouders en leerlingen zien cijfers, absenties en huiswerk in Magister. Cijfers staan er "
          "uiterlijk tien schooldagen na een toets in. Ouders krijgen maandelijks de digitale "
          "nieuwsbrief 'Nieuwland Nu'. Het programma van toetsing en afsluiting (PTA) staat vóór "
          "1 oktober op de website. Vragen aan een mentor of teamleider beantwoorden we binnen drie "
          "werkdagen. Voor ouders die het Nederlands niet goed beheersen, zetten we bij gesprekken een "
          "tolk in via de tolkentelefoon."),
    ("h2", "2.3 Vooruitstrevend"),
    ("p", "De technasiumstroom is sinds 2016 het visitekaartje van de school. In Onderzoek & "
          "Ontwerpen (O&O) werken leerlingen in alle leerjaren twee uur per week in teams aan een "
          "opdracht van een echte opdrachtgever uit de stad; de docenten zijn begeleider, de "
          "opdrachtgever beoordeelt mee. Sinds 2025 draait in havo 4 een proef met flexuren: vier "
          "uur per week kiezen leerlingen zelf of ze vakhulp, verdieping of tijd voor een project "
          "nemen, via inschrijving in Zermelo. In 2027 besluiten we op basis van een evaluatie met "
          "leerlingen en docenten of de flexuren in de hele bovenbouw worden ingevoerd. Criteria zijn "
          "de cijfers en de bevordering van de deelnemende klassen, het oordeel van leerlingen en de "
          "organiseerbaarheid in het rooster."),
    ("p", "Docenten doen zelf onderzoek naar hun onderwijs. Elk jaar werken vier tot zes docenten "
          "in de onderzoeksgroep van de school aan een kleinschalig praktijkonderzoek. Een "
          "docent-onderzoeker (0,2 fte) begeleidt hen, in samenwerking met het lectoraat van "
          "Windesheim. Voorbeelden uit 2024-2025 zijn het effect van korte herhaaltoetsjes bij "
          "biologie in leerjaar 2, en hoe leerlingen AI gebruiken bij schrijfopdrachten voor "
          "Nederlands. De uitkomsten presenteren we op de studiedag in juni."),
    ("p", "Onze vernieuwing ordenen we langs de drie horizonten uit de innovatiestrategie van ASG:"),
    ("lijst", [
        "horizon 1, continu verbeteren: twee rondes lesobservaties per jaar met de kijkwijzer "
        "'goede les', en sectieafspraken over huiswerk en toetsing;",
        "horizon 2, fundamenteel veranderen: formatief handelen in de onderbouw, dat we samen met "
        "twee andere havo/vwo-scholen van ASG ontwikkelen (zie 3.1 en 5.1);",
        "horizon 3, radicaal anders: in 2028-2029 start een experiment in havo 4 met een rooster "
        "zonder vaste lesuren van 45 minuten, waarin leerlingen per week een leerplan maken met "
        "hun coach. Het experiment loopt twee jaar en wordt gevolgd door de onderzoeksgroep.",
    ]),
    ("h2", "2.4 Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij geven altijd het beste "
          "van onszelf, en als team zijn wij intrinsiek gemotiveerd om ons te blijven ontwikkelen. "
          "In de praktijk betekent dat:"),
    ("lijst", [
        "leerlingen in leerjaar 1 en 2 met een gemiddelde boven de 7,5 kunnen een vak versneld "
        "afronden of een extra vak kiezen (Spaans of Cambridge English);",
        "havoleerlingen die meer kunnen, stromen na leerjaar 2 of 3 door naar het vwo; in 2025 "
        "deden dat 14 leerlingen, met een steunprogramma van acht bijlessen wiskunde en Frans;",
        "leerlingen nemen deel aan de olympiades voor wiskunde, biologie en scheikunde, en de "
        "beste profielwerkstukken dingen mee naar de prijs van de Universiteit van Amsterdam;",
        "in rapportvergaderingen bespreken we niet alleen wie achterblijft, maar ook welke "
        "leerlingen onder hun niveau presteren en meer kunnen.",
    ]),

    ("pagina",),
    ("h1", "3 Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "De kwaliteit van ons onderwijs is en blijft op orde. Wij ontwikkelen onderwijs dat past bij "
          "de belevingswereld van onze leerlingen. In dit hoofdstuk beschrijven we ons "
          "onderwijsprogramma, burgerschap, veiligheid, ondersteuning en kwaliteitszorg."),
    ("h2", "3.1 Onderwijsprogramma"),
    ("p", "Leerjaar 1 en 2 zijn gemengde havo/vwo-klassen; vanaf leerjaar 3 volgen leerlingen de havo "
          "of het vwo. We werken met lessen van 45 minuten. De lessentabel voldoet aan de urennorm "
          "van 3.700 uur voor de havo en 4.700 uur voor het vwo; in het jaarverslag verantwoorden we "
          "de gerealiseerde onderwijstijd. De kerndoelen van de onderbouw zijn over de vakken "
          "verdeeld. Per vak staat in het curriculumoverzicht welke kerndoelen in welk leerjaar aan "
          "bod komen; de onderbouwcoördinator controleert dat elk jaar in september."),
    ("p", "Voor taal en rekenen werken we in de onderbouw toe naar referentieniveau 3F. In leerjaar 1 "
          "en 3 nemen we de toetsen lezen en rekenen van het leerlingvolgsysteem af. Eind leerjaar 3 "
          "beheerste in 2025 74% van de leerlingen niveau 3F bij lezen en 61% bij rekenen. Leerlingen "
          "onder dat niveau krijgen in leerjaar 3 een blok van acht weken extra lessen. In de "
          "bovenbouw kiezen leerlingen een van de vier profielen; de eindexamenprogramma's staan "
          "in de PTA's."),
    ("p", "In de technasiumstroom vervangt O&O in de onderbouw een deel van de uren voor techniek en "
          "beeldende vorming; in de bovenbouw is O&O een examenvak en sluiten leerlingen af met een "
          "meesterproef. De sportklas in leerjaar 1 en 2 heeft twee extra uren bewegingsonderwijs "
          "per week. Elke leerling kan in het vwo naast het profiel Latijn of Spaans kiezen."),
    ("p", "Met de nieuwe kerndoelen voor burgerschap en digitale geletterdheid herzien we het "
          "onderbouwcurriculum. De werkgroep 'Onderbouw 2028' brengt per vak in kaart wat er moet "
          "veranderen. In 2027-2028 testen we een nieuwe leerlijn digitale geletterdheid "
          "(programmeren, mediawijsheid, gegevens en AI) in leerjaar 1; in 2028-2029 volgen "
          "leerjaar 2 en 3."),
    ("p", "Sinds 2024 werkt een professionele leergemeenschap van twaalf docenten uit zes secties aan "
          "formatief handelen. Zij bezoeken elkaars lessen, bespreken samen leerlingwerk en "
          "presenteren twee keer per jaar aan het hele team wat werkt. Vanaf 2027 maakt elke sectie "
          "afspraken over leerdoelen en succescriteria in de les, en bespreekt de sectie elk kwartaal "
          "een les van een van haar leden."),
    ("h2", "3.2 Burgerschap"),
    ("p", "Ons burgerschapsonderwijs gaat uit van de basiswaarden van de democratische rechtsstaat: "
          "vrijheid, gelijkwaardigheid en solidariteit. Het staat in het burgerschapsplan, dat de "
          "burgerschapscoördinator elk jaar in juni evalueert. Onderdelen zijn:"),
    ("lijst", [
        "maatschappijleer in havo 4 en vwo 4, en levensbeschouwing in leerjaar 3 (zie 2.2);",
        "in leerjaar 2 het project 'Almere stemt', waarin leerlingen een eigen voorstel "
        "voorleggen aan raadsleden van de gemeente Almere;",
        "een jaarlijkse debatwedstrijd voor de bovenbouw;",
        "een leerlingenraad met een vertegenwoordiger per leerjaar en afdeling, die zes keer per "
        "jaar met de rector overlegt;",
        "een maatschappelijke stage van 30 uur in leerjaar 3, bij een organisatie in Almere.",
    ]),
    ("h2", "3.3 Sociale veiligheid en schoolklimaat"),
    ("p", "Elke afdeling heeft een anti-pestcoördinator. Het pestprotocol en het protocol sociale "
          "media zijn in 2025 herzien. Incidenten registreren we in Magister; de teamleiders "
          "bespreken elke maand het overzicht. Mobiele telefoons zijn sinds 2024 niet toegestaan in "
          "de lessen. Met de wijkagent en de gemeente hebben we het convenant Veilige School. "
          "Sociale veiligheid meten we elk jaar in februari met de tevredenheidsvragenlijst voor "
          "leerlingen van Vensters, het landelijke systeem van Scholen op de kaart. In 2025 gaf 87% "
          "van de leerlingen aan zich veilig te voelen op school."),
    ("p", "De school heeft twee interne vertrouwenspersonen, een man en een vrouw, die leerlingen "
          "aan het begin van het schooljaar in elke klas voorstellen. Voor medewerkers is er de "
          "vertrouwenspersoon van ASG. In leerjaar 1 besteedt het mentoruur de eerste zes weken aan "
          "groepsvorming; in leerjaar 3 volgt een les over grensoverschrijdend gedrag en online "
          "veiligheid, verzorgd door de jeugdarts van de GGD."),
    ("h2", "3.4 Ondersteuning en passend onderwijs"),
    ("p", "Het schoolondersteuningsprofiel (SOP) is in 2025 vastgesteld. De basisondersteuning "
          "bestaat uit het mentoraat, faciliteiten voor leerlingen met dyslexie of dyscalculie "
          "(extra tijd, voorleessoftware), faalangst- en examentraining, en huiswerkbegeleiding na "
          "schooltijd. Voor extra ondersteuning hebben we een ondersteuningscoördinator, een "
          "orthopedagoog (0,6 fte) en de trajectvoorziening 'Tussenstop', waar maximaal twaalf "
          "leerlingen tegelijk tijdelijk buiten de klas werken aan een eigen plan. Leerlingen met "
          "een ernstige lichamelijke beperking kunnen we helpen, omdat het gebouw daarop is "
          "ingericht; voor leerlingen die langdurig intensieve begeleiding in een kleine groep nodig "
          "hebben, is onze school niet de juiste plek."),
    ("p", "Voor (hoog)begaafde leerlingen is er in de onderbouw een plusprogramma: zij werken een "
          "uur per week onder begeleiding van een daarvoor geschoolde docent aan een eigen project, "
          "in plaats van een les waarvan zij de stof al beheersen. Leerlingen met dyslexie krijgen "
          "in leerjaar 1 een gesprek met de dyslexiecoach over hun faciliteiten en leggen die vast "
          "in een pas die docenten in Magister kunnen zien. In 2026-2027 actualiseren we het SOP "
          "met de ervaringen van de eerste twee jaar Tussenstop."),
    ("p", "Het zorg- en adviesteam (ondersteuningscoördinator, leerplichtambtenaar, jeugdarts van de "
          "GGD en schoolmaatschappelijk werk) komt elke zes weken bij elkaar. Als de ondersteuning "
          "die een leerling nodig heeft, onze mogelijkheden te boven gaat, vragen we via het "
          "samenwerkingsverband Passend Onderwijs Almere VO een arrangement of een "
          "toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs aan, en zoeken we samen "
          "met de ouders en een andere school een plek. In 2024-2025 ging het om zes leerlingen; "
          "geen van hen zat langer dan vier weken thuis."),
    ("h2", "3.5 Kwaliteitszorg"),
    ("p", "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en integraal, en het is zichtbaar "
          "in de hele school. Wij werken volgens de PDCA-cyclus. Onderdelen zijn:"),
    ("lijst", [
        "een kwaliteitskalender met vaste momenten voor analyses, evaluaties en rapportages;",
        "sectieplannen en sectiejaarverslagen, die de teamleider in juni met elke sectie bespreekt;",
        "een resultatenanalyse na elke periode en een examenanalyse in september;",
        "twee rondes lesobservaties per jaar met de kijkwijzer 'goede les';",
        "tevredenheidsvragenlijsten voor leerlingen en ouders via Vensters (jaarlijks), en een "
        "medewerkersonderzoek om het jaar;",
        "een interne audit door een getraind team van eigen docenten en teamleiders, elk jaar "
        "voor één afdeling;",
        "het jaarplan en jaarverslag, en de kwartaalrapportages aan het College van Bestuur.",
    ]),
    ("h2", "3.6 Doelen venster 1"),
    ("tabel", DOEL_KOP, [
        ["Taal- en rekenniveau onderbouw omhoog",
         "Eind leerjaar 3 beheerst ≥ 80% niveau 3F lezen (2025: 74%) en ≥ 70% niveau 3F rekenen "
         "(2025: 61%)", "2028-2029"],
        ["Leerlijn digitale geletterdheid ingevoerd",
         "Leerlijn in leerjaar 1 t/m 3 in alle klassen gegeven; evaluatie door sectie informatica "
         "met leerlingpanel", "2028-2029"],
        ["Formatief handelen in elke sectie",
         "Bij ≥ 75% van de geobserveerde lessen zijn leerdoelen en succescriteria zichtbaar "
         "(2025: 41%)", "2027-2028"],
        ["Bovenbouwsucces havo hoger",
         "Bovenbouwsucces havo ≥ 86% (driejaarsgemiddelde; 2025: 84,2%)", "2029-2030"],
        ["Sociale veiligheid",
         "≥ 90% van de leerlingen voelt zich veilig (leerlingvragenlijst Vensters; 2025: 87%)",
         "2027-2028"],
        ["Burgerschapsplan vernieuwd",
         "Plan met leerlijn per leerjaar, met instemming MR vastgesteld; jaarlijkse evaluatie",
         "2026-2027"],
        ["Geen thuiszitters",
         "Geen leerling langer dan vier weken zonder passend aanbod (registratie zorg- en "
         "adviesteam)", "jaarlijks"],
        ["Interne audits",
         "Havo-onderbouw, havo-bovenbouw, vwo-bovenbouw en technasium elk één keer geauditeerd",
         "2029-2030"],
    ], DOEL_BREEDTE),

    ("pagina",),
    ("h1", "4 Venster 2: Personeel in positie"),
    ("p", "Medewerkers voelen zich bij ons betrokken bij en trots op de school en op ASG. Wij willen "
          "vitale medewerkers, die met energie hun werk doen."),
    ("h2", "4.1 Ons personeel"),
    ("p", "Van onze 86 docenten is 31% ouder dan 55 jaar. Tot 2030 gaan naar verwachting veertien "
          "docenten met pensioen. Vacatures voor wiskunde, natuurkunde, Duits en informatica zijn "
          "moeilijk te vervullen. In 2025 gaven negen docenten les zonder volledige bevoegdheid voor "
          "de klassen waarin ze lesgeven. Alle negen volgen een opleiding: vier een "
          "eerstegraadsopleiding, drie het zij-instroomtraject en twee de PDG-opleiding. Zij krijgen "
          "maximaal vier lesuren per week studieverlof, een coach van de schoolopleider en "
          "vergoeding van de studiekosten. Wie onbevoegd start, tekent bij indiensttreding een "
          "opleidingsplan met een einddatum."),
    ("p", "De schoolopleider (0,6 fte) begeleidt zowel de studenten van de lerarenopleidingen als de "
          "docenten in opleiding. Elke nieuwe docent krijgt daarnaast een sectiegenoot als maatje, "
          "die in de eerste maanden wekelijks een kwartier met hem of haar de lessen doorneemt. "
          "Voor de vakken met de grootste tekorten werven we actief onder studenten die bij ons "
          "stage liepen; zij krijgen na hun stage een aanbod voor een baan van ten minste 0,6 fte."),
    ("h2", "4.2 Bekwaamheid en professionalisering"),
    ("p", "Het scholingsplan wordt elk jaar in juni vastgesteld. Er is een budget van 650 euro per fte "
          "per jaar. Iedere medewerker legt in het personeelsdossier vast welke scholing hij of zij "
          "heeft gevolgd. Startende docenten volgen drie jaar het inductieprogramma van de ASG "
          "Academie en krijgen in het eerste jaar twee uur lesreductie en een coach. Teamleiders "
          "volgen de leergang leidinggeven van de ASG Academie. Vijf docenten nemen deel aan de "
          "ASG-brede leergroep formatief evalueren, waarin docenten van zes ASG-scholen samen "
          "lessen ontwerpen en uitproberen."),
    ("p", "Vacatures voor teamleider en coördinator stellen we eerst open voor collega's binnen ASG. "
          "Docenten kunnen een week meelopen op een andere ASG-school. In 2025 maakten drie docenten "
          "daar gebruik van, en sinds 2024 werkt een docent Duits voor 0,4 fte op een vmbo-school "
          "van ASG."),
    ("h2", "4.3 Gesprekscyclus"),
    ("p", "De jaarlijkse gesprekscyclus is bij ons volledig ingevoerd. Elk schooljaar bestaat die uit:"),
    ("lijst", [
        "een ontwikkelgesprek in oktober over de eigen doelen en de scholing;",
        "een lesbezoek door de teamleider, en voor docenten een leerlingenquête over hun lessen;",
        "een jaargesprek in mei, met eens in de drie jaar een beoordeling;",
        "voor starters in het eerste jaar twee beoordelingsgesprekken.",
    ]),
    ("h2", "4.4 Welbevinden en inzetbaarheid"),
    ("p", "In het medewerkersonderzoek van 2024 ervoer 41% van de docenten een hoge werkdruk. Het "
          "verzuim was in 2025 6,4%. We nemen de volgende maatregelen. Medewerkers kunnen hun uren "
          "duurzame inzetbaarheid als lesvermindering opnemen; in 2025-2026 deed 46% dat. Na 17.00 "
          "uur plannen we geen vergaderingen. In de week voor de toetsweek zijn er geen "
          "overleggen. Collega's met jonge kinderen of met mantelzorg kunnen een vaste vrije "
          "ochtend of middag in het rooster aanvragen. Medewerkers met 57 jaar of ouder krijgen "
          "een gesprek over hun loopbaan. Bij verzuim schakelen we in de eerste week de "
          "bedrijfsarts in, en het bedrijfsmaatschappelijk werk van ASG is vrij toegankelijk."),
    ("h2", "4.5 Doelen venster 2"),
    ("tabel", DOEL_KOP, [
        ["Alle lessen door een bevoegde docent",
         "100% van de lessen gegeven door een docent met de juiste bevoegdheid (2025: 91%)",
         "2029-2030"],
        ["Starters blijven", "≥ 85% van de startende docenten werkt na drie jaar nog op school "
         "(2025: 72%)", "2028-2029"],
        ["Verzuim omlaag", "Verzuimpercentage ≤ 5,5% (2025: 6,4%)", "2027-2028"],
        ["Werkdruk omlaag", "Aandeel docenten met hoge werkdruk in het medewerkersonderzoek ≤ 30% "
         "(2024: 41%)", "2028-2029"],
        ["Gesprekscyclus rond", "100% van de medewerkers heeft een jaargesprek gehad dat in het "
         "dossier staat (2025: 88%)", "2026-2027"],
        ["Scholing zichtbaar", "Iedere medewerker volgt jaarlijks ≥ 1 scholing of "
         "ASG Academie-activiteit, vastgelegd in het dossier", "vanaf 2026-2027"],
    ], DOEL_BREEDTE),

    ("pagina",),
    ("h1", "5 Venster 3: De meerwaarde van ASG"),
    ("p", "Binnen ASG ontmoeten collega's van alle scholen en het servicebureau elkaar regelmatig. "
          "Door de schaalgrootte van ASG beschikken wij over interne expertise op veel "
          "beleidsgebieden."),
    ("h2", "5.1 Samenwerken met andere ASG-scholen"),
    ("p", "Wij werken op de volgende manieren samen met andere scholen van ASG:"),
    ("lijst", [
        "de secties wiskunde en Nederlands maken sinds 2023 samen met twee andere havo/vwo-scholen "
        "van ASG gemeenschappelijke toetsen voor leerjaar 3; de secties komen daarvoor drie keer "
        "per jaar bij elkaar en vergelijken de resultaten;",
        "de examensecretaris overlegt vier keer per jaar met de examensecretarissen van de andere "
        "ASG-scholen voor voortgezet onderwijs over het examenreglement en de PTA's;",
        "de leergemeenschap formatief handelen presenteert haar opbrengsten elk jaar op de "
        "onderwijsconferentie van ASG in april; in 2025 verzorgden onze docenten daar twee "
        "workshops;",
        "met vmbo-scholen van ASG hebben we een schakelprogramma voor leerlingen met een "
        "vmbo-tl-diploma die naar havo 4 gaan: zij volgen in het voorjaar vier lesmiddagen bij ons "
        "en krijgen in havo 4 een eigen mentor. In 2025 stroomden 23 leerlingen zo in; 70% van "
        "hen ging over naar havo 5;",
        "met acht basisscholen van ASG in de Muziekwijk en de Filmwijk organiseren we 'Nieuwland "
        "Junior': leerlingen van groep 8 volgen vier middagen technasiumlessen.",
    ]),
    ("h2", "5.2 Doelen venster 3"),
    ("tabel", DOEL_KOP, [
        ["Meer gezamenlijke toetsen", "In vier vakken gemeenschappelijke toetsen met ten minste twee "
         "ASG-scholen (2025: twee vakken)", "2028-2029"],
        ["Schakelprogramma vmbo-havo", "≥ 75% van de instromers uit het vmbo gaat over naar havo 5 "
         "(2025: 70%)", "2027-2028"],
        ["Delen op de ASG-conferentie", "Elk jaar ten minste twee bijdragen van onze docenten",
         "jaarlijks"],
    ], DOEL_BREEDTE),

    ("pagina",),
    ("h1", "6 Venster 4: Partnerschap"),
    ("p", "ASG werkt proactief samen met een breed scala aan partners, en voor het Nieuwland Lyceum "
          "geldt hetzelfde."),
    ("h2", "6.1 Ouders"),
    ("p", "In november en maart voeren we in leerjaar 1 tot en met 3 driehoeksgesprekken: leerling, "
          "ouder en mentor bespreken samen de voortgang en de leerdoelen van de leerling voor de "
          "volgende periode. In 2025 was 81% van de ouders daarbij aanwezig. Het ouderpanel komt "
          "vier keer per jaar met de rector bij elkaar over een thema. Bij de profielkeuze in "
          "leerjaar 3 is er een informatieavond voor ouders, en ouders kunnen bij O&O optreden als "
          "opdrachtgever of jurylid."),
    ("p", "In de eerste schoolweek is er per leerjaar een ouderavond waarop ouders de mentor leren "
          "kennen en horen hoe zij hun kind thuis kunnen helpen met plannen. Voor ouders van "
          "leerlingen in het examenjaar organiseren we in oktober een avond over het PTA en de "
          "herkansingsregeling."),
    ("h2", "6.2 Medezeggenschap"),
    ("p", "De medezeggenschapsraad heeft twaalf leden: zes medewerkers, drie ouders en drie leerlingen. "
          "De MR vergadert acht keer per jaar. Voordat de schoolleiding een voorgenomen besluit "
          "formeel voorlegt, bespreekt zij het onderwerp in een klankbordsessie met de MR. In "
          "2025-2026 gebeurde dat onder meer bij de flexuren en bij dit schoolplan. De "
          "leerlingenraad (zie 3.2) adviseert de leerlinggeleding van de MR."),
    ("h2", "6.3 Partners in de stad"),
    ("p", "Voor O&O werken we met veertien opdrachtgevers uit Almere, onder wie het Flevoziekenhuis, "
          "waterschap Zuiderzeeland en de afdeling openbare ruimte van de gemeente. Culturele "
          "activiteiten voor ckv vinden plaats met poppodium Corrosia en de Nieuwe Bibliotheek. De "
          "sportklas werkt samen met twee sportverenigingen in Almere Stad. Voor loopbaanoriëntatie "
          "hebben we afspraken met Windesheim Almere over meeloopdagen."),
    ("p", "Het lerarentekort raakt ons direct. Samen met twee andere Almeerse schoolbesturen en "
          "Windesheim vormen we de opleidingsschool 'Opleiden in Almere'. Wij plaatsen jaarlijks "
          "ongeveer achttien stagiairs; in 2025 kwamen vijf van hen bij ons in dienst. Daarnaast doen "
          "we mee aan het zij-instroomprogramma van de gemeente Almere."),
    ("h2", "6.4 Doelen venster 4"),
    ("tabel", DOEL_KOP, [
        ["Ouders bij het driehoeksgesprek", "≥ 90% van de ouders in leerjaar 1 t/m 3 aanwezig "
         "(2025: 81%)", "2027-2028"],
        ["Opleiden in de school", "≥ 20 stagiairs per jaar, van wie ≥ 4 na afstuderen in dienst",
         "2028-2029"],
        ["Meer opdrachtgevers voor O&O", "≥ 18 opdrachtgevers uit Almere (2025: 14)", "2029-2030"],
    ], DOEL_BREEDTE),

    ("pagina",),
    ("h1", "7 Financiën, huisvesting en planning"),
    ("h2", "7.1 Begroting"),
    ("p", "De rijksbijdrage bedraagt ongeveer 11,8 miljoen euro per jaar; 82% daarvan gaat naar "
          "personeel. De school heeft een gezonde reserve. Geplande investeringen zijn de uitbreiding "
          "van het technasiumlokaal in 2027 (120.000 euro) en vervanging van het digibordbestand "
          "door touchscreens in 2028 (85.000 euro). De vrijwillige ouderbijdrage is 75 euro per jaar. "
          "Door de dalende aanmelding verwachten we tot 2029 een daling van ongeveer 40 leerlingen; "
          "de formatie passen we aan via natuurlijk verloop, zodat er geen gedwongen vertrek nodig "
          "is. De middelen uit het Nationaal Programma Onderwijs zijn in 2025 afgelopen; de "
          "huiswerkbegeleiding die daaruit werd betaald, financieren we nu uit de eigen begroting."),
    ("h2", "7.2 Gebouw en schooltijden"),
    ("p", "Het gebouw uit 2009 is volledig toegankelijk voor leerlingen en bezoekers met een "
          "rolstoel: er zijn twee liften en alle lokalen zijn drempelvrij. Het gebouw is open van "
          "7.45 tot 17.30 uur. De lessen beginnen om 8.30 uur en eindigen uiterlijk om 16.15 uur. Het "
          "open leercentrum op de eerste verdieping is na de laatste les tot 17.00 uur beschikbaar "
          "voor zelfstudie, met toezicht door personeel van de mediatheek. In 2027 wordt het dak "
          "geïsoleerd en komen er zonnepanelen. De ambitieuze plannen van de gemeente voor een "
          "nieuwe fietsroute langs de school zorgen in 2027 naar verwachting voor een half jaar "
          "overlast bij de ingang; leerlingen en ouders informeren we tijdig."),
    ("h2", "7.3 Meerjarenplanning"),
    ("tabel", ["Schooljaar", "Belangrijkste onderwerpen"], [
        ["2026-2027", "Burgerschapsplan vernieuwd; gesprekscyclus volledig; start werkgroep "
                      "Onderbouw 2028; besluit over flexuren"],
        ["2027-2028", "Formatief handelen in alle secties; pilot leerlijn digitale geletterdheid "
                      "leerjaar 1; verzuim ≤ 5,5%; uitbreiding technasiumlokaal"],
        ["2028-2029", "Leerlijn digitale geletterdheid in leerjaar 1 t/m 3; 3F-doelen onderbouw; "
                      "start experiment rooster havo 4"],
        ["2029-2030", "Alle lessen door bevoegde docenten; evaluatie van dit plan; nieuw schoolplan"],
    ], [3.0, 13.3]),
    ("pagina",),
    ("h1", "8 Bewuste keuzes en eigen kleur"),
    ("h2", "8.1 Geen prioriteit in deze planperiode"),
    ("p", "Niet elk doel uit Koers 22 krijgt in dit plan een eigen uitwerking. Het doel dat alle "
          "medewerkers op de hoogte zijn van de inrichting van processen en systemen binnen scholen "
          "en servicebureau, maken we in deze periode niet tot speerpunt; we volgen hierin de "
          "informatie die het servicebureau verstrekt. Ook de landelijke contacten van ASG laten we "
          "aan het bestuur; als school richten we ons op Almere."),
    ("h2", "8.2 Eigen kleur"),
    ("p", "Twee doelen in dit plan komen niet rechtstreeks uit de koers, maar uit onze eigen "
          "analyse. Het eerste is het behoud van startende docenten (zie de tabel bij venster 2): te "
          "veel jonge collega's vertrekken binnen drie jaar naar een school dichter bij Amsterdam. "
          "Het tweede is de sportklas, waarvoor we in 2027-2028 een doorlopende leerlijn naar het "
          "examenvak lichamelijke opvoeding (LO2) in de havo ontwikkelen, zodat leerlingen met "
          "sporttalent ook in de bovenbouw een passend programma volgen."),
    ("h2", "8.3 Ondertekening"),
    ("p", "Voor akkoord, Almere, juli 2026"),
    ("p", "I. Bosman, rector                    R. Yıldız, voorzitter medezeggenschapsraad"),
]


COLOFON = [
    ["Naam", "Nieuwland Lyceum, openbare school voor havo en vwo"],
    ["BRIN", "30LN"],
    ["Adres", "Cantatestraat 40, Almere (Muziekwijk)"],
    ["Bevoegd gezag", "Almeerse Scholen Groep, College van Bestuur"],
    ["Rector", "Ingrid Bosman"],
    ["Planperiode", "1 augustus 2026 – 31 juli 2030"],
    ["Leerlingen (1 oktober 2025)", "1.284"],
    ["Instemming MR", "De medezeggenschapsraad heeft op 23 juni 2026 ingestemd met dit schoolplan."],
    ["Vastgesteld", "Door het College van Bestuur van ASG op 7 juli 2026"],
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    # Titelpagina
    doc.add_paragraph()
    doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2026–2030", style="Title")
    sub = doc.add_paragraph()
    r = sub.add_run("Nieuwland Lyceum · openbare school voor havo en vwo · Almere Stad")
    r.font.size = Pt(14)
    doc.add_paragraph("Onze vertaling van Koers 22 van de Almeerse Scholen Groep")
    doc.add_paragraph()
    doc.add_paragraph("Colofon", style="Heading 1")
    tabel(doc, ["Gegeven", "Inhoud"], COLOFON, [5.0, 11.3])
    doc.add_page_break()

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan Nieuwland Lyceum 2026-2030 – pagina ")
    page_field(voet)

    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_paragraph(blok[1], style="Heading 1")
        elif soort == "h2":
            doc.add_paragraph(blok[1], style="Heading 2")
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "lijst":
            for regel in blok[1]:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "tabel":
            tabel(doc, blok[1], blok[2], blok[3])
            doc.add_paragraph()
        elif soort == "pagina":
            doc.add_page_break()

    doc.core_properties.author = "I. Bosman"
    doc.core_properties.title = "Schoolplan 2026-2030 Nieuwland Lyceum"
    doc.core_properties.created = STEMPEL
    doc.core_properties.modified = STEMPEL
    doc.core_properties.last_modified_by = "kwaliteitszorg"
    doc.core_properties.revision = 3
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".docx"))
