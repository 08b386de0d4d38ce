#!/usr/bin/env python3
"""Schoolplan 2025-2029 van Openbare Daltonschool De Tureluur (Almere Poort).
Opbouw: koersmatrix (eigen vijf thema's naast kernwaarden en vensters van ASG Koers 22),
daarna een hoofdstuk per thema met een doelentabel. Schrijft een .docx met python-docx;
deterministisch."""

import datetime
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

DATUM = datetime.datetime(2025, 7, 2, 14, 0, 0)
SCHOOL = "Openbare Daltonschool De Tureluur"


def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Title", "Table Grid"):
        try:
            rpr = doc.styles[naam].element.get_or_add_rPr()
        except KeyError:
            continue
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _voettekst(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Schoolplan De Tureluur 2025-2029  |  ")
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(k)
        r.bold = True
    _kopregel_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    if breedtes:
        for row in t.rows:
            for i, b in enumerate(breedtes):
                row.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _alineas(doc, teksten):
    for tekst in teksten:
        doc.add_paragraph(tekst)


def _opsomming(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


DOELKOP = ["Wat willen we bereiken?", "Waaraan zien we het? (nu → 2029)", "Wanneer", "Wie"]
DOELBREEDTE = [5.0, 6.0, 2.6, 2.4]


def build(path):
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    _voettekst(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 De Tureluur"
    cp.author = "R. Kalsbeek"
    cp.last_modified_by = "Directie De Tureluur"
    cp.subject = ""
    cp.keywords = "schoolplan; dalton; openbaar"
    cp.created = datetime.datetime(2025, 3, 18, 8, 45, 0)
    cp.modified = DATUM
    cp.revision = 23

    # ---------------- Voorblad
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(SCHOOL)
    r.bold = True
    r.font.size = Pt(22)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Vrij en verbonden")
    r.italic = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schoolplan 1 augustus 2025 – 31 juli 2029").font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Homeruskwartier, Almere Poort  ·  brinnummer 30TM  ·  Almeerse Scholen Groep")
    doc.add_page_break()

    # ---------------- 1 Voorwoord
    doc.add_heading("1. Voorwoord", level=1)
    _alineas(doc, [
        "Dit is het schoolplan van De Tureluur voor de schooljaren 2025-2026 tot en met 2028-2029. We hebben "
        "het niet geschreven om een map te vullen. Het is ons kompas voor vier jaar: het beschrijft wat we "
        "willen bereiken en hoe we dat aanpakken, en het is de basis onder onze jaarplannen.",
        "Het plan is in een half jaar tot stand gekomen. In oktober 2024 keken we met het team terug op het "
        "vorige schoolplan en op de daltonvisitatie van 2022. In november en december hielden we gesprekken met "
        "leerlingen (de leerlingenraad en twee groepjes uit groep 6) en met ouders (twee avonden, samen 41 "
        "ouders). Op de studiedag van 27 januari 2025 legden we alles naast Koers 22 van de Almeerse Scholen "
        "Groep en kozen we vijf thema's. De medezeggenschapsraad dacht in vier werksessies mee over de thema's en "
        "heeft uiteindelijk met het plan ingestemd (zie hoofdstuk 10).",
        "We kozen bewust voor onze eigen thema's in plaats van de indeling van het bestuur. Het zijn woorden "
        "die ons team, onze kinderen en onze ouders herkennen. In hoofdstuk 3 staat in één tabel hoe de "
        "thema's aansluiten op de kernwaarden en vensters van Koers 22.",
        "Ruben Kalsbeek, directeur",
    ])

    # ---------------- 2 Profiel
    doc.add_heading("2. De Tureluur in 2025", level=1)
    _alineas(doc, [
        "De Tureluur is een openbare daltonschool in het Homeruskwartier in Almere Poort. De school opende in "
        "2012, toen de wijk nog grotendeels bouwterrein was, en is sindsdien gegroeid tot 412 leerlingen "
        "(1 oktober 2024) in zeventien groepen: vijf heterogene kleutergroepen en twaalf jaargroepen van 3 tot "
        "en met 8. In het gebouw zitten ook de peuteropvang en de bso van Partou.",
        "Het Homeruskwartier is een jonge wijk met veel gezinnen. De leerlingen zijn een afspiegeling van de "
        "wijk: kinderen van ouders die in Amsterdam werken, kinderen uit gezinnen die net in Nederland zijn, "
        "en alles daartussen. Ongeveer dertig procent van de kinderen groeit meertalig op. Samen hebben onze "
        "gezinnen wortels in ruim dertig landen. De schoolweging van het CBS is 30,4, rond het landelijk "
        "gemiddelde.",
        "Het team bestaat uit 34 medewerkers (26,8 fte): directeur, adjunct-directeur, twee intern "
        "begeleiders, een daltoncoördinator (0,4 fte naast een groep), 24 groepsleerkrachten, vakleerkrachten "
        "voor bewegingsonderwijs en muziek, drie onderwijsassistenten en een conciërge. Negentien van de 24 "
        "leerkrachten hebben het daltoncertificaat.",
        "De Tureluur heeft sinds 2016 de licentie van Dalton Nederland. Bij de visitatie van november 2022 is "
        "de licentie verlengd tot 2027. De visiteurs waren positief over de zelfstandigheid van de kinderen, "
        "maar vonden dat reflectie nog te weinig diepgang had. De inspectie bezocht ons in maart 2023 bij het "
        "vierjaarlijks onderzoek van ASG en oordeelde voldoende. Als verbeterpunt noemde zij de afstemming van "
        "de instructie op kinderen die meer aankunnen.",
        "Op de doorstroomtoets van 2025 haalde 95 procent van onze leerlingen referentieniveau 1F en 58 procent "
        "2F/1S. Daarmee zitten we ruim boven de signaleringswaarden van de inspectie, maar rond het gemiddelde "
        "van scholen met een vergelijkbare schoolweging. Daar willen we boven uitkomen.",
    ])
    doc.add_heading("Wat vraagt dat van ons?", level=2)
    _alineas(doc, [
        "Uit de gesprekken met team, ouders en kinderen en uit de cijfers halen we een paar lessen voor de komende "
        "jaren. De wijk groeit niet meer zo hard: volgens de prognose van de gemeente blijft ons leerlingaantal "
        "tot 2029 rond de 400. We hoeven dus niet meer elk jaar lokalen en collega's bij te zoeken, en kunnen "
        "de energie steken in de kwaliteit van wat we doen. Tegelijk wisselen er elk jaar leerlingen: in "
        "2023-2024 kwamen er 38 kinderen tussentijds bij, van wie 11 nieuwkomers. Ons onderwijs moet dus "
        "ingericht zijn op kinderen die halverwege instromen.",
        "Ouders waarderen de zelfstandigheid die hun kind bij ons leert, maar vinden dat ze te weinig zien "
        "van wat hun kind leert. Kinderen zeggen dat ze het fijn vinden om zelf te plannen, maar dat ze weinig "
        "te kiezen hebben. En het team wil minder tijd kwijt zijn aan het maken van taken en meer aan het "
        "begeleiden van kinderen. Die lessen komen in de thema's terug.",
    ])

    # ---------------- 3 Koersmatrix
    doc.add_heading("3. Onze koers in één oogopslag", level=1)
    doc.add_paragraph(
        "Helen Parkhurst wilde dat kinderen leren zelf verantwoordelijkheid te nemen, binnen duidelijke grenzen: "
        "vrijheid in gebondenheid. Dat is nog steeds de kern van ons werk. Voor 2025-2029 hebben we die kern "
        "vertaald in vijf thema's. De koersmatrix laat zien bij welke kernwaarden en vensters van ASG Koers 22 "
        "elk thema hoort. De uitwerking volgt in de hoofdstukken 4 tot en met 8."
    )
    _tabel(
        doc,
        ["Thema", "Waar gaat het om?", "Kernwaarden Koers 22", "Vensters Koers 22"],
        [
            ["1. Zelf aan het roer", "Eigenaarschap, plannen en reflecteren; van taak naar leerdoel",
             "Ambitieus, Vooruitstrevend", "1 Goed en toegankelijk onderwijs"],
            ["2. Een stevige basis", "Lezen, taal en rekenen; zicht op ontwikkeling; ondersteuning",
             "Ambitieus, Gezien worden", "1 Goed en toegankelijk onderwijs"],
            ["3. Iedereen hoort erbij", "Openbaar karakter, burgerschap, sociale veiligheid",
             "Open, Gezien worden", "1 Goed en toegankelijk onderwijs, 4 Partnerschap"],
            ["4. Samen met thuis en de wijk", "Ouders, medezeggenschap, partners in Almere Poort",
             "Open, Gezien worden", "4 Partnerschap"],
            ["5. Een team dat blijft leren", "Daltonvakmanschap, leerteams, opleiden, welbevinden",
             "Vooruitstrevend, Ambitieus", "2 Personeel in positie, 3 De meerwaarde van ASG"],
        ],
        [3.4, 5.6, 3.6, 3.8],
    )

    # ---------------- 4 Thema 1
    doc.add_heading("4. Thema 1: Zelf aan het roer", level=1)
    _alineas(doc, [
        "Kinderen op De Tureluur leren plannen vanaf hun eerste schooldag. In de kleutergroepen werken ze met "
        "het planbord, in groep 3 met een dagtaak, in groep 4 met een taak voor twee dagen en vanaf groep 5 met "
        "een weektaak. Die lijn staat. Wat we ook zien: de stap naar de weektaak in groep 5 is voor een deel van "
        "de kinderen te groot, en in de bovenbouw is de weektaak voor veel kinderen een lijstje geworden dat ze "
        "afvinken. Ze weten wél welke bladzijden klaar zijn, maar niet altijd wat ze geleerd hebben. De "
        "visiteurs van Dalton Nederland zagen hetzelfde.",
        "Daarom willen we in deze planperiode van taak naar leerdoel. Vanaf 2026-2027 staan op de weektaak in "
        "de groepen 6 tot en met 8 leerdoelen in plaats van bladzijden. Kinderen kiezen binnen grenzen zelf hoe "
        "ze een doel bereiken: met de methode, met Snappet, met een maatje of aan de instructietafel. Ze laten "
        "zien dat ze het doel beheersen met een korte check die de leerkracht aftekent. In 2025-2026 bereidt het "
        "leerteam 'plannen en reflecteren' dit voor: het zet de doelen voor rekenen en taal om in kindertaal en "
        "probeert het eerst uit in twee groepen. In groep 5 krijgen kinderen in het eerste half jaar een "
        "tussenvorm: een weektaak met twee vaste evaluatiemomenten met de leerkracht.",
        "Reflectie krijgt meer diepgang. Elke vrijdag sluiten alle groepen de week af met twintig minuten "
        "reflectie op de weektaak, met vaste vragen die per leerjaar moeilijker worden. Daarnaast heeft ieder "
        "kind vanaf groep 3 elke zes weken een kindgesprek van tien minuten met de eigen leerkracht: wat wil je "
        "leren, hoe gaat het, wat heb je van mij nodig? Zo wordt elk kind regelmatig echt gezien, ook het "
        "stille kind dat nooit om hulp vraagt. De leerkracht noteert de afspraken in ParnasSys. Vanaf groep 3 "
        "houden kinderen een daltonportfolio bij, waarin ze zelf werk kiezen waar ze trots op zijn. Dat "
        "portfolio presenteren ze in het driehoeksgesprek (hoofdstuk 7).",
        "We willen ook iets nieuws proberen. In 2026-2027 start in de groepen 7 en 8 een pilot met een "
        "leerplein voor de bovenbouw. De vier groepen delen dan twee lokalen en de centrale hal. De leerkrachten "
        "verdelen de instructie op niveau, en de kinderen werken zelfstandig op het plein aan hun leerdoelen. De "
        "pilot wordt in juni 2027 geëvalueerd met leerlingen, ouders en team. Daarna besluiten we of we "
        "doorgaan en of we het uitbreiden naar groep 5 en 6.",
        "Zelf aan het roer staan betekent niet alleen werken. Samenwerken is voor ons een even belangrijke "
        "daltonpijler. Elke groep heeft een maatjesrooster dat wekelijks wisselt, zodat kinderen met "
        "verschillende klasgenoten leren werken. Leerkrachten gebruiken dagelijks minstens één coöperatieve "
        "werkvorm. Kinderen uit groep 7 lezen twee keer per week als tutor met een kind uit groep 4. Daarmee "
        "oefent het jongere kind zijn leesvaardigheid en leert het oudere kind uitleggen en geduld hebben.",
    ])
    _tabel(doc, DOELKOP, [
        ["Leerdoelen in plaats van bladzijden op de weektaak in groep 6-8",
         "Nu: 0 groepen → 2026-2027: alle groepen 6-8", "aug. 2026", "leerteam plannen en reflecteren"],
        ["Kinderen ervaren keuzeruimte",
         "Stelling 'ik mag zelf kiezen hoe ik werk' in de leerlingpeiling: 64% positief (2024) → 80%",
         "peiling 2026 en 2028", "daltoncoördinator"],
        ["Elk kind heeft elke zes weken een kindgesprek",
         "Vastgelegd in ParnasSys bij ≥ 95% van de leerlingen groep 3-8", "vanaf 2025-2026",
         "groepsleerkrachten"],
        ["Pilot leerplein bovenbouw", "Pilot gestart en geëvalueerd; besluit over vervolg genomen",
         "start aug. 2026, evaluatie juni 2027", "directie"],
        ["Reflectie met diepgang", "Daltonvisitatie 2027 beoordeelt reflectie als sterk (2022: ontwikkelpunt)",
         "najaar 2027", "daltoncoördinator"],
    ], DOELBREEDTE)

    # ---------------- 5 Thema 2
    doc.add_heading("5. Thema 2: Een stevige basis", level=1)
    _alineas(doc, [
        "Vrijheid werkt alleen als kinderen de basis beheersen. Wij hebben hoge verwachtingen van onze "
        "leerlingen en van elkaar. Concreet betekent dat: in 2029 haalt minimaal 65 procent van onze "
        "leerlingen op de doorstroomtoets referentieniveau 2F/1S (2025: 58 procent), en minimaal 97 procent "
        "haalt 1F.",
    ])
    doc.add_heading("Ons onderwijsprogramma", level=2)
    _alineas(doc, [
        "Ons aanbod dekt de kerndoelen en is gericht op de referentieniveaus voor taal en rekenen. Voor "
        "aanvankelijk lezen gebruiken we Veilig leren lezen (kim-versie), voor rekenen Getal & Ruimte Junior, "
        "voor taal en spelling Taal actief en voor begrijpend lezen Blink Lezen. Rekenen en spelling oefenen de "
        "kinderen in groep 4 tot en met 8 ook in Snappet. Wereldoriëntatie geven we in groep 3 tot en met 8 met "
        "Faqta. Binnen elk thema bedenken de kinderen samen een onderzoeksvraag die bij hun eigen leefwereld "
        "past, en ze presenteren wat ze gevonden hebben aan een andere groep. Engels krijgen alle groepen vanaf "
        "groep 1 met Take it easy. Kunst- en cultuuronderwijs doen we samen met Kunstlinie Almere. Bewegings"
        "onderwijs krijgen alle groepen twee keer 45 minuten per week van een vakleerkracht. Digitale "
        "geletterdheid ontbreekt nog als vaste lijn. In 2026-2027 voeren we een leerlijn in voor groep 1 tot en "
        "met 8, met mediawijsheid, informatievaardigheden en programmeren, omdat kinderen daar in hun toekomst "
        "niet omheen kunnen. De ICT-coördinator stelt de lijn in 2025-2026 op.",
        "Lezen krijgt de komende vier jaar voorrang. Elke ochtend begint met twintig minuten vrij lezen, ook in "
        "groep 8. Sinds maart 2025 doen we mee aan de Bibliotheek op school van De Nieuwe Bibliotheek. Er is "
        "een leescoördinator die de schoolbibliotheek bijhoudt en elk jaar de leesmotivatie meet. In 2025-2026 "
        "maken we een doorgaande lijn voor woordenschat, omdat dertig procent van onze kinderen thuis een "
        "andere taal spreekt.",
        "Voor rekenen oefenen alle groepen 3 tot en met 8 elke dag tien minuten met automatiseren. De instructie "
        "geven we volgens ons daltoninstructiemodel: een korte klassikale instructie, verlengde instructie aan "
        "de instructietafel voor wie dat nodig heeft, en daarna zelfstandig werken. Op het verbeterpunt van de "
        "inspectie hebben we twee antwoorden. Ten eerste compacten we de methodestof voor kinderen die meer "
        "aankunnen, volgens vaste schoolafspraken. Ten tweede is er de plusklas De Uitkijk: één ochtend per week "
        "voor veertien kinderen uit groep 5 tot en met 8, geleid door onze specialist meer- en hoogbegaafdheid.",
    ])
    doc.add_heading("Zicht op ontwikkeling", level=2)
    _alineas(doc, [
        "In januari en juni nemen we de toetsen van Leerling in beeld (Cito) af in groep 3 tot en met 8. Na "
        "elke toetsronde analyseert de intern begeleider de resultaten met de leerkrachten, eerst op "
        "schoolniveau en daarna per groep. Drie keer per jaar (oktober, februari en juni) is er een "
        "groepsbespreking. Daarin bespreken leerkracht en intern begeleider niet alleen de toetsgegevens, maar "
        "ook de observaties en wat het kind zelf in de kindgesprekken heeft gezegd. In de kleutergroepen volgen "
        "we de ontwikkeling met KIJK!.",
    ])
    doc.add_heading("Ondersteuning", level=2)
    _alineas(doc, [
        "In ons schoolondersteuningsprofiel (SOP) staat wat wij kinderen kunnen bieden. We actualiseren het "
        "elk jaar in april en bespreken het dan met de MR. De basisondersteuning omvat onder meer het "
        "dyslexieprotocol, met Kurzweil vanaf groep 5 voor kinderen met een dyslexieverklaring, en begeleiding "
        "van gedrag met hulp van onze gedragsspecialist. Daarnaast bieden we extra ondersteuning op drie "
        "gebieden:",
    ])
    _opsomming(doc, [
        "Nieuwkomers: een taalklas op vier ochtenden per week voor maximaal acht kinderen die korter dan een jaar "
        "in Nederland zijn; 's middags zitten zij in hun eigen groep.",
        "Meer- en hoogbegaafdheid: compacten en verrijken in de groep en de plusklas De Uitkijk.",
        "Motoriek en spraak-taal: fysiotherapie en logopedie van praktijken die in ons gebouw behandelen.",
    ])
    doc.add_paragraph(
        "Onze grenzen liggen bij kinderen die de hele dag één-op-één begeleiding nodig hebben en bij kinderen "
        "die intensieve medische zorg vragen die wij niet veilig kunnen bieden. In die gevallen gaan we samen "
        "met ouders op zoek naar een beter passende plek."
    )
    _tabel(doc, DOELKOP, [
        ["Meer leerlingen halen 2F/1S", "Doorstroomtoets: 58% (2025) → ≥ 65%; 1F: 95% → ≥ 97%",
         "jaarlijks, eindmeting 2029", "directie en IB"],
        ["Kinderen lezen graag",
         "Leesmotivatie (dBos-monitor) groep 5-8: 61% leest graag (2025) → 75%", "jaarlijks in mei",
         "leescoördinator"],
        ["Doorgaande lijn woordenschat", "Leerlijn vastgesteld en in alle groepen in gebruik",
         "juni 2026", "leerteam lezen"],
        ["Passende instructie voor kinderen die meer aankunnen",
         "Compacten volgens schoolafspraak in alle groepen 3-8; zichtbaar bij ≥ 90% van de klassenbezoeken",
         "vanaf 2025-2026", "IB en specialist meerbegaafdheid"],
        ["Leerlijn digitale geletterdheid", "Leerlijn vastgesteld (juni 2026) en in alle groepen in gebruik",
         "aug. 2026", "ICT-coördinator"],
        ["Actueel SOP", "SOP elk jaar in april geactualiseerd en met de MR besproken", "jaarlijks", "IB"],
    ], DOELBREEDTE)

    # ---------------- 6 Thema 3
    doc.add_heading("6. Thema 3: Iedereen hoort erbij", level=1)
    doc.add_heading("Openbaar: wat het bij ons betekent", level=2)
    _alineas(doc, [
        "De Tureluur is een openbare school. Voor ons betekent dat drie dingen die je in de school terugziet.",
        "Ten eerste: iedereen is welkom, zonder voorwaarden. We stellen bij inschrijving geen eisen aan "
        "levensovertuiging of achtergrond. De vrijwillige ouderbijdrage (€ 45 per jaar) is echt vrijwillig: "
        "geen kind wordt uitgesloten van een schoolreis of feest omdat er niet is betaald.",
        "Ten tweede: we besteden actief aandacht aan de verschillende levensbeschouwingen in onze wijk, zonder "
        "er één voor te trekken. Elke groep staat in de loop van het jaar stil bij feesten uit minimaal vier "
        "tradities, bijvoorbeeld Kerst, het Suikerfeest, Divali, Chanoeka en Keti Koti. Ouders vertellen daar "
        "vaak zelf over in de klas. Ouders van kinderen in groep 5 tot en met 8 kunnen kiezen voor wekelijks "
        "humanistisch of godsdienstig vormingsonderwijs (HVO/GVO), verzorgd via het Dienstencentrum GVO en HVO. "
        "In 2024-2025 deden 46 kinderen mee aan HVO en 21 aan islamitisch GVO. De andere kinderen hebben op dat "
        "moment filosofieles bij hun eigen leerkracht.",
        "Ten derde: we leren kinderen dat je het met elkaar oneens kunt zijn en toch samen verder kunt. "
        "Medewerkers dragen in de klas geen eigen geloof of politieke voorkeur uit, maar laten wel zien dat "
        "iedere overtuiging er mag zijn. Elk jaar in november doen we mee aan de Week van het Openbaar "
        "Onderwijs. In die week houden we een ouderavond, De Tureluur-tafel, waar ouders met elkaar en met het "
        "team praten over wat openbaar onderwijs voor hen betekent. De opbrengst gebruiken we om onze afspraken "
        "bij te stellen.",
    ])
    doc.add_heading("Burgerschap", level=2)
    _alineas(doc, [
        "Burgerschap gaat bij ons om drie dingen: democratie, omgaan met verschillen en samenleven in de "
        "wijk. We werken schoolbreed met De Vreedzame School, met één les per week in elke groep. In groep 6 tot "
        "en met 8 worden elk jaar twaalf kinderen opgeleid tot mediator; zij helpen op het plein ruzies op te "
        "lossen. De leerlingenraad bestaat uit twee kinderen uit elke groep 5 tot en met 8, vergadert zes keer "
        "per jaar met de directeur en heeft een eigen budget van € 500 per jaar. In 2024-2025 koos de raad "
        "nieuwe spelmaterialen voor het plein en organiseerde hij een sponsorloop.",
        "In 2025-2026 leggen we vast welke burgerschapsdoelen bij elke groep horen, aan de hand van de "
        "leerlijnen van SLO. Zo weten we zeker dat ieder kind in acht jaar alle onderdelen tegenkomt. Groep 8 "
        "bezoekt elk jaar het stadhuis en de gemeenteraad van Almere.",
    ])
    doc.add_heading("Een veilige school", level=2)
    _alineas(doc, [
        "Kinderen leren alleen als ze zich veilig voelen. We volgen de sociale veiligheid met SCOL. "
        "Leerkrachten vullen de observatielijst in oktober en maart in, en de kinderen van groep 5 tot en met 8 "
        "vullen elk jaar in maart de leerlingvragenlijst over veiligheid in. In 2025 voelde 91 procent van hen "
        "zich veilig op school. Onze anti-pestcoördinator is een van de intern begeleiders. Incidenten leggen "
        "we vast in ParnasSys en bespreken we elk kwartaal in het managementteam. Het veiligheidsplan, met het "
        "pestprotocol en de meldcode, evalueren we elk jaar met het team en de MR.",
        "Respect geldt voor iedereen in het gebouw. De omgangsafspraken van De Vreedzame School hangen niet "
        "alleen in de klas, maar gelden ook voor volwassenen. In 2025-2026 stellen we met ouders en team een "
        "korte gedragscode op voor het contact tussen ouders en medewerkers, ook online.",
    ])
    _tabel(doc, DOELKOP, [
        ["Openbaar karakter zichtbaar en besproken",
         "Jaarlijks De Tureluur-tafel in de Week van het Openbaar Onderwijs; aandacht voor feesten uit ≥ 4 tradities in elke groep",
         "elk jaar in november", "directie"],
        ["Burgerschapsdoelen per groep vastgelegd", "Overzicht per groep vastgesteld en in jaarplanning opgenomen",
         "juni 2026", "leerteam burgerschap"],
        ["Kinderen voelen zich veilig", "SCOL-leerlingvragenlijst: 91% (2025) → ≥ 93%, elk jaar", "maart",
         "anti-pestcoördinator"],
        ["Leerlingen hebben echte inspraak", "Leerlingenraad 6× per jaar, eigen budget; ≥ 1 zichtbaar besluit per jaar",
         "jaarlijks", "directeur"],
        ["Gedragscode ouders-medewerkers", "Vastgesteld met MR en gepubliceerd", "april 2026", "directie en MR"],
    ], DOELBREEDTE)

    # ---------------- 7 Thema 4
    doc.add_heading("7. Thema 4: Samen met thuis en de wijk", level=1)
    _alineas(doc, [
        "Onze school werkt proactief samen met een breed scala aan partners. De belangrijkste partners zijn "
        "ouders: zij kennen hun kind het langst en het best.",
    ])
    doc.add_heading("Ouders", level=2)
    _alineas(doc, [
        "Elk schooljaar begint in september met een startgesprek. Daarin vertellen ouders aan de leerkracht wat "
        "hun kind nodig heeft, en niet andersom. Vanaf groep 3 voeren we daarna in februari en juni een "
        "driehoeksgesprek met kind, ouders en leerkracht. Het kind laat dan zijn daltonportfolio zien en vertelt "
        "zelf hoe het met zijn doelen gaat. Twee keer per jaar is er een daltonochtend: ouders werken dan een uur "
        "mee in de klas, om te zien hoe hun kind plant en samenwerkt.",
        "We informeren ouders volgens een vast ritme. Elke vrijdag komt via Social Schools het Tureluur-bericht "
        "uit, met de belangrijkste zaken voor de hele school. Elke leerkracht plaatst minstens eens per twee "
        "weken een groepsbericht. Toetsresultaten en verslagen zien ouders in het ouderportaal van ParnasSys. "
        "Vragen van ouders beantwoorden we binnen twee werkdagen. Voor ouders die het Nederlands nog niet goed "
        "beheersen, gebruiken we de vertaalfunctie van Social Schools, en bij gesprekken schakelen we zo nodig "
        "een tolk of een andere ouder in.",
    ])
    doc.add_heading("Welkom in de school", level=2)
    _alineas(doc, [
        "Wie voor het eerst binnenkomt, moet zich meteen welkom voelen. Nieuwe ouders krijgen een rondleiding "
        "van twee daltongidsen uit groep 7 of 8, die vertellen hoe het er écht aan toegaat. Eens per maand is er "
        "een kijkochtend voor belangstellende ouders. Op maandagochtend is de ouderkamer open voor koffie en "
        "een praatje. Nieuwe kinderen krijgen in hun eerste week een maatje uit de eigen groep. Nieuwe collega's "
        "en stagiaires hebben een vaste welkomstdag vóór hun eerste werkdag.",
    ])
    doc.add_heading("Medezeggenschap", level=2)
    _alineas(doc, [
        "De MR bestaat uit vier ouders en vier medewerkers. Wij betrekken de MR vroeg, niet pas als een besluit "
        "al klaar is. Voor dit schoolplan heeft de MR in vier werksessies meegedacht over de thema's. Elk jaar "
        "bespreekt de MR in mei het conceptjaarplan en in oktober het jaarverslag. De directeur zet aan het begin "
        "van het schooljaar samen met de voorzitter een jaaragenda op, zodat beide kanten weten wanneer welk "
        "onderwerp aan bod komt. Ouders kunnen de vergaderingen bijwonen; de notulen staan op de website.",
    ])
    doc.add_heading("De wijk en onze partners", level=2)
    _alineas(doc, [
        "Met Partou werken we aan een doorgaande lijn van peuter naar kleuter. De peuteropvang in ons gebouw "
        "werkt met Puk & Ko. Voor elk kind dat van de peutergroep naar groep 1 gaat, is er een warme overdracht. "
        "Een keer per kwartaal overleggen de pedagogisch medewerkers en de kleuterleerkrachten over thema's en "
        "aanpak. De bso sluit in de vakanties aan bij onze daltonafspraken over zelfstandigheid.",
        "In de wijk werken we samen met welzijnsorganisatie De Schoor. Elk voorjaar houden we samen de "
        "opruimactie Poort Schoon, waarbij alle groepen een stuk van de wijk opruimen. Groep 8 maakt jaarlijks "
        "het project Wij en Poort, waarin de kinderen bewoners, ondernemers en de wijkagent interviewen. De "
        "buurtsportcoaches van de gemeente verzorgen na schooltijd twee keer per week sport op ons plein.",
        "Landelijk zijn we lid van Dalton Nederland. Onze daltoncoördinator zit in de regioraad van Dalton "
        "Nederland en haalt daar ideeën op die we in het team bespreken. In het najaar van 2027 hebben we onze "
        "volgende visitatie.",
    ])
    _tabel(doc, DOELKOP, [
        ["Ouders kennen de ontwikkeling van hun kind",
         "Driehoeksgesprekken 2× per jaar groep 3-8; opkomst ≥ 95% (2024-2025: 89%)", "vanaf 2025-2026",
         "groepsleerkrachten"],
        ["Heldere communicatie",
         "Oudertevredenheid 'ik word goed geïnformeerd': 7,3 (2024) → ≥ 8,0", "peiling 2026 en 2028", "directie"],
        ["Welkom voor nieuwe gezinnen", "Maandelijkse kijkochtend; ≥ 10 daltongidsen per jaar opgeleid",
         "vanaf sept. 2025", "adjunct-directeur"],
        ["Doorgaande lijn peuter-kleuter", "Warme overdracht bij 100% van de Partou-peuters; 4× per jaar overleg",
         "vanaf 2025-2026", "IB onderbouw en Partou"],
        ["Wijkbetrokkenheid", "Poort Schoon en Wij en Poort elk jaar uitgevoerd", "jaarlijks", "bouwcoördinatoren"],
    ], DOELBREEDTE)

    # ---------------- 8 Thema 5
    doc.add_heading("8. Thema 5: Een team dat blijft leren", level=1)
    _alineas(doc, [
        "Een daltonschool vraagt leerkrachten die zelf doen wat ze van kinderen vragen: plannen, samenwerken en "
        "reflecteren op hun eigen werk. We geven altijd het beste van onszelf. Om dat vol te houden, zorgen we "
        "goed voor elkaar.",
    ])
    doc.add_heading("Daltonvakmanschap en professionalisering", level=2)
    _alineas(doc, [
        "Iedere leerkracht haalt binnen twee jaar na indiensttreding het daltoncertificaat, via de opleiding "
        "die Dalton Nederland erkent. Op dit moment hebben negentien van de 24 leerkrachten het certificaat; de "
        "vijf anderen ronden de opleiding uiterlijk in juli 2027 af. Daarnaast volgt elke medewerker per jaar "
        "minimaal één cursus die aansluit bij een van de vijf thema's, bij voorkeur bij de ASG Academie. In "
        "2025-2026 volgen zes leerkrachten samen de Academie-cursus over meer- en hoogbegaafdheid. Twee "
        "leerkrachten doen de master Leren en Innoveren; zij krijgen daarvoor een dag per maand vrij "
        "geroosterd.",
    ])
    doc.add_heading("Leerteams", level=2)
    _alineas(doc, [
        "Sinds 2023 werken we met leerteams in plaats van werkgroepen. Elk schooljaar zijn er drie leerteams, "
        "in 2025-2026 voor lezen, plannen en reflecteren, en burgerschap. Elke leerkracht zit in één leerteam. "
        "Een leerteam komt elke drie weken samen en doet een klein praktijkonderzoek: het formuleert een vraag, "
        "probeert iets uit in de klas, verzamelt gegevens en trekt een conclusie. Twee leerteams worden "
        "begeleid door een onderzoeker van het lectoraat van Windesheim Almere. In juni presenteren de "
        "leerteams hun uitkomsten aan het hele team, en minstens één leerteam per jaar deelt zijn onderzoek op "
        "de ASG-brede onderwijsdag in maart.",
    ])
    doc.add_heading("Samen met andere ASG-scholen", level=2)
    _alineas(doc, [
        "De daltonscholen van ASG vormen samen de Almeerse Daltonkring. De coördinatoren komen drie keer per "
        "jaar bij elkaar, en elk jaar bezoeken leerkrachten elkaars scholen voor een kijkje in de keuken met "
        "een vaste kijkwijzer. Onze daltoncoördinator verzorgt twee keer per jaar een daltonmiddag voor "
        "startende leerkrachten van alle ASG-daltonscholen. Ook onze specialisten (lezen, rekenen, gedrag en "
        "meerbegaafdheid) hebben een vaste taak: zij ondersteunen collega's in de school en nemen deel aan het "
        "ASG-netwerk van hun vakgebied.",
    ])
    doc.add_heading("Gesprekken, welbevinden en opleiden", level=2)
    _alineas(doc, [
        "We voeren de gesprekscyclus van ASG volledig uit: in het najaar een plannings- en ontwikkelgesprek, in "
        "het voorjaar een voortgangsgesprek, en eens in de drie jaar een beoordelingsgesprek. Elke leerkracht "
        "krijgt daarnaast twee klassenbezoeken per jaar, van de directie en van de daltoncoördinator, met de "
        "daltonkijkwijzer. Welbevinden en werkdruk zijn in elk gesprek een vast onderwerp.",
        "We willen dat collega's in elke fase van hun loopbaan goed kunnen werken. Startende leerkrachten "
        "krijgen in hun eerste jaar een coach en tien procent minder lesgebonden taken. Collega's met jonge "
        "kinderen kunnen in overleg hun werkdagen vastleggen voor het hele schooljaar. Voor oudere collega's "
        "zetten we de uren voor duurzame inzetbaarheid zo in dat ze daadwerkelijk minder voor de klas staan. De "
        "werkdrukmiddelen besteden we, na instemming van de personeelsgeleding van de MR, aan de vakleerkracht "
        "muziek en aan een extra onderwijsassistent. Zo heeft elke groepsleerkracht een uur per week extra "
        "voorbereidingstijd.",
        "De Tureluur is opleidingsschool in het partnerschap van ASG met Windesheim. Elk jaar begeleiden we zes "
        "pabostudenten en één leraar in opleiding (LIO). Onze zij-instromer heeft een eigen begeleider en haalt "
        "haar bevoegdheid in de zomer van 2027. Onderwijsassistenten die de pabo willen doen, helpen we met een "
        "aangepast rooster.",
    ])
    _tabel(doc, DOELKOP, [
        ["Alle leerkrachten daltongecertificeerd", "19 van 24 (2025) → 24 van 24", "juli 2027",
         "daltoncoördinator"],
        ["Leerteams doen praktijkonderzoek", "3 leerteams per jaar; ≥ 1 presentatie op de ASG-onderwijsdag",
         "jaarlijks", "adjunct-directeur"],
        ["Gesprekscyclus compleet", "100% van de medewerkers jaarlijks volledige cyclus en 2 klassenbezoeken",
         "jaarlijks", "directie"],
        ["Tevreden team",
         "Medewerkerspeiling 'ik ervaar de werkdruk als hanteerbaar': 6,4 (2024) → ≥ 7,2",
         "peiling 2026 en 2028", "directeur"],
        ["Zij-instromer bevoegd", "Bevoegdheid behaald", "zomer 2027", "schoolopleider"],
    ], DOELBREEDTE)

    # ---------------- 9 Kwaliteitszorg
    doc.add_heading("9. Zo houden we koers", level=1)
    _alineas(doc, [
        "Een plan werkt alleen als we regelmatig kijken of het lukt. Onze kwaliteitszorg volgt een vaste "
        "jaarcyclus:",
    ])
    _opsomming(doc, [
        "Juni: het jaarplan voor het volgende schooljaar, afgeleid van de doelentabellen in dit schoolplan. "
        "Elk doel heeft een eigenaar.",
        "Oktober: het jaarverslag over het afgelopen jaar, voor het bestuur, de MR en (in een korte versie) de "
        "ouders.",
        "Februari: een tussenevaluatie met het team op de studiedag. Wat loopt, wat stellen we bij?",
        "Elk kwartaal: de kwartaalrapportage aan het College van Bestuur, met de voortgang per thema.",
        "Januari en juni: een analyse van de toetsresultaten op school-, groeps- en leerlingniveau.",
    ])
    _alineas(doc, [
        "Daarnaast meten we eens in de twee jaar, in 2026 en 2028, de tevredenheid van ouders, leerlingen van "
        "groep 5 tot en met 8 en medewerkers met de peilingen van Scholen met Succes. In 2026-2027 doen we mee "
        "aan een interne audit van ASG, en in het najaar van 2027 volgt de daltonvisitatie. Beide bereiden we "
        "voor met een zelfevaluatie op de standaarden van het onderzoekskader van de inspectie. Ons doel is dat "
        "alle standaarden minimaal voldoende zijn, en dat het onderwijsproces bij het volgende bezoek van de "
        "inspectie als goed wordt beoordeeld.",
        "Over de uitkomsten zijn we open. Het jaarverslag en de resultaten van de peilingen zetten we op de "
        "website, en in de nieuwsbrief van november lichten we ze toe: wat ging goed, wat niet, en wat doen we "
        "ermee. Halverwege de planperiode, in het voorjaar van 2027, kijken we met team en MR of de doelen in "
        "dit plan nog de goede zijn. Zo nodig stellen we ze bij. Die wijzigingen leggen we opnieuw aan de MR "
        "voor.",
    ])

    # ---------------- 10 Instemming
    doc.add_heading("10. Instemming en vaststelling", level=1)
    _alineas(doc, [
        "De medezeggenschapsraad van De Tureluur heeft op 17 juni 2025 ingestemd met dit schoolplan, "
        "overeenkomstig artikel 10 van de Wet medezeggenschap op scholen. Het College van Bestuur van de "
        "Almeerse Scholen Groep heeft het schoolplan op 1 juli 2025 vastgesteld.",
    ])
    _tabel(doc, ["", "Naam", "Datum"], [
        ["Namens de MR (voorzitter)", "Fatma Yıldız", "17 juni 2025"],
        ["Directeur", "Ruben Kalsbeek", "17 juni 2025"],
        ["College van Bestuur ASG", "namens het CvB", "1 juli 2025"],
    ], [6.0, 5.0, 4.0])

    doc.save(path)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_128_dalton_tureluur.docx")
