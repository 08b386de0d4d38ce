# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Openbaar Daltonkindcentrum De Dwarsfluit (Almere Poort).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
Deterministisch: vaste datums in de documenteigenschappen en vaste tijdstempels in het zip-archief.
"""
import datetime
import os
import shutil
import tempfile
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

VASTE_DATUM = datetime.datetime(2025, 6, 20, 9, 30, 0)
ACCENT = RGBColor(0x1F, 0x5C, 0x8B)


# ---------------------------------------------------------------- hulpfuncties

def _taal_nl(style):
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _stijlen(doc):
    normal = doc.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), "Verdana")
    _taal_nl(normal)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 12.5), ("Title", 26)):
        st = doc.styles[naam]
        st.font.name = "Verdana"
        st.font.size = Pt(grootte)
        st.font.color.rgb = ACCENT
        _taal_nl(st)


def _paginanummers(doc):
    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.4)
    sectie.right_margin = Cm(2.4)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan De Dwarsfluit 2025-2029  |  pagina ").font.size = Pt(8)
    run = voet.add_run()
    run.font.size = Pt(8)
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


def _cel_kleur(cel, hexkleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexkleur)
    tcpr.append(shd)


def _kopregel_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def h1(doc, tekst):
    doc.add_heading(tekst, level=1)


def h2(doc, tekst):
    doc.add_heading(tekst, level=2)


def p(doc, tekst):
    return doc.add_paragraph(tekst)


def opsom(doc, items, genummerd=False):
    stijl = "List Number" if genummerd else "List Bullet"
    for item in items:
        doc.add_paragraph(item, style=stijl)


def doel(doc, tekst):
    par = doc.add_paragraph()
    par.paragraph_format.left_indent = Cm(0.6)
    r = par.add_run("Ons doel: ")
    r.bold = True
    r.font.color.rgb = ACCENT
    par.add_run(tekst)
    return par


def tabel(doc, koppen, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(koppen))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(koppen):
        cel = t.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(k)
        run.bold = True
        _cel_kleur(cel, "DCE8F3")
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def kinderkader(doc, uitspraken):
    """Kader 'Wat vinden de kinderen?' als tabel met een cel en een zachte achtergrond."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cel = t.rows[0].cells[0]
    _cel_kleur(cel, "FFF4D6")
    kop = cel.paragraphs[0]
    r = kop.add_run("Wat vinden de kinderen?")
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0xB3, 0x5C, 0x00)
    for citaat, wie in uitspraken:
        par = cel.add_paragraph()
        rc = par.add_run("\u201c" + citaat + "\u201d")
        rc.italic = True
        par.add_run("  \u2013 " + wie)
    doc.add_paragraph()


def _zip_vastzetten(path):
    """Schrijf het zip-archief opnieuw met vaste tijdstempels, zodat de uitvoer byte-gelijk is."""
    map_ = tempfile.mkdtemp()
    try:
        tmp = os.path.join(map_, "x.docx")
        with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zuit:
            for item in zin.infolist():
                info = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 20, 9, 30, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o600 << 16
                zuit.writestr(info, zin.read(item.filename))
        shutil.copyfile(tmp, path)
    finally:
        shutil.rmtree(map_)


# ---------------------------------------------------------------- inhoud

def _voorblad(doc):
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run("Schoolplan 2025 \u2013 2029")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for tekst, grootte, vet in (
        ("Openbaar Daltonkindcentrum De Dwarsfluit", 16, True),
        ("\u2018Samen spelen we de muziek\u2019", 13, False),
        ("", 10, False),
        ("Odysseestraat 14, 1363 ZK Almere Poort  \u2022  BRIN 32HZ", 10, False),
        ("Onderdeel van de Almeerse Scholen Groep (ASG)", 10, False),
        ("", 10, False),
        ("Geschreven door de werkgroep Schoolplan, juni 2025", 10, False),
    ):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = par.add_run(tekst)
        r.font.size = Pt(grootte)
        r.bold = vet
        if vet:
            r.font.color.rgb = ACCENT
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    h1(doc, "Even voorstellen: dit is ons plan!")
    p(doc, "Beste lezer,")
    p(doc, "Wat fijn dat je ons schoolplan openslaat! Voor je ligt het plan waarmee wij, het team van "
           "Openbaar Daltonkindcentrum De Dwarsfluit, de komende vier jaar aan de slag gaan. Het plan geldt voor de "
           "schooljaren 2025-2026 tot en met 2028-2029, dus van 1 augustus 2025 tot en met 31 juli 2029.")
    p(doc, "Dit keer heeft een werkgroep van vier leerkrachten de pen vastgehouden: Joyce Amankwah "
           "(groep 1-2), Sanne Verbeek (groep 4), Mehmet Y\u0131ld\u0131z (groep 7) en Ruud Hoogendoorn (groep 8 en "
           "Daltoncoördinator). Onze directeur, Ingrid Pals, las mee en hield ons bij de les als we te veel "
           "wilden. Dat gebeurde nogal eens!")
    p(doc, "We hebben geprobeerd het hele kindcentrum mee te nemen. Op twee studiedagen (9 oktober 2024 en "
           "12 februari 2025) dachten alle collega's mee over wat goed gaat en wat beter kan. Op de ouderavond "
           "\u2018Soep & Schoolplan\u2019 in januari 2025 kwamen 46 ouders met ons in gesprek. En natuurlijk hebben we "
           "het de kinderen zelf gevraagd. De kinderraad interviewde in maart 2025 in totaal 71 kinderen uit groep 3 "
           "tot en met 8, en in de kleutergroepen hielden we kringgesprekken. Hun antwoorden vind je in elk hoofdstuk "
           "in het kader \u2018Wat vinden de kinderen?\u2019. We hebben ze bewust niet mooier gemaakt dan ze zijn.")
    p(doc, "Ons plan staat niet op zichzelf. Wij horen bij de Almeerse Scholen Groep (ASG), en ons bestuur heeft in "
           "Koers 22 \u2018Leren in verbinding\u2019 beschreven waar het met alle scholen naartoe wil. We hebben die "
           "koers gelezen en besproken, en we hebben gekozen wat bij ons past. Niet alles uit de koers komt in dit plan "
           "terug; wat er wel staat, hebben we in onze eigen woorden opgeschreven. Onze doelen staan midden in de tekst, "
           "herkenbaar aan \u2018Ons doel:\u2019 met een datum erbij. Elk jaar maken we van dit plan een jaarplan.")
    p(doc, "Een schoolplan is een beetje zoals muziek maken in een orkest: iedereen speelt zijn eigen partij, maar "
           "pas samen klinkt het echt.")
    p(doc, "Namens de werkgroep,\nJoyce, Sanne, Mehmet en Ruud")


