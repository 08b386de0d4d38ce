"""Schoolplan 2025-2029 van het Podiumveld College, openbare school voor mavo en havo met een
sport- en cultuurprofiel in Almere Poort (Almeerse Scholen Groep). Planperiode: 1 augustus 2025
tot en met 31 juli 2029.

De module bouwt het schoolplan als Word-document met python-docx; build(path) schrijft het bestand.
"""

import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

VASTE_DATUM = datetime.datetime(2025, 7, 1, 10, 30, 0)
TITEL = "Schoolplan Podiumveld College 2025-2029"
AUTEUR = "D. Hartsuiker, rector Podiumveld College"


INHOUD = [
    ("h1", "1. Inleiding"),
    ("p", "Het Podiumveld College is een openbare school voor mavo en havo in Almere Poort, met een profiel "
          "in sport en cultuur. Onze naam zegt waar wij voor staan: leerlingen leren bij ons in het lokaal, "
          "maar ook op het podium en op het veld. Dit schoolplan beschrijft hoe wij ons onderwijs de "
          "komende vier jaar verder ontwikkelen. Het plan geldt voor de schooljaren 2025-2026 tot en met "
          "2028-2029, van 1 augustus 2025 tot en met 31 juli 2029."),
    ("p", "Het plan is geschreven door een werkgroep van zes docenten, twee ouders en twee leerlingen, onder "
          "leiding van conrector onderwijs Hamza Yilmaz. De werkgroep gebruikte een enquête onder 412 "
          "leerlingen, de uitkomsten van twee studiedagen met het hele personeel (oktober 2024 en februari "
          "2025) en gesprekken met onze partners in sport en cultuur."),
    ("p", "Wij volgen de opbouw van Koers 22 van de Almeerse Scholen Groep. Na een hoofdstuk over wie wij "
          "zijn, volgt voor elk van de vier vensters een hoofdstuk: goed en toegankelijk onderwijs, "
          "personeel in positie, de meerwaarde van ASG en partnerschap. De vier kernwaarden van ASG hebben "
          "wij niet in aparte hoofdstukken gezet; waar een keuze van ons aansluit bij een kernwaarde, "
          "noemen wij dat in de tekst. Elk hoofdstuk eindigt met onze doelen, met het jaar waarin wij ze "
          "willen bereiken."),

    ("h1", "2. Wie wij zijn"),
    ("h2", "2.1 Onze school in cijfers"),
    ("p", "Het Podiumveld College opende in 2011 de deuren, in een gebouw naast de sportvelden van Almere "
          "Poort. De school is sindsdien elk jaar gegroeid. In 2024 is een nieuwe vleugel in gebruik "
          "genomen met een dansstudio, een black box voor theater en drie muziekoefenruimtes. De "
          "dansstudio heeft grote vensters die uitkijken op het sportveld, zodat de sporters en de "
          "dansers elkaar letterlijk kunnen zien werken."),
    ("table", [
        ["", "2022-2023", "2023-2024", "2024-2025"],
        ["Leerlingen totaal", "1.098", "1.131", "1.164"],
        ["waarvan mavo", "590", "602", "612"],
        ["waarvan havo", "508", "529", "552"],
        ["Leerlingen in een sportklas (leerjaar 1-3)", "214", "226", "238"],
        ["Leerlingen in een cultuurklas (leerjaar 1-3)", "131", "142", "150"],
        ["Medewerkers (fte)", "94,2", "96,8", "98,5"],
        ["Nationaliteiten onder leerlingen", "43", "46", "48"],
    ]),
    ("caption", "Tabel 1. Kengetallen Podiumveld College (teldatum 1 oktober)."),
    ("h2", "2.2 Ons profiel: sport en cultuur"),
    ("p", "Iedere leerling kiest bij de aanmelding voor leerjaar 1 tussen de sportklas, de cultuurklas of de "
          "brede klas. In de sportklas en de cultuurklas krijgen leerlingen in de leerjaren 1 tot en met 3 "
          "vier extra lesuren per week in hun profiel. De sportklas maakt kennis met twaalf sporten per "
          "jaar en leert ook coachen, scheidsrechteren en een toernooi organiseren. De cultuurklas werkt "
          "met dans, theater en muziek en sluit elk jaar af met een voorstelling in de schouwburg. De brede "
          "klas volgt het gewone programma, met twee keuzemodules per jaar."),
    ("p", "In de bovenbouw kunnen havisten Bewegen, Sport en Maatschappij (BSM) en de kunstvakken dans, drama "
          "en muziek als examenvak kiezen. Mavoleerlingen kunnen LO2 en kunst beeldend kiezen. Leerlingen "
          "die op hoog niveau sporten of een kunstvak beoefenen, krijgen een aangepast rooster; op dit "
          "moment zijn dat 41 leerlingen, van wie 22 in de jeugdopleiding van Almere City FC."),
    ("h2", "2.3 Een openbare school"),
    ("p", "Het Podiumveld College is een openbare school. Dat betekent voor ons drie dingen. Ten eerste is "
          "de school toegankelijk voor iedere leerling met een passend advies, ongeacht afkomst, geloof, "
          "seksuele oriëntatie of de portemonnee van de ouders. De sportklas en de cultuurklas kosten "
          "ouders niets extra; kleding, instrumenten en entreekaartjes betaalt de school uit het "
          "Podiumfonds. De ouderbijdrage is vrijwillig, en een leerling die niet betaalt, doet overal aan "
          "mee."),
    ("p", "Ten tweede geven wij levensbeschouwing een plek in het onderwijs, zonder een levensbeschouwing "
          "voor te trekken. In leerjaar 2 krijgen alle leerlingen een uur per week levensbeschouwing, "
          "waarin de grote wereldgodsdiensten en het humanisme aan bod komen, en bezoeken zij een moskee, "
          "een kerk en een synagoge. Er is een stilteruimte die iedereen mag gebruiken. Tijdens de ramadan "
          "organiseren leerlingen een iftar in de aula, waar ook niet-moslims aan meedoen."),
    ("p", "Ten derde leren leerlingen omgaan met verschillen. De Gender & Sexuality Alliance van de school "
          "komt sinds 2021 elke week bij elkaar en organiseert jaarlijks Paarse Vrijdag. In de Week van de "
          "Dialoog organiseren leerlingen van de leerlingenraad het Podiumgesprek: een avond waarop "
          "leerlingen, ouders en medewerkers in kleine groepen praten over een thema, zoals in 2024 'wie "
          "hoort erbij?'. Met 48 nationaliteiten onder de leerlingen is Almere in onze school goed te "
          "zien. Dit past bij onze kernwaarde Open."),
    ("p", "Op het Podiumveld is iedereen waardevol en wordt iedereen gezien."),

    ("h1", "3. Venster 1: Goed en toegankelijk onderwijs"),
    ("h2", "3.1 Ons onderwijsprogramma"),
    ("p", "In de onderbouw werken wij aan de kerndoelen van de basisvorming. De leerjaren 1 en 2 zijn "
          "gemengde mavo/havo-klassen; aan het eind van leerjaar 2 adviseert de docentenvergadering over "
          "het niveau in leerjaar 3. In de bovenbouw volgen mavoleerlingen een van de profielen Zorg en "
          "Welzijn, Economie, Techniek of Groen; havisten kiezen Cultuur en Maatschappij, Economie en "
          "Maatschappij, Natuur en Gezondheid of Natuur en Techniek. De programma's van toetsing en "
          "afsluiting staan op de website."),
    ("p", "Voor Nederlands werken wij toe naar referentieniveau 2F op de mavo en 3F op de havo. Leerlingen "
          "die in leerjaar 1 onder het verwachte niveau zitten, krijgen twee extra lesuren lezen en taal in "
          "plaats van een keuzemodule. Rekenen is opgenomen in de lessen wiskunde, met een steunuur voor "
          "wie dat nodig heeft."),
    ("p", "Loopbaanoriëntatie begint in leerjaar 1. Mavoleerlingen lopen in leerjaar 3 twee dagen mee op "
          "een mbo-opleiding van het ROC van Flevoland; havisten bezoeken in havo 4 ten minste twee "
          "open dagen in het hoger onderwijs en doen een beroepenonderzoek. Vanaf schooljaar 2025-2026 "
          "voeren wij in de leerjaren 1 tot en met 3 een leerlijn digitale geletterdheid in, met in leerjaar "
          "1 een vast uur per week. Wij lopen daarmee vooruit op de nieuwe kerndoelen; de leerlijn wordt "
          "ontwikkeld door een werkgroep van vier docenten met een docent informatica als trekker."),
    ("p", "Sport en cultuur zijn voor veel Almeerse jongeren de plek waar zij zich thuis voelen. Daarom "
          "verbinden wij ook de andere vakken met die wereld. In leerjaar 1 werken alle klassen in de "
          "Olympische week met geschiedenis, aardrijkskunde en wiskunde aan één thema; in leerjaar 2 maken "
          "de klassen in de Podiumweek samen met Nederlands en muziek een eigen voorstelling. In de "
          "leerlingenenquête van 2024 zei 74 procent van de leerlingen dat de lessen aansluiten bij wat "
          "hen interesseert."),
    ("h2", "3.2 Resultaten en kwaliteit"),
    ("p", "De inspectie beoordeelde alle afdelingen in 2024 met het basistoezicht. Tijdens het "
          "vierjaarlijks onderzoek bij ASG in februari 2024 is onze havo-afdeling bezocht; de standaarden "
          "Onderwijsproces en Zicht op ontwikkeling werden als voldoende beoordeeld. Aandachtspunt was het "
          "verschil tussen schoolexamen en centraal examen op de havo. Tabel 2 laat onze resultaten zien."),
    ("table", [
        ["Indicator", "2022", "2023", "2024"],
        ["Slagingspercentage mavo", "91%", "89%", "93%"],
        ["Slagingspercentage havo", "84%", "87%", "86%"],
        ["Onderbouwsnelheid", "96,1%", "96,5%", "97,0%"],
        ["Bovenbouwsucces mavo", "88%", "87%", "90%"],
        ["Bovenbouwsucces havo", "80%", "82%", "83%"],
        ["Verschil SE-CE havo (cijferpunten)", "0,28", "0,24", "0,21"],
        ["Opstroom mavo 4 naar havo 4 (leerlingen)", "29", "33", "38"],
    ]),
    ("caption", "Tabel 2. Resultaten volgens de indicatoren van de inspectie en eigen gegevens."),
    ("p", "Wij leggen de lat hoog. Mavoleerlingen met een gemiddelde van 6,8 of hoger in de examenvakken "
          "mogen door naar havo 4; zij krijgen in mavo 4 een voorbereidingsprogramma van tien weken met "
          "extra wiskunde en Engels. In 2024 maakten 38 leerlingen de overstap, en 31 van de 33 "
          "opstromers uit 2023 gingen over naar havo 5. Bij twijfel over het niveau in leerjaar 2 kiezen "
          "wij voor het hogere niveau, met een gesprek na drie maanden. Dit past bij onze kernwaarde "
          "Ambitieus."),
    ("h2", "3.3 Zo bewaken wij de kwaliteit"),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus, vastgelegd in de kwaliteitskalender:"),
    ("bullet", "In oktober maakt elke sectie een analyse van de examenresultaten en het verschil tussen SE "
               "en CE; de sectie schrijft daarop haar sectiejaarplan."),
    ("bullet", "In november stelt de schoolleiding het schooljaarplan vast, na bespreking in de MR."),
    ("bullet", "Elke docent krijgt twee lesbezoeken per jaar van de teamleider, met de kijkwijzer "
               "'de goede les' die wij in 2023 met de secties hebben opgesteld."),
    ("bullet", "Per leerjaar is er twee keer per jaar een leerlingpanel met de teamleider."),
    ("bullet", "Elk kwartaal rapporteert de rector aan het College van Bestuur volgens het format van ASG."),
    ("bullet", "In juli verschijnt het jaarverslag, waarin wij de doelen uit dit schoolplan en het jaarplan "
               "evalueren."),
    ("p", "De resultaten van leerlingenquêtes, oudervragenlijsten en de veiligheidsmonitor zijn ook te "
          "vinden op Scholen op de kaart, dat vroeger Vensters heette."),
    ("h2", "3.4 Begeleiding en ondersteuning"),
    ("p", "Iedere klas heeft een mentor. In de leerjaren 1 tot en met 3 is er elke week een mentoruur, en "
          "de mentor voert drie keer per jaar een persoonlijk gesprek met iedere leerling. In november "
          "volgt een gesprek met leerling, ouder en mentor samen. De mentor legt afspraken vast in Magister. "
          "In leerjaar 1 en 3 maken alle leerlingen de methodeonafhankelijke DIA-toetsen voor Nederlands, "
          "Engels en rekenen; de uitkomsten bespreekt de mentor met de vakdocenten in de leerlingbespreking "
          "van januari. Dit past bij onze kernwaarde Gezien worden."),
    ("p", "Het zorgteam bestaat uit zorgcoördinator Fleur Bakker, twee ondersteuningscoaches, de "
          "orthopedagoog van het samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdarts van "
          "GGD Flevoland. Het zorgteam komt elke twee weken bij elkaar."),
    ("p", "Ons schoolondersteuningsprofiel (2024) beschrijft wat wij kunnen bieden. Leerlingen met dyslexie "
          "of dyscalculie krijgen faciliteiten zoals extra tijd en voorleessoftware. Voor leerlingen met "
          "faalangst is er een training van acht bijeenkomsten. Leerlingen met autisme kunnen gebruikmaken "
          "van de Podiumkamer, een rustige ruimte met een vaste begeleider, en van een aangepast rooster. "
          "Leerlingen die langdurig één-op-één begeleiding nodig hebben of die in een kleine groep de hele "
          "dag structuur nodig hebben, kunnen wij niet de ondersteuning bieden die zij verdienen. Zie voor "
          "wat het samenwerkingsverband voor hen doet het ondersteuningsplan van het samenwerkingsverband."),
    ("h2", "3.5 Veiligheid en schoolklimaat"),
    ("p", "Sport leert leerlingen dat je je aan regels houdt en je tegenstander respecteert. Die les "
          "trekken wij door naar de hele school. In 2023 heeft de leerlingenraad samen met de sectie LO de "
          "code 'Respect op en naast het veld' opgesteld: vijf afspraken over hoe wij met elkaar omgaan, in "
          "de les, in de kantine en online. Iedere mentor bespreekt de code in de eerste week met de klas, "
          "en bij een conflict gebruikt de teamleider de code in het herstelgesprek. Dit past bij onze "
          "kernwaarde Open."),
    ("p", "Elk jaar in februari vullen alle leerlingen de veiligheidsmonitor in. In 2024 gaf 92 procent aan "
          "zich veilig te voelen op school; 7 procent zei in het afgelopen jaar te zijn gepest, tegen 10 "
          "procent in 2022. Onze anti-pestcoördinator is Joris Vermeulen; de twee vertrouwenspersonen voor "
          "leerlingen staan op de website. Incidenten worden geregistreerd in Magister en elke maand "
          "besproken in het overleg van de teamleiders. Het volledige veiligheidsbeleid, met het "
          "pestprotocol en het protocol sociale media, staat in ons veiligheidsplan."),
    ("h2", "3.6 Burgerschap"),
    ("p", "Burgerschap is bij ons niet alleen een onderwerp bij maatschappijleer. Alle leerlingen doen in "
          "leerjaar 3 een maatschappelijke stage van dertig uur, bij voorkeur bij een sportvereniging, een "
          "culturele instelling of een zorginstelling in Almere Poort. De leerlingenraad van twaalf "
          "leerlingen praat elke zes weken met de rector en heeft een eigen budget van € 2.500 per jaar. "
          "Bij de landelijke Scholierenverkiezingen van ProDemos doen alle klassen in de bovenbouw mee, met "
          "een debat in de aula. In havo 4 organiseren leerlingen het Podiumgesprek (zie paragraaf 2.3), "
          "waarbij ook twee gemeenteraadsleden aanschuiven."),
    ("h2", "3.7 Vernieuwing: het Bewegingslab"),
    ("p", "In september 2024 openden wij het Bewegingslab: een ruimte met sensoren, hogesnelheidscamera's "
          "en tablets. Leerlingen van de sportklas en van BSM meten daar hun eigen sprongen, sprints en "
          "worpen en analyseren die gegevens in de lessen wiskunde en biologie. De cultuurklas gebruikt "
          "dezelfde camera's voor motion capture bij dans. In het schooljaar 2024-2025 werkten vier klassen "
          "van leerjaar 2 met het lab; de evaluatie in juni 2025 liet zien dat leerlingen vooral de "
          "koppeling tussen hun eigen lichaam en de grafieken bij wiskunde waardeerden. Wij breiden het "
          "lab stap voor stap uit. Dit past bij onze kernwaarde Vooruitstrevend."),
    ("p", "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie van "
          "ASG: continue veranderingen, fundamentele veranderingen en radicale veranderingen."),
    ("h2", "3.8 Onze doelen voor venster 1"),
    ("bullet", "Doel 2026: iedere leerling in de leerjaren 1 tot en met 3 heeft drie mentorgesprekken per "
               "jaar gehad, vastgelegd in Magister."),
    ("bullet", "Doel 2026: het schoolondersteuningsprofiel is herzien en besproken met de MR."),
    ("bullet", "Doel 2027: het slagingspercentage is ten minste 93 procent op de mavo en ten minste 89 "
               "procent op de havo."),
    ("bullet", "Doel 2027: het verschil tussen SE en CE op de havo is kleiner dan 0,15 cijferpunt."),
    ("bullet", "Doel 2027: ten minste 95 procent van de leerlingen voelt zich veilig op school "
               "(veiligheidsmonitor)."),
    ("bullet", "Doel 2027: alle sport- en cultuurklassen in de leerjaren 1 tot en met 3 werken ten minste "
               "zes weken per jaar in het Bewegingslab."),
    ("bullet", "Doel 2028: ten minste 80 procent van de leerlingen zegt in de leerlingenquête dat de lessen "
               "aansluiten bij wat hen interesseert."),
    ("bullet", "Doel 2028: jaarlijks stromen ten minste 40 mavoleerlingen door naar havo 4, van wie ten "
               "minste 85 procent zonder vertraging havo 5 haalt."),
    ("bullet", "Doel 2029: de leerlijn digitale geletterdheid is in de leerjaren 1 tot en met 3 volledig "
               "ingevoerd en geëvalueerd."),

    ("h1", "4. Venster 2: Personeel in positie"),
    ("h2", "4.1 Ons team"),
    ("p", "Op het Podiumveld werken 118 medewerkers: 86 docenten en 32 medewerkers in de ondersteuning, "
          "samen 98,5 fte. De gemiddelde leeftijd is 42 jaar. In 2024-2025 werd 91 procent van de lessen "
          "gegeven door een bevoegde docent. Vacatures voor Duits, natuurkunde en wiskunde zijn moeilijk "
          "te vervullen; voor LO en de kunstvakken hebben wij juist veel sollicitanten."),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op ASG en op het Podiumveld."),
    ("h2", "4.2 Opleiden in de school"),
    ("p", "Wij zijn opleidingsschool, samen met Windesheim Flevoland en de Academie voor Lichamelijke "
          "Opvoeding van de Hogeschool van Amsterdam. Elk jaar leiden wij 18 tot 22 stagiairs op. "
          "Schoolopleider Ellen Vos coördineert de opleiding; zes werkplekbegeleiders begeleiden de "
          "studenten in de secties."),
    ("p", "In 2024-2025 werken zeven docenten bij ons die nog geen volledige bevoegdheid hebben: vier "
          "zij-instromers en drie docenten die een tweedegraads opleiding volgen. Ieder van hen heeft vier "
          "uur per week studietijd in de taakverdeling en een eigen coach. De school betaalt het collegegeld "
          "via de ASG-regeling. Met elke docent in opleiding maakt de schoolopleider een studieplanning, "
          "die twee keer per jaar wordt besproken."),
    ("h2", "4.3 Professionalisering"),
    ("p", "Elke docent kiest aan het begin van het schooljaar zelf een ontwikkeldoel voor dat jaar, zoals "
          "beter differentiëren, feedback geven of werken met het Bewegingslab. Bij dat doel kiest de "
          "docent een cursus, een intervisiegroep of een hospiteertraject, uit het aanbod van de ASG "
          "Academie of daarbuiten. Daarvoor is per fte € 600 en veertig uur per jaar beschikbaar. In 2024 "
          "gebruikte 71 procent van de docenten dit budget. Dit past bij onze kernwaarde Ambitieus."),
    ("p", "Nieuwe docenten volgen in hun eerste drie jaar het inductieprogramma van de school: "
          "maandelijkse bijeenkomsten over klassenmanagement, toetsen en mentoraat, en een maatje uit een "
          "andere sectie."),
    ("h2", "4.4 Werkdruk en welbevinden"),
    ("p", "In de werkdrukmeting van 2024 noemde 62 procent van de docenten de werkdruk hoog, tegen 70 procent "
          "in 2022. Wij werken aan verdere verlaging met deze afspraken:"),
    ("bullet", "Het werkverdelingsplan wordt elk jaar in mei met het hele team opgesteld en door de "
               "personeelsgeleding van de MR goedgekeurd."),
    ("bullet", "Docenten hebben ten hoogste twee tussenuren per week; mentoren krijgen twee uur per week "
               "extra voor het mentoraat."),
    ("bullet", "In de laatste week van juni zijn er geen lessen; die week is voor sectieoverleg en "
               "voorbereiding van het nieuwe jaar."),
    ("bullet", "Medewerkers met jonge kinderen of mantelzorgtaken kunnen roosterwensen opgeven, die wij bij "
               "het maken van het rooster als eerste meenemen."),
    ("bullet", "Er is een vertrouwenspersoon voor medewerkers, los van de schoolleiding."),
    ("h2", "4.5 Onze doelen voor venster 2"),
    ("bullet", "Doel 2026: alle docenten hebben een eigen ontwikkeldoel vastgelegd; in 2027 heeft ten "
               "minste 85 procent daarvoor een cursus, intervisie of hospiteertraject afgerond."),
    ("bullet", "Doel 2026: ten hoogste 55 procent van de docenten noemt de werkdruk hoog in de "
               "werkdrukmeting."),
    ("bullet", "Doel 2028: de zeven docenten die nu in opleiding zijn, zijn bevoegd."),
    ("bullet", "Doel 2028: ten minste 96 procent van de lessen wordt gegeven door een bevoegde docent."),

    ("h1", "5. Venster 3: De meerwaarde van ASG"),
    ("p", "Binnen ASG ontmoeten collega's van alle scholen en het servicebureau elkaar regelmatig. Voor het "
          "Podiumveld betekent dat vooral samenwerking tussen secties. Onze sectie LO maakt deel uit van de "
          "ASG-vakgroep LO, die drie keer per jaar bijeenkomt. Sinds 2023 hebben wij met twee andere "
          "ASG-scholen een gezamenlijk PTA voor BSM, met gezamenlijke praktijkopdrachten en een "
          "gezamenlijke beoordeling van de eindopdracht. Onze examensecretaris neemt deel aan het overleg "
          "van de examensecretarissen van de ASG-scholen, dat vier keer per jaar bijeenkomt en in 2024 "
          "een gezamenlijk format voor het PTA heeft gemaakt."),
    ("p", "Binnen ASG zijn wij de enige school met een sport- en cultuurprofiel voor mavo en havo. Wij "
          "hebben afspraken gemaakt met andere ASG-scholen over leerlingen voor wie een ander niveau of "
          "een andere school beter past. Leerlingen die in leerjaar 1 of 2 vwo-niveau laten zien, kunnen "
          "zonder nieuwe aanmeldprocedure overstappen naar het Helmhout Lyceum; leerlingen die beter "
          "passen in het vmbo, kunnen met een warme overdracht naar een ASG-school voor vmbo. In 2024 "
          "maakten twaalf leerlingen zo'n overstap, en zes leerlingen kwamen op dezelfde manier bij ons."),
    ("h2", "5.1 Onze doelen voor venster 3"),
    ("bullet", "Doel 2027: naast BSM hebben wij ook voor de kunstvakken dans en drama een gezamenlijk PTA "
               "met ten minste één andere ASG-school."),
    ("bullet", "Doel 2027: iedere overstap binnen ASG gaat gepaard met een warme overdracht en een "
               "evaluatiegesprek na drie maanden."),

    ("h1", "6. Venster 4: Partnerschap"),
    ("h2", "6.1 Ouders"),
    ("p", "Ouders zijn voor ons onmisbaar bij het leren van hun kind. Elk jaar begint met een ouderavond "
          "per leerjaar, waar ouders de mentor ontmoeten. In november volgt het gesprek tussen leerling, "
          "ouder en mentor; in 2024 was 87 procent van de ouders daarbij. Ouders kunnen in Magister de "
          "cijfers, het huiswerk en de absentie van hun kind volgen. Het ouderpanel van twaalf ouders "
          "praat vier keer per jaar met de rector over een onderwerp dat ouders zelf kiezen, in 2024 "
          "bijvoorbeeld over het huiswerkbeleid en de kosten van excursies. Dit past bij onze kernwaarde "
          "Gezien worden."),
    ("p", "Wij informeren ouders en leerlingen eerlijk en op tijd. Elke maand verschijnt de nieuwsbrief "
          "Podiumpost, in eenvoudige taal en met een samenvatting in het Engels. Belangrijke besluiten, "
          "zoals een wijziging in de bevorderingsnormen, leggen wij eerst voor aan het ouderpanel en de "
          "leerlingenraad. Ouders die een e-mail sturen aan een mentor of docent, krijgen binnen twee "
          "werkdagen antwoord; uit een steekproef in 2024 bleek dat in 81 procent van de gevallen te "
          "lukken. Dit past bij onze kernwaarde Open."),
    ("h2", "6.2 Medezeggenschap"),
    ("p", "De medezeggenschapsraad bestaat uit acht leden: vier medewerkers, twee ouders en twee "
          "leerlingen. De MR vergadert zeven keer per jaar en spreekt elke vergadering met de rector. De MR "
          "is voor ons een echte sparringpartner: in 2024 heeft zij het voorstel voor een nieuw "
          "huiswerkbeleid teruggestuurd met de vraag eerst leerlingen te raadplegen, wat tot een beter "
          "plan heeft geleid. Bij dit schoolplan was de MR vanaf het begin betrokken; twee MR-leden zaten "
          "in de werkgroep."),
    ("h2", "6.3 Partners in sport en cultuur"),
    ("p", "Ons profiel kan niet zonder partners buiten de school. Tabel 3 laat de belangrijkste zien."),
    ("table", [
        ["Partner", "Wat wij samen doen", "Voor wie"],
        ["Topsportcentrum Almere", "trainingen in de sporthal, snuffelstage BSM", "sportklas, BSM"],
        ["Almere City FC", "afstemming rooster en begeleiding jeugdopleiding", "22 leerlingen"],
        ["Schouwburg Almere", "voorstellingen, kijkje achter de schermen, eindvoorstelling cultuurklas",
         "cultuurklas, CKV"],
        ["De Nieuwe Bibliotheek", "leesbevordering en debattraining", "leerjaar 1 en 2"],
        ["Sportverenigingen in Almere Poort", "maatschappelijke stage, clinics op school", "leerjaar 3"],
        ["Buurtsportcoach Almere Poort (gemeente)", "naschoolse sport op het schoolplein",
         "alle leerlingen"],
        ["ROC van Flevoland", "meeloopdagen, loopbaanoriëntatie", "mavo 3 en 4"],
        ["Windesheim Flevoland en HvA (ALO)", "opleiden van docenten", "medewerkers"],
        ["GGD Flevoland", "jeugdarts, lessen over gezondheid en middelengebruik", "alle leerlingen"],
    ]),
    ("caption", "Tabel 3. Partners van het Podiumveld College."),
    ("p", "De samenwerking met de sportverenigingen in de wijk is de afgelopen jaren gegroeid. In 2024 "
          "deden 143 leerlingen hun maatschappelijke stage bij een vereniging of instelling in Almere "
          "Poort, en verzorgden onze BSM-leerlingen clinics voor 14 basisscholen in de wijk."),
    ("h2", "6.4 Landelijke netwerken"),
    ("p", "Sinds 2019 is de school lid van de Vereniging Cultuurprofielscholen. Twee docenten kunst bezoeken "
          "elk jaar de twee landelijke bijeenkomsten, en in 2023 hebben wij een visitatie van de vereniging "
          "met een positief oordeel afgesloten. Daarnaast bereiden wij de aanvraag voor om erkend te worden "
          "als Topsport Talentschool. Daarmee worden wij deel van het landelijke netwerk van Stichting LOOT "
          "en kunnen wij talentvolle sporters nog beter begeleiden."),
    ("h2", "6.5 Onze doelen voor venster 4"),
    ("bullet", "Doel 2026: ten minste 92 procent van de ouders is aanwezig bij het gesprek tussen leerling, "
               "ouder en mentor."),
    ("bullet", "Doel 2026: in ten minste 95 procent van de gevallen krijgen ouders binnen twee werkdagen "
               "antwoord op hun e-mail (steekproef in maart)."),
    ("bullet", "Doel 2027: het Podiumveld College is erkend als Topsport Talentschool."),
    ("bullet", "Doel 2028: iedere leerling in leerjaar 3 doet de maatschappelijke stage bij een partner in "
               "Almere."),

    ("h1", "7. Tot slot"),
    ("p", "Dit schoolplan is de basis voor onze jaarplannen. Elk jaar in november stellen wij het jaarplan "
          "vast, met de doelen uit dit plan die dat jaar aan de beurt zijn; in het jaarverslag leggen wij "
          "verantwoording af over wat er is bereikt. Halverwege de planperiode, in het voorjaar van 2027, "
          "houden wij met de werkgroep, het ouderpanel en de leerlingenraad een tussenbalans."),
    ("p", "Wij danken de leerlingen, ouders, medewerkers en partners die aan dit plan hebben meegeschreven. "
          "Wij geven altijd het beste van onszelf, op het podium, op het veld en in de klas."),
    ("p", "Almere, 1 juli 2025. Dewi Hartsuiker, rector."),
    ("p", "De medezeggenschapsraad van het Podiumveld College heeft op 24 juni 2025 ingestemd met dit "
          "schoolplan."),
]


