# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van SO De Kievitsbloem (Almere).

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

TITEL = "Schoolplan 2025-2029 SO De Kievitsbloem"
DATUM = datetime.datetime(2025, 6, 16, 9, 30, 0)


# ---------------------------------------------------------------------------
# Inhoud
# ---------------------------------------------------------------------------

VOORBLAD = [
    ("titel", "Schoolplan 2025-2029"),
    ("subtitel", "SO De Kievitsbloem"),
    ("p_c", "School voor speciaal onderwijs (cluster 3) voor zeer moeilijk lerende kinderen "
            "en kinderen met een ernstige meervoudige beperking"),
    ("p_c", "Lupinestraat 3, 1354 KR Almere  |  BRIN 27XK  |  onderdeel van de Almeerse Scholen Groep"),
    ("p_c", "Looptijd: 1 augustus 2025 tot en met 31 juli 2029 (schooljaren 2025-2026 tot en met 2028-2029)"),
    ("p_c", "Directeur: Marieke Holtrop  |  adjunct-directeur: Ruud Tjoe-A-Joe"),
    ("p_c", "Versie na instemming MR, juni 2025"),
]

INHOUD = [
    ("h1", "Voor wie dit plan leest"),
    ("p", "Dit schoolplan is geschreven voor de ouders van onze kinderen, voor onze collega's, voor de "
          "zorgpartners die elke dag bij ons in huis zijn en voor het bestuur van de Almeerse Scholen Groep. "
          "We hebben geprobeerd het te schrijven in de taal die we op de gang spreken: over eten en drinken, "
          "over verschonen en tillen, over een kind dat voor het eerst zelf zijn jas ophangt. Onderwijs en "
          "zorg lopen bij ons zo door elkaar dat we ze in dit plan ook niet uit elkaar halen."),
    ("p", "De opbouw volgt de vier vensters van de koers van ons bestuur. Per venster beschrijven we hoe het "
          "nu gaat, wat we de komende vier jaar willen bereiken en waaraan we kunnen zien dat het gelukt is. "
          "De kernwaarden van ASG (gezien worden, open, vooruitstrevend en ambitieus) hebben we niet in een "
          "apart hoofdstuk gezet. Ze horen bij hoe we met kinderen en met elkaar omgaan, en dus komen ze "
          "overal terug. Iedereen bij onze school is waardevol en wordt gezien."),
    ("p", "Het plan is in het schooljaar 2024-2025 tot stand gekomen. In oktober 2024 hebben we met het hele "
          "team een studiemiddag gehouden waarin we per venster hebben opgehaald wat goed gaat en wat beter "
          "kan. Ouders hebben in de ouderkamer en via een korte vragenlijst meegedacht (43 ouders reageerden). "
          "De leerlingenraad heeft met pictokaarten laten zien wat zij het fijnst vinden aan school: zwemmen, "
          "de Tovertafel en \"dat juf je naam zegt als je binnenkomt\"."),

    ("h1", "1. Wie we zijn en voor wie we er zijn"),
    ("p", "SO De Kievitsbloem is een openbare school voor speciaal onderwijs in Almere Stad-Oost. We bieden "
          "onderwijs en zorg aan kinderen van 4 tot ongeveer 13 jaar met een verstandelijke beperking (zeer "
          "moeilijk lerend, ZML) en aan kinderen met een ernstige meervoudige beperking (EMB). Op 1 oktober 2024 "
          "zaten er 118 kinderen op school, verdeeld over 13 groepen: negen ZML-groepen van tien tot twaalf "
          "kinderen en vier EMB-groepen van zes of zeven kinderen. Na de basisschoolleeftijd stromen vrijwel "
          "alle kinderen door naar het voortgezet speciaal onderwijs, meestal in Almere, een enkeling in "
          "Lelystad of Huizen."),
    ("p", "Ongeveer drie kwart van de kinderen komt met het leerlingenvervoer van de gemeente. Bij 37 kinderen "
          "wordt thuis (ook) een andere taal gesproken dan Nederlands, waaronder Arabisch, Turks, Papiamento, "
          "Pools en Twi. Twaalf kinderen hebben epilepsie waarvoor in school noodmedicatie aanwezig is, negen "
          "kinderen krijgen sondevoeding en vijftien kinderen gebruiken een rolstoel. Die cijfers zeggen veel "
          "over het werk: een dag bij ons is een onderwijsdag en een zorgdag tegelijk."),
    ("p", "In het team werken 71 mensen (samen 51,6 fte): zeventien leraren, 29 klassen- en "
          "onderwijsassistenten, twee intern begeleiders, een orthopedagoog, een schoolmaatschappelijk werker, "
          "twee logopedisten, twee fysiotherapeuten, een ergotherapeut, een verpleegkundige, een conciërge, "
          "twee administratief medewerkers en de directie. Daarnaast werken in de EMB-groepen dagelijks "
          "zorgmedewerkers van 's Heeren Loo, op basis van een onderwijszorgarrangement."),
    ("h2", "Waar we trots op zijn"),
    ("bullets", [
        "Bij het vierjaarlijks onderzoek van de inspectie in maart 2023 waren alle standaarden voldoende. De "
        "inspectie noemde de samenwerking tussen onderwijs en zorg in de groepen een sterk punt.",
        "Ouders waardeerden de school in de tevredenheidspeiling van 2024 met een 8,1. De bereikbaarheid van "
        "de leerkracht kreeg het hoogste cijfer (8,6).",
        "Sinds augustus 2024 gebruiken we geen afzonderingsruimte meer. Kinderen die overprikkeld raken, gaan "
        "naar een rustplek waar altijd een volwassene bij hen blijft.",
        "Er staat geen enkel kind van onze school thuis zonder onderwijs.",
    ]),
    ("h2", "Waar we ons zorgen over maken"),
    ("bullets", [
        "Het ziekteverzuim was in 2024 7,9 procent, vooral door klachten aan rug en schouders bij assistenten.",
        "We krijgen vacatures voor leraren speciaal onderwijs moeilijk vervuld; twee leraren staan voor de groep "
        "terwijl ze hun bevoegdheid nog halen.",
        "De vraag naar plekken voor kinderen met een EMB-profiel groeit sneller dan ons gebouw meegroeit.",
        "De inspectie vond dat we de resultaten van kinderen wel per kind goed volgen, maar op schoolniveau te "
        "weinig analyseren.",
    ]),

    # ------------------------------------------------------------------ venster 1
    ("h1", "2. Venster 1 - Goed leren en goed verzorgd worden"),
    ("p", "Goed onderwijs betekent bij ons: elk kind leert iets wat het morgen in zijn eigen leven kan gebruiken. "
          "Dat kan lezen en rekenen zijn, maar ook zelf uit een beker drinken, een keuze maken tussen twee "
          "plaatjes of rustig blijven als de bus te laat is. We durven die doelen hoog te leggen. Bij elk kind "
          "vragen we ons twee keer per jaar af: wat kan dit kind over een half jaar zelf, wat het nu nog met hulp "
          "doet? Dat ene zelfredzaamheidsdoel staat bovenaan in het ontwikkelingsperspectiefplan en hangt op een "
          "kaart in de groep, zodat iedereen die met het kind werkt het kent."),
    ("h2", "2.1 Een dag bij ons"),
    ("p", "De dag begint bij de bus. Tussen 8.15 en 8.45 uur staan twee vaste collega's buiten om de kinderen "
          "op te vangen, bij naam te begroeten en naar de groep te brengen. In de groep hangt het dagritme met "
          "foto's en pictogrammen. We houden het ritme voorspelbaar: kring, werken, drinken en verschonen, "
          "buiten spelen, eten, rust of therapie, werken, afsluiten. Verzorgingsmomenten zijn bij ons "
          "leermomenten: bij het verschonen benoemen we lichaamsdelen, aan tafel oefenen we kiezen, vragen en "
          "wachten."),
    ("p", "We leren zoveel mogelijk in echte situaties, omdat onze kinderen wat ze in een werkboek leren maar "
          "moeilijk meenemen naar buiten. Elke ZML-groep doet één keer in de twee weken boodschappen bij de "
          "supermarkt aan de Evenaar, met een lijstje van foto's. In de oefenkeuken koken de oudste groepen "
          "wekelijks, en in het schooljaar 2025-2026 richten we een oefenwoning in in het lokaal dat vrijkomt na "
          "de verbouwing: een slaapkamer, een badkamer en een hoekje om de was te vouwen."),
    ("h2", "2.2 Wat we leren: leerlijnen en ontwikkelingsperspectief"),
    ("p", "We werken met de leerlijnen voor zeer moeilijk lerende leerlingen en de leerlijnen voor leerlingen met "
          "een ernstige meervoudige beperking van het CED, die in ParnasSys zijn opgenomen. Ze dekken de "
          "kerndoelen voor het speciaal onderwijs: Nederlandse taal en communicatie, rekenen, oriëntatie op jezelf "
          "en de wereld, kunstzinnige oriëntatie, bewegingsonderwijs, sociaal-emotionele ontwikkeling en "
          "zelfredzaamheid. Voor ieder kind stellen we binnen zes weken na de start een ontwikkelingsperspectief "
          "op met een verwachte uitstroom naar het vso (uitstroomprofiel dagbesteding of arbeid). Dat plan "
          "bespreken we met de ouders en evalueren we in januari en juni."),
    ("p", "Voor lezen gebruiken we Leespraat en, voor de kinderen die verder komen, Veilig leren lezen in de "
          "Kim-versie. Voor rekenen werken we met Maatwerk en met veel materiaal uit het dagelijks leven: geld, "
          "klokken, bekers en borden. Voor de sociaal-emotionele ontwikkeling volgen we de leerlijn van het CED "
          "en werken we met de lessen van Kijk op sociale competentie. In de EMB-groepen staan de "
          "zintuigen centraal: we werken met belevingsthema's (herfst, water, muziek) en registreren per kind "
          "hoe het reageert op aanbod, in korte observaties die we twee keer per week vastleggen."),
    ("p", "Bewegen krijgt veel tijd. Elke groep heeft twee keer per week gym, de EMB-groepen hebben rebound-"
          "therapie op de trampoline, en alle groepen zwemmen om de week in het therapiebad van een zorgcentrum "
          "in Almere Haven. De fysiotherapeuten werken in de groep mee, zodat houdings- en bewegingsdoelen "
          "ook in de klas geoefend worden en niet alleen in de behandelkamer."),
    ("h2", "2.3 Communicatie is de basis"),
    ("p", "Van de 118 kinderen praten er ongeveer 45 niet of nauwelijks. Daarom gebruiken we in de hele school "
          "Totale Communicatie: we praten, we gebaren (Nederlands met Gebaren) en we laten pictogrammen of "
          "voorwerpen zien. Elke nieuwe collega volgt in het eerste jaar de basiscursus. Negen kinderen "
          "gebruiken een spraakcomputer. Onze logopedisten stellen voor elk niet-sprekend kind een "
          "communicatieprofiel op dat in de groep hangt en met de ouders is besproken."),
    ("p", "Hier willen we vooruit. Sinds 2024 hebben we een Tovertafel in de EMB-vleugel, die kinderen "
          "uitdaagt om met lichte handbewegingen iets te laten gebeuren. In 2025-2026 starten we samen met een "
          "leverancier van communicatiehulpmiddelen en de ergotherapeut een proef met oogbesturing bij zes "
          "kinderen uit de EMB-groepen die hun handen niet gericht kunnen gebruiken. Het doel is dat deze "
          "kinderen aan het eind van de proef met hun ogen een keuze kunnen maken uit minstens twee dingen: "
          "drinken of muziek, de rode of de blauwe bal. Lukt dat, dan breiden we het uit naar alle kinderen "
          "voor wie het past."),
    ("h2", "2.4 Wat we wel en niet kunnen bieden"),
    ("p", "In ons schoolondersteuningsprofiel, dat we in het voorjaar van 2025 hebben herschreven, staat per "
          "onderdeel wat we kunnen bieden. Kort samengevat: we kunnen kinderen met een IQ onder ongeveer 55 en "
          "kinderen met een ernstige meervoudige beperking een volledige schoolweek bieden. Dat geldt ook voor "
          "kinderen met epilepsie, sondevoeding of een tracheacanule, mits de zorg met een bekwaamheidsverklaring "
          "door onze medewerkers of door de verpleegkundige gegeven kan worden. We kunnen geen kinderen opnemen "
          "die gedurende de hele dag één-op-één verpleegkundige zorg nodig hebben, en we hebben beperkt ruimte "
          "voor kinderen bij wie ernstige gedragsproblemen op de voorgrond staan; voor hen zoeken we samen met "
          "het samenwerkingsverband een plek waar dat beter past."),
    ("p", "We maken deel uit van het netwerk van Passend Onderwijs Almere. Voor kinderen die nog niet een hele "
          "week naar school kunnen, hebben we sinds 2023 een 'Samen naar school'-groep met 's Heeren Loo: "
          "kinderen die anders naar een kinderdagcentrum zouden gaan, krijgen daar onderwijs en zorg in één groep, "
          "met een leraar en twee begeleiders van de zorgpartner. In 2024-2025 zaten daar zes kinderen. "
          "Toelating loopt via een toelaatbaarheidsverklaring van het samenwerkingsverband; we bespreken elke "
          "aanmelding binnen drie weken in de commissie van begeleiding."),
    ("h2", "2.5 Veilig in je lijf en in de groep"),
    ("p", "Voor onze kinderen begint veiligheid bij het lichaam. Wie niet kan zeggen dat iets pijn doet, is "
          "afhankelijk van volwassenen die opletten. Daarom hebben we een paar afspraken die iedereen kent en "
          "die we elk jaar in september opnieuw doornemen:"),
    ("bullets", [
        "We vertellen en laten zien wat we gaan doen voordat we een kind aanraken, optillen of verschonen.",
        "Verschonen gebeurt in de verzorgingsruimte met de deur dicht, maar nooit zonder dat een collega weet "
        "waar je bent. Als een gezin vraagt om verzorging door een vrouwelijke medewerker, regelen we dat.",
        "Medicatie en medische handelingen volgen het ASG-protocol medisch handelen; elke handeling wordt "
        "afgetekend in de digitale medicatielijst.",
        "Bij fysiek ingrijpen volgen we ons protocol grensoverschrijdend gedrag. Elk incident wordt binnen "
        "24 uur met de ouders besproken en gemeld in het incidentenregister.",
        "We werken met de meldcode huiselijk geweld en kindermishandeling. Onze schoolmaatschappelijk werker "
        "is aandachtsfunctionaris.",
    ]),
    ("p", "De gangbare vragenlijsten voor sociale veiligheid zijn voor de meeste van onze kinderen niet te "
          "gebruiken. We meten daarom op drie manieren: met een pictovragenlijst 'Hoe voel ik me op school?' "
          "voor de oudste ZML-groepen, met een jaarlijkse vragenlijst voor ouders en met de observaties van de "
          "leraar in ParnasSys. Het veiligheidsplan, met de ontruimingsoefeningen (twee keer per jaar, met "
          "rolstoelen en evacuatiematrassen), wordt jaarlijks met de MR besproken."),
    ("h2", "2.6 Meedoen: burgerschap en ons openbare karakter"),
    ("p", "Burgerschap klinkt groot voor kinderen die soms nog leren dat ze 'ja' en 'nee' kunnen zeggen. Toch is "
          "het precies dat: leren dat jouw keuze ertoe doet en dat je bij een groep hoort. In onze school oefenen "
          "kinderen elke dag met kiezen, op hun eigen niveau. De leerlingenraad bestaat uit vier kinderen uit de "
          "bovenbouw en komt zes keer per jaar bij elkaar, met een begeleider en pictokaarten. De raad heeft in "
          "2024 de nieuwe speeltoestellen op het plein mee uitgekozen. Buiten de school gaan we de wijk in: naar "
          "de supermarkt, de bibliotheek in het Stadshart en de kinderboerderij om de hoek, zodat kinderen en "
          "buurtbewoners aan elkaar wennen."),
    ("p", "We zijn een openbare school, en dat betekent voor ons dat ieder gezin welkom is, wat het geloof, de "
          "taal of de achtergrond ook is. We vieren feesten uit verschillende tradities, zoals het Suikerfeest, "
          "Kerst, Divali en Keti Koti, als belevingsmoment met muziek, geur en eten, en we vragen ouders om te "
          "vertellen of voor te doen hoe het bij hen thuis gaat. Bij het eten houden we rekening met halal en "
          "vegetarische wensen. We kijken naar een kind en een gezin zoals ze zijn, en passen ons daarop aan "
          "in plaats van andersom."),
    ("h2", "2.7 Hoe we weten of het goed gaat"),
    ("p", "We volgen elk kind op zijn eigen leerlijn. In januari en juni bespreken de leraar, de intern "
          "begeleider en de orthopedagoog per groep of de doelen uit het ontwikkelingsperspectief gehaald zijn. "
          "Naar aanleiding van de opmerking van de inspectie maken we sinds juni 2024 ook een schoolanalyse: per "
          "uitstroomprofiel kijken we welk deel van de kinderen minstens drie kwart van hun doelen haalt. In "
          "schooljaar 2023-2024 was dat 71 procent. Waar het achterblijft, zoeken we de oorzaak in het aanbod "
          "en niet bij het kind."),
    ("p", "Onze kwaliteitszorg draait in een vaste jaarcyclus. In september maken we het jaarplan, in november "
          "en maart rapporteren we aan het bestuur in de kwartaalrapportage, in juni volgen de schoolanalyse en "
          "de ouderpeiling, en in september schrijven we het jaarverslag. Elke twee jaar doet een directeur van "
          "een andere ASG-school een interne audit bij ons; de eerstvolgende is in het voorjaar van 2027. "
          "Het doel voor de komende periode is dat we bij het volgende inspectieonderzoek op alle standaarden "
          "minstens voldoende scoren, en dat de standaard 'resultaten' ook op schoolniveau goed onderbouwd is."),
    ("h2", "Onze doelen voor venster 1"),
    ("table", ["Wat willen we bereiken", "Wie trekt het", "Wanneer", "Hoe weten we dat het gelukt is"], [
        ["Elk kind heeft één zelfredzaamheidsdoel per half jaar dat in de groep zichtbaar is.",
         "Intern begeleiders", "Vanaf januari 2026",
         "Bij de OPP-evaluaties in juni 2026 heeft 100% van de kinderen zo'n doel; bij steekproeven in de "
         "groepen kennen alle collega's het doel van de kinderen in hun groep."],
        ["Meer kinderen halen hun doelen uit het ontwikkelingsperspectief.",
         "Orthopedagoog en IB", "2025-2028",
         "Het aandeel kinderen dat minstens drie kwart van de doelen haalt stijgt van 71% (2023-2024) naar "
         "80% in juni 2028."],
        ["Een oefenwoning waarin de oudste groepen wonen en huishouden oefenen.",
         "Adjunct-directeur", "Klaar in april 2026",
         "De ruimte is ingericht en alle bovenbouwgroepen gebruiken haar minstens één dagdeel per week "
         "(rooster 2026-2027)."],
        ["Proef met oogbesturing voor kinderen die hun handen niet gericht kunnen gebruiken.",
         "Ergotherapeut en logopedie", "Schooljaar 2025-2026, besluit juni 2026",
         "Minstens vier van de zes kinderen maken met hun ogen een keuze uit twee. Het team besluit in juni "
         "2026 over uitbreiding."],
        ["Schoolanalyse van resultaten op schoolniveau, vast in de jaarcyclus.",
         "Directeur", "Elk jaar in juni",
         "De analyse ligt er elk jaar voor 1 juli, wordt besproken met team en MR en staat in het jaarverslag."],
        ["Bij het volgende inspectieonderzoek alle standaarden minimaal voldoende.",
         "Directie", "Uiterlijk 2027",
         "Het inspectierapport; de interne audit van voorjaar 2027 laat vooraf geen onvoldoendes zien."],
    ]),

    # ------------------------------------------------------------------ venster 2
    ("h1", "3. Venster 2 - De mensen die het elke dag dragen"),
    ("p", "Ons werk is mooi en het is zwaar. Je tilt, je verschoont, je bent de hele dag alert op een aanval "
          "of op een kind dat zich verslikt, en je doet dat met een glimlach omdat het kind die glimlach nodig "
          "heeft. Wie hier werkt, moet goed voor zichzelf kunnen zorgen en moet gezien worden door de school. "
          "Medewerkers voelen zich betrokken bij en trots op onze school."),
    ("h2", "3.1 Zorgen voor je lijf"),
    ("p", "In 2024 was het verzuim 7,9 procent. Bij gesprekken met de bedrijfsarts kwam vaak dezelfde oorzaak "
          "naar voren: fysieke belasting. We pakken dat aan met een paar concrete stappen. Sinds januari 2025 "
          "hebben we een ergocoach (een van onze fysiotherapeuten, vier uur per week) die elk nieuw "
          "personeelslid binnen de eerste maand instrueert en jaarlijks met elke groep de tiltechnieken "
          "doorloopt. In drie van de vier EMB-groepen hangt een plafondlift; de vierde groep en de "
          "verzorgingsruimte bij de gymzaal volgen in de zomer van 2026. Niemand tilt een kind boven de 25 kilo "
          "zonder hulpmiddel."),
    ("p", "We houden rekening met de levensfase van medewerkers. Collega's van 60 jaar en ouder kunnen vragen om "
          "minder tilwerk in hun rooster, bijvoorbeeld door vaker in een ZML-groep te werken. Jonge ouders "
          "kunnen hun werkdagen afstemmen op de opvang, voor zover het groepsrooster dat toelaat. Welbevinden is "
          "een vast onderwerp in het jaargesprek en in het teamoverleg een keer per kwartaal."),
    ("h2", "3.2 Samen leren in leerteams"),
    ("p", "Elke collega zit in een van vier leerteams: onderbouw ZML, bovenbouw ZML, EMB en 'communicatie'. De "
          "leerteams komen zes woensdagmiddagen per jaar bij elkaar. Ze werken met korte filmpjes van een "
          "gewoon moment in de groep, zoals een eetmoment of een overgang van de kring naar het werken, en kijken "
          "samen terug: wat deed het kind, wat deden wij, wat kan anders? De intern begeleiders zijn daarin "
          "getraind in video-interactiebegeleiding. Wat een leerteam ontdekt, nemen we op in de werkafspraken "
          "van de school; zo is onze manier van overgangen aankondigen met een liedje uit het EMB-leerteam "
          "gekomen. Zo wordt beter worden iets wat we samen en elke week doen."),
    ("h2", "3.3 Bekwaam blijven"),
    ("p", "Een deel van de scholing is bij ons verplicht, omdat de veiligheid van kinderen ervan afhangt: "
          "jaarlijks de herhaling bedrijfshulpverlening, epilepsie en noodmedicatie, sondevoeding en tillen. "
          "Daarnaast volgt iedere nieuwe collega de basiscursus Totale Communicatie. Klassenassistenten kunnen "
          "deelnemen aan de leergang voor onderwijsassistenten van de ASG Academie; in 2025-2026 doen er vier "
          "mee. Voor leraren betalen we uit het professionaliseringsbudget de master Educational Needs; drie "
          "leraren volgen die in deze planperiode."),
    ("p", "Twee collega's geven les terwijl ze nog hun bevoegdheid halen: een zij-instromer die de deeltijdpabo "
          "volgt en een leraar met een tweedegraads bevoegdheid die de opleiding tot leraar speciaal onderwijs "
          "doet. Zij krijgen een vaste coach uit het team, een uur per week ambulante tijd en studieverlof op "
          "tentamendagen. We verwachten dat beiden uiterlijk in de zomer van 2027 bevoegd zijn."),
    ("h2", "3.4 Gezien worden als professional"),
    ("p", "De assistenten vormen de grootste groep in ons team en weten vaak het best hoe een kind erbij zit. "
          "Toch zaten ze tot nu toe niet standaard bij de bespreking van dat kind. Dat verandert: vanaf "
          "schooljaar 2025-2026 schuiven de assistenten van de groep aan bij de groepsbespreking en bij de "
          "evaluatie van het ontwikkelingsperspectief, in betaalde tijd. Daarnaast wijzen we in elke bouw een "
          "assistent aan als aanspreekpunt voor zorghandelingen; die rol wordt in het functiebouwwerk "
          "opgenomen als 'assistent met aandachtsgebied zorg'."),
    ("p", "Iedere medewerker heeft elk jaar drie gesprekken: een startgesprek in september over wat je dit jaar "
          "wilt leren, een groepsbezoek door de leidinggevende of intern begeleider met een nagesprek, en een "
          "jaargesprek in mei. De afspraken komen in het digitale personeelsdossier. Tot 2024 hadden vooral de "
          "leraren deze cyclus; vanaf dit plan geldt hij voor iedereen, ook voor assistenten, therapeuten en "
          "ondersteunend personeel."),
    ("h2", "Onze doelen voor venster 2"),
    ("table", ["Wat willen we bereiken", "Wie trekt het", "Wanneer", "Hoe weten we dat het gelukt is"], [
        ["Lager ziekteverzuim door minder fysieke belasting.",
         "Directeur en ergocoach", "2025-2028",
         "Het verzuim daalt van 7,9% (2024) naar hooguit 6% in 2027 en blijft daaronder in 2028."],
        ["Tilliften in alle EMB-groepen en in de verzorgingsruimte bij de gymzaal.",
         "Adjunct-directeur", "Zomer 2026",
         "De liften hangen er en zijn gekeurd; in de jaarlijkse tilinstructie heeft 100% van de medewerkers "
         "in EMB-groepen de instructie gevolgd."],
        ["Assistenten doen structureel mee aan groepsbespreking en OPP-evaluatie.",
         "Intern begeleiders", "Vanaf augustus 2025",
         "In de notulen van de besprekingen staat bij minstens 90% de assistent als aanwezig; in de "
         "medewerkerspeiling van 2027 scoren assistenten 'mijn inbreng wordt gebruikt' met minstens 7,5."],
        ["De gesprekscyclus geldt voor alle medewerkers.",
         "Directie", "Schooljaar 2025-2026",
         "Aan het eind van elk schooljaar staan voor alle medewerkers drie gespreksverslagen in het "
         "personeelsdossier."],
        ["Alle leraren zijn bevoegd.",
         "Directeur", "Zomer 2027",
         "De twee leraren in opleiding hebben hun diploma; nieuwe onbevoegde collega's starten direct met een "
         "opleidingsplan."],
    ]),

    # ------------------------------------------------------------------ venster 3
    ("h1", "4. Venster 3 - Niet alleen: halen en brengen binnen ASG"),
    ("p", "Als kleine school met een bijzondere doelgroep zijn we binnen ASG soms een eiland. Dat hoeft niet. "
          "We hebben kennis die andere scholen kunnen gebruiken en we hebben vragen die anderen misschien al "
          "hebben opgelost. We kiezen deze periode voor drie dingen en laten andere dingen bewust liggen."),
    ("h2", "4.1 Wat we brengen: een spreekuur voor collega-scholen"),
    ("p", "Basisscholen en scholen voor speciaal basisonderwijs binnen ASG hebben soms een kind in de klas bij "
          "wie ze twijfelen of hun school nog past, of dat een sterk afwijkend ontwikkelingsprofiel heeft. Vanaf "
          "januari 2026 houden onze orthopedagoog en een intern begeleider elke eerste dinsdag van de maand een "
          "spreekuur waar intern begeleiders van andere ASG-scholen terechtkunnen, zonder verwijzing en zonder "
          "kosten. We zetten op de ASG-intranetpagina wie ze kunnen bellen over communicatie, over "
          "zelfredzaamheid en over medisch handelen in de klas."),
    ("h2", "4.2 Wat we halen: samen met andere ASG-scholen"),
    ("p", "Onze intern begeleiders nemen deel aan het netwerk van zorgcoördinatoren van de scholen voor "
          "speciaal (basis)onderwijs binnen ASG, dat vier keer per jaar bijeenkomt. Daar willen we deze periode "
          "één concreet product uit halen: een gezamenlijke werkwijze voor het opstellen van het "
          "ontwikkelingsperspectief, zodat dossiers bij een overstap tussen ASG-scholen niet opnieuw hoeven. "
          "Met de vso-school van ASG vormen we een werkgroep EMB, die de leerlijnen en de overdracht tussen so "
          "en vso op elkaar afstemt."),
    ("p", "Collega's bezoeken de ASG-brede studiedagen en de avonden van 'Een avondje uit met ASG' als het "
          "rooster dat toelaat."),
    ("h2", "4.3 Een doorgaande lijn naar het vso"),
    ("p", "Voor onze kinderen is de overstap naar het vso een groot moment, voor ouders vaak nog meer. Een kind "
          "dat bij ons het dagritme, de gebaren en de pictogrammen kent, moet dat op de volgende school "
          "terugvinden. We starten daarom anderhalf jaar voor de overstap met een gesprek met ouders over de "
          "keuze, de vso-leerkracht komt het kind in zijn eigen groep bekijken, en het kind gaat minstens twee "
          "keer 'proefdraaien' met een bekende begeleider erbij. Het communicatieprofiel en de "
          "verzorgingsafspraken gaan mee in een overdrachtsmap. Zo sluit ons aanbod aan op dat van de "
          "vso-scholen en hoeft geen kind bij nul te beginnen."),
    ("h2", "Onze doelen voor venster 3"),
    ("table", ["Wat willen we bereiken", "Wie trekt het", "Wanneer", "Hoe weten we dat het gelukt is"], [
        ["Maandelijks expertisespreekuur voor andere ASG-scholen.",
         "Orthopedagoog", "Start januari 2026",
         "Het spreekuur heeft in 2026 minstens tien keer plaatsgevonden; na een jaar evalueren we met de "
         "bezoekende scholen of het bruikbaar was."],
        ["Gezamenlijke werkwijze ontwikkelingsperspectief met de andere so- en sbo-scholen van ASG.",
         "Intern begeleiders", "Juni 2027",
         "Er ligt een vastgesteld format dat door de deelnemende scholen wordt gebruikt."],
        ["Warme overdracht naar het vso voor elk kind.",
         "Intern begeleiders en leraren bovenbouw", "Vanaf schooljaar 2025-2026",
         "Elk kind dat overstapt heeft een overdrachtsmap en minstens twee proefbezoeken; in de "
         "ouderpeiling na de overstap beoordelen ouders de overgang met minstens een 7,5."],
    ]),

    # ------------------------------------------------------------------ venster 4
    ("h1", "5. Venster 4 - Samen met ouders, zorg en wijk"),
    ("h2", "5.1 Ouders zijn de eerste deskundigen"),
    ("p", "Ouders kennen hun kind het langst en het best. Ze weten hoe hun kind laat zien dat het pijn heeft, "
          "wat het lekker vindt en wat de nacht was. Die kennis hebben we elke dag nodig. Wij zijn open naar "
          "ouders over wat we zien, ook als dat moeilijk is, en we vragen ouders hetzelfde."),
    ("bullets", [
        "Voor de start van een nieuw kind gaan de leraar en de assistent op huisbezoek. Het gesprek gaat over "
        "het dagelijks leven thuis: eten, slapen, communicatie, wat helpt bij onrust.",
        "Het ontwikkelingsperspectief bespreken we twee keer per jaar met ouders. Ouders kiezen samen met de "
        "leraar het zelfredzaamheidsdoel voor het komende halfjaar, zodat er thuis en op school aan gewerkt wordt.",
        "Via Parro krijgen ouders elke dag een kort bericht met een foto: hoe heeft je kind gegeten, gedronken "
        "en geslapen, wat hebben we gedaan. Bijzonderheden over gezondheid of incidenten melden we dezelfde "
        "dag telefonisch.",
        "Op donderdagochtend is de ouderkamer open, met koffie en een vaste collega. Er komen gemiddeld acht "
        "ouders; ouders die de weg in Almere nog niet kennen, vinden elkaar daar.",
        "Vier keer per jaar geven we een avond 'Gebaren voor thuis', waar ouders, broers, zussen en opa's en "
        "oma's de gebaren leren die hun kind op school gebruikt.",
    ]),
    ("p", "Niet alle ouders lezen Nederlands goed. Belangrijke brieven sturen we in eenvoudige taal en met "
          "pictogrammen, en bij gesprekken zetten we een tolk in wanneer dat nodig is. Dat kost geld, maar "
          "een gesprek over de zorg voor een kind moet begrepen worden."),
    ("h2", "5.2 Medezeggenschap"),
    ("p", "Onze medezeggenschapsraad heeft zes leden: drie ouders en drie medewerkers, onder wie één "
          "assistent. De MR vergadert zes keer per jaar en heeft op 10 juni 2025 ingestemd met dit schoolplan. "
          "We gebruiken de MR ook om vroeg mee te denken, voordat een plan af is. Deze periode vragen we de MR "
          "als eerste mee te denken over een nieuw schooltijdenmodel (de huidige eindtijd sluit slecht aan op "
          "het leerlingenvervoer) en over de indeling van het gebouw na de verbouwing. Beide onderwerpen staan "
          "in het jaarplan 2025-2026."),
    ("h2", "5.3 Zorg in en om de school"),
    ("p", "Wij werken proactief samen met een breed scala aan partners. Voor onze kinderen zijn die partners geen "
          "extra, maar een deel van de schooldag:"),
    ("bullets", [
        "'s Heeren Loo levert de zorgmedewerkers in de EMB-groepen en in de 'Samen naar school'-groep.",
        "Triade Vitree verzorgt voor een deel van onze kinderen de naschoolse opvang en logeeropvang; we stemmen "
        "één keer per kwartaal af over kinderen die bij beide organisaties komen.",
        "De jeugdarts van de GGD Flevoland houdt vier keer per jaar spreekuur in school, samen met de "
        "revalidatiearts die onze rolstoelkinderen volgt.",
        "Het samenwerkingsverband Passend Onderwijs Almere geeft de toelaatbaarheidsverklaringen af en zit bij "
        "het overleg over kinderen voor wie nog geen passende plek is.",
        "Met de gemeente Almere voeren we twee keer per jaar overleg over het leerlingenvervoer; klachten van "
        "ouders over het vervoer verzamelen we en brengen we daar in.",
    ]),
    ("h2", "5.4 De wijk in"),
    ("p", "We willen dat onze kinderen een gewoon deel van de wijk zijn. Naast de boodschappen en de "
          "kinderboerderij doen we mee aan de jaarlijkse buitenspeeldag van de wijk en is er sinds 2024 een "
          "G-voetbalteam bij de voetbalvereniging in de buurt, waar zeven kinderen van onze school op woensdag "
          "trainen. De basisschool naast ons en onze school spelen twee keer per jaar samen op het plein. In "
          "deze periode willen we daar een vaste maatjesmiddag van maken: één middag per maand spelen en knutselen "
          "een groep van de buren en een groep van ons samen."),
    ("h2", "Onze doelen voor venster 4"),
    ("table", ["Wat willen we bereiken", "Wie trekt het", "Wanneer", "Hoe weten we dat het gelukt is"], [
        ["Ouders kiezen mee in het zelfredzaamheidsdoel van hun kind.",
         "Leraren", "Vanaf januari 2026",
         "In 90% van de OPP-verslagen staat dat het doel samen met ouders is gekozen; in de ouderpeiling 2027 "
         "scoort 'ik denk mee over de doelen van mijn kind' minstens een 8."],
        ["Gebarenavonden voor gezinnen.",
         "Logopedisten", "Vier keer per jaar, vanaf 2025-2026",
         "Elk jaar hebben minstens 25 gezinnen een avond bezocht."],
        ["Maatjesmiddag met de buurtschool.",
         "Leraren bovenbouw ZML", "Start september 2026",
         "In 2026-2027 zijn er minstens acht maatjesmiddagen geweest; beide scholen willen doorgaan."],
        ["MR denkt vooraf mee over schooltijden en gebouw.",
         "Directeur", "2025-2026",
         "De MR heeft in het voortraject advies gegeven; het besluit over het nieuwe schooltijdenmodel ligt er "
         "voor 1 mei 2026."],
    ]),

    # ------------------------------------------------------------------ afsluiting
    ("h1", "6. Hoe we dit plan levend houden"),
    ("p", "Een schoolplan dat in de kast ligt, helpt niemand. Elk jaar halen we uit de tabellen in dit plan de "
          "doelen voor het jaarplan. In het jaarverslag geven we per doel aan of het gelukt is, met de cijfers "
          "uit de laatste kolom. Halverwege, in juni 2027, houden we met het team en de MR een tussenbalans: "
          "wat loopt, wat moet bijgesteld en wat laten we los. De uitkomst leggen we voor aan het bestuur."),
    ("p", "Een aantal dingen uit de koers van ASG hebben we in dit plan niet uitgewerkt. We vinden ze niet "
          "onbelangrijk, maar voor een kleine school met een zware zorgtaak moeten we kiezen. Zo hebben we geen "
          "eigen plannen voor interne mobiliteit tussen ASG-scholen, en vernieuwen we ons curriculum niet "
          "ingrijpend: eerst willen we de leerlijnen die we hebben beter benutten."),

    ("h1", "7. Vaststelling"),
    ("p", "De medezeggenschapsraad van SO De Kievitsbloem heeft op 10 juni 2025 ingestemd met dit schoolplan."),
    ("p", "Het College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 1 juli 2025."),
    ("sign", [
        ("Namens de directie", "Marieke Holtrop, directeur"),
        ("Namens de medezeggenschapsraad", "Ilse Verbruggen, voorzitter"),
    ]),
]


