"""Schoolplan 2025-2029 van het Weerwater Lyceum, een algemeen-bijzondere school voor havo en vwo
(atheneum en gymnasium) met 1.112 leerlingen in Almere Stad.

Ontwerp: Word-kopstijlen (Kop 1 en Kop 2). Het plan is geordend langs de vier eigen thema's van de
school ('Leren met ambitie', 'Een school waar je jezelf kunt zijn', 'Professionals die blijven leren',
'Verbonden met de stad'); vooraf staat een korte tabel die elk thema koppelt aan elementen van Koers 22.
Sommige alinea's openen met een bestuurszin in wij-vorm en geven daarna echte eigen inhoud; andere
alinea's zijn alleen een herhaling van de bestuurszin of een wens zonder uitwerking. Per thema staan de
doelen als genummerde lijst, de meeste meetbaar, een enkele als wens. Er is een hoofdstuk 'Feiten en
cijfers' met leerlingaantallen, slagingspercentages en verzuim. De MR is alleen geïnformeerd en heeft
advies gegeven (geen instemming).
"""

from __future__ import annotations

import copy
import datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

DATUM = datetime.datetime(2025, 7, 8, 9, 30, 0)

INHOUD = [
    ("titel", "Schoolplan 2025-2029"),
    ("sub", "Weerwater Lyceum · havo, atheneum, gymnasium"),
    ("p", "Algemeen bijzondere school voor voortgezet onderwijs, Almere Stad · BRIN 21WL"),
    ("p", "Schooljaren 2025-2026 tot en met 2028-2029"),
    ("h1", "Voorwoord"),
    ("p", "Dit schoolplan beschrijft waar het Weerwater Lyceum de komende vier schooljaren, van augustus "
          "2025 tot en met juli 2029, naartoe werkt. Het plan is in het schooljaar 2024-2025 gemaakt door "
          "de schoolleiding, met bijdragen van alle secties, de teamleiders en een leerlingenpanel van "
          "vijftien leerlingen uit alle leerjaren, dat in drie bijeenkomsten reageerde op de concepten."),
    ("p", "We hebben gekozen voor vier thema's die al jaren bij onze school horen en die iedere "
          "medewerker en leerling kan onthouden: Leren met ambitie, Een school waar je jezelf kunt zijn, "
          "Professionals die blijven leren en Verbonden met de stad. Per thema beschrijven we wat we doen, "
          "wat we willen bereiken en hoe we dat meten. In de tabel hieronder staat hoe onze thema's "
          "aansluiten bij Koers 22 van de Almeerse Scholen Groep (ASG), het bestuur waartoe onze school "
          "behoort."),
    ("h1", "Onze school"),
    ("h2", "Wie wij zijn"),
    ("p", "Het Weerwater Lyceum staat aan de rand van het stadshart van Almere Stad, op tien minuten "
          "fietsen van het station. We bieden havo (vijf jaar), atheneum en gymnasium (zes jaar) aan. "
          "Op 1 oktober 2024 hadden we 1.112 leerlingen. Er werken 88 docenten en 24 onderwijsondersteunende "
          "medewerkers. De schoolleiding bestaat uit rector Hanneke Visser, conrector onderwijs Ruben de "
          "Graaf en vier teamleiders: onderbouw, havo-bovenbouw, vwo-bovenbouw en leerlingzaken."),
    ("h2", "Onze thema's en Koers 22"),
    ("tabel2", ("Ons thema", "Aansluiting bij Koers 22"), [
        ("Leren met ambitie", "Ambitieus; Vooruitstrevend; Venster 1 Goed en toegankelijk onderwijs"),
        ("Een school waar je jezelf kunt zijn", "Gezien worden; Open; Venster 1 (veiligheid en ondersteuning)"),
        ("Professionals die blijven leren", "Ambitieus; Venster 2 Personeel in positie"),
        ("Verbonden met de stad", "Venster 3 De meerwaarde van ASG; Venster 4 Partnerschap"),
    ]),

    ("h1", "Feiten en cijfers"),
    ("h2", "Leerlingaantallen"),
    ("tabel2", ("Peildatum 1 oktober", "2022", "2023", "2024"), [
        ("Onderbouw (klas 1-3)", "478", "489", "498"),
        ("Havo 4 en 5", "301", "306", "302"),
        ("Vwo 4 tot en met 6 (atheneum en gymnasium)", "295", "303", "312"),
        ("Totaal", "1.074", "1.098", "1.112"),
    ]),
    ("p", "Het aantal aanmeldingen voor klas 1 was in 2024 188, voor 180 plaatsen."),
    ("h2", "Slagingspercentages"),
    ("tabel2", ("Examenjaar", "2022", "2023", "2024"), [
        ("Havo", "88,4%", "85,1%", "86,7%"),
        ("Vwo", "93,0%", "90,6%", "91,2%"),
    ]),
    ("p", "Het onderbouwsnelheidscijfer (leerlingen die zonder vertraging klas 3 afronden) was in 2024 "
          "96,1%; het bovenbouwsucces havo 81,9% en vwo 86,4%."),
    ("h2", "Verzuim van leerlingen"),
    ("tabel2", ("Schooljaar", "2022-2023", "2023-2024"), [
        ("Meldingen ongeoorloofd verzuim bij leerplicht", "31", "44"),
        ("Gemiddeld aantal ongeoorloofd gemiste lesuren per leerling", "6,2", "7,8"),
        ("Te laat komen (registraties, hele school)", "8.930", "9.410"),
    ]),
    ("p", "Het verzuim loopt op, vooral in havo 4 en op maandag het eerste uur. De aanpak staat onder "
          "thema 2 en 4."),

    # ------------------------------------------------------------ thema 1
    ("h1", "Thema 1: Leren met ambitie"),
    ("h2", "De lat hoog"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Op het Weerwater Lyceum "
          "betekent dat het volgende. Leerlingen met een havo/vwo-advies komen in een havo/vwo-brugklas en "
          "de keuze tussen havo en vwo valt pas aan het eind van klas 2. Leerlingen die in havo 3 goede "
          "resultaten halen, kunnen een opstroomtraject naar vwo 4 volgen, met extra lessen wiskunde en "
          "Duits of Frans op dinsdagmiddag. Een onvoldoende is bij ons nooit het eindpunt: in de "
          "onderbouw volgt op elke onvoldoende een verplicht steunuur en daarna een herkansing. In havo 5 "
          "en vwo 6 heeft iedere leerling na de eerste toetsweek een examengesprek met mentor en decaan "
          "over de kansen per vak."),
    ("p", "Leerlingen die meer willen, krijgen daar de kans voor: Cambridge English (First in de havo, "
          "Advanced in het vwo; in 2024 haalden 64 leerlingen een certificaat), deelname aan de "
          "olympiades voor wiskunde, biologie en scheikunde, en vervroegd examen in één vak. In 2023-2024 "
          "deden 17 leerlingen een vak een jaar eerder."),
    ("p", "Ook willen wij een vooruitstrevende school zijn. Wij werken met innovatieve en nieuwe "
          "leerconcepten binnen de kaders van onze profilering, en wij zijn nieuwsgierig naar nieuwe "
          "inzichten om ons onderwijs eigentijds inhoud te geven."),
    ("h2", "Ons onderwijsprogramma"),
    ("p", "De onderbouw duurt drie jaar. Klas 1 is een havo/vwo-brugklas of een gymnasiumklas met Latijn; "
          "in klas 2 en 3 zijn er aparte havo- en vwo-klassen. De lessentabel van de onderbouw dekt alle "
          "kerndoelen; Nederlands, Engels en wiskunde krijgen in klas 1 en 2 vier uur per week. In de "
          "bovenbouw bieden we alle vier profielen aan, met als keuzevakken onder meer informatica, "
          "filosofie, bedrijfseconomie, kunst beeldend en kunst muziek, en op het gymnasium Grieks. Het "
          "PTA per afdeling wordt elk jaar vóór 1 oktober vastgesteld en naar leerlingen en ouders "
          "gestuurd. De onderwijstijd voldoet aan de wettelijke norm van 3.700 uur voor havo en 4.700 "
          "uur voor vwo; we plannen 38 lesweken met lessen van 45 minuten en een toetsweek aan het eind "
          "van elke periode."),
    ("p", "Wij werken aan een toekomstgericht curriculum. Daarvoor hebben we in 2024 drie besluiten "
          "genomen. In klas 1 en 2 komt er een wekelijks uur 'Digitaal', waarin leerlingen programmeren, "
          "met data werken en kritisch leren kijken naar digitale informatie en AI-toepassingen; de leerlijn is "
          "geschreven door onze sectie informatica. In elk bovenbouwvak werken leerlingen minstens één "
          "keer per jaar aan een opdracht waarin ze samenwerken en hun werk presenteren, beoordeeld met "
          "een gezamenlijke rubric. En vanaf 2025-2026 koppelen we het profielwerkstuk aan een vraag van "
          "een organisatie in Almere (zie thema 4)."),
    ("p", "Wij ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen."),
    ("h2", "Zicht op leerlingen"),
    ("p", "Na elke periode (vier per jaar) is er voor elke onderbouwklas een leerlingbespreking met alle "
          "docenten van de klas, de mentor en de teamleider. De mentor zet vooraf per leerling cijfers, "
          "verzuim en aantekeningen uit Magister op een rij. Voor iedere leerling over wie zorgen zijn, "
          "spreken we één concrete afspraak af, die de mentor met de leerling en de ouders bespreekt. In "
          "de bovenbouw gebeurt dit twee keer per jaar. Voor nieuwe brugklassers belt de mentor in juni "
          "met de leerkracht van groep 8 van elke leerling."),
    ("h2", "Ondersteuning"),
    ("p", "Ons schoolondersteuningsprofiel (vastgesteld in 2023) beschrijft de basisondersteuning die "
          "elke leerling krijgt en de extra ondersteuning die wij bieden. Tot de basisondersteuning horen "
          "de mentoraanpak, het dyslexie- en dyscalculieprotocol (met extra tijd, voorleessoftware en "
          "aangepaste toetsen), een programma studievaardigheden in klas 1 en huiswerkbegeleiding tot "
          "16.30 uur. Extra ondersteuning bieden we met een faalangstreductietraining (twee groepen per "
          "jaar), begeleiding van leerlingen met autisme door onze ASS-coach, de Oase (een rustige "
          "werkplek die elke schooldag open is) en kortdurende begeleiding door de zorgcoördinator. Het "
          "zorgteam, met zorgcoördinator, schoolpsycholoog, schoolmaatschappelijk werker en jeugdarts, "
          "komt elke twee weken bij elkaar."),
    ("p", "Onze grenzen liggen bij leerlingen die langdurig één-op-één begeleiding nodig hebben of die "
          "minder dan de helft van de lessen kunnen volgen."),
    ("p", "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
          "zodat alle leerlingen een passende onderwijsplek hebben."),
    ("h2", "Kwaliteit en kwaliteitszorg"),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie in 2023 zijn alle afdelingen als voldoende "
          "beoordeeld. De onderwijsresultaten van havo en vwo liggen boven de inspectienormen, maar het "
          "slagingspercentage havo bleef de laatste twee jaar onder het niveau van 2022 (zie Feiten en "
          "cijfers). Daarom staat het havo-examen in deze planperiode bovenaan onze agenda: de sectie "
          "Nederlands en de sectie wiskunde A analyseren samen met de teamleider havo de examenresultaten "
          "per domein en passen het PTA voor 2026 daarop aan."),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. Iedere sectie maakt een sectieplan met doelen "
          "die aansluiten op het jaarplan van de school. In januari en juni analyseren de teamleiders met "
          "de secties de resultaten (toetsen, doorstroom, examens) en leggen ze verbeterafspraken vast. "
          "Leerlingen beoordelen de lessen van elke docent één keer per jaar met een korte digitale "
          "vragenlijst; de docent bespreekt de uitkomst met zijn leidinggevende. Om de twee jaar houden we "
          "een tevredenheidsonderzoek onder leerlingen en ouders. De rector rapporteert elk kwartaal aan "
          "het bestuur, en het jaarverslag verschijnt in november."),
    ("h2", "Doelen thema 1"),
    ("lijst", [
        "Het slagingspercentage havo is in 2027 en 2028 minimaal 90% (2024: 86,7%).",
        "Het slagingspercentage vwo is elk jaar minimaal 92% (2024: 91,2%).",
        "Elk jaar stromen minimaal 12 leerlingen van havo 3 door naar vwo 4 (2024: 5); minstens 80% van "
        "hen gaat zonder doubleren over naar vwo 5.",
        "Het onderbouwsnelheidscijfer blijft elk jaar boven 95%.",
        "Het uur 'Digitaal' staat vanaf augustus 2025 in het rooster van klas 1 en vanaf augustus 2026 "
        "in het rooster van klas 2.",
        "Wij blijven werken aan eigentijds onderwijs.",
    ]),

    # ------------------------------------------------------------ thema 2
    ("h1", "Thema 2: Een school waar je jezelf kunt zijn"),
    ("h2", "Iedere leerling telt mee"),
    ("p", "Bij ons is iedere leerling waardevol en wordt gezien. Daarom heeft elke klas een mentor die "
          "ook les geeft in die klas, en is er in de onderbouw een wekelijks mentoruur. De mentor voert "
          "drie keer per jaar met iedere leerling een gesprek van een kwartier; in de brugklas is het "
          "eerste gesprek binnen vier weken na de start. Klassen in de onderbouw tellen hooguit 28 "
          "leerlingen. Zo heeft iedere leerling minstens één volwassene op school die hem of haar echt "
          "kent."),
    ("p", "Wij willen een gastvrije school zijn: iedereen moet zich bij ons welkom voelen."),
    ("h2", "Met respect"),
    ("p", "Onze omgangscode, de Weerwater-afspraken, is in 2023 opgesteld door leerlingen, ouders en "
          "medewerkers en bestaat uit drie zinnen: we zijn beleefd tegen iedereen in en om de school, we "
          "lossen problemen op door te praten, en we kijken niet weg als iemand buiten de groep valt. "
          "Medewerkers spreken leerlingen aan op taalgebruik in de gangen en de kantine. Na een kwetsende "
          "opmerking over afkomst, geloof, gender of seksuele oriëntatie volgt altijd een gesprek met de "
          "teamleider en een bericht aan de ouders. Dezelfde code geldt voor medewerkers onderling en in "
          "het contact met ouders; de rector bespreekt haar bij de opening van elk schooljaar."),
    ("h2", "Veiligheid"),
    ("p", "Elk jaar meten we de sociale veiligheid met de landelijke veiligheidsmonitor onder leerlingen "
          "van alle leerjaren. In 2024 voelde 89% van onze leerlingen zich veilig op school; het "
          "landelijk gemiddelde voor havo/vwo was 91%. De anti-pestcoördinator en de twee "
          "vertrouwenspersonen stellen zich elk jaar in de mentorlessen voor. Incidenten registreren we "
          "in Magister; de veiligheidscoördinator analyseert ze per kwartaal en bespreekt de uitkomst met "
          "de schoolleiding. Het schoolveiligheidsplan, met het protocol grensoverschrijdend gedrag, de "
          "meldcode en het ontruimingsplan, is in 2024 bijgewerkt. Voor het te laat komen en het "
          "verzuim op maandag het eerste uur voeren de teamleiders vanaf 2025 na de derde keer te laat "
          "een gesprek met de leerling, en na de zesde keer met de ouders erbij."),
    ("h2", "Algemeen bijzonder: ruimte voor verschil"),
    ("p", "Het Weerwater Lyceum is een algemeen bijzondere school. De school is in 1984 opgericht door "
          "een vereniging van ouders die een school wilden zonder godsdienstige grondslag, maar met een "
          "uitgesproken pedagogische opdracht: leerlingen leren zelf te denken en de ander in zijn waarde "
          "te laten. Die opdracht is nog altijd onze grondslag. Wij geven geen godsdienstonderwijs, maar "
          "alle leerlingen volgen in klas 3 een half jaar het vak filosofie en levensbeschouwing, waarin "
          "ze de grote religies en het humanisme leren kennen en met elkaar in debat gaan over "
          "levensvragen."),
    ("p", "Verschil hoort bij ons en mag gezien worden. Onze leerlingen hebben samen meer dan veertig "
          "nationaliteiten. Er is een stilteruimte die leerlingen van elk geloof kunnen gebruiken om te "
          "bidden of tot rust te komen. De Gender & Sexuality Alliance, in 2019 door leerlingen opgericht, "
          "komt wekelijks bij elkaar en organiseert elk jaar Paarse Vrijdag. In de toetsplanning houden "
          "we rekening met het Suikerfeest, het Offerfeest, Jom Kipoer en Divali: op die dagen nemen we "
          "geen toetsen af, en leerlingen krijgen op verzoek vrij."),
    ("h2", "Burgerschap"),
    ("p", "Burgerschap krijgt vorm in de lessen maatschappijleer (havo 4 en vwo 4) en geschiedenis, in de "
          "debatlessen in klas 2 en in de scholierenverkiezingen die we bij elke landelijke verkiezing "
          "organiseren. Alle leerlingen van klas 3 doen 30 uur vrijwilligerswerk bij een organisatie in "
          "Almere en vertellen in een presentatie wat ze daar hebben geleerd. In 2024 heeft een werkgroep "
          "per leerjaar vastgelegd in welke vakken welke burgerschapsdoelen aan bod komen, met de "
          "basiswaarden van de democratische rechtsstaat als uitgangspunt. In de leerlingenquête vragen "
          "we elk jaar naar de kennis over democratie en rechtsstaat."),
    ("h2", "Ouders en school"),
    ("p", "In onze communicatie zijn wij transparant en toegankelijk. Ouders en leerlingen zien cijfers, "
          "verzuim en huiswerk direct in Magister. Elke mentor is per e-mail bereikbaar en reageert binnen "
          "twee werkdagen. Alle schoolbrede informatie (PTA's, schoolgids, toetsweekplanning en "
          "veiligheidsplan) staat op de website, en na elke periode stuurt de teamleider een korte "
          "nieuwsbrief per leerjaar. Bij besluiten die ouders direct raken, zoals de nieuwe regels voor "
          "mobiele telefoons in 2024, leggen we in een brief uit waarom we zo hebben besloten."),
    ("p", "In klas 1 tot en met 3 zijn de rapportgesprekken in november en maart driegesprekken met "
          "leerling, ouder en mentor: de leerling vertelt zelf wat goed ging en wat beter moet, en de "
          "afspraken komen in Magister. Aan het begin van het schooljaar is er per leerjaar een "
          "informatieavond over wat er dat jaar van leerlingen wordt gevraagd en hoe ouders thuis kunnen "
          "helpen, bijvoorbeeld bij het plannen en bij het leren voor de toetsweek."),
    ("h2", "Doelen thema 2"),
    ("lijst", [
        "In 2027 voelt minimaal 93% van de leerlingen zich veilig op school (2024: 89%).",
        "Iedere leerling heeft drie mentorgesprekken per jaar; de registratie in Magister is in juni van "
        "elk jaar volledig.",
        "Minimaal 85% van de ouders van klas 1 tot en met 3 neemt deel aan de driegesprekken (2024: 71%).",
        "Het aantal meldingen ongeoorloofd verzuim daalt in 2026-2027 tot onder de 30 (2023-2024: 44).",
        "In het tevredenheidsonderzoek van 2026 vindt minimaal 80% van de ouders de school goed "
        "bereikbaar.",
        "Wij blijven een school waar iedereen zich welkom voelt.",
    ]),

    # ------------------------------------------------------------ thema 3
    ("h1", "Thema 3: Professionals die blijven leren"),
    ("h2", "Een eigen ontwikkeldoel"),
    ("p", "Iedere docent en medewerker kiest aan het begin van het schooljaar een eigen ontwikkeldoel en "
          "verbindt dat met het sectieplan. Wat je kiest en hoe je eraan werkt, bepaal je zelf: een "
          "cursus, een opleiding, lesbezoeken bij collega's of het werk in je leerteam. Daarvoor heeft "
          "iedereen een persoonlijk scholingsbudget van € 600 per fte per jaar en 40 uur "
          "professionaliseringstijd. In het bekwaamheidsdossier in het personeelssysteem legt iedere "
          "medewerker vast wat hij of zij heeft gedaan. In 2024-2025 volgen veertien docenten een leergang "
          "van de ASG Academie, onder meer 'Mentor in de bovenbouw' en 'Toetsconstructie en "
          "examenanalyse'."),
    ("h2", "Leerteams"),
    ("p", "Wij hebben een collectieve leercultuur, gericht op voortdurend verbeteren. Op het Weerwater "
          "Lyceum betekent dat: iedere docent maakt deel uit van een leerteam van vier tot zes collega's "
          "uit verschillende secties. Een leerteam komt zes keer per jaar bij elkaar, kiest één "
          "gezamenlijk verbeterpunt in de lespraktijk (bijvoorbeeld de start van de les of de feedback op "
          "schrijfopdrachten), bezoekt elkaars lessen en bespreekt die na. Aan het eind van het jaar "
          "laten de leerteams op de teamdag in juni zien wat het heeft opgeleverd."),
    ("h2", "Bevoegd voor de klas"),
    ("p", "Op 1 oktober 2024 werd 91% van de lessen gegeven door een bevoegde docent. Negen collega's "
          "zijn onbevoegd of onderbevoegd; zij volgen allemaal een lerarenopleiding. Met ieder van hen is "
          "een opleidingsplan gemaakt met een einddatum, een coach uit de eigen sectie en een vaste "
          "studiedag per week zonder lessen. De school vergoedt de kosten van de opleiding. De "
          "schoolopleider bespreekt elk kwartaal de voortgang met de docent in opleiding."),
    ("h2", "De jaarlijkse gesprekken"),
    ("p", "Met iedere medewerker voert de leidinggevende elk jaar een gesprek, voorbereid met een "
          "lesbezoek en met de uitkomst van de leerlingenquête over de lessen. Eens in de drie jaar is "
          "dat een beoordelingsgesprek. Het gesprek gaat over het ontwikkeldoel, over de resultaten van "
          "de lessen en over de taken voor het volgende jaar. In 2023-2024 is met 88% van de medewerkers "
          "een gesprek gevoerd; dat moet 100% worden."),
    ("h2", "Wat wij verder nastreven"),
    ("p", "Onze medewerkers zijn betrokken bij en trots op onze school en op ASG. Wij willen dat "
          "medewerkers erkenning ervaren van hun professionaliteit en expertise en zich gezien voelen. "
          "Wij willen vitale medewerkers. En wij geven altijd het beste van onszelf."),
    ("h2", "Doelen thema 3"),
    ("lijst", [
        "In augustus 2027 wordt minimaal 96% van de lessen gegeven door een bevoegde docent (2024: 91%).",
        "Met 100% van de medewerkers is elk jaar een jaargesprek gevoerd (2023-2024: 88%).",
        "Iedere docent neemt deel aan een leerteam; alle leerteams presenteren hun resultaat op de "
        "teamdag in juni.",
        "Iedere medewerker heeft zijn ontwikkeldoel en gevolgde scholing vastgelegd in het "
        "bekwaamheidsdossier (controle door de teamleider in juni).",
        "Wij zorgen voor een goed werkklimaat.",
    ]),

    # ------------------------------------------------------------ thema 4
    ("h1", "Thema 4: Verbonden met de stad"),
    ("h2", "Partners in Almere"),
    ("p", "Onze leerlingen leren ook buiten het gebouw. Met Hogeschool Windesheim in Almere hebben we "
          "afspraken over gastcolleges in havo 5 en over proefstuderen; tien vwo-leerlingen per jaar "
          "volgen het pre-universitaire programma van de Universiteit van Amsterdam. De Kunstlinie is "
          "partner voor het kunstonderwijs: elke klas 2 doet daar een project van vier middagen. Voor het "
          "vrijwilligerswerk in klas 3 werken we met 35 organisaties in Almere Stad, van de voedselbank "
          "tot een verpleeghuis. Vanaf 2025-2026 leveren de gemeente Almere en twaalf Almeerse bedrijven "
          "en instellingen vragen aan voor de profielwerkstukken; in 2024 was dat bij 40% van de "
          "profielwerkstukken al zo."),
    ("p", "Met de directe omgeving van de school hebben we korte lijnen. De wijkagent van Stad-Centrum en "
          "het jongerenwerk houden elke dinsdag in de middagpauze spreekuur in de kantine. Met de "
          "winkeliersvereniging van het stadshart en de gemeente hebben we in 2024 afspraken gemaakt over "
          "overlast tijdens de pauzes, met een vaste surveillance van twee medewerkers in het "
          "winkelgebied. De leerplichtambtenaar en de schoolmaatschappelijk werker schuiven eens per twee "
          "weken aan bij het verzuimoverleg."),
    ("h2", "Samen opleiden"),
    ("p", "Samen met andere schoolbesturen en de gemeente pakken wij het lerarentekort aan. Het Weerwater "
          "Lyceum is opleidingsschool in het Opleidingspartnerschap Almere, een samenwerking van zeven "
          "vo-scholen van drie Almeerse besturen met Hogeschool Windesheim en de Universiteit Utrecht. "
          "Wij bieden elk jaar 18 stageplaatsen aan studenten van lerarenopleidingen, begeleid door twee "
          "schoolopleiders en opgeleide werkplekbegeleiders. Via de Almeerse regeling voor zij-instromers, "
          "die de gemeente met de besturen heeft afgesproken, vergoedt de gemeente de eerste twee jaar "
          "een deel van de begeleidingskosten van zij-instromers."),
    ("h2", "Samen met andere ASG-scholen"),
    ("p", "Onze sectie wiskunde werkt sinds 2023 met de wiskundesecties van twee andere havo/vwo-scholen "
          "van ASG aan een gezamenlijke toetsbank voor de onderbouw. De drie secties komen vier keer per "
          "jaar op een van de scholen bij elkaar en verdelen de toetsen die gemaakt moeten worden. Onze "
          "examensecretaris neemt deel aan het overleg van de examensecretarissen van de ASG-scholen, dat "
          "drie keer per jaar bijeenkomt en waar het format van het PTA en de examenreglementen op elkaar "
          "worden afgestemd."),
    ("p", "Wij delen de opbrengst van leren en ontwikkelen met andere ASG-scholen tijdens conferenties en "
          "ASG-brede studiedagen. Samen met de andere ASG-scholen hebben wij een divers en op elkaar "
          "aansluitend aanbod, zodat alle leerlingen een passende onderwijsloopbaan kunnen krijgen."),
    ("h2", "Medezeggenschap"),
    ("p", "De medezeggenschap is voor ons een klankbord voor ideeën en een sparringpartner bij "
          "voorgenomen beleid en de uitvoering daarvan."),
    ("h2", "Doelen thema 4"),
    ("lijst", [
        "In 2027-2028 is minimaal 75% van de profielwerkstukken gekoppeld aan een vraag van een Almeerse "
        "organisatie (2024: 40%).",
        "Vanaf 2026 bieden wij elk jaar minimaal 22 stageplaatsen aan studenten van lerarenopleidingen "
        "(2024: 18).",
        "De gezamenlijke toetsbank wiskunde voor klas 1 tot en met 3 met twee andere ASG-scholen is gereed "
        "in juni 2027.",
        "Het aantal meldingen van overlast door leerlingen in het stadshart tijdens pauzes is in 2026 "
        "gehalveerd ten opzichte van 2024 (23 meldingen).",
        "Wij zoeken meer verbinding met andere ASG-scholen.",
    ]),

    ("h1", "Vaststelling"),
    ("p", "Dit schoolplan is besproken in de schoolleiding, met de teamleiders en in de secties. De MR is "
          "geïnformeerd en heeft advies gegeven. Het bestuur van ASG heeft het plan vastgesteld op 8 juli "
          "2025."),
    ("p", "Hanneke Visser, rector Weerwater Lyceum"),
]


