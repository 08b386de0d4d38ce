"""Schoolplan 2024-2028 van Vmbo Het Ketelhuis (Almere), zelf opgemaakt in Word.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
Deterministisch: vaste datums in de documenteigenschappen en in het zip-archief.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2024, 7, 4, 10, 30, 0)

# ---------------------------------------------------------------------------
# Inhoud. Blokken: ("h1", tekst), ("h2", tekst), ("p", tekst),
# ("bullets", [..]), ("doelen", [..]), ("tabel", kop, rijen)
# ---------------------------------------------------------------------------

INHOUD = [
    ("h1", "1. Even voorstellen"),
    ("p", "Vmbo Het Ketelhuis is een openbare school voor de basisberoepsgerichte en de kaderberoepsgerichte "
          "leerweg in Almere Stad. We staan sinds 1983 aan de rand van de Danswijk, naast het oude ketelhuis van "
          "de stadsverwarming. Dat gebouw gaf de school haar naam en is sinds de verbouwing van 2016 van ons: "
          "er zitten nu de werkplaatsen voor Bouwen, wonen en interieur (BWI) en Produceren, installeren en "
          "energie (PIE) in. De andere twee profielen, Horeca, bakkerij en recreatie (HBR) en Zorg en welzijn "
          "(Z&W), zitten in het hoofdgebouw."),
    ("p", "Op 1 oktober 2023 telden we 618 leerlingen: 352 in de basisberoepsgerichte leerweg en 266 in de "
          "kaderberoepsgerichte leerweg. In leerjaar 1 en 2 zitten basis- en kaderleerlingen deels in "
          "gecombineerde klassen. 61 procent van onze leerlingen heeft een aanwijzing voor leerwegondersteuning "
          "(lwoo). Ruim de helft woont in Stad-Oost en Haven, 34 procent spreekt thuis (ook) een andere taal dan "
          "Nederlands en voor veel leerlingen geldt dat zij de eersten in hun familie zijn die een diploma halen. "
          "Er werken 76 mensen op school, samen 58,4 fte."),
    ("h2", "Waar we voor staan"),
    ("p", "Onze leerlingen leren het best met hun handen en met mensen om zich heen die in hen geloven. Wij "
          "hebben hoge verwachtingen van onze leerlingen en van elkaar. En we zijn nieuwsgierig naar nieuwe "
          "inzichten om ons onderwijs eigentijds inhoud te geven. In de praktijk komt het neer op drie dingen: "
          "een duidelijke les, een mentor die je kent, en een werkplaats waar je iets echts maakt."),
    ("h2", "Hoe dit plan tot stand kwam"),
    ("p", "We wilden geen dik plan dat in de kast verdwijnt. Op de studiedag van 14 februari 2024 hebben alle "
          "medewerkers in groepjes per onderwerp opgeschreven wat goed gaat en wat beter moet. De leerlingenraad "
          "heeft in maart twee middagen meegedaan en op de ouderavond van 9 april hebben 41 ouders gereageerd op "
          "een eerste versie. Het koersdocument van ons bestuur, de Almeerse Scholen Groep (ASG), lag daarbij op "
          "tafel. Dit schoolplan geldt van 1 augustus 2024 tot en met 31 juli 2028. Elk jaar maken we er een "
          "jaarplan van; de planning per schooljaar staat in de bijlage."),
    ("p", "De hoofdstukken volgen de vragen die collega's zelf stelden: hoe staat het met het gebouw, wat leren "
          "leerlingen, hoe begeleiden we ze, hoe veilig is het, waar gaan ze na ons naartoe, hoe betrekken we "
          "ouders en leerlingen, wat heeft het team nodig en hoe weten we of het werkt. Elk hoofdstuk eindigt "
          "met genummerde doelen."),
    ("h2", "Wat we in 2028 bereikt willen hebben"),
    ("doelen", [
        "Alle klassen in leerjaar 1 en 2 werken met Ketelwerk, ons vakoverstijgende praktijkonderwijs (hoofdstuk 3).",
        "Minstens de helft van onze kaderleerlingen leest in leerjaar 2 op niveau 2F (hoofdstuk 3).",
        "Negen op de tien leerlingen voelen zich veilig op school (hoofdstuk 5).",
        "Alle docenten zijn bevoegd voor het vak dat zij geven (hoofdstuk 8).",
    ]),

    ("h1", "2. Het gebouw: ramen, vensterbanken en een nieuwe ingang"),
    ("p", "Een gebouw uit 1983 vraagt aandacht. Bij de rondgang met de leerlingenraad in maart 2024 kwamen "
          "steeds dezelfde punten terug: warm in de zomer, koud bij de ramen in de winter, te weinig plekken om "
          "rustig te werken buiten het lokaal. Het groot onderhoud valt onder het meerjarenonderhoudsplan van "
          "het bestuur; de keuzes over de inrichting maken we zelf."),
    ("h2", "De vensters van de B-vleugel"),
    ("p", "Wie in de B-vleugel lesgeeft, weet het: de vensters aan de zuidkant zijn nog van de bouw. In lokaal "
          "B12 hebben we in juni 2023 31 graden gemeten. Van de 40 ramen zijn er 14 dichtgeschroefd omdat het "
          "beslag kapot is, en bij harde wind tocht het langs de kozijnen. De vervanging staat nu vast voor de "
          "zomervakantie van 2025: HR++-glas, zonwerende screens aan de buitenkant en draairamen die weer open "
          "kunnen."),
    ("h2", "Vensterbanken als werkplek"),
    ("p", "Bij de vervanging van de ramen verbreden we de vensterbanken in de gang van de B-vleugel tot 45 "
          "centimeter. Er komen stopcontacten en zitkussens, zodat leerlingen er met hun Chromebook zelfstandig "
          "kunnen werken. De houten afwerking en de kussens maken leerlingen van BWI en HBR (keuzevak "
          "Interieur en wonen) in 2025-2026 als praktijkopdracht. De vensterbanken in de lokalen houden we leeg: "
          "geen stapels boeken of dozen, wel de planten die de Z&W-leerlingen in het keuzevak Groen en welzijn "
          "verzorgen."),
    ("h2", "Frisse lucht"),
    ("p", "In het najaar van 2023 hebben we in alle 32 theorielokalen een CO2-meter opgehangen. In 11 lokalen "
          "kwam de waarde bij een volle klas geregeld boven de 1.200 ppm. Met de nieuwe ramen en een aanpassing "
          "van de mechanische ventilatie in de A-vleugel (gepland voor 2026) willen we in alle theorielokalen het "
          "niveau Frisse Scholen klasse B halen. Tot die tijd geldt de afspraak: staat de meter op rood, dan gaat "
          "het raam open en is er na het derde uur vijf minuten pauze met de deur open."),
    ("h2", "Een ingang die je ziet"),
    ("p", "Het Ketelhuis wordt vanaf de Hollandsedreef slecht gezien. De hoofdingang ligt achter de "
          "fietsenstalling en leerlingen, bezoekers en leveranciers gebruiken dezelfde deur. Tussen de lessen "
          "door rijden er bestelbusjes voor de keuken over het plein, midden tussen de leerlingen. In 2025 "
          "verplaatsen we de hoofdingang naar de pleinkant, krijgen leveranciers een eigen laaddeur aan de "
          "achterkant en komt de naam van de school in grote letters op de schoorsteen van het ketelhuis."),
    ("h2", "Glas, netwerk en een verhuizing"),
    ("p", "Bij de verbouwing van 2016 hebben de werkplaatsen in het ketelhuis transparante glazen wanden naar de "
          "gang gekregen. Dat bevalt goed: de technisch onderwijsassistent ziet vanuit de gang wat er bij de "
          "machines gebeurt en er komt daglicht in de gang. In 2026 krijgen ook de keuken van HBR en het "
          "praktijklokaal van Z&W zo'n wand."),
    ("p", "Het draadloze netwerk is niet berekend op 600 Chromebooks tegelijk. In de aula en het ketelhuis valt "
          "de verbinding bij toetsen in Magister en Wolf regelmatig weg. De ICT-afdeling van het servicebureau "
          "vervangt in de kerstvakantie van 2024 alle 38 accesspoints."),
    ("p", "In de zomer van 2025 verhuist Z&W van de A-vleugel naar de C-vleugel, naast HBR. Dan zitten de "
          "profielen die een keuken gebruiken bij elkaar en komt de A-vleugel helemaal vrij voor de onderbouw. "
          "Deze interne verhuizing plannen we samen met de conciërges en de sectie Z&W."),
    ("h2", "Doelen gebouw"),
    ("doelen", [
        "Vóór 1 september 2025 zijn alle 40 ramen van de B-vleugel vervangen en kunnen alle ramen weer open.",
        "Vanaf het schooljaar 2025-2026 zijn er in de B-gang 24 werkplekken in de vensterbank, gemaakt door leerlingen van BWI en HBR.",
        "In 2026 halen alle 32 theorielokalen Frisse Scholen klasse B (CO2 onder 1.200 ppm bij een volle klas).",
        "In 2025 hebben leveranciers een eigen laaddeur en ligt de hoofdingang aan de pleinkant.",
        "Per 1 september 2025 zit Z&W in de C-vleugel en is de A-vleugel ingericht voor leerjaar 1 en 2.",
    ]),

    ("h1", "3. Wat leerlingen bij ons leren"),
    ("h2", "Onderbouw: Ketelwerk"),
    ("p", "Sinds het schooljaar 2023-2024 werken drie klassen van leerjaar 1 met Ketelwerk. Dat zijn zes uur "
          "per week waarin techniek, beeldende vorming, biologie en Nederlands samen één opdracht geven. Een "
          "opdracht duurt zes weken en eindigt met iets wat je kunt vastpakken of laten zien: een nestkast met "
          "een handleiding, een gezonde lunch voor de brugklas, een filmpje over veilig fietsen naar school. Per "
          "groep staan er twee docenten: één uit een praktijkvak en één uit een theorievak. Binnen de opdracht "
          "kiezen leerlingen zelf hoe ze het aanpakken en ze houden een logboek bij dat ze in het Ik-gesprek "
          "laten zien."),
    ("p", "De onderwerpen kiezen we elk jaar samen met de leerlingenraad. Het zijn dingen uit het leven van "
          "onze leerlingen en uit de wijk: eten, sport, geld, de buurt, social media. Na het eerste jaar is het "
          "verzuim in de Ketelwerk-klassen 28 procent lager dan in de andere klassen van leerjaar 1 en gaven "
          "leerlingen Ketelwerk gemiddeld een 7,6. Docenten zijn positief maar noemen de voorbereidingstijd als "
          "knelpunt. Daarom krijgt ieder Ketelwerk-duo vanaf 2024-2025 één uur per week gezamenlijke "
          "voorbereidingstijd in het rooster. In 2024-2025 doen alle klassen van leerjaar 1 mee, in 2025-2026 "
          "ook leerjaar 2."),
    ("h2", "Bovenbouw: profielen en keuzevakken"),
    ("p", "In leerjaar 3 en 4 volgen leerlingen een van de vier profielen: HBR, BWI, PIE of Z&W. Naast het "
          "profiel kiezen ze vier keuzevakken. We bieden er nu 14 aan, waaronder Lassen, Duurzame energie, "
          "Gastheerschap, Patisserie, Mens en gezondheid en Interieur en wonen. Kaderleerlingen kunnen één "
          "keuzevak uit een ander profiel volgen. In 2025 bekijken we met de secties welke keuzevakken weinig "
          "gekozen worden en of Robotica en Zorg en technologie beter aansluiten op wat het mbo vraagt."),
    ("h2", "Lesrestaurant Gastvrij"),
    ("p", "Ons lesrestaurant heet al sinds 2011 Gastvrij. Op dinsdag en donderdag koken en bedienen leerlingen "
          "van leerjaar 3 en 4 HBR er voor zo'n 40 gasten: ouders, mensen uit de wijk en bewoners van het "
          "woonzorgcentrum aan de overkant. Voor het keuzevak Gastheerschap is Gastvrij de oefenplaats: een tafel "
          "dekken, een bestelling opnemen, afrekenen aan de kassa en rustig blijven bij een klacht. De lessen "
          "gastvrijheid en service in het examenprogramma toetsen we voor een deel tijdens echte diensten. Vanaf "
          "januari 2026 willen we Gastvrij ook op woensdagavond openen, zodat kaderleerlingen ervaring opdoen "
          "met een avonddienst."),
    ("h2", "Taal en rekenen"),
    ("p", "Taal is onze zwakste plek. Op de Cito VAS-toets leesvaardigheid in leerjaar 2 las in 2023 41 procent "
          "van onze kaderleerlingen op niveau 2F; in de landelijke vergelijkingsgroep is dat 56 procent. Vanaf "
          "augustus 2024 begint elke les in leerjaar 1 en 2 op maandag, woensdag en vrijdag met tien minuten "
          "vrij lezen, met boeken uit de mediatheek die we samen met de Nieuwe Bibliotheek Almere aanvullen. "
          "Elke sectie maakt een lijst van de twintig belangrijkste vakwoorden per leerjaar en er komt een "
          "taalcoördinator voor 0,2 fte. Voor Nederlands werken we met Nieuw Nederlands, voor wiskunde met "
          "Getal & Ruimte en voor Engels met Stepping Stones. Lwoo-leerlingen krijgen in leerjaar 1 en 2 een "
          "extra uur rekenen met de oefenprogramma's van Muiswerk."),
    ("h2", "Burgerschap"),
    ("p", "Burgerschap is bij ons geen los vak, maar een leerlijn door de mentorles, maatschappijleer en "
          "Ketelwerk. In leerjaar 1 gaat het over afspraken in de klas, ruzie oplossen en de verkiezing van de "
          "leerlingenraad, met echte kandidaten en een stembus. In leerjaar 2 doen leerlingen een wijkproject: "
          "ze maken met de gemeente een voorstel voor een speelplek of ontmoetingsplek in de Danswijk en "
          "presenteren dat aan de wijkregisseur. In leerjaar 3 behandelt maatschappijleer democratie en de "
          "rechtsstaat en gaan alle klassen met ProDemos naar Den Haag. In leerjaar 4 voeren leerlingen een "
          "debat over een actueel onderwerp en lopen ze twintig uur maatschappelijke stage, vaak bij het "
          "buurtcentrum of het woonzorgcentrum. De leerlijn is in 2023 op papier gezet. In het schooljaar "
          "2024-2025 leggen we haar naast de kerndoelen en de nieuwe wettelijke burgerschapsopdracht en vullen "
          "we de gaten."),
    ("h2", "Een openbare school"),
    ("p", "Het Ketelhuis is een openbare school. Iedereen kan hier terecht, wat je thuis ook gelooft of "
          "waar je familie ook vandaan komt. In de praktijk betekent dat: in leerjaar 2 zit in Ketelwerk een "
          "opdracht over geloven en feesten in Almere, waarbij leerlingen in groepjes een moskee, een kerk en "
          "een hindoetempel bezoeken en er verslag van doen. In de stille ruimte naast de "
          "mediatheek kan iedereen bidden of even tot rust komen. Als school vieren we geen religieuze feesten, "
          "maar we plannen geen toetsen op het Suikerfeest, het Offerfeest en Divali, en leerlingen mogen in "
          "de mentorles vertellen over hun feest. Bij discussies in de klas leren docenten leerlingen om naar "
          "elkaar te luisteren, ook als ze het grondig oneens zijn."),
    ("h2", "Resultaten"),
    ("p", "In 2023 slaagde 97,1 procent van onze basisleerlingen en 92,4 procent van onze kaderleerlingen. "
          "Bij het laatste inspectiebezoek in 2022 voldeden onze onderwijsresultaten aan de norm en kregen we "
          "het basisarrangement. Waar we minder tevreden over zijn, is de opstroom: in leerjaar 2 stroomt nu 11 "
          "procent van de basisleerlingen op naar kader. We geloven dat meer leerlingen dat kunnen. Daarom "
          "spreken we af: bij twijfel plaatsen we een leerling op het hogere niveau, met extra begeleiding in "
          "de eerste periode, en elke mentor bespreekt in februari van leerjaar 1 met iedere basisleerling met "
          "een gemiddelde van 7 of hoger of kader haalbaar is."),
    ("h2", "Doelen onderwijs"),
    ("doelen", [
        "Vanaf augustus 2025 werken alle klassen in leerjaar 1 en 2 met Ketelwerk, zes uur per week.",
        "In 2027 leest minimaal 50 procent van de kaderleerlingen in leerjaar 2 op niveau 2F (2023: 41 procent).",
        "Het slagingspercentage is elk jaar minimaal 95 procent in basis en 92 procent in kader.",
        "De opstroom van basis naar kader in leerjaar 2 groeit van 11 procent naar 15 procent in 2027-2028.",
        "Vanaf januari 2026 is lesrestaurant Gastvrij ook op woensdagavond open.",
        "Vóór juli 2025 is de burgerschapsleerlijn getoetst aan de kerndoelen; de ontbrekende onderdelen staan in 2025-2026 in het rooster.",
    ]),

    ("h1", "4. Begeleiding en leerwegondersteuning"),
    ("h2", "Wat iedere leerling krijgt"),
    ("p", "Iedere klas heeft een mentor met twee mentoruren per week. In leerjaar 1 en 2 blijft de mentor "
          "twee jaar bij dezelfde klas, zodat iedere leerling op school minstens één volwassene heeft die hem "
          "echt kent. Drie keer per jaar is er een Ik-gesprek tussen leerling, ouder en "
          "mentor (zie hoofdstuk 7). In de eerste zes weken van leerjaar 1 vult de mentor met het "
          "overdrachtsdossier van de basisschool en de uitslag van de Cito VAS-instaptoets een groepsoverzicht "
          "in: wat heeft deze leerling nodig om goed te kunnen leren, en wat werkt bij hem of haar? Drie keer "
          "per jaar is er per klas een leerlingbespreking met alle docenten. Daar spreken we per leerling af wie "
          "wat doet, en dat komt in Magister."),
    ("h2", "Leerwegondersteuning"),
    ("p", "Voor de 61 procent leerlingen met lwoo betekent Het Ketelhuis: klassen van maximaal 16 leerlingen "
          "in plaats van 24, een extra uur Nederlands en een extra uur rekenen in leerjaar 1 en 2, een "
          "huiswerkklas van maandag tot en met donderdag tot 16.00 uur en een vaste mentor voor twee jaar. "
          "Ongeveer 30 leerlingen per jaar volgen de training Sterk in je schoenen, voor faalangst en sociale "
          "vaardigheden, gegeven door onze orthopedagoog en een mentor. Vanaf 2025-2026 vullen lwoo-leerlingen "
          "twee keer per jaar samen met hun mentor een doelenkaart in met twee eigen leerdoelen."),
    ("h2", "Extra ondersteuning"),
    ("p", "Het zorgteam bestaat uit de zorgcoördinator (1,0 fte), een orthopedagoog (0,6 fte) en de "
          "schoolmaatschappelijk werker van De Schoor (twee dagen per week). Zes keer per jaar komt het zorg- en "
          "adviesteam bijeen met de jeugdarts van GGD Flevoland, de leerplichtambtenaar en het wijkteam. Voor "
          "ongeveer 45 leerlingen is er een ontwikkelingsperspectiefplan. Leerlingen die tijdelijk niet in de "
          "klas kunnen functioneren, gaan naar onze trajectklas Het Tussenstation: maximaal 12 leerlingen, "
          "maximaal 12 weken, met een terugkeerplan vanaf de eerste dag. In 2023-2024 keerde 71 procent binnen "
          "die termijn terug in de eigen klas."),
    ("h2", "Wat we wel en niet kunnen"),
    ("p", "Ons schoolondersteuningsprofiel is in maart 2024 herzien. We kunnen goed begeleiden: leerlingen met "
          "dyslexie of dyscalculie (met faciliteiten en voorleessoftware), leerlingen met AD(H)D of autisme die "
          "in een groep van 16 kunnen functioneren, leerlingen met lichte angst- of stemmingsklachten en "
          "leerlingen die nog maar kort Nederlands leren en uit de internationale schakelklas komen. We kunnen "
          "het niet waarmaken voor leerlingen die langdurig één-op-één begeleiding nodig hebben, voor ernstige "
          "agressie of voor intensieve medische zorg onder schooltijd. Dan zoeken we met de ouders en het "
          "Samenwerkingsverband Passend Onderwijs Almere een passende plek, bijvoorbeeld in het voortgezet "
          "speciaal onderwijs of het praktijkonderwijs. In 2023-2024 ging het om zeven leerlingen; bij vijf van "
          "hen was er binnen zes weken een nieuwe plek. Drie leerlingen zaten dat jaar langer dan vier weken "
          "thuis. Dat moet beter: in het overleg met het samenwerkingsverband spreken we af dat we na twee "
          "weken thuiszitten samen een oplossing op tafel leggen."),
    ("h2", "Doelen begeleiding"),
    ("doelen", [
        "Elk jaar ligt vóór de herfstvakantie voor iedere klas van leerjaar 1 een groepsoverzicht in Magister.",
        "In 2025 staat het schoolondersteuningsprofiel in eenvoudige taal op de website, nagelezen door het ouderpanel.",
        "Vanaf 2024-2025 zit geen enkele leerling langer dan vier weken thuis zonder onderwijsaanbod.",
        "In 2026 keert 80 procent van de leerlingen uit Het Tussenstation binnen 12 weken terug in de eigen klas.",
        "Vanaf 2025-2026 heeft iedere lwoo-leerling twee keer per jaar een doelenkaart met eigen leerdoelen.",
    ]),

    ("h1", "5. Een veilige school"),
    ("h2", "Hoe veilig voelen leerlingen zich?"),
    ("p", "In de leerlingenpeiling van 2023, die we afnemen via Scholen op de kaart (het vroegere Vensters), gaf "
          "84 procent van onze leerlingen aan zich veilig te voelen op school. Het landelijke gemiddelde voor het "
          "vmbo ligt op 89 procent. Het laagst scoorden de fietsenstalling (62 procent voelt zich daar veilig) en "
          "de kantine in de grote pauze (71 procent). Incidenten registreren we in Magister; in 2022-2023 waren "
          "het er 212, vooral ruzies in de pauze en online pesten."),
    ("h2", "Wat we doen"),
    ("p", "In elke pauze lopen vier medewerkers surveillance, van wie één bij de fietsenstalling. De "
          "antipestcoördinator bespreekt het pestprotocol elk jaar in de mentorles van leerjaar 1. De "
          "schoolleiding bespreekt de incidentencijfers elk kwartaal. De wijkagent is één keer per week op het "
          "plein. Twee keer per jaar houden we een ontruimingsoefening. Sinds januari 2024 gaan mobiele "
          "telefoons bij binnenkomst in de telefoontas van de klas. Voor de fietsenstalling komen in 2025 betere "
          "verlichting en een camera die alleen bij incidenten wordt uitgelezen."),
    ("h2", "De Ketelcode en herstelgesprekken"),
    ("p", "In 2022 heeft de leerlingenraad samen met docenten de Ketelcode gemaakt: vijf afspraken over hoe "
          "we met elkaar omgaan. Ze gelden ook voor volwassenen. Een docent scheldt niet, maakt een leerling niet "
          "belachelijk en luistert eerst. De Ketelcode hangt in elk lokaal en in de werkplaatsen. Als het misgaat "
          "(een vechtpartij, een leerling die een docent uitscheldt, of een docent die een leerling voor de klas "
          "afbrandt) volgt een herstelgesprek onder leiding van een getrainde collega. Het doel is dat beide "
          "partijen weer met elkaar verder kunnen. Nu zijn negen collega's getraind in herstelgericht werken. "
          "Eind 2025 moeten dat er twintig zijn, zodat er op elke dag iemand beschikbaar is."),
    ("h2", "Doelen veiligheid"),
    ("doelen", [
        "In de leerlingenpeiling van 2027 voelt 90 procent van de leerlingen zich veilig op school (2023: 84 procent).",
        "In 2026 voelt 80 procent van de leerlingen zich veilig in de fietsenstalling (2023: 62 procent).",
        "Eind 2025 zijn twintig collega's getraind in het leiden van herstelgesprekken.",
        "Elk schooljaar bespreekt de leerlingenraad in oktober de Ketelcode en stelt die zo nodig bij.",
    ]),

    ("h1", "6. Stage, loopbaan en Project Horizon"),
    ("p", "Project Horizon is onze loopbaanlijn. Vanaf de eerste week in leerjaar 1 tot aan het diploma kijken "
          "leerlingen over de schoolmuur heen: welk werk past bij mij en wat moet ik daarvoor kunnen? De naam "
          "bedachten leerlingen in 2019, toen het project begon."),
    ("bullets", [
        "Leerjaar 1: vier Horizon-dagen met bezoeken aan bedrijven in de buurt, zoals een bakkerij, een garage, een bouwplaats en een woonzorgcentrum.",
        "Leerjaar 2: vier doedagen in de werkplaatsen van alle profielen en een profielkeuzegesprek met leerling en ouders.",
        "Leerjaar 3: een snuffelstage van twee weken in het gekozen profiel.",
        "Leerjaar 4: vier weken beroepspraktijkvorming en een overstapgesprek met de mbo-opleiding.",
    ]),
    ("p", "We werken met ongeveer 140 stagebedrijven in Almere en omgeving. We plaatsen leerlingen alleen bij "
          "bedrijven die door de SBB erkend zijn als leerbedrijf, of die die erkenning binnen een jaar aanvragen. "
          "Met ROC van Flevoland hebben we afspraken over doorlopende leerlijnen in de techniek en de zorg. Via het "
          "regionale programma Sterk Techniekonderwijs delen we met twee andere vmbo-scholen in Almere en het ROC "
          "een lasopstelling en een installatiewerkplaats. Zorggroep Almere levert elk jaar gastdocenten voor "
          "Z&W en biedt stageplaatsen op twee locaties. Het woonzorgcentrum aan de overkant is vaste gast in "
          "Gastvrij en ontvangt onze leerlingen voor de maatschappelijke stage."),
    ("p", "In 2023 begon 94 procent van onze gediplomeerden aan een mbo-opleiding. Na een jaar zat 81 procent "
          "nog op dezelfde opleiding. Dat willen we verhogen. Vanaf 2024-2025 is er voor alle lwoo-leerlingen "
          "een warme overdracht: de mentor belt in oktober met de studieloopbaanbegeleider van de mbo-opleiding "
          "en in leerjaar 4 loopt iedere leerling een meeloopdag op de opleiding van zijn keuze."),
    ("h2", "Doelen loopbaan"),
    ("doelen", [
        "Elk jaar zijn er in leerjaar 1 vier Horizon-dagen, met bezoeken aan minstens twaalf verschillende bedrijven.",
        "In 2026 hebben we 160 erkende stageplaatsen (2024: 140).",
        "In 2028 zit 88 procent van onze oud-leerlingen na één jaar nog op de gekozen mbo-opleiding (2023: 81 procent).",
        "Vanaf 2024-2025 is er voor 100 procent van de lwoo-leerlingen een warme overdracht naar het mbo.",
    ]),

    ("h1", "7. Ouders en leerlingen aan tafel"),
    ("h2", "Ouders"),
    ("p", "Ouders zien we nog te vaak pas als er iets mis is. Dat willen we omdraaien. Drie keer per jaar, in "
          "oktober, februari en juni, voert de mentor een Ik-gesprek met de leerling en zijn ouders. De leerling "
          "leidt het gesprek zelf, met zijn logboek van Ketelwerk en zijn cijfers erbij, en samen spreken ze af "
          "waar de komende periode aan gewerkt wordt en wat ouders thuis kunnen doen. In 2023-2024 was de opkomst "
          "68 procent. Ouders die overdag werken kunnen vanaf dit jaar ook een gesprek om 18.30 uur of via beeld "
          "kiezen."),
    ("p", "Sinds 2023 schrijven we alle brieven aan ouders op taalniveau B1. De nieuwsbrief Uit het Ketelhuis "
          "verschijnt elke maand. Bij ongeveer 40 gezinnen zetten we bij gesprekken een tolk in, vooral voor "
          "Arabisch, Turks, Pools en Tigrinya. Cijfers en absentie staan in de Magister-app; bij drie onvoldoendes "
          "op rij neemt de mentor zelf contact op. Het ouderpanel, twaalf ouders, komt vier keer per jaar bij "
          "elkaar. Het panel heeft in 2023 de huiswerkklas mee ontworpen en leest in 2025 de nieuwe versie van het "
          "schoolondersteuningsprofiel."),
    ("h2", "Open dag en aanmelding"),
    ("p", "De open dag in januari blijft de belangrijkste dag voor de aanmelding. In januari 2024 kwamen er 410 "
          "bezoekers en meldden zich 171 leerlingen aan (2022: 158). Naast de open dag organiseren we in maart "
          "twee lesjesmiddagen voor groep 8, waarin basisschoolleerlingen een middag meedraaien in de "
          "werkplaatsen. Met de intern begeleiders van de basisscholen die de meeste leerlingen naar ons sturen, "
          "voeren we elk voorjaar een warm overdrachtsgesprek over iedere nieuwe leerling."),
    ("h2", "Leerlingenraad en MR"),
    ("p", "De leerlingenraad heeft veertien leden uit alle leerjaren en overlegt elke maand met de directeur. In "
          "2023-2024 ging het onder meer over de Ketelcode, het aanbod in de kantine en de onderwerpen van "
          "Ketelwerk. De medezeggenschapsraad heeft acht leden: vier medewerkers, twee ouders en twee leerlingen. "
          "We leggen grote plannen eerst als schets aan de MR voor, voordat er een formeel voorstel komt. Zo is "
          "het gegaan met het rooster van Ketelwerk, en zo doen we het ook met de verhuizing van Z&W en de nieuwe "
          "ingang. De MR heeft op 11 juni 2024 ingestemd met dit schoolplan."),
    ("h2", "Doelen ouders en leerlingen"),
    ("doelen", [
        "In 2026-2027 komt 85 procent van de ouders naar de Ik-gesprekken (2023-2024: 68 procent).",
        "Elk jaar melden zich minstens 165 nieuwe leerlingen aan.",
        "Het ouderpanel komt vier keer per jaar bij elkaar en ziet elk jaar minstens één voorstel terug in het beleid.",
        "Vanaf 2024-2025 bespreken we elk groot plan eerst als schets met de MR en daarna pas als voorstel.",
    ]),

    ("h1", "8. Ons team"),
    ("p", "Er werken 76 mensen op Het Ketelhuis: 49 docenten, 8 technisch onderwijsassistenten en "
          "onderwijsassistenten, een zorgteam van vier en medewerkers in de administratie, de conciërgeloge en "
          "de mediatheek. Het team is trouw: de helft werkt hier langer dan tien jaar. Tegelijk staan er elk jaar "
          "vacatures open voor Nederlands, wiskunde en de techniekvakken."),
    ("h2", "Bevoegd voor de klas"),
    ("p", "Zes docenten van praktijkvakken hebben nog geen volledige bevoegdheid. Het zijn vakmensen: een kok, "
          "een timmerman, een installateur, een verpleegkundige. We willen hen houden. Ieder van hen heeft een "
          "opleidingsplan, via de deeltijdopleiding van Hogeschool Windesheim Flevoland of via het pedagogisch-"
          "didactisch getuigschrift. Ze krijgen vier uur per week vrij voor hun studie en een vaste coach uit het "
          "team, en de schoolleiding bespreekt de voortgang twee keer per jaar met hen."),
    ("h2", "Scholing"),
    ("p", "In 2024-2025 en 2025-2026 volgt het hele team de scholing expliciete directe instructie (EDI): vier "
          "studiedagen, gevolgd door lesbezoeken bij elkaar met een gezamenlijke kijkwijzer. In 2026-2027 is "
          "taalgericht vakonderwijs het thema, aansluitend op de leesaanpak uit hoofdstuk 3. Nieuwe collega's "
          "volgen het eerste jaar het inductieprogramma van de ASG Academie en ons eigen startprogramma met een "
          "buddy. Ieder jaar reserveren we per fte 40 uur voor eigen scholing; in het ontwikkelgesprek wordt "
          "vastgelegd waaraan die besteed worden."),
    ("h2", "Leerteams"),
    ("p", "Elk jaar werken vijf leerteams van vier tot zes collega's aan een vraag uit hun eigen lessen, "
          "bijvoorbeeld: hoe krijgen we lwoo-leerlingen aan het lezen in de praktijkles? Of: wat doet de "
          "telefoontas met de concentratie in het vierde uur? De teams komen zes keer per jaar bij elkaar, "
          "bezoeken elkaars lessen en presenteren hun uitkomst op de laatste studiedag in juni. Zo maken we "
          "van leren van elkaar een gewoonte in plaats van iets voor op de studiedag."),
    ("h2", "Samen met andere ASG-scholen"),
    ("p", "Onze secties PIE en BWI werken sinds 2022 samen met de techniekafdelingen van twee andere vmbo-scholen "
          "van de ASG. We maken samen oefenopdrachten voor het centraal schriftelijk en praktisch examen en "
          "examinatoren beoordelen kruislings elkaars leerlingen. Onze examensecretaris neemt deel aan het "
          "ASG-overleg van examensecretarissen. In 2026 willen we HBR op dezelfde manier laten samenwerken."),
    ("h2", "Het ontwikkelgesprek"),
    ("p", "Iedere medewerker heeft één keer per jaar een ontwikkelgesprek met zijn leidinggevende. Voor "
          "docenten gaan daar twee lesbezoeken aan vooraf: één door een collega en één door de teamleider. In "
          "2022-2023 had 71 procent van de medewerkers zo'n gesprek gehad. Vanaf 2024-2025 plannen de "
          "teamleiders alle gesprekken in september in, zodat niemand wordt overgeslagen."),
    ("h2", "Doelen team"),
    ("doelen", [
        "Op 1 augustus 2027 zijn alle zes docenten die nu nog niet bevoegd zijn, bevoegd voor hun vak.",
        "Vanaf 2024-2025 heeft 100 procent van de medewerkers elk jaar een ontwikkelgesprek.",
        "Eind 2026 hebben alle docenten de EDI-scholing gevolgd en zien we bij lesbezoeken in 80 procent van de lessen een heldere instructie met controle van begrip.",
        "Elk jaar draaien vijf leerteams, die in juni hun uitkomst presenteren.",
        "In 2026 examineert ook de sectie HBR kruislings samen met een andere ASG-vmbo-school.",
    ]),

    ("h1", "9. Hoe we weten of het werkt"),
    ("p", "We werken met een vaste jaarcyclus. In juni maakt elk team (onderbouw, bovenbouw per profiel, "
          "zorgteam) een jaarplan met hooguit vijf doelen, afgeleid van dit schoolplan. In januari is er een "
          "tussenevaluatie, in september het jaarverslag. Vier keer per jaar spreekt de directeur met het "
          "bestuur aan de hand van de kwartaalrapportage van de ASG."),
    ("p", "Wat we meten:"),
    ("bullets", [
        "Examenresultaten: elke sectie maakt in oktober een analyse per vak in Wolf en bespreekt die met de teamleider.",
        "Doorstroom en opstroom in leerjaar 2, en het aantal leerlingen dat na een jaar nog op zijn mbo-opleiding zit.",
        "Leesvaardigheid en rekenen via de Cito VAS-toetsen aan het begin en eind van leerjaar 1 en 2.",
        "De leerlingenpeiling (2025 en 2027) en de ouderpeiling (2026) via Scholen op de kaart.",
        "Lesbezoeken met de EDI-kijkwijzer: drie per docent per jaar, waarvan twee door collega's.",
        "Verzuim: ongeoorloofd verzuim per leerjaar, elke maand besproken met de leerplichtambtenaar.",
    ]),
    ("p", "Bij het laatste inspectiebezoek in 2022 kregen we het basisarrangement. De inspectie vroeg toen om "
          "meer zicht op de kwaliteit van de lessen zelf. Daarom zijn de lesbezoeken met een kijkwijzer nu "
          "vast onderdeel van de cyclus. Wat we uit de lesbezoeken halen, koppelen we twee keer per jaar terug "
          "op een teamvergadering, zonder namen."),
    ("h2", "Doelen kwaliteit"),
    ("doelen", [
        "Elk jaar ligt er in juni per team een jaarplan met hooguit vijf doelen en in september een jaarverslag.",
        "Elk jaar maken alle secties in oktober een examenanalyse en spreken ze minstens één verbeterpunt af.",
        "In 2025 en 2027 nemen we de leerlingenpeiling af en in 2026 de ouderpeiling, met een respons van minstens 70 procent.",
        "Bij het volgende inspectiebezoek zijn alle standaarden minimaal voldoende.",
    ]),
]

BIJLAGE_KOP = ["Schooljaar", "Wat we doen"]
BIJLAGE_RIJEN = [
    ("2024-2025", "Ketelwerk in alle klassen van leerjaar 1; leesaanpak; start EDI-scholing; nieuw wifi-netwerk; "
                  "warme overdracht lwoo naar mbo; burgerschapsleerlijn getoetst."),
    ("2025-2026", "Ketelwerk ook in leerjaar 2; nieuwe ramen en vensterbankwerkplekken B-vleugel; verhuizing "
                  "Z&W; nieuwe ingang; leerlingenpeiling; twintig collega's getraind in herstelgesprekken."),
    ("2026-2027", "Frisse Scholen klasse B; Gastvrij op woensdagavond; taalgericht vakonderwijs; ouderpeiling; "
                  "HBR examineert kruislings; 160 stageplaatsen."),
    ("2027-2028", "Alle docenten bevoegd; leerlingenpeiling; evaluatie van dit schoolplan en voorbereiding "
                  "schoolplan 2028-2032."),
]


# ---------------------------------------------------------------------------
# Opmaak
# ---------------------------------------------------------------------------

def _zet_taal(doc, taal="nl-NL"):
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), taal)
    lang.set(qn("w:eastAsia"), taal)


def _veld(paragraph, instructie, standaardtekst):
    def fld(soort):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), soort)
        return el
    r1 = paragraph.add_run()
    r1._r.append(fld("begin"))
    r2 = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " %s " % instructie
    r2._r.append(instr)
    r3 = paragraph.add_run()
    r3._r.append(fld("separate"))
    paragraph.add_run(standaardtekst)
    r5 = paragraph.add_run()
    r5._r.append(fld("end"))


def _nieuwe_nummering(doc):
    """Nieuwe lijstinstantie van 'List Number' die weer bij 1 begint."""
    numid = doc.styles["List Number"].element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract = numbering.num_having_numId(numid).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def _genummerd(doc, items):
    numid = _nieuwe_nummering(doc)
    for tekst in items:
        p = doc.add_paragraph(tekst, style="List Number")
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = numid


def _koprij_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _vaste_zipdatum(path):
    with open(path, "rb") as f:
        data = f.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 4, 10, 30, 0))
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as f:
        f.write(uit.getvalue())


def build(path):
    doc = Document()
    _zet_taal(doc)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam, kleur in (("Heading 1", RGBColor(0x8A, 0x3B, 0x12)), ("Heading 2", RGBColor(0x3F, 0x3F, 0x3F))):
        doc.styles[naam].font.color.rgb = kleur

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 Vmbo Het Ketelhuis"
    cp.subject = "Schoolplan"
    cp.author = "M. Verkerk-Bandoe"
    cp.last_modified_by = "M. Verkerk-Bandoe"
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.language = "nl-NL"
    cp.revision = 7
    cp.created = datetime.datetime(2024, 3, 11, 8, 15, 0)
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM

    # voettekst met paginanummer
    vp = sec.footer.paragraphs[0]
    vp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    vp.add_run("Schoolplan Vmbo Het Ketelhuis 2024-2028  |  pagina ")
    _veld(vp, "PAGE", "1")

    # voorblad
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    st = doc.add_paragraph("Vmbo Het Ketelhuis", style="Subtitle")
    p = doc.add_paragraph("Basisberoepsgerichte en kaderberoepsgerichte leerweg, met leerwegondersteuning")
    p.runs[0].italic = True
    doc.add_paragraph()
    gegevens = [
        "Almere, juni 2024",
        "Directeur: Marloes Verkerk-Bandoe",
        "Teamleiders: Yusuf Demirtaş (leerjaar 1 en 2), Petra van Hoorn (leerjaar 3 en 4)",
        "BRIN: 30KT",
        "Bevoegd gezag: Almeerse Scholen Groep",
    ]
    for regel in gegevens:
        q = doc.add_paragraph(regel)
        q.paragraph_format.space_after = Pt(2)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # inhoudsopgave
    doc.add_paragraph("Inhoud", style="TOC Heading")
    toc = doc.add_paragraph()
    _veld(toc, 'TOC \\o "1-2" \\h \\z \\u', "Klik met de rechtermuisknop en kies Veld bijwerken om de inhoudsopgave te tonen.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

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
        elif soort == "doelen":
            _genummerd(doc, blok[1])

    doc.add_heading("Bijlage: planning per schooljaar", level=1)
    doc.add_paragraph("De planning hieronder is de basis voor de jaarplannen. We stellen haar elk jaar in juni bij.")
    tabel = doc.add_table(rows=1, cols=2)
    tabel.style = "Light Grid Accent 1"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, kop in enumerate(BIJLAGE_KOP):
        tabel.rows[0].cells[i].text = kop
    _koprij_herhalen(tabel.rows[0])
    for jaar, wat in BIJLAGE_RIJEN:
        cellen = tabel.add_row().cells
        cellen[0].text = jaar
        cellen[1].text = wat
    for rij in tabel.rows:
        rij.cells[0].width = Cm(3.0)
        rij.cells[1].width = Cm(13.4)

    doc.add_heading("Vaststelling", level=1)
    doc.add_paragraph("De medezeggenschapsraad van Vmbo Het Ketelhuis heeft op 11 juni 2024 ingestemd met dit "
                      "schoolplan. De directeur heeft het plan op 18 juni 2024 vastgesteld en het College van "
                      "Bestuur van de Almeerse Scholen Groep heeft het op 4 juli 2024 goedgekeurd.")
    onder = doc.add_table(rows=2, cols=2)
    onder.style = "Table Grid"
    onder.rows[0].cells[0].text = "Namens de medezeggenschapsraad"
    onder.rows[0].cells[1].text = "Directeur"
    onder.rows[1].cells[0].text = "R. Oosterbeek, voorzitter\n\n\nHandtekening:"
    onder.rows[1].cells[1].text = "M. Verkerk-Bandoe\n\n\nHandtekening:"

    doc.save(path)
    _vaste_zipdatum(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_123_vmbo_het_ketelhuis.docx")
