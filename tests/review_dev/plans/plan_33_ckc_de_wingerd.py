"""Schoolplan 2025-2029 van Christelijk Kindcentrum De Wingerd (Faunabuurt, Almere Buiten).

Een christelijk kindcentrum (primair onderwijs met peuteropvang, 348 leerlingen, 14 groepen) dat
schrijft MET de woorden van de ASG-koers: gastvrij, nieuwsgierig, hoge verwachtingen, collectieve
leercultuur, partnerschap, zicht op behoeftes. Bijna altijd volgt op zo'n koerswoord eigen inhoud
(wie, wat, wanneer, hoeveel). Een paar alinea's gebruiken de koerswoorden zonder enige inhoud: de
alinea over respect en een open blik (Open), de alinea over innovatieve leerconcepten en de drie
horizonten (Vooruitstrevend), het motto 'het beste van onszelf' (Ambitieus), de zin over betrokken en
trotse medewerkers (venster 2) en de zin over weten wie je voor welke expertise benadert (venster 3).

Opbouw: Word-kopstijlen (Heading 1/2), met een eigen Heading 2 per kernwaarde en per venster. De
doelen staan in één tabel met de kolommen 'Kernwaarde/venster', 'Doel', 'Indicator', 'Gereed in'.
De MR heeft op 10 juni 2025 instemming verleend.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

MOMENT = datetime.datetime(2025, 6, 20, 10, 0, 0)

# (soort, tekst): soort 'h1'/'h2' is een kop, 'p' een alinea, 'b' een opsomming.
INHOUD: list[tuple[str, str]] = [
    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan 2025-2029 van Christelijk Kindcentrum De Wingerd in de "
          "Faunabuurt in Almere Buiten. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029. "
          "Wij hebben het geschreven met de koers van ons bestuur, de Almeerse Scholen Groep (ASG), "
          "naast ons: de kernwaarden Gezien worden, Open, Vooruitstrevend en Ambitieus en de vier "
          "vensters. Per kernwaarde en per venster beschrijven wij wat wij doen, wie het doet en "
          "wanneer het klaar is. In hoofdstuk 6 staan alle doelen in één overzicht."),
    ("p", "Het plan is in het schooljaar 2024-2025 tot stand gekomen. Op de studiedagen van 4 november "
          "2024 en 3 februari 2025 heeft het hele team, de pedagogisch medewerkers van de peuteropvang "
          "inbegrepen, de centrale vragen van de ASG Koerswijzer besproken. Het ouderpanel heeft op "
          "12 maart 2025 de eerste versie gelezen en de kindraad heeft op 19 maart 2025 met de "
          "directeur gesproken over wat er beter kan. De directie heeft de opbrengsten verwerkt. Elk "
          "jaar maken wij uit dit plan een jaarplan; in het jaarverslag leggen wij verantwoording af "
          "over wat gelukt is en wat niet."),

    ("h1", "2. Ons kindcentrum"),
    ("h2", "Kerngegevens"),
    ("p", "De Wingerd is een christelijk kindcentrum voor kinderen van 2 tot 12 jaar aan de Lynxstraat "
          "in Almere Buiten (BRIN 99WD). Op 1 oktober 2024 telden wij 348 leerlingen in 14 groepen: "
          "drie groepen 1-2 en elf jaargroepen 3 tot en met 8. In hetzelfde gebouw draait sinds 2021 "
          "peuteropvang De Wingertjes: twee groepen van elk 16 peuters, vier ochtenden per week, "
          "verzorgd door onze partner Kind & Co Almere. Negen peuters hebben een VVE-indicatie."),
    ("p", "Het team bestaat uit 36 medewerkers: 22 leerkrachten, vier onderwijsassistenten, twee "
          "intern begeleiders (onderbouw en bovenbouw), een vakleerkracht bewegingsonderwijs, de "
          "directeur, de adjunct-directeur, een conciërge, een administratief medewerker en drie "
          "bouwcoördinatoren met een lesgevende taak. Daarnaast werken vier pedagogisch medewerkers "
          "van Kind & Co in de peuteropvang. De schoolweging is 30,4, iets boven het landelijk "
          "gemiddelde. In ongeveer een op de vijf gezinnen wordt thuis naast Nederlands een andere "
          "taal gesproken."),
    ("h2", "Identiteit"),
    ("p", "Wij zijn een christelijke school. Elke dag begint met een dagopening in de groep: een "
          "verhaal uit de methode Trefwoord, een lied en een gebed. Kerst vieren wij met alle groepen "
          "in de Goede Herderkerk aan de Kemphaanweg, Pasen en de afsluiting van het schooljaar in "
          "onze eigen aula. Bij de aanmelding bespreekt de directeur met ouders dat hun kind meedoet "
          "aan de dagopening en de vieringen. Twee keer per jaar is er een gezinsviering die wij samen "
          "met de Goede Herderkerk voorbereiden."),
    ("h2", "Missie en visie"),
    ("p", "Ons motto is 'Samen groeien in vertrouwen'. Kinderen leren bij ons het best als zij zich "
          "veilig voelen, als de lat hoog ligt en als ouders en team samen optrekken. Van de peuter "
          "van twee tot de leerling van groep 8 willen wij één doorgaande lijn: dezelfde taal, "
          "dezelfde afspraken en een warme overdracht tussen peuteropvang en groep 1."),

    ("h1", "3. Onderwijs en ondersteuning"),
    ("h2", "Onderwijsprogramma"),
    ("p", "Wij werken met het vijf-gelijke-dagenmodel: alle groepen gaan van 8.30 tot 14.15 uur naar "
          "school. Daarmee komen wij op 950 uur onderwijstijd per jaar, ruim boven de wettelijke "
          "norm. Ons aanbod dekt de kerndoelen; in 2024 hebben de bouwcoördinatoren de methoden per "
          "vakgebied naast de kerndoelen gelegd. Voor taal en rekenen sturen wij op de "
          "referentieniveaus: onze schoolnormen zijn 96 procent 1F voor lezen, taalverzorging en "
          "rekenen, 62 procent 2F/1S voor lezen, 58 procent 2F voor taalverzorging en 40 procent 1S "
          "voor rekenen."),
    ("p", "In alle groepen geven wij les volgens het directe-instructiemodel (EDI). Elke les begint "
          "met het lesdoel op het bord; na de instructie werken leerlingen die het al beheersen "
          "zelfstandig, en de leerkracht geeft verlengde instructie aan een kleine groep aan de "
          "instructietafel. Groep 3 leert lezen met Veilig leren lezen; vanaf groep 4 lezen alle "
          "kinderen elke dag twintig minuten vrij in een zelfgekozen boek, en er is wekelijks een les "
          "begrijpend lezen met actuele teksten. Rekenen krijgt dagelijks een uur, waarvan tien "
          "minuten automatiseren. Wereldoriëntatie geven wij in zes thema's per jaar; elk thema "
          "eindigt met een kijkmiddag voor ouders. Bewegingsonderwijs krijgen alle groepen twee keer "
          "45 minuten van de vakleerkracht. Engels geven wij vanaf groep 1."),
    ("h2", "Burgerschap"),
    ("p", "In 2023-2024 hebben wij een eigen leerlijn burgerschap opgesteld op basis van de "
          "SLO-doelen, in drie domeinen: democratie, participatie en identiteit. Elke groep heeft per "
          "domein minstens twee lessen per jaar in het rooster staan. De kindraad (twaalf leden, "
          "gekozen in groep 5 tot en met 8) vergadert zes keer per jaar met de directeur en beslist "
          "mee over het schoolplein, de goede-doelenactie en de projectweek. Groep 7 bezoekt elk "
          "voorjaar het stadhuis en voert daar een debat in de raadszaal. Groep 8 doet een "
          "buurtproject bij woonzorgcentrum De Zonnetuin (zie venster 4)."),
    ("h2", "Veiligheid en schoolklimaat"),
    ("p", "De sociale veiligheid meten wij elk jaar in maart met de vragenlijst sociale veiligheid van "
          "ZIEN! in groep 5 tot en met 8; de leerkrachten vullen twee keer per jaar de ZIEN!-observatie "
          "in voor alle leerlingen. In 2024 gaf 94 procent van de leerlingen aan zich veilig te voelen "
          "op school. Alle groepen hebben wekelijks een les sociaal-emotioneel leren. De intern "
          "begeleider bovenbouw is anti-pestcoördinator en aanspreekpunt voor leerlingen en ouders. "
          "Het pestprotocol is in 2024 herzien. Incidenten registreren wij in ParnasSys; de directie "
          "analyseert ze elk kwartaal en bespreekt de uitkomst in het team. Acht medewerkers zijn "
          "BHV'er en wij oefenen de ontruiming twee keer per jaar."),
    ("h2", "Ondersteuning en schoolondersteuningsprofiel"),
    ("p", "Ons schoolondersteuningsprofiel beschrijft welke ondersteuning wij bieden. De "
          "basisondersteuning volgt de afspraken van het Samenwerkingsverband Passend Onderwijs "
          "Almere. Daarbovenop bieden wij: een dyslexieaanpak met extra leestijd vanaf groep 2 en "
          "voorleessoftware vanaf groep 5; de plusgroep De Denktank voor 14 leerlingen uit groep 5 "
          "tot en met 8 die één ochtend per week werken aan verrijkingsopdrachten; acht uur per week "
          "NT2-ondersteuning door een onderwijsassistent voor nieuwkomers; en een gedragsaanpak met "
          "een eigen plan van aanpak per leerling."),
    ("p", "Wij kunnen niet voorzien in intensieve medische handelingen en niet in een aanpak waarbij "
          "een leerling de hele dag één-op-één begeleiding nodig heeft. Ook nemen wij per groep ten "
          "hoogste twee leerlingen met een groeidocument op. Als wij een leerling niet passend kunnen "
          "ondersteunen, zoeken wij samen met ouders en het samenwerkingsverband een passende plek. "
          "Het ondersteuningsteam (intern begeleider, orthopedagoog van het samenwerkingsverband en "
          "jeugdverpleegkundige van de GGD) komt zes keer per jaar bijeen. In 2023-2024 leidde dat "
          "tot zeven arrangementen op onze eigen school, twee plaatsingen in het speciaal "
          "basisonderwijs en één plaatsing in het speciaal onderwijs."),

    ("h1", "4. Onze kernwaarden"),
    ("h2", "Gezien worden"),
    ("p", "Wij zijn een gastvrij kindcentrum. Wat dat betekent, kan iedereen elke ochtend zien: van "
          "8.15 tot 8.30 uur staan de directeur of de adjunct-directeur en de conciërge bij de "
          "hoofdingang en begroeten zij kinderen en ouders. Leerkrachten staan bij de deur van hun "
          "lokaal. Bezoekers melden zich bij de balie, waar de administratief medewerker hen ontvangt "
          "en naar de juiste persoon brengt. Nieuwe ouders krijgen een rondleiding van twee "
          "leerlinggidsen uit groep 8; in 2024-2025 hebben twaalf gidsen elke tweede dinsdag van de "
          "maand rondgeleid. Een nieuw gezin krijgt een maatjesgezin uit dezelfde groep, en na zes "
          "weken belt de leerkracht voor een 'hoe gaat het'-gesprek. In de oudertevredenheidspeiling "
          "van 2024 scoorde 'ik voel mij welkom op school' een 8,1."),
    ("p", "Iedereen is bij ons waardevol en wordt gezien. Concreet: vanaf groep 4 heeft iedere "
          "leerling drie keer per jaar (oktober, februari en juni) een kindgesprek van tien minuten "
          "met de eigen leerkracht over hoe het gaat en wat hij of zij wil leren. In groep 1 tot en met "
          "3 staat elke week een ander kind 'in de kijker' in de kring. De leerkrachten noteren de "
          "kindgesprekken in ParnasSys, zodat de volgende leerkracht ze kan lezen."),
    ("p", "Wij hebben zicht op de behoeftes van onze leerlingen en medewerkers. Voor de leerlingen "
          "gebeurt dat in de groepsbespreking, drie keer per jaar, waarin de leerkracht met de intern "
          "begeleider toetsgegevens, ZIEN!-observaties en de kindgesprekken naast elkaar legt en per "
          "leerling bepaalt wat nodig is. De overgang van peuteropvang naar groep 1 loopt via een warm "
          "overdrachtsgesprek met ouders, pedagogisch medewerker en de nieuwe leerkracht. Voor "
          "medewerkers houdt de directie elk jaar in september een korte peiling over werkdruk, "
          "scholingswensen en taken; de uitkomst gebruiken wij bij het taakbeleid voor het volgende "
          "jaar."),
    ("h2", "Open"),
    ("p", "Wij zijn open. Wij gaan respectvol om met de mensen binnen en buiten onze school, en met "
          "een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers. "
          "Openheid en respect zijn voor ons geen loze woorden; ze passen bij wie wij als christelijk "
          "kindcentrum willen zijn."),
    ("p", "Wij willen transparant en toegankelijk communiceren. Dat werken wij zo uit. Alle "
          "groepsberichten gaan via Parro; ouders krijgen binnen twee werkdagen antwoord op een "
          "vraag. Om de twee weken verschijnt op vrijdag de nieuwsbrief Wingerdnieuws. In de tweede "
          "schoolweek houdt elke groep een informatieavond. De schoolgids staat elk jaar in augustus "
          "op de website. Bij grote besluiten, zoals de nieuwe schooltijden in 2023, licht de "
          "directie het besluit toe in een brief en een vragenavond. Ouders die weinig Nederlands "
          "lezen, gebruiken de vertaalfunctie van Parro; bij gesprekken zetten wij zo nodig een tolk "
          "in. De directeur heeft elke woensdag van 8.30 tot 9.30 uur een inloopspreekuur. In de "
          "peiling van 2024 kreeg communicatie een 7,2; wij willen in 2027 minimaal een 7,8."),
    ("h2", "Vooruitstrevend"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. "
          "Die nieuwsgierigheid maken wij concreet. Elk leerteam kiest ieder jaar één vraag uit de "
          "eigen praktijk en onderzoekt die in een lesson-studycyclus van vier bijeenkomsten; in "
          "2024-2025 onderzocht het onderbouwteam hoe interactief voorlezen de woordenschat van "
          "peuters en kleuters vergroot. Twee keer per jaar bezoekt een groepje van drie collega's "
          "een andere school en vertelt in de teamvergadering wat zij zagen. En elke maand bespreekt "
          "het team in het eerste kwartier van de teamvergadering één vakartikel dat de intern "
          "begeleider heeft uitgekozen."),
    ("p", "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering "
          "en geven gericht inhoud aan ons onderwijs langs de drie horizonten van de "
          "innovatiestrategie van ASG: continue, fundamentele en radicale veranderingen."),
    ("h2", "Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Voor de leerlingen "
          "betekent dat: schoolnormen die boven de signaleringswaarden liggen en die wij elk jaar "
          "aanscherpen. In 2024 haalde 61 procent van onze leerlingen 2F/1S voor lezen en 38 procent "
          "1S voor rekenen; in 2028 willen wij 65 en 45 procent. Vanaf groep 5 heeft iedere leerling "
          "in ParnasSys een streefniveau per vak, dat de leerkracht in oktober met kind en ouders "
          "bespreekt. Twijfelen wij over de instructiegroep, dan plaatsen wij een leerling in de "
          "hogere. Voor elkaar betekent het: collega's bezoeken elkaars lessen twee keer per jaar met "
          "de EDI-kijkwijzer en geven binnen een week feedback, en in de teamvergadering spreken wij "
          "elkaar aan op gemaakte afspraken, zoals een stipte start om 8.30 uur."),
    ("p", "Wij zijn intrinsiek gemotiveerd om ons te blijven ontwikkelen. Bij ons kiest iedere "
          "medewerker zelf een leervraag voor het persoonlijk ontwikkelplan, en bespreekt de "
          "voortgang in het ontwikkelgesprek. In 2024-2025 hebben 27 van de 36 medewerkers een "
          "zelfgekozen leervraag uitgewerkt; twee leerkrachten zijn op eigen initiatief aan de master "
          "Educational Needs begonnen, met een lerarenbeurs en twee uur per week vrij geroosterd."),
    ("p", "Ambitie is voor ons vanzelfsprekend: wij geven altijd het beste van onszelf, elke dag "
          "weer."),

    ("h1", "5. De vensters"),
    ("h2", "Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "De kwaliteit van ons onderwijs is op orde. De inspectie heeft De Wingerd in het "
          "vierjaarlijks onderzoek van november 2022 bezocht; alle onderzochte standaarden waren "
          "voldoende. De resultaten op de eindtoets (vanaf 2024 de doorstroomtoets) liggen al vijf "
          "jaar boven de signaleringswaarden: in 2024 haalde 97 procent 1F en 61 procent 2F/1S voor "
          "lezen."),
    ("p", "Ons stelsel van kwaliteitszorg volgt een vaste cyclus. In juli stelt de directie met het "
          "team het jaarplan op. In februari en juni maken de intern begeleiders een trendanalyse van "
          "de toetsresultaten per groep en per vak, die het team bespreekt en die in de "
          "kwartaalrapportage aan het bestuur gaat. De directeur en de adjunct-directeur bezoeken "
          "iedere leerkracht drie keer per jaar met de EDI-kijkwijzer. Om het jaar houden wij een "
          "tevredenheidspeiling onder ouders, leerlingen en medewerkers (de volgende in 2026 en "
          "2028). In september verschijnt het jaarverslag, dat de MR bespreekt. In 2027 doen wij een "
          "zelfevaluatie aan de hand van het onderzoekskader van de inspectie."),
    ("p", "Wij bouwen aan een collectieve leercultuur. Dat doen wij zo: de drie leerteams (onderbouw, "
          "middenbouw, bovenbouw) komen elke drie weken op dinsdag van 14.30 tot 16.00 uur bijeen. "
          "Elk leerteam werkt met dezelfde cyclus: een vraag uit de praktijk, een gezamenlijk "
          "voorbereide les, lesbezoek bij elkaar en een nabespreking. De bouwcoördinatoren leiden de "
          "bijeenkomsten en maken een kort verslag, dat aan het eind van het jaar in de hele "
          "teamvergadering wordt gepresenteerd."),
    ("p", "Wij hebben zicht op wat onze leerlingen nodig hebben. Naast de groepsbespreking (zie "
          "Gezien worden) houden de intern begeleiders twee keer per jaar een leerlingbespreking voor "
          "leerlingen bij wie de ontwikkeling stagneert. Voor deze leerlingen maakt de leerkracht "
          "binnen twee weken een plan met een doel voor zes weken."),
    ("p", "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen. Elk "
          "wereldoriëntatiethema begint met een vragenmuur waarop kinderen zetten wat zij willen "
          "weten; de leerkracht bouwt minstens twee lessen rond die vragen. De kindraad kiest elk jaar "
          "het onderwerp van de schoolbrede projectweek; in 2025 werd dat 'Almere onder water?'."),
    ("p", "Ons curriculum is toekomstgericht. Sinds 2024 hebben wij een leerlijn digitale "
          "geletterdheid voor groep 1 tot en met 8, gebaseerd op de SLO-doelen: groep 5 tot en met 8 "
          "krijgt 45 minuten per week, groep 7 en 8 programmeren met micro:bits, en in maart is er een "
          "week mediawijsheid. In 2026-2027 evalueren wij deze leerlijn met de leerkrachten en de "
          "kindraad en stellen wij hem bij. Samen met de leerlijn burgerschap vormt dit ons "
          "toekomstgerichte deel van het curriculum."),
    ("p", "Ons (zorg)profiel staat beschreven in het schoolondersteuningsprofiel (hoofdstuk 3). Wij "
          "actualiseren het vóór december 2025 en daarna elk jaar. Daarmee zijn wij deel van het "
          "netwerk van onderwijs- en zorgvoorzieningen in Almere: via het ondersteuningsteam en het "
          "samenwerkingsverband vinden wij voor ieder kind een passende plek."),
    ("h2", "Venster 2: Personeel in positie"),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op De Wingerd en op ASG."),
    ("p", "Welbevinden in elke levensfase krijgt bij ons aandacht. Het verzuim daalde van 6,2 procent "
          "in 2023 naar 5,1 procent in 2024; in 2027 willen wij onder 4,5 procent zitten. De "
          "werkdrukmiddelen zetten wij in voor twee extra onderwijsassistenten, zodat leerkrachten "
          "van groep 3 tot en met 8 elke week een halve dag zonder groep kunnen voorbereiden. "
          "Medewerkers van 57 jaar en ouder plannen hun uren duurzame inzetbaarheid in overleg; "
          "ouders van jonge kinderen kunnen hun werkdagen vast laten inroosteren. In het "
          "ontwikkelgesprek staat een vaste vraag over energie en werkplezier, en elke woensdag om "
          "14.30 uur is er een half uur 'Wingerd wandelt' voor wie wil. Verzuim begeleiden wij volgens "
          "het ASG-protocol, met de bedrijfsarts vanaf de zesde week."),
    ("p", "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling. Ieder teamlid volgt "
          "elk jaar minstens één cursus of training, van de ASG Academie of extern, en legt die vast "
          "in het bekwaamheidsdossier. In 2025-2026 volgt het hele team de Academie-training "
          "'Taalrijk lesgeven', omdat woordenschat ons speerpunt is; de onderwijsassistenten volgen "
          "in 2026 de training 'Effectief begeleiden van kleine groepen'."),
    ("p", "Medewerkers nemen deel aan leergemeenschappen en netwerken. Binnen de school zijn dat de "
          "drie leerteams; buiten de school nemen beide intern begeleiders deel aan het IB-netwerk "
          "van ASG en zit onze taalspecialist in het netwerk lezen."),
    ("p", "De talenten van onze medewerkers zetten wij ook buiten de eigen school in: onze "
          "taalspecialist Marleen de Groot leidt sinds 2024 namens ASG het netwerk lezen voor de "
          "basisscholen (vijf bijeenkomsten per jaar), en onze vakleerkracht bewegingsonderwijs "
          "verzorgt de sportdag voor drie ASG-scholen in Almere Buiten."),
    ("p", "Twee leerkrachten (groep 4 en groep 6) zijn zij-instromer. Zij volgen het "
          "zij-instroomtraject aan Hogeschool Windesheim, hebben één dag per week studietijd en worden "
          "vier uur per week begeleid door onze schoolopleider. Beiden moeten vóór 1 augustus 2027 "
          "bevoegd zijn."),
    ("p", "De gesprekscyclus is bij ons volledig ingevoerd: een startgesprek in september, een "
          "klassenbezoek tussen november en januari, een ontwikkelgesprek in februari of maart en één "
          "keer per drie jaar een beoordelingsgesprek. In 2024-2025 zijn alle gesprekken gevoerd en "
          "vastgelegd."),
    ("h2", "Venster 3: De meerwaarde van ASG"),
    ("p", "De meerwaarde van ASG zien wij vooral in het samen leren met collega's van andere "
          "scholen. Sinds 2023 houden de vier ASG-basisscholen in Almere Buiten elk jaar in oktober "
          "een gezamenlijke studiedag, en de bouwcoördinatoren van die scholen ontmoeten elkaar vier "
          "keer per jaar. Op de ASG-brede studiedag in maart 2026 presenteert ons onderbouwleerteam "
          "in een workshop zijn lesson study over interactief voorlezen. In het IB-netwerk (zes keer "
          "per jaar) bespreken de intern begeleiders casussen en wisselen zij aanpakken uit; het "
          "netwerk lezen maakt een gezamenlijke bank met leesbevorderingsactiviteiten."),
    ("p", "Onze medewerkers weten van elkaar wie ze moeten benaderen voor welke expertise."),
    ("h2", "Venster 4: Partnerschap"),
    ("p", "Partnerschap met ouders begint bij ons in de eerste schoolweek. In september heeft elke "
          "leerkracht een startgesprek met ouders en kind, waarin ouders vertellen wat hun kind nodig "
          "heeft. Daarna volgen in november en maart kind-oudergesprekken waarbij het kind vanaf groep "
          "4 zelf vertelt over zijn leerdoelen; in 2024-2025 was 93 procent van de ouders aanwezig. "
          "Ouders van groep 3 krijgen in oktober een workshop over thuis lezen, en bij elke "
          "kijkmiddag laten kinderen hun ouders zien wat zij geleerd hebben. Het ouderpanel (tien "
          "ouders uit verschillende groepen) komt drie keer per jaar bijeen met de directeur."),
    ("p", "De medezeggenschapsraad telt vier ouders en vier medewerkers en vergadert zes keer per "
          "jaar. Voorgenomen beleid leggen wij vroeg voor: bij dit schoolplan besprak de MR op "
          "21 januari 2025 de eerste opzet en gaf drie punten mee (communicatie, werkdruk en de "
          "overgang van peuteropvang naar groep 1), die in dit plan zijn verwerkt."),
    ("p", "Wij werken samen met een breed scala aan partners. Met Kind & Co Almere verzorgen wij de "
          "peuteropvang en de buitenschoolse opvang in ons gebouw; pedagogisch medewerkers en "
          "leerkrachten van groep 1-2 volgen samen de VVE-scholing. De leesconsulent van de "
          "Bibliotheek Almere is vier uur per week op school en beheert de schoolbibliotheek. De "
          "jeugdverpleegkundige van de GGD zit in het ondersteuningsteam. Met de Goede Herderkerk "
          "bereiden wij vieringen voor."),
    ("p", "In de buurt werken wij samen met het wijkteam Buiten, dat om de week een ochtend spreekuur "
          "houdt in onze ouderkamer, en met de buurtsportcoach van de gemeente, die na schooltijd "
          "twee keer per week sport op ons plein organiseert. Groep 8 bezoekt vier keer per jaar "
          "woonzorgcentrum De Zonnetuin voor een spelletjesmiddag en een gezamenlijke lunch."),

    ("h1", "6. Onze doelen 2025-2029"),
    ("p", "In deze tabel staan alle doelen voor de planperiode. Ieder jaar nemen wij de doelen van dat "
          "jaar op in het jaarplan, met een eigenaar uit het team."),
]

DOELEN = [
    ("Gezien worden", "Nieuwe ouders en bezoekers voelen zich welkom", "Score 'ik voel mij welkom' in de oudertevredenheidspeiling minimaal 8,3 (2024: 8,1)", "juni 2027"),
    ("Gezien worden", "Iedere leerling van groep 4-8 heeft drie kindgesprekken per jaar", "100% van de gesprekken vastgelegd in ParnasSys", "juli 2026"),
    ("Open", "Ouders ervaren onze communicatie als helder", "Score communicatie in de oudertevredenheidspeiling minimaal 7,8 (2024: 7,2)", "juni 2027"),
    ("Vooruitstrevend", "Elk leerteam rondt per jaar een lesson study af", "Drie verslagen per jaar, gepresenteerd in de teamvergadering", "jaarlijks, eerst juli 2026"),
    ("Ambitieus", "Meer leerlingen halen 2F/1S voor lezen", "Doorstroomtoets: minimaal 65% 2F/1S lezen (2024: 61%)", "juli 2028"),
    ("Ambitieus", "Meer leerlingen halen 1S voor rekenen", "Doorstroomtoets: minimaal 45% 1S rekenen (2024: 38%)", "juli 2028"),
    ("Venster 1", "Basiskwaliteit blijft op orde", "Alle standaarden voldoende bij het eerstvolgende inspectiebezoek", "2029"),
    ("Venster 1", "Trendanalyse twee keer per jaar in team en kwartaalrapportage", "Analyse in februari en juni besproken en verzonden", "jaarlijks, eerst februari 2026"),
    ("Venster 1", "Leerlijn digitale geletterdheid geëvalueerd en bijgesteld", "Evaluatieverslag met bijgestelde leerlijn", "juli 2027"),
    ("Venster 1", "Schoolondersteuningsprofiel geactualiseerd", "SOP vastgesteld na bespreking in team en MR", "december 2025"),
    ("Venster 2", "Lager verzuim", "Verzuimpercentage onder 4,5% (2024: 5,1%)", "december 2027"),
    ("Venster 2", "Beide zij-instromers bevoegd", "Getuigschrift zij-instroom behaald", "augustus 2027"),
    ("Venster 2", "Ieder teamlid volgt per jaar minstens één scholing", "Vastgelegd in het bekwaamheidsdossier; 100% van het team", "jaarlijks, eerst juli 2026"),
    ("Venster 3", "Lesson study onderbouw gedeeld met andere ASG-scholen", "Workshop gegeven op de ASG-brede studiedag", "maart 2026"),
    ("Venster 4", "Ouders aanwezig bij de kind-oudergesprekken", "Minimaal 95% aanwezigheid (2024-2025: 93%)", "juli 2027"),
    ("Venster 4", "Buurtproject groep 8 met De Zonnetuin vast in het jaarrooster", "Vier bezoeken per jaar", "juni 2026"),
]

SLOT: list[tuple[str, str]] = [
    ("h1", "7. Vaststelling"),
    ("p", "De medezeggenschapsraad heeft op 10 juni 2025 instemming verleend."),
    ("p", "Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan 2025-2029 "
          "vastgesteld op 1 juli 2025."),
    ("p", "Almere, 1 juli 2025"),
    ("p", "H. Verbeek, directeur CKC De Wingerd\t\tNamens het College van Bestuur van ASG"),
]


def _schrijf(doc, blokken) -> None:  # type: ignore[no-untyped-def]
    for soort, tekst in blokken:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "b":
            doc.add_paragraph(tekst, style="List Bullet")
        else:
            doc.add_paragraph(tekst)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "H. Verbeek"
    cp.title = "Schoolplan 2025-2029 CKC De Wingerd"
    cp.created = MOMENT
    cp.modified = MOMENT
    cp.last_modified_by = "H. Verbeek"
    cp.revision = 1

    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    sub = doc.add_paragraph()
    sub.add_run("Christelijk Kindcentrum De Wingerd, Almere Buiten").bold = True
    doc.add_paragraph("Samen groeien in vertrouwen")
    doc.add_paragraph("Planperiode: 1 augustus 2025 tot en met 31 juli 2029")

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan CKC De Wingerd 2025-2029 - pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    _schrijf(doc, INHOUD)
    tabel(doc, ["Kernwaarde/venster", "Doel", "Indicator", "Gereed in"], DOELEN,
          breedtes=[3.2, 5.2, 5.6, 2.8])
    _schrijf(doc, SLOT)
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_33_ckc_de_wingerd.docx")