def _nieuwe_lijst(doc):  # type: ignore[no-untyped-def]
    """Een nieuwe nummering (opnieuw beginnen bij 1) op basis van de stijl List Number."""
    stijl = doc.styles["List Number"]
    num_id = int(stijl.element.pPr.numPr.numId.val)
    numbering = doc.part.numbering_part.element
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == num_id:
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    nieuw_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nieuw_id))
    ab = OxmlElement("w:abstractNumId")
    ab.set(qn("w:val"), abstract)
    num.append(ab)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return nieuw_id


def _genummerd(doc, items):  # type: ignore[no-untyped-def]
    num_id = _nieuwe_lijst(doc)
    for tekst in items:
        par = doc.add_paragraph(tekst, style="List Number")
        ppr = par._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        numpr.append(ilvl)
        numpr.append(nid)
        ppr.insert(1, copy.deepcopy(numpr))


def build(path: str) -> None:
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "H. Visser"
    cp.title = "Schoolplan 2025-2029 Weerwater Lyceum"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "R. de Graaf"
    cp.revision = 3
    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Weerwater Lyceum · Schoolplan 2025-2029 · "
    page_field(voet)
    for soort, *rest in INHOUD:
        if soort == "titel":
            doc.add_heading(rest[0], level=0)
        elif soort == "sub":
            run = doc.add_paragraph().add_run(rest[0])
            run.bold = True
            run.font.size = Pt(15)
        elif soort == "h1":
            doc.add_heading(rest[0], level=1)
        elif soort == "h2":
            doc.add_heading(rest[0], level=2)
        elif soort == "p":
            doc.add_paragraph(rest[0])
        elif soort == "tabel2":
            kop, rijen = rest
            tabel(doc, kop, rijen)
            doc.add_paragraph()
        elif soort == "lijst":
            _genummerd(doc, rest[0])
    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_28_weerwater_lyceum.docx")
