"""Schoolplan 2024-2028 van Da Vinci Mavo (Almere Poort, ASG), ontwikkelplan 14.

Wat het is: het vierjarige schoolplan van een school voor algemeen bijzonder voortgezet onderwijs met
ongeveer 650 leerlingen: mavo (vmbo-tl, vanaf 2024 de nieuwe leerweg) en een afdeling vmbo kader met de
profielen Economie & Ondernemen en Zorg & Welzijn. De directeur schreef het in Word zonder stijlen.

Vormgeving: geen enkele kopstijl. Elke kop is een vetgedrukte alinea in de stijl Normal: sommige in
hoofdletters ("MENTORAAT", "EXAMENS EN PTA"), sommige genummerd ("2.1 Gezien worden", "3.2 Personeel in
positie"). Opsommingen zijn met de hand getypte streepjes. Het plan volgt de kernwaarden en vensters van
de koers in de volgorde van de koers, maar verschillende paragrafen openen met een overgenomen
bestuurszin, geven dan een rijtje methodes of instrumenten en werken daarna eigen inhoud uit die bij een
ander doel hoort. De paragraaf Vooruitstrevend bestaat alleen uit overgenomen bestuurszinnen. Doelen
staan als zinnen in de lopende tekst ("In 2026 ..."), er is geen doelentabel; de enige tabel geeft
examenresultaten uit het verleden. De MR wordt alleen als klankbord en adviseur genoemd, er staat
nergens dat de MR heeft ingestemd. Het plan bevat aparte delen over mentoraat, examens en LOB.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl_stijlen

VAST = datetime.datetime(2024, 7, 3, 16, 12, 0)

# ("kop", tekst, grootte) | ("p", tekst) | ("l", [items]) | ("t", (kop, rijen, breedtes))
INHOUD = [
    ("kop", "INLEIDING", 13),
    ("p", "Dit is het schoolplan van Da Vinci Mavo voor de schooljaren 2024-2025 tot en met 2027-2028, dus "
          "voor de periode van 1 augustus 2024 tot en met 31 juli 2028. Het plan beschrijft ons onderwijs, "
          "de "
          "keuzes die we de komende vier jaar maken en de manier waarop we de kwaliteit bewaken. Het "
          "vervangt "
          "het schoolplan 2020-2024."),
    ("p", "We hebben het plan geordend volgens de kernwaarden en de vensters uit de koers van de Almeerse "
          "Scholen Groep, in dezelfde volgorde als de koers, zodat het bestuur kan zien hoe onze school "
          "bijdraagt aan de koers. Onderwerpen die de wet van een schoolplan vraagt, zoals burgerschap, "
          "veiligheid, ondersteuning en kwaliteitszorg, staan bij de kernwaarde of het venster waar ze het "
          "best passen. Het plan is geschreven door de schoolleiding, met bijdragen van de secties, de "
          "decaan, "
          "de ondersteuningscoördinator en de leerlingenraad."),

    ("kop", "1. Over Da Vinci Mavo", 13),
    ("p", "Da Vinci Mavo begon in 2009 als dependance van een brede scholengemeenschap en is sinds 2013 een "
          "zelfstandige school voor algemeen bijzonder onderwijs binnen ASG. Sinds 2011 zit de school in een "
          "eigen gebouw in het Columbuskwartier in Almere Poort. Ons motto is \u201cOntdek wat je "
          "kunt\u201d: "
          "een leerling verlaat onze school met een diploma en een plan voor daarna. De naam verwijst naar "
          "Leonardo da Vinci, die denken en doen "
          "combineerde. Dat past bij een mavo met een beroepsgerichte afdeling: leerlingen leren bij ons met "
          "hun hoofd en met hun handen."),
    ("kop", "1.1 Leerlingen en afdelingen", 11),
    ("p", "Op 1 oktober 2023 telde de school 654 leerlingen: 468 in de mavo en 186 in de "
          "kaderberoepsgerichte leerweg. In leerjaar 1 en 2 zijn er mavoklassen, kaderklassen en twee "
          "combinatieklassen kader/mavo voor leerlingen met een dubbel advies. In de bovenbouw kiezen "
          "kaderleerlingen het profiel Economie & Ondernemen of Zorg & Welzijn. Ongeveer 70 procent van de "
          "leerlingen woont in Almere Poort, de rest vooral in Almere Stad en Almere Haven. Het "
          "leerlingenaantal groeit licht, omdat Poort nog steeds groeit."),
    ("kop", "1.2 Organisatie, gebouw en middelen", 11),
    ("p", "De schoolleiding bestaat uit de directeur en drie teamleiders: onderbouw, bovenbouw mavo en "
          "kader. "
          "Er werken 61 medewerkers: 48 docenten en 13 onderwijsondersteunende medewerkers, onder wie een "
          "decaan, een ondersteuningscoördinator, twee onderwijsassistenten, een examensecretaris en twee "
          "conciërges. Het ziekteverzuim was in 2023 5,8 procent."),
    ("p", "Het gebouw heeft 28 lokalen, twee praktijklokalen voor de beroepsgerichte profielen (een "
          "leswinkel met kantoorruimte en een zorglokaal met verpleegbed en keuken), een aula en een "
          "stiltelokaal. De lessen duren 45 minuten; de eerste les begint om 8.30 uur en de laatste eindigt "
          "uiterlijk om 15.45 uur. De school ontvangt ongeveer 6,9 miljoen euro aan rijksbijdragen per jaar, "
          "waarvan circa 82 procent naar personeel gaat. In 2025 worden de praktijklokalen opnieuw "
          "ingericht voor het praktijkgerichte programma van de mavo; dat kost ongeveer 140.000 euro, "
          "die uit de meerjareninvesteringsbegroting komt."),
    ("p", "Het schooljaar is verdeeld in vier perioden van ongeveer tien weken. Op vrijdag eindigt de "
          "laatste les om 14.00 uur, zodat het team op vrijdagmiddag kan vergaderen. Tussenuren proberen we "
          "in "
          "de onderbouw te voorkomen; als een docent ziek is, vangen onderwijsassistenten de klas op in het "
          "studielokaal. De aula heeft grote ramen en een open trap naar de eerste verdieping, en sinds de "
          "zomer van 2023 liggen er 180 zonnepanelen op het dak. De kluisjes zijn in 2023 vervangen; "
          "leerlingen huren een kluisje voor 15 euro per jaar."),

    ("kop", "2. ONZE KERNWAARDEN", 13),
    ("p", "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Hieronder "
          "beschrijven "
          "we per kernwaarde wat die op Da Vinci betekent."),
    ("kop", "2.1 Gezien worden", 11),
    ("p", "Bij Da Vinci voelt iedereen zich welkom. Onze cultuur is gastvrij: leerlingen, ouders en "
          "bezoekers "
          "voelen zich bij ons thuis. Hiervoor gebruiken wij onder andere:"),
    ("l", ["Magister, voor het leerlingvolgsysteem en de communicatie;",
           "Zermelo, voor het rooster;",
           "de mentormethode Leefstijl in leerjaar 1 en 2;",
           "de weerbaarheidstraining Rots en Water;",
           "het verzuimprotocol van de school."]),
    ("p", "Voordat een nieuwe brugklasser begint, voert de mentor in juni een intakegesprek met de "
          "leerling en de ouders. We vragen wat de leerling nodig heeft om goed te leren en lezen samen wat "
          "de "
          "basisschool in het onderwijskundig rapport heeft meegegeven. De uitkomst leggen we vast in een "
          "kort "
          "leerlingprofiel in Magister (\u201cdit werkt voor mij\u201d), dat alle docenten van de klas in de "
          "eerste schoolweek lezen. Ook van medewerkers willen we weten wat zij nodig hebben: in september "
          "vullen alle medewerkers een korte vragenlijst in over hun werkplek, rooster, klassen en "
          "scholingswensen. De schoolleiding bespreekt de uitkomsten in oktober met de personeelsgeleding "
          "van "
          "de MR en past waar het kan het rooster en de taakverdeling aan."),
    ("kop", "MENTORAAT", 11),
    ("p", "Iedere klas heeft een mentor, die voor leerling en ouders het eerste aanspreekpunt is. In "
          "leerjaar "
          "1 en 2 houden we dezelfde mentor waar dat kan, zodat de mentor de leerling twee jaar volgt. In "
          "de onderbouw heeft iedere klas een mentoruur per week, met de lessen van Leefstijl, "
          "studievaardigheden "
          "en het bespreken van cijfers en planning."),
    ("p", "De mentor voert drie keer per jaar een individueel gesprek met iedere leerling; het gesprek in "
          "oktober is een driehoeksgesprek met de ouders erbij. Drie keer per jaar, in november, februari en "
          "juni, is er een leerlingbespreking met alle docenten van de klas, de teamleider en de "
          "ondersteuningscoördinator. Per leerling bespreken we de resultaten, het verzuim, het gedrag en "
          "signalen van docenten, en we maken afspraken die in Magister worden vastgelegd en in de volgende "
          "bespreking worden nagelopen. In de bovenbouw is de mentor ook de eerste loopbaanbegeleider (zie "
          "LOB)."),
    ("p", "In 2024-2025 volgen alle mentoren een training in het voeren van coachende gesprekken. In 2026 "
          "heeft 90 procent van de leerlingen in leerjaar 1 en 2 ten minste drie individuele "
          "mentorgesprekken "
          "per jaar gehad, vastgelegd in Magister."),
    ("kop", "VEILIGHEID EN SCHOOLKLIMAAT", 11),
    ("p", "Ons schoolveiligheidsplan beschrijft de gedragsafspraken, het pestprotocol, het protocol sociale "
          "media, de meldcode en de taken van de veiligheidscoördinator (de teamleider bovenbouw) en de "
          "anti-pestcoördinator (een docent met 0,1 fte voor deze taak). Incidenten registreren we in "
          "Magister; de schoolleiding bespreekt het overzicht elke maand. Sinds 1 januari 2024 gaan "
          "telefoons "
          "tijdens de lessen in de telefoontas van het lokaal."),
    ("p", "De sociale veiligheid meten we ieder jaar in februari met de leerlingvragenlijst van Vensters in "
          "alle leerjaren. In 2023 gaf 84 procent van de leerlingen aan zich veilig te voelen op school, "
          "minder dan de 88 procent van 2021. Leerlingen noemden vooral het gedrag in de aula en bij de "
          "fietsenstalling. Daarom is er sinds dit schooljaar in alle pauzes toezicht van twee docenten op "
          "vaste plekken. In 2025 geeft ten minste 90 procent van de leerlingen aan zich veilig te voelen."),

    ("kop", "2.2 Open", 11),
    ("p", "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers. Daarbij "
          "maken we gebruik van:"),
    ("l", ["de methode Thema's Maatschappijleer in leerjaar 3;",
           "Lang Leve de Liefde in leerjaar 2 en 3;",
           "de debatlessen van ProDemos;",
           "Magister en de website van de school."]),
    ("p", "Respect is bij ons een afspraak, geen slogan. In 2022 heeft de leerlingenraad samen met de "
          "docenten de vijf Da Vinci-afspraken opgesteld, die in elk lokaal hangen en in de eerste "
          "mentorlessen worden besproken. Schelden en discrimineren melden docenten altijd bij de "
          "teamleider. Na een conflict of incident volgt binnen twee schooldagen een herstelgesprek tussen "
          "de "
          "betrokkenen, onder leiding van de mentor of de teamleider; pas daarna bepalen we of er een "
          "maatregel nodig is. Leerlingen die even niet in de les kunnen blijven, gaan naar de opvangruimte "
          "De Kade, waar een onderwijsassistent met hen bespreekt wat er gebeurde. Ook buiten de school "
          "vragen we respect: na klachten van winkeliers in 2023 maken leerlingen van de leerlingenraad en "
          "de "
          "teamleider onderbouw elk jaar afspraken met het winkelcentrum over gedrag in de pauze."),
    ("p", "In onze communicatie met ouders en leerlingen hanteren we vaste termijnen. Cijfers staan binnen "
          "tien werkdagen na een toets in Magister. Een e-mail van ouders beantwoorden we binnen twee "
          "werkdagen. Het PTA staat elk jaar vóór 1 oktober op de website. In september is er per leerjaar "
          "een "
          "informatieavond, en elke maand verschijnt een nieuwsbrief. Bij een schorsing is er altijd een "
          "gesprek met ouders en leerling en krijgen ouders een schriftelijk verslag."),
    ("kop", "BURGERSCHAP", 11),
    ("p", "Ons burgerschapsonderwijs is erop gericht dat leerlingen weten hoe de democratische rechtsstaat "
          "werkt, dat ze hun mening kunnen geven en onderbouwen en dat ze luisteren naar mensen die het met "
          "hen oneens zijn. Alle leerlingen krijgen in leerjaar 3 maatschappijleer (twee lessen per week). "
          "In "
          "leerjaar 2 is er een debatweek, die afgesloten wordt met een debattoernooi tussen de klassen. In "
          "leerjaar 3 gaan alle klassen naar Den Haag voor een programma van ProDemos, met een bezoek aan de "
          "Tweede Kamer. Bij verkiezingen doen we mee aan de scholierenverkiezingen."),
    ("p", "De leerlingenraad (tien leden uit alle leerjaren) vergadert elke maand met de directeur en kiest "
          "twee leerlingen voor de MR. Een docent maatschappijleer is burgerschapscoördinator (0,1 fte). In "
          "2025-2026 maakt zij met de secties een overzicht per leerjaar van de burgerschapsdoelen die in de "
          "vakken aan bod komen. Vanaf het schooljaar 2025-2026 doet elke leerling in leerjaar 2 mee aan de "
          "debatweek en in leerjaar 3 aan het programma van ProDemos."),

    ("kop", "2.3 Vooruitstrevend", 11),
    ("p", "Da Vinci is een school in beweging. Wij werken met innovatieve en nieuwe leerconcepten binnen de "
          "kaders van onze profilering. We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs "
          "eigentijds inhoud te geven. Daarbij geven we gericht inhoud aan ons onderwijs langs de drie "
          "horizonten van de innovatiestrategie van ASG: continue veranderingen, fundamentele veranderingen "
          "en radicale veranderingen. We hebben lef en durven te experimenteren."),

    ("kop", "2.4 Ambitieus", 11),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. We leggen de lat hoog en geven "
          "altijd het beste van onszelf. Om onze resultaten te volgen gebruiken we:"),
    ("l", ["Vensters (Scholen op de kaart);",
           "het inspectiedashboard met de onderwijsresultaten;",
           "de examenanalyses in WOLF;",
           "de kwaliteitsrapportages van ASG."]),
    ("p", "Bij het laatste onderzoek van de inspectie, in 2022, was de kwaliteit op alle onderzochte "
          "standaarden voldoende. De onderwijsresultaten liggen op alle vier de indicatoren boven de norm "
          "van "
          "de inspectie. Zorgen hebben we over het bovenbouwsucces in de kaderafdeling, dat in drie jaar "
          "daalde van 94 naar 88 procent, en over het verschil tussen schoolexamen en centraal examen bij "
          "wiskunde en economie. Elke sectie analyseert in september de examenresultaten in WOLF; een vak "
          "met een verschil tussen SE en CE van meer dan 0,5 maakt een verbeterplan, dat de teamleider in "
          "januari met de sectie bespreekt."),
    ("p", "In 2027 slaagt ten minste 93 procent van onze mavoleerlingen en 95 procent van onze "
          "kaderleerlingen in één keer. Het verschil tussen het gemiddelde SE-cijfer en het gemiddelde "
          "CE-cijfer is in 2026 voor geen enkel vak groter dan 0,5. Het bovenbouwsucces in de kaderafdeling "
          "is in 2026 weer ten minste 92 procent, en de onderbouwsnelheid blijft boven 95 procent."),

    ("kop", "3. DE VIER VENSTERS", 13),
    ("kop", "3.1 Goed en toegankelijk onderwijs", 11),
    ("p", "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen. In de algemene "
          "vakken werken we met de volgende methodes:"),
    ("l", ["Nederlands: Nieuw Nederlands;",
           "Engels: Stepping Stones;",
           "wiskunde: Getal & Ruimte;",
           "Duits: Neue Kontakte; Frans: Grandes Lignes;",
           "geschiedenis: Memo; aardrijkskunde: De Geo;",
           "economie: Pincode; nask: Nova; biologie: Biologie voor jou."]),
    ("p", "Het onderwijsprogramma voldoet aan de kerndoelen voor de onderbouw en aan de examenprogramma's "
          "van mavo en kader. In leerjaar 1 en 2 krijgen leerlingen 32 lessen per week; we programmeren over "
          "vier jaar ongeveer 3.850 uur onderwijstijd, boven de wettelijke 3.700 uur. Kaderleerlingen volgen "
          "in de bovenbouw het profielvak en vier keuzevakken, met een beroepsoriënterende stage van twee "
          "weken in leerjaar 3. In leerjaar 3 en 4 werken "
          "kaderleerlingen ongeveer een derde van de week in de praktijklokalen, bijvoorbeeld aan de "
          "keuzevakken "
          "Welzijn kind en jongere, Ondernemen en Webshop."),
    ("p", "Met de invoering van de nieuwe leerweg volgt vanaf 2024-2025 iedere mavoleerling in leerjaar 3 en "
          "4 een praktijkgericht programma. We bieden er twee aan: Ondernemen & Media en Technologie & "
          "Duurzaamheid, elk vier lessen per week. Leerlingen werken daarin aan opdrachten van bedrijven en "
          "organisaties, en het programma sluit aan op de opleidingen die onze leerlingen daarna kiezen. In "
          "leerjaar 1 en 2 is er één les per week digitale geletterdheid: programmeren met de micro:bit, "
          "mediawijsheid, veilig online en, vanaf 2025, verstandig omgaan met AI-hulpmiddelen. In 2025-2026 "
          "toetsen alle secties hun onderbouwprogramma aan de nieuwe kerndoelen voor Nederlands, "
          "rekenen-wiskunde, burgerschap en digitale geletterdheid; in augustus 2027 is het "
          "onderbouwprogramma daarop aangepast."),
    ("kop", "EXAMENS EN PTA", 11),
    ("p", "Voor elk examencohort stellen we een programma van toetsing en afsluiting (PTA) en een "
          "examenreglement vast. Het schoolexamen begint in leerjaar 3 en kent vier toetsweken per jaar, met "
          "twee herkansingen per periode. De examencommissie (drie docenten) ziet toe op de kwaliteit van de "
          "toetsen en behandelt bezwaren; de examensecretaris regelt de organisatie. Het centraal examen "
          "vindt plaats in mei; in de kaderafdeling maken leerlingen voor het beroepsgerichte vak een "
          "centraal schriftelijk en praktisch examen (CSPE)."),
    ("p", "Kandidaten die in januari drie of meer onvoldoendes in hun schoolexamen hebben, krijgen een "
          "examencoach: een docent die hen tot het examen wekelijks spreekt over planning en herkansingen. "
          "In maart is er voor alle kandidaten een examentraining. In 2026 heeft 90 procent van de "
          "kandidaten met zo'n risicoprofiel een examencoach gehad."),
    ("t", (["Examenjaar", "Mavo: geslaagd", "Kader: geslaagd"], [
        ["2021", "96%", "98%"],
        ["2022", "91%", "95%"],
        ["2023", "92%", "93%"],
    ], [4.0, 4.0, 4.0])),
    ("kop", "LOOPBAANORIËNTATIE EN -BEGELEIDING (LOB)", 11),
    ("p", "De decaan (0,6 fte) coördineert het LOB-programma; in de bovenbouw voeren de mentoren de "
          "loopbaangesprekken. Leerlingen houden hun LOB-dossier bij in Qompas. Het programma per leerjaar:"),
    ("l", ["leerjaar 1: wie ben ik en wat kan ik, met opdrachten in Qompas en een eerste gesprek met de mentor;",
           "leerjaar 2: keuze van leerweg of profiel, met een beroepenmarkt in de aula waar ongeveer dertig "
           "ouders en bedrijven hun beroep laten zien;",
           "leerjaar 3: snuffelstage van drie dagen (mavo) of beroepsoriënterende stage (kader), "
           "meeloopdagen "
           "bij het mbo en een loopbaangesprek met leerling, ouders en mentor;",
           "leerjaar 4: keuze van een vervolgopleiding, aanmelding vóór 1 april en een warme overdracht naar "
           "het mbo of de havo."]),
    ("p", "In 2026 heeft 95 procent van de examenkandidaten zich vóór 1 april aangemeld bij een "
          "vervolgopleiding, en in 2027 heeft 90 procent van de leerlingen in leerjaar 3 een loopbaangesprek "
          "met ouders gevoerd."),
    ("kop", "Ondersteuning en ons zorgprofiel", 11),
    ("p", "In ons schoolondersteuningsprofiel staat welke ondersteuning we bieden. De basisondersteuning "
          "bestaat uit het mentoraat, faciliteiten bij dyslexie en dyscalculie (extra tijd, "
          "voorleessoftware, "
          "vergrote toetsen), een faalangstreductietraining, de Rots en Water-training en het Huiswerkplein, "
          "dat vier middagen per week open is. Extra ondersteuning bieden we met de "
          "ondersteuningscoördinator "
          "(1 fte), schoolmaatschappelijk werk, de jeugdarts van de GGD en De Kade, waar leerlingen die "
          "tijdelijk niet in de klas kunnen functioneren maximaal zes weken een deel van de dag werken met "
          "begeleiding. Voor ongeveer dertig leerlingen is er een ontwikkelingsperspectiefplan."),
    ("p", "Wat we niet kunnen bieden: structurele één-op-één begeleiding, een plek voor leerlingen die "
          "niet in een klas van 28 leerlingen kunnen functioneren, begeleiding bij ernstig "
          "grensoverschrijdend gedrag en intensieve medische zorg. Het profiel is in 2023 vastgesteld en "
          "afgestemd met het samenwerkingsverband. In 2026 stellen we het opnieuw vast."),
    ("kop", "Kwaliteitszorg", 11),
    ("p", "We werken met een vaste cyclus. In september schrijft iedere sectie een sectieplan met een "
          "analyse van de resultaten en twee verbeterdoelen; in februari bespreekt de teamleider de "
          "voortgang "
          "met de sectie. De schoolleiding schrijft in juli het jaarplan en in oktober het jaarverslag. De "
          "informatie komt uit de resultaten in Magister en WOLF, de lesbezoeken (iedere docent krijgt er "
          "twee per jaar van de teamleider, met de kijkwijzer \u201cDe goede les\u201d over uitleg, "
          "activering, "
          "differentiatie en klassenmanagement), de lesevaluaties die leerlingen twee keer per jaar per vak "
          "invullen, de jaarlijkse veiligheidsmeting en de tevredenheidsvragenlijsten voor ouders en "
          "leerlingen in 2025 en 2027. Op basis van de kwartaalrapportages voert de directeur twee keer per "
          "jaar een kwaliteitsgesprek met het college van bestuur. In het voorjaar van 2026 laten we een "
          "externe audit uitvoeren op de standaarden van het onderzoekskader van de inspectie."),

    ("kop", "3.2 Personeel in positie", 11),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op ASG en op Da Vinci. Instrumenten die we "
          "daarbij gebruiken:"),
    ("l", ["de gesprekscyclus;",
           "de ASG Academie;",
           "het taakbeleid;",
           "het scholingsplan;",
           "de functiemix."]),
    ("p", "Op 1 oktober 2023 waren 7 van de 48 docenten niet bevoegd voor (een deel van) hun lessen, vooral "
          "bij wiskunde, Duits en nask. Iedere onbevoegde docent heeft een opleidingsplan met een tijdpad. "
          "De "
          "school betaalt de studiekosten, geeft vier lesuren per week studieverlof en koppelt een "
          "werkplekbegeleider uit de eigen sectie. Elk half jaar bespreekt de teamleider de voortgang van de "
          "studie. Uiterlijk 1 augustus 2027 is iedere docent bevoegd of in de laatste fase van een "
          "opleiding tot bevoegdheid."),
    ("p", "In 2024-2025 en 2025-2026 volgt het hele team de scholing formatief handelen, met vier "
          "studiemiddagen per jaar en lesbezoeken bij elkaar. Iedere docent legt in zijn portfolio vast "
          "welke "
          "scholing hij volgt. Elk jaar volgen ten minste drie docenten een leergang van de ASG Academie, en "
          "de teamleiders volgen in 2025 de leergang voor middenmanagers. Startende docenten hebben in hun "
          "eerste jaar een coach en een lagere lestaak."),

    ("kop", "3.3 De meerwaarde van ASG", 11),
    ("p", "Binnen ASG ontmoeten collega's van alle scholen elkaar regelmatig. Ook onze docenten en "
          "ondersteuners maken daar deel van uit, bijvoorbeeld via:"),
    ("l", ["ASG Start voor nieuwe medewerkers;",
           "de netwerken van decanen, zorgcoördinatoren en examensecretarissen;",
           "\u201cEen avondje uit met ASG\u201d."]),
    ("p", "Voor leerlingen is de meerwaarde vooral dat de scholen op elkaar aansluiten. Da Vinci is binnen "
          "ASG de kleinschalige school voor leerlingen met een kader- of mavoadvies. Een leerling moet bij "
          "ons kunnen doorstromen naar de plek die het best past. Kaderleerlingen die het aankunnen, stromen "
          "na leerjaar 1 of 2 via ons opstroomtraject door naar de mavo; in 2023 waren dat 14 leerlingen. "
          "Andersom kan een mavoleerling die vastloopt naar de kaderafdeling, zonder van school te wisselen. "
          "Met de havo-afdeling van een ASG-school in Almere Poort hebben we een schakelprogramma: "
          "mavoleerlingen die naar havo 4 willen, volgen in mavo 4 extra modules wiskunde en Engels, lopen "
          "twee dagen mee en hebben een toelatingsgesprek. In 2023 ging 16 procent van onze geslaagden naar "
          "havo 4. In 2027 zit ten minste 85 procent van de leerlingen die via het schakelprogramma naar "
          "havo 4 gingen een jaar later in havo 5."),

    ("kop", "3.4 Partnerschap", 11),
    ("p", "Ouders kennen hun kind het best. Daarom is het driehoeksgesprek in oktober de belangrijkste "
          "afspraak met ouders: mentor, leerling en ouders bespreken de start van het jaar en de doelen van "
          "de leerling. In 2023 kwam 71 procent van de ouders; in 2026 neemt ten minste 85 procent van de "
          "ouders deel aan het driehoeksgesprek. Ouders zien in Magister de cijfers, de aanwezigheid en het "
          "huiswerk van hun kind. Een ouderpanel van twaalf ouders praat drie keer per jaar met de directeur "
          "over het beleid; in 2023-2024 ging het over huiswerk en over het telefoonbeleid. Ouders van "
          "kaderleerlingen nodigen we uit voor de stagepresentaties van hun kind."),
    ("p", "De medezeggenschapsraad telt acht leden: vier medewerkers, twee ouders en twee leerlingen. De MR "
          "is voor de schoolleiding een belangrijk klankbord. We leggen voorgenomen beleid in een vroeg "
          "stadium voor: in 2023-2024 besprak de MR het telefoonbeleid, de nieuwe indeling van de toetsweken "
          "en het concept van dit schoolplan. De leerlingleden halen vooraf de mening van de leerlingenraad "
          "op. De schoolleiding laat de MR schriftelijk weten wat zij met de adviezen doet."),
    ("p", "We werken samen met veel partners. Met het ROC van Flevoland hebben we afspraken over "
          "meeloopdagen en een doorlopende leerlijn voor Zorg & Welzijn. Ongeveer veertig bedrijven en "
          "instellingen bieden stageplaatsen aan onze kaderleerlingen. Verder werken we samen met de GGD "
          "Flevoland, de leerplichtambtenaren van de gemeente Almere, het wijkteam en ProDemos. In Almere "
          "Poort zelf heeft het jongerenwerk van De Schoor elke dinsdag in de pauze een inloop in de aula, "
          "en "
          "houdt de wijkagent om de week spreekuur op school. Leerlingen van Zorg & Welzijn organiseren "
          "activiteiten met bewoners van het zorgcentrum in de wijk, en leerlingen van Economie & Ondernemen "
          "runnen elk jaar in december een week lang een pop-upwinkel in het winkelcentrum van Poort."),

    ("kop", "4. VASTSTELLING", 13),
    ("p", "Dit schoolplan is opgesteld door de schoolleiding en op 3 juni 2024 besproken in het team. De "
          "medezeggenschapsraad heeft het concept op 11 juni 2024 als klankbord besproken en daarover advies "
          "gegeven; de opmerkingen over de leesbaarheid en over de plek van burgerschap hebben we verwerkt. "
          "Het college van bestuur van ASG heeft het plan op 2 juli 2024 vastgesteld. Elk jaar werken we het "
          "plan uit in een jaarplan en evalueren we het in het jaarverslag."),
    ("p", "R. Verbeek, directeur Da Vinci Mavo"),
]


def _vet(doc, tekst, grootte, midden=False):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    if midden:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(tekst)
    run.bold = True
    run.font.size = Pt(grootte)
    return p


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    cp = doc.core_properties
    cp.author = "R. Verbeek"
    cp.last_modified_by = "secretariaat Da Vinci"
    cp.title = "Schoolplan 2024-2028"
    cp.created = datetime.datetime(2024, 3, 11, 10, 40, 0)
    cp.modified = VAST
    cp.revision = 12

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Da Vinci Mavo \u2013 schoolplan 2024-2028 \u2013 ")
    page_field(voet)

    _vet(doc, "SCHOOLPLAN 2024-2028", 22, midden=True)
    _vet(doc, "Da Vinci Mavo Almere", 16, midden=True)
    for regel in ("mavo (vmbo-tl) en vmbo kaderberoepsgerichte leerweg",
                  "Almere Poort \u2013 een school van de Almeerse Scholen Groep",
                  "Planperiode: 1 augustus 2024 tot en met 31 juli 2028"):
        p = doc.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    for soort, *rest in INHOUD:
        if soort == "kop":
            tekst, grootte = rest
            _vet(doc, tekst, grootte)
        elif soort == "p":
            doc.add_paragraph(rest[0])
        elif soort == "l":
            for item in rest[0]:
                doc.add_paragraph("\u2013 " + item)
        elif soort == "t":
            kop, rijen, breedtes = rest[0]
            tabel(doc, kop, rijen, breedtes)
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, VAST)
