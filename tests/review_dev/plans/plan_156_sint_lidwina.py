# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Kindcentrum Sint Lidwina (katholiek kindcentrum 0-13, Almere Poort).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
De hoofdstuktitels zijn vetgedrukte Normal-alinea's (geen kopstijlen), zoals de
directeur het in Word heeft opgemaakt. Deterministisch: vaste datum, geen willekeur.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

DATUM = datetime.datetime(2025, 7, 1, 9, 42, 0)

# Soorten: hst (hoofdstuktitel, vet), sub (tussenkopje, cursief), p (alinea),
# b (opsommingsteken), leeg (lege regel)
INHOUD = [
    ("hst", "Een woord vooraf"),
    ("p", "Beste lezer,"),
    ("p", "In augustus 2015 gingen de basisschool en de kinderopvang in ons gebouw aan de rand van het "
          "Homeruskwartier officieel samen verder als kindcentrum. Tien jaar later zijn we een plek waar "
          "een kind als baby binnenkomt en soms pas als twaalfjarige weer vertrekt. Dat is bijzonder, en "
          "het verplicht ons om verder te kijken dan één schooljaar of één groep."),
    ("p", "In dit schoolplan staat wat we de komende vier jaar, van 1 augustus 2025 tot en met 31 juli "
          "2029, willen bereiken. Ik heb het plan opgebouwd langs de vier kernwaarden en de vier vensters "
          "van onze stichting, de Almeerse Scholen Groep. Niet omdat het moet, maar omdat ze goed passen "
          "bij wat wij zelf belangrijk vinden. Ik heb ze wel in onze eigen woorden vertaald: zo praten we "
          "er op de werkvloer ook over. Alle doelen die we ons stellen, staan aan het eind van dit plan "
          "bij elkaar in één overzicht."),
    ("p", "Hoewel dit formeel het schoolplan is, hebben we het samen met de kinderopvang geschreven. "
          "Waar 'wij' staat, bedoelen we dus meestal het hele kindcentrum."),
    ("p", "Marloes Kuipers\ndirecteur Kindcentrum Sint Lidwina"),

    ("hst", "Sint Lidwina in het kort"),
    ("p", "Kindcentrum Sint Lidwina is een katholiek kindcentrum voor kinderen van 0 tot 13 jaar in "
          "Almere Poort. In ons gebouw werken de basisschool (onderdeel van ASG) en Kinderopvang Klein "
          "Geluk samen onder één dak en onder één dagelijkse leiding: de directeur van de school en de "
          "locatiemanager van de opvang vormen samen het managementteam."),
    ("b", "Basisschool: 327 leerlingen in 14 groepen (1 oktober 2024), BRIN 31LW."),
    ("b", "Kinderdagverblijf: drie groepen, 42 kindplaatsen (0-4 jaar)."),
    ("b", "Peuteropvang met voor- en vroegschoolse educatie: twee groepen, 32 peuters (2-4 jaar)."),
    ("b", "Buitenschoolse opvang: vier groepen, ongeveer 110 kinderen (4-13 jaar)."),
    ("b", "Openingstijden kindcentrum: 7.30 tot 18.30 uur; schooltijden 8.30 tot 14.30 uur, woensdag tot 12.30 uur."),
    ("p", "Almere Poort is een jonge, groeiende wijk. De meeste gezinnen wonen in een koopwoning of in "
          "vrije-sectorhuur, maar er zijn ook straten met sociale huur. Bij ongeveer een derde van onze "
          "kinderen wordt thuis (ook) een andere taal gesproken dan het Nederlands. Veel ouders werken "
          "allebei; dat zie je terug in de bezetting van de opvang, die in 2024 op 94 procent lag. De "
          "schoolweging van onze school is 29,4: een gemiddelde schoolbevolking."),
    ("p", "De wijk groeit nog steeds. Ten westen van ons worden in de nieuwe wijk Duin de komende jaren "
          "honderden woningen opgeleverd. We verwachten dat het leerlingenaantal tot 2029 groeit naar "
          "ongeveer 360. Met ASG en de gemeente is afgesproken dat we in 2027 twee noodlokalen krijgen, "
          "als de groei doorzet."),

    ("hst", "Ons katholieke fundament"),
    ("p", "Sint Lidwina is vernoemd naar Lidwina van Schiedam, die na een ongeluk op de schaats haar "
          "leven lang ziek was en toch een bron van troost voor anderen werd. Haar verhaal vertellen we elk "
          "jaar rond haar feestdag op 14 april. Het staat voor wat wij de kinderen willen meegeven: dat je "
          "ook in moeilijke omstandigheden iets voor een ander kunt betekenen."),
    ("p", "We vieren de hoogtijdagen van het kerkelijk jaar met het hele kindcentrum: Sint-Maarten, "
          "Advent en Kerstmis, de Veertigdagentijd en Pasen. De vieringen in de kerk bereiden we voor met "
          "de pastor van de parochie. In groep 1 tot en met 8 gebruiken we voor levensbeschouwing de "
          "methode Trefwoord, waarvan de thema's ook op de BSO terugkomen. In de Veertigdagentijd doen alle "
          "groepen mee aan de Vastenactie."),

    ("hst", "Deel 1 · Waar we voor staan"),
    ("p", "ASG noemt vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Hieronder "
          "beschrijven we wat die voor ons kindcentrum betekenen en wat we ermee doen."),

    ("hst", "1. Elk kind gekend"),
    ("p", "Omdat we veel kinderen zo lang meemaken, denken we ze soms al te kennen. Dat is een valkuil: "
          "een kind verandert, en wat in groep 2 klopte, klopt in groep 6 niet meer. We willen daarom "
          "bewust blijven kijken en luisteren."),
    ("sub", "Welkom, vanaf de eerste dag"),
    ("p", "Elke ochtend tussen 8.15 en 8.30 uur is er inloop: ouders mogen mee de groep in, ook in de "
          "hogere groepen. Nieuwe gezinnen krijgen vóór de eerste dag een welkomstgesprek met de leerkracht "
          "of de pedagogisch medewerker en een rondleiding door het hele gebouw, van de babygroep tot groep "
          "8. Peuters die naar groep 1 gaan, komen vooraf vijf dagdelen wennen, samen met hun eigen "
          "pedagogisch medewerker. Sinds 2024 is de centrale balie de hele dag bemand, beurtelings door "
          "de administratie van de school en de planning van de opvang, zodat iedere bezoeker meteen "
          "iemand treft die de weg weet."),
    ("sub", "Het kindgesprek"),
    ("p", "Vanaf groep 3 heeft ieder kind twee keer per jaar een kindgesprek met de eigen leerkracht, los "
          "van rapport en toetsen. Hoe gaat het met je? Wat gaat goed? Waar wil je beter in worden? In "
          "groep 1 en 2 en op de BSO gebeurt dat in de kring of al spelend. Wat het kind vertelt, "
          "noteren we kort in ParnasSys, zodat ook de volgende leerkracht het weet. In 2025-2026 trainen we "
          "de leerkrachten van groep 3 tot en met 8 in het voeren van deze gesprekken."),
    ("sub", "Geen kind tussen wal en schip"),
    ("p", "Bij elke overgang van kinderdagverblijf of peuteropvang naar groep 1 is er een warm "
          "overdrachtsgesprek tussen de pedagogisch medewerker, de leerkracht en de ouders. Hetzelfde doen "
          "we bij kinderen die naar de BSO gaan: de mentor op de BSO en de leerkracht spreken elkaar "
          "aan het begin van het schooljaar. Zo weten we wat een kind nodig heeft, thuis, in de groep en "
          "na schooltijd."),

    ("hst", "2. Met open deuren"),
    ("p", "Open zijn betekent voor ons in de eerste plaats: ouders weten wat er gebeurt. Tot nu toe kregen "
          "ouders berichten van de school via Parro en van de opvang via een andere app. Dat was "
          "verwarrend en ouders misten berichten. Vanaf januari 2026 gebruiken we voor het hele "
          "kindcentrum één ouderapp, Social Schools, met één agenda en één maandbrief. Ouders van wie het "
          "kind ook naar de BSO gaat, zien dan op één plek wanneer er een studiedag is en of de BSO die "
          "dag extra open is. In 2026 voegen we de schoolgids en het pedagogisch beleidsplan van de opvang "
          "samen tot één kindcentrumgids, in begrijpelijke taal. Na elke MR-vergadering plaatsen we een "
          "korte samenvatting van de besluiten in de app."),
    ("p", "Wij gaan respectvol om met de mensen binnen en buiten ons kindcentrum. Met een open blik kijken "
          "wij naar de verscheidenheid van onze kinderen en medewerkers. Dat is voor ons vanzelfsprekend."),

    ("hst", "3. Nieuwe wegen durven gaan"),
    ("sub", "Het Kindplein"),
    ("p", "Ons grootste vernieuwingsplan voor deze periode is het Kindplein: één doorlopende speel- en "
          "leeromgeving voor kinderen van 2 tot 6 jaar. Nu spelen peuters en kleuters in aparte lokalen, "
          "aan verschillende kanten van het gebouw. Straks werken ze in een verbouwd middendeel met drie "
          "groepsruimtes rond een gezamenlijk speelplein. Pedagogisch medewerkers en leerkrachten werken "
          "daar samen, met één dagritme en gezamenlijke thema's. Een oudste peuter kan meedoen met een "
          "activiteit van groep 1 als hij daaraan toe is, en een jonge kleuter kan even terug naar de "
          "rust van de peutergroep. Zo wordt de overgang van peuter naar kleuter een geleidelijke stap in "
          "plaats van een sprong."),
    ("p", "In 2025-2026 werkt een werkgroep van twee pedagogisch medewerkers, twee kleuterleerkrachten en "
          "de locatiemanager de inhoud uit: het dagritme, de inrichting, de afspraken over toezicht en "
          "beroepskrachtratio en de informatie voor ouders. De verbouwing is gepland in de zomer van 2026, "
          "zodat het Kindplein in augustus 2026 opengaat. In juni 2027 evalueren we het eerste jaar met "
          "ouders, team en de GGD."),
    ("sub", "Kijken bij anderen"),
    ("p", "We zijn niet het eerste kindcentrum dat dit probeert, en dat is maar goed ook. Elk jaar gaat "
          "een groep van vier à vijf collega's uit onderwijs en opvang op werkbezoek bij twee kindcentra "
          "elders in het land die verder zijn met de doorgaande lijn van 0 tot 13 jaar. In 2025-2026 staan "
          "bezoeken in Utrecht-Leidsche Rijn en Zwolle op de planning. De werkgroep Kindplein leest en "
          "bespreekt daarnaast recente publicaties van het Nederlands Jeugdinstituut over integrale "
          "kindcentra. Wat de bezoekers zien en lezen, vertellen ze op de eerstvolgende teamvergadering."),

    ("hst", "4. De lat hoog leggen"),
    ("p", "De lat ligt bij ons hoog, ook voor kinderen bij wie het thuis niet vanzelf "
          "gaat. Onze resultaten zijn goed, maar op begrijpend lezen en op het hogere rekenniveau kan het "
          "beter. Op de doorstroomtoets van 2024 haalde 52 procent van onze leerlingen niveau 2F voor lezen "
          "en 41 procent niveau 1S voor rekenen. Wij willen dat in 2029 ten minste 60 procent 2F haalt en "
          "ten minste 48 procent 1S."),
    ("p", "Dat vraagt iets van de kinderen en van ons. Vanaf groep 5 stellen kinderen per periode een eigen "
          "leerdoel voor lezen of rekenen op, dat ze in het kindgesprek bespreken. In groep 8 werkt ieder kind "
          "in het voorjaar aan een meesterproef: een eigen onderzoek dat het aan ouders presenteert. Bij het schooladvies "
          "kiezen we bij twijfel voor het hogere advies, en we leggen in het adviesgesprek uit waarom."),
    ("p", "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en te professionaliseren, en "
          "wij geven altijd het beste van onszelf."),

    ("hst", "Deel 2 · Waar we aan werken"),
    ("p", "De vier vensters van ASG gaan over het onderwijs, het personeel, de samenwerking binnen ASG en "
          "het partnerschap met ouders en omgeving. We volgen die indeling, met de onderdelen die de wet "
          "van een schoolplan vraagt."),

    ("hst", "5. Spelen en leren van 0 tot 13"),
    ("sub", "Waar we staan"),
    ("p", "De inspectie heeft onze school in maart 2023 bezocht, als onderdeel van het vierjaarlijks "
          "onderzoek bij ASG. Alle onderzochte standaarden waren voldoende; op 'pedagogisch klimaat' kregen "
          "we een goed. Onze eindresultaten liggen al vijf jaar boven de signaleringswaarden. Op de "
          "doorstroomtoets van 2024 haalde 96 procent van de leerlingen 1F voor lezen en 90 procent 1F "
          "voor rekenen. De GGD vond bij de inspecties van de opvang in 2024 geen tekortkomingen."),
    ("sub", "Eén doorgaande lijn"),
    ("p", "Op dit moment volgen de opvang en de school kinderen nog met verschillende systemen. Het "
          "kinderdagverblijf en de peuteropvang observeren met KIJK!, de kleutergroepen met eigen lijsten. "
          "Dat gaan we veranderen. Vanaf 2025-2026 gebruiken ook groep 1 en 2 KIJK!, zodat we van 0 tot 6 "
          "jaar één beeld van de ontwikkeling van een kind hebben. Alle pedagogisch medewerkers en "
          "kleuterleerkrachten volgen daarvoor de basistraining van Bazalt. Vanaf groep 3 toetsen we twee "
          "keer per jaar met Leerling in beeld van Cito. Twee keer per jaar bespreekt de leerkracht de "
          "uitkomsten met de ouders."),
    ("sub", "Ons aanbod"),
    ("p", "Ons programma dekt de kerndoelen van het basisonderwijs en is gericht op het behalen van de "
          "referentieniveaus. Op de peuteropvang werken we met Uk & Puk, in groep 1 en 2 met Kleuterplein. "
          "Groep 3 leert lezen met Veilig leren lezen. Voor rekenen gebruiken we Getal & Ruimte Junior, "
          "voor taal en spelling Taal actief en voor begrijpend lezen Nieuwsbegrip. Engels krijgen de "
          "kinderen vanaf groep 1 met Take it easy. De vakleerkracht geeft twee keer per week "
          "bewegingsonderwijs."),
    ("p", "Aardrijkskunde, geschiedenis, natuur en techniek geven we in de thema's van Blink Wereld. Elk "
          "thema begint met vragen die de kinderen zelf bedenken, zodat wat in de groep leeft in de lessen "
          "terugkomt. Toen in 2024 de eerste heipalen in Duin de grond in gingen, werd het thema 'Bouwen "
          "en wonen' in groep 6 grotendeels een onderzoek naar de eigen wijk. De BSO sluit met haar "
          "activiteiten aan op het thema van de school: wie 's ochtends over vogels heeft geleerd, kan "
          "'s middags op de BSO een nestkast timmeren."),
    ("sub", "Digitaal en wereldwijs"),
    ("p", "Onze kinderen groeien op in een digitale wereld, en daar moet ons onderwijs op voorbereiden. "
          "Tot nu toe deden we aan digitale geletterdheid wat toevallig voorbijkwam. In 2025-2026 voeren "
          "we een vaste leerlijn in voor groep 1 tot en met 8, met Basicly: programmeren, mediawijsheid, "
          "informatievaardigheden en veilig online gedrag. In 2026-2027 werken alle groepen ermee. "
          "Samenwerken, creatief denken en kritisch denken krijgen daarnaast een vaste plek in de "
          "Blink-thema's: elk thema sluit af met een presentatie waarin kinderen in groepjes laten zien "
          "wat ze hebben onderzocht."),
    ("sub", "Veiligheid"),
    ("p", "Op school en op de BSO werken we met de Kanjertraining, zodat kinderen de hele dag dezelfde "
          "taal en dezelfde afspraken tegenkomen. Alle leerkrachten en BSO-medewerkers hebben de "
          "Kanjerlicentie. In groep 3 tot en met 8 vullen kinderen twee keer per jaar de vragenlijsten van "
          "KanVAS in; groep 6 tot en met 8 neemt daarnaast jaarlijks deel aan de monitor sociale veiligheid. "
          "Onze veiligheidscoördinator, een van de bouwcoördinatoren, is aanspreekpunt bij pesten en houdt "
          "het veiligheidsplan bij, met daarin het pestprotocol, de meldcode huiselijk geweld en "
          "kindermishandeling en de ontruimingsafspraken. Voor de opvang gelden daarnaast het "
          "vierogenprincipe en het beleid veiligheid en gezondheid, dat elk jaar met het team wordt "
          "doorgelopen."),
    ("sub", "Burgerschap"),
    ("p", "We willen dat kinderen leren meedoen en meebeslissen. Sinds 2023 hebben we een kinderraad met "
          "twee kinderen uit elke groep 5 tot en met 8. Vanaf oktober 2025 komt daar een BSO-raad bij, "
          "voor kinderen van 8 jaar en ouder, die meepraat over de activiteiten en de inrichting van de "
          "BSO. Groep 8 bezoekt elk jaar met ProDemos de Tweede Kamer. In november werken alle groepen aan "
          "de rechten van het kind. Met Kerst en Pasen brengen de kinderen van groep 4 een bezoek aan de "
          "bewoners van het woonzorgcentrum in onze straat. In 2025-2026 leggen we deze activiteiten vast "
          "in een leerlijn burgerschap, die aansluit bij Trefwoord en de Kanjertraining."),
    ("sub", "Ondersteuning"),
    ("p", "Welke ondersteuning wij kunnen bieden, staat beschreven in ons schoolondersteuningsprofiel. Dat "
          "is te vinden op onze website."),

    ("hst", "6. Een team van onderwijs en opvang"),
    ("p", "In ons kindcentrum werken 26 mensen in dienst van ASG: leerkrachten, onderwijsassistenten, een "
          "intern begeleider, een vakleerkracht bewegingsonderwijs, een administratief medewerker, een "
          "conciërge en de directeur. Daarnaast werken er 21 pedagogisch medewerkers in dienst van Klein "
          "Geluk. Alle leerkrachten zijn bevoegd en alle pedagogisch medewerkers voldoen aan de "
          "kwalificatie-eisen en de taaleis. Onze medewerkers voelen zich betrokken bij en trots op ons "
          "kindcentrum."),
    ("sub", "Samen leren"),
    ("p", "Een kindcentrum werkt alleen als onderwijs en opvang elkaars vak begrijpen. Daarom scholen we "
          "zoveel mogelijk samen. In 2025-2026 volgen alle pedagogisch medewerkers en kleuterleerkrachten de "
          "KIJK!-training. In 2026 volgen de medewerkers van het Kindplein samen de training 'Spelbegeleiding "
          "bij jonge kinderen'. Twee kleuterleerkrachten volgen de opleiding tot specialist jonge kind. De "
          "Kanjerlicenties worden elke drie jaar vernieuwd; de eerstvolgende ronde is in 2026-2027. Daarnaast "
          "heeft iedere leerkracht een scholingsbudget voor individuele cursussen, bijvoorbeeld bij de ASG "
          "Academie."),
    ("sub", "Iedereen een expertise"),
    ("p", "In ons team zit veel kennis die we nog te weinig benutten. Daarom werken we toe naar een "
          "expertiseteam: iedere medewerker heeft een rol waarin hij of zij collega's adviseert en het "
          "kindcentrum verder helpt. Denk aan de specialist jonge kind, de rekencoördinator, de "
          "leescoördinator, de cultuurcoördinator, de coördinator digitale geletterdheid, de "
          "Kanjercoördinator en de sport- en spelcoach van de BSO. Elke rol krijgt 40 uur in de "
          "normjaartaak of in de uren van de opvang. De experts leiden elk jaar ten minste één "
          "teambijeenkomst over hun vakgebied. In juli 2027 heeft iedere medewerker een expertiserol, en "
          "hangt het overzicht van alle rollen in de teamkamer."),
    ("sub", "Werkdruk"),
    ("p", "De werkdruk is hoog, vooral rond de rapporten en in de kleutergroepen. In het "
          "medewerkersonderzoek van 2024 gaven de leerkrachten de werkdruk een 6,1. We zetten de "
          "werkdrukmiddelen in voor een vakleerkracht muziek, zodat groepsleerkrachten één middag per "
          "twee weken vrij zijn van lesgeven, en voor een extra onderwijsassistent in groep 1 en 2. In het "
          "werkverdelingsplan spreken we af dat gezamenlijke overleggen van school en opvang binnen de "
          "werktijd van beide groepen vallen: pedagogisch medewerkers en leerkrachten hebben verschillende "
          "cao's en werktijden, en dat schuurde. Vanaf 2025-2026 is de teamkamer tussen 12.00 en 13.00 uur "
          "een stille werkplek."),

    ("hst", "7. Onderdeel van ASG"),
    ("p", "Sint Lidwina is een van de scholen van ASG, en de enige katholieke school in Poort. Binnen ASG "
          "ontmoeten onze collega's de collega's van andere scholen regelmatig. Wij delen de opbrengst van "
          "ons leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen. Door de "
          "schaalgrootte van ASG beschikken we over interne expertise op veel beleidsgebieden. Voor "
          "vragen over personeel, financiën en huisvesting kunnen we terecht bij het servicebureau."),
    ("p", "Onze energie gaat deze periode vooral naar het samengaan van onderwijs en opvang. De "
          "samenwerking met andere ASG-scholen krijgt vorm binnen de bestaande bijeenkomsten van ASG."),

    ("hst", "8. Samen met ouders en de wijk"),
    ("sub", "Ouders"),
    ("p", "Ouders zijn de eerste opvoeders. Op het kinderdagverblijf en de peuteropvang spreken "
          "pedagogisch medewerkers ouders elke dag bij het halen en brengen. Op school wordt dat contact "
          "vanzelf minder, en dat willen we opvangen. Vanaf 2026-2027 voeren we de rapportgesprekken in "
          "groep 5 tot en met 8 als driehoeksgesprek: het kind, de ouders en de leerkracht samen, waarbij "
          "het kind zelf vertelt hoe het gaat en wat zijn leerdoel is. In groep 1 tot en met 4 vullen "
          "ouders voor elk oudergesprek een korte vragenlijst in, zodat het gesprek begint bij wat zij "
          "zien."),
    ("p", "Ouders van peuters met een VVE-indicatie krijgen bij elk thema van Uk & Puk een thuispakket "
          "met spelletjes en een prentenboek. Bij de Blink-thema's nodigen we ouders uit om in de klas "
          "over hun beroep of hobby te vertellen; in 2024-2025 deden 38 ouders dat. Drie keer per jaar is "
          "er een thema-avond voor ouders, samen georganiseerd door school en opvang, bijvoorbeeld over "
          "slapen, schermtijd of de overstap naar de middelbare school."),
    ("sub", "Medezeggenschap"),
    ("p", "De MR is voor ons een belangrijk klankbord. Vier keer per jaar praat de directeur met de MR over "
          "wat er speelt. Nieuwe plannen, zoals het Kindplein en de nieuwe ouderapp, bespreken we eerst met "
          "de MR en met de oudercommissie van de opvang voordat we een besluit nemen. Vanaf 2025-2026 "
          "vergaderen de MR en de oudercommissie twee keer per jaar samen, omdat veel onderwerpen beide "
          "raken."),
    ("sub", "Partners"),
    ("p", "Onze belangrijkste partner is Kinderopvang Klein Geluk, met wie we het gebouw, het "
          "managementteam en het pedagogisch klimaat delen. Daarnaast werken we samen met de parochie voor "
          "de vieringen, met GGD Flevoland (de jeugdverpleegkundige houdt elke maand spreekuur in ons "
          "gebouw), met De Schoor voor schoolmaatschappelijk werk, met de Nieuwe Bibliotheek via de "
          "Bibliotheek op school, met Kunstlinie Almere voor muziek- en dansprojecten en met Stichting "
          "Leergeld Almere."),
    ("p", "In de wijk zelf zoeken we de verbinding op. De BSO onderhoudt sinds 2024 samen met de "
          "bewonersvereniging van het Homeruskwartier de buurtmoestuin naast ons gebouw. De "
          "buurtsportcoach van de gemeente verzorgt twee middagen per week sport op het Homeruspark, "
          "waaraan zowel BSO-kinderen als andere kinderen uit de wijk meedoen. Vanaf september 2026 willen "
          "we drie naschoolse activiteiten per week aanbieden, samen met de buurtsportcoach en Kunstlinie, "
          "ook voor kinderen die niet naar de BSO gaan. Zoals gezegd bezoekt groep 4 twee keer per jaar het "
          "woonzorgcentrum in onze straat."),

    ("hst", "Zo bewaken we de kwaliteit"),
    ("p", "We werken met een vaste jaarcyclus. In juni stellen we het jaarplan op voor het volgende "
          "schooljaar, afgeleid van dit schoolplan. In februari en juli analyseren de directeur en de "
          "intern begeleider de toetsresultaten op school- en groepsniveau en bespreken we die met het team. "
          "Elk jaar lopen we vier kwaliteitskaarten van WMK door, zodat we in vier jaar alle onderdelen "
          "van ons onderwijs hebben beoordeeld. Ouders en kinderen vragen we elke twee jaar naar hun "
          "tevredenheid; de eerstvolgende peilingen zijn in het voorjaar van 2026 en 2028. In het "
          "jaarverslag leggen we verantwoording af en de directeur rapporteert elk kwartaal aan het "
          "bestuur."),
    ("p", "Omdat onderwijs en opvang elk een eigen toezicht hebben (de inspectie en de GGD), hadden we ook "
          "twee kwaliteitskalenders. Vanaf 2026 werken we met één kwaliteitskalender voor het hele "
          "kindcentrum, waarin de GGD-inspecties, de risico-inventarisatie van de opvang, de "
          "oudercommissie, de MR en de onderwijscyclus samenkomen."),

    ("hst", "Hoe dit plan tot stand kwam"),
    ("p", "De basis van dit plan is gelegd op de studiedag van 12 maart 2025, waarop leerkrachten en "
          "pedagogisch medewerkers samen terugkeken op de afgelopen vier jaar en keuzes maakten voor de "
          "komende vier. De kinderraad heeft in april 2025 zijn wensen meegegeven: meer buiten spelen, en "
          "een plek om na schooltijd te kunnen knutselen als je niet naar de BSO gaat. Op de ouderavond "
          "van 15 mei 2025 hebben we de hoofdlijnen aan ouders voorgelegd."),
    ("p", "De MR en de oudercommissie van de opvang hebben het concept als klankbord gelezen en "
          "besproken. Hun opmerkingen, onder meer over de communicatie rond het Kindplein, hebben we "
          "verwerkt. Het plan is op 1 juli 2025 aangeboden aan het College van Bestuur van ASG."),

    ("hst", "Onze doelen 2025-2029"),
    ("p", "In deze tabel staan alle doelen uit dit plan bij elkaar. Ze vormen de basis voor onze jaarplannen."),
]

