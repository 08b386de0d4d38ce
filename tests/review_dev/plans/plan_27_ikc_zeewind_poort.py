"""Schoolplan 2024-2028 van IKC Zeewind, een openbaar integraal kindcentrum (basisschool met
kinderopvang, 402 leerlingen) in het Columbuskwartier in Almere Poort.

Ontwerp: Word-kopstijlen op twee niveaus (Kop 1 en Kop 2). Na een inleiding volgen eerst vier
hoofdstukken langs de vier kernwaarden en daarna vier hoofdstukken langs de vier vensters. De school
vermijdt de woorden van het bestuur en gebruikt haar eigen taal: 'thuisgevoel', 'elk kind telt',
'lerende organisatie' en 'collega-scholen van ons bestuur'. Venster 3 beschrijft wat de school haalt
bij en brengt naar de andere scholen van het bestuur. Per venster staan de doelen in een tabel met de
kolommen 'Wat willen we bereiken', 'Hoe meten we het' en 'Gereed'. Het openbare karakter krijgt een
eigen paragraaf (levensbeschouwelijk onderwijs voor iedereen, godsdienstlessen op verzoek, feesten).
De instemming van de MR staat in het slothoofdstuk. Niet uitgewerkt: de drie innovatiehorizonten,
interne mobiliteit, de MR als klankbord, de rol van het bestuur als gesprekspartner en de landelijke
netwerken.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

DATUM = datetime.datetime(2024, 7, 2, 10, 0, 0)

KOP = ("Wat willen we bereiken", "Hoe meten we het", "Gereed")

INHOUD = [
    ("titel", "Schoolplan 2024-2028"),
    ("sub", "IKC Zeewind"),
    ("p", "Openbaar integraal kindcentrum voor kinderen van 0 tot 13 jaar"),
    ("p", "Vasco da Gamastraat 12, 1363 BK Almere Poort · BRIN 32KX"),
    ("p", "Planperiode: 1 augustus 2024 tot en met 31 juli 2028"),
    ("h1", "Vooraf"),
    ("p", "Voor u ligt het schoolplan van IKC Zeewind voor de schooljaren 2024-2025 tot en met "
          "2027-2028. Het is het eerste schoolplan dat wij schrijven als volledig kindcentrum: sinds "
          "januari 2023 werken school en kinderopvang onder één dak, met één team, één pedagogische "
          "aanpak en één directie."),
    ("p", "We hebben dit plan niet achter het bureau geschreven. In november 2023 en februari 2024 "
          "hebben we twee studiemiddagen met het hele team, onderwijs én opvang, besteed aan de vraag "
          "wat we de komende vier jaar willen vasthouden en wat beter moet. De kinderraad sprak in drie "
          "bijeenkomsten over 'wat maakt Zeewind een fijne plek en wat zou jij veranderen?'. Ouders gaven "
          "hun mening in de oudertevredenheidspeiling van maart 2024 (respons 61%) en op twee "
          "koffieochtenden. Hun woorden komen in dit plan terug."),
    ("p", "Ons bestuur geeft in zijn koers vier kernwaarden en vier vensters mee. Wij volgen die "
          "indeling, maar vertellen in elk hoofdstuk in onze eigen woorden wat het bij ons betekent. "
          "Vier begrippen komen daarbij steeds terug, omdat ze bij ons horen: thuisgevoel, elk kind "
          "telt, lerende organisatie en de collega-scholen van ons bestuur."),
    ("h1", "Ons kindcentrum in het kort"),
    ("h2", "Wie we zijn"),
    ("p", "IKC Zeewind staat sinds 2011 in het Columbuskwartier in Almere Poort. Het gebouw is in 2022 "
          "uitgebreid met een vleugel voor de kinderopvang. Op 1 oktober 2023 telde de basisschool 402 "
          "leerlingen in 16 groepen: vier kleutergroepen en twaalf groepen 3 tot en met 8. De "
          "kinderopvang, die wij samen met Kinderopvang Almere Kust verzorgen, biedt dagopvang aan 48 "
          "kinderen van 0 tot 4 jaar in drie stamgroepen, peuteropvang met voor- en vroegschoolse "
          "educatie aan 32 peuters en buitenschoolse opvang aan 118 kinderen."),
    ("p", "Op Zeewind werken 41 mensen in het onderwijs (31 leerkrachten, 5 onderwijsassistenten, 2 "
          "intern begeleiders, een vakleerkracht bewegingsonderwijs, een conciërge en een administratief "
          "medewerker) en 26 pedagogisch medewerkers. De leiding ligt bij directeur Marieke Sloot, "
          "locatieleider opvang Yusuf Demir en drie bouwcoördinatoren voor onder-, midden- en bovenbouw."),
    ("h2", "Onze kinderen en de wijk"),
    ("p", "Almere Poort is een jonge wijk die nog steeds groeit. Veel gezinnen wonen hier pas een paar "
          "jaar. Een derde van onze ouders is niet in Nederland geboren, en in ongeveer een kwart van de "
          "gezinnen wordt thuis (ook) een andere taal dan Nederlands gesproken. Elk jaar komen er rond "
          "de 70 kinderen nieuw binnen, van wie ongeveer 25 halverwege de basisschool, uit een andere "
          "school of uit het buitenland. De schoolweging van het CBS is 30,1, dicht bij het landelijk "
          "gemiddelde, maar de spreiding binnen de school is groot."),
    ("p", "Dat vraagt twee dingen van ons: nieuwe gezinnen moeten zich snel thuis voelen, en wij moeten "
          "snel weten wat een kind kan en nodig heeft. Beide lopen als een rode draad door dit plan."),
    ("h2", "Waar we voor staan"),
    ("p", "Op Zeewind voelt elk kind zich thuis, elk kind telt, en wij zijn een team dat zelf blijft "
          "leren. Dat laatste noemen we een lerende organisatie: we kijken kritisch naar wat we doen, "
          "leren van elkaar en van de collega-scholen van ons bestuur, en veranderen wat niet werkt."),

    # ---------------------------------------------------------------- kernwaarden
    ("h1", "1 Thuisgevoel (kernwaarde Gezien worden)"),
    ("h2", "Binnenkomen bij ons"),
    ("p", "Het thuisgevoel begint bij de voordeur. Elke ochtend staat van 8.15 tot 8.30 uur iemand van "
          "de directie of de conciërge bij de hoofdingang, en de leerkrachten staan bij hun lokaaldeur; "
          "ieder kind wordt bij naam begroet. In de groepen 1 tot en met 4 lopen ouders de eerste tien "
          "minuten mee de klas in. Wie zonder kind het gebouw binnenloopt, wordt bij de balie opgevangen "
          "door onze conciërge of de administratie en naar de juiste persoon gebracht: een bezoeker "
          "staat bij ons nooit alleen in de gang te zoeken."),
    ("p", "Een nieuw gezin krijgt een rondleiding door twee kinderen uit de kinderraad, samen met de "
          "directeur. Binnen twee weken na de start is er een kennismakingsgesprek met de leerkracht, "
          "waar nodig met een telefonische tolk of met een van onze 'taalmaatjes': ouders die een tweede "
          "taal spreken en willen helpen. Het nieuwe kind krijgt de eerste vier weken een klasgenoot als "
          "maatje. Gezinnen die uit het buitenland komen, krijgen een welkomstmap in het Nederlands, "
          "Engels, Pools, Arabisch en Turks, met de schooltijden, de afspraken over ziekmelden en de "
          "foto's en namen van het team."),
    ("p", "Ook nieuwe collega's en stagiairs komen bij ons goed binnen. Zij krijgen een vaste buddy, een "
          "introductiemiddag vóór de eerste werkdag en na zes weken een gesprek met de directeur over hoe "
          "het gaat."),
    ("h2", "Elk kind telt"),
    ("p", "'Elk kind telt' betekent bij ons dat geen kind onopgemerkt door de school gaat, ook het stille "
          "kind niet. Drie dingen maken dat concreet. Ten eerste voert elke leerkracht twee keer per jaar "
          "(oktober en maart) met ieder kind een kindgesprek van tien minuten over hoe het gaat, wat het "
          "goed kan en wat het wil leren; vanaf groep 5 vult het kind vooraf een kort formulier in. Ten "
          "tweede houdt elk bouwteam in de eerste maand van het schooljaar de 'namenronde': alle namen "
          "van de bouw hangen aan de wand en collega's zetten een stip bij elk kind van wie ze iets "
          "persoonlijks weten. Kinderen zonder stip krijgen in de weken daarna bewust aandacht van "
          "meerdere volwassenen. Ten derde krijgt elk kind in groep 8 een afscheidsboek waarin alle "
          "leerkrachten die het heeft gehad iets persoonlijks schrijven."),
    ("p", "Elk kind telt, en elke collega ook. Pedagogisch medewerkers, onderwijsassistenten, de "
          "conciërge en de administratie zitten bij de teamvergaderingen en praten mee over de keuzes "
          "die we maken. Aan het begin van elke teamvergadering vertelt één collega wat hem of haar de "
          "afgelopen weken blij heeft gemaakt in het werk; zo leren we elkaar ook buiten het eigen lokaal "
          "kennen."),
    ("h2", "Weten wat een kind nodig heeft"),
    ("p", "Vanaf de eerste dag in de opvang volgen we de ontwikkeling van kinderen met één systeem: "
          "KIJK! voor de kinderen van 0 tot 6 jaar, zodat de stap van peutergroep naar groep 1 geen "
          "breuk is. Bij die overgang voeren de pedagogisch medewerker en de leerkracht van groep 1 "
          "altijd een warm overdrachtsgesprek, met de ouders erbij. Vanaf groep 3 nemen we twee keer per "
          "jaar de toetsen van Leerling in beeld af, naast de toetsen van de methodes en onze eigen "
          "observaties."),
    ("p", "De leerkracht bespreekt drie keer per jaar de hele groep met de intern begeleider. In die "
          "groepsbespreking staan niet de scores centraal, maar de vraag: wat heeft dit kind van mij nodig "
          "om verder te komen? De uitkomst legt de leerkracht vast in het groepsoverzicht in ParnasSys, "
          "met per kind de aanpak voor de komende periode. Kinderen met een eigen leerlijn hebben een "
          "ontwikkelingsperspectief dat we twee keer per jaar met de ouders bespreken."),
    ("p", "Wat collega's nodig hebben, vragen we net zo gericht. In het startgesprek in september vraagt "
          "de directeur aan iedereen wat hij of zij dit jaar van de school nodig heeft om goed te kunnen "
          "werken: een rustiger rooster, een coach, een cursus of juist meer ruimte. Dat komt in het "
          "ontwikkelgesprek in het voorjaar terug (zie hoofdstuk 6)."),
    ("h2", "Een veilige plek"),
    ("p", "Een kind dat zich niet veilig voelt, leert niet. Wij meten de sociale veiligheid elk jaar in "
          "januari met de leerlingvragenlijst van de monitor sociale veiligheid in de groepen 6, 7 en 8, "
          "en twee keer per jaar met de observatielijsten van KIJK! en ZIEN! bij alle kinderen. In 2024 "
          "voelde 93% van de kinderen zich veilig op school; het landelijk gemiddelde was 92%. Op het "
          "plein voelt 81% zich veilig, en daar zijn we niet tevreden mee."),
    ("p", "Onze anti-pestcoördinator en interne vertrouwenspersoon is Tjitske Bakker, intern begeleider "
          "van de bovenbouw. Het pestprotocol is in 2023 herschreven samen met de kinderraad en hangt in "
          "elke klas in kindertaal. Incidenten leggen we vast in ParnasSys; de directie kijkt elk "
          "kwartaal of er patronen zijn. Voor het plein werken we vanaf 2024-2025 met een nieuw "
          "pleinrooster: in elke pauze lopen twee volwassenen een vaste route, en het spelmateriaal is "
          "per groep ingedeeld zodat er minder ruzie ontstaat. Het veiligheidsplan (ontruiming, BHV, "
          "meldcode huiselijk geweld en kindermishandeling) nemen we elk jaar in september met het hele "
          "team door."),

    ("h1", "2 Eerlijk en bereikbaar (kernwaarde Open)"),
    ("h2", "Hoe we met elkaar omgaan"),
    ("p", "In het hele kindcentrum, van peutergroep tot groep 8, werken we met De Vreedzame School. In "
          "de praktijk betekent dat: elke groep begint het schooljaar met zes weken 'We horen bij elkaar' "
          "en maakt zelf de groepsafspraken; ruzies lossen kinderen in de bovenbouw eerst op met hulp van "
          "een van de veertien leerlingmediatoren, die daarvoor een training van zes middagen krijgen; en "
          "op de BSO gebruiken de pedagogisch medewerkers dezelfde taal en dezelfde stappen als de "
          "leerkrachten."),
    ("p", "Dezelfde omgangsvormen gelden voor volwassenen. Ons omgangsprotocol beschrijft hoe we met "
          "ouders, met elkaar en met bezoekers praten: we spreken iemand rechtstreeks aan en niet via "
          "anderen, we komen afspraken na, en bij een meningsverschil met een ouder zoeken we binnen een "
          "week een gesprek in plaats van e-mails heen en weer. Een ouder die boos is, wordt altijd "
          "uitgenodigd voor een gesprek; een ouder die zich niet aan de afspraken houdt, wordt daar door "
          "de directeur op aangesproken."),
    ("h2", "Ouders weten wat er speelt"),
    ("p", "Ouders moeten zonder moeite kunnen weten wat er met hun kind en in het kindcentrum gebeurt. "
          "Elke groep stuurt daarom minstens één keer per week een bericht met foto's en de planning via "
          "Parro; om de week verschijnt op vrijdag de IKC-nieuwsbrief, ook met nieuws uit de opvang; en "
          "de jaarkalender staat vóór de zomervakantie online. Op vragen van ouders reageren we binnen "
          "twee werkdagen, ook als het antwoord nog niet klaar is. Parro vertaalt berichten in de taal "
          "van de ouder; bij gesprekken over zorg of verwijzing zetten we een tolk in."),
    ("p", "We zijn ook eerlijk over wat niet goed gaat. De uitkomsten van de oudertevredenheidspeiling, "
          "van de veiligheidsmeting en van de eindtoets zetten we elk jaar in de nieuwsbrief van oktober, "
          "met wat we ermee gaan doen. Toen in 2023 het aantal dagen zonder vaste leerkracht opliep, "
          "hebben we ouders per groep verteld hoe dat kwam en welke oplossing we kozen."),
    ("h2", "Openbaar: iedereen hoort erbij"),
    ("p", "Zeewind is een openbare school. Voor ons betekent dat niet dat geloof en levensbeschouwing "
          "buiten de deur blijven. Het betekent dat ieder kind en iedere ouder welkom is, welke "
          "overtuiging ze ook hebben, dat we alle overtuigingen met hetzelfde respect behandelen en dat "
          "de school zelf niet voor één richting kiest. We leren kinderen over de grote "
          "levensbeschouwingen, en we leren ze dat mensen verschillend kunnen denken en toch samen "
          "kunnen leven. Dat krijgt op drie manieren vorm."),
    ("p", "Levensbeschouwelijk onderwijs voor iedereen. Alle groepen werken elk jaar drie weken aan het "
          "thema 'Wat mensen geloven'. In groep 3 en 4 gaat het over feesten en rituelen, in groep 5 en 6 "
          "over verhalen uit de Bijbel, de Koran en andere tradities, in groep 7 en 8 over vragen als "
          "'wat is eerlijk?' en 'wat gebeurt er als je doodgaat?'. De bovenbouw bezoekt een kerk, een "
          "moskee en een hindoetempel in Almere."),
    ("p", "Godsdienstlessen op verzoek. Ouders kunnen hun kind vanaf groep 5 aanmelden voor een lesuur "
          "per week godsdienstig of humanistisch vormingsonderwijs, gegeven door vakdocenten die niet "
          "door de school maar via het landelijke GVO/HVO-aanbod worden betaald. In 2023-2024 volgden 38 "
          "kinderen protestants-christelijk vormingsonderwijs, 21 kinderen islamitisch "
          "vormingsonderwijs en 26 kinderen humanistisch vormingsonderwijs. Kinderen die niet meedoen, "
          "hebben in dat uur een leesuur in de eigen groep. We brengen het aanbod elk jaar in juni onder "
          "de aandacht van alle ouders; als er voor een andere richting tien of meer aanmeldingen zijn, "
          "vragen we die lessen aan."),
    ("p", "Feesten. Sinterklaas, Kerst en de Koningsspelen vieren we met de hele school. Kerst vieren we "
          "als lichtjesfeest met een kerstdiner in de groep, waarbij het kerstverhaal wordt verteld naast "
          "andere verhalen over licht. Bij het Suikerfeest, Divali, Chanoeka en het Chinees Nieuwjaar "
          "vertellen kinderen in de kring hoe zij het thuis vieren; de data staan in de IKC-kalender en "
          "we plannen er geen toetsen of uitjes op. Medewerkers dragen in de klas geen eigen overtuiging "
          "uit; kinderen mogen over hun geloof vertellen. Een hoofddoek, een keppeltje of een kruisje is "
          "bij ons vanzelfsprekend, voor kinderen en voor medewerkers."),

    ("h1", "3 Nieuwsgierig naar beter (kernwaarde Vooruitstrevend)"),
    ("h2", "Leren in units"),
    ("p", "Sinds 2022 werken de groepen 6, 7 en 8 in twee units van ongeveer 75 kinderen, met per unit "
          "drie leerkrachten en een onderwijsassistent. 's Ochtends krijgen kinderen instructie in "
          "rekenen, taal en lezen in groepen op niveau, niet op leeftijd: een kind uit groep 6 dat verder "
          "is met rekenen, zit bij de instructie van groep 7. 's Middags werken de kinderen in gemengde "
          "groepen aan de thema's van wereldoriëntatie, op de leerpleinen en in het technieklokaal. In "
          "2024-2025 breiden we deze werkwijze uit naar de groepen 4 en 5; in 2025-2026 evalueren we de "
          "opbrengst voordat we besluiten of ook de kleuters in units gaan werken."),
    ("p", "De doorgaande lijn van 0 tot 13 jaar is onze tweede vernieuwing. Peuters en kleuters werken "
          "met dezelfde thema's en woordenlijsten, en de pedagogisch medewerkers van de BSO sluiten met "
          "hun middagactiviteiten aan op het thema in de klas: als groep 5 werkt aan 'water', bouwen de "
          "kinderen op de BSO een waterrad."),
    ("h2", "Een team dat zelf onderzoekt"),
    ("p", "Een lerende organisatie is bij ons geen woord maar een gewoonte. Elk jaar doen twee of drie "
          "collega's, begeleid door een lector van Hogeschool Windesheim in Almere, een klein "
          "praktijkonderzoek naar een vraag uit de eigen klas. In 2023-2024 was dat: 'Leren zwakke lezers "
          "meer van een leesmaatje uit een hogere groep dan van stillezen?' Het antwoord (ja, bij de "
          "zwakke lezers van groep 4) leidde tot het leesmaatjesprogramma dat nu in alle groepen 4 "
          "loopt. Elke eerste woensdagmiddag van de maand lezen we als team een artikel of bekijken we "
          "een korte film over nieuw onderzoek naar leren, en spreken we af wat we ermee doen."),

    ("h1", "4 De lat (kernwaarde Ambitieus)"),
    ("h2", "Elk kind kan meer dan het denkt"),
    ("p", "Wij verwachten veel van ieder kind, en we laten ons daarbij niet leiden door de thuistaal of "
          "de opleiding van de ouders. Concreet: alle kinderen krijgen eerst de basisinstructie van hun "
          "leerjaar, ook kinderen die moeite hebben; pas daarna volgt verlengde instructie. Na de "
          "groepsbespreking van oktober stellen we voor elke groep doelen die hoger liggen dan de "
          "uitkomst van vorig jaar. En bij het schooladvies in groep 8 kijken we naar wat het kind kan en "
          "laat zien, niet naar de thuissituatie. In 2024 kreeg 41% van de kinderen een advies havo of "
          "hoger, tegen 34% in 2021."),
    ("p", "Kinderen die meer aankunnen, krijgen dat ook. Vanaf groep 4 werken zij twee uur per week in "
          "de Denkvijver, onze plusgroep, met een eigen leerkracht, en in de units compacten zij de "
          "reguliere stof tot de helft, zodat er tijd overblijft voor verrijking."),
    ("h2", "Zelf willen groeien"),
    ("p", "Van onszelf verwachten we hetzelfde. Iedere medewerker kiest aan het begin van het jaar zelf "
          "een ontwikkelvraag die past bij de eigen groep en bij de plannen van de school, en werkt "
          "daaraan op een eigen manier. Vorig jaar kozen collega's onder meer voor 'meer kinderen laten "
          "meepraten in de kring', 'betere feedback bij schrijven' en 'rustiger overgangen op de BSO'. In "
          "juni vertelt iedereen op een korte markt aan de anderen wat het heeft opgeleverd. Voor scholing "
          "die iemand zelf wil volgen, is per fte € 500 per jaar beschikbaar, naast het budget voor "
          "scholing van het hele team."),

    # ---------------------------------------------------------------- vensters
    ("h1", "5 Venster 1: Goed onderwijs voor elk kind"),
    ("h2", "Ons onderwijsprogramma"),
    ("p", "Ons aanbod dekt de kerndoelen en werkt toe naar de referentieniveaus: aan het eind van groep 8 "
          "beheerst ieder kind minimaal niveau 1F voor lezen, taalverzorging en rekenen, en zo veel "
          "mogelijk kinderen niveau 2F of 1S. Alle groepen krijgen 940 uur onderwijs per jaar, in een "
          "continurooster van 8.30 tot 14.15 uur (woensdag tot 12.15 uur)."),
    ("p", "Voor het aanvankelijk lezen werken we in groep 3 met Veilig leren lezen; in de groepen 4 tot en "
          "met 8 gebruiken we Staal voor taal en spelling en Blink Lezen voor begrijpend lezen. Omdat veel "
          "kinderen thuis weinig Nederlands horen, geven we in alle groepen dagelijks vijftien minuten "
          "woordenschatonderwijs volgens de viertakt, met themawoordenlijsten die ook in de opvang worden "
          "gebruikt. Voor rekenen werken we met Wereld in getallen 5; het automatiseren oefenen we "
          "dagelijks tien minuten. Wereldoriëntatie, techniek en kunst geven we thematisch met Blink "
          "Wereld: zes thema's per jaar, elk afgesloten met een presentatie voor ouders. De vakleerkracht "
          "geeft twee keer per week 45 minuten bewegingsonderwijs. Engels krijgen de kinderen vanaf groep 1."),
    ("h2", "Leren voor later, met vragen van nu"),
    ("p", "Wat onze kinderen leren, moet passen bij de wereld waarin ze opgroeien en later werken. Daarom "
          "maken we voor deze planperiode drie keuzes. Digitale geletterdheid krijgt een eigen leerlijn, "
          "die we in 2023 samen met twee collega-scholen in Poort hebben gemaakt: vanaf 2024-2025 leren "
          "alle groepen zoeken en beoordelen van informatie, de bovenbouw programmeert met robots en "
          "vanaf groep 5 is er elk jaar een blok mediawijsheid. Onderzoekend en ontwerpend leren krijgt in "
          "elk Blink-thema een vaste plek in het technieklokaal. En de kinderen bepalen mee wat we leren: "
          "bij de start van elk thema maakt de groep een vragenmuur, en de twee meest gestelde vragen "
          "worden onderdeel van het thema. Zo sloot groep 6 het thema 'Bouwen' af met een bezoek aan de "
          "bouwplaats van de nieuwe buurt Duin, omdat de kinderen wilden weten hoe een huis op zand "
          "blijft staan."),
    ("h2", "Burgerschap"),
    ("p", "Burgerschap is bij ons geen apart vak, maar we laten het ook niet aan het toeval over. In 2023 "
          "hebben we per groep vastgelegd welke burgerschapsdoelen aan bod komen, gericht op de "
          "basiswaarden van de democratische rechtsstaat: vrijheid, gelijkwaardigheid en solidariteit. "
          "De kinderraad bestaat uit twee gekozen kinderen per groep 5 tot en met 8 en vergadert zes keer "
          "per jaar met de directeur; kandidaten voeren in hun groep campagne. De lessen van De Vreedzame "
          "School vormen de leerlijn voor meedoen, conflicten oplossen en verantwoordelijkheid nemen. In "
          "groep 7 en 8 volgt elke groep het project 'Poort doet mee': kinderen kiezen samen met de "
          "wijkbeheerder van de gemeente een probleem in de buurt en presenteren een voorstel. In 2023 "
          "leverde dat een extra zebrapad bij de school op. Groep 8 bezoekt de gemeenteraad van Almere. "
          "Aan het eind van groep 8 kijken we met een quiz en een groepsgesprek wat kinderen weten van "
          "democratie en van de verschillen tussen mensen."),
    ("h2", "Ondersteuning: wat we kunnen bieden"),
    ("p", "In ons schoolondersteuningsprofiel (herzien in maart 2024) staat wat kinderen bij ons kunnen "
          "verwachten. De basisondersteuning geven alle leerkrachten: instructie op drie niveaus, een "
          "dyslexieprotocol met voorleessoftware vanaf groep 4, en de aanpak van De Vreedzame School. "
          "Extra ondersteuning bieden we met de Denkvijver voor kinderen die meer aankunnen, de Taalklas "
          "voor nieuwkomers (vier ochtenden per week, hooguit twaalf kinderen, gedurende een jaar), een "
          "aparte aanpak voor kinderen met ernstige rekenproblemen, en begeleiding door een "
          "onderwijsassistent in kleine groepjes. Via het ondersteuningsteam (intern begeleider, "
          "schoolmaatschappelijk werker, jeugdverpleegkundige en op afroep een orthopedagoog) regelen we "
          "hulp die verder gaat dan de klas."),
    ("p", "Er zijn ook grenzen. Kinderen die langdurig één-op-één begeleiding nodig hebben om in de groep "
          "te kunnen blijven, kunnen we niet goed helpen, en ons gebouw is niet ingericht voor kinderen "
          "die een tillift of een verzorgingsruimte nodig hebben. Ons kindcentrum is aangesloten bij "
          "Samenwerkingsverband Passend Onderwijs Almere."),
    ("h2", "Hoe we de kwaliteit bewaken"),
    ("p", "Bij het laatste bezoek van de inspectie (oktober 2022) kreeg Zeewind op alle onderzochte "
          "standaarden een voldoende; de inspectie noemde het pedagogisch klimaat en de sociale "
          "veiligheid goed. Onze eindresultaten liggen al drie jaar boven de signaleringswaarden: in 2024 "
          "haalde 97,1% van de kinderen 1F en 68,4% 2F/1S, tegen signaleringswaarden van 85% en 47% bij "
          "onze schoolweging."),
    ("p", "Onze cyclus ziet er zo uit. Elk jaar in juni maken we een jaarplan met hooguit vier "
          "ontwikkelpunten uit dit schoolplan, elk met een eigenaar uit het team. In februari en juli "
          "analyseren de intern begeleiders en de directie de toetsresultaten op school-, groeps- en "
          "kindniveau, en bespreken we de trends met het team. De directeur en de bouwcoördinatoren "
          "leggen per leerkracht twee klassenbezoeken per jaar af met een vaste kijkwijzer; de uitkomst "
          "gaat naar de leerkracht en, zonder namen, naar het team. Om de twee jaar houden we een peiling "
          "onder ouders, kinderen en medewerkers. Alles komt samen in het jaarverslag van oktober, dat we "
          "ook gebruiken voor de kwartaalrapportage aan het bestuur. In 2026 vragen we twee "
          "collega-scholen van ons bestuur om ons een dag te visiteren."),
    ("h2", "Samen leren als team"),
    ("p", "Leren van elkaar is bij ons georganiseerd en niet vrijblijvend. Iedere leerkracht zit in een "
          "ontwikkelteam (lezen, rekenen, burgerschap of unitonderwijs). De ontwikkelteams komen acht "
          "keer per jaar bij elkaar op de ontwikkelmiddag en brengen hun uitkomsten terug in de "
          "teamvergadering. Twee keer per jaar bezoekt iedere leerkracht de les van een collega, met een "
          "vooraf afgesproken kijkvraag, en bespreken ze het bezoek samen na."),
    ("h2", "Doelen"),
    ("tabel", [
        ("Minimaal 70% van de kinderen haalt aan het eind van groep 8 niveau 2F/1S voor lezen en rekenen "
         "(2024: 68,4%)", "Doorstroomtoets groep 8, trendanalyse in juli", "juli 2027"),
        ("De leerlijn digitale geletterdheid wordt in alle groepen gegeven", "Jaarplanning per groep, "
         "klassenbezoeken", "juni 2025"),
        ("Werken in units in groep 4 tot en met 8, geëvalueerd met team, ouders en kinderen",
         "Evaluatieverslag en toetsgegevens", "juni 2026"),
        ("Het aandeel kinderen dat zich op het plein veilig voelt, stijgt van 81% naar 90%",
         "Monitor sociale veiligheid groep 6-8", "januari 2026"),
        ("Elke leerkracht legt twee collegiale lesbezoeken per jaar af", "Registratie ontwikkelmiddag",
         "elk jaar in juni"),
        ("Visitatie door twee collega-scholen afgerond, uitkomsten verwerkt in het jaarplan",
         "Visitatieverslag", "december 2026"),
    ]),

    ("h1", "6 Venster 2: Ons team"),
    ("h2", "Werken bij Zeewind"),
    ("p", "Werken in een groeiend kindcentrum is intensief. De werkdrukmiddelen verdelen we elk jaar in "
          "overleg met het team; in 2023-2024 koos het team voor drie extra onderwijsassistenten en voor "
          "een vrije ochtend per leerkracht per maand, waarop een vaste invaller de groep overneemt. We "
          "houden rekening met de fase waarin iemand zit: jonge ouders kunnen hun uren in overleg over "
          "minder dagen verdelen, collega's vanaf 57 jaar kunnen hun uren duurzame inzetbaarheid sparen "
          "voor een extra vrije dag per week, en wie mantelzorg geeft, bespreekt met de directeur hoe "
          "het rooster daarop kan worden aangepast."),
    ("p", "Gezond blijven hoort daarbij. Sinds 2023 sporten en wandelen collega's op dinsdag na "
          "schooltijd met de buurtsportcoach. Bij ziekte neemt de directeur in de eerste week contact op "
          "en zoeken we samen met de bedrijfsarts naar passend werk. Ons ziekteverzuim daalde van 7,2% in "
          "2022 naar 5,1% in 2023."),
    ("h2", "Groeien in je vak"),
    ("p", "Iedere medewerker heeft een eigen ontwikkelplan en een bekwaamheidsdossier in het "
          "personeelssysteem van ons bestuur, waarin gevolgde scholing en certificaten worden "
          "bijgehouden. Startende leerkrachten volgen een inductieprogramma van drie jaar met een coach "
          "uit ons team. In 2024-2025 volgen twee collega's de leergang intern begeleider van de academie "
          "van ons bestuur en volgt een collega de opleiding tot rekenspecialist."),
    ("p", "De gesprekken die we elk jaar voeren, hebben een vaste vorm: in september een startgesprek, "
          "tussen november en maart een klassenbezoek door de directeur of een bouwcoördinator, in april "
          "of mei een ontwikkelgesprek, en eens in de drie jaar een beoordelingsgesprek. Voor de "
          "pedagogisch medewerkers voert de locatieleider opvang dezelfde cyclus uit."),
    ("h2", "Waardering voor vakmanschap"),
    ("p", "Wie ergens goed in is, krijgt daar ruimte voor. Onze specialisten voor lezen, rekenen, gedrag, "
          "het jonge kind en hoogbegaafdheid hebben taakuren en een eigen budget, geven twee keer per "
          "jaar een werksessie aan het team en zijn het aanspreekpunt voor collega's met vragen. In het "
          "ontwikkelgesprek bespreekt de directeur niet alleen wat beter kan, maar ook waar iemand goed in "
          "is en hoe het kindcentrum dat kan benutten."),
    ("h2", "Zij-instromers en nieuwe leerkrachten"),
    ("p", "Op dit moment staan er drie collega's voor de klas zonder volledige bevoegdheid: twee "
          "zij-instromers met een hbo-opleiding en een leraar in opleiding die de deeltijdpabo volgt. Zij "
          "krijgen een vaste coach met een uur begeleidingstijd per week, één studiedag per week zonder "
          "lesgebonden taken, en een afspraak over de datum waarop het diploma binnen moet zijn. De "
          "coaches zijn collega's met de opleiding tot schoolopleider; zij bespreken de voortgang elk "
          "kwartaal met de directeur."),
    ("h2", "Doelen"),
    ("tabel", [
        ("Alle drie de collega's zonder volledige bevoegdheid hebben hun diploma", "Diploma's in het "
         "personeelsdossier", "juli 2026"),
        ("Ziekteverzuim onder 5%", "Verzuimcijfers uit het personeelssysteem, per kwartaal",
         "december 2025"),
        ("Ieder teamlid heeft een ontwikkelplan en doorloopt de volledige gesprekkencyclus",
         "Registratie door de directie", "elk jaar in juli"),
        ("In de medewerkerspeiling scoort 'werkdruk' minstens 7,0 (2023: 6,2)", "Medewerkerspeiling",
         "juni 2027"),
        ("Alle startende leerkrachten ronden het inductieprogramma van drie jaar af",
         "Registratie coachgesprekken en eindgesprek", "juli 2028"),
    ]),

    ("h1", "7 Venster 3: Halen en brengen bij de collega-scholen van ons bestuur"),
    ("p", "Zeewind is een van de basisscholen van ons bestuur in Almere. Die collega-scholen zijn voor ons "
          "geen verre familie: we halen er kennis en hulp, en we hebben zelf ook iets te brengen."),
    ("h2", "Wat we halen"),
    ("p", "De directeur zit in het directeurenoverleg Poort, dat zes keer per jaar bijeenkomt met de "
          "directeuren van de vier andere basisscholen van ons bestuur in Almere Poort. Onze intern "
          "begeleiders nemen vijf keer per jaar deel aan het netwerk van intern begeleiders van het "
          "bestuur. Elk jaar in februari houden we met drie collega-scholen in Poort een gezamenlijke "
          "studiedag, waarop leerkrachten per bouw in werkgroepen materiaal en ervaringen uitwisselen; "
          "de leerlijn digitale geletterdheid is daar ontstaan."),
    ("p", "Als we ergens zelf niet uitkomen, weten we wie we kunnen bellen. Voor zware gedragsvragen "
          "schakelen we de gedragsspecialist van een collega-school in Poort in, voor vragen over "
          "meertaligheid bij peuters de specialist jonge kind van een ander kindcentrum van ons bestuur. "
          "Voor personeelszaken, salarisadministratie, privacy en ICT-beheer gebruiken we de adviseurs "
          "van het servicebureau van het bestuur; zo hoeven we die kennis niet zelf in huis te hebben. "
          "Het overzicht 'Wie weet wat', met namen en deskundigheid van collega's op andere scholen en op "
          "het servicebureau, staat in onze teamomgeving en wordt elk jaar in september bijgewerkt."),
    ("p", "Voor de overstap naar het voortgezet onderwijs werken we nauw samen met de vo-scholen van ons "
          "bestuur, die samen alle niveaus en verschillende profielen aanbieden. Groep 8 bezoekt in "
          "november drie van die scholen met een verschillend profiel, kinderen met een havo- of "
          "vwo-advies volgen in het voorjaar zes middagen lessen op een lyceum van het bestuur, en in "
          "maart is er voor elk kind een warme overdracht met de mentor van de nieuwe school."),
    ("h2", "Wat we brengen"),
    ("p", "Onze Taalklas voor nieuwkomers is bij collega-scholen bekend. Sinds 2023 nemen we ook "
          "kinderen op van twee andere scholen van ons bestuur in Poort; na een jaar gaan zij terug naar "
          "hun eigen school, met een overdracht door onze NT2-specialist. Die specialist geeft op verzoek "
          "werksessies aan teams van collega-scholen, in 2023-2024 vier keer. Onze rekencoördinator zit "
          "in de werkgroep rekenen van het bestuur, die een gezamenlijke toetskalender en een format voor "
          "het rekenbeleidsplan heeft gemaakt. En de uitkomsten van onze praktijkonderzoeken presenteren "
          "we op de jaarlijkse onderwijsconferentie van het bestuur; in 2024 deden we dat met het "
          "leesmaatjesonderzoek, waarna twee scholen de aanpak hebben overgenomen."),
    ("h2", "Doelen"),
    ("tabel", [
        ("Het overzicht 'Wie weet wat' is actueel en bij alle teamleden bekend", "Vraag in de "
         "teampeiling: minstens 80% kent het overzicht", "elk jaar in september"),
        ("De Taalklas heeft per jaar plaats voor vier kinderen van collega-scholen, met een vaste "
         "terugkeerafspraak", "Aanmeldingen en evaluatie met de scholen", "juli 2025"),
        ("Zeewind presenteert elk jaar één praktijkonderzoek op de conferentie van het bestuur",
         "Programma van de conferentie", "elk jaar in het voorjaar"),
        ("Gezamenlijke studiedag Poort met minstens drie collega-scholen", "Jaarkalender en evaluatie "
         "onder deelnemers", "februari 2025 en elk jaar daarna"),
    ]),

    ("h1", "8 Venster 4: Samen met ouders en de wijk"),
    ("h2", "Ouders en het leren van hun kind"),
    ("p", "Ouders kennen hun kind het best. Daarom begint het jaar in alle groepen met een 'omgekeerd "
          "oudergesprek', waarin de ouder vertelt over het kind en de leerkracht vooral luistert. Vanaf "
          "groep 5 zijn de rapportgesprekken driegesprekken: kind, ouder en leerkracht bespreken samen "
          "wat goed ging en wat het kind de komende periode wil leren. Bij elke themaafsluiting zijn "
          "ouders welkom om te zien wat hun kind heeft gemaakt, en bij elk thema krijgen ze een thuisblad "
          "met de woorden van het thema en ideeën om er thuis over te praten, in het Nederlands en waar "
          "het kan in de thuistaal. Voor ouders van peuters en kleuters organiseert de opvang vier keer "
          "per jaar een ouder-kindochtend."),
    ("h2", "Opvang, wijk en partners"),
    ("p", "Het kindcentrum bestaat dankzij de samenwerking met Kinderopvang Almere Kust, met wie we één "
          "pedagogisch plan, één jaarkalender en één aanmeldprocedure hebben. De directeur en de "
          "locatieleider opvang overleggen wekelijks. Daarnaast werken we samen met de Bibliotheek "
          "Almere, die één dag per week een leesconsulent levert en de schoolbibliotheek beheert; met "
          "het Sociaal Wijkteam Poort, dat een vast aanspreekpunt heeft en elke maand aanschuift bij het "
          "ondersteuningsteam; met de jeugdverpleegkundige van de GGD; met de buurtsportcoach, die twee "
          "naschoolse sportmiddagen per week verzorgt; en met De Kunstlinie, waar alle groepen twee keer "
          "per jaar een voorstelling of workshop krijgen. In 2025 maken we een afspraak met het buurthuis "
          "over het gebruik van de speelzaal en het plein in de zomervakantie."),
    ("h2", "Doelen"),
    ("tabel", [
        ("Driegesprekken in de groepen 5 tot en met 8, met minstens 90% van de ouders aanwezig",
         "Registratie in ParnasSys", "juni 2025"),
        ("Thuisbladen bij alle thema's in vier talen", "Overzicht per thema", "juni 2026"),
        ("Afspraak met het buurthuis over het gebruik van plein en speelzaal in de zomer",
         "Ondertekende afspraak", "mei 2025"),
        ("Ouders geven de informatie vanuit het kindcentrum minstens een 8,0 (2024: 7,6)",
         "Oudertevredenheidspeiling", "maart 2026"),
    ]),

    ("h1", "9 Tot slot"),
    ("h2", "Van schoolplan naar jaarplan"),
    ("p", "Dit schoolplan is de basis voor vier jaarplannen. Elk jaarplan kiest hooguit vier "
          "ontwikkelpunten uit de doeltabellen, met een eigenaar en een planning per punt. In juni van "
          "elk jaar bespreken we met het team wat is bereikt en wat doorschuift. Grofweg ziet de "
          "planning er zo uit: in 2024-2025 de leerlijn digitale geletterdheid, het pleinrooster en de "
          "driegesprekken; in 2025-2026 de evaluatie van het werken in units en de thuisbladen in vier "
          "talen; in 2026-2027 de visitatie door collega-scholen en het ziekteverzuim; in 2027-2028 de "
          "eindresultaten en de evaluatie van dit plan."),
    ("h2", "Vaststelling"),
    ("p", "De medezeggenschapsraad van IKC Zeewind heeft op 11 juni 2024 ingestemd met dit schoolplan. "
          "Het bestuur heeft het plan vastgesteld op 2 juli 2024."),
    ("p", "Marieke Sloot, directeur IKC Zeewind"),
    ("p", "Karim El Idrissi, voorzitter medezeggenschapsraad"),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Marieke Sloot"
    cp.title = "Schoolplan 2024-2028 IKC Zeewind"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "Marieke Sloot"
    cp.revision = 1
    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan IKC Zeewind 2024-2028 · pagina "
    page_field(voet)
    for soort, inhoud in INHOUD:
        if soort == "titel":
            doc.add_heading(inhoud, level=0)
        elif soort == "sub":
            par = doc.add_paragraph()
            run = par.add_run(inhoud)
            run.bold = True
            run.font.size = Pt(16)
        elif soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "tabel":
            tabel(doc, KOP, inhoud, breedtes=(8.5, 5.5, 2.8))
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_27_ikc_zeewind_poort.docx")
