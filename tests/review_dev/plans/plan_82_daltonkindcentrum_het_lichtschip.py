"""Schoolplan 2023-2027 van Daltonkindcentrum Het Lichtschip (Almere Stad, algemeen bijzonder):
reflecterend proza onder eigen hoofdstuktitels, doelen als genummerde lijsten per hoofdstuk,
veel Daltonpraktijk, een terugblik, een SWOT-tabel en de MR-instemming in het colofon."""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2023, 6, 22, 14, 30, 0)


# ---------------------------------------------------------------- Word-loodgieterij (uit docx_parts)
def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


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
                    run.font.size = Pt(9)
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


# ---------------------------------------------------------------- genummerde lijsten die per hoofdstuk opnieuw beginnen
def _nieuwe_nummering(doc) -> str:  # type: ignore[no-untyped-def]
    """Een nieuwe w:num op de abstracte nummering van de stijl List Number, met start op 1."""
    stijl = doc.styles["List Number"]
    stijl_num = stijl.element.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    nummering = doc.part.numbering_part.element
    abstract_id = None
    max_id = 0
    for num in nummering.findall(qn("w:num")):
        nid = int(num.get(qn("w:numId")))
        max_id = max(max_id, nid)
        if str(nid) == stijl_num:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    nieuw_id = str(max_id + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), nieuw_id)
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), abstract_id)
    num.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    nummering.append(num)
    return nieuw_id


def doelenlijst(doc, inleiding, doelen):  # type: ignore[no-untyped-def]
    kop = doc.add_paragraph()
    kop.add_run(inleiding).bold = True
    num_id = _nieuwe_nummering(doc)
    for doel in doelen:
        par = doc.add_paragraph(doel, style="List Number")
        ppr = par._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), num_id)
        numpr.append(ilvl)
        numpr.append(nid)
        ppr.insert(1, numpr)


