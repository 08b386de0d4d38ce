# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Lepelaar Mavo (openbare mavo, Almere Stad).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

VASTE_DATUM = datetime.datetime(2024, 7, 3, 9, 15, 0)


# --------------------------------------------------------------------------
# Opmaak
# --------------------------------------------------------------------------

def _nederlands(doc):
    for stijl in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        rpr = doc.styles[stijl].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _veld(run, instructie):
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instructie
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    run._r.append(txt)
    run._r.append(end)


def _voettekst(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Lepelaar Mavo \u2013 schoolplan 2024-2028 \u2013 ")
    r.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    _veld(r, "PAGE")


def _inhoudsopgave(doc):
    doc.add_paragraph("Inhoud", style="TOC Heading" if "TOC Heading" in [s.name for s in doc.styles]
                      else "Heading 1")
    p = doc.add_paragraph()
    r = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "Klik met de rechtermuisknop en kies \u2018Veld bijwerken\u2019 om de inhoudsopgave te tonen."
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, t, end):
        r._r.append(el)
    doc.add_page_break()


def _tabel(doc, koppen, rijen, breedtes=None, grootte=9):
    t = doc.add_table(rows=1, cols=len(koppen))
    t.style = "Medium Shading 1 Accent 1"
    kop = t.rows[0]
    trpr = kop._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)
    for i, k in enumerate(koppen):
        kop.cells[i].text = ""
        run = kop.cells[i].paragraphs[0].add_run(k)
        run.bold = True
        run.font.size = Pt(grootte)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(w)
            run.font.size = Pt(grootte)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()


def _alinea(doc, *stukken):
    for s in stukken:
        doc.add_paragraph(s)


