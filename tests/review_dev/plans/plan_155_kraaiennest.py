# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van OBS Het Kraaiennest (Almere Haven).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
Deterministisch: vaste datum in de documenteigenschappen, geen willekeur.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

DATUM = datetime.datetime(2024, 6, 27, 14, 5, 0)

# ---------------------------------------------------------------------------
# Inhoud. Elk item: (soort, tekst). Soorten: h1, h2, p, b (opsomming),
# tabel (lijst van rijen, eerste rij is kop).
# ---------------------------------------------------------------------------

INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van openbare basisschool Het Kraaiennest voor de schooljaren "
          "2024-2025 tot en met 2027-2028. Het plan loopt van 1 augustus 2024 tot en met 31 juli 2028. "
          "We beschrijven hierin wie we zijn, wat we de komende vier jaar willen bereiken en hoe we dat "
          "aanpakken. Het is geschreven voor ons team, voor de ouders van onze leerlingen, voor de "
          "medezeggenschapsraad en voor ons bestuur, de Almeerse Scholen Groep (ASG)."),
    ("p", "Het Kraaiennest is de afgelopen jaren sterk veranderd. In 2019 had ongeveer een op de twintig "
          "leerlingen korter dan twee jaar in Nederland gewoond; op 1 oktober 2023 was dat een op de acht. "
          "Sinds de gemeente in 2022 aan de rand van De Meenten opvang voor Oekraïense gezinnen opende, "
          "komen er bijna elke maand nieuwe kinderen bij. Dat vraagt veel van ons team, en het geeft ons "
          "ook veel: onze school is een plek waar kinderen uit 29 taalgebieden samen leren."),
    ("p", "Daarom hebben we dit plan niet opgebouwd langs de lijnen van een model, maar rond de zes "
          "thema's die voor onze school het verschil maken: taal, een passende plek voor ieder kind, "
          "veiligheid en burgerschap, de samenwerking met ouders, ons team en de manier waarop we onze "
          "kwaliteit bewaken. Bij elk thema staat een alinea 'Wat we in 2028 willen bereiken'. Die "
          "alinea's vormen samen de basis voor onze jaarplannen; elk jaar in juni kijken we met het team "
          "en de MR of we op schema liggen."),
    ("p", "Het plan is in het schooljaar 2023-2024 tot stand gekomen. Op de studiedagen van 6 november "
          "2023 en 12 februari 2024 heeft het team de sterke en zwakke kanten van de school in kaart "
          "gebracht. In maart 2024 spraken we in twee oudercafés met ruim veertig ouders, met tolken voor "
          "het Arabisch, het Tigrinya en het Oekraïens. De leerlingenraad gaf zijn mening over wat er "
          "beter kan: meer boeken in andere talen, en een rustiger schoolplein. De MR heeft het concept in "
          "april en mei 2024 besproken en op 24 juni 2024 ingestemd met dit schoolplan."),
    ("p", "Esther Ramdin, directeur"),

    ("h1", "Onze school in de Haven"),
    ("h2", "Kerngegevens"),
    ("tabel", [
        ["Onderdeel", "Gegevens"],
        ["School", "Openbare basisschool Het Kraaiennest"],
        ["BRIN", "27KN"],
        ["Wijk", "De Meenten, Almere Haven"],
        ["Bestuur", "Almeerse Scholen Groep (ASG)"],
        ["Directeur", "Esther Ramdin"],
        ["Leerlingen (1 oktober 2023)", "238, waarvan 14 in de Sluisklas"],
        ["Groepen", "11 reguliere groepen en de Sluisklas (schakelklas voor nieuwkomers)"],
        ["Team", "26 medewerkers, samen 19,4 fte"],
        ["Schoolweging (CBS, 2023)", "36,8"],
        ["Toezicht inspectie", "Basistoezicht; laatste bezoek november 2022 (oordeel voldoende)"],
    ]),
    ("h2", "Onze leerlingen en hun ouders"),
    ("p", "Almere Haven is het oudste deel van de stad. De Meenten is een wijk met veel sociale huur, "
          "veel jonge gezinnen en de laatste jaren ook veel gezinnen die net in Nederland zijn. Ongeveer "
          "55 procent van onze leerlingen spreekt thuis (ook) een andere taal dan het Nederlands. Op "
          "1 oktober 2023 waren 31 leerlingen nieuwkomer, dat wil zeggen korter dan twee jaar in "
          "Nederland. De grootste groepen komen uit Oekraïne, Eritrea, Syrië, Turkije en Polen."),
    ("p", "Het leerlingenaantal schommelt sterk. In 2022-2023 kwamen 47 kinderen tussentijds binnen en "
          "vertrokken er 39, onder meer door verhuizingen naar een vaste woning elders in Almere of "
          "Lelystad. Een groep 5 die in september met 24 kinderen begint, heeft in juni soms acht andere "
          "gezichten. Dat maakt plannen lastig en het maakt een goede ontvangst en een goede overdracht "
          "extra belangrijk."),
    ("h2", "Wat we zien: sterk en zwak"),
    ("p", "Sterke punten van onze school zijn het warme pedagogische klimaat, een stabiele kern van "
          "ervaren leerkrachten en de Sluisklas, die in de stad een goede naam heeft. In de "
          "veiligheidsmeting van 2023 gaven de leerlingen van groep 5 tot en met 8 hun school gemiddeld "
          "een 8,3. Op de eindtoets van 2023 haalde 91 procent van onze leerlingen in groep 8 het "
          "referentieniveau 1F voor lezen en 88 procent 1F voor rekenen; beide liggen boven de "
          "signaleringswaarde voor scholen met onze schoolweging."),
    ("p", "Er zijn ook zorgen. Begrijpend lezen blijft achter: maar 38 procent van de leerlingen haalde "
          "niveau 2F. De woordenschat in vier van onze zes groepen 3 tot en met 8 ligt onder het landelijk "
          "gemiddelde. Het ziekteverzuim van het team lag in 2022-2023 op 7,1 procent. We hadden twee "
          "vacatures die we pas na maanden konden vullen. En bij de tienminutengesprekken in de groepen 1 "
          "tot en met 4 kwam in 2023 maar 72 procent van de ouders. Uit deze analyse komen de thema's van "
          "dit plan voort."),
    ("h2", "Openbaar, en dat laten we zien"),
    ("p", "Het Kraaiennest is een openbare school. Ieder kind is welkom, ongeacht geloof, afkomst of de "
          "verblijfsstatus van zijn ouders; we vragen daar bij de inschrijving ook niet naar. Niemand hoeft "
          "op school iets te geloven en iedereen mag vertellen wat hij gelooft. In de lessen "
          "wereldoriëntatie komen de levensbeschouwingen aan bod die in onze school aanwezig zijn: de "
          "islam, het christendom in zijn orthodoxe, katholieke en protestantse vormen, en het humanisme."),
    ("p", "Vanaf groep 5 kunnen ouders kiezen voor godsdienstig of humanistisch vormingsonderwijs (GVO en "
          "HVO), dat door vakdocenten wordt gegeven. In 2023-2024 volgden 34 kinderen islamitisch GVO en "
          "18 kinderen HVO. Feesten als het Suikerfeest, Kerstmis, Divali en het Oekraïense Kerstfeest "
          "vieren we niet als religieuze vieringen, maar als momenten waarop kinderen elkaar vertellen wat "
          "het feest voor hun familie betekent. Zo leren ze dat verschil normaal is en dat je met respect "
          "naar elkaars overtuiging kunt kijken. Meertaligheid zien we niet als probleem maar als rijkdom: "
          "in elke klas hangt een taalkaart waarop te zien is welke talen de kinderen spreken."),

    ("h1", "Taal als sleutel"),
    ("p", "Wie de taal niet beheerst, kan niet goed meedoen: in de klas niet, en later in de samenleving "
          "ook niet. Taal is daarom het eerste thema van dit plan, voor alle groepen en niet alleen voor de "
          "nieuwkomers."),
    ("h2", "Taal in alle groepen"),
    ("p", "In alle groepen werken we met de viertakt van Verhallen om nieuwe woorden aan te leren: "
          "voorbewerken, semantiseren, consolideren en controleren. Per thema kiest de leerkracht tien "
          "doelwoorden, die op de woordmuur in de klas komen en die ouders via Parro ontvangen, met een "
          "vertaling in de thuistaal. In groep 1 en 2 gebruiken we Logo 3000 en de thema's van Kleuterplein; "
          "in groep 4 tot en met 8 werken we met Staal voor taal en spelling."),
    ("p", "Elke dag lezen alle kinderen twintig minuten in een boek naar keuze. Via de Bibliotheek op "
          "school komt de leesconsulent van de Nieuwe Bibliotheek Almere Haven elke zes weken langs om de "
          "schoolbibliotheek aan te vullen en met de leesgroepen te werken. In 2024-2025 kopen we voor "
          "2.500 euro nieuwe boeken, waarvan een derde in het Arabisch, Oekraïens, Tigrinya, Turks en "
          "Pools: een wens van de leerlingenraad."),
    ("p", "Voor begrijpend lezen stappen we in 2024-2025 over op een aanpak met close reading. We werken "
          "met de actuele teksten van Nieuwsbegrip en lezen per week één tekst drie keer, steeds met een "
          "andere vraag. Het leerteam begrijpend lezen begeleidt de invoering en bezoekt in het eerste jaar "
          "alle groepen 4 tot en met 8."),
    ("h2", "De Sluisklas: een jaar om te landen"),
    ("p", "Sinds 2016 heeft Het Kraaiennest een schakelklas voor nieuwkomers van 6 tot 12 jaar die korter "
          "dan een jaar in Nederland wonen: de Sluisklas. De klas telt maximaal vijftien kinderen en wordt "
          "geleid door een leerkracht met een NT2-opleiding en een onderwijsassistent. De Sluisklas wordt "
          "betaald uit de middelen voor onderwijsachterstanden van de gemeente Almere en uit de "
          "bekostiging voor eerstejaars nieuwkomers."),
    ("p", "Elk kind in de Sluisklas hoort ook bij een stamgroep van leeftijdgenoten. 's Ochtends krijgen de "
          "kinderen intensief Nederlands in de Sluisklas, met Taalklas.nl, Logo 3000 en de NT2-route van "
          "Veilig leren lezen voor kinderen die nog niet in een ander schrift of helemaal niet hebben leren "
          "lezen. 's Middags zijn ze in hun stamgroep voor rekenen, gym, muziek en handvaardigheid. In de "
          "stamgroep heeft ieder kind een maatje dat hem de eerste weken wegwijs maakt."),
    ("p", "We nemen bij binnenkomst en daarna elke twintig weken de Taaltoets Alle Kinderen (TAK) af. "
          "Gemiddeld stromen kinderen na 42 weken door naar hun stamgroep. Voor elk kind dat uitstroomt "
          "maakt de Sluisklasleerkracht samen met de leerkracht van de stamgroep een uitstroomplan, met "
          "daarin de woordenschat, het leesniveau en de afspraken over extra ondersteuning. We volgen "
          "oud-Sluisklasleerlingen daarna nog twee jaar apart in onze groepsbesprekingen."),
    ("h2", "Lezen, rekenen en de rest van het programma"),
    ("p", "Ons onderwijsprogramma dekt de kerndoelen voor het basisonderwijs en is gericht op de "
          "referentieniveaus voor taal en rekenen. Groep 3 leert lezen met Veilig leren lezen (KIM-versie). "
          "Voor rekenen gebruiken we in groep 3 tot en met 8 Wereld in getallen 5, met in groep 1 en 2 de "
          "rekendoelen uit Kleuterplein. Aardrijkskunde, geschiedenis, natuur en techniek geven we met "
          "Blink Wereld. Engels krijgen de kinderen vanaf groep 1 met Groove.me. Bewegingsonderwijs wordt "
          "twee keer per week 45 minuten gegeven door onze vakleerkracht. Voor cultuureducatie werken we met "
          "het programma Cultuureducatie met Kwaliteit van Kunstlinie Almere; elke groep bezoekt per jaar "
          "ten minste één voorstelling of museum."),
    ("p", "We hebben een continurooster van 8.30 tot 14.15 uur (woensdag tot 12.15 uur). Onze leerlingen "
          "krijgen per jaar 940 uur onderwijs. De methodes voor taal en rekenen evalueren we in 2026-2027; "
          "Wereld in getallen 5 is dan acht jaar in gebruik."),
    ("h2", "Meertaligheid als kracht"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Voor "
          "onze school betekent dat vooral: leren van wat bekend is over meertalige kinderen. In 2024-2025 "
          "starten we in de groepen 3, 4 en 5 een proef met translanguaging: het bewust inzetten van de "
          "thuistaal bij het leren. Kinderen mogen bij begrijpend lezen eerst in hun eigen taal met elkaar "
          "overleggen, we gebruiken meertalige woordkaarten en ouders lezen in de klas voor uit prentenboeken "
          "in hun eigen taal. Twee leerkrachten volgen daarvoor de cursus Meertaligheid in de klas van "
          "Hogeschool Windesheim in Almere. In juni 2025 evalueren we de proef aan de hand van de "
          "toetsresultaten en gesprekken met kinderen, ouders en leerkrachten."),
    ("h2", "Wat we in 2028 willen bereiken"),
    ("p", "In juli 2028 haalt ten minste 95 procent van onze leerlingen in groep 8 het referentieniveau 1F "
          "voor lezen (2023: 91 procent), en haalt ten minste 50 procent niveau 2F (2023: 38 procent). Het "
          "gemiddelde woordenschatniveau ligt in 2028 in alle groepen 3 tot en met 8 op of boven het "
          "landelijk gemiddelde; nu is dat in twee van de zes groepen zo. De aanpak met close reading is "
          "per juli 2025 in alle groepen 4 tot en met 8 ingevoerd. Kinderen in de Sluisklas stromen na "
          "uiterlijk 52 weken door naar hun stamgroep, met een woordenschat van ten minste 2.000 Nederlandse "
          "woorden volgens de TAK. Twee jaar na uitstroom volgt minstens 75 procent van de "
          "oud-Sluisklasleerlingen het programma van de eigen groep zonder eigen leerlijn. Als de evaluatie "
          "van de proef met translanguaging in juni 2025 positief uitvalt, werken in 2026-2027 alle groepen "
          "3 tot en met 8 op deze manier."),

    ("h1", "Ieder kind op zijn plek"),
    ("p", "Een school met veel nieuwkomers en veel in- en uitstroom moet snel weten wat een kind kan en "
          "nodig heeft. Daar begint goede ondersteuning."),
    ("h2", "Hoe we kinderen volgen"),
    ("p", "Met elk nieuw gezin voeren we binnen vijf schooldagen een intakegesprek, zo nodig met een "
          "professionele tolk via Global Talk. We vragen naar de schoolgeschiedenis van het kind, de talen "
          "die het spreekt, wat het goed kan en waar de ouders zich zorgen over maken. Binnen zes weken "
          "stellen de leerkracht en de intern begeleider een startplan op, dat met de ouders wordt "
          "besproken."),
    ("p", "We toetsen twee keer per jaar met Leerling in beeld van Cito; nieuwkomers volgen we daarnaast "
          "met de TAK. Drie keer per jaar bespreekt de intern begeleider met elke leerkracht de groep en de "
          "kinderen over wie zorgen zijn. In februari en juni analyseert het hele team de resultaten van de "
          "school en stelt de aanpak per groep bij. Voor het sociaal-emotioneel welbevinden gebruiken we de "
          "KiVa-monitor in groep 5 tot en met 8 en de observatielijsten van KiVa in groep 1 tot en met 4."),
    ("h2", "Basisondersteuning en extra ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel (SOP), dat we in het voorjaar van 2024 hebben herzien, "
          "beschrijven we wat iedere leerling bij ons kan verwachten en waar onze grenzen liggen. Tot de "
          "basisondersteuning rekenen we onder meer: NT2-ondersteuning in elke groep, het dyslexieprotocol, "
          "extra instructie in kleine groepen door onderwijsassistenten, en preventieve begeleiding bij "
          "sociaal-emotionele problemen. Extra ondersteuning bieden we met een arrangement van het "
          "samenwerkingsverband, bijvoorbeeld een taalarrangement of begeleiding door een ambulant "
          "begeleider."),
    ("p", "Veel kinderen die bij ons binnenkomen hebben ingrijpende dingen meegemaakt. Onze intern "
          "begeleider en twee leerkrachten zijn getraind in traumasensitief lesgeven, en de "
          "schoolmaatschappelijk werker van De Schoor is één dag per week op school. Het SOP beschrijft ook "
          "wat we niet kunnen bieden: kinderen die langdurig één-op-één begeleiding nodig hebben of "
          "intensieve medische zorg, kunnen we niet de plek geven die ze verdienen. Voor hen zoeken we samen "
          "met ouders en het samenwerkingsverband een andere school."),
    ("h2", "Samen met de stad"),
    ("p", "We zijn aangesloten bij het Samenwerkingsverband Passend Onderwijs Almere. Zes keer per jaar "
          "komt ons ondersteuningsteam bijeen: de intern begeleider, de orthopedagoog van het "
          "samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdarts van GGD Flevoland. Zo "
          "kunnen we snel schakelen naar het sociaal wijkteam, naar jeugdhulp of, als dat echt nodig is, "
          "naar het speciaal basisonderwijs of speciaal onderwijs. Kinderen die op hun twaalfde of later in "
          "Nederland aankomen, verwijzen we direct door naar de internationale schakelklas voor het "
          "voortgezet onderwijs."),
    ("p", "Ook de overstap naar het voortgezet onderwijs vraagt om maatwerk. Sinds 2023 hebben we met twee "
          "vo-scholen van ASG de afspraak dat oud-Sluisklasleerlingen met een taalachterstand maar met een "
          "hoger denkniveau een dubbel advies kunnen krijgen, met een taalprogramma in de brugklas. De "
          "brugklasmentor komt in juni bij ons kennismaken en we bespreken in december samen hoe het de "
          "leerling vergaat. Zo krijgen ook deze kinderen een schoolloopbaan die bij hun mogelijkheden past, "
          "en niet alleen bij hun Nederlands van dat moment."),
    ("h2", "Wat we in 2028 willen bereiken"),
    ("p", "Vanaf 1 januari 2025 heeft elk nieuw gezin binnen vijf schooldagen een intakegesprek gehad en "
          "heeft elk nieuw kind binnen zes weken een startplan; we controleren dat twee keer per jaar in "
          "ParnasSys. Het SOP is in maart 2026 opnieuw bijgesteld en besproken met de MR. We verwijzen in "
          "de planperiode gemiddeld niet meer dan twee kinderen per jaar naar het speciaal "
          "(basis)onderwijs. In 2028 hebben alle leerkrachten de training traumasensitief lesgeven gevolgd. "
          "Voor elke oud-Sluisklasleerling in groep 8 vindt een warme overdracht met de vo-school plaats, "
          "en van deze leerlingen zit in het derde jaar van het voortgezet onderwijs ten minste 80 procent "
          "op of boven het niveau van het basisschooladvies."),

    ("h1", "Veilig en welkom"),
    ("h2", "De eerste dag"),
    ("p", "Voor een kind dat net in Nederland is, is de eerste schooldag spannend. We doen er daarom veel "
          "aan om die dag goed te laten verlopen. Nieuwe gezinnen krijgen een welkomstmap in acht talen, "
          "met foto's van alle medewerkers, een plattegrond van de school en de belangrijkste afspraken in "
          "pictogrammen. Twee leerlingen uit de leerlingenraad geven een rondleiding. In de klas staat een "
          "maatje klaar, en na de eerste week vraagt de intern begeleider het kind en de ouders kort hoe het "
          "gaat."),
    ("p", "Ook voor andere bezoekers willen we een open huis zijn. 's Ochtends staat er altijd iemand van "
          "het team bij de hoofdingang. Onze administratief medewerker spreekt naast Nederlands ook Engels "
          "en Pools, en onze conciërge Arabisch. In de hal is een hoek met koffie en thee waar ouders na het "
          "brengen mogen blijven zitten. Bij ons is ieder kind en iedere collega waardevol en wordt gezien."),
    ("h2", "Een veilige school"),
    ("p", "Wij gaan respectvol om met de mensen binnen en buiten onze school. In de praktijk betekent dat "
          "bijvoorbeeld dat we bij gesprekken over zorgen om een kind altijd een professionele tolk "
          "inschakelen en nooit een kind laten vertalen voor zijn ouders, en dat we ouders altijd "
          "terugbellen binnen één werkdag."),
    ("p", "Voor de sociale veiligheid werken we sinds 2021 met KiVa. Alle groepen krijgen de KiVa-lessen en "
          "elke groep stelt aan het begin van het jaar samen drie groepsafspraken op. We hebben een "
          "anti-pestcoördinator, bij wie kinderen en ouders terechtkunnen, en we registreren incidenten in "
          "ParnasSys. Het veiligheidsplan is in 2024 geactualiseerd en bevat onder meer het pestprotocol, "
          "de meldcode huiselijk geweld en kindermishandeling en de afspraken over bedrijfshulpverlening. "
          "Jaarlijks meten we de veiligheidsbeleving van leerlingen in groep 5 tot en met 8 met de "
          "KiVa-monitor."),
    ("p", "Het schoolplein was de plek waar de meeste ruzies ontstonden. Sinds januari 2024 hebben we "
          "pleincoaches: kinderen uit groep 8 die een training hebben gehad en jongere kinderen helpen bij "
          "spelletjes en ruzies. Het plein is in drie zones verdeeld, met een rustige zone met banken en "
          "tafels. Dit willen we in 2024-2025 uitbreiden met een pauzeprogramma van de buurtsportcoach."),
    ("h2", "Samenleven leer je hier"),
    ("p", "Burgerschap is voor ons geen apart vak, maar het begint wel met een duidelijke leerlijn. In "
          "2024-2025 stellen we die vast. De basis zijn de waarden van de democratische rechtsstaat: "
          "vrijheid, gelijkwaardigheid en solidariteit. De kinderen leren dat je het oneens kunt zijn "
          "zonder elkaar te kwetsen, en dat ieder kind rechten heeft."),
    ("p", "Concreet doen we het volgende. De leerlingenraad, met twee kinderen uit elke groep 5 tot en met "
          "8, vergadert zes keer per jaar met de directeur en heeft een eigen budget van 500 euro. In de "
          "Week van de Kinderrechten in november werkt de hele school aan het Kinderrechtenverdrag. Groep 7 "
          "bezoekt elk jaar het stadhuis en de gemeenteraad. Groep 8 doet het project 'Haven zonder "
          "grenzen', waarin kinderen oudere buurtbewoners interviewen over hoe Almere Haven er vroeger "
          "uitzag, en daar een tentoonstelling over maken in de bibliotheek."),
    ("h2", "Wat we in 2028 willen bereiken"),
    ("p", "In 2028 geven de leerlingen van groep 5 tot en met 8 de veiligheid op school gemiddeld minstens "
          "een 8,5 (2023: 8,3). Het aandeel kinderen dat in de KiVa-monitor zegt regelmatig gepest te "
          "worden, is gedaald van 9 procent in 2023 naar minder dan 5 procent. Vanaf 2025 nemen we zes "
          "weken na de start van elk nieuw kind een korte vragenlijst af, in de thuistaal en met pictogrammen; "
          "in 2028 zegt ten minste 90 procent van de nieuwe kinderen dat het zich welkom voelt. De "
          "burgerschapsleerlijn is in juli 2025 vastgesteld en in 2026 in alle groepen in gebruik. De "
          "leerlingenraad heeft elk jaar ten minste twee voorstellen gedaan die ook zijn uitgevoerd."),

    ("h1", "Samen met ouders"),
    ("p", "Ouders kennen hun kind het best. Veel ouders op onze school spreken nog weinig Nederlands en "
          "kennen het Nederlandse onderwijs niet. Dat maakt samenwerking niet minder belangrijk, maar wel "
          "anders. We willen ouders zien als partner bij het leren van hun kind, ook als we geen gemeenschappelijke "
          "taal spreken."),
    ("h2", "Ouders als partner bij het leren"),
    ("p", "Elk schooljaar begint met een startgesprek in de derde en vierde week, waarin niet de leerkracht "
          "maar de ouders vertellen: over hun kind, over wat thuis goed gaat en over wat ze van de school "
          "verwachten. Elke woensdagochtend is er een oudercafé, geleid door onze ouder- en kindadviseur, "
          "met elke week een thema: lezen met je kind, het Nederlandse schoolsysteem, de overstap naar de "
          "middelbare school. Samen met het Taalhuis Almere bieden we twee ochtenden per week taalles voor "
          "ouders in ons gebouw."),
    ("p", "We vragen ouders thuis in hun eigen taal voor te lezen en lenen daarvoor boeken uit in "
          "vijf talen. Gezinnen met jonge kinderen kunnen meedoen aan de VoorleesExpress, waarbij een "
          "vrijwilliger twintig weken lang wekelijks bij het gezin komt voorlezen. Twee keer per jaar houden "
          "we kijkochtenden, waarop ouders een les meemaken en daarna met de leerkracht bespreken wat ze thuis "
          "kunnen doen."),
    ("h2", "Communicatie die iedereen begrijpt"),
    ("p", "Alle berichten aan ouders gaan via Parro, waarin ouders de berichten in hun eigen taal kunnen "
          "laten vertalen. De nieuwsbrief schrijven we op taalniveau B1 en we gebruiken waar het kan "
          "pictogrammen. Een samenvatting van de schoolgids is er in zes talen. Bij gesprekken over "
          "leerresultaten, zorgen of een schooladvies zetten we een tolk in; de kosten daarvan dragen we "
          "zelf. Elk jaar in november bespreken we in het oudercafé de resultaten van de school, ook als "
          "die tegenvallen, en vertellen we wat we eraan doen."),
    ("h2", "De medezeggenschapsraad"),
    ("p", "Onze MR heeft acht leden: vier ouders en vier medewerkers. Sinds 2023 zit er een ouder in die "
          "zelf als nieuwkomer naar Nederland kwam; voor de vergaderingen zorgen we waar nodig voor "
          "vertaalde stukken. Voor ons is de MR meer dan een orgaan dat instemt of adviseert. We leggen "
          "voorgenomen besluiten, zoals de groepsindeling, de inzet van de werkdrukmiddelen en de "
          "begroting, in een vroeg stadium aan de MR voor, zodat de MR kan meedenken voordat er iets "
          "vastligt. Eén keer per jaar vergadert de MR samen met het ouderpanel, een groep van tien ouders "
          "die de samenstelling van onze ouders goed weerspiegelt."),
    ("h2", "Partners in de wijk en in de stad"),
    ("p", "Wat een kind nodig heeft, kan de school niet alleen bieden. We werken samen met een groot aantal "
          "partners. In de wijk zijn dat vooral de Nieuwe Bibliotheek in Haven-Centrum, de peuteropvang in "
          "De Meenten (waarmee we voor elk kind met een VVE-indicatie een warme overdracht hebben), het "
          "wijkcentrum en de voetbalvereniging, die op vrijdagmiddag gratis training geeft aan onze "
          "leerlingen. Twee keer per week verzorgen de buurtsportcoaches van de gemeente naschoolse "
          "sport- en spelactiviteiten op ons plein."),
    ("p", "Op stedelijk niveau werken we samen met de gemeente Almere (onderwijsachterstandenbeleid en "
          "nieuwkomers), GGD Flevoland, De Schoor, Vluchtelingenwerk, Kunstlinie Almere en Stichting "
          "Leergeld Almere, die ervoor zorgt dat kinderen uit gezinnen met weinig geld mee kunnen op "
          "schoolreis en kamp. Met de bibliotheek en De Schoor leggen we de afspraken in 2024 schriftelijk "
          "vast, met een jaarlijkse evaluatie."),
    ("h2", "Wat we in 2028 willen bereiken"),
    ("p", "In 2028 komt ten minste 95 procent van de ouders naar het startgesprek (2023-2024: 78 procent) "
          "en ten minste 90 procent naar de tienminutengesprekken in de groepen 1 tot en met 4 (2023: 72 "
          "procent). Het oudercafé trekt in 2027-2028 gemiddeld vijftien ouders per week; nu zijn dat er "
          "acht. In de oudertevredenheidspeiling van het voorjaar van 2027 is ten minste 80 procent van de "
          "ouders tevreden over de informatie van school (2023: 64 procent). Elk jaar doen minstens dertig "
          "gezinnen mee aan de VoorleesExpress. De samenwerkingsafspraken met de bibliotheek en De Schoor "
          "liggen per december 2024 vast en worden elk jaar in juni geëvalueerd. De MR heeft elk jaar ten "
          "minste één gezamenlijke vergadering met het ouderpanel gehouden."),

    ("h1", "Ons team"),
    ("h2", "Wie we zijn"),
    ("p", "Ons team bestaat uit 26 medewerkers: vijftien leerkrachten, een intern begeleider, een "
          "NT2-coördinator, vier onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een ouder- en "
          "kindadviseur, een administratief medewerker, een conciërge en de directeur. De gemiddelde "
          "leeftijd is 41 jaar. In 2023 hebben we twee vacatures ingevuld met zij-instromers, en een "
          "derde met een leraar in opleiding in haar laatste jaar."),
    ("h2", "Leren als team"),
    ("p", "Lesgeven op een school als de onze vraagt specifieke kennis. Daarom volgen alle leerkrachten in "
          "de planperiode de cursus Taal in alle lessen van de ASG Academie, die afsluit met een certificaat "
          "NT2-didactiek. In 2024-2025 starten de eerste vijf leerkrachten; de anderen volgen in 2025-2026. "
          "Nieuwe collega's volgen in hun eerste jaar de KiVa-basistraining."),
    ("p", "Op woensdagmiddag werkt het team in drie leerteams: woordenschat, begrijpend lezen en "
          "meertaligheid. Elk leerteam komt zes keer per jaar bijeen, bestudeert literatuur, probeert iets "
          "uit in de klassen en presenteert aan het eind van het jaar aan het hele team wat het heeft "
          "geleerd. Twee keer per jaar bezoeken leerkrachten elkaars lessen met onze kijkwijzer 'taalrijke "
          "les' en bespreken ze na wat ze hebben gezien. Onze NT2-coördinator en de leerkracht van de "
          "Sluisklas nemen deel aan het netwerk schakelklassen Almere, waarin de scholen met een "
          "schakelklas van alle Almeerse besturen vier keer per jaar materialen en ervaringen uitwisselen."),
    ("h2", "Nieuwe collega's en zij-instromers"),
    ("p", "Het lerarentekort is in Almere groot, en we merken het. Elke nieuwe collega krijgt een vast "
          "maatje uit het team en een inwerkprogramma van zes weken. Onze twee zij-instromers hebben een "
          "eigen coach, die twee uur per week beschikbaar is, en krijgen één dag per week studieverlof om "
          "hun opleiding aan de pabo af te ronden. Ze geven les in een duobaan met een ervaren collega en "
          "halen volgens hun opleidingsplan hun bevoegdheid voor 1 augustus 2026."),
    ("p", "Om meer leraren voor Almere op te leiden, is Het Kraaiennest sinds 2022 opleidingsschool in het "
          "regionale partnerschap waarin de Almeerse schoolbesturen samen met Hogeschool Windesheim en de "
          "Hogeschool van Amsterdam studenten opleiden. We bieden elk jaar vier stageplaatsen en twee "
          "plaatsen voor een leraar in opleiding. In 2024-2025 volgen nog twee leerkrachten de "
          "mentorentraining, zodat we vier opgeleide mentoren hebben."),
    ("h2", "Gezond werken"),
    ("p", "Het verzuim van 7,1 procent in 2022-2023 was te hoog. Een deel daarvan had te maken met "
          "werkdruk. We zetten de werkdrukmiddelen volledig in voor twee onderwijsassistenten, zodat "
          "leerkrachten in drukke groepen hulp hebben bij instructie in kleine groepen. Mails sturen we "
          "niet meer na 18.00 uur en in het weekend. Collega's met klachten kunnen binnen een week een "
          "preventief gesprek met de bedrijfsarts krijgen, ook als ze niet ziek zijn. Eens per maand is "
          "er na schooltijd een sportuur voor het team in onze gymzaal, verzorgd door de vakleerkracht."),
    ("p", "We houden rekening met de levensfase van collega's. Collega's met jonge kinderen kunnen bij de "
          "werkverdeling voorkeuren voor hun werkdagen aangeven, en collega's van 57 jaar en ouder kunnen "
          "hun uren voor duurzame inzetbaarheid bijvoorbeeld inzetten om minder pleinwacht te hebben."),
    ("h2", "De gesprekscyclus"),
    ("p", "Elke medewerker doorloopt elk jaar de gesprekscyclus van ASG. In september voert de directeur "
          "met iedereen een startgesprek over de doelen voor het jaar. Tussen november en februari volgt "
          "ten minste één lesbezoek van de directeur of de intern begeleider, met de kijkwijzer 'taalrijke "
          "les'. In maart of april is er een ontwikkelgesprek, en eens in de drie jaar een "
          "beoordelingsgesprek. De afspraken komen in het digitale personeelsdossier. Zo houden we ook "
          "zicht op wat collega's nodig hebben om hun werk goed te kunnen doen."),
    ("h2", "Wat we in 2028 willen bereiken"),
    ("p", "Uiterlijk in juli 2026 hebben alle leerkrachten het certificaat NT2-didactiek van de ASG "
          "Academie behaald. Beide zij-instromers zijn per 1 augustus 2026 bevoegd. Het ziekteverzuim ligt "
          "in de schooljaren 2026-2027 en 2027-2028 onder de 5 procent. Elk jaar heeft 100 procent van de "
          "medewerkers een startgesprek en een ontwikkelgesprek gehad, vastgelegd in het personeelsdossier. "
          "In het medewerkersonderzoek van 2027 waarderen de medewerkers de werkdruk met minstens een 7 "
          "(2023: 5,9). De drie leerteams hebben elk jaar hun opbrengst aan het team gepresenteerd, en we "
          "bieden de hele planperiode elk jaar vier stageplaatsen."),

    ("h1", "Hoe we weten of het werkt"),
    ("h2", "Onze jaarcyclus"),
    ("p", "Dit schoolplan vertalen we elk jaar in een jaarplan, dat in juni met het team en de MR wordt "
          "besproken. In het jaarplan staat per thema wat we dat jaar doen, wie er verantwoordelijk is en "
          "hoe we meten of het gelukt is. Halverwege het jaar, in februari, en aan het eind, in juni, "
          "analyseren we de toetsresultaten op school-, groeps- en leerlingniveau, en kijken we of de "
          "acties uit het jaarplan zijn uitgevoerd. Wat we leren, verwerken we in het jaarplan voor het "
          "volgende jaar. In het jaarverslag leggen we verantwoording af aan ouders en bestuur."),
    ("p", "Daarnaast gebruiken we deze bronnen: de jaarlijkse KiVa-monitor, de "
          "oudertevredenheidspeiling (elke twee jaar, voor het eerst weer in 2025), het "
          "medewerkersonderzoek van ASG, de lesbezoeken met de kijkwijzer en de resultaten van de "
          "doorstroomtoets in groep 8. De directeur rapporteert elk kwartaal aan het bestuur over de "
          "voortgang, en in het voorjaar van 2026 vindt de ASG-audit op onze school plaats."),
    ("p", "De onderwijskwaliteit is op dit moment voldoende: de inspectie gaf ons in november 2022 dat "
          "oordeel, en onze resultaten lagen de afgelopen drie jaar boven de signaleringswaarden. Dat willen "
          "we zo houden, maar we weten ook dat de snelle instroom van nieuwkomers onze resultaten onder druk "
          "zet. We leggen daarom bij elke analyse apart vast hoe de kinderen presteren die langer dan vier "
          "jaar bij ons op school zitten."),
    ("h2", "Wat we in 2028 willen bereiken"),
    ("p", "In elk jaar van de planperiode liggen onze resultaten op de doorstroomtoets boven de "
          "signaleringswaarden van de inspectie, en bij het volgende inspectiebezoek is het oordeel over "
          "onze school ten minste voldoende. Het jaarplan is elk jaar voor 1 juli met de MR besproken. "
          "Vanaf 2025-2026 is bij de lesbezoeken ten minste 80 procent van de lessen als 'taalrijk' "
          "beoordeeld op de kijkwijzer. De ASG-audit van 2026 heeft geen onvoldoendes op de standaarden "
          "voor kwaliteitszorg opgeleverd."),

    ("h1", "Tot slot"),
    ("p", "Dit plan is ambitieus, en dat mag. We hebben hoge verwachtingen van onze leerlingen: een kind "
          "dat net in Nederland is, kan over vier jaar net zo goed naar de havo als ieder ander kind. Dat "
          "betekent ook dat we bij het schooladvies kijken naar wat een kind kan, en niet alleen naar zijn "
          "Nederlands van dat moment. We weten dat niet alles in één keer lukt. Daarom kijken we elk jaar "
          "in juni terug en stellen we bij waar het nodig is."),
    ("p", "Dit schoolplan is op 24 juni 2024 door de MR ingestemd en op 9 juli 2024 door het College van "
          "Bestuur van de Almeerse Scholen Groep vastgesteld."),
]