def _p(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


# ---------------------------------------------------------------- het plan
def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.title = "Schoolplan 2023-2027 Daltonkindcentrum Het Lichtschip"
    cp.author = "S. Oudshoorn"
    cp.last_modified_by = "M. Yilmaz"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.revision = 7

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.text = "Daltonkindcentrum Het Lichtschip – schoolplan 2023-2027 – "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    # ---- titelblad
    doc.add_paragraph("Koers houden, ruimte geven", style="Title")
    doc.add_paragraph("Schoolplan 2023 – 2027", style="Subtitle")
    _p(doc, "Daltonkindcentrum Het Lichtschip, Almere Stad").runs[0].bold = True
    _p(doc, "Basisschool voor algemeen bijzonder onderwijs, samen met Kinderopvang De Vliegende Hollander")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- colofon
    doc.add_heading("Colofon", level=1)
    for regel in [
        "Naam: Daltonkindcentrum Het Lichtschip",
        "Adres: Marlene Dietrichstraat 12, 1325 ZK Almere (Filmwijk, Almere Stad)",
        "BRIN: 28PX – bevoegd gezag: Almeerse Scholen Groep (ASG)",
        "Denominatie: algemeen bijzonder – onderwijsconcept: Dalton (lid van de Nederlandse Dalton Vereniging)",
        "Directeur: Sanne Oudshoorn – adjunct-directeur en Daltoncoördinator: Mehmet Yilmaz",
        "Intern begeleiders: Karin de Wit (groep 1-4) en Joyce Landveld (groep 5-8)",
        "Planperiode: 1 augustus 2023 tot en met 31 juli 2027",
        "Instemming: de medezeggenschapsraad van Het Lichtschip heeft op 20 juni 2023 ingestemd met dit "
        "schoolplan (voorzitter MR: Danielle Mulder).",
        "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 4 juli 2023.",
    ]:
        _p(doc, regel)

    # ---- 1
    doc.add_heading("1. Ten geleide", level=1)
    _p(doc, "Een schoolplan schrijven kan voelen als het invullen van een formulier. Wij hebben geprobeerd er een "
            "gesprek van te maken. Het team heeft op drie studiedagen – in oktober 2022, januari 2023 en maart "
            "2023 – teruggekeken op vier jaar werken en vooruitgekeken naar de komende vier. De centrale vragen "
            "uit de Koerswijzer van ons bestuur hebben we daarbij als gespreksstof gebruikt, en ook de "
            "leerlingenraad en een avond met ouders in februari 2023 leverden veel op. De vraag die we de "
            "kinderen stelden – 'Wat maakt het Lichtschip jouw school?' – kwam steeds terug bij hetzelfde "
            "antwoord: 'Hier mag je zelf kiezen, maar je moet het wel afmaken.' Beter kunnen we Dalton niet "
            "samenvatten.")
    _p(doc, "Dit plan volgt niet de indeling van de Koerswijzer. De hoofdstukken volgen de vragen die wij onszelf "
            "stelden: wat bracht het vorige plan, waar staan we, hoe leren kinderen hier, hoe houden we het "
            "veilig, hoe leren wij als team, met wie doen we het en hoe bewaken we de kwaliteit? Koers 22 loopt "
            "er als een draad doorheen. Wij zijn nieuwsgierig naar nieuwe inzichten, zodat ons onderwijs "
            "eigentijds blijft. Elk hoofdstuk sluit af met de doelen die we ons voor deze planperiode stellen; "
            "die doelen vormen samen de basis voor de vier jaarplannen.")

    # ---- 2
    doc.add_heading("2. Terugkijken: wat het vorige plan ons bracht", level=1)
    _p(doc, "Het schoolplan 2019-2023 had vijf speerpunten. Bij het teruglezen viel ons op hoe anders die jaren "
            "zijn gelopen dan we hadden bedacht. De schoolsluitingen van 2020 en 2021 hebben veel plannen "
            "vertraagd, maar ook dingen versneld die we anders jaren hadden laten liggen.")
    doc.add_heading("Dalton herijken", level=2)
    _p(doc, "De Daltonvisitatie van de Nederlandse Dalton Vereniging stond gepland voor het voorjaar van 2020 en "
            "vond uiteindelijk plaats in maart 2021. Onze licentie is verlengd tot 2026. De visitatiecommissie "
            "was lovend over de zelfstandigheid van de kinderen en over de manier waarop ze samenwerken, maar "
            "ook kritisch: de reflectie bleef volgens de commissie te vaak steken in 'het ging goed' of 'ik was "
            "snel klaar'. Die opmerking heeft ons aan het denken gezet en komt terug in hoofdstuk 4.")
    doc.add_heading("Begrijpend lezen", level=2)
    _p(doc, "We wilden dat in 2023 65 procent van de kinderen in groep 8 niveau 2F zou halen voor lezen. Het werd "
            "58 procent, tegen 52 procent in 2019. Vooruitgang dus, maar niet genoeg. Achteraf hebben we te veel "
            "tegelijk gedaan: een nieuwe methode, een nieuwe aanpak voor woordenschat én een nieuwe toets. Voor "
            "de nieuwe periode kiezen we één aanpak en houden die vier jaar vast.")
    doc.add_heading("Van school naar kindcentrum", level=2)
    _p(doc, "Sinds augustus 2022 vormen wij samen met Kinderopvang De Vliegende Hollander een kindcentrum voor "
            "kinderen van 0 tot 13 jaar. Er is één ingang, één pedagogische taal (de Vreedzame School en de "
            "Vreedzame Kinderopvang) en de pedagogisch medewerkers van de peutergroep observeren met hetzelfde "
            "instrument als onze kleuterleerkrachten: KIJK!. Dit speerpunt is gehaald, al vraagt de "
            "samenwerking nog veel overleg.")
    doc.add_heading("ICT en digitale geletterdheid", level=2)
    _p(doc, "De schoolsluitingen dwongen ons om in een paar weken te doen wat we over drie jaar hadden "
            "uitgesmeerd: sinds 2021 werken de groepen 5 tot en met 8 met een eigen Chromebook. Een leerlijn "
            "digitale geletterdheid is er echter nooit gekomen. Die nemen we mee naar dit plan.")
    doc.add_heading("Ouders als partner", level=2)
    _p(doc, "In 2021 zijn we in de groepen 6 tot en met 8 begonnen met driehoeksgesprekken, waarin het kind zelf "
            "met ouder en leerkracht zijn taakbrief en portfolio bespreekt. Ouders en leerkrachten waren daar "
            "enthousiast over; het gesprek gaat meer over leren en minder over cijfers.")
    _p(doc, "Een laatste les uit de afgelopen periode gaat over geld. Met de middelen van het Nationaal Programma "
            "Onderwijs hebben we tutorgroepjes en een extra onderwijsassistent betaald. Die middelen stoppen in "
            "2025. We hebben er bewust voor gekozen om alleen die dingen door te zetten die we daarna uit de "
            "eigen begroting kunnen betalen.")

    # ---- 3
    doc.add_heading("3. Waar we nu staan", level=1)
    _p(doc, "Op 1 oktober 2022 telde Het Lichtschip 412 kinderen in zestien groepen. In het kindcentrum werken 34 "
            "medewerkers van de school en 18 van De Vliegende Hollander. De Filmwijk is een gemengde wijk met "
            "koopwoningen en sociale huur; onze schoolweging is 29,6 en bij 22 procent van de kinderen wordt "
            "thuis ook een andere taal gesproken. De gemeentelijke prognose laat tot 2027 een lichte daling van "
            "het aantal kinderen in de wijk zien, ongeveer 8 procent.")
    _p(doc, "De inspectie gaf ons in 2019 een basisarrangement. Op de eindtoets van 2023 (IEP) haalde 97 procent "
            "van de kinderen 1F lezen en 58 procent 2F; voor rekenen was dat 93 procent 1F en 44 procent 1S, "
            "voor taalverzorging 99 procent 1F en 66 procent 2F. Daarmee liggen we op alle onderdelen boven de "
            "signaleringswaarden van de inspectie en voor rekenen ook boven het gemiddelde van vergelijkbare "
            "scholen. Begrijpend lezen is het onderdeel waar we het meest te winnen hebben.")
    _p(doc, "Het gebouw uit 1998 is krap geworden. Zes lokalen liggen aan één lange gang; de centrale hal wordt "
            "nauwelijks gebruikt. Met een bijdrage van € 85.000 uit de meerjarenonderhoudsbegroting van de ASG "
            "richten we die hal in de zomer van 2024 in als leerplein (zie hoofdstuk 4).")
    _p(doc, "Met het team en de MR hebben we in januari 2023 een sterkte-zwakteanalyse gemaakt. De uitkomst staat "
            "hieronder, in de woorden van het team.")
    tabel(doc, ["Sterk", "Zwak", "Kansen", "Bedreigingen"], [
        ["Kinderen werken zelfstandig en plannen hun eigen werk (visitatie 2021)",
         "Reflectie van kinderen blijft oppervlakkig",
         "Samenwerking met andere Daltonscholen van de ASG",
         "Lerarentekort in Almere"],
        ["Doorgaande lijn 0-13 met De Vliegende Hollander",
         "Begrijpend lezen 2F onder onze eigen ambitie",
         "Verbouwing van de hal tot leerplein",
         "Einde van de NPO-middelen in 2025"],
        ["Stabiel team, weinig verloop",
         "Geen leerlijn digitale geletterdheid",
         "Bibliotheek op school met De Nieuwe Bibliotheek",
         "Dalend aantal kinderen in de wijk"],
        ["94% van de kinderen voelt zich veilig",
         "Daltonpraktijk verschilt te veel per groep",
         "Aanbod van de ASG Academie",
         "Krap gebouw"],
        ["Betrokken ouders, volle ouderavonden",
         "Vijf leerkrachten zonder Daltoncertificaat",
         "Zij-instromers als nieuwe collega's",
         "Zwaardere ondersteuningsvragen"],
    ], breedtes=[4.0, 4.0, 4.0, 4.0])
    _p(doc, "")

    # ---- 4
    doc.add_heading("4. Dalton: zo leren wij hier", level=1)
    _p(doc, "Dalton is voor ons geen methode maar een manier van kijken naar kinderen. We werken vanuit de vijf "
            "kernwaarden van de Nederlandse Dalton Vereniging: vrijheid en verantwoordelijkheid, zelfstandigheid, "
            "samenwerking, effectiviteit en reflectie. Kinderen krijgen ruimte om te kiezen wanneer, waar en met "
            "wie ze aan hun taken werken – binnen grenzen die met de leeftijd ruimer worden.")
    doc.add_heading("Een dag op het Lichtschip", level=2)
    _p(doc, "In groep 1-2 plannen de kinderen op het planbord met dagritmekaarten en kiezen ze elke dag twee "
            "taken, waarvan één verplicht. De Daltonklok laat met kleuren zien wanneer het werktijd, "
            "instructietijd of opruimtijd is. In groep 3 werken de kinderen met een dagtaak; vanaf groep 4 met "
            "een weektaak. In de groepen 6 tot en met 8 staan op de taakbrief verplichte taken, keuzetaken en "
            "sterretjestaken: uitdagingen die een kind zelf kiest of die de leerkracht voorstelt. Elke ochtend "
            "is er een blokuur van zestig minuten waarin de kinderen zelfstandig aan hun taakbrief werken, terwijl "
            "de leerkracht aan de instructietafel kinderen verlengde instructie geeft.")
    _p(doc, "Tijdens het blokuur geldt uitgestelde aandacht. Een kind met een vraag legt het blokje op rood en "
            "werkt verder aan iets anders tot de leerkracht langskomt; bij groen mag je een klasgenoot om hulp "
            "vragen. Op woensdagochtend lezen kinderen uit groep 8 met hun Daltonmaatje uit groep 3. Op "
            "donderdagmiddag is de Daltonmiddag: kinderen van groep 4 tot en met 8 kiezen uit ateliers als "
            "koken, programmeren, theater en tuinieren. Welke ateliers er zijn, bepaalt de leerlingenraad mee.")
    doc.add_heading("Reflectie: wat we anders gaan doen", level=2)
    _p(doc, "De kritiek van de visitatiecommissie deed pijn, omdat ze klopte. Op vrijdag kleurden kinderen hun "
            "taakbrief in en schreven een smiley bij 'hoe ging het?'. Dat is afvinken, geen reflecteren. Sinds "
            "januari 2023 werken we daarom met een reflectiekaart met vier vragen: wat wilde ik leren, wat lukte, "
            "wat heb ik nodig, wat is mijn doel voor volgende week? In de groepen 5 tot en met 8 houdt de "
            "leerkracht elke week een reflectiegesprek met drie kinderen tegelijk, zodat elk kind eens in de "
            "drie weken aan de beurt is. Wat kinderen zeggen, gebruiken we in de groepsbespreking: het zegt vaak "
            "meer over wat een kind nodig heeft dan een toetsscore. In mei 2023 kon 52 procent van de kinderen "
            "in groep 5 tot en met 8 in zo'n gesprek een eigen leerdoel noemen.")
    doc.add_heading("Het Daltonplein", level=2)
    _p(doc, "Na de verbouwing van de hal starten we in het schooljaar 2024-2025 met een proef: de groepen 6, 7 en "
            "8 (samen 84 kinderen) werken tijdens het blokuur en de Daltonmiddag samen op het Daltonplein. Vier "
            "leerkrachten en een onderwijsassistent verdelen de instructie; kinderen schrijven zich via een "
            "digitaal planbord zelf in voor een instructiemoment. Zo krijgen ze meer keuze dan in een "
            "klaslokaal mogelijk is, en kunnen leerkrachten hun sterke vakken breder inzetten. De stamgroep "
            "blijft bestaan voor de start van de dag, de kring en de reflectie. We nemen de proef zorgvuldig: "
            "na een jaar beslissen we met team, ouders en kinderen of we doorgaan.")
    doc.add_heading("Dalton borgen", level=2)
    _p(doc, "Mehmet Yilmaz is Daltoncoördinator met vier uur per week. Met de Daltonwerkgroep (één leerkracht per "
            "bouw) houdt hij het Daltonhandboek bij, waarin staat wat elke groep minimaal doet. Elke zes weken "
            "loopt hij het Daltonrondje: een korte ronde langs alle groepen met de Daltonkijkwijzer, gevolgd "
            "door een gesprek met de leerkracht. Dat is nodig, want de praktijk verschilt nu te veel per groep.")
    _p(doc, "Onze Daltonwerkgroep komt drie keer per jaar bij elkaar met de Daltonwerkgroepen van twee andere "
            "ASG-scholen, Daltonschool De Kameleon en Daltonschool Het Baken. We wisselen taakbrieven en "
            "reflectiekaarten uit en bezoeken elkaars klassen. Buiten de ASG zijn we actief in de Nederlandse "
            "Dalton Vereniging: we nemen deel aan het regionetwerk Flevoland-Gooi en Mehmet is sinds 2022 "
            "visitator, zodat hij ook bij Daltonscholen elders in het land meekijkt.")
    doelenlijst(doc, "Onze doelen voor Dalton", [
        "Voorjaar 2026: Daltonvisitatie door de NDV met een positief advies, waarmee onze licentie tot 2031 "
        "wordt verlengd.",
        "Schooljaar 2024-2025: proef Daltonplein in groep 6-8; evaluatie met kinderen, ouders en team in juni "
        "2025; besluit over voortzetting uiterlijk 1 oktober 2025.",
        "Juni 2025 kan 80 procent van de kinderen in groep 5-8 in het reflectiegesprek een eigen leerdoel "
        "noemen (mei 2023: 52 procent); in juni 2027 is dat 90 procent.",
        "Vanaf 2023-2024 vindt het Daltonrondje elke zes weken in alle groepen plaats; het Daltonhandboek "
        "wordt elk jaar in augustus bijgewerkt.",
        "Elk schooljaar drie bijeenkomsten met de Daltonwerkgroepen van De Kameleon en Het Baken, met minstens "
        "één wederzijds klassenbezoek per bouw.",
    ])

    # ---- 5
    doc.add_heading("5. Wat kinderen hier leren", level=1)
    doc.add_heading("Ons aanbod", level=2)
    _p(doc, "Ons aanbod dekt de kerndoelen en is erop gericht dat kinderen aan het eind van groep 8 minstens 1F "
            "en waar mogelijk 2F/1S halen. Alle groepen krijgen jaarlijks ruim 940 uur onderwijs. We werken met "
            "Kleuterplein in groep 1-2, Lijn 3 in groep 3, Taal actief voor taal en spelling, Nieuwsbegrip voor "
            "begrijpend lezen en Wereld in getallen 5 voor rekenen. Engels krijgen alle groepen met Groove.me. "
            "Bewegingsonderwijs geeft onze vakleerkracht twee keer per week; muziek krijgen de groepen 5 en 6 "
            "een jaar lang van een docent van Kunstlinie Almere Flevoland.")
    _p(doc, "Voor wereldoriëntatie gebruiken we DaVinci: vier thema's per jaar waarin geschiedenis, "
            "aardrijkskunde, natuur, techniek, kunst en geestelijke stromingen samenkomen. Elk thema begint met "
            "een verwonderweek, waarin kinderen vragen verzamelen over wat hen bezighoudt: de bouw van het "
            "nieuwe winkelcentrum, een filmpje dat rondging, de oorlog waar een klasgenoot vandaan komt. Iedere "
            "groep kiest een van die vragen als eigen onderzoeksvraag, en het thema eindigt met een presentatie "
            "voor ouders.")
    _p(doc, "De leerlijn digitale geletterdheid die er in de vorige periode niet kwam, schrijft het leerteam "
            "digitale geletterdheid in 2023-2024. Hij volgt de vier domeinen van SLO: ICT-basisvaardigheden, "
            "informatievaardigheden, mediawijsheid en computational thinking. We gebruiken de lessen van Basicly "
            "in groep 1 tot en met 8 en programmeren met Scratch en micro:bits in groep 6 tot en met 8. Daarmee "
            "bereiden we kinderen voor op een wereld waarin ze met technologie niet alleen moeten kunnen omgaan, "
            "maar er ook kritisch naar moeten kunnen kijken.")
    doc.add_heading("De lat", level=2)
    _p(doc, "Wij hebben hoge verwachtingen van onze kinderen en van elkaar. In maart 2023 heeft het team daarom de "
            "schoolnormen opnieuw vastgesteld: voor begrijpend lezen willen we in 2027 dat 65 procent van groep 8 "
            "2F haalt, voor rekenen 50 procent 1S. In de groepsbespreking stellen we voor elk kind een streefdoel "
            "dat boven het huidige niveau ligt. Geen kind zit een heel jaar vast in een instructiegroep: na elk "
            "blok kijkt de leerkracht opnieuw, en elk kind heeft minstens één sterretjestaak per week op de "
            "taakbrief staan.")
    doc.add_heading("Zicht op kinderen en ondersteuning", level=2)
    _p(doc, "We volgen de kinderen met de toetsen van het Cito-leerlingvolgsysteem (januari en juni), met KIJK! in "
            "groep 1-2 en met de gesprekken uit het reflectiemoment. Drie keer per jaar bespreekt de leerkracht "
            "de groep met de intern begeleider. Kinderen die van de peutergroep van De Vliegende Hollander komen, "
            "worden warm overgedragen: de pedagogisch medewerker en de kleuterleerkracht bespreken samen de "
            "KIJK!-gegevens.")
    _p(doc, "Ons schoolondersteuningsprofiel beschrijft welke ondersteuning we bieden. De basisondersteuning is "
            "sterk verweven met Dalton: de instructietafel, de sterretjestaken en het werken met een eigen "
            "planning maken dat we binnen de groep veel kunnen afstemmen. Daarnaast bieden we Bouw! in groep 2 "
            "tot en met 4, Rekensprint in groep 4 en 5, het dyslexieprotocol, NT2-ondersteuning door een "
            "onderwijsassistent en de plusgroep Denkwerk voor de groepen 5 tot en met 8. Extra ondersteuning "
            "regelen we met een arrangement van het samenwerkingsverband Passend Onderwijs Almere; in 2022-2023 "
            "waren dat er zes. Het profiel noemt ook onze grenzen: kinderen die de hele dag één-op-één "
            "begeleiding nodig hebben of die zich ook met steun niet aan de afspraken van de groep kunnen "
            "houden, kunnen wij niet goed helpen.")
    doelenlijst(doc, "Onze doelen voor leren en ondersteuning", [
        "Begrijpend lezen: 62 procent 2F in 2025 en 65 procent in 2027 (2023: 58 procent).",
        "De leerlijn digitale geletterdheid is vastgesteld in juni 2024; vanaf 2024-2025 besteden alle groepen "
        "er minstens een uur per week aan.",
        "Het schoolondersteuningsprofiel is herzien en vastgesteld vóór 1 maart 2025.",
        "Vanaf 1 januari 2024 worden alle kinderen die van De Vliegende Hollander komen met hun KIJK!-gegevens "
        "warm overgedragen.",
        "Vanaf 2023-2024 sluit elk DaVinci-thema in groep 3-8 af met een presentatie van de eigen "
        "onderzoeksvraag van de groep.",
    ])

    # ---- 6
    doc.add_heading("6. Veilig en vreedzaam", level=1)
    _p(doc, "Kinderen leren pas als ze zich veilig voelen. Sinds 2016 zijn we een Vreedzame School; de "
            "kinderopvang werkt sinds 2022 met de Vreedzame Kinderopvang. Kinderen van 0 tot 13 horen dus "
            "dezelfde taal: 'stop-hou op', 'eerst afkoelen', 'samen een oplossing zoeken'. Elk jaar krijgen alle "
            "groepen zes blokken lessen. Twaalf kinderen uit groep 7 en 8 worden in oktober opgeleid tot "
            "mediator en helpen in de pauzes bij ruzies op het plein.")
    _p(doc, "Respect vragen we niet alleen van kinderen. In het team hebben we in 2022 afgesproken hoe we met elkaar "
            "praten: problemen bespreken we met de persoon zelf, niet in de koffiekamer, en we laten elkaar "
            "uitpraten in vergaderingen. Die afspraken hangen in de personeelskamer en komen elk jaar in "
            "september terug.")
    _p(doc, "Elk voorjaar vullen de kinderen van groep 5 tot en met 8 de vragenlijst sociale veiligheid van ZIEN! "
            "in. In 2023 gaf 94 procent aan zich veilig te voelen. Karin de Wit is onze anti-pestcoördinator; "
            "het pestprotocol en de andere afspraken staan in het veiligheidsplan.")
    _p(doc, "Burgerschap leren kinderen bij ons vooral door het te doen. De leerlingenraad (twee kinderen per groep "
            "5 tot en met 8, gekozen in september) vergadert zes keer per jaar met de directeur en heeft in 2022 "
            "de regels voor het gebruik van de hal mee opgesteld. In de DaVinci-thema's komen democratie, "
            "rechtsstaat en de verschillende geestelijke stromingen aan bod, en de mediatoren leren kinderen wat "
            "het betekent om samen een conflict op te lossen.")
    doelenlijst(doc, "Onze doelen voor veiligheid en burgerschap", [
        "Elk jaar voelt minstens 92 procent van de kinderen in groep 5-8 zich veilig (ZIEN!).",
        "Elk jaar worden twaalf nieuwe mediatoren opgeleid; vanaf 2024 zijn er ook mediatoren op de BSO.",
        "De leerlingenraad vergadert zes keer per jaar en ten minste één voorstel van de raad wordt elk jaar "
        "uitgevoerd.",
    ])

    # ---- 7
    doc.add_heading("7. Een team dat blijft leren", level=1)
    _p(doc, "Dalton vraagt veel van leerkrachten: je moet durven loslaten zonder het overzicht te verliezen. Dat "
            "leer je niet uit een boek. Van de 26 leerkrachten hebben er 21 een Daltoncertificaat. Nieuwe "
            "collega's volgen binnen twee jaar de Daltonopleiding bij een door de NDV erkende opleider; de school "
            "betaalt de cursus (ongeveer € 1.450 per persoon) en geeft de studie-uren.")
    _p(doc, "We geloven dat mensen het meest leren van vragen die ze zelf belangrijk vinden. Daarom formuleert "
            "iedere collega in september zelf een leervraag in het persoonlijk ontwikkelplan. Die leervragen "
            "bundelen we in vier leerteams: begrijpend lezen, reflectie, digitale geletterdheid en het jonge "
            "kind. Elk leerteam komt zes keer per jaar bij elkaar in de teamtijd op dinsdagmiddag en werkt met "
            "lesson study: samen een les ontwerpen, bij elkaar kijken, bijstellen. Elke cyclus begint met het "
            "lezen van recent onderzoek over het onderwerp, bijvoorbeeld een artikel uit Didactief of een antwoord "
            "van de Kennisrotonde, en elk leerteam bezoekt één keer per jaar een school buiten Almere die er al "
            "verder mee is. In juni presenteren de "
            "leerteams hun bevindingen aan het hele team; wat werkt, komt in het Daltonhandboek.")
    _p(doc, "Daarnaast volgt iedere medewerker elk jaar minstens één cursus of leergang, bij voorkeur uit het aanbod "
            "van de ASG Academie. In 2022-2023 volgden vijf collega's de leergang over het jonge kind en twee de "
            "training voor leerlingmediatie. De intern begeleiders nemen deel aan de professionele "
            "leergemeenschap van IB'ers van de ASG, de directeur aan die van de directeuren.")
    _p(doc, "De gesprekscyclus is bij ons zo ingericht: in september een startgesprek over het ontwikkelplan, tussen "
            "november en maart een klassenbezoek door directie of IB met de Daltonkijkwijzer, in april of mei een "
            "ontwikkelgesprek en eens in de drie jaar een beoordelingsgesprek. Verslagen en certificaten komen in "
            "het digitale bekwaamheidsdossier van de medewerker.")
    _p(doc, "Vanaf augustus 2023 komen er twee zij-instromers bij ons werken, die de deeltijdopleiding aan de pabo "
            "van Windesheim in Almere gaan volgen. Femke Jansen, onze schoolopleider, begeleidt hen een uur per week; ze is "
            "daarvoor 0,1 fte vrijgeroosterd. De zij-instromers hebben een vaste studiedag en staan het eerste jaar "
            "niet alleen voor een groep.")
    _p(doc, "Ook wij willen aandacht hebben voor het welbevinden van collega's in elke levensfase. Hoe we dat "
            "concreet maken, pakken we de komende jaren samen met het bestuur op.")
    doelenlijst(doc, "Onze doelen voor het team", [
        "Uiterlijk juli 2025 hebben alle leerkrachten een Daltoncertificaat (nu 21 van de 26).",
        "Beide zij-instromers halen hun bevoegdheid uiterlijk 31 juli 2026.",
        "Elk jaar volgt iedere medewerker minstens één cursus of leergang, vastgelegd in het "
        "bekwaamheidsdossier.",
        "Elk jaar presenteren de vier leerteams in juni hun bevindingen; die staan in het jaarverslag.",
        "Elk jaar is met alle medewerkers vóór 1 oktober het startgesprek en vóór 1 juni het ontwikkelgesprek "
        "gevoerd.",
    ])

    # ---- 8
    doc.add_heading("8. Samen met ouders en partners", level=1)
    _p(doc, "Dalton werkt het best als kinderen thuis kunnen vertellen wat ze op school doen. Vanaf 2023-2024 "
            "voeren we in alle groepen 3 tot en met 8 twee keer per jaar een driehoeksgesprek, waarin het kind "
            "zelf vertelt over de taakbrief, het portfolio en zijn leerdoel. Ouders kunnen de taakbrief van hun "
            "kind elke week inzien in Social Schools, zodat ze er thuis naar kunnen vragen. Op de Daltonavond aan "
            "het begin van het jaar werken ouders zelf een uur met een taakbrief, inclusief uitgestelde aandacht; "
            "dat zegt meer dan elke uitleg.")
    _p(doc, "Over informatie waren ouders in de peiling van 2022 matig tevreden (een 7,4). Berichten kwamen via "
            "verschillende kanalen en op onvoorspelbare momenten. Nu gaat alles via Social Schools, met op vrijdag "
            "een weekbericht en in juni de jaarkalender voor het volgende jaar. Belangrijke berichten sturen we "
            "ook in het Engels. Vragen van ouders beantwoorden we binnen twee werkdagen.")
    _p(doc, "De MR (drie ouders en drie personeelsleden) heeft naast de vergaderingen twee keer per jaar een "
            "themabijeenkomst met de directie. Daar leggen we ideeën voor in een vroeg stadium, als er nog echt "
            "iets te kiezen valt. Het Daltonplein is zo in februari 2023 voor het eerst met de MR besproken; de "
            "vragen van de MR over het toezicht en de privacy van het digitale planbord hebben het plan beter "
            "gemaakt.")
    _p(doc, "Het kindcentrum maakt ons vanzelf partner van De Vliegende Hollander, maar we werken ook met anderen "
            "samen. De Nieuwe Bibliotheek verzorgt de bibliotheek op school; een leesconsulent is vier uur per "
            "week bij ons. De buurtsportcoach van Sportbedrijf Almere organiseert twee middagen per week sport na "
            "schooltijd op het plein. Het wijkteam en de jeugdverpleegkundige van de GGD schuiven vier keer per "
            "jaar aan bij het ondersteuningsteam. Groep 6 zorgt elk voorjaar samen met de gemeente voor een stuk "
            "van het Filmwijkpark, en de ouderen van het woonzorgcentrum aan de overkant komen met de kerst "
            "luisteren naar het schoolkoor.")
    doelenlijst(doc, "Onze doelen voor ouders en partners", [
        "Vanaf 2023-2024 twee driehoeksgesprekken per jaar in groep 3-8, met minstens 90 procent van de ouders "
        "aanwezig.",
        "In de ouderpeiling van 2025 geven ouders de informatievoorziening minstens een 8,0 (2022: 7,4).",
        "Het percentage kinderen dat graag leest stijgt volgens de monitor van de bibliotheek op school van 64 "
        "procent (2023) naar 75 procent in 2026.",
        "Elk jaar twee themabijeenkomsten van MR en directie, waarvan de MR één onderwerp kiest.",
        "Uiterlijk juli 2025 hebben school en De Vliegende Hollander één gezamenlijk pedagogisch beleidsplan "
        "voor 0-13 jaar.",
    ])

    # ---- 9
    doc.add_heading("9. Kwaliteit als gewoonte", level=1)
    _p(doc, "Kwaliteitszorg klinkt als iets voor de inspecteur. Wij proberen er een gewoonte van te maken. Ons "
            "jaar heeft een vaste cyclus: in september stellen we het jaarplan vast, in februari kijken we met "
            "het team waar we staan, in juli schrijven we het jaarverslag, dat vóór 1 november op de website "
            "staat. Twee keer per jaar, in februari en juli, maken de intern begeleiders een trendanalyse van de "
            "toetsresultaten over drie jaar, die we in het team bespreken.")
    _p(doc, "Elk jaar evalueren we drie onderdelen van ons onderwijs met de kwaliteitskaarten van WMK-PO, zodat "
            "in 2026 alle standaarden voor onderwijsproces en schoolklimaat aan bod zijn geweest. Het "
            "Daltonrondje en de klassenbezoeken geven ons zicht op wat er in de groepen gebeurt. In 2025 en 2027 "
            "vullen ouders, kinderen en medewerkers een tevredenheidspeiling in. Over de voortgang rapporteren we "
            "elk kwartaal aan het bestuur.")
    doelenlijst(doc, "Onze doelen voor kwaliteitszorg", [
        "Elk jaar drie zelfevaluaties met de WMK-kwaliteitskaarten; in 2026 zijn alle standaarden van "
        "onderwijsproces en schoolklimaat beoordeeld.",
        "Elk jaar trendanalyses in februari en juli; het jaarverslag staat vóór 1 november op de website.",
        "In de peilingen van 2025 en 2027 doet minstens 60 procent van de ouders mee.",
    ])

    # ---- 10
    doc.add_heading("10. Tot slot: wat we laten liggen", level=1)
    _p(doc, "Niet alles wat Koers 22 vraagt, krijgt in dit plan een eigen plek. We hebben liever een plan dat we "
            "echt gebruiken dan een plan dat overal iets over zegt. Zo hebben we het Daltonplein wel, maar de "
            "drie horizonten van de innovatiestrategie van de ASG niet als kader gebruikt; en voor veel wat de "
            "ASG als organisatie kan bieden, zoals het servicebureau en de ASG-brede studiedagen, rekenen we op "
            "het bestuur. Ook gastvrijheid verdient meer dan we er nu over zeggen: wij willen dat iedereen zich bij "
            "ons welkom voelt, ook de bezoeker die voor het eerst binnenloopt, maar hoe we dat handen en voeten "
            "geven, moeten we nog uitwerken. Over vier jaar kijken we weer terug, net zo eerlijk als nu, hopen we.")

    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_82_daltonkindcentrum_het_lichtschip.docx")
