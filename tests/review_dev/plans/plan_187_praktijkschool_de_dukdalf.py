#!/usr/bin/env python3
"""Schoolplan 2025-2029 van Praktijkschool De Dukdalf (Almere Poort), ASG.

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
Deterministisch: vaste datums in de documenteigenschappen, geen willekeur.
"""
import datetime
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 24, 9, 15, 0)


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    """Nederlandse proeftaal als standaard voor het hele document."""
    rpr_default = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
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
    r = p.add_run("Schoolplan De Dukdalf 2025-2029  |  pagina ")
    r.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, instr, s, t, e):
        run._r.append(el)


def h1(doc, tekst):
    doc.add_heading(tekst, level=1)


def h2(doc, tekst):
    doc.add_heading(tekst, level=2)


def p(doc, tekst):
    return doc.add_paragraph(tekst)


def bullets(doc, items, style="List Bullet"):
    for it in items:
        par = doc.add_paragraph(style=style)
        if isinstance(it, tuple):
            kop, rest = it
            par.add_run(kop).bold = True
            par.add_run(rest)
        else:
            par.add_run(it)


def _nieuwe_nummering(doc):
    """Nieuwe w:num op basis van de nummering van stijl 'List Number', die opnieuw bij 1 begint."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    stijl = doc.styles["List Number"]
    num_id_stijl = stijl.element.pPr.numPr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == num_id_stijl:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    bestaande = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nieuw_id = max(bestaande) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nieuw_id))
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), abstract_id)
    num.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return nieuw_id


def nummers(doc, items):
    num_id = _nieuwe_nummering(doc)
    for it in items:
        par = doc.add_paragraph(style="List Number")
        ppr = par._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numpr.append(ilvl)
        numpr.append(nid)
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)
        if isinstance(it, tuple):
            kop, rest = it
            par.add_run(kop).bold = True
            par.add_run(rest)
        else:
            par.add_run(it)


def _herhaal_kop(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def tabel(doc, kop, rijen):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Light Grid Accent 1"
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(k).bold = True
    _herhaal_kop(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- inhoud
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Praktijkschool De Dukdalf"
    cp.subject = "Schoolplan"
    cp.author = "M. Terpstra"
    cp.last_modified_by = "M. Terpstra"
    cp.language = "nl-NL"
    cp.keywords = "schoolplan; praktijkonderwijs; ASG"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    _paginanummer(doc.sections[0])

    # Titel
    titel = doc.add_paragraph(style="Title")
    titel.add_run("Schoolplan 2025 – 2029")
    sub = doc.add_paragraph()
    r = sub.add_run("Praktijkschool De Dukdalf  |  Almere Poort  |  Almeerse Scholen Groep")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p(doc, "Planperiode: 1 augustus 2025 t/m 31 juli 2029. Versie 1.3, juni 2025.")
    p(doc, "Dit plan is bewust kort gehouden. Het is een werkdocument voor team, MR en bestuur. "
           "De uitwerking per jaar staat in het jaarplan; de verantwoording in het jaarverslag.")

    h1(doc, "0. Zo is dit plan gemaakt")
    bullets(doc, [
        "November 2024: evaluatie schoolplan 2021-2025 in het MT; cijfers uit jaarverslagen 2021-2024.",
        "15 januari 2025: studiedag met het hele team. Per venster van Koers 22 drie prioriteiten gekozen (stickerstemming, 38 deelnemers).",
        "Februari 2025: leerlingpanel van 12 leerlingen uit leerjaar 2 tot en met 6: wat moet blijven, wat moet anders?",
        "Maart 2025: ouderavond (27 ouders) en gesprekken met 9 stagebedrijven.",
        "April-mei 2025: concept; bespreking met de bestuurder en de kwaliteitsmedewerker van ASG.",
        "Juni 2025: team, leerlingenraad en MR (zie hoofdstuk 9).",
    ])

    # 1 Kerngegevens
    h1(doc, "1. Kerngegevens")
    tabel(doc, ["Onderdeel", "Gegevens"], [
        ("School", "Praktijkschool De Dukdalf"),
        ("BRIN", "28RV"),
        ("Adres", "Marathonweg 14, 1363 AB Almere"),
        ("Sector", "VO – praktijkonderwijs (leerjaar 1 t/m 6)"),
        ("Bestuur", "Almeerse Scholen Groep (ASG), College van Bestuur"),
        ("Samenwerkingsverband", "Passend Onderwijs Almere (VO)"),
        ("Directeur", "Marco Terpstra"),
        ("Teamleiders", "Sanne Goedhart (onderbouw), Yusuf Aydın (bovenbouw en stage)"),
        ("Leerlingen (1-10-2024)", "214 (onderbouw 88, middenbouw 41, bovenbouw 85)"),
        ("Personeel", "41 medewerkers, 32,6 fte (21 docenten, 6 onderwijsassistenten, 14 ondersteunend/zorg/leiding)"),
        ("Denominatie", "Openbaar"),
    ])

    # 2 Waar we voor staan
    h1(doc, "2. Waar we voor staan")
    bullets(doc, [
        "Elke leerling verlaat De Dukdalf met werk, een vervolgopleiding of een passende dagbesteding, én met papieren die laten zien wat hij of zij kan.",
        "Leren door te doen. In de bovenbouw is 60% van de lestijd praktijk of stage.",
        "Klein en overzichtelijk: vaste mentor, vaste lokalen, vaste gezichten.",
        "Een school in en voor de wijk: onze leerlingen werken voor echte klanten in Almere Poort.",
        "Koers 22 van ASG is het kader. Onze eigen vertaling staat hieronder, per kernwaarde en per venster.",
    ])

    # 3 Analyse
    h1(doc, "3. Waar staan we nu (analyse voorjaar 2025)")
    h2(doc, "3.1 Sterk")
    bullets(doc, [
        "Inspectie: basistoezicht; laatste onderzoek november 2023 zonder herstelopdrachten.",
        "Uitstroom 2023-2024: 47 schoolverlaters. 21 (45%) naar betaald werk, 19 (40%) naar mbo Entree of niveau 2, 4 (9%) naar arbeidsmatige dagbesteding, 3 (6%) overig.",
        "Bestendiging na 1 jaar: 78% zit nog op dezelfde werk- of opleidingsplek.",
        "Veiligheidsbeleving leerlingen: 89% voelt zich veilig op school (monitor sociale veiligheid, februari 2025).",
        "Stagenetwerk van 118 bedrijven en instellingen, vooral in Poort, Stad en Buiten.",
    ])
    h2(doc, "3.2 Zwak")
    bullets(doc, [
        "Taal: 52% van leerjaar 3 beheerst referentieniveau 1F lezen (Diataal). Rekenen 1F: 48% (Diarekenen).",
        "Certificaten: 64% van de schoolverlaters heeft ten minste één branchecertificaat; 29% heeft er twee of meer.",
        "Ziekteverzuim personeel 2024: 7,1% (ASG-gemiddelde VO: 5,8%).",
        "3 van de 11 praktijkdocenten zijn onbevoegd.",
        "Ongeoorloofd verzuim leerlingen: 4,3% van de lesuren.",
        "Opkomst ouders bij driehoeksgesprekken: 68%.",
        "Mentoren bereiken ouders onregelmatig: 71% van de ouders is in een periode van 6 weken minstens één keer gesproken.",
    ])
    h2(doc, "3.3 Onze leerlingen")
    bullets(doc, [
        "Instroom: gemiddeld 48 nieuwe leerlingen per jaar, vooral uit het basisonderwijs en het sbo in Almere Poort, Stad-West en Haven.",
        "Alle leerlingen hebben een toelaatbaarheidsverklaring praktijkonderwijs van het samenwerkingsverband.",
        "Bij 41% van de leerlingen speelt naast de leerachterstand een extra ondersteuningsvraag (o.a. autisme, ADHD, angst).",
        "36% van de leerlingen spreekt thuis (ook) een andere taal dan Nederlands.",
        "24% van de gezinnen heeft jeugdhulp of begeleiding vanuit het sociaal wijkteam.",
        "Gemiddelde verblijfsduur: 5,2 jaar. Ongeveer 1 op de 10 leerlingen blijft een zesde jaar voor een certificaat of een stageplaats met baangarantie.",
    ])
    h2(doc, "3.4 Kansen en risico's")
    bullets(doc, [
        "Kans: krapte op de arbeidsmarkt in logistiek, zorg en groen. Werkgevers zoeken actief.",
        "Kans: Almere Poort groeit; gemeente zoekt partners voor onderhoud van openbaar groen.",
        "Risico: tekort aan bevoegde praktijkdocenten techniek.",
        "Risico: meer instroom met complexe problematiek (angst, autisme, thuissituatie).",
    ])

    h2(doc, "3.5 Conclusie: drie speerpunten")
    nummers(doc, [
        ("Meer papieren. ", "Iedere leerling verlaat de school met bewijs van wat hij kan: certificaten en praktijkverklaringen."),
        ("Basis op orde. ", "Lezen en rekenen op 1F, gekoppeld aan de praktijk, zodat leerlingen een werkinstructie, loonstrook en rooster kunnen lezen."),
        ("Mensen binnenboord. ", "Minder verzuim, minder werkdruk en alle praktijkdocenten bevoegd."),
    ])
    p(doc, "Alle acties in hoofdstuk 5 zijn aan minstens één van deze speerpunten gekoppeld. Wat niet bijdraagt, "
           "doen we deze planperiode niet.")

    # 4 Kernwaarden
    h1(doc, "4. Onze kernwaarden")
    p(doc, "Per kernwaarde: wat het bij ons betekent en wat je ervan ziet.")

    h2(doc, "4.1 Gezien worden")
    p(doc, "Bij ons komt niemand binnen zonder dat iemand hem ziet. Onze leerlingen hebben vaak jaren gehoord wat "
           "ze niet kunnen. Ze moeten hier merken dat ze ertoe doen, vanaf de eerste minuut van de dag.")
    bullets(doc, [
        "Elke ochtend van 08.20 tot 08.35 staat de mentor bij de deur van het eigen lokaal en geeft iedere leerling een hand.",
        "Vanaf 1 oktober 2025 ontvangen leerlingen van het profiel Horeca/Facilitair bezoekers aan de Dukdalf-balie in de hal (elke dag 2 leerlingen uit leerjaar 4, met koffie en een rondleiding).",
        "Mentorgroepen van maximaal 14 leerlingen. Elke leerling heeft wekelijks een gesprek van 10 minuten met de mentor.",
        "Elke leerling heeft een individueel ontwikkelingsplan (IOP). Het IOP wordt 2x per jaar besproken met leerling en ouders.",
        "Drie keer per jaar een certificatenmiddag met ouders en stagebegeleiders. Iedere behaalde stap komt in het digitale portfolio.",
    ])

    h2(doc, "4.2 Open")
    p(doc, "Wij gaan respectvol om met de mensen binnen en buiten onze school. Open betekent voor ons vooral: ouders "
           "weten wat er speelt, voordat ze het van hun kind horen.")
    bullets(doc, [
        "Elke vrijdag een weekbericht via Magister, geschreven op taalniveau B1.",
        "De mentor belt of spreekt elke ouder minimaal 1x per 6 weken. Doel: 95% van de ouders bereikt per periode (nu 71%).",
        "Bij een incident wordt de ouder dezelfde dag gebeld door mentor of teamleider.",
    ])

    h2(doc, "4.3 Vooruitstrevend")
    p(doc, "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Voor een "
           "praktijkschool betekent vernieuwen: dichter op het echte werk.")
    bullets(doc, [
        "Pilot Leerwerkplaats Poort vanaf 2026-2027: 12 bovenbouwleerlingen werken 2 dagen per week in een leerwerkbedrijf in de wijk in plaats van in de schoolwerkplaats. Bij een positieve evaluatie (juni 2027) groeit dit naar 40 leerlingen in 2028-2029.",
        "Januari 2026: twee VR-lassimulatoren in de techniekhal. Leerlingen oefenen eerst virtueel, daarna pas aan de echte lasbank.",
    ])

    h2(doc, "4.4 Ambitieus")
    p(doc, "We geven altijd het beste van onszelf. We leggen de lat bij wat een leerling wél kan, en dan een stukje hoger.")
    bullets(doc, [
        "In 2029 heeft 90% van de schoolverlaters twee of meer branchecertificaten of een mbo-praktijkverklaring (nu 29%).",
        "In 2029 stroomt 90% van de schoolverlaters uit naar werk of mbo (nu 85%).",
        "In 2029 beheerst 70% van leerjaar 3 referentieniveau 1F lezen (nu 52%).",
    ])

    # 5 Vensters
    h1(doc, "5. Vensters: acties 2025-2029")
    p(doc, "Per venster de acties, met eigenaar tussen haakjes. Nulmeting = schooljaar 2024-2025.")

    h2(doc, "5.1 Goed en toegankelijk onderwijs")
    nummers(doc, [
        ("Basiskwaliteit. ", "Inspectieoordeel minimaal voldoende. Interne audit door het ASG-auditteam in maart 2027; verbeterpunten in jaarplan 2027-2028. (directeur)"),
        ("Kwaliteitskalender. ", "Jaarlijks: 3 lesbezoeken per docent door de teamleider met de kijkwijzer 'De Dukdalf-les' (6 criteria); leerlingenquête in februari; ouderenquête in de even jaren; jaarverslag vóór 1 oktober. (teamleiders)"),
        ("Taal en rekenen. ", "Diataal en Diarekenen 2x per jaar (oktober en mei). 1F lezen leerjaar 3: van 52% naar 70% in 2029. 1F rekenen: van 48% naar 65%. Extra leesuur in leerjaar 1 en 2 vanaf augustus 2025. (taal- en rekencoördinator)"),
        ("Onderbouwprogramma. ", "Per 1 augustus 2026 een nieuw programma voor leerjaar 1-2: rotatie van 8 weken langs vijf praktijkvakken (Techniek, Groen, Zorg & Welzijn, Horeca/Voeding, Logistiek/Detailhandel). De lessen Nederlands en rekenen werken aan de opdracht uit de praktijkles: een offerte voor een buurtbewoner, een boodschappenlijst voor de lunch van 40 personen, een rooster voor de kas. (teamleider onderbouw)"),
        ("Digitale geletterdheid. ", "Vanaf 2025-2026 1 lesuur per week in leerjaar 1-3 met Basicly. Aan het eind van leerjaar 3 kan 85% van de leerlingen zelfstandig een sollicitatiemail versturen en een digitaal rooster lezen. (ICT-coördinator)"),
        ("IOP. ", "100% van de nieuwe leerlingen heeft binnen 6 weken na instroom een IOP. Evaluatie 2x per jaar; 4 leerlingbesprekingen per jaar per leerjaar. (zorgcoördinator)"),
        ("Schoolondersteuningsprofiel. ", "SOP herzien vóór 1 april 2026. Het SOP beschrijft wat we bieden (basisondersteuning; extra ondersteuning via zorgcoördinator, orthopedagoog 0,6 fte, schoolmaatschappelijk werk 1 dag per week, rustplek 'De Kajuit') en waar onze grens ligt (intensieve één-op-éénbegeleiding bij ernstige gedragsproblematiek: dan zoeken we met het SWV een plek in het vso). (directeur, zorgcoördinator)"),
        ("Geen thuiszitters. ", "Deelname aan het thuiszittersoverleg van Passend Onderwijs Almere. Zorg- en adviesteam 6x per jaar met leerplicht, jeugdverpleegkundige GGD en sociaal wijkteam. Doel: 0 leerlingen langer dan 4 weken thuis. (zorgcoördinator)"),
        ("Verzuim leerlingen. ", "Belronde elke ochtend om 09.00 bij afwezigheid. Ongeoorloofd verzuim van 4,3% naar onder 3% in 2027. (verzuimcoördinator)"),
    ])

    h2(doc, "5.2 Personeel in positie")
    nummers(doc, [
        ("Verzuim. ", "Van 7,1% naar 6,0% in 2027 en maximaal 5,5% in 2029. Vroeg gesprek bij 2e ziekmelding binnen 6 maanden; casemanager en bedrijfsarts volgens ASG-verzuimprotocol. (directeur)"),
        ("Werkdruk. ", "Werkdrukmiddelen naar 2 extra onderwijsassistenten (1,6 fte) in de praktijklokalen. Praktijkgroepen maximaal 12 leerlingen. In de personeelspeiling 2027 geeft 75% aan dat de werkdruk hanteerbaar is (2024: 58%). (directeur)"),
        ("Bevoegdheid. ", "De 3 onbevoegde praktijkdocenten starten uiterlijk september 2026 met een opleiding (pedagogisch-didactisch getuigschrift of tweedegraads lerarenopleiding, Windesheim Almere). School betaalt studiekosten en geeft 4 uur studieverlof per week. Doel: 100% bevoegd op 1 augustus 2029. (teamleider bovenbouw)"),
        ("Scholing. ", "Elke medewerker volgt minstens 1 training per jaar. Teambreed 2025-2026: 'Omgaan met moeilijk gedrag' (4 dagdelen). Elk jaar nemen 2 docenten deel aan een leergang van de ASG Academie. (teamleiders)"),
        ("Collegiale consultatie. ", "Vaste vakduo's. Elke docent legt 2 lesbezoeken per jaar af bij een collega en bespreekt die na met de kijkwijzer. (teamleiders)"),
        ("Gesprekscyclus. ", "Startgesprek in september, voortgangsgesprek in februari, beoordelingsgesprek elke 3 jaar. 100% vastgelegd in het digitale personeelsdossier, elk jaar vóór 1 juli. (directeur)"),
    ])

    h2(doc, "5.3 Samen binnen ASG")
    nummers(doc, [
        ("Vaknetwerk techniek en groen. ", "Onze praktijkdocenten techniek en groen komen 4x per jaar samen met de techniekdocenten van de vmbo-scholen van ASG. Ze maken gezamenlijke praktijkopdrachten; onze leerlingen volgen de lasmodule in de vmbo-werkplaats. (teamleider bovenbouw)"),
        ("Overstap vmbo. ", "Elk jaar in maart bekijken we met de vmbo-scholen van ASG welke leerlingen kunnen doorstromen naar vmbo basis (verwachting 2 tot 4 per jaar). Omgekeerd nemen we leerlingen over die op het vmbo vastlopen, via het SWV. (zorgcoördinator)"),
        ("Servicebureau. ", "Voor personeelsadministratie en financiën maken we gebruik van het servicebureau van ASG. (directeur)"),
    ])

    h2(doc, "5.4 Partnerschap")
    nummers(doc, [
        ("Stagenetwerk. ", "Van 118 naar 150 stagebedrijven in 2029, verdeeld over zorg, groen, logistiek, horeca, detailhandel en techniek. Stagecoördinator 1,0 fte. Elk stagebedrijf wordt minstens 1x per 6 weken bezocht. (stagecoördinator)"),
        ("Entree op locatie. ", "Vanaf 2026-2027 verzorgt ROC van Flevoland de Entree-opleiding (niveau 1) in ons gebouw, voor 16 deelnemers per jaar. Onze leerlingen blijven bij hun vertrouwde docenten en mentor. (directeur)"),
        ("Nazorg. ", "Samen met het Werkgeversservicepunt Flevoland volgen we schoolverlaters 2 jaar na uitstroom. Bestendiging van 78% naar 85% in 2029. (stagecoördinator)"),
        ("Wijk. ", "Vanaf het voorjaar van 2026 onderhouden leerlingen van het profiel Groen 3 speelplekken in het Homeruskwartier, met een contract van de gemeente Almere. Leerlingen van Horeca koken 1x per maand voor 25 ouderen in het buurtcentrum, samen met welzijnsorganisatie De Schoor. (teamleider bovenbouw)"),
        ("Ouders. ", "Driehoeksgesprek (leerling, ouder, mentor) 3x per jaar. Opkomst van 68% naar 90% in 2027. Huisbezoek bij alle nieuwe leerlingen van leerjaar 1 vóór de herfstvakantie. (mentoren)"),
        ("Medezeggenschap. ", "De MR (2 personeelsleden, 1 ouder, 1 leerling) vergadert 6x per jaar. De leerlingenraad (8 leerlingen) levert het leerlinglid en bespreekt vooraf elk MR-stuk dat leerlingen raakt. Jaarplan in oktober, begroting in december. (directeur)"),
        ("Landelijk. ", "De Dukdalf is lid van de Sectorraad Praktijkonderwijs. De directeur neemt deel aan het regionale directeurennetwerk praktijkonderwijs. Vanaf 2026 leveren we jaarlijks onze uitstroomcijfers aan de landelijke benchmark van de sectorraad. (directeur)"),
    ])

    h2(doc, "5.5 Waar we mee stoppen")
    bullets(doc, [
        "Het papieren rapport. Vanaf 2025-2026 alleen nog het IOP-gesprek en het digitale portfolio.",
        "De eigen fietsenwerkplaats. Te weinig stageplekken in die branche; de ruimte gaat naar logistiek.",
        "Losse projectweken zonder koppeling aan een certificaat of stage.",
        "Eigen toetsen voor lezen en rekenen naast Diataal en Diarekenen. Eén meting, twee keer per jaar, is genoeg.",
        "Vergaderingen zonder besluit. Teamoverleg wordt werkoverleg per vakduo; plenair alleen 1x per maand.",
    ])

    h2(doc, "5.6 Financiën en huisvesting")
    bullets(doc, [
        "Meerjarenbegroting sluitend voor 2025-2029; reserve boven de ASG-signaleringswaarde.",
        "Werkdrukmiddelen: volledig naar onderwijsassistenten in de praktijklokalen (zie 5.2).",
        "Investering techniekhal en VR-lassimulatoren: € 85.000 in 2025-2026, verdeeld over 8 jaar afschrijving.",
        "Ombouw fietsenwerkplaats tot magazijn- en logistieklokaal: zomer 2026, € 40.000.",
        "Huur ruimte Entree-opleiding door ROC van Flevoland dekt de extra schoonmaak- en energiekosten.",
    ])

    # 6 Wettelijke onderdelen
    h1(doc, "6. Wettelijke onderdelen")

    h2(doc, "6.1 Onderwijsprogramma")
    bullets(doc, [
        ("Opbouw: ", "onderbouw (leerjaar 1-2), middenbouw (leerjaar 3), bovenbouw (leerjaar 4-6)."),
        ("Lestijd: ", "minimaal 1.000 klokuren per jaar; in de bovenbouw inclusief stage."),
        ("Onderbouw per week: ", "12 uur praktijk, 5 uur Nederlands, 4 uur rekenen, 2 uur Engels, 3 uur bewegingsonderwijs, 2 uur mens en maatschappij/burgerschap, 1 uur digitale geletterdheid, 1 uur mentoruur."),
        ("Middenbouw: ", "interne stage (schoolkantine, conciërgedienst, kas) en groepsstage 1 dag per week."),
        ("Bovenbouw: ", "individuele externe stage van 2 dagen (leerjaar 4) tot 4 dagen (leerjaar 5-6) per week."),
        ("Methoden: ", "Deviant Nederlands en rekenen; Diataal en Diarekenen voor meting van 1F; Basicly voor digitale geletterdheid; Qompas voor loopbaanoriëntatie en portfolio."),
        ("Certificaten: ", "branchegerichte certificaten via SVPO (o.a. Schoonmaak, Groen, Logistiek, Winkelmedewerker, Keuken), VCA-basis, heftruck, en de mbo-praktijkverklaring in samenwerking met ROC van Flevoland."),
        ("Route naar werk: ", "leerjaar 3 oriënteren op 5 profielen; leerjaar 4 keuze voor 1 profiel en eerste externe stage; leerjaar 5 stage met perspectief op een baan of Entree; leerjaar 6 plaatsing en overdracht aan werkgever of mbo."),
        ("Afsluiting: ", "elke schoolverlater krijgt het getuigschrift praktijkonderwijs en een portfolio met alle certificaten."),
    ])

    h2(doc, "6.2 Burgerschap")
    bullets(doc, [
        "Leerlijn 'Meedoen' in leerjaar 1-4: 1 lesuur per week binnen mens en maatschappij.",
        "Leerjaar 2: bezoek aan een kerk, een moskee en het gemeentehuis van Almere.",
        "Leerjaar 4: bezoek aan ProDemos in Den Haag; schoolverkiezingen tijdens de Week van de Democratie.",
        "Financiële zelfredzaamheid: 10 lessen over geld, loonstrook en toeslagen in leerjaar 5 (materiaal Nibud).",
        "Leerlingenraad van 8 leerlingen; verkiezingen elk jaar in oktober.",
        "Doel 2028: 80% van de schoolverlaters kan zelfstandig een DigiD aanvragen en gebruiken.",
    ])

    h2(doc, "6.3 Veiligheid en schoolklimaat")
    bullets(doc, [
        "Jaarlijkse monitor sociale veiligheid (februari). Doel: ten minste 92% voelt zich veilig (nu 89%).",
        "Anti-pestcoördinator en vertrouwenspersoon: namen staan in de schoolgids en op de website.",
        "Incidentregistratie in Magister; analyse per kwartaal in het MT.",
        "Protocollen: omgangsprotocol, pestprotocol, meldcode huiselijk geweld en kindermishandeling, protocol schorsen en verwijderen.",
        "Veiligheid in de werkplaatsen: RI&E in 2025 en 2028; alle praktijkdocenten BHV en machineveiligheid.",
        "Schooladviseur van de wijkpolitie: 4x per jaar overleg.",
    ])

    h2(doc, "6.4 Ondersteuning")
    bullets(doc, [
        "Zie actie 5.1.7 (SOP) en 5.1.8 (thuiszitters).",
        "Zorgteam: zorgcoördinator (1,0 fte), orthopedagoog (0,6 fte), schoolmaatschappelijk werker (1 dag), jeugdverpleegkundige GGD (op afroep).",
        "Trainingen in school: sociale vaardigheden, faalangst en weerbaarheid, elk 10 bijeenkomsten.",
        "Rustplek De Kajuit: elke dag bemand van 08.30 tot 15.00.",
    ])

    h2(doc, "6.5 Personeelsbeleid")
    bullets(doc, [
        "Zie 5.2 voor verzuim, werkdruk, bevoegdheid, scholing en gesprekscyclus.",
        "Bekwaamheid: elke docent houdt een bekwaamheidsdossier bij; bespreking in de gesprekscyclus.",
        "Kijkwijzer 'De Dukdalf-les' (6 criteria): 1) lesdoel zichtbaar en uitgesproken; 2) voordoen, samen doen, zelf doen; 3) uitleg van maximaal 10 minuten; 4) toepassing in een echte opdracht; 5) feedback aan iedere leerling; 6) afsluiting: wat heb je vandaag geleerd?",
        "Pedagogisch-didactisch handelen: in 2027 scoort elke docent op alle 6 criteria van de kijkwijzer minimaal 'voldoende'.",
        "Nieuwe collega's: buddy uit het eigen vakduo en 3 intervisiebijeenkomsten in het eerste jaar.",
    ])

    h2(doc, "6.6 Kwaliteitszorg")
    bullets(doc, [
        "Cyclus: schoolplan (4 jaar) → jaarplan (augustus) → kwartaalrapportage aan het College van Bestuur → jaarverslag (september).",
        "Data: uitstroom en bestendiging, Diataal/Diarekenen, certificaten, verzuim leerlingen en personeel, tevredenheid.",
        "Zelfevaluatie op de standaarden van het inspectiekader in het voorjaar van 2027; audit ASG in maart 2027.",
        "Elk jaar in juni een evaluatiemiddag met het hele team: wat werkt, wat stoppen we, wat gaat naar het volgende jaarplan.",
    ])

    h2(doc, "6.7 Openbaar karakter")
    bullets(doc, [
        "Iedere leerling is welkom, ongeacht geloof, afkomst of achtergrond. Onze leerlingen komen uit 31 landen.",
        "In het burgerschapsprogramma komen verschillende levensbeschouwingen aan bod (bezoek kerk en moskee in leerjaar 2).",
        "Feestdagen van verschillende geloven staan op de schoolkalender; leerlingen vertellen er in het mentoruur over.",
    ])

    # 7 Indicatoren
    h1(doc, "7. Indicatoren")
    p(doc, "Deze cijfers staan elk kwartaal op de agenda van het MT en gaan mee in de kwartaalrapportage aan het bestuur.")
    tabel(doc, ["Indicator", "Nulmeting 2024-2025", "Doel 2027", "Doel 2029"], [
        ("Uitstroom naar werk of mbo", "85%", "87%", "90%"),
        ("Bestendiging na 1 jaar", "78%", "80%", "85%"),
        ("Schoolverlaters met ≥ 2 certificaten of praktijkverklaring", "29%", "60%", "90%"),
        ("1F lezen leerjaar 3", "52%", "60%", "70%"),
        ("1F rekenen leerjaar 3", "48%", "55%", "65%"),
        ("Ongeoorloofd verzuim leerlingen", "4,3%", "< 3%", "< 3%"),
        ("Veiligheidsbeleving leerlingen", "89%", "92%", "92%"),
        ("Opkomst driehoeksgesprekken", "68%", "90%", "90%"),
        ("Ouders bereikt per periode van 6 weken", "71%", "95%", "95%"),
        ("Ziekteverzuim personeel", "7,1%", "6,0%", "≤ 5,5%"),
        ("Bevoegde praktijkdocenten", "8 van 11", "9 van 11", "11 van 11"),
        ("Stagebedrijven", "118", "135", "150"),
    ])

    h2(doc, "7.1 Wie is eigenaar")
    tabel(doc, ["Rol", "Eigenaar van"], [
        ("Directeur", "basiskwaliteit, personeelsbeleid, financiën, MR, externe partners op bestuursniveau"),
        ("Teamleider onderbouw", "onderbouwprogramma, taal en rekenen, kwaliteitskalender onderbouw"),
        ("Teamleider bovenbouw", "stage, certificering, Leerwerkplaats Poort, vaknetwerk ASG, bevoegdheidstrajecten"),
        ("Zorgcoördinator", "IOP, SOP, zorg- en adviesteam, overstap vmbo/vso"),
        ("Stagecoördinator", "stagenetwerk, nazorg, contacten Werkgeversservicepunt"),
        ("ICT-coördinator", "digitale geletterdheid, Magister, portfolio"),
    ])

    # 8 Planning
    h1(doc, "8. Planning")
    tabel(doc, ["Schooljaar", "Belangrijkste mijlpalen"], [
        ("2025-2026", "Dukdalf-balie (okt 2025); Basicly lj 1-3; SOP herzien (apr 2026); VR-lassimulatoren (jan 2026); groenonderhoud Homeruskwartier (voorjaar 2026); training gedrag"),
        ("2026-2027", "Nieuw onderbouwprogramma (aug 2026); Entree op locatie; pilot Leerwerkplaats Poort (12 lln); 3 docenten in opleiding; audit ASG (mrt 2027); opkomst ouders 90%"),
        ("2027-2028", "Leerwerkplaats uitbreiden; verzuim personeel ≤ 6,0%; ongeoorloofd verzuim lln < 3%; RI&E werkplaatsen (2028)"),
        ("2028-2029", "Leerwerkplaats 40 lln; 150 stagebedrijven; verzuim personeel ≤ 5,5%; 90% ≥ 2 certificaten; 70% 1F lezen; 100% bevoegd; evaluatie en nieuw schoolplan"),
    ])

    # 9 Vaststelling
    h1(doc, "9. Vaststelling")
    bullets(doc, [
        "Besproken met het team: 3 juni 2025.",
        "Besproken met de leerlingenraad: 5 juni 2025.",
        "Instemming medezeggenschapsraad: 17 juni 2025 (besluit MR 2024-2025/09).",
        "Vastgesteld door het College van Bestuur van ASG: 8 juli 2025.",
    ])
    tabel(doc, ["Namens", "Naam", "Datum"], [
        ("Directeur", "Marco Terpstra", "17 juni 2025"),
        ("Voorzitter MR", "Ilse Vermeulen", "17 juni 2025"),
        ("College van Bestuur ASG", "", "8 juli 2025"),
    ])

    doc.save(path)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_187_praktijkschool_de_dukdalf.docx")
