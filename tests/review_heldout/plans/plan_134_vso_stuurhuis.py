# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van VSO Het Stuurhuis (Almere), cluster 4.

Zelfstandig script: build(path) schrijft het Word-document met python-docx.
Opbouw volgens Koers 22: per kernwaarde en per venster een hoofdstuk, elk met een kader
waarin de doelen van het bestuur letterlijk staan, gevolgd door het antwoord van de school.
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

BLAUW = RGBColor(0x1F, 0x3A, 0x5F)

# Letterlijke doelen uit Koers 22 ("Waar willen we staan?")
KADERS = {
    "gezien": [
        "De ASG-cultuur is gastvrij, iedereen voelt zich welkom.",
        "Iedereen bij ASG is waardevol en wordt gezien.",
        "We hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.",
    ],
    "open": [
        "ASG gaat respectvol om met de mensen binnen en buiten de organisatie.",
        "In onze communicatie zijn we transparant en toegankelijk.",
        "Met een open blik kijken we naar de verscheidenheid van leerlingen en medewerkers.",
    ],
    "vooruit": [
        "We werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.",
        "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        "We geven gericht inhoud aan ons onderwijs langs de drie horizonten van onze innovatiestrategie "
        "(continue veranderingen, fundamentele veranderingen, radicale veranderingen).",
    ],
    "ambitieus": [
        "We hebben hoge verwachtingen van onze leerlingen en van elkaar.",
        "We zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.",
        "We geven altijd het beste van onszelf.",
    ],
    "v1": [
        "De kwaliteit van ons onderwijs is en blijft op orde: het aantal onvoldoende presterende scholen en "
        "afdelingen van ASG is gereduceerd en er zijn geen zeer zwakke scholen meer.",
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en is zichtbaar binnen ASG en de scholen.",
        "ASG heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.",
        "We maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
        "leerlingen een passende onderwijsplek hebben.",
        "We hebben zicht op wat onze leerlingen nodig hebben.",
        "Wij ontwikkelen onderwijs, passend bij de belevingswereld van onze leerlingen.",
        "Alle scholen hebben een toekomstgericht curriculum.",
        "Scholen hebben in hun (zorg)profiel duidelijk beschreven in welke leer- en zorgbehoeftes zij kunnen voorzien.",
    ],
    "v2": [
        "Medewerkers voelen zich betrokken bij en trots op ASG.",
        "ASG heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers.",
        "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van "
        "bijeenkomsten, en het volgen cursussen en programma\u2019s van de ASG Academie.",
        "Medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de leercultuur van ASG.",
        "Medewerkers maken gebruik van de mogelijkheden van interne mobiliteit.",
        "Medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien.",
        "Alle onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid.",
        "ASG heeft vitale werknemers.",
        "We zetten de talenten van onze medewerkers in voor de gehele organisatie.",
        "De jaarlijkse gesprekscyclus is ASG-breed ge\u00efmplementeerd.",
    ],
    "v3": [
        "Binnen ASG ontmoeten collega\u2019s van alle scholen en het servicebureau elkaar regelmatig.",
        "We delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen.",
        "Vaksecties en werkgroepen staan met elkaar in contact en wisselen bovenschools expertise uit.",
        "Alle medewerkers zijn op de hoogte van de inrichting van processen en systemen binnen scholen en servicebureau.",
        "Medewerkers van scholen en servicebureau weten van elkaar wie ze moeten benaderen voor welke expertise.",
        "Als gevolg van onze schaalgrootte beschikken we over interne expertise op veel beleidsgebieden, waardoor "
        "we een integraal en samenhangend aanbod aan onze scholen kunnen bieden.",
        "We hebben een divers en op elkaar aansluitend aanbod en werken met verschillende onderwijsconcepten en "
        "-profielen, zodat wij alle leerlingen een passende onderwijsloopbaan kunnen bieden.",
    ],
    "v4": [
        "Ouders zijn betrokken bij het leerproces van hun kind.",
        "De medezeggenschap is een klankbord voor idee\u00ebn en een sparringpartner voor directies of bestuur bij "
        "voorgenomen beleid en uitvoering van beleid.",
        "ASG-brede medezeggenschap is belegd in een overkoepelende medezeggenschapsraad.",
        "ASG werkt proactief samen met een breed scala aan partners.",
        "ASG is een belangrijke gesprekspartner voor de gemeente, collega-schoolbesturen en maatschappelijke organisaties.",
        "Scholen werken nauw samen met maatschappelijke partners in de nabije omgeving.",
        "ASG werkt samen met collega-schoolbesturen en gemeente bij de aanpak van regionale problemen in het "
        "onderwijs, zoals het lerarentekort.",
        "ASG maakt deel uit, en is gesprekspartner van landelijke netwerken, organisaties en overheden.",
    ],
}


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_def = defaults.find(qn("w:rPrDefault"))
        if rpr_def is not None:
            rpr = rpr_def.find(qn("w:rPr"))
            if rpr is not None:
                lang = rpr.find(qn("w:lang"))
                if lang is None:
                    lang = OxmlElement("w:lang")
                    rpr.append(lang)
                lang.set(qn("w:val"), "nl-NL")
    for naam in ("Normal", "Heading 1", "Heading 2", "Title", "Subtitle"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _veld(paragraph, instructie, placeholder):
    r1 = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instructie
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r1._r.append(b)
    r1._r.append(i)
    r1._r.append(s)
    r2 = paragraph.add_run(placeholder)
    r3 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._r.append(e)
    return r2


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan VSO Het Stuurhuis 2024-2028  \u2013  ")
    r.font.size = Pt(8)
    ph = _veld(p, "PAGE", "1")
    ph.font.size = Pt(8)


def _shading(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _kader(doc, titel, doelen):
    """Tabel met \u00e9\u00e9n cel: de doelen van Koers 22 letterlijk."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cel = t.cell(0, 0)
    _shading(cel, "E8EEF6")
    p = cel.paragraphs[0]
    r = p.add_run(titel)
    r.bold = True
    r.font.color.rgb = BLAUW
    p2 = cel.add_paragraph()
    r2 = p2.add_run("Koers 22 \u2013 Waar willen we staan?")
    r2.italic = True
    r2.font.size = Pt(9.5)
    for d in doelen:
        pp = cel.add_paragraph(style="List Bullet")
        rr = pp.add_run(d)
        rr.font.size = Pt(10)
    doc.add_paragraph()


def _tabel(doc, rijen, breedtes=None, klein=False):
    t = doc.add_table(rows=len(rijen), cols=len(rijen[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, rij in enumerate(rijen):
        for j, tekst in enumerate(rij):
            cel = t.cell(i, j)
            cel.text = ""
            run = cel.paragraphs[0].add_run(tekst)
            run.font.size = Pt(8.5 if klein else 9.5)
            if i == 0:
                run.bold = True
                _shading(cel, "D5DFEC")
            if breedtes:
                cel.width = Cm(breedtes[j])
    trpr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)
    doc.add_paragraph()
    return t


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _bewaar(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 7, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


# ---------------------------------------------------------------- inhoud
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    for naam in ("Heading 1", "Heading 2"):
        doc.styles[naam].font.color.rgb = BLAUW
        doc.styles[naam].font.name = "Arial"

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.0)
    _voettekst(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028"
    cp.author = "I. Rijkaart"
    cp.last_modified_by = "Administratie Stuurhuis"
    cp.created = datetime.datetime(2024, 4, 15, 8, 45, 0)
    cp.modified = datetime.datetime(2024, 7, 2, 9, 0, 0)
    cp.revision = 12

    # ---------------- voorblad
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph("Schoolplan 2024 \u2013 2028", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph("VSO Het Stuurhuis", style="Subtitle")
    for regel in (
        "School voor voortgezet speciaal onderwijs, cluster 4",
        "Uitstroomprofielen arbeidsmarktgericht en vervolgonderwijs",
        "Openbare school van de Almeerse Scholen Groep",
        "Almere Stad-Oost",
        "",
        "Planperiode: schooljaar 2024-2025 tot en met schooljaar 2027-2028",
        "Versie 1.3 \u2013 juli 2024",
    ):
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph("Inhoudsopgave", style="Subtitle")
    p = doc.add_paragraph()
    _veld(p, 'TOC \\o "1-2" \\h \\z \\u', "Inhoudsopgave bijwerken: rechtermuisknop > Veld bijwerken.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- 1 inleiding
    doc.add_heading("1. Inleiding", level=1)
    _p(doc,
       "Dit is het schoolplan van VSO Het Stuurhuis voor de periode 2024-2028. Het plan beschrijft waar we als "
       "school staan, waar we over vier jaar willen staan en wat we daarvoor gaan doen. Het is tegelijk onze "
       "verantwoording aan het bestuur, de inspectie, ouders en leerlingen.")
    _p(doc,
       "We hebben ervoor gekozen de opbouw van Koers 22 van de Almeerse Scholen Groep te volgen. Na een hoofdstuk "
       "over onze school en ons onderwijsprogramma volgt per kernwaarde en per venster een hoofdstuk. Elk hoofdstuk "
       "begint met een kader waarin we de doelen uit Koers 22 letterlijk overnemen. Daaronder staat wat die "
       "doelen voor Het Stuurhuis betekenen. Niet elk doel krijgt evenveel aandacht: op sommige punten hebben "
       "we in deze periode duidelijke plannen, op andere punten sluiten we vooral aan bij wat het bestuur "
       "doet. In hoofdstuk 11 staat de meerjarenplanning, die de basis is voor onze jaarplannen.")
    _p(doc,
       "Het plan is opgesteld door de directie, met input van de teamleiders, de commissie van begeleiding en "
       "het team tijdens de studiedagen van 7 februari en 10 april 2024. Leerlingen hebben via de "
       "leerlingenraad meegedacht over de hoofdstukken Gezien worden en Vooruitstrevend.")
    _p(doc, "Ilse Rijkaart, directeur")

    # ---------------- 2 onze school
    doc.add_heading("2. Onze school en ons onderwijs", level=1)
    doc.add_heading("2.1 Wie zijn onze leerlingen?", level=2)
    _p(doc,
       "Het Stuurhuis is de school voor voortgezet speciaal onderwijs (cluster 4) van ASG. Op 1 oktober 2023 "
       "telde de school 168 leerlingen van 12 tot 20 jaar, verdeeld over 15 groepen van maximaal twaalf "
       "leerlingen. 79% van de leerlingen is jongen. Alle leerlingen hebben een toelaatbaarheidsverklaring van "
       "het samenwerkingsverband. Het gaat om jongeren met ernstige gedrags- en/of psychiatrische problematiek: "
       "vaak ADHD of autisme, soms in combinatie met hechtingsproblematiek of trauma. De meesten hebben al twee "
       "of meer scholen achter de rug; een derde heeft voor de aanmelding een periode thuisgezeten. Ongeveer "
       "de helft van de leerlingen krijgt naast school jeugdhulp.")
    doc.add_heading("2.2 Onderbouw en twee uitstroomprofielen", level=2)
    _p(doc,
       "In de onderbouw (leerjaar 1 en 2) krijgen leerlingen een brede basis: de algemene vakken op vmbo-niveau, "
       "praktijkvakken, sport en sociale vaardigheden. Aan het eind van leerjaar 2 stelt de commissie van "
       "begeleiding, met leerling en ouders, het uitstroomprofiel vast.")
    _tabel(doc, [
        ["", "Profiel vervolgonderwijs", "Profiel arbeidsmarktgericht"],
        ["Doel", "Diploma vmbo (basis, kader of theoretische leerweg) en doorstroom naar mbo",
         "Duurzaam betaald werk, eventueel met Entree-diploma of praktijkverklaringen"],
        ["Leerlingen (okt. 2023)", "97", "71"],
        ["Programma", "Examenprogramma vmbo; basis en kader in eigen school (profiel Dienstverlening en "
                      "producten), theoretische leerweg via staatsexamen",
         "Nederlands, rekenen, Engels op eigen niveau; praktijkvakken horeca, fietstechniek, logistiek en "
         "groen; interne en externe stages"],
        ["Certificering", "Vmbo-diploma, deelcertificaten staatsexamen",
         "Branchecertificaten (heftruck, VCA, hygi\u00ebne), praktijkverklaringen mbo, Entree-opleiding met "
         "ROC van Flevoland"],
    ], breedtes=[3.2, 6.4, 6.4])
    _p(doc,
       "Leerlingen hebben 30 lesuren per week, waarvan vier uur sport en bewegen. Voor Nederlands werken we met "
       "Nieuw Nederlands, voor wiskunde met Getal & Ruimte en voor Engels met Stepping Stones; in het profiel "
       "arbeidsmarktgericht werken we met eigen materiaal dat is afgestemd op de referentieniveaus 1F en 2F. "
       "Loopbaanori\u00ebntatie loopt vanaf leerjaar 1 via Qompas en een eigen loopbaanportfolio. Het aanbod sluit "
       "aan op de kerndoelen voor het vso en de eisen van het vmbo-examenprogramma; het programma van toetsing "
       "en afsluiting wordt jaarlijks vastgesteld.")
    doc.add_heading("2.3 Waar we staan", level=2)
    _p(doc,
       "De inspectie heeft de school in 2022 onderzocht en de kwaliteit voldoende bevonden. De uitstroom "
       "voldoet aan de normen, maar we zijn er zelf niet tevreden over. In 2022-2023 verlieten 50 leerlingen de "
       "school. Van de 31 leerlingen in het profiel vervolgonderwijs behaalden er 24 een diploma (77%). Van de "
       "19 leerlingen in het profiel arbeidsmarktgericht vonden er 13 betaald werk. Een jaar na uitstroom zat "
       "71% van de oud-leerlingen nog op de plek waar ze naartoe waren gegaan. Daarnaast zien we een "
       "toename van incidenten met fysieke agressie, een wachtlijst van veertien leerlingen in september 2023 "
       "en vier leraren die nog niet bevoegd zijn.")

    # ---------------- 3 gezien worden
    doc.add_heading("3. Gezien worden", level=1)
    _kader(doc, "Kernwaarde Gezien worden", KADERS["gezien"])
    doc.add_heading("Wat dit betekent voor Het Stuurhuis", level=2)
    _p(doc,
       "Voor onze leerlingen is gezien worden geen bijzaak. Veel van hen zijn op eerdere scholen vooral gezien "
       "als probleem. Bij ons moeten ze merken dat iemand hen kent en naar hen kijkt voordat er iets misgaat. "
       "Dat begint bij de voordeur.")
    _bullets(doc, [
        "Elke ochtend staat de mentor van 8.25 tot 8.40 uur bij de deur van het lokaal. Leerlingen doen een "
        "korte check-in: ze geven met een kaart aan hoe ze binnenkomen. Leerlingen met een gedragsdoel in het "
        "OPP doen aan het eind van de dag ook een check-out.",
        "Voordat een nieuwe leerling start, brengt de mentor een huisbezoek. In de eerste week krijgt de "
        "leerling een buddy uit de eigen groep.",
        "De receptie is bemand door de conci\u00ebrge en een leerling uit het profiel arbeidsmarktgericht, die "
        "daar een interne stage gastheerschap loopt. Bezoekers worden opgehaald en rondgeleid, ook "
        "stagebegeleiders en ouders die voor het eerst komen.",
        "Elke groep heeft een vaste mentor en een vaste onderwijsassistent; leerlingen wisselen zo weinig "
        "mogelijk van lokaal.",
    ])
    _p(doc,
       "Wat een leerling nodig heeft, staat in het ontwikkelingsperspectiefplan (OPP). Het OPP wordt opgesteld "
       "binnen zes weken na de start en twee keer per jaar ge\u00ebvalueerd in een gesprek met leerling, ouders "
       "en mentor. Vanaf schooljaar 2024-2025 schrijft de leerling zelf het eerste deel van het OPP: wat gaat "
       "goed, wat is lastig, wat wil ik bereiken. De mentor helpt daarbij.")
    doc.add_heading("Veiligheid", level=2)
    _p(doc,
       "Gezien worden en veilig zijn horen bij elkaar. We werken schoolbreed met SWPBS (School Wide Positive "
       "Behavior Support). Onze drie gedragsverwachtingen zijn: Veilig, Samen en Verantwoordelijk. Voor elke "
       "ruimte in de school (lokaal, gang, kantine, praktijklokaal, buitenterrein) zijn ze uitgewerkt in gedrag "
       "dat we aanleren, zien en belonen. Het SWPBS-team (vier docenten, een gedragswetenschapper en een "
       "teamleider) analyseert elke maand de incidentregistratie in Magister en stelt de aanpak bij.")
    _p(doc,
       "In schooljaar 2022-2023 registreerden we 142 incidenten met fysieke agressie. Na elk incident volgt een "
       "herstelgesprek tussen de betrokken leerlingen en, waar nodig, met de medewerker. De time-outruimte "
       "gebruiken we alleen volgens het protocol; elke plaatsing wordt dezelfde dag met ouders besproken. Ons "
       "doel is dat het aantal incidenten met fysieke agressie in 2026-2027 minstens 25% lager ligt dan in "
       "2022-2023. In de jaarlijkse veiligheidsmonitor van november gaf in 2023 78% van de leerlingen aan zich "
       "veilig te voelen op school; in 2027 willen we dat minstens 85% is. Het schoolveiligheidsplan, de "
       "meldcode huiselijk geweld en kindermishandeling en het protocol agressie en geweld worden elk jaar in "
       "augustus met het hele team doorgenomen.")

    # ---------------- 4 open
    doc.add_heading("4. Open", level=1)
    _kader(doc, "Kernwaarde Open", KADERS["open"])
    doc.add_heading("Wat dit betekent voor Het Stuurhuis", level=2)
    _p(doc,
       "Wij gaan respectvol om met de mensen binnen en buiten onze school. In onze communicatie zijn wij "
       "transparant en toegankelijk. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en "
       "medewerkers.")
    _p(doc,
       "Als openbare school is bij ons iedereen welkom, ongeacht achtergrond, geloof of afkomst. Burgerschap is "
       "bij ons geen apart vak maar is verweven in alles wat we doen.")
    _p(doc,
       "Openheid vraagt ook iets van onszelf. Ouders geven aan dat ze niet altijd weten wat er op school speelt, "
       "en collega\u2019s vinden dat informatie soms te laat komt. We willen de komende jaren de communicatie met "
       "ouders en binnen het team verder verbeteren. Dit nemen we mee in de jaarplannen.")

    # ---------------- 5 vooruitstrevend
    doc.add_heading("5. Vooruitstrevend", level=1)
    _kader(doc, "Kernwaarde Vooruitstrevend", KADERS["vooruit"])
    doc.add_heading("Wat dit betekent voor Het Stuurhuis", level=2)
    _p(doc,
       "Onze leerlingen leren het best als ze iets doen wat echt is: een maaltijd die iemand opeet, een fiets "
       "waar iemand op wegrijdt. Daarom bouwen we in deze planperiode twee leerwerkbedrijven op binnen de "
       "school.")
    _bullets(doc, [
        "De Kombuis, een lunchroom in de voormalige aula. In schooljaar 2024-2025 verzorgt De Kombuis de lunch "
        "voor medewerkers en bezoekers; vanaf 2025-2026 is de lunchroom op dinsdag en donderdag open voor "
        "buurtbewoners en medewerkers van bedrijven op het bedrijventerrein.",
        "De Spaak, een fietsenwerkplaats waar leerlingen fietsen van medewerkers, ouders en buurtbewoners "
        "repareren en ingeleverde fietsen opknappen voor de verkoop.",
    ])
    _p(doc,
       "Leerlingen van het profiel arbeidsmarktgericht werken vanaf leerjaar 3 twee dagdelen per week in een "
       "van de leerwerkbedrijven, onder begeleiding van een praktijkdocent. Wat ze daar leren, wordt vastgelegd "
       "in praktijkverklaringen volgens de systematiek van het mbo, zodat een werkgever of een "
       "mbo-opleiding ziet wat ze kunnen. Vanaf 2025-2026 behalen jaarlijks minstens 25 leerlingen een "
       "praktijkverklaring via De Kombuis of De Spaak. Leerlingen van het profiel vervolgonderwijs doen in De "
       "Kombuis hun praktijkopdrachten voor het profielvak.")
    _p(doc,
       "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. We willen "
       "daarom vaker buiten de deur kijken. De drie horizonten uit de innovatiestrategie van ASG gebruiken we "
       "als kapstok wanneer we nieuwe idee\u00ebn wegen.")

    # ---------------- 6 ambitieus
    doc.add_heading("6. Ambitieus", level=1)
    _kader(doc, "Kernwaarde Ambitieus", KADERS["ambitieus"])
    doc.add_heading("Wat dit betekent voor Het Stuurhuis", level=2)
    _p(doc,
       "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn intrinsiek gemotiveerd om "
       "onszelf te blijven ontwikkelen en professionaliseren. Wij geven altijd het beste van onszelf.")
    _p(doc,
       "Eerlijk is eerlijk: in het verleden dachten we bij sommige leerlingen te snel dat een diploma er niet in "
       "zat, omdat ze al zoveel hadden meegemaakt. Dat willen we veranderen. Vanaf schooljaar 2024-2025 toetst "
       "de commissie van begeleiding bij elke vaststelling en evaluatie van het OPP of de verwachte "
       "uitstroombestemming hoog genoeg is, en vraagt ze de mentor om te onderbouwen waarom een leerling niet "
       "naar een hoger niveau zou kunnen. Leerlingen in het profiel arbeidsmarktgericht die het kunnen, krijgen "
       "de kans alsnog over te stappen naar het profiel vervolgonderwijs.")
    _p(doc, "Onze doelen voor de uitstroom in 2027-2028 zijn:")
    _bullets(doc, [
        "minstens 85% van de leerlingen in het profiel vervolgonderwijs behaalt een diploma (2022-2023: 77%);",
        "minstens 60% van de leerlingen in het profiel arbeidsmarktgericht verlaat de school met twee of meer "
        "branchecertificaten of praktijkverklaringen (2022-2023: 32%);",
        "een jaar na uitstroom zit minstens 80% van de oud-leerlingen nog op de plek waar ze naartoe gingen "
        "(2022-2023: 71%).",
    ])

    # ---------------- 7 venster 1
    doc.add_heading("7. Venster 1: Goed en toegankelijk onderwijs", level=1)
    _kader(doc, "Venster 1 \u2013 Goed en toegankelijk onderwijs", KADERS["v1"])
    doc.add_heading("Kwaliteit en kwaliteitszorg", level=2)
    _p(doc,
       "De basiskwaliteit is op orde: de inspectie oordeelde in 2022 voldoende en de uitstroomresultaten liggen "
       "boven de inspectienormen voor het vso. Om dat zo te houden en te verbeteren werken we met een vaste "
       "jaarcyclus:")
    _bullets(doc, [
        "september: jaarplan per afdeling (onderbouw, vervolgonderwijs, arbeidsmarktgericht), afgeleid van de "
        "meerjarenplanning in hoofdstuk 11;",
        "november: veiligheidsmonitor leerlingen; januari: tussenevaluatie van het jaarplan in het MT;",
        "maart: evaluatie van alle OPP\u2019s door de commissie van begeleiding; analyse van de uitstroom per "
        "profiel;",
        "juni: evaluatie van het jaarplan met het team, jaarverslag en bijstelling van de meerjarenplanning;",
        "elk kwartaal: voortgangsrapportage aan het College van Bestuur.",
    ])
    _p(doc,
       "Eens per twee jaar (2025 en 2027) meten we de tevredenheid van leerlingen, ouders en medewerkers met de "
       "vragenlijsten van Scholen met Succes. Vanaf 2024-2025 belt de stagecoördinator alle oud-leerlingen "
       "een jaar na uitstroom, zodat we zelf zicht hebben op de bestendiging en niet alleen op de cijfers van de "
       "inspectie. In het voorjaar van 2026 vragen we twee directeuren van andere ASG-scholen voor "
       "speciaal en praktijkonderwijs om een interne audit op het onderdeel OPP en uitstroom.")
    _p(doc,
       "Wij hebben een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. We willen een "
       "school zijn waar collega\u2019s van elkaar leren.")
    doc.add_heading("Passend onderwijs en ondersteuning", level=2)
    _p(doc,
       "Bij de intake werkt een multidisciplinair team: de orthopedagoog, de gedragswetenschapper, de "
       "schoolmaatschappelijk werker en de jeugdarts van de GGD. Zij bespreken het dossier en het gesprek met "
       "leerling en ouders en stellen een startperspectief op. Binnen zes weken volgt het OPP. De commissie "
       "van begeleiding bewaakt dat elk OPP actueel is en dat de ondersteuning wordt gegeven die erin staat.")
    _p(doc,
       "In ons schoolondersteuningsprofiel beschrijven we wat we bieden: kleine groepen met een vaste mentor en "
       "onderwijsassistent, een voorspelbare dagstructuur, SWPBS, training in sociale vaardigheden, "
       "agressieregulatie, begeleiding door de gedragswetenschapper en, samen met Triade Vitree, een "
       "onderwijs-zorgarrangement voor acht leerlingen die naast school intensieve behandeling krijgen. We "
       "beschrijven ook waar onze grenzen liggen: leerlingen die langdurig een-op-een begeleiding buiten de groep "
       "nodig hebben, en leerlingen bij wie een psychiatrische crisis eerst klinische behandeling vraagt. Het SOP "
       "wordt vanaf 2024 elk jaar in oktober bijgewerkt en ter advies voorgelegd aan de MR.")
    _p(doc,
       "Het Stuurhuis is de enige vso-school voor cluster 4 binnen ASG en een van de twee in Almere. We zijn dus "
       "een onmisbare schakel in het netwerk van voorzieningen in de stad. Tegelijk willen we dat leerlingen "
       "niet langer bij ons blijven dan nodig is. Samen met het samenwerkingsverband VO Almere en twee "
       "ASG-scholen voor vmbo hebben we in 2023 een terugplaatsingstraject opgezet: een leerling loopt eerst "
       "twee dagen per week mee op de vmbo-school, met begeleiding van onze ambulant begeleider. Vanaf "
       "2025-2026 willen we jaarlijks minstens zes leerlingen op deze manier terugplaatsen (2023-2024 tot nu toe: 2).")
    doc.add_heading("Een curriculum voor straks", level=2)
    _p(doc,
       "Onze leerlingen gaan werken en leren in een wereld waarin bijna alles digitaal verloopt: solliciteren, "
       "roosters, loonstroken, DigiD. Vanaf 2025-2026 krijgen alle leerlingen in leerjaar 3 en 4 een lessenreeks "
       "digitale vaardigheden, afgesloten met een certificaat. In 2027 verlaat elke leerling de school met dat "
       "certificaat. Daarnaast werken we in het loopbaanportfolio aan de vaardigheden die werkgevers ons "
       "het vaakst noemen: op tijd komen, afspraken nakomen, hulp vragen en feedback ontvangen.")

    # ---------------- 8 venster 2
    doc.add_heading("8. Venster 2: Personeel in positie", level=1)
    _kader(doc, "Venster 2 \u2013 Personeel in positie", KADERS["v2"])
    doc.add_heading("Ons team", level=2)
    _p(doc,
       "Het team bestaat uit 52 medewerkers: 27 docenten en praktijkdocenten, 12 onderwijsassistenten, vier "
       "gedragsdeskundigen (orthopedagoog, gedragswetenschappers), een schoolmaatschappelijk werker, een "
       "stagecoördinator, conci\u00ebrges, administratie en de schoolleiding. Het ziekteverzuim was in 2023 7,9%. "
       "Onze medewerkers voelen zich betrokken bij en trots op onze school.")
    doc.add_heading("Zorgen voor de mensen die voor de leerlingen zorgen", level=2)
    _p(doc,
       "Werken met onze leerlingen is mooi en zwaar. Na een incident met agressie voert de teamleider binnen 24 "
       "uur een nagesprek met de betrokken medewerker; bij ernstige incidenten wordt het bedrijfsopvangteam "
       "ingeschakeld. Mentoren hebben vier keer per jaar supervisie onder leiding van de orthopedagoog. In het "
       "jaargesprek is welbevinden een vast onderwerp, met de vraag wat de medewerker nodig heeft in de fase "
       "waarin hij of zij zit: een jonge docent in opleiding vraagt iets anders dan een collega met "
       "mantelzorg of een collega die richting pensioen gaat.")
    doc.add_heading("Professionalisering", level=2)
    _p(doc,
       "In deze planperiode kiezen we \u00e9\u00e9n schoolbrede scholing: Nieuwe Autoriteit (geweldloos verzet). Alle "
       "medewerkers die met leerlingen werken, volgen uiterlijk in juli 2026 de basistraining van drie dagdelen; "
       "daarna volgt intervisie per afdeling, vier keer per jaar. Mentoren volgen in 2025-2026 daarnaast een "
       "training motiverende gespreksvoering. Nieuwe medewerkers volgen de introductie SWPBS in hun eerste "
       "jaar en het startersprogramma van de ASG Academie.")
    _p(doc,
       "Vier leraren werken nog zonder volledige bevoegdheid: twee volgen het traject pedagogisch-didactisch "
       "getuigschrift, \u00e9\u00e9n de tweedegraads lerarenopleiding en \u00e9\u00e9n is zij-instromer. Elk van hen heeft "
       "een studieplan, twee uur per week vrij geroosterd voor de opleiding en een vaste begeleider uit het "
       "team. Ons doel is dat in juli 2027 alle vier hun bevoegdheid hebben.")
    _p(doc,
       "Twee van onze gedragswetenschappers zetten hun expertise ook in voor andere ASG-scholen, via het "
       "steunpunt gedrag (zie hoofdstuk 9). Zij krijgen daarvoor samen \u00e9\u00e9n dagdeel per week.")
    doc.add_heading("Gesprekken en netwerken", level=2)
    _p(doc,
       "De jaarlijkse gesprekscyclus is op onze school ge\u00efmplementeerd. We willen dat meer collega\u2019s "
       "deelnemen aan leergemeenschappen en netwerken binnen en buiten ASG.")

    # ---------------- 9 venster 3
    doc.add_heading("9. Venster 3: De meerwaarde van ASG", level=1)
    _kader(doc, "Venster 3 \u2013 De meerwaarde van ASG", KADERS["v3"])
    doc.add_heading("Wat dit betekent voor Het Stuurhuis", level=2)
    _p(doc,
       "Als enige vso-school voor cluster 4 binnen ASG hebben we kennis over gedrag die veel andere scholen "
       "goed kunnen gebruiken. Vanaf januari 2025 richten we daarom het steunpunt gedrag in: mentoren en "
       "zorgco\u00f6rdinatoren van ASG-scholen voor voortgezet onderwijs kunnen een consultatie aanvragen bij een "
       "van onze gedragswetenschappers, die dan op de school komt kijken en meedenkt over de aanpak van een "
       "leerling of groep. We verwachten zo\u2019n tien consultaties per jaar en evalueren het steunpunt in juni "
       "2026 met de betrokken scholen.")
    _p(doc,
       "Onze stagecoördinator werkt samen met de stagecoördinatoren van de ASG-praktijkscholen in het netwerk "
       "arbeidstoeleiding, dat vier keer per jaar bijeenkomt. In 2025-2026 bouwen we samen een gedeeld bestand "
       "van stagebedrijven op, zodat we elkaars adressen kunnen gebruiken en bedrijven niet door drie scholen "
       "tegelijk worden gebeld.")
    _p(doc,
       "We vinden het belangrijk dat collega\u2019s van alle ASG-scholen elkaar ontmoeten en van elkaar leren.")

    # ---------------- 10 venster 4
    doc.add_heading("10. Venster 4: Partnerschap", level=1)
    _kader(doc, "Venster 4 \u2013 Partnerschap", KADERS["v4"])
    doc.add_heading("Ouders", level=2)
    _p(doc,
       "Veel ouders van onze leerlingen hebben slechte ervaringen met school: eindeloze gesprekken, "
       "schorsingen, telefoontjes die altijd over problemen gingen. We willen dat ouders ons als bondgenoot "
       "zien. Daarom begint elke schoolloopbaan bij ons met een huisbezoek, belt de mentor in de eerste drie "
       "maanden elke week met de ouders, ook als het goed gaat, en nodigen we ouders uit voor elke "
       "OPP-bespreking. In 2022-2023 was 81% van de ouders bij de OPP-gesprekken; in 2025-2026 willen we dat 95% "
       "is, desnoods via een huisbezoek of een videogesprek. Drie keer per jaar organiseren we een ouderavond "
       "over een thema dat ouders zelf kiezen, zoals gamen, geld en puberteit.")
    doc.add_heading("Medezeggenschap", level=2)
    _p(doc,
       "De MR is voor ons een klankbord voor idee\u00ebn en een sparringpartner bij voorgenomen beleid en de "
       "uitvoering daarvan.")
    doc.add_heading("Werkgevers, zorg en de buurt", level=2)
    _p(doc,
       "Voor onze leerlingen is een goede stage vaak het begin van een baan. We werken samen met het "
       "Werkgeversservicepunt Flevoland, UWV, ROC van Flevoland (Entree-opleiding), Triade Vitree, de GGD en "
       "Leerplicht/RMC van de gemeente Almere. Vanaf 2025-2026 houdt een jobcoach van UWV elke twee weken "
       "spreekuur op school voor leerlingen in hun laatste jaar van het profiel arbeidsmarktgericht, zodat "
       "de overstap naar werk met begeleiding gebeurt.")
    _p(doc,
       "De meeste stageplaatsen liggen op het bedrijventerrein De Vaart, op tien minuten fietsen van school. "
       "Nu werken we met 40 stagebedrijven; in 2027 willen we er 60 hebben, verdeeld over horeca, techniek, "
       "logistiek en groen. De Kombuis en De Spaak (hoofdstuk 5) zijn ook bedoeld om de buurt binnen te halen. "
       "Met de wijkagent en het jongerenwerk van Stad-Oost hebben we elk kwartaal overleg.")
    doc.add_heading("Thuiszitters", level=2)
    _p(doc,
       "In Almere zitten te veel jongeren thuis zonder onderwijs. Samen met het samenwerkingsverband VO Almere "
       "en Leerplicht van de gemeente starten we in schooljaar 2025-2026 een herstartgroep met vier plaatsen. "
       "Jongeren die langer dan drie maanden thuiszitten, komen daar maximaal twaalf weken, in kleine stappen "
       "terug naar school, bij ons of bij een andere school. Het samenwerkingsverband financiert de extra "
       "begeleiding; wij leveren de ruimte, de mentor en de gedragswetenschapper.")

    # ---------------- 11 meerjarenplanning
    doc.add_heading("11. Meerjarenplanning 2024-2028", level=1)
    _p(doc,
       "In de tabel staan de doelen van dit plan per schooljaar. Een \u25cf betekent dat we in dat jaar aan het "
       "doel werken; een \u2605 dat het resultaat dan gehaald moet zijn. De jaarplannen werken de doelen uit.")
    rijen = [
        ["Nr", "Doel en resultaat", "Venster", "24-25", "25-26", "26-27", "27-28", "Eigenaar"],
        ["1", "Minstens 85% diploma in profiel vervolgonderwijs (2023: 77%)", "V1", "\u25cf", "\u25cf", "\u25cf", "\u2605", "Teamleider VO"],
        ["2", "Bestendiging een jaar na uitstroom minstens 80% (2023: 71%); jaarlijkse belronde oud-leerlingen", "V1", "\u25cf", "\u25cf", "\u25cf", "\u2605", "Stagecoördinator"],
        ["3", "Minstens 60% van profiel arbeid met 2 of meer certificaten (2023: 32%)", "", "\u25cf", "\u25cf", "\u25cf", "\u2605", "Teamleider arbeid"],
        ["4", "Leerwerkbedrijven De Kombuis en De Spaak; vanaf 25-26 minstens 25 praktijkverklaringen per jaar", "", "\u25cf", "\u2605", "\u25cf", "\u25cf", "Praktijkdocenten"],
        ["5", "Incidenten fysieke agressie minstens 25% lager dan 22-23 (142)", "", "\u25cf", "\u25cf", "\u2605", "\u25cf", "SWPBS-team"],
        ["6", "Veiligheidsbeleving leerlingen minstens 85% (2023: 78%)", "Gezien worden", "\u25cf", "\u25cf", "\u2605", "\u25cf", "Directeur"],
        ["7", "Leerling schrijft eigen deel OPP; commissie van begeleiding toetst elk OPP op hoge verwachtingen", "", "\u2605", "\u25cf", "\u25cf", "\u25cf", "Commissie van begeleiding"],
        ["8", "SOP jaarlijks in oktober bijgewerkt", "V1", "\u25cf", "\u25cf", "\u25cf", "\u25cf", "Orthopedagoog"],
        ["9", "Terugplaatsing naar regulier vo: minstens 6 leerlingen per jaar (23-24: 2)", "V1", "\u25cf", "\u2605", "\u2605", "\u2605", "Ambulant begeleider"],
        ["10", "Certificaat digitale vaardigheden voor alle schoolverlaters in 2027", "", "", "\u25cf", "\u2605", "\u25cf", "ICT-coördinator"],
        ["11", "Basistraining Nieuwe Autoriteit voor alle medewerkers, daarna intervisie", "V2", "\u25cf", "\u2605", "\u25cf", "\u25cf", "Teamleiders"],
        ["12", "Vier onbevoegde leraren bevoegd uiterlijk juli 2027", "V2", "\u25cf", "\u25cf", "\u2605", "", "Directeur"],
        ["13", "Steunpunt gedrag voor ASG-vo-scholen, ca. 10 consultaties per jaar; evaluatie juni 2026", "V3", "\u25cf", "\u2605", "\u25cf", "\u25cf", "Gedragswetenschappers"],
        ["14", "Gedeeld bestand stagebedrijven met ASG-praktijkscholen", "", "", "\u2605", "", "", "Stagecoördinator"],
        ["15", "Aanwezigheid ouders bij OPP-gesprekken minstens 95% (22-23: 81%)", "V4", "\u25cf", "\u2605", "\u25cf", "\u25cf", "Mentoren"],
        ["16", "Van 40 naar 60 stagebedrijven; jobcoach UWV op school vanaf 25-26", "V4", "\u25cf", "\u25cf", "\u2605", "\u25cf", "Stagecoördinator"],
        ["17", "Herstartgroep thuiszitters, 4 plaatsen", "", "", "\u2605", "\u25cf", "\u25cf", "Directeur"],
        ["18", "Communicatie met ouders en team verbeteren", "Open", "\u25cf", "\u25cf", "\u25cf", "\u25cf", "MT"],
    ]
    _tabel(doc, rijen, breedtes=[0.8, 6.2, 1.8, 1.0, 1.0, 1.0, 1.0, 2.6], klein=True)

    # ---------------- 12 vaststelling
    doc.add_heading("12. Bespreking en vaststelling", level=1)
    _p(doc,
       "Het concept van dit schoolplan is op 28 mei 2024 met het team besproken. De medezeggenschapsraad heeft "
       "het plan op 11 juni 2024 besproken en heeft positief geadviseerd; de opmerkingen van de MR over de "
       "werkdruk rond de leerwerkbedrijven zijn verwerkt in hoofdstuk 5 en de planning. Het College van "
       "Bestuur van de Almeerse Scholen Groep heeft het plan op 2 juli 2024 vastgesteld.")
    _tabel(doc, [
        ["", "Naam", "Datum"],
        ["Directeur VSO Het Stuurhuis", "I. Rijkaart", "2 juli 2024"],
        ["Namens het College van Bestuur ASG", "", "2 juli 2024"],
    ], breedtes=[6.5, 5.0, 4.0])

    _bewaar(doc, path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_134_vso_stuurhuis.docx")
