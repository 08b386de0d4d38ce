# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van SBO De Waterral (speciaal basisonderwijs, Almere Stad).

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

BLAUW = RGBColor(0x1F, 0x4E, 0x79)


def _nederlands(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title"):
        rpr = doc.styles[naam].element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _voettekst(sectie):
    par = sectie.footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    par.add_run("SBO De Waterral \u2013 schoolplan 2024-2028 \u2013 ")
    run = par.add_run()
    for soort, tekst in (("begin", None), (None, " PAGE "), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def build(path):
    path = str(path)
    doc = Document()
    _nederlands(doc)
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(10)
    for naam in ("Heading 1", "Heading 2"):
        doc.styles[naam].font.color.rgb = BLAUW
        doc.styles[naam].font.name = "Verdana"

    def h1(t):
        doc.add_heading(t, level=1)

    def h2(t):
        doc.add_heading(t, level=2)

    def p(t):
        return doc.add_paragraph(t)

    def opsomming(items):
        for it in items:
            doc.add_paragraph(it, style="List Bullet")

    def doelen(nr, items):
        kop = doc.add_paragraph()
        kop.add_run("Onze doelen voor venster %d" % nr).bold = True
        for i, it in enumerate(items, start=1):
            par = doc.add_paragraph()
            par.paragraph_format.left_indent = Pt(18)
            par.paragraph_format.first_line_indent = Pt(-18)
            par.add_run("%d.%d\t" % (nr, i)).bold = True
            par.add_run(it)

    # ------------------------------------------------------------ voorblad
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = t.add_run("Schoolplan 2024 \u2013 2028")
    r.font.size = Pt(28)
    r.bold = True
    r.font.color.rgb = BLAUW
    t2 = doc.add_paragraph()
    r = t2.add_run("SBO De Waterral")
    r.font.size = Pt(18)
    t3 = doc.add_paragraph()
    r = t3.add_run("Elk kind een eigen route")
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph()
    p("School voor speciaal basisonderwijs\nStedenwijk, Almere Stad\nBRIN 07WR\nAlmeerse Scholen Groep")
    p("Directeur: Anouk Verbeek\nIntern begeleider: Mirjam Tol")
    p("Versie: definitief, juni 2024")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ inleiding
    h1("Inleiding")
    h2("Over dit plan")
    p(
        "Dit schoolplan beschrijft wat SBO De Waterral in de schooljaren 2024-2025 tot en met 2027-2028 wil bereiken "
        "en hoe we dat aanpakken. We hebben het plan opgebouwd langs de vier vensters van het koersdocument van de "
        "Almeerse Scholen Groep: goed en toegankelijk onderwijs, personeel in positie, de meerwaarde van ASG en "
        "partnerschap. Per venster beschrijven we eerst hoe het nu gaat en daarna wat we willen bereiken. Aan het "
        "eind van elk venster staan onze doelen, genummerd, zodat we er in de jaarplannen naar kunnen verwijzen."
    )
    p(
        "Het plan is tot stand gekomen in drie teambijeenkomsten (oktober 2023, januari en maart 2024). Daarin "
        "hebben we met het hele team de sterke en zwakke punten van de school op een rij gezet. De kinderraad heeft "
        "verteld wat kinderen fijn vinden aan de school en wat beter kan. Ouders hebben via een korte vragenlijst "
        "(43 reacties) en een koffieochtend meegedacht."
    )
    h2("Onze school")
    p(
        "De Waterral is de school voor speciaal basisonderwijs van ASG in Almere Stad. Onze leerlingen komen uit "
        "heel Almere. Kinderen komen bij ons als de reguliere basisschool, ook met extra ondersteuning, niet "
        "(meer) genoeg kan bieden. Dat kan te maken hebben met leerproblemen, gedrag, een taalontwikkelingsstoornis, "
        "een ontwikkelingsachterstand of een combinatie daarvan. Voor plaatsing is een toelaatbaarheidsverklaring "
        "(TLV) van het samenwerkingsverband nodig."
    )
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Light List Accent 1"
    tb.rows[0].cells[0].text = "Kengetal (1 oktober 2023)"
    tb.rows[0].cells[1].text = "Aantal"
    for a, b in (
        ("Leerlingen", "118"),
        ("Groepen", "10, waarvan 1 jonge-kindgroep (4 tot 6 jaar)"),
        ("Gemiddelde groepsgrootte", "12"),
        ("Leerlingen met een TLV categorie laag / midden", "104 / 14"),
        ("Leerlingen die binnen het schooljaar instroomden", "21"),
        ("Medewerkers", "26 (19,3 fte)"),
    ):
        c = tb.add_row().cells
        c[0].text = a
        c[1].text = b
    doc.add_paragraph()
    p(
        "Ongeveer de helft van onze leerlingen heeft (ook) een gedragsvraag; bij een kwart speelt een "
        "taalontwikkelingsstoornis of een grote taalachterstand. Veel kinderen hebben op de vorige school "
        "vooral ervaren wat ze niet konden. Het eerste halfjaar bij ons gaat daarom vaak over rust, vertrouwen en "
        "weer durven leren."
    )
    h2("Waar wij voor staan")
    p(
        "Ons motto is \u2018Elk kind een eigen route\u2019. Een waterral is een schuwe vogel die zich verstopt in het riet, "
        "maar je hoort hem wel. Zo zijn ook veel van onze leerlingen: je moet goed luisteren en kijken om te zien wat "
        "ze kunnen."
    )
    p(
        "Net als alle ASG-scholen werken wij vanuit de vier kernwaarden gezien worden, open, vooruitstrevend en "
        "ambitieus. Iedereen bij ons is waardevol en wordt gezien. Open zijn betekent voor ons vooral eerlijk zijn "
        "tegen ouders, ook als het minder goed gaat. En ambitieus zijn we voor kinderen van wie anderen soms al te "
        "weinig verwachten. In de vensters hieronder werken we dit verder uit."
    )
    h2("Een openbare school")
    p(
        "De Waterral is een openbare school. Iedereen is welkom, ongeacht geloof, afkomst of achtergrond, en we "
        "weigeren geen kind vanwege de levensovertuiging van de ouders. Onze leerlingen komen uit meer dan twintig "
        "verschillende landen van herkomst. In de wereldoriëntatie en bij de Vreedzame School leren kinderen over "
        "verschillende geloven en tradities; bij feesten als het Suikerfeest, Divali en Kerstmis vertellen kinderen "
        "elkaar hoe ze die thuis vieren. In groep 7 en 8 kunnen ouders kiezen voor godsdienstig of humanistisch "
        "vormingsonderwijs (GVO of HVO), één uur per week. Ook in ons team werken mensen met verschillende "
        "achtergronden; bij vacatures letten we erop dat het team een afspiegeling blijft van de leerlingen."
    )

    # ------------------------------------------------------------ venster 1
    h1("Venster 1 \u2013 Goed en toegankelijk onderwijs")
    h2("Ons onderwijsaanbod")
    p(
        "We werken met dezelfde kerndoelen als de reguliere basisschool, maar in een kleinere groep, met meer "
        "structuur en met meer herhaling. Het ochtendprogramma is vast: taal, lezen en rekenen, met korte "
        "instructies volgens het model van directe instructie en verlengde instructie aan de instructietafel. De "
        "middagen zijn voor wereldoriëntatie, creatieve vakken, bewegingsonderwijs (twee keer per week van een "
        "vakleerkracht) en sociaal-emotioneel leren."
    )
    p("We gebruiken de volgende methodes:")
    opsomming([
        "technisch lezen: Veilig leren lezen (KIM-versie) in groep 3 en Estafette vanaf groep 4;",
        "begrijpend lezen: Nieuwsbegrip, in de onderbouw aangevuld met interactief voorlezen;",
        "taal en spelling: Staal;",
        "rekenen: Getal & Ruimte Junior, met de leerroute van het protocol ERWD voor kinderen met rekenproblemen;",
        "wereldoriëntatie: Blink Wereld;",
        "sociaal-emotioneel leren en burgerschap: De Vreedzame School.",
    ])
    p(
        "Voor iedere leerling stellen we een uitstroomperspectief vast. De meeste van onze leerlingen stromen uit naar "
        "het praktijkonderwijs of het vmbo basis- en kaderberoepsgericht. Voor hen richten we ons onderwijs op "
        "minimaal referentieniveau 1F aan het eind van de basisschool. Voor kinderen met een hoger perspectief "
        "werken we toe naar 2F/1S."
    )
    h2("Pilot leerpleinen in de bovenbouw")
    p(
        "In de bovenbouw (de groepen van 10 tot 12 jaar) merken we dat de niveauverschillen binnen één groep heel "
        "groot zijn: in één groep van twaalf kinderen zitten soms vijf verschillende rekenniveaus. Vanaf schooljaar "
        "2025-2026 werken de drie bovenbouwgroepen daarom samen als één unit op een leerplein. Er is een gezamenlijke "
        "instructieruimte, een stilteruimte en een werkplein. Kinderen krijgen instructie op hun eigen niveau, over "
        "de groepsgrenzen heen, van de leerkracht die dat niveau geeft. Ze hebben wel een vaste stamgroep en een "
        "vaste eigen leerkracht. In 2024-2025 bereiden we dit voor: een werkgroep van vier leerkrachten maakt het "
        "plan, we passen het gebouw aan (de wand tussen lokaal 12 en 13 wordt een glazen schuifwand) en maken de "
        "dag- en weekplanning. In juni 2027 evalueren we de pilot met leerkrachten, kinderen en ouders en besluiten we "
        "of we dit ook in de middenbouw invoeren."
    )
    h2("Ondersteuning: ons profiel en het OPP")
    p(
        "In ons schoolondersteuningsprofiel (SOP) staat wat we kunnen bieden. Kort gezegd: wij zijn goed in het "
        "onderwijs aan kinderen met leerproblemen, met lichte tot gemiddelde gedragsproblemen, met autisme die "
        "baat hebben bij een kleine, voorspelbare groep, en aan kinderen met een taalontwikkelingsstoornis die "
        "een arrangement van Kentalis hebben. We kunnen geen passend onderwijs bieden aan kinderen die "
        "intensieve medische verzorging nodig hebben, of aan kinderen met ernstig agressief gedrag waarbij de "
        "veiligheid van andere kinderen in gevaar komt. Voor hen zoeken we samen met ouders en het "
        "samenwerkingsverband naar een plek in het speciaal onderwijs. Het SOP is in 2022 voor het laatst "
        "vastgesteld en wordt in 2024-2025 bijgewerkt."
    )
    p(
        "Elke leerling heeft een ontwikkelingsperspectiefplan (OPP). Daarin staan het uitstroomperspectief, de "
        "onderwijsbehoeften en de doelen voor de komende periode. Het OPP wordt zes weken na de start opgesteld en "
        "daarna twee keer per jaar geëvalueerd in een gesprek met ouders. We volgen de ontwikkeling met de toetsen "
        "van Cito Leerling in beeld (januari en juni), met ZIEN! voor de sociaal-emotionele ontwikkeling en in de "
        "jonge-kindgroep met KIJK!. Drie keer per jaar houdt de intern begeleider met iedere leerkracht een "
        "groepsbespreking. Kinderen over wie we ons zorgen maken, bespreken we in de commissie van begeleiding "
        "(CvB), met de orthopedagoog, de intern begeleider, de gedragsspecialist en de schoolmaatschappelijk "
        "werker."
    )
    h2("Sbo in het netwerk van Almere")
    p(
        "Wij zijn onderdeel van het samenwerkingsverband Passend Onderwijs Almere. Met het samenwerkingsverband "
        "maken we afspraken over toelating, over tijdelijke plaatsingen en over terugplaatsing. Een plaatsing bij ons "
        "hoeft niet voor altijd te zijn. Als een kind zich goed ontwikkelt, kijken we samen met ouders of terugkeer "
        "naar een reguliere basisschool mogelijk is. In 2022-2023 gingen vijf kinderen terug naar het reguliere "
        "basisonderwijs. Bij een terugplaatsing begeleiden we het kind en de nieuwe leerkracht zes weken lang: "
        "de leerkracht van De Waterral gaat mee op kennismaking, en de intern begeleider belt na drie en na zes weken."
    )
    h2("Een veilige school en burgerschap")
    p(
        "We werken in alle groepen met De Vreedzame School. Kinderen leren hoe ze conflicten oplossen, hoe ze elkaar "
        "respectvol behandelen en hoe ze samen beslissingen nemen. Elke groep heeft wekelijks een Vreedzame "
        "Schoolles en in de bovenbouw zijn er leerlingmediatoren die in de pauze helpen bij ruzies. Elke groep heeft "
        "een klassenvergadering en uit elke groep vanaf 8 jaar zit een kind in de kinderraad. De kinderraad praat zes keer "
        "per jaar met de directeur en heeft in 2023 het nieuwe schoolplein mee ontworpen. Zo oefenen kinderen met "
        "democratie in het klein."
    )
    p(
        "Voor situaties waarin een kind volledig ontregelt, hebben we een protocol. Daarin staat wie wat doet, "
        "wanneer een kind naar de time-outruimte gaat en hoe we ouders informeren. Ieder incident wordt "
        "vastgelegd in ParnasSys en besproken met de gedragsspecialist. Elk jaar in november vullen de kinderen van "
        "groep 5 tot en met 8 de veiligheidsvragenlijst van ZIEN! in. In 2023 voelde 86 procent van hen zich veilig "
        "op school."
    )
    h2("Kwaliteitszorg en resultaten")
    p(
        "De inspectie heeft ons in 2022 bezocht. Alle onderzochte standaarden waren voldoende; het zicht op "
        "ontwikkeling en de samenwerking met ouders werden als sterk genoemd. Als sbo-school worden we beoordeeld "
        "op de uitstroom in relatie tot het perspectief. Die uitstroom analyseren wij elk jaar: bij 79 procent van de "
        "leerlingen die in 2023 de school verlieten, was het niveau van het vervolgonderwijs gelijk aan of hoger dan "
        "het perspectief dat we in groep 6 hadden vastgesteld."
    )
    p(
        "Onze kwaliteitszorg volgt een vaste kalender. Twee keer per jaar, in februari en juli, maakt de intern "
        "begeleider een trendanalyse op school- en groepsniveau van de toetsresultaten en de OPP-doelen. De directie "
        "bezoekt iedere groep twee keer per jaar met de kijkwijzer directe instructie. Elk jaar stellen we een "
        "jaarplan op met doelen uit dit schoolplan en in het jaarverslag leggen we verantwoording af aan team, MR en "
        "bestuur. Eens in de twee jaar doen we een tevredenheidsonderzoek onder ouders, leerlingen en medewerkers."
    )
    doelen(1, [
        "Bij minimaal 85 procent van de uitstromende leerlingen ligt het niveau van het vervolgonderwijs gelijk aan "
        "of hoger dan het perspectief uit groep 6 (nu 79 procent). We meten dit jaarlijks in juli.",
        "Het vernieuwde SOP is uiterlijk in juni 2025 vastgesteld en staat op de website.",
        "Elk OPP wordt twee keer per jaar met ouders besproken en vanaf groep 5 schrijft het kind een eigen doel in "
        "het OPP (vanaf schooljaar 2025-2026).",
        "De pilot leerpleinen start in augustus 2025 en wordt in juni 2027 geëvalueerd.",
        "Ten minste 90 procent van de kinderen in groep 5-8 voelt zich veilig (ZIEN!, jaarlijks in november).",
        "We blijven inzetten op terugplaatsing naar het reguliere basisonderwijs waar dat kan.",
    ])

    # ------------------------------------------------------------ venster 2
    h1("Venster 2 \u2013 Personeel in positie")
    h2("Ons team")
    p(
        "Ons team bestaat uit twaalf leerkrachten, zes onderwijsassistenten, een intern begeleider, een "
        "gedragsspecialist, een vakleerkracht bewegingsonderwijs, een conciërge, een administratief medewerker "
        "en de directeur. De orthopedagoog (twee dagen per week) en de schoolmaatschappelijk werker (één dag per week) "
        "zijn via ASG en het samenwerkingsverband aan de school verbonden. Het team is klein en hecht, en het verloop "
        "is laag: in de afgelopen drie jaar vertrokken twee collega\u2019s."
    )
    h2("Professionalisering")
    p(
        "Werken in het sbo vraagt specifieke kennis. Daarom volgen alle leerkrachten en onderwijsassistenten in "
        "2024-2025 en 2025-2026 de training Geef me de 5, over het begeleiden van kinderen met autisme. Twee "
        "leerkrachten starten in september 2024 met de master Educational Needs, en we betalen hun studieverlof uit de "
        "professionaliseringsmiddelen. Onze zij-instromer in groep 6 volgt het zij-instroomtraject van de pabo van "
        "Windesheim in Almere en wordt begeleid door een ervaren collega die daarvoor 40 uur per jaar krijgt. Hij "
        "rondt zijn opleiding af in de zomer van 2026."
    )
    p(
        "Onze intern begeleider neemt deel aan het ASG-netwerk van intern begeleiders en onze gedragsspecialist aan "
        "het netwerk van gedragsspecialisten van de sbo- en so-scholen in Almere. Wat zij daar leren, brengen zij in "
        "op de teamvergadering."
    )
    h2("Gesprekken en dossier")
    p(
        "Iedere medewerker heeft jaarlijks een gesprek met de directeur: een startgesprek in september, een "
        "klassenbezoek met nagesprek in het voorjaar en een ontwikkelgesprek in mei of juni. Eens in de drie jaar is dat "
        "een beoordelingsgesprek. De afspraken en bewijzen van scholing komen in het bekwaamheidsdossier, dat iedere "
        "medewerker zelf bijhoudt."
    )
    h2("Welbevinden en werkdruk")
    p(
        "Werken met kinderen die veel vragen, is mooi maar zwaar. Na een heftig incident met een leerling is er "
        "altijd dezelfde dag een gesprek met de gedragsspecialist of de directeur; dat staat in ons nazorgprotocol. "
        "Met de werkdrukmiddelen betalen we de zesde onderwijsassistent, zodat elke groep minstens vier dagdelen "
        "per week een tweede volwassene heeft. Leerkrachten krijgen één middag per maand vrij van lesgevende taken "
        "om de OPP\u2019s bij te werken. Oudere collega\u2019s kunnen gebruikmaken van het seniorenverlof; "
        "we zorgen er in het rooster voor dat hun verlof de groepen zo weinig mogelijk raakt."
    )
    h2("Onze expertise voor andere scholen")
    p(
        "We merken dat basisscholen van ASG steeds vaker vragen hebben over kinderen met gedragsproblemen. Vanaf "
        "schooljaar 2024-2025 zetten we onze kennis daarom ook buiten de eigen school in. Onze gedragsspecialist en "
        "intern begeleider houden tien keer per jaar een expertisespreekuur, op woensdagmiddag, voor leerkrachten "
        "en intern begeleiders van ASG-basisscholen. Het spreekuur wordt via het ASG-intranet en de IB-netwerken "
        "bekend gemaakt, zodat collega\u2019s weten dat ze voor deze vragen bij ons terecht kunnen."
    )
    doelen(2, [
        "Alle leerkrachten en onderwijsassistenten hebben vóór juli 2026 de training Geef me de 5 afgerond.",
        "Onze zij-instromer heeft in de zomer van 2026 zijn bevoegdheid behaald.",
        "Met iedere medewerker vindt elk jaar de volledige gesprekscyclus plaats (100 procent, vanaf 2024-2025).",
        "Twee leerkrachten ronden in 2026 de master Educational Needs af en worden daarna coördinator rekenen en "
        "coördinator taal.",
        "We houden de werkdruk beheersbaar; in het medewerkersonderzoek van 2026 is de tevredenheid over werkdruk "
        "minimaal een 7.",
    ])

    # ------------------------------------------------------------ venster 3
    h1("Venster 3 \u2013 De meerwaarde van ASG")
    p(
        "Voor een kleine school als De Waterral is het belangrijk om deel uit te maken van een grotere organisatie. "
        "We gebruiken het servicebureau van ASG voor de salarisadministratie, de huisvesting en de ICT."
    )
    p(
        "Het speciaal basisonderwijs is bij ASG een schakel tussen het reguliere basisonderwijs, het speciaal onderwijs "
        "en het voortgezet onderwijs. Met de ASG-basisscholen in de buurt hebben we afgesproken hoe we een kind "
        "samen volgen als een plaatsing bij ons tijdelijk is. Met het praktijkonderwijs en de vmbo-scholen van ASG "
        "bespreken we in maart alle leerlingen die naar het voortgezet onderwijs gaan, zodat zij een plek krijgen die "
        "past. In 2024-2025 willen we samen met twee ASG-basisscholen een protocol terugplaatsing vastleggen, "
        "zodat de route terug naar het reguliere onderwijs voor alle partijen helder is."
    )
    p(
        "Het expertisespreekuur (zie venster 2) is onze bijdrage aan ASG. Andersom maken wij graag gebruik van de "
        "kennis die op andere ASG-scholen aanwezig is."
    )
    doelen(3, [
        "Vanaf 2024-2025 houden we tien keer per jaar een expertisespreekuur; we willen minstens twintig consultaties per jaar.",
        "Het protocol terugplaatsing is in juni 2025 samen met twee ASG-basisscholen vastgelegd.",
        "Elk voorjaar bespreken we alle schoolverlaters met de ontvangende vo-scholen.",
    ])

    # ------------------------------------------------------------ venster 4
    h1("Venster 4 \u2013 Partnerschap")
    h2("Ouders")
    p(
        "Ouders kennen hun kind het best. Bij de intake bezoeken de leerkracht en de intern begeleider het gezin "
        "thuis. Ouders zijn er bij het opstellen van het OPP en bij de twee evaluatiegesprekken per jaar; bij de "
        "evaluatie bespreken we wat ouders thuis kunnen doen om het leren te ondersteunen, bijvoorbeeld met een "
        "leesboekje of een rekenspel uit de uitleenkast. In 2023 was bij 88 procent van de OPP-gesprekken een "
        "ouder aanwezig."
    )
    p(
        "Elke ochtend staan de leerkrachten vanaf 8.20 uur bij de deur van hun lokaal en begroeten ze ieder kind "
        "en iedere ouder. Bezoekers worden bij de hoofdingang opgevangen door de conciërge, die hen naar binnen "
        "begeleidt. Nieuwe ouders krijgen een rondleiding van een ouderambassadeur: een ouder die zelf een kind op "
        "school heeft en weet hoe het is om voor het eerst bij een sbo-school binnen te komen. In de ouderkamer is "
        "één keer per maand een koffieochtend."
    )
    p(
        "Wij communiceren met ouders via Parro. Leerkrachten reageren op schooldagen binnen 24 uur op een bericht. "
        "Na een incident met hun kind horen ouders het nog dezelfde dag van de leerkracht, telefonisch en niet via "
        "de app. Het OPP en de verslagen van de gesprekken krijgen ouders altijd op papier mee."
    )
    h2("Medezeggenschap")
    p(
        "De MR bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per jaar. Voor ons is de MR "
        "een belangrijk klankbord: de directeur legt plannen in een vroeg stadium voor, zodat de MR kan "
        "meedenken voordat er iets is besloten. Zo hebben we de pilot leerpleinen in november 2023 eerst met de MR "
        "verkend. De MR heeft het concept van dit schoolplan in maart en mei 2024 besproken en op 4 juni 2024 een "
        "positief advies gegeven. Haar suggestie om ouders vaker te informeren over de voortgang van de pilot "
        "hebben we overgenomen."
    )
    h2("Samenwerking met partners")
    p(
        "Rond onze kinderen werken veel mensen. In de school werken een logopedist van Kentalis (voor de kinderen "
        "met een TOS-arrangement), een kinderfysiotherapeut en een speltherapeut van een praktijk uit de wijk. Zo "
        "hoeven kinderen onder schooltijd niet weg te reizen. Met het sociaal wijkteam van Almere Stad-West, GGD "
        "Flevoland en de jeugdhulpaanbieders hebben we korte lijnen via de schoolmaatschappelijk werker. In de wijk "
        "werken we samen met de bibliotheek (De nieuwe bibliotheek, elke groep gaat vier keer per jaar), met de "
        "voetbalvereniging die op woensdagmiddag een naschoolse training voor onze leerlingen geeft, en met het "
        "buurthuis, waar de bovenbouw in december een kerstlunch organiseert voor oudere buurtbewoners."
    )
    doelen(4, [
        "We versterken de betrokkenheid van ouders bij het OPP en bij het leren thuis.",
        "De ouderkamer groeit uit tot een vaste plek waar ouders elkaar ontmoeten.",
        "We breiden de zorg in de school verder uit, zodat kinderen minder vaak onder schooltijd weg hoeven.",
        "De MR blijft een actieve gesprekspartner bij nieuwe plannen.",
    ])

    # ------------------------------------------------------------ slot
    h1("Tot slot")
    p(
        "De doelen uit dit plan werken we elk jaar uit in een jaarplan. In het jaarverslag staat wat we hebben "
        "bereikt en wat we bijstellen. Halverwege de planperiode, in juni 2026, houden we met het team een "
        "tussentijdse evaluatie."
    )
    p(
        "Dit schoolplan is besproken met het team en de medezeggenschapsraad (positief advies op 4 juni 2024) en "
        "vastgesteld door het College van Bestuur van de Almeerse Scholen Groep."
    )
    p("Almere, juni 2024\n\nAnouk Verbeek\ndirecteur SBO De Waterral")

    _voettekst(doc.sections[0])
    cp = doc.core_properties
    cp.title = "Schoolplan SBO De Waterral"
    cp.author = "Anouk Verbeek"
    cp.last_modified_by = "Mirjam Tol"
    cp.created = datetime.datetime(2024, 3, 11, 14, 0, 0)
    cp.modified = datetime.datetime(2024, 6, 12, 10, 45, 0)
    cp.revision = 12
    doc.save(path)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_206_waterral.docx")
