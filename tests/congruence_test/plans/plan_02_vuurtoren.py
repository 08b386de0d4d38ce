"""Plan 02: SO De Vuurtoren (SO, algemeen bijzonder), schoolplan.

Ontwerp: geen enkele Heading-stijl; alle kopjes zijn vetgedrukte Normal-alinea's. Eigen
thema's (niet de kernwaarden en vensters), doelen als lopende tekst en opsommingen
("In schooljaar 2025-2026 ..."), planperiode alleen in de lopende tekst, de MR alleen als
klankbord (geen instemming). Alleen python-docx en de standaardbibliotheek.
"""

import datetime
import pathlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

SCHOOL = "SO De Vuurtoren"

VOORBLAD = [
    ("groot", "SO De Vuurtoren"),
    ("middel", "School voor speciaal onderwijs"),
    ("leeg", ""),
    ("groot", "Schoolplan"),
    ("leeg", ""),
    ("p", "Stichting Het Baken, onderwijs op maat in Flevoland"),
    ("p", "Bakenweg 40, 1336 BX Almere Buiten"),
]

INHOUD = [
    "1. Inleiding",
    "2. Wie zijn wij?",
    "3. Ons onderwijs",
    "4. Een veilige plek om te leren",
    "5. Ondersteuning en zorg",
    "6. Ons team",
    "7. Ouders en partners",
    "8. Kwaliteit en verantwoording",
    "9. Tot slot",
]

