# -*- coding: utf-8 -*-
"""Koersplan 2025-2029 van Katholieke basisschool Sint Lidwina (Kruidenwijk, Almere Stad).

Bouwt een Word-document met python-docx. Gebruik: build('/pad/naar/bestand.docx').
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

VASTE_DATUM = datetime.datetime(2025, 3, 24, 9, 30, 0)
GROEN = RGBColor(0x1F, 0x5C, 0x4A)


# --------------------------------------------------------------------------
# hulpfuncties
# --------------------------------------------------------------------------
def _taal_nl(style):
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")


def _opmaak(doc):
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.12
    _taal_nl(normal)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5), ("Title", 28)):
        st = doc.styles[naam]
        st.font.name = "Calibri"
        st.font.size = Pt(grootte)
        st.font.color.rgb = GROEN
        _taal_nl(st)
    for sec in doc.sections:
        sec.left_margin = Cm(2.3)
        sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.2)
        sec.bottom_margin = Cm(2.0)


def _paginanummer(doc):
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run("Koersplan Sint Lidwina 2025-2029  |  pagina ")
    run.font.size = Pt(9)
    r2 = p.add_run()
    r2.font.size = Pt(9)
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
        r2._r.append(el)


def _kopregel(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(k)
        run.bold = True
        run.font.size = Pt(10)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9EAD3")
        cel._tc.get_or_add_tcPr().append(shd)
    _kopregel(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            regels = waarde.split("\n")
            par = cellen[i].paragraphs[0]
            for j, regel in enumerate(regels):
                if j:
                    par = cellen[i].add_paragraph()
                r = par.add_run(regel)
                r.font.size = Pt(10)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _alinea(doc, tekst, vet_begin=None):
    p = doc.add_paragraph()
    if vet_begin:
        r = p.add_run(vet_begin + " ")
        r.bold = True
    p.add_run(tekst)
    return p


def _opsomming(doc, punten):
    for punt in punten:
        doc.add_paragraph(punt, style="List Bullet")


def _vaste_zip(path):
    """Zet vaste tijdstempels in het zip-archief, zodat het bestand reproduceerbaar is."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 24, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


