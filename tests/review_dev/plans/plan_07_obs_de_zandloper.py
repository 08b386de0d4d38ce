"""Ontwikkelschoolplan 07: OBS De Zandloper (po, openbaar).

De planperiode staat alleen in de titel op het voorblad en in de voettekst; de MR is alleen
klankbord; de openbare identiteit wordt alleen genoemd; doelen in lopende tekst met
percentages; sterk op personeel en kwaliteit, zwak op de kernwaarden.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


# ---------------------------------------------------------------------------
# Teksten
# ---------------------------------------------------------------------------
SCHOOL = "OBS De Zandloper"

# De planperiode staat alleen in de titel op het voorblad en in de voettekst.
META = {
    "titel": "Schoolplan OBS De Zandloper",
    "auteur": "H. Postma, directeur",
    "datum": (2022, 6, 30, 12, 0, 0),
    "koptekst": "OBS De Zandloper",
    "voettekst": "Schoolplan 2022-2026",
}

BLOCKS = [
    ("cover", [
        ("space", 5),
        ("title", "Schoolplan 2022-2026"),
        ("subtitle", "OBS De Zandloper"),
        ("space", 2),
        ("big", "Elk kind de tijd die het nodig heeft"),
        ("line", "Openbare basisschool in Almere Haven"),
        ("line", "Almeerse Scholen Groep"),
    ]),
    ("toc", "Inhoud"),
    ("pb",),

    ("h1", "1. Inleiding"),
    ("p", "Dit schoolplan beschrijft hoe OBS De Zandloper in de komende planperiode werkt aan goed onderwijs voor alle kinderen. Het plan is bedoeld voor het team, voor ouders en voor het bestuur. Het geeft richting aan onze jaarplannen: elk jaar kiezen we uit dit plan de onderdelen waaraan we dat jaar werken, en in het jaarverslag kijken we terug."),
    ("p", "Het plan is geschreven door de directeur en de intern begeleider, met inbreng van het team tijdens twee studiedagen. We hebben eerst met het hele team teruggekeken: wat ging goed, waar lopen we tegenaan? Daarna heeft elke bouw zijn wensen voor de komende jaren op een rij gezet. De medezeggenschapsraad heeft als klankbord meegelezen met het concept. De opmerkingen van de MR over de paragraaf over ouders en over de werkdruk hebben we verwerkt."),
    ("p", "Het zwaartepunt van dit plan ligt bij twee onderwerpen: de kwaliteit van ons onderwijs en ons team. Daar liggen volgens ons de grootste kansen voor de kinderen. De doelen staan in de hoofdstukken zelf beschreven."),

    ("h1", "2. Onze school"),
    ("h2", "2.1 Schets van de school"),
    ("p", "OBS De Zandloper werd in 1979 geopend en is daarmee een van de oudste scholen van Almere. De school staat in het centrum van Almere Haven, op loopafstand van de haven en het winkelcentrum. Op de teldatum van oktober had de school 212 leerlingen in tien groepen, waarvan drie combinatiegroepen. De meeste kinderen wonen in de wijk; een kleine groep komt uit de nieuwbouw aan de rand van Haven."),
    ("p", "De naam van de school komt van de grote zandloper die de eerste directeur in de hal liet ophangen. Hij wilde ermee laten zien dat ieder kind zijn eigen tempo heeft. Die zandloper hangt er nog steeds, en ons motto is ervan afgeleid: elk kind de tijd die het nodig heeft."),
    ("h2", "2.2 Missie en kernwaarden"),
    ("p", "Wij willen dat kinderen onze school verlaten met een stevige basis in taal en rekenen, met zelfvertrouwen en met plezier in leren. Daarvoor hebben zij goede leerkrachten nodig, die hun vak beheersen en zich blijven ontwikkelen."),
    ("p", "Als school van ASG dragen wij de kernwaarden gezien worden, open, vooruitstrevend en ambitieus uit. Iedereen op De Zandloper is waardevol en wordt gezien. In onze communicatie zijn wij transparant en toegankelijk. Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. De Zandloper is een openbare basisschool."),

    ("h1", "3. Onderwijs en kwaliteit"),
    ("h2", "3.1 Ons aanbod"),
    ("p", "Ons onderwijsaanbod dekt de kerndoelen van het primair onderwijs. Voor de basisvakken werken we met methodes die we elke acht jaar herzien: Lijn 3 voor aanvankelijk lezen, Staal voor taal en spelling, Nieuwsbegrip voor begrijpend lezen, Pluspunt voor rekenen en Naut, Meander en Brandaan voor wereldoriëntatie. In groep 1 en 2 werken we met thema's uit Kleuterplein. Voor taal en rekenen volgen we de referentieniveaus: elk kind moet aan het eind van groep 8 ten minste het fundamentele niveau halen, en we willen dat zoveel mogelijk kinderen het streefniveau halen."),
    ("p", "Wij kijken elk jaar kritisch naar ons aanbod. Een werkgroep van vier leerkrachten, 'Aanbod van morgen', neemt per jaar één vakgebied onder de loep: dekken we de kerndoelen, sluit het aan op het voortgezet onderwijs en past wat we doen bij wat kinderen later nodig hebben? In de afgelopen twee jaar leidde dat tot een leerlijn digitale geletterdheid voor groep 3 tot en met 8, met programmeren (eerst met Bee-Bots, later met Scratch), informatievaardigheden en mediawijsheid, en tot een techniekcircuit dat elke groep drie keer per jaar doorloopt. Engels geven we vanaf groep 1."),
    ("p", "Ons doel is dat aan het eind van de planperiode alle groepen de leerlijn digitale geletterdheid volledig uitvoeren en dat 80 procent van de leerlingen in groep 8 de einddoelen van die leerlijn beheerst. De werkgroep neemt in de planperiode nog wetenschap en techniek en burgerschap onder de loep."),
    ("p", "Burgerschap en sociale vorming hebben een plek in ons aanbod; zie hiervoor de schoolgids."),
    ("h2", "3.2 Zicht op de ontwikkeling van kinderen"),
    ("p", "Goed onderwijs begint met weten waar een kind staat. Wij volgen de ontwikkeling van de kinderen met de toetsen van het leerlingvolgsysteem (in januari en juni), met de methodetoetsen en, bij de kleuters, met observaties in een kleutervolgsysteem. Drie keer per jaar is er een groepsbespreking tussen leerkracht en intern begeleider. We bekijken dan de resultaten van de groep en van individuele kinderen, maar ook de observaties van de leerkracht: hoe werkt een kind, waar loopt het vast, wat heeft het nodig om verder te komen? De afspraken komen in het groepsplan."),
    ("p", "In de teamkamer hangt een datamuur met de resultaten van alle groepen, zodat het hele team ziet waar het goed gaat en waar extra aandacht nodig is. Kinderen over wie we ons zorgen maken, bespreken we in een leerlingbespreking met de intern begeleider en, als dat nodig is, met een orthopedagoog."),
    ("h2", "3.3 Ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel staat welke ondersteuning wij kinderen kunnen bieden. Tot de basisondersteuning horen onder meer: instructie op drie niveaus in elke groep, het dyslexieprotocol, extra leesbegeleiding in groep 3 en 4, een verrijkingsgroep voor kinderen die meer aankunnen en een sociale vaardigheidstraining. Met de middelen die we van het samenwerkingsverband krijgen, werkt er twee dagen per week een remedial teacher op school."),
    ("p", "Onze grenzen liggen bij kinderen die langdurig één-op-één begeleiding nodig hebben, bij ernstige gedragsproblemen waardoor de veiligheid van andere kinderen in gevaar komt, en bij ernstige lichamelijke beperkingen: ons gebouw heeft geen lift en de verdieping is alleen via de trap bereikbaar. Het schoolondersteuningsprofiel staat op de website en wordt om de twee jaar bijgewerkt."),
    ("h2", "3.4 Veiligheid"),
    ("p", "Wij meten elk jaar in november hoe veilig de kinderen van groep 5 tot en met 8 zich voelen, met de vragenlijst van ons volgsysteem voor sociale veiligheid. Bij de laatste meting voelde 93 procent van de kinderen zich veilig. Een van de leerkrachten is anti-pestcoördinator; zij is het aanspreekpunt voor kinderen en ouders. We werken met een pestprotocol, dat aan het begin van elk schooljaar met de kinderen wordt doorgenomen. Incidenten leggen we vast in het leerlingvolgsysteem. Het veiligheidsplan met de meldcode en de ontruimingsprocedure ligt ter inzage bij de directeur."),
    ("h2", "3.5 Kwaliteitszorg"),
    ("p", "Wij werken met een vaste kwaliteitscyclus. Het schoolplan wordt elk jaar vertaald in een jaarplan; elk jaarplan sluit af met een evaluatie, die we opnemen in het jaarverslag. Twee keer per jaar, na de toetsperiode, analyseren we in een opbrengstenvergadering de resultaten per groep en per leerjaar. De directeur en de intern begeleider leggen bij iedere leerkracht minstens twee klassenbezoeken per jaar af met onze kijkwijzer, die we samen met het team hebben opgesteld. Elke twee jaar houden we een tevredenheidspeiling onder ouders, leerlingen en personeel. Eens per jaar doen we een zelfevaluatie aan de hand van het onderzoekskader van de inspectie, en eens in de vier jaar vragen we twee collega-directeuren van ASG om een interne audit. De uitkomsten bespreken we met het team en rapporteren we in de kwartaalrapportage aan het bestuur."),
    ("p", "Bij het laatste bezoek van de inspectie waren alle standaarden voldoende. De resultaten van de eindtoets lagen de laatste drie jaar boven de signaleringswaarden: 97 procent van de leerlingen haalde 1F lezen en 58 procent 2F; voor rekenen haalde 92 procent 1F en 39 procent 1S. Om de kwaliteit te bewaken en te verbeteren hebben we de volgende doelen gesteld. Aan het eind van de planperiode haalt 65 procent van onze leerlingen 2F lezen en 45 procent 1S rekenen. Bij klassenbezoeken voldoet dan 90 procent van de lessen aan onze kijkwijzer (nu 72 procent)."),
    ("p", "Kwaliteit maken we samen. Elke tweede dinsdag van de maand is er een leerlab: de bouwteams bespreken hun resultaten, bereiden samen een les voor, bekijken die les bij elkaar in de klas en stellen hun aanpak bij. Zo hebben we in de afgelopen jaren onze aanpak van begrijpend lezen en van de rekeninstructie verbeterd. Aan het eind van het schooljaar presenteren de bouwteams op een kennismarkt wat zij hebben uitgeprobeerd en wat het opleverde. Ons doel is dat elk bouwteam jaarlijks minstens één volledige cyclus van lesvoorbereiding, lesbezoek en evaluatie doorloopt, en dat in de personeelspeiling 85 procent van de leerkrachten aangeeft dat zij van collega's leren."),

    ("h1", "4. Personeel"),
    ("h2", "4.1 Ons team"),
    ("p", "Het team bestaat uit negentien medewerkers: de directeur, een intern begeleider, dertien leerkrachten, twee onderwijsassistenten, een conciërge en een administratief medewerker. Zes leerkrachten werken voltijd. De gemiddelde leeftijd is 44 jaar; vijf collega's zijn ouder dan 58 en drie collega's zijn in de afgelopen twee jaar als starter begonnen. Die verdeling vraagt aandacht voor de opvolging en voor de begeleiding van nieuwe collega's."),
    ("h2", "4.2 Gesprekken met medewerkers"),
    ("p", "Met elke medewerker voert de directeur jaarlijks drie gesprekken: een startgesprek in september, waarin de medewerker zijn of haar ontwikkelvraag vastlegt; een voortgangsgesprek in januari, na een klassenbezoek; en een eindgesprek in juni. Om het jaar is het eindgesprek een beoordelingsgesprek voor starters, en eens in de drie jaar voor ervaren collega's. De verslagen komen in het personeelsdossier. Ons doel is dat elk jaar 100 procent van de medewerkers alle drie gesprekken heeft gevoerd; de afgelopen jaren lag dat op ongeveer 80 procent, omdat gesprekken bij ziekte of drukte werden overgeslagen."),
    ("h2", "4.3 Leren en ontwikkelen"),
    ("p", "Wij kiezen bewust niet voor een verplicht nascholingsaanbod voor iedereen. Iedere medewerker formuleert zelf een ontwikkelvraag, vanuit wat hij of zij in de klas tegenkomt of graag beter wil kunnen. Een leerkracht die merkt dat de rekeninstructie bij de zwakke rekenaars niet aankomt, kiest bijvoorbeeld een cursus rekendidactiek; een andere collega wil zich verdiepen in het jonge kind. We merken dat collega's zo meer uit hun scholing halen en dat het leren niet stopt als de cursus voorbij is."),
    ("p", "Elke medewerker heeft een scholingsbudget van 500 euro per jaar en 40 uur voor professionalisering. Veel collega's kiezen voor het aanbod van de ASG Academie; anderen volgen een opleiding bij een hogeschool, bijvoorbeeld een master educational needs. De ontwikkelvraag en de gevolgde scholing komen terug in het eindgesprek en in het bekwaamheidsdossier. Ons doel is dat aan het eind van de planperiode elke leerkracht ten minste één scholingstraject heeft afgerond dat aansluit bij zijn of haar ontwikkelvraag, en dat drie collega's een specialisatie hebben (lezen, rekenen en het jonge kind)."),
    ("h2", "4.4 Netwerken"),
    ("p", "Onze leerkrachten leren ook buiten de school. De kleuterleerkrachten zijn lid van het netwerk Jonge Kind Almere Haven, waarin kleuterleerkrachten van vier scholen van verschillende besturen vier keer per jaar bij elkaar komen om materialen, observatie-instrumenten en ervaringen uit te wisselen. De intern begeleider neemt deel aan het netwerk van intern begeleiders van het samenwerkingsverband. Onze leeswerkgroep heeft twee keer per jaar een uitwisseling met de leeswerkgroepen van twee andere ASG-scholen in Haven: zij delen hun leesplannen, bezoeken elkaars leesonderwijs en hebben samen een aanpak voor technisch lezen in groep 4 ontwikkeld."),
    ("h2", "4.5 Bevoegdheid en opleiden"),
    ("p", "Twee collega's staan voor de klas als zij-instromer en een onderwijsassistent volgt de deeltijdpabo. Zij krijgen alle drie een coach uit het team, een halve dag per week studietijd en begeleiding bij hun praktijkopdrachten. De kosten van de opleiding worden vergoed. Onze intern begeleider en de coach bespreken elk kwartaal met hen de voortgang. Ons doel is dat beide zij-instromers binnen twee jaar hun bevoegdheid halen en dat de onderwijsassistent haar pabo afrondt voor het einde van de planperiode. Daarnaast zijn wij opleidingsschool: elk jaar lopen vier pabostudenten stage bij ons, van wie één als leraar in opleiding."),
    ("h2", "4.6 Mobiliteit"),
    ("p", "Wie na een aantal jaren in dezelfde groep of op dezelfde school toe is aan iets nieuws, kan dat aangeven in het eindgesprek. Binnen de school stimuleren we dat leerkrachten eens in de vier tot vijf jaar van bouw wisselen. Daarnaast kunnen collega's een meeloopdag doen op een andere ASG-school en reageren op interne vacatures. In de afgelopen jaren zijn twee collega's via interne mobiliteit naar een andere ASG-school gegaan, van wie één als intern begeleider, en kwamen er drie ervaren leerkrachten van andere ASG-scholen bij ons werken."),
    ("h2", "4.7 Vakmanschap zichtbaar maken"),
    ("p", "Wij willen dat de deskundigheid van collega's zichtbaar is en wordt benut. Collega's met een specialisatie krijgen daar taakuren voor en hebben een vaste plek op de agenda van de teamvergadering. Wie een opleiding afrondt, vertelt daarover in het team, en we vermelden het in de nieuwsbrief voor ouders. De directeur begint de nabespreking van een klassenbezoek altijd met wat er goed ging. Eens per jaar houden we een vakmanschapsmiddag, waarop collega's elkaar iets uit hun eigen praktijk laten zien. In de personeelspeiling willen we aan het eind van de planperiode dat 85 procent van de medewerkers aangeeft zich gewaardeerd te voelen (bij de laatste peiling 71 procent)."),
    ("h2", "4.8 Welbevinden en gezondheid"),
    ("p", "Het ziekteverzuim was de afgelopen jaren met 5,8 procent hoger dan we willen. We pakken dit op meerdere manieren aan. Met de werkdrukmiddelen hebben we twee onderwijsassistenten aangesteld, zodat leerkrachten meer tijd hebben voor voorbereiding. Elke medewerker kan jaarlijks een preventief gesprek met de bedrijfsarts aanvragen, en via ASG kunnen medewerkers met korting sporten. In het voortgangsgesprek is werkdruk een vast onderwerp."),
    ("p", "We houden rekening met de levensfase van collega's. Starters krijgen de eerste twee jaar een coach en minder taakuren. Collega's met jonge kinderen kunnen in overleg een vaste vrije dag kiezen. Oudere collega's kunnen hun seniorenuren inzetten zoals het hen het beste past, en met collega's die binnen enkele jaren met pensioen gaan, bespreken we hoe zij hun kennis kunnen overdragen. Ons doel is dat het verzuim aan het eind van de planperiode onder de 4 procent ligt en dat in de personeelspeiling 80 procent van de medewerkers de werkdruk als hanteerbaar ervaart."),

    ("h1", "5. Ouders en medezeggenschap"),
    ("h2", "5.1 Ouders"),
    ("p", "Ouders weten veel van hun kind, en wij willen die kennis gebruiken. Aan het begin van het jaar vullen ouders een kort formulier in over hun kind: wat gaat goed, waar maken zij zich zorgen over? Drie keer per jaar is er een gesprek over de ontwikkeling van het kind; vanaf groep 6 schuift het kind zelf aan. Per periode krijgen ouders een oefenkaart met wat de groep leert en hoe zij thuis kunnen helpen, bijvoorbeeld met de tafels of met het lezen. Ons doel is dat 90 procent van de ouders bij alle drie gesprekken aanwezig is."),
    ("h2", "5.2 Medezeggenschapsraad"),
    ("p", "De medezeggenschapsraad bestaat uit twee ouders en twee leerkrachten. De MR is voor de directie een belangrijk klankbord. Voorgenomen beleid, zoals de formatie, de besteding van de werkdrukmiddelen en de schooltijden, bespreken wij in een vroeg stadium met de MR, zodat de raad kan meedenken en ons scherp kan houden. Ook dit schoolplan is met de MR besproken."),
    ("h2", "5.3 Samenwerking"),
    ("p", "Wij werken samen met diverse partners in de wijk, zoals de kinderopvang en de bibliotheek."),

    ("h1", "6. Tot slot"),
    ("p", "Dit schoolplan is vastgesteld door de directeur en aangeboden aan het College van Bestuur van ASG. Elk jaar vertalen we het plan naar een jaarplan, en aan het eind van elk schooljaar bespreken we in het jaarverslag met het team en het bestuur wat er is bereikt."),
    ("table", ["Functie", "Naam", "Handtekening"], [
        ("Directeur OBS De Zandloper", "H. Postma", ""),
    ]),
]


# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------

def _set_language(doc, lang="nl-NL"):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")
    rpr.append(el)


def _fld_run(paragraph, kind, text=None):
    run = paragraph.add_run()
    if kind == "instr":
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = text
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    run._r.append(el)
    return run


def _add_field(paragraph, instr, placeholder):
    _fld_run(paragraph, "begin")
    _fld_run(paragraph, "instr", " %s " % instr)
    _fld_run(paragraph, "separate")
    paragraph.add_run(placeholder)
    _fld_run(paragraph, "end")


def _header_row(row, fill="D9E2F3"):
    tr_pr = row._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    tr_pr.append(hdr)
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def _table(doc, header, rows, font_size=9, widths=None):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        table.rows[0].cells[i].text = h
    _header_row(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for i, v in enumerate(values):
            cells[i].text = v
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(font_size)
    if widths:
        table.autofit = False
        for i, w in enumerate(widths):
            table.columns[i].width = Cm(w)
            for cell in table.columns[i].cells:
                cell.width = Cm(w)
    doc.add_paragraph()
    return table


def _toc(doc, title, blocks):
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    entries = [(b[0], b[1]) for b in blocks if b[0] in ("h1", "h2")]
    first = doc.add_paragraph()
    _fld_run(first, "begin")
    _fld_run(first, "instr", ' TOC \\o "1-2" \\h \\z \\u ')
    _fld_run(first, "separate")
    paras = [first]
    for i, (kind, text) in enumerate(entries):
        para = first if i == 0 else doc.add_paragraph()
        if i:
            paras.append(para)
        para.add_run(text)
        if kind == "h2":
            para.paragraph_format.left_indent = Cm(0.8)
        para.paragraph_format.space_after = Pt(2)
    _fld_run(paras[-1], "end")


def _cover(doc, lines):
    for kind, text in lines:
        if kind == "space":
            for _ in range(int(text)):
                doc.add_paragraph()
            continue
        if kind == "title":
            p = doc.add_paragraph(text, style="Title")
        elif kind == "subtitle":
            p = doc.add_paragraph(text, style="Subtitle")
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind == "big":
                r.font.size = Pt(14)
                r.bold = True
            elif kind == "small":
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _build(path, meta, blocks):
    doc = Document()
    _set_language(doc)
    normal = doc.styles["Normal"]
    normal.font.name = meta.get("font", "Calibri")
    normal.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime.datetime(*meta["datum"])
    cp.title = meta["titel"]
    cp.author = meta["auteur"]
    cp.last_modified_by = meta["auteur"]
    cp.language = "nl-NL"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    section = doc.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = meta["koptekst"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if meta.get("voettekst"):
        fp.add_run(meta["voettekst"] + "  |  ")
    fp.add_run("pagina ")
    _add_field(fp, "PAGE", "1")
    fp.add_run(" van ")
    _add_field(fp, "NUMPAGES", "1")
    for r in fp.runs:
        r.font.size = Pt(8)
    for block in blocks:
        kind = block[0]
        if kind == "cover":
            _cover(doc, block[1])
        elif kind == "toc":
            _toc(doc, block[1], blocks)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "ul":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            _table(doc, block[1], block[2], *block[3:])
        elif kind == "caption":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.italic = True
            r.font.size = Pt(9)
        else:
            raise ValueError(kind)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


def build(path: Path) -> None:
    _build(Path(path), META, BLOCKS)


def _word_count(path):
    d = Document(str(path))
    words = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        for tc in t._tbl.iter(qn("w:tc")):
            text = "".join(x.text or "" for x in tc.iter(qn("w:t")))
            words += len(text.split())
    return words


if __name__ == "__main__":
    out = Path("/tmp") / (Path(__file__).stem + ".docx")
    build(out)
    print(out, "woorden:", _word_count(out))
