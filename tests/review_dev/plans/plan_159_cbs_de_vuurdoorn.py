# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van CBS De Vuurdoorn (Almere Haven), opgebouwd langs de
vier kernwaarden van ASG Koers 22. Schrijft een .docx met python-docx.

Gebruik: build('/pad/naar/bestand.docx')
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 20, 9, 0, 0)


# ---------------------------------------------------------------- hulpfuncties

def _taal_nl(doc):
    """Zet de proeftaal van het document op Nederlands."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_def = defaults.find(qn("w:rPrDefault"))
    if rpr_def is None:
        rpr_def = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_def)
    rpr = rpr_def.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_def.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Schoolplan CBS De Vuurdoorn 2025-2029  |  pagina ")
    run.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "16")
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def _kopregel_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arcering(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _tekst(doc, tekst, stijl=None):
    return doc.add_paragraph(tekst, style=stijl)


def _opsomming(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _doelentabel(doc, titel, rijen):
    doc.add_paragraph(titel, style="Caption")
    kop = ["Doel", "Wat doen we?", "Wanneer", "Zo weten we of het gelukt is", "Wie"]
    tabel = doc.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        cel = tabel.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(k)
        run.bold = True
        run.font.size = Pt(9)
        _arcering(cel, "D9E2D0")
    _kopregel_herhalen(tabel.rows[0])
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(waarde)
            run.font.size = Pt(9)
    breedtes = [Cm(3.2), Cm(5.6), Cm(2.4), Cm(4.0), Cm(2.2)]
    for row in tabel.rows:
        for i, b in enumerate(breedtes):
            row.cells[i].width = b
    doc.add_paragraph()


def _deterministisch_opslaan(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 20, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


# ---------------------------------------------------------------- inhoud

def _voorblad(doc):
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run("Schoolplan 2025-2029")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    st = doc.add_paragraph(style="Subtitle")
    st.add_run("CBS De Vuurdoorn  -  Iedereen een plek aan tafel")
    st.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for regel in [
        "Christelijke basisschool De Vuurdoorn",
        "Wijk De Marken, Almere Haven",
        "Onderdeel van de Almeerse Scholen Groep (ASG)",
        "BRIN 31KP  |  directeur: Marieke Hoekstra",
        "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
        "Versie 1.0, juni 2025",
    ]:
        p = doc.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    doc.add_heading("Voorwoord", level=1)
    _tekst(doc, (
        "Voor u ligt het schoolplan van CBS De Vuurdoorn voor de schooljaren 2025-2026 tot en met "
        "2028-2029. In dit plan beschrijven we wie we zijn, waar we voor staan en wat we de komende vier "
        "jaar willen bereiken. Het team heeft eraan gewerkt op drie studiedagen (29 januari, 12 maart en "
        "16 april 2025). De leerlingenraad heeft ons verteld wat kinderen goed vinden aan de school en wat "
        "beter kan, en 131 ouders vulden in februari 2025 de oudertevredenheidspeiling in."))
    _tekst(doc, (
        "De vuurdoorn is een struik die in de winter vol oranje bessen hangt. Vogels vinden er voedsel en "
        "beschutting, ook als het buiten koud is. Zo willen wij een school zijn: een plek waar kinderen "
        "voeding krijgen voor hoofd, hart en handen, en waar ze veilig kunnen opgroeien. Ons motto "
        "'Iedereen een plek aan tafel' komt uit het verhaal van de grote maaltijd waarvoor iedereen wordt "
        "uitgenodigd (Lucas 14). Aan onze tafel is plaats voor ieder kind, met zijn eigen verhaal."))
    _tekst(doc, (
        "We hebben ervoor gekozen dit plan op te bouwen langs de vier kernwaarden van onze stichting: "
        "gezien worden, open, vooruitstrevend en ambitieus. Aan het eind van elk hoofdstuk staan onze "
        "doelen in een tabel. Die tabellen zijn de basis voor de jaarplannen, die we elk voorjaar met het "
        "team opstellen."))
    _tekst(doc, "Marieke Hoekstra, directeur")


def _onze_school(doc):
    doc.add_heading("1. Onze school", level=1)

    doc.add_heading("1.1 Identiteit", level=2)
    _tekst(doc, (
        "CBS De Vuurdoorn is een protestants-christelijke basisschool in de wijk De Marken in Almere Haven. "
        "De school is in 1979 opgericht door ouders uit de eerste Havense kerkgemeenten en maakt sinds 2009 "
        "deel uit van de ASG. Wij geven ons onderwijs vorm vanuit de christelijke traditie. Dat zie je in het "
        "gewone schoolleven: elke dag begint met een dagopening met een lied, een gebed of een verhaal uit de "
        "methode Trefwoord. Kerst, Pasen en Pinksteren vieren we met de hele school; de kerstviering houden "
        "we in de wijkkerk De Regenboog, de paasviering in onze eigen aula."))
    _tekst(doc, (
        "Kinderen van alle achtergronden zijn welkom. We vragen van ouders dat zij de christelijke identiteit "
        "van de school respecteren en dat hun kind meedoet aan dagopening en vieringen. Ongeveer een derde van "
        "onze leerlingen komt uit een gezin dat actief kerkelijk betrokken is. Van nieuwe medewerkers vragen "
        "wij dat zij de identiteit onderschrijven. Een identiteitscommissie van twee ouders, een leerkracht en "
        "de directeur bereidt de vieringen voor en kiest elk jaar een jaarthema; in 2025-2026 is dat "
        "'Brood voor onderweg'."))

    doc.add_heading("1.2 Leerlingen en wijk", level=2)
    _tekst(doc, (
        "Op 1 oktober 2024 telde De Vuurdoorn 212 leerlingen in negen groepen: drie kleutergroepen 1-2 en zes "
        "groepen 3 tot en met 8. De schoolweging is 31,4; het landelijk gemiddelde is 30. Ongeveer 18 procent "
        "van de kinderen spreekt thuis naast Nederlands een andere taal, vooral Engels, Twi, Arabisch en Pools. "
        "Het leerlingaantal is sinds 2019 gedaald van 236 naar 212, omdat De Marken vergrijst. De prognose van "
        "de gemeente Almere laat tot 2029 een stabilisatie zien rond 205 leerlingen, mede door de nieuwbouw in "
        "het centrum van Haven."))
    _tekst(doc, (
        "De meeste kinderen wonen op loopafstand. De wijk kent een mengeling van koopwoningen uit de jaren "
        "zeventig en tachtig en sociale huurwoningen. Uit de gegevens van het sociaal wijkteam weten we dat in "
        "ons voedingsgebied relatief veel eenoudergezinnen wonen en dat een deel van de gezinnen moeite heeft "
        "om rond te komen. Sinds 2023 doen wij mee aan het programma Schoolmaaltijden: drie ochtenden per week "
        "is er een ontbijt voor kinderen die dat nodig hebben."))

    doc.add_heading("1.3 Ons team", level=2)
    _tekst(doc, (
        "Het team bestaat uit 19 medewerkers: 13 leerkrachten, een intern begeleider, twee onderwijsassistenten, "
        "een vakleerkracht bewegingsonderwijs, een administratief medewerker en de directeur. Twee leerkrachten "
        "zijn zij-instromer. De gemiddelde leeftijd is 42 jaar; vier collega's zijn ouder dan 58 en drie zijn in "
        "de afgelopen twee jaar als startende leerkracht begonnen. Het team is klein genoeg om elkaar goed te "
        "kennen en groot genoeg om taken te verdelen: we hebben een leescoördinator, een rekencoördinator, een "
        "anti-pestcoördinator en een ICT-coördinator."))

    doc.add_heading("1.4 Terugblik op het vorige schoolplan", level=2)
    _tekst(doc, (
        "In de periode 2021-2025 hebben we veel bereikt. We voerden in 2022 de rekenmethode Wereld in getallen 5 "
        "in, alle leerkrachten hebben de Kanjertraining (licentie B) afgerond en we werken sinds 2023 in alle "
        "groepen met het model voor expliciete directe instructie (EDI). De inspectie bezocht ons in november "
        "2022 bij het vierjaarlijks onderzoek bij het bestuur; alle onderzochte standaarden waren voldoende."))
    _tekst(doc, (
        "Niet alles lukte. Begrijpend lezen bleef achter: het aandeel leerlingen dat aan het eind van groep 8 "
        "het streefniveau 2F voor lezen haalt, daalde van 68 procent in 2022 naar 63 procent in 2024. Ook de "
        "oudertevredenheid over 'ik voel me welkom op school' zakte van 7,9 naar 7,4. Daarom zijn lezen en "
        "het welkom voelen van ouders belangrijke speerpunten in dit plan."))

    doc.add_heading("1.5 Leeswijzer", level=2)
    _tekst(doc, (
        "De hoofdstukken 2 tot en met 5 volgen de kernwaarden gezien worden, open, vooruitstrevend en "
        "ambitieus. Daarin komen ook de wettelijke onderdelen van het schoolplan aan bod: veiligheid en "
        "ondersteuning bij gezien worden, burgerschap bij open, het onderwijsprogramma en het personeelsbeleid "
        "bij ambitieus. Hoofdstuk 6 gaat over kwaliteitszorg en onze plek in de ASG, hoofdstuk 7 bevat de "
        "meerjarenplanning en de vaststelling."))


def _gezien_worden(doc):
    doc.add_heading("2. Gezien worden", level=1)
    _tekst(doc, (
        "Gezien worden raakt aan de kern van ons christelijk mensbeeld: ieder kind is gekend en bij naam "
        "geroepen. Onze schoolcultuur is gastvrij, iedereen voelt zich welkom. Maar wat betekent dat op een "
        "gewone dinsdagochtend? In dit hoofdstuk beschrijven we wat we concreet doen."))

    doc.add_heading("2.1 Welkom op De Vuurdoorn", level=2)
    _tekst(doc, (
        "Uit de oudertevredenheidspeiling van februari 2025 bleek dat vooral nieuwe ouders de school als "
        "gesloten ervaren: de voordeur zit om 8.30 uur dicht, de hal is donker en staat vol jassen, en niet "
        "iedereen weet bij wie hij terecht kan. Met het team hebben we de volgende afspraken gemaakt:"))
    _opsomming(doc, [
        "Vanaf 8.20 uur staat elke leerkracht bij de deur van het eigen lokaal en begroet ieder kind bij naam. "
        "De directeur of de intern begeleider staat bij de hoofdingang.",
        "Nieuwe gezinnen krijgen een rondleiding door twee 'gidsen' uit groep 8. De gidsen krijgen in september "
        "een korte training van de directeur. In 2024-2025 maakten 14 gezinnen hiervan gebruik.",
        "Een nieuwe leerling in groep 3 tot en met 8 krijgt de eerste zes weken een maatje uit de klas.",
        "Elke eerste vrijdag van de maand is er van 8.30 tot 9.15 uur een koffieochtend voor ouders in de aula, "
        "met steeds een andere collega als gastvrouw of gastheer.",
        "In de zomer van 2026 richten we de hal opnieuw in, met een leeshoek, een plek voor de jassen in de "
        "gangen en een fotowand met alle medewerkers. Hiervoor reserveren we 7.500 euro uit het "
        "onderhoudsbudget.",
    ])

    doc.add_heading("2.2 Ieder kind in beeld", level=2)
    _tekst(doc, (
        "We willen van elk kind weten hoe het met hem of haar gaat, wat het al kan en wat het nodig heeft. "
        "Daarvoor gebruiken we een vaste cyclus."))
    _opsomming(doc, [
        "Kindgesprekken: vanaf schooljaar 2025-2026 voert de leerkracht drie keer per jaar (oktober, februari "
        "en juni) een gesprek van tien minuten met elk kind uit groep 3 tot en met 8. Vaste vragen zijn: wat "
        "gaat goed, wat wil je leren en wat heb je van mij nodig? Kinderen uit groep 6 tot en met 8 bereiden "
        "het gesprek voor in hun portfolio.",
        "In de kleutergroepen volgen we de ontwikkeling met het observatie-instrument KIJK!.",
        "Voor de sociaal-emotionele ontwikkeling vullen leerkrachten twee keer per jaar (november en april) "
        "ZIEN! in; leerlingen uit groep 5 tot en met 8 vullen ook de leerlingvragenlijst in.",
        "Na de toetsperiodes van januari en juni (Leerling in beeld van Cito) is er een groepsbespreking van "
        "leerkracht en intern begeleider. In oktober is er een extra groepsbespreking over welbevinden en "
        "gedrag.",
        "Alle gegevens leggen we vast in ParnasSys. Bij de overdracht naar het volgende leerjaar voeren de "
        "leerkrachten in juni een warme overdracht per kind.",
    ])
    _tekst(doc, (
        "Een verbeterpunt is dat we de uitkomsten van ZIEN! nog te weinig gebruiken in de klas. Vanaf 2025-2026 "
        "stelt elke leerkracht na de ZIEN!-afname een groepsoverzicht op met twee of drie concrete afspraken "
        "voor de groep, dat besproken wordt in de groepsbespreking."))

    doc.add_heading("2.3 Een veilige school", level=2)
    _tekst(doc, (
        "Een kind dat zich niet veilig voelt, leert niet. Ons veiligheidsbeleid staat in het "
        "schoolveiligheidsplan (herzien in oktober 2024), met daarin onder meer het pestprotocol, het protocol "
        "sociale media, de meldcode huiselijk geweld en kindermishandeling en de afspraken over toezicht."))
    _opsomming(doc, [
        "Alle groepen krijgen wekelijks een les uit de Kanjertraining. In 2025-2026 halen de intern begeleider "
        "en twee leerkrachten licentie C, zodat we twee Kanjercoördinatoren hebben.",
        "Onze anti-pestcoördinator is aanspreekpunt voor kinderen en ouders. Kinderen kunnen ook een briefje in "
        "de 'zorgenbus' bij de teamkamer doen.",
        "Tijdens de pauzes houden twee volwassenen toezicht op het plein. De pleinregels zijn in 2024 opgesteld "
        "door de leerlingenraad.",
        "Jaarlijks in maart vullen de leerlingen van groep 5 tot en met 8 de veiligheidsmonitor in. In 2025 "
        "voelde 91 procent van de leerlingen zich veilig op school. Ons doel is 95 procent in 2027.",
    ])

    doc.add_heading("2.4 Ondersteuning: wat wij kunnen bieden", level=2)
    _tekst(doc, (
        "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2024) staat welke ondersteuning wij bieden. "
        "De basisondersteuning bestaat uit instructie op drie niveaus volgens het EDI-model, verlengde "
        "instructie door de onderwijsassistenten in groep 3 tot en met 5, het dyslexieprotocol en extra "
        "taalsteun voor nieuwkomers (vier uur per week door een onderwijsassistent)."))
    _tekst(doc, (
        "Daarnaast bieden we extra ondersteuning. In de Kangoeroeklas werken twaalf meerbegaafde kinderen uit "
        "groep 4 tot en met 8 op donderdagochtend aan verrijkingsopdrachten. Vijf leerlingen volgen een eigen "
        "leerlijn rekenen met een ontwikkelingsperspectief. Kinderen met lichte gedragsproblemen krijgen een "
        "individueel Kanjertraject van acht weken."))
    _tekst(doc, (
        "Er zijn ook grenzen. Wij kunnen niet voorzien in de ondersteuning van kinderen die de hele dag "
        "één-op-één begeleiding nodig hebben, van kinderen met ernstige gedragsproblemen waarbij de veiligheid "
        "van andere kinderen in het geding komt, of van kinderen met een ernstige lichamelijke beperking: onze "
        "bovenverdieping is niet rolstoeltoegankelijk. In het voorjaar van 2026 herzien we het SOP samen met "
        "het team, zodat het weer aansluit bij wat we in de praktijk doen."))

    doc.add_heading("2.5 Ouders in beeld", level=2)
    _tekst(doc, (
        "Ouders kennen hun kind het best. We willen dat zij meedenken over het leren van hun kind. In de derde "
        "schoolweek houden we startgesprekken met alle ouders; vanaf groep 5 schuift het kind aan. Vanaf "
        "schooljaar 2026-2027 vervangen we in groep 5 tot en met 8 de rapportgesprekken van februari en juni "
        "door driehoeksgesprekken van kind, ouder en leerkracht, waarin het kind zelf vertelt waar het staat. "
        "Per thema van Blink Wereld organiseert elke groep een kijkmiddag, waarop kinderen hun ouders laten "
        "zien wat ze hebben gemaakt en geleerd."))

    _doelentabel(doc, "Tabel 1. Onze doelen bij gezien worden", [
        ("Iedereen voelt zich welkom",
         "Begroeting bij de deur, gidsen uit groep 8, maatjes voor nieuwe leerlingen, maandelijkse "
         "koffieochtend; nieuwe inrichting van de hal",
         "Vanaf augustus 2025; hal zomer 2026",
         "Score 'ik voel me welkom' in de oudertevredenheidspeiling stijgt van 7,4 (2025) naar 8,0 (2027)",
         "Directeur"),
        ("Elk kind wordt gezien",
         "Drie kindgesprekken per jaar in groep 3 t/m 8, voorbereid in het portfolio vanaf groep 6",
         "Vanaf 2025-2026",
         "Alle gesprekken gevoerd en vastgelegd in ParnasSys; 'mijn juf of meester weet wat ik nodig heb' "
         "minimaal 8,0 in de leerlingpeiling",
         "Leerkrachten"),
        ("Zicht op wat leerlingen nodig hebben",
         "ZIEN! twee keer per jaar, groepsoverzicht met afspraken, drie groepsbesprekingen per jaar",
         "Vanaf 2025-2026, evaluatie juni 2026",
         "Na elke ZIEN!-afname ligt per groep een groepsoverzicht",
         "Intern begeleider"),
        ("Een veilige school",
         "Wekelijks Kanjertraining, twee Kanjercoördinatoren (licentie C), jaarlijkse veiligheidsmonitor",
         "Licentie C in 2025-2026",
         "Veiligheidsbeleving groep 5 t/m 8 van 91% (2025) naar 95% (2027)",
         "Anti-pestcoördinator"),
        ("Passende ondersteuning",
         "SOP herzien met het team",
         "Voorjaar 2026",
         "Nieuw SOP vastgesteld vóór 1 juli 2026",
         "Intern begeleider"),
        ("Ouders betrokken bij het leren",
         "Startgesprekken met alle ouders; driehoeksgesprekken in groep 5 t/m 8; kijkmiddagen per thema",
         "Startgesprekken vanaf 2025; driehoeksgesprekken vanaf 2026-2027",
         "Minstens 90% van de ouders neemt deel aan het startgesprek",
         "Leerkrachten"),
    ])


def _open(doc):
    doc.add_heading("3. Open", level=1)

    doc.add_heading("3.1 Wat open voor ons betekent", level=2)
    _tekst(doc, (
        "Wij zijn open en eerlijk naar leerlingen, ouders, collega's en anderen met wie wij samenwerken. "
        "Onze school gaat respectvol om met de mensen binnen en buiten de organisatie. In onze communicatie "
        "zijn wij transparant en toegankelijk. Wij staan open voor verscheidenheid, voor mensen met "
        "verschillende culturen, religies en achtergronden. De kernwaarde open is verbonden met het gedrag "
        "van onze medewerkers en met onze communicatie naar elkaar, naar leerlingen en naar ouders."))

    doc.add_heading("3.2 Burgerschap: samen leven", level=2)
    _tekst(doc, (
        "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers. Voor een "
        "christelijke school in een gemengde wijk betekent burgerschap: je eigen verhaal kennen en het verhaal "
        "van de ander leren kennen. Ons burgerschapsonderwijs bestaat uit de volgende onderdelen."))
    _opsomming(doc, [
        "Levensbeschouwing met Trefwoord, waarin naast de christelijke feesten ook het Suikerfeest, het "
        "Offerfeest, Chanoeka en Divali aan bod komen. Ouders worden uitgenodigd om in de klas te vertellen hoe "
        "hun gezin een feest viert.",
        "In groep 7 bezoeken de leerlingen elk voorjaar een kerk, een moskee in Almere Stad en een synagoge in "
        "Amsterdam. Ze bereiden vragen voor en schrijven na afloop een verslag.",
        "De leerlingenraad bestaat uit acht kinderen uit groep 5 tot en met 8, gekozen na een verkiezing met "
        "campagnes. De raad vergadert acht keer per jaar met de directeur en beheert een eigen budget van 500 "
        "euro per jaar. In 2024-2025 kwamen er op voorstel van de raad nieuwe pleinspullen.",
        "Groep 8 bezoekt ProDemos in Den Haag en speelt daar een dag Tweede Kamer.",
        "Groep 6 gaat elke maand voorlezen in het woonzorgcentrum in de wijk.",
    ])
    _tekst(doc, (
        "De burgerschapsdoelen zijn nu verspreid over verschillende methodes. In 2025-2026 brengt de "
        "burgerschapswerkgroep (twee leerkrachten en de intern begeleider) in kaart welke doelen we in welke "
        "groep behandelen via Trefwoord, Kanjertraining, Blink Wereld en Nieuwsbegrip. Uiterlijk december 2026 "
        "stellen we een leerlijn burgerschap vast die aansluit op de wettelijke opdracht en op de nieuwe "
        "kerndoelen burgerschap zodra die zijn vastgesteld."))

    doc.add_heading("3.3 Samen met de wijk", level=2)
    _tekst(doc, (
        "Onze school werkt proactief samen met een breed scala aan partners. In de praktijk zijn dat vooral "
        "partners die dichtbij zitten:"))
    _opsomming(doc, [
        "Wijkkerk De Regenboog: de predikant verzorgt twee keer per jaar een dagopening en we houden er de "
        "kerstviering.",
        "De Bibliotheek Almere: via De Bibliotheek op school komt een leesconsulent twee uur per week naar "
        "school. Zij helpt bij de inrichting van de schoolbibliotheek en neemt jaarlijks de Monitor "
        "Bibliotheek op school af.",
        "BSO De Kleine Haven, die in ons gebouw zit: elk kwartaal overleggen de directeur en de BSO-manager over "
        "gezamenlijke afspraken, zoals de pleinregels, die ook na schooltijd gelden.",
        "Het sociaal wijkteam Haven houdt om de week een spreekuur op school voor ouders met vragen over "
        "opvoeding, geld of zorg.",
        "Het woonzorgcentrum in de wijk, waar groep 6 maandelijks voorleest (zie 3.2).",
    ])

    doc.add_heading("3.4 Medezeggenschap", level=2)
    _tekst(doc, (
        "Onze medezeggenschapsraad is een klankbord voor ideeën en een sparringpartner voor de directie bij "
        "voorgenomen beleid en uitvoering van beleid."))

    _doelentabel(doc, "Tabel 2. Onze doelen bij open", [
        ("Respectvol omgaan met elkaar",
         "Onze school gaat respectvol om met de mensen binnen en buiten de organisatie.",
         "Doorlopend", "-", "Team"),
        ("Transparante communicatie",
         "In onze communicatie zijn wij transparant en toegankelijk.",
         "Doorlopend", "-", "Directie"),
        ("Open blik op verscheidenheid",
         "Feesten van verschillende religies in Trefwoord; bezoek aan kerk, moskee en synagoge in groep 7; "
         "leerlijn burgerschap opstellen",
         "Bezoeken jaarlijks in april; leerlijn december 2026",
         "Leerlijn burgerschap vastgesteld; alle leerlingen van groep 7 hebben drie gebedshuizen bezocht",
         "Burgerschapswerkgroep"),
        ("Leerlingen denken mee",
         "Leerlingenraad met eigen budget, acht vergaderingen per jaar",
         "Vanaf 2025-2026",
         "Acht vergaderingen per jaar; minstens één voorstel per jaar uitgevoerd",
         "Directeur"),
        ("Samenwerking met de wijk",
         "Bibliotheek op school, spreekuur wijkteam, voorleesmiddagen in het woonzorgcentrum, kwartaaloverleg BSO",
         "Vanaf 2025-2026",
         "Tien voorleesmiddagen per jaar; vier overleggen met de BSO per jaar",
         "Directeur"),
        ("Medezeggenschap",
         "Onze MR is een klankbord voor ideeën en een sparringpartner voor de directie.",
         "Doorlopend", "-", "MR"),
    ])


def _vooruitstrevend(doc):
    doc.add_heading("4. Vooruitstrevend", level=1)

    doc.add_heading("4.1 Onze koers", level=2)
    _tekst(doc, (
        "Wij zijn een school in beweging. Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders "
        "van onze profilering. Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van onze "
        "innovatiestrategie: continue veranderingen, fundamentele veranderingen en radicale veranderingen. "
        "Wij hebben lef, durven te experimenteren en dingen uit te proberen om ze leuker en beter te maken."))

    doc.add_heading("4.2 Nieuwsgierig naar wat werkt", level=2)
    _tekst(doc, (
        "We willen ons onderwijs baseren op wat we weten over goed lesgeven, en dat zelf onderzoeken in onze "
        "eigen klassen. Daarvoor starten we in schooljaar 2025-2026 met lesson study. Onder begeleiding van een "
        "lerarenopleider van Windesheim in Almere ontwerpen de leerkrachten van groep 6, 7 en 8 samen een les "
        "begrijpend lezen, geven die les om de beurt terwijl de anderen observeren hoe drie vooraf gekozen "
        "leerlingen leren, en stellen de les bij. In 2026-2027 volgt de middenbouw (groep 3 tot en met 5). "
        "Elke ronde sluiten we af met een korte presentatie in de teamvergadering."))
    _tekst(doc, (
        "Daarnaast houden we elke zes weken een 'kennisclub' van drie kwartier: twee collega's kiezen een kort "
        "artikel, bijvoorbeeld uit Didactief of van het Nationaal Regieorgaan Onderwijsonderzoek, en het team "
        "bespreekt wat het betekent voor onze lessen. Het eerste onderwerp in september 2025 is de "
        "leesmotivatie van jongens."))

    doc.add_heading("4.3 Digitale geletterdheid en techniek", level=2)
    _tekst(doc, (
        "Kinderen groeien op in een digitale wereld. Tot nu toe hing digitale geletterdheid af van de "
        "leerkracht. Vanaf augustus 2025 werken alle groepen 3 tot en met 8 met de leerlijn van Basicly, "
        "dertig minuten per week. In groep 7 en 8 programmeren de kinderen met de micro:bit. Sinds 2023 is er "
        "één Chromebook per twee leerlingen; in 2026 vervangen we de oudste 40 exemplaren. Voor wetenschap en "
        "techniek gebruiken we de Techniektorens en de onderzoeksopdrachten uit Blink Wereld. Zodra de nieuwe "
        "kerndoelen digitale geletterdheid wettelijk zijn vastgesteld, leggen we onze leerlijn ernaast en "
        "vullen we aan waar nodig."))

    doc.add_heading("4.4 Leren van elkaar", level=2)
    _tekst(doc, (
        "Iedere leerkracht bezoekt twee keer per jaar de les van een collega en wordt zelf twee keer bezocht. "
        "We gebruiken daarbij de kijkwijzer EDI die we in 2023 samen hebben gemaakt. Na het bezoek volgt een "
        "nagesprek van een kwartier. In de bouwvergaderingen (om de week) staat als eerste punt een "
        "'leermoment': een collega laat iets zien uit de eigen klas dat werkte of juist niet werkte."))

    _doelentabel(doc, "Tabel 3. Onze doelen bij vooruitstrevend", [
        ("Innovatieve leerconcepten",
         "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.",
         "Doorlopend", "-", "Directie"),
        ("Drie horizonten",
         "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van onze innovatiestrategie.",
         "Doorlopend", "-", "Directie"),
        ("Onderzoekend lesgeven",
         "Lesson study in de bovenbouw (met Windesheim), daarna in de middenbouw; kennisclub elke zes weken",
         "Bovenbouw 2025-2026; middenbouw 2026-2027",
         "Twee lesson-study-cycli per jaar afgerond en gepresenteerd; zes kennisclubs per jaar",
         "Leescoördinator"),
        ("Digitale geletterdheid",
         "Leerlijn Basicly in groep 3 t/m 8; programmeren met micro:bit in groep 7-8; vervanging 40 Chromebooks",
         "Vanaf augustus 2025; vervanging 2026",
         "Alle groepen 30 minuten per week; leerlijn getoetst aan de nieuwe kerndoelen binnen een jaar na "
         "vaststelling",
         "ICT-coördinator"),
        ("Leren van elkaar",
         "Collegiale consultatie met de kijkwijzer EDI; leermoment in elke bouwvergadering",
         "Vanaf 2025-2026",
         "Elke leerkracht twee bezoeken gegeven en twee ontvangen per jaar",
         "Bouwcoördinatoren"),
    ])


def _ambitieus(doc):
    doc.add_heading("5. Ambitieus", level=1)

    doc.add_heading("5.1 De lat hoog", level=2)
    _tekst(doc, (
        "Kinderen groeien naar de verwachtingen die wij van hen hebben. We merken dat we onszelf soms "
        "geruststellen met 'voor deze groep is dit een mooi resultaat'. Dat willen we niet meer. Elke "
        "groepsbespreking begint daarom met de vraag welke kinderen meer kunnen dan ze nu laten zien. In "
        "groep 6 tot en met 8 werkt elk kind dat de basisstof beheerst aan uitdagende opdrachten in plaats "
        "van extra oefenstof."))
    _tekst(doc, (
        "De resultaten op de eindtoets (Doorstroomtoets, 2024) laten zien dat vrijwel alle leerlingen het "
        "fundamentele niveau halen: 97 procent voor lezen, 98 procent voor taalverzorging en 92 procent voor "
        "rekenen. Voor het streefniveau ligt dat lager: 63 procent voor lezen (2F), 61 procent voor "
        "taalverzorging (2F) en 38 procent voor rekenen (1S). We scoren boven de signaleringswaarden van de "
        "inspectie, maar onder het landelijk gemiddelde van scholen met een vergelijkbare schoolweging. Onze "
        "doelen voor 2028 zijn: 72 procent 2F lezen, 66 procent 2F taalverzorging en 45 procent 1S rekenen."))

    doc.add_heading("5.2 Ons onderwijsprogramma", level=2)
    _tekst(doc, (
        "Onze methodes dekken de kerndoelen van het primair onderwijs. Met de toetsen van Leerling in beeld "
        "en de eindtoets volgen we of de leerlingen de referentieniveaus halen. De leerlingen gaan 940 uur "
        "per jaar naar school volgens een vijf-gelijke-dagenmodel (8.30 tot 14.15 uur)."))
    _opsomming(doc, [
        "Technisch lezen: Veilig leren lezen (kim-versie) in groep 3, daarna Estafette in groep 4 tot en met 6.",
        "Begrijpend lezen: Nieuwsbegrip, vanaf 2025-2026 aangevuld met close reading.",
        "Taal en spelling: Staal.",
        "Rekenen: Wereld in getallen 5.",
        "Wereldoriëntatie, natuur en techniek: Blink Wereld.",
        "Engels: Groove.me, vanaf groep 1.",
        "Levensbeschouwing: Trefwoord; sociaal-emotioneel: Kanjertraining.",
        "Bewegingsonderwijs: twee keer 45 minuten per week door de vakleerkracht.",
        "Cultuur: het cultuurmenu van de gemeente Almere, met per groep één voorstelling of museumbezoek per jaar.",
    ])
    _tekst(doc, (
        "Lezen is ons belangrijkste onderwijsinhoudelijke speerpunt. Vanaf augustus 2025 lezen alle groepen 3 "
        "tot en met 8 elke dag twintig minuten vrij. De schoolbibliotheek wordt in 2025 aangevuld met 1.200 "
        "nieuwe boeken (6.000 euro). De leescoördinator volgt in 2025-2026 de opleiding leesbevordering van "
        "Stichting Lezen, en het hele team volgt vier bijeenkomsten over begrijpend lezen en close reading "
        "van het Expertisecentrum Nederlands."))

    doc.add_heading("5.3 Onze mensen", level=2)
    _tekst(doc, (
        "Onze medewerkers voelen zich betrokken bij en trots op onze school. Zij ervaren erkenning van hun "
        "professionaliteit en expertise en voelen zich gezien. Wij hebben vitale werknemers."))
    _tekst(doc, (
        "Gesprekscyclus. In september voert de directeur met iedere medewerker een startgesprek over de "
        "eigen ontwikkeldoelen. Tussen november en maart bezoeken de directeur en de intern begeleider elke "
        "leerkracht twee keer in de klas. In maart volgt het ontwikkelgesprek en eens per drie jaar een "
        "beoordelingsgesprek. Alle verslagen komen in het digitale personeelsdossier."))
    _tekst(doc, (
        "Professionalisering. Naast de teamscholing lezen heeft iedere medewerker een individueel budget van "
        "600 euro per fte per jaar. Twee leerkrachten volgen van 2025 tot 2027 de leergang meer- en "
        "hoogbegaafdheid van de ASG Academie; zij nemen daarna de Kangoeroeklas over van de intern begeleider. "
        "Elke leerkracht kiest jaarlijks één eigen ontwikkelvraag, die in het startgesprek wordt besproken. Op "
        "het 'leerfeest' in juni laat ieder zien wat hij of zij heeft uitgezocht. In 2024-2025 deden 11 van de "
        "13 leerkrachten vrijwillig mee; vanaf 2025-2026 doet iedereen mee."))
    _tekst(doc, (
        "Zij-instromers. Onze twee zij-instromers (groep 4 en groep 6) volgen de opleiding bij Windesheim. "
        "Een gecertificeerde schoolopleider uit ons team begeleidt hen twee uur per week, en zij krijgen "
        "één dag per week vrij voor de opleiding. Ons doel is dat beiden vóór de zomer van 2027 hun "
        "bevoegdheid hebben. Daarnaast bieden we elk jaar twee plaatsen aan studenten van de pabo."))
    _tekst(doc, (
        "Werk en levensfase. Bij de taakverdeling in juni houden we rekening met de fase waarin iemand zit. "
        "Startende leerkrachten krijgen de eerste twee jaar geen grote schooltaken en een vaste collega als "
        "buddy. Collega's met jonge kinderen kunnen vóór 1 april hun voorkeur voor werkdagen doorgeven. "
        "Collega's van 57 jaar en ouder bespreken in het ontwikkelgesprek hoe zij hun seniorenregeling willen "
        "inzetten. De werkdrukmiddelen besteden we, op voorstel van het team, aan twee onderwijsassistenten."))

    doc.add_heading("5.4 Het beste van onszelf", level=2)
    _tekst(doc, (
        "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij geven altijd het beste van "
        "onszelf."))

    _doelentabel(doc, "Tabel 4. Onze doelen bij ambitieus", [
        ("Betere leesresultaten",
         "Twintig minuten vrij lezen per dag, nieuwe boeken, close reading, teamscholing lezen",
         "Vanaf augustus 2025; scholing 2025-2026",
         "2F lezen van 63% (2024) naar 72% (2028); 2F taalverzorging van 61% naar 66%",
         "Leescoördinator"),
        ("Hogere verwachtingen bij rekenen",
         "Uitdagende opdrachten voor kinderen die de basisstof beheersen; vraag 'wie kan meer?' in elke "
         "groepsbespreking",
         "Vanaf 2025-2026",
         "1S rekenen van 38% (2024) naar 45% (2028)",
         "Rekencoördinator"),
        ("Eigen ontwikkeling van leerkrachten",
         "Eigen ontwikkelvraag per leerkracht; leerfeest in juni; individueel scholingsbudget",
         "Jaarlijks",
         "Alle leerkrachten presenteren op het leerfeest",
         "Directeur"),
        ("Bevoegde leerkrachten",
         "Begeleiding zij-instromers door schoolopleider, twee uur per week",
         "Tot zomer 2027",
         "Beide zij-instromers bevoegd vóór 1 augustus 2027",
         "Schoolopleider"),
        ("Gesprekscyclus op orde",
         "Startgesprek, twee klassenbezoeken, ontwikkelgesprek; beoordeling eens per drie jaar",
         "Jaarlijks",
         "Alle gesprekken gevoerd en vastgelegd in het personeelsdossier",
         "Directeur"),
        ("Aandacht voor levensfase",
         "Buddy en beperkte taken voor starters; voorkeur werkdagen; gesprek over seniorenregeling",
         "Bij de taakverdeling in juni",
         "Taakverdeling vóór 1 juli vastgesteld; tevredenheid over werkdruk in de medewerkerspeiling 2027 "
         "minimaal 7,0",
         "Directeur"),
        ("Het beste van onszelf",
         "Wij geven altijd het beste van onszelf.",
         "Doorlopend", "-", "Team"),
    ])


def _kwaliteit(doc):
    doc.add_heading("6. Kwaliteitszorg en verantwoording", level=1)

    doc.add_heading("6.1 Zo bewaken en verbeteren wij de kwaliteit", level=2)
    _tekst(doc, (
        "Wij werken volgens een vaste cyclus van plannen, uitvoeren, evalueren en bijstellen. Het schoolplan "
        "vertalen we elk jaar naar een jaarplan, dat in juni klaar is en in de eerste teamvergadering van "
        "het schooljaar wordt besproken. In februari evalueren we het jaarplan halverwege; in juli schrijven "
        "we het jaarverslag. Per kwartaal rapporteert de directeur aan het bestuur over de voortgang."))
    _opsomming(doc, [
        "We gebruiken Werken met Kwaliteit (WMK-PO). Elk jaar nemen we zes kwaliteitskaarten af, zodat alle "
        "kwaliteitsgebieden in vier jaar aan bod komen.",
        "Twee keer per jaar (februari en juli) is er een opbrengstvergadering waarin het team de "
        "trendanalyses van Leerling in beeld bespreekt en per vak verbeterafspraken maakt.",
        "Leerlingen (groep 5 tot en met 8) vullen jaarlijks een tevredenheidspeiling in; ouders en medewerkers "
        "om het jaar (2025, 2027 en 2029).",
        "De directeur en de intern begeleider leggen klassenbezoeken vast met de kijkwijzer EDI en bespreken "
        "de uitkomsten op teamniveau zonder namen.",
        "In november 2027 laten we een externe audit uitvoeren door een onafhankelijk bureau, als voorbereiding "
        "op het volgende inspectiebezoek.",
    ])
    _tekst(doc, (
        "Ons doel is dat alle standaarden van het onderzoekskader van de inspectie ook in de komende periode "
        "minimaal voldoende zijn, en dat de audit van 2027 het didactisch handelen (OP3) als goed "
        "beoordeelt."))

    doc.add_heading("6.2 Wij en de ASG", level=2)
    _tekst(doc, (
        "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
        "alle leerlingen een passende onderwijsplek hebben. Wij ontmoeten collega's van alle "
        "scholen en het servicebureau regelmatig. Wij delen de opbrengst van leren en ontwikkelen met elkaar "
        "tijdens conferenties en ASG-brede studiedagen. Wij hebben een divers en op elkaar aansluitend aanbod "
        "en werken met verschillende onderwijsconcepten en -profielen, zodat wij alle leerlingen een "
        "passende onderwijsloopbaan kunnen bieden. Onze school werkt samen met collega-schoolbesturen en "
        "gemeente bij de aanpak van regionale problemen in het onderwijs, zoals het lerarentekort."))


def _planning_en_vaststelling(doc):
    doc.add_heading("7. Meerjarenplanning en vaststelling", level=1)

    doc.add_heading("7.1 Meerjarenplanning", level=2)
    _tekst(doc, "2025-2026", "Heading 3")
    _opsomming(doc, [
        "Start kindgesprekken, koffieochtenden en gidsen uit groep 8.",
        "Dagelijks vrij lezen, teamscholing begrijpend lezen en close reading, nieuwe schoolbibliotheek.",
        "Lesson study in de bovenbouw; kennisclub; collegiale consultatie.",
        "Leerlijn Basicly in alle groepen; licentie C Kanjertraining.",
        "Inventarisatie burgerschapsdoelen.",
    ])
    _tekst(doc, "2026-2027", "Heading 3")
    _opsomming(doc, [
        "Nieuwe inrichting van de hal (zomer 2026); herzien SOP (vóór 1 juli 2026).",
        "Driehoeksgesprekken in groep 5 tot en met 8.",
        "Lesson study in de middenbouw; leerlijn burgerschap vastgesteld (december 2026).",
        "Zij-instromers bevoegd (vóór 1 augustus 2027).",
    ])
    _tekst(doc, "2027-2028", "Heading 3")
    _opsomming(doc, [
        "Externe audit (november 2027).",
        "Evaluatie van de kindgesprekken en driehoeksgesprekken met ouders en leerlingenraad.",
        "Tussenmeting leesresultaten en bijstelling van het leesplan.",
    ])
    _tekst(doc, "2028-2029", "Heading 3")
    _opsomming(doc, [
        "Eindevaluatie van dit schoolplan; peilingen bij leerlingen, ouders en medewerkers (2029).",
        "Voorbereiding van het schoolplan 2029-2033.",
    ])

    doc.add_heading("7.2 Vaststelling", level=2)
    _tekst(doc, (
        "Dit schoolplan is opgesteld door de directeur samen met het team. De medezeggenschapsraad is als "
        "klankbord bij het opstellen betrokken geweest. Het plan wordt ter vaststelling aangeboden aan het "
        "College van Bestuur van de Almeerse Scholen Groep."))
    _tekst(doc, "Almere Haven, juni 2025")
    _tekst(doc, "M. Hoekstra, directeur CBS De Vuurdoorn")
    _tekst(doc, "Handtekening: ______________________________")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        doc.styles[s].font.color.rgb = RGBColor(0xA3, 0x3B, 0x12)

    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.2)
    _paginanummer(sectie)

    cp = doc.core_properties
    cp.title = "Schoolplan CBS De Vuurdoorn 2025-2029"
    cp.subject = "Schoolplan"
    cp.author = "M. Hoekstra"
    cp.last_modified_by = "M. Hoekstra"
    cp.language = "nl-NL"
    cp.keywords = "schoolplan; CBS De Vuurdoorn; Almere Haven"
    cp.comments = ""
    cp.revision = 3
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM

    _voorblad(doc)
    _voorwoord(doc)
    _onze_school(doc)
    _gezien_worden(doc)
    _open(doc)
    _vooruitstrevend(doc)
    _ambitieus(doc)
    _kwaliteit(doc)
    _planning_en_vaststelling(doc)

    _deterministisch_opslaan(doc, path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_159_cbs_de_vuurdoorn.docx")
