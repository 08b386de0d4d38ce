# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van CBS De Vlasbloem (Nobelhorst, Almere Hout).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

SCHOOL = "CBS De Vlasbloem"
KLEUR = RGBColor(0x2E, 0x4A, 0x8C)  # vlasblauw


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    """Zet Nederlands als proeftaal op de standaardstijl."""
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    rpr.append(lang)


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Schoolplan CBS De Vlasbloem 2025-2029  |  pagina ")
    r.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _celkleur(cell, hexkleur):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexkleur)
    tcpr.append(shd)


def _tabel(doc, kop, rijen, breedtes=None, grootte=9):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = Pt(grootte)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _celkleur(c, "2E4A8C")
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cells = t.add_row().cells
        for i, waarde in enumerate(rij):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(waarde)
            r.font.size = Pt(grootte)
            if i == 0:
                r.bold = True
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def _opsomming(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# ---------------------------------------------------------------- inhoud
VOORWOORD = [
    "Toen De Vlasbloem in augustus 2019 de deuren opende, zaten er 46 kinderen in vier groepen, in een "
    "gebouw dat nog naar verf rook en aan een straat die nog geen stoep had. Zes jaar later telt onze school "
    "184 leerlingen. Als de prognose van de gemeente klopt, zijn het er in oktober 2028 ruim 320. Nobelhorst "
    "groeit en wij groeien mee. Dat is mooi, maar het is ook de grootste opgave van de komende jaren: elke "
    "maand melden zich nieuwe gezinnen, en elk jaar hebben we meer lokalen, meer collega's en meer ruimte op "
    "het plein nodig.",
    "Dit schoolplan gaat daarom vooral over groei. Over een gebouw dat te klein wordt. Over een team dat in "
    "vier jaar met de helft groeit. En over een nieuwe kleuterbouw, waar de jongste kinderen straks op een andere "
    "manier gaan spelen en leren dan nu. Groei is voor ons geen doel op zich. Een kind dat in 2028 bij ons "
    "binnenkomt, moet zich net zo gekend voelen als de kinderen van het eerste uur. Dat is de rode draad van "
    "dit plan.",
    "We hebben het plan geschreven met het team (studiedagen van 12 februari en 9 april 2025), met de MR en met "
    "de ouders van de bouwgroep, die sinds januari meedenken over de uitbreiding. In hoofdstuk 9 leest u hoe "
    "dit plan zich verhoudt tot de koers van de Almeerse Scholen Groep, en welke onderdelen daarvan we deze "
    "periode bewust laten rusten. Alle doelen staan bij elkaar in de meerjarenplanning van hoofdstuk 10. "
    "Daaruit maken we elk voorjaar het jaarplan voor het volgende schooljaar.",
]


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        doc.styles[naam].font.color.rgb = KLEUR

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    _paginanummer(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan CBS De Vlasbloem 2025-2029"
    cp.subject = "Schoolplan"
    cp.author = "J. van der Kolk"
    cp.last_modified_by = "J. van der Kolk"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 5, 19, 9, 12, 0)
    cp.modified = datetime.datetime(2025, 6, 24, 16, 40, 0)
    cp.revision = 14

    # ------------------------------------------------------------ voorblad
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("CBS De Vlasbloem")
    r.bold = True
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    r = p.add_run("Geworteld en groeiend: een school die meegroeit met Nobelhorst")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    for regel in (
        "Protestants-christelijke basisschool",
        "Hooiakker 4, Almere Hout (Nobelhorst)",
        "BRIN 32HV",
        "Directeur: Jorien van der Kolk",
        "Intern begeleider: Sanne Bosma",
        "Bevoegd gezag: Almeerse Scholen Groep (ASG)",
        "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
        "Versie: definitief, juni 2025",
    ):
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ 1 voorwoord
    doc.add_heading("1. Voorwoord", level=1)
    for t in VOORWOORD:
        _alinea(doc, t)
    p = doc.add_paragraph()
    p.add_run("Jorien van der Kolk, directeur").italic = True

    # ------------------------------------------------------------ 2 school
    doc.add_heading("2. Onze school in een wijk in aanbouw", level=1)
    doc.add_heading("2.1 De wijk", level=2)
    _alinea(doc,
            "Nobelhorst is een van de jongste wijken van Almere Hout. Er wonen vooral jonge gezinnen, de meeste "
            "in een koopwoning, en tot 2030 komen er in de noordelijke en oostelijke deelgebieden nog ruim 1.300 "
            "woningen bij. Het opleidingsniveau van de ouders ligt boven het Almeerse gemiddelde: de "
            "schoolweging van De Vlasbloem was in 2024 27,4 (landelijk gemiddelde 30). Ongeveer 18 procent van "
            "onze leerlingen spreekt thuis naast Nederlands nog een andere taal, meestal Engels, Pools, Arabisch "
            "of Turks.")
    _alinea(doc,
            "Kenmerkend voor een nieuwe wijk is de tussentijdse instroom. In het schooljaar 2023-2024 kwamen er "
            "31 leerlingen in groep 2 tot en met 8 van een andere school, omdat het gezin naar Nobelhorst "
            "verhuisde. Die kinderen nemen hun eigen geschiedenis, methodes en soms een onvolledig dossier mee. "
            "Daar hebben we in dit plan nadrukkelijk aandacht voor.")

    doc.add_heading("2.2 Leerlingen: prognose", level=2)
    _alinea(doc,
            "De prognose hieronder is in maart 2025 opgesteld door de gemeente Almere en ASG. De groei zit vooral "
            "in de onderbouw: in 2028 verwachten we 130 tot 135 kleuters, ruim anderhalf keer zoveel als nu (2024: 78).")
    _tabel(doc, ["Teldatum", "Leerlingen", "Groepen", "Waarvan kleutergroepen"], [
        ["1 oktober 2024 (werkelijk)", "184", "9", "3"],
        ["1 oktober 2025", "212", "10", "4"],
        ["1 oktober 2026", "246", "11", "4"],
        ["1 oktober 2027", "284", "13", "5"],
        ["1 oktober 2028", "320", "14", "6"],
    ], breedtes=[5.0, 3.0, 3.0, 4.5], grootte=10)

    doc.add_heading("2.3 Gebouw en team", level=2)
    _alinea(doc,
            "Ons gebouw uit 2019 heeft tien groepsruimtes, een speellokaal en een plein van ongeveer 900 m². "
            "Sinds augustus 2023 staan er twee tijdelijke lokalen naast het gebouw. Eén groepsruimte gebruiken "
            "we nu als personeelskamer en één als werkruimte voor de intern begeleider en de plusklas. Beide "
            "ruimtes hebben we vanaf 2026 weer als lokaal nodig.")
    _alinea(doc,
            "Het team bestaat in schooljaar 2024-2025 uit 19 medewerkers (14,2 fte): elf leerkrachten, een "
            "intern begeleider (0,8 fte), de directeur, twee onderwijsassistenten, een conciërge, een "
            "administratief medewerker (0,4 fte) en een vakleerkracht bewegingsonderwijs. De gemiddelde leeftijd "
            "is 34 jaar; zeven van de elf leerkrachten werken korter dan drie jaar bij ons.")

    doc.add_heading("2.4 Wat goed gaat en wat beter moet", level=2)
    _alinea(doc,
            "Uit de zelfevaluatie van januari 2025, de tevredenheidspeiling van 2024 en de gesprekken met het "
            "team komt het volgende beeld.")
    _opsomming(doc, [
        "Sterk: een warme, rustige sfeer (ouders geven 8,3, leerlingen groep 5-8 geven 8,1), betrokken ouders, "
        "en resultaten op lezen die ruim boven de signaleringswaarden liggen. De inspectie bezocht ons in "
        "2022 in het kader van het bestuursonderzoek; we hebben het basisarrangement.",
        "Zorg: elk jaar komen er veel nieuwe collega's bij. Bij de klassenbezoeken van 2024 zagen we de "
        "kernelementen van ons instructiemodel in 60 procent van de lessen terug; dat moet eenduidiger.",
        "Zorg: het verzuim van het personeel was in 2024 6,1 procent, vooral door twee langdurige "
        "ziektegevallen. De werkdruk wordt in het team als hoog ervaren.",
        "Zorg: het plein is te klein, en met nog twee tijdelijke lokalen wordt het kleiner.",
        "Zorg: rekenen op streefniveau 1S blijft achter bij lezen en taalverzorging.",
    ])

    # ------------------------------------------------------------ 3 identiteit
    doc.add_heading("3. Wie we zijn", level=1)
    _alinea(doc,
            "De Vlasbloem is een protestants-christelijke basisschool. De naam komt van de blauwe bloem van het "
            "vlas, dat op de Flevolandse klei nog altijd wordt verbouwd: een plant met diepe wortels, die snel "
            "omhoog schiet. Zo zien we onze school ook. Geworteld in het verhaal van God met mensen, en "
            "groeiend met de wijk.")
    _alinea(doc,
            "We beginnen elke dag met een dagopening, met een lied, een gebed of een verhaal uit Trefwoord. Op "
            "vrijdagmiddag sluiten we de week af met de hele bouw. Kerst en Pasen vieren we in de Ontmoetingskerk "
            "van de wijkgemeente Nobelhorst, samen met ouders. Bij het intakegesprek vertellen we wat dit in de "
            "praktijk betekent. Alle kinderen zijn welkom; we vragen wel "
            "dat iedereen meedoet aan de vieringen en respect toont voor wat ons drijft. Bij de intakes van "
            "2024 gaf ongeveer 40 procent van de gezinnen aan kerkelijk betrokken te zijn.")
    _alinea(doc,
            "Iedereen op De Vlasbloem is waardevol en wordt gezien. Met een open blik kijken we naar de "
            "verscheidenheid van onze leerlingen en medewerkers. Wat dat vraagt van een school die zo snel "
            "groeit, hebben we samengevat in drie beloftes, die we ook aan nieuwe ouders en nieuwe collega's "
            "uitleggen:")
    _opsomming(doc, [
        "Ieder kind is bij naam bekend, ook bij de collega's die niet zijn of haar leerkracht zijn. Na elke "
        "vakantie stellen de leerkrachten in de eerste teamvergadering de nieuwe kinderen van hun groep met "
        "foto aan het hele team voor.",
        "We leren in rust en structuur: dezelfde afspraken, dezelfde aanpak, in elke groep.",
        "We doen het samen met thuis: ouders weten wat hun kind leert en hoe het gaat.",
    ])

    # ------------------------------------------------------------ 4 huisvesting
    doc.add_heading("4. Een gebouw dat meegroeit", level=1)
    doc.add_heading("4.1 De opgave", level=2)
    _alinea(doc,
            "In oktober 2028 hebben we veertien groepsruimtes nodig, plus een werkplek voor de intern begeleiders, "
            "een personeelskamer en ruimte om buiten de groep te werken. Nu hebben we er twaalf, waarvan twee "
            "tijdelijk en twee die eigenlijk een andere functie hebben. De gemeente Almere is verantwoordelijk "
            "voor de huisvesting en heeft een permanente uitbreiding van De Vlasbloem opgenomen in het Integraal "
            "Huisvestingsplan. Het bestuur voert het overleg met de gemeente; de school levert de inhoud.")
    doc.add_heading("4.2 Tijdelijk: twee extra units", level=2)
    _alinea(doc,
            "Voor 1 september 2025 worden aan de westkant van het plein twee extra tijdelijke lokalen geplaatst. "
            "Daarmee verliezen we ongeveer 250 m² speelruimte. We vangen dat op drie manieren op. We gaan van "
            "twee naar drie pauzes (groep 1-2, groep 3-5 en groep 6-8). We hebben met de gemeente afgesproken "
            "dat we het grasveld aan de overkant onder schooltijd mogen gebruiken, met een extra pleinwacht. En "
            "de kleuters krijgen een eigen, afgeschermd deel van het plein.")
    doc.add_heading("4.3 Permanent: de nieuwe kleuterbouw", level=2)
    _alinea(doc,
            "De uitbreiding wordt een nieuwe vleugel aan de oostkant van het gebouw, speciaal voor de kleuters. "
            "Het programma van eisen gaat uit van zes groepsruimtes, twee leerpleinen, een tweede speellokaal, "
            "toiletten bij de lokalen en een eigen kleuterplein. De huidige kleuterlokalen in het hoofdgebouw "
            "worden daarna groepsruimtes voor de middenbouw.")
    _alinea(doc,
            "Het bouwproces wordt geleid door de afdeling Huisvesting en Facilitair van het ASG-servicebureau. "
            "Die afdeling heeft de afgelopen jaren al drie uitbreidingen van ASG-scholen begeleid. Wij maken "
            "gebruik van haar standaardprogramma van eisen voor kleuterhuisvesting en van de raamovereenkomst "
            "voor tijdelijke lokalen die ASG voor al haar scholen heeft afgesloten. Daardoor hoeven we niet zelf "
            "aan te besteden en kunnen de twee units binnen vier maanden na de aanvraag staan. Ook de "
            "wervingscampagne van hoofdstuk 6 zetten we op met de afdeling HR van het servicebureau.")
    _tabel(doc, ["Wanneer", "Wat"], [
        ["voorjaar 2025", "bouwgroep opgericht; aanvraag twee extra units"],
        ["augustus 2025", "units 3 en 4 in gebruik; nieuwe pauze-indeling"],
        ["december 2025", "programma van eisen vastgesteld (met advies bouwgroep)"],
        ["2026", "voorlopig en definitief ontwerp; omgevingsvergunning"],
        ["voorjaar 2027", "start bouw"],
        ["zomer 2028", "oplevering; verhuizing kleuters in de laatste twee weken voor de zomervakantie"],
        ["schooljaar 2028-2029", "kleuterbouw in gebruik; tijdelijke units weg"],
    ], breedtes=[4.0, 12.0], grootte=10)
    doc.add_heading("4.4 De bouwgroep", level=2)
    _alinea(doc,
            "Sinds januari 2025 denkt een bouwgroep mee over alles wat met de uitbreiding te maken heeft: de "
            "directeur, twee leerkrachten uit de onderbouw, een lid van de MR en twee ouders. De bouwgroep komt "
            "zes keer per jaar bij elkaar, in de weken voor een beslismoment in het bouwproces. Na elke "
            "vergadering verschijnt een kort Bouwbericht op de website. De bouwgroep geeft advies over het "
            "programma van eisen en het ontwerp; de beslissing ligt bij het bestuur.")
    doc.add_heading("4.5 Als de bouw uitloopt", level=2)
    _alinea(doc,
            "We zijn realistisch: bouwprojecten in Almere lopen vaak uit. Met het bestuur is afgesproken dat we "
            "bij een vertraging van meer dan een half jaar een vijfde tijdelijk lokaal plaatsen, of tijdelijk "
            "twee groepen onderbrengen in het wijkcentrum. Daarnaast stellen we een leerlingenplafond van 300 "
            "in als de prognose in maart 2027 boven de 330 uitkomt. Broertjes en zusjes van leerlingen en "
            "kinderen die in Nobelhorst wonen krijgen dan voorrang.")

    # ------------------------------------------------------------ 5 kleuterbouw
    doc.add_heading("5. Een nieuwe kleuterbouw", level=1)
    doc.add_heading("5.1 Waarom anders", level=2)
    _alinea(doc,
            "Nu werken onze kleuters in drie losse groepen van 24 tot 28 kinderen, elk in een eigen lokaal met een "
            "eigen leerkracht. Dat gaat goed, maar het groeit niet mee. In 2028 hebben we zes kleutergroepen en "
            "elke maand acht tot twaalf nieuwe vierjarigen. Bovendien zien we dat kleuters in een klein lokaal "
            "weinig ruimte hebben voor bouwen, rollenspel en ontdekken, terwijl juist dat hun ontwikkeling "
            "voedt. De nieuwe vleugel geeft ons de kans om het anders in te richten.")
    doc.add_heading("5.2 Hoe het eruit gaat zien", level=2)
    _alinea(doc,
            "We werken straks met twee kleuterunits van elk drie groepen rond een eigen leerplein. Elke unit "
            "heeft drie leerkrachten en een onderwijsassistent. De kinderen houden hun eigen basisgroep en "
            "leerkracht: de dag begint en eindigt in de kring, en daar worden ook de vieringen en de "
            "Trefwoord-verhalen gedaan. Tijdens de speelwerktijd, twee keer per dag ongeveer vijf kwartier, "
            "kiezen de kinderen uit hoeken en ateliers op het leerplein: bouwhoek, atelier, ontdekhoek, "
            "lees- en schrijfhoek, rekenhoek en een wisselende themahoek. De leerkrachten geven in die tijd "
            "instructie aan groepjes van zes tot acht kinderen, samengesteld op wat ze nodig hebben, niet op hun "
            "leeftijd.")
    _alinea(doc,
            "We werken met de leerlijnen jonge kind van SLO en volgen de ontwikkeling met KIJK!, dat we sinds "
            "2023 al gebruiken. Kleuterplein blijft onze bron voor thema's en materialen. Vierjarigen stromen "
            "vanaf januari in een instroomgroep in, zodat de groepen in het voorjaar niet overvol raken. Over de "
            "overgang naar groep 3 beslissen we op basis van de ontwikkeling van het kind, niet op basis van de "
            "geboortedatum.")
    doc.add_heading("5.3 Van peuter naar kleuter", level=2)
    _alinea(doc,
            "Naast onze school zit de peuteropvang van Kinderopvang Klein Nobel, waar de meeste van onze "
            "vierjarigen vandaan komen. Met Klein Nobel hebben we afgesproken dat we vier keer per jaar een "
            "gezamenlijk thema draaien, dat bij elke overstap een warme overdracht plaatsvindt (gesprek tussen "
            "pedagogisch medewerker en leerkracht, met de observatie uit het peutervolgsysteem) en dat de "
            "kleuterleerkracht het kind vooraf een keer op de peutergroep bezoekt. In 2024 had 70 procent van de "
            "nieuwe kleuters een warme overdracht; we willen naar 100 procent van de kinderen die van Klein Nobel "
            "komen, en naar een telefonische overdracht bij alle andere opvang.")
    doc.add_heading("5.4 Stap voor stap", level=2)
    _opsomming(doc, [
        "2025-2026: een werkgroep jonge kind schrijft met het kleuterteam een gedragen visie; we bezoeken drie "
        "scholen die al met kleuterunits werken; het kleuterteam volgt de leergang 'Spelend leren in de "
        "kleuterbouw' van de ASG Academie.",
        "2026-2027: proef. Twee middagen per week werken de kleutergroepen groepsdoorbroken, met het "
        "speellokaal en de brede gang als leerplein. In mei evalueren we met team en ouders aan de hand van "
        "vooraf vastgestelde criteria: betrokkenheid van kinderen (observatie Leuven-schaal), ervaring van "
        "leerkrachten en ouders, en de KIJK!-registraties.",
        "2027-2028: alle kleutergroepen werken in twee units, nog verdeeld over hoofdgebouw en units.",
        "2028-2029: verhuizing naar de nieuwe kleuterbouw; evaluatie in het voorjaar van 2029.",
    ])
    _alinea(doc,
            "We willen in 2029 dat minstens 85 procent van de kleuters op de KIJK!-leerlijnen taal en "
            "rekenvoorwaarden op of boven het niveau van hun leeftijd zit (2024: 79 procent), dat niet meer dan "
            "5 procent van de kleuters een verlengd kleuterjaar krijgt, en dat ouders van kleuters de kleuterbouw "
            "in de peiling van 2029 minstens een 8 geven.")
    doc.add_heading("5.5 Ouders van kleuters", level=2)
    _alinea(doc,
            "Elke maandagochtend is er een inloopkwartier, waarin ouders met hun kind een werkje afmaken of een "
            "boek lezen. Aan het eind van elk thema is er een kijkmiddag. Na ongeveer zes weken op school, en "
            "daarna elk half jaar, heeft de leerkracht een gesprek met de ouders over de ontwikkeling van hun "
            "kind, met de KIJK!-registratie erbij. Ouders krijgen bij elk thema via Parro een themabrief met "
            "liedjes, woorden en ideeën voor thuis.")

    # ------------------------------------------------------------ 6 personeel
    doc.add_heading("6. Een team dat groeit", level=1)
    doc.add_heading("6.1 Hoeveel mensen we nodig hebben", level=2)
    _alinea(doc,
            "Op basis van de prognose en de formatiebegroting van ASG hebben we de volgende mensen nodig. Bij "
            "'nieuwe collega's' tellen we ook de vervanging van collega's die vertrekken; we gaan uit van één "
            "vertrek per jaar.")
    _tabel(doc, ["Schooljaar", "Groepen", "Formatie (fte)", "Nieuwe collega's nodig"], [
        ["2025-2026", "10", "15,6", "3"],
        ["2026-2027", "11", "17,4", "3 (waaronder adjunct-directeur)"],
        ["2027-2028", "13", "19,8", "4 (waaronder tweede intern begeleider)"],
        ["2028-2029", "14", "21,2", "2"],
    ], breedtes=[3.5, 2.5, 3.5, 6.5], grootte=10)

    doc.add_heading("6.2 Werven: vier routes", level=2)
    _alinea(doc,
            "De arbeidsmarkt in Almere is krap. We wachten daarom niet tot er een vacature is, maar bouwen "
            "langs vier routes aan een vaste aanvoer van collega's.")
    _opsomming(doc, [
        "Eerst binnen ASG. Elke vacature zetten we eerst twee weken intern uit. Collega's van andere ASG-scholen "
        "die willen wisselen, nodigen we uit voor een meeloopdag. Twee van onze huidige leerkrachten kwamen via "
        "interne mobiliteit; we willen dat in de planperiode minstens vier nieuwe collega's via deze route komen.",
        "Zelf opleiden. We zijn partnerschool in het samenwerkingsverband Samen Opleiden Flevoland van "
        "Windesheim Flevoland en de Almeerse schoolbesturen, dat het lerarentekort in de regio gezamenlijk "
        "aanpakt. Vanaf 2025-2026 hebben we een gecertificeerde schoolopleider (0,2 fte) en nemen we elk jaar "
        "vier tot zes pabostudenten en één tot twee LIO-stagiairs op. Goede LIO's bieden we een baan aan "
        "voordat ze afstuderen.",
        "Groeien vanuit de school. Onderwijsassistenten die de deeltijdpabo willen doen, krijgen daarvoor "
        "roostervrije studiedagen en een werkplek in een groep. We ondersteunen maximaal één collega per jaar "
        "op deze manier.",
        "Zij-instroom. Per jaar nemen we hoogstens één zij-instromer aan, zodat de begeleiding goed blijft.",
    ])

    doc.add_heading("6.3 Onbevoegd voor de klas", level=2)
    _alinea(doc,
            "Op dit moment staat er één zij-instromer voor de klas. Zij-instromers volgen het traject van "
            "Windesheim Flevoland, krijgen een eigen coach met twee uur begeleidingstijd per week, en werken de "
            "eerste drie maanden in duo met een ervaren leerkracht. Onze afspraak: iedere zij-instromer is binnen "
            "twee jaar bevoegd. Lukt dat niet, dan bespreken we met de collega en HR van ASG welke andere "
            "functie binnen de school of ASG past.")

    doc.add_heading("6.4 Welkom als nieuwe collega", level=2)
    _alinea(doc,
            "Wie bij ons begint, komt in een team waarin de helft zelf nog maar kort werkt. Daarom hebben we het "
            "inwerkprogramma 'Welkom op De Vlasbloem' vastgelegd:")
    _opsomming(doc, [
        "vóór de eerste werkdag een kennismaking met de directeur, de intern begeleider en een vaste buddy;",
        "een eerste werkdag zonder groep, met een rondleiding en het boekje 'Zo doen we het hier' "
        "(instructiemodel, gedragsafspraken, zorgroute, ouderafspraken);",
        "deelname aan de bijeenkomst ASG Start voor nieuwe medewerkers;",
        "vier klassenbezoeken in het eerste jaar, twee door de intern begeleider en twee door de schoolopleider, "
        "met nagesprek;",
        "drie begeleidingsgesprekken in het eerste jaar en startersbegeleiding volgens de ASG-regeling tot en "
        "met het derde jaar.",
    ])

    doc.add_heading("6.5 Leren en ontwikkelen", level=2)
    _alinea(doc,
            "Een groeiend team moet dezelfde taal spreken. Ons instructiemodel is Expliciete Directe Instructie "
            "(EDI). Elke nieuwe collega volgt in het eerste jaar de tweedaagse EDI-basistraining, en elk jaar in "
            "augustus houden we een teambrede opfrisdag. We kijken bij klassenbezoeken met één kijkwijzer. In "
            "2028 willen we de kernelementen van EDI in minstens 85 procent van de bezochte lessen terugzien.")
    _alinea(doc,
            "Daarnaast heeft iedere medewerker een persoonlijk ontwikkelplan met minstens één scholingsactiviteit "
            "per jaar, passend bij de schooldoelen of de eigen loopbaan. Het kleuterteam volgt de leergang "
            "'Spelend leren in de kleuterbouw' (zie hoofdstuk 5). Het scholingsbudget van de school bedraagt in "
            "2025 € 14.500; de helft is bestemd voor de teamdoelen, de andere helft voor individuele wensen.")

    doc.add_heading("6.6 Gesprekken", level=2)
    _alinea(doc,
            "Iedere medewerker doorloopt elk jaar de gesprekscyclus van ASG: een startgesprek in september, een "
            "klassenbezoek of werkplekbezoek met nagesprek, een ontwikkelgesprek in januari en een "
            "eindgesprek in juni. Eens in de drie jaar is er een beoordelingsgesprek. Tot nu toe voerde de "
            "directeur alle gesprekken; met 25 of meer medewerkers lukt dat niet meer goed. Vanaf 2026-2027 "
            "neemt de adjunct-directeur de helft van de gesprekken over. Elk gesprek wordt binnen twee weken "
            "vastgelegd in het personeelsdossier. Doel: ieder jaar heeft 100 procent van de medewerkers de "
            "volledige cyclus doorlopen (2024-2025: 84 procent).")

    doc.add_heading("6.7 Werkdruk en verzuim", level=2)
    _alinea(doc,
            "Groei geeft energie, maar ook onrust. Verhuizingen, steeds nieuwe collega's en volle groepen "
            "kosten kracht. We doen daarom het volgende:")
    _opsomming(doc, [
        "de werkdrukmiddelen gaan naar onderwijsassistenten (groeiend van 2,0 naar 3,0 fte) en naar de "
        "vakleerkracht bewegingsonderwijs;",
        "hoogstens één teamvergadering per week, op dinsdag, en geen vergaderingen in de week van een "
        "verhuizing of de rapporten;",
        "een werkdrukgesprek als vast onderdeel van het startgesprek en het ontwikkelgesprek;",
        "bij verzuim neemt de directeur in de eerste week contact op, en bij een tweede ziekmelding binnen "
        "drie maanden volgt een gesprek met de bedrijfsarts;",
        "na de oplevering van de kleuterbouw krijgt het team een stiltewerkplek in het hoofdgebouw.",
    ])
    _alinea(doc,
            "We willen het verzuim terugbrengen van 6,1 procent (2024) naar hoogstens 4,5 procent in 2028-2029. "
            "In de medewerkerspeilingen van 2026 en 2028 willen we op de vraag naar werkdruk minstens een 7,0 "
            "(2024: 6,2).")

    doc.add_heading("6.8 Leiding en organisatie", level=2)
    _alinea(doc,
            "Tot 250 leerlingen kan een directeur met een intern begeleider de school leiden. Daarboven niet. "
            "Per 1 augustus 2025 benoemen we twee bouwcoördinatoren (onderbouw en midden-/bovenbouw, elk 0,1 fte). "
            "Per 1 augustus 2026 komt er een adjunct-directeur (0,6 fte, met een lesgevende taak), en per 1 "
            "augustus 2027 een tweede intern begeleider, gespecialiseerd in het jonge kind.")

    # ------------------------------------------------------------ 7 onderwijs
    doc.add_heading("7. Ons onderwijs", level=1)
    doc.add_heading("7.1 Aanbod en onderwijstijd", level=2)
    _alinea(doc,
            "De leerlingen krijgen per jaar 940 uur onderwijs, verdeeld over een continurooster van 8.30 tot "
            "14.15 uur (woensdag tot 12.15 uur). We werken met methodes die de kerndoelen dekken en ons helpen "
            "de referentieniveaus te halen:")
    _tabel(doc, ["Vak- of vormingsgebied", "Methode of aanpak"], [
        ["Aanvankelijk lezen (groep 3)", "Veilig leren lezen, KIM-versie"],
        ["Technisch lezen (groep 4-6)", "Estafette, plus dagelijks 15 minuten vrij lezen"],
        ["Begrijpend lezen (groep 4-8)", "Nieuwsbegrip"],
        ["Taal en spelling", "Staal"],
        ["Rekenen", "Wereld in getallen 5"],
        ["Wereldoriëntatie en techniek", "Blink Wereld (geschiedenis, aardrijkskunde, natuur & techniek)"],
        ["Engels (groep 1-8)", "Take it easy"],
        ["Levensbeschouwing", "Trefwoord"],
        ["Sociaal-emotionele ontwikkeling", "Kwink"],
        ["Bewegingsonderwijs", "2 x 45 minuten per week, vakleerkracht, sporthal Nobelhorst"],
        ["Kunst en cultuur", "Cultuurmenu van de gemeente Almere (CMK-programma)"],
        ["Kleuters", "leerlijnen jonge kind (SLO), KIJK!, Kleuterplein als bronnenboek"],
    ], breedtes=[6.0, 10.0], grootte=10)
    _alinea(doc,
            "We volgen de ontwikkeling van de leerlingen met de toetsen van Leerling in beeld in januari en juni. "
            "In groep 8 maken de leerlingen de doorstroomtoets van IEP. Bij het vervangen van methodes kijken we "
            "eerst of de nieuwe methode past bij EDI; in 2026-2027 vervangen we Staal (licentie loopt af).")

    doc.add_heading("7.2 Resultaten en ambities", level=2)
    _alinea(doc,
            "In 2024 behaalden onze groep 8-leerlingen de volgende percentages (landelijk gemiddelde tussen "
            "haakjes): op fundamenteel niveau 1F lezen 98 (96), taalverzorging 97 (96), rekenen 93 (92); op "
            "streefniveau 2F/1S lezen 71 (62), taalverzorging 62 (60), rekenen 41 (45). Omdat groep 8 nog klein "
            "is (26 leerlingen in 2024), schommelen de cijfers van jaar tot jaar.")
    _alinea(doc,
            "Onze ambitie voor 2029: op alle drie de domeinen haalt minstens 96 procent van de leerlingen 1F, en "
            "op rekenen haalt minstens 48 procent 1S, zonder dat lezen onder de 70 procent 2F zakt. Voor rekenen "
            "doen we het volgende: vanaf 2025-2026 dagelijks tien minuten automatiseren met de rekenroutines van "
            "Wereld in getallen, een rekenspecialist die in 2026 haar opleiding afrondt, en een aparte analyse "
            "van de resultaten van leerlingen die tussentijds zijn ingestroomd.")

    doc.add_heading("7.3 Burgerschap", level=2)
    _alinea(doc,
            "Burgerschap is bij ons geen apart vak, maar we geven het wel bewust vorm. In 2025-2026 leggen we "
            "onze lessen uit Kwink, Blink en Trefwoord naast de nieuwe kerndoelen burgerschap, en vullen we aan "
            "waar het ontbreekt. Verder:")
    _opsomming(doc, [
        "Sinds 2023 hebben we een leerlingenraad met twee leerlingen uit elke groep 5 tot en met 8. Vanaf "
        "2025-2026 worden zij gekozen na een korte campagne in de klas, met stembiljetten en een telcommissie.",
        "Groep 7 en 8 doen elk voorjaar het project 'Nobelhorst van morgen'. Samen met de wijkvereniging "
        "onderzoeken de leerlingen een echt vraagstuk in de wijk (in 2025: de inrichting van het nieuwe "
        "speelveld aan de Boomgaardlaan) en presenteren ze hun voorstel aan de wijkraad.",
        "Groep 8 bezoekt elk jaar het stadhuis en voert een debat in de raadzaal.",
        "In de Week van de Mediawijsheid werken alle groepen 5 tot en met 8 aan een eigen opdracht over "
        "nepnieuws, privacy of gamen.",
    ])

    doc.add_heading("7.4 Veiligheid en schoolklimaat", level=2)
    _alinea(doc,
            "Onze drie schoolregels (we zijn zuinig op elkaar, op onze spullen en op onze school) hangen in elk "
            "lokaal en worden in de eerste weken van het schooljaar met Kwink uitgewerkt tot groepsafspraken. "
            "De intern begeleider is anti-pestcoördinator; daarnaast is er een vertrouwenspersoon voor ouders en "
            "kinderen. We volgen het welbevinden met ZIEN! (twee keer per jaar, groep 1-8) en een vragenlijst "
            "sociale veiligheid voor groep 5-8 in maart. In 2024 voelde 94 procent van de leerlingen zich "
            "veilig op school; we willen elk jaar minstens 95 procent.")
    _alinea(doc,
            "De groei en de bouw vragen extra afspraken. Bij elke pauze lopen er minstens drie pleinwachten. "
            "Tijdens de bouw is het bouwterrein afgezet met een hek en rijdt er geen bouwverkeer tussen 8.00 "
            "en 8.45 uur en tussen 14.00 en 14.30 uur; dat leggen we vast in het contract met de aannemer. We "
            "houden twee ontruimingsoefeningen per jaar, ook in de units, en breiden het aantal BHV'ers uit van "
            "vier naar zes.")

    doc.add_heading("7.5 Ondersteuning", level=2)
    _alinea(doc,
            "Ons schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning we bieden. Wij bieden de "
            "basisondersteuning zoals afgesproken binnen het Samenwerkingsverband Passend Onderwijs Almere. "
            "Daarbovenop hebben we een plusklas (De Denkkamer, één ochtend per week voor groep 5-8), werken we "
            "met het dyslexieprotocol, en geeft een onderwijsassistent extra taalondersteuning aan kinderen die "
            "Nederlands als tweede taal leren. Ons ondersteuningsteam bestaat uit de intern begeleider, de "
            "schoolmaatschappelijk werker van het wijkteam en de jeugdverpleegkundige van de GGD; het komt zes "
            "keer per jaar bij elkaar.")
    _alinea(doc,
            "Grenzen zijn er ook. We kunnen geen structurele één-op-één-begeleiding bieden, en bij ernstige "
            "gedragsproblemen die het leren van de groep steeds verstoren, vragen we een arrangement aan bij het "
            "samenwerkingsverband. In 2025-2026 herzien we het SOP, en in 2027 voegen we een apart deel over het "
            "jonge kind toe, met wat de kleuterunits wel en niet kunnen bieden. Ouders vinden een samenvatting "
            "van één pagina op de website.")
    _alinea(doc,
            "Voor tussentijdse instromers hebben we een vaste route: de intern begeleider vraagt binnen vijf "
            "schooldagen het onderwijskundig rapport op, voert een intakegesprek met de ouders en neemt binnen "
            "zes weken de toetsen van Leerling in beeld af om het beginniveau vast te stellen. Drie keer per jaar "
            "houden we groepsbesprekingen, waarin we per leerling bekijken wat de groei is en wat hij of zij "
            "nodig heeft.")

    # ------------------------------------------------------------ 8 kwaliteit
    doc.add_heading("8. Hoe we weten dat het goed gaat", level=1)
    _alinea(doc,
            "Onze kwaliteitszorg volgt de cyclus van plannen, doen, meten en bijstellen. Concreet ziet dat er "
            "zo uit:")
    _opsomming(doc, [
        "Jaarplan en jaarverslag. In juni stellen we het jaarplan vast, afgeleid uit de meerjarenplanning "
        "van dit schoolplan. In oktober schrijven we het jaarverslag over het afgelopen jaar; beide bespreken "
        "we met de MR.",
        "Kwartaalrapportage. Elk kwartaal rapporteren we aan het College van Bestuur over leerlingaantallen, "
        "formatie, verzuim, resultaten en de voortgang van de bouw.",
        "Kwaliteitskaarten. We gebruiken de kwaliteitskaarten van WMK-PO in een vierjarige cyclus: in "
        "2025-2026 Didactisch handelen en Zorg en begeleiding, in 2026-2027 Jonge kind en Ouders, in "
        "2027-2028 Schoolklimaat en Taal/lezen, in 2028-2029 Rekenen en Burgerschap.",
        "Trendanalyse. In februari en juli analyseren we de toetsresultaten met het hele team, per groep "
        "en per leerjaar over meerdere jaren.",
        "Klassenbezoeken. Elke leerkracht krijgt minstens twee klassenbezoeken per jaar van de directie of "
        "de intern begeleider, met de EDI-kijkwijzer.",
        "Peilingen. In het voorjaar van 2026 en van 2028 houden we een tevredenheidspeiling onder ouders, "
        "leerlingen van groep 5-8 en medewerkers, en in 2029 een aparte peiling onder ouders van kleuters.",
    ])
    _alinea(doc,
            "Ons eigen doel is dat de inspectie bij het volgende onderzoek alle standaarden minstens als "
            "voldoende beoordeelt, en dat onze eindresultaten elk jaar boven de signaleringswaarden blijven. "
            "Het grootste risico daarvoor is niet de inhoud, maar de groei zelf. Daarom staan de "
            "klassenbezoeken en de EDI-afspraken bovenaan ons jaarplan.")

    # ------------------------------------------------------------ 9 koers
    doc.add_heading("9. De Vlasbloem en de koers van ASG", level=1)
    _alinea(doc,
            "ASG vraagt elke school om in het schoolplan te laten zien hoe zij de koers van het bestuur vertaalt "
            "naar de eigen praktijk. We hebben de kernwaarden en de vier vensters op de studiedag van 9 april "
            "2025 met het team doorgelopen. Eerlijk gezegd: niet alles past bij wat wij nu nodig hebben. Een "
            "school die in vier jaar bijna verdubbelt, moet kiezen. Hieronder staat wat we oppakken, en wat we "
            "laten liggen.")

    doc.add_heading("9.1 De kernwaarden", level=2)
    doc.add_heading("Gezien worden", level=3)
    _alinea(doc,
            "Voor ons de belangrijkste. Het grootste risico van een groeiende school is dat kinderen, ouders en "
            "collega's een nummer worden. Elke tweede dinsdag van de maand is er een rondleiding voor "
            "belangstellende ouders, door de directeur en twee leerlingen uit de leerlingenraad. Nieuwe gezinnen "
            "krijgen een kennismakingsgesprek, een welkomstpakket en een huisbezoek van de leerkracht vóór de "
            "eerste schooldag. Kleuters komen vijf dagdelen wennen; oudere kinderen krijgen een maatje uit hun "
            "groep. Vanaf 2026-2027 koppelen we elk nieuw gezin aan een buddygezin uit dezelfde straat of "
            "groep. In de peiling van 2026 willen we dat ouders die in het afgelopen jaar nieuw zijn gekomen de "
            "ontvangst minstens een 8,0 geven.")
    doc.add_heading("Open", level=3)
    _alinea(doc,
            "Met de groei en de bouw neemt de behoefte van ouders aan informatie toe. Groepsberichten gaan via "
            "Parro; elke twee weken verschijnt de nieuwsbrief Het Vlasblad; na elke vergadering van de bouwgroep "
            "staat er een Bouwbericht op de website. Elk jaar in oktober houden we een informatieavond over de "
            "groei: leerlingaantallen, formatie, huisvesting en wat dat betekent voor de groepsindeling. Vragen "
            "van ouders beantwoorden we binnen twee werkdagen. De groepsindeling voor het nieuwe schooljaar "
            "maken we uiterlijk 15 juni bekend, met uitleg over de keuzes.")
    doc.add_heading("Vooruitstrevend", level=3)
    _alinea(doc,
            "Onze vernieuwing zit deze periode in de kleuterbouw: werken in units rond een leerplein is voor "
            "ons team echt nieuw (hoofdstuk 5). Verder kiezen we bewust voor rust. Het team verandert elk jaar "
            "voor een kwart van samenstelling; daar passen geen nieuwe experimenten in de andere bouwen bij. De "
            "innovatiestrategie van ASG met haar drie horizonten gebruiken we deze periode niet als kader.")
    doc.add_heading("Ambitieus", level=3)
    _alinea(doc,
            "We hebben hoge verwachtingen van onze leerlingen. Dat blijkt uit de doelen voor rekenen en lezen "
            "in paragraaf 7.2, en uit de doelen voor de kleuters in paragraaf 5.4. We geven altijd het beste "
            "van onszelf, ook als het druk is.")

    doc.add_heading("9.2 De vensters", level=2)
    doc.add_heading("Venster 1: Goed en toegankelijk onderwijs", level=3)
    _alinea(doc,
            "Hier ligt het zwaartepunt van dit plan: kwaliteit op peil houden terwijl we groeien (hoofdstuk 7 en "
            "8), zicht op elke leerling, ook op de kinderen die tussentijds instromen (paragraaf 7.5), en een "
            "helder ondersteuningsprofiel, aangevuld voor het jonge kind. Aan een vernieuwing van ons "
            "curriculum beginnen we deze periode niet, behalve het burgerschapsaanbod.")
    doc.add_heading("Venster 2: Personeel in positie", level=3)
    _alinea(doc,
            "Het tweede zwaartepunt. Werving langs vier routes, begeleiding van zij-instromers naar hun "
            "bevoegdheid, een vast inwerkprogramma, een volledige gesprekscyclus en aandacht voor werkdruk en "
            "verzuim (hoofdstuk 6). Ook de interne mobiliteit binnen ASG benutten we nadrukkelijk.")
    doc.add_heading("Venster 3: De meerwaarde van ASG", level=3)
    _alinea(doc,
            "De meerwaarde van ASG merken wij vooral bij de uitbreiding en de werving: het servicebureau neemt "
            "ons het bouwproces en de aanbesteding uit handen (paragraaf 4.3). Aan bovenschoolse werkgroepen en "
            "netwerken nemen we deze periode beperkt deel. Met een team dat elk jaar voor een kwart nieuw is, "
            "houden we de tijd liever in de school.")
    doc.add_heading("Venster 4: Partnerschap", level=3)
    _alinea(doc,
            "Ouders zijn bij ons sterk betrokken, en dat willen we zo houden als de school groter wordt. Vanaf "
            "2026-2027 voeren we in groep 5 tot en met 8 driehoeksgesprekken: het kind vertelt zelf aan ouders "
            "en leerkracht hoe het gaat en wat het wil leren. Een ouderpanel van acht ouders uit alle bouwen "
            "komt drie keer per jaar bij de directeur om mee te denken over een actueel onderwerp, zoals de "
            "pauze-indeling of de rapporten. De oudercommissie organiseert de feesten en helpt bij de "
            "verhuizingen.")
    _alinea(doc,
            "De MR is voor ons meer dan een formeel orgaan. We leggen ideeën in een vroeg stadium aan de MR "
            "voor, als er nog iets te kiezen valt: in 2024-2025 bijvoorbeeld drie scenario's voor de "
            "groepsindeling bij groei. Een MR-lid zit in de bouwgroep en een MR-lid (personeelsgeleding) zit in "
            "elke sollicitatiecommissie voor een leerkracht.")
    _alinea(doc,
            "In de wijk werken we samen met Kinderopvang Klein Nobel (doorgaande lijn van peuter naar kleuter), "
            "de wijkgemeente Nobelhorst (vieringen), de wijkvereniging (project 'Nobelhorst van morgen'), "
            "de Nieuwe Bibliotheek Almere (de Bibliotheek op school, met een leesconsulent die elke maand "
            "langskomt) en de voetbal- en hockeyclub in Almere Hout, die in groep 5 tot en met 8 clinics geven. "
            "Samen met Windesheim Flevoland en de andere Almeerse besturen pakken we in Samen Opleiden Flevoland "
            "het lerarentekort aan (paragraaf 6.2). De overkoepelende medezeggenschap en de landelijke netwerken "
            "laten we aan het bestuur.")

    # ------------------------------------------------------------ 10 meerjarenplanning (liggend)
    nieuw = doc.add_section(WD_SECTION.NEW_PAGE)
    nieuw.orientation = WD_ORIENT.LANDSCAPE
    nieuw.page_width, nieuw.page_height = Cm(29.7), Cm(21.0)
    nieuw.left_margin = nieuw.right_margin = Cm(1.8)
    doc.add_heading("10. Meerjarenplanning 2025-2029", level=1)
    _alinea(doc,
            "In deze tabel staan al onze doelen voor de planperiode. Per schooljaar staat wat er aan het eind van "
            "dat jaar klaar of bereikt moet zijn. In de laatste kolom staat bij welk deel van de ASG-koers het "
            "doel hoort, of 'eigen' als het een doel van onszelf is. Elk voorjaar evalueren we de tabel met team "
            "en MR en werken we het komende jaar uit in het jaarplan.")
    _tabel(doc, ["Doel", "2025-2026", "2026-2027", "2027-2028", "2028-2029", "Koers"], [
        ["1. Voldoende ruimte tijdens de groei",
         "Units 3 en 4 in gebruik per 1-9-2025; drie pauzes; grasveld in gebruik; PvE vastgesteld dec. 2025",
         "Definitief ontwerp en vergunning; bouwgroep 6x bijeen",
         "Bouw gestart; verhuisplan klaar in maart 2028",
         "Kleuterbouw in gebruik; units weg; evaluatie gebouw met team",
         "Eigen (groei)"],
        ["2. Nieuwe kleuterbouw in units",
         "Visie jonge kind vastgesteld; 3 schoolbezoeken; leergang kleuterteam gevolgd",
         "Proef 2 middagen per week groepsdoorbroken; evaluatie mei 2027",
         "Alle kleutergroepen in 2 units",
         "Werken in de nieuwe vleugel; ≥ 85% op niveau KIJK!; ≤ 5% verlenging; ouders ≥ 8",
         "Vooruitstrevend; venster 1"],
        ["3. Doorgaande lijn peuter-kleuter",
         "4 gezamenlijke thema's met Klein Nobel",
         "Warme overdracht bij 100% van de kinderen van Klein Nobel",
         "Telefonische overdracht bij alle andere opvang",
         "Borgen in kwaliteitskaart Jonge kind",
         "Venster 4; venster 1"],
        ["4. Ieder gezin welkom",
         "Welkomstroute vastgelegd: rondleiding, gesprek, huisbezoek, wendagen, maatje; nieuwe ouders geven ontvangst ≥ 8,0 (peiling 2026)",
         "Buddygezinnen gestart",
         "Ontvangst ≥ 8,0 in peiling 2028",
         "Welkomstroute geëvalueerd en bijgesteld",
         "Gezien worden"],
        ["5. Zicht op elke leerling",
         "Instroomroute tussentijdse instromers; 3 groepsbesprekingen",
         "Aparte analyse instromers in trendanalyse",
         "Tweede IB'er jonge kind",
         "Alle instromers binnen 6 weken in beeld",
         "Venster 1; gezien worden"],
        ["6. Opbrengsten",
         "Rekenroutines dagelijks in groep 3-8",
         "Rekenspecialist opgeleid; nieuwe taalmethode gekozen",
         "1S rekenen ≥ 45%",
         "1F ≥ 96% op alle domeinen; 1S rekenen ≥ 48%; 2F lezen ≥ 70%",
         "Ambitieus; venster 1"],
        ["7. Schoolondersteuningsprofiel",
         "SOP herzien en samenvatting op website",
         "Grenzen van de ondersteuning uitgewerkt in het SOP",
         "Deel jonge kind toegevoegd aan SOP",
         "SOP geëvalueerd met MR",
         "Venster 1"],
        ["8. Kwaliteitszorg en EDI",
         "Kaarten Didactisch handelen, Zorg; 2 klassenbezoeken per leerkracht; peiling voorjaar 2026",
         "Kaarten Jonge kind, Ouders",
         "EDI zichtbaar in ≥ 85% van de lessen (2024: 60%); kaarten Schoolklimaat, Taal/lezen; peiling voorjaar 2028",
         "Kaarten Rekenen, Burgerschap; peiling ouders kleuters 2029",
         "Venster 1"],
        ["9. Werving en zelf opleiden",
         "Schoolopleider gecertificeerd; 4-6 stagiairs; vacatures eerst intern",
         "1-2 LIO's; 3 nieuwe collega's benoemd",
         "4 nieuwe collega's benoemd; geen open vacature op 1 augustus",
         "Minstens 4 collega's via interne mobiliteit in de hele periode",
         "Venster 2; venster 4"],
        ["10. Bevoegd voor de klas",
         "Huidige zij-instromer bevoegd",
         "Max. 1 zij-instromer per jaar, met coach",
         "Elke zij-instromer binnen 2 jaar bevoegd",
         "100% van de leerkrachten bevoegd of in traject",
         "Venster 2"],
        ["11. Inwerken en gesprekscyclus",
         "Inwerkprogramma en boekje 'Zo doen we het hier'",
         "Adjunct voert helft van de gesprekken; 100% cyclus doorlopen",
         "100% cyclus doorlopen",
         "100% cyclus doorlopen; programma geëvalueerd",
         "Venster 2"],
        ["12. Werkdruk en verzuim",
         "Werkdrukmiddelen naar 2,5 fte onderwijsassistentie; werkdruk ≥ 7,0 in peiling 2026",
         "Verzuim ≤ 5,5%",
         "3,0 fte onderwijsassistentie; verzuim ≤ 5%; werkdruk ≥ 7,0 in peiling 2028",
         "Verzuim ≤ 4,5%; stiltewerkplek",
         "Venster 2"],
        ["13. Leiding die meegroeit",
         "Twee bouwcoördinatoren benoemd",
         "Adjunct-directeur per 1-8-2026",
         "Tweede IB'er per 1-8-2027",
         "Taakverdeling geëvalueerd",
         "Eigen"],
        ["14. Ouders en MR",
         "Ouderpanel 3x per jaar; informatieavond groei in oktober",
         "Driehoeksgesprekken groep 5-8",
         "Driehoeksgesprekken geëvalueerd met ouderpanel",
         "MR in elke sollicitatiecommissie en in de bouwgroep",
         "Venster 4; open"],
        ["15. Burgerschap in de wijk",
         "Aanbod naast kerndoelen gelegd; gekozen leerlingenraad",
         "Project 'Nobelhorst van morgen' in groep 7-8",
         "Bezoek stadhuis groep 8",
         "Kwaliteitskaart Burgerschap",
         "Eigen"],
    ], breedtes=[3.8, 4.4, 4.4, 4.4, 4.4, 2.6], grootte=8)

    # ------------------------------------------------------------ 11 vaststelling (staand)
    slot = doc.add_section(WD_SECTION.NEW_PAGE)
    slot.orientation = WD_ORIENT.PORTRAIT
    slot.page_width, slot.page_height = Cm(21.0), Cm(29.7)
    slot.left_margin = slot.right_margin = Cm(2.3)
    doc.add_heading("11. Vaststelling", level=1)
    _alinea(doc,
            "De medezeggenschapsraad van CBS De Vlasbloem heeft in de vergadering van 10 juni 2025 ingestemd met "
            "dit schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op "
            "1 juli 2025 vastgesteld. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029.")
    _tabel(doc, ["", "Naam", "Datum", "Handtekening"], [
        ["Namens de MR", "Rachid El Amrani, voorzitter", "10 juni 2025", ""],
        ["Directeur", "Jorien van der Kolk", "10 juni 2025", ""],
        ["Namens het bestuur", "College van Bestuur ASG", "1 juli 2025", ""],
    ], breedtes=[3.5, 5.5, 3.0, 4.5], grootte=10)

    doc.save(path)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_151_vlasbloem_nobelhorst.docx")
