#!/usr/bin/env python3
"""Schoolplan 2025-2029 van het Zilverschoon Lyceum (havo/vwo, Almere Poort).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

GROEN = RGBColor(0x2E, 0x5E, 0x4E)


# ---------------------------------------------------------------- hulpjes

def _taal_nl(doc):
    """Zet de proeftaal van de standaardopmaak op Nederlands."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPrDefault"))
    if rpr is None:
        return
    rpr_el = rpr.find(qn("w:rPr"))
    if rpr_el is None:
        rpr_el = OxmlElement("w:rPr")
        rpr.append(rpr_el)
    lang = rpr_el.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr_el.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _veld(paragraph, instructie, tekst=""):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instructie
    run._r.append(instr)
    run = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(sep)
    paragraph.add_run(tekst)
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _koprij_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arcering(cell, kleur):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _tabel(doc, koppen, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(koppen))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    kop = t.rows[0]
    _koprij_herhalen(kop)
    for i, k in enumerate(koppen):
        cel = kop.cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _arcering(cel, "2E5E4E")
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    for rij in t.rows:
        for cel in rij.cells:
            for p in cel.paragraphs:
                p.paragraph_format.space_after = Pt(2)
                for r in p.runs:
                    r.font.size = Pt(9.5)
    doc.add_paragraph()
    return t


def _p(doc, tekst, stijl=None):
    return doc.add_paragraph(tekst, style=stijl)


