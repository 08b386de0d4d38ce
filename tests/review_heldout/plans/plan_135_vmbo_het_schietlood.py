# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Vmbo Het Schietlood (Almere Buiten).

Zelfstandig script: build(path) schrijft het schoolplan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

DATUM = datetime.datetime(2025, 6, 16, 9, 30, 0)

# ---------------------------------------------------------------------------
# hulpfuncties
# ---------------------------------------------------------------------------


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
    run = p.add_run("Schoolplan Het Schietlood 2025-2029  |  pagina ")
    run.font.size = Pt(8)
    run = p.add_run()
    fld1 = OxmlElement("w:fldChar")
    fld1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    fld2 = OxmlElement("w:fldChar")
    fld2.set(qn("w:fldCharType"), "end")
    run._r.append(fld1)
    run._r.append(instr)
    run._r.append(fld2)
    run.font.size = Pt(8)


def _kop_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _cel_kleur(cell, hexkleur):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexkleur)
    tcpr.append(shd)


def h(doc, tekst, niveau=1):
    return doc.add_heading(tekst, level=niveau)


def p(doc, tekst, vet_begin=None):
    par = doc.add_paragraph()
    if vet_begin:
        r = par.add_run(vet_begin)
        r.bold = True
    par.add_run(tekst)
    return par


def lijst(doc, items, stijl="List Bullet"):
    for it in items:
        par = doc.add_paragraph(style=stijl)
        if isinstance(it, tuple):
            r = par.add_run(it[0])
            r.bold = True
            par.add_run(it[1])
        else:
            par.add_run(it)


def tabel(doc, kop, rijen, breedtes=None, kleur="1F4E5F"):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _cel_kleur(c, kleur)
    _kop_herhalen(t.rows[0])
    for rij in rijen:
        cells = t.add_row().cells
        for i, waarde in enumerate(rij):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(waarde)
            r.font.size = Pt(9)
    if breedtes:
        for row in t.rows:
            for i, b in enumerate(breedtes):
                row.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


SMART_KOP = ["Doel (S)", "Meetbaar: hoe meten we (M)", "Nu", "Streefwaarde", "Eigenaar (A/R)", "Klaar (T)"]
SMART_BREED = [4.2, 3.8, 1.8, 2.0, 2.6, 2.0]


def smart(doc, rijen, titel="SMART-doelen bij dit thema"):
    p(doc, "", vet_begin=titel)
    tabel(doc, SMART_KOP, rijen, SMART_BREED)


# ---------------------------------------------------------------------------
# inhoud
# ---------------------------------------------------------------------------


def voorblad(doc):
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Schoolplan 2025 – 2029")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Vmbo Het Schietlood")
    r.font.size = Pt(20)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Basisberoepsgerichte en kaderberoepsgerichte leerweg\nAlmere Buiten")
    r.font.size = Pt(12)
    for _ in range(6):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("“Recht op je doel af.”")
    r.italic = True
    r.font.size = Pt(14)
    for _ in range(6):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = t.add_run(
        "Schooljaren 2025-2026 tot en met 2028-2029\n"
        "Definitieve versie, juni 2025\n"
        "Een school van de Almeerse Scholen Groep"
    )
    r.font.size = Pt(10)
    t.add_run().add_break(WD_BREAK.PAGE)


def inhoud_veld(doc):
    h(doc, "Inhoud", 1)
    par = doc.add_paragraph()
    run = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    ins = OxmlElement("w:instrText")
    ins.set(qn("xml:space"), "preserve")
    ins.text = 'TOC \\o "1-2" \\h \\z \\u'
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "Klik met de rechtermuisknop en kies ‘Veld bijwerken’ om de inhoudsopgave te tonen."
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(ins)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)
    par.add_run().add_break(WD_BREAK.PAGE)


def voorwoord(doc):
    h(doc, "Voorwoord", 1)
    p(doc, (
        "Een schietlood hangt altijd recht. Hoe scheef een muur ook staat, het lood laat je zien waar het recht "
        "omhoog gaat. Onze eerste bouwdocenten kozen die naam in 2004, toen de school in Almere Buiten haar deuren "
        "opende. Twintig jaar later vind ik hem nog steeds goed passen. Onze leerlingen komen niet allemaal met de "
        "wind in de rug binnen. Het is onze taak om ze te laten zien wat recht is: wat ze kunnen, waar ze heen "
        "willen en hoe ze daar komen."
    ))
    p(doc, (
        "Dit schoolplan is anders opgezet dan het vorige. We hebben niet geprobeerd om alles te beschrijven wat "
        "we doen. We hebben met het team zes ontwikkelthema’s gekozen waar we de komende vier jaar echt aan gaan "
        "werken. Elk thema werken we uit volgens dezelfde cyclus: Plan, Do, Check en Act. Bij elk thema staat een "
        "tabel met doelen die we meetbaar hebben gemaakt, met een eigenaar en een datum. Zo kunnen we elkaar, en "
        "kan het bestuur ons, erop aanspreken."
    ))
    p(doc, (
        "Een plan dat alles wil, verandert niets. Daarom staat in hoofdstuk 11 ook wat we de komende periode "
        "bewust níet oppakken."
    ))
    p(doc, (
        "Het plan is gemaakt in twee studiedagen (oktober 2024 en januari 2025), in gesprekken met de "
        "leerlingenraad en het ouderpanel en in de sectievergaderingen. Ik bedank iedereen die heeft meegedacht, "
        "en in het bijzonder de werkgroep schoolplan: Samira El Khatib, Jeroen Blom, Petra van Houten, "
        "Dewi Sastrowardoyo en Koen Hagenaars."
    ))
    p(doc, "Ronald Vermeij\nDirecteur Vmbo Het Schietlood")


