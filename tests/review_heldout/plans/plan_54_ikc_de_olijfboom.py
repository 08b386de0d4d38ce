"""Schoolplan 2024-2028 van IKC De Olijfboom, een protestants-christelijk integraal kindcentrum
voor kinderen van 0 tot 13 jaar in de Faunabuurt in Almere Buiten (dagopvang, peuteropvang met VVE,
basisschool met 312 leerlingen, BSO; 41 medewerkers in één team).

Ontwerp: na een hoofdstuk over het kindcentrum volgt een apart hoofdstuk 'Waarden en dagelijkse
praktijk' met de christelijke identiteit en de vier kernwaarden van de koers (per kernwaarde een
Heading 2). Daarna één hoofdstuk per venster, elk afgesloten met een doelentabel met eigen kolommen
(Ons doel / Aanpak / Wie trekt / Klaar in / Zo zien we het). Hoofdstuk 7 (financiën en
huisvesting) gebruikt woorden uit de koers in een andere betekenis (dekkend wifi-netwerk, vitale
installaties, mobiliteit rond het gebouw, innovatieve warmtepomp, horizon van de begroting,
Landelijk Register, regionale inkoop, overkoepelende raamovereenkomst, interne expertise,
Talentenzaal, processen en systemen). Een deel van de doelzinnen van het bestuur staat er
letterlijk in met 'wij', zonder eigen inhoud (kopie). De MR heeft alleen positief geadviseerd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

DATUM = datetime.datetime(2024, 6, 28, 10, 0, 0)

KOP = ["Ons doel", "Aanpak", "Wie trekt", "Klaar in", "Zo zien we het"]
BREEDTES = [3.2, 4.6, 2.6, 2.2, 4.4]

INHOUD: list[tuple[str, object]] = [
    ("h1", "1. Ons kindcentrum"),
    ("p", "IKC De Olijfboom is een protestants-christelijk kindcentrum in de Faunabuurt in Almere "
          "Buiten. Onder één dak bieden we dagopvang voor kinderen van 0 tot 4 jaar (drie groepen, 42 "
          "kindplaatsen), peuteropvang met voor- en vroegschoolse educatie (twee groepen van 16 "
          "peuters), basisonderwijs aan 312 leerlingen in 13 groepen en buitenschoolse opvang voor 60 "
          "kinderen van 4 tot 13 jaar. In 2018 zijn basisschool De Olijfboom en kinderopvang 't Nest "
          "samengegaan in één organisatie met één directeur en één team van 41 medewerkers: 18 "
          "leerkrachten, 15 pedagogisch medewerkers, een intern begeleider, een coördinator jonge kind, "
          "twee onderwijsassistenten, een conciërge, een administratief medewerker, een "
          "locatiecoördinator opvang en de directeur."),
    ("p", "De Faunabuurt is een wijk uit de jaren tachtig met veel rijtjeshuizen en steeds meer jonge "
          "gezinnen. 22 procent van onze leerlingen heeft een schoolgewicht en 31 procent van de peuters "
          "een VVE-indicatie. Ongeveer 40 procent van de gezinnen is niet christelijk."),
    ("p", "Dit schoolplan loopt van 1 augustus 2024 tot en met 31 juli 2028. Het team heeft er op drie "
          "studiemiddagen aan gewerkt. Het plan volgt de opbouw van de koers van ons bestuur, ASG: eerst "
          "onze waarden, daarna per venster wat we doen en welke doelen we ons stellen. Hoofdstuk 7 gaat "
          "over financiën en huisvesting."),
    ("p", "Wat gaat goed en wat moet beter? Ouders geven de opvang in de peiling van 2023 een 8,2 en de "
          "school een 7,9, en onze resultaten op de doorstroomtoets liggen al jaren boven de "
          "signaleringswaarden. Minder goed gaat het met begrijpend lezen in de groepen 5 tot en met 8, "
          "de overgang van peuter naar kleuter verloopt nog wisselend, en in 2023 had maar 86 procent van "
          "de gezinnen een startgesprek. Die punten komen in de hoofdstukken 3 tot en met 6 terug."),

    ("h1", "2. Waarden en dagelijkse praktijk"),
    ("p", "Ons kindcentrum is protestants-christelijk. Elke dag begint in alle groepen, vanaf de peuters, "
          "met een moment van stilte, een lied of gebed en een verhaal uit de Bijbel uit Kind op Maandag. "
          "Met Kerst, Pasen en Pinksteren houden we vieringen; de kerstviering is in de Goede Herderkerk "
          "aan de overkant. Naast onze christelijke identiteit werken we met de vier kernwaarden van ASG. "
          "Hieronder staat wat ze voor ons betekenen en wat je ervan ziet op een gewone dag."),
    ("h2", "Gezien worden"),
    ("p", "Gezien worden sluit aan bij wat wij geloven: ieder kind is door God gewild en gekend. "
          "Iedereen bij ons is waardevol en wordt gezien. Dat is de basis van ons kindcentrum."),
    ("p", "Wie bij ons binnenkomt, moet zich thuis voelen. Elke maandagochtend van 8.30 tot 9.15 uur "
          "staat in de ouderkamer de koffie klaar; de directeur of de coördinator jonge kind is er altijd "
          "bij. Gezinnen die hun kind willen aanmelden, krijgen een rondleiding door twee kinderen uit "
          "groep 8 en daarna een gesprek met de directeur. Nieuwe gezinnen van de dagopvang krijgen in de "
          "eerste week twee wenmomenten en een vaste mentor. Bezoekers melden zich bij de balie in de "
          "centrale hal, waar overdag altijd iemand van de administratie of de opvang zit."),
    ("h2", "Open"),
    ("p", "Als christelijk kindcentrum staan we open voor ieder kind. Wij gaan respectvol om met de "
          "mensen binnen en buiten onze organisatie."),
    ("p", "Ongeveer 40 procent van onze gezinnen is niet christelijk: er zijn islamitische, hindoeïstische "
          "en niet-gelovige gezinnen. Bij de intake vertellen we eerlijk wat de christelijke identiteit "
          "inhoudt: alle kinderen doen mee met de dagopening en de vieringen, maar niemand hoeft te bidden. "
          "In de kring vertellen kinderen over hun eigen feesten; rond het Suikerfeest en Divali besteden "
          "de groepen daar aandacht aan. Van nieuwe medewerkers vragen we dat zij de christelijke "
          "identiteit van het kindcentrum onderschrijven; lid zijn van een kerk is geen voorwaarde, en "
          "drie van onze pedagogisch medewerkers zijn moslim."),
    ("p", "In onze communicatie zijn we transparant en toegankelijk. Concreet: ouders van opvang en "
          "school gebruiken één app, Parro, waarin elke groep wekelijks laat zien waar de kinderen mee "
          "bezig zijn; de nieuwsbrief verschijnt om de week op vrijdag; verslagen van de MR en de "
          "oudercommissie staan op de website; ouders kunnen het dossier van hun kind inzien; en bij een "
          "incident bellen we ouders dezelfde dag. Voor ouders die weinig Nederlands lezen, gebruiken we "
          "de vertaalknop in Parro en bij gesprekken een tolk via de tolkentelefoon."),
    ("h2", "Vooruitstrevend"),
    ("p", "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Wij "
          "geven ons onderwijs gericht inhoud langs de drie horizonten van de innovatiestrategie van ASG; "
          "hoe we dat doen, werken we uit in de jaarplannen."),
    ("p", "Wel zijn we benieuwd naar wat onderzoek ons kan leren. In 2024-2025 doen onze coördinator jonge "
          "kind en twee pedagogisch medewerkers mee aan een onderzoek van het lectoraat Jonge Kind van "
          "Hogeschool Windesheim naar hoe kinderen van 2 tot 4 jaar woorden leren in gemengde groepen; "
          "wat daaruit komt, gebruiken we bij de herziening van ons VVE-programma. Twee leerkrachten "
          "volgen de master Leren en Innoveren, met een afstudeeronderzoek naar begrijpend lezen in de "
          "groepen 5 tot en met 8. In het voorjaar van 2025 bezoekt het team twee kindcentra buiten "
          "Almere die al langer werken met één lijn van 0 tot 6 jaar."),
    ("h2", "Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze kinderen en van elkaar. In de praktijk betekent dat: "
          "leerkrachten stellen per groep doelen op basis van wat de kinderen al kunnen, niet op basis "
          "van het gemiddelde. Voor lezen, taalverzorging en rekenen streven we ernaar dat minstens 65 "
          "procent van de kinderen in groep 8 het niveau 2F/1S haalt (2024: 58 procent). Kinderen die "
          "meer aankunnen, gaan een ochtend per week naar de plusgroep. Een kind krijgt pas een eigen "
          "leerlijn op een lager niveau na overleg met ouders, intern begeleider en een "
          "onderwijsspecialist, en nooit voor groep 6. Wij geven altijd het beste van onszelf."),

    ("h1", "3. Venster 1: Goed en toegankelijk onderwijs"),
    ("h2", "Eén lijn van 0 tot 13"),
    ("p", "Kinderen die op de dagopvang beginnen, kunnen tot hun dertiende bij ons blijven. Dagopvang, "
          "peuteropvang en de groepen 1 en 2 werken met dezelfde zes thema's per jaar van elk zes weken, "
          "met dezelfde woordenlijsten bij peuters en kleuters. Peuters met een VVE-indicatie komen 16 "
          "uur per week; elke dag staan er een kringactiviteit, een taalactiviteit in een klein groepje "
          "en buitenspel op het programma. Als een peuter vier wordt, bespreken de pedagogisch "
          "medewerker en de leerkracht van groep 1 samen het overdrachtsformulier, en de peuter gaat "
          "vooraf twee ochtenden met zijn eigen pedagogisch medewerker mee naar de kleutergroep."),
    ("h2", "Onderwijsprogramma"),
    ("p", "In de groepen 1 tot en met 8 werken we aan alle kerndoelen. Voor lezen, taal en rekenen "
          "gebruiken we Veilig leren lezen, Staal en Wereld in Getallen 5, die we aanpassen aan de groep: "
          "elke dag krijgt een groepje kinderen verlengde instructie aan de instructietafel, en wie de "
          "stof al beheerst, gaat meteen aan verrijkingswerk. Voor begrijpend lezen werken de groepen 4 "
          "tot en met 8 drie keer per week met echte teksten uit kinderkranten en informatieve boeken. "
          "Bewegingsonderwijs krijgen de groepen 3 tot en met 8 twee keer per week van een vakleerkracht; "
          "de kleuters spelen dagelijks buiten en hebben twee keer per week les in de speelzaal. Muziek "
          "krijgen alle groepen wekelijks van een vakdocent van de Almeerse muziekschool. De BSO heeft "
          "op woensdag- en vrijdagmiddag een eigen programma met koken, techniek en buitenspel dat "
          "aansluit bij de thema's van de groepen."),
    ("p", "Wereldoriëntatie, techniek en beeldende vorming geven we in thema's van zes weken. Elk thema "
          "begint met een vragenmuur waarop de kinderen zetten wat ze willen weten; twee van de zes weken "
          "vullen de leerkrachten in met die vragen. Zo kozen de kinderen van groep 6 in 2023 voor een "
          "thema over de grote grazers in de Oostvaardersplassen, met een excursie met de boswachter, en "
          "onderzocht groep 4 waarom er in hun eigen straat zoveel katten zijn."),
    ("p", "Ons kindcentrum heeft een toekomstgericht curriculum. Wij ontwikkelen ons aanbod de komende "
          "jaren verder, zodat het blijft aansluiten bij de toekomst van onze kinderen."),
    ("h2", "Zicht op ontwikkeling"),
    ("p", "We volgen alle kinderen van 0 tot 13 in één lijn. Op de opvang observeren de pedagogisch "
          "medewerkers met KIJK! 0-4 twee keer per jaar, in de groepen 1 en 2 met KIJK! 4-7. In de groepen "
          "3 tot en met 8 nemen we twee keer per jaar de toetsen van het leerlingvolgsysteem af. Na elke "
          "toetsperiode bespreekt intern begeleider Esther Verhoef met elke leerkracht de groep: welke "
          "kinderen lopen voor of achter, en wat doet de leerkracht de komende periode anders. Ook hoe "
          "kinderen zich voelen, bespreken we; daarvoor vullen leerkrachten en kinderen vanaf groep 5 "
          "twee keer per jaar een vragenlijst in."),
    ("h2", "Ondersteuning"),
    ("p", "We zijn aangesloten bij het samenwerkingsverband Passend Onderwijs Almere. Ons "
          "schoolondersteuningsprofiel (maart 2024, op de website) beschrijft wat we bieden. Tot onze "
          "basisondersteuning horen het dyslexieprotocol met extra leesbegeleiding vanaf groep 2, de "
          "plusgroep, vier uur per week NT2-ondersteuning voor nieuwkomers door een onderwijsassistent, "
          "een rustige werkplek in elke groep en een vaste time-outafspraak. Voor extra ondersteuning "
          "vragen we een arrangement aan, bijvoorbeeld voor een kind met een taalontwikkelingsstoornis. "
          "Wat we niet kunnen: kinderen die de hele dag één-op-éénbegeleiding nodig hebben, of die "
          "vanwege hun gedrag voortdurend buiten de groep moeten worden opgevangen. Kinderen in een "
          "rolstoel kunnen we tot de verbouwing van 2026 niet plaatsen in de groepen 6 tot en met 8 op "
          "de eerste verdieping."),
    ("h2", "Veiligheid"),
    ("p", "We werken met KiVa, een programma tegen pesten, in alle groepen en op de BSO, met dezelfde "
          "regels en dezelfde taal. Elk jaar in maart vullen de kinderen van groep 5 tot en met 8 de "
          "KiVa-monitor in; de uitkomsten bespreken we in het team en met de MR. Onze anti-pestcoördinator, "
          "Mirjam Schaap, is het aanspreekpunt voor kinderen en ouders. Incidenten registreren we in "
          "ParnasSys en bespreken we maandelijks in het zorgoverleg. Voor de opvang geldt daarnaast het "
          "veiligheids- en gezondheidsbeleid dat we jaarlijks met de oudercommissie bespreken, en voor het "
          "hele kindcentrum de meldcode huiselijk geweld en kindermishandeling."),
    ("h2", "Burgerschap"),
    ("p", "Kinderen leren bij ons wat het betekent om mee te doen in een democratie. Elke groep vanaf "
          "groep 3 houdt om de week een klassenvergadering waarin de kinderen zelf punten inbrengen en "
          "stemmen over voorstellen. De kinderraad, met twee kinderen uit elk van de groepen 5 tot en met "
          "8, vergadert zes keer per jaar met de directeur en beslist over 1.000 euro per jaar. Groep 7 "
          "bezoekt de gemeenteraad van Almere; groep 8 werkt zes weken aan het thema 'Recht en onrecht', "
          "over de grondwet en de rechten van het kind. Vanuit ons geloof leren kinderen ook op te komen "
          "voor wie zwakker is: elk jaar kiest de kinderraad een goed doel waarvoor de hele school in "
          "actie komt."),
    ("h2", "Kwaliteitszorg"),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni schrijven we het jaarplan met de doelen "
          "uit dit schoolplan die dat jaar aan de beurt zijn. In januari en juni maakt de intern "
          "begeleider een trendanalyse van de toetsresultaten per groep en per vak, die zij met de "
          "directeur bespreekt en die leidt tot aanpassingen in de groepsplannen. De directeur bezoekt elke groep "
          "twee keer per jaar met een vaste kijkwijzer. Om het jaar houden we een tevredenheidspeiling "
          "onder ouders, medewerkers en kinderen vanaf groep 6. In september schrijven we een jaarverslag "
          "voor MR en bestuur. De opvang wordt jaarlijks door de GGD geïnspecteerd; in 2023 zonder "
          "overtredingen."),
    ("p", "De Inspectie gaf ons bij het laatste bezoek (april 2022) het basisarrangement. Op de "
          "doorstroomtoets van 2024 haalde 97 procent van onze leerlingen het niveau 1F "
          "(signaleringswaarde 85 procent) en 58 procent het niveau 2F/1S (signaleringswaarde 47,3 "
          "procent); drie jaar op rij liggen we boven beide signaleringswaarden."),
    ("tabel", [
        ["Eén themaplanning 0-6", "Zes gezamenlijke thema's per jaar; startbijeenkomst per thema voor "
         "pedagogisch medewerkers en kleuterleerkrachten", "Coördinator jonge kind (Anouk Visser)",
         "augustus 2025", "Elk thema staat in de planning van opvang, peuters en groep 1-2; elke "
         "vierjarige heeft een warme overdracht"],
        ["Meer kinderen op 2F/1S", "Dagelijks verlengde instructie; begrijpend lezen met echte teksten",
         "Intern begeleider", "juli 2027", "Minstens 65% van groep 8 haalt 2F/1S (2024: 58%)"],
        ["Thema's vanuit vragen van kinderen", "Vragenmuur bij elk thema; twee weken per thema gevuld "
         "met kindvragen", "Bouwcoördinatoren", "juli 2025", "In elk thema van groep 3-8 is vastgelegd "
         "welke kindvragen zijn gebruikt"],
        ["Veilig voor ieder kind", "KiVa in alle groepen en op de BSO; jaarlijkse monitor",
         "Anti-pestcoördinator", "elk jaar in maart", "Minstens 95% van groep 5-8 voelt zich veilig "
         "(2024: 93%)"],
        ["Leerlijn burgerschap", "Klassenvergaderingen, kinderraad en thema 'Recht en onrecht' in één "
         "leerlijn groep 1-8", "Directeur", "juni 2025", "Leerlijn vastgesteld en besproken met de MR"],
        ["Ondersteuningsprofiel bijgewerkt", "Na de verbouwing (lift) het profiel aanpassen",
         "Intern begeleider", "december 2026", "Nieuw profiel op de website; rolstoelgebruikers in alle "
         "groepen plaatsbaar"],
    ]),

    ("h1", "4. Venster 2: Personeel in positie"),
    ("p", "In ons kindcentrum werken leerkrachten en pedagogisch medewerkers in één team, met één "
          "teamvergadering per maand en gezamenlijke studiemiddagen."),
    ("h2", "Leren en opleiden"),
    ("p", "Iedere medewerker heeft een eigen scholingsplan, dat in het startgesprek wordt besproken. Alle "
          "pedagogisch medewerkers van de peuteropvang hebben uiterlijk in 2025 het VVE-certificaat en "
          "taalniveau 3F; voor wie dat nog niet heeft, betalen we cursus en toets. Leerkrachten volgen "
          "elk jaar minstens één cursus die past bij de doelen van dit plan (in 2024-2025: begrijpend "
          "lezen en KiVa). Alle scholing wordt vastgelegd in het digitale personeelsdossier."),
    ("h2", "Jaargesprekken"),
    ("p", "Iedere medewerker heeft in oktober een startgesprek over zijn doelen voor het jaar, in maart "
          "een voortgangsgesprek en elke drie jaar een beoordelingsgesprek. De directeur voert die "
          "gesprekken met de leerkrachten, de locatiecoördinator met de pedagogisch medewerkers. In het "
          "startgesprek vragen we ook wat de medewerker nodig heeft om zijn werk goed te doen: een "
          "cursus, een andere groep, hulp bij een lastige klas. In 2023-2024 voerde 88 procent van de "
          "medewerkers alle gesprekken."),
    ("h2", "Collega's die nog studeren"),
    ("p", "Twee leerkrachten zijn zij-instromer en halen hun pabodiploma in deeltijd. Zij krijgen een "
          "coach, een halve dag per week studieverlof en in hun eerste jaar geen groep 8. Een groep wordt "
          "nooit alleen aan een zij-instromer gegeven: er is altijd een duopartner met een bevoegdheid."),
    ("h2", "Welbevinden"),
    ("p", "ASG heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers, en dat geldt "
          "ook voor ons kindcentrum. Wij willen vitale werknemers."),
    ("tabel", [
        ["3F en VVE-certificaat voor alle pedagogisch medewerkers", "Cursus en toets betaald; roostervrij "
         "voor de lesdagen", "Locatiecoördinator opvang", "juli 2025", "100% van de pedagogisch "
         "medewerkers van de peuteropvang gecertificeerd"],
        ["Alle jaargesprekken gevoerd", "Planning per medewerker in het personeelssysteem; herinnering "
         "per maand", "Directeur en locatiecoördinator", "elk schooljaar", "100% start-, voortgangs- en "
         "beoordelingsgesprekken (2023-2024: 88%)"],
        ["Zij-instromers bevoegd", "Coach, studieverlof, duopartner", "Directeur", "juli 2027",
         "Beide zij-instromers hebben hun pabodiploma"],
        ["Scholing zichtbaar", "Scholing vastgelegd in het personeelsdossier", "Iedere medewerker",
         "elk jaar", "Elke medewerker minstens één cursus per jaar in het dossier"],
    ]),

    ("h1", "5. Venster 3: De meerwaarde van ASG"),
    ("p", "Als kindcentrum van ASG staan we er niet alleen voor. Onze intern begeleider gaat vijf keer "
          "per jaar naar het IB-netwerk van de ASG-basisscholen, waar intern begeleiders casussen en "
          "aanpakken uitwisselen; de directeur zit maandelijks in het directeurenoverleg van ASG. Onze "
          "coördinator jonge kind is lid van het VVE-netwerk van de Almeerse kindcentra. De leerkrachten "
          "van groep 8 spreken elk jaar in maart de brugklascoördinatoren van de middelbare scholen op "
          "de overdrachtsmiddag. Nieuwe medewerkers gaan in hun eerste jaar naar ASG Start."),
    ("p", "Voor vragen over personeelszaken, ICT, huisvesting en financiën weten we waar we moeten zijn. "
          "In onze teammap staat het overzicht 'Wie doet wat' met de namen en telefoonnummers van de "
          "contactpersonen op het servicebureau van ASG. De directeur neemt die lijst in de eerste week "
          "met elke nieuwe medewerker door; de administratie werkt hem elk jaar in september bij."),
    ("p", "Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede "
          "studiedagen."),
    ("tabel", [
        ["IB-netwerk benutten", "Vijf bijeenkomsten per jaar; één aanpak mee terug naar het zorgoverleg",
         "Intern begeleider", "elk jaar", "Elk jaar één nieuwe aanpak besproken in het zorgoverleg"],
        ["Iedereen weet wie waarvoor", "Lijst 'Wie doet wat' bijhouden en doornemen met nieuwe "
         "collega's", "Administratie", "september 2024, daarna jaarlijks", "Nieuwe medewerkers weten na "
         "een maand bij wie ze terechtkunnen (vraag in het startgesprek)"],
        ["Goede overdracht naar het VO", "Overdrachtsmiddag in maart", "Leerkrachten groep 8",
         "maart 2025", "Voor elke leerling van groep 8 een gesprek met de nieuwe school"],
    ]),

    ("h1", "6. Venster 4: Partnerschap"),
    ("h2", "Ouders"),
    ("p", "In de derde schoolweek heeft elke leerkracht een startgesprek met ouders en kind (vanaf groep "
          "5 is het kind erbij), waarin ouders vertellen wat ze thuis zien en wat hun kind van ons vraagt. "
          "In november en maart volgen ouder-kindgesprekken over de voortgang. Ouders van VVE-peuters "
          "krijgen bij elk thema een thuispakket met een prentenboek en spelletjes, en komen zes keer per "
          "jaar naar een ouderochtend in de peutergroep, waar ze meedoen met een activiteit en zien hoe ze "
          "thuis met taal kunnen spelen. Ouders van groep 3 krijgen in september een leesavond over hoe "
          "hun kind leert lezen en hoe ze thuis kunnen oefenen."),
    ("h2", "Meepraten"),
    ("p", "Onze MR bestaat uit vier ouders en vier medewerkers, onder wie één pedagogisch medewerker. De "
          "opvang heeft daarnaast een oudercommissie. Twee keer per jaar vergaderen MR en oudercommissie "
          "samen; de directeur legt daar plannen voor die nog niet vastliggen. Zo is het continurooster "
          "dat in augustus 2025 ingaat, eerst in die gezamenlijke vergadering besproken; op verzoek van "
          "de ouders kunnen kinderen op woensdag via de BSO een warme lunch krijgen."),
    ("h2", "Samen in de buurt"),
    ("p", "We werken nauw samen met organisaties in de Faunabuurt. De Goede Herderkerk ontvangt ons bij "
          "de kerstviering, en de predikant geeft in groep 7 en 8 lessen over de kerk. Een leesconsulent "
          "van de bibliotheek is elke dinsdag op school en helpt kinderen boeken kiezen. Het "
          "consultatiebureau zit twee ochtenden per week in ons gebouw en signaleert samen met de "
          "pedagogisch medewerkers peuters met een taalachterstand. Een logopediepraktijk behandelt in "
          "ons gebouw, zodat kinderen onder schooltijd kunnen gaan. De buurtsportcoach organiseert op "
          "woensdagmiddag sport op het plein, en het wijkteam schuift aan bij ons zorgoverleg."),
    ("tabel", [
        ["Startgesprek met elk gezin", "Startgesprekken in week 3; kind erbij vanaf groep 5",
         "Leerkrachten", "elk jaar in september", "Minstens 95% van de gezinnen had een startgesprek "
         "(2023: 86%)"],
        ["Ouders van peuters doen mee", "Thuispakket per thema; zes ouderochtenden", "Coördinator jonge "
         "kind", "2025-2026", "Gemiddeld 70% van de VVE-ouders op de ouderochtenden"],
        ["Plannen vroeg bespreken", "Gezamenlijke vergadering MR en oudercommissie, twee keer per jaar",
         "Directeur", "vanaf oktober 2024", "Elk groot plan eerst in de gezamenlijke vergadering"],
        ["Zorg dichtbij", "Consultatiebureau en wijkteam in het zorgoverleg", "Intern begeleider",
         "2025", "Wijkteam minstens acht keer per jaar in het zorgoverleg"],
    ]),

    ("h1", "7. Financiën en huisvesting"),
    ("p", "De financiën van ons kindcentrum zijn op orde. In 2024 ontvangen we voor het basisonderwijs "
          "2,38 miljoen euro rijksbijdrage; de kinderopvang heeft een omzet van 1,46 miljoen euro uit "
          "ouderbijdragen en kinderopvangtoeslag. We begroten met een horizon van vier jaar: de "
          "meerjarenbegroting 2024-2028 sluit met een klein positief resultaat, vooral dankzij de groei "
          "van de BSO. De vrijwillige ouderbijdrage is 45 euro per kind. De kinderopvang staat "
          "ingeschreven in het Landelijk Register Kinderopvang. De administratieve processen en systemen "
          "van opvang en school (facturatie in KindPlanner, leerlingadministratie in ParnasSys) koppelen "
          "we in 2025, zodat ouders één overzicht krijgen."),
    ("p", "Ons gebouw dateert uit 1996 en is in 2018 aangepast voor de opvang; de speelzaal heet sindsdien "
          "de Talentenzaal. In 2026 bouwen we twee lokalen bij voor de groeiende BSO en komt er een lift, "
          "zodat de eerste verdieping toegankelijk wordt voor rolstoelen. De verbouwing loopt via de "
          "overkoepelende raamovereenkomst die ASG met een aannemer heeft gesloten; voor het bouwkundig "
          "toezicht hebben we geen interne expertise en huren we een adviseur in. De vitale installaties "
          "(verwarming, ventilatie, brandmelding) laten we elk kwartaal controleren. In de zomer van 2025 "
          "leggen we een dekkend wifi-netwerk aan in het hele gebouw, ook op de BSO en het speelplein. De "
          "nieuwe luchtwarmtepomp, een innovatieve installatie die warmte uit de buitenlucht haalt, moet "
          "de energierekening met een derde verlagen; energie kopen we in via de regionale "
          "inkoopcombinatie van schoolbesturen."),
    ("p", "De mobiliteit rond het gebouw is een zorg: 's ochtends staan er tot 60 auto's in de straat. Met "
          "de wijkagent hebben we een kiss-and-ride-zone afgesproken, en de fietsenstalling breiden we uit "
          "tot 150 plekken. Op zondag huurt een migrantenkerk de aula; zij zijn daar sinds 2019 gastvrij "
          "ontvangen en betalen 85 euro per keer."),

    ("h1", "8. Vaststelling"),
    ("p", "De MR heeft op 4 juni 2024 over dit schoolplan gesproken. De MR heeft meegedacht over de doelen "
          "voor ouders en veiligheid en heeft een positief advies gegeven. Het bestuur van ASG heeft het "
          "plan op 1 juli 2024 vastgesteld."),
    ("p", "Henk-Jan de Boer, directeur IKC De Olijfboom"),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "H.J. de Boer"
    cp.title = "Schoolplan 2024-2028 IKC De Olijfboom"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "H.J. de Boer"
    cp.revision = 1

    doc.add_paragraph("Schoolplan 2024–2028", style="Title")
    doc.add_paragraph("IKC De Olijfboom – protestants-christelijk kindcentrum voor kinderen van 0 tot 13 "
                      "jaar", style="Subtitle")
    for regel in (
        "Rietvinklaan 8, 1335 Almere (Almere Buiten)  ·  BRIN 18QX",
        "Planperiode: 1 augustus 2024 tot en met 31 juli 2028",
        "Directeur: Henk-Jan de Boer",
    ):
        doc.add_paragraph(regel)
    doc.add_page_break()

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(str(inhoud), level=1)
        elif soort == "h2":
            doc.add_heading(str(inhoud), level=2)
        elif soort == "p":
            doc.add_paragraph(str(inhoud))
        elif soort == "tabel":
            doc.add_heading("Doelen", level=3)
            tabel(doc, KOP, inhoud, BREEDTES)
            doc.add_paragraph()

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "IKC De Olijfboom – schoolplan 2024–2028 – "
    page_field(voet)
    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_54_ikc_de_olijfboom.docx")
