"""Plan 01: OBS De Lepelaar (PO, openbaar), schoolplan 2023-2027.

Ontwerp: echte Heading-stijlen, hoofdstukken met eigen titels die de volgorde van de
kernwaarden en vensters volgen, doelen als tabel per hoofdstuk (Doel / Activiteiten /
Wanneer / Wie / Resultaat), voorblad, getypte inhoudsopgave, colofon met MR-instemming
en datum, planperiode in de titel. Alleen python-docx en de standaardbibliotheek.
"""

import datetime
import pathlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

SCHOOL = "OBS De Lepelaar"
TITEL = "Schoolplan 2023-2027"

TABEL_KOP = ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"]

VOORBLAD = [
    ("title", TITEL),
    ("sub", SCHOOL),
    ("p", "Samen groeien, ieder op eigen wijze"),
    ("p", "Openbare basisschool voor kinderen van 4 tot 12 jaar"),
    ("p", "Lepelaarpad 12, 1353 KL Almere Haven"),
    ("p", "Onderdeel van de Almeerse Scholen Groep (ASG)"),
    ("p", "Versie juli 2023"),
]

INHOUD = [
    "1. Voorwoord",
    "2. De Lepelaar in beeld",
    "3. Welkom op De Lepelaar",
    "4. Eerlijk en open in gesprek",
    "5. Durven vernieuwen",
    "6. De lat hoog leggen",
    "7. Ons onderwijs, onze ondersteuning",
    "8. Een sterk team",
    "9. Leren met andere ASG-scholen",
    "10. Samen met ouders en de wijk",
    "11. Geld, gebouw en schooltijden",
    "12. Colofon en ondertekening",
]

