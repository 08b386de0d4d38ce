# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Gildehuis Vmbo (Almere), een openbare vmbo-school
(basis, kader, gl-tl) met een sterke band met bedrijven in de regio.
Schrijft een .docx met python-docx.

Gebruik: build('/pad/naar/bestand.docx')
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 28, 14, 30, 0)
ZIP_DATUM = (2024, 6, 28, 14, 30, 0)


# ---------------------------------------------------------------- hulpfuncties

def _taal_nl(doc):
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


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("Gildehuis Vmbo  -  Schoolplan 2024-2028  -  ")
    run.font.size = Pt(8)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def _p(doc, tekst, stijl=None):
    return doc.add_paragraph(tekst, style=stijl)


def _lijst(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _doelen(doc, titel, alineas):
    """Doelen als lopende tekst onder een eigen tussenkop."""
    doc.add_heading(titel, level=2)
    for a in alineas:
        _p(doc, a)


def _opslaan(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATUM)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))


# ---------------------------------------------------------------- inhoud

def _voorblad(doc):
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph("Gildehuis Vmbo", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _p(doc, "Schoolplan 2024-2028", "Subtitle")
    _p(doc, "Vakmanschap maak je samen")
    doc.add_paragraph()
    _p(doc, "Openbare school voor vmbo basis, kader en gemengde/theoretische leerweg")
    _p(doc, "Almere, aan de rand van bedrijventerrein Markerkant")
    _p(doc, "Almeerse Scholen Groep")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _voorwoord(doc):
    doc.add_heading("Voorwoord", level=1)
    _p(doc, (
        "Wie door de werkplaatsen van het Gildehuis loopt, ziet leerlingen die iets maken: een kozijn, een "
        "elektrische schakeling, een uitgebouwde versnellingsbak, een verzorgde lunch voor vijftig gasten. "
        "Dat is waar onze school om draait. Onze leerlingen leren door te doen, en ze leren het best als ze "
        "weten voor wie ze het doen. Daarom werken we al sinds de oprichting in 1993 nauw samen met bedrijven "
        "in Almere en omgeving. Onze naam verwijst naar de gilden van vroeger, waarin meesters en gezellen "
        "samen het vak overdroegen."))
    _p(doc, (
        "Dit schoolplan beschrijft hoe we die traditie de komende vier jaar voortzetten en versterken. Het "
        "is geschreven door de schoolleiding, op basis van twee teamdagen (november 2023 en februari 2024), "
        "gesprekken met de leerlingenraad en een bijeenkomst met de Gildekring, ons netwerk van bedrijven. "
        "We hebben bewust gekozen voor hoofdstukken die aansluiten bij hoe wij zelf over de school praten: "
        "onze leerlingen, ons onderwijs, onze mensen, onze partners, kwaliteit en verantwoording, en geld en "
        "gebouw. Aan het eind van elk hoofdstuk staat wat we willen bereiken en wanneer."))
    _p(doc, (
        "Het plan geldt van 1 augustus 2024 tot en met 31 juli 2028. Elk jaar maken we er een jaarplan van, "
        "dat we in juni met het team en de Gildekring bespreken."))
    _p(doc, "Ferry Kooistra, directeur")


def _onze_leerlingen(doc):
    doc.add_heading("1. Onze leerlingen", level=1)

    doc.add_heading("1.1 Wie er bij ons op school zitten", level=2)
    _p(doc, (
        "Op 1 oktober 2023 telde het Gildehuis 648 leerlingen. Van hen volgen 41 procent de basisberoepsgerichte "
        "leerweg, 33 procent de kaderberoepsgerichte leerweg en 26 procent de gemengde of theoretische leerweg "
        "(gl-tl). Ruim een derde van de leerlingen heeft een aanwijzing voor leerwegondersteunend onderwijs "
        "(lwoo). Er zitten iets meer jongens (62 procent) dan meisjes op school, wat samenhangt met onze "
        "technische profielen. De leerlingen komen vooral uit Almere Buiten, Almere Stad-Oost en Almere Poort; "
        "een kleine groep reist dagelijks uit Lelystad en Zeewolde. Ze komen van ruim veertig verschillende "
        "basisscholen."))
    _p(doc, (
        "Veel van onze leerlingen hebben op de basisschool vooral gemerkt wat ze niet konden. Bij ons ontdekken "
        "ze dat ze met hun handen, hun inzet en hun praktische slimheid iets waardevols kunnen maken. Tegelijk "
        "zien we dat een deel van de leerlingen thuis weinig steun heeft bij het maken van keuzes, en dat de "
        "sociale druk via sociale media groot is."))

    doc.add_heading("1.2 Elke leerling een coach", level=2)
    _p(doc, (
        "In een school met 648 leerlingen kan een leerling makkelijk verdwijnen. Daarom heeft bij ons iedere "
        "leerling een eigen coach. In leerjaar 1 en 2 is dat de mentor, die twee mentoruren per week met de "
        "klas heeft. In leerjaar 3 en 4 is het een docent uit het eigen profiel, die de leerling ook in de "
        "werkplaats ziet. Elke twee weken voert de coach met iedere leerling een coachgesprek van tien minuten "
        "over hoe het gaat, op school en daarbuiten. Een coach begeleidt maximaal zestien leerlingen; daarvoor "
        "krijgt hij of zij twee uur per week vrij geroosterd."))
    _p(doc, (
        "Voor nieuwe leerlingen begint het contact al vóór de zomervakantie. In juni voert de toekomstige "
        "mentor met iedere nieuwe leerling en zijn ouders een kennismakingsgesprek, op basis van het "
        "onderwijskundig rapport en de warme overdracht met de leerkracht van groep 8. In dat gesprek vragen we "
        "ook waar de leerling goed in is en waar hij tegenop ziet."))
    _p(doc, (
        "Drie keer per jaar is er per leerjaar een leerlingbespreking met coaches, teamleider en "
        "ondersteuningscoördinator. Twee keer per jaar (november en maart) vullen alle leerlingen een "
        "vragenlijst over welbevinden in. Signalen worden binnen twee weken door de coach opgepakt. Vanaf "
        "schooljaar 2025-2026 heeft iedere leerling in Magister een leerlingkaart met zijn "
        "ondersteuningsbehoeften, afspraken en contactmomenten, zodat ook vakdocenten en praktijkinstructeurs "
        "weten wat een leerling nodig heeft."))

    doc.add_heading("1.3 Veiligheid en omgangsvormen", level=2)
    _p(doc, (
        "Onze omgangsregels heten de Werkplaatsregels. Ze zijn in 2022 opgesteld met de leerlingenraad en "
        "gaan uit van hoe je in een goed bedrijf met collega's, klanten en gasten omgaat: je groet, je "
        "luistert, je houdt je aan afspraken, je ruimt je eigen plek op en je bent op tijd. Die regels gelden "
        "voor leerlingen en medewerkers, op school en op de stageplek. Voordat een leerling op stage gaat, "
        "oefent hij in de mentorles hoe hij zich voorstelt, hoe hij om hulp vraagt en hoe hij reageert als hij "
        "op iets wordt aangesproken. Als er iets misgaat, volgt geen standaardstraf maar een herstelgesprek "
        "tussen de betrokkenen, geleid door een teamleider of een van de twee opgeleide herstelcoaches."))
    _p(doc, (
        "Het schoolveiligheidsplan (laatst herzien in september 2023) bevat het pestprotocol, het protocol "
        "sociale media, de meldcode en de afspraken met de wijkagent, die elke dinsdagmiddag spreekuur houdt "
        "in de aula. We hebben een pestcoördinator en twee vertrouwenspersonen. In de werkplaatsen gelden "
        "aanvullende veiligheidsregels: persoonlijke beschermingsmiddelen, een machinerijbewijs per machine en "
        "een verplichte veiligheidsinstructie aan het begin van elk schooljaar."))
    _p(doc, (
        "Uit de veiligheidsmonitor van 2023 blijkt dat 87 procent van de leerlingen zich veilig voelt op "
        "school. Leerlingen noemen vooral de trappenhuizen en de fietsenstalling als plekken waar ze zich minder "
        "prettig voelen. Sinds januari 2024 staat daar in de pauzes een medewerker."))

    doc.add_heading("1.4 Ondersteuning", level=2)
    _p(doc, (
        "Ons schoolondersteuningsprofiel beschrijft wat wij leerlingen kunnen bieden. De basisondersteuning "
        "bestaat uit kleine klassen in de basisberoepsgerichte leerweg (maximaal zestien leerlingen in de "
        "lwoo-klassen), de coach, faalangstreductietraining, remediale hulp bij rekenen en lezen, en "
        "aanpassingen voor leerlingen met dyslexie of dyscalculie, zoals voorleessoftware en extra tijd."))
    _p(doc, (
        "Voor extra ondersteuning hebben we Het Steunpunt: een ruimte met twee vaste begeleiders waar "
        "leerlingen tijdelijk terechtkunnen als het in de klas niet lukt. Een leerling kan er een dagdeel tot "
        "maximaal zes weken werken aan een eigen plan, met als doel terugkeer in de klas. In 2022-2023 "
        "maakten 57 leerlingen gebruik van een traject; 49 van hen keerden volledig terug. Daarnaast werken "
        "een orthopedagoog (0,4 fte) en een schoolmaatschappelijk werker (twee dagen per week) op school."))
    _p(doc, (
        "Er zijn ook grenzen. Leerlingen die langdurig één-op-één begeleiding nodig hebben, of bij wie de "
        "veiligheid in de werkplaats niet te garanderen is, bijvoorbeeld door ernstig impulsief gedrag bij "
        "machines, kunnen wij geen passend onderwijs bieden. Het schoolondersteuningsprofiel herzien we in het "
        "voorjaar van 2025, met de ervaringen van Het Steunpunt als uitgangspunt."))

    _doelen(doc, "1.5 Wat we willen bereiken", [
        "Vóór 1 oktober 2025 heeft iedere leerling een leerlingkaart in Magister, en in juni 2026 geeft ten "
        "minste 80 procent van de vakdocenten in de medewerkerspeiling aan dat zij weten welke ondersteuning "
        "de leerlingen in hun lessen nodig hebben.",
        "Elk schooljaar vinden de coachgesprekken plaats zoals afgesproken. In de leerlingenpeiling van maart "
        "2026 zegt ten minste 85 procent van de leerlingen dat er op school iemand is bij wie ze terechtkunnen; "
        "in 2023 was dat 74 procent.",
        "Het aandeel leerlingen dat zich veilig voelt, stijgt van 87 procent in 2023 naar 92 procent in de "
        "monitor van 2026, en blijft daarna minimaal op dat niveau.",
        "Vóór 1 juli 2025 is het herziene schoolondersteuningsprofiel vastgesteld. Van de leerlingen die een "
        "traject in Het Steunpunt volgen, keert ook in de komende jaren ten minste 85 procent volledig terug "
        "in de klas.",
    ])


def _ons_onderwijs(doc):
    doc.add_heading("2. Ons onderwijs", level=1)

    doc.add_heading("2.1 Leerwegen en profielen", level=2)
    _p(doc, (
        "In de basis- en kaderberoepsgerichte leerweg bieden we vijf profielen aan: Bouwen, wonen en "
        "interieur (BWI), Produceren, installeren en energie (PIE), Mobiliteit en transport (MT), Economie en "
        "ondernemen (E&O) en Zorg en welzijn (Z&W). In de gl-tl volgen alle leerlingen naast de algemene "
        "vakken een praktijkgericht programma in techniek of in economie en zorg. Daarmee lopen we vooruit op "
        "de samenvoeging van de gemengde en de theoretische leerweg."))
    _p(doc, (
        "In leerjaar 1 en 2 maken leerlingen in het vak Oriëntatie op techniek en dienstverlening kennis met "
        "alle profielen; aan het eind van leerjaar 2 kiezen zij. Het lesprogramma voldoet aan de kerndoelen "
        "voor de onderbouw en aan de examenprogramma's voor de bovenbouw. De onderwijstijd ligt in alle "
        "leerjaren boven de wettelijke norm; in 2023 gaven we 4.080 uur over vier jaar, tegen een norm van "
        "3.700 uur."))

    doc.add_heading("2.2 Leren aan echte opdrachten", level=2)
    _p(doc, (
        "Onze leerlingen zijn doeners. Een les over procenten komt pas tot leven als ze zelf de prijs van een "
        "klus moeten berekenen voor een klant die aan de balie staat. Daarom werken we zoveel mogelijk met "
        "opdrachten uit hun eigen omgeving: de wijk waar ze wonen, de bedrijven waar hun ouders, broers of "
        "buren werken, en de producten die ze zelf gebruiken. Leerlingen van BWI bouwen elk jaar een "
        "tuinhuis voor een basisschool in Almere Buiten, leerlingen van MT doen de fietsenkeuring voor de "
        "brugklas, en leerlingen van E&O runnen in de aula een winkeltje met producten van de eigen "
        "werkplaatsen. Ook in de algemene vakken gebruiken docenten steeds vaker de context van de "
        "profielen: bij Nederlands schrijven leerlingen een echte offerte, bij wiskunde rekenen ze met "
        "materiaalstaten uit de werkplaats."))

    doc.add_heading("2.3 De Leerwerkdag: een nieuwe manier van leren", level=2)
    _p(doc, (
        "In schooljaar 2023-2024 hebben we met 24 kaderleerlingen van PIE een pilot gedaan met een nieuwe "
        "vorm van leren: de Leerwerkdag. Deze leerlingen werkten elke donderdag bij een installatiebedrijf uit "
        "de Gildekring. Ze kregen daar geen losse stageklussen, maar opdrachten die samen met de school waren "
        "ontworpen en die horen bij het examenprogramma. Een vakman uit het bedrijf begeleidt hen als "
        "praktijkopleider; de docent komt elke drie weken langs en beoordeelt samen met hem het werk. De "
        "theorie die de leerlingen nodig hebben, krijgen ze op vrijdag op school, aan de hand van wat ze de "
        "dag ervoor hebben gedaan."))
    _p(doc, (
        "De pilot was een succes: de aanwezigheid op donderdag was 96 procent, en de leerlingen scoorden op "
        "de praktijkopdrachten gemiddeld een half punt hoger dan hun klasgenoten. Vanaf schooljaar 2025-2026 "
        "voeren we de Leerwerkdag in voor alle kaderleerlingen in leerjaar 3, in alle profielen. Voor de "
        "basisberoepsgerichte leerweg onderzoeken we in 2025-2026 of een variant met een halve dag werkt."))

    doc.add_heading("2.4 Een programma dat meegaat met de tijd", level=2)
    _p(doc, (
        "De bedrijven in de Gildekring vertellen ons wat er in hun vak verandert. Dat vertalen we naar onze "
        "keuzevakken. Vanaf 2024-2025 bieden we de keuzevakken Duurzame installatietechniek (warmtepompen en "
        "zonnepanelen), Robotica, Zorg en technologie, en Ondernemen online aan. In 2026 kijken we met de "
        "Gildekring opnieuw welke keuzevakken verouderd zijn."))
    _p(doc, (
        "Alle leerlingen krijgen in leerjaar 1 een eigen laptop in bruikleen. Digitale vaardigheden (veilig "
        "online werken, omgaan met een tekenprogramma, werken met een planningssysteem) zijn vanaf 2024-2025 "
        "opgenomen in een doorlopende leerlijn in de mentorlessen en de praktijkvakken. Leerlingen van BWI, "
        "PIE en MT halen in leerjaar 4 het certificaat VCA-basis; in 2023 lukte dat 88 procent."))

    doc.add_heading("2.5 De lat hoog leggen", level=2)
    _p(doc, (
        "We merken dat veel leerlingen, en soms ook hun ouders, zichzelf onderschatten. Wij geloven dat veel "
        "basisleerlingen meer kunnen. Daarom kan een basisleerling vanaf leerjaar 2 een of meer vakken op "
        "kaderniveau volgen, en een kaderleerling een of twee vakken op gl-niveau examen doen. In 2023 deed 6 "
        "procent van de kaderleerlingen examen in een vak op een hoger niveau; in leerjaar 2 stroomde 9 procent "
        "van de basisleerlingen op naar kader. Docenten bespreken in de leerlingbespreking bij elke leerling "
        "de vraag: wat zou deze leerling kunnen bereiken als we meer van hem vragen?"))
    _p(doc, (
        "De examenresultaten van 2023 waren: basis 98 procent geslaagd, kader 91 procent en gl-tl 86 procent. "
        "De inspectie gaf ons in 2022 een basisarrangement; alle onderwijsresultaten lagen toen boven de norm. "
        "Bij de gl-tl lag het gemiddelde cijfer voor het centraal examen in 2023 net onder de norm. Dat is "
        "voor ons het belangrijkste aandachtspunt voor de komende jaren."))

    doc.add_heading("2.6 Burgerschap", level=2)
    _p(doc, (
        "Onze leerlingen worden werknemer, ondernemer, buurtbewoner en kiezer. Ons burgerschapsonderwijs "
        "sluit daarbij aan. In maatschappijleer (leerjaar 3, twee uur per week) behandelen we de democratische "
        "rechtsstaat, werken met het stemhulpprogramma van ProDemos bij elke landelijke en gemeentelijke "
        "verkiezing, en bezoeken we de gemeenteraad van Almere. In de mentorlessen en bij de stagevoorbereiding "
        "leren leerlingen wat hun rechten en plichten zijn als werknemer: een arbeidscontract lezen, het "
        "minimumjeugdloon, de rol van een vakbond en wat je doet bij een onveilige situatie op het werk."))
    _p(doc, (
        "De leerlingenraad (twaalf leden, uit alle leerjaren) vergadert zes keer per jaar met de directeur en "
        "heeft een eigen budget van 1.500 euro. In 2023-2024 organiseerde de raad een debat over de "
        "telefoonregels, wat leidde tot de huidige regel dat telefoons tijdens lessen in de telefoontas gaan. "
        "In 2024-2025 leggen we vast welke burgerschapsdoelen in welk vak en leerjaar aan bod komen, zodat we "
        "vanaf 2025-2026 met een samenhangende leerlijn werken."))

    doc.add_heading("2.7 Doorstroom naar mbo en havo", level=2)
    _p(doc, (
        "Bijna al onze gediplomeerden (94 procent in 2023) gaan naar het mbo, de meesten naar het MBO College "
        "Almere. Een kleine groep gl-tl-leerlingen wil naar de havo. Met twee havo-scholen van de ASG hebben "
        "we sinds 2023 een doorstroomprogramma: gl-tl-leerlingen met een havowens volgen in leerjaar 4 op "
        "woensdagmiddag een programma op een van die scholen, met lessen wiskunde, Engels en studievaardigheden. "
        "In 2023-2024 deden 17 leerlingen mee, van wie er 12 in augustus 2024 in havo 4 zijn gestart."))

    _doelen(doc, "2.8 Wat we willen bereiken", [
        "Vanaf 1 september 2025 volgen alle kaderleerlingen in leerjaar 3 de Leerwerkdag. Vóór 1 juni 2026 "
        "besluiten we, op basis van een proef in 2025-2026, of de basisberoepsgerichte leerweg een halve "
        "Leerwerkdag krijgt.",
        "In juli 2027 is het slagingspercentage minimaal 97 procent in de basisberoepsgerichte leerweg, 94 "
        "procent in de kaderberoepsgerichte leerweg en 92 procent in de gl-tl. Het gemiddelde cijfer voor het "
        "centraal examen in de gl-tl ligt vanaf 2026 weer boven de inspectienorm.",
        "Het aandeel kaderleerlingen dat examen doet in een vak op een hoger niveau stijgt van 6 procent "
        "(2023) naar 15 procent in 2028. De opstroom van basis naar kader in leerjaar 2 stijgt van 9 procent "
        "naar 15 procent in 2027.",
        "In 2026 heeft de Gildekring alle keuzevakken beoordeeld en zijn verouderde keuzevakken vervangen. "
        "Vanaf 2025 haalt ten minste 92 procent van de leerlingen van BWI, PIE en MT het certificaat VCA-basis.",
        "Vóór 1 augustus 2025 is de leerlijn burgerschap vastgesteld.",
        "Het doorstroomprogramma naar de havo blijft bestaan; in 2027 onderzoeken we met beide havo-scholen "
        "hoeveel van onze leerlingen na twee jaar in havo 5 zitten.",
    ])


def _onze_mensen(doc):
    doc.add_heading("3. Onze mensen", level=1)

    doc.add_heading("3.1 Het team", level=2)
    _p(doc, (
        "Op het Gildehuis werken 76 mensen: 46 docenten, 9 praktijkinstructeurs, een orthopedagoog, een "
        "schoolmaatschappelijk werker, 12 medewerkers in de ondersteuning (administratie, conciërges, "
        "technisch onderwijsassistenten, roostermaker) en een schoolleiding van vier personen. Bijna een derde "
        "van de praktijkdocenten heeft eerder in het bedrijfsleven gewerkt, als timmerman, monteur, "
        "verpleegkundige of ondernemer. Die ervaring is goud waard, maar betekent ook dat niet iedereen "
        "bevoegd is."))

    doc.add_heading("3.2 Van vakman naar vakdocent", level=2)
    _p(doc, (
        "Op dit moment zijn zeven docenten nog niet bevoegd voor het vak dat zij geven: vijf zij-instromers uit "
        "het bedrijfsleven en twee docenten die de tweedegraads lerarenopleiding volgen. Elke onbevoegde "
        "docent krijgt een ervaren collega als coach, vier uur per week vrij geroosterd voor de opleiding, en "
        "volledige vergoeding van de opleidingskosten. Voor de praktijkinstructeurs die docent willen worden, "
        "bieden we het traject voor het pedagogisch-didactisch getuigschrift (PDG) aan."))

    doc.add_heading("3.3 Blijven leren in het vak", level=2)
    _p(doc, (
        "Een vak dat verandert, vraagt docenten die meeveranderen. Daarom loopt iedere praktijkdocent eens "
        "per twee jaar drie dagen mee in een bedrijf uit de Gildekring; docenten van de algemene vakken doen "
        "dat één dag. In 2023-2024 deden 17 docenten een docentstage, onder meer bij een installatiebedrijf "
        "dat warmtepompen plaatst en bij de thuiszorg. Daarnaast volgt het hele team in 2024-2025 en "
        "2025-2026 een scholing formatief handelen, in vijf bijeenkomsten per jaar, en volgen de coaches in "
        "2024-2025 de cursus coachend begeleiden van de ASG Academie."))
    _p(doc, (
        "Sinds 2022 hebben we het Leerlab. Daarin onderzoeken docenten in groepjes van vier een vraag uit hun "
        "eigen lespraktijk, bijvoorbeeld: hoe houden we basisleerlingen langer geconcentreerd bij de "
        "theorie in de werkplaats? De groepjes lezen wat er al over bekend is, proberen een aanpak uit in "
        "hun lessen en presenteren hun bevindingen in juni aan het hele team. Deelname is vrijwillig: in "
        "2023-2024 schreven 19 van de 46 docenten zich in, meer dan ooit. Wat werkt, nemen we op in onze "
        "afspraken over goed lesgeven; zo werd de aanpak 'eerst doen, dan benoemen' uit het Leerlab van 2023 "
        "dit jaar in alle werkplaatsen ingevoerd."))

    doc.add_heading("3.4 Werk dat past bij je levensfase", level=2)
    _p(doc, (
        "We willen dat mensen met plezier bij ons blijven werken, in elke fase van hun loopbaan. Startende "
        "docenten volgen een inductieprogramma van drie jaar, met in het eerste jaar twee lesuren minder en "
        "een vaste begeleider. Medewerkers met jonge kinderen kunnen vóór 1 april roosterwensen opgeven, en "
        "we proberen die in ten minste 80 procent van de gevallen te honoreren. Oudere medewerkers bespreken "
        "met hun teamleider hoe zij hun seniorenuren willen inzetten, bijvoorbeeld voor minder "
        "surveillancetaken of voor het begeleiden van stagiairs. Vanaf 2024-2025 geven fulltime docenten "
        "maximaal 24 in plaats van 25 lesuren per week; de vrijgekomen tijd is bedoeld voor de coachgesprekken."))

    doc.add_heading("3.5 Samenwerken over de schoolgrens", level=2)
    _p(doc, (
        "Onze secties techniek en economie werken samen met de vergelijkbare secties van de andere "
        "vmbo-scholen van de ASG in het regionale programma Sterk Techniekonderwijs. Vier keer per jaar is er "
        "een sectieoverleg, waarin docenten examenopdrachten uitwisselen, elkaars werkstukken beoordelen en "
        "dure apparatuur, zoals de cnc-freesmachine, delen. De examensecretaris neemt deel aan het overleg van "
        "examensecretarissen van de ASG-scholen voor voortgezet onderwijs."))

    _doelen(doc, "3.6 Wat we willen bereiken", [
        "Uiterlijk 1 augustus 2027 zijn alle zeven docenten die nu onbevoegd zijn, bevoegd. Nieuwe "
        "onbevoegde collega's starten binnen drie maanden na hun indiensttreding met een opleiding.",
        "Vanaf 2024-2025 loopt elke praktijkdocent eens per twee jaar stage in een bedrijf; in juli 2026 "
        "hebben alle praktijkdocenten dat ten minste één keer gedaan.",
        "In 2026 neemt ten minste de helft van de docenten deel aan het Leerlab, en elk jaar wordt ten minste "
        "één uitkomst uit het Leerlab opgenomen in onze afspraken over goed lesgeven.",
        "In de medewerkerspeiling van 2026 geeft ten minste 75 procent van de medewerkers aan dat de "
        "werkdruk hanteerbaar is (2023: 58 procent). Alle startende docenten ronden het inductieprogramma af.",
        "Vanaf 2025 stellen de secties techniek en economie jaarlijks ten minste twee examenopdrachten samen "
        "met de andere ASG-vmbo-scholen op.",
    ])


def _onze_partners(doc):
    doc.add_heading("4. Onze partners", level=1)

    doc.add_heading("4.1 De Gildekring", level=2)
    _p(doc, (
        "De Gildekring is het netwerk van bedrijven en instellingen waarmee we structureel samenwerken. Op dit "
        "moment zijn dat veertien organisaties, waaronder Bouwbedrijf Kroes & Zonen, Installatietechniek "
        "Flevo-Noord, Autobedrijf Van der Sluis, transportbedrijf Dijkhuizen Logistiek, de thuiszorgorganisatie "
        "Zorgpunt Buiten, Hotel-restaurant De Noorderplas en drie ondernemers van bedrijventerrein Markerkant. "
        "De Gildekring komt drie keer per jaar bijeen met de schoolleiding."))
    _p(doc, (
        "De partners in de Gildekring leveren stageplaatsen en Leerwerkdagplekken, geven gastlessen, "
        "beoordelen jaarlijks in april de examenwerkstukken samen met onze docenten (de Gildedag), ontvangen "
        "onze docenten voor docentstages en denken mee over de keuzevakken. Soms doneren ze materiaal: in "
        "2023 kreeg de afdeling MT twee afgeschreven bestelbussen om aan te sleutelen."))
    _p(doc, (
        "Daarnaast lopen onze leerlingen stage bij ruim 120 andere bedrijven en instellingen in Almere, "
        "Lelystad en het Gooi. In 2023-2024 ging het om 310 stageplaatsen. De stagecoördinator bezoekt elk "
        "nieuw stagebedrijf vooraf, en elke leerling wordt tijdens de stage minimaal twee keer bezocht."))

    doc.add_heading("4.2 Het mbo", level=2)
    _p(doc, (
        "Met het MBO College Almere werken we aan doorlopende leerlijnen. Voor BWI en PIE bestaat sinds 2021 "
        "een technologieroute: leerlingen volgen in leerjaar 4 al twee modules van de mbo-opleiding en krijgen "
        "daarvoor vrijstelling. Elk jaar in februari is er een warme overdracht van alle leerlingen die naar "
        "het MBO College gaan. Toch valt nog 11 procent van onze oud-leerlingen in het eerste mbo-jaar uit. "
        "Daarom bespreken we vanaf 2024-2025 elk najaar met het MBO College de leerlingen die zijn uitgevallen, "
        "om te leren wat wij anders kunnen doen in de voorbereiding."))

    doc.add_heading("4.3 Ouders", level=2)
    _p(doc, (
        "Ouders zijn onze belangrijkste partner bij de keuze voor een profiel en een vervolgopleiding. Bij "
        "de profielkeuze in leerjaar 2 en de mbo-keuze in leerjaar 4 voeren we driehoeksgesprekken van "
        "leerling, ouder en coach. Ouders worden uitgenodigd bij de presentatie van de meesterproef aan het "
        "eind van leerjaar 4, en bij de Leerwerkdag kunnen ouders een keer meekijken op de werkplek van hun "
        "kind. In 2023 was 71 procent van de ouders bij het profielkeuzegesprek aanwezig."))

    doc.add_heading("4.4 Gemeente en regio", level=2)
    _p(doc, (
        "De directeur neemt namens de Almeerse vmbo-scholen deel aan de tafel Onderwijs en Arbeidsmarkt van de "
        "gemeente Almere, waar onderwijs, bedrijfsleven en gemeente afspraken maken over de tekorten in de "
        "techniek, de zorg en de logistiek. Via die tafel hebben we in 2023 meegepraat over het gemeentelijke "
        "programma voor jongeren zonder startkwalificatie."))
    _p(doc, (
        "Het tekort aan technische docenten raakt alle vmbo-scholen in de regio. Daarom hebben we in januari "
        "2024 samen met twee vmbo-scholen van andere schoolbesturen, het MBO College Almere en de gemeente "
        "een gedeelde pool van praktijkinstructeurs opgezet. De instructeurs zijn in dienst van een van de "
        "scholen en werken op meerdere locaties; de gemeente betaalt de eerste twee jaar een deel van de "
        "kosten. Op dit moment zijn er drie instructeurs in de pool."))
    _p(doc, (
        "Dichter bij huis werken we samen met de buurt. Elk jaar komen de groepen 7 en 8 van acht basisscholen "
        "uit Almere Buiten een middag naar onze werkplaatsen, waar onze leerlingen hen begeleiden bij een "
        "technische opdracht. Het jongerenwerk van Almere Buiten heeft een vaste werkplek op school en "
        "organiseert samen met onze leerlingenraad twee keer per jaar een sporttoernooi op het plein."))

    _doelen(doc, "4.5 Wat we willen bereiken", [
        "Vóór 1 september 2026 hebben we met ten minste 25 bedrijven een meerjarige "
        "samenwerkingsovereenkomst, waarin stageplekken, Leerwerkdagplekken en docentstages zijn vastgelegd; "
        "nu zijn dat er 11.",
        "De uitval van onze oud-leerlingen in het eerste mbo-jaar daalt van 11 procent naar 8 procent in "
        "2027. Vanaf 2025 is er ook voor MT en Z&W een doorlopende route met het MBO College Almere.",
        "Bij de profielkeuzegesprekken in leerjaar 2 is vanaf 2025 ten minste 85 procent van de ouders "
        "aanwezig.",
        "De pool van praktijkinstructeurs groeit van drie naar zes instructeurs in 2026. In 2026 evalueren we "
        "de pool met de andere scholen en de gemeente, voordat de gemeentelijke bijdrage afloopt.",
        "Elk jaar ontvangen we ten minste acht basisscholen voor een techniekmiddag.",
    ])


def _kwaliteit(doc):
    doc.add_heading("5. Kwaliteit en verantwoording", level=1)

    doc.add_heading("5.1 Onze kwaliteitscyclus", level=2)
    _p(doc, (
        "We werken met een vaste jaarcyclus. In juni stelt iedere sectie een sectieplan op met eigen doelen "
        "voor het volgende jaar, afgeleid van dit schoolplan. In september stelt de schoolleiding het "
        "jaarplan vast. In januari volgt een tussenevaluatie per sectie met de teamleider, in juni de "
        "eindevaluatie. In oktober verschijnt het jaarverslag, dat we bespreken met het team en met de "
        "Gildekring. Elk kwartaal rapporteert de directeur aan het College van Bestuur over resultaten, "
        "personeel en financiën."))
    _p(doc, "Om de kwaliteit te bewaken, gebruiken we de volgende instrumenten:")
    _lijst(doc, [
        "Lesobservaties: elke docent wordt twee keer per jaar door een teamleider geobserveerd met onze "
        "kijkwijzer, die gebaseerd is op het directe-instructiemodel en de afspraken uit het Leerlab. De "
        "uitkomsten worden nabesproken en op schoolniveau samengevat.",
        "Resultaten: na elke rapportperiode analyseert iedere sectie de cijfers per klas en per leerweg; de "
        "examenresultaten analyseren we jaarlijks in september, per vak en per leerweg.",
        "Peilingen: leerlingen vullen jaarlijks een tevredenheidspeiling en de veiligheidsmonitor in, ouders "
        "en medewerkers om het jaar (2024, 2026 en 2028). Ook de Gildekring vult om het jaar een korte peiling "
        "in over de samenwerking.",
        "De indicatoren van Scholen op de kaart, waaronder het onderbouwsucces, het bovenbouwsucces en de "
        "examencijfers, vergelijken we elk jaar met het landelijk gemiddelde en met vergelijkbare scholen.",
    ])
    _p(doc, (
        "In het voorjaar van 2026 laten we een collegiale visitatie uitvoeren door twee vmbo-scholen uit de "
        "regio. Daarbij vragen we hen in het bijzonder te kijken naar de kwaliteit van de lessen in de gl-tl "
        "en naar de Leerwerkdag."))

    doc.add_heading("5.2 Verantwoording", level=2)
    _p(doc, (
        "We leggen verantwoording af over wat we doen en wat het oplevert: aan het College van Bestuur via de "
        "kwartaalrapportages, aan de inspectie via de jaarlijkse gegevens en het vierjaarlijkse onderzoek, en "
        "aan de Gildekring tijdens de bijeenkomst in oktober, waar we de examen- en stageresultaten "
        "presenteren. Intern bespreken we de uitkomsten van de lesobservaties en de peilingen in de eerste "
        "teamvergadering van het schooljaar."))

    _doelen(doc, "5.3 Wat we willen bereiken", [
        "Bij het volgende inspectieonderzoek, naar verwachting in 2026, zijn alle onderzochte standaarden "
        "minimaal voldoende en liggen alle onderwijsresultaten boven de norm.",
        "Vanaf juni 2025 heeft iedere sectie een sectieplan volgens het gezamenlijke format, met meetbare "
        "doelen, en een tussen- en eindevaluatie.",
        "In 2025-2026 wordt iedere docent twee keer geobserveerd; in 2026 voldoet ten minste 85 procent van de "
        "geobserveerde lessen aan de basiskwaliteit van onze kijkwijzer.",
        "De collegiale visitatie vindt plaats vóór 1 mei 2026. De verbeterpunten nemen we op in het jaarplan "
        "2026-2027.",
    ])


def _geld_en_gebouw(doc):
    doc.add_heading("6. Geld en gebouw", level=1)

    doc.add_heading("6.1 Financiën", level=2)
    _p(doc, (
        "De school ontvangt in 2024 een rijksbijdrage van ongeveer 7,8 miljoen euro. Daarnaast ontvangen we "
        "tot en met 2027 een bijdrage uit het programma Sterk Techniekonderwijs van gemiddeld 240.000 euro per "
        "jaar, die we gebruiken voor de Leerwerkdag, de technologieroute en de techniekmiddagen voor "
        "basisscholen. Ongeveer 84 procent van de uitgaven betreft personeel. Beroepsgericht onderwijs is "
        "duur: machines, gereedschap, materialen en kleine groepen in de werkplaatsen. Daarom houden we een "
        "vervangingsplan voor de werkplaatsinventaris bij, met een jaarlijkse investering van 180.000 euro."))
    _p(doc, (
        "De meerjarenbegroting 2024-2028 is sluitend. De school heeft een reserve van 610.000 euro, waarvan we "
        "300.000 euro inzetten voor de inrichting van de werkplaatsen na de verbouwing. Een risico is het "
        "aflopen van de bijdrage uit Sterk Techniekonderwijs na 2027. We bereiden ons daarop voor door de "
        "kosten van de Leerwerkdag vanaf 2026 stap voor stap in de reguliere begroting op te nemen."))

    doc.add_heading("6.2 Het gebouw", level=2)
    _p(doc, (
        "Ons gebouw dateert uit 1993 en is 8.400 vierkante meter groot. Het is degelijk, maar gesloten: lange "
        "gangen zonder daglicht, werkplaatsen achter dichte deuren en een klimaatinstallatie die niet meer aan "
        "de eisen voldoet. De technische staat is matig; bij de laatste inspectie volgens NEN 2767 kreeg het "
        "dak conditiescore 4. In het Integraal Huisvestingsplan van de gemeente Almere is een renovatie van "
        "het Gildehuis opgenomen voor 2026-2027."))
    _p(doc, (
        "Het wordt een ambitieuze verbouwing. Na de renovatie is het Gildehuis een open gebouw: de dichte "
        "gangen maken plaats voor een centrale hal met daglicht, en de werkplaatsen krijgen glazen wanden. "
        "Vanuit de hal heb je straks een open blik op alles wat er in de werkplaatsen gebeurt. Aan de kant van "
        "de Markerkant komt een transparante gevel, zodat voorbijgangers kunnen zien wat er binnen gemaakt "
        "wordt. In de nieuwe aula kunnen leerlingen elkaar in de pauzes ontmoeten op een tribune, die ook "
        "dienst doet bij de presentaties van de meesterproef."))
    _p(doc, (
        "Het oude bitumendak wordt vervangen door een duurzaam dak met 420 zonnepanelen en een sedumlaag die "
        "regenwater vasthoudt. De vitale installaties gaan volledig op de schop: een vooruitstrevende "
        "installatie met warmtepompen vervangt de gasketels, en een innovatieve luchtbehandeling met "
        "CO2-sturing zorgt dat alle lokalen voldoen aan het programma van eisen Frisse Scholen, klasse B. "
        "Een nieuw gebouwbeheersysteem stuurt de processen en systemen voor verwarming, ventilatie en "
        "verlichting per ruimte aan. In de lasafdeling en de autowerkplaats komt een nieuwe afzuiging. Het "
        "hele gebouw krijgt een dekkend wifi-netwerk, ook in de werkplaatsen, waar de dekking nu ongeveer "
        "70 procent is. Met een lift wordt ook de verdieping toegankelijk voor leerlingen en bezoekers in "
        "een rolstoel."))
    _p(doc, (
        "De planning is ambitieus: de verbouwing gebeurt in drie fasen, zodat de lessen doorgaan. Tijdens "
        "fase 2 en 3 gebruiken we tijdelijke lokalen op het sportveld. Leerlingen van PIE leggen onder "
        "begeleiding van Installatietechniek Flevo-Noord een deel van de zonnepanelen; voor hen is dat een "
        "examenwaardige opdracht. Na de oplevering is de kwaliteit van het gebouw weer op orde, met een "
        "verwachte conditiescore van 2 voor alle onderdelen. We verwachten dat medewerkers en leerlingen trots "
        "zullen zijn op een gebouw dat laat zien wat vakmanschap is."))

    doc.add_paragraph("Tabel 1. Begroting en planning van de renovatie", style="Caption")
    rijen = [
        ("Onderdeel", "Bedrag (euro)", "Financiering", "Planning"),
        ("Ontwerp en voorbereiding", "420.000", "Gemeente Almere (IHP)", "januari 2025 - juli 2026"),
        ("Fase 1: dak, zonnepanelen, installaties", "2.350.000", "Gemeente Almere (IHP)", "september 2026 - februari 2027"),
        ("Fase 2: centrale hal, aula, lift", "1.780.000", "Gemeente Almere en ASG", "februari - augustus 2027"),
        ("Fase 3: werkplaatsen, glazen wanden, afzuiging", "1.350.000", "ASG", "augustus - december 2027"),
        ("Inrichting werkplaatsen", "300.000", "Reserve school", "november 2027 - januari 2028"),
        ("Totaal", "6.200.000", "", "oplevering december 2027"),
    ]
    tabel = doc.add_table(rows=0, cols=4)
    tabel.style = "Light Grid Accent 1"
    for i, rij in enumerate(rijen):
        cellen = tabel.add_row().cells
        for j, waarde in enumerate(rij):
            cellen[j].text = waarde
            if i == 0 or i == len(rijen) - 1:
                for run in cellen[j].paragraphs[0].runs:
                    run.bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    kop = OxmlElement("w:tblHeader")
    kop.set(qn("w:val"), "true")
    trpr.append(kop)
    doc.add_paragraph()

    _doelen(doc, "6.3 Wat we willen bereiken", [
        "Elk jaar sluit de begroting van de school, en de reserve zakt niet onder 250.000 euro. Vanaf de "
        "begroting 2026 is ten minste een derde van de kosten van de Leerwerkdag opgenomen in de reguliere "
        "begroting, en vanaf 2028 alles.",
        "Het voorlopig ontwerp van de renovatie is in juni 2025 klaar, de bouw start in september 2026 en het "
        "gebouw wordt in december 2027 opgeleverd. Het energieverbruik van het gebouw daalt na de renovatie "
        "met ten minste 60 procent ten opzichte van 2023.",
    ])


def _colofon(doc):
    doc.add_heading("Colofon en vaststelling", level=1)
    _p(doc, "Schoolplan 2024-2028, Gildehuis Vmbo, Almere")
    _p(doc, "Looptijd: 1 augustus 2024 tot en met 31 juli 2028")
    _p(doc, (
        "Opgesteld door de schoolleiding: Ferry Kooistra (directeur), Samira Baldewsingh (teamleider "
        "onderbouw), Joost Verhagen (teamleider basis en kader) en Anouk Tjon (teamleider gl-tl)."))
    _p(doc, (
        "Instemming medezeggenschapsraad: de medezeggenschapsraad van het Gildehuis (personeels-, ouder- en "
        "leerlinggeleding) heeft in haar vergadering van 11 juni 2024 ingestemd met dit schoolplan."))
    _p(doc, "Namens de medezeggenschapsraad: Petra Wolters, voorzitter")
    _p(doc, (
        "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 2 juli 2024."))
    doc.add_paragraph()
    _p(doc, "Handtekening directeur: ____________________    Handtekening voorzitter MR: ____________________")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for s in ("Heading 1", "Heading 2", "Title"):
        doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.top_margin = Cm(2.0)
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    _voettekst(sectie)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 Gildehuis Vmbo"
    cp.subject = ""
    cp.author = "F. Kooistra"
    cp.last_modified_by = "secretariaat Gildehuis"
    cp.language = "nl-NL"
    cp.revision = 7
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM

    _voorblad(doc)
    _voorwoord(doc)
    _onze_leerlingen(doc)
    _ons_onderwijs(doc)
    _onze_mensen(doc)
    _onze_partners(doc)
    _kwaliteit(doc)
    _geld_en_gebouw(doc)
    _colofon(doc)

    _opslaan(doc, path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_160_gildehuis_vmbo.docx")
