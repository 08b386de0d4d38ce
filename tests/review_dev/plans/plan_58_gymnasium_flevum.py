"""Schoolplan 2020-2024 van Gymnasium Flevum, een zelfstandig gymnasium (algemeen-bijzonder) in het
Olympiakwartier in Almere Poort, sinds 2014 onderdeel van de Almeerse Scholen Groep (ASG).

Ontwerp: een rector die beschouwend schrijft, met eigen hoofdstuktitels (Heading 1 en 2) en aan het eind
van ieder hoofdstuk een genummerde lijst doelen (List Number, per hoofdstuk opnieuw vanaf 1). Het
sterkste hoofdstuk gaat over de ontwikkeling van docenten en onderzoek door docenten (onderzoeksgroepen,
lesson study, docent-onderzoekers, opleiden in de school, onbevoegde docenten). Burgerschap is
uitgebreid uitgewerkt: basiswaarden, een debatleerlijn, een gekozen leerlingenraad met eigen budget.
Een slothoofdstuk zegt van een reeks onderwerpen (ouders, communicatie, curriculum, vernieuwende
leerconcepten, welbevinden van personeel, samenwerking van secties) alleen dat ze later of in de komende
jaren worden uitgewerkt, vaak met de zin van het bestuur als wens. De MR heeft meegedacht en positief
geadviseerd, maar geen instemming verleend.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl, taal_nl_stijlen

SCHOOL = "Gymnasium Flevum"

INHOUD: list[tuple[str, object]] = [
    ("h1", "Een plan als gesprek"),
    ("p", "Een schoolplan schrijven is voor een gymnasium een merkwaardige oefening. Wij leren onze "
          "leerlingen dat een goede tekst begint met een vraag en niet met een antwoord, en dat wie iets "
          "beweert, moet kunnen zeggen waarom. Dit plan probeert aan die eigen maatstaf te voldoen. Het is "
          "geen opsomming van alles wat wij doen, maar een poging te verwoorden waar Gymnasium Flevum in de "
          "periode van 1 augustus 2020 tot en met 31 juli 2024 naartoe wil, en waarom."),
    ("p", "Het plan is in het schooljaar 2019-2020 ontstaan in gesprekken: met de secties op drie "
          "studiemiddagen, met een leerlingenpanel van zestien leerlingen uit alle leerjaren, met de "
          "ouderraad en met de medezeggenschapsraad. De schoolleiding heeft de opbrengst gebundeld en "
          "geschreven. Wie het plan leest, zal merken dat het niet overal even ver is uitgewerkt. Over de "
          "ontwikkeling van onze docenten en over burgerschap hebben wij veel te zeggen, over andere "
          "onderwerpen minder, en wij schrijven liever op wat wij werkelijk gaan doen dan wat goed staat."),

    ("h1", "Een gymnasium in een jonge stad"),
    ("p", "Almere is een stad van nog geen vijftig jaar oud, en het gymnasium is een schoolsoort met wortels "
          "in de Renaissance. Die combinatie lijkt vreemd, maar wij zien er juist onze bestaansgrond in. "
          "Toen ouders in 2007 het initiatief namen voor een zelfstandig gymnasium in Almere, moesten "
          "leerlingen die Latijn en Grieks wilden leren nog naar Amsterdam, Hilversum of Lelystad. Gymnasium "
          "Flevum opende in 2009 als algemeen-bijzondere school, zonder religieuze grondslag maar met een "
          "eigen opvatting over onderwijs: dat kennis van de oudheid helpt om de wereld van nu te begrijpen, "
          "en dat een school een gemeenschap van denkers is. Sinds 2014 maakt de school deel uit van de "
          "Almeerse Scholen Groep. Gymnasium Flevum is lid van de Stichting Het Zelfstandig Gymnasium."),
    ("p", "Op 1 oktober 2019 telde de school 694 leerlingen in zes leerjaren. Zij komen uit alle stadsdelen "
          "van Almere, uit Zeewolde en uit een deel van Lelystad. Onze leerlingen vormen geen homogene groep. "
          "Ongeveer een derde heeft ouders die zelf geen hoger onderwijs hebben gevolgd, een kwart heeft ten "
          "minste één ouder die buiten Nederland is geboren. Het beeld van het gymnasium als school voor "
          "kinderen van academici klopt in Almere maar ten dele, en dat willen wij zo houden. Sinds 2018 "
          "vragen wij geen bijdrage meer voor verplichte excursies, ook niet voor de Romereis in de vijfde "
          "klas; de kosten komen uit een fonds waaraan ouders vrijwillig bijdragen, naar draagkracht."),
    ("p", "Het personeel bestaat uit 64 medewerkers, van wie 49 docenten. Het team is jong: de gemiddelde "
          "leeftijd is 39 jaar en bijna de helft van de docenten werkt korter dan acht jaar op school. Dat "
          "geeft energie en een open houding tegenover nieuwe ideeën, maar ook een kwetsbaarheid: in de "
          "klassieke talen, wiskunde en natuurkunde is het moeilijk om bevoegde docenten te vinden."),
    ("h3", "Doelen"),
    ("num", ["Het excursiefonds dekt in ieder jaar van de planperiode alle kosten van de verplichte "
             "excursies, zodat geen leerling om financiële redenen thuisblijft.",
             "Het leerlingenaantal blijft tot 2024 tussen 680 en 720."]),

    ("h1", "Het klaslokaal als denkruimte"),
    ("p", "Wat een gymnasium onderscheidt, is niet alleen Latijn en Grieks. Het is een houding tegenover "
          "kennis: dat je teksten leest die moeilijker zijn dan je gewend bent, dat je vragen stelt die niet "
          "meteen een antwoord hebben, en dat je leert verdragen dat een vraag een tijd open blijft. Die "
          "houding proberen wij in alle vakken te kweken."),
    ("p", "Ons onderwijsprogramma volgt de kerndoelen van de onderbouw en de examenprogramma’s van het vwo. "
          "Alle leerlingen volgen in de eerste klas Latijn en vanaf de tweede klas ook Grieks; aan het einde "
          "van de derde klas kiezen zij ten minste één klassieke taal als eindexamenvak. In de tweede en "
          "derde klas hebben alle leerlingen een uur filosofie per week, en in de bovenbouw is filosofie een "
          "examenvak naast de vier profielen. Leerlingen die meer aankunnen, kunnen vanaf de vierde klas een "
          "extra vak volgen of deelnemen aan het pre-universitaire programma van de Universiteit van "
          "Amsterdam."),
    ("p", "De afgelopen jaren was ons slagingspercentage 94, 96 en 93 procent (2017, 2018, 2019). Het "
          "gemiddelde cijfer op het centraal examen lag steeds boven het landelijk gemiddelde van de "
          "gymnasia, met uitzondering van wiskunde B in 2019. De inspectie beoordeelde de school in 2018 op "
          "alle standaarden als voldoende en op de onderwijsresultaten als goed. Wij zijn tevreden, maar niet "
          "zonder voorbehoud. Ongeveer 9 procent van de leerlingen verliet de school de laatste drie jaar in "
          "de onderbouw voor het atheneum van een andere school. Niet iedere leerling is op een gymnasium op "
          "zijn plaats, maar een deel van de vertrekkers kon het niveau wel aan en liep vast op plannen, leren "
          "en de werkdruk van twee klassieke talen tegelijk."),
    ("p", "Wij verwachten veel van onze leerlingen. Dat betekent dat wij de lat hoog leggen en leerlingen "
          "helpen erover te komen. Vanaf 2020-2021 krijgt iedere brugklasser in de eerste tien weken van de "
          "mentor een leerlijn leren leren, gekoppeld aan het Latijn: woorden leren met gespreide herhaling, "
          "een zin ontleden, een toets voorbereiden. In de tweede en derde klas is er wekelijks een begeleid "
          "huiswerkuur, gegeven door leerlingen uit de vijfde en zesde klas onder toezicht van een docent. "
          "Wij halen een leerling niet van het gymnasium af omdat één vak tegenvalt, maar bespreken eerst "
          "met hem en zijn ouders wat hij nodig heeft om het te halen."),
    ("h3", "Doelen"),
    ("num", ["Het slagingspercentage ligt in ieder jaar van de planperiode op of boven 93 procent, en het "
             "gemiddelde CE-cijfer is in alle vakken ten minste gelijk aan het landelijk gemiddelde van de "
             "gymnasia.",
             "De uitstroom uit de onderbouw naar andere scholen daalt van 9 procent naar ten hoogste 6 procent "
             "in 2023-2024.",
             "In 2020-2021 volgen alle brugklassers de leerlijn leren leren; in juni 2021 evalueren wij die "
             "met leerlingen en mentoren.",
             "In 2022 neemt ten minste 70 procent van de tweedeklassers met een onvoldoende voor Latijn of "
             "Grieks deel aan het begeleide huiswerkuur."]),

    ("h1", "De leraar als onderzoeker"),
    ("p", "Wie leerlingen wil leren denken, moet zelf blijven denken. Dat is het uitgangspunt van ons "
          "personeelsbeleid. Wij zien docenten niet als uitvoerders van een methode, maar als professionals "
          "die hun eigen praktijk onderzoeken en verbeteren, en die de school daarmee beter maken. Dat klinkt "
          "vanzelfsprekend, maar het vraagt tijd, structuur en een schoolleiding die zich door de uitkomsten "
          "wil laten verrassen, ook als die niet welgevallig zijn."),
    ("h2", "Tijd en ritme om te leren"),
    ("p", "Iedere docent met een volledige aanstelling heeft in zijn taak 60 uur per jaar voor "
          "professionalisering: 20 uur vrij te besteden en 40 uur in een onderzoeksgroep, een "
          "lesson-studyteam of een ontwikkelproject van de sectie, naar eigen keuze. Vier keer per jaar is er "
          "een studiemiddag waarop de lessen om half een eindigen. Wij hebben bewust gekozen voor minder "
          "studiedagen en meer regelmaat: leren gaat beter in een ritme dan in een piek."),
    ("p", "Iedere docent formuleert aan het begin van het schooljaar een eigen leervraag, in overleg met zijn "
          "sectievoorzitter. Die leervraag is het vertrekpunt van de gesprekscyclus: in oktober een "
          "startgesprek met de teamleider, in februari een lesbezoek door een collega naar keuze, en in juni "
          "een ontwikkelgesprek waarin de docent laat zien wat hij heeft geleerd. Eens in de drie jaar volgt "
          "een beoordelingsgesprek, waarin de teamleider ook leerlingenquêtes en twee eigen lesbezoeken "
          "betrekt. Sinds 2019 voeren alle teamleiders de cyclus volgens dezelfde afspraken; in 2018-2019 werd "
          "81 procent van de gesprekken volledig gevoerd."),
    ("p", "Wat ons opvalt, is hoeveel docenten meer doen dan wat hun taak vraagt. Vijf docenten volgen op "
          "eigen initiatief, en grotendeels in eigen tijd, een masteropleiding of een promotietraject; de "
          "school vergoedt de studiekosten en roostert hen een vrije dag. In 2019-2020 schreven zich 31 "
          "docenten in voor een onderzoeksgroep, terwijl er plaats was voor 24: wij hebben er een groep bij "
          "gemaakt."),
    ("p", "Nieuwe collega’s moeten zich snel thuis voelen in een school die een eigen taal en eigen "
          "gewoonten heeft. Zij krijgen in hun eerste week een maatje uit een andere sectie dat hen "
          "rondleidt en voorstelt, volgen in het eerste jaar vijf inwerkbijeenkomsten met de rector, en "
          "worden op de eerste personeelsvergadering door hun sectie aan het hele team voorgesteld."),
    ("h2", "Onderzoeksgroepen"),
    ("p", "Sinds 2016 werken wij met onderzoeksgroepen. Een onderzoeksgroep bestaat uit vier tot zes "
          "docenten uit verschillende secties, die een schooljaar lang een vraag uit de eigen praktijk "
          "onderzoeken. Voorbeelden uit de afgelopen jaren: helpt gespreide herhaling bij het leren van "
          "Latijnse woorden? Wat doet feedback zonder cijfer met de motivatie van derdeklassers? Waarom kiezen "
          "zo weinig meisjes natuurkunde in het profiel natuur en techniek? De groepen worden begeleid door "
          "twee docent-onderzoekers van onze school, die ieder acht uur per week voor die rol zijn "
          "vrijgesteld. Een van hen promoveerde in 2019 met een promotiebeurs voor leraren op onderzoek naar "
          "argumentatief schrijven in de bovenbouw; de ander rondt in 2021 haar promotieonderzoek naar het "
          "vertalen van klassieke teksten af."),
    ("p", "Onderzoek is bij ons geen doel op zichzelf, en nieuwe inzichten uit de onderwijswetenschap "
          "toetsen wij aan onze eigen lessen. Iedere onderzoeksgroep sluit het jaar af met een concreet "
          "voorstel voor de school, en de schoolleiding reageert daar binnen een maand schriftelijk op: wat "
          "nemen wij over, wat niet, en waarom niet. Zo is de gespreide herhaling nu onderdeel van de "
          "leerlijn leren leren, en zo hebben wij in 2019 in de derde klas bij wiskunde en Frans het cijfer "
          "bij tussentijdse toetsen vervangen door feedback. Een voorstel om het huiswerk in de onderbouw af "
          "te schaffen hebben wij niet overgenomen; de onderzoeksgroep liet zelf zien dat de gegevens te mager "
          "waren."),
    ("h2", "Lesson study"),
    ("p", "Naast de onderzoeksgroepen werken drie secties met lesson study. Drie docenten ontwerpen samen "
          "een les, een van hen geeft de les terwijl de anderen een paar leerlingen observeren, en het team "
          "herontwerpt de les op basis van wat het zag. In 2019-2020 deden de secties klassieke talen, Engels "
          "en biologie mee. Docenten die het hebben gedaan, zeggen dat zij nooit eerder zo precies naar het "
          "leren van een leerling hebben gekeken. Wij willen dat iedere sectie vanaf 2021 ten minste één "
          "cyclus per jaar doorloopt."),
    ("h2", "Zichtbaar en erkend vakmanschap"),
    ("p", "Wij willen dat de expertise van onze docenten zichtbaar is en gewaardeerd wordt. Ieder voorjaar "
          "organiseren wij de Flevumavond, waarop de onderzoeksgroepen hun resultaten presenteren aan "
          "collega’s, ouders en bovenbouwleerlingen. Docenten die een masteropleiding afronden, krijgen een "
          "functie in schaal LD zodra zij taken op dat niveau vervullen, bijvoorbeeld als begeleider van een "
          "onderzoeksgroep of als coördinator van een leerlijn; in 2019 waren dat er zes. Onze "
          "docent-onderzoekers presenteerden in 2019 op de ASG-brede studiedag en op de onderwijsconferentie "
          "van ASG de uitkomsten van twee onderzoeksgroepen, en vanaf 2020 verzorgen zij ieder jaar de module "
          "Onderzoek in de eigen les in het aanbod van de ASG Academie, open voor docenten van alle "
          "ASG-scholen."),
    ("h2", "Opleiden in de school"),
    ("p", "Gymnasium Flevum is sinds 2015 partner in een opleidingsschool van Almeerse scholen voor "
          "voortgezet onderwijs van drie besturen, samen met de lerarenopleidingen van Windesheim Flevoland en "
          "de Universiteit van Amsterdam. Jaarlijks begeleiden wij tien tot veertien studenten; van de "
          "docenten die sinds 2016 zijn aangenomen, heeft een derde bij ons stage gelopen. Samen met de andere "
          "besturen in de opleidingsschool en de gemeente Almere pakken wij het tekort aan docenten in de "
          "bètavakken en de klassieke talen aan: in 2020 start een gezamenlijke zij-instroomklas voor "
          "Almeerse scholen, waarvan wij de lessen vakdidactiek klassieke talen verzorgen."),
    ("p", "Op dit moment werken vijf docenten zonder volledige bevoegdheid, vooral in de klassieke talen en "
          "natuurkunde. Ieder van hen heeft een opleidingsplan met een einddatum en een coach uit de sectie "
          "met vier uur per week facilitering; wij vergoeden de studiekosten en geven 160 uur studieverlof "
          "per jaar. Een docent zonder bevoegdheid krijgt in zijn eerste jaar geen examenklas."),
    ("h3", "Doelen"),
    ("num", ["Vanaf 2020-2021 neemt iedere docent met een aanstelling van ten minste 0,5 fte deel aan een "
             "onderzoeksgroep, lesson-studyteam of sectieproject van ten minste 40 uur per jaar.",
             "In juni 2022 is de gesprekscyclus voor ten minste 95 procent van de medewerkers volledig "
             "doorlopen.",
             "Vanaf 2021 doorloopt iedere sectie ten minste één lesson-studycyclus per jaar.",
             "In augustus 2023 zijn ten minste vier van de vijf nu onbevoegde docenten bevoegd.",
             "Iedere onderzoeksgroep presenteert op de Flevumavond; de schoolleiding reageert binnen een maand "
             "schriftelijk op ieder voorstel.",
             "Vanaf 2020 verzorgen onze docent-onderzoekers jaarlijks de module Onderzoek in de eigen les voor "
             "de ASG Academie."]),

    ("h1", "De polis in het klein"),
    ("p", "Het woord democratie komt uit het Grieks, en onze leerlingen lezen in de vierde klas fragmenten "
          "uit de Staat van Plato en de Politika van Aristoteles. Maar burgerschap is voor ons geen onderwerp "
          "uit de oudheid. Het is de vraag hoe je samenleeft met mensen die anders denken dan jij, en hoe je "
          "leert je mening te onderbouwen en te herzien. Een gymnasium heeft daarvoor veel in huis: teksten, "
          "een traditie van debat en retorica, en leerlingen die graag discussiëren. Wat wij moeten "
          "toevoegen, is een doordachte opbouw en de bereidheid om de school zelf als oefenplaats te "
          "gebruiken."),
    ("h2", "Basiswaarden"),
    ("p", "Wij werken vanuit de basiswaarden van de democratische rechtsstaat: vrijheid van meningsuiting, "
          "gelijkwaardigheid, begrip voor anderen, verdraagzaamheid, autonomie en het afwijzen van "
          "onverdraagzaamheid en discriminatie. Die waarden zijn bij ons onderwerp van lessen en toetssteen "
          "voor ons eigen handelen. In de tweede klas behandelt de mentor ze in zes mentorlessen met "
          "casussen: mag je een klasgenoot uitlachen om zijn geloof als het een grap is? Wat doe je als een "
          "docent iets zegt waar je het niet mee eens bent? In de bovenbouw komen dezelfde waarden terug bij "
          "filosofie en geschiedenis, abstracter: waar houdt de vrijheid van meningsuiting op, en wie bepaalt "
          "dat?"),
    ("p", "Als algemeen-bijzondere school zonder levensbeschouwelijke grondslag hebben wij geen eigen "
          "overtuiging uit te dragen. Dat geeft ruimte, en het geeft ons een verantwoordelijkheid: leerlingen "
          "van alle achtergronden moeten hun overtuiging kunnen uitspreken en ter discussie kunnen laten "
          "stellen. In de derde klas volgen alle leerlingen de module Levensbeschouwing in dialoog, waarin zij "
          "in tweetallen met een verschillende achtergrond elkaar interviewen over wat hen drijft, en waarin "
          "een imam, een predikant, een humanistisch raadsvrouw en een rabbijn te gast zijn. Docenten worden "
          "in een studiemiddag per jaar getraind in het leiden van gesprekken over gevoelige onderwerpen."),
    ("h2", "Debatteren als vaardigheid voor iedereen"),
    ("p", "Debat is bij ons geen hobby van een kleine groep liefhebbers, maar een vaardigheid die alle "
          "leerlingen leren. De leerlijn begint in de eerste klas bij Nederlands met een betoog van twee "
          "minuten. In de tweede klas leren leerlingen het Lagerhuisdebat, in de derde klas het Brits "
          "parlementair debat, met in maart een toernooi tussen de klassen. In de vierde klas lezen zij bij "
          "Latijn de redevoeringen van Cicero tegen Catilina, analyseren zij de retorische middelen en "
          "schrijven zij zelf een toespraak over een actuele kwestie. Bij Grieks bestuderen zij in de vijfde "
          "klas de sofisten en de vraag of overtuigen iets anders is dan overhalen. In de zesde klas "
          "verdedigen alle leerlingen hun profielwerkstuk in een openbare zitting met een opponent uit de "
          "eigen klas."),
    ("p", "Voor leerlingen die meer willen, is er het Flevum Debatgenootschap, dat wekelijks traint onder "
          "leiding van twee docenten en een oud-leerling. Het genootschap doet ieder jaar mee aan het "
          "Nederlands Kampioenschap Debatteren voor scholieren en organiseert sinds 2018 een debattoernooi "
          "voor Almeerse scholen. Sinds 2019 neemt een delegatie van twaalf leerlingen deel aan een Model "
          "United Nations in Den Haag."),
    ("h2", "Democratie in de school"),
    ("p", "De school is zelf een plek waar leerlingen democratie kunnen oefenen. Onze leerlingenraad wordt "
          "sinds 2019 rechtstreeks gekozen: iedere klas stelt kandidaten, er is een verkiezingsdebat in de "
          "aula, en alle leerlingen stemmen digitaal. In 2019 stemde 61 procent. De leerlingenraad beheert een "
          "eigen budget van 6.000 euro per jaar, waarover hij verantwoording aflegt in een openbare "
          "jaarvergadering; in 2019-2020 besteedde hij het aan een stilteruimte en een schaakcompetitie. Twee "
          "leden van de leerlingenraad zitten in de medezeggenschapsraad."),
    ("h2", "Wat een leerling na zes jaar kent en kan"),
    ("p", "In 2019 hebben de secties maatschappijleer, geschiedenis, Nederlands, klassieke talen en "
          "filosofie vastgelegd wat een leerling aan het einde van de zesde klas op het gebied van burgerschap "
          "kent en kan. Hij kan uitleggen hoe de Nederlandse democratie werkt en hoe zij verschilt van de "
          "Atheense; hij kan een standpunt over een maatschappelijke kwestie onderbouwen en weerleggen; hij "
          "kent de basiswaarden en kan ze toepassen op een concreet dilemma; en hij heeft ten minste één keer "
          "actief deelgenomen aan een democratisch proces in de school, als kiezer, kandidaat of lid van een "
          "commissie. In het leerlingvolgsysteem houden wij per leerling bij welke onderdelen zijn afgerond."),
    ("p", "Een school geeft ook ongewild lessen in burgerschap, in de manier waarop conflicten worden "
          "opgelost en in wie er gehoord wordt. Daarom vragen wij in de jaarlijkse leerlingenquête of "
          "leerlingen op school hun mening kunnen geven zonder te worden uitgelachen. In 2019 antwoordde 78 "
          "procent bevestigend; bij leerlingen die zich religieus noemen, was dat 66 procent. Dat verschil "
          "nemen wij serieus."),
    ("h3", "Doelen"),
    ("num", ["In 2020-2021 is de leerlijn burgerschap in alle leerjaren ingevoerd; in juni 2021 is voor "
             "iedere leerling vastgelegd welke onderdelen zijn afgerond.",
             "Vanaf maart 2021 nemen alle derdeklassers deel aan het klassentoernooi Brits parlementair "
             "debat.",
             "In 2023 zegt ten minste 85 procent van de leerlingen op school zijn mening te kunnen geven "
             "zonder te worden uitgelachen, en is het verschil tussen groepen leerlingen kleiner dan 5 "
             "procentpunt.",
             "De opkomst bij de verkiezing van de leerlingenraad stijgt van 61 procent in 2019 naar ten "
             "minste 75 procent in 2022."]),

    ("h1", "Aandacht en veiligheid"),
    ("p", "Onze leerlingen zijn slim, en dat maakt hen niet onkwetsbaar. Wij zien bij een deel van hen "
          "perfectionisme, faalangst en stress, vooral in de derde en vijfde klas, wanneer de druk toeneemt. "
          "Wij zien leerlingen die op de basisschool nooit hebben hoeven leren en bij ons voor het eerst "
          "vastlopen, en leerlingen met dyslexie, autisme of ADHD die het niveau aankunnen maar begeleiding "
          "nodig hebben om dat te laten zien."),
    ("p", "De basis van onze ondersteuning is het mentoraat. In de onderbouw heeft iedere mentor twee uur "
          "per week met zijn klas en voert hij met iedere leerling ten minste drie keer per jaar een "
          "individueel gesprek over hoe het gaat, op school en daarbuiten. In de bovenbouw kiezen leerlingen "
          "zelf een coach, die zij ten minste eens per zes weken spreken. Na ieder rapport is er per klas een "
          "leerlingbespreking, waarin de docenten samen bepalen wat leerlingen over wie zorgen zijn, nodig "
          "hebben, en wie dat met de leerling bespreekt."),
    ("p", "Ons schoolondersteuningsprofiel beschrijft wat wij daarnaast kunnen bieden: begeleiding bij "
          "dyslexie en dyscalculie, met faciliteiten bij toetsen; een training faalangstreductie en een "
          "training plannen en organiseren; de zorgcoördinator, een orthopedagoog die twee dagen per week op "
          "school is, en een schoolmaatschappelijk werker; en voor leerlingen in het autismespectrum een vaste "
          "aanspreekpersoon en een rustruimte. Onze grenzen liggen bij leerlingen die voor hun gedrag of "
          "welbevinden langdurig intensieve begeleiding nodig hebben; die kunnen wij niet bieden."),
    ("p", "Een veilige school is een voorwaarde voor een school waarin leerlingen hun mening durven te geven. "
          "Wij meten de sociale veiligheid ieder jaar in januari met een leerlingenquête; in 2019 voelde 93 "
          "procent van de leerlingen zich veilig op school. Wij hebben twee vertrouwenspersonen en een "
          "anti-pestcoördinator, die iedere melding registreert en binnen een week met de betrokkenen "
          "bespreekt. Ons pestprotocol is in 2019 herzien, met een apart deel over online pesten en het "
          "verspreiden van beelden, waaraan leden van de leerlingenraad hebben meegeschreven. In de eerste "
          "schoolweek gaan brugklassers drie dagen op kamp met hun mentor en twee peerleerlingen uit de "
          "vijfde klas, die het hele eerste jaar aanspreekpunt voor de klas blijven."),
    ("h3", "Doelen"),
    ("num", ["Het percentage leerlingen dat zich op school veilig voelt, blijft ieder jaar ten minste 90 "
             "procent.",
             "Vanaf 2020-2021 voert iedere onderbouwmentor met iedere leerling ten minste drie individuele "
             "gesprekken per jaar; wij controleren dat in het leerlingvolgsysteem.",
             "In 2021 is het schoolondersteuningsprofiel geactualiseerd en op de website gepubliceerd.",
             "Vanaf 2022 bieden wij de training faalangstreductie twee keer per jaar aan, in de tweede en "
             "de vierde klas."]),

    ("h1", "Kwaliteit als gesprek"),
    ("p", "Kwaliteitszorg is op veel scholen een administratieve bezigheid geworden: formulieren, "
          "indicatoren, rapportages. Wij willen dat het een gesprek blijft, zonder de cijfers uit het oog te "
          "verliezen. Ons stelsel van kwaliteitszorg rust op drie pijlers."),
    ("p", "De eerste pijler is de jaarcyclus. Iedere sectie stelt in september een sectieplan op met twee of "
          "drie doelen die aansluiten bij dit schoolplan. In januari bespreekt de teamleider met iedere sectie "
          "de tussenstand aan de hand van toetsresultaten, doorstroomcijfers en de leerlingenquête. In juni "
          "schrijft iedere sectie een korte evaluatie, die de basis vormt voor het jaarverslag en het "
          "jaarplan van het volgende jaar. De schoolleiding rapporteert ieder kwartaal aan het bestuur over de "
          "voortgang. De analyse van de examenresultaten bespreken wij ieder najaar met alle secties samen, "
          "zodat een sectie die het goed doet en een sectie die achterblijft van elkaar kunnen leren."),
    ("p", "De tweede pijler is de stem van leerlingen. Iedere docent laat ieder jaar ten minste één klas een "
          "lesevaluatie invullen en bespreekt de uitkomsten met die klas. Het leerlingenpanel spreekt vier "
          "keer per jaar met de rector over een thema dat de schoolleiding of het panel zelf aandraagt."),
    ("p", "De derde pijler is de blik van buiten. Eens in de vier jaar ontvangen wij een externe "
          "visitatiecommissie, die lessen bezoekt, met leerlingen, ouders en docenten spreekt en een openbaar "
          "rapport schrijft. Tussendoor voeren twee docenten en een ouder ieder jaar een interne audit uit op "
          "één onderdeel van ons beleid; in 2019 was dat het toetsbeleid."),
    ("h3", "Doelen"),
    ("num", ["In 2022 hebben alle zestien secties een sectieplan met een evaluatie in juni.",
             "In 2021 neemt 90 procent van de docenten ten minste één lesevaluatie af, in 2022 alle docenten.",
             "In het voorjaar van 2022 ontvangen wij een externe visitatiecommissie; haar rapport bespreken wij "
             "met het team, de MR en het bestuur."]),

    ("h1", "Wat nog komt"),
    ("p", "Een plan dat alles wil, bereikt niets. Wij hebben daarom gekozen, en dat betekent dat een aantal "
          "onderwerpen die wij belangrijk vinden, in dit plan nog geen uitwerking heeft gekregen. Wij noemen "
          "ze hier, zodat niemand denkt dat wij ze zijn vergeten."),
    ("p", "Ook wij willen dat ouders betrokken zijn bij het leerproces van hun kind. Hoe wij dat vormgeven, "
          "werken wij in de komende jaren uit. Wij willen ook dat wij in onze communicatie transparant en "
          "toegankelijk zijn; daar komen wij later in de planperiode op terug."),
    ("p", "Ook ons curriculum moet toekomstgericht zijn. Wat dat voor een gymnasium betekent, dat bij uitstek "
          "op het verleden is gebouwd, gaan wij in de komende jaren onderzoeken. Ook wij willen werken met "
          "innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering; welke dat zijn, bezien "
          "wij later."),
    ("p", "Ook wij willen dat vaksecties en werkgroepen met elkaar in contact staan en bovenschools "
          "expertise uitwisselen; hoe onze secties dat gaan doen, bepalen wij later in de planperiode. En ook "
          "wij willen aandacht hebben voor het welbevinden van onze medewerkers in elke levensfase; een plan "
          "daarvoor volgt in de komende jaren. Onze contacten met de buurt in Almere Poort willen wij later "
          "uitbreiden."),
    ("h3", "Doelen"),
    ("num", ["In het voorjaar van 2022 besluit de schoolleiding welke van deze onderwerpen in het jaarplan "
             "2022-2023 worden uitgewerkt."]),

    ("h1", "Verantwoording"),
    ("p", "Dit plan is in concept besproken met de medezeggenschapsraad op 14 april, 19 mei en 16 juni 2020. "
          "De MR heeft meegedacht over de opbouw en de doelen en stelde op twee punten een wijziging voor, "
          "die wij hebben overgenomen: het doel over het verschil in veiligheidsbeleving tussen groepen "
          "leerlingen, en de begeleiding door een docent bij het huiswerkuur. Op 16 juni 2020 heeft de MR "
          "positief geadviseerd over het plan. Het College van Bestuur van de Almeerse Scholen Groep heeft "
          "het plan op 1 juli 2020 vastgesteld."),
    ("p", "Almere, 1 juli 2020. Dr. H. Verbeek, rector Gymnasium Flevum."),
]


def _nieuwe_lijst(doc) -> str:  # type: ignore[no-untyped-def]
    """A new numbering instance of the List Number list, so that each chapter's goals start at 1."""
    numbering = doc.part.numbering_part.element
    stijl_numid = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(stijl_numid):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    bestaand = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nieuw_id = str(max(bestaand) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), nieuw_id)
    abs_el = OxmlElement("w:abstractNumId")
    abs_el.set(qn("w:val"), abstract)
    num.append(abs_el)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return nieuw_id


