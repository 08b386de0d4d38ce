"""Schoolplan 2025-2029 van CBS De Hysop (Almere Haven), vrijwel geheel in opsommingen.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VASTE_DATUM = datetime.datetime(2025, 7, 4, 14, 30, 0)


def _taal_nl(doc):
    rpr = doc.styles.element.find(qn("w:docDefaults"))
    if rpr is None:
        return
    rpr = rpr.find(qn("w:rPrDefault"))
    if rpr is None:
        return
    rpr = rpr.find(qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.size = Pt(9)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, txt, end):
        run._r.append(el)


def kop(doc, tekst, niveau):
    doc.add_heading(tekst, level=niveau)


def punten(doc, lijst):
    for item in lijst:
        doc.add_paragraph(item, style="List Bullet")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(10)
    sectie = doc.sections[0]
    sectie.top_margin = Cm(2)
    sectie.bottom_margin = Cm(2)
    _paginanummer(sectie)

    cp = doc.core_properties
    cp.title = "Schoolplan De Hysop"
    cp.author = "Directie CBS De Hysop"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_modified_by = "H. Bosma"

    doc.add_paragraph("Schoolplan CBS De Hysop 2025-2029", style="Title")
    doc.add_paragraph(
        "Christelijke basisschool De Hysop, Almere Haven. Dit plan loopt van augustus 2025 tot en met juli 2029. "
        "We hebben het bewust kort en puntsgewijs gehouden, zodat het team en de ouders het echt lezen. De "
        "uitwerking per jaar staat in het jaarplan.")

    # ------------------------------------------------------------ school
    kop(doc, "Onze school", 1)
    punten(doc, [
        "Protestants-christelijke basisschool in de Centrumwijk van Almere Haven, onderdeel van de Almeerse "
        "Scholen Groep (ASG).",
        "BRIN 14PK; directeur Hester Bosma, intern begeleider Ruben Sijtsma.",
        "236 leerlingen op 1 oktober 2024, verdeeld over 10 groepen; 21 medewerkers (15,8 fte).",
        "Ongeveer een derde van de kinderen komt uit een christelijk gezin, een derde heeft een andere "
        "godsdienst (vooral islam en hindoeïsme) en een derde is niet gelovig.",
        "Schoolweging 30,4: een gemiddelde populatie met een flinke groep kinderen met een taalachterstand.",
        "In het gebouw zitten ook een peuteropvang en een buitenschoolse opvang.",
        "Inspectie: basisarrangement, laatste bezoek november 2022.",
    ])

    kop(doc, "Waar wij voor staan", 1)
    punten(doc, [
        "Onze naam komt uit Psalm 51: de hysop is een klein, taai plantje dat in de Bijbel staat voor een nieuw "
        "begin. Ieder kind mag bij ons elke dag opnieuw beginnen.",
        "We beginnen en eindigen elke dag met een moment van stilte, gebed of een lied.",
        "Voor levensbeschouwing werken we met Kind op Maandag.",
        "Kerst en Pasen vieren we met de hele school, om het jaar in de kerk van de Protestantse Gemeente "
        "Almere-Haven.",
        "Iedereen is welkom, ook wie niet gelooft of een ander geloof heeft. We vragen alle ouders wel om de "
        "christelijke identiteit te respecteren.",
    ])

    kop(doc, "Terugblik 2021-2025", 1)
    punten(doc, [
        "Gelukt: nieuwe rekenmethode Getal & Ruimte Junior ingevoerd en goed geborgd.",
        "Gelukt: de Kanjertraining staat; het aantal pestmeldingen daalde van 14 (2021-2022) naar 5 (2023-2024).",
        "Gelukt: de maakplaats is ingericht met geld van de ouderraad en een bijdrage uit het cultuurbudget.",
        "Niet gelukt: begrijpend lezen bleef achter; het percentage 2F lezen schommelde tussen 52% en 58%.",
        "Niet gelukt: het ziekteverzuim liep op, vooral door twee langdurig zieke collega's.",
        "Geleerd: we namen te veel tegelijk hooi op de vork. In dit plan kiezen we per jaar hoogstens drie "
        "grote veranderingen.",
    ])

    # ------------------------------------------------------------ kernwaarden
    kop(doc, "Kernwaarden", 1)
    doc.add_paragraph(
        "ASG heeft vier kernwaarden. Hieronder staat per kernwaarde wat dat bij ons betekent en welke doelen we "
        "onszelf stellen.")

    kop(doc, "Gezien worden", 2)
    kop(doc, "Wat we doen", 3)
    punten(doc, [
        "Iedereen op De Hysop is waardevol en wordt gezien.",
        "Elke maandagochtend is er van 8.15 tot 8.45 uur inloop: ouders lopen mee de klas in en kijken naar werk "
        "van hun kind.",
        "Eens per maand een koffieochtend voor ouders met de directeur, met af en toe een thema (bijvoorbeeld "
        "schermgebruik, voorlezen).",
        "Nieuwe ouders krijgen een rondleiding door twee leerlingen uit groep 8 en een welkomstpakketje.",
        "Kinderen uit groep 3 tot en met 8 hebben twee keer per jaar een kindgesprek met de eigen leerkracht over "
        "hoe het gaat en wat ze nodig hebben.",
        "Sociaal-emotionele ontwikkeling volgen we met ZIEN!, twee keer per jaar; groepen 5 tot en met 8 vullen "
        "ook zelf de leerlingvragenlijst in.",
    ])
    kop(doc, "Doelen", 3)
    punten(doc, [
        "2026: de inloop op maandag is uitgebreid naar de donderdagmiddag voor werkende ouders.",
        "2027: in de oudertevredenheidspeiling scoort 'ik voel me welkom op school' minstens 8,5 (2024: 8,1).",
        "2028: alle kindgesprekken worden kort vastgelegd in ParnasSys en meegenomen in de groepsbespreking.",
    ])

    kop(doc, "Open", 2)
    kop(doc, "Wat we doen", 3)
    punten(doc, [
        "We werken in alle groepen met de Kanjertraining; alle leerkrachten hebben licentie B, de intern "
        "begeleider licentie C.",
        "Onze vijf gouden regels hangen in elke klas en in de hal.",
        "Ouders krijgen elke twee weken een nieuwsbrief via Parro; de jaarkalender staat voor de zomer online.",
        "Bij rapportgesprekken vanaf groep 5 is het kind erbij.",
        "In groep 6 tot en met 8 besteden we in Kind op Maandag en Blink ook aandacht aan andere "
        "wereldgodsdiensten; groep 7 bezoekt jaarlijks de moskee en de kerk in Almere Haven.",
        "Leerlingen vertellen in de klas over feesten die ze thuis vieren, zoals het Suikerfeest en Divali.",
    ])
    kop(doc, "Doelen", 3)
    punten(doc, [
        "2026: Kanjertraining wordt opnieuw doorgelicht met een teamtraining; alle nieuwe collega's halen "
        "licentie A binnen een jaar.",
        "2027: belangrijke brieven zijn er ook in eenvoudige taal; bij gesprekken gebruiken we zo nodig een tolk.",
        "2027: 90% van de ouders vindt de informatie van school duidelijk (2024: 78%).",
    ])

    kop(doc, "Vooruitstrevend", 2)
    kop(doc, "Wat we doen", 3)
    punten(doc, [
        "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        "Wereldoriëntatie geven we met Blink Wereld, in thema's met onderzoekend en ontwerpend leren.",
        "Sinds 2024 hebben we een maakplaats met een 3D-printer, lasersnijder en programmeerbare robots "
        "(Bee-Bots en micro:bits).",
    ])
    kop(doc, "Doelen", 3)
    punten(doc, [
        "2026: elke groep werkt per schooljaar minstens drie thema's af met een eigen ontwerp in de maakplaats.",
        "2027: groep 5 tot en met 8 presenteren hun onderzoeksthema aan ouders op een 'Hysop-expo' in juni.",
    ])

    kop(doc, "Ambitieus", 2)
    kop(doc, "Wat we doen", 3)
    punten(doc, [
        "We verwachten van elk kind groei en bespreken dat ook met het kind zelf.",
        "Doelen voor lezen en rekenen leggen we per groep vast na elke toetsperiode.",
        "Kinderen die meer aankunnen gaan één ochtend per week naar de plusklas 'Het Denkhuis'.",
        "Het schooladvies in groep 8 komt tot stand op basis van gegevens uit groep 6, 7 en 8; bij twijfel kiezen "
        "we het hogere advies.",
    ])
    kop(doc, "Doelen", 3)
    punten(doc, [
        "Elk jaar: minstens 96% van de leerlingen in groep 8 haalt 1F voor lezen, taalverzorging en rekenen.",
        "2027: 2F/1S lezen minstens 65% (2024: 58%); rekenen 1S minstens 40% (2024: 33%).",
        "2029: beide percentages liggen boven de signaleringswaarde die past bij onze schoolweging.",
    ])

    # ------------------------------------------------------------ vensters
    kop(doc, "Vensters", 1)

    kop(doc, "Venster 1: Goed onderwijs", 2)
    kop(doc, "Aanbod", 3)
    punten(doc, [
        "Methodes: Veilig leren lezen (KIM-versie) in groep 3, Staal voor taal en spelling, Getal & Ruimte Junior "
        "voor rekenen, Nieuwsbegrip voor begrijpend lezen, Blink Wereld voor wereldoriëntatie.",
        "Groep 1-2 werkt met thema's en de leerlijnen van Onderbouwd.",
        "Vanaf groep 4 verwerken kinderen rekenen en spelling deels op Snappet.",
        "Elke dag minimaal 20 minuten vrij lezen; de schoolbibliotheek wordt beheerd samen met de Nieuwe "
        "Bibliotheek.",
        "Vakleerkracht bewegingsonderwijs voor groep 3 tot en met 8, twee lessen per week.",
        "Cultuureducatie met de cultuurmenukaart van Almere: elke groep twee voorstellingen of workshops per jaar.",
    ])
    kop(doc, "Wat we vernieuwen", 3)
    punten(doc, [
        "2025-2026: een leerlijn digitale geletterdheid voor groep 1 tot en met 8, met lessen uit Basicly en "
        "aandacht voor mediawijsheid.",
        "2026-2027: alle leerkrachten geven instructie volgens het EDI-model (expliciete directe instructie).",
        "2026-2027: keuze voor een nieuwe methode voor technisch lezen in groep 4 tot en met 6; invoering in "
        "2027-2028.",
    ])
    kop(doc, "Burgerschap", 3)
    punten(doc, [
        "Kinderraad met twee kinderen uit elke groep vanaf groep 5; vergadert zes keer per jaar met de directeur.",
        "Groep 7 bezoekt het stadhuis en speelt een gemeenteraadsvergadering na.",
        "Groep 8 doet mee aan de Week van het geld en aan een project over de Tweede Wereldoorlog met een "
        "bezoek aan het Verzetsmuseum in Amsterdam.",
        "Elk jaar een goede-doelenactie die de kinderraad kiest en organiseert.",
        "In de Kanjerlessen en Kind op Maandag oefenen we met respectvol van mening verschillen.",
    ])
    kop(doc, "Veiligheid", 3)
    punten(doc, [
        "Jaarlijkse monitor sociale veiligheid (ZIEN!-leerlingvragenlijst) in groep 5 tot en met 8.",
        "Anti-pestcoördinator: de intern begeleider; vertrouwenspersoon: een leerkracht uit de bovenbouw.",
        "Pestprotocol en protocol meldcode zijn in 2024 vernieuwd en staan op de website.",
        "Pleinwacht met vier volwassenen in de grote pauze, met vaste plekken op het plein.",
    ])
    kop(doc, "Ondersteuning", 3)
    punten(doc, [
        "Toetsen: Boom LVS twee keer per jaar, DMT en AVI voor technisch lezen.",
        "Groepsbesprekingen drie keer per jaar, leerlingbesprekingen zo vaak als nodig.",
        "Schoolondersteuningsprofiel vernieuwd in maart 2025.",
        "Wat we bieden: dyslexiebegeleiding met Bouw! in groep 2 tot en met 4, extra leesinstructie in kleine "
        "groepen, de plusklas, een rustplek in elke bouw.",
        "Waar onze grens ligt: kinderen die de hele dag één-op-één-begeleiding nodig hebben, of bij wie het gedrag "
        "de veiligheid van andere kinderen langdurig in gevaar brengt. We zoeken dan samen met het "
        "samenwerkingsverband een passende plek.",
    ])
    kop(doc, "Kwaliteitszorg", 3)
    punten(doc, [
        "We gebruiken WMK-PO: elk jaar vier kwaliteitskaarten, zodat alle standaarden in vier jaar aan bod komen.",
        "Na elke toetsperiode een trendanalyse per groep en per vak, besproken in het team.",
        "Jaarplan in augustus, evaluatie in juni, jaarverslag in september.",
        "Klassenbezoeken door directeur en ib'er: elke leerkracht minstens twee keer per jaar, met de kijkwijzer "
        "EDI.",
        "Kwartaalrapportage aan het bestuur.",
    ])
    kop(doc, "Doelen venster 1", 3)
    punten(doc, [
        "2026: bij het volgende vierjaarlijks onderzoek van de inspectie blijft het oordeel voldoende, zonder "
        "onvoldoende standaarden.",
        "2026: leerlijn digitale geletterdheid ingevoerd in alle groepen.",
        "2027: bij 90% van de klassenbezoeken zijn alle EDI-stappen zichtbaar.",
        "2027: interne audit door een team van een andere ASG-school, met onze trendanalyses als focus.",
        "2028: nieuwe methode technisch lezen ingevoerd; DMT-resultaten groep 4 tot en met 6 op of boven het "
        "landelijk gemiddelde.",
    ])

    kop(doc, "Venster 2: Personeel", 2)
    kop(doc, "Wat we doen", 3)
    punten(doc, [
        "Teamscholing EDI in 2025-2026 en 2026-2027, gegeven door een extern trainer (zes bijeenkomsten).",
        "Elke leerkracht volgt in de planperiode minstens één cursus van de ASG Academie die past bij het eigen "
        "ontwikkeldoel.",
        "Gesprekscyclus: een startgesprek in september, een klassenbezoek en een ontwikkelgesprek in het voorjaar, "
        "om de drie jaar een beoordelingsgesprek.",
        "Onze zij-instromer in groep 5 heeft een vaste coach en een vrije middag per week voor de opleiding.",
        "Elk jaar begeleiden we minstens twee pabo-studenten en één LIO-stagiair.",
        "Werkdrukmiddelen gaan naar een onderwijsassistent voor de onderbouw en een vakleerkracht muziek.",
        "Een ziekgemelde collega wordt binnen twee dagen gebeld door de directeur.",
    ])
    kop(doc, "Doelen venster 2", 3)
    punten(doc, [
        "2026: onze zij-instromer is bevoegd.",
        "2026: alle medewerkers hebben een volledig doorlopen gesprekscyclus in het personeelsdossier.",
        "2027: ziekteverzuim onder de 5% (2024: 6,2%).",
        "2028: in de medewerkerspeiling scoort werkdruk minstens 7 (2024: 6,3).",
    ])

    kop(doc, "Venster 3: Samen binnen ASG", 2)
    punten(doc, [
        "Vanaf 2026 jaarlijks een gezamenlijke studiedag met twee andere ASG-scholen in Almere Haven, met "
        "workshops door leerkrachten van de drie scholen.",
        "Collega's gaan mee naar de lezingen van ASG als het onderwerp aansluit bij ons jaarplan.",
    ])

    kop(doc, "Venster 4: Partnerschap", 2)
    kop(doc, "Ouders", 3)
    punten(doc, [
        "Startgesprek in september met ouders en kind, daarna twee keer per jaar een rapportgesprek.",
        "Ouders van groep 1-2 krijgen per thema een Parro-bericht met tips om thuis mee te doen.",
        "Voorleesouders in groep 1 tot en met 4 en hulpouders bij de maakplaats.",
        "De ouderraad organiseert samen met het team de vieringen en het schoolreisje.",
    ])
    kop(doc, "MR", 3)
    punten(doc, [
        "De MR heeft zes leden: drie ouders en drie medewerkers, en vergadert zes keer per jaar.",
        "De MR denkt in 2026-2027 mee over de keuze van de methode voor technisch lezen en in 2027 over de "
        "tussenevaluatie van dit plan.",
    ])
    kop(doc, "Partners", 3)
    punten(doc, [
        "Protestantse Gemeente Almere-Haven: vieringen, de predikant verzorgt twee keer per jaar een weekopening.",
        "Peuteropvang en bso in ons gebouw: warme overdracht van peuters naar groep 1 en gezamenlijke thema's.",
        "Nieuwe Bibliotheek: schoolbibliotheek, leesconsulent, voorleeswedstrijd.",
        "Wijkteam Haven en schoolmaatschappelijk werk: spreekuur op school elke dinsdag.",
        "Sportcoach van de gemeente: naschools sportaanbod op het schoolplein op woensdagmiddag.",
        "Zorgcentrum in de wijk: groep 6 bezoekt de bewoners rond Kerst en Pasen met liedjes en zelfgemaakte "
        "kaarten.",
    ])
    kop(doc, "Doelen venster 4", 3)
    punten(doc, [
        "2026: 95% van de ouders komt naar het startgesprek (2024: 87%).",
        "2027: in de oudertevredenheidspeiling is 'ik weet hoe ik mijn kind thuis kan helpen' gestegen naar 7,5 "
        "(2024: 6,7).",
        "2027: afspraken met de peuteropvang over een gezamenlijk overdrachtsformulier zijn vastgelegd.",
        "2028: het spreekuur van het wijkteam wordt door minstens 30 gezinnen per jaar gebruikt.",
    ])

    # ------------------------------------------------------------ planning
    kop(doc, "Planning in het kort", 1)
    punten(doc, [
        "2025-2026: leerlijn digitale geletterdheid, start EDI-scholing, inloop op donderdag, start gezamenlijke "
        "studiedag ASG-scholen Haven.",
        "2026-2027: vervolg EDI, keuze methode technisch lezen, eerste Hysop-expo, brieven in eenvoudige taal.",
        "2027-2028: interne audit, invoering methode technisch lezen, tussenevaluatie plan.",
        "2028-2029: evaluatie van alle doelen, voorbereiding nieuw schoolplan.",
    ])

    kop(doc, "Hoe dit plan tot stand kwam", 1)
    punten(doc, [
        "Teambijeenkomsten in januari en maart 2025 over de kernwaarden en de vensters.",
        "Kinderraad gevraagd wat zij willen veranderen (meer maakplaats, een rustiger plein).",
        "Concept besproken met de MR op 20 mei 2025; de MR heeft suggesties gedaan voor de doelen bij ouders.",
        "Vastgesteld door de directie op 1 juli 2025.",
    ])

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_212_cbs_de_hysop.docx")
