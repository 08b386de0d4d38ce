# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 Katholiek Kindcentrum Sint-Lidwina, Almere Haven (python-docx)."""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt


def _p(doc, text, bold=False, italic=False):
    par = doc.add_paragraph()
    run = par.add_run(text)
    run.bold = bold
    run.italic = italic
    return par


def _bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def build(path):
    path = str(path)
    doc = Document()
    cp = doc.core_properties
    cp.title = "Schoolplan KKC Sint-Lidwina 2025-2029"
    cp.author = "M. van der Linden-Asante"
    cp.created = datetime.datetime(2025, 6, 16, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 23, 14, 30, 0)
    cp.last_modified_by = "M. van der Linden-Asante"

    # ---------- voorblad ----------
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Katholiek Kindcentrum Sint-Lidwina")
    r.bold = True
    r.font.size = Pt(24)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r2 = t2.add_run("Schoolplan 2025 – 2029")
    r2.font.size = Pt(18)
    t3 = doc.add_paragraph()
    t3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r3 = t3.add_run("“Een licht voor ieder kind”")
    r3.italic = True
    r3.font.size = Pt(14)
    _p(doc, "")
    _p(doc, "Basisschool, peuteropvang en buitenschoolse opvang onder één dak\n"
            "Sterrenstraat-Haven 4, Almere Haven\n"
            "BRIN 31QX\n"
            "Directeur: Marieke van der Linden-Asante\n"
            "Onderdeel van de Almeerse Scholen Groep (ASG)\n"
            "Versie 1.3 – juni 2025")
    doc.add_page_break()

    # ---------- inhoud ----------
    doc.add_heading("Inhoud", level=1)
    for line in ["Voorwoord",
                 "1. Wie wij zijn",
                 "2. Goed onderwijs voor ieder kind",
                 "3. Mensen maken het kindcentrum",
                 "4. Sterker samen binnen ASG",
                 "5. Samen met ouders, opvang en wijk",
                 "6. Onze doelen 2025-2029 in één overzicht",
                 "7. Vaststelling en instemming"]:
        _p(doc, line)
    doc.add_page_break()

    # ---------- voorwoord ----------
    doc.add_heading("Voorwoord", level=1)
    _p(doc, "Voor u ligt het schoolplan van Katholiek Kindcentrum Sint-Lidwina voor de schooljaren 2025-2026 tot "
            "en met 2028-2029. Het plan is geschreven in het voorjaar van 2025. Het team heeft er op drie studiedagen "
            "(29 januari, 12 maart en 16 april 2025) aan gewerkt, de ouders hebben meegedacht tijdens een ouderavond "
            "op 20 maart en de kinderraad heeft ons verteld wat zij van de school vinden. Dat laatste heeft ons het "
            "meest geraakt: ‘We willen meer buiten leren en minder lang op de gang wachten bij het uitgaan.’ Beide "
            "wensen komen in dit plan terug.")
    _p(doc, "Sint-Lidwina is een groot kindcentrum. Met ruim 540 leerlingen, twee peutergroepen en een BSO met "
            "vier basisgroepen zijn we een van de grootste basisvoorzieningen van Almere Haven. Groot zijn betekent "
            "voor ons niet anoniem zijn. Daarom staat in dit plan steeds de vraag centraal: ziet ieder kind, iedere "
            "ouder en iedere collega dat hij of zij ertoe doet?")
    _p(doc, "De hoofdstukken 2 tot en met 5 volgen de vier vensters uit Koers 22 van ons bestuur, de Almeerse Scholen "
            "Groep. De kernwaarden van ASG – gezien worden, open, vooruitstrevend en ambitieus – hebben we niet in een "
            "apart hoofdstuk gezet. Ze horen in alles wat we doen en komen daarom in elk hoofdstuk terug. In hoofdstuk 6 "
            "staan al onze doelen in één tabel, zodat het plan ook als werkdocument voor de jaarplannen kan dienen.")
    _p(doc, "Marieke van der Linden-Asante, directeur")

    # ---------- 1 wie wij zijn ----------
    doc.add_heading("1. Wie wij zijn", level=1)
    doc.add_heading("1.1 Ons kindcentrum in cijfers", level=2)
    _p(doc, "Sint-Lidwina ontstond in 2016 uit de fusie van twee katholieke basisscholen in Haven. Sinds 2019 "
            "zitten we in het vernieuwde gebouw aan de Sterrenstraat, samen met peuteropvang en BSO van onze partner "
            "Kinderopvang Havenlicht. Op 1 oktober 2024 telde de school 547 leerlingen in 22 groepen. De peuteropvang "
            "heeft 32 kindplaatsen, waarvan 16 voor- en vroegschoolse educatie (VVE). Op de BSO komen wekelijks ruim "
            "170 kinderen.")
    _bullets(doc, [
        "Leerlingen: 547 (1-10-2024); verwachte groei tot ca. 570 in 2027 door nieuwbouw in De Werven en Overgooi.",
        "Groepen: 6 kleutergroepen, 16 groepen 3 tot en met 8, waarvan twee combinatiegroepen 7/8.",
        "Medewerkers school: 41 (32,6 fte): 27 leerkrachten, 2 intern begeleiders, 5 onderwijsassistenten, "
        "1 vakleerkracht bewegingsonderwijs, 1 conciërge, 1 administratief medewerker, 2 bouwcoördinatoren, "
        "adjunct-directeur en directeur.",
        "Schoolweging 2024: 31,4 (landelijk gemiddelde ca. 30). Spreiding binnen de school is groot.",
        "Circa 23% van de leerlingen spreekt thuis (ook) een andere taal dan Nederlands; de grootste groepen zijn "
        "Papiaments, Engels, Pools en Arabisch.",
        "Inspectie: laatste bezoek in het vierjaarlijks onderzoek bij ASG (november 2022); geen tekortkomingen.",
    ])
    doc.add_heading("1.2 Wat de wijk ons vertelt", level=2)
    _p(doc, "Almere Haven is de oudste kern van Almere. Onze leerlingen komen vooral uit De Werven, De Wierden, "
            "De Marken en het Centrum, en steeds vaker uit Overgooi. Naast gezinnen die hier al twee generaties wonen, "
            "komen er jonge gezinnen bij die een koopwoning in de nieuwbouw kochten, en gezinnen die via de gemeente "
            "een huurwoning kregen na een periode in de opvang. Die mix zien we terug in de klassen: een groep 5 waarin "
            "het ene kind thuis elke avond voorgelezen wordt en het andere kind na school voor een broertje zorgt. Dat "
            "vraagt om leerkrachten die goed kijken en om een kindcentrum dat verder kijkt dan 8.30 tot 14.30 uur.")
    _p(doc, "Uit de contextanalyse (bijlage A, februari 2025) halen we vier conclusies die dit plan sturen:")
    _bullets(doc, [
        "De woordenschat van een flink deel van onze kleuters is bij de start laag (32% scoort bij de eerste "
        "KIJK!-registratie onder het verwachte niveau voor taal). Vroeg en doorlopend investeren in taal loont.",
        "Onze rekenresultaten in groep 6 tot en met 8 blijven achter bij lezen en taalverzorging.",
        "Ouders zijn zeer tevreden over de sfeer (8,3 in de tevredenheidspeiling van 2024), minder over "
        "de informatie over de ontwikkeling van hun kind (7,1).",
        "Het personeelsverloop was de afgelopen twee jaar hoger dan we willen: 9 vertrekkers in 2023 en 2024 samen, "
        "vooral jonge leerkrachten die dichter bij huis gingen werken.",
    ])
    doc.add_heading("1.3 Katholiek, en van iedereen", level=2)
    _p(doc, "Sint-Lidwina is een katholiek kindcentrum. Onze naamgever, Lidwina van Schiedam, werd na een val op het "
            "ijs haar leven lang verzorgd door anderen en gaf op haar beurt troost aan wie bij haar kwam. Dat verhaal "
            "van zorgen en gezien worden vertellen we ieder jaar rond haar feestdag op 14 april. Wij vieren met "
            "elkaar Sint-Maarten, Advent en Kerstmis, Aswoensdag, Pasen en het slot van het schooljaar. Voor "
            "levensbeschouwelijk onderwijs gebruiken we de methode Trefwoord, aangevuld met verhalen uit andere "
            "tradities. Ongeveer een derde van onze kinderen is katholiek gedoopt; veel gezinnen kiezen voor ons om "
            "de waarden en de sfeer, niet om de kerk. Iedereen is welkom. We vragen van ouders wel dat zij respecteren "
            "dat vieringen bij ons horen; kinderen doen mee, bidden hoeft niet.")
    _p(doc, "Met de pastoraal werker van de parochiekern in Haven bereiden we twee keer per jaar een viering voor "
            "in de kerk aan de Kerkgracht. De werkgroep identiteit (twee leerkrachten, een ouder en de pastoraal "
            "werker) maakt elk jaar een vieringenkalender en evalueert die in juni.")

    # ---------- 2 goed onderwijs ----------
    doc.add_heading("2. Goed onderwijs voor ieder kind", level=1)
    _p(doc, "Dit hoofdstuk hoort bij het eerste venster van Koers 22, goed en toegankelijk onderwijs. We beschrijven "
            "wat we kinderen leren, hoe we dat doen, hoe we zorgen dat ieder kind een plek heeft en hoe we bewaken "
            "dat het goed gaat.", italic=True)
    doc.add_heading("2.1 Wat kinderen bij ons leren", level=2)
    _p(doc, "Ons onderwijsprogramma dekt de kerndoelen en werkt toe naar de referentieniveaus 1F en 2F/1S voor taal "
            "en rekenen. We werken met de volgende methodes en aanpakken:")
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0].cells
    hdr[0].text = "Leergebied"
    hdr[1].text = "Methode / aanpak"
    hdr[2].text = "Plannen in deze periode"
    rows = [
        ("Kleuters", "Thematisch spelend leren met Kleuterplein; observatie met KIJK!", "Doorgaande themaplanning met de peuteropvang (Uk & Puk) vanaf 2025-2026"),
        ("Aanvankelijk lezen", "Veilig leren lezen, KIM-versie", "Handhaven"),
        ("Technisch lezen", "Estafette; dagelijks 20 minuten vrij lezen", "Schoolbibliotheek met de Nieuwe Bibliotheek (dBos) vernieuwen in 2025-2026"),
        ("Begrijpend lezen", "Nieuwsbegrip XL", "Overstap naar close reading met teksten uit wereldoriëntatie, invoering 2026-2027"),
        ("Taal en spelling", "Staal", "Handhaven; extra woordenschatlijn groep 1-4"),
        ("Rekenen", "Wereld in getallen 5", "Keuze en invoering nieuwe methode; voorkeur Pluspunt 4, besluit januari 2026"),
        ("Wereldoriëntatie", "Blink Wereld (geïntegreerd)", "Buiten leren: per thema minimaal één les in het Havense Bos of aan het Gooimeer"),
        ("Engels", "Join In, groep 1-8", "Handhaven"),
        ("Sociaal-emotioneel", "Kwink", "Koppelen aan burgerschapsleerlijn"),
        ("Bewegingsonderwijs", "Vakleerkracht, 2 x per week", "Handhaven"),
        ("Digitale geletterdheid", "Losse lessen, geen leerlijn", "Leerlijn groep 1-8 vaststellen in 2026-2027"),
        ("Cultuureducatie", "Cultuurmenu Almere (Kunstlinie)", "Handhaven"),
    ]
    for a, b, c in rows:
        cells = table.add_row().cells
        cells[0].text = a
        cells[1].text = b
        cells[2].text = c
    _p(doc, "")
    _p(doc, "Ambitieus zijn betekent voor ons dat we niet tevreden zijn met ‘net boven de signaleringswaarde’. Onze "
            "schoolweging geeft een signaleringswaarde voor 1S/2F van ongeveer 50%. Met de doorstroomtoets 2024 "
            "behaalde 58% van onze leerlingen 2F bij lezen, 63% bij taalverzorging en 38% 1S bij rekenen. Vooral dat "
            "laatste cijfer vinden we te laag voor wat onze kinderen kunnen. We leggen de lat voor 2028 op 65% (lezen), "
            "65% (taalverzorging) en 45% (rekenen). Leerkrachten bespreken in elke groepsbespreking welke kinderen "
            "meer aankunnen dan de methode van ze vraagt; voor die kinderen is er vanaf groep 4 de Kiemgroep "
            "(verrijking, één dagdeel per week).")
    _p(doc, "Onze kinderen leven in Almere Haven, niet in een methodeboek. De thema’s van Blink Wereld koppelen we "
            "daarom waar het kan aan de eigen omgeving: het thema water aan het Gooimeer en de dijk, het thema "
            "bouwen aan de nieuwbouw in Overgooi, het thema vroeger aan de eerste bewoners van Haven (we interviewen "
            "grootouders). Ook de kinderraad kiest elk jaar één eigen projectonderwerp voor de bovenbouw.")
    doc.add_heading("2.2 Burgerschap", level=2)
    _p(doc, "Burgerschap is bij ons geen apart vak. We hebben in 2024-2025 in kaart gebracht wat er al gebeurt: Kwink, "
            "Trefwoord, de kinderraad, de jaarlijkse inzamelingsactie voor de Voedselbank Almere en de "
            "lessen over democratie in groep 7 en 8. Wat ontbreekt is samenhang en een beeld van wat kinderen aan het "
            "eind van groep 8 weten en kunnen. In 2025-2026 stelt een werkgroep een leerlijn burgerschap vast met "
            "per bouw doelen rond drie thema’s: samenleven in de klas en de wijk, democratie en rechtsstaat, en "
            "omgaan met verschillen in geloof en cultuur. In de bovenbouw bezoekt iedere groep 8 het stadhuis en "
            "houdt de kinderraad elk jaar een eigen ‘verkiezing’ met campagne en stembus. De leerlijn wordt in juni "
            "2026 in de MR besproken.")
    doc.add_heading("2.3 Een veilig kindcentrum", level=2)
    _p(doc, "Een kind leert alleen als het zich veilig voelt. Bij ons begint dat aan de voordeur: elke ochtend staan "
            "de directeur of adjunct en een leerkracht buiten om kinderen en ouders te begroeten, en nieuwe ouders "
            "krijgen in hun eerste week een rondleiding door een ‘buddy-ouder’ uit dezelfde groep. Bezoekers worden "
            "door de conciërge opgevangen en rondgeleid; we willen dat iemand die voor het eerst binnenloopt meteen "
            "merkt dat hij welkom is.")
    _p(doc, "In alle groepen werken we met Kwink en maken we aan het begin van het jaar in ‘de gouden weken’ samen "
            "klassenafspraken. Bij ruzie of pesten werken we herstelgericht: de betrokken kinderen voeren onder "
            "leiding van de leerkracht een herstelgesprek, en ouders worden dezelfde dag gebeld. Het pestprotocol "
            "is in 2024 herzien; onze anti-pestcoördinator is Yvonne Kerkhof (IB bovenbouw). Elk jaar vullen de "
            "groepen 5 tot en met 8 de monitor sociale veiligheid van Vensters in. In 2024 gaf 91% van de kinderen "
            "aan zich veilig te voelen; 6% zei wel eens gepest te worden. Ons doel is 95% in 2027. Het "
            "veiligheidsplan (ontruiming, BHV, meldcode kindermishandeling en huiselijk geweld) wordt jaarlijks in "
            "september met het team doorgenomen.")
    doc.add_heading("2.4 Ondersteuning: wat we kunnen bieden", level=2)
    _p(doc, "In ons schoolondersteuningsprofiel (SOP, herzien maart 2024) staat precies wat kinderen bij ons kunnen "
            "verwachten. De basisondersteuning is voor iedereen: drie niveaus van instructie, de Kiemgroep, "
            "dyslexiebegeleiding volgens het protocol, een taalondersteuningsgroep voor nieuwkomers en "
            "ondersteuning in de groep door onderwijsassistenten. Extra ondersteuning kunnen we bieden bij "
            "(vermoedens van) dyslexie en dyscalculie, lichte gedragsvragen, en bij kinderen met een "
            "ontwikkelingsvoorsprong. We zijn eerlijk over onze grenzen: kinderen die de hele dag één-op-één "
            "begeleiding nodig hebben of ernstige gedragsproblemen hebben die de veiligheid van anderen raken, "
            "kunnen we in groepen van 27 kinderen niet goed helpen. Dan zoeken we samen met ouders en "
            "Passend Onderwijs Almere een plek die wel past, bijvoorbeeld in het SBO of SO.")
    _p(doc, "Twee intern begeleiders (onder- en bovenbouw) houden zicht op de ontwikkeling van alle kinderen. Drie keer "
            "per jaar is er een groepsbespreking met elke leerkracht, waarin we de toetsgegevens (Cito Leerling in "
            "beeld), de KIJK!-registraties en de observaties van de leerkracht naast elkaar leggen. Leerkrachten "
            "voeren vanaf groep 3 twee keer per jaar een kindgesprek met elk kind over wat goed gaat, wat moeilijk "
            "is en wat het kind nodig heeft. Zo proberen we niet alleen te zien wat een kind scoort, maar ook wie "
            "het is. Sinds 2024 komt één dag per week een gedragsspecialist van de ASG-expertisepool, die "
            "leerkrachten coacht in de klas.")
    _p(doc, "Omdat we deel zijn van het dekkend netwerk van Passend Onderwijs Almere, hebben we korte lijnen met "
            "het SBO en het SO in de stad en met het wijkteam Haven. Voor nieuwkomers zonder Nederlands werken we "
            "samen met de taalklas van een andere ASG-school; kinderen gaan daar een jaar naartoe en stromen daarna "
            "bij ons in met een overdrachtsgesprek. We willen in 2026 een eigen schakelgroep voor vier ochtenden "
            "per week, als het aantal nieuwkomers in Haven blijft groeien.")
    doc.add_heading("2.5 Nieuw: werken in units", level=2)
    _p(doc, "We willen meer ruimte voor verschillen tussen kinderen dan een klassikaal jaarklassensysteem biedt. Na "
            "een studiereis naar twee unitscholen in Zwolle en Amersfoort (najaar 2024) starten we in 2026-2027 met "
            "een pilot in groep 3 en 4: vier groepen werken als één unit met twee leerpleinen, instructie op "
            "niveau en een vast team van vier leerkrachten en een onderwijsassistent. De pilot wordt begeleid door "
            "een onderzoeker van Windesheim Almere. In mei 2027 besluiten team en MR of we het unitonderwijs "
            "uitbreiden naar groep 5 en 6.")
    doc.add_heading("2.6 Hoe we de kwaliteit bewaken", level=2)
    _p(doc, "Onze kwaliteitszorg volgt een vaste jaarcyclus. We werken met WMK-PO: ieder jaar nemen we vier "
            "kwaliteitskaarten af bij team, ouders of leerlingen, zodat in vier jaar alle standaarden van het "
            "inspectiekader aan bod komen. De directie legt twee keer per jaar groepsbezoeken af met een kijkwijzer "
            "die is gebaseerd op het directe instructiemodel (EDI). De resultaten van de Cito-toetsen worden in "
            "februari en juni op school-, bouw- en groepsniveau geanalyseerd in een trendanalyse; de conclusies "
            "gaan naar het team en worden vertaald naar het jaarplan.")
    _p(doc, "Per kwartaal rapporteren we aan het bestuur in de ASG-kwartaalrapportage over opbrengsten, personeel, "
            "financiën en de voortgang van het jaarplan. In het jaarverslag (oktober) kijken we terug op het vorige "
            "schooljaar en stellen we het jaarplan bij. Zo doorlopen we de PDCA-cyclus op school- en groepsniveau.")
    _p(doc, "Kwaliteit maak je niet alleen met lijstjes. We willen een team dat samen leert. Daarom werken "
            "leerkrachten sinds 2024 in leerteams van vier tot zes collega’s rond een eigen onderzoeksvraag "
            "(bijvoorbeeld: ‘Hoe krijgen we stille kinderen aan het woord bij begrijpend lezen?’). De leerteams "
            "komen vier keer per jaar bij elkaar en presenteren in juni hun opbrengst aan de rest van het team. "
            "Daarnaast bezoekt iedere leerkracht twee keer per jaar een collega voor een collegiale consultatie.")
    _p(doc, "Met een open blik kijken we naar de verscheidenheid van onze leerlingen en medewerkers. Wij zijn "
            "open en eerlijk naar ouders en naar elkaar.")

    # ---------- 3 personeel ----------
    doc.add_heading("3. Mensen maken het kindcentrum", level=1)
    _p(doc, "Dit hoofdstuk hoort bij het tweede venster, personeel in positie.", italic=True)
    doc.add_heading("3.1 Ons team", level=2)
    _p(doc, "Het team van Sint-Lidwina is gemiddeld 41 jaar oud; een derde van de leerkrachten is jonger dan "
            "dertig, vijf collega’s gaan in de planperiode met pensioen. Dat betekent dat we jonge collega’s moeten "
            "binden en de kennis van ervaren collega’s moeten vasthouden. Onze medewerkers voelen zich betrokken bij "
            "en trots op ASG en op onze school.")
    doc.add_heading("3.2 Werkdruk en welbevinden", level=2)
    _p(doc, "Het ziekteverzuim was in 2024 6,1%, waarvan een groot deel langdurig. Dat is te hoog. Met de werkdrukmiddelen "
            "hebben we gekozen voor vijf onderwijsassistenten en een vakleerkracht gym, zodat leerkrachten twee keer "
            "per week een blok zonder groep hebben. In het jaarlijkse gesprek vragen we elke medewerker expliciet "
            "hoe het met hem of haar gaat, los van het werk, en in welke levensfase iemand zit. Collega’s met jonge "
            "kinderen of mantelzorgtaken kunnen een voorkeur voor werkdagen opgeven die we bij de formatie zoveel "
            "mogelijk honoreren. We streven naar een verzuim onder de 4,5% in 2027. Bij langer verzuim dan twee "
            "weken neemt de directeur binnen een week contact op, ook als het niet werkgerelateerd is.")
    doc.add_heading("3.3 Leren en ontwikkelen", level=2)
    _p(doc, "Iedere medewerker formuleert aan het begin van het schooljaar een eigen ontwikkeldoel in zijn of haar "
            "persoonlijk ontwikkelplan. Dat doel kiest de medewerker zelf; het hoeft niet aan het schoolplan te "
            "hangen, maar het mag wel. In 2024-2025 kozen collega’s onder meer voor een opleiding tot rekenspecialist, "
            "een cursus jonge kind en het leren werken met een leesmonitor. In het eindgesprek laat de medewerker "
            "zien wat het heeft opgeleverd.")
    _p(doc, "Naast dit individuele leren hebben we teamscholing: in 2025-2026 op EDI en activerende didactiek, in "
            "2026-2027 op close reading. De beide intern begeleiders volgen de leergang ‘Sterk in begeleiden’ van de "
            "ASG Academie en nemen deel aan het ASG-netwerk van IB’ers. Onze adjunct-directeur volgt in 2025-2026 de "
            "leiderschapsleergang van de Academie. Het scholingsbudget (ca. € 600 per fte per jaar) verdelen we "
            "voor 40% naar teamscholing en voor 60% naar individuele wensen.")
    _p(doc, "Talent dat we in huis hebben, zetten we breder in. Onze rekenspecialist Joost Brandsen verzorgt sinds dit "
            "jaar op verzoek van de ASG Academie twee keer per jaar de module ‘rekendidactiek’ voor startende "
            "leerkrachten van alle ASG-basisscholen. Daarvoor krijgt hij vier uur per week vrij van lesgevende taken.")
    doc.add_heading("3.4 Gesprekkencyclus", level=2)
    _p(doc, "We volgen de gesprekkencyclus van ASG: een startgesprek in september/oktober, een klassenbezoek met "
            "voortgangsgesprek in het voorjaar en om de drie jaar een beoordelingsgesprek. Alle gesprekken worden "
            "vastgelegd in het digitale personeelsdossier. In 2023-2024 werd de cyclus voor 78% van de medewerkers "
            "volledig doorlopen, vooral door wisselingen in de leiding. Ons doel is 100% vanaf 2025-2026. Directeur "
            "en adjunct verdelen de medewerkers vast over hun ‘gespreksportefeuille’.")
    doc.add_heading("3.5 Nieuwe collega’s en opleiden", level=2)
    _p(doc, "Nieuwe collega’s krijgen een maatje en doorlopen in het eerste jaar een inwerkprogramma met vijf "
            "bijeenkomsten. Startende leerkrachten krijgen drie jaar begeleiding volgens het ASG-programma voor "
            "starters. Op dit moment werken er twee zij-instromers bij ons die nog geen bevoegdheid hebben. Zij "
            "volgen het zij-instroomtraject van Windesheim Almere, krijgen een ervaren collega als coach en hebben "
            "vier uur per week studietijd binnen de normjaartaak. Beiden moeten in de zomer van 2027 hun "
            "bevoegdheid hebben. Jaarlijks plaatsen we zes tot acht pabo-studenten; in 2025-2026 worden we "
            "erkende opleidingsschool binnen het ASG-partnerschap met de pabo.")

    # ---------- 4 ASG ----------
    doc.add_heading("4. Sterker samen binnen ASG", level=1)
    _p(doc, "Dit hoofdstuk hoort bij het derde venster, de meerwaarde van ASG.", italic=True)
    _p(doc, "Wij zijn een van de ruim dertig basisscholen van ASG. Daar willen we meer uithalen dan we nu doen. "
            "De directeur neemt deel aan de professionele leergemeenschap van directeuren PO, de IB’ers aan het "
            "IB-netwerk, en sinds 2024 hebben we een vaste uitwisseling met twee andere ASG-scholen in Haven: "
            "vier keer per jaar bezoeken bouwcoördinatoren en leerkrachten elkaars school op een woensdagmiddag. "
            "In 2025-2026 nemen we met het hele team deel aan de ASG-brede studiedag.")
    _p(doc, "Zoals in hoofdstuk 2 beschreven maken we gebruik van de gedragsspecialist uit de ASG-expertisepool. Ook "
            "bij de keuze van een nieuwe rekenmethode vragen we advies van de onderwijsadviseur van het "
            "servicebureau, zodat we niet zelf het wiel hoeven uit te vinden.")
    _p(doc, "Voor onze leerlingen betekent ASG vooral: een goede overstap naar het voortgezet onderwijs. Ongeveer "
            "de helft van onze leerlingen gaat naar een ASG-school voor voortgezet onderwijs. We willen in 2026 met "
            "alle VO-scholen in Haven een warme overdracht hebben voor de leerlingen die extra aandacht nodig hebben, "
            "en we nodigen de mentoren van de brugklassen in oktober uit om terug te koppelen hoe het met onze oud-"
            "leerlingen gaat. Tegelijk werken we met onze kinderopvangpartner aan een doorgaande lijn van 0 tot 13 "
            "jaar, zodat kinderen van de peutergroep tot groep 8 in hetzelfde huis kunnen opgroeien.")

    # ---------- 5 partnerschap ----------
    doc.add_heading("5. Samen met ouders, opvang en wijk", level=1)
    _p(doc, "Dit hoofdstuk hoort bij het vierde venster, partnerschap.", italic=True)
    doc.add_heading("5.1 Ouders", level=2)
    _p(doc, "Ouders kennen hun kind het best. We willen dat ouders niet alleen bij de kerstviering komen, maar weten "
            "wat hun kind leert en hoe ze thuis kunnen helpen. Vanaf 2025-2026 voeren we in groep 5 tot en met 8 "
            "driehoeksgesprekken: het kind vertelt zelf aan ouders en leerkracht waar het staat en wat het wil "
            "leren. In groep 1 tot en met 4 is er in september een startgesprek (‘omgekeerd oudergesprek’) waarin "
            "ouders vertellen over hun kind. In de onderbouw krijgen ouders per thema een themabrief met "
            "woorden en spelletjes voor thuis, in het Nederlands en, via de vertaalfunctie van Parro, in de "
            "eigen taal.")
    _p(doc, "Onze communicatie moet duidelijk en toegankelijk zijn. Ouders ontvangen elke twee weken de Lidwina-"
            "post via Parro, met de belangrijkste data en een stukje uit elke bouw. Brieven schrijven we op "
            "taalniveau B1. De schoolgids staat op de website en wordt door de MR gelezen op begrijpelijkheid. "
            "Ouders kunnen de directie zonder afspraak spreken tijdens het ‘koffie-uur’ op de eerste "
            "vrijdag van de maand. Bij klachten volgen we de klachtenregeling van ASG; in 2024 kwamen er twee "
            "formele klachten binnen, beide opgelost op schoolniveau.")
    doc.add_heading("5.2 Medezeggenschap", level=2)
    _p(doc, "De MR bestaat uit vier ouders en vier personeelsleden en vergadert zes keer per jaar. De directeur "
            "sluit het eerste deel van elke vergadering aan. We betrekken de MR vroeg: bij de keuze voor de "
            "rekenmethode, de pilot unitonderwijs en de inzet van de werkdrukmiddelen praat de MR mee voordat er "
            "een voorstel ligt. De MR heeft een eigen jaarplanning en een budget van € 1.500 per jaar voor scholing "
            "en een ouderavond. Vanaf 2025-2026 organiseert de MR één keer per jaar een open MR-avond voor alle "
            "ouders. Daarnaast is er een ouderraad die vieringen en feesten organiseert.")
    doc.add_heading("5.3 Kinderopvang en wijk", level=2)
    _p(doc, "Met Kinderopvang Havenlicht delen we het gebouw en steeds meer ook het pedagogisch klimaat. In 2025-2026 "
            "werken peutergroepen en kleutergroepen met dezelfde vier thema’s en dezelfde Kwink-afspraken, en "
            "krijgt elke peuter bij de overgang naar groep 1 een warme overdracht met de pedagogisch medewerker. "
            "Vanaf 2026 hebben we één gezamenlijk kindcentrumoverleg (directeur, locatiemanager, IB onderbouw) "
            "dat elke zes weken bijeenkomt.")
    _p(doc, "In de wijk werken we samen met de Nieuwe Bibliotheek (bibliotheek op school, leesconsulent vier uur "
            "per week), met De Schoor (jongerenwerk en de naschoolse activiteiten in wijkcentrum De Roef), met de "
            "buurtsportcoach van Sportbedrijf Almere, met het wijkteam Haven en de GGD Flevoland "
            "(jeugdverpleegkundige spreekuur op school, eens per maand). Met de parochie bereiden we de vieringen "
            "voor. De buurtsportcoach verzorgt in 2025-2026 op dinsdag- en donderdagmiddag een sportaanbod op het "
            "schoolplein, zodat kinderen die niet naar een club gaan toch bewegen.")
    _p(doc, "Ook het lerarentekort pakken we niet alleen aan. Samen met drie andere basisscholen in Haven – twee "
            "daarvan van een ander bestuur – hebben we in 2024 afspraken gemaakt over een gezamenlijke invalpool "
            "van drie leerkrachten en gezamenlijke werving op de pabo. We willen deze samenwerking in 2026 "
            "vastleggen in een convenant, met de gemeente als gesprekspartner voor huisvesting van starters.")

    # ---------- 6 doelen ----------
    doc.add_heading("6. Onze doelen 2025-2029 in één overzicht", level=1)
    _p(doc, "In deze tabel staan de doelen uit alle hoofdstukken. Elk jaar kiezen we in het jaarplan welke doelen we "
            "dat jaar uitwerken. De kolom ‘Hfst.’ verwijst naar het hoofdstuk waar het doel wordt toegelicht.")
    goals = [
        ("1", "2", "Close reading invoeren bij begrijpend lezen in groep 4-8", "2F lezen doorstroomtoets van 58% (2024) naar 65%", "Invoering 2026-27; resultaat 2028", "Leescoördinator"),
        ("2", "2", "Nieuwe rekenmethode kiezen en invoeren; dagelijks automatiseren", "1S rekenen van 38% naar 45%", "Besluit jan. 2026; resultaat 2028", "Rekenspecialist"),
        ("3", "2", "Woordenschat kleuters: extra woordenschatlijn en doorgaande thema’s met peuteropvang", "Aandeel kleuters onder verwacht niveau taal (KIJK!) van 32% naar 22%", "2027-2028", "IB onderbouw"),
        ("4", "2", "Leerlijn burgerschap groep 1-8 vaststellen en uitvoeren", "Leerlijn vastgesteld; elke groep minstens 3 lessen per thema", "Juni 2026", "Werkgroep burgerschap"),
        ("5", "2", "Leerlijn digitale geletterdheid groep 1-8", "Leerlijn vastgesteld en in alle groepen in gebruik", "2026-2027", "ICT-coördinator"),
        ("6", "2", "Buiten leren bij wereldoriëntatie", "Per thema minstens één les buiten (Havense Bos, Gooimeer)", "Vanaf 2025-2026", "Bouwcoördinatoren"),
        ("7", "2", "Sociale veiligheid vergroten met herstelgericht werken", "95% van de leerlingen groep 5-8 voelt zich veilig (2024: 91%)", "2027", "Anti-pestcoördinator"),
        ("8", "2", "Kindgesprekken in groep 3-8", "Met ieder kind 2 gesprekken per jaar", "Vanaf 2025-2026", "Leerkrachten"),
        ("9", "2", "SOP herzien, inclusief schakelgroep nieuwkomers", "Herzien SOP besproken in MR", "Maart 2026", "IB’ers"),
        ("10", "2", "Pilot unitonderwijs groep 3-4", "Evaluatie met Windesheim; besluit over uitbreiding", "Pilot 2026-27; besluit mei 2027", "Adjunct-directeur"),
        ("11", "2", "Kwaliteitszorg met WMK-PO en trendanalyses", "Jaarlijks 4 kwaliteitskaarten; 2 trendanalyses", "Jaarlijks", "Directeur"),
        ("12", "2", "Leerteams en collegiale consultatie", "Elke leerkracht in een leerteam; 2 consultaties per jaar", "Vanaf 2025-2026", "Adjunct-directeur"),
        ("13", "3", "Verzuim terugdringen", "Ziekteverzuim van 6,1% naar onder 4,5%", "2027", "Directeur"),
        ("14", "3", "Gesprekkencyclus volledig uitvoeren", "100% van de medewerkers (2023-24: 78%)", "Elk jaar vanaf 2025-2026", "Directie"),
        ("15", "3", "Eigen ontwikkeldoel in POP", "Alle medewerkers hebben een POP met eigen doel", "Jaarlijks in oktober", "Medewerkers"),
        ("16", "3", "Zij-instromers naar bevoegdheid", "2 van 2 zij-instromers bevoegd", "Zomer 2027", "Directeur"),
        ("17", "3", "Erkende opleidingsschool worden", "Erkenning binnen ASG-partnerschap; 6-8 studenten per jaar", "2025-2026", "Schoolopleider"),
        ("18", "4", "Uitwisseling met ASG-scholen in Haven; rekenmodule voor ASG-starters", "4 uitwisselingen per jaar; 2 modules", "Vanaf 2025-2026", "Bouwcoördinatoren"),
        ("19", "4", "Warme overdracht naar VO en terugkoppeling brugklas", "Warme overdracht met alle VO-scholen in Haven", "2026", "IB bovenbouw"),
        ("20", "5", "Driehoeksgesprekken groep 5-8 en startgesprekken groep 1-4", "Oudertevredenheid over informatie van 7,1 naar 7,8", "Invoering 2025-26; meting 2027", "Bouwcoördinatoren"),
        ("21", "5", "Open MR-avond voor alle ouders", "Eén avond per jaar", "Vanaf 2025-2026", "MR"),
        ("22", "5", "Kindcentrumoverleg met Kinderopvang Havenlicht", "Overleg elke 6 weken; gezamenlijke themaplanning", "2026", "Directeur"),
        ("23", "5", "Sportaanbod na schooltijd met buurtsportcoach", "2 middagen per week", "2025-2026", "Vakleerkracht gym"),
        ("24", "5", "Convenant invalpool met scholen in Haven", "Convenant getekend; pool van 3 leerkrachten", "2026", "Directeur"),
    ]
    gt = doc.add_table(rows=1, cols=6)
    gt.style = "Table Grid"
    for i, h in enumerate(["Nr.", "Hfst.", "Doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"]):
        gt.rows[0].cells[i].text = h
        for par in gt.rows[0].cells[i].paragraphs:
            for run in par.runs:
                run.bold = True
    for g in goals:
        cells = gt.add_row().cells
        for i, v in enumerate(g):
            cells[i].text = v
    _p(doc, "")
    _p(doc, "Wij geven altijd het beste van onszelf, voor ieder kind.")

    # ---------- 7 vaststelling ----------
    doc.add_heading("7. Vaststelling en instemming", level=1)
    _p(doc, "Dit schoolplan is op 2 juni 2025 in concept besproken met het team. De medezeggenschapsraad van "
            "Katholiek Kindcentrum Sint-Lidwina heeft in haar vergadering van 10 juni 2025 ingestemd met het "
            "schoolplan 2025-2029. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op "
            "1 juli 2025 vastgesteld. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029.")
    st = doc.add_table(rows=3, cols=2)
    st.style = "Table Grid"
    st.cell(0, 0).text = "Namens de MR"
    st.cell(0, 1).text = "Namens het bevoegd gezag"
    st.cell(1, 0).text = "R. Tjon-A-Fat, voorzitter MR\nDatum: 10 juni 2025"
    st.cell(1, 1).text = "College van Bestuur ASG\nDatum: 1 juli 2025"
    st.cell(2, 0).text = "Handtekening:"
    st.cell(2, 1).text = "Handtekening:"

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_167_kkc_sint_lidwina.docx")
