"""Schoolplan 2025-2029 van katholieke basisschool De Wegwijzer (PO, 298 leerlingen) in de Kruidenwijk,
Almere Stad, een school van de Almeerse Scholen Groep.

Ontwerp: lang doorlopend proza met weinig kopjes; alleen Kop 1 ('Onze school', 'Onderwijs en leren',
'Ons team', 'Samen met ouders en wijk', 'Kwaliteit', 'Doelen 2025-2029', 'Totstandkoming'). Het plan
noemt nergens de namen van de kernwaarden of de vensters van ASG Koers 22. Het hoofdstuk over het team
is rijk en helemaal in eigen woorden (inwerken, jaargesprekken, studiedagen, lesbezoeken bij elkaar,
een collega die naar een andere ASG-school ging, successen vieren, werkdruk, een zij-instromer met een
coach). Het hoofdstuk over ouders en wijk en het hoofdstuk over kwaliteit blijven grotendeels bij
wensen en overgenomen zinnen; burgerschap is alleen een voornemen. De doelen staan als alinea's met
data in het voorlaatste hoofdstuk. De MR heeft op 12 mei 2025 ingestemd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

TITEL = "Schoolplan 2025-2029"

VOORBLAD = [
    "Katholieke basisschool De Wegwijzer",
    "Anijsstraat 40, 1324 KD Almere",
    "BRIN 13XK · Almeerse Scholen Groep",
    "Directeur: Petra van Dijk",
    "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
]

HOOFDSTUKKEN: list[tuple[str, list[str]]] = [
    ("Onze school", [
        "De Wegwijzer staat sinds 1984 in de Kruidenwijk, midden in Almere Stad. Toen de school begon, "
        "waren er drie groepen en een noodlokaal; de eerste leerlingen kwamen uit de nieuwe straten rond "
        "het Kruidenpark en hun ouders hadden de school zelf mee helpen oprichten, samen met de parochie. "
        "Inmiddels zitten we in een gebouw uit 1991 dat in 2019 grondig is gerenoveerd, met twaalf lokalen, "
        "een speellokaal voor de kleuters, een kleine aula waar we de vieringen houden en een schoolplein "
        "met een moestuin die de groepen 4 beheren. Op 1 oktober 2024 telden we 298 leerlingen, verdeeld "
        "over drie kleutergroepen en negen groepen 3 tot en met 8. Sinds 2012 hoort De Wegwijzer bij de "
        "Almeerse Scholen Groep (ASG), als een van de weinige katholieke scholen binnen die stichting. "
        "Het team bestaat uit 26 mensen: negentien leerkrachten, een intern begeleider, twee "
        "onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge, een administratief "
        "medewerker en de directeur.",

        "Onze leerlingen komen vooral uit de Kruidenwijk zelf en uit de Stedenwijk en de Staatsliedenwijk. "
        "Ongeveer een derde van de kinderen groeit op met een andere thuistaal dan het Nederlands, het "
        "vaakst Turks, Arabisch, Papiaments of Pools. De schoolweging die het CBS voor ons berekent, ligt "
        "op 31,4, iets boven het landelijk gemiddelde van 30; dat betekent dat onze leerlingen gemiddeld "
        "wat meer nodig hebben dan elders om dezelfde resultaten te halen. Het leerlingaantal daalt langzaam: "
        "in 2020 waren het er nog 321. De wijk vergrijst, de woningen wisselen minder vaak van bewoners dan "
        "vroeger, en de prognose van de gemeente gaat uit van ongeveer 285 leerlingen in 2028. Waarschijnlijk "
        "gaan we in deze planperiode van twaalf naar elf groepen, en daar houden we bij de formatie en bij "
        "nieuwe benoemingen nu al rekening mee.",

        "Het katholieke karakter van De Wegwijzer is in veertig jaar veranderd, maar het is er nog steeds. We "
        "werken met Trefwoord voor levensbeschouwing, we beginnen de week in iedere groep met een verhaal of "
        "een moment van stilte, en we vieren Kerst en Pasen met de hele school, om het jaar in de kerk aan "
        "het Kruidenplein en het andere jaar in onze eigen aula. De pastor komt twee keer per jaar langs in "
        "de groepen 7 en 8. Ongeveer de helft van onze leerlingen is thuis niet katholiek opgevoed; wij merken "
        "dat ouders vooral voor ons kiezen om de rust in het gebouw, om de nabijheid van de school in de wijk "
        "en om wat zij van andere ouders horen, en minder vaak om het geloof.",

        "Wat willen wij zijn voor de kinderen die hier acht jaar van hun leven doorbrengen? Bij ons is ieder "
        "kind waardevol. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. En wij zijn "
        "nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Die drie zinnen "
        "hebben wij met het team gekozen als rode draad voor de komende vier jaar, en wij hopen dat ouders "
        "en kinderen ze in de school terugzien.",
    ]),
    ("Onderwijs en leren", [
        "Ons onderwijs is georganiseerd in jaargroepen, met instructie op drie niveaus. In alle groepen vanaf "
        "groep 3 werken we volgens het model van expliciete directe instructie: de leerkracht blikt terug op "
        "wat de kinderen al weten, legt uit en doet hardop denkend voor, laat de kinderen in tweetallen "
        "oefenen en controleert met wisbordjes of iedereen het begrijpt voordat de klas zelfstandig verder "
        "gaat. Kinderen die na de basisinstructie nog niet zover zijn, krijgen aan de instructietafel "
        "verlengde instructie; kinderen die de stof al beheersen, gaan eerder aan de slag met verdiepende "
        "opdrachten. Voor rekenen gebruiken we Wereld in getallen 5, voor taal en spelling Staal, voor "
        "technisch lezen in groep 3 Veilig leren lezen en daarna Estafette, voor begrijpend lezen "
        "Nieuwsbegrip, voor aardrijkskunde, geschiedenis en natuur Blink Wereld en voor Engels vanaf groep 5 "
        "Stepping Stones Junior. In de groepen 1 en 2 werken we in thema's van vier tot zes weken en volgen "
        "we de ontwikkeling van de kleuters met de leerlijnen jonge kind in ParnasSys; de leerkrachten "
        "registreren hun observaties wekelijks. Met deze methoden en de leerlijnen dekken wij de kerndoelen. "
        "In het lesrooster staat per groep hoeveel tijd er aan elk vak wordt besteed; iedere groep krijgt "
        "jaarlijks ten minste 940 uur onderwijs, en in acht jaar ruim boven de wettelijke 7.520 uur.",

        "De referentieniveaus zijn voor ons de maat voor wat kinderen aan het eind van groep 8 moeten kunnen. "
        "Sinds 2024 maken onze achtstegroepers in februari de doorstroomtoets Route 8. In 2024 haalde 97% "
        "van hen het fundamentele niveau 1F voor lezen, 94% voor taalverzorging en 88% voor rekenen. Het "
        "streefniveau (2F of 1S) haalde 58% voor lezen, 61% voor taalverzorging en 34% voor rekenen. Bij "
        "lezen en taalverzorging liggen we daarmee boven de signaleringswaarden van de inspectie voor scholen "
        "met onze schoolweging, bij rekenen net erboven. Begrijpend lezen is al drie jaar ons zorgenkind: "
        "veel kinderen lezen technisch goed, maar halen uit een langere tekst niet wat erin staat. Daarom is "
        "het een van de doelen van dit plan.",

        "Drie keer per jaar, in oktober, februari en juni, houdt onze intern begeleider met iedere leerkracht "
        "een groepsbespreking. Daarin kijken zij samen naar de toetsgegevens uit Boom LVS, maar net zo goed "
        "naar wat de leerkracht dagelijks in de klas ziet: welk kind stilvalt, welk kind zich verveelt, wie "
        "thuis iets meemaakt. Kinderen over wie de leerkracht zich zorgen maakt of die juist meer uitdaging "
        "nodig hebben, worden daarna in een leerlingbespreking apart besproken, en de afspraken komen in het "
        "groepsoverzicht in ParnasSys. Sinds het schooljaar 2023-2024 voeren de leerkrachten van de groepen 6, "
        "7 en 8 bovendien kindgesprekken: twee keer per jaar een gesprek van tien minuten met ieder kind over "
        "wat goed gaat, wat moeilijk is en wat het zelf wil leren. Leerkrachten vertellen dat zij in die tien "
        "minuten soms meer te weten komen dan in een heel blok toetsen.",

        "In ons schoolondersteuningsprofiel staat beschreven wat wij een kind kunnen bieden. Binnen de "
        "basisondersteuning signaleren we dyslexie vroeg, met een leesscreening halverwege groep 2 en in "
        "groep 3; kinderen met een leesachterstand lezen vier keer per week twintig minuten extra met een "
        "tutor uit groep 7 of met een onderwijsassistent, en na drie periodes zonder voldoende vooruitgang "
        "verwijzen we door voor dyslexieonderzoek. Voor kinderen die meer aankunnen, is er een plusklas op "
        "dinsdagochtend voor de groepen 5 tot en met 8 (dit jaar veertien kinderen) en compacten en verrijken "
        "we de rekenstof in de eigen groep. Nieuwkomers zonder Nederlands krijgen het eerste jaar vier uur per "
        "week taalles van een onderwijsassistent met de NT2-leerlijn. Een van onze leerkrachten heeft de "
        "master Educational Needs met gedrag als specialisatie afgerond en ondersteunt collega's bij kinderen "
        "met gedragsvragen. Wat wij niet kunnen bieden, schrijven we ook op: structurele één-op-één-"
        "begeleiding gedurende de hele dag, medische handelingen die specialistische kennis vragen, en "
        "onderwijs aan kinderen met zulke ernstige gedragsproblemen dat de veiligheid van andere kinderen in "
        "het geding komt. Ons gebouw heeft geen lift; kinderen die een rolstoel gebruiken, kunnen wij alleen "
        "in de lokalen op de begane grond onderwijs geven.",

        "Als een kind meer nodig heeft dan wij kunnen bieden, vragen wij via het samenwerkingsverband Passend "
        "Onderwijs Almere een arrangement aan, of zoeken wij met de consulent van het "
        "samenwerkingsverband naar een school die beter past. In het schooljaar 2023-2024 kregen vier van "
        "onze leerlingen een arrangement, meestal extra begeleiding door een ambulant begeleider in de eigen "
        "groep, en zijn twee leerlingen met een toelaatbaarheidsverklaring naar het speciaal basisonderwijs "
        "gegaan. Bij iedere verwijzing blijft de intern begeleider aanspreekpunt tot het kind op de nieuwe "
        "school is gestart.",

        "Kinderen leren alleen als zij zich veilig voelen. Elk jaar in november vullen de leerlingen van de "
        "groepen 5 tot en met 8 de vragenlijst sociale veiligheid in; in 2024 gaf 94% aan zich veilig te "
        "voelen in de klas en 89% op het schoolplein. Het plein is daarom ons zorgpunt: sinds januari 2024 "
        "lopen er in elke pauze twee pleinwachten in een geel hesje rond en hebben de groepen 7 en 8 een eigen "
        "deel van het plein met een voetbalkooi. In alle groepen geven we wekelijks een les uit de "
        "Kanjertraining. Onze anti-pestcoördinator, juf Samira uit groep 7, is het eerste aanspreekpunt voor "
        "kinderen en ouders als er gepest wordt; het pestprotocol hebben we in het voorjaar van 2024 herzien, "
        "zodat nu ook pesten via groepsapps erin staat. Daarnaast hebben wij een interne vertrouwenspersoon, "
        "werken wij met de meldcode huiselijk geweld en kindermishandeling en oefenen wij twee keer per jaar "
        "de ontruiming van het gebouw.",

        "Wij willen onderwijs ontwikkelen dat past bij de belevingswereld van onze leerlingen. Ook burgerschap "
        "vinden wij belangrijk: wij willen dat onze leerlingen later als zelfstandige en verantwoordelijke "
        "burgers een volwaardige plek kunnen innemen in de samenleving. Hoe wij burgerschap een vaste plek in "
        "ons programma geven, werken wij in de komende jaren verder uit.",
    ]),
    ("Ons team", [
        "Wie bij De Wegwijzer komt werken, moet zich vanaf de eerste dag welkom voelen, en daar doen we "
        "bewust moeite voor. Een nieuwe collega krijgt voor de zomer een kaart van de kinderen uit de nieuwe "
        "groep en een uitnodiging om een ochtend mee te draaien bij de leerkracht die de groep dan nog heeft. "
        "Op de eerste werkdag staan er bloemen op het bureau en staat er een maatje klaar: een ervaren "
        "collega uit dezelfde bouw die het eerste halfjaar iedere twee weken even met de nieuwe collega gaat "
        "zitten, gewoon om te vragen hoe het gaat. Na zes weken volgt een gesprek met de directeur. In de "
        "inwerkmap staat niet alleen hoe de kopieermachine werkt, maar ook wie je waarvoor belt: de "
        "ICT-helpdesk en de salarisadministratie van het servicebureau van ASG, de arbodienst, de intern "
        "begeleider en de conciërge, met namen en telefoonnummers. Het afgelopen jaar zijn vier nieuwe "
        "collega's op deze manier begonnen, en alle vier zijn gebleven.",

        "Ieder schooljaar voeren wij met iedere collega dezelfde reeks gesprekken. In september is er een "
        "startgesprek met de directeur, waarin de collega zelf een of twee ontwikkeldoelen kiest en vastlegt "
        "in een kort persoonlijk ontwikkelplan. Tussen november en februari komen de directeur of de intern "
        "begeleider een les kijken met onze kijkwijzer voor directe instructie, en daarna bespreken zij die "
        "les samen. In maart volgt het functioneringsgesprek, en eens in de drie jaar is dat een "
        "beoordelingsgesprek. Van elk gesprek komt binnen twee weken een verslag in het digitale "
        "personeelsdossier, dat de collega zelf ook kan lezen en aanvullen. In 2023-2024 zijn met alle 26 "
        "medewerkers alle gesprekken gevoerd. Wij merken dat collega's hun ontwikkeldoel steeds vaker zelf "
        "meenemen naar het startgesprek, in plaats van te wachten tot de directeur er een voorstelt: vorig "
        "jaar kwam ruim de helft van het team met een eigen vraag, van beter leren omgaan met een "
        "kleutergroep van dertig kinderen tot het geven van Engels in groep 8.",

        "Wij hebben vijf studiedagen per jaar. Twee daarvan besteden we als team aan wat we samen hebben "
        "afgesproken: in 2024-2025 waren dat het directe instructiemodel (hoe check je of iedereen het "
        "begrijpt?) en het voeren van kindgesprekken. Op een derde dag, in oktober, gaan we naar de ASG-brede "
        "studiedag. Daar vertelden juf Linda en meester Kees vorig jaar in een workshop aan collega's van "
        "andere ASG-scholen hoe wij de kindgesprekken hebben ingevoerd en wat we daarvan hebben geleerd, met "
        "de vragenkaartjes die we zelf hebben gemaakt. De andere twee dagen gebruiken de bouwen voor eigen "
        "onderwerpen. Daarnaast heeft iedere collega een eigen scholingsbudget van 600 euro per fte per jaar. "
        "Dit jaar volgen twee collega's de leergang rekencoördinator van de ASG Academie, volgt een "
        "onderwijsassistent de opleiding tot leraarondersteuner en heeft een kleuterleerkracht de cursus "
        "taalontwikkeling bij meertalige kleuters gedaan. Wat collega's op een cursus leren, vertellen zij "
        "in de eerstvolgende bouwvergadering.",

        "Het belangrijkste dat we de afgelopen jaren hebben veranderd, is dat we bij elkaar in de klas zijn "
        "gaan kijken. Twee keer per jaar bezoekt iedere leerkracht een les van een collega, bij voorkeur uit "
        "een andere bouw. Degene die bezocht wordt, bedenkt van tevoren de vraag waar de ander op moet letten, "
        "bijvoorbeeld: 'Krijgen de stille kinderen in mijn groep genoeg beurten?' of 'Hoe lang duurt mijn "
        "instructie echt?'. De onderwijsassistenten nemen in dat uur de groep over, zodat niemand er extra "
        "tijd voor kwijt is. Na afloop praten de twee collega's een kwartier na. Wat zij daarvan leren, komt "
        "terug in de leerteams: de onderbouw, de middenbouw en de bovenbouw komen elke zes weken bij elkaar om "
        "samen aan een vraag uit de klas te werken, de ene keer met filmpjes van eigen lessen, de andere keer "
        "met het werk van de kinderen op tafel. Onze intern begeleider neemt ook deel aan het netwerk van "
        "intern begeleiders binnen ASG. Zes keer per jaar bespreekt zij daar met collega's van andere "
        "ASG-scholen lastige casussen en nieuwe aanpakken; zo hebben wij de leesaanpak met tutoren "
        "overgenomen van een basisschool in Almere Haven, en gaf onze gedragsspecialist op hun verzoek een "
        "middag uitleg aan het team van een school in Almere Buiten.",

        "Mensen blijven niet hun hele loopbaan op één plek, en dat hoeft ook niet. Juf Ilse werkte negen "
        "jaar in groep 4 toen zij in haar functioneringsgesprek van maart 2024 vertelde dat ze toe was aan "
        "iets nieuws en graag bouwcoördinator wilde worden. Bij ons was daar geen ruimte voor. Samen hebben we "
        "gekeken naar de interne vacatures binnen ASG, zij heeft twee dagen meegelopen op een school in "
        "Almere Poort, en sinds augustus 2024 is zij daar bouwcoördinator van de onderbouw. Wij hebben haar "
        "met pijn in het hart uitgezwaaid, en we houden contact: in januari kwam ze terug om onze kleuterbouw "
        "te vertellen hoe haar nieuwe school de overgang van groep 2 naar groep 3 regelt. Wij vinden het "
        "belangrijk dat collega's die zo'n stap overwegen, dat bij ons hardop kunnen zeggen.",

        "Successen vieren we, de grote en de kleine. Elke vrijdag staat in de weekbrief aan het team een "
        "'pluim van de week', voor iemand die iets bijzonders heeft gedaan, en die pluim wordt door collega's "
        "voorgedragen, niet door de directeur. Als een groep een mooi resultaat haalt, zoals groep 5 die in "
        "februari met z'n allen de tafels beheerste, is er taart in de teamkamer. Wie een opleiding afrondt, "
        "wordt in de eerste teamvergadering daarna in het zonnetje gezet en krijgt een bos bloemen en een "
        "kaart van de kinderen. Bij de afsluiting van het schooljaar noemt de directeur in haar toespraak "
        "van iedere collega iets waarin hij of zij het afgelopen jaar het verschil heeft gemaakt. Dat klinkt "
        "klein, maar uit het medewerkersonderzoek van 2024 blijkt dat 88% van ons team zich gewaardeerd voelt "
        "voor het werk dat ze doen, tegen 71% in 2021.",

        "Het werk in het onderwijs is zwaar, en we nemen de werkdruk serieus. Met de werkdrukmiddelen, ruim "
        "73.000 euro per jaar, betalen wij op voorstel van het team twee onderwijsassistenten (samen 1,6 fte), "
        "die in de groepen 3 tot en met 5 kleine groepjes begeleiden en bij de lesbezoeken de klas "
        "overnemen. Elk jaar in mei kiest het team opnieuw waar het geld aan besteed wordt. Daarnaast hebben we afspraken gemaakt die niets "
        "kosten: er is hooguit één vergadering per week, nooit op woensdagmiddag; we sturen na 18.00 uur en in "
        "het weekend geen werkmail; het rapport is teruggebracht van twee naar één schriftelijk rapport per "
        "jaar. Wij houden rekening met de fase waarin iemand zit: jonge "
        "ouders kunnen hun werkdagen zo kiezen dat het met de opvang past, en onze vijf collega's boven de 57 "
        "zetten hun uren voor duurzame inzetbaarheid in zoals zij dat zelf willen, de een voor minder "
        "pleinwachten, de ander voor een extra vrije middag.",

        "Ook op ziekte letten we. Ons ziekteverzuim was 4,6% in 2023 en 3,9% in 2024, onder het gemiddelde "
        "van het primair onderwijs. Als een collega binnen een halfjaar voor de tweede keer ziek is, voert de "
        "directeur een kort gesprek over wat er speelt, niet om te controleren maar om op tijd te zien of "
        "er iets aan de hand is. Collega's kunnen zonder tussenkomst van de directeur gebruikmaken van het "
        "preventieve spreekuur van de bedrijfsarts, en sinds vorig jaar wandelt een groep van acht collega's "
        "op dinsdag na schooltijd een rondje door het Kruidenpark.",

        "Tot slot werken er bij ons ook mensen die het vak later hebben gekozen. Meester Youssef werkte twaalf "
        "jaar in de logistiek voordat hij in augustus 2024 bij ons begon als zij-instromer. Hij volgt het "
        "tweejarige zij-instroomtraject van de pabo en staat vier dagen voor groep 5, samen met een ervaren "
        "duo-collega. Zijn coach is juf Anneke, leerkracht van groep 6, die daarvoor twee uur per week is "
        "vrijgeroosterd: zij kijkt iedere twee weken een les, bespreekt zijn opdrachten voor de opleiding en "
        "is zijn eerste aanspreekpunt. Op vrijdag, zijn studiedag, neemt de duo-collega de groep. Als alles "
        "volgens plan gaat, haalt Youssef in de zomer van 2026 zijn bevoegdheid.",
    ]),
    ("Samen met ouders en wijk", [
        "Ouders zijn voor ons onmisbaar. Wij vinden het belangrijk dat ouders betrokken zijn bij het "
        "leerproces van hun kind, want kinderen die zien dat ouders en leerkrachten om hen heen staan, voelen "
        "zich gedragen en komen beter tot leren. De komende jaren willen wij zoeken naar manieren om ouders "
        "daar nog meer bij te betrekken, ook de ouders die de school minder makkelijk binnenlopen. In onze "
        "communicatie willen wij transparant en toegankelijk zijn, zodat ouders weten wat er in de school "
        "gebeurt en waarom.",

        "Ook de medezeggenschapsraad is belangrijk voor ons. De MR is voor ons een klankbord voor ideeën en "
        "een sparringpartner bij voorgenomen beleid, en dat willen wij zo houden.",

        "De Wegwijzer is een school in de wijk en voor de wijk. Wij willen nauw samenwerken met maatschappelijke "
        "partners in de nabije omgeving, want kinderen leren ook buiten de school. De Kruidenwijk verandert: "
        "er komen nieuwe woningen aan de rand van het Kruidenpark en de samenstelling van de wijk verschuift. "
        "Welke samenwerking daarbij past en met wie, werken wij in het jaarplan 2025-2026 verder uit.",
    ]),
    ("Kwaliteit", [
        "Wij vinden het belangrijk dat de kwaliteit van ons onderwijs op orde is en blijft. In maart 2023 "
        "bezocht de inspectie De Wegwijzer als een van de scholen in het vierjaarlijks onderzoek bij ASG. De "
        "onderzochte standaarden, zicht op ontwikkeling, didactisch handelen, veiligheid en resultaten, "
        "beoordeelde de inspectie alle vier als voldoende. Bij het didactisch handelen merkte de inspectie op "
        "dat de verschillen tussen groepen in de kwaliteit van de instructie groot waren. De resultaten van "
        "onze achtstegroepers lagen in 2022, 2023 en 2024 steeds boven de signaleringswaarden voor het "
        "fundamentele niveau, en in 2023 en 2024 ook voor het streefniveau.",

        "Ons stelsel van kwaliteitszorg willen wij samenhangend, cyclisch en integraal maken, en zichtbaar "
        "voor het hele team. Wij werken volgens de PDCA-cyclus en gebruiken de instrumenten die ASG ons "
        "aanreikt. Hoe dat er op De Wegwijzer precies uitziet, werken wij later uit in een eigen "
        "kwaliteitshandboek.",
    ]),
    ("Doelen 2025-2029", [
        "Ons eerste doel gaat over begrijpend lezen. In 2024 haalde 58% van onze achtstegroepers het "
        "streefniveau 2F voor lezen. Wij willen dat dat in juli 2027 ten minste 65% is en in juli 2029 ten "
        "minste 70%. Daarvoor geven wij vanaf september 2025 in de groepen 4 tot en met 8 iedere les "
        "begrijpend lezen met expliciete instructie in een leesstrategie, lezen alle groepen dagelijks een "
        "kwartier vrij in een leesboek, en bespreken de leerteams twee keer per jaar "
        "teksten die de kinderen hebben gelezen.",

        "Ons tweede doel gaat over de kindgesprekken. Vanaf het schooljaar 2025-2026 voert iedere leerkracht "
        "van de groepen 4 tot en met 8 twee keer per jaar een kindgesprek met ieder kind in de groep, en "
        "vanaf 2026-2027 doen de kleuterleerkrachten dat in een aangepaste vorm met de kinderen van groep 2. "
        "In juni 2026 evalueren de leerteams de gesprekken, met een korte vragenlijst onder de kinderen van "
        "groep 6 tot en met 8. Voor 1 januari 2026 is ook ons schoolondersteuningsprofiel geactualiseerd, "
        "met daarin de plusklas en de leesaanpak met tutoren.",

        "Ons derde doel gaat over het team. Vanaf 2025-2026 bezoekt iedere leerkracht ieder jaar twee lessen "
        "van collega's, en in juni 2027 zegt ten minste 90% van het team in de eigen vragenlijst dat die "
        "bezoeken hun lesgeven hebben verbeterd. Meester Youssef haalt in de zomer van 2026 zijn "
        "bevoegdheid; als wij in 2027 opnieuw een zij-instromer aannemen, krijgt die dezelfde begeleiding "
        "met een vrijgeroosterde coach. Het ziekteverzuim houden wij in elk jaar van de planperiode onder "
        "4%, en in mei van ieder jaar evalueert het team de besteding van de werkdrukmiddelen.",

        "Daarnaast willen wij in de komende jaren ouders meer betrekken bij het leren van hun kind, en willen "
        "wij in de loop van de planperiode ons kwaliteitshandboek schrijven. Hoe en wanneer precies, werken "
        "wij uit in de jaarplannen.",
    ]),
    ("Totstandkoming", [
        "Dit schoolplan is geschreven door de directeur, Petra van Dijk, na twee studiedagen met het hele "
        "team in november 2024 en januari 2025. Op de eerste dag keken we terug op het schoolplan 2021-2025 "
        "en op de opmerkingen van de inspectie; op de tweede dag kozen we in de leerteams de doelen voor de "
        "komende vier jaar. Het concept is in maart 2025 met het team besproken en daarna aangepast. De MR "
        "heeft op 12 mei 2025 ingestemd met dit schoolplan. Het college van bestuur van de Almeerse Scholen "
        "Groep heeft het schoolplan op 3 juni 2025 vastgesteld. Het plan geldt van 1 augustus 2025 tot en met "
        "31 juli 2029 en wordt ieder jaar uitgewerkt in een jaarplan.",
    ]),
]


def tekst() -> list[str]:
    """Alle lopende tekst van het plan, voor het tellen van woorden."""
    regels = [TITEL, *VOORBLAD]
    for kop, alineas in HOOFDSTUKKEN:
        regels.append(kop)
        regels.extend(alineas)
    return regels


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    doc.add_paragraph(TITEL, style="Title")
    for regel in VOORBLAD:
        doc.add_paragraph(regel)

    for kop, alineas in HOOFDSTUKKEN:
        doc.add_heading(kop, level=1)
        for alinea in alineas:
            doc.add_paragraph(alinea)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2025-2029 De Wegwijzer, pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    doc.core_properties.author = "Petra van Dijk"
    doc.core_properties.title = "Schoolplan 2025-2029 De Wegwijzer"
    vast = datetime.datetime(2025, 5, 14, 10, 0, 0)
    doc.core_properties.created = vast
    doc.core_properties.modified = vast
    doc.save(path)
    deterministisch(path, vast)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_25_kbs_de_wegwijzer.docx")