# --------------------------------------------------------------------------
# inhoud
# --------------------------------------------------------------------------
def _voorblad(doc):
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("Katholieke basisschool Sint Lidwina")
    r.font.size = Pt(14)
    r.font.color.rgb = GROEN
    doc.add_paragraph("Koersplan 2025-2029", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Iedereen een plek aan tafel")
    r.italic = True
    r.font.size = Pt(16)
    doc.add_paragraph()
    doc.add_paragraph("Schooljaren 2025-2026 tot en met 2028-2029")
    doc.add_paragraph("Kruidenwijk, Almere Stad  |  BRIN 27QD  |  onderdeel van de Almeerse Scholen Groep")
    doc.add_paragraph("Directeur: Joost Terpstra  |  intern begeleider: Samira Bouzid  |  NT2-coördinator: Ilse Brouwer")
    doc.add_paragraph("Versie 1.2, maart 2025")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _hoofdstuk_1(doc):
    doc.add_heading("1. Waarom een koersplan", level=1)
    _alinea(doc, "Voor u ligt het koersplan van Sint Lidwina voor de schooljaren 2025-2026 tot en met 2028-2029. "
            "Het vervult de rol van het wettelijke schoolplan, maar we noemen het bewust anders. Een schoolplan "
            "verdwijnt in de kast; een koers is iets waar je elke maandagochtend weer op stuurt. Dit document is "
            "daarom kort gehouden en geschreven voor ons team, onze ouders en onze partners in de wijk.")
    _alinea(doc, "Sint Lidwina is in tien jaar ingrijpend veranderd. In 2015 waren we een kleine wijkschool met "
            "vooral kinderen die in Almere geboren waren. Nu is ruim een derde van onze leerlingen korter dan vier "
            "jaar in Nederland. Elke maand schuiven er nieuwe kinderen aan, soms met een dag van tevoren gemeld, "
            "soms zonder enig dossier. Dat vraagt om scherpe keuzes: wat moet elk kind hier minimaal meekrijgen, en "
            "wat laten we de komende vier jaar bewust liggen?")
    _alinea(doc, "We zijn in oktober 2024 begonnen met een SWOT-analyse met het hele team, aangevuld met gesprekken "
            "in de ouderkamer en met de kinderraad. Daaruit kwamen vier ambities. Per ambitie beschrijven we wat we "
            "zien, wat we doen en hoe we het meten. Het jaarplan werkt elk schooljaar uit wie wat wanneer doet. "
            "Pas in de slottabel leggen we de verbinding met de koers van de Almeerse Scholen Groep; we wilden "
            "eerst onze eigen woorden vinden.")
    _alinea(doc, "Onze school is genoemd naar Lidwina van Schiedam, die ondanks een leven vol tegenslag mensen "
            "bleef ontvangen aan haar bed. Dat beeld, mensen die welkom zijn ook als het moeilijk is, past bij wat "
            "we hier elke dag proberen. Vandaar de ondertitel van dit plan: iedereen een plek aan tafel.")


def _hoofdstuk_2(doc):
    doc.add_heading("2. Sint Lidwina in cijfers en woorden", level=1)
    _tabel(doc, ["Kenmerk", "Stand (peildatum 1 oktober 2024)"], [
        ["Aantal leerlingen", "286, verdeeld over 12 groepen plus de Taalboot"],
        ["Leerlingen korter dan 4 jaar in Nederland", "97 (34%)"],
        ["Nationaliteiten / thuistalen", "29 nationaliteiten, 23 thuistalen (grootste: Arabisch, Tigrinya, Oekraïens, Turks, Pools)"],
        ["Taalboot (NT2-groep eerste opvang)", "14 kinderen van 6 tot 12 jaar, maximaal 16"],
        ["Schoolweging CBS (driejarig gemiddelde)", "36,8 (spreiding 7,1)"],
        ["In- en uitstroom tijdens het schooljaar", "22% van de leerlingen (2023-2024)"],
        ["Medewerkers", "31, waarvan 22 leerkrachten en 4 onderwijsassistenten"],
        ["Ziekteverzuim personeel 2023-2024", "7,4%"],
        ["Inspectieonderzoek", "november 2023, alle standaarden voldoende, basisarrangement"],
    ], breedtes=[6.5, 9.5])
    _alinea(doc, "De Kruidenwijk is een van de oudste buurten van Almere Stad, met veel sociale huur, kleine "
            "woningen en een hoog verloop. Sinds 2022 zijn er gezinnen bijgekomen uit de opvang van Oekraïense "
            "ontheemden en statushouders die via de gemeente een woning kregen. Veel ouders werken in ploegendienst "
            "of volgen zelf een inburgeringstraject. Een deel van de kinderen heeft een onderbroken schoolloopbaan "
            "of ingrijpende dingen meegemaakt.")
    _alinea(doc, "De uitslagen van de doorstroomtoets (voorheen eindtoets) van de afgelopen drie jaar laten een "
            "gemengd beeld zien. Op het fundamentele niveau (1F) zitten we voor lezen (91%) en taalverzorging (89%) "
            "ruim boven de signaleringswaarde van 85%, voor rekenen net erboven (86%). Op het streefniveau (2F/1S) "
            "scoren we voor lezen (48%) en taalverzorging (52%) boven de signaleringswaarde voor onze schoolweging, "
            "maar rekenen blijft met 27% duidelijk achter. Kinderen die korter dan twee jaar in Nederland zijn, mogen "
            "wettelijk worden uitgezonderd; wij laten ze in principe wel meedoen, omdat we willen weten waar ze staan.")
    _alinea(doc, "Het gebouw aan de Kruidenweg dateert van 1984 en is vol. De Taalboot zit sinds 2023 in een "
            "noodlokaal op het schoolplein. De gemeente heeft uitbreiding toegezegd voor 2027; tot die tijd delen "
            "twee groepen de speelzaal voor hun instructie in kleine groepjes.")


def _hoofdstuk_3(doc):
    doc.add_heading("3. SWOT-analyse", level=1)
    _alinea(doc, "De analyse is gemaakt tijdens de studiedag van 14 oktober 2024. Elk teamlid schreef op gele "
            "briefjes; daarna hebben we in vier groepen geclusterd en met stickers geprioriteerd. Ouders vulden de "
            "analyse aan in twee ochtenden in de ouderkamer (met tolken Arabisch en Oekraïens), de kinderraad deed "
            "een eigen versie met smileys. Hieronder de punten die de meeste stemmen kregen.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    kop = [("Sterktes (intern)", "Zwaktes (intern)"), ("Kansen (extern)", "Bedreigingen (extern)")]
    inhoud = [
        ("- Warm, betrokken team dat nieuwkomers gewend is\n"
         "- NT2-expertise opgebouwd sinds 2016, eigen Taalboot\n"
         "- 1F-resultaten lezen en taalverzorging ruim boven de norm\n"
         "- Ouderkamer drie ochtenden per week open\n"
         "- Korte lijnen met wijkteam en schoolmaatschappelijk werk",
         "- Woordenschat zakt weg na overstap van Taalboot naar reguliere groep\n"
         "- Rekenen op 1S structureel laag (27%)\n"
         "- Hoog verzuim en veel wisselingen in het team\n"
         "- Kennis van NT2 zit bij een paar mensen, niet bij iedereen\n"
         "- Brieven en nieuwsbrief te talig voor veel ouders\n"
         "- Dossiers bij instroom onvolledig"),
        ("- Programma de Bibliotheek op school met eigen leesconsulent\n"
         "- Middelen uit de regeling School en Omgeving (verrijkte schooldag)\n"
         "- Modules van de ASG Academie over taalontwikkelend lesgeven\n"
         "- Zij-instroomroute voor onderwijsassistenten\n"
         "- Uitbreiding gebouw toegezegd voor 2027",
         "- Lerarentekort in Almere, vacatures lastig te vullen\n"
         "- Onvoorspelbare instroom door plaatsing vanuit de opvang\n"
         "- Zorgen van gezinnen over verblijfsstatus en wonen\n"
         "- Gebouw te klein tot de uitbreiding klaar is\n"
         "- Wachttijden in de jeugd-GGZ"),
    ]
    _kopregel(t.rows[0])
    vulling = [(0, kop[0], True), (1, inhoud[0], False), (2, kop[1], True), (3, inhoud[1], False)]
    for rij_nr, teksten, vet in vulling:
        for c in range(2):
            cel = t.rows[rij_nr].cells[c]
            cel.text = ""
            par = cel.paragraphs[0]
            for j, regel in enumerate(teksten[c].split("\n")):
                if j:
                    par = cel.add_paragraph()
                run = par.add_run(regel)
                run.font.size = Pt(10)
                run.bold = vet
            if vet:
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), "D9EAD3")
                cel._tc.get_or_add_tcPr().append(shd)
    doc.add_paragraph()
    doc.add_heading("Wat we hieruit halen", level=2)
    _alinea(doc, "Als we de sterktes naast de kansen leggen, ligt de eerste keuze voor de hand: onze NT2-ervaring en "
            "de bibliotheek op school samen inzetten om de taalachterstand na de Taalboot te stoppen. Dat wordt "
            "ambitie 1. De zwakte in de communicatie met ouders, gecombineerd met de onvoorspelbare instroom, "
            "maakt een betere ontvangst van kinderen en ouders noodzakelijk (ambitie 2). Het lerarentekort en ons "
            "eigen verzuim vormen samen het grootste risico voor alles wat we willen; daarom staat het team in "
            "ambitie 3. Ambitie 4 komt voort uit de vraag van ouders en kinderen hoe een katholieke school met "
            "zoveel verschillende achtergronden één gemeenschap kan zijn.")
    _alinea(doc, "Wat we laten liggen: we voeren in deze periode geen nieuwe methode voor wereldoriëntatie of "
            "techniek in en we starten geen nieuwe onderwijsconcepten. Het team gaf unaniem aan dat rust en "
            "herhaling nu belangrijker zijn dan vernieuwing.")