def hoofdstuk1(doc):
    h(doc, "1. Het Schietlood in beeld", 1)
    h(doc, "1.1 Gegevens", 2)
    tabel(doc, ["Onderdeel", "Gegevens"], [
        ["Naam", "Vmbo Het Schietlood"],
        ["Bestuur", "Almeerse Scholen Groep (ASG), College van Bestuur"],
        ["Soort onderwijs", "Vmbo, basisberoepsgerichte (BB) en kaderberoepsgerichte (KB) leerweg, met leerwegondersteuning (lwoo)"],
        ["Profielen bovenbouw", "Bouwen, Wonen & Interieur (BWI); Produceren, Installeren & Energie (PIE); Zorg & Welzijn (Z&W); Dienstverlening & Producten (D&P)"],
        ["Ligging", "Almere Buiten, naast sportpark Fortuna"],
        ["Leerlingen (1 oktober 2024)", "641 (leerjaar 1-2: 287; leerjaar 3-4: 354)"],
        ["Personeel", "74 medewerkers, samen 53,6 fte"],
        ["Schoolleiding", "Ronald Vermeij (directeur); Samira El Khatib (teamleider onderbouw); Jeroen Blom (teamleider bovenbouw techniek); Petra van Houten (teamleider bovenbouw Z&W en D&P)"],
        ["Inspectie", "Basisarrangement; laatste onderzoek maart 2023 (vierjaarlijks onderzoek bestuur)"],
    ], [4.5, 11.5])

    h(doc, "1.2 Onze leerlingen", 2)
    p(doc, (
        "Ongeveer 55 procent van onze leerlingen woont in Almere Buiten. De rest komt uit Almere Stad, Poort en "
        "steeds vaker uit Oosterwold. Ze komen van 46 verschillende basisscholen. 41 procent volgt de basisberoeps"
        "gerichte leerweg, 59 procent de kaderberoepsgerichte. Een derde (34 procent) heeft een indicatie voor "
        "leerwegondersteuning. Thuis worden op onze school zeker dertig talen gesproken; voor ongeveer 15 procent "
        "van de leerlingen is Nederlands een tweede taal. Ruim een op de vijf leerlingen woont in een buurt met een "
        "hoge achterstandsscore."
    ))
    p(doc, (
        "Het aantal leerlingen daalt langzaam: van 702 in 2020 naar 641 nu. Dat komt vooral door de leeftijdsopbouw "
        "in Almere Buiten. De prognose van de gemeente laat voor 2029 een lichte stijging zien door de nieuwbouw in "
        "Oosterwold. We rekenen in dit plan met een stabiel aantal van rond de 630 leerlingen."
    ))

    h(doc, "1.3 Resultaten", 2)
    tabel(doc, ["Indicator", "2022", "2023", "2024", "Landelijk vmbo (2024)"], [
        ["Geslaagd BB", "97%", "95%", "96%", "± 97%"],
        ["Geslaagd KB", "90%", "88%", "91%", "± 94%"],
        ["Gemiddeld CE-cijfer Nederlands KB", "6,2", "6,0", "6,1", "6,3"],
        ["Gemiddeld CE-cijfer wiskunde KB", "6,1", "5,8", "5,9", "6,4"],
        ["Onderbouwsnelheid", "97%", "95%", "96%", "—"],
        ["Bovenbouwsucces", "89%", "86%", "88%", "—"],
        ["Doorstroom naar mbo (niveau 2 of hoger)", "93%", "94%", "94%", "—"],
    ], [6.5, 1.8, 1.8, 1.8, 4.1])
    p(doc, (
        "De BB-resultaten zijn al jaren goed. In de kaderberoepsgerichte leerweg blijven we achter, vooral bij "
        "wiskunde en bij Nederlands (leesvaardigheid). Bij de DIA-toets aan het begin van leerjaar 1 leest 41 procent "
        "van onze leerlingen onder niveau 1F. Dat is geen excuus, maar wel het vertrekpunt."
    ))

    h(doc, "1.4 Waar we trots op zijn en waar we van wakker liggen", 2)
    p(doc, "", vet_begin="Trots:")
    lijst(doc, [
        "de nieuwe praktijkhal voor BWI en PIE (opgeleverd in 2022), met een complete proefwoning waarin leerlingen metselen, leidingwerk aanleggen en afwerken;",
        "de hoge slagingspercentages in de basisberoepsgerichte leerweg;",
        "mentoren die hun leerlingen echt kennen, en een zorgteam dat snel schakelt;",
        "de vaste groep leerbedrijven in Almere Buiten, sommige al vijftien jaar.",
    ])
    p(doc, "", vet_begin="Zorgen:")
    lijst(doc, [
        "de lees- en rekenvaardigheid, met als gevolg lagere CE-cijfers in de kaderberoepsgerichte leerweg;",
        "het schoolverzuim in leerjaar 3 en het gevoel van veiligheid bij een deel van de leerlingen (82 procent voelt zich veilig, landelijk ligt dat hoger);",
        "negen collega’s, vooral in de techniek, die nog niet bevoegd zijn;",
        "ziekteverzuim van het personeel (6,9 procent in 2024);",
        "ouders die we te weinig zien en die we niet altijd bereiken.",
    ])


def hoofdstuk2(doc):
    h(doc, "2. Waar we voor staan", 1)
    h(doc, "2.1 Missie en beloftes", 2)
    p(doc, (
        "Wij leiden jongeren op tot vakmensen die weten wat ze kunnen, die rechtop staan in hun werk en die "
        "meedoen in hun wijk. Daarvoor doen we onze leerlingen drie beloftes:"
    ))
    lijst(doc, [
        ("Je leert door te doen. ", "Praktijk is bij ons geen uitje, maar de kern. Ook taal en rekenen leer je waar het kan aan het werk."),
        ("Je wordt gezien. ", "Er is op school altijd een volwassene die jou kent en bij wie je terecht kunt."),
        ("Je gaat hier weg met een plan. ", "Geen leerling verlaat Het Schietlood zonder een plek in het mbo of een werkplek die bij hem of haar past."),
    ])
    h(doc, "2.2 Onze plek binnen ASG", 2)
    p(doc, (
        "Het Schietlood is een van de scholen van de Almeerse Scholen Groep. De koers van ons bestuur is het kader "
        "waarbinnen we dit plan maken. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn "
        "nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. En we geven altijd het "
        "beste van onszelf. In de thema’s hieronder laten we zien hoe dat er voor onze school concreet uitziet."
    ))
    h(doc, "2.3 Een openbare school in een diverse wijk", 2)
    p(doc, (
        "Het Schietlood is een openbare school. Iedere leerling is welkom, wat zijn of haar achtergrond, geloof of "
        "overtuiging ook is. Dat zeggen veel scholen; wij hebben er de volgende afspraken bij gemaakt."
    ))
    lijst(doc, [
        "In de personeelskamer en in Magister hangt een feestdagenkalender. Toetsweken en excursies plannen we niet op het Suikerfeest, het Offerfeest, Divali of de christelijke feestdagen. Leerlingen krijgen op verzoek van ouders vrij voor hun religieuze feestdag.",
        "In leerjaar 2 werken alle klassen bij mens & maatschappij zes weken aan het thema ‘Geloven in Almere Buiten’. De klas bezoekt een moskee en een kerk in de wijk, krijgt een gastles van een humanistische raadsvrouw en maakt een presentatie voor de ouders.",
        "Het team heeft in 2024 de afspraken ‘Open gesprek’ gemaakt voor gevoelige onderwerpen, zoals oorlog in het Midden-Oosten, seksuele diversiteit of racisme. Elke mentor kent die afspraken; nieuwe collega’s krijgen er in hun eerste maand een training in.",
        "Sollicitatiecommissies zijn bij ons altijd gemengd samengesteld. We willen dat leerlingen in het team mensen zien die op hen lijken.",
    ])


