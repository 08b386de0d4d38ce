"""Schoolplan 2025-2029 van VSO Het Schoepenrad (Almere), opgebouwd rond vier ambities.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 30, 9, 0, 0)

KADERKLEUR = "FCE9D9"   # zacht oranje, de kleur van het schoologo
KOPKLEUR = "C55A11"


# ---------------------------------------------------------------- hulpjes

def _taal_nl(doc):
    """Nederlandse proeftaal in de standaardopmaak."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPrDefault"))
    if rpr is None:
        return
    rpr = rpr.find(qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "en-US")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("Schoolplan VSO Het Schoepenrad 2025-2029  |  pagina ")
    run.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, txt, end):
        run._r.append(el)


def _arceer(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _kopregel_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def kader(doc, titel, regels):
    """Een tabel met één cel als gekleurd kader met de kern van de ambitie."""
    tabel = doc.add_table(rows=1, cols=1)
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    cel = tabel.cell(0, 0)
    _arceer(cel, KADERKLEUR)
    p = cel.paragraphs[0]
    r = p.add_run(titel)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor.from_string(KOPKLEUR)
    for regel in regels:
        q = cel.add_paragraph(regel)
        q.paragraph_format.space_after = Pt(3)
    doc.add_paragraph()


def doelentabel(doc, rijen):
    tabel = doc.add_table(rows=1, cols=4)
    tabel.style = "Light Grid Accent 2"
    kop = tabel.rows[0]
    _kopregel_herhalen(kop)
    for cel, tekst in zip(kop.cells, ("Wat", "Hoe meten we het", "2027", "2029")):
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    for rij in rijen:
        cellen = tabel.add_row().cells
        for cel, tekst in zip(cellen, rij):
            cel.text = tekst
    breedtes = (Cm(5.0), Cm(5.0), Cm(3.2), Cm(3.2))
    for rij in tabel.rows:
        for cel, b in zip(rij.cells, breedtes):
            cel.width = b
    doc.add_paragraph()


def alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def opsomming(doc, punten):
    for punt in punten:
        doc.add_paragraph(punt, style="List Bullet")


# ---------------------------------------------------------------- inhoud

def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(10.5)
    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.3)
    sectie.right_margin = Cm(2.3)
    _paginanummer(sectie)

    cp = doc.core_properties
    cp.title = "Schoolplan VSO Het Schoepenrad 2025-2029"
    cp.author = "J. Haverkamp"
    cp.subject = "Schoolplan"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_modified_by = "J. Haverkamp"
    cp.revision = 7

    # Voorblad
    doc.add_paragraph("VSO Het Schoepenrad", style="Title")
    doc.add_paragraph("Schoolplan 2025 - 2029: Werk in uitvoering", style="Subtitle")
    alinea(doc, "School voor voortgezet speciaal onderwijs, uitstroomprofielen arbeid en dagbesteding")
    alinea(doc, "Stedenwijk, Almere  |  BRIN 26QX  |  onderdeel van de Almeerse Scholen Groep (ASG)")
    alinea(doc, "Planperiode: 1 augustus 2025 tot en met 31 juli 2029")
    alinea(doc, "Directeur: Jorien Haverkamp  |  adjunct-directeur: Said el Khatib")
    doc.add_page_break()

    # 1 Voorwoord
    doc.add_heading("1. Voorwoord", level=1)
    alinea(doc,
           "Een schoepenrad draait alleen als het water blijft stromen. Dat beeld gebruiken we al jaren voor onze "
           "school: leerlingen komen bij ons binnen, draaien een aantal jaren mee en stromen uit naar werk, naar "
           "dagbesteding en naar een eigen plek in de stad. Dit schoolplan beschrijft hoe we dat de komende vier "
           "jaar nog beter willen doen.")
    alinea(doc,
           "We hebben er bewust voor gekozen om geen dik plan te schrijven met een hoofdstuk voor elk beleidsterrein. "
           "Het plan is opgebouwd rond vier ambities die het team zelf heeft benoemd tijdens de studiedagen van "
           "november 2024 en februari 2025. Bij elke ambitie staat eerst in een kader de kern, daarna lichten we toe "
           "wat we gaan doen, en sluiten we af met een tabel met doelen voor 2027 (halverwege) en 2029 (einde "
           "planperiode). De wettelijke onderdelen van een schoolplan, zoals het onderwijsprogramma, veiligheid, "
           "ondersteuning, personeelsbeleid en kwaliteitszorg, zijn in die ambities verwerkt. In bijlage A staat "
           "een overzicht waar u welk onderdeel vindt.")
    alinea(doc,
           "Het koersdocument van ons bestuur, Koers 22 van de ASG, hebben we naast ons eigen verhaal gelegd. We "
           "hebben niet geprobeerd alles uit dat document terug te laten komen. We hebben gekozen voor wat voor onze "
           "leerlingen het verschil maakt.")
    alinea(doc, "Jorien Haverkamp, directeur")

    # 2 Onze school
    doc.add_heading("2. Onze school in het kort", level=1)
    alinea(doc,
           "Het Schoepenrad is een openbare school voor voortgezet speciaal onderwijs in de Stedenwijk in Almere Stad. "
           "Op 1 oktober 2024 telden we 148 leerlingen van 12 tot 20 jaar. Vrijwel alle leerlingen hebben een "
           "toelaatbaarheidsverklaring van het samenwerkingsverband voor een verstandelijke beperking (zml) of een "
           "lichamelijke beperking of langdurige ziekte, vaak in combinatie met autisme, een taalontwikkelingsstoornis "
           "of gedragsproblematiek. Ruim driekwart van de leerlingen komt met het leerlingenvervoer naar school, "
           "een deel uit Almere Buiten en Almere Poort, een kleiner deel uit Zeewolde en Lelystad.")
    alinea(doc, "We werken met twee uitstroomprofielen:")
    opsomming(doc, [
        "Arbeid (89 leerlingen): leerlingen bereiden zich voor op werk in een reguliere baan met loonkostensubsidie, "
        "beschut werk of een leerwerktraject, soms via de Entree-opleiding van het mbo.",
        "Dagbesteding (59 leerlingen): leerlingen bereiden zich voor op arbeidsmatige of activerende dagbesteding "
        "bij een zorgaanbieder in Almere of de regio.",
    ])
    alinea(doc,
           "Het team bestaat uit 52 medewerkers (38,6 fte): leraren, onderwijsassistenten, twee jobcoaches, een "
           "stagecoördinator, een orthopedagoog, een intern begeleider, een schoolmaatschappelijk werker, een "
           "vakleraar bewegingsonderwijs en een conciërge. Logopedie en fysiotherapie worden op school gegeven door "
           "een extern praktijkteam.")
    doc.add_heading("Uitstroom in cijfers", level=2)
    alinea(doc,
           "In de schooljaren 2021-2022 tot en met 2023-2024 verlieten gemiddeld 32 leerlingen per jaar de school. "
           "Het afgelopen jaar ging het om 31 leerlingen:")
    opsomming(doc, [
        "4 leerlingen naar een reguliere baan met loonkostensubsidie;",
        "6 leerlingen naar beschut werk;",
        "3 leerlingen naar de Entree-opleiding van MBO College Almere;",
        "4 leerlingen naar een leerwerktraject bij een sociaal ontwikkelbedrijf;",
        "9 leerlingen naar arbeidsmatige dagbesteding;",
        "5 leerlingen naar activerende of belevingsgerichte dagbesteding.",
    ])
    alinea(doc,
           "Van de leerlingen die in 2022-2023 uitstroomden, zat een jaar later 88 procent nog op de plek waar ze "
           "naartoe gingen. Bij 23 van de 31 leerlingen lag de uitstroombestemming op of boven het perspectief dat "
           "bij de start in het ontwikkelingsperspectief (OPP) was vastgelegd. Dat vinden we niet genoeg; daarover "
           "gaat ambitie 2.")
    doc.add_heading("Wat we zagen in de analyse", level=2)
    alinea(doc,
           "Bij de voorbereiding van dit plan hebben we de uitkomsten van het inspectiebezoek van maart 2023, de "
           "tevredenheidspeilingen onder leerlingen, ouders en medewerkers uit 2024, de verzuimcijfers en de "
           "uitstroomgegevens naast elkaar gelegd. Drie dingen vielen op:")
    opsomming(doc, [
        "De inspectie beoordeelde ons onderwijs als voldoende en noemde de sfeer en het pedagogisch klimaat een "
        "sterk punt. Verbeterpunt was de analyse van resultaten op schoolniveau: we verzamelen veel gegevens per "
        "leerling, maar trekken daar te weinig conclusies uit voor de school als geheel.",
        "Ouders waarderen de school met een 8,1, maar geven een 6,4 voor de informatie over de overgang naar werk "
        "of dagbesteding. Ouders willen eerder weten welke mogelijkheden er na school zijn.",
        "Het ziekteverzuim onder medewerkers was in 2024 7,4 procent, tegen 5,9 procent gemiddeld binnen het "
        "speciaal onderwijs van de ASG. Vier vacatures stonden langer dan drie maanden open.",
    ])

    # 3 Ambitie 1
    doc.add_heading("3. Ambitie 1: Een plek om te landen", level=1)
    kader(doc, "De kern", [
        "Wie bij Het Schoepenrad binnenkomt, leerling, ouder of bezoeker, voelt zich vanaf de eerste dag welkom.",
        "Iedereen op onze school is waardevol en wordt gezien.",
        "We weten wat elke leerling nodig heeft om zich veilig te voelen en te kunnen leren, en we zorgen dat het "
        "er ook is.",
    ])
    alinea(doc,
           "Veel van onze leerlingen hebben een onrustige schoolloopbaan achter de rug. Sommigen zaten maanden thuis "
           "voordat er een plek bij ons was. Voor hen begint leren met landen: een vaste plek, vaste gezichten, "
           "voorspelbare dagen. Daar willen we de komende jaren bewuster in worden, vanaf het eerste contact.")
    doc.add_heading("Welkom vanaf de eerste dag", level=2)
    alinea(doc,
           "Vanaf schooljaar 2025-2026 werken we met een vast welkomstprotocol voor nieuwe leerlingen. Elke nieuwe "
           "leerling krijgt een huisbezoek van de mentor voordat hij of zij start, een kennismakingsochtend in de "
           "eigen groep en een fotoboekje met de gezichten en ruimtes van de school. In de eerste zes weken is er "
           "een vast maatje uit een hogere groep. Na zes weken volgt een 'landingsgesprek' met leerling en ouders.")
    alinea(doc,
           "Ook bezoekers willen we beter ontvangen. De ontvangstbalie bij de hoofdingang wordt op schooldagen tussen "
           "8.30 en 12.30 uur bemand door twee leerlingen uit het profiel arbeid, als onderdeel van hun interne stage "
           "'gastheer/gastvrouw', onder begeleiding van de conciërge. Zij heten bezoekers welkom, bieden koffie aan en "
           "brengen hen naar de juiste ruimte. De hal wordt in 2026 opnieuw ingericht met een zithoek, wegwijzers in "
           "pictogrammen (Sclera) en een wand met foto's van het team.")
    doc.add_heading("Veiligheid en gedrag", level=2)
    alinea(doc,
           "Sinds 2022 werken we met Schoolwide Positive Behavior Support (SWPBS). Onze drie gedragsverwachtingen "
           "zijn: veilig, rustig en samen. Ze hangen in elke ruimte, vertaald naar concreet gedrag per plek (gang, "
           "kantine, werkplaats, bus). Bij 'samen' hoort bijvoorbeeld: je praat rustig en met respect tegen iedereen, ook "
           "tegen de buschauffeur, de stagebegeleider en bezoekers; medewerkers geven daarin zelf het voorbeeld. Een PBS-team van vijf medewerkers bekijkt iedere maand de incidentregistratie "
           "in ParnasSys en stelt zo nodig een gerichte aanpak op voor een plek of een moment van de dag. In 2024 "
           "registreerden we 214 incidenten, waarvan 61 in de overgang van bus naar klas. Daarom staat er vanaf "
           "augustus 2025 elke ochtend een vaste ontvangstploeg bij de busstrook.")
    alinea(doc,
           "Jaarlijks meten we de sociale veiligheid met de vragenlijsten van WMK, voor leerlingen in een aangepaste "
           "versie met pictogrammen en voorleesfunctie. In 2024 gaf 86 procent van de leerlingen aan zich veilig te "
           "voelen op school. We hebben een anti-pestcoördinator (de intern begeleider) en twee "
           "vertrouwenspersonen. Het protocol fysiek ingrijpen is in 2024 herzien; alle medewerkers die met "
           "leerlingen werken volgen elke twee jaar de training 'veilig begrenzen'. Meldingen in het kader van de "
           "meldcode huiselijk geweld en kindermishandeling lopen via de schoolmaatschappelijk werker.")
    doc.add_heading("Zicht op wat leerlingen nodig hebben", level=2)
    alinea(doc,
           "Voor iedere leerling stellen we binnen zes weken na plaatsing een ontwikkelingsperspectiefplan op, "
           "met een uitstroombestemming en leerdoelen op de leerlijnen. Het OPP wordt twee keer per jaar (januari "
           "en juni) geëvalueerd met leerling en ouders en daarna besproken in de Commissie van Begeleiding (CvB). "
           "We willen dat de leerling zelf een grotere rol krijgt in dat gesprek: vanaf 2026 presenteert iedere "
           "leerling vanaf 14 jaar een deel van het eigen OPP, met hulp van een portfolio in beeld en taal.")
    alinea(doc,
           "Ons schoolondersteuningsprofiel is in het voorjaar van 2025 herschreven. Daarin staat nu duidelijker "
           "wat we wel en niet kunnen bieden. Wel: groepen van maximaal 12 leerlingen, structuur en visuele "
           "ondersteuning, begeleiding bij prikkelverwerking, een time-in ruimte, verpleegkundige handelingen die "
           "onder een bekwaamheidsverklaring door getrainde medewerkers kunnen worden uitgevoerd. Niet: "
           "één-op-één-begeleiding gedurende de hele schooldag, en onderwijs aan leerlingen voor wie een gesloten "
           "setting nodig is. Voor die leerlingen zoeken we samen met het samenwerkingsverband en het "
           "Onderwijszorgloket een andere plek.")
    doc.add_heading("Helder communiceren", level=2)
    alinea(doc,
           "We communiceren met ouders via Parro. Elke groep plaatst minstens één keer per week foto's en een kort "
           "bericht. Brieven schrijven we op taalniveau B1; de belangrijkste brieven (start schooljaar, stage, "
           "uitstroom) zijn er ook in het Engels, Arabisch en Turks. Bij gesprekken met ouders die weinig "
           "Nederlands spreken zetten we een tolk in via de tolkentelefoon. Leerlingen krijgen hun eigen rooster en "
           "mededelingen in pictogrammen, op papier of op de tablet.")
    doc.add_heading("Doelen ambitie 1", level=2)
    doelentabel(doc, [
        ("Nieuwe leerlingen en ouders voelen zich welkom",
         "Korte vragenlijst na het landingsgesprek (schaal 1-5)",
         "Gemiddeld 4,2 of hoger",
         "Gemiddeld 4,4 of hoger"),
        ("Leerlingen voelen zich veilig op school",
         "WMK-vragenlijst sociale veiligheid (aangepaste versie), jaarlijks in maart",
         "90% voelt zich veilig",
         "92% voelt zich veilig"),
        ("Minder incidenten bij de overgang van bus naar klas",
         "Incidentregistratie ParnasSys, analyse PBS-team per kwartaal",
         "Maximaal 40 per jaar",
         "Maximaal 25 per jaar"),
        ("Leerlingen presenteren zelf een deel van hun OPP",
         "Registratie mentor bij OPP-evaluatie",
         "60% van de leerlingen vanaf 14 jaar",
         "90% van de leerlingen vanaf 14 jaar"),
        ("Ouders zijn tevreden over de informatie van school",
         "Oudertevredenheidspeiling (tweejaarlijks)",
         "Rapportcijfer 7,8",
         "Rapportcijfer 8,0"),
    ])

    # 4 Ambitie 2
    doc.add_heading("4. Ambitie 2: Leren voor straks", level=1)
    kader(doc, "De kern", [
        "Ons onderwijs bereidt voor op een leven dat zo zelfstandig mogelijk is: werken, wonen, vrije tijd en "
        "meedoen in de buurt.",
        "Elke les heeft een lijn naar later. Wat een leerling bij ons leert, moet hij of zij na school kunnen "
        "gebruiken.",
        "We leggen de lat hoog: het perspectief van een leerling is een ondergrens, geen plafond.",
    ])
    doc.add_heading("Ons onderwijsprogramma", level=2)
    alinea(doc,
           "Het onderwijsprogramma is gebaseerd op de kerndoelen voor het voortgezet speciaal onderwijs en is "
           "uitgewerkt in de CED-leerlijnen voor het zml en de leerlijnen voor de uitstroomprofielen arbeid en "
           "dagbesteding. We onderscheiden drie fasen: de oriëntatiefase (12-14 jaar), de ontwikkelfase (14-17 jaar) "
           "en de uitstroomfase (17-20 jaar). In de oriëntatiefase ligt het accent nog op de schoolse vakken "
           "(Nederlandse taal, rekenen, oriëntatie op jezelf en de wereld, bewegingsonderwijs, kunstzinnige "
           "oriëntatie). In de latere fasen neemt het aandeel praktijk toe tot ongeveer 60 procent van de lestijd in "
           "het profiel arbeid.")
    alinea(doc,
           "Voor taal en rekenen werken we met leerdoelen op de leerlijnen, gekoppeld aan functionele situaties: "
           "een boodschappenlijst lezen, een rooster begrijpen, met geld omgaan, de klok en de agenda gebruiken. "
           "Lezen oefenen we dagelijks met teksten op het eigen niveau; we gebruiken daarbij boeken uit de reeks "
           "Makkelijk Lezen Plein van de bibliotheek.")
    doc.add_heading("Praktijk en stage", level=2)
    alinea(doc,
           "In het profiel arbeid hebben we vijf praktijkrichtingen: horeca (in onze eigen lunchroom 'Het Rad', die "
           "op woensdag en donderdag open is voor de buurt), groen, schoonmaak en facilitair, logistiek/magazijn en "
           "fietstechniek. Leerlingen lopen eerst interne stage in school, daarna groepsstage onder begeleiding van "
           "een jobcoach en in de laatste twee jaar een individuele externe stage van twee tot vier dagen per week. "
           "Waar het kan, halen leerlingen een praktijkverklaring van SBB of een branchecertificaat, bijvoorbeeld "
           "Sociale Hygiëne light, HACCP-basis of het certificaat Veilig werken met de heftruck.")
    alinea(doc,
           "In het profiel dagbesteding werken leerlingen in het eigen atelier, de moestuin en de kaarsenmakerij, en "
           "vanaf 16 jaar één dag per week op een dagbestedingslocatie van een zorgpartner (zie ambitie 4). Het "
           "doel is dat de overstap na school geen sprong in het diepe is, maar een plek die de leerling al kent.")
    doc.add_heading("Wat we de komende jaren veranderen", level=2)
    alinea(doc,
           "Het curriculum moet beter aansluiten bij wat leerlingen na school tegenkomen. Daarom werken we in deze "
           "planperiode aan vier veranderingen:")
    opsomming(doc, [
        "Digitale vaardigheden als vaste leerlijn. In 2025-2026 stelt een werkgroep een leerlijn op voor alle "
        "fasen: omgaan met een tablet en smartphone, veilig online, appen met werkgever of begeleider, en voor "
        "de oudste leerlingen oefenen met DigiD en de app van de bank. Invoering vanaf augustus 2026.",
        "Wonen en vrije tijd krijgen een vast uur per week in de ontwikkel- en uitstroomfase. Denk aan koken, "
        "de was doen, met het openbaar vervoer reizen en een vrijetijdsactiviteit kiezen in de wijk.",
        "Oefenen met virtual reality. In 2026-2027 doen we een pilot met VR-brillen waarmee leerlingen werksituaties "
        "oefenen (een sollicitatiegesprek, een klant helpen, een drukke werkplek) voordat ze op stage gaan. We "
        "evalueren de pilot in juni 2027 en beslissen dan of we doorgaan.",
        "Hogere verwachtingen in het OPP. Bij elke OPP-evaluatie stellen we de vraag: kan deze leerling een stap "
        "verder dan we nu denken? Als het antwoord misschien is, plannen we een proefstage in het hogere profiel.",
    ])
    doc.add_heading("Burgerschap", level=2)
    alinea(doc,
           "Burgerschap is bij ons heel concreet: weten wie je bent, weten wat je rechten en plichten zijn en "
           "meedoen in je buurt. We hebben een leerlingenraad met één vertegenwoordiger per groep in de ontwikkel- "
           "en uitstroomfase, die zes keer per jaar met de directeur vergadert en een eigen budget van 750 euro per "
           "jaar heeft. Rond verkiezingen gebruiken we het lesmateriaal van ProDemos in makkelijke taal en houden we "
           "een schoolverkiezing met echte stembiljetten. Vanaf 2026 doet iedere leerling in de uitstroomfase een "
           "'buurtklus' van zes weken bij een organisatie in de Stedenwijk, zoals de voedselbank of het buurthuis. "
           "In de lessen over relaties en seksualiteit werken we met het materiaal van Rutgers voor het speciaal "
           "onderwijs, en bespreken we ook hoe je omgaat met mensen die anders denken of leven dan jij.")
    doc.add_heading("Resultaten en kwaliteit op orde", level=2)
    alinea(doc,
           "De inspectie heeft ons onderwijs in 2023 als voldoende beoordeeld. We willen dat zo houden en daarnaast "
           "het verbeterpunt van de inspectie oppakken. Vanaf 2025-2026 maken de orthopedagoog en de intern "
           "begeleider twee keer per jaar een schoolanalyse: op hoeveel leerdoelen per fase is voldoende groei, "
           "welke groepen blijven achter, en wat zegt dat over ons onderwijs? Die analyse bespreken we in het team "
           "en leidt tot afspraken in het jaarplan (zie hoofdstuk 7).")
    doc.add_heading("Doelen ambitie 2", level=2)
    doelentabel(doc, [
        ("Leerlingen stromen uit op of boven hun perspectief",
         "Vergelijking uitstroombestemming met perspectief bij start OPP",
         "80% op of boven perspectief",
         "85% op of boven perspectief"),
        ("Uitstroom is bestendig",
         "Navraag één jaar na uitstroom (jobcoach, telefonisch of bij oud-leerlingenavond)",
         "90% zit nog op de plek",
         "90% zit nog op de plek"),
        ("Meer leerlingen in het profiel arbeid halen een certificaat of praktijkverklaring",
         "Registratie stagecoördinator",
         "60% van de uitstromers arbeid",
         "75% van de uitstromers arbeid"),
        ("Leerlijn digitale vaardigheden is ingevoerd",
         "Leerlijn vastgesteld en opgenomen in ParnasSys; lesobservaties",
         "Ingevoerd in alle fasen",
         "Geëvalueerd en bijgesteld"),
        ("Pilot virtual reality",
         "Evaluatie met leerlingen, jobcoaches en stagebedrijven",
         "Pilot afgerond, besluit genomen",
         "Bij positief besluit: onderdeel stagevoorbereiding"),
        ("Groei op de leerlijnen wordt op schoolniveau geanalyseerd",
         "Schoolanalyse twee keer per jaar, besproken in team",
         "4 analyses gemaakt en besproken",
         "Analyse leidt aantoonbaar tot bijstelling aanbod"),
    ])

    # 5 Ambitie 3
    doc.add_heading("5. Ambitie 3: Een team dat blijft leren", level=1)
    kader(doc, "De kern", [
        "Onze leerlingen hebben recht op vakmensen die weten wat ze doen en waarom.",
        "We leren van en met elkaar, in de school en daarbuiten.",
        "We geven altijd het beste van onszelf, en we zorgen er ook voor dat we dat kunnen blijven doen.",
    ])
    alinea(doc,
           "Werken in het vso is mooi en zwaar tegelijk. Het verzuim was in 2024 te hoog, en de krapte op de "
           "arbeidsmarkt voelen we elk jaar bij de start van het schooljaar. Deze ambitie gaat dus over twee dingen: "
           "we willen goede mensen vinden en houden, en we willen dat zij steeds beter worden in hun vak.")
    doc.add_heading("Samen leren in leerteams", level=2)
    alinea(doc,
           "Vanaf schooljaar 2025-2026 werken we met vier leerteams die op de donderdagmiddag om de week bij elkaar "
           "komen: een leerteam per fase en een leerteam dagbesteding. Elk leerteam kiest aan het begin van het jaar "
           "een onderzoeksvraag die voortkomt uit de schoolanalyse, bijvoorbeeld 'Hoe vergroten we de "
           "zelfstandigheid van leerlingen bij de overgang van interne naar externe stage?'. In juni presenteren "
           "de leerteams hun opbrengst aan elkaar tijdens de 'Schoepenrad-middag'. Daarnaast gaat iedere leraar "
           "minstens twee keer per jaar bij een collega kijken, met een vooraf afgesproken kijkvraag.")
    doc.add_heading("Scholing", level=2)
    alinea(doc,
           "Naast de leerteams volgen medewerkers scholing die past bij onze leerlingen. In de periode 2025-2027 "
           "volgt het hele team de scholing 'Autisme en prikkelverwerking' van een extern bureau (vier "
           "bijeenkomsten). Onderwijsassistenten volgen in 2026 de cursus 'Begeleiden van praktijklessen' bij de "
           "ASG Academie. Twee leraren zijn gestart met de master Educational Needs bij Hogeschool Windesheim; "
           "in deze planperiode willen we dat nog twee leraren dit doen. Het scholingsbudget (ruim 41.000 euro per "
           "jaar) wordt voor de helft besteed aan teamscholing en voor de helft aan individuele scholing.")
    doc.add_heading("Bevoegd voor de klas", level=2)
    alinea(doc,
           "Op dit moment werken vier leraren bij ons die (nog) niet bevoegd zijn. Drie van hen volgen een "
           "zij-instroomtraject, één volgt de deeltijdopleiding leraar basisonderwijs. Iedere onbevoegde leraar "
           "heeft een coach die gecertificeerd is als schoolopleider, krijgt twee uur per week ontwikkeltijd en een "
           "jaarlijkse observatie met de Kijkwijzer vso. De directeur bespreekt de voortgang elk half jaar.")
    doc.add_heading("Gezond blijven werken", level=2)
    alinea(doc,
           "Om het verzuim terug te dringen hebben we in 2025 samen met de arbodienst en de PMR een plan gemaakt. De "
           "belangrijkste afspraken zijn: elke medewerker heeft twee keer per jaar een kort 'hoe gaat het echt'-"
           "gesprek met de leidinggevende, los van de gesprekscyclus; pauzes worden niet meer gebruikt voor "
           "surveillance maar worden afgedekt door een pauzerooster met onderwijsassistenten en stagiairs; en bij "
           "een tweede ziekmelding binnen een half jaar volgt altijd een gesprek met de bedrijfsarts. Werkdrukmiddelen "
           "zetten we in voor twee extra onderwijsassistenten, zodat leraren één middag per week zonder groep zijn.")
    alinea(doc,
           "Daarnaast kunnen medewerkers gebruikmaken van het vitaliteitsprogramma: een uur per week samen sporten "
           "in onze gymzaal onder leiding van de vakleraar, en een jaarlijkse vitaliteitscheck. Bij medewerkers van "
           "60 jaar en ouder bespreken we in het jaargesprek wat zij nodig hebben om het werk goed vol te houden.")
    doc.add_heading("De gesprekscyclus", level=2)
    alinea(doc,
           "Iedere medewerker heeft elk jaar een ontwikkelgesprek en eens in de drie jaar een beoordelingsgesprek. "
           "Voorafgaand aan het beoordelingsgesprek is er een lesbezoek door de leidinggevende en vult de "
           "medewerker een zelfevaluatie in aan de hand van de bekwaamheidseisen. Alle gesprekken worden "
           "vastgelegd in het digitale personeelsdossier in AFAS. In 2024 was de cyclus voor 78 procent van de "
           "medewerkers volledig; dat moet 100 procent zijn.")
    doc.add_heading("Doelen ambitie 3", level=2)
    doelentabel(doc, [
        ("Het ziekteverzuim daalt",
         "Verzuimpercentage (exclusief zwangerschapsverlof) uit het verzuimsysteem",
         "Lager dan 6,0%",
         "Lager dan 5,5%"),
        ("Alle onbevoegde leraren zijn op weg naar een bevoegdheid",
         "Overzicht directie, halfjaarlijks",
         "Alle onbevoegden in opleiding; 2 bevoegd",
         "Alle huidige onbevoegden bevoegd"),
        ("De gesprekscyclus is volledig",
         "Registratie in AFAS",
         "95% van de medewerkers",
         "100% van de medewerkers"),
        ("Leerteams leveren bruikbare opbrengsten",
         "Presentaties op de Schoepenrad-middag; afspraken in jaarplan",
         "Elk leerteam 1 opbrengst per jaar",
         "Minstens 3 opbrengsten vastgelegd als schoolafspraak"),
        ("Medewerkers ervaren de werkdruk als hanteerbaar",
         "Medewerkerstevredenheidspeiling, vraag werkdruk (schaal 1-10)",
         "6,8",
         "7,2"),
    ])

    # 6 Ambitie 4
    doc.add_heading("6. Ambitie 4: Samen met de stad", level=1)
    kader(doc, "De kern", [
        "Onze leerlingen gaan na school niet 'de wereld in': ze zijn er al. Daarom halen we de stad de school in "
        "en brengen we onze leerlingen de stad in.",
        "Ouders zijn onze eerste partners. Zij kennen hun kind het langst en blijven het langst.",
    ])
    doc.add_heading("Ouders", level=2)
    alinea(doc,
           "Ouders zijn drie keer per jaar bij een gesprek over hun kind: bij de twee OPP-evaluaties en bij een "
           "kennismakings- of startgesprek in september. Voor leerlingen vanaf 16 jaar stellen we samen met ouders en "
           "de leerling een transitieplan op, waarin staat welke stappen er nodig zijn voor werk of dagbesteding, "
           "wonen, inkomen en vervoer. Bij dat gesprek schuift waar mogelijk een consulent van de gemeente Almere "
           "of het UWV aan.")
    alinea(doc,
           "Uit de oudertevredenheidspeiling bleek dat ouders graag eerder willen weten welke mogelijkheden er na "
           "school zijn. Daarom organiseren we vanaf 2025-2026 twee keer per jaar de avond 'Na Het Schoepenrad', waar "
           "zorgaanbieders, werkgevers, het UWV en oud-leerlingen met hun ouders vertellen hoe het na school verder "
           "ging. Ouders van leerlingen vanaf 14 jaar krijgen daarvoor een persoonlijke uitnodiging.")
    doc.add_heading("Werkgevers en zorgaanbieders", level=2)
    alinea(doc,
           "Voor stages en uitstroom werken we samen met een vaste kring van partners. Voor het profiel arbeid zijn dat "
           "onder meer het Werkgeversservicepunt Flevoland, het UWV, de Entree-opleiding van MBO College Almere en "
           "ruim veertig leerbedrijven, van supermarkten en hoveniers tot een fietsenwinkel en de facilitaire dienst "
           "van het Flevoziekenhuis. Voor het profiel dagbesteding werken we samen met Zorggroep Almere, 's Heeren "
           "Loo en twee kleinere zorgboerderijen in Almere Hout. Met deze zorgaanbieders hebben we in 2024 afgesproken "
           "dat leerlingen vanaf 16 jaar één dag per week bij hen meedraaien en dat er bij de overdracht een "
           "warme overdracht plaatsvindt, met de mentor erbij.")
    alinea(doc,
           "We willen het aantal stageplekken niet zozeer vergroten als wel vaster maken. De jobcoaches bezoeken "
           "daarom elk stagebedrijf minstens twee keer per jaar, ook als er op dat moment geen leerling stage "
           "loopt, en we organiseren jaarlijks in mei een bedankontbijt in de lunchroom voor alle leerbedrijven.")
    doc.add_heading("In de wijk", level=2)
    alinea(doc,
           "De lunchroom 'Het Rad' is twee dagen per week open voor buurtbewoners. Sinds 2024 koken leerlingen "
           "elke eerste donderdag van de maand een maaltijd voor ouderen uit de Stedenwijk, samen met De Schoor, "
           "de welzijnsorganisatie in de wijk. De groenploeg onderhoudt in opdracht van de gemeente een deel van "
           "het park naast de school. In deze planperiode willen we daar twee vaste buurtactiviteiten aan "
           "toevoegen, waaronder een fietsreparatie-spreekuur voor buurtbewoners op zaterdagochtend.")
    doc.add_heading("Samen met andere ASG-scholen", level=2)
    alinea(doc,
           "Binnen de ASG trekken we samen op met de praktijkscholen en de andere scholen voor speciaal onderwijs. "
           "De stagecoördinatoren van deze scholen komen vier keer per jaar bij elkaar om stageadressen, "
           "ervaringen met werkgevers en lesmateriaal voor stagevoorbereiding uit te wisselen. Met twee ASG-"
           "praktijkscholen hebben we in 2025 afspraken gemaakt over een proefplaatsing van acht weken voor "
           "leerlingen van wie we denken dat zij in het praktijkonderwijs verder kunnen komen. Omgekeerd kunnen "
           "leerlingen van de praktijkscholen bij ons een dagdeel meelopen als blijkt dat onze setting beter past. "
           "Zo willen we dat geen enkele leerling tussen wal en schip valt.")
    doc.add_heading("Medezeggenschap", level=2)
    alinea(doc,
           "Onze medezeggenschapsraad heeft vier leden: twee ouders en twee medewerkers. De MR vergadert zes keer per "
           "jaar en heeft in het voorjaar van 2025 een themavergadering gewijd aan de uitkomsten van de "
           "oudertevredenheidspeiling. De ouderavond 'Na Het Schoepenrad' is een idee uit die vergadering. We "
           "willen de MR ook bij de evaluatie van dit plan halverwege (voorjaar 2027) actief betrekken.")
    doc.add_heading("Doelen ambitie 4", level=2)
    doelentabel(doc, [
        ("Ouders weten eerder welke mogelijkheden er na school zijn",
         "Oudertevredenheidspeiling, onderdeel informatie over uitstroom",
         "Rapportcijfer 7,2",
         "Rapportcijfer 7,8"),
        ("Iedere leerling vanaf 16 jaar heeft een transitieplan",
         "Controle bij OPP-evaluatie in juni",
         "90% van de leerlingen",
         "100% van de leerlingen"),
        ("Vaste stageplekken",
         "Aantal leerbedrijven waarmee we minstens drie jaar samenwerken",
         "30 leerbedrijven",
         "40 leerbedrijven"),
        ("Warme overdracht naar dagbesteding",
         "Registratie mentor bij uitstroom",
         "100% van de uitstromers dagbesteding",
         "100% van de uitstromers dagbesteding"),
        ("Meer activiteiten voor en met de wijk",
         "Jaarverslag",
         "1 nieuwe vaste buurtactiviteit",
         "2 nieuwe vaste buurtactiviteiten"),
    ])

    # 7 Kwaliteitszorg
    doc.add_heading("7. Hoe we zorgen dat het werkt", level=1)
    alinea(doc,
           "Een plan is pas iets waard als we bijhouden of het werkt. Onze kwaliteitszorg volgt een vaste "
           "jaarcyclus, die aansluit bij de kwaliteitscyclus en de kwartaalrapportages van de ASG.")
    opsomming(doc, [
        "Augustus: het jaarplan wordt vastgesteld. Daarin staan per ambitie de acties voor dat schooljaar, met "
        "een eigenaar en een datum.",
        "Oktober: analyse van de uitstroom van het afgelopen schooljaar en van de bestendigheid één jaar na "
        "uitstroom.",
        "Januari: eerste OPP-evaluatie, eerste schoolanalyse van de groei op de leerlijnen, tussentijdse "
        "bespreking van het jaarplan in het managementteam.",
        "Maart: WMK-vragenlijsten sociale veiligheid; om het jaar de tevredenheidspeilingen voor ouders en "
        "medewerkers.",
        "Juni: tweede OPP-evaluatie en schoolanalyse, presentaties van de leerteams, evaluatie van het jaarplan "
        "met team en MR. De uitkomsten staan in het jaarverslag.",
    ])
    alinea(doc,
           "Eén keer in de planperiode (in 2026-2027) vragen we een collegiale visitatie aan bij een andere ASG-school "
           "voor speciaal onderwijs, met de vraag of onze schoolanalyse tot de goede conclusies leidt. De Commissie "
           "van Begeleiding bewaakt de kwaliteit van de OPP's en stelt jaarlijks de uitstroomgegevens vast. De "
           "directeur rapporteert per kwartaal over de voortgang aan het bestuur.")

    # 8 Openbaar karakter
    doc.add_heading("8. Een openbare school voor iedereen", level=1)
    alinea(doc,
           "Het Schoepenrad is een openbare school. Iedere leerling die op ons onderwijs is aangewezen, is welkom, "
           "ongeacht geloof, achtergrond of thuissituatie. Onze leerlingen komen uit meer dan twintig verschillende "
           "landen van herkomst. Dat zie je terug in de school: in de groepen besteden we aandacht aan feesten zoals "
           "Kerst, het Suikerfeest, Divali en Keti Koti, waarbij leerlingen zelf vertellen hoe zij thuis vieren. Er "
           "is een stilteruimte die leerlingen en medewerkers kunnen gebruiken om te bidden of tot rust te komen. "
           "Ouders kunnen op verzoek lessen godsdienstig of humanistisch vormingsonderwijs voor hun kind laten "
           "verzorgen; in 2024-2025 was daar geen vraag naar. In het team bespreken we jaarlijks hoe we omgaan met "
           "verschillen in opvattingen over bijvoorbeeld seksualiteit en gender, zodat leerlingen overal in de "
           "school dezelfde boodschap horen: je mag zijn wie je bent.")

    # 9 Geld en middelen
    doc.add_heading("9. Geld en middelen", level=1)
    alinea(doc,
           "De school heeft een gezonde financiële positie. De begroting voor 2025 bedraagt ongeveer 4,9 miljoen "
           "euro, waarvan 84 procent personele lasten. De acties in dit plan passen binnen de meerjarenbegroting. "
           "Voor de pilot virtual reality reserveren we in 2026 eenmalig 18.000 euro; de herinrichting van de hal "
           "bekostigen we uit het onderhoudsbudget. De werkdrukmiddelen (circa 96.000 euro per jaar) zetten we in "
           "zoals beschreven bij ambitie 3.")

    # 10 Vaststelling
    doc.add_heading("10. Vaststelling", level=1)
    alinea(doc,
           "Dit schoolplan is in concept besproken met het team op 13 mei 2025. De medezeggenschapsraad heeft op "
           "24 juni 2025 ingestemd met het schoolplan. Het plan is vastgesteld door het College van Bestuur van de "
           "Almeerse Scholen Groep op 8 juli 2025.")
    tabel = doc.add_table(rows=3, cols=2)
    tabel.style = "Table Grid"
    gegevens = [
        ("Namens de medezeggenschapsraad", "Namens het bevoegd gezag"),
        ("M. Tuinstra, voorzitter MR", "College van Bestuur ASG"),
        ("Datum: 24 juni 2025", "Datum: 8 juli 2025"),
    ]
    for i, (a, b) in enumerate(gegevens):
        tabel.cell(i, 0).text = a
        tabel.cell(i, 1).text = b
    doc.add_paragraph()

    # Bijlage
    doc.add_heading("Bijlage A. Waar vindt u wat?", level=1)
    tabel = doc.add_table(rows=1, cols=2)
    tabel.style = "Light List Accent 2"
    _kopregel_herhalen(tabel.rows[0])
    tabel.cell(0, 0).text = "Wettelijk onderdeel"
    tabel.cell(0, 1).text = "Plaats in dit plan"
    for a, b in [
        ("Onderwijsprogramma en kerndoelen", "Ambitie 2, Ons onderwijsprogramma; Praktijk en stage"),
        ("Burgerschap", "Ambitie 2, Burgerschap"),
        ("Sociale veiligheid", "Ambitie 1, Veiligheid en gedrag"),
        ("Schoolondersteuningsprofiel", "Ambitie 1, Zicht op wat leerlingen nodig hebben"),
        ("Personeelsbeleid", "Ambitie 3"),
        ("Kwaliteitszorg", "Hoofdstuk 7"),
        ("Openbaar karakter", "Hoofdstuk 8"),
        ("Instemming MR", "Hoofdstuk 10"),
    ]:
        cellen = tabel.add_row().cells
        cellen[0].text = a
        cellen[1].text = b

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_211_vso_het_schoepenrad.docx")
