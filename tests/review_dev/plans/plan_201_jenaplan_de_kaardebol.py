# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Jenaplanschool De Kaardebol (Almere Hout), opgebouwd als vijf beloftes.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 7, 8, 10, 0, 0)

TITELPAGINA = [
    ("groot", "Schoolplan 2025-2029"),
    ("middel", "Jenaplanschool De Kaardebol"),
    ("middel", "Vijf beloftes aan onze kinderen"),
    ("leeg", ""),
    ("klein", "Algemeen bijzondere basisschool voor Jenaplanonderwijs"),
    ("klein", "Kaardebollaan 4, Almere Hout (Nobelhorst)"),
    ("klein", "BRIN 29ZK - onderdeel van de Almeerse Scholen Groep (ASG)"),
    ("klein", "Planperiode: 1 augustus 2025 tot en met 31 juli 2029"),
    ("klein", "Directeur: Marieke Roodenburg"),
]

# Inhoud: ('h1'|'h2'|'h3', tekst), ('p', tekst), ('b', [items]), ('kaart', [(label, tekst), ...])
INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor je ligt het schoolplan van Jenaplanschool De Kaardebol voor de jaren 2025 tot en met 2029. "
          "We hebben er bewust geen dik beleidsboek van gemaakt. In plaats daarvan doen we vijf beloftes aan "
          "de kinderen die bij ons op school zitten. Elke belofte werken we uit: wat we nu al doen, wat we "
          "de komende vier jaar willen bereiken en hoe we dat aanpakken. Onder iedere belofte staat een "
          "doelenkaart met het doel, de aanpak, de planning en de collega die de kar trekt."),
    ("p", "De beloftes zijn niet achter een bureau bedacht. In januari 2025 hebben we met het hele team een "
          "studiedag gehouden over de vraag wat kinderen over vier jaar van De Kaardebol mogen verwachten. "
          "De kinderraad heeft in februari 2025 in twee bijeenkomsten de beloftes in kindertaal herschreven. "
          "Ouders hebben via het oudercafé van maart 2025 en via de MR meegedacht. Het resultaat is een "
          "plan waarin iedereen van De Kaardebol zich hopelijk herkent."),
    ("p", "Wij zijn een school waar kinderen, ouders en stamgroepleiders elkaar kennen. Dat willen we blijven, "
          "ook nu de wijk Nobelhorst nog steeds groeit. Dit plan helpt ons om keuzes te maken en om ons ervan "
          "te weerhouden alles tegelijk te willen."),
    ("p", "Marieke Roodenburg, directeur\nAlmere, juni 2025"),

    ("h1", "Dit zijn wij"),
    ("h2", "Onze school in het kort"),
    ("p", "De Kaardebol is in 2014 gestart als eerste school in de nieuwe wijk Nobelhorst in Almere Hout. We "
          "begonnen met 31 kinderen in twee noodlokalen; sinds 2017 zitten we in het gebouw aan de "
          "Kaardebollaan, dat we delen met Kinderopvang Het Hazeltje. Op 1 oktober 2024 telde de school 248 "
          "kinderen, verdeeld over tien stamgroepen: drie onderbouwgroepen (groep 1-2), vier middenbouwgroepen "
          "(groep 3-4-5) en drie bovenbouwgroepen (groep 6-7-8). De verwachting van de gemeente is dat we tot "
          "2028 doorgroeien naar ongeveer 275 kinderen; daarna vlakt de groei af."),
    ("p", "De Kaardebol is een algemeen bijzondere school. We zijn niet gebonden aan een geloof of "
          "levensbeschouwing, wel aan de uitgangspunten van het Jenaplanonderwijs: de twintig basisprincipes "
          "en de kernkwaliteiten van de Nederlandse Jenaplan Vereniging (NJPV), waarvan we lid zijn. Ouders "
          "kiezen bewust voor ons: ruim de helft van de kinderen komt van buiten de directe buurt, uit Almere "
          "Hout, Almere Haven en Oosterwold."),
    ("h2", "Team"),
    ("p", "Het team bestaat uit 26 mensen: de directeur, een intern begeleider (0,8 fte), zeventien "
          "stamgroepleiders, twee onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een "
          "conciërge, een administratief medewerker, een leraarondersteuner voor de plusgroep en een "
          "zij-instromer in opleiding. De gemiddelde leeftijd is 39 jaar. Zes collega's werken voltijds; "
          "de meeste stamgroepen hebben twee vaste stamgroepleiders."),
    ("h2", "Kinderen en ouders"),
    ("p", "De schoolweging van De Kaardebol was in 2024 volgens het CBS 28,4, wat net onder het landelijk "
          "gemiddelde ligt. De spreiding is groot: er zitten kinderen van hoogopgeleide ouders naast "
          "kinderen uit gezinnen met schulden of een korte verblijfsduur in Nederland. Bij 19 procent van de "
          "kinderen wordt thuis (ook) een andere taal dan Nederlands gesproken, vooral Engels, Pools, Arabisch "
          "en Turks. Ouders zijn betrokken en mondig; ze verwachten dat we hen snel en duidelijk informeren."),
    ("h2", "Waar we staan"),
    ("p", "Bij het laatste bezoek van de inspectie in het voorjaar van 2022 kreeg de school het oordeel "
          "voldoende. Het onderzoek liet zien dat het pedagogisch klimaat en de samenwerking met ouders "
          "sterk zijn en dat de afstemming van de rekeninstructie op verschillen tussen kinderen beter moest. "
          "De resultaten van de afgelopen drie jaar (2022-2023 tot en met 2024-2025, gemiddeld) zijn:"),
    ("b", ["Fundamenteel niveau (1F) lezen, taalverzorging en rekenen samen: 96,4 procent (signaleringswaarde 85 procent).",
           "Streefniveau lezen (2F): 76 procent; taalverzorging (2F): 63 procent; rekenen (1S): 41 procent.",
           "Streefniveau gecombineerd: 58,1 procent, boven de signaleringswaarde van 49 procent voor onze schoolweging.",
           "In de leerlingvragenlijst van ZIEN! (groep 5-8) zei in maart 2025 94 procent van de kinderen zich veilig te voelen; de laagste stamgroep scoorde 86 procent.",
           "In de oudertevredenheidspeiling van 2024 gaven ouders de school gemiddeld een 7,9; de communicatie kreeg een 7,3."]),
    ("p", "Rekenen blijft dus onze zorg. Het aandeel kinderen dat het streefniveau 1S haalt, ligt al drie "
          "jaar rond de 40 procent, terwijl we op grond van de eigen toetsgegevens in groep 6 meer mogen "
          "verwachten."),
    ("h2", "Wat we leerden van het vorige schoolplan"),
    ("p", "Het schoolplan 2021-2025 had drie speerpunten: de invoering van De Vreedzame School, een nieuwe "
          "rekenmethode en een doorgaande lijn in wereldoriëntatie. De Vreedzame School is sinds 2022 goed "
          "ingevoerd; de mediatoren in de bovenbouw zijn niet meer weg te denken. Wereld in Getallen 5 is in "
          "2023 ingevoerd, maar de instructie in de stamgroepen van drie leerjaren vraagt meer dan een nieuwe "
          "methode. De lijn in wereldoriëntatie is blijven steken: we gebruikten Blink Wereld, maar stamgroepen "
          "werkten ernaast met eigen thema's en niemand overzag meer welke kerndoelen waar aan bod kwamen. "
          "Deze lessen nemen we mee in belofte 2 en belofte 3."),

    ("h1", "Waarom vijf beloftes?"),
    ("p", "Peter Petersen, de grondlegger van het Jenaplan, sprak over de school als leefgemeenschap. Dat "
          "woord gebruiken we nog steeds. Een leefgemeenschap maakt afspraken met elkaar, en de belangrijkste "
          "afspraken zijn die met de kinderen. Daarom schrijven we dit plan als beloftes. Een belofte kun je "
          "nakomen of breken; kinderen houden ons eraan. De kinderraad heeft gevraagd om de beloftes elk jaar "
          "in de eerste week na de zomervakantie in alle stamgroepen voor te lezen. Dat gaan we doen."),
    ("p", "Onze vijf beloftes zijn:"),
    ("b", ["Belofte 1: Je bent welkom en je wordt gezien.",
           "Belofte 2: Je leert lezen, schrijven en rekenen zo goed als je kunt.",
           "Belofte 3: Je mag de wereld onderzoeken en er je steentje aan bijdragen.",
           "Belofte 4: Je krijgt de hulp die je nodig hebt.",
           "Belofte 5: Om je heen staan grote mensen die samenwerken en blijven leren."]),
    ("p", "De beloftes sluiten aan bij de koers van de Almeerse Scholen Groep, het bestuur waar we sinds 2014 "
          "onder vallen. Waar het bestuur een ambitie voor alle scholen heeft, kijken wij wat die voor een "
          "Jenaplanschool in Nobelhorst betekent. Niet alles uit de koers krijgt in deze periode evenveel "
          "aandacht. Aan het eind van het plan staan de beloftes in een meerjarenplanning, zodat we er elk jaar "
          "een jaarplan van kunnen maken."),

    ("h1", "Belofte 1: Je bent welkom en je wordt gezien"),
    ("p", "\"Als ik binnenkom, weet juf hoe het met me gaat.\" Zo schreef de kinderraad deze belofte op. Het "
          "gaat om iets wat klein lijkt en het belangrijkste is: kinderen leren alleen als ze zich thuis voelen."),
    ("h2", "Welkom op De Kaardebol"),
    ("p", "Elke ochtend staat de stamgroepleider tussen 8.20 en 8.30 uur bij de deur van de stamgroep en begroet "
          "ieder kind persoonlijk, met een hand, een boks of een zwaai; het kind kiest. Op maandag- en "
          "donderdagochtend mogen ouders tot 8.40 uur mee de stamgroep in om het werk van hun kind te bekijken. "
          "Voor nieuwe kleuters en hun ouders doen we een huisbezoek voordat het kind vier wordt, en het kind "
          "komt vijf ochtenden wennen."),
    ("p", "Ouders die een school zoeken, worden door kinderen rondgeleid. Elk jaar leiden we in de bovenbouw "
          "tien kinderrondleiders op; zij laten de school zien op de open ochtend, die we sinds 2024 elke eerste "
          "woensdag van de maand houden. De directeur of intern begeleider sluit het bezoek af met een "
          "gesprek. Wie in de loop van het jaar instroomt, bijvoorbeeld na een verhuizing, krijgt een maatje "
          "uit de eigen stamgroep voor de eerste twee weken."),
    ("p", "Welkom zijn geldt ook voor nieuwe collega's en stagiaires. Zij krijgen een vaste buddy, een "
          "inwerkmap met de Kaardebolafspraken en een gesprek met de directeur na zes weken. Invallers vinden in "
          "elke stamgroep een invalmap met de dagritmekaarten en de namen van de kinderen met een foto."),
    ("h2", "Ieder kind gezien"),
    ("p", "In een stamgroep van drie leerjaren zit een kind drie jaar bij dezelfde stamgroepleider. Dat geeft "
          "tijd om een kind echt te leren kennen. We maken die tijd zichtbaar met kindgesprekken: elk kind vanaf "
          "groep 3 heeft drie keer per jaar (oktober, februari en juni) een gesprek van tien minuten met de "
          "stamgroepleider over hoe het gaat, waar het trots op is en wat het wil leren. De afspraken komen in "
          "het portfolio van het kind. Bij de kleuters gebruiken we de observaties uit KIJK! en gesprekjes in "
          "de kleine kring."),
    ("p", "In het portfolio heeft ieder kind een eigen pagina 'Dit ben ik', die het elk jaar zelf bijwerkt. Wat "
          "een kind goed kan buiten de lessen om (voetballen, tekenen, voor de kippen zorgen, anderen helpen) "
          "hoort daar net zo goed bij als de toetsgegevens. In de weekafsluiting op vrijdag presenteert elke "
          "week een andere stamgroep iets aan de rest van de school, zodat ieder kind minstens twee keer per jaar "
          "op het podium staat."),
    ("p", "Met een open blik kijken wij naar de verscheidenheid van onze kinderen en collega's."),
    ("h2", "Zicht op wat kinderen nodig hebben"),
    ("p", "Wat een kind vertelt in het kindgesprek, combineren we met wat we zien en meten. Drie keer per jaar "
          "bespreekt de intern begeleider met iedere stamgroepleider de hele groep: resultaten uit Leerling in "
          "beeld, de ZIEN!-gegevens, de kindgesprekken en de zorgen van ouders. Uit die groepsbespreking komt "
          "per kind een korte aantekening in ParnasSys en per stamgroep een groepsoverzicht met drie "
          "instructiegroepen voor rekenen en lezen. Kinderen over wie we ons zorgen maken, bespreken we in de "
          "leerlingbespreking (zie belofte 4)."),
    ("h2", "Een veilige school"),
    ("p", "Sinds 2022 werken we met De Vreedzame School. Iedere stamgroep heeft elke week een les uit de zes "
          "blokken, van 'We horen bij elkaar' tot 'We zijn allemaal anders'. In de bovenbouw worden jaarlijks "
          "twaalf kinderen opgeleid tot mediator; zij helpen op het plein bij ruzies volgens het vaste "
          "stappenplan. De Kaardebolafspraken zijn kort: we zorgen voor elkaar, we zorgen voor de spullen en we "
          "zorgen voor de wereld. Ze hangen in elke ruimte, ook in de personeelskamer, want ze gelden ook voor "
          "volwassenen. Wie een ander kwetst, maakt het goed in een herstelgesprek; daar spreken we ook ouders "
          "en collega's op aan."),
    ("p", "Jurre Bakker is onze anti-pestcoördinator en vertrouwenspersoon voor kinderen. Het pestprotocol is in "
          "2024 herzien samen met de kinderraad. We meten de veiligheid twee keer per jaar met de "
          "leerlingvragenlijst van ZIEN! (groep 5 tot en met 8) en houden een registratie van incidenten bij in "
          "ParnasSys. Voor signalen van huiselijk geweld of kindermishandeling volgen we de meldcode; de intern "
          "begeleider is aandachtsfunctionaris."),
    ("h3", "Doelenkaart belofte 1"),
    ("kaart", [
        ("Doel", "In juni 2027 zegt ten minste 95 procent van de kinderen in groep 5 tot en met 8 in de "
                 "ZIEN!-leerlingvragenlijst dat het zich veilig voelt op school, en scoort geen enkele stamgroep "
                 "lager dan 90 procent (maart 2025: 94 procent, laagste stamgroep 86 procent). Vanaf oktober 2025 "
                 "heeft ieder kind vanaf groep 3 drie kindgesprekken per jaar, vastgelegd in het portfolio."),
        ("Hoe", "Wekelijkse les van De Vreedzame School in elke stamgroep; twaalf nieuwe mediatoren per jaar; "
                "kindgesprekken in oktober, februari en juni met een vast gespreksformulier; na elke afname van "
                "ZIEN! een groepsbespreking met de intern begeleider en een plan voor stamgroepen onder de 90 "
                "procent; de kinderraad bespreekt de uitkomsten elk voorjaar."),
        ("Wanneer", "ZIEN! in oktober en maart van elk schooljaar; tussenstand in juni 2026; doel bereikt in juni "
                    "2027; daarna borgen tot juli 2029."),
        ("Eigenaar", "Jurre Bakker (anti-pestcoördinator), samen met Sanne Oduya (intern begeleider)."),
    ]),

    ("h1", "Belofte 2: Je leert lezen, schrijven en rekenen zo goed als je kunt"),
    ("p", "Jenaplanonderwijs wordt soms gezien als 'vrij'. Dat is het niet. Juist omdat kinderen veel zelf "
          "plannen en samenwerken, moeten de basisvaardigheden stevig staan. Wie goed kan lezen en rekenen, "
          "kan ook de wereld onderzoeken."),
    ("h2", "Hoe een dag eruitziet"),
    ("p", "Een dag op De Kaardebol volgt het ritme van gesprek, spel, werk en viering. De dag begint in de "
          "kring. Daarna volgt het eerste blok: een werkblok van anderhalf uur waarin kinderen werken aan hun "
          "weektaak en de stamgroepleider instructie geeft aan kleine groepen. Na de pauze volgt het "
          "tweede blok met wereldoriëntatie of een tweede werkblok. Bewegingsonderwijs krijgen de kinderen "
          "twee keer per week van de vakleerkracht. Iedere vrijdag sluiten we de week af met een viering."),
    ("h2", "Het onderwijsaanbod"),
    ("p", "We gebruiken voor de basisvaardigheden methodes als bron, niet als rooster. De keuzes:"),
    ("b", ["Onderbouw: thematisch werken met de leerlijnen van KIJK! en de aanpak 'Met woorden in de weer' voor woordenschat.",
           "Aanvankelijk lezen in groep 3: Veilig Leren Lezen (KIM-versie), met de leesinterventie Bouw! voor kinderen met een risico op leesproblemen in groep 2 tot en met 4.",
           "Voortgezet technisch lezen: Estafette in groep 4 tot en met 6; daarna dagelijks twintig minuten vrij lezen uit de schoolbibliotheek.",
           "Begrijpend lezen: vanaf 2025-2026 stoppen we met Nieuwsbegrip en werken we met close reading van rijke teksten die bij de wereldoriëntatiethema's horen.",
           "Spelling en grammatica: Staal.",
           "Schrijven: Pennenstreken.",
           "Rekenen: Wereld in Getallen 5, met de leerlijnen als basis en een eigen weektaakplanning per stamgroep.",
           "Engels: Take it easy, van groep 1 tot en met 8.",
           "Kunst en cultuur: het programma van Kunstlinie Almere Flevoland en een eigen leerlijn drama in de weekafsluitingen."]),
    ("p", "Het aanbod dekt de kerndoelen voor het primair onderwijs. Dat controleren we met een kerndoelenmatrix "
          "die elk jaar in juni wordt bijgewerkt. De nieuwe kerndoelen voor Nederlands, rekenen-wiskunde, "
          "burgerschap en digitale geletterdheid voeren we in zodra ze wettelijk zijn vastgesteld; de "
          "leerteams (zie belofte 5) bereiden dat vanaf 2026 voor."),
    ("h2", "De lat omhoog bij rekenen"),
    ("p", "De Kaardebol haalt ruim de fundamentele niveaus, maar bij rekenen blijven te weinig kinderen steken "
          "op 1F terwijl ze 1S aankunnen. Dat ligt niet aan de kinderen. Uit klassenbezoeken in 2024 bleek dat "
          "de instructie in stamgroepen van drie leerjaren vaak te kort is en dat de sterke rekenaars vooral "
          "'meer van hetzelfde' krijgen. We leggen de lat daarom hoger: we verwachten dat de helft van onze "
          "achtstegroepers het streefniveau 1S haalt, en dat zeggen we ook tegen de kinderen. In elk werkblok "
          "krijgt ieder kind een eigen rekendoel voor die week, dat het zelf op de weektaak zet en in het "
          "kindgesprek bespreekt. De rekencoördinator bezoekt elke stamgroep twee keer per jaar tijdens de "
          "rekeninstructie."),
    ("h2", "Lezen als fundament"),
    ("p", "Samen met De Nieuwe Bibliotheek werken we met de Bibliotheek op school. De schoolbibliotheek heeft "
          "ruim 2.400 boeken en wordt elk jaar voor 1.200 euro aangevuld. Een leesconsulent van de bibliotheek "
          "komt zes keer per jaar; de leescoördinator organiseert de Kinderboekenweek en de voorleeswedstrijd. "
          "In de onderbouw lezen ouders op woensdagochtend voor in de kleine kring."),
    ("h3", "Doelenkaart belofte 2"),
    ("kaart", [
        ("Doel", "In 2028 haalt gemiddeld over drie schooljaren ten minste 50 procent van de achtstegroepers het "
                 "streefniveau 1S bij rekenen (2022-2025: 41 procent) en haalt ten minste 97 procent het "
                 "fundamentele niveau 1F bij lezen, taalverzorging en rekenen (nu 96,4 procent)."),
        ("Hoe", "Instructie in drie niveaugroepen per stamgroep met een verlengde instructie voor wie dat nodig "
                "heeft en een verrijkte instructie voor sterke rekenaars; teamscholing rekendidactiek door het "
                "Expertisecentrum Nederlands Rekenen in 2025-2026 (vier bijeenkomsten); eigen weekdoel voor "
                "rekenen op de weektaak; twee rekenbezoeken per stamgroep per jaar; trendanalyse van Leerling in "
                "beeld in februari en juni."),
        ("Wanneer", "Scholing en bezoeken in 2025-2026; eerste meting van het effect in groep 6 in juni 2026; "
                    "streefniveau voor het eerst getoetst bij de doorstroomtoets van 2027; driejaarsgemiddelde in "
                    "juli 2028 en juli 2029."),
        ("Eigenaar", "Noor Hamstra (rekencoördinator), met de directeur voor de scholing."),
    ]),

    ("h1", "Belofte 3: Je mag de wereld onderzoeken en er je steentje aan bijdragen"),
    ("p", "Wereldoriëntatie is het hart van het Jenaplan. Hier komen de vragen van kinderen, de kerndoelen en de "
          "wereld buiten de school bij elkaar. In deze periode maken we ons aanbod weer van onszelf."),
    ("h2", "Thema's die bij kinderen passen"),
    ("p", "Na 2025-2026 stoppen we met Blink Wereld. Iedere bouw werkt dan met een eigen cyclus van zes "
          "thema's in drie jaar, zodat een kind in een stamgroep geen thema twee keer krijgt. De thema's liggen "
          "vast in een kerndoelenmatrix, maar de vragen niet. Elk thema begint met een vragenmuur in de kring: "
          "kinderen schrijven of tekenen wat ze willen weten. De stamgroepleider kiest samen met de groep de "
          "onderzoeksvragen, en in de middenbouw en bovenbouw werkt ieder kind ook aan een eigen vraag. Een "
          "thema eindigt met een viering waarin de kinderen hun werk laten zien aan ouders."),
    ("p", "Zo sluit het onderwijs aan bij wat kinderen bezighoudt. Toen de bovenbouw in 2024 een thema over "
          "water had, kwam de vraag waarom het Weerwater niet gewoon leeg gepompt wordt. Dat leidde tot een "
          "bezoek aan het gemaal De Blocq van Kuffeler en een brief aan het waterschap Zuiderzeeland, die "
          "ook beantwoord werd."),
    ("h2", "De Werkplaats"),
    ("p", "In januari 2026 opent De Werkplaats in de voormalige bergruimte naast het speellokaal. Het wordt een "
          "maakplaats met gereedschap, een 3D-printer, Bee-Bots voor de onderbouw en micro:bits voor de "
          "midden- en bovenbouw. Kinderen ontwerpen en bouwen er iets wat bij het thema hoort: een vogelhuis "
          "met sensor, een model van een brug, een spel. Iedere bovenbouwleerling volgt per jaar acht "
          "workshops; middenbouwgroepen gebruiken De Werkplaats in hun themaweken. De inrichting (ongeveer "
          "14.000 euro) betalen we uit de middelen van het Nationaal Programma Onderwijs die we hiervoor hebben "
          "gereserveerd en een bijdrage van de ouderraad."),
    ("h2", "Digitale geletterdheid"),
    ("p", "Kinderen groeien op met schermen, maar weten vaak niet hoe een algoritme werkt of hoe je nepnieuws "
          "herkent. In 2025-2026 maken we een leerlijn digitale geletterdheid voor groep 1 tot en met 8 op "
          "basis van de conceptkerndoelen van SLO: mediawijsheid, informatievaardigheden, computationeel denken "
          "en basisvaardigheden ICT. Programmeren krijgt een plek in De Werkplaats, mediawijsheid in de "
          "wereldoriëntatie. Vanaf 2026-2027 werken alle bouwen ermee."),
    ("h2", "Samen leven in de stamgroep: burgerschap"),
    ("p", "De stamgroep is voor ons een kleine samenleving. Kinderen leren er om te gaan met verschillen in "
          "leeftijd, karakter en achtergrond, ze hebben taken en ze beslissen mee. In de kring bespreken we "
          "wat er in de groep en in het nieuws speelt. De Vreedzame School geeft ons de taal om over conflicten "
          "en democratie te praten."),
    ("p", "De kinderraad bestaat uit één kind per midden- en bovenbouwgroep, gekozen na een verkiezing in "
          "september. De raad vergadert elke maand met de directeur en heeft een eigen budget van 750 euro "
          "per jaar; in 2024 koos de raad voor nieuwe pleinspullen en een bankje bij de moestuin. Groep 7 en "
          "8 bezoeken elk jaar het stadhuis van Almere, waar ze een debat voeren in de raadszaal, en doen mee "
          "aan de verkiezing van de kinderburgemeester."),
    ("p", "In 2025-2026 leggen we vast welke kennis over de democratische rechtsstaat (vrijheid, "
          "gelijkwaardigheid, solidariteit, de rol van de gemeenteraad en de rechter) in welke bouw aan bod "
          "komt. Die leerlijn burgerschap wordt onderdeel van de kerndoelenmatrix. We kijken jaarlijks in juni "
          "met een korte kennistoets in groep 8 en een gesprek met de kinderraad of het lukt."),
    ("h2", "De buurt in"),
    ("p", "Nobelhorst ligt tussen bos, water en landbouwgrond. Daar maken we gebruik van. Met IVN Almere doen "
          "de middenbouwgroepen elk najaar een natuurweek in het bos aan de rand van de wijk. De bovenbouw heeft "
          "een vaste moestuinplek bij de zorgboerderij Verhoef in Oosterwold en verkoopt de oogst op de "
          "herfstmarkt. Elke maand gaat een bovenbouwgroep op bezoek bij de bewoners van woonzorgcentrum "
          "Nobelhof om samen te koken, te spelen of voor te lezen. Met Kinderopvang Het Hazeltje hebben we een "
          "gezamenlijk thema per jaar voor de peuters en de onderbouw, en een warme overdracht van elk kind. "
          "Deze samenwerkingen leggen we vast in een partnerkalender, die de ouderraad en de MR elk jaar in "
          "september krijgen."),
    ("h3", "Doelenkaart belofte 3"),
    ("kaart", [
        ("Doel", "Uiterlijk juni 2027 werkt elke bouw met een eigen cyclus van zes wereldoriëntatiethema's die "
                 "aantoonbaar alle kerndoelen voor oriëntatie op jezelf en de wereld dekken, met daarin de "
                 "leerlijnen burgerschap en digitale geletterdheid. De Werkplaats is open vanaf januari 2026 en "
                 "iedere bovenbouwleerling volgt er vanaf 2026-2027 acht workshops per jaar."),
        ("Hoe", "Werkgroep wereldoriëntatie met één stamgroepleider per bouw; twee studiedagen per jaar voor het "
                "uitwerken van de thema's; afscheid van Blink Wereld in juli 2026; inrichting en werkplaatsregels "
                "voor De Werkplaats in het najaar van 2025; scholing van twee collega's tot "
                "werkplaatsbegeleider; evaluatie met de kinderraad aan het eind van elk thema."),
        ("Wanneer", "2025-2026: onderbouw en leerlijnen; 2026-2027: middenbouw en bovenbouw; 2027-2028: "
                    "evaluatie en bijstelling; 2028-2029: borging."),
        ("Eigenaar", "Ilse Verkerk (coördinator wereldoriëntatie)."),
    ]),

    ("h1", "Belofte 4: Je krijgt de hulp die je nodig hebt"),
    ("p", "Kinderen verschillen, en in een stamgroep zie je dat elke dag. Sommige kinderen hebben meer uitleg "
          "nodig, andere meer uitdaging, weer andere hulp bij het omgaan met emoties. Wij hebben zicht op wat "
          "onze leerlingen nodig hebben. Hieronder staat hoe we dat organiseren en waar onze grenzen liggen."),
    ("h2", "Hoe de ondersteuning werkt"),
    ("p", "De stamgroepleider is de eerste die ziet dat een kind vastloopt. Hij of zij past de aanpak in de "
          "groep aan en bespreekt het kind in de groepsbespreking met de intern begeleider. Is meer nodig, dan "
          "volgt een leerlingbespreking met de ouders erbij. Daar kan een kindplan uit komen met een eigen doel, "
          "een aanpak en een evaluatiedatum. Bij vragen die we niet zelf kunnen beantwoorden, vragen we de "
          "consulent van het samenwerkingsverband Passend Onderwijs Almere mee te denken. We werken samen met "
          "het samenwerkingsverband."),
    ("h2", "Wat we kunnen bieden: ons ondersteuningsprofiel"),
    ("p", "Het schoolondersteuningsprofiel is in mei 2025 opnieuw vastgesteld. Samengevat:"),
    ("b", ["Dyslexie: screening in groep 2 en 3, de interventie Bouw! met getrainde tutoren, het dyslexieprotocol en voorleessoftware vanaf groep 5.",
           "Rekenproblemen: verlengde instructie en materialen uit de leerlijn; vanaf 2026 een rekentraject voor kinderen met ernstige rekenproblemen met de remedial teacher.",
           "Meer- en hoogbegaafdheid: plusgroep De Zaaddoos voor ongeveer achttien kinderen uit groep 4 tot en met 8, één ochtend per week, begeleid door de leraarondersteuner; compacten en verrijken in de eigen stamgroep.",
           "Nederlands als tweede taal: twee ochtenden per week extra taalondersteuning door een onderwijsassistent voor nieuwkomers en kinderen met een taalachterstand.",
           "Sociaal-emotionele ondersteuning: de Rots en Water-training in groep 5 en 6 en individuele begeleiding door de intern begeleider."]),
    ("p", "We lopen tegen grenzen aan bij kinderen die de hele dag één-op-één begeleiding nodig hebben, bij "
          "ernstige en aanhoudende gedragsproblemen die de veiligheid van andere kinderen in gevaar brengen en "
          "bij medische handelingen die we niet verantwoord kunnen uitvoeren. In die gevallen zoeken we met de "
          "ouders en het samenwerkingsverband naar een betere plek. In de afgelopen vier jaar ging het om drie "
          "kinderen."),
    ("p", "Het werken in stamgroepen helpt ons: een kind kan voor rekenen aansluiten bij een jongere of oudere "
          "instructiegroep zonder van klas te wisselen. Dat doen we nu al bij ongeveer 25 kinderen."),
    ("h2", "Ouders als partner in de ondersteuning"),
    ("p", "Ouders van een kind met een kindplan spreken we minstens twee keer per jaar, naast de gewone "
          "driehoeksgesprekken. Het kind is erbij vanaf groep 5. Ouders tekenen het kindplan niet alleen voor "
          "gezien: we vragen wat zij thuis zien en wat zij nodig hebben."),
    ("h3", "Doelenkaart belofte 4"),
    ("kaart", [
        ("Doel", "Vanaf januari 2026 heeft ieder kind met extra ondersteuning (nu ongeveer 30 kinderen) een "
                 "kindplan van één pagina met een eigen doel, dat twee keer per jaar met ouders en kind wordt "
                 "geëvalueerd; in juni 2027 is de plusgroep De Zaaddoos geëvalueerd en zegt minstens 80 procent "
                 "van de deelnemende kinderen en ouders dat de plusgroep helpt."),
        ("Hoe", "Nieuw format kindplan in het najaar van 2025, vastgesteld in de teamvergadering van december; "
                "scholing handelingsgericht werken voor de stamgroepleiders door de intern begeleider; jaarlijks "
                "overzicht van alle kindplannen voor de MR (zonder namen); enquête onder kinderen en ouders van "
                "de plusgroep in mei 2027."),
        ("Wanneer", "Format gereed in december 2025; alle kindplannen in het nieuwe format in januari 2026; "
                    "evaluatie plusgroep in juni 2027; herziening van het ondersteuningsprofiel in het voorjaar "
                    "van 2029."),
        ("Eigenaar", "Sanne Oduya (intern begeleider)."),
    ]),

    ("h1", "Belofte 5: Om je heen staan grote mensen die samenwerken en blijven leren"),
    ("p", "Een kind heeft niet alleen een stamgroepleider. Het heeft ouders, een team, een kinderopvang, een "
          "buurt. Deze belofte gaat over de volwassenen: hoe we samen leren en hoe we met ouders samenwerken. "
          "We geven altijd het beste van onszelf."),
    ("h2", "Een team dat blijft leren"),
    ("p", "Jenaplan vraagt iets van stamgroepleiders wat je niet op elke pabo leert: lesgeven aan drie "
          "leerjaren tegelijk, een kring leiden, een viering voorbereiden. Van de zeventien stamgroepleiders "
          "hebben er dertien het Jenaplan-certificaat. De vier anderen volgen in 2025-2027 de Jenaplan-"
          "nascholing van Hogeschool Windesheim; de school betaalt de opleiding en geeft twaalf dagen vervanging. "
          "Daarnaast volgt elke collega in de planperiode minimaal één cursus van de ASG Academie die past bij "
          "het eigen ontwikkelplan."),
    ("p", "Binnen de school werken we in drie leerteams: lezen, rekenen en wereldoriëntatie. Elk leerteam komt "
          "zes keer per jaar bij elkaar en werkt in een vaste cyclus: een vraag uit de praktijk kiezen, samen "
          "een les voorbereiden, elkaar observeren en de opbrengst in de teamvergadering delen. De intern "
          "begeleider neemt deel aan de professionele leergemeenschap van intern begeleiders van ASG; de "
          "directeur zit in de leergemeenschap van directeuren."),
    ("p", "Met het hele team gaan we naar de jaarlijkse ASG-studiedag. De stamgroepleiders van de bovenbouw "
          "hebben elk voorjaar een overstapoverleg met mentoren van de vo-scholen van ASG, waar ze de overgang "
          "van onze achtstegroepers bespreken en horen hoe oud-leerlingen het doen."),
    ("h2", "Begeleiding en gesprekken"),
    ("p", "De gesprekkencyclus ziet er zo uit: in september of oktober heeft iedere medewerker een "
          "ontwikkelgesprek met de directeur, op basis van een eigen ontwikkelplan. Tussen november en april "
          "volgen twee klassenbezoeken, door de directeur en de intern begeleider, met de Jenaplan-kijkwijzer "
          "die we in 2024 zelf hebben gemaakt. Eens in de drie jaar is er een beoordelingsgesprek. Alle "
          "afspraken komen in het personeelsdossier."),
    ("p", "Sinds augustus 2024 werkt Thomas Leeuwenburgh bij ons als zij-instromer in de middenbouw. Hij volgt "
          "de zij-instroomopleiding aan de pabo van Windesheim Flevoland in Almere en heeft een dag per week "
          "studietijd. Een ervaren stamgroepleider is zijn coach en kijkt elke twee weken mee in de groep; de "
          "schoolopleider van ASG bezoekt hem elk kwartaal. Hij rondt de opleiding in juli 2026 af."),
    ("h2", "Werken in elke levensfase"),
    ("p", "Ons team is gemengd: jonge collega's met kleine kinderen, collega's die mantelzorger zijn en een "
          "aantal collega's boven de zestig. In het ontwikkelgesprek is er elk jaar een vaste vraag over de "
          "balans tussen werk en privé. Jonge ouders kunnen een vaste vrije dag aanvragen, die we bij de "
          "formatie zo veel mogelijk honoreren. Collega's van 57 jaar en ouder maken met de directeur afspraken "
          "over de inzet van hun uren voor duurzame inzetbaarheid. Het werkverdelingsplan wordt elk jaar in mei "
          "met het team besproken en pas vastgesteld als minstens twee derde van het team instemt. De "
          "werkdrukmiddelen gebruiken we voor een onderwijsassistent in de onderbouw en in de middenbouw."),
    ("h2", "Samen met ouders"),
    ("p", "Ouders kennen hun kind het best. Twee keer per jaar, in november en maart, is er een "
          "driehoeksgesprek met kind, ouders en stamgroepleider; het kind bereidt het voor met zijn portfolio. "
          "In september houdt elke bouw een informatieavond. Vier keer per jaar organiseren we een oudercafé "
          "over een onderwerp waar ouders om vragen, zoals mediawijsheid, lezen thuis of de overstap naar het "
          "voortgezet onderwijs. Ouders helpen bij themavieringen, in de moestuin en vanaf 2026 als begeleider "
          "in De Werkplaats."),
    ("p", "Uit de oudertevredenheidspeiling van 2024 bleek dat ouders de informatie te versnipperd vonden: mails, "
          "briefjes, de app en berichten van de ouderraad door elkaar. Vanaf augustus 2025 gebruiken we alleen "
          "nog Parro. Elke vrijdag verschijnt de weekbrief van de directeur, de stamgroepleider plaatst elke week "
          "een bericht over de stamgroep, de jaarkalender staat er voor 1 september in en vragen van ouders "
          "beantwoorden we binnen twee werkdagen. Papieren briefjes verdwijnen."),
    ("h2", "De medezeggenschapsraad"),
    ("p", "De MR bestaat uit drie ouders en drie personeelsleden. We hebben de MR vanaf het begin bij dit "
          "schoolplan betrokken: in januari en april 2025 waren er twee werkavonden waarop de MR meedacht over "
          "de beloftes en de doelen, en de opmerkingen van de MR over communicatie en werkdruk zijn verwerkt in "
          "belofte 5. Elk jaar in oktober bespreekt de MR de voortgang van het schoolplan met de directeur, "
          "voordat het jaarplan wordt vastgesteld."),
    ("h3", "Doelenkaart belofte 5"),
    ("kaart", [
        ("Doel", "In juli 2027 hebben alle zeventien stamgroepleiders het Jenaplan-certificaat (nu dertien) en "
                 "heeft onze zij-instromer in juli 2026 zijn bevoegdheid. In de oudertevredenheidspeiling van "
                 "het voorjaar van 2027 geven ouders de communicatie van school gemiddeld minimaal een 8,0 "
                 "(2024: 7,3)."),
        ("Hoe", "Jenaplan-nascholing voor vier collega's met twaalf vervangingsdagen per persoon; coaching en "
                "studiedag per week voor de zij-instromer; drie leerteams met zes bijeenkomsten per jaar; één "
                "communicatiekanaal (Parro) met vaste afspraken over de weekbrief en de reactietermijn; evaluatie "
                "van de afspraken met de MR en de ouderraad in juni 2026."),
        ("Wanneer", "Nascholing september 2025 tot juli 2027; afronding zij-instroom juli 2026; nieuwe "
                    "communicatieafspraken vanaf augustus 2025; peiling in maart 2027 en maart 2029."),
        ("Eigenaar", "Marieke Roodenburg (directeur)."),
    ]),

    ("h1", "Hoe we onze beloftes bewaken"),
    ("p", "Beloftes zijn alleen iets waard als je nagaat of je ze nakomt. Onze kwaliteitszorg volgt een vaste "
          "jaarcyclus, die aansluit op de planning- en controlcyclus van ASG."),
    ("b", ["Juni: het team evalueert het jaarplan en stelt het jaarplan voor het volgende schooljaar op, met de doelenkaarten als basis. De MR krijgt het jaarplan in september.",
           "Oktober: de MR bespreekt de voortgang van het schoolplan; de directeur rapporteert aan het bestuur via de kwartaalrapportage.",
           "Februari: tussenevaluatie in de teamvergadering, met de trendanalyse van Leerling in beeld en de uitkomsten van ZIEN!.",
           "Juli: jaarverslag, waarin per belofte staat wat gelukt is en wat niet."]),
    ("p", "We gebruiken daarbij deze bronnen: de toetsen van Leerling in beeld (twee keer per jaar), de "
          "resultaten van de doorstroomtoets, ZIEN!, de klassenbezoeken met de Jenaplan-kijkwijzer, de "
          "kwaliteitskaarten van WMK-PO voor de zelfevaluatie van één domein per jaar en een "
          "tevredenheidspeiling onder ouders, kinderen en team in 2025, 2027 en 2029. De kinderraad evalueert "
          "elk voorjaar belofte 1 en belofte 3 met een eigen vragenlijstje."),
    ("p", "Onze norm is dat de resultaten ieder jaar boven de signaleringswaarden van de inspectie liggen en dat "
          "de school het basisarrangement houdt. Valt een resultaat twee jaar achter elkaar onder onze eigen "
          "doelen, dan maken we binnen zes weken een verbeterplan dat we met het bestuur bespreken. In "
          "2026-2027 krijgen we een interne audit van ASG; de uitkomsten nemen we mee in de evaluatie van "
          "dit plan."),
    ("p", "De leerteams zijn de motor van onze verbetering. Wat een leerteam ontdekt, wordt in de "
          "teamvergadering besproken en leidt tot een afspraak in het Kaardebolboek, ons handboek met de "
          "afspraken over didactiek en organisatie. Zo leren we als team van wat werkt en wordt verbeteren "
          "een gewoonte in plaats van een project."),

    ("h1", "Meerjarenplanning"),
    ("h3", "Schooljaar 2025-2026"),
    ("b", ["Teamscholing rekendidactiek en start rekenbezoeken (belofte 2).",
           "Nieuw format kindplan en scholing handelingsgericht werken (belofte 4).",
           "Opening De Werkplaats in januari 2026; leerlijnen burgerschap en digitale geletterdheid uitgeschreven; thema's onderbouw (belofte 3).",
           "Eén communicatiekanaal; start Jenaplan-nascholing voor vier collega's (belofte 5).",
           "Kindgesprekken drie keer per jaar in alle groepen vanaf groep 3 (belofte 1)."]),
    ("h3", "Schooljaar 2026-2027"),
    ("b", ["Thema's midden- en bovenbouw; afscheid van Blink Wereld; acht werkplaatsworkshops per bovenbouwleerling (belofte 3).",
           "Veiligheidsdoel van 95 procent gehaald in juni 2027 (belofte 1).",
           "Evaluatie plusgroep De Zaaddoos (belofte 4).",
           "Tevredenheidspeiling en interne audit van ASG; alle stamgroepleiders Jenaplan-gecertificeerd (belofte 5)."]),
    ("h3", "Schooljaar 2027-2028"),
    ("b", ["Eerste driejaarsgemiddelde van 50 procent 1S rekenen (belofte 2).",
           "Evaluatie en bijstelling van de wereldoriëntatiethema's (belofte 3).",
           "Invoering van de nieuwe wettelijke kerndoelen, voor zover vastgesteld (belofte 2 en 3)."]),
    ("h3", "Schooljaar 2028-2029"),
    ("b", ["Borging van alle doelen; herziening van het schoolondersteuningsprofiel (belofte 4).",
           "Tevredenheidspeiling in maart 2029 en eindevaluatie van dit schoolplan.",
           "Voorbereiding van het schoolplan 2029-2033 met team, kinderraad, ouders en MR."]),

    ("h1", "Vaststelling"),
    ("p", "De medezeggenschapsraad van Jenaplanschool De Kaardebol heeft op 17 juni 2025 ingestemd met dit "
          "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 8 juli "
          "2025 vastgesteld."),
    ("p", "Namens de medezeggenschapsraad:\nEsther van Dalen, voorzitter\n\nHandtekening: ______________________"),
    ("p", "Namens de school:\nMarieke Roodenburg, directeur\n\nHandtekening: ______________________"),
    ("p", "Namens het College van Bestuur van ASG:\n\nHandtekening: ______________________"),
]