def _hoofdstuk1(doc):
    h1(doc, "1. Dit zijn wij")
    h2(doc, "1.1 Ons kindcentrum")
    p(doc, "De Dwarsfluit staat sinds 2011 midden in het Homeruskwartier in Almere Poort. In ons gebouw aan de "
           "Odysseestraat werken de school en Kinderopvang Het Speelkwartier samen onder één dak. Het Speelkwartier "
           "verzorgt twee peutergroepen (waarvan één met voorschoolse educatie), een kinderdagverblijf voor baby's en "
           "dreumesen en de buitenschoolse opvang voor ongeveer 140 kinderen. Sinds 2019 noemen we ons een integraal "
           "kindcentrum (IKC): kinderen van 0 tot 13 jaar kunnen bij ons de hele dag terecht, in één vertrouwd gebouw "
           "met één pedagogische aanpak.")
    tabel(doc, ["Kerngegevens", ""], [
        ["Naam", "Openbaar Daltonkindcentrum De Dwarsfluit"],
        ["BRIN", "32HZ"],
        ["Bestuur", "Almeerse Scholen Groep (ASG)"],
        ["Adres", "Odysseestraat 14, 1363 ZK Almere"],
        ["Directeur", "Ingrid Pals"],
        ["Onderwijsconcept", "Dalton (licentie Nederlandse Dalton Vereniging sinds 2016)"],
        ["Leerlingen (1 oktober 2024)", "318, verdeeld over 13 groepen"],
        ["Medewerkers school", "34 (27,4 fte)"],
        ["Partner kinderopvang", "Kinderopvang Het Speelkwartier"],
        ["Planperiode", "1 augustus 2025 \u2013 31 juli 2029"],
    ], breedtes=[5, 10])
    h2(doc, "1.2 Onze kinderen en hun ouders")
    p(doc, "Onze kinderen hebben samen wortels in 27 landen; bij ongeveer een derde van de kinderen wordt thuis naast "
           "Nederlands nog een andere taal gesproken, vooral Arabisch, Turks, Engels, Papiaments en Pools. De "
           "schoolweging van de inspectie is 31,2 (het landelijk gemiddelde is 30). Onze kinderen krijgen gemiddeld "
           "dus iets meer uitdagingen mee dan op een gemiddelde school. Het leerlingaantal groeide de afgelopen vijf jaar van 271 naar "
           "318. We verwachten dat het rond de 330 stabiliseert, omdat er in de wijk nog een basisschool bij komt.")
    h2(doc, "1.3 Waar wij in geloven")
    p(doc, "Bij ons leer je met je hoofd, je hart en je handen. We geloven dat ieder kind uniek is en dat elk kind het "
           "beste uit zichzelf kan halen als het vertrouwen krijgt. Dat vertrouwen is de kern van Dalton. Onze vijf Daltonwaarden zijn:")
    opsom(doc, [
        "Verantwoordelijkheid: vrijheid binnen duidelijke grenzen.",
        "Zelfstandigheid: zelf problemen oplossen en weten wat je doet als je vastloopt.",
        "Samenwerken: leren van en met elkaar.",
        "Reflectie: nadenken over hoe het ging en wat je volgende keer anders doet.",
        "Effectiviteit: slim omgaan met tijd.",
    ])
    p(doc, "Onze naam past daar mooi bij. Een dwarsfluit klinkt pas als je zelf blaast, maar in een orkest speel je nooit "
           "alleen. Muziek heeft daarom ook een bijzondere plek op onze school (zie paragraaf 2.5).")
    kinderkader(doc, [
        ("Op deze school mag je zelf kiezen wanneer je wat doet. Op mijn vorige school moest alles tegelijk.",
         "Yasmina, groep 6"),
        ("Ik vind het fijn dat mijn broertje hier ook naar de opvang gaat. Dan zie ik hem in de pauze.", "Daan, groep 4"),
        ("Dalton betekent dat je zelf moet nadenken. Dat is soms best vermoeiend.", "Isa, groep 8"),
    ])


