# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van OBS De Windroos (SO cluster 4, Almere Buiten).

Geschreven zoals een school dat in Word zonder de app zou doen: hoofdstukken langs de vier
kernwaarden en vier vensters van de ASG-koers, doelen in één meerjarenplanning aan het eind.
Deterministisch: vaste kernmerken, vaste tijdstempels in het zip-archief.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor
from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl_stijlen

TITEL = "Schoolplan 2025-2029"
SCHOOL = "OBS De Windroos"
ONDERTITEL = "Openbare school voor speciaal onderwijs (cluster 4)"
AUTEUR = "M. Verbeek"
VASTE_DATUM = datetime.datetime(2025, 6, 20, 10, 0, 0)

OMSLAG = [
    "Almeerse Scholen Groep",
    "Stripheldenbuurt, Almere Buiten",
    "BRIN 27XK",
    "Versie 1.2, juni 2025",
]

INHOUD = [
    "1  Inleiding",
    "2  Onze school in beeld",
    "3  Gezien worden",
    "4  Open",
    "5  Vooruitstrevend",
    "6  Ambitieus",
    "7  Goed en toegankelijk onderwijs",
    "8  Personeel in positie",
    "9  De meerwaarde van ASG",
    "10  Partnerschap",
    "11  Meerjarenplanning 2025-2029",
    "12  Vaststelling en ondertekening",
]