def hoofdstuk3(doc):
    h(doc, "3. Hoe wij werken: van plan naar praktijk", 1)
    p(doc, (
        "Elk ontwikkelthema in dit plan heeft een eigenaar uit het managementteam en een werkgroep van docenten en "
        "onderwijsondersteuners. Elk thema doorloopt ieder schooljaar dezelfde cyclus. In het Plan staat waarom we "
        "aan het thema werken en wat we willen bereiken. In het Do staat wat we gaan doen. In het Check staat hoe en "
        "wanneer we meten of het werkt. In het Act staat hoe we bijsturen of borgen."
    ))
    h(doc, "3.1 De kwaliteitskalender", 2)
    tabel(doc, ["Wanneer", "Wat", "Wie"], [
        ["September", "Jaarplan per thema vastgesteld en gedeeld met het team", "MT, werkgroepen"],
        ["Oktober", "Examenanalyse en opbrengstenbespreking per sectie (CE, SE, slagingspercentage per profiel)", "Secties, teamleiders"],
        ["Nov. – dec.", "Eerste ronde lesbezoeken met de kijkwijzer ‘De goede les op Het Schietlood’", "Teamleiders"],
        ["Januari", "Halfjaarsevaluatie van alle thema’s in het MT; bijstellen jaarplan", "MT"],
        ["Februari", "Leerlingtevredenheidspeiling (elk jaar) en ouderpeiling (in even jaren), via Kwaliteitscholen", "Kwaliteitscoördinator"],
        ["Maart – april", "Monitor sociale veiligheid; tweede ronde lesbezoeken", "Zorgcoördinator, teamleiders"],
        ["Juni", "Check-en-Act-dag: elke werkgroep presenteert resultaten aan het team; besluit per actie: borgen, bijstellen of stoppen", "Hele team"],
        ["Per kwartaal", "Kwartaalrapportage aan het College van Bestuur (resultaten, verzuim, financiën, voortgang thema’s)", "Directeur"],
        ["September", "Jaarverslag over het afgelopen schooljaar, gepubliceerd op de website", "Directeur"],
    ], [2.6, 10.0, 3.4])
    h(doc, "3.2 Wat is bij ons een goede les?", 2)
    p(doc, (
        "In 2024 hebben we met het hele team vijf kenmerken van een goede les vastgesteld. Ze vormen de kijkwijzer "
        "bij lesbezoeken, in de theorielessen én in de praktijklokalen:"
    ))
    lijst(doc, [
        "het lesdoel staat op het bord en de leerling kan het aan het eind in eigen woorden navertellen;",
        "de les begint met een activerende start binnen vijf minuten na de bel;",
        "de uitleg duurt niet langer dan vijftien minuten en wordt voorgedaan (‘ik doe, wij doen, jij doet’);",
        "leerlingen zijn het grootste deel van de les zelf aan het werk, zo vaak mogelijk met hun handen;",
        "de les eindigt met een korte terugblik: wat kan je nu, wat nog niet?",
    ], "List Number")
    p(doc, (
        "Iedere docent krijgt per jaar minstens twee lesbezoeken van een teamleider en één collegiaal bezoek. "
        "De uitkomsten worden per sectie besproken, niet alleen per persoon. Zo leren we als school, niet alleen "
        "als individu."
    ))
    h(doc, "3.3 Borging", 2)
    p(doc, (
        "Wat werkt, leggen we vast in het Schietloodboek, ons interne handboek in SharePoint. Per afspraak staat er "
        "wie verantwoordelijk is en wanneer hij opnieuw wordt bekeken. Het Schietloodboek is in 2024 opgeschoond; "
        "elke afspraak die ouder is dan drie jaar en niet opnieuw is bekeken, vervalt."
    ))
    smart(doc, titel="SMART-doelen kwaliteitszorg", rijen=[
        ["Lessen voldoen aan de kijkwijzer", "Aandeel bezochte lessen dat op minimaal 4 van de 5 kenmerken voldoende scoort", "61%", "80%", "Teamleiders", "juni 2027"],
        ["Elke docent bezocht", "Registratie lesbezoeken in het personeelsdossier", "70%", "100% (2 bezoeken + 1 collegiaal)", "Directeur", "elk schooljaar vanaf 2025-2026"],
        ["Check-en-Act-dag", "Alle zes werkgroepen presenteren hun resultaten en een besluit", "—", "6 van 6", "Kwaliteitscoördinator", "juni, jaarlijks"],
    ])


def hoofdstuk4(doc):
    h(doc, "4. Ons onderwijsprogramma in het kort", 1)
    p(doc, (
        "In leerjaar 1 en 2 krijgen alle leerlingen hetzelfde brede programma, met acht uur per week praktijk in de "
        "‘Praktijkroute’: leerlingen draaien elk kwartaal mee in een andere werkplaats (bouw, installatie, zorg en "
        "dienstverlening). Aan het eind van leerjaar 2 kiezen ze een profiel. De kerndoelen voor de onderbouw zijn "
        "verdeeld over de vakken en de Praktijkroute; de verantwoording daarvan staat per vak in het "
        "onderbouwplan."
    ))
    p(doc, (
        "In leerjaar 3 en 4 volgen leerlingen het examenprogramma van hun profiel, met vier keuzevakken. Per cohort "
        "staat het programma van toetsing en afsluiting (PTA) op 1 oktober op de website. Leerlingen met lwoo krijgen "
        "in de onderbouw lessen in kleinere groepen (maximaal 16 leerlingen) voor Nederlands en rekenen."
    ))
    tabel(doc, ["Vak of onderdeel", "Lj 1", "Lj 2", "Lj 3", "Lj 4"], [
        ["Nederlands", "4", "4", "3", "3"],
        ["Engels", "3", "3", "3", "3"],
        ["Wiskunde / rekenen", "4", "4", "3", "3"],
        ["Mens & maatschappij / maatschappijleer", "3", "3", "2", "—"],
        ["Mens & natuur / nask1 of biologie (profielafhankelijk)", "2", "2", "3", "3"],
        ["Lichamelijke opvoeding", "3", "3", "2", "2"],
        ["Kunstvakken (CKV in leerjaar 3)", "2", "2", "1", "—"],
        ["Praktijkroute / profielvak en keuzevakken", "8", "8", "12", "14"],
        ["Mentorles en loopbaanoriëntatie (LOB)", "2", "2", "2", "2"],
    ], [8.0, 2.0, 2.0, 2.0, 2.0])
    h(doc, "4.1 Burgerschap", 2)
    p(doc, (
        "Onze leerlingen worden volwassen in een stad die snel verandert. In de mentorlessen van leerjaar 1 en 2 "
        "staat elk jaar een blok ‘Wie beslist er in Almere?’. Leerlingen bezoeken het stadhuis, praten met een "
        "gemeenteraadslid en doen mee aan de Scholierenverkiezingen van ProDemos. De leerlingenraad (acht "
        "leerlingen, twee per leerjaar) wordt in september door de klassen gekozen en praat zes keer per jaar met de "
        "directeur; de raad heeft in 2024 bijvoorbeeld de nieuwe telefoonregels mee opgesteld. In leerjaar 3 doen "
        "alle leerlingen twintig uur maatschappelijke stage, de Z&W-leerlingen bij voorkeur in de wijkcentra van "
        "Almere Buiten. Zie ook paragraaf 2.3 over de afspraken ‘Open gesprek’."
    ))


