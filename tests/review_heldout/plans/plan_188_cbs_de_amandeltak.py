#!/usr/bin/env python3
"""Schoolplan 2024-2028 van CBS De Amandeltak (Almere, Muziekwijk), ASG.

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
Met voorblad, inhoudsopgave (TOC-veld) en colofon. Deterministisch: vaste datums, geen willekeur.
"""
import datetime
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 26, 14, 30, 0)
GROEN = RGBColor(0x4A, 0x6B, 0x2F)


# ---------------------------------------------------------------- opmaakhulpjes
def _taal_nl(doc):
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _veld(run, instructie, resultaat, dirty=False):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    if dirty:
        b.set(qn("w:dirty"), "true")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instructie
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = resultaat
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, instr, s, t, e):
        run._r.append(el)


def _voettekst(section):
    section.different_first_page_header_footer = True
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CBS De Amandeltak – Schoolplan 2024-2028 – ")
    r.font.size = Pt(8)
    r.font.color.rgb = GROEN
    run = p.add_run()
    run.font.size = Pt(8)
    _veld(run, " PAGE ", "2")


def _stijlen(doc):
    normal = doc.styles["Normal"]
    normal.font.name = "Cambria"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5), ("Heading 4", 11)):
        st = doc.styles[naam]
        st.font.color.rgb = GROEN
        st.font.size = Pt(grootte)
    for niveau, inspring in ((1, 0), (2, 0.6), (3, 1.2)):
        st = doc.styles.add_style("TOC %d" % niveau, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.left_indent = Cm(inspring)
        st.paragraph_format.space_after = Pt(2)
        if niveau == 1:
            st.font.bold = True


def h(doc, tekst, niveau):
    return doc.add_heading(tekst, level=niveau)


def p(doc, tekst, cursief=False):
    par = doc.add_paragraph()
    r = par.add_run(tekst)
    r.italic = cursief
    return par


def lijst(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _herhaal_kop(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def tabel(doc, kop, rijen, breedtes=None):
    if kop is None:
        t = doc.add_table(rows=0, cols=len(rijen[0]))
        t.style = "Table Grid"
    else:
        t = doc.add_table(rows=1, cols=len(kop))
        t.style = "Medium List 1 Accent 3"
        for i, k in enumerate(kop):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(k).bold = True
        _herhaal_kop(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = w
    if breedtes:
        for row in t.rows:
            for i, b in enumerate(breedtes):
                row.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _inhoudsopgave(doc, anker):
    """Vult het TOC-veld achter paragraaf 'anker' met de koppen uit het document (gecachet resultaat)."""
    koppen = []
    for par in doc.paragraphs:
        naam = par.style.name
        if naam in ("Heading 1", "Heading 2", "Heading 3") and par.text.strip():
            koppen.append((int(naam[-1]), par.text))
    # anker bevat begin + instructie + separate
    niveau0, tekst0 = koppen[0]
    anker.style = doc.styles["TOC %d" % niveau0]
    anker.add_run(tekst0)
    vorige = anker
    laatste = anker
    for niveau, tekst in koppen[1:]:
        nieuw = doc.add_paragraph(style="TOC %d" % niveau)
        nieuw.add_run(tekst)
        vorige._p.addnext(nieuw._p)
        vorige = nieuw
        laatste = nieuw
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    r = laatste.add_run()
    r._r.append(eind)


# ---------------------------------------------------------------- document
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    _stijlen(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    _voettekst(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan CBS De Amandeltak 2024-2028"
    cp.subject = "Tot bloei komen"
    cp.author = "Marieke Hoekstra"
    cp.last_modified_by = "Marieke Hoekstra"
    cp.language = "nl-NL"
    cp.category = "Schoolplan"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 12

    # ------------------------------------------------------------ voorblad
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Schoolplan 2024 – 2028")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = GROEN
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Tot bloei komen")
    r.italic = True
    r.font.size = Pt(20)
    doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("CBS De Amandeltak")
    r.bold = True
    r.font.size = Pt(16)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Christelijke basisschool in de Muziekwijk, Almere\nonderdeel van de Almeerse Scholen Groep")
    for _ in range(6):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("“De staf van Aäron was uitgebot: er zaten knoppen aan, bloesem en rijpe amandelen.”\n(naar Numeri 17)")
    r.italic = True
    r.font.size = Pt(10)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Planperiode 1 augustus 2024 – 31 juli 2028  ·  definitieve versie, juni 2024")
    r.font.size = Pt(10)
    t.add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ inhoudsopgave
    kop = doc.add_paragraph("Inhoud", style="TOC Heading")
    anker = doc.add_paragraph(style="TOC 1")
    _begin = anker.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    b.set(qn("w:dirty"), "true")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-3" \\h \\z \\u '
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    for el in (b, instr, s):
        _begin._r.append(el)
    na_toc = doc.add_paragraph()
    na_toc.add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ voorwoord
    h(doc, "Voorwoord", 1)
    p(doc, "Voor u ligt het schoolplan van CBS De Amandeltak voor de jaren 2024 tot en met 2028. We hebben het "
           "de titel ‘Tot bloei komen’ gegeven. De amandeltak is het eerste dat in het voorjaar bloeit, vaak "
           "als het nog koud is. Dat beeld past bij hoe wij naar kinderen kijken: elk kind heeft zijn eigen "
           "seizoen, en het is onze taak om de omstandigheden zo te maken dat het kan uitbotten.")
    p(doc, "Dit plan is het resultaat van een jaar samen nadenken. In het schooljaar 2023-2024 hebben we met het "
           "team vier studiemiddagen besteed aan de vraag wat we de afgelopen vier jaar hebben bereikt en waar we "
           "naartoe willen. Ouders dachten mee tijdens een thema-avond in februari, de leerlingenraad gaf haar "
           "mening over wat kinderen ‘het allerbelangrijkste’ vinden, en de medezeggenschapsraad heeft het "
           "proces van begin tot eind gevolgd. Koers 22 van de Almeerse Scholen Groep was daarbij ons kompas; "
           "de kernwaarden en vensters daaruit vindt u terug in hoofdstuk 3.")
    p(doc, "Het plan is opgebouwd in drie stappen: eerst kijken we terug, dan beschrijven we waar we nu staan, en "
           "tot slot waar we heen gaan. Elk schooljaar werken we het plan uit in een jaarplan; in het jaarverslag "
           "leggen we verantwoording af aan ouders, team en bestuur.")
    p(doc, "Marieke Hoekstra, directeur", cursief=True)

    # ------------------------------------------------------------ 1 Terugblik
    h(doc, "1. Terugblik", 1)
    h(doc, "1.1 Het schoolplan 2020-2024 in vogelvlucht", 2)
    p(doc, "Het vorige schoolplan startte in augustus 2020, midden in de coronaperiode. Twee schoolsluitingen, "
           "een groot personeelsverloop in 2021 en de komst van veel nieuwe gezinnen uit de nieuwbouw aan de "
           "rand van de Muziekwijk maakten het een bewogen periode. Toch zijn we trots op wat er in die jaren "
           "is neergezet. De belangrijkste opbrengst is dat we als team één taal spreken over goede instructie: "
           "het model van Expliciete Directe Instructie (EDI) staat in alle groepen.")
    p(doc, "Met de gelden uit het Nationaal Programma Onderwijs hebben we van 2021 tot 2024 een extra "
           "onderwijsassistent ingezet en de leesinterventie Bouw! ingevoerd in groep 2 tot en met 4. In 2023 "
           "las 84% van de kinderen in groep 4 op of boven niveau bij technisch lezen; in 2021 was dat 71%. "
           "Het inspectiebezoek in het kader van het vierjaarlijks onderzoek bij ASG (maart 2022) leverde voor "
           "onze school het oordeel voldoende op, met een compliment voor het pedagogisch klimaat.")
    h(doc, "1.2 Wat we bereikten en wat bleef liggen", 2)
    tabel(doc, ["Doel uit schoolplan 2020-2024", "Resultaat", "Status"], [
        ("Invoering EDI in alle groepen", "Alle leerkrachten getraind (2021-2022); bij klassenbezoeken 2023 scoort 85% voldoende of goed op de EDI-kijkwijzer", "Behaald"),
        ("Nieuwe rekenmethode", "Getal & Ruimte Junior in groep 3-8 sinds augustus 2021", "Behaald"),
        ("Technisch lezen versterken", "Bouw! in groep 2-4; 84% groep 4 op of boven niveau (2021: 71%)", "Behaald"),
        ("Identiteit herijken", "Identiteitsdocument ‘Geworteld en open’ vastgesteld in 2022", "Behaald"),
        ("Startgesprekken met ouders", "Ingevoerd in 2022; opkomst 81%", "Deels"),
        ("Plusklas voor meer- en hoogbegaafde kinderen", "Door personeelstekort twee keer uitgesteld", "Niet behaald"),
        ("Leerlingenraad", "Sinds 2021 actief, 8 leden uit groep 5-8", "Behaald"),
    ], breedtes=[5.5, 8.0, 2.5])
    p(doc, "De plusklas nemen we niet één op één over in dit plan. We kiezen ervoor om eerst de uitdaging in de "
           "eigen groep te versterken (zie paragraaf 3.2.4) en in 2026 opnieuw te bekijken of een aparte "
           "voorziening nodig is. De startgesprekken houden we vast en we willen de opkomst verder verhogen.")

    h(doc, "1.3 Wat we geleerd hebben", 2)
    p(doc, "Het vorige plan telde veertien doelen. Achteraf was dat te veel: in de coronajaren moesten we keuzes "
           "maken, en de doelen die het minst concreet waren, verdwenen als eerste uit beeld. De doelen die wél "
           "slaagden, hadden drie dingen gemeen: een duidelijke eigenaar, een vaste plek in de jaarplanning en "
           "cijfers die we regelmatig samen bekeken. Die les nemen we mee. In dit plan kiezen we minder doelen, "
           "geven we elk doel een eigenaar en bespreken we de voortgang twee keer per jaar met het hele team.")
    p(doc, "Een tweede les is dat verbeteringen pas beklijven als het hele team ze draagt. De invoering van EDI "
           "slaagde omdat we elkaar in de klas opzochten en feedback gaven. Die manier van werken willen we "
           "uitbreiden naar andere onderwerpen.")

    # ------------------------------------------------------------ 2 Waar staan we
    h(doc, "2. Waar staan we", 1)
    h(doc, "2.1 Onze school en onze wijk", 2)
    p(doc, "CBS De Amandeltak staat midden in de Muziekwijk in Almere Stad. Op 1 oktober 2023 telde de school "
           "287 leerlingen in 12 groepen, waarvan drie combinatiegroepen 1/2. De school groeit licht: de prognose "
           "van de gemeente gaat uit van ruim 300 leerlingen in 2026. De schoolweging is 32,1 en ligt daarmee "
           "iets boven het landelijk gemiddelde; de spreiding is groot (7,4). Bij 38% van de kinderen wordt thuis "
           "naast het Nederlands ook een andere taal gesproken. De leerlingen hebben wortels in 23 landen.")
    p(doc, "In het gebouw zitten ook een peutergroep en de buitenschoolse opvang van onze vaste opvangpartner. "
           "Kinderen kennen het gebouw dus vaak al voordat ze bij ons op school komen.")
    h(doc, "2.2 Geworteld en open: onze identiteit", 2)
    p(doc, "De Amandeltak is een protestants-christelijke school. We beginnen elke dag met een dagopening: een "
           "verhaal, een lied of een gebed. We werken met de methode Trefwoord, vieren Kerst en Pasen samen "
           "met de wijkkerk, en sluiten het schooljaar af met een dankviering. De verhalen uit de Bijbel geven "
           "ons woorden voor wat we belangrijk vinden: zorg voor elkaar, vergeving, hoop.")
    p(doc, "Tegelijk zijn we een school waar iedereen welkom is. Ongeveer de helft van onze gezinnen heeft geen "
           "kerkelijke achtergrond; 14% van de gezinnen is islamitisch. Dat zien we niet als probleem maar als "
           "rijkdom. In de groepen 6 tot en met 8 staat elk jaar een blok van zes weken over de grote "
           "wereldgodsdiensten op het rooster, groep 7 bezoekt een moskee en de synagoge van de Joodse gemeente "
           "in Almere, en in de kring vertellen kinderen over hun eigen feesten, zoals het Suikerfeest en "
           "Divali. Nieuwe leerkrachten voeren in hun eerste jaar een identiteitsgesprek met de directeur.")
    h(doc, "2.3 Opbrengsten", 2)
    p(doc, "In 2024 maakten onze leerlingen in groep 8 voor het eerst de doorstroomtoets (wij kozen voor de IEP). "
           "Hieronder de percentages leerlingen die de referentieniveaus behalen, naast de eindtoetsresultaten "
           "van de twee jaren ervoor.")
    tabel(doc, ["Onderdeel", "2022", "2023", "2024"], [
        ("Lezen 1F", "96%", "98%", "97%"),
        ("Lezen 2F", "61%", "55%", "58%"),
        ("Taalverzorging 1F", "97%", "97%", "98%"),
        ("Taalverzorging 2F", "57%", "52%", "55%"),
        ("Rekenen 1F", "89%", "92%", "91%"),
        ("Rekenen 1S", "38%", "31%", "34%"),
    ], breedtes=[6, 3, 3, 3])
    p(doc, "Alle onderdelen liggen boven de signaleringswaarden van de inspectie. Op het hogere niveau (2F en 1S) "
           "blijven we achter bij scholen met een vergelijkbare schoolweging. Vooral bij begrijpend lezen en "
           "bij rekenen op 1S-niveau halen we niet uit onze leerlingen wat erin zit. Dat is een belangrijke "
           "reden voor de keuzes in hoofdstuk 3.")
    h(doc, "2.4 Ons team", 2)
    p(doc, "Het team bestaat uit 26 medewerkers: 19 leerkrachten, een intern begeleider, twee "
           "onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge, een administratief "
           "medewerker en de directeur. Alle leerkrachten zijn bevoegd. De gemiddelde leeftijd is 41 jaar; in "
           "de afgelopen drie jaar kwamen zeven nieuwe collega’s in dienst, van wie vier starters. Het "
           "ziekteverzuim was in 2023 4,9%. Jaarlijks begeleiden we twee tot vier studenten van de pabo van "
           "Windesheim Almere.")
    h(doc, "2.5 Sterk en zwak", 2)
    tabel(doc, ["Sterk", "Zwak"], [
        ("Veilig en warm pedagogisch klimaat (Kanjertraining, 94% van de kinderen voelt zich veilig)", "Opbrengsten op 2F/1S-niveau blijven achter bij vergelijkbare scholen"),
        ("Eenduidig instructiemodel (EDI) in alle groepen", "Weinig uitdaging voor kinderen die meer aankunnen"),
        ("Betrokken ouders bij vieringen en activiteiten", "Ouders minder betrokken bij het leren zelf; opkomst startgesprekken 81%"),
        ("Jong, leergierig team", "Kennis over begrijpend lezen en close reading nog beperkt"),
        ("Goede samenwerking met opvang en kerk in de wijk", "Leerlijnen burgerschap en digitale geletterdheid ontbreken"),
    ], breedtes=[8, 8])

    h(doc, "2.6 Wat ouders en kinderen zeggen", 2)
    p(doc, "In het najaar van 2023 vulden 164 ouders (57% van de gezinnen) de oudervragenlijst in. Ouders "
           "waarderen de school gemiddeld met een 7,8. Zij zijn het meest positief over de sfeer en de zorg voor "
           "hun kind. 82% voelt zich welkom op school. Verbeterpunten die ouders noemen: meer uitdaging voor "
           "kinderen die snel door de stof gaan, en meer handvatten om thuis te helpen bij lezen en rekenen.")
    p(doc, "De leerlingenraad heeft in januari 2024 in alle groepen 5 tot en met 8 gevraagd wat kinderen het "
           "belangrijkst vinden aan school. De top drie: ‘een juf of meester die je begrijpt’, ‘dat je niet "
           "gepest wordt’ en ‘dat je dingen leert die je later nodig hebt’. Kinderen uit groep 7 en 8 gaven aan "
           "dat het werk soms ‘te makkelijk en te veel hetzelfde’ is. Die signalen hebben we meegenomen in de "
           "doelen bij Ambitieus en Goed en toegankelijk onderwijs.")

    # ------------------------------------------------------------ 3 Waar gaan we heen
    h(doc, "3. Waar gaan we heen", 1)
    h(doc, "3.1 Missie en visie", 2)
    p(doc, "Onze missie is kort: ‘Tot bloei komen’. Ieder kind is door God gewild en heeft gaven gekregen. Wij "
           "willen dat kinderen bij ons ontdekken wie ze zijn en wat ze kunnen, en dat ze groeien tot mensen die "
           "verantwoordelijkheid nemen voor elkaar en voor de wereld. Daarbij hoort een stevige basis in taal en "
           "rekenen, want wie goed kan lezen, kan meedoen.")
    p(doc, "We geloven dat kinderen het best leren in een veilige omgeving waarin ze zich gekend weten, met een "
           "leerkracht die heldere instructie geeft en hoge maar haalbare verwachtingen heeft. We willen een "
           "school zijn waar kinderen, ouders en leerkrachten samen leren. In deze paragrafen werken we dat uit "
           "langs de kernwaarden en de vensters van Koers 22.")
    h(doc, "3.2 Onze kernwaarden", 2)

    h(doc, "3.2.1 Gezien worden", 3)
    p(doc, "Een kind dat zich gezien weet, durft te leren. Daarom begint bij ons elke dag bij de deur van de "
           "klas. Gezien worden geldt ook voor ouders die voor het eerst binnenstappen en voor collega’s die "
           "net in het team komen. De komende jaren werken we aan de volgende doelen:")
    tabel(doc, ["Doel", "Wat doen we", "Wanneer", "Zo merken we het"], [
        ("Iedereen voelt zich welkom", "Om 8.20 uur staat elke leerkracht bij de deur en begroet ieder kind persoonlijk. Nieuwe gezinnen krijgen een rondleiding door twee ‘kindgidsen’ uit de leerlingenraad. Elke eerste vrijdag van de maand koffie-inloop voor ouders.", "Vanaf augustus 2024", "In de oudervragenlijst 2026 geeft 90% aan zich welkom te voelen (2023: 82%)"),
        ("Elk kind wordt gekend", "Vanaf groep 4 voert de leerkracht twee keer per jaar een kindgesprek van 10 minuten met ieder kind over wat goed gaat en wat het nodig heeft.", "Invoering 2024-2025, borging vanaf 2025-2026", "100% van de kinderen heeft in juni 2025 twee kindgesprekken gehad"),
        ("Zicht op wat kinderen nodig hebben", "Kanjer volg- en adviessysteem (KanVAS) twee keer per jaar; groepsbesprekingen leerkracht-IB drie keer per jaar met groepsoverzicht.", "Doorlopend", "Voor ieder kind met een signaal in KanVAS ligt binnen 4 weken een afspraak vast"),
    ], breedtes=[3.2, 6.3, 2.8, 3.7])

    h(doc, "3.2.2 Open", 3)
    p(doc, "Open zijn begint bij luisteren. De Emmaüsgangers ontdekten pas onderweg wie er naast hen liep; zo "
           "ontdekken ook wij soms pas na verloop van tijd wie een kind, een ouder of een collega werkelijk is. "
           "Openheid vraagt moed: de moed om je eigen gelijk even opzij te zetten en de ander de ruimte te "
           "geven. In onze communicatie zijn we transparant en toegankelijk. Wij willen een school zijn waar "
           "deuren letterlijk en figuurlijk openstaan, waar vragen gesteld mogen worden en waar verschillen "
           "geen muren worden maar bruggen. Die openheid dragen we met elkaar, elke dag opnieuw.")

    h(doc, "3.2.3 Vooruitstrevend", 3)
    p(doc, "De amandelboom bloeit als eerste, wanneer de rest van de natuur nog slaapt. Dat is voor ons het beeld "
           "van vooruitstrevend zijn: niet wachten tot alles zeker is, maar durven uitbotten. We zijn nieuwsgierig "
           "naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. De wereld waarin onze kinderen "
           "straks leven, kennen we nog niet. Dat vraagt van ons dat we blijven vragen, blijven kijken en bereid "
           "zijn om vertrouwde wegen te verlaten als dat beter is voor de kinderen. We willen een school zijn "
           "die met verwondering en lef naar de toekomst kijkt.")

    h(doc, "3.2.4 Ambitieus", 3)
    p(doc, "We geven altijd het beste van onszelf. Maar ambitie is bij ons vooral concreet: we willen meer kinderen "
           "laten doorgroeien naar het hogere niveau. Uit paragraaf 2.3 blijkt dat daar ruimte zit. We stellen "
           "ons de volgende doelen voor het percentage leerlingen in groep 8 dat het niveau haalt:")
    tabel(doc, ["Referentieniveau", "2024 (nu)", "Doel 2026", "Doel 2028"], [
        ("Lezen 2F", "58%", "62%", "65%"),
        ("Taalverzorging 2F", "55%", "58%", "60%"),
        ("Rekenen 1F", "91%", "93%", "95%"),
        ("Rekenen 1S", "34%", "38%", "42%"),
        ("Lezen 1F", "97%", "minimaal 96%", "minimaal 96%"),
    ], breedtes=[5, 3.5, 3.5, 3.5])
    p(doc, "Om dat te bereiken verwachten we meer van kinderen die meer aankunnen. Vanaf 2024-2025 werken alle "
           "groepen 4 tot en met 8 met een compacte route: kinderen die de basisstof beheersen, slaan "
           "herhalingsoefeningen over en werken met de verrijkingsstof van Getal & Ruimte Junior en met "
           "Levelwerk. Bij de schooladviezen voor het voortgezet onderwijs kijken we expliciet of een kind "
           "onderschat wordt; in het adviesgesprek bespreken we standaard het hogere advies als optie.")
    p(doc, "Ambitie geldt ook voor onszelf. Iedere leerkracht formuleert aan het begin van het schooljaar een "
           "eigen leervraag, gekoppeld aan de doelen van de school of aan wat hij of zij zelf wil leren. In juni "
           "presenteren we tijdens ons ‘leerfeest’ aan elkaar wat we geleerd hebben. In 2023-2024 deden we dit "
           "voor het eerst; 17 van de 19 leerkrachten presenteerden.")

    h(doc, "3.3 De vensters", 2)
    h(doc, "3.3.1 Goed en toegankelijk onderwijs", 3)
    p(doc, "Goed onderwijs begint voor ons bij de basis: kinderen leren lezen, schrijven en rekenen op een niveau "
           "dat past bij wat ze kunnen. Daarbij houden we vast aan wat werkt (EDI, Kanjertraining, Getal & Ruimte "
           "Junior) en verbeteren we wat beter kan. De doelen voor dit venster staan in de tabel; daarna "
           "beschrijven we het onderwijsprogramma, burgerschap, veiligheid, ondersteuning en kwaliteitszorg.")
    tabel(doc, ["Doel", "Aanpak", "Planning", "Meetbaar / merkbaar"], [
        ("Sterker begrijpend lezen", "Nieuwsbegrip in groep 4-8, aangevuld met close reading; teamscholing door een externe taalspecialist; leerteam bovenbouw onderzoekt de aanpak", "2024-2026", "Lezen 2F 65% in 2028; leesplezier in kindvragenlijst van 68% naar 80%"),
        ("Rekenen op hoger niveau", "Dagelijks 10 minuten automatiseren; Rekentuin in groep 3-8; rekencoördinator coacht in de klas", "Vanaf 2024-2025", "Rekenen 1S 42% in 2028"),
        ("Leerlijn burgerschap", "Inventarisatie van wat we al doen (2024-2025), leerlijn groep 1-8 vastgesteld in 2025-2026", "Augustus 2026 in gebruik", "Leerlijn met doelen per groep; elk jaar een burgerschapsproject per bouw"),
        ("Leerlijn digitale geletterdheid", "Werkgroep kiest leerlijn en materiaal; ICT-coördinator traint collega’s", "2025-2027", "In 2027 werken alle groepen met de leerlijn"),
        ("Actueel ondersteuningsprofiel", "SOP herzien met team en MR; daarna jaarlijks getoetst", "Vóór 1 maart 2025", "SOP op de website; ouders weten wat de school kan bieden"),
        ("Basiskwaliteit behouden", "Zelfevaluatie op de standaarden van het inspectiekader", "Voorjaar 2026", "Oordeel minimaal voldoende bij volgend inspectiebezoek"),
    ], breedtes=[3.2, 6.3, 2.6, 3.9])

    h(doc, "Onderwijsprogramma", 4)
    p(doc, "De kinderen gaan per jaar 940 uur naar school, verdeeld volgens het vijf-gelijke-dagenmodel (8.30 tot "
           "14.15 uur). In de groepen 1 en 2 werken we thematisch met Kleuterplein en volgen we de ontwikkeling "
           "met het observatiesysteem van Kleuterplein. In groep 3 leren kinderen lezen met Veilig Leren Lezen "
           "(KIM-versie). Voor taal en spelling gebruiken we Staal, voor rekenen Getal & Ruimte Junior, voor "
           "begrijpend lezen Nieuwsbegrip, voor wereldoriëntatie Naut, Meander en Brandaan, voor Engels (groep "
           "1-8) Join in, en voor levensbeschouwing Trefwoord. Bewegingsonderwijs wordt vanaf groep 3 gegeven "
           "door een vakleerkracht. Met deze methoden dekken we de kerndoelen; met het leerlingvolgsysteem van "
           "Boom (twee keer per jaar) volgen we of kinderen de referentieniveaus op koers halen.")
    h(doc, "Burgerschap", 4)
    p(doc, "Burgerschap is bij ons verweven met de identiteit: zorg voor de ander en voor de schepping. We doen al "
           "veel: de leerlingenraad (8 leden) vergadert zes keer per jaar met de directeur, groep 8 bezoekt het "
           "stadhuis en de gemeenteraad, en elk jaar voeren de groepen 5 tot en met 8 een goede-doelenactie die "
           "de kinderen zelf kiezen en organiseren. Wat ontbreekt is samenhang. In 2025-2026 stellen we een "
           "leerlijn vast met doelen per groep rond drie thema’s: democratie en meedoen, omgaan met verschillen, "
           "en duurzaamheid. We toetsen de leerlijn aan de burgerschapsopdracht uit de wet en bespreken hem met "
           "de MR.")
    h(doc, "Veiligheid en schoolklimaat", 4)
    p(doc, "Alle leerkrachten zijn gecertificeerd voor de Kanjertraining; nieuwe collega’s volgen de training in "
           "hun eerste jaar en iedereen vernieuwt de licentie elke vier jaar. Iedere groep krijgt wekelijks een "
           "Kanjerles. Twee keer per jaar vullen kinderen vanaf groep 5 de vragenlijsten van KanVAS in; daarmee "
           "monitoren we ook de sociale veiligheid. In 2023 voelde 94% van de kinderen zich veilig op school. "
           "Ons doel is om boven de 92% te blijven, en om het aandeel kinderen dat aangeeft ‘soms gepest te "
           "worden’ terug te brengen van 9% naar 6% in 2026. De intern begeleider is anti-pestcoördinator. Het "
           "veiligheidsplan, met pestprotocol en meldcode, wordt in 2025 geactualiseerd.")
    h(doc, "Ondersteuning", 4)
    p(doc, "Het schoolondersteuningsprofiel beschrijft welke ondersteuning we bieden. De basisondersteuning is "
           "stevig: instructie op drie niveaus, een verlengde instructie voor kinderen die dat nodig hebben, de "
           "leesinterventie Bouw! en een kleine leesgroep met een onderwijsassistent (0,4 fte, betaald uit de "
           "middelen van het samenwerkingsverband). Voor kinderen met dyslexie hebben we een vast protocol. "
           "Onze grenzen liggen bij kinderen die structureel één-op-één begeleiding nodig hebben of bij ernstige "
           "gedragsproblemen die de veiligheid van andere kinderen in gevaar brengen. De intern begeleider "
           "bespreekt met het team drie keer per jaar de groepsoverzichten; kinderen met een ontwikkelingsperspectief "
           "worden twee keer per jaar met ouders geëvalueerd.")
    h(doc, "Kwaliteitszorg en leercultuur", 4)
    p(doc, "We werken met een vaste kwaliteitskalender. Twee keer per jaar (februari en juni) maken de intern "
           "begeleider en de directeur een trendanalyse van de toetsresultaten, die met het team wordt besproken "
           "en waaruit per groep verbeterafspraken volgen. Elk jaar nemen we vier kwaliteitskaarten van WMK-PO af "
           "bij het team; elke twee jaar zetten we vragenlijsten uit onder ouders (2024, 2026) en leerlingen "
           "(2025, 2027). De directeur legt vier keer per jaar klassenbezoeken af met de EDI-kijkwijzer. Alles "
           "komt samen in het jaarplan en het jaarverslag, en in de kwartaalrapportage aan het bestuur.")
    p(doc, "Verbeteren doen we samen. Sinds 2023 werkt het team in twee leerteams (onderbouw en bovenbouw) die "
           "elk jaar één verbetervraag onderzoeken aan de hand van data uit de eigen groepen. In 2024-2025 is dat "
           "voor de bovenbouw de vraag hoe close reading de resultaten van begrijpend lezen beïnvloedt, en voor "
           "de onderbouw hoe we de woordenschat van kleuters met een andere thuistaal kunnen vergroten. De "
           "leerteams komen vijf keer per jaar bij elkaar en presenteren hun bevindingen aan het hele team.")

    h(doc, "3.3.2 Personeel in positie", 3)
    p(doc, "Medewerkers voelen zich betrokken bij en trots op onze school. Een goede school staat of valt met "
           "leerkrachten die hun vak beheersen en met plezier werken. We hebben de afgelopen jaren veel nieuwe "
           "collega’s verwelkomd en willen hen vasthouden en laten groeien.")
    p(doc, "De gesprekscyclus volgt de ASG-afspraken: elk schooljaar een startgesprek in september, een "
           "functioneringsgesprek in het voorjaar en eens in de drie jaar een beoordelingsgesprek. Vanaf "
           "2024-2025 bereidt iedere medewerker het startgesprek voor aan de hand van de eigen leervraag (zie "
           "3.2.4) en twee klassenbezoeken met de EDI-kijkwijzer. Doel is dat in juni 2025 voor 100% van de "
           "medewerkers de gesprekken zijn gevoerd en vastgelegd in het digitale personeelsdossier.")
    p(doc, "Voor de professionalisering kiezen we elk jaar één teambreed thema dat aansluit bij de schooldoelen. In "
           "2024-2025 is dat begrijpend lezen: vier bijeenkomsten met een externe taalspecialist over close "
           "reading, gevolgd door collegiale klassenbezoeken. In 2025-2026 volgt rekenen op hoger niveau. "
           "Daarnaast volgt de bouwcoördinator bovenbouw in 2025 de leergang middenmanagement van de ASG "
           "Academie en gaat de rekencoördinator naar de ASG-cursus over rekenspecialisme. Starters krijgen "
           "drie jaar begeleiding van een schoolopleider, met twee coachingsgesprekken per maand in het eerste "
           "jaar.")
    p(doc, "Aan het welbevinden werken we door de werkdruk bewust te verlagen. De werkdrukmiddelen zetten we in "
           "voor een vakleerkracht bewegingsonderwijs (0,6 fte) en een onderwijsassistent (0,8 fte). We hebben "
           "afgesproken dat er na 18.00 uur en in het weekend geen werkmail wordt verstuurd, en we plannen per "
           "jaar twee ‘stille weken’ zonder vergaderingen, rond de rapporten. In de personeelspeiling van 2026 "
           "wil 80% van de medewerkers de werkdruk als hanteerbaar ervaren (2023: 64%).")

    h(doc, "3.3.3 Samen met ASG", 3)
    p(doc, "Als school van de Almeerse Scholen Groep hoeven we niet alles zelf uit te vinden. De intern begeleider "
           "neemt deel aan de professionele leergemeenschap van intern begeleiders van ASG, die zes keer per jaar "
           "bijeenkomt, en onze rekencoördinator sluit aan bij het ASG-rekennetwerk. Daar wisselen we "
           "materialen en aanpakken uit, bijvoorbeeld over het werken met de doorstroomtoets.")
    p(doc, "Andersom willen we ook onze kennis delen. Het leerteam bovenbouw presenteert in het voorjaar van 2026 "
           "zijn onderzoek naar close reading tijdens de ASG-brede studiedag, zodat andere scholen ervan kunnen "
           "leren. Voor personeelszaken, financiën en huisvesting maken we gebruik van het servicebureau van ASG.")

    h(doc, "3.3.4 Partnerschap", 3)
    p(doc, "Kinderen leren beter als school, ouders en de omgeving samen optrekken. Met de volgende partners "
           "maken we in deze planperiode concrete afspraken:")
    tabel(doc, ["Met wie", "Wat spreken we af", "Wanneer", "Resultaat"], [
        ("Ouders", "Startgesprek in week 3 met kind, ouder en leerkracht; inloopochtend per kwartaal waarin ouders in de klas meekijken; handreiking ‘thuis 15 minuten lezen’ voor groep 3 en 4", "Elk schooljaar", "Opkomst startgesprekken van 81% naar 95% in 2026"),
        ("Medezeggenschapsraad", "De MR is ons klankbord: zij denkt mee over het jaarplan (september) en de evaluatie (juni) en organiseert één keer per jaar een ouderavond over een beleidsthema", "Vanaf 2024-2025", "Zes MR-vergaderingen per jaar; jaarlijkse thema-avond"),
        ("Opvangpartner (peutergroep en bso)", "Doorgaande lijn peuter-kleuter: warme overdracht van ieder kind, vier keer per jaar overleg tussen pedagogisch medewerkers en kleuterleerkrachten, gezamenlijke thema’s", "Vanaf 2024-2025", "Voor 100% van de instromende peuters een overdrachtsgesprek"),
        ("Bibliotheek Almere", "De Bibliotheek op school: leesconsulent één dagdeel per week, schoolbibliotheek vernieuwd", "2024-2028", "Elke groep leent maandelijks nieuwe boeken"),
        ("Wijkkerk en wijk", "Kerst- en paasviering in de wijkkerk; groep 7 bezoekt vier keer per jaar het zorgcentrum in de wijk; groep 6 houdt in het voorjaar een opruimactie in de Muziekwijk", "Jaarlijks", "Vaste plek in de jaarkalender"),
    ], breedtes=[3.2, 6.8, 2.5, 3.5])

    h(doc, "3.4 Meerjarenplanning", 2)
    p(doc, "De doelen uit dit hoofdstuk zijn als volgt over de schooljaren verdeeld. Elk jaar werken we de planning "
           "uit in het jaarplan en stellen we haar zo nodig bij.")
    tabel(doc, ["Schooljaar", "Speerpunten"], [
        ("2024-2025", "Close reading en Nieuwsbegrip; compacte route groep 4-8; kindgesprekken invoeren; SOP herzien; inventarisatie burgerschap; leerteams; startgesprekken 90%"),
        ("2025-2026", "Rekenen op hoger niveau (teamscholing); leerlijn burgerschap vaststellen; werkgroep digitale geletterdheid; actualisatie veiligheidsplan; zelfevaluatie (voorjaar 2026); presentatie ASG-studiedag"),
        ("2026-2027", "Leerlijn burgerschap in gebruik; leerlijn digitale geletterdheid invoeren; besluit over plusvoorziening; personeelspeiling en oudervragenlijst evalueren"),
        ("2027-2028", "Borging; eindevaluatie schoolplan; doelen referentieniveaus 2028; voorbereiding schoolplan 2028-2032"),
    ], breedtes=[3, 13])

    h(doc, "3.5 Zo volgen we de voortgang", 2)
    p(doc, "Elk doel in dit plan heeft een eigenaar: de directeur, de intern begeleider, een bouwcoördinator of "
           "een van de specialisten. De eigenaar zorgt dat het doel in het jaarplan staat, houdt de planning "
           "bij en rapporteert in februari en juni aan het team. In die twee teambijeenkomsten bespreken we per "
           "doel drie vragen: wat hebben we gedaan, wat zien we in de cijfers en in de klas, en wat doen we "
           "anders? De uitkomsten nemen we op in het jaarverslag. Halverwege de planperiode, in juni 2026, "
           "houden we een tussenevaluatie en stellen we zo nodig doelen bij.")

    # ------------------------------------------------------------ colofon
    h(doc, "Colofon", 1)
    tabel(doc, None, [
        ("Titel", "Schoolplan 2024-2028 ‘Tot bloei komen’"),
        ("School", "CBS De Amandeltak"),
        ("Adres", "Ravelstraat 21, 1312 PK Almere"),
        ("BRIN", "19TZ"),
        ("Bevoegd gezag", "Almeerse Scholen Groep (ASG)"),
        ("Directeur", "Marieke Hoekstra"),
        ("Intern begeleider", "Jelle van Dijk"),
        ("Werkgroep schoolplan", "Marieke Hoekstra, Jelle van Dijk, Esther Boonstra, Kofi Mensah"),
        ("Besproken met het team", "15 mei 2024"),
        ("Medezeggenschapsraad", "Besproken op 4 juni 2024; de MR heeft positief geadviseerd"),
        ("Vastgesteld", "Door het College van Bestuur van ASG op 25 juni 2024"),
        ("Planperiode", "1 augustus 2024 tot en met 31 juli 2028"),
    ], breedtes=[5, 11])
    p(doc, "Dit schoolplan is te vinden op de website van de school en ligt ter inzage bij de directeur. "
           "Een samenvatting voor ouders verschijnt in de schoolgids 2024-2025.", cursief=True)

    _inhoudsopgave(doc, anker)
    doc.save(path)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_188_cbs_de_amandeltak.docx")