def _zet_taal(document):
    """Nederlandse taal voor de spellingcontrole op de standaardstijl."""
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
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


def _bewaar_vast(doc, path, datum):
    """Sla op met vaste tijdstempels in het zip-archief, zodat de uitvoer byte-voor-byte gelijk blijft."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    stempel = (datum.year, datum.month, datum.day, datum.hour, datum.minute, datum.second)
    with zipfile.ZipFile(buf) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stempel)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            doel.writestr(info, bron.read(item.filename))


def build(path):
    path = str(path)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _zet_taal(doc)
    for naam in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[naam].font.color.rgb = RGBColor(0x5B, 0x3A, 0x7A)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Jenaplanschool De Kaardebol"
    cp.subject = "Vijf beloftes aan onze kinderen"
    cp.author = "M. Roodenburg"
    cp.last_modified_by = "M. Roodenburg"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    # Voorblad
    for soort, tekst in TITELPAGINA:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if not tekst:
            continue
        run = p.add_run(tekst)
        if soort == "groot":
            run.font.size = Pt(28)
            run.bold = True
        elif soort == "middel":
            run.font.size = Pt(18)
        else:
            run.font.size = Pt(11)
    doc.add_page_break()

    for soort, waarde in INHOUD:
        if soort == "h1":
            doc.add_heading(waarde, level=1)
        elif soort == "h2":
            doc.add_heading(waarde, level=2)
        elif soort == "h3":
            doc.add_heading(waarde, level=3)
        elif soort == "p":
            doc.add_paragraph(waarde)
        elif soort == "b":
            for item in waarde:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "kaart":
            for label, tekst in waarde:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(4)
                r = p.add_run(label + ":")
                r.bold = True
                p.add_run(" " + tekst)
        else:
            raise ValueError(soort)

    _paginanummer(doc.sections[0])
    _bewaar_vast(doc, path, VASTE_DATUM)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_201_jenaplan_de_kaardebol.docx")
