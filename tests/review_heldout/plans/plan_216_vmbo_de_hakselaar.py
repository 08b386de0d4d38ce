# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Vmbo De Hakselaar (groen en techniek, Almere Hout).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 12, 14, 0, 0)
ZIP_DATUM = (2025, 6, 12, 14, 0, 0)


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    styles = doc.styles.element
    dd = styles.find(qn("w:docDefaults"))
    if dd is None:
        dd = OxmlElement("w:docDefaults")
        styles.insert(0, dd)
    rprd = dd.find(qn("w:rPrDefault"))
    if rprd is None:
        rprd = OxmlElement("w:rPrDefault")
        dd.insert(0, rprd)
    rpr = rprd.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rprd.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "ar-SA")


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("De Hakselaar – schoolplan 2025-2029 – ")
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    einde = OxmlElement("w:fldChar")
    einde.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(einde)


def _kopregel(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arceer(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
        _arceer(cel, "D9EAD3")
    _kopregel(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _deterministisch(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for naam, data in items:
            info = zipfile.ZipInfo(naam, date_time=ZIP_DATUM)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


# ---------------------------------------------------------------- inhoud
INLEIDING = [
    "Dit is het schoolplan van De Hakselaar voor de periode 1 augustus 2025 tot en met 31 juli 2029. "
    "We hebben het geschreven met het team, de leerlingenraad en de bedrijvenraad, waarin zes "
    "leerbedrijven uit de regio zitten. Het plan is bewust kort. Het begint met een eerlijke SWOT, "
    "daarna beschrijven we onze koers, en vervolgens werken we vijf speerpunten uit. Achterin staan "
    "de doelen in één tabel; die tabel is de basis voor de jaarplannen van de secties.",
    "Wat leverde het vorige plan (2021-2025) op? De kas is gerenoveerd, de mentorgroepen in de onderbouw "
    "zijn kleiner geworden en de praktijkhal heeft nieuwe machines. Andere doelen haalden we niet. Het "
    "slagingspercentage in de kaderberoepsgerichte leerweg bleef te laag, en het aantal onbevoegde "
    "docenten is zelfs gestegen, van vier naar zeven. Ook het plan om AVO en praktijk te verbinden is "
    "blijven steken bij een paar losse projecten in leerjaar 2. Die onderwerpen nemen we mee naar deze "
    "periode, met scherpere doelen en duidelijke eigenaren.",
    "De Hakselaar is een openbare vmbo-school van de Almeerse Scholen Groep (ASG). Als openbare school "
    "staan we open voor iedereen.",
]

PROFIEL = [
    ("School", "Vmbo De Hakselaar, Almere Hout"),
    ("BRIN", "19VP"),
    ("Directeur", "Hanneke Stoffels"),
    ("Leerlingen (1 oktober 2024)", "486"),
    ("Leerwegen", "basisberoepsgericht (BB), kaderberoepsgericht (KB), gemengde leerweg (GL, alleen Groen)"),
    ("Profielen", "Groen; Bouwen, wonen en interieur (BWI); Produceren, installeren en energie (PIE)"),
    ("Personeel", "58 medewerkers, van wie 41 docenten"),
    ("Voorzieningen", "kas van 620 m², proefveld van 1,2 hectare in Oosterwold, praktijkhal BWI/PIE"),
]

SWOT = [
    (
        "Sterk",
        [
            "Goed uitgeruste praktijklokalen voor drie profielen, een eigen kas en een proefveld.",
            "Leerlingen zijn tevreden over de praktijkvakken: 8,1 in de leerlingenquête van 2024.",
            "Een netwerk van 140 stagebedrijven.",
            "Slagingspercentage BB: 97 procent (2024).",
            "Kleine mentorgroepen in leerjaar 1 en 2 (hooguit 18 leerlingen).",
        ],
    ),
    (
        "Zwak",
        [
            "Slagingspercentage KB: 87 procent in 2024, drie jaar op rij onder de 90 procent.",
            "De praktijkhal voor BWI en PIE is uit 1978, te klein en slecht geïsoleerd.",
            "7 van de 41 docenten zijn (nog) niet bevoegd, vooral bij techniek; drie vacatures staan open.",
            "11 procent van de leerlingen was in 2023-2024 meer dan 16 uur ongeoorloofd afwezig.",
            "AVO-vakken en praktijkvakken werken nog te veel langs elkaar heen.",
        ],
    ),
    (
        "Kansen",
        [
            "De energietransitie en de woningbouw in Almere vragen de komende tien jaar duizenden "
            "vakmensen.",
            "De open dag van januari 2025 trok 612 bezoekers, 20 procent meer dan in 2024. Vooral de kas "
            "en de dierenverzorging waren druk bezocht.",
            "Stadslandbouw en zelfbouw in Oosterwold, op tien minuten fietsen van school.",
            "Middelen uit Sterk Techniekonderwijs en goede contacten met Aeres MBO Almere en ROC van "
            "Flevoland.",
        ],
    ),
    (
        "Bedreigingen",
        [
            "Het imago van het vmbo: ouders en basisscholen kiezen bij twijfel vaak voor de mavo.",
            "Bedrijven betalen technici meer dan het onderwijs; technische docenten zijn moeilijk te "
            "vinden.",
            "Stijgende bouwkosten zetten de nieuwbouw van de praktijkhal onder druk.",
            "De instroom schommelt tussen 126 en 141 leerlingen per jaar, wat de formatie onzeker maakt.",
        ],
    ),
]

SWOT_CONCLUSIE = [
    "Uit de SWOT trekken we drie conclusies. Onze praktijk is onze kracht, maar de gebouwen en de "
    "bezetting van de techniekafdeling houden dat niet vanzelf overeind. De resultaten in de "
    "kaderberoepsgerichte leerweg moeten omhoog. En de regio heeft ons nodig, en wij de regio. Die drie "
    "conclusies zie je terug in de speerpunten.",
]

KOERS = [
    "Op De Hakselaar leer je met je handen én met je hoofd. Je gaat hier weg met een diploma, een vak in "
    "je vingers en een plek in het mbo of bij een leerbedrijf. Dat is onze missie, en die is in vier "
    "jaar niet veranderd.",
    "Waar willen we in 2029 staan?",
]
KOERS_PUNTEN = [
    "Iedere leerling verlaat de school met een diploma en weet wat zijn volgende stap is.",
    "Theorie en praktijk sluiten op elkaar aan; een leerling merkt in de rekenles waarvoor hij het nodig "
    "heeft.",
    "Voor elke klas staat een bevoegde docent die zijn vak ook in de praktijk kent.",
    "Leerlingen en medewerkers werken veilig, in de werkplaats en daarbuiten.",
    "De Hakselaar is voor bedrijven en mbo in de regio een vaste partner.",
]
KOERS_SLOT = [
    "De koers van ASG, met de kernwaarden gezien worden, open, vooruitstrevend en ambitieus, is het kader "
    "waarbinnen we dit plan hebben geschreven. In de tabel met doelen staat welk doel bij welk venster "
    "van de koers hoort.",
]

# speerpunten: (titel, [alinea's, of ('lijst', [...])])
SPEERPUNTEN = [
    (
        "Speerpunt 1 – Leren in de praktijk",
        [
            "Het onderwijsprogramma volgt de examenprogramma's van de drie profielen en de kerndoelen voor "
            "de onderbouw. In leerjaar 1 en 2 hebben leerlingen 32 lesuren per week, waarvan acht uur "
            "praktijk in alle drie de profielen. Aan het eind van leerjaar 2 kiezen ze een profiel. In de "
            "bovenbouw besteden BB-leerlingen zestien en KB-leerlingen twaalf uur per week aan het "
            "beroepsgerichte programma. Burgerschap krijgt een plek in de mentorlessen en in de vakken.",
            "Onze leerlingen leren het best als ze zien waarvoor ze iets leren. Daarom werken we zoveel "
            "mogelijk met echte opdrachten. Leerlingen van het profiel Groen kweken in de kas jaarrond "
            "groente en snijbloemen. Sinds de nieuwe ledbelichting en de klimaatcomputer staan de planten "
            "er vitaler bij dan ooit, en in de les plantenteelt leren leerlingen wat een vitale plant "
            "nodig heeft. Op het proefveld in Oosterwold doen ze aan open teelt, samen met "
            "stadslandbouwers uit de buurt. BWI-leerlingen bouwen elk jaar twee tuinhuisjes voor bewoners "
            "van Oosterwold.",
            "Vanaf 2025-2026 bieden we in PIE het keuzevak Duurzame energie aan, met een opstelling van "
            "zonnepanelen en een warmtepomp in de praktijkhal. In 2026-2027 volgt het keuzevak "
            "Stadslandbouw, dat we samen met Aeres MBO Almere ontwikkelen. Zo sluit ons aanbod aan op het "
            "werk dat er de komende jaren in Almere ligt.",
            "In 2024 kreeg de praktijkhal een aantal innovatieve machines: een CNC-freesmachine, een "
            "lasrobot en vier 3D-printers, betaald uit Sterk Techniekonderwijs. Ze staan nu nog in de oude "
            "hal, en daarmee komen we bij het grootste project van deze periode.",
            "De nieuwe praktijkhal is een ambitieus bouwproject: 1.450 m² voor BWI en PIE, met een "
            "installatiewerkplaats, een houtwerkplaats en een ruimte waar leerlingen een woning op ware "
            "grootte kunnen afbouwen. De gemeente Almere heeft het project opgenomen in het Integraal "
            "Huisvestingsplan. De bouw start in maart 2026; de oplevering is gepland voor augustus 2027.",
            "Ten slotte willen we dat AVO en praktijk meer op elkaar aansluiten. In 2025-2026 maken de "
            "secties wiskunde en Nederlands samen met de praktijkdocenten vijftien 'werkplaatsopdrachten': "
            "rekenen met een materiaalstaat, een werkbon schrijven, een teeltplan lezen. In 2027 gebruiken "
            "alle leerjaar-3-klassen deze opdrachten.",
        ],
    ),
    (
        "Speerpunt 2 – Iedere leerling een diploma en een vervolg",
        [
            "In de basisberoepsgerichte leerweg slagen bijna alle leerlingen, in de kaderberoepsgerichte "
            "leerweg niet. Het KB-slagingspercentage was 87 procent in 2024. In 2027 moet dat minstens "
            "93 procent zijn. Daarvoor doen we het volgende:",
            (
                "lijst",
                [
                    "Elke sectie analyseert in september de examenresultaten met WOLF en stelt een "
                    "verbeterpunt vast voor het examenjaar.",
                    "We herzien vóór 1 oktober 2025 het PTA van KB: minder, maar betere toetsmomenten.",
                    "In april en mei zijn er examentrainingen voor Nederlands, Engels en wiskunde.",
                    "Leerlingen met twee of meer onvoldoendes in het voorexamenjaar krijgen een "
                    "studiecoach.",
                ],
            ),
            "We verwachten veel van onze leerlingen. Iedere leerling verlaat de school met een diploma én "
            "minstens één branchecertificaat, zoals VCA-basis, het heftruckcertificaat of het certificaat "
            "Veilig werken langs de weg. Leerlingen die meer kunnen, dagen we uit om over te stappen van "
            "BB naar KB of van KB naar GL. In 2024 deden 14 leerlingen dat; we willen naar 20 per jaar.",
            "Om te weten wat een leerling nodig heeft, beginnen we bij de warme overdracht van de "
            "basisschool. In leerjaar 1 maken alle leerlingen in oktober de toetsen van Cito VAS. Mentoren "
            "houden twee keer per jaar een gesprek met elke leerling, en vier keer per jaar "
            "is er een leerlingbespreking per klas.",
            "Ons schoolondersteuningsprofiel is in maart 2025 bijgesteld. We bieden faalangsttraining, "
            "begeleiding bij dyslexie en dyscalculie, een ondersteuningsteam met zorgcoördinator, "
            "jeugdarts en schoolmaatschappelijk werk, en De Werkbank: een ruimte waar leerlingen die "
            "tijdelijk niet in de klas kunnen werken, onder begeleiding verder werken. Er zijn ook grenzen. "
            "Leerlingen die door hun gedrag of beperking niet veilig met machines en gereedschap kunnen "
            "werken, kunnen we niet goed helpen. Dan zoeken we samen met ouders en het samenwerkingsverband "
            "Passend Onderwijs Almere VO een passende plek, bijvoorbeeld in het praktijkonderwijs of het "
            "voortgezet speciaal onderwijs.",
            "Het ongeoorloofd verzuim pakken we strakker aan. Wie om half negen niet op school is, wordt "
            "voor negen uur gebeld. Na drie keer ongeoorloofd verzuim volgt een gesprek met de mentor; bij "
            "zestien uur melden we de leerling bij leerplicht. Het aandeel leerlingen met meer dan zestien "
            "uur ongeoorloofd verzuim moet dalen van 11 naar 7 procent.",
        ],
    ),
    (
        "Speerpunt 3 – Vakmensen voor de klas",
        [
            "Zonder goede docenten geen goed vakonderwijs. Zeven van onze 41 docenten zijn nog niet "
            "bevoegd. Vijf van hen komen uit het bedrijfsleven: een installateur, twee timmerlieden, een "
            "hovenier en een dierenverzorger. Zij volgen een zij-instroomtraject, aan de "
            "lerarenopleiding Technisch beroepsonderwijs van Windesheim of aan Aeres Hogeschool. Ze krijgen "
            "vier uur per week studietijd en een coach uit het team. In 2027 zijn minstens drie van hen "
            "bevoegd, in 2029 allemaal.",
            "Andersom moeten onze ervaren praktijkdocenten bijblijven in hun vak. Daarom loopt elke "
            "praktijkdocent vanaf 2025-2026 twee dagen per jaar stage bij een bedrijf uit ons netwerk. In "
            "2025-2026 volgen zes docenten de training Didactisch coachen van de ASG Academie.",
            "Voor de vacatures werven we breder dan alleen via vacaturesites: via de bedrijvenraad, via "
            "oud-leerlingen die nu vakman zijn en via de gezamenlijke campagne die we met andere scholen "
            "in de regio voeren (zie speerpunt 5). Voor de werkplaatsen zetten we twee extra technisch "
            "onderwijsassistenten in, zodat docenten meer tijd hebben voor instructie.",
        ],
    ),
    (
        "Speerpunt 4 – Veilig werken, veilig leren",
        [
            "In een werkplaats met zaagmachines en een lasrobot is veiligheid geen bijzaak. Sinds januari "
            "2025 heeft elke leerling een digitaal machinepaspoort. Daarin staat op welke machines de "
            "leerling na instructie mag werken. Alle leerlingen van leerjaar 3 halen VCA-basis. Elk "
            "ongeval registreren we en bespreken we in de sectie. In 2024 waren er negen ongevallen met "
            "letsel, waarvan twee met verzuim. Ons doel is nul ongevallen met verzuim. In het najaar van "
            "2025 laten we een nieuwe RI&E uitvoeren.",
            "Sociale veiligheid is net zo belangrijk. In de leerlingenquête van 2024 gaf 84 procent van "
            "de leerlingen aan zich veilig te voelen; in 2027 willen we 90 procent halen. Samen met de "
            "leerlingenraad hebben we de werkplaatscode opgesteld: je bent zuinig op elkaar, je maakt geen "
            "grappen met gereedschap, je zegt het als iets onveilig is, en je scheldt niet. Wie de code "
            "overtreedt, heeft dezelfde dag een gesprek met de docent. Docenten houden zich er ook aan: "
            "niet schreeuwen en niemand voor de groep belachelijk maken. In 2025-2026 volgt het hele "
            "praktijkteam de training Positief gedrag in de werkplaats. Er is een anti-pestcoördinator, "
            "en het anti-pestprotocol wordt elk jaar met de leerlingenraad doorgenomen.",
        ],
    ),
    (
        "Speerpunt 5 – Samen met de regio",
        [
            "De Hakselaar kan niet zonder bedrijven en vervolgonderwijs. Onze belangrijkste partners zijn:",
            (
                "lijst",
                [
                    "Aeres MBO Almere: meeloopdagen voor leerjaar 3, gezamenlijke ontwikkeling van het "
                    "keuzevak Stadslandbouw en een warme overdracht van alle Groen-leerlingen.",
                    "ROC van Flevoland: doorlopende leerlijn voor BWI en PIE, met examenopdrachten die het "
                    "mbo herkent.",
                    "140 stagebedrijven, van installateurs tot kwekerijen, met een bedrijvenraad die vier "
                    "keer per jaar meedenkt over ons programma.",
                    "Staatsbosbeheer Flevoland: leerlingen doen twee keer per jaar onderhoudsklussen in "
                    "het Almeerderhout.",
                    "De stadslandbouwers van Oosterwold en de Voedselbank Almere, die een deel van de "
                    "oogst uit onze kas krijgt.",
                ],
            ),
            "Het tekort aan technische docenten lossen we niet alleen op. In het regionale verband van "
            "Sterk Techniekonderwijs werken we met de vmbo-scholen van andere besturen in Almere en "
            "Lelystad en met de gemeente samen. Sinds 2025 delen we twee docenten installatietechniek met "
            "een school in Lelystad. Met dezelfde partners voeren we in 2025 en 2026 de "
            "wervingscampagne 'Word docent techniek in Flevoland'.",
            "Binnen ASG zijn we de enige school met een groen profiel. De secties BWI en PIE werken samen "
            "met de techniekafdelingen van twee andere ASG-scholen: ze bereiden samen het CSPE voor, ze "
            "wisselen examenopdrachten uit en ze komen twee keer per jaar bij elkaar. Met de mavo's van ASG "
            "hebben we afgesproken dat leerlingen die in leerjaar 2 merken dat ze liever praktisch leren, "
            "bij ons kunnen instromen. Zo vindt ook een leerling die verkeerd gekozen heeft binnen ASG een "
            "passende plek.",
        ],
    ),
]

DOELEN_KOP = ["Speerpunt", "Doel", "Nu", "Streefwaarde", "Gereed", "Wie", "Venster ASG"]
DOELEN = [
    ("1", "Keuzevak Duurzame energie in PIE", "–", "gestart", "aug 2025", "sectie PIE", "1"),
    ("1", "Keuzevak Stadslandbouw met Aeres", "–", "gestart", "aug 2026", "sectie Groen", "1, 4"),
    ("1", "Nieuwe praktijkhal opgeleverd", "oude hal (1978)", "1.450 m² in gebruik", "aug 2027",
     "directeur", "–"),
    ("1", "Werkplaatsopdrachten AVO-praktijk", "0", "15, in alle klassen leerjaar 3", "2027",
     "secties NE/WI", "1"),
    ("2", "Slagingspercentage KB", "87%", "≥ 93%", "2027", "teamleider bovenbouw", "1"),
    ("2", "Slagingspercentage BB", "97%", "≥ 95%", "jaarlijks", "teamleider bovenbouw", "1"),
    ("2", "Overstap naar hogere leerweg", "14 leerlingen", "20 per jaar", "2028", "mentoren", "1"),
    ("2", "Leerlingen met > 16 uur ongeoorloofd verzuim", "11%", "≤ 7%", "2027", "verzuimcoördinator",
     "1"),
    ("3", "Onbevoegde docenten bevoegd", "0 van 7", "3 van 7 (2027), 7 van 7 (2029)", "2029",
     "directeur, P&O", "2"),
    ("3", "Docentstage per praktijkdocent", "–", "2 dagen per jaar", "vanaf 2025-2026",
     "teamleiders", "2"),
    ("4", "Ongevallen met verzuim", "2", "0", "jaarlijks", "preventiemedewerker", "–"),
    ("4", "Leerlingen voelen zich veilig", "84%", "≥ 90%", "2027", "anti-pestcoördinator", "–"),
    ("5", "Gedeelde docenten techniek in de regio", "2", "4", "2028", "directeur", "4"),
    ("5", "Gezamenlijke CSPE-voorbereiding met ASG-scholen", "1 bijeenkomst", "2 per jaar",
     "vanaf 2025-2026", "secties BWI/PIE", "3"),
]

KWALITEIT = [
    "We werken volgens een vaste cyclus. Elke sectie maakt in september een sectieplan met twee of drie "
    "doelen uit de tabel hierboven. In februari bespreekt de teamleider met de sectie de tussenstand. In "
    "juni evalueert de sectie het plan, en in juli maakt de directie daarvan het jaarverslag. De "
    "resultaten van elke toetsperiode worden per klas geanalyseerd; de examenresultaten in september met "
    "WOLF.",
    "Teamleiders bezoeken elke docent minstens twee keer per jaar in de les, ook in de werkplaats. "
    "Leerlingen vullen elk jaar in maart de leerlingenquête in, ouders om de twee jaar. Elk kwartaal "
    "rapporteren we aan het bestuur over de voortgang van de doelen in dit plan.",
    "De medezeggenschapsraad heeft op 10 juni 2025 ingestemd met dit schoolplan. Het College van Bestuur "
    "van ASG heeft het plan vastgesteld op 1 juli 2025.",
]


# ---------------------------------------------------------------- opbouw
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.2)
    sectie.right_margin = Cm(2.2)
    _voettekst(sectie)

    cp = doc.core_properties
    cp.title = "Schoolplan De Hakselaar 2025-2029"
    cp.author = "H. Stoffels"
    cp.last_modified_by = "Secretariaat De Hakselaar"
    cp.subject = "Schoolplan"
    cp.keywords = ""
    cp.comments = ""
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    # voorblad
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Vmbo De Hakselaar")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x3B, 0x6E, 0x22)
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2025-2029")
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Handen in de grond, hoofd bij het werk")
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph("Groen en techniek in Almere Hout")
    p = doc.add_paragraph("Versie 1.2 – juni 2025")
    p.add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("Inleiding", level=1)
    for t in INLEIDING:
        doc.add_paragraph(t)
    _tabel(doc, ["", ""], PROFIEL, breedtes=[5.0, 11.5])

    doc.add_heading("1. SWOT", level=1)
    doc.add_paragraph(
        "De SWOT hebben we op 13 februari 2025 opgesteld met het voltallige team en daarna voorgelegd "
        "aan de leerlingenraad en de bedrijvenraad."
    )
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    kleuren = ["D9EAD3", "F4CCCC", "CFE2F3", "FFF2CC"]
    for n, (kop, punten) in enumerate(SWOT):
        cel = t.rows[n // 2].cells[n % 2]
        cel.text = ""
        r = cel.paragraphs[0].add_run(kop)
        r.bold = True
        for punt in punten:
            cel.add_paragraph("– " + punt)
        _arceer(cel, kleuren[n])
    doc.add_paragraph()
    for t_ in SWOT_CONCLUSIE:
        doc.add_paragraph(t_)

    doc.add_heading("2. Onze koers", level=1)
    doc.add_paragraph(KOERS[0])
    doc.add_heading(KOERS[1], level=2)
    for punt in KOERS_PUNTEN:
        doc.add_paragraph(punt, style="List Number")
    for t_ in KOERS_SLOT:
        doc.add_paragraph(t_)

    doc.add_heading("3. Vijf speerpunten", level=1)
    for titel, blokken in SPEERPUNTEN:
        doc.add_heading(titel, level=2)
        for blok in blokken:
            if isinstance(blok, tuple):
                for item in blok[1]:
                    doc.add_paragraph(item, style="List Bullet")
            else:
                doc.add_paragraph(blok)

    doc.add_heading("4. Doelen 2025-2029", level=1)
    _tabel(doc, DOELEN_KOP, DOELEN, breedtes=[1.6, 4.2, 2.0, 2.8, 1.9, 2.4, 1.6])

    doc.add_heading("5. Hoe we de voortgang bewaken", level=1)
    for t_ in KWALITEIT:
        doc.add_paragraph(t_)

    doc.save(path)
    _deterministisch(path)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_216_vmbo_de_hakselaar.docx")
