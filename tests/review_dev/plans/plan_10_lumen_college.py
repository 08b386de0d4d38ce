"""Schoolplan van Lumen College Almere (openbare school voor mavo/vmbo-t en havo, Almere Poort).

Geschreven in Word zonder Koerswijzer: hoofdstukken volgen de vensters van de koers, maar alle doelen
staan samen in het slothoofdstuk als genummerde lijst. Kopjes zijn vetgedrukte gewone alinea's (geen
kopstijlen). De MR wordt alleen als klankbord genoemd.
"""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt
from review_dev.docx_parts import taal_nl

TITEL = "Schoolplan Lumen College 2023-2027"
AUTEUR = "K. Dijkstra"
AANGEMAAKT = datetime.datetime(2023, 3, 14, 16, 12, 0)
GEWIJZIGD = datetime.datetime(2023, 6, 27, 11, 48, 0)

COVER = [
    (26, "Lumen College Almere"),
    (14, "Openbare school voor mavo (vmbo-t) en havo"),
    (20, "Schoolplan 2023-2027"),
    (12, "Almere Poort, juni 2023"),
]

# ("kop", tekst) hoofdstuk, ("sub", tekst) paragraaf, ("p", tekst), ("doel", tekst) genummerd doel
BLOKKEN = [
    ("kop", "Inhoud"),
    ("p", "Voorwoord"),
    ("p", "1. Wie wij zijn"),
    ("p", "2. Goed en toegankelijk onderwijs"),
    ("p", "3. Personeel in positie"),
    ("p", "4. De meerwaarde van ASG"),
    ("p", "5. Partnerschap"),
    ("p", "6. Onze doelen 2023-2027"),
    ("p", "Colofon"),

    ("kop", "Voorwoord"),
    ("p", "Dit is het schoolplan van Lumen College voor de periode 2023-2027. Het beschrijft waar we als school "
          "staan, welke kant we op willen en wat we daarvoor gaan doen. Het plan volgt de vier vensters uit Koers "
          "22, de strategische koers van de Almeerse Scholen Groep (ASG), waar onze school deel van uitmaakt. Zo "
          "is te zien hoe de koers van ons bestuur op onze school landt. Onze doelen voor de komende vier jaar "
          "staan bij elkaar in het laatste hoofdstuk."),
    ("p", "Het plan is geschreven door de schoolleiding, op basis van gesprekken met de teams, de "
          "sectievoorzitters, de leerlingenraad en het ouderpanel in het schooljaar 2022-2023. De "
          "medezeggenschapsraad heeft als klankbord meegelezen."),
    ("p", "We zijn trots op de leerlingen die hier elke dag binnenlopen en op wat ze bereiken. We hopen dat dit "
          "plan laat zien waarom."),
    ("p", "Karin Dijkstra, rector"),

    ("kop", "1. Wie wij zijn"),
    ("sub", "Onze school"),
    ("p", "Lumen College opende in 2009 als eerste middelbare school in Almere Poort. We begonnen met 120 "
          "brugklassers in tijdelijke lokalen; sinds 2013 zitten we in ons eigen gebouw aan de rand van het "
          "Cascadepark. Op 1 oktober 2022 telden we 1.062 leerlingen: 518 in de mavo (de theoretische leerweg van "
          "het vmbo) en 544 in de havo."),
    ("p", "Almere Poort groeit nog steeds. De wijk trekt veel jonge gezinnen, en het aantal aanmeldingen voor de "
          "brugklas steeg de afgelopen vijf jaar van 210 naar 265. Onze leerlingen komen vooral uit Poort en "
          "Almere Stad, en in toenemende mate uit Almere Duin. Ongeveer 40 procent van hen heeft een "
          "migratieachtergrond; de school is een afspiegeling van de stad."),
    ("p", "Er werken 98 mensen op Lumen College: 74 docenten, 19 onderwijsondersteunende medewerkers en een "
          "schoolleiding van een rector en vier teamleiders (brugklas, onderbouw, bovenbouw mavo en bovenbouw "
          "havo). De gemiddelde leeftijd van het personeel is 41 jaar."),
    ("p", "We werken met lessen van 50 minuten en vier periodes per schooljaar, elk afgesloten met een toetsweek "
          "in de bovenbouw en een toetsdag in de onderbouw. Leerlingen van de mavo en de havo zitten in hetzelfde "
          "gebouw, maar hebben in de bovenbouw een eigen vleugel met een eigen teamleider en een eigen decaan."),
    ("sub", "Wat we zien"),
    ("p", "Bij het schrijven van dit plan hebben we gekeken naar onze resultaten, de enquêtes onder leerlingen, "
          "ouders en personeel, en de ontwikkelingen in de stad. De belangrijkste conclusies:"),
    ("p", "– De mavo doet het goed: het slaagpercentage ligt al jaren boven de 90 procent. In de havo blijven te "
          "veel leerlingen zitten in havo 4, en het slaagpercentage is lager dan we willen."),
    ("p", "– Leerlingen voelen zich over het algemeen veilig en prettig op school, maar in de bovenbouw havo "
          "voelen ze zich minder gekend door hun mentor."),
    ("p", "– Het wordt moeilijker om bevoegde docenten te vinden, vooral voor wiskunde, Duits en de natuurvakken."),
    ("p", "– Ouders geven de school gemiddeld een 7,4, maar vinden dat de informatie over cijfers, roosters en "
          "activiteiten over te veel kanalen verspreid is."),
    ("p", "– De school groeit, en het gebouw zit vol. In 2024 krijgen we er een tijdelijke vleugel met acht lokalen "
          "bij."),
    ("sub", "Onze visie"),
    ("p", "Lumen betekent licht. We willen dat elke leerling bij ons ontdekt waar hij of zij goed in is en dat ons "
          "onderwijs helpt om verder te kijken dan vandaag. Dat doen we met heldere lessen, een mentor die je kent "
          "en een school waar je jezelf kunt zijn. Gezien worden, open, vooruitstrevend en ambitieus: de "
          "kernwaarden van ASG zijn ook de onze."),
    ("sub", "Een openbare school"),
    ("p", "Lumen College is een openbare school, en dat betekent voor ons meer dan dat iedereen zich kan aanmelden. "
          "We maken geen onderscheid naar geloof, achtergrond of overtuiging, en we laten die verschillen in de "
          "school ook zien en bespreken ze. In de tweede klas volgen alle leerlingen een uur per week "
          "levensbeschouwing, waarin ze de grote wereldgodsdiensten en het humanisme leren kennen; in dat jaar "
          "bezoeken ze een moskee, een kerk en de synagoge in Almere en praten ze met gelovigen en niet-gelovigen. "
          "Tijdens de ramadan plannen we geen sportdagen en houden we bij de toetsweken rekening met vastende "
          "leerlingen; wie wil bidden of even tot rust wil komen, kan terecht in de stilteruimte naast de "
          "mediatheek. Sinds 2021 komt elke week de GSA bij elkaar, een groep leerlingen en docenten die zich "
          "inzet voor lhbtiq+-leerlingen, en op Paarse Vrijdag hangt de regenboogvlag aan de gevel. Van docenten "
          "vragen we dat ze verschillende standpunten de ruimte geven en hun eigen overtuiging niet opdringen; in "
          "de lessen maatschappijleer en geschiedenis oefenen leerlingen met het voeren van een gesprek over "
          "onderwerpen waarover ze het niet met elkaar eens zijn."),

    ("kop", "2. Goed en toegankelijk onderwijs"),
    ("p", "Goed onderwijs is voor ons onderwijs waarin elke leerling het diploma haalt dat bij hem of haar past, in "
          "een school waar hij of zij zich veilig voelt. In dit hoofdstuk beschrijven we ons onderwijsprogramma, "
          "de begeleiding van leerlingen en de manier waarop we de kwaliteit bewaken."),
    ("sub", "Ons onderwijsprogramma"),
    ("p", "In de brugklas zitten leerlingen in mavo-, mavo/havo- of havoklassen. De mavo/havo-klas is bedoeld voor "
          "leerlingen met een gemengd advies; aan het eind van het eerste jaar beslissen we samen met leerling en "
          "ouders over het niveau in klas 2. Onze lessentabel volgt de kerndoelen voor de onderbouw en de "
          "examenprogramma's in de bovenbouw. Nederlands, Engels en wiskunde hebben in de onderbouw vier uur per "
          "week. In de brugklas hebben alle leerlingen daarnaast twee uur 'leren leren' bij hun mentor, over "
          "plannen, samenvatten en het bijhouden van de agenda in Magister."),
    ("p", "In de bovenbouw volgen mavoleerlingen het examenprogramma van de theoretische leerweg met zes of zeven "
          "examenvakken; havoleerlingen kiezen een van de vier profielen. Voor taal en rekenen nemen we in de "
          "onderbouw twee keer per jaar de toetsen van het Cito Volgsysteem af, zodat we zien of leerlingen op "
          "koers liggen voor referentieniveau 2F (mavo) of 3F (havo). Leerlingen die achterblijven, krijgen een "
          "blok van zes weken extra les in het steunuur."),
    ("sub", "Examens"),
    ("p", "Voor elk examenvak ligt in het programma van toetsing en afsluiting (PTA) vast welke schoolexamens "
          "leerlingen maken, wanneer en met welke weging. De PTA's worden elk jaar voor 1 oktober vastgesteld en "
          "op de website gepubliceerd. De examensecretaris bewaakt de planning, en de examencommissie beslist "
          "over onregelmatigheden en verzoeken om uitstel. Leerlingen mogen per periode één schoolexamen "
          "herkansen. In de examenklassen krijgen leerlingen in februari een gesprek met hun mentor over hun "
          "kansen en over de vakken waarin ze nog punten moeten halen."),
    ("sub", "Klaar voor later"),
    ("p", "Sinds 2022 hebben alle leerlingen in klas 1 en 2 een uur per week het vak digitale vaardigheden: ze "
          "leren programmeren, werken met een spreadsheet, beoordelen bronnen en praten over privacy en wat "
          "sociale media met je doen. Loopbaanoriëntatie begint in de brugklas. Met Qompas onderzoeken leerlingen "
          "wat ze kunnen en willen; in klas 3 lopen alle mavoleerlingen twee dagen mee op een mbo-opleiding, en "
          "havo-4-leerlingen bezoeken een open dag van een hogeschool."),
    ("sub", "Burgerschap"),
    ("p", "Burgerschap geven we vorm in de lessen maatschappijleer, geschiedenis en levensbeschouwing, en in hoe de "
          "school werkt. De leerlingenraad, met vertegenwoordigers uit alle leerjaren, praat maandelijks met de "
          "rector mee over zaken als het telefoonbeleid, de kantine en de planning van de toetsweken. In de derde "
          "klas doen alle leerlingen een project waarin ze een maatschappelijk vraagstuk onderzoeken en hun "
          "oplossing presenteren aan een gemeenteraadslid. Tijdens de Week van de "
          "Democratie houden we een schooldebat met verkiezingen, en mavo 4 sluit maatschappijleer af met een "
          "bezoek aan de Tweede Kamer."),
    ("p", "We vinden het belangrijk dat leerlingen niet alleen kennis over de democratie opdoen, maar er ook mee "
          "oefenen. Daarom kiest elke klas twee klassenvertegenwoordigers, die samen met de mentor de "
          "klassenvergadering leiden; wat daar besproken wordt, gaat via de leerlingenraad naar de schoolleiding."),
    ("sub", "Een veilige school"),
    ("p", "Leerlingen leren alleen goed als ze zich veilig voelen. Elk jaar in februari vullen alle leerlingen de "
          "monitor sociale veiligheid in. In 2022 gaf 89 procent aan zich veilig te voelen op school; in de "
          "brugklas was dat 93 procent, in havo 4 maar 82 procent. De teamleider onderbouw is onze "
          "veiligheidscoördinator, en elke afdeling heeft een anti-pestcoördinator. Het pestprotocol en de "
          "schoolregels staan in de schoolgids. Vanaf januari 2024 zijn mobiele telefoons in de lessen niet meer "
          "toegestaan; leerlingen stoppen ze aan het begin van de les in de telefoontas. Bij ernstige incidenten "
          "schakelen we de politie in en volgen we het protocol schorsing en verwijdering."),
    ("sub", "Mentoraat en begeleiding"),
    ("p", "Elke leerling heeft een mentor, die in de onderbouw ook een vak aan de klas geeft. De mentor voert twee "
          "keer per jaar een persoonlijk gesprek met elke mentorleerling, over cijfers maar ook over hoe het thuis "
          "en met vrienden gaat. Drie keer per jaar is er per klas een leerlingbespreking, waarin de docenten van "
          "de klas met de mentor en de teamleider bespreken welke leerlingen extra aandacht nodig hebben en wat "
          "die aandacht moet zijn; de afspraken komen in het leerlingvolgsysteem in Magister. In de "
          "leerlingenquête van 2022 zei 71 procent van de leerlingen dat de mentor hen goed kent. Dat vinden we te "
          "laag, zeker in de bovenbouw havo. Daar krijgen mentoren vanaf volgend jaar een uur extra per week voor "
          "hun mentorklas."),
    ("sub", "Doorstromen: de lat hoog"),
    ("p", "We willen dat leerlingen het hoogste diploma halen dat ze aankunnen. Elke mavoleerling die in klas 4 "
          "gemiddeld een 6,8 of hoger staat en een positief advies van de docenten krijgt, kan na het examen naar "
          "havo 4 op onze school. In mavo 4 krijgen deze leerlingen een oriëntatieprogramma van zes middagen met "
          "havolessen. Toch gaat nu maar 9 procent van onze geslaagde mavoleerlingen door naar de havo, terwijl we "
          "er meer zien die het zouden kunnen. Mentoren bespreken daarom al in mavo 3 met leerlingen en ouders of "
          "de havo een reële stap is, en bij de toelating kijken we niet alleen naar cijfers, maar ook naar "
          "motivatie en werkhouding."),
    ("sub", "Extra ondersteuning"),
    ("p", "Lumen College is aangesloten bij het samenwerkingsverband VO Almere. In ons schoolondersteuningsprofiel "
          "beschrijven we welke ondersteuning we bieden. Tot de basisondersteuning horen onder meer "
          "faciliteiten bij dyslexie en dyscalculie (extra tijd, voorleessoftware, een groter lettertype), een "
          "faalangstreductietraining in klas 2 en 3, huiswerkbegeleiding op vier middagen per week en het "
          "steunuur voor Nederlands, Engels en wiskunde. Voor extra ondersteuning hebben we een "
          "ondersteuningscoördinator, twee leerlingbegeleiders en een orthopedagoog voor twee dagen per week. In "
          "de Lumenruimte kunnen leerlingen die het in de klas even niet redden, onder begeleiding werken."),
    ("p", "Er zijn ook grenzen aan wat we kunnen. We kunnen geen onderwijs bieden aan leerlingen die langdurig een "
          "kleine klas nodig hebben, geen intensieve begeleiding bij ernstige gedragsproblemen en geen onderwijs op "
          "een lager niveau dan de theoretische leerweg. Het profiel is voor het laatst herzien in 2020."),
    ("sub", "Kwaliteit en resultaten"),
    ("p", "De inspectie gaf onze school bij het laatste bezoek, in 2021, het oordeel voldoende. Onze resultaten "
          "zijn op orde, maar kunnen beter. Het slaagpercentage was in 2022 91 procent voor de mavo en 82 procent "
          "voor de havo. De onderbouwsnelheid ligt met 96 procent ruim boven de norm; het bovenbouwsucces van de "
          "havo zit met 78 procent net boven de norm van de inspectie. Vooral in havo 4 blijven te veel leerlingen "
          "zitten: vorig jaar 14 procent."),
    ("p", "Zo bewaken we de kwaliteit. Aan het begin van elk schooljaar maken elke sectie en elk team een jaarplan "
          "dat aansluit bij dit schoolplan. Na elke periode analyseren de secties de cijfers van hun vak, en de "
          "teamleiders bespreken de opvallende uitkomsten met de secties. Elke docent krijgt twee lesbezoeken per "
          "jaar, van de teamleider en van een collega, met een kijkwijzer die we samen hebben opgesteld. "
          "Leerlingen beoordelen één keer per jaar per vak de lessen in een korte enquête, en om het jaar vullen "
          "ouders en personeel een tevredenheidsvragenlijst in. De uitkomsten komen samen in het jaarverslag en in "
          "de kwartaalrapportage aan het bestuur. In 2025 krijgen we een interne audit van ASG, als voorbereiding "
          "op het volgende inspectiebezoek."),
    ("sub", "Samen leren in de secties"),
    ("p", "Sinds 2022 werken drie secties (Nederlands, wiskunde en biologie) met lesson study. Een groepje van drie "
          "of vier docenten ontwerpt samen een les; één van hen geeft die les terwijl de anderen observeren hoe "
          "leerlingen leren, en daarna verbeteren ze de les samen. De opbrengsten worden in de sectievergadering "
          "gedeeld en in een map op Teams gezet, zodat iedereen de verbeterde lessen kan gebruiken. Zo wordt samen "
          "naar lessen kijken en van elkaar leren steeds gewoner."),

    ("kop", "3. Personeel in positie"),
    ("p", "Ons onderwijs is zo goed als de mensen die het geven. We willen een school zijn waar goede docenten "
          "graag komen werken en blijven."),
    ("sub", "Personeelsbeleid"),
    ("p", "Ons personeelsbeleid sluit aan bij het strategisch HR-beleid van ASG. De formatie stellen we elk "
          "voorjaar op; ongeveer 80 procent van de formatie gaat naar docenten en 20 procent naar ondersteuning "
          "en leiding. We vinden het belangrijk dat docenten bekwaam zijn in hun vak én in de didactiek. De "
          "kijkwijzer bij de lesbezoeken gaat daarom over een duidelijke uitleg, activerende werkvormen, "
          "afstemming op verschillen tussen leerlingen en een goed klassenklimaat."),
    ("sub", "Gesprekkencyclus"),
    ("p", "Iedere medewerker heeft elk jaar een ontwikkelgesprek met de eigen teamleider, met daarvoor minstens één "
          "lesbezoek. In dat gesprek bespreken we het afgelopen jaar, de gevolgde scholing en de plannen voor het "
          "komende jaar. Eens in de drie jaar is er een beoordelingsgesprek. In 2022-2023 had 76 procent van de "
          "medewerkers een ontwikkelgesprek. De verslagen staan in het digitale "
          "personeelsdossier."),
    ("sub", "Scholing"),
    ("p", "Elke docent volgt per jaar minstens één scholing die past bij de afspraken uit het ontwikkelgesprek, en "
          "iedereen neemt deel aan de twee studiedagen en vijf studiemiddagen van de school. In 2023-2024 staan "
          "die in het teken van activerende didactiek. De teamleiders volgen het leiderschapsprogramma van de ASG "
          "Academie. Nieuwe docenten volgen in hun eerste twee jaar ons inductieprogramma, met een vaste coach en "
          "intervisie met andere starters. Iedereen houdt de eigen scholing bij in het personeelsdossier."),
    ("sub", "Onbevoegde docenten"),
    ("p", "Van onze 74 docenten zijn er negen nog niet bevoegd voor het vak of het niveau waarin ze lesgeven. Ieder "
          "van hen heeft een persoonlijk opleidingsplan, een begeleider uit de sectie en twee uur per week in het "
          "rooster voor de studie. De school betaalt, samen met ASG, het collegegeld. De schoolopleider volgt hun "
          "voortgang en bespreekt die twee keer per jaar met de teamleider."),
    ("sub", "Welzijn en betrokkenheid"),
    ("p", "Wij hebben aandacht voor het welbevinden in elke levensfase van al onze medewerkers. Wij hebben vitale "
          "werknemers. Onze medewerkers voelen zich betrokken bij en trots op Lumen College en ASG."),

    ("kop", "4. De meerwaarde van ASG"),
    ("p", "Lumen College is een van de scholen van ASG. Dat biedt mogelijkheden die een school op zichzelf niet "
          "heeft."),
    ("sub", "Samen binnen ASG"),
    ("p", "Binnen ASG ontmoeten onze collega's de collega's van alle scholen en het servicebureau regelmatig. Wij "
          "delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen. "
          "Onze vaksecties en werkgroepen staan met elkaar in contact en wisselen bovenschools expertise uit."),
    ("sub", "Een passende plek voor elke leerling"),
    ("p", "Doordat ASG veel verschillende scholen heeft, kunnen we leerlingen die bij ons niet op hun plek zitten "
          "een goed alternatief bieden. Met het Poldercollege, de ASG-school voor vmbo basis en kader, hebben we "
          "afgesproken dat leerlingen voor wie de mavo na de brugklas te zwaar is, zonder nieuwe aanmelding kunnen "
          "overstappen, met een overdrachtsgesprek tussen de mentoren van beide scholen. Havisten die meer "
          "aankunnen, kunnen na havo 3 of na het havodiploma doorstromen naar het vwo van het Stadslyceum, ook een "
          "ASG-school; jaarlijks zijn dat vijf tot tien leerlingen. Zo blijft de overstap voor leerlingen en "
          "ouders overzichtelijk."),

    ("kop", "5. Partnerschap"),
    ("p", "Een school staat niet op zichzelf. We werken samen met ouders, met de medezeggenschap en met partners in "
          "de wijk en de stad."),
    ("sub", "Ouders"),
    ("p", "Ouders zijn belangrijk voor het schoolsucces van hun kind, ook als dat kind veertien is en liever niet "
          "heeft dat vader of moeder meekijkt. Twee keer per jaar voert de mentor een gesprek met leerling en "
          "ouders samen, waarin de leerling zelf vertelt hoe het gaat en waar hij of zij de komende periode aan "
          "gaat werken. Ouders kunnen in Magister cijfers, huiswerk en absenties volgen. In de brugklas "
          "organiseren we drie ouderavonden over plannen en huiswerk, social media en de puberteit, en bij de "
          "profielkeuze in klas 3 praten ouders en leerlingen samen met de decaan."),
    ("p", "Het ouderpanel bestaat uit twaalf ouders uit alle leerjaren en komt vier keer per jaar bij elkaar met "
          "een teamleider. Het panel praat mee over onderwerpen als de huiswerkbelasting, de toetsweken en de "
          "ouderavonden, en geeft de school een beeld van wat er bij ouders leeft."),
    ("p", "We houden onze communicatie eenvoudig. Magister is het enige kanaal voor cijfers, roosters en absenties; "
          "alle andere berichten staan in de nieuwsbrief, die na elke periode verschijnt. De mentor is voor ouders "
          "het eerste aanspreekpunt en beantwoordt vragen binnen twee werkdagen. Belangrijke besluiten, zoals het "
          "nieuwe telefoonbeleid, leggen we eerst voor aan het ouderpanel en lichten we daarna toe in een brief "
          "waarin ook staat waarom we die keuze maken."),
    ("sub", "Medezeggenschap"),
    ("p", "De medezeggenschapsraad van Lumen College telt acht leden: vier personeelsleden, twee ouders en twee "
          "leerlingen. De rector overlegt zes keer per jaar met de MR. We leggen plannen aan de MR voor als ze nog "
          "niet af zijn, zodat de raad kan meedenken voordat er een besluit ligt. Zo was de MR dit jaar klankbord "
          "bij het telefoonbeleid en bij dit schoolplan, waarvan het concept in januari en in april 2023 in de MR "
          "is besproken."),
    ("sub", "Partners in de stad"),
    ("p", "Wij werken proactief samen met een breed scala aan partners. Wij zijn een belangrijke gesprekspartner "
          "voor de gemeente, collega-schoolbesturen en maatschappelijke organisaties. Wij maken deel uit van, en "
          "zijn gesprekspartner van, landelijke netwerken, organisaties en overheden."),
    ("sub", "In de wijk"),
    ("p", "In Poort zelf werken we samen met twee buren. Met jongerencentrum De Kade verzorgen we de "
          "huiswerkbegeleiding op vier middagen per week; de medewerkers van De Kade kennen veel van onze "
          "leerlingen ook van buiten school, en bij zorgen over een leerling bellen ze de mentor. Met "
          "sportvereniging Poort United hebben we afgesproken dat onze leerlingen op dinsdag en donderdag gratis "
          "kunnen meetrainen, en de vereniging gebruikt in ruil daarvoor 's avonds onze gymzalen."),
    ("sub", "Opleiden in de regio"),
    ("p", "Ook in Almere is er een tekort aan docenten. Samen met de andere VO-scholen in de stad, de gemeente en "
          "Hogeschool Windesheim zijn we opleidingsschool in het partnerschap Opleiden in Almere. Elk jaar lopen "
          "er twaalf tot vijftien studenten van de lerarenopleidingen bij ons stage, begeleid door de "
          "schoolopleider en twaalf werkplekbegeleiders. Met de andere scholen hebben we afgesproken dat we elkaar "
          "midden in het schooljaar geen docenten afnemen, en dat we voor moeilijk vervulbare vakken samen "
          "vacatures uitzetten. Via de gemeentelijke regeling voor zij-instromers zijn drie docenten bij ons "
          "begonnen die eerder in het bedrijfsleven werkten."),

    ("kop", "6. Onze doelen 2023-2027"),
    ("p", "Hieronder staan de doelen die we ons voor de komende vier jaar stellen. Elk jaar werken we ze uit in het "
          "jaarplan; in het jaarverslag laten we zien hoe ver we zijn."),
    ("doel", "In het examenjaar 2026 slaagt ten minste 88 procent van onze havokandidaten (2022: 82 procent), en "
             "het slaagpercentage van de mavo blijft boven de 90 procent."),
    ("doel", "Het bovenbouwsucces van de havo stijgt naar 85 procent in 2026; het aantal zittenblijvers in havo 4 "
             "halveert."),
    ("doel", "In 2025 werken alle secties met lesson study, en heeft elke sectie minstens één verbeterde les met de "
             "rest van de school gedeeld."),
    ("doel", "In 2024 is ons schoolondersteuningsprofiel herzien."),
    ("doel", "In 2025 zegt ten minste 85 procent van de leerlingen in de leerlingenquête dat de mentor hen goed kent "
             "(2022: 71 procent)."),
    ("doel", "Digitale vaardigheden krijgen vanaf 2025 ook een plek in de bovenbouw."),
    ("doel", "We geven leerlingen en ouders duidelijke en tijdige informatie."),
    ("doel", "We willen een school zijn die durft te vernieuwen en nieuwe dingen uitprobeert."),
    ("doel", "In 2027 stroomt ten minste 15 procent van onze geslaagde mavoleerlingen door naar havo 4 (nu 9 "
             "procent)."),
    ("doel", "Vanaf 2024 heeft iedere medewerker elk jaar een ontwikkelgesprek."),
    ("doel", "Uiterlijk in 2026 zijn alle docenten bevoegd of volgen ze een opleiding die tot een bevoegdheid "
             "leidt."),
    ("doel", "We maken meer gebruik van wat ASG te bieden heeft."),
    ("doel", "Ouders worden nog meer betrokken bij de school."),
    ("doel", "We versterken de samenwerking met partners in Poort en in de stad."),

    ("kop", "Colofon"),
    ("p", "Lumen College Almere, openbare school voor mavo en havo, onderdeel van de Almeerse Scholen Groep. "
          "BRIN 31LU."),
    ("p", "Dit schoolplan is opgesteld door de schoolleiding van Lumen College: Karin Dijkstra (rector), Youssef "
          "El Amrani (teamleider brugklas), Ilse Kok (teamleider onderbouw), Petra Hoekstra (teamleider bovenbouw "
          "mavo) en Bas van Leeuwen (teamleider bovenbouw havo). De medezeggenschapsraad heeft als klankbord "
          "meegedacht over de conceptversies."),
    ("p", "Almere, juni 2023"),
]


def build(path):
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = AUTEUR
    cp.last_modified_by = "P. Hoekstra"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = AANGEMAAKT
    cp.modified = GEWIJZIGD
    cp.revision = 12

    for grootte, tekst in COVER:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(tekst)
        run.bold = True
        run.font.size = Pt(grootte)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    nummer = 0
    for soort, tekst in BLOKKEN:
        if soort == "kop":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(18)
            run = p.add_run(tekst)
            run.bold = True
            run.font.size = Pt(14)
        elif soort == "sub":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.add_run(tekst).bold = True
        elif soort == "doel":
            nummer += 1
            p = doc.add_paragraph(f"{nummer}. {tekst}")
            p.paragraph_format.left_indent = Pt(18)
            p.paragraph_format.first_line_indent = Pt(-18)
        else:
            doc.add_paragraph(tekst)

    doc.save(path)
