# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Praktijkschool De Lasnaad (Almere Buiten), met doelentabellen."""
import datetime

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

KOP = ["Doel", "Actie", "Wie", "Wanneer", "Meetbaar resultaat"]


def _tabel(doc, rijen):
    t = doc.add_table(rows=1, cols=len(KOP))
    t.style = "Table Grid"
    for i, k in enumerate(KOP):
        cel = t.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(k)
        run.bold = True
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    doc.add_paragraph("")
    return t


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def build(path):
    path = str(path)
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    cp = doc.core_properties
    cp.title = "Schoolplan De Lasnaad 2024-2028"
    cp.author = "Praktijkschool De Lasnaad"
    cp.subject = "Schoolplan"
    cp.created = datetime.datetime(2024, 5, 27, 9, 15, 0)
    cp.modified = datetime.datetime(2024, 6, 28, 16, 5, 0)

    # ------------------------------------------------------------ voorblad
    doc.add_paragraph("Praktijkschool De Lasnaad", style="Title")
    doc.add_paragraph("Schoolplan 2024 - 2028", style="Subtitle")
    _p(doc, "'Vakmanschap begint met vertrouwen'")
    _p(doc, "Almere Buiten, juni 2024")

    # ------------------------------------------------------------ colofon
    doc.add_heading("Colofon", level=1)
    for r in [
        "Titel: Schoolplan Praktijkschool De Lasnaad 2024-2028",
        "School: Praktijkschool De Lasnaad, school voor praktijkonderwijs",
        "Adres: Evenaar 40, 1335 Almere Buiten (hoofdgebouw) en leerwerkplaats Bouwmeesterstraat",
        "BRIN: 30LN",
        "Denominatie: algemeen bijzonder",
        "Bevoegd gezag: Almeerse Scholen Groep (ASG), College van Bestuur",
        "Directeur: Gerrit-Jan Mulderij",
        "Schrijfgroep: Gerrit-Jan Mulderij, Fatima El Khattabi (teamleider onderbouw), Roy Tjon-A-Joe "
        "(teamleider bovenbouw en stage), Anouk Verweij (kwaliteitscoördinator), Dirk Sloothaak (praktijkdocent "
        "techniek)",
        "Planperiode: 1 augustus 2024 tot en met 31 juli 2028",
        "Instemming MR: 18 juni 2024",
        "Vastgesteld door het College van Bestuur: 4 juli 2024",
        "Versie: 1.2 (definitief)",
        "Foto's: leerlingen van De Lasnaad, met toestemming van ouders",
    ]:
        _p(doc, r)

    # ------------------------------------------------------------ inhoud
    doc.add_heading("Inhoud", level=1)
    inhoud = [
        ("1", "Woord vooraf", "3"),
        ("2", "Dit is De Lasnaad", "4"),
        ("3", "Elke leerling een naam en een plek", "6"),
        ("4", "Eerlijk en duidelijk", "7"),
        ("5", "Nieuwe wegen naar vakmanschap", "8"),
        ("6", "Hoog mikken", "9"),
        ("7", "Leren door te doen", "10"),
        ("8", "Mensen maken de school", "14"),
        ("9", "Sterker met andere ASG-scholen", "16"),
        ("10", "De stad als leerwerkplaats", "17"),
        ("11", "Zo bewaken we de kwaliteit", "19"),
        ("12", "Meerjarenplanning", "20"),
        ("13", "Vaststelling", "21"),
    ]
    t = doc.add_table(rows=0, cols=3)
    for nr, titel, blz in inhoud:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text = nr, titel, blz
    doc.add_paragraph("").add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ 1
    doc.add_heading("1. Woord vooraf", level=1)
    _p(doc,
       "Bij ons leren jongeren van 12 tot 18 jaar een vak, en vooral: ze leren dat ze iets kunnen. De meeste "
       "leerlingen komen bij ons binnen na een basisschoolloopbaan waarin ze vaak hebben gehoord wat ze niet "
       "konden. Daar zetten wij iets tegenover. Onze naam zegt het: een lasnaad verbindt twee delen stevig met "
       "elkaar. Wij verbinden school en werk, en leerling en toekomst.")
    _p(doc,
       "Dit schoolplan is het resultaat van een jaar praten, meten en kiezen. Het team heeft op drie studiedagen "
       "(oktober 2023, januari en maart 2024) gewerkt met de vragen uit de koers van ASG. De leerlingenraad en de "
       "MR hebben meegelezen. We hebben de indeling van de koers gevolgd, eerst de vier kernwaarden en daarna de "
       "vier vensters, maar in onze eigen woorden. Per hoofdstuk staat een tabel met wat we gaan doen, wie "
       "ervoor zorgt, wanneer het klaar is en hoe we weten dat het gelukt is. Niet alles uit de koers krijgt een "
       "plek: waar we al goed zitten of waar we de komende vier jaar geen ruimte voor zien, kiezen we bewust "
       "voor rust.")

    # ------------------------------------------------------------ 2
    doc.add_heading("2. Dit is De Lasnaad", level=1)
    doc.add_heading("2.1 Leerlingen", level=2)
    _p(doc,
       "De Lasnaad heeft op 1 oktober 2023 214 leerlingen, verdeeld over 15 groepen van gemiddeld 14 leerlingen. "
       "Leerlingen hebben een toelaatbaarheidsverklaring voor praktijkonderwijs van het samenwerkingsverband. "
       "Ongeveer 60 procent komt uit Almere Buiten en Almere Stad-Noord, de rest uit de hele stad en uit Lelystad "
       "en Zeewolde. 38 procent van de leerlingen heeft naast leerproblemen ook een ondersteuningsbehoefte op het "
       "gebied van gedrag of de thuissituatie. Bij 26 leerlingen is jeugdhulp betrokken.")
    doc.add_heading("2.2 Onderwijs in drie fasen", level=2)
    _p(doc,
       "De opleiding duurt gemiddeld vijf jaar en bestaat uit drie fasen. In de oriëntatiefase (leerjaar 1 en 2) "
       "krijgen leerlingen Nederlands, rekenen, burgerschap, lichamelijke opvoeding en praktijkvakken in alle "
       "vijf werkvelden: techniek (metaal, hout en installatie), groen, zorg en welzijn, horeca en facilitaire "
       "dienstverlening, en logistiek en detailhandel. In de keuzefase (leerjaar 3) kiest de leerling twee "
       "werkvelden en loopt hij een interne stage. In de uitstroomfase (leerjaar 4 en 5) loopt de leerling twee "
       "tot vier dagen per week extern stage en werkt hij aan branchecertificaten.")
    doc.add_heading("2.3 Uitstroom", level=2)
    _p(doc,
       "In 2023 verlieten 41 leerlingen de school. 19 gingen naar betaald werk (waarvan 7 met een BBL-traject), "
       "15 naar de Entree-opleiding van ROC van Flevoland, 4 naar dagbesteding of beschut werk en 3 leerlingen "
       "hadden bij uitstroom nog geen plek. Na één jaar zat 78 procent van de uitgestroomde leerlingen nog op "
       "dezelfde of een betere plek.")
    doc.add_heading("2.4 Wat we de afgelopen jaren hebben geleerd", level=2)
    _p(doc,
       "Bij het inspectiebezoek in het najaar van 2022 zijn alle onderzochte standaarden als voldoende "
       "beoordeeld; de standaard Samenwerking (OP6) was goed. Verbeterpunten waren het gebruik van het "
       "individueel ontwikkelingsplan (IOP) in de les en de analyse van de uitstroomgegevens. In 2023 waren "
       "er 41 schorsingen. Dat aantal vinden wij te hoog. Het verzuim onder medewerkers was 7,9 procent.")

    # ------------------------------------------------------------ 3
    doc.add_heading("3. Elke leerling een naam en een plek", level=1)
    _p(doc,
       "Onze leerlingen willen vooral één ding: gewoon gezien worden. Niet als 'die van de praktijkschool', "
       "maar als iemand met een naam, een verhaal en iets waar hij goed in is. Dat begint bij de voordeur. Onze "
       "receptie wordt bemand door leerlingen van het werkveld facilitaire dienstverlening, onder begeleiding van "
       "een instructeur. Zo is het eerste gezicht dat een bezoeker ziet, dat van een leerling.")
    _p(doc,
       "Iedere leerling heeft een vaste mentor, die hem in principe twee jaar volgt. Het IOP is het hart van de "
       "begeleiding: de leerling schrijft zelf, samen met de mentor, zijn doelen op. Bij medewerkers vragen we "
       "jaarlijks in het medewerkersonderzoek wat zij nodig hebben.")
    _tabel(doc, [
        ("Bezoekers en nieuwe leerlingen voelen zich welkom",
         "Receptie als leerwerkplek voor leerlingen facilitaire dienstverlening; korte bezoekersenquête via QR-code "
         "bij de balie; open lesmiddag voor groep 8-leerlingen en hun ouders in februari",
         "Teamleider bovenbouw, instructeur facilitair",
         "Start augustus 2024, evaluatie juni 2025",
         "Bezoekers geven gemiddeld minimaal een 8 voor de ontvangst; 90% van de nieuwe leerlingen zegt in de "
         "novemberpeiling 'Ik voelde me welkom'"),
        ("Iedere leerling wordt gezien als persoon met eigen talent",
         "Elke zes weken een coachgesprek mentor-leerling van 15 minuten; twee keer per jaar de 'Vakmanschapsweek' "
         "waarin iedere leerling een eigen werkstuk presenteert aan ouders",
         "Mentoren",
         "Vanaf schooljaar 2024-2025",
         "Zes coachgesprekken per leerling per jaar vastgelegd in Magister; in de leerlingenquête scoort 'Mijn "
         "mentor kent mij' minimaal 8,0 (2023: 7,2)"),
        ("We weten wat leerlingen en medewerkers nodig hebben",
         "IOP herzien: leerling formuleert zelf drie doelen, koppeling aan competentiemeter; medewerkersonderzoek "
         "met vaste vraag over ondersteuningsbehoefte",
         "Zorgcoördinator, mentoren, directeur",
         "Nieuw IOP-format per 1 januari 2025; medewerkersonderzoek in 2025 en 2027",
         "100% van de leerlingen heeft een actueel IOP; bij de lesbezoeken is in 80% van de lessen zichtbaar dat "
         "de docent IOP-doelen gebruikt"),
    ])

    # ------------------------------------------------------------ 4
    doc.add_heading("4. Eerlijk en duidelijk", level=1)
    _p(doc,
       "Met een open blik kijken wij naar de verscheidenheid van leerlingen en medewerkers. Voor onze leerlingen "
       "is het vooral belangrijk dat volwassenen duidelijk zijn en zich aan hun woord houden. Als er iets misgaat "
       "tussen leerlingen of tussen een leerling en een docent, willen we het herstellen en niet alleen straffen. "
       "Daarom stappen we over op herstelgericht werken. Met ouders communiceren we in eenvoudige taal; veel "
       "ouders lezen weinig Nederlands of hebben zelf slechte ervaringen met school.")
    _tabel(doc, [
        ("Respectvolle omgang tussen leerlingen, medewerkers en ouders",
         "Training herstelgericht werken voor het hele team; na ieder incident een herstelgesprek met de "
         "betrokkenen; gedragsafspraken 'Werkplaatsregels' in elk lokaal",
         "Teamleiders, gedragsspecialist, extern trainer",
         "Training 2024-2025; herstelgesprekken vanaf januari 2025",
         "Aantal schorsingen daalt van 41 (2023) naar maximaal 20 in 2026-2027"),
        ("Ouders en leerlingen krijgen begrijpelijke en tijdige informatie",
         "Alle brieven op taalniveau B1, korte filmpjes bij belangrijke informatie; stagebegeleider meldt zich elke "
         "twee weken bij ouders van stagiairs; Magister-ouderportaal voor cijfers en aanwezigheid",
         "Directeur, communicatiemedewerker ASG-servicebureau, stagebegeleiders",
         "Schooljaar 2024-2025",
         "In de ouderenquête 2026 geeft 85% aan 'Ik weet hoe het met mijn kind gaat' (2023: 64%)"),
    ])

    # ------------------------------------------------------------ 5
    doc.add_heading("5. Nieuwe wegen naar vakmanschap", level=1)
    _p(doc,
       "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie. Voor ons "
       "betekent vernieuwen vooral: de echte werkplek dichter bij de school halen. In 2023 is De Lasnaad gestart "
       "met een kleine proef waarin leerlingen van leerjaar 4 één dag per week les kregen in de werkplaats van "
       "een installatiebedrijf in plaats van op school. Die aanpak breiden we uit onder de naam 'De Lasnaad "
       "Werkt'. Daarnaast willen we een VR-lassimulator inzetten, zodat leerlingen veilig en vaker kunnen "
       "oefenen voordat ze aan echte lasapparatuur werken.")
    _tabel(doc, [
        ("Leren op de werkplek wordt vast onderdeel van de uitstroomfase",
         "'De Lasnaad Werkt': per werkveld één bedrijf waar een groep van zes leerlingen één dag per week les "
         "krijgt van een praktijkdocent en een vakman van het bedrijf",
         "Teamleider bovenbouw, praktijkdocenten",
         "2024-2025 techniek en groen; 2025-2026 alle vijf werkvelden",
         "In 2026 volgen minimaal 60 leerlingen een dag per week onderwijs in een bedrijf"),
        ("Veilig en vaker oefenen met lassen",
         "Aanschaf en invoering VR-lassimulator; leerlingen behalen eerst het simulatorniveau voor ze in de "
         "lascabine werken",
         "Praktijkdocent techniek (D. Sloothaak), ICT-coördinator",
         "Aanschaf voorjaar 2025, gebruik vanaf september 2025",
         "Materiaalverbruik lasdraad en staal daalt 25%; aantal geslaagden NIL-lascertificaat stijgt van 9 naar 15 "
         "per jaar"),
    ])

    # ------------------------------------------------------------ 6
    doc.add_heading("6. Hoog mikken", level=1)
    _p(doc,
       "Praktijkonderwijs is geen eindstation. Wij verwachten van onze leerlingen dat zij een diploma of "
       "certificaat halen en een duurzame plek vinden. Dat betekent dat wij ook van onszelf veel vragen: "
       "geen les zonder doel, geen leerling zonder plan na school.")
    _tabel(doc, [
        ("Meer leerlingen met een erkend bewijs van vakmanschap",
         "Iedere leerling in de uitstroomfase werkt aan minimaal twee branchecertificaten (bijvoorbeeld VCA-basis, "
         "SVS schoonmaak, NIL-lassen, Werken in de keuken, heftruck); examens worden op school afgenomen",
         "Examencoördinator, praktijkdocenten",
         "Elk schooljaar, tussenmeting in juli 2026",
         "In 2028 verlaat 90% van de leerlingen de school met minstens twee branchecertificaten (2023: 61%)"),
        ("Duurzame uitstroom",
         "Nazorg: de stagecoördinator belt ieder uitgestroomde leerling na 3, 6 en 12 maanden en biedt hulp bij "
         "uitval; gesprek met de leerling en de werkgever binnen twee weken na een melding",
         "Stagecoördinator (A. Verweij), trajectbegeleider",
         "Doorlopend, jaarlijkse analyse in oktober",
         "Na één jaar zit 85% van de uitgestroomde leerlingen nog op een passende plek (2023: 78%); "
         "geen leerling verlaat de school zonder plek"),
    ])

    # ------------------------------------------------------------ 7
    doc.add_heading("7. Leren door te doen", level=1)
    doc.add_heading("7.1 Ons onderwijsprogramma", level=2)
    _p(doc,
       "Ons programma is gebaseerd op het landelijk kader voor praktijkonderwijs. Voor Nederlands en rekenen "
       "werken wij met de methode Tijd voor Taal en Rekenen (praktijkonderwijs) en toetsen wij twee keer per jaar "
       "met de Diataal- en Diarekentoetsen, zodat we de groei op de referentieniveaus 1F en 2F kunnen volgen. "
       "Ons doel is dat 75 procent van de leerlingen bij uitstroom 1F beheerst voor lezen en 60 procent voor "
       "rekenen. Voor de praktijkvakken gebruiken we de leerlijnen van PrO-Deo en de modules van de "
       "branches. In 2025 voegen we een leerlijn digitale vaardigheden toe (werken met een tablet en een "
       "urenregistratie-app, veilig online, solliciteren via internet), omdat bijna alle werkgevers daar nu om "
       "vragen. Ook duurzaamheid krijgt een plek: in het werkveld installatie leren leerlingen zonnepanelen en "
       "warmtepompen monteren op het oefendak van de leerwerkplaats.")
    _p(doc,
       "De praktijkvakken sluiten aan bij wat onze leerlingen bezig houdt. In de keuzefase kiest iedere leerling "
       "zelf een project dat met zijn eigen leven te maken heeft, bijvoorbeeld een brommer opknappen, een "
       "verjaardagsfeest organiseren voor de buurt of de tuin van oma aanpakken. Het project telt mee voor de "
       "competentiemeter.")
    doc.add_heading("7.2 Burgerschap", level=2)
    _p(doc,
       "Burgerschap is een eigen vak in leerjaar 1 tot en met 3 (één uur per week) met de thema's geld en "
       "schulden, wonen, werk en rechten, democratie en omgaan met verschillen. In de bovenbouw komt burgerschap "
       "terug in de stage: leerlingen leren over arbeidsrecht, loonstroken en de rol van de vakbond. De "
       "leerlingenraad (acht leerlingen) vergadert maandelijks met de directeur en heeft een vaste plek in het "
       "MR-overleg. Elk jaar doen alle leerlingen van leerjaar 3 mee aan een maatschappelijke stage van 30 uur "
       "bij een organisatie in de wijk.")
    doc.add_heading("7.3 Veiligheid", level=2)
    _p(doc,
       "Wij meten de veiligheid jaarlijks in november met de monitor sociale veiligheid (leerlingen) en "
       "tweejaarlijks onder medewerkers. In 2023 voelde 88 procent van de leerlingen zich veilig. Wij werken "
       "met een veiligheidsplan, een pestprotocol en de meldcode huiselijk geweld en kindermishandeling. In "
       "de werkplaatsen gelden extra veiligheidsregels; iedere leerling haalt in leerjaar 1 het interne "
       "'werkplaatsdiploma' voordat hij met machines werkt. De anti-pestcoördinator is Shirley Boekhout.")
    doc.add_heading("7.4 Ondersteuning", level=2)
    _p(doc,
       "In ons schoolondersteuningsprofiel staat welke ondersteuning wij bieden. Binnen de basisondersteuning "
       "vallen kleine groepen, een vaste mentor, het IOP en de inzet van een schoolmaatschappelijk werker. "
       "Extra ondersteuning bieden wij met de gedragsspecialist, een time-outvoorziening ('De Werkbank') en "
       "een vaste contactpersoon van het wijkteam. Wij kunnen geen passend aanbod doen voor leerlingen die "
       "voortdurend één-op-één begeleiding nodig hebben of bij wie een psychiatrische problematiek de "
       "voorgrond heeft; voor hen zoeken we met het samenwerkingsverband een plek in het VSO.")
    doc.add_heading("7.5 Doelen", level=2)
    _tabel(doc, [
        ("Onderwijskwaliteit blijft minimaal voldoende, uitstroomanalyse op orde",
         "Jaarlijkse uitstroomanalyse per werkveld; interne audit door ASG-auditoren in 2026",
         "Directeur, kwaliteitscoördinator",
         "Audit voorjaar 2026; uitstroomanalyse elk jaar in oktober",
         "Alle standaarden voldoende bij de audit; OP6 blijft goed; uitstroomanalyse opgenomen in jaarverslag"),
        ("Leerlingen krijgen onderwijs dat past bij hun niveau en hun ondersteuningsbehoefte",
         "Intake met onderwijskundig rapport, capaciteitenonderzoek en huisbezoek; na acht weken "
         "startbespreking met ouders en zorgcoördinator",
         "Zorgcoördinator, mentoren",
         "Elk schooljaar in oktober en november",
         "Voor alle nieuwe leerlingen ligt binnen tien weken een IOP met ondersteuningsparagraaf vast"),
        ("Een passende plek voor iedere jongere, samen met de andere scholen in de stad",
         "Deelname aan het plaatsingsoverleg van het samenwerkingsverband; afspraken met VSO-scholen en vmbo over "
         "tussentijdse overstap; schakeltraject naar vmbo basis voor leerlingen die meer kunnen",
         "Zorgcoördinator, directeur",
         "Afspraken vastgelegd voor 1 juli 2025",
         "Geen thuiszitters van De Lasnaad; per jaar 3 tot 5 leerlingen in het schakeltraject"),
        ("Onderwijs dat aansluit bij de leefwereld van leerlingen",
         "Eigen project in de keuzefase (zie 7.1)",
         "Praktijkdocenten",
         "Vanaf 2024-2025",
         "Iedere leerling van leerjaar 3 rondt een eigen project af en presenteert het"),
        ("Programma is klaar voor de toekomst",
         "Leerlijn digitale vaardigheden (leerjaar 1-5); duurzaamheidsmodule installatietechniek",
         "Werkgroep curriculum, praktijkdocent installatie",
         "Digitale leerlijn september 2025; duurzaamheidsmodule september 2026",
         "Leerlijn en module opgenomen in het PTA-overzicht; 90% van de uitstromers haalt het certificaat "
         "digitale basisvaardigheden"),
        ("Het ondersteuningsprofiel is actueel en bekend",
         "SOP herzien en bespreken met team en ouders; publicatie op de website en in de schoolgids",
         "Zorgcoördinator",
         "Herziening voorjaar 2025 en voorjaar 2027",
         "SOP vastgesteld door MR (advies) en directie, op de website gepubliceerd"),
    ])

    # ------------------------------------------------------------ 8
    doc.add_heading("8. Mensen maken de school", level=1)
    _p(doc,
       "Wij willen dat onze medewerkers zich betrokken voelen bij en trots zijn op De Lasnaad. Ons team "
       "bestaat uit 48 medewerkers: 19 theoriedocenten, 14 praktijkdocenten en instructeurs, 6 onderwijsassistenten, "
       "een zorgcoördinator, een gedragsspecialist, stage- en trajectbegeleiders en ondersteunend personeel. "
       "Vier praktijkdocenten komen uit het bedrijfsleven en hebben (nog) geen onderwijsbevoegdheid. Zij zijn "
       "goud waard: ze weten hoe het er op de werkvloer aan toe gaat. Het verzuim was in 2023 met 7,9 procent "
       "hoog, vooral door langdurig verzuim onder collega's boven de 55 jaar.")
    _tabel(doc, [
        ("Aandacht voor welbevinden in elke levensfase",
         "Jaarlijks levensfasegesprek als onderdeel van het jaargesprek; afspraken over duurzame inzetbaarheid "
         "(ontziemaatregelen, verlof, taakverdeling) worden vastgelegd",
         "Directeur, teamleiders",
         "Vanaf 2024-2025",
         "Alle medewerkers hebben een levensfase-afspraak in hun dossier"),
        ("Vitale medewerkers, lager verzuim",
         "Bedrijfsfitness via ASG, vitaliteitsweek in maart, vroeg contact met bedrijfsarts bij herhaald kort "
         "verzuim",
         "Directeur, P&O-adviseur ASG",
         "Doorlopend, evaluatie elk jaar in januari",
         "Verzuim daalt naar maximaal 5,5% in 2027; meldingsfrequentie onder 1,2"),
        ("Iedere medewerker ontwikkelt zich aantoonbaar",
         "Persoonlijk ontwikkelplan; minimaal één training per jaar bij de ASG Academie of extern; teamscholing "
         "'werken met het IOP in de les'",
         "Medewerkers, teamleiders",
         "Elk schooljaar",
         "95% van de medewerkers heeft een ingevuld ontwikkelplan en één afgeronde training per jaar"),
        ("Leren met collega's van andere praktijkscholen",
         "Deelname aan de PLG praktijkonderwijs Flevoland (vier scholen) en aan het ASG-netwerk zorgcoördinatoren; "
         "terugkoppeling in het teamoverleg",
         "Teamleiders, zorgcoördinator, twee docenten per jaar",
         "Vier PLG-bijeenkomsten per jaar",
         "Verslag van elke bijeenkomst in de teammap; minimaal één verbeteridee per jaar ingevoerd"),
        ("Praktijkdocenten zonder bevoegdheid halen hun bevoegdheid",
         "Traject Pedagogisch Didactisch Getuigschrift (PDG) voor vier praktijkdocenten, met vaste coach en vier "
         "uur per week studietijd",
         "Directeur, schoolopleider",
         "Start september 2024, afronding uiterlijk juli 2026",
         "Alle vier de praktijkdocenten hebben hun PDG in 2026"),
        ("Gesprekscyclus volledig uitgevoerd",
         "Start-, voortgangs- en jaargesprek met minimaal twee lesbezoeken; verslagen in het digitale "
         "personeelsdossier",
         "Teamleiders",
         "Elk schooljaar, controle in juni",
         "100% van de medewerkers heeft de volledige cyclus doorlopen (2023: 72%)"),
    ])

    # ------------------------------------------------------------ 9
    doc.add_heading("9. Sterker met andere ASG-scholen", level=1)
    _p(doc,
       "Binnen ASG ontmoeten collega's van alle scholen en het servicebureau elkaar regelmatig. Voor De Lasnaad "
       "is vooral de samenwerking met de vmbo-scholen van ASG van belang: voor onze leerlingen die meer "
       "aankunnen, en voor onze praktijkdocenten die machines en kennis kunnen delen. Daarnaast willen wij "
       "vaker laten zien wat wij goed doen.")
    _tabel(doc, [
        ("Praktijkdocenten werken samen met vmbo-docenten techniek en zorg",
         "Gezamenlijke werkgroep met de ASG-vmbo-school in Almere Buiten: uitwisseling van lesmateriaal, "
         "gezamenlijk gebruik van de CNC-machine en de zorgpraktijkruimte",
         "Teamleider bovenbouw, praktijkdocenten techniek en zorg",
         "Werkgroep vanaf november 2024, drie keer per jaar",
         "Gedeeld rooster voor machines en praktijkruimte vanaf 2025-2026; minimaal vier gedeelde lesmodules"),
        ("Onze ervaring delen binnen ASG",
         "Workshop 'Leren in het bedrijf' en demonstratie VR-lassimulator op de ASG-brede studiedag",
         "Directeur, D. Sloothaak",
         "ASG-studiedag 2026",
         "Workshop gegeven; minimaal twee andere ASG-scholen komen daarna op werkbezoek"),
        ("Een passende route voor leerlingen tussen PO, praktijkonderwijs en vmbo",
         "Vaste overstapafspraken met ASG-basisscholen (warme overdracht) en met vmbo (schakeltraject, "
         "zie 7.5); kennismakingsmiddag voor IB'ers van ASG-basisscholen",
         "Zorgcoördinator",
         "Jaarlijks in maart",
         "Van alle aangemelde leerlingen van ASG-basisscholen is vóór 1 mei een warme overdracht gehouden"),
    ])

    # ------------------------------------------------------------ 10
    doc.add_heading("10. De stad als leerwerkplaats", level=1)
    _p(doc,
       "Zonder bedrijven geen praktijkonderwijs. Wij werken met ongeveer 140 stagebedrijven, van de bouwmarkt "
       "tot het zorgcentrum, en met een vaste groep leerwerkbedrijven. Ouders zijn onze belangrijkste partner, "
       "maar het contact is niet altijd vanzelfsprekend. Daarom gaan we meer naar ouders toe.")
    _tabel(doc, [
        ("Ouders zijn betrokken bij de ontwikkeling van hun kind",
         "Huisbezoek bij alle nieuwe leerlingen; driehoeksgesprekken (leerling, ouder, mentor) drie keer per jaar "
         "waarin de leerling zijn IOP presenteert",
         "Mentoren",
         "Vanaf 2024-2025",
         "Opkomst bij de driehoeksgesprekken stijgt van 68% naar 90% in 2026"),
        ("Een actieve MR die meedenkt en meebeslist",
         "MR-werkplan met zes vergaderingen per jaar; de leerlingenraad bereidt onderwerpen voor; MR bespreekt "
         "jaarplan en begroting in een vroeg stadium",
         "MR-voorzitter, directeur",
         "Jaarlijks",
         "Jaarplan en begroting vóór 1 mei in de MR besproken; jaarverslag MR op de website"),
        ("Een stevig netwerk van stage- en leerwerkbedrijven",
         "Jaarlijkse bedrijvenavond; samenwerkingsovereenkomst met minimaal 20 leerwerkbedrijven; "
         "relatiebeheer per werkveld",
         "Stagecoördinator, praktijkdocenten",
         "Bedrijvenavond elk jaar in oktober",
         "Aantal bedrijven met een overeenkomst van 12 naar 20 in 2026; genoeg stageplaatsen voor alle leerlingen"),
        ("Samenwerking met partners in de wijk",
         "Vaste afspraken met het wijkteam Buiten-Oost, welzijnsorganisatie De Schoor (jongerenwerk) en het "
         "buurthuis voor maatschappelijke stages en naschoolse activiteiten",
         "Zorgcoördinator, teamleider onderbouw",
         "Convenant vóór 1 januari 2025",
         "Maandelijks overleg met het wijkteam; 30 maatschappelijke stageplekken in de wijk"),
        ("Samen met gemeente en scholen voorkomen dat jongeren uitvallen",
         "Deelname aan de thuiszitterstafel van gemeente en samenwerkingsverband; gezamenlijke aanpak voortijdig "
         "schoolverlaten met ROC van Flevoland en het RMC",
         "Directeur, trajectbegeleider",
         "Doorlopend",
         "Voortijdig schoolverlaten onder 2% per jaar; geen leerling langer dan vier weken thuis"),
    ])

    # ------------------------------------------------------------ 11
    doc.add_heading("11. Zo bewaken we de kwaliteit", level=1)
    _p(doc,
       "Onze kwaliteitszorg volgt de cyclus van plannen, uitvoeren, meten en bijstellen. Het schoolplan wordt "
       "elk jaar vertaald in een jaarplan, met dezelfde tabellen als in dit plan. Elk kwartaal rapporteert de "
       "directeur over de voortgang aan het College van Bestuur. In oktober verschijnt het jaarverslag.")
    for r in [
        "Lesbezoeken: iedere docent krijgt twee keer per jaar een lesbezoek van een teamleider met de kijkwijzer "
        "'goede les op De Lasnaad' (doel van de les, IOP-doelen, activerende werkvormen, veiligheid).",
        "Leerlingenquête (november), ouderenquête (tweejaarlijks, maart) en medewerkersonderzoek (tweejaarlijks).",
        "Resultaten Diatoetsen en branchecertificaten per werkveld, twee keer per jaar besproken in het "
        "teamoverleg.",
        "Uitstroom- en bestendigingsgegevens, jaarlijks geanalyseerd in oktober.",
        "Interne audit door ASG in 2026 en een zelfevaluatie in 2027 ter voorbereiding op het volgende "
        "inspectiebezoek.",
    ]:
        doc.add_paragraph(r, style="List Bullet")

    # ------------------------------------------------------------ 12
    doc.add_heading("12. Meerjarenplanning", level=1)
    plan = doc.add_table(rows=1, cols=5)
    plan.style = "Table Grid"
    for i, k in enumerate(["Thema", "2024-2025", "2025-2026", "2026-2027", "2027-2028"]):
        plan.rows[0].cells[i].text = k
    for rij in [
        ("Leerling centraal", "Nieuw IOP-format, coachgesprekken", "IOP in de les", "Evaluatie IOP",
         "Borgen"),
        ("Herstelgericht werken", "Teamtraining", "Herstelgesprekken standaard", "Meting schorsingen",
         "Borgen"),
        ("Leren in bedrijven", "Techniek en groen", "Alle werkvelden", "Evaluatie", "Borgen"),
        ("Curriculum", "Voorbereiding digitale leerlijn", "Digitale leerlijn, VR-lassimulator",
         "Duurzaamheidsmodule", "Evaluatie"),
        ("Personeel", "Start PDG, levensfasegesprekken", "Vitaliteit", "PDG afgerond",
         "Medewerkersonderzoek"),
        ("Partners", "Convenant wijk, huisbezoeken", "Bedrijvenavond, 20 overeenkomsten", "ASG-studiedag",
         "Evaluatie schoolplan"),
    ]:
        c = plan.add_row().cells
        for i, w in enumerate(rij):
            c[i].text = w
    doc.add_paragraph("")

    # ------------------------------------------------------------ 13
    doc.add_heading("13. Vaststelling", level=1)
    _p(doc,
       "De medezeggenschapsraad van De Lasnaad heeft op 18 juni 2024 ingestemd met dit schoolplan. Het College "
       "van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 4 juli 2024 vastgesteld.")
    sig = doc.add_table(rows=2, cols=2)
    sig.style = "Table Grid"
    sig.rows[0].cells[0].text = "Voorzitter MR\nNaam: Jolanda Verhoef\nHandtekening:"
    sig.rows[0].cells[1].text = "Directeur\nNaam: Gerrit-Jan Mulderij\nHandtekening:"
    sig.rows[1].cells[0].text = "Namens het College van Bestuur ASG\nHandtekening:"
    sig.rows[1].cells[1].text = "Datum: 4 juli 2024"

    doc.save(path)
    _vaste_zipdatum(path)


def _vaste_zipdatum(path):
    """Herschrijf het docx-archief met vaste tijdstempels, zodat de uitvoer byte-gelijk is."""
    import io
    import zipfile
    with open(path, "rb") as fh:
        data = fh.read()
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    with open(path, "wb") as fh:
        fh.write(uit.getvalue())


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_166_lasnaad.docx")
