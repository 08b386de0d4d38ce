"""Schoolplan 2025-2029 van Katholieke basisschool De Duizendknoop (Almere, Kruidenwijk).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm


SCHOOL = "Katholieke basisschool De Duizendknoop"


def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Title"):
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


def _paginanummer(doc):
    voet = doc.sections[0].footer
    p = voet.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("KBS De Duizendknoop - schoolplan 2025-2029 - pagina ")
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


def _herhaal_kop(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def h1(doc, t):
    doc.add_heading(t, level=1)


def h2(doc, t):
    doc.add_heading(t, level=2)


def p(doc, t):
    return doc.add_paragraph(t)


def opsom(doc, items):
    for i in items:
        doc.add_paragraph(i, style="List Bullet")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)

    cp = doc.core_properties
    cp.title = "Schoolplan KBS De Duizendknoop 2025-2029"
    cp.author = "M. van Doorn"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 6, 26, 9, 30, 0)
    cp.modified = datetime.datetime(2025, 7, 3, 14, 5, 0)
    cp.last_modified_by = "M. van Doorn"

    # ---------------- voorblad ----------------
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Schoolplan 2025 - 2029")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x5A, 0x2D, 0x82)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(SCHOOL)
    r.font.size = Pt(18)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Samen leren - Ieder kind telt - Een sterk team - Midden in de wijk")
    r.italic = True
    r.font.size = Pt(12)
    doc.add_paragraph()
    gegevens = [
        ("Adres", "Venkelweg 21, 1339 GD Almere"),
        ("BRIN", "31KD"),
        ("Bestuur", "Almeerse Scholen Groep"),
        ("Directeur", "Marieke van Doorn"),
        ("Adjunct-directeur", "Joost Hendriks"),
        ("Intern begeleiders", "Sandra Koelewijn (groep 1-4) en Youssef El Idrissi (groep 5-8)"),
        ("Looptijd", "1 augustus 2025 tot en met 31 juli 2029"),
        ("Instemming MR", "17 juni 2025"),
    ]
    tab = doc.add_table(rows=0, cols=2)
    tab.style = "Light List Accent 4"
    for k, v in gegevens:
        cellen = tab.add_row().cells
        cellen[0].text = k
        cellen[1].text = v
        cellen[0].paragraphs[0].runs[0].bold = True
    doc.add_page_break()

    # ---------------- voorwoord ----------------
    h1(doc, "Voorwoord")
    p(doc, "Beste lezer,")
    p(doc, "Voor u ligt het schoolplan van De Duizendknoop voor de schooljaren 2025-2026 tot en met 2028-2029. "
      "We hebben het de afgelopen maanden met z'n allen geschreven: op de studiedag van 3 februari 2025 met het "
      "hele team, in twee avonden met het ouderpanel en in een speciale vergadering van onze kinderraad. Wat u "
      "leest is dus geen plan van de directie, maar van de school.")
    p(doc, "Bij de start van dit plan vroegen we het team om in één zin te zeggen waar De Duizendknoop over vier jaar "
      "moet staan. De zin die het vaakst terugkwam was: 'Elk kind leest, rekent en durft, en wij weten waarom.' "
      "Die zin is het hart van dit plan geworden. We hebben het plan opgebouwd rond vier thema's die we op de "
      "studiedag zelf hebben gekozen: Samen leren, Ieder kind telt, Een sterk team en Midden in de wijk. "
      "Sommige onderwerpen staan daardoor op een andere plek dan u misschien verwacht. Het werkplezier van het "
      "team staat bijvoorbeeld bij 'Ieder kind telt', omdat we vinden dat een kind alleen gezien wordt door een "
      "juf of meester die zelf goed in haar of zijn vel zit. Het contact met ouders staat bij 'Samen leren', "
      "omdat ouders voor ons mede-opvoeders en mede-leerkrachten zijn.")
    p(doc, "Achter in het plan vindt u een tabel met onze doelen. Die tabel is de basis voor de jaarplannen: elk jaar "
      "in juli kiezen we welke doelen dat jaar aan de beurt zijn, en elk jaar in oktober kijken we in het "
      "jaarverslag terug.")
    p(doc, "Veel leesplezier, en loop gerust eens binnen.")
    p(doc, "Marieke van Doorn, directeur")

    # ---------------- wie wij zijn ----------------
    h1(doc, "1. Wie wij zijn")
    h2(doc, "1.1 Onze school in de Kruidenwijk")
    p(doc, "De Duizendknoop staat sinds 1986 in de Kruidenwijk in Almere Stad, tussen de Venkelweg en het "
      "Kruidenpark. Het gebouw is in 2019 gerenoveerd en heeft sindsdien een open leerplein in het midden, "
      "een speellokaal voor de kleuters en een gedeelde ruimte met de buitenschoolse opvang. Op 1 oktober 2024 "
      "telden we 312 leerlingen, verdeeld over 13 groepen: vier kleutergroepen (1/2) en negen groepen van 3 tot "
      "en met 8. Het leerlingenaantal is de afgelopen vijf jaar vrij stabiel geweest (tussen 298 en 321).")
    p(doc, "De Kruidenwijk is een gemengde wijk met veel rijtjeshuizen uit de jaren tachtig en een toenemend aantal "
      "jonge gezinnen. De schoolweging van De Duizendknoop is 33,1 (landelijk gemiddelde 30). Dat betekent dat "
      "relatief veel van onze kinderen thuis minder vanzelfsprekend ondersteuning bij het leren krijgen. Bij 41% "
      "van onze kinderen wordt thuis (ook) een andere taal dan Nederlands gesproken; de grootste groepen zijn "
      "Surinaams-Nederlandse, Marokkaanse, Poolse, Ghanese en Syrische gezinnen. Ongeveer een derde van onze "
      "gezinnen is katholiek, een vijfde islamitisch en ruim een derde noemt zich niet gelovig.")
    h2(doc, "1.2 Ons team")
    p(doc, "Ons team bestaat uit 29 mensen: 19 groepsleerkrachten (samen 15,2 fte), een vakleerkracht bewegingsonderwijs, "
      "vier onderwijsassistenten, twee intern begeleiders (samen 1,4 fte), een directeur, een adjunct-directeur "
      "die ook twee dagen lesgeeft, een administratief medewerker en een conciërge. Twee leerkrachten zijn "
      "zij-instromer en volgen de pabo-deeltijdopleiding. De gemiddelde leeftijd is 41 jaar; zeven collega's "
      "zijn ouder dan 55, vijf jonger dan 30.")
    h2(doc, "1.3 Waar we vandaan komen")
    p(doc, "In het vorige schoolplan (2021-2025) hebben we vooral gewerkt aan het herstel na de schoolsluitingen, aan "
      "een nieuwe rekenmethode en aan de invoering van De Vreedzame School. Dat laatste is goed gelukt: de sfeer "
      "in de school is rustiger en in de leerlingenvragenlijst van 2024 gaf 93% van de kinderen uit groep 5 tot "
      "en met 8 aan zich veilig te voelen op school. De rekenmethode is ingevoerd, maar onze rekenresultaten "
      "blijven achter bij wat we van onze kinderen mogen verwachten. Ook het begrijpend lezen baart ons zorgen. "
      "Bij het inspectiebezoek in november 2022 was het oordeel over de school voldoende; de inspectie noemde de "
      "zorg voor het schoolklimaat een sterk punt en vroeg ons om de analyse van de leerresultaten scherper te "
      "maken en meer te laten zien wat we ermee doen.")
    p(doc, "De doorstroomtoets in 2025 (Boom Doorstroomtoets) liet de volgende percentages zien, met daarachter het "
      "gemiddelde van de laatste drie jaar:")
    opsom(doc, [
        "lezen: 1F 94% (driejaarsgemiddelde 92%), 2F 58% (56%);",
        "taalverzorging: 1F 95% (94%), 2F 56% (55%);",
        "rekenen: 1F 88% (86%), 1S 31% (33%).",
    ])
    p(doc, "We zitten daarmee boven de signaleringswaarden, maar op rekenen 1S en lezen 2F onder het landelijk "
      "gemiddelde van scholen met een vergelijkbare schoolweging. Daar ligt onze belangrijkste opdracht.")

    # ---------------- samen leren ----------------
    h1(doc, "2. Samen leren")
    p(doc, "Onder 'Samen leren' vatten we alles wat te maken heeft met de lessen zelf: wat we aanbieden, hoe we lesgeven "
      "en hoe ouders en school samen optrekken in het leren van het kind.")
    h2(doc, "2.1 Ons aanbod in het kort")
    p(doc, "We werken met methodes die de kerndoelen dekken en die aansluiten bij de referentieniveaus. In de "
      "kleutergroepen werken we met thema's uit Kleuterplein en volgen we de ontwikkeling met KIJK!. In groep 3 "
      "leren de kinderen lezen met Veilig leren lezen (KIM-versie). Voor technisch lezen in groep 4 tot en met 6 "
      "gebruiken we Estafette, voor begrijpend lezen Nieuwsbegrip, voor taal en spelling Staal en voor rekenen "
      "Getal & Ruimte Junior. Wereldoriëntatie geven we met Blink Wereld in vier thema's per jaar, Engels met "
      "Groove.me vanaf groep 1. Levensbeschouwing geven we met Trefwoord (zie hoofdstuk 5). Voor kunst en cultuur "
      "nemen we deel aan het programma Cultuureducatie met Kwaliteit van Kunstlinie Almere, waardoor elke groep "
      "per jaar minimaal twee voorstellingen of workshops krijgt.")
    p(doc, "De onderwijstijd is 940 uur per jaar; in acht jaar komen de kinderen ruim boven de wettelijke 7.520 uur. "
      "We hanteren een continurooster van 8.30 tot 14.15 uur, op woensdag tot 12.15 uur.")
    h2(doc, "2.2 Lezen: het leesoffensief")
    p(doc, "Lezen is de sleutel tot bijna al het andere leren, en juist bij onze kinderen is de woordenschat vaak "
      "beperkt. Daarom starten we in augustus 2025 met wat we intern 'het leesoffensief' noemen. Het bestaat uit "
      "vier afspraken die voor alle groepen gelden:")
    opsom(doc, [
        "Elke dag, in elke groep, 20 minuten vrij lezen direct na de ochtendpauze. Niemand doet dan iets anders; "
        "ook de directeur en de conciërge lezen mee.",
        "Woordenschat wordt in alle vakken expliciet onderwezen met de viertakt (voorbewerken, semantiseren, "
        "consolideren, controleren). Bij elk Blink-thema maken we een woordmuur.",
        "De schoolbibliotheek wordt in 2025-2026 vernieuwd in samenwerking met De Nieuwe Bibliotheek (bibliotheek "
        "op school); de leesconsulent komt twee dagdelen per maand.",
        "Kinderen die na de M4-toets nog niet AVI-E3 lezen krijgen vier keer per week extra instructie in een "
        "klein groepje met het programma Bouw! onder begeleiding van een getrainde onderwijsassistent.",
    ])
    p(doc, "Het leesoffensief wordt gecoördineerd door onze leescoördinator Femke Sanders, die daarvoor in 2024-2025 "
      "de opleiding tot leesspecialist heeft afgerond.")
    h2(doc, "2.3 Rekenen: automatiseren en hardop denken")
    p(doc, "Uit onze analyse van de rekenresultaten blijkt dat veel kinderen vastlopen op de basisvaardigheden "
      "(tafels, splitsen, breuken) en op het begrijpen van contextsommen. We gaan daarom drie dingen anders doen. "
      "Ten eerste krijgt automatiseren dagelijks een vaste plek van tien minuten, met de oefensoftware Rekentuin en "
      "met spelvormen in de klas. Ten tweede leren we kinderen bij contextsommen hardop te denken met een vaste "
      "oplossingsaanpak (lezen, tekenen, rekenen, controleren), die in alle groepen dezelfde naam en dezelfde "
      "kaart aan de muur heeft. Ten derde maken de leerkrachten van groep 5 tot en met 8 vanaf 2026 gebruik van "
      "de gegevens uit het leerlingvolgsysteem om twee keer per jaar per kind te bepalen welke basisvaardigheden "
      "nog niet beheerst worden.")
    h2(doc, "2.4 Hoe we lesgeven: expliciete directe instructie")
    p(doc, "Om de kwaliteit van de lessen overal even goed te krijgen kiezen we één gezamenlijk lesmodel: expliciete "
      "directe instructie (EDI). Iedereen weet dan wat er in een goede les gebeurt: een duidelijk lesdoel dat op "
      "het bord staat, activeren van voorkennis, heldere uitleg met voordoen, controle van begrip met wisbordjes, "
      "begeleide inoefening en pas daarna zelfstandig werken, met verlengde instructie voor wie dat nodig heeft. "
      "Hoe we het team daarin scholen staat in hoofdstuk 4. We maken een eigen kijkwijzer van één A4, die we "
      "gebruiken bij klassenbezoeken en collegiale consultatie.")
    h2(doc, "2.5 Leren voor later: digitale geletterdheid")
    p(doc, "De samenleving waarin onze leerlingen straks leren en werken, vraagt dat zij "
      "verstandig omgaan met technologie, algoritmes en nepnieuws. We vinden dat de school hier meer moet doen dan "
      "we nu doen. Vanaf 2025-2026 voeren we in twee "
      "jaar de leerlijn digitale geletterdheid van Basicly in, met aandacht voor mediawijsheid, informatie "
      "zoeken, ICT-basisvaardigheden en computational thinking. In groep 1 tot en met 4 programmeren kinderen met "
      "Bee-Bots, in groep 7 en 8 met Scratch. Samen met het burgerschapsonderwijs uit hoofdstuk 5 maken we in "
      "2026-2027 een overzicht (een 'curriculumkaart') waarop per leerjaar te zien is welke vaardigheden voor de "
      "toekomst - samenwerken, kritisch denken, digitale vaardigheden, creatief denken - waar aan bod komen. Die "
      "kaart bespreken we daarna elk jaar op de studiedag in juni: wat missen we, wat kan eruit?")
    h2(doc, "2.6 Samen leren met ouders")
    p(doc, "Ouders kennen hun kind het best. Wij willen die kennis benutten en ouders zo goed mogelijk laten "
      "meedoen in het leren. Concreet betekent dat:")
    opsom(doc, [
        "In de derde schoolweek voeren we met alle ouders een startgesprek waarin de ouders vertellen en wij "
        "vooral luisteren ('omgekeerd oudergesprek'). Vanaf groep 5 is het kind erbij.",
        "In november en maart volgen de voortgangsgesprekken, in juni een gesprek op aanvraag. Vanaf groep 6 "
        "bespreken we in deze gesprekken samen met ouder en kind één leerdoel voor de komende periode.",
        "Elk trimester is er een kijkochtend waarop ouders het eerste uur in de groep meedoen.",
        "Ouders van kleuters krijgen bij elk Kleuterplein-thema een thuisblad met liedjes, woorden en "
        "spelletjes, in het Nederlands en waar mogelijk ook in de thuistaal.",
        "Voor ouders die het Nederlands nog niet goed beheersen organiseren we samen met De Schoor twee keer per "
        "week een taalcafé in de ouderkamer.",
    ])
    p(doc, "In schooljaar 2024-2025 was 87% van de ouders aanwezig bij de voortgangsgesprekken in november. Ons doel "
      "is dat dat in 2027 minimaal 95% is, en dat we ouders die we niet zien persoonlijk opbellen.")

    # ---------------- ieder kind telt ----------------
    h1(doc, "3. Ieder kind telt")
    p(doc, "Ieder kind telt, en ieder kind moet dat ook merken. Dat vraagt om goed kijken, goed luisteren en een "
      "school waarin kinderen zich veilig voelen. En het vraagt om leerkrachten die daar de rust en ruimte voor "
      "hebben. Daarom staat ook het welzijn van het team in dit hoofdstuk.")
    h2(doc, "3.1 Kijken en luisteren naar kinderen")
    p(doc, "Iedere leerkracht voert twee keer per jaar, in oktober en in februari, een kindgesprek van tien minuten "
      "met elk kind uit de groep. In het kindgesprek gaat het over drie vragen: waar ben je trots op, wat vind je "
      "lastig, en wat heb je van mij nodig? De antwoorden komen in het leerlingdossier en worden meegenomen in de "
      "groepsbespreking. Kinderen vanaf groep 4 houden een 'Ik-boekje' bij waarin ze hun werk en hun doelen "
      "bewaren; dat boekje gaat mee naar de oudergesprekken.")
    p(doc, "Vier keer per jaar is er het Duizendknoop Podium in de aula: elke groep laat zien wat ze geleerd hebben, "
      "en individuele kinderen kunnen zich inschrijven met een eigen talent, van turnen tot een spreekbeurt over "
      "hun geloof. Zo komt elk kind minstens één keer per jaar op het podium.")
    h2(doc, "3.2 Onze zorgstructuur")
    p(doc, "We volgen de ontwikkeling van de kinderen met het Cito-leerlingvolgsysteem (midden- en eindtoetsen) en "
      "voor de sociaal-emotionele ontwikkeling met ZIEN!. De intern begeleiders bespreken drie keer per jaar met "
      "elke leerkracht de hele groep (groepsbespreking in oktober, februari en juni). Daarin kijken we niet alleen "
      "naar toetsscores, maar ook naar de observaties en kindgesprekken: wat heeft deze groep nodig, welke kinderen "
      "hebben iets extra's nodig, en lukt het de leerkracht om dat te bieden? Kinderen over wie zorgen bestaan, "
      "worden besproken in de leerlingbespreking met de intern begeleider en waar nodig in het ondersteuningsteam, "
      "waarin ook de schoolmaatschappelijk werker en de jeugdverpleegkundige van de GGD zitten.")
    p(doc, "We werken per vak met drie instructieniveaus en leggen de afspraken daarover vast in een groepsoverzicht. "
      "Aparte groepsplannen schrijven we niet meer; die kostten veel tijd en werden weinig gebruikt. In plaats "
      "daarvan maakt de leerkracht na elke groepsbespreking een 'actiekaart' van één pagina met de drie "
      "belangrijkste acties voor de komende periode.")
    h2(doc, "3.3 Wat we bieden: ons ondersteuningsprofiel")
    p(doc, "In ons schoolondersteuningsprofiel (SOP) staat wat we ieder kind bieden (basisondersteuning) en welke "
      "extra ondersteuning mogelijk is. We actualiseren het SOP in het voorjaar van 2026, omdat er sinds 2022 veel "
      "is veranderd. In het kort:")
    opsom(doc, [
        "Taal en lezen: een dyslexieprotocol met vroegsignalering vanaf groep 2, extra leesinstructie met Bouw! "
        "en begeleiding naar een vergoed dyslexieonderzoek waar dat nodig is.",
        "Nieuwkomers: kinderen die korter dan twee jaar in Nederland zijn, krijgen twee ochtenden per week les in "
        "onze Taalklas bij een leerkracht met de opleiding NT2.",
        "Meer- en hoogbegaafdheid: de Denktank, een plusklas van een ochtend per week voor kinderen uit groep 4 "
        "tot en met 8, met eigen projecten en een compacte versie van de rekenmethode.",
        "Gedrag: een gedragsspecialist in het team (0,2 fte) die leerkrachten coacht bij kinderen met "
        "gedragsvragen, en korte begeleidingstrajecten voor kinderen met de schoolmaatschappelijk werker.",
        "Grenzen: we kunnen geen volledige één-op-één-begeleiding bieden, en onze mogelijkheden zijn beperkt bij "
        "kinderen die ernstig en langdurig de veiligheid van anderen in gevaar brengen of die een zeer "
        "intensieve medische verzorging nodig hebben. Dat zeggen we eerlijk bij de aanmelding.",
    ])
    h2(doc, "3.4 Een veilige school")
    p(doc, "Sinds 2021 werken we met De Vreedzame School. Elke week is er in elke groep een les, en de zes blokken "
      "lopen in alle groepen tegelijk, zodat het hele gebouw op hetzelfde moment met hetzelfde thema bezig is. "
      "In groep 7 en 8 zijn er elk jaar twaalf leerlingmediatoren die op het plein ruzies helpen oplossen; zij "
      "worden getraind door onze coördinator sociale veiligheid, Lotte Brouwer. Zij is ook het "
      "aanspreekpunt bij pesten en voert het anti-pestprotocol uit.")
    p(doc, "Onze vijf Duizendknoop-afspraken hangen in elke ruimte en worden in de eerste twee weken van het "
      "schooljaar ('de Gouden Weken') met elke groep besproken en aangevuld:")
    opsom(doc, [
        "We zijn aardig voor elkaar, ook als we het oneens zijn.",
        "We luisteren naar elkaar en laten elkaar uitpraten.",
        "We lossen ruzie op met praten.",
        "We zorgen voor onze spullen en onze school.",
        "Iedereen hoort erbij.",
    ])
    p(doc, "We meten de veiligheidsbeleving elk jaar in februari met de leerlingenvragenlijst van ZIEN! (groep 5 tot "
      "en met 8) en om het jaar met de oudervragenlijst. Incidenten registreren we in ParnasSys. Het "
      "veiligheidsplan wordt elk jaar in september door het team doorgelopen.")
    h2(doc, "3.5 En ook de juf en de meester tellen")
    p(doc, "In het medewerkersonderzoek van 2024 scoorde de vraag 'Ik kan mijn werk in de beschikbare tijd goed doen' "
      "bij ons een 5,9. Veel collega's gaven aan dat vooral het vergaderen, de administratie rond groepsplannen en "
      "het opvangen van zieke collega's zwaar wegen. Daar willen we wat aan doen, want een leerkracht die "
      "uitgeput is, ziet de kinderen minder goed. Afspraken voor de komende jaren:")
    opsom(doc, [
        "De werkdrukmiddelen (in 2025-2026 ongeveer 74.000 euro) besteden we aan twee extra onderwijsassistenten "
        "en aan de vakleerkracht bewegingsonderwijs, zodat groepsleerkrachten twee lesuren per week vrij hebben "
        "voor voorbereiding. Het team stemt daar elk jaar in mei opnieuw over.",
        "We hebben per jaar vier vergadervrije weken, die in de jaarplanning staan.",
        "De groepsplannen zijn vervangen door actiekaarten (zie 3.2).",
        "In het jaargesprek is er een vaste vraag over de levensfase waarin iemand zit: jonge kinderen, "
        "mantelzorg, een studie, of juist de laatste jaren voor het pensioen. Waar het kan passen we taken en "
        "werkdagen daarop aan, bijvoorbeeld door oudere collega's minder pleindiensten te geven.",
        "Een nieuwe collega krijgt het eerste jaar een vaste maatje-collega en een uur per week minder lesgebonden taken.",
    ])
    p(doc, "We willen dat de score op werkdrukbeleving in het medewerkersonderzoek van 2027 minimaal een 7,0 is.")

    # ---------------- een sterk team ----------------
    h1(doc, "4. Een sterk team")
    p(doc, "De kwaliteit van een school is de kwaliteit van de mensen die er werken. Daarom investeren we de komende "
      "vier jaar vooral in het vakmanschap van het team, en in manieren om van elkaar te leren.")
    h2(doc, "4.1 Scholing: één traject voor iedereen, daarnaast eigen keuzes")
    p(doc, "In 2025-2026 en 2026-2027 volgt het hele team een scholingstraject expliciete directe instructie, "
      "verzorgd door een externe trainer: vier studiemiddagen per jaar, elk gevolgd door een opdracht in de eigen "
      "groep en een nabespreking in het leerteam. De intern begeleiders en de adjunct-directeur worden opgeleid "
      "tot interne EDI-coach, zodat we de aanpak na 2027 zelf kunnen borgen. In juni 2027 heeft iedere leerkracht "
      "minimaal drie keer een klassenbezoek met de EDI-kijkwijzer gehad en is bij minimaal 80% van de bezochte "
      "lessen het lesdoel zichtbaar en de controle van begrip uitgevoerd.")
    p(doc, "Naast het gezamenlijke traject stelt iedere medewerker elk jaar in september een eigen leervraag op in "
      "het persoonlijk ontwikkelplan. Dat mag over alles gaan wat het werk beter maakt: een cursus over "
      "hoogbegaafdheid, een masteropleiding, meelopen op een andere school. Voor individuele scholing is per "
      "fte 500 euro per jaar beschikbaar. In 2024-2025 gebruikte 62% van de collega's dat budget; we hopen dat "
      "iedereen het gaat gebruiken.")
    h2(doc, "4.2 Leerteams en collegiale consultatie")
    p(doc, "Het team is verdeeld in twee leerteams: groep 1-4 en groep 5-8. Elk leerteam komt eens per drie weken "
      "anderhalf uur bij elkaar. Er wordt niet over roosters of uitjes gepraat, maar over lessen: we bereiden samen "
      "een les voor, één collega geeft die les terwijl de anderen kijken, en daarna bespreken we wat de kinderen "
      "ervan leerden (een eenvoudige vorm van lesson study). Daarnaast kiest iedere leerkracht zelf twee keer per "
      "jaar een collega bij wie hij of zij een les gaat bekijken.")
    p(doc, "Eens per kwartaal organiseert de adjunct-directeur een leesclub voor het team: we lezen een artikel of een "
      "hoofdstuk uit een boek over onderwijsonderzoek (bijvoorbeeld uit 'Wijze lessen' of van het Nationaal "
      "Regieorgaan Onderwijsonderzoek) en spreken af wat we ervan uitproberen. Wat werkt, nemen we op in onze "
      "afspraken; wat niet werkt, durven we ook weer los te laten.")
    h2(doc, "4.3 Leren buiten de eigen school")
    p(doc, "Onze intern begeleiders nemen deel aan het IB-netwerk van ASG en onze rekencoördinator aan het netwerk "
      "rekenen; de leescoördinator sluit aan bij het netwerk leesspecialisten van De Nieuwe Bibliotheek. Wat zij "
      "daar ophalen, brengen zij in in de leerteams. Onze vier kleuterleerkrachten vormen bovendien sinds "
      "2024 samen met de kleuterbouw van twee andere ASG-basisscholen in Almere Stad een werkgroep jonge kind. "
      "De werkgroep komt vier keer per jaar bij elkaar, telkens op een andere school, en werkt in deze planperiode "
      "aan een gezamenlijke leerlijn spel en aan een gedeelde observatiekalender.")
    h2(doc, "4.4 De jaarcyclus van gesprekken")
    p(doc, "Iedere medewerker doorloopt elk jaar dezelfde cyclus:")
    opsom(doc, [
        "september: startgesprek met de leidinggevende over de eigen leervraag en de taken;",
        "november tot en met februari: minimaal één klassenbezoek door directeur, adjunct of intern begeleider, "
        "met nagesprek aan de hand van de kijkwijzer;",
        "maart/april: functioneringsgesprek, waarin ook werkplezier en levensfase aan bod komen;",
        "eens per drie jaar: een beoordelingsgesprek, aan de hand van de bekwaamheidseisen.",
    ])
    p(doc, "Van alle gesprekken wordt een kort verslag gemaakt dat in het digitale personeelsdossier komt en door "
      "beide partijen wordt ondertekend. In 2024-2025 had 83% van de medewerkers de volledige cyclus doorlopen; "
      "vanaf 2025-2026 moet dat elk jaar 100% zijn.")
    h2(doc, "4.5 Zij-instromers en studenten")
    p(doc, "Twee van onze leerkrachten zijn zij-instromer. Zij volgen de verkorte pabo en krijgen van ons een uur per "
      "week begeleiding van onze schoolopleider, Ilse Verwoerd, een vast maatje in de bouw en studiedagen die "
      "niet meetellen voor hun normjaartaak. We hebben met beiden een plan gemaakt met tussenstappen; het doel "
      "is dat zij uiterlijk in juli 2027 hun bevoegdheid hebben. Ook onze onderwijsassistent die de pabo "
      "gaat doen, krijgt die begeleiding.")
    h2(doc, "4.6 Hoe we de kwaliteit bewaken")
    p(doc, "We werken met een vaste kwaliteitskalender, zodat we weten wat er wanneer gebeurt en niemand verrast wordt:")
    opsom(doc, [
        "oktober: jaarverslag van het vorige jaar, met de stand van de doelen uit dit plan;",
        "februari en juni: trendanalyse van de toetsresultaten per groep en per jaargroep over drie jaar, "
        "besproken in het team op de studiemiddag erna;",
        "maart: zelfevaluatie met twee kwaliteitskaarten van WMK-PO, elk jaar andere onderwerpen, zodat in vier "
        "jaar alle standaarden van het inspectiekader aan bod komen;",
        "februari: leerlingenvragenlijst (jaarlijks) en ouder- en medewerkersvragenlijst (om het jaar);",
        "juli: nieuw jaarplan, voorbereid in de leerteams en vastgesteld door de directie.",
    ])
    p(doc, "Na elke trendanalyse maken we per vakgebied een kort verbeterplan met hooguit drie acties. De directeur "
      "rapporteert vier keer per jaar aan het bestuur. De inspectie heeft in 2022 gevraagd om scherpere "
      "analyses; daarom werken we vanaf 2025 met een vast analyseformat waarin elke conclusie eindigt met 'en "
      "daarom gaan we ...'. Ons doel is dat onze resultaten elk jaar boven de signaleringswaarden van de "
      "inspectie blijven en dat een volgend inspectiebezoek opnieuw minimaal een voldoende oplevert.")

    # ---------------- midden in de wijk ----------------
    h1(doc, "5. Midden in de wijk")
    p(doc, "De Duizendknoop is een school van en voor de Kruidenwijk. We willen dat de school een plek is waar "
      "mensen graag binnenlopen, waar je weet wat er gebeurt en waar de wijk het gebouw ook na 14.15 uur gebruikt.")
    h2(doc, "5.1 Welkom op De Duizendknoop")
    p(doc, "Elke ochtend staan de leerkrachten vanaf 8.15 uur bij de deur van hun lokaal en geven ieder kind een hand "
      "of een boks. De directeur of adjunct staat op het plein bij het hek. Nieuwe gezinnen krijgen een "
      "rondleiding door twee leerlingen uit groep 8, onze 'Knoopgidsen', die daarvoor een korte training krijgen. "
      "Na de rondleiding volgt een kop koffie met de directeur. Nieuwe ouders worden in hun eerste maand door de "
      "leerkracht gebeld met de vraag hoe de start bevalt, en er is een welkomstochtend in september en in "
      "februari. In de oudervragenlijst van 2024 gaven ouders het stellingdeel 'Ik voel me welkom op school' "
      "gemiddeld een 8,2; we willen naar minimaal 8,5 in 2028.")
    h2(doc, "5.2 Weten wat er speelt")
    p(doc, "We informeren ouders via de app Parro (berichten per groep en foto's van activiteiten) en via onze "
      "nieuwsbrief 'Knoopjes', die om de week op donderdag verschijnt. Belangrijke besluiten, zoals dit schoolplan "
      "of een wijziging in de schooltijden, leggen we uit in de nieuwsbrief met een korte samenvatting in eenvoudig "
      "Nederlands en in het Engels. Elke maandagochtend van 8.30 tot 9.15 uur houdt de directeur een inloopspreekuur "
      "in de ouderkamer. Mails en Parro-berichten van ouders beantwoorden we binnen twee werkdagen. Gaat er iets mis "
      "met een kind, dan belt de leerkracht dezelfde dag nog.")
    h2(doc, "5.3 Onze katholieke identiteit")
    p(doc, "De Duizendknoop is een katholieke school. Dat merk je aan de verhalen die we vertellen, aan de vieringen en "
      "aan de manier waarop we met elkaar omgaan. Tegelijk zijn op onze school kinderen van elk geloof en van geen "
      "geloof, en die verscheidenheid zien we als rijkdom. We werken met Trefwoord, drie keer per week een kwartier. "
      "Met Kerstmis, Pasen, Pinksteren en aan het eind van het schooljaar is er een viering, twee keer per jaar "
      "samen met de pastoraal werker van de parochie. In de Veertigdagentijd doen we mee met de Vastenactie en "
      "zamelen de kinderen geld in voor een project dat de kinderraad kiest.")
    p(doc, "In januari houden we elk jaar een Week van de levensbeschouwing. Kinderen en ouders vertellen dan in de "
      "groepen over hun eigen feesten en gewoonten: het Suikerfeest, Divali, Chinees Nieuwjaar, of juist over wat "
      "een gezin zonder geloof belangrijk vindt. Leerkrachten bereiden die week samen voor in de leerteams. Ook in "
      "ons team zijn de achtergronden verschillend, en we vragen nieuwe collega's niet om katholiek te zijn, wel "
      "om de identiteit van de school te respecteren en mee te dragen.")
    h2(doc, "5.4 Burgerschap: oefenen in meedoen")
    p(doc, "Burgerschap is voor ons geen apart vak maar een manier van werken. De basis ligt in De Vreedzame School: "
      "kinderen leren samen beslissen, conflicten oplossen, verantwoordelijkheid nemen en openstaan voor "
      "verschillen. Daarnaast:")
    opsom(doc, [
        "De kinderraad (twee kinderen uit elke groep 5 tot en met 8) vergadert zes keer per jaar met de directeur "
        "en heeft een eigen budget van 750 euro per jaar.",
        "Groep 7 en 8 werken in Blink Wereld aan de thema's democratie en rechtsstaat, en bezoeken het "
        "stadhuis van Almere en de gemeenteraad.",
        "Elke groep 6 adopteert een stukje van het Kruidenpark en maakt het twee keer per jaar schoon.",
        "Groep 8 loopt in het kader van de Vreedzame Wijk mee met de wijkagent en bezoekt de bewoners van "
        "zorgcentrum De Kruidhof, waar ze voorlezen en spelletjes doen.",
    ])
    p(doc, "In 2026-2027 maken we op de curriculumkaart (zie 2.5) zichtbaar welke burgerschapsdoelen in welk leerjaar "
      "aan bod komen, zodat we kunnen laten zien dat we aan de wettelijke opdracht voldoen.")
    h2(doc, "5.5 Onze partners in de wijk")
    p(doc, "We werken samen met een groot aantal partners, elk met een duidelijke afspraak:")
    opsom(doc, [
        "Kinderopvang De Pluk verzorgt de voor- en buitenschoolse opvang in ons gebouw en de peutergroep. Met de "
        "peutergroep houden we drie keer per jaar een warme overdracht en doen we samen twee Kleuterplein-thema's.",
        "De Nieuwe Bibliotheek: bibliotheek op school, de leesconsulent en een jaarlijkse bibliotheekles per groep.",
        "De Schoor: het taalcafé voor ouders en de schoolmaatschappelijk werker.",
        "De buurtsportcoach van de gemeente: naschoolse sport op maandag en donderdag op ons plein.",
        "De parochie: vieringen, de Vastenactie en het gebruik van de kerkzaal voor de kerstmusical.",
        "De wijkagent en de jongerenwerker: overleg vier keer per jaar over de veiligheid rond de school.",
        "Zorgcentrum De Kruidhof: bezoeken van groep 8 en optredens bij het Duizendknoop Podium.",
    ])
    p(doc, "In 2026 willen we samen met De Pluk en De Schoor een aanbod op woensdagmiddag starten, zodat meer kinderen "
      "uit de wijk na school kunnen sporten, knutselen of huiswerk maken. In 2024-2025 deed 22% van onze kinderen "
      "mee aan een naschoolse activiteit; we willen in 2028 naar 40%.")

    # ---------------- doelen ----------------
    h1(doc, "6. Waar we in 2029 willen staan")
    p(doc, "In de tabel staan onze doelen voor deze planperiode. Bij elk doel staat de huidige stand, de streefwaarde, "
      "het jaar waarin we het willen bereiken en wie de eigenaar is. In het jaarplan worden de doelen uitgewerkt in "
      "acties; in het jaarverslag geven we elk jaar de stand.")
    rijen = [
        ("Samen leren", "Lezen: percentage leerlingen op 2F bij de doorstroomtoets",
         "58% (2025) -> 65%", "2028", "leescoördinator"),
        ("Samen leren", "Rekenen: percentage leerlingen op 1S bij de doorstroomtoets",
         "31% (2025) -> 40%", "2028", "rekencoördinator"),
        ("Samen leren", "Lezen, taalverzorging en rekenen: 1F blijft boven de 90%",
         "94 / 95 / 88% -> minimaal 90 / 90 / 90%", "elk jaar, vanaf 2027", "directeur"),
        ("Samen leren", "Leerlijn digitale geletterdheid ingevoerd in groep 1-8 en curriculumkaart vastgesteld",
         "niet aanwezig -> ingevoerd", "juni 2027", "ICT-coördinator"),
        ("Samen leren", "Opkomst ouders bij voortgangsgesprekken in november",
         "87% -> 95%", "2027", "bouwcoördinatoren"),
        ("Ieder kind telt", "Kindgesprekken twee keer per jaar met elk kind, vastgelegd in het dossier",
         "ca. 60% van de groepen -> 100%", "2026", "intern begeleiders"),
        ("Ieder kind telt", "Leerlingen groep 5-8 dat zich veilig voelt (ZIEN!-vragenlijst)",
         "93% -> minimaal 95%", "2027", "coördinator sociale veiligheid"),
        ("Ieder kind telt", "SOP geactualiseerd en op de website gepubliceerd",
         "versie 2022 -> nieuwe versie", "mei 2026", "intern begeleiders"),
        ("Ieder kind telt", "Werkdrukbeleving team in medewerkersonderzoek",
         "5,9 -> minimaal 7,0", "2027", "directeur"),
        ("Een sterk team", "Lessen waarin lesdoel zichtbaar is en begrip gecontroleerd wordt (klassenbezoek)",
         "nulmeting najaar 2025 -> 80%", "juni 2027", "adjunct-directeur"),
        ("Een sterk team", "Medewerkers die de volledige gesprekscyclus doorlopen",
         "83% -> 100%", "elk jaar vanaf 2025-2026", "directeur"),
        ("Een sterk team", "Zij-instromers bevoegd", "0 van 2 -> 2 van 2", "juli 2027", "schoolopleider"),
        ("Midden in de wijk", "Ouders die zich welkom voelen (oudervragenlijst)",
         "8,2 -> minimaal 8,5", "2028", "directeur"),
        ("Midden in de wijk", "Kinderen die meedoen aan een naschoolse activiteit",
         "22% -> 40%", "2028", "adjunct-directeur"),
    ]
    tabel = doc.add_table(rows=1, cols=5)
    tabel.style = "Light Grid Accent 4"
    kop = tabel.rows[0].cells
    for i, tkst in enumerate(["Thema", "Doel", "Nu -> streefwaarde", "Wanneer", "Eigenaar"]):
        kop[i].text = tkst
        kop[i].paragraphs[0].runs[0].bold = True
    _herhaal_kop(tabel.rows[0])
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, tkst in enumerate(rij):
            cellen[i].text = tkst
    p(doc, "")
    p(doc, "Niet alles kan tegelijk. We hebben bewust gekozen voor lezen, rekenen en het lesgeven zelf. Onderwerpen "
      "als een nieuwe methode voor wereldoriëntatie of een nieuw schoolgebouwplan laten we deze periode liggen.")

    # ---------------- vaststelling ----------------
    h1(doc, "7. Vaststelling")
    p(doc, "Dit schoolplan is besproken in het team op 12 mei 2025 en in de medezeggenschapsraad op 3 en 17 juni "
      "2025. De MR heeft op 17 juni 2025 ingestemd met het schoolplan. Het plan is op 8 juli 2025 vastgesteld door "
      "het College van Bestuur van de Almeerse Scholen Groep.")
    tab = doc.add_table(rows=3, cols=2)
    tab.style = "Table Grid"
    tab.rows[0].cells[0].text = "Namens de medezeggenschapsraad"
    tab.rows[0].cells[1].text = "Namens het bevoegd gezag"
    tab.rows[1].cells[0].text = "Naam: Karin de Wit-Bakker, voorzitter"
    tab.rows[1].cells[1].text = "Naam: College van Bestuur ASG"
    tab.rows[2].cells[0].text = "Datum: 17 juni 2025\nHandtekening:"
    tab.rows[2].cells[1].text = "Datum: 8 juli 2025\nHandtekening:"

    _paginanummer(doc)
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_177_kbs_duizendknoop.docx")
