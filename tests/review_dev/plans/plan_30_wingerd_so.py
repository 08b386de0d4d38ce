"""Plan 30: De Wingerd, Almere Buiten.

Een protestants-christelijke school voor speciaal onderwijs (SO, cluster 3) met 91 leerlingen van
4 tot 13 jaar met een verstandelijke beperking: zeer moeilijk lerende kinderen en kinderen met een
ernstige meervoudige beperking. Een lang plan, geordend naar de eigen thema's van de school (wie
wij zijn, identiteit, een dag op De Wingerd, leren en ontwikkelen, zorg en begeleiding, veilig op
school, ouders en omgeving, ons team, kwaliteit, financiën en gebouw), met Kop 1 en Kop 2. Het is
geschreven in de woorden van zorg en dagelijks leven (dagritme, pictogrammen, zorgplan,
ontwikkelingsperspectief, uitstroomprofiel dagbesteding en arbeidsmatige dagbesteding) en
gebruikt de woorden van de bestuurskoers zelden. Doelen staan in lopende tekst aan het eind van
een hoofdstuk, met data en deels meetbaar. Het hoofdstuk 'Financiën en gebouw' gebruikt
koerswoorden in een andere betekenis (mobiliteit, innovatief, op orde, vitaal, horizon, dekkend
netwerk). De MR heeft op 3 juni 2025 ingestemd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

TITEL = "Schoolplan De Wingerd 2025-2029"
ONDERTITEL = "Protestants-christelijke school voor speciaal onderwijs, cluster 3 · Almere Buiten"

DAGRITME = [
    ("8.30 - 8.45", "Binnenkomen, jas ophangen, begroeten", "foto van de kapstok"),
    ("8.45 - 9.15", "Kring: dagopening, lied met gebaren, dagritmekaart doorlopen", "kring, gebedshandjes"),
    ("9.15 - 10.15", "Werken aan de eigen doelen, in kleine groepjes en aan de eigen tafel", "werktafel"),
    ("10.15 - 10.45", "Fruit eten en drinken, zelf schenken", "beker"),
    ("10.45 - 11.15", "Buiten spelen", "jas, schommel"),
    ("11.15 - 12.00", "Thema: boodschappen, koken, knutselen, uitstapje", "themakaart"),
    ("12.00 - 12.45", "Samen eten, daarna tanden poetsen en toiletronde", "bord, tandenborstel"),
    ("12.45 - 13.15", "Rust: luisteren, snoezelen of even liggen", "kussen"),
    ("13.15 - 14.30", "Gym, zwemmen, muziek of De Werkplaats (vanaf tien jaar)", "wisselend"),
    ("14.30 - 14.45", "Afsluiten: wat hebben we gedaan, tas pakken, naar de bus", "bus"),
]

INHOUD = [
    ("h1", "Over dit plan"),
    ("p", "Dit schoolplan beschrijft hoe wij de komende vier schooljaren, van augustus 2025 tot en met juli "
          "2029, ons onderwijs en onze zorg inrichten. De directeur en de intern begeleider hebben het "
          "geschreven na twee teamdagen, in februari en april 2025, waarop alle collega's hebben meegedacht: "
          "leerkrachten, klassenassistenten, de logopedisten, de orthopedagoog en de conciërge. Ouders hebben "
          "op de ouderochtend van maart 2025 gereageerd op een eerste versie; hun opmerkingen over de "
          "dagelijkse berichten en over de overstap naar het vso zijn verwerkt."),
    ("p", "We hebben het plan geordend naar de onderwerpen die bij ons elke dag spelen: het dagritme, leren "
          "en communiceren, zorg, veiligheid, ouders, het team en de kwaliteit van ons werk. Aan het eind van "
          "de meeste hoofdstukken staat wat we willen bereiken. Het jaarplan werkt elk jaar uit wat we in dat "
          "jaar oppakken, en het jaarverslag laat zien wat daarvan terecht is gekomen."),

    ("h1", "Wie wij zijn"),
    ("h2", "Onze leerlingen"),
    ("p", "De Wingerd is een school voor speciaal onderwijs voor kinderen van 4 tot 13 jaar met een "
          "verstandelijke beperking. Op 1 oktober 2024 telde de school 91 leerlingen. De meeste van hen "
          "hebben een IQ tussen 35 en 55 en worden zeer moeilijk lerend genoemd; een kleinere groep heeft "
          "daarnaast lichamelijke beperkingen, epilepsie of een ernstige meervoudige beperking. Ongeveer een "
          "derde van de kinderen heeft ook autisme. Vijftien kinderen zitten in een rolstoel en twaalf "
          "krijgen sondevoeding of hebben hulp nodig bij het eten."),
    ("p", "Bijna alle leerlingen komen met het leerlingenvervoer van de gemeente. Zij wonen in Almere, "
          "Lelystad, Zeewolde en Dronten; de langste rit duurt vijftig minuten. Dat betekent dat kinderen "
          "soms al moe binnenkomen, en dat ouders niet elke dag op school komen."),
    ("h2", "Onze groepen"),
    ("p", "We werken met elf groepen van zes tot tien leerlingen: een instroomgroep voor de jongste kinderen, "
          "zeven groepen voor zeer moeilijk lerende kinderen (ZML), ingedeeld naar leeftijd en "
          "ontwikkeling, en drie groepen voor kinderen met een ernstige meervoudige beperking (EMB). De "
          "groepen hebben namen uit de natuur: Zeester, Egel, Vlinder, Merel en zo verder. In elke groep "
          "werken een leerkracht en ten minste één klassenassistent; in de EMB-groepen zijn dat er twee."),
    ("h2", "Waar we staan"),
    ("p", "De inspectie bezocht ons in november 2022 en beoordeelde alle standaarden als voldoende; 'zicht op "
          "ontwikkeling' en 'pedagogisch klimaat' kregen het oordeel goed. In de vorige periode hebben we de "
          "leerlijnen in ParnasSys ingevoerd en het dagritme in alle groepen gelijkgetrokken. Wat nog niet "
          "af is: de manier waarop we communiceren met kinderen die niet praten verschilt nog te veel per "
          "groep, het aantal keren dat we een kind uit de groep moeten halen is te hoog, en het ziekteverzuim "
          "in het team ook."),

    ("h1", "Identiteit"),
    ("h2", "Waar we vandaan komen"),
    ("p", "De Wingerd is in 1978 opgericht door ouders uit protestantse kerken in Almere en Lelystad die voor "
          "hun kind met een verstandelijke beperking een christelijke school zochten. De naam komt uit "
          "Johannes 15: 'Ik ben de wijnstok, jullie zijn de ranken.' Wij geloven dat ieder kind door God "
          "gewild is, met alles wat het wel en niet kan. Dat geloof is voor ons geen onderwerp van één les; "
          "het zit in hoe we met kinderen en met elkaar omgaan."),
    ("h2", "Dagopening en weekopening"),
    ("p", "Elke dag begint in de groep met een dagopening: we zingen een lied, met gebaren erbij, en we "
          "bidden. Voor het eten bidden of zingen we samen. Op maandagochtend is er om 9.00 uur een "
          "weekopening in de aula voor de hele school. Eén groep verzorgt de weekopening, om de beurt: een "
          "Bijbelverhaal, verteld met voorwerpen, pictogrammen en platen, en een lied dat de hele week in "
          "alle groepen terugkomt. In de weekopening noemen we ook de kinderen bij naam die jarig zijn, een "
          "broertje of zusje hebben gekregen of iets verdrietigs hebben meegemaakt; hun foto staat dan op het "
          "grote scherm en de hele school zingt voor hen."),
    ("p", "Daarnaast heeft elk kind een ik-boek: een map met foto's van het kind, zijn familie, zijn huisdier "
          "en de dingen waar het blij van wordt. Het ik-boek gaat mee van groep naar groep. In de kring komt "
          "elke week één kind aan de beurt om het ik-boek te laten zien, ook de kinderen die niet praten; de "
          "klassenassistent vertelt dan met het kind mee."),
    ("h2", "Vieringen"),
    ("p", "We vieren met de hele school Kerst, Pasen, Pinksteren en het einde van het schooljaar. De "
          "kerstviering is in de Ichthuskerk naast de school, met ouders, broers en zussen en grootouders; "
          "in december 2024 waren er 240 bezoekers. Voor kinderen die een volle kerk niet aankunnen, is er "
          "een kleine viering in de eigen groep, met dezelfde liederen. Bij Pasen speelt groep Zeester het "
          "paasverhaal als rollenspel. Met Dankdag brengen de kinderen iets mee voor de voedselbank, en "
          "brengen de oudste groepen de dozen zelf weg."),
    ("h2", "Kinderen en ouders met een ander geloof"),
    ("p", "Ongeveer een kwart van onze ouders is niet kerkelijk en een aantal ouders is moslim of hindoe. Zij "
          "kiezen voor ons omdat wij de school in de buurt zijn die bij hun kind past. In het "
          "kennismakingsgesprek vragen we hoe ouders zelf in het leven staan en wat ze voor hun kind wel en "
          "niet willen. Alle kinderen doen mee met de dagopening en de vieringen, maar we vragen niemand om "
          "mee te bidden. Bij het Suikerfeest en Divali mogen kinderen vertellen of laten zien wat ze thuis "
          "doen, en de keuken houdt rekening met halal en vegetarisch eten. In de personeelskamer hangt een "
          "kalender met de feestdagen van alle gezinnen."),
    ("h2", "Identiteit in het team"),
    ("p", "Van collega's vragen we dat zij de christelijke identiteit van de school respecteren en meedoen in "
          "dagopening en vieringen. De leerkrachten leiden de dagopening; voor nieuwe collega's die dat "
          "spannend vinden, is er een map met liederen, gebeden en verhalen in pictogrammen. Eén keer per "
          "jaar is er een bezinningsmiddag met de predikant van de Ichthuskerk. Zo geven we, in "
          "dankbaarheid, elke dag het beste van onszelf."),
    ("p", "Wat we willen bereiken: in juni 2026 is de map met Bijbelverhalen in pictogrammen af, met veertig "
          "verhalen, zodat elk verhaal in elke groep op dezelfde manier verteld wordt. Vanaf schooljaar "
          "2026-2027 verzorgt elke groep ten minste één keer per jaar de weekopening, ook de EMB-groepen."),

    ("h1", "Een dag op De Wingerd"),
    ("h2", "Binnenkomen"),
    ("p", "Tussen 8.30 en 8.45 uur komen de bussen aan. Twee klassenassistenten staan bij de bussen en "
          "begroeten elk kind bij naam, ook de kinderen die niet terugpraten. De leerkracht staat bij de deur "
          "van de groep. Voor kinderen die het binnenkomen moeilijk vinden, is er een vaste route en een vast "
          "persoon. Ouders die hun kind zelf brengen, lopen mee tot in de groep. Op vrijdagochtend is de "
          "school tot 9.30 uur open voor ouders, opa's en oma's om in de groep mee te kijken. Wie de school "
          "voor het eerst bezoekt, zoals ouders die een school zoeken of een nieuwe chauffeur, wordt door de "
          "administratie ontvangen met koffie in de ouderkamer en krijgt een rondleiding van de intern "
          "begeleider of de directeur."),
    ("h2", "Het dagritme"),
    ("p", "Kinderen met een verstandelijke beperking hebben houvast nodig aan een voorspelbare dag. In alle "
          "groepen hangt daarom dezelfde soort dagritmekaart met pictogrammen. De kaart wordt in de kring "
          "samen doorgelopen; na elk onderdeel draait een kind het pictogram om. Kinderen die pictogrammen "
          "nog niet begrijpen, krijgen voorwerpen van verwijzing: een beker voor drinken, een handdoek voor "
          "zwemmen, een sleutel voor naar huis. Veranderingen, zoals een invaller of een uitstapje, kondigen "
          "we aan met een 'anders-kaart', zo mogelijk al de dag ervoor. Kinderen met autisme hebben vaak ook "
          "een eigen dagschema op hun tafel. Zo ziet een dag in een ZML-groep er ongeveer uit:"),
    ("tabel", None),
    ("h2", "Eten, drinken en verzorgen"),
    ("p", "Eten en drinken zijn bij ons ook lesmomenten: smeren, schenken, om 'meer' vragen met een gebaar of "
          "pictogram, wachten tot iedereen heeft. Voor de twaalf kinderen met slikproblemen of sondevoeding "
          "is er een eetplan, opgesteld door de logopedist samen met de ouders; daarin staat welke "
          "consistentie, welke houding en welk tempo. Klassenassistenten die een kind met sondevoeding "
          "helpen, zijn daarvoor geschoold en bekwaam verklaard."),
    ("p", "Een deel van de kinderen wordt verschoond. Dat doen we in de verzorgingsruimte, nooit in de groep, "
          "en altijd met de deur dicht. We vertellen het kind van tevoren wat we gaan doen, ook als het dat "
          "niet lijkt te begrijpen, we wachten op een teken van het kind waar dat kan, en we praten niet over "
          "het kind heen met een collega. Kinderen die dat kunnen, leren stap voor stap zelf naar de wc te "
          "gaan, met een reeks pictogrammen aan de muur. Ouders en school houden in het heen-en-weerbericht "
          "bij hoe het gaat, zodat thuis en school hetzelfde doen."),
    ("h2", "Rust en bewegen"),
    ("p", "Na het eten is er in elke groep een rustmoment. Kinderen die meer prikkels opdoen dan ze aankunnen, "
          "kunnen ook op andere momenten naar de snoezelruimte of de prikkelarme hoek in de groep. Elke dag "
          "spelen de kinderen twee keer buiten. De vakleerkracht bewegingsonderwijs geeft twee keer per week "
          "gym; de ZML-groepen zwemmen eens per week in het zwembad Buitenhout, de EMB-groepen gaan naar het "
          "warmwaterbad van de zorgaanbieder in Almere Haven."),
    ("p", "Wat we willen bereiken: vanaf januari 2026 gebruiken alle groepen dezelfde set pictogrammen en "
          "dezelfde voorwerpen van verwijzing, vastgelegd in een schoolboek dat ook ouders krijgen. In juni "
          "2027 heeft elk kind van zes jaar en ouder dat niet of weinig praat, een eigen communicatiemap of "
          "tablet met pictogrammen die ook thuis wordt gebruikt; nu zijn dat 21 van de 38 kinderen."),

    ("h1", "Leren en ontwikkelen"),
    ("h2", "Wat onze kinderen leren"),
    ("p", "We werken met de leerlijnen voor zeer moeilijk lerende kinderen en voor kinderen met een ernstige "
          "meervoudige beperking van het CED, zoals die in ParnasSys zijn opgenomen. Daarin zijn de "
          "kerndoelen voor het speciaal onderwijs in kleine stappen uitgewerkt. Voor elk kind kiezen we per "
          "halfjaar doelen op de leerlijnen communicatie en taal, rekenen, sociaal-emotionele ontwikkeling, "
          "zelfredzaamheid, bewegen, spel en oriëntatie op de wereld. Lezen en rekenen geven we in kleine "
          "groepjes op het eigen niveau. Een deel van de oudere kinderen leert technisch lezen; de meeste "
          "leren functioneel lezen (pictogrammen, logo's, woordbeelden) en functioneel rekenen (geld, klok, "
          "hoeveelheden, meten in de keuken). Een ZML-groep heeft 25 uur onderwijs per week; in de "
          "EMB-groepen wisselen we korte leermomenten af met verzorging, rust en therapie."),
    ("h2", "Leren vanuit het dagelijks leven"),
    ("p", "Onze kinderen leren het best van wat ze kennen en wat ze zelf kunnen beleven. We werken daarom met "
          "thema's van zes weken die dicht bij hun eigen leven staan: de supermarkt, naar de dokter, het "
          "zwembad, een verjaardag vieren, de herfst in het bos, met de bus. Bij elk thema gaan we de school "
          "uit: boodschappen doen in winkelcentrum Buiten, een bezoek aan de huisartsenpraktijk om de hoek, "
          "eieren rapen op kinderboerderij De Stek. In de oefenwinkel en de oefenkeuken van de school doen de "
          "kinderen daarna na wat ze buiten hebben gezien. Ouders krijgen bij elk thema een themablad met de "
          "woorden, gebaren en pictogrammen, zodat ze er thuis op kunnen terugkomen."),
    ("h2", "Communicatie"),
    ("p", "Communicatie is het hart van ons onderwijs. We werken met totale communicatie: we praten, maken "
          "tegelijk gebaren uit Nederlands met Gebaren, laten pictogrammen of foto's zien en gebruiken waar "
          "nodig voorwerpen. Elk kind heeft een communicatieprofiel waarin staat hoe het zich uit en wat het "
          "begrijpt. De logopedist stelt dat profiel op met de ouders en de leerkracht, en werkt elke week "
          "een uur in elke groep mee. Kinderen die meer kunnen dan losse pictogrammen, leren zinnen maken op "
          "een tablet met een pictogrammen-app."),
    ("h2", "Meedoen"),
    ("p", "Onze kinderen horen erbij, in de groep, in de buurt en later in de samenleving. Wat burgerschap "
          "voor hen betekent, maken we klein en concreet: op je beurt wachten, samen regels maken, kiezen en "
          "accepteren dat een ander iets anders kiest, hulp vragen in een winkel, veilig oversteken, zorgen "
          "voor de planten en de kippen van de school. Elke groep maakt in september met de kinderen de "
          "groepsregels, met pictogrammen en foto's van de kinderen zelf. Vier keer per jaar kiezen de groepen "
          "samen iets, bijvoorbeeld het uitje van het thema, met stemkaartjes in een doos. De oudste twee "
          "groepen hebben een leerlingenraad van zes kinderen die twee keer per jaar met de directeur "
          "bespreekt wat ze willen veranderen; dankzij hen is er in 2024 een bank bij de bushalte gekomen. In "
          "groep Merel en groep Uil praten we, met plaatjes uit het Jeugdjournaal, over wat er in het land "
          "gebeurt, zoals verkiezingen."),
    ("h2", "Voorbereiden op later"),
    ("p", "Het ontwikkelingsperspectief van elk kind noemt vanaf acht jaar een verwacht uitstroomprofiel na "
          "het vso: dagbesteding of arbeidsmatige dagbesteding, en voor een klein aantal kinderen werk met "
          "ondersteuning. Vanaf tien jaar werken de kinderen twee middagen per week in De Werkplaats: "
          "sorteren, tafeldekken, de was vouwen, planten verzorgen in de kas, de post rondbrengen in de "
          "school. Zo oefenen ze met taken, volhouden en samenwerken, zoals dat later in een "
          "dagbestedingscentrum of werkplaats gevraagd wordt. Ook leren alle kinderen vanaf zes jaar met een "
          "tablet omgaan: een app met pictogrammen bedienen, foto's maken van hun werk, een filmpje "
          "terugkijken en videobellen met opa en oma."),
    ("h2", "Niet te laag inschatten"),
    ("p", "Bij kinderen met een verstandelijke beperking ligt het gevaar op de loer dat volwassenen te weinig "
          "van hen vragen en te veel voor hen doen. In het ontwikkelingsperspectief kiezen we daarom bij "
          "twijfel het hogere perspectief, en de doelen voor het komende halfjaar liggen steeds net boven wat "
          "het kind nu laat zien. Haalt een kind zijn doelen ruim, dan stellen we het perspectief bij. In 2024 "
          "is het perspectief van veertien kinderen naar boven bijgesteld en van drie kinderen naar beneden. "
          "Ook in de verzorging laten we kinderen zoveel mogelijk zelf doen, ook als dat langer duurt."),
    ("p", "Wat we willen bereiken: in juli 2027 ontwikkelt ten minste 85% van de kinderen zich op de "
          "leerlijnen volgens of boven hun ontwikkelingsperspectief (juli 2024: 79%). In juni 2026 heeft "
          "De Werkplaats twee vaste werkplekken buiten school, in de keuken van zorgboerderij De Hooiberg en "
          "in de tuin van de Ichthuskerk. Vanaf augustus 2026 heeft elk thema ten minste één uitstapje in de "
          "buurt."),

    ("h1", "Zorg en begeleiding"),
    ("h2", "Het ontwikkelingsperspectief"),
    ("p", "Binnen zes weken na de plaatsing stellen we voor elk kind een ontwikkelingsperspectief (OPP) op. "
          "Daarin staan wat het kind nodig heeft, wat hem helpt en wat hem belemmert, het verwachte "
          "uitstroomprofiel en de doelen per leerlijn. De leerkracht schrijft het OPP, de orthopedagoog en de "
          "intern begeleider lezen mee, en de Commissie van Begeleiding stelt het vast na het gesprek met de "
          "ouders. Twee keer per jaar, in januari en juni, bespreken we het OPP met de ouders; ouders tekenen "
          "voor het deel met de afspraken over de begeleiding."),
    ("h2", "Groepsbespreking"),
    ("p", "Drie keer per jaar bespreekt elke leerkracht met de intern begeleider en de orthopedagoog alle "
          "kinderen van de groep: lopen de doelen, wat valt op in gedrag, slaap, eten en stemming, en wat "
          "vraagt dit kind van ons? Bij kinderen die niet praten vullen de leerkracht en de klassenassistent "
          "vooraf samen een observatielijst in over hoe het kind zich voelt. Wat we afspreken, komt in het OPP "
          "en in het groepsoverzicht."),
    ("h2", "Zorgplan en medische zorg"),
    ("p", "Kinderen die medische zorg nodig hebben, hebben naast het OPP een zorgplan: welke medicijnen, "
          "welke handelingen (sondevoeding, uitzuigen, noodmedicatie bij epilepsie), wie ze mag uitvoeren en "
          "wat te doen in een noodgeval. Het zorgplan wordt opgesteld met de ouders en waar nodig met de "
          "behandelend arts of de kinderthuiszorg, en elk jaar in september opnieuw ondertekend. Alleen "
          "collega's die de scholing voor deze handelingen hebben gevolgd en bekwaam zijn verklaard, voeren "
          "ze uit; de lijst hangt in elke groep."),
    ("h2", "De Commissie van Begeleiding"),
    ("p", "De Commissie van Begeleiding bestaat uit de orthopedagoog (voorzitter), de intern begeleider, de "
          "directeur, de jeugdarts van de GGD en de schoolmaatschappelijk werker. Zij komt zes keer per jaar "
          "bij elkaar, stelt de OPP's vast, bespreekt kinderen bij wie het niet goed gaat en adviseert over de "
          "overstap naar het vso."),
    ("h2", "Wat wij kunnen bieden"),
    ("p", "In ons schoolondersteuningsprofiel, vastgesteld in januari 2025, staat wat we kunnen bieden en "
          "waar onze grenzen liggen. Wij kunnen bieden: onderwijs in groepen van zes tot tien kinderen met "
          "een leerkracht en één of twee klassenassistenten; logopedie, fysiotherapie en ergotherapie onder "
          "schooltijd; begeleiding door een gedragsspecialist; verzorging en voorbehouden medische "
          "handelingen volgens zorgplan; een prikkelarme werkplek en een eigen dagschema. Onze grenzen: "
          "kinderen die gedurende de hele schooldag één-op-één verpleegkundige zorg nodig hebben, en "
          "kinderen bij wie het gedrag zo ernstig is dat de veiligheid van de groep ook met extra begeleiding "
          "niet te waarborgen is. Dan zoeken we met ouders en het samenwerkingsverband naar een andere plek."),
    ("h2", "Geen kind thuis"),
    ("p", "De wachtlijsten voor het speciaal onderwijs in Flevoland zijn de laatste jaren gegroeid. Met het "
          "samenwerkingsverband Passend Onderwijs Almere en de twee andere scholen voor cluster 3 in "
          "Flevoland, die onder andere besturen vallen, houden we vier keer per jaar een plaatsingsoverleg. Daar bespreken we de kinderen die "
          "op een plek wachten of die dreigen thuis te zitten, en zoeken we samen uit welke school een plek "
          "heeft. In 2024 konden zo vijf kinderen die bij ons op de wachtlijst stonden, binnen acht weken op "
          "een andere school beginnen. Voor twee kinderen die nog geen hele dag naar school kunnen, hebben we "
          "een onderwijs-zorgarrangement met een zorgaanbieder: 's ochtends op school, 's middags in het "
          "kinderdagcentrum, met één gezamenlijk plan."),
    ("h2", "Therapie onder schooltijd"),
    ("p", "Onze twee logopedisten zijn in dienst van de school. Fysiotherapie en ergotherapie worden gegeven "
          "door praktijk Kinderfysio Buiten, die drie dagen per week in ons gebouw werkt. De therapeuten "
          "werken zoveel mogelijk in de groep, zodat leerkracht en klassenassistent de oefeningen zien en "
          "door de week kunnen herhalen."),
    ("p", "Wat we willen bereiken: vanaf januari 2026 wordt elk OPP binnen zes weken na plaatsing "
          "vastgesteld (2024: bij 70% van de nieuwe kinderen). In juni 2026 zijn alle zorgplannen in hetzelfde "
          "format opgesteld en staan ze digitaal in ParnasSys, met een papieren versie in de noodmap van de "
          "groep."),

    ("h1", "Veilig op school"),
    ("p", "Veiligheid begint bij ons bij voorspelbaarheid: een kind dat weet wat er komt, raakt minder snel "
          "in paniek. Daarom zijn het dagritme, de vaste plek en de vaste begeleider ook onze eerste "
          "veiligheidsmaatregelen. Voor elk kind dat zich kan verliezen in boosheid of angst, maken we met de "
          "ouders een signaleringsplan: waaraan zie je dat de spanning oploopt, wat helpt dan, en wat doe je "
          "als het toch misgaat."),
    ("p", "We grijpen alleen fysiek in om gevaar voor het kind of anderen af te wenden. Elke keer dat we een "
          "kind vasthouden of naar de time-outruimte begeleiden, melden we dat dezelfde dag aan de ouders, "
          "registreren we het in ParnasSys en bespreekt de Commissie van Begeleiding het overzicht elk "
          "kwartaal. De time-outruimte heeft een raam in de deur en een kind is er nooit alleen. De intern "
          "begeleider is aandachtsfunctionaris voor de meldcode huiselijk geweld en kindermishandeling. Twee "
          "keer per jaar oefenen we de ontruiming, ook met de kinderen in rolstoelen en in de "
          "verzorgingsruimte."),
    ("p", "Hoe veilig kinderen zich voelen, vragen we elk jaar in maart aan de kinderen van de ZML-groepen met "
          "een vragenlijst met pictogrammen die de klassenassistent met elk kind afneemt. Ouders en team vullen "
          "om het jaar een vragenlijst in. In maart 2025 gaf 91% van de kinderen aan zich op school veilig te "
          "voelen, en 94% van de ouders."),
    ("p", "Wat we willen bereiken: in januari 2026 heeft elk kind bij wie het gedrag soms uit de hand loopt een "
          "signaleringsplan. In juni 2027 is het aantal keren dat een kind naar de time-outruimte wordt "
          "begeleid met een kwart gedaald ten opzichte van 2024 (64 keer). Alle leerkrachten en "
          "klassenassistenten volgen vóór december 2026 de training omgaan met spanning en agressie."),

    ("h1", "Ouders en omgeving"),
    ("h2", "Samen met ouders"),
    ("p", "Ouders kennen hun kind het best. Vóór de eerste schooldag gaat de leerkracht op huisbezoek. Elke "
          "dag schrijft de leerkracht of de klassenassistent in Parro hoe de dag ging, met een foto; ouders "
          "schrijven terug hoe de nacht en het ontbijt waren. Zo weten we 's ochtends of een kind moe is of "
          "pijn heeft. Ouders denken mee bij het opstellen en bespreken van het OPP. Vier keer per jaar is er "
          "een ouderochtend over een onderwerp dat ouders zelf kiezen: pictogrammen thuis, eten en slikken, "
          "seksualiteit en puberteit, de overstap naar het vso. Ouders die Nederlands moeilijk lezen, krijgen "
          "de belangrijkste brieven ook met pictogrammen of in een kort gesprek."),
    ("p", "In de maandelijkse nieuwsbrief en in Parro staat wat er in de groepen gebeurt en wat de school van "
          "plan is. Besluiten die ouders raken, zoals het nieuwe pauzerooster in 2024, leggen we eerst uit op "
          "een ouderochtend voordat ze ingaan. Het verslag van de Commissie van Begeleiding over hun kind "
          "krijgen ouders altijd te lezen."),
    ("h2", "De medezeggenschapsraad"),
    ("p", "Onze medezeggenschapsraad heeft vier leden: twee ouders en twee medewerkers, onder wie een "
          "klassenassistent. De MR vergadert vijf keer per jaar. De directeur bespreekt plannen met de MR "
          "voordat ze af zijn. In 2024 waren dat bijvoorbeeld het nieuwe pauzerooster en de inzet van een "
          "extra klassenassistent in de EMB-groepen. De MR stelde toen voor het pauzerooster eerst een maand "
          "uit te proberen en daarna met de ouders te evalueren, en zo hebben we het gedaan."),
    ("h2", "Onze partners"),
    ("p", "Om onze kinderen heen staan veel mensen en organisaties. In het gebouw werken Kinderfysio Buiten "
          "en de zorgaanbieder die na schooltijd de opvang verzorgt voor twintig van onze kinderen. De "
          "jeugdarts van de GGD en de schoolmaatschappelijk werker zitten in de Commissie van Begeleiding. "
          "Met de Ichthuskerk delen we de vieringen en de tuin; gemeenteleden helpen bij het zwemmen en bij "
          "de uitstapjes. In de wijk zijn kinderboerderij De Stek, winkelcentrum Buiten en de "
          "huisartsenpraktijk vaste leerplekken, en zorgboerderij De Hooiberg is onze eerste werkplek voor "
          "De Werkplaats."),
    ("h2", "Doorgaande lijn naar het vso"),
    ("p", "De meeste kinderen gaan rond hun dertiende naar het voortgezet speciaal onderwijs. Met de twee "
          "vso-scholen voor cluster 3 in de regio hebben we in 2023 afgesproken dat de uitstroomprofielen in "
          "onze OPP's dezelfde namen en inhoud hebben als de profielen van het vso, en dat we dezelfde "
          "leerlijnen gebruiken. Zo kan een kind daar verder waar het bij ons gebleven is. In het laatste jaar "
          "gaat het kind met de eigen leerkracht drie keer op bezoek in de nieuwe school, en komt de nieuwe "
          "leerkracht één keer bij ons in de groep kijken."),
    ("p", "Wat we willen bereiken: in het oudertevredenheidsonderzoek van maart 2027 zegt ten minste 85% van "
          "de ouders dat zij dagelijks goed weten hoe het met hun kind gaat (2025: 78%). Vanaf augustus 2026 "
          "heeft elke groep een vast uitstapadres in de wijk. Vóór juni 2027 bezoeken alle kinderen die naar "
          "het vso gaan hun nieuwe school drie keer, samen met hun leerkracht."),

    ("h1", "Ons team"),
    ("h2", "Wie er werken"),
    ("p", "Op De Wingerd werken 52 mensen samen, in totaal 39 fte: veertien leerkrachten, 21 "
          "klassenassistenten, een intern begeleider, een orthopedagoog, een gedragsspecialist, twee "
          "logopedisten, een vakleerkracht bewegingsonderwijs, een conciërge, een administratief medewerker, "
          "een teamleider en de directeur. Tien leerkrachten hebben een master Special Educational Needs. De "
          "gemiddelde leeftijd is 46 jaar; elf collega's zijn ouder dan zestig."),
    ("h2", "Klassenassistenten"),
    ("p", "Zonder klassenassistenten kan onze school niet draaien. Zij verzorgen, helpen bij het eten, "
          "begeleiden buiten en bij de bus, en werken met kleine groepjes aan doelen die de leerkracht "
          "uitzet. Van nieuwe klassenassistenten vragen we een mbo-diploma op niveau 4 als onderwijsassistent "
          "of pedagogisch medewerker, of de bereidheid die opleiding te halen. Vier klassenassistenten volgen "
          "die opleiding nu in deeltijd; de school betaalt het lesgeld en geeft een dag per week vrij. De "
          "school is een door SBB erkend leerbedrijf; elk jaar lopen hier zes tot acht mbo-studenten stage."),
    ("h2", "Leerkrachten zonder bevoegdheid"),
    ("p", "Twee van onze leerkrachten staan voor de groep zonder pabodiploma: een zij-instromer met een "
          "hbo-diploma pedagogiek en een leerkracht die de deeltijdpabo volgt. Zij hebben een studieplan, een "
          "coach uit ons team en vier uur per week studietijd binnen hun aanstelling. Beiden ronden hun "
          "opleiding vóór augustus 2027 af. Nieuwe collega's krijgen in hun eerste jaar een maatje en drie "
          "keer een klassenbezoek van de teamleider, met een nagesprek."),
    ("h2", "Scholing in communicatie"),
    ("p", "Scholing is bij ons vooral scholing in communicatie, want daar zit de kern van ons werk. Alle "
          "medewerkers, ook de conciërge en de administratie, volgen in hun eerste jaar de cursus Nederlands "
          "met Gebaren (zes avonden) en de training communiceren met pictogrammen en verwijzers die onze "
          "logopedisten geven. Elk jaar is er een verplichte opfrisochtend. Leerkrachten en "
          "klassenassistenten in de EMB-groepen volgen daarnaast een tweedaagse scholing over communicatie "
          "met kinderen zonder taal. Op de vier studiedagen per jaar staat telkens één onderwerp uit het "
          "jaarplan centraal. Het scholingsbudget is € 500 per medewerker per jaar; de teamleider maakt elk "
          "voorjaar het scholingsplan voor het volgende jaar."),
    ("h2", "Collegiale consultatie en leerkringen"),
    ("p", "Leerkrachten en klassenassistenten kijken bij elkaar in de groep. Ieder doet twee keer per jaar een "
          "collegiale consultatie: je vraagt een collega te kijken naar één moment van de dag waarop je "
          "vastloopt, bijvoorbeeld de overgang van buiten naar binnen, en je bespreekt het direct na. "
          "Daarnaast zitten alle leerkrachten in een leerkring van vier of vijf collega's die vijf keer per "
          "jaar een casus bespreekt volgens een vast intervisiemodel, onder leiding van de orthopedagoog of "
          "de gedragsspecialist. Wat in de leerkringen werkt, komt op de studiedag terug voor het hele team."),
    ("p", "De intern begeleider en de gedragsspecialist nemen deel aan het netwerk van intern begeleiders en "
          "gedragsspecialisten van de scholen voor cluster 3 in Flevoland en het Gooi, dat vier keer per jaar "
          "bij een van de scholen bijeenkomt. Zij brengen daar vragen uit ons team in en nemen werkwijzen van "
          "andere scholen mee terug; zo hebben we in 2024 de werkwijze met signaleringsplannen van een andere "
          "school overgenomen."),
    ("h2", "Veilig werken: BHV"),
    ("p", "Elf medewerkers zijn bedrijfshulpverlener, zodat op elke dag, ook bij zwemmen en uitstapjes, ten "
          "minste vier BHV'ers in het gebouw zijn. Zij volgen elk jaar de herhaling, met extra aandacht voor "
          "epilepsie en reanimatie bij kinderen. Medewerkers die tillen, volgen elke twee jaar een "
          "tiltraining."),
    ("h2", "Zorgen voor elkaar"),
    ("p", "Ons werk is lichamelijk zwaar: tillen, verschonen, kinderen begeleiden die boos worden. Het "
          "ziekteverzuim was in 2024 7,9%, vooral door rug- en schouderklachten en door het langdurig verzuim "
          "van drie collega's. Elke ziekmelding wordt dezelfde dag gevolgd door een telefoontje van de "
          "teamleider; na de derde melding in een jaar volgt een gesprek over wat er speelt, en zo nodig gaan "
          "we samen naar de bedrijfsarts. Een klassenassistent is opgeleid als ergocoach; zij kijkt mee bij "
          "tillen en verzorgen en laat tilliften en verzorgingstafels aanpassen."),
    ("p", "Bij het verdelen van de taken kijken we naar wat iemand in deze fase van zijn leven aankan. "
          "Collega's met jonge kinderen hoeven geen vaste late dagen te draaien; collega's boven de zestig "
          "tillen niet bij de zwaarste kinderen en kunnen kiezen voor een takenpakket met meer werk in kleine "
          "groepjes. Wij hopen dat collega's zich betrokken voelen bij en trots zijn op De Wingerd."),
    ("p", "Wat we willen bereiken: eind 2027 is het ziekteverzuim gedaald tot 6% en de meldingsfrequentie tot "
          "onder 1,2 per medewerker per jaar. Vanaf augustus 2026 rondt elke nieuwe collega de cursus "
          "Nederlands met Gebaren af binnen het eerste halfjaar. In juni 2026 doen alle leerkrachten en "
          "klassenassistenten twee collegiale consultaties per jaar; in 2024 deed ongeveer de helft dat."),

    ("h1", "Kwaliteit"),
    ("p", "Hoe weten wij of we goed werk doen? We volgen elk jaar dezelfde kalender. In september stellen we "
          "het jaarplan vast, met de doelen uit dit schoolplan voor dat jaar. In januari en juni evalueren we "
          "de OPP's; de intern begeleider maakt daarna een overzicht van hoeveel kinderen zich volgens, boven "
          "of onder hun perspectief ontwikkelen, per groep en per leerlijn. Dat overzicht bespreken we op de "
          "studiedag in februari en in de teamvergadering van juli, en we kijken dan welke groepen of "
          "leerlijnen extra aandacht nodig hebben. In maart nemen we de vragenlijsten af bij kinderen, ouders "
          "en team. Twee keer per jaar bezoekt de teamleider elke groep met onze kijkwijzer, die gaat over "
          "het dagritme, de communicatie en de afstemming op de doelen van het OPP."),
    ("p", "In juli schrijven we het jaarverslag: wat is gelukt, wat niet, en wat nemen we mee naar het "
          "volgende jaar. De MR bespreekt het jaarverslag. Het bestuur krijgt elk kwartaal een rapportage met "
          "de leerlingaantallen, het verzuim, de incidenten en de voortgang van het jaarplan. Eens in de twee "
          "jaar laten we ons onderwijs bekijken door een auditteam van een andere school voor speciaal "
          "onderwijs; de volgende audit is in november 2026."),
    ("p", "Wat we willen bereiken: vanaf januari 2026 staat de analyse van de OPP-opbrengsten binnen vier weken "
          "na de evaluatie op papier, met per groep een verbeterpunt. De audit van november 2026 gaat over de "
          "communicatie in de groepen; de uitkomst komt in het jaarplan voor het schooljaar daarna."),

    ("h1", "Financiën en gebouw"),
    ("h2", "Geld"),
    ("p", "De school wordt bekostigd als school voor speciaal onderwijs in cluster 3, met een hogere "
          "bekostiging voor kinderen met een ernstige meervoudige beperking. Ongeveer 86% van ons budget gaat "
          "naar personeel; de rest naar gebouw, leermiddelen, schoonmaak en therapieruimten. Omdat het aantal "
          "leerlingen schommelt, de afgelopen vijf jaar tussen 86 en 95, houden we een buffer aan om "
          "klassenassistenten niet bij elke daling te hoeven laten gaan. De begroting en de jaarrekening "
          "worden elk jaar met de MR besproken. Uitjes en de schoolreis betalen we uit de vrijwillige "
          "ouderbijdrage van € 40 per jaar en uit de opbrengst van de sponsorloop."),
    ("h2", "Ons gebouw"),
    ("p", "Het gebouw aan de Olmenweg dateert uit 1998 en is in 2019 uitgebreid met drie lokalen en een "
          "tweede verzorgingsruimte. De mobiliteit van onze leerlingen bepaalt veel van de inrichting: alle "
          "lokalen liggen gelijkvloers, de deuren openen automatisch, in beide verzorgingsruimten hangt een "
          "plafondtillift en in de berging is plaats voor vijftien rolstoelen en zes aangepaste fietsen."),
    ("p", "In de zomer van 2024 zijn de cv-ketels vervangen door een innovatieve warmtepomp met bodemwarmte en "
          "zijn er 120 zonnepanelen gelegd. De kwaliteit van het binnenklimaat is daarmee op orde: sensoren in "
          "alle lokalen meten de CO2 en de temperatuur, en de ventilatie schakelt zelf bij. Vitale "
          "installaties, zoals de koelkast voor medicijnen en de voedingspompen, zijn aangesloten op een "
          "noodstroomvoorziening. Sinds 2023 is er in het hele gebouw en op het plein een dekkend "
          "wifi-netwerk, zodat de tablets met pictogrammen overal werken, ook in de tuin en in de kas."),
    ("p", "Het meerjarenonderhoudsplan kijkt met een horizon van tien jaar vooruit. De grootste post is het "
          "vervangen van het dak in 2028. Wat we willen bereiken: in 2027 is de speelplaats opnieuw ingericht "
          "met een schommel en een draaimolen waar kinderen in een rolstoel op kunnen, betaald uit de "
          "sponsorloop en een bijdrage van een fonds; in 2028 is het dak vervangen."),

    ("h1", "Vaststelling"),
    ("p", "Dit schoolplan is besproken in de teamvergadering van 14 mei 2025. De medezeggenschapsraad heeft op "
          "3 juni 2025 ingestemd met het schoolplan. Het bevoegd gezag heeft het plan vastgesteld op 24 juni "
          "2025."),
    ("onderteken", None),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "J. van der Veen"
    cp.title = TITEL
    cp.created = datetime.datetime(2025, 6, 24, 10, 0)
    cp.modified = datetime.datetime(2025, 6, 24, 10, 0)
    cp.last_modified_by = "J. van der Veen"

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan De Wingerd · ")
    page_field(voet)

    doc.add_paragraph(TITEL, style="Title")
    doc.add_paragraph(ONDERTITEL)
    doc.add_paragraph("Directeur: Jolanda van der Veen · Intern begeleider: Gert Hoekstra")

    for soort, tekst in INHOUD:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "p":
            doc.add_paragraph(tekst)
        elif soort == "tabel":
            tabel(doc, ["Tijd", "Wat we doen", "Pictogram of voorwerp"], DAGRITME, breedtes=[2.5, 9.0, 4.5])
            doc.add_paragraph()
        elif soort == "onderteken":
            tabel(
                doc,
                ["Namens", "Naam", "Datum"],
                [
                    ("Medezeggenschapsraad", "A. Kramer, voorzitter", "3 juni 2025"),
                    ("Directie", "J. van der Veen, directeur", "3 juni 2025"),
                    ("Bevoegd gezag", "H. Brouwer, bestuurder", "24 juni 2025"),
                ],
                breedtes=[5.0, 7.0, 4.0],
            )

    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 6, 24, 10, 0))
