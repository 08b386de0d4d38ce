"""Schoolplan 2024-2028 van PCBS De Akker, een protestants-christelijke basisschool van ongeveer 300
leerlingen in de Stedenwijk (Almere Stad), onder de Almeerse Scholen Groep.

Opbouw: na een inleiding en een schoolbeschrijving (geschiedenis, leerlingen en team, gebouw en
schooltijden, financiën) volgt per kernwaarde en per venster van Koers 22 een hoofdstuk (Kop 1, met de
titel uit de koers). Daaronder staat elke centrale vraag van de Koerswijzer voluit als Kop 2, met het
antwoord van de school eronder. De antwoorden verschillen sterk: sommige beschrijven de praktijk
uitgebreid, andere herhalen een bestuurszin met een lijst methodes, en een aantal bestaat uit "Hier
hebben we nog geen antwoord op." of één zin die alleen het onderwerp noemt. Elk vensterhoofdstuk sluit
af met een doelentabel (Doel | Activiteiten | Eigenaar | Evaluatie), met data in de kolom Evaluatie.
Het plan eindigt met de vaststelling na instemming van de MR op 20 juni 2024.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

VASTE_DATUM = datetime.datetime(2024, 6, 27, 10, 0, 0)

GEEN_ANTWOORD = "Hier hebben we nog geen antwoord op."

DOELKOP = ["Doel", "Activiteiten", "Eigenaar", "Evaluatie"]

INHOUD = [
    ("h1", "Inleiding"),
    ("p", "Voor u ligt het schoolplan van PCBS De Akker voor de periode van 1 augustus 2024 tot en met "
          "31 juli 2028. In dit plan beschrijven wij wat wij de komende vier jaar willen bereiken en hoe "
          "we dat aanpakken. Het plan volgt de opbouw van Koers 22 van de Almeerse Scholen Groep (ASG): "
          "eerst de vier kernwaarden, daarna de vier vensters. Per onderdeel hebben we de centrale vragen "
          "uit de Koerswijzer als kopje overgenomen en daaronder ons antwoord geschreven."),
    ("p", "Niet op elke vraag hebben we al een goed antwoord. Waar dat zo is, hebben we dat eerlijk "
          "opgeschreven; die vragen pakken we op in de jaarplannen. Sommige vragen gaan vooral over ASG "
          "als geheel en minder over onze school."),
    ("p", "Het plan is geschreven in het schooljaar 2023-2024. Het team heeft de vragen besproken op de "
          "studiedagen van 8 november 2023 en 14 februari 2024, en de MR heeft in maart en mei 2024 "
          "meegelezen. Elk jaar maken we op basis van dit schoolplan een jaarplan, en in het jaarverslag "
          "kijken we terug op wat gelukt is."),

    ("h1", "Onze school"),
    ("h2", "Geschiedenis en wijk"),
    ("p", "De Akker opende in 1984 als een van de eerste christelijke basisscholen van Almere Stad, in "
          "een noodgebouw aan de rand van de toen nog nieuwe Stedenwijk. In 1991 betrokken we het "
          "huidige gebouw midden in de wijk. De naam verwijst naar de gelijkenis van de zaaier: wij "
          "zaaien, en vertrouwen erop dat het groeit. Sinds de fusie van de Almeerse schoolbesturen "
          "hoort De Akker bij ASG."),
    ("p", "De Stedenwijk is een gemengde wijk met koopwoningen en sociale huurwoningen. Onze "
          "schoolweging was in 2023 30,4, iets boven het landelijk gemiddelde. Ongeveer 18% van onze "
          "leerlingen spreekt thuis (ook) een andere taal dan het Nederlands."),
    ("h2", "Leerlingen en team"),
    ("p", "Op 1 oktober 2023 telde De Akker 296 leerlingen in twaalf groepen: drie kleutergroepen 1-2, "
          "twee groepen 3, twee groepen 4, een groep 5, een combinatiegroep 5-6, een groep 6, een groep 7 "
          "en een groep 8. Het leerlingenaantal is de afgelopen vijf jaar licht gedaald (2019: 318). "
          "Volgens de prognose van de gemeente blijft het tot 2028 stabiel rond de 290 leerlingen."),
    ("p", "Het team bestaat uit 26 medewerkers (19,4 fte): 18 leerkrachten, een intern begeleider, twee "
          "onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een administratief medewerker, een "
          "conciërge, een adjunct-directeur die twee dagen in groep 7 staat, en de directeur."),
    ("h2", "Gebouw en schooltijden"),
    ("p", "Ons gebouw is in 2019 grondig gerenoveerd: nieuwe ventilatie, zonnepanelen op het dak en een "
          "lichte centrale hal, die we gebruiken voor de weekopening en de vieringen. Naast twaalf lokalen "
          "hebben we een speellokaal, een schoolbibliotheek en twee ruimtes die peuteropvang De Vlinder "
          "huurt. Het schoolplein is in 2022 met subsidie van de gemeente vergroend en heeft zicht op het "
          "wijkpark."),
    ("p", "Wij werken met het vijf-gelijke-dagenmodel. Alle groepen gaan van maandag tot en met vrijdag "
          "van 8.30 tot 14.15 uur naar school; de deuren gaan om 8.20 uur open. De kinderen eten tussen de "
          "middag in de klas met de eigen leerkracht en spelen daarna een kwartier buiten. "
          "Buitenschoolse opvang is er in ons gebouw en bij twee organisaties in de wijk."),
    ("h2", "Financiën"),
    ("p", "De begroting voor 2024 laat baten zien van ongeveer 2,6 miljoen euro, vrijwel geheel "
          "rijksbijdrage. Ongeveer 86% daarvan gaat naar personeel. De werkdrukmiddelen (circa 64.000 "
          "euro per jaar) en de middelen voor het onderwijsachterstandenbeleid zetten we in voor extra "
          "handen in de klas. Voor de vervanging van het meubilair in de groepen 3 tot en met 5 hebben "
          "we in 2025 35.000 euro gereserveerd."),

    # ---------------------------------------------------------------- kernwaarden
    ("h1", "Gezien worden"),
    ("h2", "Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?"),
    ("p", "Gastvrijheid begint bij de deur. Elke ochtend staat de leerkracht vanaf 8.20 uur bij de deur "
          "van het lokaal en geeft ieder kind een hand. Op maandag en vrijdag mogen ouders tot 8.30 uur "
          "mee de klas in om het werk van hun kind te bekijken. Onze conciërge, meester Henk, kent alle "
          "kinderen bij naam en is het eerste aanspreekpunt voor bezoekers."),
    ("p", "Nieuwe ouders krijgen een rondleiding van de directeur of de adjunct-directeur, op een moment "
          "dat hun uitkomt; twee kinderen uit groep 8 lopen mee als gids. Na de inschrijving krijgen zij "
          "een welkomstmap en de naam van een contactouder uit de groep. Vier weken na de start van hun "
          "kind nodigt de leerkracht de ouders uit voor een kort gesprek: hoe is het gegaan?"),
    ("p", "Nieuwe collega's krijgen een maatje uit het team en hebben in hun eerste jaar elke zes weken "
          "een gesprek met de adjunct-directeur. Invallers vinden in elk lokaal een map met de "
          "dagplanning, de klassenafspraken en de bijzonderheden van de groep."),
    ("h2", "Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?"),
    ("p", "Wij geloven dat ieder mens uniek is geschapen. Daarom is op De Akker iedereen waardevol en "
          "wordt iedereen gezien, kinderen én volwassenen. Verschillen mogen er zijn."),
    ("h2", "Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen "
           "bij ASG?"),
    ("p", GEEN_ANTWOORD),

    ("h1", "Open"),
    ("h2", "Hoe bereiken we dat iedereen zich respectvol bejegend voelt?"),
    ("p", "Sinds 2019 is De Akker een KiVa-school. Alle groepen krijgen elke week een KiVa-les; in de "
          "groepen 1 en 2 werken we met de KiVa-kleuterlessen. In de eerste weken van het schooljaar "
          "maakt iedere groep met de leerkracht de eigen groepsafspraken, die de kinderen ondertekenen en "
          "die in het lokaal hangen. Daarnaast gelden in de hele school drie Akker-afspraken: we zorgen "
          "goed voor elkaar, voor onszelf en voor onze spullen."),
    ("p", "Het KiVa-team (de intern begeleider en twee leerkrachten) pakt signalen van pesten op volgens "
          "de vaste KiVa-aanpak, met een steungroep en vervolggesprekken na één en na drie weken. Juf "
          "Marieke (groep 6) is onze anti-pestcoördinator en het aanspreekpunt voor ouders; het "
          "pestprotocol staat op de website. In november en mei vullen de leerlingen van groep 5 tot en "
          "met 8 de KiVa-monitor in. In mei 2024 gaf 94% van hen aan zich veilig te voelen op school, en "
          "6% zei in de afgelopen maanden gepest te zijn. Het KiVa-team bespreekt de uitkomsten per groep "
          "met de leerkracht; waar nodig volgt een plan voor de groep."),
    ("p", "Ook tussen volwassenen letten we op de toon. In de schoolgids staat wat we van ouders "
          "verwachten en wat zij van ons mogen verwachten. Bij een conflict tussen ouder en leerkracht "
          "schuift de directeur aan bij het gesprek."),
    ("h2", "Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te "
           "informeren?"),
    ("p", "Welke middelen wij gebruiken, staat beschreven in de schoolgids."),
    ("h2", "Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het "
           "openbare karakter van ASG?"),
    ("p", "De Akker is een protestants-christelijke school binnen ASG. Onze identiteit is zichtbaar in "
          "het dagritme. Elke dag beginnen we in de groep met een gebed, een lied en een verhaal uit "
          "Trefwoord, en voor het eten bidden of zingen we. Op maandagochtend is er een weekopening in de "
          "centrale hal, die de groepen om beurten voorbereiden. Kerst en Pasen vieren we met de hele "
          "school, om het jaar in de wijkkerk. Eén studiedag per jaar staat in het teken van de "
          "identiteit: wat betekent ons geloof voor hoe wij lesgeven?"),
    ("p", "Als christelijke school binnen een bestuur met vooral openbare scholen kijken wij met een open "
          "blik naar de verscheidenheid van onze leerlingen en collega's."),

    ("h1", "Vooruitstrevend"),
    ("h2", "Hoe faciliteren we innovatie binnen ASG?"),
    ("p", GEEN_ANTWOORD),
    ("h2", "Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?"),
    ("p", "Wij zijn als team nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds te houden. "
          "Een onderzoekende houding bij leerlingen vinden we belangrijk; dit onderwerp werken we in de "
          "komende jaren verder uit."),
    ("h2", "Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal "
           "vertaald voor ASG?"),
    ("p", GEEN_ANTWOORD),

    ("h1", "Ambitieus"),
    ("h2", "Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te "
           "realiseren?"),
    ("p", "Op De Akker geven we altijd het beste van onszelf, en dat verwachten we ook van elkaar. Elkaar "
          "aanspreken hoort daarbij."),
    ("h2", "Wat doen we om de professionaliteit van ons personeel te verbeteren?"),
    ("p", "In de schooljaren 2024-2025 en 2025-2026 volgt het hele team het traject Expliciete Directe "
          "Instructie (EDI). Er zijn vier teambijeenkomsten per jaar onder leiding van een externe "
          "trainer, die daarnaast met de intern begeleider in alle groepen op klassenbezoek gaat. Na elke "
          "bijeenkomst kiest het team één afspraak die we de weken daarna in alle groepen toepassen, "
          "bijvoorbeeld het noemen van het lesdoel of het werken met wisbordjes."),
    ("p", "Iedere leerkracht doet twee keer per jaar een collegiale consultatie: je bezoekt een les van "
          "een collega en bespreekt die samen na aan de hand van onze kijkwijzer. Vier keer per jaar is "
          "er op woensdagmiddag een leeratelier, waarin collega's laten zien wat zij in hun groep "
          "uitproberen en wat dat oplevert."),
    ("p", "Iedere leerkracht formuleert in september een eigen leervraag, die we in het startgesprek "
          "vastleggen. Voor scholing die daarbij past is per fte 450 euro per jaar beschikbaar; de "
          "collega kiest zelf de cursus, bij de ASG Academie of elders. Leerkrachten houden hun scholing "
          "bij in hun bekwaamheidsdossier, dat in het voortgangsgesprek aan de orde komt."),
    ("h2", "Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?"),
    ("p", "Wij leggen de lat hoog, voor elk kind. Dat maken we op vier manieren concreet:"),
    ("lijst", [
        "Wij hanteren eigen schoolnormen die boven de signaleringswaarden van de inspectie liggen: bij "
        "lezen 97% op 1F en 65% op 2F, bij rekenen 95% op 1F en 50% op 1S.",
        "Vanaf groep 5 houden de kinderen voor rekenen en spelling een doelenkaart bij. Aan het begin van "
        "elk blok kiest het kind een eigen doel, en in het kindgesprek kijken kind en leerkracht samen "
        "terug.",
        "Kinderen die de stof snel beheersen, krijgen vanaf groep 3 compacte instructie en verrijkingswerk "
        "in plaats van extra oefenstof.",
        "Bij het schooladvies in groep 8 kijken we naar wat een kind kan, niet naar wat veilig is. Bij "
        "twijfel geven we het hogere advies of een dubbeladvies.",
    ]),

    # ---------------------------------------------------------------- venster 1
    ("h1", "Goed en toegankelijk onderwijs"),
    ("h2", "Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?"),
    ("p", "Goed onderwijs begint bij de basis: lezen, taal en rekenen. Alle groepen krijgen per jaar ruim "
          "940 uur onderwijs; over acht jaar komen we ruim boven de wettelijke 7520 uur. In de groepen 4 "
          "tot en met 8 besteden we per week ten minste 8 uur aan taal en lezen en 5 uur aan rekenen; in "
          "groep 3 is dat 10 uur aan lezen en taal. De basisvakken staan elke dag in de ochtend op het "
          "rooster. Wij geven les volgens het EDI-model, in drie instructiegroepen: de basisgroep, de "
          "verlengde instructie aan de instructietafel en een groep die na een korte instructie "
          "zelfstandig verder gaat."),
    ("p", "Met onze methodes (zie hieronder) dekken wij de kerndoelen. Welke kerndoelen in welke methode "
          "aan bod komen, staat in ons kerndoelenoverzicht, dat we in 2023 hebben bijgewerkt. Bij taal, "
          "lezen en rekenen werken we toe naar de referentieniveaus 1F en 2F/1S."),
    ("p", "Onze resultaten zijn op orde. De inspectie bezocht ons in maart 2022 bij het vierjaarlijks "
          "onderzoek van ASG en zag geen tekortkomingen. Op de eindtoets scoorden wij de afgelopen drie "
          "jaar boven de signaleringswaarden: in 2024 haalde 98% van de leerlingen 1F en 67% 2F bij "
          "lezen, en bij rekenen 93% 1F en 44% 1S. Bij rekenen ligt het percentage 1S onder onze eigen "
          "schoolnorm; daar ligt een van onze doelen."),
    ("h2", "Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de "
           "leerling?"),
    ("p", "De basisondersteuning geeft de leerkracht in de groep: instructie op drie niveaus, extra "
          "instructie aan de instructietafel en, voor een klein aantal kinderen, een eigen leerlijn met "
          "een ontwikkelingsperspectief. De intern begeleider (juf Ingrid, vier dagen per week) bespreekt "
          "drie keer per jaar met iedere leerkracht de groep, in oktober, februari en juni, en houdt "
          "daarnaast leerlingbesprekingen wanneer dat nodig is."),
    ("p", "Twee onderwijsassistenten geven in de ochtend extra lees- en rekenbegeleiding aan kleine "
          "groepjes, vooral in de groepen 3 en 4. Bij ernstige leesproblemen volgen we het protocol "
          "leesproblemen en dyslexie. Meer- en hoogbegaafde leerlingen uit de groepen 4 tot en met 8 gaan "
          "op donderdagochtend naar de Plusklas De Zaaier, onder leiding van juf Sarah, onze specialist "
          "hoogbegaafdheid."),
    ("p", "In ons schoolondersteuningsprofiel (SOP, laatst vastgesteld in 2023) staat wat wij wel en "
          "niet kunnen bieden. Wij hebben expertise in dyslexie, meer- en hoogbegaafdheid en lichte "
          "gedragsproblematiek. Kinderen met een lichamelijke beperking kunnen wij opvangen: het gebouw "
          "heeft een lift en een aangepast toilet. Wij kunnen geen passend onderwijs bieden aan kinderen "
          "die intensieve medische verzorging nodig hebben, of die door hun gedrag langdurig de "
          "veiligheid van zichzelf of anderen in gevaar brengen. De Akker is aangesloten bij het "
          "samenwerkingsverband Passend Onderwijs Almere."),
    ("h2", "Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?"),
    ("p", "We volgen de ontwikkeling van de kinderen met het leerlingvolgsysteem van Cito (Leerling in "
          "beeld) in januari en juni, met KIJK! in de groepen 1 en 2, en met ZIEN! voor de "
          "sociaal-emotionele ontwikkeling in november en april. De leerkracht verwerkt de gegevens in "
          "het groepsoverzicht en deelt op basis daarvan de instructiegroepen in."),
    ("p", "Sinds 2022 voeren we in de groepen 3 tot en met 8 twee keer per jaar een kindgesprek van "
          "ongeveer tien minuten, in oktober en in maart. Het kind vertelt wat goed gaat, wat moeilijk is "
          "en wat het wil leren; de leerkracht legt de afspraken vast in ParnasSys. De meeste kinderen "
          "die bij ons instromen, komen van peuteropvang De Vlinder in ons gebouw. Van elke peuter "
          "krijgen we een warme overdracht van de pedagogisch medewerker."),
    ("p", "Ook van collega's willen we weten wat zij nodig hebben. In het startgesprek in september "
          "vraagt de directeur daar expliciet naar: wat heb je dit jaar nodig om goed les te kunnen "
          "geven? Dat kan ondersteuning in de klas zijn, scholing of een andere verdeling van taken."),
    ("h2", "Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding "
           "mogelijk te maken?"),
    ("p", "Een goede les op De Akker herken je aan de zes punten van onze kijkwijzer: het lesdoel staat "
          "op het bord en wordt aan het begin en het eind besproken; de leerkracht activeert de "
          "voorkennis; de instructie is kort en duidelijk, met voordoen en hardop denken; de leerkracht "
          "controleert bij alle kinderen of ze het begrepen hebben, bijvoorbeeld met wisbordjes; "
          "kinderen werken samen met coöperatieve werkvormen; en wie dat nodig heeft, krijgt verlengde "
          "instructie. De directeur en de intern begeleider bezoeken ieder lokaal twee keer per jaar met "
          "deze kijkwijzer."),
    ("h2", "Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?"),
    ("p", "Ook De Akker heeft een toekomstgericht curriculum. Wij werken met de volgende methodes:"),
    ("lijst", [
        "Veilig leren lezen (aanvankelijk lezen, groep 3)",
        "Taal actief (taal en spelling, groep 4 tot en met 8)",
        "Pluspunt 4 (rekenen)",
        "Nieuwsbegrip (begrijpend lezen)",
        "Blink Wereld (aardrijkskunde, geschiedenis, natuur en techniek)",
        "Groove.me (Engels, groep 1 tot en met 8)",
        "Trefwoord (levensbeschouwing)",
        "Moet je doen (muziek, drama en beeldende vorming)",
        "Basislessen Bewegingsonderwijs (gymnastiek)",
    ]),
    ("p", "Ook burgerschap heeft een plek in ons onderwijs."),
    ("h2", "Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het "
           "servicebureau en het bestuur?"),
    ("p", "Wij werken in een vaste jaarcyclus. In juni stellen we het jaarplan op, met de doelen uit dit "
          "schoolplan voor het komende jaar; in januari bespreken we in het team de tussenstand. In "
          "februari en juni houden we een opbrengstenvergadering, waarin het team de toetsresultaten per "
          "groep en per leerjaar analyseert en afspraken maakt voor de volgende periode."),
    ("p", "Met Werken met Kwaliteit (WMK) beoordelen we elk jaar vier beleidsterreinen met een "
          "kwaliteitskaart; zo komen in vier jaar alle onderwerpen uit het onderzoekskader van de "
          "inspectie aan bod. In het voorjaar van 2025 en van 2027 houden we een tevredenheidspeiling "
          "onder ouders, leerlingen van groep 6 tot en met 8 en medewerkers. Elk kwartaal rapporteert de "
          "directeur aan het bestuur over leerlingaantallen, resultaten, personeel en financiën. Het "
          "jaarverslag gaat in oktober naar het bestuur en de MR."),
    ("h2", "Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het "
           "managementinformatiesysteem om optimale sturing te faciliteren?"),
    ("p", GEEN_ANTWOORD),
    ("h2", "Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en "
           "verbeteren de norm is?"),
    ("p", "Een kwaliteitscultuur is voor ons een belangrijk onderwerp."),
    ("p", "Doelen Goed en toegankelijk onderwijs", "tabeltitel"),
    ("tabel", [
        ["In 2028 haalt ten minste 50% van onze leerlingen niveau 1S bij rekenen op de eindtoets "
         "(2024: 44%).",
         "Analyse van de rekenresultaten per leerjaar; dagelijks tien minuten automatiseren in alle "
         "groepen; keuze van een nieuwe rekenmethode in 2025-2026.",
         "Rekencoördinator (juf Anouk)",
         "Na de eindtoets: juni 2025, juni 2026, juni 2027 en juni 2028"],
        ["In juni 2026 voldoet ten minste 85% van de bezochte lessen aan de zes punten van de "
         "kijkwijzer.",
         "EDI-traject met vier teambijeenkomsten per jaar; klassenbezoeken; collegiale consultatie.",
         "Directeur",
         "Klassenbezoekronde maart 2026; eindevaluatie juni 2026"],
        ["Vanaf 2025-2026 is er een doorgaande lijn voor meer- en hoogbegaafde leerlingen van groep 1 "
         "tot en met 8.",
         "Signalering in groep 1-2 met een vaste signaleringslijst; aanbod in de eigen groep naast de "
         "Plusklas.",
         "Specialist hoogbegaafdheid (juf Sarah)",
         "Juni 2026"],
        ["In 2027 voelt ten minste 95% van de leerlingen van groep 5 tot en met 8 zich veilig op school "
         "(mei 2024: 94%).",
         "Wekelijkse KiVa-lessen; KiVa-monitor in november en mei; groepsplannen waar nodig.",
         "KiVa-team",
         "Mei 2025, mei 2026 en mei 2027"],
        ["Het schoolondersteuningsprofiel is in 2026 geactualiseerd.",
         "Inventarisatie van de expertise in het team; bespreking met team en MR.",
         "Intern begeleider",
         "December 2026"],
    ]),

    # ---------------------------------------------------------------- venster 2
    ("h1", "Personeel in positie"),
    ("h2", "Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?"),
    ("p", "Ons team voelt zich betrokken bij De Akker en is trots op de school en op ASG."),
    ("h2", "Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun "
           "eigen loopbaan?"),
    ("p", "Iedere medewerker heeft elk jaar gesprekken met de directeur of de adjunct-directeur: een "
          "startgesprek in september (leervraag, taken en wat je nodig hebt), een voortgangsgesprek in "
          "februari en eens in de drie jaar een beoordelingsgesprek, waaraan twee lesbezoeken voorafgaan. "
          "In het startgesprek bespreken we ook de wensen voor de langere termijn: wil je een andere "
          "groep, een specialisatie of een taak buiten de klas? Van elk gesprek maakt de leidinggevende "
          "een verslag dat beiden ondertekenen."),
    ("h2", "Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en "
           "professionalisering binnen ASG?"),
    ("p", "De mogelijkheden staan op het intranet van ASG."),
    ("h2", "Hoe maken we een koppeling tussen Koers 22 en de vorm en inhoud van het aanbod van de ASG "
           "Academie?"),
    ("p", GEEN_ANTWOORD),
    ("h2", "Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van "
           "gesprek wordt?"),
    ("p", "Het ziekteverzuim op De Akker was in 2023 6,1%, vooral door twee langdurig zieke collega's. We "
          "willen het verzuim terugbrengen tot onder de 5%. Bij een ziekmelding belt de directeur op de "
          "eerste dag zelf, en na een week volgt een gesprek over wat de collega nodig heeft om terug te "
          "komen. Collega's met klachten kunnen, ook zonder ziekmelding, naar het preventief spreekuur "
          "van de bedrijfsarts."),
    ("p", "Bij de verdeling van taken en werkdagen houden we rekening met de levensfase van collega's. "
          "Startende leerkrachten hebben de eerste twee jaar geen extra taken en krijgen een coach. "
          "Collega's met jonge kinderen krijgen waar mogelijk vaste werkdagen. Collega's van 57 jaar en "
          "ouder kunnen hun uren duurzame inzetbaarheid sparen of gebruiken voor minder lesgebonden "
          "taken. Het team bepaalt elk voorjaar hoe we de werkdrukmiddelen inzetten; in 2024-2025 is "
          "dat een extra onderwijsassistent en de vakleerkracht bewegingsonderwijs."),
    ("h2", "Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten "
           "behoeve van ASG?"),
    ("p", "Op De Akker heeft een aantal collega's een eigen specialisme: juf Anouk is rekencoördinator, "
          "meester Jeroen is ICT-coördinator, juf Sarah is specialist hoogbegaafdheid en juf Marieke is "
          "anti-pestcoördinator. Zij krijgen daar taakuren voor en verzorgen elk jaar een deel van een "
          "studiedag. Juf Sarah heeft onze plusklas opgezet en adviseert sinds 2023 ook twee andere "
          "ASG-basisscholen bij het opzetten van een eigen plusklas."),
    ("h2", "Hoe zorgen wij ervoor dat het aanbod van de ASG Academie aansluit bij de opdrachten die we "
           "onszelf geven?"),
    ("p", GEEN_ANTWOORD),
    ("h2", "Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?"),
    ("p", "De Akker is een opleidingsschool. Elk jaar begeleiden we vier tot zes studenten van de pabo "
          "van Windesheim in Almere, van eerstejaars tot LIO-student. Twee leerkrachten zijn opgeleid tot "
          "schoolopleider; zij begeleiden de studenten en de startende collega's."),
    ("p", "Op dit moment staan er twee collega's voor de klas die nog geen bevoegdheid hebben. Meester "
          "Dennis is in 2023 als zij-instromer begonnen in groep 6. Hij volgt het zij-instroomtraject "
          "van de pabo, heeft een dag per week studieverlof en wordt gecoacht door een van onze "
          "schoolopleiders. Juf Lotte, die in 2022 als onderwijsassistent begon en nu groep 4 op "
          "woensdag en vrijdag draagt, volgt de deeltijdpabo; haar stage loopt ze bij ons en de uren "
          "voor haar opleiding worden vrijgeroosterd. Beiden hebben uiterlijk in juli 2026 hun "
          "bevoegdheid."),
    ("h2", "Hoe geven onze medewerkers invulling en kleur aan het professioneel statuut van ASG?"),
    ("p", "Het professioneel statuut van ASG geldt ook voor ons team."),
    ("h2", "Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?"),
    ("p", "Het personeelsdossier wordt bijgehouden in het personeelssysteem van ASG."),
    ("p", "Doelen Personeel in positie", "tabeltitel"),
    ("tabel", [
        ["Het ziekteverzuim is in 2026 gedaald tot onder 5% (2023: 6,1%).",
         "Contact op de eerste ziektedag; gesprek na een week; preventief spreekuur; inzet "
         "werkdrukmiddelen op voorstel van het team.",
         "Directeur",
         "Januari 2025, januari 2026 en januari 2027 (cijfers vorig kalenderjaar)"],
        ["Meester Dennis en juf Lotte zijn uiterlijk in juli 2026 bevoegd.",
         "Studieverlof en vrijroostering; coaching door een schoolopleider.",
         "Adjunct-directeur",
         "Voortgangsgesprek februari 2025 en februari 2026; juli 2026"],
        ["Iedere medewerker heeft elk jaar een startgesprek en een voortgangsgesprek, met een "
         "ondertekend verslag.",
         "Planning van de gesprekken in de jaarkalender; verslag in het personeelsdossier.",
         "Directeur",
         "In het jaarverslag: oktober 2025, 2026, 2027 en 2028"],
        ["Elk jaar begeleiden we ten minste vier pabostudenten; in 2027 zijn drie leerkrachten "
         "geschoold tot schoolopleider.",
         "Afspraken met de pabo; opleiding van een derde schoolopleider in 2025-2026.",
         "Schoolopleider",
         "Juni 2025 en juni 2027"],
    ]),

    # ---------------------------------------------------------------- venster 3
    ("h1", "De meerwaarde van ASG"),
    ("h2", "Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?"),
    ("p", "Onze intern begeleider neemt deel aan het IB-netwerk van ASG, dat zes keer per jaar bij elkaar "
          "komt. De directeur zit in de professionele leergemeenschap van de ASG-directeuren in Almere "
          "Stad, die elke maand bijeenkomt, en de rekencoördinator gaat naar het rekennetwerk van ASG. "
          "Voor deze bijeenkomsten roosteren we de collega's vrij. Wat zij meenemen, delen zij in de "
          "eerstvolgende teamvergadering."),
    ("h2", "Welke studiedagen, ontmoetingen en professionaliseringsprogramma’s zijn nodig voor de "
           "verschillende doelgroepen?"),
    ("p", "Wij hebben zes studiedagen per jaar met het eigen team. Vier daarvan gebruiken we voor het "
          "EDI-traject en de doelen uit het jaarplan, één voor de identiteit van de school en één voor "
          "rekenen."),
    ("h2", "Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?"),
    ("p", "Dit is vooral een vraag voor het bestuur."),
    ("h2", "Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?"),
    ("p", "Een basisschool heeft geen vaksecties. Wel werken onze specialisten samen met collega's van "
          "andere scholen. Op initiatief van juf Sarah komen de plusklascoördinatoren van vijf "
          "ASG-scholen in Almere Stad vier keer per jaar bij elkaar; zij delen lesmateriaal, hebben een "
          "gezamenlijke signaleringslijst gemaakt en bezoeken elkaars plusklas."),
    ("h2", "Wat verwachten scholen van medewerkers van het servicebureau en vice versa?"),
    ("p", "Wij verwachten van het servicebureau snelle en duidelijke ondersteuning, vooral bij "
          "personeelszaken, financiën en huisvesting."),
    ("h2", "Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?"),
    ("p", "De Akker is een van de twee protestants-christelijke basisscholen van ASG in Almere Stad. "
          "Ouders die een christelijke school zoeken, vinden die bij ons dicht bij huis."),
    ("p", "Voor de overstap naar het voortgezet onderwijs werken we samen met de scholen voor vmbo, havo "
          "en vwo in de stad, waaronder die van ASG. Leerlingen van groep 8 bezoeken in januari de "
          "proeflessen van drie VO-scholen. De leerkracht van groep 8 draagt iedere leerling met het "
          "onderwijskundig rapport en een warme overdracht over aan de mentor in het VO. De VO-scholen "
          "sturen ons de resultaten van onze oud-leerlingen terug, zodat we kunnen nagaan of onze "
          "adviezen passend waren."),
    ("p", "Doelen De meerwaarde van ASG", "tabeltitel"),
    ("tabel", [
        ["In 2026 is de samenwerking van de plusklassen van vijf ASG-scholen vastgelegd in een "
         "gezamenlijke werkwijze.",
         "Vier bijeenkomsten per jaar; gezamenlijke signaleringslijst; wederzijdse bezoeken.",
         "Specialist hoogbegaafdheid (juf Sarah)",
         "Juni 2026"],
        ["Na drie jaar voortgezet onderwijs zit ten minste 85% van onze oud-leerlingen op of boven het "
         "niveau van ons schooladvies.",
         "Terugkoppeling van de VO-scholen; analyse in het team.",
         "Leerkracht groep 8 en intern begeleider",
         "Jaarlijks in oktober, 2025 tot en met 2028"],
    ]),

    # ---------------------------------------------------------------- venster 4
    ("h1", "Partnerschap"),
    ("h2", "Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van "
           "hun kind?"),
    ("p", "In de derde schoolweek voeren de leerkrachten met alle ouders én hun kind een startgesprek: wat "
          "moet de leerkracht weten, en wat verwachten we van elkaar? In november en maart volgen de "
          "oudergesprekken over de voortgang; in groep 7 en 8 is het kind daar altijd bij. Ouders van "
          "groep 3 krijgen in oktober een leesavond, waar we laten zien hoe zij thuis met hun kind kunnen "
          "oefenen. Twaalf leesouders lezen wekelijks met kinderen uit de groepen 3 en 4."),
    ("p", "De oudercommissie helpt bij de vieringen, de sportdag en het schoolreisje. Bij de keuze van een "
          "nieuwe methode vragen we via een ouderavond en de MR naar de ervaringen en de mening van "
          "ouders; zo gaan we het ook doen bij de keuze van een nieuwe rekenmethode."),
    ("h2", "Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?"),
    ("p", "Onze MR bestaat uit twee ouders en twee leerkrachten en vergadert zes keer per jaar. De "
          "directeur is bij het eerste deel van elke vergadering aanwezig. We leggen voorgenomen beleid "
          "zo vroeg mogelijk aan de MR voor, zodat de MR kan meedenken voordat er een besluit ligt: in "
          "2023-2024 besprak de MR zo de eerste opzet van dit schoolplan, de inzet van de "
          "werkdrukmiddelen en de formatie. Aan het begin van het schooljaar maken de MR en de directeur "
          "samen een jaarplanning van de onderwerpen."),
    ("h2", "Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor "
           "onze leerlingen?"),
    ("p", "De Akker werkt met een aantal vaste partners in de wijk:"),
    ("lijst", [
        "Peuteropvang De Vlinder zit in ons gebouw. De peuters en de groepen 1-2 werken drie keer per jaar "
        "aan hetzelfde thema, en bij de overstap naar groep 1 is er altijd een warme overdracht.",
        "De bibliotheek van Almere verzorgt bij ons de Bibliotheek op school. Een leesconsulent komt vier "
        "keer per jaar langs voor leesbevordering en helpt de leescoördinator bij de schoolbibliotheek.",
        "De buurtsportcoach van de gemeente organiseert op woensdagmiddag sport op ons plein, voor onze "
        "kinderen en die van de andere scholen in de wijk.",
        "De jeugdverpleegkundige van de GGD en de schoolmaatschappelijk werker houden eens per maand "
        "spreekuur in de school; ouders kunnen daar zonder verwijzing terecht.",
        "De wijkkerk stelt haar kerkzaal beschikbaar voor onze vieringen.",
    ]),
    ("h2", "Welke regionale problemen kunnen we samen met andere partners aanpakken?"),
    ("p", "Het lerarentekort is ook in Almere een groot probleem."),
    ("h2", "Hoe zorgen we ervoor dat ASG zichtbaar is en blijft voor diverse gremia, zowel lokaal, "
           "regionaal als landelijk?"),
    ("p", GEEN_ANTWOORD),
    ("p", "Doelen Partnerschap", "tabeltitel"),
    ("tabel", [
        ["Bij ten minste 95% van de startgesprekken zijn ouders en kind allebei aanwezig "
         "(2023-2024: 88%).",
         "Uitnodiging met vaste tijdsloten, ook in de avond; nabellen door de leerkracht.",
         "Adjunct-directeur",
         "Oktober 2024, oktober 2025, oktober 2026 en oktober 2027"],
        ["Vanaf 2025-2026 werken De Vlinder en de groepen 1-2 met vier gezamenlijke thema's per jaar.",
         "Gezamenlijke themaplanning; twee overleggen per jaar tussen pedagogisch medewerkers en "
         "kleuterleerkrachten.",
         "Bouwcoördinator onderbouw",
         "Juni 2026"],
        ["In 2026 is het aantal uitleningen in de schoolbibliotheek met 20% gestegen ten opzichte van "
         "2023-2024.",
         "Leesplan met de leesconsulent; vernieuwing van de collectie; wekelijks vrij lezen in alle "
         "groepen.",
         "Leescoördinator",
         "Juni 2025 en juni 2026"],
    ]),

    ("h1", "Vaststelling"),
    ("p", "Dit schoolplan is vastgesteld door het bevoegd gezag na instemming van de "
          "medezeggenschapsraad op 20 juni 2024."),
    ("p", "Almere, 27 juni 2024"),
    ("p", "Namens het bevoegd gezag: het College van Bestuur van de Almeerse Scholen Groep"),
    ("p", "Directeur PCBS De Akker: J. de Boer"),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "J. de Boer"
    cp.last_modified_by = "J. de Boer"
    cp.title = "Schoolplan 2024-2028 PCBS De Akker"
    cp.subject = "Schoolplan"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    sub = doc.add_paragraph()
    run = sub.add_run("PCBS De Akker, protestants-christelijke basisschool in Almere Stad")
    run.bold = True
    run.font.size = Pt(14)
    doc.add_paragraph("Almeerse Scholen Groep | brinnummer 31KD | directeur: J. de Boer")

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Schoolplan 2024-2028 PCBS De Akker   |   pagina "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(footer)

    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "p":
            par = doc.add_paragraph()
            r = par.add_run(blok[1])
            if len(blok) > 2 and blok[2] == "tabeltitel":
                r.bold = True
                r.italic = True
        elif soort == "lijst":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "tabel":
            tabel(doc, DOELKOP, blok[1], breedtes=[5.0, 5.5, 3.0, 3.5])
            doc.add_paragraph()
        else:
            raise ValueError(soort)

    doc.save(path)
    deterministisch(path, VASTE_DATUM)
