# -*- coding: utf-8 -*-
"""Compact schoolplan 2025-2029 van OBS De Loswal (Almere Stad): vijf speerpunten."""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

DATUM = datetime.datetime(2025, 6, 12, 16, 5, 0)
BLAUW = RGBColor(0x1F, 0x5C, 0x8B)


def nederlands(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        rpr.append(lang)


def voettekst(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Light Grid Accent 1"
    for i, k in enumerate(kop):
        t.rows[0].cells[i].text = k
    trpr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = w
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()


def tekst(doc, s):
    return doc.add_paragraph(s)


def lijst(doc, items):
    for s in items:
        doc.add_paragraph(s, style="List Bullet")


def speerpunt(doc, nummer, titel, waarom, doen, zien):
    doc.add_heading(f"Speerpunt {nummer}. {titel}", level=1)
    doc.add_heading("Waarom", level=2)
    for s in waarom:
        tekst(doc, s)
    doc.add_heading("Wat we gaan doen", level=2)
    lijst(doc, doen)
    doc.add_heading("Hoe we het zien", level=2)
    tabel(doc, ["Wat we meten", "Nu", "Doel", "Wanneer"], zien, [6.5, 3.0, 3.5, 3.0])


def build(path):
    path = str(path)
    doc = Document()
    nederlands(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Cambria"
    stijl.font.size = Pt(10.5)
    for n in ("Heading 1", "Heading 2"):
        doc.styles[n].font.color.rgb = BLAUW
    sec = doc.sections[0]
    sec.top_margin = Cm(2)
    sec.bottom_margin = Cm(2)
    voettekst(doc)

    cp = doc.core_properties
    cp.title = ""
    cp.author = "Directie De Loswal"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "J. Harteveld"
    cp.revision = 7

    kop = doc.add_paragraph()
    r = kop.add_run("OBS De Loswal")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = BLAUW
    sub = doc.add_paragraph()
    r = sub.add_run("Schoolplan 2025 – 2029  ·  Hier leg je aan")
    r.font.size = Pt(15)
    doc.add_paragraph("Openbare basisschool · Stedenwijk, Almere Stad · Almeerse Scholen Groep")

    doc.add_heading("Vooraf", level=1)
    tekst(doc, "Dit schoolplan is bewust kort. Ons team heeft liever tijd voor de kinderen dan voor een dik "
               "document. We hebben vijf speerpunten gekozen die de komende vier jaar het verschil moeten maken. "
               "Bij elk speerpunt staat waarom we het kiezen, wat we gaan doen en hoe we zien of het werkt. Wat we "
               "niet hebben gekozen, staat aan het eind. Het plan loopt van augustus 2025 tot en met juli 2029 en "
               "wordt elk jaar uitgewerkt in een jaarplan.")
    tekst(doc, "Joost Harteveld, directeur")

    doc.add_heading("De Loswal in het kort", level=1)
    tekst(doc, "De Loswal staat in de Stedenwijk in Almere Stad. Wij zijn een openbare school voor iedereen in de "
               "wijk. Op 1 oktober 2024 hadden we 208 leerlingen, van wie er 64 (31 procent) korter dan vier jaar "
               "in Nederland wonen. Samen spreken onze leerlingen thuis 27 talen; Arabisch, Oekraïens, Tigrinya, "
               "Turks en Pools het meest. Door de huisvesting van statushouders en de opvang van Oekraïense "
               "gezinnen in de wijk komen er elk jaar veertig tot vijftig kinderen tussentijds binnen, vaak in de "
               "hogere groepen. Daardoor is onze onderbouw klein en de bovenbouw vol.")
    tabel(doc, ["Groep", "Leerlingen"], [
        ["1/2", "23"], ["3", "20"], ["4", "27"], ["5", "29"], ["6", "31"], ["7", "33"], ["8", "31"],
        ["Taalklas De Aanloop", "20 (14 van De Loswal, 6 van andere scholen)"],
    ], [6.0, 9.0])
    tekst(doc, "Ons team bestaat uit 17 leerkrachten en onderwijsassistenten, een intern begeleider, een "
               "NT2-coördinator, een conciërge en de directeur. Onze schoolweging is 37,9; de inspectie heeft "
               "geen zorgen over onze school.")
    tekst(doc, "In groep 1/2 werken we met Kleuterplein, in groep 3 met Veilig leren lezen (kim-versie). Daarna "
               "gebruiken we Staal voor taal en spelling, Wereld in getallen voor rekenen en Blink voor "
               "wereldoriëntatie. Nieuwkomers zitten het eerste jaar ’s ochtends in de taalklas De Aanloop, waar "
               "ze met Horen, zien en schrijven en Logo 3000 Nederlands leren; ’s middags zitten ze in hun eigen "
               "groep voor rekenen, gym, wereldoriëntatie en creatieve vakken. Ons schoolondersteuningsprofiel "
               "staat op de website.")

    speerpunt(doc, 1, "Taal als vaste grond",
              ["Taal is voor bijna al onze leerlingen de grootste drempel. Bij de doorstroomtoets van 2025 haalde "
               "79 procent van groep 8 niveau 1F lezen, terwijl onze signaleringswaarde 85 procent is. Ook "
               "kinderen die hier geboren zijn, komen vaak met een kleine Nederlandse woordenschat binnen. En ze "
               "lezen niet graag: in de leerlingpeiling zei maar 38 procent van groep 5 tot en met 8 dat lezen "
               "leuk is."],
              ["Elke groep krijgt dagelijks dertig minuten woordenschatles met Logo 3000. De woorden van de week "
               "hangen op de woordmuur in de klas en komen terug bij rekenen en wereldoriëntatie.",
               "Elke dag begint met twintig minuten lezen. Kinderen kiezen zelf een boek, ook in hun thuistaal: "
               "samen met De Nieuwe Bibliotheek bouwen we een collectie op van 300 boeken in tien talen.",
               "Bij de thema’s van Blink en de keuze van voorleesboeken sluiten we aan bij wat onze kinderen "
               "kennen en meemaken: verhuizen, een nieuw land, familie ver weg, de zaterdagmarkt, de eigen "
               "straat. Elk thema begint met een wandeling of een gast uit de wijk.",
               "In groep 4 tot en met 8 krijgen kinderen die onder het niveau lezen drie keer per week een extra "
               "instructie in een groepje van maximaal zes, van de onderwijsassistent.",
               "De taalklas De Aanloop werkt met een vast programma van veertig weken, met na elke tien weken een "
               "meting van woordenschat en mondelinge taal."],
              [["Groep 8 op niveau 1F lezen", "79%", "85%, daarna 88%", "2027, 2029"],
               ["Groep 8 op niveau 2F lezen", "36%", "45%", "2029"],
               ["Groep 5-8 die lezen leuk vindt", "38%", "60%", "peiling 2028"],
               ["Nieuwkomers die na één jaar taalklas de instructie in de eigen groep kunnen volgen", "70%",
                "85%", "juli 2027"]])

    speerpunt(doc, 2, "Goed aankomen",
              ["In 2024 kwamen er 47 kinderen tussentijds bij ons binnen, de meesten zonder een woord Nederlands. "
               "Sommigen hebben jaren geen school gehad, anderen komen uit een goed schoolsysteem en lopen alleen "
               "op taal achter. Een deel heeft oorlog of een zware reis meegemaakt. Tot nu toe hing de opvang "
               "af van de leerkracht die het kind kreeg. Dat moet beter.",
               "Daarnaast is De Aanloop sinds 2023 de taalklas voor nieuwkomers in Almere Stad-Oost. De gemeente, "
               "Passend Onderwijs Almere en vier scholen van verschillende besturen in de buurt hebben afgesproken "
               "dat nieuwkomers het eerste jaar ’s ochtends bij ons starten en daarna volledig naar hun eigen "
               "school gaan. Door de drukte moeten kinderen soms zes weken wachten voor ze kunnen beginnen."],
              ["Een vaste intake: binnen tien schooldagen na aanmelding spreken we de ouders, met een tolk via de "
               "tolkentelefoon of een collega die de taal spreekt. We brengen de schoolloopbaan, de gezondheid, "
               "de thuistalen en wat het kind goed kan in kaart. In de eerste zes weken volgen een "
               "rekenscreening zonder taal en een beginmeting NT2.",
               "Op de eerste dag krijgt elk kind een maatje dat, als het even kan, dezelfde taal spreekt, en een "
               "rondleiding met een fotokaart van de school. Ouders krijgen een welkomstmap met foto’s en "
               "pictogrammen en een kop thee in de ouderkamer.",
               "Na acht weken bespreken leerkracht, NT2-coördinator en intern begeleider elk nieuw kind. We stellen "
               "doelen op basis van wat het kind kan, niet op basis van de taal die het nog niet spreekt: een kind "
               "dat in Syrië al met breuken rekende, gaat bij ons niet terug naar de sommen van groep 4, alleen "
               "omdat zijn Nederlands nog niet verder is.",
               "Thuistaal is welkom. Kinderen mogen elkaar in hun eigen taal uitleggen wat ze niet begrijpen, en in "
               "elk lokaal hangt een taalkaart met de talen van de klas. Meertaligheid zien we als iets wat "
               "kinderen kunnen, niet als een probleem.",
               "We volgen het welbevinden van alle kinderen twee keer per jaar met ZIEN!. Kinderen die veel hebben "
               "meegemaakt, bespreken we in het ondersteuningsteam met de intern begeleider, de "
               "schoolmaatschappelijk werker en de jeugdverpleegkundige van GGD Flevoland. Heeft een kind meer "
               "nodig dan wij in de groep kunnen bieden, dan vragen we een arrangement aan bij Passend Onderwijs "
               "Almere.",
               "Elk lokaal krijgt een rustplek. De anti-pestcoördinator komt in september in elke groep vertellen "
               "wat je doet als je gepest wordt, en op het plein staan in elke pauze twee volwassenen.",
               "Met de gemeente maken we afspraken over een tweede taalklasgroep op de dagen dat de wachtlijst "
               "langer is dan tien kinderen."],
              [["Intakes binnen tien schooldagen", "ca. 50%", "100%", "vanaf januari 2026"],
               ["Nieuwe leerlingen met een achtwekenbespreking en eigen doelen", "geen vaste aanpak", "alle",
                "2025-2026"],
               ["Groep 5-8 die zich veilig voelt op school (veiligheidsmonitor)", "84%", "92%", "voorjaar 2027"],
               ["Wachttijd voor de taalklas", "tot 6 weken", "hoogstens 2 weken", "2026-2027"]])

    speerpunt(doc, 3, "Een stevige start in groep 1/2",
              ["Onze onderbouw is klein. Jonge gezinnen in de wijk kiezen vaak een school met meer kleuters, en "
               "veel van onze kleuters hebben geen voorschool gehad: in 2024 kwam 45 procent van de vierjarigen "
               "van een peutergroep met een vve-programma. Dat zien we terug in groep 3, waar de woordenschat "
               "laag is."],
              ["In ons gebouw zit sinds 2024 peutergroep ’t Kombuisje van een Almeerse kinderopvangorganisatie. "
               "We maken er een doorgaande lijn van: dezelfde thema’s bij de peuters (Uk & Puk) en in groep 1/2 "
               "(Kleuterplein), vier keer per jaar een gezamenlijke themaopening en voor elk kind een warme "
               "overdracht.",
               "Peuters van ’t Kombuisje doen in hun laatste half jaar elke maand een ochtend mee in groep 1/2.",
               "We houden groep 1/2 bewust klein (hoogstens 26 kinderen) en zetten vier ochtenden per week een "
               "onderwijsassistent in, zodat er elke dag in kleine groepjes aan woordenschat wordt gewerkt.",
               "Met het buurthuis aan de overkant organiseren we elke woensdagochtend een inloop voor ouders met "
               "peuters, met een voorleesmoment."],
              [["Vierjarigen die van een vve-peutergroep komen", "45%", "70%", "2028"],
               ["Instroom in groep 1 per schooljaar", "11", "16", "2027-2028"],
               ["Kleuters met voldoende score op de woordenschattaak eind groep 2", "52%", "70%", "juni 2028"]])

    speerpunt(doc, 4, "Ouders erbij",
              ["Veel ouders spreken (nog) geen Nederlands en kennen het Nederlandse onderwijs niet. Ze willen dat "
               "hun kind het goed doet, maar weten vaak niet wat er van hen verwacht wordt. Bij de oudergesprekken "
               "in november 2024 kwam 61 procent van de ouders. Onze nieuwsbrief werd door een kwart geopend."],
              ["De ouderkamer is twee ochtenden per week open, met een oudercontactmedewerker die Arabisch en "
               "Tigrinya spreekt. Ouders krijgen er uitleg over school en kunnen op donderdag Nederlands oefenen "
               "in het taalcafé van de bibliotheek.",
               "We communiceren via Parro met automatische vertaling. Belangrijke berichten sturen we ook als korte "
               "video of met pictogrammen, en in 2026 komt er een beeldversie van de schoolgids.",
               "Voor elk oudergesprek waarbij dat nodig is, regelen we vooraf een tolk. De leerkracht laat werk "
               "van het kind zien en geeft één concrete tip mee voor thuis. Voorlezen in de eigen taal telt ook.",
               "In september is er per groep een kennismakingsmiddag waarop ouders een uur meedoen in de les."],
              [["Ouders bij de oudergesprekken", "61%", "85%", "schooljaar 2026-2027"],
               ["Verschillende ouders die de ouderkamer bezoeken", "ca. 20 per jaar", "50 per jaar", "2027"],
               ["Gelezen berichten in Parro", "45%", "75%", "juli 2026"],
               ["Ouders die zeggen: ‘ik weet hoe ik mijn kind thuis kan helpen’", "48%", "70%", "ouderpeiling 2028"]])

    speerpunt(doc, 5, "Een team dat het volhoudt",
              ["Lesgeven op De Loswal is mooi en zwaar. Bijna elke week komt er een kind bij dat nog geen Nederlands "
               "spreekt, soms met verhalen die ook leerkrachten niet loslaten. Niet iedereen in het team heeft "
               "geleerd om tweede-taalonderwijs te geven: zes van de zeventien collega’s hebben een NT2-scholing "
               "gevolgd. Twee collega’s zijn zij-instromer. Vorig jaar vertrokken drie leerkrachten, en twee van "
               "hen noemden de zwaarte van het werk."],
              ["Alle leerkrachten en onderwijsassistenten volgen tussen 2025 en 2027 de LOWAN-scholing ‘Lesgeven "
               "aan nieuwkomers’ of een vergelijkbare cursus. Wie die al heeft, verdiept zich in taalverwerving "
               "bij kleuters of in traumasensitief lesgeven.",
               "Zes keer per jaar is er intervisie onder leiding van de schoolmaatschappelijk werker, waarin "
               "collega’s bespreken wat hen raakt. Wie het zwaar heeft, kan altijd bij de intern begeleider of de "
               "directeur terecht, en we schuiven werk door als dat nodig is.",
               "Onze twee zij-instromers krijgen een vaste coach en een halve dag per week studietijd, en halen "
               "hun bevoegdheid uiterlijk in juli 2027.",
               "Onze NT2-coördinator neemt deel aan het ASG-netwerk nieuwkomersonderwijs, waarin vijf ASG-scholen "
               "intakeformulieren, lesmateriaal en toetsen uitwisselen. Vanaf 2026 gaat ook een leerkracht uit de "
               "onderbouw mee."],
              [["Collega’s met NT2- of nieuwkomersscholing", "6 van 17", "17 van 17", "juli 2027"],
               ["Zij-instromers met bevoegdheid", "0 van 2", "2 van 2", "juli 2027"],
               ["Intervisiebijeenkomsten per jaar", "0", "6", "vanaf 2025-2026"],
               ["Leerkrachten die vertrekken vanwege de werkdruk", "2", "0", "elk jaar"]])

    doc.add_heading("Wat we (nog) laten liggen", level=1)
    tekst(doc, "Een kort plan betekent kiezen. Rekenen, burgerschap, wetenschap en technologie en digitale "
               "geletterdheid vinden we belangrijk, maar ze krijgen deze periode geen eigen speerpunt. Daar volgen "
               "we de methodes en de afspraken in het jaarplan. In juni 2027, halverwege, kijken we of een van deze "
               "onderwerpen alsnog een speerpunt moet worden.")

    doc.add_heading("Planning", level=1)
    tabel(doc, ["Schooljaar", "Wat staat voorop"], [
        ["2025-2026", "Intakeprotocol en achtwekenbespreking; dagelijks lezen en woordenschat; intervisie; start "
                      "NT2-scholing; vertaalfunctie Parro."],
        ["2026-2027", "Wachttijd taalklas omlaag; beeldschoolgids; doorgaande lijn met ’t Kombuisje; "
                      "zij-instromers bevoegd."],
        ["2027-2028", "Tussenbalans in juni 2027; 1F lezen op 85%; hele team geschoold."],
        ["2028-2029", "Vasthouden wat werkt; voorbereiden volgend schoolplan."],
    ], [4.0, 12.0])

    doc.add_heading("Vaststelling", level=1)
    tekst(doc, "De medezeggenschapsraad heeft het concept van dit plan op 10 juni 2025 besproken en positief "
               "geadviseerd. Daarna is het plan aangeboden aan het College van Bestuur van de Almeerse Scholen Groep.")
    tekst(doc, "Almere, juni 2025 — J. Harteveld, directeur OBS De Loswal")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_182_obs_de_loswal.docx")