def _opsomming(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# ---------------------------------------------------------------- inhoud

def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)

    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(10.5)
    normaal.paragraph_format.space_after = Pt(6)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11)):
        st = doc.styles[naam]
        st.font.name = "Calibri"
        st.font.size = Pt(grootte)
        st.font.color.rgb = GROEN

    sectie = doc.sections[0]
    sectie.orientation = WD_ORIENT.PORTRAIT
    sectie.page_width = Cm(21.0)
    sectie.page_height = Cm(29.7)
    sectie.left_margin = sectie.right_margin = Cm(2.3)
    sectie.top_margin = Cm(2.2)
    sectie.bottom_margin = Cm(2.0)
    sectie.different_first_page_header_footer = True
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = voet.add_run("Zilverschoon Lyceum | Schoolplan 2025-2029 | pagina ")
    r.font.size = Pt(8.5)
    _veld(voet, "PAGE", "1")

    cp = doc.core_properties
    cp.title = "Schoolplan Zilverschoon Lyceum 2025-2029"
    cp.subject = "Schoolplan"
    cp.author = "M. Ouwerkerk"
    cp.last_modified_by = "M. Ouwerkerk"
    cp.language = "nl-NL"
    cp.keywords = "schoolplan; havo; vwo; Almere Poort"
    cp.created = datetime.datetime(2025, 5, 19, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 12, 16, 30, 0)
    cp.revision = 7

    # ---------------------------------------------------------- voorblad
    for _ in range(6):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = t.add_run("Zilverschoon Lyceum")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = GROEN
    t = doc.add_paragraph()
    r = t.add_run("Schoolplan 2025-2029")
    r.font.size = Pt(20)
    t = doc.add_paragraph()
    r = t.add_run("De lat hoog, de deur open")
    r.italic = True
    r.font.size = Pt(14)
    for _ in range(10):
        doc.add_paragraph()
    for regel in (
        "Openbare school voor havo en vwo",
        "Cadansplein 4, 1363 AB Almere Poort",
        "BRIN 29XK",
        "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 1 juli 2025",
        "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
    ):
        p = doc.add_paragraph(regel)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------- inhoud
    p = doc.add_paragraph()
    r = p.add_run("Inhoud")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = GROEN
    p = doc.add_paragraph()
    _veld(p, 'TOC \\o "1-2" \\h \\z \\u',
          "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudsopgave te tonen.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------- 1
    doc.add_heading("1. Bij dit plan", level=1)
    _p(doc, "Voor u ligt het schoolplan van het Zilverschoon Lyceum voor de periode 1 augustus 2025 tot en met "
            "31 juli 2029. Het plan beschrijft waar onze school over vier jaar wil staan en hoe we daar komen. "
            "Het is tegelijk onze verantwoording aan het College van Bestuur van de Almeerse Scholen Groep (ASG), "
            "aan de inspectie en vooral aan onze leerlingen, hun ouders en onze eigen collega's.")
    _p(doc, "Het plan is niet achter een bureau geschreven. Op de studiedagen van 8 oktober 2024 en 21 januari "
            "2025 hebben alle secties in wisselende groepen gewerkt aan de vraag 'wat moet er over vier jaar "
            "anders zijn op het Zilverschoon?'. De leerlingenraad heeft in november 2024 twee middagen met de "
            "schoolleiding meegedacht, en het ouderpanel heeft in februari 2025 een conceptversie becommentarieerd. "
            "Een schrijfgroep van vijf docenten, de teamleiders en de rector heeft de opbrengst verwerkt.")
    doc.add_heading("Leeswijzer", level=2)
    _p(doc, "Hoofdstuk 2 vertelt wie wij zijn: onze leerlingen, onze omgeving en de waarden waar we voor staan. "
            "Daarin laten we zien hoe de vier kernwaarden van ASG er op onze school uitzien. De hoofdstukken 3 tot "
            "en met 6 volgen de vier vensters uit Koers 22, maar onder titels die bij ons passen: onderwijs "
            "(hoofdstuk 3), onze mensen (hoofdstuk 4), samenwerking binnen ASG (hoofdstuk 5) en ouders en wijk "
            "(hoofdstuk 6). De wettelijke onderdelen van een schoolplan, zoals het onderwijsprogramma, "
            "burgerschap, veiligheid, ondersteuning, personeelsbeleid en kwaliteitszorg, staan in die hoofdstukken "
            "op de plek waar ze thuishoren. Alle doelen zijn achterin samengebracht in één tabel (hoofdstuk 7), "
            "met een indicator, tussenwaarden voor 2026 en 2028 en een eigenaar. Die tabel is de basis voor onze "
            "jaarplannen. Hoofdstuk 8 bevat de vaststelling.")

    # ---------------------------------------------------------- 2
    doc.add_heading("2. Wie wij zijn", level=1)
    doc.add_heading("2.1 De school in cijfers", level=2)
    _tabel(doc, ["Gegeven", "Zilverschoon Lyceum"], [
        ["Onderwijstype", "havo en vwo (atheneum); brugklassen havo/vwo en vwo"],
        ["Adres", "Cadansplein 4, 1363 AB Almere Poort"],
        ["BRIN", "29XK"],
        ["Rector", "drs. Marieke Ouwerkerk"],
        ["Schoolleiding", "rector, conrector onderwijs (Sander de Bruijn), teamleiders onderbouw, havo-bovenbouw en vwo-bovenbouw"],
        ["Leerlingen (1 oktober 2024)", "1.286, waarvan 512 in de onderbouw"],
        ["Medewerkers", "118 (96 onderwijsgevend, 22 onderwijsondersteunend), samen 97,4 fte"],
        ["Geslaagd 2024", "havo 86,9%, vwo 90,4%"],
        ["Inspectie", "basistoezicht; laatste onderzoek (vierjaarlijks) maart 2023, alle afdelingen voldoende"],
    ], breedtes=[5.0, 11.4])
    doc.add_heading("2.2 Onze leerlingen en onze omgeving", level=2)
    _p(doc, "Het Zilverschoon Lyceum opende in 2009 als eerste havo/vwo-school in Almere Poort. De wijk is sindsdien "
            "hard gegroeid en groeit nog door, vooral in het Homeruskwartier en Duin. Ruim 40 procent van onze "
            "leerlingen woont in Poort; de rest komt uit Almere Stad, Almere Haven en in toenemende mate uit "
            "Amsterdam-Oost en IJburg. Onze leerlingen spreken thuis samen zo'n dertig talen en komen uit gezinnen "
            "met zeer uiteenlopende achtergronden. Dat zien we als rijkdom, maar ook als opdracht: het schooladvies "
            "van een leerling zegt bij ons niet alles over wat hij of zij kan bereiken.")
    _p(doc, "Uit onze analyse van de afgelopen drie jaar trekken we vier conclusies. Ten eerste stroomt een "
            "relatief grote groep leerlingen in klas 3 af van vwo naar havo (gemiddeld 11 procent, tegen 7 procent "
            "op vergelijkbare scholen). Ten tweede loopt het aantal zij-instromers uit vmbo-t naar havo 4 op, en die "
            "groep haalt minder vaak zonder vertraging het diploma. Ten derde scoren we op de leerlingenquête goed "
            "op veiligheid, maar gemiddeld op 'ik word gezien door mijn docenten'. Ten vierde hebben we te maken met "
            "een krappe arbeidsmarkt: in 2024-2025 stonden acht docenten voor de klas zonder volledige bevoegdheid.")

    doc.add_heading("2.3 Waar wij voor staan", level=2)
    _p(doc, "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Wij hebben in het team "
            "besproken wat die woorden op het Zilverschoon betekenen. Hieronder staat ons antwoord, in onze eigen "
            "woorden en met wat we er concreet aan doen.")

    doc.add_heading("Iedereen heeft een naam, niet een nummer", level=3)
    _p(doc, "Met bijna 1.300 leerlingen zijn we een grote school. Juist daarom willen we dat elke leerling het gevoel "
            "heeft dat er volwassenen zijn die hem of haar kennen. Iedere leerling heeft een mentor die in de eerste "
            "drie weken van het schooljaar een individueel kennismakingsgesprek voert, in de onderbouw samen met de "
            "ouders. Vanaf 2025-2026 heeft elke mentor in de onderbouw daarnaast één vast mentoruur per week in het "
            "rooster, naast de mentorles. In de leerlingenquête willen we dat in 2028 minstens 88 procent van de "
            "leerlingen zegt dat er op school een volwassene is bij wie hij terecht kan (2024: 76 procent).")
    _p(doc, "Wie onze school binnenloopt, moet zich welkom voelen. De centrale balie is vanaf 7.45 uur bemand. Op open "
            "dagen en bij kennismakingsavonden ontvangen leerlingen van het 'Zilverteam', een groep van ongeveer "
            "veertig bovenbouwleerlingen, de bezoekers en leiden zij hen rond. Nieuwe brugklassers krijgen in de "
            "eerste periode een vast maatje uit klas 3. Voor nieuwe collega's is er een welkomstprogramma van "
            "twee dagen voor de start van het schooljaar, met een vaste buddy uit een andere sectie.")
    _p(doc, "We willen weten wat onze leerlingen en collega's nodig hebben. Voor leerlingen doen we dat via de "
            "leerlingbesprekingen (drie per jaar per klas), de volgtoetsen in de onderbouw en de signalen die mentoren "
            "vastleggen in Magister. Voor medewerkers gebruiken we de gesprekscyclus en het jaarlijkse "
            "medewerkerstevredenheidsonderzoek (MTO), waarin we vanaf 2025 een vaste vraag opnemen over wat "
            "collega's van de schoolleiding nodig hebben.")

    doc.add_heading("Open en eerlijk, ook als het schuurt", level=3)
    _p(doc, "Respect is op het Zilverschoon geen poster aan de muur. We werken met drie omgangsafspraken, de "
            "'Zilverregels': we zijn op tijd en voorbereid, we laten elkaar uitpraten, we lossen het samen op. Bij "
            "conflicten werken we herstelgericht: na een incident volgt een herstelgesprek tussen de betrokkenen, "
            "begeleid door de mentor of de teamleider. Alle mentoren volgen in 2025-2026 de training herstelgericht "
            "werken.")
    _p(doc, "Ouders en leerlingen moeten weten waar ze aan toe zijn. Daarom communiceren we via twee kanalen: "
            "Magister voor alles wat over de individuele leerling gaat, en de maandelijkse nieuwsbrief 'Zilverpost' "
            "voor algemene informatie. Een e-mail van een ouder wordt binnen twee werkdagen beantwoord. De "
            "jaarplanning, het PTA en de bevorderingsnormen staan vóór 1 oktober op de website. Beslissingen over "
            "bevordering en determinatie leggen we schriftelijk uit, met de afwegingen die we hebben gemaakt.")
    _p(doc, "Als openbare school staan we open voor iedereen, ongeacht achtergrond, geloof of overtuiging, en we "
            "maken daar ook werk van. In klas 2 krijgen alle leerlingen de module 'Wereldbeelden', waarin ze met "
            "leeftijdsgenoten van verschillende geloofs- en levensovertuigingen in gesprek gaan, een gebedshuis "
            "bezoeken en een gastles krijgen van een humanistisch raadsman. Onze Gender & Sexuality Alliance (GSA) bestaat sinds 2016 en "
            "organiseert jaarlijks Paarse Vrijdag. Rond 1 juli geeft de sectie geschiedenis lessen over Keti Koti. Op "
            "het Suikerfeest en het Offerfeest plannen we geen toetsen. De stille ruimte op de eerste verdieping "
            "is beschikbaar voor iedere leerling die een rustig moment nodig heeft, voor gebed of voor bezinning.")

    doc.add_heading("Nieuwsgierig blijven", level=3)
    _p(doc, "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Concreet "
            "betekent dit voor de komende vier jaar vooral het Zilverlab. In het Zilverlab werken leerlingen van "
            "klas 2 en 3 twee uur per week in vakoverstijgende projecten aan een eigen onderzoeks- of ontwerpvraag, "
            "begeleid door een duo van een bèta- en een gammadocent. In 2025-2026 draaien we een pilot in vier "
            "klassen van leerjaar 2; na evaluatie in mei 2026 breiden we uit naar heel leerjaar 2 en daarna naar "
            "leerjaar 3. Daarnaast hebben alle leerlingen vier uur keuzewerktijd (KWT) per week, waarin ze zelf "
            "kiezen bij welk vak ze extra uitleg, verdieping of oefening halen.")

    doc.add_heading("De lat ligt hoog, voor iedereen", level=3)
    _p(doc, "We verwachten veel van onze leerlingen, en we laten dat zien. Een leerling met een havo/vwo-advies "
            "start in de havo/vwo-brugklas en krijgt twee jaar de kans om te laten zien wat hij kan; we determineren "
            "pas aan het eind van klas 2. Leerlingen die in klas 3 havo uitblinken, kunnen via een opstroomtraject "
            "met extra lessen wiskunde en Frans naar vwo 4. Het aandeel leerlingen dat in klas 3 afstroomt van vwo "
            "naar havo willen we terugbrengen van 11 naar 7 procent in 2029. Daarvoor nemen we bij elke "
            "afstroomdreiging een gesprek op met leerling, ouders en mentor, met een plan van zes weken.")
    _p(doc, "Dezelfde lat leggen we bij onszelf. Docenten kiezen zelf een docentontwikkelteam (DOT) waarin ze een "
            "jaar lang onderzoek doen naar een vraag uit hun eigen lespraktijk. Er is geen verplichting; we merken "
            "dat de meeste collega's juist zin hebben in die ruimte. In 2024-2025 deden 31 docenten mee, in 2028 "
            "willen we dat 60 procent van de docenten aan een DOT deelneemt. We geven altijd het beste van onszelf.")

    # ---------------------------------------------------------- 3
    doc.add_heading("3. Onderwijs dat past en uitdaagt", level=1)
    _p(doc, "Dit hoofdstuk gaat over het eerste venster van Koers 22, goed en toegankelijk onderwijs. We beschrijven "
            "ons onderwijsprogramma, hoe we het curriculum bij de tijd houden, burgerschap, veiligheid, de "
            "ondersteuning van leerlingen en de manier waarop we de kwaliteit bewaken.")

    doc.add_heading("3.1 Ons onderwijsprogramma", level=2)
    _p(doc, "Onze onderbouw bestaat uit brugklassen havo/vwo en vwo, gevolgd door havo 2-3 en vwo 2-3. In de "
            "bovenbouw bieden we alle vier profielen aan, op havo en vwo. Het rooster kent lessen van 45 minuten en "
            "vier KWT-uren per week. De lessentabel voldoet aan de urennorm en de kerndoelen van de onderbouw; in de "
            "bovenbouw volgen we de examenprogramma's en het PTA, dat jaarlijks vóór 1 oktober wordt vastgesteld.")
    _p(doc, "Secties kiezen hun methodes zelf, binnen afspraken over doorlopende leerlijnen. Voorbeelden zijn Getal & "
            "Ruimte voor wiskunde, Nieuw Nederlands voor Nederlands, Stepping Stones voor Engels, Nova voor natuur- en "
            "scheikunde en Memo voor geschiedenis. Voor taal en rekenen in de onderbouw gebruiken we de volgtoetsen "
            "van het Cito Volgsysteem (VAS) in klas 1 tot en met 3. De uitslagen worden in november per klas "
            "besproken in de sectie en in de leerlingbespreking.")
    _p(doc, "Onze resultaten liggen boven de normen van de inspectie. Dat willen we zo houden: we blijven op alle "
            "indicatoren van het onderwijsresultatenmodel boven de norm en streven naar een slagingspercentage "
            "van minstens 88 procent op de havo en 92 procent op het vwo. Valt een afdeling twee jaar achter elkaar "
            "onder de eigen doelwaarde, dan volgt een verbeterplan met de sectievoorzitters.")

    doc.add_heading("3.2 Een curriculum dat meegaat met de tijd", level=2)
    _p(doc, "De nieuwe kerndoelen voor digitale geletterdheid en burgerschap vragen om aanpassing van ons programma. "
            "Een werkgroep van docenten informatica, Nederlands en mens & maatschappij ontwikkelt in 2025-2026 een "
            "leerlijn digitale geletterdheid voor de onderbouw, gebaseerd op de conceptkerndoelen van SLO. In 2026-2027 "
            "voeren we die in leerjaar 1 in, in 2027-2028 in leerjaar 2 en 3. We houden daarbij het aantal lesuren "
            "gelijk: onderdelen als mediawijsheid en programmeren worden ingebed in bestaande vakken en het "
            "Zilverlab. Elk voorjaar bespreekt de conrector met alle sectievoorzitters welke aanpassingen in het "
            "curriculum nodig zijn.")

    doc.add_heading("3.3 Burgerschap: Zilver in de samenleving", level=2)
    _p(doc, "Burgerschap is bij ons geen los vak maar een leerlijn door alle leerjaren heen. In klas 1 leren "
            "leerlingen in de mentorles hoe de leerlingenraad werkt en kiezen ze hun klassenvertegenwoordigers. In "
            "klas 2 volgen ze de module 'Wereldbeelden' (zie 2.3) en een debatproject dat afsluit met een debat in de "
            "raadszaal van het stadhuis. In klas 3 lopen alle leerlingen een maatschappelijke stage van 30 uur, "
            "bijvoorbeeld bij de Voedselbank Almere, een sportvereniging of een zorglocatie van Zorggroep Almere. In "
            "de bovenbouw komt burgerschap terug in maatschappijleer, in het profielwerkstuk en in de jaarlijkse "
            "verkiezingen van de leerlingenraad. In 2026 leggen we de leerlijn vast met per leerjaar de doelen op "
            "het gebied van democratie, diversiteit en digitaal burgerschap; in 2028 evalueren we haar met "
            "leerlingen en docenten.")

    doc.add_heading("3.4 Een veilige school", level=2)
    _p(doc, "Leerlingen en medewerkers moeten zich veilig voelen. We meten dat jaarlijks met de veiligheidsmonitor in "
            "de leerlingenquête van Scholen op de kaart. In 2024 gaf 87 procent van de leerlingen aan zich veilig te "
            "voelen op school. Ons schoolveiligheidsplan bevat het pestprotocol, het protocol sociale media en het "
            "protocol bij incidenten. We hebben een anti-pestcoördinator en twee interne vertrouwenspersonen, van "
            "wie de namen bij elke mentorklas bekend zijn. Sinds januari 2024 zijn mobiele telefoons in de lessen "
            "niet toegestaan; leerlingen bergen ze op in hun kluisje. Met de wijkagent van Poort is er een "
            "maandelijks overleg. De incidentenregistratie wordt elk kwartaal besproken in de schoolleiding.")

    doc.add_heading("3.5 Ondersteuning: wat we bieden en wat niet", level=2)
    _p(doc, "In ons schoolondersteuningsprofiel (SOP) staat welke ondersteuning we bieden. Tot de "
            "basisondersteuning rekenen we de mentoraanpak, het dyslexie- en dyscalculiebeleid (met extra tijd en "
            "voorleessoftware), een faalangstreductietraining in klas 1 en 2, een examenvreesgroep in het "
            "examenjaar, huiswerkbegeleiding in het studiecentrum en de KWT-uren. Extra ondersteuning loopt via de "
            "zorgcoördinator en het ondersteuningsteam, waarin naast de zorgcoördinator de jeugdarts van GGD "
            "Flevoland, de leerplichtambtenaar en een jeugd- en gezinswerker zitten. Het ondersteuningsteam komt "
            "elke zes weken bijeen.")
    _p(doc, "We zijn eerlijk over onze grenzen. Leerlingen die dagelijks een kleine groep nodig hebben, of die door "
            "ernstige gedrags- of psychiatrische problematiek niet in een klas van 28 leerlingen kunnen leren, kunnen "
            "we niet de ondersteuning bieden die ze verdienen. Voor hen zoeken we samen met ouders en het "
            "samenwerkingsverband Passend Onderwijs VO Almere een passende plek, bijvoorbeeld bij een van de "
            "VSO-scholen van ASG of via een tijdelijk traject in de Rebound. Het SOP wordt in 2025-2026 herschreven: "
            "het huidige profiel dateert uit 2020 en beschrijft nog niet hoe we met hoogbegaafde leerlingen en "
            "met langdurig zieke leerlingen omgaan. Het nieuwe SOP wordt vóór 1 juli 2026 aan de MR voorgelegd.")

    doc.add_heading("3.6 Kwaliteitszorg: weten hoe we ervoor staan", level=2)
    _p(doc, "Onze kwaliteitszorg volgt een vaste jaarkalender. In september stelt elke sectie een sectieplan op, "
            "afgeleid van het jaarplan van de school. In oktober en november analyseren secties en teamleiders de "
            "examen- en overgangsresultaten. In januari en juni bespreekt de schoolleiding de tussenstand met de "
            "secties. De leerlingenquête (jaarlijks, in februari), de ouderenquête (tweejaarlijks) en het MTO "
            "leveren de tevredenheidsgegevens. De uitkomsten komen samen in de kwartaalrapportages aan het "
            "College van Bestuur en in het jaarverslag, dat we met de MR bespreken.")
    _p(doc, "Lesbezoeken zijn de kern van ons zicht op de kwaliteit van het onderwijs. Teamleiders en collega's "
            "gebruiken daarbij de 'Zilverkijkwijzer' met zes criteria: een duidelijk lesdoel, activerende "
            "werkvormen, controle van begrip, differentiatie, een veilige sfeer en een afsluiting waarin het "
            "lesdoel terugkomt. In 2026 krijgt 80 procent van de docenten minstens twee lesbezoeken per jaar, in "
            "2028 is dat 100 procent. De opbrengsten van de lesbezoeken bespreken we per sectie, zodat we van "
            "elkaar leren. Samen met de DOT's vormen de lesbezoeken onze manier om een cultuur te bouwen waarin "
            "verbeteren en vernieuwen normaal is. Elk DOT sluit het jaar af met een presentatie tijdens de "
            "studiedag in juni, en wat werkt nemen we op in het sectieplan van het volgende jaar.")

    # ---------------------------------------------------------- 4
    doc.add_heading("4. Vakmensen met ruimte", level=1)
    _p(doc, "Dit hoofdstuk hoort bij het tweede venster van Koers 22, personeel in positie, en bevat ons "
            "personeelsbeleid. Goed onderwijs valt of staat met bevoegde, betrokken en gezonde collega's.")

    doc.add_heading("4.1 Bevoegd voor de klas", level=2)
    _p(doc, "In 2024-2025 werkten acht docenten zonder volledige bevoegdheid, onder wie vier zij-instromers en twee "
            "tweedegraads docenten die in de bovenbouw van het vwo lesgeven. Iedere onbevoegde docent krijgt bij ons "
            "een bevoegde collega uit de eigen sectie als coach, een vaste studiedag per week voor de opleiding en "
            "een vergoeding van de studiekosten volgens de ASG-regeling. We werken samen met Hogeschool Windesheim "
            "in Almere en met de Universiteit Utrecht voor de eerstegraads lerarenopleidingen. Ons doel is dat vanaf "
            "2026 geen enkele onbevoegde docent meer voor de klas staat zonder lopend opleidingstraject, en dat het "
            "aantal onbevoegde docenten in 2028 is gedaald naar hooguit drie.")
    _p(doc, "Ook bevoegde docenten houden we scherp. De teamleiders toetsen de bekwaamheid aan de hand van de "
            "lesbezoeken met de Zilverkijkwijzer; de bevindingen komen in het bekwaamheidsdossier van de docent.")

    doc.add_heading("4.2 Leren en ontwikkelen", level=2)
    _p(doc, "Iedere medewerker heeft een persoonlijk scholingsbudget van 600 euro per fte per jaar. Daarnaast "
            "reserveren we een schoolbudget voor gezamenlijke scholing, de komende jaren vooral voor herstelgericht "
            "werken (2025-2026) en activerende didactiek (2026-2028). Scholing kiezen collega's bij voorkeur uit "
            "het aanbod van de ASG Academie; het programma 'Vakmanschap in de klas' en de leergang voor "
            "startende teamleiders zijn daarbij vaste onderdelen. Wat een medewerker aan scholing volgt, komt in "
            "het personeelsdossier en wordt besproken in het ontwikkelgesprek.")
    _p(doc, "Naast de DOT's (zie 2.3 en 3.6) nemen onze sectievoorzitters deel aan de ASG-netwerken voor hun vak, "
            "en vormen de mentoren van de onderbouw een eigen leergroep die vier keer per jaar bijeenkomt rond "
            "casuïstiek.")

    doc.add_heading("4.3 De gesprekscyclus", level=2)
    _p(doc, "Elke medewerker doorloopt jaarlijks dezelfde cyclus: een startgesprek in september waarin de "
            "ontwikkeldoelen worden afgesproken, minstens één lesbezoek of werkplekobservatie, en een "
            "ontwikkelgesprek in het voorjaar. Eens in de drie jaar is het voorjaarsgesprek een beoordelingsgesprek. "
            "In 2024-2025 had 71 procent van de medewerkers de volledige cyclus doorlopen. Vanaf 2025-2026 is dat "
            "100 procent; de teamleiders rapporteren de voortgang in elke kwartaalrapportage.")

    doc.add_heading("4.4 Welbevinden en vitaliteit", level=2)
    _p(doc, "De werkdruk in het onderwijs is hoog, en ook bij ons. Het ziekteverzuim was in 2024 6,1 procent. We "
            "willen dat terugbrengen naar maximaal 4,8 procent in 2028. Daarvoor zetten we de werkdrukmiddelen in "
            "om klassen in de onderbouw niet groter te laten worden dan 28 leerlingen, beperken we het aantal "
            "vergaderingen tot één middag per week en voeren teamleiders bij elke ziekmelding binnen een week een "
            "gesprek, zo nodig met de bedrijfsarts. Elke vrijdagmiddag is er een sportuur voor collega's in de "
            "gymzaal ('Vitaal Zilver').")
    _p(doc, "We houden rekening met de levensfase van collega's. Startende docenten krijgen drie jaar begeleiding van "
            "een schoolopleider, met in het eerste jaar 20 procent taakreductie. Collega's van 57 jaar en ouder "
            "kunnen hun uren duurzame inzetbaarheid inzetten voor minder lesgebonden taken. Jonge ouders kunnen in "
            "overleg hun roostervrije dag kiezen. In het MTO scoorde betrokkenheid bij de school in 2024 een 7,1; "
            "in 2028 willen we een 7,6.")
    _p(doc, "Over interne mobiliteit en de inzet van onze collega's buiten de eigen school maken we in deze "
            "planperiode geen eigen afspraken. Daarvoor volgen we het HR-beleid van ASG.")

    # ---------------------------------------------------------- 5
    doc.add_heading("5. Niet alleen: onze plek in ASG", level=1)
    _p(doc, "Dit hoofdstuk hoort bij het derde venster van Koers 22, de meerwaarde van ASG. Onze collega's "
            "ontmoeten collega's van andere ASG-scholen en het servicebureau regelmatig. Voor de komende vier jaar "
            "kiezen we drie onderwerpen waarin we de samenwerking met andere ASG-scholen echt willen benutten.")
    doc.add_heading("5.1 Secties over de schoolgrens", level=2)
    _p(doc, "De secties wiskunde en Nederlands werken sinds 2023 samen met de collega's van twee andere havo/vwo-"
            "scholen van ASG. Ze maken gezamenlijke schoolexamentoetsen voor havo 4 en vwo 5 en analyseren samen de "
            "resultaten van het centraal examen. In 2026 breiden we dit uit naar Engels en biologie. Onze "
            "examensecretaris neemt deel aan het ASG-overleg van examensecretarissen, waar PTA's en "
            "examenreglementen op elkaar worden afgestemd.")
    doc.add_heading("5.2 Delen wat we leren", level=2)
    _p(doc, "Wat onze DOT's opleveren, houden we niet binnen de school. Vanaf 2026 presenteert ieder jaar minstens één "
            "DOT zijn opbrengst op de ASG-brede onderwijsdag. De presentaties en de onderzoeksverslagen zetten we "
            "daarna op het ASG-intranet, zodat andere scholen ermee verder kunnen.")
    doc.add_heading("5.3 Doorlopende leerroutes", level=2)
    _p(doc, "Steeds meer leerlingen komen met een vmbo-t-diploma naar havo 4. Samen met de vmbo-scholen van ASG in "
            "Almere Poort en Almere Stad hebben we een schakelprogramma opgezet: leerlingen die naar havo 4 willen, "
            "volgen in het examenjaar van het vmbo vijf middagen lessen wiskunde en Engels op onze school en "
            "voeren een intakegesprek met de teamleider havo-bovenbouw. In de eerste periode van havo 4 krijgen ze "
            "een vaste coach. Nu haalt 63 procent van de schakelaars het havodiploma zonder te doubleren; in 2028 "
            "moet dat 75 procent zijn. Met de ASG-basisscholen in Poort organiseren we daarnaast een warme overdracht "
            "van leerlingen met een ondersteuningsbehoefte.")

    # ---------------------------------------------------------- 6
    doc.add_heading("6. Samen met ouders en de wijk", level=1)
    _p(doc, "Dit hoofdstuk hoort bij het vierde venster van Koers 22, partnerschap.")
    doc.add_heading("6.1 Ouders als partner", level=2)
    _p(doc, "Ouders van pubers staan vaak wat verder van de school af dan ouders in het basisonderwijs. Toch weten we "
            "dat leerlingen beter presteren als ouders betrokken blijven. In klas 1 tot en met 3 voeren we daarom twee "
            "keer per jaar een driehoeksgesprek tussen leerling, ouder en mentor, waarin de leerling zelf vertelt hoe "
            "het gaat en wat zijn doelen zijn. In 2024-2025 kwam 78 procent van de ouders; dat moet in 2028 90 procent "
            "zijn. Voor ouders die het Nederlands niet goed beheersen, regelen we een tolk of een collega die de taal "
            "spreekt. Het ouderpanel, met ouders uit alle leerjaren, komt vier keer per jaar bijeen met de rector en "
            "denkt mee over onderwerpen als huiswerk, toetsweken en de overstap naar de bovenbouw.")
    doc.add_heading("6.2 Medezeggenschap", level=2)
    _p(doc, "De MR van het Zilverschoon bestaat uit zes personeelsleden, drie ouders en drie leerlingen, en vergadert "
            "zes keer per jaar met de rector. We leggen belangrijke plannen in een vroeg stadium als schets aan de "
            "MR voor, zodat de raad kan meedenken voordat er een voorstel ligt. Zo is ook dit schoolplan tot stand "
            "gekomen: de MR besprak in december 2024 en maart 2025 de hoofdlijnen en heeft op 10 juni 2025 met het "
            "plan ingestemd. De leerlingenraad, met een vertegenwoordiger per leerjaar, geeft daarnaast ieder jaar "
            "advies over de toetsweekregeling en de schoolregels.")
    doc.add_heading("6.3 Partners in Poort en de stad", level=2)
    _p(doc, "We werken samen met partners die ons onderwijs rijker maken. Met de Kunstlinie Almere Flevoland (KAF) "
            "hebben we een vast programma voor CKV, met voorstellingen en workshops in het theater. Hogeschool "
            "Windesheim en de Universiteit Utrecht zijn partners in de opleiding van docenten en bieden "
            "gastcolleges voor vwo 5 en 6. De Voedselbank Almere en Zorggroep Almere zijn vaste stageplekken "
            "voor de maatschappelijke stage.")
    _p(doc, "In onze eigen wijk is de samenwerking met het jongerenwerk van De Schoor het belangrijkst. Vanaf "
            "2025-2026 houdt een jongerenwerker elke woensdagmiddag inloop in de aula, en we delen zorgen over "
            "jongeren in Poort in een maandelijks overleg met het jongerenwerk, de wijkagent en de jeugd- en "
            "gezinswerker. Met de sportvereniging en het buurthuis in het Homeruskwartier organiseren we elk jaar "
            "in mei een wijkdag, waarop leerlingen van klas 3 samen met buurtbewoners de openbare ruimte rond de "
            "school opknappen.")

    # ---------------------------------------------------------- 7
    doc.add_heading("7. Onze doelen 2025-2029", level=1)
    _p(doc, "In onderstaande tabel staan alle doelen uit dit plan bij elkaar. De kolommen 2026 en 2028 geven de "
            "streefwaarde of de stand van zaken aan het eind van het betreffende schooljaar. Elk jaarplan werkt de "
            "doelen voor dat jaar verder uit; in het jaarverslag rapporteren we de stand.")
    rijen = [
        ["Nieuwe leerlingen en bezoekers voelen zich welkom",
         "Aandeel brugklassers dat in de oktoberenquête 'ik voelde me welkom' antwoordt", "85%", "90%",
         "Teamleider onderbouw"],
        ["Elke leerling kent een volwassene bij wie hij terecht kan",
         "Leerlingenquête, item 'er is een volwassene bij wie ik terecht kan' (2024: 76%)", "82%", "88%",
         "Teamleiders"],
        ["Wekelijks mentoruur in de onderbouw", "Aantal onderbouwklassen met vast mentoruur in het rooster",
         "alle klassen", "alle klassen", "Roostermaker / teamleider onderbouw"],
        ["Herstelgericht werken", "Aandeel mentoren dat de training herstelgericht werken heeft gevolgd",
         "100%", "100% (ook nieuwe mentoren)", "Zorgcoördinator"],
        ["Heldere communicatie met ouders", "Oudertevredenheid over informatievoorziening (ouderenquête, 2023: 6,6)",
         "7,0", "7,5", "Conrector"],
        ["Veilig schoolklimaat", "Aandeel leerlingen dat zich veilig voelt (veiligheidsmonitor, 2024: 87%)",
         "89%", "92%", "Anti-pestcoördinator"],
        ["Zilverlab", "Leerjaren waarin het Zilverlab draait",
         "pilot vier klassen leerjaar 2, geëvalueerd", "leerjaar 2 en 3", "Coördinator Zilverlab"],
        ["Minder afstroom vwo naar havo", "Aandeel vwo-leerlingen dat in klas 3 afstroomt (2024: 11%)",
         "10%", "8% (2029: 7%)", "Teamleider onderbouw"],
        ["Opbrengsten boven de norm", "Slagingspercentage havo / vwo", "havo 87%, vwo 91%",
         "havo 88%, vwo 92%", "Teamleiders bovenbouw"],
        ["Toekomstgericht curriculum", "Leerlijn digitale geletterdheid onderbouw",
         "leerlijn vastgesteld", "ingevoerd in leerjaar 1 t/m 3", "Werkgroep digitale geletterdheid"],
        ["Burgerschap als leerlijn", "Leerlijn 'Zilver in de samenleving' met doelen per leerjaar",
         "vastgesteld", "geëvalueerd met leerlingen en docenten", "Conrector"],
        ["Actueel ondersteuningsprofiel", "Nieuw SOP, inclusief hoogbegaafdheid en langdurig zieke leerlingen",
         "voorgelegd aan MR vóór 1 juli 2026", "geëvalueerd", "Zorgcoördinator"],
        ["Zicht op de lespraktijk", "Aandeel docenten met minstens twee lesbezoeken per jaar (Zilverkijkwijzer)",
         "80%", "100%", "Teamleiders"],
        ["Docentontwikkelteams", "Aandeel docenten dat deelneemt aan een DOT (2024-2025: 31 docenten)",
         "40%", "60%", "Conrector"],
        ["Volledige gesprekscyclus", "Aandeel medewerkers dat de hele cyclus doorliep (2024-2025: 71%)",
         "100%", "100%", "Teamleiders"],
        ["Bevoegd voor de klas", "Aantal onbevoegde docenten (2024-2025: 8); onbevoegden zonder opleidingstraject",
         "hooguit 6; 0 zonder traject", "hooguit 3; 0 zonder traject", "Rector / P&O-adviseur"],
        ["Lager verzuim", "Ziekteverzuimpercentage (2024: 6,1%)", "5,5%", "4,8%", "Rector"],
        ["Betrokken medewerkers", "MTO-score betrokkenheid bij de school (2024: 7,1)", "7,3", "7,6", "Rector"],
        ["Samenwerking secties binnen ASG", "Aantal secties met gezamenlijke toetsen en examenanalyse met andere ASG-scholen",
         "4 (wi, ne, en, bi)", "4, geëvalueerd", "Sectievoorzitters"],
        ["Delen op ASG-niveau", "Aantal DOT-presentaties op de ASG-onderwijsdag", "1", "minstens 1 per jaar",
         "Conrector"],
        ["Succesvolle schakelaars vmbo-t naar havo", "Aandeel schakelaars met havodiploma zonder doubleren (nu 63%)",
         "68%", "75%", "Teamleider havo-bovenbouw"],
        ["Ouders betrokken", "Opkomst ouders bij driehoeksgesprekken klas 1-3 (2024-2025: 78%)", "84%", "90%",
         "Mentoren / teamleider onderbouw"],
        ["Samenwerking in de wijk", "Wekelijkse inloop jongerenwerk; jaarlijkse wijkdag", "gerealiseerd",
         "gerealiseerd en geëvalueerd", "Teamleider onderbouw"],
    ]
    _tabel(doc, ["Doel", "Indicator", "2026", "2028", "Eigenaar"], rijen, breedtes=[3.6, 5.2, 2.6, 2.6, 2.4])

    # ---------------------------------------------------------- 8
    doc.add_heading("8. Vaststelling", level=1)
    _p(doc, "De medezeggenschapsraad van het Zilverschoon Lyceum heeft op 10 juni 2025 ingestemd met dit "
            "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op 1 juli 2025 "
            "vastgesteld. Het plan is na vaststelling gedeeld met de inspectie en staat op onze website.")
    _tabel(doc, ["Namens", "Naam", "Datum", "Handtekening"], [
        ["Medezeggenschapsraad (voorzitter)", "Karim el Idrissi", "10 juni 2025", ""],
        ["Rector", "drs. Marieke Ouwerkerk", "12 juni 2025", ""],
        ["College van Bestuur ASG", "", "1 juli 2025", ""],
    ], breedtes=[5.0, 4.2, 3.0, 4.2])

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_197_zilverschoon_lyceum.docx")