def thema1(doc):
    h(doc, "5. Ontwikkelthema 1 – Vakmanschap: leren met je handen, in echte opdrachten", 1)
    h(doc, "Plan", 2)
    p(doc, (
        "Onze leerlingen leren het best als ze iets maken dat ertoe doet. In de onderbouw is de praktijk nu te vaak "
        "een werkstuk ‘van de plank’: iedereen maakt hetzelfde krukje. In de bovenbouw zijn enkele keuzevakken "
        "verouderd, terwijl Almere om vakmensen vraagt: er worden duizenden woningen gebouwd in Pampus en "
        "Oosterwold, de warmtepomp vervangt de cv-ketel en de zorg zoekt mensen. Ook weten we dat 17 procent van "
        "onze oud-leerlingen in het eerste mbo-jaar uitvalt of van opleiding wisselt. Te vaak hebben ze een keuze "
        "gemaakt zonder te weten hoe het werk er echt uitziet."
    ))
    p(doc, (
        "We willen dat in 2029 elke leerling in de bovenbouw per jaar minstens twee opdrachten uitvoert voor een "
        "echte opdrachtgever buiten de school, dat de keuzevakken passen bij het werk van morgen en dat leerlingen "
        "beter voorbereid doorstromen naar het mbo."
    ))
    h(doc, "Do", 2)
    lijst(doc, [
        ("Praktijkroute vernieuwen (2025-2026). ", "De onderbouw werkt per jaar aan vier projecten met een echte vraag uit de wijk: zitbanken voor het schoolplein van een basisschool, nestkasten voor het groenbeheer van de gemeente, een EHBO-dag voor groep 8 van de buurtscholen en een kerstmarkt die de D&P-leerlingen zelf organiseren."),
        ("De opdrachtgeversbank (vanaf 2025-2026). ", "Een coördinator (0,2 fte) bouwt een lijst op van bedrijven en instellingen die opdrachten aanleveren. Op dit moment hebben elf partners toegezegd, onder wie woningcorporatie De Alliantie (kleine renovaties in de wijk), Installatietechniek Flevo en Zorggroep Almere."),
        ("Nieuwe keuzevakken (PTA cohort 2026-2028). ", "PIE start met ‘Duurzame energie’ en ‘Domotica en automatisering’, samen met Installatietechniek Flevo, dat twee keer per jaar een gastdocent levert. Z&W krijgt een skillslab, ingericht met materiaal van Zorggroep Almere, voor het keuzevak ‘Assisteren in de gezondheidszorg’. BWI voegt duurzaam bouwen (isoleren, circulair materiaalgebruik) toe aan het profielvak."),
        ("Stages en LOB. ", "In leerjaar 3 lopen leerlingen twee weken een snuffelstage, in leerjaar 4 vier weken beroepspraktijkvorming. Het LOB-dossier houden ze bij in Qompas. Elke leerling in leerjaar 4 bezoekt minstens twee open lessen bij het ROC van Flevoland in zijn of haar richting."),
        ("Doorlopende route naar het mbo. ", "Met het ROC van Flevoland maken we per profiel afspraken over de aansluiting: welke vaardigheden verwacht het mbo, welke onderdelen kunnen leerlingen al bij ons afronden. We beginnen in 2026 met BWI en Z&W."),
    ])
    h(doc, "Check", 2)
    p(doc, (
        "De coördinator houdt per leerling bij hoeveel externe opdrachten hij of zij heeft uitgevoerd. Opdrachtgevers "
        "vullen na elke opdracht een kort formulier in (vijf vragen). In de leerlingpeiling meten we jaarlijks de "
        "uitspraak ‘Ik leer veel in de praktijklessen’. Van het ROC vragen we elk jaar in januari de uitval- en "
        "switchcijfers van onze oud-leerlingen op."
    ))
    h(doc, "Act", 2)
    p(doc, (
        "Op de Check-en-Act-dag besluiten de profielsecties welke opdrachten blijven, welke partners we beter "
        "begeleiden en welke keuzevakken we bijstellen. Keuzevakken die twee jaar achter elkaar door minder dan "
        "acht leerlingen worden gekozen, bieden we niet meer aan."
    ))
    smart(doc, [
        ["Elke bovenbouwleerling voert echte opdrachten uit", "Registratie per leerling door coördinator opdrachtgeversbank", "gem. 0,6 per jaar", "2 per leerling per jaar", "Teamleider bovenbouw techniek", "schooljaar 2027-2028"],
        ["Vernieuwde keuzevakken in het PTA", "Aantal nieuwe keuzevakken in PTA", "0", "3 (Duurzame energie, Domotica, Assisteren in de gezondheidszorg)", "Sectievoorzitters PIE en Z&W", "PTA cohort 2026-2028"],
        ["Minder uitval in het eerste mbo-jaar", "Uitval en switch oud-leerlingen na 1 jaar mbo (cijfers ROC)", "17%", "hoogstens 12%", "Decaan", "cohort dat in 2028 uitstroomt"],
        ["Praktijk voelt als echt werk", "Leerlingpeiling: ‘Ik leer veel in de praktijklessen’ (schaal 1-10)", "6,8", "7,5", "Teamleider onderbouw", "peiling februari 2028"],
    ])