def _zet_taal(doc):
    """Zet de standaard proeftaal van het document op Nederlands."""
    doc_defaults = doc.styles.element.find(qn("w:docDefaults"))
    if doc_defaults is None:
        return
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(paragraph):
    run = paragraph.add_run()
    onderdelen = []
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    onderdelen.append(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    onderdelen.append(instr)
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    onderdelen.append(sep)
    txt = OxmlElement("w:t")
    txt.text = "1"
    onderdelen.append(txt)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    onderdelen.append(end)
    for el in onderdelen:
        run._r.append(el)


def _tabel(doc, rijen):
    tabel = doc.add_table(rows=len(rijen), cols=len(rijen[0]))
    tabel.style = "Light Grid Accent 1"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, rij in enumerate(rijen):
        for j, waarde in enumerate(rij):
            cel = tabel.cell(i, j)
            cel.text = ""
            run = cel.paragraphs[0].add_run(waarde)
            run.font.size = Pt(10)
            if i == 0:
                run.bold = True
    tr_pr = tabel.rows[0]._tr.get_or_add_trPr()
    kop = OxmlElement("w:tblHeader")
    kop.set(qn("w:val"), "true")
    tr_pr.append(kop)


def _titelpagina(doc):
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph("Podiumveld College", style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Openbare school voor mavo en havo · sport & cultuur", style="Subtitle")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2025-2029")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph()
    for regel in [
        "Almere Poort · Almeerse Scholen Groep",
        "BRIN 31MF",
        "Rector: Dewi Hartsuiker",
        "Conrector onderwijs: Hamza Yilmaz",
        "Juli 2025",
    ]:
        p = doc.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path):
    doc = Document()
    _zet_taal(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    sectie = doc.sections[0]
    for kant in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(sectie, kant, Cm(2.3))
    sectie.different_first_page_header_footer = True
    kop = sectie.header.paragraphs[0]
    kop.text = "Podiumveld College · Schoolplan 2025-2029"
    kop.alignment = WD_ALIGN_PARAGRAPH.LEFT
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Pagina ")
    _paginanummer(voet)

    _titelpagina(doc)

    for soort, waarde in INHOUD:
        if soort == "h1":
            doc.add_heading(waarde, level=1)
        elif soort == "h2":
            doc.add_heading(waarde, level=2)
        elif soort == "p":
            doc.add_paragraph(waarde)
        elif soort == "bullet":
            doc.add_paragraph(waarde, style="List Bullet")
        elif soort == "table":
            _tabel(doc, waarde)
        elif soort == "caption":
            p = doc.add_paragraph()
            r = p.add_run(waarde)
            r.italic = True
            r.font.size = Pt(9)
        else:
            raise ValueError(soort)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = AUTEUR
    cp.last_modified_by = AUTEUR
    cp.subject = "Schoolplan 2025-2029"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.revision = 1

    doc.save(path)