def _hoofdstuk2(doc):
    h1(doc, "2. Zo leren wij: Dalton in de klas")
    h2(doc, "2.1 Een dag bij ons")
    p(doc, "Wie op een dinsdagochtend door onze school loopt, ziet overal kinderen aan het werk. In groep 1-2 hangen de "
           "kinderen hun magneetje op het planbord bij de activiteit die ze gekozen hebben. In groep 3 werken de "
           "kinderen met een dagtaak, vanaf groep 4 met een weektaak. Op de weektaak staan de instructies, de "
           "verplichte taken en de keuzetaken. Kinderen kleuren af wat klaar is. Op de gang werken kinderen met een maatje aan een taak, terwijl de leerkracht in de klas instructie "
           "geeft aan een kleine groep. Het blokje op de tafel laat zien of je hulp wilt of juist even niet gestoord "
           "wilt worden. Zo wordt uitgestelde aandacht voor de kinderen vanzelfsprekend.")
    p(doc, "Voor de instructie werken we met het model van Expliciete Directe Instructie (EDI). Goede uitleg is "
           "juist de basis voor zelfstandig werken.")
    h2(doc, "2.2 Wat leren de kinderen?")
    p(doc, "We bieden het volledige aanbod dat hoort bij de kerndoelen van het primair onderwijs. Daarvoor gebruiken we "
           "de volgende methodes en materialen:")
    tabel(doc, ["Vakgebied", "Methode of aanpak"], [
        ["Groep 1-2", "Thematisch werken met Kleuterplein; observeren met KIJK!"],
        ["Aanvankelijk lezen", "Veilig leren lezen (KIM-versie), groep 3"],
        ["Technisch lezen", "Estafette (groep 4 t/m 6), daarna leesbevordering met de Bibliotheek op school"],
        ["Begrijpend lezen", "Nieuwsbegrip (groep 4 t/m 8)"],
        ["Taal en spelling", "Staal (groep 4 t/m 8)"],
        ["Rekenen", "Wereld in getallen 5 (sinds 2023)"],
        ["Wereldoriëntatie", "Blink Wereld geïntegreerd (aardrijkskunde, geschiedenis, natuur en techniek)"],
        ["Engels", "Stepping Stones Junior (groep 5 t/m 8)"],
        ["Sociaal-emotioneel leren", "Kwink (groep 1 t/m 8)"],
        ["Muziek", "Eigenwijs Digitaal en een vakdocent van De Kunstlinie"],
        ["Bewegingsonderwijs", "Vakleerkracht, twee lessen per week vanaf groep 3"],
        ["Digitale geletterdheid", "Basicly (invoering vanaf 2026, zie 2.4)"],
    ], breedtes=[5, 10])
    p(doc, "Hoe weten we of kinderen de kerndoelen en referentieniveaus halen? We volgen de kinderen twee keer per jaar "
           "met de toetsen van Boom LVS en in groep 8 met de IEP Doorstroomtoets. De afgelopen drie jaar lagen onze "
           "resultaten boven de signaleringswaarden van de inspectie:")
    tabel(doc, ["Schooljaar", "Fundamenteel niveau (1F)", "Streefniveau (2F/1S)"], [
        ["2021-2022", "96,4%", "58,1%"],
        ["2022-2023", "95,0%", "54,7%"],
        ["2023-2024", "97,1%", "61,3%"],
    ])
    p(doc, "Bij lezen en rekenen scoren we ruim boven het gemiddelde van scholen met een vergelijkbare schoolweging. "
           "Spelling is onze zorg: op het streefniveau voor taalverzorging komt maar 47% van de groep 8-kinderen. In "
           "het team ontdekten we dat kinderen de spellingregels wel kennen, maar ze in hun eigen teksten niet "
           "toepassen. Daarom nemen we vanaf 2025-2026 in elke weektaak van groep 5 tot en met 8 een schrijftaak op, "
           "waarin kinderen hun eigen tekst controleren met de spellingkaart en daarna met een maatje.")
    doel(doc, "In juli 2027 haalt minimaal 65% van onze groep 8-kinderen het streefniveau 2F/1S op de doorstroomtoets "
              "(gemiddeld over lezen, taalverzorging en rekenen).")
    doel(doc, "In juli 2028 haalt minimaal 55% van de groep 8-kinderen het streefniveau voor taalverzorging (nu 47%).")
    h2(doc, "2.3 Lat omhoog!")
    p(doc, "Wij vinden dat élk kind meer kan dan het zelf denkt. Dat meten we ook: in de groepsbespreking kijken we "
           "niet alleen naar kinderen die uitvallen, maar juist ook naar kinderen die meer kunnen dan ze laten zien. "
           "Op de weektaak krijgt ieder kind vanaf groep 4 minstens één \u2018uitdaging\u2019: een taak net boven het "
           "eigen niveau, die het zelf kiest. Kinderen die de stof snel beheersen, krijgen minder herhaling en werken "
           "met verrijkingsstof uit de Levelwerk-kast. En we zeggen het hardop: in groep 6, 7 en 8 bespreken we met elk "
           "kind welk niveau het aan het eind van de basisschool zelf wil halen. Een kind dat weet waar het naartoe "
           "werkt, werkt harder.")
    doel(doc, "Vanaf januari 2026 heeft ieder kind in groep 4 t/m 8 op zijn weektaak minimaal één zelfgekozen "
              "uitdaging.")
    h2(doc, "2.4 Klaar voor morgen")
    p(doc, "De wereld waarin onze kinderen straks werken, bestaat voor een deel nog niet. Wat betekent dat voor wat "
           "we vandaag in de klas doen? Wij kiezen voor drie dingen.")
    p(doc, "Ten eerste digitale geletterdheid. In schooljaar 2025-2026 schrijft een werkgroep met onze "
           "ICT-coördinator Mark de Vries een leerlijn digitale geletterdheid voor groep 1 tot en met 8, met de lessen "
           "van Basicly als basis. Daarin komen mediawijsheid, programmeren, informatievaardigheden en "
           "ICT-basisvaardigheden aan bod.")
    doel(doc, "Uiterlijk 1 oktober 2026 ligt er een leerlijn digitale geletterdheid voor groep 1 t/m 8; vanaf "
              "schooljaar 2026-2027 krijgt elke groep minimaal twintig lessen per jaar.")
    p(doc, "Ten tweede het Daltonlab. Het idee ontstond tijdens onze jaarlijkse \u2018ontdekkingsreis\u2019: elk "
           "voorjaar gaat een groepje collega's op bezoek bij een school buiten Almere die iets doet waar wij "
           "nieuwsgierig naar zijn, en brengt verslag uit in de teamvergadering. In 2024 was dat een school in "
           "Deventer die werkt met onderzoekend leren.")
    p(doc, "Op vrijdagmiddag wordt het lokaal naast de aula \u2018De Werkplaats\u2019: een "
           "ruimte met gereedschap, een 3D-printer, Lego Spike-sets en heel veel karton. Hier werken kinderen van groep 5 "
           "tot en met 8 in gemengde groepjes aan onderzoeks- en ontwerpopdrachten bij de thema's van Blink Wereld. "
           "We volgen daarbij de stappen van onderzoekend en ontwerpend leren. In 2025-2026 proberen "
           "we het uit in de bovenbouw; daarna breiden we uit naar groep 3 en 4.")
    p(doc, "Ten derde laten we de kinderen zelf meer kiezen. Wij ontwikkelen onderwijs dat past bij de belevingswereld "
           "van onze kinderen. Wat houdt kinderen bezig? Dat vragen we ze gewoon. In de startles van elk Blink-thema "
           "bedenken de kinderen zelf de vragen die ze willen uitzoeken, en één keer per jaar kiest de kinderraad een "
           "eigen thema voor de hele school. In 2024-2025 was dat \u2018Gamen: goed of slecht?\u2019, met een debat in "
           "de aula waaraan zelfs ouders meededen.")
    doel(doc, "In juni 2027 presenteert elke groep van 3 t/m 8 per schooljaar minimaal twee onderzoeksprojecten uit "
              "het Daltonlab op de Kijkmiddag voor ouders.")
    h2(doc, "2.5 Muziek in de school")
    p(doc, "Onze naam verplicht! Sinds 2022 doen we mee met het programma Méér Muziek in de Klas. Elke groep krijgt "
           "wekelijks muziekles, in groep 5 en 6 om de week van een vakdocent van De Kunstlinie. In groep 5 leren alle "
           "kinderen blokfluit spelen en in groep 6 kiezen ze een instrument uit de instrumentencarrousel: viool, "
           "trompet, slagwerk of, natuurlijk, dwarsfluit.")
    doel(doc, "In juli 2028 hebben wij samen met Het Speelkwartier en De Kunstlinie een doorlopende muziekleerlijn "
              "van 2 tot 12 jaar, die ook in de peutergroepen en op de BSO gebruikt wordt.")
    kinderkader(doc, [
        ("Ik vind de weektaak fijn, want dan kan ik eerst het moeilijkste doen en daarna het leukste.", "Sem, groep 7"),
        ("In De Werkplaats hebben wij een brug gebouwd die een pak melk kon houden. Dat was de beste dag van het jaar.",
         "Mila, groep 8"),
        ("Spelling is saai. Maar als ik het goed doe in mijn eigen verhaal ben ik wel trots.", "Jayden, groep 6"),
        ("Ik wil ook dwarsfluit leren!", "Hiba, groep 2"),
    ])


