# -*- coding: utf-8 -*-
"""Schoolplan 2023-2027 van algemeen bijzondere basisschool De Tjasker (Almere Poort).

Opbouw langs de vier kernwaarden en de vier vensters van ASG Koers 22, met Heading-stijlen
en een doelentabel per hoofdstuk. Zelfstandig script: build(path) schrijft het .docx-bestand.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


SCHOOL = "De Tjasker"
DATUM = datetime.datetime(2023, 7, 4, 10, 0, 0)


def _taal_nl(doc):
    """Zet de proeftaal van de standaardstijlen op Nederlands."""
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Table Grid", "List Bullet"):
        try:
            stijl = doc.styles[naam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")
        lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(doc):
    voet = doc.sections[0].footer
    p = voet.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("Schoolplan De Tjasker 2023-2027  |  pagina ")
    run.font.size = Pt(8)
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
    run.font.size = Pt(8)


def _koprij_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arceer(cel, kleur="D9E7D4"):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(tekst)
        run.bold = True
        run.font.size = Pt(9)
        _arceer(cel)
    _koprij_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(tekst)
            run.font.size = Pt(9)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


DOELKOP = ["Nr", "Wat willen we bereiken?", "Wanneer", "Wie", "Zo zien we dat het gelukt is"]
DOELBREEDTE = [1.0, 5.2, 2.3, 2.3, 5.4]


def p(doc, tekst):
    return doc.add_paragraph(tekst)


def opsom(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    _paginanummer(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan De Tjasker 2023-2027"
    cp.author = "S. Oosterbaan"
    cp.subject = "Schoolplan"
    cp.comments = ""
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "S. Oosterbaan"

    # ---------------------------------------------------------------- voorblad
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Schoolplan 2023 – 2027")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Algemeen bijzondere basisschool De Tjasker")
    r.font.size = Pt(18)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("“Draaien op eigen wind”")
    r.italic = True
    r.font.size = Pt(13)
    for _ in range(6):
        doc.add_paragraph()
    gegevens = [
       "Algemeen bijzondere basisschool De Tjasker",
       "Odysseestraat 41, 1363 XK Almere (Almere Poort)",
       "BRIN 29QK  |  onderdeel van de Almeerse Scholen Groep (ASG)",
       "Directeur: Sanne Oosterbaan",
       "Planperiode: 1 augustus 2023 tot en met 31 juli 2027",
       "Instemming MR: 27 juni 2023  |  Vastgesteld door het College van Bestuur: 4 juli 2023",
    ]
    for g in gegevens:
        q = doc.add_paragraph(g)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------------------------------------------------------- voorwoord
    doc.add_heading("Voorwoord", level=1)
    p(doc, "Voor u ligt het schoolplan van De Tjasker voor de schooljaren 2023-2024 tot en met 2026-2027. "
          "Een tjasker is een kleine Friese poldermolen die je met de hele kap op de wind draait: een kleine school die zelf kiest waar ze op draait. Dat is ook de toon van dit plan.")
    p(doc, "Ons bestuur, de Almeerse Scholen Groep, vraagt ons het schoolplan te schrijven tegen Koers 22. "
          "Dat hebben we gedaan: na een korte schets van onze school volgen vier hoofdstukken over de "
          "kernwaarden en vier over de vensters. Koers 22 blijft volgens het College van Bestuur het kader "
          "tot het nieuwe strategisch plan is vastgesteld.")
    p(doc, "Eén ding wil ik vooraf eerlijk zeggen. Koers 22 bevat 45 doelen. Een school met 214 leerlingen en "
          "zeventien medewerkers kan die niet allemaal tegelijk oppakken, en wie dat toch belooft, schrijft "
          "een plan dat in de kast verdwijnt. Wij kiezen. Bij een aantal doelen staat in dit plan dus gewoon: "
          "dat laten we deze periode liggen, of: daar sluiten we aan bij wat ASG doet. Bij de doelen die we "
          "wel kiezen, zijn we zo concreet als we kunnen: wat we doen, wie het trekt, wanneer het klaar is "
          "en waaraan we merken dat het gelukt is. Elk hoofdstuk eindigt met een doelentabel; in hoofdstuk 10 "
          "staan alle doelen die we bewust niet oppakken nog eens bij elkaar.")
    p(doc, "Dit plan is gemaakt met het team op de studiedagen van 14 februari en 12 april 2023, met het "
          "ouderpanel (acht ouders) op 21 maart en met de leerlingenraad op 28 maart 2023. De MR heeft het "
          "concept in twee vergaderingen besproken en op 27 juni 2023 ingestemd.")
    p(doc, "Sanne Oosterbaan, directeur")

    # ---------------------------------------------------------------- 1 onze school
    doc.add_heading("1. Onze school", level=1)
    doc.add_heading("1.1 Wie we zijn", level=2)
    p(doc, "De Tjasker staat sinds 2009 in het Homeruskwartier in Almere Poort. De school is opgericht door "
          "een stichting van ouders die een kleine, algemeen bijzondere school in de wijk wilden. Sinds 2014 "
          "valt De Tjasker onder de Almeerse Scholen Groep. Op 1 oktober 2022 telden we 214 leerlingen in "
          "negen groepen: twee kleutergroepen (1-2), en de groepen 3 tot en met 8, met een combinatiegroep 6/7. "
          "We werken met een vijf-gelijke-dagenmodel: alle kinderen gaan van 8.30 tot 14.00 uur naar school. "
          "In hetzelfde gebouw zit de buitenschoolse opvang van kinderopvangorganisatie Kinderrijk Poort.")
    p(doc, "Het team bestaat uit zeventien medewerkers (12,6 fte), onder wie elf groepsleerkrachten, een "
          "intern begeleider en een vakleerkracht bewegingsonderwijs. Drie collega’s zijn in 2022 nieuw begonnen, "
          "onder wie een zij-instromer in groep 5.")
    doc.add_heading("1.2 Algemeen bijzonder: wat dat bij ons betekent", level=2)
    p(doc, "De Tjasker is geen openbare school en ook geen school van één geloofsrichting. Algemeen bijzonder "
          "betekent bij ons dat we uitgaan van de gelijkwaardigheid van levensbeschouwingen en dat ouders "
          "via de school een eigen stem hebben in hoe we daarmee omgaan. Kinderen leren over verschillende "
          "geloven en over humanisme, zonder dat de school er één voorschrijft. Hoe we dat in de praktijk doen, "
          "staat in hoofdstuk 3 (Open).")
    doc.add_heading("1.3 Onze leerlingen en de wijk", level=2)
    p(doc, "Almere Poort is een jonge, groeiende wijk. We tellen 23 nationaliteiten en bij 19 procent van de kinderen wordt thuis vooral een "
          "andere taal dan Nederlands gesproken (Engels, Arabisch, Pools, Turks en Papiaments het meest). De "
          "schoolweging van de inspectie is 29,4; dat is iets boven het landelijk gemiddelde en betekent dat "
          "we iets meer kinderen hebben met een risico op achterstand. Jaarlijks stromen 12 tot 18 kinderen tussentijds in.")
    doc.add_heading("1.4 Waar we staan", level=2)
    p(doc, "Bij het vierjaarlijks onderzoek in 2019 beoordeelde de inspectie onze kwaliteit als voldoende. "
          "De eindresultaten schommelen: in 2021 lagen we onder de signaleringswaarde voor 2F/1S lezen, in "
          "2022 en 2023 weer erboven. Het zwakke punt is begrijpend lezen in de groepen 5 tot en met 8; bij "
          "rekenen en taalverzorging staan we er goed voor. In 2023 haalde 97 procent van onze leerlingen in "
          "groep 8 het niveau 1F voor lezen en 52 procent het niveau 2F.")
    p(doc, "In de tevredenheidspeiling van januari 2023 (WMK-PO) gaven ouders de school een 7,8 en leerlingen "
          "uit de groepen 6 tot en met 8 een 8,1. Ouders zijn kritisch over de informatie over de "
          "ontwikkeling van hun kind. Het ziekteverzuim van het team "
          "was in 2022 met 6,8 procent te hoog; twee langdurige uitvallers speelden daarin mee.")
    doc.add_heading("1.5 Zo leest u dit plan", level=2)
    p(doc, "Onderwijsprogramma, burgerschap, ondersteuning, veiligheid en kwaliteitszorg staan bij venster 1, "
          "het personeelsbeleid bij venster 2. De nummers in de doelentabellen (bijvoorbeeld GW-1) komen "
          "terug in de meerjarenplanning in hoofdstuk 11.")

    # ---------------------------------------------------------------- 2 gezien worden
    doc.add_heading("2. Kernwaarde Gezien worden", level=1)
    p(doc, "De cultuur op De Tjasker is gastvrij, iedereen voelt zich welkom. Dat schrijft iedere school op. "
          "Wat het bij ons concreet betekent, staat hieronder.")
    doc.add_heading("2.1 Welkom, elke ochtend", level=2)
    p(doc, "Vanaf 8.15 uur staat de deur open. Elke leerkracht staat bij de deur van het lokaal en geeft ieder "
          "kind een hand, een high five of een knikje, wat het kind zelf kiest.  Op vrijdagochtend is er van 8.30 tot 9.15 uur de koffiehoek in de hal, "
          "waar ouders elkaar en de directeur kunnen treffen. Bij de ingang hangt sinds dit voorjaar een "
          "welkomstbord in vijf talen met een plattegrond; bezoekers worden door de conciërge opgevangen en "
          "niet naar een balie verwezen.")
    p(doc, "Nieuwe gezinnen krijgen een kennismakingsgesprek met de directeur en een rondleiding door twee "
          "leerlingen uit groep 8. Vanaf 2023-2024 koppelen we elk nieuw gezin dat dat wil aan een "
          "‘maatjesgezin’ uit dezelfde groep, dat de eerste zes weken het aanspreekpunt is voor vragen als: "
          "wanneer is de gymles en wat neem je mee naar het schoolreisje. Voor tussentijdse instromers geldt "
          "dat het kind de eerste week een vaste buddy in de klas heeft.")
    doc.add_heading("2.2 Ieder kind telt, iedere collega ook", level=2)
    p(doc, "Elke leerkracht voert in de eerste drie weken van het schooljaar een kort gesprek van tien minuten "
          "met elk kind uit de groep (in de kleutergroepen met ouder en kind samen). Het gesprek gaat over wat "
          "het kind goed kan, waar het tegenop ziet en wat het van de juf of meester nodig heeft. In februari "
          "volgt een tweede gesprek. De uitkomsten noteren we op de kindkaart in ParnasSys, zodat de volgende "
          "leerkracht ze kan lezen.")
    p(doc, "Voor medewerkers geldt hetzelfde principe. Nieuwe collega’s krijgen het eerste jaar een vaste maatje-collega "
          "en een gesprek met de directeur na zes weken en na een half jaar.")
    doc.add_heading("2.3 Zicht op wat kinderen en collega’s nodig hebben", level=2)
    p(doc, "Drie keer per jaar (oktober, februari, juni) bespreken leerkracht en intern begeleider de hele "
          "groep. We kijken dan naar de toetsgegevens, de observaties uit ZIEN! en de kindgesprekken samen. "
          "Sinds dit jaar leggen we per groep één A4 groepsoverzicht vast met drie vragen: wat heeft deze groep "
          "nodig, welke kinderen hebben iets extra’s nodig, en wat heeft de leerkracht zelf nodig om dat te "
          "bieden. Die laatste vraag nemen we serieus: als een leerkracht aangeeft dat een groep te zwaar "
          "wordt, zetten we binnen twee weken extra handen of coaching in.")
    p(doc, "Bij medewerkers vragen we in oktober in een apart kort gesprek naar de werkdruk en naar wat de "
          "collega nodig heeft om het jaar goed door te komen (ook buiten het werk, zoals mantelzorg of "
          "jonge kinderen). Dit gesprek staat los van de gesprekscyclus uit hoofdstuk 7.")
    doc.add_heading("2.4 Doelen bij gezien worden", level=2)
    tabel(doc, DOELKOP, [
        ["GW-1", "Elk nieuw gezin kan een maatjesgezin krijgen; tussentijdse instromers hebben een buddy in de klas.",
        "vanaf sept. 2023", "directeur, leerkrachten",
        "In de nieuwkomersenquête na zes weken geeft ≥ 85% van de nieuwe ouders aan zich welkom te voelen (nulmeting 2023-2024)."],
        ["GW-2", "Twee kindgesprekken per jaar met elk kind, vastgelegd op de kindkaart.",
        "vanaf sept. 2023", "leerkrachten, IB",
        "100% van de kindkaarten is in oktober en maart ingevuld; in de WMK-leerlingpeiling scoort ‘mijn juf/meester weet wat ik nodig heb’ ≥ 3,3 (2023: 3,0)."],
        ["GW-3", "Groepsoverzicht op één A4 met de vraag ‘wat heeft de leerkracht nodig’.",
        "in gebruik vanaf okt. 2023", "IB",
        "Drie groepsbesprekingen per jaar in alle groepen; verzoeken om ondersteuning krijgen binnen twee weken antwoord."],
        ["GW-4", "Werkdrukgesprek in oktober met elke medewerker.",
        "jaarlijks, okt.", "directeur",
        "Alle medewerkers gesproken vóór de herfstvakantie; afspraken terug te zien in het jaarplan."],
    ], DOELBREEDTE)

    # ---------------------------------------------------------------- 3 open
    doc.add_heading("3. Kernwaarde Open", level=1)
    p(doc, "Open zijn in de zin van Koers 22 heeft voor ons twee kanten: open in wat we vertellen en open voor "
          "verschil. Wij gaan respectvol om met de mensen binnen en buiten onze school; daar hoeven we geen "
          "apart plan voor te maken.")
    doc.add_heading("3.1 Communicatie met ouders", level=2)
    p(doc, "Ouders gaven in de peiling van 2023 aan dat ze te weinig horen over de ontwikkeling van hun kind en "
          "dat berichten soms laat komen. Daarom maken we vanaf 2023-2024 de volgende afspraken:")
    opsom(doc, [
       "Parro is het enige kanaal voor berichten van school naar ouders; e-mail en losse app-groepen van "
       "leerkrachten stoppen we. De vertaalfunctie van Parro wijzen we op de informatieavond actief aan.",
       "Leerkrachten beantwoorden een bericht van een ouder binnen twee schooldagen, ook als het antwoord "
       "alleen is: ‘ik kom erop terug op donderdag’.",
       "Elke donderdag verschijnt de ‘Tjaskertik’, een nieuwsbrief van hooguit één scherm.",
       "De jaarkalender met alle vrije dagen, studiedagen en oudergesprekken staat vóór 1 juli van het "
       "voorgaande schooljaar in Parro en op de website.",
       "Ouders kunnen na elke toetsperiode de resultaten van hun kind in het ouderportaal zien; de leerkracht "
       "licht ze toe in het oudergesprek in november en maart.",
    ])
    p(doc, "Voor ouders die weinig Nederlands lezen, hebben we vier ‘taalouders’ die op verzoek een gesprek "
          "vertalen (Arabisch, Pools, Turks en Engels). De directeur houdt een lijstje bij wie dat nodig heeft.")
    doc.add_heading("3.2 Open voor verschil", level=2)
    p(doc, "Juist als algemeen bijzondere school willen we laten zien dat verschillen in achtergrond, geloof en "
          "gezinssituatie er mogen zijn. Dat doen we zo:")
    opsom(doc, [
       "In de groepen 5 tot en met 8 is er wekelijks drie kwartier levensbeschouwing. We werken met thema’s "
       "die we zelf hebben samengesteld rond verhalen uit het jodendom, christendom, de islam, het hindoeïsme, "
       "het boeddhisme en het humanisme. In de groepen 1 tot en met 4 zit dit in de kringgesprekken.",
       "Elk jaar staan er zes feesten uit verschillende tradities op de ‘feestenkalender’ (onder meer Divali, Kerst, het Suikerfeest en Keti Koti). Bij elk feest vragen we "
       "ouders om iets te vertellen of mee te nemen; in 2022-2023 deden 31 ouders mee.",
       "Bij de keuze van prentenboeken en leesboeken voor de klassenbibliotheek let de leescoördinator erop dat "
       "kinderen zichzelf en anderen erin terugzien: andere huidskleuren, gezinsvormen en talen.",
       "In vacatureteksten nodigen we nadrukkelijk kandidaten met verschillende achtergronden uit; op dit moment "
       "spreken vier collega’s naast Nederlands een andere moedertaal.",
    ])
    doc.add_heading("3.3 Doelen bij open", level=2)
    tabel(doc, DOELKOP, [
        ["OP-1", "Eén kanaal (Parro), antwoord binnen twee schooldagen, wekelijkse Tjaskertik.",
        "vanaf sept. 2023", "directeur, team",
        "In de oudertevredenheidspeiling (jan. 2025 en jan. 2027) stijgt ‘ik word goed geïnformeerd over mijn kind’ van 6,9 naar ≥ 7,6."],
        ["OP-2", "Jaarkalender vóór 1 juli online; resultaten zichtbaar in ouderportaal.",
        "jaarlijks, vóór 1 juli", "administratie",
        "Kalender staat er op tijd (controle door MR in juni)."],
        ["OP-3", "Eigen leerlijn levensbeschouwing groep 5-8 beschreven en in gebruik.",
        "beschreven vóór 1 juni 2024", "werkgroep identiteit (3 leerkrachten)",
        "Leerlijn vastgesteld in teamvergadering; in 2024-2025 in alle groepen 5-8 wekelijks gegeven."],
        ["OP-4", "Zes feesten uit verschillende tradities per jaar, met ouders.",
        "jaarlijks", "werkgroep feesten",
        "Zes feesten gevierd; ≥ 30 ouders per jaar actief betrokken."],
    ], DOELBREEDTE)

    # ---------------------------------------------------------------- 4 vooruitstrevend
    doc.add_heading("4. Kernwaarde Vooruitstrevend", level=1)
    p(doc, "We zijn geen school die elk jaar een nieuwe vernieuwing omarmt. De afgelopen jaren ging onze energie naar de basis: een nieuwe rekenmethode en een nieuw leerlingvolgsysteem. Voor deze periode kiezen we daarom één "
          "vernieuwing, en die doen we goed.")
    doc.add_heading("4.1 Onderzoekend en ontwerpend leren", level=2)
    p(doc, "Vanaf schooljaar 2024-2025 vervangen we de losse methodes voor aardrijkskunde, geschiedenis, natuur "
          "en techniek door Blink Wereld Geïntegreerd. Kinderen werken per thema van zes weken aan een eigen onderzoeksvraag of ontwerpopdracht en sluiten af met een presentatie. In 2023-2024 proberen de groepen 5 en 7 twee thema’s uit.")
    p(doc, "Het oude speellokaal naast de kleuterafdeling richten we in als ‘maakplaats’ met een werkbank, "
          "gereedschap, een 3D-printer en bouwmateriaal. De groepen 5 tot en met 8 gebruiken de maakplaats "
          "bij de ontwerpopdrachten van Blink.")
    doc.add_heading("4.2 Wat we laten liggen", level=2)
    p(doc, "Koers 22 vraagt scholen ook om hun onderwijs gericht vorm te geven langs de drie horizonten van de "
          "innovatiestrategie van ASG. Dat laten we deze periode liggen. Met Blink en de maakplaats hebben we "
          "genoeg op ons bord, en we willen niet nog een kader over ons werk heen leggen. Aan de Regiegroep "
          "Innovatie en de innovatiegroepen van ASG doen we deze periode ook niet mee.")
    doc.add_heading("4.3 Doelen bij vooruitstrevend", level=2)
    tabel(doc, DOELKOP, [
        ["VS-1", "Pilot Blink Wereld in groep 5 en 7 (twee thema’s).",
        "2023-2024", "werkgroep WO",
        "Besluit over invoering in teamvergadering van mei 2024 op basis van evaluatie met leerlingen en leerkrachten."],
        ["VS-2", "Blink Wereld Geïntegreerd in groep 3 tot en met 8 ingevoerd.",
        "vanaf aug. 2024", "werkgroep WO, directeur",
        "In juni 2025 heeft elke groep minimaal vijf thema’s afgerond met een presentatie; in de leerlingpeiling 2025 is ‘wereldoriëntatie vind ik leuk’ ≥ 7,5."],
        ["VS-3", "Maakplaats ingericht en in gebruik.",
        "ingericht vóór 1 okt. 2024", "conciërge, werkgroep WO",
        "Elke groep 5-8 werkt per jaar minstens vier keer in de maakplaats (registratie in rooster)."],
    ], DOELBREEDTE)

    # ---------------------------------------------------------------- 5 ambitieus
    doc.add_heading("5. Kernwaarde Ambitieus", level=1)
    p(doc, "We geven altijd het beste van onszelf. Maar ambitie moet je ook kunnen terugzien in de lat die je "
          "legt, voor kinderen en voor jezelf.")
    doc.add_heading("5.1 De lat voor leerlingen", level=2)
    p(doc, "We hebben gemerkt dat we kinderen met een lagere startpositie soms te snel een ‘eigen leerlijn’ of "
          "een lager instructieniveau geven. Vanaf 2023-2024 werken we daarom met convergente differentiatie: "
          "alle kinderen krijgen de basisinstructie en de basisstof, en verlengde instructie is de eerste "
          "stap voordat we iets aan de stof veranderen. Een eigen leerlijn kan pas na overleg met de intern "
          "begeleider en de ouders en wordt elk half jaar opnieuw bekeken.")
    p(doc, "Vanaf groep 6 bespreekt de leerkracht in het kindgesprek van februari met elk kind een eigen doel "
          "voor begrijpend lezen en rekenen (‘waar wil ik in juni staan?’). Kinderen die meer aankunnen, gaan één ochtend per week naar ‘De Denktank’, onze plusgroep voor de groepen 5 tot en met 8.")
    p(doc, "Voor de school als geheel leggen we de lat bij begrijpend lezen hoger: het percentage leerlingen "
          "dat aan het eind van groep 8 niveau 2F haalt, moet van 52 procent in 2023 naar ten minste 62 procent "
          "in 2027.")
    doc.add_heading("5.2 De lat voor onszelf", level=2)
    p(doc, "Iedere leerkracht kiest aan het begin van het schooljaar één eigen ontwikkelvraag over zijn of haar "
          "lessen, bijvoorbeeld ‘hoe krijg ik de stille kinderen aan het woord bij de instructie?’. Daar werkt "
          "de leerkracht het jaar aan, met een collega als maatje. In de laatste week voor de zomervakantie "
          "houden we de ‘Tjasker-leermarkt’: iedere collega laat in vijf minuten zien wat hij of zij heeft "
          "geleerd.")
    doc.add_heading("5.3 Doelen bij ambitieus", level=2)
    tabel(doc, DOELKOP, [
        ["AM-1", "Convergente differentiatie bij rekenen en begrijpend lezen; eigen leerlijn alleen na overleg.",
        "vanaf sept. 2023", "IB, leerkrachten",
        "Aantal leerlingen met een eigen leerlijn daalt van 14 (2023) naar ≤ 8 in 2025."],
        ["AM-2", "Eigen leerdoel voor begrijpend lezen en rekenen per kind vanaf groep 6.",
        "vanaf feb. 2024", "leerkrachten 6-8",
        "Alle kinderen in groep 6-8 hebben een vastgelegd doel; in juni bespreekt de leerkracht het doel na."],
        ["AM-3", "Meer leerlingen naar 2F begrijpend lezen.",
        "juni 2027", "leescoördinator, team",
        "Percentage 2F lezen eind groep 8: 2024 ≥ 55%, 2025 ≥ 58%, 2026 ≥ 60%, 2027 ≥ 62%."],
        ["AM-4", "Eigen ontwikkelvraag per leerkracht en jaarlijkse Tjasker-leermarkt.",
        "jaarlijks", "alle leerkrachten",
        "Elke leerkracht presenteert op de leermarkt in juli."],
    ], DOELBREEDTE)

    # ---------------------------------------------------------------- 6 venster 1
    doc.add_heading("6. Venster 1: Goed en toegankelijk onderwijs", level=1)
    p(doc, "Hier staan ons onderwijsprogramma, burgerschap, ondersteuning, veiligheid en kwaliteitszorg.")
    doc.add_heading("6.1 Ons onderwijsprogramma", level=2)
    p(doc, "De leerlingen krijgen in acht jaar ruim 7.520 uur onderwijs (940 uur per jaar). We werken met "
          "methodes die de kerndoelen dekken en de referentieniveaus 1F en 2F/1S als doel hebben:")
    tabel(doc, ["Vakgebied", "Methode / aanpak", "Groepen"], [
        ["Beginnende geletterdheid en aanvankelijk lezen", "Kleuterplein; Veilig leren lezen (KIM-versie)", "1-3"],
        ["Taal en spelling", "Taal actief 5", "4-8"],
        ["Technisch lezen", "Estafette; dagelijks 20 minuten vrij lezen", "4-8"],
        ["Begrijpend lezen", "Nieuwsbegrip, vanaf 2024-2025 met close reading", "4-8"],
        ["Rekenen", "Wereld in getallen 5 (sinds 2021)", "3-8"],
        ["Wereldoriëntatie", "Blink Wereld Geïntegreerd (vanaf 2024-2025, zie hoofdstuk 4)", "3-8"],
        ["Engels", "Take it easy", "1-8"],
        ["Sociaal-emotioneel en burgerschap", "Kwink; leerlingenraad", "1-8"],
        ["Bewegingsonderwijs", "vakleerkracht, twee lessen per week", "3-8"],
        ["Kunst en cultuur", "cultuurmenu van De Kunstlinie", "1-8"],
    ], [5.0, 8.5, 2.5])
    p(doc, "We volgen de leerlingen met het leerlingvolgsysteem Leerling in Beeld (Cito) in januari en juni, en "
          "met ZIEN! voor de sociaal-emotionele ontwikkeling. Vanaf februari 2024 maken de leerlingen van groep 8 de doorstroomtoets; wij kiezen daarvoor de IEP.")
    doc.add_heading("6.2 Resultaten: de basis op orde houden", level=2)
    p(doc, "Ons doel is dat we elk jaar boven de signaleringswaarden van de inspectie voor 1F en 2F/1S blijven, "
          "voor lezen, taalverzorging en rekenen. Na de dip van 2021 zetten we twee maatregelen voort: "
          "twee trendanalyses per jaar per vak en een vaste leesroute in groep 4 en 5 (dagelijks twintig "
          "minuten technisch lezen in kleine groepjes met de onderwijsassistent).")
    doc.add_heading("6.3 Burgerschap", level=2)
    p(doc, "Kinderen oefenen met democratie in de leerlingenraad "
          "(twee kinderen uit elke groep 5 tot en met 8, zes vergaderingen per jaar, met een eigen budget van "
          "500 euro). Met Kwink werken we aan sociale vaardigheden en aan het omgaan met verschillen. In groep 7 "
          "en 8 is er elk jaar een project ‘Poort in beweging’, waarin kinderen een probleem in de wijk "
          "onderzoeken (afval, verkeersveiligheid, eenzaamheid bij ouderen) en een voorstel doen aan de "
          "wijkwethouder. Het levensbeschouwelijk onderwijs uit hoofdstuk 3 hoort er ook bij.")
    p(doc, "Wat ontbreekt, is een samenhangende leerlijn burgerschap en digitale geletterdheid. Die schrijven we "
          "in 2023-2024 en 2024-2025, met de kerndoelen burgerschap en het SLO-voorstel voor digitale "
          "geletterdheid als basis. Daarin krijgen in ieder geval mediawijsheid, veilig online gedrag, "
          "programmeren (in groep 6 tot en met 8 met micro:bits in de maakplaats) en het herkennen van "
          "nepnieuws een plek. ")
    doc.add_heading("6.4 Ondersteuning en passend onderwijs", level=2)
    p(doc, "Ons schoolondersteuningsprofiel (SOP) is in februari 2023 geactualiseerd. De basisondersteuning "
          "bieden we in de groep: verlengde instructie, een aangepaste hoeveelheid stof, dyslexie-aanpak volgens "
          "het protocol en de inzet van de onderwijsassistenten. Als extra ondersteuning bieden we:")
    opsom(doc, [
       "een NT2-groepje voor nieuwkomers in groep 3 tot en met 6, vier ochtenden per week een uur;",
       "De Denktank voor meer- en hoogbegaafde leerlingen;",
       "een ‘time-inplek’ bij de intern begeleider voor kinderen die even uit de groep moeten om tot rust te komen;",
       "schoolmaatschappelijk werk via De Schoor, elke dinsdagochtend op school.",
    ])
    p(doc, "In het SOP staat ook duidelijk wat we niet kunnen bieden: één-op-één-begeleiding gedurende de hele "
          "dag, een prikkelarme klas, en zorg voor kinderen met een intensieve medische hulpvraag. Als we zien "
          "dat een kind meer nodig heeft, vragen we binnen zes weken een arrangement aan bij het "
          "samenwerkingsverband Passend Onderwijs Almere, of zoeken we samen met ouders en het "
          "samenwerkingsverband een plek in het speciaal basisonderwijs of speciaal onderwijs. Geen kind zit thuis zonder plan. In de afgelopen "
          "twee jaar zijn vier kinderen via een begeleide overstap naar een SBO-school gegaan en hebben twee "
          "kinderen met een arrangement bij ons kunnen blijven.")
    p(doc, "Of we goed zicht hebben op wat kinderen nodig hebben, toetsen we aan de groepsbesprekingen (zie "
          "paragraaf 2.3) en aan één vaste vraag in het IB-overleg: bij welke kinderen weten we het eigenlijk "
          "niet? Voor die kinderen plant de intern begeleider binnen vier weken een observatie in de klas.")
    doc.add_heading("6.5 Veiligheid en schoolklimaat", level=2)
    p(doc, "Onze gedragsafspraken hangen in elke klas en zijn samen met de leerlingenraad opgesteld. We hebben een "
          "anti-pestcoördinator (de intern begeleider) en een pestprotocol dat in 2022 is herzien. Twee keer "
          "per jaar (oktober en maart) vullen de leerlingen van groep 5 tot en met 8 de leerlingvragenlijst van "
          "ZIEN! in; de uitkomsten over veiligheid bespreekt het team in de groepsbespreking. In 2023 gaf 93 "
          "procent van de leerlingen aan zich veilig te voelen op school; ons doel is ten minste 95 procent.")
    p(doc, "Incidenten registreren we in "
          "ParnasSys; de directeur bespreekt elk kwartaal het overzicht met de intern begeleider. De meldcode "
          "huiselijk geweld en kindermishandeling is bekend bij het team.")
    doc.add_heading("6.6 Kwaliteitszorg", level=2)
    p(doc, "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni stellen we het jaarplan op, in januari en "
          "juni analyseren we de resultaten (trendanalyse), en in juli schrijven we een kort jaarverslag dat "
          "naar de MR en het bestuur gaat. De directeur verantwoordt zich elk kwartaal in de kwartaalrapportage "
          "aan ASG. Elk jaar nemen we met Werken met Kwaliteitskaarten (WMK-PO) vier thema’s onder de loep, "
          "zodat we in vier jaar alle standaarden van het onderzoekskader langs zijn geweest. Om de twee jaar "
          "houden we een tevredenheidspeiling onder ouders, leerlingen en medewerkers (januari 2025 en januari 2027).")
    p(doc, "Daarnaast leren we van en met elkaar. De directeur en de intern begeleider leggen elk jaar twee "
          "lesbezoeken af bij iedere leerkracht met de kijkwijzer die we bij de EDI-scholing hebben gemaakt. "
          "Leerkrachten bezoeken elkaar twee keer per jaar (collegiale consultatie) en het bouwoverleg werkt "
          "sinds dit jaar als leerteam: elke bijeenkomst begint met een lesvoorbeeld of een analyse van "
          "leerlingwerk. Wat we leren, komt terug op de leermarkt (hoofdstuk 5).")
    doc.add_heading("6.7 Doelen bij venster 1", level=2)
    tabel(doc, DOELKOP, [
        ["V1-1", "Resultaten lezen, taalverzorging en rekenen boven de signaleringswaarden 1F en 2F/1S.",
        "jaarlijks", "directeur, IB",
        "Elk jaar (2024-2027) boven alle zes signaleringswaarden; bij een dip binnen zes weken een verbeterplan."],
        ["V1-2", "Leerlijn burgerschap en digitale geletterdheid groep 1-8.",
        "vastgesteld vóór 1 juli 2025", "werkgroep burgerschap",
        "Leerlijn vastgesteld; vanaf 2025-2026 in jaarplanning van elke groep; programmeren in groep 6-8 minimaal acht lessen per jaar."],
        ["V1-3", "SOP actueel; arrangement binnen zes weken aangevraagd; geen thuiszitters.",
        "SOP herzien feb. 2025 en feb. 2027", "IB",
        "SOP op website; 0 thuiszitters; doorlooptijd aanvraag ≤ 6 weken."],
        ["V1-4", "Observatie binnen vier weken bij kinderen ‘waar we het niet van weten’.",
        "vanaf 2023-2024", "IB",
        "Registratie in IB-logboek; in het jaarverslag aantal en opvolging."],
        ["V1-5", "Sociale veiligheid leerlingen ≥ 95%.",
        "jaarlijks, maart", "anti-pestcoördinator",
        "ZIEN!-leerlingvragenlijst groep 5-8: 2023: 93%, doel vanaf 2025 ≥ 95%."],
        ["V1-6", "Kwaliteitscyclus: jaarplan, twee trendanalyses, jaarverslag, vier WMK-thema’s per jaar.",
        "jaarlijks", "directeur",
        "Alle documenten op tijd bij MR en bestuur; in 2027 zijn alle standaarden van het onderzoekskader beoordeeld."],
        ["V1-7", "Collegiale consultatie twee keer per jaar; bouwoverleg als leerteam.",
        "vanaf 2023-2024", "bouwcoördinatoren",
        "Alle leerkrachten hebben twee consultaties per jaar gedaan en besproken."],
    ], DOELBREEDTE)

    # ---------------------------------------------------------------- 7 venster 2
    doc.add_heading("7. Venster 2: Personeel in positie", level=1)
    p(doc, "We zijn klein: elke collega die uitvalt, voelen we meteen. De nadruk ligt daarom op gezond blijven en goed worden in ons vak.")
    doc.add_heading("7.1 Werkdruk, welbevinden en verzuim", level=2)
    p(doc, "De werkdrukmiddelen zetten we, na stemming in het team, in voor een extra onderwijsassistent "
          "(0,8 fte) en voor de vakleerkracht bewegingsonderwijs, zodat groepsleerkrachten twee uur per week "
          "zonder groep hebben. Op woensdagmiddag plannen we geen vergaderingen. We houden rekening met de "
          "levensfase van collega’s: wie jonge kinderen heeft of mantelzorger is, kan in overleg schuiven met "
          "de taakuren, en collega’s vanaf 57 jaar kunnen gebruikmaken van de regeling duurzame inzetbaarheid "
          "om een dag minder voor de groep te staan.")
    p(doc, "Het verzuim was in 2022 6,8 procent. Ons doel is dat het vanaf 2025 onder de 5 procent ligt. Bij een tweede ziekmelding binnen een half jaar voert "
          "de directeur een gesprek over wat er speelt, en we maken gebruik van de bedrijfsarts en van de "
          "vitaliteitsgesprekken die ASG aanbiedt.")
    doc.add_heading("7.2 Professionele ontwikkeling en leren in netwerken", level=2)
    p(doc, "Als team volgen we twee scholingstrajecten: in 2023-2024 expliciete directe instructie (EDI) bij "
          "Onderwijs Maak Je Samen en in 2024-2025 close reading bij begrijpend lezen. Daarnaast volgt iedere "
          "leerkracht in deze planperiode minstens één cursus of programma van de ASG Academie die past bij "
          "de eigen ontwikkelvraag. In het startgesprek leggen we vast welke dat is.")
    p(doc, "Onze intern begeleider neemt deel aan de professionele leergemeenschap voor IB’ers van ASG en de "
          "directeur aan die voor directeuren. Vanaf 2024-2025 sluiten de leescoördinator en een leerkracht "
          "uit groep 6 aan bij een ASG-leerteam begrijpend lezen, en brengen wat zij daar leren in het "
          "bouwoverleg in.")
    doc.add_heading("7.3 Op weg naar een bevoegdheid", level=2)
    p(doc, "Onze zij-instromer in groep 5 heeft een tweejarig traject aan de pabo van Windesheim Almere. Zij "
          "krijgt een schoolopleider (een van onze ervaren leerkrachten, met twee uur per week ervoor), een "
          "vrije middag per week voor studie en een lesbezoek per maand. Ook een onderwijsassistent die in 2023 met de deeltijdpabo begon, krijgt studietijd en begeleiding. Ons doel is dat beiden hun bevoegdheid uiterlijk in de zomer van 2026 hebben.")
    doc.add_heading("7.4 De gesprekscyclus", level=2)
    p(doc, "Met iedere medewerker voert de directeur elk jaar een startgesprek (september), een "
          "voortgangsgesprek na een lesbezoek (februari) en eens in de drie jaar een beoordelingsgesprek. "
          "Afspraken en ontwikkeldoelen komen in het digitale personeelsdossier. De cyclus is nu nog niet voor "
          "iedereen rond: in 2022-2023 had een derde van het team geen voortgangsgesprek. Vanaf 2023-2024 "
          "plannen we alle gesprekken in september in de jaarkalender.")
    doc.add_heading("7.5 Wat we hier niet oppakken", level=2)
    p(doc, "Interne mobiliteit: dat laten we deze periode liggen. Met een team waar net drie nieuwe collega’s "
          "bij kwamen, zoeken we nu rust en continuïteit, en we stimuleren collega’s niet actief om binnen ASG "
          "van school te wisselen. Wie dat zelf wil, helpen we natuurlijk.")
    p(doc, "Trots en betrokkenheid bij ASG als geheel, en het inzetten van talenten van onze mensen voor de hele "
          "organisatie: daar sluiten we aan bij wat ASG doet, zoals ASG Start voor nieuwe medewerkers en de "
          "activiteiten van de personeelsvereniging. Wij maken daar geen eigen schooldoelen van.")
    doc.add_heading("7.6 Doelen bij venster 2", level=2)
    tabel(doc, DOELKOP, [
        ["V2-1", "Werkdrukmiddelen voor onderwijsassistent en vakleerkracht; vergadervrije woensdagmiddag.",
        "jaarlijks, stemming in mei", "directeur, PMR",
        "Twee uur per week zonder groep voor elke groepsleerkracht; werkdrukscore in de medewerkerspeiling ≥ 7,0 (2023: 6,4)."],
        ["V2-2", "Verzuim omlaag.",
        "2025-2026", "directeur",
        "Verzuimpercentage: 2022: 6,8%; 2025 en later < 5,0%."],
        ["V2-3", "Teamscholing EDI en close reading; elke leerkracht één ASG Academie-programma in de planperiode.",
        "EDI 2023-2024, close reading 2024-2025", "directeur, IB",
        "Lesbezoeken met EDI-kijkwijzer: ≥ 80% van de lessen voldoet in juni 2025; Academie-deelname vastgelegd in het personeelsdossier."],
        ["V2-4", "Deelname aan PLG IB, PLG directeuren en ASG-leerteam begrijpend lezen.",
        "vanaf 2024-2025", "IB, directeur, leescoördinator",
        "Verslag van wat we leerden in het bouwoverleg, minstens drie keer per jaar."],
        ["V2-5", "Zij-instromer en pabo-student begeleid naar bevoegdheid.",
        "uiterlijk zomer 2026", "schoolopleider",
        "Beide collega’s bevoegd; maandelijks lesbezoek; twee uur begeleiding per week."],
        ["V2-6", "Volledige gesprekscyclus voor iedereen.",
        "vanaf 2023-2024", "directeur",
        "100% van de medewerkers heeft startgesprek en voortgangsgesprek gehad; dossier bijgewerkt."],
    ], DOELBREEDTE)

    # ---------------------------------------------------------------- 8 venster 3
    doc.add_heading("8. Venster 3: De meerwaarde van ASG", level=1)
    p(doc, "We zijn blij dat we bij een grote organisatie horen. Maar we zijn in dit hoofdstuk eerlijk over "
          "wat we zelf doen en wat niet.")
    doc.add_heading("8.1 Elkaar ontmoeten in Poort", level=2)
    p(doc, "Met de twee andere ASG-basisscholen in Almere Poort hebben we sinds 2022 een ‘Poortoverleg’. De "
          "bouwcoördinatoren van de drie scholen komen drie keer per jaar bij elkaar, elke keer op een andere "
          "school en met een lesbezoek erbij. Vanaf 2024 organiseren we samen één gezamenlijke studiemiddag per "
          "jaar, de eerste over het jonge kind. Verder zetten we de ASG-brede studiedag vast in onze jaarkalender, "
          "zodat het hele team erheen kan.")
    doc.add_heading("8.2 Een goede overstap naar het voortgezet onderwijs", level=2)
    p(doc, "Ongeveer zeventig procent van onze leerlingen gaat naar een ASG-school voor voortgezet onderwijs. De leerkracht van groep 8 "
          "voert daarom bij elk kind een warme overdracht met de mentor van de nieuwe school, en we vragen de "
          "vo-scholen na het eerste en het derde leerjaar terug te melden waar onze oud-leerlingen zitten. In oktober bespreken we met het team of onze adviezen kloppen. In 2023 "
          "zat 88 procent van onze oud-leerlingen in leerjaar 3 op of boven het niveau van het advies.")
    doc.add_heading("8.3 Wat we laten liggen", level=2)
    p(doc, "Het delen van opbrengsten op ASG-brede conferenties en het bovenschools uitwisselen tussen werkgroepen: "
          "dat laten we deze periode liggen. Wij hebben geen vaksecties, en onze werkgroepen zijn klein en "
          "hebben hun handen vol aan Blink en de leerlijn burgerschap.")
    p(doc, "Dat alle medewerkers weten hoe processen en systemen bij het servicebureau werken en wie je waarvoor "
          "belt, en de interne expertise op beleidsgebieden: daar sluiten we aan bij wat ASG doet. De "
          "directeur en de administratie zijn het aanspreekpunt voor het servicebureau; voor het team "
          "verandert hier niets.")
    doc.add_heading("8.4 Doelen bij venster 3", level=2)
    tabel(doc, DOELKOP, [
        ["V3-1", "Poortoverleg van bouwcoördinatoren (3× per jaar) en jaarlijkse gezamenlijke studiemiddag.",
        "vanaf 2023-2024; studiemiddag vanaf 2024", "directeur, bouwcoördinatoren",
        "Drie bijeenkomsten per jaar met lesbezoek; studiemiddag gehouden."],
        ["V3-2", "Terugmelding vo na leerjaar 1 en 3; analyse adviezen in oktober.",
        "jaarlijks, okt.", "leerkracht groep 8, IB",
        "≥ 85% van de oud-leerlingen zit in leerjaar 3 op of boven het advies (2023: 88%)."],
    ], DOELBREEDTE)

    # ---------------------------------------------------------------- 9 venster 4
    doc.add_heading("9. Venster 4: Partnerschap", level=1)
    doc.add_heading("9.1 Ouders als partner in het leren", level=2)
    p(doc, "Vanaf 2024-2025 vervangen we in de "
          "groepen 5 tot en met 8 het tienminutengesprek door een driegesprek: kind, ouder en leerkracht samen, "
          "drie keer per jaar, waarbij het kind zelf vertelt hoe het gaat met zijn doelen (zie paragraaf 5.1). "
          "In de groepen 1 tot en met 4 houden we in november een ‘kijkochtend’ waarop ouders een les "
          "meemaken en thuis-tips krijgen voor lezen en rekenen.")
    p(doc, "Het ouderpanel van acht ouders komt vier keer per jaar bij elkaar met de directeur en denkt mee over "
          "concrete vragen, zoals de inrichting van de driegesprekken en de communicatie-afspraken uit hoofdstuk 3.")
    doc.add_heading("9.2 Medezeggenschap", level=2)
    p(doc, "Onze MR heeft zes leden: drie ouders en drie medewerkers. De MR vergadert zes keer per jaar; de "
          "directeur is bij het eerste deel van elke vergadering aanwezig. We betrekken de MR vroeg: het "
          "jaarplan, de begroting en de formatie komen als concept in de MR voordat er besluiten vallen, "
          "en bij de formatie in april denkt de MR mee over de groepsindeling.")
    p(doc, "De ASG-brede medezeggenschap in een overkoepelende medezeggenschapsraad: daar sluiten we aan bij wat "
          "ASG doet. Als een van onze MR-leden zich kandidaat wil stellen, steunen we dat.")
    doc.add_heading("9.3 Partners in de wijk", level=2)
    p(doc, "We werken samen met partners die dicht bij de kinderen staan:")
    opsom(doc, [
       "Kinderrijk Poort (buitenschoolse opvang in ons gebouw): twee keer per jaar overleg over kinderen die "
       "bij beide bekend zijn, en afstemming van de regels in het gebouw;",
       "de peuteropvang van Kinderrijk in de wijk: warme overdracht van alle peuters die naar De Tjasker komen;",
       "De Nieuwe Bibliotheek: bibliotheek op school, met een leesconsulent die zes keer per jaar komt;",
       "De Kunstlinie: cultuurmenu voor alle groepen;",
       "De Schoor: schoolmaatschappelijk werk en het sociaal wijkteam Poort.",
    ])
    p(doc, "Vanaf 2024-2025 maken we met de leesconsulent een leesplan voor de hele school. Met Kinderrijk Poort "
          "willen we in 2025 één gezamenlijk thema per jaar draaien, zodat school en opvang voor kinderen meer "
          "als één dag voelen.")
    doc.add_heading("9.4 Wat we laten liggen", level=2)
    p(doc, "Koers 22 vraagt ook om ASG als gesprekspartner van de gemeente, collega-besturen en landelijke "
          "netwerken, en om een gezamenlijke aanpak van regionale problemen zoals het lerarentekort. Dat laten "
          "we deze periode liggen; daar sluiten we aan bij wat ASG doet.")
    doc.add_heading("9.5 Doelen bij venster 4", level=2)
    tabel(doc, DOELKOP, [
        ["V4-1", "Driegesprekken in groep 5-8, drie keer per jaar.",
        "vanaf 2024-2025", "leerkrachten 5-8",
        "≥ 90% van de ouders neemt deel; in de oudertevredenheidspeiling 2027 is ‘ik ben betrokken bij het leren van mijn kind’ ≥ 7,5."],
        ["V4-2", "Kijkochtend groep 1-4 met thuis-tips.",
        "jaarlijks, nov.", "onderbouwcoördinator",
        "≥ 60% van de gezinnen aanwezig."],
        ["V4-3", "MR vroeg betrokken bij jaarplan, begroting en formatie.",
        "jaarlijks", "directeur, MR-voorzitter",
        "Concepten minimaal vier weken vóór besluit bij de MR; jaarverslag MR noemt de onderwerpen."],
        ["V4-4", "Leesplan met De Nieuwe Bibliotheek.",
        "vastgesteld vóór 1 jan. 2025", "leescoördinator",
        "Leesplan vastgesteld; uitleningen schoolbibliotheek +20% in 2026 t.o.v. 2024."],
        ["V4-5", "Gezamenlijk thema met Kinderrijk Poort.",
        "vanaf 2025", "directeur, locatiemanager Kinderrijk",
        "Eén gezamenlijk thema per jaar uitgevoerd en geëvalueerd met pedagogisch medewerkers."],
    ], DOELBREEDTE)

    # ---------------------------------------------------------------- 10 bewust laten liggen
    doc.add_heading("10. Wat we bewust niet oppakken", level=1)
    p(doc, "Hieronder staan de doelen uit Koers 22 die we deze periode niet met eigen "
          "schooldoelen uitwerken. Dit is een keuze, geen vergeetachtigheid. In het jaarplan van 2025-2026 "
          "kijken we opnieuw of dat nog klopt.")
    tabel(doc, ["Doel uit Koers 22", "Onze keuze", "Waarom"], [
        ["Gericht inhoud geven langs de drie horizonten van de innovatiestrategie", "laten we deze periode liggen",
        "Blink en de maakplaats zijn genoeg vernieuwing voor een klein team."],
        ["Interne mobiliteit", "laten we deze periode liggen", "Na drie nieuwe collega’s eerst rust en continuïteit."],
        ["Betrokken bij en trots op ASG; talenten inzetten voor de hele organisatie", "aansluiten bij ASG",
        "ASG Start en de personeelsvereniging zijn er al."],
        ["Opbrengsten delen op conferenties; bovenschoolse uitwisseling vaksecties en werkgroepen",
        "laten we deze periode liggen", "Geen vaksecties; werkgroepen zijn klein."],
        ["Kennis van processen en systemen; weten wie je moet benaderen; interne expertise",
        "aansluiten bij ASG", "Loopt via directeur en administratie."],
        ["Overkoepelende medezeggenschapsraad", "aansluiten bij ASG", "Bovenschools onderwerp."],
        ["Gesprekspartner gemeente en landelijke netwerken; regionale problemen zoals het lerarentekort",
        "laten we liggen / aansluiten bij ASG", "Bestuurlijke taak; wij richten ons op de wijk."],
    ], [6.0, 3.6, 6.6])

    # ---------------------------------------------------------------- 11 meerjarenplanning
    doc.add_heading("11. Meerjarenplanning", level=1)
    p(doc, "De planning hieronder is de basis voor onze jaarplannen. Doelen die ‘jaarlijks’ lopen, staan niet "
          "per jaar herhaald.")
    tabel(doc, ["Schooljaar", "Start / uitvoering", "Afronding en evaluatie"], [
        ["2023-2024", "GW-1 t/m GW-4, OP-1, OP-2, AM-1, VS-1, V1-4, V1-7, V2-3 (EDI), V2-5, V2-6, V3-1, V1-2 (start schrijven)",
        "Leerlijn levensbeschouwing (OP-3) vóór 1 juni 2024; besluit Blink (VS-1) mei 2024"],
        ["2024-2025", "VS-2, VS-3, AM-2, V2-3 (close reading), V2-4, V4-1, V4-4, V1-2 (schrijven)",
        "Leerlijn burgerschap en digitale geletterdheid (V1-2) vóór 1 juli 2025; tevredenheidspeiling jan. 2025; SOP feb. 2025"],
        ["2025-2026", "V1-2 (invoering), V4-5, V2-2",
        "Tussenevaluatie schoolplan in jaarplan 2025-2026; bevoegdheid zij-instromer en pabo-student (V2-5)"],
        ["2026-2027", "Borging van alle doelen; voorbereiding nieuw schoolplan",
        "Tevredenheidspeiling jan. 2027; AM-3 (62% 2F) juni 2027; eindevaluatie en nieuw schoolplan vóór 1 juli 2027"],
    ], [2.5, 7.2, 6.5])

    # ---------------------------------------------------------------- 12 vaststelling
    doc.add_heading("12. Vaststelling", level=1)
    p(doc, "De medezeggenschapsraad van De Tjasker heeft in zijn vergadering van 27 juni 2023 ingestemd met dit "
          "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 4 juli 2023 "
          "vastgesteld. Het plan geldt van 1 augustus 2023 tot en met 31 juli 2027.")
    tabel(doc, ["", "Naam", "Datum", "Handtekening"], [
        ["Voorzitter MR", "Rachid El Khatabi", "27 juni 2023", ""],
        ["Directeur", "Sanne Oosterbaan", "27 juni 2023", ""],
        ["College van Bestuur ASG", "namens het CvB", "4 juli 2023", ""],
    ], [4.0, 4.5, 3.2, 4.5])

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_217_tjasker.docx")
