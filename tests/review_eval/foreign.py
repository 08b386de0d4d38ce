"""Three schoolplannen NOT made by Koerswijzer, each with its own structure, built with python-docx.

Fictional schools under ASG; all people and figures are made up. The truth for these documents is in
``truth.yaml`` and was written by reading the text below against ASG Koers 22 (see README.md).

- ``vreemd-kompasroos``: organised by themes (Identiteit, Onderwijs, Personeel, Kwaliteitszorg, Ouders
  en omgeving) with Word's built-in Heading styles. Leaves venster 3 out.
- ``vreemd-lumen``: numbered headings in custom styles with Dutch names ("Kop 1", "Kop 2", "Titel"),
  and goal tables with the columns Doel / Activiteiten / Wie / Wanneer / Resultaat (/ Evaluatie).
  Leaves venster 4 (and Open, Gezien worden) out.
- ``vreemd-zeeklaver``: no heading styles at all; its "headings" are bold Normal paragraphs. Leaves
  venster 2 out.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

Item = tuple  # ("title" | "h1" | "h2" | "p", text) or ("bullets", [texts]) or ("table", [[cells], ...])

KOMPASROOS: list[Item] = [
    ("title", "Schoolplan 2024-2028 OBS De Kompasroos"),
    ("h1", "Inleiding"),
    ("p", ("Dit schoolplan beschrijft de koers van OBS De Kompasroos voor de schooljaren 2024-2025 tot en met "
           "2027-2028. Het plan is geschreven door de directie samen met het team, de intern begeleider en de "
           "medezeggenschapsraad. Wij hebben Koers 22 van de Almeerse Scholen Groep als kader gebruikt, maar het "
           "plan volgt onze eigen thema's. De MR heeft op 4 juni 2024 ingestemd met dit plan.")),
    ("h1", "Onze school"),
    ("p", ("De Kompasroos is een openbare basisschool in Almere Haven met 310 leerlingen in twaalf groepen. Ruim "
           "een derde van de leerlingen spreekt thuis een andere taal dan Nederlands, en het aantal leerlingen met "
           "een eigen leerlijn is de laatste jaren gegroeid. De inspectie beoordeelde de school in 2023 als "
           "voldoende. De eindtoets lag de afgelopen drie jaar rond het landelijk gemiddelde, maar het percentage "
           "leerlingen dat het streefniveau 2F voor lezen haalt, bleef achter (48% tegen 59% landelijk).")),
    ("p", ("Onze missie is kort: ieder kind telt en ieder kind groeit. Wij willen een school zijn waar kinderen "
           "zich veilig en welkom voelen, waar zij uitgedaagd worden en waar ouders partner zijn.")),
    ("h1", "Identiteit"),
    ("h2", "Een openbare school voor iedereen"),
    ("p", ("Als openbare school staan wij open voor alle kinderen, ongeacht hun afkomst, geloof of overtuiging. "
           "In de klas besteden wij aandacht aan verschillende levensbeschouwingen, en in de groepen 7 en 8 "
           "bezoeken de leerlingen een moskee, een kerk en een humanistische organisatie. Verschillen tussen "
           "kinderen en tussen collega's zien wij als een rijkdom: in de kringgesprekken leren kinderen luisteren "
           "naar een andere mening en hun eigen mening onderbouwen.")),
    ("h2", "Welkom op De Kompasroos"),
    ("p", ("Iedereen die binnenkomt, moet zich welkom voelen. Elke ochtend staan de leerkrachten bij de deur van "
           "hun lokaal en geven zij ieder kind een hand. Nieuwe gezinnen krijgen een rondleiding door leerlingen "
           "van de leerlingenraad en een maatje voor hun kind in de eerste weken. Voor ouders die de Nederlandse "
           "taal nog niet goed beheersen, zetten wij tolken in. In het tevredenheidsonderzoek van 2023 gaven "
           "ouders de sfeer op school een 8,1.")),
    ("h2", "Respect en veiligheid"),
    ("p", ("Wij werken met de methode Kwink voor sociaal-emotioneel leren en hebben met de kinderen in elke groep "
           "klassenafspraken gemaakt. Pesten pakken wij direct aan volgens ons pestprotocol. De sociale veiligheid "
           "meten wij elk jaar met een monitor in de groepen 5 tot en met 8; in 2023 voelde 94% van de leerlingen "
           "zich veilig op school. De leerlingenraad praat iedere maand mee over de sfeer op het plein en in de "
           "school, en de directie geeft op elk voorstel binnen twee weken antwoord. Ook de mening van ouders "
           "vragen wij actief: om de twee jaar in een tevredenheidsonderzoek en tussendoor in een ouderpanel.")),
    ("h2", "Communicatie met ouders"),
    ("p", ("Wij informeren ouders via de Parro-app, een nieuwsbrief per maand en twee keer per jaar een "
           "oudergesprek. Berichten schrijven wij in eenvoudige taal, en belangrijke berichten vertalen wij in het "
           "Engels, Arabisch en Turks. Ouders kunnen iedere ochtend zonder afspraak een leerkracht aanspreken; bij "
           "zorgen over hun kind nemen wij binnen een dag contact op.")),
    ("h1", "Onderwijs"),
    ("h2", "Lezen en taal"),
    ("p", ("Lezen is de komende jaren ons belangrijkste speerpunt. Wij volgen de kerndoelen en werken toe naar de "
           "referentieniveaus 1F en 2F. Vanaf 2024 lezen alle groepen dagelijks twintig minuten vrij, werken wij "
           "met rijke teksten bij wereldoriëntatie en krijgen leerlingen met een leesachterstand extra instructie "
           "in kleine groepen.")),
    ("p", ("Wij hebben hoge verwachtingen van onze leerlingen: elk kind krijgt een streefniveau dat boven het "
           "huidige niveau ligt, en wij bespreken dat streefniveau met het kind en de ouders. Leerlingen vanaf "
           "groep 5 houden een portfolio bij waarin zij hun eigen leerdoelen stellen, en zij bespreken die doelen "
           "in het kindgesprek met hun leerkracht.")),
    ("p", "Wat willen wij in 2028 bereikt hebben?"),
    ("bullets", ["Minstens 65% van de leerlingen in groep 8 haalt het niveau 2F voor lezen.",
                 "Elke groep werkt met een leesplan.",
                 "In de leerlingenpeiling zegt 80% van de leerlingen dat zij graag lezen."]),
    ("h2", "Passend onderwijs en ondersteuning"),
    ("p", ("In ons schoolondersteuningsprofiel staat welke basisondersteuning iedere leerling krijgt en welke "
           "extra ondersteuning wij kunnen bieden, bijvoorbeeld voor kinderen met dyslexie, een "
           "taalontwikkelingsstoornis of gedragsproblemen. Waar onze mogelijkheden ophouden, zoeken wij samen met "
           "ouders en het samenwerkingsverband Passend Onderwijs Almere een passende plek. De intern begeleider "
           "bespreekt drie keer per jaar alle leerlingen met de leerkracht aan de hand van toetsgegevens, "
           "observaties en gesprekken met het kind, zodat wij weten wat iedere leerling nodig heeft.")),
    ("h2", "Burgerschap"),
    ("p", ("Burgerschap geven wij vorm in de leerlingenraad, in projecten over democratie en in de jaarlijkse week "
           "van de diversiteit. Groep 8 loopt een dag mee bij de gemeenteraad. Wij hebben een doorlopende leerlijn "
           "burgerschap voor de groepen 1 tot en met 8 opgesteld, die wij in 2025 evalueren.")),
    ("h2", "Nieuwe vormen van leren"),
    ("p", ("In de groepen 7 en 8 experimenteren wij sinds 2023 met onderzoekend leren: leerlingen formuleren zelf "
           "een onderzoeksvraag bij wereldoriëntatie, zoeken het antwoord uit en presenteren dat aan hun ouders. "
           "Wij willen deze aanpak uitbreiden naar de groepen 5 en 6 als de evaluatie positief is.")),
    ("h1", "Personeel"),
    ("p", ("Ons team bestaat uit 24 medewerkers. Leerkrachten volgen elk jaar minstens één scholing, vaak via de "
           "ASG Academie; de scholing sluit aan bij ons speerpunt lezen. In de jaarlijkse gesprekscyclus bespreekt "
           "de directeur met iedere medewerker zijn ontwikkeling, zijn welbevinden en de werkdruk. Nieuwe "
           "collega's krijgen een coach uit het team.")),
    ("p", ("Het ziekteverzuim was in 2023 met 6,4% hoger dan wij willen. Wij verminderen de werkdruk door vaste "
           "administratieloze weken en door onderwijsassistenten in de onderbouw in te zetten. Wie zich ziek meldt, "
           "wordt dezelfde week nog gebeld door de directeur.")),
    ("h1", "Kwaliteitszorg"),
    ("p", ("Wij werken cyclisch aan kwaliteit volgens de PDCA-cyclus. Het schoolplan vertalen wij elk jaar in een "
           "jaarplan met concrete doelen; in juni evalueren wij dat plan in het team en leggen wij de resultaten "
           "vast in het jaarverslag. Twee keer per jaar analyseren de leerkrachten in hun bouw samen de "
           "toetsresultaten en maken zij een plan voor de volgende periode. Met de kwaliteitskaarten van het "
           "bestuur voeren wij om de twee jaar een zelfevaluatie uit, en de uitkomsten bespreken wij met het "
           "bestuur in het kwaliteitsgesprek.")),
    ("h1", "Ouders en omgeving"),
    ("p", ("Ouders zijn onze partners. Bij de start van het schooljaar voeren wij met alle ouders een startgesprek "
           "over hun kind, en ouders van leerlingen met een leesachterstand krijgen tips en boeken om thuis samen "
           "te lezen. De ouderraad organiseert feesten en helpt bij excursies.")),
    ("p", ("De medezeggenschapsraad denkt mee over alle belangrijke besluiten, zoals de inzet van de NPO-middelen "
           "en de keuze van een nieuwe leesmethode. Wij leggen plannen vroeg aan de MR voor, zodat de ideeën van "
           "ouders en personeel nog kunnen meewegen.")),
    ("p", ("In de wijk werken wij samen met de bibliotheek, die wekelijks een leesconsulent op school heeft, met "
           "kinderopvang De Kleine Haven, waarmee wij een doorgaande lijn van peuter naar kleuter maken, en met "
           "het wijkteam, dat bij zorgen over een gezin snel kan aansluiten. Voor onze leerlingen betekent dat meer "
           "boeken, een soepele start in groep 1 en hulp dichtbij.")),
]

LUMEN: list[Item] = [
    ("title", "Schoolplan Lumen College 2024-2028"),
    ("h1", "1 Inleiding"),
    ("p", ("Dit schoolplan beschrijft de koers van het Lumen College voor de schooljaren 2024-2025 tot en met "
           "2027-2028. Het plan bouwt voort op het vorige schoolplan en op de evaluatie daarvan in het voorjaar van "
           "2024. Schoolleiding, secties en leerlingenraad hebben eraan meegeschreven. De medezeggenschapsraad "
           "heeft op 13 juni 2024 met het plan ingestemd.")),
    ("h1", "2 Missie en visie"),
    ("p", ("Het Lumen College is een school voor mavo, havo en vwo in Almere Stad. Onze missie is: licht op "
           "talent. Wij willen dat elke leerling ontdekt wat hij kan, en dat wij hem zo ver mogelijk brengen. Wij "
           "geloven dat leerlingen beter leren als zij begrijpen waarom zij iets leren en zelf keuzes maken in hun "
           "leerproces.")),
    ("h1", "3 Analyse"),
    ("p", ("Het Lumen College telt 950 leerlingen en 96 medewerkers. De resultaten zijn wisselend. De mavo "
           "presteert boven de norm van de inspectie, maar het bovenbouwsucces van de havo lag de afgelopen drie "
           "jaar onder de norm (gemiddeld 76%). Het ziekteverzuim van het personeel steeg naar 7,1% in 2023. Voor "
           "wiskunde en natuurkunde is het moeilijk bevoegde docenten te vinden; vier docenten zijn nog in "
           "opleiding. In de leerlingenenquête geven leerlingen de lessen een 6,6; zij vragen om meer afwisseling "
           "en meer uitleg op hun eigen niveau.")),
    ("h1", "4 Beleidsvoornemens"),
    ("p", ("In dit hoofdstuk beschrijven wij per thema wat wij willen bereiken. Elk thema eindigt met een tabel "
           "met onze doelen voor de planperiode.")),
    ("h2", "4.1 Onderwijs en leerresultaten"),
    ("p", ("Een goede les op het Lumen College heeft een duidelijk lesdoel, een korte instructie, actieve "
           "verwerking en een afsluiting waarin leerlingen laten zien wat zij geleerd hebben. Deze kenmerken staan "
           "in onze kijkwijzer, die teamleiders en collega's gebruiken bij lesbezoeken. Docenten sluiten aan bij de "
           "leefwereld van de leerlingen, bijvoorbeeld met actuele voorbeelden uit Almere en met opdrachten die "
           "leerlingen zelf kunnen kiezen.")),
    ("p", ("Het curriculum van de onderbouw herzien wij de komende jaren, zodat het aansluit bij wat leerlingen "
           "later nodig hebben. Een curriculumgroep met docenten uit alle secties maakt leerlijnen voor digitale "
           "geletterdheid en burgerschap, op basis van de kerndoelen en de nieuwe examenprogramma's. Burgerschap "
           "krijgt vorm in het vak maatschappijleer, in debatlessen en in de leerlingenraad.")),
    ("p", ("Iedere leerling heeft een mentor die hem goed kent. De mentor voert drie keer per jaar een gesprek met "
           "de leerling en bespreekt de resultaten in de leerlingbespreking. Ons schoolondersteuningsprofiel "
           "beschrijft de basisondersteuning en de extra ondersteuning in het ondersteuningscentrum, zoals "
           "begeleiding bij dyslexie, faalangst en autisme. Als wij een leerling niet passend kunnen ondersteunen, "
           "zoeken wij met het samenwerkingsverband een betere plek.")),
    ("table", [["Doel", "Activiteiten", "Wie", "Wanneer", "Resultaat", "Evaluatie"],
               ["Meer havoleerlingen halen zonder vertraging hun diploma.",
                ("Steunlessen wiskunde en Engels in havo 4; studievaardigheden in het mentoruur; na elke toetsweek "
                "een analyse per sectie."),
                "Teamleider havo (Erik Postma)", "2024-2025 tot en met 2026-2027",
                "Het bovenbouwsucces van de havo stijgt van 76% naar ten minste 85%.",
                "Jaarlijks in oktober, in de opbrengstenanalyse met de schoolleiding"],
               ["Alle lessen voldoen aan de kijkwijzer.",
                "Collegiale lesbezoeken, twee per docent per jaar; scholing over activerende didactiek.",
                "Teamleiders", "2024-2025",
                "In 90% van de bezochte lessen zijn alle kenmerken van de kijkwijzer zichtbaar.",
                "Juni 2025 en juni 2026"],
               ["De onderbouw werkt met een herzien curriculum.",
                "Curriculumgroep; leerlijnen digitale geletterdheid en burgerschap; invoering per leerjaar.",
                "Curriculumgroep (voorzitter Anouk de Wit)", "2025-2026",
                "De leerlijnen zijn ingevoerd in klas 1 tot en met 3.", "Juni 2027"]]),
    ("h2", "4.2 Ambitie en eigenaarschap"),
    ("p", ("Wij verwachten veel van onze leerlingen. Iedere leerling krijgt in de brugklas een advies dat "
           "uitdaagt, en wie meer kan, mag vakken op een hoger niveau volgen. Leerlingen houden vanaf klas 2 een "
           "portfolio bij met hun eigen leerdoelen en bespreken dat met hun mentor; zo worden zij eigenaar van hun "
           "leerproces.")),
    ("p", ("Ook van onszelf verwachten wij veel. In het team hebben wij afspraken gemaakt over gedrag en houding: "
           "wij beginnen op tijd, geven leerlingen binnen tien werkdagen hun cijfer en spreken elkaar aan als "
           "afspraken niet worden nagekomen. Teamleiders bespreken dit in de jaarlijkse gesprekken. Docenten "
           "werken in intervisiegroepen aan hun vakmanschap, en een groeiende groep docenten doet uit eigen "
           "beweging onderzoek naar de eigen lespraktijk.")),
    ("table", [["Doel", "Activiteiten", "Wie", "Wanneer", "Resultaat"],
               ["Alle leerlingen van klas 2 tot en met 4 werken met een portfolio met eigen leerdoelen.",
                "Portfolio in Magister; twee portfoliogesprekken per jaar met de mentor; training voor mentoren.",
                "Coördinator mentoraat (Yasmina Haddou)", "2024-2025",
                "90% van de leerlingen legt twee keer per jaar eigen leerdoelen vast."]]),
    ("h2", "4.3 Innovatie en digitale geletterdheid"),
    ("p", ("Wij vernieuwen ons onderwijs langs de drie horizonten van de innovatiestrategie van ASG. Bij de eerste "
           "horizon verbeteren wij wat er is, zoals onze toetsing. Bij de tweede horizon veranderen wij de "
           "organisatie van het leren: vanaf 2025 krijgen leerlingen keuze-uren waarin zij zelf bepalen aan welk "
           "vak zij extra werken. Bij de derde horizon verkennen wij met een ontwerpteam hoe kunstmatige "
           "intelligentie het leren kan veranderen.")),
    ("p", ("Innovatie krijgt bij ons tijd en ruimte. Het ontwerpteam en de docenten die een pilot leiden, krijgen "
           "daarvoor uren in het taakbeleid, en elke pilot heeft een onderzoeksvraag en een evaluatie. Leerlingen "
           "leren onderzoeken in een doorlopende lijn van de brugklas tot het profielwerkstuk, en docenten kunnen "
           "een onderzoekscursus volgen om hun eigen lessen te onderzoeken.")),
    ("p", ("Wat wij leren van onze pilots, delen wij. De resultaten bespreken wij in de sectievergaderingen en "
           "nemen wij op in het jaarverslag, en op de ASG-brede studiedag presenteert het ontwerpteam zijn "
           "bevindingen aan collega's van andere scholen.")),
    ("table", [["Doel", "Activiteiten", "Wie", "Wanneer", "Resultaat", "Evaluatie"],
               ["Leerlingen van klas 1 tot en met 3 kiezen vier keuze-uren per week.",
                ("Pilot in klas 1 in 2024-2025; invoering in klas 2 en 3 in 2025-2026; keuzemodule in het rooster; "
                "mentoren begeleiden de keuze."),
                "Innovatiecoördinator (Joost Verbeek)", "2025-2026",
                "Ten minste 75% van de leerlingen vindt de keuze-uren nuttig (leerlingenpeiling).",
                "Na elk semester met leerlingen; eindevaluatie in juni 2026 met de MR"]]),
    ("h2", "4.4 Personeel en professionalisering"),
    ("p", ("Goed onderwijs vraagt goede docenten. Iedere medewerker heeft elk jaar een ontwikkelgesprek en eens in "
           "de twee jaar een beoordelingsgesprek, zoals de gesprekscyclus van ASG voorschrijft. In het "
           "ontwikkelgesprek maken medewerker en leidinggevende afspraken over scholing, bijvoorbeeld via de ASG "
           "Academie; de afspraken en de verslagen komen in het personeelsdossier.")),
    ("p", ("Onbevoegde docenten krijgen een opleidingsplan, een coach uit de sectie en twee uur studietijd per "
           "week in het rooster, en wij vergoeden hun collegegeld. Daarnaast zijn wij opleidingsschool: wij "
           "begeleiden elk jaar vijftien studenten van de lerarenopleidingen, en wie bij ons stage loopt, krijgt "
           "voorrang bij een vacature.")),
    ("p", ("Het verzuim willen wij terugdringen. Wij verminderen de werkdruk door minder vergaderingen en een "
           "vaste lesvrije middag per maand, en welbevinden is een vast onderwerp in het ontwikkelgesprek. Bij "
           "verzuim neemt de leidinggevende binnen een dag contact op.")),
    ("table", [["Doel", "Activiteiten", "Wie", "Wanneer", "Resultaat"],
               ["Het ziekteverzuim daalt.",
                "Werkdrukplan met de MR; lesvrije middag; verzuimbegeleiding met de bedrijfsarts.",
                "Rector (Marieke Smit)", "2024-2026", "Het verzuim daalt van 7,1% naar 5,5%."]]),
    ("h2", "4.5 Samenwerking binnen ASG"),
    ("p", ("De secties wiskunde en Nederlands werken samen met de secties van twee andere ASG-scholen voor "
           "voortgezet onderwijs: zij maken samen toetsen en bespreken de resultaten. Onze decanen overleggen met "
           "de ASG-basisscholen in de wijk over de overstap van groep 8 naar de brugklas.")),
    ("h1", "5 Kwaliteitszorg"),
    ("p", ("Wij werken met een kwaliteitscyclus volgens plan-do-check-act. Het schoolplan werken wij elk jaar uit "
           "in een jaarplan per afdeling; in januari en juni evalueren de teams hun doelen, en de resultaten staan "
           "in het jaarverslag. Elke sectie analyseert na iedere toetsweek de resultaten en bespreekt wat zij "
           "daarvan leert; wij willen dat onderzoeken en verbeteren gewoon wordt. Om de twee jaar voeren wij een "
           "interne audit uit met collega's van andere ASG-scholen.")),
    ("p", ("Voor de sturing gebruiken wij een dashboard met resultaten, verzuim en tevredenheid per afdeling. Wij "
           "vragen het bestuur om de kwartaalrapportage op dezelfde indicatoren te baseren, zodat wij niet twee "
           "keer hoeven te rapporteren en schoolleiding en bestuur naar dezelfde cijfers kijken.")),
]

ZEEKLAVER: list[Item] = [
    ("title", "Schoolplan 2024-2028"),
    ("p", "Kindcentrum De Zeeklaver, Almere Poort"),
    ("h1", "Voorwoord"),
    ("p", ("Voor u ligt het schoolplan van Kindcentrum De Zeeklaver. In dit plan beschrijven wij waar wij de "
           "komende vier jaar aan werken. Het plan is in het voorjaar van 2024 besproken met het team, de "
           "kinderraad en de ouders, en de medezeggenschapsraad heeft er op 28 mei 2024 mee ingestemd. Het "
           "schoolplan geldt van augustus 2024 tot en met juli 2028.")),
    ("h1", "1. Wie wij zijn"),
    ("p", ("De Zeeklaver is een integraal kindcentrum in Almere Poort voor kinderen van 0 tot 13 jaar. Onder één "
           "dak werken de basisschool (420 leerlingen in zeventien groepen), de kinderopvang en de buitenschoolse "
           "opvang samen. De wijk is jong en groeit nog: elk jaar komen er ongeveer dertig leerlingen bij. Veel "
           "gezinnen wonen pas kort in Almere, en ongeveer een vijfde van de kinderen groeit meertalig op.")),
    ("h1", "2. Waar wij voor staan"),
    ("p", ("De kernwaarden van de Almeerse Scholen Groep zijn ook de onze. Hieronder beschrijven wij wat zij voor "
           "De Zeeklaver betekenen.")),
    ("h2", "Gezien worden"),
    ("p", ("Ieder kind en iedere ouder moet zich bij ons welkom voelen. Kinderen worden 's ochtends bij de deur "
           "begroet door hun eigen leerkracht of pedagogisch medewerker. Ouders mogen de eerste tien minuten mee de "
           "klas in. Voor nieuwe gezinnen is er een welkomstochtend met een rondleiding door kinderen uit de "
           "kinderraad. Zo weten zij snel de weg en kennen zij meteen een paar gezichten.")),
    ("h2", "Open"),
    ("p", ("Wij zijn een openbaar kindcentrum: iedereen is welkom, ongeacht achtergrond of geloof. Wij praten met "
           "kinderen over verschillen in geloof, cultuur en gezinsvorm, en wij vieren feesten uit verschillende "
           "tradities. Met ouders communiceren wij via de app van het kindcentrum en in gesprekken; wij schrijven "
           "in begrijpelijke taal.")),
    ("h2", "Vooruitstrevend"),
    ("p", ("Wij zijn nieuwsgierig naar wat werkt. Het team leest samen onderzoek over leren en probeert elk jaar "
           "één nieuwe werkvorm uit, zoals coöperatief leren of werken met een weektaak. Wat goed werkt, nemen wij "
           "op in onze afspraken over een goede les.")),
    ("h2", "Ambitieus"),
    ("p", ("Wij verwachten veel van kinderen en van onszelf. Elk kind stelt vanaf groep 4 samen met de leerkracht "
           "eigen leerdoelen en laat in een portfolio zien wat het geleerd heeft. In het team spreken wij elkaar "
           "aan op afspraken: in de bouwvergadering bespreken wij wat goed gaat en wat beter moet, en collega's "
           "bezoeken elkaars lessen en geven elkaar daarna feedback.")),
    ("h1", "3. Ons onderwijs"),
    ("p", ("Wij geven les volgens de kerndoelen en werken in taal en rekenen toe naar de referentieniveaus. In de "
           "groepen 1 en 2 werken wij met thema's uit de leefwereld van de kinderen, zoals de bouw van de wijk en "
           "het water rond Almere. Vanaf groep 3 werken wij met methodes voor taal, lezen en rekenen en met "
           "thematisch onderwijs voor wereldoriëntatie.")),
    ("p", ("Iedere leerling wordt drie keer per jaar besproken door de leerkracht en de intern begeleider. Wij "
           "gebruiken daarbij toetsen, observaties en het gesprek met het kind. Wat De Zeeklaver aan ondersteuning "
           "kan bieden, staat in ons schoolondersteuningsprofiel. Lukt het ons niet om een kind passend onderwijs "
           "te bieden, dan zoeken wij samen met de ouders en het samenwerkingsverband een school die dat wel kan.")),
    ("p", ("Burgerschap krijgt vorm in de kinderraad, in lessen over de democratie en in projecten in de wijk. "
           "Voor de sociale veiligheid gebruiken wij een veiligheidsmonitor die de kinderen van groep 5 tot en "
           "met 8 elk jaar invullen.")),
    ("h1", "4. Samen met ouders en partners"),
    ("p", ("Ouders kennen hun kind het best. Daarom begint elk schooljaar met een startgesprek waarin ouders "
           "vertellen wat hun kind nodig heeft, en voeren wij in de groepen 6 tot en met 8 driehoeksgesprekken met "
           "kind, ouders en leerkracht. Ouders van jonge kinderen krijgen bij elk thema een thuisboekje met "
           "spelletjes en liedjes, zodat zij thuis aansluiten bij wat in de groep gebeurt. Twee keer per jaar "
           "denken ouders in een ouderpanel mee over de ontwikkeling van het kindcentrum, bijvoorbeeld over het "
           "nieuwe rapport.")),
    ("p", ("De medezeggenschapsraad is voor ons een klankbord. De directeur bespreekt plannen met de MR voordat zij "
           "vastliggen, zodat ouders en medewerkers echt invloed hebben, en de MR krijgt elk jaar een eigen budget "
           "voor scholing. De oudercommissie van de kinderopvang schuift twee keer per jaar aan. Voor de "
           "medezeggenschap over ASG als geheel verwijzen wij naar de GMR: een overkoepelende raad opzetten is een "
           "taak van het bestuur, en wij dragen daar zo nodig kandidaten voor aan.")),
    ("p", ("Onderwijs stopt niet bij het schoolhek. Met de bibliotheek hebben wij een bibliotheek op school, met de "
           "sportvereniging en de buurtsportcoach een naschools sportaanbod, en met het wijkteam en de "
           "jeugdverpleegkundige korte lijnen bij zorgen over een kind. Kinderen van groep 7 en 8 doen elk jaar een "
           "project voor de wijk, bijvoorbeeld met het zorgcentrum naast de school. Zo leren zij dat zij iets "
           "kunnen betekenen voor hun omgeving.")),
    ("p", ("Ook Almere Poort kampt met het lerarentekort. Samen met de andere schoolbesturen in Poort en de "
           "gemeente werken wij aan een opleidingsroute voor zij-instromers en aan gezamenlijke werving. Met de "
           "gemeente overleggen wij daarnaast over de groei van het aantal leerlingen in de wijk en over de "
           "huisvesting die daarvoor nodig is.")),
    ("p", ("Wij laten zien wat wij doen: in de wijkkrant, op de open dag en in het wijkoverleg, waar de directeur "
           "namens het kindcentrum aan tafel zit met de gemeente, de woningcorporatie en de welzijnsorganisatie. "
           "Landelijke netwerken en het gesprek met de landelijke overheid laten wij aan het bestuur; wij richten "
           "ons op de wijk en de stad.")),
    ("table", [["Wat", "Hoe", "Wanneer", "Eigenaar", "Meetbaar resultaat", "Evaluatie"],
               ["Alle ouders van de groepen 6 tot en met 8 nemen deel aan de driehoeksgesprekken.",
                ("Gesprekken ook 's avonds en op vrijdagmiddag; een tolk bij een taalbarrière; uitleg op de "
                "welkomstochtend."),
                "2024-2025", "Bouwcoördinator bovenbouw (Femke Jansen)",
                "Deelname van 70% (2023) naar ten minste 95% (juni 2026)",
                "Juni 2025 en juni 2026, in het team en met de MR"]]),
    ("h1", "5. Samen binnen ASG"),
    ("p", ("Wij willen dat onze medewerkers collega's van andere ASG-scholen ontmoeten en van hen leren. Daarom "
           "roosteren wij de ASG-brede studiedag vrij voor het hele team, ook voor de pedagogisch medewerkers van "
           "de opvang, en krijgt iedere medewerker per jaar een dagdeel om bij een andere ASG-school te kijken. "
           "Onze intern begeleiders nemen deel aan het IB-netwerk van ASG.")),
    ("p", ("De werkgroepen van ons kindcentrum zoeken bewust collega's van andere scholen op. De rekencoördinator "
           "wisselt twee keer per jaar materiaal en toetsanalyses uit met de rekencoördinatoren van drie andere "
           "ASG-scholen, en de werkgroep thematisch werken ontwikkelt haar thema's samen met De Kaap, een "
           "ASG-school in Almere Buiten.")),
    ("p", ("Wat wij leren, delen wij. Op de ASG-brede studiedag presenteert ons team elk jaar een werkvorm die het "
           "heeft uitgeprobeerd, en de opbrengsten van onze werkgroepen staan in een korte notitie op het "
           "ASG-intranet, zodat andere scholen ze kunnen gebruiken.")),
    ("p", ("Bij vragen over personeelszaken, huisvesting en financiën weten wij de weg naar het servicebureau; de "
           "contactpersonen staan in ons jaarplan.")),
    ("h1", "6. Zo bewaken wij de kwaliteit"),
    ("p", ("Wij werken volgens een vaste kwaliteitscyclus. Elk jaar maken wij een jaarplan met de doelen uit dit "
           "schoolplan; in januari en juni bekijken wij met het team wat er bereikt is, en in het jaarverslag "
           "leggen wij verantwoording af aan ouders en bestuur. De resultaten van toetsen en peilingen analyseren "
           "de leerkrachten samen in de bouw, zodat wij van elkaar leren en onze aanpak bijstellen. Eens in de "
           "vier jaar houden wij een zelfevaluatie met een collega-directeur van ASG als critical friend.")),
]

PLANS = {
    "vreemd-kompasroos": (KOMPASROOS, "heading"),
    "vreemd-lumen": (LUMEN, "kop"),
    "vreemd-zeeklaver": (ZEEKLAVER, "vet"),
}


def _dutch_styles(document: docx.document.Document) -> dict[str, str]:
    """Paragraph styles named as a Dutch word processor names them: 'Titel', 'Kop 1', 'Kop 2'."""
    names = {}
    for key, name, size in (("title", "Titel", 20), ("h1", "Kop 1", 16), ("h2", "Kop 2", 13)):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.bold = True
        style.font.size = Pt(size)
        names[key] = name
    return names


def build(name: str, target: Path) -> Path:
    """Write the foreign plan ``name`` (a key of PLANS) to ``target``."""
    items, mode = PLANS[name]
    document = docx.Document()
    dutch = _dutch_styles(document) if mode == "kop" else {}
    for kind, content in items:
        if kind in ("title", "h1", "h2"):
            level = {"title": 0, "h1": 1, "h2": 2}[kind]
            if mode == "heading":
                document.add_heading(content, level)
            elif mode == "kop":
                document.add_paragraph(content, style=dutch[kind])
            else:  # bold Normal paragraphs, larger for higher levels
                run = document.add_paragraph().add_run(content)
                run.bold = True
                run.font.size = Pt({0: 18, 1: 14, 2: 12}[level])
        elif kind == "p":
            document.add_paragraph(content)
        elif kind == "bullets":
            for line in content:
                document.add_paragraph(line, style="List Bullet")
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            table.style = "Table Grid"
            for r, row in enumerate(content):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    document.save(str(target))
    return target


def word_count(name: str) -> int:
    items, _mode = PLANS[name]
    words = 0
    for kind, content in items:
        if kind == "table":
            words += sum(len(cell.split()) for row in content for cell in row)
        elif kind == "bullets":
            words += sum(len(line.split()) for line in content)
        else:
            words += len(content.split())
    return words
