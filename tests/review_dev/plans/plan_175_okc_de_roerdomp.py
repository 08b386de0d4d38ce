# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Openbaar Kindcentrum De Roerdomp (Almere Buiten).

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


def _paginanummer(doc):
    sectie = doc.sections[0]
    p = sectie.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schoolplan OKC De Roerdomp 2025-2029  |  pagina ")
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)


def _kopregel(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
    _kopregel(t.rows[0])
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


def _bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _p(doc, tekst, vet=False, cursief=False):
    p = doc.add_paragraph()
    r = p.add_run(tekst)
    r.bold = vet
    r.italic = cursief
    return p


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
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _taal(doc)
    _paginanummer(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 OKC De Roerdomp"
    cp.author = "M. van Dalsum"
    cp.subject = "Schoolplan"
    cp.keywords = "schoolplan; De Roerdomp; ASG"
    cp.created = datetime.datetime(2025, 6, 23, 10, 15, 0)
    cp.modified = datetime.datetime(2025, 7, 2, 14, 40, 0)
    cp.last_modified_by = "M. van Dalsum"
    cp.revision = 7

    # ---------------- Voorblad ----------------
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Openbaar Kindcentrum De Roerdomp")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2025 - 2029")
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("\u201cKijk goed, dan zie je meer\u201d").italic = True
    doc.add_paragraph()
    for regel in [
        "Faunabuurt, Almere Buiten",
        "BRIN 23RD",
        "Directeur: Marieke van Dalsum",
        "Adjunct-directeur: Youssef El Amrani",
        "Intern begeleider: Ingrid Koolhaas",
        "Onderdeel van de Almeerse Scholen Groep (ASG)",
        "Periode: 1 augustus 2025 tot en met 31 juli 2029",
    ]:
        q = doc.add_paragraph(regel)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- Voorwoord ----------------
    doc.add_heading("Voorwoord", level=1)
    _p(doc, "Voor u ligt het schoolplan van Openbaar Kindcentrum De Roerdomp voor de periode 1 augustus 2025 "
            "tot en met 31 juli 2029. In dit plan beschrijven we waar we als school voor staan, wat we de komende "
            "vier jaar willen bereiken en hoe we dat aanpakken. Het is de opvolger van ons schoolplan 2021-2025.")
    _p(doc, "Bij het schrijven hebben we het koersdocument van ons bestuur, de Almeerse Scholen Groep, naast ons "
            "gelegd. De ambities van het bestuur hebben we per hoofdstuk vooraan gezet onder het kopje \u2018Waar "
            "willen we staan?\u2019, zodat zichtbaar is dat onze school dezelfde richting op gaat. Daarna beschrijven "
            "we wat er bij ons op school gebeurt en wat we gaan doen.")
    _p(doc, "Het team heeft het plan besproken op de studiemiddagen van 12 februari en 9 april 2025. We hebben de "
            "evaluatie van het vorige schoolplan gebruikt, de tevredenheidspeiling onder ouders en leerlingen van "
            "november 2024 en de analyse van de doorstroomtoets van 2024.")
    _p(doc, "De medezeggenschapsraad heeft op 17 juni 2025 ingestemd met dit schoolplan. Het College van Bestuur "
            "van ASG heeft het plan vastgesteld op 1 juli 2025.")
    _p(doc, "Marieke van Dalsum, directeur")

    # ---------------- 1 Dit is De Roerdomp ----------------
    doc.add_heading("1. Dit is De Roerdomp", level=1)
    doc.add_heading("1.1 Onze school in de Faunabuurt", level=2)
    _p(doc, "De Roerdomp staat sinds 1991 in de Faunabuurt in Almere Buiten. In 2019 zijn we verhuisd naar een "
            "gerenoveerd gebouw dat we delen met de peuteropvang en de buitenschoolse opvang van Kinderopvang De "
            "Wolkenboot. Sindsdien noemen we ons een kindcentrum: kinderen van 2 tot 13 jaar komen bij ons onder "
            "\u00e9\u00e9n dak.")
    _p(doc, "Op 1 oktober 2024 telde de school 318 leerlingen in 13 groepen: vier kleutergroepen (1-2) en negen "
            "groepen 3 tot en met 8. Het team bestaat uit 29 medewerkers (21,4 fte): 20 leerkrachten, 3 "
            "onderwijsassistenten, een intern begeleider, een vakleerkracht bewegingsonderwijs, een conci\u00ebrge, "
            "een administratief medewerker, de adjunct-directeur en de directeur.")
    _p(doc, "De Faunabuurt is een gemengde wijk met koop- en huurwoningen. Onze schoolweging (CBS) was in 2024 "
            "33,4. Dat ligt boven het landelijk gemiddelde van 30 en betekent dat onze leerlingen gemiddeld meer "
            "risico lopen op een onderwijsachterstand. Bij 27% van de leerlingen wordt thuis vooral een andere taal "
            "dan Nederlands gesproken. Er zitten kinderen met 29 nationaliteiten op school. Het leerlingaantal is in "
            "vijf jaar licht gedaald, van 341 naar 318; de gemeentelijke prognose laat voor 2029 een stabilisatie "
            "rond de 310 leerlingen zien.")

    doc.add_heading("1.2 Missie en visie", level=2)
    _p(doc, "Een roerdomp zie je pas als je goed kijkt. Zo willen wij naar kinderen kijken: goed en geduldig, "
            "zodat we zien wat ze kunnen en wat ze nodig hebben. Ons motto is daarom \u2018Kijk goed, dan zie je meer\u2019. "
            "Wij willen dat kinderen onze school verlaten met een stevige basis in taal en rekenen, met zelfvertrouwen "
            "en met het besef dat ze deel uitmaken van een diverse samenleving.")
    _p(doc, "Goed onderwijs is voor ons: duidelijke instructie, veel leertijd en een rustig klimaat. De basisvaardigheden "
            "lezen, schrijven en rekenen staan voorop; wereldori\u00ebntatie, cultuur en bewegen geven het onderwijs kleur.")

    doc.add_heading("1.3 Het openbare karakter van onze school", level=2)
    _p(doc, "De Roerdomp is een openbare school. Ieder kind is welkom, ongeacht geloof, afkomst of achtergrond van "
            "de ouders. Dat maken we op deze manieren concreet:")
    _bullets(doc, [
        "In groep 7 en 8 kiezen ouders voor hun kind voor godsdienstig of humanistisch vormingsonderwijs (GVO/HVO). "
        "De lessen worden gegeven door vakdocenten via het Dienstencentrum GVO en HVO. In 2024-2025 volgden 38 "
        "leerlingen islamitisch GVO, 22 leerlingen HVO en 14 leerlingen protestants GVO; de overige leerlingen "
        "volgen in dat uur een les filosoferen met de eigen leerkracht.",
        "In Blink Wereld werken alle groepen elk schooljaar aan het thema \u2018Geloven en vieren\u2019, waarin kinderen "
        "kennismaken met verschillende religies en levensbeschouwingen.",
        "Naast Sinterklaas en Kerst besteden we in de klas aandacht aan het Suikerfeest, Divali en het Chinees "
        "Nieuwjaar. Kinderen vertellen zelf over de feesten die thuis gevierd worden.",
        "Bij het samenstellen van de groepen letten we op een evenwichtige verdeling van jongens en meisjes en "
        "van kinderen met verschillende achtergronden.",
    ])

    # ---------------- 2 Gezien worden en welkom zijn ----------------
    doc.add_heading("2. Welkom op De Roerdomp", level=1)
    doc.add_heading("2.1 Waar willen we staan?", level=2)
    _p(doc, "Onze school is gastvrij; iedereen voelt zich bij ons welkom. Iedereen op De Roerdomp is waardevol en "
            "wordt gezien. Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers. Wij gaan "
            "respectvol om met de mensen binnen en buiten de school. In onze communicatie zijn wij transparant en "
            "toegankelijk, en met een open blik kijken wij naar de verscheidenheid van onze leerlingen en "
            "medewerkers.")

    doc.add_heading("2.2 Hoe we mensen ontvangen", level=2)
    _bullets(doc, [
        "Om 8.20 uur gaan de deuren open. De leerkrachten staan bij de deur van hun lokaal en ouders van kleuters "
        "lopen tot 8.30 uur mee de klas in.",
        "Bij de hoofdingang zit onze conci\u00ebrge, Ron Bakker. Bezoekers worden daar ontvangen en naar de juiste "
        "plek gebracht; het bord in de hal laat zien wie er die dag in het gebouw is.",
        "Nieuwe gezinnen krijgen een rondleiding van de directeur en twee \u2018Roerdompgidsen\u2019 uit groep 8. In "
        "2024-2025 verzorgden de gidsen 41 rondleidingen.",
        "Kinderen die tussentijds instromen krijgen de eerste twee weken een maatje uit hun groep. Na zes weken "
        "volgt een kort gesprek met de ouders: hoe is de start gegaan?",
        "In de peiling van november 2024 gaven ouders ons een 7,9 voor \u2018sfeer en welkom\u2019. Dat willen we "
        "minimaal vasthouden.",
    ])

    doc.add_heading("2.3 Vieringen en vaste momenten", level=2)
    _p(doc, "Het jaar kent bij ons een vast ritme van vieringen en activiteiten:")
    _bullets(doc, [
        "weekopening op maandag per bouw;",
        "maandviering in de gymzaal, waarin elke groep \u00e9\u00e9n keer per jaar optreedt;",
        "Sinterklaasfeest, kerstdiner en paasontbijt;",
        "Koningsspelen en sportdag;",
        "schoolreis voor groep 1 tot en met 7 en een driedaags kamp voor groep 8;",
        "eindmusical van groep 8 in de aula.",
    ])

    doc.add_heading("2.4 Communicatie met ouders", level=2)
    _bullets(doc, [
        "Alle ouders gebruiken de app Parro. Leerkrachten plaatsen minimaal \u00e9\u00e9n keer per week een "
        "groepsbericht over wat er in de klas gebeurt.",
        "Elke twee weken verschijnt onze nieuwsbrief \u2018De Roep\u2019 via Parro en op de website.",
        "De jaarkalender met vakanties, studiedagen en gespreksavonden staat voor de zomervakantie online.",
        "Op maandagochtend houdt de directeur van 8.30 tot 9.15 uur een inloopspreekuur; een afspraak is niet nodig.",
        "Afspraak in het team: berichten van ouders worden binnen twee werkdagen beantwoord.",
        "Belangrijke brieven vertalen we sinds 2024 met hulp van onze taalouders naar het Engels, Arabisch en "
        "Turks.",
    ])

    # ---------------- 3 Ons onderwijs ----------------
    doc.add_heading("3. Ons onderwijs", level=1)
    doc.add_heading("3.1 Waar willen we staan?", level=2)
    _p(doc, "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen, en wij hebben een "
            "toekomstgericht curriculum. Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze "
            "profilering. Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. "
            "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.")

    doc.add_heading("3.2 Onze methodes", level=2)
    _p(doc, "Wij werken met de volgende methodes en materialen:")
    _tabel(doc, ["Vakgebied", "Methode / aanpak", "Groepen"], [
        ["Ontluikende geletterdheid en gecijferdheid", "Onderbouwd, observatie met KIJK!", "1-2"],
        ["Aanvankelijk lezen", "Veilig leren lezen (KIM-versie)", "3"],
        ["Voortgezet technisch lezen", "Estafette", "4-6"],
        ["Begrijpend lezen", "Nieuwsbegrip", "4-8"],
        ["Taal en spelling", "Staal", "4-8"],
        ["Rekenen", "Pluspunt 4", "3-8"],
        ["Schrijven", "Pennenstreken", "1-8"],
        ["Wereldori\u00ebntatie en techniek", "Blink Wereld geïntegreerd", "3-8"],
        ["Engels", "Stepping Stones Junior", "5-8"],
        ["Muziek", "123ZING", "1-8"],
        ["Bewegingsonderwijs", "Vakleerkracht, 2 x 45 minuten per week", "3-8"],
        ["Cultuureducatie", "Cultuurmenu van Kunstlinie Almere", "1-8"],
    ], breedtes=[5.0, 8.0, 2.5])

    doc.add_heading("3.3 Onderwijstijd", level=2)
    _p(doc, "Wij werken met een continurooster: op maandag, dinsdag, donderdag en vrijdag van 8.30 tot 14.15 uur en "
            "op woensdag van 8.30 tot 12.15 uur. Alle groepen hebben dezelfde schooltijden. Leerlingen krijgen in "
            "acht jaar ruim 8.400 uur onderwijs; dat is ruim boven de wettelijke 7.520 uur. De lunchpauze eten de "
            "kinderen met de eigen leerkracht; daarna volgt een kwartier buitenspel onder toezicht van twee "
            "onderwijsassistenten en een pleinwacht.")
    _p(doc, "Per week besteden we in groep 4 tot en met 8 gemiddeld 7,5 uur aan taal en lezen, 5 uur aan rekenen, "
            "3 uur aan wereldori\u00ebntatie, 1,5 uur aan bewegingsonderwijs en 1,5 uur aan creatieve vakken en muziek.")

    doc.add_heading("3.4 Lezen: hier leggen we de lat hoger", level=2)
    _p(doc, "Bij begrijpend lezen blijven onze resultaten achter. In 2024 behaalde 54% van onze groep 8-leerlingen "
            "het streefniveau 2F voor lezen. Dat is boven de signaleringswaarde voor onze schoolweging (49,1%), maar "
            "onder het landelijk gemiddelde van ongeveer 60%. We vinden dat onze leerlingen meer kunnen. Daarom:")
    _bullets(doc, [
        "stellen we per groep in september een streefdoel vast voor begrijpend lezen, op basis van de LVS-toetsen van "
        "januari en juni; de groepsleerkracht bespreekt het streefdoel met de groep;",
        "krijgen alle groepen vanaf groep 4 dagelijks 30 minuten leesonderwijs met teksten uit Blink en Nieuwsbegrip, "
        "gevolgd door 15 minuten vrij lezen;",
        "werken leerlingen die het aankunnen in groep 5 tot en met 8 \u00e9\u00e9n uur per week in de Plusgroep aan "
        "verrijkingsopdrachten;",
        "is ons doel dat in juli 2027 minimaal 62% en in juli 2029 minimaal 65% van onze groep 8-leerlingen 2F "
        "lezen haalt.",
    ])

    doc.add_heading("3.5 Burgerschap", level=2)
    _p(doc, "Burgerschap geven wij vorm langs drie lijnen:")
    _bullets(doc, [
        "Kinderraad: twee gekozen leerlingen per groep 5 tot en met 8 vergaderen zes keer per jaar met de directeur. "
        "In 2024 koos de kinderraad de nieuwe inrichting van het schoolplein en organiseerde hij een inzamelactie "
        "voor de Voedselbank Almere.",
        "Leerlijn in Blink Wereld: in groep 7 werken we met het thema democratie en rechtsstaat, met een bezoek aan de "
        "gemeenteraad in het stadhuis van Almere; in groep 8 volgt het thema Europa en de wereld.",
        "Kinderrechten: in groep 6 werken we in november met het lespakket van Unicef over kinderrechten.",
    ])
    _p(doc, "In het schooljaar 2025-2026 leggen we in een overzicht per groep vast welke burgerschapsdoelen waar aan "
            "bod komen, zodat zichtbaar is dat alle kerndoelen gedekt zijn. De cultuurco\u00f6rdinator is eigenaar van "
            "dit overzicht.")

    # ---------------- 4 Ondersteuning en veiligheid ----------------
    doc.add_heading("4. Ondersteuning en veiligheid", level=1)
    doc.add_heading("4.1 Waar willen we staan?", level=2)
    _bullets(doc, [
        "Wij hebben zicht op wat onze leerlingen nodig hebben.",
        "In ons schoolondersteuningsprofiel beschrijven wij duidelijk in welke leer- en zorgbehoeftes wij kunnen "
        "voorzien.",
        "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
        "leerlingen een passende onderwijsplek hebben.",
    ])

    doc.add_heading("4.2 Zo volgen we onze leerlingen", level=2)
    _bullets(doc, [
        "Bij de kleuters observeren de leerkrachten twee keer per jaar met KIJK! (november en mei).",
        "Groep 3 tot en met 8 maakt in januari en juni de toetsen van Leerling in beeld (Cito) voor lezen, "
        "spelling en rekenen.",
        "Drie keer per jaar (oktober, februari en juni) voert de leerkracht met de intern begeleider een "
        "groepsbespreking. Daarin wordt het groepsoverzicht met de onderwijsbehoeften van de kinderen bijgesteld en "
        "worden de instructiegroepen voor de komende periode bepaald.",
        "De sociaal-emotionele ontwikkeling volgen we met ZIEN!: de leerkracht vult twee keer per jaar de "
        "vragenlijst in, leerlingen van groep 5 tot en met 8 vullen ook zelf de leerlingvragenlijst in.",
        "Voor leerlingen met een ontwikkelingsperspectief (in 2024-2025: 9 leerlingen) bespreken we het OPP drie "
        "keer per jaar met de ouders.",
    ])

    doc.add_heading("4.3 Ons ondersteuningsprofiel", level=2)
    _p(doc, "Ons schoolondersteuningsprofiel (SOP) is in 2022 vastgesteld en wordt in 2025-2026 herzien; het nieuwe "
            "SOP is uiterlijk 1 maart 2026 klaar en staat dan op de website. Wat wij kunnen bieden:")
    _bullets(doc, [
        "Basisondersteuning in elke groep met instructie op drie niveaus: basis, verlengde instructie en verdiepte "
        "instructie.",
        "Lees- en spellingproblemen en dyslexie: we werken volgens het Protocol leesproblemen en dyslexie, met "
        "vroegsignalering in groep 2 en 3 en extra leesbegeleiding door een onderwijsassistent (drie keer per week, "
        "twintig minuten).",
        "Nieuwkomers en NT2: in de Taalboot krijgen nieuwkomers in groep 3 tot en met 5 vier uur per week extra "
        "taalonderwijs met de methode Horeb.",
        "Meer- en hoogbegaafdheid: de Plusgroep voor groep 5 tot en met 8 en compacten van de reken- en "
        "spellingstof.",
        "Fysieke toegankelijkheid: het gebouw heeft een lift en een aangepast toilet.",
    ])
    _p(doc, "Onze grenzen liggen bij kinderen die de hele dag \u00e9\u00e9n-op-\u00e9\u00e9n begeleiding nodig hebben "
            "en bij ernstig externaliserend gedrag waarbij de veiligheid van andere kinderen in het geding komt. Dat "
            "beschrijven we in het nieuwe SOP concreter, met voorbeelden.")

    doc.add_heading("4.4 Overleggen rond ondersteuning", level=2)
    _bullets(doc, [
        "IB-overleg tussen intern begeleider en directie: eens per twee weken.",
        "Leerlingbespreking in de bouw: eens per zes weken.",
        "Overdrachtsgesprek aan het eind van het schooljaar tussen de oude en de nieuwe leerkracht.",
        "Zorgoverleg kleuters: de IB'er en de kleuterleerkrachten, vier keer per jaar.",
    ])

    doc.add_heading("4.5 Veiligheid", level=2)
    _p(doc, "Leerlingen en medewerkers moeten zich bij ons veilig voelen. Wat we daarvoor doen:")
    _bullets(doc, [
        "Jaarlijks in maart meten we de sociale veiligheid met de leerlingvragenlijst van ZIEN! (groep 5-8). In "
        "2024 gaf 91% van de leerlingen aan zich veilig te voelen op school; ons doel is elk jaar minimaal 93%.",
        "Onze anti-pestco\u00f6rdinator is Sanne de Graaf (leerkracht groep 6). Het pestprotocol is in het voorjaar "
        "van 2025 herzien en met ouders gedeeld.",
        "Incidenten registreren we in ParnasSys. De directeur analyseert ze elk kwartaal en bespreekt de uitkomst in "
        "het MT.",
        "Zes collega's zijn BHV'er; twee keer per jaar houden we een ontruimingsoefening.",
        "We werken met de meldcode huiselijk geweld en kindermishandeling; de intern begeleider is "
        "aandachtsfunctionaris.",
        "Het schoolveiligheidsplan wordt in 2026 geactualiseerd.",
    ])

    # ---------------- 5 Kwaliteit ----------------
    doc.add_heading("5. Kwaliteit", level=1)
    doc.add_heading("5.1 Waar willen we staan?", level=2)
    _p(doc, "De kwaliteit van ons onderwijs is en blijft op orde. Ons stelsel van kwaliteitszorg is samenhangend, "
            "cyclisch en integraal, en is zichtbaar in de school. Bij ons heerst een collectieve leercultuur, gericht "
            "op voortdurend verbeteren en innoveren.")

    doc.add_heading("5.2 Hoe wij de kwaliteit bewaken", level=2)
    _bullets(doc, [
        "Ieder jaar maken we een jaarplan (klaar in september) en een jaarverslag (klaar in juli). Het jaarplan is "
        "de uitwerking van dit schoolplan voor dat jaar; het wordt gedeeld met het team en de MR.",
        "Elk kwartaal rapporteert de directeur aan het College van Bestuur over resultaten, personeel en financi\u00ebn "
        "(kwartaalrapportage ASG).",
        "Met de kwaliteitskaarten van Werken met Kwaliteit (WMK) evalueren we elk jaar drie standaarden uit het "
        "onderzoekskader; zo komen in vier jaar alle standaarden aan bod.",
        "Directie en IB'er leggen bij iedere leerkracht minimaal drie flitsbezoeken per jaar af met de kijkwijzer "
        "EDI; de directeur bespreekt de bevindingen kort na het bezoek met de leerkracht.",
        "In februari en juli analyseren we de LVS-resultaten per groep en schoolbreed. De analyse wordt besproken in "
        "de teamvergadering en leidt tot afspraken voor de volgende periode.",
        "Elke twee jaar houden we een tevredenheidspeiling onder ouders, leerlingen van groep 6 tot en met 8 en "
        "medewerkers (volgende: najaar 2026 en najaar 2028).",
    ])

    doc.add_heading("5.3 Resultaten en inspectie", level=2)
    _p(doc, "Bij het vierjaarlijks onderzoek van de inspectie bij ASG (maart 2022) is De Roerdomp niet bezocht; de "
            "school heeft sinds 2017 een basisarrangement en er staan geen herstelopdrachten open. De resultaten op "
            "de eindtoets (sinds 2024: doorstroomtoets) zagen er de afgelopen drie jaar zo uit:")
    _tabel(doc, ["Jaar", "1F behaald", "Signaleringswaarde 1F", "1S/2F behaald", "Signaleringswaarde 1S/2F"], [
        ["2022", "96%", "85%", "52%", "47,3%"],
        ["2023", "94%", "85%", "46%", "47,6%"],
        ["2024", "95%", "85%", "50%", "49,1%"],
    ])
    _p(doc, "Voor 1S/2F zaten we in 2023 onder de signaleringswaarde, vooral door taalverzorging. Ons doel is dat we "
            "in elk jaar van deze planperiode boven beide signaleringswaarden scoren en dat we in 2029 voor 1S/2F "
            "minimaal 55% halen. Daarnaast houden we de leerwinst bij: minimaal 80% van de leerlingen groeit per "
            "halfjaar evenveel of meer dan landelijk verwacht op lezen en rekenen.")

    # ---------------- 6 Ons team ----------------
    doc.add_heading("6. Ons team", level=1)
    doc.add_heading("6.1 Waar willen we staan?", level=2)
    _p(doc, "Onze medewerkers voelen zich betrokken bij en trots op De Roerdomp en ASG. Wij hebben aandacht voor het "
            "welbevinden van onze medewerkers in elke levensfase. Alle medewerkers werken aantoonbaar aan hun "
            "professionele ontwikkeling, onder meer via de ASG Academie, en nemen deel aan leergemeenschappen en "
            "netwerken. Medewerkers maken gebruik van de mogelijkheden van interne mobiliteit en ervaren erkenning "
            "van hun professionaliteit en expertise. Onbevoegde leraren worden bij ons actief ondersteund bij het "
            "halen van hun bevoegdheid. Wij hebben vitale medewerkers en zetten hun talenten in voor de hele "
            "organisatie. De jaarlijkse gesprekscyclus is bij ons ge\u00efmplementeerd.")
    _p(doc, "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en wij geven altijd het beste van "
            "onszelf.")

    doc.add_heading("6.2 Onze overleggen", level=2)
    _tabel(doc, ["Overleg", "Wie", "Frequentie"], [
        ["Teamvergadering", "Hele team", "Eens per vier weken, dinsdag 14.45-16.30 uur"],
        ["Bouwoverleg", "Onder-, midden- en bovenbouw", "Eens per vier weken"],
        ["MT-overleg", "Directeur, adjunct-directeur, IB'er", "Wekelijks"],
        ["Co\u00f6rdinatorenoverleg", "Lees-, reken- en cultuurco\u00f6rdinator met adjunct", "Vier keer per jaar"],
        ["Studiedag", "Hele team", "Vijf keer per jaar"],
    ], breedtes=[4.0, 6.0, 6.0])

    doc.add_heading("6.3 Professionalisering", level=2)
    _bullets(doc, [
        "Teambreed volgen we in 2025-2026 en 2026-2027 de training Expliciete Directe Instructie (EDI): vier "
        "bijeenkomsten per jaar en klassenbezoeken door de trainer. In juni 2027 geeft iedere leerkracht de "
        "instructie volgens de EDI-kijkwijzer (gemeten met de flitsbezoeken).",
        "Ieder teamlid legt jaarlijks in het scholingsplan vast welke scholing hij of zij volgt; het budget is "
        "\u20ac600 per fte per jaar.",
        "Via de ASG Academie volgen in 2025-2026 twee leerkrachten de opleiding Rekenspecialist; de "
        "adjunct-directeur volgt het leiderschapsprogramma voor middenmanagers.",
        "Nieuwe collega's gaan in hun eerste jaar naar ASG Start en krijgen op school een coach voor het eerste "
        "jaar.",
    ])

    doc.add_heading("6.4 Werkdruk en welbevinden", level=2)
    _bullets(doc, [
        "Met de werkdrukmiddelen (ongeveer \u20ac64.000 per jaar) betalen we een extra onderwijsassistent en de "
        "vakleerkracht bewegingsonderwijs. Het team kiest in juni de besteding voor het volgende jaar; een voorstel "
        "gaat door bij steun van minimaal twee derde van het team.",
        "Medewerkers kunnen hun uren duurzame inzetbaarheid inzetten voor extra verlof, scholing of een "
        "sabbatical-periode; collega's vanaf 57 jaar maken gebruik van de seniorenregeling. In het rooster houden "
        "we daar vooraf rekening mee.",
        "Collega's met jonge kinderen of mantelzorgtaken kunnen in overleg hun vaste vrije dag kiezen; bij het "
        "maken van de formatie gaan deze verzoeken voor.",
        "Afspraak: na 18.00 uur en in het weekend verwacht niemand een reactie op mail of Parro.",
    ])

    doc.add_heading("6.5 Zij-instromers en bevoegdheid", level=2)
    _p(doc, "Op dit moment werkt \u00e9\u00e9n leerkracht als zij-instromer in groep 4. Zij volgt de verkorte "
            "pabo-route bij Windesheim in Almere en wordt begeleid door onze schoolopleider (vier uur per week). Zij "
            "heeft 0,2 fte studieverlof. Ons doel is dat zij v\u00f3\u00f3r 1 augustus 2027 bevoegd is. Nieuwe "
            "onbevoegde collega's krijgen binnen zes weken na hun start een opleidingsplan en een vaste begeleider.")

    # ---------------- 7 Samen met ASG ----------------
    doc.add_heading("7. Samen met de Almeerse Scholen Groep", level=1)
    doc.add_heading("7.1 Waar willen we staan?", level=2)
    _bullets(doc, [
        "Onze collega's ontmoeten regelmatig collega's van andere ASG-scholen en van het servicebureau.",
        "Wij delen de opbrengst van leren en ontwikkelen tijdens conferenties en ASG-brede studiedagen.",
        "Wij weten wie we moeten benaderen voor welke expertise.",
        "Door de schaalgrootte van ASG beschikken wij over interne expertise op veel beleidsgebieden.",
        "Met het diverse en op elkaar aansluitende aanbod van ASG kunnen wij alle leerlingen een passende "
        "onderwijsloopbaan bieden.",
    ])

    doc.add_heading("7.2 Waar wij aan meedoen", level=2)
    _bullets(doc, [
        "De directeur neemt deel aan de professionele leergemeenschap van ASG-directeuren in Almere Buiten; die komt "
        "maandelijks bijeen.",
        "Onze intern begeleider zit in het ASG IB-netwerk, zes bijeenkomsten per jaar.",
        "Twee leerkrachten nemen deel aan het ASG-netwerk rekenen (vier keer per jaar) en brengen wat ze daar "
        "leren in het co\u00f6rdinatorenoverleg in.",
    ])

    doc.add_heading("7.3 Bovenschoolse regelingen", level=2)
    _p(doc, "Voor onze school gelden de regelingen van ASG, onder meer:")
    _bullets(doc, [
        "de klachtenregeling van ASG;",
        "het privacyreglement en het protocol sociale media;",
        "het vervangingsbeleid met de ASG-invalpool;",
        "de regeling schorsing en verwijdering.",
    ])

    # ---------------- 8 Ouders en partners ----------------
    doc.add_heading("8. Ouders en partners", level=1)
    doc.add_heading("8.1 Waar willen we staan?", level=2)
    _p(doc, "Bij ons zijn ouders betrokken bij het leerproces van hun kind. De medezeggenschapsraad is een klankbord "
            "voor idee\u00ebn en een sparringpartner voor de directie bij voorgenomen beleid en de uitvoering daarvan. "
            "Wij werken proactief samen met een breed scala aan partners, vooral met maatschappelijke partners in de "
            "nabije omgeving van de school. Onze school is een gesprekspartner voor de gemeente en maatschappelijke "
            "organisaties in de wijk, en wij werken samen met collega-schoolbesturen en de gemeente bij de aanpak "
            "van regionale problemen, zoals het lerarentekort.")

    doc.add_heading("8.2 Ouders", level=2)
    _bullets(doc, [
        "In de derde schoolweek voeren alle leerkrachten een startgesprek met ouder en kind: wat kan je kind goed, "
        "wat heeft het nodig, hoe kunnen ouders thuis helpen? In 2024 was de opkomst 83%; ons doel is 90% in 2027.",
        "Drie keer per jaar is er een kijkmiddag waarop kinderen hun ouders laten zien waar ze aan werken.",
        "Na de rapporten in februari en juni volgen gesprekken van vijftien minuten; voor groep 7 en 8 is het kind "
        "bij het gesprek.",
        "Ouders van peuters en kleuters krijgen bij elk thema van Onderbouwd een thuisactiviteitenblad, zodat ze "
        "thuis met dezelfde woorden kunnen spelen.",
        "Ouders helpen in groep 3 en 4 bij het tutorlezen op woensdagochtend.",
    ])

    doc.add_heading("8.3 MR en ouderraad", level=2)
    _p(doc, "Onze MR bestaat uit drie ouders en drie personeelsleden. Naast de MR hebben we een actieve ouderraad die "
            "veel organiseert:")
    _bullets(doc, [
        "Sinterklaasfeest en kerstviering;",
        "schoolreis en avondvierdaagse;",
        "ontbijt bij de Koningsspelen;",
        "de schoolfotograaf;",
        "het beheer van de vrijwillige ouderbijdrage (\u20ac35 per kind per jaar).",
    ])

    doc.add_heading("8.4 Partners in de wijk", level=2)
    _tabel(doc, ["Partner", "Wat we samen doen"], [
        ["Kinderopvang De Wolkenboot", "Peuteropvang en BSO in ons gebouw. Peuters en kleuters werken met dezelfde "
         "VVE-thema's; bij de overgang naar groep 1 is er altijd een warme overdracht. Overleg tussen de "
         "locatiemanager en onze adjunct-directeur om de twee maanden."],
        ["De Nieuwe Bibliotheek", "Bibliotheek op school met een leesconsulent op dinsdag. Doel: in 2027 is 80% van "
         "onze leerlingen lid van de bibliotheek (2024: 64%)."],
        ["Wijkteam Almere Buiten", "De schoolmaatschappelijk werker houdt om de week een spreekuur op school; ouders "
         "kunnen zonder verwijzing binnenlopen."],
        ["GGD Flevoland", "De jeugdverpleegkundige onderzoekt leerlingen in groep 2 en groep 7 en is aanspreekbaar "
         "voor ouders en IB'er."],
        ["Sportservice Almere", "De buurtsportcoach verzorgt twee middagen per week naschools sportaanbod op ons "
         "plein."],
        ["Kunstlinie Almere", "Cultuurmenu: elke groep bezoekt \u00e9\u00e9n keer per jaar een voorstelling of "
         "workshop."],
    ], breedtes=[4.5, 11.5])

    # ---------------- 9 Meerjarenplanning ----------------
    doc.add_heading("9. Meerjarenplanning 2025-2029", level=1)
    _p(doc, "De doelen uit dit plan zetten we hieronder in de tijd. Elk jaar werken we ze uit in het jaarplan.")
    _tabel(doc, ["Schooljaar", "Wat", "Meetbaar resultaat", "Eigenaar"], [
        ["2025-2026", "Training EDI, jaar 1", "Alle leerkrachten hebben vier bijeenkomsten gevolgd", "Adjunct-directeur"],
        ["2025-2026", "Nieuw schoolondersteuningsprofiel", "SOP vastgesteld en online v\u00f3\u00f3r 1 maart 2026", "IB'er"],
        ["2025-2026", "Overzicht burgerschapsdoelen per groep", "Overzicht klaar in juni 2026", "Cultuurco\u00f6rdinator"],
        ["2026-2027", "Training EDI, jaar 2", "In juni 2027 instructie volgens kijkwijzer in alle groepen", "Adjunct-directeur"],
        ["2026-2027", "Leesaanpak", "Minimaal 62% 2F lezen in juli 2027", "Leescoördinator"],
        ["2026-2027", "Zij-instromer bevoegd", "Bevoegdheid v\u00f3\u00f3r 1 augustus 2027", "Directeur"],
        ["2026-2027", "Startgesprekken", "Opkomst 90%", "Bouwco\u00f6rdinatoren"],
        ["2026-2027", "Bibliotheeklidmaatschap", "80% van de leerlingen lid", "Leescoördinator"],
        ["2025-2029", "Sociale veiligheid", "Elk jaar minimaal 93% voelt zich veilig", "Anti-pestco\u00f6rdinator"],
        ["2028-2029", "Resultaten doorstroomtoets", "65% 2F lezen; 1S/2F minimaal 55%", "Directeur"],
        ["2028-2029", "Evaluatie en nieuw schoolplan", "Schoolplan 2029-2033 klaar in juni 2029", "Directeur"],
    ], breedtes=[2.5, 5.0, 5.5, 3.5])

    # ---------------- 10 Vaststelling ----------------
    doc.add_heading("10. Vaststelling", level=1)
    _p(doc, "Instemming medezeggenschapsraad", vet=True)
    _p(doc, "De medezeggenschapsraad van OKC De Roerdomp heeft op 17 juni 2025 ingestemd met dit schoolplan.")
    _p(doc, "Namens de MR: Karin Wolters, voorzitter")
    _p(doc, "Vaststelling door het bevoegd gezag", vet=True)
    _p(doc, "Het College van Bestuur van de Almeerse Scholen Groep heeft dit schoolplan vastgesteld op 1 juli 2025.")
    _p(doc, "Handtekening: ________________________")

    doc.save(path)
    _vaste_zipdatum(path, (2025, 7, 2, 14, 40, 0))


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_175_okc_de_roerdomp.docx")
