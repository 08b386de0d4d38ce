# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van openbare basisschool De Kroosvaart (Almere).

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

GROEN = RGBColor(0x1F, 0x5C, 0x4A)


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    """Zet de proeftaal van het document op Nederlands."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPrDefault"))
    if rpr is None:
        return
    r = rpr.find(qn("w:rPr"))
    if r is None:
        r = OxmlElement("w:rPr")
        rpr.append(r)
    lang = r.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("Schoolplan 2024-2028 OBS De Kroosvaart  |  pagina ")
    run.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


def _kop_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arcering(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(k)
        run.bold = True
        run.font.size = Pt(9.5)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _arcering(cel, "1F5C4A")
    _kop_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(waarde)
            run.font.size = Pt(9.5)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def _opsomming(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _tussenkop(doc, tekst):
    p = doc.add_paragraph()
    r = p.add_run(tekst)
    r.bold = True
    r.font.color.rgb = GROEN
    return p


# ---------------------------------------------------------------- inhoud
LIJNEN = [
    {
        "titel": "Lijn 1 – Lezen dat blijft hangen",
        "terugblik": [
            "In de vorige planperiode hebben we vooral aan rekenen gewerkt. De overstap naar Wereld in "
            "getallen 5 is goed gelukt: de rekenresultaten op de doorstroomtoets liggen sinds 2023 boven "
            "het landelijk gemiddelde van scholen met een vergelijkbare schoolweging (32,4). Bij lezen lukt "
            "dat niet. Technisch lezen gaat in de onderbouw goed met Veilig leren lezen (kim-versie), maar "
            "vanaf groep 5 zakt het begrip weg. Op de doorstroomtoets van 2024 haalde 93% van onze "
            "leerlingen 1F voor lezen en 51% 2F. Dat is net boven de signaleringswaarde, en daar zijn we "
            "niet tevreden mee.",
            "Wat ons nog meer zorgen baart: in de leerlingpeiling van maart 2024 zei maar 58% van de "
            "kinderen in groep 5 tot en met 8 dat ze ‘graag’ of ‘heel graag’ lezen. De schoolbibliotheek "
            "is versleten en niet op leesniveau ingedeeld, en de wekelijkse les Nieuwsbegrip staat los van "
            "wat kinderen verder leren. Kinderen lezen teksten over onderwerpen die ze niet kennen en "
            "waar ze daarna niets meer mee doen.",
        ],
        "ambitie": [
            "Over vier jaar lezen onze kinderen meer, liever en beter. We willen dat lezen een vast en "
            "plezierig deel van elke dag is, en dat begrijpend lezen gebeurt met teksten die ergens over "
            "gaan: de thema’s van wereldoriëntatie. Wij hebben hoge verwachtingen van onze leerlingen en "
            "van elkaar. Concreet: in 2028 haalt ten minste 96% van de leerlingen in groep 8 1F lezen en "
            "ten minste 60% 2F. Het aandeel kinderen dat graag leest stijgt van 58% naar 70%.",
            "We gaan daarvoor niet nog een methode aanschaffen. We stoppen met Nieuwsbegrip als losse les "
            "en verbinden begrijpend lezen met de thema’s van Blink Wereld. Het team bestudeert daarvoor "
            "eerst zelf wat onderzoek zegt over kennisrijk leesonderwijs; twee leerkrachten gaan in het "
            "voorjaar van 2025 kijken op scholen in Utrecht en Zwolle die dit al een paar jaar doen. Een "
            "leesteam, met een leescoördinator en één leerkracht per bouw, houdt de regie. Samen met De "
            "Nieuwe Bibliotheek vernieuwen we de schoolbibliotheek via de Bibliotheek op school.",
        ],
        "stappen": [
            ("Leesteam gevormd; Sanne de Wit start met de opleiding leescoördinator", "september 2024",
             "directeur, Sanne de Wit", "het leesteam heeft een jaarplanning en komt zes keer per jaar bij elkaar"),
            ("Nulmeting leesplezier en leesgedrag groep 4-8", "oktober 2024", "leesteam",
             "de uitkomsten zijn besproken op de studiedag van november"),
            ("Vast kwartier vrij lezen aan het begin van elke dag, in alle groepen", "vanaf november 2024",
             "alle leerkrachten", "bij de klassenbezoeken zien we in elke groep het leeskwartier terug"),
            ("Schoolbibliotheek vernieuwd: 1.200 nieuwe titels, uitlenen via de Bibliotheek op school",
             "voorjaar 2025", "leesconsulent De Nieuwe Bibliotheek, werkgroep leesouders",
             "de collectie is ingedeeld op leesniveau en de oude boeken zijn afgevoerd"),
            ("Studiemiddag ‘wat zegt onderzoek over leesbegrip’ en schoolbezoeken", "februari-april 2025",
             "leesteam, twee leerkrachten", "het team heeft een gedeelde notitie met vijf uitgangspunten"),
            ("Proef: begrijpend lezen binnen de Blink-thema’s in groep 6 en 7", "schooljaar 2025-2026",
             "leerkrachten groep 6 en 7, leesteam", "evaluatie met leerlingen en besluit over invoering in juni 2026"),
            ("Invoering in groep 5 tot en met 8; Nieuwsbegrip opgezegd", "schooljaar 2026-2027",
             "alle leerkrachten groep 5-8", "aanpak staat beschreven in ons leesplan"),
            ("Eindmeting en evaluatie", "juni 2028", "intern begeleider, directeur",
             "1F lezen ≥ 96%, 2F ≥ 60%, leesplezier ≥ 70%"),
        ],
    },
    {
        "titel": "Lijn 2 – Van peuter tot groep 8: één route",
        "terugblik": [
            "Sinds 2019 zit Kinderopvang Pluim bij ons in het gebouw, met twee peutergroepen (waarvan één "
            "voor- en vroegschoolse educatie met Uk & Puk) en een buitenschoolse opvang voor ongeveer 70 "
            "kinderen. Het contact is prettig: we delen de koffie, het speelplein en de zorg voor het "
            "gebouw. Maar inhoudelijk werkten we langs elkaar heen. De overdracht van peuter naar groep 1 "
            "ging met een formulier, gesprekken waren er alleen bij zorgen. In 2023 stroomde maar 60% van "
            "de peuters van Pluim door naar onze school. Ouders vertelden ons dat ze het verschil tussen "
            "‘de opvang’ en ‘de school’ niet zagen en dat ze bij twee balies hun verhaal moesten doen.",
        ],
        "ambitie": [
            "Een kind dat op zijn tweede bij Pluim binnenkomt, moet merken dat het in één huis is. Pluim en "
            "school werken met dezelfde thema’s in de peutergroep en groep 1-2, gebruiken allebei KIJK! om "
            "de ontwikkeling te volgen en dragen elk kind warm over: de pedagogisch medewerker en de "
            "kleuterleerkracht praten met elkaar, en met de ouders. De BSO sluit waar het kan aan op wat er "
            "overdag gebeurt. We houden het bij twee organisaties met elk hun eigen regels; een integraal "
            "kindcentrum worden we deze periode niet. Wel willen we in 2028 dat ten minste 80% van de "
            "peuters doorstroomt naar onze groep 1 en dat elke overdracht met een gesprek gaat.",
        ],
        "stappen": [
            ("Maandelijks overleg directeur en locatiemanager Pluim", "vanaf september 2024",
             "Jorien Hazelzet, Anouk Verbeek (Pluim)", "jaarafspraken staan op papier en worden in juni geëvalueerd"),
            ("Warme overdracht peuter-kleuter bij elk kind, met ouders erbij", "vanaf september 2024",
             "bouwcoördinator onderbouw, pedagogisch medewerkers", "100% van de overdrachten gaat met een gesprek"),
            ("Vier gezamenlijke thema’s per jaar voor peutergroepen en groep 1-2", "schooljaar 2025-2026",
             "kleuterleerkrachten, pedagogisch medewerkers", "per thema minstens twee gezamenlijke activiteiten"),
            ("Digitale overdracht vanuit KIJK!, met toestemming van ouders", "januari 2026",
             "intern begeleider, Pluim", "de overdrachtsgegevens staan bij de start in groep 1 in ParnasSys"),
            ("Gezamenlijke studiemiddag team en pedagogisch medewerkers", "jaarlijks in februari",
             "directeur, locatiemanager", "evaluatie met afspraken voor het volgende jaar"),
            ("Eén ontvangstbalie in de centrale hal, bemand door school en Pluim", "na de zomer van 2026",
             "directeur, Pluim, gemeente als gebouweigenaar", "nieuwe ouders worden op één plek ontvangen"),
        ],
    },
    {
        "titel": "Lijn 3 – Een klas waarin je durft",
        "terugblik": [
            "We werken sinds 2019 met KiVa. In de monitor van maart 2024 gaf 91% van de kinderen aan zich "
            "veilig te voelen op school. Daar zijn we blij mee, maar het gemiddelde verbergt iets. In groep "
            "6 en 7 waren er in 2022-2023 meerdere pestincidenten die we te laat zagen, en op het plein en in "
            "de gangen is het vaak onrustig, vooral tijdens de overblijf. Kinderen geven ‘rust in de klas’ "
            "een 7,1. Ook merken we dat we de stille kinderen minder goed kennen dan de kinderen die van "
            "zich laten horen.",
        ],
        "ambitie": [
            "Kinderen durven bij ons fouten te maken, iets te vragen en iets te zeggen als het niet goed "
            "gaat. Daarvoor is rust nodig en een volwassene die je kent. Elke groep start het jaar met "
            "vier ‘gouden weken’ waarin groepsvorming voorop staat. Elk kind van groep 3 tot en met 8 heeft "
            "twee keer per jaar een kindgesprek met de eigen leerkracht: hoe gaat het, wat wil je leren, "
            "wat heb je van mij nodig. De drie Kroosvaart-afspraken (we zorgen voor elkaar, we zorgen voor "
            "de spullen, we zorgen voor rust) herzien we samen met de leerlingenraad, zodat ze van de "
            "kinderen zijn. Ze gelden ook voor de overblijf en de BSO. In 2028 voelt ten minste 93% van de "
            "kinderen zich veilig en krijgt ‘rust in de klas’ minstens een 7,8.",
        ],
        "stappen": [
            ("Gouden weken vast in de jaarplanning", "elk jaar augustus-oktober", "groepsleerkrachten",
             "groepsafspraken hangen in elk lokaal en zijn besproken met ouders op de startavond"),
            ("Kroosvaart-afspraken herzien met de leerlingenraad", "schooljaar 2024-2025",
             "leerlingenraad, gedragsspecialist Kees Groenendijk", "drie afspraken in eigen woorden, zichtbaar in school en op het plein"),
            ("Kindgesprek twee keer per jaar in groep 3-8", "vanaf oktober 2024", "alle leerkrachten",
             "gesprekken staan kort vastgelegd in ParnasSys en komen terug in de groepsbespreking"),
            ("Training KiVa-basis voor alle overblijfkrachten en BSO-medewerkers", "voorjaar 2025",
             "TSO-coördinator, Pluim", "iedereen die met kinderen werkt, heeft de training gevolgd"),
            ("Pestprotocol en veiligheidsplan herzien", "schooljaar 2025-2026",
             "anti-pestcoördinator, MR", "het herziene plan is met de MR besproken en staat op de website"),
            ("Veiligheidsmonitor en groepsgesprek over de uitkomsten", "jaarlijks in maart",
             "intern begeleider", "≥ 93% voelt zich veilig; ‘rust in de klas’ ≥ 7,8 in 2028"),
        ],
    },
    {
        "titel": "Lijn 4 – Meedoen in de wijk en daarbuiten",
        "terugblik": [
            "Aan burgerschap deden we van alles: een leerlingenraad, een kerstmarkt voor het goede doel, "
            "een bezoek aan de moskee en de kerk in groep 6. Maar het hing van de leerkracht af wat een kind "
            "meekreeg, en we konden niet laten zien wat kinderen aan het eind van groep 8 weten en kunnen. "
            "Sinds de aangescherpte wet van 2021 vraagt de inspectie daar terecht naar.",
        ],
        "ambitie": [
            "We bouwen een leerlijn burgerschap voor groep 1 tot en met 8 rond drie vragen: hoe beslissen we "
            "samen (democratie), wie ben ik en wie is de ander (identiteit en verschil), en hoe ga ik om met "
            "wat ik online zie (mediawijsheid). We gebruiken de burgerschapslessen van Kwink als basis en "
            "voegen daar eigen projecten aan toe. Elke groep doet per jaar één ‘buurtdaad’: iets voor de wijk "
            "Tussen de Vaarten, bijvoorbeeld voorlezen in zorgcentrum De Boomgaard of zwerfafval prikken met "
            "de buurtsportcoach. Groep 7 bezoekt het stadhuis en praat met een raadslid. De leerlingenraad "
            "wordt gekozen: kandidaten voeren campagne, groep 5 tot en met 8 stemt.",
        ],
        "stappen": [
            ("Inventarisatie van wat we al doen en opstellen van de leerlijn", "schooljaar 2024-2025",
             "werkgroep burgerschap (drie leerkrachten)", "de leerlijn is in juni 2025 vastgesteld in de teamvergadering"),
            ("Verkiezing leerlingenraad groep 5-8", "elk jaar in oktober", "leerkracht groep 8",
             "de raad vergadert zes keer per jaar en brengt verslag uit in de nieuwsbrief"),
            ("Eén buurtdaad per groep per jaar", "vanaf schooljaar 2025-2026", "groepsleerkrachten",
             "acht groepen of meer hebben hun buurtdaad gedaan; foto’s en verslag in de hal"),
            ("Bezoek stadhuis en gesprek met een raadslid", "jaarlijks in het voorjaar", "leerkrachten groep 7",
             "bezoek heeft plaatsgevonden; leerlingen schrijven een brief aan de raad"),
            ("MediaMasters in de Week van de Mediawijsheid", "jaarlijks in november", "leerkrachten groep 7-8",
             "alle groepen 7 en 8 doen mee"),
            ("Evaluatie leerlijn met leerlingvragenlijst burgerschap", "juni 2027", "werkgroep burgerschap",
             "we weten per domein wat leerlingen in groep 8 beheersen en passen de leerlijn waar nodig aan"),
        ],
    },
    {
        "titel": "Lijn 5 – Een team dat van elkaar leert",
        "terugblik": [
            "Tussen 2021 en 2024 wisselde het team sterk: zeven nieuwe collega’s, van wie twee zij-instromers "
            "en drie starters. Twee vacatures konden we een half jaar lang alleen vullen met inval en een "
            "onderwijsassistent. Ons team telt nu 26 medewerkers, onder wie 17 groepsleerkrachten. De "
            "gesprekscyclus kwam in die drukke jaren niet altijd rond: in 2022-2023 had een derde van de "
            "collega’s geen ontwikkelgesprek. Wat wel goed ging, is dat nieuwe collega’s zich snel thuis "
            "voelden; dat zeggen ze zelf in de exitgesprekken en in de startersbijeenkomsten.",
        ],
        "ambitie": [
            "We willen een team dat samen beter wordt in lesgeven, en niet elk in een eigen lokaal. Elke "
            "leerkracht formuleert ieder jaar één eigen ontwikkeldoel dat aansluit bij de lijnen in dit "
            "plan, en werkt daar zichtbaar aan. Twee keer per jaar kijken collega’s bij elkaar in de les "
            "met de kijkwijzer die we voor directe instructie hebben gemaakt. Starters krijgen drie jaar "
            "een vaste coach. Onze twee zij-instromers halen in 2026 hun bevoegdheid; zij krijgen daarvoor "
            "elke week een vaste studiedag en begeleiding van onze schoolopleider. De intern begeleider "
            "neemt deel aan de leergemeenschap van intern begeleiders van ASG, en de leescoördinator aan het "
            "ASG-netwerk lezen; wat zij daar ophalen, delen ze op onze studiedagen. En de gesprekscyclus "
            "is ieder jaar voor iedereen rond.",
        ],
        "stappen": [
            ("Gesprekscyclus: startgesprek, klassenbezoek met voortgangsgesprek, ontwikkelgesprek",
             "elk jaar september, januari-februari en mei-juni", "directeur, adjunct-directeur",
             "100% van de medewerkers heeft alle drie de gesprekken gehad"),
            ("Eigen ontwikkeldoel per leerkracht, vastgelegd in het bekwaamheidsdossier",
             "elk jaar oktober", "iedere leerkracht", "het doel is besproken in het startgesprek en geëvalueerd in juni"),
            ("Collegiale consultatie met de kijkwijzer directe instructie", "twee keer per jaar vanaf 2024-2025",
             "alle leerkrachten, in duo’s", "elke leerkracht heeft twee keer gekeken en is twee keer bekeken"),
            ("Coach voor elke starter, drie jaar lang", "doorlopend", "schoolopleider Marloes Veenstra",
             "starters hebben aan het eind van jaar 3 hun ontwikkelportfolio afgerond"),
            ("Zij-instromers halen hun bevoegdheid (pabo-traject Windesheim)", "uiterlijk juli 2026",
             "twee zij-instromers, schoolopleider, directeur", "beide collega’s zijn bevoegd"),
            ("Deelname leergemeenschap ib’ers en ASG-netwerk lezen; delen op studiedagen",
             "doorlopend", "intern begeleider, leescoördinator", "op elke studiedag een kwartier ‘wat hebben we opgehaald’"),
            ("Vier teamleden per jaar volgen een leergang van de ASG Academie", "vanaf 2024-2025",
             "directeur (budget), teamleden", "leergangen passen bij de ontwikkellijnen en zijn afgerond"),
        ],
    },
    {
        "titel": "Lijn 6 – Thuis en school aan dezelfde kant",
        "terugblik": [
            "Sinds 2020 communiceren we met ouders via Parro. Ouders zijn daar tevreden over: in de "
            "tevredenheidspeiling van Scholen met Succes (2023) gaven ze de informatievoorziening een 7,4. "
            "Maar niet iedere ouder bereiken we. In 23% van onze gezinnen wordt thuis vooral een andere "
            "taal gesproken, vaak Arabisch, Turks, Pools of Papiaments. Op de informatieavond in september "
            "kwam in 2023 nog geen derde van de ouders. Tegelijk hadden we een paar keer een conflict "
            "waarbij de toon van ouders én van ons niet goed was, onder andere in de groepsapps van ouders.",
        ],
        "ambitie": [
            "Onze cultuur is gastvrij, iedereen voelt zich welkom. Dat willen we waarmaken door ouders eerst "
            "te leren kennen voordat we iets van hen vragen. In de eerste weken van het schooljaar voert "
            "elke leerkracht een kennismakingsgesprek met elk gezin. Vanaf groep 5 voeren we de "
            "rapportgesprekken als driegesprek: kind, ouder en leerkracht samen. We gebruiken de "
            "vertaalfunctie van Parro en zetten bij gesprekken waar nodig een tolk of een taalmaatje in. "
            "Samen met De Nieuwe Bibliotheek starten we een taalcafé voor ouders in onze aula. Een "
            "ouderpanel van acht ouders denkt drie keer per jaar mee over wat we doen. Met het team, de MR en "
            "het ouderpanel leggen we omgangsafspraken vast: hoe we met elkaar praten, binnen twee werkdagen "
            "antwoord geven op een bericht en lastige dingen niet in een app bespreken. In 2028 geven "
            "ouders onze communicatie minstens een 7,8.",
        ],
        "stappen": [
            ("Kennismakingsgesprek met elk gezin", "elk jaar in de eerste drie schoolweken", "groepsleerkrachten",
             "met 100% van de gezinnen is gesproken"),
            ("Omgangsafspraken ouders en school opgesteld en gepubliceerd", "schooljaar 2024-2025",
             "directeur, MR, ouderpanel", "afspraken staan in de schoolgids en worden bij de kennismaking besproken"),
            ("Taalcafé voor ouders met De Nieuwe Bibliotheek", "vanaf januari 2025, om de week",
             "leesconsulent, taalvrijwilligers", "na een jaar gemiddeld tien ouders per bijeenkomst"),
            ("Driegesprekken in groep 5-8", "vanaf schooljaar 2025-2026", "leerkrachten groep 5-8",
             "twee rapportgesprekken per jaar als driegesprek"),
            ("Ouderpanel", "drie keer per jaar", "directeur", "kort verslag van elk panel in de nieuwsbrief"),
            ("Tevredenheidspeiling ouders", "voorjaar 2026 en voorjaar 2028", "directeur",
             "communicatie ≥ 7,8 en respons ≥ 55%"),
        ],
    },
]


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam in ("Heading 1", "Heading 2"):
        st = doc.styles[naam]
        st.font.color.rgb = GROEN
        st.font.name = "Calibri"

    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    _paginanummer(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 OBS De Kroosvaart"
    cp.author = "J. Hazelzet"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2024, 6, 20, 9, 30, 0)
    cp.modified = datetime.datetime(2024, 7, 3, 14, 5, 0)
    cp.last_modified_by = "J. Hazelzet"
    cp.revision = 7

    # ---------------------------------------------------------- voorblad
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2024-2028")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = GROEN
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Openbare basisschool De Kroosvaart")
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Zes ontwikkellijnen voor de komende vier jaar")
    r.italic = True
    r.font.size = Pt(13)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Almere, Tussen de Vaarten\n").font.size = Pt(10)
    p.add_run("Onderdeel van de Almeerse Scholen Groep (ASG)\n").font.size = Pt(10)
    p.add_run("Met instemming van de MR op 11 juni 2024, vastgesteld door het bestuur op 2 juli 2024").font.size = Pt(10)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------- voorwoord
    doc.add_heading("Voorwoord", level=1)
    _alinea(doc,
        "Voor u ligt het schoolplan van De Kroosvaart voor de schooljaren 2024-2025 tot en met 2027-2028. "
        "Het is geen dik boek geworden, en dat is met opzet. In het vorige plan stonden veertien "
        "verbeterpunten; we hebben er vijf echt afgemaakt. Deze keer kiezen we voor zes lijnen waar we "
        "vier jaar lang aan blijven werken. Per lijn kijken we kort terug, zeggen we waar we over vier jaar "
        "willen staan en zetten we de stappen op een rij: wat we doen, wanneer, wie de kar trekt en "
        "waaraan we zien dat het klaar is.")
    _alinea(doc,
        "Het plan is gemaakt met het team, op twee studiedagen in januari en maart 2024, met de "
        "leerlingenraad en met de ouders en medewerkers in de MR. Ook Kinderopvang Pluim, onze buren in "
        "het gebouw, heeft meegelezen. De koers van ons bestuur, de Almeerse Scholen Groep, lag daarbij op "
        "tafel. We hebben die niet punt voor punt overgenomen, maar gekozen wat voor onze kinderen en onze "
        "wijk nu het meest nodig is. In hoofdstuk 7 staat ook wat we bewust laten liggen.")
    _alinea(doc,
        "Ik dank iedereen die heeft meegedacht, en vooral de kinderen van de leerlingenraad, die ons "
        "eraan herinnerden dat rust op het plein net zo belangrijk is als rust in de klas.")
    _alinea(doc, "Jorien Hazelzet, directeur")

    # ---------------------------------------------------------- 1 school
    doc.add_heading("1. De Kroosvaart in het kort", level=1)
    _alinea(doc,
        "De Kroosvaart is een openbare basisschool in de wijk Tussen de Vaarten in Almere Stad. Op 1 "
        "oktober 2023 telden we 312 leerlingen in 13 groepen. Het leerlingenaantal is de afgelopen vier "
        "jaar licht gegroeid (2019: 287), vooral door nieuwbouw in het noordelijk deel van de wijk. De "
        "schoolweging is 32,4; dat betekent dat onze leerlingen gemiddeld iets minder meekrijgen van "
        "huis uit dan landelijk gemiddeld. Ongeveer een kwart van de kinderen groeit meertalig op, en bij "
        "15% van de leerlingen is er sprake van een gezin dat het financieel krap heeft (gegevens "
        "Kindpakket gemeente Almere).")
    _alinea(doc,
        "In hetzelfde gebouw zit Kinderopvang Pluim met twee peutergroepen en een buitenschoolse opvang. "
        "School en opvang zijn twee organisaties, met een eigen bestuur en eigen personeel, maar we delen "
        "de hal, het speelplein, de speelzaal en veel kinderen: ongeveer 70 van onze leerlingen gaan na "
        "school naar de BSO van Pluim.")
    _tussenkop(doc, "Ons team")
    _alinea(doc,
        "Het team bestaat uit 26 medewerkers: een directeur, een adjunct-directeur die ook lesgeeft, 17 "
        "groepsleerkrachten, een intern begeleider (0,8 fte), een gedragsspecialist (0,4 fte, naast zijn "
        "lesgevende taak), twee onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge "
        "en een administratief medewerker. Elk jaar leiden we vier tot zes pabostudenten van Windesheim "
        "op.")
    _tussenkop(doc, "Waar we staan")
    _alinea(doc,
        "De inspectie bezocht ons in november 2022 in het kader van het vierjaarlijks onderzoek bij ASG. "
        "Alle onderzochte standaarden waren voldoende; ‘zicht op ontwikkeling’ en ‘samenwerking’ "
        "kregen de waardering goed. Verbeterpunt was het aanbod burgerschap, dat te weinig samenhang had. "
        "De doorstroomtoets (in 2024 voor het eerst afgenomen, met Route 8) liet voor rekenen en taalverzorging "
        "resultaten boven de signaleringswaarden zien; lezen 2F scoort daar maar net boven. De "
        "tevredenheid van ouders was in 2023 een 7,6 gemiddeld, die van leerlingen een 7,9.")
    _alinea(doc,
        "Uit de gesprekken op de studiedagen kwamen drie dingen steeds terug: kinderen lezen te weinig en "
        "te ongraag, de samenwerking met Pluim kan veel meer opleveren, en we missen door alle "
        "wisselingen in het team een gezamenlijke manier van lesgeven. Dat zijn de zwaartepunten van dit plan.")

    # ---------------------------------------------------------- 2 leeswijzer
    doc.add_heading("2. Hoe dit plan werkt", level=1)
    _alinea(doc,
        "Dit schoolplan is opgebouwd uit zes ontwikkellijnen. Elke lijn heeft dezelfde vorm: een korte "
        "terugblik, een ambitie voor 2028 en een tabel met stappen. In de kolom ‘Klaar als’ staat waaraan "
        "we zien dat een stap gezet is; dat gebruiken we in het jaarplan en bij de evaluatie. Lijnen 1, 3 "
        "en 4 gaan over het onderwijs aan de kinderen, lijn 2 over de samenwerking met de opvang, lijn 5 "
        "over het team en lijn 6 over de ouders.")
    _alinea(doc,
        "Na de lijnen beschrijven we onze ondersteuning (hoofdstuk 5) en hoe we de kwaliteit bewaken "
        "(hoofdstuk 6). Ons onderwijsaanbod zelf beschrijven we kort hieronder en uitgebreid in de "
        "schoolgids; de kerndoelen en de referentieniveaus taal en rekenen zijn afgedekt met de methodes "
        "die we gebruiken.")
    _tussenkop(doc, "Ons aanbod in één oogopslag")
    _tabel(doc, ["Vak of gebied", "Wat we gebruiken", "Uren per week (groep 5-8)"], [
        ("Taal en spelling", "Staal (taal en spelling)", "5"),
        ("Lezen", "Veilig leren lezen kim-versie (groep 3); vrij lezen; begrijpend lezen, zie lijn 1", "4,5"),
        ("Rekenen", "Wereld in getallen 5", "5"),
        ("Wereldoriëntatie", "Blink Wereld (geschiedenis, aardrijkskunde, natuur en techniek)", "3"),
        ("Engels", "Groove.me, vanaf groep 1", "1"),
        ("Sociaal-emotioneel en burgerschap", "KiVa, Kwink, eigen leerlijn burgerschap (lijn 4)", "1"),
        ("Bewegingsonderwijs", "vakleerkracht, twee lessen", "1,5"),
        ("Kunst en cultuur", "Laat maar zien, cultuurmenu Almere", "1,5"),
        ("Levensbeschouwing", "groep 7-8: keuze voor GVO, HVO of IVO", "0,75"),
    ], breedtes=[4, 8.5, 3.5])
    _alinea(doc,
        "We plannen elk jaar ruim 940 uur onderwijstijd, zodat we over acht schooljaren boven de wettelijke "
        "7.520 uur uitkomen. We werken met een continurooster van 8.30 tot 14.00 uur, met op woensdag een "
        "korte dag tot 12.15 uur.")

    # ---------------------------------------------------------- 3 openbaar
    doc.add_heading("3. Een openbare school: welkom, en je hoeft niemand te zijn", level=1)
    _alinea(doc,
        "De Kroosvaart is een openbare school. Voor ons betekent dat drie dingen. Elk kind is welkom, "
        "ongeacht geloof, afkomst, thuistaal of de portemonnee van de ouders: we weigeren geen kinderen om "
        "wie ze zijn, en de vrijwillige ouderbijdrage (€ 35) is echt vrijwillig; geen kind wordt "
        "uitgesloten van het schoolreisje omdat er niet betaald is.")
    _alinea(doc,
        "Daarnaast besteden we actief aandacht aan de levensbeschouwingen en tradities die in onze school "
        "en in Almere voorkomen. We vieren het Suikerfeest, Divali, Chanoeka, Kerst en Keti Koti niet "
        "allemaal als schoolfeest, maar in elke groep wordt erover verteld, liefst door kinderen en ouders "
        "zelf. In groep 7 en 8 kunnen ouders kiezen voor lessen humanistisch, godsdienstig of islamitisch "
        "vormingsonderwijs via het Dienstencentrum GVO en HVO; wie niet kiest, doet in die tijd een "
        "filosofieproject met de eigen leerkracht.")
    _alinea(doc,
        "Tot slot leren kinderen hier dat ze een eigen mening mogen hebben en dat die van een ander net "
        "zo veel ruimte krijgt. In de klas voeren we filosofische gesprekken, onder meer met de "
        "lessen van Kwink, en leerkrachten houden hun eigen overtuiging buiten de les. We kijken zonder "
        "vooroordeel naar wat een kind meebrengt: een kind dat thuis Pools spreekt, brengt een taal mee, "
        "geen achterstand. Dat laatste hebben we in de kleutergroepen afgesproken door thuistalen een plek "
        "te geven in de klas (tweetalige prentenboeken, tellen in de eigen taal). Hoe we dit in de "
        "burgerschapslessen uitwerken, staat in lijn 4.")

    # ---------------------------------------------------------- 4 lijnen
    doc.add_heading("4. Zes ontwikkellijnen", level=1)
    for lijn in LIJNEN:
        doc.add_heading(lijn["titel"], level=2)
        _tussenkop(doc, "Terugblik")
        for t in lijn["terugblik"]:
            _alinea(doc, t)
        _tussenkop(doc, "Ambitie voor 2028")
        for t in lijn["ambitie"]:
            _alinea(doc, t)
        _tussenkop(doc, "Stappen")
        _tabel(doc, ["Stap", "Wanneer", "Wie", "Klaar als"], lijn["stappen"],
               breedtes=[5.5, 3, 3.5, 5])

    # ---------------------------------------------------------- 5 ondersteuning
    doc.add_heading("5. Ondersteuning: wat we kunnen bieden, en wat niet", level=1)
    _alinea(doc,
        "Ons schoolondersteuningsprofiel (SOP) is in maart 2024 herzien en staat op de website. Hier de "
        "hoofdlijnen. De basisondersteuning is op orde: we werken handelingsgericht, bespreken elke groep "
        "drie keer per jaar met de intern begeleider (oktober, februari en juni) en volgen de kinderen met "
        "KIJK! in groep 1-2 en met het leerlingvolgsysteem van Boom in groep 3-8, waar we in 2024 naartoe "
        "zijn overgestapt.")
    _tussenkop(doc, "Wat we in de school kunnen bieden")
    _opsomming(doc, [
        "Begeleiding bij dyslexie en ernstige rekenproblemen volgens de landelijke protocollen, met "
        "ondersteuning door een onderwijsassistent in kleine groepjes.",
        "Een plusgroep voor ongeveer twaalf meer- en hoogbegaafde kinderen uit groep 5-8, één ochtend per "
        "week, begeleid door een leerkracht met de opleiding specialist hoogbegaafdheid.",
        "Extra taalaanbod voor nieuwkomers die de eerste opvang al achter de rug hebben (ongeveer vijf "
        "kinderen per jaar), met Taalklas.nl en een onderwijsassistent.",
        "Begeleiding bij lichte tot middelzware gedragsvragen door onze gedragsspecialist, in overleg met "
        "ouders en zo nodig met het wijkteam van De Schoor.",
        "Een eigen leerlijn met ontwikkelingsperspectief voor kinderen die het niveau van groep 8 niet "
        "halen; in 2023-2024 ging het om 14 leerlingen.",
    ])
    _tussenkop(doc, "Waar onze grenzen liggen")
    _alinea(doc,
        "We kunnen geen één-op-één-begeleiding gedurende de hele dag bieden en geen intensieve medische "
        "handelingen. Kinderen die langdurig een prikkelarme, kleine groep nodig hebben, zijn bij ons "
        "niet goed op hun plek. In die gevallen zoeken we samen met ouders en de consulent van het "
        "Samenwerkingsverband Passend Onderwijs Almere naar een arrangement of een andere school. Wij maken "
        "deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
        "leerlingen een passende onderwijsplek hebben. In de praktijk betekent dat: de consulent van het "
        "samenwerkingsverband schuift zes keer per jaar aan bij ons ondersteuningsteam, en bij een "
        "overstap naar het speciaal (basis)onderwijs dragen we het kind altijd warm over. In 2023-2024 zijn "
        "twee kinderen naar het speciaal basisonderwijs gegaan en is voor drie kinderen een arrangement "
        "in de eigen groep toegekend.")

    # ---------------------------------------------------------- 6 kwaliteit
    doc.add_heading("6. Zo houden we zicht op onze kwaliteit", level=1)
    _alinea(doc,
        "We werken met een vaste jaarcyclus. Het jaarplan, dat we in juni schrijven, haalt de stappen uit "
        "de tabellen van hoofdstuk 4 voor dat jaar naar voren. In januari houden we een tussenevaluatie "
        "met het team; in juni volgt de eindevaluatie, die we in het jaarverslag vastleggen. Die "
        "evaluaties bespreken we met de MR en met de bestuurder van ASG tijdens het kwartaalgesprek. Het "
        "schoolplan zelf evalueren we in het voorjaar van 2026 halverwege, en in het voorjaar van 2028 "
        "aan het eind.")
    _tabel(doc, ["Wat", "Hoe vaak", "Wie", "Wat we ermee doen"], [
        ("Analyse toets- en doorstroomtoetsgegevens (trendanalyse)", "twee keer per jaar (februari, juni)",
         "intern begeleider, directeur", "bespreken op de studiedag; bijstellen groepsplannen en jaarplan"),
        ("Groepsbesprekingen", "drie keer per jaar", "leerkracht en intern begeleider",
         "afspraken over aanbod per groep en per kind"),
        ("Klassenbezoeken directie met kijkwijzer", "minstens twee keer per leerkracht per jaar",
         "directeur, adjunct-directeur", "input voor de gesprekscyclus en de studiedagen"),
        ("Kwaliteitskaarten WMK-PO", "vier kaarten per jaar, volgens vierjarenschema",
         "directeur", "uitkomsten in het jaarverslag"),
        ("Tevredenheidspeiling leerlingen, ouders en medewerkers (Scholen met Succes)",
         "om het jaar (2026, 2028)", "directeur", "bespreken met team, MR en ouderpanel"),
        ("Veiligheidsmonitor leerlingen groep 5-8", "jaarlijks in maart", "intern begeleider",
         "verantwoording aan inspectie en gesprek in de groepen"),
        ("Kwartaalrapportage en schoolbezoek bestuur ASG", "vier keer per jaar",
         "directeur en bestuurder", "bijsturing op de lijnen van dit plan"),
    ], breedtes=[5, 3.5, 3.5, 5])
    _alinea(doc,
        "We willen dat de kwaliteit van ons onderwijs in de hele periode minimaal voldoende blijft volgens "
        "het inspectiekader, dat de resultaten op de doorstroomtoets jaarlijks boven de "
        "signaleringswaarden liggen, en dat we bij het volgende inspectiebezoek ook de lijn burgerschap "
        "met ‘voldoende’ kunnen laten zien.")

    # ---------------------------------------------------------- 7 keuzes
    doc.add_heading("7. Wat we deze periode laten liggen", level=1)
    _alinea(doc,
        "Een plan is ook een keuze om sommige dingen niet te doen. Bij het schrijven kwamen meer wensen op "
        "tafel dan we in vier jaar goed kunnen uitvoeren. Deze punten schuiven we bewust door:")
    _opsomming(doc, [
        "Een nieuw onderwijsconcept of een andere manier van groeperen. Het team is net weer op sterkte; "
        "we investeren eerst in wat we samen al doen.",
        "Een doorlopende leerlijn digitale geletterdheid. We doen wel mee aan MediaMasters (lijn 4), maar "
        "een volledige leerlijn pakken we in het volgende plan op.",
        "De vervanging van Staal; die methode loopt tot 2029.",
        "Een eigen werkgroep techniek en wetenschap. De thema’s van Blink bieden hiervoor voorlopig genoeg.",
    ])
    _alinea(doc,
        "Als de omstandigheden veranderen, bijvoorbeeld als het lerarentekort in Almere ons opnieuw "
        "hard raakt, stellen we de planning bij. Dat doen we dan in het jaarplan en altijd in overleg met "
        "de MR.")

    # ---------------------------------------------------------- 8 vaststelling
    doc.add_heading("8. Instemming en vaststelling", level=1)
    _alinea(doc,
        "De medezeggenschapsraad van De Kroosvaart heeft het concept besproken op 14 mei 2024. Op verzoek "
        "van de oudergeleding is in lijn 6 het taalcafé toegevoegd en zijn de omgangsafspraken concreter "
        "gemaakt. In de vergadering van 11 juni 2024 heeft de MR ingestemd met dit schoolplan. Het "
        "bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 2 juli 2024. De MR bespreekt "
        "elk jaar in oktober de evaluatie van het afgelopen jaar en denkt mee over de stappen in het "
        "nieuwe jaarplan.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cellen = [
        ("Voor instemming namens de MR", "Voor vaststelling namens het bestuur"),
        ("Ricardo Monteiro, voorzitter MR", "College van Bestuur ASG"),
        ("Datum: 11 juni 2024\nHandtekening:", "Datum: 2 juli 2024\nHandtekening:"),
    ]
    for i, (a, b) in enumerate(cellen):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Directeur: Jorien Hazelzet   —   Almere, juli 2024").italic = True

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_147_obs_kroosvaart.docx")
