"""Schoolplan 2026-2030 van Daltonschool De Klimop (Almere Haven): SWOT-analyse vooraf, een lange
visie vol wensen, een hoofdstuk Dalton in de praktijk en een korte ambitietabel."""

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

STEMPEL = datetime.datetime(2026, 6, 26, 14, 30, 0)
GROEN = RGBColor(0x38, 0x6B, 0x2E)


# --------------------------------------------------------------------------- Word-hulpjes

def taal_nl_stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    for stijlnaam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet", "Table Grid"):
        try:
            stijl = doc.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


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


def koprij_herhalen(table) -> None:  # type: ignore[no-untyped-def]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)


def vul(cel, kleur: str) -> None:  # type: ignore[no-untyped-def]
    schaduw = OxmlElement("w:shd")
    schaduw.set(qn("w:val"), "clear")
    schaduw.set(qn("w:color"), "auto")
    schaduw.set(qn("w:fill"), kleur)
    cel._tc.get_or_add_tcPr().append(schaduw)


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


def h1(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_heading(tekst, level=1)


def h2(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_heading(tekst, level=2)


def p(doc, tekst, cursief=False):  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.italic = cursief
    return par


def bullets(doc, items):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def nieuwe_pagina(doc):  # type: ignore[no-untyped-def]
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def cel_tekst(cel, regels, vet=False):  # type: ignore[no-untyped-def]
    cel.text = ""
    eerste = True
    for regel in regels:
        par = cel.paragraphs[0] if eerste else cel.add_paragraph()
        eerste = False
        run = par.add_run(regel)
        run.bold = vet
        run.font.size = Pt(9.5)


# --------------------------------------------------------------------------- inhoud

def voorkant(doc):  # type: ignore[no-untyped-def]
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph("Daltonschool De Klimop", style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for tekst, grootte, vet in (
        ("Schoolplan 2026 – 2030", 22, True),
        ("Samen groeien in vrijheid", 14, False),
    ):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(tekst)
        run.font.size = Pt(grootte)
        run.bold = vet
        run.font.color.rgb = GROEN
    doc.add_paragraph()
    citaat = doc.add_paragraph()
    citaat.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = citaat.add_run("'Geef een kind zoveel vrijheid als het verantwoordelijkheid aankan.' – naar Helen Parkhurst")
    r.italic = True
    for _ in range(6):
        doc.add_paragraph()
    for regel in (
        "Openbare basisschool voor Daltononderwijs",
        "De Grienden, Almere Haven",
        "Almeerse Scholen Groep",
        "Schooljaren 2026-2027 tot en met 2029-2030",
    ):
        par = doc.add_paragraph(regel)
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    nieuwe_pagina(doc)


def voorwoord(doc):  # type: ignore[no-untyped-def]
    h1(doc, "Voorwoord")
    p(doc, "Beste lezer,")
    p(doc, "Met trots presenteren wij het schoolplan van Daltonschool De Klimop voor de periode 2026-2030. Dit plan "
           "is het resultaat van een mooi proces. Tijdens twee studiedagen in het voorjaar van 2026 hebben wij met "
           "het hele team stilgestaan bij de vraag wie wij zijn, waar wij staan en waar wij naartoe willen. Er is "
           "veel gepraat, geschreven en geschrapt. Het plan laat zien waar ons hart ligt: bij kinderen die met "
           "plezier, in vrijheid en met verantwoordelijkheid leren.")
    p(doc, "Een schoolplan is nooit af. Wij zien het als een kompas voor de komende vier jaar, dat wij elk jaar in "
           "ons jaarplan verder uitwerken. Veel van wat hierin staat, is een richting en nog geen route. Dat is "
           "bewust: wij willen ruimte houden om samen met kinderen, ouders en collega's te ontdekken wat werkt.")
    p(doc, "Anouk Verbeek, directeur")


def swot(doc):  # type: ignore[no-untyped-def]
    h1(doc, "1. Waar staan wij nu?")
    p(doc, "Om te bepalen waar wij naartoe willen, hebben wij in maart 2026 met het team een sterkte-zwakteanalyse "
           "gemaakt. Iedere collega schreef post-its, die wij daarna samen hebben geordend en besproken. Ook de "
           "uitkomsten van het oudertevredenheidsonderzoek van 2025 en de gesprekken met de leerlingen van groep 8 "
           "zijn meegenomen.")
    tabel = doc.add_table(rows=4, cols=2)
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    cel_tekst(tabel.rows[0].cells[0], ["Sterke punten (intern)"], vet=True)
    cel_tekst(tabel.rows[0].cells[1], ["Zwakke punten (intern)"], vet=True)
    vul(tabel.rows[0].cells[0], "D8E8D0")
    vul(tabel.rows[0].cells[1], "F6DDD5")
    koprij_herhalen(tabel)
    cel_tekst(tabel.rows[1].cells[0], [
        "• De daltonwerkwijze is goed zichtbaar in groep 3 tot en met 8 (taken, weektaak, uitgestelde aandacht).",
        "• Betrokken en ervaren team.",
        "• Goede sfeer: kinderen gaan graag naar school.",
        "• KiVa is stevig verankerd.",
        "• Ruim en groen schoolplein.",
        "• Goede naam in De Grienden en De Hoven.",
    ])
    cel_tekst(tabel.rows[1].cells[1], [
        "• Begrijpend lezen in groep 6-8 blijft achter.",
        "• Reflectie, de vijfde daltonkernwaarde, is nog weinig ontwikkeld.",
        "• Verschillen tussen groepen in de uitvoering van de weektaak.",
        "• Veel afspraken zijn mondeling en worden niet vastgelegd.",
        "• Ziekteverzuim in 2025 hoger dan gewenst (7,4%).",
    ])
    cel_tekst(tabel.rows[2].cells[0], ["Kansen (extern)"], vet=True)
    cel_tekst(tabel.rows[2].cells[1], ["Bedreigingen (extern)"], vet=True)
    vul(tabel.rows[2].cells[0], "DCE6F2")
    vul(tabel.rows[2].cells[1], "FBEBC8")
    cel_tekst(tabel.rows[3].cells[0], [
        "• Nieuwbouw van woningen in Haven-Centrum.",
        "• Kinderopvang in hetzelfde gebouw.",
        "• Aanbod van de ASG Academie.",
        "• Daltonnetwerk in de regio.",
        "• Ouders die graag willen meedenken.",
    ])
    cel_tekst(tabel.rows[3].cells[1], [
        "• Lerarentekort.",
        "• Dalend leerlingaantal: van 342 (2020) naar 298 (2025).",
        "• Veel scholen in de directe omgeving.",
        "• Gebouw uit 1979 met enkel glas in een deel van de vensters.",
        "• Toenemende ondersteuningsvraag in de groepen.",
    ])
    doc.add_paragraph()
    p(doc, "Wat betekent dit voor ons? De analyse laat zien dat wij trots mogen zijn op wat er staat. Ons "
           "daltononderwijs is herkenbaar en kinderen voelen zich thuis. Tegelijk zien wij dat wij de komende "
           "jaren keuzes moeten maken. Wij willen meer eenheid in de uitvoering van ons daltononderwijs, wij willen "
           "dat reflectie een vaste plek krijgt en wij willen de resultaten van begrijpend lezen verbeteren. De "
           "daling van het leerlingaantal vraagt dat wij ons duidelijker profileren in Almere Haven.")
    nieuwe_pagina(doc)


def visie(doc):  # type: ignore[no-untyped-def]
    h1(doc, "2. Onze visie")
    h2(doc, "2.1 Waar wij voor staan")
    p(doc, "De Klimop is een openbare daltonschool in de wijk De Grienden in Almere Haven. Wij geloven dat ieder "
           "kind uniek is en dat ieder kind talenten heeft die het verdient om te ontdekken. Ieder kind is waardevol "
           "en wordt gezien. Op De Klimop is iedereen welkom: wij zijn een gastvrije school, waar kinderen, ouders "
           "en collega's zich thuis voelen. Als openbare school staan wij open voor alle kinderen, ongeacht hun "
           "achtergrond. Met een open blik kijken wij naar de verscheidenheid van onze kinderen en collega's.")
    p(doc, "Onze naam zegt veel over hoe wij naar kinderen kijken. Een klimop groeit omhoog, langs een stevige muur, "
           "in zijn eigen tempo en op zijn eigen manier. Zo zien wij ook onze kinderen: zij groeien op hun eigen "
           "manier, en wij zijn de muur die steun en houvast geeft. Wij willen een school zijn waar kinderen zich "
           "veilig voelen om fouten te maken en waar zij leren dat fouten erbij horen.")
    p(doc, "Wij willen kinderen voorbereiden op een wereld die snel verandert. Wij weten niet precies welke banen er "
           "over twintig jaar zijn, maar wij weten wel dat kinderen dan zelfstandig moeten kunnen denken, moeten "
           "kunnen samenwerken en verantwoordelijkheid moeten kunnen nemen. Daarom vinden wij de daltonkernwaarden "
           "zo belangrijk. Wij streven ernaar dat onze kinderen de school verlaten als zelfbewuste, nieuwsgierige "
           "jonge mensen die weten wat zij kunnen en wat zij willen.")

    h2(doc, "2.2 Vrijheid en verantwoordelijkheid")
    p(doc, "Vrijheid in gebondenheid, dat is de kern van het daltononderwijs. Kinderen krijgen bij ons de ruimte om "
           "keuzes te maken: in welke volgorde zij hun werk doen, waar zij werken en met wie. Die vrijheid is niet "
           "onbegrensd. Kinderen leren dat vrijheid samengaat met verantwoordelijkheid: voor je eigen werk, voor "
           "de spullen in de klas en voor elkaar. Wij willen dat kinderen steeds meer eigenaar worden van hun eigen "
           "leerproces. In de toekomst hopen wij dat kinderen in de bovenbouw ook zelf hun leerdoelen gaan "
           "formuleren.")

    h2(doc, "2.3 Zelfstandigheid")
    p(doc, "Zelfstandig werken is meer dan alleen werken. Het betekent dat een kind zelf een probleem kan oplossen, "
           "weet waar het hulp kan vinden en durft door te zetten als iets moeilijk is. Wij willen kinderen "
           "stap voor stap zelfstandiger maken, passend bij hun leeftijd en mogelijkheden. Wij streven ernaar dat "
           "ieder kind aan het eind van groep 8 zijn eigen werk kan plannen en uitvoeren.")

    h2(doc, "2.4 Samenwerken")
    p(doc, "Leren doe je niet alleen. Kinderen leren van en met elkaar. Wij willen dat kinderen leren samenwerken "
           "met kinderen die anders zijn dan zijzelf, en dat zij leren luisteren naar een ander. Ook als team willen "
           "wij meer samenwerken en meer van elkaar leren.")

    h2(doc, "2.5 Reflectie")
    p(doc, "Reflectie is nadenken over wat je hebt gedaan en hoe het ging. Kinderen die reflecteren, leren beter "
           "en worden zich bewust van hun eigen kunnen. In de SWOT-analyse zagen wij dat reflectie bij ons nog te "
           "weinig aandacht krijgt. Wij willen de komende jaren werken aan een doorgaande lijn in reflectie, van "
           "groep 1 tot en met groep 8. In de toekomst hopen wij dat reflecteren voor kinderen net zo gewoon is als "
           "het maken van hun weektaak.")

    h2(doc, "2.6 Effectiviteit en borging")
    p(doc, "Naast de vier bekende kernwaarden noemt de Nederlandse Dalton Vereniging ook effectiviteit en borging. "
           "Effectief werken betekent voor ons dat kinderen hun tijd goed gebruiken en dat wij als leerkrachten "
           "onze tijd besteden aan wat echt belangrijk is. Wij willen minder papierwerk en meer tijd voor kinderen. "
           "Borging betekent dat goede afspraken niet afhangen van één persoon. Wij streven ernaar dat onze "
           "daltonafspraken in de komende jaren beter worden vastgelegd, zodat een nieuwe collega snel kan zien "
           "hoe wij werken en kinderen van groep tot groep dezelfde lijn herkennen.")

    h2(doc, "2.7 De rol van de leerkracht")
    p(doc, "De leerkracht op een daltonschool is geen voorlezer van de methode. De leerkracht is begeleider, coach "
           "en soms ook gewoon iemand die even niets zegt, zodat een kind zelf de oplossing kan vinden. Wij willen "
           "leerkrachten zijn die vertrouwen geven, die kinderen uitdagen en die weten wanneer zij moeten loslaten "
           "en wanneer zij juist dichtbij moeten zijn. Dat vraagt veel van ons. Wij willen "
           "durven te experimenteren. In de toekomst hopen wij meer tijd te hebben om samen lessen voor te "
           "bereiden en na te bespreken.")

    h2(doc, "2.8 De Klimop in 2030")
    p(doc, "Hoe ziet onze school eruit als dit plan afloopt? Wij dromen van een school waar je bij binnenkomst meteen "
           "ziet dat het een daltonschool is: kinderen die rustig aan hun weektaak werken, op de gang, in de klas of "
           "in het leerplein; kinderen die elkaar helpen zonder dat de juf het vraagt; kinderen die trots vertellen "
           "wat zij deze week hebben geleerd. Wij dromen van ouders die zich thuis voelen in de school en die weten "
           "waar hun kind mee bezig is. En wij dromen van een team dat met plezier en energie werkt en dat elkaar "
           "opzoekt. Wij weten dat niet alles in vier jaar lukt, maar dit is de richting waarin wij "
           "willen groeien.")
    p(doc, "Wij willen dat ons gebouw daar ook bij past. Het gebouw is oud en niet overal ingericht op zelfstandig "
           "werken buiten de klas. Wij hopen dat er de komende jaren ruimte komt om de gangen om te bouwen tot "
           "werkplekken, en wij willen met ASG in gesprek over het vervangen van het enkel glas in de vensters aan "
           "de achterkant.")

    h2(doc, "2.9 Koers 22 en De Klimop")
    p(doc, "Wij zijn onderdeel van de Almeerse Scholen Groep. Wij herkennen ons in de missie 'Samen kleur geven aan "
           "goed onderwijs' en in de vier kernwaarden van ASG: gezien worden, open, vooruitstrevend en ambitieus. "
           "Binnen ASG zijn wij de daltonschool van Almere Haven.")
    p(doc, "De kwaliteit van ons onderwijs is en blijft op orde. Wij zijn nieuwsgierig naar nieuwe inzichten om ons "
           "onderwijs eigentijds te maken. Wij hebben hoge verwachtingen van onze kinderen en van elkaar, en wij "
           "geven altijd het beste van onszelf. Wij willen onderwijs ontwikkelen dat past bij de belevingswereld "
           "van onze kinderen. Wij streven ernaar om in de komende jaren meer gebruik te maken van nieuwe "
           "ontwikkelingen, zoals onderzoekend en ontwerpend leren.")
    nieuwe_pagina(doc)


def praktijk(doc):  # type: ignore[no-untyped-def]
    h1(doc, "3. Dalton in de praktijk")
    p(doc, "In dit hoofdstuk beschrijven wij hoe ons daltononderwijs er in de klas uitziet.")

    h2(doc, "3.1 Taken en de weektaak")
    p(doc, "In groep 1 en 2 werken de kinderen met het planbord. Iedere ochtend kiest een kleuter met een "
           "naamkaartje twee taken: één verplichte taak van de week en één keuzetaak. Aan het eind van de ochtend "
           "kijkt de kleuter met de juf of meester terug: is het gelukt? In groep 3 gaan de kinderen over op een "
           "dagtaak, vanaf de kerstvakantie op een halve weektaak. Vanaf groep 4 werken alle kinderen met een "
           "weektaak.")
    p(doc, "Op de weektaak staan verplichte taken voor rekenen, taal, spelling en lezen, keuzetaken en vanaf groep 5 "
           "ook een uitdagingstaak. Op maandag plannen de kinderen hun week: zij zetten met een kleur op welke dag "
           "zij welke taak doen. Af is af: een taak die klaar is, kleuren zij in. Op vrijdag kijkt de leerkracht met "
           "ieder kind kort naar de weektaak. De weektaak heeft drie niveaus: basis, verdiept en plus. Welk kind welk "
           "niveau krijgt en wie aan de instructietafel komt, volgt uit het groepsoverzicht dat de leerkracht na "
           "iedere toetsronde maakt (zie 3.4).")
    p(doc, "Kinderen die de stof al beheersen, doen bij rekenen eerst de instaptoets van het blok en slaan de "
           "oefenstof over die zij al kennen; zij werken in die tijd aan de uitdagingstaak. Sinds 2024 is er op "
           "donderdagochtend ook De Denktank: een plusgroep voor twaalf kinderen uit groep 5 tot en met 8, "
           "begeleid door een leerkracht die de opleiding tot specialist hoogbegaafdheid heeft gevolgd.")

    h2(doc, "3.2 Uitgestelde aandacht")
    p(doc, "Een kind dat een vraag heeft terwijl de leerkracht instructie geeft of met een groepje werkt, leert "
           "even te wachten. Op iedere tafel ligt een blokje met drie kleuren. Rood betekent: ik werk alleen, niet "
           "storen. Oranje: ik heb een vraag, maar ik kan verder met iets anders. Groen: je mag mij iets vragen. Na "
           "de instructie loopt de leerkracht een vaste ronde langs de oranje blokjes. In de onderbouw gebruiken wij "
           "het stoplicht op het bord en een time-timer, zodat kleuters zien hoe lang zij moeten wachten. Eerst "
           "vraagt een kind het aan een maatje; pas daarna aan de leerkracht.")

    h2(doc, "3.3 Samenwerken in de klas")
    p(doc, "Kinderen werken in iedere groep met een wekelijks wisselend maatje. In groep 7 lezen kinderen twee keer "
           "per week een kwartier met een kind uit groep 3 (tutorlezen). Bij wereldoriëntatie maken kinderen in "
           "groepjes een werkstuk of presentatie.")

    h2(doc, "3.4 Vakken, methoden en zicht op kinderen")
    p(doc, "Ons onderwijsaanbod dekt de kerndoelen van het primair onderwijs. Voor taal en rekenen werken wij naar "
           "de referentieniveaus: voor alle kinderen 1F en voor zo veel mogelijk kinderen 2F of 1S. De kinderen "
           "krijgen 940 uur onderwijs per jaar in een continurooster van 8.30 tot 14.00 uur, op woensdag tot "
           "12.15 uur.")
    tabel = doc.add_table(rows=1, cols=2)
    tabel.style = "Light Grid Accent 6"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    cel_tekst(tabel.rows[0].cells[0], ["Vakgebied"], vet=True)
    cel_tekst(tabel.rows[0].cells[1], ["Methode"], vet=True)
    koprij_herhalen(tabel)
    for vak, methode in (
        ("Rekenen", "Wereld in getallen 5"),
        ("Taal en spelling", "Taal actief 5"),
        ("Technisch lezen", "Lijn 3 (groep 3), Estafette (groep 4-6)"),
        ("Begrijpend lezen", "Nieuwsbegrip"),
        ("Wereldoriëntatie", "Naut, Meander en Brandaan"),
        ("Engels", "Stepping Stones Junior (groep 1-8)"),
        ("Sociaal-emotioneel", "KiVa"),
        ("Muziek en beeldend", "123Zing en Laat maar zien"),
        ("Bewegingsonderwijs", "vakleerkracht, twee keer 45 minuten per week"),
    ):
        rij = tabel.add_row().cells
        cel_tekst(rij[0], [vak])
        cel_tekst(rij[1], [methode])
    doc.add_paragraph()
    p(doc, "De ontwikkeling van de kinderen volgen wij met de toetsen van het Cito-leerlingvolgsysteem in januari "
           "en juni en met KIJK! bij de kleuters. Na iedere toetsronde maakt de leerkracht een groepsoverzicht en "
           "bespreekt dat in de groepsbespreking met de intern begeleider. Die besprekingen zijn drie keer per jaar: "
           "in oktober, februari en juni. Daar besluiten wij welk kind op welk niveau van de weektaak werkt en wie "
           "verlengde instructie krijgt.")
    p(doc, "Voor kinderen die meer nodig hebben, verwijzen wij naar ons schoolondersteuningsprofiel op de website. "
           "Wij willen dat ieder kind de ondersteuning krijgt die het nodig heeft, en wij streven ernaar in de "
           "toekomst meer ondersteuning binnen de klas te kunnen bieden.")
    nieuwe_pagina(doc)


def veilig(doc):  # type: ignore[no-untyped-def]
    h1(doc, "4. Veiligheid en burgerschap")
    h2(doc, "4.1 Een veilige school")
    p(doc, "Sinds 2021 zijn wij een KiVa-school. Alle groepen krijgen de KiVa-lessen, verdeeld over tien thema's "
           "per jaar. In november vullen de kinderen van groep 5 tot en met 8 de KiVa-monitor in; in 2025 gaf 94 "
           "procent aan zich veilig te voelen op school en zei 7 procent wel eens gepest te worden. Het KiVa-team, "
           "twee leerkrachten en de intern begeleider, pakt pestsituaties op volgens de vaste KiVa-aanpak met "
           "gesprekken en een steungroep. Juf Fenna is onze anti-pestcoördinator. Het veiligheidsplan is in 2024 "
           "herzien en wij hebben vijf BHV'ers.")

    h2(doc, "4.2 Burgerschap")
    p(doc, "Wij vinden burgerschap erg belangrijk. Het daltononderwijs past daar goed bij, want vrijheid, "
           "verantwoordelijkheid en samenwerken zijn ook de bouwstenen van een democratische samenleving. Wij "
           "willen kinderen leren wat het betekent om deel uit te maken van die samenleving en om respect te hebben "
           "voor mensen die anders denken. In de toekomst hopen wij een leerlingenraad op te zetten, en wij willen "
           "burgerschap de komende jaren een duidelijkere plek geven in ons aanbod.")
    nieuwe_pagina(doc)


def team(doc):  # type: ignore[no-untyped-def]
    h1(doc, "5. Ons team")
    p(doc, "Ons team bestaat uit 24 medewerkers: 15 leerkrachten, een intern begeleider, een vakleerkracht "
           "bewegingsonderwijs, drie onderwijsassistenten, een administratief medewerker, een conciërge, een "
           "adjunct-directeur en de directeur. Alle leerkrachten zijn bevoegd. Wij hebben aandacht voor het "
           "welbevinden van alle collega's, in elke levensfase. Wij willen een team zijn dat met plezier naar "
           "het werk komt.")
    p(doc, "Daltononderwijs vraagt specifieke vaardigheden. Van de 15 leerkrachten hebben er 11 het "
           "daltoncertificaat. De vier collega's die het nog niet hebben, volgen in 2026-2027 en 2027-2028 de "
           "tweejarige daltonopleiding en zijn uiterlijk in juli 2028 gecertificeerd. Nieuwe collega's krijgen in "
           "hun eerste jaar een daltonmaatje dat bij hen in de klas komt kijken. Twee studiedagen per jaar gaan over "
           "dalton, verzorgd door onze eigen daltoncoördinator.")
    p(doc, "Wij streven ernaar dat collega's vaker bij elkaar in de klas kijken en meer van elkaar leren. Voor de "
           "gesprekscyclus verwijzen wij naar het HR-beleid van ASG. Het ziekteverzuim was het afgelopen jaar "
           "hoog; wij hopen dat het de komende jaren weer daalt.")


def ouders(doc):  # type: ignore[no-untyped-def]
    h1(doc, "6. Ouders en omgeving")
    p(doc, "Ouders zijn betrokken bij het leerproces van hun kind. Sinds 2023 voeren wij in groep 4 tot en met 8 twee "
           "keer per jaar driehoeksgesprekken. Het kind vertelt dan zelf, aan de hand van zijn weektaakmap, aan "
           "ouders en leerkracht wat goed gaat en waar het nog aan wil werken. In groep 3 helpen leesouders bij het "
           "tutorlezen.")
    p(doc, "Wij willen transparant en toegankelijk communiceren. Via Social Schools houden wij ouders op de hoogte: "
           "iedere maand verschijnt de Klimop-post met het nieuws van de school, en de leerkracht deelt wekelijks "
           "een bericht met foto's en de weektaak van die week, zodat ouders thuis kunnen meekijken.")
    p(doc, "De medezeggenschapsraad is voor ons een belangrijk klankbord voor ideeën en een sparringpartner bij "
           "voorgenomen beleid en de uitvoering daarvan. Wij hechten veel waarde aan de inbreng van de MR.")
    p(doc, "In de toekomst hopen wij nauwer samen te werken met de bibliotheek in Haven-Centrum, het buurthuis en "
           "de sportverenigingen in de wijk. Ook de samenwerking met de kinderopvang in ons gebouw willen wij "
           "versterken, zodat er een doorgaande lijn ontstaat van peuter naar kleuter.")


def kwaliteit(doc):  # type: ignore[no-untyped-def]
    h1(doc, "7. Kwaliteit")
    p(doc, "Wij vinden het belangrijk dat de kwaliteit van ons onderwijs goed is en goed blijft. Wij willen de "
           "PDCA-cyclus de komende jaren beter gaan gebruiken en meer werken met gegevens over de ontwikkeling van "
           "kinderen. Voor de manier waarop ASG de kwaliteit bewaakt, verwijzen wij naar het kwaliteitsbeleid van "
           "ASG.")
    p(doc, "In het voorjaar van 2027 komt de Nederlandse Dalton Vereniging op visitatie. Wij hopen dan onze "
           "daltonlicentie voor vijf jaar te verlengen.")


def ambities(doc):  # type: ignore[no-untyped-def]
    h1(doc, "8. Onze ambities voor 2026-2030")
    p(doc, "In de tabel staan de ambities die wij de komende vier jaar willen waarmaken. Ieder jaar werken wij ze "
           "in het jaarplan verder uit.")
    tabel = doc.add_table(rows=1, cols=3)
    tabel.style = "Light Grid Accent 6"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, kop in enumerate(("Ambitie", "Wat merken wij ervan?", "Wanneer")):
        cel_tekst(tabel.rows[0].cells[i], [kop], vet=True)
    koprij_herhalen(tabel)
    for rij in (
        ("Alle leerkrachten hebben het daltoncertificaat", "15 van de 15 leerkrachten gecertificeerd",
         "juli 2028"),
        ("Daltonlicentie verlengd na visitatie", "positief visitatierapport NDV", "voorjaar 2027"),
        ("Nieuw planbord in groep 1-2", "alle kleutergroepen werken met hetzelfde planbord", "2026-2027"),
        ("Betere resultaten begrijpend lezen", "kinderen begrijpen teksten beter", "in de loop van de planperiode"),
        ("Reflectie krijgt een vaste plek", "kinderen praten vaker over hun eigen leren", "nog te bepalen"),
        ("Meer eigenaarschap bij kinderen", "kinderen plannen hun werk zelfstandig", "doorlopend"),
        ("Burgerschap duidelijker in het aanbod", "meer aandacht voor burgerschap", "in de toekomst"),
        ("Samenwerking met de wijk versterken", "meer contact met partners", "gedurende de planperiode"),
        ("Een vitaal en tevreden team", "minder verzuim, meer werkplezier", "doorlopend"),
    ):
        cellen = tabel.add_row().cells
        for i, tekst in enumerate(rij):
            cel_tekst(cellen[i], [tekst])
    doc.add_paragraph()


def slot(doc):  # type: ignore[no-untyped-def]
    h1(doc, "9. Tot slot")
    p(doc, "Wij kijken uit naar de komende vier jaar. Wij hebben zin om samen met kinderen, ouders en collega's "
           "verder te bouwen aan een school waar kinderen in vrijheid en met verantwoordelijkheid leren. Zoals een "
           "klimop: langzaam, maar steeds hoger.")
    p(doc, "Dit schoolplan is in juni 2026 voorgelegd aan de medezeggenschapsraad, ons klankbord.")
    p(doc, "Vastgesteld door de directeur, namens het bestuur van de Almeerse Scholen Groep, op 26 juni 2026.")
    p(doc, "Anouk Verbeek, directeur Daltonschool De Klimop", cursief=True)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.15
    for naam, grootte in (("Heading 1", 18), ("Heading 2", 13)):
        stijl = doc.styles[naam]
        stijl.font.name = "Georgia"
        stijl.font.size = Pt(grootte)
        stijl.font.color.rgb = GROEN
    doc.styles["Title"].font.name = "Georgia"
    doc.styles["Title"].font.color.rgb = GROEN
    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    sectie.different_first_page_header_footer = True
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    voorkant(doc)
    voorwoord(doc)
    swot(doc)
    visie(doc)
    praktijk(doc)
    veilig(doc)
    team(doc)
    ouders(doc)
    kwaliteit(doc)
    ambities(doc)
    slot(doc)

    core = doc.core_properties
    core.author = "A. Verbeek"
    core.last_modified_by = "A. Verbeek"
    core.title = "Schoolplan De Klimop 2026-2030"
    core.created = STEMPEL
    core.modified = STEMPEL
    core.revision = 12
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_104_dalton_de_klimop.docx")
