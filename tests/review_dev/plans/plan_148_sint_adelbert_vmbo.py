# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van het Sint-Adelbertcollege, katholiek vmbo (gl/tl) in Almere Buiten.

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
De school gebruikt geen kopstijlen maar vetgedrukte Normal-alinea's als kopjes.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm


def _taal_nl(doc):
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _kop(doc, tekst, groot=True):
    """Vetgedrukte Normal-alinea als kopje, zoals de school dat in Word doet."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12 if groot else 6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(13 if groot else 11)
    return p


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _streepjes(doc, items):
    for it in items:
        p = doc.add_paragraph("- " + it)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(2)


def _tabel(doc, kop, rijen):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = Pt(9.5)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = ""
            cellen[i].paragraphs[0].add_run(w).font.size = Pt(9.5)
    doc.add_paragraph()
    return t


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029"
    cp.author = "R. Verschoor"
    cp.last_modified_by = "secretariaat"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 5, 26, 10, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 12, 16, 40, 0)
    cp.revision = 12

    foot = doc.sections[0].footer.paragraphs[0]
    foot.text = "Sint-Adelbertcollege – schoolplan 2025-2029"
    foot.runs[0].font.size = Pt(8)

    # ------------------------------------------------------------ titel
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2025 – 2029")
    r.bold = True
    r.font.size = Pt(24)
    p = doc.add_paragraph()
    r = p.add_run("Sint-Adelbertcollege")
    r.bold = True
    r.font.size = Pt(16)
    _p(doc, "Katholieke school voor vmbo, gemengde en theoretische leerweg")
    _p(doc, "Almere Buiten")
    _p(doc, "Looptijd: 1 augustus 2025 tot en met 31 juli 2029")
    _p(doc, "Versie juni 2025")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ voorwoord
    _kop(doc, "Voorwoord")
    _p(doc,
       "Een schoolplan schrijf je één keer in de vier jaar, en elke keer is er de verleiding om vooral "
       "op te schrijven wat er allemaal anders moet. Dat hebben we deze keer bewust niet gedaan. Het "
       "Sint-Adelbertcollege staat er goed voor. De examenresultaten zijn al jaren stabiel, leerlingen "
       "en ouders zijn tevreden en we hebben een team dat de school draagt. Veel van wat we doen, werkt. "
       "Dat mag ook eens op papier staan, al was het maar zodat nieuwe collega’s, ouders en het bestuur "
       "kunnen lezen hoe wij het doen en waarom.")
    _p(doc,
       "Daarom beschrijven we in dit plan vooral wat er is. We volgen daarbij de indeling van Koers 22, "
       "het strategisch beleid van ons bestuur, de Almeerse Scholen Groep: eerst de vier kernwaarden, "
       "daarna de vier vensters. Waar we iets willen veranderen, zeggen we dat. Helemaal aan het eind "
       "staat op één bladzijde waar we de komende vier jaar naartoe werken. Die doelen komen elk jaar "
       "terug in ons jaarplan.")
    _p(doc,
       "Het plan is besproken in de teamvergadering van 15 april 2025 en in de sectievoorzittersoverleggen. "
       "Ook de leerlingenraad en de MR hebben meegelezen.")
    _p(doc, "Ruud Verschoor, directeur")

    # ------------------------------------------------------------ school
    _kop(doc, "Onze school")
    _p(doc,
       "Het Sint-Adelbertcollege is in 1991 begonnen als katholieke mavo in het toen nog nieuwe Almere "
       "Buiten. Inmiddels zijn we een school voor de gemengde leerweg (gl) en de theoretische leerweg "
       "(tl) met 648 leerlingen (teldatum 1 oktober 2024). Het aantal leerlingen is de laatste vijf jaar "
       "vrij stabiel, tussen 620 en 660. De leerlingen komen van ongeveer 45 basisscholen, de meesten uit "
       "Almere Buiten en Almere Stad-Oost, een kleiner deel uit Almere Poort en Lelystad.")
    _p(doc,
       "In leerjaar 1 en 2 zitten gl- en tl-leerlingen samen in gt-klassen. Aan het eind van leerjaar 2 "
       "kiezen leerlingen, met advies van het docententeam, voor gl of tl. Ongeveer 40% kiest voor gl. "
       "Onze gl-leerlingen volgen het beroepsgerichte profiel Dienstverlening en Producten (D&P). De "
       "tl-leerlingen doen examen in ten minste zes vakken; een derde doet er een zevende vak bij.")
    _tabel(doc, ["", "2022", "2023", "2024"], [
        ("Slagingspercentage gl", "94,3%", "96,1%", "96,9%"),
        ("Slagingspercentage tl", "95,4%", "97,0%", "97,3%"),
        ("Gemiddeld cijfer centraal examen (gl en tl)", "6,4", "6,5", "6,5"),
        ("Doorstroom tl naar havo 4 (aantal leerlingen)", "31", "27", "34"),
        ("Tevredenheid leerlingen (rapportcijfer)", "6,9", "–", "7,1"),
        ("Tevredenheid ouders (rapportcijfer)", "7,4", "–", "7,5"),
    ])
    _p(doc,
       "Bij het laatste bezoek van de inspectie, in het najaar van 2023 bij het onderzoek naar ASG, "
       "werden alle onderzochte standaarden als voldoende beoordeeld. De onderwijsresultaten liggen al "
       "vijf jaar boven de norm.")
    _p(doc,
       "Op school werken 58 mensen: 43 docenten, drie teamleiders (leerjaar 1-2, gl 3-4, tl 3-4), een "
       "ondersteuningscoördinator, een examensecretaris, een technisch onderwijsassistent, twee "
       "conciërges, een receptioniste, een roostermaker, een administratief team en de directeur.")

    # ------------------------------------------------------------ identiteit
    _kop(doc, "Katholiek in Almere")
    _p(doc,
       "Onze school is vernoemd naar Sint-Adelbert, een Angelsaksische monnik die in de achtste eeuw met "
       "Willibrord naar deze streken kwam en in Egmond werd begraven. We vertellen zijn verhaal aan de "
       "brugklassers tijdens de introductiedagen, en op of rond zijn feestdag, 25 juni, houden we elk jaar "
       "de Adelbertdag: een sportdag voor de onderbouw en een korte viering in de aula voor wie dat wil.")
    _p(doc,
       "Ongeveer een vijfde van onze leerlingen is katholiek opgevoed, een kwart is moslim, en een groot "
       "deel heeft geen of een andere godsdienst. Dat vinden we geen probleem, maar een gegeven waar we "
       "iets mee doen. Katholiek zijn betekent bij ons: aandacht voor de ander, vooral voor wie het "
       "moeilijk heeft, en ruimte voor de vraag waar je leven over gaat. Levensbeschouwing is in leerjaar 1 "
       "tot en met 3 een verplicht vak van één uur per week, gegeven door twee bevoegde docenten. Met Kerst "
       "is er een viering, voorbereid met de pastor van de parochie in Almere Buiten, en in de veertigdagentijd "
       "doen alle klassen mee aan de Vastenactie. In 2024 haalden de leerlingen daarmee € 4.870 op voor een "
       "schoolproject in Oeganda.")

    # ------------------------------------------------------------ opbouw
    _kop(doc, "Hoe dit plan is opgebouwd")
    _p(doc,
       "We lopen hieronder de kernwaarden Gezien worden, Open, Vooruitstrevend en Ambitieus langs, en "
       "daarna de vier vensters uit Koers 22. Onder elk kopje staat hoe het er bij ons aan toe gaat. De "
       "wettelijke onderdelen van een schoolplan, zoals het onderwijsprogramma, burgerschap, veiligheid, "
       "ondersteuning, personeelsbeleid en kwaliteitszorg, komen daarbij vanzelf aan bod. We verwijzen "
       "waar nodig naar ons schoolondersteuningsprofiel, het burgerschapsplan, het veiligheidsplan en het "
       "PTA-boekje, die op de website staan.")

    # ------------------------------------------------------------ gezien worden
    _kop(doc, "Kernwaarde: Gezien worden")
    _p(doc,
       "Bij ons is iedereen waardevol en wordt gezien. In de praktijk begint dat bij de mentor. Elke klas "
       "heeft een mentor, in leerjaar 1 zelfs twee: een duo dat samen de klas begeleidt. Er is elke week een "
       "mentoruur. Iedere leerling heeft drie mentorgesprekken per jaar: in oktober, in februari en aan het "
       "eind van het jaar. Van elk gesprek maakt de mentor een korte notitie in Magister, zodat de volgende "
       "mentor daarop verder kan bouwen.")
    _p(doc,
       "Drie keer per jaar is er een leerlingbespreking per klas met alle docenten die de klas lesgeven. "
       "Daar bespreken we niet alleen cijfers, maar ook hoe het met een leerling gaat. Wat daar afgesproken "
       "wordt, zet de mentor in Magister en bespreekt hij met leerling en ouders.")
    _p(doc,
       "Ook voor onze collega’s geldt dat we willen weten wat ze nodig hebben. Elke medewerker heeft "
       "jaarlijks een gesprek met de eigen leidinggevende (zie het venster over personeel), en nieuwe "
       "collega’s krijgen het eerste jaar een vaste collega als maatje. In het teamoverleg na de zomer "
       "vragen we altijd naar wensen voor het rooster en de taakverdeling.")
    _kop(doc, "Welkom op school", groot=False)
    _p(doc,
       "Wie binnenkomt, wordt ontvangen bij de receptie in de hal. Op de open dagen in januari en februari "
       "leiden leerlingen van het welkomstteam, dertig leerlingen uit leerjaar 3, de bezoekers rond; zij "
       "zijn daar ook voor getraind door onze medewerker communicatie. Nieuwe brugklassers komen in juni "
       "al een middag kennismaken met hun klas en mentoren, en het jaar begint met twee introductiedagen, "
       "waarvan één in natuurgebied De Kemphaan. Nieuwe leerlingen die halverwege het jaar instromen, "
       "krijgen een klasgenoot als buddy voor de eerste weken.")
    _kop(doc, "Veiligheid", groot=False)
    _p(doc,
       "Ons veiligheidsplan is in 2023 herzien. Er is een anti-pestcoördinator, mevrouw Samira El Amrani, "
       "bij wie leerlingen en ouders terecht kunnen, en een teamleider die veiligheidscoördinator is. We "
       "werken met vijf schoolafspraken die in elk lokaal hangen. Incidenten worden vastgelegd in Magister; "
       "de veiligheidscoördinator bespreekt het overzicht elk kwartaal met de directie. Sinds januari 2024 "
       "gaan mobiele telefoons in de lessen in het kluisje of de telefoontas, zoals landelijk is "
       "afgesproken. Dat heeft tot merkbaar meer rust geleid, zeggen zowel docenten als leerlingen.")
    _p(doc,
       "In de leerlingenpeiling van 2024 gaf 88% van de leerlingen aan zich veilig te voelen op school. "
       "Dat is iets lager dan in 2022 (90%). Uit de gesprekken met de leerlingenraad blijkt dat het vooral "
       "gaat om de drukte in de kantine en om wat er buiten school online gebeurt. In leerjaar 1 volgen "
       "alle leerlingen de weerbaarheidstraining Rots en Water, en leerlingen met faalangst kunnen "
       "meedoen aan een training in kleine groepjes.")

    # ------------------------------------------------------------ open
    _kop(doc, "Kernwaarde: Open")
    _p(doc,
       "Wij gaan respectvol om met de mensen binnen en buiten de school. Open zijn begint voor ons bij "
       "duidelijke informatie. Ouders kunnen in het ouderportaal van Magister de cijfers, de absentie en "
       "het rooster van hun kind zien. Elke drie weken verschijnt de nieuwsbrief Adelbert Actueel. Sinds "
       "2022 geldt de afspraak dat iedere mail van ouders binnen twee werkdagen een antwoord krijgt, al is "
       "het maar een bericht dat er later inhoudelijk op wordt teruggekomen. Het PTA-boekje en het "
       "toetsrooster staan vóór 1 oktober op de website.")
    _p(doc,
       "Open zijn betekent bij ons ook: een open blik op leerlingen die anders zijn dan wijzelf. In 2019 "
       "hebben we een stilteruimte ingericht. Leerlingen kunnen daar in de pauzes bidden, mediteren of "
       "gewoon even tot rust komen; de ruimte is van iedereen. Tijdens de ramadan plannen we geen "
       "sportdag en houden we bij activiteiten rekening met leerlingen die vasten. We doen sinds een paar "
       "jaar mee aan Paarse Vrijdag, en de lessen levensbeschouwing behandelen alle grote wereldgodsdiensten "
       "en het humanisme. Een katholieke school en een open school gaan bij ons samen.")
    _kop(doc, "Burgerschap", groot=False)
    _p(doc,
       "Ons burgerschapsplan is in 2023 opgesteld. Het beschrijft per leerjaar wat leerlingen leren over "
       "democratie, over verschillen tussen mensen en over hoe je met elkaar samenleeft. Het belangrijkste "
       "in het kort:")
    _streepjes(doc, [
        "In leerjaar 1 en 2 komen de onderwerpen aan bod in het mentoruur, bij levensbeschouwing en bij "
        "geschiedenis. In leerjaar 2 doet elke klas mee aan een debatwedstrijd.",
        "In leerjaar 3 krijgen alle leerlingen maatschappijleer (schoolexamenvak) en gaan ze met ProDemos "
        "naar Den Haag. Bij landelijke verkiezingen doen we mee aan de Scholierenverkiezingen.",
        "Leerlingen in leerjaar 3 doen een maatschappelijke stage van twintig uur, bij een vereniging, "
        "een zorginstelling of een buurtproject in Almere Buiten.",
        "De leerlingenraad (twaalf leden uit alle leerjaren) praat zes keer per jaar met de directeur en "
        "levert twee leden voor de MR.",
        "Elk jaar in november besteden we in alle klassen van leerjaar 1 en 2 aandacht aan de Week van de "
        "Mediawijsheid.",
    ])

    # ------------------------------------------------------------ vooruitstrevend
    _kop(doc, "Kernwaarde: Vooruitstrevend")
    _p(doc,
       "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Tegelijk "
       "zijn we geen school die elke nieuwe trend volgt. De grootste verandering van de afgelopen jaren "
       "waren de flexuren, die we in 2021 hebben ingevoerd. Leerlingen hebben vier flexuren per week in "
       "hun rooster. Ze kiezen zelf, via de app van Zermelo, waar ze die uren besteden: bij een vakdocent "
       "voor uitleg of extra oefening, in het stillokaal voor huiswerk, of in een verdiepingsmodule, "
       "zoals de havo-voorbereiding wiskunde of Engels op hoger niveau. Mentoren kijken mee en kunnen een "
       "leerling ook een flexuur ‘toewijzen’ als dat nodig is. In de leerlingenpeiling van 2024 zei 71% van "
       "de leerlingen dat de flexuren hen helpen.")
    _p(doc,
       "Sinds 2020 heeft iedere leerling een Chromebook via het leermiddelenpakket. De meeste methodes zijn "
       "hybride: een boek en een digitale omgeving. We hebben afgesproken dat er in elke les ook op papier "
       "wordt gewerkt en geschreven.")

    # ------------------------------------------------------------ ambitieus
    _kop(doc, "Kernwaarde: Ambitieus")
    _p(doc,
       "Onze medewerkers zijn intrinsiek gemotiveerd om zichzelf te blijven ontwikkelen en "
       "professionaliseren. Van onze leerlingen verwachten we dat ze het hoogste diploma halen dat bij "
       "hen past. Bij de keuze tussen gl en tl adviseren we bij twijfel de tl. Tl-leerlingen stimuleren we "
       "een zevende examenvak te doen; in 2024 deed 34% van hen dat. Wie wil doorstromen naar de havo, "
       "volgt in leerjaar 4 een voorbereidingsmodule in de flexuren, met extra wiskunde, Engels en "
       "studievaardigheden. Gl-leerlingen die het aankunnen, doen examen in een extra theoretisch vak, "
       "zodat ze later nog naar de havo kunnen.")
    _p(doc,
       "Elk jaar in september bespreekt iedere sectie met de teamleider de examenresultaten van het "
       "afgelopen jaar: per vak het verschil tussen schoolexamen en centraal examen, de scores per "
       "onderdeel en de vergelijking met andere scholen. Waar een vak onder het landelijk gemiddelde "
       "uitkomt, maakt de sectie een kort verbeterplan voor dat jaar.")

    # ------------------------------------------------------------ venster 1
    _kop(doc, "Venster 1: Goed en toegankelijk onderwijs")
    _kop(doc, "Ons onderwijsprogramma", groot=False)
    _p(doc,
       "We geven les in lesuren van 45 minuten. De lessentabel hieronder geeft het aantal lesuren per week "
       "voor de belangrijkste vakken. Alle kerndoelen van de onderbouw worden in leerjaar 1 en 2 afgedekt; "
       "in de bovenbouw volgen we de examenprogramma’s. Het aanbod Nederlands en rekenen/wiskunde is "
       "gericht op referentieniveau 2F.")
    _tabel(doc, ["Vak", "Lj 1", "Lj 2", "Lj 3 gl", "Lj 3 tl", "Lj 4 gl", "Lj 4 tl"], [
        ("Nederlands", "4", "4", "3", "4", "4", "4"),
        ("Engels", "3", "3", "3", "3", "3", "4"),
        ("Duits / Frans", "2 / 2", "3 / 2", "keuze", "keuze", "keuze", "keuze"),
        ("Wiskunde", "4", "4", "3", "4", "4", "4"),
        ("Biologie, NaSk", "3", "4", "keuze", "keuze", "keuze", "keuze"),
        ("Geschiedenis, aardrijkskunde, economie", "4", "4", "keuze", "keuze", "keuze", "keuze"),
        ("D&P (beroepsgericht)", "–", "–", "8", "–", "10", "–"),
        ("Maatschappijleer", "–", "–", "2", "2", "–", "–"),
        ("Levensbeschouwing", "1", "1", "1", "1", "–", "–"),
        ("Lichamelijke opvoeding", "3", "3", "2", "2", "2", "2"),
        ("Kunstvakken", "3", "2", "1", "1", "–", "–"),
        ("Mentoruur en flexuren", "5", "5", "5", "5", "5", "5"),
    ])
    _p(doc,
       "In het gl-programma D&P werken leerlingen aan echte opdrachten: ze organiseren de open dag mee, "
       "ontwerpen promotiemateriaal en verzorgen elk voorjaar een evenement voor de bewoners van een "
       "woonzorgcentrum in de buurt. Bij de keuzevakken kiezen we voor Evenementen, Podium en "
       "Webdesign. Loopbaanoriëntatie loopt via het mentoruur, met het programma Qompas, een bedrijvendag "
       "in leerjaar 3 en meeloopdagen op het mbo in leerjaar 4.")
    _p(doc,
       "Landelijk wordt gewerkt aan het samengaan van de gemengde en de theoretische leerweg, waarbij alle "
       "leerlingen een praktijkgericht programma gaan volgen. Voor onze tl-leerlingen is dat nieuw. We "
       "bereiden ons daarop voor door de ervaring met D&P te benutten. Wat we daarvoor de komende jaren "
       "willen bereiken, staat aan het eind van dit plan.")
    _kop(doc, "Zicht op de ontwikkeling van leerlingen", groot=False)
    _p(doc,
       "In leerjaar 1 en 2 nemen we twee keer per jaar de toetsen van het Cito Volgsysteem VO af voor "
       "Nederlands, Engels en wiskunde. De uitslagen gebruiken we bij de leerlingbesprekingen en bij het "
       "advies voor gl of tl. Voor begrijpend lezen zien we dat aan het eind van leerjaar 2 68% van de "
       "leerlingen 2F haalt; voor rekenen is dat 74%. Docenten Nederlands bieden leerlingen die achterblijven "
       "extra leesuren aan in de flexuren.")
    _kop(doc, "Ondersteuning", groot=False)
    _p(doc,
       "Ons schoolondersteuningsprofiel is in 2024 bijgewerkt. De basisondersteuning ligt bij de mentor en "
       "de docenten: differentiëren in de les, extra tijd bij toetsen voor leerlingen met dyslexie of "
       "dyscalculie, voorleessoftware (ClaroRead) en de flexuren. Wanneer dat niet genoeg is, komt de "
       "ondersteuningscoördinator, Wendy Kroon, in beeld. Zij coördineert de extra ondersteuning:")
    _streepjes(doc, [
        "begeleiding door een van onze twee leerlingbegeleiders, bijvoorbeeld bij planning, gedrag of "
        "thuissituatie;",
        "trainingen: Rots en Water, faalangstreductie en examenvreestraining;",
        "de trajectklas: een rustige ruimte waar maximaal acht leerlingen tijdelijk een deel van de dag "
        "werken, met een vaste begeleider, als het in de klas (even) niet lukt;",
        "het zorg- en adviesteam (ZAT), dat zes keer per jaar bijeenkomt, met de leerplichtambtenaar, de "
        "schoolmaatschappelijk werker, de jeugdarts van GGD Flevoland en de wijkagent.",
    ])
    _p(doc,
       "In 2023-2024 hadden 41 leerlingen een ontwikkelingsperspectiefplan of een arrangement. We kunnen "
       "geen leerlingen opvangen die langdurig één-op-één-begeleiding nodig hebben of voor wie een groep "
       "van 26 te groot is. Dan zoeken we met ouders en de consulent van het samenwerkingsverband passend "
       "onderwijs VO Almere naar een andere plek, bijvoorbeeld in het voortgezet speciaal onderwijs. In "
       "2023-2024 ging het om drie leerlingen. Met het samenwerkingsverband zijn afspraken gemaakt over "
       "thuiszitters: een leerling die langer dan vier weken niet naar school komt, wordt altijd "
       "besproken aan de thuiszitterstafel.")
    _kop(doc, "Hoe we de kwaliteit bewaken", groot=False)
    _p(doc,
       "Onze kwaliteitszorg volgt het ritme van het schooljaar. Elke sectie heeft een sectieplan met twee "
       "of drie doelen voor dat jaar, afgeleid van het jaarplan van de school. In september volgt de "
       "examenanalyse (zie Ambitieus). In januari is er een tussenevaluatie per sectie met de teamleider. "
       "In juni schrijft de directie het jaarverslag en het nieuwe jaarplan. Het jaarverslag bespreken we "
       "in het kwartaalgesprek met het bestuur.")
    _p(doc,
       "Iedere docent krijgt jaarlijks minstens één lesbezoek van de teamleider, met het "
       "observatie-instrument ICALT. Om het jaar nemen we een tevredenheidspeiling af onder leerlingen en "
       "ouders, via Scholen op de kaart. De resultaten bespreken we met de leerlingenraad, de "
       "ouderklankbordgroep en het team.")
    _p(doc,
       "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. "
       "Eerlijk gezegd is dat een wens meer dan een werkelijkheid: bij elkaar in de les kijken of samen "
       "lessen ontwerpen gebeurt bij ons nog incidenteel en vooral binnen een paar secties.")

    # ------------------------------------------------------------ venster 2
    _kop(doc, "Venster 2: Personeel in positie")
    _p(doc,
       "Onze medewerkers voelen zich betrokken bij en trots op onze school. De gemiddelde leeftijd in het "
       "team is 44 jaar; in de komende vier jaar gaan naar verwachting negen collega’s met pensioen.")
    _kop(doc, "Gesprekken en lesbezoek", groot=False)
    _p(doc,
       "Ieder jaar voert elke medewerker een jaargesprek met de eigen leidinggevende. Voor docenten gaat "
       "daar een lesbezoek met ICALT aan vooraf. Om de drie jaar is het jaargesprek een "
       "beoordelingsgesprek. Afspraken worden vastgelegd in het digitale personeelsdossier in AFAS. In "
       "2024-2025 is de cyclus voor 93% van de medewerkers rondgekomen.")
    _kop(doc, "Bevoegdheid en nieuwe collega’s", groot=False)
    _p(doc,
       "Vier docenten zijn nog niet bevoegd: voor Duits, wiskunde, NaSk en D&P. Ze volgen alle vier een "
       "lerarenopleiding (twee bij Windesheim, één bij de Hogeschool van Amsterdam en één via een "
       "zij-instroomtraject). De school betaalt de studiekosten, geeft vier uur studieverlof per week en "
       "zorgt voor begeleiding door onze schoolopleider. Startende docenten volgen drie jaar lang ons "
       "inductieprogramma met een coach, intervisie met andere starters en een beperkte lestaak in het "
       "eerste jaar.")
    _kop(doc, "Scholing", groot=False)
    _p(doc,
       "Iedere docent heeft het scholingsbudget uit de cao en daarnaast zijn er vier studiedagen per jaar. "
       "Op die dagen werken we met het hele team aan één thema; in 2024-2025 was dat "
       "formatief handelen. In 2024-2025 volgden vijf collega’s een leergang van de ASG Academie, onder "
       "andere de leergang voor middenmanagers en die voor mentoren.")
    _kop(doc, "Werkdruk en welzijn", groot=False)
    _p(doc,
       "Het ziekteverzuim was in 2024 6,8%. Dat is hoger dan we willen, en het is vooral langdurig "
       "verzuim. De werkdrukmiddelen zetten we in voor kleinere klassen in leerjaar 1 (maximaal 26 "
       "leerlingen) en voor een toetsweek zonder lessen, zodat docenten tijd hebben om na te kijken. "
       "Collega’s van 57 jaar en ouder kunnen gebruikmaken van de seniorenregeling; op dit moment doen "
       "elf collega’s dat. Voor startende docenten zijn er geen surveillances in het eerste jaar.")

    # ------------------------------------------------------------ venster 3
    _kop(doc, "Venster 3: De meerwaarde van ASG")
    _p(doc,
       "Dat we bij een groot bestuur horen, merken we vooral in het contact met andere ASG-scholen. De "
       "secties Nederlands en wiskunde werken sinds 2022 samen met de secties van twee andere vmbo-scholen "
       "binnen ASG. Ze leggen elkaars examenanalyses naast elkaar en hebben samen een schoolexamen "
       "leesvaardigheid ontwikkeld. Onze examensecretaris neemt deel aan het overleg van de "
       "examensecretarissen van de ASG-scholen, waar onder meer het examenreglement wordt afgestemd.")
    _p(doc,
       "Elk jaar stromen tussen de 25 en 35 tl-leerlingen door naar havo 4, de meesten naar een havo binnen "
       "ASG. Met twee van die scholen hebben we afspraken over de toelating, een warme overdracht in juni "
       "en een terugkoppeling van de resultaten van onze oud-leerlingen na het eerste havojaar. Andersom "
       "krijgen we van de ASG-basisscholen in de wijk een overstapdossier en bespreken we de leerlingen "
       "in een overdrachtsgesprek met de leerkracht van groep 8.")
    _p(doc,
       "Sommige collega’s bezoeken de lezingen van ‘Een avondje uit met ASG’, en nieuwe medewerkers gaan "
       "naar ASG Start.")

    # ------------------------------------------------------------ venster 4
    _kop(doc, "Venster 4: Partnerschap")
    _kop(doc, "Ouders", groot=False)
    _p(doc,
       "Ouders zijn voor ons partners in de schoolloopbaan van hun kind. In september is er voor elk "
       "leerjaar een informatieavond. In oktober en maart voert de mentor met iedere leerling en zijn "
       "ouders een driehoeksgesprek over de voortgang en, vanaf leerjaar 2, over de keuzes die eraan komen. "
       "Ouders van examenleerlingen krijgen in november een avond over het PTA en het examen. Een "
       "ouderklankbordgroep van tien ouders komt vier keer per jaar bij elkaar met de directeur.")
    _kop(doc, "Medezeggenschap", groot=False)
    _p(doc,
       "Onze MR heeft acht leden: vier personeelsleden, twee ouders en twee leerlingen. De MR is voor de "
       "directie een belangrijk klankbord. Bij dit schoolplan heeft de MR in de vergaderingen van 8 april "
       "en 20 mei 2025 meegedacht over het concept. Op hun suggestie is de leesaanpak in leerjaar 1 en 2 "
       "opgenomen bij de doelen, en hebben we de veiligheidsbeleving als doel toegevoegd.")
    _kop(doc, "Samenwerking buiten de school", groot=False)
    _p(doc,
       "Wij werken proactief samen met een breed scala aan partners. De belangrijkste zijn:")
    _streepjes(doc, [
        "ROC van Flevoland: meeloopdagen voor leerjaar 4, een gezamenlijke doorstroomavond en een warme "
        "overdracht van leerlingen die extra ondersteuning nodig hebben;",
        "ongeveer dertig bedrijven en instellingen in Almere Buiten die meedoen aan de bedrijvendag en "
        "plekken bieden voor de maatschappelijke stage;",
        "een woonzorgcentrum in de buurt, waar de D&P-leerlingen elk jaar een evenement organiseren;",
        "de wijkagent en de leerplichtambtenaar, die ook in het ZAT zitten;",
        "GGD Flevoland (jeugdarts en de jaarlijkse gezondheidsmonitor in leerjaar 2 en 4);",
        "de parochie in Almere Buiten, voor de vieringen en de Vastenactie.",
    ])

    # ------------------------------------------------------------ doelen
    _kop(doc, "Waar we de komende vier jaar naartoe werken")
    _p(doc,
       "Na alles wat hierboven staat beschreven, hebben we gekozen voor een beperkt aantal doelen. Het "
       "meeste van wat we doen willen we vasthouden; dat is al een opgave op zich. De doelen hieronder "
       "werken we elk jaar uit in het jaarplan. Halverwege, in juni 2027, kijken we samen met het team "
       "en de MR of ze nog kloppen.")
    doelen = [
        "In 2025-2026 volgen twee tl-klassen in leerjaar 3 als proef een praktijkgericht programma, "
        "gebouwd op de ervaring met D&P. Vanaf 2027-2028 volgen alle tl-leerlingen in leerjaar 3 en 4 zo’n "
        "programma.",
        "Het slagingspercentage blijft voor gl en voor tl elk jaar ten minste 95%, en de "
        "onderwijsresultaten blijven boven de norm van de inspectie.",
        "Aan het eind van leerjaar 2 haalt in 2028 ten minste 80% van de leerlingen niveau 2F voor "
        "leesvaardigheid (in 2024: 68%). Daarvoor voeren we in 2025-2026 in leerjaar 1 en 2 een vast "
        "leeskwartier in aan het begin van de lessen Nederlands en geschiedenis.",
        "Het aandeel leerlingen dat zich veilig voelt op school stijgt van 88% (2024) naar ten minste "
        "92% in de peiling van 2028.",
        "Het ziekteverzuim onder medewerkers daalt van 6,8% (2024) naar hoogstens 5,5% in 2028.",
        "Uiterlijk augustus 2027 zijn de vier docenten die nu in opleiding zijn, bevoegd.",
        "In 2026-2027 evalueren we de flexuren met leerlingen en docenten. We willen dat dan ten minste "
        "80% van de leerlingen zegt dat de flexuren hen helpen (2024: 71%).",
    ]
    for i, d in enumerate(doelen, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.add_run(f"{i}. ").bold = True
        p.add_run(d)

    _p(doc, "")
    _p(doc, "Almere Buiten, juni 2025")
    _p(doc, "Ruud Verschoor, directeur Sint-Adelbertcollege")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_148_sint_adelbert_vmbo.docx")