def _ambitie(doc, nummer, titel, inleiding, zien, doen, meten, meettabel=None):
    doc.add_heading(f"{nummer + 3}. Ambitie {nummer}: {titel}", level=1)
    p = doc.add_paragraph()
    r = p.add_run(inleiding)
    r.italic = True
    doc.add_heading("Wat we zien", level=2)
    for tekst in zien:
        _alinea(doc, tekst)
    doc.add_heading("Wat we doen", level=2)
    for item in doen:
        if isinstance(item, list):
            _opsomming(doc, item)
        else:
            _alinea(doc, item)
    doc.add_heading("Hoe we het meten", level=2)
    for tekst in meten:
        _alinea(doc, tekst)
    if meettabel:
        _tabel(doc, meettabel[0], meettabel[1], breedtes=meettabel[2])


def _ambities(doc):
    _ambitie(
        doc, 1, "Ieder kind de taal de baas",
        "In 2029 beheerst elk kind dat minstens twee jaar bij ons is de schooltaal goed genoeg om in de les mee te "
        "doen, ook bij rekenen.",
        ["Kinderen in de Taalboot leren in een jaar een basiswoordenschat van zo'n 2.000 woorden en durven te "
         "praten. Na de overstap naar een gewone groep zakt het tempo echter in: op de Taaltoets Alle Kinderen "
         "(TAK) zien we dat ex-Taalbootleerlingen in groep 5 en 6 gemiddeld anderhalf jaar achterlopen op "
         "woordenschat. Dat werkt door in begrijpend lezen en vooral in rekenen, waar de opgaven steeds taliger "
         "worden. Leerkrachten zeggen eerlijk dat ze niet goed weten wat ze in de groep extra moeten doen."],
        ["Vanaf augustus 2025 werken we in alle groepen dagelijks twintig minuten met Logo 3000, met dezelfde "
         "woordenlijsten en pictogrammen als in de Taalboot. De NT2-coördinator stelt per thema een woordmuur "
         "samen die in elk lokaal hangt.",
         "De overstap uit de Taalboot wordt een zachte landing: kinderen gaan eerst twee dagdelen, na tien weken "
         "vier dagdelen en na twintig weken volledig naar hun nieuwe groep. In het eerste jaar daarna krijgen ze "
         "vier uur per week ondersteuning van een onderwijsassistent met NT2-scholing.",
         "In de Taalboot begint elk thema bij wat kinderen zelf meebrengen. Met het project 'Mijn koffer' vertellen "
         "en tekenen kinderen wat ze hebben meegenomen uit hun land en wat ze hier hebben gevonden; die woorden "
         "worden de eerste woorden van het thema.",
         "Rekenen wordt een taalles: bij Wereld in getallen 5 oefenen leerkrachten vanaf groep 4 de talige "
         "contexten vooraf met de hele groep ('eerst de som, dan het verhaal'). Voor groep 6 tot en met 8 komt er "
         "een rekenkring van drie keer dertig minuten per week voor kinderen die onder 1F dreigen te blijven.",
         "Met de Bibliotheek op school krijgen we een leesconsulent voor een dag per week. De schoolbibliotheek "
         "krijgt een plank met tweetalige prentenboeken in de tien grootste thuistalen, en voorleesouders lezen "
         "op woensdag voor in de eigen taal en daarna in het Nederlands.",
         "We laten de lat niet zakken voor nieuwkomers. Wie twee jaar of langer bij ons is, krijgt dezelfde "
         "toetsen en dezelfde doelen als elk ander kind. Het schooladvies voor groep 8 baseren we op wat een kind "
         "kan, niet op hoe lang het in Nederland is."],
        ["Twee keer per jaar, in januari en juni, maakt de intern begeleider een trendanalyse per groep en per "
         "cohort ex-Taalbootleerlingen. De resultaten bespreken we in de eerstvolgende teamvergadering en met de "
         "MR. Onze streefwaarden staan hieronder; het nulpunt is schooljaar 2023-2024."],
        (["Indicator", "Nu (2023-2024)", "Doel 2026-2027", "Doel 2028-2029"], [
            ["TAK woordenschat: ex-Taalbootleerlingen op niveau na 18 maanden in de groep", "41%", "55%", "70%"],
            ["Doorstroomtoets 1F lezen", "91%", "91%", "93%"],
            ["Doorstroomtoets 1F rekenen", "86%", "88%", "90%"],
            ["Doorstroomtoets 2F lezen", "48%", "50%", "53%"],
            ["Doorstroomtoets 1S rekenen", "27%", "31%", "35%"],
        ], [7.0, 3.0, 3.0, 3.0]),
    )

    _ambitie(
        doc, 2, "Welkom vanaf de eerste dag",
        "Elk kind en elke ouder weet na tien schooldagen hoe de school werkt, bij wie je terechtkunt en wat er "
        "van je verwacht wordt.",
        ["Gemiddeld komen er drie nieuwe kinderen per maand binnen, vaak halverwege een week. Soms staat een "
         "gezin zonder afspraak aan de balie. Ouders krijgen dan een stapel papier mee die ze niet kunnen lezen. "
         "In de ouderpeiling van 2024 was 74% van de ouders tevreden over de informatie van school; onder ouders "
         "die korter dan vier jaar in Nederland zijn was dat maar 58%. In de ouderkamer komt een vaste groep van "
         "zo'n vijftien moeders; vaders en ouders die werken zien we weinig. De driehoeksgesprekken worden door "
         "81% van de ouders bezocht.",
         "Kinderen vertellen in de kinderraad dat 'nieuw zijn' vooral eng is in de pauze en bij de overblijf."],
        ["We voeren in schooljaar 2025-2026 het welkomstprotocol 'De eerste tien dagen' in:",
         ["Intakegesprek met ouders binnen drie schooldagen, met een tolk via de tolkentelefoon of een tolk "
          "van Vluchtelingenwerk. We vragen niet alleen naar school en gezondheid, maar ook naar wat het kind "
          "graag doet en wat het goed kan.",
          "Elk nieuw kind krijgt een welkomstmaatje uit de eigen groep, bij voorkeur iemand die dezelfde taal "
          "spreekt. Maatjes krijgen een korte training van de intern begeleider.",
          "Een fotoboekje 'Zo gaat het op Sint Lidwina' in twaalf talen, met foto's van de juf, het lokaal, de "
          "wc en het plein. De teksten zijn vertaald door ouders uit de ouderkamer.",
          "Na zes weken een observatiegesprek tussen leerkracht, intern begeleider en ouders, waarin we de "
          "beginsituatie vastleggen in ParnasSys.",
          "Nieuwe collega's krijgen een eigen versie van dit protocol, met een buddy uit hetzelfde bouwteam."],
         "Elk kind voert drie keer per jaar een kindgesprek van tien minuten met de eigen leerkracht over hoe het "
         "gaat, wat lukt en wat het moeilijk vindt. We willen dat geen kind door de mazen glipt, ook niet het "
         "stille kind dat nooit opvalt.",
         "Onze communicatie wordt beeldend en meertalig. We gebruiken Parro met de vertaalfunctie voor alle "
         "berichten, de nieuwsbrief wordt een maandelijkse 'plaatjesbrief' met maximaal vijf korte berichten, en "
         "belangrijke besluiten lichten we toe in een ouderochtend met tolken. Brieven met een handtekening "
         "vragen we alleen nog als het wettelijk moet.",
         "De ouderkamer blijft drie ochtenden per week open, met de ouderconsulent van De Schoor. Nieuw is een "
         "taalcafé voor ouders op donderdagmiddag samen met het Taalhuis van de Nieuwe Bibliotheek, en twee keer per "
         "jaar een avond speciaal voor vaders, met sport op het plein en daarna koffie met de directeur.",
         "Ouders worden bij het leren van hun kind betrokken via 'Meekijkweken' in oktober en maart, waarin ouders "
         "een les bijwonen en een opdrachtkaart meekrijgen om thuis in de eigen taal mee verder te gaan.",
         "We werken in de wijk samen met het sociaal wijkteam, de jeugdverpleegkundige van de GGD Flevoland, "
         "Vluchtelingenwerk, de contactpersoon van het COA voor gezinnen in de opvang, Partou (voorschool en BSO) en "
         "wijkcentrum De Kruidentuin. Met Partou houden we vier keer per jaar een overdrachtsoverleg over peuters "
         "die naar groep 1 gaan."],
        ["We meten de ontvangst van nieuwe kinderen zelf: de administratie houdt bij of het intakegesprek binnen "
         "drie dagen en het observatiegesprek binnen zes weken heeft plaatsgevonden. De ouderpeiling wordt vanaf "
         "2025 afgenomen in zes talen, in de ouderkamer op tablets.",
         "Daarnaast willen we dat de ouderraad en de MR de samenstelling van de school weerspiegelen: in 2027 "
         "zit er minstens één ouder uit een nieuwkomersgezin in de MR en drie in de ouderraad."],
        (["Indicator", "Nu", "Doel 2027", "Doel 2029"], [
            ["Intake binnen 3 schooldagen", "niet gemeten", "90%", "100%"],
            ["Ouders tevreden over informatie (alle ouders)", "74%", "80%", "85%"],
            ["Idem, ouders < 4 jaar in Nederland", "58%", "70%", "80%"],
            ["Opkomst driehoeksgesprekken", "81%", "90%", "95%"],
            ["Kindgesprekken gevoerd (3 per kind per jaar)", "niet gemeten", "90%", "100%"],
        ], [7.0, 3.0, 3.0, 3.0]),
    )

    _ambitie(
        doc, 3, "Een team dat blijft",
        "In 2029 hebben we een stabiel team waarin iedereen weet hoe je een nieuwkomer lesgeeft, en waarin "
        "collega's het werk volhouden.",
        ["Tussen 2022 en 2024 vertrokken negen leerkrachten, van wie vijf naar scholen met 'een rustiger "
         "populatie'. Het verzuim was in 2023-2024 7,4%, waarvan het grootste deel langdurig. Twee groepen werden "
         "een half jaar door wisselende invallers gedraaid. Kennis van tweedetaalverwerving zit vooral bij de "
         "NT2-coördinator en twee ervaren leerkrachten; nieuwe collega's voelen zich in groepen met veel "
         "nieuwkomers vaak onvoldoende toegerust. Twee onderwijsassistenten staan feitelijk al voor de groep, "
         "maar zijn niet bevoegd."],
        ["Alle leerkrachten en onderwijsassistenten volgen vóór de zomer van 2027 de module 'Taalontwikkelend "
         "lesgeven in de meertalige klas' van de ASG Academie. Nieuwe collega's starten ermee in hun eerste jaar. "
         "Daarnaast kiest ieder teamlid jaarlijks een eigen leervraag rond taal of rekenen, waarvoor we "
         "per persoon € 400 scholingsbudget reserveren.",
         "De NT2-coördinator legt per leerkracht twee klassenbezoeken per jaar af met een kijkwijzer die we in "
         "2025 samen opstellen, en geeft daarna feedback op één concreet punt.",
         "De twee onderwijsassistenten die voor de groep staan, starten in september 2025 met het "
         "zij-instroomtraject voor de pabo bij Windesheim Almere. Ze krijgen één dag per week studieverlof, een "
         "vaste begeleider uit het team en worden niet als invaller ingezet.",
         "De werkdrukmiddelen zetten we in voor een extra onderwijsassistent per bouw. De dinsdag wordt een "
         "vergadervrije dag, en we vragen geen bijdrage aan de ouderkamer of vieringen van collega's die in "
         "een zwaar jaar zitten. Bij verzuim neemt de directeur binnen een week contact op, en na drie weken "
         "is er standaard een gesprek met de bedrijfsarts. Collega's van 55 jaar en ouder krijgen een gesprek "
         "over duurzame inzetbaarheid en de mogelijkheid om taken te ruilen.",
         "Onze NT2-coördinator zet een netwerk op met de NT2-specialisten van drie andere ASG-basisscholen met "
         "veel nieuwkomers. Het netwerk komt vier keer per jaar bij elkaar, wisselt materialen en toetsafspraken "
         "uit en bespreekt lastige casussen."],
        ["Het verzuim volgen we per kwartaal via de kwartaalrapportage. In de medewerkerspeiling van ASG kijken "
         "we vooral naar de score op werkdruk. Vertrekkende collega's krijgen altijd een exitgesprek met de "
         "directeur; de redenen bespreken we jaarlijks anoniem in het team."],
        (["Indicator", "Nu", "Doel 2027", "Doel 2029"], [
            ["Ziekteverzuim", "7,4%", "6,0%", "5,0%"],
            ["Leerkrachten en onderwijsassistenten met module ASG Academie afgerond", "3 van 26", "26 van 26", "alle nieuwe collega's binnen 1 jaar"],
            ["Onbevoegden voor de groep", "2", "2 (in opleiding)", "0"],
            ["Score werkdruk medewerkerspeiling", "6,1", "6,6", "7,0"],
            ["Vertrek leerkrachten per jaar (exclusief pensioen)", "4,5 gemiddeld", "3", "2"],
        ], [7.0, 3.0, 3.0, 3.0]),
    )

    _ambitie(
        doc, 4, "Samen leven, samen vieren",
        "Sint Lidwina is een katholieke school waar kinderen van elk geloof en zonder geloof zich thuis voelen, "
        "leren samen te leven en zich veilig voelen.",
        ["Ongeveer 18% van onze leerlingen is katholiek, 38% islamitisch, 14% orthodox of evangelisch christelijk "
         "en de rest heeft een andere of geen levensovertuiging. Sommige ouders vragen bij de intake of hun kind "
         "hier wel welkom is 'als moslim' of 'als niet-gelovige'. Op het plein zijn er regelmatig conflicten, "
         "vaak omdat kinderen zich nog niet in het Nederlands kunnen uiten. Op de vragenlijst sociale veiligheid "
         "(groep 5-8) voelt 86% zich veilig; kinderen die nieuw zijn scoren lager. Kinderen uit de Taalboot "
         "konden de vragenlijst tot nu toe niet invullen."],
        ["Onze katholieke identiteit blijft zichtbaar. We werken met Trefwoord, openen de week in elke groep, "
         "vieren Kerstmis, Pasen en het feest van Sint Lidwina op 14 april met de hele school en met pastor "
         "Van Rijn van de parochie. Tegelijk besteden we in de weekopening aandacht aan het Suikerfeest, het "
         "Offerfeest, het orthodoxe paasfeest en Divali, verteld door kinderen en ouders zelf. Bij de intake "
         "leggen we uit wat er op school gevierd wordt en waarom, en dat meedoen niet betekent dat je gelooft.",
         "Voor het sociaal-emotioneel leren gebruiken we in alle groepen wekelijks Kwink. Daarbovenop hebben "
         "we vier schoolbrede afspraken, de 'tafelafspraken': we luisteren naar elkaar, we helpen elkaar, we "
         "lossen ruzie op met woorden en we zijn zuinig op de spullen. Ze hangen in elk lokaal met pictogrammen. "
         "Acht leerlingen uit groep 7 en 8 worden jaarlijks opgeleid tot pleinmediator en lossen in de pauze "
         "kleine conflicten op met een vast stappenplan.",
         "De kinderraad bestaat uit twee kinderen per groep 5 tot en met 8 en één kind uit de Taalboot, met een "
         "maatje dat tolkt. De raad wordt gekozen na een echte verkiezingscampagne, vergadert zes keer per jaar "
         "met de directeur en beheert een eigen budget van € 750. Zo leren kinderen wat stemmen, meebeslissen en "
         "rekening houden met de minderheid betekent.",
         "In 2025-2026 stellen we een leerlijn burgerschap vast voor groep 1 tot en met 8, gebaseerd op de "
         "burgerschapslessen van Kwink en op de projectweek 'Mijn wijk'. In die week in mei gaan alle groepen de "
         "Kruidenwijk in: groep 3 en 4 bezoeken de wijkagent en de brandweer, groep 5 en 6 het "
         "woonzorgcentrum De Lindehof (waar ze samen met bewoners koken), groep 7 en 8 interviewen de "
         "wijkwethouder en presenteren een voorstel voor de wijk.",
         "Onze anti-pestcoördinator (de intern begeleider) registreert alle incidenten in ParnasSys en bespreekt "
         "ze maandelijks met de directeur. We nemen de vragenlijst sociale veiligheid jaarlijks af in maart; "
         "voor groep 3 en 4 en de Taalboot ontwikkelen we samen met GGD Flevoland een versie met pictogrammen."],
        ["De monitor sociale veiligheid wordt jaarlijks afgenomen en in juni besproken met team, MR en kinderraad. "
         "De burgerschapsleerlijn evalueren we in juni 2027 met het team: worden de projecten in alle groepen "
         "uitgevoerd en wat leren kinderen ervan volgens hun eigen reflectie?"],
        (["Indicator", "Nu", "Doel 2027", "Doel 2029"], [
            ["Leerlingen groep 5-8 die zich veilig voelen", "86%", "90%", "92%"],
            ["Idem, leerlingen < 2 jaar op school", "78%", "85%", "90%"],
            ["Geregistreerde ernstige incidenten per jaar", "31", "22", "15"],
            ["Voorstellen kinderraad die uitgevoerd zijn", "1", "2 per jaar", "2 per jaar"],
            ["Leerlijn burgerschap vastgesteld en uitgevoerd", "nee", "vastgesteld (2026)", "in alle groepen"],
        ], [7.0, 3.0, 3.0, 3.0]),
    )


