"""Schoolplan 2025-2029 van ISK Het Trekpad, de internationale schakelklas (voortgezet onderwijs,
openbaar) voor nieuwkomers van 12 tot 18 jaar in Almere, onderdeel van de Almeerse Scholen Groep.
Planperiode: 1 augustus 2025 tot en met 31 juli 2029."""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2025, 7, 8, 9, 30, 0)
TITEL = "Schoolplan 2025-2029 ISK Het Trekpad"
AUTEUR = "J. Lammertsma, ISK Het Trekpad"


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
        _arceer(cel, "1F5C6B")
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

def build(path) -> None:
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(10.5)

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.3)
    sectie.right_margin = Cm(2.3)
    sectie.different_first_page_header_footer = True
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    vr = voet.add_run("ISK Het Trekpad  |  Schoolplan 2025-2029  |  pagina ")
    vr.font.size = Pt(8.5)
    _paginanummer(voet)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = AUTEUR
    cp.last_modified_by = AUTEUR
    cp.subject = "Schoolplan internationale schakelklas"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.revision = 7

    # ------------------------------------------------------------ titelpagina
    for _ in range(5):
        doc.add_paragraph()
    _alinea(doc, "ISK Het Trekpad", vet=True, grootte=30, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    _alinea(doc, "Internationale schakelklas voor nieuwkomers van 12 tot 18 jaar",
            grootte=13, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    doc.add_paragraph()
    _alinea(doc, "Schoolplan 2025 - 2029", vet=True, grootte=22, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    _alinea(doc, "Onderweg in het Nederlands", cursief=True, grootte=15,
            uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(8):
        doc.add_paragraph()
    _alinea(doc, "Landdrostdreef 120, 1314 SK Almere  |  BRIN 27MX-04  |  www.isktrekpad.nl",
            grootte=9.5, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    _alinea(doc, "Dependance Paviljoen Noord, Bouwmeesterstraat 9, 1335 Almere Buiten",
            grootte=9.5, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    _alinea(doc, "Een school van de Almeerse Scholen Groep", grootte=9.5,
            uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    _alinea(doc, "Versie 1.3, juli 2025", grootte=9.5, uitlijning=WD_ALIGN_PARAGRAPH.CENTER)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ inhoud
    _alinea(doc, "Inhoud", vet=True, grootte=14)
    for regel in [
        "1. Voorwoord: een stuk van de reis",
        "2. Wie we zijn",
        "3. Terugkijken en vooruitkijken",
        "4. Aankomen",
        "5. Taal als vervoermiddel: ons onderwijs",
        "6. Veilig landen",
        "7. Samen leven in Nederland",
        "8. Extra steun onderweg",
        "9. Verder op het pad: doorstroom",
        "10. Ons team",
        "11. Weten wat werkt",
        "12. Samen met ouders en partners",
        "13. Onze doelen 2025-2029",
        "14. Vaststelling",
    ]:
        _alinea(doc, regel)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ 1
    doc.add_heading("1. Voorwoord: een stuk van de reis", level=1)
    _alinea(doc,
        "Een trekpad is het smalle pad langs het water waarover vroeger schuiten met mankracht of "
        "paardenkracht werden voortgetrokken. Het schip kwam ergens vandaan en ging ergens naartoe; het "
        "trekpad was het stuk ertussen. Zo zien wij onze school. Onze leerlingen komen uit Charkiv, Aleppo, "
        "Asmara, Kaboel, Gdańsk, Izmir en nog dertig andere plaatsen. Ze blijven gemiddeld zestien maanden "
        "bij ons en gaan daarna verder, naar een school waar ze een diploma halen dat bij hen past. Wij "
        "zijn een stuk van hun reis, en we willen dat dat stuk telt.")
    _alinea(doc,
        "Dit schoolplan beschrijft hoe we dat de komende vier schooljaren doen, van 1 augustus 2025 tot en "
        "met 31 juli 2029. Het is geschreven door een schrijfgroep van zes teamleden. Het hele team heeft "
        "op drie studiedagen in 2024-2025 meegedacht over de analyse en de doelen. De leerlingenraad heeft "
        "twee keer een middag met ons gepraat over wat een goede eerste schooldag is en waarom sommige "
        "lessen saai zijn. Op twee ouderavonden met tolken (Oekraïens, Arabisch en Tigrinya) hebben ouders "
        "ons verteld wat zij van de school verwachten.")
    _alinea(doc,
        "Wij geven altijd het beste van onszelf, want onze leerlingen hebben geen tijd te verliezen. Elk "
        "jaar dat zij langer over het leren van het Nederlands doen, is een jaar dat zij later hun diploma "
        "halen. Daarom staat in dit plan één vraag centraal: hoe zorgen we dat iedere leerling zo snel "
        "en zo goed mogelijk op de juiste plek in het Nederlandse onderwijs terechtkomt?")
    _alinea(doc, "Jorien Lammertsma, directeur", cursief=True)

    # ------------------------------------------------------------ 2
    doc.add_heading("2. Wie we zijn", level=1)
    doc.add_heading("2.1 Een school voor wie net binnenkomt", level=2)
    _alinea(doc,
        "ISK Het Trekpad is de internationale schakelklas voor het voortgezet onderwijs in Almere. Iedere "
        "jongere van 12 tot 18 jaar die korter dan twee jaar in Nederland woont en nog onvoldoende "
        "Nederlands spreekt om een gewone klas te volgen, kan bij ons terecht. De school begon in 2011 als "
        "afdeling van een ASG-school voor vmbo en is sinds 2019 een zelfstandige vestiging met een eigen "
        "directie. Het hoofdgebouw staat aan de Landdrostdreef in Almere Stad. Sinds februari 2023 hebben "
        "we daarnaast Paviljoen Noord in Almere Buiten, een tijdelijke dependance die we openden toen "
        "in korte tijd meer dan honderd Oekraïense jongeren in Almere kwamen wonen.")
    _alinea(doc,
        "Het Trekpad is een openbare school: iedereen is welkom, ongeacht afkomst, geloof of "
        "verblijfsstatus.")
    _alinea(doc,
        "Leerlingen stromen het hele jaar door in en uit. Op een gewone maandag beginnen er gemiddeld drie "
        "nieuwe leerlingen en vertrekt er een naar een vervolgschool. Dat maakt onze school anders dan "
        "andere scholen: onze groepen zijn nooit af, en onze planning moet altijd ruimte houden voor wie "
        "morgen binnenkomt.")

    doc.add_heading("2.2 Kerngegevens", level=2)
    _tabel(doc, ["Gegeven", "2022-2023", "2023-2024", "2024-2025"], [
        ["Leerlingen op 1 oktober", "248", "231", "214"],
        ["Nieuwe leerlingen in de loop van het jaar", "196", "171", "158"],
        ["Aantal nationaliteiten", "31", "36", "34"],
        ["Gemiddelde verblijfsduur op de ISK (maanden)", "13", "15", "16"],
        ["Leerlingen die in een COA-opvang wonen", "22%", "27%", "31%"],
        ["Alleenstaande minderjarigen (voogdij Nidos)", "19", "24", "27"],
        ["Aantal groepen", "16", "15", "14"],
    ], breedtes=[7.5, 2.6, 2.6, 2.6])
    _alinea(doc,
        "De grootste herkomstgroepen in 2024-2025 waren Oekraïne (29 procent), Syrië (14 procent), Eritrea "
        "(9 procent), Turkije (8 procent), Polen (6 procent) en Afghanistan (5 procent). Ongeveer een op de "
        "acht leerlingen heeft in het land van herkomst minder dan vier jaar onderwijs gehad; een deel van "
        "hen kan bij aankomst nog niet lezen en schrijven in het Latijnse schrift.")

    doc.add_heading("2.3 Ons team in het kort", level=2)
    _alinea(doc,
        "Bij Het Trekpad werken 41 mensen (33,6 fte): 24 docenten, van wie 14 ook mentor zijn, vijf "
        "onderwijsassistenten die we taalcoach noemen, een zorgcoördinator (Ilse Brouwer), een "
        "orthopedagoog (Wessel Kortekaas, 0,6 fte), een trajectbegeleider en decaan (Samira El Idrissi), "
        "een NT2-coördinator (Sanne Hoekstra), twee teamleiders (Yusuf Demirtaş voor leerroute 1 en 2, "
        "Marloes Zijlstra voor leerroute 3, de alfaklas en Paviljoen Noord), een conciërge, twee "
        "administratief medewerkers en de directeur. Drie van onze taalcoaches zijn zelf als vluchteling "
        "naar Nederland gekomen; samen spreken zij Arabisch, Tigrinya, Oekraïens en Russisch.")

    # ------------------------------------------------------------ 3
    doc.add_heading("3. Terugkijken en vooruitkijken", level=1)
    doc.add_heading("3.1 Wat we de afgelopen periode hebben bereikt", level=2)
    _alinea(doc,
        "De vorige planperiode werd bepaald door de komst van jongeren uit Oekraïne vanaf maart 2022. Het "
        "leerlingenaantal steeg in een half jaar van 150 naar bijna 250. We hebben in die tijd Paviljoen "
        "Noord ingericht, elf nieuwe collega's aangenomen en niemand langer dan twaalf weken laten wachten. "
        "Daar zijn we trots op. Tegelijk ging er ook iets mis: in de drukte werd het intakeonderzoek vaak "
        "half gedaan, en leerlingen zaten soms maanden in een groep die niet bij hen paste.")
    _alinea(doc,
        "In maart 2023 bezocht de inspectie onze school in het kader van het vierjaarlijks onderzoek bij de "
        "ASG. Alle onderzochte standaarden waren voldoende; het didactisch handelen (OP3) werd als goed "
        "beoordeeld. De inspectie gaf ons twee opdrachten mee: maak de intake sneller en vollediger, en "
        "houd beter bij hoe het onze oud-leerlingen op hun vervolgschool vergaat. Beide punten komen in "
        "dit plan terug.")

    doc.add_heading("3.2 Wat er op ons afkomt", level=2)
    _opsomming(doc, [
        ("Onvoorspelbare instroom. ", "Het aantal nieuwkomers hangt af van oorlog, beleid en woningbouw. "
         "In Almere opent in 2026 een nieuwe opvanglocatie van het COA. We moeten kunnen groeien en "
         "krimpen zonder dat de kwaliteit wegzakt."),
        ("Wachttijden. ", "In 2024-2025 wachtte een jongere gemiddeld negen weken tussen aanmelding bij "
         "de gemeente en de eerste schooldag. Dat is te lang: elke week thuis zitten is een verloren "
         "week."),
        ("Tekort aan NT2-docenten. ", "Bevoegde docenten Nederlands als tweede taal zijn in de regio "
         "nauwelijks te vinden. Zes van onze docenten zijn (nog) niet bevoegd."),
        ("Zwaardere zorgvragen. ", "Meer leerlingen komen uit oorlogsgebied of hebben een lange vlucht "
         "achter de rug. Bij de screening in 2024-2025 had een op de vijf leerlingen signalen van "
         "ernstige stress."),
        ("Hogere eisen bij doorstroom. ", "Vervolgscholen verwachten dat onze leerlingen bij "
         "overstap het Nederlands op minimaal A2-niveau beheersen, ook voor de vakken."),
    ])
    _alinea(doc,
        "Uit deze analyse kiezen wij voor vier speerpunten voor 2025-2029: sneller en beter starten, taal "
        "in elk vak, hoog waar het kan, en een sterk en gezond team. Elk speerpunt komt terug in de "
        "hoofdstukken hierna en in de doelentabel in hoofdstuk 13.")

    # ------------------------------------------------------------ 4
    doc.add_heading("4. Aankomen", level=1)
    _alinea(doc,
        "De eerste dagen op een nieuwe school zijn voor iedere jongere spannend. Voor onze leerlingen komt "
        "daar bij dat ze de taal niet spreken, de regels niet kennen en vaak net een verhuizing of een "
        "vlucht achter de rug hebben. Op onze school is iedereen waardevol en wordt iedereen gezien. "
        "Hieronder staat wat we concreet doen in de eerste zes weken.")
    doc.add_heading("4.1 De eerste schooldag", level=2)
    _opsomming(doc, [
        "De leerling en zijn ouder, voogd of begeleider worden bij de ingang opgewacht door een taalcoach "
        "die, als het kan, dezelfde taal spreekt. In de hal hangt ons welkomstbord met het woord "
        "'welkom' in 43 talen; iedere leerling met een nieuwe taal schrijft die er zelf bij.",
        "Het welkomstgesprek voeren we altijd met een tolk, live of via de telefoon. We vragen naar de "
        "schoolloopbaan, de talen die de leerling spreekt, wat hij of zij goed kan en wat hij of zij "
        "spannend vindt.",
        "Iedere nieuwe leerling krijgt voor zes weken een taalmaatje: een leerling die al langer op school "
        "zit en bij voorkeur dezelfde taal spreekt. Het taalmaatje loopt mee naar de lessen, de kantine en "
        "de gymzaal. In 2024-2025 hadden 126 van de 158 nieuwe leerlingen een taalmaatje.",
        "De leerling krijgt een welkomstpakket: schoolspullen, een Chromebook in bruikleen, een plattegrond "
        "van het gebouw met pictogrammen, een kaart van Almere met de busroute en een kaartje met het "
        "telefoonnummer van de mentor.",
    ])
    doc.add_heading("4.2 Het startprofiel", level=2)
    _alinea(doc,
        "In de eerste zes weken brengen we in kaart wat de leerling kan en nodig heeft. Dat doen we in een "
        "aparte startgroep, zodat de leerling kan wennen voordat hij in een vaste groep komt. Het "
        "startprofiel bestaat uit:")
    _opsomming(doc, [
        "de schoolgeschiedenis en eventuele rapporten uit het land van herkomst, vertaald met hulp van een "
        "taalcoach;",
        "een niet-talige leerbaarheidstest, afgenomen door de orthopedagoog;",
        "een rekentoets en een leestoets in de eigen taal, voor zover we die hebben (nu in elf talen);",
        "een nulmeting Nederlands en, waar nodig, een beoordeling van de alfabetisering;",
        "een korte screening op stress en welbevinden, afgenomen door de orthopedagoog met een "
        "vragenlijst die in veertien talen beschikbaar is;",
        "een gezondheidsonderzoek door de jeugdgezondheidszorg van GGD Flevoland, binnen acht weken.",
    ])
    _alinea(doc,
        "Op basis van het startprofiel kiezen we met de leerling en de ouders een leerroute (zie hoofdstuk "
        "5) en een voorlopig uitstroomperspectief. In 2024-2025 was het startprofiel bij 70 procent van de "
        "leerlingen binnen zes weken compleet. Ons doel is 100 procent vanaf schooljaar 2026-2027. "
        "Daarvoor zetten we vanaf augustus 2025 de orthopedagoog twee dagen per week vast in de startgroep "
        "in en plannen we de GGD-onderzoeken op een vaste dag per week.")
    _alinea(doc,
        "Na het startprofiel houden we zicht op iedere leerling via de zesweekse groepsbespreking, waarin "
        "mentor, NT2-docent, taalcoach en zorgcoördinator per leerling de taalgroei, de aanwezigheid en "
        "het welbevinden bespreken. Afspraken worden vastgelegd in Magister.")

    # ------------------------------------------------------------ 5
    doc.add_heading("5. Taal als vervoermiddel: ons onderwijs", level=1)
    doc.add_heading("5.1 Drie leerroutes en een alfaklas", level=2)
    _alinea(doc,
        "We werken met de drie leerroutes die landelijk in het nieuwkomersonderwijs worden gebruikt. De "
        "leerroute bepaalt het tempo en het eindniveau, niet de inhoud van de lessen.")
    _opsomming(doc, [
        ("Leerroute 1 ", "voor leerlingen met een sterke schoolachtergrond en een uitstroomperspectief "
         "havo of vwo; doel: Nederlands op B1-niveau binnen twaalf tot achttien maanden."),
        ("Leerroute 2 ", "voor leerlingen met uitstroomperspectief vmbo; doel: A2 tot B1 binnen achttien "
         "tot vierentwintig maanden."),
        ("Leerroute 3 ", "voor leerlingen met weinig of onderbroken onderwijs; uitstroom naar "
         "praktijkonderwijs, vmbo-basis of de entreeopleiding."),
        ("Alfaklas ", "voor leerlingen die nog niet of nauwelijks kunnen lezen en schrijven in het "
         "Latijnse schrift. Na gemiddeld zes maanden stromen zij door naar leerroute 2 of 3."),
    ])
    _alinea(doc,
        "Een groep telt maximaal zestien leerlingen. Leerlingen kunnen tussentijds van leerroute "
        "wisselen; dat besluiten we in de groepsbespreking.")

    doc.add_heading("5.2 Lessentabel", level=2)
    _tabel(doc, ["Vak (uren per week)", "Route 1", "Route 2", "Route 3 en alfa"], [
        ["Nederlands als tweede taal", "10", "12", "14"],
        ["Rekenen en wiskunde", "4", "4", "3"],
        ["Engels", "3", "2", "1"],
        ["Mens en maatschappij", "2", "2", "2"],
        ["Mens en natuur, techniek", "2", "2", "2"],
        ["Lichamelijke opvoeding", "2", "2", "2"],
        ["Kunst en cultuur", "1", "1", "2"],
        ["Mentoruur en burgerschap", "2", "2", "2"],
        ["Loopbaanoriëntatie", "1", "1", "2"],
        ["Totaal", "27", "28", "30"],
    ], breedtes=[7.0, 2.5, 2.5, 3.2])
    _alinea(doc,
        "De ISK is een vorm van eerste opvang. We werken aan de kerndoelen van de onderbouw van het "
        "voortgezet onderwijs voor zover de taalbeheersing dat toelaat, en we richten ons bij Nederlands "
        "op het Europees Referentiekader (ERK) en de referentieniveaus 1F en 2F. Voor NT2 werken we met "
        "Taalklas.nl in leerroute 1 en 2 en met een eigen alfabetiseringsprogramma in de alfaklas. Voor "
        "rekenen gebruiken we een methode met veel beeld en weinig tekst, aangevuld met uitlegvideo's.")

    doc.add_heading("5.3 Taal in elk vak", level=2)
    _alinea(doc,
        "Een leerling leert niet alleen Nederlands in de NT2-les. Iedere les is een taalles. Daarom werken "
        "alle vakdocenten met de Trekpad-lesopbouw: het lesdoel staat op het bord met een plaatje, de vijf "
        "belangrijkste woorden hangen op de woordmuur, er is in elke les een moment waarop leerlingen in "
        "tweetallen praten, de docent controleert of de uitleg begrepen is, en de les sluit af met één "
        "zin die de leerling zelf opschrijft. De teamleiders gebruiken deze vijf punten ook bij hun "
        "lesbezoeken (zie hoofdstuk 10).")

    doc.add_heading("5.4 Lessen over hun eigen wereld", level=2)
    _alinea(doc,
        "Leerlingen leren een taal sneller als het over iets gaat wat ertoe doet. Het mentoruur, de NT2-"
        "lessen en mens en maatschappij werken daarom samen in zes thema's van zes weken, zoals 'Mijn "
        "buurt', 'Sport in Almere', 'Geld en je telefoon', 'Gezond leven' en 'Het werk van je dromen'. "
        "Vanaf 2025-2026 kiest de leerlingenraad elk jaar twee van de zes thema's zelf. In de mediatheek "
        "staat een plein met makkelijk-lezenboeken en boeken in zeventien talen, dat we samen met de "
        "Nieuwe Bibliotheek Almere bijhouden.")

    doc.add_heading("5.5 Een leerplan voor later", level=2)
    _alinea(doc,
        "Onze leerlingen moeten straks meekomen op scholen waar digitaal werken vanzelfsprekend is, en in "
        "een arbeidsmarkt die snel verandert. In 2025-2026 en 2026-2027 herschrijft een werkgroep onder "
        "leiding van Sanne Hoekstra onze leerlijnen tot de Trekpad-leerlijnen 2027. Nieuw daarin zijn een "
        "leerlijn digitale geletterdheid (werken met een Chromebook, veilig online, omgaan met "
        "vertaalapps en AI-tools) en een doorlopende leerlijn loopbaanoriëntatie vanaf de eerste maand: "
        "leerlingen praten over beroepen uit hun eigen land, lopen proefdagen mee op een vervolgschool en "
        "bezoeken in leerroute 2 en 3 minstens twee keer per jaar het MBO College Almere. De nieuwe "
        "leerlijnen zijn ingevoerd per 1 augustus 2027.")

    doc.add_heading("5.6 Thuistaal als tussentaal", level=2)
    _alinea(doc,
        "Twee docenten zagen op een landelijke netwerkdag voor nieuwkomersonderwijs hoe andere scholen de "
        "thuistaal van leerlingen gebruiken om het Nederlands sneller te leren. Dat heet ook wel "
        "translanguaging. Leerlingen mogen in hun eigen taal aantekeningen maken, ze bespreken lastige "
        "begrippen eerst in taalgroepjes en ze krijgen uitlegvideo's in het Arabisch, Oekraïens en "
        "Tigrinya die onze taalcoaches zelf maken. Wij zijn benieuwd of dit werkt voor onze leerlingen, "
        "en we willen het zeker weten voordat we het overal invoeren.")
    _alinea(doc,
        "Daarom starten we in 2025-2026 een pilot in vier groepen, met begeleiding van het lectoraat "
        "meertaligheid van Hogeschool Windesheim in Almere. We vergelijken de taalgroei in de "
        "pilotgroepen met die in vier vergelijkbare groepen. In juni 2027 beslist het team op basis van "
        "de uitkomsten of we de aanpak vanaf 2027-2028 schoolbreed invoeren. Wij blijven nieuwsgierig naar "
        "nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.")

    # ------------------------------------------------------------ 6
    doc.add_heading("6. Veilig landen", level=1)
    _alinea(doc,
        "Wie niet veilig is, leert niet. Veel van onze leerlingen hebben dingen meegemaakt die een "
        "volwassene al zwaar zouden vallen. Veiligheid gaat bij ons daarom verder dan een pestprotocol.")
    doc.add_heading("6.1 Rust en voorspelbaarheid", level=2)
    _opsomming(doc, [
        "Alle groepen werken met dezelfde dagstructuur, die met pictogrammen in elk lokaal hangt. "
        "Roosterwijzigingen kondigen we een dag van tevoren aan.",
        "Alle docenten en taalcoaches hebben de training traumasensitief lesgeven gevolgd; nieuwe "
        "collega's volgen die in hun eerste jaar.",
        "Er is een rustruimte waar een leerling onder begeleiding van een taalcoach even kan bijkomen.",
        "Leerlingen met ernstige klachten verwijzen we, na overleg met ouders of voogd, naar de "
        "interculturele jeugd-ggz. Van 2023 tot 2025 was dat bij gemiddeld 14 leerlingen per jaar nodig.",
    ])
    doc.add_heading("6.2 Sociale veiligheid", level=2)
    _alinea(doc,
        "We meten de veiligheid twee keer per jaar met een korte vragenlijst in eenvoudig Nederlands met "
        "pictogrammen, die de leerling ook in de eigen taal kan laten voorlezen. In 2024-2025 gaven "
        "leerlingen hun veiligheid op school gemiddeld een 7,6; 84 procent zei zich meestal of altijd "
        "veilig te voelen. Leerlingen voelen zich het minst veilig in de kantine en op het schoolplein "
        "in de grote pauze. Vanaf 2025-2026 hebben daarom altijd twee medewerkers pauzedienst en is er "
        "in de grote pauze een sport- en spelaanbod van de buurtsportcoach.")
    _alinea(doc,
        "Conflicten uit het land van herkomst komen soms mee de school in. Nieuws over oorlog of "
        "politiek bespreken mentoren in het mentoruur met vaste gespreksregels. Incidenten registreren we "
        "in Magister; de anti-pestcoördinator (Kees Roodbergen) bespreekt de registraties elk kwartaal "
        "met de directie. Leerlingen en ouders kunnen terecht bij de vertrouwenspersoon en we werken met "
        "de meldcode huiselijk geweld en kindermishandeling. Het volledige veiligheidsplan staat op de "
        "website. Doel: in 2027-2028 geven leerlingen hun veiligheid gemiddeld minimaal een 8,0.")

    # ------------------------------------------------------------ 7
    doc.add_heading("7. Samen leven in Nederland", level=1)
    _alinea(doc,
        "Onze leerlingen moeten niet alleen de taal leren, maar ook hoe de Nederlandse samenleving werkt: "
        "wie de regels maakt, welke rechten en plichten iedereen heeft, en hoe je meedoet. Voor veel "
        "leerlingen is dat nieuw; sommigen komen uit een land waar kritiek op de regering gevaarlijk is. "
        "Burgerschap is bij ons daarom een vast onderdeel van het mentoruur, met een eigen leerlijn in "
        "drie delen.")
    _opsomming(doc, [
        ("Democratie in het klein. ", "Elk half jaar kiezen leerlingen met stembiljetten een "
         "leerlingenraad van acht leden, uit iedere leerroute minstens één. De raad praat zes keer per "
         "jaar met de directeur en mag elk jaar een eigen voorstel uitvoeren. In 2024-2025 was dat een "
         "stilteruimte voor iedereen die even tot rust wil komen, die er sinds maart 2025 is."),
        ("Rechten en regels. ", "In leerroute 1 en 2 behandelen we de Grondwet (met artikel 1 als "
         "startpunt), de rechtsstaat, gelijkheid van mannen en vrouwen en seksuele diversiteit. Alle "
         "groepen bezoeken één keer per jaar het stadhuis van Almere; leerroute 1 bezoekt ook een "
         "openbare zitting bij de rechtbank in Lelystad."),
        ("Meedoen in de wijk. ", "Leerlingen van leerroute 2 en 3 doen in hun tweede half jaar mee aan "
         "Klus in de wijk: acht middagen vrijwilligerswerk bij de voedselbank, een buurthuis of de "
         "kinderboerderij, georganiseerd samen met welzijnsorganisatie De Schoor."),
    ])
    _alinea(doc,
        "Mentoren houden per leerling bij welke onderdelen zijn afgerond. Bij de overdracht naar de "
        "vervolgschool geven we dat overzicht mee, zodat de nieuwe school weet wat de leerling al "
        "gehad heeft.")

    # ------------------------------------------------------------ 8
    doc.add_heading("8. Extra steun onderweg", level=1)
    doc.add_heading("8.1 Basisondersteuning en extra ondersteuning", level=2)
    _alinea(doc,
        "Alle leerlingen krijgen basisondersteuning: kleine groepen, een mentor die de leerling twee keer "
        "per maand persoonlijk spreekt, een taalcoach in de eigen taal waar dat kan, en de zesweekse "
        "groepsbespreking. Als dat niet genoeg is, zetten we extra ondersteuning in:")
    _opsomming(doc, [
        "begeleiding door de orthopedagoog, bijvoorbeeld bij leerproblemen of traumaklachten;",
        "het wekelijkse spreekuur van de schoolmaatschappelijk werker van De Schoor, voor vragen over "
        "geld, huisvesting of gezin;",
        "een individueel taalprogramma voor leerlingen die na een jaar minder dan één ERK-niveau zijn "
        "gegroeid;",
        "een arrangement van het Samenwerkingsverband Passend Onderwijs VO Almere, bijvoorbeeld extra "
        "begeleiding in de klas of een tijdelijke plek in een rebound-voorziening.",
    ])
    _alinea(doc,
        "Er zijn ook grenzen. Leerlingen die door ernstige gedragsproblemen of een zware lichamelijke of "
        "verstandelijke beperking voortdurend één-op-één begeleiding nodig hebben, kunnen we in onze "
        "groepen niet goed helpen. Voor hen zoeken we samen met het samenwerkingsverband een plek in het "
        "voortgezet speciaal onderwijs, waar wij dan NT2-ondersteuning bij leveren. Ons "
        "schoolondersteuningsprofiel (vastgesteld in 2024) beschrijft precies welke ondersteuning wij wel "
        "en niet kunnen bieden; in 2026 actualiseren we het na de evaluatie van het startprofiel.")

    doc.add_heading("8.2 Geen jongere langer thuis", level=2)
    _alinea(doc,
        "Het Trekpad is in Almere de enige voorziening voor nieuwkomers in het voortgezet onderwijs. "
        "Iedere jongere die hier komt wonen en nog geen Nederlands spreekt, moet dus bij ons terecht "
        "kunnen. Daarvoor is er elke twee weken een plaatsingsoverleg met leerplicht van de gemeente "
        "Almere, het COA en het samenwerkingsverband, waarin we alle aanmeldingen en de wachtlijst "
        "doornemen. Om de wachttijd terug te brengen van negen naar maximaal vier weken, openen we in "
        "augustus 2026 een flexibele startgroep die in de loop van het jaar kan meegroeien. Leerlingen "
        "beginnen daar direct na aanmelding, ook als er in de vaste groepen nog geen plek is.")

    # ------------------------------------------------------------ 9
    doc.add_heading("9. Verder op het pad: doorstroom", level=1)
    doc.add_heading("9.1 Waar onze leerlingen naartoe gaan", level=2)
    _tabel(doc, ["Vervolgbestemming 2023-2024", "Aantal", "Percentage"], [
        ["havo of vwo", "21", "16%"],
        ["vmbo gemengde/theoretische of kaderberoepsgerichte leerweg", "46", "35%"],
        ["vmbo basisberoepsgerichte leerweg", "17", "13%"],
        ["praktijkonderwijs", "11", "8%"],
        ["mbo entree of niveau 2 (16- en 17-jarigen)", "24", "18%"],
        ["verhuisd, teruggekeerd of onbekend", "13", "10%"],
        ["Totaal", "132", "100%"],
    ], breedtes=[10.0, 2.2, 2.5])
    _alinea(doc,
        "Van de leerlingen die naar het voortgezet onderwijs gingen, ging 61 procent naar een school van "
        "de ASG. De ASG heeft in Almere scholen voor havo en vwo, voor vmbo, voor praktijkonderwijs en "
        "voor tweetalig onderwijs; daardoor kunnen we voor bijna iedere leerling binnen de eigen "
        "scholengroep een passende vervolgplek vinden. Met de ASG-scholen maakten we in 2024 de "
        "afspraak dat een leerling van Het Trekpad met een positief advies altijd een plek krijgt, ook "
        "midden in het schooljaar.")
    doc.add_heading("9.2 Hoog waar het kan", level=2)
    _alinea(doc,
        "Het niveau van het Nederlands zegt weinig over wat een leerling kan. Een leerling die in Syrië in "
        "de vierde klas van het gymnasium zat, spreekt na een jaar misschien pas A2, maar hoort wel op "
        "havo of vwo thuis. Ons advies baseren we daarom op de leerbaarheid, de schoolgeschiedenis en het "
        "tempo van de taalgroei, en niet alleen op het huidige taalniveau. Bij twijfel geven we het hogere "
        "advies, met een afspraak over extra taalondersteuning op de vervolgschool. We willen het aandeel "
        "leerlingen dat naar havo of vwo doorstroomt verhogen van 16 naar 20 procent in 2028-2029, zonder "
        "dat er meer leerlingen afstromen.")
    doc.add_heading("9.3 Warme overdracht", level=2)
    _alinea(doc,
        "De trajectbegeleider brengt iedere leerling persoonlijk naar de vervolgschool en voert daar een "
        "overdrachtsgesprek met de nieuwe mentor. Na drie en na twaalf maanden belt zij de mentor om te "
        "horen hoe het gaat. Van het cohort 2022-2023 zat na één jaar 78 procent nog op het niveau waarop "
        "de leerling was geplaatst. Ons doel is 85 procent voor het cohort dat in 2027-2028 uitstroomt.")
    doc.add_heading("9.4 Ons vak delen met andere scholen", level=2)
    _alinea(doc,
        "Op de vervolgscholen zitten veel docenten die voor het eerst een oud-nieuwkomer in de klas "
        "krijgen. Binnen de ASG zijn wij de school met de meeste kennis over nieuwkomers, en die kennis "
        "delen we. Sinds 2024 geven twee van onze docenten, Anouk Verbeek en Tarik Bouzid, de workshop "
        "'Nieuwkomers in je klas' op andere ASG-scholen, over taalgericht lesgeven en over wat een "
        "leerling met een vluchtverhaal nodig heeft. Mentoren van vervolgscholen kunnen daarnaast elke "
        "woensdagmiddag bellen met onze trajectbegeleider. In 2024-2025 kwam de workshop op drie "
        "scholen; vanaf 2026 willen we zes ASG-scholen per jaar bereiken. Onze docenten krijgen daar "
        "uren voor in hun taakbeleid.")

    # ------------------------------------------------------------ 10
    doc.add_heading("10. Ons team", level=1)
    doc.add_heading("10.1 Bekwaam in lesgeven aan nieuwkomers", level=2)
    _alinea(doc,
        "Lesgeven aan nieuwkomers vraagt meer dan een bevoegdheid in een vak. Alle docenten volgen "
        "daarom binnen twee jaar na hun start de cursus taalgericht vakonderwijs van de ASG Academie en de "
        "landelijke basiscursus NT2 voor ISK-docenten. In juli 2025 hadden 19 van de 24 docenten beide "
        "afgerond. Uiterlijk in juli 2027 zijn dat alle docenten die dan langer dan twee jaar bij ons "
        "werken. Taalcoaches volgen een eigen scholing over hun rol in de klas.")
    _alinea(doc,
        "De teamleiders leggen bij iedere docent twee keer per jaar een lesbezoek af met de kijkwijzer "
        "van de Trekpad-lesopbouw (paragraaf 5.3). Wat zij zien, bespreken ze direct na de les en nemen "
        "ze mee in het jaargesprek.")
    _alinea(doc,
        "Op onze school heerst een collectieve leercultuur, gericht op voortdurend verbeteren en "
        "innoveren.")
    doc.add_heading("10.2 Iedereen bevoegd", level=2)
    _alinea(doc,
        "Zes docenten zijn nog niet bevoegd: drie zij-instromers, twee docenten met een buitenlands "
        "diploma dat nog in procedure is en één docent die de lerarenopleiding Nederlands in deeltijd "
        "volgt. Drie van onze taalcoaches waren in hun land van herkomst leraar. Wij ondersteunen hen "
        "allemaal actief: iedere onbevoegde collega heeft een vaste coach binnen het team, krijgt 0,1 "
        "fte studietijd en de kosten van de opleiding worden vergoed. De taalcoaches met een "
        "lerarendiploma begeleiden we naar een traject voor statushouders voor de klas. Doel: alle "
        "onbevoegde docenten zijn uiterlijk 1 januari 2026 met een opleiding begonnen en zijn uiterlijk "
        "31 juli 2028 bevoegd.")
    doc.add_heading("10.3 Zware verhalen dragen", level=2)
    _alinea(doc,
        "Mentoren en taalcoaches horen veel verdriet. Dat vraagt iets van hen. Sinds 2024 krijgen alle "
        "mentoren en taalcoaches zes keer per jaar groepssupervisie van een externe supervisor. Na een "
        "ingrijpende gebeurtenis, zoals een leerling die wordt uitgezet of een overlijden in een gezin, "
        "spreekt de teamleider de betrokken collega's binnen 48 uur. We zetten een deel van ons budget in "
        "voor een extra taalcoach, zodat mentoren minder ondersteunende taken hebben.")
    doc.add_heading("10.4 Leren in netwerken", level=2)
    _alinea(doc,
        "Onze NT2-docenten nemen drie keer per jaar deel aan de netwerkdagen van LOWAN, de landelijke "
        "ondersteuningsorganisatie voor nieuwkomersonderwijs. De zorgcoördinator en de trajectbegeleider "
        "zitten in het regionale ISK-netwerk met de internationale schakelklassen in Lelystad en "
        "Hilversum, dat vier keer per jaar bijeenkomt.")

    # ------------------------------------------------------------ 11
    doc.add_heading("11. Weten wat werkt", level=1)
    _alinea(doc,
        "We werken met een vaste cyclus van plannen, uitvoeren, meten en bijstellen. Het schoolplan geeft "
        "de richting voor vier jaar; ieder jaar maken we een jaarplan (klaar op 1 oktober) met de "
        "doelen uit hoofdstuk 13 die dat jaar aan de beurt zijn. In juni evalueert het team het jaarplan "
        "en schrijft de directie het jaarverslag. Elk kwartaal rapporteert de directeur aan het College "
        "van Bestuur over de leerlingenaantallen, de wachttijd, de taalgroei en de doorstroom.")
    _tabel(doc, ["Wanneer", "Wat we meten of doen", "Wie"], [
        ["oktober, februari, juni", "NT2-toetsen per vaardigheid (ERK-subniveau)", "NT2-coördinator"],
        ["elke zes weken", "groepsbespreking per leerling", "mentor, zorgcoördinator"],
        ["november en april", "vragenlijst veiligheid en tevredenheid leerlingen", "teamleiders"],
        ["oktober tot april", "lesbezoeken met de kijkwijzer", "teamleiders"],
        ["maart (om het jaar)", "tevredenheid ouders en voogden, met tolk", "directie"],
        ["juni", "doorstroom en bestendiging na 3 en 12 maanden", "trajectbegeleider"],
        ["juni", "teamevaluatie jaarplan en bijstellen", "hele team"],
        ["elk kwartaal", "kwartaalrapportage aan het bestuur", "directeur"],
    ], breedtes=[3.6, 8.0, 4.0])
    _alinea(doc,
        "De belangrijkste maat voor ons onderwijs is de taalgroei. In 2024-2025 groeide 68 procent van de "
        "leerlingen per half jaar minstens één ERK-subniveau (bijvoorbeeld van A1 naar A1+). We willen "
        "dat in 2027-2028 75 procent zijn. Daarnaast blijven we voldoen aan het onderzoekskader van de "
        "inspectie; de basiskwaliteit is op orde en dat houden we zo.")

    # ------------------------------------------------------------ 12
    doc.add_heading("12. Samen met ouders en partners", level=1)
    doc.add_heading("12.1 Ouders en voogden", level=2)
    _alinea(doc,
        "Veel ouders van onze leerlingen kennen het Nederlandse schoolsysteem niet en spreken de taal "
        "nog niet. Een deel van onze leerlingen woont zonder ouders in Nederland; voor hen spreken we "
        "met de voogd van Nidos en de begeleider van de opvang. Wij willen dat ouders weten wat hun kind "
        "leert en hoe ze thuis kunnen helpen, ook als ze zelf geen Nederlands spreken. Dat doen we zo:")
    _opsomming(doc, [
        "Het startgesprek en de rapportgesprekken voeren we altijd met een tolk.",
        "In de eerste acht weken zoekt de mentor het gezin thuis of op de opvanglocatie op.",
        "Drie keer per jaar is er een ouderavond per taalgroep (Oekraïens, Arabisch, Tigrinya en "
        "Turks), waarin een taalcoach uitlegt hoe het Nederlandse onderwijs werkt en wat de volgende "
        "stap voor hun kind is.",
        "Ouders krijgen een set kaartjes 'Vraag het je kind' in hun eigen taal, met vragen die ze thuis "
        "kunnen stellen over de lessen.",
    ])
    _alinea(doc,
        "In 2024-2025 was bij 64 procent van de startgesprekken een ouder of voogd aanwezig. Ons doel is "
        "85 procent in 2026-2027. We gaan daarvoor de gesprekken ook 's avonds en op de opvanglocatie "
        "plannen.")
    doc.add_heading("12.2 Duidelijke informatie", level=2)
    _alinea(doc,
        "Berichten aan ouders sturen we via Magister en een WhatsApp-verzendlijst per taal. We schrijven "
        "in korte zinnen met pictogrammen en laten belangrijke berichten door een taalcoach controleren "
        "voordat ze vertaald worden verstuurd. Vier keer per jaar verschijnt de nieuwsbrief in eenvoudig "
        "Nederlands en in zes talen. Het schooladvies lichten we altijd mondeling toe, met tolk, zodat "
        "ouders weten waarom we een bepaalde school adviseren en wat ze kunnen doen als ze het er niet "
        "mee eens zijn. Wij gaan respectvol om met de mensen binnen en buiten onze school, en met een "
        "open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers.")
    doc.add_heading("12.3 Partners", level=2)
    _alinea(doc,
        "Zonder partners kunnen wij ons werk niet doen. De belangrijkste zijn:")
    _tabel(doc, ["Partner", "Wat we samen doen", "Hoe vaak"], [
        ["Gemeente Almere (leerplicht)", "aanmelding, wachtlijst, verzuim", "plaatsingsoverleg elke twee weken"],
        ["COA-locatie Almere", "plaatsing, verhuizingen, contact met bewoners", "plaatsingsoverleg elke twee weken"],
        ["Nidos", "afspraken met voogden van alleenstaande minderjarigen", "per leerling, minstens drie keer per jaar"],
        ["GGD Flevoland, jeugdgezondheidszorg", "gezondheidsonderzoek nieuwe leerlingen", "vaste dag per week"],
        ["De Schoor", "schoolmaatschappelijk werk, Klus in de wijk", "wekelijks spreekuur"],
        ["Samenwerkingsverband Passend Onderwijs VO Almere", "arrangementen, plaatsing in het vso", "zes keer per jaar"],
        ["Nieuwe Bibliotheek Almere", "boeken in eigen taal, taalcafé voor ouders", "maandelijks"],
        ["Buurtsportcoach Almere Stad", "sport in de pauze en na school", "vier middagen per week"],
        ["MBO College Almere", "proefdagen en entree voor 16- en 17-jarigen", "vier keer per jaar"],
        ["Hogeschool Windesheim, Almere", "pilot thuistaal, stageplaatsen lerarenopleiding", "doorlopend"],
        ["LOWAN", "netwerkdagen, kennis en toetsen", "drie keer per jaar"],
    ], breedtes=[5.0, 6.5, 4.2])
    _alinea(doc,
        "In de buurt rond de Landdrostdreef werken we samen met de winkels en het buurthuis: leerlingen "
        "van leerroute 3 lopen er hun snuffelstages en de buurtsportcoach gebruikt het veldje achter de "
        "school. Bij Paviljoen Noord zoeken we die contacten nog; dat is een opdracht voor 2025-2026.")
    doc.add_heading("12.4 Samen met de stad", level=2)
    _alinea(doc,
        "De wachttijd voor nieuwkomers is niet alleen ons probleem, maar een probleem van de hele stad. "
        "Sinds 2023 zit onze directeur daarom elke maand aan tafel in het bestuurlijk overleg "
        "nieuwkomers, met de gemeente Almere, het samenwerkingsverband en de andere schoolbesturen voor "
        "voortgezet onderwijs in Almere. Daar is afgesproken dat bij meer dan 230 leerlingen een "
        "tijdelijke extra groep opent in een gebouw van een ander bestuur. In 2026 besluiten gemeente en "
        "besturen samen of er een permanente tweede locatie komt; wij leveren daarvoor in het voorjaar "
        "van 2026 een voorstel aan.")
    _alinea(doc,
        "Landelijk zijn we aangesloten bij LOWAN en neemt de directeur deel aan het landelijk overleg "
        "van ISK-directeuren, waar onder meer de bekostiging van nieuwkomersonderwijs wordt besproken. In "
        "het voorjaar van 2027 presenteren we de uitkomsten van onze pilot thuistaal op de landelijke "
        "LOWAN-conferentie.")

    # ------------------------------------------------------------ 13
    doc.add_heading("13. Onze doelen 2025-2029", level=1)
    _alinea(doc,
        "In de tabel staan de doelen die we in deze planperiode willen halen. Waar een doel direct "
        "aansluit bij een venster uit de koers van de ASG, staat dat in de laatste kolom. De andere "
        "doelen komen voort uit onze eigen analyse. Elk jaar nemen we de doelen die aan de beurt zijn op "
        "in het jaarplan.")
    _tabel(doc, ["Nr", "Doel", "Nu → straks", "Wanneer", "Wie", "Venster"], [
        ["1", "Kortere wachttijd door een flexibele startgroep",
         "gemiddeld 9 weken → maximaal 4 weken", "2026-2027", "directeur", "1 Goed en toegankelijk onderwijs"],
        ["2", "Startprofiel op tijd compleet", "70% → 100% binnen zes weken", "2026-2027",
         "zorgcoördinator", ""],
        ["3", "Meer taalgroei", "68% → 75% groeit één ERK-subniveau per half jaar", "2027-2028",
         "NT2-coördinator", "1 Goed en toegankelijk onderwijs"],
        ["4", "Trekpad-leerlijnen 2027 met digitale geletterdheid en LOB", "ingevoerd", "1 augustus 2027",
         "werkgroep leerlijnen", ""],
        ["5", "Pilot thuistaal als tussentaal", "vier groepen, besluit over invoering", "juni 2027",
         "teamleider route 1 en 2", ""],
        ["6", "Hoog waar het kan", "16% → 20% uitstroom naar havo/vwo", "2028-2029", "trajectbegeleider", ""],
        ["7", "Bestendiging op de vervolgschool", "78% → 85% na één jaar op niveau", "cohort 2027-2028",
         "trajectbegeleider", "3 De meerwaarde van ASG"],
        ["8", "Workshop 'Nieuwkomers in je klas' op ASG-scholen", "3 → 6 scholen per jaar", "vanaf 2026",
         "A. Verbeek, T. Bouzid", "3 De meerwaarde van ASG"],
        ["9", "Alle docenten bevoegd", "6 onbevoegd → allen in opleiding (1-1-2026), bevoegd (31-7-2028)",
         "2028", "directeur", "2 Personeel in positie"],
        ["10", "Scholing taalgericht vakonderwijs en NT2", "19 van 24 → alle docenten", "juli 2027",
         "teamleiders", "2 Personeel in positie"],
        ["11", "Veiligheid volgens leerlingen", "7,6 → minimaal 8,0", "2027-2028", "anti-pestcoördinator", ""],
        ["12", "Ouders bij het startgesprek", "64% → 85%", "2026-2027", "mentoren", "4 Partnerschap"],
        ["13", "Voorstel tweede locatie aan gemeente en besturen", "voorstel ingediend", "voorjaar 2026",
         "directeur", "4 Partnerschap"],
    ], breedtes=[0.8, 4.4, 3.9, 2.2, 2.4, 2.9])
    doc.add_heading("13.1 Meerjarenplanning", level=2)
    _opsomming(doc, [
        ("2025-2026: ", "orthopedagoog vast in de startgroep; start pilot thuistaal; werkgroep "
         "leerlijnen begint; alle onbevoegde docenten in opleiding; extra pauzetoezicht."),
        ("2026-2027: ", "flexibele startgroep open; startprofiel bij alle leerlingen binnen zes weken; "
         "ouderavonden ook op de opvanglocatie; actualisering schoolondersteuningsprofiel."),
        ("2027-2028: ", "Trekpad-leerlijnen ingevoerd; bij een positieve evaluatie thuistaal "
         "schoolbreed; alle docenten geschoold; meting taalgroei en veiligheid tegen de doelen."),
        ("2028-2029: ", "alle docenten bevoegd; evaluatie van de doorstroom naar havo en vwo; "
         "voorbereiding van het schoolplan 2029-2033."),
    ], stijl="List Number")

    # ------------------------------------------------------------ 14
    doc.add_heading("14. Vaststelling", level=1)
    _alinea(doc,
        "De medezeggenschapsraad van ISK Het Trekpad (drie medewerkers, twee ouders en een leerling) "
        "heeft op 24 juni 2025 ingestemd met dit schoolplan. Het College van Bestuur van de Almeerse "
        "Scholen Groep heeft het schoolplan vastgesteld op 8 juli 2025. Het plan geldt van 1 augustus "
        "2025 tot en met 31 juli 2029.")
    _tabel(doc, ["Functie", "Naam", "Datum"], [
        ["Directeur ISK Het Trekpad", "Jorien Lammertsma", "24 juni 2025"],
        ["Voorzitter medezeggenschapsraad", "Bart Scheepmaker", "24 juni 2025"],
        ["Namens het College van Bestuur ASG", "", "8 juli 2025"],
    ], breedtes=[6.5, 5.0, 4.0])

    doc.save(path)
