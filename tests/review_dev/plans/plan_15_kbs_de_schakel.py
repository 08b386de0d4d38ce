"""Schoolplan 2023-2027 van KBS De Schakel, katholieke basisschool in Almere Stedenwijk (PO, 218 leerlingen).

Ontwerp: voorblad met schoolnaam en planperiode, daarna hoofdstukken met Heading 1 per kernwaarde en per venster
van Koers 22, in de volgorde van de koers (Gezien worden, Open, Vooruitstrevend, Ambitieus, venster 1 tot en met 4),
met Heading 2 voor paragrafen. Het plan herhaalt bestuurszinnen vaak en in allerlei vormen ("Wij streven ernaar
dat...", "Ook bij ons is iedereen waardevol", "Ons team wil...", "en dat vinden wij heel belangrijk"). Ongeveer de
helft van de hoofdstukken (Open, Vooruitstrevend, Ambitieus, venster 3) bestaat vooral uit zulke herhalingen; de
andere (Gezien worden, venster 1, 2 en 4) hebben echte eigen inhoud. Sommige hoofdstukken zetten eerst een herhaalde
bestuurszin neer en daarna eigen inhoud, voor hetzelfde doel (gastvrijheid, partners) of voor een ander doel
(Ambitieus: de resultaten en het inspectieoordeel). De doelen staan aan het eind in een tabel "Meerjarenplanning" met
een kolom per schooljaar (2023-2024 tot en met 2026-2027); de rijen noemen geen venster. Het plan sluit af met een
ondertekeningsblok met de instemming van de MR.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

VASTE_DATUM = datetime.datetime(2023, 6, 26, 10, 0, 0)

VOORBLAD = [
    ("titel", "Schoolplan 2023-2027"),
    ("sub", "KBS De Schakel"),
    ("regel", "Katholieke basisschool"),
    ("regel", "Stedenwijk, Almere"),
    ("regel", "Almeerse Scholen Groep"),
    ("regel", ""),
    ("regel", "Definitieve versie, juni 2023"),
]

# Elk blok: ("h1", tekst), ("h2", tekst), ("p", tekst), ("bullets", [..]), ("tabel", kop, rijen, breedtes)
INHOUD = [
    ("h1", "1. Inleiding"),
    ("h2", "1.1 Over dit schoolplan"),
    ("p", "Voor u ligt het schoolplan van KBS De Schakel. Het plan geldt voor de periode van 1 augustus 2023 tot en "
          "met 31 juli 2027 en beschrijft waar wij als school de komende vier jaar aan werken. Bij het schrijven "
          "hebben we de Koerswijzer van de Almeerse Scholen Groep (ASG) gebruikt. De hoofdstukken volgen daarom de "
          "vier kernwaarden en de vier vensters van Koers 22. Het team heeft de centrale vragen besproken op de "
          "studiedagen van 14 november 2022 en 6 maart 2023."),
    ("p", "Ieder schooljaar werken we het schoolplan uit in een jaarplan. Aan het einde van het jaar blikken we in "
          "het jaarverslag terug. De doelen voor de vier jaren staan samen in de meerjarenplanning in hoofdstuk 10."),
    ("h2", "1.2 Onze school"),
    ("p", "KBS De Schakel werd in 1985 geopend als een van de eerste katholieke basisscholen van Almere Stad. De "
          "school staat midden in de Stedenwijk, op een paar minuten lopen van het Weerwater. Vanuit de lokalen van "
          "de bovenbouw hebben de kinderen zicht op het water en het park. Het gebouw is in 2019 grondig "
          "gerenoveerd en heeft sindsdien een nieuwe aula, een speellokaal voor de kleuters en een technieklokaal."),
    ("p", "Op 1 oktober 2022 telde de school 218 leerlingen, verdeeld over negen groepen: drie kleutergroepen "
          "(1-2a, 1-2b en 1-2c) en de groepen 3, 4, 5, 6, 7 en 8. De meeste kinderen komen uit de Stedenwijk en de "
          "Muziekwijk. De schoolweging van het CBS is 31,4; dat ligt iets boven het landelijk gemiddelde. Ongeveer "
          "een kwart van de kinderen groeit tweetalig op."),
    ("p", "Het team bestaat uit 21 medewerkers: de directeur, een intern begeleider (0,8 fte), twaalf "
          "groepsleerkrachten, een vakleerkracht bewegingsonderwijs, twee onderwijsassistenten, een conciërge, een "
          "administratief medewerker en een leerkracht die de plusgroep verzorgt. Wij werken met een "
          "continurooster: maandag, dinsdag, donderdag en vrijdag van 8.30 tot 14.15 uur en woensdag van 8.30 tot "
          "12.30 uur."),
    ("h2", "1.3 Waar wij voor staan"),
    ("p", "Ons motto is \"Samen sterk in leren\". Elk kind is een schakel in de ketting: de ketting is pas sterk als "
          "alle schakels meedoen. Wij willen dat kinderen bij ons goed leren lezen, schrijven en rekenen, dat ze "
          "leren samenwerken en dat ze met zelfvertrouwen doorstromen naar het voortgezet onderwijs."),

    ("h1", "2. Gezien worden"),
    ("p", "Iedereen bij ASG is waardevol en wordt gezien. Ook bij ons is iedereen waardevol en wordt iedereen gezien: "
          "de kinderen, hun ouders en onze collega's. Wij zien wat kinderen en medewerkers nodig hebben en wat het "
          "beste voor hen is."),
    ("h2", "2.1 Welkom op De Schakel"),
    ("p", "Wij streven ernaar dat iedereen zich welkom voelt op De Schakel, ook de bezoeker die voor het eerst "
          "binnenloopt, en dat vinden wij heel belangrijk. Dat maken we op deze manieren waar:"),
    ("bullets", [
        "Elke ochtend vanaf 8.20 uur staat iedere leerkracht bij de deur van het eigen lokaal om kinderen en ouders "
        "te ontvangen. Bij de hoofdingang staat de directeur of de conciërge, die ook bezoekers opvangt.",
        "Ouders die een school zoeken, worden rondgeleid door twee leerlingen uit groep 8, onze Schakelgidsen. Na de "
        "rondleiding volgt een kennismakingsgesprek met de directeur.",
        "Binnen zes weken nadat een kind is gestart, voert de leerkracht een welkomstgesprek met de ouders over hoe "
        "de eerste weken zijn gegaan.",
        "Op de eerste vrijdag van de maand is er van 8.30 tot 9.30 uur een koffie-inloop in de aula voor alle ouders.",
    ]),
    ("h2", "2.2 Zicht op wat kinderen nodig hebben"),
    ("p", "Ons team wil goed zicht hebben op wat kinderen nodig hebben. Twee keer per jaar, in oktober en in maart, "
          "vullen de leerkrachten voor alle kinderen het observatie-instrument ZIEN! in. De kinderen van groep 5 tot "
          "en met 8 vullen daarnaast zelf de leerlingvragenlijst in. De uitkomsten bespreken de leerkracht en de "
          "intern begeleider in de groepsbesprekingen van november en april. Voor kinderen die opvallen, maken zij "
          "een korte aanpak met een evaluatiedatum; de leerkracht bespreekt die aanpak met de ouders."),

    ("h1", "3. Open"),
    ("p", "Wij zijn open en eerlijk naar kinderen, ouders, collega's en iedereen met wie wij samenwerken. Ook op De "
          "Schakel gaan we respectvol om met de mensen binnen en buiten de school."),
    ("p", "Wij streven ernaar dat onze communicatie transparant en toegankelijk is, en dat vinden wij heel "
          "belangrijk. Ons team wil met een open blik kijken naar de verscheidenheid van onze leerlingen en "
          "collega's. Wij staan open voor mensen met verschillende culturen, religies en achtergronden."),
    ("h2", "3.1 Onze katholieke identiteit"),
    ("p", "De Schakel is een katholieke school. Elke dag begint met een dagopening uit de methode Trefwoord, met een "
          "verhaal, een lied of een gesprek over het thema van de week. Vier keer per jaar vieren we samen: in de "
          "advent, met Kerstmis, met Pasen en bij de afsluiting van het schooljaar. De kerstviering houden we in de "
          "kerk van onze parochie, de andere vieringen in de aula. De voorbereiding op de eerste communie verzorgt "
          "de parochie buiten schooltijd; de school stelt daarvoor op woensdagmiddag een lokaal beschikbaar."),

    ("h1", "4. Vooruitstrevend"),
    ("p", "Wij streven ernaar om te werken met innovatieve en nieuwe leerconcepten, passend bij het profiel van onze "
          "school. Ons team is nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds vorm te geven. Wij "
          "durven te experimenteren en dingen uit te proberen, zodat ze leuker en beter worden."),
    ("p", "Ook wij willen gericht inhoud geven aan ons onderwijs langs de drie horizonten van de innovatiestrategie "
          "van ASG: continue veranderingen, fundamentele veranderingen en radicale veranderingen. Dat vinden wij "
          "heel belangrijk, want de maatschappij verandert snel en het onderwijs mag niet achterblijven."),
    ("h2", "4.1 Het gebouw"),
    ("p", "Ook het gebouw gaat mee met de tijd. In de zomer van 2024 worden de toiletgroepen van de onderbouw "
          "vernieuwd en krijgen de lokalen aan de zuidkant zonwering. Deze ambitieuze verbouwing wordt betaald uit "
          "het meerjarenonderhoudsplan; de uitvoering staat gepland in de zomervakantie."),

    ("h1", "5. Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar, en dat vinden wij heel belangrijk. Ons "
          "team wil zich uit eigen motivatie blijven ontwikkelen en professionaliseren. Wij geven altijd het beste "
          "van onszelf: bij ons ligt de lat hoog."),
    ("h2", "5.1 Onze resultaten"),
    ("p", "De inspectie heeft De Schakel in februari 2022 bezocht tijdens het vierjaarlijks onderzoek bij ASG. Zij "
          "beoordeelde de standaarden Zicht op ontwikkeling, Didactisch handelen en Veiligheid als voldoende; het "
          "basisarrangement is toegekend. Dit zijn de resultaten op de eindtoets (IEP) van de afgelopen drie jaar:"),
    ("tabel", ["Percentage leerlingen groep 8", "2021", "2022", "2023"], [
        ["Lezen 1F", "96%", "98%", "97%"],
        ["Taalverzorging 1F", "98%", "97%", "99%"],
        ["Rekenen 1F", "92%", "95%", "93%"],
        ["Lezen 2F", "61%", "66%", "63%"],
        ["Taalverzorging 2F", "58%", "63%", "60%"],
        ["Rekenen 1S", "35%", "41%", "38%"],
    ], [6, 2.5, 2.5, 2.5]),
    ("p", "Over drie jaar gemeten haalt 96% van onze leerlingen 1F en 54% 2F/1S; de signaleringswaarden bij onze "
          "schoolweging zijn 85% en 47,3%. Rekenen 1S blijft duidelijk achter bij lezen en taalverzorging. Wij "
          "volgen de resultaten twee keer per jaar in de trendanalyse (zie paragraaf 6.5)."),

    ("h1", "6. Goed en toegankelijk onderwijs"),
    ("p", "Wij streven ernaar dat er op De Schakel een leercultuur is die gericht is op voortdurend verbeteren en "
          "innoveren. Ons team wil onderwijs ontwikkelen dat past bij de belevingswereld van onze kinderen, en dat "
          "vinden wij heel belangrijk. Ook wij maken deel uit van een dekkend netwerk van onderwijs- en "
          "zorgvoorzieningen in Almere, zodat ieder kind een passende onderwijsplek heeft."),
    ("h2", "6.1 Ons onderwijsaanbod"),
    ("p", "Ons aanbod dekt de kerndoelen. Voor taal en rekenen werken wij toe naar de referentieniveaus 1F en 2F/1S. "
          "In de groepen 1-2 werken we met thema's uit Kleuterplein, aangevuld met de leerlijnen van Parnassys. Vanaf "
          "groep 3 gebruiken wij Veilig leren lezen, Staal (taal en spelling), Nieuwsbegrip (begrijpend lezen), Wereld "
          "in getallen 5 (rekenen) en Pennenstreken (schrijven). Engels krijgen de kinderen vanaf groep 1 met Take it "
          "easy. Bewegingsonderwijs wordt twee keer per week gegeven door de vakleerkracht."),
    ("p", "Voor aardrijkskunde, geschiedenis, natuur en techniek gebruiken we nu nog drie losse methodes uit 2011. "
          "Die vervangen we door Blink Wereld, een methode die deze vakken in thema's samenbrengt. In 2023-2024 "
          "proberen de groepen 5 en 6 de methode uit; vanaf 2024-2025 werken de groepen 3 tot en met 8 ermee. "
          "Daarnaast voeren we een doorlopende leerlijn digitale geletterdheid in, gebaseerd op de leerlijn van SLO: "
          "mediawijsheid, informatievaardigheden, computational thinking en ICT-basisvaardigheden. De ICT-coördinator "
          "stelt in 2023-2024 per groep vast welke lessen erbij horen; in 2024-2025 start de leerlijn in groep 5 tot "
          "en met 8 en een jaar later in groep 1 tot en met 4."),
    ("p", "Burgerschap is verweven in ons hele onderwijs en in de dagelijkse omgang met elkaar."),
    ("h2", "6.2 Zicht op ontwikkeling"),
    ("p", "Wij werken handelingsgericht. Twee keer per jaar nemen we de toetsen van het leerlingvolgsysteem af, in "
          "januari en juni. Tot en met 2023-2024 is dat het Cito LOVS, vanaf 2024-2025 Leerling in beeld. Na iedere "
          "toetsronde werkt de leerkracht het groepsoverzicht bij en bespreekt het in de groepsbespreking met de "
          "intern begeleider. Daarbij kijken we naar de toetsgegevens, de observaties van de leerkracht en de "
          "uitkomsten van ZIEN!. Kinderen bij wie de ontwikkeling stagneert, bespreken we in de leerlingbespreking; "
          "ouders worden daar altijd voor uitgenodigd. De afspraken leggen we vast in Parnassys."),
    ("h2", "6.3 Veiligheid en schoolklimaat"),
    ("p", "Voor sociaal-emotioneel leren werken wij met de Kanjertraining; alle leerkrachten hebben de licentie B. "
          "Juf Anouk (groep 6) is onze anti-pestcoördinator en het aanspreekpunt voor kinderen en ouders. Elk jaar "
          "in februari vullen de kinderen van groep 5 tot en met 8 de monitor sociale veiligheid in. In 2023 gaf 93% "
          "van de kinderen aan zich veilig te voelen op school. De afspraken over pesten, grensoverschrijdend gedrag "
          "en de meldcode staan in het veiligheidsplan, dat ieder jaar in oktober wordt geactualiseerd. Er zijn vier "
          "bedrijfshulpverleners en we oefenen twee keer per jaar de ontruiming."),
    ("h2", "6.4 Ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel (SOP) staat welke ondersteuning wij bieden. De basisondersteuning is "
          "in alle groepen gelijk: instructie op drie niveaus, een verlengde instructie aan de instructietafel en "
          "extra oefentijd voor kinderen die dat nodig hebben. Daarnaast bieden wij:"),
    ("bullets", [
        "begeleiding bij dyslexie volgens het Protocol Leesproblemen en Dyslexie, met extra leestijd vanaf groep 3 "
        "en voorleessoftware vanaf groep 5;",
        "de plusgroep De Denktank voor kinderen uit groep 5 tot en met 8 die meer uitdaging nodig hebben, één "
        "ochtend per week;",
        "inzet van de onderwijsassistenten in kleine groepjes voor lezen en rekenen in groep 3 en 4;",
        "NT2-ondersteuning voor nieuwkomers, twee keer per week door een onderwijsassistent.",
    ]),
    ("p", "Er zijn ook grenzen. Kinderen met ernstige gedragsproblemen die zichzelf of anderen regelmatig in gevaar "
          "brengen, kinderen die de hele dag één-op-één begeleiding nodig hebben en kinderen die verpleegkundige zorg "
          "nodig hebben, kunnen wij niet goed helpen. De bovenverdieping heeft geen lift."),
    ("p", "Als wij merken dat wij een kind niet meer kunnen bieden wat het nodig heeft, organiseert de intern "
          "begeleider een multidisciplinair overleg met de ouders en de consulent van het samenwerkingsverband "
          "Passend Onderwijs Almere. Soms is een arrangement van het samenwerkingsverband op onze eigen school "
          "mogelijk; soms vragen we samen met de ouders een toelaatbaarheidsverklaring aan voor het speciaal "
          "basisonderwijs of het speciaal onderwijs. De intern begeleider zorgt voor een warme overdracht naar de "
          "nieuwe school."),
    ("h2", "6.5 Kwaliteitszorg"),
    ("p", "Wij werken volgens de cyclus plan, do, check, act. Het schoolplan vertalen we elk jaar in een jaarplan "
          "dat in september met het team wordt besproken; in juli volgt het jaarverslag. Verder:"),
    ("bullets", [
        "In februari en juli maken de directeur en de intern begeleider een trendanalyse van de toetsresultaten. "
        "Het team bespreekt de analyse op een studiemiddag en spreekt per groep verbeterafspraken af.",
        "De directeur en de intern begeleider leggen twee keer per jaar een klassenbezoek af in iedere groep, met de "
        "kijkwijzer voor directe instructie. Na ieder bezoek volgt een nagesprek.",
        "Elk jaar beoordelen wij vier kwaliteitskaarten uit WMK-PO; welke kaarten dat zijn, staat in het jaarplan.",
        "In 2024 en 2026 houden wij een tevredenheidspeiling onder ouders, leerlingen van groep 6 tot en met 8 en "
        "medewerkers.",
        "Vier keer per jaar leveren wij de kwartaalrapportage aan het College van Bestuur en bespreekt de directeur "
        "de voortgang met de bestuurder.",
    ]),

    ("h1", "7. Personeel in positie"),
    ("p", "Ons team wil zich betrokken voelen bij en trots zijn op De Schakel en op ASG. Wij streven ernaar dat iedere "
          "collega erkenning ervaart voor zijn of haar vakmanschap en expertise en zich gezien voelt."),
    ("h2", "7.1 Ons team"),
    ("p", "Alle groepsleerkrachten zijn bevoegd, op één na. De leerkracht van groep 5 is in 2022 als zij-instromer "
          "begonnen en volgt de deeltijdopleiding pabo bij Windesheim in Almere. Zij wordt begeleid door een coach "
          "uit ons team en krijgt vier uur per week vrij voor haar studie. Wij verwachten dat zij in de zomer van "
          "2025 haar diploma haalt. Startende leerkrachten krijgen drie jaar begeleiding volgens het "
          "inductieprogramma van ASG, met een vaste mentor in het eerste jaar."),
    ("h2", "7.2 Professionalisering"),
    ("p", "In 2023-2024 en 2024-2025 volgt het hele team de scholing Expliciete Directe Instructie (EDI), in zes "
          "bijeenkomsten onder leiding van een externe trainer. De kijkwijzer die we bij de klassenbezoeken "
          "gebruiken, sluit hierop aan. Daarnaast volgt iedere leerkracht per schooljaar ten minste één cursus of "
          "bijeenkomst van de ASG Academie, die past bij de eigen ontwikkelvraag. Wat iemand kiest, staat in het "
          "persoonlijk ontwikkelplan (POP)."),
    ("h2", "7.3 Gesprekscyclus"),
    ("p", "Met iedere medewerker voert de directeur jaarlijks een startgesprek (september-oktober) en een "
          "ontwikkelgesprek (februari-maart), waarin het POP en de resultaten van het klassenbezoek aan bod komen. "
          "Eens in de drie jaar volgt een beoordelingsgesprek. Alle verslagen staan in het digitale "
          "personeelsdossier."),
    ("h2", "7.4 Werkdruk en welbevinden"),
    ("p", "De werkdrukmiddelen (ruim 63.000 euro per jaar) heeft het team in 2023 opnieuw ingezet voor een extra "
          "onderwijsassistent van 0,8 fte en voor de vakleerkracht bewegingsonderwijs, zodat groepsleerkrachten "
          "tijdens de gymlessen tijd hebben voor administratie en voorbereiding. In het ontwikkelgesprek maken "
          "directeur en medewerker afspraken die passen bij de levensfase waarin iemand zit: de inzet van de uren "
          "duurzame inzetbaarheid, een vaste vrije dag voor collega's met jonge kinderen of minder "
          "pleinwachten voor oudere collega's. Deze afspraken staan in het werkverdelingsplan, dat het "
          "team elk voorjaar opnieuw vaststelt."),

    ("h1", "8. De meerwaarde van ASG"),
    ("p", "Ook onze collega's ontmoeten regelmatig collega's van andere ASG-scholen en van het servicebureau, en dat "
          "vinden wij heel belangrijk. Wij streven ernaar de opbrengst van ons leren en ontwikkelen te delen tijdens "
          "conferenties en ASG-brede studiedagen."),
    ("p", "Ons team wil weten wie het binnen ASG moet benaderen voor welke expertise. Ook De Schakel draagt bij aan "
          "een divers en op elkaar aansluitend aanbod van ASG-scholen, zodat ieder kind een passende "
          "onderwijsloopbaan kan volgen. Wij zijn blij dat wij deel uitmaken van ASG."),

    ("h1", "9. Partnerschap"),
    ("p", "Ook onze MR is een klankbord voor ideeën en een sparringpartner voor de directie bij voorgenomen beleid. "
          "Ouders zijn bij ons betrokken bij het leerproces van hun kind."),
    ("h2", "9.1 Ouders"),
    ("p", "In de derde week van het schooljaar voert iedere leerkracht een startgesprek met de ouders; vanaf groep 5 "
          "is het kind er zelf bij. Ouders vertellen wat zij van hun kind weten en wat zij verwachten; de leerkracht "
          "legt uit wat er dit jaar geleerd wordt. In februari en juni zijn er rapportgesprekken. In de groepen 1-2 "
          "is er aan het eind van elk thema een kijkmiddag. Ouders van groep 3 worden in oktober uitgenodigd voor een "
          "meeleesochtend, waarin de leerkracht laat zien hoe zij thuis met hun kind kunnen oefenen. De ouderraad "
          "helpt bij de sinterklaasviering, de sportdag en het schoolreisje."),
    ("h2", "9.2 Partners in de wijk"),
    ("p", "Ook wij werken proactief samen met een breed scala aan partners, en dat vinden wij heel belangrijk. In "
          "ons gebouw zitten een peutergroep en de buitenschoolse opvang van Kinderopvang Het Anker. De pedagogisch "
          "medewerkers van de peutergroep en de leerkrachten van groep 1-2 werken met dezelfde thema's en dragen "
          "ieder kind over met een overdrachtsformulier en een gesprek. Met de Bibliotheek Almere hebben wij een "
          "overeenkomst voor de Bibliotheek op school: een leesconsulent komt eens per maand en de schoolbibliotheek "
          "wordt twee keer per jaar aangevuld. De schoolmaatschappelijk werker van het wijkteam Stedenwijk houdt "
          "iedere dinsdagochtend spreekuur op school en sluit aan bij de leerlingbesprekingen. Met de parochie "
          "bereiden wij de vieringen voor. De jeugdverpleegkundige van de GGD ziet alle kinderen in groep 2 en 7."),

    ("h1", "10. Meerjarenplanning"),
    ("p", "In de tabel staat per schooljaar wat wij willen bereiken. In het jaarplan werken wij ieder jaar uit wie "
          "verantwoordelijk is en wanneer we evalueren."),
    ("tabel", ["Doel", "2023-2024", "2024-2025", "2025-2026", "2026-2027"], [
        ["Expliciete directe instructie in alle groepen",
         "Teamscholing EDI, deel 1 (3 bijeenkomsten)",
         "Teamscholing EDI, deel 2; klassenbezoeken met de EDI-kijkwijzer",
         "In 90% van de bezochte lessen is de instructie voldoende volgens de kijkwijzer",
         "EDI is onderdeel van het inwerkprogramma voor nieuwe collega's"],
        ["Wereldoriëntatie met Blink Wereld",
         "Proef in groep 5 en 6; keuze in mei 2024",
         "Invoering in groep 3 tot en met 8",
         "Evaluatie met team en leerlingen",
         "Afspraken vastgelegd in een kwaliteitskaart"],
        ["Leerlijn digitale geletterdheid",
         "Lessen per groep vastgesteld door de ICT-coördinator",
         "Start in groep 5 tot en met 8",
         "Start in groep 1 tot en met 4",
         "Evaluatie; leerlijn in alle groepen"],
        ["Trendanalyse en kwaliteitskaarten",
         "Twee trendanalyses; vier kaarten WMK-PO",
         "Idem; tevredenheidspeiling voorjaar 2024 besproken",
         "Idem",
         "Idem; tevredenheidspeiling voorjaar 2026 besproken"],
        ["Ontvangst nieuwe gezinnen",
         "Schakelgidsen opgeleid; koffie-inloop maandelijks",
         "Alle nieuwe gezinnen hebben binnen zes weken een welkomstgesprek (100%)",
         "Idem",
         "Idem"],
        ["Startgesprekken met ouders",
         "Startgesprekken in alle groepen",
         "Vanaf groep 5 met het kind erbij",
         "Bij minimaal 90% van de gezinnen gevoerd",
         "Idem"],
        ["Bevoegdheid zij-instromer groep 5",
         "Tweede studiejaar pabo",
         "Diploma in de zomer van 2025",
         "-",
         "-"],
        ["Gesprekscyclus en levensfaseafspraken",
         "Voor iedere medewerker een POP",
         "Levensfaseafspraken voor iedere medewerker vastgelegd",
         "Idem",
         "Evaluatie werkverdelingsplan"],
        ["Schoolondersteuningsprofiel",
         "SOP geactualiseerd",
         "-",
         "SOP herzien met het samenwerkingsverband",
         "-"],
        ["Doorgaande lijn peutergroep en groep 1-2",
         "Gezamenlijke themaplanning",
         "Overdrachtsgesprek bij ieder kind",
         "Idem",
         "Evaluatie met Kinderopvang Het Anker"],
    ], [4, 3.2, 3.2, 3.2, 3.2]),

    ("h1", "11. Vaststelling"),
    ("p", "Dit schoolplan is opgesteld door de directeur en de intern begeleider, na bespreking met het team."),
]

ONDERTEKENING = [
    ("Instemming MR:", "De medezeggenschapsraad van KBS De Schakel heeft op 19 juni 2023 ingestemd met dit schoolplan."),
    ("Namens de MR:", "M. de Vries, voorzitter          datum: 19 juni 2023          handtekening: ____________"),
    ("Directeur:", "R. Janssen          datum: 19 juni 2023          handtekening: ____________"),
    ("Vastgesteld door het College van Bestuur ASG:", "datum: ____________          handtekening: ____________"),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "R. Janssen"
    cp.last_modified_by = "R. Janssen"
    cp.title = "Schoolplan 2023-2027 KBS De Schakel"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 4

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.text = "Schoolplan KBS De Schakel - pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    for soort, tekst in VOORBLAD:
        if soort == "titel":
            p = doc.add_paragraph(tekst, style="Title")
        elif soort == "sub":
            p = doc.add_paragraph()
            run = p.add_run(tekst)
            run.bold = True
            run.font.size = Pt(20)
        else:
            p = doc.add_paragraph(tekst)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "bullets":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "tabel":
            tabel(doc, blok[1], blok[2], blok[3])
            doc.add_paragraph()

    for label, tekst in ONDERTEKENING:
        p = doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(tekst)

    doc.save(path)
    deterministisch(path, VASTE_DATUM)