def _hoofdstuk3(doc):
    h1(doc, "3. Iedereen hoort erbij")
    h2(doc, "3.1 Welkom!")
    p(doc, "Iedereen op De Dwarsfluit is waardevol en wordt gezien. Dat klinkt als een zin voor op een tegeltje, dus we "
           "hebben afgesproken waaraan je dat bij ons merkt.")
    p(doc, "Elke ochtend staan de leerkrachten tussen 8.20 en 8.30 uur bij de deur van hun lokaal en begroeten ze elk "
           "kind bij zijn naam, met een hand, een boks of een zwaai: het kind kiest zelf. In de hal hangt de "
           "\u2018Gezien-muur\u2019 met een foto van elk kind en elke medewerker, van de peuters tot de conciërge. Nieuwe "
           "kinderen krijgen in hun eerste week een maatje uit hun groep, en nieuwe collega's krijgen een buddy die hen "
           "het eerste jaar wegwijs maakt.")
    p(doc, "Ouders die onze school willen leren kennen, worden rondgeleid door de Daltongidsen: twaalf kinderen uit "
           "groep 7 en 8. Op woensdagochtend kunnen ouders daarvoor een afspraak maken; in 2024-2025 gaven de gidsen "
           "41 rondleidingen. Bij de ingang hangt een welkomstbord in vijf talen.")
    doel(doc, "In de oudervragenlijst van voorjaar 2027 geeft minimaal 90% van de ouders die in de twee jaar daarvoor "
              "nieuw op school kwamen aan dat ze zich welkom voelden (voorjaar 2024: 81%).")
    h2(doc, "3.2 Een openbare school voor iedereen")
    p(doc, "De Dwarsfluit is een openbare school. Voor ons betekent dat: iedereen is welkom, ongeacht geloof, afkomst, "
           "thuissituatie of wat je kunt. We hebben geen voorkeur voor een geloof of levensovertuiging, maar we zwijgen "
           "er ook niet over. Juist omdat onze kinderen zoveel verschillende achtergronden hebben, praten we er in de "
           "klas open over. Concreet doen we dit:")
    opsom(doc, [
        "In de kring en tijdens de Blink-thema's vertellen kinderen over hun eigen feesten. Op school vieren we "
        "Sinterklaas, Kerst en het Suikerfeest, en in de klas is er ruimte voor Divali, Chinees Nieuwjaar, Keti Koti "
        "en andere feesten die bij onze kinderen horen. Ouders komen regelmatig vertellen of iets lekkers maken.",
        "Ouders kunnen in groep 7 en 8 kiezen voor godsdienstig of humanistisch vormingsonderwijs (GVO/HVO). Dit "
        "schooljaar volgen 22 kinderen islamitisch en 15 kinderen humanistisch vormingsonderwijs. Kinderen die niet "
        "meedoen, werken in dat uur aan de Kwink-lessen over levensbeschouwing.",
    ])
    p(doc, "Wij gaan respectvol om met de mensen binnen en buiten onze school.")
    h2(doc, "3.3 Veilig op school")
    p(doc, "Veiligheid komt bij ons eerst. In de eerste vier weken, de Gouden Weken, werkt elke groep aan groepsvorming en "
           "maken de kinderen samen de groepsafspraken, die iedereen ondertekent. Daarnaast hebben we drie schoolregels "
           "die overal in het gebouw hangen, ook bij de BSO:")
    opsom(doc, [
        "We zorgen goed voor onszelf, voor elkaar en voor de spullen.",
        "We lossen ruzie op met praten.",
        "Stop is stop.",
    ], genummerd=True)
    p(doc, "Elke week krijgen alle groepen een les van Kwink. Pesten bespreken we open; we werken met een pestprotocol "
           "(laatst bijgewerkt in januari 2025) en Sanne Verbeek is onze anti-pestcoördinator. Kinderen en ouders kunnen "
           "bij haar terecht als ze zich zorgen maken. We volgen de sociaal-emotionele ontwikkeling met ZIEN! en nemen "
           "elk jaar in maart de vragenlijst sociale veiligheid af in groep 5 tot en met 8. In 2024 gaf 93% van de "
           "kinderen aan zich veilig te voelen op school, maar op het schoolplein was dat 88%. Kinderen vertellen dat "
           "het bij het voetbalveld vaak misgaat. Daarom zijn er sinds dit schooljaar \u2018pleinhelden\u2019 uit groep 8 "
           "die bij het voetbalveld helpen ruzies op te lossen, en is er een vast voetbalrooster per groep.")
    p(doc, "Ons schoolveiligheidsplan beschrijft ook de fysieke veiligheid. We hebben acht BHV'ers, we oefenen twee keer "
           "per jaar een ontruiming met school en opvang samen, en de risico-inventarisatie (RI&E) is in 2024 vernieuwd.")
    doel(doc, "Vanaf maart 2026 geeft elk jaar minimaal 95% van de kinderen in groep 5-8 aan zich veilig te voelen op "
              "school en minimaal 92% op het plein.")
    h2(doc, "3.4 Kleine burgers")
    p(doc, "Bij Dalton leer je al vroeg verantwoordelijkheid te dragen, en dat is al een belangrijk deel van "
           "burgerschap. Maar we willen meer. Dit doen we nu al:")
    opsom(doc, [
        "De kinderraad: twee gekozen kinderen per groep uit groep 5 tot en met 8. Elke groep houdt echte verkiezingen, "
        "met campagneposters en een stembus. De raad vergadert elke maand met de directeur en heeft een eigen budget "
        "van \u20ac500 per jaar. De raad koos bijvoorbeeld mee de nieuwe speeltoestellen op het plein uit.",
        "Dwarsfluit Doet: elk jaar doet de hele school mee aan een actie voor de buurt (zie 6.4).",
        "De Kwink-lessen over democratie, omgaan met verschillen en mediawijsheid.",
    ])
    p(doc, "Wat we nog missen, is samenhang. Niet elke groep weet wat de vorige groep al heeft gedaan, terwijl de wet "
           "van ons een doelgericht en samenhangend aanbod vraagt. Daarom maken we een leerlijn burgerschap, gebaseerd "
           "op de kerndoelen en de thema's democratie, diversiteit, mediawijsheid en duurzaamheid.")
    doel(doc, "Uiterlijk juni 2026 ligt er een leerlijn burgerschap voor groep 1 t/m 8, met per groep minimaal drie "
              "burgerschapsactiviteiten per jaar, die we in het jaarverslag evalueren.")
    kinderkader(doc, [
        ("De juf zegt altijd goedemorgen met je naam. Ook als je te laat bent.", "Ilias, groep 3"),
        ("Bij het voetbalveld is het soms niet leuk. De grote jongens doen niet eerlijk.", "Sara, groep 5"),
        ("In de kinderraad mochten we zeggen welk klimtoestel er kwam. Ik had op de spin gestemd en die kwam er!",
         "Noah, groep 7"),
        ("Ik vond het leuk dat mijn moeder in de klas kwam vertellen over het Suikerfeest. Ze had koekjes meegenomen.",
         "Rania, groep 4"),
    ])


