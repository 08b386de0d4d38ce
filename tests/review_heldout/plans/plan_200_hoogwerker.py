# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Vmbo De Hoogwerker (Almere), opgebouwd als antwoorden op de centrale vragen.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
Deterministisch: vaste datums in de documenteigenschappen en vaste tijdstempels in het zip-archief.
"""
import datetime
import os
import shutil
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

BLAUW = RGBColor(0x1F, 0x3A, 0x5F)
ORANJE = RGBColor(0xC8, 0x5A, 0x12)

# Blokken: ("h1", tekst), ("h2", tekst), ("p", tekst), ("b", [items]), ("n", [items]),
# ("t", kop, rijen)

INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Beste lezer,"),
    ("p", "Dit is het schoolplan van Vmbo De Hoogwerker voor de schooljaren 2024-2025 tot en met 2027-2028. Ik "
          "heb ervoor gekozen het plan op te bouwen langs de centrale vragen uit de Koerswijzer van ASG. Bij elke "
          "kernwaarde en elk venster staan de vragen die voor onze school het meest van belang zijn, met daaronder "
          "ons antwoord. Vragen die vooral over het bestuur of het servicebureau gaan, heb ik weggelaten. Achterin "
          "staan de onderdelen die de wet van een schoolplan vraagt en die niet vanzelf bij een centrale vraag "
          "passen, en de planning per schooljaar."),
    ("p", "De Hoogwerker is een school waar hard wordt gewerkt, door leerlingen en door collega's. Onze leerlingen "
          "leren met hun handen én met hun hoofd. Veel van hen komen binnen met een verleden van onvoldoendes en "
          "weinig zelfvertrouwen. Vier jaar later staan ze met een diploma, een stage-ervaring en een idee van wat "
          "ze willen worden. Daar zijn we trots op, en dat willen we de komende vier jaar nog beter doen."),
    ("p", "Het plan is besproken op de teamstudiedag van 12 maart 2024, in de leerlingenraad en in de MR."),
    ("p", "Ruud Kamphorst, directeur"),

    ("h1", "De Hoogwerker in het kort"),
    ("t", ["Onderdeel", "Gegevens"], [
        ["Naam", "Vmbo De Hoogwerker"],
        ["BRIN", "31HW"],
        ["Adres", "Tangostraat 40, 1326 ZK Almere"],
        ["Bevoegd gezag", "Almeerse Scholen Groep (ASG)"],
        ["Sector", "Voortgezet onderwijs, vmbo"],
        ["Leerwegen", "Basisberoepsgerichte leerweg (bb) en kaderberoepsgerichte leerweg (kb), met lwoo"],
        ["Profielen", "Produceren, installeren en energie (PIE); Zorg en welzijn (Z&W); Economie en ondernemen "
                      "(E&O); Horeca, bakkerij en recreatie (HBR)"],
        ["Denominatie", "Openbaar"],
        ["Leerlingen", "614 op 1 oktober 2023, van wie 41% met een lwoo-indicatie"],
        ["Personeel", "82 medewerkers, van wie 57 docenten"],
        ["Directie", "Ruud Kamphorst (directeur); drie teamleiders: onderbouw, bovenbouw techniek en bovenbouw "
                     "zorg, economie en horeca"],
        ["Planperiode", "1 augustus 2024 tot en met 31 juli 2028"],
    ]),
    ("p", "Onze leerlingen komen uit heel Almere, de meesten uit Almere Stad en Almere Haven. Ze komen van "
          "ongeveer 25 basisscholen. Ruim de helft spreekt thuis (ook) een andere taal dan het Nederlands. Bij de "
          "start in leerjaar 1 heeft ongeveer een op de zes leerlingen een achterstand van meer dan twee jaar in "
          "begrijpend lezen. Tegelijk zien we elk jaar leerlingen die in het praktijklokaal opbloeien en die we "
          "onderschat zouden hebben als we alleen naar hun toetsscores hadden gekeken."),

    # ================================================================ Kernwaarden
    ("h1", "Gezien worden"),
    ("h2", "Hoe creëren we een cultuur van gastvrijheid op onze school?"),
    ("p", "Gastvrijheid is voor De Hoogwerker heel belangrijk. Onze schoolcultuur is gastvrij, iedereen voelt "
          "zich welkom. Dat geldt voor leerlingen, ouders en collega's, maar ook voor de bezoeker die de school "
          "voor het eerst binnenloopt. Iedereen op De Hoogwerker is waardevol en wordt gezien. Een goede "
          "bejegening is de basis van alles wat wij doen, en daar is iedereen in de school verantwoordelijk voor."),
    ("h2", "Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?"),
    ("p", "Wij hebben zicht op wat onze leerlingen nodig hebben. Dat begint al voor de eerste schooldag:"),
    ("b", [
        "Met iedere nieuwe leerling en zijn ouders voert de zorgcoördinator of een mentor in juni een "
        "intakegesprek. We gebruiken daarbij het onderwijskundig rapport van de basisschool en, waar nodig, een "
        "telefoongesprek met de leerkracht van groep 8. In 2023 lukte dat bij 88% van de nieuwe leerlingen; "
        "vanaf de zomer van 2024 bij alle nieuwe leerlingen.",
        "Drie keer per jaar is er per klas een leerlingbespreking waarin mentor, vakdocenten en zorgcoördinator "
        "alle leerlingen langslopen. De afspraken die daaruit komen, staan bij de leerling in Magister, zodat "
        "iedere docent ze kan zien.",
        "Leerlingen met een ontwikkelingsperspectiefplan (OPP) bespreken we elk kwartaal met hun ouders.",
        "Wat medewerkers nodig hebben, bespreken we in het ontwikkelgesprek; welbevinden en werkdruk zijn daar "
        "een vast onderdeel van (zie venster 2).",
    ]),
    ("h2", "Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen?"),
    ("b", [
        "De leerlingenraad (tien leerlingen uit alle leerjaren) vergadert zes keer per jaar met de directeur. "
        "De raad heeft in 2023-2024 het nieuwe telefoonbeleid mee opgesteld.",
        "Elk voorjaar vullen alle leerlingen de tevredenheidsvragenlijst van Vensters in. In 2023 gaven "
        "leerlingen de school gemiddeld een 6,4; in 2027 willen we een 7,0.",
        "Het ouderpanel (acht tot twaalf ouders) komt drie keer per jaar bij elkaar met een teamleider.",
        "Wat we met de uitkomsten doen, staat in de nieuwsbrief onder de kop 'Jullie zeiden, wij deden'.",
    ]),

    ("h1", "Open"),
    ("h2", "Hoe bereiken we dat iedereen zich respectvol bejegend voelt?"),
    ("p", "Wij gaan respectvol om met de mensen binnen en buiten de school. Met een open blik kijken wij naar de "
          "verscheidenheid van leerlingen en medewerkers. Respect is bij ons geen vanzelfsprekendheid, maar iets "
          "waar we elke dag aan werken. Wij zijn open en eerlijk naar leerlingen, ouders en collega's, en "
          "verwachten dat ook van hen. Zo zorgen wij er samen voor dat iedereen zich respectvol bejegend voelt."),
    ("h2", "Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te "
           "informeren?"),
    ("p", "In onze communicatie zijn wij transparant en toegankelijk. In de praktijk betekent dat:"),
    ("b", [
        "Magister is het enige kanaal voor cijfers, absentie en huiswerk. Alle ouders krijgen bij de start een "
        "account en uitleg op de ouderavond in september. In 2023 had 81% van de ouders in het afgelopen halfjaar "
        "ingelogd; we willen naar 95%.",
        "Iedere mentor van leerjaar 1 belt in de eerste drie schoolweken alle ouders van zijn klas voor een "
        "kennismaking.",
        "Bij ongeoorloofde afwezigheid belt de administratie dezelfde ochtend vóór 10.00 uur naar huis.",
        "De maandelijkse nieuwsbrief 'De Bovenkant' is geschreven in eenvoudige taal (niveau B1).",
        "Mails en berichten van ouders beantwoorden docenten en mentoren binnen twee werkdagen.",
        "Docenten communiceren niet via WhatsApp-groepen met leerlingen of ouders; dat is een vaste afspraak "
        "sinds 2023.",
    ]),
    ("h2", "Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het openbare "
           "karakter?"),
    ("p", "De Hoogwerker is een openbare school. Iedereen is welkom, ongeacht geloof, afkomst, achtergrond of "
          "geaardheid. Wij vinden het belangrijk dat leerlingen leren dat er verschillende opvattingen zijn en "
          "dat zij daar met respect mee omgaan. De kernwaarden van ASG zijn voor ons een leidraad in alles wat we "
          "doen. Zo geven wij invulling aan het openbare karakter van onze school."),

    ("h1", "Vooruitstrevend"),
    ("h2", "Hoe faciliteren we innovatie binnen onze school?"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Wij werken "
          "met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Innovatie is geen doel "
          "op zich, maar een middel om het onderwijs voor onze leerlingen beter te maken. Collega's met goede "
          "ideeën krijgen daarvoor de ruimte. Wij durven te experimenteren en van fouten te leren."),
    ("h2", "Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?"),
    ("p", "Een onderzoekende houding is belangrijk, voor leerlingen én voor collega's. Wij willen dat leerlingen "
          "vragen durven stellen en nieuwsgierig zijn naar de wereld om hen heen. Van onze medewerkers verwachten "
          "wij dat zij kritisch kijken naar hun eigen lessen en openstaan voor nieuwe ideeën. Daar blijven wij de "
          "komende jaren aandacht aan besteden."),

    ("h1", "Ambitieus"),
    ("h2", "Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te realiseren?"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij geven altijd het beste van "
          "onszelf. Elkaar aanspreken hoort daarbij, en dat doen wij op een open en respectvolle manier. In een "
          "professionele cultuur neemt iedereen verantwoordelijkheid voor het geheel. Dat vraagt om vertrouwen, "
          "en aan dat vertrouwen werken wij elke dag."),
    ("h2", "Wat doen we om de professionaliteit van ons personeel te verbeteren?"),
    ("p", "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren. De komende "
          "vier jaar maken we dat zo concreet:"),
    ("b", [
        "In 2024-2025 en 2025-2026 volgt het hele docententeam een traject expliciete directe instructie (EDI), "
        "met vier studiemiddagen per jaar en coaching in de klas door een externe trainer. De kosten (ongeveer "
        "38.000 euro over twee jaar) komen uit het professionaliseringsbudget.",
        "Iedere docent kiest in september zelf een ontwikkeldoel en bespreekt dat in het ontwikkelgesprek (zie "
        "venster 2). Voor scholing die daarbij hoort, is 600 euro per fte per jaar beschikbaar.",
        "Iedere docent bezoekt twee keer per jaar een les van een collega met de kijkwijzer van de Hoogwerker-les "
        "(zie venster 1). De secties bespreken de uitkomsten in hun sectieoverleg en kiezen per jaar één "
        "verbeterpunt voor de hele sectie.",
        "Doel: in 2027 voldoet 90% van de lessen die de teamleiders bezoeken aan alle vijf kenmerken van de "
        "Hoogwerker-les. Bij de nulmeting in februari 2024 was dat 62%.",
    ]),
    ("h2", "Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?"),
    ("b", [
        "Vanaf leerjaar 1 houdt iedere leerling een loopbaanportfolio bij in Qompas. Aan het eind van elk "
        "schooljaar laat hij zijn ouders en mentor zien wat hij heeft ontdekt over zichzelf en over beroepen.",
        "Elke periode stelt een leerling met zijn mentor twee leerdoelen op: een voor een vak en een voor "
        "werkhouding. Die komen terug in het driehoeksgesprek (zie venster 4).",
        "We willen dat meer leerlingen een niveau hoger uitkomen dan waarmee ze binnenkwamen. In 2023 stroomde "
        "na leerjaar 2 9% van de basisleerlingen door naar de kaderberoepsgerichte leerweg; in 2028 willen we 14%. "
        "Basisleerlingen die in leerjaar 2 voor minstens drie vakken op kaderniveau scoren, krijgen vanaf januari "
        "een extra begeleidingsuur per week en een overstapgesprek met hun ouders.",
        "Van onze kaderleerlingen koos in 2023 71% voor een mbo-opleiding op niveau 3 of 4. Dat moet in 2028 80% "
        "zijn; de mentoren van leerjaar 4 bespreken in het eerste driehoeksgesprek met iedere kaderleerling "
        "waarom hij wel of niet voor niveau 3 of 4 kiest.",
    ]),

    # ================================================================ Vensters
    ("h1", "Venster 1: Goed en toegankelijk onderwijs"),
    ("h2", "Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?"),
    ("p", "Ons onderwijs bestaat uit twee fasen."),
    ("p", "In leerjaar 1 en 2 volgen alle leerlingen de algemene vakken: Nederlands, Engels, wiskunde, mens en "
          "maatschappij, mens en natuur, lichamelijke opvoeding en beeldende vorming. Daarnaast volgen ze zes uur "
          "per week 'Proeven aan beroepen', waarin ze in blokken van negen weken kennismaken met alle vier "
          "profielen. Eind leerjaar 2 kiezen ze hun profiel. Elke dag begint het derde lesuur in leerjaar 1 en 2 "
          "met een leeskwartier; in de lessen Nederlands werken we met Nieuwsbegrip. Voor rekenen is er in "
          "leerjaar 1 tot en met 3 een extra uur per week met Getal & Ruimte."),
    ("p", "In leerjaar 3 en 4 volgen leerlingen het examenprogramma van hun profiel met vier keuzevakken. "
          "Nederlands, Engels, maatschappijleer en lichamelijke opvoeding volgt iedereen; wiskunde, economie, "
          "biologie of nask1 hangen af van het profiel. De kerndoelen voor de onderbouw zijn in de vakwerkplannen "
          "van de secties aan de lessen gekoppeld; na de landelijke herziening van de kerndoelen leggen we die "
          "koppeling opnieuw."),
    ("p", "Bij het laatste onderzoek van de inspectie (april 2022) waren de basis- en de kaderberoepsgerichte "
          "leerweg voldoende en lagen alle onderwijsresultaten boven de norm. Onze resultaten en doelen:"),
    ("t", ["Indicator", "2023", "Doel 2028"], [
        ["Slagingspercentage basis", "97%", "minimaal 97%"],
        ["Slagingspercentage kader", "92%", "minimaal 95%"],
        ["Onderbouwsnelheid", "96,5%", "minimaal 97%"],
        ["Bovenbouwsucces", "82%", "minimaal 86%"],
        ["Verschil schoolexamen-centraal examen", "in 3 vakken meer dan 0,5", "in geen enkel vak meer dan 0,5"],
        ["Voortijdig schoolverlaters", "1,4%", "minder dan 1%"],
    ]),
    ("h2", "Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?"),
    ("p", "Ons schoolondersteuningsprofiel is in januari 2024 vernieuwd. In het kort:"),
    ("b", [
        "Basisondersteuning: klassen van maximaal 16 (basis) en 22 (kader) leerlingen, mentoraat met twee "
        "mentoruren per week in leerjaar 1 en 2, remedial teaching voor lezen en rekenen voor leerlingen met "
        "lwoo, een huiswerkklas van maandag tot en met donderdag tot 16.00 uur, faalangstreductietraining en "
        "een dyslexiebeleid met voorleessoftware en extra tijd.",
        "Extra ondersteuning: De Opstap, een lokaal waar leerlingen die tijdelijk niet in de klas kunnen "
        "functioneren maximaal twaalf weken een eigen programma volgen, met één begeleider per acht leerlingen. "
        "Het doel is altijd terugkeer naar de eigen klas.",
        "Het ondersteuningsteam (zorgcoördinator, schoolmaatschappelijk werker, jeugdarts van de GGD, "
        "leerplichtambtenaar en orthopedagoog) komt elke drie weken bij elkaar.",
    ]),
    ("p", "Er zijn ook grenzen. Leerlingen die doorlopend één-op-één begeleiding of intensieve medische zorg nodig "
          "hebben, kunnen wij niet goed helpen. Dan zoeken we samen met ouders en het samenwerkingsverband "
          "Passend Onderwijs Almere VO naar een passende plek, bijvoorbeeld een Rebound-traject of het voortgezet "
          "speciaal onderwijs. Ons doel is dat geen enkele leerling langer dan vier weken thuiszit zonder "
          "onderwijs; in 2023 gebeurde dat bij drie leerlingen."),
    ("h2", "Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?"),
    ("b", [
        "In leerjaar 1 tot en met 3 maken leerlingen twee keer per jaar de toetsen van het Cito Volgsysteem voor "
        "Nederlands, Engels en rekenen. De uitkomsten bespreken we in de leerlingbespreking; secties gebruiken ze "
        "om hun lessen bij te stellen.",
        "Nieuwe leerlingen maken in de eerste maand een screening voor lezen en rekenen. Wie uitvalt, krijgt "
        "remedial teaching.",
        "Handelingsadviezen per leerling staan in Magister en worden na elke leerlingbespreking bijgewerkt.",
    ]),
    ("h2", "Aan welke kwaliteitscriteria moet een les op onze school voldoen?"),
    ("p", "Sinds 2023 hebben we een gezamenlijke standaard, de Hoogwerker-les, met vijf kenmerken:"),
    ("n", [
        "De les begint op tijd met een korte startopdracht.",
        "Het lesdoel staat op het bord en wordt aan het begin besproken.",
        "De instructie is kort en helder, en de docent controleert of iedereen het begrijpt.",
        "Leerlingen zijn het grootste deel van de les actief aan het werk.",
        "De les sluit af met een terugblik op het lesdoel.",
    ]),
    ("p", "De teamleiders bezoeken iedere docent minstens twee keer per jaar met de kijkwijzer. Zie ook de "
          "collegiale consultatie onder 'Ambitieus'."),
    ("h2", "Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?"),
    ("b", [
        "In 2024-2025 herzien we ons aanbod van keuzevakken samen met ROC van Flevoland en bedrijven uit de "
        "regio. Keuzevakken waar nauwelijks vraag naar is, schrappen we. 'Duurzame installatietechniek' (PIE) en "
        "'Zorg en technologie' (Z&W) komen erbij, met ingang van schooljaar 2025-2026.",
        "Per profiel is er een adviescommissie van twee bedrijven en een mbo-opleiding die jaarlijks naar het "
        "praktijkprogramma kijkt.",
        "Digitale geletterdheid krijgt vanaf 2024-2025 een vaste plek: in leerjaar 1 en 2 één lesuur per week "
        "over ICT-basisvaardigheden, veilig online gedrag en mediawijsheid.",
        "Leerlingen in leerjaar 4 volgen vier oriëntatiemiddagen bij de mbo-opleiding die bij hun profiel past.",
    ]),
    ("h2", "Hoe zorgen we binnen onze school voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en "
           "verbeteren de norm is?"),
    ("p", "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. "
          "Onderzoeken, reflecteren, leren en verbeteren zijn voor ons de norm. Wij ontwikkelen onderwijs, "
          "passend bij de belevingswereld van onze leerlingen. Iedereen draagt daaraan bij vanuit zijn eigen rol, "
          "van docent tot conciërge. Zo werken wij samen aan een school die steeds beter wordt."),

    ("h1", "Venster 2: Personeel in positie"),
    ("h2", "Wat hebben onze medewerkers nodig om zich betrokken te voelen bij de school en bij ASG?"),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op onze school en op ASG. Onze medewerkers "
          "ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien. Betrokkenheid ontstaat "
          "als mensen zich gehoord voelen en weten waar de school naartoe wil. Wij vinden het belangrijk dat "
          "iedereen zich thuis voelt in het team, en daar blijven wij in investeren."),
    ("h2", "Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en professionalisering "
           "binnen ASG?"),
    ("p", "De mogelijkheden voor mobiliteit en professionalisering binnen ASG zijn voor iedereen te vinden op het "
          "intranet en op de website van de ASG Academie. Wij moedigen medewerkers aan daar gebruik van te maken. "
          "Ook in het ontwikkelgesprek kan dit onderwerp aan bod komen."),
    ("h2", "Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van gesprek "
           "wordt?"),
    ("p", "Wij hebben vitale werknemers, en dat willen we zo houden. Toch is ons verzuim te hoog: 7,9% in 2023. "
          "Dat pakken we zo aan:"),
    ("b", [
        "Bij een ziekmelding belt de teamleider dezelfde dag. Na de derde ziekmelding binnen twaalf maanden volgt "
        "een gesprek over frequent verzuim.",
        "De bedrijfsarts houdt eens per maand spreekuur op school. Teamleiders kunnen medewerkers ook "
        "preventief aanmelden, voordat iemand uitvalt.",
        "Welbevinden en werkdruk zijn een vast onderdeel van elk ontwikkelgesprek.",
        "Medewerkers met jonge kinderen en medewerkers van 60 jaar en ouder kunnen een voorkeur opgeven voor hun "
        "rooster, bijvoorbeeld geen eerste of geen achtste uur. Docenten hebben in principe niet meer dan vier "
        "lesuren achter elkaar.",
        "Op dinsdag na het zevende uur is de gymzaal open voor personeelssport.",
    ]),
    ("p", "Doel: een verzuim van 5,5% of lager in 2027-2028, en in het medewerkersonderzoek een stijging van 48% "
          "naar 65% van de collega's die zeggen hun werk in de beschikbare tijd te kunnen doen."),
    ("h2", "Welke mogelijkheden creëren wij voor het opleiden van leraren?"),
    ("p", "Van onze 57 docenten zijn er op dit moment elf niet (volledig) bevoegd, vooral praktijkdocenten die "
          "uit het bedrijfsleven komen. Daarom:"),
    ("b", [
        "Iedere onbevoegde docent heeft een opleidingsplan met een einddatum en krijgt naar rato 80 uur per "
        "jaar studieverlof.",
        "Zij-instromers volgen het zij-instroomtraject bij Windesheim; de school betaalt de opleiding en het "
        "geschiktheidsonderzoek.",
        "Samen met Windesheim en ROC van Flevoland zijn we opleidingsschool. We begeleiden jaarlijks ongeveer "
        "veertien stagiairs van de lerarenopleidingen; onze schoolopleider heeft daarvoor 0,4 fte.",
    ]),
    ("p", "Doel: in augustus 2027 zijn er hoogstens drie onbevoegde docenten, en die volgen allemaal een "
          "opleiding."),
    ("h2", "Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?"),
    ("p", "Iedere medewerker heeft elk jaar een ontwikkelgesprek met zijn teamleider (oktober), een "
          "voortgangsgesprek (maart) en eens per drie jaar een beoordelingsgesprek. De verslagen en het "
          "ontwikkeldoel staan in het digitale personeelsdossier; de medewerker tekent ze zelf af. In 2023-2024 "
          "was de cyclus voor 71% van de medewerkers volledig; vanaf 2025-2026 moet dat 100% zijn. Om dat "
          "haalbaar te maken, zijn de gesprekken verdeeld over de drie teamleiders en de directeur, zodat niemand "
          "meer dan 25 gesprekken voert."),

    ("h1", "Venster 3: De meerwaarde van ASG"),
    ("h2", "Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?"),
    ("p", "Wij ontmoeten collega's van andere ASG-scholen en het servicebureau regelmatig. Dat vinden wij "
          "waardevol, omdat je van elkaar kunt leren. Collega's die een ASG-bijeenkomst willen bezoeken, krijgen "
          "daar de ruimte voor. Kennis delen is voor ons vanzelfsprekend."),
    ("h2", "Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?"),
    ("b", [
        "De sectie PIE werkt samen met de techniekafdelingen van twee andere vmbo-scholen van ASG. Sinds 2023 "
        "hebben we een gezamenlijke bank met oefenopdrachten voor het praktijkexamen (CSPE), en elk jaar in "
        "oktober is er een gezamenlijke vakdag. In 2025-2026 breiden we dit uit naar de sectie Z&W.",
        "Onze examensecretaris neemt deel aan het overleg van de examensecretarissen van de ASG-scholen (vier "
        "keer per jaar). Daar lezen we elkaars PTA's en examenreglementen mee; de eerstvolgende ronde is in het "
        "najaar van 2024.",
    ]),
    ("h2", "Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?"),
    ("p", "In Almere bieden maar enkele scholen de basisberoepsgerichte leerweg aan, en wij zijn de enige "
          "ASG-school met het profiel HBR. Wij willen dat geen enkele leerling tussen wal en schip valt. Daarom:"),
    ("b", [
        "Met de mavo-scholen van ASG hebben we afgesproken dat kaderleerlingen die het aankunnen na leerjaar 2 "
        "kunnen overstappen naar de gemengde leerweg, en omgekeerd. Bij elke overstap is er een warm "
        "overdrachtsgesprek tussen de mentoren.",
        "Met het praktijkonderwijs in Almere maken we in 2024-2025 afspraken over leerlingen voor wie de "
        "basisberoepsgerichte leerweg te hoog gegrepen is.",
        "Voor leerlingen uit groep 8 organiseren we zes doe-middagen per jaar, zodat zij en hun ouders een goede "
        "schoolkeuze kunnen maken.",
    ]),

    ("h1", "Venster 4: Partnerschap"),
    ("h2", "Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van hun kind?"),
    ("b", [
        "Drie keer per jaar (oktober, februari en juni) is er een driehoeksgesprek tussen leerling, ouder en "
        "mentor. Vanaf leerjaar 2 leidt de leerling zelf het gesprek aan de hand van zijn leerdoelen. In "
        "2023-2024 kwam gemiddeld 68% van de ouders; in 2026 willen we 85%. Mentoren bellen ouders die niet "
        "komen persoonlijk na, en gesprekken kunnen ook 's avonds of via beeldbellen.",
        "In leerjaar 2 is er een beroepenavond voor ouders en leerlingen, ter voorbereiding op de profielkeuze.",
        "Het ouderpanel praat mee over de ontwikkeling van de school. In 2024-2025 gaat het over het nieuwe "
        "huiswerkbeleid en de nieuwe keuzevakken.",
    ]),
    ("h2", "Hoe creëren we ruimte en betekenis voor medezeggenschap?"),
    ("p", "De MR is voor ons een klankbord voor ideeën en een sparringpartner voor de directie bij voorgenomen "
          "beleid en uitvoering van beleid. Medezeggenschap zorgt voor breed gedragen besluitvorming en "
          "betrokkenheid. Wij hechten aan een open en goede relatie met de MR en nemen haar inbreng serieus."),
    ("h2", "Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor onze "
           "leerlingen?"),
    ("p", "Wij werken proactief samen met een breed scala aan partners. Voor onze leerlingen betekent dat "
          "concreet:"),
    ("t", ["Partner", "Wat het onze leerlingen oplevert"], [
        ["Ongeveer 135 stagebedrijven, onder meer het Flevoziekenhuis, Zorggroep Almere en installatiebedrijven "
         "op bedrijventerrein De Vaart", "Snuffelstage van twee weken in leerjaar 3 en beroepsstage van vier weken "
                                         "in leerjaar 4"],
        ["ROC van Flevoland", "Oriëntatiemiddagen, adviescommissies per profiel, warme overdracht naar het mbo"],
        ["De Schoor (welzijn)", "Schoolmaatschappelijk werker drie dagen per week op school"],
        ["Jongerenwerk in de Danswijk", "Activiteiten na schooltijd en toezicht rond de school"],
        ["Politie (wijkagent)", "Wekelijks spreekuur; voorlichting over online veiligheid in leerjaar 2"],
        ["GGD Flevoland", "Jeugdarts in het ondersteuningsteam; gezondheidsonderzoek in leerjaar 2"],
        ["Gemeente Almere (leerplicht)", "Gezamenlijke aanpak van verzuim en thuiszitten"],
    ]),
    ("p", "Doel: iedere leerling in leerjaar 4 heeft vóór 1 oktober een stageplek. In 2023 was dat 87%."),
    ("h2", "Welke regionale problemen kunnen we samen met andere partners aanpakken?"),
    ("p", "Twee problemen raken ons direct: het tekort aan technici in de regio en het tekort aan docenten in de "
          "technische vakken."),
    ("b", [
        "Met de andere vmbo-scholen in Almere, ook die van andere besturen, ROC van Flevoland en de gemeente doen "
        "we mee aan het regionale programma Sterk Techniekonderwijs. Met die middelen organiseren we "
        "techniekmiddagen voor groep 7 en 8 van twintig basisscholen en vernieuwen we in 2025 het "
        "installatielokaal.",
        "Met dezelfde partners werven we vakmensen uit het bedrijfsleven die zij-instromer willen worden. In "
        "2023-2024 begonnen er drie bij ons.",
    ]),

    # ================================================================ Wet
    ("h1", "Wat de wet verder van ons schoolplan vraagt"),
    ("h2", "Burgerschap"),
    ("b", [
        "In leerjaar 1 en 2 gaat eens per twee weken een mentorles over burgerschap: regels en democratie in de "
        "klas, omgaan met sociale media, geld en schulden.",
        "In leerjaar 3 volgen alle leerlingen maatschappijleer. In de Week van de Democratie (oktober) bezoeken "
        "ze de gemeenteraad van Almere en debatteren ze met raadsleden. Ook gaat leerjaar 3 naar ProDemos in "
        "Den Haag.",
        "De leerlingenraad is voor ons een oefenplaats voor democratie.",
        "In 2025 leggen we per leerjaar vast welke burgerschapsdoelen aan bod komen, zodat we kunnen laten zien "
        "dat we aan de wettelijke opdracht voldoen.",
    ]),
    ("h2", "Veiligheid"),
    ("b", [
        "Het schoolveiligheidsplan is in maart 2024 bijgewerkt. Het bevat het pestprotocol, de meldcode, het "
        "protocol bij incidenten en de afspraken met de politie.",
        "Onze anti-pestcoördinator is Dewi Pattipeilohy, docent Nederlands. Leerlingen kunnen haar ook via een "
        "formulier in Magister anoniem een melding sturen.",
        "Sinds januari 2024 zijn we een mobielvrije school: telefoons gaan bij binnenkomst in het kluisje.",
        "Elk jaar vullen leerlingen de vragenlijst sociale veiligheid van Vensters in. In 2023 voelde 86% zich "
        "veilig op school; in 2027 moet dat 92% zijn.",
        "Incidenten registreren we in Magister. Elk kwartaal bespreekt de directie de trend met de "
        "veiligheidscoördinator.",
    ]),
    ("h2", "Kwaliteitszorg"),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus:"),
    ("t", ["Periode", "Wat we doen"], [
        ["September", "Examenanalyse met WOLF; sectieplannen met doelen voor het jaar"],
        ["Oktober", "Ontwikkelgesprekken; eerste ronde lesbezoeken; eerste leerlingbespreking"],
        ["December", "Kwartaalrapportage aan het bestuur"],
        ["Februari-maart", "Leerlingenquête Vensters; voortgangsgesprekken; tweede ronde lesbezoeken; "
                           "tweede leerlingbespreking; kwartaalrapportage"],
        ["April-mei", "Evaluatie jaarplan door directie en secties; derde leerlingbespreking"],
        ["Juni-juli", "Jaarverslag; nieuw jaarplan; bespreking in de MR; kwartaalrapportage"],
    ]),
    ("p", "In 2026 houden we een interne audit met collega's van een andere vo-school van ASG. In het jaarverslag "
          "leggen we elk jaar verantwoording af over de doelen in dit plan."),
    ("h2", "Personeelsbeleid"),
    ("p", "Ons personeelsbeleid staat onder venster 2: de gesprekscyclus, het opleiden van onbevoegde docenten, "
          "de aanpak van verzuim en de professionalisering met EDI en collegiale consultatie."),

    ("h1", "Planning per schooljaar"),
    ("t", ["Schooljaar", "Speerpunten"], [
        ["2024-2025", "EDI jaar 1; herziening keuzevakken; digitale geletterdheid in leerjaar 1 en 2; extra "
                      "begeleiding basisleerlingen op kaderniveau; verzuimaanpak; afspraken met praktijkonderwijs"],
        ["2025-2026", "EDI jaar 2; nieuwe keuzevakken van start; gesprekscyclus 100%; burgerschapsdoelen per "
                      "leerjaar vastgelegd; samenwerking Z&W met andere ASG-scholen"],
        ["2026-2027", "Interne audit; meting Hoogwerker-les (doel 90%); opkomst driehoeksgesprekken 85%"],
        ["2027-2028", "Eindevaluatie van dit plan; nieuw schoolplan 2028-2032"],
    ]),

    ("h1", "Tot slot"),
    ("p", "Het concept van dit plan is op 4 juni 2024 met de MR besproken. De MR heeft positief geadviseerd en "
          "een aantal aanvullingen gegeven, onder meer over de werkdruk; die hebben we verwerkt. Het plan wordt na "
          "de zomer aan het College van Bestuur van ASG aangeboden."),
    ("p", "Almere, juni 2024"),
    ("p", "Ruud Kamphorst, directeur Vmbo De Hoogwerker"),
]


def _set_lang(doc, lang="nl-NL"):
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), lang)
    lang_el.set(qn("w:eastAsia"), lang)
    lang_el.set(qn("w:bidi"), "ar-SA")


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _field(run, instr_text):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instr_text
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


def _footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Schoolplan Vmbo De Hoogwerker 2024-2028 | ")
    r.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    _field(r, " PAGE ")
    r = p.add_run(" van ")
    r.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    _field(r, " NUMPAGES ")


def _table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Light Grid Accent 1"
    _repeat_header(t.rows[0])
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    doc.add_paragraph()


def _normalize_zip(path, stamp=(2024, 6, 18, 16, 0, 0)):
    fd, tmp = tempfile.mkstemp(suffix=".docx")
    os.close(fd)
    with zipfile.ZipFile(path, "r") as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(item.filename))
    shutil.move(tmp, path)


def build(path):
    path = str(path)
    doc = Document()
    _set_lang(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    for name, size, color in (("Heading 1", 15, BLAUW), ("Heading 2", 11, ORANJE), ("Title", 24, BLAUW)):
        s = doc.styles[name]
        s.font.name = "Arial"
        s.font.size = Pt(size)
        s.font.color.rgb = color

    sec = doc.sections[0]
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    _footer(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan De Hoogwerker 2024-2028"
    cp.subject = ""
    cp.author = "R. Kamphorst"
    cp.last_modified_by = "R. Kamphorst"
    cp.keywords = ""
    cp.comments = ""
    cp.revision = 4
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2024, 5, 21, 8, 15, 0)
    cp.modified = datetime.datetime(2024, 6, 18, 15, 52, 0)

    # Voorblad
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph("Schoolplan 2024 - 2028", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Vmbo De Hoogwerker")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = ORANJE
    p = doc.add_paragraph()
    r = p.add_run("Basisberoepsgerichte en kaderberoepsgerichte leerweg")
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    r = p.add_run("Antwoorden op de centrale vragen van de ASG Koerswijzer")
    r.italic = True
    r.font.size = Pt(12)
    for _ in range(3):
        doc.add_paragraph()
    doc.add_paragraph("Almere, juni 2024")
    doc.add_paragraph("Ruud Kamphorst, directeur")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for blk in INHOUD:
        kind = blk[0]
        if kind == "h1":
            doc.add_heading(blk[1], level=1)
        elif kind == "h2":
            doc.add_heading(blk[1], level=2)
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "b":
            for item in blk[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "n":
            for item in blk[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "t":
            _table(doc, blk[1], blk[2])
        else:
            raise ValueError(kind)

    doc.save(path)
    _normalize_zip(path)
    return path


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_200_hoogwerker.docx")
