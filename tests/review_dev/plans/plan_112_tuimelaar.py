"""IKC-plan en schoolplan 2025-2029 van Integraal Kindcentrum De Tuimelaar (Homeruskwartier, Almere Poort).

Algemeen-bijzonder integraal kindcentrum van de Almeerse Scholen Groep, met kinderopvang 0-4 jaar
(samen met Kinderopvang Kwetternest) en een basisschool. De kopjes zijn de centrale vragen van de
ASG Koerswijzer, de doelen staan op doelkaarten. Planperiode: schooljaren 2025-2026 tot en met 2028-2029.
"""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VAST_TIJDSTIP = datetime.datetime(2025, 7, 1, 9, 30, 0)
BLAUW = RGBColor(0x1F, 0x4E, 0x79)


def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("IKC De Tuimelaar  •  IKC-plan 2025-2029  •  ")
    run = p.add_run()
    for soort, tekst in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if soort == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        run._r.append(el)


def _tabel(doc, kop, rijen):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Medium Shading 1 Accent 1"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    trpr = t.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    trpr.append(hdr)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    doc.add_paragraph()
    return t


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _lijst(doc, items, stijl="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=stijl)


def _doelkaart(doc, titel, doel, hoe, wanneer, meetbaar):
    doc.add_heading(titel, level=3)
    for label, tekst in (("Doel:", doel), ("Hoe:", hoe), ("Wanneer:", wanneer), ("Meetbaar:", meetbaar)):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.left_indent = Pt(14)
        r = p.add_run(label + " ")
        r.bold = True
        p.add_run(tekst)
    doc.add_paragraph()


def build(path):
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.title = "IKC-plan 2025-2029 IKC De Tuimelaar"
    cp.author = "Remco Dijkhuizen"
    cp.last_modified_by = "Remco Dijkhuizen"
    cp.subject = "Schoolplan en IKC-plan"
    cp.keywords = "IKC; schoolplan; Almere Poort; Koerswijzer"
    cp.revision = 1
    cp.created = VAST_TIJDSTIP
    cp.modified = VAST_TIJDSTIP
    cp.last_printed = VAST_TIJDSTIP

    # ---------------- titelpagina ----------------
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = t.add_run("IKC De Tuimelaar")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = BLAUW
    t = doc.add_paragraph()
    r = t.add_run("IKC-plan en schoolplan 2025-2029")
    r.font.size = Pt(18)
    t = doc.add_paragraph()
    t.add_run("Onze antwoorden op de vragen van de Koerswijzer").italic = True
    for _ in range(10):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.add_run("Integraal Kindcentrum De Tuimelaar\n"
              "Kinderopvang 0-4 jaar en basisschool\n"
              "Homeruskwartier, Almere Poort\n"
              "Almeerse Scholen Groep en Kinderopvang Kwetternest\n"
              "Versie 1.0, juli 2025")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _voettekst(doc.sections[0])

    # ---------------- voorwoord ----------------
    doc.add_heading("Voorwoord", level=1)
    _p(doc, "Dit is het eerste gezamenlijke plan van IKC De Tuimelaar: van de kinderopvang voor kinderen van "
            "0 tot 4 jaar en van de basisschool. Het geldt voor de schooljaren 2025-2026 tot en met "
            "2028-2029 en is tegelijk ons wettelijke schoolplan. Voor de kinderopvang is het de basis van het "
            "pedagogisch beleidsplan, dat Kinderopvang Kwetternest apart vaststelt.")
    _p(doc, "We hebben het plan anders gemaakt dan de vorige keer. In vier IKC-avonden tussen januari en "
            "april 2025 hebben pedagogisch medewerkers en leerkrachten samen de centrale vragen van de ASG "
            "Koerswijzer besproken, met post-its, stickers en veel koffie. Die vragen zijn de kopjes van dit "
            "plan geworden: soms letterlijk, soms in onze eigen woorden. Niet elke vraag staat erin. We "
            "hebben de vragen gekozen die er voor ons IKC nu toe doen. Bij elke vraag staat ons antwoord, en "
            "waar we iets willen bereiken een doelkaart: wat willen we, hoe pakken we het aan, wanneer, en "
            "hoe zien we dat het gelukt is.")
    _p(doc, "De medezeggenschapsraad en de oudercommissie van de opvang hebben als klankbord meegelezen. De MR "
            "heeft op 10 juni 2025 positief geadviseerd en een aantal suggesties gedaan, die we hebben "
            "verwerkt.")
    _p(doc, "Remco Dijkhuizen, IKC-directeur\nFatima Ouchan, locatiemanager kinderopvang")

    # ---------------- profiel ----------------
    doc.add_heading("Ons IKC in vogelvlucht", level=1)
    _tabel(doc, ["Kenmerk", "Gegevens"], [
        ["Naam", "Integraal Kindcentrum De Tuimelaar"],
        ["Wijk", "Homeruskwartier, Almere Poort"],
        ["BRIN", "31HN"],
        ["Denominatie", "Algemeen-bijzonder"],
        ["Organisaties", "Almeerse Scholen Groep (onderwijs), Kinderopvang Kwetternest (opvang)"],
        ["IKC-directeur", "Remco Dijkhuizen"],
        ["Locatiemanager opvang", "Fatima Ouchan"],
        ["Kinderopvang 0-4", "Drie verticale groepen en één peutergroep met VVE; 58 kindplaatsen"],
        ["Basisschool", "318 leerlingen (1 oktober 2024) in 13 groepen"],
        ["Medewerkers", "31 in het onderwijs, 17 pedagogisch medewerkers"],
        ["Planperiode", "1 augustus 2025 tot en met 31 juli 2029"],
    ])
    _p(doc, "Het Homeruskwartier is een wijk van jonge gezinnen, veel zelfbouw en veel mensen die pas in "
            "Almere wonen. Bijna 70 procent van de kinderen die in groep 1 beginnen, kwam uit onze eigen "
            "opvang of peutergroep. Ons gebouw uit 2019 heeft grote vensters op het zuiden en een centraal "
            "leerplein dat we het Dek noemen. Als algemeen-bijzonder IKC gaan we niet uit van één "
            "godsdienst of levensbeschouwing; onze grondslag is onze pedagogische visie: kinderen leren door "
            "spel, door onderzoek en door samen te leven.")

    # ---------------- gastvrijheid ----------------
    doc.add_heading("Hoe creëren we een cultuur van gastvrijheid?", level=1)
    _p(doc, "Gastvrijheid begint bij ons om half acht ’s ochtends, als de eerste baby’s binnenkomen. In de "
            "IKC-avond kwamen we uit op vier dingen die we al doen en willen vasthouden:")
    _lijst(doc, [
        "Tussen 8.15 en 8.30 uur staat er altijd iemand van het IKC bij de hoofdingang: de directeur, een "
        "IB’er of een pedagogisch medewerker. Ouders kunnen daar terecht met korte vragen.",
        "Op vrijdagochtend is er koffie op het Dek. De ouderkamer wordt gerund door twee vrijwillige ouders.",
        "Invallers, stagiairs en bezoekers worden ontvangen door een vaste gastheer of gastvrouw uit het "
        "team, die het gebouw laat zien en vertelt hoe het bij ons gaat.",
        "Kinderen van groep 8 leiden op de open ochtenden in maart bezoekers rond, ook over de opvang.",
    ])
    _p(doc, "Wat beter kan, is de start van nieuwe gezinnen. Nu heeft een gezin dat van de opvang naar "
            "school gaat twee intakes, twee formulieren en twee keer een rondleiding. Dat voelt niet als één "
            "huis.")
    _doelkaart(doc, "Doelkaart 1 – Eén warme entree voor elk gezin",
               "Elk nieuw gezin voelt zich vanaf de eerste dag welkom in het IKC, in de opvang én op school.",
               "Eén gezamenlijk intakegesprek voor opvang en school; een welkomstmap met foto’s van de "
               "medewerkers; na zes weken belt de mentor of leerkracht om te horen hoe het gaat.",
               "Gezamenlijke intake en welkomstmap vanaf januari 2026; belrondje vanaf schooljaar 2026-2027.",
               "In de ouderpeiling van 2027 en 2029 geeft ten minste 90 procent van de nieuwe ouders een 8 of "
               "hoger op de vraag ‘Ik voelde me welkom’ (nulmeting voorjaar 2025: 78 procent).")

    # ---------------- verschillen ----------------
    doc.add_heading("Hoe geven we ruimte aan de verschillen tussen kinderen en medewerkers?", level=1)
    _p(doc, "Bij ons is iedereen waardevol en wordt iedereen gezien. Ruimte geven aan verschillen begint voor "
            "ons met goed kijken. In de opvang observeren de pedagogisch medewerkers alle kinderen twee keer "
            "per jaar met KIJK! 0-4. Tot nu toe stopte die lijn bij de overstap naar groep 1: de "
            "kleuterleerkracht kreeg een overdrachtsformulier en begon opnieuw. Vanaf 2025-2026 gebruiken "
            "opvang en groep 1-2 hetzelfde instrument, KIJK! 0-7, zodat de leerkracht verder kan waar de "
            "pedagogisch medewerker stopte. Bij elke overstap uit onze eigen opvang is er een warme "
            "overdracht: pedagogisch medewerker, leerkracht en ouder aan één tafel.")
    _p(doc, "Vanaf groep 3 bespreken de leerkrachten drie keer per jaar hun groep met de intern begeleider "
            "(Lotte van Dam voor groep 1-4, Ramesh Jagroep voor groep 5-8). We kijken dan naar de toetsen van "
            "het leerlingvolgsysteem en naar ZIEN! voor het sociaal-emotioneel functioneren.")
    _p(doc, "Kinderen die meer nodig hebben dan de groep biedt, krijgen hulp van een van onze vier "
            "onderwijsassistenten in kleine instructiegroepjes. Kinderen die meer aankunnen, gaan één ochtend "
            "per week naar de Plusgroep (groep 4 tot en met 8). Het consultatiebureau van de GGD zit in ons "
            "gebouw; de jeugdverpleegkundige houdt elke twee weken spreekuur, en vroegsignalering bij peuters "
            "loopt via de VVE-coördinator en het consultatiebureau samen. Welke ondersteuning we wel en niet "
            "kunnen bieden, staat uitgebreid in ons schoolondersteuningsprofiel.")
    _p(doc, "Ook medewerkers verschillen, in opleiding, in cao en in werktijden. Daarover meer bij de vraag "
            "wat onze medewerkers nodig hebben.")
    _doelkaart(doc, "Doelkaart 2 – Eén kijklijn van 0 tot 7",
               "Opvang en onderbouw volgen de ontwikkeling van jonge kinderen met één instrument en in één "
               "taal, zodat er bij de overstap naar groep 1 geen informatie verloren gaat.",
               "Invoering van KIJK! 0-7 in de opvang en in groep 1-2; gezamenlijke scholing van pedagogisch "
               "medewerkers en kleuterleerkrachten; warme overdracht voor elk kind uit de eigen opvang.",
               "Scholing in 2025-2026; volledig in gebruik vanaf augustus 2026; evaluatie in juni 2028.",
               "In 2027-2028 is er voor 100 procent van de kinderen die uit onze opvang instromen een warme "
               "overdracht gehouden; alle zes kleuterleerkrachten gebruiken de observaties aantoonbaar in hun "
               "themaplanning.")

    # ---------------- respect ----------------
    doc.add_heading("Hoe bereiken we dat iedereen zich respectvol bejegend voelt?", level=1)
    _p(doc, "Het antwoord van het team op deze vraag was kort: door overal dezelfde taal te spreken. Sinds "
            "2021 is onze basisschool een Vreedzame School; de opvang werkt sinds 2023 met Vreedzame "
            "Kinderopvang. Kinderen leren in alle groepen hoe je een ruzie oplost, hoe je naar elkaar "
            "luistert en hoe je samen beslist. In groep 7 en 8 zijn per groep vier leerlingmediatoren, die "
            "in de pauze helpen bij kleine conflicten. Volwassenen gebruiken dezelfde stappen: ook in een "
            "lastig gesprek met een ouder of een collega geldt ‘eerst luisteren, dan praten’. Met een open "
            "blik kijken we naar de verscheidenheid van kinderen en collega’s.")
    doc.add_heading("Veiligheid", level=2)
    _p(doc, "Elk voorjaar vullen de kinderen van groep 5 tot en met 8 de veiligheidsmonitor in. In 2024 "
            "voelde 91 procent zich (zeer) veilig op school. Negen procent zei de afgelopen maanden te zijn "
            "gepest, vooral online en op het moment van de overgang naar de BSO. Onze anti-pestcoördinator is "
            "Maaike Verstegen. Het veiligheidsplan (2024) beschrijft de protocollen, de meldcode huiselijk "
            "geweld en kindermishandeling, die voor opvang en school gelijk is, en de rol van de "
            "vertrouwenspersoon.")
    doc.add_heading("Burgerschap", level=2)
    _p(doc, "Vreedzaam is voor ons ook burgerschap. De kinderraad, met twee kinderen uit elke groep 5 tot en "
            "met 8, beheert elk jaar een budget van 1.000 euro voor het plein en het Dek, en legt in de "
            "kinderraadkrant verantwoording af aan de andere kinderen. Groep 6 doet elk jaar een wijkproject: "
            "de kinderen onderzoeken een plek in het Homeruskwartier die beter kan en presenteren hun idee aan "
            "de wijkregisseur van de gemeente. In de Vreedzame lessen en bij wereldoriëntatie komen "
            "democratie, grondrechten en samenleven met mensen die anders denken aan bod.")
    _doelkaart(doc, "Doelkaart 3 – Vreedzaam van 0 tot 12",
               "Alle volwassenen in het IKC, in opvang en school, gebruiken dezelfde Vreedzame taal en aanpak "
               "bij conflicten.",
               "Gezamenlijke basistraining voor pedagogisch medewerkers en leerkrachten die nog niet getraind "
               "zijn; één set afspraken en pictogrammen van babygroep tot groep 8; elk jaar in september een "
               "opfrisbijeenkomst voor het hele IKC.",
               "Basistraining in 2025-2026; gezamenlijke afspraken vastgesteld in januari 2026; opfrismoment "
               "elk jaar in september.",
               "In juli 2026 heeft 100 procent van de medewerkers de basistraining gevolgd. In de "
               "veiligheidsmonitor van 2028 voelt ten minste 94 procent van de kinderen zich veilig en zegt "
               "ten hoogste 5 procent te zijn gepest.")

    # ---------------- communicatie ----------------
    doc.add_heading("Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed "
                    "te informeren?", level=1)
    _p(doc, "Wij willen in onze communicatie transparant en toegankelijk zijn. Welke middelen we gebruiken, "
            "wanneer ouders wat horen en hoe we omgaan met vragen en klachten, staat in ons communicatieplan "
            "en in de IKC-gids die elk jaar in augustus verschijnt. Dit onderwerp werken we in dit plan niet "
            "verder uit.")

    # ---------------- innovatie ----------------
    doc.add_heading("Hoe maken we ruimte voor vernieuwing?", level=1)
    _p(doc, "Vernieuwing is bij De Tuimelaar geen project van de directie. We gebruiken de drie horizonten "
            "van de ASG-innovatiestrategie om te kiezen wat we wanneer aanpakken, en we werken op elke "
            "horizon aan één ding tegelijk.")
    _tabel(doc, ["Horizon", "Wat het voor ons betekent", "Ons project 2025-2029"], [
        ["1. Continu verbeteren", "Wat we al doen, elk jaar een stukje beter",
         "Automatiseren bij rekenen: dagelijks tien minuten in groep 3 tot en met 5"],
        ["2. Fundamenteel veranderen", "Anders organiseren en samen leren",
         "Unit 2-6: peutergroep en groepen 1-2 als één leerunit"],
        ["3. Radicaal vernieuwen", "Een vanzelfsprekendheid ter discussie stellen",
         "Pilot ‘Dag van 7 tot 7’: één doorlopend dagritme van opvang, school en BSO"],
    ])
    _p(doc, "In de unit 2-6 werken de peutergroep en de drie kleutergroepen vanaf augustus 2026 samen rond "
            "het Dek. Kinderen spelen en leren in hoeken die per thema worden ingericht; pedagogisch "
            "medewerkers en leerkrachten plannen samen. Peuters die eraan toe zijn, doen mee met activiteiten "
            "van groep 1; kleuters die het nodig hebben, kunnen terug naar de rust van de peutergroep. De "
            "thema’s sluiten aan bij wat jonge kinderen hier bezighoudt: de bouwplaats naast het IKC, het "
            "strand van Almere Poort, de dierenarts om de hoek.")
    _p(doc, "Om dit mogelijk te maken heeft het ontwerpteam twee uur per week per lid, en reserveren we elk jaar "
            "12.000 euro voor materiaal en begeleiding. Plannen die niet werken, stoppen we ook weer: dat "
            "hoort erbij.")
    _doelkaart(doc, "Doelkaart 4 – Unit 2-6",
               "Peuters en kleuters leren in één doorlopende unit met gezamenlijke thema’s en een gezamenlijke "
               "planning van pedagogisch medewerkers en leerkrachten.",
               "Ontwerpjaar 2025-2026 met het ontwerpteam; verbouwing van twee lokalen tot open speelleerzone "
               "in de zomer van 2026; zes keer per jaar een gezamenlijke themaplanning.",
               "Start van de unit in augustus 2026; evaluatie met ouders en team in juni 2027 en juni 2028.",
               "In 2027-2028 worden alle zes thema’s samen gepland; op KIJK! ontwikkelt ten minste 80 procent "
               "van de kinderen in de unit zich op taal op of boven leeftijdsniveau (nulmeting 2025-2026).")
    _doelkaart(doc, "Doelkaart 5 – Pilot ‘Dag van 7 tot 7’",
               "Onderzoeken of een doorlopend dagarrangement, waarin opvang, onderwijs en BSO in één dagritme "
               "samengaan, kinderen meer rust en gezinnen meer ruimte geeft.",
               "Pilot met één groep 3-4 en de BSO van Kwetternest; een vaste pedagogisch medewerker is ’s "
               "middags in de klas; studenten van Windesheim onderzoeken de ervaringen van kinderen en ouders.",
               "Voorbereiding 2026-2027; pilot in 2027-2028; besluit over vervolg in mei 2028.",
               "Ouders en kinderen van de pilotgroep waarderen het dagritme gemiddeld met een 7,5 of hoger; het "
               "aantal overdrachtsmomenten per kind per dag daalt van vier naar twee.")

    # ---------------- onderzoekende houding ----------------
    doc.add_heading("Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?", level=1)
    _p(doc, "Vanaf groep 3 werken de kinderen op vier middagen per week aan wereldoriëntatie, techniek en "
            "kunst in de vorm van onderzoekend en ontwerpend leren (OOL). Per thema van zes weken stellen ze "
            "een eigen vraag, doen ze onderzoek of bouwen ze een ontwerp, en presenteren ze het resultaat aan "
            "hun ouders. In het Atelier, onze makersruimte, staan een 3D-printer, gereedschap en een "
            "programmeerhoek. Digitale geletterdheid (programmeren, mediawijsheid en informatie zoeken) wordt "
            "vanaf 2026 een eigen leerlijn binnen OOL, omdat kinderen die vaardigheden later overal nodig "
            "hebben.")
    _p(doc, "Ook het team onderzoekt. Het ontwerpteam (twee kleuterleerkrachten, twee pedagogisch "
            "medewerkers, een leerkracht uit de bovenbouw en een IB’er) werkt in een vaste cyclus: vraag, "
            "uitproberen, terugkijken. Eén keer per maand bezoeken leerkrachten elkaars OOL-middag en "
            "bespreken ze wat ze zagen. En elk jaar kiest het team één nieuw inzicht uit onderzoek dat we "
            "samen lezen en in de praktijk uitproberen; vorig jaar ging dat over spel en taalontwikkeling "
            "bij peuters.")
    _doelkaart(doc, "Doelkaart 6 – Onderzoekend en ontwerpend leren in groep 3-8",
               "Alle groepen 3 tot en met 8 werken met OOL, met een doorlopende leerlijn voor onderzoeken, "
               "ontwerpen en digitale geletterdheid.",
               "Leerlijn opstellen met het ontwerpteam en een externe begeleider; inrichting van het Atelier "
               "afmaken; maandelijkse collegiale lesbezoeken.",
               "Leerlijn klaar in juni 2026; volledig in gebruik in 2026-2027; evaluatie in juni 2028.",
               "In 2027-2028 sluiten alle groepen 3-8 elk thema af met een presentatie voor ouders. In de "
               "leerlingpeiling van 2028 zegt ten minste 80 procent van de kinderen uit groep 5-8 dat ze vaak "
               "zelf iets mogen uitzoeken (nulmeting 2025: 54 procent).")

    # ---------------- onderwijsprogramma ----------------
    doc.add_heading("Hoe sluit ons onderwijs aan bij wat kinderen nodig hebben?", level=1)
    _p(doc, "Ons aanbod heeft drie lagen: ’s ochtends de basis (taal, lezen en rekenen), ’s middags "
            "onderzoekend en ontwerpend leren, en door de hele dag heen de Vreedzame aanpak.")
    _lijst(doc, [
        "Kinderdagverblijf en peutergroep: VVE-programma Uk & Puk; peuters met een VVE-indicatie komen vier "
        "dagdelen per week.",
        "Groep 1-2 (vanaf 2026 in de unit 2-6): thematisch werken vanuit spel, met de doelen uit de "
        "leerlijnen jonge kind.",
        "Lezen: Lijn 3 in groep 3, daarna Karakter voor technisch en begrijpend lezen.",
        "Rekenen: Getal & Ruimte Junior, aangevuld met dagelijks automatiseren.",
        "Taal en spelling: Staal.",
        "Engels: vanaf groep 1, een kwartier per dag in groep 1-4 en een uur per week in groep 5-8.",
        "Bewegingsonderwijs: twee lessen per week door de vakleerkracht.",
    ])
    _tabel(doc, ["Onderdeel (uren per week)", "Groep 3-4", "Groep 5-6", "Groep 7-8"], [
        ["Taal en lezen", "8", "7", "6,5"],
        ["Rekenen", "5", "5", "5"],
        ["OOL: wereldoriëntatie, techniek, kunst", "5,5", "6,5", "7"],
        ["Vreedzame School en burgerschap", "1", "1", "1"],
        ["Engels", "1,25", "1", "1"],
        ["Bewegingsonderwijs", "1,5", "1,5", "1,5"],
    ])
    _p(doc, "Met de methodes en de OOL-leerlijn dekken we alle kerndoelen; een kerndoelenmatrix laat per "
            "vak zien waar elk kerndoel terugkomt, en die matrix controleren we elk jaar in juni. Voor taal en "
            "rekenen gebruiken we de referentieniveaus als eindpunt: in de groepsplannen staat per kind of "
            "het op koers ligt voor 1F, 2F of 1S. De resultaten van de doorstroomtoets en de tussenresultaten "
            "staan in ons jaarverslag.")

    # ---------------- ambitie ----------------
    doc.add_heading("Hoe bevorderen we eigenaarschap en ambitie?", level=1)
    _p(doc, "Wij hebben hoge verwachtingen van onze kinderen en van elkaar, en we geven altijd het beste van "
            "onszelf. Hoe we dat de komende jaren concreter maken, bijvoorbeeld met portfolio’s of "
            "kindgesprekken, is voor het team nog een open vraag. We komen erop terug in het jaarplan "
            "2026-2027.")

    # ---------------- medewerkers ----------------
    doc.add_heading("Wat hebben onze medewerkers nodig?", level=1)
    _p(doc, "In het IKC werken 48 mensen: 31 in het onderwijs (19 leerkrachten, twee IB’ers, vier "
            "onderwijsassistenten, een vakleerkracht gym, administratie, conciërge en directie) en 17 "
            "pedagogisch medewerkers van Kwetternest. Ze werken onder twee cao’s en bij twee werkgevers, maar "
            "voor kinderen en ouders zijn ze één team. Welbevinden van ons team vinden we belangrijk. Bij ons "
            "is de jaarlijkse gesprekscyclus, net als in heel ASG, geïmplementeerd.")
    _p(doc, "Scholing doen we zoveel mogelijk samen: pedagogisch medewerkers en leerkrachten volgen samen de "
            "trainingen voor Vreedzaam en KIJK! (doelkaarten 2 en 3). Daarnaast volgen alle leerkrachten van "
            "groep 3 tot en met 8 in 2025-2026 de ASG Academie-module ‘Onderzoekend leren in de praktijk’, "
            "als voorbereiding op de OOL-leerlijn.")
    _p(doc, "Op dit moment werken er twee zij-instromers bij ons, in groep 4 en groep 6; een derde begint in "
            "augustus 2025. Zij hebben elk een coach uit het team met twee uur per week, lopen de eerste "
            "maand mee in een andere groep en volgen het zij-instroomtraject bij Windesheim.")
    _doelkaart(doc, "Doelkaart 7 – Zij-instromers naar hun bevoegdheid",
               "Alle zij-instromers en andere collega’s zonder bevoegdheid halen binnen de afgesproken termijn "
               "hun bevoegdheid.",
               "Een coach per zij-instromer (twee uur per week); elke zes weken een lesbezoek; een vrije "
               "studiedag in de toetsweken.",
               "Doorlopend; de huidige twee zij-instromers ronden af vóór augustus 2027, de nieuwe collega "
               "vóór augustus 2028.",
               "In juli 2028 werkt er bij ons geen leerkracht zonder bevoegdheid die geen opleidingstraject "
               "volgt; 100 procent van de zij-instromers rondt het traject af.")
    _p(doc, "Tussen opvang en school bestaat sinds 2024 de combinatiebaan pedagogisch medewerker en "
            "onderwijsassistent: ’s ochtends werkt iemand als onderwijsassistent in groep 1-2, ’s middags op de "
            "BSO. Twee pedagogisch medewerkers werken zo; een van hen begint dit jaar aan de pabo. Leerkrachten "
            "van andere ASG-scholen die willen overstappen naar het jonge kind, kunnen vier weken meelopen in "
            "onze onderbouw.")
    _doelkaart(doc, "Doelkaart 8 – Combinatiebanen opvang en school",
               "Meer mensen met een volledige en aantrekkelijke baan in het IKC, zodat vacatures in opvang én "
               "onderwijs sneller vervuld worden.",
               "Combinatiefuncties pedagogisch medewerker en onderwijsassistent, samen met Kwetternest en de "
               "gemeente Almere; een opleidingsplek voor pedagogisch medewerkers die naar de pabo willen.",
               "Van twee combinatiebanen nu naar vier in 2026-2027 en zes in 2027-2028.",
               "Zes combinatiebanen in 2027-2028; de gemiddelde doorlooptijd van een vacature in de opvang is "
               "korter dan acht weken (2024: veertien weken).")

    # ---------------- delen en ontmoeten ----------------
    doc.add_heading("Hoe delen we kennis en ontmoeten we elkaar?", level=1)
    _p(doc, "Een IKC kan veel leren van andere kindcentra en scholen binnen ASG, en andersom. Het team gaat "
            "naar de ASG-brede studiedag, en collega’s bezoeken geregeld de lezingen van ‘Een avondje uit met "
            "ASG’. Nieuwe collega’s gaan naar ASG Start. De IKC-directeur neemt deel aan de leergemeenschap "
            "van IKC-directeuren, de IB’ers aan het IB-netwerk van het primair onderwijs.")
    _p(doc, "Onze bouwcoördinator onderbouw zit in de ASG-werkgroep jonge kind, waarin kindcentra hun aanpak "
            "van de overgang van opvang naar school vergelijken en elkaars materialen gebruiken. Wat het "
            "ontwerpteam leert over de unit 2-6, delen we op de studiedag en in die werkgroep, zodat andere "
            "scholen niet opnieuw het wiel hoeven uit te vinden.")
    _p(doc, "Voor vragen over personeel, huisvesting en financiën weten we de weg naar het servicebureau: we "
            "hebben een vaste HR-adviseur en een vaste contactpersoon huisvesting, die ons gebouw en onze "
            "samenwerking met Kwetternest kennen.")

    # ---------------- ouders ----------------
    doc.add_heading("Welke rol geven wij ouders bij het leerproces van hun kind?", level=1)
    _p(doc, "Ouders kennen hun kind het best, zeker in de eerste vier jaar. In de opvang is het korte gesprek "
            "bij het halen en brengen de belangrijkste plek om te delen wat een kind bezighoudt. Ouders van "
            "VVE-peuters komen elke zes weken naar een spelinloop, waarin de pedagogisch medewerker laat zien "
            "hoe je thuis met het thema kunt spelen.")
    _p(doc, "Op school begint elk jaar met een startgesprek in september, waarin ouders vertellen over hun "
            "kind. Daarna volgen twee voortgangsgesprekken; vanaf groep 5 is het kind daarbij. Bij de "
            "afsluiting van elk OOL-thema zijn ouders welkom bij de presentaties. Ouders van groep 3 krijgen in "
            "oktober een leesavond over thuislezen.")
    _doelkaart(doc, "Doelkaart 9 – Ouders als leespartner",
               "Ouders van peuters en van kinderen in groep 1 tot en met 4 lezen vaker voor en weten hoe ze het "
               "lezen van hun kind kunnen steunen.",
               "Spelinloop met voorleesmoment elke zes weken in opvang en unit; een leestas met boek en tips "
               "die wekelijks mee naar huis gaat; leesavond voor ouders van groep 3.",
               "Spelinloop vanaf 2025-2026; leestas vanaf januari 2026.",
               "In de ouderpeiling van 2027 en 2029 zegt ten minste 75 procent van de ouders van kinderen tot "
               "en met groep 4 dat zij minstens vier keer per week voorlezen (nulmeting 2025: 58 procent); de "
               "opkomst bij de spelinloop is minimaal 70 procent.")

    # ---------------- medezeggenschap ----------------
    doc.add_heading("Hoe geven we ruimte en betekenis aan medezeggenschap?", level=1)
    _p(doc, "Het IKC heeft twee formele organen: de MR van de basisschool (drie ouders en drie "
            "personeelsleden) en de oudercommissie van Kwetternest (vijf ouders). Sinds 2024 vergaderen zij "
            "twee keer per jaar samen als IKC-raad, over onderwerpen die opvang en school allebei raken: het "
            "dagritme, de unit 2-6, het gebouw. De directeur bespreekt plannen met de IKC-raad als ze nog in "
            "de ideeënfase zijn. Bij dit plan kwam het idee voor de leestas (doelkaart 9) uit de IKC-raad van "
            "maart 2025.")

    # ---------------- partners ----------------
    doc.add_heading("Hoe vertaalt de samenwerking met partners uit de buurt zich voor onze kinderen?", level=1)
    _p(doc, "Wij werken nauw samen met maatschappelijke partners in de nabije omgeving. Voor onze kinderen "
            "betekent dat het volgende:")
    _tabel(doc, ["Partner", "Wat het kinderen oplevert"], [
        ["Kinderopvang Kwetternest", "Opvang 0-4, peutergroep en BSO in één gebouw, met één pedagogische lijn"],
        ["Consultatiebureau GGD Flevoland", "Vroegsignalering, VVE-indicaties en spreekuur van de "
                                            "jeugdverpleegkundige in het IKC"],
        ["Nieuwe Bibliotheek Almere", "Bibliotheek op het Dek en een leesconsulent voor opvang en school"],
        ["De Schoor, buurtcentrum Homeruskwartier", "Naschoolse activiteiten en samen werken aan een "
                                                    "Vreedzame Wijk"],
        ["Buurtsportcoach en sportverenigingen in Poort", "Kennismaken met sport na schooltijd"],
        ["Zelfbouwers en ondernemers uit de wijk", "Gastlessen en opdrachten voor het Atelier"],
    ])
    _doelkaart(doc, "Doelkaart 10 – Vreedzame Wijk Homeruskwartier",
               "De Vreedzame aanpak loopt door buiten ons gebouw: op de BSO, in het buurtcentrum en op de "
               "speelplekken in de wijk.",
               "Gezamenlijke training voor jongerenwerkers en vrijwilligers van De Schoor; onze mediatoren uit "
               "groep 7-8 zijn ook actief op het speelplein bij het buurtcentrum; jaarlijks een wijkfeest.",
               "Start in januari 2026; evaluatie in december 2027.",
               "Eind 2027 hebben ten minste 15 medewerkers en vrijwilligers van partners de training gevolgd; "
               "het buurtcentrum gebruikt dezelfde afspraken en pictogrammen als het IKC.")

    doc.add_heading("Welke regionale problemen kunnen we samen met andere partners aanpakken?", level=1)
    _p(doc, "Het personeelstekort in opvang en onderwijs merken we elke week. Samen met Kwetternest en de "
            "gemeente Almere werken we aan combinatiebanen (doelkaart 8). Elk jaar bieden we stageplekken aan "
            "vier pabostudenten van Windesheim en drie mbo-studenten pedagogisch werk van ROC van Flevoland; "
            "twee van onze huidige pedagogisch medewerkers liepen hier eerst stage. Daarnaast zitten we met "
            "de gemeente en twee andere kindcentra in Poort aan tafel over de wachtlijst voor peuterplaatsen "
            "met VVE, omdat de wijk sneller groeit dan het aantal plaatsen.")

    # ---------------- kwaliteit ----------------
    doc.add_heading("Kwaliteit en verantwoording", level=1)
    _p(doc, "Hoe wij de kwaliteit van ons onderwijs bewaken en verbeteren, volgt het kwaliteitsbeleid van ASG "
            "zoals beschreven in het kwaliteitshandboek. Voor de opvang gelden het kwaliteitsbeleid van "
            "Kwetternest en het toezicht van de GGD. De doelkaarten in dit plan werken we elk jaar uit in het "
            "jaarplan van het IKC.")
    _tabel(doc, ["Doelkaart", "2025-2026", "2026-2027", "2027-2028", "2028-2029"], [
        ["1 Warme entree", "gezamenlijke intake", "belrondje", "ouderpeiling", "ouderpeiling"],
        ["2 Kijklijn 0-7", "scholing", "in gebruik", "100% warme overdracht", "borgen"],
        ["3 Vreedzaam 0-12", "basistraining", "afspraken in gebruik", "monitor", "borgen"],
        ["4 Unit 2-6", "ontwerpjaar", "start unit", "evaluatie", "borgen"],
        ["5 Dag van 7 tot 7", "verkennen", "voorbereiding", "pilot", "besluit uitgevoerd"],
        ["6 OOL groep 3-8", "leerlijn", "in gebruik", "evaluatie", "borgen"],
        ["7 Zij-instromers", "coaching", "coaching", "afronding", "—"],
        ["8 Combinatiebanen", "2 banen", "4 banen", "6 banen", "6 banen"],
        ["9 Leespartner", "spelinloop, leestas", "ouderpeiling", "doorgaan", "ouderpeiling"],
        ["10 Vreedzame Wijk", "start training", "training", "evaluatie", "—"],
    ])

    # ---------------- vaststelling ----------------
    doc.add_heading("Vaststelling", level=1)
    _p(doc, "Dit plan is besproken met de MR (positief advies op 10 juni 2025) en met de oudercommissie van "
            "Kwetternest. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op "
            "1 juli 2025.")
    _tabel(doc, ["Functie", "Naam", "Datum en handtekening"], [
        ["IKC-directeur", "Remco Dijkhuizen", ""],
        ["Locatiemanager Kwetternest", "Fatima Ouchan", ""],
        ["Namens het College van Bestuur ASG", "", ""],
    ])

    doc.save(path)