def _hoofdstuk4(doc):
    h1(doc, "4. Elk kind in beeld")
    h2(doc, "4.1 Weten wat een kind nodig heeft")
    p(doc, "Hoe beter we een kind kennen, hoe beter we het kunnen helpen. We observeren, we toetsen en we praten. "
           "Observeren doen we in groep 1-2 met KIJK! Toetsen: twee keer per jaar (januari en juni) nemen we de "
           "toetsen van Boom LVS af voor lezen, spelling en rekenen; de leerkrachten analyseren de uitkomsten samen met "
           "de intern begeleider. Praten vinden we het belangrijkst. Elk kind van groep 3 tot en met 8 heeft drie "
           "keer per jaar een kindgesprek van minimaal tien minuten met de eigen leerkracht, in oktober, februari en "
           "juni. We praten over hoe het gaat, wat het kind wil leren en wat het daarvoor nodig heeft. De afspraken "
           "schrijft het kind zelf in zijn Daltonportfolio. Om tijd te maken voor de gesprekken neemt een "
           "onderwijsassistent de groep een middag over.")
    p(doc, "Drie keer per jaar houdt de leerkracht een groepsbespreking met de intern begeleider, Nadia Bouzid. We "
           "schrijven geen lange groepsplannen meer, maar werken met een groepsoverzicht van één A4 waarop staat welke "
           "kinderen extra instructie, verrijking of ondersteuning bij gedrag krijgen.")
    p(doc, "De overgang van peuter naar kleuter moet soepeler: nu gebruiken de peutergroepen een ander "
           "observatie-instrument dan wij.")
    doel(doc, "Vanaf augustus 2026 gebruiken de peutergroepen van Het Speelkwartier en onze groepen 1-2 hetzelfde "
              "observatie-instrument (KIJK!), en krijgt elke peuter die naar groep 1 gaat een warme overdracht met "
              "ouders, pedagogisch medewerker en leerkracht.")
    doel(doc, "In juni 2026 voert elke leerkracht van groep 3 t/m 8 drie kindgesprekken per kind per jaar, vastgelegd "
              "in het Daltonportfolio.")
    h2(doc, "4.2 Wat wij kunnen bieden, en wat niet")
    p(doc, "In ons schoolondersteuningsprofiel (SOP), dat we in maart 2025 vernieuwden, beschrijven we wat we alle "
           "kinderen bieden (basisondersteuning) en wat we daarnaast kunnen bieden aan kinderen die meer nodig hebben "
           "(extra ondersteuning). Er staat ook eerlijk in wat we niet kunnen. Kort samengevat:")
    opsom(doc, [
        "Voor alle kinderen: instructie op drie niveaus, de Daltonaanpak met weektaak en uitgestelde aandacht, de "
        "Kwink-lessen, dyslexiebegeleiding volgens het protocol (met voorleessoftware Kurzweil vanaf groep 5) en "
        "extra taalondersteuning voor kinderen met een andere thuistaal.",
        "Extra ondersteuning: de Uilenkamer, onze plusgroep voor meer- en hoogbegaafde kinderen uit groep 4 tot en met "
        "8 (één ochtend per week, nu 19 kinderen); een leesinterventiegroep voor kinderen met ernstige leesproblemen "
        "(vier keer per week twintig minuten); begeleiding door onze gedragsspecialist bij lichte gedragsproblemen; en "
        "een eigen leerlijn met ontwikkelingsperspectief (OPP) voor kinderen die op één of meer vakken het eindniveau "
        "van groep 8 niet zullen halen. Dit schooljaar hebben 11 kinderen een OPP.",
        "Onze grenzen: wij kunnen geen passend onderwijs bieden aan kinderen die de hele dag één-op-één begeleiding "
        "nodig hebben, aan kinderen met ernstige en langdurige gedragsproblemen die de veiligheid van anderen in "
        "gevaar brengen, of aan kinderen met een zware lichamelijke zorgvraag waarvoor ons gebouw niet is ingericht "
        "(er is bijvoorbeeld geen lift naar de eerste verdieping).",
    ])
    p(doc, "Is de basis niet genoeg, dan bespreken we het kind in het ondersteuningsteam (OT). Daarin zitten de ouders, "
           "de leerkracht, de intern begeleider, de jeugdverpleegkundige van GGD Flevoland en zo nodig de "
           "orthopedagoog. Ouders zijn er altijd bij: we praten niet óver kinderen, maar mét ouders.")
    doel(doc, "Vanaf schooljaar 2026-2027 kunnen ook kinderen uit groep 3 die veel meer aankunnen aansluiten bij de "
              "Uilenkamer.")
    kinderkader(doc, [
        ("Bij het kindgesprek vroeg de juf wat ik moeilijk vind. Dat had nog nooit iemand gevraagd.", "Fatima, groep 5"),
        ("Ik heb dyslexie en nu mag ik de computer laten voorlezen. Dan gaat het veel beter.", "Emre, groep 7"),
        ("Ik wil dat de juf ook met mij praat als het goed gaat, niet alleen als het slecht gaat.", "Julia, groep 8"),
    ])