def thema2(doc):
    h(doc, "6. Ontwikkelthema 2 – De basis moet staan: lezen, taal en rekenen", 1)
    h(doc, "Plan", 2)
    p(doc, (
        "Een timmerman die een werktekening niet kan lezen en een verzorgende die een dosering niet kan uitrekenen, "
        "komen niet ver. Toch leest 41 procent van onze instromers onder niveau 1F, en de CE-cijfers voor wiskunde en "
        "Nederlands in de kaderberoepsgerichte leerweg liggen al drie jaar onder het landelijk gemiddelde. We willen "
        "de lat niet lager leggen. We willen de instructie beter maken en taal en rekenen ook in de praktijklokalen "
        "een plek geven."
    ))
    p(doc, (
        "Het advies van de basisschool is voor ons een ondergrens, geen plafond. Een leerling die in leerjaar 2 laat "
        "zien dat hij meer kan, krijgt de kans om op te stromen."
    ))
    h(doc, "Do", 2)
    lijst(doc, [
        ("Leesplein. ", "Drie keer per week lezen alle klassen in de onderbouw vijftien minuten vrij aan het begin van het eerste uur. De schoolbibliotheek is in 2025 opnieuw ingericht, met een aanbod dat past bij de interesses van onze leerlingen (strips, sport, techniek, true crime)."),
        ("Vaktaal in elk vak. ", "Elke sectie stelt een woordenlijst op met de dertig belangrijkste vakwoorden per leerjaar. In de praktijklokalen hangen de werktekening, de materiaalstaat en het protocol naast elkaar; leerlingen lezen ze hardop voordat ze beginnen."),
        ("Rekenen in de praktijk. ", "BWI berekent materiaalstaten en zaaglengtes, PIE rekent met vermogen en spanning, Z&W met doseringen en vochtbalansen. De wiskundesectie en de praktijksecties maken in 2025-2026 samen tien praktijkopdrachten."),
        ("Extra uur wiskunde KB. ", "In leerjaar 3 en 4 KB komt vanaf 2025-2026 een extra steunuur wiskunde, gegeven door de eigen docent, voor leerlingen die onder de 5,5 staan."),
        ("Instructie. ", "De secties Nederlands en wiskunde volgen in 2025-2026 samen de cursus Expliciete Directe Instructie via de ASG Academie."),
        ("Opstroom. ", "In maart van leerjaar 2 bespreken mentor en teamleider elke BB-leerling met een DIA-score boven de norm. Deze leerlingen kunnen in leerjaar 3 naar KB; we begeleiden de overstap met een startgesprek en een maatje uit de kaderklas."),
    ])
    h(doc, "Check", 2)
    p(doc, (
        "We nemen drie keer per jaar de DIA-toetsen lezen en rekenen af in leerjaar 1 en 2. De uitslagen bespreken "
        "we in de leerlingbespreking (zie thema 4) en per sectie. De CE-resultaten analyseren we in oktober. Bij "
        "lesbezoeken letten we in deze periode extra op kenmerk 3 van de kijkwijzer (de uitleg)."
    ))
    h(doc, "Act", 2)
    p(doc, (
        "Als de leesresultaten na twee jaar niet stijgen, stoppen we het Leesplein in deze vorm en kijken we met de "
        "taalcoördinator naar een andere aanpak. De praktijkopdrachten met rekenen worden, als ze werken, opgenomen "
        "in het profielvak en het PTA."
    ))
    smart(doc, [
        ["Meer leerlingen lezen op niveau", "DIA lezen eind leerjaar 2: aandeel op of boven 1F", "59%", "75%", "Taalcoördinator", "juni 2028"],
        ["Betere CE-cijfers wiskunde KB", "Gemiddeld CE-cijfer wiskunde KB", "5,9", "6,3", "Sectie wiskunde", "examen 2028"],
        ["Betere CE-cijfers Nederlands KB", "Gemiddeld CE-cijfer Nederlands KB", "6,1", "6,4", "Sectie Nederlands", "examen 2028"],
        ["Meer opstroom BB naar KB", "Aandeel BB-leerlingen dat na leerjaar 2 naar KB gaat", "4%", "8%", "Teamleider onderbouw", "schooljaar 2026-2027"],
        ["Vaktaal in elke sectie", "Woordenlijst per sectie aanwezig en in gebruik (lesbezoek)", "3 van 14 secties", "14 van 14", "Taalcoördinator", "1 juli 2026"],
    ])


def thema3(doc):
    h(doc, "7. Ontwikkelthema 3 – Welkom en veilig: een school waar je gezien wordt", 1)
    h(doc, "Plan", 2)
    p(doc, (
        "Wie voor het eerst naar Het Schietlood komt, staat voor een gesloten hek en een deur met een bel. Ouders "
        "uit het ouderpanel noemden de entree ‘rommelig en een beetje onvriendelijk’. In de leerlingpeiling van 2024 "
        "zei 71 procent zich welkom te voelen, 82 procent voelt zich veilig en 11 procent zegt het afgelopen jaar "
        "gepest te zijn. Die cijfers zijn niet goed genoeg."
    ))
    p(doc, (
        "Uit gesprekken met leerlingen die uitvielen, blijkt steeds hetzelfde: er was niemand op school bij wie ze "
        "zich echt gezien voelden. Daarom willen we dat iedere leerling op school minstens één volwassene heeft die "
        "hem of haar kent, en dat bezoekers, nieuwe leerlingen en nieuwe collega’s zich vanaf de eerste minuut "
        "welkom voelen."
    ))
    h(doc, "Do", 2)
    lijst(doc, [
        ("De Balie. ", "Vanaf januari 2026 ontvangen leerlingen van D&P en Z&W vier dagen per week de bezoekers bij de hoofdingang, als onderdeel van het keuzevak ‘Facilitaire dienstverlening’. Ze begroeten, bieden koffie aan en geven rondleidingen. Het hek staat onder schooltijd open; de entree wordt in de zomer van 2025 opnieuw ingericht."),
        ("Goedemorgen bij de deur. ", "Elke ochtend staan twee mensen uit het MT en de mentoren van dienst bij de ingang en begroeten iedere leerling bij naam."),
        ("Mentorgesprekken. ", "Elke mentor voert vier keer per jaar een persoonlijk gesprek van tien minuten met elke leerling, los van cijfers: ‘Hoe gaat het echt?’. De gesprekken worden kort vastgelegd in Magister."),
        ("Wie ziet wie? ", "Elk kwartaal zet het MT alle namen van leerlingen op een lijst en vinkt het team aan wie het goed kent. Leerlingen zonder vink krijgen een maatje uit het team: een collega die hen wekelijks even aanspreekt."),
        ("Respect is ook gereedschap. ", "Onze drie schoolregels zijn: we gaan respectvol om met elkaar, met het gebouw en met het gereedschap. Na een conflict volgt altijd een herstelgesprek, naast eventuele straf. Alle mentoren van leerjaar 1 zijn getraind in Rots & Water; de lessen vinden in het eerste halfjaar wekelijks plaats."),
        ("Pesten en online gedrag. ", "De anti-pestcoördinator is in elke klas bekend. Telefoons gaan sinds 2024 tijdens lestijd in de telefoontas; in de pauze zijn ze toegestaan, behalve in de kantine. Incidenten registreren we in Magister; bij ernstige incidenten schakelen we de wijkagent in."),
        ("Nieuwe leerlingen. ", "In de eerste schoolweek van leerjaar 1 is er een kennismakingsweek met de eigen mentor, een sportdag en een ouderavond op de tweede dag. Tussentijdse instromers krijgen een buddy uit de klas."),
    ])
    h(doc, "Check", 2)
    p(doc, (
        "We nemen elk voorjaar de monitor sociale veiligheid af (Kwaliteitscholen), met de vragen over veiligheid, "
        "pesten en welkom voelen. We tellen de incidenten per kwartaal. De lijst ‘Wie ziet wie?’ komt elk kwartaal "
        "terug in het MT. Elk jaar bezoeken twee ouders uit het ouderpanel onaangekondigd de school als "
        "‘geheime bezoeker’ en schrijven op wat ze zien."
    ))
    h(doc, "Act", 2)
    p(doc, (
        "Valt een cijfer in de monitor tegen, dan bespreekt de teamleider het binnen een maand met de klas en de "
        "leerlingenraad. De werkgroep stelt de afspraken in het Schietloodboek bij. De Balie wordt na het eerste jaar "
        "geëvalueerd met de leerlingen die er werken."
    ))
    smart(doc, [
        ["Leerlingen voelen zich veilig", "Monitor sociale veiligheid: ‘Ik voel me veilig op school’", "82%", "90%", "Zorgcoördinator", "monitor 2027"],
        ["Minder pesten", "Monitor: ‘Ik ben het afgelopen jaar gepest’", "11%", "hoogstens 6%", "Anti-pestcoördinator", "monitor 2027"],
        ["Iedereen voelt zich welkom", "Leerlingpeiling: ‘Ik voel me welkom op school’", "71%", "85%", "Teamleider Z&W en D&P", "peiling 2028"],
        ["Persoonlijke mentorgesprekken", "Aantal vastgelegde gesprekken per leerling in Magister", "niet geregistreerd", "4 per leerling per jaar, bij 100% van de leerlingen", "Teamleiders", "vanaf 2025-2026"],
        ["Geen leerling onopgemerkt", "Aantal leerlingen zonder ‘vink’ op de lijst Wie ziet wie?", "± 60 (schatting)", "0 na elke kwartaalronde", "Directeur", "december 2026"],
    ])


