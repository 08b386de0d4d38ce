"""Schoolplan 2025-2029 van het Meridiaan Lyceum, een openbare school voor havo en vwo met tweetalig
onderwijs (tto) in Almere Buiten, ongeveer 1.010 leerlingen en 96 medewerkers (fictief).

Ontwerp: Word-kopstijlen; na een inleiding één hoofdstuk per kernwaarde en per venster van ASG
Koers 22. Elk hoofdstuk opent met 'Wat het bestuur vraagt': één bestuurszin letterlijk geciteerd,
cursief, met bronvermelding ASG. Daarna 'Wat wij doen' in de eigen woorden van de school (voor de
meeste doelen eigen inhoud) en 'Waar we naartoe willen' met wensen; een deel van die wensen herhaalt
alleen een bestuurszin met 'wij' (drie horizonten, beste van onszelf, dekkend netwerk, betrokken en
trots, erkenning, expertise benaderen). Per venster één doelentabel met de kolommen 'Meetbaar
resultaat' en 'Jaar'. Slot: instemming van de MR op 19 juni 2025.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

BRON = "ASG, Koers 22: Leren in verbinding"

HOOFDSTUKKEN = [
    {
        "titel": "2. Gezien worden",
        "citaat": "Iedereen bij ASG is waardevol en wordt gezien.",
        "doen": [
            "Wie ons gebouw aan de rand van de Stripheldenbuurt binnenloopt, wordt ontvangen door een "
            "bemande receptie die van 7.45 tot 17.00 uur open is. Onze conciërges en de receptioniste hebben "
            "de afspraak dat een bezoeker binnen twee minuten wordt begroet en naar de juiste persoon wordt "
            "gebracht, niet alleen gewezen. Op de open dagen in januari en op de Meet & Greet-avonden voor "
            "groep 8 ontvangen veertig Meridiaan Ambassadors uit havo 4 en vwo 5 de gasten, in het Nederlands "
            "of in het Engels, en leiden zij gezinnen rond. De ambassadors krijgen daarvoor in oktober een "
            "korte training van de sectie Engels en de afdeling communicatie.",
            "Nieuwe leerlingen leren ons al kennen voordat het schooljaar begint: in juni is er een "
            "kennismakingsmiddag met hun mentoren en klasgenoten, en in de eerste schoolweek gaan alle "
            "brugklassen drie dagen op introductie in en rond de Oostvaardersplassen. Nieuwe collega's krijgen "
            "een maatje uit hun sectie, een welkomstmap in twee talen en lunchen in hun eerste week met de "
            "rector. Gasten van onze uitwisselingsscholen in Duitsland, Spanje en Vietnam logeren bij "
            "gastgezinnen van onze leerlingen en volgen een week lang gewoon het rooster mee.",
            "Elke brugklas heeft twee mentoren. De mentor voert met iedere leerling minstens drie keer per jaar "
            "een één-op-één-gesprek van tien minuten, waarin het niet over cijfers gaat maar over hoe het met "
            "de leerling gaat, wat goed gaat en waar hij of zij tegenaan loopt. De mentor legt de kern van "
            "dat gesprek vast in Magister, zodat een volgende mentor daarop kan voortbouwen. In de tweede week "
            "van oktober kent elke docent van een brugklas alle leerlingen van die klas bij naam; dat toetsen "
            "we met een fotoronde in de teamvergadering.",
            "Zicht op wat leerlingen nodig hebben begint bij de overstap. Onze ondersteuningscoördinatoren "
            "bezoeken elk voorjaar de ongeveer dertig basisscholen waar onze nieuwe leerlingen vandaan komen "
            "voor een warme overdracht, en elke nieuwe leerling heeft in juni met ouders een intakegesprek. "
            "Drie keer per jaar is er per klas een leerlingbespreking, waarin mentor, docenten en "
            "ondersteuningscoördinator per leerling afspraken maken. Leerlingen die binnenkomen met een "
            "beperkte kennis van het Engels volgen in de eerste tien weken de English Bridge, twee extra uren "
            "per week in een kleine groep. Bij medewerkers vragen we in het startgesprek van de gesprekscyclus "
            "expliciet wat zij dit jaar nodig hebben om hun werk goed te doen, en de teamleider neemt dat mee "
            "in taakverdeling en rooster.",
        ],
        "willen": [
            "Iedereen die bij ons binnenkomt, moet zich welkom voelen, ook de ouder die geen Nederlands of "
            "Engels spreekt.",
            "We willen in de bovenbouw een coach voor elke leerling naast de mentor, zodat ook zestienjarigen "
            "een vast aanspreekpunt houden.",
            "We willen de warme overdracht ook digitaal vastleggen, zodat de informatie van de basisschool in "
            "september bij alle docenten ligt en niet alleen bij de mentor.",
        ],
    },
    {
        "titel": "3. Open",
        "citaat": "ASG gaat respectvol om met de mensen binnen en buiten de organisatie.",
        "doen": [
            "In 2023 schreef de leerlingenraad samen met een werkgroep van docenten de Meridiaan Code: vijf "
            "afspraken over hoe we met elkaar omgaan, in de klas, op de gang en online. De code hangt in elk "
            "lokaal en mentoren bespreken hem in de eerste week met hun klas. Na een conflict volgt bij ons geen "
            "standaardstraf maar een herstelgesprek: twaalf mentoren en beide teamleiders zijn daarvoor in "
            "2024 getraind in herstelgericht werken. Pesten melden leerlingen bij de anti-pestcoördinator of "
            "anoniem via een knop in de schoolapp; elke melding wordt binnen een week opgepakt en met de "
            "leerling en zo nodig de ouders teruggekoppeld.",
            "Veiligheid meten we elk jaar in februari met de vragenlijst sociale veiligheid voor alle "
            "leerlingen. In 2024 gaf 91 procent aan zich veilig te voelen op school, in 2022 was dat 87 "
            "procent. Incidenten worden geregistreerd in Magister en de veiligheidscoördinator bespreekt het "
            "overzicht elk kwartaal met de schoolleiding. Ons veiligheidsplan bevat het pestprotocol, het "
            "protocol sociale media, de meldcode huiselijk geweld en kindermishandeling en de ontruimingsplannen; "
            "het plan wordt elke twee jaar met de MR doorgelopen.",
            "Omdat een kwart van onze ouders thuis een andere taal dan het Nederlands spreekt, communiceren we "
            "in twee talen. Meridiaan Weekly verschijnt elke vrijdag in het Nederlands en het Engels, de website "
            "is tweetalig en bij oudergesprekken regelen we op verzoek een tolk. Cijfers, verzuim en huiswerk "
            "staan in Magister; een mail van een ouder wordt binnen twee werkdagen beantwoord, en ouders weten "
            "via één overzicht op de website wie ze waarvoor kunnen benaderen.",
            "Als openbare school zijn we er voor iedereen, ongeacht geloof, herkomst of achtergrond, en dat "
            "merk je in de praktijk. Er is een stilteruimte die leerlingen kunnen gebruiken om te bidden of tot "
            "rust te komen, tijdens de ramadan houden we bij sportdagen en toetsen rekening met vastende "
            "leerlingen, en in klas 3 behandelt het vak levensbeschouwing de grote wereldgodsdiensten en het "
            "humanisme naast elkaar, met een bezoek aan een moskee en een kerk in Almere. Geen enkele "
            "levensovertuiging krijgt bij ons voorrang. Leerlingen en docenten hebben samen een Gender & "
            "Sexuality Alliance opgericht die elke twee weken bijeenkomt, met twee docenten als begeleiders. "
            "Ons team telt collega's met zeven nationaliteiten; native speakers geven les in Engels, "
            "geschiedenis en aardrijkskunde.",
            "Burgerschap krijgt vorm in onze leerlijn Global Citizenship. In klas 1 doen leerlingen het "
            "project Me and my community in Almere Buiten, in klas 2 staat Europa centraal met een "
            "uitwisseling, in klas 3 nemen alle leerlingen deel aan een Model United Nations, en in klas 4 "
            "volgen zij de module Debating democracy met een bezoek aan de Tweede Kamer. Daarin komen de "
            "basiswaarden van de democratische rechtsstaat aan bod: vrijheid van meningsuiting, gelijkwaardigheid, "
            "begrip voor anderen, verdraagzaamheid en het afwijzen van discriminatie. De leerlingenraad is "
            "zelf een oefenplaats: hij wordt jaarlijks gekozen en heeft een eigen budget van 2.500 euro.",
        ],
        "willen": [
            "We willen dat ouders die de taal nog niet goed beheersen net zo makkelijk meepraten als andere "
            "ouders.",
            "We willen de Meridiaan Code in 2026 samen met de leerlingenraad herzien.",
        ],
    },
    {
        "titel": "4. Vooruitstrevend",
        "citaat": "We werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.",
        "doen": [
            "Tweetalig onderwijs is ons profiel en ons belangrijkste leerconcept. In de onderbouw wordt meer dan "
            "de helft van de lessen in het Engels gegeven volgens de principes van content and language "
            "integrated learning: docenten plannen bij elke les naast een vakdoel ook een taaldoel, en "
            "leerlingen werken met woordbanken en zinsstarters die per vak zijn ontwikkeld.",
            "Sinds 2022 werken we met het Flex-uur. Twee van de 32 lesuren per week kiezen leerlingen zelf via "
            "de keuzemodule van Zermelo: extra uitleg bij een vak waar ze achterlopen, verrijking zoals "
            "Spaans of filosofie, of werken aan hun Passion project in klas 3. Docenten zien in hun Flex-uur "
            "leerlingen uit verschillende klassen. Uit de evaluatie in 2024 bleek dat 78 procent van de "
            "leerlingen het Flex-uur nuttig vindt; we hebben toen het aanbod voor de bovenbouw uitgebreid.",
            "Elk jaar krijgen twee docenten 80 uur om als onderzoekende docent een vraag uit hun eigen praktijk "
            "te onderzoeken, begeleid door een lector van Hogeschool Windesheim in Almere. In 2023-2024 ging dat "
            "over het gebruik van het Engels in groepswerk, in 2024-2025 over feedback met behulp van AI op "
            "Engelse schrijfopdrachten. Een werkgroep AI schreef naar aanleiding daarvan in maart 2025 de "
            "richtlijn voor het gebruik van generatieve AI bij het profielwerkstuk. De onderzoekende docenten "
            "presenteren hun bevindingen op de studiemiddag in juni.",
        ],
        "willen": [
            "Wij willen ons onderwijs gericht inhoud geven langs de drie horizonten van de innovatiestrategie: "
            "continue veranderingen, fundamentele veranderingen en radicale veranderingen.",
            "We willen het Flex-uur in 2027 opnieuw evalueren, ook met ouders.",
        ],
    },
    {
        "titel": "5. Ambitieus",
        "citaat": "We hebben hoge verwachtingen van onze leerlingen en van elkaar.",
        "doen": [
            "Wij gaan ervan uit dat een leerling het niveau aankan waarop hij binnenkomt. Een leerling die "
            "niet aan de overgangsnorm voldoet, stroomt daarom niet automatisch af, maar krijgt eerst een "
            "herkansingsplan met de mentor, met concrete afspraken en een tweede beslismoment. Andersom kunnen "
            "havoleerlingen met een gemiddelde van 7,0 of hoger na klas 3 of na havo 5 via ons "
            "doorstroomtraject naar het vwo; in 2024 deden dat achttien leerlingen. Alle leerlingen in klas 3 "
            "doen het Cambridge-examen First, vwo-leerlingen daarna Advanced. In elke les staan de "
            "leerdoelen en succescriteria op het bord, zodat leerlingen weten wat van hen wordt verwacht.",
            "Van elkaar verwachten we dat we onze lessen open zetten: elke docent ontvangt per jaar minstens "
            "één collega in de les en bezoekt er zelf één, met een nagesprek aan de hand van onze eigen "
            "kijkwijzer. Spreken we elkaar aan, dan doen we dat volgens de feedbackafspraak uit 2024: binnen "
            "een dag, persoonlijk, en met een concreet voorbeeld.",
            "Docenten bepalen zelf waarin ze zich ontwikkelen. Iedere docent formuleert in september een eigen "
            "ontwikkeldoel en heeft daarvoor 40 uur in de taakverdeling. In 2024 gebruikten 62 van de 78 docenten "
            "die uren, voor zeer uiteenlopende dingen: een docent wiskunde leerde uit eigen beweging "
            "programmeren in Python en geeft nu de module programmeren in klas 1, een docent biologie volgde "
            "een zomercursus over klimaatonderwijs aan de universiteit van Utrecht.",
        ],
        "willen": [
            "Wij geven altijd het beste van onszelf.",
            "We willen dat het aandeel leerlingen dat op het niveau van het basisschooladvies of hoger zit in "
            "klas 3, verder stijgt.",
        ],
    },
    {
        "titel": "6. Venster 1: Goed en toegankelijk onderwijs",
        "citaat": "De kwaliteit van ons onderwijs is en blijft op orde: het aantal onvoldoende presterende "
                  "scholen en afdelingen van ASG is gereduceerd en er zijn geen zeer zwakke scholen meer.",
        "doen": [
            "Bij het vierjaarlijks onderzoek van de inspectie in 2023 kregen we een basisarrangement; alle vier "
            "indicatoren voor de onderwijsresultaten lagen boven de norm. De slagingspercentages waren in "
            "2022, 2023 en 2024 op de havo 89, 86 en 90 procent en op het vwo 92, 94 en 91 procent. De "
            "onderbouwsnelheid is 97 procent, het bovenbouwsucces op de havo 85 procent. De havo 4 is het "
            "leerjaar waar we het meeste verlies zien; daarop richten we ons de komende jaren.",
            "Onze kwaliteitszorg loopt in een vaste jaarcyclus. In september schrijft elke sectie een "
            "sectieplan op basis van de examenanalyse; in februari bespreken secties en teamleiders de "
            "tussenstand; in juni evalueert de schoolleiding het jaarplan met de MR. Iedere docent laat één "
            "keer per jaar een klas een leerlingenquête over zijn lessen invullen en bespreekt de uitkomst in "
            "de gesprekscyclus. De kwaliteitscoördinator maakt voor het College van Bestuur de "
            "kwartaalrapportage en laat elke twee jaar een interne audit uitvoeren op één afdeling.",
            "Elke sectie is een leerteam dat zes keer per jaar bijeenkomt rond een schoolbreed jaarthema. In "
            "2025-2026 is dat formatief handelen: secties voeren een lesson-study-cyclus uit, waarin ze samen "
            "een les ontwerpen, die bij elkaar observeren en bijstellen. Op de studiemiddag in juni laat elke "
            "sectie in tien minuten zien wat het heeft opgeleverd en wat het verandert.",
            "We volgen leerlingen in Magister met cijfers, verzuim en notities van de mentor, en in klas 1 en 3 "
            "met diagnostische toetsen voor Nederlands, Engels en rekenen. De uitslagen gebruiken docenten om "
            "in het Flex-uur gerichte ondersteuning aan te bieden.",
            "We maken lessen die aansluiten bij wat leerlingen bezighoudt. In de onderbouw werken docenten "
            "Engels met filmpjes, games en teksten die leerlingen zelf aandragen, en in het Passion project "
            "kiest elke derdeklasser een eigen onderwerp, van skateboardontwerp tot de geschiedenis van de "
            "eigen familie. Elk jaar beoordeelt een leerlingpanel twee lessenseries en doet voorstellen die de "
            "sectie verwerkt.",
            "Ons onderwijsprogramma volgt de kerndoelen en de examenprogramma's van havo en vwo. Tussen 2024 en "
            "2027 herzien we het onderbouwcurriculum. Daarin komt een doorlopende leerlijn digitale "
            "geletterdheid: programmeren in klas 1, mediawijsheid in klas 2 en werken met AI in klas 3. Vanaf "
            "2025 bieden we in klas 3 het vak Global Perspectives van Cambridge aan, en in de bovenbouw volgen "
            "tto-leerlingen het programma English A van het International Baccalaureate. We plannen de "
            "onderwijstijd ruim boven de wettelijke urennorm, met lessen van 50 minuten en het Flex-uur "
            "daarbinnen.",
            "Ons schoolondersteuningsprofiel (versie 2024) beschrijft wat we wel en niet kunnen bieden. Binnen "
            "de basisondersteuning bieden we faciliteiten bij dyslexie en dyscalculie, faalangstreductietraining, "
            "examentraining en het Steunpunt, waar twee ondersteuningscoördinatoren en een orthopedagoog "
            "dagelijks aanwezig zijn. Leerlingen met een autismespectrumstoornis kunnen we begeleiden als zij in "
            "een klas van dertig kunnen functioneren, met een vaste prikkelarme werkplek. Leerlingen met een "
            "taalontwikkelingsstoornis adviseren we zorgvuldig over tto, omdat de tweede instructietaal zwaar "
            "kan zijn. Intensieve medische verzorging en onderwijs in kleine groepen kunnen we niet bieden. We "
            "maken deel uit van het samenwerkingsverband passend onderwijs in Almere.",
        ],
        "willen": [
            "Wij willen deel uitmaken van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
            "zodat alle leerlingen een passende onderwijsplek hebben.",
            "We willen dat havo 4 geen struikelblok meer is.",
        ],
        "doelen": [
            ("Bovenbouwsucces havo verhogen", "Bovenbouwsucces havo van 85% naar minimaal 90%", "2028"),
            ("Examenresultaten vasthouden", "Slagingspercentage havo en vwo elk jaar minimaal 88%", "2026-2029"),
            ("Onderbouwcurriculum herzien", "Leerlijn digitale geletterdheid klas 1-3 volledig in het rooster", "2027"),
            ("Formatief handelen", "Alle 14 secties hebben ten minste één lesson-study-cyclus afgerond", "2026"),
            ("Leerlingenquête", "95% van de docenten bespreekt jaarlijks een leerlingenquête", "2026"),
            ("SOP actualiseren", "Nieuw schoolondersteuningsprofiel vastgesteld na advies MR", "2027"),
        ],
    },
    {
        "titel": "7. Venster 2: Personeel in positie",
        "citaat": "Medewerkers voelen zich betrokken bij en trots op ASG.",
        "doen": [
            "Wat een collega nodig heeft, hangt af van de fase waarin hij of zij zit. Startende docenten volgen "
            "een inductieprogramma van twee jaar met een coach, intervisie met andere starters en in het eerste "
            "jaar tien procent minder lessen. Collega's met jonge kinderen kunnen een roosterwens indienen; in "
            "2024 konden we 34 van de 41 wensen honoreren. Oudere collega's maken gebruik van de "
            "generatiepactregeling en krijgen minder surveillances en pleinwachten in de taakverdeling.",
            "Tto vraagt veel van docenten. Iedere docent die in het Engels lesgeeft, heeft of haalt het "
            "Cambridge-certificaat op C1-niveau en volgt de cursus CLIL-didactiek van de ASG Academie. In 2024 "
            "hadden 71 van de 78 docenten hun C1-certificaat. Teamleiders volgen de leergang leidinggeven van de "
            "ASG Academie. Welke scholing iemand volgt, staat in het digitale personeelsdossier.",
            "Naast de leerteams per sectie nemen onze tto-docenten deel aan de vakgroepen van het landelijke "
            "netwerk tto, waar ze lesmateriaal en toetsen uitwisselen met collega's van andere tto-scholen.",
            "Zeven collega's hebben nog geen volledige bevoegdheid: vier in de vakken Duits, natuurkunde en "
            "informatica en drie zij-instromers. Ieder van hen heeft een opleidingsplan, een vrije studiedag "
            "in het rooster, vier uur per week studietijd en begeleiding door onze schoolopleider. De "
            "schoolopleider bespreekt elk kwartaal de voortgang met de teamleider.",
            "Het ziekteverzuim was in 2024 6,1 procent. We willen dat omlaag brengen. De sectie lichamelijke "
            "opvoeding verzorgt op woensdagmiddag een bootcamp voor collega's, in toetsweken plannen we geen "
            "vergaderingen en bij verzuim spreekt de teamleider in de eerste week met de collega en schakelt "
            "hij bij langer verzuim vroeg de bedrijfsarts in.",
            "De gesprekscyclus is bij ons voor iedereen hetzelfde: in september een startgesprek met de "
            "teamleider over het ontwikkeldoel, in de loop van het jaar twee lesbezoeken (één door een collega, "
            "één door de teamleider), in mei een jaargesprek en elke drie jaar een beoordelingsgesprek. In 2024 "
            "had 93 procent van de medewerkers een jaargesprek. Ons personeelsbeleid volgt het strategisch "
            "HR-beleid van ASG; taakbeleid en werkverdelingsplan worden elk jaar met het personeel besproken "
            "en door de PMR vastgesteld.",
        ],
        "willen": [
            "Wij willen dat onze medewerkers zich betrokken voelen bij en trots zijn op ASG.",
            "Wij willen dat medewerkers erkenning ervaren van hun professionaliteit en expertise en zich "
            "gezien voelen.",
        ],
        "doelen": [
            ("C1-niveau Engels", "100% van de docenten in tto-lessen heeft een C1-certificaat", "2027"),
            ("Bevoegdheid", "Alle zeven onbevoegde collega's bevoegd of in het laatste opleidingsjaar", "2028"),
            ("Verzuim", "Ziekteverzuim van 6,1% naar onder 5%", "2027"),
            ("Gesprekscyclus", "Jaarlijks 100% jaargesprekken, vastgelegd in het personeelsdossier", "2026"),
            ("Inductie", "Uitval van starters binnen twee jaar onder 10%", "2029"),
        ],
    },
    {
        "titel": "8. Venster 3: De meerwaarde van ASG",
        "citaat": "We delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en "
                  "ASG-brede studiedagen.",
        "doen": [
            "Onze sectie Engels presenteerde in maart 2025 de opbrengst van twee jaar lesson study op de "
            "ASG-brede studiedag voor het voortgezet onderwijs, en de onderzoekende docenten delen hun "
            "bevindingen ook buiten de school via de ASG-nieuwsbrief onderwijs.",
            "De secties Engels en geschiedenis werken samen met dezelfde secties van een andere ASG-school "
            "voor havo en vwo in Almere Stad. Ze maken samen een deel van de schoolexamens voor havo 5 en "
            "corrigeren die in kruiscorrectie, waardoor de normering tussen de scholen gelijker wordt.",
        ],
        "willen": [
            "Wij willen dat onze medewerkers weten wie ze binnen ASG moeten benaderen voor welke expertise.",
        ],
        "doelen": [
            ("Kruiscorrectie", "Schoolexamens havo 5 Engels en geschiedenis in kruiscorrectie met partnerschool",
             "2026"),
            ("Delen", "Jaarlijks minstens één bijdrage van onze school aan een ASG-brede studiedag", "2025-2029"),
        ],
    },
    {
        "titel": "9. Venster 4: Partnerschap",
        "citaat": "Ouders zijn betrokken bij het leerproces van hun kind.",
        "doen": [
            "In klas 1 tot en met 3 voeren we twee keer per jaar driehoeksgesprekken van leerling, ouder en "
            "mentor. De leerling leidt het gesprek aan de hand van zijn portfolio en sluit af met afspraken "
            "waar ouders thuis op letten. Voor ouders die zelf weinig Engels spreken organiseren we elk najaar "
            "de avond English at home, over hoe je je kind toch goed kunt helpen. Een ouderpanel van twaalf "
            "ouders komt vier keer per jaar bij elkaar en gaf het afgelopen jaar advies over het huiswerkbeleid.",
            "Onze MR telt twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. Hij vergadert "
            "zeven keer per jaar. De rector brengt plannen al in de verkennende fase in, voordat er een "
            "voorstel ligt; zo heeft de MR in 2024 de evaluatie van het Flex-uur besproken en punten "
            "meegegeven voordat de schoolleiding een besluit nam. De leerlingenraad adviseert de "
            "leerlinggeleding van de MR.",
            "We werken met veel partners samen, elk met een duidelijke rol: Nuffic voor de certificering van "
            "ons tto, Cambridge International als examencentrum, Hogeschool Windesheim voor de onderzoekende "
            "docenten en de opleiding van zij-instromers, en het jongerenwerk in Almere Buiten. Met het "
            "jongerenwerk en de wijkagent hebben we in 2024 afspraken gemaakt over de overlast rond het "
            "station na schooltijd.",
            "In klas 3 lopen alle leerlingen een maatschappelijke stage van dertig uur in de buurt: bij een "
            "woonzorgcentrum, de voedselbank, sportverenigingen en basisscholen in Almere Buiten. Het project "
            "Me and my community in klas 1 sluit af met een presentatie voor bewoners in het buurthuis.",
            "We zijn lid van het landelijke netwerk tto en sinds 2019 gecertificeerd als senior tto-school. "
            "Onze tto-coördinator zit in de landelijke werkgroep bovenbouw en we verzorgden op de landelijke "
            "tto-conferentie van 2024 een workshop over het Flex-uur.",
        ],
        "willen": [
            "We willen meer ouders bereiken die nu niet naar ouderavonden komen.",
            "We willen de maatschappelijke stage in de bovenbouw voortzetten als vrijwillige plusstage.",
        ],
        "doelen": [
            ("Driehoeksgesprekken", "90% van de ouders in klas 1-3 neemt deel aan beide gesprekken", "2026"),
            ("Ouderpanel", "Ouderpanel met minstens drie ouders die thuis geen Nederlands spreken", "2026"),
            ("Maatschappelijke stage", "Twintig vaste stageplaatsen in Almere Buiten", "2027"),
            ("Tto-certificering", "Hercertificering als senior tto-school", "2028"),
        ],
    },
]


def _citaat(doc, tekst: str) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    r = p.add_run(f"“{tekst}”")
    r.italic = True
    p.add_run(f" ({BRON})")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    page_field(doc.sections[0].footer.paragraphs[0])

    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    doc.add_paragraph("Meridiaan Lyceum, havo en vwo met tweetalig onderwijs, Almere Buiten")
    doc.add_paragraph("Planperiode: 1 augustus 2025 tot en met 31 juli 2029. Versie 19 juni 2025.")

    doc.add_heading("1. Inleiding", level=1)
    for t in [
        "Het Meridiaan Lyceum is een openbare school voor havo en vwo in Almere Buiten en maakt deel uit "
        "van de Almeerse Scholen Groep (ASG). Sinds 2008 bieden we tweetalig onderwijs aan; inmiddels volgt "
        "ruim driekwart van onze leerlingen de tto-stroom. Op 1 oktober 2024 hadden we 1.012 leerlingen en "
        "werkten er 96 medewerkers, van wie 78 docenten.",
        "Dit schoolplan beschrijft hoe wij de komende vier jaar werken aan ons onderwijs. We volgen de "
        "opbouw van de koers van ons bestuur: per kernwaarde en per venster staat eerst wat het bestuur "
        "vraagt, dan wat wij al doen en daarna waar we naartoe willen. De doelen staan per venster in een "
        "tabel met het meetbare resultaat en het jaar waarin we dat willen bereiken. Het plan is in het "
        "voorjaar van 2025 geschreven door de schoolleiding met een schrijfgroep van zes docenten, na twee "
        "studiemiddagen met het hele team en gesprekken met de leerlingenraad en het ouderpanel.",
    ]:
        doc.add_paragraph(t)

    for h in HOOFDSTUKKEN:
        doc.add_heading(h["titel"], level=1)
        doc.add_heading("Wat het bestuur vraagt", level=2)
        _citaat(doc, h["citaat"])
        doc.add_heading("Wat wij doen", level=2)
        for t in h["doen"]:
            doc.add_paragraph(t)
        doc.add_heading("Waar we naartoe willen", level=2)
        for t in h["willen"]:
            doc.add_paragraph(t, style="List Bullet")
        if "doelen" in h:
            doc.add_heading("Doelen", level=2)
            tabel(doc, ["Doel", "Meetbaar resultaat", "Jaar"], h["doelen"], breedtes=[4.5, 9.0, 2.5])

    doc.add_heading("10. Vaststelling", level=1)
    doc.add_paragraph(
        "Dit schoolplan is vastgesteld door de rector van het Meridiaan Lyceum en aangeboden aan het College "
        "van Bestuur van ASG. Jaarlijks werken we het plan uit in een jaarplan, dat we in juni evalueren.")
    doc.add_paragraph("Met instemming van de MR (vergadering van 19 juni 2025).")
    doc.add_paragraph("Almere, 19 juni 2025")

    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 6, 19, 12, 0, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_41_meridiaan_lyceum_tto.docx")
