"""Schoolplan 2025-2029 van openbare basisschool Het Vlot (Almere Buiten, ASG), ontwikkelplan 13.

Wat het is: het vierjarige schoolplan van een openbare basisschool met ruim 400 leerlingen in de
Faunabuurt van Almere Buiten, waar thuis meer dan dertig talen gesproken worden. De directeur schreef
het in Word.

Vormgeving: echte Word-stijlen (Titel, Kop 1 en Kop 2), maar de hoofdstukken volgen de eigen thema's
van de school ("Leren dat werkt", "Iedereen hoort erbij", "Samen met ouders en wijk", "Een sterk team",
"Kwaliteit en verantwoording") en niet de kernwaarden of vensters van de koers. Eén korte tabel in
paragraaf 1.5 legt in woorden de verbinding tussen de thema's en de koers. Aan het eind van elk
themahoofdstuk staat een doelentabel (meetbaar en gedateerd); een paar doelen staan alleen in de lopende
tekst. De instemming van de MR staat in gewone zinnen in hoofdstuk 8. Het openbare karakter is
uitgewerkt met eigen inhoud (actief pluralisme, feestenkalender, GVO/HVO). Hoofdstuk 7 is een lang
praktisch deel (schooltijden, gebouw, begroting, formatie) met koerswoorden in een andere betekenis
("ambitieuze verbouwing", "open dag", "transparante glazen wanden", "Vensters PO").
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

VAST = datetime.datetime(2025, 6, 20, 9, 30, 0)

DOEL_KOP = ["Doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"]
DOEL_BREEDTE = [3.5, 7.0, 3.0, 3.0]

# Elk onderdeel: ("h1"|"h2"|"p"|"l"|"t", inhoud)
INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van openbare basisschool Het Vlot voor de periode 2025-2029. In dit "
          "plan beschrijven we wat we de komende vier jaar willen bereiken, hoe we dat aanpakken en hoe we "
          "bijhouden of het lukt."),
    ("p", "We hebben het plan rond vijf eigen thema's gebouwd, die naar voren kwamen uit gesprekken met "
          "collega's, ouders en kinderen. Elk jaar maken we op basis van dit plan een jaarplan, en in het "
          "jaarverslag leggen we verantwoording af. Zo blijft dit plan een werkdocument en geen boek voor in "
          "de kast."),
    ("p", "Marieke Terpstra, directeur"),

    ("h1", "1 Onze school"),
    ("h2", "1.1 Geschiedenis en ligging"),
    ("p", "Het Vlot opende in augustus 1987 in twee noodlokalen, toen Almere Buiten nog volop in aanbouw "
          "was. De naam koos het eerste team: een vlot bouw je samen, en op een vlot let iedereen op elkaar. "
          "In 1999 betrok de school het huidige gebouw aan de Bevertocht in de Faunabuurt. De school ligt op "
          "tien minuten lopen van station Almere Buiten. Vanuit de lokalen aan de oostkant hebben de "
          "kinderen zicht "
          "op het wijkpark, waar we bij mooi weer ook buiten lesgeven."),
    ("p", "Het Vlot is een openbare school en valt onder het bestuur van de Almeerse Scholen Groep."),
    ("h2", "1.2 Onze leerlingen en hun gezinnen"),
    ("p", "Op 1 oktober 2024 telde de school 402 leerlingen in 17 groepen. De gemeentelijke prognose laat "
          "een lichte daling zien naar ongeveer 385 leerlingen in 2028, omdat de wijk vergrijst."),
    ("p", "De gezinnen van onze leerlingen komen uit de hele wereld. Bij de inschrijving noemden ouders "
          "samen "
          "31 talen die thuis gesproken worden. De grootste groepen naast het Nederlands zijn Arabisch, "
          "Turks, Papiaments, Sranantongo, Pools, Tigrinya en Oekraïens. Bij 58 procent van de kinderen "
          "wordt thuis (ook) een andere taal dan Nederlands gesproken. De schoolweging van het CBS is 33,4; "
          "het landelijk gemiddelde ligt rond de 30. Elk jaar stromen er 15 tot 20 kinderen tussentijds in, "
          "van wie een deel net in Nederland is."),
    ("h2", "1.3 Waar we voor staan"),
    ("p", "Ons motto is \u201cSamen op één vlot\u201d. We geloven dat kinderen het best leren in een school "
          "waar "
          "ze zich thuis voelen, waar de lat hoog ligt en waar volwassenen samen optrekken. Wij vinden dat "
          "ieder kind en iedere collega op Het Vlot waardevol is en gezien wordt. Drie overtuigingen zijn "
          "voor ons leidend:"),
    ("l", ["Taal is de sleutel. Wie goed Nederlands leert, kan meedoen op school en daarbuiten. Tegelijk is "
           "de thuistaal van een kind geen probleem maar een bron.",
           "Een taalachterstand is geen denkachterstand. We kijken naar wat een kind kan leren, niet alleen "
           "naar wat het nu laat zien.",
           "Leren doe je samen: kinderen met elkaar, leerkrachten met elkaar, en school en ouders met "
           "elkaar."]),
    ("h2", "1.4 Hoe dit plan tot stand kwam"),
    ("p", "Het schrijven van dit plan begon op de studiedag van 9 oktober 2024, waar het team terugkeek op "
          "de vorige planperiode. Op 14 november 2024 volgde een ouderavond onder de titel \u201cKoffie en "
          "toekomst\u201d, met "
          "42 ouders en tolken voor het Arabisch en het Turks. De kinderraad besprak in drie bijeenkomsten "
          "wat kinderen goed vinden aan de school en wat beter kan; de wens om vaker buiten te leren komt "
          "van "
          "hen. Een werkgroep van de MR las de conceptteksten mee."),
    ("h2", "1.5 Dit plan en de koers van ASG"),
    ("p", "ASG vraagt van iedere school dat het schoolplan laat zien hoe de koers \u201cLeren in "
          "verbinding\u201d "
          "in de school vorm krijgt. We volgen de koers niet hoofdstuk voor hoofdstuk, maar werken vanuit "
          "onze eigen thema's. De tabel laat zien waar de verbinding ligt."),
    ("t", (["Ons thema", "Waar het aansluit bij de koers van ASG"], [
        ["Leren dat werkt", "Vooral bij het venster over goed en toegankelijk onderwijs, en bij de "
                            "kernwaarde ambitieus."],
        ["Iedereen hoort erbij", "Bij de kernwaarden gezien worden en open, en bij het deel over passend "
                                 "onderwijs in het eerste venster."],
        ["Samen met ouders en wijk", "Bij het venster over partnerschap: ouders, medezeggenschap en "
                                     "partners in de stad."],
        ["Een sterk team", "Bij het venster personeel in positie, en op een paar punten bij de "
                           "samenwerking tussen ASG-scholen."],
        ["Kwaliteit en verantwoording", "Bij de kwaliteitszorg uit het eerste venster en de kaders van "
                                        "het bestuur."],
    ], [5.0, 11.0])),
    ("p", "Niet alle onderdelen van de koers krijgen in deze periode evenveel aandacht. Innovatie langs de "
          "drie horizonten werken we niet apart uit: onze energie gaat de komende jaren naar taal en lezen. "
          "De bovenschoolse medezeggenschap laten we aan de GMR."),

    ("h1", "2 Leren dat werkt"),
    ("p", "Kinderen die Het Vlot verlaten, moeten goed kunnen lezen, schrijven en rekenen, nieuwsgierig zijn "
          "naar de wereld en weten wat ze kunnen."),
    ("h2", "2.1 Ons onderwijsprogramma"),
    ("p", "Ons aanbod dekt de kerndoelen van het primair onderwijs. Voor de basisvakken werken we met "
          "methodes waarvan we hebben nagegaan dat ze de kerndoelen en de referentieniveaus voor taal en "
          "rekenen volledig afdekken:"),
    ("l", ["aanvankelijk lezen: Lijn 3 (groep 3);",
           "taal en spelling: Staal (groep 4 tot en met 8);",
           "begrijpend lezen: Nieuwsbegrip (groep 5 tot en met 8), aangevuld met teksten uit de zaakvakken;",
           "rekenen: Wereld in getallen 5, met dagelijks tien minuten automatiseren;",
           "schrijven: Pennenstreken;",
           "Engels: Groove.me, vanaf groep 1;",
           "wereldoriëntatie: Blink Wereld, in thema's;",
           "sociaal-emotionele ontwikkeling en burgerschap: De Vreedzame School;",
           "bewegingsonderwijs: twee lessen per week van de vakleerkracht."]),
    ("p", "In de groepen 1 en 2 werken we in thema's van zes weken, met een rijke hoeken- en spelomgeving "
          "en een dagelijkse kring voor woordenschat. We volgen de ontwikkeling van de kleuters met KIJK!."),
    ("p", "In alle groepen geven we les volgens het model van expliciete directe instructie (EDI): de "
          "leerkracht doet voor, oefent samen met de groep en laat de kinderen pas zelfstandig werken als "
          "ze de stof beheersen. Kinderen die meer uitleg nodig hebben, krijgen verlengde instructie aan de "
          "instructietafel. De onderwijstijd ligt met ruim 1.000 uur per jaar in alle groepen boven de "
          "wettelijke norm van "
          "7.520 uur over acht schooljaren."),
    ("h2", "2.2 Taal als sleutel"),
    ("p", "Taal heeft in deze planperiode de hoogste prioriteit. De resultaten voor technisch lezen zijn "
          "gedaald, vooral in groep 4 en 5. We nemen daarom drie maatregelen."),
    ("p", "Ten eerste krijgt woordenschat een vaste plek in elke les. Alle leerkrachten werken met de "
          "viertakt van Verhallen (voorbewerken, semantiseren, consolideren, controleren) en elke groep "
          "heeft een woordmuur die per thema wordt bijgewerkt. Ten tweede vergroten we de leestijd. Vanaf "
          "augustus 2025 begint iedere dag in groep 3 tot en met 8 met twintig minuten vrij lezen, en iedere "
          "leerkracht leest dagelijks voor. In de groepen 3 en 4 lezen kinderen daarnaast drie keer per week "
          "in kleine groepjes met een onderwijsassistent. Ten derde vernieuwen we het aanbod voor "
          "nieuwkomers. Kinderen die korter dan een jaar in Nederland zijn, krijgen 's ochtends les in onze "
          "eigen taalklas van maximaal twaalf leerlingen en doen 's middags mee in hun eigen groep."),
    ("p", "Ons doel is dat aan het eind van het schooljaar 2026-2027 ten minste 75 procent van de "
          "leerlingen in groep 4 op of boven AVI-niveau E4 leest; in juni 2024 was dat 61 procent."),
    ("p", "Met meertaligheid willen we eerst zelf ervaring opdoen voordat we iets invoeren. Sinds januari "
          "2025 doen drie leerkrachten samen met een lector van de pabo van Windesheim in Almere een "
          "praktijkonderzoek: begrijpen kinderen een tekst beter als ze die eerst in hun thuistaal mogen "
          "bespreken? Op de studiedag "
          "van juni 2025 presenteren ze de eerste uitkomsten aan het team, en in juni 2026 besluiten we of "
          "we de werkwijze schoolbreed invoeren. Het onderzoeksgroepje leest daarnaast elk jaar twee "
          "recente publicaties over taalonderwijs en bespreekt die in een teamvergadering."),
    ("h2", "2.3 Rekenen"),
    ("p", "Het percentage leerlingen dat aan het eind van groep 8 het streefniveau 1S haalt, blijft achter "
          "bij wat we verwachten. We houden vast aan dagelijks automatiseren en aan Met Sprongen Vooruit in "
          "groep 3 tot en met 5. Nieuw is de "
          "aandacht voor talige rekenopgaven. Veel kinderen lopen vast op de tekst van een opgave, niet op "
          "de som. In de rekenles besteden we daarom vanaf 2025-2026 vaste tijd aan de woorden van het "
          "rekenen en aan het tekenen van een opgave voordat kinderen gaan rekenen."),
    ("h2", "2.4 Wereldoriëntatie, cultuur en bewegen"),
    ("p", "Bij wereldoriëntatie kiezen we per jaar minstens twee thema's die dicht bij de kinderen liggen: "
          "hun eigen straat, hun familie, de stad. In groep 5 maken kinderen een familieboek over waar hun "
          "familie vandaan komt. In groep 6 onderzoeken ze hoe Almere is gebouwd en interviewen ze een "
          "grootouder of buurtbewoner die er vanaf het begin woont. Ook bij lezen zoeken we aansluiting: we "
          "kiezen prentenboeken en leesboeken waarin kinderen hun eigen gezin, taal en stad herkennen. In "
          "2024 hebben we 300 boeken aan de schoolbibliotheek toegevoegd, onder meer tweetalige "
          "prentenboeken in zes talen."),
    ("p", "Iedere groep krijgt elk jaar minstens één workshop van Kunstlinie Almere en bezoekt één "
          "voorstelling. De vakleerkracht bewegingsonderwijs organiseert met de sportbuurtcoach het "
          "jaarlijkse sporttoernooi van de scholen in Almere Buiten."),
    ("h2", "2.5 Hoge verwachtingen, ook bij de overstap"),
    ("p", "In 2023 vroegen we bij de scholen voor voortgezet onderwijs op waar onze oud-leerlingen na drie "
          "jaar zaten. De uitkomst was ongemakkelijk: 38 procent zat op een hoger niveau dan ons advies, "
          "tegen 9 procent op een lager niveau. We schatten onze leerlingen dus te laag in, vooral kinderen "
          "die thuis een andere taal spreken. Daarom veranderen we het volgende."),
    ("l", ["In de groepsplannen van groep 3 tot en met 8 stellen we per kind een doel dat hoger ligt dan "
           "het niveau van de vorige meting. Een zwakke woordenschat is geen reden om de lat voor rekenen of "
           "begrijpend lezen lager te leggen.",
           "Elk schooladvies wordt besproken in een adviesteam van de leerkrachten van groep 7 en 8, een "
           "intern begeleider en de directeur. Bij twijfel kiezen we het hogere advies.",
           "Na de doorstroomtoets heroverwegen we ieder advies. In 2025 is het advies na de toets in 9 van "
           "de 16 gevallen naar boven bijgesteld.",
           "In groep 7 voeren we met ieder kind en zijn ouders een toekomstgesprek over wat het kind wil en "
           "kan, en bezoekt de groep twee scholen voor voortgezet onderwijs.",
           "Kinderen die meer aankunnen, gaan een ochtend per week naar de plusklas."]),
    ("h2", "2.6 Zicht op ontwikkeling"),
    ("p", "We volgen de ontwikkeling van kinderen met de methodetoetsen, de toetsen van het Cito-"
          "leerlingvolgsysteem in januari en juni en, bij de kleuters, met KIJK!. Drie keer per jaar, in "
          "oktober, februari en juni, houdt iedere leerkracht een "
          "groepsbespreking met de intern begeleider. Daarin bespreken we per kind welke instructie het "
          "nodig "
          "heeft, wat thuis speelt en of extra ondersteuning nodig is. Twee keer per jaar maken de intern "
          "begeleiders een trendanalyse van de resultaten per groep en per vak, die het team samen "
          "bespreekt."),
    ("h2", "2.7 Doelen bij Leren dat werkt"),
    ("t", (DOEL_KOP, [
        ["Technisch lezen groep 4", "Ten minste 75% leest op of boven AVI E4 (juni 2024: 61%).", "juni 2027",
         "taalcoördinator"],
        ["Lezen eind groep 8", "Ten minste 95% haalt 1F en ten minste 55% haalt 2F op de doorstroomtoets "
                               "(2024: 93% en 49%).", "doorstroomtoets 2028", "directeur en IB"],
        ["Rekenen eind groep 8", "Ten minste 50% haalt 1S (2024: 44%).", "doorstroomtoets 2028",
         "rekenspecialist"],
        ["Schooladvies", "Het aandeel oud-leerlingen dat na drie jaar hoger zit dan ons advies daalt van "
                         "38% naar hooguit 20%.", "meting najaar 2028", "adviesteam"],
        ["Meertaligheid", "Besluit over invoering op basis van het praktijkonderzoek, vastgelegd in het "
                          "jaarplan 2026-2027.", "juni 2026", "onderzoeksgroep"],
    ], DOEL_BREEDTE)),

    ("h1", "3 Iedereen hoort erbij"),
    ("p", "Kinderen leren alleen goed als ze zich veilig voelen en ergens bij horen. Dat geldt ook voor hun "
          "ouders."),
    ("h2", "3.1 Welkom op Het Vlot"),
    ("p", "Wie Het Vlot binnenloopt, moet zich welkom voelen: kinderen, ouders en bezoekers. Dat regelen we "
          "niet met een mooie tekst, maar met vaste afspraken:"),
    ("l", ["Tussen 8.20 en 8.30 uur is er inloop en mogen ouders mee de klas in. De directeur of de "
           "adjunct-directeur staat elke ochtend bij de hoofdingang.",
           "Nieuwe gezinnen krijgen een rondleiding en een welkomstgesprek met onze ouderconsulent, waar "
           "mogelijk in hun eigen taal of met een tolk. Ze krijgen een welkomstmap in eenvoudig Nederlands, "
           "met foto's van de school, het team en de belangrijkste afspraken.",
           "Aan ieder nieuw gezin koppelen we, als het gezin dat wil, een maatjesgezin uit dezelfde groep.",
           "Bij de ingang hangt \u201cwelkom\u201d in alle talen van onze gezinnen, geschreven door de "
           "kinderen. "
           "De bordjes in de school hebben pictogrammen.",
           "Kinderen die tussentijds instromen, krijgen de eerste twee weken een klasgenoot als maatje."]),
    ("p", "Twee keer per jaar vragen we nieuwe ouders in een korte vragenlijst hoe ze de eerste weken hebben "
          "ervaren."),
    ("h2", "3.2 Veilig en respectvol met elkaar"),
    ("p", "Ons schoolveiligheidsplan is in 2024 bijgewerkt en wordt in 2026 opnieuw herzien. Het beschrijft "
          "de afspraken over gedrag, het pestprotocol, de meldcode huiselijk geweld en kindermishandeling en "
          "de rol van de vertrouwenspersoon. De intern begeleider van de onderbouw is onze "
          "anti-pestcoördinator. Elk schooljaar beginnen we met de Gouden Weken."),
    ("p", "De sociale veiligheid meten we jaarlijks in maart met de leerlingvragenlijst van ZIEN! in groep 5 "
          "tot en met 8. In 2024 gaf 91 procent van de kinderen aan zich veilig te voelen op school. "
          "Incidenten leggen we vast in ParnasSys; de directie bespreekt het overzicht elk kwartaal met de "
          "intern begeleiders."),
    ("p", "Met De Vreedzame School leren kinderen conflicten zelf op te lossen. Jaarlijks leiden we zestien "
          "kinderen uit groep 7 en 8 op tot mediator; in de pauzes helpen zij bij ruzies op het plein. "
          "Volwassenen geven het voorbeeld. In 2024 hebben team en MR samen een gedragscode opgesteld voor "
          "ouders en medewerkers, met afspraken over toon en taal, ook in groepsapps. Na een conflict tussen "
          "een ouder en een medewerker volgt altijd binnen een week een gesprek met de directeur."),
    ("h2", "3.3 Burgerschap"),
    ("p", "Burgerschap is bij ons geen los vak. Kinderen leren op Het Vlot wat het is om in een democratie "
          "te leven, wat rechten en plichten zijn en hoe je omgaat met mensen die anders denken. Dat doen we "
          "op drie manieren. In de lessen van De Vreedzame School, zes blokken per jaar, en in de wekelijkse "
          "klassenvergadering in groep 3 tot en met 8. In de kinderraad, met acht kinderen uit groep 5 tot "
          "en met 8, die zes keer per jaar met de directeur vergadert en een eigen budget van 1.000 euro per "
          "jaar beheert; in 2024 kocht de raad er een buitenleskist en nieuwe voetbaldoeltjes van. En in "
          "projecten: groep 7 bezoekt het stadhuis en voert een debat in de raadzaal, groep 8 werkt een "
          "maand aan de rechten van het kind en aan mediawijsheid."),
    ("p", "Wat nog ontbreekt is een samenhangend overzicht. In het schooljaar 2025-2026 legt een werkgroep "
          "in een leerlijn vast welke burgerschapsdoelen in welke groep aan bod komen."),
    ("h2", "3.4 Ons openbare karakter"),
    ("p", "Het Vlot is een openbare school. Ieder kind is welkom, ongeacht achtergrond, geloof of "
          "levensovertuiging, en iedereen die de uitgangspunten van het openbaar onderwijs onderschrijft, "
          "kan "
          "bij ons werken. Openbaar betekent voor ons niet dat we over geloof zwijgen. We kiezen voor actief "
          "pluralisme: verschillen in geloof en levensbeschouwing krijgen een plek in de school, en kinderen "
          "leren ernaar te vragen en naar elkaar te luisteren. Zo geven we dat vorm:"),
    ("l", ["Elke maand staat in de kring een feest uit een van de tradities van onze gezinnen centraal, "
           "zoals het Suikerfeest, Divali, Kerst, Chanoeka, Keti Koti of Pasen. Kinderen en ouders vertellen "
           "zelf wat het feest voor hen betekent.",
           "In groep 5 tot en met 8 werken we elk jaar zes weken aan levensbeschouwing, met eigen lessen "
           "over grote vragen, rituelen en verhalen uit verschillende tradities. Groep 7 bezoekt een moskee "
           "en een kerk in de wijk, groep 8 ontvangt een humanistische gastspreker.",
           "Ouders kunnen in groep 5 tot en met 8 kiezen voor godsdienstig of humanistisch vormingsonderwijs "
           "(GVO of HVO), 45 minuten per week, gegeven door vakdocenten van buiten de school. In 2024-2025 "
           "volgen 64 kinderen islamitisch, 31 kinderen humanistisch en 17 kinderen protestants-christelijk "
           "vormingsonderwijs. Kinderen die niet meedoen, krijgen in dat uur een les filosofie van hun eigen "
           "leerkracht.",
           "Elk najaar doen we mee aan de Week van het Openbaar Onderwijs, met een open ochtend voor "
           "buurtbewoners."]),
    ("p", "We kijken ook naar onszelf. Ons team is diverser geworden: 9 van de 34 collega's spreken naast "
          "het "
          "Nederlands een andere thuistaal. Bij vacatures werven we ook via netwerken in de wijk, en in de "
          "sollicitatiecommissie zit altijd een ouder. In de teamvergadering bespreken we minstens één keer "
          "per jaar lastige situaties rond geloof en cultuur, zoals vragen over zwemles, vasten of feesten. "
          "Vanaf het schooljaar 2026-2027 willen we GVO en HVO ook in groep 4 aanbieden; daarover overleggen "
          "we in 2025-2026 met de aanbieders."),
    ("h2", "3.5 Ondersteuning: wat we bieden en waar onze grens ligt"),
    ("p", "In ons schoolondersteuningsprofiel (SOP) staat precies welke ondersteuning we kunnen bieden. De "
          "basisondersteuning bestaat uit instructie op drie niveaus, het dyslexieprotocol, de aanpak voor "
          "kinderen die Nederlands als tweede taal leren en de Vreedzame School. Daarnaast bieden we extra "
          "ondersteuning: de taalklas voor nieuwkomers, de plusklas, begeleiding bij lezen door een "
          "onderwijsassistent en schoolmaatschappelijk werk op één dag per week. Voor ongeveer twaalf "
          "kinderen stellen we een ontwikkelingsperspectief op."),
    ("p", "Het ondersteuningsteam komt zes keer per jaar bij elkaar: de intern begeleiders, de "
          "schoolmaatschappelijk werker, de jeugdverpleegkundige van de GGD Flevoland en de consulent van "
          "het samenwerkingsverband Passend Onderwijs Almere, zo nodig aangevuld met het sociaal wijkteam."),
    ("p", "We zijn ook eerlijk over wat we niet kunnen. We kunnen geen permanente één-op-één begeleiding "
          "bieden, geen prikkelarme omgeving voor kinderen die de hele dag afgeschermd moeten worden en geen "
          "intensieve medische handelingen. Als we een kind niet bieden wat het nodig heeft, zoeken we samen "
          "met de ouders en het samenwerkingsverband naar een school die dat wel kan, en het kind blijft bij "
          "ons tot er een plek is. In het schooljaar 2023-2024 stapten vier kinderen over naar het speciaal "
          "basisonderwijs of het speciaal onderwijs; twee kinderen kwamen vanuit het sbo terug naar Het "
          "Vlot."),
    ("h2", "3.6 Doelen bij Iedereen hoort erbij"),
    ("t", (DOEL_KOP, [
        ["Sociale veiligheid", "Ten minste 93% van de kinderen in groep 5-8 voelt zich veilig (2024: 91%).",
         "jaarlijks in maart", "anti-pestcoördinator"],
        ["Nieuwe gezinnen", "Ten minste 85% van de nieuwe ouders beoordeelt de eerste weken als prettig.",
         "vanaf 2025-2026", "ouderconsulent"],
        ["Burgerschap", "Leerlijn burgerschap groep 1-8 vastgesteld en in gebruik.", "juli 2026",
         "werkgroep burgerschap"],
        ["Mediatoren", "In elke groep 7 en 8 zijn ten minste vier opgeleide mediatoren actief.",
         "elk jaar vanaf oktober 2025", "coördinator Vreedzame School"],
        ["SOP", "Schoolondersteuningsprofiel geactualiseerd en besproken met de MR.", "maart 2026",
         "intern begeleiders"],
    ], DOEL_BREEDTE)),

    ("h1", "4 Samen met ouders en wijk"),
    ("h2", "4.1 Ouders als partner bij het leren"),
    ("p", "Elk schooljaar begint met een startgesprek van ouders, kind en leerkracht in de eerste drie "
          "weken. De ouders vertellen over hun kind, het kind vertelt wat het dit jaar wil leren, en samen "
          "spreken we af wat ouders thuis kunnen doen. In 2024-2025 kwam 88 procent van de gezinnen."),
    ("p", "Omdat lezen zo belangrijk is, betrekken we ouders daar extra bij. Ouders van groep 3 krijgen een "
          "leespakket met boekjes en een korte uitleg in beeld over samen lezen. Via de VoorleesExpress "
          "komen vrijwilligers twintig weken lang bij twintig gezinnen thuis voorlezen. In de ouderkamer "
          "organiseert de ouderconsulent vijf thema-ochtenden "
          "per jaar, bijvoorbeeld over rekenen thuis en de overstap naar het voortgezet onderwijs."),
    ("h2", "4.2 Communicatie die iedereen bereikt"),
    ("p", "Veel ouders lezen niet makkelijk Nederlands. Daarom communiceren we kort, in eenvoudige taal en "
          "met beeld. Alle berichten gaan via de Parro-app, waarin ouders met één knop een vertaling kunnen "
          "opvragen. De nieuwsbrief, de Vlotpost, verschijnt om de twee weken op taalniveau B1 en met "
          "foto's. "
          "Bij belangrijke zaken belt de leerkracht ouders die weinig lezen. Voor gesprekken zetten we een "
          "professionele tolk in als dat nodig is; daarvoor is 3.000 euro per jaar begroot. Op vragen van "
          "ouders reageren we binnen twee werkdagen. De uitkomsten van de veiligheidsmeting, de "
          "doorstroomtoets en de tevredenheidspeiling delen we elk jaar in de nieuwsbrief, met uitleg over "
          "wat we ermee doen."),
    ("h2", "4.3 De medezeggenschapsraad"),
    ("p", "De MR bestaat uit drie ouders en drie medewerkers en vergadert zeven keer per jaar; de "
          "vergaderingen zijn openbaar. We gebruiken de MR niet alleen voor instemming en advies aan het "
          "eind "
          "van een traject, maar als klankbord aan het begin, als er nog iets te kiezen valt. In 2024-2025 "
          "dacht de MR zo mee over de besteding van de werkdrukmiddelen en over dit schoolplan, en hield de "
          "MR zelf een enquête onder ouders over het continurooster. Elk jaar in september houden directie "
          "en MR een beleidsavond waarop we de onderwerpen voor het jaar plannen. We hebben afgesproken dat "
          "voorgenomen besluiten ten minste zes weken voor het besluit bij de MR liggen."),
    ("h2", "4.4 Partners in Almere Buiten en daarbuiten"),
    ("p", "In de wijk werken we nauw samen met een aantal vaste partners:"),
    ("l", ["De kinderopvangorganisatie die in ons gebouw peuteropvang met voorschoolse educatie biedt. Peuters "
           "en kleuters werken aan dezelfde thema's, en bij de overgang naar groep 1 is er altijd een warme "
           "overdracht.",
           "De Nieuwe Bibliotheek, met een leesconsulent die om de week op school is en de schoolbibliotheek "
           "helpt bijhouden.",
           "De sportbuurtcoach van de gemeente, die twee keer per week na schooltijd sport op het plein "
           "aanbiedt.",
           "Welzijnsorganisatie De Schoor, die in het buurthuis huiswerkbegeleiding geeft aan onze "
           "bovenbouwleerlingen.",
           "Het sociaal wijkteam en de wijkagent, die twee keer per jaar op de kinderraad aanschuift."]),
    ("p", "Samen met De Schoor en de bibliotheek zijn we in 2024 \u201cVlot na school\u201d gestart: vier "
          "activiteiten per week na schooltijd, van koken tot programmeren. Buiten de wijk werken we samen "
          "met de pabo van Windesheim (opleiden en onderzoek), Kunstlinie Almere (cultuur), de GGD "
          "Flevoland, de VoorleesExpress en de scholen voor voortgezet onderwijs waarmee we de overdracht "
          "van onze leerlingen regelen. Elk voorjaar bespreken we met iedere partner wat goed ging en wat "
          "we volgend jaar anders doen."),
    ("h2", "4.5 Doelen bij Samen met ouders en wijk"),
    ("t", (DOEL_KOP, [
        ["Startgesprekken", "Ten minste 90% van de gezinnen neemt deel (2024-2025: 88%).", "elk jaar in "
         "september", "adjunct-directeur"],
        ["Ouders en lezen", "40 gezinnen per jaar doen mee aan de VoorleesExpress of het leespakket "
                            "(2024-2025: 20).", "2026-2027", "taalcoördinator"],
        ["Duidelijke informatie", "Ten minste 80% van de ouders vindt de informatie van school duidelijk "
                                  "(2024: 72%).", "peiling 2026 en 2028", "directeur"],
        ["Vlot na school", "Vier activiteiten per week, samen ten minste 120 deelnemende kinderen per jaar.",
         "vanaf 2025-2026", "adjunct-directeur"],
        ["MR als klankbord", "Jaarlijkse beleidsavond gehouden; voorgenomen besluiten ten minste zes weken "
                             "vooraf bij de MR.", "elk jaar in september", "directeur en voorzitter MR"],
    ], DOEL_BREEDTE)),

    ("h1", "5 Een sterk team"),
    ("h2", "5.1 Ons team"),
    ("p", "Op Het Vlot werken 34 mensen, samen 27,4 fte: 21 groepsleerkrachten, twee intern begeleiders, een "
          "vakleerkracht bewegingsonderwijs, vier onderwijsassistenten, een ouderconsulent, een conciërge, "
          "een administratief medewerker, de adjunct-directeur en de directeur. De gemiddelde leeftijd is 41 "
          "jaar; vijf collega's zijn ouder dan 60, acht jonger dan 30. Het ziekteverzuim was in 2024 6,1 "
          "procent. Ons team geeft elke dag het beste van zichzelf."),
    ("h2", "5.2 Samen leren in leerteams"),
    ("p", "Sinds 2023 werken we in drie leerteams: onderbouw, middenbouw en bovenbouw. Een leerteam komt "
          "eens in de drie weken op woensdagmiddag bij elkaar en werkt een jaar aan één vraag uit het "
          "jaarplan, bijvoorbeeld: hoe krijgen we meer leestijd in de dag? Het leerteam probeert iets uit in "
          "de groepen, kijkt bij elkaar in de klas en bespreekt de resultaten. Iedere leerkracht doet twee "
          "keer per jaar een collegiale consultatie met de kijkwijzer EDI. Op de studiedag in juni "
          "presenteert "
          "elk leerteam wat het heeft geleerd en wat het team daarvan overneemt. Zo verbeteren we ons "
          "onderwijs stap voor stap met elkaar, in plaats van dat iedere leerkracht het alleen uitzoekt."),
    ("h2", "5.3 Professionalisering"),
    ("p", "Naast het leren in de leerteams volgt het hele team scholing die past bij de prioriteiten van "
          "dit plan: in 2025-2026 een opfriscursus EDI en een training woordenschatdidactiek, in 2026-2027 "
          "een scholing over rekentaal. Iedere collega heeft daarnaast een persoonlijk ontwikkelplan en een "
          "eigen scholingsbudget. Startende leerkrachten volgen in hun eerste twee jaar het "
          "inductieprogramma "
          "van de ASG Academie; onze intern begeleiders volgen in 2025-2026 de leergang data-analyse van de "
          "Academie."),
    ("h2", "5.4 Opleiden, zij-instromers en het lerarentekort"),
    ("p", "Het lerarentekort raakt ook Almere Buiten. Het Vlot doet daarom mee in het "
          "opleidingspartnerschap van de Almeerse "
          "schoolbesturen en de pabo van Windesheim, dat samen met de gemeente Almere extra plaatsen voor "
          "zij-instromers en een gezamenlijk begeleidingsprogramma voor starters heeft opgezet. Onze "
          "schoolopleider draait mee in het opleidingsteam van het partnerschap. Wij leiden elk jaar zes tot "
          "acht pabostudenten op en bieden twee zij-instromers een plek."),
    ("p", "Op dit moment werken twee collega's als zij-instromer voor de groep zonder volledige bevoegdheid. "
          "Zij hebben een begeleidingsplan met een vaste coach, één dag per week studietijd die we uit de "
          "formatie betalen, en elke zes weken een voortgangsgesprek met de schoolopleider. Beiden ronden "
          "hun "
          "opleiding uiterlijk in de zomer van 2027 af."),
    ("h2", "5.5 De gesprekscyclus"),
    ("p", "Met iedere medewerker voeren we jaarlijks een startgesprek in september of oktober, waarin we ook "
          "bespreken wat iemand dit jaar nodig heeft om goed te kunnen werken. Tussen oktober en februari "
          "krijgt iedere leerkracht twee lesbezoeken van de directie of een intern begeleider, met feedback "
          "aan de hand van de kijkwijzer. In maart volgt het ontwikkelgesprek en eens in de drie jaar een "
          "beoordelingsgesprek. Alle gesprekken worden vastgelegd in het digitale personeelsdossier."),
    ("h2", "5.6 Werkdruk en welbevinden"),
    ("p", "Het werk op Het Vlot is mooi, maar ook zwaar. Het team heeft in 2024 besloten de werkdrukmiddelen "
          "(ongeveer 105.000 euro per jaar) te besteden aan twee extra onderwijsassistenten en aan een deel "
          "van de uren van de vakleerkracht bewegingsonderwijs. Daarmee hebben groepsleerkrachten twee uur "
          "per week zonder groep."),
    ("p", "We houden rekening met de levensfase van collega's. Teamvergaderingen eindigen uiterlijk om 16.30 "
          "uur, zodat collega's met jonge kinderen op tijd weg kunnen. Collega's van 57 jaar en ouder zetten "
          "hun uren voor duurzame inzetbaarheid in overleg met de directeur in, bijvoorbeeld voor een vaste "
          "ochtend zonder groep. Daarnaast kan iedereen zonder ziekmelding naar het preventief spreekuur "
          "van de bedrijfsarts."),
    ("h2", "5.7 Onze expertise buiten de school"),
    ("p", "Door het grote aantal nieuwkomers heeft Het Vlot veel ervaring opgebouwd met onderwijs in "
          "Nederlands als tweede taal. Onze NT2-specialist, Samira Bouzid, zit in het ASG-netwerk "
          "nieuwkomersonderwijs en verzorgt twee keer per jaar een bijeenkomst voor leerkrachten van andere "
          "ASG-scholen die nieuwkomers opvangen. Onze rekenspecialist neemt deel aan de bovenschoolse "
          "werkgroep rekenen, die materiaal voor talige rekenopgaven ontwikkelt en uitwisselt."),
    ("h2", "5.8 Doelen bij Een sterk team"),
    ("t", (DOEL_KOP, [
        ["Bevoegdheid", "Alle leerkrachten voor de groep zijn bevoegd.", "1 augustus 2027", "directeur"],
        ["Gesprekscyclus", "100% van de medewerkers heeft jaarlijks een start- en een ontwikkelgesprek; "
                           "iedere leerkracht krijgt twee lesbezoeken.", "elk jaar", "directie"],
        ["Leerteams", "Elk leerteam presenteert jaarlijks de uitkomst van zijn vraag op de studiedag.",
         "juni 2026 tot en met 2029", "voorzitters leerteams"],
        ["Verzuim", "Ziekteverzuim lager dan 5,5% (2024: 6,1%).", "2027", "directeur"],
        ["Opleiden", "Jaarlijks zes pabostudenten en twee zij-instromers.", "2025-2029", "schoolopleider"],
        ["NT2-expertise", "Twee bijeenkomsten per jaar voor andere ASG-scholen.", "elk jaar",
         "NT2-specialist"],
    ], DOEL_BREEDTE)),

    ("h1", "6 Kwaliteit en verantwoording"),
    ("h2", "6.1 Onze kwaliteitscyclus"),
    ("p", "We werken met een vaste jaarcyclus. In juni stellen we het jaarplan op, met de doelen uit dit "
          "schoolplan die dat jaar aan de beurt zijn. In januari volgt een tussenevaluatie met het team en "
          "de "
          "MR. In september en oktober schrijven we het jaarverslag, waarin we per doel aangeven wat bereikt "
          "is en wat niet. De informatie komt uit de trendanalyses, de lesbezoeken, de "
          "veiligheidsmeting en de tevredenheidspeilingen van 2026 en 2028. Elk kwartaal leveren we een "
          "rapportage aan het bestuur, en twee keer per "
          "jaar voert de directeur een kwaliteitsgesprek met de bestuurder. In het voorjaar van 2027 doen "
          "we een zelfevaluatie op alle standaarden van het onderzoekskader van de inspectie, met een "
          "externe "
          "auditor die ook lessen bezoekt."),
    ("h2", "6.2 Opbrengsten en het oordeel van de inspectie"),
    ("p", "Bij het laatste bezoek van de inspectie, in maart 2023, zijn alle onderzochte standaarden als "
          "voldoende beoordeeld. De eindresultaten liggen al drie jaar boven de signaleringswaarden: bij "
          "lezen haalde 93 procent het fundamentele niveau 1F en 49 procent het streefniveau 2F, bij rekenen "
          "haalde 91 procent 1F en 44 procent 1S. Ons doel is die basiskwaliteit vast te houden en de "
          "resultaten op het streefniveau te verhogen."),
    ("h2", "6.3 Verantwoording"),
    ("p", "We leggen verantwoording af aan het bestuur via de kwartaalrapportages en het jaarverslag, aan de "
          "MR in de vergadering van november, en aan ouders via een samenvatting van het jaarverslag in de "
          "Vlotpost. Onze gegevens staan ook op Scholen op de kaart (Vensters PO)."),
    ("h2", "6.4 Doelen bij Kwaliteit en verantwoording"),
    ("t", (DOEL_KOP, [
        ["Basiskwaliteit", "Inspectieoordeel op alle onderzochte standaarden ten minste voldoende.",
         "hele planperiode", "directeur"],
        ["Zelfevaluatie", "Zelfevaluatie op alle standaarden, met externe auditor.", "voorjaar 2027",
         "directeur"],
        ["Trendanalyse", "Twee keer per jaar met het team besproken; conclusies in het jaarplan.",
         "januari en juni", "intern begeleiders"],
        ["Tevredenheid", "Peilingen onder ouders, leerlingen en medewerkers afgenomen en besproken.",
         "2026 en 2028", "adjunct-directeur"],
        ["Jaarverslag", "Jaarverslag met verantwoording over de doelen uit dit plan naar MR en bestuur.",
         "1 november van elk jaar", "directeur"],
    ], DOEL_BREEDTE)),

    ("h1", "7 Praktische zaken"),
    ("h2", "7.1 Schooltijden en vakanties"),
    ("p", "Sinds augustus 2019 werken we met een vijf-gelijke-dagenmodel. Alle groepen gaan van maandag tot "
          "en met vrijdag naar school van 8.30 tot 14.15 uur. De deuren gaan om 8.20 uur open. De kinderen "
          "hebben een kleine pauze van een kwartier om 10.15 uur en eten tussen de middag een kwartier met "
          "de "
          "leerkracht in de klas, waarna ze een kwartier buiten spelen onder toezicht van "
          "onderwijsassistenten "
          "en ouders. Het continurooster is in 2024 door de MR geëvalueerd: 81 procent van de ouders wil het "
          "houden."),
    ("p", "De vakanties volgen de regionale regeling en de afspraken binnen ASG. Daarnaast heeft het team "
          "vijf "
          "studiedagen per jaar, die we zoveel mogelijk naast een vakantie plannen."),
    ("h2", "7.2 Het gebouw"),
    ("p", "Het gebouw uit 1999 heeft twee verdiepingen, zeventien lokalen, een speellokaal voor de kleuters, "
          "een leerplein op elke verdieping en een ouderkamer. Twee lokalen op de begane grond verhuren we "
          "aan "
          "de peuteropvang. De gymlessen vinden plaats in de gymzaal naast de school, die we delen met een "
          "andere basisschool."),
    ("p", "In de zomer van 2024 is het gebouw ingrijpend verbouwd. Het was een ambitieuze verbouwing in "
          "zes weken: er kwam een nieuwe ventilatie met CO\u2082-sturing in alle lokalen, de oude wanden "
          "tussen de lokalen en de leerpleinen zijn vervangen door transparante glazen wanden, en op het dak "
          "liggen nu 120 zonnepanelen. Op 5 oktober 2024 hielden we een open dag om het resultaat te laten "
          "zien; er kwamen ruim 300 bezoekers. Het onderhoud van het gebouw staat in het "
          "meerjarenonderhoudsplan, dat het servicebureau van ASG met ons bijhoudt."),
    ("p", "Het schoolplein is nog grotendeels betegeld. Samen met de kinderraad en de gemeente werken we aan "
          "een groen schoolplein met een moestuin, een waterpomp en een buitenlokaal. In de zomer van 2026 "
          "moet het plein vergroend zijn; een subsidieaanvraag bij de gemeente is ingediend."),
    ("h2", "7.3 Begroting en middelen"),
    ("p", "De begroting van Het Vlot is onderdeel van de meerjarenbegroting van ASG. De tabel geeft de "
          "begroting voor het kalenderjaar 2025 in hoofdlijnen."),
    ("t", (["Post", "Begroting 2025 (euro)"], [
        ["Rijksbijdragen (inclusief werkdrukmiddelen en middelen onderwijsachterstanden)", "3.380.000"],
        ["Overige baten (verhuur, gemeentelijke subsidies)", "118.000"],
        ["Totaal baten", "3.498.000"],
        ["Personeelslasten", "2.925.000"],
        ["Huisvestingslasten", "236.000"],
        ["Afschrijvingen", "94.000"],
        ["Overige lasten (leermiddelen, ICT, administratie)", "218.000"],
        ["Totaal lasten", "3.473.000"],
        ["Resultaat", "25.000"],
    ], [11.0, 5.0])),
    ("p", "Ongeveer 84 procent van de lasten gaat naar personeel. De middelen voor onderwijsachterstanden "
          "(ruim 190.000 euro per jaar) zetten we in voor de taalklas, de extra leesbegeleiding in groep 3 "
          "en "
          "4 en de ouderconsulent. Grote investeringen in de planperiode zijn de vervanging van de "
          "Chromebooks in 2026 (48.000 euro) en nieuw meubilair voor de kleutergroepen in 2027. De "
          "vrijwillige ouderbijdrage is 35 euro per jaar; geen kind wordt uitgesloten van het schoolreisje "
          "of het kamp als ouders niet betalen."),
    ("h2", "7.4 Formatie en groepen"),
    ("p", "We hebben vier kleutergroepen met kinderen uit groep 1 en 2 samen en dertien enkelvoudige "
          "jaargroepen: drie groepen 3 en verder twee groepen per leerjaar. Een combinatiegroep voorkomen "
          "we zolang de formatie "
          "het toelaat. De gemiddelde groepsgrootte is 23,6. De formatie stellen we elk voorjaar vast in "
          "overleg met de MR."),
    ("h2", "7.5 Meerjarenplanning"),
    ("t", (["Schooljaar", "Accent"], [
        ["2025-2026", "Leestijd en woordenschat; leerlijn burgerschap; opfriscursus EDI; Vlot na school."],
        ["2026-2027", "Besluit en eventuele invoering meertaligheid; rekentaal; groen schoolplein; GVO en "
                      "HVO in groep 4."],
        ["2027-2028", "Zelfevaluatie en externe audit verwerkt; nieuw meubilair kleutergroepen; "
                      "tevredenheidspeiling."],
        ["2028-2029", "Evaluatie van dit schoolplan en voorbereiding van het schoolplan 2029-2033."],
    ], [3.5, 12.5])),

    ("h1", "8 Vaststelling"),
    ("p", "Dit schoolplan geldt voor de periode van 1 augustus 2025 tot en met 31 juli 2029. Het concept is "
          "in april en mei 2025 besproken met het team en met de medezeggenschapsraad. De MR heeft op 12 "
          "juni "
          "2025 ingestemd met dit schoolplan. Het college van bestuur van de Almeerse Scholen Groep heeft "
          "het "
          "plan daarna vastgesteld op 3 juli 2025."),
    ("p", "Namens de medezeggenschapsraad: Leonie Baars, voorzitter"),
    ("p", "Namens het bevoegd gezag: het college van bestuur van de Almeerse Scholen Groep"),
    ("p", "Namens de school: Marieke Terpstra, directeur"),
]


def _titelpagina(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_heading("Schoolplan 2025-2029", level=0)
    for regel, grootte, vet in (
        ("Openbare basisschool Het Vlot", 16, True),
        ("Bevertocht 12, Almere Buiten", 11, False),
        ("Een school van de Almeerse Scholen Groep (ASG)", 11, False),
        ("Planperiode: 1 augustus 2025 tot en met 31 juli 2029", 11, False),
        ("Directeur: Marieke Terpstra   |   adjunct-directeur: Youssef el Amrani", 11, False),
    ):
        p = doc.add_paragraph()
        run = p.add_run(regel)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.add_page_break()


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    cp = doc.core_properties
    cp.author = "M. Terpstra"
    cp.last_modified_by = "M. Terpstra"
    cp.title = "Schoolplan 2025-2029 OBS Het Vlot"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 4, 2, 14, 5, 0)
    cp.modified = VAST
    cp.revision = 7

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan OBS Het Vlot 2025-2029  |  pagina ")
    page_field(voet)

    _titelpagina(doc)
    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "l":
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "t":
            kop, rijen, breedtes = inhoud
            tabel(doc, kop, rijen, breedtes)
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, VAST)