def _hoofdstuk5(doc):
    h1(doc, "5. Wij als team")
    h2(doc, "5.1 Ons team")
    p(doc, "Ons team bestaat uit 34 mensen: leerkrachten, onderwijsassistenten, een intern begeleider, een "
           "vakleerkracht bewegingsonderwijs, een conciërge, een administratief medewerker en de directeur. De "
           "gemiddelde leeftijd is 39 jaar; de jongste collega is 23, de oudste 63. We zijn een hecht team dat graag samen lacht.")
    h2(doc, "5.2 Dalton leer je niet uit een boekje")
    p(doc, "Dalton is een manier van kijken, en dat moet je leren. Alle leerkrachten halen daarom binnen twee jaar na "
           "hun start het Daltoncertificaat, via de cursus van een door de Nederlandse Dalton Vereniging erkende "
           "Daltonopleider. Nu hebben 17 van de 22 leerkrachten het certificaat; vijf collega's zijn ermee bezig. Onze "
           "Daltoncoördinator heeft het certificaat voor Daltoncoördinatoren.")
    p(doc, "Leren moet wat ons betreft vooral uit jezelf komen. In het startgesprek kiest iedere collega daarom een "
           "eigen ontwikkeldoel, los van de teamdoelen, en bepaalt hij zelf hoe hij eraan werkt: met een cursus, "
           "een boek, een bezoek aan een andere school of een experiment in de eigen klas.")
    p(doc, "Daarnaast volgen collega's elk jaar scholing die past bij de doelen van dit plan. De komende twee jaar ligt "
           "de nadruk op spellingdidactiek en op onderzoekend en ontwerpend leren. Voor persoonlijke ontwikkeling "
           "gebruiken we het aanbod van de ASG Academie: leerkrachten volgen het programma Maximum, onze "
           "onderwijsassistenten en de conciërge het programma Summum. Elk jaar doen minimaal vier collega's mee aan "
           "een programma van de Academie, en wat ze leren delen ze op de studiedag in juni.")
    doel(doc, "Uiterlijk juli 2027 hebben alle leerkrachten met een vaste aanstelling het Daltoncertificaat.")
    h2(doc, "5.3 Samen leren in Daltonkringen")
    p(doc, "Sinds 2023 werken we met Daltonkringen. Elke collega zit in een kring van vijf of zes mensen, dwars door de "
           "bouwen heen. De kringen komen elke zes weken een uur bij elkaar, op een dinsdagmiddag die daarvoor vrij is "
           "geroosterd. Elke kring kiest een eigen vraag uit de praktijk, bijvoorbeeld \u2018Hoe leer ik kleuters "
           "reflecteren?\u2019 of \u2018Hoe zorg ik dat snelle kinderen op de weektaak echt uitgedaagd worden?\u2019. De "
           "kring probeert dingen uit in de klas, kijkt bij elkaar in de les en laat op de laatste studiedag van het "
           "jaar zien wat het heeft opgeleverd.")
    p(doc, "Daarnaast houden we twee keer per jaar, na de toetsperiodes in februari en juli, een data-dialoog met het "
           "hele team. We bekijken dan samen de resultaten van de hele school: welke groepen groeien, waar stagneert het "
           "en wat zou dat kunnen verklaren? We leggen het niet bij één leerkracht neer, maar zoeken samen naar "
           "oplossingen. Het idee voor de schrijftaak bij spelling (zie 2.2) kwam uit zo'n data-dialoog.")
    doel(doc, "In juni 2027 heeft iedere collega minimaal twee keer per jaar bij een collega in de les gekeken en zelf "
              "bezoek gehad, met een nagesprek aan de hand van onze Dalton-kijkwijzer.")
    h2(doc, "5.4 Over de schoolgrens heen")
    p(doc, "Onze Daltoncoördinator neemt "
           "drie keer per jaar deel aan het netwerk van Daltoncoördinatoren van de ASG-scholen. Daar wisselen de scholen "
           "ervaringen en materialen uit: onze Dalton-kijkwijzer komt er bijvoorbeeld vandaan, en wij hebben er onze "
           "aanpak van het planbord bij de kleuters gedeeld. Eén keer per jaar gaan we met het hele team op bezoek bij "
           "een andere Daltonschool van ASG, en die school komt ook een keer bij ons kijken. Onze intern begeleider "
           "neemt deel aan het netwerk van IB'ers binnen ASG.")
    h2(doc, "5.5 Nieuwe collega's en zij-instromers")
    p(doc, "Onze formatie is dit jaar rond, mede dankzij twee "
           "zij-instromers in opleiding, in groep 3 en groep 5. Zij hebben nog geen bevoegdheid en volgen de "
           "deeltijdopleiding van de pabo van Windesheim in Almere. We helpen ze daarbij zo goed als we kunnen: ze hebben "
           "een vaste coach uit het team, krijgen elke week een halve dag studietijd en staan de eerste twee jaar niet "
           "alleen voor een combinatiegroep. Onze school is ook opleidingsschool: elk jaar begeleiden we vier tot zes "
           "pabostudenten en een LIO-stagiair.")
    doel(doc, "Beide zij-instromers hebben uiterlijk juli 2027 hun bevoegdheid gehaald.")
    h2(doc, "5.6 Ieders talent")
    p(doc, "Ieder van ons kan iets heel goed, en dat willen we gebruiken. Op de talentenkaart in de teamkamer staat wie "
           "waar goed in is. We hebben onder andere een rekenspecialist, een leesspecialist, een gedragsspecialist, een "
           "ICT-coördinator, een cultuurcoördinator en twee collega's die getraind zijn om de Gouden Weken te begeleiden. "
           "Zij krijgen taakuren om collega's te helpen, bijvoorbeeld door in de klas mee te kijken of een korte "
           "workshop te geven tijdens de Daltonkringen.")
    h2(doc, "5.7 Goed voor jezelf zorgen")
    p(doc, "Lesgeven is prachtig werk, maar het kan ook zwaar zijn. In de medewerkerspeiling van ASG in 2024 gaven we de "
           "werkdruk gemiddeld een 6,2. Dat vinden we te laag. Samen met de personeelsgeleding van de MR hebben we "
           "afgesproken waaraan we de werkdrukmiddelen besteden: vooral aan extra onderwijsassistenten (nu 3,2 fte), "
           "zodat leerkrachten hulp hebben in de klas en tijd voor de kindgesprekken. Verder hebben we deze afspraken:")
    opsom(doc, [
        "We sturen collega's geen mails of Parro-berichten na 18.00 uur en in het weekend.",
        "Collega's met jonge kinderen kunnen in overleg hun werkdagen laten aansluiten op de opvang; oudere collega's "
        "plannen hun uren duurzame inzetbaarheid aan het begin van het schooljaar samen met de directeur in, op een "
        "moment dat voor hen werkt.",
    ])
    doel(doc, "In de medewerkerspeiling van 2027 scoort werkdruk minimaal een 7,0 (2024: 6,2).")
    h2(doc, "5.8 De gesprekscyclus")
    p(doc, "Iedere medewerker doorloopt elk jaar dezelfde cyclus. In september is er een startgesprek met de directeur "
           "over de eigen ontwikkeldoelen. Tussen november en februari volgt minimaal één klassenbezoek door de "
           "directeur of de intern begeleider, met de Dalton-kijkwijzer, waarin ook de elementen van EDI zijn "
           "opgenomen. In maart of april is er een ontwikkelgesprek, en eens in de drie jaar wordt dat een "
           "beoordelingsgesprek. De verslagen komen in het digitale personeelsdossier, en elke collega houdt zelf het "
           "bekwaamheidsdossier bij. In 2024-2025 doorliepen 31 van de 34 collega's de volledige cyclus; de andere drie "
           "waren langdurig afwezig.")
    kinderkader(doc, [
        ("Meester Ruud maakt altijd grapjes, maar als het stil moet zijn is het ook echt stil.", "Thomas, groep 8"),
        ("Onze juf is vaak moe op vrijdag. Dat zie je aan haar ogen.", "Bram, groep 6"),
        ("Ik vind het fijn als dezelfde juf de hele week komt.", "Zoë, groep 3"),
    ])


