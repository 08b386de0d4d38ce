"""Plan 03: Basisschool De Schakel (PO, openbaar), schoolplan 2023-2027.

Ontwerp: Heading-stijlen, indeling volgens de kernwaarden en vensters van Koers 22. Per
hoofdstuk citeert de school de doelen uit "Waar willen we staan?" letterlijk (in een kader bij
de kernwaarden, cursief bij de vensters) en herhaalt ze daarna grotendeels met "wij"/"onze
school", zonder eigen acties. Twee paragrafen mengen herhaalde bestuurszinnen met een lijst
methodes of middelen. Eigen inhoud voor maar een paar doelen. Alleen python-docx en de
standaardbibliotheek.
"""

import datetime
import pathlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

SCHOOL = "Basisschool De Schakel"
TITEL = "Schoolplan 2023-2027"

VOORBLAD = [
    ("title", TITEL),
    ("sub", SCHOOL),
    ("p", "Openbare basisschool in Almere Stad"),
    ("p", "Almeerse Scholen Groep"),
]

INHOUD = [
    "1. Inleiding",
    "2. Onze school",
    "3. Missie en visie",
    "4. Kernwaarden",
    "5. Venster 1: Goed en toegankelijk onderwijs",
    "6. Venster 2: Personeel in positie",
    "7. Venster 3: De meerwaarde van ASG",
    "8. Venster 4: Partnerschap",
    "9. Kwaliteitszorg",
    "10. Ondertekening",
]

