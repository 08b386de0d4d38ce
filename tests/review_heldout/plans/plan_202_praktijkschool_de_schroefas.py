# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Praktijkschool De Schroefas (Almere, openbaar praktijkonderwijs).

Indeling: Onderwijs, Leerlingen, Personeel, Kwaliteit, Omgeving; per hoofdstuk een doelentabel.
Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 20, 14, 30, 0)

KOLOMMEN = ["Doel", "Wat we doen", "Meetbaar resultaat", "Wanneer", "Wie"]

INHOUD = [
    ("h1", "Inleiding"),
    ("p", "Dit is het schoolplan van Praktijkschool De Schroefas voor de periode 1 augustus 2024 tot en met "
          "31 juli 2028. Het plan beschrijft waar we over vier jaar willen staan en hoe we daar komen. We hebben "
          "het ingedeeld in vijf hoofdstukken: Onderwijs, Leerlingen, Personeel, Kwaliteit en Omgeving. Elk "
          "hoofdstuk sluit af met een tabel met onze doelen. Uit die tabellen maken de teamleiders en de "
          "sectorcoördinatoren ieder jaar het jaarplan."),
    ("p", "Het plan is gemaakt met het team tijdens twee studiedagen (november 2023 en februari 2024). De "
          "leerlingenraad is geïnterviewd over wat er beter kan, en 42 stagebedrijven vulden een korte "
          "vragenlijst in. Het concept is op 4 juni 2024 besproken in de medezeggenschapsraad; de MR heeft "
          "meegelezen en gaf adviezen over de stagebegeleiding en over de overlast tijdens de verbouwing. Die "
          "adviezen zijn verwerkt."),
    ("h2", "De school in het kort"),
    ("p", "De Schroefas is een openbare school voor praktijkonderwijs aan de Draaibankweg in Almere, op de "
          "rand van bedrijventerrein De Vaart. De school bestaat sinds 1998 en valt onder de Almeerse Scholen "
          "Groep (ASG). Op 1 oktober 2023 zaten er 226 leerlingen van 12 tot 18 jaar op school, verdeeld over "
          "zeventien groepen. Leerlingen komen uit heel Almere en worden toegelaten met een "
          "toelaatbaarheidsverklaring praktijkonderwijs van het samenwerkingsverband."),
    ("p", "Onze opdracht is helder: we bereiden jongeren voor op een zo zelfstandig mogelijk leven, met werk, "
          "een eigen plek om te wonen, een zinvolle vrije tijd en een plek als burger. Praktijkonderwijs is "
          "eindonderwijs. Van de 47 leerlingen die in 2022-2023 de school verlieten, gingen er 27 (58 procent) "
          "aan het werk, 15 (31 procent) naar een Entree-opleiding of mbo niveau 2, 3 (7 procent) naar "
          "dagbesteding en 2 (4 procent) naar iets anders."),
    ("p", "Gezien de leeftijd van het gebouw en de groei van de sector logistiek in Almere staan de komende "
          "jaren in het teken van een ambitieuze verbouwing van de techniekhal. Die verbouwing raakt alle "
          "hoofdstukken van dit plan, maar is geen doel op zich: het gaat om het onderwijs dat we er straks in "
          "kunnen geven."),

    ("h1", "1. Onderwijs"),
    ("h2", "1.1 Leren door te doen"),
    ("p", "Onze leerlingen leren niet goed uit een boek. Ze leren als ze zien waarvoor iets is: rekenen wordt "
          "begrijpelijk bij het afmeten van een plank of het afrekenen aan de kassa, lezen bij een "
          "werkinstructie of een huurcontract. Daarom bouwen we het onderwijs op vanuit echte situaties uit "
          "het leven van onze leerlingen, in school en daarbuiten. De theorie volgt de praktijk, niet "
          "andersom. Leerlingen kiezen zelf hun sector en werken in de bovenbouw aan een eigen plan met eigen "
          "doelen (zie hoofdstuk 2)."),
    ("h2", "1.2 Opbouw van de opleiding"),
    ("p", "De opleiding duurt vijf tot zes jaar en bestaat uit drie fasen."),
    ("b", ["Onderbouw (leerjaar 1 en 2): Nederlands, rekenen, Engels, mens en maatschappij, lichamelijke opvoeding en praktijkvakken in alle vier sectoren, in blokken van tien weken.",
           "Middenbouw (leerjaar 3): keuze voor een sector, interne stage in school (kantine, conciërgedienst, groenonderhoud) en een groepsstage bij een bedrijf.",
           "Bovenbouw (leerjaar 4 tot en met 6): individuele stage van twee tot drie dagen per week, branchecertificaten en voor een deel van de leerlingen de Entree-opleiding."]),
    ("p", "We hebben vier sectoren: Bouw & Techniek, Groen, Zorg & Welzijn en Horeca & Facilitair. Vanaf "
          "augustus 2026 komt daar de sector Logistiek bij. Almere en de regio hebben een groot tekort aan "
          "magazijnmedewerkers en orderpickers, en de distributiecentra op De Vaart en in Stichtse Kant vragen "
          "ons al jaren om stagiairs. In de verbouwde techniekhal komt een oefenmagazijn met stellingen, een "
          "handscanner-systeem en een elektrische pallettruck."),
    ("h2", "1.3 Wonen, werken, vrije tijd en burgerschap"),
    ("p", "Naast de sectoren werken we aan de vier domeinen van het praktijkonderwijs. Voor wonen hebben we "
          "sinds 2019 Het Appartement op de eerste verdieping: een oefenwoning met keuken, wasmachine en "
          "woonkamer, waar leerlingen in leerjaar 2 en 3 koken, schoonmaken en een weekbudget beheren. Voor "
          "vrije tijd maken leerlingen in de onderbouw kennis met drie sport- of hobbyclubs in de wijk. Werken "
          "komt terug in de stages (hoofdstuk 5)."),
    ("p", "Burgerschap geven we in de lessen mens en maatschappij in leerjaar 1 tot en met 3 (twee uur per "
          "week) en in het mentoruur. Onderwerpen zijn onder meer: hoe de gemeente werkt, stemmen, rechten en "
          "plichten als werknemer en huurder, omgaan met verschillen en met conflicten, en nepnieuws op sociale "
          "media. In leerjaar 3 bezoeken alle groepen met ProDemos de Tweede Kamer in Den Haag. Bij de "
          "gemeenteraadsverkiezingen van maart 2026 organiseren we scholierenverkiezingen met een debat met "
          "lokale politici in de aula. Vanaf leerjaar 4 horen zaken als DigiD, zorgverzekering, toeslagen en "
          "een eerste loonstrook bij het mentorprogramma. In het schooljaar 2024-2025 leggen we deze "
          "onderwerpen vast in een leerlijn burgerschap voor alle leerjaren."),
    ("h2", "1.4 Taal, rekenen en digitale vaardigheden"),
    ("p", "We werken toe naar niveau 1F voor taal en rekenen. Bij de instroom en daarna elk jaar in mei nemen we "
          "Diataal af; voor rekenen gebruiken we de methodegebonden toetsen van Deviant. Van de schoolverlaters "
          "van 2023 haalde 48 procent niveau 1F lezen en 39 procent niveau 1F rekenen. Vanaf 2024-2025 lezen alle "
          "groepen elke ochtend vijftien minuten, en in de praktijklessen gebruiken we werkinstructies die de "
          "taaldocent samen met de praktijkdocent herschrijft. Iedere leerling krijgt vanaf augustus 2025 een "
          "eigen Chromebook. Digitale vaardigheden die we aanleren: mailen, online solliciteren, inloggen met "
          "DigiD en veilig omgaan met sociale media."),
    ("h2", "1.5 Branchecertificaten en Entree"),
    ("p", "Een branchecertificaat van de Stichting Praktijkleren laat een werkgever zien wat een leerling kan. "
          "We bieden onder meer de certificaten Schoonmaak, Medewerker Horeca, Assistent Groen, Helpende Zorg en "
          "Welzijn, Heftruck, Winkel en vanaf 2026 Magazijnmedewerker. Van de schoolverlaters van 2023 had 64 "
          "procent ten minste één certificaat. Leerlingen die het aankunnen, volgen in leerjaar 5 de "
          "Entree-opleiding in samenwerking met ROC van Flevoland; zij halen hun mbo-diploma niveau 1 terwijl "
          "ze nog bij ons op school zitten. In 2023 deden 11 leerlingen mee en slaagden er 9."),
    ("h2", "1.6 De verbouwing van de techniekhal"),
    ("p", "De techniekhal is in 1998 gebouwd voor houtbewerking en metaal. De afzuiging voldoet niet meer, er is "
          "geen plek voor logistiek en het geluid dringt door tot in de theorielokalen. Samen met ASG en de "
          "gemeente Almere, die het gebouw op het integraal huisvestingsplan heeft gezet, pakken we de hal in "
          "2025 aan. Het budget is 1,6 miljoen euro. Het ontwerp is vooruitstrevend: een warmtepomp, 180 "
          "zonnepanelen op het dak en een lichtstraat. Tussen de werkplaatsen en de theorieplek komen "
          "transparante glazen wanden, zodat de docent de hele ruimte overziet. De bouw start in de zomer van "
          "2025 en de hal gaat open in februari 2026. Tijdens de bouw krijgen de praktijklessen techniek les in "
          "tijdelijke units op het achterterrein."),
    ("h2", "1.7 Horeca en de kantine"),
    ("p", "In de sector Horeca & Facilitair runnen leerlingen uit leerjaar 3 tot en met 5 de kantine De "
          "Kombuis. Die is vier dagen per week open, ook voor bezoekers en medewerkers van de bedrijven op De "
          "Vaart; op een gewone dag schuiven er zo'n veertig gasten aan. Gastvrij werken is een onderdeel van "
          "het certificaat Medewerker Horeca: een gast begroeten, een bestelling opnemen, afrekenen en klachten "
          "afhandelen. Een gastvrije kantine voor bezoekers is hier dus gewoon lesstof. Na de verbouwing krijgt "
          "De Kombuis professionele keukenapparatuur en een open keuken, zodat gasten kunnen zien hoe er gekookt "
          "wordt."),
    ("h3", "Doelen Onderwijs"),
    ("tabel", [
        ["Meer leerlingen met een certificaat",
         "Certificaatplanning per leerling in het IOP; vier examenmomenten per jaar in plaats van twee; twee "
         "praktijkdocenten opgeleid tot praktijkbeoordelaar.",
         "80 procent van de schoolverlaters heeft ten minste één branchecertificaat (2023: 64 procent).",
         "2024-2027, meting juli 2027",
         "Sectorcoördinatoren"],
        ["Beter lezen",
         "Dagelijks vijftien minuten lezen; herschreven werkinstructies in alle sectoren; leesbevordering met "
         "de Bibliotheek Almere.",
         "60 procent van de schoolverlaters haalt 1F lezen (2023: 48 procent).",
         "2024-2028, jaarlijks in mei",
         "Taaldocent (Loes Brinkman)"],
        ["Nieuwe sector Logistiek",
         "Oefenmagazijn in de nieuwe techniekhal; lesprogramma op basis van het certificaat Magazijnmedewerker; "
         "afspraken met ten minste drie distributiecentra.",
         "Start in augustus 2026 met 12 leerlingen; in 2028 halen de eerste 8 leerlingen het certificaat.",
         "Voorbereiding 2025-2026, start augustus 2026",
         "Teamleider bovenbouw"],
        ["Leerlijn burgerschap",
         "Onderwerpen uit mens en maatschappij en het mentorprogramma samenbrengen per leerjaar; ProDemos-bezoek "
         "en scholierenverkiezingen vast in de jaarplanning.",
         "Leerlijn vastgesteld in juni 2025; elke leerling bezoekt in de schoolloopbaan ten minste één "
         "politieke instelling.",
         "Juni 2025, evaluatie juni 2027",
         "Sectie mens en maatschappij"],
        ["Verbouwing techniekhal",
         "Bouw in samenwerking met ASG en de gemeente; tijdelijke units tijdens de bouw.",
         "Oplevering februari 2026 binnen het budget van 1,6 miljoen euro.",
         "Zomer 2025 tot februari 2026",
         "Directeur"],
    ]),

    ("h1", "2. Leerlingen"),
    ("h2", "2.1 Wie zijn onze leerlingen?"),
    ("p", "Onze leerlingen hebben een IQ tussen ongeveer 55 en 80 en een leerachterstand van drie jaar of meer. "
          "Veel van hen hebben op de basisschool vooral gehoord wat ze niet kunnen. Bij ons zijn ze jonge "
          "vakmensen in opleiding. 63 procent is jongen. Bij 41 procent van de leerlingen is jeugdhulp "
          "betrokken, en een op de vier leerlingen woont niet (meer) bij beide ouders. In de school zitten "
          "leerlingen met ruim dertig verschillende nationaliteiten."),
    ("h2", "2.2 Begeleiding en het IOP"),
    ("p", "Iedere groep (maximaal vijftien leerlingen) heeft een mentor die ook de meeste theorielessen geeft. "
          "Binnen zes weken na de instroom maakt de mentor samen met de leerling en de ouders het individueel "
          "ontwikkelingsplan (IOP), dat bij ons ook het wettelijke ontwikkelingsperspectiefplan is. Daarin staan "
          "de uitstroombestemming, de doelen per domein en wat de leerling nodig heeft. Twee keer per jaar, in "
          "november en in mei, is er een driegesprek met leerling, ouders en mentor. Vanaf leerjaar 3 schuift ook "
          "de jobcoach aan. De leerling bereidt het gesprek voor met het formulier 'Mijn plan', waarin hij zelf "
          "opschrijft waar hij goed in is en wat hij wil leren. In 2022-2023 had 84 procent van de leerlingen "
          "een actueel IOP met twee driegesprekken; dat moet 100 procent worden."),
    ("h2", "2.3 Ondersteuning: wat we kunnen en wat niet"),
    ("p", "De basisondersteuning bestaat uit kleine groepen, een vaste mentor, een voorspelbaar rooster en "
          "praktijkgericht leren. Voor extra ondersteuning hebben we een zorgcoördinator, een orthopedagoog "
          "(0,6 fte), een schoolmaatschappelijk werker van De Schoor en een jeugdarts van GGD Flevoland. Het "
          "zorg- en adviesteam komt zes keer per jaar bijeen, samen met de leerplichtambtenaar."),
    ("p", "In ons schoolondersteuningsprofiel (bijgesteld in maart 2024) staat ook wat we niet kunnen bieden. "
          "Leerlingen die vooral behandeling nodig hebben voor een psychiatrische stoornis, leerlingen die "
          "voortdurend één-op-één begeleiding nodig hebben en leerlingen bij wie agressie structureel de "
          "veiligheid van anderen in gevaar brengt, kunnen we niet goed helpen. Voor hen zoeken we met het "
          "samenwerkingsverband een andere plek."),
    ("p", "Daarvoor hebben we samen met de vso-scholen en de vmbo-scholen in Almere en het samenwerkingsverband "
          "de Overstaptafel opgezet. Twee keer per jaar, in januari en juni, bespreken we leerlingen voor wie "
          "een andere school beter past, en we spreken af wie de overstap regelt. Een leerling gaat pas weg als "
          "de nieuwe plek rond is. In 2022-2023 hadden we twee leerlingen die langer dan vier weken thuis zaten; "
          "ons doel is dat dat niet meer voorkomt."),
    ("h2", "2.4 Een veilige school"),
    ("p", "Sinds 2023 werken we herstelgericht. Als er iets misgaat, vragen we niet alleen 'wie was het?' maar "
          "vooral 'wie is er geraakt en hoe maken we het goed?'. Na een incident volgt een herstelgesprek, bij "
          "grotere conflicten een herstelcirkel met alle betrokkenen. Alle medewerkers, ook de conciërges en "
          "de kantinebeheerder, volgen in 2024-2026 de training herstelgericht werken. Onze omgangscode heeft "
          "drie regels: ik doe wat ik zeg, ik blijf van een ander af en ik los het op met praten. Die code "
          "geldt voor leerlingen en medewerkers; wie een ander respectloos behandelt, wordt daarop "
          "aangesproken, ook als het een volwassene is."),
    ("p", "We registreren incidenten in Magister en bespreken de cijfers elk kwartaal in het "
          "managementteam. In 2022-2023 waren er 19 schorsingen. Elk jaar in maart vullen alle leerlingen de "
          "vragenlijst sociale veiligheid in; in 2023 voelde 87 procent zich veilig op school. We hebben een "
          "anti-pestcoördinator en twee vertrouwenspersonen. Mobiele telefoons gaan sinds januari 2024 tijdens "
          "de lessen in het kluisje, net als andere waardevolle spullen tijdens de praktijklessen."),
    ("h2", "2.5 Een openbare school"),
    ("p", "De Schroefas is een openbare school. Iedere leerling is welkom, ongeacht geloof, afkomst of "
          "achtergrond, en we besteden actief aandacht aan die verschillen. In leerjaar 2 bezoeken alle groepen "
          "een moskee en een kerk in Almere en praten ze met een imam en een dominee. In november houden we de "
          "dialoogweek 'Wie ben jij?', waarin leerlingen elkaar interviewen over hun familie, hun feesten en "
          "wat ze belangrijk vinden. Tijdens de ramadan maken de jobcoaches met stagebedrijven afspraken over "
          "pauzes en lichter werk voor leerlingen die vasten. Er is een stilteruimte die iedereen mag gebruiken. "
          "Docenten brengen hun eigen overtuiging niet als de enige waarheid in de les, maar vertellen wel waar "
          "ze zelf in geloven als leerlingen ernaar vragen."),
    ("p", "Aan het eind van het schooljaar sluiten we af met de talentenjacht in de aula, waarvoor ook ouders "
          "en stagebegeleiders worden uitgenodigd."),
    ("h3", "Doelen Leerlingen"),
    ("tabel", [
        ["Elke leerling een actueel IOP",
         "IOP binnen zes weken na instroom; driegesprekken in november en mei; controle door de zorgcoördinator "
         "in december en juni.",
         "100 procent van de leerlingen heeft een actueel IOP en twee driegesprekken per jaar (2022-2023: 84 procent).",
         "Vanaf 2024-2025",
         "Zorgcoördinator (Gerda Pronk)"],
        ["Leerlingen voelen zich veilig",
         "Herstelgericht werken; herstelcirkels bij conflicten; kwartaalanalyse van incidenten.",
         "92 procent van de leerlingen voelt zich veilig in de vragenlijst van maart 2026 (2023: 87 procent).",
         "Meting elk jaar in maart; doel in 2026",
         "Teamleider onderbouw"],
        ["Minder schorsingen",
         "Training herstelgericht werken voor alle medewerkers; herstelgesprek na elk incident; schorsing "
         "alleen na overleg met de directeur.",
         "Minder dan 10 schorsingen in 2026-2027 (2022-2023: 19).",
         "2024-2027",
         "Directeur"],
        ["Geen thuiszitters",
         "Overstaptafel in januari en juni met vso, vmbo en samenwerkingsverband; leerling blijft tot de nieuwe "
         "plek rond is.",
         "Geen leerling zit langer dan vier weken thuis (2022-2023: twee).",
         "Elk schooljaar",
         "Zorgcoördinator"],
    ]),

    ("h1", "3. Personeel"),
    ("h2", "3.1 Het team"),
    ("p", "Op De Schroefas werken 38 mensen (29,4 fte): 20 docenten voor theorie en praktijk, 5 instructeurs en "
          "onderwijsassistenten, 2 jobcoaches, een zorgcoördinator, een orthopedagoog, een directeur, twee "
          "teamleiders, een kantinebeheerder, twee conciërges, een roostermaker en twee administratief "
          "medewerkers. De gemiddelde leeftijd is 49 jaar. Negen collega's gaan voor 2030 met pensioen, "
          "onder wie drie van de vier praktijkdocenten techniek. Vacatures voor praktijkdocenten zijn moeilijk "
          "te vervullen; we werven daarom ook vakmensen uit het bedrijfsleven."),
    ("h2", "3.2 Bevoegd voor de klas"),
    ("p", "Vier docenten zijn (nog) niet bevoegd: drie praktijkdocenten die uit het bedrijfsleven komen (twee "
          "uit de bouw, één uit de horeca) en één docent Nederlands. Zij volgen een zij-instroomtraject voor "
          "de tweedegraads lerarenopleiding aan Hogeschool Windesheim in Almere. De school geeft hun één dag "
          "per week studieverlof, betaalt het deel van de opleiding dat niet door de subsidie zij-instroom "
          "wordt gedekt en koppelt hen aan een ervaren collega als coach, die elke twee weken een les bijwoont. "
          "Twee van hen ronden de opleiding in 2026 af, de andere twee in 2027. Nieuwe collega's zonder "
          "bevoegdheid nemen we alleen aan als ze binnen een jaar met een opleiding starten."),
    ("h2", "3.3 Blijven leren"),
    ("p", "Onze leerlingen vragen veel van een docent: geduld, structuur en de vaardigheid om een conflict niet "
          "te laten escaleren. De belangrijkste teamscholing in deze periode is daarom de training "
          "herstelgericht werken (2024-2026), gevolgd door een scholing traumasensitief lesgeven in 2026-2027, "
          "omdat een groeiend deel van onze leerlingen ingrijpende ervaringen heeft meegemaakt. Daarnaast heeft "
          "iedere medewerker een scholingsbudget van 600 euro per fte per jaar, bijvoorbeeld voor cursussen van "
          "de ASG Academie. Praktijkdocenten lopen eens in de twee jaar drie dagen mee bij een stagebedrijf in "
          "hun vakgebied, zodat hun vakvaardigheid op peil blijft."),
    ("p", "De gesprekscyclus voeren we volgens de afspraken van ASG."),
    ("h2", "3.4 Gezond aan het werk"),
    ("p", "Het verzuim was in 2023 7,9 procent, met een meldingsfrequentie van 1,6. Dat is te hoog. Een deel is "
          "langdurig verzuim door rug- en gehoorklachten bij praktijkdocenten; een ander deel is kort verzuim "
          "dat samenhangt met de zwaarte van het werk. We pakken dit op drie manieren aan. Ten eerste laten we bij "
          "de verbouwing van de techniekhal een werkplekonderzoek doen naar geluid, tillen en afzuiging. Ten "
          "tweede houdt een bedrijfsfysiotherapeut vanaf september 2024 elke maand spreekuur op school. Ten "
          "derde start 'Fit op de Schroefas': elke donderdag om 16.00 uur sporten collega's samen in de gymzaal, "
          "en wie zich ziek meldt, wordt binnen twee dagen gebeld door de teamleider. Bij drie meldingen in "
          "een jaar volgt een gesprek over wat er nodig is."),
    ("h3", "Doelen Personeel"),
    ("tabel", [
        ["Alle docenten bevoegd",
         "Zij-instroomtraject bij Windesheim met een dag studieverlof per week en een coach; nieuwe onbevoegde "
         "collega's starten binnen een jaar met een opleiding.",
         "Juli 2026: 2 onbevoegde docenten; juli 2027: 0 (2024: 4).",
         "2024-2027",
         "Directeur"],
        ["Lager verzuim",
         "Werkplekonderzoek techniekhal; spreekuur bedrijfsfysiotherapeut; Fit op de Schroefas; "
         "verzuimgesprek na drie meldingen.",
         "Verzuim 5,5 procent en meldingsfrequentie onder 1,2 in 2027 (2023: 7,9 procent en 1,6).",
         "Meting per kwartaal, doel in 2027",
         "Teamleiders"],
        ["Team herstelgericht geschoold",
         "Training in drie groepen; intervisie na de training; scholing traumasensitief lesgeven.",
         "Juli 2026 heeft 100 procent van de medewerkers de training gevolgd; in 2026-2027 volgt het hele "
         "team de scholing traumasensitief lesgeven.",
         "2024-2027",
         "Teamleider onderbouw"],
        ["Vakkennis actueel",
         "Docentstage van drie dagen bij een stagebedrijf.",
         "Elke praktijkdocent loopt eens per twee jaar stage; registratie in het scholingsoverzicht.",
         "Vanaf 2024-2025",
         "Sectorcoördinatoren"],
    ]),

    ("h1", "4. Kwaliteit"),
    ("h2", "4.1 Hoe we werken aan kwaliteit"),
    ("p", "We hebben hoge verwachtingen van onze leerlingen en van elkaar. Voor een praktijkschool betekent dat: "
          "iedere leerling verlaat de school met een plek die past en die hij ook na een jaar nog heeft. Daarom "
          "kijken we niet alleen naar het aantal leerlingen dat werk of een opleiding vindt, maar ook naar "
          "bestendiging. Van de schoolverlaters van 2022 had na een jaar 81 procent nog dezelfde baan of "
          "opleiding. Dat willen we verhogen naar 85 procent. Wie het kan, moet ook meer dan één certificaat "
          "halen of de Entree-opleiding doen; we leggen de lat bij de uitstroomkeuze niet lager dan nodig."),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus:"),
    ("b", ["Augustus: elke sector maakt een sectorplan op basis van het jaarplan.",
           "Oktober tot en met april: iedere docent krijgt twee lesbezoeken van een teamleider, met onze eigen kijkwijzer 'De goede PrO-les' (structuur, uitleg, differentiatie, sfeer en afsluiting).",
           "Maart: vragenlijsten voor leerlingen (elk jaar) en ouders (om het jaar) via Vensters; vragenlijst voor stagebedrijven.",
           "Mei en juni: analyse van uitstroom, bestendiging, certificaten en taal- en rekenresultaten; evaluatie van het jaarplan in de teamvergadering.",
           "Juli: jaarverslag voor de MR en het bestuur; nieuw jaarplan."]),
    ("p", "Alle gegevens staan in één kwaliteitsdashboard dat de teamleider bovenbouw bijhoudt. Elk kwartaal "
          "bespreekt de directeur de cijfers met het bestuur in de kwartaalrapportage."),
    ("h2", "4.2 Waar we staan"),
    ("p", "Bij het laatste onderzoek in 2021 had de inspectie geen zorgen over De Schroefas; de school valt "
          "onder het basistoezicht. De onderwijsresultaten (uitstroom en bestendiging) liggen al vijf jaar op "
          "of boven het landelijk gemiddelde van praktijkscholen. Uit de lesbezoeken van 2023-2024 blijkt dat de "
          "structuur en de sfeer in de lessen goed zijn, maar dat differentiatie in de theorielessen in ongeveer "
          "de helft van de lessen onvoldoende is. Dat wordt een aandachtspunt."),
    ("p", "In 2026 krijgt de school een interne audit van ASG. Als een uitkomst onder onze eigen norm ligt, "
          "maken we binnen zes weken een verbeterplan."),
    ("h2", "4.3 Samenwerking met andere scholen"),
    ("p", "Onze sectie Bouw & Techniek werkt sinds 2023 samen met de techniekdocenten van een vmbo-school van "
          "ASG. De docenten volgen samen scholing op de nieuwe lasapparatuur, nemen bij elkaar de praktijkexamens "
          "af als tweede beoordelaar en delen lesmateriaal voor het certificaat Heftruck. Na de opening van de "
          "nieuwe techniekhal willen we ook de CNC-freesmachine samen gebruiken."),
    ("h3", "Doelen Kwaliteit"),
    ("tabel", [
        ["Bestendige uitstroom",
         "Nazorg door de jobcoaches (zie hoofdstuk 5); analyse van uitval per sector.",
         "85 procent van de schoolverlaters heeft na een jaar nog dezelfde baan of opleiding (cohort 2022: 81 procent).",
         "Meting elk jaar in juni; doel voor cohort 2026",
         "Teamleider bovenbouw"],
        ["Differentiatie in theorielessen",
         "Scholing differentiëren voor de theoriedocenten; twee lesbezoeken per docent per jaar met de kijkwijzer.",
         "In 2026 scoort 80 procent van de bezochte theorielessen voldoende op differentiatie (2023-2024: ongeveer 50 procent).",
         "2024-2026",
         "Teamleiders"],
        ["Interne audit",
         "Voorbereiding met de zelfevaluatie; verbeterplan binnen zes weken na de audit.",
         "Audit afgerond in 2026 zonder herstelopdrachten.",
         "Voorjaar 2026",
         "Directeur"],
        ["Tevreden stagebedrijven",
         "Jaarlijkse vragenlijst; bezoek van de jobcoach bij elk stagebedrijf binnen twee weken na de start.",
         "Stagebedrijven geven de begeleiding gemiddeld minimaal een 7,5 (2024: 7,1).",
         "Elk jaar in maart",
         "Jobcoaches"],
    ]),

    ("h1", "5. Omgeving"),
    ("h2", "5.1 Ouders"),
    ("p", "Voor veel ouders van onze leerlingen was school geen fijne plek, voor hun kind niet en soms ook voor "
          "henzelf niet. We doen daarom moeite om ouders van het begin af aan te betrekken. Voor de start van "
          "leerjaar 1 brengt de mentor een huisbezoek. Ouders zijn bij beide driegesprekken over het IOP, tekenen "
          "mee voor de stageovereenkomst en worden uitgenodigd bij de uitreiking van certificaten en diploma's. "
          "In 2022-2023 was bij 76 procent van de driegesprekken minstens één ouder aanwezig; we willen naar 90 "
          "procent. De driegesprekken plannen we daarom voortaan direct na de certificaatuitreiking in november "
          "en mei, wanneer veel ouders toch al op school zijn, en de mentor zoekt ouders die twee keer niet komen "
          "thuis op."),
    ("p", "In onze communicatie zijn wij transparant en toegankelijk."),
    ("h2", "5.2 Stagebedrijven en partners"),
    ("p", "Wij werken proactief samen met een breed scala aan partners. De belangrijkste zijn de ongeveer 130 "
          "stagebedrijven, van supermarkten en hoveniers tot Zorggroep Almere en de kringloopwinkel. Met het "
          "Werkgeversservicepunt Flevoland en de gemeente Almere zoeken we werk voor leerlingen die onder de "
          "Participatiewet vallen; de jobcoach meldt hen in leerjaar 5 aan voor het doelgroepregister. Met ROC "
          "van Flevoland verzorgen we de Entree-opleiding. Na de uitstroom volgen de jobcoaches iedere "
          "oud-leerling nog twee jaar: ze bellen drie keer per jaar en gaan langs als het dreigt mis te gaan."),
    ("p", "Voor de nieuwe sector Logistiek hebben we in 2025-2026 twintig nieuwe leerbedrijven nodig. De "
          "jobcoaches benaderen daarvoor de distributiecentra in Almere en zoeken aansluiting bij de regionale "
          "werkgeversbijeenkomsten van het Werkgeversservicepunt."),
    ("h2", "5.3 De buurt: bedrijventerrein De Vaart"),
    ("p", "De Schroefas ligt tussen bedrijven, en dat is een voordeel. Leerlingen van de sector Groen doen het "
          "groenonderhoud voor zes bedrijven op het terrein; de opbrengst gaat naar het leerlingenfonds. Twee "
          "keer per jaar houden we met de ondernemersvereniging een schoonmaakactie op het terrein. Bedrijven "
          "lunchen in De Kombuis, en een aantal van hen is zo stagebedrijf geworden. Op de open dag in januari "
          "laten we buurtbedrijven en aanstaande leerlingen zien wat er in de werkplaatsen gebeurt."),
    ("h2", "5.4 Medezeggenschap"),
    ("p", "De MR van De Schroefas bestaat uit twee ouders, één leerling en drie medewerkers. De leerlingenraad "
          "komt vier keer per jaar bij elkaar met de directeur."),
    ("h3", "Doelen Omgeving"),
    ("tabel", [
        ["Ouders bij het IOP-gesprek",
         "Huisbezoek voor leerjaar 1; driegesprekken direct na de certificaatuitreiking; huisbezoek bij twee "
         "keer afwezig.",
         "Bij 90 procent van de driegesprekken is minstens één ouder aanwezig (2022-2023: 76 procent).",
         "2024-2026",
         "Mentoren, teamleider onderbouw"],
        ["Leerbedrijven Logistiek",
         "Distributiecentra benaderen; aansluiten bij werkgeversbijeenkomsten van het Werkgeversservicepunt.",
         "Twintig nieuwe leerbedrijven voor Logistiek.",
         "Schooljaar 2025-2026",
         "Jobcoaches (Dennis Wolters)"],
        ["Nazorg oud-leerlingen",
         "Iedere oud-leerling twee jaar volgen; drie contactmomenten per jaar; registratie in het dashboard.",
         "100 procent van de schoolverlaters wordt twee jaar gevolgd.",
         "Vanaf schoolverlaters 2024",
         "Jobcoaches"],
        ["Werk in de buurt",
         "Groenonderhoud en lunches voor bedrijven op De Vaart; schoonmaakacties met de ondernemersvereniging.",
         "Tien bedrijven met een groenonderhoudscontract (2024: zes).",
         "2024-2028",
         "Sectorcoördinator Groen"],
    ]),

    ("h1", "Vaststelling"),
    ("p", "Dit schoolplan is op 20 juni 2024 door de directeur vastgesteld en aangeboden aan het College van "
          "Bestuur van de Almeerse Scholen Groep. Het concept is op 4 juni 2024 besproken met de "
          "medezeggenschapsraad."),
    ("p", "Ruud Kamphorst, directeur Praktijkschool De Schroefas\nAlmere, 20 juni 2024"),
]