# Elk blok: (soort, inhoud). Soorten: h1, h2, p, bullets, table, pagebreak.
BLOKKEN = [
    ("h1", "Inleiding"),
    ("p", "Voor u ligt het schoolplan van OBS De Windroos voor de periode 2025-2029. Het plan geldt "
          "van 1 augustus 2025 tot en met 31 juli 2029. Hierin staat wat we de komende vier jaar willen "
          "bereiken, hoe we dat aanpakken en in welk schooljaar. Elk jaar werken we het uit in een jaarplan; "
          "in het jaarverslag kijken we terug."),
    ("p", "Tijdens twee studiedagen, in oktober 2024 en januari 2025, hebben we met het hele team "
          "teruggekeken op de afgelopen vier jaar en de koers van de Almeerse Scholen Groep (ASG) besproken. "
          "De vier kernwaarden en de vier vensters uit die koers vormen de hoofdstukken van dit plan; per "
          "hoofdstuk beschrijven we wat ze betekenen voor onze leerlingen. De leerlingenraad gaf in februari "
          "2025 zijn mening over wat een fijne school is, en een ouderpanel van negen ouders las in maart 2025 "
          "een eerste versie mee."),
    ("p", "De MR heeft op 17 juni 2025 ingestemd met dit plan, na een bespreking in de vergaderingen van "
          "april en juni. Het College van Bestuur van ASG heeft het plan op 1 juli 2025 vastgesteld. Het "
          "schoolplan is opgesteld volgens artikel 21 van de Wet op de expertisecentra (WEC)."),
    ("p", "Leeswijzer: hoofdstuk 2 schetst onze school. Daarna volgen de kernwaarden en de vensters. Het "
          "onderwijsprogramma, burgerschap, veiligheid, ondersteuning en kwaliteitszorg staan in hoofdstuk 7, "
          "het personeelsbeleid in hoofdstuk 8 en alle doelen in de meerjarenplanning in hoofdstuk 11."),

    ("h1", "Onze school in beeld"),
    ("p", "OBS De Windroos is een openbare school voor speciaal onderwijs (SO) in de Stripheldenbuurt in "
          "Almere Buiten. We geven onderwijs aan kinderen van 4 tot 13 jaar met ernstige gedrags- of "
          "psychiatrische problemen (cluster 4). Op 1 oktober 2024 telde de school 104 leerlingen in tien "
          "groepen. Alle leerlingen hebben een toelaatbaarheidsverklaring (TLV) van het Samenwerkingsverband "
          "Passend Onderwijs Almere. Ongeveer 60% heeft een diagnose in het autismespectrum, vaak samen met "
          "ADHD, angst of hechtingsproblemen. Zeventig kinderen komen met het leerlingenvervoer, uit heel "
          "Almere."),
    ("p", "Veel kinderen komen bij ons binnen terwijl ze hun richting kwijt zijn: soms na een periode thuis, "
          "soms na twee of drie scholen. Ons motto is 'Elk kind weer op koers'. We willen dat ieder kind bij "
          "ons rust vindt, weer gaat leren en met vertrouwen doorstroomt naar een passende plek."),
    ("p", "Ons team bestaat uit 46 medewerkers (32,4 fte): twaalf groepsleerkrachten, negen "
          "onderwijsassistenten, een vakleerkracht bewegingsonderwijs, twee orthopedagogen, een intern "
          "begeleider, een ouder- en kindcoach, ondersteunend personeel en de directie. Twee jeugdhulpverleners "
          "van De Kinderkliniek werken vier dagen per week in de school. Drie leerkrachten zijn nog niet "
          "volledig bevoegd."),
    ("h2", "Resultaten en inspectie"),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie in maart 2023 zijn alle onderzochte standaarden "
          "als voldoende beoordeeld; Pedagogisch klimaat en Veiligheid kregen de waardering goed. Het "
          "ontwikkelpunt was de onderbouwing van de uitstroomperspectieven."),
    ("p", "In 2023-2024 stroomden 22 leerlingen uit: 8 naar het voortgezet speciaal onderwijs, 7 naar het "
          "vmbo, 2 naar het praktijkonderwijs, 4 terug naar het SBO of een reguliere basisschool en 1 naar "
          "een zorgdagcentrum. Bij 19 leerlingen (86%) lag de uitstroom op of boven het perspectief uit het "
          "ontwikkelingsperspectiefplan (OPP). Rekenen blijft onze zorg: 68% haalde de rekendoelen uit het "
          "OPP, tegen 81% bij technisch lezen."),
    ("p", "De vraag naar SO-plekken in Almere groeit: op 1 maart 2025 stonden veertien kinderen op onze "
          "wachtlijst, van wie een deel thuis zit. Tegelijk is het moeilijk om bevoegde leerkrachten te "
          "vinden. Beide vraagstukken komen in dit plan terug."),

    ("h1", "Gezien worden"),
    ("p", "Onze leerlingen hebben vaak het gevoel dat ze vooral lastig zijn. Gezien worden begint voor hen bij "
          "een volwassene die hen kent en begrijpt wat er achter hun gedrag zit."),
    ("h2", "Welkom op De Windroos"),
    ("p", "Onze school is gastvrij, iedereen voelt zich welkom. Dat maken we elke dag concreet. Elke ochtend "
          "staan de directeur en twee collega's bij de taxistrook om de kinderen bij hun naam te begroeten. "
          "Kinderen die onrustig binnenkomen, kunnen eerst tien minuten naar de landingsplek bij de ingang. "
          "Nieuwe leerlingen krijgen voor hun eerste schooldag een kennismakingsbezoek en een fotoboekje met "
          "hun klas, hun juf of meester en de route door de school. Nieuwe ouders krijgen, als hun kind dat "
          "wil, een rondleiding van een lid van de leerlingenraad."),
    ("h2", "Ieder kind telt"),
    ("p", "Iedere leerling heeft naast de groepsleerkracht een vaste mentor uit het team, die twee keer per "
          "maand een kort gesprek met hem of haar voert. In elke groep hangt een 'Ik ben'-muur waarop kinderen "
          "laten zien waar ze goed in zijn, en bij de maandafsluiting zetten we per groep een kind in het "
          "zonnetje voor iets wat het zelf heeft bereikt."),
    ("h2", "Zicht op wat leerlingen en collega's nodig hebben"),
    ("p", "Bij de intake brengen de orthopedagoog en de intern begeleider samen met de ouders en de vorige "
          "school in kaart wat een kind nodig heeft. Binnen zes weken na de plaatsing ligt er een OPP met een "
          "uitstroomperspectief, een onderbouwing en een handelingsdeel. Drie keer per jaar bespreken we elke "
          "groep en twee keer per jaar evalueren we elk OPP met de ouders. Het sociaal-emotioneel "
          "functioneren volgen we met ZIEN!, de leervorderingen met Leerling in beeld. Wat collega's nodig "
          "hebben, horen we in de gesprekscyclus en via een korte werkdrukpeiling na elke periode, die we in de "
          "teamvergadering bespreken."),

    ("h1", "Open"),
    ("h2", "Respectvol met elkaar omgaan"),
    ("p", "We werken schoolbreed met School-Wide Positive Behavior Support (SWPBS). Er zijn drie schoolregels: "
          "we zijn veilig, we zijn respectvol en we zijn verantwoordelijk. Voor elke ruimte zijn die regels "
          "vertaald in concreet gedrag, dat we actief aanleren. Gaat het toch mis, dan praten de betrokken "
          "kinderen het samen uit en maken ze het weer goed, zo nodig met een volwassene erbij. De volwassenen "
          "zijn het voorbeeld: we verheffen onze stem niet en we bespreken een kind nooit waar andere kinderen "
          "of ouders bij zijn."),
    ("h2", "Duidelijk communiceren"),
    ("p", "Onze leerlingen vertellen thuis vaak weinig. Daarom krijgen alle ouders dagelijks via Parro een "
          "kort bericht over hoe de dag ging, met minstens één positief punt. Incidenten melden we nog "
          "dezelfde dag telefonisch, en ouders die bellen, bellen we binnen 24 uur terug. Bij elk OPP maken we "
          "een samenvatting van één pagina in gewone taal; bij het OPP-gesprek regelen we zo nodig een tolk. "
          "Het protocol voor fysiek ingrijpen staat op de website en bespreken we bij de intake."),
    ("h2", "Openbaar: iedereen hoort erbij"),
    ("p", "De Windroos is een openbare school. Voor ons betekent dat meer dan dat we geen kind weigeren om "
          "zijn geloof of achtergrond. Onze leerlingen komen uit christelijke, islamitische, hindoeïstische en "
          "niet-gelovige gezinnen, met ouders uit ruim twintig landen. We laten die verschillen zien en praten "
          "erover:"),
    ("bullets", [
        "In de jaarkalender staan de belangrijkste feesten van de levensbeschouwingen in onze school, "
        "waaronder Kerst, het Suikerfeest, Divali en Keti Koti. Kinderen die het feest vieren, vertellen in "
        "de kring wat het voor hen betekent, als ze dat willen.",
        "Ouders van leerlingen vanaf 8 jaar kunnen kiezen voor godsdienstig of humanistisch vormingsonderwijs "
        "(GVO/HVO). In 2024-2025 volgden 23 kinderen deze lessen.",
        "Eens per twee weken hebben de bovenbouwgroepen een filosofieles, waarin kinderen leren luisteren naar "
        "een mening die anders is dan de hunne.",
        "Bij het aannemen van personeel kijken we naar vakmanschap en naar de vraag of iemand kinderen van "
        "alle achtergronden gelijkwaardig benadert; geloof of overtuiging speelt geen rol.",
    ]),
    ("p", "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen. Dat geldt ook voor hun "
          "beperking: een diagnose zegt iets, maar niet alles. In het OPP beschrijven we daarom eerst de "
          "sterke kanten van een kind."),

    ("h1", "Vooruitstrevend"),
    ("p", "Ons onderwijs moet rust en voorspelbaarheid bieden. Vernieuwen doen we daarom zorgvuldig en in kleine "
          "stappen. Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven."),
    ("h2", "Ateliers in de bovenbouw"),
    ("p", "Veel van onze leerlingen komen beter tot leren als ze iets maken. In 2025-2026 starten we daarom "
          "een proef met ateliers op dinsdag- en donderdagmiddag. Kinderen uit drie bovenbouwgroepen kiezen "
          "voor zes weken een atelier: bouwen en techniek, programmeren met Bee-Bots en Lego Spike, koken of "
          "beeldende vorming. Ze werken in kleine groepen buiten hun eigen klas, steeds met dezelfde "
          "volwassene; een proefweek en een vast pictogram in het dagritme bereiden hen voor. Na een evaluatie "
          "met leerlingen, ouders en team in juni 2026 besluiten we of we de ateliers uitbreiden naar de "
          "middenbouw."),
    ("p", "Andere vernieuwingen schuiven we bewust door naar de volgende planperiode: het team gaf aan dat rust "
          "in de school nu voorgaat."),

    ("h1", "Ambitieus"),
    ("p", "Kinderen in het speciaal onderwijs lopen het risico dat de lat te laag komt te liggen. 'Hij heeft "
          "het al zo moeilijk' is een begrijpelijke, maar gevaarlijke gedachte."),
    ("h2", "De lat hoog, ook in het SO"),
    ("p", "We stellen het uitstroomperspectief vast op basis van de toetsgegevens én van wat het kind in de "
          "klas laat zien. Laat een kind meer zien dan verwacht, dan stellen we het perspectief naar boven bij; "
          "naar beneden bijstellen kan alleen na bespreking in de commissie van begeleiding. In elke "
          "groepsbespreking stellen we de vraag: wat zou dit kind nog meer kunnen? In de lessen werken we met "
          "expliciete directe instructie, zodat kinderen de basisstof echt leren. Ook van elkaar verwachten we "
          "veel: collega's spreken elkaar aan als afspraken uit de SWPBS-aanpak niet worden nagekomen."),
    ("h2", "Zelf blijven leren"),
    ("p", "Elke collega formuleert aan het begin van het schooljaar een eigen leervraag die aansluit bij de "
          "schooldoelen en werkt daaraan in een leerteam. In juni presenteert iedereen in tien minuten wat het "
          "heeft opgeleverd op de Windroosmarkt. Drie collega's volgen op eigen initiatief de master "
          "Educational Needs."),
    ("p", "Wij geven altijd het beste van onszelf, ook op de moeilijke dagen."),

    ("h1", "Goed en toegankelijk onderwijs"),
    ("h2", "Ons onderwijsprogramma"),
    ("p", "We werken met de kerndoelen voor het speciaal onderwijs. Leerlingen met het uitstroomprofiel "
          "vervolgonderwijs werken toe naar referentieniveau 1F voor taal en rekenen, en waar het kan daarboven. "
          "We gebruiken Veilig leren lezen (KIM-versie) en Estafette, Nieuwsbegrip, Wereld in getallen 5, "
          "Staal, Blink en vanaf 10 jaar Groove.me. Sociaal-emotioneel leren krijgt vorm via SWPBS en twee "
          "keer per week Rots en Water. De vakleerkracht geeft drie keer per week bewegingsonderwijs. "
          "Leerlingen krijgen jaarlijks 940 uur onderwijs. We geven instructie op drie niveaus en elk kind "
          "werkt met een eigen weektaak; onderwijsassistenten geven verlengde instructie in kleine groepjes."),
    ("h2", "Een curriculum voor later"),
    ("p", "In 2023 hebben we ons aanbod naast de kerndoelen gelegd. Daaruit kwamen twee gaten: digitale "
          "geletterdheid en een samenhangende leerlijn burgerschap. In 2025-2026 kiezen we een leerlijn "
          "digitale geletterdheid, die we in 2026-2027 in alle groepen invoeren. Ook het rekenen pakken we aan: "
          "in 2025-2026 analyseert de rekencoördinator met het leerteam rekenen onze resultaten per domein, en "
          "in 2026-2027 nemen we een nieuwe rekenaanpak in gebruik. Als de kerndoelen landelijk worden "
          "vernieuwd, passen we ons aanbod in 2027-2028 daarop aan."),
    ("p", "Wij ontwikkelen onderwijs passend bij de belevingswereld van onze leerlingen."),
    ("h2", "Burgerschap"),
    ("p", "Burgerschap is voor onze leerlingen heel concreet: samenleven met kinderen die anders zijn dan jij, "
          "een ruzie oplossen zonder geweld, opkomen voor jezelf op een manier die werkt. De leerlingenraad "
          "(acht kinderen, gekozen na een verkiezingscampagne in hun groep) vergadert zes keer per jaar met de "
          "directeur en beslist zelf over een budget van 750 euro. Elke bovenbouwgroep krijgt eenmaal per jaar "
          "een rondleiding in het stadhuis en een gesprek met een gemeenteraadslid. In 2026-2027 leggen we dit "
          "vast in een leerlijn burgerschap met doelen per bouw, gekoppeld aan de basiswaarden vrijheid, "
          "gelijkwaardigheid en solidariteit."),
    ("h2", "Veiligheid en schoolklimaat"),
    ("p", "Naast SWPBS hebben we een veiligheidsplan met een protocol voor fysiek ingrijpen (alle medewerkers "
          "zijn getraind, met een herhaling elk jaar in september), registratie van incidenten in ParnasSys, "
          "een maandelijkse analyse daarvan door het gedragsteam, een anti-pestcoördinator en twee interne "
          "vertrouwenspersonen. In februari vullen leerlingen vanaf 8 jaar de vragenlijst over veiligheid in; "
          "in 2024 gaf 84% aan zich veilig te voelen. We willen dat dit in 2027 minimaal 90% is. Het aantal "
          "keren dat fysiek ingrijpen nodig was (212 keer in 2023-2024), willen we in vier jaar met een kwart "
          "verminderen."),
    ("h2", "Ondersteuning: wat we wel en niet kunnen bieden"),
    ("p", "In ons schoolondersteuningsprofiel (SOP) staat welke ondersteuning we bieden. Kort samengevat: we "
          "geven onderwijs aan kinderen met een TLV cluster 4 (categorie laag of midden) en een intelligentie "
          "vanaf ongeveer IQ 70. We hebben groepen van maximaal twaalf kinderen, een voorspelbare dag met "
          "visuele ondersteuning, een gedragsteam dat binnen vijf minuten in elke klas kan zijn, prikkelarme "
          "werkplekken en jeugdhulp in de school. Wat we niet kunnen bieden: de hele dag één-op-één "
          "begeleiding, onderwijs aan kinderen die zonder behandeling structureel gevaarlijk zijn voor anderen, "
          "en intensieve medische verzorging. In 2025-2026 herzien we het SOP samen met het "
          "samenwerkingsverband."),
    ("h2", "Zicht op ontwikkeling en een passende plek"),
    ("p", "Het OPP is ons belangrijkste instrument om de ontwikkeling van elk kind te volgen (zie hoofdstuk 3). "
          "Vanaf 2025-2026 presenteert de leerling bij elke OPP-evaluatie zelf een deel: 'mijn doelen'. De "
          "commissie van begeleiding (directeur, orthopedagoog, intern begeleider en schoolarts) toetst elk "
          "OPP jaarlijks."),
    ("p", "Samen met het samenwerkingsverband en de andere SO- en SBO-scholen in Almere zorgen we ervoor dat "
          "kinderen niet tussen wal en schip vallen. Vanaf januari 2026 openen we een overbruggingsgroep met "
          "zes plaatsen voor kinderen van de wachtlijst die anders thuis zouden zitten; zij krijgen vier "
          "ochtenden per week les tot er een vaste plek is. Kinderen die klaar zijn voor een stap terug naar het "
          "SBO of een reguliere school, begeleiden we met een overstap van acht weken: de nieuwe leerkracht "
          "komt kijken en onze orthopedagoog gaat daarna nog twee keer langs."),
    ("h2", "Kwaliteitszorg"),
    ("p", "We werken met een vaste kwaliteitskalender. In het jaarplan staan de doelen uit de "
          "meerjarenplanning; in het jaarverslag leggen we verantwoording af. In januari en juni analyseren we "
          "de resultaten per groep en schoolbreed en bespreken we die met het team en de MR. Met Werken met "
          "Kwaliteitskaarten (WMK) evalueren we elk jaar twee beleidsterreinen. De directeur en de intern "
          "begeleider leggen elk jaar drie klassenbezoeken af bij iedere leerkracht, met de kijkwijzer 'De "
          "Windroos-les'. Elke drie jaar houden we een tevredenheidsonderzoek onder ouders, leerlingen en "
          "medewerkers (het volgende in het voorjaar van 2026). Elk kwartaal rapporteren we aan het bestuur."),
    ("p", "Het oordeel van de inspectie willen we vasthouden: alle standaarden minimaal voldoende. Bij het "
          "volgende onderzoek willen we dat ook Zicht op ontwikkeling als goed wordt beoordeeld, en in 2029 "
          "stroomt minimaal 90% van de leerlingen uit op of boven het perspectief uit het OPP."),
    ("h2", "Samen leren als team"),
    ("p", "Elke woensdagmiddag is er per bouw een kort overleg van twintig minuten over wat werkt bij welke "
          "leerling. Twee keer per jaar kijken collega's bij elkaar in de klas met een vooraf gekozen kijkvraag "
          "en bespreken ze dat na. Wat werkt, spreken we in de teamvergadering schoolbreed af en nemen we op "
          "in ons kwaliteitshandboek."),

    ("h1", "Personeel in positie"),
    ("p", "Zonder een stabiel en deskundig team kunnen onze leerlingen niet leren. Wij willen dat onze "
          "medewerkers zich betrokken voelen bij en trots zijn op ASG."),
    ("h2", "Professionele ontwikkeling en leerteams"),
    ("p", "Iedere medewerker volgt elk jaar minstens één scholing, bij voorkeur uit het aanbod van de ASG "
          "Academie. Voor nieuwe collega's is het inwerktraject 'SO-basis' verplicht: twaalf bijeenkomsten in "
          "het eerste jaar over gedrag, autisme, de-escalatie en ons OPP. In 2025-2026 volgt het hele team de "
          "training traumasensitief lesgeven, in 2026-2027 de vervolgtraining."),
    ("p", "Het team werkt in drie leerteams (lezen, rekenen en gedrag), elk met een eigen onderzoeksvraag bij "
          "de doelen van dit plan. De leerteams komen zes keer per jaar bij elkaar. Onze orthopedagogen doen "
          "mee aan het Flevolandse netwerk van gedragswetenschappers in het speciaal onderwijs."),
    ("h2", "Onbevoegde collega's"),
    ("p", "Drie collega's staan voor de klas zonder volledige bevoegdheid. Zij krijgen een begeleider uit het "
          "team, een uur per week vrij geroosterd voor hun studie en vrije dagen voor tentamens. In 2028 zijn "
          "alle drie bevoegd. Twee onderwijsassistenten die leraar willen worden, ondersteunen we bij de pabo "
          "naast hun werk. Elk jaar lopen vier pabostudenten van Windesheim stage bij ons."),
    ("h2", "Werkdruk en welbevinden"),
    ("p", "We zetten de werkdrukmiddelen volledig in voor extra onderwijsassistentie (3,2 fte), zodat geen "
          "leerkracht er in een crisis alleen voor staat. Na elk ernstig incident volgt dezelfde dag een "
          "nagesprek met de betrokken collega. In het jaargesprek bespreken we ook de levensfase waarin iemand "
          "zit: collega's met jonge kinderen kunnen in overleg hun dagen anders verdelen, en oudere collega's "
          "kunnen gebruikmaken van de cao-regeling voor oudere werknemers."),
    ("h2", "Talenten inzetten"),
    ("p", "In 2025 hebben we een overzicht gemaakt van de expertise in het team. Onze twee Rots en "
          "Water-trainers geven sinds 2024 ook trainingen voor leerkrachten van andere ASG-scholen via de ASG "
          "Academie. Collega's met een bijzonder talent nemen ieder schooljaar de leiding over een atelier of "
          "een leerteam."),
    ("h2", "Gesprekscyclus"),
    ("p", "Iedere medewerker voert elk jaar een startgesprek (september), krijgt een lesbezoek of "
          "werkplekbezoek met nabespreking en voert een jaargesprek (mei of juni). Om de drie jaar is het "
          "jaargesprek een beoordelingsgesprek. De afspraken staan in het digitale personeelsdossier in "
          "Youforce. In 2024-2025 was dat voor 88% van de medewerkers volledig; ons doel is 100%."),

    ("h1", "De meerwaarde van ASG"),
    ("p", "Als school met een eigen opdracht hebben we veel aan een grote organisatie met veel verschillende "
          "scholen. Daar willen we ook zelf iets aan bijdragen."),
    ("h2", "Laten zien wat we leren"),
    ("p", "Op de ASG-brede studiedag in het voorjaar van 2026 verzorgen twee collega's een workshop over onze "
          "ervaringen met SWPBS en de overbruggingsgroep. In 2027-2028 presenteren we de uitkomsten van de "
          "ateliers op de onderwijsconferentie van ASG."),
    ("h2", "Een passende vervolgplek binnen ASG"),
    ("p", "De verschillende ASG-scholen, met hun eigen concept en profiel, maken het mogelijk dat onze "
          "leerlingen na De Windroos een plek vinden die bij hen past. Met twee ASG-scholen voor voortgezet "
          "onderwijs in Almere Buiten hebben we afgesproken dat onze oudste leerlingen in hun laatste jaar vier "
          "keer een dagdeel meedraaien. Voor terugplaatsing naar een reguliere ASG-basisschool gebruiken we de "
          "overstap van acht weken uit hoofdstuk 7."),

    ("h1", "Partnerschap"),
    ("h2", "Ouders"),
    ("p", "Ouders zijn onze belangrijkste partner. Na de intake volgt binnen zes weken een startgesprek over "
          "het OPP, en ouders tekenen voor akkoord met het handelingsdeel. Twee keer per jaar is er een "
          "OPP-gesprek met ouders, leerkracht en vanaf 8 jaar ook het kind zelf; omdat veel ouders ver weg "
          "wonen, kan dat ook online. Elke maand organiseert onze ouder- en kindcoach een ouderochtend over een "
          "thema dat ouders zelf kiezen, zoals slapen, schermgebruik of de overstap naar het voortgezet "
          "onderwijs. In 2024-2025 namen de ouders van 83% van de leerlingen deel aan beide OPP-gesprekken; in "
          "2027 willen we 95% bereiken."),
    ("h2", "Medezeggenschap"),
    ("p", "De MR bestaat uit drie ouders en drie medewerkers en vergadert zes keer per jaar. We betrekken de MR "
          "vroeg: plannen bespreken we als ze nog een idee zijn, niet pas als ze af zijn. Zo dacht de MR in "
          "2024 mee over de landingsplek en het protocol voor fysiek ingrijpen. In 2025-2026 heeft een MR-lid "
          "zitting in de werkgroep ateliers."),
    ("h2", "Samenwerking met partners"),
    ("p", "We werken samen met De Kinderkliniek (jeugdhulp in de school), het Samenwerkingsverband Passend "
          "Onderwijs Almere (toelating en overbrugging), de jeugdgezondheidszorg (de schoolarts zit in de "
          "commissie van begeleiding), Stichting Leergeld Almere, de Bibliotheek Almere (elke week uitlenen in "
          "de school) en het leerlingenvervoer van de gemeente. Met De Kinderkliniek maken we per leerling één "
          "plan voor school en hulpverlening samen. In 2027 heeft elke leerling die jeugdhulp krijgt zo'n "
          "gezamenlijk plan."),
    ("h2", "In de wijk"),
    ("p", "Achttien van onze leerlingen gaan na schooltijd naar de opvang in het gebouw naast de school; de "
          "leerkracht en de pedagogisch medewerker hebben elke dag een vaste overdracht. Met de sportcoach van "
          "de gemeente organiseren we elke woensdagmiddag sport op ons schoolplein voor onze leerlingen en "
          "kinderen uit de buurt. Met de gezinscoaches van de gemeente in Almere Buiten overleggen we elke zes "
          "weken over gezinnen die extra steun nodig hebben."),
    ("h2", "Samen aan problemen die groter zijn dan de school"),
    ("p", "De wachtlijst voor het SO en het tekort aan leraren zijn te groot voor één school. Met het "
          "samenwerkingsverband, de gemeente Almere en de andere SO-scholen in de stad werken we aan een "
          "gezamenlijke aanpak van de wachtlijst; onze overbruggingsgroep is daar een onderdeel van. Om het "
          "tekort aan leraren te verkleinen, leiden we samen met andere Almeerse schoolbesturen en Windesheim "
          "pabostudenten en zij-instromers op."),
]

