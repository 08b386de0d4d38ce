# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van OBS De Kwartelkoning (Almere Poort), geschreven in Word-stijl."""
import datetime

from docx import Document
from docx.shared import Pt


def _doel(doc, tekst, acties=None):
    doc.add_paragraph(tekst, style="List Bullet")
    if acties:
        for a in acties:
            doc.add_paragraph(a, style="List Bullet 2")


def build(path):
    path = str(path)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    cp = doc.core_properties
    cp.title = "Schoolplan OBS De Kwartelkoning 2025-2029"
    cp.author = "M. Tiemersma"
    cp.created = datetime.datetime(2025, 6, 23, 10, 0, 0)
    cp.modified = datetime.datetime(2025, 7, 2, 14, 30, 0)

    doc.add_paragraph("Schoolplan 2025 - 2029", style="Title")
    doc.add_paragraph("Openbare basisschool De Kwartelkoning")
    doc.add_paragraph("Homerusbaan, Almere Poort  |  onderdeel van de Almeerse Scholen Groep (ASG)")
    doc.add_paragraph("Versie juni 2025")

    # ------------------------------------------------------------------
    doc.add_heading("1. Inleiding", level=1)
    doc.add_paragraph(
        "Voor u ligt het schoolplan van openbare basisschool De Kwartelkoning voor de periode 1 augustus 2025 "
        "tot en met 31 juli 2029. In dit plan beschrijven wij hoe wij de komende vier jaar werken aan goed "
        "onderwijs voor de kinderen in Almere Poort. Het plan is gebaseerd op het strategisch beleid van ons "
        "bestuur, de Almeerse Scholen Groep, en op onze eigen analyse van de afgelopen planperiode.")
    doc.add_paragraph(
        "Wij hebben ervoor gekozen om de indeling van het bestuur te volgen: eerst de kernwaarden Gezien worden, "
        "Open, Vooruitstrevend en Ambitieus, daarna de vier vensters. Per hoofdstuk staan onze doelen. Waar wij "
        "in deze periode iets nieuws gaan doen of iets willen veranderen, hebben we onder het doel opgeschreven "
        "wat wij concreet gaan doen. Waar dat niet zo is, geldt het doel als uitgangspunt voor ons dagelijks werk. "
        "De uitwerking per schooljaar staat in de jaarplannen.")
    doc.add_paragraph(
        "Het plan is geschreven door de directie en het MT, met inbreng van het team tijdens de studiedagen van "
        "12 februari en 2 april 2025. De MR heeft het concept op 10 juni 2025 besproken.")

    # ------------------------------------------------------------------
    doc.add_heading("2. Onze school in beeld", level=1)
    doc.add_heading("2.1 Gegevens", level=2)
    for r in [
        "Naam: openbare basisschool De Kwartelkoning",
        "Adres: Homerusbaan, 1363 Almere Poort (Homeruskwartier)",
        "BRIN: 32KW",
        "Directeur: Marloes Tiemersma; adjunct-directeur: Hakan Yıldız",
        "Intern begeleiders: Sanne Oudejans (groep 1-4) en Erik-Jan Bosveld (groep 5-8)",
        "Aantal leerlingen op 1 oktober 2024: 438, verdeeld over 18 groepen",
        "Teamgrootte: 36 medewerkers (28,4 fte)",
        "Bestuur: Almeerse Scholen Groep, Almere",
    ]:
        doc.add_paragraph(r, style="List Bullet")
    doc.add_heading("2.2 Omgeving en leerlingpopulatie", level=2)
    doc.add_paragraph(
        "De Kwartelkoning is in 2012 geopend als tweede school in het Homeruskwartier. De wijk is in tien jaar "
        "sterk gegroeid: er staan koopwoningen, sociale huurwoningen en veel zelfbouwkavels naast elkaar. Dat "
        "zien we terug in de school. Ongeveer 35 procent van onze leerlingen spreekt thuis ook een andere taal dan "
        "het Nederlands; de grootste groepen zijn Arabisch, Turks, Pools, Sranantongo en Engels. De schoolweging "
        "ligt volgens de inspectie op 30,4 en de spreiding is groot.")
    doc.add_paragraph(
        "Het leerlingaantal is de afgelopen drie jaar gestabiliseerd rond 440. De prognose van de gemeente laat "
        "tot 2029 een lichte daling zien, tot ongeveer 410 leerlingen, omdat er in de wijk minder nieuwbouw komt. "
        "Wij verwachten dus niet meer te groeien en richten ons op kwaliteit en op het behoud van ons team.")
    doc.add_heading("2.3 Terugblik op 2021-2025", level=2)
    doc.add_paragraph(
        "In de vorige planperiode hebben we ingezet op het leesonderwijs (invoering van Nieuwsbegrip en de "
        "leesbevordering met De Nieuwe Bibliotheek), op het invoeren van Boom LVS en op de overstap naar "
        "Pluspunt 4. Het leesplezier is volgens de leerlingenenquête gestegen van 6,4 naar 7,1. De resultaten "
        "voor rekenen bleven achter bij onze eigen verwachting: in 2024 haalde 91 procent van de leerlingen in "
        "groep 8 het niveau 1F en 38 procent het niveau 1S. Het vak rekenen is daarom een speerpunt voor deze "
        "periode. Verder hebben we na de coronaperiode gemerkt dat het contact met ouders minder vanzelfsprekend "
        "is geworden; ook dat pakken we op.")

    # ------------------------------------------------------------------
    doc.add_heading("3. Missie en visie", level=1)
    doc.add_paragraph(
        "Samen kleur geven aan goed onderwijs: dat is de missie van ASG en ook die van De Kwartelkoning. Samen "
        "hebben wij alle kennis en ervaring. Samen kunnen wij goed onderwijs bieden, omdat we onze kennis, ervaring "
        "en ideeën met elkaar delen. Wij inspireren en helpen elkaar.")
    doc.add_paragraph(
        "Goed onderwijs betekent voor ons dat iedere leerling zichzelf kan zijn en dat hij zichzelf en zijn "
        "talenten leert kennen. Goed onderwijs betekent leren samen te werken, samen te leren en samen te leven. "
        "Goed onderwijs betekent dat iedere leerling het schooladvies krijgt en de school kiest die bij zijn "
        "talenten past.")
    doc.add_paragraph(
        "De maatschappij verandert snel. Het onderwijs kan en mag niet achterblijven. Onze school biedt alle "
        "leerlingen een vernieuwende en inspirerende leeromgeving met nieuwe perspectieven voor hun toekomst. "
        "Wij willen dat onze leerlingen straks als zelfstandige en verantwoordelijke burgers een volwaardige "
        "plek in de maatschappij kunnen innemen.")
    doc.add_paragraph(
        "Ons motto is 'Kijk, luister, groei'. Kijken naar elkaar, luisteren naar elkaar en samen groeien. Dat "
        "motto hangt in elke klas en bij de ingang.")
    doc.add_paragraph(
        "De Kwartelkoning is een openbare school. Iedereen is bij ons welkom, ongeacht achtergrond, geloof of "
        "overtuiging.")

    # ------------------------------------------------------------------
    doc.add_heading("4. Onze kernwaarden", level=1)
    doc.add_paragraph(
        "ASG heeft vier kernwaarden vastgesteld. Deze kernwaarden zijn ook voor onze school de basis waar wij voor "
        "staan. Ze zijn inspiratiebron en leidraad voor alles wat we doen.")

    doc.add_heading("4.1 Gezien worden", level=2)
    doc.add_paragraph(
        "Iedereen op De Kwartelkoning is waardevol en wordt gezien. Wij zien wat onze leerlingen en medewerkers "
        "nodig hebben en wat het beste voor hen is. Onze school heeft de uitstraling van welkom zijn en welkom "
        "laten voelen.")
    doc.add_paragraph("Onze doelen:")
    _doel(doc, "De cultuur op De Kwartelkoning is gastvrij, iedereen voelt zich welkom.", [
        "Vanaf augustus 2025 staan alle leerkrachten van 8.20 tot 8.30 uur bij de deur van hun lokaal en "
        "begroeten zij ieder kind en iedere ouder persoonlijk. Op maandag staat de directie bij het hek.",
        "Nieuwe gezinnen krijgen een welkomstmap en een rondleiding door twee leerlingen uit groep 7 of 8 "
        "(de 'Kwartelgidsen'). In 2025-2026 leiden we twaalf gidsen op.",
        "Bij de oudertevredenheidspeiling van 2027 scoort de vraag 'Ik voel me welkom op school' minimaal "
        "een 8,0 (2024: 7,3).",
    ])
    _doel(doc, "Iedereen op onze school is waardevol en wordt gezien.")
    _doel(doc, "Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.", [
        "Alle leerlingen van groep 3 tot en met 8 voeren drie keer per jaar een kindgesprek van tien minuten met "
        "hun leerkracht (oktober, februari, juni). De afspraken komen in Parro-notities en in Boom LVS.",
        "In de groepen 1 en 2 gebruiken we daarvoor de observaties van KIJK!.",
        "In elk jaargesprek met medewerkers is een vaste vraag opgenomen over wat zij nodig hebben om hun werk "
        "goed te doen; de directie bespreekt de uitkomsten jaarlijks in juni met het team.",
    ])

    doc.add_heading("4.2 Open", level=2)
    doc.add_paragraph(
        "Wij zijn open en eerlijk naar leerlingen, ouders, collega's en anderen met wie we samenwerken. Wij "
        "staan open voor verscheidenheid, voor mensen met verschillende culturen, religies en achtergronden. "
        "Dat betekent dat onze school transparant en toegankelijk is.")
    doc.add_paragraph("Onze doelen:")
    _doel(doc, "Onze school gaat respectvol om met de mensen binnen en buiten de school.", [
        "In de eerste zes schoolweken (de Gouden Weken) stelt iedere groep met de leerkracht drie "
        "groepsafspraken op. Die hangen naast de drie schoolregels van de 'Kwartelcode': we zijn zuinig op "
        "elkaar, op de spullen en op de buurt.",
        "Bij een conflict tussen volwassenen (ouder-leerkracht of collega's onderling) voeren we binnen een week "
        "een gesprek met de directie erbij. Dat is sinds schooljaar 2024-2025 een vaste afspraak.",
    ])
    _doel(doc, "In onze communicatie zijn wij transparant en toegankelijk.", [
        "Alle communicatie met ouders loopt via Parro. Elke twee weken verschijnt de Kwartelpost. "
        "Leerkrachten plaatsen minimaal één keer per week een bericht met foto's uit de groep.",
        "Vanaf schooljaar 2025-2026 schrijven we brieven in eenvoudig Nederlands (taalniveau B1) en zetten we "
        "de vertaalfunctie in Parro aan. De schoolgids verschijnt voortaan ook als korte versie van vier pagina's.",
        "We houden twee keer per jaar een inloopspreekuur met de directie op vrijdagochtend.",
    ])
    _doel(doc, "Met een open blik kijken wij naar de verscheidenheid van leerlingen en medewerkers.")

    doc.add_heading("4.3 Vooruitstrevend", level=2)
    doc.add_paragraph(
        "Onze school is in beweging. Wij hebben lef, durven te experimenteren, dingen uit te proberen en ze zo "
        "leuker en beter te maken. Wij wachten niet af en verschuilen ons niet achter regels en procedures.")
    doc.add_paragraph("Onze doelen:")
    _doel(doc, "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.")
    _doel(doc, "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.", [
        "Ieder schooljaar onderzoekt een werkgroep van vier leerkrachten één onderwijsthema aan de hand van "
        "recente literatuur en schoolbezoeken. Planning: 2025-2026 expliciete directe instructie (EDI) herijken; "
        "2026-2027 formatief handelen bij rekenen; 2027-2028 woordenschat in de onderbouw.",
        "De werkgroep bezoekt per jaar minimaal twee andere scholen en presenteert de bevindingen op de "
        "studiedag in juni. Het team besluit daar wat we overnemen.",
    ])
    _doel(doc, "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie: "
               "continue veranderingen, fundamentele veranderingen en radicale veranderingen.")

    doc.add_heading("4.4 Ambitieus", level=2)
    doc.add_paragraph(
        "Wij leggen de lat hoog en blijven onszelf en onze leerlingen uitdagen. Wij willen het maximale uit de "
        "mogelijkheden van leerlingen halen, en uit onszelf. Onze school is voor medewerkers en leerlingen een "
        "omgeving van ontwikkeling en vooruitgang.")
    doc.add_paragraph("Onze doelen:")
    _doel(doc, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.", [
        "Wij stellen schooldoelen voor de referentieniveaus aan het eind van groep 8. Voor 2029: lezen 1F 97% "
        "en 2F 70% (2024: 96% en 68%); taalverzorging 1F 98% en 2F 65% (2024: 98% en 62%); rekenen 1F 95% en "
        "1S 45% (2024: 91% en 38%).",
        "In elke groep hangt per vak het groepsdoel van dit blok zichtbaar in het lokaal. Leerkrachten bespreken "
        "het doel aan het begin van het blok met de groep.",
    ])
    _doel(doc, "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.")
    _doel(doc, "Wij geven altijd het beste van onszelf.")

    # ------------------------------------------------------------------
    doc.add_heading("5. Goed en toegankelijk onderwijs", level=1)
    doc.add_paragraph(
        "Onze school realiseert met vakbekwame professionals kwalitatief en eigentijds onderwijs voor alle "
        "kinderen, samen met ouders en de betrokken partners in en om de school. Wij streven ernaar dat alle "
        "leerlingen zich kunnen ontwikkelen op een manier die bij hen past.")

    doc.add_heading("5.1 Ons onderwijsaanbod", level=2)
    doc.add_paragraph(
        "Wij werken in jaargroepen met het model van expliciete directe instructie. Leerlingen krijgen de "
        "instructie op drie niveaus; de verlengde instructie vindt plaats aan de instructietafel. De onderwijstijd "
        "bedraagt 940 uur per jaar (vijf gelijke dagen van 8.30 tot 14.15 uur). Wij dekken de kerndoelen met de "
        "volgende methodes:")
    for r in [
        "Aanvankelijk lezen: Veilig leren lezen (KIM-versie) in groep 3",
        "Technisch lezen: Estafette en dagelijks twintig minuten vrij lezen in groep 4 tot en met 8",
        "Begrijpend lezen: Nieuwsbegrip (groep 4 tot en met 8)",
        "Taal en spelling: Staal (groep 4 tot en met 8)",
        "Rekenen: Pluspunt 4, met vanaf 2025-2026 de verdiepingsroute voor de leerlingen die 1S aankunnen",
        "Wereldoriëntatie en techniek: Blink Wereld (geïntegreerd, groep 3 tot en met 8)",
        "Engels: Take it easy, vanaf groep 1",
        "Sociaal-emotionele ontwikkeling en burgerschap: Kwink",
        "Schrijven: Pennenstreken; bewegingsonderwijs: twee lessen per week door een vakleerkracht",
        "Groep 1 en 2: thematisch werken met Kleuterplein en observatie met KIJK!",
    ]:
        doc.add_paragraph(r, style="List Bullet")
    doc.add_paragraph(
        "In 2026-2027 kiezen wij een nieuwe leerlijn digitale geletterdheid. De werkgroep ICT vergelijkt in "
        "2025-2026 drie aanbieders; de voorkeur gaat nu uit naar een aanpak waarin programmeren, mediawijsheid "
        "en informatievaardigheden in groep 5 tot en met 8 samenkomen.")

    doc.add_heading("5.2 Burgerschap", level=2)
    doc.add_paragraph(
        "Burgerschap krijgt bij ons vorm in de Kwink-lessen (wekelijks), in de leerlingenraad en in de "
        "projecten van Blink Wereld. De leerlingenraad bestaat uit twee leerlingen per groep 5 tot en met 8 en "
        "vergadert zes keer per jaar met de adjunct-directeur. De raad mag jaarlijks een budget van 750 euro "
        "besteden aan een eigen voorstel. Groep 7 bezoekt elk jaar het stadhuis en de gemeenteraad; groep 8 doet "
        "mee aan het project 'Kinderen voor Poort', waarin zij een plan maken voor de buurt. De burgerschapsdoelen "
        "per groep staan in ons burgerschapsplan (herzien in 2024).")

    doc.add_heading("5.3 Sociale veiligheid", level=2)
    doc.add_paragraph(
        "Wij meten de sociale veiligheid jaarlijks in maart met de leerlingvragenlijst van ZIEN! (groep 5 tot en "
        "met 8). In 2024 voelde 93 procent van de leerlingen zich veilig op school. Ons doel is minimaal 95 "
        "procent in 2027. Juf Priscilla Karsten is anti-pestcoördinator en aanspreekpunt voor ouders en "
        "leerlingen. Het pestprotocol en het protocol meldcode huiselijk geweld worden elk jaar in september met "
        "het team doorgenomen. Incidenten registreren we in ParnasSys.")

    doc.add_heading("5.4 Ondersteuning", level=2)
    doc.add_paragraph(
        "In ons schoolondersteuningsprofiel (SOP, geactualiseerd in mei 2025) staat welke ondersteuning wij kunnen "
        "bieden. Wij hebben expertise in dyslexie, taalontwikkeling bij meertalige kinderen en meer- en "
        "hoogbegaafdheid. Voor leerlingen die meer aankunnen is er de plusklas 'De Uitkijk' (een dagdeel per "
        "week, groep 5 tot en met 8, maximaal 14 leerlingen). Leerlingen met een langdurige intensieve medische "
        "zorgvraag of ernstige gedragsproblematiek kunnen wij meestal niet de ondersteuning bieden die zij nodig "
        "hebben; dan zoeken we samen met ouders en het samenwerkingsverband naar een passende plek. Ook dit staat "
        "beschreven in het SOP.")

    doc.add_heading("5.5 Onze doelen voor dit venster", level=2)
    _doel(doc, "De kwaliteit van ons onderwijs blijft op orde.", [
        "Bij het laatste inspectiebezoek (maart 2023) zijn alle standaarden als voldoende beoordeeld. "
        "In 2027 willen wij de standaard Didactisch handelen (OP3) bij een interne audit door ASG als goed "
        "laten beoordelen.",
        "De uitslag van de doorstroomtoets ligt elk jaar boven de signaleringswaarden van de inspectie.",
    ])
    _doel(doc, "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en zichtbaar in de school.", [
        "Zie hoofdstuk 9: kwaliteitskalender, flitsbezoeken en trendanalyses.",
    ])
    _doel(doc, "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.")
    _doel(doc, "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
               "alle leerlingen een passende onderwijsplek hebben.")
    _doel(doc, "Wij hebben zicht op wat onze leerlingen nodig hebben.", [
        "Drie keer per jaar (november, februari, juni) houden de intern begeleiders een groepsbespreking met "
        "iedere leerkracht op basis van Boom LVS, ZIEN! en de kindgesprekken.",
        "Leerlingen die twee toetsmomenten achter elkaar terugvallen, bespreken we in het zorgoverleg met de "
        "schoolmaatschappelijk werker en de ouder- en kindadviseur.",
    ])
    _doel(doc, "Wij ontwikkelen onderwijs passend bij de belevingswereld van onze leerlingen.")
    _doel(doc, "Onze school heeft een toekomstgericht curriculum.", [
        "Invoering leerlijn digitale geletterdheid in 2026-2027 (zie 5.1).",
        "Vanaf 2025-2026 krijgen alle groepen 7 en 8 één keer per week een techniekles in het maaklokaal.",
    ])
    _doel(doc, "In ons schoolondersteuningsprofiel beschrijven wij duidelijk in welke leer- en zorgbehoeftes "
               "wij kunnen voorzien (zie 5.4); het SOP wordt in 2027 opnieuw vastgesteld.")

    # ------------------------------------------------------------------
    doc.add_heading("6. Ons team", level=1)
    doc.add_paragraph(
        "Ons team bestaat uit 24 leerkrachten, 2 intern begeleiders, 4 onderwijsassistenten, een vakleerkracht "
        "bewegingsonderwijs, een administratief medewerker, een conciërge en de directie. De gemiddelde leeftijd "
        "is 39 jaar. Het ziekteverzuim was in 2024 6,8 procent. Ook wij merken het lerarentekort: in 2024-2025 "
        "stonden twee groepen een deel van het jaar onder leiding van een duo met een onderwijsassistent.")
    doc.add_paragraph(
        "Onze school is een werkgever die medewerkers goed begeleidt, aandacht heeft voor hun welbevinden in elke "
        "levensfase en hen uitdaagt verder te groeien.")
    doc.add_paragraph("Onze doelen:")
    _doel(doc, "Medewerkers voelen zich betrokken bij en trots op onze school.")
    _doel(doc, "Wij hebben aandacht voor het welbevinden in elke levensfase van alle medewerkers.", [
        "De werkdrukmiddelen zetten we in voor twee extra onderwijsassistenten en voor de vakleerkracht "
        "bewegingsonderwijs. Het team stemt hier elk jaar in mei over.",
        "Collega's van 57 jaar en ouder mogen hun ontziedagen flexibel inzetten; starters krijgen in hun eerste "
        "twee jaar 40 uur extra begeleiding en geen extra taken buiten de groep.",
        "In het medewerkersonderzoek van 2027 waarderen medewerkers de werkdruk met minimaal een 7,0 (2024: 6,1).",
    ])
    _doel(doc, "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van "
               "bijeenkomsten en het volgen van cursussen en programma's van de ASG Academie.", [
        "Teamscholing 2025-2027: expliciete directe instructie en rekendidactiek (met een externe rekenspecialist, "
        "zes bijeenkomsten per jaar).",
        "Iedere leerkracht legt zijn scholing vast in het bekwaamheidsdossier; de directie controleert dat in het "
        "jaargesprek.",
    ])
    _doel(doc, "Medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de leercultuur.")
    _doel(doc, "Medewerkers maken gebruik van de mogelijkheden van interne mobiliteit.")
    _doel(doc, "Medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien.")
    _doel(doc, "Onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid.", [
        "Op dit moment werken twee zij-instromers bij ons. Zij hebben elk een vaste coach uit het team en "
        "krijgen een halve dag per week vrij voor hun opleiding. Zij zijn uiterlijk in juli 2027 bevoegd.",
        "Wij blijven opleidingsschool en begeleiden jaarlijks vier tot zes pabostudenten.",
    ])
    _doel(doc, "Wij hebben vitale werknemers.")
    _doel(doc, "Wij zetten de talenten van onze medewerkers in voor de hele school.")
    _doel(doc, "De jaarlijkse gesprekscyclus is op onze school volledig ingevoerd.", [
        "Iedere medewerker heeft in september een startgesprek, krijgt tussen november en maart minstens één "
        "lesbezoek met nagesprek en heeft in mei of juni een jaargesprek. Verslagen komen in het digitale "
        "personeelsdossier. In 2024-2025 was dat bij 80 procent gelukt; vanaf 2025-2026 bij 100 procent.",
    ])

    # ------------------------------------------------------------------
    doc.add_heading("7. Samenwerken binnen ASG", level=1)
    doc.add_paragraph(
        "Goed onderwijs bereiken wij door samenwerking. Onze school maakt deel uit van een grote organisatie van "
        "samenwerkende scholen, professionals, ouders en leerlingen.")
    doc.add_paragraph("Onze doelen:")
    _doel(doc, "Collega's van onze school ontmoeten collega's van andere ASG-scholen en het servicebureau "
               "regelmatig.")
    _doel(doc, "Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede "
               "studiedagen.")
    _doel(doc, "Onze werkgroepen staan in contact met werkgroepen van andere scholen en wisselen expertise uit.")
    _doel(doc, "Onze medewerkers weten wie zij moeten benaderen voor welke expertise.", [
        "In de digitale teammap staat vanaf oktober 2025 een overzicht 'Wie weet wat': contactpersonen bij het "
        "ASG-servicebureau (personeelszaken, financiën, ICT, huisvesting) en de orthopedagoog. Het overzicht "
        "wordt ieder jaar in augustus bijgewerkt door de administratie.",
        "Nieuwe collega's krijgen dit overzicht in hun eerste week, samen met een uitnodiging voor ASG Start.",
    ])

    # ------------------------------------------------------------------
    doc.add_heading("8. Ouders en partners", level=1)
    doc.add_paragraph(
        "Wij vinden het belangrijk dat ouders meedenken en meedoen. Kinderen die zien dat ouders en leraren om hen "
        "heen staan en hen steunen, voelen zich gedragen en komen beter tot leren.")
    doc.add_paragraph("Onze doelen:")
    _doel(doc, "Ouders zijn betrokken bij het leerproces van hun kind.", [
        "In de derde schoolweek houden wij startgesprekken met alle ouders. Vanaf groep 5 is het kind bij het "
        "gesprek aanwezig.",
        "Elke eerste woensdag van de maand is er een koffieochtend voor ouders, in 2025-2026 met een vast thema "
        "(onder andere voorlezen thuis, schermtijd, de overstap naar groep 3).",
        "Twee keer per jaar is er een kijkmiddag waarop kinderen hun werk laten zien. Doel: in 2027 komt 80 "
        "procent van de gezinnen minstens één keer per jaar naar een kijkmiddag.",
    ])
    _doel(doc, "De MR is een klankbord voor ideeën en een sparringpartner voor de directie bij voorgenomen "
               "beleid en de uitvoering daarvan.")
    _doel(doc, "Onze school werkt proactief samen met een breed scala aan partners.")
    _doel(doc, "Wij werken nauw samen met maatschappelijke partners in de wijk.", [
        "Met kinderopvang Het Kwakelnest (in ons gebouw) hebben wij een doorgaande lijn voor peuters: twee keer "
        "per jaar overleg tussen pedagogisch medewerkers en de leerkrachten van groep 1 en een warme overdracht "
        "van iedere peuter.",
        "De Nieuwe Bibliotheek verzorgt de schoolbibliotheek (dBos) en elk jaar een leesconsulent voor vier "
        "uur per week.",
        "Met de buurtsportcoach van de gemeente organiseren we drie keer per week naschoolse sport op het "
        "schoolplein.",
    ])

    # ------------------------------------------------------------------
    doc.add_heading("9. Kwaliteitszorg", level=1)
    doc.add_paragraph(
        "De kwaliteitszorg van De Kwartelkoning sluit aan op het kwaliteitsstelsel van ASG. Wij werken volgens de "
        "cyclus plan-do-check-act. De belangrijkste onderdelen zijn:")
    for r in [
        "Het jaarplan, dat in juni wordt opgesteld en in september in het team wordt besproken.",
        "Een kwaliteitskalender met vaste momenten voor toetsing, analyse en evaluatie.",
        "Trendanalyses van Boom LVS in februari en juni; de resultaten bespreken we met het team op de "
        "opbrengstenvergadering.",
        "Flitsbezoeken door de directie en de intern begeleiders: iedere leerkracht krijgt per jaar minimaal "
        "vier korte lesbezoeken van tien minuten, met de kijkwijzer EDI.",
        "Jaarlijkse tevredenheidspeilingen onder leerlingen (maart) en tweejaarlijks onder ouders en medewerkers.",
        "De kwartaalrapportage aan het bestuur en het jaarverslag in oktober.",
    ]:
        doc.add_paragraph(r, style="List Bullet")
    doc.add_paragraph(
        "Halverwege de planperiode, in het voorjaar van 2027, evalueren wij dit schoolplan met het team en de MR "
        "en stellen wij de doelen zo nodig bij.")

    # ------------------------------------------------------------------
    doc.add_heading("10. Vaststelling", level=1)
    doc.add_paragraph(
        "Het schoolplan is op 10 juni 2025 in de medezeggenschapsraad besproken. De MR heeft positief "
        "geadviseerd en een aantal opmerkingen meegegeven over de communicatie met ouders; die zijn verwerkt.")
    doc.add_paragraph("Almere, 2 juli 2025")
    doc.add_paragraph("Marloes Tiemersma, directeur OBS De Kwartelkoning")
    doc.add_paragraph("Namens het College van Bestuur van de Almeerse Scholen Groep: ____________________")

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
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_165_kwartelkoning.docx")
