# -*- coding: utf-8 -*-
"""Schoolplan 2023-2027 van openbare basisschool De Strandgaper (Almere Poort).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
Deterministisch: vaste datums, geen willekeur.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


# ---------------------------------------------------------------- hulpfuncties

def _taal_nl(doc):
    """Zet de proeftaal van de standaardstijl op Nederlands."""
    for naam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet"):
        stijl = doc.styles[naam]
        rpr = stijl.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        rpr.append(lang)


def _paginanummer(doc):
    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan 2023-2027 OBS De Strandgaper  |  pagina ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    voet._p.append(fld)


def h1(doc, tekst):
    doc.add_heading(tekst, level=1)


def h2(doc, tekst):
    doc.add_heading(tekst, level=2)


def p(doc, tekst):
    doc.add_paragraph(tekst)


def bullets(doc, regels):
    for regel in regels:
        doc.add_paragraph(regel, style="List Bullet")


def tabel(doc, kop, rijen):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(k)
        run.bold = True
    # koprij herhalen op elke pagina
    trpr = t.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    trpr.append(hdr)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    doc.add_paragraph()


DOEL_KOP = ["Doel", "Wat doen we", "Wanneer", "Meetbaar resultaat", "Eigenaar"]


# ---------------------------------------------------------------- inhoud

def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    _paginanummer(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan 2023-2027 OBS De Strandgaper"
    cp.author = "Ilse Verduijn"
    cp.last_modified_by = "Ilse Verduijn"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.revision = 3
    cp.created = datetime.datetime(2023, 6, 14, 10, 0, 0)
    cp.modified = datetime.datetime(2023, 6, 14, 10, 0, 0)

    # ------------------------------------------------------------ voorblad
    doc.add_paragraph("Schoolplan 2023 - 2027", style="Title")
    for regel, grootte, vet in (
        ("Openbare basisschool De Strandgaper", 18, True),
        ("Almere Poort, Homeruskwartier", 13, False),
        ("\u201cElk kind telt, in elke kleur\u201d", 12, False),
        ("Schooljaren 2023-2024 tot en met 2026-2027", 11, False),
        ("Vastgesteld juni 2023", 11, False),
    ):
        para = doc.add_paragraph()
        run = para.add_run(regel)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.add_page_break()

    # ------------------------------------------------------------ 1
    h1(doc, "1 Inleiding en schoolportret")
    p(doc, "Voor u ligt het schoolplan van openbare basisschool De Strandgaper voor de schooljaren "
           "2023-2024 tot en met 2026-2027. In dit plan beschrijven we waar we als school voor staan, "
           "wat we de komende vier jaar willen bereiken en hoe we dat aanpakken. Het plan is tegelijk "
           "onze vertaling van Koers 22, de koers van de Almeerse Scholen Groep (ASG). We hebben bewust "
           "gekozen voor de indeling van de koers: eerst de vier kernwaarden, daarna de vier vensters. "
           "Zo kan iedereen, ook het bestuur, snel zien hoe wij de koers in onze school vormgeven.")
    p(doc, "Het team werkte op de studiedag van 8 maart 2023 aan de centrale vragen uit de Koerswijzer; "
           "ouderpanel en kinderraad gaven in het voorjaar hun inbreng. Ook de tevredenheidspeilingen van "
           "het najaar van 2022 hebben we meegenomen.")

    h2(doc, "1.1 Onze school in cijfers")
    bullets(doc, [
        "Adres: Ithakastraat 4, 1363 XK Almere (Homeruskwartier)",
        "BRIN-nummer: 31PZ",
        "Directie: Ilse Verduijn (directeur) en Ramon Baldew (adjunct-directeur, groep 5 tot en met 8)",
        "Leerlingen op 1 oktober 2022: 412, verdeeld over 17 groepen",
        "Medewerkers: 34 (26,4 fte), onder wie 22 groepsleerkrachten, 2 intern begeleiders, "
        "1 vakleerkracht bewegingsonderwijs en 4 onderwijsassistenten",
        "Schoolweging: 31,4 (landelijk gemiddelde 30)",
        "Onderwijsconcept: openbaar, leerstofjaarklassen met instructie volgens het EDI-model; "
        "groep 1 en 2 werken thematisch",
    ])

    h2(doc, "1.2 Onze omgeving")
    p(doc, "De Strandgaper staat sinds 2012 in het Homeruskwartier, een van de snelst gegroeide wijken van "
           "Almere. Onze leerlingen spreken thuis samen 27 verschillende talen; bij 38 procent is "
           "Nederlands niet de enige thuistaal. Het leerlingaantal groeide tussen 2018 en 2022 van 318 naar "
           "412. Volgens de prognose van de gemeente stabiliseert de groei rond 2025 op ongeveer 430 "
           "leerlingen. Door de groei hebben we een jong team: 9 van de 22 leerkrachten werken korter "
           "dan drie jaar bij ons.")

    h2(doc, "1.3 Waar staan we nu?")
    p(doc, "De inspectie bezocht ons in november 2021 voor het vierjaarlijks onderzoek en gaf ons "
           "basistoezicht. Onze eindresultaten liggen al jaren boven de signaleringswaarden. Op het "
           "fundamentele niveau (1F) scoorden onze leerlingen in 2022 voor lezen 97 procent, voor "
           "taalverzorging 96 procent en voor rekenen 93 procent. Bij de streefniveaus zien we een verschil: "
           "lezen 2F (68 procent) en taalverzorging 2F (61 procent) zijn goed, maar rekenen 1S blijft met "
           "36 procent achter bij vergelijkbare scholen (45 procent). Rekenen is daarom een van de "
           "belangrijkste opdrachten van deze planperiode.")
    p(doc, "Uit de tevredenheidspeiling bleek verder dat ouders de sfeer en de leerkrachten hoog waarderen "
           "(8,1), maar minder tevreden zijn over de informatie over de ontwikkeling van hun kind (6,6).")

    # ------------------------------------------------------------ 2
    h1(doc, "2 Gezien worden")
    p(doc, "Iedereen op onze school is waardevol en wordt gezien. In elke groep hangt daarom een "
           "\u2018Wie zijn wij\u2019-muur met een foto van ieder kind en een sterke kant die het kind zelf "
           "heeft gekozen, en bij elk rapportgesprek begint de leerkracht met wat het kind goed kan. "
           "De cultuur van onze school is gastvrij, iedereen voelt zich welkom. In de groepsbesprekingen "
           "die de intern begeleider drie keer per jaar met elke leerkracht voert, bespreken we niet "
           "alleen toetsresultaten, maar ook hoe het met ieder kind gaat.")

    h2(doc, "2.1 Zicht op wat kinderen en collega\u2019s nodig hebben")
    p(doc, "Om goed te zien wat een kind nodig heeft, gebruiken we in groep 1 en 2 het observatie-instrument "
           "KIJK! en in groep 3 tot en met 8 het volgsysteem ZIEN! voor de sociaal-emotionele ontwikkeling. "
           "Leerkrachten vullen ZIEN! twee keer per jaar in (oktober en maart); vanaf groep 5 vullen ook de "
           "kinderen zelf de leerlingvragenlijst in. Vanaf schooljaar 2023-2024 voert elke leerkracht in "
           "groep 4 tot en met 8 twee keer per jaar een kindgesprek van tien minuten met ieder kind over wat "
           "goed gaat en wat het lastig vindt. De afspraken uit dat gesprek komen in ParnasSys, zodat de "
           "volgende leerkracht ze kan lezen.")
    p(doc, "Ook bij collega\u2019s willen we weten wat ze nodig hebben. In het startgesprek in september vraagt "
           "de directeur of de adjunct aan iedere medewerker wat hij of zij dit jaar nodig heeft om goed les "
           "te kunnen geven, bijvoorbeeld coaching, een klassenbezoek bij een collega of hulp bij een "
           "moeilijke groep. Die vragen verzamelen we per bouw en bespreken we in oktober in het "
           "managementteam.")

    h2(doc, "2.2 Veiligheid en schoolklimaat")
    p(doc, "Sinds 2019 werken we met De Vreedzame School. In elke groep staan wekelijks lessen uit de zes "
           "blokken op het rooster, en in groep 7 en 8 leiden we elk jaar twaalf leerlingmediatoren op die "
           "op het plein helpen bij kleine conflicten. De eerste zes weken van het schooljaar zijn bij ons "
           "\u2018Gouden Weken\u2019: de groepen maken samen klassenafspraken en doen elke dag een "
           "groepsvormende activiteit.")
    p(doc, "Ons sociaal veiligheidsplan is in maart 2023 herzien. Het bevat het pestprotocol, de meldcode "
           "huiselijk geweld en kindermishandeling en de afspraken over incidentenregistratie in ParnasSys. "
           "Anti-pestcoördinator is Fleur Hoekstra, intern begeleider van de bovenbouw; vertrouwenspersoon "
           "voor ouders en leerlingen is Soufiane Amrani, leerkracht van groep 4. Jaarlijks meten we de "
           "sociale veiligheid met de veiligheidsvragenlijst van ZIEN! in groep 5 tot en met 8. In 2022 gaf "
           "88 procent van de leerlingen aan zich veilig te voelen op school; ons doel is minimaal 92 procent "
           "in 2025, en dat vasthouden tot het eind van de planperiode. Zakt een groep onder de 85 procent, "
           "dan maken de leerkracht en de intern begeleider binnen vier weken een groepsplan gedrag.")

    # ------------------------------------------------------------ 3
    h1(doc, "3 Open")
    p(doc, "Onze school gaat respectvol om met de mensen binnen en buiten de organisatie. De vijf afspraken "
           "van De Vreedzame School hangen niet alleen in de klassen maar ook in de teamkamer: ze gelden "
           "voor kinderen én voor volwassenen. Bij een conflict tussen een ouder en een leerkracht schuift "
           "altijd een directielid aan om het gesprek in goede banen te leiden. Communicatie met ouders "
           "vraagt de komende jaren veel aandacht, zoals de tevredenheidspeiling liet zien.")

    h2(doc, "3.1 Communicatie met ouders")
    p(doc, "Vanaf augustus 2023 communiceren we met alle ouders via één kanaal: de Parro-app. Elke leerkracht "
           "plaatst minimaal één keer per week een bericht met foto\u2019s en uitleg over wat de groep leert; "
           "op vrijdag verschijnt de \u2018Strandgaperpost\u2019 met nieuws van de directie. De directeur "
           "houdt elke dinsdag van 8.30 tot 9.30 uur een inloopspreekuur zonder afspraak. Vanaf schooljaar "
           "2024-2025 krijgen ouders van groep 3 tot en met 8 via het ouderportaal van ParnasSys inzage in de "
           "toetsresultaten van hun kind, met een korte toelichting van de leerkracht. Ons doel is dat de "
           "waardering voor de informatie over de ontwikkeling van het kind in de peiling van 2025 stijgt "
           "van 6,6 naar minimaal 7,5.")

    h2(doc, "3.2 Ons openbare karakter")
    p(doc, "Met een open blik kijken we naar de verscheidenheid van leerlingen en medewerkers. Als openbare "
           "school is De Strandgaper toegankelijk voor ieder kind, ongeacht geloof, afkomst of achtergrond, "
           "en dat laten we ook zien. Onze feestenkalender bevat naast Sinterklaas en Kerst ook het "
           "Suikerfeest, Divali en het Chinees Nieuwjaar; kinderen die het feest thuis vieren, vertellen er "
           "in de kring zelf over. Vanaf groep 5 kunnen ouders kiezen voor godsdienstig of humanistisch "
           "vormingsonderwijs (GVO of HVO), gegeven door erkende vakdocenten. Kinderen die niet meedoen, "
           "krijgen in dat uur van hun eigen leerkracht een les over de grote wereldgodsdiensten en "
           "levensbeschouwingen. In onze vacatureteksten staat sinds 2022 uitdrukkelijk dat we een team "
           "zoeken dat de diversiteit van de wijk weerspiegelt.")

    h2(doc, "3.3 Burgerschap")
    p(doc, "Burgerschap is bij ons meer dan een vak. Kinderen oefenen in de praktijk met democratie: de "
           "kinderraad bestaat uit twee gekozen leerlingen per groep uit groep 5 tot en met 8 en vergadert "
           "zes keer per jaar met de directeur. De kinderraad heeft een eigen budget van 750 euro per jaar; "
           "in 2022 kocht de raad daarvan nieuwe pleinspullen en een boekenkast voor het leesplein. De lessen "
           "van De Vreedzame School leren kinderen samen beslissen en conflicten oplossen.")
    p(doc, "Wat nog ontbreekt, is een beschreven leerlijn voor de kennisdoelen van burgerschap: democratie, "
           "rechtsstaat, grondrechten en de diversiteit van de samenleving. In schooljaar 2023-2024 brengt "
           "een werkgroep van drie leerkrachten in kaart welke doelen al in Blink Wereld en De Vreedzame "
           "School zitten. In 2024-2025 vullen we de gaten aan, onder meer met een bezoek van groep 8 aan "
           "het stadhuis en de gemeenteraad van Almere en met de gastlessen van ProDemos voor groep 7. "
           "Vanaf augustus 2025 werken alle groepen met de leerlijn.")

    # ------------------------------------------------------------ 4
    h1(doc, "4 Vooruitstrevend")
    p(doc, "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. In 2022 "
           "hebben we een leeg lokaal ingericht als Maakplaats, met een 3D-printer, een lasersnijder, "
           "gereedschap en materiaal om mee te bouwen. Elke groep van 5 tot en met 8 werkt daar zes weken "
           "per jaar aan een ontwerpopdracht uit Blink Wereld, volgens de stappen van onderzoekend en "
           "ontwerpend leren. De Maakplaats wordt begeleid door onderwijsassistent en techniekcoördinator "
           "Bart Zijlstra.")
    p(doc, "Voor de komende jaren staat het volgende op het programma:")
    bullets(doc, [
        "We geven gericht inhoud aan ons onderwijs langs de drie horizonten van onze innovatiestrategie "
        "(continue veranderingen, fundamentele veranderingen, radicale veranderingen).",
        "Vanaf schooljaar 2024-2025 sluiten ook groep 3 en 4 aan bij de Maakplaats, met een aangepast "
        "programma van vier weken per jaar.",
        "In groep 1 en 2 richten we in 2023-2024 in elk lokaal een bouw- en ontdekhoek in, zodat kleuters "
        "spelenderwijs leren onderzoeken.",
        "In groep 4 tot en met 8 werken de kinderen met Snappet voor rekenen en spelling. In het voorjaar "
        "van 2024 evalueren we of de adaptieve verwerking de resultaten aantoonbaar verbetert, voordat we "
        "de licentie verlengen.",
    ])

    # ------------------------------------------------------------ 5
    h1(doc, "5 Ambitieus")
    p(doc, "We geven altijd het beste van onszelf. Voor onze leerlingen betekent ambitie dat we uitgaan van "
           "wat een kind kán, niet van wat het thuis wel of niet meekrijgt. We hebben daarom eigen "
           "streefdoelen vastgesteld die boven de signaleringswaarden van de inspectie liggen: in 2027 haalt "
           "minimaal 45 procent van onze leerlingen in groep 8 rekenniveau 1S (2022: 36 procent), blijft "
           "lezen 2F op of boven 65 procent en haalt taalverzorging 2F minimaal 63 procent.")
    p(doc, "Hoge verwachtingen zie je ook in het schooladvies. Bij twijfel tussen twee niveaus adviseren we "
           "het hogere niveau, en in groep 8 bespreken we het advies niet alleen met de ouders maar ook met "
           "het kind zelf. Vanaf groep 6 stelt ieder kind na elke toetsperiode samen met de leerkracht een "
           "eigen leerdoel voor rekenen op, dat op de weektaak komt te staan.")
    p(doc, "We zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren. En we "
           "vragen van kinderen dat ze hun werk afmaken en er trots op zijn: in groep 7 en 8 presenteert elk "
           "kind twee keer per jaar een werkstuk aan ouders en klasgenoten, beoordeeld met een "
           "rubric die de kinderen vooraf kennen.")

    # ------------------------------------------------------------ 6
    h1(doc, "6 Venster 1: Goed en toegankelijk onderwijs")
    h2(doc, "6.1 Ons onderwijsprogramma")
    p(doc, "Ons onderwijsaanbod dekt de kerndoelen van het primair onderwijs en is gericht op het bereiken "
           "van de referentieniveaus voor taal en rekenen. Leerlingen krijgen in acht jaar ten minste "
           "7.520 uur onderwijs; we werken met een vijf-gelijke-dagenmodel van 8.30 tot 14.15 uur "
           "(940 uur per jaar). We gebruiken de volgende methodes en programma\u2019s:")
    bullets(doc, [
        "Groep 1-2: thematisch werken met Kleuterplein, observatie met KIJK!",
        "Aanvankelijk lezen: Veilig leren lezen (KIM-versie) in groep 3",
        "Technisch lezen: Estafette (groep 4-6); begrijpend lezen: Nieuwsbegrip (groep 5-8)",
        "Taal en spelling: Staal",
        "Rekenen: Pluspunt 4, verwerking in Snappet",
        "Wereldoriëntatie, techniek en burgerschap: Blink Wereld Geïntegreerd",
        "Engels: Take it easy, vanaf groep 1",
        "Bewegingsonderwijs: twee lessen per week van een vakleerkracht",
        "Sociaal-emotionele ontwikkeling: De Vreedzame School",
        "Cultuureducatie: het Almeerse cultuurprogramma, met per groep minimaal twee voorstellingen of "
        "museumbezoeken per jaar",
    ])
    p(doc, "Instructie geven we volgens het model van Expliciete Directe Instructie (EDI). We werken in drie "
           "niveaus binnen de groep. Kinderen die meer aankunnen, krijgen verkorte instructie en verrijking, "
           "en in groep 5 tot en met 8 kunnen zij één ochtend per week naar de plusklas De Denktank.")

    h2(doc, "6.2 Leren voor later")
    p(doc, "Kinderen die nu bij ons op school zitten, werken straks in beroepen die nog niet bestaan. Digitale "
           "geletterdheid krijgt daarom een vaste plek. In 2023-2024 stelt de ICT-coördinator samen met twee "
           "collega\u2019s een leerlijn op voor groep 1 tot en met 8, gebaseerd op de SLO-doelen voor "
           "digitale geletterdheid: ICT-basisvaardigheden, informatievaardigheden, mediawijsheid en "
           "computational thinking. Kleuters programmeren met de Bee-Bot, groep 5 en 6 werken met Scratch "
           "Junior en Scratch, en groep 7 en 8 doen elk jaar mee aan de Week van de Mediawijsheid met "
           "MediaMasters. Vanaf augustus 2025 krijgt elke groep minimaal vier lessen digitale geletterdheid "
           "per blok.")
    p(doc, "We willen ook beter aansluiten bij wat kinderen bezighoudt. In 2022 mocht de kinderraad bij wijze "
           "van proef het schoolbrede thema kiezen; de kinderen kozen \u2018Bouwen aan de wijk\u2019, omdat "
           "ze elke dag de nieuwbouw in Poort zien verrijzen. Dat beviel zo goed dat de kinderraad vanaf "
           "2024 elk jaar zelf één van de wereldoriëntatiethema\u2019s uit Blink voor de hele school kiest.")

    h2(doc, "6.3 Ondersteuning en passend onderwijs")
    p(doc, "We maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
           "alle leerlingen een passende onderwijsplek hebben. Wat wij zelf kunnen bieden, staat in ons "
           "schoolondersteuningsprofiel (SOP). Naast de basisondersteuning die alle scholen van Passend "
           "Onderwijs Almere bieden, hebben wij extra expertise op drie terreinen:")
    bullets(doc, [
        "Taal en meertaligheid: kinderen die korter dan een jaar in Nederland zijn, krijgen vier ochtenden "
        "per week les in onze taalgroep van een NT2-leerkracht, in een groep van maximaal acht kinderen.",
        "Dyslexie: we werken met het Protocol Leesproblemen en Dyslexie; twee leerkrachten zijn opgeleid "
        "als leesspecialist.",
        "Meer- en hoogbegaafdheid: de plusklas De Denktank voor groep 5-8, met een leerkracht die de "
        "opleiding tot specialist hoogbegaafdheid heeft afgerond.",
    ])
    p(doc, "Er zijn ook grenzen: voor kinderen met ernstige gedragsproblemen of een intensieve medische "
           "zorgvraag kunnen wij onvoldoende bieden. Het SOP dateert van 2020. De intern begeleiders "
           "actualiseren het in 2023-2024 en leggen het in juni 2024 ter advisering voor aan de MR.")

    h2(doc, "6.4 Kwaliteitszorg")
    p(doc, "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. "
           "We werken met een vaste kwaliteitskalender in Werken Met Kwaliteit (WMK-PO). Elk jaar beoordelen "
           "we vier thema\u2019s met een kwaliteitskaart, waarbij het team zelf de stand van zaken scoort; "
           "in 2023-2024 zijn dat rekenen, instructie, sociale veiligheid en ouderbetrokkenheid. De directie "
           "en de intern begeleiders leggen per leerkracht minimaal twee klassenbezoeken per jaar af met een "
           "kijkwijzer op basis van ICALT en EDI. Daarnaast bezoeken leerkrachten elkaar: iedere leerkracht "
           "kijkt minstens één keer per jaar een les bij een collega, met een vooraf gekozen kijkvraag.")
    p(doc, "Twee keer per jaar, in februari en juni, analyseren we de resultaten op school-, groeps- en "
           "leerlingniveau. De uitkomsten bespreken we in het team en met de MR, en ze vormen de basis voor "
           "het jaarplan. In het jaarverslag leggen we verantwoording af aan ouders en bestuur; in de "
           "kwartaalrapportages aan het bestuur laten we zien hoe de doelen uit dit plan ervoor staan.")
    p(doc, "Onze doelen voor dit venster:")
    tabel(doc, DOEL_KOP, [
        ["Betere rekenresultaten", "EDI-scholing, dagelijkse automatiseringsronde van 10 minuten, "
         "leerteam rekenen", "2023-2027", "1S rekenen van 36% (2022) naar 45% (2027)", "Rekencoördinator"],
        ["Leesniveau vasthouden", "Nieuwsbegrip, leesbevordering met de bibliotheek", "Doorlopend",
         "2F lezen elk jaar minimaal 65%", "Leescoördinator"],
        ["Leerlijn digitale geletterdheid", "Leerlijn opstellen en invoeren", "Opgesteld juni 2024, "
         "ingevoerd augustus 2025", "Alle groepen minimaal 4 lessen per blok", "ICT-coördinator"],
        ["Leerlijn burgerschap", "Inventariseren en aanvullen", "2023-2025",
         "Leerlijn in gebruik per augustus 2025", "Werkgroep burgerschap"],
        ["Actueel schoolondersteuningsprofiel", "SOP herschrijven", "Juni 2024",
         "SOP besproken met MR en op de website", "Intern begeleiders"],
        ["Kwaliteitskalender", "Vier kwaliteitskaarten per jaar", "Vanaf 2023-2024",
         "16 kaarten afgerond in 2027", "Directeur"],
        ["Sociale veiligheid", "Vreedzame School, Gouden Weken, groepsplan gedrag", "2023-2025",
         "Minimaal 92% voelt zich veilig (2022: 88%)", "Anti-pestcoördinator"],
    ])

    # ------------------------------------------------------------ 7
    h1(doc, "7 Venster 2: Personeel in positie")
    p(doc, "Medewerkers voelen zich betrokken bij en trots op onze school. In 2023-2024 en 2024-2025 volgt "
           "het hele team de teamscholing Expliciete Directe Instructie van de ASG Academie: zes "
           "bijeenkomsten per jaar, aangevuld met coaching in de klas door twee interne EDI-coaches. Nieuwe "
           "collega\u2019s volgen de scholing in hun eerste jaar bij ons.")
    bullets(doc, [
        "Onze school heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers.",
        "Leerkrachten werken in twee leerteams, rekenen en lezen, die zes keer per jaar bijeenkomen en elk "
        "jaar één verbeteronderzoek in de eigen groepen uitvoeren.",
        "Onze school heeft vitale werknemers.",
        "Onze intern begeleiders nemen deel aan het IB-netwerk van ASG en brengen wat ze daar leren in de "
        "leerteams in.",
    ])

    h2(doc, "7.1 Bekwaamheid en opleiden")
    p(doc, "Alle leerkrachten zijn bevoegd, op twee zij-instromers na. Zij volgen de deeltijdopleiding pabo "
           "bij Windesheim Flevoland in Almere. Van ons krijgen ze een vaste coach, vier uur per week "
           "studietijd binnen hun werktijd en een vergoeding van de reiskosten. Ons doel is dat beiden "
           "uiterlijk in juli 2025 hun bevoegdheid hebben. Daarnaast bieden we elk jaar plaats aan zes tot "
           "acht pabostudenten, die begeleid worden door mentoren met een coachcertificaat.")
    p(doc, "De kwaliteit van het pedagogisch-didactisch handelen volgen we met de klassenbezoeken uit "
           "paragraaf 6.4. Na elk bezoek krijgt de leerkracht binnen een week een nagesprek met "
           "twee tips en twee tops.")

    h2(doc, "7.2 Gesprekscyclus en specialisten")
    p(doc, "Elke medewerker voert jaarlijks drie gesprekken: een startgesprek in september, een "
           "voortgangsgesprek in februari na een klassenbezoek en een evaluatiegesprek in juni. Om de drie "
           "jaar is het junigesprek een beoordelingsgesprek. Iedere medewerker houdt een persoonlijk "
           "ontwikkelplan bij, dat in het digitale personeelsdossier wordt bewaard. In juli 2024 heeft elke "
           "medewerker ten minste één volledige cyclus doorlopen.")
    p(doc, "We willen de talenten in ons team beter benutten. Daarom werken we met specialisten: een "
           "rekencoördinator, een leescoördinator, een ICT-coördinator, een cultuurcoördinator en een "
           "gedragsspecialist. Zij krijgen 40 tot 80 uur per jaar voor hun taak, zijn aanspreekpunt voor "
           "collega\u2019s en stellen elk jaar samen met de directie een eigen taakplan op. In het startgesprek "
           "vragen we iedere medewerker waar zijn of haar talent ligt; in 2025 willen we voor elke "
           "specialistenrol een opvolger in opleiding hebben.")
    p(doc, "Onze doelen voor dit venster:")
    tabel(doc, DOEL_KOP, [
        ["EDI in alle groepen", "Teamscholing ASG Academie en coaching in de klas", "2023-2025",
         "In juni 2025 is 90% van de bezochte lessen voldoende op alle EDI-onderdelen", "Directeur"],
        ["Leerteams", "Twee leerteams, elk jaar een verbeteronderzoek", "Vanaf 2023-2024",
         "Elk jaar twee onderzoeken gepresenteerd aan het team", "Adjunct-directeur"],
        ["Iedereen bevoegd", "Zij-instromers begeleiden en faciliteren", "Tot juli 2025",
         "100% van de leerkrachten bevoegd", "Directeur"],
        ["Gesprekscyclus", "Drie gesprekken per jaar en een POP", "Vanaf 2023-2024",
         "Elke medewerker volledige cyclus doorlopen in juli 2024", "Directeur en adjunct"],
        ["Specialisten", "Taakuren, taakplan en opvolging", "2023-2027",
         "Voor elke rol een opvolger in opleiding in 2025", "Directeur"],
    ])

    # ------------------------------------------------------------ 8
    h1(doc, "8 Venster 3: De meerwaarde van ASG")
    p(doc, "We delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede "
           "studiedagen. Dichter bij huis werkt onze leescoördinator sinds 2022 samen met de "
           "leescoördinatoren van twee andere ASG-basisscholen in Almere Poort. Deze werkgroep lezen maakt "
           "een gezamenlijk aanbod voor leesbevordering en legt de toetsanalyses van de drie scholen naast "
           "elkaar. In 2023-2024 sluit onze rekencoördinator aan bij een vergelijkbare werkgroep rekenen.")
    p(doc, "Medewerkers van onze school en het servicebureau weten van elkaar wie ze moeten benaderen voor "
           "welke expertise. Voor onze leerlingen is vooral de overstap naar het voortgezet onderwijs "
           "belangrijk. Ongeveer 60 procent van onze groep 8-leerlingen gaat naar een ASG-school voor "
           "voortgezet onderwijs. Met drie van die scholen hebben we afgesproken dat de leerkrachten van "
           "groep 8 in oktober een warme overdracht houden met de brugklasmentoren, en dat oud-leerlingen "
           "in het voorjaar van hun brugklasjaar terugkomen om groep 8 over hun nieuwe school te vertellen. "
           "Vanaf 2024 doen alle groep 8-leerlingen in maart een proefdag bij een VO-school naar keuze.")
    p(doc, "Onze doelen voor dit venster:")
    tabel(doc, DOEL_KOP, [
        ["Werkgroep lezen Poort", "Gezamenlijk aanbod leesbevordering, toetsanalyses vergelijken",
         "Doorlopend, evaluatie elk jaar in juni", "Drie gezamenlijke leesactiviteiten per jaar",
         "Leescoördinator"],
        ["Werkgroep rekenen Poort", "Aansluiten bij werkgroep van ASG-scholen", "2023-2024",
         "Vier bijeenkomsten per jaar bijgewoond", "Rekencoördinator"],
        ["Goede overstap naar het vo", "Warme overdracht met drie VO-scholen, proefdag in maart",
         "Vanaf 2024", "100% van groep 8 doet een proefdag; terugkoppeling over alle oud-leerlingen na "
         "het brugklasjaar", "Leerkrachten groep 8"],
    ])

    # ------------------------------------------------------------ 9
    h1(doc, "9 Venster 4: Partnerschap")
    p(doc, "Wij werken proactief samen met een breed scala aan partners. De belangrijkste partners blijven de "
           "ouders. Vanaf schooljaar 2024-2025 vervangen we in groep 5 tot en met 8 de tienminutengesprekken "
           "door driehoeksgesprekken: kind, ouder en leerkracht bespreken samen hoe het gaat en welke doelen "
           "het kind zich stelt. In groep 1 tot en met 4 beginnen we het schooljaar met een "
           "kennismakingsgesprek waarin de ouder vertelt over het kind. Ouders die het Nederlands nog niet "
           "goed spreken, kunnen een ouder uit ons tolkennetwerk meenemen.")
    p(doc, "Verder organiseren we vier keer per jaar een koffieochtend met een thema, zoals lezen thuis of "
           "mediagebruik, en vergadert het ouderpanel van acht ouders vier keer per jaar met de directeur "
           "over ontwikkelingen in de school.")

    h2(doc, "9.1 Samenwerking in de wijk")
    p(doc, "De Strandgaper deelt het gebouw met kinderopvang Het Zeepaardje, dat peuteropvang, een "
           "kinderdagverblijf en buitenschoolse opvang aanbiedt. Peuters en kleuters werken twee keer per "
           "jaar aan een gezamenlijk thema, en pedagogisch medewerkers en kleuterleerkrachten houden voor "
           "elke peuter die naar groep 1 gaat een warme overdracht. Met De Schoor, de welzijnsorganisatie "
           "van Almere, hebben we afgesproken dat een schoolmaatschappelijk werker op maandag en donderdag "
           "in school is. De buurtsportcoach van Sportservice Almere verzorgt na schooltijd twee keer per "
           "week sport op het Cruyff Court naast de school. Met De Nieuwe Bibliotheek werken we aan de "
           "Bibliotheek op school: een leesconsulent komt zes keer per jaar langs en ondersteunt de "
           "leescoördinator. In 2025 doet minimaal 40 procent van de leerlingen van groep 3 tot en met 8 "
           "mee aan een naschoolse sportactiviteit (2022: 24 procent).")

    h2(doc, "9.2 Medezeggenschap")
    p(doc, "De medezeggenschap is een klankbord voor ideeën en een sparringpartner voor de directie bij "
           "voorgenomen beleid en uitvoering van beleid. Onze MR bestaat uit vier ouders en vier "
           "personeelsleden en vergadert zes keer per jaar. In september stellen MR en directeur samen een "
           "jaaragenda op, waarin staat wanneer welke onderwerpen ter instemming of advies voorliggen, zoals "
           "het jaarplan, de formatie en de schoolgids. De directeur is bij het eerste deel van elke "
           "vergadering aanwezig. Nieuwe MR-leden volgen in hun eerste jaar de basiscursus medezeggenschap.")
    p(doc, "Onze doelen voor dit venster:")
    tabel(doc, DOEL_KOP, [
        ["Driehoeksgesprekken", "Invoeren in groep 5-8", "Vanaf 2024-2025",
         "90% van de ouders aanwezig; waardering informatie minimaal 7,5 in peiling 2025",
         "Adjunct-directeur"],
        ["Ouders in school", "Koffieochtenden en ouderpanel, elk 4 keer per jaar", "Doorlopend",
         "Gemiddeld 20 ouders per koffieochtend", "Directeur"],
        ["Doorgaande lijn 0-4", "Gezamenlijke thema\u2019s en warme overdracht met Het Zeepaardje",
         "Vanaf 2023-2024", "Voor 100% van de peuters uit Het Zeepaardje een overdracht",
         "Intern begeleider onderbouw"],
        ["Naschools sporten", "Aanbod buurtsportcoach op het Cruyff Court", "2023-2025",
         "Deelname van 24% naar 40%", "Vakleerkracht bewegingsonderwijs"],
        ["Jaaragenda MR", "Samen opstellen", "Elk jaar in september",
         "Jaaragenda vastgesteld vóór 1 oktober", "Directeur en voorzitter MR"],
    ])

    # ------------------------------------------------------------ 10
    h1(doc, "10 Meerjarenplanning en vaststelling")
    h2(doc, "10.1 Planning per schooljaar")
    tabel(doc, ["Schooljaar", "Speerpunten"], [
        ["2023-2024", "EDI-scholing jaar 1; leerlijn digitale geletterdheid opstellen; inventarisatie "
         "burgerschap; SOP actualiseren; kindgesprekken groep 4-8; Parro als enig kanaal; "
         "bouw- en ontdekhoeken groep 1-2"],
        ["2024-2025", "EDI-scholing jaar 2; driehoeksgesprekken groep 5-8; ouderportaal ParnasSys; "
         "leerlijn burgerschap aanvullen; groep 3-4 in de Maakplaats; zij-instromers bevoegd"],
        ["2025-2026", "Leerlijnen digitale geletterdheid en burgerschap in alle groepen; "
         "tevredenheidspeiling ouders, leerlingen en medewerkers; tussentijdse evaluatie schoolplan"],
        ["2026-2027", "Borging en evaluatie rekenresultaten 1S; evaluatie schoolplan; voorbereiding "
         "schoolplan 2027-2031"],
    ])

    h2(doc, "10.2 Vaststelling")
    p(doc, "De medezeggenschapsraad van De Strandgaper heeft op 13 juni 2023 ingestemd met dit schoolplan. "
           "Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op 4 juli 2023 vastgesteld.")
    bullets(doc, [
        "Namens de medezeggenschapsraad: Jessica de Bruijn-Tan, voorzitter",
        "Namens het bevoegd gezag: College van Bestuur Almeerse Scholen Groep",
        "Ilse Verduijn, directeur OBS De Strandgaper",
    ])

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_183_obs_de_strandgaper.docx")