BLOKKEN = [
    # ------------------------------------------------------------------ 1
    ("h1", "1. Inleiding"),
    ("p", "Dit is het schoolplan van basisschool De Schakel voor de periode 2023-2027. In dit schoolplan "
          "beschrijven wij hoe onze school de komende vier jaar werkt aan goed onderwijs. Het schoolplan is "
          "gebaseerd op Koers 22: Leren in verbinding, het strategisch beleid van de Almeerse Scholen Groep "
          "(ASG). Wij volgen in dit plan de indeling van Koers 22 met vier kernwaarden en vier vensters. Bij "
          "elk onderdeel nemen wij eerst over waar ASG wil staan. Daarna beschrijven wij wat dit voor onze "
          "school betekent."),
    ("p", "Het schoolplan is opgesteld door de directie en besproken in het team en met de "
          "medezeggenschapsraad. Het schoolplan wordt uitgewerkt in jaarplannen."),

    # ------------------------------------------------------------------ 2
    ("h1", "2. Onze school"),
    ("p", "De Schakel is een openbare basisschool in Almere Stad. De school heeft ongeveer 240 leerlingen, "
          "verdeeld over tien groepen. Het team bestaat uit 22 medewerkers: leerkrachten, een intern "
          "begeleider, twee onderwijsassistenten, een conciërge, een administratief medewerker en de "
          "directeur. De school is gehuisvest in een gebouw uit 1992 aan de rand van het Stadspark. In het "
          "gebouw is ook een BSO gevestigd."),
    ("p", "De schooltijden zijn van maandag tot en met vrijdag van 8.30 tot 14.00 uur (continurooster). Op "
          "woensdag zijn de leerlingen om 12.15 uur vrij. De leerlingen komen grotendeels uit de wijk. De "
          "schoolweging van onze school is 29,1."),
    ("p", "Het leerlingaantal is de afgelopen jaren licht gedaald, van 268 leerlingen in 2019 naar 240 in "
          "2023. Dat komt vooral doordat er in de wijk minder jonge gezinnen wonen dan vroeger. Volgens de "
          "prognose van de gemeente blijft het aantal de komende jaren stabiel. De school werkt met "
          "enkele groepen; alleen de groepen 1 en 2 zijn gecombineerd."),
    ("p", "Het team bestaat uit vier mannen en achttien vrouwen. De gemiddelde leeftijd is 41 jaar. Vijf "
          "leerkrachten werken fulltime, de anderen in deeltijd. In 2022-2023 zijn twee nieuwe leerkrachten "
          "gestart en is één collega met pensioen gegaan."),

    # ------------------------------------------------------------------ 3
    ("h1", "3. Missie en visie"),
    ("p", "Onze missie is: 'Samen leren, samen leven'. Wij vinden het belangrijk dat iedere leerling "
          "zichzelf kan zijn en dat hij zichzelf en zijn talenten leert kennen. Goed onderwijs betekent "
          "voor ons dat leerlingen leren samen te werken, samen te leren en samen te leven. Iedere leerling "
          "moet het diploma kunnen halen dat bij zijn talenten past."),
    ("p", "De maatschappij verandert snel. Wij bereiden onze leerlingen voor op hun toekomst en willen dat "
          "zij zich ontwikkelen tot volwaardige burgers. Onze school biedt alle leerlingen een "
          "vernieuwende en inspirerende leeromgeving. Wij sluiten aan op de ontwikkelingen in de "
          "samenleving en kijken vooruit naar wat de toekomst van onze leerlingen vraagt."),
    ("p", "Leraren, ouders en leerlingen hebben allemaal baat bij kwalitatief goed en eigentijds onderwijs. "
          "Onderwijsontwikkeling en innovatie zijn daarom voor onze school van groot belang. Wij willen dat "
          "onze leerlingen goed gekwalificeerd zijn, hebben leren samenwerken en hun talenten en "
          "persoonlijkheid hebben leren ontdekken, zodat zij de samenleving van de toekomst zelf vorm "
          "kunnen geven. Wij zetten al onze kennis en ervaring in om onze leerlingen zo goed mogelijk te "
          "begeleiden."),

    # ------------------------------------------------------------------ 4
    ("h1", "4. Kernwaarden"),
    ("p", "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Deze kernwaarden "
          "zijn ook voor onze school de basis van alles wat wij doen."),
    ("h2", "4.1 Gezien worden"),
    ("kader", "Waar willen we staan?", [
        "De ASG-cultuur is gastvrij, iedereen voelt zich welkom.",
        "Iedereen bij ASG is waardevol en wordt gezien.",
        "We hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.",
    ]),
    ("p", "Op onze school is iedereen waardevol en wordt iedereen gezien. De cultuur van De Schakel is "
          "gastvrij: iedereen voelt zich bij ons welkom, ook de bezoeker die voor het eerst binnenkomt. Wij "
          "zien wat onze leerlingen en medewerkers nodig hebben en wat het beste voor hen is. Onze school "
          "heeft de uitstraling van welkom zijn en welkom laten voelen. Gezien worden staat voor ons voor "
          "een goede bejegening en voor gelijkwaardigheid in de verbinding die wij met de ander aangaan."),
    ("p", "Wij hebben zicht op de onderwijsbehoeften van onze leerlingen. Drie keer per jaar, in oktober, "
          "februari en juni, houdt de intern begeleider met iedere leerkracht een groepsbespreking. Daarin "
          "bespreken zij per leerling de resultaten uit het leerlingvolgsysteem en de observaties van de "
          "leerkracht, en spreken zij af welke leerlingen extra instructie of juist verrijking krijgen. "
          "Leerlingen over wie de leerkracht zich zorgen maakt, worden daarna besproken in een "
          "leerlingbespreking met de ouders. De afspraken worden vastgelegd in ParnasSys."),
    ("h2", "4.2 Open"),
    ("kader", "Waar willen we staan?", [
        "ASG gaat respectvol om met de mensen binnen en buiten de organisatie.",
        "In onze communicatie zijn we transparant en toegankelijk.",
        "Met een open blik kijken we naar de verscheidenheid van leerlingen en medewerkers.",
    ]),
    ("p", "Wij zijn open en eerlijk naar leerlingen, ouders en collega's. Onze school gaat respectvol om "
          "met de mensen binnen en buiten de school. Met een open blik kijken wij naar de verscheidenheid "
          "van onze leerlingen en medewerkers. Als openbare school staan wij open voor iedereen, ongeacht "
          "cultuur, religie of achtergrond. De kernwaarde open is voor ons verbonden met het gedrag van "
          "medewerkers en met onze communicatie naar elkaar, naar leerlingen en naar ouders."),
    ("p", "In onze communicatie zijn wij transparant en toegankelijk. Ouders ontvangen elke twee weken op "
          "vrijdag een nieuwsbrief via Social Schools. Iedere leerkracht zet minimaal één keer per week een "
          "bericht met foto's op de groepspagina. Ouders kunnen na schooltijd zonder afspraak binnenlopen "
          "bij de leerkracht; voor een langer gesprek wordt een afspraak gemaakt binnen een week. De "
          "jaarkalender en de schoolgids staan voor de zomervakantie op de website, zodat ouders vóór het "
          "nieuwe schooljaar weten wat er komt."),
    ("h2", "4.3 Vooruitstrevend"),
    ("p", "Onze school is een school in beweging. Wij hebben lef en durven te experimenteren. Wij werken "
          "met innovatieve en nieuwe leerconcepten binnen de kaders van ons profiel. Wij zijn nieuwsgierig "
          "naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Wij geven gericht inhoud aan "
          "ons onderwijs langs de drie horizonten van de innovatiestrategie van ASG: continue "
          "veranderingen, fundamentele veranderingen en radicale veranderingen."),
    ("p", "Wij wachten niet af en verschuilen ons niet achter regels en procedures. Wij zoeken actief naar "
          "nieuwe en verrassende mogelijkheden om ons onderwijs te vernieuwen en te verbeteren. Wij zijn "
          "nieuwsgierig naar elkaar en naar anderen, naar de drijfveren van elke leerling, naar onszelf en "
          "naar wat er om ons heen gebeurt."),
    ("h2", "4.4 Ambitieus"),
    ("kader", "Waar willen we staan?", [
        "We hebben hoge verwachtingen van onze leerlingen en van elkaar.",
        "We zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.",
        "We geven altijd het beste van onszelf.",
    ]),
    ("p", "Op De Schakel leggen wij de lat hoog, voor onszelf en voor onze leerlingen. Wij hebben hoge "
          "verwachtingen van onze leerlingen en van elkaar. Alle medewerkers zijn intrinsiek gemotiveerd om "
          "zichzelf te blijven ontwikkelen en te professionaliseren. Wij geven altijd het beste van "
          "onszelf. Wij leggen hierover verantwoording af aan ouders en aan het bestuur. Onze school is "
          "voor medewerkers en leerlingen een omgeving van ontwikkeling en vooruitgang. Wij willen het "
          "maximale uit de mogelijkheden van onze leerlingen halen, en uit onszelf."),

    # ------------------------------------------------------------------ 5
    ("h1", "5. Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "Waar willen we staan?"),
    ("cursief", [
        "De kwaliteit van ons onderwijs is en blijft op orde: het aantal onvoldoende presterende scholen "
        "en afdelingen van ASG is gereduceerd en er zijn geen zeer zwakke scholen meer.",
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en is zichtbaar binnen ASG en "
        "de scholen.",
        "ASG heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.",
        "We maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
        "alle leerlingen een passende onderwijsplek hebben.",
        "We hebben zicht op wat onze leerlingen nodig hebben.",
        "Wij ontwikkelen onderwijs, passend bij de belevingswereld van onze leerlingen.",
        "Alle scholen hebben een toekomstgericht curriculum.",
        "Scholen hebben in hun (zorg)profiel duidelijk beschreven in welke leer- en zorgbehoeftes zij "
        "kunnen voorzien.",
    ]),
    ("h2", "5.1 De kwaliteit van ons onderwijs"),
    ("p", "De kwaliteit van het onderwijs op onze school is op orde. De eindtoets van 2023 gaf de volgende "
          "resultaten: 97 procent van onze leerlingen behaalde het fundamentele niveau 1F voor lezen, 93 "
          "procent voor rekenen en 98 procent voor taalverzorging. Het streefniveau 2F/1S werd behaald door "
          "71 procent bij lezen, 38 procent bij rekenen en 63 procent bij taalverzorging. Daarmee liggen wij "
          "boven de signaleringswaarden van de inspectie, behalve bij 1S rekenen. In de groepen 6 tot en met "
          "8 is daarom vanaf 2023-2024 een extra rekenles per week ingeroosterd. Ons doel is dat in 2027 minimaal 45 procent van de "
          "leerlingen 1S rekenen haalt."),
    ("p", "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en integraal en is zichtbaar binnen "
          "onze school (zie hoofdstuk 9). Op onze school is een collectieve leercultuur, gericht op "
          "voortdurend verbeteren en innoveren. Leren doen wij samen. Binnen onze school streven wij een "
          "kwaliteitscultuur na waarin onderzoeken, reflecteren, leren en verbeteren de norm is. Zo wordt "
          "het leren van en met elkaar en het reflecteren op het eigen handelen een natuurlijke routine."),
    ("h2", "5.2 Ons onderwijsaanbod"),
    ("p", "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen. Onze school heeft "
          "een toekomstgericht curriculum. Wij willen dat onze leerlingen straks als zelfstandige en "
          "verantwoordelijke burgers een volwaardige plek kunnen innemen in de maatschappij. Daarom "
          "stimuleren wij vaardigheden zoals creatief zijn, cultureel leren, kritisch denken, "
          "probleemoplossend vermogen, ICT-vaardig zijn, communiceren en samenwerken. Wij gebruiken de "
          "volgende methodes:"),
    ("bullets", [
        "Aanvankelijk lezen: Veilig Leren Lezen (KIM-versie)",
        "Technisch en begrijpend lezen: Estafette en Nieuwsbegrip",
        "Taal en spelling: Staal",
        "Rekenen: Snappet",
        "Wereldoriëntatie: Blink Wereld",
        "Engels: Groove.me",
        "Sociaal-emotionele ontwikkeling: Kanjertraining",
        "Digitale geletterdheid: Basicly",
        "Kleuters: Kleuterplein",
    ]),
    ("p", "Met deze methodes dekken wij de kerndoelen. In de groepen 4 tot en met 8 besteden wij per week "
          "minimaal zes uur aan rekenen en zeven uur aan taal en lezen; in de groepen 1 en 2 werken wij met "
          "de leerlijnen jonge kind en volgen wij de ontwikkeling met observaties in ParnasSys. Voor lezen, "
          "taalverzorging en rekenen werken wij toe naar de referentieniveaus 1F en 2F/1S (zie 5.1)."),
    ("p", "Wij besteden aandacht aan burgerschap, zodat onze leerlingen later als zelfstandige en "
          "verantwoordelijke burgers een volwaardige plek kunnen innemen in de maatschappij."),
    ("h2", "5.3 Passend onderwijs"),
    ("p", "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
          "alle leerlingen een passende onderwijsplek hebben. Het onderwijs past zich aan het kind aan en "
          "niet het kind aan het onderwijs. Wij denken in mogelijkheden en niet in beperkingen."),
    ("p", "Wij hebben zicht op wat onze leerlingen nodig hebben (zie 4.1). In ons schoolondersteuningsprofiel "
          "hebben wij beschreven in welke leer- en zorgbehoeftes onze school kan voorzien. Het SOP is te "
          "vinden op onze website."),
    ("h2", "5.4 Veiligheid"),
    ("p", "Onze school is een veilige plek voor leerlingen en medewerkers. Elk jaar in oktober meten wij de "
          "sociale veiligheid van de leerlingen in de groepen 5 tot en met 8 met de vragenlijst van het "
          "Kanjervolgsysteem. In 2022 gaf 93 procent van de leerlingen aan zich veilig te voelen. De intern "
          "begeleider is anti-pestcoördinator en aanspreekpunt voor leerlingen en ouders bij pesten. "
          "Meldingen van pesten worden binnen een week met de betrokken ouders besproken. Het "
          "schoolveiligheidsplan wordt elk jaar in september bijgewerkt. Daarin staan ook het "
          "pestprotocol, de meldcode huiselijk geweld en kindermishandeling en de afspraken over toezicht "
          "op het plein: in elke pauze zijn twee leerkrachten buiten."),
    ("h2", "5.5 Doelen venster 1"),
    ("bullets", [
        "In 2027 haalt minimaal 45 procent van onze leerlingen 1S rekenen.",
        "Wij blijven voldoen aan de basiskwaliteit van de inspectie.",
        "Minimaal 90 procent van de leerlingen voelt zich veilig op school.",
    ]),

    # ------------------------------------------------------------------ 6
    ("h1", "6. Venster 2: Personeel in positie"),
    ("p", "Waar willen we staan?"),
    ("cursief", [
        "Medewerkers voelen zich betrokken bij en trots op ASG.",
        "ASG heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers.",
        "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van "
        "bijeenkomsten, en het volgen cursussen en programma’s van de ASG Academie.",
        "De jaarlijkse gesprekscyclus is ASG-breed geïmplementeerd.",
    ]),
    ("p", "Wij vinden het belangrijk dat onze medewerkers zich betrokken voelen bij en trots zijn op de "
          "school en op ASG. Onze school heeft aandacht voor het welbevinden van medewerkers in elke "
          "levensfase. Alle medewerkers werken aan hun professionele ontwikkeling, onder andere door het "
          "volgen van cursussen en programma's van de ASG Academie. Onze medewerkers nemen deel aan "
          "leergemeenschappen en netwerken en dragen bij aan de leercultuur. De jaarlijkse gesprekscyclus "
          "is op onze school ingevoerd. Onbevoegde leraren worden actief ondersteund bij het halen van hun "
          "bevoegdheid."),
    ("p", "Goede begeleiding betekent voor ons dat wij aandacht geven aan de verdere professionalisering "
          "van medewerkers en ruimte geven voor persoonlijke groei. Zo benutten wij de talenten van onze "
          "medewerkers optimaal. Alle medewerkers voelen zich gezien, erkend en gewaardeerd. Onze "
          "medewerkers zijn vakbekwaam, hebben een onderzoekende houding en zijn samen met hun collega's "
          "verantwoordelijk voor hun eigen leren en ontwikkelen."),
    ("p", "Hiervoor gebruiken wij:"),
    ("bullets", [
        "het aanbod van de ASG Academie",
        "Youforce en het digitale personeelsdossier",
        "de gesprekscyclus van ASG",
        "de werkdrukmiddelen",
        "het bekwaamheidsdossier",
    ]),
    ("p", "Voor het personeelsbeleid verwijzen wij verder naar het personeelsbeleidsplan van ASG en het "
          "bestuursformatieplan."),

    # ------------------------------------------------------------------ 7
    ("h1", "7. Venster 3: De meerwaarde van ASG"),
    ("p", "Waar willen we staan?"),
    ("cursief", [
        "Binnen ASG ontmoeten collega’s van alle scholen en het servicebureau elkaar regelmatig.",
        "We delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede "
        "studiedagen.",
        "Vaksecties en werkgroepen staan met elkaar in contact en wisselen bovenschools expertise uit.",
    ]),
    ("p", "Goed onderwijs bereiken wij door samenwerking. ASG is een grote organisatie van samenwerkende "
          "scholen, professionals, ouders en leerlingen. Onze collega's ontmoeten regelmatig collega's van "
          "andere ASG-scholen en van het servicebureau. Wij delen de opbrengst van leren en ontwikkelen met "
          "elkaar tijdens conferenties en ASG-brede studiedagen. Ook onze werkgroepen staan in contact met "
          "werkgroepen van andere scholen en wisselen bovenschools expertise uit. Wij verbeteren onszelf "
          "voortdurend door het uitwisselen van kennis en ervaring binnen onze school en met andere scholen. "
          "Wij maken gebruik van de expertise van het servicebureau en van de professionaliseringsprogramma's "
          "van de ASG Academie."),
    ("p", "Na groep 8 stromen onze leerlingen door naar het voortgezet onderwijs, onder andere naar "
          "scholen van ASG."),

    # ------------------------------------------------------------------ 8
    ("h1", "8. Venster 4: Partnerschap"),
    ("p", "Waar willen we staan?"),
    ("cursief", [
        "Ouders zijn betrokken bij het leerproces van hun kind.",
        "De medezeggenschap is een klankbord voor ideeën en een sparringpartner voor directies of bestuur "
        "bij voorgenomen beleid en uitvoering van beleid.",
        "ASG werkt proactief samen met een breed scala aan partners.",
        "Scholen werken nauw samen met maatschappelijke partners in de nabije omgeving.",
    ]),
    ("p", "Wij vinden het belangrijk dat ouders meedenken en meedoen. Ouders zijn betrokken bij het "
          "leerproces van hun kind. In de derde schoolweek voeren wij met alle ouders een startgesprek. "
          "Ouders vertellen daarin wat zij van hun kind weten, en de leerkracht bespreekt wat het kind dit "
          "jaar gaat leren en hoe ouders thuis kunnen helpen. In november en maart zijn er "
          "rapportgesprekken; vanaf groep 7 is het kind zelf bij deze gesprekken aanwezig en vertelt het "
          "over zijn eigen doelen. Ouders kunnen de resultaten van hun kind volgen in het ouderportaal van "
          "ParnasSys."),
    ("p", "De ouderraad helpt bij de organisatie van activiteiten zoals het sinterklaasfeest, de "
          "sportdag en het schoolreisje. De ouderbijdrage bedraagt 45 euro per leerling per jaar."),
    ("p", "De medezeggenschapsraad is voor onze school een klankbord voor ideeën en een sparringpartner "
          "voor de directie bij voorgenomen beleid. Wij werken proactief samen met een breed scala aan "
          "partners. Onze school werkt nauw samen met maatschappelijke partners in de nabije omgeving. "
          "Onderwijs speelt zich niet alleen binnen, maar ook buiten de schoolmuren af. Daarom zoeken wij "
          "betekenisvolle contacten met instellingen voor voorschoolse en naschoolse opvang, vervolgonderwijs, "
          "zorginstellingen en welzijnsorganisaties. Ook werken wij samen met het samenwerkingsverband "
          "passend onderwijs en de gemeente."),

    # ------------------------------------------------------------------ 9
    ("h1", "9. Kwaliteitszorg"),
    ("p", "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en integraal en is zichtbaar binnen "
          "onze school. Wij werken volgens de PDCA-cyclus: plan, do, check, act. Wij verbeteren ons "
          "onderwijs voortdurend en leggen op alle niveaus actief verantwoording af over de kwaliteit van "
          "ons onderwijs. Voor een beschrijving van het stelsel van kwaliteitszorg verwijzen wij naar het "
          "kwaliteitshandboek van ASG."),
    ("h2", "9.1 Meerjarenplanning"),
    ("tabel", ["Schooljaar", "Speerpunt"], [
        ["2023-2024", "Rekenen: extra rekenles in groep 6-8"],
        ["2024-2025", "Burgerschap"],
        ["2025-2026", "Digitale geletterdheid"],
        ["2026-2027", "Evaluatie schoolplan en opstellen nieuw schoolplan"],
    ]),


    # ------------------------------------------------------------------ 10
    ("h1", "10. Ondertekening"),
    ("p", "Dit schoolplan is besproken met de medezeggenschapsraad op 20 juni 2023."),
    ("p", "Directeur: Petra Jansen"),
    ("p", "Datum: ____________    Handtekening: ____________"),
    ("p", "Namens het College van Bestuur van ASG:"),
    ("p", "Datum: ____________    Handtekening: ____________"),
]


def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _kader(doc, titel, regels):
    table = doc.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cel = table.rows[0].cells[0]
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "DEEAF6")
    tcpr.append(shd)
    p = cel.paragraphs[0]
    run = p.add_run(titel)
    run.bold = True
    for regel in regels:
        q = cel.add_paragraph()
        r = q.add_run("• " + regel)
        r.italic = True
    doc.add_paragraph()