PLANNING_INTRO = (
    "In deze meerjarenplanning staan al onze doelen voor 2025-2029 bij elkaar. Per schooljaar geven we aan "
    "wat we doen; een kruisje betekent dat we de lopende aanpak voortzetten en borgen. Elk jaar werken we "
    "de planning uit in het jaarplan en evalueren we haar in het jaarverslag."
)

PLANNING_KOP = ["Doel", "2025-2026", "2026-2027", "2027-2028", "2028-2029", "Eigenaar"]
PLANNING = [
    ["Alle OPP's hebben een onderbouwd uitstroomperspectief en worden twee keer per jaar met ouders "
     "geëvalueerd (100% op tijd)",
     "nieuw format OPP", "leerling presenteert eigen doelen", "x", "x", "Orthopedagoog"],
    ["Minimaal 90% van de leerlingen stroomt uit op of boven het OPP-perspectief (2023-2024: 86%)",
     "x", "x", "x", "meting 90%", "Directeur"],
    ["80% van de leerlingen haalt de rekendoelen uit het OPP (2023-2024: 68%)",
     "analyse per domein, keuze aanpak", "invoeren rekenaanpak", "x", "meting 80%", "Rekencoördinator"],
    ["Leerlijn digitale geletterdheid in alle groepen",
     "leerlijn kiezen", "invoeren", "x", "evalueren", "Leerteam lezen"],
    ["Leerlijn burgerschap met doelen per bouw",
     "activiteiten inventariseren", "leerlijn vaststellen", "x", "x", "Adjunct-directeur"],
    ["Aanbod aanpassen aan de vernieuwde kerndoelen", "", "", "aanpassen", "x", "Adjunct-directeur"],
    ["90% van de leerlingen voelt zich veilig (2024: 84%); 25% minder fysiek ingrijpen (2023-2024: 212)",
     "x", "meting 90%", "x", "meting -25%", "Gedragsteam"],
    ["SOP herzien en gepubliceerd", "herzien met SWV", "", "x", "herzien", "Intern begeleider"],
    ["Overbruggingsgroep met zes plaatsen voor kinderen van de wachtlijst",
     "start jan. 2026", "evalueren", "x", "x", "Directeur"],
    ["Zicht op ontwikkeling bij het volgende inspectieonderzoek als goed beoordeeld",
     "x", "x", "zelfevaluatie", "x", "Directeur"],
    ["Drie klassenbezoeken per leerkracht per jaar en twee WMK-evaluaties per jaar",
     "x", "x", "x", "x", "Directeur"],
    ["Ateliers in de bovenbouw",
     "proef 3 groepen", "besluit uitbreiding", "x", "x", "Werkgroep ateliers"],
    ["Hele team getraind in traumasensitief lesgeven",
     "basistraining", "vervolgtraining", "x", "x", "Adjunct-directeur"],
    ["Alle drie onbevoegde leerkrachten bevoegd", "x", "x", "alle drie bevoegd", "", "Directeur"],
    ["Gesprekscyclus voor 100% vastgelegd in Youforce (2024-2025: 88%)",
     "x", "100%", "x", "x", "Directeur"],
    ["95% van de ouders neemt deel aan beide OPP-gesprekken (2024-2025: 83%)",
     "online gesprek standaard", "meting 95%", "x", "x", "Ouder- en kindcoach"],
    ["Elke leerling met jeugdhulp heeft één gezamenlijk plan van school en hulpverlening",
     "werkwijze afspreken", "100%", "x", "x", "Orthopedagoog"],
    ["Workshop en presentatie op ASG-studiedag en onderwijsconferentie",
     "workshop SWPBS", "", "presentatie ateliers", "", "Directeur"],
]