DOELEN = [
    ["Thema", "Doel", "Wanneer klaar", "Hoe meten we het"],
    ["Doorgaande lijn", "Kinderdagverblijf, peuteropvang en groep 1-2 volgen de ontwikkeling van kinderen "
     "met één observatiesysteem (KIJK!).", "Juli 2026",
     "Voor alle kinderen van 0-6 jaar is een KIJK!-registratie aanwezig (steekproef door locatiemanager)."],
    ["Team", "Alle pedagogisch medewerkers en kleuterleerkrachten hebben de KIJK!-training gevolgd.",
     "Juli 2026", "Certificaten van Bazalt; 100% deelname."],
    ["Ouders", "De rapportgesprekken in groep 5-8 zijn driehoeksgesprekken met kind, ouders en leerkracht.",
     "Juli 2027", "Registratie in ParnasSys; ten minste 90% van de gezinnen neemt deel."],
    ["Lezen en rekenen", "Ten minste 60% van de leerlingen haalt 2F lezen en ten minste 48% haalt 1S "
     "rekenen; 1F blijft boven 95% (lezen) en 90% (rekenen).", "Juli 2029",
     "Doorstroomtoets groep 8, trendanalyse in februari en juli."],
    ["Kindplein", "Het Kindplein voor kinderen van 2-6 jaar is open en werkt met één dagritme en "
     "gezamenlijke thema's.", "Augustus 2026 (evaluatie juni 2027)",
     "Evaluatie met ouders, team en GGD; ten minste 80% van de ouders van Kindplein-kinderen is tevreden."],
    ["Werkdruk", "Leerkrachten waarderen de werkdruk met minstens een 7.", "Voorjaar 2027",
     "Medewerkersonderzoek ASG (2024: 6,1)."],
    ["Sociale veiligheid", "Ten minste 90% van de kinderen in groep 6-8 voelt zich veilig op school en "
     "op de BSO.", "Elk jaar vanaf juli 2026", "Monitor sociale veiligheid en KanVAS."],
    ["Digitale geletterdheid", "De leerlijn digitale geletterdheid (Basicly) wordt in alle groepen 1-8 "
     "gebruikt.", "Juli 2027", "Leerlijn vastgesteld in 2026; lesbezoek directeur in alle groepen."],
    ["Communicatie", "Het hele kindcentrum gebruikt één ouderapp (Social Schools) en één kindcentrumgids.",
     "Januari 2026 (app), december 2026 (gids)",
     "Oudertevredenheidspeiling 2026 en 2028: ten minste 85% tevreden over de informatie."],
    ["Wijk", "Drie naschoolse activiteiten per week met de buurtsportcoach en Kunstlinie, ook voor "
     "kinderen die niet naar de BSO gaan.", "September 2026",
     "Deelnamelijsten; ten minste 40 kinderen per week doen mee."],
    ["Expertise", "Iedere medewerker van school en opvang heeft een expertiserol met 40 uur per jaar.",
     "Juli 2027", "Overzicht expertiseteam; elke expert leidt één teambijeenkomst per jaar."],
    ["Burgerschap", "Er is een BSO-raad en een vastgestelde leerlijn burgerschap.",
     "Oktober 2025 (BSO-raad), juli 2026 (leerlijn)",
     "Verslagen kinderraad en BSO-raad: per jaar ten minste twee uitgevoerde voorstellen."],
    ["Kindgesprekken", "Ieder kind vanaf groep 3 heeft twee kindgesprekken per jaar.", "Juli 2026",
     "Notities in ParnasSys; kinderpeiling 2026 en 2028."],
    ["Kijken bij anderen", "Elk jaar twee werkbezoeken aan andere kindcentra door collega's van "
     "onderwijs en opvang.", "Elk schooljaar", "Verslag in de teamvergadering."],
    ["Kwaliteitszorg", "Eén kwaliteitskalender voor onderwijs en opvang.", "Januari 2026",
     "Kalender vastgesteld in het managementteam en besproken met MR en oudercommissie."],
]


