# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van SO De Kwakel (speciaal onderwijs cluster 4, Almere).

Opbouw langs de kernwaarden en vensters van het bestuur. Veel zinnen uit de koers staan
er letterlijk in, met 'wij' of 'onze school' in plaats van 'ASG'. Sommige krijgen een eigen
uitwerking, andere niet. Per venster staat een doelentabel.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


DATUM = datetime.datetime(2025, 6, 30, 10, 0, 0)


def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Title"):
        stijl = doc.styles[naam]
        rpr = stijl.element.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "nl-NL")
        rpr.append(lang)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)


def _voettekst(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("SO De Kwakel – schoolplan 2025-2029 – ")
    r.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = "PAGE"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(e)


def h1(doc, tekst):
    return doc.add_heading(tekst, level=1)


def h2(doc, tekst):
    return doc.add_heading(tekst, level=2)


def p(doc, tekst):
    return doc.add_paragraph(tekst)


def bullets(doc, items):
    for i in items:
        doc.add_paragraph(i, style="List Bullet")


def _herhaal_kop(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _celkleur(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


KOLOMMEN = ["Doel", "Wat doen we", "Eigenaar", "Wanneer", "Meetbaar resultaat"]
BREEDTES = [Cm(3.4), Cm(5.0), Cm(2.4), Cm(2.2), Cm(3.8)]


def doelentabel(doc, titel, rijen):
    cap = doc.add_paragraph()
    r = cap.add_run(titel)
    r.bold = True
    tabel = doc.add_table(rows=1, cols=len(KOLOMMEN))
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    kop = tabel.rows[0]
    _herhaal_kop(kop)
    for i, naam in enumerate(KOLOMMEN):
        cel = kop.cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(naam)
        run.bold = True
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _celkleur(cel, "2E6B5E")
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(waarde)
            run.font.size = Pt(9)
    for rij in tabel.rows:
        for i, b in enumerate(BREEDTES):
            rij.cells[i].width = b
    doc.add_paragraph()


def voorblad(doc):
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2025 – 2029", style="Title")
    t = doc.add_paragraph()
    r = t.add_run("SO De Kwakel")
    r.bold = True
    r.font.size = Pt(20)
    p(doc, "Openbare school voor speciaal onderwijs, cluster 4, voor leerlingen van 4 tot 13 jaar")
    p(doc, "Sluisweg 18, 1316 Almere  |  BRIN 09QK")
    p(doc, "Almeerse Scholen Groep")
    p(doc, "Planperiode: schooljaar 2025-2026 tot en met schooljaar 2028-2029")
    p(doc, "Versie 1.2, 30 juni 2025")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def inleiding(doc):
    h1(doc, "1. Inleiding")
    p(doc, (
        "Dit is het schoolplan van SO De Kwakel voor de periode van 1 augustus 2025 tot en met 31 juli 2029. "
        "Een kwakel is een smal houten bruggetje over een sloot. Die naam past bij onze school. Onze "
        "leerlingen komen bij ons omdat het op hun vorige school niet meer ging. Wij willen de brug zijn naar "
        "een volgende plek waar ze wél tot hun recht komen."
    ))
    p(doc, (
        "Het plan volgt de opbouw van de koers van ons bestuur, de Almeerse Scholen Groep. Eerst komen de "
        "vier kernwaarden, daarna de vier vensters. Per venster beschrijven we wat we willen bereiken, hoe we "
        "dat aanpakken en hoe we het meten. Aan het eind van elk venster staat een doelentabel. Die tabellen "
        "vormen samen de basis voor onze jaarplannen."
    ))
    p(doc, (
        "Het plan is tot stand gekomen in het voorjaar van 2025. Het team heeft er op twee studiedagen aan "
        "gewerkt (5 februari en 9 april 2025). De gedragswetenschappers en de intern begeleider analyseerden "
        "de leerlingresultaten en de uitstroom van de afgelopen vier jaar. Ouders hebben we bevraagd via een "
        "korte vragenlijst, die 61 ouders invulden, en in twee ouderbijeenkomsten. Ook de Kwakelraad, onze "
        "leerlingenraad, gaf haar mening."
    ))


def profiel(doc):
    h1(doc, "2. Onze school in beeld")
    h2(doc, "2.1 Leerlingen")
    p(doc, (
        "SO De Kwakel is een openbare school voor speciaal onderwijs voor leerlingen van 4 tot 13 jaar met "
        "ernstige gedrags- en/of psychiatrische problematiek (cluster 4). Op 1 oktober 2024 hadden we 104 "
        "leerlingen in elf groepen: drie onderbouwgroepen, vier middenbouwgroepen en vier bovenbouwgroepen. "
        "Een groep heeft hooguit twaalf leerlingen, en in elke groep werken een leerkracht en een "
        "onderwijsassistent. 84 procent van onze leerlingen is jongen. Bij ruim de helft is een diagnose "
        "gesteld in het autismespectrum of ADHD. Bij een kwart spelen hechtingsproblemen of trauma een rol. "
        "Alle leerlingen hebben een toelaatbaarheidsverklaring (TLV) van het Samenwerkingsverband Passend "
        "Onderwijs Almere. Negen van de tien komen met het leerlingenvervoer van de gemeente naar school."
    ))
    p(doc, (
        "Leerlingen stromen het hele jaar door in. In 2024-2025 waren dat er 31. Drie leerlingen volgen "
        "tijdelijk een verkort rooster, met een afbouwplan dat elke zes weken wordt besproken met ouders, "
        "leerplicht en het samenwerkingsverband. Alle leerlingen volgen het uitstroomprofiel vervolgonderwijs."
    ))
    h2(doc, "2.2 Uitstroom")
    p(doc, (
        "In juli 2024 verlieten 26 leerlingen onze school. Zeven van hen gingen terug naar het regulier of "
        "speciaal basisonderwijs. Twaalf gingen naar het voortgezet speciaal onderwijs, vier naar het "
        "reguliere voortgezet onderwijs met een ondersteuningsarrangement en drie naar een behandelsetting of "
        "een school buiten Almere. Van de leerlingen die in 2022 uitstroomden, zat twee jaar later 79 procent "
        "nog op de school waar ze naartoe gingen."
    ))
    h2(doc, "2.3 Team")
    p(doc, (
        "Op De Kwakel werken 41 mensen: 14 leerkrachten, 12 onderwijsassistenten, twee gedragswetenschappers "
        "(een GZ-psycholoog en een orthopedagoog), een intern begeleider, een logopedist, een vakleerkracht "
        "bewegingsonderwijs, een directeur, een teamleider, twee administratief medewerkers, een conciërge "
        "en vier jeugdhulpverleners die via Triade Vitree op school werken. Drie van de veertien leerkrachten "
        "zijn nog niet bevoegd."
    ))
    h2(doc, "2.4 Wat ging goed, en wat moet beter")
    p(doc, (
        "Uit onze evaluatie van het vorige schoolplan en het inspectieonderzoek van maart 2023 komen deze "
        "punten naar voren:"
    ))
    bullets(doc, [
        "Goed: de rust en structuur in de groepen, de samenwerking met de jeugdhulp in school en de snelle "
        "start van nieuwe leerlingen.",
        "Goed: 68 procent van de leerlingen ontwikkelt zich op of boven de leerlijn die we in het "
        "ontwikkelingsperspectief verwachtten.",
        "Beter: we volgen niet systematisch hoe het oud-leerlingen vergaat. Dat was ook het verbeterpunt van de "
        "inspectie.",
        "Beter: in 2024-2025 registreerden we 146 keer fysiek ingrijpen. Dat willen we fors omlaag brengen.",
        "Beter: de gesprekscyclus met medewerkers is in de drukte vaak niet afgemaakt.",
    ])


def missie(doc):
    h1(doc, "3. Missie en visie")
    p(doc, (
        "Onze missie is: een veilige brug naar de volgende stap. Ieder kind verdient een plek waar het kan leren. "
        "Onze leerlingen hebben die plek tijdelijk bij ons. We werken vanaf de eerste dag aan wat erna komt."
    ))
    p(doc, (
        "We geloven dat gedrag een boodschap is. Achter lastig gedrag zit bijna altijd een behoefte die het "
        "kind niet anders kan laten zien. Daarom reageren we niet met straffen maar met voorspelbaarheid, "
        "nabijheid en duidelijke verwachtingen. Leren en gedrag horen bij elkaar: een kind dat zich veilig "
        "voelt, gaat leren, en een kind dat succes heeft met leren, voelt zich sterker. Onderwijs en "
        "jeugdhulp werken bij ons in één team, rond één plan per kind."
    ))


def kernwaarden(doc):
    h1(doc, "4. Onze kernwaarden")
    p(doc, (
        "De vier kernwaarden van ons bestuur zijn ook de onze: gezien worden, open, vooruitstrevend en "
        "ambitieus. Hieronder beschrijven we wat ze voor De Kwakel betekenen."
    ))
    h2(doc, "4.1 Gezien worden")
    p(doc, "De cultuur op onze school is gastvrij, iedereen voelt zich welkom.")
    p(doc, (
        "Voor onze leerlingen en hun ouders is de eerste stap over de drempel vaak zwaar. Ze hebben meestal al "
        "een lange weg achter de rug. Daarom krijgt elk nieuw gezin eerst een thuisbezoek van de leerkracht en "
        "de gedragswetenschapper, nog voordat het kind start. Het kind krijgt dan een fotoboekje mee met de "
        "groep, het lokaal, de juf of meester en de taxi. Iedere eerste woensdag van de maand is er een "
        "kennismakingsochtend voor ouders en voor collega’s van scholen die overwegen een leerling naar ons te "
        "verwijzen. Bezoekers worden bij de voordeur ontvangen door de conciërge, die hen bij naam welkom "
        "heet en naar hun afspraak brengt. Nieuwe medewerkers lopen hun eerste week mee in drie verschillende "
        "groepen voordat ze zelf beginnen."
    ))
    p(doc, "Iedereen op onze school is waardevol en wordt gezien.")
    p(doc, "Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.")
    p(doc, (
        "Bij leerlingen begint dat met de observatieperiode van zes weken na de start. Daarna stellen we het "
        "ontwikkelingsperspectiefplan (OPP) op (zie 5.3). Eens per zes weken bespreekt de leerkracht de groep "
        "met de gedragswetenschapper: per leerling wat werkt, wat niet werkt en wat er anders moet. Bij medewerkers vragen we in elk teamoverleg met de ‘werkdrukthermometer’ hoe het "
        "gaat, en in het jaarlijkse gesprek komen de werkbelasting en de begeleidingsbehoefte aan bod. "
        "Medewerkers die een zware groep hebben, krijgen eens per maand een gesprek met de gedragswetenschapper "
        "over hun eigen handelen."
    ))
    h2(doc, "4.2 Open")
    p(doc, "Onze school gaat respectvol om met de mensen binnen en buiten de organisatie.")
    p(doc, "In onze communicatie zijn we transparant en toegankelijk.")
    p(doc, (
        "Ouders zien hun kind door het leerlingenvervoer bijna nooit bij het hek. Daarom stuurt de leerkracht "
        "elke dag via Parro een kort bericht over hoe de dag ging, met een duim, een smiley of een zin. Is er "
        "fysiek ingegrepen of is er een incident geweest, dan belt de leerkracht of de teamleider de ouders "
        "dezelfde dag nog, vóór de taxi thuis is. Het OPP en de evaluaties staan in het ouderportaal van "
        "ParnasSys. Eens per maand verschijnt de Kwakelkrant, op eenvoudig taalniveau en met veel foto’s."
    ))
    h2(doc, "4.3 Vooruitstrevend")
    p(doc, "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.")
    h2(doc, "4.4 Ambitieus")
    p(doc, "We hebben hoge verwachtingen van onze leerlingen en van elkaar.")
    p(doc, (
        "Ook in het speciaal onderwijs geldt: het gedrag van een kind bepaalt niet wat het kan leren. In elk "
        "OPP leggen we een uitstroombestemming vast, en die kiezen we zo hoog als verantwoord is. Ieder jaar "
        "kijken we of de bestemming omhoog kan. Leerlingen die het kunnen, volgen de leerstof van hun leeftijd, "
        "ook als ze in een onderbouwgroep zitten. We willen dat elk jaar minstens acht leerlingen terugkeren "
        "naar het regulier of speciaal basisonderwijs. Van elkaar verwachten we dat we ons houden aan de "
        "afspraken van onze aanpak voor positief gedrag (zie 5.4), ook op de momenten dat het spannend wordt."
    ))
    p(doc, "We geven altijd het beste van onszelf.")


def venster1(doc):
    h1(doc, "5. Venster 1 – Goed en toegankelijk onderwijs")
    h2(doc, "5.1 Kwaliteit")
    p(doc, "De kwaliteit van ons onderwijs is en blijft op orde.")
    p(doc, (
        "In maart 2023 onderzocht de inspectie onze school bij het vierjaarlijks onderzoek van het bestuur. Alle "
        "onderzochte standaarden waren voldoende. Als verbeterpunt noemde de inspectie dat wij "
        "systematischer moeten volgen of de uitstroom bestendig is. Vanaf schooljaar 2025-2026 vragen we "
        "daarom van alle oud-leerlingen één en twee jaar na vertrek bij de nieuwe school na of ze daar nog "
        "zitten en hoe het gaat. De uitkomsten bespreken we elk jaar in oktober met het team."
    ))
    p(doc, (
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en is zichtbaar binnen onze school."
    ))
    p(doc, "Zo ziet onze kwaliteitscyclus eruit:")
    bullets(doc, [
        "Twee keer per jaar (februari en juli) evalueren we alle OPP’s. Per groep en voor de hele school "
        "berekenen we hoeveel leerlingen zich op of boven hun verwachte leerlijn ontwikkelen.",
        "Elke maand analyseert het PBS-team de incidentregistratie: waar, wanneer en bij welke activiteit "
        "gaat het mis? Het team krijgt die analyse te zien in het teamoverleg.",
        "De directeur en een gedragswetenschapper bezoeken elke groep twee keer per jaar. Ze gebruiken "
        "daarbij onze eigen kijkwijzer voor pedagogisch en didactisch handelen.",
        "Eens in de twee jaar peilen we de tevredenheid van ouders, leerlingen (vanaf groep 5) en "
        "medewerkers.",
        "In juni maken we het jaarplan. In oktober volgt het jaarverslag, en elk "
        "kwartaal rapporteren we aan het bestuur.",
    ])
    p(doc, "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.")

    h2(doc, "5.2 Onderwijsprogramma")
    p(doc, "Onze school heeft een toekomstgericht curriculum.")
    p(doc, (
        "Ons aanbod volgt de kerndoelen voor het speciaal onderwijs en is gericht op de referentieniveaus. "
        "Leerlingen krijgen minstens 940 uur onderwijs per jaar. Voor technisch lezen gebruiken we Veilig Leren "
        "Lezen (KIM-versie) en Estafette, voor begrijpend lezen Nieuwsbegrip, voor taal Taal actief en voor "
        "rekenen Getal & Ruimte Junior, met Snappet om te oefenen. Voor wereldoriëntatie gebruiken we Naut, "
        "Meander en Brandaan in een lichtere vorm: in de middenbouw werken we met korte thema’s van drie "
        "weken. Sociaal-emotioneel leren staat dagelijks op het rooster met Leefstijl, en in de bovenbouw "
        "daarnaast Rots en Water."
    ))
    p(doc, (
        "In deze planperiode voegen we drie leerlijnen toe die onze leerlingen nodig hebben voor later. Per "
        "augustus 2026 werken alle groepen met Breinhelden aan executieve functies, zoals plannen, "
        "impulsbeheersing en werkgeheugen. Die vaardigheden bepalen voor onze leerlingen vaak of ze het op een "
        "volgende school redden. Vanaf 2025-2026 werken we met een eigen leerlijn digitale geletterdheid, "
        "gebaseerd op de SLO-doelen. Daarbij ligt de nadruk op veilig online gedrag, omdat veel van onze "
        "leerlingen daar kwetsbaar in zijn. En in de bovenbouw gaan we ‘leren op de werkvloer van de wijk’: "
        "praktijkmiddagen in de buurt, waar leerlingen oefenen met boodschappen doen, de weg vinden en een "
        "gesprek voeren met een onbekende volwassene (zie 8.2)."
    ))

    h2(doc, "5.3 Ondersteuning en passend onderwijs")
    p(doc, (
        "Onze school heeft in haar (zorg)profiel duidelijk beschreven in welke leer- en zorgbehoeftes zij kan "
        "voorzien."
    ))
    p(doc, (
        "Ons schoolondersteuningsprofiel (SOP) is van 2023. We herzien het in 2025-2026 samen met het "
        "samenwerkingsverband. We bieden kleine groepen van hooguit twaalf leerlingen met twee volwassenen, "
        "een vaste dagstructuur met visuele ondersteuning, prikkelarme werkplekken in elk lokaal, logopedie, "
        "jeugdhulp in de school en begeleiding door gedragswetenschappers. We kunnen geen leerlingen opvangen "
        "die vooral een ernstige verstandelijke beperking hebben (dat is cluster 3), leerlingen die langdurig "
        "één-op-één begeleiding nodig hebben, en leerlingen voor wie een gesloten behandelsetting nodig is. "
        "Onze capaciteit is 110 leerlingen."
    ))
    p(doc, (
        "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
        "leerlingen een passende onderwijsplek hebben."
    ))
    p(doc, (
        "Concreet betekent dat het volgende. We nemen deel aan het maandelijkse plaatsingsoverleg van het "
        "Samenwerkingsverband Passend Onderwijs Almere, waar sbo- en so-scholen samen zoeken naar een plek voor "
        "leerlingen die tussen wal en schip vallen. Met leerplicht voeren we elke maand het thuiszittersoverleg. "
        "Met Triade Vitree hebben we een onderwijs-zorgarrangement: vier jeugdhulpverleners werken in de "
        "groepen mee, zodat een kind niet onder schooltijd naar een behandeling hoeft. Met GGz Centraal hebben "
        "we afgesproken dat hun kinder- en jeugdpsychiater twee keer per jaar aansluit bij de Commissie van "
        "Begeleiding voor leerlingen die in behandeling zijn."
    ))
    p(doc, (
        "Ons zicht op leerlingen organiseren we zo. Binnen zes weken na de start stelt de Commissie van "
        "Begeleiding (CvB) het OPP vast. Daarin zitten de directeur, de gedragswetenschappers, de intern "
        "begeleider, de jeugdarts van de GGD en de schoolmaatschappelijk werker. Het OPP beschrijft de "
        "uitstroombestemming, de verwachte leerlijn per vak en de ondersteuning op het gebied van gedrag. Ouders "
        "stemmen in met het handelingsdeel. De CvB vergadert acht keer per jaar. Twee keer per jaar vullen "
        "leerkrachten voor elke leerling de SCOL in (sociale competentie). We toetsen met Leerling in beeld "
        "in januari en juni, maar altijd op het niveau van het kind en niet van de leeftijd."
    ))

    h2(doc, "5.4 Veiligheid en schoolklimaat")
    p(doc, (
        "Sinds 2022 werken we met School Wide Positive Behavior Support (SWPBS). We hebben drie "
        "gedragsverwachtingen: veilig, samen en zelf. Voor elke ruimte hebben we een gedragsmatrix: de klas, "
        "de gang, het plein, de gymzaal en de taxi. Gewenst gedrag leren we actief aan en belonen we. Een "
        "PBS-team van vijf collega’s stuurt de aanpak aan. Elk lokaal heeft een time-in-plek waar een kind tot "
        "rust kan komen zonder de groep te verlaten. Sinds september 2023 gebruiken we geen afgesloten "
        "time-outruimte meer."
    ))
    p(doc, (
        "Fysiek ingrijpen doen we alleen als er direct gevaar is, en alleen met de technieken van Team Teach, "
        "waarin al onze medewerkers getraind zijn. Elk incident wordt dezelfde dag geregistreerd in ParnasSys "
        "en met de ouders besproken. Binnen een week evalueren we het met de leerkracht en de "
        "gedragswetenschapper. Ons veiligheidsplan bevat verder de meldcode huiselijk geweld en "
        "kindermishandeling, het protocol medisch handelen, het pestprotocol en het ontruimingsplan. De "
        "leerlingen van groep 5 tot en met 8 vullen elk jaar in november een aangepaste vragenlijst over "
        "veiligheid in. Die lezen we met picto’s voor. In 2024 gaf 86 procent aan zich veilig te voelen."
    ))

    h2(doc, "5.5 Burgerschap")
    p(doc, (
        "Burgerschap begint voor onze leerlingen bij het leren leven in een groep. Elke groep houdt een "
        "wekelijkse klassenvergadering. Kinderen brengen daar zelf punten in en oefenen met luisteren, "
        "stemmen en een besluit accepteren waar ze het niet mee eens zijn. De Kwakelraad bestaat uit zes "
        "leerlingen uit de midden- en bovenbouw. De raad vergadert vijf keer per jaar met de teamleider en "
        "besliste in 2024 mee over de inrichting van het nieuwe plein. In de bovenbouw behandelen we met "
        "lessen uit Leefstijl de basiswaarden van de democratische rechtsstaat, zoals gelijkwaardigheid, "
        "vrijheid van meningsuiting en het afwijzen van discriminatie. Elk jaar in november werken we met "
        "de Week van de Rechten van het Kind. In 2025-2026 leggen we deze onderdelen vast in een doorlopende "
        "burgerschapslijn, met per bouw de doelen."
    ))

    h2(doc, "5.6 Doelen venster 1")
    doelentabel(doc, "Tabel 1. Doelen goed en toegankelijk onderwijs", [
        ["Leerrendement", "OPP-evaluatie per groep in februari en juli; groepen met minder dan 60% op "
         "de leerlijn krijgen een verbeterplan", "IB’er", "2025-2029, jaarlijks",
         "75% van de leerlingen op of boven de verwachte leerlijn (2024-2025: 68%)"],
        ["Bestendige uitstroom", "Oud-leerlingen na 1 en 2 jaar navragen bij de nieuwe school; "
         "bespreking in oktober", "Teamleider", "Vanaf oktober 2025",
         "Bestendiging na 2 jaar 85% in 2028 (uitstroom 2022: 79%)"],
        ["Minder fysiek ingrijpen", "SWPBS-data maandelijks analyseren; extra time-in-plekken; "
         "Team Teach-opfrisser", "PBS-team", "2025-2028",
         "Hooguit 100 keer fysiek ingrijpen per jaar in 2027-2028 (2024-2025: 146)"],
        ["Veiligheidsbeleving", "Vragenlijst in november, uitkomsten met de Kwakelraad bespreken",
         "Directeur", "Jaarlijks", "90% voelt zich veilig (2024: 86%)"],
        ["Nieuwe leerlijnen", "Breinhelden en leerlijn digitale geletterdheid invoeren",
         "Werkgroep curriculum", "Augustus 2026", "In alle elf groepen op het rooster; evaluatie juni 2027"],
        ["SOP herzien", "Met het SWV de grenzen van ons aanbod opnieuw beschrijven",
         "Directeur en gedragswetenschapper", "Uiterlijk 1 maart 2026",
         "SOP vastgesteld en op de website"],
        ["Terugplaatsing", "Hoogst verantwoorde uitstroombestemming in het OPP, jaarlijks herzien",
         "CvB", "Jaarlijks", "Minstens 8 leerlingen per jaar naar regulier of sbo (2024: 7)"],
    ])


def venster2(doc):
    h1(doc, "6. Venster 2 – Personeel in positie")
    p(doc, (
        "Werken op De Kwakel is mooi en zwaar tegelijk. Wie hier werkt, krijgt te maken met heftig gedrag "
        "en met kinderen die een moeilijke geschiedenis hebben. Goed personeelsbeleid is voor ons daarom geen "
        "bijzaak."
    ))
    p(doc, "Medewerkers voelen zich betrokken bij en trots op onze school.")
    p(doc, "Onze school heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers.")
    p(doc, (
        "Na een ernstig incident neemt iemand van ons opvangteam binnen 24 uur contact op met de betrokken "
        "medewerker. Het opvangteam bestaat uit drie collega’s die daarvoor getraind zijn. Zo nodig volgt een "
        "gesprek met de bedrijfsmaatschappelijk werker van ASG. Collega’s van 60 jaar en ouder hoeven geen "
        "pleindienst meer te doen, tenzij ze dat zelf willen. Medewerkers met jonge kinderen kunnen bij de "
        "jaartaak kiezen voor vaste studiemiddagen in plaats van avondoverleg. De werkdrukmiddelen zetten we "
        "in voor een extra onderwijsassistent die invalt als een groep het zwaar heeft."
    ))
    p(doc, "Onze school heeft vitale werknemers.")
    p(doc, "De jaarlijkse gesprekscyclus is op onze school geïmplementeerd.")
    p(doc, (
        "Dat was nog niet zo: in 2024-2025 had maar 71 procent van de medewerkers de volledige cyclus "
        "doorlopen. Vanaf 2025-2026 plannen we alle gesprekken al in augustus in. Iedereen heeft een "
        "doelgesprek in oktober, een klassenbezoek of werkplekbezoek voor januari en een "
        "functioneringsgesprek in mei. Eens in de twee jaar is er een beoordeling, voor nieuwe medewerkers in "
        "hun eerste jaar. De teamleider voert de gesprekken met de onderwijsassistenten, de directeur die met "
        "de leerkrachten en de ondersteuners."
    ))
    p(doc, (
        "Medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de leercultuur van onze "
        "school."
    ))
    p(doc, (
        "Onze gedragswetenschappers nemen deel aan het regionale netwerk van cluster 4-scholen in Flevoland en "
        "Gooi en Vechtstreek. De intern begeleider zit in het netwerk van intern begeleiders van het "
        "samenwerkingsverband. Uit elk netwerk nemen de collega’s eens per kwartaal iets mee naar het "
        "teamoverleg: een werkwijze of een casus."
    ))
    h2(doc, "6.1 Professionalisering")
    p(doc, (
        "Alle medewerkers krijgen binnen drie maanden na hun start de basistraining Team Teach, en daarna elke "
        "twee jaar een opfrisser. In 2025-2026 volgt het hele team de training traumasensitief lesgeven van "
        "Augeo Academy, met drie terugkomdagen. Elk jaar kunnen twee leerkrachten beginnen aan de master "
        "Educational Needs. De school betaalt de opleiding en geeft vier uur studieverlof per week. "
        "Onderwijsassistenten volgen bij de ASG Academie de cursus ‘Begeleiden van leerlingen met gedrags"
        "problemen’. In 2024-2025 deden acht van de twaalf dat."
    ))
    h2(doc, "6.2 Bevoegdheid")
    p(doc, (
        "Drie leerkrachten zijn nog niet bevoegd. Twee volgen een zij-instroomtraject aan Windesheim Flevoland "
        "en één de deeltijdpabo. Iedereen heeft een coach uit het team met twee uur per week ruimte, en in "
        "het eerste jaar een groep met een ervaren onderwijsassistent. We bespreken de voortgang elk half jaar "
        "met de opleiding."
    ))
    h2(doc, "6.3 Doelen venster 2")
    doelentabel(doc, "Tabel 2. Doelen personeel in positie", [
        ["Gesprekscyclus rond", "Alle gesprekken in augustus gepland; de teamleider bewaakt de voortgang",
         "Directeur", "Vanaf 2025-2026", "100% volledige cyclus per jaar (2024-2025: 71%)"],
        ["Veilig handelen", "Team Teach binnen 3 maanden na de start, elke 2 jaar een opfrisser",
         "Teamleider", "December 2025", "100% van de medewerkers gecertificeerd"],
        ["Traumasensitief werken", "Teamtraining Augeo met drie terugkomdagen",
         "Directeur", "2025-2026", "Kijkwijzer klassenbezoek: onderdeel ‘nabijheid’ in 90% van de groepen goed"],
        ["Bevoegd voor de klas", "Coaching en studietijd voor drie onbevoegde leerkrachten",
         "Teamleider", "Uiterlijk juli 2028", "Alle leerkrachten bevoegd"],
        ["Opvang na incidenten", "Opvangteam neemt binnen 24 uur contact op",
         "Opvangteam", "Doorlopend", "Bij 100% van de ernstige incidenten contact binnen 24 uur"],
        ["Master SEN", "Twee leerkrachten per jaar beginnen aan de master",
         "Directeur", "2025-2029", "In 2029 hebben 8 van de 14 leerkrachten een master (2025: 3)"],
    ])


def venster3(doc):
    h1(doc, "7. Venster 3 – De meerwaarde van ASG")
    p(doc, "Collega’s van onze school en het servicebureau ontmoeten elkaar regelmatig.")
    p(doc, (
        "We delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en studiedagen van "
        "onze school."
    ))
    h2(doc, "7.1 Onze expertise voor andere ASG-scholen")
    p(doc, (
        "Binnen ASG zijn wij een van de weinige scholen met veel kennis van ernstige gedragsproblemen. Die "
        "kennis willen we meer delen. Vanaf schooljaar 2025-2026 bieden we Kwakel-consult aan: leerkrachten "
        "en gedragswetenschappers van onze school komen op verzoek observeren en adviseren bij ASG-basisscholen "
        "die vastlopen met een leerling. We hebben daar 150 uur per jaar voor gereserveerd. Op het intranet "
        "van ASG staat per 1 januari 2026 bij wie scholen terecht kunnen. Dat zijn een vast aanspreekpunt "
        "(de teamleider) en per vraagstuk de juiste collega: gedrag, autisme, trauma of het aanvragen van een "
        "TLV."
    ))
    h2(doc, "7.2 Doorlopende lijnen binnen ASG")
    p(doc, (
        "Met de ASG-scholen voor speciaal basisonderwijs en voortgezet speciaal onderwijs hebben we afspraken "
        "gemaakt over de overstap. Een leerling die naar een andere ASG-school kan, krijgt een proefplaatsing "
        "van zes weken. In die tijd blijft de eigen leerkracht van De Kwakel bereikbaar voor de nieuwe school. "
        "Daarnaast is er een warme overdracht met ouders en leerling erbij."
    ))
    h2(doc, "7.3 Doelen venster 3")
    doelentabel(doc, "Tabel 3. Doelen meerwaarde van ASG", [
        ["Kwakel-consult", "Observatie en advies bij ASG-basisscholen, 150 uur per jaar",
         "Teamleider", "Vanaf 2025-2026", "12 consulten per jaar, waardering minstens een 8"],
        ["Vindbaar aanspreekpunt", "Pagina op het ASG-intranet met contactpersonen per expertise",
         "Teamleider", "1 januari 2026", "Pagina online; aantal aanvragen jaarlijks geëvalueerd"],
        ["Proefplaatsing binnen ASG", "Zes weken proefplaatsing met begeleiding door de eigen leerkracht",
         "IB’er", "Vanaf 2025-2026", "90% van de proefplaatsingen wordt definitief"],
    ])


def venster4(doc):
    h1(doc, "8. Venster 4 – Partnerschap")
    h2(doc, "8.1 Ouders en medezeggenschap")
    p(doc, "Ouders zijn betrokken bij het leerproces van hun kind.")
    p(doc, (
        "Omdat onze ouders zelden op school komen, gaan wij naar hen toe. Elke nieuwe leerling krijgt een "
        "thuisbezoek (zie 4.1). Twee keer per jaar is er een OPP-gesprek met ouders, leerkracht en "
        "gedragswetenschapper. Vanaf groep 5 schuift de leerling zelf aan voor het eerste deel. In die "
        "gesprekken bespreken we ook wat ouders thuis kunnen doen. Samen met Triade Vitree bieden we twee "
        "keer per jaar de oudercursus ‘Grip op gedrag’ aan, van zes avonden. In 2024-2025 deden daar 14 "
        "ouders aan mee. Eens per kwartaal is er een Kwakelcafé waar ouders elkaar ontmoeten."
    ))
    p(doc, (
        "De medezeggenschap is een klankbord voor ideeën en een sparringpartner voor onze directie bij "
        "voorgenomen beleid en uitvoering van beleid."
    ))
    h2(doc, "8.2 Samenwerken in de stad")
    p(doc, "Wij werken proactief samen met een breed scala aan partners.")
    p(doc, (
        "Onze belangrijkste partners zijn het Samenwerkingsverband Passend Onderwijs Almere (TLV’s, "
        "plaatsingsoverleg), Triade Vitree (onderwijs-zorgarrangement, oudercursus), GGz Centraal "
        "(kinder- en jeugdpsychiatrie), de GGD Flevoland (jeugdarts in de CvB) en de gemeente Almere "
        "(leerlingenvervoer en leerplicht). Met Triade Vitree evalueren we het onderwijs-zorgarrangement in "
        "het voorjaar van 2026. We willen dat in 2027 minstens twintig leerlingen jeugdhulp krijgen binnen "
        "de school in plaats van daarbuiten. Met het leerlingenvervoer maken we per 2025-2026 afspraken over "
        "vaste chauffeurs per route. Een wisseling van chauffeur is voor veel van onze leerlingen al een "
        "slechte start van de dag."
    ))
    p(doc, (
        "Ook de wijk is onze partner. Voor de praktijkmiddagen van de bovenbouw (zie 5.2) werken we samen met "
        "de supermarkt op het Stadhuisplein, de kinderboerderij in de wijk en het buurthuis. Bij de "
        "kinderboerderij helpen leerlingen elke week met voeren en schoonmaken. Een judoclub in de buurt "
        "geeft de lessen Rots en Water samen met onze vakleerkracht."
    ))
    p(doc, (
        "Onze school is een belangrijke gesprekspartner voor de gemeente, collega-schoolbesturen en "
        "maatschappelijke organisaties. Wij werken samen met collega-schoolbesturen en gemeente bij de aanpak "
        "van regionale problemen in het onderwijs, zoals het lerarentekort. Onze school maakt deel uit, en is "
        "gesprekspartner van landelijke netwerken, organisaties en overheden."
    ))
    h2(doc, "8.3 Doelen venster 4")
    doelentabel(doc, "Tabel 4. Doelen partnerschap", [
        ["Ouders aan tafel", "Twee OPP-gesprekken per jaar, op school of thuis",
         "Leerkracht", "Jaarlijks", "95% van de ouders bij beide gesprekken (2024-2025: 83%)"],
        ["Oudercursus", "‘Grip op gedrag’ twee keer per jaar met Triade Vitree",
         "Gedragswetenschapper", "Vanaf 2025-2026", "Minstens 16 ouders per jaar"],
        ["Jeugdhulp in school", "Evaluatie en uitbreiding van het onderwijs-zorgarrangement",
         "Directeur", "Evaluatie voorjaar 2026", "20 leerlingen krijgen jeugdhulp binnen de school in 2027"],
        ["Leren in de wijk", "Wekelijkse praktijkmiddag voor alle bovenbouwgroepen",
         "Bouwcoördinator bovenbouw", "Vanaf januari 2026", "30 praktijkmiddagen per groep per jaar"],
    ])


def slot(doc):
    h1(doc, "9. Planning en vaststelling")
    h2(doc, "9.1 Meerjarenplanning")
    bullets(doc, [
        "2025-2026: gesprekscyclus op orde, traumasensitief lesgeven, Kwakel-consult en intranetpagina, "
        "bestendigingsonderzoek, SOP herzien, leerlijn digitale geletterdheid.",
        "2026-2027: Breinhelden in alle groepen, praktijkmiddagen uitbreiden, tevredenheidspeiling, "
        "burgerschapslijn vastgesteld.",
        "2027-2028: evaluatie fysiek ingrijpen en SWPBS, evaluatie onderwijs-zorgarrangement.",
        "2028-2029: eindevaluatie en voorbereiding van het volgende schoolplan.",
    ])
    h2(doc, "9.2 Vaststelling")
    p(doc, (
        "Het concept van dit schoolplan is op 10 juni 2025 besproken met de medezeggenschapsraad. De directeur "
        "heeft het plan op 30 juni 2025 vastgesteld en aangeboden aan het College van Bestuur van de "
        "Almeerse Scholen Groep."
    ))
    p(doc, "Sanne Overweel, directeur SO De Kwakel")


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    _voettekst(doc)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    cp = doc.core_properties
    cp.title = "Schoolplan SO De Kwakel 2025-2029"
    cp.author = "Sanne Overweel"
    cp.last_modified_by = "Sanne Overweel"
    cp.subject = "Schoolplan"
    cp.keywords = "schoolplan; speciaal onderwijs; cluster 4"
    cp.language = "nl-NL"
    cp.created = DATUM
    cp.modified = DATUM
    cp.revision = 3

    voorblad(doc)
    inleiding(doc)
    profiel(doc)
    missie(doc)
    kernwaarden(doc)
    venster1(doc)
    venster2(doc)
    venster3(doc)
    venster4(doc)
    slot(doc)
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_196_so_de_kwakel.docx")
