"""Schoolplan 2025-2029 van Vmbo De Werf, een openbare vmbo-school (VO, basis- en kaderberoepsgerichte en
gemengde leerweg, 704 leerlingen) in Almere Buiten.

Ontwerp: het plan is een lijst van twaalf genummerde speerpunten (Heading 2) onder vier eigen thema's
(Heading 1). Elk speerpunt heeft de vaste regels 'Waarom', 'Wat gaan we doen', 'Wanneer klaar' en
'Eigenaar' als vetgedrukte Normal-alinea's, met de tekst eronder. De kernwaarden en vensters van de
koers worden nergens genoemd; een aantal speerpunten raakt ze in de eigen woorden van de school.
Drie speerpunten zijn vaag ('dit werken we in het jaarplan uit'). Kort vooraf: schoolprofiel,
onderwijsaanbod en planperiode. Slot: instemming van de MR op 2 juli 2025.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl_stijlen


def _p(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


def _label(doc, tekst):  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    par.add_run(tekst).bold = True
    par.paragraph_format.space_after = Pt(0)
    return par


def _speerpunt(doc, nummer, titel, waarom, wat, wanneer, eigenaar):  # type: ignore[no-untyped-def]
    doc.add_heading(f"{nummer}. {titel}", level=2)
    for label, teksten in (("Waarom", waarom), ("Wat gaan we doen", wat), ("Wanneer klaar", wanneer),
                           ("Eigenaar", eigenaar)):
        _label(doc, label)
        for tekst in teksten if isinstance(teksten, list) else [teksten]:
            _p(doc, tekst)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Vmbo De Werf - Schoolplan 2025-2029 - "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    _p(doc, "Vmbo De Werf, Almere Buiten")
    _p(doc, "Twaalf speerpunten voor de vakmensen van morgen")

    # ------------------------------------------------------------------ vooraf
    doc.add_heading("Vooraf", level=1)
    _label(doc, "Onze school")
    _p(doc, "Vmbo De Werf is een openbare vmbo-school van de Almeerse Scholen Groep in Almere Buiten. Op "
            "1 oktober 2024 hadden we 704 leerlingen in de basisberoepsgerichte leerweg (BB, 251), de "
            "kaderberoepsgerichte leerweg (KB, 298) en de gemengde leerweg (GL, 155). Bijna vier op de tien "
            "leerlingen krijgen leerwegondersteuning. Er werken 71 mensen op De Werf, onder wie 54 "
            "docenten en 9 instructeurs in de praktijklokalen.")
    _p(doc, "Dit schoolplan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het is geschreven door de "
            "schoolleiding met de sectievoorzitters, na twee teambijeenkomsten in februari en april 2025.")
    _label(doc, "Ons onderwijs")
    _p(doc, "In leerjaar 1 en 2 zitten leerlingen in klassen van maximaal 20 (BB) of 24 leerlingen (KB en "
            "GL). De mentor geeft in de eigen klas minstens vier uur les. Naast de algemene vakken hebben "
            "alle leerlingen vier Werfuren per week, waarin ze in blokken van acht weken kennismaken met "
            "onze vier profielen: Bouwen, wonen en interieur (BWI); Produceren, installeren en energie "
            "(PIE); Zorg en welzijn (Z&W) en Economie en ondernemen (E&O). Aan het eind van leerjaar 2 "
            "kiezen ze hun profiel, na een keuzegesprek met mentor en decaan.")
    _p(doc, "In leerjaar 3 en 4 volgen leerlingen het examenprogramma van hun leerweg: de algemene vakken, "
            "het profielvak en vier beroepsgerichte keuzevakken. In leerjaar 3 lopen alle leerlingen twee "
            "weken stage. De loopbaanactiviteiten (beroepentest, voorlichtingsdagen op het mbo, gesprekken) houden "
            "leerlingen bij in hun Werf-paspoort. De onderbouwkerndoelen hebben we per vak in een "
            "dekkingsoverzicht gezet, dat elke sectie jaarlijks in juni nakijkt.")
    _label(doc, "Hoe dit plan werkt")
    _p(doc, "We kiezen voor twaalf speerpunten onder vier thema's. Bij elk speerpunt staat waarom we het "
            "doen, wat we gaan doen, wanneer het klaar is en wie eigenaar is. De uitwerking per jaar staat "
            "in het jaarplan.")

    # ------------------------------------------------------------------ thema 1
    doc.add_heading("Thema 1: Vakmanschap in elke les", level=1)
    _speerpunt(
        doc, 1, "Leren met echte opdrachten: de Vakdag",
        "Onze leerlingen leren het best als ze iets maken dat ertoe doet. In de leerlingenquête van maart "
        "2024 zei 61 procent van de leerlingen in leerjaar 3 dat de profielvakken 'te veel op school "
        "lijken'. Bij de stages zien we het omgekeerde: leerlingen die op school weinig uitvoeren, staan bij "
        "een echte opdrachtgever om half acht klaar.",
        ["Vanaf schooljaar 2026-2027 is de woensdag voor leerjaar 3 en 4 een Vakdag. Leerlingen werken in "
         "groepjes met leerlingen uit verschillende profielen aan een opdracht van een echte opdrachtgever "
         "uit Almere: een tuinhuis voor een speeltuinvereniging, een beweegmiddag voor de bewoners van "
         "woonzorgcentrum Buitenhof, een pop-upwinkel in winkelcentrum Buiten. Elke opdracht heeft drie "
         "beoordelingsmomenten: het plan, het product en de presentatie aan de opdrachtgever. Onderdelen "
         "van de profielmodules sluiten leerlingen op de Vakdag af, en die tellen mee in het PTA.",
         "Leerlingen kiezen per periode uit drie opdrachten, en twee keer per jaar mag een groep zelf een "
         "opdrachtgever aandragen: de sportclub, de buurtsuper waar iemand een bijbaan heeft, de "
         "kapper van een oom. In 2025-2026 proberen we de Vakdag uit met twee klassen PIE en BWI."],
        "Pilot in 2025-2026; alle klassen van leerjaar 3 en 4 vanaf augustus 2026. Evaluatie met "
        "leerlingen en opdrachtgevers in juni 2027: minstens 75 procent van de leerlingen geeft de Vakdag "
        "een 7 of hoger.",
        "Erik Hoekstra, teamleider bovenbouw")
    _speerpunt(
        doc, 2, "Taal in elk vak",
        "Veel leerlingen lopen vast op de teksten in de profielvakken en bij het examen. Lezen is de sleutel "
        "tot alles.",
        "Dit werken we in het jaarplan uit.",
        "In de loop van de planperiode.",
        "Taalcoördinator")
    _speerpunt(
        doc, 3, "Digitaal en duurzaam vakmanschap",
        "Bedrijven in Almere vragen om vakmensen die een warmtepomp kunnen aansluiten, een zonnepaneel "
        "kunnen vervangen en in een digitaal zorgdossier kunnen werken. Onze profielmodules lopen daar nu "
        "op achter, en onze leerlingen zijn handiger met hun telefoon dan met een computer.",
        ["In leerjaar 1 en 2 komt het Digi-uur: één uur per week, met zes modules (veilig online, "
         "informatie zoeken en beoordelen, tekstverwerken en presenteren, rekenen met een spreadsheet, "
         "programmeren van een microcontroller, en een eigen digitaal project). Vanaf 2026 bieden we het "
         "keuzevak Duurzame installatietechniek aan in PIE en vanaf 2027 het keuzevak Zorg en technologie "
         "(domotica, digitale dossiers) in Z&W.",
         "Elk jaar in juni houdt iedere profielsectie een curriculumschouw: een bedrijf of instelling uit "
         "het werkveld kijkt een middag mee naar het programma, en de sectie past op basis daarvan ten "
         "minste één module aan voor het volgende schooljaar."],
        "Digi-uur leerjaar 1 vanaf augustus 2025, leerjaar 2 vanaf augustus 2026. Keuzevakken zoals "
        "hierboven. Eerste curriculumschouw in juni 2026.",
        "Jamal Bouzid, sectievoorzitter PIE, met de ICT-coördinator")

    # ------------------------------------------------------------------ thema 2
    doc.add_heading("Thema 2: Iedereen hoort erbij", level=1)
    _speerpunt(
        doc, 4, "Binnenkomen op De Werf",
        "Veel brugklassers komen van een basisschool met tweehonderd leerlingen en zijn bang om bij ons 'een "
        "nummer' te worden. In de leerlingenquête van 2024 zei 68 procent dat minstens één volwassene op "
        "school hen echt kent. Ook bezoekers, zoals ouders, stagebedrijven en nieuwe collega's, zeiden in "
        "2024 dat ze bij de hoofdingang niet wisten waar ze heen moesten.",
        ["Elke ochtend tussen 8.15 en 8.30 uur staan twee mentoren en een teamleider bij de ingang en "
         "begroeten leerlingen bij naam. Iedere mentor voert elke drie weken met iedere mentorleerling een "
         "vijfminutengesprek: hoe gaat het, wat gaat goed, waar loop je tegenaan? In leerjaar 1 heeft iedere "
         "klas twee mentoren en een buddy uit leerjaar 3.",
         "De receptie wordt verbouwd tot een ontvangstbalie die mede bemand wordt door leerlingen van E&O, "
         "als onderdeel van hun module over receptie en klantcontact. Zij ontvangen bezoekers en brengen "
         "hen naar de juiste ruimte. Nieuwe collega's krijgen in hun eerste week een rondleiding door "
         "leerlingen en een vaste maatje-collega voor het eerste halfjaar."],
        "Begroeting en vijfminutengesprek vanaf 1 september 2025. Ontvangstbalie in januari 2026. In de "
        "leerlingenquête van 2027 zegt 85 procent dat minstens één volwassene op school hen echt kent.",
        "Nadia Rachidi, teamleider onderbouw")
    _speerpunt(
        doc, 5, "Ondersteuning die past",
        "Bijna vier op de tien leerlingen krijgen leerwegondersteuning, en steeds meer leerlingen hebben "
        "meer dan één hulpvraag tegelijk. Ons schoolondersteuningsprofiel dateert van 2019 en beschrijft "
        "niet meer wat we nu doen.",
        ["We herschrijven het schoolondersteuningsprofiel. Daarin staat wat iedere leerling krijgt: het "
         "mentoruur, de huiswerkklas op maandag tot en met donderdag, remedial teaching bij rekenen en taal "
         "en de faalangsttraining Zelfverzekerd in leerjaar 1. Daarin staat ook wat we extra kunnen bieden: "
         "begeleiding bij dyslexie en dyscalculie, ondersteuning van leerlingen met autisme in kleine "
         "groepen, en De Haven, een plek met twaalf plaatsen voor leerlingen die tijdelijk buiten de klas "
         "moeten werken, met twee begeleiders. En er staat in waar onze grens ligt: bij leerlingen die "
         "structureel één-op-één begeleiding nodig hebben of medische zorg onder lestijd die wij niet kunnen "
         "geven.",
         "Drie keer per jaar houden we per leerjaar een leerlingbespreking: mentor, zorgcoördinator en "
         "teamleider bespreken iedere leerling aan de hand van cijfers, verzuim en wat de leerling in het "
         "vijfminutengesprek heeft verteld. Voor iedere leerling met extra ondersteuning is er een "
         "ontwikkelingsperspectiefplan dat we met de leerling opstellen en twee keer per jaar evalueren."],
        "Leerlingbesprekingen vanaf oktober 2025. Nieuw schoolondersteuningsprofiel vastgesteld in maart "
        "2026.",
        "Petra van Dam, zorgcoördinator")
    _speerpunt(
        doc, 6, "Veilig en fatsoenlijk samenleven",
        "In de veiligheidsmonitor van 2024 voelde 84 procent van de leerlingen zich veilig op school, maar "
        "in de kantine en bij de fietsenstalling maar 71 procent. Er waren 23 schorsingen, vooral na ruzies "
        "die online waren begonnen.",
        ["Samen met zestien leerlingen uit alle leerjaren herschrijven we de schoolregels tot vijf "
         "Werfregels in leerlingentaal. Ze hangen in elk lokaal en worden in de eerste mentorweek besproken. "
         "Na elk incident volgt een herstelgesprek tussen de betrokken leerlingen, geleid door de mentor of "
         "de coördinator leerlingzaken; een schorsing zonder herstelgesprek is er niet meer. Medewerkers "
         "spreken leerlingen op dezelfde manier aan: rustig, apart, met de regel erbij. Dat oefenen we op "
         "de studiedag van oktober 2025. Op de drukke plekken staan in de pauzes vaste surveillanten in een "
         "herkenbaar hesje. We hebben een anti-pestcoördinator en twee vertrouwenspersonen, die in "
         "september alle klassen langsgaan.",
         "In het mentoruur van leerjaar 2 en 3 volgen leerlingen de lessenserie Wie beslist?, over hoe de "
         "democratie en de rechtsstaat werken. Ze voeren een verkiezing voor de leerlingenraad met eigen "
         "partijprogramma's, bezoeken een vergadering van de gemeenteraad van Almere en schrijven in "
         "groepjes een voorstel voor iets wat op school beter kan. De leerlingenraad beheert een eigen "
         "budget van 2.500 euro per jaar voor activiteiten."],
        "Werfregels per 1 januari 2026. In 2027 voelt 90 procent van de leerlingen zich veilig, ook in de "
        "kantine en bij de fietsenstalling. Het aantal schorsingen is in 2027-2028 gehalveerd ten opzichte "
        "van 2023-2024.",
        "Dennis Kok, coördinator leerlingzaken")

    # ------------------------------------------------------------------ thema 3
    doc.add_heading("Thema 3: Een sterk team", level=1)
    _speerpunt(
        doc, 7, "Bevoegd voor de klas",
        "Op 1 oktober 2024 stonden 13 van onze 54 docenten onbevoegd of in opleiding voor de klas, vooral "
        "in de profielvakken. Veel van hen zijn vakmensen uit de bouw, de installatietechniek en de zorg, en "
        "die willen we houden.",
        ["Iedere onbevoegde docent krijgt bij indiensttreding een opleidingsplan, afgestemd met de "
         "tweedegraads lerarenopleiding. De school geeft vier uur studietijd per week, betaalt de helft van "
         "het collegegeld en houdt de studiedag roostervrij. Onze schoolopleider, Inge Smit, coacht iedere "
         "docent in opleiding eens per twee weken en bezoekt zijn of haar lessen.",
         "Met alle medewerkers voeren we elk jaar een startgesprek in september, een lesbezoek door de "
         "teamleider en een jaargesprek in mei; eens in de drie jaar is dat een beoordelingsgesprek. De "
         "afspraken staan in het digitale personeelsdossier."],
        "Eind 2027 staan er nog hoogstens zes onbevoegde docenten voor de klas. Iedere docent in opleiding "
        "is binnen vier jaar na indiensttreding bevoegd. In 2025-2026 zijn alle start- en jaargesprekken "
        "gevoerd en vastgelegd.",
        "Wilma Brouwer, directeur, met de schoolopleider")
    _speerpunt(
        doc, 8, "Werkplezier",
        "Wij willen dat medewerkers erkenning ervaren voor hun professionaliteit en expertise, en dat De "
        "Werf vitale werknemers heeft die hier met plezier werken.",
        "Dit werken we in het jaarplan uit.",
        "Doorlopend.",
        "Directeur")
    _speerpunt(
        doc, 9, "Leren van elkaar",
        "De lessen op De Werf verschillen sterk. In de ene les zijn leerlingen vanaf de eerste minuut aan "
        "het werk, in de andere praat de docent een half uur. We hebben daar als team nooit samen afspraken "
        "over gemaakt.",
        ["We stellen met het hele team de kijkwijzer Een goede Werf-les op, met vijf punten: een duidelijk "
         "doel op het bord, een activerende start, een instructie van hoogstens vijftien minuten, leerlingen "
         "doen het werk, en een afsluiting waarin we nagaan wat er geleerd is. Iedere docent bezoekt per "
         "jaar twee lessen van collega's met deze kijkwijzer en ontvangt er twee.",
         "Per afdeling (onderbouw, BB, KB/GL) werkt een leerteam van zes tot acht docenten een jaar lang aan "
         "één vraag uit de eigen lessen, bijvoorbeeld: hoe krijg ik BB-leerlingen in de eerste vijf minuten "
         "aan het werk? Ieder leerteam leest bij de start twee artikelen of onderzoekssamenvattingen, "
         "probeert iets uit in de eigen klassen en laat in juni op de Werf-leermarkt zien wat werkte en wat "
         "niet.",
         "Iedere docent kiest zelf een persoonlijk ontwikkeldoel voor het jaargesprek en houdt in het "
         "personeelsdossier bij welke cursussen, bijeenkomsten en lesbezoeken daaraan hebben bijgedragen."],
        "Kijkwijzer in december 2025. Leerteams vanaf januari 2026. Eerste Werf-leermarkt in juni 2026. In "
        "2027 heeft 90 procent van de docenten vier lesbezoeken gedaan en ontvangen.",
        "Sanne Verhoef, teamleider KB/GL")

    # ------------------------------------------------------------------ thema 4
    doc.add_heading("Thema 4: Samen met ouders, bedrijven en de stad", level=1)
    _speerpunt(
        doc, 10, "Ouders als partner",
        "Wij willen dat ouders betrokken zijn bij het leerproces van hun kind. Op het vmbo is dat niet "
        "vanzelfsprekend.",
        "Dit werken we in het jaarplan uit.",
        "2027.",
        "Schoolleiding")
    _speerpunt(
        doc, 11, "Vakmensen van de stad: bedrijven en de buurt",
        "Voor de stages in leerjaar 3 en voor de Vakdag hebben we meer leerbedrijven nodig dan we nu "
        "hebben. Tegelijk kunnen we als school in Almere Buiten meer betekenen voor de buurt. En in de "
        "techniek is het tekort aan docenten zo groot dat geen enkele school het alleen oplost.",
        ["We breiden ons netwerk van leerbedrijven en instellingen uit van 85 naar 120, met vaste afspraken "
         "per bedrijf: een aanspreekpunt, een aantal stageplaatsen en één gastles per jaar. Met "
         "woonzorgcentrum Buitenhof, bouwbedrijf Van der Meer en installatiebedrijf Flevo Klimaattechniek "
         "sluiten we een meerjarige samenwerkingsovereenkomst.",
         "Leerlingen van Z&W en E&O organiseren elke maand een lunch voor buurtbewoners in ons "
         "leerrestaurant, en leerlingen van BWI doen via de buurtvereniging kleine klussen bij ouderen in de "
         "wijk.",
         "In het regioplan Sterk Techniekonderwijs Almere werken we met de vmbo-scholen van twee andere "
         "schoolbesturen en met het mbo samen aan het tekort aan techniekdocenten en praktijklokalen. Vanaf "
         "2026 geeft één van onze PIE-docenten één dag per week les op een partnerschool die geen bevoegde "
         "docent installatietechniek kan vinden, en gebruiken leerlingen van de drie scholen ons "
         "installatielab."],
        "Buurtlunch vanaf oktober 2025. Gedeeld installatielab vanaf augustus 2026. 120 leerbedrijven in "
        "2028.",
        "Marco Verbeek, stagecoördinator")
    _speerpunt(
        doc, 12, "Een diploma én een goede start op het mbo",
        "Onze resultaten zijn op orde, maar kwetsbaar. In 2024 slaagde 94 procent van onze leerlingen (BB "
        "97, KB 93, GL 89 procent). De inspectie beoordeelde in 2023 alle afdelingen als voldoende, maar "
        "het onderbouwsucces in BB lag twee jaar op rij net boven de ondergrens. Van de leerlingen die in "
        "2022 naar het mbo gingen, zat 14 procent na een jaar niet meer op de opleiding van hun keuze.",
        ["We leggen de lat hoger. BB-leerlingen die een vak goed beheersen, doen in dat vak examen op "
         "kaderniveau; in 2024 deden 11 leerlingen dat, we willen naar 40 per jaar. Iedere leerling houdt "
         "vanaf leerjaar 1 zijn eigen cijfers en doelen bij in het Werf-paspoort en licht die elke periode "
         "toe in een gesprek met de mentor. Een onvoldoende is bij ons geen eindpunt: wie een toets onder de "
         "5,5 maakt, doet binnen twee weken een herkansing na een verplicht steunuur.",
         "In leerjaar 4 maakt iedere leerling met de decaan een mbo-plan: welke opleiding, waarom, en wat "
         "hij in het laatste jaar nog moet laten zien om daar goed te beginnen."],
        "Vanaf 2026 slaagt per leerweg minstens 95 procent. In 2027-2028 doen 40 BB-leerlingen een vak op "
        "kaderniveau. Voor het examencohort 2027 is de uitval na één jaar mbo lager dan 10 procent.",
        "Wilma Brouwer, directeur, met de examensecretaris")

    # ------------------------------------------------------------------ slot
    doc.add_heading("Vaststelling", level=1)
    _p(doc, "De MR heeft ingestemd met het schoolplan op 2 juli 2025.")
    _p(doc, "Wilma Brouwer, directeur Vmbo De Werf")

    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 7, 2, 12, 0, 0))


if __name__ == "__main__":
    build("plan_38_vmbo_de_werf.docx")
