"""Schoolplan 2024-2028 van OBS Het Carillon, openbare basisschool met twee locaties in Almere Stad
(Muziekwijk en Filmwijk).

Ingedeeld naar de vier vensters van ASG Koers 22, met eigen hoofdstuktitels; kopstijlen, een
inhoudsopgaveveld en paginanummers zoals in Word. De doelen staan in lopende tekst. Zelfstandig:
alleen de standaardbibliotheek en python-docx. Deterministisch: elke build geeft hetzelfde bestand.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 3, 14, 30, 0)


# --- Word plumbing (overgenomen uit docx_parts.py) -------------------------------------------

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def veld(paragraph, instructie: str, tijdelijk: str = "") -> None:  # type: ignore[no-untyped-def]
    """Een Word-veld (PAGE, TOC) aan het einde van de alinea."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instructie} "
    run._r.append(begin)
    run._r.append(instr)
    if tijdelijk:
        sep = OxmlElement("w:fldChar")
        sep.set(qn("w:fldCharType"), "separate")
        run._r.append(sep)
        t = OxmlElement("w:t")
        t.text = tijdelijk
        run._r.append(t)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


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


# --- schrijfhulpjes -----------------------------------------------------------------------------

def h1(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_heading(tekst, level=1)


def h2(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_heading(tekst, level=2)


def p(doc, tekst, cursief=False):  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.italic = cursief
    return par


def lijst(doc, items):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def venster_regel(doc, tekst):  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.italic = True
    run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    return par


# --- voorblad en inhoud ------------------------------------------------------------------------

def voorblad(doc) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):
        doc.add_paragraph()
    titel = doc.add_paragraph("Schoolplan 2024 – 2028", style="Title")
    titel.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for tekst, grootte, vet in [
        ("OBS Het Carillon", 24, True),
        ("Openbare basisschool · locatie Muziekwijk en locatie Filmwijk · Almere Stad", 12, False),
        ("‘Ieder kind een eigen klank’", 14, False),
        ("", 11, False),
        ("Almeerse Scholen Groep", 11, False),
        ("BRIN 19KQ · directeur Samira El Idrissi", 11, False),
        ("Versie 1 juni 2024", 11, False),
    ]:
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(tekst)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    kop = doc.add_paragraph()
    kop.add_run("Inhoud").bold = True
    veld(doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u',
         "Klik met de rechtermuisknop en kies ‘Veld bijwerken’ om de inhoudsopgave te tonen.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# --- de hoofdstukken ---------------------------------------------------------------------------

def voorwoord(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "Voorwoord")
    p(doc, "Een carillon is een klokkenspel: veel klokken, elk met een eigen toon, die samen één melodie "
      "spelen. Zo zien wij onze school ook. Met ruim 640 kinderen, twee locaties en een team van meer dan "
      "zestig mensen zijn we een grote school, maar we willen dat elk kind zijn eigen klank houdt.")
    p(doc, "Dit schoolplan beschrijft onze koers voor de schooljaren 2024-2025 tot en met 2027-2028. Het is "
      "tot stand gekomen in een jaar van gesprekken. Het team werkte op drie studiedagen (november 2023, "
      "februari en april 2024) aan een terugblik op het vorige plan en aan de keuzes voor de komende jaren. "
      "De kinderraden van beide locaties vertelden wat zij goed vinden aan hun school en wat beter kan. Het "
      "ouderpanel besprak in maart 2024 het hoofdstuk over ouders en communicatie.")
    p(doc, "We hebben het plan ingedeeld volgens de vier vensters van Koers 22, het strategisch beleid van "
      "ASG. Elk venster-hoofdstuk begint met wat wij als school willen bereiken, gevolgd door wat we nu doen, "
      "wat we gaan veranderen en welke doelen we onszelf stellen. De doelen werken we elk jaar uit in het "
      "jaarplan van beide locaties.")
    p(doc, "Samira El Idrissi, directeur")


def in_beeld(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "1. Het Carillon in beeld")
    h2(doc, "1.1 Twee locaties, één school")
    p(doc, "OBS Het Carillon is in 1989 gestart in de Muziekwijk. Toen de Filmwijk groeide, opende de school "
      "in 2009 een dependance aan de andere kant van het spoor. Sinds 2016 is dat een volwaardige locatie "
      "met groep 1 tot en met 8. De twee locaties hebben één directeur, één team en één schoolplan, maar elk "
      "een eigen locatieleider, intern begeleider en jaarplan.")
    p(doc, "Op 1 oktober 2023 telde de school 640 leerlingen: 372 op de locatie Muziekwijk (15 groepen) en 268 "
      "op de locatie Filmwijk (11 groepen). Het team telt 61 medewerkers (47,8 fte): de directeur, twee "
      "locatieleiders, twee intern begeleiders, 38 groepsleerkrachten, twee vakleerkrachten "
      "bewegingsonderwijs, elf onderwijsassistenten, een administratief medewerker, twee conciërges en een "
      "ICT-coördinator.")
    h2(doc, "1.2 Onze leerlingen en de wijken")
    p(doc, "De Muziekwijk is een van de oudere wijken van Almere Stad, met veel sociale huur en gezinnen met een "
      "laag inkomen. De Filmwijk is gemengder; aan de noordkant worden tot 2027 nog ruim 400 woningen "
      "gebouwd. De schoolweging van de inspectie is 32,1 (Muziekwijk 33,0, Filmwijk 30,8), wat betekent dat "
      "onze leerlingen gemiddeld meer ondersteuning nodig hebben dan het landelijk gemiddelde. Op onze school "
      "zitten kinderen met 41 nationaliteiten; bij ongeveer 35 procent wordt thuis vooral een andere taal dan "
      "Nederlands gesproken. Achttien procent van de kleuters heeft een indicatie voor voor- en vroegschoolse "
      "educatie.")
    p(doc, "Het leerlingaantal op de locatie Muziekwijk daalt licht (van 398 in 2020 naar 372 nu); de Filmwijk "
      "groeit. Volgens de prognose van de gemeente zijn beide locaties in 2028 ongeveer even groot. Dat heeft "
      "gevolgen voor de formatie en voor de verdeling van specialisten over de locaties.")
    h2(doc, "1.3 Gebouwen, tijden en geld")
    p(doc, "Beide locaties werken met het vijf-gelijke-dagenmodel: alle groepen gaan van maandag tot en met "
      "vrijdag van 8.30 tot 14.15 uur naar school. De deuren zijn om 8.15 uur open. De kinderen lunchen in de "
      "klas met de leerkracht; naschoolse opvang is er in beide gebouwen. Het gebouw in de Muziekwijk is in "
      "2019 gerenoveerd en heeft sindsdien nieuwe ventilatie en zonnepanelen. De locatie Filmwijk deelt het "
      "gebouw met de kinderopvang en de peuteropvang; samen vormen we daar een integraal kindcentrum.")
    p(doc, "De school heeft een begroting van ongeveer 4,8 miljoen euro per jaar. De middelen uit het Nationaal "
      "Programma Onderwijs lopen in 2025 af. We hebben daarom gekozen welke extra inzet we willen behouden "
      "(onderwijsassistenten in groep 3 en 4 en de taalondersteuning) en welke we afbouwen. Het geld voor de "
      "schoolontwikkeling in dit plan is in de meerjarenbegroting 2024-2028 opgenomen.")


def waar_wij_voor_staan(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "2. Waar wij voor staan")
    p(doc, "Het Carillon heeft een gastvrije cultuur: iedereen voelt zich bij ons welkom. Met een open blik "
      "kijken wij naar de verscheidenheid van onze leerlingen en medewerkers.")
    h2(doc, "2.1 Missie en visie")
    p(doc, "Onze missie is ‘Ieder kind een eigen klank’. We willen dat kinderen bij ons ontdekken wie ze zijn "
      "en wat ze kunnen, en dat ze leren samenleven met kinderen die anders zijn dan zijzelf. Goed "
      "basisonderwijs in taal en rekenen is daarvoor het fundament; zonder goed kunnen lezen kom je in de "
      "Nederlandse samenleving niet ver.")
    p(doc, "Onze visie rust op drie pijlers, die het team in 2023 samen heeft geformuleerd:")
    lijst(doc, [
        "Sterke basis: effectieve instructie en veel leertijd voor taal, lezen en rekenen.",
        "Samen leven: kinderen leren conflicten oplossen, meedenken en meebeslissen.",
        "Wereld in de klas: kinderen leren over hun eigen achtergrond en die van anderen, en over de wereld "
        "buiten Almere.",
    ])
    p(doc, "De kernwaarden van ASG (gezien worden, open, vooruitstrevend en ambitieus) zijn ook de onze. In dit "
      "plan laten we per venster zien hoe ze in ons werk terugkomen.")
    h2(doc, "2.2 Openbaar onderwijs op het Carillon")
    p(doc, "Het Carillon is een openbare school. Dat betekent dat de school toegankelijk is voor ieder kind, "
      "ongeacht geloof, levensovertuiging, afkomst of de portemonnee van de ouders, en dat wij in het "
      "onderwijs actief aandacht besteden aan de verschillende godsdiensten en levensbeschouwingen in onze "
      "samenleving. Dat laatste doen we zo:")
    lijst(doc, [
        "Godsdienstig en humanistisch vormingsonderwijs. In groep 5 tot en met 8 kunnen ouders kiezen voor "
        "protestants-christelijk of islamitisch godsdienstonderwijs (GVO) of humanistisch vormingsonderwijs "
        "(HVO), 45 minuten per week, gegeven door vakdocenten van het Dienstencentrum GVO en HVO. Ouders "
        "geven hun keuze door op het aanmeldformulier dat elk jaar in juni wordt uitgedeeld. In 2023-2024 deed "
        "42 procent van de kinderen mee; wie niet meedoet, heeft in dezelfde tijd een les levensbeschouwing "
        "van de eigen leerkracht.",
        "Levensbeschouwing voor iedereen. In alle groepen zijn er per jaar zes lessen over wereldgodsdiensten "
        "en levensbeschouwing, als onderdeel van wereldoriëntatie. In groep 7 bezoeken de kinderen een kerk, "
        "een moskee en de hindoetempel in Almere Buiten.",
        "Feesten. We vieren Sinterklaas en Kerst met de hele school, met een kerstdiner en zonder "
        "kerkdienst. Rond het Suikerfeest, Divali, Chinees Nieuwjaar, Pasen en Pesach vertellen kinderen en "
        "ouders in de klas wat het feest voor hen betekent. Op 1 juli staan we in alle groepen stil bij "
        "Keti Koti, met een ontbijt dat ouders uit de Surinaamse en Antilliaanse gemeenschap mee "
        "organiseren. Met het Offerfeest en het Suikerfeest krijgen kinderen op verzoek vrij, volgens de "
        "regels van de leerplichtwet.",
        "Week van het Openbaar Onderwijs. Elk jaar in november houden we op beide locaties een open les over "
        "het thema van die week, waarvoor we ouders en buurtbewoners uitnodigen.",
        "Neutraal, niet kleurloos. Leerkrachten geven in de klas ruimte aan alle meningen en laten hun eigen "
        "geloof of politieke voorkeur buiten de les. Daarover hebben we in 2023 een teamafspraak gemaakt, die "
        "nieuwe collega’s bij hun start bespreken met de locatieleider.",
    ])


def venster1(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "3. Leren op het Carillon")
    venster_regel(doc, "Venster 1 van Koers 22: Goed en toegankelijk onderwijs")
    p(doc, "Wij hebben zicht op wat onze leerlingen nodig hebben. Wij ontwikkelen onderwijs dat past bij de "
      "belevingswereld van onze leerlingen. Het Carillon heeft een toekomstgericht curriculum. En wij "
      "hebben een collectieve leercultuur, gericht op voortdurend verbeteren en vernieuwen.")

    h2(doc, "3.1 Ons onderwijsprogramma")
    p(doc, "Ons aanbod dekt alle kerndoelen van het primair onderwijs. Per jaar maken alle groepen ongeveer "
      "960 lesuren. De verdeling per week in groep 5 tot en met 8 is ongeveer: taal en lezen 8 uur, rekenen "
      "5 uur, wereldoriëntatie 3 uur, Engels 1 uur, bewegingsonderwijs 1,5 uur (gegeven door de "
      "vakleerkracht), kunst en cultuur 1,5 uur en sociaal-emotionele ontwikkeling en burgerschap 1 uur. In "
      "groep 1 en 2 werken we met thema’s uit Kleuterplein en volgen we de ontwikkeling met KIJK!.")
    p(doc, "Voor het technisch lezen werken we in groep 3 met Veilig leren lezen (KIM-versie) en daarna met "
      "Estafette; voor taal en spelling met Taal Actief 5, voor begrijpend lezen met Nieuwsbegrip en voor "
      "rekenen met Pluspunt 4. Engels geven we vanaf groep 1 met Join in. Wereldoriëntatie geven we "
      "geïntegreerd met Blink Wereld; elk thema wordt afgesloten met een presentatie. Cultuureducatie "
      "organiseren we met Kunstlinie Almere: elke groep bezoekt per jaar minstens één voorstelling of "
      "museum.")
    p(doc, "We meten of de leerlingen de referentieniveaus halen. Bij de eerste doorstroomtoets, in februari "
      "2024, haalde 95 procent van onze leerlingen 1F lezen, 96 procent 1F taalverzorging en 89 procent 1F "
      "rekenen. Het hogere niveau haalde 61 procent voor lezen (2F), 58 procent voor taalverzorging (2F) en "
      "36 procent voor rekenen (1S). Op lezen en taal liggen we boven de signaleringswaarden die de "
      "inspectie voor onze schoolweging hanteert; rekenen op 1S ligt er net onder. Rekenen is daarom een "
      "van de speerpunten in deze periode.")

    h2(doc, "3.2 Digitale geletterdheid en techniek")
    p(doc, "Sinds 2022 werken we met een eigen leerlijn digitale geletterdheid, gebaseerd op de conceptkerndoelen "
      "van SLO, met lessen uit Basicly. In groep 3 en 4 leren kinderen typen en veilig inloggen, in groep 5 "
      "en 6 zoeken en beoordelen ze informatie, en in groep 7 en 8 leren ze programmeren en werken ze aan "
      "mediawijsheid. Vanaf groep 6 heeft elk kind een eigen Chromebook. Op de locatie Filmwijk is in 2023 "
      "een maaklab ingericht met 3D-printers, een lasersnijder en robotica; groep 5 tot en met 8 van beide "
      "locaties werken daar zes keer per jaar een dagdeel. In 2025-2026 schrijven we ook voor techniek een "
      "doorgaande lijn van groep 1 tot en met 8.")

    h2(doc, "3.3 Burgerschap en omgang met elkaar")
    p(doc, "Voor burgerschap en sociale vorming werken we met De Vreedzame School. Elke groep heeft een wekelijkse "
      "les; in de bovenbouw zijn per groep twee kinderen opgeleid als leerlingmediator, die in de pauze "
      "ruzies helpen oplossen. Elke locatie heeft een kinderraad van twee gekozen kinderen per groep 5 tot en "
      "met 8. De kinderraad vergadert zes keer per jaar met de locatieleider en heeft een eigen budget van "
      "1.000 euro. Groep 7 bezoekt in het voorjaar de gemeenteraad van Almere en houdt daarna een debat over "
      "een echt raadsvoorstel. Groep 8 doet mee aan het project Nederland Onderzoekt over de Tweede "
      "Wereldoorlog en Almere. Onze burgerschapsdoelen hebben we in 2023 vastgelegd in een leerlijn per "
      "bouw; de kinderraad en de leerkrachten evalueren die elk jaar in juni.")
    p(doc, "Respect is bij ons een afspraak, geen vanzelfsprekendheid. De omgangsregels van De Vreedzame School "
      "hangen in elk lokaal en gelden ook voor volwassenen. Voor ouders en teamleden is er sinds 2022 een "
      "omgangscode, die in het kennismakingsgesprek met nieuwe ouders wordt besproken. Leerkrachten spreken "
      "ouders met ‘u’ aan en kinderen met hun naam, niet met een bijnaam. Wanneer een gesprek met ouders "
      "uit de hand loopt, zet de locatieleider het gesprek voort.")

    h2(doc, "3.4 Zicht op ontwikkeling")
    p(doc, "Twee keer per jaar nemen we de toetsen van Leerling in beeld af (midden en eind). Voor de sociaal-"
      "emotionele ontwikkeling gebruiken we ZIEN!, in groep 5 tot en met 8 ook met de leerlingvragenlijst. "
      "Drie keer per jaar (oktober, februari, juni) houdt de intern begeleider met elke leerkracht een "
      "groepsbespreking. We bespreken dan niet alleen de kinderen die uitvallen, maar de hele groep: welke "
      "kinderen hebben meer uitdaging nodig, welke meer instructie, wat werkt in deze groep. De uitkomsten "
      "komen in het groepsplan in ParnasSys. Vanaf groep 3 voert de leerkracht twee keer per jaar met elk "
      "kind een kindgesprek over wat het al kan en wat het wil leren.")
    p(doc, "Wij leggen de lat hoog. Onze schoolnorm ligt boven de signaleringswaarden: wij streven ernaar dat "
      "97 procent van de leerlingen 1F haalt en 60 procent 2F of 1S. Elk kind krijgt in de "
      "groepsbespreking een eigen doel dat een stap verder ligt dan zijn vorige resultaat. Een kind gaat pas "
      "op een eigen leerlijn als de intern begeleider, de leerkracht en de ouders dat samen hebben besloten, "
      "en nooit vóór groep 6. Kinderen die meer aankunnen, krijgen in elke groep verrijkingsstof en vanaf "
      "groep 5 plusinstructie van een leerkracht die daar tijd voor heeft.")

    h2(doc, "3.5 Ondersteuning")
    p(doc, "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2022) staat welke ondersteuning we bieden. "
      "Tot de basisondersteuning rekenen we: instructie volgens het model van expliciete directe instructie "
      "op drie niveaus, het dyslexie- en dyscalculieprotocol, preteaching door onderwijsassistenten en "
      "taalondersteuning voor kinderen met Nederlands als tweede taal. Extra ondersteuning bieden we in de "
      "Denktank, een plusgroep voor meer- en hoogbegaafde leerlingen van beide locaties (één ochtend per "
      "week), en in de taalgroep voor nieuwkomers en neveninstromers, die vier ochtenden per week op de "
      "locatie Filmwijk draait. Voor kinderen met ernstige gedrags- of ontwikkelingsproblemen die een eigen "
      "begeleider gedurende de hele dag nodig hebben, hebben we geen passend aanbod; dan zoeken we met ouders "
      "en het samenwerkingsverband een andere plek.")
    p(doc, "Het Carillon is aangesloten bij het samenwerkingsverband Passend Onderwijs Almere. De onderwijsadviseur "
      "van het samenwerkingsverband schuift drie keer per jaar aan bij de zorgoverleggen van beide "
      "locaties. Voor zes leerlingen hebben we in 2023-2024 een arrangement, meestal in de vorm van extra "
      "uren van een onderwijsassistent. Gemiddeld vier kinderen per jaar stappen over naar het speciaal "
      "basisonderwijs; omgekeerd nemen we elk jaar één of twee "
      "kinderen op die vanuit het SBO teruggeplaatst worden. Geen enkele leerling van ons zat de afgelopen "
      "drie jaar langer dan twee weken thuis zonder onderwijs. In 2025 actualiseren we het SOP, omdat de "
      "taalgroep en de Denktank er nog niet goed in beschreven staan.")

    h2(doc, "3.6 Veiligheid en schoolklimaat")
    p(doc, "Beide locaties hebben een anti-pestcoördinator en een vertrouwenspersoon; hun namen staan in de "
      "schoolgids en op de website. Het veiligheidsplan beschrijft onze afspraken over pesten, incidenten, "
      "de meldcode huiselijk geweld en bedrijfshulpverlening. Elk jaar vullen de leerlingen van groep 5 tot "
      "en met 8 de veiligheidsvragenlijst van ZIEN! in. In 2023 voelde 91 procent zich veilig op school; het "
      "laagst scoorde de locatie Muziekwijk op de vraag of volwassenen helpen bij ruzie op het plein (74 "
      "procent). Sinds januari 2024 staan daar in elke pauze vier volwassenen op het plein, en de "
      "leerlingmediatoren dragen een herkenbaar hesje. Incidenten leggen we vast in ParnasSys; de "
      "locatieleiders bespreken het overzicht elke zes weken in het managementteam.")

    h2(doc, "3.7 Vernieuwen: unitonderwijs in de kleutergroepen")
    p(doc, "Op de locatie Filmwijk starten we in augustus 2024 met een pilot unitonderwijs voor groep 1 en 2. "
      "De drie kleutergroepen (samen 72 kinderen) werken dan als één unit met drie leerkrachten en een "
      "onderwijsassistent. Kinderen krijgen instructie in kleine groepen op hun eigen niveau en werken "
      "daarna in leerpleinen rond het thema: een bouwhoek, een taalhoek, een rekenhoek en een atelier. De "
      "leerkrachten verdelen de taken: één geeft instructie, één begeleidt de hoeken, één observeert en "
      "registreert in KIJK!. Voor de verbouwing van de lokalen (een doorbraak en nieuw meubilair) is 38.000 "
      "euro gereserveerd. We evalueren de pilot in december 2025 met ouders, leerkrachten en de intern "
      "begeleider; daarna besluiten we of de locatie Muziekwijk volgt en of we uitbreiden naar groep 3 en 4.")

    h2(doc, "3.8 Wat we in 2028 bereikt willen hebben")
    p(doc, "In juni 2026 haalt ten minste 45 procent van onze leerlingen in groep 8 referentieniveau 1S voor "
      "rekenen (2024: 36 procent). Daarvoor voeren we in 2024-2025 in alle groepen een dagelijkse "
      "automatiseringsronde in en volgen alle leerkrachten van groep 5 tot en met 8 een scholing in het "
      "rekenonderwijs.")
    p(doc, "In juni 2027 haalt ten minste 60 procent van de leerlingen in groep 8 niveau 2F voor lezen en blijft "
      "het percentage 1F boven de 95 procent.")
    p(doc, "In juni 2025 is het geactualiseerde schoolondersteuningsprofiel vastgesteld, met een beschrijving van "
      "de Denktank en de taalgroep, en staat het op de website.")
    p(doc, "In december 2025 is de pilot unitonderwijs geëvalueerd en is besloten over uitbreiding. In juni 2027 "
      "werken alle groepen volgens de doorgaande lijn techniek, en in juni 2028 beheerst 90 procent van de "
      "leerlingen in groep 8 de doelen van de leerlijn digitale geletterdheid.")
    p(doc, "In juni 2026 geeft op beide locaties ten minste 85 procent van de leerlingen aan dat volwassenen "
      "helpen bij ruzie op het plein (Muziekwijk 2023: 74 procent).")


def venster2(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "4. Een team dat samen klinkt")
    venster_regel(doc, "Venster 2 van Koers 22: Personeel in positie")
    p(doc, "Onze medewerkers voelen zich betrokken bij en trots op het Carillon en op ASG. Zij ervaren erkenning "
      "van hun professionaliteit en expertise en voelen zich gezien. Wij zetten de talenten van onze "
      "medewerkers in voor de hele school, en wij hebben vitale medewerkers.")

    h2(doc, "4.1 Het team")
    p(doc, "Het team is de afgelopen jaren flink veranderd: sinds 2020 zijn 19 nieuwe collega’s begonnen, "
      "van wie 8 direct van de pabo. De gemiddelde leeftijd is gedaald van 46 naar 39 jaar. Dat geeft "
      "energie, maar ook de opdracht om nieuwe collega’s goed te begeleiden. Elke locatie heeft per bouw "
      "een bouwcoördinator.")

    h2(doc, "4.2 Professionalisering")
    p(doc, "Iedere medewerker stelt in het startgesprek een persoonlijk ontwikkelplan op met één of twee doelen. "
      "Voor scholing hebben we jaarlijks 38.000 euro beschikbaar, plus de individuele uren uit de cao. In "
      "2024-2026 volgen alle leerkrachten de training expliciete directe instructie van de ASG Academie, in "
      "vijf bijeenkomsten, gevolgd door twee klassenbezoeken van de intern begeleider met de kijkwijzer. In "
      "2024-2025 volgen de leerkrachten van groep 5 tot en met 8 daarnaast de rekenscholing die in 3.8 is "
      "genoemd. Onderwijsassistenten volgen in 2025 de Academie-module over preteaching.")

    h2(doc, "4.3 Samen leren")
    p(doc, "Sinds 2023 werken we met leerteams. Elk leerteam bestaat uit vier tot zes leerkrachten van beide "
      "locaties, komt zes keer per jaar bijeen en werkt aan een verbeterpunt uit de eigen lessen, zoals "
      "‘meer kinderen aan het woord bij begrijpend lezen’. De leerteams presenteren hun "
      "uitkomsten aan het eind van het jaar aan het hele team; wat werkt, nemen we op in onze "
      "afsprakenkaarten. Daarnaast nemen de intern begeleiders deel aan het IB-netwerk van ASG en de "
      "locatieleiders aan het netwerk voor adjunct-directeuren en locatieleiders.")

    h2(doc, "4.4 Nieuwe collega’s en zij-instromers")
    p(doc, "Startende leerkrachten krijgen een begeleidingstraject van drie jaar met een coach uit het team, "
      "een lagere lestaak in het eerste jaar en vier intervisiebijeenkomsten per jaar met de andere starters. "
      "Op dit moment werken er bij ons twee zij-instromers en één onbevoegde leerkracht die de deeltijdpabo "
      "volgt. Zij hebben een vaste begeleider, een dag per week studietijd in het eerste jaar en een halve "
      "dag daarna, en ASG betaalt hun opleiding. Bij de formatie zorgen we ervoor dat zij in een groep staan "
      "met een ervaren duopartner.")

    h2(doc, "4.5 Gesprekscyclus")
    p(doc, "We volgen de gesprekscyclus van ASG. In oktober voert de locatieleider met elke medewerker een "
      "doelgesprek, in februari of maart een voortgangsgesprek en eens in de drie jaar een beoordelingsgesprek. "
      "Voor elk gesprek bezoekt de locatieleider de groep. Welbevinden en werkdruk zijn vaste onderwerpen. "
      "Alle gesprekken worden vastgelegd in het digitale personeelsdossier. In 2022-2023 is de cyclus met 54 "
      "van de 61 medewerkers afgerond; achterstand ontstond vooral op de locatie Filmwijk, waar de "
      "locatieleider een half jaar vacant was.")

    h2(doc, "4.6 Werkdruk en welbevinden")
    p(doc, "In de medewerkerspeiling van 2023 beoordeelde 64 procent van de medewerkers de werkdruk als "
      "acceptabel. Met de werkdrukmiddelen betalen we onderwijsassistenten in groep 3 en 4 en de tweede "
      "vakleerkracht bewegingsonderwijs, zodat groepsleerkrachten twee uur per week lesvrij zijn. We hebben "
      "het aantal vergaderingen teruggebracht van wekelijks naar tweewekelijks. Collega’s vanaf 57 jaar "
      "kunnen hun uren voor duurzame inzetbaarheid inzetten voor minder lesgebonden taken, en wie een "
      "jong gezin heeft, kan bij de formatie een voorkeur voor vaste dagen opgeven.")

    h2(doc, "4.7 Wat we in 2028 bereikt willen hebben")
    p(doc, "In juni 2026 hebben alle leerkrachten de training expliciete directe instructie afgerond, en zien de "
      "intern begeleiders bij ten minste 80 procent van de klassenbezoeken alle fasen van het model terug.")
    p(doc, "In juni 2026 hebben de twee zij-instromers en de onbevoegde leerkracht hun bevoegdheid gehaald.")
    p(doc, "Ieder schooljaar is de gesprekscyclus met alle medewerkers afgerond, op beide locaties.")
    p(doc, "In juni 2027 beoordeelt ten minste 80 procent van de medewerkers in de peiling de werkdruk als "
      "acceptabel (2023: 64 procent).")


def venster3(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "5. Samen sterker binnen ASG")
    venster_regel(doc, "Venster 3 van Koers 22: De meerwaarde van ASG")
    p(doc, "Binnen ASG ontmoeten onze collega’s regelmatig collega’s van andere scholen en van het servicebureau. "
      "Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede "
      "studiedagen. En alle medewerkers van het Carillon zijn op de hoogte van de inrichting van processen en "
      "systemen binnen de school en het servicebureau.")
    p(doc, "Nieuwe collega’s gaan in hun eerste jaar naar de bijeenkomst ASG Start. Met de twee andere ASG-"
      "basisscholen in de Muziekwijk en de Filmwijk houden we sinds 2023 elk voorjaar een uitwisselingsmiddag: "
      "leerkrachten kijken een uur bij elkaar in de klas en bespreken daarna in bouwgroepen wat ze gezien "
      "hebben. Ook de intern begeleiders van de drie scholen zien elkaar vier keer per jaar.")
    p(doc, "Onze werkgroep rekenen, geleid door de rekencoördinator, werkt sinds dit schooljaar samen met de "
      "rekenwerkgroepen van twee andere ASG-scholen met een vergelijkbare populatie. Samen hebben ze de "
      "toetsresultaten op 1S vergeleken, een gezamenlijke aanpak voor het automatiseren ontwikkeld en "
      "een gedeelde map met oefenmateriaal ingericht. De werkgroepen komen vier keer per jaar bijeen, om "
      "beurten op een van de scholen.")
    p(doc, "Het servicebureau verzorgt voor ons de salarisadministratie, de financiële rapportages, het ICT-beheer "
      "en de inkoop. De HR-adviseur zit bij elke formatieronde aan tafel, de controller bespreekt met de "
      "directeur elk kwartaal de uitputting van de begroting, en de Chromebooks worden via het "
      "servicebureau ingekocht, wat ons ongeveer 15 procent scheelt ten opzichte van eigen inkoop.")
    p(doc, "In juni 2026 werken de drie scholen van het rekennetwerk met dezelfde aanpak voor het "
      "automatiseren, en in juni 2025 heeft ieder teamlid ten minste één uitwisselingsmiddag meegemaakt.")


def venster4(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "6. Samen met ouders en de wijk")
    venster_regel(doc, "Venster 4 van Koers 22: Partnerschap")
    p(doc, "Ouders zijn betrokken bij het leerproces van hun kind. Wij werken nauw samen met maatschappelijke "
      "partners in de wijk. En onze MR is een klankbord voor ideeën en een sparringpartner voor de directie "
      "bij voorgenomen beleid en de uitvoering daarvan.")

    h2(doc, "6.1 Ouders")
    p(doc, "Elk schooljaar begint met een startgesprek: in de derde week van september vertellen ouders de "
      "leerkracht wat hun kind nodig heeft en wat zij van dit jaar verwachten. In november en maart volgen "
      "voortgangsgesprekken; vanaf groep 5 zijn dat kind-oudergesprekken waarin het kind zelf vertelt over "
      "zijn doelen uit het kindgesprek. In 2023-2024 kwam 74 procent van de ouders in groep 5 tot en met 8 "
      "naar deze gesprekken, op de locatie Muziekwijk minder dan in de Filmwijk. Ouders die we niet zien, "
      "belt de leerkracht na om een ander moment af te spreken.")
    p(doc, "Op de locatie Filmwijk is een ouderkamer, waar de oudercontactpersoon twee ochtenden per week "
      "aanwezig is. Daar zijn koffieochtenden over opvoeden en leren, zoals ‘Hoe help ik mijn kind met "
      "lezen als ik zelf niet goed Nederlands lees?’. Vanaf 2025 openen we ook in de Muziekwijk een "
      "ouderkamer. Elk thema van Blink Wereld sluiten we af met een presentatie waarvoor ouders worden "
      "uitgenodigd, en in groep 3 is er elke vrijdagochtend een inloop waarbij ouders met hun kind lezen.")

    h2(doc, "6.2 Communicatie")
    p(doc, "We informeren ouders via Parro: de leerkracht plaatst er minstens één keer per week een bericht, "
      "en ouders kunnen berichten laten vertalen in hun eigen taal. Elke twee weken verschijnt de "
      "nieuwsbrief De Klokkenluider, voor beide locaties samen. Sinds januari 2024 schrijven we brieven op "
      "B1-niveau en laten we ze vooraf lezen door een ouder uit het ouderpanel. De jaarkalender staat in "
      "augustus compleet in Parro. In de schoolgids staan de klachtenregeling en de namen van de "
      "vertrouwenspersonen. Het ouderpanel, tien ouders van beide locaties, komt drie keer per jaar bijeen "
      "met de directeur om mee te denken over onderwerpen als de schooltijden, de overblijf en de "
      "communicatie.")

    h2(doc, "6.3 Partners en de wijk")
    p(doc, "In de Filmwijk vormen we met de kinderopvang een integraal kindcentrum: de pedagogisch "
      "medewerkers van de peuteropvang en onze kleuterleerkrachten werken met dezelfde thema’s, en de "
      "overdracht naar groep 1 is een warm gesprek met ouders erbij. Met de Nieuwe Bibliotheek hebben we de "
      "Bibliotheek op school: beide locaties hebben een schoolbibliotheek en een leesconsulent die één dag per "
      "week op school is. De Schoor levert de schoolmaatschappelijk werker, die op beide locaties een "
      "wekelijks spreekuur houdt. De jeugdverpleegkundige van de GGD Flevoland ziet alle kinderen in groep 2 "
      "en 7 en schuift aan bij de zorgoverleggen. Met de buurtsportcoaches van de gemeente organiseren we "
      "naschoolse sport op woensdagmiddag.")
    p(doc, "In de wijk zelf doen we mee aan de wijkaanpak Muziekwijk-Noord. De wijkagent komt twee keer per "
      "jaar in groep 7 en 8 over veiligheid in de wijk. Groep 6 van beide locaties heeft een stukje park "
      "geadopteerd en ruimt het samen met de wijkbeheerders van de gemeente vier keer per jaar op. Het "
      "schoolplein in de Muziekwijk is na schooltijd open als speelplek voor de buurt, en het buurthuis "
      "gebruikt ’s avonds onze gymzaal.")

    h2(doc, "6.4 Medezeggenschap")
    p(doc, "De MR bestaat uit acht leden: vier ouders en vier medewerkers, van elke locatie twee. De MR vergadert "
      "zes keer per jaar, afwisselend op beide locaties. Bij belangrijke besluiten praat de MR al mee in de "
      "fase van het idee: in 2023-2024 dacht zij mee over de pilot unitonderwijs, de besteding van de "
      "werkdrukmiddelen en de opzet van dit schoolplan, op een gezamenlijke avond met het team op 12 maart "
      "2024. De oudergeleding houdt na elke vergadering contact met het ouderpanel.")

    h2(doc, "6.5 Wat we in 2028 bereikt willen hebben")
    p(doc, "In juni 2026 komt ten minste 90 procent van de ouders in groep 5 tot en met 8 naar de "
      "kind-oudergesprekken, op beide locaties (2023-2024: 74 procent).")
    p(doc, "In juni 2025 heeft ook de locatie Muziekwijk een ouderkamer met een oudercontactpersoon, en in "
      "juni 2026 beoordelen ouders de informatie van de school in de oudertevredenheidspeiling met gemiddeld "
      "een 7,5 of hoger (2023: 6,9).")


def kwaliteit(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "7. Hoe wij de kwaliteit bewaken")
    p(doc, "Onze kwaliteitszorg volgt een vaste cyclus. Dit schoolplan geeft de richting voor vier jaar. Elk "
      "jaar maken we per locatie een jaarplan met de doelen uit dit plan die in dat jaar aan de beurt zijn. "
      "In januari bespreken directeur en locatieleiders een tussenevaluatie; in juni evalueert het team het "
      "jaarplan op een studiemiddag. De uitkomsten komen in het jaarverslag en in het jaarplan voor het "
      "volgende jaar.")
    p(doc, "Onze kwaliteitskalender legt vast wanneer we wat meten:")
    lijst(doc, [
        "twee keer per jaar de toetsen van Leerling in beeld, met een trendanalyse per groep en per locatie "
        "die de intern begeleiders in het team bespreken;",
        "elk jaar de doorstroomtoets in groep 8, vergeleken met de signaleringswaarden en met onze eigen "
        "schoolnorm;",
        "elk jaar de veiligheidsvragenlijst van ZIEN! voor groep 5 tot en met 8;",
        "om het jaar tevredenheidspeilingen onder ouders en medewerkers, elk jaar onder leerlingen van groep 6 "
        "tot en met 8;",
        "elk jaar twee kwaliteitskaarten uit WMK-PO, zodat we in vier jaar alle standaarden van het "
        "onderzoekskader van de inspectie zelf hebben beoordeeld;",
        "twee keer per jaar klassenbezoeken door de locatieleiders met de kijkwijzer expliciete directe "
        "instructie.",
    ])
    p(doc, "Elk kwartaal levert de directeur een kwartaalrapportage aan het bestuur, met de resultaten, de "
      "voortgang van het jaarplan en de financiën. Twee keer per jaar is er een schoolbezoek van het "
      "bestuur en de kwaliteitsmedewerker. In het voorjaar van 2026 krijgen we een interne audit door het "
      "auditteam van ASG, met een collega-directeur van een andere ASG-school.")
    p(doc, "Bij het laatste bezoek van de inspectie, in het kader van het vierjaarlijks onderzoek bij ASG in "
      "2022, is de kwaliteit van het Carillon als voldoende beoordeeld; ‘veiligheid’ en ‘pedagogisch "
      "klimaat’ waren goed. De eindresultaten lagen de afgelopen drie jaar gemiddeld boven de "
      "signaleringswaarden. Het rekenen op 1S en de verschillen tussen de locaties houden we scherp in de "
      "gaten. In juni 2026 is de audit afgerond en zijn de verbeterpunten in het jaarplan 2026-2027 "
      "opgenomen.")


def vaststelling(doc) -> None:  # type: ignore[no-untyped-def]
    h1(doc, "8. Vaststelling")
    p(doc, "Het concept van dit schoolplan is op 21 mei 2024 in de MR besproken. De MR heeft aanvullingen "
      "gegeven op de hoofdstukken over ouders en over werkdruk; die zijn verwerkt. De definitieve tekst wordt "
      "in de MR-vergadering van 18 juni 2024 ter instemming voorgelegd. Na instemming biedt de directeur het "
      "plan aan het College van Bestuur van ASG aan ter vaststelling, waarna het voor ouders op de website "
      "verschijnt.")
    p(doc, "Almere, juni 2024")
    p(doc, "Samira El Idrissi, directeur OBS Het Carillon")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijlen = doc.styles
    stijlen["Normal"].font.name = "Calibri"
    stijlen["Normal"].font.size = Pt(11)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13)):
        stijlen[naam].font.size = Pt(grootte)
        stijlen[naam].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("OBS Het Carillon · schoolplan 2024-2028 · ")
    veld(voet, "PAGE")

    voorblad(doc)
    voorwoord(doc)
    in_beeld(doc)
    waar_wij_voor_staan(doc)
    venster1(doc)
    venster2(doc)
    venster3(doc)
    venster4(doc)
    kwaliteit(doc)
    vaststelling(doc)

    kern = doc.core_properties
    kern.author = "S. El Idrissi"
    kern.title = "Schoolplan OBS Het Carillon 2024-2028"
    kern.language = "nl-NL"
    kern.created = VASTE_DATUM
    kern.modified = VASTE_DATUM
    kern.last_modified_by = "S. El Idrissi"
    kern.revision = 1

    doc.save(path)
    deterministisch(path, VASTE_DATUM)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_92_obs_carillon.docx")