BLOKKEN = [
    # ------------------------------------------------------------------ 1
    ("kop", "1. Inleiding"),
    ("p", "Dit schoolplan beschrijft de koers van SO De Vuurtoren voor de schooljaren 2024-2025 tot en "
          "met 2027-2028. Het is geschreven door de directie, samen met het team en de commissie van "
          "begeleiding, en het sluit aan bij het meerjarenbeleid van onze stichting. We beschrijven wie "
          "onze leerlingen zijn, hoe we ons onderwijs en onze ondersteuning inrichten en wat we de komende "
          "vier jaar willen verbeteren."),
    ("p", "Bij het schrijven hebben we gebruikgemaakt van de zelfevaluatie van het voorjaar van 2024, de "
          "gesprekken met ouders op de ouderavond van maart 2024 en de gesprekjes die de leerkrachten met "
          "leerlingen hebben gevoerd over wat zij belangrijk vinden op school. Het team heeft op twee "
          "studiedagen de speerpunten gekozen."),
    ("p", "De medezeggenschapsraad heeft als klankbord meegedacht. De MR besprak de analyse in februari, "
          "de keuze van de speerpunten in april en de conceptversie in mei 2024. De opmerkingen van de MR, "
          "onder andere over de informatie aan ouders, hebben we verwerkt. Ook buiten het schoolplan "
          "bespreekt de directeur voorgenomen beleid met de MR voordat er een besluit valt, zodat de MR "
          "kan meedenken in plaats van achteraf te reageren."),
    ("p", "Elk jaar werken we de doelen uit dit plan uit in een jaarplan. In het jaarverslag laten we zien "
          "wat we hebben bereikt."),

    # ------------------------------------------------------------------ 2
    ("kop", "2. Wie zijn wij?"),
    ("p", "De Vuurtoren is een school voor speciaal onderwijs in Almere Buiten voor kinderen van 4 tot 13 "
          "jaar. Al onze leerlingen hebben een toelaatbaarheidsverklaring van het samenwerkingsverband. De "
          "meeste hebben ernstige gedrags- of psychiatrische problematiek, zoals autisme, ADHD, "
          "hechtingsproblematiek of een angststoornis, vaak in combinatie met leerproblemen. Een kleinere "
          "groep heeft daarnaast een licht verstandelijke beperking."),
    ("p", "Op 1 oktober 2023 telde de school 118 leerlingen in elf groepen van gemiddeld elf leerlingen. "
          "Ruim 40 procent van de leerlingen komt met het leerlingenvervoer naar school, een deel van buiten "
          "Almere. Het team bestaat uit 46 medewerkers: leerkrachten, onderwijsassistenten, twee "
          "gedragsdeskundigen, een intern begeleider, een logopedist, een vakleerkracht bewegingsonderwijs, "
          "de directie en ondersteunend personeel."),
    ("p", "Ons motto is 'Ieder kind telt, ieder kind kan leren'. Voor veel van onze leerlingen is de "
          "schoolloopbaan tot nu toe niet vanzelf gegaan. Sommigen hebben maanden thuisgezeten voordat ze "
          "bij ons kwamen. Structuur en voorspelbaarheid staan daarom centraal in alles wat we doen. "
          "Het gebouw is in 2020 verbouwd; elke groep heeft nu een eigen prikkelarme ruimte naast het "
          "lokaal, en het schoolplein is opgedeeld in een rustige en een drukke zone."),

    ("sub", "Waar staan we nu?"),
    ("p", "Uit de zelfevaluatie en de gesprekken met ouders en team komt een duidelijk beeld naar voren. "
          "Sterk is het pedagogisch klimaat: leerlingen die elders vastliepen, komen bij ons meestal binnen "
          "enkele maanden tot rust. Ook de samenwerking met de zorgpartners in het gebouw wordt door ouders "
          "gewaardeerd. Minder sterk zijn de analyse van de leerresultaten, die nog te veel per leerkracht "
          "verschilt, en het vastleggen van afspraken, waardoor goede werkwijzen verdwijnen als een collega "
          "vertrekt. Het verzuim is hoog en vacatures zijn moeilijk te vervullen. Een kans is de groeiende "
          "vraag naar plaatsen voor jonge kinderen; een zorg is dat de tijden van het leerlingenvervoer "
          "steeds vaker bepalen wanneer een leerling de school binnenkomt."),

    # ------------------------------------------------------------------ 3
    ("kop", "3. Ons onderwijs"),
    ("sub", "Drie leerroutes"),
    ("p", "Elke leerling volgt bij ons een van drie leerroutes. De leerroute past bij het "
          "uitstroomperspectief in het ontwikkelingsperspectiefplan (OPP):"),
    ("bullets", [
        "leerroute 1: uitstroom naar vmbo-t, havo of een diplomagerichte VSO-afdeling;",
        "leerroute 2: uitstroom naar vmbo basis of kader, eventueel via het VSO;",
        "leerroute 3: uitstroom naar praktijkonderwijs of VSO arbeid.",
    ]),
    ("p", "Voor alle leerroutes volgen we de kerndoelen van het speciaal onderwijs. Voor taal en rekenen "
          "werken we met dezelfde methodes als veel reguliere basisscholen, zodat een overstap mogelijk "
          "blijft: Lijn 3 en Estafette voor lezen, Taal Actief voor taal en spelling en Wereld in Getallen "
          "voor rekenen. Het tempo en de hoeveelheid stof stemmen we af op de leerroute. In leerroute 1 "
          "werken we toe naar het fundamentele niveau 1F aan het eind van de basisschoolperiode en waar "
          "het kan naar 2F/1S. In leerroute 3 gebruiken we de leerlijnen van Passende perspectieven van SLO."),
    ("p", "Lessen zijn kort en duidelijk opgebouwd. We werken met het directe-instructiemodel, in kleine "
          "stappen en met veel herhaling. Elke les begint met het dagprogramma op het bord en het lesdoel "
          "in beeld. Leerlingen werken zelfstandig aan een eigen werkplek in blokjes van maximaal 15 "
          "minuten, met daarna een beweegmoment. Naast de basisvakken besteden we veel tijd aan sociale "
          "vaardigheden, met Rots en Water en met Leefstijl."),
    ("sub", "Onderwijstijd en de jongste leerlingen"),
    ("p", "Onze leerlingen gaan elk jaar 940 uur naar school. Omdat een groot deel met het "
          "leerlingenvervoer komt, beginnen de lessen om 8.45 uur; de eerste tien minuten zijn een rustige "
          "inloop met een vaste ochtendtaak. Bewegingsonderwijs krijgen alle groepen drie keer per week, "
          "waarvan één keer in de vorm van zwemles of een buitenles. In de groep voor de jongste leerlingen "
          "staat spelend leren centraal. Daar werken we met de leerlijnen jonge kind en met korte "
          "kringmomenten, afgewisseld met spel in hoeken waarin taal- en rekenactiviteiten zijn verwerkt."),
    ("sub", "Hoge verwachtingen"),
    ("p", "Onze leerlingen worden vaak onderschat, soms ook door zichzelf. We stellen het "
          "uitstroomperspectief in het OPP daarom ambitieus vast, op basis van de capaciteiten van de "
          "leerling en niet op basis van zijn gedrag in het verleden. Het perspectief gaat alleen omlaag na "
          "bespreking in de commissie van begeleiding en met ouders. Ontwikkelt een leerling zich beter dan "
          "verwacht, dan stellen we het perspectief direct naar boven bij en passen we de leerroute aan."),
    ("sub", "Leren in de praktijk"),
    ("p", "Veel van onze leerlingen leren het best als ze iets kunnen doen en als ze zien waarvoor ze iets "
          "leren. Daarom koppelen we rekenen en taal waar het kan aan situaties uit hun eigen leven: "
          "boodschappen doen voor de kookles, de route naar de kinderboerderij uitrekenen of een brief "
          "schrijven aan de wethouder over het speeltuintje in de wijk. In de bovenbouwgroepen kiezen "
          "leerlingen twee keer per jaar een eigen project over een onderwerp dat hen bezighoudt, zoals "
          "voetbal, dieren of YouTube. De leerkracht verbindt daar lees- en schrijfopdrachten aan."),
    ("sub", "Nieuwe inzichten"),
    ("p", "De kennis over gedrag, trauma en leren ontwikkelt zich snel. Een werkgroep van vier medewerkers "
          "volgt daarom de ontwikkelingen rond traumasensitief onderwijs. De werkgroep leest recente "
          "publicaties, bezoekt congressen en vertaalt wat zij leert naar concrete voorstellen voor het "
          "team. Zo zijn we in 2023 na een studiedag over prikkelverwerking begonnen met een rustplek in "
          "elke gang. In 2025-2026 onderzoekt de werkgroep of we ook iets kunnen met de nieuwste inzichten "
          "over beweging en concentratie."),
    ("sub", "Wat willen we bereiken?"),
    ("p", "In de komende vier jaar werken we aan de volgende doelen voor ons onderwijs:"),
    ("bullets", [
        "In schooljaar 2024-2025 heeft elke leerling een OPP met een uitstroomperspectief dat past bij "
        "een van de drie leerroutes, en kennen ouders de leerroute van hun kind.",
        "In schooljaar 2025-2026 haalt minimaal 80 procent van de leerlingen de tussendoelen uit het OPP "
        "voor lezen en rekenen (2023-2024: 68 procent).",
        "In schooljaar 2026-2027 werken alle bovenbouwgroepen twee keer per jaar met een eigen project.",
    ]),

    # ------------------------------------------------------------------ 4
    ("kop", "4. Een veilige plek om te leren"),
    ("p", "Onze leerlingen hebben vaak ervaren dat school een plek is waar het misgaat. Veiligheid en "
          "voorspelbaarheid zijn daarom de basis. Elke groep heeft een vast dagritme dat met pictogrammen "
          "op het bord staat; veranderingen kondigen we vooraf aan. Elke leerling heeft een "
          "signaleringsplan, opgesteld met ouders en leerling, waarin staat aan welke signalen je ziet dat "
          "het niet goed gaat en wat de leerkracht dan doet."),
    ("sub", "Zo gaan we met elkaar om"),
    ("p", "We verwachten van medewerkers dat ze ook in moeilijke situaties rustig en respectvol blijven. "
          "We verheffen onze stem niet, we spreken een leerling aan op zijn gedrag en niet op zijn persoon, "
          "en na elk incident volgt een herstelgesprek voordat de leerling terugkeert in de groep. Dezelfde "
          "afspraken gelden tussen collega's en in het contact met ouders. Fysiek ingrijpen gebeurt alleen "
          "bij direct gevaar, volgens het protocol fysiek ingrijpen. Het wordt altijd geregistreerd en met "
          "ouders besproken."),
    ("sub", "Sociale veiligheid"),
    ("p", "We meten de sociale veiligheid elk jaar in november met een vragenlijst voor leerlingen, die we "
          "in de jongere groepen voorlezen. In 2023 gaf 87 procent van de leerlingen aan zich veilig te "
          "voelen op school. Incidenten registreren we in het leerlingvolgsysteem; de gedragsdeskundigen "
          "analyseren ze elk kwartaal en bespreken de uitkomsten met het team. Het veiligheidsplan, met het "
          "pestprotocol, de meldcode huiselijk geweld en kindermishandeling en het protocol "
          "medicijnverstrekking, wordt elk jaar bijgewerkt."),
    ("sub", "Pauzes"),
    ("p", "Pauzes zijn voor veel van onze leerlingen het moeilijkste moment van de dag. Op elk deel van "
          "het plein staat daarom een vaste medewerker, en de pauzes van de groepen zijn gespreid, zodat "
          "er nooit meer dan vier groepen tegelijk buiten zijn. Leerlingen die behoefte hebben aan rust, "
          "kunnen onder toezicht binnen blijven in de bibliotheek. Tussen de middag eten de kinderen met "
          "hun eigen leerkracht in de klas."),
    ("sub", "Burgerschap"),
    ("p", "Burgerschap betekent voor onze leerlingen in de eerste plaats: leren meedoen. We oefenen met "
          "afspraken maken in de groep, met van mening verschillen zonder dat het uit de hand loopt en met "
          "het dragen van verantwoordelijkheid voor een taak in de klas. Elke groep houdt op vrijdag een "
          "klassenvergadering. Vanaf groep 6 doen leerlingen mee aan de leerlingenraad, die heeft "
          "meebeslist over de inrichting van het schoolplein. Bij wereldoriëntatie behandelen we de "
          "basiswaarden van de democratie: hoe werkt stemmen, wat is een regel, wie maakt die regel en "
          "waarom is iedereen gelijk voor de wet. Eén keer per jaar gaat de bovenbouw naar het stadhuis."),
    ("p", "Wat we willen bereiken:"),
    ("bullets", [
        "In schooljaar 2024-2025 zijn alle signaleringsplannen bijgewerkt en met ouders besproken.",
        "In schooljaar 2025-2026 voelt minimaal 90 procent van de leerlingen zich veilig op school.",
        "In schooljaar 2026-2027 is het aantal keer dat fysiek ingrijpen nodig is met een derde gedaald "
        "ten opzichte van 2023-2024 (toen 64 registraties).",
        "In schooljaar 2025-2026 is er een doorgaande lijn burgerschap voor alle groepen, met doelen per "
        "leerroute.",
    ]),

    # ------------------------------------------------------------------ 5
    ("kop", "5. Ondersteuning en zorg"),
    ("sub", "Weten wat een leerling nodig heeft"),
    ("p", "Voor iedere leerling stellen we binnen zes weken na plaatsing een OPP op. Daarin staan het "
          "uitstroomperspectief, de onderwijsbehoeften, de belemmerende en bevorderende factoren en de "
          "doelen voor de komende periode. Het OPP wordt twee keer per jaar met ouders geëvalueerd, en "
          "vanaf groep 6 ook met de leerling zelf. Na de toetsperiodes in januari en juni analyseren de "
          "leerkracht en de intern begeleider de resultaten per groep en per leerling. De commissie van "
          "begeleiding bespreekt elke leerling minimaal één keer per jaar, en vaker als de ontwikkeling "
          "stokt. In de commissie zitten de directeur, de intern begeleider, een gedragsdeskundige, een "
          "orthopedagoog-generalist en de jeugdarts. De commissie beslist ook over het bijstellen van het "
          "perspectief en over een advies voor terugplaatsing of uitstroom."),
    ("p", "Ook bij medewerkers willen we weten wat zij nodig hebben. Het werk met onze leerlingen is "
          "intensief. Nieuwe medewerkers krijgen in hun eerste jaar elke twee weken een begeleidingsgesprek "
          "met een gedragsdeskundige, waarin zij zelf aangeven waar ze tegenaan lopen."),
    ("sub", "Ons schoolondersteuningsprofiel"),
    ("p", "Ons schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning De Vuurtoren kan bieden. "
          "Omdat alle leerlingen een toelaatbaarheidsverklaring hebben, is de ondersteuning bij ons altijd "
          "extra ondersteuning. In het SOP staat onder meer:"),
    ("bullets", [
        "dat we werken in groepen van maximaal twaalf leerlingen, met een leerkracht en een vaste "
        "onderwijsassistent;",
        "welke behandeling en therapie op school mogelijk is: logopedie, speltherapie via onze "
        "zorgpartner en weerbaarheidstraining;",
        "voor welke leerlingen we niet de juiste plek zijn: leerlingen die intensieve medische zorg nodig "
        "hebben, leerlingen met een IQ onder 55 en leerlingen die in een groep van twaalf niet veilig "
        "kunnen zijn voor zichzelf of anderen.",
    ]),
    ("p", "Het SOP wordt elke twee jaar herzien. In schooljaar 2025-2026 herschrijven we het samen met het "
          "samenwerkingsverband, omdat we de groep voor jonge leerlingen van 4 tot 6 jaar willen uitbreiden."),
    ("sub", "Een plek voor elke leerling"),
    ("p", "De Vuurtoren is een van de scholen waarmee het samenwerkingsverband Passend Onderwijs Almere "
          "zorgt voor een dekkend aanbod in de stad. We nemen deel aan het plaatsingsoverleg van het "
          "samenwerkingsverband: als er bij ons geen plaats is, zoeken we samen met de andere scholen voor "
          "speciaal (basis)onderwijs naar een oplossing. Voor leerlingen die tijdelijk niet naar school "
          "kunnen, hebben we een tussenvoorziening: een kleine groep met een rustig programma van halve "
          "dagen, om weer aan school te wennen."),
    ("sub", "Terug naar regulier of door naar het VSO"),
    ("p", "We willen dat iedere leerling een schoolloopbaan krijgt die bij hem past. Ongeveer een op de "
          "tien leerlingen gaat tussentijds naar het speciaal basisonderwijs of het reguliere "
          "basisonderwijs. Voor hen maken we een terugplaatsingsplan: de leerling gaat eerst enkele dagdelen "
          "naar de nieuwe school, samen met een onderwijsassistent van De Vuurtoren, en de eigen leerkracht "
          "blijft het eerste halfjaar bereikbaar voor de nieuwe school. Aan het eind van de SO-periode gaan "
          "de meeste leerlingen naar het VSO, een kleiner deel naar het reguliere voortgezet onderwijs of "
          "het praktijkonderwijs. Met de VSO-scholen in Almere hebben we afspraken over een warme "
          "overdracht en een meeloopdag in het voorjaar."),
    ("p", "Wat we willen bereiken:"),
    ("bullets", [
        "In schooljaar 2024-2025 is voor alle leerlingen die de school verlaten een warme overdracht "
        "uitgevoerd.",
        "In schooljaar 2025-2026 stroomt minimaal 10 procent van de leerlingen tussentijds uit naar het "
        "sbo of het reguliere basisonderwijs.",
        "In schooljaar 2026-2027 is de uitstroombestemming bij minimaal 85 procent van de leerlingen "
        "gelijk aan of hoger dan het perspectief in het OPP.",
    ]),

    # ------------------------------------------------------------------ 6
    ("kop", "6. Ons team"),
    ("p", "Werken op een SO-school vraagt veel van medewerkers: geduld, kennis van gedrag en ontwikkeling "
          "en het vermogen om rustig te blijven onder druk. Ons personeelsbeleid is erop gericht goede "
          "mensen te vinden, op te leiden en te behouden."),
    ("sub", "Bekwaam blijven"),
    ("p", "Iedere nieuwe medewerker volgt in het eerste jaar de basistraining 'Omgaan met gedrag' van de "
          "stichting en de training fysieke veiligheid en de-escalatie. Leerkrachten die langer dan twee "
          "jaar bij ons werken, kunnen met steun van de stichting de master Educational Needs volgen. Elk jaar houden we vier studiedagen, waarvan twee in het "
          "teken staan van de speerpunten uit dit plan. De bekwaamheid van leerkrachten beoordelen we aan "
          "de hand van de bekwaamheidseisen en onze eigen kijkwijzer 'Les in De Vuurtoren'. Die kijkwijzer "
          "beschrijft het pedagogisch-didactisch handelen dat onze leerlingen nodig hebben: voorspelbaar, "
          "duidelijk, met korte instructies en veel positieve feedback."),
    ("sub", "De gesprekscyclus"),
    ("p", "Elke medewerker heeft jaarlijks een ontwikkelgesprek en een functioneringsgesprek; eens in de "
          "drie jaar volgt een beoordelingsgesprek. Het gesprek wordt voorbereid met een klassenbezoek of, "
          "voor ondersteunend personeel, een observatie. De afspraken komen in het personeelsdossier. De "
          "afgelopen jaren is de cyclus door wisselingen in de directie niet altijd volledig doorlopen; "
          "dat willen we herstellen."),
    ("sub", "Gezond aan het werk"),
    ("p", "Het verzuim op onze school lag in 2023 op 7,2 procent, duidelijk hoger dan we willen. Een deel "
          "daarvan hangt samen met de zwaarte van het werk. We nemen daarom de volgende maatregelen:"),
    ("bullets", [
        "na elk ernstig incident is er dezelfde dag een nagesprek met een gedragsdeskundige, en waar nodig "
        "opvang door het bedrijfsmaatschappelijk werk;",
        "samen met de arbodienst bieden we een preventief spreekuur aan, ook voor medewerkers die (nog) "
        "niet ziek zijn;",
        "bij het werkverdelingsplan houden we rekening met de levensfase van medewerkers: collega's met "
        "jonge kinderen kunnen kiezen voor vaste werkdagen, oudere collega's kunnen de uren voor duurzame "
        "inzetbaarheid gebruiken om minder uren voor de groep te staan.",
    ]),
    ("p", "Wat we willen bereiken:"),
    ("bullets", [
        "In schooljaar 2024-2025 heeft elke medewerker minimaal één vastgelegd gesprek uit de "
        "gesprekscyclus gehad; vanaf 2025-2026 doorloopt iedereen de volledige cyclus.",
        "In schooljaar 2025-2026 is het verzuim gedaald tot onder 6 procent, en in schooljaar 2027-2028 "
        "tot onder 5 procent.",
        "In schooljaar 2026-2027 heeft elke leerkracht de basistraining en de training de-escalatie "
        "afgerond.",
    ]),

    # ------------------------------------------------------------------ 7
    ("kop", "7. Ouders en partners"),
    ("sub", "Ouders"),
    ("p", "Ouders van onze leerlingen hebben vaak al een lange weg achter de rug, met veel gesprekken en "
          "soms teleurstellingen. We willen een betrouwbare partner voor hen zijn. Dat betekent:"),
    ("bullets", [
        "Leerkracht en ouders laten elkaar dagelijks via Parro of het heen-en-weerschrift kort weten hoe "
        "de dag is gegaan.",
        "Bij een incident bellen we ouders dezelfde dag, en niet pas aan het eind van de week.",
        "Ouders krijgen het concept van het OPP een week voor het gesprek, zodat ze zich kunnen "
        "voorbereiden.",
        "Bij het OPP-gesprek bespreken we hoe ouders thuis aan dezelfde doelen kunnen werken, "
        "bijvoorbeeld bij het oefenen van sociale vaardigheden of het lezen.",
        "Vier keer per jaar is er een ouderochtend over een thema als slapen, schermgebruik of omgaan "
        "met boosheid, begeleid door een gedragsdeskundige.",
    ]),
    ("p", "In schooljaar 2024-2025 stellen we samen met de MR een communicatieprotocol op. In schooljaar "
          "2025-2026 geeft minimaal 85 procent van de ouders in de oudertevredenheidspeiling aan goed op de "
          "hoogte te zijn van hoe het met hun kind gaat (2023: 71 procent)."),
    ("sub", "Zorgpartners en de buurt"),
    ("p", "Onderwijs en zorg zijn op onze school nauw met elkaar verweven. We werken samen met een "
          "jeugdzorgaanbieder die op school behandeling biedt, zoals speltherapie en ouderbegeleiding, "
          "zodat kinderen daarvoor niet onder schooltijd weg hoeven. Verder werken we samen met de kinder- "
          "en jeugdpsychiatrie voor consultatie, met de wijkteams van de gemeente en met de "
          "leerplichtambtenaar. Dicht bij de school helpen de groepen wekelijks bij het verzorgen van de "
          "dieren op de kinderboerderij, verzorgt de voetbalvereniging in de wijk op woensdagmiddag een "
          "aangepaste training voor onze leerlingen en mogen onze bovenbouwleerlingen in de supermarkt op "
          "de hoek oefenen met boodschappen doen."),
    ("sub", "Samen tegen thuiszitten"),
    ("p", "Thuiszitten is in Almere een hardnekkig probleem. Samen met de gemeente, het "
          "samenwerkingsverband en de andere schoolbesturen voor speciaal onderwijs in de regio werken we "
          "aan het Almeerse thuiszitterspact. Onze bijdrage is dat we jaarlijks drie plekken in de "
          "tussenvoorziening vrijhouden voor leerlingen die langdurig thuiszitten. Onze directeur neemt "
          "deel aan het maandelijkse casusoverleg van de gemeente over thuiszitters en wordt door de "
          "gemeente geraadpleegd bij de aanpak van het beleid daarvoor."),
    ("p", "Wat we willen bereiken:"),
    ("bullets", [
        "In schooljaar 2024-2025 starten we met drie vaste plekken in de tussenvoorziening voor "
        "thuiszitters.",
        "In schooljaar 2025-2026 biedt de jeugdzorgpartner op school behandeling aan minimaal 30 "
        "leerlingen (nu 18).",
    ]),

    # ------------------------------------------------------------------ 8
    ("kop", "8. Kwaliteit en verantwoording"),
    ("p", "We werken met een kwaliteitskalender waarin staat wanneer we welk onderdeel van onze kwaliteit "
          "onderzoeken. Elk jaar evalueren we twee of drie standaarden uit het onderzoekskader van de "
          "inspectie met een zelfevaluatie. De resultaten van de leerlingen analyseren we twee keer per "
          "jaar op school-, groeps- en leerlingniveau: halen leerlingen de doelen uit hun OPP, en komt de "
          "uitstroom overeen met het verwachte perspectief? De uitkomsten bespreken we met het team, met de "
          "MR en met het bestuur van de stichting in de halfjaarlijkse managementrapportage. Elk jaar maken "
          "we een jaarplan met de doelen uit dit schoolplan, en in het jaarverslag laten we zien wat er is "
          "bereikt. Eens in de drie jaar voert een auditteam van de stichting een interne audit uit. Eens in "
          "de twee jaar peilen we de tevredenheid van leerlingen, ouders en medewerkers; voor leerlingen "
          "gebruiken we een korte lijst met pictogrammen."),
    ("p", "Bij het laatste bezoek van de inspectie, in het najaar van 2022, is de kwaliteit van ons "
          "onderwijs als voldoende beoordeeld. De inspectie was positief over het pedagogisch klimaat en "
          "de samenwerking met zorgpartners. Verbeterpunten waren de analyse van de opbrengsten en het "
          "borgen van afspraken."),
    ("p", "Bij de interne audit van het voorjaar van 2023 bezocht het auditteam 22 lessen. In 16 daarvan "
          "was de instructie van voldoende kwaliteit; in de overige lessen was het lesdoel niet duidelijk "
          "of sloot de verwerking niet aan bij de instructie. De verbeterpunten van de inspectie en de "
          "audit hebben we vertaald in de volgende doelen:"),
    ("bullets", [
        "In schooljaar 2024-2025 werken alle leerkrachten met een vast format voor de groepsanalyse.",
        "In schooljaar 2025-2026 is bij een nieuwe audit de instructie in minimaal 85 procent van de "
        "bezochte lessen van voldoende kwaliteit.",
        "In schooljaar 2025-2026 hebben we voor de vijf belangrijkste didactische afspraken een "
        "borgingsdocument, dat elk jaar in de teamvergadering wordt besproken.",
        "Bij het volgende inspectiebezoek zijn alle standaarden minimaal voldoende.",
    ]),

    # ------------------------------------------------------------------ 9
    ("kop", "9. Tot slot"),
    ("p", "Dit schoolplan is een werkdocument. We gebruiken het voor de jaarplannen, bespreken de voortgang "
          "in de teamvergaderingen en met de MR, en passen het aan als de omstandigheden daarom vragen. "
          "De MR heeft het plan als klankbord besproken; we danken de leden voor hun kritische vragen."),
    ("p", "Almere, juni 2024"),
    ("p", "Jeroen Smit, directeur SO De Vuurtoren"),
    ("p", "Namens het bestuur van Stichting Het Baken: Annelies de Wit, bestuurder"),
]