def _zet_taal(document):
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Schoolplan 2024-2028 De Schroefas - pagina ")
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _koprij_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, rijen):
    tabel = doc.add_table(rows=1, cols=len(KOLOMMEN))
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    kop = tabel.rows[0]
    _koprij_herhalen(kop)
    for i, naam in enumerate(KOLOMMEN):
        cel = kop.cells[i]
        cel.text = ""
        r = cel.paragraphs[0].add_run(naam)
        r.bold = True
        r.font.size = Pt(9.5)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(tekst)
            r.font.size = Pt(9.5)
    breedtes = [Cm(3.0), Cm(4.6), Cm(4.2), Cm(2.6), Cm(2.4)]
    for row in tabel.rows:
        for i, b in enumerate(breedtes):
            row.cells[i].width = b
    doc.add_paragraph()


def _bewaar_vast(doc, path, datum):
    """Sla op met vaste tijdstempels in het zip-archief, zodat de uitvoer byte-voor-byte gelijk blijft."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    stempel = (datum.year, datum.month, datum.day, datum.hour, datum.minute, datum.second)
    with zipfile.ZipFile(buf) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stempel)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            doel.writestr(info, bron.read(item.filename))


def build(path):
    path = str(path)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10.5)
    _zet_taal(doc)
    for naam in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[naam].font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 Praktijkschool De Schroefas"
    cp.author = "R. Kamphorst"
    cp.last_modified_by = "F. el Amrani"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 12

    for tekst, grootte, vet in [
        ("Praktijkschool De Schroefas", 26, True),
        ("Schoolplan 2024-2028", 20, False),
        ("Leren door te doen", 14, False),
        ("", 11, False),
        ("Openbare school voor praktijkonderwijs", 11, False),
        ("Draaibankweg 12, Almere - BRIN 30PQ", 11, False),
        ("Almeerse Scholen Groep", 11, False),
        ("Versie juni 2024", 11, False),
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if tekst:
            r = p.add_run(tekst)
            r.font.size = Pt(grootte)
            r.bold = vet
    doc.add_page_break()

    for soort, waarde in INHOUD:
        if soort == "h1":
            doc.add_heading(waarde, level=1)
        elif soort == "h2":
            doc.add_heading(waarde, level=2)
        elif soort == "h3":
            doc.add_heading(waarde, level=3)
        elif soort == "p":
            doc.add_paragraph(waarde)
        elif soort == "b":
            for item in waarde:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "tabel":
            _tabel(doc, waarde)
        else:
            raise ValueError(soort)

    _paginanummer(doc.sections[0])
    _bewaar_vast(doc, path, VASTE_DATUM)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_202_praktijkschool_de_schroefas.docx")