def _hoofdstuk6(doc):
    h1(doc, "6. Samen met ouders en de buurt")
    h2(doc, "6.1 Ouders als partners")
    p(doc, "Ouders kennen hun kind het best. Daarom willen we ouders meer betrekken bij het leren van hun kind.")
    p(doc, "Vanaf groep 5 voeren we de rapportgesprekken als driehoeksgesprek: kind, ouder(s) en leerkracht zitten "
           "samen aan tafel. Het kind vertelt aan de hand van zijn portfolio wat het geleerd heeft en waar het trots op "
           "is. We probeerden dit in 2024-2025 uit in groep 7 en 8 en het was een groot succes: 93% van de ouders kwam, "
           "tegen 78% bij de gewone tienminutengesprekken. In groep 1 tot en met 4 blijven de oudergesprekken zoals ze "
           "zijn, maar vanaf groep 3 mag het kind erbij zijn. Andere manieren waarop ouders meedoen:")
    opsom(doc, [
        "Elke maandagochtend is er een inloopkwartier: ouders mogen tot 8.45 uur in de klas blijven en samen met hun "
        "kind naar de weektaak kijken.",
        "Leesouders lezen in groep 3 en 4 met kinderen die extra oefening nodig hebben.",
        "Voor ouders die minder goed Nederlands spreken regelen we bij oudergesprekken een tolk of een ouder die kan "
        "vertalen. Onze oudercontactpersoon organiseert vier keer per jaar een koffieochtend.",
    ])
    doel(doc, "Vanaf schooljaar 2025-2026 voeren alle groepen 5 t/m 8 driehoeksgesprekken; in juni 2027 is minimaal "
              "90% van de ouders bij deze gesprekken aanwezig.")
    h2(doc, "6.2 Wat je van ons mag verwachten")
    p(doc, "Ouders willen weten wat er op school gebeurt, en het liefst zonder zoeken. Daarom hebben we afgesproken:")
    opsom(doc, [
        "Alle berichten van school gaan via Parro. Ouders kunnen berichten in Parro automatisch laten vertalen.",
        "Elke twee weken verschijnt onze nieuwsbrief De Notenbalk, met nieuws uit elke groep.",
        "Een vraag of bericht van een ouder beantwoorden we binnen twee werkdagen, ook als het antwoord nog is: "
        "\u2018ik ga het uitzoeken\u2019.",
        "Bij zorgen over een kind bellen we ouders dezelfde dag; over lastige onderwerpen mailen we niet.",
        "De schoolgids en de jaarkalender staan vóór 1 juli op de website. De uitslagen van onze peilingen en van de "
        "doorstroomtoets delen we in De Notenbalk, ook als ze tegenvallen.",
    ])
    h2(doc, "6.3 De medezeggenschapsraad")
    p(doc, "Onze MR bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per jaar. Wij zien de MR als kritische vriend. Nieuwe plannen leggen we daarom al in de ideefase aan de MR "
           "voor, niet pas als alles klaar is. Zo ging het ook met dit schoolplan: in november 2024 bespraken we de eerste "
           "ideeën met de MR, en de MR gaf ons twee dingen mee. Zorg dat huiswerk niet alleen haalbaar is voor kinderen "
           "die thuis hulp krijgen, en maak ouderbetrokkenheid concreet. Beide adviezen vind je terug: tot groep 7 "
           "krijgen kinderen geen huiswerk mee, en de driehoeksgesprekken staan in 6.1. Eén keer per jaar vergaderen "
           "de MR en de kinderraad samen.")
    h2(doc, "6.4 Onze partners en de buurt")
    p(doc, "Een kindcentrum staat niet los van de wijk. We werken samen met:")
    opsom(doc, [
        "Kinderopvang Het Speelkwartier, onze partner in het IKC. We hebben één pedagogische visie en dezelfde drie "
        "regels, en de IKC-stuurgroep (directeur, locatiemanager opvang, intern begeleider en pedagogisch coach) komt "
        "elke zes weken bij elkaar.",
        "De Nieuwe Bibliotheek, met de Bibliotheek op school: een leesconsulent komt twee keer per maand en onze "
        "schoolbibliotheek heeft 3.200 boeken.",
        "GGD Flevoland, voor de jeugdverpleegkundige en de gezondheidsonderzoeken.",
        "De Schoor, voor de buurtsportcoach, die na schooltijd twee keer per week sportactiviteiten op ons plein "
        "organiseert.",
        "Woonzorgcentrum Poortzicht, om de hoek. Groep 6 gaat er elke maand op bezoek om samen spelletjes te doen, en "
        "het schoolorkest geeft er een kerstconcert.",
    ])
    p(doc, "Dwarsfluit Doet: elk jaar in oktober houden we met de hele school een buurtactie. In 2024 ruimden alle "
           "kinderen samen met de wijkagent en de buurtvereniging zwerfafval op in het Homeruspark. Voortaan kiest de "
           "kinderraad zelf voor welke buurtactie we gaan.")
    doel(doc, "In september 2026 is er in de buurtmoestuin naast de school een eigen schooltuin, die we samen met "
              "buurtbewoners en de BSO onderhouden.")
    kinderkader(doc, [
        ("Ik vond het driehoeksgesprek eng, maar toen mocht ik vertellen wat ik goed kan. Mijn vader was heel trots.",
         "Omar, groep 7"),
        ("Mijn moeder snapt De Notenbalk niet altijd. Dan lees ik het voor.", "Elif, groep 6"),
        ("Bij Poortzicht speelde ik rummikub met een meneer van 91. Hij won.", "Tess, groep 6"),
    ])


