# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van het Kemphaan Lyceum (havo/vwo met technasium), ASG Almere.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 18, 9, 30, 0)

# ---------------------------------------------------------------------------
# Inhoud
# ---------------------------------------------------------------------------

VOORBLAD_GEGEVENS = [
    ("Naam school", "Kemphaan Lyceum (havo, vwo, technasium)"),
    ("BRIN", "04QK"),
    ("Adres", "Kemphaanlaan 12, 1353 AG Almere"),
    ("Bevoegd gezag", "Almeerse Scholen Groep (ASG)"),
    ("Rector", "A.M. (Annelot) Verhagen"),
    ("Denominatie", "openbaar"),
    ("Aantal leerlingen (1 oktober 2024)", "1.142"),
    ("Planperiode", "1 augustus 2025 tot en met 31 juli 2029"),
]

INHOUD = [
    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van het Kemphaan Lyceum voor de periode 1 augustus 2025 tot en met "
          "31 juli 2029. Het plan beschrijft waar onze school nu staat, wat we de komende vier jaar willen "
          "bereiken en hoe we zien of dat lukt. Het is de basis voor de jaarplannen van de school en de secties, "
          "voor het gesprek met het College van Bestuur en voor de verantwoording aan de inspectie."),
    ("p", "We hebben het plan niet achter een bureau geschreven. In het schooljaar 2024-2025 hebben we drie "
          "studiemiddagen (9 oktober, 22 januari en 19 maart) gebruikt om met het hele personeel terug te kijken "
          "op het vorige schoolplan en om de vragen uit de Koerswijzer van ASG te bespreken. Een leerlingenpanel "
          "van veertien leerlingen uit alle leerjaren heeft in twee sessies meegedacht over lessen, toetsing en sfeer. "
          "Op de ouderavond van 11 februari 2025 reageerden ruim zestig ouders op de eerste contouren. De "
          "medezeggenschapsraad heeft de conceptversies in april en mei 2025 besproken."),
    ("p", "Koers 22 van de Almeerse Scholen Groep is het kader waarbinnen we werken. De vier vensters van die "
          "koers vormen de ruggengraat van dit plan: elk venster heeft een eigen hoofdstuk, maar we hebben die "
          "hoofdstukken in onze eigen woorden geschreven. De vraag was steeds: wat betekent dit voor een havo/vwo-school "
          "met een technasium in Almere Haven? Waar een ambitie van het bestuur voor ons deze periode geen "
          "prioriteit heeft, laten we die liggen."),
    ("p", "Wij vinden dat iedereen op het Kemphaan Lyceum waardevol is en gezien wordt. Wij geven altijd het beste "
          "van onszelf en wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. "
          "Die uitgangspunten delen we met alle scholen van ASG."),
    ("p", "Leeswijzer. Hoofdstuk 2 geeft de analyse van de huidige situatie, met de cijfers die we als "
          "uitgangspunt gebruiken. De hoofdstukken 3 tot en met 6 volgen de vier vensters van Koers 22. Elk van die "
          "hoofdstukken sluit af met een doelentabel: per doel de indicator en de waarde die we aan het eind van het "
          "schooljaar 2025-2026 en aan het eind van de planperiode (zomer 2029) willen bereiken. Hoofdstuk 7 "
          "beschrijft hoe we de voortgang volgen en bevat de vaststelling van het plan."),

    ("h1", "2. Waar staan we nu"),
    ("h2", "2.1 De school in het kort"),
    ("p", "Het Kemphaan Lyceum is een openbare school voor havo en vwo in Almere Haven, opgericht in 1986. Op de "
          "teldatum van 1 oktober 2024 telde de school 1.142 leerlingen: 612 op de havo en 530 op het vwo "
          "(atheneum). Sinds 2012 hebben we een erkend technasium; 296 leerlingen volgen het vak Onderzoeken & "
          "Ontwerpen (O&O). In de onderbouw werken we met brugklassen havo/vwo en vwo; vanaf leerjaar 2 splitsen "
          "de niveaus. Ongeveer 40 procent van onze leerlingen woont in Almere Haven, 45 procent in Almere Stad en "
          "Almere Poort en de rest komt uit Zeewolde en Lelystad."),
    ("p", "Er werken 104 medewerkers: 82 docenten en 22 onderwijsondersteunende medewerkers. De schoolleiding "
          "bestaat uit de rector, een conrector onderwijs, een conrector bedrijfsvoering en vier teamleiders "
          "(onderbouw, havo-bovenbouw, vwo-bovenbouw en technasium)."),
    ("h2", "2.2 Examenresultaten"),
    ("table", [
        ["Indicator", "2022", "2023", "2024", "Landelijk 2024"],
        ["Slagingspercentage havo", "84,1%", "81,7%", "86,3%", "88,6%"],
        ["Slagingspercentage vwo", "90,4%", "88,9%", "92,0%", "91,9%"],
        ["Slagingspercentage technasiumleerlingen (havo en vwo)", "93,8%", "91,2%", "95,1%", "n.v.t."],
        ["Gemiddeld cijfer centraal examen havo", "6,28", "6,19", "6,34", "6,40"],
        ["Gemiddeld cijfer centraal examen vwo", "6,61", "6,55", "6,70", "6,62"],
    ]),
    ("p", "De vwo-resultaten liggen op of boven het landelijk gemiddelde. De havo blijft drie jaar op rij achter. "
          "De achterstand zit vooral bij wiskunde A (gemiddeld CE-cijfer 5,6 in 2024) en economie (5,8). In vier "
          "havo-vakken (wiskunde A, economie, Duits en biologie) ligt het gemiddelde schoolexamencijfer meer dan "
          "0,5 punt hoger dan het gemiddelde cijfer op het centraal examen. Onze schoolexamens voorspellen de "
          "examenuitslag dus onvoldoende. Technasiumleerlingen slagen vaker dan gemiddeld; dat is deels een "
          "selectie-effect, maar leerlingen noemen zelf ook de manier van werken in O&O (plannen, samenwerken, "
          "presenteren) als verklaring."),
    ("h2", "2.3 Doorstroom"),
    ("table", [
        ["Indicator", "2021-2022", "2022-2023", "2023-2024"],
        ["Onderbouwsnelheid (inspectie)", "96,1%", "95,4%", "96,8%"],
        ["Bovenbouwsucces havo (inspectie)", "80,2%", "77,9%", "79,2%"],
        ["Bovenbouwsucces vwo (inspectie)", "86,5%", "87,3%", "88,0%"],
        ["Zittenblijvers havo 4", "12,8%", "15,1%", "13,9%"],
        ["Opstroom onderbouw (naar vwo)", "2,4%", "2,9%", "3,1%"],
        ["Afstroom onderbouw (naar havo of vmbo-t)", "6,0%", "5,7%", "5,4%"],
        ["Instroom havo 4 vanuit de mavo (aantal leerlingen)", "21", "26", "31"],
    ]),
    ("p", "De onderbouw loopt goed: bijna alle leerlingen gaan zonder vertraging naar leerjaar 4. Havo 4 is het "
          "knelpunt. Bijna één op de zeven leerlingen blijft daar zitten, en van de leerlingen die vanuit de mavo "
          "instromen slaagt maar 64 procent binnen twee jaar, tegenover 82 procent van onze eigen havo-leerlingen. "
          "De opstroom van havo naar vwo is laag: in 2023-2024 stroomden 11 leerlingen op, terwijl 38 havo-3-leerlingen "
          "een gemiddelde van 7,5 of hoger hadden."),
    ("h2", "2.4 Tevredenheid en veiligheid"),
    ("p", "In februari 2024 namen we de tevredenheidspeiling van Vensters af onder leerlingen (891 respondenten) en "
          "ouders (402 respondenten). De medewerkers vulden in november 2023 het medewerkersonderzoek van ASG in."),
    ("table", [
        ["Vraag of thema", "Groep", "Score 2024", "Score 2022"],
        ["Algemene tevredenheid over de school", "leerlingen", "6,6", "6,5"],
        ["Ik voel me veilig op school (% eens)", "leerlingen", "91%", "89%"],
        ["Ik ben het afgelopen jaar gepest (% eens)", "leerlingen", "6%", "5%"],
        ["De lessen zijn uitdagend", "leerlingen", "5,9", "6,0"],
        ["Tevredenheid over O&O (meisjes / jongens)", "leerlingen", "6,1 / 7,0", "6,3 / 7,1"],
        ["Algemene tevredenheid over de school", "ouders", "7,2", "7,1"],
        ["Informatie en communicatie vanuit school", "ouders", "6,7", "6,9"],
        ["Algemene tevredenheid", "medewerkers", "7,4", "7,2"],
        ["Ervaren werkdruk (hoger is beter)", "medewerkers", "5,8", "6,0"],
    ]),
    ("p", "Leerlingen voelen zich over het algemeen veilig, maar het aandeel leerlingen dat zegt gepest te zijn "
          "loopt licht op, vooral via sociale media. Leerlingen vinden de lessen weinig uitdagend; in het "
          "leerlingenpanel hoorden we vaak: ‘veel uitleg, weinig zelf doen, behalve bij O&O’. Ouders zijn "
          "tevreden over de school, maar minder over de informatie die ze krijgen: ze missen overzicht over "
          "toetsen en het PTA en vinden dat ze soms lang op antwoord moeten wachten. Het aandeel meisjes in de "
          "technasiumstroom is gedaald van 36 procent in 2019 naar 29 procent in 2024, en meisjes zijn duidelijk "
          "minder tevreden over O&O dan jongens."),
    ("h2", "2.5 Personeel"),
    ("p", "De gemiddelde leeftijd van ons personeel is 44 jaar; 23 procent is ouder dan 57. Negen docenten geven "
          "(een deel van) hun lessen zonder de juiste bevoegdheid; vier van hen zijn zij-instromers in opleiding. "
          "Moeilijk vervulbare vacatures hebben we bij wiskunde, natuurkunde, Duits en O&O. Het ziekteverzuim was "
          "in 2024 6,8 procent, ruim boven de 5 procent die we als eigen norm hanteren. In het schooljaar 2023-2024 "
          "voerde 71 procent van de medewerkers een jaargesprek met de leidinggevende."),
    ("h2", "2.6 Wat we uit de analyse halen"),
    ("p", "Sterke punten waarop we verder bouwen:"),
    ("bullets", [
        "het technasium: hoge slagingspercentages, betrokken externe opdrachtgevers en een herkenbaar profiel in de stad;",
        "een veilige school en een onderbouw waarin leerlingen zonder vertraging doorstromen;",
        "vwo-resultaten op of boven het landelijk gemiddelde.",
    ]),
    ("p", "Punten die de komende vier jaar onze aandacht vragen:"),
    ("bullets", [
        "de havo-bovenbouw: slagingspercentage, zittenblijven in havo 4 en de kloof tussen schoolexamen en centraal examen;",
        "lessen die leerlingen uitdagen, en de doorstroom van havo naar vwo;",
        "de overstap van mavo naar havo 4;",
        "het dalende aandeel meisjes in het technasium;",
        "de informatie aan ouders;",
        "bevoegdheid, verzuim en de gesprekscyclus bij het personeel.",
    ]),

    ("h1", "3. Lessen die ertoe doen"),
    ("p", "Dit hoofdstuk hoort bij het eerste venster van Koers 22 (goed en toegankelijk onderwijs). Het gaat over "
          "wat en hoe we onze leerlingen leren, over de ondersteuning en de veiligheid die ze daarvoor nodig "
          "hebben en over de manier waarop we de kwaliteit bewaken."),
    ("h2", "3.1 Ons onderwijsprogramma"),
    ("p", "In de onderbouw bieden we een brede basis die voldoet aan de kerndoelen. We werken met methodes die "
          "de secties bewust hebben gekozen: Getal & Ruimte voor wiskunde, Nieuw Nederlands, Stepping Stones voor "
          "Engels, Grandes Lignes voor Frans, Neue Kontakte voor Duits, Memo voor geschiedenis, BuiteNLand voor "
          "aardrijkskunde en Nova voor natuurkunde en scheikunde. Technasiumleerlingen hebben in leerjaar 1 tot en "
          "met 3 vier uur O&O per week; de andere leerlingen volgen in die uren een breed kunst- en cultuurprogramma. "
          "We volgen de beheersing van de referentieniveaus taal en rekenen (2F in de onderbouw, 3F aan het eind "
          "van havo en vwo) met de toetsen van het Cito Volgsysteem voortgezet onderwijs in leerjaar 1, 2 en 3. "
          "Leerlingen die onder het verwachte niveau scoren, krijgen in het volgende blok zes weken extra lessen "
          "taal of rekenen in het keuzewerktijduur."),
    ("p", "In de bovenbouw kiezen leerlingen een van de vier profielen. O&O is op havo en vwo een eigen "
          "examenvak, dat wordt afgesloten met de meesterproef: een ontwerpopdracht van tien weken voor een echte "
          "opdrachtgever."),
    ("p", "De komende jaren herzien we het onderbouwcurriculum. Aanleiding zijn de nieuwe kerndoelen voor "
          "Nederlands, Engels, rekenen/wiskunde, burgerschap en digitale geletterdheid, die landelijk vanaf 2027 "
          "verplicht worden. In 2025-2026 starten de secties Nederlands, Engels en wiskunde en de werkgroep "
          "burgerschap met een nieuwe leerlijn; in 2026-2027 en 2027-2028 volgen de andere vakken, zodat in 2029 "
          "alle veertien onderbouwvakken een herziene leerlijn hebben. Voor digitale geletterdheid maken we een "
          "doorlopende leerlijn die in O&O, in de mentorles en bij Nederlands wordt uitgevoerd, met onder meer "
          "informatievaardigheden, programmeren en verantwoord gebruik van generatieve AI. In 2025-2026 leggen "
          "we vast welke afspraken gelden voor AI bij werkstukken en het profielwerkstuk."),
    ("p", "Leerlingen moeten zichzelf en hun wereld terugzien in de lessen. Daarom legt elke sectie een vernieuwde "
          "leerlijn voor aan het leerlingenpanel voordat die wordt ingevoerd, en bevat elke nieuwe leerlijn ten "
          "minste één project dat vertrekt vanuit het leven van Almeerse jongeren, zoals wonen in een groeiende "
          "stad, mobiliteit, sport of sociale media."),
    ("h2", "3.2 Het technasium als motor"),
    ("p", "Het technasium is het hart van onze school. In O&O werken leerlingen in groepjes aan opdrachten van "
          "bedrijven en instellingen. Ze leren onderzoeken, ontwerpen, plannen en presenteren. Die werkwijze willen "
          "we ook buiten de technasiumstroom gebruiken. Vanaf 2026-2027 maken alle havo-5-leerlingen hun "
          "profielwerkstuk volgens de O&O-aanpak, met een externe opdrachtgever en begeleiding door een O&O-docent "
          "en een vakdocent. In de zomer van 2026 richten we het voormalige tekenlokaal in als ‘Kemphaan-lab’ met "
          "3D-printers, een lasersnijder en sensoren, waar alle secties projecten kunnen doen."),
    ("p", "We willen dat het technasium voor meisjes even aantrekkelijk is als voor jongens. We zetten vier dingen "
          "in: bij de voorlichting in groep 8 presenteren vrouwelijke oud-leerlingen en opdrachtgevers; minstens de "
          "helft van de opdrachten in leerjaar 1 en 2 heeft een duidelijke maatschappelijke of zorgkant; we letten "
          "bij de samenstelling van groepjes op de verhouding; en we vragen meisjes uit leerjaar 2 elk jaar in een "
          "groepsgesprek wat hen aanspreekt en wat niet."),
    ("h2", "3.3 De havo-bovenbouw op orde"),
    ("p", "De resultaten van de havo zijn ons belangrijkste verbeterpunt. We nemen de volgende maatregelen."),
    ("bullets", [
        "Vanaf 2025-2026 begint havo 4 met een startweek waarin leerlingen leren plannen met het PTA, kennismaken met de "
        "nieuwe vakken en met hun mentor een studieplan opstellen. De mentor bespreekt dat plan elke zes weken.",
        "De secties wiskunde A, economie, Duits en biologie analyseren na elk examen de resultaten met de WOLF-analyse van "
        "Cito en passen hun schoolexamen aan. Schoolexamentoetsen bevatten vanaf 2026 voor minimaal een derde "
        "opgaven in de stijl van het centraal examen. De toetscommissie controleert dat bij elke nieuwe toets.",
        "We herzien in 2025-2026 de bevorderingsnormen van havo 4 naar havo 5. Een leerling die op de grens zit, krijgt "
        "een bespreking met ouders en mentor en een begeleidingsafspraak in plaats van een automatisch doubleerbesluit.",
        "Leerlingen die instromen vanuit de mavo volgen in het eerste half jaar een wekelijkse steunles wiskunde en Engels "
        "(zie ook paragraaf 5.1).",
    ]),
    ("p", "We hebben hoge verwachtingen van onze leerlingen en maken dat concreet. Wij bevorderen kansrijk: een "
          "leerling die twijfelt tussen twee niveaus krijgt in principe het hogere niveau, met een afspraak over "
          "begeleiding. Elke havo-3-leerling met een gemiddelde van 7,5 of hoger krijgt in april een gesprek over "
          "de overstap naar vwo 4, en in havo 3 bieden we een opstroomtraject aan met extra lessen wiskunde en Frans "
          "of Duits. Zo willen we de opstroom in de onderbouw verhogen van 3,1 naar 5 procent."),
    ("h2", "3.4 Burgerschap en het openbare karakter"),
    ("p", "Burgerschap geven we vorm in een leerlijn van leerjaar 1 tot en met het examenjaar. In de onderbouw "
          "gaat de mentorles ‘Samen leven’ over de basiswaarden van de democratische rechtsstaat: vrijheid van "
          "meningsuiting, gelijkwaardigheid, verdraagzaamheid en het afwijzen van discriminatie. In leerjaar 2 "
          "verzorgt ProDemos een workshop over de gemeenteraad en in leerjaar 3 houden we de debatweek, die eindigt "
          "met het Kemphaan Debat in de aula. In de bovenbouw komen burgerschapsthema’s terug bij maatschappijleer, "
          "geschiedenis en economie, en vwo-5-leerlingen bezoeken de Tweede Kamer. De leerlingenraad oefent "
          "democratie in de praktijk: hij brengt elk jaar minstens drie adviezen uit aan de schoolleiding."),
    ("p", "Als openbare school staan we open voor iedere leerling en iedere medewerker, ongeacht geloof, "
          "levensovertuiging, afkomst of seksuele oriëntatie. In het vak levensbeschouwing (leerjaar 2 en havo/vwo "
          "4) komen alle grote levensbeschouwingen aan bod, en leerlingen bezoeken een moskee, een kerk en de "
          "synagoge in Almere. We vieren Keti Koti, het Suikerfeest en Kerst met activiteiten die voor iedereen "
          "open zijn, en de Regenboogclub (gender- en seksualiteitsalliantie) met ruim twintig leden krijgt een "
          "eigen ruimte en budget. Met een open blik kijken we ook naar onze eigen cijfers: we analyseren de "
          "resultaten, de doorstroom en de tevredenheid jaarlijks naar geslacht en woonwijk, zodat verschillen "
          "tussen groepen niet onopgemerkt blijven. Bij de werving van nieuwe collega’s streven we naar een team "
          "dat de diversiteit van Almere weerspiegelt; vacatures plaatsen we daarom ook via de netwerken van "
          "Windesheim Almere en van migrantenorganisaties in de stad."),
    ("h2", "3.5 Veiligheid en schoolklimaat"),
    ("p", "In 2024 hebben we samen met de leerlingenraad de Kemphaan-code opgesteld. Die code bestaat uit vier "
          "afspraken: we gaan respectvol met elkaar om, in de klas, online en op straat; we zeggen het als iets "
          "niet klopt; we helpen elkaar; en we zijn zuinig op het gebouw. De code hangt in elk lokaal, wordt in de "
          "eerste schoolweek in elke klas besproken en geldt ook voor medewerkers, ouders en bezoekers. Een "
          "medewerker die een collega of leerling ziet die de code overschrijdt, spreekt die persoon aan."),
    ("p", "Onze veiligheidscoördinator houdt de incidentregistratie in Magister bij en bespreekt die elk kwartaal "
          "met de schoolleiding. Twee anti-pestcoördinatoren zijn het aanspreekpunt voor leerlingen en ouders. "
          "Sinds 2024 is de school overdag mobielvrij; leerlingen leveren hun telefoon niet in, maar die blijft in "
          "het kluisje. Tegen online pesten zetten we in leerjaar 1 en 2 de lessenreeks ‘Online sterk’ in, en "
          "twaalf getrainde leerlingmediatoren helpen bij ruzies tussen leerlingen. We meten de veiligheid "
          "jaarlijks met de monitor sociale veiligheid in de Vensters-peiling en rapporteren de uitkomsten aan MR "
          "en ouders."),
    ("h2", "3.6 Ondersteuning"),
    ("p", "Zicht op wat leerlingen nodig hebben begint bij de mentor. Elke leerling heeft in de onderbouw vier en "
          "in de bovenbouw drie voortgangsgesprekken per jaar met de mentor. Drie keer per jaar houden we "
          "leerlingbesprekingen per leerjaar, waarin we de resultaten uit Magister, de Cito-toetsen, de absentie en "
          "de signalen van docenten naast elkaar leggen. Bij de overstap vanuit het primair onderwijs vragen we van "
          "elke leerling het onderwijskundig rapport op en voeren we met ongeveer een kwart van de basisscholen een "
          "warme overdracht."),
    ("p", "De basisondersteuning omvat onder meer: faciliteiten bij dyslexie en dyscalculie, een "
          "faalangstreductietraining, een counselor, huiswerkbegeleiding na schooltijd en een lift en "
          "aangepaste lokalen voor leerlingen met een lichamelijke beperking. Voor extra ondersteuning hebben we "
          "een ondersteuningsteam met de ondersteuningscoördinator, de schoolmaatschappelijk werker, de jeugdarts "
          "van de GGD en de leerplichtambtenaar. In ‘De Aanlegsteiger’, een klein lokaal met een vaste begeleider, "
          "kunnen twaalf leerlingen tijdelijk een deel van de dag werken, bijvoorbeeld leerlingen met autisme die "
          "overprikkeld raken."),
    ("p", "In 2025-2026 herschrijven we ons schoolondersteuningsprofiel. Daarin beschrijven we concreet in welke "
          "leer- en ondersteuningsbehoeften wij kunnen voorzien en waar onze grenzen liggen: zo kunnen we geen "
          "structurele één-op-éénbegeleiding bieden en geen intensieve behandeling binnen de school. Het nieuwe "
          "profiel wordt uiterlijk 1 juli 2026 vastgesteld en staat op de website."),
    ("p", "We werken nauw samen met het samenwerkingsverband Passend Onderwijs Almere. Als een leerling meer "
          "nodig heeft dan wij kunnen bieden, zoeken we samen met het samenwerkingsverband, de ouders en de "
          "leerling binnen zes weken een passende plek, bijvoorbeeld een tijdelijke plaatsing in de Rebound of "
          "een overstap naar het speciaal onderwijs. In 2023-2024 zaten drie van onze leerlingen langer dan drie "
          "maanden thuis. Ons doel is dat dat niet meer voorkomt; elke leerling die langer dan twee weken niet "
          "op school komt, bespreken we in het ondersteuningsteam en melden we bij het samenwerkingsverband."),
    ("h2", "3.7 Kwaliteitszorg: zo houden we zicht op onze kwaliteit"),
    ("p", "De kwaliteit van ons onderwijs moet minimaal voldoen aan het onderzoekskader van de inspectie. "
          "Alle vier de inspectie-indicatoren voor onderwijsresultaten (onderbouwpositie, onderbouwsnelheid, "
          "bovenbouwsucces en examencijfers) willen we uiterlijk in 2027 voor zowel havo als vwo boven de norm "
          "hebben. Op dit moment is dat voor het bovenbouwsucces van de havo niet zeker."),
    ("p", "We werken in een vaste cyclus. Elke sectie maakt jaarlijks voor 1 oktober een sectieplan dat is "
          "afgeleid van dit schoolplan en het jaarplan. In november, maart en juni bespreekt de teamleider de "
          "voortgang met de sectie. De schoolleiding levert elk kwartaal de kwartaalrapportage aan het College "
          "van Bestuur, met de kengetallen uit dit plan. Elke docent krijgt twee lesbezoeken per jaar van de "
          "teamleider, aan de hand van de kijkwijzer ‘De Kemphaan-les’ met vijf kenmerken: een helder lesdoel, "
          "activerende werkvormen, controle of leerlingen het begrijpen, differentiatie en een afsluiting waarin "
          "het lesdoel terugkomt. Daarnaast vult elke klas twee keer per jaar een korte digitale vragenlijst in over "
          "de lessen van iedere docent; de docent bespreekt de uitkomst met de klas. In juni maken we de "
          "zelfevaluatie over het afgelopen jaar; die is de basis voor het jaarverslag en het volgende jaarplan."),
    ("h2", "3.8 Doelen bij dit hoofdstuk"),
    ("p", "De uitgangswaarden staan in hoofdstuk 2. De waarden gelden voor het eind van het genoemde schooljaar "
          "(2026 = schooljaar 2025-2026; 2029 = schooljaar 2028-2029)."),
    ("doelen", [
        ["Hogere slaagkans op de havo", "slagingspercentage havo", "87%", "90%"],
        ["Havo-bovenbouw op orde", "bovenbouwsucces havo (inspectie)", "81%", "85%"],
        ["Minder zittenblijven in havo 4", "percentage doubleurs havo 4", "12%", "8%"],
        ["Schoolexamen voorspelt het centraal examen", "aantal havo-vakken met verschil SE-CE groter dan 0,5", "2", "0"],
        ["Kansrijk bevorderen", "opstroom onderbouw naar vwo", "3,5%", "5%"],
        ["Toekomstgericht onderbouwcurriculum", "aantal onderbouwvakken met herziene leerlijn", "3", "14 (alle)"],
        ["Uitdagende lessen", "leerlingoordeel ‘de lessen zijn uitdagend’ (Vensters)", "6,3", "7,0"],
        ["Meer meisjes in het technasium", "aandeel meisjes in de O&O-stroom", "33%", "40%"],
        ["Veilig schoolklimaat", "leerlingen die zich veilig voelen", "92%", "95%"],
        ["Minder pesten", "leerlingen die aangeven gepest te zijn", "5%", "3%"],
        ["Passend aanbod", "leerlingen die langer dan drie maanden thuiszitten", "0", "0"],
        ["Helder ondersteuningsprofiel", "nieuw SOP vastgesteld en geëvalueerd", "vastgesteld", "geëvalueerd"],
        ["Werken in de kwaliteitscyclus", "docenten met twee lesbezoeken per jaar", "80%", "100%"],
    ]),

    ("h1", "4. Vakmensen voor de klas"),
    ("p", "Dit hoofdstuk hoort bij het tweede venster van Koers 22 (personeel in positie). Goed onderwijs staat "
          "of valt met goede docenten en ondersteuners. We willen dat ze bevoegd zijn, blijven leren en gezond "
          "kunnen werken."),
    ("h2", "4.1 Bevoegd voor de klas"),
    ("p", "Negen docenten geven nu lessen waarvoor ze (nog) niet bevoegd zijn. Ieder van hen heeft vóór 1 "
          "november 2025 een persoonlijk opleidingsplan met een einddatum. Ze krijgen vier uur per week "
          "vrijgeroosterd voor hun studie, een vaste coach uit het team en vergoeding van het collegegeld. "
          "Zij-instromers volgen het traject van de ASG Academie en de lerarenopleiding van Windesheim. We "
          "willen dat het aantal docenten zonder passende bevoegdheid daalt naar vijf in 2026 en twee in 2029, "
          "en dat er vanaf 2026 geen onbevoegde docent meer is zonder lopend opleidingstraject."),
    ("h2", "4.2 Samen leren"),
    ("p", "Elke medewerker werkt aantoonbaar aan zijn of haar ontwikkeling. Van de professionaliseringsuren "
          "uit de cao vo besteden we de helft aan schoolbrede thema’s: activerende didactiek en toetsen die het "
          "centraal examen goed voorspellen. De andere helft kiest de medewerker zelf, bijvoorbeeld een cursus of "
          "programma van de ASG Academie. Iedere docent volgt in de planperiode minstens één cursus of programma "
          "van de Academie of een vergelijkbare externe opleiding, en legt dat vast in het personeelsdossier."),
    ("p", "In 2025-2026 starten we met zes professionele leergemeenschappen (PLG’s) van vier tot zes docenten, "
          "die een jaar lang samen werken aan een verbeterdoel uit dit plan, bijvoorbeeld betere toetsen bij "
          "wiskunde A of de aanpak van huiswerk in havo 4. Elke PLG laat in juni op de interne onderwijsmiddag zien "
          "wat het heeft opgeleverd. In 2029 "
          "willen we tien PLG’s hebben en werkt de helft van de docenten in een PLG."),
    ("h2", "4.3 Het jaarlijkse gesprek"),
    ("p", "Iedere medewerker heeft elk jaar een ontwikkelgesprek met de leidinggevende en eens in de drie jaar "
          "een beoordelingsgesprek. In 2023-2024 gebeurde dat bij 71 procent. Daarom krijgen de teamleiders in "
          "het najaar van 2025 een training gespreksvoering, plannen we de gesprekken vast in het jaarrooster "
          "(november tot en met februari) en monitort de conrector bedrijfsvoering elk kwartaal hoeveel "
          "gesprekken zijn gevoerd. In het gesprek vraagt de leidinggevende altijd wat de medewerker nodig heeft "
          "om goed te kunnen werken; de antwoorden bundelen we jaarlijks om het scholingsplan en de "
          "werkdrukmaatregelen bij te stellen."),
    ("h2", "4.4 Gezond aan het werk, in elke levensfase"),
    ("p", "Ons verzuim is te hoog. We pakken dat op drie manieren aan. Ten eerste meldt de leidinggevende zich "
          "bij ziekte binnen twee dagen en is er bij herhaald kort verzuim altijd een gesprek, zo nodig met de "
          "bedrijfsarts. Ten tweede zetten we de werkdrukmiddelen in voor twee onderwijsassistenten bij O&O en de "
          "practica, zodat docenten minder voorbereidingstijd kwijt zijn. Ten derde maken we het "
          "levensfasegesprek standaard onderdeel van het jaargesprek. Daarin bespreken we onder meer de inzet van "
          "de uren voor duurzame inzetbaarheid, roosterwensen van collega’s met jonge kinderen of mantelzorgtaken, "
          "en de afbouw van taken voor oudere collega’s. Via het vitaliteitsbudget van de school kunnen "
          "medewerkers een bijdrage krijgen voor sport of coaching."),
    ("h2", "4.5 Welkom voor nieuwe collega’s"),
    ("p", "Nieuwe medewerkers starten met een introductiedag in de laatste week van de zomervakantie, krijgen een "
          "buddy uit een andere sectie en volgen in hun eerste jaar drie bijeenkomsten met de rector. Startende "
          "docenten krijgen daarnaast een coach en twee uur minder lesgevende taak."),
    ("h2", "4.6 Doelen bij dit hoofdstuk"),
    ("doelen", [
        ["Iedere docent bevoegd", "aantal docenten zonder passende bevoegdheid", "5", "2"],
        ["Onbevoegd alleen met opleidingstraject", "onbevoegde docenten zonder opleidingsplan", "0", "0"],
        ["Lager ziekteverzuim", "verzuimpercentage (kalenderjaar)", "6,0%", "5,0%"],
        ["Gesprekscyclus rond", "medewerkers met een jaargesprek", "95%", "100%"],
        ["Levensfasebewust personeelsbeleid", "jaargesprekken met levensfasedeel", "75%", "100%"],
        ["Blijven leren", "docenten met een afgeronde cursus van de ASG Academie of extern (cumulatief)", "35%", "100%"],
        ["Leren in leergemeenschappen", "aantal actieve PLG’s", "6", "10"],
        ["Minder werkdruk", "ervaren werkdruk in het medewerkersonderzoek", "6,2", "6,8"],
    ]),

    ("h1", "5. Verder dan ons eigen gebouw"),
    ("p", "Dit hoofdstuk hoort bij het derde venster van Koers 22 (de meerwaarde van ASG). We zijn een van de "
          "scholen van een grote organisatie. Daar willen we gericht gebruik van maken, op twee punten waar het "
          "onze leerlingen direct helpt. Andere onderdelen van dit venster, zoals de ASG-brede ontmoetingen en het "
          "servicebureau, laten we in deze planperiode aan het bestuur."),
    ("h2", "5.1 Van de mavo naar onze havo"),
    ("p", "Elk jaar stromen ongeveer dertig leerlingen van de mavo in havo 4 in, de meesten van twee ASG-mavo’s "
          "in Almere Haven en Almere Stad. Samen met die scholen zetten we vanaf 2025-2026 een schakelprogramma op. "
          "Mavo-4-leerlingen met de wens om naar de havo te gaan volgen vanaf januari op woensdagmiddag zes "
          "lessen wiskunde en Engels bij ons, gegeven door onze docenten. In juni is er een warme overdracht per "
          "leerling tussen de mentor van de mavo en de toekomstige mentor in havo 4. Zo willen we het aandeel "
          "mavo-instromers dat binnen twee jaar een havodiploma haalt verhogen van 64 naar 80 procent."),
    ("p", "Ons aanbod moet naast dat van de andere ASG-scholen een eigen plek houden. We zijn de enige school in "
          "Almere Haven met een technasium en bieden geen gymnasium; leerlingen die dat zoeken verwijzen we bij de "
          "voorlichting naar het gymnasiumaanbod elders binnen ASG. Met de basisscholen in onze wijk organiseren we "
          "O&O-ochtenden voor groep 7 en 8, zodat leerlingen en ouders weten wat het technasium inhoudt voordat "
          "ze kiezen."),
    ("h2", "5.2 Vaksecties over de schoolgrens"),
    ("p", "Onze O&O-docenten werken samen met de technasiumsectie van de tweede ASG-school met een technasium. "
          "Ze ontwikkelen gezamenlijk opdrachten, beoordelen elkaars meesterproeven en komen drie keer per jaar "
          "bij elkaar. De sectie wiskunde sluit vanaf 2025 aan bij het ASG-netwerk van wiskundedocenten havo, dat "
          "werkt aan betere voorbereiding op het centraal examen wiskunde A; onze sectie levert daarvoor de "
          "resultaten van de WOLF-analyses aan."),
    ("h2", "5.3 Doelen bij dit hoofdstuk"),
    ("doelen", [
        ["Succesvolle overstap mavo-havo", "mavo-instromers die binnen twee jaar een havodiploma halen", "70%", "80%"],
        ["Schakelprogramma met ASG-mavo’s", "deelnemende mavo-4-leerlingen per jaar", "20", "30"],
        ["Bovenschoolse technasiumsectie", "gezamenlijke bijeenkomsten met de andere technasiumschool per jaar", "3", "4"],
        ["Bovenschools werken aan wiskunde A", "gemiddeld CE-cijfer wiskunde A havo", "5,9", "6,3"],
    ]),

    ("h1", "6. Samen met ouders, leerlingen en de stad"),
    ("p", "Dit hoofdstuk hoort bij het vierde venster van Koers 22 (partnerschap). Onze leerlingen leren beter "
          "als ouders, school en de mensen om de school heen samenwerken."),
    ("h2", "6.1 Ouders als partner"),
    ("p", "Ouders zijn voor ons partner in het leren van hun kind. Daarom voeren we vanaf 2025-2026 in alle "
          "leerjaren twee keer per jaar (oktober en maart) een driehoeksgesprek tussen leerling, ouder en mentor, "
          "waarin de leerling zelf vertelt hoe het gaat en wat hij of zij gaat doen. Voor ouders die het "
          "Nederlands minder goed beheersen regelen we op verzoek een tolk. Een ouderpanel van twaalf ouders "
          "komt vier keer per jaar bijeen met de rector en denkt mee over onderwerpen als de mobielvrije school "
          "en de driehoeksgesprekken."),
    ("p", "In onze communicatie zijn wij transparant en toegankelijk. Concreet betekent dat: we gebruiken "
          "Magister voor cijfers, absentie en berichten over een individuele leerling en de nieuwsbrief ‘Kemphaan "
          "Kort’ (elke drie weken) voor algemene informatie. Het PTA, de toetsweekroosters en de "
          "bevorderingsnormen staan uiterlijk 1 oktober op de website. Vragen van ouders beantwoorden we binnen "
          "twee werkdagen, ook als het antwoord alleen is dat we ermee bezig zijn."),
    ("p", "Ook wie voor het eerst binnenloopt, moet zich welkom voelen. Bij de hoofdingang staat een "
          "ontvangstbalie die van 7.45 tot 16.30 uur bezet is. Bij open dagen, ouderavonden en bezoek van "
          "opdrachtgevers ontvangen leerlingen van het welkomstteam, de ‘Kemphaan-gidsen’, de bezoekers en leiden "
          "ze rond. Na elke open dag vragen we bezoekers met een korte vragenlijst hoe ze de ontvangst hebben "
          "ervaren."),
    ("h2", "6.2 Medezeggenschap en de stem van leerlingen"),
    ("p", "De medezeggenschapsraad (twaalf leden: zes personeelsleden, drie ouders en drie leerlingen) is voor "
          "ons meer dan een formeel orgaan. Belangrijke plannen bespreken we eerst als ‘denkstuk’ met de MR, "
          "voordat er een formeel voorstel ligt, zoals bij dit schoolplan en bij de mobielvrije school. Aan het "
          "begin van elk schooljaar stellen rector en MR samen een jaaragenda op, en in juni evalueren we de "
          "samenwerking. De leerlingenraad vergadert maandelijks met de teamleider onderbouw en brengt elk jaar "
          "minstens drie adviezen uit; de schoolleiding reageert daar binnen een maand schriftelijk op."),
    ("h2", "6.3 Partners van het technasium"),
    ("p", "Zonder opdrachtgevers geen technasium. We werken nu met 24 externe opdrachtgevers, onder wie "
          "Waterschap Zuiderzeeland, de afdeling Stadsbeheer van de gemeente Almere, netbeheerder Liander, "
          "Staatsbosbeheer Flevoland, het Flevoziekenhuis, Windesheim Almere en een tiental bedrijven uit "
          "Almere en Zeewolde. In 2029 willen we dertig vaste opdrachtgevers hebben, waarvan minstens acht in de "
          "zorg en het sociale domein, passend bij onze aanpak voor meisjes. Elk jaar houden we in mei een "
          "opdrachtgeversavond waarop leerlingen hun resultaten presenteren."),
    ("p", "We zijn lid van de Stichting Technasium en nemen deel aan het landelijke netwerk van "
          "technasiumscholen. Onze teamleider technasium zit in het regio-overleg Noord-Holland/Flevoland en twee "
          "O&O-docenten werken mee in de landelijke ontwikkelgroep voor de meesterproef. Wat we daar leren, "
          "nemen we mee in onze eigen opdrachten en beoordelingsformulieren."),
    ("h2", "6.4 In de wijk"),
    ("p", "We werken nauw samen met de partners in Almere Haven. De wijkagent en een jongerenwerker van "
          "welzijnsorganisatie De Schoor houden elke dinsdag in de pauze een inloopspreekuur in de school. Met "
          "De Nieuwe Bibliotheek in Haven organiseren we het leesprogramma voor leerjaar 1 en de "
          "bronnenlessen voor het profielwerkstuk. Leerlingen van leerjaar 3 doen in het kader van burgerschap een "
          "project voor een organisatie in de wijk, zoals het buurthuis of de voedselbank."),
    ("h2", "6.5 Samen het lerarentekort aanpakken"),
    ("p", "Het lerarentekort lossen we niet alleen op. Samen met de andere ASG-scholen voor voortgezet onderwijs, "
          "Windesheim en de gemeente Almere zijn we deel van het partnerschap Samen Opleiden Almere. Nu bieden we "
          "veertien stageplaatsen aan studenten van de lerarenopleiding; in 2029 moeten dat er twintig zijn, met "
          "twee opgeleide schoolopleiders. Studenten die bij ons stage lopen, krijgen bij goed functioneren een "
          "baangarantie voor het jaar na hun afstuderen in een tekortvak."),
    ("h2", "6.6 Doelen bij dit hoofdstuk"),
    ("doelen", [
        ["Ouders betrokken bij het leren", "ouders aanwezig bij het driehoeksgesprek", "85%", "95%"],
        ["Heldere informatie", "ouderoordeel over informatie en communicatie (Vensters)", "7,0", "7,5"],
        ["Snel antwoord", "ouderberichten binnen twee werkdagen beantwoord (steekproef)", "90%", "98%"],
        ["Leerlingen hebben een stem", "adviezen van de leerlingenraad per jaar", "3", "5"],
        ["MR vroeg betrokken", "grote beleidsvoornemens eerst als denkstuk met MR besproken", "100%", "100%"],
        ["Sterk netwerk van opdrachtgevers", "aantal vaste externe opdrachtgevers O&O", "26", "30"],
        ["Samen opleiden", "stageplaatsen lerarenopleiding", "16", "20"],
        ["Gastvrije school", "bezoekersoordeel over de ontvangst bij de open dag", "8,0", "8,5"],
    ]),

    ("h1", "7. Zo volgen we de voortgang"),
    ("p", "Dit schoolplan werken we elk jaar uit in een jaarplan, met per doel een eigenaar, de activiteiten en "
          "de planning. De schoolleiding bespreekt de doelentabellen uit dit plan elk kwartaal; de stand van zaken "
          "staat in de kwartaalrapportage aan het College van Bestuur en in het jaarverslag. In het voorjaar van "
          "2027 houden we een tussenbalans met personeel, MR, ouderpanel en leerlingenraad. Blijkt een doel dan "
          "onhaalbaar of overbodig, dan stellen we het bij, met instemming van de MR."),
    ("h2", "7.1 Vaststelling"),
    ("p", "De medezeggenschapsraad van het Kemphaan Lyceum heeft in de vergadering van 17 juni 2025 unaniem "
          "ingestemd met dit schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan "
          "vastgesteld op 3 juli 2025."),
]