VASTSTELLING = [
    "Dit schoolplan is opgesteld door de directie van OBS De Windroos in samenwerking met het team.",
    "Instemming medezeggenschapsraad: 17 juni 2025. Namens de MR: R. Amrani, voorzitter.",
    "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep: 1 juli 2025.",
    "Directeur OBS De Windroos: M. Verbeek.",
]

COLOFON = (
    "OBS De Windroos, school voor speciaal onderwijs | Almere Buiten | onderdeel van de Almeerse Scholen "
    "Groep | Tekst: directie en team De Windroos | Juni 2025"
)


# ---------------------------------------------------------------------------------------------
def _paginanummer(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schoolplan 2025-2029 OBS De Windroos  |  pagina ")
    page_field(p)


def build(path):
    doc = Document()
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    kp = doc.core_properties
    kp.title = f"{TITEL} {SCHOOL}"
    kp.subject = "Schoolplan"
    kp.author = AUTEUR
    kp.last_modified_by = AUTEUR
    kp.language = "nl-NL"
    kp.keywords = "schoolplan; speciaal onderwijs; ASG"
    kp.created = VASTE_DATUM
    kp.modified = VASTE_DATUM
    kp.last_printed = VASTE_DATUM
    kp.revision = 7
    kp.comments = ""

    # Omslag
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph(style="Title")
    p.add_run(SCHOOL)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(ONDERTITEL)
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(TITEL)
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Elk kind weer op koers")
    r.italic = True
    for regel in OMSLAG:
        p = doc.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Inhoud
    p = doc.add_paragraph()
    r = p.add_run("Inhoud")
    r.bold = True
    r.font.size = Pt(14)
    for regel in INHOUD:
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for soort, inhoud in BLOKKEN:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "bullets":
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        else:
            raise ValueError(soort)

    doc.add_heading("Meerjarenplanning 2025-2029", level=1)
    doc.add_paragraph(PLANNING_INTRO)
    tabel(doc, PLANNING_KOP, PLANNING, breedtes=[5.5, 2.4, 2.4, 2.4, 2.4, 2.5])

    doc.add_heading("Vaststelling en ondertekening", level=1)
    for regel in VASTSTELLING:
        doc.add_paragraph(regel)
    tabel(doc, ["", "Naam", "Datum", "Handtekening"], [
        ["Voorzitter MR", "R. Amrani", "17 juni 2025", ""],
        ["Directeur", "M. Verbeek", "17 juni 2025", ""],
        ["College van Bestuur ASG", "", "1 juli 2025", ""],
    ])
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run(COLOFON)
    r.italic = True
    r.font.size = Pt(9)

    _paginanummer(doc)
    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 6, 20, 10, 0, 0))