def thema4(doc):
    h(doc, "8. Ontwikkelthema 4 – Begeleiding op maat", 1)
    h(doc, "Plan", 2)
    p(doc, (
        "Een derde van onze leerlingen heeft een lwoo-indicatie. Veel leerlingen hebben dyslexie of dyscalculie, "
        "een deel heeft ADHD of een autismespectrumstoornis, en een groeiende groep leerlingen heeft thuis "
        "ingrijpende dingen meegemaakt. Onze zorgstructuur is helder: mentor, zorgcoördinator, zorgadviesteam (ZAT) "
        "met leerplicht, de jeugdarts van de GGD Flevoland en het schoolmaatschappelijk werk. Maar in de praktijk "
        "signaleren we te laat. Van signaal tot bespreking in het ZAT duurt het gemiddeld zeven weken. Slechts 60 "
        "procent van de ontwikkelingsperspectiefplannen (OPP’s) is op tijd geëvalueerd, en ons "
        "schoolondersteuningsprofiel (SOP) is van 2019 en klopt niet meer."
    ))
    h(doc, "Do", 2)
    lijst(doc, [
        ("Leerlingbespreking. ", "Drie keer per jaar (oktober, februari, mei) bespreekt het docententeam per klas alle leerlingen aan de hand van het groepsoverzicht in Magister: cijfers, DIA-resultaten, verzuim en de notities uit de mentorgesprekken. Zo weten we per leerling wat hij of zij nodig heeft."),
        ("Warme overdracht. ", "Voor elke leerling met een lwoo-indicatie of een OPP voert de zorgcoördinator vóór 1 juli een gesprek met de basisschool. Voor de andere leerlingen gebruiken we het OSO-dossier en bellen we bij twijfel."),
        ("OPP’s op tijd. ", "Elk OPP wordt twee keer per jaar geëvalueerd met de leerling en de ouders. De zorgcoördinator krijgt hiervoor in Magister een overzicht met signaaldata."),
        ("De Bouwkeet. ", "Voor leerlingen die tijdelijk niet in de klas kunnen functioneren, openen we in 2025-2026 een eigen trajectvoorziening: een rustig lokaal met vaste begeleiding (een pedagogisch medewerker en een gedragsspecialist). Een traject duurt maximaal twaalf weken en heeft altijd een terugkeerplan."),
        ("Nieuw SOP. ", "In 2025-2026 herschrijven we het SOP. Daarin staat zonder omwegen wat we wel kunnen bieden (onder meer begeleiding bij dyslexie en dyscalculie, lichte gedrags- en concentratieproblemen, NT2-leerlingen die langer dan twee jaar in Nederland zijn, lesgeven in kleinere groepen) en wat niet (intensieve medische zorg onder lestijd, een-op-eenbegeleiding gedurende de hele dag, leerlingen die nog geen Nederlands spreken)."),
        ("Samen met het samenwerkingsverband. ", "Waar wij niet kunnen bieden wat een leerling nodig heeft, zoeken we met het Samenwerkingsverband Passend Onderwijs Almere een andere plek. Met de praktijkschool en de vso-school in Almere Buiten hebben we afgesproken dat een leerling binnen zes weken kan proefplaatsen. Geen leerling zit bij ons thuis zonder plek."),
    ])
    h(doc, "Check", 2)
    p(doc, (
        "De zorgcoördinator rapporteert per kwartaal aan het MT: doorlooptijd van signaal tot ZAT, aantal OPP’s dat "
        "op tijd is geëvalueerd, aantal leerlingen in De Bouwkeet en hun terugkeer, en eventuele thuiszitters. "
        "De cijfers gaan mee in de kwartaalrapportage aan het bestuur."
    ))
    h(doc, "Act", 2)
    p(doc, (
        "Het SOP wordt elk jaar in juni gecontroleerd en zo nodig aangepast. Als De Bouwkeet na het eerste jaar niet "
        "tot terugkeer in de klas leidt bij minstens twee derde van de leerlingen, passen we de opzet aan."
    ))
    smart(doc, [
        ["Sneller signaleren", "Gemiddelde doorlooptijd signaal → bespreking ZAT", "7 weken", "hoogstens 3 weken", "Zorgcoördinator", "juni 2027"],
        ["OPP’s op tijd geëvalueerd", "Aandeel OPP’s met twee evaluaties per jaar", "60%", "100%", "Zorgcoördinator", "schooljaar 2026-2027"],
        ["Helder SOP", "SOP herschreven, besproken met SWV en gepubliceerd op de website", "SOP 2019", "nieuw SOP", "Directeur", "1 juli 2026"],
        ["Warme overdracht", "Aandeel lwoo-/OPP-leerlingen met overdrachtsgesprek vóór 1 juli", "± 70%", "100%", "Zorgcoördinator", "instroom 2026"],
        ["Terugkeer na De Bouwkeet", "Aandeel leerlingen dat binnen 12 weken volledig terug is in de klas", "nieuw", "minstens 67%", "Teamleider onderbouw", "juli 2027"],
        ["Geen thuiszitters", "Aantal leerlingen langer dan 4 weken zonder onderwijs", "1 (2024)", "0", "Directeur", "elk schooljaar"],
    ])


