"""Schoolplan 2025-2029 van Openbare Basisschool De Sleedoorn (Nobelhorst, Almere Hout).

Kleine openbare basisschool van de Almeerse Scholen Groep, één locatie, ongeveer 95 leerlingen
in vier combinatiegroepen. Planperiode: schooljaren 2025-2026 tot en met 2028-2029.
"""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VAST_TIJDSTIP = datetime.datetime(2025, 7, 8, 10, 0, 0)
GROEN = RGBColor(0x3C, 0x5A, 0x2E)


def _taal_nl(doc):
    """Zet de proeftaal van de standaardstijl op Nederlands."""
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(section):
    voet = section.footer
    p = voet.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schoolplan OBS De Sleedoorn 2025-2029  |  pagina ")
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)


def _tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Light Grid Accent 1"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
    # header row herhalen bij paginaovergang
    trpr = t.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    trpr.append(hdr)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = str(tekst)
    doc.add_paragraph()
    return t


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _lijst(doc, items, stijl="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=stijl)


def build(path):
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 OBS De Sleedoorn"
    cp.author = "Jolanda Bruinsma"
    cp.last_modified_by = "Jolanda Bruinsma"
    cp.subject = "Schoolplan"
    cp.keywords = "schoolplan; openbaar; Almere Hout"
    cp.revision = 1
    cp.created = VAST_TIJDSTIP
    cp.modified = VAST_TIJDSTIP
    cp.last_printed = VAST_TIJDSTIP

    # ---------------- titelpagina ----------------
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Schoolplan 2025-2029")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = GROEN
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Openbare Basisschool De Sleedoorn")
    r.font.size = Pt(20)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Nobelhorst, Almere Hout").italic = True
    doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Klein, openbaar en dichtbij")
    for _ in range(8):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Almeerse Scholen Groep\nBRIN 27QH\nVastgesteld juli 2025")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    _paginanummer(doc.sections[0])

    # ---------------- 1 inleiding ----------------
    doc.add_heading("1. Waarom dit plan kort is", level=1)
    _p(doc, "Voor u ligt het schoolplan van OBS De Sleedoorn voor de schooljaren 2025-2026 tot en met "
            "2028-2029. Het is bewust een kort plan. We willen een plan dat we echt gebruiken: in de teamvergadering, in het jaarplan en in het "
            "gesprek met ouders. Daarom beschrijven we niet alles wat al goed gaat, maar vooral wat we de "
            "komende vier jaar willen bereiken en hoe.")
    _p(doc, "Het plan is geschreven door de directeur samen met het team, tijdens twee studiemiddagen in "
            "maart en april 2025. De leerlingenraad heeft verteld wat volgens de kinderen beter kan. De MR heeft het concept twee keer besproken en heeft op "
            "16 juni 2025 ingestemd met dit schoolplan. Daarna heeft het College van Bestuur van de Almeerse "
            "Scholen Groep het plan vastgesteld.")
    _p(doc, "Onze opdracht in één zin: elk kind leert bij ons goed lezen, rekenen en schrijven, leert "
            "zichzelf en de ander kennen en voelt zich thuis in een school die van iedereen is. Op onze school "
            "is iedereen waardevol en wordt iedereen gezien. En we geven altijd het beste van onszelf.")

    # ---------------- 2 onze school ----------------
    doc.add_heading("2. Onze school in Nobelhorst", level=1)
    _p(doc, "De Sleedoorn staat sinds 2016 in Nobelhorst, de jongste wijk van Almere Hout, op loopafstand "
            "van het Almeerderhout. Het gebouw is klein en licht. In de zomer van 2024 kreeg het nieuwe "
            "vensters met driedubbel glas; sindsdien is het in de lokalen eindelijk rustig en warm.")
    _p(doc, "Op 1 oktober 2024 telden we 95 leerlingen. De wijk groeit, maar langzamer dan de gemeente "
            "verwachtte; de prognose is dat we de komende vier jaar tussen de 92 en 105 leerlingen hebben. "
            "Daarom blijven we werken met vier combinatiegroepen.")
    _tabel(doc, ["Groep", "Leerlingen (1-10-2024)", "Leerkracht(en)"], [
        ["1-2", "24", "Iris de Wolf en Hanneke Smit"],
        ["3-4", "23", "Daan Oosterveld"],
        ["5-6", "25", "Noor El Amrani"],
        ["7-8", "23", "Pieter Lans"],
        ["Totaal", "95", ""],
    ])
    _p(doc, "Onze schoolweging is 28,1 (landelijk gemiddelde "
            "30). Onze leerlingen hebben samen veertien nationaliteiten; bij ongeveer één op de zes kinderen "
            "wordt thuis ook een andere taal dan Nederlands gesproken.")
    _p(doc, "Het team bestaat uit negen mensen (samen 6,8 fte): directeur Jolanda Bruinsma, intern "
            "begeleider Sevda Kaplan (0,4 fte), vijf leerkrachten, onderwijsassistent Bram Hoekstra en "
            "conciërge-administratief medewerker Ton Rietveld.")

    # ---------------- 3 openbaar ----------------
    doc.add_heading("3. Openbaar: een school van iedereen", level=1)
    _p(doc, "De Sleedoorn is een openbare school. Dat is voor ons geen etiket op de gevel, maar iets wat "
            "kinderen en ouders elke week kunnen merken. We maken het concreet met vijf afspraken.")
    _lijst(doc, [
        "Iedereen is welkom. Wij laten elk kind toe, ongeacht geloof, afkomst of wat ouders kunnen "
        "betalen. De ouderbijdrage (€ 35) is echt vrijwillig: geen kind mist het schoolreisje omdat er "
        "niet betaald is.",
        "Kinderen leren over geloven en levensbeschouwingen. In groep 5 tot en met 8 werken we twee keer "
        "per jaar zes weken aan geestelijke stromingen (kerndoel 38). We bezoeken een kerk, een moskee en "
        "de hindoestaanse tempel in Almere Buiten, en ouders vertellen in de klas over hun eigen feesten.",
        "Ouders kiezen zelf voor GVO of HVO. Vanaf groep 5 krijgen kinderen van wie de ouders dat willen "
        "wekelijks drie kwartier godsdienstig of humanistisch vormingsonderwijs van een vakdocent. In "
        "2024-2025 deden 21 kinderen mee (12 HVO, 6 protestants-christelijk, 3 islamitisch). De andere "
        "kinderen filosoferen in die tijd met hun leerkracht.",
        "Wij vieren feesten uit verschillende tradities. Kerst, Suikerfeest, Divali en Keti Koti staan op "
        "de jaarkalender; kinderen uit de groep vertellen wat het feest voor hun familie betekent.",
        "Leerkrachten zijn neutraal in hun rol, maar niet zonder mening. Wie als kind een vraag stelt over "
        "geloof of politiek, krijgt een eerlijk antwoord, met de uitleg dat anderen er anders over denken. "
        "Eén keer per jaar oefent het team op een studiemiddag met lastige situaties uit de eigen praktijk.",
    ], stijl="List Number")
    _p(doc, "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen. In de weekopening op "
            "maandag vertelt steeds een ander kind over iets waar het thuis trots op is: een taal, een "
            "recept, een oom die in een ander land woont. Zo leren kinderen dat verschillen gewoon zijn.")
    _p(doc, "Respect is bij ons geen poster, maar een afspraak. De drie Sleedoornregels (‘we zijn zuinig op "
            "elkaar, op onze spullen en op de natuur’) gelden voor kinderen, team én ouders. Is er een "
            "conflict tussen ouders en school, dan spreken we elkaar binnen twee werkdagen persoonlijk, "
            "niet via de app.")
    _p(doc, "Wat we in deze periode willen bereiken: in het schooljaar 2026-2027 is de leerlijn geestelijke "
            "stromingen voor groep 1 tot en met 8 beschreven en in gebruik. In 2028 heeft elk kind dat onze school verlaat ten minste drie "
            "gebedshuizen bezocht. Pieter Lans is hiervan eigenaar.")

    # ---------------- 4 onderwijs ----------------
    doc.add_heading("4. Ons onderwijs", level=1)
    doc.add_heading("4.1 Leren in de combinatiegroep", level=2)
    _p(doc, "In een combinatiegroep werken twee jaargroepen in één lokaal. Dat vraagt een strakke "
            "organisatie. Wij werken met expliciete directe instructie (EDI): de leerkracht geeft instructie "
            "aan de ene jaargroep terwijl de andere zelfstandig werkt, met het stoplicht op tafel. Bij "
            "wereldoriëntatie, muziek en gym werken beide jaargroepen samen aan hetzelfde thema. Oudere "
            "kinderen helpen jongere; dat is een kracht.")
    _lijst(doc, [
        "Groep 1-2: thematisch werken vanuit spel, gevolgd met de leerlijnen jonge kind in ParnasSys.",
        "Lezen en taal: Veilig leren lezen in groep 3, Staal voor taal en spelling in groep 4 tot en met 8, "
        "Nieuwsbegrip voor begrijpend lezen.",
        "Rekenen: Wereld in Getallen 5.",
        "Wereldoriëntatie: Blink Wereld, in een cyclus van twee jaar, zodat kinderen in een combinatiegroep "
        "elk thema één keer krijgen.",
        "Bewegingsonderwijs: twee lessen per week van een vakleerkracht.",
    ])
    _p(doc, "De methodes dekken samen de kerndoelen; in 2024 hebben we dat per vak nagelopen met het "
            "kerndoelenoverzicht van SLO. Voor taal en rekenen sturen we op de referentieniveaus: aan het "
            "eind van groep 8 haalt elk kind ten minste 1F, en zoveel mogelijk kinderen 2F of 1S.")
    _p(doc, "Het Almeerderhout ligt naast de deur, en dat gebruiken we. Elke groep gaat minstens zes keer per "
            "jaar het bos in voor een les rekenen, taal of natuur, met lesmateriaal van Staatsbosbeheer. Bij "
            "de Blink-thema’s kiezen kinderen zelf een onderzoeksvraag die bij hen past, en de groepen 7-8 "
            "presenteren hun onderzoek aan de ouders.")

    doc.add_heading("4.2 Resultaten en ambitie", level=2)
    _p(doc, "De tabel geeft het percentage leerlingen van groep 8 dat op de eindtoets of doorstroomtoets het "
            "referentieniveau haalde.")
    _tabel(doc, ["Jaar", "Leerlingen", "Lezen 1F", "Lezen 2F", "Taalverz. 1F", "Taalverz. 2F",
                 "Rekenen 1F", "Rekenen 1S"], [
        ["2022", "12", "100%", "67%", "100%", "58%", "92%", "42%"],
        ["2023", "9", "100%", "56%", "89%", "67%", "89%", "33%"],
        ["2024", "11", "100%", "55%", "100%", "64%", "91%", "36%"],
    ])
    _p(doc, "Bij het laatste inspectiebezoek (2022) was het oordeel over onze resultaten voldoende, en alle "
            "drie de jaren liggen we boven de signaleringswaarden. Omdat onze groepen klein zijn, zegt één "
            "jaar weinig; wij kijken altijd naar drie jaar samen.")
    _p(doc, "Toch vinden we 55 procent op 2F lezen te laag voor onze leerlingen. We leggen de lat hoger: in "
            "2028 leest ten minste 65 procent van onze schoolverlaters op niveau 2F, gemeten als gemiddelde "
            "over drie jaar. Daarvoor lezen de groepen 4 tot en met 8 vanaf 2025-2026 elke dag een halfuur "
            "in echte boeken, met daarna een kort gesprek over de tekst, en krijgt elk kind dat in groep 6 "
            "onder het verwachte niveau leest een leesmaatje uit groep 8. We zeggen het ook tegen de "
            "kinderen zelf: jij kunt meer dan je denkt.")

    doc.add_heading("4.3 Burgerschap", level=2)
    _p(doc, "Burgerschap oefenen we vooral in het klein. De leerlingenraad (zes kinderen uit groep 5 tot en "
            "met 8) vergadert zes keer per jaar met de directeur en beslist mee over het schoolplein en over "
            "de besteding van de opbrengst van de kerstmarkt. Groep 7-8 houdt elk voorjaar een debat over een "
            "vraag uit de wijk, bijvoorbeeld over de nieuwe speelplek aan de bosrand, en stuurt de uitkomst "
            "naar de wijkwethouder. Over democratie, rechtsstaat en verschillen tussen mensen leren kinderen "
            "in Blink en in de lessen geestelijke stromingen (hoofdstuk 3).")

    # ---------------- 5 zicht, ondersteuning, veiligheid ----------------
    doc.add_heading("5. Zicht op elk kind", level=1)
    _p(doc, "Drie keer per jaar bespreekt elke leerkracht zijn of haar groep met intern begeleider Sevda "
            "Kaplan: wie groeit, wie stokt, wie heeft meer uitdaging nodig? We gebruiken daarbij de toetsen "
            "van Boom LVS en de observaties van de leerkracht zelf. Vanaf groep 5 heeft elk kind twee keer "
            "per jaar een kort kindgesprek met de leerkracht over zijn eigen doelen.")
    _p(doc, "In de basisondersteuning bieden we extra instructie in de groep, een rekengroepje bij de "
            "onderwijsassistent, een plusgroep op woensdagochtend voor kinderen uit groep 5 tot en met 8 die "
            "meer aankunnen, en begeleiding bij dyslexie. Onze grens ligt waar een kind langdurig een eigen "
            "programma buiten de groep nodig heeft of veel één-op-één begeleiding. Dat kunnen we met vier "
            "combinatiegroepen en één onderwijsassistent niet goed bieden. De volledige beschrijving staat in "
            "ons schoolondersteuningsprofiel (vastgesteld in 2024).")
    _p(doc, "Lukt het ons niet, dan zoeken we samen met de ouders en het Samenwerkingsverband Passend "
            "Onderwijs Almere een plek die wel past. De afgelopen drie jaar is dat twee keer gebeurd; beide "
            "kinderen gaan nu naar een school voor speciaal basisonderwijs in de stad.")
    _p(doc, "Veiligheid meten we elk jaar: de kinderen van groep 6 tot en met 8 vullen in maart de "
            "vragenlijst sociale veiligheid in via Vensters. In 2024 voelde 94 procent zich veilig in de "
            "klas, maar op het plein was dat 88 procent. Het plein is dus ons aandachtspunt. Vanaf 2025-2026 "
            "loopt er in elke pauze een pleinwacht met een hesje en komen er twee rustige hoeken. Ons doel is "
            "dat in 2027 ten minste 93 procent van de kinderen zich ook op het plein veilig voelt. In alle "
            "groepen werken we met de Kanjertraining. Bram Hoekstra is anti-pestcoördinator, Sevda Kaplan "
            "aandachtsfunctionaris voor de meldcode.")

    # ---------------- 6 team ----------------
    doc.add_heading("6. Ons team", level=1)
    _p(doc, "Elk teamlid heeft in het najaar een ontwikkelgesprek en in het voorjaar een voortgangsgesprek; "
            "eens in de drie jaar is er een beoordelingsgesprek. De directeur bezoekt elke leerkracht twee "
            "keer per jaar in de klas, met een kijkwijzer voor instructie in de combinatiegroep. De afspraken "
            "komen in het digitale personeelsdossier.")
    _p(doc, "Ieder teamlid kiest elk jaar zelf een leervraag die past bij de school en bij zichzelf, en "
            "werkt daaraan met een cursus, vakliteratuur of een coachingstraject. In 2025-2026 volgen alle "
            "leerkrachten de ASG Academie-cursus ‘Lesgeven in de combinatiegroep’, en Iris de Wolf rondt de "
            "opleiding jonge-kindspecialist af. Onze medewerkers nemen deel aan leergemeenschappen en "
            "netwerken en dragen bij aan de leercultuur.")
    _p(doc, "Noor El Amrani begon in 2024 als zij-instromer. Zij heeft een vaste coach (Pieter Lans, met twee "
            "uur per week daarvoor vrij geroosterd), volgt het zij-instroomtraject van Windesheim in Almere en "
            "heeft in de zomer van 2026 haar bevoegdheid.")
    _p(doc, "De werkdrukmiddelen besteden we, op voorstel van het team, aan onderwijsassistent Bram Hoekstra "
            "(vier dagen per week). Hanneke Smit (61) gebruikt haar uren duurzame inzetbaarheid om op vrijdag "
            "vrij te zijn; Iris neemt dan de kleutergroep. Zo houden we het werk vol, ook in een latere fase "
            "van de loopbaan. Ook willen wij nieuwsgierig blijven naar nieuwe inzichten, zodat ons onderwijs "
            "eigentijds blijft.")

    # ---------------- 7 ouders en partners ----------------
    doc.add_heading("7. Ouders en partners", level=1)
    doc.add_heading("7.1 Welkom op De Sleedoorn", level=2)
    _p(doc, "Iedere ochtend staan de leerkrachten om 8.20 uur bij de deur van hun lokaal en begroeten elk "
            "kind. Ouders van groep 1-2 lopen tot de bel mee naar binnen. Vanaf 2025-2026 krijgt elk nieuw "
            "gezin een rondleiding van twee leerlinggidsen uit groep 7-8, en na zes weken een belletje van de "
            "leerkracht: hoe gaat het? In de oudervragenlijst van 2024 gaf 84 procent van de ouders aan zich "
            "welkom te voelen. In de vragenlijst van 2027 willen we dat dit ten minste 90 procent is.")
    doc.add_heading("7.2 Ouders en het leren van hun kind", level=2)
    _p(doc, "Twee keer per jaar, in oktober en maart, houden we driehoeksgesprekken: kind, ouders en "
            "leerkracht bespreken samen wat goed gaat en wat het volgende doel is. Ouders van kleuters "
            "krijgen elke zes weken een themabrief met drie spelletjes voor thuis; in groep 3 en 4 gaat "
            "elke week een boekentas mee naar huis. Nu komt ongeveer 75 procent van de ouders naar het "
            "voorjaarsgesprek. Ons doel: in 2026-2027 is ten minste 90 procent van de ouders bij beide "
            "driehoeksgesprekken aanwezig.")
    _p(doc, "Ouders weten wat er speelt via Parro: per groep elke vrijdag een kort weekbericht met foto’s, "
            "en elke maand de Sleedoornpost van de directeur. We schrijven in eenvoudig Nederlands en "
            "vertalen belangrijke brieven op verzoek. Op de eerste woensdag van de maand staan de lokalen van "
            "8.30 tot 9.00 uur open voor ouders.")
    _p(doc, "De MR bestaat uit twee ouders en twee teamleden en vergadert zes keer per jaar. De directeur "
            "legt plannen vroeg voor, ook als er nog geen instemming nodig is, zoals de indeling van de "
            "combinatiegroepen en de besteding van de werkdrukmiddelen. In februari bespreekt de MR elk jaar "
            "de tussenstand van het jaarplan.")
    doc.add_heading("7.3 Partners in de wijk", level=2)
    _lijst(doc, [
        "BSO De Notenkraker, in ons gebouw: overleg over kinderen die tussen school en opvang wisselen, en "
        "een gezamenlijk plein. In 2026 hebben we samen één blad met pedagogische afspraken.",
        "De Bibliotheek op school (Nieuwe Bibliotheek Almere): een leesconsulent komt vier keer per jaar, "
        "en de schoolbibliotheek wordt twee keer per jaar ververst.",
        "Staatsbosbeheer: natuurlessen in het Almeerderhout.",
        "Korfbalvereniging De Houtrakkers en de buurtsportcoach: clinics en naschools sporten.",
        "Sociaal wijkteam Almere Hout en de jeugdverpleegkundige van de GGD Flevoland: een maandelijks "
        "spreekuur op school voor ouders.",
    ])

    # ---------------- 8 kwaliteitszorg ----------------
    doc.add_heading("8. Hoe we de kwaliteit bewaken", level=1)
    _p(doc, "Onze kwaliteitszorg is klein, maar volgt elk jaar dezelfde cyclus:")
    _lijst(doc, [
        "Jaarplan (juli): de doelen uit dit schoolplan, verdeeld over het schooljaar, met een eigenaar per "
        "doel.",
        "Trendanalyse (februari en juni): de intern begeleider en de directeur analyseren de toetsresultaten "
        "per groep en over drie jaar, en bespreken die met het team.",
        "Tussenevaluatie (februari): team en MR kijken naar de stand van het jaarplan en stellen bij.",
        "Vragenlijsten: leerlingen elk jaar, ouders en team om het jaar.",
        "Jaarverslag (oktober): wat hebben we bereikt en wat nemen we mee naar het volgende jaar.",
        "Kwaliteitsgesprek met het bestuur: twee keer per jaar, op basis van de kwartaalrapportage.",
    ])
    _tabel(doc, ["Schooljaar", "Wat we doen"], [
        ["2025-2026", "Dagelijks halfuur lezen groep 4-8; leerlinggidsen; pleinwacht en rustige hoeken; "
                      "cursus combinatiegroep"],
        ["2026-2027", "Leerlijn geestelijke stromingen in gebruik; 90% ouders bij driehoeksgesprekken; "
                      "Noor El Amrani bevoegd; afsprakenblad met De Notenkraker"],
        ["2027-2028", "93% veilig op het plein; 90% ouders voelt zich welkom"],
        ["2028-2029", "65% 2F lezen (gemiddelde drie jaar); evaluatie en nieuw schoolplan"],
    ])

    # ---------------- vaststelling ----------------
    doc.add_heading("Vaststelling", level=1)
    _p(doc, "Instemming medezeggenschapsraad: 16 juni 2025.")
    _p(doc, "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep: 8 juli 2025.")
    _tabel(doc, ["Namens", "Naam", "Handtekening"], [
        ["De school", "Jolanda Bruinsma, directeur", ""],
        ["De MR", "Koen Wijnands, voorzitter", ""],
    ])

    doc.save(path)
