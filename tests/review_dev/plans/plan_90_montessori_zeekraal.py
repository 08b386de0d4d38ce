"""Schoolplan 2025-2029 van Montessorischool De Zeekraal, Almere Poort (openbaar basisonderwijs, ASG).

Geschreven zoals een directeur het in Word zou doen: hoofdstukken per kernwaarde en venster, maar in een
eigen volgorde; veel waarden en wensen, verwijzingen naar schoolgids, SOP en veiligheidsplan, en een
slothoofdstuk 'Doelen' als genummerde lijst.
Zelfstandig: alleen de standaardbibliotheek en python-docx.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2025, 6, 20, 16, 5, 0)


# ---------------------------------------------------------------- Word-loodgieterswerk

def _taal_nl_stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    for stijlnaam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet", "List Number", "Table Grid"):
        try:
            stijl = doc.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _paginanummer(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _tabel(doc, kop, rijen, breedtes=None):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=1, cols=len(kop))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, tekst in enumerate(kop):
        cel = table.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for rij in rijen:
        cellen = table.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    for rij in table.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(10)
    if breedtes:
        for rij in table.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return table


def _deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
    with open(path, "rb") as f:
        data = f.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=stamp)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as f:
        f.write(uit.getvalue())


# ---------------------------------------------------------------- tekst
# Elk hoofdstuk: (kop, [(subkop of None, [alinea's])])

HOOFDSTUKKEN = [
    ("1. Voorwoord", [
        (None, [
            "Help mij het zelf te doen. Die zin van Maria Montessori hangt boven de deur van iedere groep in ons "
            "gebouw, en hij staat ook boven dit schoolplan. Het plan beschrijft hoe wij de komende vier "
            "schooljaren, van 1 augustus 2025 tot en met 31 juli 2029, werken aan goed montessorionderwijs in "
            "Almere Poort.",
            "Wij hebben ons laten leiden door de kernwaarden en vensters uit de koers van de Almeerse Scholen Groep, "
            "maar we hebben ze in onze eigen volgorde gezet. We beginnen bij wat wij van kinderen verwachten, "
            "omdat dat voor ons het vertrekpunt is, en eindigen met een overzicht van onze doelen. Veel praktische "
            "informatie staat niet in dit plan maar in de schoolgids, het schoolondersteuningsprofiel (SOP) en "
            "het veiligheidsplan. Waar dat zo is, verwijzen we ernaar.",
            "Het team heeft in het voorjaar van 2025 op drie teamavonden aan dit plan gewerkt. De "
            "medezeggenschapsraad heeft de concepthoofdstukken in de vergaderingen van februari, april en mei "
            "besproken en op 10 juni 2025 een positief advies gegeven. Wij danken iedereen die heeft meegedacht.",
        ]),
    ]),
    ("2. Onze school", [
        ("2.1 Gegevens", []),
        ("2.2 Almere Poort", [
            "De Zeekraal staat in het Homeruskwartier, tussen de Duin en het Cascadepark. Almere Poort is een "
            "jonge wijk die nog steeds groeit. Veel gezinnen zijn de afgelopen jaren uit Amsterdam hierheen "
            "verhuisd; 31 procent van onze kinderen groeit meertalig op. De ouders zijn over het algemeen "
            "hoogopgeleid en zeer betrokken, maar er is ook een groeiende groep gezinnen in de sociale huurwoningen "
            "langs de Poortdreef die minder makkelijk de weg naar school vindt.",
            "Het leerlingenaantal groeide van 248 in 2020 naar 312 op 1 oktober 2024. De gemeente verwacht dat "
            "het aantal kinderen in de wijk tot 2028 nog stijgt. Ons gebouw is daarop niet berekend: sinds "
            "augustus 2024 gebruiken we twee lokalen in het gebouw van de kinderopvang aan de overkant. In 2026 "
            "wordt het schoolplein vernieuwd en vergroot; daarvoor is vanuit de huisvestingsbegroting € 85.000 "
            "gereserveerd.",
            "Onze schooltijden: maandag tot en met vrijdag van 8.30 tot 14.15 uur, met een continurooster. "
            "Kinderen zijn vanaf 8.20 uur welkom in de klas. Zo maken wij ruim 940 lesuren per jaar.",
        ]),
        ("2.3 Onze visie", [
            "Wij geloven dat ieder kind een natuurlijke drang heeft om te leren. Onze taak is een omgeving te maken "
            "waarin die drang de ruimte krijgt: een voorbereide omgeving met materiaal dat uitnodigt, rust en "
            "orde, en volwassenen die het kind volgen in plaats van het voor te zijn. Vrijheid in gebondenheid is "
            "daarbij ons uitgangspunt: kinderen kiezen zelf, binnen duidelijke grenzen.",
            "Wij willen dat kinderen bij ons zelfstandig, zelfbewust en zorgzaam worden. Dat ze weten wat ze kunnen "
            "en wat ze nog willen leren, en dat ze oog hebben voor de ander en voor de wereld om hen heen. "
            "Montessori sprak van de kosmische taak van ieder mens: een eigen bijdrage leveren aan het geheel. "
            "Dat willen wij de kinderen meegeven.",
        ]),
    ]),
    ("3. Ambitieus", [
        (None, [
            "Wij zijn ambitieus. We leggen de lat hoog, voor de kinderen en voor onszelf. Een montessorischool is "
            "geen school waar kinderen maar wat doen; vrijheid in gebondenheid betekent dat een kind kiest, maar "
            "dat er wel gewerkt wordt. Wij geven altijd het beste van onszelf en verwachten dat ook van de kinderen, "
            "ieder op zijn eigen niveau.",
            "Concreet betekent dat voor ons dat we hogere schoolnormen hanteren dan de signaleringswaarden van de "
            "inspectie. Voor lezen willen we dat minstens 70 procent van de kinderen in groep 8 niveau 2F/1S haalt "
            "(in 2024 was dat 61 procent; het landelijk gemiddelde voor vergelijkbare scholen lag op 59 procent). "
            "Voor rekenen streven we naar 45 procent op 1S. In de bovenbouw stelt elk kind met de leerkracht iedere "
            "zes weken zijn eigen leerdoelen vast, die in het werkplan staan en in het kindgesprek worden "
            "besproken. Kinderen die meer aankunnen, krijgen niet alleen meer werk maar een eigen onderzoeksopdracht "
            "binnen het kosmisch onderwijs.",
        ]),
    ]),
    ("4. Goed en toegankelijk onderwijs", [
        ("4.1 Ons onderwijs", [
            "Wij werken in drie bouwen met heterogene groepen: onderbouw (groep 1-2), middenbouw (groep 3-4-5) en "
            "bovenbouw (groep 6-7-8). In totaal zijn er twaalf groepen. Kinderen werken elke ochtend twee uur "
            "aaneengesloten zelfstandig met het montessorimateriaal en hun werkplan; de leerkracht geeft in die tijd "
            "kleine instructies aan groepjes of individuele kinderen.",
            "De kerndoelen zijn bij ons vertaald in montessorileerlijnen, die we bijhouden in ParnasSys. Voor taal "
            "gebruiken we naast het materiaal de methodes Staal (spelling en grammatica) en Nieuwsbegrip "
            "(begrijpend lezen); voor rekenen gebruiken we het montessorirekenmateriaal met Pluspunt 4 als "
            "bronnenboek. Engels krijgen de groepen 5 tot en met 8. Wereldoriëntatie, natuur, techniek en "
            "burgerschap zitten in het kosmisch onderwijs. Cultuureducatie volgt het aanbod van de Kunstlinie.",
            "Kosmisch onderwijs begint bij ons bij de vragen van de kinderen. Ieder thema start met een vragenmuur: "
            "kinderen schrijven of tekenen wat zij willen weten, en de leerkracht bouwt het thema daaromheen. Vorig "
            "jaar ging dat in de bovenbouw over de nieuwe windmolens in het Markermeer en in de middenbouw over de "
            "vraag waarom er aan het strand van Almere Poort zoveel meeuwen zijn.",
            "Een deel van het montessorimateriaal is meer dan twintig jaar oud. In 2025-2026 vervangen we het "
            "taal- en rekenmateriaal van de middenbouw; daarvoor is € 18.000 uit de investeringsbegroting "
            "vrijgemaakt.",
        ]),
        ("4.2 Kwaliteit", [
            "De inspectie bezocht ons in het voorjaar van 2023 en oordeelde dat de kwaliteit voldoende is. De "
            "resultaten op de eindtoets, sinds 2024 de doorstroomtoets, liggen al vijf jaar boven de "
            "signaleringswaarden. Bij de referentieniveaus voor rekenen blijven we wel achter bij onze eigen "
            "verwachtingen.",
            "Onze kwaliteitszorg volgt een vaste jaarcyclus. In september maken we het jaarplan, in februari en "
            "juni doen de leerkrachten samen met de intern begeleider een trendanalyse van de toetsresultaten en "
            "observaties per bouw, en in juli schrijven we het jaarverslag. De directeur legt twee keer per jaar "
            "in iedere groep een klassenbezoek af met de montessorikijkwijzer die het team in 2024 heeft gemaakt. "
            "Eens in de twee jaar vullen ouders en kinderen van groep 6 tot en met 8 een vragenlijst in. De "
            "uitkomsten bespreken we in het team en met de MR.",
            "Wij willen een school zijn waar iedereen van en met elkaar leert. Een collectieve leercultuur, gericht "
            "op voortdurend verbeteren en vernieuwen, vinden wij vanzelfsprekend bij een montessorischool.",
        ]),
        ("4.3 Ieder kind in beeld", [
            "Montessorionderwijs begint met kijken. Iedere leerkracht observeert dagelijks een paar kinderen en "
            "noteert dit in het observatiesysteem; ieder kind komt zo minstens eens in de twee weken aan bod. In "
            "de middenbouw en bovenbouw voeren we drie keer per jaar een kindgesprek aan de hand van het werkplan. "
            "Die observaties leggen we twee keer per jaar naast de toetsen van Cito leerling in beeld.",
            "Wat wij aan basisondersteuning en extra ondersteuning bieden, en waar onze grenzen liggen, staat in "
            "ons schoolondersteuningsprofiel, dat op de website staat. Wij maken deel uit van een dekkend netwerk "
            "van onderwijs- en zorgvoorzieningen in de stad, zodat ieder kind een passende plek heeft. Wij vinden "
            "dat het onderwijs zich moet aanpassen aan het kind en niet andersom.",
        ]),
        ("4.4 Een school voor later", [
            "De wereld waarin onze kinderen opgroeien verandert snel. Wij willen een toekomstgericht curriculum "
            "hebben en vinden dat kinderen moeten leren samenwerken, kritisch denken en creatief zijn. Dat past "
            "bij Montessori, die kinderen al honderd jaar geleden wilde voorbereiden op een wereld die zij zelf "
            "nog niet kende. Hoe we dit verder uitwerken, bespreken we in de eerste twee jaar van deze periode.",
        ]),
    ]),
    ("5. Gezien worden", [
        (None, [
            "Bij ons is ieder kind waardevol en wordt ieder kind gezien. Iedereen voelt zich welkom bij ons: "
            "kinderen, ouders, collega's en bezoekers. Dat is voor ons de kern van Montessori: het kind volgen.",
            "Welkom zijn begint bij de deur. Elke ochtend van 8.20 tot 8.30 uur is er inloop: ouders mogen mee de "
            "klas in en kijken waar hun kind mee bezig is. Nieuwe gezinnen krijgen een rondleiding door twee "
            "kinderen uit de bovenbouw, die dat om beurten doen en er vooraf op oefenen. Elk nieuw kind heeft in de "
            "eerste week een vast maatje in de groep, en de leerkracht belt na drie weken met de ouders om te "
            "horen hoe het gaat.",
            "Ook wat kinderen nodig hebben, zien we door goed te kijken en te luisteren. Het kindgesprek en de "
            "observaties (zie 4.3) zijn daarvoor onze belangrijkste middelen. Voor collega's doen we hetzelfde: "
            "in de leerteams (hoofdstuk 8) bespreken we aan het begin van elk schooljaar wat ieder nodig heeft om "
            "goed te kunnen werken, en daar stemmen we de scholing op af.",
            "Een veilige omgeving is de basis. Wij vinden dat kinderen zich pas kunnen ontwikkelen als ze zich "
            "veilig voelen, en dat de volwassenen daar samen voor verantwoordelijk zijn. Hoe wij sociale "
            "veiligheid monitoren en wat we doen bij pesten, staat in ons veiligheidsplan en in het "
            "pestprotocol in de schoolgids.",
        ]),
    ]),
    ("6. Partnerschap", [
        ("6.1 Ouders", [
            "Ouders kennen hun kind het best. Drie keer per jaar is er een driehoeksgesprek met kind, ouders en "
            "leerkracht, waarin het kind zelf laat zien waaraan het werkt, aan de hand van zijn portfolio. In de "
            "onderbouw is dat een gesprek met de ouders, waar het kind aan het eind bij komt. Een keer per jaar "
            "houden we een montessori-ouderavond, waar ouders zelf met het materiaal werken. Ouders helpen in de "
            "bibliotheek, bij het koken in de bovenbouw en bij uitstapjes.",
            "Wij willen ouders die minder makkelijk de weg naar school vinden, beter bereiken. Hoe we dat doen, "
            "werken we in deze periode uit.",
        ]),
        ("6.2 Medezeggenschap", [
            "De MR (drie ouders en drie teamleden) vergadert zes keer per jaar. Wij gebruiken de MR nadrukkelijk "
            "als klankbord: bij dit schoolplan heeft de MR in drie vergaderingen hoofdstukken besproken. Op "
            "voorstel van de oudergeleding is het gastvrijheidsbeleid uitgebreid met het telefoontje na drie weken "
            "(zie hoofdstuk 5). Daarnaast is er een ouderraad die activiteiten organiseert.",
        ]),
        ("6.3 Samen met de wijk", [
            "De Zeekraal werkt samen met partners die het leren van kinderen verrijken. In het gebouw aan de "
            "overkant zit kinderopvang De Kleine Kapitein; samen met hen hebben we een doorgaande lijn van "
            "peuter naar kleuter, met een gezamenlijke overdracht en twee gezamenlijke thema's per jaar. Met de "
            "Nieuwe Bibliotheek hebben we de Bibliotheek op school, met een leesconsulent die zes uur per maand op "
            "school is. De Kunstlinie verzorgt ons cultuuraanbod.",
            "Elk voorjaar doen alle groepen mee aan de opschoondag van de Duin, samen met de wijkvereniging. De "
            "bovenbouw onderhoudt met buurtbewoners de moestuin bij het Cascadepark. Wij vinden het belangrijk dat "
            "kinderen ervaren dat ze deel uitmaken van hun wijk.",
        ]),
    ]),
    ("7. Open", [
        (None, [
            "Wij gaan respectvol om met iedereen binnen en buiten de school. Wij zijn open en eerlijk naar kinderen, "
            "ouders en elkaar. Als openbare school is iedereen bij ons welkom, ongeacht geloof of achtergrond.",
            "Met een open blik kijken wij naar wat ieder kind meebrengt. Omdat bijna een derde van de kinderen "
            "meertalig opgroeit, zien wij de thuistaal als een kracht: in de onderbouw mogen kinderen hun thuistaal "
            "gebruiken als dat helpt, de schoolbibliotheek heeft prentenboeken in elf talen, en ouders lezen "
            "op de voorleesochtend voor in hun eigen taal. In de bovenbouw maakt ieder kind in groep 6 een "
            "werkstuk over de herkomst van zijn eigen familie.",
            "Goede communicatie met ouders vinden wij erg belangrijk. Wij willen helder en op tijd informeren. Hoe "
            "en wanneer ouders informatie krijgen, staat in de schoolgids.",
        ]),
        ("7.1 Burgerschap", [
            "Montessori noemde onderwijs de weg naar vrede. Burgerschap is bij ons geen apart vak, maar zit in het "
            "kosmisch onderwijs en in de manier waarop we samenleven in de groep. De kinderraad, met twee kinderen "
            "uit elke groep van 5 tot en met 8, vergadert zes keer per jaar met de directeur en beslist mee over "
            "onderwerpen als het schoolplein en het goede doel van de sponsorloop. Per bouw werken we elk jaar aan "
            "één burgerschapsthema uit de leerlijn van SLO, zoals 'regels en afspraken' in de middenbouw en "
            "'democratie en rechtsstaat' in de bovenbouw, met een bezoek aan het stadhuis in groep 8.",
        ]),
    ]),
    ("8. Personeel in positie", [
        (None, [
            "Ons team telt 24 medewerkers: 17 leerkrachten, een intern begeleider, twee onderwijsassistenten, een "
            "conciërge, een administratief medewerker, een vakleerkracht bewegingsonderwijs en de directeur. Het "
            "is een betrokken team met weinig verloop.",
            "Goede leerkrachten maken het verschil. Wij geloven dat een montessorileerkracht nooit uitgeleerd is: "
            "wie kinderen wil volgen, moet zelf ook blijven leren. Wij willen een team zijn waarin collega's "
            "elkaar aanspreken, elkaars talenten kennen en trots zijn op hun vak.",
            "Iedere leerkracht bij ons heeft een pabodiploma en, na uiterlijk vier jaar, het montessoridiploma. Op "
            "dit moment hebben drie van de zeventien leerkrachten dat diploma nog niet; zij volgen de opleiding bij "
            "de Montessori Academie en krijgen daarvoor een studiedag per maand. Daarnaast volgt het hele team in "
            "2025-2026 een scholing over het observeren van kinderen en in 2026-2027 een scholing over rekenen "
            "met het montessorimateriaal in de middenbouw. Hiervoor is jaarlijks € 21.000 begroot.",
            "De leerkrachten werken in twee leerteams, een voor onder- en middenbouw en een voor de bovenbouw. "
            "Elk leerteam kiest per jaar één verbeterpunt uit de eigen praktijk en komt daarvoor elke zes weken "
            "bijeen. In 2024-2025 werkte het bovenbouwteam aan het eigenaarschap van kinderen over hun werkplan; "
            "de opbrengst hebben we op de studiedag van juni aan elkaar gepresenteerd.",
            "De gesprekscyclus verloopt volgens de regeling van ASG. Medewerkers moeten erkenning ervaren voor hun "
            "professionaliteit en expertise. Het welbevinden van het team heeft onze aandacht: wij willen een "
            "school zijn waar het prettig werken is, in elke fase van het leven.",
        ]),
    ]),
    ("9. Vooruitstrevend", [
        (None, [
            "Montessori was in haar tijd radicaal vernieuwend. Wij willen in die traditie blijven staan: nieuwsgierig "
            "naar nieuwe inzichten, en met lef om dingen uit te proberen. Wij geven ons onderwijs vorm langs de drie "
            "horizonten van ASG: continue verbetering, fundamentele verandering en radicale vernieuwing.",
            "Concreet gaan we in 2026-2027 van start met het atelier voor groep 7 en 8, naar het idee van "
            "Montessori's Erdkinder. Twee middagen per week werken kinderen in het atelier aan echte taken: ze "
            "runnen een kleine schoolwinkel met producten uit de moestuin, houden de boekhouding bij en maken "
            "in de werkplaats dingen voor de school. Het atelier krijgt een plek in het lokaal dat vrijkomt als "
            "de kinderopvang in 2026 uitbreidt. In 2025-2026 bereiden twee leerkrachten het voor, samen met de "
            "ouders van de moestuingroep.",
            "Vernieuwen vraagt ook dat we durven te stoppen met wat niet meer werkt, en dat we fouten mogen maken. "
            "Wij willen een team zijn dat elkaar daarin vertrouwt en dat niet wacht tot iemand anders het initiatief "
            "neemt. Innovatie is bij ons niet iets van de directie, maar van iedereen.",
        ]),
    ]),
    ("10. De meerwaarde van ASG", [
        (None, [
            "Wij zijn blij dat wij deel uitmaken van een grote organisatie met veel verschillende scholen. Wij "
            "delen de opbrengst van ons leren graag met andere ASG-scholen, op studiedagen en conferenties. Wij "
            "weten bij ASG wie we moeten benaderen voor welke expertise.",
            "Een grote organisatie biedt kansen die een kleine school alleen niet heeft. Die kansen willen wij de "
            "komende jaren beter benutten.",
        ]),
    ]),
]

GEGEVENS = [
    ["Naam", "Montessorischool De Zeekraal"],
    ["BRIN", "31FR"],
    ["Bestuur", "Almeerse Scholen Groep (openbaar onderwijs)"],
    ["Wijk", "Homeruskwartier, Almere Poort"],
    ["Concept", "Montessorionderwijs (erkend door de Nederlandse Montessori Vereniging)"],
    ["Leerlingen", "312 (1 oktober 2024), in 12 groepen"],
    ["Directeur", "Sanne de Graaf"],
    ["Intern begeleider", "Yusuf Demir"],
    ["Planperiode", "2025-2029 (schooljaren 2025-2026 tot en met 2028-2029)"],
]

DOELEN = [
    "In juni 2027 leest minstens 70 procent van de kinderen in groep 8 op niveau 2F/1S.",
    "In 2028 haalt minstens 45 procent van de kinderen in groep 8 niveau 1S voor rekenen (nu 38 procent).",
    "Voor 1 oktober 2026 gebruiken alle groepen hetzelfde observatiesysteem, gekoppeld aan de "
    "montessorileerlijnen in ParnasSys.",
    "Vanaf 2025-2026 werkt iedere bouw met een jaarplanning van vier kosmische thema's die starten bij een "
    "vragenmuur.",
    "In juli 2029 hebben alle leerkrachten het montessoridiploma.",
    "In 2026-2027 start het atelier voor groep 7 en 8; in juni 2027 evalueren we het met kinderen, ouders en "
    "team.",
    "Elk jaar houden we in februari en juni een trendanalyse en in juli verschijnt het jaarverslag.",
    "We maken ons curriculum toekomstgerichter.",
    "We betrekken ouders nog meer bij het leren van hun kind.",
    "We zoeken de samenwerking met de wijk verder op.",
    "We blijven een school waar iedereen zich welkom voelt.",
    "Het team werkt met plezier en blijft gezond.",
    "We delen meer met andere ASG-scholen.",
    "De kinderraad praat mee over het nieuwe schoolplein dat in 2026 wordt aangelegd.",
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    _taal_nl_stijlen(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(10)

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.text = "Montessorischool De Zeekraal | Schoolplan 2025-2029 | "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paginanummer(voet)

    cp = doc.core_properties
    cp.author = "Sanne de Graaf"
    cp.title = "Schoolplan De Zeekraal 2025-2029"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.last_printed = STEMPEL
    cp.revision = 12
    cp.last_modified_by = "Sanne de Graaf"

    # titelpagina
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph("Montessorischool De Zeekraal", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for regel, grootte in (("Schoolplan 2025-2029", 18), ("Help mij het zelf te doen", 12),
                           ("Almere Poort", 12)):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(regel)
        run.font.size = Pt(grootte)
        if grootte == 12 and regel.startswith("Help"):
            run.italic = True
    doc.add_page_break()

    for kop, delen in HOOFDSTUKKEN:
        doc.add_heading(kop, level=1)
        for subkop, alineas in delen:
            if subkop:
                doc.add_heading(subkop, level=2)
            if subkop == "2.1 Gegevens":
                _tabel(doc, ["Onderdeel", "Gegevens"], GEGEVENS, [4.0, 11.0])
            for alinea in alineas:
                doc.add_paragraph(alinea)

    doc.add_heading("11. Doelen", level=1)
    doc.add_paragraph("Hieronder staan de doelen die wij ons voor deze schoolplanperiode stellen. Elk jaar kiezen "
                      "we in het jaarplan welke doelen dat jaar voorrang krijgen.")
    for doel in DOELEN:
        doc.add_paragraph(doel, style="List Number")

    doc.add_paragraph()
    slot = doc.add_paragraph("Almere, juni 2025\nSanne de Graaf, directeur")
    slot.runs[0].italic = True

    doc.save(path)
    _deterministisch(path, STEMPEL)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_90_montessori_zeekraal.docx")