def thema5(doc):
    h(doc, "9. Ontwikkelthema 5 – Een sterk en vitaal team", 1)
    h(doc, "Plan", 2)
    p(doc, (
        "Ons team is ons belangrijkste gereedschap. Van de 74 medewerkers zijn er negen nog niet bevoegd: vier "
        "instructeurs zonder pedagogisch-didactisch getuigschrift (PDG) en vijf zij-instromers, bijna allemaal in de "
        "techniek. Ze komen uit de bouw en de installatiebranche en brengen vakmanschap mee dat we niet kunnen "
        "missen. Het ziekteverzuim was in 2024 6,9 procent, vooral door langdurig verzuim. 28 procent van het team is "
        "55 jaar of ouder. In de medewerkerspeiling van 2023 scoorde werkdruk een 5,8. De gesprekscyclus werd in "
        "2023-2024 bij 78 procent van de medewerkers volledig doorlopen."
    ))
    h(doc, "Do", 2)
    lijst(doc, [
        ("Bevoegd voor de klas. ", "Elke onbevoegde collega heeft een persoonlijk opleidingsplan met een einddatum. Instructeurs volgen het PDG-traject, zij-instromers de zij-instroomopleiding via Hogeschool Windesheim Almere. Ze krijgen één dag per week studieruimte en een vaste coach: onze schoolopleider (0,4 fte). Het rooster houdt rekening met hun studiedagen."),
        ("Gesprekscyclus. ", "Iedere medewerker heeft elk jaar een startgesprek in september, een voortgangsgesprek na het lesbezoek in januari en een jaargesprek in mei. Eens per drie jaar is het jaargesprek een beoordelingsgesprek. Alles wordt vastgelegd in het digitale personeelsdossier."),
        ("Leerteams. ", "Elke docent formuleert zelf één ontwikkelvraag per jaar en werkt daaraan in een leerteam van zes tot acht collega’s (zes bijeenkomsten per jaar, woensdagmiddag). De leerteams sluiten aan bij de thema’s van dit plan: lezen in het vak, de goede les, begeleiding. Op de Check-en-Act-dag presenteert elk leerteam wat het heeft geleerd."),
        ("Scholing. ", "Naast de leerteams volgt iedere medewerker per jaar minstens één cursus of bijeenkomst, bij voorkeur uit het aanbod van de ASG Academie. De techniekdocenten nemen deel aan het regionale netwerk Sterk Techniekonderwijs, waar ze met collega’s van drie andere vmbo-scholen in Almere lesmateriaal en praktijkopdrachten uitwisselen."),
        ("Welbevinden in elke levensfase. ", "Startende docenten krijgen drie jaar begeleiding en een lagere lesbelasting in het eerste jaar. Collega’s van 57 jaar en ouder krijgen een jaarlijks vitaliteitsgesprek over hun inzet en hun rooster. Jonge ouders kunnen een voorkeur voor hun vrije dag opgeven, waar we bij het rooster zoveel mogelijk rekening mee houden."),
        ("Werkdruk en gezondheid. ", "We vergaderen plenair hooguit één keer per maand. Geen mail na 18.00 uur en in het weekend: wie toch stuurt, gebruikt ‘later verzenden’. Op donderdag na het zevende uur is de gymzaal open voor een sportuur voor personeel. De bedrijfsarts houdt maandelijks spreekuur op school en we bellen zieke collega’s binnen twee dagen."),
    ])
    h(doc, "Check", 2)
    p(doc, (
        "De directeur houdt per kwartaal het verzuim (percentage en meldingsfrequentie), de voortgang van de "
        "bevoegdheidstrajecten en de gesprekscyclus bij. In 2026 en 2028 neemt ASG de medewerkerspeiling af; wij "
        "bespreken de uitkomsten per sectie."
    ))
    h(doc, "Act", 2)
    p(doc, (
        "Stokt een bevoegdheidstraject, dan volgt binnen een maand een gesprek met de schoolopleider en de "
        "teamleider over extra ondersteuning of een andere planning. Als de werkdrukscore in 2026 niet is gestegen, "
        "maken we met de personeelsgeleding van de MR een nieuw werkdrukplan."
    ))
    smart(doc, [
        ["Alle docenten bevoegd", "Aantal onbevoegde collega’s (exclusief starters in hun eerste jaar)", "9", "hoogstens 2", "Directeur, schoolopleider", "1 augustus 2028"],
        ["Lager ziekteverzuim", "Verzuimpercentage / meldingsfrequentie", "6,9% / 1,4", "5,5% / 1,1", "Directeur", "kalenderjaar 2027"],
        ["Gesprekscyclus volledig", "Aandeel medewerkers met alle drie gesprekken vastgelegd", "78%", "100%", "Teamleiders", "schooljaar 2025-2026"],
        ["Iedere docent in een leerteam", "Deelname en presentatie op Check-en-Act-dag", "35% (vrijwillig)", "100%", "Teamleider onderbouw", "juni 2026"],
        ["Werkdruk beheersbaar", "Medewerkerspeiling ASG: score werkdruk", "5,8", "6,8", "Directeur", "peiling 2028"],
    ])