def _hoofdstuk_vast(doc):
    doc.add_heading("8. Wat verder vastligt", level=1)
    _alinea(doc, "Niet alles in ons onderwijs verandert. Dit hoofdstuk beschrijft kort wat we blijven doen en wat "
            "wettelijk in een schoolplan hoort.")
    doc.add_heading("Ons onderwijsaanbod", level=2)
    _alinea(doc, "Kinderen gaan 940 uur per jaar naar school, in een continurooster van 8.30 tot 14.15 uur, "
            "woensdag tot 12.15 uur. In acht jaar komen ze ruim boven de wettelijke 7.520 uur. We werken met "
            "methodes die de kerndoelen dekken en toetsen de referentieniveaus met de toetsen van Leerling in beeld "
            "(Cito) in januari en juni.")
    _tabel(doc, ["Vak- of vormingsgebied", "Methode / aanpak", "Tijd per week (groep 5-8)"], [
        ["Nederlands, aanvankelijk lezen", "Lijn 3 (groep 3)", "-"],
        ["Nederlands, taal en spelling", "Staal", "5 uur"],
        ["Woordenschat", "Logo 3000 (alle groepen en Taalboot)", "1 uur 40 min"],
        ["Begrijpend lezen", "Nieuwsbegrip", "1 uur"],
        ["Technisch lezen en leesplezier", "Estafette, vrij lezen, Bibliotheek op school", "2 uur"],
        ["Rekenen en wiskunde", "Wereld in getallen 5, plus rekenkring", "5 uur"],
        ["Wereldoriëntatie en techniek", "Blink Wereld (geïntegreerd)", "2 uur 30 min"],
        ["Levensbeschouwing", "Trefwoord", "1 uur"],
        ["Sociaal-emotioneel leren en burgerschap", "Kwink, kinderraad, projectweek Mijn wijk", "45 min"],
        ["Engels (groep 7-8)", "Take it easy", "45 min"],
        ["Bewegingsonderwijs", "vakleerkracht", "2 x 45 min"],
        ["Kunstzinnige oriëntatie", "Laat maar zien, cultuurmenu Kunstlinie", "1 uur"],
        ["Taalboot (NT2)", "Logo 3000, NT2-leerlijn van de school, 'Mijn koffer'", "hele week, in fases"],
    ], breedtes=[5.0, 7.0, 4.0])
    doc.add_heading("Ondersteuning", level=2)
    _alinea(doc, "Ons schoolondersteuningsprofiel (SOP) is in december 2024 geactualiseerd. De basisondersteuning "
            "omvat differentiatie in drie niveaus, een dyslexieprotocol en het NT2-arrangement: de Taalboot plus "
            "een jaar begeleiding na de overstap. Extra ondersteuning bieden we bij taal- en leesproblemen, "
            "rekenproblemen en lichte gedragsproblemen, met inzet van het schoolmaatschappelijk werk en het "
            "wijkteam. Onze grenzen liggen bij kinderen die structureel een één-op-één-begeleiding nodig hebben en "
            "bij ernstige, onveilige gedragsproblemen. Dat staat letterlijk zo in het SOP, zodat ouders dat bij de "
            "aanmelding weten.")
    _alinea(doc, "Als we een kind niet kunnen bieden wat het nodig heeft, zoeken we samen met Passend Onderwijs "
            "Almere en de ouders naar een betere plek. In 2023-2024 kregen drie kinderen een "
            "toelaatbaarheidsverklaring voor het speciaal basisonderwijs; voor vier kinderen met traumaklachten "
            "regelden we via het wijkteam behandeling bij een gespecialiseerde jeugd-GGZ, deels onder schooltijd "
            "in ons gebouw. De intern begeleider heeft zes keer per jaar een ondersteuningsoverleg met de "
            "consulent van het samenwerkingsverband.")
    doc.add_heading("Zo houden we koers: kwaliteitszorg", level=2)
    _alinea(doc, "We werken in een vaste jaarcyclus. In juni maken we het jaarplan voor het volgende schooljaar "
            "met per ambitie de acties, een eigenaar en een datum. In januari en juni volgt de trendanalyse van de "
            "opbrengsten, in maart de monitor sociale veiligheid. De directeur bezoekt elke groep twee keer per jaar "
            "met de kijkwijzer uit ambitie 3. Elk kwartaal rapporteren we via de kwartaalrapportage aan het "
            "College van Bestuur, en in september schrijven we een jaarverslag van één A4 per ambitie, dat we "
            "bespreken met team, MR en de kwaliteitsmedewerker van ASG.")
    _alinea(doc, "In het voorjaar van 2027 houden we een zelfevaluatie halverwege de planperiode, met een "
            "collega-directeur van een andere ASG-school als critical friend. Als een streefwaarde in de "
            "meettabellen twee metingen achter elkaar niet gehaald wordt, passen we in het jaarplan de aanpak aan.")


