"""Schoolplan 2025-2029 van Jenaplanschool De Vlonder (Almere Poort): een kort, keuzegericht plan.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
Deterministisch: vaste datums in de documenteigenschappen en in het zip-archief.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 12, 16, 5, 0)

INHOUD = [
    ("h1", "Waarom dit plan kort is"),
    ("p", "Voor u ligt het schoolplan van Jenaplanschool De Vlonder voor de schooljaren 2025-2026 tot en met "
          "2028-2029. Het is bewust een kort plan. In ons vorige schoolplan stonden 31 doelen, en eerlijk is "
          "eerlijk: we hebben er ongeveer de helft van gehaald. Deze keer kiezen we."),
    ("p", "Uit de koers van de Almeerse Scholen Groep werken we twee kernwaarden en twee vensters uit: Gezien "
          "worden en Open, en de vensters Goed en toegankelijk onderwijs en Partnerschap. Die liggen het dichtst "
          "bij ons Jenaplanonderwijs en daar willen we de komende vier jaar echt iets veranderen. Wat we met de "
          "andere onderdelen doen, staat kort in het hoofdstuk Wat we nu laten liggen. Het team heeft de keuzes "
          "gemaakt op de studiedag van 3 maart 2025, de kinderraad heeft meegedacht over de hoofdstukken Gezien "
          "worden en Open."),

    ("h1", "Onze school"),
    ("p", "De Vlonder is een openbare Jenaplanschool in Almere Poort, opgericht in 2009. Als openbare school "
          "staan we open voor ieder kind. Op 1 oktober 2024 zaten er 214 kinderen op school, verdeeld over negen "
          "stamgroepen: drie onderbouwgroepen (4 tot 6 jaar), drie middenbouwgroepen (6 tot 9 jaar) en drie "
          "bovenbouwgroepen (9 tot 12 jaar). Het team bestaat uit 19 mensen, samen 13,2 fte."),
    ("p", "Almere Poort is een jonge wijk die nog steeds groeit. De meeste gezinnen wonen hier nog geen tien jaar, "
          "veel ouders werken in Amsterdam en hebben weinig familie in de buurt. Ongeveer een derde van onze "
          "kinderen spreekt thuis naast het Nederlands een andere taal. De gemeente verwacht dat het aantal "
          "kinderen in onze buurt tot 2028 nog licht stijgt; wij rekenen op ongeveer 230 leerlingen aan het eind "
          "van deze planperiode, en dus op een tiende stamgroep vanaf 2027."),
    ("p", "De week heeft bij ons een vast ritme van gesprek, spel, werk en viering. Elke dag begint en eindigt in "
          "de kring. In de blokperiode werken kinderen aan hun weektaak voor rekenen, taal en lezen; daarvoor "
          "gebruiken we Pluspunt 4, Staal en Estafette. Begrijpend lezen geven we binnen wereldoriëntatie, met "
          "teksten van Nieuwsbegrip. Wereldoriëntatie is het hart van ons onderwijs: per jaar werken we met "
          "vier bouwbrede thema's van acht weken, waarin aardrijkskunde, geschiedenis, natuur en techniek "
          "samenkomen. Elke vrijdag is er een viering waarin een stamgroep laat zien waaraan ze gewerkt heeft."),
    ("p", "Burgerschap zit bij ons in de manier waarop we samenleven in de stamgroep. In de midden- en "
          "bovenbouw is er elke week een stamgroepvergadering met een voorzitter en een notulist uit de groep, "
          "die zelf de agenda maken. De kinderraad, met twee kinderen uit elke bovenbouwgroep, praat zes keer per "
          "jaar met de directeur en heeft een eigen budget van 500 euro. In 2025-2026 leggen we per bouw vast "
          "welke burgerschapsdoelen in welke wereldoriëntatiethema's zitten, zodat we kunnen laten zien dat we "
          "alle kerndoelen dekken."),

    ("h1", "Gezien worden: elk kind een plek in de kring"),
    ("p", "Onze school heeft een gastvrije cultuur waarin iedereen zich welkom voelt. Concreet ziet dat er zo "
          "uit. De deur van elke stamgroep gaat om 8.20 uur open en ouders lopen tot 8.30 uur mee naar binnen. "
          "Nieuwe gezinnen krijgen voor de eerste zes weken een maatjesgezin uit dezelfde stamgroep, dat uitlegt "
          "hoe dingen hier gaan. Bezoekers en nieuwe ouders worden op woensdag- en vrijdagochtend rondgeleid door "
          "twee bovenbouwkinderen van de ontvangstdienst, die daar vooraf voor oefenen."),
    ("p", "Gezien worden gaat voor ons vooral over het kind in de groep. Ieder kind heeft een eigen portfolio met "
          "werk dat het zelf kiest. Elke zes weken voert de stamgroepleider met ieder kind een kindgesprek van "
          "tien minuten over hoe het gaat, wat het wil leren en wat het nodig heeft. In de onderbouw volgen we de "
          "ontwikkeling met KIJK!, in de midden- en bovenbouw met de toetsen van Leerling in beeld, twee keer per "
          "jaar. Drie keer per jaar bespreekt de stamgroepleider de hele groep met de intern begeleider. Daar "
          "leggen we per kind vast wat het nodig heeft, en wat we daarvan in de blokperiode en in de kring "
          "terugzien."),
    ("p", "Wat nog niet goed gaat: in de evaluatie van 2024 gaf een kwart van de bovenbouwkinderen aan dat ze in "
          "de kring niet vaak aan het woord komen. Vanaf 2025-2026 werken we in de bovenbouw twee keer per week "
          "met een kleine kring van zes kinderen in plaats van de hele stamgroep."),

    ("h1", "Open: zeggen wat we doen"),
    ("p", "Wij gaan respectvol om met de mensen binnen en buiten onze school. Voor ouders betekent open vooral: "
          "weten wat er in de groep gebeurt en waarom. Sinds 2024 gebruiken we alleen nog Parro voor berichten aan "
          "ouders; losse mailtjes en papieren briefjes zijn afgeschaft. Elke stamgroepleider stuurt op vrijdag "
          "een weekbericht met foto's en het thema van de week. Twee keer per jaar, in oktober en maart, is er een "
          "driehoeksgesprek tussen kind, ouder en stamgroepleider, waarin het kind zijn portfolio laat zien. In "
          "juni gaat het portfolio mee naar huis in plaats van een rapport met cijfers. Bij de indeling van de "
          "stamgroepen leggen we ouders vooraf uit welke afwegingen we maken."),
    ("p", "Op De Vlonder zitten kinderen met 27 nationaliteiten. Dat willen we zichtbaar maken. Elke stamgroep "
          "houdt per schooljaar een wereldviering waarin kinderen iets laten zien van hun thuis: een lied, een "
          "gerecht, een verhaal in hun eigen taal. In de schoolbibliotheek staan in 2026 prentenboeken in de tien "
          "thuistalen die bij ons het meest gesproken worden. Bij het samenstellen van de stamgroepen zorgen we "
          "voor een mix van achtergronden, jongens en meisjes en jongste, middelste en oudste kinderen."),

    ("h1", "Goed en toegankelijk onderwijs"),
    ("h2", "Opbrengsten"),
    ("p", "Op de doorstroomtoets van 2024 haalde 98 procent van onze kinderen in groep 8 het fundamentele niveau "
          "1F voor lezen en 93 procent voor rekenen. Het streefniveau haalden 71 procent (lezen, 2F) en 38 "
          "procent (rekenen, 1S). Daarmee zitten we boven de signaleringswaarden van de inspectie, maar rekenen op "
          "1S blijft achter bij vergelijkbare scholen (46 procent). Vanaf 2025-2026 krijgt rekenen daarom vaste "
          "instructietijd in de blokperiode: vier keer per week twintig minuten, in niveaugroepen binnen de bouw."),
    ("h2", "Wereldoriëntatie vanuit de vragen van kinderen"),
    ("p", "Elk thema begint met een vragenmuur: in de eerste week verzamelt de stamgroep wat kinderen willen "
          "weten. Minstens de helft van de werkopdrachten in het thema komt voort uit die vragen. Zo sluiten de "
          "thema's aan bij wat kinderen thuis, op straat en op het nieuws meemaken. In 2026 evalueren we met de "
          "kinderraad welke thema's zij het meest hebben geleerd."),
    ("h2", "Ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel (vastgesteld november 2024) staat wat we kunnen bieden: begeleiding "
          "bij dyslexie, een Denktank voor kinderen die meer uitdaging nodig hebben (één ochtend per week, nu 14 "
          "kinderen), begeleiding van kinderen met een taalontwikkelingsstoornis samen met Kentalis, en "
          "ondersteuning bij lichte gedragsvragen in de stamgroep. Onze grenzen liggen bij kinderen die "
          "doorlopend één-op-één begeleiding nodig hebben of bij wie de veiligheid van de groep in het geding "
          "komt. Dan zoeken we samen met de ouders en het Samenwerkingsverband Passend Onderwijs Almere naar een "
          "arrangement of een andere school die beter past. Dat gebeurde in 2024 bij twee kinderen."),
    ("h2", "Veiligheid"),
    ("p", "In alle groepen werken we met de Kanjertraining, met elke week een Kanjerles. In groep 5 tot en met 8 "
          "vullen kinderen jaarlijks in november de vragenlijst van KanVAS in; in 2024 voelde 91 procent zich "
          "veilig op school. De intern begeleider is ook antipestcoördinator. Elk incident bespreekt zij binnen "
          "een week met de betrokken kinderen en hun ouders."),
    ("h2", "Hoe we de kwaliteit bewaken"),
    ("p", "Ons jaar volgt een vaste cyclus. In juni stellen we het jaarplan vast, in februari doen we een "
          "tussenevaluatie en in september schrijven we het jaarverslag. Twee keer per jaar maken we een "
          "trendanalyse van de toetsen en bespreken die met het team. Met de kwaliteitskaarten van WMK-PO lichten "
          "we elk jaar vier onderdelen van ons onderwijs door, en in 2026 en 2028 nemen we bij kinderen en ouders "
          "een tevredenheidspeiling af. De resultaten komen in het jaarverslag en in de kwartaalrapportage aan "
          "het bestuur."),

    ("h1", "Partnerschap"),
    ("p", "Jenaplan is van oudsher een school van kinderen, ouders en stamgroepleiders samen. Bij elk thema van "
          "wereldoriëntatie vragen we ouders met een beroep of hobby die past bij het thema om een expertmiddag "
          "te verzorgen; in 2024-2025 deden 38 ouders mee. Drie keer per jaar is er een ouderkring over ons "
          "onderwijs, bijvoorbeeld over hoe kinderen bij ons leren rekenen en wat je daar thuis aan kunt doen. "
          "Daarnaast blijven de driehoeksgesprekken de belangrijkste plek waar ouders meepraten over het leren "
          "van hun kind."),
    ("p", "In ons gebouw zit Partou, onze partner voor kinderopvang en de peutergroep. Met hen maken we één keer "
          "per jaar een warme overdracht van iedere peuter die naar onze onderbouw gaat. Partou en wij "
          "observeren allebei met KIJK!, zodat de gegevens van de peuter gewoon doorlopen. De Nieuwe Bibliotheek Almere "
          "levert een leesconsulent voor vier uur per week en vult de schoolbibliotheek aan. Bij thema's over "
          "natuur werken we met de buurtmoestuin in het Cascadepark, waar elke middenbouwgroep een eigen bak "
          "heeft. Met het wijkteam van Poort hebben we elke zes weken een overleg over gezinnen die extra steun "
          "nodig hebben."),

    ("h1", "Wat we nu laten liggen"),
    ("p", "Vooruitstrevend en Ambitieus werken we in dit schoolplan niet uit. We nemen deze kernwaarden mee in "
          "het jaarplan 2026-2027, na de evaluatie van het eerste jaar."),
    ("p", "Personeel in positie: voor ons personeelsbeleid volgen we het HR-beleid van de ASG. Onze eigen "
          "accenten volgen in het jaarplan."),
    ("p", "De meerwaarde van ASG is in deze planperiode geen prioriteit voor ons."),

    ("h1", "Onze doelen"),
]

DOELEN_KOP = ["Doel", "Wanneer", "Hoe we het merken"]
DOELEN = [
    ("Nieuwe gezinnen hebben de eerste zes weken een maatjesgezin.", "vanaf 2025-2026",
     "Alle nieuwe gezinnen; bij de evaluatie na zes weken geeft 90% aan zich welkom te voelen."),
    ("Elke zes weken een kindgesprek met ieder kind.", "vanaf 2025-2026",
     "Gesprekken staan in Parnassys; steekproef bij de groepsbespreking."),
    ("Kleine kringen in de bovenbouw, twee keer per week.", "2025-2026",
     "In de kinderpeiling van 2026 zegt 90% vaak aan het woord te komen (2024: 75%)."),
    ("Prentenboeken in de tien meest gesproken thuistalen.", "2026",
     "Collectie staat in de schoolbibliotheek."),
    ("Rekenen op 1S omhoog door vaste instructietijd.", "2027",
     "Minstens 45% van groep 8 haalt 1S (2024: 38%)."),
    ("Burgerschapsdoelen per bouw gekoppeld aan de thema's.", "juli 2026",
     "Overzicht per bouw ligt vast; alle kerndoelen gedekt."),
    ("Expertmiddagen door ouders bij elk thema.", "elk jaar",
     "Minstens 40 ouders per jaar (2024-2025: 38)."),
    ("Warme overdracht van iedere peuter van Partou.", "elk jaar",
     "100% van de peuters met een overdrachtsgesprek."),
]

SLOT = ("De medezeggenschapsraad heeft meegelezen. Het plan is vastgesteld door de directeur op 12 juni 2025 en wordt aan het College van "
        "Bestuur van de ASG aangeboden.")


def _zet_taal(doc, taal="nl-NL"):
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), taal)
    lang.set(qn("w:eastAsia"), taal)


def _paginanummer(paragraph):
    def fld(soort):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), soort)
        return el
    r1 = paragraph.add_run()
    r1._r.append(fld("begin"))
    r2 = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    r2._r.append(instr)
    r3 = paragraph.add_run()
    r3._r.append(fld("separate"))
    paragraph.add_run("1")
    r5 = paragraph.add_run()
    r5._r.append(fld("end"))


def _koprij_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _vaste_zipdatum(path):
    with open(path, "rb") as f:
        data = f.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as z:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 12, 16, 5, 0))
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as f:
        f.write(uit.getvalue())


def build(path):
    doc = Document()
    _zet_taal(doc)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)

    normal = doc.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(10)
    groen = RGBColor(0x2E, 0x6B, 0x3A)
    for naam in ("Heading 1", "Heading 2", "Title"):
        doc.styles[naam].font.color.rgb = groen
        doc.styles[naam].font.name = "Verdana"

    cp = doc.core_properties
    cp.title = "Schoolplan De Vlonder 2025-2029"
    cp.subject = ""
    cp.author = "J. Bakhuis"
    cp.last_modified_by = "J. Bakhuis"
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.language = "nl-NL"
    cp.revision = 4
    cp.created = datetime.datetime(2025, 3, 17, 19, 40, 0)
    cp.modified = VASTE_DATUM

    vp = sec.footer.paragraphs[0]
    vp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paginanummer(vp)

    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    sub = doc.add_paragraph()
    r = sub.add_run("Jenaplanschool De Vlonder, Almere Poort")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Kiezen is ook een keuze").runs[0].italic = True
    info = doc.add_paragraph("Directeur: Jorien Bakhuis  |  Intern begeleider: Samira el Khatib  |  "
                             "Bevoegd gezag: Almeerse Scholen Groep")
    info.runs[0].font.size = Pt(9)

    for blok in INHOUD:
        if blok[0] == "h1":
            doc.add_heading(blok[1], level=1)
        elif blok[0] == "h2":
            doc.add_heading(blok[1], level=2)
        else:
            doc.add_paragraph(blok[1])

    doc.add_paragraph("De doelen hieronder zijn de basis voor onze jaarplannen. Meer hebben we er bewust niet.")
    tabel = doc.add_table(rows=1, cols=3)
    tabel.style = "Light List Accent 6"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, kop in enumerate(DOELEN_KOP):
        tabel.rows[0].cells[i].text = kop
    _koprij_herhalen(tabel.rows[0])
    for rij in DOELEN:
        cellen = tabel.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    breedtes = (Cm(6.2), Cm(2.8), Cm(7.0))
    for rij in tabel.rows:
        for i, b in enumerate(breedtes):
            rij.cells[i].width = b
            for p in rij.cells[i].paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)

    doc.add_heading("Tot slot", level=1)
    doc.add_paragraph(SLOT)

    doc.save(path)
    _vaste_zipdatum(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_124_jenaplan_de_vlonder.docx")
