# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Kustlijn Mavo (Almere Poort).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm


def _taal(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Title"):
        try:
            st = doc.styles[naam]
        except KeyError:
            continue
        rpr = st.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        rpr.append(lang)


def _voettekst(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Kustlijn Mavo | Schoolplan 2024-2028 | ")
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


def _schaduw(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _tabel(doc, kop, rijen, breedtes=None, kopkleur="1F4E79"):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _schaduw(cel, kopkleur)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    trpr.append(hdr)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _ambitietabel(doc, rijen):
    """Tabel met links de ambitie en rechts wat we doen."""
    return _tabel(doc, ["Ambitie", "Wat we doen"], rijen, breedtes=[6.0, 10.5])


def _p(doc, tekst, vet=False):
    p = doc.add_paragraph()
    p.add_run(tekst).bold = vet
    return p


def _bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _vaste_zipdatum(path, datum):
    """Herschrijf het docx-archief met een vaste datum per onderdeel (byte-identieke uitvoer)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        delen = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, data in delen:
            info = zipfile.ZipInfo(naam, date_time=datum)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def build(path):
    path = str(path)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    _taal(doc)
    _voettekst(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan Kustlijn Mavo 2024-2028"
    cp.author = "H. Oosterwijk"
    cp.subject = ""
    cp.created = datetime.datetime(2024, 5, 14, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 6, 24, 16, 5, 0)
    cp.last_modified_by = "N. Ouali"
    cp.revision = 12

    # ---------------- Voorblad ----------------
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Kustlijn Mavo")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2024 \u2013 2028")
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Koers houden")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    for regel in [
        "Mavo (vmbo theoretische leerweg) met brugklassen mavo en mavo/havo",
        "Almere Poort \u2013 Homeruskwartier",
        "BRIN 31KM",
        "Directeur: Hanneke Oosterwijk",
        "Teamleider onderbouw: Bas Verhoef  |  Teamleider bovenbouw: Naima Ouali",
        "Bevoegd gezag: Almeerse Scholen Groep",
        "Versie 1.3, juni 2024",
    ]:
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- 1 Inleiding ----------------
    doc.add_heading("1. Inleiding", level=1)
    _p(doc, "Dit schoolplan beschrijft de koers van Kustlijn Mavo voor de schooljaren 2024-2025 tot en met "
            "2027-2028, dus van 1 augustus 2024 tot 31 juli 2028. Het plan is de basis voor onze jaarplannen en voor "
            "de gesprekken met ons bestuur, de Almeerse Scholen Groep (ASG), over de kwaliteit van ons onderwijs.")
    _p(doc, "Leeswijzer. Elk inhoudelijk hoofdstuk begint met een tabel. In de linkerkolom staan de ambities uit "
            "Koers 22 van ASG, zoals wij ze voor onze school hebben overgenomen. In de rechterkolom staat wat wij "
            "daarvoor doen. Na de tabel volgt een toelichting. In hoofdstuk 8 staan de meetbare doelen voor de "
            "planperiode bij elkaar.")
    _p(doc, "Totstandkoming. Het plan is geschreven door de schoolleiding op basis van twee teamdagen (november 2023 "
            "en februari 2024), gesprekken met de leerlingenraad en het ouderpanel en de evaluatie van het "
            "schoolplan 2020-2024. Het concept is op 4 juni 2024 besproken in de medezeggenschapsraad. De MR heeft "
            "positief geadviseerd en een aantal suggesties gedaan, onder meer over het huiswerkbeleid; die hebben we "
            "verwerkt.")

    # ---------------- 2 Wie we zijn ----------------
    doc.add_heading("2. Wie we zijn", level=1)
    _p(doc, "Kustlijn Mavo is in 2011 gestart als nieuwe school in Almere Poort en zit sinds 2014 in een eigen gebouw "
            "in het Homeruskwartier, op tien minuten fietsen van het strand aan het IJmeer. We zijn een "
            "overzichtelijke mavo in een compact gebouw met drie verdiepingen.")
    _p(doc, "Op 1 oktober 2023 hadden we 642 leerlingen. Ze komen vooral uit Almere Poort en Almere Stad-West; een "
            "kleiner deel komt uit Amsterdam-IJburg. Van de brugklassers van 2023 had 68% een basisschooladvies "
            "vmbo-tl en 32% een gemengd advies vmbo-tl/havo. Ongeveer 11% van onze leerlingen krijgt extra "
            "ondersteuning. Het team telt 58 medewerkers (44,6 fte), van wie 41 docenten.")
    _tabel(doc, ["Teldatum", "Leerlingen", "Brugklassen", "Instroom klas 1"], [
        ["1 oktober 2020", "598", "6", "158"],
        ["1 oktober 2021", "615", "6", "163"],
        ["1 oktober 2022", "631", "6", "165"],
        ["1 oktober 2023", "642", "7", "171"],
    ], breedtes=[4.5, 3.5, 3.5, 4.0])
    _p(doc, "Almere Poort groeit nog steeds; de gemeente verwacht tot 2030 een stijging van het aantal "
            "twaalfjarigen in het stadsdeel. We rekenen daarom op een stabiel tot licht stijgend leerlingaantal, "
            "met een maximum van 680 leerlingen in het huidige gebouw.")
    _p(doc, "Kustlijn Mavo is een openbare school: iedereen is welkom, ongeacht achtergrond of overtuiging.")
    _p(doc, "Onze missie in \u00e9\u00e9n zin: wij bereiden leerlingen met structuur, praktijk en een duidelijke route "
            "voor op mbo of havo. Daar hoort bij dat leerlingen leren plannen, dat ze weten wat ze willen en dat ze "
            "met een diploma de school verlaten dat past bij wat ze kunnen.")

    # ---------------- 3 Leren en lesgeven ----------------
    doc.add_heading("3. Leren en lesgeven", level=1)
    _ambitietabel(doc, [
        ["Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen.",
         "We werken met actuele methodes: Nieuw Nederlands, Getal & Ruimte, Stepping Stones, Grandes Lignes, "
         "Neue Kontakte, Biologie voor jou, Memo, BuiteNLand en Pincode. Alle leerlingen hebben een eigen laptop "
         "via het leermiddelenpakket."],
        ["Wij hebben een toekomstgericht curriculum.",
         "Vanaf augustus 2025 volgen alle leerlingen in klas 3 een praktijkgericht programma (PGP): \u2018Techniek & "
         "Ontwerp\u2019 of \u2018Zorg & Ondernemen\u2019, vier uur per week, met opdrachten voor bedrijven en instellingen "
         "in Poort. Vanaf augustus 2026 loopt het PGP door in klas 4. In klas 1 en 2 volgen leerlingen \u00e9\u00e9n "
         "uur per week het vak Digitale wereld: programmeren, mediawijsheid en informatievaardigheden."],
        ["Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.",
         "Sinds 2023 werken we in klas 1 en 2 met Flexuren: vier uur per week kiezen leerlingen zelf bij welk vak ze "
         "extra uitleg, oefening of verdieping halen; de inschrijving loopt via Zermelo. In het voorjaar van 2026 "
         "evalueren we de Flexuren met leerlingen en docenten en besluiten we v\u00f3\u00f3r 1 juli 2026 over "
         "uitbreiding naar klas 3."],
        ["Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
         "Sectievergaderingen vinden eens per zes weken plaats; elke sectie heeft een sectievoorzitter die de "
         "agenda maakt."],
        ["Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie.",
         "Onze school is voortdurend in ontwikkeling."],
        ["Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
         "Leerlingen die het kunnen, bieden we de havoroute: in klas 4 volgen ze extra wiskunde en Engels op "
         "havoniveau en een doorstroomprogramma met een ASG-havo. We willen dat in 2027 18% van onze "
         "geslaagden doorstroomt naar havo 4 (2023: 14%) en dat minstens 75% van hen daarna bevorderd wordt naar "
         "havo 5."],
        ["Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en geven altijd het beste van onszelf.",
         "Wij vinden het belangrijk dat iedereen zich inzet voor de school."],
    ])

    doc.add_heading("3.1 Ons onderwijsprogramma", level=2)
    _p(doc, "Leerlingen stromen in via een mavo-brugklas of een mavo/havo-brugklas. Na klas 1 plaatsen we leerlingen "
            "uit de mavo/havo-klas in klas 2 mavo of stromen ze door naar havo 2 op een andere ASG-school. In klas 3 "
            "kiezen leerlingen hun examenpakket: Nederlands, Engels en vier vakken uit een van de profielen Zorg en "
            "welzijn, Economie of Techniek. In klas 4 doen ze eindexamen in de "
            "theoretische leerweg. Het programma van toetsing en afsluiting (PTA) wordt elk jaar v\u00f3\u00f3r 1 oktober "
            "vastgesteld en aan leerlingen en ouders uitgereikt.")
    _p(doc, "De lessentabel (lesuren van 50 minuten per week):")
    _tabel(doc, ["Vak", "Klas 1", "Klas 2", "Klas 3", "Klas 4"], [
        ["Nederlands", "4", "4", "4", "4"],
        ["Engels", "3", "3", "3", "4"],
        ["Frans of Duits", "3", "3", "3*", "3*"],
        ["Wiskunde", "4", "4", "3*", "4*"],
        ["Mens en natuur (biologie, nask)", "4", "4", "\u2013", "\u2013"],
        ["Mens en maatschappij (geschiedenis, aardrijkskunde)", "3", "3", "\u2013", "\u2013"],
        ["Profielvakken (biologie, nask1, economie, geschiedenis, aardrijkskunde)", "\u2013", "\u2013", "9*", "12*"],
        ["Praktijkgericht programma", "\u2013", "\u2013", "4", "4"],
        ["Maatschappijleer", "\u2013", "\u2013", "2", "\u2013"],
        ["Digitale wereld", "1", "1", "\u2013", "\u2013"],
        ["Kunstvakken / CKV", "2", "2", "1", "\u2013"],
        ["Lichamelijke opvoeding", "3", "3", "2", "2"],
        ["Mentoruur", "1", "1", "1", "1"],
        ["Flexuren", "4", "4", "\u2013", "\u2013"],
    ], breedtes=[7.0, 2.0, 2.0, 2.0, 2.0])
    _p(doc, "* afhankelijk van het gekozen vakkenpakket. Met dit rooster voldoen we ruim aan de wettelijke norm van "
            "3.700 uur onderwijstijd over vier leerjaren. Uitval door ziekte van docenten vangen we in klas 1 en 2 "
            "op met vaste invaldocenten en studieruimte onder begeleiding.")

    doc.add_heading("3.2 Loopbaanori\u00ebntatie", level=2)
    _p(doc, "Loopbaanori\u00ebntatie en -begeleiding (LOB) loopt door alle leerjaren. Leerlingen houden een LOB-dossier "
            "bij in Qompas. In klas 2 organiseren we een beroepenmarkt, in klas 3 gaan leerlingen een dag meelopen op "
            "een mbo-opleiding en in klas 4 voeren mentor, leerling en ouders een keuzegesprek over de "
            "vervolgopleiding. Leerlingen melden zich v\u00f3\u00f3r 1 april aan bij een mbo-opleiding of voor havo 4.")

    doc.add_heading("3.3 Burgerschap", level=2)
    _p(doc, "Burgerschap is bij ons belegd bij het vak maatschappijleer in klas 3 en bij de mentorlessen. In 2025 "
            "stellen we een burgerschapsplan op.")

    doc.add_heading("3.4 Examens", level=2)
    _p(doc, "De examencommissie (drie docenten en de examensecretaris) bewaakt de kwaliteit van de schoolexamens en "
            "de uitvoering van het PTA. Jaarlijks in november evalueert de commissie de resultaten van het centraal "
            "examen en het verschil tussen schoolexamen en centraal examen per vak; secties met een verschil groter "
            "dan 0,5 maken een verbeterplan.")

    # ---------------- 4 Begeleiding ----------------
    doc.add_heading("4. Begeleiding, veiligheid en passend onderwijs", level=1)
    _ambitietabel(doc, [
        ["Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.",
         "Wij werken met Magister en Microsoft Teams."],
        ["Wij hebben zicht op wat onze leerlingen nodig hebben.",
         "In oktober van klas 1 maken alle leerlingen de nulmeting van Cito VAS; in klas 1 tot en met 3 volgen "
         "VAS-toetsen voor Nederlands, Engels en wiskunde. Na elke periode (vier keer per jaar) is er een "
         "leerlingbespreking per klas met mentor, docenten, teamleider en zorgco\u00f6rdinator. In klas 1 worden "
         "alle leerlingen gescreend op dyslexie en dyscalculie. Per klas houdt de mentor een signaleringslijst bij."],
        ["In ons ondersteuningsprofiel beschrijven wij duidelijk in welke leer- en zorgbehoeftes wij kunnen voorzien.",
         "Ons SOP (vastgesteld maart 2024) beschrijft de basisondersteuning en de extra ondersteuning: het "
         "Op-de-Rails-lokaal voor time-out en begeleiding (30 uur per week bemand), faalangstreductietraining in "
         "klas 2, Rots en Water in klas 1, dyslexiefaciliteiten (extra tijd, voorleessoftware) en onze eigen "
         "autismecoach (0,4 fte). Het SOP noemt ook onze grenzen: leerlingen die structureel \u00e9\u00e9n-op-"
         "\u00e9\u00e9n begeleiding nodig hebben of een aangepast programma op praktijkniveau, kunnen wij niet goed "
         "helpen. In 2026-2027 herzien we het SOP."],
        ["Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
         "leerlingen een passende onderwijsplek hebben.",
         "Zie hiervoor de schoolgids en het ondersteuningsplan van het samenwerkingsverband."],
        ["Wij gaan respectvol om met de mensen binnen en buiten de school.",
         "Bij conflicten werken we herstelgericht: de teamleider voert een herstelgesprek met de betrokken "
         "leerlingen en zo nodig hun ouders. Alle medewerkers volgden in 2023-2024 de training Herstelgericht "
         "werken. In de gedragscode voor medewerkers (vastgesteld januari 2024) staat hoe wij met leerlingen, "
         "ouders en elkaar omgaan, ook in mail en op sociale media."],
        ["Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers.",
         "Kustlijn Mavo is een openbare school waar iedereen welkom is."],
        ["Iedereen op Kustlijn is waardevol en wordt gezien.",
         "Wij hebben een positief schoolklimaat."],
        ["Onze school is gastvrij: iedereen voelt zich welkom.",
         "De school- en leefregels staan in de schoolgids en het leerlingenstatuut. Ze worden elk jaar in de eerste "
         "mentorles besproken."],
    ])

    doc.add_heading("4.1 Zorgstructuur", level=2)
    _p(doc, "De mentor is het eerste aanspreekpunt voor leerling en ouders. In klas 1 en 2 is er wekelijks een "
            "mentoruur. Als een leerling meer nodig heeft, schakelt de mentor via de teamleider de "
            "zorgco\u00f6rdinator in. Eens per zes weken vergadert het ondersteuningsteam: zorgco\u00f6rdinator, "
            "teamleiders, de schoolmaatschappelijk werker van het wijkteam, de leerplichtambtenaar en de jeugdarts "
            "van de GGD. Afspraken over leerlingen met extra ondersteuning leggen we vast in een "
            "ontwikkelingsperspectiefplan, dat twee keer per jaar met leerling en ouders wordt ge\u00ebvalueerd.")

    doc.add_heading("4.2 Veiligheid", level=2)
    _p(doc, "Onze veiligheidsco\u00f6rdinator is teamleider Bas Verhoef; daarnaast hebben we een anti-pestco\u00f6rdinator "
            "en twee vertrouwenspersonen (een man en een vrouw). Het schoolveiligheidsplan is in 2023 herzien. "
            "Incidenten worden geregistreerd in Magister en elk kwartaal geanalyseerd in de schoolleiding.")
    _bullets(doc, [
        "In de leerlingenquête van Vensters (2023) gaf 86% van de leerlingen aan zich veilig te voelen op school. "
        "Ons doel is 88% in 2026 en 90% in 2028.",
        "Pesten pakken we aan volgens het pestprotocol; de anti-pestco\u00f6rdinator houdt een overzicht bij van "
        "meldingen en afhandeling.",
        "Rondom de pauzes is er toezicht in de aula en op het plein door twee docenten en de conci\u00ebrge.",
        "De wijkagent van Poort schuift twee keer per jaar aan bij het veiligheidsoverleg.",
    ])

    # ---------------- 5 Mensen ----------------
    doc.add_heading("5. Mensen maken de school", level=1)
    _ambitietabel(doc, [
        ["Onze medewerkers voelen zich betrokken bij en trots op Kustlijn en ASG.",
         "Wij zijn trots op ons team en vieren successen samen."],
        ["Wij hebben aandacht voor het welbevinden van onze medewerkers in elke levensfase.",
         "Elk jaar in maart houden we een korte medewerkerspeiling over werkdruk en werkplezier; de uitkomsten "
         "bespreken we per afdeling. De werkdrukmiddelen zetten we in voor twee onderwijsassistenten en voor "
         "kleinere klassen in klas 1 (maximaal 26 leerlingen). Collega's in een drukke levensfase (jonge kinderen, "
         "mantelzorg) kunnen bij de roostermaker een voorkeur voor een vrije dag of geen eerste uur opgeven; "
         "collega's vanaf 57 jaar maken gebruik van de seniorenregeling."],
        ["Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling, onder meer via de ASG Academie.",
         "In 2024-2025 en 2025-2026 volgt het hele team de scholing Formatief handelen bij een extern bureau: zes "
         "bijeenkomsten per jaar en een lesbezoek door de teamleider. Iedere docent legt jaarlijks een "
         "ontwikkeldoel vast. Startende docenten volgen het programma voor starters van de ASG Academie. Het "
         "scholingsbudget is \u20ac500 per fte per jaar."],
        ["Medewerkers nemen deel aan leergemeenschappen en netwerken.",
         "Maandelijks is er een afdelingsoverleg voor onderbouw en bovenbouw."],
        ["Medewerkers maken gebruik van de mogelijkheden van interne mobiliteit.",
         "Vacatures staan op de ASG-vacaturesite."],
        ["Medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien.",
         "Wij waarderen onze collega's."],
        ["Onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid.",
         "Zeven collega's zijn nog niet (volledig) bevoegd. Ieder van hen heeft een opleidingsplan, 0,1 fte "
         "studietijd in de normjaartaak en een vaste begeleider. We willen dat er in 2027 nog hooguit drie "
         "onbevoegde docenten zijn."],
        ["Wij hebben vitale medewerkers.",
         "Wij vinden gezondheid belangrijk."],
        ["Wij zetten de talenten van onze medewerkers in voor de hele organisatie.",
         "Talenten van collega's zijn zichtbaar in ons team."],
        ["De jaarlijkse gesprekscyclus is bij ons ge\u00efmplementeerd.",
         "Ieder jaar voert de teamleider met iedere medewerker een startgesprek (september-oktober), legt een "
         "lesbezoek af en voert een voortgangsgesprek (februari-maart). Eens in de drie jaar volgt een "
         "beoordelingsgesprek. Alles wordt vastgelegd in het digitale personeelsdossier in AFAS. In 2023-2024 "
         "doorliep 94% van de medewerkers de volledige cyclus; ons doel is 100% vanaf 2025."],
    ])
    doc.add_heading("5.1 Formatie en werving", level=2)
    _p(doc, "De formatie stellen we jaarlijks in maart vast op basis van de leerlingprognose. Het lerarentekort "
            "merken we vooral bij Duits, wiskunde en nask: in 2023-2024 stonden deze vacatures gemiddeld elf weken "
            "open. We werven via de ASG-vacaturesite, via onze stagiairs en via zij-instroom. Bij moeilijk "
            "vervulbare vacatures zoeken we eerst naar een oplossing binnen het team (uitbreiding van uren) en pas "
            "daarna naar inhuur.")
    doc.add_heading("5.2 Bekwaamheid", level=2)
    _p(doc, "Iedere docent houdt een bekwaamheidsdossier bij met diploma's, scholing en de verslagen van "
            "lesbezoeken. Bij lesbezoeken gebruiken de teamleiders de kijkwijzer Formatief handelen, die we in "
            "2024-2025 samen met het team vaststellen. Nieuwe docenten krijgen in hun eerste twee jaar een coach "
            "en minimaal vier lesbezoeken per jaar.")

    # ---------------- 6 Verbonden ----------------
    doc.add_heading("6. Verbonden: binnen ASG en in de stad", level=1)
    doc.add_heading("6.1 Binnen ASG", level=2)
    _ambitietabel(doc, [
        ["Collega's van onze school ontmoeten regelmatig collega's van andere ASG-scholen en het servicebureau.",
         "Wij nemen deel aan ASG-bijeenkomsten."],
        ["Wij delen de opbrengst van leren en ontwikkelen tijdens conferenties en ASG-brede studiedagen.",
         "Onze studiedagen staan in de jaarplanning."],
        ["Vaksecties en werkgroepen staan met andere scholen in contact en wisselen bovenschools expertise uit.",
         "De secties wiskunde en Nederlands nemen deel aan de ASG-vaknetwerken (drie tot vier keer per jaar). Met "
         "twee andere ASG-scholen bouwt de sectie wiskunde aan een gezamenlijke toetsbank voor klas 1 en 2. Onze "
         "examensecretaris neemt deel aan het ASG-overleg van examensecretarissen."],
        ["Alle medewerkers zijn op de hoogte van de inrichting van processen en systemen binnen school en "
         "servicebureau.",
         "Zie het ASG-intranet."],
        ["Wij weten wie we moeten benaderen voor welke expertise.",
         "Het servicebureau ondersteunt ons bij HR, financi\u00ebn en ICT."],
        ["Door de schaalgrootte van ASG beschikken wij over interne expertise op veel beleidsgebieden.",
         "Wij maken gebruik van de expertise binnen ASG."],
        ["Met het diverse aanbod binnen ASG kunnen wij alle leerlingen een passende onderwijsloopbaan bieden.",
         "Leerlingen die na de mavo naar de havo willen, stromen door naar havo 4 op een ASG-school. Jaarlijks in "
         "januari houden we samen met twee ASG-havo's een overstapavond voor leerlingen en ouders; de mentor "
         "draagt iedere overstapper warm over. Aan de voorkant werken we met de ASG-basisscholen in Poort: de "
         "leerkrachten van groep 8 en onze brugklasco\u00f6rdinator bespreken in juni iedere nieuwe leerling."],
    ])
    doc.add_heading("6.2 Ouders en partners", level=2)
    _ambitietabel(doc, [
        ["In onze communicatie zijn wij transparant en toegankelijk.",
         "Maandelijks verschijnt de nieuwsbrief Kustpost via Magister en de website. In het ouderportaal van "
         "Magister zien ouders cijfers, absentie en huiswerk. Afspraak: mail van ouders beantwoorden we binnen "
         "twee werkdagen. In september is er per leerjaar een informatieavond."],
        ["Ouders zijn betrokken bij het leerproces van hun kind.",
         "In het najaar en het voorjaar voeren mentor, leerling en ouders een driehoeksgesprek over de voortgang "
         "en de doelen van de leerling. Per leerjaar is er een ouderpanel dat met de teamleider meedenkt over "
         "huiswerk, toetsing en de overgang naar het vervolgonderwijs."],
        ["De MR is een klankbord voor idee\u00ebn en een sparringpartner voor de directie bij voorgenomen beleid en "
         "de uitvoering ervan.",
         "De MR vergadert zes keer per jaar. Voordat grote onderwerpen formeel aan de MR worden voorgelegd "
         "(formatieplan, lessentabel, begroting, huiswerkbeleid), bespreekt de directeur ze in een open "
         "\u2018denktafel\u2019 met de MR, zodat idee\u00ebn vroeg getoetst kunnen worden."],
        ["Wij werken proactief samen met een breed scala aan partners.",
         "Wij werken samen met veel partners, zie hieronder."],
        ["Onze school is een gesprekspartner voor de gemeente, collega-schoolbesturen en maatschappelijke "
         "organisaties.",
         "Wij hebben goede contacten met de gemeente."],
        ["Wij werken nauw samen met maatschappelijke partners in de nabije omgeving.",
         "De schoolmaatschappelijk werker van het wijkteam Poort is twee dagdelen per week op school. Het "
         "jongerenwerk in Poort verzorgt activiteiten in de grote pauze en een huiswerkplek na schooltijd in het "
         "buurthuis. Leerlingen van klas 3 lopen een snuffelstage van een week bij bedrijven en instellingen in "
         "Poort; voor het PGP werken we samen met een installatiebedrijf, een zorgcentrum en twee ondernemers in "
         "het Olympiakwartier."],
        ["Wij werken samen met collega-schoolbesturen en de gemeente bij de aanpak van regionale problemen, zoals "
         "het lerarentekort.",
         "Samen met andere schoolbesturen in Almere, Windesheim en de Hogeschool van Amsterdam zijn we "
         "opleidingsschool in het partnerschap Samen Opleiden Flevoland. We begeleiden elk jaar studenten en "
         "zij-instromers en delen met de andere scholen een gezamenlijke pool van werkplekbegeleiders."],
    ])
    _p(doc, "Naast de MR is er een leerlingenraad van twaalf leerlingen uit alle leerjaren, die onder meer het "
            "eindfeest en de sportdag organiseert.")

    # ---------------- 7 Kwaliteit ----------------
    doc.add_heading("7. Kwaliteit en verantwoording", level=1)
    _ambitietabel(doc, [
        ["De kwaliteit van ons onderwijs is en blijft op orde.",
         "Onze school heeft een basisarrangement. Het slagingspercentage ligt boven de norm van de inspectie, "
         "maar schommelt (zie hieronder). Ons doel is een slagingspercentage van minimaal 93% in 2026 en 95% in "
         "2028, en een onderbouwsnelheid van minimaal 97%."],
        ["Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en integraal en is zichtbaar in de school.",
         "We werken met een kwaliteitskalender: jaarlijkse leerlingenquête en tweejaarlijkse ouder- en "
         "medewerkersenqu\u00eate van Vensters, lesbezoeken door teamleiders, sectieanalyses na elke toetsweek, een "
         "jaarplan per afdeling en per sectie, en een kwartaalrapportage aan het College van Bestuur. In juni "
         "evalueert de schoolleiding het jaarplan; de uitkomsten staan in het jaarverslag en zijn de basis voor het "
         "volgende jaarplan."],
        ["Wij hebben een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.",
         "Wij leren van en met elkaar."],
    ])
    doc.add_heading("7.1 Resultaten", level=2)
    _tabel(doc, ["Indicator", "2021", "2022", "2023", "Norm inspectie"], [
        ["Slagingspercentage mavo", "93,5%", "90,2%", "91,8%", "\u2265 86%"],
        ["Onderbouwsnelheid", "97,4%", "96,1%", "96,8%", "\u2265 95%"],
        ["Bovenbouwsucces", "88,9%", "86,5%", "87,7%", "\u2265 84%"],
        ["Verschil SE-CE (gemiddeld)", "0,31", "0,42", "0,38", "\u2264 0,5"],
    ], breedtes=[5.5, 2.2, 2.2, 2.2, 3.5])
    _p(doc, "De dip in 2022 kwam vooral door lage resultaten bij wiskunde en nask1. De secties hebben toen een "
            "verbeterplan gemaakt met extra oefentoetsen in klas 4 en een examentraining in de meivakantie. In 2023 "
            "waren de resultaten voor beide vakken weer op het niveau van 2021.")
    _p(doc, "Het laatste onderzoek van de inspectie op onze school was in 2019 (vierjaarlijks onderzoek); alle "
            "standaarden werden als voldoende beoordeeld. In het vierjaarlijks onderzoek bij het bestuur in 2022 "
            "is Kustlijn Mavo niet bezocht.")

    # ---------------- 8 Meetbare doelen ----------------
    doc.add_heading("8. Meetbare doelen 2024-2028", level=1)
    _p(doc, "Deze doelen komen terug in de jaarplannen. De schoolleiding rapporteert er elk kwartaal over aan het "
            "College van Bestuur.")
    _tabel(doc, ["Doel", "Nu", "2026", "2028", "Eigenaar"], [
        ["Slagingspercentage mavo", "91,8% (2023)", "\u2265 93%", "\u2265 95%", "Teamleider bovenbouw"],
        ["Onderbouwsnelheid", "96,8% (2023)", "\u2265 97%", "\u2265 97%", "Teamleider onderbouw"],
        ["Doorstroom naar havo 4", "14%", "16%", "18% (2027)", "Teamleider bovenbouw"],
        ["Bevorderd van havo 4 naar havo 5 (overstappers)", "68%", "72%", "\u2265 75%", "Decaan"],
        ["Leerlingen voelen zich veilig (Vensters)", "86%", "88%", "90%", "Veiligheidsco\u00f6rdinator"],
        ["Praktijkgericht programma", "\u2013", "klas 3 gestart (aug 2025), klas 4 (aug 2026)", "ge\u00ebvalueerd", "Directeur"],
        ["Besluit over Flexuren in klas 3", "\u2013", "v\u00f3\u00f3r 1 juli 2026", "\u2013", "Teamleider onderbouw"],
        ["SOP herzien", "maart 2024", "\u2013", "herzien in 2026-2027", "Zorgco\u00f6rdinator"],
        ["Onbevoegde docenten", "7", "5", "\u2264 3 (2027)", "Directeur"],
        ["Volledige gesprekscyclus doorlopen", "94%", "100%", "100%", "Teamleiders"],
    ], breedtes=[5.0, 2.3, 3.2, 3.0, 3.0])

    # ---------------- 9 Vaststelling ----------------
    doc.add_heading("9. Vaststelling", level=1)
    _p(doc, "Het schoolplan is op 4 juni 2024 besproken met de medezeggenschapsraad; de MR heeft positief "
            "geadviseerd. Het plan is op 24 juni 2024 door de directeur vastgesteld en aangeboden aan het College "
            "van Bestuur van de Almeerse Scholen Groep.")
    _p(doc, "Hanneke Oosterwijk, directeur Kustlijn Mavo")
    _p(doc, "Almere, 24 juni 2024")

    doc.save(path)
    _vaste_zipdatum(path, (2024, 6, 24, 16, 5, 0))


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_176_kustlijn_mavo.docx")
