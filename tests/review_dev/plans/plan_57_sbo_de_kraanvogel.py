"""Schoolplan 2019-2023 van SBO De Kraanvogel, openbare school voor speciaal basisonderwijs aan de rand
van de Kruidenwijk in Almere Stad (ASG).

Ontwerp: een directeur die in Word schrijft vanuit het dagelijkse werk met gedrag en zorg, niet vanuit
de Koerswijzer. Het plan is geordend naar eigen thema's (Heading 1 en Heading 2): onze kinderen, de wijk,
rust en veiligheid (groepsplan gedrag, time-out, herstel), ondersteuning, leren, meedoen, ouders, het
team en kwaliteitszorg. Doelen staan als lopende tekst in de thema's (met jaartallen en percentages),
niet als lijst of tabel. Veel zinnen beschrijven wie de leerlingen zijn en hoe de wijk eruitziet.
Venster 3 komt maar op twee punten echt aan bod (het netwerk van gedragsspecialisten, de overdracht naar
het vmbo van ASG); een derde doel uit venster 3 wordt alleen als wens herhaald. Het openbare karakter
wordt alleen genoemd, niet uitgewerkt. De MR heeft instemming verleend.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

SCHOOL = "SBO De Kraanvogel"

INHOUD: list[tuple[str, object]] = [
    ("h1", "Voorwoord"),
    ("p", "Dit schoolplan beschrijft hoe SBO De Kraanvogel van augustus 2019 tot en met juli 2023 werkt aan "
          "onderwijs voor kinderen bij wie het op een gewone basisschool niet lukte. De directie schreef het "
          "samen met de gedragsspecialist, de orthopedagoog en de intern begeleider, en besprak het met het "
          "team op de studiedagen van 11 maart en 15 april 2019. Wij hebben het geordend naar de thema’s die "
          "ons dagelijks werk bepalen."),
    ("p", "Bijna al onze kinderen hebben een moeizame schoolloopbaan achter de rug voordat ze bij ons komen. "
          "Veel van hen zijn geschorst geweest, sommigen hebben maanden thuisgezeten. Onze eerste opdracht is "
          "daarom altijd dezelfde: zorgen dat een kind weer durft te leren. Dat vraagt rust in het gebouw, "
          "voorspelbare volwassenen en een team dat weet wat het doet als het misgaat. De Kraanvogel is een "
          "openbare school; dat past bij de diversiteit van de wijk."),

    ("h1", "Onze kinderen"),
    ("h2", "Wie er binnenkomt"),
    ("p", "Op 1 oktober 2018 telde De Kraanvogel 164 leerlingen in elf groepen van gemiddeld vijftien "
          "kinderen. Driekwart van onze leerlingen is een jongen. Alle kinderen zijn geplaatst met een "
          "toelaatbaarheidsverklaring van het Samenwerkingsverband Passend Onderwijs Almere. De meesten "
          "stromen in tussen hun zevende en negende jaar, vaak na een arrangement op de vorige school dat "
          "niet genoeg bleek. Een op de zes komt midden in het schooljaar binnen, soms na een periode "
          "thuiszitten."),
    ("p", "Bij ongeveer veertig procent van onze leerlingen ligt het totaal-IQ tussen 70 en 85. Maar wat "
          "onze kinderen het meest kenmerkt, is de combinatie van leerproblemen met gedrags- en "
          "sociaal-emotionele problemen. Bij 58 procent is een diagnose gesteld, vaak meer dan één: ADHD, "
          "autisme, een hechtingsstoornis, een taalontwikkelingsstoornis of angstproblematiek. Bij een "
          "groeiende groep zien wij de gevolgen van ingrijpende jeugdervaringen: huiselijk geweld, een "
          "vechtscheiding, een ouder met psychische problemen, een vlucht uit een oorlogsgebied."),
    ("h2", "Wat onze kinderen meenemen"),
    ("p", "Kinderen die bij ons binnenkomen, verwachten vaak dat het weer mis zal gaan. Ze testen de "
          "volwassenen, soms weken lang. Een jongen van acht die drie keer was geschorst, zei bij zijn intake: "
          "‘Hier ga ik het ook verpesten.’ Veel van onze leerlingen hebben een laag zelfbeeld, weinig "
          "vertrouwen in volwassenen en een kort lontje, en reageren sterk op een invaller of een gymles die "
          "niet doorgaat. Tegelijk zijn het kinderen met humor, een groot rechtvaardigheidsgevoel en een "
          "enorme loyaliteit aan hun familie."),
    ("p", "Ongeveer 45 procent van de gezinnen heeft bij de inschrijving contact met jeugdhulp of het "
          "wijkteam. Bij ruim een kwart van de kinderen is thuis een andere taal dan het Nederlands de eerste "
          "taal. Veertig procent komt met het leerlingenvervoer, soms drie kwartier in een taxibus; het "
          "verschil tussen een rustige en een onrustige rit merken wij direct in het eerste uur."),
    ("h2", "Waar onze kinderen naartoe gaan"),
    ("p", "In de schooljaren 2016-2017 tot en met 2018-2019 verlieten 97 kinderen onze school:"),
    ("tabel", (["Bestemming", "2016-2017", "2017-2018", "2018-2019", "Totaal"],
               [["Reguliere basisschool", "8", "6", "7", "21"],
                ["Vmbo (meestal basis of kader, met lwoo)", "13", "15", "13", "41"],
                ["Praktijkonderwijs", "7", "8", "7", "22"],
                ["Voortgezet speciaal onderwijs", "4", "5", "4", "13"]])),
    ("p", "Voor ieder kind stellen wij binnen zes weken na plaatsing een ontwikkelingsperspectief op. Wij "
          "leggen dat perspectief bewust niet lager dan toetsgegevens en onderzoek rechtvaardigen: een kind "
          "dat met de juiste begeleiding het vmbo-kader aankan, krijgt dat perspectief, ook als zijn gedrag "
          "nog veel aandacht vraagt. In 2018-2019 haalde 71 procent van de schoolverlaters het perspectief of "
          "hoger; in juli 2023 willen wij op 80 procent staan. Het aantal kinderen dat binnen twee jaar "
          "terugkeert naar een reguliere basisschool, willen wij laten stijgen van gemiddeld zeven naar tien "
          "per jaar."),
    ("p", "Met de vmbo-scholen van ASG hebben wij sinds 2018 een vaste overdracht. In februari van het "
          "laatste schooljaar komt de toekomstige mentor het kind in onze groep bekijken, in juni draagt onze "
          "leerkracht het handelingsplan gedrag persoonlijk over, en in het eerste halfjaar op de nieuwe "
          "school neemt onze gedragsspecialist drie keer contact op met de mentor. In 2019-2020 breiden wij "
          "deze afspraak uit naar de praktijkschool waar de meeste van onze praktijkleerlingen heen gaan."),

    ("h1", "De wijk en de stad"),
    ("p", "De Kraanvogel staat sinds 1986 aan de rand van de Kruidenwijk, een van de eerste wijken van "
          "Almere Stad: eengezinswoningen uit de jaren tachtig, veel sociale huur, een lager gemiddeld inkomen "
          "en meer eenoudergezinnen dan elders in de stad. Mensen met wortels in Suriname, de Antillen, "
          "Turkije, Marokko, Ghana, Eritrea en Syrië wonen er naast gezinnen van het eerste uur. Sinds 2017 "
          "wordt een deel van de wijk vernieuwd; sommige van onze gezinnen moeten tijdelijk verhuizen."),
    ("p", "Slechts een derde van onze leerlingen woont in de Kruidenwijk zelf; de anderen komen uit de "
          "Stedenwijk, de Waterwijk, de Literatuurwijk, Tussen de Vaarten, de Muziekwijk en een enkeling uit "
          "Almere Haven of Buiten. Na schooltijd hebben veel kinderen daardoor geen klasgenoten in de straat, "
          "en vriendschappen van school lopen thuis vaak dood. Het sociale leven van onze kinderen speelt "
          "zich dus voor een belangrijk deel op school af; de pauze is voor ons een leermoment, geen vrij "
          "kwartier."),
    ("p", "De buurtsportcoach van de gemeente geeft op dinsdag en donderdag na schooltijd sport op ons veld, "
          "waar sinds 2018 een vaste groep van onze kinderen aan meedoet, en de speeltuinvereniging laat onze "
          "onderbouw op woensdag de moestuin gebruiken. Eens per kwartaal zitten de directeur, de "
          "schoolmaatschappelijk werker, het wijkteam Kruidenwijk, de buurtsportcoach en de wijkagent bij "
          "elkaar om te bespreken wat er in de wijk speelt, zodat wij weten waarom een kind op maandag anders "
          "binnenkomt dan op vrijdag."),

    ("h1", "Rust en veiligheid"),
    ("p", "Rust is voor onze kinderen een voorwaarde om te kunnen leren. De dag begint in alle groepen op "
          "dezelfde manier, met een inloop waarin de leerkracht ieder kind bij de deur begroet, en met een "
          "dagritmekaart op het bord. Wisselingen worden aangekondigd, en wij zetten bij voorkeur invallers "
          "in die de school al kennen."),
    ("p", "Ieder kind kiest in het eerste halfjaar naast de eigen leerkracht een vertrouwde volwassene in de "
          "school, bij wie het terecht kan als het in de groep niet lukt. Met de kinderen met wie het contact "
          "het moeizaamst is, voert de leerkracht tien schooldagen achter elkaar een gesprekje van twee "
          "minuten over iets wat niets met school te maken heeft: de hond, het voetbal, een spel. Een kind "
          "moet merken dat het er mag zijn, ook op een dag dat het niet lukt."),
    ("h2", "Gedragsverwachtingen en groepsplan gedrag"),
    ("p", "Sinds 2017 werken wij met School Wide Positive Behavior Support. Met het team en de "
          "leerlingenraad hebben wij drie gedragsverwachtingen vastgesteld: wij zijn veilig, wij zijn rustig, "
          "wij helpen elkaar. Voor iedere ruimte, van klas en gang tot plein en taxiplek, is uitgewerkt wat "
          "die verwachtingen betekenen. Gewenst gedrag wordt de eerste zes weken van het schooljaar expliciet "
          "aangeleerd en daarna wekelijks herhaald."),
    ("p", "Iedere groep heeft een groepsplan gedrag. De leerkracht stelt het in oktober op met de "
          "gedragsspecialist, na zes weken observeren en na afname van ZIEN!. Het beschrijft de groepsdynamiek "
          "en de momenten waarop het misgaat, de doelen voor de groep en de aanpak in drie niveaus: wat alle "
          "kinderen krijgen, wat een subgroep extra krijgt (een vaste plek, een eigen dagschema, een time-in "
          "bij de leerkracht) en welke kinderen een individueel handelingsplan gedrag hebben. In januari en "
          "juni evalueren wij het groepsplan gedrag in een groepsbespreking met de gedragsspecialist en de "
          "intern begeleider."),
    ("h2", "Time-out en herstel"),
    ("p", "Een time-out is bij ons geen straf maar een middel om tot rust te komen. De eerste stap is een "
          "time-out in de klas, op een rustplek met koptelefoon en zandloper; de tweede stap is een time-out "
          "bij een collega in de naastgelegen groep; de derde stap is de time-outruimte De Luwte, waar altijd "
          "een onderwijsassistent met een training in de-escalatie is. Een kind is nooit alleen in De Luwte en "
          "de deur gaat nooit op slot. Na hoogstens twintig minuten volgt een gesprek en gaat het kind terug "
          "naar de groep. Iedere time-out van stap drie wordt dezelfde dag in ParnasSys geregistreerd en "
          "dezelfde dag telefonisch met de ouders besproken."),
    ("p", "Na een time-out volgt altijd een herstelgesprek met vier vragen: wat is er gebeurd, wat dacht en "
          "voelde je, wie heeft er last van gehad, en hoe maak je het goed. Ook volwassenen houden zich aan "
          "afspraken: wij verheffen onze stem niet, wij spreken een kind aan op zijn gedrag en niet op wie het "
          "is, en wij grijpen alleen fysiek in als een kind zichzelf of een ander in gevaar brengt, volgens "
          "ons protocol uit 2018, alleen na de training Veilig Ingrijpen en altijd met een melding bij de "
          "directie."),
    ("p", "In 2018-2019 registreerden wij 412 time-outs in De Luwte, bijna de helft bij een klein aantal "
          "kinderen. In juli 2021 willen wij het aantal time-outs van stap drie met een derde hebben "
          "teruggebracht en in juli 2023 gehalveerd, zonder dat de incidenten in de groepen toenemen. De "
          "gedragsspecialist analyseert de registraties iedere maand per groep, dagdeel en kind."),
    ("h2", "Veiligheid meten"),
    ("p", "Wij meten de sociale veiligheid ieder jaar in maart met de leerlingvragenlijst van ZIEN! in de "
          "groepen 5 tot en met 8, en met een vragenlijst met pictogrammen bij de jongere kinderen. In 2019 "
          "voelde 84 procent van de leerlingen zich veilig op school, maar op het plein maar 71 procent. "
          "Vanaf 2019-2020 spelen onder- en bovenbouw daarom in gescheiden pauzes, staan er drie volwassenen "
          "op het plein met elk een eigen zone, en biedt de buurtsportcoach twee keer per week georganiseerd "
          "spel aan. In maart 2021 voelt ten minste 85 procent van de kinderen zich op het plein veilig. Onze "
          "gedragsspecialist is anti-pestcoördinator en bespreekt iedere pestmelding binnen een week met de "
          "ouders."),

    ("h1", "Ondersteuning: wat wij bieden en waar onze grens ligt"),
    ("p", "Ons schoolondersteuningsprofiel is in 2018 herschreven. De Kraanvogel biedt onderwijs aan "
          "kinderen die naast leerproblemen ernstige gedrags- of sociaal-emotionele problemen hebben en baat "
          "hebben bij een kleine groep, veel structuur en een team met kennis van gedrag. Wij bieden groepen "
          "van gemiddeld vijftien kinderen, in de helft van de groepen met een onderwijsassistent; een "
          "individueel handelingsplan gedrag waar nodig; een gedragsspecialist, een orthopedagoog, een "
          "logopedist en een schoolmaatschappelijk werker; een training sociale vaardigheden in kleine "
          "groepjes; en een instroomgroep voor kinderen die na thuiszitten weer aan school wennen, te "
          "beginnen met twee ochtenden per week."),
    ("p", "Wij kunnen geen passend onderwijs bieden aan kinderen die langdurig één-op-één begeleiding nodig "
          "hebben, aan kinderen met ernstige psychiatrische problematiek die eerst behandeling nodig hebben, en "
          "aan kinderen die structureel zichzelf of anderen ernstig in gevaar brengen. Dan zoeken wij met "
          "ouders en het samenwerkingsverband een plek in het speciaal onderwijs of een combinatie van "
          "onderwijs en zorg."),
    ("p", "De commissie van begeleiding (directeur, orthopedagoog, intern begeleider, gedragsspecialist en "
          "schoolmaatschappelijk werker, drie keer per jaar met de jeugdarts van de GGD) bespreekt ieder kind "
          "ten minste twee keer per jaar. Het ontwikkelingsperspectiefplan evalueren wij in november en juni "
          "met ouders, aan de hand van de leerresultaten, de doelen uit het handelingsplan gedrag en wat het "
          "kind zelf zegt."),
    ("p", "Onze orthopedagoog neemt deel aan het maandelijkse plaatsingsoverleg van het samenwerkingsverband, "
          "waar voor ieder kind met een aanvraag voor een toelaatbaarheidsverklaring wordt bekeken welke plek "
          "in Almere het best past. Met drie basisscholen in Almere Stad hebben wij in 2018 afgesproken hoe "
          "terugplaatsing gaat: een kind gaat eerst twee dagen per week mee in een groep van de reguliere "
          "school, begeleid door onze ambulant begeleider, en stapt daarna volledig over. In 2020 hebben wij "
          "die afspraak ook met ten minste twee andere scholen."),

    ("h1", "Leren in kleine stappen"),
    ("p", "Onze kinderen werken aan dezelfde kerndoelen als kinderen op een reguliere basisschool. Kinderen "
          "met een perspectief vmbo-kader of hoger moeten aan het einde van groep 8 referentieniveau 1F voor "
          "taal en rekenen beheersen; wij volgen per kind of het op koers ligt. Wij werken met het "
          "directe-instructiemodel: instructies van hoogstens vijftien minuten, een instructietafel voor "
          "verlengde instructie en zelfstandig werken met een weektaak. Taal, lezen en rekenen staan iedere "
          "ochtend op het rooster. Kinderen die in technisch lezen onder het niveau van eind groep 4 blijven, "
          "lezen vier keer per week twintig minuten in een groepje van vier met de onderwijsassistent."),
    ("p", "Wereldoriëntatie geven wij in zelf ontwikkelde thema’s die dicht bij onze kinderen staan: Mijn "
          "straat, Wie helpt er in de stad, Water en dijken in Flevoland, Van het land op je bord. Ieder thema "
          "begint met iets wat de kinderen kennen: een wandeling door de wijk, de brandweerkazerne, de "
          "stadsboerderij. Kinderen die moeite hebben met abstracte stof, hebben een haakje in hun eigen "
          "leven nodig; daarom kiezen wij onze voorbeelden uit wat zij thuis en op straat zien, van de "
          "supermarkt tot de voetbalclub en de games die zij spelen."),
    ("p", "Sinds 2018-2019 verdiept het team zich in traumasensitief onderwijs. Recent onderzoek laat zien "
          "dat kinderen met ingrijpende jeugdervaringen op dreiging reageren met vechten, vluchten of "
          "bevriezen, en dat straffen dat gedrag eerder versterkt. Leerkrachten leren daarom signalen van "
          "stress vroeg herkennen, iedere groep krijgt een rustplek, en in het voorjaar van 2020 herzien wij "
          "het time-outprotocol op basis van wat wij hebben geleerd. Twee leerkrachten volgen daarvoor in "
          "2019-2020 een cursus traumasensitief lesgeven."),

    ("h1", "Meedoen in de groep en in de wijk"),
    ("p", "Burgerschap begint voor onze kinderen bij het leren samenleven in een groep. In iedere groep "
          "stellen de kinderen in september met de leerkracht de groepsafspraken op, en in de weekafsluiting "
          "bespreken zij of het gelukt is. Vanaf groep 5 kiest iedere groep een vertegenwoordiger voor de "
          "leerlingenraad, die zes keer per jaar met de directeur vergadert en in 2018 heeft meebeslist over "
          "het nieuwe plein. Kinderen leren zo dat hun stem ertoe doet en dat je naar elkaar luistert, ook als "
          "je het oneens bent."),
    ("p", "In de bovenbouw geven wij vanaf 2019-2020 acht lessen over de democratische rechtsstaat in "
          "eenvoudige taal: wat de gemeenteraad doet, waarom er regels zijn, wat discriminatie is en wat je "
          "doet als je het ziet gebeuren. De reeks eindigt op het stadhuis van Almere, waar de kinderen een "
          "raadslid interviewen. In juli 2021 heeft iedere bovenbouwleerling de reeks gevolgd."),

    ("h1", "Ouders als bondgenoot"),
    ("p", "Ouders van onze leerlingen zijn vaak gebeld over wat hun kind fout deed, en velen komen met "
          "wantrouwen binnen. Wij zien hen als bondgenoot vanaf de eerste dag. Iedere nieuwe leerling en zijn "
          "ouders krijgen vóór de eerste schooldag een huisbezoek van de leerkracht en de intern begeleider. "
          "Het kind komt eerst een wenochtend, krijgt een rondleiding van een kind uit de leerlingenraad en "
          "vindt op de eerste dag zijn naam op een eigen kapstok. De directeur en de conciërge begroeten "
          "iedere ochtend kinderen en ouders bij de hoofdingang, en in de ouderkamer staat tot tien uur "
          "koffie klaar. Wie de school voor het eerst binnenloopt, wordt door de conciërge opgevangen en "
          "rondgeleid."),
    ("p", "Iedere leerkracht belt of appt iedere ouder ten minste eens per twee weken over iets wat goed "
          "ging. Over een time-out in De Luwte worden ouders dezelfde dag gebeld, met uitleg over wat er "
          "gebeurde en wat wij deden. Het dagelijkse contact loopt via Parro, de nieuwsbrief verschijnt "
          "maandelijks in eenvoudig Nederlands, en ouders die het Nederlands niet goed beheersen, krijgen bij "
          "ieder gesprek een tolk. Bij de intake vragen wij hoe er thuis naar gedrag, opvoeding en hulp wordt "
          "gekeken, omdat gezinnen uit verschillende culturen daar verschillend over denken, en wij houden "
          "daar in het handelingsplan rekening mee."),
    ("p", "Ouders krijgen het verslag van het ontwikkelingsperspectief een week voor de evaluatie, wij vragen "
          "wat zij thuis zien, en afspraken over gedrag maken wij zo dat ze thuis en op school hetzelfde zijn. "
          "Eens per maand houdt de schoolmaatschappelijk werker een ouderochtend over slapen, schermgebruik "
          "of omgaan met woede. In 2019 kwam gemiddeld een op de tien gezinnen; in 2022 willen wij dat "
          "verdubbeld hebben."),
    ("p", "Met de jeugdhulpaanbieders in de stad maken wij voor ieder kind met een hulptraject één plan, "
          "waarin staat wie wat doet thuis en op school; de schoolmaatschappelijk werker bewaakt dat plan. "
          "Verder werken wij samen met de jeugdartsen van de GGD, met de praktijk voor kinderfysiotherapie die "
          "wekelijks in ons gebouw behandelt, en met het leerlingenvervoer, dat kinderen zoveel mogelijk bij "
          "dezelfde chauffeur laat rijden."),

    ("h1", "Een team dat gedrag aankan"),
    ("p", "Ons team telt 38 medewerkers, onder wie 17 leerkrachten en 8 onderwijsassistenten. Het werken "
          "met onze kinderen is mooi en zwaar. Een leerkracht die een ochtend lang een kind heeft gehad dat om "
          "de tien minuten ontploft, heeft aan het eind van de dag iets anders nodig dan een collega op een "
          "reguliere school. Bij ons geldt het motto: wij geven altijd het beste van onszelf."),
    ("p", "Iedere nieuwe medewerker volgt in het eerste jaar de training Veilig Ingrijpen en een basiscursus "
          "gedrag van zes bijeenkomsten die onze gedragsspecialist zelf geeft, over het lezen van gedrag, "
          "de-escalatie, het groepsplan gedrag en het herstelgesprek. Twee leerkrachten volgen van 2019 tot "
          "2021 de master Educational Needs met de specialisatie gedrag; daarna worden zij in de bouwen "
          "ingezet als tweede en derde gedragsspecialist. Ieder teamlid neemt in zijn persoonlijk "
          "ontwikkelplan ten minste één leervraag over gedrag of ondersteuning op."),
    ("p", "Iedere medewerker heeft jaarlijks een ontwikkelgesprek en eens per twee jaar een "
          "beoordelingsgesprek. Daarvoor bezoekt de leidinggevende twee keer de groep, een keer met de "
          "kijkwijzer gedrag; in het gesprek komen de leervraag en de belastbaarheid van de medewerker aan "
          "de orde."),
    ("p", "Vaste intervisiegroepen van vijf of zes collega’s komen zes keer per jaar bij elkaar volgens de "
          "incidentmethode. Het leerteam gedrag (de gedragsspecialist, de intern begeleider en per bouw een "
          "leerkracht) analyseert iedere maand de time-outregistraties en doet het team voorstellen, die op "
          "de teamvergadering worden besproken en waar nodig in het protocol worden verwerkt. Zo ontstond in "
          "2018 de afspraak dat een kind na een tweede time-out op één dag de volgende ochtend een "
          "startgesprek met de gedragsspecialist heeft."),
    ("p", "Onze gedragsspecialist maakt deel uit van het netwerk van gedragsspecialisten van de scholen voor "
          "speciaal basisonderwijs en speciaal onderwijs binnen ASG, dat zes keer per jaar casussen bespreekt "
          "en protocollen naast elkaar legt; ons time-outprotocol is in 2018 aangepast na vergelijking met "
          "dat van een zusterschool. Vanaf 2020 sluit ook onze orthopedagoog aan bij het netwerk van "
          "orthopedagogen van die scholen. Wij willen dat alle medewerkers op de hoogte zijn van de inrichting "
          "van processen en systemen binnen de scholen en het servicebureau."),
    ("p", "Na ieder ernstig incident waarbij een medewerker is geslagen, geschopt of bedreigd, volgt binnen "
          "24 uur een opvanggesprek met de directeur of de adjunct-directeur, en de medewerker mag de rest van "
          "de dag vrij nemen. De werkdrukmiddelen zetten wij in voor extra onderwijsassistenten; in 2021 "
          "staan er in alle middenbouwgroepen twee volwassenen."),

    ("h1", "Kijken, meten, bijstellen"),
    ("p", "De inspectie gaf ons in november 2017 het basisarrangement en beoordeelde het pedagogisch klimaat "
          "en de ondersteuning als goed. Bij het volgende inspectiebezoek willen wij op alle standaarden ten "
          "minste voldoende scoren en op de ondersteuning opnieuw goed."),
    ("p", "Wij werken met een vaste jaarcyclus. In september stellen wij het jaarplan op, met per thema van "
          "dit schoolplan de doelen voor dat jaar. In januari en juni bekijken wij in de groepsbesprekingen "
          "en de commissie van begeleiding de toetsresultaten afgezet tegen het ontwikkelingsperspectief, de "
          "time-outregistraties, de gegevens uit ZIEN! en de uitstroom. In maart meten wij de sociale "
          "veiligheid, en om het jaar vragen wij ouders en medewerkers naar hun tevredenheid. De directeur "
          "bespreekt de uitkomsten met het team en rapporteert ze in de kwartaalrapportage aan het bestuur; "
          "in het jaarverslag leggen wij vast wat wij bereikten en wat wij bijstellen, en dat komt als doel "
          "terug in het volgende jaarplan. Twee keer per jaar kijken de directeur en de intern begeleider in "
          "iedere groep mee met een kijkwijzer die is afgeleid van het groepsplan gedrag en het "
          "directe-instructiemodel."),

    ("h1", "Vaststelling"),
    ("p", "De medezeggenschapsraad heeft dit schoolplan op 12 juni 2019 besproken en heeft op die datum "
          "ingestemd met het plan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op "
          "26 juni 2019 vastgesteld."),
    ("p", "Almere, 26 juni 2019. M. Dekker, directeur SBO De Kraanvogel."),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    vast = datetime.datetime(2019, 6, 26, 9, 0, 0)
    cp.author = "M. Dekker"
    cp.last_modified_by = "M. Dekker"
    cp.title = "Schoolplan 2019-2023 SBO De Kraanvogel"
    cp.created = vast
    cp.modified = vast
    cp.revision = 7

    doc.add_paragraph("Schoolplan 2019-2023", style="Title")
    sub = doc.add_paragraph()
    sub.add_run(f"{SCHOOL}, openbare school voor speciaal basisonderwijs").bold = True
    doc.add_paragraph("Kruidenwijk, Almere Stad · onderdeel van de Almeerse Scholen Groep")
    doc.add_paragraph("Rust, ritme en regie")

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = f"Schoolplan {SCHOOL} 2019-2023 · pagina "
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(footer)

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "tabel":
            kop, rijen = inhoud  # type: ignore[misc]
            tabel(doc, kop, rijen)
            doc.add_paragraph()

    doc.save(path)
    deterministisch(path, vast)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_57_sbo_de_kraanvogel.docx")