def _hoofdstuk7(doc):
    h1(doc, "7. Hoe weten we of het goed gaat?")
    h2(doc, "7.1 Onze kwaliteitscyclus")
    p(doc, "Wij werken met een vaste cyclus van plannen, doen, checken en bijstellen:")
    opsom(doc, [
        "Elk jaar in juni maken we uit dit schoolplan een jaarplan voor het volgende schooljaar. Daarin staat welke "
        "doelen we dat jaar oppakken, wie de trekker is en wanneer het klaar moet zijn.",
        "In januari kijken we halverwege met het team hoe het gaat, tijdens de data-dialoog (zie 5.3).",
        "In juni schrijven we het jaarverslag: wat is gelukt, wat niet en waarom? Het jaarverslag bespreken we met de "
        "MR en we sturen het naar het bestuur.",
        "Op de kwaliteitskalender staat welke peiling, toets of klassenbezoekronde wanneer aan de beurt is.",
        "Elk kwartaal rapporteert de directeur aan het bestuur van ASG over de resultaten, de leerlingaantallen, het "
        "personeel en de financiën.",
    ])
    p(doc, "We willen het ook van anderen horen. Ouders vullen elke twee jaar een tevredenheidspeiling in (volgende "
           "keer voorjaar 2027), kinderen van groep 5-8 elk jaar en medewerkers elke twee jaar. Sinds dit jaar geven kinderen ook "
           "lesfeedback met drie smileys na een instructie, een idee van de kinderraad.")
    h2(doc, "7.2 De kwaliteit van ons onderwijs")
    p(doc, "Bij het laatste bezoek van de inspectie, in het voorjaar van 2022, waren alle onderzochte standaarden "
           "voldoende. De inspectie noemde het pedagogisch klimaat en de samenwerking met de opvang sterk, en gaf "
           "ons twee verbeterpunten mee: stem de instructie beter af op kinderen die meer aankunnen, en analyseer de "
           "resultaten ook op schoolniveau. Met de uitdaging op de weektaak (2.3) en de data-dialoog (5.3) werken we aan "
           "allebei.")
    p(doc, "In november 2026 komt de visitatiecommissie van de "
           "Nederlandse Dalton Vereniging, omdat onze licentie dan afloopt. In het voorjaar van 2026 schrijven we met het "
           "hele team een zelfevaluatie.")
    doel(doc, "In november 2026 wordt onze Daltonlicentie na de visitatie voor vijf jaar verlengd.")
    doel(doc, "Bij het eerstvolgende onderzoek van de inspectie, uiterlijk in 2029, zijn alle onderzochte standaarden "
              "minimaal voldoende en wordt het pedagogisch klimaat opnieuw als sterk beoordeeld.")
    kinderkader(doc, [
        ("Ik vind het goed dat jullie het aan de kinderen vragen. Grote mensen denken soms dat ze alles weten.",
         "Sofia, groep 8"),
        ("De smileys na de instructie zijn handig. Als ik een boos gezichtje geef, komt de juf later nog even langs.",
         "Mohammed, groep 5"),
    ])


def _slot(doc):
    h1(doc, "8. Tot slot")
    p(doc, "Wij zijn nieuwsgierig naar nieuwe inzichten om "
           "ons onderwijs eigentijds inhoud te geven, en we geven altijd het beste van onszelf. Tegelijk weten we dat we "
           "niet alles tegelijk kunnen. Sommige dingen uit de koers van ons bestuur hebben we daarom bewust laten "
           "liggen; we kiezen voor de kinderen in onze eigen klassen en in onze eigen wijk.")
    kinderkader(doc, [
        ("Als ik later juf ben, wil ik op deze school werken. Dan ken ik de weektaak al.", "Nora, groep 8"),
    ])
    h2(doc, "Vaststelling")
    p(doc, "Het team heeft dit schoolplan besproken in de teamvergadering van 3 juni 2025. De medezeggenschapsraad heeft "
           "op 17 juni 2025 ingestemd met het schoolplan 2025-2029. Het College van Bestuur van de Almeerse Scholen Groep "
           "heeft het plan vastgesteld op 1 juli 2025.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    inhoud = [("Namens de school", "Namens de medezeggenschapsraad"),
              ("Ingrid Pals, directeur", "Fatima El Khatib, voorzitter MR"),
              ("Datum: 17 juni 2025\n\nHandtekening:", "Datum: 17 juni 2025\n\nHandtekening:")]
    for i, (a, b) in enumerate(inhoud):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True


def build(path):
    path = str(path)
    doc = Document()
    _stijlen(doc)
    _paginanummers(doc)
    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Daltonkindcentrum De Dwarsfluit"
    cp.subject = "Schoolplan"
    cp.author = "Werkgroep Schoolplan De Dwarsfluit"
    cp.last_modified_by = "Ingrid Pals"
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.language = "nl-NL"
    cp.revision = 7
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM

    _voorblad(doc)
    _voorwoord(doc)
    _hoofdstuk1(doc)
    _hoofdstuk2(doc)
    _hoofdstuk3(doc)
    _hoofdstuk4(doc)
    _hoofdstuk5(doc)
    _hoofdstuk6(doc)
    _hoofdstuk7(doc)
    _slot(doc)
    doc.save(path)
    _zip_vastzetten(path)
    return path


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_153_daltonkindcentrum_de_dwarsfluit.docx")
