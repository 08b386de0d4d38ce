# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van VSO De Touwslagerij (Almere Buiten).

Zelfstandig script: build(path) schrijft het Word-document met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 20, 14, 0, 0)

SCHOOL = "VSO De Touwslagerij"

# (soort, tekst); soorten: h1, h2, p, b (opsomming), n (genummerd doel), tabel
INHOUD = [
    ("h1", "Inleiding"),
    ("p", "Dit is het schoolplan van VSO De Touwslagerij voor de schooljaren 2025-2026 tot en met "
          "2028-2029, dus van 1 augustus 2025 tot en met 31 juli 2029. Het plan is in het voorjaar van 2025 "
          "geschreven door het managementteam, op basis van twee teamochtenden, gesprekken met de "
          "leerlingenraad en een avond met ouders. We hebben gekozen voor een indeling die aansluit bij hoe "
          "wij naar onze school kijken: eerst de leerlingen, dan het team, dan de mensen en organisaties "
          "met wie we samenwerken en tot slot de manier waarop we de kwaliteit bewaken. Aan het eind staan "
          "onze doelen voor de komende vier jaar op een rij, met een eigenaar en een jaartal."),
    ("p", "Zoals alle scholen van de Almeerse Scholen Groep werken wij vanuit de vier kernwaarden van ASG: "
          "gezien worden, open, vooruitstrevend en ambitieus. Iedereen op onze school is waardevol en wordt "
          "gezien. De kernwaarden hangen in de teamkamer en we gebruiken ze als toetssteen bij lastige "
          "keuzes. In dit plan werken we ze niet apart uit; we hebben ervoor gekozen de ruimte te besteden "
          "aan wat onze leerlingen na school nodig hebben."),

    ("h1", "1. Onze leerlingen"),
    ("h2", "Wie zijn ze?"),
    ("p", "De Touwslagerij is een openbare school voor voortgezet speciaal onderwijs (cluster 3) in de "
          "Bouwmeesterbuurt in Almere Buiten. Op 1 oktober 2024 zaten er 146 leerlingen op school, van 12 "
          "tot 20 jaar. De meeste leerlingen hebben een verstandelijke beperking, vaak in combinatie met "
          "autisme, epilepsie, een taalontwikkelingsstoornis of gedragsproblemen. Iedere leerling komt "
          "binnen met een toelaatbaarheidsverklaring van het Samenwerkingsverband VO Almere."),
    ("p", "We kennen twee uitstroomprofielen. In het profiel arbeid (88 leerlingen) bereiden we leerlingen "
          "voor op beschut werk, begeleid werk bij een gewone werkgever of een baan via de banenafspraak. In "
          "het profiel dagbesteding (58 leerlingen) bereiden we leerlingen voor op arbeidsmatige of "
          "activerende dagbesteding. De school is opgebouwd in drie fasen: de onderbouw (12 tot 15 jaar), "
          "waarin we breed aanbieden en het profiel nog open ligt; de bovenbouw (15 tot 18 jaar), waarin "
          "het profiel leidend wordt; en de schoolverlatersfase (18 tot 20 jaar), waarin leerlingen een "
          "groot deel van de week op stage zijn."),
    ("h2", "Waar gaan ze naartoe?"),
    ("p", "In de afgelopen drie schooljaren verlieten 71 leerlingen de school. Het overzicht hieronder "
          "laat zien waar zij terechtkwamen."),
    ("tabel", [
        ["Schooljaar", "Uitstromers", "(Begeleid) werk of beschut werk", "Dagbesteding", "Overig", "Conform OPP"],
        ["2021-2022", "23", "9", "13", "1", "91%"],
        ["2022-2023", "22", "10", "11", "1", "91%"],
        ["2023-2024", "26", "10", "14", "2", "96%"],
    ]),
    ("p", "Onder ‘overig’ vallen twee leerlingen die naar een Entree-opleiding gingen en twee die "
          "verhuisden. Van de leerlingen die in 2022-2023 uitstroomden, zat een jaar later 84 procent nog "
          "op dezelfde werk- of dagbestedingsplek. Bij werk is dat lager (72 procent) dan bij dagbesteding "
          "(93 procent), meestal omdat de begeleiding op de werkvloer na enkele maanden wegviel."),
    ("h2", "Wat leren ze bij ons?"),
    ("p", "Ons onderwijsprogramma is gebaseerd op de kerndoelen voor het vso en de leerlijnen ZML, die we in "
          "ParnasSys bijhouden. Voor elke leerling kiezen we per domein een leerroute die past bij het "
          "perspectief in het ontwikkelingsperspectiefplan (OPP). In de onderbouw ligt de nadruk op "
          "functioneel lezen, rekenen met geld en tijd, communicatie en sociale vaardigheden. Vanaf de "
          "bovenbouw werken de leerlingen in het profiel arbeid in onze praktijklokalen: de keuken en het "
          "schoolcafé, groen, schoonmaak, magazijn en logistiek, en facilitaire dienstverlening. Wie "
          "daaraan toe is, haalt een praktijkverklaring van SBB of een branchecertificaat, bijvoorbeeld "
          "voor schoonmaak of heftruckrijden. In 2023-2024 behaalden 14 leerlingen minstens één certificaat."),
    ("p", "In het profiel dagbesteding werken leerlingen aan zelfredzaamheid in het dagelijks leven (eten, "
          "aankleden, persoonlijke verzorging), communicatie met ondersteunende pictogrammen en gebaren, en "
          "eenvoudige arbeidsmatige taken zoals sorteren, inpakken en tuinwerk. We leren zoveel mogelijk in "
          "echte situaties: boodschappen doen in het winkelcentrum Buiten, koken voor de eigen groep, de was "
          "van de gymzaal vouwen. Leerlingen leren het best als ze zien waarvoor ze iets doen."),
    ("p", "Het team heeft in 2024 vastgesteld dat ons aanbod achterloopt op één punt: digitale "
          "zelfredzaamheid. Onze oud-leerlingen moeten een telefoon kunnen gebruiken om een dienst te ruilen, "
          "een reis te plannen met de reisplanner, in te loggen met DigiD en herkennen wanneer iemand online "
          "misbruik van hen probeert te maken. Die vaardigheden zitten nu verspreid over losse lessen. In "
          "deze planperiode maken we er een doorlopende leerlijn van voor de bovenbouw en de "
          "schoolverlatersfase (zie doel 4)."),
    ("h2", "Burgerschap"),
    ("p", "Voor onze leerlingen gaat burgerschap over heel concrete dingen: weten waar je stemt en hoe, je "
          "eigen geld beheren, je buren groeten, hulp vragen bij het wijkteam, weten wat je rechten zijn op "
          "je werk. We werken met vier domeinen: wonen, werken, vrije tijd en meedoen. In het laatste "
          "schooljaar doen alle leerlingen mee aan het weekgeldproject, waarin ze een maand lang zelf hun "
          "lunchgeld beheren. Bij landelijke en gemeentelijke verkiezingen houden we een proefverkiezing met "
          "een eenvoudige stembiljetversie, en elke bovenbouwgroep bezoekt één keer het stadhuis van Almere. "
          "De leerlingenraad, met zes leerlingen uit de bovenbouw en de schoolverlatersfase, vergadert vijf "
          "keer per jaar met de directeur. Deze onderdelen staan nu nog los van elkaar; in 2026 leggen we "
          "ze vast in een leerlijn burgerschap (doel 8)."),
    ("h2", "Veiligheid"),
    ("p", "Veiligheid is voor onze leerlingen een voorwaarde om te kunnen leren. Alle onderbouwgroepen "
          "krijgen de training Rots en Water, en in de bovenbouw geven we lessen seksuele weerbaarheid, "
          "omdat onze leerlingen een verhoogd risico lopen om slachtoffer te worden van misbruik. Incidenten "
          "registreren we in ParnasSys; in 2023-2024 waren dat er 212, waarvan 37 met fysieke agressie "
          "tegen een medewerker. Voor fysiek ingrijpen hebben we een protocol, en alle medewerkers die met "
          "leerlingen werken, volgen elke twee jaar de training fysieke interventie. De "
          "aandachtsfunctionaris kindermishandeling en huiselijk geweld werkt volgens de meldcode. Elk jaar "
          "in november nemen we een veiligheidsvragenlijst af met pictogrammen; in 2024 gaf 86 procent van "
          "de leerlingen aan zich veilig te voelen op school."),
    ("h2", "Ondersteuning"),
    ("p", "Bij de intake stelt de commissie van begeleiding (orthopedagoog, teamleider, jeugdarts en "
          "schoolmaatschappelijk werker) een eerste perspectief vast. Binnen zes weken na de start volgt "
          "het OPP, dat we twee keer per jaar evalueren met ouders en leerling. In de praktijk haalden we die "
          "zes weken in 2024 bij 71 procent van de nieuwe leerlingen; bij de rest duurde het tot twaalf "
          "weken, vooral door wachttijden voor aanvullend onderzoek. Naast de leraren en onderwijsassistenten "
          "werken er een logopedist en een orthopedagoog in dienst van de school. Fysiotherapie en ambulante "
          "begeleiding vanuit de zorg bieden we onder schooltijd aan in samenwerking met zorgaanbieders, "
          "zodat leerlingen daarvoor geen lesuren hoeven te missen."),
    ("p", "Ons schoolondersteuningsprofiel is van 2021. We herschrijven het in 2026, zodat er helder in "
          "staat welke leerlingen we wel en niet een goede plek kunnen bieden. Zo kunnen we leerlingen met "
          "een zeer intensieve verpleegkundige zorgvraag niet opvangen zonder extra personeel, en is onze "
          "capaciteit voor leerlingen met ernstige gedragsproblematiek beperkt tot twee kleine groepen. In "
          "het overleg van het samenwerkingsverband over leerlingen zonder passende plek schuift de "
          "directeur maandelijks aan, en we nemen leerlingen die elders vastlopen zo nodig tussentijds op."),

    ("h1", "2. Ons team"),
    ("p", "Op De Touwslagerij werken 52 mensen (37,6 fte): 21 leraren, 18 onderwijsassistenten, drie "
          "jobcoaches die ook de stages begeleiden, een orthopedagoog, een logopedist, een "
          "kwaliteitscoördinator, twee administratieve medewerkers, een conciërge en een managementteam van "
          "drie (de directeur en de teamleiders arbeid en dagbesteding). In elke groep staan een leraar en "
          "een onderwijsassistent; de groepen tellen tien tot twaalf leerlingen."),
    ("p", "Zes van de 21 leraren hebben een master Educational Needs. Drie leraren zijn nog niet bevoegd: "
          "twee volgen de pabo in deeltijd en één het traject pedagogisch-didactisch getuigschrift. We "
          "koppelen hen aan een ervaren collega als coach en geven hen een halve dag per week studieverlof."),
    ("p", "Het werk is mooi en zwaar. Het verzuim lag in 2024 op 6,8 procent, hoger dan gemiddeld in het "
          "onderwijs. Na een incident met agressie krijgt de betrokken medewerker binnen 48 uur een "
          "gesprek met een lid van het collegiale opvangteam; in 2024 lukte dat in ongeveer twee derde van "
          "de gevallen. In de medewerkersvragenlijst van 2024 noemden collega’s vooral de "
          "administratie rond het OPP; daarom hebben we het OPP-format ingekort van elf naar vijf pagina’s."),
    ("p", "Iedere medewerker heeft jaarlijks een ontwikkelgesprek met de eigen teamleider en eens in de drie "
          "jaar een beoordelingsgesprek. In 2023-2024 is dat bij 78 procent van de medewerkers gelukt. "
          "Scholing organiseren we deels als team (in 2025-2026 de teamtraining omgaan met agressie en "
          "escalatie, in 2026-2027 ondersteunde communicatie) en deels individueel via de ASG Academie. "
          "Iedere leraar en onderwijsassistent volgt minstens één activiteit per jaar."),
    ("p", "Onze drie jobcoaches zijn lid van het netwerk stage en arbeidstoeleiding dat zij samen met de "
          "stagecoördinatoren van de ASG-praktijkscholen hebben opgezet. Het netwerk komt vier keer per jaar "
          "bij elkaar; ze wisselen er stageadressen uit, bespreken de regels rond loonwaarde en beschut werk, "
          "en gebruiken sinds 2024 hetzelfde stagecontract."),

    ("h1", "3. Samen met anderen"),
    ("h2", "Ouders en verzorgers"),
    ("p", "Ouders kennen hun kind het best. Bij de intake brengen we een huisbezoek en bij elke evaluatie "
          "van het OPP zitten ouders en leerling aan tafel. In 2024 was bij 89 procent van de OPP-gesprekken "
          "een ouder aanwezig. Veel ouders maken zich zorgen over de periode na school: wie helpt hun kind "
          "met geld, met wonen, met werk? Daarom organiseren we vanaf 2025-2026 elk jaar een transitieavond "
          "voor ouders van leerlingen van 16 jaar, over onder meer de Participatiewet, de Wet langdurige "
          "zorg, beschermingsbewind en mentorschap. Het schoolmaatschappelijk werk helpt ouders bij het "
          "aanvragen van indicaties."),
    ("h2", "Medezeggenschap"),
    ("p", "De MR heeft vier leden: twee ouders en twee personeelsleden. We bespreken in de MR niet alleen de "
          "formatie en de begroting, maar twee keer per jaar ook de voortgang van de doelen uit dit plan. "
          "Vanaf 2026 schuift bij dat voortgangsgesprek een lid van de leerlingenraad aan, met "
          "ondersteuning van een leraar."),
    ("h2", "Werkgevers en zorgaanbieders"),
    ("p", "Onze school werkt proactief samen met een breed scala aan partners. Voor de stages en de uitstroom "
          "gaat het vooral om werkgevers en dagbestedingsaanbieders. We hebben nu 34 actieve stageadressen, "
          "van supermarkten en een tuincentrum tot de facilitaire dienst van een ziekenhuis. Voor "
          "dagbesteding werken we samen met ’s Heeren Loo, Philadelphia, twee zorgboerderijen in Almere "
          "Hout en een kringloopwinkel die dagbesteding biedt. Met het Werkbedrijf van de gemeente Almere en "
          "het UWV hebben we vier keer per jaar een casusoverleg over leerlingen die naar werk gaan."),
    ("p", "De zwakke plek zit in de overgang. Vanaf 2025-2026 krijgt iedere schoolverlater daarom een "
          "overstapdossier dat de jobcoach persoonlijk doorneemt met de nieuwe werkgever of zorgaanbieder, "
          "en houden we drie, zes en twaalf maanden na vertrek contact met de oud-leerling en de werkplek. "
          "Waar het misgaat, schakelen we de jobcoach van het Werkbedrijf in voordat de plek verloren gaat."),
    ("h2", "De buurt"),
    ("p", "We willen dat leerlingen stage kunnen lopen in hun eigen stad, dichtbij en met het openbaar "
          "vervoer bereikbaar. Daarom zoeken we elk jaar vijf nieuwe stageplekken in Almere Buiten, bij "
          "bedrijven, sportverenigingen en buurtcentra."),
    ("h2", "Binnen ASG"),
    ("p", "De ASG-praktijkscholen en enkele vmbo-scholen krijgen steeds vaker leerlingen met een "
          "ondersteuningsvraag die wij goed kennen. Vanaf 2026 stellen we onze orthopedagoog en een ervaren "
          "leraar twee dagdelen per week beschikbaar voor consultatie op die scholen, bijvoorbeeld bij "
          "leerlingen met een licht verstandelijke beperking en autisme. De afspraken daarover maken we in "
          "het schooljaar 2025-2026 met de directeuren van de betrokken scholen."),

    ("h1", "4. Kwaliteit"),
    ("p", "Bij het laatste vierjaarlijks onderzoek, in november 2023, was het oordeel van de inspectie "
          "voldoende. De inspectie was positief over de zorg en begeleiding en over het zicht op de "
          "ontwikkeling van leerlingen. Een verbeterpunt was dat we de gegevens over bestendiging van de "
          "uitstroom wel verzamelden, maar niet gebruikten om het onderwijs aan te passen."),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni stelt het managementteam het jaarplan "
          "op, afgeleid van de doelen in dit schoolplan. In januari houden we per afdeling een "
          "opbrengstgesprek met de kwaliteitscoördinator, waarin we kijken naar de behaalde OPP-doelen, de "
          "voortgang op de leerlijnen in ParnasSys, de incidenten en het verzuim. In oktober volgt het "
          "jaarverslag voor bestuur, MR en ouders. Elke leraar krijgt twee lesbezoeken per jaar van de "
          "teamleider, met de kijkwijzer die we in 2024 zelf hebben gemaakt."),
    ("p", "Daarnaast gebruiken we vier bronnen. De commissie van begeleiding controleert jaarlijks of de "
          "OPP’s actueel zijn en of het perspectief nog klopt. De uitstroom en de bestendiging na een jaar "
          "leggen we vast per leerling en analyseren we elk jaar in september. Vragenlijsten voor ouders, "
          "medewerkers en leerlingen (in een versie met pictogrammen) nemen we jaarlijks af. En in het "
          "voorjaar van 2027 vragen we ASG om een interne audit, gericht op het verbeterpunt van de "
          "inspectie."),
    ("p", "Vanaf september 2025 analyseert de kwaliteitscoördinator de bestendigingscijfers per praktijkvak. "
          "Als leerlingen uit een bepaald praktijkvak vaker uitvallen, past de teamleider het programma of "
          "de stagebegeleiding in dat vak aan. Zo pakken we het verbeterpunt van de inspectie "
          "op."),

    ("h1", "5. Onze doelen voor 2025-2029"),
    ("p", "De doelen hieronder vormen de basis voor de jaarplannen. Bij elk doel staat wie er "
          "verantwoordelijk voor is en wanneer het bereikt moet zijn."),
    ("n", "Iedere nieuwe leerling heeft binnen zes weken na de start een vastgesteld OPP (nu 71 procent). "
          "Eigenaar: Marloes Tjin, orthopedagoog. Gereed: 2026."),
    ("n", "Minimaal 90 procent van de schoolverlaters stroomt uit conform het perspectief in het OPP, en "
          "minimaal 85 procent zit een jaar na vertrek nog op dezelfde plek; voor uitstroom naar werk "
          "groeit dat van 72 naar 80 procent. Eigenaar: Nadia Bouali, kwaliteitscoördinator. Gereed: "
          "2028, jaarlijks gemeten."),
    ("n", "Iedere schoolverlater heeft een overstapdossier, en met 100 procent van de oud-leerlingen is er "
          "contact na drie, zes en twaalf maanden. Eigenaar: Bart Schouten, jobcoach. Gereed: 2026."),
    ("n", "Er is een doorlopende leerlijn digitale zelfredzaamheid voor de bovenbouw en de "
          "schoolverlatersfase, die in alle groepen van het profiel arbeid wordt gegeven. Eigenaar: Dennis "
          "Okafor, teamleider arbeid. Gereed: 2027."),
    ("n", "Minimaal 70 procent van de leerlingen in het profiel arbeid verlaat de school met minstens één "
          "praktijkverklaring of branchecertificaat. Eigenaar: Dennis Okafor, teamleider arbeid. Gereed: "
          "2028."),
    ("n", "Iedere leerling in het profiel dagbesteding loopt voor het laatste schooljaar een oriëntatiestage "
          "bij minstens twee verschillende aanbieders. Eigenaar: Ilse Brouwer, teamleider dagbesteding. "
          "Gereed: 2026."),
    ("n", "Het schoolondersteuningsprofiel is herschreven en door de MR besproken. Eigenaar: Hanneke Zwart, "
          "directeur. Gereed: 2026."),
    ("n", "Er is een vastgestelde leerlijn burgerschap met de domeinen wonen, werken, vrije tijd en meedoen; "
          "elke bovenbouwgroep bezoekt het stadhuis en doet mee aan een proefverkiezing. Eigenaar: Femke de "
          "Wit, leraar bovenbouw. Gereed: 2026."),
    ("n", "Minimaal 90 procent van de leerlingen voelt zich veilig op school (nu 86 procent), en na elk "
          "agressie-incident krijgt de medewerker binnen 48 uur een opvanggesprek. Eigenaar: Ilse Brouwer, "
          "teamleider dagbesteding. Gereed: 2027."),
    ("n", "Het verzuim daalt van 6,8 procent naar 5,5 procent in 2027 en 5 procent in 2029. Eigenaar: "
          "Hanneke Zwart, directeur. Gereed: 2029."),
    ("n", "De drie onbevoegde leraren hebben hun bevoegdheid behaald. Eigenaar: Hanneke Zwart, directeur, "
          "met de coaches. Gereed: 2028."),
    ("n", "Met alle medewerkers is jaarlijks een ontwikkelgesprek gevoerd en vastgelegd (nu 78 procent). "
          "Eigenaar: de teamleiders. Gereed: 2026."),
    ("n", "Bij minimaal 95 procent van de OPP-gesprekken is een ouder aanwezig, en de transitieavond voor "
          "ouders van zestienjarigen wordt jaarlijks gehouden. Eigenaar: de teamleiders. Gereed: 2026."),
    ("n", "Er komen elk jaar vijf nieuwe stageplekken in Almere Buiten bij. Eigenaar: Bart Schouten, "
          "jobcoach. Gereed: jaarlijks tot en met 2029."),
    ("n", "Onze orthopedagoog en een ervaren leraar bieden twee dagdelen per week consultatie aan "
          "ASG-praktijkscholen en vmbo-scholen. Eigenaar: Marloes Tjin, orthopedagoog. Gereed: 2026."),

    ("h1", "Bespreking en vaststelling"),
    ("p", "Het concept van dit schoolplan is op 17 juni 2025 besproken met de medezeggenschapsraad. De MR "
          "heeft positief geadviseerd en gevraagd om bij doel 13 ook aandacht te besteden aan ouders die "
          "de Nederlandse taal niet goed beheersen; dat nemen we mee in het jaarplan 2025-2026. Het plan is "
          "daarna ter vaststelling aangeboden aan het College van Bestuur van de Almeerse Scholen Groep."),
    ("p", "Hanneke Zwart, directeur VSO De Touwslagerij"),
]


