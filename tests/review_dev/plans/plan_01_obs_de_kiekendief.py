"""Ontwikkelschoolplan 01: OBS De Kiekendief (PO, openbaar), schoolplan 2024-2028.

Ontwerp: echte Word-kopstijlen (Kop 1/Kop 2); de hoofdstukken volgen de vier kernwaarden en de
vier vensters van ASG Koers 22, maar met eigen hoofdstuktitels; doelen als tabel per venster
(Doel / Activiteiten / Wanneer / Wie / Resultaat); voorblad, getypte inhoudsopgave en colofon
met MR-instemming. Grotendeels in de eigen woorden van de school geschreven.

Alleen stdlib + python-docx. Deterministisch: geen datum van vandaag, geen toeval.
"""
import datetime
import pathlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

SCHOOL = "OBS De Kiekendief"

COVER = [
    ("title", "Schoolplan 2024 – 2028"),
    ("subtitle", "Openbare Basisschool De Kiekendief"),
    ("motto", "Samen groeien, ieder op zijn eigen manier"),
    ("p", "Kiekendiefstraat 40, 1363 KD Almere"),
    ("p", "BRIN 27XK"),
    ("p", "Directeur: Marieke van Dalen"),
    ("p", "Een school van de Almeerse Scholen Groep (ASG)"),
]

TOC = [
    ("Colofon", "2"),
    ("1  Over De Kiekendief", "3"),
    ("2  Waar wij voor staan", "5"),
    ("3  Iedereen hoort erbij", "6"),
    ("4  Eerlijk, helder en nieuwsgierig naar elkaar", "7"),
    ("5  Durven proberen", "9"),
    ("6  De lat ligt hoog", "10"),
    ("7  Goed onderwijs voor ieder kind", "11"),
    ("8  Ons team", "16"),
    ("9  Samen sterker met andere scholen", "19"),
    ("10  Ouders, buurt en partners", "20"),
    ("11  Meerjarenplanning en begroting", "22"),
]

COLOFON = [
    ("p", "Naam van de school: Openbare Basisschool De Kiekendief"),
    ("p", "Adres: Kiekendiefstraat 40, 1363 KD Almere, telefoon 036 - 520 44 10"),
    ("p", "Bevoegd gezag: Almeerse Scholen Groep, College van Bestuur"),
    ("p", "Directeur: Marieke van Dalen; intern begeleider: Youssef El Amrani; "
          "bouwcoördinatoren: Ilse Brink (onderbouw) en Daan Koster (bovenbouw)"),
    ("p", "Dit schoolplan is in het schooljaar 2023-2024 geschreven door de directie, samen met het "
          "team, de intern begeleider en een werkgroep van vier ouders. De leerlingenraad heeft "
          "meegedacht over de hoofdstukken 3 en 4. Het plan geldt voor de schooljaren 2024-2025 tot en "
          "met 2027-2028."),
    ("p", "De medezeggenschapsraad heeft op 11 juni 2024 ingestemd met dit schoolplan. Het College van "
          "Bestuur van ASG heeft het schoolplan vastgesteld op 2 juli 2024."),
    ("p", "Handtekening namens de MR: Petra Oosting, voorzitter"),
    ("p", "Handtekening namens het bevoegd gezag: College van Bestuur ASG"),
]

