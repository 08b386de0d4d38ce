"""Schoolplan 2025-2029 van Kindcentrum Titus Brandsma (fictief), een katholieke basisschool met
kinderdagverblijf, peuteropvang en buitenschoolse opvang in de Stedenwijk in Almere Stad, onder ASG.

Ontwerp: de school beantwoordt de 41 centrale vragen van de ASG Koerswijzer één voor één, in eigen
woorden en in de volgorde van de koers. Kop 1 is de naam van de kernwaarde of het venster, Kop 2 is de
centrale vraag letterlijk. Een deel van de vragen krijgt een kort antwoord of 'nog niet'. De doelen staan
als genummerde lijst (Lijstnummering) aan het eind; voor venster 3 en 4 zijn er geen doelen. De
instemming van de MR staat in een slotalinea.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

MOMENT = datetime.datetime(2025, 6, 12, 9, 30, 0)

TITELBLAD = [
    "Kindcentrum Titus Brandsma",
    "Katholieke basisschool met kinderdagverblijf, peuteropvang en buitenschoolse opvang",
    "Almere, Stedenwijk · BRIN 18TB · directeur kindcentrum: Bart Hoogendoorn",
    "Juni 2025",
]

# (soort, tekst): h1 kop, v centrale vraag (kop 2), p alinea, n genummerd doel
INHOUD = [
    ("h1", "Ons kindcentrum"),
    ("p", "Kindcentrum Titus Brandsma in de Stedenwijk in Almere Stad is een katholieke basisschool met "
          "kinderopvang onder één dak. De school telt 308 leerlingen in dertien groepen (1 oktober 2024). In "
          "hetzelfde gebouw zijn twee groepen kinderdagverblijf, twee groepen peuteropvang met voor- en "
          "vroegschoolse educatie en drie groepen buitenschoolse opvang. De opvang is open van 7.30 tot 18.30 "
          "uur en wordt verzorgd door onze partner Kinderopvang Het Speelhuis. School en opvang werken met één "
          "pedagogisch kader voor kinderen van 0 tot 13 jaar; er werken 24 leerkrachten en onderwijsondersteuners "
          "en 19 pedagogisch medewerkers."),
    ("p", "Onze school is genoemd naar de Friese karmeliet en journalist Titus Brandsma, die in 1942 in Dachau "
          "omkwam omdat hij zich verzette tegen nationaalsocialistische propaganda in de katholieke pers. Zijn "
          "moed om te zeggen wat waar is, inspireert ons. Ongeveer 45 procent van onze gezinnen is katholiek; "
          "andere gezinnen kiezen ons om de nabijheid, de kwaliteit of de sfeer."),
    ("p", "In het vierjaarlijks onderzoek van de inspectie bij ASG in 2023 is onze school bezocht; de kwaliteit "
          "is als voldoende beoordeeld. Dit schoolplan geldt voor de schooljaren 2025-2026 tot en met 2028-2029, "
          "van 1 augustus 2025 tot en met 31 juli 2029."),

    ("h1", "Hoe dit plan is opgebouwd"),
    ("p", "Wij hebben ervoor gekozen om de centrale vragen van de ASG Koerswijzer één voor één te beantwoorden, "
          "in de volgorde van de koers. Het team, met de pedagogisch medewerkers van de opvang, besprak de "
          "vragen op de studiedagen van 29 januari en 2 april 2025. Sommige vragen beantwoorden we kort, bij een paar schrijven we eerlijk dat we nog geen "
          "antwoord hebben. De doelen voor de komende vier jaar staan samen aan het eind van het plan."),

    ("h1", "Gezien worden"),
    ("v", "Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?"),
    ("p", "Bij ons begint gastvrijheid bij de deur. Elke ochtend staan van 8.15 tot 8.30 uur de directeur of een "
          "leerkracht bij de hoofdingang en een pedagogisch medewerker bij de ingang van de opvang; zij begroeten "
          "ieder kind en iedere ouder bij naam. Gezinnen die zich oriënteren krijgen een rondleiding door twee "
          "kindgidsen uit groep 8 en daarna een gesprek met de "
          "directeur. Op vrijdagochtend staat na het brengen koffie klaar in de hal. Nieuwe collega's krijgen een maatje, en op hun eerste dag een welkomstpakket en "
          "een rondgang langs alle groepen, ook die van de opvang."),
    ("v", "Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?"),
    ("p", "Kinderen verschillen, en dat mag in de klas te zien zijn. Alle groepen werken met instructie op drie "
          "niveaus en een weektaak met een basisdeel en een keuzedeel. Kinderen die meer aankunnen gaan op "
          "dinsdagmiddag naar de plusklas De Uitdaging; zes kinderen werken met een eigen leerlijn voor rekenen "
          "of lezen. In groep 4 tot en met 8 houdt de leerkracht twee keer per jaar een kindgesprek van tien "
          "minuten met ieder kind: wat gaat goed, wat is lastig, wat heb je nodig? Het kind schrijft de afspraken "
          "zelf in zijn portfolio."),
    ("p", "Ook medewerkers verschillen. In het startgesprek vragen wij iedere medewerker wat hij nodig heeft om "
          "goed te kunnen werken, bijvoorbeeld een ander rooster, een andere groep of begeleiding. Zo werkt een "
          "collega met een chronische aandoening sinds 2024 op vaste ochtenden, en kozen twee leerkrachten voor "
          "een duobaan in de onderbouw."),
    ("v", "Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen bij ASG?"),
    ("p", "Wij vragen meningen op en laten zien wat we ermee doen. Om het jaar vullen ouders, kinderen van groep "
          "5 tot en met 8 en medewerkers een tevredenheidspeiling in; de uitkomsten en onze reactie daarop staan "
          "binnen zes weken in de nieuwsbrief. De kinderraad, met een gekozen kind uit elke groep 5 tot en met "
          "8, vergadert zes keer per jaar met de directeur."),

    ("h1", "Open"),
    ("v", "Hoe bereiken we dat iedereen zich respectvol bejegend voelt?"),
    ("p", "Hier hebben we nog geen goed antwoord op. Wij gaan respectvol om met de mensen binnen en buiten onze "
          "school. Hoe we dat merken, meten of verbeteren, hebben we nog niet uitgewerkt."),
    ("v", "Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te "
          "informeren?"),
    ("p", "Wij gebruiken één kanaal voor alle berichten aan ouders: de Parro-app. Leerkrachten plaatsen daar "
          "elke week een korte groepsupdate met foto's; de directeur stuurt om de twee weken de nieuwsbrief Titus "
          "Thuis. Wij schrijven op taalniveau B1. Ouders die het "
          "Nederlands nog niet goed beheersen, kunnen berichten in Parro laten vertalen, en bij oudergesprekken "
          "schakelen wij zo nodig een tolk in via de tolkentelefoon. Een bericht van een ouder beantwoorden wij "
          "binnen één werkdag."),
    ("v", "Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het openbare "
          "karakter van ASG?"),
    ("p", "Wij zijn geen openbare school, maar een katholieke school binnen ASG. Onze identiteit is zichtbaar in "
          "het jaarritme: wij vieren samen met de parochie de Advent, Kerstmis en Pasen, en in de laatste "
          "schoolweek staan we stil bij Titus Brandsma. De levensbeschouwelijke lessen, een uur per week, geven wij met de methode Hemel en "
          "aarde."),
    ("p", "Kinderen van alle achtergronden zijn welkom, en dat merken ze. Bij ons zitten kinderen uit "
          "katholieke, protestantse, islamitische, hindoeïstische en niet-gelovige gezinnen. In de "
          "levensbeschouwelijke lessen leren kinderen ook over andere religies; groep 7 bezoekt elk jaar een "
          "moskee en een synagoge in Almere. Kinderen die het Suikerfeest of Divali vieren, vertellen daarover "
          "in de kring, en die dagen staan op onze kalender. Bij de vieringen vragen wij niemand om mee te "
          "bidden: meedoen en stil zijn mag allebei."),

    ("h1", "Vooruitstrevend"),
    ("v", "Hoe faciliteren we innovatie binnen ASG?"),
    ("p", "Binnen onze school doen we dat met een proeftuin. Elk schooljaar mag één bouw iets nieuws "
          "uitproberen, met veertig uur extra tijd en een budget van € 1.500. In 2025-2026 werken groep 5 en 6 "
          "in de proeftuin met onderzoekend en ontwerpend leren: de kinderen lossen in zes weken een technisch "
          "ontwerpprobleem op volgens de vaste stappen van de ontwerpcyclus. In juni 2026 beslist het team op basis van de ervaringen en de resultaten of de "
          "werkwijze naar groep 7 en 8 gaat."),
    ("v", "Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?"),
    ("p", "Bij leerlingen door ze zelf te laten onderzoeken. In groep 8 doet ieder kind het Groot onderzoek: "
          "acht weken werken aan een onderzoeksvraag bij een van de thema's van wereldoriëntatie, met een "
          "presentatie voor ouders. Bij medewerkers doen we nog niets aparts."),
    ("v", "Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal vertaald voor "
          "ASG?"),
    ("p", "Nog niet. Wij nemen op dit moment niet deel aan een innovatiegroep van ASG."),

    ("h1", "Ambitieus"),
    ("v", "Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te realiseren?"),
    ("p", "Dat vinden we nog lastig. Wij geven altijd het beste van onszelf, maar elkaar aanspreken als iets "
          "niet goed gaat, doen we nog te weinig. Hier komen we in een jaarplan op terug."),
    ("v", "Wat doen we om de professionaliteit van ons personeel te verbeteren?"),
    ("p", "In 2025-2026 volgt het hele team, met de onderwijsassistenten, de training expliciete directe "
          "instructie: vier bijeenkomsten en twee klassenbezoeken door de trainer. Een leerkracht volgt in de planperiode de master Educational Needs met als "
          "specialisatie gedrag, zodat wij naast onze rekenspecialist ook een gedragsspecialist in huis hebben. "
          "Iedere leerkracht volgt bovendien per schooljaar minimaal één cursus, die in het startgesprek met de "
          "directeur wordt vastgelegd. Onze intern begeleider neemt deel aan het IB-netwerk van ASG en de "
          "directeur aan de professionele leergemeenschap van directeuren."),
    ("v", "Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?"),
    ("p", "Wij hebben hoge verwachtingen van onze kinderen en maken die concreet. Voor ieder kind stelt de "
          "leerkracht na de middentoets per vak een streefdoel vast dat hoger ligt dan het niveau van dat "
          "moment; in het kindgesprek hoort het kind wat dat doel is en wat het ervoor gaat doen. Op groepsniveau "
          "sturen wij op de referentieniveaus: in 2025 haalde 97 procent van groep 8 niveau 1F voor lezen en 63 "
          "procent niveau 2F; voor rekenen haalde 54 procent niveau 1S. Die percentages liggen boven de "
          "signaleringswaarden, maar wij willen meer kinderen naar het hogere niveau brengen. Bij medewerkers "
          "hebben we hier nog geen aanpak voor."),

    ("h1", "Goed en toegankelijk onderwijs"),
    ("v", "Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?"),
    ("p", "Ons onderwijsprogramma dekt de kerndoelen en is gericht op de referentieniveaus taal en rekenen. "
          "Kinderen krijgen 940 uur onderwijs per jaar. Voor rekenen, elke dag een uur, gebruiken wij Pluspunt; "
          "voor technisch lezen in groep 3 Veilig leren lezen en daarna Estafette; voor taal en spelling Staal "
          "en voor wereldoriëntatie Blink. Begrijpend lezen geven wij niet meer als apart vak, maar in de lessen "
          "wereldoriëntatie, met elke dag dertig minuten lezen van zakelijke teksten. De peuters van de peuteropvang werken met "
          "dezelfde thema's als groep 1 en 2, zodat de overstap vloeiend is."),
    ("p", "Burgerschap geven wij vorm met de methode Kwink voor sociaal-emotioneel leren en burgerschap, "
          "aangevuld met eigen activiteiten. De kinderraad leert kinderen vergaderen, stemmen en verantwoording "
          "afleggen aan de klas. Groep 7 bezoekt elk jaar de gemeenteraad van Almere en speelt daarna in de klas "
          "een raadsvergadering na over een echt raadsvoorstel. Groep 8 doet in het voorjaar een debatproject met "
          "een afsluitend debat voor ouders. In alle groepen leren kinderen over de basiswaarden van de "
          "democratie: vrijheid, gelijkwaardigheid en meedoen. De burgerschapscoördinator, Anouk Vermeulen, houdt "
          "bij welke doelen in welke groep aan bod komen."),
    ("p", "Onze eindresultaten liggen al vijf jaar boven de signaleringswaarden. Wij willen vooral beter worden "
          "in rekenen en begrijpend lezen op het hogere niveau; zie de doelen aan het eind."),
    ("v", "Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?"),
    ("p", "In ons schoolondersteuningsprofiel staat wat wij kunnen bieden. Tot de basisondersteuning horen: "
          "instructie op drie niveaus, de plusklas, begeleiding bij dyslexie volgens het landelijke protocol en "
          "extra leestijd met een onderwijsassistent voor kinderen die achterlopen in technisch lezen. Extra "
          "ondersteuning bieden wij aan kinderen met een eigen leerlijn, aan kinderen met een taalachterstand in "
          "de schakelgroep (vier ochtenden per week in groep 2 en 3) en aan kinderen met gedragsvragen, samen "
          "met de gedragsspecialist van het samenwerkingsverband. Wat wij niet kunnen bieden, is intensieve "
          "medische verzorging gedurende de dag en een aparte prikkelarme groep."),
    ("p", "Als wij een kind niet de ondersteuning kunnen geven die het nodig heeft, zoeken wij met de ouders en "
          "het samenwerkingsverband Passend Onderwijs Almere een passende plek, in het speciaal basisonderwijs of "
          "het speciaal onderwijs. Een consulent van het samenwerkingsverband zit in ons ondersteuningsteam, dat "
          "vier keer per jaar bijeenkomt met de intern begeleider, de jeugdverpleegkundige en de "
          "schoolmaatschappelijk werker. Het schoolondersteuningsprofiel herzien wij in 2025-2026."),
    ("v", "Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?"),
    ("p", "Het inzicht begint al voor groep 1. Peuters van onze peuteropvang worden warm overgedragen: de "
          "pedagogisch medewerker en de leerkracht van groep 1 bespreken samen met de ouders de ontwikkeling van "
          "het kind. Vanaf groep 3 volgen wij de ontwikkeling met de toetsen van Leerling in beeld in januari en "
          "juni. Drie keer per jaar houdt de intern begeleider, Esther Kramer, een groepsbespreking met iedere "
          "leerkracht, waarin zij de resultaten en observaties per kind doornemen en de aanpak voor de komende "
          "periode vastleggen."),
    ("p", "Het welbevinden en de veiligheid volgen wij met ZIEN!: leerkrachten vullen de vragenlijst twee keer "
          "per jaar in, kinderen van groep 5 tot en met 8 vullen één keer per jaar de leerlingvragenlijst "
          "veiligheid in. In 2024 voelde 94 procent van de kinderen zich veilig op school. Onze "
          "anti-pestcoördinator is Samira Ouali; zij ziet erop toe dat het pestprotocol wordt gevolgd en houdt "
          "incidenten bij in ParnasSys. Het veiligheidsplan, met de meldcode, de ontruimingsafspraken en de "
          "regels voor het buitenspelen, is in 2024 herzien; tien medewerkers van school en opvang zijn "
          "bedrijfshulpverlener."),
    ("v", "Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding mogelijk "
          "te maken?"),
    ("p", "Wij hebben zes criteria voor een goede les afgesproken en in een kijkwijzer gezet: het lesdoel staat "
          "op het bord en wordt aan het begin besproken; de leerkracht doet voor en denkt hardop; alle kinderen "
          "zijn actief, bijvoorbeeld met wisbordjes; de leerkracht controleert of de kinderen het begrijpen "
          "voordat ze zelfstandig gaan werken; kinderen werken minstens één keer per les samen; de les sluit af "
          "met de vraag of het doel is gehaald. De directeur en de intern begeleider bezoeken iedere groep twee "
          "keer per jaar met deze kijkwijzer, en leerkrachten bezoeken elkaar twee keer per jaar voor collegiale "
          "consultatie."),
    ("v", "Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?"),
    ("p", "Nog niet. Wij willen een toekomstgericht curriculum, maar hebben daarvoor nog geen keuzes gemaakt. "
          "Onderwerpen als digitale geletterdheid en techniek bespreken we in een van de komende jaren met het "
          "team."),
    ("v", "Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het servicebureau en "
          "het bestuur?"),
    ("p", "Bij ons werkt het zo. Elk jaar maken wij in juni een jaarplan met de doelen uit dit schoolplan die "
          "dat jaar aan de beurt zijn. In oktober, januari, april en juli rapporteert de directeur aan het "
          "bestuur over de voortgang, de toetsresultaten en het verzuim. In juli "
          "schrijven wij een jaarverslag met de evaluatie van het jaarplan. Twee keer per jaar, na de "
          "toetsperiodes van januari en juni, houdt het team een datamiddag waarop de leerkrachten per groep en "
          "per vak de resultaten bespreken en vaststellen wat zij anders gaan doen. In het voorjaar van 2027 doet "
          "ASG een interne audit bij ons; wij maken daarvoor een zelfevaluatie."),
    ("v", "Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het "
          "managementinformatiesysteem om optimale sturing te faciliteren?"),
    ("p", "Geen. Het dashboard dat wij van het servicebureau krijgen, geeft ons wat we nodig hebben."),
    ("v", "Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en "
          "verbeteren de norm is?"),
    ("p", "Binnen onze school met de datamiddagen en de collegiale consultatie. Na elke consultatie bespreken "
          "de twee leerkrachten de les aan de hand van de kijkwijzer; in de bouwvergadering vertelt ieder wat "
          "hij van de ander heeft overgenomen."),

    ("h1", "Personeel in positie"),
    ("v", "Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?"),
    ("p", "Wij willen dat onze medewerkers zich betrokken voelen bij en trots zijn op ASG. Wat daarvoor nodig is, "
          "weten we nog niet precies."),
    ("v", "Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun eigen "
          "loopbaan?"),
    ("p", "Nog niet besproken in ons team."),
    ("v", "Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en professionalisering "
          "binnen ASG?"),
    ("p", "Voor professionalisering wel, voor mobiliteit niet. Dat laten we aan het bestuur."),
    ("v", "Hoe maken we een koppeling tussen Koers 22 en de vorm en inhoud van het aanbod van de ASG Academie?"),
    ("p", "Nog niet."),
    ("v", "Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van gesprek "
          "wordt?"),
    ("p", "Het ziekteverzuim op school was in 2024 6,8 procent, vooral door drie langdurig zieke collega's. Bij "
          "een ziekmelding belt de directeur dezelfde dag; wie na twee weken nog ziek is, krijgt een gesprek met "
          "de bedrijfsarts. Welbevinden is een vast onderdeel van elk start- en ontwikkelgesprek, met de vraag "
          "hoe het met de werkdruk en de energie staat. Met de werkdrukmiddelen betalen wij een vakleerkracht bewegingsonderwijs en een onderwijsassistent, zodat leerkrachten twee uur per week minder lesgeven. Roosterwensen van ouders met jonge kinderen honoreren "
          "wij zo veel mogelijk. Sinds 2024 wandelen wij op woensdag na schooltijd met wie "
          "wil een half uur door het park achter de school; gemiddeld doen acht collega's mee."),
    ("v", "Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten behoeve van "
          "ASG?"),
    ("p", "Onze rekenspecialist, Marloes de Jong, geeft sinds 2024 twee keer per jaar een workshop over "
          "rekenonderwijs in groep 5 tot en met 8 voor leerkrachten van andere ASG-scholen in Almere Stad. In het "
          "ontwikkelgesprek vragen wij iedere medewerker welke expertise hij buiten de eigen groep wil inzetten."),
    ("v", "Hoe zorgen wij ervoor dat het aanbod van de ASG Academie aansluit bij de opdrachten die we onszelf "
          "geven?"),
    ("p", "Nog niet. Wij kiezen nu cursussen uit het bestaande aanbod."),
    ("v", "Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?"),
    ("p", "Wij zijn opleidingsschool voor de pabo van Hogeschool Windesheim in Almere. Elk jaar lopen vier "
          "pabostudenten bij ons stage, begeleid door een opgeleide mentor en onze schoolopleider. Een "
          "zij-instromer, die sinds februari 2025 groep 6 heeft, volgt het zij-instroomtraject; zij krijgt één "
          "dag per week studietijd en een coach, en de school betaalt de opleiding. Zij rondt de opleiding naar "
          "verwachting in 2027 af."),
    ("v", "Hoe geven onze medewerkers invulling en kleur aan het professioneel statuut van ASG?"),
    ("p", "Nog niet. Het professioneel statuut staat voor 2026-2027 op de agenda van de personeelsgeleding van "
          "de MR."),
    ("v", "Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?"),
    ("p", "Iedere medewerker heeft per jaar een startgesprek, een klassen- of werkplekbezoek en een "
          "ontwikkelgesprek; eens in de drie jaar is er een beoordelingsgesprek. De directeur legt elk gesprek "
          "binnen twee weken vast in het digitale dossier in Youforce; de medewerker leest het verslag en tekent "
          "voor gezien. In het dossier staan ook de gevolgde scholing en het bekwaamheidsdossier."),

    ("h1", "De meerwaarde van ASG"),
    ("v", "Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?"),
    ("p", "Het hele team gaat naar de ASG-studiedag in oktober; de school is die dag dicht. De intern "
          "begeleider gaat vijf keer per jaar naar het IB-netwerk, de directeur zes keer per jaar naar de "
          "leergemeenschap van directeuren. De leerkrachten van groep 1 en 2 bezoeken eens per jaar een "
          "kleutergroep op een andere ASG-school en ontvangen zelf een collega van die school."),
    ("v", "Welke studiedagen, ontmoetingen en professionaliseringsprogramma’s zijn nodig voor de verschillende "
          "doelgroepen?"),
    ("p", "Voor ons zijn één ASG-studiedag en twee eigen studiedagen per jaar genoeg."),
    ("v", "Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?"),
    ("p", "Nog niet."),
    ("v", "Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?"),
    ("p", "Niet van toepassing: een basisschool heeft geen vaksecties."),
    ("v", "Wat verwachten scholen van medewerkers van het servicebureau en vice versa?"),
    ("p", "Wij verwachten een antwoord binnen twee werkdagen. Het servicebureau mag van ons verwachten dat wij "
          "de formatie vóór 1 april en de begroting vóór 1 november aanleveren. In de teamkamer hangt een "
          "overzicht met de namen van de contactpersonen van het servicebureau voor personeelszaken, ICT, "
          "financiën en huisvesting, zodat iedereen weet bij wie hij met welke vraag terechtkan."),
    ("v", "Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?"),
    ("p", "Nog niet. Wij kennen het aanbod van de andere ASG-scholen te weinig om hier iets zinnigs over te "
          "zeggen."),

    ("h1", "Partnerschap"),
    ("v", "Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van hun kind?"),
    ("p", "Ouders zijn onze eerste partner bij het leren van hun kind. In de derde schoolweek is het omgekeerde "
          "oudergesprek, waarin ouders de leerkracht over hun kind vertellen. In november en "
          "maart volgen de voortgangsgesprekken, vanaf groep 6 met het kind erbij. Na elk thema van "
          "wereldoriëntatie is er een afsluiting waar ouders komen kijken, en twee keer per jaar een kijkochtend "
          "in de groepen. Voor ouders van peuters en kleuters met een taalachterstand houden wij elke maand een "
          "ouderbijeenkomst, waarin we laten zien hoe ouders thuis met het thema kunnen spelen en voorlezen."),
    ("v", "Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?"),
    ("p", "Onze MR heeft vier leden: twee ouders en twee leerkrachten. De opvang heeft een eigen "
          "oudercommissie. MR en oudercommissie vergaderen twee keer per jaar samen over onderwerpen die het hele "
          "kindcentrum raken, zoals de openingstijden en het pedagogisch kader. De directeur bespreekt "
          "voorgenomen beleid in een vroeg stadium met de MR, zodat de MR kan meedenken voordat er een voorstel "
          "ligt. Over dit schoolplan sprak de MR drie keer, in februari, april en juni."),
    ("v", "Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor onze "
          "leerlingen?"),
    ("p", "Kinderen merken de samenwerking elke dag. De BSO vangt de kinderen direct na school op in het eigen "
          "gebouw, en pedagogisch medewerkers en leerkrachten overleggen over kinderen die extra aandacht nodig "
          "hebben. De jeugdverpleegkundige van de GGD houdt eens per maand spreekuur op school, de "
          "schoolmaatschappelijk werker van het wijkteam is elke dinsdag aanwezig. Met de bibliotheek hebben wij "
          "een bibliotheek op school: een leesconsulent stelt de collectie samen en komt elke twee weken "
          "voorlezen in groep 1 tot en met 4."),
    ("v", "Welke regionale problemen kunnen we samen met andere partners aanpakken?"),
    ("p", "Het lerarentekort. Wij doen mee in het Almeerse opleidingspartnerschap, waarin vier schoolbesturen, "
          "de gemeente Almere en Hogeschool Windesheim samen studenten en zij-instromers werven en opleiden. Via "
          "dat partnerschap kwam onze zij-instromer bij ons."),
    ("v", "Hoe zorgen we ervoor dat ASG zichtbaar is en blijft voor diverse gremia, zowel lokaal, regionaal als "
          "landelijk?"),
    ("p", "Nog niet; dat zien wij als een taak van het bestuur."),

    ("h1", "Onze doelen voor 2025-2029"),
    ("p", "Deze doelen komen terug in de jaarplannen. In de kwartaalrapportage aan het bestuur geven wij aan hoe "
          "ver we zijn."),
    ("n", "In 2028 haalt minimaal 70 procent van de leerlingen van groep 8 niveau 2F voor lezen (2025: 63 "
          "procent) en minimaal 62 procent niveau 1S voor rekenen (2025: 54 procent)."),
    ("n", "Vanaf 2025-2026 heeft ieder kind van groep 4 tot en met 8 twee kindgesprekken per jaar en een "
          "streefdoel per vak, vastgelegd in het portfolio."),
    ("n", "In juni 2026 is het hele team getraind in expliciete directe instructie; in 2027 voldoet 90 procent "
          "van de bezochte lessen aan minimaal vijf van de zes criteria van onze kijkwijzer."),
    ("n", "In juni 2026 beslist het team over de uitbreiding van onderzoekend en ontwerpend leren naar groep 7 "
          "en 8."),
    ("n", "Het schoolondersteuningsprofiel is vóór 1 april 2026 herzien en vastgesteld."),
    ("n", "In elke jaarlijkse meting voelt minimaal 94 procent van de kinderen zich veilig op school."),
    ("n", "Het ziekteverzuim daalt naar hoogstens 5,0 procent in 2027-2028 (2024: 6,8 procent)."),
    ("n", "Ieder jaar is 100 procent van de start-, ontwikkel- en beoordelingsgesprekken gevoerd en binnen twee "
          "weken vastgelegd."),
    ("n", "Onze zij-instromer is in 2027 bevoegd."),
    ("n", "Vanaf 2025-2026 krijgt ieder gezin dat zich oriënteert een rondleiding door twee kindgidsen uit "
          "groep 8."),

    ("h1", "Instemming medezeggenschapsraad"),
    ("p", "De medezeggenschapsraad heeft het concept van dit schoolplan besproken op 12 februari, 9 april en "
          "11 juni 2025. In de vergadering van 11 juni 2025 heeft de MR met algemene stemmen ingestemd met het "
          "schoolplan 2025-2029 van Kindcentrum Titus Brandsma. Het plan wordt nu ter vaststelling aangeboden aan het College van "
          "Bestuur van ASG."),
    ("p", "Almere, 12 juni 2025"),
    ("p", "Bart Hoogendoorn, directeur kindcentrum · Lotte Smit, voorzitter medezeggenschapsraad"),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Bart Hoogendoorn"
    cp.last_modified_by = "Bart Hoogendoorn"
    cp.title = "Schoolplan 2025-2029 Kindcentrum Titus Brandsma"
    cp.created = MOMENT
    cp.modified = MOMENT
    cp.revision = 1

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2025-2029 Kindcentrum Titus Brandsma, pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    doc.add_heading("Schoolplan 2025-2029", level=0)
    for regel in TITELBLAD:
        doc.add_paragraph(regel)
    doc.add_page_break()

    for soort, tekst in INHOUD:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "v":
            doc.add_heading(tekst, level=2)
        elif soort == "p":
            doc.add_paragraph(tekst)
        elif soort == "n":
            doc.add_paragraph(tekst, style="List Number")
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_48_titus_brandsma_kindcentrum.docx")