def _taal_nl(document):
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Schoolplan 2025-2029 · pagina ")
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(document, rijen):
    tabel = document.add_table(rows=len(rijen), cols=len(rijen[0]))
    tabel.style = "Light Grid Accent 1"
    for i, rij in enumerate(rijen):
        for j, waarde in enumerate(rij):
            cel = tabel.cell(i, j)
            cel.text = waarde
            for par in cel.paragraphs:
                for r in par.runs:
                    r.font.size = Pt(9)
                    if i == 0:
                        r.bold = True
    _kopregel_herhalen(tabel.rows[0])
    document.add_paragraph()


def _titelpagina(document):
    for _ in range(5):
        document.add_paragraph()
    p = document.add_paragraph()
    r = p.add_run(SCHOOL)
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x8A, 0x4B, 0x08)
    p = document.add_paragraph()
    r = p.add_run("Schoolplan 2025-2029")
    r.font.size = Pt(18)
    p = document.add_paragraph()
    r = p.add_run("School voor voortgezet speciaal onderwijs, uitstroomprofielen arbeid en dagbesteding")
    r.italic = True
    for _ in range(10):
        document.add_paragraph()
    for regel in ("Almeerse Scholen Groep", "Bouwmeesterbuurt, Almere Buiten",
                  "Concept na bespreking MR, juni 2025"):
        document.add_paragraph(regel)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path):
    path = str(path)
    document = Document()
    _taal_nl(document)
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for naam in ("Heading 1", "Heading 2"):
        document.styles[naam].font.color.rgb = RGBColor(0x8A, 0x4B, 0x08)
        document.styles[naam].font.name = "Arial"

    _voettekst(document.sections[0])
    _titelpagina(document)

    for soort, inhoud in INHOUD:
        if soort == "h1":
            document.add_heading(inhoud, level=1)
        elif soort == "h2":
            document.add_heading(inhoud, level=2)
        elif soort == "n":
            document.add_paragraph(inhoud, style="List Number")
        elif soort == "b":
            document.add_paragraph(inhoud, style="List Bullet")
        elif soort == "tabel":
            _tabel(document, inhoud)
        else:
            document.add_paragraph(inhoud)

    cp = document.core_properties
    cp.title = "Schoolplan VSO De Touwslagerij 2025-2029"
    cp.subject = ""
    cp.author = "Hanneke Zwart"
    cp.last_modified_by = "Nadia Bouali"
    cp.comments = ""
    cp.keywords = ""
    cp.language = "nl-NL"
    cp.revision = 12
    cp.created = datetime.datetime(2025, 3, 4, 8, 45, 0)
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    document.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_192_vso_touwslagerij.docx")