# ---------------------------------------------------------------------------
# Hulpfuncties
# ---------------------------------------------------------------------------

def _taal_nl(doc):
    """Zet de proeftaal van het document op Nederlands."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("Schoolplan 2024-2028 OBS Het Kraaiennest  |  pagina ")
    run.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(instr)
    run._r.append(e)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, rijen):
    t = doc.add_table(rows=0, cols=len(rijen[0]))
    t.style = "Table Grid"
    for i, rij in enumerate(rijen):
        cellen = t.add_row().cells
        for j, tekst in enumerate(rij):
            cellen[j].text = tekst
            if i == 0:
                for r in cellen[j].paragraphs[0].runs:
                    r.bold = True
        if i == 0:
            _kopregel_herhalen(t.rows[0])
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(10.5)
    doc.add_paragraph()


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13)):
        st = doc.styles[naam]
        st.font.name = "Calibri"
        st.font.size = Pt(grootte)
        st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    _paginanummer(sec)

    # Voorblad
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2024 – 2028")
    r.bold = True
    r.font.size = Pt(28)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Openbare basisschool Het Kraaiennest\nAlmere Haven")
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Een veilige haven voor ieder kind")
    r.italic = True
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Planperiode: 1 augustus 2024 – 31 juli 2028\n"
              "Instemming MR: 24 juni 2024\n"
              "Vastgesteld door het College van Bestuur van ASG: 9 juli 2024")
    doc.add_page_break()

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "b":
            doc.add_paragraph(inhoud, style="List Bullet")
        elif soort == "tabel":
            _tabel(doc, inhoud)
        else:
            raise ValueError(soort)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 OBS Het Kraaiennest"
    cp.subject = "Schoolplan"
    cp.author = "Esther Ramdin"
    cp.last_modified_by = "Esther Ramdin"
    cp.keywords = "schoolplan; Het Kraaiennest; Almere Haven"
    cp.comments = ""
    cp.category = ""
    cp.language = "nl-NL"
    cp.revision = 7
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_printed = DATUM
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_155_kraaiennest.docx")
