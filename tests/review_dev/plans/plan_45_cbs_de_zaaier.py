"""Schoolplan 2019-2023 van CBS De Zaaier, een protestants-christelijke basisschool (PO) in Almere
Stad-Oost, onder de Almeerse Scholen Groep.

Ontwerp: de school herhaalt bijna elke bestuurszin uit Koers 22 in steeds een andere vorm ("Ook wij
...", "Bij ons staat ... centraal", "Wij streven ernaar dat ...", de bestuurszin met de naam van de
school erin). In de helft van de koershoofdstukken volgt daarop eigen inhoud (hoofdstuk 3 Gezien
worden, 6 Ambitieus, 7 Goed en toegankelijk onderwijs, 8 Personeel in positie); in de andere helft
(4 Open, 5 Vooruitstrevend, 9 De meerwaarde van ASG, 10 Partnerschap) blijft het bij de herhaalde
zinnen, waarden en voornemens zonder schoolacties. Alleen de driehoeksgesprekken uit hoofdstuk 3
geven partnerschap met ouders toch eigen inhoud. De doelen staan in één tabel (hoofdstuk 11) met een
kolom die het venster noemt; de rijen voor venster 3 en de samenwerking met partners zijn zelf weer
alleen een herhaalde bestuurszin. De MR heeft ingestemd (hoofdstuk 12).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

SCHOOL = "CBS De Zaaier"

INHOUD = [
    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van CBS De Zaaier voor de periode 1 augustus 2019 tot en met 31 juli 2023. "
          "In dit plan beschrijven wij hoe wij de komende vier jaar vorm geven aan ons onderwijs en hoe wij daarbij "
          "aansluiten bij Koers 22: Leren in verbinding, het strategisch beleidsdocument van de Almeerse Scholen Groep "
          "(ASG). Samen kleur geven aan goed onderwijs: ook voor De Zaaier is dat het vertrekpunt."),
    ("p", "Het plan is in het voorjaar van 2019 geschreven door de directeur en de intern begeleider, na twee "
          "studiemiddagen met het hele team op 13 februari en 20 maart 2019. De hoofdstukken 3 tot en met 10 volgen de "
          "vier kernwaarden en de vier vensters van Koers 22. In hoofdstuk 11 staan onze doelen voor de planperiode in "
          "één overzicht. Het schoolplan wordt elk jaar uitgewerkt in een jaarplan; in het jaarverslag kijken wij terug."),

    ("h1", "2. Onze school"),
    ("h2", "2.1 Kengetallen"),
    ("p", "CBS De Zaaier staat sinds 1984 in de wijk Tussen de Vaarten in Almere Stad-Oost. Op 1 oktober 2018 telde de "
          "school 286 leerlingen, verdeeld over twaalf groepen: drie kleutergroepen en negen groepen 3 tot en met 8. "
          "Het team bestaat uit 24 medewerkers: een directeur, een adjunct-directeur, een intern begeleider, achttien "
          "leerkrachten (samen 14,6 fte), een onderwijsassistent, een conciërge en een administratief medewerker."),
    ("h2", "2.2 Onze identiteit"),
    ("p", "De Zaaier is een protestants-christelijke school. Onze naam verwijst naar de gelijkenis van de zaaier uit "
          "Marcus 4: wij zaaien, en wij vertrouwen erop dat het zaad in ieder kind op zijn eigen tijd opkomt. Elke dag "
          "begint in alle groepen met een dagopening van een kwartier: een Bijbelverhaal uit Kind op Maandag, een "
          "gebed en een lied. Kerst en Pasen vieren wij met de "
          "hele school in de aula; de groepen 7 en 8 verzorgen om beurten het programma."),
    ("h2", "2.3 Resultaten in het kort"),
    ("p", "De inspectie bezocht de school in november 2017 voor het vierjaarlijks onderzoek; alle onderzochte "
          "standaarden waren voldoende. In 2018 behaalde 96% van de leerlingen in groep 8 het referentieniveau 1F voor "
          "lezen, taalverzorging en rekenen; 52% haalde 2F (taal) of 1S (rekenen). Technisch lezen is ons zorgenkind: "
          "in juni 2018 las 71% van de leerlingen in de groepen 3 tot en met 8 op of boven het AVI-niveau dat bij "
          "hun leerjaar hoort."),

    ("h1", "3. Gezien worden"),
    ("p", "Iedereen bij ASG is waardevol en wordt gezien. Op CBS De Zaaier is iedereen waardevol en wordt iedereen "
          "gezien. Voor ons als christelijke school is dat geen leus: wij zien ieder kind als een uniek schepsel van "
          "God."),
    ("h2", "3.1 Welkom op De Zaaier"),
    ("p", "De ASG-cultuur is gastvrij, iedereen voelt zich welkom. Ook wij willen een gastvrije school zijn, voor "
          "kinderen, ouders en bezoekers. Dat doen wij zo:"),
    ("b", "Vanaf 8.20 uur staat iedere leerkracht bij de deur van het eigen lokaal en begroet ieder kind bij naam. De "
          "directeur of de adjunct-directeur staat bij de hoofdingang."),
    ("b", "Bezoekers worden bij binnenkomst ontvangen door onze conciërge, die hen direct meldt bij degene met wie zij "
          "een afspraak hebben."),
    ("b", "Ouders die een school zoeken, krijgen een rondleiding van twee 'Zaaier-gidsen' uit groep 8, samen met de "
          "directeur."),
    ("b", "Een leerling die in de loop van het jaar instroomt, krijgt de eerste vier weken een vast maatje uit de eigen "
          "groep."),
    ("h2", "3.2 Ieder kind telt"),
    ("p", "Bij ons staat het kind centraal. Om ieder kind echt te zien, voeren onze leerkrachten vanaf het schooljaar "
          "2019-2020 drie keer per jaar (oktober, februari en juni) een kindgesprek van tien minuten met elke leerling: "
          "hoe gaat het met je, waar ben je goed in, wat wil je nog leren? Vanaf groep 5 bereidt het kind het gesprek "
          "voor met een kort vragenformulier."),
    ("h2", "3.3 Zicht op wat kinderen nodig hebben"),
    ("p", "We hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers. Wij streven ernaar dat wij "
          "van ieder kind weten wat het nodig heeft. Daarom voeren wij de volgende werkwijze in:"),
    ("b", "Driehoeksgesprekken. In de derde schoolweek voeren leerkracht, ouders en kind (het kind vanaf groep 5) een "
          "startgesprek van een kwartier. Ouders vertellen wat zij van hun kind weten; samen spreken wij af waar het "
          "kind dit jaar aan werkt en wat ouders thuis kunnen doen. In februari volgt een tweede driehoeksgesprek over "
          "de voortgang. Deze gesprekken vervangen de tienminutengesprekken."),
    ("b", "Groepsbesprekingen. De intern begeleider bespreekt met iedere leerkracht drie keer per jaar (november, "
          "februari en juni) de groep: de toetsresultaten, de observaties met ZIEN! en wat uit de kindgesprekken en "
          "driehoeksgesprekken naar voren kwam. Op basis daarvan deelt de leerkracht de groep voor rekenen en lezen "
          "in drie instructieniveaus in."),

    ("h1", "4. Open"),
    ("p", "Wij zijn open en eerlijk naar leerlingen, ouders, collega's en anderen met wie wij samenwerken. Openheid is "
          "voor ons als christelijke school een belangrijke waarde, die wij ontlenen aan ons geloof."),
    ("h2", "4.1 Respect"),
    ("p", "Bij ons staat respectvol omgaan met de mensen binnen en buiten de school centraal. Ook De Zaaier gaat "
          "respectvol om met de mensen binnen en buiten de organisatie. Respect is voor ons geen regel op papier, maar "
          "een houding."),
    ("h2", "4.2 Communicatie"),
    ("p", "In onze communicatie zijn wij transparant en toegankelijk. Op CBS De Zaaier is de communicatie naar ouders, "
          "naar leerlingen en naar elkaar transparant en toegankelijk. Wij streven ernaar dat iedereen zich goed "
          "geïnformeerd voelt. Hoe wij dit verder vormgeven, werken wij in de loop van de planperiode uit."),
    ("h2", "4.3 Een open blik"),
    ("p", "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers. Ook wij staan open "
          "voor mensen met verschillende culturen, religies en achtergronden."),

    ("h1", "5. Vooruitstrevend"),
    ("p", "Ook wij zijn een school in beweging. Wij hebben lef, durven te experimenteren en dingen uit te proberen om ze "
          "leuker en beter te maken. Wij wachten niet af en verschuilen ons niet achter regels en procedures."),
    ("p", "CBS De Zaaier werkt met innovatieve en nieuwe leerconcepten binnen de kaders van haar profilering. Bij ons "
          "staat nieuwsgierigheid centraal: wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds "
          "inhoud te geven, en nieuwsgierig naar de drijfveren van ieder kind. Wij streven ernaar dat wij gericht "
          "inhoud geven aan ons onderwijs langs de drie horizonten van de innovatiestrategie van ASG: continue "
          "veranderingen, fundamentele veranderingen en radicale veranderingen."),
    ("p", "Welke vernieuwingen wij oppakken, bepalen wij per jaar in het jaarplan."),

    ("h1", "6. Ambitieus"),
    ("p", "Wij zijn ambitieus. Op De Zaaier leggen wij de lat hoog en blijven wij onszelf en onze leerlingen uitdagen."),
    ("h2", "6.1 Hoge verwachtingen"),
    ("p", "We hebben hoge verwachtingen van onze leerlingen en van elkaar. Wat wij daarvoor doen:"),
    ("b", "Voor rekenen, technisch lezen, begrijpend lezen en spelling hanteren wij vanaf 2019-2020 schoolnormen die "
          "boven het landelijk gemiddelde liggen: in iedere groep scoort ten minste 65% van de leerlingen op de "
          "Cito-toetsen in niveau I, II of III. Een groep die daaronder blijft, krijgt in het volgende halfjaar een "
          "groepsplan met extra instructietijd."),
    ("b", "In iedere groepsbespreking stelt de intern begeleider bij iedere leerling de vraag: is het doel dat wij "
          "voor dit kind stellen hoog genoeg? Doelen worden bijgesteld naar boven, niet alleen naar beneden."),
    ("b", "Leerlingen die meer aankunnen, krijgen in de groepen 4 tot en met 8 een ingekorte basisstof (compacten) en "
          "werken met Levelwerk. Voor ten hoogste twaalf leerlingen uit de groepen 6 tot en met 8 is er op "
          "donderdagochtend een plusklas."),
    ("h2", "6.2 Ontwikkelen en het beste geven"),
    ("p", "We zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren. Ook wij geven altijd "
          "het beste van onszelf. Bij ons staat 'het beste uit jezelf halen' centraal, voor kinderen en volwassenen. "
          "'Zaaien met volle hand' is ons motto voor de komende vier jaar."),

    ("h1", "7. Goed en toegankelijk onderwijs"),
    ("p", "Ook wij realiseren met vakbekwame professionals kwalitatief en eigentijds onderwijs voor alle kinderen. "
          "Wij streven ernaar dat alle leerlingen zich kunnen ontwikkelen op een manier die bij hen past."),
    ("h2", "7.1 Ons onderwijsprogramma"),
    ("p", "De kwaliteit van ons onderwijs is en blijft op orde. Ons onderwijsprogramma dekt de kerndoelen en is gericht "
          "op de referentieniveaus 1F en, waar dat kan, 2F en 1S. In de groepen 3 tot en met 8 besteden wij per week "
          "ten minste 5 uur aan rekenen, 4,5 uur aan taal en spelling, 4 uur aan technisch en begrijpend lezen, 3 uur "
          "aan wereldoriëntatie, 2 uur aan bewegingsonderwijs en 1,5 uur aan godsdienst en levensbeschouwing. Alle "
          "leerkrachten geven de instructie bij rekenen, taal en lezen volgens het model Expliciete Directe Instructie "
          "(EDI): lesdoel op het bord, voordoen, samen inoefenen, controleren of alle kinderen het begrijpen en pas "
          "dan zelfstandig verwerken."),
    ("p", "Technisch lezen krijgt in deze planperiode voorrang. Vanaf september 2019 lezen alle groepen 3 tot en met 8 "
          "iedere ochtend van 8.30 tot 8.50 uur; de zwakste lezers lezen in die tijd in groepjes van vier met de "
          "onderwijsassistent volgens de aanpak van Estafette."),
    ("p", "Om de kwaliteit op orde te houden, maken de directeur en de intern begeleider na de toetsperioden van "
          "januari en juni een trendanalyse per vak en per groep over drie jaar. Daalt een groep twee metingen "
          "achter elkaar, dan volgt binnen vier weken een klassenbezoek en een verbeterafspraak met de leerkracht."),
    ("h2", "7.2 Aansluiten bij de belevingswereld"),
    ("p", "Wij ontwikkelen onderwijs, passend bij de belevingswereld van onze leerlingen. Bij wereldoriëntatie (Blink "
          "Wereld) begint ieder thema met een kring waarin de kinderen vertellen wat zij al weten en wat zij willen "
          "weten. Kinderen nemen per thema "
          "voorwerpen en verhalen van thuis mee. Voor de schoolbibliotheek kiest een leerlingenpanel van acht kinderen "
          "uit de groepen 5 tot en met 8 ieder voorjaar voor € 1.500 aan nieuwe boeken uit."),
    ("h2", "7.3 Toekomstgericht curriculum en burgerschap"),
    ("p", "Alle scholen hebben een toekomstgericht curriculum. Ook De Zaaier heeft een toekomstgericht curriculum. "
          "Concreet voeren wij in deze planperiode twee leerlijnen in:"),
    ("b", "Digitale geletterdheid. In 2019-2020 stelt een werkgroep van drie leerkrachten een leerlijn op voor de "
          "groepen 1 tot en met 8 (basisvaardigheden, informatievaardigheden, mediawijsheid en computational "
          "thinking). Vanaf 2020-2021 besteden alle groepen hier een uur per week aan, met onder meer programmeren "
          "met Bee-Bots in de onderbouw en Scratch in de bovenbouw."),
    ("b", "Burgerschap. Wij leren kinderen wat het betekent om deel te nemen aan een democratische samenleving. Iedere "
          "groep 5 tot en met 8 kiest in september twee leden voor de leerlingenraad, die zes keer per jaar vergadert "
          "met de directeur. In groep 7 en 8 behandelen wij in het voorjaar "
          "zes lessen over democratie, rechtsstaat en het werk van de gemeenteraad."),
    ("h2", "7.4 Een veilige school"),
    ("p", "Leerlingen hebben een veilige leeromgeving nodig. Wij werken schoolbreed met KiVa: in alle groepen worden "
          "de KiVa-lessen gegeven, er is een KiVa-team (intern begeleider en twee leerkrachten) dat bij pesten binnen "
          "een week in actie komt met de steungroepaanpak, en de groepen 5 tot en met 8 vullen ieder jaar in "
          "november de KiVa-monitor in. In 2018 voelde 88% van de leerlingen zich veilig op school; ons doel is ten "
          "minste 93%. De intern begeleider is anti-pestcoördinator."),
    ("h2", "7.5 Zicht op leerlingen en ons ondersteuningsprofiel"),
    ("p", "We hebben zicht op wat onze leerlingen nodig hebben. Naast de gesprekken uit hoofdstuk 3 volgen wij de "
          "ontwikkeling met de Cito-toetsen (januari en juni) en met ZIEN! voor de sociaal-emotionele ontwikkeling (oktober "
          "en maart). Alle gegevens staan in ParnasSys."),
    ("p", "Scholen hebben in hun (zorg)profiel duidelijk beschreven in welke leer- en zorgbehoeftes zij kunnen "
          "voorzien. Ons schoolondersteuningsprofiel is voor het laatst vastgesteld in 2016 en wordt in 2019-2020 "
          "herzien. Het beschrijft onze basisondersteuning (drie instructieniveaus, het dyslexieprotocol, "
          "KiVa) en onze extra ondersteuning: de plusklas, 8 uur per week NT2-ondersteuning door de "
          "onderwijsassistent voor nieuwkomers, en een individueel ontwikkelingsperspectief voor leerlingen die op "
          "een eigen leerlijn werken (nu vijf leerlingen). Wij beschrijven ook waar onze grenzen liggen: wij kunnen "
          "niet voorzien in één-op-één begeleiding gedurende de hele schooldag en niet in medische handelingen die "
          "een verpleegkundige vragen."),
    ("p", "We maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
          "leerlingen een passende onderwijsplek hebben. Ook wij denken in mogelijkheden en niet in beperkingen: het "
          "onderwijs past zich aan het kind aan en niet het kind aan het onderwijs."),
    ("h2", "7.6 Kwaliteitszorg"),
    ("p", "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en zichtbaar binnen de school. Wij "
          "werken volgens een vaste jaarcyclus: in juni stellen wij het jaarplan op; in oktober, januari, april en "
          "juli leveren wij de kwartaalrapportage aan het bestuur; de directeur bezoekt iedere leerkracht twee keer "
          "per jaar in de klas met de kijkwijzer EDI; na januari en juni volgen de trendanalyses uit paragraaf 7.1. "
          "In 2020 en 2022 nemen wij een tevredenheidspeiling af onder ouders, leerlingen (groepen 6 tot en met 8) en "
          "medewerkers. In het jaarverslag (september) zetten wij de uitkomsten naast de doelen uit hoofdstuk 11."),
    ("p", "ASG heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. Bij ons staat een "
          "lerende cultuur centraal. Wij streven ernaar dat onderzoeken, reflecteren, leren en verbeteren op De "
          "Zaaier de norm is."),

    ("h1", "8. Personeel in positie"),
    ("p", "Ook De Zaaier wil een werkgever zijn die medewerkers goed begeleidt, aandacht heeft voor hun welbevinden "
          "en hen uitdaagt verder te groeien. Goed onderwijs kan alleen met goed personeel op de juiste plek."),
    ("h2", "8.1 Welbevinden in elke levensfase"),
    ("p", "ASG heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers. Ook wij hebben aandacht "
          "voor het welbevinden van ieder teamlid. In het jaarlijkse gesprek (zie 8.5) is de vraag 'wat vraagt jouw "
          "levensfase nu van je werk?' vast onderdeel. Medewerkers van 57 jaar en ouder kunnen hun uren duurzame "
          "inzetbaarheid inzetten om vrijgesteld te worden van pleinwacht en overblijf."),
    ("h2", "8.2 Een vitaal team"),
    ("p", "ASG heeft vitale werknemers. Wij streven ernaar dat ook ons team vitaal is. Ons ziekteverzuim was in 2018 "
          "6,8%; wij willen in 2022 onder de 5% uitkomen. Daarvoor voert de directeur na een tweede ziekmelding "
          "binnen twaalf maanden een gesprek over de oorzaken, wordt de bedrijfsarts bij langer verzuim al in de "
          "tweede week ingeschakeld en zetten wij de werkdrukmiddelen in voor 0,6 fte extra onderwijsassistentie, "
          "waardoor iedere leerkracht één uur per week buiten de groep heeft voor administratie en voorbereiding."),
    ("h2", "8.3 Professionele ontwikkeling en bekwaamheid"),
    ("p", "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van bijeenkomsten "
          "en het volgen van cursussen en programma's van de ASG Academie. Op De Zaaier volgt het hele team in 2019-2020 "
          "en 2020-2021 een traject Expliciete Directe Instructie van zes studiemiddagen per jaar. Nieuwe "
          "leerkrachten volgen in hun eerste jaar het programma voor startende leerkrachten van de ASG Academie. "
          "Iedere leerkracht houdt een digitaal bekwaamheidsdossier bij met de gevolgde scholing en de verslagen "
          "van de klassenbezoeken; de directeur bespreekt het dossier jaarlijks."),
    ("h2", "8.4 Onbevoegde leraren"),
    ("p", "Alle onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid. Onze twee "
          "zij-instromers (groep 4 en groep 6) volgen sinds augustus 2018 het zij-instroomtraject van de pabo van "
          "Windesheim Flevoland. Zij krijgen ieder een coach uit het team met één uur per week voor begeleiding en zijn "
          "op dinsdag vrijgeroosterd voor hun opleiding. Beiden moeten uiterlijk 1 augustus 2020 bevoegd zijn."),
    ("h2", "8.5 De gesprekscyclus"),
    ("p", "De jaarlijkse gesprekscyclus is ASG-breed geïmplementeerd. Op De Zaaier voeren wij de cyclus volledig uit: "
          "een startgesprek in september, twee klassenbezoeken met nagesprek tussen oktober en maart, een "
          "functioneringsgesprek in het voorjaar en eens in de drie jaar een beoordelingsgesprek. Van ieder gesprek "
          "maakt de directeur binnen twee weken een verslag, dat de medewerker tekent en dat in het "
          "personeelsdossier wordt opgenomen."),
    ("h2", "8.6 Trots en erkenning"),
    ("p", "Medewerkers voelen zich betrokken bij en trots op ASG. Ook wij zijn trots op onze school en op ASG. Bij ons "
          "staat erkenning centraal: medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen "
          "zich gezien. Wij streven ernaar dat onze medewerkers gebruikmaken van de mogelijkheden van interne "
          "mobiliteit, en dat wij de talenten van onze medewerkers inzetten voor de gehele organisatie."),

    ("h1", "9. De meerwaarde van ASG"),
    ("p", "Goed onderwijs bereiken wij door samenwerking. Ook De Zaaier maakt deel uit van een grote organisatie van "
          "samenwerkende scholen, professionals, ouders en leerlingen, en wij zijn blij met de meerwaarde die ASG "
          "biedt."),
    ("p", "Binnen ASG ontmoeten collega's van alle scholen en het servicebureau elkaar regelmatig; ook wij vinden dat "
          "van groot belang. Bij ons staat delen centraal: wij delen de opbrengst van leren en ontwikkelen met elkaar "
          "tijdens conferenties en ASG-brede studiedagen. Wij streven ernaar dat werkgroepen met elkaar in contact "
          "staan en bovenschools expertise uitwisselen."),
    ("p", "Medewerkers van De Zaaier weten van elkaar wie zij moeten benaderen voor welke expertise. Als gevolg van de "
          "schaalgrootte van ASG beschikken wij over interne expertise op veel beleidsgebieden, waardoor een "
          "integraal en samenhangend aanbod aan onze school mogelijk is. Ook wij vinden dat ASG een divers en op "
          "elkaar aansluitend aanbod moet hebben, zodat alle leerlingen een passende onderwijsloopbaan kunnen "
          "krijgen. Hoe wij deze samenwerking verder vormgeven, bepalen wij in de jaarplannen."),

    ("h1", "10. Partnerschap"),
    ("p", "Samen kleur geven aan goed onderwijs heeft een breed fundament. Ook wij vinden het belangrijk dat ouders "
          "meedenken en meedoen. Ouders zijn betrokken bij het leerproces van hun kind; bij ons staat de driehoek "
          "kind, ouder en school centraal."),
    ("p", "De medezeggenschapsraad van De Zaaier is een klankbord voor ideeën en een sparringpartner voor de "
          "directie bij voorgenomen beleid en de uitvoering van beleid. Wij steunen van harte dat de ASG-brede "
          "medezeggenschap wordt belegd in een overkoepelende medezeggenschapsraad."),
    ("p", "Onderwijs speelt zich niet alleen binnen, maar ook buiten de schoolmuren af. Daarom werkt ook CBS De Zaaier "
          "proactief samen met een breed scala aan partners. Wij streven ernaar nauw samen te werken met "
          "maatschappelijke partners in de nabije omgeving van de school. Ook wij zijn van mening dat regionale "
          "problemen in het onderwijs, zoals het lerarentekort, samen met collega-schoolbesturen en de gemeente "
          "moeten worden aangepakt."),

    ("h1", "11. Onze doelen 2019-2023"),
    ("p", "In onderstaande tabel staan onze doelen voor de planperiode. De kolom 'Venster' geeft aan bij welk venster "
          "van Koers 22 het doel hoort. De doelen worden jaarlijks in het jaarplan uitgewerkt."),
    ("tabel", None),

    ("h1", "12. Vaststelling"),
    ("p", "Dit schoolplan is op 4 juni 2019 besproken in de medezeggenschapsraad van CBS De Zaaier. De MR heeft op "
          "11 juni 2019 ingestemd met het schoolplan. Het College van Bestuur van ASG heeft het plan vastgesteld op "
          "25 juni 2019."),
    ("p", "Namens de school: H. Verbeek-de Jong, directeur.    Namens de MR: P. Koster, voorzitter.    Namens het "
          "College van Bestuur van ASG."),
]

KOP = ["Nr", "Doel", "Venster", "Wanneer", "Meetbaar resultaat", "Eigenaar"]
DOELEN = [
    ["1", "Technisch lezen verbeteren met dagelijks leesmoment en leesgroepjes", "1. Goed en toegankelijk onderwijs",
     "2019-2021", "Juni 2021: 80% van de leerlingen in groep 3-8 leest op of boven AVI-niveau van het leerjaar (juni 2018: 71%)",
     "IB'er"],
    ["2", "Referentieniveaus eindtoets omhoog", "1. Goed en toegankelijk onderwijs", "2019-2023",
     "1F ten minste 96% (2018: 96%); 2F/1S van 52% naar 60% in 2023", "Directeur"],
    ["3", "Kindgesprekken drie keer per jaar in alle groepen", "1. Goed en toegankelijk onderwijs", "vanaf 2019-2020",
     "In juni 2020 heeft iedere leerling drie gesprekken gehad, vastgelegd in ParnasSys", "Leerkrachten"],
    ["4", "Leerlijn digitale geletterdheid ingevoerd", "1. Goed en toegankelijk onderwijs", "2019-2021",
     "Leerlijn vastgesteld juni 2020; vanaf 2020-2021 in alle groepen 1 uur per week", "Werkgroep ICT"],
    ["5", "Schoolondersteuningsprofiel herzien", "1. Goed en toegankelijk onderwijs", "2019-2020",
     "Nieuw SOP vastgesteld en op de website voor 1 juli 2020", "IB'er"],
    ["6", "Sociale veiligheid", "1. Goed en toegankelijk onderwijs", "2019-2023",
     "KiVa-monitor: van 88% naar ten minste 93% van de leerlingen voelt zich veilig", "KiVa-team"],
    ["7", "Teamtraject EDI afgerond", "2. Personeel in positie", "2019-2021",
     "Juni 2021: 90% van de bezochte lessen voldoende op de kijkwijzer EDI", "Directeur"],
    ["8", "Verzuim terugdringen", "2. Personeel in positie", "2019-2022",
     "Ziekteverzuim van 6,8% (2018) naar onder 5% in 2022", "Directeur"],
    ["9", "Zij-instromers bevoegd", "2. Personeel in positie", "uiterlijk 1 augustus 2020",
     "Beide zij-instromers hebben hun bevoegdheid", "Coaches"],
    ["10", "Gesprekscyclus volledig uitgevoerd", "2. Personeel in positie", "jaarlijks",
     "100% van de medewerkers heeft een vastgelegd jaargesprek in het personeelsdossier", "Directeur"],
    ["11", "Wij streven ernaar dat collega's van alle ASG-scholen elkaar regelmatig ontmoeten", "3. De meerwaarde van ASG",
     "doorlopend", "-", "Team"],
    ["12", "Driehoeksgesprekken met ouders en kind", "4. Partnerschap", "vanaf 2019-2020",
     "Ten minste 90% van de ouders neemt deel aan beide gesprekken (2018 tienminutengesprekken: 78%)", "Leerkrachten"],
    ["13", "De Zaaier werkt proactief samen met een breed scala aan partners", "4. Partnerschap", "2019-2023", "-",
     "Directeur"],
]


def build(path: str) -> None:
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    titel = doc.add_paragraph(style="Title")
    titel.add_run(f"Schoolplan 2019-2023 {SCHOOL}")
    sub = doc.add_paragraph()
    sub.add_run("Protestants-christelijke basisschool, Almere Stad-Oost\n"
                "Onderdeel van de Almeerse Scholen Groep (ASG)\n"
                "Directeur: Hanneke Verbeek-de Jong\n"
                "Vastgesteld op 25 juni 2019").italic = True

    footer = doc.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run(f"{SCHOOL} - schoolplan 2019-2023 - pagina ")
    page_field(footer)

    for soort, tekst in INHOUD:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "p":
            doc.add_paragraph(tekst)
        elif soort == "b":
            doc.add_paragraph(tekst, style="List Bullet")
        elif soort == "tabel":
            tabel(doc, KOP, DOELEN, breedtes=[0.8, 4.2, 3.0, 2.2, 4.6, 2.0])
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, datetime.datetime(2019, 6, 25, 12, 0, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_45_cbs_de_zaaier.docx")