# ---------------------------------------------------------------------------------------------
# Hoofdstukken. ("h1", tekst), ("h2", tekst), ("p", tekst), ("bullets", [...]),
# ("table", [kopregel, rij, rij, ...]), ("pagebreak", None)
# ---------------------------------------------------------------------------------------------
BODY = [
    ("h1", "1  Over De Kiekendief"),
    ("h2", "1.1  Geschiedenis en gebouw"),
    ("p", "De Kiekendief opende in 1998 haar deuren in twee noodlokalen aan de rand van de wijk, toen "
          "de eerste huizen van de Vogelbuurt net waren opgeleverd. In 2003 verhuisden we naar het "
          "gebouw aan de Kiekendiefstraat. Tussen 2019 en 2021 volgde de ambitieuze verbouwing "
          "waarbij er een verdieping met vier lokalen, een speellokaal voor de kleuters en een "
          "dakterras bij kwam. Vanaf dat dakterras kijken de kinderen over de daken tot aan de "
          "horizon boven het Weerwater. De teamkamer ligt op de begane grond, met zicht op het plein, "
          "zodat er in de pauzes altijd iemand een oogje in het zeil houdt."),
    ("p", "We delen het gebouw met kinderdagverblijf en peuteropvang Vliegwiel en met de "
          "buitenschoolse opvang van dezelfde organisatie. Op zaterdag huurt een kerkgemeenschap uit de "
          "wijk onze aula; we zijn graag gastvrij voor wie in de Vogelbuurt een ruimte zoekt. Het "
          "schoolplein is in 2022 opnieuw ingericht met een moestuin, een voetbalkooi en een "
          "klimbos. Op het plein staan vier bankjes die door de ouderraad zijn betaald."),
    ("h2", "1.2  Leerlingen en wijk"),
    ("p", "Op 1 oktober 2023 telde De Kiekendief 312 leerlingen, verdeeld over 13 groepen. De "
          "Vogelbuurt is een gemengde wijk met koop- en huurwoningen. Ongeveer 38 procent van onze "
          "leerlingen spreekt thuis (ook) een andere taal dan het Nederlands; de grootste groepen zijn "
          "Arabisch, Turks, Papiaments, Pools en Engels. De schoolweging van het CBS is 31,4, wat "
          "betekent dat onze leerlingenpopulatie iets meer ondersteuning vraagt dan gemiddeld in "
          "Nederland. Het leerlingenaantal is de afgelopen vijf jaar licht gegroeid en we verwachten "
          "dat het de komende jaren rond de 310 blijft."),
    ("h2", "1.3  Het team"),
    ("p", "Het team bestaat uit 27 medewerkers: de directeur, twee bouwcoördinatoren, een intern "
          "begeleider, zeventien groepsleerkrachten, twee onderwijsassistenten, een vakleerkracht "
          "bewegingsonderwijs, een conciërge, een administratief medewerker en een ICT-coördinator die "
          "ook twee dagen voor de groep staat. De gemiddelde leeftijd is 41 jaar. Twee collega's "
          "volgen op dit moment een zij-instroomtraject. Er werken vier mannen in het team."),
    ("h2", "1.4  Schooltijden, vakanties en praktische zaken"),
    ("p", "De Kiekendief werkt met een continurooster. Op maandag, dinsdag, donderdag en vrijdag gaan "
          "de kinderen van 8.30 tot 14.15 uur naar school, op woensdag van 8.30 tot 12.15 uur. De deuren "
          "gaan om 8.20 uur open. De kinderen lunchen met hun eigen leerkracht in de klas en spelen "
          "daarna een kwartier buiten onder toezicht van de onderwijsassistenten en de conciërge."),
    ("p", "We volgen het vakantierooster van regio Midden zoals de Almeerse scholen dat samen afspreken. "
          "Daarnaast hebben we per schooljaar zes studiedagen, die in de jaarkalender staan. Elk jaar in "
          "maart houden we een open dag voor ouders die een school zoeken; in 2024 was dat op woensdag "
          "13 maart. Voor het schoolzwemmen in groep 5 nemen de kinderen hun spullen mee in een "
          "transparante tas, zodat de badmeester snel kan zien of alles mee is."),

    ("h1", "2  Waar wij voor staan"),
    ("h2", "2.1  Missie en visie"),
    ("p", "Op De Kiekendief groeit ieder kind, ieder op zijn eigen manier. We willen dat kinderen bij "
          "ons met plezier leren, dat ze weten wat ze kunnen en dat ze durven vragen wat ze nog niet "
          "kunnen. We geven les in de basisvaardigheden lezen, taal en rekenen, want die heb je je hele "
          "leven nodig. Daarnaast willen we dat kinderen leren samenwerken, hun mening geven en "
          "luisteren naar die van een ander."),
    ("p", "Onze visie in vier zinnen: kinderen leren het best als ze zich veilig voelen en zich gekend "
          "weten. Goede instructie en veel oefentijd zijn de basis. Kinderen krijgen steeds meer "
          "verantwoordelijkheid voor hun eigen leren. En de school staat midden in de wijk: wat "
          "kinderen buiten de school leren, nemen we mee naar binnen."),
    ("h2", "2.2  Hoe dit plan tot stand kwam"),
    ("p", "Het bestuur van ASG heeft in zijn koers vier kernwaarden en vier vensters beschreven. Wij "
          "hebben die als kapstok voor dit plan gebruikt: de hoofdstukken 3 tot en met 6 gaan over de "
          "kernwaarden, de hoofdstukken 7 tot en met 10 over de vensters. We hebben wel onze eigen "
          "titels en woorden gekozen, omdat het plan van ons team moet zijn. Op de studiedag van "
          "9 oktober 2023 heeft het team in groepjes de vragen van het bestuur besproken. In januari "
          "2024 hebben ouders in een avond met post-its laten weten wat zij belangrijk vinden, en de "
          "leerlingenraad heeft in drie vergaderingen meegedacht."),

    ("h1", "3  Iedereen hoort erbij"),
    ("p", "Deze kernwaarde heet bij het bestuur 'gezien worden'. Bij ons gaat het om iets heel "
          "gewoons: iedereen die binnenkomt, hoort erbij. Dat merk je aan hoe we elkaar begroeten, "
          "hoe we naar kinderen luisteren en hoe we met nieuwe mensen omgaan."),
    ("h2", "3.1  Welkom op De Kiekendief"),
    ("p", "Elke ochtend staan twee leerkrachten en de directeur bij de hoofdingang. Ze geven de "
          "kinderen een hand of een high five en hebben even tijd voor een vraag van een ouder. Op "
          "maandag en vrijdag staat er tot 9.00 uur koffie en thee klaar in de aula voor ouders die nog "
          "even willen blijven. Nieuwe gezinnen krijgen een rondleiding van twee leerlingen uit de "
          "leerlingenraad en een welkomstmap met foto's van alle teamleden. Zes weken na de start "
          "nodigt de leerkracht de ouders uit voor een kop-koffiegesprek over hoe het gaat."),
    ("p", "Bezoekers worden bij de balie ontvangen door onze administratief medewerker, die hen "
          "naar de juiste persoon brengt. Nieuwe collega's krijgen in hun eerste jaar een vaste buddy "
          "uit het team, die ze helpt met alle kleine dingen die je als nieuweling niet weet. In 2025 "
          "willen we dat in de oudertevredenheidspeiling minstens 90 procent van de ouders zegt zich "
          "welkom te voelen op school; in 2023 was dat 84 procent."),
    ("h2", "3.2  Ieder kind telt"),
    ("p", "In elke groep staat iedere week één kind in de schijnwerpers als 'ster van de week'. Het "
          "kind mag iets over zichzelf vertellen of laten zien en de klasgenoten schrijven een "
          "compliment op. In elk lokaal hangt een 'dit ben ik'-wand met een foto en een tekening van "
          "ieder kind. Vier keer per jaar is er het Kiekendief Podium, waar kinderen uit alle groepen "
          "optreden of laten zien waar ze trots op zijn. We zorgen ervoor dat over een schooljaar "
          "ieder kind minstens één keer op het podium heeft gestaan, ook kinderen die dat spannend "
          "vinden: zij mogen bijvoorbeeld iets laten zien wat ze gemaakt hebben."),
    ("h2", "3.3  Weten wat een kind nodig heeft"),
    ("p", "Twee keer per jaar, in oktober en in maart, voert de leerkracht met ieder kind een "
          "kindgesprek van ongeveer tien minuten. Het gaat over hoe het kind zich voelt in de groep, "
          "wat goed gaat en waar het hulp bij wil. Vanaf groep 5 zit het kind ook bij het "
          "rapportgesprek met de ouders. Wat de leerkracht hoort, komt in het groepsoverzicht en wordt "
          "besproken in de groepsbespreking met de intern begeleider."),
    ("p", "Ook bij collega's willen we weten wat ze nodig hebben. In het startgesprek van september "
          "vraagt de directeur iedere medewerker wat hij of zij dit jaar nodig heeft om goed les te "
          "kunnen geven: een training, een andere indeling van de week, hulp van een "
          "onderwijsassistent of gewoon wat meer rust. Die afspraken worden in het voortgangsgesprek "
          "nagelopen."),

    ("h1", "4  Eerlijk, helder en nieuwsgierig naar elkaar"),
    ("p", "Bij het bestuur heet deze kernwaarde 'open'. Voor ons betekent het dat we eerlijk zijn "
          "tegen kinderen, ouders en elkaar, dat we duidelijk communiceren en dat we nieuwsgierig zijn "
          "naar wie de ander is. Als openbare school vinden we dat laatste extra belangrijk."),
    ("h2", "4.1  Respect als basis"),
    ("p", "In alle groepen werken we wekelijks met de Kanjertraining. De school heeft drie afspraken "
          "die in elk lokaal en op de gang hangen: we zorgen voor elkaar, we zorgen voor onszelf en we "
          "zorgen voor onze spullen. Als er ruzie is geweest, praten de kinderen het met de leerkracht "
          "uit in een herstelgesprek: wat is er gebeurd, wie is er geraakt en wat is er nodig om het "
          "weer goed te maken. Straffen staan bij ons niet voorop; herstellen wel."),
    ("p", "Voor volwassenen geldt hetzelfde. We hebben als team afgesproken dat we over ouders en "
          "collega's alleen praten zoals we ook met hen zouden praten. Ouders die het ergens niet mee "
          "eens zijn, kunnen altijd een afspraak maken met de leerkracht of de directeur. Lukt het "
          "samen niet, dan is er de klachtenregeling van het bestuur en de externe "
          "vertrouwenspersoon."),
    ("h2", "4.2  Heldere communicatie"),
    ("p", "In onze communicatie zijn we transparant en toegankelijk. Wat dat bij ons betekent, hebben "
          "we in een paar afspraken vastgelegd. Parro is het enige kanaal waarlangs de school ouders "
          "berichten stuurt; de vele losse briefjes en e-mails van vroeger zijn verdwenen. Elke vrijdag "
          "verschijnt het Kiekendief-bericht met het nieuws van de week. Ouders krijgen binnen twee "
          "werkdagen antwoord op een vraag. De jaarkalender staat voor de zomervakantie in Parro, zodat "
          "ouders hun vrije dagen kunnen plannen. Belangrijke berichten kunnen ouders met de "
          "vertaalfunctie van Parro in hun eigen taal lezen, en bij gesprekken zorgen we waar nodig "
          "voor een tolk. Op dinsdagochtend van 8.30 tot 9.00 uur heeft de directeur een inloopspreekuur "
          "zonder afspraak."),
    ("h2", "4.3  Openbaar: iedereen is welkom"),
    ("p", "De Kiekendief is een openbare school. Dat betekent voor ons dat ieder kind welkom is, welk "
          "geloof of welke achtergrond het gezin ook heeft, en dat we de verschillen tussen mensen "
          "niet verstoppen maar bespreekbaar maken. Dat doen we op drie manieren. Ten eerste hebben we "
          "een feestenkalender: naast Sinterklaas en Kerst besteden we in de klas aandacht aan het "
          "Suikerfeest, Divali, Chanoeka en Keti Koti, vaak met een ouder die komt vertellen. Ten "
          "tweede krijgen de groepen 7 en 8 op verzoek van ouders godsdienstig of humanistisch "
          "vormingsonderwijs van een vakdocent. Ten derde organiseren we elk jaar in november de week "
          "van de verhalen, waarin ouders en grootouders in de klassen vertellen over hun jeugd, hun "
          "land of hun geloof."),
    ("p", "Ook in het team kijken we met een open blik naar verschillen. Bij het aannemen van nieuwe "
          "collega's letten we er bewust op dat het team een afspiegeling van de wijk is, en "
          "collega's met een andere moedertaal zetten die soms in, bijvoorbeeld bij een "
          "kennismakingsgesprek met een nieuw gezin. Op de studiedag van februari 2025 staat het "
          "thema 'vooroordelen in de klas' op het programma."),

    ("h1", "5  Durven proberen"),
    ("p", "'Vooruitstrevend' noemt het bestuur deze kernwaarde. We zijn nieuwsgierig naar nieuwe "
          "inzichten om ons onderwijs eigentijds inhoud te geven. Voor De Kiekendief betekent dit "
          "vooral: durven proberen, en eerlijk kijken of iets werkt voordat we het voor de hele school "
          "invoeren."),
    ("h2", "5.1  Onderzoekend leren in units"),
    ("p", "Wereldoriëntatie, techniek en kunst werden tot nu toe los van elkaar gegeven, elk vak met "
          "een eigen methode. In het schooljaar 2024-2025 starten groep 6 en groep 7 met een pilot "
          "waarin ze 's middags samen in een unit werken aan thema's. Elk thema draait om een "
          "onderzoeksvraag; de kinderen werken in groepjes van verschillende leeftijden en "
          "presenteren aan het eind wat ze ontdekt hebben. Twee leerkrachten en een "
          "onderwijsassistent begeleiden de unit samen. In de voormalige handvaardigheidsruimte komt "
          "een maakplaats met gereedschap, een 3D-printer en materiaal om te bouwen."),
    ("p", "In juni 2025 beslist het team op basis van de ervaringen van leerkrachten en kinderen of "
          "we het unitwerken in 2025-2026 uitbreiden naar de groepen 5 tot en met 8. Als de pilot niet "
          "werkt, stoppen we ermee; ook dat hoort bij durven proberen."),
    ("p", "Het bestuur beschrijft in zijn koers drie horizonten voor vernieuwing. Daar hebben we in "
          "dit plan geen aparte uitwerking voor gemaakt."),

    ("h1", "6  De lat ligt hoog"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. We weten dat de "
          "verwachting van een leerkracht een groot verschil maakt voor wat een kind bereikt. Daarom "
          "stellen we onze schooldoelen niet op het niveau van de signaleringswaarden van de "
          "inspectie, maar daarboven. Voor lezen willen we dat in 2026 minstens 65 procent van onze "
          "leerlingen in groep 8 het streefniveau 2F haalt; de signaleringswaarde voor onze "
          "schoolweging ligt op 49 procent. Voor rekenen is ons doel 45 procent op niveau 1S."),
    ("p", "Ieder kind in de groepen 6 tot en met 8 stelt elke periode samen met de leerkracht twee "
          "eigen leerdoelen op, die in het portfolio komen. Kinderen die meer aankunnen, gaan een "
          "ochtend per week naar de plusklas. We geven kinderen bij twijfel over het schooladvies het "
          "hogere advies, en bespreken dat altijd met de ouders."),
    ("p", "Voor het team geldt dezelfde lat. Elke leerkracht kiest aan het begin van het schooljaar "
          "zelf een ontwikkelvraag over zijn of haar eigen lesgeven, bijvoorbeeld 'hoe krijg ik de "
          "stille kinderen in mijn groep aan het woord?'. Daar werkt hij of zij een jaar lang aan in een "
          "leerteam, uit eigen beweging en niet omdat het moet. In juni presenteert ieder leerteam aan "
          "de rest van het team wat het heeft geleerd."),

    ("h1", "7  Goed onderwijs voor ieder kind"),
    ("p", "In dit hoofdstuk beschrijven we ons onderwijs: wat we de kinderen leren, hoe we zorgen dat "
          "iedereen zich veilig voelt, welke ondersteuning we bieden en hoe we de kwaliteit bewaken. "
          "Het bestuur noemt dit het venster 'goed en toegankelijk onderwijs'."),
    ("h2", "7.1  Wat we de kinderen leren"),
    ("p", "Ons onderwijsaanbod dekt de kerndoelen voor het primair onderwijs. Voor taal en rekenen "
          "werken we toe naar de referentieniveaus 1F en 2F/1S. In groep 1 en 2 werken we met thema's "
          "uit Kleuterplein en volgen we de ontwikkeling met observaties. Vanaf groep 3 gebruiken we "
          "Veilig Leren Lezen, Staal voor taal en spelling, Nieuwsbegrip voor begrijpend lezen, Getal & "
          "Ruimte Junior voor rekenen, Blink voor wereldoriëntatie en Take it easy voor Engels, dat we "
          "vanaf groep 1 geven. Bewegingsonderwijs krijgen de groepen 3 tot en met 8 twee keer per week "
          "van de vakleerkracht."),
    ("table", [
        ["Vak (groep 5-8)", "Uren per week", "Toelichting"],
        ["Taal, spelling en lezen", "8,5", "inclusief dagelijks 30 minuten vrij lezen"],
        ["Rekenen", "5,5", "inclusief automatiseren"],
        ["Wereldoriëntatie en techniek", "3", "vanaf 2024-2025 deels in de unit"],
        ["Engels", "1", ""],
        ["Bewegingsonderwijs", "1,5", "vakleerkracht"],
        ["Kunst en cultuur", "1,5", "inclusief muziekles van de muziekschool"],
        ["Sociaal-emotionele ontwikkeling en burgerschap", "1", "Kanjertraining en leerlingenraad"],
        ["Digitale geletterdheid", "0,5", "nieuw vanaf 2024-2025"],
    ]),
    ("p", "Op jaarbasis komen de groepen 1 tot en met 8 aan 940 uur onderwijstijd, ruim boven het "
          "wettelijke minimum van 7520 uur in acht jaar."),
    ("p", "We willen dat kinderen na De Kiekendief goed voorbereid zijn op een wereld die snel "
          "verandert. Daarom voeren we in de komende twee jaar een eigen leerlijn digitale geletterdheid "
          "in voor groep 1 tot en met 8, op basis van de doelen van SLO: van het leren werken met een "
          "tablet bij de kleuters tot programmeren met micro:bits en mediawijsheid in groep 8. De "
          "ICT-coördinator schrijft de leerlijn samen met een werkgroep en traint de collega's."),
    ("h2", "7.2  Burgerschap"),
    ("p", "Kinderen leren bij ons dat ze deel uitmaken van een groep, een wijk en een land, en dat ze "
          "daar zelf invloed op hebben. De leerlingenraad, met twee kinderen uit elke groep 5 tot en "
          "met 8, vergadert zes keer per jaar met de directeur en mag elk jaar over twee onderwerpen "
          "een advies geven dat het team serieus neemt; dit jaar waren dat de inrichting van het plein "
          "en de regels in de gymzaal. In groep 7 doet elke klas mee aan een buurtproject, zoals het "
          "opknappen van de speeltuin aan de Sperwerlaan. Groep 8 bezoekt het stadhuis en voert een "
          "debat in de raadszaal. In de Kanjerlessen oefenen de kinderen met het geven van hun mening "
          "en het luisteren naar andere meningen."),
    ("h2", "7.3  Veilig op school"),
    ("p", "Een kind dat zich niet veilig voelt, leert niet. We hebben een veiligheidsplan met een "
          "pestprotocol, een protocol voor medisch handelen en een ontruimingsplan dat we twee keer per "
          "jaar oefenen. Juf Ilse is de anti-pestcoördinator en het aanspreekpunt voor ouders en "
          "kinderen. Elk jaar in november vullen de kinderen van groep 5 tot en met 8 de "
          "veiligheidsmonitor in; de uitkomsten bespreken we in het team en met de leerlingenraad. In "
          "2023 voelde 93 procent van de kinderen zich veilig op school. Acht collega's zijn bedrijfshulpverlener. "
          "De kinderen van groep 7 en 8 krijgen jeugd-EHBO, waarin ze onder meer leren de vitale functies "
          "van een slachtoffer te controleren."),
    ("h2", "7.4  Ondersteuning: wat we bieden en waar onze grenzen liggen"),
    ("p", "In ons schoolondersteuningsprofiel staat precies wat we kinderen kunnen bieden. Tot de "
          "basisondersteuning rekenen we goede instructie in drie niveaus, extra verlengde instructie "
          "aan de instructietafel, de aanpak voor kinderen met dyslexie volgens het protocol en een "
          "aanpak voor kinderen die meer aankunnen. Daarnaast bieden we extra ondersteuning. We hebben "
          "een taalklas waarin nieuwkomers vier ochtenden per week Nederlands leren, een plusklas en "
          "een rekenspecialist die kinderen met hardnekkige rekenproblemen begeleidt. Een "
          "onderwijsassistent werkt met kleine groepjes aan lezen en woordenschat."),
    ("p", "Onze grenzen liggen bij kinderen die de hele dag één-op-één begeleiding nodig hebben, bij "
          "ernstige gedragsproblemen waarbij de veiligheid van de groep in gevaar komt en bij "
          "medische zorg die we als team niet mogen of kunnen geven. Als een kind meer nodig heeft dan "
          "wij kunnen bieden, volgen we de route van het samenwerkingsverband; die staat in het "
          "ondersteuningsprofiel op onze website."),
    ("h2", "7.5  Zicht op de ontwikkeling van ieder kind"),
    ("p", "We volgen de ontwikkeling van de kinderen met de toetsen van het leerlingvolgsysteem in "
          "januari en juni, en bij de kleuters met observaties in KIJK!. Drie keer per jaar houdt de "
          "intern begeleider met elke leerkracht een groepsbespreking. Daarin kijken we naar de "
          "resultaten, maar ook naar wat de leerkracht in de klas ziet en wat de kindgesprekken "
          "hebben opgeleverd. Per kind leggen we in het groepsoverzicht vast wat het nodig heeft. Als "
          "een leerkracht zich zorgen maakt, meldt hij dat binnen twee weken bij de intern begeleider; "
          "binnen zes weken is er dan een plan, samen met de ouders."),
    ("h2", "7.6  Hoe we de kwaliteit bewaken"),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie in 2022 was het oordeel over onze school "
          "voldoende, met een goed voor het pedagogisch klimaat. Onze eindresultaten lagen de "
          "afgelopen drie jaar boven de signaleringswaarden. Ons doel is dat dit zo blijft en dat we "
          "bij het volgende inspectiebezoek op de standaarden voor zicht op ontwikkeling en "
          "kwaliteitscultuur 'goed' scoren."),
    ("p", "We werken met een vaste jaarcyclus. In juni schrijven we het jaarplan voor het volgende "
          "schooljaar, met doelen uit dit schoolplan. In januari en juli houden we een "
          "opbrengstenvergadering waarin het team de trends in de toetsresultaten per groep en per "
          "leerjaar bespreekt. De directeur en de intern begeleider leggen bij iedere leerkracht "
          "minstens twee klassenbezoeken per jaar af met onze eigen kijkwijzer. Om de twee jaar houden "
          "we een tevredenheidspeiling onder ouders, leerlingen en medewerkers. In het jaarverslag "
          "van september kijken we terug: wat is gelukt, wat niet, en wat nemen we mee naar het "
          "volgende jaar. Het jaarverslag gaat naar de MR en naar het bestuur."),
    ("p", "Verbeteren doen we samen. In de leerteams bereiden collega's samen een les voor, kijken ze "
          "bij elkaar in de klas en bespreken ze wat ze gezien hebben. Zo wordt bij elkaar binnenlopen "
          "gewoon, en wordt het gesprek over goed lesgeven iets van het hele team."),
    ("h2", "7.7  Onze doelen voor goed onderwijs"),
    ("table", [
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        ["Minstens 97% van groep 8 haalt 1F lezen en rekenen; 65% haalt 2F lezen en 45% 1S rekenen.",
         "Training expliciete directe instructie voor het hele team; dagelijks 30 minuten vrij lezen; "
         "leesmotivatieplan met de bibliotheek.",
         "2024-2026", "taal- en rekencoördinator, leerkrachten groep 5-8",
         "Uitslag doorstroomtoets 2026; trendanalyse in de opbrengstenvergadering."],
        ["Leerlijn digitale geletterdheid groep 1-8 is ingevoerd.",
         "Werkgroep schrijft de leerlijn; twee teamscholingen; aanschaf micro:bits.",
         "2024-2026", "ICT-coördinator en werkgroep",
         "In juni 2026 werken alle groepen volgens de leerlijn."],
        ["90% van de lessen scoort voldoende op alle onderdelen van onze kijkwijzer.",
         "Twee klassenbezoeken per leerkracht per jaar; nagesprek binnen een week; leerteams.",
         "jaarlijks, meting juni 2026", "directeur en intern begeleider",
         "Overzicht klassenbezoeken in het jaarverslag."],
        ["Minstens 95% van de kinderen voelt zich veilig op school.",
         "Kanjertraining; herstelgesprekken; bespreking monitor met leerlingenraad.",
         "jaarlijks in november", "anti-pestcoördinator",
         "Uitkomst veiligheidsmonitor."],
        ["Elke groep 7 voert een buurtproject uit; de leerlingenraad geeft twee adviezen per jaar.",
         "Contact met buurtcentrum en wijkregisseur; vergaderschema leerlingenraad.",
         "vanaf 2024-2025", "leerkrachten groep 7, directeur",
         "Verslag in het jaarverslag."],
    ]),

    ("h1", "8  Ons team"),
    ("p", "Goed onderwijs staat of valt met de mensen die het geven. Het bestuur noemt dit venster "
          "'personeel in positie'. Voor ons gaat het over een team dat goed voor zichzelf en voor "
          "elkaar zorgt en dat blijft leren."),
    ("h2", "8.1  Zorgen voor elkaar"),
    ("p", "Het werk in het onderwijs is zwaar en de groepen zijn vol. Met de werkdrukmiddelen hebben "
          "we twee onderwijsassistenten en de vakleerkracht bewegingsonderwijs aangesteld, zodat "
          "leerkrachten tijd hebben voor voorbereiding en gesprekken. In 2023 was het ziekteverzuim "
          "6,1 procent; we willen dat het in 2026 onder de 5 procent ligt. Bij ziekte belt de "
          "directeur binnen twee dagen om te horen hoe het gaat. We houden rekening met de fase van "
          "het leven waarin collega's zitten: jonge ouders kunnen een voorkeur voor werkdagen opgeven "
          "en oudere collega's maken gebruik van de regeling duurzame inzetbaarheid, bijvoorbeeld voor "
          "minder pleinwacht of minder avondverplichtingen."),
    ("h2", "8.2  Blijven leren"),
    ("p", "Iedere leerkracht volgt elk jaar minstens één cursus of training die past bij zijn of haar "
          "ontwikkelvraag, en legt dat vast in het bekwaamheidsdossier. Het hele team volgt in "
          "2024-2025 een training in expliciete directe instructie van acht bijeenkomsten. Twee "
          "collega's volgen in 2024-2025 een leergang van de ASG Academie voor bouwcoördinatoren. "
          "Daarnaast werken alle leerkrachten in een van de drie leerteams (begrijpend lezen, "
          "rekenen en gedrag), die zes keer per jaar bijeenkomen."),
    ("h2", "8.3  Nieuwe collega's en zij-instromers"),
    ("p", "Twee collega's zijn als zij-instromer begonnen en halen hun bevoegdheid via de pabo. Zij "
          "krijgen een coach uit het team die twee uur per week voor hen vrij is, ze hebben een dag per "
          "week studieverlof en de school betaalt het collegegeld. De schoolopleider van ASG bezoekt "
          "hen eens per maand. Onze afspraak is dat ze binnen twee jaar hun bevoegdheid hebben."),
    ("h2", "8.4  Talent delen"),
    ("p", "Iedereen in het team kan iets goed wat een ander minder goed kan. In 2023 hebben we een "
          "talentenkaart gemaakt: een overzicht van wat collega's goed kunnen en graag doen. Dat "
          "gebruiken we schoolbreed. Onze muzikale collega geeft in alle groepen 3 een blok "
          "muziekles, de rekenspecialist begeleidt ook kinderen uit andere groepen dan haar eigen, en "
          "de ICT-coördinator geeft workshops voor collega's. De jaarlijkse talentenjacht op de laatste "
          "schooldag is overigens voor de kinderen."),
    ("h2", "8.5  Gesprekken"),
    ("p", "Met iedere medewerker voert de directeur elk jaar een startgesprek (september), een "
          "voortgangsgesprek (januari) en een eindgesprek (juni). In het startgesprek maken we "
          "afspraken over de ontwikkelvraag en wat de medewerker nodig heeft, in het eindgesprek kijken "
          "we terug. Eens in de drie jaar is het eindgesprek een beoordelingsgesprek. De afspraken komen "
          "in het personeelsdossier. Voor de onderwijsassistenten en het onderwijsondersteunend "
          "personeel geldt dezelfde cyclus."),
    ("h2", "8.6  Onze doelen voor het team"),
    ("table", [
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        ["Het ziekteverzuim ligt onder de 5 procent.",
         "Inzet werkdrukmiddelen; verzuimgesprekken; afspraken per levensfase.",
         "2026", "directeur", "Verzuimcijfer in het jaarverslag."],
        ["Alle leerkrachten geven les volgens het model van expliciete directe instructie.",
         "Teamtraining van acht bijeenkomsten; klassenbezoeken met kijkwijzer.",
         "2024-2025", "directeur en externe trainer",
         "In juni 2025 scoort 80% van de bezochte lessen voldoende op instructie."],
        ["Beide zij-instromers hebben hun bevoegdheid.",
         "Coach, studieverlof, maandelijks bezoek schoolopleider.",
         "uiterlijk juli 2026", "directeur en coach", "Diploma pabo."],
        ["Met alle medewerkers zijn start-, voortgangs- en eindgesprek gevoerd.",
         "Planning gesprekken in de jaarkalender; vastleggen in het personeelsdossier.",
         "elk schooljaar", "directeur", "100% van de gesprekken gevoerd en vastgelegd."],
    ]),

    ("h1", "9  Samen sterker met andere scholen"),
    ("p", "De Kiekendief is een van de scholen van ASG. Het bestuur noemt dit venster 'de meerwaarde "
          "van ASG'. We merken die meerwaarde vooral bij het servicebureau en in de scholing van de "
          "ASG Academie. We willen er de komende jaren op twee punten zelf meer mee doen."),
    ("p", "Ten eerste willen we de kennis van onze leerteams niet alleen binnen de school houden. Het "
          "leerteam begrijpend lezen presenteert in het voorjaar van 2026 zijn aanpak en de "
          "opbrengst daarvan op de bovenschoolse studiedag van ASG, en zet de lesvoorbeelden en de "
          "kijkwijzer die het heeft ontwikkeld daarna op het gedeelde ASG-platform."),
    ("p", "Ten tweede merkten we dat collega's vaak niet weten bij wie ze moeten zijn met een vraag "
          "over bijvoorbeeld verlof, een kapotte laptop of een lekkend dak. Daarom hebben we een "
          "'wie-weet-wat'-overzicht gemaakt met de namen en telefoonnummers van de contactpersonen bij "
          "het servicebureau (personeelszaken, ICT, huisvesting en financiën) en van collega's op "
          "andere ASG-scholen met een bijzondere deskundigheid. Het overzicht hangt in de teamkamer en "
          "staat op het teamkanaal; de administratief medewerker werkt het elk jaar in augustus bij."),
    ("table", [
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        ["Onze aanpak van begrijpend lezen is gedeeld met andere ASG-scholen.",
         "Presentatie op de ASG-studiedag; lesvoorbeelden en kijkwijzer op het ASG-platform.",
         "voorjaar 2026", "leerteam begrijpend lezen",
         "Presentatie gegeven; materiaal staat online."],
        ["Iedere medewerker weet wie hij bij het servicebureau kan benaderen.",
         "Wie-weet-wat-overzicht; bespreken in de eerste teamvergadering van het jaar.",
         "elk jaar in augustus", "administratief medewerker",
         "Overzicht actueel; bij de tevredenheidspeiling 2026 zegt 90% van het team de weg te weten."],
    ]),

    ("h1", "10  Ouders, buurt en partners"),
    ("p", "Kinderen leren niet alleen op school. Het bestuur noemt dit venster 'partnerschap'. Wij "
          "zien ouders als de eerste partners van de school, en daarnaast werken we samen met "
          "organisaties in en rond de Vogelbuurt."),
    ("h2", "10.1  Ouders als partner"),
    ("p", "Aan het begin van het schooljaar voert de leerkracht met alle ouders een startgesprek. "
          "Daarin vertellen de ouders over hun kind: wat het goed kan, wat het spannend vindt en wat de "
          "leerkracht moet weten. Vanaf groep 5 zijn de gesprekken in november en maart "
          "driehoeksgesprekken met ouder, kind en leerkracht. Drie keer per jaar is er een "
          "kijk-in-de-klas-ochtend waarop ouders een les meemaken. Het ouderpanel, met ouders uit alle "
          "bouwen, praat vier keer per jaar met de directeur over het onderwijs; dit jaar ging het "
          "onder meer over huiswerk en over de unitpilot. Bij elk nieuw thema in groep 1 en 2 krijgen "
          "ouders een themabrief met tips om thuis met hun kind over het thema te praten."),
    ("h2", "10.2  De medezeggenschapsraad"),
    ("p", "De MR bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per jaar. De "
          "directeur is bij het eerste deel van elke vergadering aanwezig. We hebben afgesproken dat de "
          "directeur plannen al in de denkfase met de MR bespreekt, en niet pas als ze klaar zijn. Zo "
          "heeft de MR bijvoorbeeld meegedacht over het continurooster en over de opzet van dit "
          "schoolplan. De MR maakt elk jaar een eigen jaarplan en een jaarverslag, dat in Parro komt. "
          "De MR heeft op 11 juni 2024 ingestemd met dit schoolplan."),
    ("h2", "10.3  Onze partners"),
    ("p", "Met kinderdagverblijf en peuteropvang Vliegwiel in ons gebouw hebben we een doorgaande lijn "
          "afgesproken: elke peuter die naar De Kiekendief gaat, wordt warm overgedragen met een "
          "overdrachtsformulier en een gesprek tussen de pedagogisch medewerker en de leerkracht van "
          "groep 1. De jeugdverpleegkundige van de GGD ziet de kinderen in groep 2 en groep 7 en heeft "
          "spreekuur op school. Het wijkteam heeft elke eerste dinsdag van de maand een spreekuur in "
          "de aula. Met de bibliotheek werken we samen in de Bibliotheek op school: de leesconsulent "
          "komt elke week en helpt ons met het leesmotivatieplan. De muziekschool geeft groep 5 een "
          "jaar lang instrumentles en het sportbedrijf van de gemeente verzorgt twee middagen per week "
          "naschoolse sport op ons plein."),
    ("h2", "10.4  In de wijk"),
    ("p", "De Kiekendief wil een school zijn die bij de Vogelbuurt hoort. Groep 6 heeft een eigen "
          "bak in de wijktuin naast het buurtcentrum en oogst daar in juni. De wijkagent komt ieder "
          "jaar in groep 7 vertellen over zijn werk, en twee keer per jaar doen we met de hele school "
          "mee aan de opruimactie in de buurt. Met het buurtcentrum organiseren we in december een "
          "kerstmarkt voor ouders, buren en ouderen uit de wijk. Het geld van de sponsorloop gaat elk "
          "jaar naar een goed doel dat de kinderen zelf kiezen; onze sponsorpartners zorgen voor de "
          "drinkbekers en de medailles."),
    ("p", "Ook wij merken het lerarentekort; het bestuur werkt daar samen met andere besturen en de "
          "gemeente aan."),
    ("h2", "10.5  Onze doelen voor partnerschap"),
    ("table", [
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        ["Alle ouders hebben aan het begin van het schooljaar een startgesprek gehad.",
         "Startgesprekken in de eerste vier weken; tolk waar nodig.",
         "elk jaar in september", "leerkrachten",
         "Minstens 95% van de ouders gesproken."],
        ["Driehoeksgesprekken in groep 5 tot en met 8 zijn gewoonte.",
         "Kinderen bereiden het gesprek voor met hun portfolio; ouderavond over de nieuwe opzet.",
         "vanaf 2024-2025", "bouwcoördinator bovenbouw",
         "In de peiling van 2026 is 80% van de ouders tevreden over de gesprekken."],
        ["Elke peuter van Vliegwiel wordt warm overgedragen.",
         "Overdrachtsformulier en gesprek; gezamenlijke thema's met groep 1.",
         "doorlopend", "intern begeleider en Vliegwiel", "100% warme overdrachten."],
        ["De school is zichtbaar in de wijk.",
         "Wijktuin, opruimacties, kerstmarkt met het buurtcentrum.",
         "jaarlijks", "directeur en leerkrachten groep 6 en 7",
         "Minstens vier activiteiten per jaar met de buurt."],
    ]),

    ("h1", "11  Meerjarenplanning en begroting"),
    ("p", "Hieronder staat in het kort welk jaar we aan welke onderwerpen de meeste aandacht geven. "
          "Elk jaar werken we dit uit in het jaarplan."),
    ("table", [
        ["Schooljaar", "Belangrijkste onderwerpen"],
        ["2024-2025", "training expliciete directe instructie; pilot unitwerken groep 6 en 7; start leerlijn "
                      "digitale geletterdheid; driehoeksgesprekken"],
        ["2025-2026", "besluit en mogelijke uitbreiding unitwerken; leesmotivatieplan; tevredenheidspeiling"],
        ["2026-2027", "presentatie leerteams op ASG-studiedag; vergroening plein; evaluatie schoolplan"],
        ["2027-2028", "borging; schrijven nieuw schoolplan"],
    ]),
    ("p", "De school ontvangt jaarlijks ongeveer 2,4 miljoen euro aan rijksbijdragen. Het grootste deel "
          "daarvan gaat naar personeel. De meerjarenbegroting is in evenwicht. In 2025 vervangen we "
          "alle Chromebooks van de bovenbouw (ongeveer 45.000 euro) en in 2026 vergroenen we het "
          "achterste deel van het plein, waarvoor we een subsidie van de gemeente hebben aangevraagd. "
          "De vrijwillige ouderbijdrage is 40 euro per kind per jaar en wordt beheerd door de "
          "ouderraad."),
    ("p", "Halverwege de planperiode, in juni 2026, evalueren we dit schoolplan met het team en de MR. "
          "Als dat nodig is, stellen we de doelen bij. In het schooljaar 2027-2028 schrijven we het "
          "volgende schoolplan."),
]


