"""Schoolplan 2024-2028 van IKC De Horizon (fictief), een openbaar integraal kindcentrum voor
Daltononderwijs met kinderopvang in het gebouw, ongeveer 500 kinderen, Almere Poort (ASG).

Opzet van het document: Word-kopstijlen. Na een lange inleiding (voorwoord met de instemming van de MR,
terugblik op het schoolplan 2020-2024, SWOT in twee tabellen, "Wie zijn wij") volgt per kernwaarde en per
venster van ASG Koers 22 een Kop 1, en daaronder beantwoordt de school de centrale vragen van de
Koerswijzer een voor een: elke Kop 2 is een vraag in de eigen woorden van de school, met het antwoord
eronder. Veel antwoorden zijn lang en vol concrete praktijk (taakbrief, blokuur, uitgestelde aandacht,
keuzewerk, doorgaande lijn 0-13, pedagogisch medewerkers); een aantal is dun ("Dit pakken we in 2025
op."). Enkele vragen die over het bestuur gaan, laat de school weg. Per venster staat een kleine
doelentabel "Wat willen we bereiken / Hoe meten we dat / Wanneer". Het openbare karakter komt alleen
in een korte zin voor ("Wij zijn een openbare school, iedereen is welkom.").
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

VASTE_DATUM = datetime.datetime(2024, 6, 25, 10, 15, 0)
AUTEUR = "Sanne de Wit"

DOEL_KOP = ["Wat willen we bereiken", "Hoe meten we dat", "Wanneer"]
DOEL_BREEDTES = [7.0, 5.5, 3.5]

INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van IKC De Horizon voor de periode van 1 augustus 2024 tot en met "
          "31 juli 2028. In dit plan beschrijven we waar we als kindcentrum voor staan, wat we de afgelopen "
          "vier jaar hebben bereikt en waaraan we de komende vier jaar werken. Het plan is geschreven voor "
          "ons team, voor de ouders en voor het bestuur van de Almeerse Scholen Groep (ASG). Maar eigenlijk "
          "vooral voor onszelf: het is de kapstok voor de vier jaarplannen die eruit voortkomen."),
    ("p", "Het plan is anders opgebouwd dan het vorige. In 2020 schreven we een plan met een hoofdstuk per "
          "beleidsterrein. Dat las lastig en het werd in de praktijk weinig opengeslagen. Deze keer hebben we "
          "de centrale vragen uit de Koerswijzer van ASG als leidraad genomen. Op drie studiedagen (oktober "
          "2023, januari en maart 2024) hebben leerkrachten, onderwijsassistenten en pedagogisch medewerkers "
          "de vragen in gemengde groepjes besproken. We hebben de vragen in onze eigen woorden opnieuw "
          "opgeschreven, zodat ze passen bij een kindcentrum met kinderen van 0 tot 13 jaar. Niet elke vraag "
          "hebben we even ver uitgewerkt. Waar we nog geen antwoord hebben, staat dat er eerlijk bij; die "
          "vragen komen terug in het jaarplan. Een paar vragen uit de Koerswijzer gaan vooral over het bestuur "
          "of het servicebureau. Die hebben we niet beantwoord."),
    ("p", "De medezeggenschapsraad heeft het concept in april 2024 besproken en twee wijzigingen voorgesteld: "
          "een duidelijker doel voor de driehoeksgesprekken en een passage over de overstap naar het "
          "voortgezet onderwijs. Beide zijn verwerkt. In haar vergadering van 4 juni 2024 heeft de MR met dit "
          "schoolplan ingestemd. De oudercommissie van de kinderopvang heeft het plan gelezen en advies "
          "gegeven; haar opmerkingen over de openingstijden van de BSO nemen we mee in het jaarplan 2024-2025."),
    ("p", "Ik bedank iedereen die heeft meegedacht, meegeschreven en kritisch heeft meegelezen. In het "
          "bijzonder de werkgroep schoolplan: Ilse, Mohamed, Petra en Jorien."),
    ("p", "Sanne de Wit, directeur IKC De Horizon\nAlmere, juni 2024"),

    ("h1", "Terugblik op het schoolplan 2020-2024"),
    ("p", "Het vorige schoolplan had vier speerpunten: de Daltonlicentie behouden en het Daltonwerken "
          "verdiepen, één kindcentrum worden samen met de opvang, de rekenresultaten in de bovenbouw "
          "verbeteren en digitale geletterdheid een plek geven. Het plan was nog maar een half jaar oud toen "
          "de scholen in maart 2020 dichtgingen. De eerste twee jaar stonden daardoor voor een groot deel in "
          "het teken van thuisonderwijs, noodopvang en het inhalen van achterstanden."),
    ("p", "Dalton. De visitatie van de Nederlandse Dalton Vereniging in maart 2021 (grotendeels online) "
          "leverde een verlenging van de licentie op tot 2026. De commissie was positief over de "
          "zelfstandigheid van de kinderen, maar vond de reflectie te vrijblijvend. Sinds 2022 sluiten alle "
          "groepen de week op vrijdag af met een reflectiemoment op de taakbrief. Dit speerpunt is behaald."),
    ("p", "Eén kindcentrum. In januari 2022 zijn de school en Kindercentra Flevo formeel één IKC geworden, "
          "met één directeur en een IKC-coördinator vanuit de opvang. De peuteropvang werkt sindsdien met "
          "hetzelfde observatie-instrument als groep 1 en 2. De gezamenlijke studiedagen kwamen pas in 2023 "
          "echt op gang. Grotendeels behaald."),
    ("p", "Rekenen. Met NPO-geld hebben we van 2021 tot 2024 een rekenspecialist twee dagen per week "
          "vrijgeroosterd en twee onderwijsassistenten extra ingezet. Op de eindtoets haalde in 2021 31 procent "
          "van de kinderen het niveau 1S; in 2024 was dat 46 procent. Behaald, maar we zijn er nog niet: het "
          "NPO-geld stopt in juli 2025 en de inzet moet dan uit de gewone begroting komen."),
    ("p", "Digitale geletterdheid. Niet behaald. We hebben Chromebooks aangeschaft (één per twee kinderen in "
          "groep 4 tot en met 8), maar een leerlijn is er niet gekomen. Dit speerpunt nemen we mee naar dit "
          "plan."),
    ("p", "Wat we niet hadden voorzien: de leesmotivatie liep terug. In de vragenlijst van 2023 zei 58 procent "
          "van de kinderen in groep 5 tot en met 8 graag te lezen. In 2019 was dat nog 71 procent."),

    ("h1", "Sterktes, zwaktes, kansen en bedreigingen"),
    ("p", "In februari 2024 hebben we met het team, de MR en vier pedagogisch medewerkers een SWOT-analyse "
          "gemaakt. Iedereen schreef eerst voor zichzelf, daarna hebben we de punten gebundeld en met "
          "stickers geprioriteerd. Hieronder de punten die de meeste stemmen kregen."),
    ("tabel", ["Sterktes", "Zwaktes"], [
        ["Kinderen werken zelfstandig en weten wat ze moeten doen", "Geen leerlijn digitale geletterdheid"],
        ["Stabiel en betrokken team, weinig verloop", "Leesplezier in groep 5-8 loopt terug"],
        ["Goede band met de opvang in het gebouw", "Afspraken worden niet altijd nagekomen"],
        ["Resultaten boven de signaleringswaarden", "Weinig contact met andere scholen"],
    ], [8.0, 8.0]),
    ("p", ""),
    ("tabel", ["Kansen", "Bedreigingen"], [
        ["Wijk groeit nog: nieuwe gezinnen in Duin", "Lerarentekort in Almere"],
        ["Maakruimte in het oude handenarbeidlokaal", "NPO-gelden stoppen in 2025"],
        ["Bibliotheek en sportservice willen meer in de school doen", "Krappe ruimte: geen lokaal over"],
    ], [8.0, 8.0]),
    ("p", "Wat ons opvalt: onze sterke kanten zitten in de groep zelf, onze zwakke kanten vaak in wat er "
          "buiten de groep gebeurt. Dat zie je terug in de keuzes in dit plan."),

    ("h1", "Wie zijn wij"),
    ("p", "IKC De Horizon staat aan de Kustlaan in Almere Poort, op vijf minuten fietsen van het strand aan "
          "het IJmeer. De school begon in 2009 met 38 kinderen in drie noodlokalen; de wijk werd om ons heen "
          "gebouwd. In 2013 betrokken we ons eigen gebouw, dat in 2019 is uitgebreid met een paviljoen voor "
          "de groepen 7 en 8. Vanuit de lokalen op de eerste verdieping hebben we zicht op het park. In de "
          "zomer van 2023 heeft het schoolplein een ambitieuze verbouwing gehad: er ligt nu minder tegel en "
          "meer groen, met een wilgenhut en een moestuin die de BSO onderhoudt."),
    ("p", "Op 1 oktober 2023 telden we 503 leerlingen in 20 groepen: vijf kleutergroepen en vijftien groepen "
          "3 tot en met 8. De gemeente verwacht dat het aantal tot 2028 ongeveer gelijk blijft. In ons gebouw "
          "zit ook Kindercentra Flevo, met een babygroep, twee groepen dagopvang voor peuters, twee groepen "
          "peuteropvang met voor- en vroegschoolse educatie en vier BSO-groepen. Op een gewone dinsdag komen er "
          "zo'n 620 kinderen over de drempel."),
    ("p", "Het onderwijsteam bestaat uit 46 medewerkers (35,2 fte): 33 leerkrachten, vijf "
          "onderwijsassistenten, twee intern begeleiders, de directeur, twee bouwcoördinatoren, een conciërge, "
          "een administratief medewerker en een ICT-coördinator voor twee dagen per week. Kindercentra Flevo "
          "heeft in ons gebouw 27 pedagogisch medewerkers en een IKC-coördinator in dienst. Zij zijn geen "
          "ASG-personeel, maar in de dagelijkse praktijk zijn we één team."),
    ("p", "Wij werken met het vijf-gelijke-dagenmodel: alle groepen hebben les van 8.30 tot 14.00 uur, de "
          "deuren gaan om 8.20 uur open. De opvang is open van 7.00 tot 18.30 uur, 48 weken per jaar. De "
          "begroting van de school is ongeveer 4,1 miljoen euro per jaar, waarvan 86 procent naar personeel "
          "gaat. Na het stoppen van de NPO-gelden moeten we 1,6 fte aan extra ondersteuning anders bekostigen; "
          "dat doen we deels uit de werkdrukmiddelen, in overleg met het team."),
    ("p", "Wij zijn een openbare school, iedereen is welkom."),
    ("p", "Sinds 2016 zijn we een erkende Daltonschool. Voor ons betekent Dalton dat kinderen leren hun eigen "
          "werk te plannen, hulp te vragen op het goede moment, samen te werken met een maatje en terug te "
          "kijken op wat ze gedaan hebben. De leerkracht staat niet de hele dag voor de klas, maar geeft korte "
          "instructies en heeft daarna tijd voor de kinderen die haar het meest nodig hebben. De woorden die "
          "daarbij horen, taakbrief, blokuur, uitgestelde aandacht en keuzewerk, komen in dit plan steeds "
          "terug. Bij De Horizon geeft iedereen elke dag het beste van zichzelf."),
    ("p", "Als kindcentrum willen we één doorgaande lijn van 0 tot 13 jaar: een baby die bij ons op de "
          "babygroep begint, kan tot het eind van groep 8 in hetzelfde gebouw blijven, met dezelfde "
          "omgangsafspraken, dezelfde taal en volwassenen die elkaar kennen. Leerkrachten en pedagogisch "
          "medewerkers werken daarvoor steeds vaker samen, van de overdracht van peuter naar kleuter tot de "
          "thema's die de BSO na schooltijd oppakt."),

    ("h1", "Gezien worden"),
    ("p", "Bij deze kernwaarde stelt de Koerswijzer drie vragen. Wij hebben ze zo vertaald."),
    ("h2", "Hoe zorgen we ervoor dat iedereen zich thuis voelt in ons gebouw?"),
    ("p", "Dit pakken we in 2025 op, samen met de opvang."),
    ("h2", "Hoe gaan we om met de verschillen tussen kinderen, en tussen collega's?"),
    ("p", "Verschillen tussen kinderen zijn bij ons het uitgangspunt en niet de uitzondering. Het Daltonwerken "
          "helpt ons daarbij. Vanaf groep 3 werkt elk kind met een taakbrief voor de week. Op de taakbrief "
          "staan de taken per vak in drie niveaus: een basistaak, een herhalingstaak voor kinderen die na de "
          "instructie nog onzeker zijn, en een verdiepingstaak. De leerkracht bepaalt na de instructie samen "
          "met het kind welk niveau het wordt; het kind kleurt dat zelf in op de taakbrief. In groep 1 en 2 "
          "gebruiken we een planbord met foto's in plaats van een taakbrief."),
    ("p", "Tijdens het blokuur, elke ochtend van 10.30 tot 11.30 uur (in groep 1 en 2 korter), werken de "
          "kinderen zelfstandig aan hun taken. De leerkracht zit dan aan de instructietafel met een klein "
          "groepje. Een kind dat een vraag heeft en niet verder kan, draait zijn vraagblokje op rood en gaat "
          "eerst verder met een andere taak: dat noemen we uitgestelde aandacht. Om de tien minuten loopt de "
          "leerkracht een ronde langs de blokjes. Zo krijgen de kinderen die het meest nodig hebben de meeste "
          "tijd van de leerkracht, zonder dat de rest van de groep stilvalt."),
    ("p", "Daarnaast willen we dat elk kind zich gekend weet, niet alleen als leerling maar als persoon. Elke "
          "leerkracht voert drie keer per jaar een kindgesprek van tien minuten met ieder kind uit de groep, "
          "buiten de les om. In groep 1 en 2 gebeurt dat twee keer per jaar, en als het kind ook naar de BSO "
          "gaat, schuift de mentor van de BSO aan. Het gesprek gaat over hoe het gaat, waar het kind trots op "
          "is en wat het lastig vindt. In de groepsbespreking met de intern begeleider lopen we bovendien de "
          "hele groepslijst op naam langs, juist ook de kinderen van wie je weinig hoort. Bij elk kind stellen "
          "we de vraag: wat weten we van dit kind buiten de toetsen om? Blijft het daar stil, dan maakt de "
          "leerkracht binnen twee weken een extra afspraak met dat kind."),
    ("p", "Ook collega's verschillen: in ervaring, in de groep die ze hebben, in waar ze goed in zijn. In "
          "september voert de directeur met iedere medewerker een startgesprek van een half uur. Daarin "
          "bespreken we wat iemand dit jaar nodig heeft om goed les te kunnen geven: een onderwijsassistent "
          "in een drukke groep, scholing, hulp van de gedragsspecialist, taken die passen bij de ervaring. De "
          "uitkomsten gebruiken we bij het werkverdelingsplan, dat het team elk voorjaar zelf opstelt en "
          "waarmee de personeelsgeleding van de MR moet instemmen."),
    ("h2", "Hoe horen we wat kinderen, ouders en collega's ervan vinden?"),
    ("p", "De kinderraad, met twee kinderen uit elke groep 5 tot en met 8, vergadert zes keer per jaar met de "
          "directeur. In 2023 kwam de kinderraad met het plan voor een stiltehoek op het plein; die is er nu. "
          "Elke twee jaar houden we een tevredenheidspeiling onder ouders, kinderen van groep 6 tot en met 8 "
          "en medewerkers; de volgende is in het voorjaar van 2025. Daarnaast is er een ouderpanel van tien "
          "ouders dat drie keer per jaar met de directie over één onderwerp praat, bijvoorbeeld het "
          "huiswerkbeleid in de bovenbouw."),

    ("h1", "Open"),
    ("h2", "Hoe zorgen we dat iedereen respectvol met elkaar omgaat?"),
    ("p", "Sinds 2017 werken we met De Vreedzame School. Elke groep krijgt wekelijks een les uit een van de zes "
          "blokken, van 'we horen bij elkaar' tot 'we zijn allemaal anders'. In groep 7 en 8 worden elk jaar "
          "twaalf kinderen opgeleid tot mediator; zij helpen in de pauzes bij kleine ruzies op het plein, met "
          "het vaste stappenplan. De BSO gebruikt sinds 2022 dezelfde taal en dezelfde stappen. Een kind dat "
          "om 14.00 uur van de klas naar de BSO loopt, hoort dus geen andere regels."),
    ("p", "Onze vijf Horizon-afspraken hangen in elke klas en in elke BSO-ruimte. Ze zijn in 2022 opgesteld "
          "met de kinderraad en worden aan het begin van elk schooljaar in de 'gouden weken' met de groep "
          "besproken. Als een kind zich niet aan de afspraken houdt, volgt eerst een gesprek met de eigen "
          "leerkracht en bij herhaling een gesprek met ouders erbij. Incidenten leggen we vast in ParnasSys."),
    ("p", "Veiligheid. Wij meten de sociale veiligheid elk jaar in maart met de leerlingvragenlijst van ZIEN! "
          "in groep 5 tot en met 8. In 2024 voelde 94 procent van de kinderen zich veilig op school, en 89 "
          "procent zei dat er in de klas niet gepest wordt. De intern begeleider van de onderbouw is onze "
          "anti-pestcoördinator; zij is ook het aanspreekpunt voor ouders. Het pestprotocol en het "
          "veiligheidsplan zijn in 2023 herzien en staan op de website. Er is een interne vertrouwenspersoon "
          "en ouders kunnen terecht bij de externe vertrouwenspersoon van ASG."),
    ("p", "Burgerschap. Burgerschap is bij ons geen apart vak. Kinderen oefenen het in de klassenvergadering, "
          "die elke twee weken wordt gehouden en door de kinderen zelf wordt voorgezeten vanaf groep 5. In de "
          "kinderraad leren ze dat je een voorstel moet onderbouwen en dat je soms niet je zin krijgt. De "
          "groepen 8 bezoeken elk jaar in maart het stadhuis en spelen daar een raadsvergadering na over een "
          "onderwerp uit de wijk. In 2024-2025 maken we een overzicht van ons burgerschapsaanbod per leerjaar, "
          "naast de kerndoelen, want zo'n overzicht ontbreekt nu."),
    ("h2", "Hoe houden we ouders en kinderen goed op de hoogte?"),
    ("p", "Sinds 2020 gebruiken we Parro voor berichten, de agenda en het inplannen van gesprekken. De opvang "
          "werkt nog met een eigen app; vanaf januari 2026 willen we met één app voor het hele IKC werken, "
          "zodat ouders niet op twee plekken hoeven te kijken. We hebben vaste afspraken: een leerkracht "
          "reageert binnen twee werkdagen op een bericht, maar niet 's avonds of in het weekend. "
          "Groepsberichten gaan niet vaker dan twee keer per week uit. Om de week verschijnt op donderdag de "
          "Horizonbrief met nieuws uit het hele kindcentrum."),
    ("p", "Ongeveer een op de vijf ouders leest Nederlands niet makkelijk. Parro vertaalt berichten "
          "automatisch, en bij gesprekken zetten we waar nodig een tolk of een andere ouder als vertaler in. "
          "In groep 1 en 2 is er elke vrijdagochtend een kwartier inloop. Aan het begin van het schooljaar "
          "houdt elke groep een informatieavond; de bovenbouw doet dat samen met de kinderen, die zelf laten "
          "zien hoe hun taakbrief werkt."),
    ("h2", "Hoe geven we vorm aan wie we zijn als openbare school binnen ASG?"),
    ("p", "Dit pakken we in 2025 op."),

    ("h1", "Vooruitstrevend"),
    ("p", "De derde vraag van de Koerswijzer, over het borgen van de opbrengsten van innovatiegroepen, gaat "
          "over ASG als geheel. Die laten we hier liggen."),
    ("h2", "Hoe maken we ruimte om nieuwe dingen uit te proberen?"),
    ("p", "In het schooljaar 2024-2025 richten we het oude handenarbeidlokaal in als Horizonlab: een "
          "maakruimte met gereedschap, een 3D-printer, programmeerbare robotjes voor de onderbouw, micro:bits "
          "voor de bovenbouw en veel materiaal om mee te bouwen. Vanaf augustus 2025 werken de groepen 5 tot "
          "en met 8 er om de week een middag met ontwerpend en onderzoekend leren. De kinderen krijgen een "
          "echt probleem, bijvoorbeeld: hoe houden we het stuifzand van de bouwterreinen van ons plein? Ze "
          "bedenken oplossingen, bouwen een prototype, testen het en presenteren het aan een andere groep."),
    ("p", "Twee leerkrachten volgen hiervoor in 2024-2025 een nascholing bij de pabo en vormen met de "
          "ICT-coördinator de werkgroep Horizonlab. De inrichting kost eenmalig 8.500 euro, het materiaal "
          "daarna ongeveer 1.500 euro per jaar. Kinderen die hun taakbrief af hebben, kunnen in het lab ook "
          "keuzewerk doen. Na een jaar evalueren we met de kinderen en het team of we het lab uitbreiden "
          "naar groep 3 en 4."),
    ("h2", "Hoe leren kinderen en collega's onderzoekend te werken?"),
    ("p", "Bij de kinderen zit het onderzoeken in de thema's van Blink Wereld: elk thema begint met de vragen "
          "van de kinderen zelf, die op de vragenmuur in de klas komen. Bij collega's zijn we hier nog niet "
          "ver mee. De leerteams (zie venster 1) werken met onze eigen toetsgegevens; een vaste vorm om bij "
          "te houden wat er buiten de school aan nieuwe inzichten is, hebben we nog niet gevonden."),

    ("h1", "Ambitieus"),
    ("h2", "Hoe spreken we elkaar aan als afspraken niet worden nagekomen?"),
    ("p", "Hier hebben we nog geen afspraken over. Het staat op de agenda van de studiedag in januari 2025."),
    ("h2", "Hoe worden we beter in ons vak?"),
    ("p", "Zie venster 2."),
    ("h2", "Hoe worden kinderen eigenaar van hun eigen leren?"),
    ("p", "Dit is de kern van ons Daltonwerken. Op maandagochtend bekijkt elk kind vanaf groep 3 zijn "
          "taakbrief en plant de taken over de dagen van de week; het kleurt per dag in wat het gaat doen. "
          "Vanaf groep 5 kijken de kinderen een deel van hun werk zelf na met de nakijkmap, en ze noteren wat "
          "ze fout hadden en waarom. Op vrijdag volgt het reflectiemoment: wat ging goed, wat was lastig, wat "
          "neem ik mee naar volgende week? Elk kind schrijft daarbij een eigen weekdoel op, bijvoorbeeld "
          "'ik vraag pas hulp als ik het zelf twee keer heb geprobeerd'. Wie klaar is, kiest keuzewerk uit "
          "de keuzekast of het Horizonlab."),
    ("p", "Eigenaarschap betekent bij ons niet dat kinderen het makkelijkste mogen kiezen. Na de toetsen in "
          "januari en juni stelt de leerkracht per vak een groepsdoel dat boven het landelijk gemiddelde ligt. "
          "Kinderen die de basistaak ruim aankunnen, krijgen de verdiepingstaak als standaard en niet als "
          "extraatje. In groep 8 geven we bij twijfel tussen twee schooladviezen het hogere advies, en we "
          "bespreken met ouders en kind wat daarvoor nodig is. Sinds 2022 is het aandeel kinderen met een "
          "havo- of vwo-advies gestegen van 38 naar 47 procent, zonder dat er in het voortgezet onderwijs "
          "meer kinderen afstromen; dat weten we uit de terugkoppeling die we na drie jaar van de scholen "
          "krijgen."),
    ("p", "Elk kind houdt een ik-map bij met werk waar het trots op is. In de driehoeksgesprekken (zie "
          "venster 4) presenteert het kind die map zelf aan ouders en leerkracht."),

    ("h1", "Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "Dit is het venster waar de meeste tijd in ging op de studiedagen, en dat is te zien."),
    ("h2", "Wat verstaan wij onder goed onderwijs voor elk kind?"),
    ("p", "Goed onderwijs is voor ons: kinderen leren lezen, schrijven en rekenen op een niveau dat hen alle "
          "kansen geeft in het voortgezet onderwijs, ze leren zelfstandig werken en samenwerken, en ze "
          "ontdekken de wereld om hen heen. Ons aanbod dekt de kerndoelen van het primair onderwijs. We "
          "gebruiken de volgende methoden en materialen:"),
    ("lijst", [
        "groep 1 en 2: thematisch werken met de leerlijnen van KIJK!, met Kleuterplein als bronnenboek;",
        "aanvankelijk lezen in groep 3: Veilig leren lezen (KIM-versie);",
        "technisch lezen in groep 4 tot en met 8: Estafette, aangevuld met dagelijks vrij lezen;",
        "begrijpend lezen: Nieuwsbegrip; taal en spelling: Staal;",
        "rekenen: Wereld in getallen 5, met de rekenspecialist voor de plusgroep en de verlengde instructie;",
        "wereldoriëntatie, natuur en techniek: Blink Wereld geïntegreerd;",
        "Engels vanaf groep 1: Take it easy;",
        "bewegingsonderwijs: twee lessen van 45 minuten per week, gegeven door de vakleerkracht gym;",
        "sociaal-emotionele ontwikkeling: De Vreedzame School.",
    ]),
    ("p", "De groepen 3 tot en met 8 besteden per week ongeveer 7,5 uur aan taal en lezen en 5 uur aan "
          "rekenen. Over acht jaar komen de kinderen op 7.650 uur onderwijstijd, ruim boven de wettelijke "
          "7.520 uur. Een ochtend in groep 6 ziet er zo uit: inloop met stillezen, een korte rekeninstructie "
          "van een kwartier voor de hele groep, dan het blokuur met de taakbrief en de instructietafel, na de "
          "pauze spelling en begrijpend lezen, en na de lunch Blink, Engels of gym."),
    ("p", "We volgen de voortgang met de toetsen van Boom LVS in januari en juni en met de doorstroomtoets in "
          "groep 8, die sinds 2024 in februari wordt afgenomen. In 2024 haalde 98 procent van onze kinderen "
          "1F lezen, 97 procent 1F taalverzorging en 95 procent 1F rekenen. Op 2F/1S was dat 68, 61 en 46 "
          "procent. Daarmee zitten we op alle onderdelen boven de signaleringswaarden en op het niveau van "
          "scholen met een vergelijkbare schoolweging (29,4). De inspectie heeft de school in 2022 bezocht "
          "tijdens het vierjaarlijks onderzoek bij ASG en zag geen tekortkomingen. Dat willen we zo houden: "
          "onze ondergrens is dat we elk jaar op alle drie de onderdelen boven de signaleringswaarde blijven."),
    ("h2", "Hoe sluit ons onderwijs aan bij wat een kind nodig heeft?"),
    ("p", "Ons schoolondersteuningsprofiel (SOP) is in maart 2024 herzien en staat op de website. De "
          "basisondersteuning bieden we in de groep: instructie op drie niveaus, verlengde instructie aan de "
          "instructietafel, een onderwijsassistent die in alle groepen 3 tot en met 6 vier ochtenden per week "
          "kleine groepjes begeleidt, en het dyslexieprotocol met extra leestijd vanaf groep 2."),
    ("p", "Extra ondersteuning kunnen we bieden bij lezen en rekenen (via de lees- en de rekenspecialist), "
          "bij werkhouding en gedrag binnen de groep (via de gedragsspecialist, die observeert en de "
          "leerkracht coacht) en voor kinderen die meer aankunnen: de Horizonklas, één ochtend per week voor "
          "kinderen uit groep 4 tot en met 8. In 2023-2024 zaten daar 14 kinderen. Kinderen die net in "
          "Nederland zijn, krijgen het eerste jaar vier keer per week een half uur NT2-begeleiding van een "
          "onderwijsassistent, naast hun gewone plek in de groep."),
    ("p", "Wat we niet kunnen bieden: een plek voor kinderen die de hele dag één-op-één begeleiding nodig "
          "hebben bij hun gedrag, en een plek voor kinderen die afhankelijk zijn van een rolstoel in de "
          "groepen 7 en 8, omdat het paviljoen geen lift heeft. Als we de grens bereiken, gaan we met ouders "
          "in gesprek over een andere school. Wij zijn aangesloten bij het samenwerkingsverband Passend "
          "Onderwijs Almere."),
    ("h2", "Hoe weten we wat een kind nodig heeft?"),
    ("p", "Dat begint al in de opvang. De pedagogisch medewerkers van de peutergroepen observeren de kinderen "
          "met KIJK!, dezelfde registratie die de kleuterleerkrachten gebruiken. Rond de vierde verjaardag "
          "volgt de warme overdracht: de pedagogisch medewerker en de toekomstige leerkracht praten twintig "
          "minuten over het kind, het kind komt vijf ochtenden wennen en de eerste keer loopt de pedagogisch "
          "medewerker mee naar de klas. Omdat de registratie gewoon doorloopt, begint de leerkracht niet bij "
          "nul. Zo maken we de doorgaande lijn van 0 tot 13 in de praktijk waar."),
    ("p", "Vanaf groep 3 gebruiken we de toetsen van Boom LVS en de vragenlijsten van ZIEN! voor de "
          "sociaal-emotionele ontwikkeling, naast wat we horen in de kindgesprekken. Drie keer per jaar, in "
          "oktober, februari en juni, is er een groepsbespreking van de leerkracht met de intern begeleider. "
          "Kinderen over wie we ons zorgen maken, bespreken we daarnaast in de leerlingbespreking, waar ook de "
          "schoolmaatschappelijk werker bij kan aanschuiven. Eén keer per jaar sluit de mentor van de BSO aan "
          "bij de groepsbespreking van de kinderen die bij haar op de groep zitten."),
    ("h2", "Wat zie je in een goede les op De Horizon?"),
    ("p", "In het schooljaar 2024-2025 stellen we met het team een kijkwijzer op. Wat er in ieder geval in "
          "komt, weten we al: het lesdoel staat op het bord en wordt aan het eind teruggepakt; de instructie "
          "duurt niet langer dan een kwartier en volgt het directe-instructiemodel; tijdens het blokuur werken "
          "de kinderen met uitgestelde aandacht; en elke les is er een moment waarop kinderen met hun maatje "
          "samenwerken. Vanaf 2025-2026 bezoeken de directeur en de bouwcoördinatoren iedere leerkracht twee "
          "keer per jaar met deze kijkwijzer. Daarnaast bezoeken leerkrachten elkaar één keer per jaar."),
    ("h2", "Hoe houden we ons aanbod bij de tijd?"),
    ("p", "Op drie manieren. Ten eerste digitale geletterdheid: een werkgroep van drie leerkrachten maakt op "
          "basis van de leerlijn van SLO een jaarplanning voor groep 5 tot en met 8, met lessen over "
          "programmeren, informatievaardigheden en mediawijsheid. Die gaat in augustus 2025 in; een jaar "
          "later volgen de groepen 1 tot en met 4. Ten tweede het Horizonlab (zie Vooruitstrevend)."),
    ("p", "Ten derde kiezen we bij Blink elk jaar twee thema's die we aanpassen aan de wereld van onze "
          "kinderen. Almere Poort is nog volop in aanbouw, en dat is voor kinderen hier heel gewoon: bij het "
          "thema 'Bouwen' interviewen de groepen 6 een uitvoerder op een bouwplaats in Duin. Bij het thema "
          "'Water' leren de groepen 5 waarom hun huis vijf meter onder zeeniveau staat en bezoeken ze een "
          "gemaal. De kinderen bepalen mee welke vragen we in zo'n thema uitzoeken."),
    ("h2", "Hoe bewaken we de kwaliteit van ons onderwijs?"),
    ("p", "We werken met een vaste jaarcyclus. In juni maken we de trendanalyse van de toetsresultaten en de "
          "veiligheidsmeting, en bespreken we die met het team. In juli schrijft de directie het jaarverslag "
          "en het jaarplan voor het volgende schooljaar; de MR geeft in september advies op het jaarplan. "
          "Twee keer per jaar bespreekt de directeur de voortgang met het bestuur. Met Werken met Kwaliteit "
          "(WMK) nemen we elk jaar drie kwaliteitskaarten af bij het team, zodat in vier jaar alle "
          "beleidsterreinen aan bod komen. In het voorjaar van 2026 is de Daltonvisitatie; vooraf maken we "
          "een zelfevaluatie (zie venster 3)."),
    ("h2", "Wat hebben we nodig aan rapportages om goed te kunnen sturen?"),
    ("p", "Deze vraag ligt vooral bij het bestuur. Wij leveren de kwartaalrapportages aan zoals ASG dat "
          "vraagt."),
    ("h2", "Hoe wordt samen leren en verbeteren bij ons de gewoonte?"),
    ("p", "Sinds 2023 werken we in leerteams: vier groepen van zeven à acht collega's, door elkaar uit onder- "
          "en bovenbouw en met twee pedagogisch medewerkers per leerteam. Elk leerteam kiest in september één "
          "vraag uit het jaarplan, bijvoorbeeld: hoe krijgen we de kinderen in groep 4 weer aan het lezen? De "
          "leerteams komen zes keer per jaar op woensdagmiddag bij elkaar, bekijken de gegevens van de eigen "
          "groepen, spreken af wat ze in de klas uitproberen en kijken daarna naar het effect. In juni "
          "presenteert elk leerteam op de studiedag wat het heeft geleerd en wat het hele team voortaan anders "
          "gaat doen. Het leerteam lezen heeft zo in 2024 het boekenkeuzegesprek ingevoerd: elk kind in groep "
          "4 tot en met 6 praat eens per maand vijf minuten met de leerkracht over het boek dat het leest."),
    ("vet", "Doelen venster 1"),
    ("tabel", DOEL_KOP, [
        ["Op alle drie de onderdelen boven de signaleringswaarde; 2F/1S lezen minstens 70%, taalverzorging "
         "65%, rekenen 50%", "Doorstroomtoets groep 8, trendanalyse in juni", "Jaarlijks, vanaf februari 2025"],
        ["Kijkwijzer vastgesteld; elke leerkracht twee keer per jaar bezocht", "Lesbezoekrooster en "
         "terugkoppeling in de teamvergadering", "Kijkwijzer januari 2025, bezoeken vanaf 2025-2026"],
        ["Leerlijn digitale geletterdheid in gebruik", "Jaarplanning en evaluatie door de werkgroep",
         "Groep 5-8 augustus 2025, groep 1-4 augustus 2026"],
        ["Warme overdracht met KIJK! voor alle kinderen uit de eigen peuteropvang", "Overdrachtsformulieren",
         "Vanaf 2024-2025"],
        ["75% van de kinderen in groep 5-8 leest graag (nu 58%)", "Leesmotivatievragenlijst", "Juni 2027"],
        ["Daltonlicentie verlengd", "Visitatierapport", "Voorjaar 2026"],
    ], DOEL_BREEDTES),

    ("h1", "Venster 2: Personeel in positie"),
    ("p", "Een deel van de vragen bij dit venster gaat over de ASG Academie, het professioneel statuut en het "
          "personeelsdossier. Daarover maakt het bestuur afspraken; die vragen laten we hier weg."),
    ("h2", "Wat hebben collega's nodig om zich verbonden te voelen?"),
    ("p", "Dit pakken we in 2025 op."),
    ("h2", "Weten collega's welke scholing en welke kansen er zijn?"),
    ("p", "Grotendeels wel. Iedere nieuwe leerkracht volgt binnen twee jaar na de start een erkende "
          "Daltoncursus en haalt daarmee het Daltoncertificaat; de school betaalt de cursus en geeft er "
          "vervangingsuren voor. Volgens de cao heeft elke leerkracht daarnaast recht op uren voor de eigen "
          "ontwikkeling, en er is een teambudget voor scholing van 18.000 euro per jaar. De pedagogisch "
          "medewerkers van de peuteropvang volgen de training voor het VVE-programma Uk & Puk, dat we in "
          "2024 hebben ingevoerd. In 2024-2025 volgen twee leerkrachten een leergang van de ASG Academie "
          "(bouwcoördinator en specialist jonge kind). De gesprekscyclus volgen we zoals binnen ASG is "
          "afgesproken. Over interne mobiliteit hebben we het in het team nog weinig gehad."),
    ("h2", "Hoe houden we het verzuim laag en praten we over hoe het met collega's gaat?"),
    ("p", "Wij vinden het welbevinden van onze collega's, in elke fase van hun leven, erg belangrijk. Dit "
          "pakken we in 2025 op."),
    ("h2", "Hoe zetten we de talenten van collega's in?"),
    ("p", "In het team hebben we vier specialisten: een rekenspecialist, een leesspecialist, een "
          "gedragsspecialist en een Daltoncoördinator. Ze hebben elk twee tot vier uur per week voor die taak. "
          "Onze gedragsspecialist geeft sinds 2023 twee keer per jaar ook voor de leerkrachten van twee "
          "andere ASG-basisscholen in Poort de training 'Boos is ook een gevoel', over het begeleiden van "
          "kinderen met woedeaanvallen; de uren worden onderling verrekend. Onze Daltoncoördinator zit in de "
          "Daltonkring van ASG (zie venster 3)."),
    ("h2", "Hoe leiden we nieuwe leerkrachten op?"),
    ("p", "Wij zijn opleidingsschool van de pabo van Windesheim Flevoland. Elk jaar lopen zes tot acht "
          "studenten bij ons stage, meestal met twee LIO-stagiairs in de bovenbouw. Een van de bouwcoördinatoren "
          "is schoolopleider en heeft daar vier uur per week voor. Startende leerkrachten krijgen de eerste "
          "drie jaar een coach, twee lesbezoeken per jaar en vijf bijeenkomsten met de andere starters."),
    ("p", "Op dit moment werken er twee zij-instromers in groep 5 en groep 7. Zij volgen het "
          "zij-instroomtraject van twee jaar aan de pabo, hebben een coach en werken in een duo met een "
          "bevoegde collega die de groep mede verantwoordt. Op hun studiedag worden ze niet ingezet voor "
          "invalwerk, ook niet bij een griepgolf. De schoolopleider bespreekt elke zes weken de voortgang en "
          "het opleidingsplan. Ons doel is dat elke zij-instromer binnen twee jaar bevoegd is."),
    ("vet", "Doelen venster 2"),
    ("tabel", DOEL_KOP, [
        ["Alle leerkrachten hebben het Daltoncertificaat binnen twee jaar na hun start",
         "Scholingsoverzicht", "Controle jaarlijks in juli"],
        ["Elke leerkracht neemt deel aan een leerteam en het leerteam presenteert een opbrengst",
         "Presentaties op de studiedag", "Jaarlijks in juni"],
        ["Elke zij-instromer is binnen twee jaar bevoegd", "Opleidingsplan, voortgang met de "
         "schoolopleider", "Per zij-instromer"],
        ["Alle pedagogisch medewerkers van de peuteropvang zijn getraind in Uk & Puk", "Certificaten",
         "December 2025"],
    ], DOEL_BREEDTES),

    ("h1", "Venster 3: De meerwaarde van ASG"),
    ("p", "Bij dit venster beantwoorden we drie van de zes vragen."),
    ("h2", "Hoe ontmoeten we collega's van andere ASG-scholen?"),
    ("p", "Nog niet uitgewerkt. Dit komt in het jaarplan 2025-2026."),
    ("h2", "Hoe leren we van andere scholen?"),
    ("p", "Binnen ASG zijn drie Daltonscholen. Sinds 2022 vormen de Daltoncoördinatoren van die scholen de "
          "Daltonkring ASG. Ze komen vier keer per jaar bij elkaar en organiseren elk schooljaar drie bezoeken "
          "over en weer: een groepje leerkrachten gaat een ochtend kijken op een andere Daltonschool, met een "
          "kijkvraag die ze zelf hebben gekozen. Vorig jaar was dat: hoe reflecteren kleuters op hun "
          "planbord? Voor de visitatie van 2026 maken we de zelfevaluatie samen met een van die scholen, en "
          "we lezen elkaars conceptversie kritisch mee."),
    ("h2", "Hoe zorgen we voor een goede overstap naar het voortgezet onderwijs?"),
    ("p", "Ongeveer zestig procent van onze kinderen gaat na groep 8 naar een van de ASG-scholen voor "
          "voortgezet onderwijs. In november lopen alle kinderen van groep 8 een doedag mee op twee scholen "
          "naar keuze. In maart en april is er de warme overdracht: de leerkracht van groep 8 bespreekt elk "
          "kind met de mentor van de brugklas, en voor kinderen die extra ondersteuning krijgen, schuift de "
          "intern begeleider aan. In december van het volgende jaar krijgen we van de VO-scholen een "
          "terugkoppeling over hoe het met de kinderen gaat, en na drie jaar een overzicht van het niveau "
          "waarop ze zitten. Die gegevens gebruiken we bij de evaluatie van onze schooladviezen."),
    ("vet", "Doelen venster 3"),
    ("tabel", DOEL_KOP, [
        ["Drie bezoeken per jaar over en weer met de andere Daltonscholen van ASG",
         "Verslagen van de Daltonkring", "Elk schooljaar"],
        ["Warme overdracht voor alle kinderen van groep 8", "Overdrachtslijst, terugkoppeling VO in december",
         "Jaarlijks"],
    ], DOEL_BREEDTES),

    ("h1", "Venster 4: Partnerschap"),
    ("h2", "Welke rol geven we ouders bij het leren van hun kind?"),
    ("p", "Ouders kennen hun kind het best. Daarom begint het schooljaar met een startgesprek in de derde "
          "week, waarin ouders vertellen over hun kind en de leerkracht vooral luistert. In november en maart "
          "volgen de driehoeksgesprekken van twintig minuten met kind, ouder en leerkracht. Vanaf groep 5 leidt "
          "het kind het gesprek zelf, aan de hand van de ik-map en de taakbrief. In 2023-2024 kwam 88 procent "
          "van de ouders naar deze gesprekken; we willen naar 95 procent. Ouders die niet komen, belt de "
          "leerkracht op."),
    ("p", "In oktober is er een meekijkochtend: ouders lopen een blokuur mee in de groep van hun kind en zien "
          "hoe de taakbrief en de uitgestelde aandacht werken. Ouders van peuters en kleuters krijgen bij elk "
          "thema van Uk & Puk en Kleuterplein een thuisblad met spelletjes en woorden om thuis te oefenen, en "
          "vier keer per jaar is er een ouderochtend in de peutergroep."),
    ("h2", "Hoe geven we medezeggenschap betekenis in het kindcentrum?"),
    ("p", "De MR heeft acht leden: vier ouders en vier personeelsleden. Sinds 2023 vergadert de MR twee keer "
          "per jaar samen met de oudercommissie van Kindercentra Flevo als IKC-raad, over onderwerpen die het "
          "hele kindcentrum raken: het pedagogisch beleid, de openingstijden, het gebouw. Vanaf 2024-2025 "
          "wordt dat vier keer per jaar. De directie brengt plannen in een vroeg stadium in, als eerste "
          "gedachten en nog niet als besluit, zodat de raad kan meedenken voordat er iets vastligt. Zo is het "
          "ook met dit schoolplan gegaan. Over het werkverdelingsplan en de inzet van de werkdrukmiddelen "
          "praat de personeelsgeleding al in januari mee."),
    ("h2", "Wat levert samenwerking met partners in de wijk onze kinderen op?"),
    ("p", "De belangrijkste partner is Kindercentra Flevo, waarmee we het gebouw, het pedagogisch klimaat en "
          "de doorgaande lijn delen. Daarnaast werken we samen met:"),
    ("lijst", [
        "de jeugdgezondheidszorg van de GGD: de jeugdverpleegkundige houdt eens per maand spreekuur in "
        "school en ziet alle kinderen in groep 2 en groep 7;",
        "het wijkteam Poort: de schoolmaatschappelijk werker is elke dinsdagochtend in school en is "
        "laagdrempelig bereikbaar voor ouders;",
        "de bibliotheek: een leesconsulent helpt bij de schoolbibliotheek en het leesplan; vanaf 2025 is "
        "zij één ochtend per week in school;",
        "De Kunstlinie: elke groep volgt per jaar twee voorstellingen of workshops uit het cultuurmenu;",
        "de buurtsportcoach, die na schooltijd in onze gymzaal sportclinics voor de wijk organiseert;",
        "het wijkcentrum en de bewoners van de seniorenflat aan de overkant, waar de groepen 6 twee keer "
        "per jaar gaan voorlezen en spelletjes doen.",
    ]),
    ("p", "Voor de kinderen betekent dit dat hulp dichtbij is, dat ze na schooltijd in hun eigen wijk kunnen "
          "sporten en dat ze de buurt leren kennen als een plek waar ze bij horen."),
    ("h2", "Welke problemen in de stad pakken we samen met anderen aan?"),
    ("p", "Dit pakken we in 2025 op."),
    ("vet", "Doelen venster 4"),
    ("tabel", DOEL_KOP, [
        ["95% van de ouders komt naar de driehoeksgesprekken", "Registratie in Parro",
         "Elk schooljaar, eerste meting maart 2025"],
        ["De IKC-raad vergadert vier keer per jaar", "Notulen", "Vanaf 2024-2025"],
        ["Eén app voor school en opvang", "Ingebruikname", "Januari 2026"],
        ["Leesconsulent één ochtend per week in school", "Rooster bibliotheek", "Januari 2025"],
    ], DOEL_BREEDTES),

    ("h1", "Tot slot"),
    ("p", "Dit schoolplan is de basis voor de jaarplannen 2024-2025 tot en met 2027-2028. Elk jaar in juni "
          "kijken we met het team terug op de doelen in de tabellen en leggen we vast wat we hebben bereikt. "
          "Halverwege de planperiode, in het voorjaar van 2026, houden we een tussenevaluatie met het team, "
          "de pedagogisch medewerkers en de MR. De vragen waarop we nu nog geen antwoord hebben, komen als "
          "eerste terug."),
    ("p", "Instemming MR: 4 juni 2024\nVastgesteld door het College van Bestuur van de Almeerse Scholen "
          "Groep: 25 juni 2024"),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl(doc)

    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = AUTEUR
    cp.last_modified_by = AUTEUR
    cp.title = "Schoolplan 2024-2028 IKC De Horizon"
    cp.subject = "Schoolplan"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("IKC De Horizon, schoolplan 2024-2028, pagina ")
    page_field(voet)

    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    sub = doc.add_paragraph()
    sub.add_run("IKC De Horizon").bold = True
    doc.add_paragraph("Openbaar integraal kindcentrum voor Daltononderwijs en kinderopvang")
    doc.add_paragraph("Kustlaan 12, 1363 AB Almere Poort\nBRIN 29XK\nAlmeerse Scholen Groep")
    doc.add_page_break()

    for item in INHOUD:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "h2":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "vet":
            par = doc.add_paragraph()
            run = par.add_run(item[1])
            run.bold = True
            run.italic = True
        elif soort == "lijst":
            for regel in item[1]:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "tabel":
            tabel(doc, item[1], item[2], item[3])
        else:
            raise ValueError(soort)

    doc.save(path)
    deterministisch(path, VASTE_DATUM)