def _vet(doc, tekst, grootte):
    p = doc.add_paragraph()
    run = p.add_run(tekst)
    run.bold = True
    run.font.size = Pt(grootte)
    return p


def build(path: pathlib.Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    props = doc.core_properties
    props.title = "Schoolplan SO De Vuurtoren"
    props.author = "Jeroen Smit"
    props.created = datetime.datetime(2024, 6, 20, 9, 0, 0)
    props.modified = datetime.datetime(2024, 6, 20, 9, 0, 0)
    props.revision = 1

    section = doc.sections[0]
    section.footer.paragraphs[0].text = "SO De Vuurtoren | Schoolplan"

    for soort, tekst in VOORBLAD:
        if soort == "groot":
            p = _vet(doc, tekst, 26)
        elif soort == "middel":
            p = _vet(doc, tekst, 14)
        else:
            p = doc.add_paragraph(tekst)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _vet(doc, "Inhoud", 14)
    for regel in INHOUD:
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for blok in BLOKKEN:
        soort = blok[0]
        if soort == "kop":
            _vet(doc, blok[1], 13)
        elif soort == "sub":
            _vet(doc, blok[1], 10)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "bullets":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        else:
            raise ValueError(soort)

    doc.save(str(path))


if __name__ == "__main__":
    import sys

    build(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "plan_02_vuurtoren.docx"))