# ---------------------------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------------------------
def _set_lang(style, lang="nl-NL"):
    rpr = style.element.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)


def _add_field(paragraph, instr):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instr
    run._r.append(text)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    doc.add_paragraph()


def build(path: pathlib.Path) -> None:
    path = pathlib.Path(path)
    doc = Document()
    for name in ("Normal", "Heading 1", "Heading 2", "Title", "Subtitle"):
        _set_lang(doc.styles[name])
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    props = doc.core_properties
    props.author = "Marieke van Dalen"
    props.title = "Schoolplan 2024-2028 OBS De Kiekendief"
    fixed = datetime.datetime(2024, 6, 12, 9, 0, 0)
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "Marieke van Dalen"
    props.revision = 1

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = f"Schoolplan 2024-2028 | {SCHOOL}"
    footer_p = section.footer.paragraphs[0]
    footer_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer_p.add_run("Pagina ")
    _add_field(footer_p, "PAGE")

    # Voorblad
    for kind, text in COVER:
        if kind == "title":
            p = doc.add_paragraph(text, style="Title")
        elif kind == "subtitle":
            p = doc.add_paragraph(text, style="Subtitle")
        elif kind == "motto":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.italic = True
            r.font.size = Pt(14)
            r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x3A)
        else:
            p = doc.add_paragraph(text)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Inhoudsopgave (getypt)
    p = doc.add_paragraph()
    r = p.add_run("Inhoud")
    r.bold = True
    r.font.size = Pt(16)
    for title, page in TOC:
        doc.add_paragraph(f"{title}\t{page}")
    doc.add_paragraph()

    # Colofon
    p = doc.add_paragraph()
    r = p.add_run("Colofon")
    r.bold = True
    r.font.size = Pt(14)
    for _, text in COLOFON:
        doc.add_paragraph(text)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    first_h1 = True
    for kind, content in BODY:
        if kind == "h1":
            if not first_h1:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first_h1 = False
            doc.add_paragraph(content, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(content, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(content)
        elif kind == "bullets":
            for item in content:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            _table(doc, content)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(path))


if __name__ == "__main__":
    out = pathlib.Path("/tmp/plan_01_obs_de_kiekendief.docx")
    build(out)
    print(out)