BLOKKEN = [
    # ------------------------------------------------------------------ 1
    ("h1", "1. Voorwoord"),
    ("p", "Voor u ligt het schoolplan van OBS De Lepelaar voor de schooljaren 2023-2024 tot en met "
          "2026-2027. In dit plan beschrijven we waar we als school voor staan, wat we de komende vier "
          "jaar willen bereiken en hoe we dat gaan aanpakken. Het plan is de basis voor onze jaarplannen. "
          "Elk jaar kijken we in het jaarverslag terug en stellen we bij waar dat nodig is."),
    ("p", "Dit schoolplan is niet door één persoon achter een bureau geschreven. In het schooljaar "
          "2022-2023 hebben we op drie studiedagen met het hele team gesproken over de richting van de "
          "school. Ook de leerlingenraad en ouders (op een ouderavond in februari 2023) hebben "
          "meegepraat. Wat zij inbrachten, vindt u terug in de doelen per hoofdstuk."),
    ("p", "De volgorde van de hoofdstukken 3 tot en met 10 volgt de kernwaarden en vensters uit het "
          "strategisch beleid van ons bestuur, de Almeerse Scholen Groep. We hebben de hoofdstukken "
          "bewust eigen titels gegeven: zo laten we zien wat die kernwaarden en vensters op De Lepelaar "
          "betekenen. Elk hoofdstuk sluit af met een tabel met onze doelen, de activiteiten, de planning, "
          "wie er verantwoordelijk is en welk resultaat we willen zien."),
    ("p", "Marieke van Dalen, directeur"),

    # ------------------------------------------------------------------ 2
    ("h1", "2. De Lepelaar in beeld"),
    ("h2", "2.1 Onze school"),
    ("p", "OBS De Lepelaar is een openbare basisschool in Almere Haven. De school is in 1981 gebouwd "
          "en staat midden in een woonwijk. Op 1 oktober 2022 telde de school 312 leerlingen, verdeeld over 14 groepen. Het team "
          "bestaat uit 29 medewerkers: 19 leerkrachten, een intern begeleider, twee bouwcoördinatoren, "
          "vier onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge, een "
          "administratief medewerker en de directeur."),
    ("h2", "2.2 Onze leerlingen en hun ouders"),
    ("p", "De samenstelling van de leerlingpopulatie is de afgelopen jaren gemengder geworden. Ongeveer "
          "40 procent van onze leerlingen groeit op in een gezin waar naast of in plaats van het "
          "Nederlands een andere taal wordt gesproken; we tellen 23 verschillende thuistalen. Het "
          "opleidingsniveau van ouders loopt sterk uiteen; de schoolweging van het CBS is 31,4. "
          "Tegelijk heeft ongeveer een op de "
          "acht leerlingen behoefte aan extra uitdaging."),
    ("h2", "2.3 Missie en visie"),
    ("p", "Onze missie vatten we samen in de zin 'Samen groeien, ieder op eigen wijze'. We willen dat "
          "kinderen op De Lepelaar met plezier leren, weten wat ze kunnen en waar ze goed in zijn, en de "
          "school verlaten met een stevige basis in taal en rekenen. We vinden het ook belangrijk dat "
          "kinderen leren samenwerken en zich een eigen mening leren vormen. Onze visie rust op drie pijlers: een veilig en voorspelbaar klimaat, "
          "sterke instructie in de basisvakken en ruimte voor ontdekken en creativiteit in de middag."),
    ("h2", "2.4 Sterke punten en aandachtspunten"),
    ("p", "Uit de zelfevaluatie van 2022-2023 en het inspectiebezoek van maart 2022 komen de volgende "
          "sterke punten naar voren: een rustig en veilig schoolklimaat, een betrokken team, goede "
          "resultaten bij rekenen en een goed georganiseerde zorgstructuur. Aandachtspunten zijn het "
          "begrijpend lezen in de bovenbouw, de wisselende kwaliteit van de instructie tussen groepen, "
          "het bereiken van ouders die het Nederlands minder goed beheersen en het vasthouden van "
          "personeel in een tijd van lerarentekort."),

    # ------------------------------------------------------------------ 3
    ("h1", "3. Welkom op De Lepelaar"),
    ("p", "Wie bij ons binnenkomt, moet merken dat hij welkom is. Dat geldt voor kinderen en ouders, "
          "voor nieuwe collega's en voor de bezoeker die voor het eerst de school binnenloopt."),
    ("h2", "3.1 Een warme ontvangst"),
    ("p", "Elke ochtend staan de leerkrachten vanaf 8.20 uur bij de deur van hun lokaal en begroeten ze "
          "ieder kind persoonlijk, met een hand, een boks of een knipoog. Ouders van de groepen 1 tot en "
          "met 4 mogen op maandag- en donderdagochtend tot 8.45 uur mee naar binnen om samen met hun "
          "kind een boekje te lezen of een werkje te bekijken. Bezoekers worden bij de hoofdingang "
          "opgevangen door de conciërge of door een van de leerlingen van het gastenteam uit groep 8. "
          "Deze leerlingen krijgen een korte training en leiden nieuwe ouders rond tijdens de "
          "kennismakingsochtenden. Nieuwe gezinnen hebben een welkomstgesprek met de directeur en "
          "krijgen een welkomstmap in eenvoudige taal, ook in het Engels, Arabisch, Turks en Pools. Nieuwe collega's krijgen een maatje uit het "
          "team, dat in de eerste zes weken helpt met alles wat nieuw is."),
    ("h2", "3.2 Ieder kind doet ertoe"),
    ("p", "Een kind dat zich gezien voelt, durft te leren. In de eerste zes weken van het schooljaar "
          "werken alle groepen met de Gouden Weken: we besteden dan extra tijd aan kennismaken, "
          "groepsvorming en het samen opstellen van klassenafspraken. Twee keer per jaar voert iedere "
          "leerkracht met elk kind uit de groep een kindgesprek van ongeveer tien minuten. Het gaat dan "
          "over hoe het kind zich voelt in de groep, waar het trots op is en wat het lastig vindt. Vanaf "
          "groep 5 bereiden kinderen het gesprek voor met een kort formulier. De leerkracht legt de "
          "belangrijkste punten vast in ParnasSys, zodat ook de volgende leerkracht ze kent. Ook "
          "medewerkers willen we zien: de directeur loopt elke week een vaste ronde door de school en "
          "heeft twee keer per jaar met iedere medewerker een kort 'hoe gaat het'-gesprek, los van de "
          "gesprekscyclus."),
    ("h2", "3.3 Weten wat nodig is"),
    ("p", "We willen van iedere leerling weten wat hij nodig heeft om zich goed te ontwikkelen, in zijn "
          "leren en in zijn welbevinden. Daarvoor combineren we de gegevens uit het leerlingvolgsysteem, "
          "de observaties van de leerkracht, de kindgesprekken en de sociaal-emotionele vragenlijsten "
          "van ZIEN!. Hoe we dat in de groepsbesprekingen gebruiken, staat in paragraaf 7.6. Ook bij "
          "medewerkers vragen we wat zij nodig hebben. In het startgesprek vragen we expliciet naar de "
          "ondersteuning die iemand wil, bijvoorbeeld bij een groep met veel gedragsvragen, en twee keer "
          "per jaar bespreken we in het team de werkdruk aan de hand van een korte peiling."),
    ("table", TABEL_KOP, [
        ["Bezoekers en nieuwe gezinnen voelen zich welkom",
         "Gastenteam groep 8 trainen; vaste ontvangstplek in de hal; welkomstmap vertalen",
         "2023-2024, daarna jaarlijks", "Conciërge, leerkracht groep 8",
         "In de ouderpeiling van 2025 scoort 'Ik voel me welkom op school' minimaal 8,0 (2022: 7,4)"],
        ["Alle leerlingen hebben twee kindgesprekken per jaar",
         "Format kindgesprek vaststellen; tijd vrijmaken door inzet onderwijsassistent",
         "Vanaf 2023-2024", "Leerkrachten, IB'er",
         "100% van de kindgesprekken vastgelegd in ParnasSys"],
        ["Leerlingen voelen zich gezien door hun leerkracht",
         "Gouden Weken; kindgesprekken; dagelijkse begroeting",
         "Jaarlijks", "Team",
         "Minimaal 90% van de leerlingen in groep 5-8 antwoordt positief op 'Mijn juf of meester weet "
         "wat ik goed kan' (2023: 82%)"],
        ["Nieuwe collega's voelen zich snel thuis",
         "Maatjessysteem; welkomstochtend in augustus",
         "Vanaf 2024-2025", "Directeur",
         "Nieuwe collega's waarderen de inwerkperiode gemiddeld met een 8 of hoger"],
    ]),

    # ------------------------------------------------------------------ 4
    ("h1", "4. Eerlijk en open in gesprek"),
    ("h2", "4.1 Zo gaan we met elkaar om"),
    ("p", "Op De Lepelaar hanteren we drie schoolafspraken die in elke groep hangen en waar we elkaar "
          "dagelijks op wijzen: we zijn aardig voor elkaar, we zorgen voor onze spullen en de school, en "
          "we luisteren naar elkaar. Als een kind een ander kind pijn doet of kwetst, voeren we een "
          "herstelgesprek volgens een vast stappenplan, waarin beide kinderen aan het woord komen. Voor "
          "volwassenen geldt hetzelfde. In het team hebben we afgesproken dat we niet over, maar met "
          "elkaar praten. Ook met ouders voeren we het gesprek op een goede toon, ook als we het niet met "
          "elkaar eens zijn. Daarvoor hebben we in 2022 het protocol 'Samen in gesprek' opgesteld. Daarin "
          "staat hoe we met meningsverschillen omgaan en wanneer de directeur aanschuift."),
    ("h2", "4.2 Duidelijke informatie voor ouders"),
    ("p", "Ouders willen weten wat er op school gebeurt. Alle berichten aan ouders lopen via de "
          "Parro-app. Leerkrachten plaatsen minimaal één keer per week een bericht met foto's over wat de "
          "groep heeft gedaan. Elke eerste vrijdag van de maand verschijnt de nieuwsbrief 'Lepelpraat'. "
          "We hebben afgesproken dat leerkrachten een vraag van ouders binnen twee werkdagen "
          "beantwoorden. Belangrijke besluiten, zoals een andere groepsverdeling, leggen we uit in een "
          "aparte brief waarin we ook de overwegingen noemen. Omdat niet alle ouders goed Nederlands "
          "lezen, gebruiken we de vertaalfunctie van Parro en zetten we bij zorggesprekken waar nodig "
          "een tolk in."),
    ("h2", "4.3 Openbaar onderwijs: iedereen hoort erbij"),
    ("p", "De Lepelaar is een openbare school. Dat betekent voor ons dat iedereen welkom is, ongeacht "
          "achtergrond, geloof of overtuiging, en dat we de verschillen die kinderen en collega's "
          "meebrengen gebruiken in ons onderwijs. Concreet geven we het openbare karakter zo vorm:"),
    ("bullets", [
        "In de groepen 5 tot en met 8 kunnen kinderen kiezen voor godsdienstig of humanistisch "
        "vormingsonderwijs (GVO/HVO). Kinderen die daar niet voor kiezen, krijgen in dat uur "
        "filosofie met kinderen.",
        "In de jaarkalender staan feesten uit verschillende tradities, zoals het Suikerfeest, Divali, "
        "Chanoeka en Kerst. Kinderen vertellen in hun groep hoe zij thuis feestvieren.",
        "Bij wereldoriëntatie en burgerschap behandelen we verschillende levensbeschouwingen en de "
        "grondrechten, zoals de vrijheid van godsdienst en van meningsuiting.",
        "Bij het werven van personeel letten we erop dat ons team de diversiteit van de wijk "
        "weerspiegelt. In teamvergaderingen vragen we collega's met een andere culturele achtergrond "
        "bewust naar hun kijk op situaties met ouders en kinderen.",
    ]),
    ("table", TABEL_KOP, [
        ["Ouders vinden de informatie van school helder",
         "Communicatieplan actualiseren; alle leerkrachten gebruiken Parro volgens de afspraken",
         "2023-2024", "Directeur, team",
         "Score op 'De school informeert mij goed' in de ouderpeiling van 2025 minimaal 7,8 (2022: 7,1)"],
        ["Conflicten tussen kinderen worden hersteld",
         "Training herstelgericht werken voor het hele team",
         "Studiedag oktober 2024", "IB'er, externe trainer",
         "Alle leerkrachten werken met het stappenplan; minder herhaalde incidenten in de registratie"],
        ["Het openbare karakter is zichtbaar in het jaarprogramma",
         "Jaarkalender met feesten uit verschillende tradities",
         "Vanaf 2023-2024", "Werkgroep burgerschap",
         "Elk jaar minimaal vier vieringen uit verschillende tradities"],
    ]),

    # ------------------------------------------------------------------ 5
    ("h1", "5. Durven vernieuwen"),
    ("p", "Vernieuwen is voor ons geen doel op zich. Ook wij zijn nieuwsgierig naar nieuwe inzichten om "
          "ons onderwijs eigentijds inhoud te geven. Binnen ASG wordt vernieuwing beschreven in drie "
          "horizonten. Voor ons team is vooral belangrijk dat vernieuwingen haalbaar blijven en dat we "
          "niet te veel tegelijk willen."),
    ("h2", "5.1 Leerpleinen in de middenbouw"),
    ("p", "Vanaf schooljaar 2024-2025 gaan de groepen 4 en 5 anders werken. Drie groepen werken dan samen "
          "op een leerplein, met drie leerkrachten en een onderwijsassistent. In de ochtend krijgen "
          "kinderen instructie op hun eigen niveau in wisselende instructiegroepen, en verwerken ze de "
          "stof op het plein of in een stilteruimte. De leerkrachten geven les in co-teaching: zij "
          "verdelen de instructie, de observatie en de begeleiding onderling. Het voordeel is dat een "
          "kind makkelijk kan aansluiten bij een andere instructiegroep. We bereiden de pilot in 2023-2024 voor met de drie betrokken leerkrachten, "
          "de bouwcoördinator en een onderwijsadviseur. Na een jaar evalueren we met ouders, kinderen en "
          "leerkrachten en besluiten we of we het model uitbreiden naar de bovenbouw."),
    ("h2", "5.2 Onderzoekend leren in de middag"),
    ("p", "In de middagen werken de groepen 5 tot en met 8 met onderzoekend leren rond de thema's van "
          "wereldoriëntatie. Bij elk thema formuleren kinderen een eigen onderzoeksvraag, ze zoeken "
          "informatie, doen proefjes of interviews en presenteren hun uitkomsten aan ouders. De "
          "leerkracht begeleidt het proces met een vaste onderzoekscyclus van zes stappen."),
    ("table", TABEL_KOP, [
        ["Pilot leerpleinen in groep 4 en 5",
         "Voorbereiding; training co-teaching; inrichting plein; evaluatie",
         "Voorbereiding 2023-2024, pilot 2024-2025, besluit juni 2025", "Bouwcoördinator middenbouw",
         "Besluit over uitbreiding op basis van de evaluatie met ouders, leerlingen en team"],
        ["Onderzoekend leren in alle groepen 5-8",
         "Zes-stappencyclus invoeren; presentaties voor ouders",
         "2025-2026", "Werkgroep wereldoriëntatie",
         "Elke groep sluit minimaal drie thema's per jaar af met een presentatie"],
    ]),

    # ------------------------------------------------------------------ 6
    ("h1", "6. De lat hoog leggen"),
    ("h2", "6.1 Verwachtingen niet naar beneden bijstellen"),
    ("p", "We merken dat leerkrachten soms, vaak met de beste bedoelingen, minder vragen van kinderen "
          "met een taalachterstand of een lastige thuissituatie. Dat willen we niet. Daarom hebben we de "
          "volgende afspraken gemaakt:"),
    ("bullets", [
        "Elke leerling werkt in principe aan de leerstof van zijn eigen leerjaar. Een eigen leerlijn "
        "is pas mogelijk na overleg met de IB'er en de ouders en wordt vastgelegd in een "
        "ontwikkelingsperspectief.",
        "In de groepsbespreking formuleert de leerkracht voor elke leerling een doel voor de volgende "
        "toetsperiode; dat doel ligt minimaal op het niveau van de vorige meting.",
        "Voor lezen en rekenen hanteren we schoolnormen die boven de signaleringswaarden van de "
        "inspectie liggen (zie hoofdstuk 7).",
        "Leerlingen die meer aankunnen, werken met compacten en verrijken. In de groepen 6 tot en met 8 "
        "is er een plusgroep die één ochtend per week aan een uitdagend project werkt.",
    ]),
    ("h2", "6.2 Zelf blijven leren"),
    ("p", "Van kinderen verwachten we dat ze willen leren; van onszelf ook. Iedere medewerker formuleert "
          "aan het begin van het schooljaar zelf een persoonlijk ontwikkeldoel, dat aansluit bij de "
          "schooldoelen of bij een eigen wens. De medewerker kiest zelf hoe hij daaraan werkt: een "
          "cursus, een training van de ASG Academie, collegiale consultatie of coaching. In het "
          "voortgangsgesprek vertelt de medewerker wat hij geleerd heeft. Drie collega's volgen op eigen "
          "initiatief een masteropleiding."),
    ("h2", "6.3 Samen het beste geven"),
    ("p", "Wij geven altijd het beste van onszelf. Dat vragen we van onze leerlingen en dat vragen we van "
          "elkaar."),
    ("table", TABEL_KOP, [
        ["Leerkrachten hebben hoge verwachtingen van alle leerlingen",
         "Studiemiddag over verwachtingen met casusbespreking; afspraken in de groepsbespreking",
         "2023-2024", "IB'er, directeur",
         "In 2025-2026 werkt maximaal 3% van de leerlingen op een eigen leerlijn (2022-2023: 7%)"],
        ["Iedere medewerker werkt aan een eigen ontwikkeldoel",
         "Ontwikkeldoel vastleggen in het startgesprek",
         "Jaarlijks, vanaf 2023-2024", "Medewerker, directeur",
         "100% van de medewerkers heeft een vastgelegd ontwikkeldoel"],
        ["Meer uitdaging voor sterke leerlingen",
         "Plusgroep groep 6-8; compacten in alle groepen",
         "2024-2025", "Talentcoördinator",
         "Minimaal 30% van de leerlingen in groep 6-8 krijgt een verrijkingsaanbod dat in het "
         "groepsoverzicht staat"],
    ]),

    # ------------------------------------------------------------------ 7
    ("h1", "7. Ons onderwijs, onze ondersteuning"),
    ("h2", "7.1 Ons onderwijsprogramma"),
    ("p", "Ons onderwijsaanbod dekt de kerndoelen voor het primair onderwijs. Voor de basisvakken werken "
          "we met methodes die we regelmatig naast de kerndoelen en referentieniveaus leggen: Veilig "
          "Leren Lezen in groep 3, Staal voor taal en spelling, Nieuwsbegrip voor begrijpend lezen en "
          "Pluspunt voor rekenen. In de groepen 1 en 2 werken we met de leerlijnen jonge kind in "
          "ParnasSys en met de thema's van Kleuterplein. We geven les volgens het directe-instructiemodel "
          "(EDI). In de groepen 4 tot en met 8 besteden we per week minimaal "
          "vijf uur aan rekenen, vijf uur aan taal en lezen en elke dag een half uur aan vrij lezen. "
          "Wereldoriëntatie, kunst en cultuur zijn verdeeld over de middagen."),
    ("p", "Omdat begrijpend lezen een aandachtspunt is, vervangen we in 2024-2025 Nieuwsbegrip door een "
          "aanpak waarin begrijpend lezen is verweven met de zaakvakken. Kinderen lezen dan meer en "
          "langere teksten over onderwerpen waarover ze ook kennis opbouwen. Het effect volgen we met de "
          "leestoetsen van het leerlingvolgsysteem."),
    ("h2", "7.2 Wat kinderen bezighoudt"),
    ("p", "We willen dat ons onderwijs aansluit bij de wereld waarin onze leerlingen opgroeien. Bij de "
          "start van elk wereldoriëntatiethema maken leerkracht en kinderen samen een woordweb: wat weten "
          "we al, wat willen we weten? Die vragen bepalen mede de inhoud van het thema. De leerlingenraad kiest elk jaar één thema voor de hele school; in 2022-2023 was dat "
          "'gamen'. In de bovenbouw beginnen we lessen en debatten regelmatig met een onderwerp uit het "
          "Jeugdjournaal of uit de wijk, zoals de bouw van het nieuwe winkelcentrum."),
    ("h2", "7.3 Voorbereid op morgen"),
    ("p", "Onze leerlingen groeien op in een wereld die snel verandert. Naast een stevige basis in taal "
          "en rekenen willen we hun vaardigheden meegeven die ze later nodig hebben. In 2022-2023 hebben "
          "we een doorgaande leerlijn digitale geletterdheid opgesteld voor groep 1 tot en met 8, met vier "
          "onderdelen: ICT-basisvaardigheden, mediawijsheid, informatievaardigheden en computational "
          "thinking. Vanaf groep 5 krijgen kinderen elk jaar een blok programmeren, onder meer met Scratch "
          "en de micro:bit. Samenwerken, presenteren en kritisch denken oefenen ze bij het onderzoekend "
          "leren (zie hoofdstuk 5). De leerlijn is opgenomen in de jaarplanning van elke groep."),
    ("h2", "7.4 Burgerschap"),
    ("p", "Burgerschap is bij ons geen los vak. We werken aan de basiswaarden van de democratische "
          "rechtsstaat: vrijheid, gelijkwaardigheid, solidariteit, verdraagzaamheid en het afwijzen van "
          "discriminatie. Dat doen we op drie manieren. In de lessen gebruiken we Kwink voor "
          "sociaal-emotionele vorming en burgerschap, en voeren we in de bovenbouw elke maand een "
          "klassengesprek of debat over een actueel onderwerp. In de school oefenen kinderen met "
          "democratie: elke groep vanaf groep 4 kiest twee vertegenwoordigers voor de leerlingenraad, die "
          "zes keer per jaar met de directeur vergadert en een eigen budget van 500 euro beheert. Buiten "
          "de school doen de groepen 7 en 8 mee aan een maatschappelijk project in de wijk, zoals "
          "voorlezen in het verzorgingshuis of een zwerfafvalactie. We volgen de burgerschapscompetenties "
          "met een korte vragenlijst in groep 6 en groep 8."),
    ("h2", "7.5 Een veilig schoolklimaat"),
    ("p", "Kinderen leren alleen als ze zich veilig voelen. Ons veiligheidsbeleid staat in het "
          "schoolveiligheidsplan, dat we in 2023 hebben geactualiseerd. De belangrijkste onderdelen zijn "
          "de drie schoolafspraken (zie 4.1), een pestprotocol met een anti-pestcoördinator (onze "
          "IB'er), een vertrouwenspersoon voor leerlingen en ouders en de registratie van incidenten in "
          "ParnasSys. Elk jaar meten we de sociale veiligheid in de groepen 5 tot en met 8 met de "
          "vragenlijst van ZIEN!. In 2022-2023 gaf 94 procent van de leerlingen aan zich veilig te voelen "
          "op school. In elke pauze zijn er drie volwassenen buiten, elk met een vast deel van het plein."),
    ("h2", "7.6 Goed zicht op onze leerlingen"),
    ("p", "We werken handelingsgericht: bij elke leerling kijken we naar wat hij nodig heeft, en niet "
          "alleen naar wat er misgaat. De leerkracht verzamelt gegevens uit de methodetoetsen, de "
          "LVS-toetsen van Cito in januari en juni, de observaties in de groep en de kindgesprekken. In de "
          "groepsbespreking na elke toetsperiode analyseren leerkracht en IB'er de resultaten en passen "
          "ze de aanpak aan. Sinds 2022 werken we met een groepsoverzicht van één A4 per groep in plaats "
          "van uitgebreide groepsplannen. "
          "Voor leerlingen die opvallen volgt een leerlingbespreking met ouders en, als dat nodig "
          "is, een externe deskundige."),
    ("h2", "7.7 Ons schoolondersteuningsprofiel"),
    ("p", "In ons schoolondersteuningsprofiel (SOP), dat we in 2023 hebben herschreven, staat welke "
          "ondersteuning leerlingen bij ons kunnen krijgen. De basisondersteuning omvat onder meer een "
          "dyslexieprotocol, een aanpak voor ernstige rekenproblemen, preventieve interventies bij "
          "gedrag, een aanbod voor meer- en hoogbegaafde leerlingen en de inzet van onderwijsassistenten "
          "voor kleine instructiegroepen. Daarnaast bieden we extra ondersteuning aan leerlingen met een "
          "ontwikkelingsperspectief, met een arrangement van het samenwerkingsverband. We hebben ervaring "
          "met leerlingen met autisme, ADHD en een taalontwikkelingsstoornis. In het SOP zijn we ook "
          "eerlijk over onze grenzen: voor kinderen die voortdurend één-op-één begeleiding nodig hebben "
          "of bij wie de veiligheid van henzelf of anderen structureel in gevaar komt, kunnen we te "
          "weinig bieden. Dan zoeken we samen met ouders en het samenwerkingsverband een passende plek."),
    ("h2", "7.8 Samen zorgen voor een passende plek"),
    ("p", "De Lepelaar is aangesloten bij het samenwerkingsverband Passend Onderwijs Almere. Zes keer per "
          "jaar overlegt onze IB'er in het ondersteuningsteam met de consulent van het "
          "samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdverpleegkundige van de GGD. "
          "Is een leerling beter op zijn plaats in het speciaal basisonderwijs of het speciaal onderwijs, "
          "dan vragen we samen met ouders een toelaatbaarheidsverklaring aan en zorgen we voor een warme "
          "overdracht. Andersom nemen we leerlingen op die vanuit het sbo teruggaan naar het reguliere "
          "onderwijs; voor hen maken we een overgangsplan. We hebben afgesproken dat geen enkele leerling "
          "van onze school thuiszit zonder onderwijsaanbod."),
    ("h2", "7.9 Zo bewaken we de kwaliteit"),
    ("p", "Onze kwaliteitszorg volgt de PDCA-cyclus en sluit aan bij het kwaliteitsstelsel van ASG. Het "
          "schoolplan geeft de richting voor vier jaar. Elk jaar vertalen we het in een jaarplan met de "
          "doelen voor dat jaar. Twee keer per jaar, in februari en juni, analyseren we de opbrengsten in "
          "een trendanalyse die we met het team bespreken. In de kwartaalrapportage aan het bestuur laten "
          "we zien hoe we ervoor staan. Aan het eind van het schooljaar evalueren we het jaarplan in het "
          "jaarverslag; de uitkomsten nemen we mee naar het jaarplan van het volgende jaar. Daarnaast:"),
    ("bullets", [
        "bezoeken de directeur en de IB'er elke leerkracht minimaal twee keer per jaar in de klas, met "
        "een kijkwijzer die gebaseerd is op ons instructiemodel;",
        "nemen we elke twee jaar een tevredenheidspeiling af bij ouders, leerlingen en medewerkers;",
        "laten we eens in de vier jaar een interne audit uitvoeren door een extern auditteam.",
    ]),
    ("h2", "7.10 Waar we staan"),
    ("p", "In maart 2022 heeft de inspectie de school bezocht. Het oordeel was dat de basiskwaliteit op "
          "orde is. De eindtoetsresultaten lagen de afgelopen drie jaar boven de signaleringswaarden voor "
          "het fundamentele niveau 1F. Voor het streefniveau 2F/1S lagen ze bij rekenen erboven, maar bij "
          "lezen in 2022 en 2023 net eronder. Daar ligt dus een opdracht. In de tabel hieronder staan de "
          "schoolnormen die we onszelf hebben gesteld."),
    ("h2", "7.11 Leren van en met elkaar"),
    ("p", "Verbeteren doen we samen. Het team is verdeeld in drie leerteams (onderbouw, middenbouw en "
          "bovenbouw) die eens in de drie weken bijeenkomen. In een leerteam bespreken collega's "
          "lesvoorbeelden, analyseren ze samen de toetsgegevens van hun bouw en bereiden ze lessen samen "
          "voor. Twee keer per jaar bezoeken leerkrachten elkaars lessen met een kijkvraag die ze zelf "
          "hebben bedacht, en bespreken ze na afloop wat ze hebben gezien. Wat werkt, wordt een "
          "schoolafspraak en komt in ons kwaliteitshandboek 'Zo doen we het op De Lepelaar'."),
    ("table", TABEL_KOP, [
        ["De basiskwaliteit blijft op orde",
         "Trendanalyses; klassenbezoeken; interne audit",
         "Jaarlijks; audit voorjaar 2026", "Directeur",
         "Inspectieoordeel minimaal voldoende, geen standaard onvoldoende"],
        ["Beter begrijpend lezen",
         "Begrijpend lezen verweven met de zaakvakken; leesmotivatie",
         "2024-2025 tot en met 2026-2027", "Taalcoördinator",
         "Het percentage leerlingen dat 2F haalt bij lezen stijgt van 49% (2023) naar 60% in 2027"],
        ["Rekenen blijft sterk",
         "EDI-lessen volgens de kijkwijzer; leerteam rekenen",
         "Jaarlijks", "Rekencoördinator",
         "Minimaal 96% haalt 1F en minimaal 45% haalt 1S bij rekenen"],
        ["Leerlijn digitale geletterdheid in alle groepen",
         "Scholing team; blok programmeren vanaf groep 5",
         "2023-2024 en 2024-2025", "Werkgroep ICT",
         "In juni 2025 heeft elke groep het jaaraanbod van de leerlijn volledig gegeven"],
        ["Burgerschap is zichtbaar en wordt gevolgd",
         "Vragenlijst groep 6 en 8; maatschappelijk project",
         "Vanaf 2024-2025", "Werkgroep burgerschap",
         "Resultaten vragenlijst in het jaarverslag; elk jaar twee wijkprojecten"],
        ["De sociale veiligheid blijft hoog",
         "Meting met ZIEN!; herstelgesprekken",
         "Jaarlijks in november", "IB'er",
         "Minimaal 95% van de leerlingen in groep 5-8 voelt zich veilig"],
        ["Het SOP is actueel",
         "Jaarlijkse controle; bespreking in de MR",
         "Juni van elk jaar", "IB'er",
         "Bijgewerkt SOP op de website"],
    ]),

    # ------------------------------------------------------------------ 8
    ("h1", "8. Een sterk team"),
    ("p", "Ons personeelsbeleid sluit aan bij het HR-beleid van ASG. Op schoolniveau gaat het om drie "
          "vragen: hoe vinden en houden we goede collega's, hoe zorgen we dat zij bekwaam zijn en "
          "blijven, en hoe zorgen we dat ze hun werk gezond en met plezier doen?"),
    ("h2", "8.1 Bekwaam en in ontwikkeling"),
    ("p", "Iedere leerkracht moet ons instructiemodel en de pedagogische afspraken beheersen. Wat goed "
          "pedagogisch-didactisch handelen bij ons inhoudt, staat in de kijkwijzer die we in 2022 samen "
          "hebben opgesteld. Die kijkwijzer gebruiken we bij klassenbezoeken en in de gesprekscyclus. Bij het "
          "jaarlijkse scholingsplan maken we veel gebruik van het aanbod van de ASG Academie: in "
          "2022-2023 volgden elf collega's daar een training, onder andere over hoogbegaafdheid, "
          "leiderschap en EDI. We willen dat iedere medewerker elk jaar minimaal één training of "
          "bijeenkomst van de Academie bijwoont."),
    ("h2", "8.2 De gesprekscyclus"),
    ("p", "Iedere medewerker heeft elk jaar drie gesprekken met de directeur of een bouwcoördinator: een "
          "startgesprek in september, waarin het ontwikkeldoel wordt vastgelegd, een voortgangsgesprek na "
          "een klassenbezoek in het voorjaar en een jaargesprek in juni. Eens in de drie jaar is het "
          "jaargesprek een beoordelingsgesprek. De gesprekken worden vastgelegd in het digitale "
          "personeelsdossier. In 2022-2023 is de cyclus voor 86 procent van de medewerkers volledig "
          "doorlopen; ons doel is 100 procent."),
    ("h2", "8.3 Zij-instromers en studenten"),
    ("p", "Door het lerarentekort werken ook bij ons collega's die nog niet bevoegd zijn. Op dit moment "
          "zijn dat twee zij-instromers en een leerkracht die de deeltijdpabo volgt. Zij krijgen een "
          "coach uit het team met twee uur coachingstijd per week, hebben in het eerste jaar minder "
          "lesgebonden uren en kunnen één dag per week studeren. We zorgen ervoor dat ze niet in de "
          "zwaarste groepen beginnen. Met de opleiding stemmen we het begeleidingsplan af in een "
          "driegesprek per halfjaar."),
    ("h2", "8.4 Gezond en met plezier aan het werk"),
    ("p", "We willen dat collega's hun werk gezond en met plezier kunnen doen, in elke fase van hun "
          "loopbaan. Daarom bespreken we in het "
          "jaargesprek ook de persoonlijke situatie en de wensen voor de komende jaren, bijvoorbeeld "
          "minder of juist meer uren werken, of tijdelijk ruimte voor zorg thuis. Oudere collega's kunnen "
          "gebruikmaken van de seniorenregeling uit de cao, en bij het werkverdelingsplan houden we "
          "rekening met mantelzorg en jonge gezinnen. Met de werkdrukmiddelen bekostigen we twee extra "
          "onderwijsassistenten en de vakleerkracht bewegingsonderwijs, zodat leerkrachten meer tijd "
          "hebben voor voorbereiding en analyse."),
    ("p", "Het ziekteverzuim was in 2022 5,3 procent. Bij verzuim houdt de directeur binnen een week "
          "contact en schakelen we op tijd de bedrijfsarts in. Eens per jaar organiseren we een "
          "vitaliteitsmiddag; dit jaar met een workshop over slaap en stress."),
    ("h2", "8.5 Trots en gewaardeerd"),
    ("p", "We zijn trots op ons team en laten dat ook zien. Collega's met een specialisme, zoals de "
          "rekencoördinator, de gedragsspecialist en de specialist jonge kind, krijgen daar taakuren "
          "voor. Hun expertise zetten we in voor de hele school: ze adviseren collega's en beslissen "
          "mee over de inzet van middelen voor hun vakgebied. Successen vieren we: na elke toetsperiode delen we "
          "in de teamkamer een 'topje van de maand'. In het medewerkerstevredenheidsonderzoek van 2022 "
          "gaf 78 procent aan trots te zijn op de school; we willen dat dit hoger wordt."),
    ("h2", "8.6 Netwerken"),
    ("p", "Naast de leerteams in de school (zie 7.11) nemen collega's deel aan netwerken buiten de "
          "school. Onze IB'er is lid van het ASG-netwerk voor intern begeleiders, de rekencoördinator "
          "neemt deel aan het rekennetwerk van ASG en de directeur zit in de PLG voor directeuren. Wat zij "
          "daar leren, delen ze in de teamvergadering."),
    ("table", TABEL_KOP, [
        ["Alle medewerkers werken aantoonbaar aan hun ontwikkeling",
         "Scholingsplan; aanbod ASG Academie",
         "Jaarlijks", "Directeur",
         "In 2024-2025 heeft 100% van de medewerkers minimaal één training gevolgd"],
        ["De gesprekscyclus wordt volledig doorlopen",
         "Gesprekken ingepland in de jaarkalender",
         "Vanaf 2023-2024", "Directeur, bouwcoördinatoren",
         "100% van de gesprekken gevoerd en vastgelegd in het personeelsdossier"],
        ["Zij-instromers halen hun bevoegdheid",
         "Coach; studiedag per week; minder lesgebonden uren",
         "2023-2024 tot en met 2025-2026", "Schoolopleider",
         "De huidige zij-instromers zijn uiterlijk augustus 2026 bevoegd"],
        ["Laag ziekteverzuim",
         "Vitaliteitsmiddag; verzuimgesprekken; werkdrukmiddelen",
         "Jaarlijks", "Directeur",
         "Verzuim onder 4,5% in 2026 (2022: 5,3%)"],
        ["Meer trots op de school",
         "Teamactiviteiten; successen vieren; specialisten in positie",
         "MTO 2025", "Team",
         "Score 'trots' in het MTO van 2025 minimaal 85%"],
    ]),

    # ------------------------------------------------------------------ 9
    ("h1", "9. Leren met andere ASG-scholen"),
    ("p", "Als school staan we er niet alleen voor. Omdat ASG groot is, kunnen wij gebruikmaken van veel "
          "interne expertise."),
    ("h2", "9.1 Collega's van andere scholen"),
    ("p", "Met de twee andere openbare basisscholen van ASG in Almere Haven, OBS De Duinpieper en OBS "
          "Het Palet, houden we gezamenlijke studiemiddagen. Leerkrachten van dezelfde bouw wisselen daar "
          "lesmateriaal en ervaringen uit. De ervaringen met de leerpleinen willen we presenteren op een "
          "ASG-brede studiedag, zodat andere scholen ervan kunnen leren."),
    ("h2", "9.2 Bovenschoolse werkgroepen"),
    ("p", "Zoals in hoofdstuk 8 beschreven nemen onze IB'er, rekencoördinator en directeur deel aan "
          "bovenschoolse netwerken. Onze specialist jonge kind zit in de ASG-werkgroep jonge kind, die "
          "met collega's van andere scholen een gezamenlijke aanpak ontwikkelt voor de overgang van "
          "groep 2 naar groep 3. Materialen die daar ontstaan, gebruiken we ook bij ons."),
    ("h2", "9.3 Van de basisschool naar het voortgezet onderwijs"),
    ("p", "ASG heeft in Almere een breed aanbod aan scholen voor voortgezet onderwijs, van "
          "praktijkonderwijs tot gymnasium. We gebruiken dat aanbod bij de overstap: in groep 7 en 8 "
          "bezoeken de leerlingen open lessen op verschillende VO-scholen, en met de VO-scholen voeren we "
          "voor iedere leerling een warme overdracht. Oud-leerlingen vertellen op een oud-leerlingenmiddag "
          "aan groep 8 hoe de overstap voor hen was. Past onze school minder goed bij een kind, "
          "bijvoorbeeld omdat ouders een ander onderwijsconcept zoeken, dan denken we mee over andere "
          "ASG-scholen in de buurt."),
    ("table", TABEL_KOP, [
        ["Meer uitwisseling met andere ASG-scholen",
         "Gezamenlijke studiemiddagen",
         "Doorlopend", "Directeur",
         "Meer kennisdeling tussen de scholen"],
        ["Kennis uit netwerken benutten",
         "Terugkoppeling in de teamvergadering",
         "Doorlopend", "Deelnemers netwerken",
         "Het team weet wat er in de netwerken speelt"],
        ["Een goede overstap naar het VO",
         "Warme overdracht; open lessen; oud-leerlingenmiddag",
         "Doorlopend", "Leerkrachten groep 8",
         "Tevreden ouders en leerlingen over de overstap"],
    ]),

    # ------------------------------------------------------------------ 10
    ("h1", "10. Samen met ouders en de wijk"),
    ("h2", "10.1 Ouders als partner"),
    ("p", "Kinderen leren beter als ouders en school samen optrekken. Aan het begin van elk schooljaar "
          "voeren we met alle ouders een startgesprek, waarin ouders vertellen wat zij over hun kind weten "
          "en wat ze verwachten. Vanaf groep 6 is het kind bij dat gesprek aanwezig. In november en maart "
          "volgen voortgangsgesprekken. Elke groep houdt twee keer per jaar een inloopmiddag waarop "
          "kinderen hun werk laten zien. Voor ouders die thuis weinig Nederlands spreken, organiseren we "
          "samen met de bibliotheek de VoorleesExpress en een taalcafé op woensdagochtend. In de "
          "nieuwsbrief staan per bouw tips voor het oefenen van lezen en rekenen thuis."),
    ("h2", "10.2 De medezeggenschapsraad"),
    ("p", "De MR bestaat uit drie ouders en drie personeelsleden. De directeur is bij het eerste deel van "
          "elke vergadering aanwezig. We betrekken de MR zo vroeg mogelijk bij nieuwe plannen, dus al "
          "voordat er een voorstel ligt. Zo dacht de MR in 2022-2023 mee over het nieuwe continurooster "
          "en over de opzet van dit schoolplan, en namen twee MR-leden deel aan de werkgroep die het "
          "communicatieplan opstelde. Elk jaar stellen MR en directeur samen een jaarplanning op met de "
          "onderwerpen waarover de MR advies of instemming geeft."),
    ("h2", "10.3 Partners in en om de school"),
    ("p", "In ons gebouw zit ook kinderopvang De Boomhut, met een peutergroep en een BSO. Met de "
          "peutergroep werken we aan een doorgaande lijn: pedagogisch medewerkers en kleuterleerkrachten "
          "stemmen de thema's op elkaar af, en bij de overgang naar groep 1 is er een warme overdracht. "
          "Verder werken we samen met:"),
    ("bullets", [
        "de bibliotheek in Almere Haven (bibliotheek op school, leesconsulent, VoorleesExpress);",
        "het wijkteam en de schoolmaatschappelijk werker, die op dinsdagochtend een inloopspreekuur "
        "houdt in de school;",
        "de jeugdarts en jeugdverpleegkundige van de GGD;",
        "de sportcoaches van de gemeente, die naschoolse sportclinics verzorgen;",
        "het buurthuis en het verzorgingshuis aan de overkant, waar de groepen 7 en 8 hun "
        "maatschappelijke projecten doen.",
    ]),
    ("p", "Met de wijkagent hebben we drie keer per jaar overleg over de veiligheid rond de school."),
    ("h2", "10.4 Meewerken aan oplossingen voor de stad"),
    ("p", "Het lerarentekort raakt ook ons. Samen met de andere Almeerse schoolbesturen en de gemeente "
          "werken we mee aan de regionale aanpak: De Lepelaar is opleidingsschool in het partnerschap "
          "Samen Opleiden Almere, we bieden elk jaar minimaal vier stageplekken aan pabostudenten en twee "
          "plekken voor zij-instromers. Daarnaast doen we mee aan het gemeentelijke programma tegen "
          "onderwijsachterstanden: met die middelen bieden we in de groepen 1 en 2 extra taalaanbod en in "
          "de zomer een zomerschool voor kinderen met een taalachterstand."),
    ("table", TABEL_KOP, [
        ["Ouders zijn betrokken bij het leren van hun kind",
         "Startgesprekken; kind aanwezig vanaf groep 6; oefentips in de nieuwsbrief",
         "Vanaf 2023-2024", "Leerkrachten",
         "In 2024-2025 is 95% van de ouders bij het startgesprek aanwezig (2022-2023: 81%)"],
        ["De MR denkt vroeg mee over beleid",
         "Jaarplanning MR; MR-leden in werkgroepen",
         "September van elk jaar", "Directeur, voorzitter MR",
         "Jaarplanning vastgesteld in september"],
        ["Doorgaande lijn met de peutergroep",
         "Thema's afstemmen; warme overdracht",
         "2023-2024 en 2024-2025", "Specialist jonge kind",
         "Voor 100% van de instromende peuters is er een warme overdracht"],
        ["Bijdrage aan de aanpak van het lerarentekort",
         "Stageplekken; plekken voor zij-instromers",
         "Jaarlijks", "Schoolopleider",
         "Elk jaar minimaal vier pabostagiaires en twee zij-instromers"],
    ]),

    # ------------------------------------------------------------------ 11
    ("h1", "11. Geld, gebouw en schooltijden"),
    ("p", "De financiën van de school zijn op orde. We ontvangen onze middelen via ASG. De begroting "
          "wordt jaarlijks opgesteld door de directeur en besproken met de MR. Voor vernieuwing "
          "reserveren we jaarlijks ongeveer 15.000 euro, de komende twee jaar vooral voor de inrichting "
          "van de leerpleinen. De NPO-middelen zijn tot en met 2024-2025 ingezet voor extra "
          "onderwijsassistentie."),
    ("p", "Het gebouw is in 2019 gerenoveerd en is goed toegankelijk voor rolstoelen. De ventilatie op "
          "de eerste verdieping is een aandachtspunt; ASG pakt dit in 2025 aan."),
    ("p", "Sinds 2023-2024 werken we met een continurooster. Alle groepen gaan op maandag, dinsdag, "
          "donderdag en vrijdag van 8.30 tot 14.15 uur naar school en op woensdag van 8.30 tot 12.30 uur."),

    # ------------------------------------------------------------------ 12
    ("h1", "12. Colofon en ondertekening"),
    ("p", "Schoolplan 2023-2027 van OBS De Lepelaar, Lepelaarpad 12, 1353 KL Almere Haven. "
          "Telefoon 036 000 1234, info@obsdelepelaar.nl. BRIN 99LP."),
    ("p", "Directeur: Marieke van Dalen. Bevoegd gezag: College van Bestuur van de Almeerse Scholen "
          "Groep."),
    ("h2", "Instemming medezeggenschapsraad"),
    ("p", "De medezeggenschapsraad van OBS De Lepelaar heeft op 13 juni 2023 ingestemd met dit "
          "schoolplan."),
    ("p", "Namens de MR: Sandra Bouali, voorzitter"),
    ("h2", "Vaststelling"),
    ("p", "Het College van Bestuur van ASG heeft dit schoolplan vastgesteld op 5 juli 2023."),
    ("p", "Handtekening directeur: ______________________"),
    ("p", "Handtekening College van Bestuur: ______________________"),
]


