"""Schoolplan 2019-2023 van Christelijk College Het Veer, scholengemeenschap voor vmbo-kader, mavo en havo in
Almere Stad (ASG, vo).

Ontwerp: een plan dat de indeling van de Koerswijzer níet volgt maar de vijf eigen ambities van de school.
Geen kopstijlen: alle koppen zijn vetgedrukte Normal-alinea's (ook het titelblad). Alle doelen staan in één
grote tabel met een kolom "Koppeling koers", waarin de school in vrije tekst kernwaarden en vensters noemt;
die koppelingen kloppen niet altijd met de inhoud (Open bij dagopening en vieringen, Vooruitstrevend bij
zonnepanelen). Een hoofdstuk over financiën en gebouw gebruikt koerswoorden in een andere betekenis (open
en transparante leerpleinen, vensters/kozijnen, dekkend draadloos netwerk, gastvrije kantine bij de
zaalvoetbalcompetitie, bouwpartners, mobiliteitsplan), naast echte inhoud over het servicebureau. Een
paar bestuurszinnen staan er als wens of motto zonder inhoud. Burgerschap wordt alleen genoemd. De
instemming van de MR staat in het colofon.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl_stijlen

DATUM = datetime.datetime(2019, 6, 14, 15, 30, 0)

# (soort, inhoud): kop = vette Normal-alinea, p = alinea, ul = opsomming, t = (kop, rijen)
INHOUD: list[tuple[str, object]] = [
    ("kop", "1. Voorwoord"),
    ("p", "Het Veer is een christelijke scholengemeenschap voor vmbo-kader, mavo en havo in Almere Stad. In dit "
          "schoolplan leggen wij vast waar wij in de schooljaren 2019-2020 tot en met 2022-2023 naartoe werken. "
          "Het plan is geordend rond vijf ambities die wij in 2018-2019 met leerlingen, ouders en medewerkers "
          "hebben geformuleerd. De koers van ons bestuur, Koers 22 van de Almeerse Scholen Groep, was daarbij een "
          "belangrijke bron. De indeling van de Koerswijzer hebben wij niet overgenomen, omdat onze ambities dwars "
          "door de kernwaarden en vensters heen lopen. In de doelentabel in hoofdstuk 5 staat per doel bij welke "
          "kernwaarden en vensters het hoort."),
    ("p", "Een werkgroep van acht docenten, twee ouders en drie leerlingen heeft het plan voorbereid. In november "
          "2018 hielden wij in elke afdeling een leerlingenpanel, in januari 2019 een ouderavond over de vijf "
          "ambities en in maart een studiemiddag voor alle medewerkers. De schoolleiding heeft de opbrengsten "
          "verwerkt tot dit plan. Elk schooljaar werken de afdelingen en secties het plan uit in een jaarplan."),
    ("p", "Ook vernieuwing staat op onze agenda. Wij willen werken met innovatieve en nieuwe leerconcepten binnen "
          "de kaders van onze profilering; in 2020 verkent een werkgroep wat dat voor Het Veer kan betekenen."),
    ("p", "Ons motto blijft 'Samen koers houden'. Wij geven altijd het beste van onszelf, voor elke leerling en "
          "voor elkaar."),
    ("p", "Drs. A.M. (Anne-Marie) Bosman, rector"),

    ("kop", "2. Wie wij zijn"),
    ("p", "Het Veer begon in 1983 als christelijke mavo in een noodgebouw in de Stedenwijk. Sinds 2004 staat de "
          "school in het huidige gebouw aan het Veerplein, op de grens van de Stedenwijk en de Waterwijk. Op "
          "1 oktober 2018 telde de school 1.142 leerlingen: 264 in het vmbo-kader, 436 in de mavo en 442 op de "
          "havo. De leerlingen komen vooral uit Almere Stad en Almere Haven; 38 procent komt van een christelijke "
          "basisschool. Bij 11 procent van de leerlingen is sprake van een extra ondersteuningsbehoefte."),
    ("p", "De samenstelling van de leerlingen verandert. Het aandeel havoleerlingen is in vijf jaar gestegen "
          "van 33 naar 39 procent, het aandeel kaderleerlingen gedaald van 28 naar 23 procent. Het aantal "
          "leerlingen met een taalachterstand bij binnenkomst (onder 1F voor lezen) lag in 2018 op 17 procent "
          "in de kader/mavo-brugklassen. Uit de gesprekken met leerlingen en ouders kwamen drie sterke punten "
          "naar voren: de persoonlijke aandacht van mentoren, de rust in de school en de mogelijkheid om op te "
          "stromen. Verbeterpunten waren de resultaten in mavo 3, de veiligheidsbeleving in de onderbouw van het "
          "vmbo-kader en de hoeveelheid toetsen in sommige weken."),
    ("p", "Ook de omgeving verandert. Almere groeit vooral in Poort en Oosterwold, waar in de planperiode twee "
          "nieuwe scholen voor voortgezet onderwijs openen. In Almere Stad zelf neemt het aantal twaalfjarigen "
          "licht af. Wij verwachten daarom dat het aantal aanmeldingen de komende jaren iets daalt, van ongeveer "
          "290 nu naar 270 per jaar."),
    ("p", "De onderbouw bestaat uit dakpanklassen kader/mavo en mavo/havo. In het vmbo-kader kiezen leerlingen in "
          "klas 3 het profiel Economie en ondernemen of Zorg en welzijn. De mavo (theoretische leerweg) biedt de "
          "vakkenpakketten voor economie, zorg en welzijn en techniek; op de havo kunnen leerlingen alle vier de "
          "profielen kiezen. Er werken 112 medewerkers (94 fte), van wie 78 docenten. De school wordt geleid door "
          "de rector, een conrector onderwijs, een directeur bedrijfsvoering en drie teamleiders."),
    ("p", "Het Veer is een christelijke school. Wij geloven dat ieder mens door God gewild is en dat wij geroepen "
          "zijn om zorg te dragen voor elkaar en voor de wereld. Van leerlingen en ouders vragen wij dat zij de "
          "christelijke grondslag respecteren en deelnemen aan dagopeningen, vieringen en de lessen "
          "levensbeschouwing. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en "
          "medewerkers."),

    ("kop", "3. Vijf ambities"),
    ("p", "Onze vijf ambities zijn: elke leerling op de juiste plek; een veilige school met een christelijk hart; "
          "resultaat dat ertoe doet; vakmanschap in de klas; en verbonden met ouders en stad. Per ambitie "
          "beschrijven wij hieronder waar wij staan en wat wij gaan doen. De meetbare doelen staan in hoofdstuk 5."),

    ("kop", "Ambitie 1. Elke leerling op de juiste plek"),
    ("p", "Wij willen dat iedere leerling op het niveau zit dat bij hem past en het diploma haalt dat hij aankan, "
          "zonder onnodige omwegen. In de brugklas plaatsen wij leerlingen in een dakpanklas op basis van het "
          "basisschooladvies. Na klas 1 en na klas 2 beslist de docentenvergadering over de plaatsing, op basis "
          "van de rapportcijfers, de resultaten op de methode-onafhankelijke toetsen en het oordeel van de "
          "mentor. Bij twijfel kiezen wij voor het hogere niveau met een kansovereenkomst: leerling, ouders en "
          "mentor spreken af wat de leerling in de eerste periode laat zien, en na het eerste rapport evalueren "
          "zij samen. In 2018-2019 kregen 47 leerlingen zo'n overeenkomst; 38 van hen zaten na een jaar nog op het "
          "hogere niveau."),
    ("p", "Leerlingen die meer kunnen, stromen op. Kaderleerlingen die in klas 2 goed presteren, gaan via een "
          "schakelprogramma naar mavo 3. Mavoleerlingen met een diploma en een gemiddeld eindcijfer van 6,8 of "
          "hoger kunnen naar havo 4; in mavo 4 volgen zij daarvoor op woensdagmiddag een schakelprogramma "
          "wiskunde en Engels. In 2018 stroomden 31 mavoleerlingen door naar havo 4; 74 procent van hen zat een "
          "jaar later zonder doublure in havo 5."),
    ("p", "Iedere leerling heeft een mentor die hem goed kent. In de onderbouw heeft een mentor één klas van "
          "hoogstens 28 leerlingen en twee mentoruren per week. Elke zes weken voert de mentor met iedere leerling "
          "een persoonlijk gesprek van tien minuten over hoe het gaat, op school en thuis. Leerlingen die stil "
          "zijn of weinig opvallen, nodigt de mentor vaker uit. In de leerlingenenquête van 2018 zei 71 procent "
          "van de leerlingen dat er op school een volwassene is die hen echt kent; wij willen naar 85 procent."),
    ("p", "Drie keer per jaar is er per klas een leerlingbespreking. Docenten vullen vooraf per leerling een korte "
          "signalering in. De mentor maakt daarna een groepsoverzicht met per leerling de onderwijsbehoeften, "
          "bijvoorbeeld 'heeft baat bij instructie vooraf' of 'maakt toetsen op de laptop met voorleessoftware'. "
          "Alle docenten van de klas zien dat overzicht in Magister en houden er in hun lessen rekening mee. Voor "
          "elke nieuwe brugklasser met een ondersteuningsbehoefte voert de ondersteuningscoördinator in juni een "
          "overdrachtsgesprek met de leerkracht van groep 8."),
    ("p", "Ons schoolondersteuningsprofiel (vastgesteld in 2018) beschrijft wat wij bieden. De basisondersteuning "
          "omvat het mentoraat, een faalangstreductietraining van acht bijeenkomsten (twee keer per jaar), "
          "faciliteiten bij dyslexie en dyscalculie (extra tijd, vergrote toetsen, voorleessoftware) en "
          "huiswerkbegeleiding na schooltijd. Voor extra ondersteuning hebben wij een ondersteuningscoördinator, "
          "twee remedial teachers en een begeleider passend onderwijs. Leerlingen die tijdelijk niet in de klas "
          "kunnen functioneren, gaan naar onze trajectvoorziening De Kade: maximaal twaalf weken, met een plan "
          "voor terugkeer in de klas. Voor leerlingen met een ontwikkelingsperspectief (OPP) stellen wij dat plan "
          "op met ouders en leerling en evalueren het twee keer per jaar. Onze grenzen liggen bij leerlingen die "
          "structureel een-op-een begeleiding nodig hebben, bij ernstige psychiatrische problematiek die om een "
          "behandelsetting vraagt en bij leerlingen die niet op ten minste kaderniveau kunnen werken."),
    ("p", "Wij werken in het Samenwerkingsverband Passend Onderwijs VO Almere. Als een leerling meer nodig heeft "
          "dan wij kunnen bieden, bespreken wij dat in het zorgadviesteam, met de leerplichtambtenaar, de "
          "jeugdarts, de schoolmaatschappelijk werker en de consulent van het samenwerkingsverband. Samen zoeken "
          "wij een passende plek: de reboundvoorziening van het samenwerkingsverband, het praktijkonderwijs of "
          "het voortgezet speciaal onderwijs. In 2018-2019 gingen zes leerlingen naar een andere plek; voor elk "
          "van hen was de nieuwe plek geregeld voordat de oude ophield, zodat niemand thuis kwam te zitten."),
    ("p", "Wat wij zelf niet bieden, bieden andere ASG-scholen wel. Havoleerlingen die het vwo aankunnen, stromen "
          "na klas 1 of 2 door naar het vwo van een ASG-lyceum; daarvoor hebben wij afgesproken overgangsnormen en "
          "een gezamenlijke overstapmiddag in juni. Leerlingen die op basisniveau beter tot hun recht komen, "
          "plaatsen wij in overleg met ouders op een ASG-school met de basisberoepsgerichte leerweg, met een "
          "overdrachtsgesprek tussen de mentoren. In 2018-2019 ging het om negen leerlingen naar het vwo en zeven "
          "naar de basisberoepsgerichte leerweg."),

    ("kop", "Ambitie 2. Een veilige school met een christelijk hart"),
    ("p", "Elke schooldag begint met een dagopening van tien minuten in het eerste lesuur, verzorgd door de "
          "docent van dat uur aan de hand van het dagopeningsboekje dat de identiteitscommissie elk jaar "
          "samenstelt. Vier keer per jaar houden wij een viering in de aula: bij de start van het schooljaar, "
          "met Kerst, met Pasen en bij de diploma-uitreiking. In klas 1 tot en met 3 hebben alle leerlingen één "
          "uur levensbeschouwing per week. De identiteitscommissie, met docenten, ouders en een predikant uit "
          "de wijk, komt vier keer per jaar bijeen, bereidt de vieringen voor en bespreekt met de rector hoe de "
          "christelijke identiteit in de school zichtbaar is, bijvoorbeeld bij de keuze van nieuwe medewerkers."),
    ("p", "Hoe wij met elkaar omgaan, staat in de Veer-code: 'Wij zijn er voor elkaar, wij spreken respectvol, "
          "wij zorgen voor onze school, wij zijn op tijd en voorbereid.' Docenten, onderwijsondersteuners en "
          "leerlingen spreken elkaar op de code aan, en ook bezoekers houden zich eraan. Na een conflict voeren "
          "wij herstelgesprekken: de betrokkenen zitten met een getrainde medewerker om tafel en spreken af hoe "
          "zij de schade herstellen, in plaats van dat alleen een straf volgt. In 2019-2020 krijgen alle mentoren "
          "een training herstelgericht werken van twee dagdelen; in 2020-2021 volgen de conciërges en de "
          "onderwijsassistenten."),
    ("p", "Veiligheid meten wij elk jaar in februari met de vragenlijst sociale veiligheid van Vensters, in alle "
          "leerjaren. In 2018 gaf 89 procent van de leerlingen aan zich veilig te voelen op school; in de "
          "onderbouw van het vmbo-kader was dat 81 procent. Incidenten registreren wij in Magister; de teamleider "
          "bespreekt het overzicht elke maand in het afdelingsoverleg. Wij hebben twee vertrouwenspersonen, een "
          "anti-pestcoördinator en een anti-pestprotocol dat ieder jaar in de eerste mentorles met de klas wordt "
          "doorgenomen. Het schoolveiligheidsplan (herzien in 2018) beschrijft de afspraken over ontruiming, "
          "bedrijfshulpverlening (22 medewerkers met diploma), sociale media en de samenwerking met de wijkagent."),
    ("p", "Burgerschapsvorming is verweven met onze identiteit en met vakken als maatschappijleer en mens en "
          "maatschappij. De komende periode werken wij uit hoe wij dit verder vormgeven."),

    ("kop", "Ambitie 3. Resultaat dat ertoe doet"),
    ("p", "Ons onderwijsprogramma volgt de kerndoelen van de onderbouw en de examenprogramma's van vmbo-kader, "
          "mavo en havo. In de onderbouw krijgen leerlingen 32 lessen van 50 minuten per week; in klas 1 en 2 "
          "hebben Nederlands en wiskunde elk vier uur. Het programma van toetsing en afsluiting (PTA) wordt elk "
          "jaar vóór 1 oktober vastgesteld. Voor taal en rekenen werken wij met de referentieniveaus: leerlingen "
          "maken in klas 1 en klas 3 een diagnostische toets, en wie onder 1F (kader, mavo) of 2F (havo) scoort, "
          "krijgt in klas 1 en 2 een extra steunuur taal of rekenen. In klas 1 en 2 begint elke les Nederlands "
          "met tien minuten vrij lezen uit een boek uit de mediatheek. In de bovenbouw van het vmbo-kader hebben "
          "leerlingen per week tien uur beroepsgerichte vakken in het eigen profiel."),
    ("p", "In de onderbouw krijgen alle leerlingen Nederlands, Engels, Frans of Duits (mavo/havo), wiskunde, "
          "geschiedenis, aardrijkskunde, biologie, nask, economie, levensbeschouwing, lichamelijke opvoeding, "
          "beeldende vorming en muziek, naast twee mentoruren. Kaderleerlingen krijgen in klas 2 al vier uur "
          "praktijkvakken, zodat zij hun profielkeuze op ervaring kunnen baseren. De havo kent in klas 4 en 5 "
          "een studie-uur per dag, waarin leerlingen onder begeleiding werken aan hun planning en huiswerk. Het "
          "toetsbeleid is vastgelegd in het toetsreglement: hoogstens twee toetsen per dag, toetsweken in de "
          "bovenbouw in november, februari en juni, en een herkansing per periode. Profielwerkstukken (havo) en "
          "sectorwerkstukken (mavo) worden in maart aan docenten en medeleerlingen gepresenteerd."),
    ("p", "Alle drie afdelingen hebben bij de inspectie het basisarrangement. De mavo scoorde in 2017 en 2018 "
          "onder de norm op het bovenbouwsucces, vooral door zittenblijven in mavo 3. Sinds 2018 hebben wij "
          "daarvoor een verbeterplan: een extra begeleidingsuur in mavo 3, voortgangsgesprekken na elke periode "
          "en een herkansingsweek in april. Wij willen in 2020 weer boven de norm uitkomen. De "
          "slagingspercentages waren in 2018: kader 97, mavo 91 en havo 84 procent. Op de havo was het verschil "
          "tussen schoolexamen en centraal examen bij drie vakken groter dan een half punt; die secties hebben "
          "hun schoolexamens in 2018-2019 herzien."),
    ("p", "Wij leggen de lat hoog voor elke leerling. Naast de kansovereenkomst bij de plaatsing (ambitie 1) "
          "stellen wij per afdeling streefcijfers die boven het landelijk gemiddelde liggen: een "
          "slagingspercentage van 88 procent op de havo, 93 procent op de mavo en 97 procent in het vmbo-kader, "
          "en een gemiddeld cijfer op het centraal examen dat niet onder het landelijk gemiddelde ligt. Elke "
          "leerling in de examenklas bespreekt na de eerste toetsweek met zijn mentor per vak welk eindcijfer hij "
          "nastreeft, en de mentor komt daar na elke toetsweek op terug."),
    ("p", "Wij willen dat al onze leerlingen een toekomstgericht curriculum krijgen; hoe wij dat doen, werken "
          "wij de komende jaren uit. Onze kwaliteitszorg beschrijven wij in hoofdstuk 4."),

    ("kop", "Ambitie 4. Vakmanschap in de klas"),
    ("p", "Goed onderwijs staat of valt met goede docenten. Ons personeelsbestand is evenwichtig opgebouwd: 24 "
          "procent van de docenten is jonger dan 35 jaar, 41 procent tussen 35 en 55 en 35 procent ouder dan 55. "
          "Tot 2023 gaan naar verwachting elf docenten met pensioen, vooral in de exacte vakken. Van onze 78 docenten waren er op 1 oktober 2018 negen "
          "onbevoegd of nog niet volledig bevoegd voor het vak en het niveau waarin zij lesgeven. Ieder van hen "
          "heeft een bevoegdheidstraject met een einddatum, een coach uit de eigen sectie, vier uur studietijd "
          "per week in het rooster en vergoeding van het collegegeld. De teamleider bespreekt de voortgang twee "
          "keer per jaar. In 2022 hebben alle negen hun bevoegdheid."),
    ("p", "Het lerarentekort raakt ook ons: vacatures voor wiskunde, Duits en natuurkunde bleven in 2018 maanden "
          "open. Daarom vormen wij met de andere VO-scholen van ASG, twee andere Almeerse schoolbesturen, "
          "Hogeschool Windesheim Flevoland en de Hogeschool van Amsterdam de opleidingsschool Samen Opleiden "
          "Almere. De gemeente Almere draagt bij aan de kosten van de schoolopleiders. Het Veer plaatst per jaar "
          "14 tot 18 studenten bij een opgeleide werkplekbegeleider; onze schoolopleider coördineert dat. In 2018 "
          "kwamen vier nieuwe collega's uit deze opleidingsroute."),
    ("p", "Startende docenten volgen ons inductieprogramma van drie jaar: in het eerste jaar 20 procent "
          "lesreductie, een coach en zes intervisiebijeenkomsten, in het tweede jaar 10 procent lesreductie en "
          "in het derde jaar nog vier intervisiebijeenkomsten. Collega's van 57 jaar en ouder kunnen hun uren "
          "voor duurzame inzetbaarheid als vaste dag of dagdeel opnemen, en collega's met mantelzorgtaken kunnen "
          "een aangepast rooster aanvragen."),
    ("p", "Ons ziekteverzuim was in 2018 6,9 procent, boven het ASG-gemiddelde van 5,6 procent. Wij pakken dat "
          "aan met een vitaliteitsprogramma: op woensdagmiddag een uur sport voor medewerkers in de eigen sporthal "
          "onder leiding van een docent lichamelijke opvoeding, een jaarlijkse vrijwillige gezondheidscheck via de "
          "arbodienst en, bij drie keer verzuim in een jaar, een preventief gesprek met de teamleider. In 2022 "
          "willen wij onder 5,5 procent zitten."),
    ("p", "Iedere docent volgt per jaar ten minste één scholing die de schoolleiding vaststelt op basis van het "
          "afdelingsplan; het scholingsbudget is € 650 per fte. In 2019-2020 volgen alle mavodocenten de "
          "ASG Academie-cursus 'Differentiëren in de les'. De teamleider observeert elke docent één keer per jaar "
          "met de ICALT-kijkwijzer; wie op differentiëren of klassenmanagement onder de basis scoort, krijgt een "
          "coachtraject van een half jaar. Scholing en observaties worden vastgelegd in het personeelsdossier."),
    ("p", "Elke afdeling heeft leerteams van zes tot acht docenten uit verschillende secties, die eens per drie "
          "weken op maandagmiddag bij elkaar komen. Elk leerteam kiest een verbeterpunt uit de examenanalyse of de "
          "leerlingenquête, bijvoorbeeld betere feedback bij schrijfopdrachten, bereidt samen lessen voor, "
          "bezoekt elkaars lessen en bespreekt de uitkomst. In juni laat elk leerteam op de teamdag zien wat het "
          "heeft veranderd en wat de andere teams kunnen overnemen."),
    ("p", "Talenten van collega's zetten wij ook buiten de school in. Twee docenten van Het Veer zijn trainer bij "
          "de ASG Academie: de een verzorgt de cursus 'Klassenmanagement voor starters' voor alle nieuwe "
          "VO-docenten van ASG, de ander de cursus 'Werken met een OPP'. Zij krijgen daarvoor 80 uur per jaar in "
          "hun taakbeleid. De secties Nederlands en wiskunde vormen sinds 2018 met de secties van twee andere "
          "ASG-scholen een bovenschoolse vakgroep: vier bijeenkomsten per jaar, gezamenlijke toetsen in klas 2 en "
          "uitwisseling van PTA's. Onze examensecretaris werkt in het ASG-netwerk van examensecretarissen mee aan "
          "een gezamenlijk examenreglement."),
    ("p", "De gesprekscyclus volgt de ASG-regeling. Wij willen dat iedere medewerker erkenning ervaart voor zijn "
          "professionaliteit en expertise."),

    ("kop", "Ambitie 5. Verbonden met ouders en stad"),
    ("p", "Ouders zijn onze partners bij het leren van hun kind. In oktober voert de mentor van klas 1 met elke "
          "leerling en zijn ouders een startgesprek, waarin de leerling vertelt wat hij dit jaar wil leren en "
          "waar hij hulp bij nodig heeft. In klas 3 voeren mentor, leerling en ouders in januari een "
          "driehoeksgesprek over de profielkeuze, aan de hand van het loopbaandossier. Ouders van havo 4 worden in "
          "november uitgenodigd voor een avond over plannen en leren in de bovenbouw, met praktische tips om hun "
          "kind thuis te helpen. Het ouderpanel van twaalf ouders praat vier keer per jaar met de rector over "
          "onderwerpen als huiswerk en toetsdruk; op voorstel van het ouderpanel geldt sinds 2018 een toetsrooster "
          "met hoogstens twee toetsen per dag."),
    ("p", "De medezeggenschapsraad telt twaalf leden: vier personeelsleden, vier ouders en vier leerlingen. De MR "
          "vergadert acht keer per jaar. De schoolleiding brengt nieuw beleid eerst als verkenning in de MR, "
          "voordat er een voorstel ligt. In 2018-2019 hield de MR twee themabijeenkomsten, over de lessentabel van "
          "de onderbouw en over het telefoonbeleid; de leerlinggeleding haalde via een enquête ruim 600 reacties "
          "van leerlingen op, die in het telefoonbeleid zijn verwerkt."),
    ("p", "Voor onze beroepsgerichte leerlingen zijn bedrijven en instellingen onmisbaar. Kaderleerlingen lopen in "
          "klas 3 een snuffelstage van een week en in klas 4 een beroepsstage van twee weken. Wij hebben ruim 140 "
          "stageadressen, van zorginstellingen en kinderopvang tot winkels en kantoren in het Stadshart. Met het "
          "ROC in Almere hebben wij een doorlopende leerlijn: kaderleerlingen van het profiel Zorg en welzijn "
          "volgen in klas 4 zes middagen les op het ROC en sluiten af met een certificaat dat daar meetelt. "
          "Mavo- en havoleerlingen bezoeken in het kader van loopbaanoriëntatie open dagen van het mbo en het hbo "
          "en lopen een dag mee met een student. In havo 4 loopt iedere leerling een beroepsoriëntatiedag bij een "
          "bedrijf of instelling die past bij zijn profiel; ouders helpen daarbij door hun eigen werkplek open te "
          "stellen. Op de loopbaanavond in februari vertellen oud-leerlingen en ouders over hun beroep."),
    ("p", "In de wijk werken wij nauw samen met het jongerenwerk en de wijkagent. Eens per maand bespreken de "
          "teamleider onderbouw, de wijkagent en een jongerenwerker signalen uit de wijk, bijvoorbeeld over "
          "overlast rond het winkelcentrum of over leerlingen die buiten school in de problemen raken. De "
          "jongerenwerkers zijn op dinsdag en donderdag in de middagpauze op het plein aanwezig."),

    ("kop", "4. Kwaliteitszorg"),
    ("p", "Onze kwaliteitszorg volgt de PDCA-cyclus op drie niveaus: sectie, afdeling en school. Elke sectie heeft "
          "een sectieplan met resultaatdoelen per vak en niveau; elke afdeling een jaarplan dat doelen uit dit "
          "schoolplan uitwerkt. Na elke periode analyseert de teamleider de resultaten per klas en vak in "
          "Magister. In september maken de secties een examenanalyse (slagingspercentage, cijfers per vak, "
          "verschil tussen schoolexamen en centraal examen), die zij in oktober op de kwaliteitsdag presenteren."),
    ("p", "Daarnaast meten wij elk jaar de tevredenheid en veiligheid van leerlingen met de vragenlijsten van "
          "Vensters, en om de twee jaar de tevredenheid van ouders. De teamleiders observeren jaarlijks alle "
          "docenten met de ICALT-kijkwijzer, en de uitkomsten op schoolniveau gebruiken wij om het "
          "scholingsaanbod te kiezen. De schoolleiding rapporteert elk kwartaal aan het College van Bestuur en "
          "legt in het jaarverslag verantwoording af. Eens in de twee jaar voert de kwaliteitsmedewerker van het "
          "bestuur een interne audit uit op een thema dat de school zelf kiest."),
    ("p", "De jaarkalender van de kwaliteitszorg ziet er zo uit: in september de examenanalyse en de "
          "vaststelling van de afdelingsjaarplannen; in oktober de kwaliteitsdag; in januari de tussenevaluatie "
          "van de jaarplannen door de teamleiders met de rector; in februari de leerlingenquête; in april de "
          "lesobservaties; in juni de evaluatie van de jaarplannen en de presentaties van de leerteams; in juli "
          "het jaarverslag. Het Veer gebruikt de schoolkenmerken en opbrengsten in Vensters ook om zich te "
          "vergelijken met scholen met een vergelijkbare leerlingpopulatie."),

    ("kop", "5. Doelen 2019-2023"),
    ("p", "In de tabel staan al onze doelen. De kolom 'Koppeling koers' geeft aan bij welke kernwaarden en "
          "vensters van Koers 22 een doel hoort."),
    ("t", (["Nr", "Doel", "Meetbaar resultaat", "Planning", "Eigenaar", "Koppeling koers"], [
        ["1", "Plaatsing op het hoogst haalbare niveau met kansovereenkomst",
         "80% van de leerlingen met kansovereenkomst zit na een jaar nog op dat niveau (2018-2019: 38 van 47)",
         "jaarlijks, meting in juli", "teamleider onderbouw", "Ambitieus; venster 1 Goed en toegankelijk onderwijs"],
        ["2", "Bovenbouwsucces mavo boven de inspectienorm", "mavo boven de norm in het inspectieoordeel",
         "2020 en daarna elk jaar", "teamleider mavo", "Venster 1"],
        ["3", "Slagingspercentages", "havo ≥ 88%, mavo ≥ 93%, kader ≥ 97%", "elk jaar, uiterlijk 2023",
         "rector", "Ambitieus; venster 1"],
        ["4", "Verschil schoolexamen en centraal examen", "bij geen enkel havovak groter dan 0,5", "examen 2021",
         "sectievoorzitters havo", "Venster 1 (kwaliteitszorg)"],
        ["5", "Elke leerling gekend door een volwassene",
         "85% van de leerlingen zegt dat een volwassene op school hen echt kent (2018: 71%)",
         "enquête februari 2021 en 2023", "teamleiders", "Gezien worden"],
        ["6", "Groepsoverzichten met onderwijsbehoeften", "voor 100% van de klassen actueel in Magister na elke "
         "leerlingbespreking", "vanaf 2019-2020", "ondersteuningscoördinator", "Gezien worden; venster 1"],
        ["7", "Geen thuiszitters", "elke verwezen leerling heeft een nieuwe plek voordat de oude eindigt",
         "jaarlijks", "ondersteuningscoördinator", "Venster 1 (dekkend netwerk)"],
        ["8", "Sociale veiligheid onderbouw kader", "van 81% naar 90% van de leerlingen voelt zich veilig",
         "februari 2021", "teamleider kader", "Open; Gezien worden"],
        ["9", "Herstelgericht werken", "alle mentoren getraind; daarna conciërges en onderwijsassistenten",
         "juni 2020 en juni 2021", "ondersteuningscoördinator", "Open"],
        ["10", "Dagopening en vieringen", "elke schooldag een dagopening, vier vieringen per jaar, jaarlijkse "
         "evaluatie door de identiteitscommissie", "jaarlijks", "identiteitscommissie", "Open (identiteit)"],
        ["11", "Onbevoegde docenten bevoegd", "alle negen docenten uit de groep van 2018 bevoegd",
         "juli 2022", "rector", "Personeel in positie"],
        ["12", "Opleidingsschool Samen Opleiden Almere", "14-18 studenten per jaar; ten minste drie nieuwe "
         "collega's per jaar uit de opleidingsroute", "jaarlijks", "schoolopleider",
         "Personeel in positie; Partnerschap"],
        ["13", "Leerteams", "alle docenten in een leerteam; elk leerteam presenteert in juni", "vanaf 2019-2020",
         "teamleiders", "Personeel in positie; Ambitieus"],
        ["14", "Ziekteverzuim omlaag", "van 6,9% naar onder 5,5%", "2022", "directeur bedrijfsvoering",
         "Personeel in positie"],
        ["15", "Inductie van starters", "100% van de starters met coach en lesreductie; minder dan 10% uitval in "
         "de eerste twee jaar", "jaarlijks", "schoolopleider", "Personeel in positie; Gezien worden"],
        ["16", "Bovenschoolse vakgroepen Nederlands en wiskunde", "vier bijeenkomsten per jaar; gezamenlijke "
         "toetsen klas 2", "vanaf 2020", "sectievoorzitters", "Meerwaarde van ASG"],
        ["17", "Driehoeksgesprek profielkeuze klas 3", "95% van de leerlingen voert het gesprek met ouders",
         "jaarlijks in januari", "mentoren klas 3", "Partnerschap"],
        ["18", "Beroepsstage en doorlopende leerlijn met het ROC", "100% van kader 4 loopt beroepsstage; alle "
         "leerlingen Zorg en welzijn volgen zes middagen op het ROC", "jaarlijks", "teamleider kader",
         "Partnerschap"],
        ["19", "Ouderpanel en leerlinggeleding MR", "ouderpanel vier keer per jaar; leerlinggeleding MR volledig "
         "bezet", "jaarlijks", "rector en voorzitter MR", "Partnerschap"],
        ["20", "Verduurzaming gebouw", "420 zonnepanelen op de sporthal; energieverbruik 20% lager dan in 2018",
         "2021", "directeur bedrijfsvoering", "Vooruitstrevend"],
        ["21", "Verbouwing eerste verdieping", "twee leerpleinen opgeleverd", "zomer 2021",
         "directeur bedrijfsvoering", "Open; Ambitieus"],
    ])),

    ("kop", "6. Financiën en gebouw"),
    ("p", "Het Veer is financieel gezond. De begroting voor 2019 kent € 11,4 miljoen aan baten, waarvan 93 "
          "procent rijksbijdrage. De personele lasten bedragen 81 procent van de totale lasten. De "
          "leerlingenprognose laat tot 2023 een lichte daling zien, naar ongeveer 1.090 leerlingen, door de "
          "kleinere geboortejaren in Almere Stad. De formatie passen wij daarop aan via natuurlijk verloop; "
          "gedwongen ontslagen verwachten wij niet."),
    ("p", "De lumpsum verdelen wij over de afdelingen naar leerlingenaantal, met een opslag voor het "
          "vmbo-kader vanwege de kleinere praktijkgroepen. Voor 2019-2022 hebben wij de volgende investeringen "
          "gepland: € 480.000 voor de verbouwing van de eerste verdieping, € 160.000 voor de vervanging van "
          "praktijklokalen Zorg en welzijn, € 95.000 per jaar voor ICT en € 60.000 voor meubilair. De "
          "middelen uit het samenwerkingsverband (€ 310.000 per jaar) gaan volledig naar de ondersteuning van "
          "leerlingen: de ondersteuningscoördinator, de remedial teachers en De Kade. De middelen uit de "
          "prestatiebox zetten wij in voor de inductie van starters en voor de leerteams. De directeur "
          "bedrijfsvoering bespreekt de begroting elk jaar in december met de MR."),
    ("p", "De meerjarenbegroting stellen wij op met de controller van het servicebureau van ASG, die ook de "
          "kwartaalrapportage voorbereidt en met de directeur bedrijfsvoering de uitputting bewaakt. Het "
          "meerjarenonderhoudsplan wordt opgesteld en bewaakt door de afdeling huisvesting van het "
          "servicebureau. De aanbesteding van schoonmaak en energie verloopt via de inkoopafdeling, wat ons in "
          "2018 ruim € 40.000 per jaar bespaarde."),
    ("p", "Ons gebouw uit 2004 is in goede staat, maar past niet meer helemaal bij ons onderwijs. Het ambitieuze "
          "verbouwplan voor 2020-2021 voorziet in twee open leerpleinen op de eerste verdieping, met transparante "
          "glazen wanden, zodat de teamleider zicht heeft op de leerlingen die er zelfstandig werken. De oude "
          "vensters aan de zuidgevel worden vervangen door kozijnen met HR++-glas. Vooruitstrevend is het plan "
          "voor verduurzaming: 420 zonnepanelen op het dak van de sporthal en een warmtepomp voor de nieuwe "
          "vleugel. Onze bouwpartners, een Almeers architectenbureau en de aannemer die ook de nieuwbouw van 2004 "
          "verzorgde, zijn in 2019 geselecteerd."),
    ("p", "Het draadloze netwerk wordt in de zomer van 2019 vernieuwd, zodat er een dekkend netwerk is in alle "
          "lokalen, de aula en de sporthal. Het gebouwbeheersysteem, dat verwarming, ventilatie en verlichting "
          "regelt, wordt gekoppeld aan CO2-meters in de lokalen. Met de gemeente hebben wij een mobiliteitsplan "
          "gemaakt: de fietsenstalling wordt uitgebreid met 300 plaatsen en er komt een kiss-and-ride-strook aan "
          "de Veerweg."),
    ("p", "De sporthal en de aula verhuren wij 's avonds en in het weekend aan sportverenigingen en een "
          "kerkgemeente; dat leverde in 2018 € 62.000 op. Tijdens de zaalvoetbalcompetitie op zaterdag is de "
          "kantine open en gastvrij voor bezoekers, die er koffie en tosti's kunnen kopen; de opbrengst gaat naar "
          "het leerlingenfonds, waaruit wij excursies betalen voor leerlingen van wie de ouders dat niet kunnen."),

    ("kop", "Colofon"),
    ("p", "Schoolplan 2019-2023 van Christelijk College Het Veer, Veerplein 1, 1314 AB Almere, BRIN 18QP. Het "
          "plan geldt van 1 augustus 2019 tot en met 31 juli 2023."),
    ("p", "De medezeggenschapsraad heeft op 4 juni 2019 ingestemd met dit schoolplan (besluit MR 2019-14). Het "
          "College van Bestuur van de Almeerse Scholen Groep heeft het plan op 2 juli 2019 vastgesteld."),
    ("p", "Redactie: werkgroep schoolplan, eindredactie conrector onderwijs. Vormgeving: sectie beeldende "
          "vorming."),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl_stijlen(doc)
    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.2)
    sectie.right_margin = Cm(2.2)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Arial"
    stijl.font.size = Pt(10)
    doc.core_properties.author = "A.M. Bosman"
    doc.core_properties.title = "Schoolplan Het Veer 2019-2023"
    doc.core_properties.created = DATUM
    doc.core_properties.modified = DATUM
    doc.core_properties.last_modified_by = "conrector"
    doc.core_properties.revision = 7

    voet = sectie.footer.paragraphs[0]
    voet.text = "Het Veer - schoolplan 2019-2023 - "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    for tekst, grootte in (("SCHOOLPLAN 2019-2023", 22), ("Christelijk College Het Veer", 16),
                           ("scholengemeenschap voor vmbo-kader, mavo en havo", 12)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.bold = True
        r.font.size = Pt(grootte)
    p = doc.add_paragraph("Almere · een school van de Almeerse Scholen Groep")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    p = doc.add_paragraph()
    p.add_run("Inhoud").bold = True
    for regel in ("1. Voorwoord", "2. Wie wij zijn", "3. Vijf ambities", "4. Kwaliteitszorg",
                  "5. Doelen 2019-2023", "6. Financiën en gebouw", "Colofon"):
        doc.add_paragraph(regel)

    for soort, inhoud in INHOUD:
        if soort == "kop":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(str(inhoud))
            r.bold = True
            r.font.size = Pt(12)
        elif soort == "p":
            doc.add_paragraph(str(inhoud))
        elif soort == "ul":
            for item in inhoud:  # type: ignore[union-attr]
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "t":
            kop, rijen = inhoud  # type: ignore[misc]
            nieuw = doc.add_section()
            nieuw.orientation = WD_ORIENT.LANDSCAPE
            nieuw.page_width, nieuw.page_height = sectie.page_height, sectie.page_width
            tabel(doc, kop, rijen, breedtes=[0.9, 5.0, 6.0, 3.2, 3.2, 4.5])
            terug = doc.add_section()
            terug.orientation = WD_ORIENT.PORTRAIT
            terug.page_width, terug.page_height = sectie.page_width, sectie.page_height
    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_56_het_veer_csg.docx")
