"""Schoolplan 2024-2028 van CBS De Klimop (Almere Buiten), as the director typed it in Word.

Heading styles, a cover page and a table of contents field. Most of the koers is restated in the
school's own words; only a few passages carry the school's own arrangements.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

STEMPEL = datetime.datetime(2024, 6, 24, 9, 12, 0)


# --- Word plumbing (copied from docx_parts.py) -------------------------------------------------

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def veld(paragraph, instructie: str) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instructie} "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    if instructie.startswith("TOC"):
        t = OxmlElement("w:t")
        t.text = "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudsopgave te tonen."
        run._r.append(t)
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
                    run.font.size = Pt(9.5)
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


# --- text ---------------------------------------------------------------------------------------

def p(doc, tekst: str, stijl: str | None = None):  # type: ignore[no-untyped-def]
    par = doc.add_paragraph(tekst, style=stijl) if stijl else doc.add_paragraph(tekst)
    return par


def opsomming(doc, regels) -> None:  # type: ignore[no-untyped-def]
    for regel in regels:
        doc.add_paragraph(regel, style="List Bullet")


def omslag(doc) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph("Schoolplan 2024 – 2028", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = doc.add_paragraph(style="Subtitle")
    s.add_run("CBS De Klimop")
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    m = doc.add_paragraph()
    m.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = m.add_run("‘Samen groeien in vertrouwen’")
    r.italic = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x3A)
    for _ in range(8):
        doc.add_paragraph()
    for regel in (
        "Protestants-christelijke basisschool",
        "Lentelaan 40, 1335 AB Almere (Almere Buiten)",
        "Onderdeel van de Almeerse Scholen Groep (ASG)",
        "Versie 1.0 – juni 2024",
    ):
        q = doc.add_paragraph(regel)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def inhoud(doc) -> None:  # type: ignore[no-untyped-def]
    kop = doc.add_paragraph()
    r = kop.add_run("Inhoud")
    r.bold = True
    r.font.size = Pt(16)
    veld(doc.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u')
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def voorwoord(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("Voorwoord", level=1)
    p(doc, "Beste lezer,")
    p(doc, "Voor u ligt het schoolplan van CBS De Klimop voor de periode 2024-2028. In dit plan leest u "
      "waar wij als school voor staan en waar wij de komende vier jaar naartoe werken. Het plan is "
      "geschreven in het verlengde van de koers van ons bestuur, de Almeerse Scholen Groep. Net als ASG "
      "willen wij samen kleur geven aan goed onderwijs, en dat doen wij op onze eigen, christelijke manier.")
    p(doc, "De afgelopen jaren waren voor onze school bewogen. Na de coronaperiode kwam het lerarentekort "
      "ook in Almere Buiten hard aan en hebben wij een aantal keren groepen moeten samenvoegen of naar huis "
      "moeten sturen. Tegelijk hebben wij gezien hoeveel veerkracht er in ons team en bij onze ouders zit. "
      "Daar zijn wij dankbaar voor.")
    p(doc, "Dit plan is geen dik boekwerk geworden, maar een document dat richting geeft. Wij hopen dat "
      "team, ouders en bestuur zich erin herkennen.")
    p(doc, "Marieke van Dalen\ndirecteur CBS De Klimop")


def inleiding(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("1 Inleiding", level=1)
    doc.add_heading("1.1 Doel van dit schoolplan", level=2)
    p(doc, "Iedere school is wettelijk verplicht om ten minste eens in de vier jaar een schoolplan vast te "
      "stellen. Het schoolplan beschrijft het beleid van de school op het gebied van onderwijs, personeel "
      "en kwaliteit. Voor ons is het schoolplan vooral een leidraad: het laat zien welke kant wij als "
      "school op willen. Dit plan geldt voor de schooljaren 2024-2025 tot en met 2027-2028. Elk jaar "
      "werken wij het plan uit in een jaarplan.")
    doc.add_heading("1.2 Totstandkoming", level=2)
    p(doc, "Het schoolplan is geschreven in het schooljaar 2023-2024. Tijdens twee teamvergaderingen in "
      "februari en april hebben wij met elkaar gesproken over de kernwaarden en de vensters uit de koers "
      "van ASG en over wat die voor De Klimop betekenen. De directie heeft daarna de tekst geschreven. "
      "De medezeggenschapsraad heeft de conceptversie gelezen en met instemming van de MR is het plan "
      "daarna ter vaststelling aan het College van Bestuur aangeboden (zie hoofdstuk 10).")
    doc.add_heading("1.3 Leeswijzer", level=2)
    p(doc, "Hoofdstuk 2 beschrijft onze school en hoofdstuk 3 onze missie en visie. Hoofdstuk 4 gaat over "
      "de vier kernwaarden van ASG en hoe die bij ons terugkomen. De hoofdstukken 5 tot en met 8 volgen "
      "de vier vensters van de koers. In hoofdstuk 9 staat de meerjarenplanning en in hoofdstuk 10 de "
      "vaststelling.")


def school(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("2 Onze school", level=1)
    doc.add_heading("2.1 Gegevens", level=2)
    tabel(doc, ["Onderdeel", "Gegevens"], [
        ["Naam", "CBS De Klimop"],
        ["BRIN", "28JK"],
        ["Adres", "Lentelaan 40, 1335 AB Almere"],
        ["Denominatie", "Protestants-christelijk"],
        ["Bestuur", "Almeerse Scholen Groep (ASG)"],
        ["Directeur", "Marieke van Dalen"],
        ["Intern begeleider", "Annelies Post (0,6 fte)"],
        ["Aantal leerlingen (1-10-2023)", "312"],
        ["Aantal groepen", "13"],
        ["Medewerkers", "27 (19,4 fte)"],
    ], breedtes=[5.5, 9.5])
    doc.add_paragraph()
    doc.add_heading("2.2 Identiteit", level=2)
    p(doc, "De Klimop is een protestants-christelijke school. Wij beginnen elke dag met een dagopening "
      "met gebed, een lied of een verhaal uit de methode Kind op maandag. Op maandag wordt in alle groepen "
      "het nieuwe verhaal van de week verteld. De christelijke feesten vieren wij met de hele school; de "
      "kerstviering houden wij om het jaar in de Ichthuskerk in Almere Buiten, de paasviering in de "
      "gymzaal van de school. Van ouders vragen wij dat zij de identiteit van de school respecteren en dat "
      "hun kind meedoet aan de dagopening en de vieringen.")
    doc.add_heading("2.3 Leerlingen en omgeving", level=2)
    p(doc, "De school staat in de Seizoenenbuurt in Almere Buiten, een wijk uit het begin van de jaren "
      "negentig met vooral eengezinswoningen, koop en huur door elkaar. Onze leerlingen komen voor het "
      "grootste deel uit de Seizoenenbuurt en de Bloemenbuurt. Het leerlingaantal daalt licht, van 340 in "
      "2019 naar 312 in 2023, omdat de wijk vergrijst. De schoolweging van De Klimop is 29,4 en ligt "
      "daarmee rond het landelijk gemiddelde. Ongeveer een op de vijf leerlingen groeit meertalig op.")
    doc.add_heading("2.4 Gebouw en schooltijden", level=2)
    p(doc, "Het gebouw dateert uit 1994 en is in 2019 gerenoveerd; toen zijn ook de zonnepanelen en de "
      "nieuwe ventilatie aangebracht. Het schoolplein is aan vervanging toe. In overleg met de afdeling "
      "huisvesting van het servicebureau is hiervoor € 35.000 gereserveerd in de begroting van 2025.")
    p(doc, "Wij werken met een continurooster. Op maandag, dinsdag, donderdag en vrijdag zijn de lestijden "
      "van 8.30 tot 14.15 uur, op woensdag van 8.30 tot 12.30 uur. De deuren gaan open om 8.20 uur. Alle "
      "groepen maken jaarlijks ten minste 940 lesuren. Op ‘Scholen op de kaart’ (voorheen het venster "
      "van Vensters PO) staan de actuele gegevens van onze school.")


def missie(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("3 Missie en visie", level=1)
    doc.add_heading("3.1 Missie", level=2)
    p(doc, "Onze missie is: Samen groeien in vertrouwen. De klimop groeit omhoog als hij steun vindt. Zo "
      "willen wij ook kinderen laten groeien: in vertrouwen op God, op zichzelf en op de mensen om hen "
      "heen. Wij sluiten daarmee aan bij de missie van ASG: samen kleur geven aan goed onderwijs.")
    doc.add_heading("3.2 Visie", level=2)
    p(doc, "Goed onderwijs betekent voor ons dat ieder kind zichzelf kan zijn en zichzelf en zijn talenten "
      "leert kennen. Kinderen leren bij ons samen te werken, samen te leren en samen te leven. De "
      "samenleving verandert snel en het onderwijs mag daarin niet achterblijven. Daarom willen wij onze "
      "leerlingen goed voorbereiden op hun toekomst, zodat zij later als volwaardige burgers mee kunnen "
      "doen en de samenleving zelf mee vorm kunnen geven.")
    p(doc, "Wij geloven dat ieder kind een uniek schepsel van God is, met eigen gaven. Het is onze taak "
      "om die gaven te ontdekken en tot bloei te laten komen. Dat doen wij in een warme, veilige omgeving "
      "waarin kinderen, ouders en leerkrachten elkaar vertrouwen.")


def kernwaarden(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("4 Onze kernwaarden", level=1)
    p(doc, "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Ook voor De "
      "Klimop zijn zij inspiratiebron en leidraad. Hieronder beschrijven wij per kernwaarde waar wij als "
      "school staan.")
    doc.add_heading("4.1 Gezien worden", level=2)
    p(doc, "Gezien worden is voor ons team meer dan een woord op de muur van de personeelskamer. Bij De "
      "Klimop is iedereen waardevol en wordt iedereen gezien: kinderen, ouders en collega’s. Onze school "
      "heeft een gastvrije cultuur, waarin iedereen zich welkom voelt. Wij hebben zicht op de "
      "onderwijsbehoeftes van onze leerlingen en ook op wat onze medewerkers nodig hebben.")
    p(doc, "Vanuit onze identiteit geloven wij dat ieder kind door God gewild en geliefd is. Dat zien wij "
      "als de kern van deze kernwaarde. De komende jaren willen wij hier nog bewuster mee bezig zijn.")
    doc.add_heading("4.2 Open", level=2)
    p(doc, "Wij zijn een open school. Met respect gaan wij om met iedereen, binnen en buiten onze school. "
      "In onze communicatie zijn wij toegankelijk en transparant. De verschillen tussen onze leerlingen en "
      "tussen onze collega’s bekijken wij met een open blik. Ouders weten dat de deur van de "
      "leerkracht altijd openstaat. Wij streven ernaar om deze openheid in al onze contacten zichtbaar "
      "te maken.")
    doc.add_heading("4.3 Vooruitstrevend", level=2)
    p(doc, "Binnen de kaders van ons profiel werkt ons team met nieuwe en innovatieve leerconcepten. Wij "
      "zijn nieuwsgierig naar nieuwe inzichten, zodat ons onderwijs eigentijds blijft. Daarbij geven wij "
      "ons onderwijs gericht vorm langs de drie horizonten van de innovatiestrategie van ASG: continue "
      "verbetering, fundamentele verandering en radicale vernieuwing. Wij hebben lef en durven te "
      "experimenteren.")
    doc.add_heading("4.4 Ambitieus", level=2)
    p(doc, "De lat ligt hoog bij De Klimop. Wij verwachten veel van onze leerlingen, en ook van elkaar. "
      "Vanuit onszelf willen wij ons blijven ontwikkelen en professionaliseren, en elke dag geven wij het "
      "beste van onszelf. Zo is onze school voor kinderen en volwassenen een plek van groei.")


def venster1(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("5 Goed en toegankelijk onderwijs", level=1)
    p(doc, "Goed en toegankelijk onderwijs voor ieder kind in Almere Buiten: daar gaan wij voor. De "
      "kwaliteit van ons onderwijs is op orde en dat houden wij zo. Wij weten wat onze leerlingen nodig "
      "hebben en ontwikkelen onderwijs dat past bij hun belevingswereld. Ons curriculum is gericht op de "
      "toekomst. In ons team heerst een gezamenlijke leercultuur, die gericht is op steeds verbeteren en "
      "vernieuwen.")
    doc.add_heading("5.1 Onderwijsprogramma", level=2)
    p(doc, "Ons onderwijsaanbod dekt de kerndoelen voor het primair onderwijs. Voor taal en rekenen werken "
      "wij toe naar de referentieniveaus 1F en 2F/1S. In de onderstaande tabel staan de vakken, de "
      "methodes die wij gebruiken en de gemiddelde tijd per week in de groepen 3 tot en met 8.")
    tabel(doc, ["Vak", "Methode", "Tijd per week (gr. 3-8)"], [
        ["Aanvankelijk lezen (gr. 3)", "Veilig leren lezen (kim-versie)", "8 uur (alleen groep 3)"],
        ["Technisch lezen", "Estafette", "2,5 uur"],
        ["Begrijpend lezen", "Nieuwsbegrip", "1 uur"],
        ["Taal en spelling", "Staal", "4,5 uur"],
        ["Rekenen", "Wereld in getallen 5", "5 uur"],
        ["Engels (gr. 5-8)", "Stepping Stones Junior", "45 minuten"],
        ["Wereldoriëntatie", "Blink Wereld", "2 uur"],
        ["Godsdienst / levensbeschouwing", "Kind op maandag", "1,5 uur"],
        ["Muziek", "Groove.me", "45 minuten"],
        ["Bewegingsonderwijs", "vakleerkracht (2 x 45 min.)", "1,5 uur"],
    ], breedtes=[5, 6, 4])
    doc.add_paragraph()
    p(doc, "In de groepen 1 en 2 werken wij met de thema’s van Kleuterplein. Spel, taal en beweging "
      "lopen daar door elkaar heen; de kleuters hebben elke dag een uur buitenspel.")
    doc.add_heading("5.2 Kwaliteit", level=2)
    p(doc, "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en integraal, en het is zichtbaar in de "
      "school. Wij volgen daarbij het kwaliteitsbeleid van ASG; hoe de kwaliteitscyclus is ingericht, staat "
      "in het kwaliteitshandboek van ASG.")
    doc.add_heading("5.3 Passend onderwijs en ondersteuning", level=2)
    p(doc, "Samen met de andere scholen in de stad maken wij deel uit van een dekkend netwerk van "
      "onderwijs- en zorgvoorzieningen, zodat ieder kind een passende onderwijsplek heeft. In ons "
      "schoolondersteuningsprofiel hebben wij helder beschreven in welke leer- en zorgbehoeftes onze "
      "school kan voorzien. Het profiel is in maart 2024 herzien. De belangrijkste punten:")
    opsomming(doc, [
        "Basisondersteuning: wij bieden de basisondersteuning zoals die in het samenwerkingsverband "
        "Passend Onderwijs Almere is afgesproken.",
        "Dyslexie: wij werken volgens het Protocol Leesproblemen en Dyslexie. Leerlingen met een "
        "dyslexieverklaring krijgen vanaf groep 5 voorleessoftware (ClaroRead) en verlengde toetstijd.",
        "Meer- en hoogbegaafdheid: de plusgroep ‘Klimrek’ komt elke dinsdagochtend bijeen voor ongeveer "
        "zestien leerlingen uit de groepen 5 tot en met 8. De groep wordt begeleid door een leerkracht "
        "met de opleiding Specialist Hoogbegaafdheid.",
        "Extra handen: een onderwijsassistent (0,8 fte) werkt met kleine groepjes in de groepen 3 en 4 "
        "aan lezen en rekenen.",
        "Grenzen: wij kunnen geen passend onderwijs bieden aan leerlingen die langdurig een-op-een "
        "begeleiding nodig hebben, aan leerlingen met ernstig gedrag dat de veiligheid van andere "
        "kinderen in gevaar brengt, en aan leerlingen die intensieve medische zorg nodig hebben. De "
        "bovenverdieping van het gebouw is niet toegankelijk voor rolstoelen.",
    ])
    doc.add_heading("5.4 Veiligheid en burgerschap", level=2)
    p(doc, "Een veilige school is de voorwaarde om te kunnen leren. Hoe wij werken aan sociale veiligheid, "
      "staat in ons schoolveiligheidsplan en in het pestprotocol; beide zijn te vinden op de website. "
      "Burgerschap is bij ons verweven met onze identiteit en met de vakken. Wij willen dat onze "
      "leerlingen later als zelfstandige en verantwoordelijke burgers een volwaardige plek in de "
      "samenleving kunnen innemen.")


def venster2(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("6 Personeel in positie", level=1)
    p(doc, "Goed onderwijs staat of valt met goede mensen. Onze medewerkers zijn betrokken bij De Klimop "
      "en bij ASG, en zij zijn er trots op. Wij hebben aandacht voor het welbevinden van iedere collega, "
      "in welke levensfase hij of zij ook zit. Ons team is vitaal.")
    p(doc, "Alle collega’s werken aantoonbaar aan hun professionele ontwikkeling, onder andere door "
      "bijeenkomsten en cursussen van de ASG Academie. Wij nemen deel aan leergemeenschappen en netwerken "
      "en dragen zo bij aan de leercultuur van ASG. Collega’s voelen zich gezien en ervaren erkenning voor "
      "hun professionaliteit en expertise. Ook onze medewerkers maken gebruik van de mogelijkheden van "
      "interne mobiliteit binnen ASG. De jaarlijkse gesprekscyclus van ASG is ook bij ons ingevoerd.")
    doc.add_heading("6.1 Leraren zonder bevoegdheid", level=2)
    p(doc, "Leraren die nog geen bevoegdheid hebben, ondersteunen wij actief bij het halen daarvan. Op dit "
      "moment werken bij ons twee collega’s die nog niet bevoegd zijn: een zij-instromer in groep 4 en een "
      "leerkracht in groep 6 die in het vierde jaar van de deeltijdpabo zit. Beiden volgen de opleiding "
      "aan Windesheim in Almere. Zij krijgen iedere week een halve dag studieverlof, die wij betalen uit "
      "het ASG-budget voor zij-instroom. Onze bouwcoördinator Esther de Groot is hun vaste coach. Zij "
      "bezoekt hun groep eens in de drie weken en voert daarna een nagesprek. Onze afspraak is dat beide "
      "collega’s uiterlijk op 1 augustus 2026 bevoegd zijn.")


def venster3(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("7 De meerwaarde van ASG", level=1)
    p(doc, "Als school zijn wij onderdeel van een grote organisatie, en dat is een kracht. Collega’s van "
      "De Klimop ontmoeten regelmatig collega’s van andere ASG-scholen en van het servicebureau. Op "
      "conferenties en ASG-brede studiedagen delen wij met elkaar wat wij leren en ontwikkelen. Binnen ASG "
      "weten wij wie wij voor welke expertise kunnen benaderen.")
    p(doc, "Samen bieden de ASG-scholen een divers en op elkaar aansluitend aanbod, met verschillende "
      "onderwijsconcepten en profielen, zodat ieder kind een passende onderwijsloopbaan kan volgen. Onze "
      "christelijke identiteit is daarin een eigen kleur.")
    p(doc, "Praktisch merken wij de schaalgrootte van ASG vooral bij de inkoop: meubilair, ICT en "
      "schoonmaak lopen via de contracten van het servicebureau.")


def venster4(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("8 Partnerschap", level=1)
    doc.add_heading("8.1 Ouders", level=2)
    p(doc, "Ouders zijn bij ons betrokken bij het leerproces van hun kind. Sinds het schooljaar 2023-2024 "
      "voeren wij in alle groepen driehoeksgesprekken: het kind, de ouders en de leerkracht praten samen "
      "over de ontwikkeling. Het eerste gesprek vindt plaats in oktober, het tweede in maart. Vanaf groep 5 "
      "bereidt het kind het gesprek voor met een eigen portfolioblad (‘Dit gaat goed – hier wil ik aan "
      "werken’) en leidt het zelf een deel van het gesprek. In 2023-2024 was 81% van de ouders bij het "
      "gesprek in oktober aanwezig; ons doel is 95% in het schooljaar 2025-2026.")
    p(doc, "Daarnaast organiseert iedere groep twee keer per jaar een kijkochtend, waarop ouders een les in "
      "de groep van hun kind meemaken. In groep 3 lezen leesouders vanaf januari drie ochtenden per week "
      "met kleine groepjes kinderen.")
    doc.add_heading("8.2 Medezeggenschap", level=2)
    p(doc, "Onze MR is voor de directie een klankbord voor ideeën en een sparringpartner, zowel bij "
      "voorgenomen beleid als bij de uitvoering ervan. Over de instemming met dit schoolplan leest u meer "
      "in hoofdstuk 10.")
    doc.add_heading("8.3 Partners in en om de school", level=2)
    p(doc, "Onderwijs houdt niet op bij de schooldeur. Daarom werken wij proactief samen met allerlei "
      "partners, en werken wij nauw samen met maatschappelijke organisaties in onze wijk. Samen met andere "
      "schoolbesturen en de gemeente pakken wij regionale problemen in het onderwijs aan, zoals het "
      "lerarentekort. Wij willen graag de samenwerking met de bibliotheek in Almere Buiten uitbreiden.")


def planning(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("9 Meerjarenplanning", level=1)
    p(doc, "In de tabel hieronder staat op hoofdlijnen wat wij wanneer oppakken. De uitwerking volgt in de "
      "jaarplannen.")
    tabel(doc, ["Schooljaar", "Wat", "Wie"], [
        ["2024-2025", "Driehoeksgesprekken in alle groepen; portfolioblad vanaf groep 5", "leerkrachten"],
        ["2024-2025", "Nieuw schoolplein (budget € 35.000)", "directie, servicebureau"],
        ["2024-2025 en 2025-2026", "Begeleiding twee onbevoegde collega’s; bevoegd uiterlijk 1-8-2026",
         "bouwcoördinator"],
        ["2025-2026", "Opkomst driehoeksgesprek oktober 95% (2023-2024: 81%)", "directie"],
        ["2025-2026", "40-jarig jubileum van De Klimop", "activiteitencommissie"],
        ["2026-2027", "Schoolondersteuningsprofiel opnieuw herzien", "intern begeleider"],
        ["Doorlopend", "Werken vanuit de kernwaarden van ASG", "team"],
        ["2027-2028", "Evaluatie van dit schoolplan en opstellen van het schoolplan 2028-2032",
         "directie, MR"],
    ], breedtes=[3.5, 8.5, 3.5])


def vaststelling(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("10 Vaststelling", level=1)
    p(doc, "De medezeggenschapsraad van CBS De Klimop heeft op 17 juni 2024 ingestemd met dit schoolplan. "
      "Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 2 juli 2024 "
      "vastgesteld.")
    tabel(doc, ["", "Namens de MR", "Namens het bevoegd gezag"], [
        ["Naam", "Robert Jansma, voorzitter", "College van Bestuur ASG"],
        ["Datum", "17 juni 2024", "2 juli 2024"],
        ["Handtekening", "", ""],
    ], breedtes=[3.5, 6, 6])


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam, kleur in (("Heading 1", RGBColor(0x2E, 0x6B, 0x3A)), ("Heading 2", RGBColor(0x4F, 0x8A, 0x4B))):
        doc.styles[naam].font.color.rgb = kleur
    sectie = doc.sections[0]
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan 2024-2028 CBS De Klimop – pagina ")
    veld(voet, "PAGE")
    cp = doc.core_properties
    cp.author = "M. van Dalen"
    cp.title = "Schoolplan 2024-2028 CBS De Klimop"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.last_modified_by = "M. van Dalen"
    cp.revision = 7

    omslag(doc)
    inhoud(doc)
    voorwoord(doc)
    inleiding(doc)
    school(doc)
    missie(doc)
    kernwaarden(doc)
    venster1(doc)
    venster2(doc)
    venster3(doc)
    venster4(doc)
    planning(doc)
    vaststelling(doc)
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    doel = sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".docx")
    build(doel)
    print(doel)
