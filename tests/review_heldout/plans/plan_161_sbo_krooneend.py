# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van SBO De Krooneend (Almere), opgebouwd langs de vensters van ASG Koers 22."""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

SCHOOL = "SBO De Krooneend"


# ---------------------------------------------------------------- hulpfuncties

def _taal_nl(doc):
    """Zet de proeftaal van de standaardstijlen op Nederlands."""
    for naam in ("Normal", "Heading 1", "Heading 2", "Title", "List Bullet"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")
        lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(doc):
    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan 2025-2029 SBO De Krooneend  |  pagina ")
    run = voet.add_run()
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


def _kop_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = t.rows[0].cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
    _kop_herhalen(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    for rij in t.rows:
        for cel in rij.cells:
            for p in cel.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
    doc.add_paragraph()
    return t


def alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def opsomming(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def vraag(doc, tekst, alineas, punten=None):
    doc.add_heading(tekst, level=2)
    for a in alineas:
        alinea(doc, a)
    if punten:
        opsomming(doc, punten)


# ---------------------------------------------------------------- inhoud

DOELKOP = ["Doel", "Wat doen we", "Wanneer", "Meetbaar resultaat", "Eigenaar"]


def voorblad(doc):
    doc.add_paragraph("Schoolplan 2025 – 2029", style="Title")
    p = doc.add_paragraph()
    r = p.add_run(SCHOOL)
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    alinea(doc, "Openbare school voor speciaal basisonderwijs in de Muziekwijk, Almere Stad")
    alinea(doc, "Onderdeel van de Almeerse Scholen Groep (ASG)")
    alinea(doc, "Planperiode: 1 augustus 2025 tot en met 31 juli 2029")
    alinea(doc, "Instemming medezeggenschapsraad: 2 juni 2025 – vastgesteld door het College van Bestuur: 24 juni 2025")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def hoofdstuk1(doc):
    doc.add_heading("1. Inleiding en schoolprofiel", level=1)

    doc.add_heading("Over dit plan", level=2)
    alinea(doc, "Voor u ligt het schoolplan van SBO De Krooneend voor de schooljaren 2025-2026 tot en met "
                "2028-2029. Het plan beschrijft hoe wij de komende vier jaar werken aan goed onderwijs voor "
                "kinderen voor wie het reguliere basisonderwijs (nog) niet paste. We volgen de vier vensters "
                "van de koers van de Almeerse Scholen Groep: per venster een hoofdstuk, met daarin de centrale "
                "vragen van het bestuur en ons antwoord. Die antwoorden hebben we met het team gemaakt op de "
                "studiedagen van 14 oktober 2024 en 3 februari 2025. Daarnaast hebben we twee ouderpanels "
                "(november 2024) en de leerlingenraad gehoord. Waar een vraag vooral over het bestuur gaat, "
                "zeggen we dat ook; niet elke vraag is voor een school van 170 kinderen even belangrijk.")
    alinea(doc, "Aan het eind van elk venster staan onze doelen in een tabel. Die tabellen zijn de basis voor "
                "de jaarplannen. Elk jaar in juni evalueren we ze in het jaarverslag en stellen we ze zo nodig bij.")

    doc.add_heading("De school in het kort", level=2)
    tabel(doc, ["Kenmerk", "Gegevens"], [
        ["Naam", "SBO De Krooneend"],
        ["BRIN", "31KN"],
        ["Sector en soort", "Primair onderwijs, speciaal basisonderwijs (sbo)"],
        ["Denominatie", "Openbaar"],
        ["Ligging", "Muziekwijk, Almere Stad"],
        ["Directeur", "Hanneke Verbrugge"],
        ["Intern begeleiders", "Ruud Kamphorst (onder- en middenbouw), Naima El Khattabi (bovenbouw)"],
        ["Leerlingen (1 oktober 2024)", "172 leerlingen in 12 groepen, waarvan 2 instroomgroepen (4-7 jaar)"],
        ["Medewerkers", "38 medewerkers, samen 27,6 fte"],
        ["Samenwerkingsverband", "Passend Onderwijs Almere"],
        ["Laatste inspectiebezoek", "Vierjaarlijks onderzoek maart 2023: basistoezicht, alle standaarden voldoende"],
    ])

    alinea(doc, "Onze leerlingen komen van 23 verschillende basisscholen uit Almere Stad, Almere Haven en "
                "Almere Poort. Ze zijn bij instroom gemiddeld 8 jaar en 5 maanden oud en hebben meestal al een "
                "lange weg achter de rug: gemiddeld twee schoolwisselingen, soms een periode thuis. 71 procent "
                "is jongen. Bij 44 procent wordt thuis (ook) een andere taal dan Nederlands gesproken. Bij 39 "
                "procent van de kinderen is op het moment van plaatsing jeugdhulp betrokken, vaak van meer dan "
                "één organisatie. Ongeveer de helft van onze leerlingen heeft een combinatie van leer- en "
                "gedragsvragen; bij een kwart spelen taalontwikkeling of een laag ontwikkelingsperspectief "
                "de hoofdrol.")
    alinea(doc, "In juli 2024 verlieten 26 leerlingen onze school. Zeven gingen naar het praktijkonderwijs, "
                "dertien naar vmbo basis- of kaderberoepsgericht (negen met leerwegondersteuning), drie naar "
                "vmbo-tl en één naar havo. Twee leerlingen stroomden tussentijds door naar het speciaal onderwijs "
                "(cluster 4). In 2023-2024 gingen vier jongere leerlingen terug naar een reguliere basisschool. "
                "Wat dit voor ons betekent: we moeten tegelijk heel goed zijn in basisvaardigheden, in "
                "gedrag en in samenwerken met de hulp rond een gezin. Dat zie je in dit hele plan terug.")

    doc.add_heading("Waar wij voor staan", level=2)
    alinea(doc, "Ons motto is 'Hier mag je opnieuw beginnen'. Kinderen die bij ons binnenkomen, hebben vaak "
                "vooral gehoord wat niet lukte. Wij kijken naar wat wel lukt en bouwen van daaruit verder, met "
                "duidelijke structuur, kleine groepen (gemiddeld 14 leerlingen) en volwassenen die voorspelbaar "
                "zijn. We willen dat een kind bij het verlaten van De Krooneend weet wat het kan, wat het "
                "moeilijk vindt en hoe het hulp vraagt.")
    alinea(doc, "De vier kernwaarden van ASG herkennen we, en we hebben ze met het team vertaald naar ons "
                "dagelijks werk. Iedereen op De Krooneend is waardevol en wordt gezien. 'Open' betekent bij ons: "
                "ouders horen het van ons als het niet goed gaat, en niet pas bij het rapport. 'Vooruitstrevend' "
                "betekent voor ons vooral: slim gebruikmaken van wat uit onderzoek bekend is over goed lesgeven "
                "aan kwetsbare kinderen. En 'ambitieus' betekent dat een moeilijke start geen reden is om een "
                "kind laag in te schatten.")

    doc.add_heading("Ons openbare karakter", level=2)
    alinea(doc, "De Krooneend is een openbare school. Dat betekent voor ons in de eerste plaats dat ieder kind "
                "welkom is dat op onze school is aangewezen, ongeacht geloof, levensovertuiging, herkomst of "
                "de reden waarom het bij ons komt. Onze leerlingen en hun ouders hebben samen meer dan twintig "
                "nationaliteiten en allerlei geloven en overtuigingen. Dat is geen bijzaak: juist kinderen die "
                "zelf vaak 'anders' genoemd zijn, moeten bij ons leren dat verschillen normaal zijn.")
    alinea(doc, "Zo geven we het openbare karakter concreet vorm:")
    opsomming(doc, [
        "In groep 5 tot en met 8 volgen kinderen wekelijks humanistisch of godsdienstig vormingsonderwijs "
        "(HVO, islamitisch of protestants GVO), als ouders dat willen. In 2024-2025 deed 58 procent mee. Kinderen "
        "die niet meedoen, werken in die tijd aan het project 'Wie ben jij?' over levensbeschouwing.",
        "In de groepen besteden we aandacht aan de belangrijkste feesten uit verschillende tradities "
        "(Kerst, Suikerfeest, Divali, Chinees Nieuwjaar). Kinderen en ouders vertellen er zelf over.",
        "Bij incidenten waarin kinderen elkaar uitschelden om afkomst, geloof of seksuele oriëntatie grijpen we "
        "altijd in en bespreken we het met de groep. We registreren dit apart in ParnasSys.",
        "We doen jaarlijks mee aan de Week van het openbaar onderwijs, met een open ochtend voor de wijk.",
        "Medewerkers dragen het openbare karakter uit: we verwachten dat zij neutraal zijn in het overbrengen "
        "van levensovertuigingen en respect tonen voor alle achtergronden. Dit staat in ons personeelsbeleid "
        "en komt aan bod in het kennismakingsgesprek met nieuwe collega's.",
    ])


def venster1(doc):
    doc.add_heading("2. Goed en toegankelijk onderwijs", level=1)
    alinea(doc, "Dit venster is voor ons het zwaarste hoofdstuk. Ouders kiezen niet voor een sbo-school omdat "
                "ze dat leuk vinden, maar omdat het op de vorige school niet meer ging. Dan moet het bij ons "
                "wél gaan: rust, goed onderwijs in de basisvaardigheden en ondersteuning die echt aansluit.")

    vraag(doc, "Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?", [
        "Ons onderwijsprogramma volgt de kerndoelen voor het primair onderwijs. We werken toe naar de "
        "referentieniveaus 1F en, waar dat kan, 2F/1S. Iedere leerling krijgt bij instroom een leerroute: "
        "leerroute 1 (uitstroom praktijkonderwijs), leerroute 2 (vmbo basis/kader) of leerroute 3 (vmbo-tl "
        "en hoger). De leerroute bepaalt het tempo en het einddoel, niet de inhoud: alle kinderen krijgen "
        "dezelfde vakken.",
        "De ochtend is voor de basisvaardigheden: elke dag minstens een uur lezen en taal en een uur rekenen. "
        "We gebruiken Veilig leren lezen (KIM-versie) in de instroomgroepen, Estafette voor voortgezet technisch "
        "lezen, Staal voor taal en spelling, Nieuwsbegrip voor begrijpend lezen en Getal & Ruimte Junior voor "
        "rekenen. Voor leerlingen in leerroute 1 gebruiken we daarnaast Rekenroute. 's Middags werken we aan "
        "wereldoriëntatie met Blink, aan techniek, beeldende vorming en drie uur bewegingsonderwijs per week, "
        "gegeven door een vakleerkracht.",
        "Burgerschap is bij ons geen apart vak maar een leerlijn met drie sporen: sociale vaardigheden "
        "(met de lessen uit ons gedragsprogramma), democratie in het klein (de leerlingenraad en klassenvergaderingen) "
        "en kennis van de samenleving (Blink, met elk jaar een bezoek aan het stadhuis voor groep 8). "
        "De leerlingenraad, met een vertegenwoordiger uit elke groep vanaf groep 5, vergadert zes keer "
        "per jaar met de directeur en mag elk jaar over één besteding beslissen.",
        "Een veilig schoolklimaat is de voorwaarde voor alles. We werken sinds 2019 met SWPBS (schoolbrede "
        "positieve gedragsondersteuning). Onze drie gedragsverwachtingen zijn: veilig, respect en samen. "
        "Ze zijn op elke plek in de school uitgewerkt (gang, plein, gymzaal, taxi-ingang). We monitoren de "
        "sociale veiligheid jaarlijks met de leerlingvragenlijst van ZIEN! (groep 5-8) en registreren "
        "gedragsincidenten in ParnasSys. Het veiligheidsplan, het pestprotocol, het protocol fysiek "
        "ingrijpen en de meldcode huiselijk geweld en kindermishandeling worden elk jaar in september met "
        "het team doorgenomen. Naima El Khattabi is anti-pestcoördinator en aandachtsfunctionaris.",
    ])

    vraag(doc, "Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?", [
        "In het sbo is de ondersteuning geen extra laag bovenop het onderwijs; het ís ons onderwijs. We werken "
        "met vier niveaus van ondersteuning. Op niveau 1 zit wat iedere leerling krijgt: kleine groep, "
        "voorspelbare dag, visuele dagplanning, expliciete directe instructie en positieve bekrachtiging. "
        "Op niveau 2 krijgt een leerling binnen de groep extra instructie of een aangepaste aanpak, "
        "vastgelegd in de blokplanning van de groep. Op niveau 3 zetten we specialisten van de school in: "
        "de orthopedagoog (0,6 fte), de gedragsspecialist, de leesspecialist, de logopedist en de "
        "kindercoach. Op niveau 4 werken we samen met jeugdhulp, in of buiten de school (zie hoofdstuk 5).",
        "Voor elke leerling stellen we binnen zes weken na plaatsing een ontwikkelingsperspectiefplan (OPP) "
        "op. Daarin staan de onderwijsbehoeften, het verwachte uitstroomniveau, de leerroute per vakgebied "
        "en de afspraken over ondersteuning en hulp. Het OPP is voor ons geen formulier voor het "
        "samenwerkingsverband maar een werkdocument: de leerkracht gebruikt het bij de blokplanning, de "
        "intern begeleider bij de groepsbespreking.",
        "We plannen twee keer per jaar (november en april) een OPP-bespreking met ouders. Vanaf groep 5 schuift "
        "de leerling zelf aan voor het eerste deel: wat gaat goed, waar wil ik aan werken? Wanneer jeugdhulp "
        "betrokken is, nodigen we met toestemming van ouders ook de hulpverlener uit. In 2024 was bij 71 "
        "procent van de OPP-besprekingen minstens één ouder aanwezig; dat moet hoger. We gaan daarom "
        "besprekingen ook 's avonds en via beeldbellen aanbieden, en bij ouders die slecht Nederlands "
        "spreken standaard een tolk inzetten (via de tolkentelefoon of een collega).",
        "Het Ondersteuningsteam (OT) komt elke drie weken bij elkaar: directeur, intern begeleiders, "
        "orthopedagoog, schoolmaatschappelijk werker en, op afroep, de jeugdarts van de GGD Flevoland en "
        "de onderwijsconsulent van het samenwerkingsverband. Het OT bespreekt leerlingen bij wie de "
        "ontwikkeling stagneert of bij wie de vraag groter is dan wij alleen kunnen beantwoorden.",
    ])

    vraag(doc, "Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?", [
        "Inzicht begint bij de intake. We lezen het dossier niet alleen, we gaan ook kijken: de intern "
        "begeleider observeert elke nieuwe leerling op de oude school en voert een gesprek met ouders en "
        "kind. In de eerste zes weken na plaatsing doet de orthopedagoog waar nodig aanvullend onderzoek "
        "(handelingsgericht, dus gericht op de vraag wat we morgen anders moeten doen).",
        "Daarna volgen we de ontwikkeling met de toetsen van Cito Leerling in beeld (januari en juni), "
        "de methodegebonden toetsen en de observatielijsten van ZIEN! voor sociaal-emotionele ontwikkeling "
        "(oktober en maart). Omdat cijfers bij onze kinderen maar een deel van het verhaal vertellen, "
        "voeren leerkrachten daarnaast drie keer per jaar een kort kindgesprek met elke leerling. We willen "
        "de komende periode de executieve functies (plannen, impulsbeheersing, werkgeheugen) beter in kaart "
        "brengen. Daarvoor nemen we in 2026 het observatie-instrument van 'Executieve functies in de klas' "
        "op in de OPP-cyclus.",
        "Ook voor medewerkers willen we weten wat zij nodig hebben. Dat bespreken we in de gesprekscyclus "
        "(hoofdstuk 3) en in de korte teamcheck na elke bouwvergadering: wat kost energie, wat helpt?",
    ])

    vraag(doc, "Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding "
               "mogelijk te maken?", [
        "We hebben in 2024 met het team een eigen kijkwijzer gemaakt, gebaseerd op het model van expliciete "
        "directe instructie en op SWPBS. Een goede les op De Krooneend voldoet aan zes criteria:",
    ], [
        "De start is voorspelbaar: dagplanning zichtbaar, materialen klaar, kinderen weten wat er komt.",
        "Het lesdoel is zichtbaar en wordt in kindertaal uitgelegd.",
        "De leerkracht doet voor, denkt hardop en laat de leerlingen begeleid oefenen voordat ze zelfstandig werken.",
        "De leerkracht controleert regelmatig of iedereen het begrijpt (met wisbordjes of beurtstokjes) en "
        "geeft verlengde instructie aan de instructietafel.",
        "Er is minstens één moment van samenwerken, met een duidelijke rol voor elk kind.",
        "De leerkracht bekrachtigt gewenst gedrag veel vaker dan hij corrigeert (richtlijn: vier op één).",
    ])
    alinea(doc, "De directeur en de intern begeleiders bezoeken elke groep drie keer per jaar met deze kijkwijzer. "
                "Daarnaast doet elke leerkracht één keer per jaar een collegiale consultatie bij een collega uit "
                "een andere bouw.")

    vraag(doc, "Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?", [
        "Onze leerlingen gaan straks naar het praktijkonderwijs of het vmbo en daarna vaak snel naar werk. "
        "Toekomstgericht betekent voor hen: goed kunnen lezen, omgaan met geld, met een telefoon en "
        "sociale media, en weten hoe je samenwerkt en om hulp vraagt. We richten ons daarom op drie "
        "onderdelen. Ten eerste digitale geletterdheid: in 2025-2026 voeren we de leerlijn van Basicly in, "
        "met speciale aandacht voor mediawijsheid en online veiligheid. Ten tweede techniek en "
        "praktisch leren: in 2026 richten we het oude handenarbeidlokaal in als maaklokaal, waar de "
        "bovenbouw wekelijks werkt. Ten derde loopbaanoriëntatie: groep 7 en 8 bezoeken jaarlijks twee "
        "bedrijven in Almere en het praktijkonderwijs en vmbo.",
        "Bij wereldoriëntatie kiezen we bewust onderwerpen uit de leefwereld van onze kinderen: gamen, "
        "voetbal, de eigen wijk en het werk van hun ouders. Vanaf 2025-2026 kiest de leerlingenraad elk "
        "schooljaar twee van de Blink-thema's voor de midden- en bovenbouw, en sluiten we elk thema af met "
        "een presentatie voor ouders.",
        "Elk voorjaar kijkt de werkgroep onderwijs samen met een collega van ons vaste vo-adres welke "
        "vaardigheden onze oud-leerlingen in het eerste jaar missen. Dat gebruiken we om ons aanbod bij te stellen.",
    ])

    vraag(doc, "Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het "
               "servicebureau en het bestuur?", [
        "Op school werken we met een vaste jaarcyclus. In juni maken we het jaarplan op basis van dit "
        "schoolplan en het jaarverslag van het afgelopen jaar. In februari en juni analyseren we de "
        "opbrengsten per groep en per leerroute (trendanalyse) en bespreken we die met het team. Elk "
        "kwartaal leveren we de kwartaalrapportage aan het bestuur en bespreken we de voortgang met de "
        "bestuurder. Om het jaar nemen we vragenlijsten af bij ouders, leerlingen en medewerkers; de "
        "volgende ronde is in maart 2026.",
        "Onze eigen kwaliteitszorg toetsen we ook van buitenaf. In het voorjaar van 2027 vragen we een "
        "interne audit aan bij ASG, uitgevoerd door directeuren en intern begeleiders van twee andere "
        "ASG-scholen, ter voorbereiding op het volgende vierjaarlijks onderzoek van de inspectie.",
    ])

    vraag(doc, "Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het "
               "managementinformatiesysteem om optimale sturing te faciliteren?", [
        "De huidige kwartaalrapportage is gemaakt voor reguliere scholen. Voor het sbo zeggen gemiddelde "
        "toetsscores weinig. Wij willen graag vier indicatoren toevoegen die voor onze sturing echt tellen: "
        "het percentage leerlingen dat op koers ligt met het OPP, de uitstroom ten opzichte van het "
        "vastgestelde perspectief, het aantal gedragsincidenten per maand en het aantal leerlingen dat "
        "(gedeeltelijk) thuiszit. We leveren deze cijfers vanaf 2025-2026 zelf aan en hebben het bestuur "
        "gevraagd ze in het dashboard op te nemen.",
    ])

    vraag(doc, "Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren "
               "en verbeteren de norm is?", [
        "We werken sinds 2023 met drie leerteams (instroom en onderbouw, middenbouw, bovenbouw). Een leerteam "
        "komt zes keer per jaar bij elkaar en werkt aan één onderzoeksvraag per jaar, bijvoorbeeld in "
        "2024-2025: 'Hoe vergroten we de leestijd van leerlingen met leesangst?'. Elk leerteam presenteert "
        "in juni wat het heeft uitgezocht en wat we daarvan vasthouden. Daarnaast formuleert iedere leraar "
        "jaarlijks een eigen ontwikkelvraag die terugkomt in het startgesprek en in de collegiale consultatie.",
        "We zijn nieuwsgierig naar wat onderzoek ons kan leren. Samen met het lectoraat van Windesheim "
        "Flevoland doen we in 2026-2027 een praktijkonderzoek naar de effecten van onze aanpak bij "
        "terugkerende gedragsincidenten. Twee leerkrachten met een master SEN begeleiden dat onderzoek.",
    ])

    doc.add_heading("Onze doelen voor goed en toegankelijk onderwijs", level=2)
    tabel(doc, DOELKOP, [
        ["OPP samen met ouders en kind", "OPP-besprekingen ook 's avonds en digitaal; tolk standaard; "
         "leerling vanaf groep 5 aanwezig", "Vanaf 2025-2026",
         "Ouders aanwezig bij 90% van de OPP-besprekingen in 2026-2027 (2024: 71%)", "Intern begeleiders"],
        ["Uitstroom op perspectief", "Perspectief vaststellen na 1 jaar en jaarlijks toetsen; "
         "hoge verwachtingen vastleggen in het OPP", "2025-2029",
         "Minstens 85% van de uitstromers gaat naar het vastgestelde niveau of hoger (2024: 79%)", "Directeur"],
        ["Sterkere leesvaardigheid", "Leesspecialist coacht alle leerkrachten; 20 minuten extra leestijd per dag",
         "2025-2028", "In 2028 haalt 80% van de leerlingen in leerroute 2 en 3 bij uitstroom 1F lezen (2024: 64%)",
         "Leesspecialist"],
        ["Lessen volgens de kijkwijzer", "Drie klassenbezoeken per groep per jaar, collegiale consultatie",
         "2025-2027", "In 2027 zijn in 90% van de bezochte lessen minstens vijf van de zes criteria zichtbaar",
         "Directeur en IB"],
        ["Veilig klimaat", "SWPBS borgen, data-analyse incidenten per maand in het SWPBS-team", "2025-2029",
         "Minstens 90% van de leerlingen voelt zich veilig (2024: 86%); 30% minder fysieke incidenten in "
         "2027-2028 dan in 2023-2024 (47)", "SWPBS-coördinator"],
        ["Actueel schoolondersteuningsprofiel", "SOP herschrijven met het team en het samenwerkingsverband, "
         "met een heldere beschrijving van wat wij wel en niet kunnen bieden", "Klaar in maart 2026",
         "SOP vastgesteld en met MR-advies gepubliceerd op de website", "Orthopedagoog"],
        ["Digitale geletterdheid", "Leerlijn Basicly invoeren, maaklokaal inrichten", "2025-2027",
         "Alle groepen werken volgens de leerlijn; maaklokaal in gebruik per september 2026", "Werkgroep onderwijs"],
    ])


def venster2(doc):
    doc.add_heading("3. Personeel in positie", level=1)
    alinea(doc, "Op een sbo-school is het team het belangrijkste middel. Onze kinderen hebben volwassenen nodig "
                "die rustig blijven als het spannend wordt en die weten wat ze doen. Tegelijk is het werk zwaar. "
                "Het verzuim was in 2023-2024 7,8 procent; dat willen we omlaag brengen.")

    vraag(doc, "Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?", [
        "Eerlijk gezegd voelen onze medewerkers zich vooral verbonden met De Krooneend en veel minder met "
        "ASG als geheel. Dat vinden we niet erg: betrokkenheid begint op de eigen werkplek. We hebben hier "
        "voor deze periode geen eigen doel op geformuleerd.",
    ])
    vraag(doc, "Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun "
               "eigen loopbaan?", [
        "Regie begint met een goed gesprek. In het startgesprek (zie gesprekscyclus hieronder) staat de "
        "vraag centraal waar iemand over drie jaar wil staan. Leerkrachten die een specialisatie willen "
        "halen, maken samen met de directeur een plan voor tijd en geld.",
    ])
    vraag(doc, "Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en "
               "professionalisering binnen ASG?", [
        "Voor professionalisering wel: het aanbod van de ASG Academie staat op het intranet en we bespreken het "
        "in het startgesprek. Mobiliteit binnen ASG is voor ons geen doel op zich; in een klein gespecialiseerd "
        "team willen we juist ervaring vasthouden.",
    ])
    vraag(doc, "Hoe maken we een koppeling tussen Koers 22 en de vorm en inhoud van het aanbod van de ASG Academie?", [
        "Wij koppelen het aanbod aan onze eigen doelen: leerkrachten in hun eerste twee jaar volgen de "
        "ASG Academie-leergang 'Startbekwaam naar basisbekwaam'; de intern begeleiders nemen deel aan het "
        "ASG-netwerk voor intern begeleiders. Voor gedrag kopen we aanvullende scholing in bij het PBS-netwerk.",
    ])
    vraag(doc, "Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van "
               "gesprek wordt?", [
        "We nemen drie maatregelen. Ten eerste: vaste tijd zonder kinderen. Onderwijsassistenten nemen op "
        "dinsdag- en donderdagmiddag het speelkwartier en de lunch over, zodat leerkrachten tweemaal per "
        "week een half uur pauze hebben. Ten tweede: na elk ernstig incident volgt binnen 24 uur een "
        "nagesprek met de betrokken collega (opvang door het BOT-team). Ten derde: de directeur voert bij "
        "elk kort verzuim een gesprek over de werkomstandigheden, niet alleen over herstel. Met de "
        "bedrijfsarts plannen we daarnaast jaarlijks een preventief spreekuur.",
        "We willen ook dat collega's fit blijven. Sinds 2024 doen we mee aan het programma 'Vitaal voor de "
        "klas' van de ASG Academie, met een sportuur op woensdagmiddag in onze eigen gymzaal.",
    ])
    vraag(doc, "Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten "
               "behoeve van ASG?", [
        "Onze specialisten hebben kennis die op reguliere scholen vaak ontbreekt. Twee van onze "
        "gedragsspecialisten geven sinds 2024 consultatie op reguliere ASG-basisscholen: een observatie in de "
        "groep en een handelingsadvies voor de leerkracht. Dat willen we uitbreiden (zie doelen venster 3).",
    ])
    vraag(doc, "Hoe zorgen wij ervoor dat het aanbod van de ASG Academie aansluit bij de opdrachten die we "
               "onszelf geven?", [
        "We geven onze scholingsvragen elk voorjaar door aan de Academie. Voor 2025-2026 zijn dat lezen bij "
        "leerlingen met een taalachterstand en de-escalerend werken.",
    ])
    vraag(doc, "Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?", [
        "We zijn opleidingsschool in het partnerschap met Windesheim Flevoland en hebben elk jaar vier tot zes "
        "pabo-studenten, waarvan minstens één LIO-student. Twee zij-instromers (een voormalig jeugdzorgwerker "
        "en een sportdocent) volgen het zij-instroomtraject. Zij krijgen een vaste coach, een dag per week "
        "vrij voor de opleiding en een vast moment per twee weken met de schoolopleider. Onze "
        "onderwijsassistenten die de pabo willen doen, ondersteunen we met studieverlof.",
    ])
    vraag(doc, "Hoe geven onze medewerkers invulling en kleur aan het professioneel statuut van ASG?", [
        "Leerkrachten hebben zeggenschap over de manier waarop zij de OPP-doelen bereiken. De bouwen "
        "bepalen zelf de invulling van de leerteams. Het professioneel statuut bespreken we eens per twee jaar "
        "in de teamvergadering.",
    ])
    vraag(doc, "Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?", [
        "We volgen de gesprekscyclus van ASG: in september een startgesprek met afspraken over de eigen "
        "ontwikkelvraag, in februari een voortgangsgesprek en eens per drie jaar een beoordelingsgesprek met "
        "een lesbezoek. Van elk gesprek maakt de directeur een verslag dat de medewerker tekent; het komt in "
        "het digitale personeelsdossier. Scholing en certificaten voegt de medewerker zelf toe.",
    ])

    doc.add_heading("Onze doelen voor personeel", level=2)
    tabel(doc, DOELKOP, [
        ["Lager verzuim", "Pauzes inroosteren, nagesprek na incidenten, verzuimgesprekken over werkomstandigheden",
         "2025-2028", "Verzuim onder 5,5% in 2027-2028 (2023-2024: 7,8%)", "Directeur"],
        ["Meer specialisten", "Per jaar twee leerkrachten starten met een specialisatie (master SEN, "
         "gedragsspecialist of leesspecialist)", "2025-2029", "Van 9 naar 14 gespecialiseerde leerkrachten "
         "in juli 2029", "Directeur"],
        ["Bevoegde leraren", "Coaching en studietijd voor zij-instromers", "Uiterlijk juli 2027",
         "Beide zij-instromers bevoegd", "Schoolopleider"],
        ["Gesprekscyclus op orde", "Planning in jaarkalender; verslag in personeelsdossier", "Jaarlijks",
         "Van 100% van de medewerkers start- en voortgangsgesprek vastgelegd", "Directeur"],
    ])


def venster3(doc):
    doc.add_heading("4. De meerwaarde van ASG", level=1)
    alinea(doc, "Een kleine sbo-school kan niet alles zelf. Van ASG hebben we vooral collega-scholen nodig om "
                "mee te leren en een servicebureau dat ons werk makkelijker maakt.")

    vraag(doc, "Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?", [
        "De intern begeleiders en de orthopedagoog nemen deel aan het overleg van de sbo- en so-scholen van ASG, "
        "dat vijf keer per jaar bijeenkomt. De directeur neemt deel aan de directeurenbijeenkomsten. Voor "
        "leerkrachten is het lastiger om de school uit te gaan; de groepen kunnen niet zomaar worden "
        "opgevangen. Daarom plannen we de studiedag van ASG vast in de jaarkalender, zodat het hele team kan gaan.",
    ])
    vraag(doc, "Welke studiedagen, ontmoetingen en professionaliseringsprogramma's zijn nodig voor de "
               "verschillende doelgroepen?", [
        "Voor ons zijn vooral bijeenkomsten over gedrag, trauma-sensitief lesgeven en samenwerking met "
        "jeugdhulp van belang. We stellen voor om dit aanbod samen met de andere sbo- en so-scholen te "
        "organiseren.",
    ])
    vraag(doc, "Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?", [
        "De opbrengsten van onze leerteams zetten we in een korte notitie van twee kantjes op het intranet. "
        "In 2026 presenteren we de uitkomsten van ons leesonderzoek op de ASG-studiedag.",
    ])
    vraag(doc, "Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?", [
        "Onze SWPBS-coördinator vormt samen met collega's van twee andere ASG-scholen die met SWPBS werken een "
        "werkgroep die vier keer per jaar data en ervaringen uitwisselt. We bezoeken elkaars scholen en "
        "kijken mee bij het inrichten van de gedragsverwachtingen.",
    ])
    vraag(doc, "Wat verwachten scholen van medewerkers van het servicebureau en vice versa?", [
        "Van het servicebureau verwachten we snelle hulp bij personeelszaken, vooral bij vervanging en bij "
        "verzuim, en bij de aanvragen voor leerlingenvervoer. Het servicebureau mag van ons verwachten dat "
        "we gegevens op tijd en volledig aanleveren.",
    ])
    vraag(doc, "Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?", [
        "De Krooneend is een schakel in het aanbod van ASG: voor kinderen die in het reguliere basisonderwijs "
        "vastlopen, en als tussenstap terug. Daarom kijken we bij elk kind in de tweede OPP-bespreking "
        "nadrukkelijk of terugplaatsing naar een reguliere school mogelijk is. Als dat zo is, begeleiden we "
        "de overstap: het kind gaat eerst een dagdeel per week naar de nieuwe school, onze intern begeleider "
        "draagt warm over en we blijven een half jaar beschikbaar voor vragen. Andersom nemen we, als het "
        "samenwerkingsverband daarom vraagt, leerlingen op met een tijdelijke plaatsing zodat zij niet thuis "
        "komen te zitten.",
    ])

    doc.add_heading("Onze doelen voor samenwerking binnen ASG", level=2)
    tabel(doc, DOELKOP, [
        ["Expertise delen met reguliere scholen", "Consultaties door onze gedragsspecialisten op reguliere "
         "ASG-scholen", "2025-2027", "12 consultaties per jaar in 2026-2027 (2023-2024: 5)", "Gedragsspecialist"],
        ["Terugplaatsing goed begeleiden", "Bij elke leerling in de tweede OPP-bespreking terugplaatsing "
         "bespreken; warme overdracht", "Vanaf 2025-2026", "Elke terugplaatsing met een overdrachtsplan; "
         "na een half jaar zit 90% van de teruggeplaatste leerlingen nog op de nieuwe school", "Intern begeleiders"],
    ])


def venster4(doc):
    doc.add_heading("5. Partnerschap", level=1)
    alinea(doc, "Bij veel van onze leerlingen zijn meer volwassenen betrokken dan alleen ouders en leerkracht: "
                "een jeugdhulpverlener, een wijkteam, soms een voogd of een logopedist buiten school. Goed "
                "onderwijs kan alleen als al die mensen hetzelfde verhaal vertellen. In dit venster staat "
                "daarom het grootste deel van onze afspraken met jeugdhulp.")

    vraag(doc, "Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces "
               "van hun kind?", [
        "Ouders zijn voor ons ervaringsdeskundigen. Zij kennen hun kind het langst en hebben vaak al veel "
        "teleurstelling meegemaakt met scholen. Daarom beginnen we elke plaatsing met een huisbezoek of "
        "een welkomstgesprek op school, in een rustige kamer met koffie, niet aan een tafel vol formulieren. "
        "Ouders krijgen één vast aanspreekpunt: de eigen leerkracht, en voor de ondersteuning de intern "
        "begeleider. Elke vrijdagochtend is er een open inloop van 8.15 tot 9.00 uur, waar ouders zonder "
        "afspraak binnen kunnen lopen. Onze conciërge kent alle ouders bij naam en is vaak het eerste "
        "gezicht van de school.",
        "We communiceren via Parro, in eenvoudige taal (taalniveau B1). Belangrijke brieven vertalen we in het "
        "Arabisch, Turks en Engels. Als er iets is gebeurd, bellen we dezelfde dag. Ook als het goed gaat: "
        "elke leerkracht stuurt iedere week minstens twee ouders een positief bericht.",
        "Bij de onderwijsontwikkeling betrekken we ouders via een ouderpanel, dat drie keer per jaar "
        "bijeenkomt met de directeur. Het panel dacht in 2024 mee over de nieuwe OPP-bespreking.",
    ])

    vraag(doc, "Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?", [
        "Onze medezeggenschapsraad heeft vier leden: twee ouders en twee personeelsleden. De MR vergadert "
        "zes keer per jaar, waarvan twee keer samen met het ouderpanel. De directeur bespreekt belangrijke "
        "plannen in een vroeg stadium met de MR, voordat er een besluit ligt: zo dacht de MR in 2024 mee over "
        "de nieuwe groepsindeling en de pauzeregeling. De MR krijgt elk kwartaal de kwartaalrapportage. "
        "Het is voor ouders van onze leerlingen niet vanzelfsprekend om in de MR te gaan; we benaderen "
        "ouders daarom persoonlijk en bieden een korte training aan via de GMR-academie.",
    ])

    vraag(doc, "Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor "
               "onze leerlingen?", [
        "Wij werken proactief samen met een breed scala aan partners. Voor onze leerlingen is de samenwerking "
        "met jeugdhulp het belangrijkst. We hebben daarover de volgende afspraken:",
    ], [
        "Schoolmaatschappelijk werk: een schoolmaatschappelijk werker van De Schoor is 16 uur per week op "
        "school. Zij is het eerste aanspreekpunt voor ouders met vragen over opvoeding, geld of huisvesting "
        "en schakelt snel met het wijkteam.",
        "Zorg in onderwijstijd: Triade Vitree biedt onder schooltijd groepstraining (sociale vaardigheden, "
        "agressieregulatie) in ons gebouw. Zo hoeven kinderen niet onder schooltijd naar een andere locatie "
        "en zien leerkracht en hulpverlener elkaar wekelijks.",
        "Multidisciplinair overleg: als bij een leerling meer dan één hulpverlener betrokken is, organiseert "
        "de intern begeleider een MDO met ouders, school en hulp. De afspraken komen in één plan: het "
        "OPP met een hulpparagraaf. Uitgangspunt is één kind, één gezin, één plan.",
        "Logopedie en kinderfysiotherapie: twee praktijken behandelen op school, in overleg met de leerkracht.",
        "GGD Flevoland: de jeugdarts schuift op afroep aan bij het OT en ziet alle leerlingen bij instroom.",
        "Naschools: met de buurtsportcoaches van de gemeente bieden we twee middagen per week sport na "
        "schooltijd aan op ons eigen plein, en de bibliotheek in het Stadhart ontvangt elke groep twee keer per jaar.",
    ])
    alinea(doc, "De samenwerking met jeugdhulp vraagt tijd en coördinatie. Vanaf augustus 2026 wijzen we daarom "
                "een jeugdhulpcoördinator aan (0,4 fte), die de contacten met hulpverleners bijhoudt, MDO's "
                "plant en bewaakt dat afspraken worden nagekomen. Daarnaast maken we in 2025-2026 met het wijkteam "
                "Almere Stad-Oost een werkafspraak over de doorlooptijd: een hulpvraag die wij signaleren, moet "
                "binnen vier weken tot een eerste gesprek met het gezin leiden.")

    vraag(doc, "Welke regionale problemen kunnen we samen met andere partners aanpakken?", [
        "Het grootste regionale probleem dat wij zien, zijn kinderen die thuis zitten omdat er geen passende "
        "plek is, of omdat onderwijs en zorg niet op elkaar aansluiten. Samen met het samenwerkingsverband "
        "Passend Onderwijs Almere en leerplicht doen we mee aan het thuiszittersoverleg. Wij spreken af dat "
        "geen leerling van De Krooneend langer dan vier weken (gedeeltelijk) thuiszit zonder een plan voor "
        "terugkeer.",
    ])

    vraag(doc, "Hoe zorgen we ervoor dat ASG zichtbaar is en blijft voor diverse gremia, zowel lokaal, "
               "regionaal als landelijk?", [
        "Dat laten we vooral aan het bestuur. Lokaal zorgen we ervoor dat de school bekend is bij de "
        "wijkteams en de basisscholen in de regio: twee keer per jaar organiseren we een informatiemiddag "
        "voor intern begeleiders van basisscholen.",
    ])

    doc.add_heading("Onze doelen voor partnerschap", level=2)
    tabel(doc, DOELKOP, [
        ["Jeugdhulp en onderwijs in één plan", "MDO bij meer dan één hulpverlener; hulpparagraaf in het OPP",
         "Vanaf 2025-2026", "In 2027 heeft 100% van de leerlingen met jeugdhulp een OPP met hulpparagraaf", "IB"],
        ["Coördinatie jeugdhulp", "Jeugdhulpcoördinator aanstellen", "Augustus 2026", "Coördinator 0,4 fte "
         "in formatie", "Directeur"],
        ["Snelle hulp voor gezinnen", "Werkafspraak met wijkteam Almere Stad-Oost", "Afspraak voor 1 juli 2026",
         "In 2027-2028 leidt 80% van de gesignaleerde hulpvragen binnen vier weken tot een eerste gesprek",
         "Schoolmaatschappelijk werker"],
        ["Geen thuiszitters", "Deelname thuiszittersoverleg; plan voor terugkeer binnen twee weken", "2025-2029",
         "Geen leerling langer dan vier weken thuis zonder plan", "Directeur"],
        ["Ouders betrokken", "Open inloop, ouderpanel, positieve berichten", "2025-2029",
         "Tevredenheid ouders over communicatie minstens 8,0 in maart 2026 en 2028 (2024: 7,4)", "Directeur"],
    ])


def vaststelling(doc):
    doc.add_heading("6. Instemming en vaststelling", level=1)
    alinea(doc, "Dit schoolplan is besproken in het team op 12 mei 2025. De medezeggenschapsraad van SBO De "
                "Krooneend heeft op 2 juni 2025 ingestemd met het schoolplan 2025-2029. Het College van Bestuur "
                "van de Almeerse Scholen Groep heeft het plan op 24 juni 2025 vastgesteld.")
    tabel(doc, ["Rol", "Naam", "Datum"], [
        ["Voorzitter medezeggenschapsraad", "Dewi Hartogs", "2 juni 2025"],
        ["Directeur SBO De Krooneend", "Hanneke Verbrugge", "2 juni 2025"],
        ["Namens het College van Bestuur ASG", "(handtekening)", "24 juni 2025"],
    ])


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    _paginanummer(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 SBO De Krooneend"
    cp.author = "Hanneke Verbrugge"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 6, 2, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 25, 10, 15, 0)
    cp.last_modified_by = "Hanneke Verbrugge"
    cp.revision = 1

    voorblad(doc)
    hoofdstuk1(doc)
    venster1(doc)
    venster2(doc)
    venster3(doc)
    venster4(doc)
    vaststelling(doc)
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_161_sbo_krooneend.docx")