def _nummer(paragraph, num_id: str) -> None:  # type: ignore[no-untyped-def]
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), num_id)
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(1, numpr) if ppr.find(qn("w:pStyle")) is not None else ppr.insert(0, numpr)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(10.5)

    cp = doc.core_properties
    vast = datetime.datetime(2020, 7, 1, 10, 0, 0)
    cp.author = "H. Verbeek"
    cp.last_modified_by = "H. Verbeek"
    cp.title = "Schoolplan Gymnasium Flevum 2020-2024"
    cp.created = vast
    cp.modified = vast
    cp.revision = 12

    doc.add_paragraph("Denken met open vizier", style="Title")
    sub = doc.add_paragraph()
    sub.add_run("Schoolplan Gymnasium Flevum 2020-2024").bold = True
    doc.add_paragraph("Zelfstandig gymnasium · Olympiakwartier, Almere Poort · Almeerse Scholen Groep")

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Gymnasium Flevum · Schoolplan 2020-2024 · "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer)

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "h3":
            doc.add_heading(inhoud, level=3)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "num":
            num_id = _nieuwe_lijst(doc)
            for item in inhoud:  # type: ignore[union-attr]
                par = doc.add_paragraph(item, style="List Number")
                _nummer(par, num_id)

    doc.save(path)
    deterministisch(path, vast)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_58_gymnasium_flevum.docx")