# ---------------------------------------------------------------------------

def _taal_nl(doc):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, " PAGE "), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def _tabel(doc, rijen):
    breedtes = [Cm(3.0), Cm(6.0), Cm(3.0), Cm(5.0)]
    t = doc.add_table(rows=len(rijen), cols=len(rijen[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, rij in enumerate(rijen):
        for j, tekst in enumerate(rij):
            cel = t.cell(i, j)
            cel.width = breedtes[j]
            cel.text = ""
            run = cel.paragraphs[0].add_run(tekst)
            run.font.size = Pt(9)
            if i == 0:
                run.bold = True
    trpr = t.rows[0]._tr.get_or_add_trPr()
    kop = OxmlElement("w:tblHeader")
    kop.set(qn("w:val"), "true")
    trpr.append(kop)


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.top_margin = Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    _voettekst(sec)

    # Voorblad: gewone alinea's, groot en vet
    for tekst, grootte, vet in (
        ("Kindcentrum Sint Lidwina", 26, True),
        ("katholiek kindcentrum voor kinderen van 0 tot 13 jaar", 13, False),
        ("Almere Poort", 13, False),
        ("", 11, False),
        ("Schoolplan 2025-2029", 20, True),
        ("1 augustus 2025 - 31 juli 2029", 12, False),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.font.size = Pt(grootte)
        r.bold = vet
    doc.add_page_break()

    for soort, tekst in INHOUD:
        if soort == "hst":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            r = p.add_run(tekst)
            r.bold = True
            r.font.size = Pt(14)
        elif soort == "sub":
            p = doc.add_paragraph()
            r = p.add_run(tekst)
            r.italic = True
            r.font.size = Pt(11)
        elif soort == "p":
            doc.add_paragraph(tekst)
        elif soort == "b":
            doc.add_paragraph(tekst, style="List Bullet")
        else:
            raise ValueError(soort)

    _tabel(doc, DOELEN)

    cp = doc.core_properties
    cp.title = ""
    cp.subject = ""
    cp.author = "M. Kuipers"
    cp.last_modified_by = "M. Kuipers"
    cp.keywords = ""
    cp.comments = ""
    cp.language = "nl-NL"
    cp.revision = 12
    cp.created = DATUM
    cp.modified = DATUM
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_156_sint_lidwina.docx")