def build(path: pathlib.Path) -> None:
    doc = Document()
    _taal_nl(doc)

    props = doc.core_properties
    props.title = f"{TITEL} {SCHOOL}"
    props.author = "P. Jansen"
    props.created = datetime.datetime(2023, 6, 21, 14, 0, 0)
    props.modified = datetime.datetime(2023, 6, 21, 14, 0, 0)
    props.revision = 1

    section = doc.sections[0]
    section.header.paragraphs[0].text = SCHOOL
    section.footer.paragraphs[0].text = TITEL

    for soort, tekst in VOORBLAD:
        if soort == "title":
            p = doc.add_paragraph(tekst, style="Title")
        elif soort == "sub":
            p = doc.add_paragraph(tekst, style="Subtitle")
        else:
            p = doc.add_paragraph(tekst)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    p = doc.add_paragraph()
    r = p.add_run("Inhoud")
    r.bold = True
    r.font.size = Pt(14)
    for regel in INHOUD:
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for blok in BLOKKEN:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "bullets":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "cursief":
            for item in blok[1]:
                q = doc.add_paragraph(style="List Bullet")
                q.add_run(item).italic = True
        elif soort == "kader":
            _kader(doc, blok[1], blok[2])
        elif soort == "tabel":
            table = doc.add_table(rows=1, cols=len(blok[1]))
            table.style = "Table Grid"
            for cel, tekst in zip(table.rows[0].cells, blok[1]):
                cel.paragraphs[0].add_run(tekst).bold = True
            for rij in blok[2]:
                for cel, tekst in zip(table.add_row().cells, rij):
                    cel.text = tekst
            doc.add_paragraph()
        else:
            raise ValueError(soort)

    doc.save(str(path))


if __name__ == "__main__":
    import sys

    build(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "plan_03_schakel.docx"))
