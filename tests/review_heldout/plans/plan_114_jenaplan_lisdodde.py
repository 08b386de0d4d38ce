"""Schoolplan 2024-2028 van Jenaplanschool De Lisdodde, algemeen-bijzondere basisschool (primair
onderwijs) in Almere Buiten, onderdeel van de Almeerse Scholen Groep.
Planperiode: schooljaar 2024-2025 tot en met schooljaar 2027-2028."""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 28, 14, 0, 0)
TITEL = "Schoolplan 2024-2028 Jenaplanschool De Lisdodde"
AUTEUR = "A. Dekema, De Lisdodde"

# ---------------------------------------------------------------- hulpfuncties

def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle"):
        try:
            stijl = doc.styles[naam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _alinea(doc, tekst, stijl=None, vet=False, cursief=False, uitlijning=None, grootte=None):
    p = doc.add_paragraph(style=stijl)
    if tekst:
        r = p.add_run(tekst)
        r.bold = vet
        r.italic = cursief
        if grootte:
            r.font.size = Pt(grootte)
    if uitlijning is not None:
        p.alignment = uitlijning
    return p


def _opsomming(doc, items, stijl="List Bullet"):
    for item in items:
        p = doc.add_paragraph(style=stijl)
        if isinstance(item, tuple):
            r = p.add_run(item[0])
            r.bold = True
            p.add_run(item[1])
        else:
            p.add_run(item)


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
    koprij = t.rows[0]
    trpr = koprij._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for i, k in enumerate(kop):
        cel = koprij.cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = Pt(9.5)
        _arceer(cel, "4E7A3A")
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(waarde)
            r.font.size = Pt(9.5)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _paginanummer(paragraaf):
    r = paragraaf.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    r._r.append(begin)
    r._r.append(instr)
    r._r.append(sep)
    t = OxmlElement("w:t")
    t.text = "1"
    r._r.append(t)
    r._r.append(eind)


# ---------------------------------------------------------------- document

def _swot(doc, sterk, zwak, kans, bedreiging):
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)

    def kop(cel, tekst):
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _arceer(cel, "4E7A3A")

    def vul(cel, items):
        cel.text = ""
        eerste = True
        for item in items:
            p = cel.paragraphs[0] if eerste else cel.add_paragraph()
            p.style = doc.styles["List Bullet"]
            r = p.add_run(item)
            r.font.size = Pt(9.5)
            eerste = False

    kop(t.cell(0, 0), "Sterktes (intern)")
    kop(t.cell(0, 1), "Zwaktes (intern)")
    vul(t.cell(1, 0), sterk)
    vul(t.cell(1, 1), zwak)
    kop(t.cell(2, 0), "Kansen (extern)")
    kop(t.cell(2, 1), "Bedreigingen (extern)")
    vul(t.cell(3, 0), kans)
    vul(t.cell(3, 1), bedreiging)
    for rij in t.rows:
        for cel in rij.cells:
            cel.width = Cm(8.2)
    doc.add_paragraph()


