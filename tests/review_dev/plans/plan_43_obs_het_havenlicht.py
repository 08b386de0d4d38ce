"""Schoolplan 2025-2029 van OBS Het Havenlicht, een openbare basisschool in de wijk De Wierden in
Almere Haven (262 leerlingen, 24 medewerkers, schoolweging 32,4).

Ontwerp: een Word-document met echte kopstijlen (Titel, Kop 1, Kop 2). Na een inleidend hoofdstuk
volgt een hoofdstuk per kernwaarde en per venster van ASG Koers 22, maar onder de eigen titels van
de school ("Welkom in de hal", "Met open vizier", "Nieuwe wegen", "De lat ligt hoog", "Sterk
onderwijs voor elk kind", "Het team van Het Havenlicht", "Samen met de andere scholen", "Ouders,
wijk en stad"), nooit onder de namen van het bestuur. Elk venster-hoofdstuk sluit af met een
doelentabel met eigen kolommen (verschillend per hoofdstuk). Drie paragrafen herhalen alleen
bestuurszinnen als wens, zonder eigen inhoud: 4.2 (nieuwsgierigheid en de drie horizonten), 8.2
(processen, expertise en interne expertise van ASG) en 9.4 (overkoepelende MR, gesprekspartner en
landelijke netwerken); daarnaast staat in hoofdstuk 5 het motto "wij geven altijd het beste van
onszelf" zonder uitwerking. De MR heeft ingestemd; het openbare karakter is in de praktijk
uitgewerkt (GVO/HVO, levensbeschouwing, vieringen).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

DATUM = datetime.datetime(2025, 7, 3, 9, 0, 0)

TITEL = "Schoolplan 2025-2029"
ONDERTITEL = "Openbare basisschool Het Havenlicht, Almere Haven"

# Bouwstenen: ("h1", tekst), ("h2", tekst), ("p", tekst), ("bul", [teksten]),
# ("tabel", kop, rijen, breedtes)
INHOUD = [
    ("p", "Schoolplan voor de periode 1 augustus 2025 tot en met 31 juli 2029. BRIN 31KH. "
          "Wierdenpad 12, 1353 AB Almere. Directeur: Marloes Veenstra."),
    ("h1", "1. Een school aan de haven"),
    ("p", "Het Havenlicht is een openbare basisschool in de wijk De Wierden in Almere Haven, op tien "
          "minuten lopen van het Gooimeer. De school bestaat sinds 1979 en is daarmee een van de oudste "
          "scholen van Almere. In dit schoolplan beschrijven wij wat wij in de schooljaren 2025-2026 tot "
          "en met 2028-2029 willen bereiken en hoe wij dat aanpakken. Het plan is geschreven door de "
          "directie samen met het team, de intern begeleider, de medezeggenschapsraad en een groep "
          "ouders, en het sluit aan op de koers van ons bestuur, de Almeerse Scholen Groep (ASG)."),
    ("h2", "1.1 Onze school in cijfers"),
    ("bul", [
        "262 leerlingen op 1 oktober 2024, in elf groepen, waarvan drie kleutergroepen 1-2.",
        "24 medewerkers (19,2 fte): directeur, intern begeleider, zestien groepsleerkrachten, een "
        "vakleerkracht bewegingsonderwijs, twee onderwijsassistenten, een leraarondersteuner, een "
        "administratief medewerker en een conciërge.",
        "Schoolweging 32,4 (landelijk gemiddelde 30); bij 38 procent van de gezinnen wordt thuis ook "
        "een andere taal gesproken, vooral Papiaments, Turks, Arabisch, Pools en Twi.",
        "Inspectie: basisarrangement; de laatste verificatie op onze school was in maart 2023.",
        "Doorstroomtoets 2025: 1F behaald door 96 procent (lezen), 91 procent (taalverzorging) en "
        "89 procent (rekenen); 2F/1S door 61, 57 en 38 procent. Alle percentages liggen boven de "
        "signaleringswaarden van de inspectie voor onze schoolweging.",
    ]),
    ("h2", "1.2 De wijk en onze leerlingen"),
    ("p", "De Wierden is een wijk met vooral rijtjeswoningen uit de jaren zeventig en tachtig, veel "
          "huurwoningen en een nieuwe strook koopwoningen langs de haven. Veel gezinnen wonen er al "
          "lang; sinds 2020 komen er jonge gezinnen bij die uit Amsterdam verhuizen. De wijk vergrijst "
          "en vernieuwt tegelijk. In de groepen zien wij dat terug: kinderen van wie de opa's en oma's "
          "al op Het Havenlicht zaten, zitten naast kinderen die pas een jaar in Nederland zijn. "
          "Ongeveer een op de acht kinderen krijgt extra ondersteuning bij taal. Veel ouders werken in "
          "de zorg, met onregelmatige werktijden."),
    ("h2", "1.3 Hoe dit plan tot stand kwam"),
    ("p", "Tussen oktober 2024 en mei 2025 hebben wij dit plan in vier studiemiddagen met het team "
          "voorbereid."
          " Ouders gaven op twee avonden van het ouderpanel hun mening, en de "
          "kinderraad sprak in februari 2025 over wat kinderen belangrijk vinden op school. Elk "
          "hoofdstuk hoort bij een kernwaarde of venster van de koers, maar draagt een titel die bij "
          "onze school past. Bij elk venster staat een tabel met onze doelen; die werken wij elk jaar "
          "uit in het jaarplan."),

    ("h1", "2. Welkom in de hal"),
    ("h2", "2.1 Binnenkomen"),
    ("p", "Elke ochtend staat de directeur of de intern begeleider om 8.20 uur bij de hoofdingang en "
          "begroet kinderen en ouders bij naam. De klassen gaan om 8.20 uur open en ouders van groep 1 "
          "tot en met 4 mogen tot 8.30 uur mee de klas in. Nieuwe gezinnen krijgen een rondleiding van "
          "twee kinderen uit groep 7, de 'havengidsen', en een welkomstmap in het Nederlands, Engels, "
          "Turks, Arabisch en Pools. Bezoekers die zich bij de administratie melden, worden binnen vijf "
          "minuten opgehaald door degene die zij komen bezoeken; op het bord in de hal staat elke dag "
          "wie er op bezoek komt. Een kind dat midden in het jaar instroomt, krijgt voor de eerste vier "
          "weken een maatje in de groep en heeft in de eerste week een kennismakingsgesprek met de "
          "intern begeleider."),
    ("h2", "2.2 Ieder kind bij naam"),
    ("p", "Elk kind moet zich op school gekend weten. Alle leerkrachten voeren drie keer per jaar (in "
          "oktober, februari en juni) een kindgesprek van tien minuten met ieder kind uit hun groep; "
          "vanaf groep 5 vult het kind vooraf een kort formulier in over wat goed gaat en waar het hulp "
          "bij wil. De uitkomsten komen in ParnasSys en worden besproken in de groepsbespreking. "
          "Kinderen die weinig opvallen, krijgen dezelfde aandacht als kinderen die opvallen door druk "
          "gedrag: in elke groepsbespreking noemt de leerkracht ook de drie kinderen over wie hij of zij "
          "het minst weet te vertellen, en voor die kinderen wordt een extra gesprek gepland."),
    ("h2", "2.3 Veilig in de klas en op het plein"),
    ("p", "Het schoolklimaat volgen wij met ZIEN! in groep 3 tot en met 8 (twee keer per jaar, door de "
          "leerkracht en vanaf groep 5 ook door het kind zelf) en met de jaarlijkse vragenlijst sociale "
          "veiligheid in groep 6 tot en met 8. In 2024 gaf 92 procent van de kinderen in groep 6-8 aan "
          "zich veilig te voelen in de klas, op het plein was dat 81 procent. Daarom lopen vanaf "
          "2025-2026 in elke pauze twee pleinwachten met een hesje en is het plein verdeeld in drie "
          "zones (voetbal, spelen en rustig). Onze anti-pestcoördinator, Femke de Groot (groep 6), is "
          "het aanspreekpunt voor kinderen en ouders. Elk incident leggen wij vast in ParnasSys en "
          "bespreken wij binnen een week met de ouders. Het pestprotocol en de meldcode "
          "huiselijk geweld en kindermishandeling nemen wij elk jaar in september met het team door."),

    ("h1", "3. Met open vizier"),
    ("h2", "3.1 Hoe we met elkaar omgaan"),
    ("p", "Op Het Havenlicht gelden vijf Havenafspraken, die de kinderraad in 2023 samen met het team "
          "heeft opgesteld, zoals 'we praten met elkaar, niet over elkaar' en 'we lossen ruzie op met "
          "woorden'. In de eerste zes weken van het schooljaar, de Gouden Weken, maakt iedere groep "
          "eigen klassenafspraken op basis van de Havenafspraken. Bij conflicten werken wij met "
          "herstelgesprekken: de leerkracht brengt de betrokken kinderen bij elkaar en samen spreken zij "
          "af hoe zij het goedmaken. Voor volwassenen geldt hetzelfde. Bij een meningsverschil met "
          "ouders nodigen wij uit voor een gesprek op school, en wij voeren zo'n gesprek niet via de "
          "app."),
    ("h2", "3.2 Ouders goed op de hoogte"),
    ("p", "Ouders krijgen informatie via Parro (groepsberichten en foto's), de nieuwsbrief Havennieuws "
          "die om de week op vrijdag verschijnt, en de schoolgids op de website. Vragen van ouders via "
          "Parro beantwoorden leerkrachten binnen twee werkdagen, maar niet 's avonds na 19.00 uur of "
          "in het weekend. Belangrijke berichten, bijvoorbeeld over een leerkracht die langdurig uitvalt, "
          "sturen wij altijd eerst als bericht van de directeur, voordat het nieuws via andere wegen "
          "rondgaat. Omdat een deel van de ouders weinig Nederlands leest, staat de vertaalfunctie van "
          "Parro aan en kunnen bij de oudergesprekken tolken worden ingezet via de Tolkentelefoon. De "
          "directeur houdt elke eerste dinsdag van de maand van 8.30 tot 9.30 uur een inloopspreekuur."),
    ("h2", "3.3 Een openbare school in de praktijk"),
    ("p", "Het Havenlicht is een openbare school: ieder kind is welkom, ongeacht geloof, afkomst of "
          "opvattingen van het gezin. In de praktijk betekent dat het volgende. In groep 7 en 8 bieden "
          "wij op verzoek van ouders godsdienstig en humanistisch vormingsonderwijs aan; in 2024-2025 "
          "volgen 18 kinderen islamitisch GVO en 22 kinderen HVO. Kinderen die daar niet aan meedoen, "
          "hebben in dat uur levensbeschouwing bij de eigen leerkracht, volgens onze eigen leerlijn "
          "waarin alle grote wereldgodsdiensten en het humanisme aan bod komen. Wij vieren de feesten "
          "van de kinderen in de groep: naast Sinterklaas en Kerst ook het Suikerfeest, Divali en het "
          "Chinees Nieuwjaar, en kinderen vertellen in de kring hoe zij het feest thuis vieren. "
          "Leerkrachten geven geen eigen geloofs- of politieke voorkeur mee, maar leren kinderen "
          "verschillende standpunten naast elkaar te zetten. Bij het aannemen van nieuwe collega's "
          "letten wij erop dat het team de verschillende achtergronden in de wijk weerspiegelt."),

    ("h1", "4. Nieuwe wegen"),
    ("h2", "4.1 Het Havenlab"),
    ("p", "Vanaf september 2025 werken de groepen 5 tot en met 8 elke vrijdagmiddag in het Havenlab. "
          "De twee lokalen aan de tuinkant zijn ingericht als werkplaats met een techniektafel, een "
          "3D-printer, sets Lego Spike en materiaal voor bouwen en proefjes. Kinderen werken in "
          "gemengde groepen (groep 5-6 en groep 7-8) in blokken van zes weken aan een onderzoeks- of "
          "ontwerpvraag, volgens de stappen van onderzoekend en ontwerpend leren: verkennen, een vraag "
          "stellen, uitvoeren en presenteren. Twee leerkrachten en de leraarondersteuner begeleiden "
          "samen ongeveer zestig kinderen. Het eerste jaar draaien wij vier blokken: licht en geluid, "
          "bruggen bouwen, programmeren en drijven en zinken. In juni 2026 besluit het team op basis van "
          "een evaluatie met kinderen en leerkrachten of het Havenlab in 2026-2027 ook voor groep 3-4 "
          "start."),
    ("h2", "4.2 Onze blik op vernieuwing"),
    ("p", "Wij willen een school zijn die vooruitkijkt. Wij willen nieuwsgierig zijn naar nieuwe "
          "inzichten om ons onderwijs eigentijds inhoud te geven. Ook willen wij gericht inhoud geven "
          "aan ons onderwijs langs de drie horizonten van de innovatiestrategie van ASG: continue "
          "veranderingen, fundamentele veranderingen en radicale veranderingen. Vooruitstrevend zijn "
          "staat bij ons centraal."),

    ("h1", "5. De lat ligt hoog"),
    ("h2", "5.1 Wat we van de kinderen verwachten"),
    ("p", "Onze kinderen kunnen meer dan de toetsen soms laten zien. Daarom kijken wij bij elk kind naar "
          "de groei en niet alleen naar het niveau. Voor lezen en rekenen hebben wij in 2024 schoolnormen "
          "vastgesteld die boven de signaleringswaarden van de inspectie liggen: in 2029 haalt minstens "
          "65 procent van de kinderen in groep 8 het niveau 2F voor lezen en minstens 45 procent het "
          "niveau 1S voor rekenen. Kinderen met een taalachterstand krijgen dezelfde leerstof als hun "
          "klasgenoten, met extra instructie vooraf (pre-teaching) in plaats van een eenvoudiger "
          "programma. Het schooladvies stellen wij op in een overleg van de leerkrachten van groep 7 en "
          "8 en de intern begeleider. Bij twijfel geven wij het hogere advies, en bij een hogere uitslag "
          "op de doorstroomtoets heroverwegen wij het advies altijd in een gesprek met ouders en kind."),
    ("h2", "5.2 Wat we van onszelf verwachten"),
    ("p", "Ook voor het team ligt de lat hoog. Iedere leerkracht kiest aan het begin van het schooljaar "
          "zelf een ontwikkelvraag uit de eigen groep, bijvoorbeeld 'hoe krijg ik de stille kinderen "
          "aan het woord bij begrijpend lezen?', werkt die uit in het persoonlijk ontwikkelplan en laat "
          "in juni aan het team zien wat het heeft opgeleverd. In 2024-2025 deden alle zestien "
          "leerkrachten mee, en vier van hen volgden op eigen initiatief een langere opleiding "
          "(master SEN, rekenspecialist, jonge-kindspecialist en gedragsspecialist). Leerkrachten bezoeken "
          "elkaars lessen minstens twee keer per jaar en spreken elkaar aan als afspraken uit het jaarplan "
          "niet worden nagekomen; dat doen wij in de teamvergadering en niet op de gang."),
    ("p", "Ons motto in het team: wij geven altijd het beste van onszelf."),

    ("h1", "6. Sterk onderwijs voor elk kind"),
    ("h2", "6.1 Ons onderwijsprogramma"),
    ("p", "Ons onderwijs is gericht op de kerndoelen en op de referentieniveaus voor taal en rekenen. In "
          "groep 1-2 werken wij thematisch met Kleuterplein en de leerlijnen jonge kind in ParnasSys; in "
          "groep 3 leren kinderen lezen met Veilig leren lezen (kim-versie). Vanaf groep 3 gebruiken wij "
          "Pluspunt 4 voor rekenen, Taal actief 5 voor taal en spelling, Nieuwsbegrip voor begrijpend "
          "lezen en Blink Wereld voor wereldoriëntatie; Engels krijgen kinderen vanaf groep 1 met "
          "Groove.me. In groep 3 tot en met 8 besteden wij per week minstens 7 uur aan taal en lezen, "
          "5 uur aan rekenen, 2 uur aan bewegingsonderwijs (door de vakleerkracht) en 2,5 uur aan "
          "wereldoriëntatie en burgerschap. Elke ochtend begint met twintig minuten vrij lezen. De "
          "instructie geven wij volgens het model voor expliciete directe instructie (EDI); alle "
          "leerkrachten volgden in 2023-2024 de teamscholing EDI."),
    ("h2", "6.2 Burgerschap"),
    ("p", "Burgerschap is bij ons een vaste leerlijn met drie onderdelen. Democratie: de kinderraad, met "
          "twee kinderen per groep vanaf groep 5, vergadert zes keer per jaar met de directeur en beheert "
          "een eigen budget van 750 euro per jaar. Diversiteit: de lessen levensbeschouwing en de vieringen uit hoofdstuk 3. "
          "Meedoen: groep 8 ruimt twee keer per jaar met de wijkbeheerder het park langs het Gooimeer "
          "op, en groep 7 bezoekt in de maand december de bewoners van zorgcentrum De Overloop. Groep 8 "
          "sluit af met een bezoek aan het stadhuis en een gesprek met een gemeenteraadslid."),
    ("h2", "6.3 Zicht op ontwikkeling"),
    ("p", "Wij volgen de ontwikkeling van kinderen met het leerlingvolgsysteem van Cito (in 2025-2026 "
          "gaan wij over op Boom LVS) en bij kleuters met de observaties in ParnasSys. Na elke "
          "toetsperiode, in februari en juni, maakt de intern begeleider een trendanalyse per groep en "
          "voor de hele school. Die wordt besproken in een groepsbespreking met de leerkracht en daarna "
          "in de teamvergadering. Op basis daarvan stelt de leerkracht het groepsplan bij, met drie "
          "instructieniveaus. Kinderen van wie de groei twee toetsmomenten achter elkaar achterblijft, "
          "bespreken wij in het zorgteam (intern begeleider, leerkracht, directeur en zo nodig de "
          "jeugdverpleegkundige of het wijkteam)."),
    ("h2", "6.4 Ondersteuning: wat we wel en niet kunnen"),
    ("p", "Ons schoolondersteuningsprofiel (SOP) is in 2024 herzien. Wij bieden basisondersteuning in elke "
          "groep en extra ondersteuning op vier gebieden: lees- en spellingsproblemen (dyslexieprotocol "
          "en remedial teaching door de leesspecialist, twee keer per week), rekenproblemen, meer- en "
          "hoogbegaafdheid (de Plusklas op dinsdagochtend voor 14 kinderen uit groep 4 tot en met 8) en "
          "taalachterstand door een andere thuistaal (NT2-ondersteuning door een onderwijsassistent, "
          "vier uur per week). Wij kunnen geen passende plek bieden aan kinderen die de hele dag "
          "één-op-één begeleiding nodig hebben of aan kinderen met ernstig en aanhoudend "
          "grensoverschrijdend gedrag. Als een kind meer nodig heeft dan wij kunnen bieden, bespreken wij "
          "dat met de ouders en de consulent van het samenwerkingsverband passend onderwijs in Almere, "
          "en zoeken wij samen een passende plek, bijvoorbeeld in het speciaal basisonderwijs. In "
          "2023-2024 kregen drie kinderen via het samenwerkingsverband een arrangement op onze school en "
          "stapten twee kinderen over naar het SBO."),
    ("h2", "6.5 Kwaliteitszorg"),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni stellen directie en team het jaarplan "
          "op uit de doelen van dit schoolplan. In oktober en maart doen de directeur en de intern "
          "begeleider klassenbezoeken met een kijkwijzer die is gebaseerd op EDI en de Havenafspraken. "
          "Na elke toetsperiode volgt de trendanalyse. Elk voorjaar vullen kinderen van groep 6 tot en "
          "met 8 en de medewerkers een tevredenheidspeiling in, ouders om het jaar. Per kwartaal "
          "rapporteert de directeur aan het bestuur over de voortgang. In het jaarverslag in september "
          "kijken wij terug en stellen wij het jaarplan bij. In maart 2027 laten wij een collegiale "
          "visitatie doen door twee directeuren van andere scholen, op het thema begrijpend lezen."),
    ("p", "Leren doen wij ook als team. Twee leerteams van vier leerkrachten, voor lezen en voor rekenen, "
          "komen zes keer per jaar bij elkaar. Zij bereiden samen een les voor, één van hen geeft die "
          "les terwijl de anderen meekijken, en daarna bespreken zij wat werkte en wat niet."),
    ("h2", "6.6 Leren voor later"),
    ("p", "Vanaf 2026-2027 voeren wij een leerlijn digitale geletterdheid in voor groep 1 tot en met 8, "
          "met mediawijsheid, informatievaardigheden, computational thinking en basisvaardigheden "
          "met de computer. In 2025-2026 stelt een werkgroep van drie leerkrachten de leerlijn op aan de "
          "hand van de nieuwe kerndoelen; elk leerjaar krijgt tien lessen. Samen met het Havenlab en de "
          "burgerschapslijn vormt dit het deel van ons programma dat kinderen voorbereidt op het "
          "voortgezet onderwijs en op de samenleving van straks."),
    ("h2", "6.7 Onze doelen"),
    ("tabel",
     ["Doel", "Hoe we het merken", "Nu", "Streefwaarde", "Gereed"],
     [
         ["Leesniveau groep 8 omhoog", "Doorstroomtoets: percentage 2F lezen", "61% (2025)", "65%",
          "juni 2029"],
         ["Rekenniveau groep 8 omhoog", "Doorstroomtoets: percentage 1S rekenen", "38% (2025)", "45%",
          "juni 2029"],
         ["Boom LVS ingevoerd", "Twee trendanalyses per jaar in het team besproken", "Cito LVS",
          "Boom LVS in groep 3-8", "juni 2026"],
         ["Leerlijn digitale geletterdheid", "Tien lessen per leerjaar gegeven", "Geen leerlijn",
          "Groep 1-8", "juni 2027"],
         ["Veiliger plein", "Vragenlijst sociale veiligheid groep 6-8", "81%", "90%", "juni 2027"],
     ],
     [4.0, 4.5, 2.3, 2.8, 2.2]),

    ("h1", "7. Het team van Het Havenlicht"),
    ("h2", "7.1 Werken bij ons"),
    ("p", "Ons team bestaat uit 24 mensen, van wie vijf jonger dan 30 en zes ouder dan 58; de gemiddelde "
          "leeftijd is 44 jaar. Het verzuim was in 2024 5,8 procent, vooral door twee langdurige "
          "ziekmeldingen. Wij houden de werkdruk hanteerbaar. De werkdrukmiddelen zetten wij in voor de "
          "twee onderwijsassistenten en voor vier dagen per jaar zonder lesgebonden taken voor elke "
          "leerkracht, de 'Havendagen', waarop leerkrachten rapporten en groepsplannen maken. In de "
          "jaarplanning houden wij rekening met de levensfase van medewerkers: starters hebben in hun "
          "eerste jaar minder taakuren, oudere collega's kunnen hun uren duurzame inzetbaarheid opnemen "
          "als vaste vrije middag en jonge ouders kunnen kiezen voor een vaste indeling van hun "
          "werkdagen. Bij een ziekmelding belt de directeur zelf; na drie ziekmeldingen in een jaar volgt "
          "een gesprek over wat er nodig is om gezond te blijven werken."),
    ("h2", "7.2 Leren en ontwikkelen"),
    ("p", "Alle leerkrachten volgen elk jaar minstens één scholing naast de teamscholing. De teamscholing "
          "gaat in 2025-2026 over begrijpend lezen (met een externe nascholer) en in 2026-2027 over "
          "digitale geletterdheid. Individuele scholing kiezen leerkrachten uit het aanbod van de ASG "
          "Academie of van een hogeschool; het scholingsbudget is 650 euro per fte per jaar. Startende "
          "leerkrachten volgen het driejarige begeleidingsprogramma voor beginnende leraren en hebben op "
          "school een vaste coach. Wie een scholing heeft afgerond, laat binnen zes weken in de "
          "teamvergadering zien wat hij of zij in de groep is gaan doen. Naast de leerteams lezen en "
          "rekenen (zie 6.5) neemt de intern begeleider deel aan het netwerk van intern begeleiders van "
          "ASG."),
    ("h2", "7.3 Een opleidingsplek voor nieuwe leraren"),
    ("p", "Wij begeleiden elk jaar twee of drie pabostudenten en sinds 2024 een zij-instromer. Een "
          "leerkracht die nog geen bevoegdheid heeft, krijgt bij ons een opleidingsplan met vaste "
          "afspraken: een coach uit het team met een uur per week begeleidingstijd, een dag per week "
          "studieverlof met behoud van salaris en elk kwartaal een gesprek met de directeur over de "
          "voortgang. Onze huidige zij-instromer, leerkracht van groep 4, rondt de opleiding in juni "
          "2026 af."),
    ("h2", "7.4 De gesprekken die we voeren"),
    ("p", "Elke medewerker voert ieder jaar drie gesprekken met de directeur: een startgesprek in "
          "september over de ontwikkelvraag en het persoonlijk ontwikkelplan, een voortgangsgesprek na "
          "een klassenbezoek in het voorjaar en een jaargesprek in juni. Eens in de drie jaar is het "
          "jaargesprek een beoordelingsgesprek. Afspraken leggen wij vast in het digitale "
          "personeelsdossier in Youforce. Wie onvoldoende scoort op het pedagogisch-didactisch "
          "handelen, krijgt een verbetertraject van een half jaar met coaching."),
    ("h2", "7.5 Onze doelen"),
    ("tabel",
     ["Ambitie", "Aanpak", "Meetpunt", "Wanneer"],
     [
         ["Verzuim omlaag", "Directeur belt bij ziekmelding; gesprek na drie meldingen",
          "Van 5,8% naar hoogstens 4,5%", "december 2027"],
         ["Scholing voor iedereen", "Eén individuele scholing per jaar naast de teamscholing",
          "Alle leerkrachten, vastgelegd in Youforce", "elk jaar in juli"],
         ["Leerteams lezen en rekenen", "Zes bijeenkomsten per jaar, samen lessen ontwerpen",
          "Twee lessen per leerteam per jaar ontworpen en nabesproken", "juni 2026"],
         ["Zij-instromer bevoegd", "Opleidingsplan, coach, studiedag per week",
          "Bevoegdheid behaald", "juni 2026"],
         ["Gesprekken rond", "Start-, voortgangs- en jaargesprek",
          "Drie gesprekken per medewerker vastgelegd", "elk jaar in juni"],
     ],
     [3.5, 5.0, 4.5, 2.8]),

    ("h1", "8. Samen met de andere scholen"),
    ("h2", "8.1 Waar we elkaar tegenkomen"),
    ("p", "Het Havenlicht is een van de basisscholen van ASG. De directeur neemt deel aan de "
          "professionele leergemeenschap van directeuren in Almere Haven en Almere Poort (zes "
          "bijeenkomsten per jaar) en de intern begeleider aan het netwerk van intern begeleiders van "
          "ASG (vijf bijeenkomsten per jaar). Onze leesspecialist zit in de ASG-werkgroep lezen, waarin "
          "leesspecialisten van acht basisscholen materialen en aanpakken uitwisselen; zo hebben wij in "
          "2024 de aanpak van de leesmotivatieweek van een andere school overgenomen. Vanaf 2025-2026 "
          "doet ook onze rekenspecialist mee aan de ASG-werkgroep rekenen."),
    ("h2", "8.2 Het ASG-verband"),
    ("p", "Wij willen als school optimaal gebruikmaken van wat ASG ons biedt. Wij willen dat alle "
          "medewerkers op de hoogte zijn van de inrichting van processen en systemen binnen onze school "
          "en het servicebureau, en dat onze medewerkers weten wie ze moeten benaderen voor welke "
          "expertise. Als onderdeel van een grote organisatie beschikken wij over interne expertise op "
          "veel beleidsgebieden, waardoor er een integraal en samenhangend aanbod voor onze school is. "
          "Dat zien wij als een grote kracht."),
    ("h2", "8.3 Onze doelen"),
    ("tabel",
     ["Doel", "Wat we doen", "Resultaat", "Jaar"],
     [
         ["Directeur en IB'er actief in ASG-netwerken", "Deelname aan de PLG directeuren en het "
          "IB-netwerk", "Minstens vijf bijeenkomsten per jaar bijgewoond", "2025-2029"],
         ["Uitwisseling met leesspecialisten", "Leesspecialist in de ASG-werkgroep lezen",
          "Eén aanpak per jaar overgenomen of samen ontwikkeld", "vanaf 2025-2026"],
         ["Rekenspecialist in ASG-werkgroep", "Aanmelden en deelnemen", "Deelname aan alle "
          "bijeenkomsten", "2025-2026"],
     ],
     [4.0, 4.5, 4.5, 2.5]),

    ("h1", "9. Ouders, wijk en stad"),
    ("h2", "9.1 Ouders als partner in het leren"),
    ("p", "Ouders kennen hun kind het best. Daarom begint elk schooljaar in week 3 met een startgesprek "
          "tussen leerkracht, ouders en (vanaf groep 5) het kind, waarin ouders vertellen wat hun kind "
          "nodig heeft. In november en maart volgen voortgangsgesprekken over de resultaten. Ouders van "
          "groep 3 krijgen in oktober een leesavond waarop zij oefenen hoe zij thuis met hun kind kunnen "
          "lezen, en elke week gaat een leestas met boeken uit de schoolbibliotheek mee naar huis. Voor "
          "ouders die weinig Nederlands spreken, is er op donderdagochtend een taalcafé in de school. "
          "In 2024 waren bij 94 procent van de kinderen de ouders bij het startgesprek; dat willen wij "
          "naar 98 procent brengen door ook gesprekken om 17.30 uur of via video aan te bieden."),
    ("h2", "9.2 De medezeggenschapsraad"),
    ("p", "Onze MR bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per jaar. De "
          "directeur legt voorgenomen beleid in een vroeg stadium voor, nog voordat er een besluit ligt. "
          "Zo besprak de MR in 2024 de overstap naar een continurooster in twee rondes voordat er een "
          "voorstel kwam. De MR heeft "
          "vaste momenten voor de begroting (november), het formatieplan (april) en het jaarplan (juni). "
          "Voor dit schoolplan las de MR in drie vergaderingen mee; de opmerkingen over de leerlijn "
          "digitale geletterdheid en het taalcafé zijn verwerkt."),
    ("h2", "9.3 Partners om de school"),
    ("p", "Wij werken samen met partners in en rond de wijk. Kinderopvangorganisatie Humankind verzorgt "
          "de voor- en naschoolse opvang in ons gebouw en draagt elke peuter warm aan ons over, met een "
          "gesprek tussen pedagogisch medewerker en kleuterleerkracht. De bibliotheek heeft een vestiging "
          "in de school met een leesconsulent die zes uur per week aanwezig is en het taalcafé "
          "begeleidt. Het wijkteam Almere Haven houdt eens per maand spreekuur in de school en schuift "
          "aan bij het zorgteam. De jeugdverpleegkundige van de GGD ziet alle kinderen in "
          "groep 2 en 7. Met het jongerenwerk van De Schoor hebben wij in 2025 afspraken gemaakt over "
          "toezicht rond het plein na schooltijd."),
    ("h2", "9.4 Medezeggenschap en netwerken"),
    ("p", "Wij willen dat de ASG-brede medezeggenschap is belegd in een overkoepelende "
          "medezeggenschapsraad. Wij willen dat ASG een belangrijke gesprekspartner is voor de gemeente, "
          "collega-schoolbesturen en maatschappelijke organisaties, en dat ASG deel uitmaakt van en "
          "gesprekspartner is van landelijke netwerken, organisaties en overheden. Als school dragen wij "
          "dat graag uit."),
    ("h2", "9.5 Onze doelen"),
    ("tabel",
     ["Wat we willen bereiken", "Hoe", "Maat", "Wanneer klaar"],
     [
         ["Ouders bij het startgesprek", "Gesprekken ook om 17.30 uur en via video",
          "Van 94% naar 98%", "oktober 2026"],
         ["Taalcafé voor ouders", "Wekelijks, met de leesconsulent van de bibliotheek",
          "Gemiddeld 12 ouders per keer", "juni 2027"],
         ["MR vroeg betrokken", "Groot voorgenomen beleid eerst als bespreekpunt",
          "Elk groot besluit twee keer in de MR", "2025-2029"],
         ["Warme overdracht peuters", "Overdrachtsgesprek met Humankind",
          "Alle peuters van Humankind met gesprek overgedragen", "juni 2026"],
     ],
     [4.0, 4.8, 4.2, 2.5]),

    ("h1", "10. Vaststelling"),
    ("p", "Dit schoolplan is met het team besproken op 10 juni 2025. De medezeggenschapsraad heeft op "
          "17 juni 2025 instemming verleend met dit schoolplan. Het College van Bestuur van de Almeerse "
          "Scholen Groep heeft het plan vastgesteld op 3 juli 2025. Het plan geldt van 1 augustus 2025 "
          "tot en met 31 juli 2029; de uitwerking per jaar staat in de jaarplannen."),
    ("p", "Marloes Veenstra, directeur OBS Het Havenlicht"),
    ("p", "Namens de medezeggenschapsraad: Dennis Wolters, voorzitter"),
]


def build(path):  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.title = f"{TITEL} {ONDERTITEL}"
    cp.author = "Marloes Veenstra"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "Marloes Veenstra"
    cp.revision = 1

    doc.add_paragraph(TITEL, style="Title")
    doc.add_paragraph(ONDERTITEL, style="Subtitle")
    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "bul":
            for regel in blok[1]:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "tabel":
            tabel(doc, blok[1], blok[2], blok[3])
            doc.add_paragraph()
    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2025-2029 OBS Het Havenlicht, pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)
    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_43_obs_het_havenlicht.docx")