def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _paginanummer(paragraph):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def _tabel(doc, kop, rijen):
    table = doc.add_table(rows=1, cols=len(kop))
    table.style = "Table Grid"
    for cel, tekst in zip(table.rows[0].cells, kop):
        cel.text = ""
        run = cel.paragraphs[0].add_run(tekst)
        run.bold = True
    for rij in rijen:
        cellen = table.add_row().cells
        for cel, tekst in zip(cellen, rij):
            cel.text = tekst
    # kopregel herhalen op elke pagina
    trpr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)
    doc.add_paragraph()


def build(path: pathlib.Path) -> None:
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    props = doc.core_properties
    props.title = f"{TITEL} {SCHOOL}"
    props.author = "Marieke van Dalen"
    props.created = datetime.datetime(2023, 7, 5, 10, 0, 0)
    props.modified = datetime.datetime(2023, 7, 5, 10, 0, 0)
    props.revision = 1

    section = doc.sections[0]
    section.header.paragraphs[0].text = f"{SCHOOL} | {TITEL}"
    voet = section.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Pagina ")
    _paginanummer(voet)

    # voorblad
    for soort, tekst in VOORBLAD:
        if soort == "title":
            p = doc.add_paragraph(tekst, style="Title")
        elif soort == "sub":
            p = doc.add_paragraph()
            run = p.add_run(tekst)
            run.bold = True
            run.font.size = Pt(20)
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        else:
            p = doc.add_paragraph(tekst)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # inhoudsopgave (getypt)
    p = doc.add_paragraph()
    run = p.add_run("Inhoudsopgave")
    run.bold = True
    run.font.size = Pt(16)
    for regel in INHOUD:
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for blok in BLOKKEN:
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
        elif soort == "table":
            _tabel(doc, blok[1], blok[2])
        else:
            raise ValueError(soort)

    doc.save(str(path))


if __name__ == "__main__":
    import sys

    build(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "plan_01_lepelaar.docx"))
