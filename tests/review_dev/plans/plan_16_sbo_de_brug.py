"""Schoolplan 2025-2029 van SBO De Brug, openbare school voor speciaal basisonderwijs in Almere Haven (118 leerlingen).

Ontwerp: een kort plan met genummerde hoofdstukken in Heading 1, in de eigen woorden van de school ("1. Wie wij
zijn", "2. Ons onderwijs", ...), zonder verwijzing naar de kernwaarden en vensters van de koers. Inhoudelijk werkt
het plan twee kernwaarden uit (Gezien worden: welkom en zicht op wat kinderen nodig hebben; Open: bejegening,
communicatie met ouders, oog voor verschillen) en twee vensters (goed en toegankelijk onderwijs: OPP, commissie van
begeleiding, arrangementen, grenzen van de school, kwaliteitszorg; partnerschap: ouders en partners). De overige
elementen krijgen hooguit één zin (hoge verwachtingen, personeel) of ontbreken. De doelen staan als genummerde lijst
in één hoofdstuk "Onze doelen voor 2025-2029", elk gedateerd of meetbaar, zonder koerselement te noemen. De
planperiode staat verder alleen op het voorblad en in de voettekst. De MR heeft alleen positief geadviseerd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl_stijlen

VASTE_DATUM = datetime.datetime(2025, 6, 30, 9, 30, 0)

VOORBLAD = [
    ("titel", "SBO De Brug"),
    ("sub", "Schoolplan 2025-2029"),
    ("regel", "School voor speciaal basisonderwijs"),
    ("regel", "Almere Haven"),
    ("regel", "Almeerse Scholen Groep"),
]

# ("h1", tekst), ("p", tekst), ("bullets", [..]), ("nummers", [..])
INHOUD = [
    ("h1", "1. Wie wij zijn"),
    ("p", "SBO De Brug is een openbare school voor speciaal basisonderwijs in Almere Haven. Op 1 februari van dit "
          "jaar hadden wij 118 leerlingen van 4 tot 13 jaar, verdeeld over negen groepen van gemiddeld dertien "
          "kinderen. Onze leerlingen komen uit heel Almere; ongeveer twee derde van hen reist met het "
          "leerlingenvervoer van de gemeente. Een kind komt bij ons met een toelaatbaarheidsverklaring (TLV) van het "
          "samenwerkingsverband Passend Onderwijs Almere. De meeste kinderen hebben een leerachterstand in "
          "combinatie met problemen in gedrag, werkhouding, taal of concentratie."),
    ("p", "Onze naam zegt wat wij willen zijn: een brug naar de volgende stap. Voor de meeste kinderen is dat het "
          "voortgezet onderwijs, voor sommigen de terugkeer naar een basisschool en voor een enkeling het speciaal "
          "onderwijs."),
    ("p", "Ons team telt 24 medewerkers. Voor het personeelsbeleid volgen wij het HR-beleid van ASG."),
    ("p", "De school is open van maandag tot en met vrijdag van 8.30 tot 14.30 uur, op woensdag tot 12.15 uur. Het "
          "gebouw uit 1992 heeft elf lokalen, een eigen gymzaal, een behandelruimte en in iedere bouw een "
          "prikkelarme werkplek."),

    ("h1", "2. Ons onderwijs"),
    ("p", "Wij hebben hoge verwachtingen van al onze leerlingen."),
    ("p", "Wij geven les in kleine groepen, met veel structuur en voorspelbaarheid. Iedere dag begint met het "
          "dagritme op het bord, zodat kinderen weten wat er komt. Ons aanbod dekt de kerndoelen van het primair "
          "onderwijs. Wij gebruiken dezelfde methodes als veel basisscholen: Veilig leren lezen (KIM-versie), "
          "Estafette voor voortgezet technisch lezen, Getal & Ruimte Junior, Staal en Nieuwsbegrip. Voor sociale "
          "vaardigheden en weerbaarheid werken wij met Rots en Water. De vakleerkracht geeft drie keer per week "
          "bewegingsonderwijs."),
    ("p", "Op basis van het ontwikkelingsperspectief volgt ieder kind een van drie leerroutes. Leerroute 1 leidt naar "
          "het praktijkonderwijs, met een eindniveau rond eind groep 6. Leerroute 2 leidt naar vmbo basis of kader "
          "en werkt toe naar referentieniveau 1F. Leerroute 3 leidt naar vmbo-gt of hoger en werkt toe naar 1F en "
          "delen van 2F. Per leerroute staan in onze leerlijnen de tussendoelen voor ieder half jaar."),

    ("h1", "3. Welkom op De Brug"),
    ("p", "Een kind dat bij ons komt, heeft vaak al een moeilijke schooltijd achter de rug. Ouders ook. Daarom "
          "besteden wij veel aandacht aan de eerste weken:"),
    ("bullets", [
        "Voor de start hebben de ouders een kennismakingsgesprek met de intern begeleider en krijgen zij een "
        "rondleiding door de school.",
        "Het kind komt twee ochtenden wennen in de nieuwe groep en krijgt een maatje dat de eerste weken helpt.",
        "Iedere ochtend tussen 8.15 en 8.30 uur staan twee leerkrachten en de conciërge bij de taxi's en lopen met "
        "de kinderen mee naar binnen.",
        "Bezoekers worden bij de balie in de hal opgevangen door de conciërge of de administratief medewerker.",
    ]),
    ("p", "Wij praten met ouders, niet over ouders. Als er op school iets is gebeurd, belt de leerkracht dezelfde dag "
          "naar huis. Medewerkers verheffen hun stem niet tegen kinderen; wij spreken een kind rustig en apart aan. "
          "Fysiek ingrijpen gebeurt alleen volgens ons protocol. Iedere keer wordt het geregistreerd, worden de "
          "ouders dezelfde dag geïnformeerd en bespreekt de gedragsspecialist het met de leerkracht."),
    ("p", "In iedere bouw is een rustplek waar een kind even tot zichzelf kan komen, onder toezicht van een "
          "volwassene. Elk jaar in november vullen de kinderen van groep 5 tot en met 8 een vragenlijst over sociale "
          "veiligheid in. In november 2024 zei 88% van hen zich veilig te voelen op school. De afspraken over "
          "veiligheid, pesten en de meldcode staan in het veiligheidsplan."),

    ("h1", "4. Ieder kind een eigen plan"),
    ("p", "Onze leerlingen verschillen sterk: in wat ze kunnen, in wat ze hebben meegemaakt en in taal. Vorig jaar "
          "spraken de kinderen thuis samen 21 talen. Bij de intake vragen wij daarom niet alleen naar het dossier, "
          "maar ook naar wat thuis goed werkt, welke taal er thuis gesproken wordt en waar het kind trots op is. In "
          "het ontwikkelingsperspectief beschrijven wij ook wat een kind goed kan, zodat we daar bij de start op "
          "kunnen aansluiten."),
    ("p", "Binnen zes weken na de start stelt de commissie van begeleiding het ontwikkelingsperspectief (OPP) vast. "
          "Daarin staan de beginsituatie, de factoren die het leren helpen of belemmeren, het verwachte "
          "uitstroomniveau, de leerroute en het handelingsdeel: wat wij de komende periode extra doen. Het OPP wordt "
          "met de ouders besproken; met het handelingsdeel moeten zij instemmen. In februari en juni evalueert de "
          "leerkracht samen met de intern begeleider of de tussendoelen zijn gehaald. Eén keer per jaar evalueert de "
          "commissie het hele OPP en bespreekt de leerkracht de uitkomst met de ouders."),
    ("p", "De commissie van begeleiding bestaat uit de orthopedagoog (voorzitter), de intern begeleider, de "
          "directeur, de jeugdarts van de GGD en de schoolmaatschappelijk werker. Zij vergadert acht keer per jaar. "
          "Naast het vaststellen en evalueren van de OPP's adviseert de commissie over terugplaatsing naar een "
          "basisschool, over verwijzing naar het speciaal onderwijs en over het verlengen van een TLV."),

    ("h1", "5. Wat wij bieden en wat niet"),
    ("p", "Ons schoolondersteuningsprofiel beschrijft welke ondersteuning wij bieden. Wij werken met deze "
          "arrangementen:"),
    ("bullets", [
        "Basisarrangement: groepen van ten hoogste veertien kinderen, in iedere bouw twee onderwijsassistenten, "
        "prikkelarme werkplekken en één gedragsaanpak in de hele school.",
        "Arrangement taal en spraak: onze logopedist is drie dagen per week op school en werkt met kinderen "
        "individueel of in kleine groepjes.",
        "Arrangement gedrag: één groep van ten hoogste tien kinderen met ernstige problemen in de regulatie van "
        "gedrag, met een vaste leerkracht en de gedragsspecialist, voor maximaal twee jaar.",
        "Terugplaatsingsarrangement: het kind gaat stap voor stap naar een basisschool in de eigen wijk, eerst één "
        "dag per week, en wordt daar een half jaar begeleid door onze ambulant begeleider.",
        "Observatieplaatsing: op verzoek van het samenwerkingsverband plaatsen wij een kind twaalf weken tijdelijk, "
        "om samen met ouders en de basisschool uit te zoeken welke plek het beste past.",
    ]),
    ("p", "Wat wij niet kunnen bieden: begeleiding waarbij een kind de hele dag één-op-één een volwassene nodig heeft; "
          "onderwijs aan kinderen die zichzelf of anderen structureel in gevaar brengen; een aanbod voor kinderen die "
          "zeer moeilijk leren; verpleegkundige handelingen; psychiatrische behandeling. Op de bovenverdieping is "
          "geen lift, zodat een kind in een rolstoel alleen in de vier lokalen beneden les kan krijgen."),
    ("p", "Als blijkt dat wij een kind niet kunnen bieden wat het nodig heeft, bespreken wij dat in de commissie van "
          "begeleiding en daarna met de ouders. Samen vragen wij via het samenwerkingsverband een TLV voor het "
          "speciaal onderwijs aan. Met de twee SO-scholen in Almere hebben wij afgesproken dat de intern begeleiders "
          "bij iedere overstap een overdrachtsgesprek voeren, zodat het kind niet thuis komt te zitten."),

    ("h1", "6. Samen met ouders en partners"),
    ("p", "Bij nieuwe leerlingen brengt de leerkracht in de eerste zes weken een huisbezoek. Twee keer per jaar "
          "bespreken wij het OPP met de ouders. Drie keer per jaar organiseren wij met de schoolmaatschappelijk "
          "werker een ouderavond over opvoeden, bijvoorbeeld over slapen, schermgebruik of boosheid. Ouders mogen "
          "na afspraak een ochtend meedraaien in de groep."),
    ("p", "Veel ouders brengen hun kind niet zelf naar school en zien de leerkracht dus weinig. Daarom stuurt iedere "
          "leerkracht elke vrijdag via Parro een bericht met foto's uit de groep. Kinderen in de groepen 1 tot en met "
          "4 en kinderen die met de taxi komen, hebben een heen-en-weerschrift. Alle brieven schrijven wij in "
          "eenvoudig Nederlands (taalniveau B1). Bij ongeveer twaalf gezinnen zetten wij bij gesprekken een tolk van "
          "de telefonische tolkendienst in."),
    ("p", "Wij werken samen met veel partners. Een praktijk voor kinderfysiotherapie behandelt op dinsdag en "
          "donderdag kinderen in onze behandelruimte. Met een jeugdhulpaanbieder hebben wij afspraken over "
          "behandeling van kinderen die ook op school hulp nodig hebben. De jeugdarts en de schoolmaatschappelijk "
          "werker zitten in de commissie van begeleiding, en de leerplichtambtenaar schuift aan bij langdurig "
          "verzuim. Met de scholen voor praktijkonderwijs en vmbo organiseren wij meeloopdagen voor groep 8 en een "
          "warme overdracht van iedere schoolverlater."),
    ("p", "Ook in de wijk zijn wij niet alleen. De buurtsportcoach van de gemeente geeft op woensdagmiddag een "
          "naschools sportaanbod in onze gymzaal, samen met de voetbalvereniging in Haven. De groepen 1 tot en met 4 "
          "bezoeken iedere maand de kinderboerderij op loopafstand, en de bibliotheek in het Havencentrum leent ons "
          "per kwartaal een collectie boeken voor zwakke lezers."),

    ("h1", "7. Hoe wij de kwaliteit bewaken"),
    ("p", "De inspectie heeft ons in november 2023 bezocht en alle onderzochte standaarden als voldoende beoordeeld. "
          "Van onze schoolverlaters stroomde de afgelopen drie jaar gemiddeld 81% uit op of boven het niveau dat in "
          "het OPP stond. Gemiddeld zes leerlingen per jaar keerden terug naar een basisschool."),
    ("p", "Wij werken met een vaste cyclus:"),
    ("bullets", [
        "In februari en juni analyseren de intern begeleider en de orthopedagoog per groep en per leerroute hoeveel "
        "leerlingen hun tussendoelen hebben gehaald. Het team bespreekt de analyse en spreekt verbeteringen af.",
        "De directeur en de intern begeleider bezoeken iedere groep twee keer per jaar, met een nagesprek.",
        "Een jaar na de overstap vragen wij de VO-scholen hoe het met onze oud-leerlingen gaat.",
        "Elk jaar schrijven wij een jaarplan en een jaarverslag; vier keer per jaar rapporteren wij aan het College "
        "van Bestuur.",
        "Om het jaar houden wij een tevredenheidspeiling onder ouders en leerlingen.",
    ]),

    ("h1", "8. Onze doelen voor 2025-2029"),
    ("nummers", [
        "Uiterlijk 1 oktober van ieder schooljaar heeft elke leerling een actueel OPP dat met de ouders is besproken, "
        "zo nodig met een tolk. Het handelingsdeel is door alle ouders ondertekend (100%).",
        "In juni 2027 haalt minimaal 80% van de leerlingen de tussendoelen voor technisch lezen en rekenen uit het "
        "OPP (juni 2024: 72%). In juni 2029 is dat minimaal 85%.",
        "Ieder jaar stroomt minimaal 80% van de schoolverlaters uit op of boven het niveau uit het OPP.",
        "Ieder jaar begeleiden wij minimaal vijf leerlingen met het terugplaatsingsarrangement naar een basisschool; "
        "een jaar later zit minimaal 80% van hen daar nog.",
        "Voor 1 juli 2027 is het aantal registraties van fysiek ingrijpen gehalveerd ten opzichte van het schooljaar "
        "2023-2024 (41 registraties). Het aandeel leerlingen dat zich veilig voelt, stijgt van 88% naar minimaal 92%.",
        "Vanaf januari 2026 krijgt ieder nieuw gezin voor de start een huisbezoek en heeft ieder nieuw kind twee "
        "wenochtenden. In de oudervragenlijst van het voorjaar 2027 zegt minimaal 85% van de nieuwe ouders dat zij "
        "zich welkom voelden.",
        "Voor 1 september 2026 is er een ouderversie van het OPP in eenvoudige taal, die vanaf dat moment in alle "
        "OPP-gesprekken wordt gebruikt.",
        "Voor 1 januari 2027 liggen de afspraken met de jeugdhulpaanbieder over behandeling onder schooltijd in ons "
        "gebouw schriftelijk vast.",
        "Voor 1 juli 2028 is het schoolondersteuningsprofiel herzien, samen met het samenwerkingsverband.",
    ]),

    ("h1", "9. Vaststelling"),
    ("p", "Dit schoolplan is geschreven door de directeur, de intern begeleider en de orthopedagoog, en in twee "
          "teamvergaderingen met het team besproken. De MR is betrokken geweest bij de totstandkoming en heeft "
          "positief geadviseerd."),
    ("p", "Directeur SBO De Brug: drs. H. Bakker"),
    ("p", "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep, datum: ____________"),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl_stijlen(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Arial"
    stijl.font.size = Pt(10)

    cp = doc.core_properties
    cp.author = "H. Bakker"
    cp.last_modified_by = "H. Bakker"
    cp.title = "Schoolplan SBO De Brug"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "SBO De Brug | Schoolplan 2025-2029 | pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    for soort, tekst in VOORBLAD:
        if soort == "titel":
            p = doc.add_paragraph(tekst, style="Title")
        elif soort == "sub":
            p = doc.add_paragraph()
            run = p.add_run(tekst)
            run.bold = True
            run.font.size = Pt(22)
        else:
            p = doc.add_paragraph(tekst)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "bullets":
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "nummers":
            for item in inhoud:
                doc.add_paragraph(item, style="List Number")

    doc.save(path)
    deterministisch(path, VASTE_DATUM)
