"""Schoolplan 2019-2023 van openbare daltonschool De Wierdenhof in Almere Haven (ASG, po).

Ontwerp: een directeur die de indeling van de ASG Koerswijzer volgt. Echte kopstijlen (Heading 1 voor
de hoofdstukken, Heading 2 voor de vaste paragrafen, Heading 3 voor onderdelen). Elk hoofdstuk is
genoemd naar een kernwaarde of venster en begint met "Wat de koers vraagt", waarin de bestuurszinnen
van de koers in de wij-vorm worden herhaald; daarna volgt "Wat wij doen" met de eigen inhoud van de
school. Die eigen inhoud is wisselend: rijk bij Gezien worden, Open, Goed en toegankelijk onderwijs,
Personeel in positie en Partnerschap, dun bij Vooruitstrevend, Ambitieus en De meerwaarde van ASG
(daar vooral wensen en mottozinnen). Per venster een doelentabel; die van De meerwaarde van ASG is
vaag (geen meetbare of gedateerde doelen). Het openbare karakter wordt in de praktijk uitgewerkt. De
MR heeft alleen "meegedacht en positief geadviseerd": geen instemming.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

DATUM = datetime.datetime(2019, 6, 20, 9, 0, 0)

# (soort, inhoud): h1/h2/h3 = kop, p = alinea, ul = opsomming, t = (kop, rijen)
INHOUD: list[tuple[str, object]] = [
    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van openbare daltonschool De Wierdenhof voor de schooljaren 2019-2020 "
          "tot en met 2022-2023. Wij volgen de indeling van de ASG Koerswijzer bij 'Koers 22: Leren in "
          "verbinding': elk hoofdstuk draagt de naam van een kernwaarde of een venster, opent met wat de koers "
          "vraagt en beschrijft daarna wat wij doen. Bij de vensters staan onze doelen in een tabel."),
    ("p", "Op de studiedag van 14 februari 2019 heeft het team de centrale vragen van de Koerswijzer besproken. "
          "Directeur en intern begeleider hebben de opbrengsten uitgewerkt, samen met de zelfevaluatie en de "
          "trendanalyse van de eindtoets. Niet elk hoofdstuk is even uitgebreid: op sommige punten staan wij "
          "aan het begin. Elk jaarplan kiest uit de doelen in dit plan en wordt in het jaarverslag geëvalueerd."),

    ("h1", "2. De Wierdenhof in het kort"),
    ("p", "De Wierdenhof staat sinds 1979 in de wijk De Wierden in Almere Haven, het oudste stadsdeel van "
          "Almere. De school is sinds 1998 een erkende daltonschool en lid van de Nederlandse Dalton "
          "Vereniging. In het gebouw zitten ook de peuteropvang en de buitenschoolse opvang van Kinderopvang "
          "De Haventjes."),
    ("t", (["Kerngegevens", "De Wierdenhof"], [
        ["Adres", "Wierdenpad 4, 1353 KL Almere Haven"],
        ["BRIN", "29XK"],
        ["Denominatie en concept", "Openbaar, daltononderwijs (licentie Nederlandse Dalton Vereniging)"],
        ["Leerlingen (1 oktober 2018)", "312 in dertien groepen"],
        ["Medewerkers", "26 personen, 19,4 fte"],
        ["Schoolweging (2018)", "32,6"],
        ["Inspectie", "Basisarrangement (onderzoek april 2017)"],
        ["Planperiode", "1 augustus 2019 tot en met 31 juli 2023"],
    ])),
    ("p", "Onze leerlingen weerspiegelen de wijk: ongeveer een derde van de kinderen spreekt thuis naast "
          "Nederlands een andere taal. In het team werken zeventien leerkrachten, een intern begeleider, twee onderwijsassistenten, "
          "een vakleerkracht bewegingsonderwijs, een conciërge, een administratief medewerker en de directie. "
          "De Nederlandse Dalton Vereniging verlengde in 2016 onze licentie; de volgende visitatie is in 2021."),

    ("h1", "3. Gezien worden"),
    ("h2", "Wat de koers vraagt"),
    ("p", "De koers vraagt dat de ASG-cultuur gastvrij is en dat iedereen zich welkom voelt. Iedereen bij ASG "
          "is waardevol en wordt gezien. Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en "
          "medewerkers."),
    ("h2", "Wat wij doen"),
    ("p", "De deuren van De Wierdenhof gaan om 8.20 uur open. Ouders lopen tot 8.30 uur mee de klas in; in de "
          "kleutergroepen blijven zij op maandag tot 8.45 uur. Wie de "
          "school voor het eerst binnenkomt, wordt bij de balie in de centrale hal ontvangen door onze "
          "conciërge. Ouders die een school zoeken, krijgen een rondleiding van twee 'Wierdengidsen': leerlingen "
          "uit groep 8 die in september een korte training krijgen in het ontvangen van bezoek. Na de "
          "rondleiding volgt een gesprek met de directeur."),
    ("p", "Een nieuw gezin krijgt een welkomstmap. Elk nieuw kind krijgt voor de "
          "eerste vier weken een maatje in de groep, en na zes weken belt de leerkracht de ouders voor een "
          "welkomgesprek."),
    ("p", "Elk kind moet merken dat het ertoe doet. In de eerste vier schoolweken voert iedere leerkracht met "
          "elk kind van de groep een kennismakingsgesprek van tien minuten: wie ben je, waar ben je goed in, wat "
          "vind je moeilijk? Op de Wierdenmuur bij de aula hangt van ieder kind een foto met de zin 'Dit kan "
          "ik goed'. Kinderen die weinig opvallen, bespreken "
          "wij bewust in de groepsbespreking, omdat juist zij makkelijk over het hoofd worden gezien."),
    ("p", "Zicht op wat kinderen nodig hebben, halen wij uit drie bronnen: de toetsen van het "
          "leerlingvolgsysteem van Cito, de signaleringslijst van ZIEN! voor het sociaal-emotioneel functioneren "
          "(groep 3 tot en met 8, in oktober en maart) en de kindgesprekken die de leerkracht in groep 4 tot en "
          "met 8 drie keer per jaar met ieder kind voert. Die gegevens komen samen in de groepsbespreking van "
          "leerkracht en intern begeleider, drie keer per jaar. Bij het "
          "team vult iedere medewerker in september een korte vragenlijst in over werkdruk en scholingswensen, "
          "die de directeur in het startgesprek bespreekt."),

    ("h1", "4. Open"),
    ("h2", "Wat de koers vraagt"),
    ("p", "ASG gaat respectvol om met de mensen binnen en buiten de organisatie. In onze communicatie zijn we "
          "transparant en toegankelijk. Met een open blik kijken we naar de verscheidenheid van leerlingen en "
          "medewerkers. De Koerswijzer vraagt ook hoe wij invulling geven aan de identiteit van ASG en hoe wij "
          "recht doen aan het openbare karakter."),
    ("h2", "Wat wij doen"),
    ("h3", "Respect en veiligheid"),
    ("p", "Sinds 2016 werkt De Wierdenhof met KiVa, het landelijk erkende programma tegen pesten, in vaste "
          "lessen op maandagmiddag. Het "
          "KiVa-team (de intern begeleider en twee leerkrachten) pakt pestsituaties op met gesprekken en zo nodig "
          "een steungroep van klasgenoten. In mei vullen de leerlingen van groep 5 tot en met 8 de KiVa-monitor in; die levert "
          "ook onze jaarlijkse meting van de sociale veiligheid op. In 2018 voelde 94 procent van de leerlingen "
          "zich veilig op school en gaf 6 procent aan in de afgelopen maanden gepest te zijn."),
    ("p", "Naast KiVa hanteren wij vijf schoolafspraken, de 'Wierdenhof-vijf', die in elke groep en in de hal "
          "hangen: we groeten elkaar, we luisteren naar elkaar, we helpen elkaar, we zijn zuinig op spullen en "
          "we lossen ruzie op door te praten. Leerkrachten spreken kinderen én volwassenen op deze afspraken aan, "
          "ook ouders op het schoolplein. Incidenten leggen wij vast in ParnasSys. De intern begeleider is "
          "anti-pestcoördinator; daarnaast is er een interne vertrouwenspersoon. Het veiligheidsplan, met "
          "ontruimingsoefeningen en BHV, wordt elk voorjaar in de MR besproken."),
    ("h3", "Openbaar in de praktijk"),
    ("p", "De Wierdenhof is een openbare school. In de praktijk betekent dat het volgende. Ieder kind is "
          "welkom, ongeacht geloof, achtergrond of inkomen van de ouders: geen kind wordt uitgesloten van het "
          "schoolreisje als ouders de vrijwillige bijdrage niet betalen. In groep 5 tot en met 8 kunnen ouders kiezen voor lessen godsdienstig vormingsonderwijs "
          "(protestants of islamitisch) of humanistisch vormingsonderwijs, wekelijks 45 minuten op woensdag, "
          "gegeven door vakdocenten. Kinderen die geen keuze maken, werken in "
          "dat uur met hun eigen leerkracht aan het thema 'Wie ben ik, wie ben jij?'."),
    ("p", "Wij vieren Sinterklaas, Kerst en het Suikerfeest met de hele school; bij elk feest vertellen "
          "kinderen of ouders wat het voor hen betekent. In de kring van maandagochtend vertellen kinderen over "
          "hun eigen gewoonten en feesten. Wij kiezen geen kant tussen levensbeschouwingen, maar leren "
          "kinderen respectvol en nieuwsgierig naar elkaar te kijken."),
    ("h3", "Communicatie"),
    ("p", "Over communicatie met ouders hebben wij de afgelopen jaren veel gesproken. Wij willen dat onze "
          "communicatie transparant en toegankelijk is. Dat werken wij in 2020 uit in een communicatieplan."),

    ("h1", "5. Vooruitstrevend"),
    ("h2", "Wat de koers vraagt"),
    ("p", "We werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. We zijn "
          "nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. En we geven gericht "
          "inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie: continue, fundamentele "
          "en radicale veranderingen."),
    ("h2", "Wat wij doen"),
    ("p", "Ons daltonconcept is onze profilering, en binnen dat concept vernieuwen wij. In 2018-2019 hebben "
          "twee bovenbouwgroepen proefgedraaid met 'eigen leerdoelen' in de weektaak: elk kind kiest op maandag "
          "voor rekenen of spelling één leerdoel uit de leerlijn, plant zelf wanneer het daarvoor naar de "
          "instructietafel komt en laat op vrijdag zien dat het doel gehaald is. Vanaf augustus 2019 werken alle groepen 6 tot "
          "en met 8 zo; in 2020-2021 volgen groep 4 en 5."),
    ("p", "In de zomer van 2020 richten wij de bovenbouw in als unit: de groepen 7 en 8 delen een leerplein met "
          "drie instructieruimtes en een stiltehoek, en de drie leerkrachten verdelen de instructie per niveau "
          "in plaats van per groep. Na een jaar evalueren wij de unit met leerlingen en ouders."),
    ("p", "Wij zijn een nieuwsgierige school en werken langs de drie horizonten van de ASG-innovatiestrategie."),

    ("h1", "6. Ambitieus"),
    ("h2", "Wat de koers vraagt"),
    ("p", "We hebben hoge verwachtingen van onze leerlingen en van elkaar. We zijn intrinsiek gemotiveerd om "
          "onszelf te blijven ontwikkelen en professionaliseren. We geven altijd het beste van onszelf."),
    ("h2", "Wat wij doen"),
    ("p", "Hoge verwachtingen maken wij concreet in de groepsplannen. Per vak stelt de leerkracht in september "
          "voor de groep een ambitie vast die boven de signaleringswaarde van de inspectie ligt, en voor ieder "
          "kind een doel op basis van zijn eigen groei. Op schoolniveau streven wij naar minimaal 96 procent "
          "van groep 8 op niveau 1F, en naar 65 procent op het "
          "streefniveau voor lezen (2F) en 45 procent voor rekenen (1S). In 2018 haalden wij 63 en 39 procent."),
    ("p", "Kinderen die meer aankunnen, krijgen dat ook. In de Denktank, onze plusklas, werken veertien "
          "leerlingen uit groep 5 tot en met 8 op dinsdagochtend aan filosofie, programmeren en Spaans; in de "
          "eigen groep compacten zij de basisstof. Bij het "
          "schooladvies in groep 8 kiezen wij bij twijfel tussen twee niveaus voor het hogere advies."),
    ("p", "Wij zijn intrinsiek gemotiveerd om ons te blijven ontwikkelen, en leerlingen en leerkrachten geven "
          "bij ons altijd het beste van zichzelf."),

    ("h1", "7. Goed en toegankelijk onderwijs"),
    ("h2", "Wat de koers vraagt"),
    ("p", "De kwaliteit van ons onderwijs is en blijft op orde. Ons stelsel van kwaliteitszorg is samenhangend, "
          "cyclisch, integraal en zichtbaar. ASG heeft een collectieve leercultuur, gericht op voortdurend "
          "verbeteren en innoveren. We maken deel uit van een dekkend netwerk van onderwijs- en "
          "zorgvoorzieningen in de stad, zodat alle leerlingen een passende onderwijsplek hebben. We hebben "
          "zicht op wat onze leerlingen nodig hebben. Wij ontwikkelen onderwijs passend bij de belevingswereld "
          "van onze leerlingen. Alle scholen hebben een toekomstgericht curriculum en beschrijven in hun "
          "(zorg)profiel duidelijk in welke leer- en zorgbehoeftes zij kunnen voorzien."),
    ("h2", "Wat wij doen"),
    ("h3", "Ons daltononderwijs en het onderwijsprogramma"),
    ("p", "Ons onderwijs rust op de vijf kernwaarden van dalton: vrijheid en verantwoordelijkheid, "
          "zelfstandigheid, samenwerking, effectiviteit en reflectie. Vanaf groep 1 werken kinderen met een "
          "taak: in de kleutergroepen met het planbord, vanaf groep 3 met een dagtaak en vanaf groep 5 met een "
          "weektaak met verplicht werk en keuzewerk, waarvan de kinderen zelf de volgorde bepalen."),
    ("p", "Het programma dekt de kerndoelen van het primair onderwijs. Wij gebruiken voor aanvankelijk lezen "
          "Veilig leren lezen, voor taal Taal actief, voor begrijpend lezen Nieuwsbegrip en voor rekenen "
          "Pluspunt; Engels begint in groep 5. De "
          "methoden zijn ons hulpmiddel, niet ons leerplan: per vak hebben wij de leerlijn naar de "
          "referentieniveaus 1F en 2F/1S uitgeschreven, en de instructie volgt het model van directe instructie "
          "aan de instructietafel. De leerlingen krijgen 940 uur onderwijs per jaar, in acht jaar 7.520 uur."),
    ("p", "Onze resultaten liggen boven de signaleringswaarden van de inspectie. De gemiddelde score op de "
          "Centrale Eindtoets was 535,0 in 2016, 534,4 in 2017 en 535,3 in 2018. Om de kwaliteit op orde te houden leidt "
          "elke daling die twee metingen achter elkaar in een groep optreedt tot een verbeterplan van "
          "leerkracht en intern begeleider, dat binnen zes weken wordt geëvalueerd."),
    ("p", "In 2019-2020 vervangen wij de losse methoden voor aardrijkskunde, geschiedenis en natuur en techniek "
          "door thematisch onderwijs met Blink Wereld. De groepen 3 tot en met 8 werken per jaar aan vijf "
          "thema's, die elk eindigen met een presentatie. Digitale geletterdheid krijgt een eigen leerlijn: vanaf 2020-2021 krijgen de groepen 5 tot "
          "en met 8 wekelijks 45 minuten les in programmeren, mediawijsheid en informatievaardigheden, gegeven "
          "door de ICT-coördinator. Wij "
          "ontwikkelen ons onderwijs passend bij de belevingswereld van onze leerlingen."),
    ("h3", "Burgerschap"),
    ("p", "Burgerschap leren onze kinderen vooral door het te doen. Elke groep houdt vanaf groep 3 om de twee "
          "weken een klassenvergadering met een agenda die de kinderen zelf vullen. De leerlingenraad, met twee gekozen leden uit elk van de groepen 5 tot en met 8, "
          "vergadert zes keer per jaar met de directeur en ontwierp dit jaar het nieuwe speelplein mee. "
          "In groep 7 bezoeken alle kinderen het stadhuis. In de thema's van wereldoriëntatie werken wij de doelen voor burgerschap uit: democratie, identiteit en "
          "diversiteit, en de wijk als gemeenschap."),
    ("h3", "Kwaliteitszorg"),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. In augustus stellen wij het jaarplan vast, dat "
          "doelen uit dit schoolplan uitwerkt. In februari en juni maken directeur en intern begeleider een "
          "trendanalyse van de toetsresultaten per groep en per vak, die het team vertaalt naar afspraken. "
          "Directeur en adjunct-directeur leggen bij iedere leerkracht twee "
          "klassenbezoeken per jaar af met een kijkwijzer die de daltonaspecten combineert met de "
          "ICALT-indicatoren. Met Werken met Kwaliteit (WMK) houden wij elk jaar twee zelfevaluaties en iedere "
          "twee jaar een peiling onder ouders, leerlingen en team, met verantwoording in het jaarverslag. Elke vijf jaar toetst de visitatiecommissie van de Nederlandse Dalton "
          "Vereniging ons daltononderwijs."),
    ("h3", "Samen leren in leerteams"),
    ("p", "Verbeteren doen wij samen. Het team werkt in drie leerteams (onderbouw, middenbouw, bovenbouw) die "
          "elke drie weken na schooltijd bijeenkomen. Een leerteam kiest per jaar één verbetervraag uit de "
          "trendanalyse, bezoekt elkaars lessen en presenteert in juni aan het hele team welke afspraak in de "
          "werkwijzer van de school komt."),
    ("h3", "Zicht op leerlingen en ondersteuning"),
    ("p", "De zorg voor leerlingen kent vier niveaus. Op niveau 1 werkt de leerkracht in de groep met drie "
          "instructieniveaus; op niveau 2 krijgt een kind verlengde instructie aan de instructietafel; op "
          "niveau 3 maken leerkracht en intern begeleider een handelingsplan en zetten wij de onderwijsassistent "
          "in; op niveau 4 vragen wij via het ondersteuningsteam hulp van buiten de school. Het "
          "ondersteuningsteam (intern begeleider, orthopedagoog van het Samenwerkingsverband Passend Onderwijs "
          "Almere, schoolmaatschappelijk werker en jeugdverpleegkundige) komt zes keer per jaar bijeen, altijd "
          "met de ouders erbij."),
    ("p", "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2018) staat wat wij kunnen bieden. Naast de "
          "basisondersteuning volgens de afspraken van het samenwerkingsverband bieden wij extra ondersteuning "
          "bij dyslexie (protocol leesproblemen en dyslexie, extra leestijd met BOUW! in groep 2 tot en met 4), "
          "bij meer- en hoogbegaafdheid (de Denktank) en bij lichte gedragsproblemen (een gedragsplan met "
          "beloningskaart, in overleg met ouders). Onze grenzen liggen bij kinderen die een groot deel van de "
          "dag een-op-een begeleiding nodig hebben en bij ernstige agressie."),
    ("p", "Lukt het ons niet, dan zoeken wij met ouders en het samenwerkingsverband een passende plek, "
          "bijvoorbeeld in het speciaal basisonderwijs in Almere Haven; in 2017-2018 ging het om twee kinderen, "
          "die beiden met een toelaatbaarheidsverklaring zonder wachttijd konden overstappen. De vaste "
          "contactpersoon van het wijkteam houdt op donderdagochtend spreekuur in de school."),
    ("h2", "Onze doelen"),
    ("t", (["Doel", "Meetbaar of merkbaar resultaat", "Wanneer", "Eigenaar"], [
        ["Eigen leerdoelen in de weektaak", "90% van de kinderen in groep 4-8 kan in het kindgesprek zijn "
         "eigen leerdoel noemen; zichtbaar bij klassenbezoek", "groep 6-8 in 2019-2020, groep 4-5 in 2020-2021",
         "bouwcoördinator bovenbouw"],
        ["Lezen op streefniveau", "65% van groep 8 op 2F lezen (2018: 63%)", "eindtoets 2021", "intern begeleider"],
        ["Rekenen op streefniveau", "45% van groep 8 op 1S rekenen (2018: 39%)", "eindtoets 2022",
         "intern begeleider"],
        ["Thematische wereldoriëntatie met Blink", "vijf thema's per jaar in groep 3-8, elk met presentatie",
         "ingevoerd 2019-2020, evaluatie juni 2020", "werkgroep Wereld"],
        ["Leerlijn digitale geletterdheid", "wekelijks 45 minuten in groep 5-8; leerlijn vastgelegd",
         "start augustus 2020", "ICT-coördinator"],
        ["Daltonvisitatie", "licentie verlengd zonder herstelopdrachten", "voorjaar 2021", "directeur"],
        ["Leerteams", "elk leerteam één verbetervraag per jaar, presentatie in juni", "jaarlijks",
         "adjunct-directeur"],
        ["SOP herzien", "herzien SOP besproken in de MR en gepubliceerd", "1 maart 2020", "intern begeleider"],
    ])),

    ("h1", "8. Personeel in positie"),
    ("h2", "Wat de koers vraagt"),
    ("p", "Medewerkers voelen zich betrokken bij en trots op ASG. ASG heeft aandacht voor het welbevinden in "
          "elke levensfase van alle medewerkers. Alle medewerkers werken aantoonbaar aan hun professionele "
          "ontwikkeling, onder meer via de ASG Academie. Medewerkers nemen deel aan leergemeenschappen en "
          "netwerken en dragen bij aan de leercultuur. Zij ervaren erkenning van hun professionaliteit en "
          "expertise en voelen zich gezien. Alle onbevoegde leraren worden actief ondersteund bij het halen van "
          "hun bevoegdheid, en de jaarlijkse gesprekscyclus is ASG-breed geïmplementeerd."),
    ("h2", "Wat wij doen"),
    ("p", "Wij zijn trots op ons team en willen dat iedere collega zich gezien en erkend voelt."),
    ("p", "Daltononderwijs vraagt vakmanschap. Iedere leerkracht die bij ons begint, haalt binnen twee "
          "schooljaren het daltoncertificaat via de daltonopleiding van Saxion Hogeschool; de school betaalt de "
          "opleiding en geeft twintig uur studietijd. Op dit moment hebben veertien van de zeventien leerkrachten "
          "het certificaat. De onderwijsassistenten volgen in 2019-2020 de cursus 'Werken met "
          "kleine groepen' van de ASG Academie. Alle leerkrachten nemen deel aan een van de drie leerteams die "
          "in hoofdstuk 7 zijn beschreven."),
    ("p", "Werkdruk is bij ons het grootste aandachtspunt: in de peiling van 2018 vond 40 procent van het team "
          "de werkdruk te hoog. Met de werkdrukmiddelen betalen wij, na een stemming in het team, twee "
          "onderwijsassistenten (1,6 fte) voor de kleine instructiegroepjes. Wij houden rekening met de levensfase "
          "van collega's: starters krijgen het eerste jaar een coach en twee uur per week extra "
          "voorbereidingstijd; collega's met jonge kinderen kunnen hun werkdagen voor vier jaar vastleggen; "
          "collega's van 57 jaar en ouder kunnen hun seniorenuren uit de cao als vaste vrije middag opnemen."),
    ("p", "Twee collega's zijn zij-instromer. Zij werken in groep 4 en groep 6 terwijl zij de verkorte pabo "
          "volgen aan Hogeschool Windesheim Flevoland. Zij hebben een vaste coach uit het team, een wekelijks "
          "coachgesprek en vier uur per week studietijd, die wij uit het schoolbudget betalen. Beiden ronden hun "
          "opleiding naar verwachting in 2021 af."),
    ("p", "Iedere medewerker heeft jaarlijks drie gesprekken: een startgesprek in september over de eigen "
          "doelen, een klassenbezoek met nagesprek en een functioneringsgesprek in het voorjaar. Eens in de drie "
          "jaar is er een beoordelingsgesprek. De verslagen en het bekwaamheidsdossier staan in het digitale "
          "personeelsdossier in Youforce. Bij het klassenbezoek gebruiken wij de kijkwijzer uit de kwaliteitszorg "
          "voor het pedagogisch en didactisch handelen. Wie op een onderdeel onder de basis scoort, "
          "krijgt begeleiding van de adjunct-directeur en een tweede klassenbezoek binnen tien weken."),
    ("h2", "Onze doelen"),
    ("t", (["Doel", "Meetbaar of merkbaar resultaat", "Wanneer", "Eigenaar"], [
        ["Alle leerkrachten daltongecertificeerd", "17 van de 17 leerkrachten (nu 14)", "juli 2021", "directeur"],
        ["Werkdruk omlaag", "aandeel dat de werkdruk te hoog vindt van 40% naar 25%",
         "peiling voorjaar 2021 en 2023", "directeur en personeelsgeleding MR"],
        ["Zij-instromers bevoegd", "beide zij-instromers hebben hun pabodiploma", "juli 2021", "adjunct-directeur"],
        ["Gesprekscyclus volledig", "100% van de medewerkers heeft jaarlijks start- en functioneringsgesprek, "
         "vastgelegd in Youforce", "elk jaar gecontroleerd in juni", "directeur"],
        ["Begeleiding starters", "iedere starter een coach en twee uur extra voorbereidingstijd; evaluatie na "
         "jaar 1", "vanaf 2019-2020", "adjunct-directeur"],
    ])),

    ("h1", "9. De meerwaarde van ASG"),
    ("h2", "Wat de koers vraagt"),
    ("p", "Binnen ASG ontmoeten collega's van alle scholen en het servicebureau elkaar regelmatig. We delen de "
          "opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen. "
          "Medewerkers weten van elkaar wie ze moeten benaderen voor welke expertise. Door onze schaalgrootte "
          "beschikken we over interne expertise op veel beleidsgebieden. En we hebben een divers en op elkaar "
          "aansluitend aanbod, zodat wij alle leerlingen een passende onderwijsloopbaan kunnen bieden."),
    ("h2", "Wat wij doen"),
    ("p", "Als school van ASG zien wij de meerwaarde van een grote organisatie. Wij vinden het belangrijk dat "
          "onze collega's collega's van andere ASG-scholen ontmoeten en dat wij de opbrengst van ons leren met "
          "elkaar delen; de komende jaren willen wij daar meer werk van maken. Ook vinden wij het waardevol dat "
          "ASG een divers aanbod heeft, waarin onze daltonschool een eigen plek heeft."),
    ("p", "Praktisch maken wij al veel gebruik van het servicebureau. De personeels- en salarisadministratie, "
          "de financiële administratie en het beheer van onze ICT-omgeving liggen daar. De directeur bespreekt "
          "elk kwartaal de uitputting van de begroting met de controller van het servicebureau, en bij de "
          "vervanging van het kleutermeubilair in 2018 heeft de inkoopafdeling de aanbesteding voor ons gedaan."),
    ("h2", "Onze doelen"),
    ("t", (["Doel", "Meetbaar of merkbaar resultaat", "Wanneer", "Eigenaar"], [
        ["Meer verbinding met andere ASG-scholen", "nader te bepalen", "doorlopend", "directeur"],
        ["Deelname aan ASG-brede bijeenkomsten", "wij zijn erbij", "2019-2023", "team"],
        ["Kennis delen binnen ASG", "wordt in een jaarplan uitgewerkt", "nog te bepalen", "directie"],
    ])),

    ("h1", "10. Partnerschap"),
    ("h2", "Wat de koers vraagt"),
    ("p", "Ouders zijn betrokken bij het leerproces van hun kind. De medezeggenschap is een klankbord voor "
          "ideeën en een sparringpartner voor directies of bestuur bij voorgenomen beleid en de uitvoering "
          "daarvan. ASG-brede medezeggenschap is belegd in een overkoepelende medezeggenschapsraad. ASG werkt "
          "proactief samen met een breed scala aan partners, en scholen werken nauw samen met maatschappelijke "
          "partners in de nabije omgeving."),
    ("h2", "Wat wij doen"),
    ("p", "Ouders zien bij ons hoe hun kind leert. Twee keer per jaar, in november en in maart, voeren wij "
          "driehoeksgesprekken: het kind laat aan ouders en leerkracht zijn portfolio en weektaak zien en "
          "vertelt wat het heeft geleerd en waaraan het nog werkt. Vanaf groep 6 leidt het kind het gesprek zelf. "
          "Op iedere eerste vrijdag van de maand is er van 8.30 tot 9.15 uur een daltoninloop: ouders kijken mee "
          "terwijl hun kind aan de taak werkt. In november 2018 kwam 92 procent "
          "van de ouders naar het driehoeksgesprek."),
    ("p", "De medezeggenschapsraad bestaat uit drie ouders en drie teamleden en vergadert zes keer per jaar. "
          "De directeur legt plannen in een vroeg stadium voor als 'denkstuk', voordat er een besluit ligt. Zo "
          "heeft de MR in 2018 meegedacht over de invoering van het continurooster en over de inzet van de "
          "werkdrukmiddelen; op voorstel van de oudergeleding is het continurooster met een proefjaar ingevoerd."),
    ("p", "Wij werken nauw samen met de partners in en om ons gebouw. Met Kinderopvang De Haventjes, die in "
          "onze school de peuteropvang en de buitenschoolse opvang verzorgt, hebben wij een doorgaande lijn voor "
          "voor- en vroegschoolse educatie: dezelfde thema's en woordenlijsten, en een overdrachtsgesprek voor "
          "ieder kind. De Bibliotheek Almere verzorgt "
          "de Bibliotheek op school: een leesconsulent is elke dinsdag op school en ondersteunt de leerkrachten "
          "bij leesbevordering. De buurtsportcoach van Almere "
          "Haven geeft na schooltijd twee keer per week sportclinics op het schoolplein."),
    ("p", "Als daltonschool maken wij deel uit van de Nederlandse Dalton Vereniging. De directeur is lid van "
          "het regiobestuur Flevoland-Gooi, dat vier keer per jaar een netwerkbijeenkomst organiseert voor "
          "daltonscholen. Twee leerkrachten zitten in de landelijke werkgroep 'Dalton in de onderbouw'."),
    ("h2", "Onze doelen"),
    ("t", (["Doel", "Meetbaar of merkbaar resultaat", "Wanneer", "Eigenaar"], [
        ["Driehoeksgesprekken", "minimaal 90% van de ouders aanwezig; vanaf groep 6 leidt het kind het gesprek",
         "jaarlijks in november en maart", "leerkrachten"],
        ["Daltoninloop", "gemiddeld 40 ouders per inloop; evaluatie met ouders", "evaluatie juni 2020",
         "adjunct-directeur"],
        ["Doorgaande lijn met De Haventjes", "gezamenlijke thema's; overdrachtsgesprek voor 100% van de "
         "instromende peuters", "jaarlijks, evaluatie in juni", "bouwcoördinator onderbouw"],
        ["Leesplezier met de Bibliotheek op school", "leesplezier in de monitor van de Bibliotheek op school van "
         "68% naar 75%", "2022", "leescoördinator"],
    ])),

    ("h1", "11. Vaststelling"),
    ("p", "Dit schoolplan is besproken in het team op 7 mei 2019. De medezeggenschapsraad heeft in de "
          "vergadering van 21 mei 2019 meegedacht over het plan en positief geadviseerd. De MR vroeg om in het "
          "jaarplan 2019-2020 aandacht voor de werkdruk."),
    ("p", "Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 2 juli 2019 "
          "vastgesteld."),
    ("t", (["Functie", "Naam", "Datum en handtekening"], [
        ["Directeur De Wierdenhof", "Hanneke Groenveld", "11 juni 2019"],
        ["Namens het College van Bestuur ASG", "", "2 juli 2019"],
    ])),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)
    doc.core_properties.author = "Hanneke Groenveld"
    doc.core_properties.title = "Schoolplan 2019-2023 De Wierdenhof"
    doc.core_properties.created = DATUM
    doc.core_properties.modified = DATUM
    doc.core_properties.last_modified_by = "Hanneke Groenveld"
    doc.core_properties.revision = 3

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2019-2023 De Wierdenhof - pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    doc.add_paragraph("Schoolplan 2019-2023", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Openbare Daltonschool De Wierdenhof")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Almere Haven · een school van de Almeerse Scholen Groep")
    doc.add_paragraph("Planperiode 1 augustus 2019 tot en met 31 juli 2023 · versie 1.0, juni 2019")
    doc.add_page_break()

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(str(inhoud), level=1)
        elif soort == "h2":
            doc.add_heading(str(inhoud), level=2)
        elif soort == "h3":
            doc.add_heading(str(inhoud), level=3)
        elif soort == "p":
            doc.add_paragraph(str(inhoud))
        elif soort == "ul":
            for item in inhoud:  # type: ignore[union-attr]
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "t":
            kop, rijen = inhoud  # type: ignore[misc]
            tabel(doc, kop, rijen)
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_55_wierdenhof_dalton.docx")