def _lijst(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# --------------------------------------------------------------------------
# Hoofdstukken
# --------------------------------------------------------------------------

def _titelpagina(doc):
    doc.add_paragraph("Lepelaar Mavo", style="Title")
    p = doc.add_paragraph("Schoolplan 2024-2028", style="Subtitle")
    p = doc.add_paragraph()
    r = p.add_run("Klein genoeg om elkaar te kennen, groot genoeg om te groeien")
    r.italic = True
    doc.add_paragraph()
    _tabel(doc, ["", ""], [
        ["School", "Lepelaar Mavo, openbare school voor mavo (vmbo-theoretische leerweg)"],
        ["Adres", "Rentmeesterpad 3, 1315 KD Almere"],
        ["BRIN", "03PQ"],
        ["Bevoegd gezag", "Almeerse Scholen Groep"],
        ["Directeur", "Hanneke Brouwer"],
        ["Teamleiders", "Ilias Amrani (leerjaar 1-2), Petra van Dongen (leerjaar 3-4)"],
        ["Leerlingen (1 oktober 2023)", "538"],
        ["Looptijd", "schooljaar 2024-2025 tot en met schooljaar 2027-2028"],
    ], [4.5, 11.0], grootte=10)
    doc.add_page_break()


def _h1(doc):
    doc.add_heading("1. Waarom dit plan", level=1)
    _alinea(doc,
        "Dit schoolplan beschrijft de koers van Lepelaar Mavo voor de schooljaren 2024-2025 tot en met "
        "2027-2028. Het is de opvolger van het plan \u2018Mavo met lef\u2019 (2020-2024). Veel van wat wij "
        "ons toen voornamen, staat: het mentoraat is vernieuwd, Technologie & Toepassing is een vast "
        "onderdeel van het programma geworden en de sfeer in de school is rustiger. Maar de "
        "examenresultaten zijn de laatste drie jaar gedaald en het ziekteverzuim is te hoog. Dat zijn de "
        "twee punten waar dit plan het meest over gaat.",
        "Wij hebben het plan opgebouwd langs het koersdocument van de Almeerse Scholen Groep. De "
        "hoofdstukken 3 tot en met 6 gaan over de vier kernwaarden van ASG, de hoofdstukken 7 tot en met 10 "
        "over de vier vensters. De hoofdstukken hebben eigen titels gekregen, omdat wij de koers in onze "
        "eigen woorden willen vertellen. In hoofdstuk 11 staan al onze doelen in \u00e9\u00e9n SMART-overzicht; "
        "dat overzicht is de basis voor de jaarplannen.",
        "Het plan is gemaakt tussen januari en mei 2024. Het team werkte eraan tijdens drie werkmiddagen "
        "(31 januari, 13 maart en 17 april). Wij gebruikten de leerlingenenqu\u00eate van maart 2024, de "
        "examenanalyses van 2021 tot en met 2023 en gesprekken met de leerlingenraad en het ouderpanel.")


def _h2(doc):
    doc.add_heading("2. Lepelaar Mavo in het kort", level=1)
    doc.add_heading("2.1 Wie wij zijn", level=2)
    _alinea(doc,
        "Lepelaar Mavo is een openbare mavo in Parkwijk, Almere Stad, met 538 leerlingen in 22 klassen. "
        "Wij bieden de theoretische leerweg van het vmbo aan, met de profielen Economie, Zorg en welzijn "
        "en Techniek. Ongeveer 40 procent van onze brugklassers komt binnen met een mavo-advies, 35 "
        "procent met een advies mavo/havo en 25 procent met een advies kader/mavo. Onze leerlingen komen "
        "uit heel Almere Stad en Almere Buiten en hebben samen 41 nationaliteiten. Ruim 30 procent woont "
        "in een wijk met een hoge armoedescore.",
        "Er werken 48 mensen: 36 docenten (31,2 fte), een zorgco\u00f6rdinator, twee leerlingbegeleiders, "
        "een orthopedagoog, twee onderwijsassistenten en medewerkers in de administratie, het "
        "roosterbureau en het gebouwbeheer.")
    doc.add_heading("2.2 Resultaten", level=2)
    _tabel(doc, ["Indicator", "2021", "2022", "2023", "Norm Inspectie"], [
        ["Slagingspercentage", "93,1%", "90,4%", "89,6%", "-"],
        ["Gemiddeld cijfer centraal examen", "6,45", "6,34", "6,28", "6,19 (ondergrens)"],
        ["Verschil schoolexamen - centraal examen", "0,31", "0,38", "0,47", "maximaal 0,50"],
        ["Onderbouwsnelheid", "96,2%", "97,0%", "96,8%", "ruim boven norm"],
        ["Bovenbouwsucces", "86,5%", "85,1%", "84,2%", "boven norm"],
    ], [6.0, 2.0, 2.0, 2.0, 3.5])
    _alinea(doc,
        "De Inspectie beoordeelde onze school in oktober 2022 als voldoende. De cijfers laten zien dat wij "
        "nog binnen de normen zitten, maar de trend is negatief. Vooral bij wiskunde en Engels ligt het "
        "cijfer voor het centraal examen ruim onder het landelijk gemiddelde.")
    doc.add_heading("2.3 Sterk en zwak", level=2)
    _lijst(doc, [
        "Sterk: het mentoraat, de rustige sfeer, Technologie & Toepassing, de betrokkenheid van het team.",
        "Zwak: dalende examencijfers bij wiskunde en Engels, het verschil tussen schoolexamen en centraal "
        "examen, het ziekteverzuim van personeel (7,8 procent in 2023), de informatie aan ouders.",
        "Kansen: de nieuwe leerweg in het vmbo, samenwerking met de ASG-lyceums voor doorstroom naar havo.",
        "Bedreigingen: het lerarentekort bij wiskunde en Engels, de teruglopende instroom in Almere Stad.",
    ])


def _h3(doc):
    doc.add_heading("3. Iedere leerling in beeld", level=1)
    _alinea(doc,
        "Op een school met ruim vijfhonderd leerlingen kan een leerling makkelijk uit beeld raken, vooral "
        "de stille leerling die geen problemen geeft. Daar willen wij iets aan doen.")
    doc.add_heading("3.1 Het mentoraat", level=2)
    _alinea(doc,
        "Elke klas heeft een mentor met twee mentoruren per week. In leerjaar 1 en 2 heeft elke klas twee "
        "mentoren, die ieder de helft van de leerlingen persoonlijk begeleiden. Iedere leerling voert "
        "minstens vier keer per jaar een \u00e9\u00e9n-op-\u00e9\u00e9ngesprek van tien minuten met de mentor. Vaste "
        "vragen zijn: hoe gaat het met je, waar ben je trots op en wat heb je van ons nodig? De mentor "
        "legt de afspraken vast in Magister.",
        "In de leerlingenenqu\u00eate van maart 2024 zei 64 procent van de leerlingen dat er op school een "
        "volwassene is die hen echt kent. Dat moet in 2027 minstens 85 procent zijn. Daarom krijgen "
        "mentoren vanaf 2024-2025 een uur per week extra voor de gesprekken en een training "
        "gespreksvoering door de orthopedagoog.")
    doc.add_heading("3.2 Weten wat een leerling nodig heeft", level=2)
    _alinea(doc,
        "Zicht op een leerling begint v\u00f3\u00f3r de brugklas. In mei en juni voeren de brugklasmentoren "
        "voor iedere nieuwe leerling een warme overdracht met de leerkracht van groep 8. Alle informatie "
        "komt in de leerlingkaart in Magister: wat helpt deze leerling (bijvoorbeeld extra tijd, vooraan "
        "zitten, instructie op papier) en wat moet een docent weten.",
        "Drie keer per jaar (november, februari en mei) is er per klas een leerlingbespreking met alle "
        "docenten van die klas. Elke zes weken bekijkt de teamleider met de mentor het dashboard met "
        "cijfers, verzuim en meldingen, zodat een leerling die wegzakt binnen zes weken wordt opgemerkt.",
        "Ook bij medewerkers willen wij weten wat zij nodig hebben. De teamleiders voeren vanaf 2024-2025 "
        "in elke lesperiode een kort gesprek met iedere docent over werkdruk en ondersteuning.")


def _h4(doc):
    doc.add_heading("4. Eerlijk, open en van iedereen", level=1)
    doc.add_heading("4.1 Een openbare school", level=2)
    _alinea(doc,
        "Lepelaar Mavo is een openbare school. Voor ons betekent dat drie dingen. Iedere leerling is "
        "welkom, ongeacht geloof, herkomst of geaardheid. Wij besteden actief aandacht aan de verschillende "
        "levensbeschouwingen en culturen in onze school. En wij geven ruimte aan verschillende meningen, "
        "binnen de grenzen van respect.",
        "Concreet doen wij het volgende. In leerjaar 2 volgt iedere leerling in het vak mens en "
        "maatschappij de module \u2018Wat geloof jij?\u2019 van acht weken, met een bezoek aan een moskee, een "
        "kerk en een hindoetempel in Almere. Sinds 2022 hebben wij een Gender & Sexuality Alliance, die "
        "elk jaar Paarse Vrijdag organiseert. Bij het plannen van toetsweken houden wij rekening met de "
        "ramadan en andere feestdagen; leerlingen die verlof krijgen voor het Suikerfeest, Divali of Jom "
        "Kipoer kunnen een toets zonder gedoe inhalen. Bij vacatures vragen wij expliciet om kandidaten "
        "met verschillende achtergronden, omdat wij willen dat ons team meer op onze leerlingen gaat "
        "lijken.")
    doc.add_heading("4.2 Hoe wij met elkaar omgaan", level=2)
    _alinea(doc,
        "Onze vier afspraken, de Lepelaarcode, hangen in elk lokaal: wij zijn er voor elkaar, wij gaan "
        "zuinig om met spullen, wij spreken elkaar aan en wij zijn op tijd. Bij conflicten werken wij "
        "herstelgericht: de betrokkenen gaan met een mentor of teamleider in gesprek over wat er is "
        "gebeurd en hoe het goed kan komen. In 2023 zijn alle mentoren en teamleiders getraind in het "
        "voeren van herstelgesprekken. Twaalf leerlingen uit leerjaar 3 zijn opgeleid tot peer-mediator "
        "en helpen bij ruzies tussen jongere leerlingen.",
        "Respect geldt ook buiten het hek. Omwonenden klaagden in 2023 over afval en overlast bij de "
        "supermarkt in de pauze. Sinds januari 2024 lopen een docent en een jongerenwerker van De Schoor "
        "elke middagpauze een buurtronde, en leerjaar 1 doet twee keer per jaar een opruimactie in de "
        "wijk.",
        "Voor de veiligheid hebben wij een schoolveiligheidsplan (vernieuwd in maart 2024), een "
        "anti-pestco\u00f6rdinator en een pestprotocol. Incidenten registreren wij in Magister. Jaarlijks "
        "meten wij de veiligheidsbeleving met de monitor sociale veiligheid. In 2023 voelde 88 procent "
        "van de leerlingen zich veilig op school; ons doel is 93 procent.")
    doc.add_heading("4.3 Duidelijke communicatie", level=2)
    _alinea(doc,
        "In onze communicatie zijn wij transparant en toegankelijk. Ouders gaven in de enqu\u00eate van 2023 "
        "een 6,6 voor de informatie die zij van school krijgen. Zij missen overzicht en krijgen soms "
        "berichten van vijf verschillende docenten op \u00e9\u00e9n dag. Daarom spreken wij het volgende af:")
    _lijst(doc, [
        "Magister is het enige kanaal voor cijfers, afwezigheid en berichten van docenten.",
        "Elke vrijdag verschijnt de Lepelaar Update met alle nieuws van die week en de week erna.",
        "Berichten van ouders beantwoorden wij binnen twee werkdagen.",
        "Toetsen zijn binnen tien werkdagen nagekeken en in Magister gezet.",
        "Het PTA staat uiterlijk 1 oktober op de website, met een uitleg in begrijpelijke taal.",
        "Voor ouders die het Nederlands niet goed beheersen, zetten wij bij gesprekken een tolk in.",
    ])


def _h5(doc):
    doc.add_heading("5. Durven vernieuwen", level=1)
    _alinea(doc,
        "Een mavo moet volgens ons meer zijn dan een school die leerlingen klaarstoomt voor het examen. "
        "Onze leerlingen leren het best als zij zien waar het voor is en als zij zelf keuzes mogen maken. "
        "Daarom zetten wij twee vernieuwingen door.")
    doc.add_heading("5.1 Keuzewerktijd", level=2)
    _alinea(doc,
        "Vanaf 2024-2025 duren de lessen 45 minuten en krijgt iedere leerling drie uur keuzewerktijd per "
        "week. In de app van Zermelo kiest de leerling zelf waar hij dat uur aan besteedt: extra uitleg, "
        "verdieping, huiswerk onder begeleiding of examentraining. De mentor kijkt elke week mee en kan "
        "een leerling verplicht inschrijven als de resultaten daarom vragen. In 2024-2025 draaien wij "
        "een proef in leerjaar 2 en 3; in 2025-2026 geldt keuzewerktijd voor de hele school. In juni 2026 "
        "evalueren wij met leerlingen en docenten. Wij willen dat dan minstens 75 procent van de "
        "leerlingen zegt dat keuzewerktijd hen helpt.")
    doc.add_heading("5.2 Technologie & Toepassing", level=2)
    _alinea(doc,
        "Sinds 2022 bieden wij het praktijkgerichte vak Technologie & Toepassing (T&T) aan. Leerlingen "
        "werken in teams aan echte opdrachten van echte opdrachtgevers, zoals het Waterschap "
        "Zuiderzeeland (een ontwerp voor een wadi op het schoolplein) en het Flevoziekenhuis (een "
        "wegwijssysteem voor jonge pati\u00ebnten). Nu volgt 24 procent van de leerlingen T&T in de "
        "bovenbouw. Vooruitlopend op de nieuwe leerweg in het vmbo bouwen wij T&T uit tot een "
        "praktijkgericht programma dat alle leerlingen in leerjaar 3 en 4 kunnen kiezen. In 2026 willen "
        "wij dat 40 procent van de leerlingen T&T kiest, en dat alle T&T-docenten de vakdidactische "
        "scholing voor T&T hebben gevolgd.")


def _h6(doc):
    doc.add_heading("6. De lat omhoog", level=1)
    _alinea(doc,
        "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Na drie jaren met dalende "
        "resultaten betekent dat vooral: terug naar een slagingspercentage van minstens 94 procent, "
        "gemeten als driejaarsgemiddelde in 2027.")
    doc.add_heading("6.1 Betere examenresultaten", level=2)
    _alinea(doc,
        "De secties wiskunde en Engels stellen in 2024-2025 een verbeterplan op, op basis van de "
        "examenanalyse in Wolf. Vaste onderdelen zijn: elke week een oefentoets met directe feedback, "
        "examentraining in de keuzewerktijd vanaf januari in leerjaar 4, en een gezamenlijk "
        "beoordelingsmodel voor schoolexamens zodat het verschil met het centraal examen kleiner wordt. "
        "Het gemiddelde cijfer voor het centraal examen moet in 2027 weer minstens 6,5 zijn, en het "
        "verschil tussen schoolexamen en centraal examen hoogstens 0,3.")
    doc.add_heading("6.2 Ruimte voor wie meer kan", level=2)
    _alinea(doc,
        "Ongeveer een derde van onze leerlingen komt binnen met een mavo/havo-advies. Wij willen dat zij "
        "na het examen kunnen doorstromen naar havo 4 en dat zij daar slagen. Leerlingen met die ambitie "
        "volgen in leerjaar 3 en 4 de havoroute: elke dinsdag een extra lesuur wiskunde en Engels op "
        "havoniveau, gegeven door docenten van het lyceum waarmee wij samenwerken. In 2023 stroomde 22 "
        "procent van onze geslaagden door naar havo 4. Wij willen naar 28 procent in 2027, waarbij minstens "
        "80 procent van hen de overgang naar havo 5 haalt.")
    doc.add_heading("6.3 Van elkaar", level=2)
    _alinea(doc,
        "Ook van collega\u2019s verwachten wij veel. In sectievergaderingen bespreken wij de resultaten per "
        "klas en per docent openlijk. Wie afspraken niet nakomt, wordt daarop aangesproken, eerst door "
        "de sectievoorzitter en daarna door de teamleider.",
        "Onze docenten willen zelf blijven leren, en dat zien wij aan hun keuzes. In 2023-2024 volgden "
        "veertien docenten op eigen initiatief een opleiding of cursus naast het schoolbrede aanbod, en "
        "drie docenten volgen een masteropleiding. Iedere docent schrijft in september een persoonlijk "
        "ontwikkelplan met een zelfgekozen doel en krijgt daarvoor een eigen scholingsbudget van "
        "\u20ac600 per jaar.")


def _h7(doc):
    doc.add_heading("7. Onderwijs dat werkt", level=1)
    doc.add_heading("7.1 De basis op orde", level=2)
    _alinea(doc,
        "Ons eerste doel voor deze planperiode is dat wij op alle indicatoren van het Inspectiekader "
        "ruim voldoende blijven scoren en de negatieve trend bij de examenresultaten keren (zie hoofdstuk "
        "6). Onderbouwsnelheid en bovenbouwsucces moeten minstens op het huidige niveau blijven: "
        "onderbouwsnelheid boven 96 procent en bovenbouwsucces boven 85 procent.")
    doc.add_heading("7.2 Het programma", level=2)
    _alinea(doc,
        "Leerlingen krijgen in vier jaar ruim meer dan de wettelijke 3.700 uur onderwijstijd; in "
        "2023-2024 was dat 3.860 uur. De lessen duren vanaf 2024-2025 45 minuten. In de onderbouw werken "
        "de secties aan de kerndoelen volgens hun vakwerkplan. In de bovenbouw volgen leerlingen het "
        "examenprogramma van de theoretische leerweg, met een profiel en keuzevakken, vastgelegd in het "
        "PTA.")
    _tabel(doc, ["Onderdeel", "Leerjaar 1-2", "Leerjaar 3-4"], [
        ["Nederlands, Engels, wiskunde", "4 uur per vak per week", "4 uur per vak (examenvakken)"],
        ["Duits of Frans", "3 uur", "keuzevak"],
        ["Mens en maatschappij / geschiedenis, aardrijkskunde, economie", "6 uur samen", "keuze binnen profiel"],
        ["Mens en natuur / biologie, nask", "5 uur samen", "keuze binnen profiel"],
        ["Kunstvakken en CKV", "3 uur", "CKV in leerjaar 3"],
        ["Lichamelijke opvoeding", "3 uur", "2 uur"],
        ["Maatschappijleer", "-", "2 uur in leerjaar 3"],
        ["Technologie & Toepassing", "1 uur ori\u00ebntatie", "4 uur (keuze)"],
        ["Mentoruur en keuzewerktijd", "2 + 3 uur", "1 + 3 uur"],
    ], [6.5, 4.5, 4.5])
    doc.add_heading("7.3 Een curriculum voor later", level=2)
    _alinea(doc,
        "Drie ontwikkelingen bepalen hoe ons programma er in 2028 uitziet. De eerste is de nieuwe leerweg "
        "in het vmbo, waarin een praktijkgericht programma een plek krijgt; daarop bereiden wij ons voor "
        "met T&T (zie 5.2). De tweede is digitale geletterdheid. Vanaf 2025-2026 krijgen leerjaar 1 en 2 "
        "een wekelijks Digi-uur met een eigen leerlijn: veilig online, informatie zoeken en beoordelen, "
        "programmeren met micro:bits en omgaan met AI-hulpmiddelen. De derde is loopbaanori\u00ebntatie: "
        "iedere leerling houdt vanaf leerjaar 1 een loopbaanportfolio bij in Qompas.")
    doc.add_heading("7.4 Burgerschap", level=2)
    _alinea(doc,
        "Burgerschap krijgt vorm in het vak maatschappijleer, in de module \u2018Wat geloof jij?\u2019 en in "
        "de praktijk van de school. De leerlingenraad (acht leerlingen) overlegt elke maand met de "
        "directeur en heeft in 2023 het nieuwe telefoonbeleid mee vormgegeven. Leerjaar 3 bezoekt met "
        "ProDemos de Tweede Kamer, en bij landelijke verkiezingen doet de hele bovenbouw mee aan de "
        "Scholierenverkiezingen, voorafgegaan door een debatweek. In leerjaar 4 lopen leerlingen twintig "
        "uur maatschappelijke stage. Wij leggen de burgerschapsdoelen in 2024-2025 vast in een leerlijn "
        "per leerjaar en toetsen ze jaarlijks met een korte vragenlijst.")
    doc.add_heading("7.5 Samen beter lesgeven", level=2)
    _alinea(doc,
        "Wij willen een school zijn waar docenten van elkaar leren. Sinds 2023 werken alle docenten in "
        "vijf leerteams van zes tot acht collega\u2019s uit verschillende secties. De leerteams komen zes "
        "keer per jaar op woensdagmiddag bij elkaar. Zij bereiden samen lessen voor, bezoeken elkaar "
        "minstens twee keer per jaar in de les en bespreken wat zij zagen. Het thema voor 2024-2026 is "
        "formatief handelen: leerdoelen zichtbaar maken, tijdens de les nagaan of leerlingen het "
        "begrijpen (bijvoorbeeld met wisbordjes) en feedback geven die leerlingen verder helpt.")
    doc.add_heading("7.6 Ondersteuning", level=2)
    _alinea(doc,
        "Het ondersteuningsteam bestaat uit de zorgco\u00f6rdinator, twee leerlingbegeleiders, een "
        "orthopedagoog (0,4 fte), de schoolmaatschappelijk werker en de jeugdarts van de GGD. Ons "
        "schoolondersteuningsprofiel is in april 2024 vernieuwd.",
        "Tot de basisondersteuning horen het mentoraat, begeleiding bij dyslexie en dyscalculie, een "
        "faalangstreductietraining, een sociale-vaardigheidstraining in leerjaar 1 en examenvreestraining "
        "in leerjaar 4. Extra ondersteuning bieden wij in De Haven, een trajectvoorziening met twee "
        "begeleiders, waar leerlingen een deel van de dag kunnen werken. Daar begeleiden wij onder meer "
        "leerlingen met autisme of een angststoornis, met een ontwikkelingsperspectiefplan. Wat wij niet "
        "kunnen bieden: intensieve lichamelijke verzorging en een plek voor leerlingen die structureel "
        "niet in een groep van 28 kunnen functioneren, ook niet met De Haven erbij.",
        "Als wij een leerling niet goed kunnen helpen, zoeken wij samen met het Samenwerkingsverband "
        "Passend Onderwijs Almere naar een betere plek. In 2023-2024 gingen vier leerlingen tijdelijk naar "
        "de reboundvoorziening van het samenwerkingsverband; drie van hen kwamen terug. Wij nemen deel "
        "aan het Almeerse thuiszittersoverleg. Ons doel: geen enkele leerling zit langer dan vier weken "
        "thuis zonder een plan dat met ouders en samenwerkingsverband is afgesproken.")
    doc.add_heading("7.7 Kwaliteitszorg", level=2)
    _alinea(doc,
        "Wij werken volgens een vaste cyclus van plannen, uitvoeren, meten en bijstellen. Het schoolplan "
        "wordt elk jaar vertaald in een jaarplan van de school en sectieplannen. Een kwaliteitskalender "
        "legt vast wanneer wij wat meten:")
    _lijst(doc, [
        "resultaten per periode en na elk examen (Magister, Wolf, Vensters);",
        "lesobservaties: iedere docent wordt twee keer per jaar bezocht door de teamleider, met de "
        "kijkwijzer formatief handelen;",
        "leerlingenenqu\u00eate elk jaar in maart, ouder- en personeelsenqu\u00eate om het jaar (Kwaliteitscholen);",
        "leerlingpanels per leerjaar, twee keer per jaar;",
        "kwartaalrapportage aan het College van Bestuur en jaarverslag in oktober.",
    ])
    _alinea(doc,
        "De directeur en de teamleiders bespreken elke periode de uitkomsten en stellen zo nodig het "
        "jaarplan bij.")


def _h8(doc):
    doc.add_heading("8. Ons team", level=1)
    _alinea(doc,
        "Goed onderwijs op een mavo staat of valt met docenten die hun vak beheersen en het goed hebben "
        "in hun werk. Op dat tweede punt moeten wij beter worden.")
    doc.add_heading("8.1 Gezond en fit aan het werk", level=2)
    _alinea(doc,
        "Het ziekteverzuim was in 2023 7,8 procent, waarvan een groot deel langdurig. Wij willen naar 5,5 "
        "procent in 2027. De teamleiders houden bij elke ziekmelding binnen drie dagen contact en "
        "bespreken met de bedrijfsarts of werk in aangepaste vorm mogelijk is. Elke dinsdag om 16.00 uur "
        "geven twee LO-docenten een bootcamp voor collega\u2019s, en in 2025 en 2027 bieden wij iedereen een "
        "vitaliteitscheck aan via de arbodienst.",
        "Wij houden rekening met de levensfase van medewerkers. Docenten met jonge kinderen kunnen een "
        "roosterwens opgeven (geen eerste of geen laatste uur), die wij zo veel mogelijk honoreren. "
        "Collega\u2019s vanaf 57 jaar gebruiken de regeling duurzame inzetbaarheid. Startende docenten "
        "geven in hun eerste jaar tien procent minder les.")
    doc.add_heading("8.2 Leren en ontwikkelen", level=2)
    _alinea(doc,
        "In 2024-2025 en 2025-2026 volgt het hele team de scholing formatief handelen, in samenwerking met "
        "de ASG Academie, met twee studiedagen per jaar en uitwerking in de leerteams (zie 7.5). Daarnaast "
        "heeft iedere docent het persoonlijke scholingsbudget (zie 6.3). Nieuwe docenten volgen het "
        "inductieprogramma van ASG.",
        "De sectievoorzitters van Nederlands, Engels en wiskunde nemen deel aan de ASG-netwerken van hun "
        "vak, en onze zorgco\u00f6rdinator aan het netwerk van zorgco\u00f6rdinatoren van de ASG-scholen.")
    doc.add_heading("8.3 Bevoegde docenten voor de klas", level=2)
    _alinea(doc,
        "In 2024 waren zeven van onze 36 docenten nog niet bevoegd: vier volgen de tweedegraads "
        "lerarenopleiding, drie zijn zij-instromer. Zij worden begeleid door onze schoolopleider, hebben "
        "twee uur per week roostervrij voor hun studie en lopen in de eerste twee jaar een keer per maand "
        "stage bij een ervaren collega. Ons doel: in 2027 zijn er hoogstens twee onbevoegde docenten, en "
        "zij zitten dan allebei in een opleidingstraject.")
    doc.add_heading("8.4 De gesprekscyclus", level=2)
    _alinea(doc,
        "Iedere medewerker heeft elk jaar een ontwikkelgesprek in het najaar en een voortgangsgesprek in "
        "het voorjaar, en eens in de drie jaar een beoordelingsgesprek. In 2023 werd maar 72 procent van "
        "de gesprekken gevoerd. Vanaf 2024-2025 plant het secretariaat alle gesprekken in het begin van het "
        "schooljaar in, en bespreekt de directeur elke periode de voortgang met de teamleiders.")


def _h9(doc):
    doc.add_heading("9. Samen sterker", level=1)
    _alinea(doc,
        "Als mavo zijn wij een schakel in het aanbod van ASG in Almere. Wij werken samen met andere "
        "ASG-scholen aan de inhoud van ons onderwijs en aan de overstap van leerlingen.")
    doc.add_heading("9.1 Secties over de schoolgrenzen heen", level=2)
    _alinea(doc,
        "Sinds 2023 maken de secties Nederlands en wiskunde samen met de mavo-afdelingen van twee andere "
        "ASG-scholen gezamenlijke schoolexamens en examentrainingen. Na elk examen analyseren zij samen de "
        "resultaten. Engels sluit in 2024-2025 aan. Onze examensecretaris neemt deel aan het overleg van "
        "examensecretarissen van de ASG-scholen, waarin het PTA-format en de examenreglementen op elkaar "
        "worden afgestemd.")
    doc.add_heading("9.2 De juiste plek voor elke leerling", level=2)
    _alinea(doc,
        "Wij willen dat leerlingen op de plek terechtkomen die bij hen past, ook als dat niet onze school "
        "is. Met twee ASG-lyceums hebben wij afspraken over de doorstroom naar havo 4: een gemiddeld "
        "cijfer van minstens 6,8 voor het centraal examen, het volgen van de havoroute en een positief "
        "advies van de mentor. Leerlingen die in leerjaar 1 of 2 beter op hun plek zijn in de "
        "kaderberoepsgerichte leerweg, stromen met een warme overdracht door naar een ASG-school voor "
        "vmbo. Aan de ASG-basisscholen die naar ons doorverwijzen, koppelen wij elk jaar de resultaten "
        "van hun oud-leerlingen na leerjaar 1 en leerjaar 3 terug.")


def _h10(doc):
    doc.add_heading("10. Ouders, stad en bedrijven", level=1)
    doc.add_heading("10.1 Ouders", level=2)
    _alinea(doc,
        "Ouders van pubers zijn minder zichtbaar in school, maar hun betrokkenheid maakt het verschil. "
        "Twee keer per jaar (november en april) houden wij driehoeksgesprekken, waarin de leerling zelf "
        "aan ouders en mentor vertelt hoe het gaat en wat hij wil bereiken, aan de hand van zijn "
        "portfolio. In 2023-2024 was 81 procent van de ouders bij deze gesprekken. In leerjaar 2 en 3 is "
        "er een ouderavond over profielkeuze en vervolgopleiding. Het ouderpanel van twaalf ouders "
        "praat vier keer per jaar met de directeur over onderwerpen als huiswerk, telefoongebruik en "
        "het rooster.")
    doc.add_heading("10.2 Partners in de stad", level=2)
    _alinea(doc,
        "Voor T&T en loopbaanori\u00ebntatie werken wij samen met bedrijven en instellingen in Almere. In "
        "de beroepenweek van leerjaar 3 lopen leerlingen een snuffelstage bij een van de ongeveer zestig "
        "bedrijven in ons netwerk. Het Waterschap Zuiderzeeland, het Flevoziekenhuis en de gemeente "
        "Almere zijn vaste opdrachtgevers voor T&T. Met het ROC van Flevoland organiseren wij "
        "meeloopdagen voor leerjaar 4 en een doorstroomgesprek voor iedere leerling die naar het mbo gaat.",
        "In de wijk werken wij samen met de wijkagent, die elke maand een middag op school is, met het "
        "jongerenwerk van De Schoor (ook bij de buurtronde, zie 4.2) en met het wijkteam, dat de "
        "schoolmaatschappelijk werker levert. Met sportvereniging Almere \u201977 bieden wij na schooltijd "
        "voetbal en basketbal aan in onze gymzalen.")


def _h11(doc):
    doc.add_heading("11. Onze doelen op een rij", level=1)
    _alinea(doc,
        "Hieronder staan al onze doelen voor 2024-2028. Elk doel is specifiek, meetbaar, haalbaar, "
        "relevant en tijdgebonden. De jaarplannen werken de doelen uit in acties per schooljaar.")
    rijen = [
        ["1", "Leerlingen voelen zich gekend door minstens \u00e9\u00e9n volwassene op school",
         "Leerlingenenqu\u00eate", "64% (2024)", "85%", "maart 2027", "Teamleiders"],
        ["2", "Iedere leerling voert vier \u00e9\u00e9n-op-\u00e9\u00e9ngesprekken per jaar met de mentor",
         "Registratie in Magister", "onbekend", "95% van de leerlingen", "jaarlijks vanaf 2024-2025",
         "Mentoren"],
        ["3", "Leerlingen die wegzakken worden tijdig opgemerkt",
         "Dashboardbespreking teamleider-mentor", "niet structureel", "elke zes weken per klas",
         "vanaf oktober 2024", "Teamleiders"],
        ["4", "Leerlingen voelen zich veilig op school",
         "Monitor sociale veiligheid", "88% (2023)", "93%", "2026", "Anti-pestco\u00f6rdinator"],
        ["5", "Iedere leerling volgt de module \u2018Wat geloof jij?\u2019 met drie bezoeken",
         "Jaarplanning mens en maatschappij", "2 bezoeken", "3 bezoeken, 100% van leerjaar 2",
         "2024-2025", "Sectie M&M"],
        ["6", "Ouders zijn tevreden over de informatie van school",
         "Oudertevredenheid (Kwaliteitscholen)", "6,6 (2023)", "7,5", "2027", "Directeur"],
        ["7", "Berichten van ouders worden snel beantwoord",
         "Steekproef Magister", "onbekend", "90% binnen twee werkdagen", "2025", "Teamleiders"],
        ["8", "Keuzewerktijd voor alle leerlingen",
         "Rooster en leerlingenevaluatie", "proef leerjaar 2-3", "hele school; 75% positief",
         "juni 2026", "Teamleider 3-4"],
        ["9", "T&T als praktijkgericht programma",
         "Keuze leerlingen bovenbouw", "24%", "40%", "2026", "Co\u00f6rdinator T&T"],
        ["10", "Slagingspercentage omhoog",
         "Driejaarsgemiddelde", "91,0% (2021-2023)", "94%", "2027", "Directeur"],
        ["11", "Hogere cijfers centraal examen",
         "Gemiddeld CE-cijfer", "6,28", "6,5", "2027", "Sectievoorzitters"],
        ["12", "Kleiner verschil schoolexamen en centraal examen",
         "SE-CE-verschil", "0,47", "hoogstens 0,3", "2027", "Examencommissie"],
        ["13", "Meer geslaagden stromen met succes door naar havo",
         "Doorstroom havo 4 en overgang havo 5", "22%", "28%, van wie 80% naar havo 5",
         "2027", "Teamleider 3-4"],
        ["14", "Iedere docent werkt aan een zelfgekozen ontwikkeldoel",
         "Persoonlijk ontwikkelplan", "ca. 60%", "100%", "jaarlijks oktober", "Teamleiders"],
        ["15", "Onderbouwsnelheid en bovenbouwsucces blijven hoog",
         "Inspectie-indicatoren", "96,8% en 84,2%", "boven 96% en boven 85%", "elk jaar",
         "Directeur"],
        ["16", "Leerlijn digitale geletterdheid in leerjaar 1-2",
         "Digi-uur in rooster, leerlijn vastgesteld", "geen", "wekelijks Digi-uur",
         "2025-2026", "ICT-co\u00f6rdinator"],
        ["17", "Leerlijn burgerschap per leerjaar",
         "Leerlijn en jaarlijkse vragenlijst", "geen leerlijn", "vastgesteld en getoetst",
         "juni 2025", "Sectie M&M"],
        ["18", "Docenten leren van elkaar in leerteams",
         "Lesbezoeken per docent", "1 per jaar", "2 per jaar", "2025", "Teamleiders"],
        ["19", "Formatief handelen zichtbaar in de les",
         "Lesobservaties met kijkwijzer", "nulmeting oktober 2024", "80% van de lessen voldoet",
         "juni 2026", "Teamleiders"],
        ["20", "Geen langdurige thuiszitters zonder plan",
         "Registratie verzuim en SWV", "2 leerlingen (2023)", "0 leerlingen langer dan 4 weken zonder plan",
         "elk jaar", "Zorgco\u00f6rdinator"],
        ["21", "Lager ziekteverzuim",
         "Verzuimpercentage", "7,8% (2023)", "5,5%", "2027", "Directeur"],
        ["22", "Vitaliteitscheck voor iedere medewerker",
         "Deelname", "geen", "minstens 70% deelname", "2025 en 2027", "P&O-adviseur"],
        ["23", "Minder onbevoegde docenten",
         "Aantal onbevoegde docenten", "7 van 36", "hoogstens 2, beiden in opleiding", "2027",
         "Schoolopleider"],
        ["24", "Gesprekscyclus volledig uitgevoerd",
         "Gevoerde en vastgelegde gesprekken", "72% (2023)", "100%", "2025-2026", "Directeur"],
        ["25", "Gezamenlijke schoolexamens met andere ASG-scholen",
         "Aantal vakken", "2 (Ne, wi)", "3 (Ne, wi, En)", "2024-2025", "Sectievoorzitters"],
        ["26", "Basisscholen krijgen terugkoppeling over oud-leerlingen",
         "Verstuurde terugkoppelingen", "incidenteel", "alle ASG-basisscholen, jaarlijks",
         "vanaf 2025", "Teamleider 1-2"],
        ["27", "Ouders aanwezig bij driehoeksgesprekken",
         "Aanwezigheidsregistratie", "81%", "90%", "2026", "Mentoren"],
        ["28", "Iedere mbo-gaande leerling heeft een doorstroomgesprek met het ROC",
         "Registratie LOB", "ca. 50%", "100%", "2026", "Decaan"],
    ]
    _tabel(doc, ["Nr", "Doel", "Indicator", "Nulmeting", "Streefwaarde", "Gereed", "Eigenaar"], rijen,
           [0.8, 4.6, 2.8, 2.2, 2.6, 1.9, 2.1], grootte=8)


def _h12(doc):
    doc.add_heading("12. Vaststelling", level=1)
    _alinea(doc,
        "De medezeggenschapsraad heeft het concept van dit schoolplan besproken in de vergaderingen van "
        "14 mei en 11 juni 2024 en heeft op 11 juni 2024 een positief advies gegeven.",
        "Het College van Bestuur van de Almeerse Scholen Groep heeft dit schoolplan op 2 juli 2024 "
        "vastgesteld. Wij evalueren de voortgang jaarlijks in het jaarverslag en houden in juni 2026 een "
        "tussenbalans met team, leerlingenraad en ouderpanel.")
    _tabel(doc, ["", "Naam", "Datum"], [
        ["Directeur Lepelaar Mavo", "Hanneke Brouwer", "2 juli 2024"],
        ["College van Bestuur ASG", "namens het College", "2 juli 2024"],
    ], [5.0, 6.0, 4.0], grootte=10)


def _vaste_zipdatum(path):
    """Vaste datums in het zip-archief: elke build levert hetzelfde bestand op."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        delen = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for naam, data in delen:
            info = zipfile.ZipInfo(naam, date_time=VASTE_DATUM.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def build(path):
    doc = Document()
    _nederlands(doc)
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    _voettekst(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan Lepelaar Mavo 2024-2028"
    cp.author = "H. Brouwer"
    cp.last_modified_by = "I. Amrani"
    cp.language = "nl-NL"
    cp.keywords = "schoolplan; mavo; ASG"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 12

    _titelpagina(doc)
    _inhoudsopgave(doc)
    _h1(doc)
    _h2(doc)
    _h3(doc)
    _h4(doc)
    _h5(doc)
    _h6(doc)
    _h7(doc)
    _h8(doc)
    _h9(doc)
    _h10(doc)
    _h11(doc)
    _h12(doc)
    doc.save(path)
    if isinstance(path, str):
        _vaste_zipdatum(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_126_lepelaar_mavo.docx")
