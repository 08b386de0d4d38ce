"""Schoolplan 2025-2029 van De Werf, een openbare school voor vmbo (basisberoepsgerichte en
kaderberoepsgerichte leerweg en gemengde leerweg) met ongeveer 800 leerlingen in Almere Buiten, onder
de Almeerse Scholen Groep.

Opbouw: het plan gebruikt geen kopstijlen; de kopjes zijn vetgedrukte alinea's in de stijl Normal,
zoals veel directeuren in Word werken. Het is niet ingedeeld naar de kernwaarden en vensters van de
koers, maar naar de eigen thema's van de school: Leren voor een vak, Loopbaan en stage, Welzijn en
veiligheid, Ons team, Samen met de stad en Kwaliteit. Vooraf gaan een voorwoord en 'Wie we zijn' (met
een korte, concrete uitwerking van het openbare karakter); aan het eind staat het hoofdstuk 'Feiten en
cijfers' (leerlingaantallen, gebouw, begroting, schooltijden). Elk thema sluit af met een lijst doelen
(opsommingstekens), elk met een datum of een cijfer. Over de MR staat alleen dat die is geïnformeerd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl_stijlen

VASTE_DATUM = datetime.datetime(2025, 7, 3, 9, 30, 0)

INHOUD = [
    ("kop", "Voorwoord"),
    ("p", "Op De Werf leer je een vak. Dat is zo sinds de school in 1996 haar deuren opende, toen nog "
          "als school voor lbo en mavo. In dit schoolplan beschrijven we wat we in de periode van "
          "1 augustus 2025 tot en met 31 juli 2029 willen bereiken. We hebben het plan geschreven rond "
          "onze eigen thema's, omdat die voor ons team en voor onze leerlingen herkenbaar zijn. Koers 22 "
          "van ASG en de kadernotities van het bestuur hebben we daarbij als achtergrond gebruikt."),
    ("p", "Het plan is besproken met de teamleiders, de secties en de leerlingenraad. Elke sectie maakt "
          "op basis ervan een sectieplan, en elk jaar stelt de schoolleiding een jaarplan op. In het "
          "jaarverslag leggen we verantwoording af over wat gelukt is."),

    ("kop", "Wie we zijn"),
    ("p", "De Werf is een openbare school voor vmbo met de basisberoepsgerichte leerweg, de "
          "kaderberoepsgerichte leerweg en de gemengde leerweg. Wij hebben ruim 800 leerlingen en bieden "
          "vijf profielen aan: Bouwen, wonen en interieur (BWI), Produceren, installeren en energie "
          "(PIE), Mobiliteit en transport (M&T), Zorg en welzijn (Z&W) en Economie en ondernemen (E&O). "
          "Leerlingen met leerwegondersteuning (lwoo) krijgen in leerjaar 1 en 2 les in kleinere "
          "klassen."),
    ("p", "Onze leerlingen komen vooral uit Almere Buiten en Almere Stad, en een kleiner deel uit Almere "
          "Poort en Lelystad. Ongeveer een kwart van hen kiest De Werf omdat een broer of zus hier ook op "
          "school zat. Elk jaar stromen er rond de 200 nieuwe brugklassers in, van bijna zeventig "
          "verschillende basisscholen. Veel leerlingen hebben een bijbaan, vaak in de horeca of de "
          "supermarkt; dat houden we in de gaten bij het huiswerk en bij de stageplanning."),
    ("p", "Ons motto is 'Vakmanschap begint hier'. We willen dat iedere leerling met een diploma en een "
          "goed beeld van zijn vak doorstroomt naar het mbo, of na de gemengde leerweg naar de havo. De "
          "Werf is een gastvrije school, waar iedereen zich welkom voelt."),
    ("kop", "Openbare school"),
    ("p", "De Werf is een openbare school. Dat betekent voor ons drie concrete dingen. Ten eerste kan "
          "iedere leerling bij ons terecht, ongeacht geloof, afkomst of achtergrond: bij de toelating "
          "kijken we alleen naar het advies van de basisschool en naar de ondersteuning die een leerling nodig "
          "heeft. Ten tweede besteden we in de lessen aandacht aan de levensbeschouwingen in de stad. In "
          "leerjaar 2 doen alle klassen het project 'Wie ben jij?': leerlingen interviewen een klasgenoot "
          "over diens achtergrond, geloof en gewoontes en presenteren dat aan de klas. In hetzelfde "
          "leerjaar bezoeken de klassen een moskee en een kerk in Almere Buiten."),
    ("p", "Ten derde viert de school zelf geen religieuze feesten, maar maakt zij ruimte voor die van "
          "iedereen. Op de Werf-kalender staan de feestdagen van alle geloven die op onze school "
          "voorkomen; leerlingen kunnen voor die dagen vrij vragen, en tijdens de ramadan is lokaal 0.14 "
          "tussen de middag open als stilteruimte. Nieuwe collega's selecteren we op vakmanschap en op "
          "hun bereidheid om met alle leerlingen te werken, niet op hun levensbeschouwing."),

    # ------------------------------------------------------------------ Leren voor een vak
    ("kop", "Leren voor een vak"),
    ("p", "In leerjaar 1 en 2 krijgen alle leerlingen naast de algemene vakken zes uur per week "
          "Werfuren: praktijklessen waarin zij in blokken van negen weken alle profielen leren kennen. "
          "De lessentabel van de onderbouw telt 32 lesuren van 45 minuten per week: Nederlands 4, "
          "Engels 3, wiskunde 4, mens en maatschappij 3, mens en natuur 3, lichamelijke opvoeding 3, "
          "kunst en cultuur 2, mentorles 2, taal- en rekenuur 2 en Werfuren 6. Aan het eind van "
          "leerjaar 2 kiezen de leerlingen een profiel en een leerweg."),
    ("p", "In leerjaar 3 en 4 hebben leerlingen in de beroepsgerichte leerwegen 12 tot 16 uur per week "
          "praktijk in hun profiel, in de werkplaatsen en praktijklokalen op de begane grond. Naast het "
          "profielvak kiezen zij vier keuzevakken, zoals Meubelmaken, Elektrotechniek in en om het huis, "
          "Fietstechniek, Zorg en technologie of Webwinkel. In de gemengde leerweg volgen leerlingen één "
          "profielvak en zes algemene vakken."),
    ("p", "Het examenprogramma staat per leerweg en per profiel in het programma van toetsing en "
          "afsluiting (PTA), dat elk jaar voor 1 oktober aan de leerlingen wordt uitgereikt. De "
          "examensecretaris bewaakt samen met de examencommissie de kwaliteit van de schoolexamens; "
          "toetsen en praktijkopdrachten in het PTA worden vooraf door een tweede docent gecontroleerd."),
    ("p", "In oktober van leerjaar 1 maken alle leerlingen een nulmeting voor taal en rekenen. Wie onder "
          "niveau 1F scoort, krijgt in het taal- en rekenuur les in een kleine groep; de anderen werken "
          "aan verdieping. In leerjaar 2 herhalen we de meting."),
    ("p", "Onze leerlingen leren het best als ze zien waarvoor ze iets leren. Daarom beginnen de "
          "praktijklessen, en steeds vaker ook de theorielessen, bij een echte opdracht. BWI-leerlingen "
          "bouwen in leerjaar 3 de bankjes en plantenbakken voor het plein van een basisschool in de "
          "wijk, Z&W-leerlingen koken elke donderdag de lunch voor ouderen in het buurthuis, en "
          "E&O-leerlingen draaien de schoolwinkel. Bij Nederlands en wiskunde halen docenten de teksten "
          "en sommen uit de praktijkopdracht van die periode: een offerte lezen, materiaal uitrekenen, "
          "een werkinstructie schrijven."),
    ("p", "Het werk in onze vakgebieden verandert snel. Installateurs leggen zonnepanelen en "
          "warmtepompen aan, in de zorg werken mensen met slimme technologie. Daarom vernieuwen we het "
          "aanbod. Vanaf 1 augustus 2026 bieden we in PIE het keuzevak Duurzame energie aan, waarvoor we "
          "een oefenwand met een warmtepomp en zonnepanelen inrichten. In Z&W richten we in 2026-2027 een "
          "zorgtechnologielokaal in met een slimme zorgkamer. Alle leerlingen werken vanaf leerjaar 1 "
          "met Office 365, en in de mentorles krijgen ze elke periode vier lessen digitale geletterdheid."),
    ("p", "Vanaf oktober 2026 starten we een pilot hybride leren in leerjaar 4 kader PIE. De leerlingen "
          "leren dan twee dagen per week in de werkplaats van een installatiebedrijf op Buitenvaart, waar "
          "een docent van De Werf en een vakman van het bedrijf samen lesgeven. Het examenprogramma blijft "
          "gelijk; het bedrijf levert de opdrachten en het materiaal."),
    ("p", "Leerlingen die meer kunnen, dagen we uit. Wie in de basisberoepsgerichte leerweg goed "
          "presteert, mag een of meer vakken op kaderniveau afsluiten; in 2024 deden 31 leerlingen dat. "
          "Leerlingen in de gemengde leerweg die naar de havo willen, volgen in leerjaar 4 de havoroute "
          "met een extra uur wiskunde en Engels."),
    ("p", "Onze examenresultaten zijn op orde. In 2024 slaagde 97% van de leerlingen in de "
          "basisberoepsgerichte leerweg, 94% in de kaderberoepsgerichte leerweg en 89% in de gemengde "
          "leerweg. Alle leerwegen voldoen aan de normen van de inspectie voor onderbouwsnelheid, "
          "bovenbouwsucces en het verschil tussen schoolexamen en centraal examen. Bij het laatste "
          "inspectiebezoek, in november 2023, kregen we het basisarrangement."),
    ("p", "Wat we willen bereiken:", "vet"),
    ("lijst", [
        "Het slagingspercentage is in 2027 en in 2029 ten minste 96% in de basisberoepsgerichte leerweg, "
        "95% in de kaderberoepsgerichte leerweg en 92% in de gemengde leerweg.",
        "Op 1 augustus 2026 start het keuzevak Duurzame energie; in juni 2027 hebben ten minste 40 "
        "leerlingen het afgerond.",
        "De pilot hybride leren start in oktober 2026 met één klas; in juni 2027 besluiten we op basis van "
        "de evaluatie of we uitbreiden naar BWI.",
        "In 2028 sluiten ten minste 40 leerlingen per jaar een of meer vakken op een hoger niveau af "
        "(2024: 31).",
        "In juni 2027 beheerst 85% van de leerlingen aan het eind van leerjaar 2 lezen op niveau 1F "
        "(2024: 76%).",
    ]),

    # ------------------------------------------------------------------ Loopbaan en stage
    ("kop", "Loopbaan en stage"),
    ("p", "Loopbaanoriëntatie en -begeleiding (LOB) loopt van leerjaar 1 tot en met 4. In de mentorles "
          "werken leerlingen aan hun loopbaandossier in Qompas. In leerjaar 2 lopen alle leerlingen drie "
          "snuffeldagen bij een bedrijf, in leerjaar 3 volgt een stage van vier weken in het eigen "
          "profiel, en in leerjaar 4 een beroepsgerichte stage van twee weken. Onze stagecoördinator "
          "onderhoudt de contacten met ruim 180 stagebedrijven en -instellingen in Almere en omgeving, en "
          "iedere stagiair krijgt ten minste één stagebezoek van de eigen docent."),
    ("p", "In november houden we de Werf-beroepenmarkt, waar ongeveer 45 bedrijven en de mbo-scholen "
          "hun beroepen en opleidingen laten zien. Leerlingen in leerjaar 4 lopen twee dagen mee met een "
          "mbo-opleiding. Met het ROC van Flevoland en Aeres MBO Almere hebben we afspraken over de "
          "overstap: elke leerling gaat over met een doorstroomdossier, en voor leerlingen die extra "
          "begeleiding nodig hebben is er een warme overdracht. Een jaar na het examen vragen we bij de "
          "mbo-scholen na hoeveel oud-leerlingen nog op hun opleiding zitten."),
    ("p", "Wat we willen bereiken:", "vet"),
    ("lijst", [
        "In 2027 gaat iedere leerling in leerjaar 4 met een volledig loopbaandossier naar het mbo "
        "(2024: 82%).",
        "Het aantal stagebedrijven groeit van 180 naar 220 in 2028.",
        "Het percentage oud-leerlingen dat na een jaar nog op de gekozen mbo-opleiding zit, stijgt van "
        "81% (examenjaar 2023) naar 87% (examenjaar 2028).",
        "Het voortijdig schoolverlaten blijft elk jaar onder 1% (2023-2024: 1,3%).",
    ]),

    # ------------------------------------------------------------------ Welzijn en veiligheid
    ("kop", "Welzijn en veiligheid"),
    ("p", "Iedere klas heeft een eigen mentor, die in leerjaar 1 en 2 twee mentorlessen per week geeft. "
          "De mentor voert drie keer per jaar een mentorgesprek met elke leerling (oktober, februari en "
          "mei) en nodigt de leerling en de ouders twee keer per jaar uit voor een driehoeksgesprek over "
          "de voortgang. Na elke periode is er een leerlingbespreking, waarin mentor en vakdocenten per "
          "klas bespreken welke leerlingen extra aandacht nodig hebben; de afspraken komen in Magister."),
    ("p", "Voor extra ondersteuning is er het ondersteuningsteam, onder leiding van de "
          "ondersteuningscoördinator, met een orthopedagoog, een remedial teacher en twee "
          "leerlingbegeleiders. Zij bieden onder meer dyslexie- en dyscalculiebegeleiding, "
          "faalangstreductietraining en sociale vaardigheidstraining. Zes keer per jaar komt het zorg- en "
          "adviesteam (ZAT) bijeen, met de leerplichtambtenaar, de jeugdarts van de GGD, de "
          "schoolmaatschappelijk werker en de wijkagent. Leerlingen die tijdelijk niet in de klas kunnen "
          "functioneren, werken maximaal zes weken in De Haven, onze trajectvoorziening in de school, aan "
          "hun schoolwerk en hun gedrag, met een plan voor de terugkeer naar de klas."),
    ("p", "In ons schoolondersteuningsprofiel staat wat we kunnen bieden: begeleiding bij lwoo, dyslexie "
          "en dyscalculie, faalangst, lichte vormen van autisme en ADHD, en kortdurende opvang in De "
          "Haven. Wat wij niet kunnen bieden, is langdurige intensieve begeleiding bij zware gedrags- of "
          "psychiatrische problematiek. De ondersteuningscoördinator neemt deel aan het maandelijkse "
          "plaatsingsoverleg van het samenwerkingsverband Passend Onderwijs Almere, waar de scholen voor "
          "vo en vso in Almere samen een plek zoeken voor leerlingen die dreigen uit te vallen. In 2024 "
          "had De Werf geen leerlingen die langer dan vier weken thuis zaten."),
    ("p", "Uit de veiligheidsmonitor van januari 2025 blijkt dat 87% van onze leerlingen zich veilig "
          "voelt op school: 91% in de onderbouw en 84% in de bovenbouw. Pesten, ook online, wordt het "
          "vaakst genoemd. Elke afdeling heeft een anti-pestcoördinator, en er is een pestprotocol. Na een "
          "incident voert de teamleider altijd een herstelgesprek met de betrokken leerlingen, waarin "
          "afspraken worden gemaakt over hoe zij verder met elkaar omgaan. In ieder lokaal en iedere "
          "werkplaats hangen de drie Werfregels: we gaan respectvol met elkaar om, we werken veilig (in "
          "de werkplaats draag je je beschermingsmiddelen) en we zorgen voor het gebouw en het gereedschap."),
    ("p", "Sinds 1 januari 2024 zijn mobiele telefoons in de lessen niet toegestaan; leerlingen leggen hun "
          "telefoon bij binnenkomst in het telefoonhotel. In de pauzes lopen twee conciërges en een "
          "teamleider rond, en bij de ingang en de fietsenstalling hangen camera's. Incidenten "
          "registreren we in Magister; de veiligheidscoördinator rapporteert er elk kwartaal over aan de "
          "schoolleiding."),
    ("p", "Burgerschap geven we vorm in mens en maatschappij en in de mentorles. In leerjaar 1 leren "
          "leerlingen hoe de gemeente werkt; zij bezoeken het stadhuis en voeren een debat in de "
          "raadszaal. De leerlingenraad, met twee gekozen leerlingen per leerjaar, praat elke maand met "
          "de directeur over schoolzaken; in 2024 bedacht de raad de regels voor het telefoonhotel. Ook "
          "het project 'Wie ben jij?' in leerjaar 2 hoort bij onze burgerschapslijn."),
    ("p", "Wat we willen bereiken:", "vet"),
    ("lijst", [
        "In januari 2027 voelt ten minste 90% van de leerlingen in de bovenbouw zich veilig op school "
        "(januari 2025: 84%).",
        "Vanaf 2025-2026 heeft iedere leerling drie mentorgesprekken per jaar; in juni 2026 controleren we "
        "dat in Magister.",
        "In 2026-2027 verblijven nog hoogstens zeven leerlingen langer dan zes weken in De Haven "
        "(2024-2025: 14).",
        "In het voorjaar van 2026 is het schoolondersteuningsprofiel herzien, met een aanbod voor "
        "leerlingen met angstklachten.",
    ]),

    # ------------------------------------------------------------------ Ons team
    ("kop", "Ons team"),
    ("p", "Op De Werf werken 92 medewerkers (76,4 fte): 58 docenten, 11 instructeurs, 8 "
          "onderwijsassistenten en technisch onderwijsassistenten, 8 medewerkers in de ondersteuning en "
          "het beheer, en de schoolleiding (een directeur, een adjunct-directeur en vier teamleiders). "
          "Onze medewerkers voelen zich betrokken bij De Werf en bij ASG, en zijn trots op hun school."),
    ("p", "Net als andere scholen in Almere hebben we moeite om vacatures te vullen, vooral voor de "
          "techniekvakken en Nederlands. Op dit moment zijn negen docenten nog niet bevoegd: vijf "
          "zij-instromers uit het bedrijfsleven en vier docenten die de tweedegraads lerarenopleiding "
          "volgen. Zij krijgen elk een coach, een ervaren collega met daarvoor 40 uur per jaar, geven "
          "vier lesuren per week minder om te kunnen studeren, en bespreken elk kwartaal hun voortgang met "
          "de teamleider. De opleidingskosten betalen we uit de subsidie zij-instroom en het "
          "scholingsbudget."),
    ("p", "Iedere medewerker heeft elk jaar een ontwikkelgesprek met de eigen teamleider, voorafgegaan "
          "door een lesbezoek van de teamleider; eens in de drie jaar is dat een beoordelingsgesprek. In "
          "het gesprek komt ook aan bod wat de medewerker nodig heeft: werkdruk, rooster en ondersteuning. "
          "In 2024 had 78% van de medewerkers zo'n gesprek gehad."),
    ("p", "Het verzuim lag in 2024 op 7,4%. Teamleiders nemen bij een ziekmelding binnen drie dagen "
          "contact op; bij frequent verzuim volgt een gesprek met de bedrijfsarts. Startende docenten "
          "krijgen drie jaar begeleiding en geven in hun eerste jaar hoogstens 20 lesuren. Docenten van 57 "
          "jaar en ouder kunnen gebruikmaken van de seniorenregeling uit de cao en minder lesuren geven. "
          "Daarnaast blijven we investeren in scholing."),
    ("p", "Wat we willen bereiken:", "vet"),
    ("lijst", [
        "In juli 2028 zijn alle docenten bevoegd of volgen zij een opleiding die uiterlijk in 2030 tot "
        "een bevoegdheid leidt (2025: negen onbevoegd).",
        "Het ziekteverzuim is in 2028 lager dan 5,5% (2024: 7,4%).",
        "Vanaf 2025-2026 heeft 100% van de medewerkers elk jaar een ontwikkelgesprek (2024: 78%).",
        "In 2027 zijn vacatures voor techniekdocenten binnen twee maanden vervuld.",
    ]),

    # ------------------------------------------------------------------ Samen met de stad
    ("kop", "Samen met de stad"),
    ("p", "De Werf ligt aan de rand van bedrijventerrein Buitenvaart, en dat is geen toeval: de "
          "samenwerking met bedrijven is de kern van ons onderwijs. Met acht bedrijven en instellingen "
          "hebben we een samenwerkingsovereenkomst, waaronder een installatiebedrijf, een bouwbedrijf, "
          "een autobedrijf en een zorgorganisatie. Zij verzorgen gastlessen, leveren opdrachten en "
          "materiaal, en een vakman uit het bedrijf beoordeelt mee bij de praktijkexamens."),
    ("p", "Samen met drie andere vmbo-scholen in Almere, van ASG en van twee andere besturen, met het ROC "
          "van Flevoland, de gemeente Almere en het regionale bedrijfsleven werken we aan het programma "
          "Sterk Techniekonderwijs. Het doel is dat meer jongeren voor techniek kiezen en dat de tekorten "
          "aan vakmensen en techniekdocenten in de regio kleiner worden. Concreet organiseren we samen "
          "een techniekdag voor groep 8 van ongeveer dertig basisscholen, delen we dure apparatuur (de "
          "CNC-freesmachine staat bij ons en wordt ook door de andere scholen gebruikt) en scholen de "
          "techniekdocenten van de vier scholen zich samen, twee keer per jaar, waarbij ze elkaars "
          "praktijkopdrachten en examenmateriaal uitwisselen."),
    ("p", "In de wijk werken we samen met het wijkteam, het jongerenwerk en de wijkagent. Elke zes weken "
          "is er een overleg 'Veilig in en om de school', en op dinsdag en donderdag is een jongerenwerker "
          "tijdens de pauzes in de aula aanwezig. Zo horen we op tijd wat er buiten de school speelt."),
    ("p", "Ouders zijn voor ons partners. Naast de driehoeksgesprekken organiseren we in leerjaar 2 een "
          "profielavond waarop ouders met hun kind de "
          "werkplaatsen bezoeken en met docenten praten over de profielkeuze. Met ouders communiceren we "
          "open en toegankelijk."),
    ("p", "Wat we willen bereiken:", "vet"),
    ("lijst", [
        "In 2027 hebben we met twaalf bedrijven en instellingen een samenwerkingsovereenkomst (2025: acht).",
        "Elk jaar doen ten minste 25 basisscholen mee aan de techniekdag; in 2029 kiest 45% van onze "
        "leerlingen in leerjaar 3 een technisch profiel (2024: 38%).",
        "In 2026-2027 is bij ten minste 90% van de leerlingen een ouder aanwezig bij het "
        "driehoeksgesprek (2024-2025: 74%).",
    ]),

    # ------------------------------------------------------------------ Kwaliteit
    ("kop", "Kwaliteit"),
    ("p", "Wij werken aan kwaliteit in een vaste jaarcyclus. Elke sectie maakt in juni een sectieplan met "
          "doelen voor het komende jaar en evalueert dat in januari en juni met de teamleider. Na elke "
          "periode analyseren de teamleiders de resultaten per klas en per vak. In september bespreken we "
          "met iedere sectie de examenresultaten, met speciale aandacht voor het verschil tussen "
          "schoolexamen en centraal examen."),
    ("p", "Elke docent krijgt twee keer per jaar een lesbezoek van de teamleider, aan de hand van onze "
          "kijkwijzer 'De goede Werf-les'. Twee keer per jaar spreekt iedere teamleider per leerjaar met "
          "een panel van acht leerlingen over de lessen. Eens in de twee jaar houden we een "
          "tevredenheidsonderzoek onder leerlingen en ouders (voorjaar 2025, 2027 en 2029). De directeur "
          "rapporteert elk kwartaal aan het bestuur, en in het jaarverslag leggen we verantwoording af "
          "aan bestuur en ouders."),
    ("p", "Wat we willen bereiken:", "vet"),
    ("lijst", [
        "In juni 2026 is bij alle vakken het verschil tussen schoolexamen en centraal examen gemiddeld "
        "kleiner dan 0,5 (2024: bij vier vakken groter).",
        "Elk schooljaar is iedere docent ten minste twee keer bezocht met de kijkwijzer; controle in juni.",
        "In het tevredenheidsonderzoek van 2027 geven leerlingen de lessen gemiddeld ten minste een 6,8 "
        "(2025: 6,4).",
    ]),

    # ------------------------------------------------------------------ Feiten en cijfers
    ("kop", "Feiten en cijfers"),
    ("p", "Leerlingen", "vet"),
    ("p", "Het aantal leerlingen op 1 oktober daalt licht; de prognose voor 2029 is ongeveer 780 "
          "leerlingen. In 2024 hadden 214 leerlingen een lwoo-indicatie."),
    ("tabel", (["Teldatum", "Basis", "Kader", "Gemengd", "Totaal"], [
        ["1 oktober 2021", "281", "312", "249", "842"],
        ["1 oktober 2022", "274", "305", "247", "826"],
        ["1 oktober 2023", "266", "301", "244", "811"],
        ["1 oktober 2024", "262", "298", "244", "804"],
    ])),
    ("p", "Gebouw", "vet"),
    ("p", "Ons gebouw dateert uit 1996 en heeft een oppervlakte van ongeveer 11.800 m². De werkplaatsen "
          "en praktijklokalen liggen op de begane grond, de theorielokalen op de eerste en tweede "
          "verdieping. De aula is in 2022 opnieuw ingericht en sinds 2023 liggen er zonnepanelen op het "
          "dak. Vanuit de personeelskamer heb je zicht op de sportvelden. In 2026 en 2027 staat een "
          "ambitieuze verbouwing gepland: de werkplaats van PIE en de praktijklokalen van Z&W worden "
          "vernieuwd, voor ongeveer 1,9 miljoen euro uit het meerjarig onderhoudsplan en het budget van "
          "Sterk Techniekonderwijs. Elk jaar in januari houden we een open dag en een open avond voor "
          "leerlingen van groep 8 en hun ouders."),
    ("p", "Begroting", "vet"),
    ("p", "De begroting voor 2025 telt ongeveer 9,8 miljoen euro aan baten: 9,1 miljoen rijksbijdrage "
          "(inclusief de lwoo-middelen), 0,3 miljoen subsidie Sterk Techniekonderwijs en 0,4 miljoen "
          "overige baten. Van de lasten gaat 79% naar personeel, 8% naar huisvesting, 6% naar leermiddelen "
          "en praktijkmateriaal en 7% naar overige kosten. Het materiaal voor de praktijkvakken is een "
          "grote post: ongeveer 340.000 euro per jaar. De meerjarenbegroting is tot en met 2028 sluitend."),
    ("p", "Kosten voor ouders", "vet"),
    ("p", "De vrijwillige ouderbijdrage is 75 euro per jaar en wordt gebruikt voor excursies, de "
          "sportdag en de diploma-uitreiking. Werkkleding, veiligheidsschoenen en andere "
          "beschermingsmiddelen voor de werkplaats krijgen leerlingen in leerjaar 3 van de school. De "
          "kosten van de werkweek in leerjaar 3 (ongeveer 250 euro) kunnen ouders in termijnen betalen; "
          "wie dat niet kan, kan een beroep doen op het schoolfonds."),
    ("p", "Schooltijden", "vet"),
    ("p", "Een lesuur duurt 45 minuten. Praktijklessen staan in blokken van twee of drie lesuren op het "
          "rooster. Op woensdag eindigen de lessen na het zesde uur; daarna zijn er teamoverleggen en "
          "leerlingbesprekingen."),
    ("tabel", (["Lesuur", "Tijd"], [
        ["1", "8.30 - 9.15"],
        ["2", "9.15 - 10.00"],
        ["pauze", "10.00 - 10.20"],
        ["3", "10.20 - 11.05"],
        ["4", "11.05 - 11.50"],
        ["pauze", "11.50 - 12.20"],
        ["5", "12.20 - 13.05"],
        ["6", "13.05 - 13.50"],
        ["pauze", "13.50 - 14.05"],
        ["7", "14.05 - 14.50"],
        ["8", "14.50 - 15.35"],
    ])),

    ("kop", "Tot slot"),
    ("p", "Dit schoolplan is een werkdocument. Elk jaar kijken we in het jaarplan welke doelen aan de "
          "beurt zijn en of we op koers liggen."),
    ("p", "De MR is geïnformeerd over dit plan."),
    ("p", "Almere Buiten, juli 2025"),
    ("p", "R. Kaya, directeur De Werf"),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl_stijlen(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Arial"
    normaal.font.size = Pt(10)

    cp = doc.core_properties
    cp.author = "R. Kaya"
    cp.last_modified_by = "M. Jansen"
    cp.title = "Schoolplan De Werf 2025-2029"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 12

    titel = doc.add_paragraph()
    r = titel.add_run("Schoolplan 2025-2029")
    r.bold = True
    r.font.size = Pt(20)
    sub = doc.add_paragraph()
    r = sub.add_run("De Werf, openbare school voor vmbo in Almere Buiten")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Basisberoepsgerichte leerweg, kaderberoepsgerichte leerweg en gemengde leerweg. "
                      "Onderdeel van de Almeerse Scholen Groep.")

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "De Werf - Schoolplan 2025-2029 - pagina "
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(footer)

    for blok in INHOUD:
        soort = blok[0]
        if soort == "kop":
            par = doc.add_paragraph()
            par.paragraph_format.space_before = Pt(12)
            run = par.add_run(blok[1])
            run.bold = True
            run.font.size = Pt(13)
        elif soort == "p":
            par = doc.add_paragraph()
            run = par.add_run(blok[1])
            if len(blok) > 2 and blok[2] == "vet":
                run.bold = True
        elif soort == "lijst":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "tabel":
            kop, rijen = blok[1]
            tabel(doc, kop, rijen)
            doc.add_paragraph()
        else:
            raise ValueError(soort)

    doc.save(path)
    deterministisch(path, VASTE_DATUM)