def _totstandkoming(doc):
    doc.add_heading("9. Hoe dit plan tot stand kwam", level=1)
    _alinea(doc, "Het plan is geschreven door de directeur, met teksten van de intern begeleider en de "
            "NT2-coördinator. Het team werkte eraan op de studiedagen van 14 oktober 2024 en 20 januari 2025. "
            "Ouders droegen bij in de ouderkamer en de kinderraad gaf zijn mening over ambitie 2 en 4.")
    _alinea(doc, "Het concept is op 4 februari en 11 maart 2025 met de medezeggenschapsraad besproken. De MR "
            "dacht als klankbord mee en kwam met waardevolle suggesties, onder meer over de meertalige "
            "ouderpeiling en de vaderavonden. Het koersplan wordt in april 2025 aangeboden aan het College van "
            "Bestuur van de Almeerse Scholen Groep.")


def _slottabel(doc):
    doc.add_heading("10. Slottabel: onze ambities en de koers van ASG", level=1)
    _alinea(doc, "Onze ambities zijn in onze eigen woorden geschreven. Voor het bestuur laten we hieronder zien "
            "aan welke kernwaarden en vensters van ASG Koers 22 ze volgens ons bijdragen.")
    _tabel(doc, ["Ambitie Sint Lidwina", "Kernwaarden ASG", "Vensters ASG"], [
        ["1. Ieder kind de taal de baas", "Ambitieus, Vooruitstrevend", "1. Goed en toegankelijk onderwijs"],
        ["2. Welkom vanaf de eerste dag", "Gezien worden, Open", "1. Goed en toegankelijk onderwijs; 4. Partnerschap"],
        ["3. Een team dat blijft", "Ambitieus, Gezien worden, Vooruitstrevend", "2. Personeel in positie; 3. De meerwaarde van ASG"],
        ["4. Samen leven, samen vieren", "Open, Gezien worden", "1. Goed en toegankelijk onderwijs; 4. Partnerschap"],
    ], breedtes=[5.0, 5.0, 6.0])


def build(path):
    path = str(path)
    doc = Document()
    _opmaak(doc)
    _paginanummer(doc)
    cp = doc.core_properties
    cp.title = "Koersplan Sint Lidwina 2025-2029"
    cp.subject = "Schoolplan"
    cp.author = "J. Terpstra"
    cp.last_modified_by = "J. Terpstra"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 3

    _voorblad(doc)
    _hoofdstuk_1(doc)
    _hoofdstuk_2(doc)
    _hoofdstuk_3(doc)
    _ambities(doc)
    _hoofdstuk_vast(doc)
    _totstandkoming(doc)
    _slottabel(doc)
    doc.save(path)
    _vaste_zip(path)
    return path


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_193_sint_lidwina.docx")
