"""Schoolplan 2019-2023 van Katholiek Kindcentrum Sint Maarten, Almere Poort (plan 75).

Een plan dat veel zinnen uit Koers 22 herhaalt (met 'wij', als wens, als opsomming) en voor ongeveer
een derde van de doelen eigen acties noemt. Hoofdstukken per kernwaarde en per venster, doelen als
genummerde lijst aan het eind, MR-instemming in het colofon.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VASTE_TIJD = datetime.datetime(2019, 6, 24, 10, 0, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) -------------------------------------------

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
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


def tabel(doc, kop, rijen, breedtes=None):  # type: ignore[no-untyped-def]
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
                    run.font.size = Pt(9)
    if breedtes:
        for rij in table.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    return table


def deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
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


# --- Inhoud -------------------------------------------------------------------------------------

def _p(doc, tekst, stijl=None):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst, style=stijl) if stijl else doc.add_paragraph(tekst)


def _bullets(doc, regels):  # type: ignore[no-untyped-def]
    for r in regels:
        doc.add_paragraph(r, style="List Bullet")


def _vet_kop(doc, tekst):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.add_run(tekst).bold = True
    return p


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "E. Verhoeven"
    cp.last_modified_by = "E. Verhoeven"
    cp.title = "Schoolplan 2019-2023 Kindcentrum Sint Maarten"
    cp.created = VASTE_TIJD
    cp.modified = VASTE_TIJD
    cp.revision = 7

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2019-2023 Kindcentrum Sint Maarten – pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    # Omslag
    doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2019 – 2023", style="Title")
    _p(doc, "Katholiek Kindcentrum Sint Maarten").runs[0].font.size = Pt(18)
    _p(doc, "Almere Poort – Homeruskwartier")
    _p(doc, "“Samen delen, samen leren”")
    _p(doc, "Schooljaren 2019-2020, 2020-2021, 2021-2022 en 2022-2023")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Colofon
    _vet_kop(doc, "Colofon")
    _bullets(doc, [
        "School: Katholiek Kindcentrum Sint Maarten (basisschool met kinderopvang)",
        "BRIN: 28PK",
        "Adres: Penelopestraat 12, 1363 RT Almere",
        "Directeur: Ellen Verhoeven; adjunct-directeur: Jeroen Smit; intern begeleider: Saskia de Groot",
        "Bevoegd gezag: Almeerse Scholen Groep (ASG), College van Bestuur",
        "Planperiode: 1 augustus 2019 tot en met 31 juli 2023",
    ])
    _p(doc, "De medezeggenschapsraad van Kindcentrum Sint Maarten heeft op 18 juni 2019 ingestemd met dit "
            "schoolplan. Het College van Bestuur van ASG heeft het schoolplan op 2 juli 2019 vastgesteld.")
    _p(doc, "Namens de MR: Karin Bosman (voorzitter)          Namens het bestuur: College van Bestuur ASG")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 1 Inleiding
    doc.add_heading("1. Inleiding", level=1)
    _p(doc, "Voor u ligt het schoolplan van Katholiek Kindcentrum Sint Maarten voor de periode 2019-2023. "
            "In dit plan beschrijven wij waar wij als school voor staan, wat wij de komende vier jaar willen "
            "bereiken en hoe wij daaraan werken. Het schoolplan is de basis voor onze jaarplannen; ieder jaar "
            "werken wij een deel van de doelen uit en in het jaarverslag kijken wij terug.")
    _p(doc, "Ons schoolplan volgt de opbouw van Koers 22, het strategisch beleid van ons bestuur, de "
            "Almeerse Scholen Groep. Net als ASG willen wij samen kleur geven aan goed onderwijs. Wij vinden "
            "het belangrijk dat de koers van het bestuur ook in onze school zichtbaar is. Daarom hebben wij "
            "per kernwaarde en per venster een hoofdstuk gemaakt. Steeds staat eerst wat de koers voor ons "
            "betekent en daarna wat wij op Sint Maarten doen of gaan doen. In hoofdstuk 11 staan onze doelen "
            "voor de planperiode op een rij.")
    _p(doc, "Het team heeft op de studiedag van 6 maart 2019 in groepjes gewerkt met de centrale vragen uit "
            "de ASG Koerswijzer. De opbrengst daarvan hebben de directeur en de adjunct-directeur verwerkt in "
            "dit plan. Het concept is besproken in het team, met de MR en met de leidinggevende van de "
            "opvang.")

    # 2 Onze school
    doc.add_heading("2. Onze school", level=1)
    doc.add_heading("2.1 Ons kindcentrum", level=2)
    _p(doc, "Sint Maarten is in 2011 gestart als nieuwe school in het Homeruskwartier in Almere Poort. De wijk "
            "groeit nog steeds en de school is meegegroeid: van drie groepen in het eerste jaar naar 18 "
            "groepen en 438 leerlingen op 1 oktober 2018. Sinds 2016 gebruiken wij ook vier lokalen in de "
            "dependance aan de Odysseestraat. In ons gebouw zit ook Kinderopvang Het Poortje, met een "
            "peuteropvang (met VVE), een dagopvang en een buitenschoolse opvang. Samen vormen wij een "
            "kindcentrum voor kinderen van 0 tot 13 jaar.")
    _p(doc, "Onze leerlingen komen vooral uit jonge gezinnen in de wijk. Veel ouders werken allebei, vaak "
            "buiten Almere. Ongeveer 12% van onze leerlingen spreekt thuis (ook) een andere taal dan het "
            "Nederlands; in totaal zijn er 27 nationaliteiten op school. Het aantal leerlingen met een "
            "gewicht is laag. Wij verwachten dat het leerlingenaantal nog groeit tot ongeveer 470 in 2021 "
            "en daarna stabiliseert.")
    doc.add_heading("2.2 Onze katholieke identiteit", level=2)
    _p(doc, "Sint Maarten is een katholieke school. Onze naamgever deelde zijn mantel met een bedelaar; "
            "‘delen’ is daarom ons sleutelwoord. Wij werken met de methode Trefwoord voor levensbeschouwing. "
            "Met Kerstmis en Pasen houden wij een viering voor de hele school, afwisselend in de aula en in de "
            "kerk van onze parochie. Op 11 november lopen de peuters en de kleuters met lampionnen door de "
            "wijk en zamelen de groepen 3 tot en met 8 spullen in voor de Voedselbank Almere.")
    doc.add_heading("2.3 Schooltijden", level=2)
    _p(doc, "Wij werken met een continurooster: alle groepen zijn op maandag, dinsdag, donderdag en vrijdag "
            "van 8.30 tot 14.30 uur op school en op woensdag van 8.30 tot 12.30 uur. De deuren gaan om "
            "8.20 uur open. De kinderen eten samen met de leerkracht in de klas.")

    # 3 Gezien worden
    doc.add_heading("3. Gezien worden", level=1)
    _p(doc, "Iedereen is waardevol en wordt gezien. Wij zien wat onze medewerkers en leerlingen nodig "
            "hebben en wat het beste voor hen is. Onze school heeft de uitstraling van welkom zijn en welkom "
            "laten voelen. Gezien worden staat voor ons voor een goede bejegening en voor gelijkwaardigheid.")
    _vet_kop(doc, "Waar willen wij staan in 2022?")
    _bullets(doc, [
        "De cultuur op Sint Maarten is gastvrij; iedereen voelt zich welkom.",
        "Iedereen op onze school is waardevol en wordt gezien.",
        "Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.",
    ])
    _vet_kop(doc, "Wat doen wij?")
    _p(doc, "Elke ochtend staan de directeur of de adjunct en een leerkracht van de onderbouw bij de "
            "hoofdingang. Iedere leerkracht staat bij de deur van het eigen lokaal en begroet elk kind bij "
            "naam. Nieuwe gezinnen hebben een kennismakingsgesprek met de directeur en krijgen een "
            "rondleiding van twee leerlingen uit groep 8, onze ‘gidsen’. Zij krijgen ook een welkomstmap met "
            "de jaarkalender, de namen en foto’s van het team en de afspraken van de school. Bezoekers "
            "melden zich bij de administratie, waar altijd koffie of thee klaarstaat.")
    _p(doc, "Leerkrachten voeren twee keer per jaar, in oktober en in maart, een kindgesprek van tien "
            "minuten met ieder kind uit de groepen 3 tot en met 8. Het kind vult vooraf een kaart in: waar "
            "ben ik goed in, wat vind ik lastig, wat heb ik van de juf of meester nodig? In de kleutergroepen "
            "doen wij dit in een kringgesprek met een klein groepje. De afspraken uit het gesprek noteert de "
            "leerkracht in ParnasSys. Ook voor medewerkers willen wij weten wat zij nodig hebben: de "
            "directeur voert in het schooljaar 2019-2020 met iedere medewerker een kort gesprek over wat hij "
            "of zij nodig heeft om goed te kunnen werken. De uitkomsten bespreken wij in de teamvergadering "
            "van januari 2020.")
    _p(doc, "Wij willen dat ieder kind en iedere collega zich elke dag gezien voelt. Dat vraagt aandacht van "
            "ons allemaal.")

    # 4 Open
    doc.add_heading("4. Open", level=1)
    _p(doc, "Wij zijn open en eerlijk naar leerlingen, ouders, collega’s en anderen met wie we samenwerken. "
            "Wij staan open voor verscheidenheid, voor mensen met verschillende culturen, religies en "
            "achtergronden. Ook als katholieke school staan wij open voor ieder kind en iedere ouder die "
            "voor onze school kiest. Met een open blik kijken wij naar de eigenheid van onze leerlingen.")
    _vet_kop(doc, "Waar willen wij staan in 2022?")
    _bullets(doc, [
        "Wij gaan respectvol om met de mensen binnen en buiten onze school.",
        "In onze communicatie zijn wij transparant en toegankelijk.",
        "Met een open blik kijken wij naar de verscheidenheid van leerlingen en medewerkers.",
    ])
    _vet_kop(doc, "Wat doen wij?")
    _p(doc, "Sinds augustus 2018 communiceren alle groepen met ouders via de Parro-app. Leerkrachten plaatsen "
            "minstens één keer per week een bericht over wat er in de groep gebeurt. Om de week, op vrijdag, "
            "verschijnt onze nieuwsbrief ‘De Maartenpost’. Vragen van ouders beantwoorden wij binnen twee "
            "werkdagen; lukt dat niet, dan laten wij weten wanneer het antwoord komt. Aan het begin van het "
            "schooljaar ontvangen alle ouders de jaarkalender en is er per groep een informatieavond. Voor "
            "ouders die het Nederlands nog niet goed beheersen, gebruiken wij de vertaalfunctie van Parro en "
            "nodigen wij bij gesprekken zo nodig een tolk uit.")
    _p(doc, "Wij willen dat iedereen zich op onze school respectvol bejegend voelt. Wij spreken elkaar daarop "
            "aan, zoals wij dat ook van de kinderen vragen.")

    # 5 Vooruitstrevend
    doc.add_heading("5. Vooruitstrevend", level=1)
    _p(doc, "Wij zijn een school in beweging. Wij willen lef hebben, durven te experimenteren en dingen "
            "uitproberen om ze leuker en beter te maken. Wij wachten niet af en verschuilen ons niet achter "
            "regels en procedures. Wij zijn nieuwsgierig naar elkaar, naar de drijfveren van elk kind, naar "
            "onszelf en naar wat er om ons heen gebeurt.")
    _vet_kop(doc, "Waar willen wij staan in 2022?")
    _bullets(doc, [
        "Wij werken met innovatieve en nieuwe leerconcepten, passend bij onze school.",
        "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        "Wij geven ons onderwijs gericht vorm langs de drie horizonten van de innovatiestrategie van "
        "ASG: continue veranderingen, fundamentele veranderingen en radicale veranderingen.",
    ])
    _vet_kop(doc, "Wat doen wij?")
    _p(doc, "In de komende planperiode willen wij met het team onderzoeken welke vernieuwingen bij Sint "
            "Maarten passen. Wij staan open voor ideeën van collega’s, ouders en kinderen en willen daar "
            "ruimte voor maken. Wij streven ernaar om in deze periode stappen te zetten op alle drie de "
            "horizonten.")

    # 6 Ambitieus
    doc.add_heading("6. Ambitieus", level=1)
    _p(doc, "Wij leggen de lat hoog en blijven onszelf en onze leerlingen uitdagen. Wij willen het maximale "
            "uit de mogelijkheden van onze leerlingen halen, en uit onszelf. Daarover leggen wij actief "
            "verantwoording af. Sint Maarten is voor kinderen en medewerkers een plek van ontwikkeling en "
            "vooruitgang.")
    _vet_kop(doc, "Waar willen wij staan in 2022?")
    _bullets(doc, [
        "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
        "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.",
        "Wij geven altijd het beste van onszelf.",
    ])
    _vet_kop(doc, "Wat doen wij?")
    _p(doc, "Vanaf 2019-2020 stellen wij per groep streefdoelen op voor technisch lezen, begrijpend lezen, "
            "spelling en rekenen. Die streefdoelen baseren wij op de schoolweging en op de resultaten van de "
            "groep, en wij leggen ze bewust hoger dan het landelijk gemiddelde van vergelijkbare scholen. "
            "In februari en juni bespreekt iedere leerkracht met de intern begeleider of de groep de doelen "
            "haalt. Elke groep werkt met instructie op drie niveaus; de kinderen die meer aankunnen krijgen "
            "na de verkorte instructie verrijkingsstof uit de map ‘Plustaken’ en werken één keer per week met "
            "de leerkracht aan een uitdagende opdracht. Voor de eindresultaten van groep 8 staan onze doelen "
            "in hoofdstuk 11.")

    # 7 Venster 1
    doc.add_heading("7. Venster 1: Goed en toegankelijk onderwijs", level=1)
    _p(doc, "Het onderwijs past zich aan het kind aan en niet het kind aan het onderwijs. Wij denken in "
            "mogelijkheden en niet in beperkingen. Wij willen dat onze leerlingen straks als zelfstandige en "
            "verantwoordelijke burgers een volwaardige plek kunnen innemen in de maatschappij.")
    _vet_kop(doc, "Waar willen wij staan in 2022?")
    _bullets(doc, [
        "De kwaliteit van ons onderwijs is en blijft op orde.",
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en integraal.",
        "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
        "alle leerlingen een passende onderwijsplek hebben.",
        "Wij hebben zicht op wat onze leerlingen nodig hebben.",
        "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen.",
    ])
    doc.add_heading("7.1 Ons onderwijsprogramma", level=2)
    _p(doc, "In de groepen 1 en 2 leren kinderen spelend, in thema’s die wij samen met Het Poortje kiezen. "
            "Wij gebruiken daarbij Piramide, zodat peuters en kleuters dezelfde thema’s en woorden "
            "tegenkomen. In de groepen 3 tot en met 8 werken wij met methodes die de kerndoelen dekken:")
    tabel(doc, ["Vak", "Methode", "Tijd per week (groep 3-8)"], [
        ["Technisch lezen", "Veilig leren lezen (groep 3), Estafette (groep 4-6)", "5 uur (gr. 3) tot 1 uur (gr. 6)"],
        ["Begrijpend lezen", "Nieuwsbegrip", "1 uur"],
        ["Taal en spelling", "Taal actief 4", "4 uur"],
        ["Rekenen", "Wereld in getallen 5", "5 uur"],
        ["Wereldoriëntatie", "Blink Wereld (geschiedenis, aardrijkskunde, natuur en techniek)", "2,5 uur"],
        ["Engels", "Groove.me (groep 1-8)", "0,5-1 uur"],
        ["Levensbeschouwing", "Trefwoord", "1,5 uur"],
        ["Sociaal-emotioneel", "Kanjertraining", "0,5 uur"],
        ["Bewegingsonderwijs", "vakleerkracht, twee lessen van 45 minuten", "1,5 uur"],
        ["Kunstzinnige oriëntatie", "Moet je doen", "1,5 uur"],
    ], [4, 7.5, 4])
    _p(doc, "Alle groepen maken per jaar 940 uur onderwijstijd; over acht jaar komen leerlingen daarmee "
            "ruim boven de wettelijke 7.520 uur. Of onze leerlingen de referentieniveaus halen, volgen wij met "
            "de toetsen van het Cito-leerlingvolgsysteem (midden- en eindtoetsen) en met de IEP-eindtoets in "
            "groep 8.")
    _p(doc, "Omdat wij onze kinderen willen voorbereiden op een wereld die snel verandert, voegen wij vanaf "
            "2019-2020 digitale geletterdheid toe aan ons programma. De groepen 1 tot en met 4 werken met "
            "Bee-Bots, de groepen 5 tot en met 8 krijgen om de week een les programmeren met Scratch en "
            "lessen over veilig internetgebruik en mediawijsheid. Hiervoor schaffen wij in 2019 twintig "
            "extra Chromebooks aan; in de groepen 5 tot en met 8 is er dan één Chromebook per twee "
            "leerlingen. Een werkgroep van drie leerkrachten maakt in 2019-2020 een leerlijn voor groep 1 "
            "tot en met 8.")
    _p(doc, "Burgerschap heeft een plaats in ons hele onderwijs. In de planperiode willen wij onze visie op "
            "burgerschap verder uitwerken.")
    doc.add_heading("7.2 Kwaliteit en kwaliteitszorg", level=2)
    _p(doc, "De kwaliteit van ons onderwijs is op orde. De inspectie bezocht ons in 2017 en gaf de school het "
            "basisarrangement. Onze eindtoetsresultaten lagen in 2016, 2017 en 2018 boven de ondergrens die "
            "de inspectie voor onze school hanteert (gemiddeld 81,2 op de IEP bij een ondergrens van 78). "
            "Het percentage leerlingen dat referentieniveau 1F haalt was in 2018 voor lezen 98%, voor "
            "taalverzorging 97% en voor rekenen 94%.")
    _p(doc, "Wij werken met een vaste kwaliteitscyclus. In juni stellen wij het jaarplan op, met de doelen "
            "uit dit schoolplan die dat jaar aan de beurt zijn. In februari en juni analyseren wij de "
            "toetsresultaten per groep en schoolbreed (trendanalyse) en bespreken wij die in het team. De "
            "directeur en de intern begeleider leggen per leerkracht drie lesbezoeken per jaar af met een "
            "kijkwijzer. Om de twee jaar vullen ouders, leerlingen van de groepen 6 tot en met 8 en "
            "medewerkers een vragenlijst in via WMK-PO (in 2020 en 2022). In juni schrijven wij het "
            "jaarverslag, waarin wij het jaarplan evalueren. Ieder kwartaal rapporteert de directeur aan het "
            "College van Bestuur via de kwartaalrapportage van ASG.")
    doc.add_heading("7.3 Zicht op ontwikkeling en ondersteuning", level=2)
    _p(doc, "Wij volgen onze leerlingen met ParnasSys, de Cito-toetsen en het volgsysteem ZIEN! voor de "
            "sociaal-emotionele ontwikkeling. Drie keer per jaar (oktober, februari, juni) houdt de intern "
            "begeleider met iedere leerkracht een groepsbespreking. Wij bespreken dan niet alleen de "
            "toetsresultaten, maar ook de kindgesprekken en de observaties van de leerkracht. Twee keer per "
            "jaar maakt de leerkracht een groepsplan met drie instructieniveaus.")
    _p(doc, "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2018, herzien in 2021) staat welke "
            "ondersteuning wij bieden. Tot de basisondersteuning horen onder meer het dyslexieprotocol, "
            "preteaching bij rekenen en de Kanjertraining. Als extra ondersteuning bieden wij:")
    _bullets(doc, [
        "de Plusklas: één ochtend per week voor ongeveer 14 leerlingen uit de groepen 5 tot en met 8 die "
        "meer uitdaging nodig hebben;",
        "leesbegeleiding in kleine groepjes door een onderwijsassistent (groep 3 en 4), drie keer per week "
        "twintig minuten;",
        "schoolmaatschappelijk werk, één dagdeel per week op school;",
        "een eigen leerlijn voor leerlingen met een ontwikkelingsperspectief, met ondersteuning van het "
        "samenwerkingsverband.",
    ])
    _p(doc, "Wij kunnen geen passend onderwijs bieden aan leerlingen die de hele dag één-op-één begeleiding "
            "nodig hebben of die ernstige medische zorg nodig hebben die leerkrachten niet mogen geven. Per "
            "groep kunnen wij maximaal twee leerlingen met een arrangement goed begeleiden. Voor leerlingen "
            "die meer nodig hebben, zoeken wij samen met ouders en het samenwerkingsverband Passend Onderwijs "
            "Almere naar een passende plek (zie het SOP).")
    doc.add_heading("7.4 Een veilige school", level=2)
    _p(doc, "Alle groepen werken met de Kanjertraining; iedere leerkracht heeft de basiscursus gevolgd. In "
            "september maakt iedere groep eigen klassenafspraken, die in het lokaal hangen. Ons "
            "pestprotocol beschrijft wat wij doen als er gepest wordt. Onze intern begeleider is "
            "anti-pestcoördinator en aanspreekpunt voor ouders en kinderen. Ieder jaar in november vullen de "
            "leerlingen van de groepen 5 tot en met 8 de vragenlijst sociale veiligheid van ZIEN! in; de "
            "uitkomsten bespreken wij in het team en met de MR. In 2018 voelde 94% van de leerlingen zich "
            "veilig op school. Twee keer per jaar houden wij samen met Het Poortje een ontruimingsoefening.")

    # 8 Venster 2
    doc.add_heading("8. Venster 2: Personeel in positie", level=1)
    _p(doc, "Goed onderwijs maken wij met goed personeel op de juiste plek, een ambitieuze leercultuur en "
            "trotse en betrokken medewerkers. Wij zijn een werkgever die medewerkers goed begeleidt en hen "
            "uitdaagt verder te groeien en daarin regie te nemen.")
    _vet_kop(doc, "Waar willen wij staan in 2022?")
    _bullets(doc, [
        "Onze medewerkers voelen zich betrokken bij en trots op Sint Maarten en ASG.",
        "Wij hebben aandacht voor het welbevinden van alle medewerkers, in elke levensfase.",
        "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling.",
        "Medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien.",
        "Wij hebben vitale medewerkers.",
        "Wij zetten de talenten van onze medewerkers in voor de hele school.",
    ])
    _vet_kop(doc, "Ons team")
    _p(doc, "Ons team bestaat uit 24 leerkrachten, drie onderwijsassistenten, een intern begeleider, een "
            "administratief medewerker, een conciërge, de adjunct-directeur en de directeur. Drie leerkrachten "
            "zijn bouwcoördinator.")
    _vet_kop(doc, "Wat doen wij?")
    _p(doc, "In 2019-2020 en 2020-2021 volgt het hele team de scholing Expliciete Directe Instructie (EDI), "
            "in zes bijeenkomsten per jaar, met daarna lesbezoeken door de directie en collega’s. Daarnaast "
            "volgt iedere leerkracht per jaar minstens één cursus of programma van de ASG Academie of een "
            "andere opleider, gekoppeld aan het persoonlijk ontwikkelplan. Wat iemand heeft gevolgd, komt in "
            "het bekwaamheidsdossier. De adjunct-directeur rondt in 2020 de schoolleidersopleiding af.")
    _p(doc, "In het schooljaar 2019-2020 werken twee zij-instromers bij ons. Zij volgen de deeltijdopleiding "
            "aan Windesheim Flevoland, krijgen één dag per week studieverlof en hebben een bouwcoördinator "
            "als coach, met wie zij iedere week een half uur lessen bespreken. Ook begeleiden wij ieder jaar "
            "vier studenten van de pabo.")
    _p(doc, "Iedere medewerker voert jaarlijks een startgesprek (september) en een functioneringsgesprek "
            "(februari); eens in de drie jaar is er een beoordelingsgesprek. Tussen de gesprekken in zijn er "
            "lesbezoeken. De verslagen staan in het digitale personeelsdossier in Youforce.")
    _p(doc, "Wij willen dat medewerkers met plezier naar hun werk komen en trots zijn op hun school. Wij "
            "hebben aandacht voor werkdruk en voor de verschillende levensfasen van collega’s.")

    # 9 Venster 3
    doc.add_heading("9. Venster 3: De meerwaarde van ASG", level=1)
    _p(doc, "Goed onderwijs bereiken wij door samenwerking. Als onderdeel van ASG maken wij deel uit van een "
            "grote organisatie van samenwerkende scholen, professionals, ouders en leerlingen.")
    _vet_kop(doc, "Waar willen wij staan in 2022?")
    _bullets(doc, [
        "Binnen ASG ontmoeten collega’s van alle scholen en het servicebureau elkaar regelmatig.",
        "Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede "
        "studiedagen.",
        "Als gevolg van de schaalgrootte beschikt ASG over interne expertise op veel beleidsgebieden, "
        "waardoor er een integraal en samenhangend aanbod voor onze school is.",
        "ASG heeft een divers en op elkaar aansluitend aanbod en werkt met verschillende "
        "onderwijsconcepten, zodat alle leerlingen een passende onderwijsloopbaan krijgen.",
    ])
    _vet_kop(doc, "Wat doen wij?")
    _p(doc, "Samen met twee andere ASG-basisscholen in Almere Poort, De Zevensprong en Het Atelier, houden "
            "wij vanaf oktober 2019 ieder jaar een gezamenlijke studiedag, met workshops door een externe "
            "trainer en een gezamenlijke lunch, zodat de teams elkaar leren kennen. Daarnaast "
            "gaat het team ieder jaar met een afvaardiging naar ‘Een avondje uit met ASG’.")

    # 10 Venster 4
    doc.add_heading("10. Venster 4: Partnerschap", level=1)
    _p(doc, "Als school vinden wij het belangrijk dat ouders meedenken en meedoen. Kinderen die zien dat "
            "ouders en leerkrachten om hen heen staan, voelen zich gedragen en komen beter tot leren. "
            "Onderwijs speelt zich niet alleen binnen, maar ook buiten de schoolmuren af.")
    _vet_kop(doc, "Waar willen wij staan in 2022?")
    _bullets(doc, [
        "Ouders zijn betrokken bij het leerproces van hun kind.",
        "Onze medezeggenschapsraad is een klankbord voor ideeën en een sparringpartner voor de directie.",
        "Wij werken proactief samen met een breed scala aan partners.",
        "Wij werken nauw samen met maatschappelijke partners in de nabije omgeving.",
    ])
    _vet_kop(doc, "Wat doen wij?")
    _p(doc, "Vanaf groep 5 houden wij in november en maart driehoeksgesprekken: het kind vertelt zelf aan "
            "ouder en leerkracht hoe het gaat en wat het wil leren. Ouders van de groepen 1 en 2 krijgen bij "
            "ieder thema een thuisbrief met woorden en spelletjes, zodat zij thuis kunnen meedoen. Drie keer "
            "per jaar is er een kijkochtend waarop ouders in de groep meedoen met een les.")
    _p(doc, "Met Kinderopvang Het Poortje werken wij aan één doorgaande lijn. De peuteropvang en de "
            "kleutergroepen werken met dezelfde Piramide-thema’s. Bij de overstap naar groep 1 is er een "
            "warme overdracht met een overdrachtsformulier en een gesprek tussen pedagogisch medewerker en "
            "leerkracht. De leidinggevende van Het Poortje en de directeur overleggen iedere maand. Verder "
            "werken wij met de Bibliotheek Almere Poort in ‘de Bibliotheek op school’: een leesconsulent "
            "komt twee keer per maand en helpt bij de schoolbibliotheek. Met de buurtsportcoach organiseren "
            "wij na schooltijd sportclinics in de gymzaal.")

    # 11 Doelen
    doc.add_heading("11. Onze doelen voor 2019-2023", level=1)
    _p(doc, "In dit hoofdstuk staan de doelen die wij in deze planperiode willen bereiken. In het jaarplan "
            "werken wij ieder jaar uit welke doelen aan de beurt zijn.")
    for doel in [
        "In 2021-2022 geven alle leerkrachten hun lessen volgens het EDI-model; bij de lesbezoeken is in "
        "2022 ten minste 80% van de lessen voldoende op de kijkwijzer.",
        "In 2023 haalt ten minste 96% van onze leerlingen in groep 8 referentieniveau 1F voor lezen, "
        "taalverzorging en rekenen. Voor 2F/1S streven wij naar 70% (lezen), 62% (taalverzorging) en 45% "
        "(rekenen).",
        "Vanaf 2020-2021 werken alle groepen volgens onze leerlijn digitale geletterdheid.",
        "Wij worden een nog gastvrijere school, waar iedereen zich welkom voelt.",
        "In de vragenlijst van 2022 geven ouders de communicatie van de school gemiddeld ten minste een 7,8 "
        "(2018: 7,2).",
        "Wij onderzoeken met het team hoe wij ons onderwijs vernieuwender kunnen maken.",
        "De zij-instromers halen binnen twee jaar hun bevoegdheid.",
        "In 2021 hebben Sint Maarten en Het Poortje één gezamenlijke pedagogische visie.",
        "Wij willen dat alle medewerkers zich gezien en gewaardeerd voelen.",
        "In 2020-2021 beschrijven wij onze visie op burgerschap.",
    ]:
        doc.add_paragraph(doel, style="List Number")
    _p(doc, "Almere, juni 2019")
    _p(doc, "Ellen Verhoeven, directeur Kindcentrum Sint Maarten")

    doc.save(path)
    deterministisch(path, VASTE_TIJD)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_75_kc_sint_maarten.docx")
