"""Schoolplan 2020-2024 van openbare basisschool Het Getij in het Homeruskwartier, Almere Poort.

De school: een openbare basisschool van ASG met 412 leerlingen in 17 groepen, geopend in 2010 en
meegegroeid met de wijk, in een gebouw dat zij deelt met kinderopvang Zeester. Jong team, veel nieuwe
collega's, twee zij-instromers, een pilot unitonderwijs in groep 4-5.

Het ontwerp: geschreven zoals een directeur het in Word zou doen zonder kopstijlen. Alle kopjes zijn
vetgedrukte alinea's in de stijl Normal. Het plan is geordend rond vier eigen thema's van de school
(Thuiskomen, Groeien, Vakmanschap, Samen in de Poort), niet rond de kernwaarden of vensters van de
ASG-koers. Doelen staan als lopende tekst: gedateerde zinnen in de alinea's, geen doelentabel. Een
hoofdstuk "Wie wij zijn" met feiten en cijfers (met een kleine tabel kengetallen). Het thema
Samen in de Poort beschrijft veel eigen praktijk maar bewust zonder nieuwe doelen. De instemming van
de MR staat in de slotzin. Het motto in de teamkamer herhaalt een zin uit de koers zonder eigen
inhoud.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

VAST = datetime.datetime(2020, 6, 30, 14, 0, 0)

# (soort, tekst): "t" = titelregel, "h" = hoofdstuk (vet, 14 pt), "s" = paragraafkop (vet),
# "p" = gewone alinea, "i" = cursieve alinea, "tabel" = kengetallen.
TEKST = [
    ("t", "Schoolplan 2020 – 2024"),
    ("t2", "Openbare basisschool Het Getij"),
    ("t2", "Homeruskwartier, Almere Poort"),
    ("p", "Schooljaren 2020-2021 tot en met 2023-2024. Vastgesteld in juni 2020."),

    ("h", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van openbare basisschool Het Getij voor de schooljaren 2020-2021 tot "
          "en met 2023-2024. Het plan is door de directie geschreven, maar door velen gemaakt. In het najaar "
          "van 2019 hebben we op twee studiedagen met het hele team teruggekeken op wat we sinds de opening "
          "hebben opgebouwd en vooruitgekeken naar wat we willen bereiken. De leerlingenraad en ruim veertig "
          "ouders hebben met ons meegepraat. Het plan is afgeschreven in de weken van het thuisonderwijs "
          "in het voorjaar van 2020."),
    ("p", "We hebben het plan geordend rond vier thema's die in ons team al jaren vanzelf in gesprekken "
          "terugkomen: Thuiskomen, Groeien, Vakmanschap en Samen in de Poort. De koers van ons bestuur, "
          "de Almeerse Scholen Groep (ASG), hebben we daarbij naast ons gelegd. De jaarplannen maken elk jaar "
          "concreet wat er in dat schooljaar gebeurt."),
    ("i", "Marleen Hoekstra, directeur"),

    ("h", "Wie wij zijn"),
    ("p", "Het Getij is een openbare basisschool aan de rand van het Homeruskwartier in Almere Poort. De "
          "school opende in augustus 2010 in een noodgebouw met 46 leerlingen en drie groepen. In 2013 "
          "verhuisden we naar het huidige gebouw, dat we delen met kinderopvang Zeester (dagopvang, "
          "peuteropvang en buitenschoolse opvang). Poort is de afgelopen tien jaar snel gegroeid en de "
          "school is meegegroeid: van 268 leerlingen in 2015 naar 412 op 1 oktober 2019. Volgens de "
          "prognose van de gemeente groeit de school nog tot ongeveer 440 leerlingen in 2022 en blijft het "
          "aantal daarna stabiel."),
    ("p", "Onze leerlingen komen uit gezinnen met heel verschillende achtergronden. Ongeveer een derde van "
          "de kinderen spreekt thuis (ook) een andere taal dan Nederlands; in totaal hebben de gezinnen "
          "hun wortels in 31 landen. Elk jaar stromen er tussentijds zo'n dertig kinderen in en "
          "twintig uit, vooral door verhuizingen."),
    ("tabel", None),
    ("p", "Wat gaat er goed? De leerlingen voelen zich veilig en de resultaten voor lezen en taal liggen "
          "boven het landelijk gemiddelde van vergelijkbare scholen. Bij het laatste kwaliteitsonderzoek "
          "van de inspectie (2016) kregen we een basisarrangement, en bij de verificatie in het "
          "bestuursonderzoek van 2018 waren alle onderzochte standaarden voldoende. Wat vraagt aandacht? "
          "Het percentage leerlingen dat het hogere rekenniveau 1S haalt, blijft achter bij wat we van onze "
          "leerlingen verwachten. En het team is jong en wisselt sterk: in drie jaar kwamen er "
          "negen nieuwe leerkrachten bij."),

    ("h", "Onze vier thema's"),
    ("p", "Thuiskomen gaat over hoe een kind, een ouder of een collega zich in school voelt, Groeien over "
          "wat kinderen leren, Vakmanschap over het team en Samen in de Poort over ouders en de wijk. Wat we willen bereiken, staat bij elk thema in de tekst, met het schooljaar of de maand "
          "waarin het klaar moet zijn."),

    ("h", "Thuiskomen"),
    ("s", "Welkom bij de deur"),
    ("p", "Elke ochtend staat er bij ieder van de drie ingangen een leerkracht, die de kinderen begroet met "
          "een hand, een boks of een zwaai; de kinderen kiezen zelf. Van 8.20 tot 8.30 uur lopen ouders mee "
          "de klas in om samen een boek te lezen of een werkje te bekijken; de kleutergroepen houden die "
          "inloop ook op vrijdagmiddag. Wie de school voor het eerst bezoekt, krijgt geen folder maar een "
          "rondleiding, meestal door twee leerlingen uit groep 8 die we daarop voorbereiden: de Getijgidsen. "
          "Zij vertellen in hun eigen woorden hoe het is om hier op "
          "school te zitten. Nieuwe gezinnen die nog weinig Nederlands spreken, kunnen op "
          "dinsdagochtend terecht bij een van onze taalmaatjes: ouders die Arabisch, Turks, Pools of Engels "
          "spreken en helpen met formulieren en met de eerste weken op school."),
    ("s", "Ieder kind telt"),
    ("p", "Drie keer per jaar, in oktober, februari en juni, voert de leerkracht met ieder kind van groep 3 "
          "tot en met 8 een kindgesprek van tien minuten. Het kind vertelt wat goed gaat, waar het trots op "
          "is en wat het lastig vindt; samen spreken ze één ding af waar het kind de komende periode aan "
          "werkt. In de kleutergroepen doen de leerkrachten dit in de kring en tijdens het spelen. Wat een "
          "kind vertelt, noteert de leerkracht in ParnasSys en neemt hij of zij mee naar de groepsbespreking. "
          "Vanaf schooljaar 2020-2021 voeren alle leerkrachten deze gesprekken met dezelfde gesprekskaart, en "
          "in juni 2021 vragen we de leerlingenraad of kinderen merken dat hun inbreng iets verandert. Ook "
          "medewerkers willen we zien: de directeur en de adjunct lopen elke week alle groepen in, en wie "
          "een moeilijke periode heeft, thuis of in de klas, krijgt een gesprek en ruimte om het werk anders "
          "te verdelen."),
    ("s", "Veilig en vreedzaam"),
    ("p", "Sinds 2014 werken we met De Vreedzame School. Dat is bij ons meer dan een lesmethode: elke "
          "maandagochtend is er in alle groepen een les, om de week houdt iedere groep vanaf groep 4 een "
          "klassenvergadering waarin kinderen zelf punten inbrengen, en zestien leerlingen uit groep 7 en 8 "
          "worden elk jaar in september getraind als mediator. Zij helpen in de pauzes kinderen die ruzie "
          "hebben om samen een oplossing te vinden. De leerlingenraad, met een vertegenwoordiger uit elke "
          "groep 5 tot en met 8, vergadert zes keer per jaar met de directeur; in 2019 koos de raad de "
          "nieuwe speeltoestellen en stelde hij de regels voor het voetbalveldje op. Zo oefenen kinderen in "
          "het klein wat het betekent om mee te praten en mee te beslissen in een democratie; in groep 8 "
          "bezoeken ze daarnaast de gemeenteraad van Almere en houden ze in de klas verkiezingen rond "
          "een echt onderwerp uit de wijk."),
    ("p", "Dezelfde omgangsafspraken gelden voor volwassenen. Leerkrachten, ouders en andere volwassenen "
          "spreken elkaar en de kinderen rustig en zonder verwijt aan. Een meningsverschil met een ouder "
          "bespreken we in een gesprek, nooit via de app, en bij een klacht nemen we binnen een week contact "
          "op."),
    ("p", "Twee keer per jaar vullen de leerkrachten voor iedere leerling de observatielijst van ZIEN! in; "
          "leerlingen van groep 5 tot en met 8 vullen elk voorjaar de veiligheidsmonitor in. In 2019 gaf 94% "
          "van hen aan zich veilig te voelen op school en zei 6% regelmatig gepest te worden. Intern "
          "begeleider Samira el Idrissi is onze anti-pestcoördinator; het pestprotocol is in 2019 met de "
          "leerlingenraad herschreven, en incidenten leggen we vast in ParnasSys. In het voorjaar van 2021 "
          "en opnieuw in 2023 voelt minstens 95% van de leerlingen in groep 5 tot en met 8 zich veilig, en "
          "zegt minder dan 5% regelmatig gepest te worden."),
    ("s", "Openbaar: iedereen hoort erbij"),
    ("p", "Het Getij is een openbare school. Voor ons betekent dat dat ieder kind welkom is, ongeacht geloof, "
          "herkomst of de samenstelling van het gezin, en dat kinderen op school leren over de "
          "levensovertuigingen van anderen zonder dat de school er één voorschrijft. Elke maand staat er "
          "een feest of gedenkdag centraal, van het Suikerfeest en Divali tot Kerst en Chanoeka; kinderen "
          "die het feest thuis vieren, vertellen erover in de klas en ouders komen soms koken of muziek "
          "maken. In groep 7 en 8 kunnen ouders kiezen voor humanistisch of islamitisch "
          "vormingsonderwijs of protestants-christelijk godsdienstonderwijs; de andere kinderen filosoferen "
          "dan met de eigen leerkracht. Leerkrachten houden hun eigen overtuiging buiten "
          "de beoordeling van kinderen en ouders. In de klassenvergaderingen leren kinderen dat je van mening "
          "kunt verschillen en toch samen een besluit kunt nemen."),
    ("s", "Duidelijk informeren"),
    ("p", "Ouders krijgen berichten over de groep via Parro, elke vrijdag een kort weekbericht van de "
          "directie en eens per maand het Getijdenblad met achtergronden. Vragen beantwoorden we binnen twee "
          "werkdagen. We schrijven in eenvoudig Nederlands, op taalniveau B1, en leggen in een filmpje van "
          "drie minuten uit hoe het rapport gelezen moet worden."),

    ("h", "Groeien"),
    ("p", "Onze leerlingen gaan vijf gelijke dagen naar school, van 8.30 tot 14.15 uur, met een "
          "continurooster. Daarmee krijgen ze ruim de 7.520 uur onderwijs over acht jaar waar de wet om "
          "vraagt. Het programma dekt de kerndoelen: in de ochtend staan taal, lezen en rekenen centraal, "
          "in de middag wereldoriëntatie, kunst en cultuur en bewegingsonderwijs. Een vakleerkracht geeft "
          "de groepen 3 tot en met 8 twee gymlessen per week."),
    ("s", "De basis stevig"),
    ("p", "Lezen leren de kinderen in groep 3 met Veilig leren lezen; vanaf groep 4 lezen ze elke dag "
          "twintig minuten in een zelfgekozen boek en werken ze met Nieuwsbegrip aan begrijpend lezen. Voor "
          "spelling en taal gebruiken we Staal, voor rekenen sinds 2019 de vijfde versie van De wereld in "
          "getallen, met elke dag tien minuten automatiseren. Voor de resultaten leggen we de lat hoger dan "
          "de signaleringswaarden van de inspectie. Elke groep werkt vanuit de basisinstructie op het niveau "
          "van de jaargroep; een kind krijgt pas een eigen leerlijn na een besluit in de groepsbespreking, "
          "samen met de ouders, en niet vóór groep 6. In juni 2022 haalt ten minste 45% van onze leerlingen "
          "in groep 8 het rekenniveau 1S (2019: 41%) en in juni 2024 ten minste 50%. Voor lezen en "
          "taalverzorging houden we het percentage op niveau 2F op minimaal 65%, en voor alle drie de "
          "onderdelen haalt ieder jaar ten minste 95% van de leerlingen niveau 1F."),
    ("s", "Leren in units"),
    ("p", "In schooljaar 2019-2020 zijn we met de groepen 4 en 5 gestart met unitonderwijs. De drie groepen "
          "hebben een eigen stamgroep en lokaal, maar voor rekenen en spelling werken de ongeveer 80 "
          "kinderen op het leerplein in wisselende instructiegroepen op hun eigen niveau. Drie leerkrachten "
          "en een onderwijsassistent bereiden samen voor, verdelen de instructie en bespreken elke week "
          "welk kind in welke groep hoort. In augustus 2021 werken "
          "ook de groepen 6 en 7 zo, en in schooljaar 2022-2023 zijn de groepen 3 tot en met 8 verdeeld over "
          "drie units."),
    ("s", "Nieuwe inzichten"),
    ("p", "Het team kiest elk jaar één onderwijskundig onderwerp om zich samen in te verdiepen. In 2019-2020 "
          "was dat de vraag hoe kinderen onthouden wat ze leren: we lazen samen hoofdstukken uit Wijze lessen, "
          "bezochten in oktober een basisschool in Utrecht die er al mee werkt en probeerden in alle groepen "
          "het terugblikken aan het begin van de les uit."),
    ("s", "De wereld van de Poort"),
    ("p", "Wereldoriëntatie geven we in zes thema's per jaar. Blink gebruiken we als bron, maar de thema's "
          "kiezen we zelf en minstens twee per jaar komen uit de eigen omgeving van de kinderen. Groep 5 "
          "onderzoekt hoe een nieuwe wijk gebouwd wordt en bezoekt daarvoor een bouwplaats in het "
          "Homeruskwartier; groep 6 werkt over water en dijken, omdat Poort onder zeeniveau ligt en het "
          "Almeerderstrand om de hoek is; de kleuters hebben een thema over verhuizen, dat veel van hen net "
          "hebben meegemaakt. Kinderen formuleren bij elk thema zelf hun onderzoeksvragen."),
    ("p", "Daarnaast bouwen we aan een leerlijn digitale geletterdheid: de kleuters programmeren met "
          "Bee-Bots, groep 6 maakt in Scratch een eigen spel, groep 7 werkt in de week van de mediawijsheid "
          "aan nepnieuws en privacy, en groep 8 leert informatie zoeken en beoordelen voor het werkstuk. "
          "Vanaf groep 5 is er een Chromebook voor elke twee kinderen. Google Classroom, dat we tijdens de "
          "schoolsluiting leerden gebruiken, houden we aan voor het maakwerk van groep 7 en 8. In juni 2022 "
          "is de leerlijn voor groep 1 tot en met 8 beschreven en in alle groepen in gebruik."),
    ("s", "Zicht op ieder kind"),
    ("p", "De leerlingen maken in januari en juni de toetsen van het Cito-leerlingvolgsysteem. Na elke "
          "toetsperiode maakt iedere leerkracht een groepsoverzicht en analyseert hij of zij welke kinderen "
          "meer of juist minder instructie nodig hebben. Drie keer per jaar, in november, februari en juni, "
          "bespreekt de leerkracht de groep met de intern begeleider; daarbij liggen de toetsgegevens, de "
          "observaties van ZIEN! en de uitkomsten van de kindgesprekken naast elkaar. Bij de "
          "start van elk schooljaar vraagt de directeur in het startgesprek aan iedere medewerker wat hij of "
          "zij het komende jaar nodig heeft: begeleiding, scholing, tijd of een andere groep."),
    ("s", "Wat wij kunnen bieden"),
    ("p", "In ons schoolondersteuningsprofiel, dat in 2019 is bijgewerkt en op de website staat, beschrijven "
          "we wat we kinderen kunnen bieden. De basisondersteuning omvat het dyslexieprotocol met extra "
          "leesbegeleiding door een onderwijsassistent, een woordenschatgroep voor kinderen die thuis weinig "
          "Nederlands horen, visuele ondersteuning en een vaste dagstructuur voor kinderen met ADHD of autisme, "
          "en De Denktank: een ochtend per week voor ongeveer veertien meer- en hoogbegaafde leerlingen uit "
          "de groepen 5 tot en met 8. Voor extra ondersteuning hebben we een ondersteuningsteam van de twee "
          "intern begeleiders, een orthopedagoog die twee dagen per maand bij ons is en de "
          "schoolmaatschappelijk werker. Negen leerlingen hebben een eigen ontwikkelingsperspectief. Er zijn "
          "ook grenzen: we kunnen geen kind opvangen dat de hele dag één-op-één begeleiding nodig heeft of "
          "waarvan het gedrag de veiligheid van andere kinderen steeds in gevaar brengt, en we voeren geen "
          "verpleegkundige handelingen uit. Het Getij valt onder het Samenwerkingsverband Passend Onderwijs "
          "Almere."),

    ("h", "Vakmanschap"),
    ("p", "Ons team is in tien jaar gegroeid van vijf naar 34 medewerkers. De gemiddelde leeftijd is 38 jaar "
          "en bijna een derde van de leerkrachten werkt hier korter dan drie jaar. Dat vraagt dat we bewust "
          "samen leren."),
    ("s", "Leren in leerteams"),
    ("p", "Elke woensdagmiddag van 13.00 tot 14.30 uur is er tijd voor samen leren: om de week komen de "
          "leerteams van de units bij elkaar en in de andere weken is er een studiebijeenkomst voor het hele "
          "team. In 2020-2021 werken de leerteams met lesson study aan de rekeninstructie: samen een les "
          "ontwerpen, één collega geeft hem terwijl de anderen kijken, en de les daarna verbeteren. Vanaf "
          "2020-2021 bezoekt iedere leerkracht minstens twee keer per jaar een les van een collega, met een "
          "vooraf afgesproken kijkvraag. De intern begeleiders nemen deel aan de leergemeenschap van intern "
          "begeleiders van ASG en brengen wat ze daar leren in de teamvergadering in. Onze rekencoördinator "
          "zit in de werkgroep rekenen van de ASG-scholen in Almere Poort: vier keer per jaar leggen de "
          "coördinatoren daar hun toetsanalyses naast elkaar en nemen ze aanpakken van elkaar over; zo "
          "komt het automatiseren van tien minuten per dag bij ons vandaan."),
    ("s", "Een eigen ontwikkelvraag"),
    ("p", "Iedere medewerker formuleert in het startgesprek één eigen ontwikkelvraag en kiest daar zelf de "
          "scholing bij; daarvoor is per fte 500 euro beschikbaar. Vorig jaar kwamen drie collega's uit "
          "de bovenbouw op eigen initiatief met het voorstel om samen een cursus klassenmanagement te "
          "volgen en de technieken daarna in het team te laten zien; dat is inmiddels gebeurd. Twee "
          "leerkrachten volgen de leergang rekenspecialist van de ASG Academie en de adjunct-directeur het "
          "programma voor schoolleiders. Wie zo'n opleiding afrondt, krijgt taakuren voor de nieuwe rol, "
          "verzorgt een studiebijeenkomst voor het team en is voortaan het aanspreekpunt voor collega's. In "
          "2022 heeft iedere unit een rekenspecialist en een leesspecialist met een afgeronde opleiding."),
    ("s", "De gesprekscyclus"),
    ("p", "Ieder schooljaar begint met een startgesprek in september of oktober. Daarna volgt ten minste één "
          "klassenbezoek door de directeur of de adjunct met de kijkwijzer van de school, en in februari een "
          "voortgangsgesprek. Eens in de drie jaar, en voor nieuwe collega's aan het eind van het eerste "
          "jaar, is er een beoordelingsgesprek. De afspraken komen in het digitale personeelsdossier, zodat "
          "ook een nieuwe leidinggevende kan zien wat er is afgesproken."),
    ("s", "Nieuwe collega's en zij-instromers"),
    ("p", "Ook in Almere Poort is het moeilijk om leerkrachten te vinden. In 2019 begonnen twee "
          "zij-instromers bij ons: een voormalig ICT-consultant en een voormalig leidinggevende uit de "
          "kinderopvang. Zij geven les in een groep samen met een ervaren duo-collega, studeren één dag per "
          "week aan de pabo van Windesheim Flevoland en hebben elke week een gesprek met onze schoolopleider. "
          "Uiterlijk in juli 2022 hebben beiden hun bevoegdheid behaald; nieuwe zij-instromers krijgen "
          "dezelfde begeleiding."),
    ("s", "Werkdruk en levensfase"),
    ("p", "Het team heeft in 2018 zelf besloten hoe de werkdrukmiddelen worden besteed: aan twee extra "
          "onderwijsassistenten en aan de vakleerkracht gym, zodat leerkrachten twee uur per week zonder "
          "groep kunnen werken. Collega's met jonge kinderen kunnen vaste werkdagen afspreken, en collega's "
          "vanaf 57 jaar bespreken in het startgesprek hoe ze hun uren voor duurzame inzetbaarheid inzetten. "
          "In de week van de rapporten plannen we geen vergaderingen. In de werkdrukpeiling van het voorjaar "
          "2022 geeft ten minste 75% van de medewerkers aan dat de werkdruk goed te doen is (2019: 62%)."),
    ("p", "In de teamkamer hangt sinds de opening van het gebouw ons motto: Wij geven altijd het beste van "
          "onszelf."),

    ("h", "Samen in de Poort"),
    ("p", "Bij dit thema hebben we geen nieuwe doelen geformuleerd. Het gaat erom dat we vasthouden wat er staat."),
    ("s", "Ouders als partner"),
    ("p", "In de derde week van het schooljaar voeren we met alle ouders een startgesprek, vanaf groep 5 "
          "samen met het kind. Niet de leerkracht maar de ouders vertellen: over hun kind, over wat thuis "
          "goed werkt en over wat zij van dit jaar verwachten. Bij elk wereldoriëntatiethema is er een "
          "kijkmiddag waarop kinderen hun ouders laten zien wat ze hebben geleerd. Ouders van groep 3 krijgen "
          "in oktober een leesavond met tips om thuis samen te lezen."),
    ("s", "Medezeggenschap"),
    ("p", "De medezeggenschapsraad bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per "
          "jaar; de directeur is bij het eerste deel van elke vergadering aanwezig. We leggen plannen vroeg "
          "aan de MR voor, als er nog iets te kiezen valt. Zo heeft de MR in mei 2019 over de pilot met "
          "unitonderwijs gesproken voordat het team een besluit nam, en kwam op voorstel van de MR de "
          "evaluatie met ouders in februari 2020 in de planning."),
    ("s", "Partners in de wijk"),
    ("p", "Met kinderopvang Zeester werken we aan één lijn van peuter naar kleuter: de pedagogisch "
          "medewerkers en de kleuterleerkrachten gebruiken dezelfde thema's, en elke peuter gaat met een "
          "overdrachtsgesprek naar groep 1. De Bibliotheek Almere heeft een leesconsulent die om de week "
          "een dag bij ons is en de schoolbibliotheek bijhoudt. De schoolmaatschappelijk werker "
          "van het wijkteam Poort heeft op donderdagochtend spreekuur in de school, en de wijkagent geeft "
          "groep 7 elk jaar een les over veiligheid op straat. Elk voorjaar ruimen de groepen 6 het "
          "Almeerderstrand op, samen met de strandpaviljoens en vrijwilligers uit de wijk."),
    ("s", "Opleiden voor Almere"),
    ("p", "Het Getij is opleidingsschool binnen het partnerschap Opleiden in Almere, waarin ASG, de andere "
          "Almeerse schoolbesturen voor primair onderwijs en Windesheim Flevoland samen studenten opleiden. "
          "Dit schooljaar lopen zes pabostudenten stage bij ons, onder wie twee leraren in opleiding in hun "
          "laatste jaar. Een van onze leerkrachten is schoolopleider en begeleidt hen, samen met de "
          "mentoren in de groepen. Zo dragen "
          "we samen met de andere besturen bij aan de aanpak van het lerarentekort in de stad."),

    ("h", "Hoe wij de kwaliteit bewaken"),
    ("p", "Ieder jaar maken we in juni een jaarplan met de doelen uit dit schoolplan die dat jaar aan de "
          "beurt zijn, en in juni van het jaar daarop beschrijven we in het jaarverslag wat er is bereikt. "
          "Twee keer per jaar, in februari en juni, maken de intern begeleiders en de directie een "
          "trendanalyse van de toetsresultaten; die bespreken we met het hele team. Met de kwaliteitskaarten van WMK-PO "
          "bekijken we elk domein ten minste één keer in vier jaar. Leerlingen van groep 5 tot en met 8 "
          "vullen elk jaar een vragenlijst in, ouders en medewerkers in 2020 en 2022. De directeur bespreekt "
          "de resultaten vier keer per jaar in de kwartaalrapportage met het bestuur. In het voorjaar van "
          "2022 ontvangen we een interne audit van ASG, en de verbeterpunten daaruit werken we uit in het "
          "jaarplan 2022-2023."),

    ("h", "Vaststelling"),
    ("p", "Dit schoolplan is op 27 mei 2020 met het team besproken. De medezeggenschapsraad van Het Getij "
          "heeft op 9 juni 2020 ingestemd met het plan, waarna het College van Bestuur van ASG het op 30 "
          "juni 2020 heeft vastgesteld."),
]

KENGETALLEN = [
    ("Leerlingen (1 oktober 2019)", "412 (2015: 268)"),
    ("Groepen", "17, waarvan 5 kleutergroepen"),
    ("Medewerkers", "34 (26,4 fte): 23 leerkrachten, 2 intern begeleiders, 3 onderwijsassistenten, "
                    "vakleerkracht gym, directeur, adjunct-directeur, administratie, conciërge, schoolopleider"),
    ("Schoolweging (CBS 2019)", "30,4"),
    ("Thuistaal anders dan Nederlands", "ongeveer 35% van de leerlingen"),
    ("Eindtoets IEP, gemiddelde score", "2018: 80,9; 2019: 81,6"),
    ("Referentieniveau 1F (2019)", "lezen 97%, taalverzorging 98%, rekenen 94%"),
    ("Referentieniveau 2F/1S (2019)", "lezen 68%, taalverzorging 62%, rekenen 41%"),
    ("Uitstroom naar het vo (2019, 57 leerlingen)", "vwo 28%, havo/vwo 9%, havo 21%, vmbo-t/havo 12%, "
                                                    "vmbo-t 16%, vmbo-b/k 12%, praktijkonderwijs 2%"),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Marleen Hoekstra"
    cp.last_modified_by = "Marleen Hoekstra"
    cp.title = "Schoolplan 2020-2024 obs Het Getij"
    cp.created = VAST
    cp.modified = VAST
    cp.revision = 1

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan obs Het Getij 2020-2024 – pagina ")
    page_field(voet)

    for soort, tekst in TEKST:
        if soort == "tabel":
            tabel(doc, ["Kengetal", "Het Getij"], KENGETALLEN, breedtes=[6.0, 10.0])
            continue
        p = doc.add_paragraph()
        if soort == "t":
            r = p.add_run(tekst)
            r.bold = True
            r.font.size = Pt(24)
        elif soort == "t2":
            r = p.add_run(tekst)
            r.bold = True
            r.font.size = Pt(16)
        elif soort == "h":
            r = p.add_run(tekst)
            r.bold = True
            r.font.size = Pt(14)
            p.paragraph_format.space_before = Pt(18)
        elif soort == "s":
            r = p.add_run(tekst)
            r.bold = True
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.keep_with_next = True
        elif soort == "i":
            p.add_run(tekst).italic = True
        else:
            p.add_run(tekst)
    doc.save(path)
    deterministisch(path, VAST)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_49_obs_het_getij_poort.docx")
