# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van OBS De Zandzegge (Almere Poort).

Opgebouwd langs de standaarden van het onderzoekskader van de Inspectie.
Schrijft een .docx met python-docx; deterministisch (vaste datums, geen willekeur).
"""
import datetime
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 24, 9, 30, 0)


# --------------------------------------------------------------------------
# hulpfuncties
# --------------------------------------------------------------------------

def _zet_taal(doc):
    """Nederlandse spellingscontrole als standaard voor het hele document."""
    styles_el = doc.styles.element
    rpr_default = styles_el.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("Schoolplan OBS De Zandzegge 2025-2029  |  pagina ")
    run.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


def _kop_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arceer(cell, kleur):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _vaste_zip(path):
    """Herschrijf het docx-pakket met vaste tijdstempels, zodat de uitvoer byte-gelijk is."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for naam, data in items:
            zi = zipfile.ZipInfo(naam, date_time=(2025, 6, 24, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def kop(doc, tekst, niveau=1):
    doc.add_heading(tekst, level=niveau)


def alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def koersalinea(doc, tekst):
    p = doc.add_paragraph()
    r = p.add_run("Past dit bij de koers? ")
    r.bold = True
    r.italic = True
    p.add_run(tekst).italic = True
    return p


def opsomming(doc, punten):
    for pnt in punten:
        doc.add_paragraph(pnt, style="List Bullet")


def tabel(doc, koppen, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(koppen))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    kr = t.rows[0]
    _kop_herhalen(kr)
    for i, k in enumerate(koppen):
        c = kr.cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(k)
        run.bold = True
        run.font.size = Pt(9.5)
        _arceer(c, "D9E8D2")
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(waarde)
            run.font.size = Pt(9.5)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


DOELKOPPEN = ["Doel", "Nulmeting", "Streefwaarde 2029", "Eigenaar"]
DOELBREEDTES = [6.2, 3.8, 3.8, 2.8]


# --------------------------------------------------------------------------
# het plan
# --------------------------------------------------------------------------

def build(path):
    path = str(path)
    doc = Document()
    _zet_taal(doc)

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.3)
    _paginanummer(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan OBS De Zandzegge 2025-2029"
    cp.subject = "Schoolplan"
    cp.author = "Yvonne Brakel-Sardjoe"
    cp.last_modified_by = "Yvonne Brakel-Sardjoe"
    cp.language = "nl-NL"
    cp.keywords = "schoolplan; inspectiekader; Almere Poort"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    # ---------------- voorblad ----------------
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Openbare basisschool De Zandzegge")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0x3A, 0x6B, 0x2F)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2025 – 2029")
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Wortelen in een wijk die nog groeit")
    r.italic = True
    r.font.size = Pt(13)
    for _ in range(6):
        doc.add_paragraph()
    gegevens = [
        "Ithakastraat 12, 1363 ZK Almere (Homeruskwartier, Almere Poort)",
        "BRIN 31XK",
        "Bevoegd gezag: Almeerse Scholen Groep (ASG)",
        "Directeur: Yvonne Brakel-Sardjoe",
        "Adjunct-directeur: Thijs van der Meulen",
        "Versie: definitief, juni 2025",
    ]
    for g in gegevens:
        p = doc.add_paragraph(g)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- 1. inleiding ----------------
    kop(doc, "1. Inleiding")
    alinea(doc,
        "Voor u ligt het schoolplan van De Zandzegge voor de schooljaren 2025-2026 tot en met "
        "2028-2029. Het is ons derde schoolplan sinds de school in 2009 met vier groepen in een "
        "noodgebouw aan de rand van het Homeruskwartier begon. Inmiddels zitten er ruim driehonderd "
        "kinderen op school en is de wijk om ons heen bijna af. Dat vraagt om een ander soort plan "
        "dan vier jaar geleden: minder groei opvangen, meer verdieping.")
    alinea(doc,
        "We hebben dit plan bewust opgebouwd langs de standaarden van het onderzoekskader van de "
        "Inspectie van het Onderwijs: Onderwijsproces, Schoolklimaat, Kwaliteitszorg en ambitie en "
        "Onderwijsresultaten. Niet omdat we voor de inspecteur schrijven, maar omdat het team in die "
        "indeling al jaren denkt. Onze zelfevaluatie, onze klassenbezoeken en de kwartaalrapportages "
        "aan ASG gebruiken dezelfde taal. Dan is het logisch dat ook het schoolplan die taal spreekt. "
        "Bij elke standaard staat een korte alinea over hoe onze keuzes passen bij de koers van ons "
        "bestuur, de Almeerse Scholen Groep. Zo kan iedereen zien waar wij de koers volgen en waar "
        "we een eigen accent leggen.")
    alinea(doc,
        "Het plan is in het schooljaar 2024-2025 tot stand gekomen. Op de studiedagen van "
        "9 oktober 2024 en 5 februari 2025 heeft het team de sterke en zwakke kanten van de school "
        "in kaart gebracht. Een ouderpanel van tien ouders heeft in maart 2025 twee avonden "
        "meegelezen, en de kinderraad heeft in april zijn eigen ‘wensenlijst’ ingeleverd (met onder "
        "meer een stiltehoek op het plein, die er komt). De medezeggenschapsraad heeft de concepten "
        "in drie vergaderingen besproken en heeft op 10 juni 2025 ingestemd met dit schoolplan. Het "
        "College van Bestuur van ASG heeft het plan op 1 juli 2025 vastgesteld.")
    alinea(doc,
        "De doelen in dit plan staan per domein in een tabel met een nulmeting, een streefwaarde "
        "voor 2029 en een eigenaar. De eigenaar is degene die het doel bewaakt en erover rapporteert, "
        "niet degene die al het werk doet. Elk jaar vertalen we de tabellen naar een jaarplan; in het "
        "jaarverslag laten we zien hoe ver we zijn.")

    # ---------------- 2. onze school ----------------
    kop(doc, "2. De Zandzegge in Almere Poort")
    kop(doc, "2.1 De school en het gebouw", 2)
    alinea(doc,
        "De Zandzegge staat sinds 2013 in het multifunctionele gebouw aan de Ithakastraat, dat we "
        "delen met kinderopvang Duinhuis (dagopvang, peuteropvang en bso). Op 1 oktober 2024 telden "
        "we 302 leerlingen in dertien groepen: drie combinatiegroepen 1-2, twee parallelgroepen in "
        "groep 3 tot en met 6, en één (grote) groep 7 en één groep 8. Het "
        "gebouw is eigenlijk te klein: de vakleerkracht bewegingsonderwijs geeft les in de gymzaal "
        "van Sporthal Poort, op vijf minuten lopen.")
    alinea(doc,
        "Het team bestaat uit 29 medewerkers: 19 leerkrachten (van wie zes in een duobaan), een "
        "intern begeleider, een adjunct-directeur, de directeur, drie onderwijsassistenten, een "
        "vakleerkracht bewegingsonderwijs, een conciërge, een administratief medewerker en een "
        "NT2-leerkracht voor twee dagen per week. Het team is jong: de gemiddelde leeftijd is 36 jaar "
        "en zeven leerkrachten werken korter dan vijf jaar in het onderwijs.")
    kop(doc, "2.2 Onze leerlingen en hun ouders", 2)
    alinea(doc,
        "Almere Poort is een wijk van jonge gezinnen. In het Homeruskwartier wonen veel tweeverdieners "
        "in koopwoningen; in het Columbuskwartier, waar ongeveer een derde van onze leerlingen "
        "vandaan komt, is meer sociale huur. De schoolweging van de Inspectie was in 2024 30,4 met een "
        "spreiding van 6,9. Dat is rond het landelijk gemiddelde, maar de spreiding is groot: in één "
        "groep zitten kinderen van hoogopgeleide ouders naast kinderen die net in Nederland zijn.")
    alinea(doc,
        "Bij ongeveer 22 procent van de leerlingen wordt thuis vooral een andere taal dan Nederlands "
        "gesproken; de grootste groepen zijn Engels, Turks, Arabisch, Pools en Tigrinya. Elk jaar "
        "stromen er tussen de twintig en dertig kinderen tussentijds in, vaak omdat gezinnen net in "
        "de wijk zijn komen wonen. Die instroom is een kenmerk van onze school geworden en speelt een "
        "grote rol in dit plan.")
    kop(doc, "2.3 Waar we staan", 2)
    alinea(doc,
        "Bij het vierjaarlijks onderzoek van de Inspectie in maart 2022 kregen we het oordeel "
        "voldoende. De inspecteur noemde het pedagogisch klimaat en de zorg voor nieuwkomers "
        "sterk; als verbeterpunten noemde zij de afstemming van de instructie op verschillen en "
        "de analyse van resultaten op schoolniveau. Aan dat laatste hebben we de afgelopen jaren "
        "hard gewerkt; het eerste is nog niet klaar.")
    alinea(doc,
        "Onze resultaten op de doorstroomtoets (IEP) liggen de laatste drie jaar boven de "
        "signaleringswaarden. In 2025 behaalde 95 procent van de leerlingen 1F voor lezen, 97 procent "
        "voor taalverzorging en 89 procent voor rekenen. Op het streefniveau (1S/2F) was dat 61, 58 "
        "en 38 procent. Vooral rekenen op streefniveau blijft achter bij scholen met een vergelijkbare "
        "schoolweging. Daarnaast zien we in groep 3 en 4 dat het technisch lezen sinds 2022 "
        "langzamer op gang komt dan we gewend waren.")
    alinea(doc,
        "Samengevat, uit onze sterkte-zwakteanalyse van februari 2025:")
    opsomming(doc, [
        "Sterk: een warm en rustig klimaat, goede opvang van nieuwkomers, een betrokken ouderpopulatie "
        "en een team dat graag leert.",
        "Zwak: de kwaliteit van de instructie verschilt te veel tussen groepen, rekenen op "
        "streefniveau blijft achter, en het aanbod voor burgerschap en digitale geletterdheid is "
        "versnipperd.",
        "Kans: de samenwerking met kinderopvang Duinhuis en de bibliotheek in de wijk, en de nieuwe "
        "conceptkerndoelen die ons dwingen keuzes te maken.",
        "Bedreiging: het lerarentekort (we hadden in 2024-2025 twee maanden een groep zonder vaste "
        "leerkracht) en een ziekteverzuim dat in 2023-2024 opliep tot 6,8 procent.",
    ])

    # ---------------- 3. missie, visie, openbaar ----------------
    kop(doc, "3. Waar we voor staan")
    kop(doc, "3.1 Missie en visie", 2)
    alinea(doc,
        "Onze missie past op een koelkastmagneet, en die hangen ook echt bij veel gezinnen thuis: "
        "‘Op De Zandzegge leer je lezen, rekenen en samenleven – en ontdek je wat jij kunt.’ "
        "De zandzegge is een plantje dat in de duinen groeit en met lange wortelstokken het zand "
        "vasthoudt. Dat is wat wij willen zijn in een wijk die nog volop in beweging is: een plek "
        "waar kinderen wortel schieten.")
    alinea(doc, "Onze visie rust op drie pijlers:")
    opsomming(doc, [
        "De basis op orde. Goed leren lezen, schrijven en rekenen is voor ons geen bijzaak. "
        "Daar besteden we de meeste onderwijstijd aan, met duidelijke instructie en veel "
        "oefening.",
        "Samen leven leer je door het te doen. Kinderen lossen ruzies zelf op, praten mee in de "
        "kinderraad en leren dat verschillen normaal zijn.",
        "Eigenaarschap groeit. Vanaf groep 5 praten kinderen met hun leerkracht over hun eigen "
        "doelen, en in groep 7 en 8 zitten ze zelf aan tafel bij het gesprek met hun ouders.",
    ])
    alinea(doc,
        "Bij ons is iedereen waardevol en wordt iedereen gezien. We geven altijd het beste van onszelf.")
    kop(doc, "3.2 Ons openbare karakter", 2)
    alinea(doc,
        "De Zandzegge is een openbare school. Voor ons betekent dat meer dan dat iedereen "
        "welkom is. We laten kinderen actief kennismaken met verschillende levensbeschouwingen en "
        "gewoonten, en we leren ze daar met respect over te praten. Concreet:")
    opsomming(doc, [
        "In groep 5 tot en met 8 kiezen ouders voor hun kind een uur per week humanistisch of "
        "godsdienstig vormingsonderwijs (HVO, protestants GVO of islamitisch GVO), verzorgd door "
        "vakdocenten die via het Centrum voor Levensbeschouwelijk Vormingsonderwijs worden "
        "ingezet. Kinderen die niet deelnemen volgen in die tijd filosoferen met kinderen bij "
        "hun eigen leerkracht.",
        "Onze feestenkalender, die elk jaar in augustus met de ouderraad wordt vastgesteld, "
        "bevat naast Sinterklaas, Kerst en Pasen ook het Suikerfeest, Diwali en Keti Koti. De "
        "kinderen vertellen er zelf over in de weekopening.",
        "We vragen geen verplichte ouderbijdrage en we selecteren niet aan de poort. Schoolreis en "
        "kamp worden uit de vrijwillige bijdrage en een potje van de school betaald, zodat geen "
        "kind thuisblijft.",
        "In de lessen wereldoriëntatie en burgerschap behandelen we actuele onderwerpen zo dat "
        "verschillende standpunten aan bod komen. Leerkrachten houden hun eigen mening daarbij op "
        "de achtergrond; dat hebben we in 2024 als teamafspraak vastgelegd.",
    ])
    alinea(doc,
        "Ook in het team willen we die verscheidenheid zien. Bij vacatures werven we breed, onder "
        "andere via het Almeerse netwerk voor zij-instromers, en we letten bij de samenstelling van "
        "sollicitatiecommissies op een mix van achtergronden. Het team spreekt samen acht talen; we "
        "zetten dat bewust in bij gesprekken met nieuwe ouders.")

    # ---------------- 4. onderwijsproces ----------------
    kop(doc, "4. Onderwijsproces")
    alinea(doc,
        "In dit hoofdstuk beschrijven we wat we onze leerlingen aanbieden, hoe we hun ontwikkeling "
        "volgen, hoe we lesgeven, hoe we extra ondersteuning organiseren, met wie we samenwerken en "
        "hoe we het schooladvies tot stand laten komen.")

    kop(doc, "4.1 Aanbod (OP1)", 2)
    alinea(doc,
        "De leerlingen krijgen in acht jaar ruim boven de wettelijke 7.520 uur onderwijs; we werken "
        "met een vijf-gelijke-dagenmodel van 8.30 tot 14.15 uur. Het aanbod dekt de kerndoelen en "
        "is gericht op het behalen van de referentieniveaus. We gebruiken de volgende methodes: "
        "Veilig leren lezen (kim-versie) in groep 3, Staal voor taal en spelling, Nieuwsbegrip voor "
        "begrijpend lezen, Pluspunt 4 voor rekenen, Blink Wereld voor aardrijkskunde, geschiedenis "
        "en natuur en techniek, Take it easy voor Engels vanaf groep 1 en De Vreedzame School voor "
        "sociaal-emotionele ontwikkeling en burgerschap. In groep 1-2 werken we met thema’s uit "
        "Kleuterplein en de leerlijnen van Parnassys.")
    alinea(doc, "In deze planperiode maken we drie inhoudelijke keuzes:")
    opsomming(doc, [
        "Lezen krijgt meer ruimte. Vanaf schooljaar 2025-2026 lezen alle groepen 4 tot en met 8 elke "
        "dag twintig minuten vrij in een boek op hun niveau. De schoolbibliotheek wordt in "
        "samenwerking met de Nieuwe Bibliotheek vernieuwd (project de Bibliotheek op school). "
        "Begrijpend lezen koppelen we vanaf 2026-2027 aan de thema’s van Blink, zodat kinderen "
        "lezen over iets waar ze al kennis over opbouwen.",
        "Digitale geletterdheid krijgt een doorlopende leerlijn. Nu geven een paar leerkrachten in "
        "groep 6 tot en met 8 losse lessen. We stellen in 2025-2026 een leerlijn voor groep 1 tot en "
        "met 8 op, gebaseerd op de conceptkerndoelen van SLO, met twee lessen per maand. Onderwerpen "
        "zijn onder meer programmeren (met Bee-Bots en Scratch), mediawijsheid, veilig online en, "
        "in groep 7 en 8, wat AI-toepassingen wel en niet kunnen.",
        "Burgerschap wordt een samenhangend programma. De Vreedzame School is de basis. Daarnaast "
        "doet elke bouw elk jaar een wijkproject (bijvoorbeeld de kleuters bij de voedselbank in "
        "Poort, groep 5-6 een afvalproject met Stadsbeheer) en oefent de kinderraad echte "
        "inspraak: die beheert vanaf 2025-2026 een eigen budget van 750 euro per jaar. In het "
        "burgerschapsplan (klaar in juni 2026) beschrijven we per leerjaar wat kinderen leren over "
        "democratie, diversiteit en de rechtsstaat.",
    ])
    koersalinea(doc,
        "ASG vraagt van alle scholen een toekomstgericht curriculum. Wij geven daar vooral op "
        "twee manieren vorm aan: de leerlijn digitale geletterdheid en het burgerschapsprogramma. "
        "We kiezen er uitdrukkelijk niet voor om het hele aanbod om te bouwen; het bestuur laat ons "
        "die ruimte en wij denken dat onze leerlingen meer hebben aan een sterke basis dan aan een "
        "nieuw concept.")

    kop(doc, "4.2 Zicht op ontwikkeling en begeleiding (OP2)", 2)
    alinea(doc,
        "We volgen de ontwikkeling van leerlingen met het leerlingvolgsysteem Leerling in beeld van "
        "Cito (groep 3 tot en met 8), de observaties uit Parnassys voor groep 1-2 en de methode-"
        "gebonden toetsen. Voor de sociaal-emotionele ontwikkeling gebruiken we ZIEN!, twee keer per "
        "jaar ingevuld door de leerkracht en vanaf groep 5 ook door de leerling zelf.")
    alinea(doc,
        "Drie keer per jaar (oktober, februari en juni) houdt de intern begeleider met iedere "
        "leerkracht een groepsbespreking. We werken met groepsoverzichten in drie niveaus en een "
        "korte ‘kindkaart’ voor leerlingen die extra zorg nodig hebben. Nieuw in deze periode zijn:")
    opsomming(doc, [
        "Kindgesprekken in groep 5 tot en met 8, drie keer per jaar tien minuten per leerling. "
        "De leerkracht bespreekt met het kind wat goed gaat, wat lastig is en welk doel het kind "
        "zichzelf stelt. Het doel komt in het portfolio.",
        "Een instroomgesprek binnen twee weken voor elke tussentijds ingestroomde leerling, met de "
        "intern begeleider erbij. We nemen dan ook een korte instaptoets af, zodat we niet pas bij "
        "de volgende toetsronde weten waar een kind staat.",
        "Een jaarlijks gesprek over ‘wat heb jij nodig’ tussen de directeur en elke medewerker, los "
        "van de gesprekscyclus. Daar komen zaken op tafel als de werkplek, de combinatie met "
        "mantelzorg of de wens om een opleiding te volgen.",
    ])
    koersalinea(doc,
        "Gezien worden is een van de kernwaarden van ASG. Wij hebben zicht op wat onze leerlingen "
        "nodig hebben. Het instroomgesprek en de kindgesprekken zijn onze manier om dat waar te "
        "maken voor een school met veel tussentijdse instroom. Dat we het ‘wat heb je nodig’-gesprek "
        "ook met medewerkers voeren, komt rechtstreeks uit de koers: die vraagt ook zicht op de "
        "behoeften van het personeel.")

    kop(doc, "4.3 Didactisch handelen (OP3)", 2)
    alinea(doc,
        "Bij het inspectieonderzoek van 2022 bleek dat de kwaliteit van de instructie te veel "
        "verschilt tussen groepen. Daarom kiezen we voor één gemeenschappelijk model: expliciete "
        "directe instructie (EDI). Het team heeft in 2023-2024 de basistraining gevolgd bij "
        "Onderwijs Maak Je Samen. In deze periode gaat het om verdieping en borging:")
    opsomming(doc, [
        "We hebben een kijkwijzer met zes kenmerken van een goede les (onder andere: lesdoel "
        "zichtbaar, controle van begrip met wisbordjes, begeleide inoefening, verlengde instructie "
        "voor wie dat nodig heeft). De directeur en de adjunct-directeur bezoeken elke groep "
        "minimaal drie keer per jaar met deze kijkwijzer.",
        "Elke leerkracht doet twee keer per jaar een collegiale consultatie bij een collega uit een "
        "andere bouw, met een vooraf afgesproken kijkvraag.",
        "Voor kinderen die meer aankunnen werken we met compacten en verrijken volgens de "
        "richtlijnen van Digitaal Handelingsprotocol Hoogbegaafdheid. Wie na het compacten nog "
        "meer nodig heeft, gaat één ochtend per week naar onze plusgroep, De Denktank.",
    ])
    alinea(doc,
        "Hoge verwachtingen zijn voor ons concreet: we verlagen een doel niet omdat een kind thuis "
        "een andere taal spreekt. Een nieuwkomer krijgt extra instructietijd en materiaal, maar "
        "werkt aan dezelfde leerdoelen als zijn klasgenoten, tenzij de intern begeleider en de "
        "ouders samen besluiten tot een eigen leerlijn.")
    koersalinea(doc,
        "De koers spreekt over een kwaliteitscultuur waarin onderzoeken, reflecteren en "
        "verbeteren de norm is. De klassenbezoeken en de collegiale consultaties zijn daar onze "
        "dagelijkse vorm van. Met het ene instructiemodel kiezen we voor continue verbetering van "
        "de basis; spectaculaire vernieuwing is niet ons doel voor deze vier jaar.")

    kop(doc, "4.4 (Extra) ondersteuning (OP4)", 2)
    alinea(doc,
        "Ons schoolondersteuningsprofiel (SOP) is in mei 2025 herzien en staat op de website. Het "
        "beschrijft wat we in de basisondersteuning bieden en waar onze grenzen liggen. Kort samengevat:")
    opsomming(doc, [
        "Wat we goed kunnen: nieuwkomers opvangen (NT2-leerkracht twee dagen per week, in de eerste "
        "zes maanden vier uur NT2-les per week), dyslexiebegeleiding volgens het protocol, "
        "leerlingen met een ontwikkelingsvoorsprong, en lichte gedragsproblematiek.",
        "Wat we met hulp kunnen: leerlingen met een arrangement van het samenwerkingsverband, "
        "bijvoorbeeld voor taal-spraakproblemen (met ambulante begeleiding van Auris) of voor "
        "autisme (met de onderwijsspecialist van het SWV).",
        "Wat we niet kunnen: langdurige één-op-éénbegeleiding gedurende de hele dag en "
        "leerlingen die structureel een prikkelarme omgeving nodig hebben. Ons gebouw is klein en "
        "gehorig.",
    ])
    alinea(doc,
        "We werken samen met het Samenwerkingsverband Passend Primair Onderwijs Almere. De "
        "onderwijsspecialist van het SWV is zes keer per jaar bij ons ondersteuningsteam aanwezig, "
        "net als de schoolmaatschappelijk werker van De Schoor en de jeugdverpleegkundige van de "
        "GGD Flevoland. Als een leerling beter op zijn plek is op een andere school, zoeken we "
        "samen met ouders en het SWV een plek binnen Almere; we laten ouders daarin niet zelf "
        "zoeken. In 2024-2025 zijn zo drie leerlingen overgestapt naar het speciaal (basis)onderwijs "
        "en is één leerling vanuit het SBO bij ons teruggekomen.")
    koersalinea(doc,
        "ASG wil dat alle scholen samen een dekkend netwerk vormen en dat elke school in haar "
        "profiel duidelijk beschrijft wat ze wel en niet kan. Ons SOP doet dat, en we spreken ook "
        "openlijk over onze grenzen. Dat vinden we eerlijker naar ouders dan beloven dat we alles "
        "kunnen.")

    kop(doc, "4.5 Samenwerking (OP6)", 2)
    alinea(doc,
        "De Zandzegge werkt met een vaste kring van partners in de wijk. De belangrijkste:")
    opsomming(doc, [
        "Kinderopvang Duinhuis, in hetzelfde gebouw. Met de peuteropvang hebben we een warme "
        "overdracht voor elk kind dat naar groep 1 gaat, en de pedagogisch medewerkers werken met "
        "dezelfde thema’s als onze kleutergroepen. Met de bso delen we de afspraken van De "
        "Vreedzame School, zodat kinderen na 14.15 uur dezelfde taal horen.",
        "De Nieuwe Bibliotheek, vestiging Poort: leesconsulent, schoolbibliotheek en een "
        "voorleesproject voor ouders van kleuters.",
        "Het sociaal wijkteam Poort en De Schoor (schoolmaatschappelijk werk). Ouders kunnen op "
        "dinsdagochtend zonder afspraak binnenlopen bij de schoolmaatschappelijk werker.",
        "Sportservice Almere: naschoolse sportclinics en een combinatiefunctionaris die "
        "een dag per week op school is.",
        "De voedselbank Almere, Stadsbeheer en het woonzorgcentrum in de wijk, als partners "
        "voor de wijkprojecten van burgerschap.",
        "De scholen voor voortgezet onderwijs waar onze leerlingen naartoe gaan, voor de warme "
        "overdracht en de terugkoppeling van resultaten.",
    ])
    alinea(doc,
        "Met de partners in het gebouw en de wijk houden we elk voorjaar een ‘wijktafel’ waarin we "
        "bespreken wat we zien bij kinderen en gezinnen, en wie wat oppakt. De eerste wijktafel was "
        "in april 2024; in april 2025 waren zeven organisaties aanwezig.")
    koersalinea(doc,
        "Partnerschap is een van de vensters van de koers. Waar ASG zich richt op de gemeente en de "
        "stad, richten wij ons op de wijk: de wijktafel en de doorgaande lijn met Duinhuis zijn "
        "onze eigen invulling.")

    kop(doc, "4.6 Toetsing en afsluiting (OP8)", 2)
    alinea(doc,
        "Het schooladvies komt tot stand in een vaste procedure. In groep 7 krijgen leerlingen en "
        "ouders in juni een voorlopig advies. In januari van groep 8 bespreken de leerkracht van "
        "groep 8, de leerkracht van groep 7 en de intern begeleider elk advies, op basis van de "
        "ontwikkeling vanaf groep 6, de werkhouding en het gesprek met het kind. De doorstroomtoets "
        "(IEP) volgt daarna; als de uitslag hoger is dan het advies, heroverwegen we het advies "
        "altijd samen met de ouders. Bij twijfel geven we een dubbel advies.")
    koersalinea(doc,
        "Dit sluit aan bij de ambitie van ASG dat iedere leerling het diploma kan halen dat bij "
        "zijn talenten past. Wij vinden een te laag advies net zo schadelijk als een te hoog "
        "advies, en kijken daarom elk jaar of ons advies achteraf klopte (zie 7.3).")

    kop(doc, "4.7 Doelen onderwijsproces", 2)
    tabel(doc, DOELKOPPEN, [
        ["Alle groepen 4-8 lezen dagelijks 20 minuten vrij", "3 van de 8 groepen (mei 2025)",
         "Alle groepen, elke dag", "Taalcoördinator (Sanne Oudshoorn)"],
        ["Geobserveerde lessen voldoen aan minstens 5 van de 6 kenmerken van de EDI-kijkwijzer",
         "62% (klassenbezoeken voorjaar 2025)", "90%", "Adjunct-directeur"],
        ["Doorlopende leerlijn digitale geletterdheid groep 1-8", "Geen leerlijn; losse lessen in "
         "groep 6-8", "Leerlijn in alle groepen, 2 lessen per maand, vastgelegd in de jaarplanning",
         "ICT-coördinator (Mehmet Yilmaz)"],
        ["Burgerschapsplan met per leerjaar beschreven doelen", "Geen samenhangend plan; De Vreedzame "
         "School als basis", "Plan vastgesteld juni 2026; jaarlijks geëvalueerd; 1 wijkproject per "
         "bouw per jaar", "Werkgroep burgerschap"],
        ["Kindgesprekken groep 5-8", "2 keer per jaar, alleen groep 7-8", "3 keer per jaar in groep 5-8",
         "Intern begeleider (Noor Hazelhoff)"],
        ["Instroomgesprek met instaptoets binnen 2 weken na tussentijdse instroom",
         "Wisselend, geen vaste termijn", "100% van de tussentijdse instromers", "Intern begeleider"],
        ["Collegiale consultaties per leerkracht", "Geen vaste afspraak", "2 per jaar", "Adjunct-directeur"],
    ], DOELBREEDTES)

    # ---------------- 5. schoolklimaat ----------------
    kop(doc, "5. Schoolklimaat")
    kop(doc, "5.1 Veiligheid (SK1)", 2)
    alinea(doc,
        "Ons veiligheidsplan is in 2024 geactualiseerd en bevat onder meer het pestprotocol, de "
        "meldcode huiselijk geweld en kindermishandeling, het protocol medisch handelen, het "
        "ontruimingsplan en het privacyreglement. Juf Esra Demir is onze anti-pestcoördinator en "
        "aanspreekpunt voor ouders en leerlingen; haar naam en foto hangen bij de ingang en staan in "
        "de schoolgids. De interne vertrouwenspersoon is de intern begeleider.")
    alinea(doc,
        "Elk jaar in maart vullen alle leerlingen van groep 5 tot en met 8 de leerlingvragenlijst "
        "sociale veiligheid van ZIEN! in. In 2025 gaf 91 procent aan zich (heel) veilig te voelen op "
        "school; op het plein was dat 84 procent. Het plein is dus ons aandachtspunt. Daarom "
        "spreken we af:")
    opsomming(doc, [
        "Er staan in elke pauze twee pleinwachten, met een hesje, verdeeld over de twee kanten van "
        "het plein.",
        "We leiden vanaf 2025-2026 weer elk jaar twaalf leerlingen uit groep 7 en 8 op tot "
        "mediator. Zij lossen kleine conflicten op het plein op volgens de stappen van De "
        "Vreedzame School.",
        "Incidenten registreren we vanaf 1 augustus 2025 binnen 24 uur in Parnassys in plaats van "
        "op papier. De adjunct-directeur analyseert ze twee keer per jaar; de uitkomsten bespreken "
        "we met het team en met de MR.",
        "Er komt, op verzoek van de kinderraad, een stiltehoek met bankjes aan de kant van de "
        "kinderopvang.",
    ])
    koersalinea(doc,
        "Een veilige en stimulerende leeromgeving is in de koers een voorwaarde voor goed "
        "onderwijs. We meten veiligheid al jaren; nieuw is dat we de analyse ook met de MR delen, "
        "zodat ouders kunnen zien wat we met de uitkomsten doen.")

    kop(doc, "5.2 Pedagogisch klimaat (SK2)", 2)
    alinea(doc,
        "Het pedagogisch klimaat is onze sterkste kant, en dat willen we zo houden. In de eerste "
        "zes weken van het schooljaar werken alle groepen met De Gouden Weken: groepsvorming, "
        "klassenregels die de kinderen zelf opstellen en kennismakingsgesprekken met ouders. De "
        "omgangsafspraken van De Vreedzame School gelden voor iedereen in het gebouw, ook voor "
        "volwassenen. Een ouder die op het plein schreeuwt tegen een kind dat niet van hem is, wordt "
        "daar door de pleinwacht of door de directeur op aangesproken, altijd in een apart "
        "gesprek en nooit waar kinderen bij staan.")
    alinea(doc,
        "We willen dat iedereen die binnenkomt zich welkom voelt, en dat begint bij de voordeur. "
        "Daarom:")
    opsomming(doc, [
        "Staat de directeur of de adjunct-directeur elke ochtend bij de hoofdingang.",
        "Krijgt elk nieuw gezin een welkomstgesprek en een rondleiding door twee leerlingen van de "
        "kinderraad, de ‘Zandzegge-gidsen’. Ouders die nog weinig Nederlands spreken, nodigen we uit "
        "met een collega of ouder die hun taal spreekt.",
        "Is er elke vrijdag van 8.30 tot 9.15 uur een koffie-inloop in de ouderkamer, waar ouders "
        "elkaar en iemand van het team kunnen ontmoeten.",
        "Richten we in 2025-2026 de entree opnieuw in, met een zitplek voor bezoekers en een "
        "welkomstbord in de talen van onze gezinnen.",
        "Krijgen nieuwe collega’s en invallers een vast maatje uit het team en een map met alles "
        "wat ze op hun eerste dag moeten weten.",
    ])
    koersalinea(doc,
        "ASG wil dat al haar scholen gastvrij zijn, ook voor iemand die voor het eerst binnenloopt. "
        "In onze wijk loopt er bijna elke week iemand voor het eerst binnen. De welkomstgesprekken, "
        "de gidsen en de koffie-inloop zijn onze vertaling van die kernwaarde. Respectvolle omgang "
        "(kernwaarde ‘open’) zien wij vooral terug in de omgangsafspraken die voor kinderen én "
        "volwassenen gelden.")

    kop(doc, "5.3 Doelen schoolklimaat", 2)
    tabel(doc, DOELKOPPEN, [
        ["Leerlingen groep 5-8 die zich (heel) veilig voelen op school (ZIEN!)", "91% (maart 2025)",
         "95%", "Anti-pestcoördinator (Esra Demir)"],
        ["Leerlingen groep 5-8 die zich (heel) veilig voelen op het plein (ZIEN!)", "84% (maart 2025)",
         "92%", "Anti-pestcoördinator"],
        ["Opgeleide mediatoren in groep 7-8", "0 (gestopt in 2020)", "12 per jaar, elke pauze een duo",
         "Leerkracht groep 8"],
        ["Incidenten binnen 24 uur geregistreerd in Parnassys, halfjaarlijks geanalyseerd",
         "Registratie op papier, geen analyse", "100% digitaal; 2 analyses per jaar besproken met team "
         "en MR", "Adjunct-directeur"],
        ["Ouders die zich welkom voelen op school (WMK-oudervragenlijst, schaal 1-10)", "7,4 (2024)",
         "8,0", "Directeur"],
        ["Nieuwe gezinnen met welkomstgesprek en rondleiding door Zandzegge-gidsen",
         "Welkomstgesprek wel, rondleiding niet", "100%", "Administratief medewerker"],
    ], DOELBREEDTES)

    # ---------------- 6. kwaliteitszorg en ambitie ----------------
    kop(doc, "6. Kwaliteitszorg en ambitie")
    kop(doc, "6.1 Kwaliteitszorg (KA1)", 2)
    alinea(doc,
        "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni schrijven we het jaarplan voor het "
        "volgende schooljaar, afgeleid van de doeltabellen in dit schoolplan. Elk kwartaal "
        "rapporteert de directeur aan het bestuur volgens het format van de ASG-kwartaalrapportage. "
        "Twee keer per jaar, in februari en in juni, maken de intern begeleider en de directeur een "
        "schoolanalyse van de toetsresultaten en bespreken die met het hele team tijdens een "
        "studiemiddag. Per analyse leggen we maximaal drie verbeterpunten vast, met een eigenaar. In "
        "het jaarverslag (oktober) staat wat ervan terechtgekomen is.")
    alinea(doc,
        "Daarnaast gebruiken we Werken met Kwaliteit (WMK-PO) voor vragenlijsten: de "
        "leerlingvragenlijst jaarlijks, de oudervragenlijst om het jaar en de kwaliteitskaarten "
        "voor zelfevaluatie door het team. Het medewerkersonderzoek loopt via ASG. In het voorjaar "
        "van 2027 vragen we, halverwege de planperiode, een collegiale audit aan bij twee "
        "directeuren van andere ASG-scholen in Poort, met de standaarden van dit plan als kader.")
    koersalinea(doc,
        "De koers vraagt om een stelsel van kwaliteitszorg dat samenhangend en cyclisch is en "
        "zichtbaar in de school. Onze cyclus volgt de ASG-kwartaalrapportage, zodat we niet dubbel "
        "werk doen. De collegiale audit is ons antwoord op de vraag hoe het ASG-brede "
        "kwaliteitsbeleid in de school landt.")

    kop(doc, "6.2 Kwaliteitscultuur en personeel (KA2)", 2)
    alinea(doc,
        "Kwaliteitscultuur is voor ons vooral een kwestie van mensen. Goede leerkrachten maken het "
        "verschil, en die moeten we vinden, houden en laten groeien. Ons personeelsbeleid volgt het "
        "strategisch HR-beleid van ASG, met een paar eigen accenten.")
    kop(doc, "Bekwaamheid en ontwikkeling", 3)
    opsomming(doc, [
        "Alle leerkrachten zijn bevoegd en bekwaam. Startende leerkrachten krijgen drie jaar "
        "begeleiding volgens het ASG-inductieprogramma, met een schoolopleider uit ons team en "
        "vier lesbezoeken per jaar.",
        "Iedere medewerker kiest jaarlijks zelf een ontwikkeldoel en legt dat vast in het "
        "persoonlijk ontwikkelplan. We vragen niet dat iedereen hetzelfde leert, wel dat het doel "
        "iets bijdraagt aan de groep of de school. Het team bepaalt in september met elkaar welke "
        "scholing we collectief doen (voor 2025-2026: rekendidactiek met het Drieslagmodel).",
        "Elke leerkracht volgt in de planperiode minstens één module uit het Maximum-programma van "
        "de ASG Academie. Op dit moment hebben zeven van de negentien leerkrachten dat gedaan.",
    ])
    kop(doc, "Samen leren", 3)
    opsomming(doc, [
        "Het team werkt in drie leerteams (onderbouw, middenbouw, bovenbouw). Elk leerteam kiest "
        "elk jaar één onderzoeksvraag over de eigen praktijk, bijvoorbeeld ‘Werkt het inzetten van "
        "wisbordjes bij rekeninstructie in groep 5?’, verzamelt gegevens en presenteert de uitkomst "
        "in juni aan de rest van het team. Literatuur halen we onder meer bij de Kennisrotonde en "
        "het NRO.",
        "Onze intern begeleider neemt deel aan het ASG-netwerk van IB’ers, de directeur aan de "
        "professionele leergemeenschap van ASG-directeuren.",
        "De kleuterleerkrachten vormen sinds 2024 een werkgroep met de groep 1-2-teams van twee "
        "andere ASG-scholen in Poort. Ze zijn vier keer per jaar bij elkaar op bezoek en delen "
        "observatiematerialen en thema’s.",
    ])
    kop(doc, "Gesprekscyclus en welbevinden", 3)
    opsomming(doc, [
        "We volgen de ASG-gesprekscyclus: jaarlijks een ontwikkelgesprek, eens in de twee jaar een "
        "beoordelingsgesprek met minimaal één lesbezoek vooraf. In 2023-2024 werd maar 78 procent "
        "van de ontwikkelgesprekken gevoerd. Vanaf 2025-2026 plant de administratie alle gesprekken "
        "in september in; de adjunct-directeur voert de gesprekken met de onderbouw, de directeur met "
        "de rest.",
        "Het ziekteverzuim was in 2023-2024 6,8 procent. We willen onder de 5 procent komen. De "
        "werkdrukmiddelen zetten we in voor een extra onderwijsassistent en voor een vaste "
        "invalpool van twee leerkrachten samen met twee andere ASG-scholen. Elke medewerker "
        "heeft twee keer per jaar een werkdrukvrije week zonder vergaderingen.",
        "Bij verzuim volgen we het ASG-verzuimprotocol. We houden bij langdurig verzuim actief "
        "contact en maken samen met de bedrijfsarts een re-integratieplan; medewerkers die "
        "mantelzorger zijn, maken met de directeur afspraken over flexibele inzet.",
    ])
    koersalinea(doc,
        "Venster 2 van de koers gaat over personeel in positie. Wij pakken daarvan de "
        "gesprekscyclus, de professionele ontwikkeling, het samen leren en het welbevinden op. "
        "Andere doelen uit dat venster, zoals interne mobiliteit, laten we deze periode bewust aan "
        "het bestuur (zie hoofdstuk 8).")

    kop(doc, "6.3 Verantwoording en dialoog (KA3)", 2)
    alinea(doc,
        "We leggen verantwoording af aan het bestuur via de kwartaalrapportages, aan ouders via de "
        "schoolgids, het jaarverslag en Scholen op de kaart, en aan de MR in elke vergadering. De MR "
        "bespreekt vier keer per jaar de voortgang van het jaarplan, en we leggen nieuwe plannen "
        "eerst als idee aan de MR voor, voordat ze uitgewerkt worden. Zo was de MR in 2024 vroeg "
        "betrokken bij de keuze voor het vijf-gelijke-dagenmodel, en heeft die keuze mede vorm "
        "gekregen door een ouderpeiling die de MR zelf organiseerde.")
    alinea(doc,
        "Ouders informeren we via Parro. Daarover hebben we afspraken gemaakt, omdat ouders in de "
        "oudervragenlijst van 2024 de informatievoorziening een 7,1 gaven, lager dan de rest van de "
        "vragenlijst:")
    opsomming(doc, [
        "Leerkrachten reageren binnen twee werkdagen op een bericht van ouders.",
        "De nieuwsbrief verschijnt om de week op vrijdag en is in eenvoudige taal geschreven "
        "(B1-niveau). Ouders kunnen hem in Parro laten vertalen.",
        "Besluiten die ouders raken (bijvoorbeeld over schooltijden of de vrijwillige bijdrage) "
        "leggen we uit in de nieuwsbrief, met de reden en de uitkomst van het overleg met de MR.",
        "Rapportgesprekken worden vanaf 2026-2027 in groep 5 tot en met 8 driehoeksgesprekken "
        "(nu alleen in groep 7 en 8): leerling, ouders en leerkracht samen. Het kind vertelt zelf "
        "wat het geleerd heeft en wat het volgende doel is.",
        "Per jaar organiseren we een ouderavond per bouw over wat kinderen in die bouw leren en hoe "
        "ouders thuis kunnen helpen, bijvoorbeeld met voorlezen of met de tafels.",
    ])
    koersalinea(doc,
        "Transparante communicatie en betrokken ouders komen allebei uit de koers. De "
        "driehoeksgesprekken zijn het voorbeeld waar we het meest trots op zijn: daar komen "
        "eigenaarschap van het kind en betrokkenheid van ouders samen. De MR is bij ons meer dan "
        "een orgaan dat instemt; we gebruiken de raad als klankbord bij plannen die nog niet af zijn.")

    kop(doc, "6.4 Doelen kwaliteitszorg en ambitie", 2)
    tabel(doc, DOELKOPPEN, [
        ["Schoolanalyse van resultaten met het team, met maximaal 3 verbeterpunten", "1 keer per jaar "
         "(juni)", "2 keer per jaar (februari en juni)", "Directeur en intern begeleider"],
        ["Leerteams met een onderzoeksvraag en presentatie in juni", "0", "3 per jaar", "Adjunct-directeur"],
        ["Leerkrachten die een Maximum-module van de ASG Academie hebben gevolgd", "7 van 19",
         "Alle leerkrachten", "Directeur"],
        ["Gevoerde ontwikkelgesprekken volgens ASG-gesprekscyclus", "78% (2023-2024)", "100% per jaar",
         "Directeur"],
        ["Ziekteverzuim personeel", "6,8% (2023-2024)", "Lager dan 5,0%", "Directeur"],
        ["Tevredenheid ouders over informatievoorziening (WMK, schaal 1-10)", "7,1 (2024)", "7,8",
         "Directeur"],
        ["Driehoeksgesprekken (leerling, ouders, leerkracht) bij de rapporten", "Alleen groep 7-8; "
         "opkomst ouders 81%", "Groep 5-8; opkomst ouders 95%", "Adjunct-directeur"],
        ["Wijktafel met partners uit gebouw en wijk", "1 keer per jaar, 7 organisaties (april 2025)",
         "Jaarlijks; per organisatie afspraken vastgelegd en een jaar later nagelopen", "Directeur"],
        ["Collegiale audit door twee ASG-directeuren", "Nooit gedaan", "Uitgevoerd voorjaar 2027; "
         "opvolging in jaarplan 2027-2028", "Directeur"],
    ], DOELBREEDTES)

    # ---------------- 7. onderwijsresultaten ----------------
    kop(doc, "7. Onderwijsresultaten")
    kop(doc, "7.1 Resultaten (OR1)", 2)
    alinea(doc,
        "We willen dat onze leerlingen eind groep 8 minstens de resultaten halen die passen bij "
        "onze schoolweging, en op streefniveau daarboven. We leggen de lat bewust hoog: onze "
        "schoolweging zegt iets over de achtergrond van de kinderen, niet over wat ze kunnen. "
        "Onze schoolnormen liggen boven de signaleringswaarden van de Inspectie.")
    alinea(doc,
        "Rekenen op streefniveau is het grootste aandachtspunt. In 2024-2025 hebben we met de "
        "rekencoördinator een analyse gemaakt: onze leerlingen scoren goed op bewerkingen, maar "
        "minder op verhoudingen, breuken en toepassingen in contexten. Daarom geven we vanaf groep 5 "
        "wekelijks een les ‘rekenen in context’, en werkt de rekencoördinator met de leerkrachten "
        "van groep 6 tot en met 8 aan het Drieslagmodel. In groep 3 zetten we een extra "
        "leesinterventie in (Bouw!) voor kinderen die na de eerste toetsronde achterlopen.")
    koersalinea(doc,
        "ASG heeft als kader dat de kwaliteit van alle scholen minimaal voldoet aan het "
        "inspectiekader. Dat is voor ons de ondergrens. Met de streefwaarden hieronder laten we zien "
        "dat we hoge verwachtingen hebben van onze leerlingen, zoals de kernwaarde ‘ambitieus’ vraagt.")

    kop(doc, "7.2 Sociale en maatschappelijke competenties (OR2)", 2)
    alinea(doc,
        "We volgen de sociale competenties van leerlingen met ZIEN!. Daarnaast beoordelen de "
        "leerkrachten van groep 8 vanaf 2026 aan de hand van het burgerschapsplan of leerlingen de "
        "doelen voor democratie, diversiteit en samenwerken hebben gehaald; de leerlingen maken daar "
        "zelf een korte presentatie over in hun portfolio. Op de langere termijn willen we hiervoor "
        "een bestaande meting gebruiken; daar kiezen we in 2027 voor.")
    koersalinea(doc,
        "De koers wil dat leerlingen als zelfstandige en verantwoordelijke burgers een plek in de "
        "maatschappij kunnen innemen. Dit is voor ons het lastigste stuk om te meten. We beginnen "
        "klein en eerlijk.")

    kop(doc, "7.3 Vervolgsucces (OR3)", 2)
    alinea(doc,
        "Van de leerlingen die in 2021 van onze school gingen, zat in het derde leerjaar van het "
        "voortgezet onderwijs 86 procent op of boven het niveau van ons advies (bron: Inspectie, "
        "vervolgsucces). We vragen de vo-scholen elk jaar om een terugkoppeling per leerling en "
        "bespreken die in september met de leerkrachten van groep 7 en 8. Bij leerlingen die "
        "afstromen kijken we of we dat hadden kunnen zien; bij leerlingen die opstromen kijken we of "
        "ons advies te voorzichtig was.")
    koersalinea(doc,
        "Passende onderwijsloopbanen zijn een gezamenlijke opdracht van de ASG-scholen voor po en "
        "vo. Omdat veel van onze leerlingen naar ASG-scholen gaan, kunnen we de terugkoppeling "
        "binnen ASG goed organiseren.")

    kop(doc, "7.4 Doelen onderwijsresultaten", 2)
    tabel(doc, DOELKOPPEN, [
        ["Leerlingen die 1F halen: lezen / taalverzorging / rekenen (doorstroomtoets)",
         "95% / 97% / 89% (2025)", "Minstens 96% / 97% / 93%", "Directeur"],
        ["Leerlingen die 1S/2F halen: lezen / taalverzorging / rekenen",
         "61% / 58% / 38% (2025)", "65% / 62% / 45%", "Rekencoördinator en taalcoördinator"],
        ["Leerlingen eind groep 3 met AVI-E3 of hoger", "71% (juni 2025)", "85%",
         "Intern begeleider"],
        ["Leerlingen groep 8 met voldoende score op sociale vaardigheden in ZIEN!", "84% (2025)", "90%",
         "Intern begeleider"],
        ["Leerlingen groep 8 die de burgerschapsdoelen van het plan halen", "Geen meting", "Meting "
         "vanaf 2026; streefwaarde vastgesteld in 2027", "Werkgroep burgerschap"],
        ["Leerlingen in leerjaar 3 vo op of boven het schooladvies", "86% (cohort 2021)",
         "Minstens 90%", "Leerkracht groep 8"],
    ], DOELBREEDTES)

    # ---------------- 8. niet in dit plan ----------------
    kop(doc, "8. Wat we deze periode laten liggen")
    alinea(doc,
        "Een schoolplan dat alles wil, bereikt niets. We hebben daarom bij een paar onderdelen van "
        "de koers bewust gekozen om ze niet als eigen doel op te nemen.")
    opsomming(doc, [
        "Nieuwe onderwijsconcepten. We krijgen regelmatig de vraag of we niet meer "
        "gepersonaliseerd of unitonderwijs willen geven. Ons antwoord is: niet zolang de basis nog "
        "niet in alle groepen even sterk is.",
        "Interne mobiliteit en het inzetten van talenten voor heel ASG. Met een jong team en "
        "krappe bezetting kunnen we nu geen mensen missen. Wie zich wil oriënteren op een andere "
        "ASG-school, houden we niet tegen.",
        "Bovenschoolse ontmoetingen en studiedagen organiseren we niet zelf; we nemen deel aan wat "
        "ASG aanbiedt als dat in onze jaarplanning past.",
    ])

    # ---------------- 9. meerjarenplanning ----------------
    kop(doc, "9. Meerjarenplanning")
    alinea(doc,
        "De tabel hieronder laat zien in welk schooljaar het zwaartepunt ligt. Het jaarplan werkt "
        "elk jaar de details uit.")
    tabel(doc, ["Schooljaar", "Zwaartepunt", "Borging"], [
        ["2025-2026", "Dagelijks vrij lezen; leerlijn digitale geletterdheid opstellen; mediatoren; "
         "incidentregistratie in Parnassys; kindgesprekken groep 5-6; rekenscholing Drieslagmodel",
         "EDI-kijkwijzer, gesprekscyclus"],
        ["2026-2027", "Begrijpend lezen gekoppeld aan Blink; burgerschapsplan invoeren; "
         "eerste meting burgerschapsdoelen; herinrichting entree afgerond",
         "Dagelijks lezen, mediatoren"],
        ["2027-2028", "Collegiale audit en opvolging; keuze meetinstrument burgerschap; "
         "evaluatie SOP", "Leerlijn digitale geletterdheid, kindgesprekken"],
        ["2028-2029", "Evaluatie schoolplan; voorbereiding nieuw schoolplan met team, ouders en "
         "kinderraad", "Alle doelen uit dit plan"],
    ], [2.5, 9.5, 4.6])

    # ---------------- 10. vaststelling ----------------
    kop(doc, "10. Instemming en vaststelling")
    alinea(doc,
        "De medezeggenschapsraad van OBS De Zandzegge heeft in de vergadering van 10 juni 2025 "
        "ingestemd met dit schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft "
        "het schoolplan op 1 juli 2025 vastgesteld.")
    tabel(doc, ["Namens", "Naam", "Datum", "Handtekening"], [
        ["Medezeggenschapsraad (voorzitter)", "Robin Kasanmoesdiman", "10 juni 2025", ""],
        ["Directeur OBS De Zandzegge", "Yvonne Brakel-Sardjoe", "10 juni 2025", ""],
        ["College van Bestuur ASG", "namens het CvB", "1 juli 2025", ""],
    ], [4.6, 4.4, 3.0, 4.6])

    doc.save(path)
    _vaste_zip(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_131_obs_de_zandzegge.docx")
