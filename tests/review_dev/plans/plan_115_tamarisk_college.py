"""Schoolplan 2025-2029 van het Tamarisk College, christelijke scholengemeenschap voor
mavo (vmbo-tl) en havo in Almere Buiten (Almeerse Scholen Groep).

Planperiode: 1 augustus 2025 tot en met 31 juli 2029.
"""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

SCHOOL = "Tamarisk College"
VASTE_DATUM = datetime.datetime(2025, 6, 24, 9, 30, 0)


# ---------------------------------------------------------------- hulpjes

def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _paginanummer(section, tekst):
    section.different_first_page_header_footer = True
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(tekst)
    run.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def _p(doc, tekst, vet=False, cursief=False):
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.bold = vet
    run.italic = cursief
    return par


def _opsomming(doc, items, stijl="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=stijl)


def _tabel(doc, kop, rijen, breedtes=None):
    tabel = doc.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    kopcellen = tabel.rows[0].cells
    for i, k in enumerate(kop):
        kopcellen[i].text = ""
        run = kopcellen[i].paragraphs[0].add_run(k)
        run.bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    for rij in tabel.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph()
    return tabel


# ---------------------------------------------------------------- inhoud

def _titelpagina(doc):
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(SCHOOL)
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    s = doc.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("Christelijke scholengemeenschap voor mavo (vmbo-tl) en havo").font.size = Pt(13)
    doc.add_paragraph()
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r2 = t2.add_run("Schoolplan 2025 – 2029")
    r2.bold = True
    r2.font.size = Pt(22)
    m = doc.add_paragraph()
    m.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rm = m.add_run("‘Wortel schieten, ruimte geven’")
    rm.italic = True
    rm.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    for regel in ("Almere Buiten, juni 2025",
                  "BRIN 27TK  ·  onderdeel van de Almeerse Scholen Groep",
                  "Vastgesteld door het College van Bestuur op 1 juli 2025"):
        q = doc.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(regel).font.size = Pt(10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _inhoud(doc):
    doc.add_heading("Inhoud", level=1)
    for regel in (
        "1  Samenvatting",
        "2  Onze school",
        "3  Identiteit en opdracht",
        "4  Ons onderwijs",
        "5  Begeleiding, ondersteuning en veiligheid",
        "6  Personeel",
        "7  Kwaliteitszorg",
        "8  Ouders en partners",
        "9  Doelen en meerjarenplanning",
        "10 Vaststelling",
        "Bijlage  Koersmatrix",
    ):
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _h1_samenvatting(doc):
    doc.add_heading("1  Samenvatting", level=1)
    _p(doc, "Dit schoolplan beschrijft hoe het Tamarisk College de komende vier schooljaren, van 1 augustus "
            "2025 tot en met 31 juli 2029, werkt aan goed christelijk onderwijs voor ruim 1.600 leerlingen in "
            "Almere Buiten. De schoolleiding schreef het plan in het voorjaar van 2025, met bijdragen van de "
            "veertien secties, de leerlingenraad en het ouderpanel. In deze samenvatting staan de hoofdlijnen; "
            "de hoofdstukken daarna werken ze uit, en hoofdstuk 9 zet alle doelen per schooljaar op een rij.")
    doc.add_heading("Waar staan we?", level=2)
    _p(doc, "Onze mavo-afdeling doet het goed: in 2024 slaagde 94,6 procent van de examenkandidaten en de "
            "onderbouwsnelheid ligt al drie jaar boven de inspectienorm. In de havo-bovenbouw blijven te veel "
            "leerlingen zitten of stromen ze af; het bovenbouwsucces was 79,1 procent en het gemiddelde "
            "CE-cijfer 6,12. Leerlingen en ouders zijn tevreden over de sfeer en de mentoren, minder over de "
            "planning van toetsen in havo 4. Elf docenten zijn nog niet bevoegd voor het vak dat zij geven.")
    doc.add_heading("Vier speerpunten", level=2)
    _opsomming(doc, [
        "Havo-bovenbouw zonder vertraging: een studieplanner en vervolgmentor in havo 4, een herzien "
        "PTA en bijles door havo-5-leerlingen. Doel: bovenbouwsucces havo 85 procent in 2029.",
        "Mavo met praktijk: vanaf 2026-2027 volgt iedere mavo-3-leerling een praktijkgericht programma "
        "(Techniek & Design, Zorg & Welzijn of Economie & Ondernemen). In 2025-2026 draaien twee "
        "pilotklassen.",
        "Sterke docenten: in 2028 is iedere docent bevoegd, iedere medewerker voert jaarlijks de "
        "gesprekscyclus en iedere sectie doorloopt jaarlijks een lesson study.",
        "Ouders dichtbij: vanaf 2026-2027 voeren mentoren in alle leerjaren driehoeksgesprekken met "
        "leerling en ouders.",
    ], stijl="List Number")
    _p(doc, "Daarnaast houden we vast aan wat goed gaat: een herkenbare christelijke identiteit met dagopening "
            "en vieringen, een school waar bezoekers door leerlingen worden ontvangen, en een mentoraat dat "
            "zicht houdt op iedere leerling. Het Tamarisk-punt blijft de plek voor leerlingen die tijdelijk "
            "extra ondersteuning nodig hebben.")
    _p(doc, "De medezeggenschapsraad heeft op 17 juni 2025 ingestemd met dit schoolplan.")


def _h2_school(doc):
    doc.add_heading("2  Onze school", level=1)
    doc.add_heading("2.1  Kerngegevens", level=2)
    _tabel(doc, ["Gegeven", "Tamarisk College"], [
        ["Adres", "Texelpad 40, 1335 Almere (Eilandenbuurt, Almere Buiten)"],
        ["BRIN", "27TK"],
        ["Bestuur", "Almeerse Scholen Groep (ASG)"],
        ["Denominatie", "Protestants-christelijk"],
        ["Afdelingen", "Mavo (vmbo theoretische leerweg), havo; brede brugklas mavo/havo"],
        ["Leerlingen (1 oktober 2024)", "1.642, van wie 708 mavo en 934 havo"],
        ["Medewerkers", "142 (108 docenten, 34 onderwijsondersteunend personeel)"],
        ["Schoolleiding", "Marjolein Terpstra (rector), Hamid El Ouardi (conrector onderwijs), "
                          "Femke van Leeuwen (conrector bedrijfsvoering)"],
        ["Planperiode", "1 augustus 2025 – 31 juli 2029"],
    ])
    doc.add_heading("2.2  Geschiedenis en naam", level=2)
    _p(doc, "De school begon in 1988 als Christelijke Scholengemeenschap Buiten, in noodlokalen aan de rand van "
            "wat toen nog een bouwterrein was. Na de fusie met de christelijke mavo uit de Regenboogbuurt in "
            "2012 koos de school voor de naam Tamarisk College. In Genesis 21 plant Abraham een tamarisk in "
            "Berseba: een boom die wortel schiet in droge grond en schaduw geeft aan wie na hem komt. Dat beeld "
            "past bij wat wij leerlingen willen meegeven: een stevige basis, en ruimte om te groeien.")
    doc.add_heading("2.3  Leerlingen en omgeving", level=2)
    _p(doc, "Onze leerlingen komen van 38 basisscholen, de meeste uit Almere Buiten en Almere Poort. Ruim 40 "
            "procent komt binnen met een gecombineerd advies mavo/havo. Voor veel gezinnen is de havo een "
            "stap verder dan de ouders zelf konden zetten: in de ouderenquête van 2024 gaf 46 procent van de "
            "havo-ouders aan zelf geen havo of vwo te hebben gevolgd. Ongeveer 14 procent van de leerlingen "
            "heeft een vorm van extra ondersteuning, vooral bij dyslexie, concentratie en faalangst.")
    _p(doc, "Het leerlingaantal is de afgelopen vijf jaar licht gegroeid (van 1.561 naar 1.642). De gemeentelijke "
            "prognose verwacht tot 2029 een stabiele instroom van ongeveer 330 brugklassers per jaar.")
    doc.add_heading("2.4  Organisatie", level=2)
    _p(doc, "De school is verdeeld in vier afdelingen, elk met een eigen teamleider: onderbouw (leerjaar 1 en 2, "
            "Sanne de Rooij), mavo 3-4 (Erik Bakhuizen), havo 3 (Ilse Koopmans) en havo 4-5 (Joyce Nwosu). "
            "Docenten zijn daarnaast lid van een van de veertien vaksecties. De ondersteuning wordt "
            "gecoördineerd door Petra Lindeboom. Het examensecretariaat en de roostermakers vallen onder de "
            "conrector bedrijfsvoering.")
    doc.add_heading("2.5  Terugblik op 2021-2025", level=2)
    _p(doc, "In de vorige planperiode hebben we het mentoraat in de onderbouw vernieuwd (een vast mentoruur en "
            "drie gesprekken per jaar), zijn alle leerlingen overgestapt op een Chromebook en hebben we met de "
            "middelen van het Nationaal Programma Onderwijs extra lestijd voor wiskunde en Engels georganiseerd. "
            "Niet gelukt is het verbeteren van de resultaten in de havo-bovenbouw. De inspectie gaf in het "
            "vierjaarlijks onderzoek van 2023 een voldoende, met als aandachtspunt het bovenbouwsucces havo. "
            "Dat aandachtspunt is het eerste speerpunt van dit plan.")


def _h3_identiteit(doc):
    doc.add_heading("3  Identiteit en opdracht", level=1)
    doc.add_heading("3.1  Christelijke school", level=2)
    _p(doc, "Het Tamarisk College is een protestants-christelijke school. Dat merken leerlingen elke week:")
    _opsomming(doc, [
        "iedere maandag begint met een dagopening in de mentorgroep, aan de hand van het weekboekje dat de "
        "identiteitscommissie samenstelt;",
        "in leerjaar 1 tot en met 3 staat één uur godsdienst per week op het rooster;",
        "met Kerst en Pasen zijn er vieringen per afdeling in de Ontmoetingskerk Buiten;",
        "schoolpastor ds. Wim Hogerzeil is acht uur per week op school en beschikbaar voor leerlingen en "
        "collega's die een gesprek zoeken, bijvoorbeeld bij rouw;",
        "in mavo 3 en havo 4 doet iedere leerling een diaconaal project van dertig uur (zie 4.5).",
    ])
    _p(doc, "De identiteitscommissie (twee ouders, twee docenten, de schoolpastor en de rector) komt vier keer "
            "per jaar bij elkaar en evalueert jaarlijks de vieringen.")
    doc.add_heading("3.2  Missie: wortel schieten, ruimte geven", level=2)
    _p(doc, "Wij willen dat leerlingen bij ons wortel schieten: dat zij een plek hebben, mensen kennen en weten "
            "wat zij kunnen. En wij willen hun ruimte geven: om een diploma te halen dat past bij wat zij in "
            "hun mars hebben, en om na school hun eigen weg te gaan.")
    doc.add_heading("3.3  De kernwaarden van ASG", level=2)
    _p(doc, "Onze school sluit aan bij de kernwaarden van de Almeerse Scholen Groep. Op onze school is iedereen "
            "waardevol en wordt iedereen gezien. Wij gaan respectvol om met de mensen binnen en buiten onze "
            "school. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers. "
            "En wij geven altijd het beste van onszelf.")
    doc.add_heading("3.4  Welkom op het Tamarisk", level=2)
    _p(doc, "Een grote school kan anoniem aanvoelen. Daarom ontvangen bij ons leerlingen de gasten. Een "
            "ontvangstteam van 24 havo-4-leerlingen staat volgens rooster bij de hoofdingang tijdens open "
            "dagen, ouderavonden en informatieavonden, en neemt bezoekers mee naar de juiste plek. De receptie "
            "is bemand van 7.45 tot 16.30 uur. Nieuwe brugklassers komen in juni twee kennismakingsmiddagen "
            "en gaan in de tweede schoolweek op brugklaskamp. Ouders van nieuwe leerlingen krijgen in september "
            "een rondleiding door de mentor.")
    _p(doc, "In 2024 gaf 81 procent van de ouders in de tevredenheidspeiling aan zich welkom te voelen op school. "
            "Wij willen dat in 2027 op 88 procent hebben; daarvoor breiden we het ontvangstteam uit naar de "
            "mavo (mavo 3) en krijgt de receptie een nieuwe, lichtere inrichting.")


def _h4_onderwijs(doc):
    doc.add_heading("4  Ons onderwijs", level=1)
    doc.add_heading("4.1  Onderwijsprogramma", level=2)
    _p(doc, "Alle leerlingen beginnen in een brede brugklas mavo/havo. In leerjaar 2 kiezen we per leerling voor "
            "een mavo-, havo- of mavo/havo-klas, op basis van de resultaten, het advies van de docenten en een "
            "gesprek met leerling en ouders. Vanaf leerjaar 3 splitsen mavo en havo. Lessen duren 50 minuten. "
            "In de onderbouw werken we aan de kerndoelen; in de bovenbouw volgen we de examenprogramma's en het "
            "programma van toetsing en afsluiting (PTA) per vak. Op de havo bieden we alle vier de profielen "
            "aan; op de mavo de profielen zorg en welzijn, economie, techniek en groen.")
    _tabel(doc, ["Vak", "Leerjaar 1", "Leerjaar 2 (mavo)", "Leerjaar 2 (havo)"], [
        ["Nederlands", "4", "4", "3"],
        ["Engels", "3", "3", "3"],
        ["Duits / Frans", "2 / –", "2 / –", "2 / 2"],
        ["Wiskunde", "4", "4", "4"],
        ["Mens & natuur (bio/nask)", "3", "4", "4"],
        ["Mens & maatschappij", "3", "3", "3"],
        ["Godsdienst", "1", "1", "1"],
        ["Kunst & cultuur", "2", "2", "2"],
        ["Lichamelijke opvoeding", "3", "3", "3"],
        ["Mentoruur", "1", "1", "1"],
        ["Digitale vaardigheden", "1", "1", "–"],
        ["Totaal", "27", "28", "28"],
    ])
    _p(doc, "Voor Nederlands, Engels en wiskunde toetsen we in leerjaar 1 en 3 met de Cito-toetsen van het "
            "Volg- en Adviessysteem (VAS). De secties gebruiken de uitkomsten om in de les te differentiëren.")

    doc.add_heading("4.2  Havo-bovenbouw: de lat hoog, zonder vertraging", level=2)
    _p(doc, "In 2024 haalde 79,1 procent van de havoleerlingen in de bovenbouw zonder vertraging het diploma; "
            "de inspectienorm voor onze school ligt op 80 procent. Vooral in havo 4 gaat het mis: 14 procent "
            "doubleerde. Uit de leerlingenpanels kwam naar voren dat leerlingen de stap naar zelfstandig plannen "
            "onderschatten en dat toetsen van verschillende vakken in dezelfde week vallen. Wij nemen daarom "
            "de volgende maatregelen:")
    _opsomming(doc, [
        "Iedere havo-4-leerling werkt met een studieplanner in Magister; de mentor bespreekt die elke twee "
        "weken.",
        "Naast de mentor krijgt elke havo-4-klas een vervolgmentor uit havo 5, die de klas in het "
        "examenjaar houdt.",
        "De secties herzien in 2025-2026 samen het PTA van havo 4, zodat er per week ten hoogste drie "
        "schoolexamenonderdelen zijn.",
        "Havo-5-leerlingen geven tegen een kleine vergoeding bijles aan havo-4-leerlingen (het "
        "Tamarisk-maatjesprogramma), twee middagen per week.",
        "Iedere sectie analyseert in september de examenresultaten en spreekt twee verbeterpunten af.",
    ])
    _p(doc, "Wij verwachten veel van onze leerlingen en adviseren op het hoogst haalbare niveau. Mavo-gediplomeerden "
            "met een gemiddelde van 6,8 of hoger en een positief advies van de secties mogen doorstromen naar "
            "havo 4. In 2024 deden 52 leerlingen dat; 71 procent van hen haalde binnen twee jaar het havodiploma. "
            "Met een voorbereidend programma in mavo 4 (extra wiskunde en een schrijfmodule Nederlands) willen "
            "we dat percentage naar 80 brengen.")

    doc.add_heading("4.3  Mavo met praktijk", level=2)
    _p(doc, "De landelijke vernieuwing van het vmbo vraagt dat de theoretische leerweg een praktijkgericht "
            "programma krijgt. Wij willen daar niet op wachten. In 2025-2026 starten twee pilotklassen in mavo "
            "3 met vier uur praktijk per week; vanaf 2026-2027 kiest iedere mavo-3-leerling een van drie "
            "programma's:")
    _tabel(doc, ["Programma", "Wat leerlingen doen", "Met wie"], [
        ["Techniek & Design", "Ontwerpen en bouwen in het nieuwe makerlab: lasersnijden, 3D-printen, "
                              "eenvoudige elektronica", "Techniekdocenten, bedrijven uit bedrijventerrein "
                                                          "Buiten-Oost"],
        ["Zorg & Welzijn", "Praktijkopdrachten rond verzorging, EHBO en ondersteuning van ouderen",
         "Flevoziekenhuis, welzijnsorganisatie De Schoor"],
        ["Economie & Ondernemen", "Een eigen minionderneming opzetten en runnen, inclusief de "
                                  "kerstmarkt op school", "Ondernemersvereniging Almere Buiten"],
    ])
    _p(doc, "Een werkgroep van zes docenten onder leiding van teamleider Erik Bakhuizen schrijft de programma's. "
            "Het makerlab wordt in de zomer van 2025 ingericht in twee voormalige scheikundelokalen; het gebouw "
            "krijgt daar ook nieuwe vensters en een betere ventilatie. In juni 2026 evalueren we de pilot met "
            "leerlingen, ouders en docenten voordat we verbreden.")

    doc.add_heading("4.4  Digitale geletterdheid", level=2)
    _p(doc, "Sinds 2021 werken alle leerlingen met een Chromebook. Wat ontbrak was een doorlopende leerlijn. "
            "Vanaf 2025-2026 bouwen we die op voor leerjaar 1 tot en met 3: werken met informatie, "
            "mediawijsheid, programmeren en veilig online gedrag. Het vak digitale vaardigheden in leerjaar 1 en 2 "
            "is de basis; in leerjaar 3 zijn onderdelen in Nederlands, mens & maatschappij en de praktijkprogramma's "
            "opgenomen. We sluiten aan bij de nieuwe kerndoelen digitale geletterdheid zodra die zijn vastgesteld.")

    doc.add_heading("4.5  Burgerschap", level=2)
    _p(doc, "Burgerschap is bij ons geen los vak, maar een leerlijn die door de leerjaren heen loopt:")
    _opsomming(doc, [
        "In leerjaar 1 kiest iedere klas een klassenvertegenwoordiger; uit hen wordt de leerlingenraad "
        "gekozen, die onder meer het eindfeest en de goededoelenactie organiseert.",
        "In leerjaar 2 volgen leerlingen bij mens & maatschappij een module over de democratische "
        "rechtsstaat, met een bezoek aan de gemeenteraad van Almere.",
        "Bij landelijke en gemeentelijke verkiezingen doen alle klassen van leerjaar 3 en hoger mee aan de "
        "scholierenverkiezingen.",
        "Havo 4 bezoekt met ProDemos de Tweede Kamer; mavo 3 neemt deel aan een debattoernooi tussen "
        "Almeerse scholen.",
        "Het diaconaal project (dertig uur in mavo 3 of havo 4) doen leerlingen bij een kerk, een "
        "voedselbank, een zorginstelling of een sportvereniging in de wijk.",
    ])
    _p(doc, "De coördinator burgerschap, Lisa Brouwer, bewaakt de samenhang en rapporteert jaarlijks aan de "
            "schoolleiding welke leerlingen welke onderdelen hebben gedaan.")

    doc.add_heading("4.6  Vernieuwing", level=2)
    _p(doc, "Onze school geeft gericht inhoud aan haar onderwijs langs de drie horizonten van de "
            "innovatiestrategie van ASG.")


def _h5_begeleiding(doc):
    doc.add_heading("5  Begeleiding, ondersteuning en veiligheid", level=1)
    doc.add_heading("5.1  Mentoraat en zicht op de leerling", level=2)
    _p(doc, "De mentor is het eerste aanspreekpunt voor leerling en ouders. In leerjaar 1 en 2 heeft iedere klas "
            "een wekelijks mentoruur. De mentor voert met iedere leerling minstens drie gesprekken per jaar: een "
            "startgesprek in september, een voortgangsgesprek na het eerste rapport en een gesprek over de "
            "overgang. Drie keer per jaar is er een leerlingbespreking per klas, waarin docenten de resultaten, "
            "de Cito-VAS-uitslagen en de signalen over welbevinden naast elkaar leggen. De afspraken die daaruit "
            "volgen staan in het leerlingdossier in Magister en worden bij de volgende bespreking nagelopen.")
    _p(doc, "Bij de overstap van de basisschool gebruiken we het onderwijskundig rapport en voeren we met iedere "
            "basisschool die meer dan vijf leerlingen aanlevert een warme overdracht.")
    doc.add_heading("5.2  Ondersteuning", level=2)
    _p(doc, "De basisondersteuning geldt voor alle leerlingen en bestaat onder meer uit:")
    _opsomming(doc, [
        "faciliteiten bij dyslexie en dyscalculie (extra tijd, voorleessoftware, aangepaste toetsen);",
        "huiswerkbegeleiding op maandag tot en met donderdag tot 16.00 uur;",
        "trainingen faalangstreductie en examenvrees (twee keer per jaar, acht bijeenkomsten);",
        "een sociale-vaardigheidstraining in leerjaar 1 voor leerlingen die dat nodig hebben.",
    ])
    _p(doc, "Voor extra ondersteuning is er het Tamarisk-punt: een ruimte met twee vaste begeleiders waar ten "
            "hoogste twaalf leerlingen tegelijk een deel van de dag werken, voor maximaal twaalf weken. "
            "Ondersteuningscoördinator Petra Lindeboom en orthopedagoog Yvonne Smit (0,6 fte) stellen samen "
            "met leerling, ouders en mentor een ontwikkelingsperspectief op. In 2024-2025 maakten 61 leerlingen "
            "gebruik van het Tamarisk-punt; 52 van hen gingen weer volledig terug naar de klas.")
    _p(doc, "Ook een grote school heeft grenzen. Leerlingen die de hele dag een-op-eenbegeleiding nodig hebben, "
            "of een prikkelarme omgeving voor alle lessen, kunnen wij niet goed helpen. Dat staat uitgewerkt in "
            "ons schoolondersteuningsprofiel, dat in 2026 wordt herzien. Onze school maakt deel uit van een "
            "dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle leerlingen een passende "
            "onderwijsplek hebben.")
    doc.add_heading("5.3  Veiligheid en schoolklimaat", level=2)
    _p(doc, "Ieder voorjaar vullen alle leerlingen de veiligheidsmonitor in. In 2024 gaf 88 procent aan zich "
            "veilig te voelen op school; 7 procent zei in het afgelopen jaar gepest te zijn, vooral online. "
            "Onze cijfers staan, net als die van andere scholen, op Scholen op de kaart (Vensters).")
    _p(doc, "Wat we doen:")
    _opsomming(doc, [
        "anti-pestcoördinator Naima Boukhari is aanspreekpunt en houdt een registratie bij van alle meldingen;",
        "er zijn twee vertrouwenspersonen, een man en een vrouw, die in de eerste schoolweek in alle klassen "
        "langsgaan;",
        "sinds 1 januari 2024 gaan mobiele telefoons tijdens lessen en pauzes in het kluisje;",
        "het protocol online pesten wordt in 2025-2026 herzien;",
        "het schoolveiligheidsplan (met het protocol bij incidenten) wordt jaarlijks door de "
        "veiligheidscoördinator bijgewerkt.",
    ])
    _p(doc, "Ons doel is dat in 2029 92 procent van de leerlingen zich veilig voelt en dat het aandeel leerlingen "
            "dat zegt gepest te zijn onder de 5 procent ligt.")


def _h6_personeel(doc):
    doc.add_heading("6  Personeel", level=1)
    doc.add_heading("6.1  Ons team", level=2)
    _p(doc, "Op het Tamarisk College werken 142 mensen: 108 docenten (84,6 fte) en 34 collega's in onder meer de "
            "administratie, het examensecretariaat, de mediatheek, de conciërgerie en ICT. De gemiddelde "
            "leeftijd is 44 jaar; 19 procent van het personeel is 60 jaar of ouder. De komende vier jaar gaan "
            "naar verwachting 17 docenten met pensioen, vooral in de exacte vakken.")
    doc.add_heading("6.2  Iedere docent bevoegd", level=2)
    _p(doc, "Elf docenten zijn nog niet bevoegd voor het vak dat zij geven, vooral bij wiskunde, natuurkunde en "
            "Duits. Iedere onbevoegde docent heeft een opleidingsplan met een einddatum. Zij krijgen 80 uur "
            "studieverlof per jaar, gebruiken de studiekostenregeling van ASG en hebben een vaste coach uit de "
            "eigen sectie. Met Windesheim Almere werken we samen in de opleidingsschool; onze schoolopleider "
            "Ruud Aalbers volgt de voortgang en bespreekt die twee keer per jaar met de teamleider. In 2028 "
            "is iedere docent bevoegd of rondt de opleiding uiterlijk in 2029 af.")
    doc.add_heading("6.3  De gesprekscyclus", level=2)
    _p(doc, "Iedere medewerker doorloopt jaarlijks dezelfde cyclus: een startgesprek in september of oktober, "
            "een lesbezoek (bij docenten) met de kijkwijzer van de school door de teamleider en een collega, "
            "en een jaargesprek tussen maart en mei. Het verslag komt in het personeelsdossier. In 2024 had "
            "maar 71 procent van de medewerkers een jaargesprek gehad, omdat teamleiders te veel gesprekken "
            "hebben. Vanaf 2025-2026 voeren de sectievoorzitters een deel van de startgesprekken, zodat in "
            "2026-2027 iedere medewerker de cyclus volledig doorloopt.")
    _p(doc, "In het jaargesprek staat één vraag vast: wat heb je in deze fase van je leven nodig om je werk goed "
            "te kunnen doen? Collega's met jonge kinderen kunnen een roosterwens indienen, die de roostermakers "
            "waar mogelijk honoreren. Collega's van 57 jaar en ouder maken afspraken over de inzet van hun uren "
            "duurzame inzetbaarheid.")
    doc.add_heading("6.4  Professionele ontwikkeling", level=2)
    _p(doc, "Het scholingsbudget van de school bedraagt € 1.100 per fte per jaar. Een deel daarvan besteden we "
            "aan een schoolbrede ontwikkeling: in 2025-2026 en 2026-2027 volgen alle docenten in vier "
            "bijeenkomsten de training activerende didactiek, verzorgd door de ASG Academie. Daarnaast volgt "
            "iedere docent ten minste eens in de twee jaar een module of cursus van de ASG Academie naar eigen "
            "keuze, afgestemd in het jaargesprek. De teamleider registreert gevolgde scholing in het "
            "personeelsdossier. Nieuwe docenten volgen in hun eerste twee jaar het inductieprogramma met "
            "intervisie en lesbezoeken.")
    doc.add_heading("6.5  Samen lessen verbeteren", level=2)
    _p(doc, "Onze school wil een leercultuur waarin docenten samen hun lessen beter maken. Iedere sectie "
            "doorloopt daarom jaarlijks een lesson-study-cyclus: drie of vier docenten bereiden samen een les "
            "voor, één geeft de les terwijl de anderen kijken hoe leerlingen de les doorlopen, en daarna passen "
            "zij de les aan en geven hem opnieuw. In 2024-2025 deden zes van de veertien secties mee. De "
            "secties presenteren hun les op de studiedag in juni, zodat andere secties de aanpak kunnen "
            "overnemen.")
    doc.add_heading("6.6  Vitaliteit", level=2)
    _p(doc, "Wij willen een school zijn met vitale werknemers.")


def _h7_kwaliteit(doc):
    doc.add_heading("7  Kwaliteitszorg", level=1)
    _p(doc, "Wij werken met een vaste jaarcyclus. Het schoolplan geeft de richting voor vier jaar. Elke afdeling "
            "maakt daaruit in juni een jaarplan met drie tot vijf doelen voor het volgende schooljaar. Elk "
            "kwartaal bespreekt de schoolleiding de voortgang en rapporteert zij aan het College van Bestuur in "
            "de kwartaalrapportage. In het jaarverslag kijken we terug en stellen we bij.")
    _p(doc, "Wat we meten en wanneer:")
    _tabel(doc, ["Instrument", "Wie", "Wanneer"], [
        ["Examenanalyse per vak en afdeling", "Secties, teamleiders", "September"],
        ["Inspectie-indicatoren (onderbouwsnelheid, bovenbouwsucces, examencijfers)",
         "Kwaliteitscoördinator", "Oktober en maart"],
        ["Lesbezoeken met kijkwijzer", "Teamleiders, collega's", "Twee per docent per jaar"],
        ["Leerlingenpanels per afdeling", "Teamleiders", "November en april"],
        ["Veiligheidsmonitor", "Alle leerlingen", "Maart"],
        ["Tevredenheidspeiling leerlingen, ouders, personeel", "Kwaliteitscoördinator",
         "Voorjaar 2026 en 2028"],
        ["Externe audit door een onafhankelijk bureau", "Schoolleiding", "Najaar 2027"],
    ])
    _p(doc, "Kwaliteitscoördinator Ruud Aalbers (0,4 fte) bundelt de gegevens in een dashboard dat voor alle "
            "teamleiders en sectievoorzitters toegankelijk is. De inspectie beoordeelde de school in 2023 als "
            "voldoende; ons doel is dat alle afdelingen in de periode 2025-2029 boven de inspectienormen blijven "
            "of komen, ook het bovenbouwsucces havo. Als een indicator twee metingen op rij onder de norm zit, "
            "maakt de teamleider een verbeterplan dat in de schoolleiding wordt besproken.")


def _h8_ouders(doc):
    doc.add_heading("8  Ouders en partners", level=1)
    doc.add_heading("8.1  Ouders", level=2)
    _p(doc, "Ouders kennen hun kind het best. Wij willen hen betrekken bij het leren, niet alleen informeren "
            "als het misgaat. In leerjaar 1 en 2 voeren mentoren al driehoeksgesprekken: de leerling vertelt "
            "zelf aan ouders en mentor hoe het gaat en wat hij of zij wil verbeteren. Vanaf 2026-2027 doen we "
            "dat in alle leerjaren, twee keer per jaar. In 2024 was 78 procent van de ouders bij het "
            "driehoeksgesprek aanwezig; we willen naar 90 procent, onder meer door ook gesprekken in de avond "
            "en online aan te bieden.")
    _p(doc, "Het ouderpanel (vijftien ouders uit alle afdelingen) komt vier keer per jaar bij elkaar. In "
            "2025-2026 maakt het panel samen met de mentoren van havo 4 de handreiking ‘Leren thuis’: hoe "
            "ouders hun kind kunnen helpen met plannen en leren voor toetsen, ook als zij de stof zelf niet "
            "kennen.")
    doc.add_heading("8.2  Communicatie", level=2)
    _p(doc, "Ouders en leerlingen zien cijfers, huiswerk en absenties in Magister. Elke twee weken verschijnt "
            "de nieuwsbrief Tamarisk Tijding. Vragen van ouders aan mentoren en teamleiders beantwoorden we "
            "binnen twee werkdagen; in 2025-2026 leggen we die afspraak vast in een communicatieprotocol en "
            "meten we haar in de tevredenheidspeiling. De schoolgids en het PTA staan vanaf 1 oktober op de "
            "website.")
    doc.add_heading("8.3  Partners in de wijk en de stad", level=2)
    _p(doc, "Onze school werkt proactief samen met een breed scala aan partners. De belangrijkste zijn:")
    _tabel(doc, ["Partner", "Wat we samen doen"], [
        ["Ontmoetingskerk Buiten", "Vieringen met Kerst en Pasen; plek voor diaconale projecten"],
        ["Windesheim Almere", "Opleidingsschool; jaarlijks circa 18 stagiairs en zij-instromers"],
        ["Flevoziekenhuis", "Praktijkprogramma Zorg & Welzijn; snuffelstages mavo 3"],
        ["De Schoor (welzijn)", "Jongerenwerker twee middagen per week in de aula"],
        ["MBO College Almere", "Meeloopdagen voor mavo 4; warme overdracht naar het mbo"],
        ["Wijkteam Almere Buiten", "Maandelijks overleg met de ondersteuningscoördinator"],
        ["Omnivereniging Buitenhof", "Sportstage en begeleiding bij sportoriëntatie havo 4"],
    ])
    doc.add_heading("8.4  Samenwerking met andere ASG-scholen", level=2)
    _p(doc, "De secties Nederlands en wiskunde maken sinds 2024 samen met de secties van twee andere "
            "ASG-scholen voor voortgezet onderwijs één gezamenlijke schoolexamentoets per jaar, die ze ook "
            "samen nakijken. In 2026-2027 sluiten Engels en geschiedenis aan. Ons examensecretariaat neemt "
            "deel aan het overleg van de ASG-examensecretarissen.")
    _p(doc, "Voor leerlingen voor wie onze afdelingen niet de beste plek zijn, hebben we afspraken met twee "
            "ASG-scholen: met het Helmgras Lyceum over de doorstroom van havo-5-gediplomeerden naar vwo 5 "
            "(jaarlijks zes tot tien leerlingen) en met het Reiger College over leerlingen die na de brugklas "
            "beter passen in de kaderberoepsgerichte leerweg. Binnen ASG beschikken wij over interne expertise "
            "op veel beleidsgebieden, waardoor de school een integraal en samenhangend aanbod krijgt.")


def _h9_doelen(doc):
    doc.add_heading("9  Doelen en meerjarenplanning", level=1)
    _p(doc, "In de tabel staan onze doelen voor de planperiode, ingedeeld naar de vensters van Koers 22. Per "
            "doel geven we aan waaraan we het meten en wat we per schooljaar willen bereiken. De "
            "afdelingsjaarplannen werken de stappen verder uit.")
    _tabel(doc, ["Venster", "Doel", "Indicator", "2025-2026", "2026-2027", "2027-2028", "2028-2029"], [
        ["Goed en toegankelijk onderwijs", "Havoleerlingen halen zonder vertraging hun diploma",
         "Bovenbouwsucces havo (inspectie)", "80%", "82%", "84%", "85%"],
        ["Goed en toegankelijk onderwijs", "Hogere examencijfers havo", "Gemiddeld CE-cijfer",
         "6,2", "6,3", "6,3", "6,4"],
        ["Goed en toegankelijk onderwijs", "Opstromers mavo-havo halen hun diploma",
         "% opstromers met havodiploma binnen 2 jaar", "72%", "75%", "78%", "80%"],
        ["Goed en toegankelijk onderwijs", "Praktijkgericht programma in de mavo",
         "Mavo-3-klassen met praktijkprogramma", "2 pilotklassen", "alle klassen", "ook mavo 4",
         "geëvalueerd en geborgd"],
        ["Goed en toegankelijk onderwijs", "Leerlijn digitale geletterdheid",
         "Leerjaren met leerlijn", "leerjaar 1", "leerjaar 1-2", "leerjaar 1-3", "evaluatie"],
        ["Goed en toegankelijk onderwijs", "Leerlingen voelen zich veilig", "% veilig in monitor",
         "89%", "90%", "91%", "92%"],
        ["Personeel in positie", "Iedere docent bevoegd", "% bevoegde docenten", "90%", "94%",
         "100% (of in afronding)", "100%"],
        ["Personeel in positie", "Gesprekscyclus voor iedereen", "% medewerkers met jaargesprek",
         "85%", "100%", "100%", "100%"],
        ["Personeel in positie", "Samen lessen verbeteren", "Secties met afgeronde lesson study",
         "8 van 14", "11 van 14", "14 van 14", "14 van 14"],
        ["Personeel in positie", "Scholing via de ASG Academie", "% docenten met module in 2 jaar",
         "nulmeting", "50%", "75%", "100%"],
        ["De meerwaarde van ASG", "Gezamenlijke schoolexamens met ASG-scholen",
         "Aantal vakken", "2", "4", "4", "4"],
        ["Partnerschap", "Ouders bij het leren betrokken", "Leerjaren met driehoeksgesprek",
         "1-2", "alle", "alle", "alle"],
        ["Partnerschap", "Ouders bij het leren betrokken", "% ouders aanwezig bij driehoeksgesprek",
         "80%", "85%", "88%", "90%"],
        ["Partnerschap", "Snelle en duidelijke communicatie", "% ouders tevreden over bereikbaarheid",
         "nulmeting", "80%", "–", "85%"],
    ])


def _h10_vaststelling(doc):
    doc.add_heading("10  Vaststelling", level=1)
    _p(doc, "Dit schoolplan is besproken in de schoolleiding op 3 juni 2025 en voorgelegd aan de "
            "medezeggenschapsraad. De medezeggenschapsraad heeft op 17 juni 2025 ingestemd met dit schoolplan. "
            "Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op 1 juli 2025 vastgesteld.")
    _tabel(doc, ["Namens", "Naam", "Datum", "Handtekening"], [
        ["Tamarisk College", "Marjolein Terpstra, rector", "24 juni 2025", ""],
        ["Medezeggenschapsraad", "Tom Verhulst, voorzitter", "17 juni 2025", ""],
        ["College van Bestuur ASG", "", "1 juli 2025", ""],
    ])


def _bijlage(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Bijlage  Koersmatrix", level=1)
    _p(doc, "Deze matrix laat zien bij welke kernwaarden en vensters van Koers 22 onze hoofdstukken horen.")
    _tabel(doc, ["Hoofdstuk", "Kernwaarden", "Vensters"], [
        ["2  Onze school", "–", "Goed en toegankelijk onderwijs"],
        ["3  Identiteit en opdracht", "Gezien worden, Open", "–"],
        ["4  Ons onderwijs", "Vooruitstrevend, Ambitieus", "Goed en toegankelijk onderwijs"],
        ["5  Begeleiding, ondersteuning en veiligheid", "Gezien worden", "Goed en toegankelijk onderwijs"],
        ["6  Personeel", "Ambitieus", "Personeel in positie"],
        ["7  Kwaliteitszorg", "Ambitieus", "Goed en toegankelijk onderwijs"],
        ["8  Ouders en partners", "Open", "Partnerschap, De meerwaarde van ASG"],
        ["9  Doelen en meerjarenplanning", "alle", "alle"],
    ])


def build(path) -> None:
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Tamarisk College"
    cp.author = "Schoolleiding Tamarisk College"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.language = "nl-NL"
    _paginanummer(doc.sections[0], "Tamarisk College  ·  Schoolplan 2025-2029  ·  pagina ")
    _titelpagina(doc)
    _inhoud(doc)
    _h1_samenvatting(doc)
    _h2_school(doc)
    _h3_identiteit(doc)
    _h4_onderwijs(doc)
    _h5_begeleiding(doc)
    _h6_personeel(doc)
    _h7_kwaliteit(doc)
    _h8_ouders(doc)
    _h9_doelen(doc)
    _h10_vaststelling(doc)
    _bijlage(doc)
    doc.save(path)
