"""Schoolplan 2025-2029 van Vmbo Het Havenwerk (fictief), een algemeen-bijzondere school voor vmbo in
Almere Haven met de basisberoepsgerichte, de kaderberoepsgerichte en de gemengde leerweg, onder het
bestuur van ASG.

Ontwerp: zoals een directeur het in Word maakt. Echte kopstijlen: Kop 1 per venster van ASG Koers 22
(hoofdstuk 3 tot en met 6), Kop 2 per onderwerp. De kernwaarden hebben geen eigen hoofdstuk; ze zijn in
de vensterhoofdstukken verweven (gezien worden in het mentoraat, open in de communicatie met ouders,
vooruitstrevend bij het werkplaatsleren, ambitieus bij de opstroom). Elk vensterhoofdstuk eindigt met
doelen voor 2029, behalve venster 3. De meerjarenplanning is een tabel met een kolom per schooljaar
(2025-2026 tot en met 2028-2029); de rijen noemen thema's en geen venster. De MR heeft het concept
besproken maar nog niet ingestemd (het instemmingsbesluit volgt in september 2025).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

MOMENT = datetime.datetime(2025, 6, 20, 10, 0, 0)

TITELBLAD = [
    "Vmbo Het Havenwerk",
    "School voor basisberoepsgerichte, kaderberoepsgerichte en gemengde leerweg",
    "Algemeen-bijzondere school voor vmbo, onderdeel van de Almeerse Scholen Groep (ASG)",
    "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
    "BRIN 29HW · Werfstraat 8, Almere Haven · directeur: Marieke Schouten",
    "Conceptversie 1.0, 20 juni 2025",
]

# (soort, tekst): h1/h2 kop, p alinea, b opsommingsteken
INHOUD = [
    ("h1", "1 Inleiding"),
    ("p", "Voor u ligt het schoolplan van Vmbo Het Havenwerk voor de jaren 2025-2029. Het plan beschrijft "
          "waar wij over vier jaar willen staan, wat we daarvoor doen en wanneer. Het is het kader voor onze "
          "jaarplannen en voor het gesprek met ons bestuur, de Almeerse Scholen Groep (ASG), over de kwaliteit "
          "van ons onderwijs."),
    ("p", "De koers van ons bestuur is ons kompas. Daarom volgen de hoofdstukken 3 tot en met 6 de vier vensters "
          "van die koers: goed en toegankelijk onderwijs, personeel in positie, de meerwaarde van ASG en "
          "partnerschap. De kernwaarden van ASG hebben bewust geen eigen hoofdstuk gekregen. We laten ze "
          "liever zien op de plek waar ze in ons werk terugkomen: in het mentoraat, in de manier waarop we ouders "
          "informeren, in de werkplaats en in de eisen die we aan leerlingen stellen."),
    ("p", "De meeste vensterhoofdstukken eindigen met de doelen die wij voor 2029 stellen. In hoofdstuk 7 staan de "
          "doelen in de tijd uitgezet per schooljaar; daaruit maken de teams elk jaar hun jaarplan. Hoofdstuk 8 "
          "beschrijft hoe het plan tot stand kwam en hoe het wordt vastgesteld."),

    ("h1", "2 Onze school"),
    ("h2", "2.1 Profiel"),
    ("p", "Het Havenwerk is een vmbo-school in Almere Haven met 612 leerlingen (teldatum 1 oktober 2024). Wij "
          "bieden de basisberoepsgerichte leerweg (198 leerlingen), de kaderberoepsgerichte leerweg (247) en de "
          "gemengde leerweg (167). In de bovenbouw kiezen leerlingen uit vier profielen: Bouwen, wonen en "
          "interieur (BWI), Zorg en welzijn (Z&W), Economie en ondernemen (E&O) en Dienstverlening en producten "
          "(D&P). D&P bieden wij aan in de basis- en kaderberoepsgerichte leerweg, de andere drie profielen in "
          "alle drie de leerwegen."),
    ("p", "In leerjaar 1 en 2 werken we met dakpanklassen basis/kader en kader/gemengd. Een leerling kiest zo "
          "pas aan het eind van leerjaar 2 definitief een leerweg. Aan de school werken 71 medewerkers (52,4 fte): "
          "49 docenten, 6 onderwijsassistenten en instructeurs en 16 medewerkers in ondersteunende en "
          "leidinggevende functies. De schoolleiding bestaat uit de directeur, Marieke Schouten, en twee "
          "teamleiders: Youssef El Idrissi (leerjaar 1 en 2) en Petra van Dijk (leerjaar 3 en 4)."),
    ("h2", "2.2 Algemeen-bijzonder"),
    ("p", "Het Havenwerk is in 1983 opgericht door de Vereniging voor Vakonderwijs Almere, een vereniging van "
          "ouders en ambachtelijke ondernemers uit de eerste jaren van de stad. Zij wilden een school die "
          "jongeren opleidt tot vakmensen, los van kerk of levensbeschouwing. In 2014 heeft de vereniging het "
          "bestuur van de school overgedragen aan ASG. De school is algemeen-bijzonder gebleven: onze grondslag "
          "is niet levensbeschouwelijk, maar ligt in het vakmanschap. Wij zeggen het zo: leren met hoofd, hart "
          "en handen."),
    ("p", "De vereniging bestaat nog als Raad van Ambacht: negen ondernemers uit Almere en omgeving die de "
          "school gevraagd en ongevraagd adviseren over het beroepsgerichte programma (zie hoofdstuk 6). Wij "
          "kijken met een open blik naar de verscheidenheid van onze leerlingen en medewerkers; dat past bij "
          "onze geschiedenis als school van en voor de stad."),
    ("h2", "2.3 Onze leerlingen en de omgeving"),
    ("p", "Ongeveer 40 procent van onze leerlingen woont in Almere Haven, de rest komt uit Almere Stad, Almere "
          "Poort en Zeewolde. Veel leerlingen kiezen ons om de praktijkvakken en de kleine klassen in de "
          "basisberoepsgerichte leerweg (gemiddeld 15 leerlingen). 27 procent van onze leerlingen heeft een "
          "indicatie voor leerwegondersteuning (lwoo). Bij de instroomtoets van oktober 2024 las 37 procent van "
          "de eerstejaars onder niveau 1F; bij rekenen was dat 29 procent."),
    ("p", "Het leerlingenaantal is stabiel. Een risico is het tekort aan bevoegde docenten voor "
          "de praktijkvakken BWI en D&P: op 1 januari 2025 stonden daar vier van de elf docenten zonder "
          "bevoegdheid voor de klas."),
    ("h2", "2.4 Resultaten"),
    ("p", "De inspectie bezocht ons in het voorjaar van 2023 en beoordeelde alle drie de leerwegen als "
          "voldoende. De onderbouwsnelheid (97,1 procent) en het onderbouwrendement liggen boven de norm. "
          "Zorgpunt was het bovenbouwsucces in de kaderberoepsgerichte leerweg: in 2022 en 2023 lag dat onder de "
          "norm, doordat te veel leerlingen in leerjaar 3 bleven zitten of afstroomden. In 2024 is het "
          "teruggekomen tot net boven de norm (83,4 procent). De slagingspercentages in 2024 waren 97 procent "
          "(basis), 91 procent (kader) en 93 procent (gemengd)."),

    ("h1", "3 Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "Goed onderwijs is bij ons onderwijs dat leerlingen met een diploma en een beroepsbeeld naar het mbo "
          "laat gaan. Toegankelijk betekent dat leerlingen met een leerachterstand of een ondersteuningsvraag "
          "bij ons terechtkunnen en hun diploma halen."),
    ("h2", "3.1 Ons onderwijsprogramma"),
    ("p", "Het programma volgt de examenprogramma's van de drie leerwegen en de kerndoelen voor de onderbouw. "
          "Per leerjaar plannen wij ruim 1.000 uur onderwijstijd, zodat we over vier jaar ruim boven de wettelijke "
          "3.700 uur uitkomen. In leerjaar 1 en 2 krijgen alle leerlingen zes uur per week het brede praktijkvak "
          "Techniek en zorg, waarin zij kennismaken met alle vier de profielen. In leerjaar 3 en 4 volgen zij "
          "hun profielvak en vier keuzevakken; in de gemengde leerweg volgen leerlingen naast het profielvak de "
          "algemene vakken op het niveau van de theoretische leerweg."),
    ("p", "Al onze docenten geven les volgens hetzelfde lesmodel, de Havenwerkles: een korte start met "
          "herhaling, uitleg met voordoen, begeleide inoefening waarbij de docent controleert of iedereen het "
          "begrijpt, zelfstandige verwerking en een afsluiting met het lesdoel. Dit model is gebaseerd op "
          "expliciete directe instructie en geldt sinds 2023 in alle vakken, ook in de praktijklokalen."),
    ("p", "Lezen is de komende vier jaar ons belangrijkste speerpunt. Elke dag begint met vijftien minuten vrij "
          "lezen in het eerste lesuur. De klassenbibliotheken hebben wij in 2024 samen met leerlingen opnieuw "
          "samengesteld: naast jeugdromans staan er nu strips, graphic novels, waargebeurde verhalen, boeken over "
          "voetbal, auto's en muziek en vaktijdschriften uit de profielen. In de taalles werken we ook met "
          "teksten die leerlingen zelf kennen, zoals songteksten, nieuws uit de wijk en instructies uit de "
          "werkplaats. Leerlingen die onder 1F lezen krijgen in leerjaar 1 twee extra uur leesles in een groep "
          "van maximaal acht."),
    ("p", "Een vast onderdeel in alle profielen is de Echte opdracht: twee keer per jaar werken leerlingen aan "
          "een opdracht van een opdrachtgever uit Almere. Zo bouwden leerlingen BWI in 2024 twaalf zitbanken "
          "voor de Havenkom. Een "
          "leerlingenpanel per leerjaar beoordeelt elk jaar welke opdrachten het meest echt voelden; de secties "
          "passen de opdrachten daarop aan."),
    ("p", "Het programma moet meegaan met de beroepen waarin onze leerlingen straks werken. Sinds 2024 hebben "
          "leerjaar 1 en 2 een leerlijn digitale geletterdheid van één uur per week (veilig online, werken met "
          "gegevens, eenvoudige apparaten programmeren). In BWI werken we duurzaam bouwen uit: isoleren, "
          "zonnepanelen en warmtepompen zijn in 2027 onderdeel van het profielvak. De gemengde leerweg bereidt "
          "zich voor op de samenvoeging met de theoretische leerweg: vanaf 2026-2027 werken GL-leerlingen aan een "
          "praktijkgericht programma dat wij samen met het mbo ontwikkelen."),
    ("p", "Daar zit voor ons ook het vooruitstrevende van Het Havenwerk. Vanaf 2026-2027 werken de leerlingen "
          "van leerjaar 4 basis BWI twee dagen per week in een leerwerkplaats op een bouwlocatie in Haven, samen "
          "met twee bouwbedrijven uit de Raad van Ambacht. Zij leren daar onder begeleiding van een docent en "
          "een leermeester van het bedrijf, en de examenopdrachten worden zoveel mogelijk op de bouwplaats "
          "uitgevoerd. Na twee jaar beslissen we of we het werkplaatsleren uitbreiden naar D&P."),
    ("h2", "3.2 Burgerschap"),
    ("p", "Burgerschap is bij ons geen los vak, maar heeft wel een vaste plek en een coördinator, Joyce Mulder, "
          "docent maatschappijleer. In leerjaar 3 krijgen alle leerlingen twee uur maatschappijleer per week, met "
          "aandacht voor de democratische rechtsstaat, de rechtspraak en de basiswaarden vrijheid, "
          "gelijkwaardigheid en solidariteit. In leerjaar 3 gaan alle klassen een dag naar ProDemos in Den Haag."),
    ("p", "Oefenen met democratie doen leerlingen in de school. Elk jaar in oktober kiezen de leerlingen een "
          "leerlingenraad van twaalf leden, na een campagneweek met posters en een debat in de aula. Bij "
          "landelijke en gemeentelijke verkiezingen doen alle klassen mee aan de scholierenverkiezingen. In "
          "leerjaar 2 volgt iedere klas in het mentoruur de module Geld en jij over sparen, schulden en "
          "abonnementen, omdat veel van onze leerlingen op hun vijftiende al een bijbaan hebben. In leerjaar 3 "
          "doet elke leerling twintig uur vrijwilligerswerk bij een club, buurthuis of zorginstelling in de "
          "eigen wijk. De coördinator evalueert het programma jaarlijks met een korte vragenlijst onder de "
          "leerlingen van leerjaar 4."),
    ("h2", "3.3 Veiligheid en schoolklimaat"),
    ("p", "Leerlingen moeten zich veilig voelen om te kunnen leren. In de veiligheidsmonitor van februari 2024 "
          "gaf 89 procent van de leerlingen aan zich veilig te voelen op school; bij de leerlingen van leerjaar 1 "
          "was dat 84 procent. Wij willen in 2029 op minimaal 92 procent staan, in elk leerjaar."),
    ("p", "Ons schoolveiligheidsplan is in 2024 herzien. Het bevat het pestprotocol, de meldcode huiselijk "
          "geweld en kindermishandeling, het protocol bij incidenten en de afspraken met de wijkagent. De "
          "anti-pestcoördinator is Sanne de Vries; leerlingen en ouders kunnen haar rechtstreeks mailen of "
          "aanspreken. Elk incident wordt binnen een dag in Magister geregistreerd; de teamleiders bespreken het "
          "overzicht elke maand. Twaalf medewerkers zijn "
          "bedrijfshulpverlener. Sinds augustus 2024 stoppen leerlingen hun telefoon bij binnenkomst in het "
          "lokaal in de telefoontas aan de deur."),
    ("h2", "3.4 Mentoraat: iedere leerling gezien"),
    ("p", "De kernwaarde gezien worden krijgt bij ons vooral vorm in het mentoraat. Iedere klas heeft één "
          "mentor, die de klas in de onderbouw twee jaar houdt. Binnen drie weken na de start van het schooljaar "
          "voert de mentor met iedere leerling en zijn ouders een startgesprek: wat kan de leerling goed, wat "
          "vindt hij moeilijk, wat heeft hij nodig? Daarna spreekt de mentor iedere leerling minstens eens per "
          "vier weken kort alleen, in het wekelijkse mentoruur. Iedere docent kent voor de herfstvakantie de "
          "namen van alle leerlingen aan wie hij lesgeeft; de teamleiders letten daarop bij hun lesbezoeken."),
    ("p", "Ook wie de school voor het eerst binnenloopt, moet zich welkom voelen. Bezoekers worden bij de "
          "hoofdingang ontvangen aan de receptie, die onder begeleiding van de conciërge wordt bemand door "
          "leerlingen E&O als onderdeel van hun praktijkopdracht Front office. Zij vragen waarvoor iemand komt, "
          "melden de bezoeker aan en lopen mee naar het juiste lokaal. Nieuwe ouders krijgen op de open dag en "
          "bij de kennismaking in juni een rondleiding door leerlingen van leerjaar 2. Nieuwe collega's krijgen "
          "een maatje uit hun sectie en een inwerkweek, met in de eerste week een gesprek met de directeur."),
    ("h2", "3.5 Ondersteuning"),
    ("p", "Ons schoolondersteuningsprofiel beschrijft wat wij leerlingen bieden. Tot de basisondersteuning "
          "horen: begeleiding van leerlingen met dyslexie en dyscalculie (extra tijd, voorleessoftware, "
          "rekenkaart), een training faalangstreductie in leerjaar 1 en 3, huiswerkbegeleiding op vier middagen "
          "per week en de leerwegondersteuning in kleine klassen voor leerlingen met een lwoo-indicatie."),
    ("p", "Voor extra ondersteuning hebben wij De Kade, een trajectvoorziening in de school met twee vaste "
          "begeleiders. Leerlingen die tijdelijk niet in de klas kunnen functioneren, werken daar maximaal tien "
          "weken een deel van de week, met een plan dat de ondersteuningscoördinator met leerling en ouders "
          "opstelt. Het zorg- en adviesteam komt zes keer per jaar bijeen met de leerplichtambtenaar, de "
          "jeugdarts van de GGD, de schoolmaatschappelijk werker en het wijkteam Haven."),
    ("p", "Wij zijn ook duidelijk over onze grenzen. Structurele één-op-éénbegeleiding gedurende de hele "
          "schooldag kunnen wij niet bieden, evenmin als een volledig prikkelarme omgeving. Voor die leerlingen "
          "zoeken wij samen met het samenwerkingsverband passend onderwijs VO Almere een passende plek, "
          "bijvoorbeeld in het orthopedagogisch-didactisch centrum of het voortgezet speciaal onderwijs. Wij "
          "nemen deel aan het thuisnabij-overleg van het samenwerkingsverband, waar de scholen samen zorgen dat "
          "geen leerling zonder plek thuiszit. Ons doel is dat een leerling die bij ons niet op zijn plek is, "
          "binnen zes weken elders begint."),
    ("h2", "3.6 Zicht op wat leerlingen nodig hebben"),
    ("p", "In mei en juni voeren de mentoren van leerjaar 1 een warme overdracht met de leerkrachten van groep "
          "8 van de basisscholen waar onze nieuwe leerlingen vandaan komen. In oktober maken alle eerstejaars de "
          "instroomtoetsen lezen en rekenen. Met de uitkomsten stelt de mentor voor elke klas een groepsoverzicht "
          "op in Magister; daarin staat per leerling wat hij nodig heeft bij de instructie en in de begeleiding. "
          "Drie keer per jaar is er per klas een leerlingbespreking met alle docenten van die klas."),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en maken die waar door leerlingen te laten "
          "opstromen waar het kan. Na elk semester voert de mentor met iedere leerling in de dakpanklassen een "
          "opstroomgesprek. In 2024 stroomde 11 procent van de basisleerlingen van leerjaar 2 op naar de "
          "kaderberoepsgerichte leerweg; wij willen dat verhogen naar 15 procent. Leerlingen mogen examen doen in "
          "een vak op een hoger niveau: kaderleerlingen in Nederlands of Engels op gemengd niveau, GL-leerlingen "
          "in één vak op het niveau van de theoretische leerweg. In 2024-2025 deden 38 leerlingen dat."),
    ("h2", "3.7 Kwaliteitszorg"),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. In september maakt elk team zijn jaarplan op basis "
          "van dit schoolplan. In oktober, januari, april en juli rapporteert de directeur over de voortgang in "
          "de kwartaalrapportage aan het bestuur. In juli volgt het jaarverslag, dat de basis is voor het "
          "volgende jaarplan. Elke docent krijgt per jaar drie lesbezoeken van de teamleider of een collega, met "
          "de kijkwijzer van de Havenwerkles. Elk vak houdt jaarlijks een leerlingenquête in minstens één klas. "
          "Ouders, leerlingen en medewerkers vullen om het jaar een tevredenheidspeiling in. In september "
          "analyseert elke sectie de examenresultaten en past zij het PTA aan. ASG voert in 2027 een interne "
          "audit uit; wij bereiden die voor met een zelfevaluatie in het voorjaar van 2027."),
    ("p", "Verbeteren doen we samen. Elke sectie werkt als leerteam en doorloopt per periode een cyclus van "
          "lesson study: de sectie kiest een lesdoel, ontwerpt samen een les, één docent geeft die les terwijl "
          "collega's de leerlingen observeren, en de sectie past de les aan. De leerteams komen elke zes weken "
          "op woensdagmiddag bijeen. De opbrengsten presenteren de secties op de teamleerdag in juni."),
    ("p", "Ons belangrijkste kwaliteitspunt blijft het bovenbouwsucces in de kaderberoepsgerichte leerweg. "
          "Leerlingen in leerjaar 3 kader met twee of meer onvoldoendes na periode 1 krijgen een steunprogramma "
          "van zes weken met een vaste docent als coach."),
    ("h2", "3.8 Waar staan we in 2029?"),
    ("b", "Het bovenbouwsucces in de kaderberoepsgerichte leerweg ligt in elk jaar van de planperiode boven de "
          "inspectienorm; alle drie de leerwegen blijven voldoende."),
    ("b", "In oktober 2028 leest hoogstens 25 procent van de eerstejaars bij de instroomtoets onder 1F (2024: "
          "37 procent); aan het eind van leerjaar 2 leest 85 procent van de leerlingen op of boven 1F."),
    ("b", "15 procent van de basisleerlingen in leerjaar 2 stroomt op naar kader (2024: 11 procent)."),
    ("b", "Minimaal 92 procent van de leerlingen voelt zich veilig, in elk leerjaar (2024: 89 procent)."),
    ("b", "De leerwerkplaats BWI draait vanaf 2026-2027; in juni 2028 is besloten over uitbreiding naar D&P."),
    ("b", "Een leerling die bij ons niet op zijn plek is, begint binnen zes weken op een andere school."),

    ("h1", "4 Venster 2: Personeel in positie"),
    ("p", "Ons onderwijs is zo goed als de mensen die het geven. Bij Het Havenwerk geven we altijd het beste "
          "van onszelf; dat hangt als motto in de personeelskamer. Dit hoofdstuk beschrijft hoe we zorgen dat de "
          "juiste mensen op de juiste plek staan en bekwaam blijven. Onze grootste opgave is de bevoegdheid in "
          "de praktijkvakken; daarnaast bereikt in de planperiode 31 procent van ons personeel de "
          "pensioenleeftijd."),
    ("h2", "4.1 Bevoegd voor de klas"),
    ("p", "Op 1 januari 2025 waren zeven docenten niet bevoegd voor het vak dat zij geven, van wie vier in de "
          "praktijkvakken BWI en D&P. Wij hebben met ieder van hen een opleidingsplan gemaakt. Zij volgen de "
          "tweedegraads lerarenopleiding of een zij-instroomtraject, krijgen vier uur per week studieverlof, de "
          "school betaalt het collegegeld en de schoolopleider, Henk Brouwer, begeleidt hen één uur per week. "
          "Twee keer per jaar bespreekt de teamleider de voortgang. Ons doel is dat op 1 augustus 2028 iedere "
          "docent bevoegd is of in een traject zit dat binnen een jaar wordt afgerond. Nieuwe zij-instromers "
          "beginnen pas na een bekwaamheidsonderzoek en met een vaste coach."),
    ("h2", "4.2 Professionaliseren"),
    ("p", "Professionalisering is bij ons gekoppeld aan de speerpunten van dit plan. In 2025-2026 volgt het "
          "hele team de training Lezen in alle vakken; in 2026-2027 de verdieping van de Havenwerkles, met de "
          "nadruk op het controleren van begrip. Daarnaast volgt iedere docent in de planperiode minimaal één "
          "programma van de ASG Academie; in 2024-2025 deden 19 collega's dat. In de leerteams (zie 3.7) komt de scholing in de lessen "
          "terecht."),
    ("p", "Onze sectieleiders en de ondersteuningscoördinator nemen deel aan de netwerken die ASG voor hun "
          "functie heeft; de ondersteuningscoördinator brengt de uitkomsten van haar netwerk terug in het zorg- "
          "en adviesteam."),
    ("h2", "4.3 Gesprekscyclus en personeelsdossier"),
    ("p", "Iedere medewerker heeft elk jaar een startgesprek in september, waarin teamleider en medewerker twee "
          "ontwikkeldoelen vastleggen die passen bij het jaarplan van het team, een of meer lesbezoeken en een "
          "ontwikkelgesprek in februari. Eens in de drie jaar is er een beoordelingsgesprek. De verslagen staan "
          "binnen twee weken in het digitale personeelsdossier in Youforce en de medewerker tekent voor gezien. "
          "In 2024-2025 is 88 procent van de gesprekken gevoerd; wij willen elk jaar 100 procent."),
    ("h2", "4.4 Werken in elke levensfase"),
    ("p", "Wij houden rekening met de fase waarin collega's zitten. Startende docenten geven in hun eerste jaar "
          "twee lesuren minder en hebben een coach. Collega's met jonge kinderen kunnen een roosterwens opgeven; in 2024-2025 konden wij 41 van de 46 wensen honoreren. Oudere collega's "
          "maken in het ontwikkelgesprek afspraken over taken die bij hen passen. De werkdrukmiddelen zetten wij "
          "in voor twee onderwijsassistenten in de praktijklokalen, zodat docenten niet alleen met zestien "
          "leerlingen aan de machines staan, en op vrijdagmiddag plannen wij geen vergaderingen."),
    ("h2", "4.5 Talenten inzetten"),
    ("p", "In het startgesprek vullen medewerkers de talentenkaart in: wat kun je, wat doe je graag, wat zou je "
          "voor anderen willen doen? Op basis daarvan verdelen wij de rollen van leescoördinator, digicoach en "
          "examencoach. Talent delen wij ook met andere scholen: onze examensecretaris, Ria Kok, leidt sinds 2024 "
          "namens ASG de inwerkbijeenkomsten voor nieuwe examensecretarissen van alle ASG-scholen voor voortgezet "
          "onderwijs, en onze digicoach geeft op verzoek workshops over de leerlijn digitale geletterdheid op "
          "andere ASG-scholen."),
    ("h2", "4.6 Waar staan we in 2029?"),
    ("b", "Op 1 augustus 2028 is iedere docent bevoegd of rondt hij een lopend traject binnen een jaar af "
          "(1 januari 2025: zeven onbevoegde docenten)."),
    ("b", "Ieder jaar is 100 procent van de gesprekken uit de gesprekscyclus gevoerd en vastgelegd "
          "(2024-2025: 88 procent)."),
    ("b", "Iedere docent heeft in de planperiode minimaal één programma van de ASG Academie gevolgd."),
    ("b", "In de medewerkerspeiling van 2028 is de waardering voor rooster en werkdruk minimaal 7,0 (2024: 6,2)."),

    ("h1", "5 Venster 3: De meerwaarde van ASG"),
    ("p", "Door de schaalgrootte van ASG beschikken wij over interne expertise op veel beleidsgebieden. Wat de "
          "meerwaarde van ASG voor ons concreet betekent, zien wij vooral in de samenwerking met de andere "
          "vmbo-scholen en in de doorlopende leerroutes van de basisschool tot de havo."),
    ("h2", "5.1 Samen met de andere vmbo-scholen"),
    ("p", "Het Havenwerk werkt samen met de twee andere ASG-scholen met vmbo-afdelingen. De schoolleiders en de "
          "teamleiders bovenbouw van de drie scholen komen vier keer per jaar bijeen aan de vmbo-tafel, waar zij "
          "de examenresultaten, de stageplaatsen en de voorbereiding op de nieuwe leerweg bespreken. De "
          "praktijkdocenten BWI en Z&W van de drie scholen vormen sinds 2024 een praktijkkring: zij ontwikkelen "
          "samen oefenopdrachten voor het centraal schriftelijk en praktisch examen en trainen elkaar als "
          "examinator. In 2026-2027 houden zij de eerste gezamenlijke examinatorentraining voor alle nieuwe "
          "praktijkdocenten van de drie scholen."),
    ("h2", "5.2 Doorlopende leerroutes"),
    ("p", "Met de zes ASG-basisscholen in Haven organiseren wij elk jaar zes doe-middagen voor groep 8 in onze "
          "praktijklokalen. GL-leerlingen die willen doorstromen naar de havo kunnen in leerjaar 4 het "
          "doorstroomprogramma volgen dat wij met de havo-afdeling van een ASG-school in Almere Stad hebben "
          "opgezet: extra lessen wiskunde en Engels en twee meeloopdagen in havo 4. In 2024 stroomden zo negen "
          "leerlingen door. Voor leerlingen uit de basisberoepsgerichte leerweg voor wie het diploma niet "
          "haalbaar blijkt, zoeken wij in overleg met ouders een plek in het praktijkonderwijs van ASG, zodat "
          "zij binnen de eigen organisatie hun schoolloopbaan kunnen vervolgen."),

    ("h1", "6 Venster 4: Partnerschap"),
    ("h2", "6.1 Ouders als partner"),
    ("p", "Ouders kennen hun kind het best, en leerlingen doen het beter als ouders meekijken. Drie keer per "
          "jaar, in oktober, februari en juni, voert de mentor een driehoeksgesprek met leerling en ouders. De "
          "leerling bereidt het gesprek voor. In 2024-2025 was 81 procent van de ouders bij alle drie de gesprekken; wij willen naar 90 "
          "procent. Ouders die niet komen, belt de mentor binnen een week. In leerjaar 2 organiseren wij een "
          "LOB-avond voor ouders en leerlingen over de profielkeuze, en elk voorjaar een beroepenmiddag waarop "
          "ouders als gastdocent over hun werk vertellen."),
    ("h2", "6.2 Open en duidelijk communiceren"),
    ("p", "Open zijn betekent voor ons vooral dat ouders en leerlingen weten wat er gebeurt en waar ze aan toe "
          "zijn. Cijfers, absenties en huiswerk staan in Magister zodra ze bekend zijn. Eens in de drie weken "
          "ontvangen ouders de Havenbrief per mail, geschreven op taalniveau B1. De jaarkalender met alle "
          "toetsweken, gesprekken en vrije dagen staat in juli op de website. Mentoren beantwoorden een bericht "
          "van ouders binnen twee werkdagen. Beslissingen over bevordering, afstroom of verwijzing "
          "leggen wij schriftelijk uit, en ouders kunnen binnen vijf werkdagen een gesprek daarover aanvragen."),
    ("h2", "6.3 Medezeggenschap"),
    ("p", "De medezeggenschapsraad heeft acht leden: vier medewerkers, twee ouders en twee leerlingen. Hij "
          "vergadert zes keer per jaar. Voorgenomen beleid leggen wij eerst als schets aan de MR voor, zodat de "
          "raad kan meedenken voordat er een formeel voorstel ligt; zo zijn in 2024-2025 het telefoonbeleid en "
          "het nieuwe lesrooster besproken. De leerlingenraad adviseert de directeur gevraagd en ongevraagd en "
          "heeft vaste agendapunten: het rooster, de kantine en de toetsweken."),
    ("h2", "6.4 Bedrijven, mbo en de wijk"),
    ("p", "De Raad van Ambacht komt drie keer per jaar bijeen en adviseert over de inhoud van het "
          "beroepsgerichte programma. De leden bieden stageplaatsen, leveren opdrachten voor de Echte opdracht "
          "en nemen als deskundige van buiten deel aan de praktijkexamens. Leerlingen in leerjaar 3 lopen vier "
          "weken stage, leerlingen in leerjaar 4 basis één dag per week. Met ROC van Flevoland maken wij elk "
          "jaar afspraken over de overstap: onze leerlingen volgen twee meeloopdagen op het mbo en de decaan "
          "draagt iedere leerling warm over."),
    ("p", "In de wijk werken wij samen met het wijkteam Haven, het jongerenwerk en de wijkagent. Het "
          "jongerenwerk houdt op dinsdag en donderdag in de middagpauze inloop in de aula. De wijkagent is eens per week op school en "
          "bespreekt signalen met de teamleiders."),
    ("p", "Het tekort aan techniekdocenten en technici lossen wij niet alleen op. In het programma Sterk "
          "Techniekonderwijs regio Almere werken wij samen met de vmbo-scholen van drie schoolbesturen, ROC van "
          "Flevoland, de gemeente Almere en het bedrijfsleven. Uit dat programma betalen wij onder meer de "
          "leerwerkplaats BWI en de opleiding van twee instructeurs tot docent. Daarnaast zijn wij opleidingsschool "
          "in het partnerschap van de Almeerse VO-besturen met Hogeschool Windesheim: elk jaar lopen bij ons zes "
          "studenten van de lerarenopleiding stage, en in 2024 bleven er twee als docent."),
    ("h2", "6.5 Waar staan we in 2029?"),
    ("b", "90 procent van de ouders is bij alle drie de driehoeksgesprekken (2024-2025: 81 procent)."),
    ("b", "In 2027 levert de Raad van Ambacht 30 stageplaatsen voor leerjaar 3 (2025: 22)."),
    ("b", "Elk jaar lopen zes studenten van de lerarenopleiding stage bij ons en blijft minimaal één van hen als "
          "docent."),

    ("h1", "7 Meerjarenplanning"),
    ("p", "In de tabel staan de doelen uit de vorige hoofdstukken verdeeld over de vier schooljaren. Elk jaar "
          "maken de teams hieruit hun jaarplan; in de kwartaalrapportage volgt de directeur de voortgang."),
    ("tabel", None),

    ("h1", "8 Totstandkoming en vaststelling"),
    ("p", "Dit plan is geschreven door de schoolleiding op basis van de studiedagen met het team (6 maart en 16 april 2025), het gesprek met de leerlingenraad (14 mei) en een ouderpanel van elf ouders (21 mei). De concepttekst is op 3 juni 2025 aan het hele team "
          "voorgelegd; de opmerkingen zijn in deze versie verwerkt."),
    ("p", "De medezeggenschapsraad heeft het concept besproken in de vergadering van 10 juni 2025 en heeft "
          "meegedacht over de meerjarenplanning; op verzoek van de oudergeleding is de belronde bij afwezigheid "
          "bij de driehoeksgesprekken toegevoegd. Het instemmingsbesluit van de MR staat geagendeerd voor de "
          "eerste vergadering van het schooljaar 2025-2026, op 16 september 2025. Daarna legt de directeur het "
          "plan ter vaststelling voor aan het College van Bestuur van ASG."),
    ("p", "Almere, 20 juni 2025"),
    ("p", "Marieke Schouten, directeur Vmbo Het Havenwerk"),
]

KOP = ["Thema", "2025-2026", "2026-2027", "2027-2028", "2028-2029"]
RIJEN = [
    ["Lezen", "Training Lezen in alle vakken; dagelijks vrij lezen; extra leesles leerjaar 1",
     "Leesstrategieën in de zaakvakken en het praktijklokaal", "Evaluatie instroomtoets oktober 2027; bijstellen",
     "Hoogstens 25% eerstejaars onder 1F; 85% eind leerjaar 2 op 1F"],
    ["Havenwerkles en lesbezoek", "Drie lesbezoeken per docent met de kijkwijzer",
     "Verdieping: controleren van begrip", "Lesson study in alle secties",
     "Evaluatie van het lesmodel met het leerlingenpanel"],
    ["Praktijk en werkplaatsleren", "Voorbereiding leerwerkplaats met twee bouwbedrijven",
     "Start leerwerkplaats BWI, basis leerjaar 4", "Duurzaam bouwen in het profielvak BWI; besluit over D&P (juni 2028)",
     "Zo besloten: start leerwerkplaats D&P"],
    ["Gemengde leerweg", "Ontwerp praktijkgericht programma met het mbo", "Start praktijkgericht programma",
     "Eerste evaluatie met leerlingen en mbo", "Bijstelling na het eerste examencohort"],
    ["Opstroom en bovenbouwsucces", "Opstroomgesprekken na elk semester; steunprogramma leerjaar 3 kader",
     "Opstroom 13%", "Opstroom 14%", "Opstroom 15%; bovenbouwsucces kader boven de norm"],
    ["Ondersteuning", "Schoolondersteuningsprofiel geactualiseerd (maart 2026)", "Evaluatie trajecten De Kade",
     "Faalangsttraining ook in leerjaar 2", "Evaluatie met het samenwerkingsverband"],
    ["Veiligheid", "Veiligheidsmonitor februari 2026", "Monitor; actieplan leerjaar 1", "Monitor",
     "Minimaal 92% voelt zich veilig, in elk leerjaar"],
    ["Bevoegdheid", "Opleidingsplannen voor zeven docenten", "Twee docenten bevoegd",
     "Vijf bevoegd; 1 augustus 2028 iedereen bevoegd of in afrondend traject",
     "Nieuwe zij-instromers alleen met coach"],
    ["Gesprekscyclus", "100% gesprekken vastgelegd in Youforce", "100%", "100%", "100%"],
    ["Samenwerking vmbo-scholen", "Praktijkkring BWI en Z&W: oefenopdrachten",
     "Gezamenlijke examinatorentraining", "Praktijkkring uitgebreid met E&O", "Evaluatie vmbo-tafel"],
    ["Driehoeksgesprekken", "Belronde bij afwezigheid", "Opkomst 85%", "Opkomst 88%", "Opkomst 90%"],
    ["Stage en Raad van Ambacht", "24 stageplaatsen leerjaar 3", "27 stageplaatsen", "30 stageplaatsen",
     "Evaluatie met de Raad van Ambacht"],
    ["Kwaliteitszorg", "Jaarplannen, kwartaalrapportages, tevredenheidspeiling",
     "Zelfevaluatie voorjaar 2027; interne audit ASG", "Verbeterplan na de audit",
     "Evaluatie schoolplan; voorbereiding nieuw plan"],
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Marieke Schouten"
    cp.last_modified_by = "Marieke Schouten"
    cp.title = "Schoolplan 2025-2029 Vmbo Het Havenwerk"
    cp.created = MOMENT
    cp.modified = MOMENT
    cp.revision = 1

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2025-2029 · Vmbo Het Havenwerk · pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    doc.add_heading("Schoolplan 2025-2029", level=0)
    for regel in TITELBLAD:
        doc.add_paragraph(regel)
    doc.add_page_break()

    for soort, tekst in INHOUD:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "p":
            doc.add_paragraph(tekst)
        elif soort == "b":
            doc.add_paragraph(tekst, style="List Bullet")
        elif soort == "tabel":
            tabel(doc, KOP, RIJEN, breedtes=[3.2, 3.4, 3.4, 3.4, 3.4])
            doc.add_paragraph("")
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_47_havenwerk_vmbo.docx")
