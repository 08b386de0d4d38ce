"""Ontwikkelschoolplan 05: Waterkant Lyceum (vo, algemeen-bijzonder), schoolplan 2024-2028.

Genummerde kopjes, een doelentabel voor alle kernwaarden en vensters door elkaar,
een meerjarenplanning met kruisjes en MR-instemming in de tekst.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


# ---------------------------------------------------------------------------
# Teksten
# ---------------------------------------------------------------------------
SCHOOL = "Waterkant Lyceum"

META = {
    "titel": "Schoolplan 2024-2028 Waterkant Lyceum",
    "auteur": "M. van Doorn, rector",
    "datum": (2024, 5, 21, 10, 0, 0),
    "koptekst": "Waterkant Lyceum – Schoolplan 2024-2028",
    "voettekst": "Waterkant Lyceum, Almere Poort",
}

DOELEN = [
    ("1", "Onderwijsresultaten: het bovenbouwsucces op de havo komt weer boven de inspectienorm.",
     "Determinatie in havo 3 aanscherpen met een adviesgesprek met leerling en ouders; steunlessen en training studievaardigheden in havo 4; tussenevaluatie na elke rapportperiode.",
     "2024-2025 t/m 2025-2026", "teamleider havo bovenbouw",
     "In 2026 ligt het bovenbouwsucces havo op of boven de norm; in 2028 scoren havo en vwo op alle vier indicatoren boven de norm."),
    ("2", "Welkom op school: bezoekers, nieuwe leerlingen en nieuwe collega's voelen zich vanaf de eerste dag thuis.",
     "Balie bij de hoofdingang vanaf 7.45 uur bemand; brugklassers worden de eerste week ontvangen door hun mentor en een buddy uit leerjaar 3; nieuwe collega's krijgen een maatje en een introductieprogramma van drie middagen.",
     "vanaf 2024-2025", "conrector onderwijs",
     "In de leerlingpeiling van 2026 geeft 90% van de brugklassers aan zich thuis te voelen op school (2023: 82%)."),
    ("3", "Personeel: iedere medewerker doorloopt elk jaar de volledige gesprekkencyclus.",
     "Start-, voortgangs- en eindgesprek vast in de jaarplanner; teamleiders volgen een training in het voeren van ontwikkelgesprekken.",
     "2024-2025", "rector",
     "100% van de medewerkers heeft de cyclus doorlopen (2023-2024: 81%)."),
    ("4", "Keuzewerktijd: leerlingen in de bovenbouw kiezen zelf waar zij extra tijd aan besteden.",
     "Pilot in havo 4; evaluatie met leerlingen en docenten in juni 2025; daarna uitbreiding naar havo 5 en vwo 4 tot en met 6.",
     "pilot 2024-2025, uitbreiding 2025-2026 en 2026-2027", "teamleider havo bovenbouw",
     "In 2027 hebben alle bovenbouwleerlingen vier uur keuzewerktijd per week; 75% van hen vindt die uren zinvol."),
    ("5", "Informatie aan ouders en leerlingen: iedereen weet waar hij aan toe is.",
     "Vaste reactietermijn van twee werkdagen op e-mail; nieuwe website met alle regelingen; maandelijks het Waterkant Maandbericht.",
     "2024-2025", "rector en medewerker communicatie",
     "In de ouderpeiling van 2026 is het rapportcijfer voor informatievoorziening minimaal 7,5 (2023: 6,8)."),
    ("6", "Bevoegdheid: alle lessen worden gegeven door bevoegde docenten.",
     "Docenten zonder bevoegdheid volgen een opleiding met coach en studietijd; bij werving krijgen bevoegde kandidaten of kandidaten die binnen twee jaar bevoegd zijn voorrang.",
     "2024-2025 t/m 2027-2028", "rector",
     "In 2027 is 95% van de docenten bevoegd voor vak en afdeling (2023: 90%)."),
    ("7", "Curriculum: een leerlijn digitale geletterdheid in de onderbouw.",
     "Per vak leerdoelen vaststellen; scholing van docenten; leerlijn vastleggen in het curriculumdocument onderbouw.",
     "ontwikkeling 2024-2025, invoering 2025-2026", "werkgroep curriculum",
     "Vanaf 2026 werken alle onderbouwklassen met de leerlijn; 80% van de leerlingen haalt eind leerjaar 3 het afgesproken niveau."),
    ("8", "Mentoraat: mentoren kennen hun leerlingen en weten wat elke leerling nodig heeft.",
     "Kennismakingsgesprek met leerling en ouders in leerjaar 1; drie coachgesprekken per leerling per jaar; leerlingbespreking na elke periode.",
     "vanaf 2024-2025", "zorgcoördinator en teamleiders",
     "Elke leerling heeft jaarlijks minstens drie gesprekken met de mentor; 85% van de leerlingen zegt dat de mentor weet hoe het met hem of haar gaat."),
    ("9", "Gezond aan het werk: het ziekteverzuim van het personeel daalt.",
     "Belasting en belastbaarheid vast onderwerp in het voortgangsgesprek; minder lestaken voor starters; deelname aan het fitnessprogramma van ASG; vroeg contact met de bedrijfsarts.",
     "2024-2025 t/m 2026-2027", "rector en HR-adviseur",
     "Het verzuim ligt in 2027 onder de 5% (2022-2023: 6,4%)."),
    ("10", "Het hoogst haalbare niveau: meer leerlingen halen een diploma op het niveau dat bij hen past.",
     "Voordeel van de twijfel bij de overgang; doorstroomtraject havo 5 naar vwo 5; mogelijkheid een extra examenvak te volgen.",
     "2024-2025 t/m 2027-2028", "conrector onderwijs",
     "De afstroom in de onderbouw daalt van 9% naar 6%; jaarlijks stromen minstens tien leerlingen door van havo naar vwo."),
    ("11", "Sociale veiligheid: iedereen voelt zich veilig en wordt met respect behandeld.",
     "Gedragscode 'Zo doen we dat hier' elk jaar in de klas bespreken; training herstelgesprekken voor mentoren; vaste anti-pestcoördinator.",
     "2024-2025 t/m 2027-2028", "anti-pestcoördinator",
     "95% van de leerlingen voelt zich veilig op school (2023: 91%)."),
    ("12", "Kwaliteitszorg: we weten hoe goed ons onderwijs is en verbeteren waar nodig.",
     "Twee lesbezoeken per docent per jaar met de kijkwijzer; interne audit door een collega-school; jaarverslag met evaluatie per doel.",
     "elk schooljaar", "conrector onderwijs",
     "Het jaarverslag evalueert alle doelen; audits in 2025 en 2027 zijn afgerond en besproken met team en MR."),
]

PLANNING = [
    ("1 Bovenbouwsucces havo", "X", "X", "", ""),
    ("2 Welkom op school", "X", "X", "", ""),
    ("3 Gesprekkencyclus", "X", "", "", ""),
    ("4 Keuzewerktijd", "X", "X", "X", ""),
    ("5 Informatie aan ouders en leerlingen", "X", "", "", ""),
    ("6 Bevoegdheid", "X", "X", "X", "X"),
    ("7 Leerlijn digitale geletterdheid", "X", "X", "", ""),
    ("8 Mentoraat", "X", "X", "X", "X"),
    ("9 Gezond aan het werk", "X", "X", "X", ""),
    ("10 Het hoogst haalbare niveau", "X", "X", "X", "X"),
    ("11 Sociale veiligheid", "X", "X", "X", "X"),
    ("12 Kwaliteitszorg", "X", "X", "X", "X"),
]

BLOCKS = [
    ("cover", [
        ("space", 4),
        ("title", "Waterkant Lyceum"),
        ("subtitle", "Schoolplan 2024-2028"),
        ("big", "Leren met uitzicht"),
        ("space", 2),
        ("line", "Algemeen-bijzondere school voor havo en vwo"),
        ("line", "Havikweg 12, Almere Poort – BRIN 27QW"),
        ("line", "Onderdeel van de Almeerse Scholen Groep (ASG)"),
        ("space", 6),
        ("small", "Versie 1.2 – mei 2024 – vastgesteld door het College van Bestuur op 4 juni 2024"),
    ]),
    ("toc", "Inhoud"),
    ("pb",),

    ("h1", "1 Inleiding"),
    ("h2", "1.1 Waarom dit schoolplan"),
    ("p", "Voor u ligt het schoolplan van het Waterkant Lyceum voor de periode 1 augustus 2024 tot en met 31 juli 2028. In dit plan beschrijven we waar onze school voor staat, hoe ons onderwijs is ingericht en welke doelen we ons voor de komende vier schooljaren stellen. Het plan is de basis voor onze jaarplannen: elk voorjaar vertalen we de doelen uit hoofdstuk 5 naar concrete afspraken voor het volgende schooljaar, en in het jaarverslag kijken we terug op wat gelukt is en wat niet."),
    ("p", "Het schoolplan sluit aan bij de koers van ons bestuur, de Almeerse Scholen Groep (ASG). Waar onze doelen bijdragen aan de kernwaarden en vensters van de koers, is dat in de tekst van het doel zelf terug te lezen. Sommige onderdelen van de koers hebben we voor deze periode niet als speerpunt gekozen; dat betekent niet dat we er niets aan doen, maar wel dat we er geen nieuwe doelen voor formuleren. In paragraaf 5.3 lichten we dat toe."),
    ("h2", "1.2 Hoe dit plan tot stand kwam"),
    ("p", "In het schooljaar 2023-2024 hebben we het vorige schoolplan geëvalueerd met het team, de leerlingenraad, het ouderpanel en de medezeggenschapsraad. Tijdens twee studiemiddagen, in november en in januari, bespraken de secties wat zij de afgelopen jaren hebben bereikt en waar zij de komende jaren naartoe willen. De leerlingenraad hield een enquête onder 340 leerlingen over wat zij goed vinden aan de school en wat beter kan. De schoolleiding heeft de opbrengsten verwerkt in een concept, dat in maart 2024 met alle geledingen is besproken."),
    ("p", "De MR heeft op 14 mei 2024 ingestemd met dit schoolplan. Het College van Bestuur van ASG heeft het plan op 4 juni 2024 vastgesteld. Het plan is daarna aan de Inspectie van het Onderwijs gestuurd en staat op onze website."),
    ("h2", "1.3 Leeswijzer"),
    ("p", "Hoofdstuk 2 beschrijft onze school: geschiedenis, leerlingen, gebouw en visie. Hoofdstuk 3 gaat over ons onderwijs en onze organisatie, met de wettelijk verplichte onderdelen: onderwijsprogramma, personeel, burgerschap, veiligheid, ondersteuning en kwaliteitszorg. Hoofdstuk 4 gaat over ouders, medezeggenschap en onze omgeving. In hoofdstuk 5 staan al onze doelen in één overzicht, gevolgd door de meerjarenplanning. Hoofdstuk 6 bevat de vaststelling en ondertekening."),

    ("h1", "2 Onze school"),
    ("h2", "2.1 Geschiedenis"),
    ("p", "Het Waterkant Lyceum opende in augustus 2009 zijn deuren in een tijdelijk gebouw aan de rand van Almere Poort, met 112 brugklasleerlingen en negen docenten. De school werd opgericht door een groep ouders die een kleinschalige, algemeen-bijzondere school voor havo en vwo wilden, met aandacht voor wetenschap, techniek en de wereld om ons heen. In 2011 sloot de stichting zich aan bij ASG. Sinds 2014 zitten we in ons huidige gebouw aan de Havikweg, met uitzicht op het water."),
    ("p", "Als algemeen-bijzondere school gaan wij uit van een levensbeschouwelijk neutrale grondslag. De school is wel opgericht vanuit een duidelijke pedagogische overtuiging: jonge mensen leren het best als zij de wereld zelf onderzoeken. Die overtuiging is nog altijd terug te zien in het vak Onderzoek & Ontwerpen (zie 3.1) en in ons motto 'Leren met uitzicht'."),
    ("h2", "2.2 Leerlingen en team"),
    ("p", "Op 1 oktober 2023 telde de school 1.046 leerlingen: 598 in de havo-afdeling en 448 in de vwo-afdeling. De brugklassen zijn gemengd havo/vwo of zuiver vwo. Ongeveer 70 procent van onze leerlingen woont in Almere Poort en Almere Stad-West; de rest komt uit andere stadsdelen en uit Lelystad. Na een periode van sterke groei verwachten we de komende jaren een stabiel leerlingaantal van rond de 1.050."),
    ("table", ["Teldatum", "havo", "vwo", "totaal"], [
        ("1 oktober 2020", "540", "410", "950"),
        ("1 oktober 2021", "565", "425", "990"),
        ("1 oktober 2022", "590", "441", "1.031"),
        ("1 oktober 2023", "598", "448", "1.046"),
    ]),
    ("p", "Het team bestaat uit 84 medewerkers (71,3 fte): 63 docenten, vier teamleiders, een conrector onderwijs, de rector en vijftien onderwijsondersteunende medewerkers, onder wie twee toa's, een decaan, een zorgcoördinator, de conciërges en de administratie. De gemiddelde leeftijd van het team is 41 jaar."),
    ("h2", "2.3 Gebouw, rooster en praktische zaken"),
    ("p", "Ons gebouw is ontworpen voor 900 leerlingen en is dus te krap geworden. In de zomer van 2025 start de ambitieuze verbouwing van de aula en de bouw van een extra vleugel met zes theorielokalen en twee practicumlokalen. De gemeente Almere heeft hiervoor in 2023 het budget toegekend. Tijdens de verbouwing werken we met een aangepast rooster en staan er twee noodlokalen op het sportveld. Ouders houden we via het Maandbericht op de hoogte van de planning."),
    ("p", "De lessen duren 45 minuten; het eerste uur begint om 8.30 uur, het laatste reguliere lesuur eindigt om 15.45 uur. Op woensdagmiddag zijn er geen reguliere lessen; dan vergaderen de secties en teams. Het vakantierooster volgt de regio Midden. De open dag is elk jaar op de laatste zaterdag van januari; de open lesmiddagen voor leerlingen uit groep 8 zijn in februari."),
    ("p", "De fietsenstalling ligt aan de achterzijde van het gebouw. Sinds 2023 hangen er camera's, zodat de conciërge vanuit de loge zicht heeft op de stalling. Het aantal fietsdiefstallen is daardoor flink gedaald."),
    ("h2", "2.4 Missie en visie"),
    ("p", "Onze missie is kort: wij leiden leerlingen op tot zelfstandige en betrokken jonge mensen met een havo- of vwo-diploma dat bij hen past. Wij willen dat leerlingen bij ons ontdekken wat zij kunnen en waar zij warm voor lopen."),
    ("p", "Onze visie rust op drie pijlers: onderzoekend leren, een persoonlijke band met de mentor en een veilige, rustige school. Wij sluiten aan bij de kernwaarden van ASG: gezien worden, open, vooruitstrevend en ambitieus. Iedereen op het Waterkant Lyceum is waardevol en wordt gezien. Medewerkers voelen zich betrokken bij en trots op onze school. We hebben hoge verwachtingen van onze leerlingen en van elkaar."),

    ("h1", "3 Onderwijs en organisatie"),
    ("h2", "3.1 Onderwijsprogramma"),
    ("p", "In de onderbouw (leerjaar 1 tot en met 3) volgen leerlingen een breed programma dat voldoet aan de kerndoelen voor de onderbouw van het voortgezet onderwijs. Naast de gewone vakken hebben alle onderbouwleerlingen twee uur per week Onderzoek & Ontwerpen (O&O), waarin zij in projecten van zes weken in groepjes een onderzoeks- of ontwerpopdracht uitvoeren, vaak voor een opdrachtgever van buiten de school. In de bovenbouw volgen leerlingen het landelijke programma voor havo of vwo, met de vier profielen en een vrij deel. Het programma van toetsing en afsluiting (PTA) wordt jaarlijks door de examencommissie vastgesteld en voor 1 oktober aan leerlingen en ouders bekendgemaakt."),
    ("p", "Voor Nederlands en wiskunde nemen we in leerjaar 1 en 3 diagnostische toetsen af, zodat we zien of leerlingen op weg zijn naar referentieniveau 2F en 3F. Leerlingen die achterblijven krijgen in leerjaar 2 en 3 een extra steunuur. Voor Engels werken we in de onderbouw met niveaugroepen: leerlingen die het al goed beheersen, volgen de Cambridge-leerlijn."),
    ("p", "Bij de overgang van de brugklas naar het tweede leerjaar geven we leerlingen bij twijfel het voordeel van de twijfel: zij gaan naar het hogere niveau, met een begeleidingsplan dat de mentor na zes weken met leerling en ouders evalueert. Goede havoleerlingen moedigen we aan om na hun diploma door te stromen naar vwo 5; jaarlijks doen zo'n tien leerlingen dat, met een zomerprogramma wiskunde en een tweede moderne vreemde taal. Leerlingen die meer aankunnen, mogen een extra examenvak volgen."),
    ("p", "In 2022 hebben de secties een begin gemaakt met het herzien van het onderbouwcurriculum. Aanleiding waren de landelijke curriculumherziening en de vraag van leerlingen en vervolgonderwijs naar meer digitale vaardigheden. Wij bouwen een doorlopende leerlijn digitale geletterdheid op, met programmeren, informatievaardigheden en mediawijsheid, die in de vakken wordt verweven en niet als apart vak wordt gegeven. Deze leerlijn wordt in 2025-2026 in alle onderbouwklassen ingevoerd (doel 7)."),
    ("p", "Met ingang van 2024-2025 beginnen we in havo 4 met keuzewerktijd: vier uur per week kiezen leerlingen zelf bij welk vak zij extra uitleg, verdieping of begeleiding willen. Leerlingen plannen hun uren in via een app en bespreken hun keuzes elke twee weken met de mentor. Na een evaluatie in juni 2025 breiden we keuzewerktijd uit naar havo 5 en vwo 4 tot en met 6 (doel 4)."),
    ("p", "Het vwo kent een Masterclassprogramma: leerlingen uit vwo 5 volgen een reeks colleges aan de Universiteit Utrecht en doen een kort onderzoek bij een onderzoeksgroep. Havoleerlingen lopen in havo 4 een meeloopdag bij een hbo-opleiding naar keuze, meestal bij Hogeschool Windesheim in Almere."),
    ("h2", "3.2 Personeel"),
    ("p", "Onze docenten maken het verschil. Wij vinden dat iedere les gegeven moet worden door een bevoegde, goed toegeruste docent. Op 1 oktober 2023 waren 57 van de 63 docenten bevoegd voor het vak en de afdeling waarin zij lesgeven. De zes docenten zonder volledige bevoegdheid volgen allemaal een lerarenopleiding of een zij-instroomtraject. Zij krijgen een vaste coach uit de eigen sectie, één uur per week roostervrije studietijd en een vergoeding van de studiekosten. Wij zijn opleidingsschool in het partnerschap met de Hogeschool van Amsterdam en begeleiden jaarlijks twaalf tot vijftien studenten."),
    ("p", "Met iedere medewerker voeren we elk schooljaar een startgesprek (september of oktober), een voortgangsgesprek (februari) en een eindgesprek (juni). In het startgesprek legt de medewerker vast aan welk ontwikkeldoel hij of zij werkt; in het eindgesprek kijken we terug, met behulp van lesbezoeken en leerlingfeedback. Eens in de drie jaar is het eindgesprek een beoordelingsgesprek. In 2023-2024 werd bij 81 procent van de medewerkers de volledige cyclus doorlopen; ons doel is 100 procent (doel 3)."),
    ("p", "Elke docent heeft jaarlijks een persoonlijk scholingsbudget van 500 euro en 40 uur professionaliseringstijd, naast de teambrede studiedagen. Docenten kiezen uit het aanbod van de ASG Academie, vakinhoudelijke nascholing of een masteropleiding met de Lerarenbeurs. De scholing hangt samen met het ontwikkeldoel uit het startgesprek en komt terug in het eindgesprek. In 2023-2024 volgden 41 docenten een cursus of opleiding."),
    ("p", "Onze docenten nemen deel aan netwerken buiten de school. Alle secties zijn aangesloten bij het vaknetwerk van de VO-scholen van ASG, dat drie keer per jaar bijeenkomt; daar worden toetsen, PTA-onderdelen en lesmateriaal uitgewisseld, en de secties Duits en Frans van drie scholen maken samen de schoolexamens voor havo 5. De bètadocenten zijn lid van het regionale Bètanetwerk Flevoland, waarin scholen en de hogeschool samen practica en profielwerkstukken ontwikkelen. Wat in deze netwerken wordt opgehaald, komt terug in het sectieoverleg."),
    ("p", "Werkdruk en verzuim hebben onze aandacht. Het ziekteverzuim lag in 2022-2023 op 6,4 procent, boven het ASG-gemiddelde. In het voortgangsgesprek praten we daarom ook over belasting en belastbaarheid. We houden rekening met de fase waarin iemand zit: startende docenten krijgen de eerste twee jaar 10 procent minder lestaken, docenten met jonge kinderen kunnen roosterwensen opgeven voor de eerste of laatste uren, en oudere medewerkers kunnen hun seniorenuren naar keuze inzetten voor verlof of voor het begeleiden van nieuwe collega's. Medewerkers kunnen meedoen aan het fitnessprogramma van ASG en bij langdurige klachten zoeken we vroeg contact met de bedrijfsarts (doel 9)."),
    ("p", "Voor interne mobiliteit verwijzen we naar het HR-beleid van ASG."),
    ("h2", "3.3 Burgerschap"),
    ("p", "Burgerschapsonderwijs is bij ons geen apart vak, maar een leerlijn die loopt door mentorlessen, maatschappijleer, geschiedenis, aardrijkskunde en levensbeschouwing. In de onderbouw staan de basiswaarden van de democratische rechtsstaat centraal: vrijheid van meningsuiting, gelijkwaardigheid, begrip voor anderen, verdraagzaamheid, autonomie en het afwijzen van discriminatie. In leerjaar 2 bezoeken alle klassen ProDemos in Den Haag en voeren zij een debat in de raadzaal van het stadhuis van Almere. In leerjaar 3 doen leerlingen een maatschappelijke stage van dertig uur. De leerlingenraad organiseert elk jaar een verkiezingsweek en geeft advies over het leerlingenstatuut."),
    ("p", "Bij levensbeschouwing behandelen we de grote wereldgodsdiensten en humanistische stromingen; in de bovenbouw schrijven leerlingen een betoog over een ethisch vraagstuk naar keuze. De burgerschapsleerlijn is beschreven in een apart document, dat de werkgroep burgerschap elk jaar bijwerkt."),
    ("h2", "3.4 Veiligheid en schoolklimaat"),
    ("p", "Een veilige school is een voorwaarde om te kunnen leren. Wij meten de sociale veiligheid elk jaar met een leerlingpeiling in leerjaar 1, 3 en 5. In 2023 gaf 91 procent van de leerlingen aan zich veilig te voelen op school. Onze omgangsregels staan in de gedragscode 'Zo doen we dat hier': we spreken elkaar met respect aan, ook online; we komen voor elkaar op; en we lossen conflicten op met een gesprek. De mentor bespreekt de gedragscode in de eerste schoolweek met de klas, en leerlingen en ouders ondertekenen hem samen. Docenten en onderwijsondersteuners houden zich aan dezelfde code; in de personeelsvergadering van september bespreken we elk jaar een casus uit het afgelopen jaar."),
    ("p", "Bij pesten werken we met een vast protocol. De anti-pestcoördinator is het aanspreekpunt voor leerlingen en ouders; incidenten worden vastgelegd in Magister. Mentoren worden getraind in het voeren van herstelgesprekken tussen leerlingen."),
    ("p", "Het veiligheidsplan regelt ook de fysieke veiligheid: er zijn achttien bedrijfshulpverleners, we oefenen twee keer per jaar een ontruiming en de practicumlokalen worden jaarlijks gekeurd. Tijdens toetsweken leveren leerlingen hun telefoon in een transparante tas in, die voor in het lokaal blijft liggen."),
    ("h2", "3.5 Ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel (SOP) staat welke ondersteuning wij bieden. De basisondersteuning omvat onder meer: een wekelijks mentoruur, huiswerkbegeleiding, faalangstreductietraining, begeleiding bij dyslexie en dyscalculie (met verlengde toetstijd en voorleessoftware) en een zorgteam onder leiding van de zorgcoördinator. Extra ondersteuning bieden wij in ons Trajectlokaal, waar leerlingen tijdelijk met een persoonlijk plan worden begeleid, en via een ambulant begeleider van het samenwerkingsverband Passend Onderwijs Almere. Wat wij niet kunnen bieden, staat ook in het SOP: intensieve begeleiding bij ernstige gedragsproblemen en een volledig aangepast programma bij langdurige ziekte. Het SOP wordt elke twee jaar herzien en staat op onze website."),
    ("p", "Wij nemen deel aan het thuiszittersoverleg van het samenwerkingsverband. Elke leerling die dreigt uit te vallen wordt binnen twee weken in het zorgteam besproken, zodat er tijdig een passende plek of een maatwerktraject komt. Met twee vmbo-scholen van ASG hebben we een overstapregeling: havoleerlingen voor wie de havo te zwaar blijkt, kunnen na een gezamenlijk gesprek zonder wachttijd instromen in de gemengde of theoretische leerweg, en vmbo-leerlingen van de theoretische leerweg met goede resultaten stromen bij ons in havo 4 in, na een oriëntatiedag en een intakegesprek."),
    ("p", "Iedere leerling heeft een mentor die hem of haar volgt. Na elke rapportperiode bespreekt het mentorenteam per klas hoe het met de leerlingen gaat, met de cijfers, de absentie en de observaties van de vakdocenten op tafel. In leerjaar 1 voert de mentor in de eerste zes weken met elke leerling en diens ouders een kennismakingsgesprek: wat kun je goed, wat vind je lastig en wat heb je van ons nodig? De uitkomsten komen in het leerlingdossier en worden doorgegeven aan de vakdocenten."),
    ("h2", "3.6 Kwaliteitszorg"),
    ("p", "Wij werken met een vaste cyclus van plannen, uitvoeren, evalueren en bijstellen. Het schoolplan wordt vertaald in een jaarplan per schooljaar; elke sectie en elk team maakt daar een eigen sectieplan bij. In januari bespreken de teamleiders met de rector de tussenstand; in juni evalueren de secties hun plan aan de hand van de resultaten. De uitkomsten staan in ons jaarverslag, dat wij met de MR en het bestuur bespreken en dat terugkomt in de kwartaalrapportages aan ASG."),
    ("p", "Bronnen voor onze kwaliteitszorg zijn de onderwijsresultaten volgens het inspectiekader (onderbouwsnelheid, bovenbouwsucces, examencijfers), de uitkomsten van lesbezoeken (elke docent krijgt jaarlijks minstens twee lesbezoeken met de kijkwijzer 'de goede les'), de peilingen onder leerlingen en ouders en een interne audit, die eens in de twee jaar door een collega-school van ASG wordt afgenomen."),
    ("p", "Bij het inspectiebezoek van 2022 kreeg de school op alle standaarden een voldoende. Op drie van de vier indicatoren voor de onderwijsresultaten scoorden wij boven de norm. Het bovenbouwsucces op de havo lag in 2022 en 2023 net onder de norm: te veel leerlingen bleven zitten in havo 4. Dat is een belangrijk aandachtspunt voor de komende jaren (doel 1)."),

    ("h1", "4 Ouders, medezeggenschap en omgeving"),
    ("h2", "4.1 Ouders"),
    ("p", "Ouders zijn voor ons partners in de begeleiding van hun kind. In leerjaar 1 en 2 voeren mentor, leerling en ouders drie keer per jaar een driehoeksgesprek, waarin de leerling zelf vertelt hoe het gaat en wat hij of zij zich voorneemt. In de bovenbouw gebeurt dat twee keer per jaar, met extra aandacht voor de profielkeuze en de studiekeuze. Ouders kunnen de cijfers, de absentie en het huiswerk van hun kind volgen in Magister en worden uitgenodigd voor de voorlichtingsavonden over profielkeuze en examens."),
    ("p", "We willen dat ouders en leerlingen weten waar ze aan toe zijn. Elke maand verschijnt het Waterkant Maandbericht. Vragen per e-mail beantwoorden docenten en mentoren binnen twee werkdagen. Het toetsrooster, het PTA, het leerlingenstatuut en de klachtenregeling staan op de website. Gaat er iets mis, bijvoorbeeld een fout in een cijfer of een verkeerd ingevoerde absentie, dan melden we dat zelf aan leerling en ouders. Het ouderpanel komt vier keer per jaar bijeen met de rector en geeft feedback op bijvoorbeeld de huiswerkbegeleiding of het telefoonbeleid."),
    ("h2", "4.2 Medezeggenschap"),
    ("p", "De medezeggenschapsraad bestaat uit vier personeelsleden, twee ouders en twee leerlingen. De MR vergadert zes keer per jaar, waarvan vier keer met de rector. Voorgenomen besluiten over bijvoorbeeld het rooster, het leerlingenstatuut en de formatie bespreken wij eerst informeel met de MR voordat het formele voorstel komt, zodat de raad in een vroeg stadium kan meedenken. De MR heeft een eigen budget voor scholing en raadpleegt voor belangrijke besluiten de leerlingenraad."),
    ("h2", "4.3 Samenwerking in de omgeving"),
    ("p", "Wij werken samen met veel organisaties: de Universiteit Utrecht en Hogeschool Windesheim (masterclasses en meeloopdagen), de bibliotheek Almere (informatievaardigheden), bedrijven op het bedrijventerrein Poort voor de O&O-projecten en het profielwerkstuk, en drie sportverenigingen voor het bewegingsonderwijs in de bovenbouw. Voor het profielwerkstuk hebben alle bètaleerlingen een externe begeleider."),
    ("p", "In de wijk werken we nauw samen met het wijkteam Poort, de jongerenwerkers van de welzijnsorganisatie in Poort en het zorgcentrum aan de overkant van de straat. Onze leerlingen kunnen daar hun maatschappelijke stage lopen, en de brugklassers organiseren er elk jaar in december een wintermiddag voor de bewoners. Bij incidenten rond de school hebben we kort contact met de wijkagent."),
    ("p", "Voor de schoolboeken werken we met een vaste partner, die de boeken in augustus thuis bezorgt en ze in juli weer ophaalt."),

    ("h1", "5 Onze doelen 2024-2028"),
    ("h2", "5.1 Doelentabel"),
    ("p", "In de tabel hieronder staan al onze doelen voor de komende vier jaar. We hebben bewust gekozen voor één overzicht: veel doelen raken meerdere onderdelen van de ASG-koers tegelijk, en een indeling per kernwaarde of venster zou het overzicht alleen maar langer maken. Per doel staat wat we willen bereiken, wat we daarvoor doen, wanneer, wie eigenaar is en waaraan we zien dat het gelukt is. Elk voorjaar werken we de doelen voor het volgende schooljaar uit in het jaarplan."),
    ("table", ["Nr", "Doel", "Wat doen we", "Wanneer", "Eigenaar", "Meetbaar resultaat"], DOELEN, 8, [0.9, 3.3, 4.6, 2.3, 2.2, 3.1]),
    ("h2", "5.2 Meerjarenplanning"),
    ("p", "De meerjarenplanning laat zien in welke schooljaren we aan elk doel werken. Een kruis betekent dat het doel in dat jaar in het jaarplan staat, met activiteiten en een evaluatiemoment."),
    ("table", ["Doel", "2024-2025", "2025-2026", "2026-2027", "2027-2028"], PLANNING, 9, [6.4, 2.5, 2.5, 2.5, 2.5]),
    ("h2", "5.3 Wat we deze periode niet als speerpunt kiezen"),
    ("p", "Niet alle onderdelen van de koers krijgen in deze planperiode een eigen doel. De samenwerking binnen ASG tussen scholen en servicebureau vinden we belangrijk, maar die loopt vooral via de bestaande vaknetwerken. Ook voor de samenwerking met ouders en met partners in de omgeving formuleren we geen nieuwe doelen: de driehoeksgesprekken en de contacten in de wijk lopen goed en die zetten we voort zoals beschreven in hoofdstuk 4."),

    ("h1", "6 Vaststelling"),
    ("p", "Dit schoolplan is opgesteld door de schoolleiding van het Waterkant Lyceum, samen met het team. De MR heeft op 14 mei 2024 ingestemd met het schoolplan (besluit MR 2024-07). Het College van Bestuur van ASG heeft het plan vastgesteld op 4 juni 2024."),
    ("table", ["Namens", "Naam", "Datum", "Handtekening"], [
        ("Waterkant Lyceum", "drs. M. van Doorn, rector", "21 mei 2024", ""),
        ("Medezeggenschapsraad", "J. Aydin, voorzitter", "14 mei 2024", ""),
        ("College van Bestuur ASG", "voorzitter College van Bestuur", "4 juni 2024", ""),
    ]),
]


# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------

def _set_language(doc, lang="nl-NL"):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")
    rpr.append(el)


def _fld_run(paragraph, kind, text=None):
    run = paragraph.add_run()
    if kind == "instr":
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = text
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    run._r.append(el)
    return run


def _add_field(paragraph, instr, placeholder):
    _fld_run(paragraph, "begin")
    _fld_run(paragraph, "instr", " %s " % instr)
    _fld_run(paragraph, "separate")
    paragraph.add_run(placeholder)
    _fld_run(paragraph, "end")


def _header_row(row, fill="D9E2F3"):
    tr_pr = row._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    tr_pr.append(hdr)
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def _table(doc, header, rows, font_size=9, widths=None):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        table.rows[0].cells[i].text = h
    _header_row(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for i, v in enumerate(values):
            cells[i].text = v
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(font_size)
    if widths:
        table.autofit = False
        for i, w in enumerate(widths):
            table.columns[i].width = Cm(w)
            for cell in table.columns[i].cells:
                cell.width = Cm(w)
    doc.add_paragraph()
    return table


def _toc(doc, title, blocks):
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    entries = [(b[0], b[1]) for b in blocks if b[0] in ("h1", "h2")]
    first = doc.add_paragraph()
    _fld_run(first, "begin")
    _fld_run(first, "instr", ' TOC \\o "1-2" \\h \\z \\u ')
    _fld_run(first, "separate")
    paras = [first]
    for i, (kind, text) in enumerate(entries):
        para = first if i == 0 else doc.add_paragraph()
        if i:
            paras.append(para)
        para.add_run(text)
        if kind == "h2":
            para.paragraph_format.left_indent = Cm(0.8)
        para.paragraph_format.space_after = Pt(2)
    _fld_run(paras[-1], "end")


def _cover(doc, lines):
    for kind, text in lines:
        if kind == "space":
            for _ in range(int(text)):
                doc.add_paragraph()
            continue
        if kind == "title":
            p = doc.add_paragraph(text, style="Title")
        elif kind == "subtitle":
            p = doc.add_paragraph(text, style="Subtitle")
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind == "big":
                r.font.size = Pt(14)
                r.bold = True
            elif kind == "small":
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _build(path, meta, blocks):
    doc = Document()
    _set_language(doc)
    normal = doc.styles["Normal"]
    normal.font.name = meta.get("font", "Calibri")
    normal.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime.datetime(*meta["datum"])
    cp.title = meta["titel"]
    cp.author = meta["auteur"]
    cp.last_modified_by = meta["auteur"]
    cp.language = "nl-NL"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    section = doc.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = meta["koptekst"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if meta.get("voettekst"):
        fp.add_run(meta["voettekst"] + "  |  ")
    fp.add_run("pagina ")
    _add_field(fp, "PAGE", "1")
    fp.add_run(" van ")
    _add_field(fp, "NUMPAGES", "1")
    for r in fp.runs:
        r.font.size = Pt(8)
    for block in blocks:
        kind = block[0]
        if kind == "cover":
            _cover(doc, block[1])
        elif kind == "toc":
            _toc(doc, block[1], blocks)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "ul":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            _table(doc, block[1], block[2], *block[3:])
        elif kind == "caption":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.italic = True
            r.font.size = Pt(9)
        else:
            raise ValueError(kind)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


def build(path: Path) -> None:
    _build(Path(path), META, BLOCKS)


def _word_count(path):
    d = Document(str(path))
    words = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        for tc in t._tbl.iter(qn("w:tc")):
            text = "".join(x.text or "" for x in tc.iter(qn("w:t")))
            words += len(text.split())
    return words


if __name__ == "__main__":
    out = Path("/tmp") / (Path(__file__).stem + ".docx")
    build(out)
    print(out, "woorden:", _word_count(out))
