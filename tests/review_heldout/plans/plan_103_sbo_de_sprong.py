"""Schoolplan 2025-2029 van SBO De Sprong (Almere Poort), ingedeeld naar de standaarden van het
onderzoekskader van de Inspectie, met een verwijstabel naar ASG Koers 22 als bijlage."""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

STEMPEL = datetime.datetime(2025, 6, 20, 9, 0, 0)


# --------------------------------------------------------------------------- Word-hulpjes

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def tabel(doc, kop, rijen, breedtes=None):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=1, cols=len(kop))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, tekst in enumerate(kop):
        cel = table.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
        schaduw = OxmlElement("w:shd")
        schaduw.set(qn("w:val"), "clear")
        schaduw.set(qn("w:color"), "auto")
        schaduw.set(qn("w:fill"), "D9E2F3")
        cel._tc.get_or_add_tcPr().append(schaduw)
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for rij in rijen:
        cellen = table.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    for rij in table.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    if breedtes:
        for rij in table.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return table


def deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
    with open(path, "rb") as f:
        data = f.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=stamp)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as f:
        f.write(uit.getvalue())


def h1(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_heading(tekst, level=1)


def h2(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_heading(tekst, level=2)


def h3(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_heading(tekst, level=3)


def p(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


def bullets(doc, items):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def pagina(doc):  # type: ignore[no-untyped-def]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


DOEL_KOP = ["Nr.", "Doel", "Meetbaar resultaat (nu → streefwaarde)", "Wanneer", "Eigenaar"]
DOEL_BREEDTE = [1.2, 5.2, 4.6, 2.4, 2.6]


# --------------------------------------------------------------------------- inhoud

def voorblad(doc):  # type: ignore[no-untyped-def]
    for _ in range(3):
        doc.add_paragraph()
    titel = doc.add_paragraph("Schoolplan 2025 – 2029", style="Title")
    titel.alignment = WD_ALIGN_PARAGRAPH.LEFT
    sub = doc.add_paragraph()
    r = sub.add_run("SBO De Sprong")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sub2 = doc.add_paragraph()
    r2 = sub2.add_run("Openbare school voor speciaal basisonderwijs · Columbuskwartier, Almere Poort")
    r2.font.size = Pt(12)
    doc.add_paragraph()
    tabel(doc, ["Gegevens", ""], [
        ["Bevoegd gezag", "Almeerse Scholen Groep (ASG)"],
        ["BRIN", "31MK"],
        ["Sector", "Speciaal basisonderwijs (SBO), openbaar"],
        ["Directeur", "Marieke Hoogland"],
        ["Intern begeleider", "Samira El Amrani"],
        ["Leerlingen (1 oktober 2024)", "168 leerlingen in 12 groepen"],
        ["Planperiode", "1 augustus 2025 tot en met 31 juli 2029 (vier schooljaren)"],
        ["Instemming MR", "17 juni 2025"],
        ["Vastgesteld door het bestuur", "1 juli 2025"],
    ], [5.0, 10.0])
    p(doc, "Versie 1.0 – juni 2025")
    pagina(doc)
    h = doc.add_paragraph()
    h.add_run("Inhoud").bold = True
    for regel in [
        "1. Inleiding",
        "2. Onderwijsproces",
        "3. Schoolklimaat",
        "4. Onderwijsresultaten",
        "5. Kwaliteitszorg en ambitie",
        "Bijlage 1. Verwijstabel ASG Koers 22",
        "Bijlage 2. Ondertekening",
    ]:
        p(doc, regel)
    pagina(doc)


def inleiding(doc):  # type: ignore[no-untyped-def]
    h1(doc, "1. Inleiding")
    h2(doc, "1.1 Over dit schoolplan")
    p(doc, "Voor u ligt het schoolplan van SBO De Sprong voor de schooljaren 2025-2026 tot en met 2028-2029. "
           "Wij hebben gekozen voor een indeling volgens de "
           "standaarden van het onderzoekskader van de Inspectie van het Onderwijs: onderwijsproces, "
           "schoolklimaat, onderwijsresultaten en kwaliteitszorg en ambitie. Elk hoofdstuk eindigt met "
           "een tabel met de doelen voor de planperiode. Waar de kernwaarden en vensters van ASG Koers 22 in "
           "dit plan terugkomen, staat in de verwijstabel in bijlage 1.")
    p(doc, "Het plan is in het schooljaar 2024-2025 geschreven door de directeur en de intern begeleider, op basis "
           "van drie teambijeenkomsten (oktober 2024, januari en maart 2025), een ouderpanel van acht ouders in "
           "februari 2025 en twee gesprekken met de kinderraad. De MR heeft het concept in april 2025 besproken; "
           "de opmerkingen zijn verwerkt. De MR heeft op 17 juni 2025 ingestemd met dit schoolplan.")

    h2(doc, "1.2 Onze school")
    p(doc, "SBO De Sprong is de openbare school voor speciaal basisonderwijs in Almere Poort. De school begon in "
           "2012 in een tijdelijke locatie en zit sinds 2016 in een eigen gebouw aan de rand van het "
           "Columbuskwartier, naast het sportpark. Op 1 oktober 2024 telden wij 168 leerlingen in twaalf groepen, "
           "van een instroomgroep (4 tot 6 jaar) tot twee schoolverlatersgroepen. Een groep telt gemiddeld "
           "14 leerlingen. Alle leerlingen zijn bij ons geplaatst met een toelaatbaarheidsverklaring (TLV) van het "
           "samenwerkingsverband Passend Onderwijs Almere. Zij komen uit heel Almere Poort, uit Almere Stad-West "
           "en voor een deel uit Almere Buiten; 71 leerlingen komen met het leerlingenvervoer.")
    p(doc, "De onderwijsbehoeften lopen sterk uiteen. Ongeveer 40 procent van onze leerlingen heeft een langzame "
           "leerontwikkeling, ongeveer een derde heeft een diagnose in het autismespectrum of ADHD en bij een "
           "kwart spelen ernstige taalontwikkelingsproblemen. Bij veel kinderen gaat het om een combinatie. "
           "38 procent van de leerlingen spreekt thuis ook een andere taal dan het Nederlands. Wij zijn de enige SBO-school van ASG.")

    h2(doc, "1.3 Missie en visie")
    p(doc, "Onze missie is: iedere leerling maakt de sprong die bij hem of haar past. Onze visie in vier uitspraken:")
    bullets(doc, [
        "Kinderen leren pas als zij zich veilig voelen. Rust, voorspelbaarheid en een vaste structuur gaan voor.",
        "Wij kijken naar wat een kind nodig heeft, niet naar het etiket dat het meebrengt.",
        "Wij verwachten veel van iedere leerling, ook als het leren moeizaam gaat.",
        "Wij doen het samen: met ouders, met zorgpartners en met de scholen om ons heen.",
    ])

    h2(doc, "1.4 Aansluiting bij Koers 22")
    p(doc, "ASG geeft met Koers 22 de richting aan voor al haar scholen. De kernwaarden van ASG passen bij ons. "
           "Ook op De Sprong is de cultuur gastvrij en voelt iedereen zich welkom. Wij gaan respectvol om met de "
           "mensen binnen en buiten onze school, en iedere dag geven wij het beste van onszelf. De kwaliteit van "
           "ons onderwijs is en blijft op orde. Wij geven ons onderwijs gericht inhoud langs de drie horizonten "
           "van de innovatiestrategie van ASG. In de hoofdstukken hierna staat hoe wij dat op De Sprong uitwerken; "
           "bijlage 1 wijst per kernwaarde en per venster de plaatsen in dit plan aan.")
    pagina(doc)


def onderwijsproces(doc):  # type: ignore[no-untyped-def]
    h1(doc, "2. Onderwijsproces")
    h2(doc, "2.1 Aanbod (OP1)")
    p(doc, "Ons aanbod is gericht op de kerndoelen van het primair onderwijs. Voor taal en rekenen werken wij naar "
           "de referentieniveaus: voor iedere leerling is minimaal 1F aan het eind van de schoolperiode het doel; "
           "voor leerlingen met een uitstroomperspectief vmbo-gt of hoger werken wij naar 2F en 1S. Het "
           "perspectief in het ontwikkelingsperspectiefplan (OPP) bepaalt welke leerlijn een leerling volgt: de "
           "leerlijn praktijkonderwijs, vmbo basis/kader of vmbo-gt (zie 2.2). Wij gebruiken daarvoor de "
           "leerlijnen van Passende perspectieven van SLO.")
    tabel(doc, ["Vak- of vormingsgebied", "Methode of aanpak", "Uren per week (gr. 3-8)"], [
        ["Technisch lezen", "Veilig leren lezen (KIM-versie), daarna Estafette", "5,0"],
        ["Begrijpend lezen", "Nieuwsbegrip, met de eenvoudiger teksten", "1,0"],
        ["Taal en spelling", "Staal", "4,0"],
        ["Rekenen", "Getal & Ruimte Junior, leerlijnen Passende perspectieven", "5,0"],
        ["Wereldoriëntatie en burgerschap", "Blink Wereld, aangevuld met eigen thema's", "2,5"],
        ["Sociaal-emotionele ontwikkeling", "Kwink; Rots en Water (groep 5-8)", "1,5"],
        ["Digitale geletterdheid", "Eigen leerlijn op basis van SLO", "1,0"],
        ["Bewegingsonderwijs", "Vakleerkracht, twee lessen", "2,0"],
        ["Kunst en cultuur", "Cultuurmenu Almere, handvaardigheid, muziek", "1,5"],
        ["Praktisch leren", "Eigen programma (koken, techniek, schooltuin)", "1,0"],
        ["Engels (groep 7-8)", "Groove.me", "0,5"],
    ], [4.5, 7.5, 3.5])
    p(doc, "Sinds augustus 2024 hebben wij vijf gelijke schooldagen van 8.30 tot 14.15 uur. Onze leerlingen krijgen "
           "daarmee 940 uur onderwijs per jaar. In de instroomgroep werken wij met spelhoeken en kringactiviteiten en "
           "volgen wij de ontwikkeling met KIJK!.")
    p(doc, "Wij bereiden leerlingen voor op een wereld waarin zij digitaal handig en praktisch zelfredzaam moeten "
           "zijn. Sinds 2023 hebben wij een eigen leerlijn digitale geletterdheid op basis van het SLO-materiaal: in "
           "groep 4 tot en met 8 één lesuur per week, met programmeren (Bee-Bots, ScratchJr en in de "
           "schoolverlatersgroepen micro:bit), veilig online gedrag en mediawijsheid. De schoolverlatersgroepen "
           "werken daarnaast een dagdeel per week aan praktische vaardigheden: koken in de leskeuken, fietsen in "
           "het verkeer, een boodschap doen met een vast budget en een formulier invullen.")
    p(doc, "Wereldoriëntatie geven wij in thema's van zes weken. Per jaar kiest de kinderraad twee van de zes "
           "thema's; in 2024-2025 waren dat 'Dieren in de stad' en 'Gamen'. Elk thema begint met iets wat kinderen "
           "kunnen zien of doen: een bezoek aan de stadsboerderij, een gastles van een vader die in de bouw werkt, "
           "een wandeling langs het Almeerderstrand. Elk thema eindigt met een presentatie voor ouders.")

    h3(doc, "Burgerschap")
    p(doc, "Burgerschap is bij ons geen apart vak. Wij werken aan drie doelen: leerlingen kennen de basiswaarden van "
           "onze democratische samenleving, zij kunnen op een goede manier meedoen in de groep en in de wijk, en "
           "zij leren omgaan met verschillen. Concreet betekent dit:")
    bullets(doc, [
        "De kinderraad (twee leerlingen per groep vanaf groep 5, gekozen na een echte verkiezing met "
        "campagneposters) vergadert elke zes weken met de directeur en beheert een eigen budget van € 750 per jaar.",
        "De schoolverlatersgroepen bezoeken het stadhuis en houden een debat in de raadzaal, voorbereid met "
        "lesmateriaal van ProDemos.",
        "Iedere groep doet jaarlijks een project voor de wijk, zoals zwerfafval opruimen in het Poortse bos met de "
        "buurtbeheerder of kaarten maken voor het zorgcentrum in het Homeruskwartier.",
        "In de Kwink-lessen komen regels, rechten en meningsverschillen in alle groepen terug.",
    ])
    p(doc, "Wij volgen de burgerschapsontwikkeling met de burgerschapsvragen in ZIEN! (groep 6-8) en met een eigen "
           "kijklijst bij de leerlijn, die de leerkracht twee keer per jaar invult.")

    h3(doc, "Openbaar karakter")
    p(doc, "De Sprong is een openbare school. Ieder kind is welkom, ongeacht geloof, afkomst of thuissituatie, en "
           "wij besteden actief aandacht aan de levensbeschouwingen die in Almere Poort voorkomen. Met ouders "
           "stellen wij ieder jaar een feestenkalender op: naast Sinterklaas en kerst komen ook het Suikerfeest, "
           "Divali, Keti Koti en Chinees Nieuwjaar in de groepen aan bod, vaak met een ouder die vertelt. In groep 6 "
           "tot en met 8 bieden wij humanistisch en godsdienstig vormingsonderwijs (HVO en GVO) aan; ouders kiezen. "
           "In 2024-2025 deden 31 leerlingen mee. Ons team is een afspiegeling van de wijk, met collega's met zeven "
           "verschillende culturele achtergronden. Ontstaat er in een groep onenigheid over geloof of afkomst, dan "
           "gaat de leerkracht het gesprek aan met de Kwink-les 'Iedereen anders' en betrekt hij de ouders.")

    h2(doc, "2.2 Zicht op ontwikkeling en begeleiding (OP2)")
    p(doc, "Wij hebben zicht op wat onze leerlingen nodig hebben. Dat begint bij de intake: de IB'er en de "
           "orthopedagoog lezen het dossier van het samenwerkingsverband, voeren een gesprek met ouders en kind en "
           "observeren het kind waar mogelijk op de vorige school. Binnen zes weken na plaatsing stellen wij het OPP "
           "op, met het verwachte uitstroomperspectief, de bevorderende en belemmerende factoren en de "
           "onderwijsbehoeften. Het OPP wordt twee keer per jaar (november en juni) met ouders geëvalueerd, en vanaf "
           "groep 6 schuift de leerling zelf aan.")
    p(doc, "De leerresultaten volgen wij met de toetsen van Cito (Leerling in beeld) in januari en juni; per "
           "leerling berekenen wij het leerrendement ten opzichte van het perspectief. De sociaal-emotionele "
           "ontwikkeling volgen wij met ZIEN!: de leerkracht vult twee keer per jaar de vragenlijst in, vanaf groep 5 "
           "ook de leerling. Drie keer per jaar is er een groepsbespreking van leerkracht en IB'er. Leerlingen die "
           "meer dan een half jaar achter of voor lopen op hun perspectief, komen in de leerlingbespreking met de "
           "orthopedagoog. Het groepsoverzicht in ParnasSys heeft per vak drie aanpakken: basis, intensief en "
           "verdiept.")

    h2(doc, "2.3 Didactisch handelen (OP3)")
    p(doc, "Sinds 2021 geven alle leerkrachten hun instructie volgens het model van Expliciete Directe Instructie "
           "(EDI): lesdoel op het bord, voordoen, begeleide inoefening met wisbordjes, controle van begrip en pas "
           "daarna zelfstandig werken. Wij hebben daarvoor een kijkwijzer met acht kenmerken. Iedere leerkracht "
           "krijgt drie klassenbezoeken per jaar: van de directeur, van de IB'er en van een collega. Leerlingen die "
           "na de instructie nog niet zover zijn, krijgen verlengde instructie aan de instructietafel.")
    p(doc, "Het uitstroomperspectief in het OPP is voor ons een ondergrens en geen plafond. Overtreft een leerling "
           "zijn perspectief twee meetmomenten achter elkaar, dan stellen wij het perspectief naar boven bij; in "
           "2023-2024 gebeurde dat bij elf leerlingen. In de groepsplanning staat per leerling het doel voor het "
           "volgende halfjaar, en in elke leerlingbespreking stellen wij elkaar standaard de vraag: is dit doel hoog "
           "genoeg? Die vraag stellen collega's ook aan elkaar bij de klassenbezoeken.")

    h2(doc, "2.4 Extra ondersteuning (OP4)")
    p(doc, "In ons schoolondersteuningsprofiel (SOP, vastgesteld in maart 2025) hebben wij beschreven in welke leer- "
           "en zorgbehoeftes wij kunnen voorzien. Als SBO bieden wij alle leerlingen meer dan een reguliere "
           "basisschool: kleine groepen van gemiddeld 14 leerlingen, 's ochtends een onderwijsassistent in elke "
           "groep, een orthopedagoog (0,6 fte), een gedragsspecialist, logopedie in de school (twee dagen per week, "
           "via een praktijk) en kinderfysiotherapie. Daarbovenop hebben wij drie arrangementen:")
    bullets(doc, [
        "Prikkelarm leren: voor leerlingen met autisme een vaste werkplek in de Stilteplek, een dagritmekaart en "
        "een vaste overgang tussen activiteiten.",
        "Taal: voor leerlingen met een taalontwikkelingsstoornis logopedie in de groep en ambulante begeleiding "
        "door Kentalis.",
        "Gedrag: voor leerlingen die vastlopen een time-in-traject van ten hoogste zes weken met de "
        "gedragsspecialist, met een plan dat ouders mee ondertekenen.",
    ])
    p(doc, "Er zijn ook grenzen. Wij kunnen niet voorzien in permanente één-op-één begeleiding, in verpleegkundige "
           "zorg gedurende de schooldag of in situaties waarin de veiligheid van andere kinderen blijvend in gevaar "
           "komt. Dan zoeken wij samen met ouders en het samenwerkingsverband een plek in het speciaal onderwijs.")

    h2(doc, "2.5 Samenwerking (OP6)")
    p(doc, "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in Almere, zodat elk "
           "kind een passende plek heeft. Onze eigen bijdrage daaraan is concreet: wij nemen elke maand deel aan "
           "het plaatsingsoverleg van het samenwerkingsverband, wij hebben twee observatieplaatsen waar een "
           "leerling van een basisschool acht weken kan meedraaien voordat een TLV wordt aangevraagd, en wij "
           "begeleiden terugplaatsing naar het regulier onderwijs. In 2023-2024 gingen vier leerlingen terug naar "
           "een basisschool in hun wijk, met een half jaar nazorg door onze IB'er.")
    p(doc, "Voor de zorg rond onze leerlingen werken wij met een breed netwerk van partners:")
    bullets(doc, [
        "Het zorg- en adviesteam (ZAT) komt zes keer per jaar bijeen: IB'er, orthopedagoog, jeugdarts van de GGD "
        "Flevoland, schoolmaatschappelijk werker en de consulent van het samenwerkingsverband.",
        "Bij zorgen over de thuissituatie schakelen wij het sociaal wijkteam Poort in; de wijkteammedewerker "
        "houdt elke twee weken spreekuur in onze ouderkamer.",
        "Met Triade Vitree hebben wij een onderwijs-zorgarrangement: voor zes leerlingen is er behandeling onder "
        "schooltijd, in ons gebouw.",
        "Een logopediepraktijk en een praktijk voor kinderfysiotherapie hebben een ruimte in de school.",
        "Kentalis begeleidt leerlingen met een taalontwikkelingsstoornis (zie 2.4).",
    ])
    p(doc, "Ook in de wijk zelf werken wij nauw samen. De Nieuwe Bibliotheek verzorgt de Bibliotheek op school: een "
           "leesconsulent is elke dinsdagochtend op school, en de schoolbibliotheek is in 2024 samen vernieuwd. De "
           "buurtsportcoach van Sportbedrijf Almere geeft op woensdagmiddag sport na schooltijd in de sporthal naast "
           "de school en is tijdens de lunch spelcoach op het plein. Een kinderopvangorganisatie draait een BSO in "
           "ons gebouw die is ingericht op kinderen met een ondersteuningsbehoefte. Met de scholen voor "
           "praktijkonderwijs en vmbo in Almere hebben wij jaarlijks een warme overdracht van alle schoolverlaters.")
    p(doc, "Ouders zijn onze eerste partner. Voor de eerste schooldag is er een kennismakingsgesprek, thuis of op "
           "school. Ouders tekenen het OPP mee en praten twee keer per jaar mee over de voortgang. In ieder OPP staat "
           "één thuisdoel dat ouders met hun kind oefenen, bijvoorbeeld zelf aankleden of de tafels van 2 en 5. Drie "
           "keer per jaar is er een koffieochtend met een thema, zoals 'slapen en schermen' of 'puberteit'.")
    p(doc, "Ouders ontvangen elke twee weken een nieuwsbrief via Parro; de leerkracht deelt daar ook wekelijks een "
           "korte update uit de groep. Belangrijke besluiten, zoals de nieuwe schooltijden in 2024, leggen wij eerst "
           "uit op een ouderavond voordat ze ingaan. Bij gesprekken zetten wij zo nodig een tolk in via de "
           "tolkentelefoon, en het verslag van een OPP-gesprek krijgen ouders binnen vijf werkdagen.")

    h2(doc, "2.6 Toetsing en afsluiting (OP8)")
    p(doc, "De schoolverlaters krijgen in januari hun schooladvies, gebaseerd op het OPP, de toetsgegevens van de "
           "afgelopen jaren en de observaties van leerkracht en orthopedagoog. In februari maken zij de doorstroomtoets; wij gebruiken Route 8, omdat die adaptief "
           "is en goed aansluit bij onze leerlingen. Na de toets volgt de warme overdracht aan de VO-school.")

    h3(doc, "Doelen onderwijsproces 2025-2029")
    tabel(doc, DOEL_KOP, [
        ["OP-1", "Leerlijn digitale geletterdheid ook in instroomgroep en groep 3",
         "nu groep 4-8 → alle groepen", "2026-2027", "ICT-coördinator"],
        ["OP-2", "OPP binnen zes weken na plaatsing vastgesteld",
         "81% (2023-2024) → 100%", "vanaf 2025-2026", "IB'er"],
        ["OP-3", "EDI: leerkrachten scoren op minstens 6 van de 8 kenmerken van de kijkwijzer voldoende",
         "9 van 13 → 13 van 13 leerkrachten", "juni 2027", "directeur"],
        ["OP-4", "Groepsplanning met halfjaardoelen op perspectiefniveau in alle groepen",
         "7 van 12 groepen → 12 van 12", "2026-2027", "IB'er"],
        ["OP-5", "Observatieplaatsen voor basisscholen uitbreiden",
         "2 → 4 plaatsen", "2026-2027", "directeur"],
        ["OP-6", "Ouders aanwezig bij de OPP-gesprekken",
         "88% → 95%", "meting jaarlijks, doel 2027", "leerkrachten"],
        ["OP-7", "Tweede Stilteplek in de bovenbouw ingericht",
         "1 → 2 ruimtes", "augustus 2026", "gedragsspecialist"],
    ], DOEL_BREEDTE)
    pagina(doc)


def schoolklimaat(doc):  # type: ignore[no-untyped-def]
    h1(doc, "3. Schoolklimaat")
    h2(doc, "3.1 Veiligheid (SK1)")
    p(doc, "Ons veiligheidsplan is in 2024 herzien. De gedragsspecialist is tevens anti-pestcoördinator en "
           "aanspreekpunt voor leerlingen en ouders. Alle groepen krijgen de lessen van Kwink; vanaf groep 5 volgen "
           "de leerlingen een jaar lang de training Rots en Water. Incidenten registreren wij in ParnasSys. Wij werken met de meldcode huiselijk "
           "geweld en kindermishandeling; de IB'er is aandachtsfunctionaris.")
    p(doc, "De veiligheidsbeleving meten wij jaarlijks in november met de leerlingvragenlijst van ZIEN! in groep 5 "
           "tot en met 8. In 2024 gaf 91 procent van de leerlingen aan zich veilig te voelen in de klas, maar op het "
           "plein was dat 84 procent. Daarom staan er sinds januari 2025 tijdens de pauzes twee pleinwachten en is de "
           "buurtsportcoach tijdens de lunch spelcoach. Zes collega's zijn BHV'er; wij houden twee keer per jaar een "
           "ontruimingsoefening.")
    p(doc, "Ook het gebouw vraagt aandacht. In de zomer van 2024 liep de temperatuur in vier lokalen aan de "
           "zuidkant op tot boven de 28 graden. In de zomer van 2025 krijgen de vensters aan de zuidgevel "
           "buitenzonwering, betaald uit het onderhoudsbudget van ASG.")

    h2(doc, "3.2 Pedagogisch klimaat (SK2)")
    p(doc, "Elke ochtend staan de leerkracht en de onderwijsassistent bij de deur van het lokaal en begroeten zij "
           "iedere leerling bij naam; de directeur staat bij de hoofdingang, ook als de taxibusjes aankomen. Nieuwe "
           "leerlingen hebben voor hun eerste schooldag twee wenmomenten en krijgen een maatje uit de eigen groep. "
           "Ouders zijn op maandagochtend welkom bij de koffie-inloop in de ouderkamer.")
    p(doc, "Sinds 2022 werken wij met School-Wide Positive Behavior Support (SWPBS). Drie waarden staan centraal: "
           "Veilig, Samen en Verantwoordelijk. Per ruimte (klas, gang, plein, gymzaal, bus) hebben wij beschreven welk "
           "gedrag wij verwachten, en dat gedrag leren wij actief aan aan het begin van het jaar en na elke vakantie. "
           "Gewenst gedrag belonen wij met 'sprongetjes'. "
           "Het PBS-team (vier collega's) analyseert elke zes weken de gedragsincidenten.")
    p(doc, "Drie keer per jaar voert de leerkracht met elke leerling een "
           "kindgesprek van tien minuten: hoe gaat het, wat gaat goed, wat wil je leren? Elke leerling houdt een "
           "Ik-map bij met werk waar hij of zij trots op is, en presenteert die bij het OPP-gesprek aan de ouders. "
           "In de weekafsluiting op vrijdag noemen wij per groep een leerling die iets bijzonders liet zien; via een "
           "lijst zorgen wij dat ieder kind in een jaar minstens twee keer aan de beurt komt.")

    h3(doc, "Doelen schoolklimaat 2025-2029")
    tabel(doc, DOEL_KOP, [
        ["SK-1", "Leerlingen voelen zich veilig op het plein (ZIEN!, groep 5-8)",
         "84% → 92%", "november 2027", "gedragsspecialist"],
        ["SK-2", "SWPBS geborgd: score op de jaarlijkse SWPBS-zelfevaluatie",
         "62% → 80%", "2028", "PBS-team"],
        ["SK-3", "Drie kindgesprekken per jaar met iedere leerling, vastgelegd in ParnasSys",
         "ongeveer 70% → 100%", "vanaf 2025-2026", "leerkrachten"],
        ["SK-4", "Minder incidenten met fysieke agressie",
         "46 (2023-2024) → hoogstens 30", "2027-2028", "directeur"],
        ["SK-5", "Buitenzonwering vensters zuidgevel",
         "geen → geplaatst", "zomer 2025", "directeur"],
    ], DOEL_BREEDTE)
    pagina(doc)


def resultaten(doc):  # type: ignore[no-untyped-def]
    h1(doc, "4. Onderwijsresultaten")
    h2(doc, "4.1 Resultaten (OR1)")
    p(doc, "In mei 2023 bezocht de Inspectie onze school in het kader van het vierjaarlijks onderzoek bij ASG. Alle "
           "onderzochte standaarden waren voldoende; Zicht op ontwikkeling en begeleiding beoordeelde de Inspectie "
           "als goed. Om dat zo te houden, toetsen wij elk jaar een deel van de standaarden zelf (zie 5.1) en "
           "bespreken wij de resultaten twee keer per jaar met de bestuurder.")
    p(doc, "Omdat onze leerlingenpopulatie sterk wisselt, kijken wij vooral of leerlingen hun eigen perspectief "
           "halen. In 2024 haalde 76 procent van de schoolverlaters de uitstroombestemming uit het OPP of hoger. "
           "Daarnaast volgen wij het percentage schoolverlaters dat op de doorstroomtoets minstens 1F haalt:")
    tabel(doc, ["Schooljaar", "Lezen ≥ 1F", "Taalverzorging ≥ 1F", "Rekenen ≥ 1F", "Aantal schoolverlaters"], [
        ["2021-2022", "74%", "70%", "52%", "27"],
        ["2022-2023", "79%", "72%", "58%", "31"],
        ["2023-2024", "78%", "75%", "61%", "29"],
    ], [3.0, 2.8, 3.4, 2.8, 3.6])
    p(doc, "Rekenen blijft achter. De analyse van het team is dat vooral het automatiseren en het oplossen van "
           "verhaalsommen bij leerlingen met taalproblemen lastig is. Daarom onderzoekt een groep collega's in "
           "2025-2026 hoe wij executieve functies en taal beter in de rekenles kunnen ondersteunen (zie 5.2).")

    h2(doc, "4.2 Sociale en maatschappelijke competenties (OR2)")
    p(doc, "Met ZIEN! meten wij ook de sociale autonomie en het inlevingsvermogen van de leerlingen. In 2024 "
           "scoorde 72 procent van de schoolverlaters op sociale autonomie minstens voldoende. Leerlingen vinden het lastig een eigen mening te onderbouwen; "
           "daarom krijgt vanaf 2025-2026 elk thema van Blink Wereld een klein debat.")

    h2(doc, "4.3 Vervolgsucces (OR3)")
    tabel(doc, ["Schooljaar", "VSO", "Praktijkonderwijs", "Vmbo basis/kader", "Vmbo-gt of hoger"], [
        ["2021-2022", "3", "9", "13", "2"],
        ["2022-2023", "2", "11", "15", "3"],
        ["2023-2024", "3", "8", "14", "4"],
    ], [3.0, 2.2, 3.4, 3.4, 3.4])
    p(doc, "Eén jaar na de overstap zat 87 procent van de schoolverlaters van 2022-2023 nog op het niveau van ons "
           "advies of hoger.")

    h3(doc, "Doelen onderwijsresultaten 2025-2029")
    tabel(doc, DOEL_KOP, [
        ["OR-1", "Schoolverlaters halen minstens 1F lezen", "78% → 85%", "2029", "IB'er"],
        ["OR-2", "Schoolverlaters halen minstens 1F rekenen", "61% → 70%", "2029", "rekencoördinator"],
        ["OR-3", "Schoolverlaters halen de uitstroombestemming uit het OPP of hoger", "76% → 85%", "2029",
         "orthopedagoog"],
        ["OR-4", "Sociale autonomie (ZIEN!) minstens voldoende", "72% → 80%", "2028", "gedragsspecialist"],
        ["OR-5", "Oud-leerlingen na één jaar op adviesniveau of hoger", "87% → minstens 85% houden",
         "jaarlijks", "IB'er"],
    ], DOEL_BREEDTE)
    pagina(doc)


def kwaliteit(doc):  # type: ignore[no-untyped-def]
    h1(doc, "5. Kwaliteitszorg en ambitie")
    h2(doc, "5.1 Kwaliteitszorg (KA1)")
    p(doc, "Onze kwaliteitszorg volgt een vaste cyclus. Dit schoolplan is de basis; elk jaar in september stellen wij "
           "een jaarplan vast met de doelen voor dat jaar uit de tabellen in dit plan, waarover de MR advies geeft. "
           "In juni evalueren wij per doel wat bereikt is, in het jaarverslag. Daarnaast:")
    bullets(doc, [
        "Zelfevaluatie: met WMK-PO (Werken met Kwaliteitskaarten) beoordelen wij elk jaar drie of vier "
        "standaarden van het onderzoekskader; team, en bij sommige kaarten ook ouders en leerlingen, vullen de "
        "kaarten in. In vier jaar komen alle standaarden aan de beurt.",
        "Opbrengsten: in februari en juli maakt de IB'er een trendanalyse per groep en voor de hele school, die wij "
        "bespreken op een datamiddag met het team.",
        "Tevredenheid: in 2026 en 2028 vullen ouders, leerlingen en team een vragenlijst in.",
        "Extern: in 2027 houdt een auditteam van ASG (twee collega-directeuren en een kwaliteitsmedewerker) een "
        "interne audit; drie keer per jaar bespreken directeur en bestuurder de kwaliteitsrapportage.",
    ])
    tabel(doc, ["Schooljaar", "Standaarden in de zelfevaluatie", "Bijzonderheden"], [
        ["2025-2026", "OP2, OP4, SK1", "tevredenheidspeiling voorjaar 2026"],
        ["2026-2027", "OP3, OP6, KA2", "interne audit ASG"],
        ["2027-2028", "OP1, SK2, OR1, OR3", "tevredenheidspeiling voorjaar 2028"],
        ["2028-2029", "OP8, KA1, KA3", "evaluatie schoolplan, schrijven nieuw plan"],
    ], [3.0, 6.0, 6.0])

    h2(doc, "5.2 Kwaliteitscultuur en personeel (KA2)")
    p(doc, "Ons team bestaat uit 28 medewerkers (21,4 fte): 13 leerkrachten, onder wie een vakleerkracht "
           "bewegingsonderwijs, 6 onderwijsassistenten, een intern begeleider, een orthopedagoog, een "
           "gedragsspecialist, een ICT-coördinator met een taak in de groep, een administratief medewerker, een "
           "conciërge en de directeur. Negen collega's zijn ouder dan 55 jaar. Wij hebben aandacht voor het "
           "welbevinden van onze medewerkers in elke levensfase; het HR-beleid van ASG is daarbij de leidraad.")
    p(doc, "Alle leerkrachten op één na zijn bevoegd. Die collega is zij-instromer en volgt de deeltijdpabo van "
           "Windesheim in Almere; twee onderwijsassistenten volgen de verkorte deeltijdopleiding. Zij hebben ieder "
           "een vaste coach (een ervaren leerkracht, 40 uur per jaar), vier uur studietijd per week binnen hun "
           "betrekking, en de opleiding wordt betaald door de school en ASG samen. Van elke leerkracht houden wij "
           "een bekwaamheidsdossier bij.")
    p(doc, "De gesprekscyclus ziet er per jaar zo uit: in september een startgesprek waarin de medewerker een eigen "
           "ontwikkeldoel kiest, tussen november en maart de klassenbezoeken (zie 2.3), in april of mei een "
           "functioneringsgesprek en eens in de drie jaar een beoordelingsgesprek. De verslagen staan in het "
           "digitale personeelsdossier.")
    p(doc, "Scholing organiseren wij op twee niveaus. Als team verdiepen wij ons in 2025-2027 in EDI voor leerlingen "
           "met een taalontwikkelingsstoornis en in de borging van SWPBS. Individueel kiest iedere medewerker bij "
           "het ontwikkeldoel zelf het aanbod, vaak bij de ASG Academie; in 2024-2025 volgden elf collega's een "
           "cursus van de ASG Academie en volgen twee collega's de master Special Educational Needs.")
    p(doc, "Elke zes weken werken collega's op woensdagmiddag in professionele leergemeenschappen (PLG's). De "
           "onderwerpen kiezen zij zelf; dit jaar liepen er drie: executieve functies, rekenen met leerlingen met "
           "een taalontwikkelingsstoornis, en het gesprek met ouders. Deelname is vrijwillig; 17 van de 20 "
           "onderwijsgevenden doen mee.")
    p(doc, "Sinds 2024 werkt een onderzoeksgroep van vier leerkrachten met de orthopedagoog en een docent-onderzoeker "
           "van Windesheim aan de vraag hoe wij executieve functies in de rekenles kunnen trainen. Zij lezen "
           "literatuur, proberen aanpakken uit in twee groepen en meten het effect met een voor- en nameting.")
    p(doc, "Wij leren ook buiten de eigen school. De IB'er neemt elke zes weken deel aan het ASG-netwerk van "
           "intern begeleiders, en onze gedragsspecialist zit in de ASG-werkgroep gedrag, waarin SBO- en SO-scholen "
           "hun aanpak uitwisselen; de werkgroep maakte in 2024 een gezamenlijk protocol voor time-out. De PLG "
           "executieve functies presenteerde in november 2024 haar opbrengst op de ASG Onderwijsdag, en op de "
           "ASG-studiedag van 2026 verzorgen wij een workshop over EDI in het speciaal basisonderwijs.")
    p(doc, "Voor de komende periode willen wij verkennen of een vorm van gepersonaliseerd leren met tablets bij onze "
           "leerlingen past. Daarover zijn nog geen besluiten genomen.")

    h2(doc, "5.3 Verantwoording en dialoog (KA3)")
    p(doc, "Wij leggen verantwoording af aan het bestuur, aan ouders (schoolgids, Scholen op de kaart en de "
           "ouderavond in oktober over het jaarverslag) en aan het samenwerkingsverband.")
    p(doc, "De MR bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per jaar. De directeur "
           "brengt voorgenomen besluiten vroeg in, als 'eerste gedachten', voordat er een uitgewerkt voorstel ligt. "
           "Zo heeft de MR in 2023-2024 meegedacht over het model met vijf gelijke schooldagen en over de inzet van "
           "de werkdrukmiddelen. Elk jaar in juni evalueren MR en directeur hun samenwerking. De MR heeft op "
           "17 juni 2025 ingestemd met dit schoolplan.")
    p(doc, "Financieel is de school gezond. De begroting 2025 sluit met een klein overschot; de middelen van het "
           "samenwerkingsverband voor de arrangementen (ongeveer € 96.000 per jaar) zetten wij in voor de "
           "orthopedagoog en de gedragsspecialist.")

    h3(doc, "Doelen kwaliteitszorg en ambitie 2025-2029")
    tabel(doc, DOEL_KOP, [
        ["KA-1", "Alle standaarden doorlopen in de zelfevaluatie", "0 → alle standaarden", "2028-2029",
         "directeur"],
        ["KA-2", "Interne audit ASG: alle standaarden voldoende of hoger", "audit uitgevoerd", "voorjaar 2027",
         "directeur"],
        ["KA-3", "Zij-instromer en twee onderwijsassistenten bevoegd", "0 van 3 → 3 van 3", "juli 2028",
         "directeur"],
        ["KA-4", "Per jaar minstens twee PLG's met een product voor team en ASG", "3 PLG's (2024-2025)",
         "jaarlijks", "IB'er"],
        ["KA-5", "Tevredenheid ouders (rapportcijfer)", "7,9 → minstens 8,0", "2026 en 2028", "directeur"],
        ["KA-6", "Workshop EDI in het SBO op de ASG-studiedag", "gegeven", "2026", "PLG EDI"],
        ["KA-7", "Jaarlijkse evaluatie samenwerking MR en directie", "verslag in jaarverslag", "juni, elk jaar",
         "MR-voorzitter"],
    ], DOEL_BREEDTE)
    pagina(doc)


def bijlagen(doc):  # type: ignore[no-untyped-def]
    h1(doc, "Bijlage 1. Verwijstabel ASG Koers 22")
    p(doc, "In deze tabel staat waar in dit schoolplan de kernwaarden en vensters van Koers 22 aan bod komen.")
    tabel(doc, ["Kernwaarde of venster", "Hoofdstuk / paragraaf", "Blz."], [
        ["Kernwaarde Gezien worden", "2.2; 3.2", "8; 14"],
        ["Kernwaarde Open", "2.1 (openbaar karakter); 2.5", "7; 11-12"],
        ["Kernwaarde Vooruitstrevend", "2.1; 5.2", "5-6; 20"],
        ["Kernwaarde Ambitieus", "2.3; 5.2", "9; 19-20"],
        ["Venster 1 Goed en toegankelijk onderwijs", "2; 4; 5.1", "5-13; 16-17; 18"],
        ["Venster 2 Personeel in positie", "5.2", "19-20"],
        ["Venster 3 De meerwaarde van ASG", "5.2", "20"],
        ["Venster 4 Partnerschap", "2.5; 5.3", "11-12; 21"],
    ], [6.5, 5.5, 3.0])
    h1(doc, "Bijlage 2. Ondertekening")
    p(doc, "Instemming medezeggenschapsraad SBO De Sprong, 17 juni 2025")
    p(doc, "Naam voorzitter MR: ........................................   Handtekening: ....................")
    p(doc, "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep, 1 juli 2025")
    p(doc, "Naam bestuurder: ........................................   Handtekening: ....................")
    p(doc, "Directeur SBO De Sprong: Marieke Hoogland   Handtekening: ....................")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        stijl = doc.styles[naam]
        stijl.font.name = "Calibri"
        stijl.font.size = Pt(grootte)
        stijl.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.3)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("SBO De Sprong · Schoolplan 2025-2029 · blz. ").font.size = Pt(8)
    page_field(voet)

    voorblad(doc)
    inleiding(doc)
    onderwijsproces(doc)
    schoolklimaat(doc)
    resultaten(doc)
    kwaliteit(doc)
    bijlagen(doc)

    core = doc.core_properties
    core.author = "Marieke Hoogland"
    core.last_modified_by = "Marieke Hoogland"
    core.title = "Schoolplan 2025-2029 SBO De Sprong"
    core.created = STEMPEL
    core.modified = STEMPEL
    core.revision = 7
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_103_sbo_de_sprong.docx")
