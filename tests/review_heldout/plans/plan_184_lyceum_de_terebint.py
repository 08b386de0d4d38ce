# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Christelijk Lyceum De Terebint (havo/vwo, Almere Stad).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
De kopjes zijn (zoals de schrijver dat in Word deed) vetgedrukte gewone alinea's,
geen kopstijlen. Deterministisch: vaste datums, geen willekeur.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _taal_nl(doc):
    for naam in ("Normal", "List Bullet"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        rpr.append(lang)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)


def _voettekst(doc):
    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("De Terebint \u2013 schoolplan 2025-2029 \u2013 ")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    voet._p.append(fld)


def kop(doc, tekst, grootte=14):
    """Hoofdkopje: vetgedrukte Normal-alinea."""
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(12)
    run = para.add_run(tekst)
    run.bold = True
    run.font.size = Pt(grootte)


def subkop(doc, tekst):
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(6)
    run = para.add_run(tekst)
    run.bold = True


def p(doc, tekst):
    doc.add_paragraph(tekst)


def opsomming(doc, regels):
    for regel in regels:
        doc.add_paragraph(regel, style="List Bullet")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    _voettekst(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan De Terebint 2025-2029"
    cp.author = "M. Dijkhuizen"
    cp.last_modified_by = "Kwaliteitszorg De Terebint"
    cp.language = "nl-NL"
    cp.revision = 7
    cp.created = datetime.datetime(2025, 5, 19, 14, 30, 0)
    cp.modified = datetime.datetime(2025, 6, 24, 16, 5, 0)

    # ------------------------------------------------------------ voorblad
    for regel, grootte in (
        ("Christelijk Lyceum De Terebint", 24),
        ("Schoolplan 2025 \u2013 2029", 20),
        ("Wortels en vleugels", 14),
    ):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(regel)
        run.bold = True
        run.font.size = Pt(grootte)
    for regel in (
        "havo \u2013 atheneum \u2013 gymnasium",
        "Kamperweg 30, 1324 TB Almere  |  BRIN 20TK",
        "Versie juni 2025",
    ):
        para = doc.add_paragraph(regel)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    # ------------------------------------------------------------ woord vooraf
    kop(doc, "Woord vooraf")
    p(doc, "Een terebint is een boom die in de Bijbel vaak genoemd wordt: een plek waar mensen onder "
           "schuilden, samenkwamen en recht spraken. Toen onze school in 1994 werd opgericht, koos het eerste "
           "team bewust voor die naam. Dertig jaar later is de school gegroeid van 240 naar bijna 1.300 "
           "leerlingen, maar de gedachte is dezelfde gebleven: een plek waar jongeren wortel kunnen schieten "
           "en vleugels krijgen.")
    p(doc, "Dit schoolplan beschrijft de koers van De Terebint voor de schooljaren 2025-2026 tot en met "
           "2028-2029. We kozen zes thema\u2019s die voor onze school het verschil maken. Ze komen voort uit de "
           "evaluatie van het vorige schoolplan (2021-2025), uit gesprekken met leerlingen, ouders en "
           "collega\u2019s in het voorjaar van 2025 en uit de koers van ons bestuur, de Almeerse Scholen Groep. "
           "We hebben die koers gelezen als richting, niet als inhoudsopgave: de thema\u2019s en de woorden in "
           "dit plan zijn van onszelf.")
    p(doc, "Een schoolplan is pas iets waard als het in de lessen, de mentoruren en de sectievergaderingen te "
           "zien is. Daarom staan bij elk thema de doelen die we willen halen, met het jaar waarin we dat "
           "willen bereiken. Elk jaar werken de afdelingen en secties ze uit in hun jaarplannen.")
    p(doc, "Mirjam Dijkhuizen, rector")

    # ------------------------------------------------------------ 1
    kop(doc, "1. Wie wij zijn")
    p(doc, "De Terebint is een christelijke school voor havo, atheneum en gymnasium in de Stedenwijk in "
           "Almere Stad. We zijn een school op protestants-christelijke grondslag die openstaat voor iedere "
           "leerling die onze identiteit respecteert. Ongeveer een derde van onze leerlingen komt uit een "
           "kerkelijk gezin; de anderen komen uit gezinnen met een islamitische, hindoeïstische, "
           "humanistische of geen levensbeschouwelijke achtergrond. Bij ons begint elke maandag met een "
           "korte weekopening in de mentorgroep, vieren we Kerst en Pasen met de hele school en krijgen alle "
           "leerlingen in klas 1 tot en met 4 het vak levensbeschouwing.")
    p(doc, "Op 1 oktober 2024 telde de school 1.286 leerlingen: 512 in de onderbouw, 446 in de "
           "havo-bovenbouw en 328 in de vwo-bovenbouw. Er werken 118 medewerkers (96,3 fte), van wie 86 "
           "docenten. De leerlingen komen vooral uit Almere Stad, Almere Haven en Almere Poort; ongeveer "
           "15 procent reist dagelijks uit Almere Buiten. De schoolleiding bestaat uit de rector, de "
           "conrector onderwijs en vier teamleiders (onderbouw, havo 4-5, vwo 4-6 en leerlingzaken).")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, k in enumerate(("Peildatum 1 oktober", "Leerlingen", "Geslaagd havo", "Geslaagd vwo")):
        run = t.rows[0].cells[i].paragraphs[0].add_run(k)
        run.bold = True
    trpr = t.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    trpr.append(hdr)
    for rij in (("2021", "1.231", "89%", "94%"),
                ("2022", "1.244", "85%", "92%"),
                ("2023", "1.261", "83%", "90%"),
                ("2024", "1.286", "88%", "93%")):
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = w
    p(doc, "(Slagingspercentages van het examenjaar dat in het genoemde kalenderjaar eindigde.)")

    # ------------------------------------------------------------ 2
    kop(doc, "2. Waar we staan: terugblik op 2021-2025")
    p(doc, "In maart 2023 bezocht de inspectie onze school voor het vierjaarlijks onderzoek. Beide "
           "afdelingen, havo en vwo, kregen het oordeel voldoende; het schoolklimaat en de "
           "examinering werden als goed beoordeeld. Er was geen herstelopdracht, wel twee aandachtspunten: "
           "de afstemming van de lessen op verschillen tussen leerlingen en de analyse van resultaten op "
           "sectieniveau. Aan allebei werken we in dit plan.")
    p(doc, "De onderwijsresultaten liggen boven de inspectienormen. Wel zorgde de havo-afdeling voor onrust: "
           "het gemiddelde cijfer voor het centraal examen daalde in 2023 tot 6,1 en het verschil tussen "
           "schoolexamen en centraal examen liep op tot 0,5. Met examentraining, een herijking van de PTA\u2019s "
           "en extra toetsanalyse herstelde het CE-gemiddelde zich in 2024 tot 6,4, met een verschil van 0,3.")
    p(doc, "Uit het vorige schoolplan is veel gerealiseerd: alle leerlingen werken met een Chromebook, de "
           "Terebint-uren zijn ingevoerd en het mentoraat is omgebouwd naar een coachend model. Niet gelukt "
           "is de ambitie om in elke sectie formatief te werken; in 2024 deed ongeveer de helft van de "
           "secties dat structureel. Ook het ziekteverzuim bleef met 6,8 procent in 2024 hoger dan we willen. "
           "Uit deze terugblik en de gesprekken van het voorjaar kwamen zes thema\u2019s:")
    opsomming(doc, [
        "A. Leren met richting: ons onderwijs en curriculum",
        "B. Niemand buiten beeld: begeleiding, ondersteuning en veiligheid",
        "C. Wortels en vleugels: identiteit, burgerschap en de wereld om ons heen",
        "D. Vakmensen: ons personeel",
        "E. Samen school maken: ouders, leerlingen en medezeggenschap",
        "F. Weten wat werkt: kwaliteitszorg",
    ])

    # ------------------------------------------------------------ A
    kop(doc, "3. Thema A \u2013 Leren met richting")
    subkop(doc, "Ons onderwijsprogramma")
    p(doc, "De onderbouw bestaat uit drie leerjaren. In klas 1 en 2 zitten leerlingen in havo/vwo-klassen, "
           "atheneumklassen of gymnasiumklassen; aan het eind van klas 2 kiezen ze definitief voor havo of "
           "vwo. Het programma van de onderbouw dekt de kerndoelen; alle secties hebben hun leerlijnen in "
           "2022 langs de kerndoelen gelegd. Gymnasiasten krijgen vanaf klas 1 Latijn en vanaf klas 2 Grieks. "
           "In de bovenbouw bieden we op havo en vwo alle vier de profielen aan, met als keuzevakken onder "
           "meer informatica, filosofie, Spaans, bedrijfseconomie en kunst (beeldend). De lessentabel voldoet "
           "ruim aan de urennormen van 3.700 uur voor havo en 4.700 uur voor vwo. Het programma van toetsing "
           "en afsluiting (PTA) staat uiterlijk op 1 oktober van elk jaar op de website.")
    subkop(doc, "Terebint-uren")
    p(doc, "Sinds 2022 hebben alle leerlingen vier Terebint-uren per week: lesuren waarin ze zelf kiezen aan "
           "welk vak ze werken en bij welke docent. Leerlingen schrijven zich in via Zermelo; de mentor "
           "bespreekt de keuzes elke twee weken. In 2024 gaf 71 procent van de leerlingen aan dat de "
           "Terebint-uren helpen om achterstanden in te lopen of zich te verdiepen. We zien echter ook dat "
           "vooral leerlingen die al goed plannen er veel aan hebben. Daarom werken we vanaf 2025-2026 in "
           "klas 1 en 2 met een begeleide variant: in het eerste halfjaar kiest de mentor samen met de "
           "leerling. In 2027 vindt minimaal 80 procent van de leerlingen de Terebint-uren nuttig, en is het "
           "verschil in waardering tussen havo- en vwo-leerlingen kleiner dan 5 procentpunt.")
    subkop(doc, "Formatief handelen in elke les")
    p(doc, "De belangrijkste onderwijskundige opdracht voor de komende vier jaar is formatief handelen in "
           "alle lessen: helder maken wat leerlingen moeten leren, tijdens de les nagaan waar ze staan, en "
           "feedback geven waarmee ze verder kunnen. Het is ook ons antwoord op het aandachtspunt van de "
           "inspectie over afstemming op verschillen. We gebruiken de vijf strategieën van Dylan Wiliam als "
           "gemeenschappelijke taal. In schooljaar 2025-2026 volgen alle docenten die nog niet geschoold zijn "
           "de training formatief evalueren. Uiterlijk in 2027 werkt elke onderbouwsectie met leerdoelen per "
           "lessenserie en met minimaal twee formatieve momenten per periode vóór een summatieve toets; in "
           "2028 geldt dat ook voor de bovenbouw. Bij de lesbezoeken in 2028 zien we in ten minste 80 procent "
           "van de lessen dat de docent nagaat of leerlingen de stof beheersen en de les daarop afstemt "
           "(2024: 58 procent). Het aantal cijfers in de onderbouw gaat omlaag: vanaf 2026-2027 geven secties "
           "maximaal acht summatieve toetsen per vak per jaar.")
    subkop(doc, "Een curriculum dat meegaat met de tijd")
    p(doc, "De wereld waarin onze leerlingen straks studeren en werken, verandert snel. In 2025-2026 "
           "ontwikkelen de mentoren en de sectie informatica voor klas 1 en 2 de module Digitaal Wijs, met "
           "lessen over mediawijsheid, informatievaardigheden, programmeren en privacy; vanaf 2026-2027 krijgt "
           "elke onderbouwklas de module in het mentoruur. Een werkgroep van docenten, leerlingen en een "
           "MR-lid stelt in het najaar van 2025 richtlijnen op voor het gebruik van generatieve AI door "
           "leerlingen en docenten; die gelden vanaf januari 2026 en worden ook in het PTA voor het "
           "profielwerkstuk verwerkt. Verder volgen we de herziening van de kerndoelen voor de onderbouw: in "
           "2027 heeft elke onderbouwsectie in kaart gebracht welke aanpassingen in haar leerlijn nodig zijn, "
           "en in 2028-2029 zijn die doorgevoerd.")
    subkop(doc, "Lezen")
    p(doc, "Het leesplezier van jongeren daalt, ook bij ons: in de leerlingenpeiling van 2024 zei nog maar "
           "34 procent van de derdeklassers in de vrije tijd weleens een boek te lezen. Omdat leesvaardigheid "
           "het fundament is voor alle vakken, krijgt lezen de komende jaren nadrukkelijk aandacht. Vanaf "
           "2025-2026 begint in klas 1 en 2 elke dag het derde lesuur met tien minuten vrij lezen, met boeken "
           "uit de vernieuwde mediatheek, die we samen met De Nieuwe Bibliotheek inrichten. De secties "
           "Nederlands, geschiedenis en biologie spreken af hoe ze begrijpend lezen in hun vak op dezelfde "
           "manier aanpakken, met dezelfde leesstrategieën. In 2028 leest minimaal 50 procent van de "
           "derdeklassers weleens een boek in de vrije tijd, en scoort minimaal 85 procent van de "
           "onderbouwleerlingen op of boven het verwachte niveau bij de leestoetsen van de methode.")
    subkop(doc, "Hoge verwachtingen, ook hardop")
    p(doc, "We verwachten veel van onze leerlingen en zeggen dat ook. Leerlingen met een gemengd advies "
           "havo/vwo starten bij ons in een havo/vwo-klas en krijgen na klas 1 en 2 het voordeel van de "
           "twijfel als de docentenvergadering denkt dat vwo haalbaar is. In 2024 ging 31 procent van de "
           "leerlingen met een havo/vwo-advies door naar vwo 3; in 2028 willen we dat dit 35 procent is, "
           "zonder dat de doorstroom in vwo 4 daalt. De onderbouwsnelheid ligt nu op 95,6 procent; in 2027 "
           "is dat minimaal 97 procent. Voor de examens streven we in 2029 naar een slagingspercentage van "
           "minimaal 90 procent op de havo en 94 procent op het vwo, met een gemiddeld CE-cijfer van "
           "minimaal 6,4 op beide afdelingen. Leerlingen die meer aankunnen, volgen vanaf vwo 4 het "
           "vwo-plusprogramma met een extra vak of een universitaire module.")
    subkop(doc, "Doorlopende leerroutes")
    p(doc, "Jaarlijks stromen ongeveer 30 leerlingen met een mavodiploma in havo 4 in, vooral van ASG-mavo\u2019s. "
           "Met die scholen hebben we een schakelprogramma afgesproken: in het voorjaar van het examenjaar "
           "volgen de leerlingen bij ons vier middagen wiskunde, Engels en studievaardigheden. In 2024 ging "
           "64 procent van deze instromers zonder vertraging over naar havo 5; in 2028 willen we dat dit "
           "75 procent is. Omgekeerd hebben we met twee ASG-scholen afspraken over een warme overdracht als "
           "een leerling beter op zijn plek is op de mavo. Met de basisscholen waar onze brugklassers vandaan "
           "komen, houden we in juni een overdrachtsgesprek en in januari van het brugklasjaar een "
           "terugkoppeling.")

    # ------------------------------------------------------------ B
    kop(doc, "4. Thema B \u2013 Niemand buiten beeld")
    subkop(doc, "De mentor als spil")
    p(doc, "Elke leerling heeft een vaste mentor, die ook het eerste aanspreekpunt voor ouders is. In klas 1 en 2 zijn er twee mentoruren "
           "per week en voert de mentor elke zes weken een coachgesprek van een kwartier met iedere leerling; "
           "in de bovenbouw is er een coachgesprek per periode. Drie keer per jaar is er per klas een "
           "leerlingbespreking met alle docenten, voorbereid met cijfers, absentie en de uitkomsten van de "
           "welbevindenvragenlijst die leerlingen in november en april invullen. Vanaf schooljaar 2026-2027 "
           "gebruiken we in Magister een signaleringsoverzicht dat de mentor waarschuwt wanneer een leerling "
           "op drie of meer vakken in korte tijd daalt of vaker dan vijf keer per periode te laat komt.")
    p(doc, "Ook van onze medewerkers willen we weten wat ze nodig hebben. In 2025 en 2027 nemen we de "
           "medewerkerspeiling af met extra vragen over ondersteuning in de les, werkdruk en scholingswensen; "
           "de teamleiders bespreken de uitkomsten per team en maken er afspraken over in het jaarplan.")
    subkop(doc, "Ondersteuning: wat we bieden")
    p(doc, "Ons schoolondersteuningsprofiel is in 2024 vernieuwd en staat op de website. De basisondersteuning "
           "omvat het mentoraat, begeleiding bij dyslexie en dyscalculie (met faciliteiten als extra tijd en "
           "voorleessoftware), faalangstreductietraining en huiswerkbegeleiding in de middag. Voor extra "
           "ondersteuning hebben we een ondersteuningsteam met een zorgcoördinator, een orthopedagoog, een "
           "schoolmaatschappelijk werker, de jeugdarts van de GGD Flevoland en de leerplichtambtenaar.")
    p(doc, "Leerlingen die tijdelijk vastlopen, bijvoorbeeld door angst, concentratieproblemen of autisme, "
           "kunnen terecht in De Uitwijk: een rustige ruimte in school waar twee trajectbegeleiders maximaal "
           "twaalf leerlingen per dagdeel begeleiden, met als doel een zo snel mogelijke terugkeer in de les. "
           "In 2024 keerde 78 procent van deze leerlingen binnen tien weken volledig terug; in 2027 is dat "
           "90 procent. Voor (hoog)begaafde leerlingen is er een begaafdheidscoördinator die met de leerling "
           "een plan maakt voor compacten en verrijken.")
    p(doc, "Soms kunnen we een leerling niet bieden wat nodig is. Dan zoeken we samen met het "
           "Samenwerkingsverband Passend Onderwijs VO Almere en de ouders naar een school of voorziening die "
           "wel past. Onze afspraak is dat geen leerling De Terebint verlaat zonder dat er een nieuwe plek is. "
           "In 2024 hadden we geen enkele thuiszitter langer dan vier weken; dat houden we zo.")
    subkop(doc, "Aanwezig zijn")
    p(doc, "Wie er niet is, kan niet leren. Het ongeoorloofd verzuim is na de coronajaren gestegen, vooral in "
           "havo 4. Sinds 2024 registreren alle docenten de aanwezigheid in de eerste vijf minuten van de les, "
           "en belt de verzuimcoördinator bij afwezigheid zonder bericht dezelfde ochtend naar huis. Na drie "
           "keer ongeoorloofd afwezig volgt een gesprek met de mentor, na zes keer met de teamleider en de "
           "leerplichtambtenaar. In 2027 willen we het aantal meldingen bij leerplicht met een kwart "
           "verminderd hebben ten opzichte van 2024 (toen 58 meldingen).")
    subkop(doc, "Een veilige school")
    p(doc, "Onze leerlingen voelen zich over het algemeen veilig: in de leerlingenpeiling van 2024 gaf "
           "91 procent aan zich veilig te voelen op school. In 2027 willen we dat dit minimaal 94 procent is. "
           "Het sociaal veiligheidsplan is in 2024 geactualiseerd en bevat het pestprotocol, het protocol "
           "sociale media, de meldcode huiselijk geweld en kindermishandeling en de afspraken over "
           "incidentenregistratie in Magister. Elke afdeling heeft een anti-pestcoördinator en de school heeft "
           "twee vertrouwenspersonen, een man en een vrouw. Omdat de meeste meldingen over online pesten en "
           "het doorsturen van beelden gaan, krijgen alle tweedeklassers vanaf 2025-2026 een lessenserie over "
           "online veiligheid, waarvan één les samen met de wijkagent. Tot slot meten we elk jaar in klas 2 "
           "en 4 met aanvullende vragen hoe veilig lhbtiq+-leerlingen zich voelen.")
    subkop(doc, "Welkom op De Terebint")
    p(doc, "Wie De Terebint binnenloopt, moet zich welkom voelen. Sinds 2023 hebben we een team van twintig "
           "leerling-ambassadeurs uit klas 4 en 5, die bezoekers, nieuwe leerlingen en ouders rondleiden bij "
           "open dagen, informatieavonden en de kennismakingsmiddag voor nieuwe brugklassers in juni. De "
           "receptie is tussen 7.45 en 16.30 uur bemand, en bezoekers worden binnen vijf minuten naar de "
           "juiste persoon gebracht. Nieuwe medewerkers krijgen een vaste collega als maatje en volgen in de "
           "eerste maanden een introductieprogramma van drie middagen.")

    # ------------------------------------------------------------ C
    kop(doc, "5. Thema C \u2013 Wortels en vleugels")
    subkop(doc, "Onze identiteit in de praktijk")
    p(doc, "Onze christelijke identiteit is geen muur, maar een tafel waar iedereen aan kan schuiven. We "
           "vinden het belangrijk dat leerlingen hun eigen achtergrond kennen én die van anderen leren "
           "begrijpen. In 2025-2026 herzien we de lessen levensbeschouwing zodat naast het christendom ook "
           "de islam, het jodendom, het hindoeïsme en het humanisme ruim aan bod komen, en vanaf 2026 "
           "bezoeken alle derdeklassers een kerk, een moskee en een synagoge in Almere of Amsterdam. Sinds "
           "2023 is er een stilteruimte waar leerlingen en medewerkers van elk geloof kunnen bidden of tot "
           "rust komen. Leerlingen hebben een eigen GSA-groep die elk jaar Paarse Vrijdag organiseert. Bij "
           "werving en selectie letten we erop dat ons team de diversiteit van onze leerlingen beter "
           "weerspiegelt.")
    p(doc, "In 2024 hebben leerlingen, ouders en medewerkers samen de Terebint-code opgesteld: vijf afspraken "
           "over hoe we met elkaar omgaan, in de klas, op sociale media en in de buurt. De code hangt in "
           "elk lokaal en geldt voor iedereen, ook voor volwassenen. Wie zich gediscrimineerd voelt, kan "
           "terecht bij de vertrouwenspersonen; in het schooljaar 2025-2026 stellen we daarnaast een aparte "
           "meldprocedure discriminatie op, met een terugkoppeling aan de melder binnen tien schooldagen.")
    subkop(doc, "Burgerschap")
    p(doc, "Burgerschap krijgt nu vooral vorm in mens en maatschappij in de onderbouw en maatschappijleer in "
           "klas 4. Daarnaast is er veel buiten het rooster: de debatclub, de leerlingenraad, de "
           "scholierenverkiezingen van ProDemos bij elke landelijke en gemeentelijke verkiezing en een "
           "deelname aan Model United Nations voor vwo 5. Wat ontbreekt, is samenhang. In 2025-2026 "
           "beschrijft een werkgroep een burgerschapsleerlijn voor klas 1 tot en met 6, met doelen per "
           "leerjaar over democratie, rechtsstaat, grondrechten en omgaan met verschillen. Vanaf 2026-2027 "
           "werken alle secties met die leerlijn, en in 2027 meten we de burgerschapscompetenties van klas 3 "
           "en 5 met het instrument Burgerschap Meten, zodat we in 2029 kunnen zien wat de leerlijn "
           "oplevert.")
    subkop(doc, "De wijk in")
    p(doc, "Alle derdeklassers doen een maatschappelijke stage van dertig uur bij een organisatie in de "
           "Stedenwijk of het Stadscentrum, zoals woonzorgcentrum De Wiekslag, de Voedselbank Almere, de "
           "kerkelijke gemeenten in de wijk en de sportverenigingen in het Almeerderhout. In klas 2 doen "
           "leerlingen een wijkproject waarin ze buurtbewoners interviewen over het leven in Almere. De "
           "jaarlijkse kerstactie voor de Voedselbank leverde in 2024 2.300 kilo aan producten op. In 2027 "
           "willen we dat minimaal 90 procent van de stageplekken positief terugkijkt op de samenwerking, "
           "gemeten met een korte vragenlijst aan het eind van elke stage.")
    subkop(doc, "Partners voor leren en loopbaan")
    p(doc, "Voor loopbaanoriëntatie en verdieping werken we samen met een brede kring van partners. Met "
           "Hogeschool Windesheim Flevoland doen we praktijkonderzoek (zie thema D), en haar studenten "
           "geven in de bovenbouw gastlessen over studiekeuze. Vwo-leerlingen volgen in klas 5 en 6 modules in het pre-universitaire "
           "programma van de Universiteit van Amsterdam, en leerlingen met een natuurprofiel kunnen een "
           "meeloopdag doen in het Flevoziekenhuis. Op de jaarlijkse beroepenavond presenteren zich ongeveer "
           "veertig Almeerse bedrijven en instellingen. In 2027 heeft elke bovenbouwleerling voor het "
           "examenjaar minimaal één werkplekbezoek of meeloopdag bij een bedrijf, instelling of "
           "vervolgopleiding gedaan; in 2024 was dat 62 procent.")
    subkop(doc, "Cultuur en talent")
    p(doc, "Naast het vak CKV in havo 4 en vwo 4 heeft De Terebint een rijke traditie van schoolmusical, "
           "schoolband en kunstexpositie. Elk voorjaar staat een musical op het podium van de Kunstlinie, met "
           "ruim zestig leerlingen op en achter het toneel. Vanaf 2026 bieden we in de Terebint-uren ook "
           "kunstateliers aan, zodat leerlingen zonder kunstvak in hun profiel hun creatieve kant kunnen "
           "blijven ontwikkelen.")
    subkop(doc, "Over de grens")
    p(doc, "Leerlingen die Spaans volgen, nemen in havo 4 deel aan een uitwisseling met een instituto in "
           "Sevilla, en vwo 5 gaat op studiereis naar Berlijn. In 2025 vragen we een Erasmus+-accreditatie "
           "aan, zodat vanaf 2026-2027 ook leerlingen zonder Spaans of Duits aan een uitwisseling kunnen "
           "meedoen.")

    # ------------------------------------------------------------ D
    kop(doc, "6. Thema D \u2013 Vakmensen")
    p(doc, "Goed onderwijs staat of valt met goede docenten. Het lerarentekort raakt ook ons, vooral bij "
           "Duits, natuurkunde, wiskunde en informatica. In 2024-2025 stonden elf docenten onbevoegd of in "
           "opleiding voor de klas, en in de bovenbouw havo gaven drie tweedegraads docenten les.")
    subkop(doc, "Bevoegd voor de klas")
    p(doc, "Iedere docent die nog geen bevoegdheid heeft, krijgt bij ons een studieovereenkomst met vergoeding "
           "van het collegegeld, vier uur studieverlof per week en een begeleider uit de eigen sectie. De "
           "teamleider bespreekt de voortgang elk halfjaar. Tweedegraads docenten die in de bovenbouw lesgeven, "
           "bieden we dezelfde regeling voor een eerstegraads master. In 2027 wordt minimaal 95 procent van "
           "de lessen gegeven door een bevoegde docent (2024: 89 procent), en in 2029 zijn alle docenten in "
           "de bovenbouw eerstegraads bevoegd of daarvoor in opleiding.")
    subkop(doc, "Samen leren")
    p(doc, "Professionalisering vindt bij ons vooral plaats in het team. Elke docent neemt per schooljaar "
           "deel aan één van de leerteams, die zes keer per jaar bijeenkomen. In 2025-2026 zijn de thema\u2019s "
           "formatief handelen, differentiëren in de Terebint-uren en het gebruik van AI in de les. Binnen "
           "de secties doen we aan lesson study: elke sectie doorloopt minimaal één cyclus per jaar, waarin "
           "docenten samen een les ontwerpen, bij elkaar observeren en bijstellen. In de weken van "
           "\u2018Lesdeur open\u2019, in november en maart, kan iedereen onaangekondigd bij een collega "
           "binnenlopen. In 2028 heeft iedere docent minimaal vier lessen van collega\u2019s bezocht.")
    p(doc, "Daarnaast volgen nieuwe docenten het inductieprogramma van de ASG Academie in hun eerste twee "
           "jaar, en volgen alle teamleiders vóór 2027 het leiderschapsprogramma van de Academie. Twee "
           "docentonderzoekers (elk 0,2 fte) doen samen met het lectoraat van Windesheim Flevoland "
           "praktijkonderzoek naar de opbrengst van de Terebint-uren en van formatief handelen. Zij "
           "presenteren hun bevindingen in 2026 en 2028 aan het hele team, zodat we onze aanpak kunnen "
           "bijstellen op basis van wat het onderzoek laat zien.")
    subkop(doc, "Ook het onderwijsondersteunend personeel")
    p(doc, "Onze 32 onderwijsondersteunende medewerkers, van conciërge tot toa en van administratie tot "
           "mediathecaris, zijn onmisbaar. Voor hen hebben we tot nu toe weinig scholingsaanbod gehad. Vanaf "
           "2025-2026 heeft ieder van hen een eigen scholingsbudget van 600 euro per jaar, en volgen de "
           "toa’s en de medewerkers van de leerlingenadministratie scholing in het werken met Magister en "
           "de nieuwe practicumregels. In 2027 heeft elke onderwijsondersteunende medewerker minimaal één "
           "scholing gevolgd die in het jaargesprek is afgesproken.")
    subkop(doc, "Gezond en met plezier aan het werk")
    p(doc, "Het ziekteverzuim moet omlaag: van 6,8 procent in 2024 naar 5,0 procent in 2028, met speciale "
           "aandacht voor het frequent kortdurend verzuim. Daarvoor nemen we een aantal maatregelen. Na elke "
           "toetsweek is er een correctiedag zonder lessen. De werkdrukmiddelen besteden we aan "
           "onderwijsassistenten voor de practica en aan een extra roostermaker, zodat roosterwensen beter "
           "gehonoreerd worden. Medewerkers kunnen via de school tegen gereduceerd tarief sporten, en elk "
           "jaar in oktober organiseren we een vitaliteitsdag met workshops over slaap, beweging en stress. "
           "De bedrijfsarts houdt eens per maand een preventief spreekuur in school.")
    p(doc, "We houden rekening met de levensfase van medewerkers. Startende docenten hebben in hun eerste jaar "
           "een lestaak van 90 procent. Collega\u2019s met jonge kinderen kunnen een voorkeur voor vrije "
           "middagen of vrije ochtenden opgeven die de roostermaker zo veel mogelijk honoreert, en met oudere "
           "collega\u2019s bespreken we in het jaargesprek hoe ze hun uren duurzame inzetbaarheid en de "
           "seniorenregeling uit de cao inzetten.")
    subkop(doc, "Gesprekken die ertoe doen")
    p(doc, "Elke medewerker heeft jaarlijks een ontwikkelgesprek met de teamleider, voorafgegaan door minimaal "
           "één lesbezoek van de teamleider en één collegiaal lesbezoek. De lesbezoeken gebruiken een "
           "kijkwijzer op basis van ICALT, aangevuld met de kenmerken van formatief handelen. Om de drie jaar "
           "volgt een beoordelingsgesprek. Alle afspraken worden vastgelegd in het digitale personeelsdossier. "
           "In 2024 was met 81 procent van de medewerkers een volledige cyclus gevoerd; in 2026 is dat "
           "100 procent.")

    # ------------------------------------------------------------ E
    kop(doc, "7. Thema E \u2013 Samen school maken")
    subkop(doc, "Ouders")
    p(doc, "Ouders van pubers willen betrokken blijven, ook als hun kind liever heeft dat ze op afstand "
           "blijven. In klas 1 tot en met 3 vervangen we vanaf 2025-2026 de tienminutengesprekken in november "
           "door driehoeksgesprekken van leerling, ouder en mentor, waarin de leerling zelf vertelt hoe het "
           "gaat. In september is er voor elke klas een mentoravond. Het ouderpanel per afdeling komt drie "
           "keer per jaar bijeen en bespreekt onder meer het toetsbeleid en de Terebint-uren. Twee keer per "
           "jaar organiseren we een thema-avond, bijvoorbeeld over het puberbrein of over schermgebruik.")
    p(doc, "Goede informatie is de basis. Cijfers, absentie en huiswerk staan in Magister, en elke maand "
           "verschijnt de nieuwsbrief Terebint Nu. Docenten beantwoorden e-mails van ouders binnen twee "
           "werkdagen, en beslissingen over bevordering en overgang worden schriftelijk toegelicht. In de "
           "ouderpeiling van 2024 waardeerden ouders de informatie van school met een 7,0; in 2027 willen we "
           "minimaal een 7,5.")
    subkop(doc, "Leerlingen hebben een stem")
    p(doc, "De leerlingenraad heeft zestien leden uit alle leerjaren en overlegt elke maand met de rector. "
           "De raad heeft de afgelopen jaren meegepraat over het nieuwe toetsbeleid, de inrichting van de "
           "aula en de Terebint-code. Vanaf 2025-2026 heeft elke afdeling ook een leerlingenpanel dat twee "
           "keer per jaar met de teamleider de lessen evalueert.")
    subkop(doc, "Medezeggenschap")
    p(doc, "De medezeggenschapsraad bestaat uit zes personeelsleden, drie ouders en drie leerlingen en "
           "vergadert acht keer per jaar. De rector is bij elke vergadering aanwezig. In september maken MR "
           "en schoolleiding samen een jaarplanning van alle onderwerpen waarover de MR advies of instemming "
           "geeft, en de MR ontvangt dezelfde kwartaalrapportages die de schoolleiding aan het bestuur "
           "stuurt. Bij grote veranderingen, zoals de AI-richtlijnen en de burgerschapsleerlijn, neemt een "
           "MR-lid deel aan de werkgroep, zodat de raad al vroeg kan meedenken.")

    # ------------------------------------------------------------ F
    kop(doc, "8. Thema F \u2013 Weten wat werkt")
    p(doc, "Onze kwaliteitszorg volgt een vaste cyclus. Dit schoolplan wordt elk jaar vertaald in "
           "afdelingsjaarplannen en sectieplannen. De voortgang rapporteren we per kwartaal aan het bestuur, "
           "en in het jaarverslag leggen we verantwoording af aan ouders, leerlingen en bestuur. De "
           "kwaliteitsmedewerker bewaakt de kwaliteitskalender en bereidt de analyses voor.")
    p(doc, "We gebruiken verschillende bronnen. De onderwijsresultaten volgen we met het "
           "onderwijsresultatenmodel van de inspectie (onderbouwsnelheid, bovenbouwsucces en examencijfers). "
           "Binnen twee weken na de examenuitslag maakt elke sectie met WOLF een analyse van de centrale "
           "examens. Elk jaar vullen leerlingen de peiling van Scholen op de kaart in; ouders en medewerkers "
           "doen dat om de twee jaar. En in de lesbezoeken zien we hoe het onderwijs er in de klas uitziet.")
    p(doc, "Naar aanleiding van het aandachtspunt van de inspectie voert elke teamleider vanaf oktober 2025 "
           "jaarlijks een resultaatgesprek met elke sectievoorzitter, op basis van een vaste data-analyse "
           "per vak: SE- en CE-cijfers, het verschil daartussen, het aantal onvoldoendes per leerjaar en de "
           "uitkomsten van de leerlingenpeiling. De sectie stelt daarna een verbeterplan op voor maximaal "
           "twee punten. In 2026 heeft elke sectie zo\u2019n analyse en verbeterplan; in 2029 is het verschil "
           "tussen SE en CE bij geen enkel vak groter dan 0,5 en gemiddeld hooguit 0,3.")
    p(doc, "Daarnaast voeren we vanaf 2026 elk jaar een interne audit uit op één afdeling: twee docenten en "
           "een teamleider van een andere afdeling bezoeken lessen, spreken leerlingen en docenten en "
           "schrijven een kort rapport met sterke punten en aanbevelingen. De examencommissie laat de "
           "uitvoering van de PTA\u2019s jaarlijks controleren. Onze sectievoorzitters wiskunde en natuurkunde "
           "nemen deel aan de vakgroepnetwerken van de ASG-scholen voor voortgezet onderwijs, waar ze "
           "examenopgaven en examentrainingen uitwisselen; vanaf 2026 sluit ook de sectie Duits aan. Het "
           "doel is dat alle afdelingen bij het volgende vierjaarlijks onderzoek van de inspectie opnieuw "
           "minimaal voldoende zijn, en dat de examinering als goed beoordeeld blijft.")

    kop(doc, "9. De komende vier jaar in vogelvlucht")
    p(doc, "In het schooljaar 2025-2026 ligt de nadruk op de start: de training formatief evalueren voor alle "
           "docenten die nog niet geschoold zijn, de begeleide Terebint-uren in klas 1 en 2, het dagelijkse "
           "leesmoment in de onderbouw, de AI-richtlijnen (januari 2026), de meldprocedure discriminatie, de "
           "lessenserie online veiligheid in klas 2, de burgerschapsleerlijn op papier en de "
           "resultaatgesprekken met alle secties.")
    p(doc, "In 2026-2027 gaan de burgerschapsleerlijn en de module Digitaal Wijs van start, sluit de sectie "
           "Duits aan bij het ASG-vakgroepnetwerk, begint de eerste interne audit en presenteren de "
           "docentonderzoekers hun eerste bevindingen. In het voorjaar van 2027 evalueren we het plan "
           "tussentijds; dan moeten de doelen voor 2027 zijn gehaald: 95 procent bevoegd gegeven lessen, "
           "94 procent van de leerlingen voelt zich veilig, onderbouwsnelheid 97 procent en formatief werken "
           "in alle onderbouwsecties.")
    p(doc, "In 2027-2028 breiden we het formatief handelen uit naar de bovenbouw en voeren we de aanpassingen "
           "aan de nieuwe kerndoelen door. In 2028-2029 sluiten we de periode af met de doelen voor 2028 en "
           "2029: 80 procent van de lessen formatief afgestemd, verzuim 5,0 procent, een slagingspercentage "
           "van 90 procent op de havo en 94 procent op het vwo, en de voorbereiding van het volgende "
           "schoolplan.")

    # ------------------------------------------------------------ slot
    kop(doc, "10. Hoe dit plan tot stand kwam")
    p(doc, "Het plan is tussen januari en mei 2025 geschreven door een schrijfgroep van de rector, de conrector "
           "onderwijs, twee teamleiders, drie docenten en de kwaliteitsmedewerker. Op de studiedag van "
           "12 februari 2025 werkte het hele personeel aan de thema\u2019s, in april gaven de leerlingenraad en "
           "de ouderpanels hun reactie op het concept. De medezeggenschapsraad heeft als klankbord meegedacht "
           "over de concepten van maart en mei 2025; haar opmerkingen zijn in deze versie verwerkt.")
    p(doc, "Het schoolplan wordt ter vaststelling aangeboden aan het College van Bestuur van de Almeerse "
           "Scholen Groep. We evalueren het plan elk jaar in het jaarverslag en voeren in het voorjaar van "
           "2027 een tussentijdse evaluatie uit, waarna we de doelen voor de tweede helft van de planperiode "
           "zo nodig bijstellen.")
    p(doc, "Almere, juni 2025")
    p(doc, "Mirjam Dijkhuizen, rector")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_184_lyceum_de_terebint.docx")
