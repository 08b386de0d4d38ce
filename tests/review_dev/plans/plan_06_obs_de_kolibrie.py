"""Ontwikkelschoolplan 06: OBS De Kolibrie (po, openbaar), schoolplan 2023-2027.

Lang, praktisch plan met veel inhoud zonder koersdoel (schooltijden, verbouwing, begroting,
vakanties, ICT, verkeer, EHBO) en koerswoorden in een andere betekenis; doelen deels in
een tabel en deels in lopende tekst; beschrijft de openbare identiteit.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


# ---------------------------------------------------------------------------
# Teksten
# ---------------------------------------------------------------------------
SCHOOL = "OBS De Kolibrie"

META = {
    "titel": "Schoolplan 2023-2027 OBS De Kolibrie",
    "auteur": "S. Kok, directeur",
    "datum": (2023, 6, 27, 9, 0, 0),
    "koptekst": "OBS De Kolibrie – Schoolplan 2023-2027",
    "voettekst": "Schoolplan 2023-2027",
}

BLOCKS = [
    ("cover", [
        ("space", 4),
        ("title", "Schoolplan 2023-2027"),
        ("subtitle", "OBS De Kolibrie"),
        ("big", "Openbare basisschool voor kinderen van 4 tot 12 jaar"),
        ("space", 2),
        ("line", "Fluitekruidweg 40, Almere Buiten – BRIN 12KB"),
        ("line", "Almeerse Scholen Groep"),
        ("space", 8),
        ("small", "Definitieve versie – juni 2023"),
    ]),
    ("toc", "Inhoudsopgave"),
    ("pb",),

    ("h1", "Voorwoord"),
    ("p", "Beste lezer,"),
    ("p", "Voor u ligt het schoolplan van OBS De Kolibrie voor de schooljaren 2023-2024 tot en met 2026-2027. Het is een praktisch plan geworden. We hebben geprobeerd alles wat een nieuwe collega, een nieuwe ouder of een lid van de medezeggenschapsraad over onze school wil weten op één plek te zetten: van de schooltijden en de verbouwing tot onze aanpak van lezen en rekenen en de manier waarop we kinderen volgen. De doelen voor de komende vier jaar staan in hoofdstuk 9, deels in een tabel en deels beschreven in de tekst."),
    ("p", "Het plan is geschreven door de directie en de intern begeleiders, op basis van gesprekken met het team tijdens de studiedagen van februari en april 2023, een ouderavond in maart en een gesprek met de leerlingenraad. De medezeggenschapsraad heeft op 12 juni 2023 ingestemd met het plan."),
    ("p", "Ik wens iedereen veel leesplezier en hoop dat dit plan vaak uit de kast wordt gepakt."),
    ("p", "Sandra Kok, directeur"),

    ("h1", "1. Over onze school"),
    ("h2", "1.1 Geschiedenis en ligging"),
    ("p", "OBS De Kolibrie werd in 1988 geopend als een van de eerste scholen in de Bloemenbuurt in Almere Buiten. De oprichters kozen de naam van de kleinste vogel ter wereld: klein, maar snel en wendbaar. Zo wilden zij een school zijn die dicht bij de kinderen en de buurt staat. Het gebouw werd neergezet voor twaalf groepen; in 2004 kwam er een uitbreiding met vier lokalen en een speellokaal. Sinds 2019 delen we het gebouw met kinderopvang 't Nestje, die in de oostvleugel een peuteropvang en een buitenschoolse opvang heeft."),
    ("p", "De school ligt midden in een woonwijk met vooral eengezinswoningen en een paar flats aan de rand. De meeste kinderen wonen op loop- of fietsafstand. Aan de overkant van de straat ligt woonzorgcentrum De Bongerd, achter de school het wijkpark met een speeltuin en een trapveld."),
    ("h2", "1.2 Leerlingen en groepen"),
    ("p", "Op 1 oktober 2022 hadden we 384 leerlingen, verdeeld over zestien groepen. De kleuters zitten in vier gecombineerde groepen 1-2; vanaf groep 3 werken we met jaargroepen. De gemiddelde groepsgrootte is 24 leerlingen. Het leerlingaantal is de afgelopen vijf jaar licht gestegen en we verwachten dat het de komende jaren stabiel blijft."),
    ("table", ["Groep", "Aantal groepen", "Aantal leerlingen"], [
        ("1-2", "4", "98"), ("3", "2", "48"), ("4", "2", "51"), ("5", "2", "46"),
        ("6", "2", "49"), ("7", "2", "47"), ("8", "2", "45"), ("Totaal", "16", "384"),
    ]),
    ("p", "Onze leerlingen hebben ouders met wortels in meer dan dertig landen. Ongeveer een vijfde van de kinderen groeit tweetalig op. De schoolweging van het CBS is 31,2, iets boven het landelijk gemiddelde; dat betekent dat onze leerlingen gemiddeld iets meer risico op een onderwijsachterstand hebben."),
    ("h2", "1.3 Het team"),
    ("p", "Het team bestaat uit 31 medewerkers: de directeur, een adjunct-directeur, twee intern begeleiders (samen 1,4 fte), negentien groepsleerkrachten, een vakleerkracht bewegingsonderwijs, vier onderwijsassistenten, een conciërge en een administratief medewerker. Ongeveer tachtig procent van het team werkt in deeltijd, zodat de meeste groepen twee leerkrachten hebben. Binnen het team hebben we een rekencoördinator, een leesspecialist, een gedragsspecialist, een cultuurcoördinator en een ICT-coördinator."),

    ("h2", "1.4 Terugblik op het vorige schoolplan"),
    ("p", "In het schoolplan 2019-2023 hadden we vier speerpunten: een continurooster, vernieuwing van de ICT, de invoering van De Vreedzame School en een nieuwe rekenmethode. De eerste drie zijn gelukt. Het continurooster is in 2020 ingevoerd en wordt door ouders en team positief gewaardeerd. Alle groepen werken sinds 2022 met Chromebooks en touchscreens. De Vreedzame School is in alle groepen ingevoerd, al hebben nieuwe collega's de training nog niet allemaal gevolgd. De keuze voor een nieuwe rekenmethode is door de schoolsluitingen in 2020 en 2021 uitgesteld; die pakken we in deze planperiode op."),
    ("p", "De coronaperiode heeft veel van de school gevraagd. In het voorjaar van 2020 en de winter van 2020-2021 gaven we onderwijs op afstand, met dagelijkse instructie via een videoverbinding en een noodopvang voor kinderen van ouders in cruciale beroepen. Met de gelden van het Nationaal Programma Onderwijs hebben we daarna twee extra onderwijsassistenten aangesteld en kleine groepjes voor lezen en rekenen georganiseerd. Die extra formatie loopt in de zomer van 2025 af."),
    ("h1", "2. Praktische zaken"),
    ("h2", "2.1 Schooltijden"),
    ("p", "Sinds augustus 2020 werken wij met een continurooster. Ouders kozen daar in 2019 in een enquête voor (72 procent voor). De kinderen eten om twaalf uur een kwartier met hun leerkracht in de klas en spelen daarna een half uur buiten onder toezicht van onderwijsassistenten en leerkrachten. De deuren gaan om 8.20 uur open; de lessen beginnen om 8.30 uur."),
    ("table", ["Dag", "Groep 1 tot en met 4", "Groep 5 tot en met 8"], [
        ("Maandag", "8.30 – 14.15 uur", "8.30 – 14.15 uur"),
        ("Dinsdag", "8.30 – 14.15 uur", "8.30 – 14.15 uur"),
        ("Woensdag", "8.30 – 12.15 uur", "8.30 – 12.15 uur"),
        ("Donderdag", "8.30 – 14.15 uur", "8.30 – 14.15 uur"),
        ("Vrijdag", "8.30 – 12.15 uur", "8.30 – 14.15 uur"),
    ]),
    ("p", "Met dit rooster maken de kinderen in acht jaar ruim meer dan de wettelijke 7.520 uur onderwijstijd. De urenverantwoording staat elk jaar in de schoolgids. Voor kinderen die na schooltijd opvang nodig hebben, is er de buitenschoolse opvang van 't Nestje in ons gebouw; de kinderen worden door de pedagogisch medewerkers uit de klas opgehaald."),
    ("h2", "2.2 Vakantierooster"),
    ("p", "Wij volgen het vakantierooster van regio Midden, zoals afgesproken met de andere Almeerse schoolbesturen. Daarnaast heeft de school vijf studiedagen per jaar, waarop de kinderen vrij zijn. Het rooster voor 2023-2024 ziet er als volgt uit; de roosters voor de volgende jaren staan in de schoolgids van dat jaar."),
    ("table", ["Vakantie of vrije dag", "Periode 2023-2024"], [
        ("Herfstvakantie", "14 oktober t/m 22 oktober 2023"),
        ("Kerstvakantie", "23 december 2023 t/m 7 januari 2024"),
        ("Voorjaarsvakantie", "17 februari t/m 25 februari 2024"),
        ("Meivakantie (incl. Koningsdag en 5 mei)", "27 april t/m 5 mei 2024"),
        ("Hemelvaart", "9 en 10 mei 2024"),
        ("Tweede Pinksterdag", "20 mei 2024"),
        ("Zomervakantie", "13 juli t/m 25 augustus 2024"),
        ("Studiedagen (kinderen vrij)", "2 oktober, 27 november, 12 februari, 15 april en 24 juni"),
    ]),
    ("h2", "2.3 Gebouw en renovatie"),
    ("p", "Ons gebouw is 35 jaar oud en dat is te merken. De kozijnen zijn enkel of dubbel beglaasd, de ventilatie is in de zomer onvoldoende en de verwarming valt in de winter regelmatig uit. In 2022 heeft de gemeente Almere het gebouw opgenomen in het Integraal Huisvestingsplan. Tussen de zomer van 2024 en de zomer van 2025 vindt daarom de ambitieuze verbouwing plaats die we al jaren voorbereiden: nieuwe gevels met drievoudig glas, een nieuw dak met 120 zonnepanelen, een ventilatiesysteem dat voldoet aan de eisen van Frisse Scholen klasse B, en een verbouwing van het oude speellokaal tot een extra lokaal en een stilteruimte."),
    ("p", "De gemeente draagt 2,1 miljoen euro bij aan de renovatie. ASG betaalt uit eigen middelen 180.000 euro voor de nieuwe inrichting en het meubilair. Tijdens de verbouwing krijgen de groepen 7 en 8 les in tijdelijke units op het achterplein. De bouwvergaderingen worden bijgewoond door de directeur en de conciërge; het team en de ouders worden via de nieuwsbrief op de hoogte gehouden."),
    ("p", "Na de verbouwing krijgt de teamkamer een plek op de eerste verdieping, met een groot raam aan de voorkant. Daarmee heeft het team tijdens de pauzes vrij zicht op het schoolplein. Het plein zelf wordt in 2025 vergroend: de helft van de tegels maakt plaats voor gras, een moestuin, een wilgenhut en een waterpomp. De ouderraad zamelt hiervoor geld in met een sponsorloop; de gemeente geeft een subsidie voor klimaatadaptatie."),
    ("p", "Het onderhoud van het gebouw gebeurt volgens het meerjarenonderhoudsplan. Kleine reparaties meldt de conciërge bij de afdeling huisvesting; grote uitgaven worden eens per jaar in de begroting opgenomen. De speeltoestellen worden elk voorjaar gekeurd."),
    ("h2", "2.4 Verkeersveiligheid"),
    ("p", "De school ligt aan een straat waar dertig kilometer per uur de maximumsnelheid is. Toch is het bij het begin en het einde van de schooldag druk. Aan de voorkant is een Kiss & Ride-strook waar ouders de auto kort mogen stilzetten om kinderen uit te laten stappen; parkeren kan op het parkeerterrein bij het wijkpark. Twee verkeersouders overleggen jaarlijks met de gemeente over knelpunten. In 2022 is op hun verzoek een extra zebrapad aangelegd bij de ingang van het park."),
    ("p", "Leerlingen uit groep 8 zijn klaar-over bij de oversteek op de Fluitekruidweg, onder begeleiding van een ouder. In groep 7 doen alle kinderen het theoretisch en praktisch verkeersexamen van Veilig Verkeer Nederland."),
    ("h2", "2.5 EHBO en bedrijfshulpverlening"),
    ("p", "Acht teamleden zijn bedrijfshulpverlener en twee van hen hebben ook een EHBO-diploma. Zij volgen elk jaar een herhalingscursus. In de centrale hal hangt een AED. Twee keer per jaar oefenen we een ontruiming, één keer aangekondigd en één keer onaangekondigd. De uitkomsten bespreken we met de preventiemedewerker."),
    ("p", "De kinderen van groep 7 en 8 volgen de cursus Jeugd-EHBO. Zij leren daar hoe ze de vitale functies controleren (bewustzijn en ademhaling), hoe ze iemand in de stabiele zijligging leggen en wanneer ze 112 moeten bellen. Aan het eind van groep 8 halen bijna alle kinderen het diploma."),
    ("p", "Voor kinderen die medicijnen gebruiken, werken we met het medicijnprotocol van ASG. Ouders vullen een toestemmingsformulier in. Bij uitstapjes, het schoolreisje en het kamp van groep 8 nemen de begeleiders de medicijnen mee in transparante tassen met naam en foto van het kind, zodat in één oogopslag duidelijk is wat voor wie is."),
    ("h2", "2.6 ICT-inventaris"),
    ("p", "Onze ICT-voorzieningen zijn in de afgelopen jaren flink vernieuwd. Alle groepen hebben een interactief touchscreen; de nieuwste exemplaren zijn innovatieve touchscreens met een ingebouwde camera en microfoon, zodat ook een zieke leerling een les op afstand kan volgen. Het overzicht hieronder toont de stand van zaken in mei 2023."),
    ("table", ["Apparaat", "Aantal", "Jaar van aanschaf", "Vervanging gepland"], [
        ("Chromebooks leerlingen (groep 4-8)", "190", "2021 en 2022", "2026-2027"),
        ("iPads kleuters", "40", "2020", "2024-2025"),
        ("Interactieve touchscreens", "16", "2018 (8) en 2023 (8)", "2024 en 2028"),
        ("Laptops leerkrachten", "24", "2022", "2027"),
        ("Multifunctionele printers", "3", "2021 (lease)", "2026"),
        ("Wifi-accesspoints", "18", "2019", "bij de verbouwing"),
    ]),
    ("p", "Bij de verbouwing worden alle netwerkkabels vervangen en komen er in elk lokaal vier extra aansluitpunten. Onze partner voor ICT-beheer, Flevonet, verzorgt het beheer van de apparaten en de helpdesk; zij zijn elke dinsdagochtend op school. De ICT-coördinator houdt de inventaris bij en maakt elk jaar een vervangingsplan voor de begroting. Privacy regelen we volgens de afspraken van ASG: we werken alleen met programma's waarvoor een verwerkersovereenkomst is afgesloten."),
    ("h2", "2.7 Begroting"),
    ("p", "De school krijgt haar geld grotendeels van het Rijk, via ASG. Het bestuur houdt een deel in voor bovenschoolse taken, zoals het servicebureau en het vervangingsfonds. Hieronder staat de begroting voor 2023 in hoofdlijnen."),
    ("table", ["Begroting 2023", "Bedrag (x € 1.000)"], [
        ("Rijksbijdrage personeel", "2.690"),
        ("Rijksbijdrage materiële instandhouding", "385"),
        ("Aanvullende bekostiging (onderwijsachterstanden, werkdruk)", "310"),
        ("Overige baten (verhuur, ouderbijdrage)", "45"),
        ("Totaal baten", "3.430"),
        ("Personeelslasten", "2.840"),
        ("Huisvestingslasten", "205"),
        ("Afschrijvingen", "95"),
        ("Leermiddelen en ICT", "165"),
        ("Overige lasten (administratie, bovenschools)", "110"),
        ("Totaal lasten", "3.415"),
        ("Resultaat", "15"),
    ]),
    ("p", "Het budget voor leermiddelen is ongeveer 95 euro per leerling per jaar. In 2024 vervangen we de rekenmethode voor de groepen 3 tot en met 8; daarvoor is 38.000 euro gereserveerd. De vrijwillige ouderbijdrage is 40 euro per kind en wordt door de ouderraad beheerd. Geen kind wordt uitgesloten van een activiteit omdat de bijdrage niet is betaald."),

    ("h2", "2.8 Activiteiten door het jaar"),
    ("p", "Naast de lessen zijn er veel activiteiten die het schooljaar kleur geven. In oktober doen we mee aan de Kinderboekenweek, met een voorleeswedstrijd en een boekenmarkt. Begin december komt Sinterklaas op bezoek en maken de kinderen van groep 5 tot en met 8 surprises. Voor de kerstvakantie is er een kerstdiner in de klas en een optreden van het schoolkoor. In april doen alle groepen mee aan de Koningsspelen op het trapveld. In juni gaan de groepen 1 tot en met 7 op schoolreisje; groep 8 gaat drie dagen op kamp op de Veluwe en sluit de basisschool af met een musical voor ouders en familie."),
    ("p", "In maart is er een open dag voor ouders die een school zoeken voor hun kleuter. Op vrijdagmiddag is er eens per maand een open podium in de aula, waar kinderen een liedje, een dans of een goocheltruc laten zien aan de andere groepen. De ouderraad organiseert de meeste activiteiten, samen met de klassenouders, en betaalt ze uit de vrijwillige ouderbijdrage."),
    ("h2", "2.9 Gezonde school"),
    ("p", "Op woensdag en vrijdag zijn het fruitdagen: de kinderen nemen als pauzehap alleen fruit of groente mee. Bij de lunch drinken de kinderen water of melk; frisdrank en snoep laten we thuis. Traktaties bij verjaardagen mogen klein zijn en we stimuleren gezonde traktaties met een ideeënlijst op de website."),
    ("h1", "3. Onze openbare identiteit"),
    ("p", "De Kolibrie is een openbare school. Dat betekent dat iedereen welkom is, ongeacht geloof, levensovertuiging, afkomst of de samenstelling van het gezin. Maar openbaar is voor ons meer dan een toelatingsregel. We willen dat kinderen hier leren dat er verschillende manieren zijn om naar de wereld te kijken, en dat je daar respectvol met elkaar over kunt praten. Zo geven wij daar vorm aan:"),
    ("ul", [
        "Bij de aanmelding vragen we niet naar geloof of levensbeschouwing. Iedereen die in de wijk woont en een plek zoekt, kan bij ons terecht zolang er plaats is.",
        "Elk jaar werken alle groepen in januari drie weken aan het project 'Feesten in onze straat'. Kinderen en ouders vertellen over de feesten die zij thuis vieren, zoals het Suikerfeest, Divali, Chanoeka, Keti Koti en Kerst. Ouders komen in de klas koken, vertellen of muziek maken.",
        "In groep 5 tot en met 8 kunnen ouders kiezen voor lessen godsdienstig of humanistisch vormingsonderwijs (GVO of HVO), gegeven door vakdocenten van buiten de school. Ongeveer zestig procent van de kinderen doet mee; de andere kinderen hebben dan een filosofieles met de eigen leerkracht.",
        "In de klas mogen kinderen vertellen wat zij geloven of vinden. De leerkracht zorgt dat iedereen gehoord wordt en dat niemand wordt uitgelachen. Leerkrachten dragen hun eigen overtuiging niet uit als de enige juiste.",
        "Twee keer per jaar bespreekt het team in de teamvergadering een praktijkvoorbeeld, zoals: doet een kind mee aan de gymles tijdens de ramadan, of hoe gaan we om met een moeder die niet wil dat haar zoon naar de moskee op excursie gaat? De afspraken die we maken, leggen we vast in de map 'Openbaar in de praktijk'.",
        "Ook in het team zijn verschillende achtergronden vertegenwoordigd. Bij de werving van nieuwe collega's letten we erop dat ons team een afspiegeling blijft van de wijk.",
    ]),

    ("h1", "4. Ons onderwijs"),
    ("h2", "4.1 De basisvakken"),
    ("p", "Ons onderwijsaanbod is gebaseerd op de kerndoelen voor het primair onderwijs. We werken met moderne methodes: Veilig Leren Lezen in groep 3, Taal Actief voor taal en spelling, Nieuwsbegrip voor begrijpend lezen, Wereld in Getallen voor rekenen en Blink Wereld voor wereldoriëntatie. Engels krijgen de kinderen vanaf groep 1 spelenderwijs en vanaf groep 5 met een methode. Voor bewegingsonderwijs hebben alle groepen vanaf groep 3 twee lessen per week van de vakleerkracht."),
    ("p", "Wij volgen de referentieniveaus voor taal en rekenen. Aan het eind van groep 8 moet vrijwel ieder kind het fundamentele niveau (1F) halen; daarnaast streven we ernaar dat zoveel mogelijk kinderen het streefniveau (2F voor taal, 1S voor rekenen) halen. In 2022 behaalde 98 procent van onze leerlingen 1F lezen en 61 procent 2F; voor rekenen was dat 93 procent 1F en 38 procent 1S. Die resultaten liggen boven de signaleringswaarden van de inspectie, maar wij vinden dat onze kinderen meer kunnen."),
    ("p", "Daarom leggen we de lat hoger. In elke groep geven leerkrachten instructie op drie niveaus, maar de basisinstructie is voor iedereen op het niveau van de groep; kinderen die meer aankunnen, krijgen verdiepende opdrachten in plaats van meer van hetzelfde. Vanaf groep 4 bespreken leerkrachten na elke toetsperiode met ieder kind zijn of haar eigen doel voor rekenen en lezen. We geven geen vroege 'eindadviezen' in groep 6 of 7 meer, zodat kinderen niet op een lager niveau worden vastgezet. Onze doelen voor lezen en rekenen staan in hoofdstuk 9."),
    ("h2", "4.2 Wereldoriëntatie vanuit de leefwereld van kinderen"),
    ("p", "Voor aardrijkskunde, geschiedenis, natuur en techniek werken we met de thema's van Blink Wereld. Elk thema begint met een kringgesprek: wat weten we al en wat willen we nog weten? De vragen van de kinderen hangen op het themabord en bepalen voor een deel welke activiteiten we doen. Leerkrachten kiezen zoveel mogelijk voorbeelden uit de wijk en uit de levens van de kinderen. Zo wordt de bouwplaats van onze eigen verbouwing in groep 5 het startpunt voor het thema 'Bouwen en wonen', en onderzoeken de kinderen van groep 6 bij het thema 'Water' het wijkpark en de vijver."),
    ("p", "Cultuureducatie verzorgen we samen met Kunstlinie Almere. Elke groep bezoekt per jaar minstens één voorstelling of tentoonstelling en volgt een reeks lessen van een kunstvakdocent. De cultuurcoördinator stemt het aanbod af op de thema's van wereldoriëntatie."),
    ("h2", "4.3 Burgerschap en De Vreedzame School"),
    ("p", "Burgerschap geven wij vorm met De Vreedzame School. Alle groepen krijgen wekelijks een les uit een van de zes blokken: we horen bij elkaar, we lossen conflicten zelf op, we communiceren met elkaar, we hebben hart voor elkaar, we dragen allemaal een steentje bij en we zijn allemaal anders. In elke klas is een klassenvergadering, waar kinderen voorstellen doen en samen besluiten nemen over bijvoorbeeld de klassenregels of een uitje. De leerlingenraad, met twee gekozen kinderen uit elke groep 5 tot en met 8, vergadert zes keer per jaar met de directeur en mocht in 2023 meebeslissen over de inrichting van het nieuwe plein."),
    ("p", "Elk jaar worden twaalf kinderen uit groep 7 opgeleid tot leerlingmediator. Zij helpen in de pauzes bij het oplossen van ruzies op het plein, met een vast stappenplan. Daarnaast bezoekt groep 7 het stadhuis en de gemeenteraad, en doet groep 8 mee aan de verkiezing van de Almeerse kinderburgemeester. In de lessen besteden we aandacht aan de basiswaarden van de democratische rechtsstaat, zoals vrijheid van meningsuiting, gelijkwaardigheid en het afwijzen van discriminatie."),
    ("p", "Respect geldt niet alleen tussen kinderen. In ons omgangsprotocol voor volwassenen staat hoe ouders, leerkrachten en andere medewerkers met elkaar omgaan: we luisteren eerst, we praten met elkaar en niet over elkaar, en we bespreken meningsverschillen niet waar kinderen bij zijn. Het protocol staat in de schoolgids en wordt op de eerste ouderavond van het jaar besproken. Ook met bezoekers, leveranciers en stagiairs gaan we zo om."),
    ("h2", "4.4 Veiligheid"),
    ("p", "Kinderen moeten zich veilig voelen om te kunnen leren. Elk jaar vullen de kinderen van groep 5 tot en met 8 in november een vragenlijst in over sociale veiligheid. In 2022 gaf 94 procent aan zich veilig te voelen op school. De gedragsspecialist is onze anti-pestcoördinator en het aanspreekpunt voor kinderen en ouders. Pestincidenten leggen we vast in het leerlingvolgsysteem en we werken volgens het pestprotocol. Ons veiligheidsplan beschrijft daarnaast de meldcode huiselijk geweld en kindermishandeling, het protocol schorsing en verwijdering, de regels voor sociale media en de klachtenregeling."),

    ("h1", "5. Zorg en ondersteuning"),
    ("h2", "5.1 Kinderen volgen"),
    ("p", "Wij willen weten hoe het met ieder kind gaat en wat het nodig heeft. Twee keer per jaar, in januari en juni, nemen we de toetsen van ons leerlingvolgsysteem af. Voor de sociaal-emotionele ontwikkeling gebruiken we ZIEN!; bij de kleuters observeren de leerkrachten met KIJK!. De uitkomsten bespreken de leerkrachten drie keer per jaar in een groepsbespreking met de intern begeleider: hoe doet de groep het, welke kinderen hebben iets extra's nodig, wat werkt en wat niet? Op basis daarvan passen de leerkrachten hun groepsplan aan. Kinderen over wie zorgen zijn, bespreken we in een leerlingbespreking, altijd na een gesprek met de ouders."),
    ("p", "Aan het eind van elk schooljaar is er een warme overdracht: de leerkracht bespreekt elke leerling met de leerkracht van het volgende jaar. Bij de overstap van peuteropvang 't Nestje naar groep 1 is er een overdrachtsgesprek tussen de pedagogisch medewerker, de ouders en de kleuterleerkracht."),
    ("h2", "5.2 Ons schoolondersteuningsprofiel"),
    ("p", "In ons schoolondersteuningsprofiel (SOP) staat welke ondersteuning wij bieden en waar onze grenzen liggen. Tot de basisondersteuning van De Kolibrie horen onder meer: het dyslexieprotocol en het protocol ernstige rekenproblemen, een plusklas van één ochtend per week voor kinderen die meer uitdaging nodig hebben (groep 5 tot en met 8), de training Rots en Water voor groep 6, extra taalondersteuning voor kinderen die Nederlands als tweede taal leren en de inzet van onze gedragsspecialist in de groep."),
    ("p", "Extra ondersteuning vragen we aan bij het samenwerkingsverband, bijvoorbeeld een ambulant begeleider voor een kind met autisme of een arrangement voor een kind met een taalontwikkelingsstoornis. Onze grenzen liggen bij kinderen die intensieve medische verzorging nodig hebben, bij kinderen die de hele dag één-op-één begeleiding nodig hebben, en bij ernstige gedragsproblemen waarbij de veiligheid van andere kinderen in het geding komt. Het SOP wordt in 2024-2025 herschreven (zie hoofdstuk 9)."),
    ("h2", "5.3 Samenwerkingsverband en doorverwijzing"),
    ("p", "De Kolibrie is aangesloten bij het samenwerkingsverband Passend Onderwijs Almere. Zes keer per jaar is er een ondersteuningsteam met de intern begeleider, de consulent van het samenwerkingsverband, de schoolmaatschappelijk werker en de jeugdverpleegkundige van de GGD. Ouders zijn altijd bij de bespreking van hun kind. Wanneer een kind meer nodig heeft dan wij kunnen bieden, zoeken we samen met ouders en samenwerkingsverband een passende plek op een school voor speciaal (basis)onderwijs. Tot die plek er is, blijft het kind bij ons en zorgen we voor een tijdelijk aangepast programma. Omgekeerd nemen we ook kinderen op die vanuit het speciaal basisonderwijs terugkeren naar het reguliere onderwijs; in de afgelopen twee jaar waren dat er vier."),
    ("h2", "5.4 Wie weet wat?"),
    ("p", "Op de teamsite staat een overzicht 'Wie weet wat?'. Daarin staat bij wie je terechtkunt voor welke vraag: de jurist van het servicebureau voor leerplicht en privacy, de HR-adviseur voor verlof en contracten, de servicedesk voor ICT, de orthopedagoog van het samenwerkingsverband voor onderzoek, en collega's op andere ASG-scholen met een specialisme, zoals de taalklas voor nieuwkomers op een school in Almere Stad en de hoogbegaafdheidsspecialist van een school in Almere Haven. De intern begeleider houdt het overzicht bij. Nieuwe collega's krijgen het in hun welkomstmap en lopen het in hun eerste week door met hun maatje."),

    ("h1", "6. Personeel"),
    ("h2", "6.1 Gesprekken"),
    ("p", "Met iedere medewerker voeren we elk jaar drie gesprekken. Voor de herfstvakantie is er een startgesprek, waarin de medewerker zijn of haar ontwikkelplan voor het jaar bespreekt. In de winter volgt een klassenbezoek door de directeur of de adjunct, met daarna een voortgangsgesprek. In juni sluiten we af met een eindgesprek. Eens in de drie jaar is het eindgesprek een beoordelingsgesprek. De verslagen komen in het digitale personeelsdossier en worden door beide partijen ondertekend. Onderwijsassistenten, de conciërge en de administratie volgen dezelfde cyclus, met hun eigen leidinggevende."),
    ("h2", "6.2 Scholing"),
    ("p", "In 2023-2024 en 2024-2025 volgt het hele team de training 'expliciete directe instructie' van een externe trainer, in zes bijeenkomsten per jaar, met klassenbezoeken tussendoor. Daarnaast heeft elke medewerker een persoonlijk scholingsbudget van 400 euro per fte per jaar. Medewerkers kiezen zelf een cursus of opleiding die past bij hun ontwikkelplan, vaak uit het aanbod van de ASG Academie. Iedere leerkracht houdt een bekwaamheidsdossier bij met diploma's, certificaten en verslagen van klassenbezoeken."),
    ("h2", "6.3 Talenten delen"),
    ("p", "Een aantal collega's zet zijn kennis ook buiten onze school in. Onze gedragsspecialist werkt één dag per week in het bovenschoolse gedragsteam van ASG en ondersteunt dan leerkrachten op andere scholen. De ICT-coördinator geeft twee keer per jaar de training 'Starten met Chromebooks' voor nieuwe collega's van alle ASG-basisscholen. Een van onze kleuterleerkrachten verzorgt bij de ASG Academie de cursus 'Spelend leren in groep 1-2'. De uren daarvoor worden door ASG vergoed, zodat onze eigen groepen er niet onder lijden."),
    ("h2", "6.4 Werving en het lerarentekort"),
    ("p", "Ook in Almere Buiten is het moeilijk om vacatures te vullen. Samen met de andere Almeerse schoolbesturen en de gemeente neemt ASG deel aan de Almeerse aanpak van het lerarentekort. Wij doen daar op drie manieren aan mee: we bieden elk jaar twee stageplekken aan studenten van de deeltijdpabo, we delen met drie scholen van andere besturen in Almere Buiten een invalpool van vier leerkrachten, en onze adjunct-directeur zit in de werkgroep die de gezamenlijke wervingscampagne 'Almere zoekt meesters en juffen' organiseert. Nieuwe collega's krijgen een maatje en een inwerkprogramma van een jaar."),
    ("h2", "6.5 Gezond personeel"),
    ("p", "Onze school heeft vitale werknemers. Gezond en fit personeel is de basis van goed onderwijs."),

    ("h1", "7. Ouders en partners"),
    ("h2", "7.1 Ouders"),
    ("p", "Ouders zijn welkom in onze school. Van 8.20 tot 8.30 uur mogen ouders mee de klas in om samen met hun kind een werkje te bekijken of een boek te lezen. Elke eerste vrijdag van de maand staan de directeur en een leerkracht met koffie en thee bij de hoofdingang. Nieuwe ouders krijgen een rondleiding door twee kinderen uit groep 8 en een welkomstpakket met de schoolgids, een plattegrond en de namen van de klassenouders. De conciërge begroet iedere bezoeker bij de deur en brengt hem of haar naar de juiste plek."),
    ("p", "We betrekken ouders bij het leren van hun kind. In september voeren we met alle ouders een startgesprek; vanaf groep 5 is het kind daar zelf bij. In dat gesprek vertellen ouders wat zij van hun kind weten en bespreken we samen de doelen voor het jaar. In november en maart volgen de voortgangsgesprekken bij het rapport. Twee keer per jaar is er een meedoemiddag, waarop ouders een les in de groep van hun kind meemaken. Voor thuis krijgen ouders tips bij de leesmethode en, in groep 3, een leesmapje met woordrijtjes. Ouders die het Nederlands nog niet goed beheersen, kunnen een tolk meenemen of gebruikmaken van de vertaalfunctie in Parro."),
    ("h2", "7.2 Communicatie"),
    ("p", "Wij informeren ouders via de app Parro, de maandelijkse Kolibrie Krant en de website. In Parro staan de berichten uit de groep en de agenda; de Kolibrie Krant gaat over de hele school. Onze afspraak is dat leerkrachten op schooldagen binnen 24 uur reageren op een bericht van ouders. Bij een incident, zoals een val op het plein of een ruzie die uit de hand liep, bellen we ouders nog dezelfde dag. We zijn open over wat er goed gaat en wat niet: de uitslagen van de eindtoets, het inspectierapport en de uitkomsten van de tevredenheidspeilingen staan op de website, met onze reactie erbij. Als we een fout maken, bijvoorbeeld een verkeerd rapportcijfer, zeggen we dat."),
    ("h2", "7.3 Medezeggenschap"),
    ("p", "De medezeggenschapsraad bestaat uit drie ouders en drie personeelsleden. De MR vergadert zes keer per jaar; de directeur is bij het eerste deel van de vergadering aanwezig. Wij leggen plannen in een vroeg stadium aan de MR voor, zodat die kan meedenken voordat er een besluit ligt. Zo heeft de MR in 2022 meegedacht over de indeling van de groepen tijdens de verbouwing en over de besteding van de werkdrukmiddelen. De MR houdt eens per jaar een open vergadering voor alle ouders. De MR heeft op 12 juni 2023 ingestemd met dit schoolplan."),
    ("h2", "7.4 Partners"),
    ("p", "Wij werken samen met veel organisaties rond het kind. Met kinderopvang 't Nestje hebben we afspraken over de voorschoolse educatie en de overdracht naar groep 1; de pedagogisch medewerkers en de kleuterleerkrachten volgen samen scholing over taalontwikkeling. Met de Bibliotheek Almere hebben we een Bibliotheek op school, met een leesconsulent die elke maand langskomt. De buurtsportcoach organiseert na schooltijd sportclinics op het trapveld, in samenwerking met voetbalvereniging en judoschool uit de wijk. Met het wijkteam Buiten-Oost en de schoolmaatschappelijk werker hebben we korte lijnen bij zorgen over een gezin."),
    ("p", "Met woonzorgcentrum De Bongerd aan de overkant hebben we sinds 2021 een vaste samenwerking: elke maand gaat een groep 6 op bezoek om spelletjes te doen met de bewoners, en de bewoners komen kijken naar de musical van groep 8. Ook de wijkagent is een bekend gezicht; hij geeft in groep 7 een les over veilig internet en komt bij de start van het schooljaar langs op het plein."),
    ("p", "Voor de kopieerapparaten, de schoonmaak en de afvalverwerking hebben we vaste partners, met wie ASG de contracten afsluit."),

    ("h1", "8. Kwaliteitszorg"),
    ("p", "Wij werken planmatig aan de kwaliteit van ons onderwijs. Het schoolplan is de basis; elk jaar maken we een jaarplan met de activiteiten voor dat jaar, en aan het eind van het jaar beschrijven we in het jaarverslag wat er is bereikt. Het jaarverslag bespreken we met het team, de MR en het bestuur. Tussentijds rapporteert de directeur elk kwartaal aan het bestuur over leerlingaantallen, resultaten, personeel en financiën."),
    ("p", "We gebruiken de volgende instrumenten: twee klassenbezoeken per leerkracht per jaar met een kijkwijzer voor expliciete directe instructie; twee keer per jaar een analyse van de toetsresultaten, die we in een opbrengstenvergadering met het hele team bespreken; elke twee jaar een tevredenheidspeiling onder ouders, leerlingen en medewerkers; en jaarlijks een zelfevaluatie aan de hand van de standaarden van het onderzoekskader van de inspectie. Verbeterpunten komen in het jaarplan van het volgende jaar."),
    ("table", ["Maand", "Activiteit kwaliteitszorg"], [
        ("september", "jaarplan vaststellen; startgesprekken personeel"),
        ("november", "veiligheidsvragenlijst leerlingen; eerste groepsbespreking"),
        ("januari-februari", "toetsen middenjaar; opbrengstenvergadering; klassenbezoeken"),
        ("maart", "tweede groepsbespreking; voortgangsgesprekken"),
        ("april", "eindtoets groep 8; tevredenheidspeiling (even jaren)"),
        ("juni", "toetsen eindjaar; opbrengstenvergadering; zelfevaluatie; eindgesprekken"),
        ("juli", "jaarverslag; concept jaarplan volgend schooljaar"),
    ]),
    ("p", "Bij het laatste bezoek van de inspectie, in 2021, kreeg de school het basistoezicht en werden alle onderzochte standaarden als voldoende beoordeeld. De eindtoetsresultaten lagen de afgelopen drie jaar boven de signaleringswaarden. Wij willen dat zo houden en bewaken de resultaten per groep, zodat we een daling vroeg zien."),

    ("h1", "9. Doelen 2023-2027"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Voor de komende vier jaar hebben we een beperkt aantal doelen gekozen; de verbouwing vraagt al veel van het team. In de tabel staan de doelen voor onderwijs, ondersteuning en ouders. Daaronder beschrijven we de overige voornemens."),
    ("table", ["Doel", "Wat gaan we doen", "Wanneer", "Wie", "Resultaat"], [
        ("Begrijpend lezen: meer kinderen halen het streefniveau.", "Expliciete directe instructie bij Nieuwsbegrip; dagelijks een kwartier vrij lezen; leesbevordering met de Bibliotheek op school.", "2023-2024 t/m 2026-2027", "leesspecialist", "In 2027 haalt 75% van de leerlingen 2F lezen (2022: 61%)."),
        ("Rekenen: meer kinderen halen 1S.", "Nieuwe rekenmethode invoeren; verdiepende opdrachten in plaats van extra oefenstof; rekenmuur per groep.", "invoering 2024-2025", "rekencoördinator", "In 2027 haalt 45% van de leerlingen 1S (2022: 38%)."),
        ("Startgesprekken met ouders en kind.", "Startgesprek in september voor alle groepen, vanaf groep 5 met het kind erbij; gespreksformulier met de doelen voor het jaar.", "vanaf 2023-2024", "groepsleerkrachten", "In 2024 heeft 90% van de ouders een startgesprek gevoerd; in 2026 vindt 80% van de ouders dat zij goed weten waar hun kind aan werkt."),
        ("Nieuw schoolondersteuningsprofiel.", "SOP herschrijven met team, MR en samenwerkingsverband; grenzen en mogelijkheden concreet beschrijven.", "2024-2025", "intern begeleiders", "Nieuw SOP vastgesteld en op de website voor 1 juli 2025."),
        ("Vreedzame School: certificering.", "Alle nieuwe collega's volgen de basistraining; leerlingmediatoren in alle bouwen; audit door de stichting.", "2024-2025", "gedragsspecialist", "Certificaat behaald in 2025; 95% van de leerlingen voelt zich veilig."),
        ("Instructie volgens de kijkwijzer.", "Teamtraining expliciete directe instructie; klassenbezoeken door de directie met feedback aan de leerkracht.", "2023-2024 en 2024-2025", "directie", "In 2025 voldoet 85% van de bezochte lessen aan de kijkwijzer."),
    ], 8, [3.0, 4.8, 2.4, 2.2, 4.0]),
    ("p", "Daarnaast hebben we voornemens die we niet in een tabel hebben gezet. Over de communicatie met ouders willen we in het voorjaar van 2024 het oordeel van het ouderpanel horen; ons doel is dat in de tevredenheidspeiling van 2026 minstens acht op de tien ouders tevreden zijn over de informatie die zij krijgen. Voor het personeel willen we dat aan het eind van 2024 alle medewerkers de volledige gesprekkencyclus hebben doorlopen en dat in 2025 iedereen de training expliciete directe instructie heeft afgerond."),
    ("p", "Het project 'Feesten in onze straat' willen we elk jaar herhalen en in 2025 evalueren met ouders uit verschillende gemeenschappen. Met 't Nestje willen we in 2024-2025 een vaste afspraak maken over de overdracht van alle peuters, ook van kinderen die niet naar de voorschoolse educatie gaan. Na de verbouwing, in het najaar van 2025, openen we het vergroende plein met een buurtfeest."),

    ("h1", "Colofon"),
    ("p", "Schoolplan 2023-2027 van OBS De Kolibrie, openbare basisschool in Almere Buiten. Tekst: Sandra Kok (directeur) en Rianne Bakker (intern begeleider), met bijdragen van het team. De medezeggenschapsraad heeft op 12 juni 2023 ingestemd met dit schoolplan. Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 27 juni 2023."),
]


# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------

def _set_language(doc, lang="nl-NL"):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    el.set(qn("w:eastAsia"), lang)
    el.set(qn("w:bidi"), "ar-SA")
    rpr.append(el)


def _fld_run(paragraph, kind, text=None):
    run = paragraph.add_run()
    if kind == "instr":
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = text
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    run._r.append(el)
    return run


def _add_field(paragraph, instr, placeholder):
    _fld_run(paragraph, "begin")
    _fld_run(paragraph, "instr", " %s " % instr)
    _fld_run(paragraph, "separate")
    paragraph.add_run(placeholder)
    _fld_run(paragraph, "end")


def _header_row(row, fill="D9E2F3"):
    tr_pr = row._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    tr_pr.append(hdr)
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tc_pr.append(shd)
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def _table(doc, header, rows, font_size=9, widths=None):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        table.rows[0].cells[i].text = h
    _header_row(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for i, v in enumerate(values):
            cells[i].text = v
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(font_size)
    if widths:
        table.autofit = False
        for i, w in enumerate(widths):
            table.columns[i].width = Cm(w)
            for cell in table.columns[i].cells:
                cell.width = Cm(w)
    doc.add_paragraph()
    return table


def _toc(doc, title, blocks):
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    entries = [(b[0], b[1]) for b in blocks if b[0] in ("h1", "h2")]
    first = doc.add_paragraph()
    _fld_run(first, "begin")
    _fld_run(first, "instr", ' TOC \\o "1-2" \\h \\z \\u ')
    _fld_run(first, "separate")
    paras = [first]
    for i, (kind, text) in enumerate(entries):
        para = first if i == 0 else doc.add_paragraph()
        if i:
            paras.append(para)
        para.add_run(text)
        if kind == "h2":
            para.paragraph_format.left_indent = Cm(0.8)
        para.paragraph_format.space_after = Pt(2)
    _fld_run(paras[-1], "end")


def _cover(doc, lines):
    for kind, text in lines:
        if kind == "space":
            for _ in range(int(text)):
                doc.add_paragraph()
            continue
        if kind == "title":
            p = doc.add_paragraph(text, style="Title")
        elif kind == "subtitle":
            p = doc.add_paragraph(text, style="Subtitle")
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind == "big":
                r.font.size = Pt(14)
                r.bold = True
            elif kind == "small":
                r.font.size = Pt(9)
                r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _build(path, meta, blocks):
    doc = Document()
    _set_language(doc)
    normal = doc.styles["Normal"]
    normal.font.name = meta.get("font", "Calibri")
    normal.font.size = Pt(11)
    cp = doc.core_properties
    fixed = datetime.datetime(*meta["datum"])
    cp.title = meta["titel"]
    cp.author = meta["auteur"]
    cp.last_modified_by = meta["auteur"]
    cp.language = "nl-NL"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    section = doc.sections[0]
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.3))
    section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    hp.text = meta["koptekst"]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if meta.get("voettekst"):
        fp.add_run(meta["voettekst"] + "  |  ")
    fp.add_run("pagina ")
    _add_field(fp, "PAGE", "1")
    fp.add_run(" van ")
    _add_field(fp, "NUMPAGES", "1")
    for r in fp.runs:
        r.font.size = Pt(8)
    for block in blocks:
        kind = block[0]
        if kind == "cover":
            _cover(doc, block[1])
        elif kind == "toc":
            _toc(doc, block[1], blocks)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "ul":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            _table(doc, block[1], block[2], *block[3:])
        elif kind == "caption":
            p = doc.add_paragraph()
            r = p.add_run(block[1])
            r.italic = True
            r.font.size = Pt(9)
        else:
            raise ValueError(kind)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


def build(path: Path) -> None:
    _build(Path(path), META, BLOCKS)


def _word_count(path):
    d = Document(str(path))
    words = sum(len(p.text.split()) for p in d.paragraphs)
    for t in d.tables:
        for tc in t._tbl.iter(qn("w:tc")):
            text = "".join(x.text or "" for x in tc.iter(qn("w:t")))
            words += len(text.split())
    return words


if __name__ == "__main__":
    out = Path("/tmp") / (Path(__file__).stem + ".docx")
    build(out)
    print(out, "woorden:", _word_count(out))