# ---------------------------------------------------------------------------
# Opmaak
# ---------------------------------------------------------------------------

def _taal_nl(doc):
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
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("SO De Kievitsbloem - Schoolplan 2025-2029 - pagina ")
    run.font.size = Pt(8)
    run2 = p.add_run()
    run2.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run2._r.append(f1)
    run2._r.append(instr)
    run2._r.append(f2)


def _kopregel(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, kop, rijen):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = Pt(9)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E8D2")
        cel._tc.get_or_add_tcPr().append(shd)
    _kopregel(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(waarde)
            r.font.size = Pt(9)
    breedtes = [Cm(5.0), Cm(3.0), Cm(3.0), Cm(5.5)]
    for rij in t.rows:
        for i, cel in enumerate(rij.cells):
            if i < len(breedtes):
                cel.width = breedtes[i]
    doc.add_paragraph()



def _opslaan(doc, path):
    """Sla op met vaste tijdstempels in het zip-archief, zodat de uitvoer byte-gelijk blijft."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    stempel = (DATUM.year, DATUM.month, DATUM.day, DATUM.hour, DATUM.minute, DATUM.second)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stempel)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            zout.writestr(info, zin.read(item.filename))


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    sec = doc.sections[0]
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.3)
    _paginanummer(sec)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = "Marieke Holtrop"
    cp.last_modified_by = "Marieke Holtrop"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.comments = ""
    cp.created = DATUM
    cp.modified = DATUM
    cp.revision = 7

    # voorblad
    for soort, tekst in VOORBLAD:
        if soort == "titel":
            for _ in range(5):
                doc.add_paragraph()
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(tekst)
            r.bold = True
            r.font.size = Pt(28)
            r.font.color.rgb = RGBColor(0x3A, 0x6B, 0x35)
        elif soort == "subtitel":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(tekst)
            r.bold = True
            r.font.size = Pt(20)
        else:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(tekst).font.size = Pt(11)
    doc.add_page_break()

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
        elif soort == "table":
            _tabel(doc, blok[1], blok[2])
        elif soort == "sign":
            t = doc.add_table(rows=3, cols=len(blok[1]))
            for i, (rol, naam) in enumerate(blok[1]):
                t.rows[0].cells[i].text = rol
                t.rows[1].cells[i].text = "\n\n______________________________"
                t.rows[2].cells[i].text = naam + "\nAlmere, juni 2025"
    _opslaan(doc, path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_149_kievitsbloem.docx")
