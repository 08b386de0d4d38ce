"""Schoolplan 2024-2028 van Christelijk Lyceum Tiberias (havo, atheneum, gymnasium), Almere Poort.

Opbouw zoals de rector het in Word maakte: genummerde paragrafen als vetgedrukte Normal-alinea's
(geen kopstijlen), SMART-doelen als opsommingen per paragraaf.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

CHAP = "chap"
PAR = "par"
P = "p"
BUL = "bul"
DOEL = "doel"
TABLE = "table"
BREAK = "break"

CONTENT = [
    (CHAP, "1. Voorwoord en verantwoording"),
    (PAR, "1.1 Waarom dit plan"),
    (P, "Voor u ligt het schoolplan van Christelijk Lyceum Tiberias voor de schooljaren 2024-2025 tot en met "
        "2027-2028. Het plan loopt van 1 augustus 2024 tot 31 juli 2028. Het is de opvolger van ons plan "
        "'Vaste grond' (2020-2024) en beschrijft waar wij over vier jaar willen staan en hoe we daar komen. "
        "Het plan is ook onze verantwoording aan het College van Bestuur van de Almeerse Scholen Groep, aan de "
        "inspectie en bovenal aan onze leerlingen en hun ouders."),
    (P, "De koers van ons bestuur, Koers 22 'Leren in verbinding', is het kader. Wij hebben niet geprobeerd "
        "alle onderdelen van die koers een plek te geven. We hebben gekozen voor wat voor onze school en onze "
        "leerlingen nu het meeste verschil maakt. Sommige onderwerpen zijn bij ons al op orde; die noemen we "
        "kort of laten we rusten."),
    (PAR, "1.2 Hoe dit plan tot stand kwam"),
    (P, "In oktober 2023 hebben we met het voltallige personeel (ruim 110 collega's) een studiedag gehouden "
        "over de vraag 'Waar staan we, en waar willen we heen?'. De secties leverden daarna elk een korte "
        "sterkte-zwakteanalyse aan. In januari 2024 spraken we met een leerlingenpanel van achttien leerlingen "
        "uit alle leerjaren en op 6 februari 2024 met ruim veertig ouders tijdens een ouderavond. Op de tweede "
        "studiedag (13 maart 2024) hebben we de speerpunten gekozen. De schoolleiding heeft het plan daarna "
        "uitgeschreven; de MR heeft twee conceptversies besproken."),
    (PAR, "1.3 Leeswijzer"),
    (P, "We volgen de kernwaarden en vensters van het bestuur, maar in onze eigen volgorde. Eerst komt het "
        "onderwijs zelf (hoofdstuk 3), daarna wat wij onder 'gezien worden' en 'ambitieus' verstaan "
        "(hoofdstuk 4 en 5), ons personeel (hoofdstuk 6), openheid (hoofdstuk 7), vernieuwing (hoofdstuk 8), "
        "onze partners (hoofdstuk 9) en de samenwerking binnen ASG (hoofdstuk 10). Hoofdstuk 11 beschrijft "
        "onze kwaliteitszorg en de meerjarenplanning. Elke paragraaf sluit af met de doelen die we ons "
        "stellen, zo concreet mogelijk: wat, wanneer, wie en hoe we het meten."),

    (CHAP, "2. Onze school"),
    (PAR, "2.1 Identiteit"),
    (P, "Tiberias is een christelijke school. De naam verwijst naar het meer waaraan Jezus zijn leerlingen "
        "riep, in een stad die zelf op de bodem van een meer is gebouwd. Onze identiteit is geen laag over "
        "het onderwijs heen, maar zit in hoe we met elkaar omgaan: met vertrouwen, met vergeving en met de "
        "verwachting dat iedereen iets te geven heeft. Iedere schooldag begint met een korte dagopening door "
        "de mentor. We vieren Kerst en Pasen met de hele school in De Nieuwe Kerk in Almere Poort en houden "
        "jaarlijks een identiteitsdag voor het personeel."),
    (P, "Leerlingen van alle achtergronden zijn welkom, mits zij en hun ouders de christelijke grondslag "
        "respecteren en meedoen aan vieringen en het vak levensbeschouwing. Ongeveer 45% van onze leerlingen "
        "komt uit een kerkelijk meelevend gezin; bij het personeel is dat ruim 70%. Bij de benoeming van "
        "nieuwe collega's voeren we een identiteitsgesprek."),
    (PAR, "2.2 Leerlingen en cijfers"),
    (P, "Tiberias telt op 1 oktober 2023 1.164 leerlingen, verdeeld over havo, atheneum en gymnasium. Het "
        "gebouw aan de Duinzichtlaan is in 2011 opgeleverd en is berekend op 1.200 leerlingen. De "
        "belangrijkste kengetallen staan in de tabel."),
    (TABLE, [
        ["Kengetal", "2021-2022", "2022-2023", "2023-2024"],
        ["Aantal leerlingen (1 oktober)", "1.118", "1.141", "1.164"],
        ["Waarvan gymnasium", "214", "226", "241"],
        ["Slagingspercentage havo", "88%", "85%", "87%"],
        ["Slagingspercentage vwo (atheneum en gymnasium)", "93%", "91%", "94%"],
        ["Onderbouwsnelheid", "97,2%", "96,4%", "96,9%"],
        ["Zittenblijvers havo 4", "13%", "15%", "14%"],
        ["Ziekteverzuim personeel", "5,9%", "7,1%", "6,8%"],
    ]),
    (P, "De meeste leerlingen komen uit Almere Poort, Almere Stad-West en Almere Haven; een kleine groep "
        "reist dagelijks uit Lelystad en Zeewolde. Jaarlijks melden zich ongeveer 260 brugklassers aan."),
    (PAR, "2.3 Wat we zien: sterke punten en zorgen"),
    (P, "Bij het inspectiebezoek in het voorjaar van 2022 kregen alle afdelingen het oordeel 'voldoende'; "
        "het pedagogisch klimaat werd als sterk genoemd. Onze onderbouw doet het goed: leerlingen stromen "
        "vlot door en de doorstroom naar het juiste niveau na klas 3 klopt meestal. Er zijn ook zorgen. In "
        "havo 4 blijft een te grote groep zitten, de examenresultaten havo schommelen en liggen bij wiskunde "
        "A en economie onder het landelijk gemiddelde. In klas 3 zakt het welbevinden van leerlingen "
        "zichtbaar in. Bij het personeel is het verzuim gestegen en hebben we moeite om vacatures voor "
        "wiskunde, natuurkunde, scheikunde en Duits te vullen. Deze analyse bepaalt onze keuzes in de "
        "volgende hoofdstukken."),

    (CHAP, "3. Goed en toegankelijk onderwijs"),
    (PAR, "3.1 Ons onderwijsprogramma"),
    (P, "In de onderbouw werken we met een gemengde brugklas havo/vwo, een atheneumklas en een "
        "gymnasiumklas. Gymnasiasten krijgen vanaf klas 1 Latijn (methode Disco) en vanaf klas 2 Grieks "
        "(methode Pegasus). In de bovenbouw bieden we alle vier de profielen aan; in het vwo kunnen leerlingen "
        "daarnaast kiezen voor informatica, filosofie en tekenen. Voor Nederlands gebruiken we Nieuw "
        "Nederlands, voor wiskunde Getal & Ruimte, voor Engels Stepping Stones en voor Frans en Duits Grandes "
        "Lignes en Neue Kontakte. Levensbeschouwing is een verplicht vak in alle leerjaren met een eigen "
        "leerlijn die de sectie de afgelopen twee jaar heeft ontwikkeld."),
    (P, "De kerndoelen voor de onderbouw zijn in 2019 voor het laatst per sectie in kaart gebracht. Met de "
        "komst van de nieuwe kerndoelen voor burgerschap en digitale geletterdheid is het tijd voor een "
        "grondige herziening. We willen een onderbouwprogramma dat minder versnipperd is, meer samenhang "
        "tussen vakken heeft en leerlingen voorbereidt op een wereld waarin informatie overal te vinden is maar "
        "niet altijd te vertrouwen. Digitale geletterdheid wordt daarom een leerlijn in klas 1 tot en met 3, "
        "verzorgd door de secties informatica, Nederlands en mens & maatschappij samen."),
    (DOEL, "Doelen"),
    (BUL, "Uiterlijk 1 juli 2025 heeft iedere sectie de onderbouwkerndoelen (inclusief de nieuwe kerndoelen) "
          "opnieuw gekoppeld aan het eigen programma; eigenaar: teamleider onderbouw."),
    (BUL, "Vanaf schooljaar 2025-2026 volgen alle leerlingen van klas 1 en 2 de leerlijn digitale "
          "geletterdheid (1 uur per week); in 2026-2027 volgt klas 3."),
    (BUL, "In schooljaar 2026-2027 is het herziene onderbouwprogramma met drie vakoverstijgende projecten "
          "per leerjaar ingevoerd; evaluatie met leerlingen en docenten in juni 2027."),
    (PAR, "3.2 Resultaten"),
    (P, "Onze basiskwaliteit is op orde, maar we willen niet tevreden zijn met een voldoende. De zwakke plek "
        "zit in de havo-bovenbouw. Daarom voeren we in havo 4 een vast studie-uur in, begeleid door de "
        "mentor, en krijgen leerlingen die na de eerste periode op drie of meer tekorten staan een "
        "persoonlijk plan van aanpak. Secties wiskunde A en economie analyseren hun examenresultaten samen met "
        "de examensecretaris en een collega van een andere ASG-school (zie hoofdstuk 10)."),
    (DOEL, "Doelen"),
    (BUL, "Het percentage zittenblijvers in havo 4 daalt van 14% (2023-2024) naar maximaal 9% in 2026-2027."),
    (BUL, "Het slagingspercentage havo is in 2027 en 2028 minimaal 90%; vwo blijft minimaal 92%."),
    (BUL, "Het gemiddelde centraal examencijfer voor wiskunde A en economie havo ligt in 2027 op of boven het "
          "landelijk gemiddelde."),
    (BUL, "De onderbouwsnelheid blijft elk jaar boven de 96%; alle indicatoren van het onderwijsresultatenmodel "
          "van de inspectie liggen elk jaar boven de norm."),
    (PAR, "3.3 Burgerschap"),
    (P, "Burgerschap is voor ons nauw verbonden met onze identiteit: we leren leerlingen zorg te dragen voor "
        "hun naaste en hun stad. Alle leerlingen doen in klas 3 een maatschappelijke stage van 30 uur, "
        "bijvoorbeeld bij de voedselbank Almere, in zorgcentrum De Overloop of bij de kerken in de wijk. In "
        "klas 2 bezoeken we ProDemos in Den Haag en in havo 4 en vwo 5 organiseren leerlingen een "
        "verkiezingsdebat met Almeerse raadsleden. De leerlingenraad en het debatteam zijn belangrijke "
        "oefenplaatsen voor democratie. Wat ontbreekt, is samenhang: veel activiteiten hangen aan enkele "
        "enthousiaste collega's."),
    (DOEL, "Doelen"),
    (BUL, "Uiterlijk februari 2025 is een burgerschapsleerlijn voor klas 1 tot en met het examenjaar "
          "vastgesteld, met per leerjaar de doelen voor kennis, houding en vaardigheden; eigenaar: sectie mens "
          "& maatschappij samen met de sectie levensbeschouwing."),
    (BUL, "Vanaf 2025-2026 legt iedere leerling de burgerschapsactiviteiten vast in een digitaal portfolio; in "
          "juni 2026 heeft minimaal 90% van de leerlingen van klas 3 een volledig portfolio."),
    (PAR, "3.4 Ondersteuning"),
    (P, "Ons schoolondersteuningsprofiel (SOP) is in 2023 herzien en staat op de website. Daarin beschrijven "
        "we wat we wel en niet kunnen bieden. Basisondersteuning krijgt iedere leerling via de mentor en de "
        "vakdocent. Extra ondersteuning bieden we in het Tiberias Steunpunt: begeleiding bij dyslexie en "
        "dyscalculie, faalangstreductietraining, een plusprogramma voor (hoog)begaafde leerlingen en "
        "begeleiding van leerlingen met een autismespectrumstoornis door twee ambulant begeleiders. Wat wij "
        "niet kunnen bieden, is intensieve begeleiding bij ernstige gedragsproblemen of een structureel "
        "verkort rooster langer dan zes weken."),
    (P, "De ondersteuningscoördinator is de verbindende schakel met het Samenwerkingsverband Passend Onderwijs "
        "Almere. Als een leerling bij ons niet op de juiste plek is, zoeken we samen met ouders, het "
        "samenwerkingsverband en het Centrum voor Jeugd en Gezin naar een passende plek. Het zorgadviesteam "
        "(ZAT) komt zes keer per jaar bijeen, met de jeugdarts van de GGD Flevoland, de leerplichtambtenaar en "
        "het schoolmaatschappelijk werk."),
    (DOEL, "Doelen"),
    (BUL, "Vanaf september 2024 heeft iedere leerling met extra ondersteuning binnen zes weken een "
          "ontwikkelingsperspectiefplan dat met leerling en ouders is besproken."),
    (BUL, "Het SOP wordt in het voorjaar van 2026 geactualiseerd en opnieuw aan de MR voorgelegd."),
    (BUL, "Het aantal thuiszitters (langer dan vier weken zonder onderwijs) is in elk schooljaar nul; wordt dat "
          "niet gehaald, dan bespreekt de rector elke casus binnen twee weken met het samenwerkingsverband."),

    (CHAP, "4. Gezien worden"),
    (PAR, "4.1 Welkom op Tiberias"),
    (P, "Iedereen op Tiberias is waardevol en wordt gezien. Wie ons gebouw binnenkomt, wordt begroet door "
        "de receptie of door een van de leerlingen van het rondleidersteam. Op open dagen en bij "
        "kennismakingsavonden leiden leerlingen uit klas 3 tot en met 5 de bezoekers rond. Nieuwe "
        "brugklassers beginnen met drie kennismakingsdagen op Kampeerboerderij De Wiede, en nieuwe "
        "collega's krijgen in hun eerste jaar een vaste buddy uit een andere sectie. Ouders die de school "
        "voor het eerst bezoeken, zijn welkom om een les bij te wonen."),
    (DOEL, "Doelen"),
    (BUL, "In de tevredenheidspeiling van voorjaar 2026 beoordeelt minimaal 85% van de nieuwe ouders de "
          "ontvangst op school met een ruime voldoende (nu 78%)."),
    (BUL, "Vanaf 2024-2025 voert de schoolleiding na drie maanden een welkomstgesprek met iedere nieuwe "
          "collega; de uitkomsten worden jaarlijks in het managementteam besproken."),
    (PAR, "4.2 Mentoraat"),
    (P, "De mentor kent zijn leerlingen. Daarom heeft iedere mentor in de onderbouw maximaal één klas, "
        "met een wekelijks mentoruur. Drie keer per jaar voert de mentor een individueel gesprek met elke "
        "leerling. Na elke rapportperiode is er een leerlingbespreking, waarin docenten signalen uitwisselen "
        "over leren, motivatie en welbevinden. Afspraken leggen we vast in Magister, zodat ze bij een nieuwe "
        "mentor niet verloren gaan. Voor klas 3 voeren we een extra gesprek in rond de profielkeuze, omdat we "
        "daar de dip in welbevinden zien."),
    (DOEL, "Doelen"),
    (BUL, "Vanaf schooljaar 2024-2025 voert iedere mentor drie individuele gesprekken per leerling per jaar; "
          "de teamleiders controleren dit in januari en juni via Magister (norm: 95%)."),
    (BUL, "Het welbevinden van leerlingen in klas 3 (leerlingenpeiling Vensters) stijgt van 6,6 in 2023 naar "
          "minimaal 7,2 in 2027."),
    (PAR, "4.3 Veiligheid en schoolklimaat"),
    (P, "Ons veiligheidsplan is in 2023 vernieuwd. De anti-pestcoördinator en twee vertrouwenspersonen (één "
        "man, één vrouw) zijn bij alle leerlingen bekend. We monitoren de sociale veiligheid jaarlijks met de "
        "leerlingenpeiling van Vensters; in 2023 voelde 91% van de leerlingen zich veilig op school. "
        "Incidenten registreren we in Magister en bespreken we elk kwartaal in het managementteam. Bij "
        "sexting, online pesten en discriminatie werken we met een vast protocol, samen met de wijkagent."),
    (DOEL, "Doelen"),
    (BUL, "Minimaal 94% van de leerlingen voelt zich in 2026 en 2028 veilig op school (leerlingenpeiling)."),
    (BUL, "In het schooljaar 2025-2026 krijgen alle mentoren een training over online veiligheid, gegeven "
          "door Bureau Halt en de wijkagent."),

    (CHAP, "5. Ambitieus"),
    (PAR, "5.1 De lat hoog leggen"),
    (P, "We willen dat leerlingen het diploma halen dat bij hun talent past, en niet een niveau lager omdat "
        "dat veiliger voelt. In de brugklas stellen we het advies niet bij na één slecht rapport. Leerlingen "
        "die meer aankunnen, bieden we Cambridge English (CAE) in het vwo en een plusprogramma met "
        "versnellen of verbreden. Havisten met een 7 gemiddeld in havo 5 moedigen we actief aan om door te "
        "stromen naar vwo 5; op dit moment doet vrijwel niemand dat. Docenten bespreken in de sectie "
        "jaarlijks hun resultaten en spreken af wat beter kan."),
    (DOEL, "Doelen"),
    (BUL, "Minimaal 20% van de vwo-leerlingen behaalt in 2027 het Cambridge-certificaat CAE (2023: 11%)."),
    (BUL, "Vanaf 2025 stromen jaarlijks minimaal acht geslaagde havisten door naar vwo 5, met een "
          "begeleidingstraject van de decaan."),
    (BUL, "In juni 2026 is bij minstens 80% van de leerlingen in de onderbouw het diploma-niveau gelijk aan of "
          "hoger dan het basisschooladvies (doorstroommonitor)."),
    (PAR, "5.2 Eigenaarschap van leerlingen"),
    (P, "Ambitie werkt alleen als leerlingen die zelf voelen. In de bovenbouw plannen leerlingen hun werk "
        "met een studiewijzer in Magister en houden ze eens per periode een voortgangsgesprek met de mentor. "
        "We merken dat veel leerlingen pas in het examenjaar gaan plannen. Daarom oefenen we plannen al in "
        "klas 2 en 3 met een vaste weekplanner en bespreken we die in het mentoruur."),
    (DOEL, "Doelen"),
    (BUL, "Vanaf 2025-2026 gebruiken alle leerlingen van klas 2 en 3 een weekplanner; in juni 2026 zegt 70% in "
          "de leerlingenpeiling dat ze hun schoolwerk goed kunnen plannen (2023: 52%)."),

    (CHAP, "6. Personeel in positie"),
    (PAR, "6.1 Bevoegd en bekwaam"),
    (P, "Goed onderwijs vraagt om bevoegde en bekwame docenten. Op dit moment zijn zeven collega's nog niet "
        "bevoegd voor het vak dat zij geven, vooral in de bètavakken en Duits. Zij krijgen ieder een coach "
        "uit de eigen sectie, een vast vrij dagdeel voor hun studie en een vergoeding van het collegegeld. "
        "Via de Opleidingsschool Almere begeleiden we jaarlijks tien tot twaalf studenten van Windesheim "
        "Flevoland en de Universiteit van Amsterdam. Twee schoolopleiders coördineren dat."),
    (P, "Met iedere collega voeren we jaarlijks een ontwikkelgesprek, en eens in de drie jaar een "
        "beoordelingsgesprek, aan de hand van de ASG-gesprekscyclus. De teamleider bezoekt voorafgaand aan "
        "het gesprek minimaal twee lessen. De afspraken komen in het digitale personeelsdossier."),
    (DOEL, "Doelen"),
    (BUL, "Uiterlijk augustus 2027 zijn alle docenten bevoegd of volgen zij aantoonbaar een opleiding die "
          "binnen twee jaar tot een bevoegdheid leidt."),
    (BUL, "Vanaf 2024-2025 heeft minimaal 95% van de medewerkers jaarlijks een ontwikkelgesprek gevoerd dat "
          "in het personeelsdossier is vastgelegd."),
    (PAR, "6.2 Samen leren"),
    (P, "We willen dat het leren van docenten niet losstaat van de vraag van de school. Sinds 2022 werken "
        "vier lesson-studyteams; in deze planperiode breiden we dat uit tot alle secties. Elk team onderzoekt "
        "één vraag per jaar uit de lespraktijk en presenteert de uitkomst op de studiedag in juni. Daarnaast "
        "heeft iedere docent een individueel scholingsbudget van 600 euro per jaar en volgen collega's "
        "programma's van de ASG Academie, zoals de leergang voor beginnende teamleiders en de training "
        "formatief evalueren."),
    (DOEL, "Doelen"),
    (BUL, "In 2026-2027 werken alle secties (zestien) in een lesson-studyteam; elk team presenteert jaarlijks "
          "op de junistudiedag."),
    (BUL, "Vanaf 2024-2025 volgt iedere medewerker minimaal één professionaliseringsactiviteit per jaar "
          "die aansluit bij een speerpunt uit dit plan; registratie in het personeelsdossier."),
    (PAR, "6.3 Werkplezier en verzuim"),
    (P, "Wij hebben vitale werknemers. Toch is het verzuim de afgelopen twee jaar opgelopen tot 6,8%. Uit "
        "het medewerkersonderzoek van 2023 blijkt dat vooral de correctielast in de bovenbouw en het aantal "
        "vergaderingen als zwaar worden ervaren. Met de werkdrukmiddelen zetten we twee extra "
        "onderwijsassistenten in en we schrappen vanaf 2024-2025 de woensdagmiddagvergadering in de oneven "
        "weken. Collega's die langer dan twee weken ziek zijn, krijgen binnen een week een gesprek met hun "
        "leidinggevende; bij dreigend langdurig verzuim schakelen we vroeg de bedrijfsarts in. Voor oudere "
        "collega's bespreken we in het ontwikkelgesprek ook de balans tussen werk en privé en de regeling "
        "duurzame inzetbaarheid."),
    (DOEL, "Doelen"),
    (BUL, "Het ziekteverzuim daalt van 6,8% (2023) naar maximaal 5,5% in 2027."),
    (BUL, "In het medewerkersonderzoek van 2026 geeft minimaal 70% van de docenten aan dat de werkdruk "
          "hanteerbaar is (2023: 54%)."),

    (CHAP, "7. Open"),
    (PAR, "7.1 Respectvol met elkaar"),
    (P, "Openheid begint bij respect. Samen met de leerlingenraad hebben we in 2023 de Tiberias-afspraken "
        "opgesteld: vijf korte afspraken over hoe we met elkaar omgaan, in de klas, in de gangen en online. "
        "Ze hangen in ieder lokaal. Als het misgaat, werken we herstelgericht: de betrokkenen praten onder "
        "begeleiding van een mentor of teamleider over wat er is gebeurd en hoe het goed te maken. Ook "
        "tussen collega's en in contact met ouders verwachten we dat men elkaar rechtstreeks aanspreekt."),
    (DOEL, "Doelen"),
    (BUL, "In 2025-2026 zijn alle mentoren en teamleiders getraind in herstelgericht werken (tweedaagse "
          "training door een externe trainer, betaald uit het scholingsbudget)."),
    (BUL, "Het aantal schorsingen daalt van 31 (2022-2023) naar maximaal 15 per jaar vanaf 2026-2027."),
    (PAR, "7.2 Communicatie met leerlingen en ouders"),
    (P, "Ouders geven aan dat zij door de vele kanalen soms door de bomen het bos niet meer zien. We maken "
        "daarom duidelijke keuzes: Magister is voor cijfers, huiswerk en afwezigheid; de tweewekelijkse "
        "nieuwsbrief 'Aan het water' voor algemene informatie; e-mail alleen voor persoonlijke zaken. "
        "Docenten beantwoorden e-mails van ouders binnen twee werkdagen. Cijfers staan uiterlijk tien "
        "werkdagen na een toets in Magister. Het PTA en het examenreglement zijn op 1 oktober van elk "
        "schooljaar op de website te vinden, en we publiceren jaarlijks onze resultaten op Scholen op de "
        "kaart."),
    (DOEL, "Doelen"),
    (BUL, "Uiterlijk januari 2025 is een communicatieplan met vaste kanalen en reactietermijnen vastgesteld "
          "en met ouders gedeeld."),
    (BUL, "In de ouderpeiling van 2026 is minimaal 80% tevreden over de informatie van school (2023: 67%)."),

    (CHAP, "8. Vooruitstrevend"),
    (PAR, "8.1 Tiberias Lab"),
    (P, "In 2023 zijn we in de bovenbouw vwo gestart met het Tiberias Lab: een keuzeprogramma van twee uur "
        "per week waarin leerlingen in groepjes een onderzoek of ontwerp uitvoeren voor een echte opdrachtgever, "
        "zoals Waterschap Zuiderzeeland of het Flevoziekenhuis. Docenten begeleiden als coach en niet als "
        "kennisoverdrager. De eerste ervaringen zijn positief: leerlingen zijn gemotiveerder en het "
        "profielwerkstuk wordt beter. We willen het Lab uitbreiden naar havo 4 en de onderbouw. Daarnaast "
        "experimenteren we in klas 1 met een flexrooster, waarin leerlingen twee uur per week zelf kiezen bij "
        "welk vak ze extra uitleg of verdieping halen."),
    (DOEL, "Doelen"),
    (BUL, "In 2025-2026 volgen ook alle havo 4-leerlingen het Tiberias Lab (1 uur per week)."),
    (BUL, "Het flexrooster in klas 1 wordt in 2024-2025 in twee klassen beproefd; in juni 2025 besluit de "
          "schoolleiding op basis van een evaluatie onder leerlingen, ouders en docenten over invoering in "
          "alle brugklassen vanaf 2026-2027."),
    (PAR, "8.2 Nieuwsgierig blijven"),
    (P, "We geven inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie. Wat we "
        "concreet doen: twee docenten volgen de master Leren en Innoveren, en sinds 2023 zijn we partner "
        "van de academische werkplaats van Windesheim Flevoland. Eens per maand organiseert de "
        "onderzoeksgroep een 'leesclub' waar collega's een recent onderzoeksartikel bespreken, bijvoorbeeld "
        "over feedback of leesmotivatie. Wat daaruit voortkomt, proberen we in de lessen uit."),
    (DOEL, "Doelen"),
    (BUL, "Jaarlijks voeren minimaal twee docenten een praktijkonderzoek uit samen met Windesheim; de "
          "resultaten worden gedeeld in het sectievoorzittersoverleg en op de junistudiedag."),

    (CHAP, "9. Partnerschap"),
    (PAR, "9.1 Ouders"),
    (P, "Ouders kennen hun kind het best. In de onderbouw vervangen we de klassieke tienminutengesprekken "
        "door driehoeksgesprekken: leerling, ouder en mentor bespreken samen de voortgang en de doelen voor "
        "de komende periode. De leerling bereidt het gesprek voor. In de bovenbouw organiseren de decanen "
        "jaarlijks een avond over studiekeuze, waarbij ouders uit verschillende beroepen vertellen over hun "
        "werk. Een ouderpanel van twaalf ouders denkt drie keer per jaar mee over actuele onderwerpen, zoals "
        "het mobiele-telefoonbeleid."),
    (DOEL, "Doelen"),
    (BUL, "Vanaf 2025-2026 voeren alle mentoren in klas 1 tot en met 3 twee driehoeksgesprekken per jaar; "
          "opkomst van ouders minimaal 90%."),
    (PAR, "9.2 Medezeggenschap"),
    (P, "De MR bestaat uit twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. De MR vergadert "
        "zes keer per jaar. We betrekken de MR vroeg: nieuw beleid bespreken we eerst als idee en pas daarna "
        "als voorstel. De leerlingenraad heeft een eigen budget van 2.500 euro per jaar en overlegt "
        "maandelijks met de rector. De oudergeleding van de MR overlegt twee keer per jaar met het "
        "ouderpanel."),
    (DOEL, "Doelen"),
    (BUL, "Vanaf 2024-2025 staat bij iedere MR-vergadering een 'vroege bespreking' van een beleidsidee op de "
          "agenda; de MR evalueert de samenwerking met de schoolleiding jaarlijks in juni."),
    (PAR, "9.3 Partners in de stad"),
    (P, "Tiberias staat midden in Almere Poort. We werken samen met de Protestantse Gemeente Almere en de "
        "Rooms-Katholieke parochie voor de vieringen en de maatschappelijke stage, met zorgcentrum De "
        "Overloop en de voedselbank, met Sportvereniging Poort voor het sportaanbod na schooltijd, en met "
        "Windesheim Flevoland en de Universiteit van Amsterdam voor het opleiden van docenten. Het "
        "lerarentekort pakken we niet alleen aan: via de Opleidingsschool Almere werken we met de andere "
        "Almeerse VO-besturen aan zij-instroomtrajecten en een gezamenlijke vijver van invallers."),
    (DOEL, "Doelen"),
    (BUL, "In 2026 hebben we met minimaal vijf organisaties in Almere Poort een schriftelijke "
          "samenwerkingsafspraak voor stageplekken en het Tiberias Lab."),
    (BUL, "Via de Opleidingsschool Almere starten vanaf 2025 jaarlijks minimaal twee zij-instromers bij "
          "Tiberias in een tekortvak."),

    (CHAP, "10. Samen binnen ASG"),
    (PAR, "10.1 Samenwerking met andere ASG-scholen"),
    (P, "Onze examensecretaris werkt samen met de examensecretarissen van de andere VO-scholen van ASG aan "
        "één gezamenlijk format voor het examenreglement. De secties wiskunde A en economie gaan vanaf 2024 "
        "hun examenanalyses uitwisselen met collega's van twee andere ASG-scholen met een havo-afdeling. "
        "Leerlingen voor wie het havo te hoog gegrepen blijkt, kunnen via een warme overdracht overstappen "
        "naar de mavo of het vmbo-t van een andere ASG-school; andersom halen we jaarlijks enkele "
        "mavo-leerlingen binnen in havo 4, met een eigen zomerprogramma."),
    (DOEL, "Doelen"),
    (BUL, "In 2025-2026 hebben minimaal vier secties twee keer per jaar vakinhoudelijk overleg met een sectie "
          "van een andere ASG-school."),
    (BUL, "Iedere overstap naar of van een andere ASG-school gebeurt vanaf 2024-2025 met een "
          "overdrachtsgesprek tussen de mentoren vóór 1 juli."),

    (CHAP, "11. Kwaliteitszorg en meerjarenplanning"),
    (PAR, "11.1 Onze kwaliteitscyclus"),
    (P, "Kwaliteitszorg is bij ons een vaste jaarcyclus. Iedere sectie maakt in september een sectieplan met "
        "doelen die zijn afgeleid van dit schoolplan. De schoolleiding stelt jaarlijks een jaarplan op en "
        "schrijft in juli een jaarverslag. Elk kwartaal rapporteren we aan het College van Bestuur over "
        "resultaten, personeel en financiën. Daarnaast gebruiken we de volgende instrumenten:"),
    (BUL, "de leerlingen-, ouder- en medewerkerspeilingen van Vensters (om het jaar);"),
    (BUL, "lesbezoeken door teamleiders aan de hand van een kijkwijzer gebaseerd op de ICALT-observatielijst;"),
    (BUL, "een jaarlijkse analyse van de examenresultaten per sectie in oktober;"),
    (BUL, "een interne audit door collega's van een andere ASG-school, eens per twee jaar (eerste keer voorjaar "
          "2025)."),
    (P, "De kwaliteitsmedewerker verzamelt de gegevens in het dashboard van de school en bespreekt ze met de "
        "schoolleiding. Twee keer per jaar (februari en juni) toetsen we de voortgang van de doelen uit dit "
        "plan en stellen we bij."),
    (DOEL, "Doelen"),
    (BUL, "Vanaf 2024-2025 heeft iedere sectie een sectieplan met minimaal twee meetbare doelen, uiterlijk op "
          "1 oktober."),
    (BUL, "De voortgang van dit schoolplan wordt in februari en juni van elk jaar besproken in MT en MR; in "
          "juni 2026 vindt een tussenevaluatie plaats."),
    (PAR, "11.2 Meerjarenplanning"),
    (TABLE, [
        ["Schooljaar", "Zwaartepunten"],
        ["2024-2025", "Kerndoelen koppelen; studie-uur havo 4; communicatieplan; pilot flexrooster; eerste "
                      "interne audit"],
        ["2025-2026", "Burgerschapsportfolio; leerlijn digitale geletterdheid klas 1-2; Tiberias Lab havo 4; "
                      "training herstelgericht werken; SOP herzien"],
        ["2026-2027", "Herzien onderbouwprogramma; lesson study in alle secties; flexrooster alle brugklassen; "
                      "tussenevaluatie"],
        ["2027-2028", "Borging; evaluatie van het plan; voorbereiding schoolplan 2028-2032"],
    ]),

    (CHAP, "12. Vaststelling"),
    (P, "De medezeggenschapsraad van Christelijk Lyceum Tiberias heeft op 11 juni 2024 ingestemd met dit "
        "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 2 "
        "juli 2024."),
    (P, "Namens de MR: mevrouw J. Bakker-Oosterhuis, voorzitter\t\tNamens het College van Bestuur"),
    (P, "Rector: drs. H. (Hendrik) Wiersma"),
]


def _add_table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = val
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph()


def build(path):
    path = str(path)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    # Voorblad
    for text, size, bold in [
        ("Christelijk Lyceum Tiberias", 26, True),
        ("havo | atheneum | gymnasium", 14, False),
        ("", 11, False),
        ("Schoolplan 2024 – 2028", 22, True),
        ("Zout en licht: onderweg met elkaar", 14, False),
        ("", 11, False),
        ("Duinzichtlaan 40, Almere Poort", 11, False),
        ("BRIN 20QK", 11, False),
        ("Vastgesteld juli 2024", 11, False),
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            run = p.add_run(text)
            run.font.size = Pt(size)
            run.bold = bold
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.add_page_break()

    for kind, val in CONTENT:
        if kind == CHAP:
            p = doc.add_paragraph()
            run = p.add_run(val)
            run.bold = True
            run.font.size = Pt(15)
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif kind == PAR:
            p = doc.add_paragraph()
            run = p.add_run(val)
            run.bold = True
        elif kind == DOEL:
            p = doc.add_paragraph()
            run = p.add_run(val)
            run.italic = True
            run.bold = True
        elif kind == P:
            doc.add_paragraph(val)
        elif kind == BUL:
            doc.add_paragraph(val, style="List Bullet")
        elif kind == TABLE:
            _add_table(doc, val)
        elif kind == BREAK:
            doc.add_page_break()

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 Christelijk Lyceum Tiberias"
    cp.author = "H. Wiersma"
    cp.created = datetime.datetime(2024, 6, 14, 10, 0, 0)
    cp.modified = datetime.datetime(2024, 7, 3, 9, 30, 0)
    cp.last_modified_by = "H. Wiersma"
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_169_tiberias.docx")