def build(path) -> None:
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    sectie.different_first_page_header_footer = True
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    vr = voet.add_run("Schoolplan De Lisdodde 2024-2028   ")
    vr.font.size = Pt(8.5)
    _paginanummer(voet)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = AUTEUR
    cp.last_modified_by = AUTEUR
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.revision = 4

    # ------------------------------------------------------------ titelpagina
    for _ in range(6):
        doc.add_paragraph()
    _alinea(doc, "Jenaplanschool De Lisdodde", vet=True, grootte=28, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    _alinea(doc, "Samen leven, samen leren, samen groeien", cursief=True, grootte=14,
            uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph()
    _alinea(doc, "Schoolplan 2024 - 2028", vet=True, grootte=20, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(10):
        doc.add_paragraph()
    _alinea(doc, "Otterweg 14, 1334 HK Almere Buiten  |  BRIN 18TQ", grootte=9.5,
            uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    _alinea(doc, "Algemeen-bijzondere basisschool, onderdeel van de Almeerse Scholen Groep", grootte=9.5,
            uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    _alinea(doc, "Juni 2024", grootte=9.5, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ 1
    doc.add_heading("1. Voorwoord", level=1)
    _alinea(doc,
        "Voor u ligt het schoolplan van Jenaplanschool De Lisdodde voor de schooljaren 2024-2025 tot en "
        "met 2027-2028. De lisdodde is de plant met de bruine sigaren die overal langs de sloten en "
        "vaarten van Flevoland groeit. Hij wortelt in de modder, staat stevig in de wind en groeit samen "
        "met andere planten op. Zo willen wij ook school zijn: stevig geworteld, samen groeiend, en een "
        "beetje eigenwijs.")
    _alinea(doc,
        "Dit plan is tot stand gekomen in gesprekken met het team, met kinderen uit de bovenbouw, met "
        "ouders en met de medezeggenschapsraad. We hebben op twee studiedagen in het voorjaar van 2024 "
        "teruggekeken op de afgelopen jaren en samen een SWOT-analyse gemaakt. Daarna hebben we "
        "opgeschreven wat we de komende jaren willen bereiken. Het is een plan met veel wensen. Dat is "
        "bewust: we willen niet alles vooraf dichttimmeren, maar ruimte houden om samen te ontdekken wat "
        "werkt. In de jaarplannen maken we de wensen steeds concreet voor het jaar dat komt.")
    _alinea(doc,
        "We hopen dat dit schoolplan laat zien wie we zijn en waar we naartoe willen. Veel leesplezier.")
    _alinea(doc, "Annelies Dekema, directeur", cursief=True)

    # ------------------------------------------------------------ 2
    doc.add_heading("2. Onze school", level=1)
    doc.add_heading("2.1 Geschiedenis en identiteit", level=2)
    _alinea(doc,
        "De Lisdodde werd in 1996 opgericht door een groep ouders in de Faunabuurt in Almere Buiten, die "
        "voor hun kinderen Jenaplanonderwijs wilden. De school begon met twee stamgroepen in een "
        "noodgebouw en verhuisde in 2001 naar het huidige gebouw aan de Otterweg. Sinds 2012 valt De "
        "Lisdodde onder de Almeerse Scholen Groep.")
    _alinea(doc,
        "Wij zijn een algemeen-bijzondere school. We zijn niet gebonden aan één geloof of "
        "levensbeschouwing; onze grondslag is het Jenaplanconcept en de gelijkwaardigheid van mensen, "
        "wat zij ook geloven. In de kring vertellen kinderen over de feesten die zij thuis vieren, en in "
        "onze vieringen is plaats voor verschillende tradities. Zo vieren we in december samen het "
        "lichtfeest, waarin kinderen vertellen over Kerstmis, Chanoeka en Divali, en organiseren ouders "
        "na de ramadan een gezamenlijk ontbijt voor de hele school. In de bovenbouw werken we elk jaar "
        "een blok lang aan levensbeschouwing, waarin de kinderen ook een kerk, een moskee en een "
        "hindoestaanse tempel in Almere bezoeken.")
    doc.add_heading("2.2 Kengetallen", level=2)
    _tabel(doc, ["", "2021", "2022", "2023"], [
        ["Aantal kinderen op 1 oktober", "246", "238", "231"],
        ["Aantal stamgroepen", "10", "10", "10"],
        ["Onderbouw (groep 1-2) / middenbouw (3-4-5) / bovenbouw (6-7-8)", "3 / 4 / 3", "3 / 4 / 3", "3 / 4 / 3"],
        ["Kinderen met een groeidocument of arrangement", "11", "13", "16"],
        ["Medewerkers (fte)", "19 (15,4)", "21 (16,1)", "21 (16,0)"],
    ], breedtes=[8.5, 2.4, 2.4, 2.4])
    _alinea(doc,
        "De meeste kinderen wonen in de Faunabuurt en de Bloemenbuurt, maar ongeveer een derde komt van "
        "verder weg, omdat ouders bewust voor Jenaplanonderwijs kiezen. De ouderpopulatie is gemengd; "
        "het opleidingsniveau van ouders ligt iets boven het gemiddelde van Almere. Het aantal kinderen "
        "daalt langzaam, omdat de wijk vergrijst.")
    doc.add_heading("2.3 Het team", level=2)
    _alinea(doc,
        "Het team bestaat uit twaalf stamgroepleiders, een intern begeleider (Ruud Kamphuis), een "
        "vakleerkracht bewegingsonderwijs, twee onderwijsassistenten, een conciërge, een administratief "
        "medewerker en de directeur. Veel collega's werken al lang op De Lisdodde; de laatste drie jaar "
        "zijn er vier nieuwe stamgroepleiders bijgekomen, van wie er drie nog niet eerder op een "
        "Jenaplanschool werkten.")

    # ------------------------------------------------------------ 3
    doc.add_heading("3. Ons Jenaplanconcept", level=1)
    _alinea(doc,
        "Het Jenaplanonderwijs gaat terug op de Duitse pedagoog Peter Petersen. Wij werken vanuit de "
        "basisprincipes van de Nederlandse Jenaplan Vereniging. Centraal staat dat ieder kind uniek is en "
        "leert in relatie tot zichzelf, tot de ander en tot de wereld. Ieder kind is bij ons waardevol en "
        "wordt gezien.")
    doc.add_heading("3.1 De stamgroep", level=2)
    _alinea(doc,
        "Kinderen zitten niet in jaargroepen, maar in stamgroepen met drie (in de onderbouw twee) "
        "leeftijden. Een kind is dus het ene jaar de jongste, daarna de middelste en dan de oudste. Zo "
        "leren kinderen van en met elkaar en krijgen de oudsten verantwoordelijkheid voor de jongsten. "
        "Elke stamgroep heeft een vaste stamgroepleider.")
    doc.add_heading("3.2 Gesprek, spel, werk en viering", level=2)
    _alinea(doc,
        "Ons ritme is opgebouwd uit de vier basisactiviteiten van Jenaplan:")
    _opsomming(doc, [
        ("Gesprek: ", "elke dag begint en eindigt in de kring. Er zijn vertelkringen, nieuwskringen, "
         "boekenkringen en kringen waarin we samen een probleem oplossen."),
        ("Spel: ", "in de onderbouw is spel de belangrijkste manier van leren; in de midden- en "
         "bovenbouw spelen we dagelijks buiten en maken we toneel."),
        ("Werk: ", "in de blokperiode van negentig minuten per ochtend werken kinderen aan hun weektaak "
         "voor rekenen, taal en spelling, terwijl de stamgroepleider instructie geeft aan kleine "
         "groepjes. Daarnaast is er elke middag tijd voor wereldoriëntatie."),
        ("Viering: ", "iedere vrijdag om 14.00 uur is er een weekopening of weeksluiting in de aula, "
         "waarin een stamgroep laat zien wat zij heeft geleerd. Ouders zijn daarbij welkom."),
    ])
    doc.add_heading("3.3 Wereldoriëntatie als hart", level=2)
    _alinea(doc,
        "Wereldoriëntatie is het hart van ons onderwijs. Zes uur per week werken de kinderen in projecten "
        "van vier tot zes weken aan een thema uit de ervaringsgebieden, zoals 'jaarkring', 'omgaan met "
        "elkaar', 'wonen', 'techniek' en 'aarde en heelal'. Elk project begint met een kring waarin de "
        "kinderen hun eigen vragen verzamelen op de vragenmuur; de stamgroepleider bouwt het project rond "
        "die vragen. Geschiedenis, aardrijkskunde, natuur en techniek krijgen zo een plaats in de "
        "projecten. Elk project eindigt met een presentatie voor de stamgroep of voor ouders. In de "
        "onderbouw werken de kinderen in hoeken die bij het project horen.")

    # ------------------------------------------------------------ 4
    doc.add_heading("4. Waar staan we?", level=1)
    doc.add_heading("4.1 Terugblik", level=2)
    _alinea(doc,
        "De afgelopen periode stond voor een groot deel in het teken van corona en de nasleep daarvan. "
        "We hebben veel energie gestoken in het herstel van het sociale leven in de stamgroepen en in het "
        "inhalen van achterstanden bij rekenen en begrijpend lezen, met geld uit het Nationaal Programma "
        "Onderwijs. Een aantal plannen uit het vorige schoolplan is blijven liggen, zoals het beschrijven "
        "van de doorgaande lijn voor wereldoriëntatie en het vernieuwen van het portfolio.")
    _alinea(doc,
        "De inspectie heeft in het voorjaar van 2022 een gesprek op onze school gevoerd in het kader van "
        "het onderzoek bij de ASG. Er waren geen tekortkomingen; de school valt onder het reguliere "
        "toezicht. In 2024 maakten onze kinderen voor het eerst de doorstroomtoets. 97 procent haalde bij "
        "lezen het fundamentele niveau 1F en 71 procent het streefniveau 2F. Bij taalverzorging was dat "
        "95 en 62 procent, bij rekenen 88 en 34 procent. Alle percentages liggen boven de "
        "signaleringswaarden van de inspectie; bij rekenen blijft het streefniveau achter bij het "
        "landelijk gemiddelde.")
    doc.add_heading("4.2 SWOT-analyse", level=2)
    _alinea(doc,
        "Op de studiedag van 6 maart 2024 heeft het team in groepjes de sterke en zwakke kanten van de "
        "school en de kansen en bedreigingen van buiten in kaart gebracht. De MR en een groep van zes "
        "ouders hebben daarop gereageerd. De uitkomst staat hieronder.")
    _swot(doc,
        [
            "Een sterke pedagogische basis: stamgroep, kring en vieringen.",
            "Kinderen voelen zich veilig: 94 procent in de monitor van 2023.",
            "Wereldoriëntatie als hart; kinderen zijn betrokken en stellen vragen.",
            "Betrokken ouders, die veel helpen bij uitstapjes en projecten.",
            "Een herkenbaar Jenaplanprofiel; ouders kiezen bewust voor ons.",
            "Een stabiel team met veel ervaring.",
        ],
        [
            "Het streefniveau bij rekenen blijft achter.",
            "De doorgaande lijn van wereldoriëntatie is niet op papier gezet.",
            "Weinig aanbod voor kinderen die meer aankunnen.",
            "De communicatie met ouders is versnipperd (mail, app, papier).",
            "Nieuwe collega's kennen het Jenaplanconcept nog onvoldoende.",
            "De gesprekscyclus met medewerkers is in de coronatijd stilgevallen.",
        ],
        [
            "De kinderopvang in ons gebouw: samen een doorgaande lijn van 0 tot 13 jaar.",
            "Het Kromslootpark en de natuur rond de school.",
            "Scholing en netwerken van de Jenaplanvereniging.",
            "De nieuwe kerndoelen voor burgerschap en digitale geletterdheid passen goed bij "
            "wereldoriëntatie.",
            "De kennis en het aanbod binnen de ASG.",
        ],
        [
            "Het lerarentekort: twee vacatures stonden in 2023-2024 maanden open.",
            "Een dalend aantal kinderen in de wijk.",
            "Hoge werkdruk in het team.",
            "Meer kinderen met complexe ondersteuningsvragen.",
            "Het gebouw is verouderd en het buitenterrein is versleten.",
        ])
    _alinea(doc,
        "Uit de SWOT-analyse halen we vijf aandachtspunten voor deze planperiode: rekenen, de doorgaande "
        "lijn wereldoriëntatie, Jenaplan voor nieuwe collega's, de communicatie met ouders en een "
        "buitenterrein dat bij ons onderwijs past.")

    # ------------------------------------------------------------ 5
    doc.add_heading("5. Onderwijs en leren", level=1)
    doc.add_heading("5.1 Ons aanbod", level=2)
    _alinea(doc,
        "Ons onderwijsaanbod dekt de kerndoelen van het primair onderwijs. Voor de basisvaardigheden "
        "werken we met methodes die we in de blokperiode inzetten: Veilig leren lezen in de middenbouw "
        "(groep 3), Staal voor taal en spelling, Pluspunt voor rekenen en Nieuwsbegrip voor begrijpend "
        "lezen. De zaakvakken, techniek, burgerschap en een deel van de kunstzinnige oriëntatie zitten in "
        "wereldoriëntatie. Engels geven we vanaf groep 5 met Stepping Stones Junior. We volgen de "
        "referentieniveaus voor taal en rekenen en willen dat zo veel mogelijk kinderen aan het eind van "
        "groep 8 het streefniveau halen dat bij hen past.")
    doc.add_heading("5.2 Wat we willen", level=2)
    _opsomming(doc, [
        "We willen de komende jaren het rekenonderwijs versterken, zodat meer kinderen het streefniveau "
        "halen. We gaan onderzoeken of een andere manier van instructie in de blokperiode helpt.",
        "We willen de doorgaande lijn van wereldoriëntatie beschrijven, zodat duidelijk is welke "
        "kennis en vaardigheden in welke bouw aan bod komen.",
        "We willen een toekomstgericht curriculum, met meer aandacht voor digitale geletterdheid, "
        "techniek en wetenschap.",
        "We streven naar meer uitdaging voor kinderen die meer aankunnen, liefst binnen de eigen "
        "stamgroep.",
        "We willen nieuwsgierig blijven naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        "We willen ons portfolio vernieuwen, zodat kinderen beter laten zien waar ze trots op zijn.",
    ])
    doc.add_heading("5.3 Kinderen in beeld", level=2)
    _alinea(doc,
        "Iedere stamgroepleider voert drie keer per jaar een kindgesprek van tien minuten met ieder kind "
        "uit de midden- en bovenbouw. Het kind vertelt wat goed gaat, waar het mee worstelt en wat het "
        "wil leren; samen kiezen ze één persoonlijk doel voor de komende periode. In de onderbouw "
        "observeren we met het leerlingvolgsysteem voor jonge kinderen. Twee keer per jaar bespreekt de "
        "stamgroepleider met de intern begeleider de hele stamgroep aan de hand van de toetsen, de "
        "observaties en de kindgesprekken. Kinderen verzamelen hun werk in een portfolio, dat ze bij het "
        "driehoeksgesprek aan hun ouders laten zien.")

    # ------------------------------------------------------------ 6
    doc.add_heading("6. Samen leven in de stamgroep", level=1)
    doc.add_heading("6.1 Burgerschap", level=2)
    _alinea(doc,
        "In Jenaplan is de stamgroep een kleine samenleving. Kinderen leren er samen beslissen, ruzies "
        "oplossen en rekening houden met anderen. Burgerschap zit bij ons daarom vooral in de dagelijkse "
        "praktijk:")
    _opsomming(doc, [
        "Elke week houdt iedere stamgroep van de midden- en bovenbouw een stamgroepvergadering met een "
        "kind als voorzitter en een kind als notulist. De groep bespreekt afspraken, problemen en "
        "plannen en neemt besluiten door te stemmen.",
        "De kinderraad, met twee gekozen kinderen uit iedere midden- en bovenbouwgroep, vergadert één "
        "keer per maand met de directeur. De kinderraad heeft in 2023 bijvoorbeeld de nieuwe "
        "pleinregels opgesteld.",
        "In wereldoriëntatie werken de bovenbouwgroepen eens per twee jaar aan het project 'Wie beslist "
        "er in Almere?', met een bezoek aan de gemeenteraad.",
        "In het project levensbeschouwing (zie 2.1) leren kinderen over verschillende geloven en "
        "overtuigingen.",
    ])
    _alinea(doc,
        "We willen burgerschap de komende jaren beter beschrijven in een leerlijn, zodat we kunnen laten "
        "zien dat alle onderdelen van de nieuwe kerndoelen aan bod komen.")
    doc.add_heading("6.2 Een veilige school", level=2)
    _alinea(doc,
        "Kinderen voelen zich veilig op De Lisdodde. We meten dat ieder jaar in februari met de "
        "vragenlijst sociale veiligheid van ons leerlingvolgsysteem in groep 5 tot en met 8. In 2023 "
        "gaf 94 procent van de kinderen aan zich (heel) veilig te voelen op school; op het plein was dat "
        "86 procent. Priya Ramdin is onze anti-pestcoördinator en aanspreekpunt voor kinderen en ouders. "
        "We werken met een pestprotocol en met de afspraken die elke stamgroep aan het begin van het jaar "
        "zelf opstelt. Ieder incident op het plein wordt dezelfde dag in de kring besproken. Het "
        "veiligheidsplan en het pestprotocol staan op onze website.")
    _alinea(doc,
        "We streven ernaar dat alle kinderen zich ook op het plein veilig voelen. We hopen dat het nieuwe "
        "natuurspeelplein (zie hoofdstuk 10) daaraan bijdraagt.")

    # ------------------------------------------------------------ 7
    doc.add_heading("7. Ieder kind passend", level=1)
    _alinea(doc,
        "Wij willen dat ieder kind zich op De Lisdodde kan ontwikkelen op een manier die bij hem of haar "
        "past. In een stamgroep met drie leeftijden zijn verschillen tussen kinderen gewoon. We streven "
        "ernaar zo veel mogelijk kinderen in hun eigen stamgroep te begeleiden. Welke ondersteuning wij "
        "kunnen bieden, staat in ons schoolondersteuningsprofiel, dat op de website staat en dat we in "
        "deze planperiode willen actualiseren.")
    _alinea(doc,
        "We merken dat het aantal kinderen met een ondersteuningsvraag toeneemt. We willen de komende "
        "jaren onderzoeken hoe we ons beter kunnen toerusten op bijvoorbeeld kinderen met "
        "gedragsproblemen en kinderen die meer aankunnen. Ook willen we beter samenwerken met het "
        "samenwerkingsverband en met jeugdhulp.")

    # ------------------------------------------------------------ 8
    doc.add_heading("8. Ons team", level=1)
    doc.add_heading("8.1 Jenaplan leren", level=2)
    _alinea(doc,
        "Werken op een Jenaplanschool vraagt iets anders dan werken op een jaarklassenschool. Daarom "
        "volgen alle stamgroepleiders de Jenaplan-diplomaopleiding, die door de Nederlandse Jenaplan "
        "Vereniging erkend is. Op dit moment hebben zeven van de twaalf stamgroepleiders het "
        "Jenaplandiploma. Uiterlijk in juli 2027 hebben alle stamgroepleiders die dan in vaste dienst "
        "zijn de opleiding afgerond. De school betaalt de opleiding en geeft studieverlof voor de "
        "lesdagen. Nieuwe collega's krijgen in hun eerste jaar een ervaren collega als maatje.")
    doc.add_heading("8.2 Kwaliteit van lesgeven", level=2)
    _alinea(doc,
        "De directeur legt bij iedere stamgroepleider twee keer per jaar een klassenbezoek af, met een "
        "kijkwijzer die we samen hebben gemaakt op basis van de Jenaplan-basisprincipes en de "
        "instructie in de blokperiode. Na ieder bezoek volgt een nagesprek. Bekwaamheidsdossiers worden "
        "bijgehouden in het personeelssysteem van de ASG.")
    doc.add_heading("8.3 Werkdruk", level=2)
    _alinea(doc,
        "Het team heeft in 2023 zelf gekozen hoe de werkdrukmiddelen worden besteed: aan een "
        "vakleerkracht bewegingsonderwijs en aan een extra onderwijsassistent. Daardoor hebben "
        "stamgroepleiders elke week twee uur waarin ze zonder kinderen kunnen voorbereiden en "
        "overleggen. We willen dit de komende jaren zo houden.")
    doc.add_heading("8.4 Wat we willen", level=2)
    _opsomming(doc, [
        "We willen een lerend team zijn, waarin collega's bij elkaar in de stamgroep kijken en van "
        "elkaar leren.",
        "We streven naar een collectieve leercultuur, gericht op voortdurend verbeteren en vernieuwen.",
        "We willen de gesprekscyclus met alle medewerkers weer oppakken.",
        "We willen vitale medewerkers, die met plezier en energie werken.",
        "We willen hoge verwachtingen hebben van onze kinderen en van elkaar.",
        "We willen vaker collega's van andere ASG-scholen ontmoeten en van hen leren.",
    ])

    # ------------------------------------------------------------ 9
    doc.add_heading("9. Kwaliteit", level=1)
    _alinea(doc,
        "We werken volgens de kwaliteitscyclus van de ASG. Elk jaar maken we een jaarplan waarin we de "
        "wensen uit dit schoolplan concreet maken, en aan het eind van het jaar evalueren we dat plan in "
        "het jaarverslag. De directeur rapporteert elk kwartaal aan het bestuur.")
    _alinea(doc,
        "Twee keer per jaar, in februari en juni, maken de intern begeleider en de directeur een "
        "trendanalyse van de toetsen uit het leerlingvolgsysteem. Die bespreken we met het hele team in "
        "een teamvergadering, waarna elke bouw afspraken maakt voor de komende periode. De resultaten "
        "van de doorstroomtoets bespreken we ieder jaar in september. Om het jaar houden we een "
        "tevredenheidspeiling onder ouders, kinderen uit groep 6 tot en met 8 en medewerkers.")
    _alinea(doc,
        "Als Jenaplanschool zijn we lid van de Nederlandse Jenaplan Vereniging en dragen we de licentie "
        "'erkende Jenaplanschool'. Om de licentie te behouden ontvangen we in het najaar van 2025 een "
        "visitatie van de vereniging; daarbij kijken collega's van andere Jenaplanscholen in onze "
        "stamgroepen en spreken ze met kinderen, ouders en team.")

    # ------------------------------------------------------------ 10
    doc.add_heading("10. Ouders, MR en omgeving", level=1)
    doc.add_heading("10.1 Ouders", level=2)
    _alinea(doc,
        "Ouders zijn bij ons welkom. Elke ochtend is er van 8.20 tot 8.30 uur inloop: ouders lopen mee "
        "de stamgroep in, kijken naar het werk van hun kind en maken een praatje met de "
        "stamgroepleider. Nieuwe ouders krijgen een rondleiding door kinderen uit de bovenbouw. We willen "
        "dat onze school gastvrij is en dat iedereen zich welkom voelt.")
    _alinea(doc,
        "Twee keer per jaar houden we driehoeksgesprekken: het kind, de ouders en de stamgroepleider "
        "bespreken samen het portfolio en het persoonlijke doel van het kind. Het kind leidt het "
        "gesprek zelf vanaf groep 5. Daarnaast helpen veel ouders bij projecten, uitstapjes en "
        "vieringen. Vanaf schooljaar 2025-2026 houden we in iedere stamgroep drie keer per jaar een "
        "ouderkring, waarin ouders in de kring zitten zoals hun kinderen dat elke dag doen, en horen "
        "waaraan de stamgroep werkt.")
    _alinea(doc,
        "Ouders geven aan dat ze informatie missen, omdat we berichten via verschillende kanalen sturen. "
        "We willen transparant en toegankelijk communiceren en streven ernaar dat ouders op één plek "
        "kunnen vinden wat ze nodig hebben. Wij gaan respectvol om met de mensen binnen en buiten onze "
        "school.")
    doc.add_heading("10.2 Medezeggenschap", level=2)
    _alinea(doc,
        "De medezeggenschapsraad bestaat uit drie ouders en drie personeelsleden en vergadert zes keer "
        "per jaar. De MR is voor ons een klankbord voor ideeën en een sparringpartner bij voorgenomen "
        "beleid. De directeur is bij het eerste deel van iedere vergadering aanwezig. Het concept van "
        "dit schoolplan is besproken in de MR-vergaderingen van 11 maart en 13 mei 2024. De MR heeft "
        "meegedacht over de SWOT-analyse en adviseerde om de communicatie met ouders hoger op de lijst "
        "te zetten; dat advies hebben we overgenomen.")
    doc.add_heading("10.3 Omgeving", level=2)
    _alinea(doc,
        "In ons gebouw zit ook een kinderopvang met een peutergroep. We willen de samenwerking met de "
        "kinderopvang versterken en streven op termijn naar een doorgaande lijn van 0 tot 13 jaar. Ook "
        "willen we meer gebruikmaken van de omgeving van de school, zoals het Kromslootpark, de "
        "bibliotheek en de sportverenigingen in de wijk. We hopen dat ouders met een bijzonder beroep "
        "of hobby vaker in de stamgroep komen vertellen.")
    _alinea(doc,
        "Het buitenterrein van de school is versleten. Samen met ouders en de kinderraad maken we er een "
        "natuurspeelplein van, met water, een hut van takken en een moestuin. Het plein is klaar in het "
        "voorjaar van 2026. De kinderraad heeft het ontwerp gekozen uit drie voorstellen.")

    # ------------------------------------------------------------ 11
    doc.add_heading("11. Onze ambities 2024-2028", level=1)
    _alinea(doc,
        "In de tabel zetten we onze belangrijkste ambities voor deze planperiode op een rij. Ieder jaar "
        "werken we ze uit in het jaarplan.")
    _tabel(doc, ["Ambitie", "Wat we willen", "Wanneer"], [
        ["Rekenen", "Meer kinderen halen het streefniveau; we onderzoeken een andere manier van "
         "instructie in de blokperiode.", "2024-2028"],
        ["Wereldoriëntatie", "Een beschreven doorgaande lijn van onderbouw tot bovenbouw.", "in de planperiode"],
        ["Uitdaging", "Meer aanbod voor kinderen die meer aankunnen.", "nog te bepalen"],
        ["Jenaplan in het team", "Alle stamgroepleiders hebben het Jenaplandiploma (nu 7 van 12).", "juli 2027"],
        ["Lerend team", "Collega's kijken bij elkaar en leren van elkaar.", "doorlopend"],
        ["Ouders", "Drie ouderkringen per jaar in iedere stamgroep.", "vanaf 2025-2026"],
        ["Communicatie", "Ouders vinden alle informatie op één plek.", "in de planperiode"],
        ["Buitenterrein", "Een natuurspeelplein dat past bij ons onderwijs.", "voorjaar 2026"],
        ["Kinderopvang", "Een doorgaande lijn van 0 tot 13 jaar.", "op termijn"],
    ], breedtes=[3.6, 9.0, 3.4])

    # ------------------------------------------------------------ 12
    doc.add_heading("12. Tot slot", level=1)
    _alinea(doc,
        "Dit schoolplan is een richting, geen blauwdruk. We verwachten dat we onderweg zullen bijsturen, "
        "en dat is ook de bedoeling. Het plan is besproken met het team en met de medezeggenschapsraad, "
        "die als klankbord heeft meegedacht. Het plan wordt ter vaststelling aangeboden aan het College "
        "van Bestuur van de Almeerse Scholen Groep en geldt voor de schooljaren 2024-2025 tot en met "
        "2027-2028.")
    _tabel(doc, ["", "Naam", "Datum"], [
        ["Directeur", "Annelies Dekema", "28 juni 2024"],
        ["Besproken met de MR (voorzitter)", "Esther Koolhof", "13 mei 2024"],
    ], breedtes=[6.5, 5.0, 4.0])

    doc.save(path)