HANDTEKENING = [
    ["Namens de medezeggenschapsraad", "Namens het bevoegd gezag"],
    ["R. Bakker-Ozturk, voorzitter MR", "College van Bestuur ASG"],
    ["Almere, 17 juni 2025", "Almere, 3 juli 2025"],
]


# ---------------------------------------------------------------------------
# Opmaak-hulpjes
# ---------------------------------------------------------------------------

def _zet_taal(style, taal="nl-NL"):
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), taal)
    lang.set(qn("w:eastAsia"), taal)
    lang.set(qn("w:bidi"), "ar-SA")


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _celkleur(cell, kleur):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _tabel(doc, rijen, breedtes=None, kopkleur="1F5C4A"):
    t = doc.add_table(rows=len(rijen), cols=len(rijen[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, rij in enumerate(rijen):
        for j, tekst in enumerate(rij):
            cel = t.cell(i, j)
            cel.text = ""
            run = cel.paragraphs[0].add_run(tekst)
            run.font.size = Pt(9.5)
            if i == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                _celkleur(cel, kopkleur)
            if breedtes:
                cel.width = breedtes[j]
    _kopregel_herhalen(t.rows[0])
    doc.add_paragraph()
    return t


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Schoolplan Kemphaan Lyceum 2025-2029 · pagina ")
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)
    for r in p.runs:
        r.font.size = Pt(8)


# ---------------------------------------------------------------------------
# Bouwen
# ---------------------------------------------------------------------------

def build(path):
    path = str(path)
    doc = Document()

    for naam in ("Normal", "Heading 1", "Heading 2", "Title", "Subtitle", "List Bullet"):
        _zet_taal(doc.styles[naam])
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.styles["Heading 1"].font.color.rgb = RGBColor(0x1F, 0x5C, 0x4A)
    doc.styles["Heading 2"].font.color.rgb = RGBColor(0x2E, 0x7D, 0x64)

    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.3)
    _paginanummer(sectie)

    cp = doc.core_properties
    cp.title = "Schoolplan Kemphaan Lyceum 2025-2029"
    cp.subject = "Schoolplan"
    cp.author = "A.M. Verhagen"
    cp.last_modified_by = "A.M. Verhagen"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    # Voorblad
    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    doc.add_paragraph("Kemphaan Lyceum · havo | vwo | technasium", style="Subtitle")
    p = doc.add_paragraph("‘Onderzoeken, ontwerpen, ontdekken’")
    p.runs[0].italic = True
    doc.add_paragraph("Almere Haven, juni 2025")
    _tabel(doc, [["Gegeven", "Waarde"]] + [list(r) for r in VOORBLAD_GEGEVENS],
           breedtes=[Cm(6), Cm(10)])
    doc.add_page_break()

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "bullets":
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "table":
            _tabel(doc, inhoud)
        elif soort == "doelen":
            rijen = [["Doel", "Indicator", "2026", "2029"]] + inhoud
            _tabel(doc, rijen, breedtes=[Cm(5.2), Cm(6.6), Cm(2.2), Cm(2.2)])
        else:
            raise ValueError(soort)

    _tabel(doc, HANDTEKENING, breedtes=[Cm(8), Cm(8)], kopkleur="5A6B66")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_157_kemphaan_lyceum.docx")