def thema6(doc):
    h(doc, "10. Ontwikkelthema 6 – Ouders in beeld", 1)
    h(doc, "Plan", 2)
    p(doc, (
        "Ouders zien we op Het Schietlood te weinig. Op de ouderavonden komt gemiddeld 35 procent. Veel ouders "
        "werken in ploegendiensten, een deel spreekt weinig Nederlands, en veel ouders hebben zelf geen goede "
        "herinneringen aan school. Daarnaast is onze communicatie versnipperd: cijfers in Magister, nieuws per mail, "
        "losse brieven en soms een WhatsAppgroep van een mentor. Ouders weten niet waar ze moeten kijken. In de "
        "ouderpeiling van 2024 kreeg de stelling ‘Ik word goed geïnformeerd’ een 6,4."
    ))
    h(doc, "Do", 2)
    lijst(doc, [
        ("Driehoeksgesprek. ", "Binnen zes weken na de start van het schooljaar voert de mentor met elke leerling en zijn of haar ouders een gesprek. Vanaf leerjaar 3 leidt de leerling zelf het gesprek, aan de hand van het LOB-dossier. We bieden tijden aan tot 20.00 uur en, als het echt niet anders kan, een videogesprek."),
        ("Open Werkplaats. ", "Elk voorjaar zijn ouders een middag en avond welkom in de praktijklokalen. Leerlingen laten zien wat ze maken en doen het voor."),
        ("Eén kanaal, duidelijke taal. ", "Magister is het enige kanaal voor cijfers, verzuim en persoonlijke berichten. Eén keer per maand verschijnt de nieuwsbrief ‘Het Lood’. Mentoren gebruiken geen WhatsAppgroepen meer. Vragen van ouders beantwoorden we binnen twee werkdagen. Alle brieven schrijven we vanaf 2026 op taalniveau B1; belangrijke brieven bieden we ook aan in het Engels, Arabisch, Turks en Papiaments."),
        ("Ouderpanel. ", "Drie keer per jaar praat de directeur met een ouderpanel van tien tot vijftien ouders over wat goed gaat en wat beter kan. Het panel leest ook mee met nieuwe brieven en de schoolgids."),
    ])
    h(doc, "Check", 2)
    p(doc, (
        "Mentoren registreren in Magister of het driehoeksgesprek heeft plaatsgevonden. In de ouderpeiling (even "
        "jaren) volgen we de scores voor informatie en betrokkenheid. Het ouderpanel beoordeelt jaarlijks drie "
        "willekeurige brieven op begrijpelijkheid."
    ))
    h(doc, "Act", 2)
    p(doc, (
        "Blijft de opkomst bij de driehoeksgesprekken in een klas achter, dan belt de teamleider de ouders die niet "
        "kwamen, en vragen we wat er nodig is om wel te komen."
    ))
    smart(doc, [
        ["Ouders aan tafel", "Aandeel leerlingen met driehoeksgesprek binnen zes weken", "35% (ouderavond)", "90%", "Teamleiders", "schooljaar 2026-2027"],
        ["Ouders goed geïnformeerd", "Ouderpeiling: ‘Ik word goed geïnformeerd’", "6,4", "7,5", "Directeur", "peiling 2028"],
        ["Begrijpelijke brieven", "Aandeel brieven op B1 (oordeel ouderpanel)", "onbekend", "100%", "Office manager", "1 januari 2026"],
        ["Antwoord binnen twee werkdagen", "Steekproef van 20 ouderberichten per kwartaal", "onbekend", "90% binnen 2 werkdagen", "Teamleiders", "vanaf 2025-2026"],
    ])


def hoofdstuk11(doc):
    h(doc, "11. Wat we (nog) niet doen", 1)
    p(doc, (
        "We hebben met het team ook keuzes gemaakt over wat we de komende vier jaar laten liggen. Niet omdat het "
        "onbelangrijk is, maar omdat we onze energie willen richten."
    ))
    lijst(doc, [
        "We starten geen nieuw profiel. Na de bouw van de praktijkhal ligt de focus op de kwaliteit van wat we al hebben.",
        "We doen niet mee aan internationaliseringsprojecten of buitenlandse uitwisselingen.",
        "We experimenteren niet met andere leerconcepten buiten de Praktijkroute, zoals gepersonaliseerd leren met laptops. We willen eerst de basis op orde.",
        "Bij ASG-brede werkgroepen en innovatieprojecten sluiten we aan waar dat onze thema’s helpt, maar we nemen er deze periode geen trekkersrol in.",
    ])


def hoofdstuk12(doc):
    h(doc, "12. Meerjarenplanning", 1)
    p(doc, (
        "Hieronder staat per ontwikkelthema het zwaartepunt per schooljaar. Het uitgewerkte jaarplan volgt elk jaar "
        "in september."
    ))
    tabel(doc, ["Thema", "2025-2026", "2026-2027", "2027-2028", "2028-2029"], [
        ["1 Vakmanschap", "Praktijkroute vernieuwen; opdrachtgeversbank opzetten", "Nieuwe keuzevakken in PTA; mbo-route BWI en Z&W", "2 opdrachten per leerling; mbo-route PIE en D&P", "Evaluatie en borging"],
        ["2 Lezen, taal, rekenen", "Leesplein; EDI-cursus; extra uur wiskunde KB", "Praktijkopdrachten rekenen in PTA; woordenlijsten", "Evaluatie CE 2027; bijstellen", "Borging in Schietloodboek"],
        ["3 Welkom en veilig", "Nieuwe entree; mentorgesprekken; Wie ziet wie?", "De Balie (vanaf jan. 2026) evalueren; Rots & Water", "Monitor 2027: doelen gehaald?", "Borging"],
        ["4 Begeleiding", "SOP herschrijven; De Bouwkeet open", "OPP-cyclus op orde; evaluatie De Bouwkeet", "Doorlooptijd ZAT ≤ 3 weken", "Borging"],
        ["5 Team", "Gesprekscyclus 100%; leerteams voor iedereen", "Medewerkerspeiling 2026; werkdrukplan", "Bevoegdheid (doel 1-8-2028)", "Medewerkerspeiling 2028"],
        ["6 Ouders", "Driehoeksgesprekken; één kanaal; B1-brieven", "Open Werkplaats; opkomst 90%", "Ouderpeiling 2028", "Evaluatie"],
    ], [3.0, 3.3, 3.3, 3.3, 3.1])


def hoofdstuk13(doc):
    h(doc, "13. Totstandkoming en vaststelling", 1)
    p(doc, (
        "Dit schoolplan is in het schooljaar 2024-2025 geschreven door de werkgroep schoolplan, op basis van twee "
        "studiedagen met het hele team, gesprekken met de leerlingenraad (november 2024 en maart 2025) en het "
        "ouderpanel (februari 2025), de resultaten van de peilingen en de examenanalyse van 2024."
    ))
    p(doc, (
        "De medezeggenschapsraad is tijdens het schrijven als adviseur betrokken geweest. De MR heeft het concept op "
        "13 mei 2025 besproken en schriftelijk advies gegeven, met name over de werkdruk in thema 5 en over de "
        "bereikbaarheid van ouders in thema 6. Die adviezen zijn in deze versie verwerkt."
    ))
    p(doc, (
        "Het schoolplan wordt ter vaststelling aangeboden aan het College van Bestuur van de Almeerse Scholen Groep. "
        "Na vaststelling sturen we het naar de Inspectie van het Onderwijs en publiceren we het op onze website."
    ))
    p(doc, "Almere Buiten, 16 juni 2025")
    p(doc, "Ronald Vermeij, directeur")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for naam, kleur in (("Heading 1", (0x1F, 0x4E, 0x5F)), ("Heading 2", (0x2E, 0x75, 0x8A))):
        doc.styles[naam].font.color.rgb = RGBColor(*kleur)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.3)
    _paginanummer(sec)

    voorblad(doc)
    inhoud_veld(doc)
    voorwoord(doc)
    hoofdstuk1(doc)
    hoofdstuk2(doc)
    hoofdstuk3(doc)
    hoofdstuk4(doc)
    thema1(doc)
    thema2(doc)
    thema3(doc)
    thema4(doc)
    thema5(doc)
    thema6(doc)
    hoofdstuk11(doc)
    hoofdstuk12(doc)
    hoofdstuk13(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Het Schietlood"
    cp.author = "R. Vermeij"
    cp.last_modified_by = "R. Vermeij"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = DATUM
    cp.modified = DATUM
    cp.revision = 7
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_135_vmbo_het_schietlood.docx")
