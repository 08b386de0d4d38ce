"""Schoolplan van Christelijk Vmbo De Akker (Almere Buiten), zoals een directeur het in Word typt:
geen kopstijlen, maar vetgedrukte Normal-alinea's als kopjes, geordend langs de vier vensters van
Koers 22, met de kernwaarden erdoorheen geweven. Doelen staan als lopende tekst met een datum. De
planperiode staat alleen op het voorblad. Instemming van de MR in een ondertekeningsblok aan het eind."""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

STEMPEL = datetime.datetime(2024, 6, 24, 10, 0, 0)


# ---------------------------------------------------------------- Word-loodgieterswerk

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
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


def deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
    with open(path, "rb") as f:
        data = f.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=stamp)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as f:
        f.write(uit.getvalue())


# ---------------------------------------------------------------- de tekst

VOORBLAD = [
    ("Christelijk Vmbo De Akker", 28, True),
    ("Schoolplan 2024 – 2028", 20, True),
    ("", 12, False),
    ("basisberoepsgerichte leerweg  ·  kaderberoepsgerichte leerweg  ·  mavo", 12, False),
    ("Rentmeesterstraat 14, Almere Buiten", 12, False),
    ("Brinnummer 27QK", 11, False),
    ("", 12, False),
    ("Een school van de Almeerse Scholen Groep", 12, False),
]

INHOUD = [
    "Voorwoord",
    "Wie we zijn",
    "Onze opdracht",
    "1  Goed en toegankelijk onderwijs",
    "2  Personeel in positie",
    "3  De meerwaarde van ASG",
    "4  Partnerschap",
    "Geld en gebouw",
    "Ondertekening",
]

# ("K", tekst) = groot vet kopje (venster), ("k", tekst) = klein vet kopje, ("p", tekst) = alinea
TEKST: list[tuple[str, str]] = [
    ("k", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van Christelijk Vmbo De Akker. Het is geen plan dat op een "
          "zolderkamer is geschreven. In het voorjaar hebben we op drie studiemiddagen met het hele "
          "team gesproken over de vragen die de Almeerse Scholen Groep ons in de Koerswijzer meegeeft. "
          "Het leerlingpanel heeft twee middagen met ons meegedacht en een groep van twaalf ouders heeft "
          "de eerste versie gelezen en van commentaar voorzien. Wat overbleef, is een plan dat past bij "
          "wie we zijn: een christelijke vmbo-school in Almere Buiten waar leerlingen met hun handen en "
          "met hun hoofd leren."),
    ("p", "We hebben ervoor gekozen het plan op te bouwen langs de vier vensters van Koers 22. De "
          "kernwaarden van ASG hebben we niet in aparte hoofdstukken gezet. Ze horen bij alles wat we "
          "doen, en u komt ze daarom tegen in de vensters zelf. Bij elk onderdeel beschrijven we wat we "
          "nu doen en wat we willen bereiken. Onze doelen staan in de tekst, steeds met het moment "
          "waarop we ze gehaald willen hebben. Ze komen terug in de jaarplannen, en in het jaarverslag "
          "leggen we er verantwoording over af."),
    ("p", "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. "
          "Tegelijk weten we dat een vmbo-leerling vooral gebaat is bij rust, duidelijkheid en een "
          "docent die hem kent. Die twee dingen samen vormen de rode draad van dit plan."),
    ("p", "Marjolein Veenstra, directeur"),

    ("k", "Wie we zijn"),
    ("p", "De Akker is in 1994 begonnen als christelijke mavo en is sinds 2008 een brede vmbo-school "
          "met drie leerwegen: de basisberoepsgerichte leerweg (basis), de kaderberoepsgerichte "
          "leerweg (kader) en de mavo (gemengde en theoretische leerweg). Op 1 oktober 2023 telden we "
          "762 leerlingen: 214 in basis, 246 in kader en 302 in de mavo. Ongeveer veertig procent van "
          "onze leerlingen heeft een aanwijzing voor leerwegondersteunend onderwijs (lwoo). De meeste "
          "leerlingen komen uit Almere Buiten en Almere Poort; een kleine groep reist dagelijks uit "
          "Lelystad en Zeewolde."),
    ("p", "In de bovenbouw van basis en kader bieden we vier profielen aan: Zorg en Welzijn, Economie "
          "en Ondernemen, Bouwen, Wonen en Interieur (BWI) en Dienstverlening en Producten. "
          "Mavo-leerlingen kiezen een sector en kunnen in de gemengde leerweg een beroepsgericht vak "
          "uit een van die profielen volgen."),
    ("p", "Het team bestaat uit 71 medewerkers (58,4 fte): 53 docenten, 4 instructeurs, 11 "
          "onderwijsondersteuners en een directie van drie mensen, de directeur en twee teamleiders "
          "(onderbouw en bovenbouw)."),
    ("p", "De Akker is een protestants-christelijke school. Dat merkt u aan de week, die op maandag "
          "begint met een dagopening in de mentorgroep, aan de kerst- en paasvieringen die we samen "
          "met de Goede Herderkerk in Almere Buiten houden en aan het vak levensbeschouwing, dat alle "
          "leerlingen in leerjaar 1 en 2 één uur per week volgen. Wij vragen van ouders en leerlingen "
          "dat zij de christelijke grondslag van de school respecteren en meedoen aan de vieringen."),
    ("p", "Het aantal aanmeldingen schommelt. In 2021 meldden zich 211 nieuwe leerlingen aan, in 2023 "
          "waren dat er 188. De daling zit vooral bij de mavo, waar de concurrentie van de brede "
          "scholengemeenschappen in de stad groot is. Tegelijk groeit de vraag naar basis en kader met "
          "lwoo. Dat vraagt keuzes in formatie en ruimtes; daarover meer bij geld en gebouw aan het "
          "einde van dit plan."),

    ("k", "Onze opdracht"),
    ("p", "Samen met de andere scholen van ASG werken we vanuit de missie ‘Samen kleur geven aan goed "
          "onderwijs’. Voor De Akker betekent dat: elke leerling verlaat onze school met een diploma "
          "dat past bij wat hij kan, en met een plek in het mbo of de havo waar hij echt wil zijn. Onze "
          "leerlingen leren het best als ze iets kunnen maken, doen of uitproberen. Ons motto is dan "
          "ook ‘Hoofd, hart en handen’. We geloven dat iedere leerling door God gekend en geliefd is, "
          "en dat willen we laten zien in hoe we met leerlingen omgaan."),

    # ------------------------------------------------------------ venster 1
    ("K", "1  Goed en toegankelijk onderwijs"),
    ("k", "Ons onderwijsprogramma"),
    ("p", "In de onderbouw werken we met gemengde klassen: basis/kader-klassen en kader/mavo-klassen. "
          "Leerjaar 1 is een oriëntatiejaar; aan het einde van leerjaar 2 kiest de leerling een "
          "leerweg en, in basis en kader, een profiel. Leerlingen met lwoo zitten in de onderbouw in "
          "klassen van maximaal achttien leerlingen."),
    ("p", "Een lesuur duurt 50 minuten. Leerjaar 1 en 2 hebben 32 lesuren per week, leerjaar 3 heeft "
          "er 34 en leerjaar 4 heeft er 30, de examenperiode niet meegerekend. Daarmee bieden we over "
          "vier jaar ruim meer dan de wettelijke 3.700 uur onderwijstijd; de lessentabel staat in de "
          "schoolgids. Nederlands, Engels, wiskunde en rekenen krijgen in leerjaar 1 en 2 samen 14 uur "
          "per week. Met de diagnostische toetsen van DIA brengen we in oktober van leerjaar 1 en in "
          "juni van leerjaar 2 de niveaus voor taal en rekenen in kaart. Voor alle leerlingen is "
          "referentieniveau 2F het doel; mavo-leerlingen werken bij Nederlands en rekenen waar het kan "
          "ook aan opdrachten op 3F-niveau."),
    ("p", "Sinds 2023 hebben alle leerlingen in leerjaar 1 en 2 één uur per week digitale "
          "geletterdheid met de methode Basicly: programmeren, mediawijsheid, werken met AI-hulpmiddelen "
          "en veilig online zijn. Het programma voor loopbaanoriëntatie en -begeleiding (LOB) loopt "
          "van leerjaar 1 tot en met 4, met meeloopdagen in het mbo in leerjaar 3 en een LOB-portfolio "
          "in Qompas."),
    ("p", "In juni 2026 heeft elke mavo-leerling in leerjaar 3 het praktijkgerichte programma van 80 "
          "uur afgerond dat in de nieuwe leerweg verplicht wordt. We beginnen in augustus 2025 met "
          "twee programma’s, ‘Ondernemen’ en ‘Zorg en technologie’, die docenten van de mavo en van de "
          "beroepsgerichte afdeling samen schrijven. In juni 2027 staat digitale geletterdheid ook in "
          "het rooster van leerjaar 3, met een eigen eindopdracht."),

    ("k", "Waar we staan"),
    ("p", "De inspectie heeft De Akker in 2022 bezocht bij het vierjaarlijks onderzoek van ASG. Alle "
          "afdelingen hebben een basisarrangement. Het driejaarsgemiddelde slagingspercentage was in "
          "2023 voor basis 98 procent, voor kader 95 procent en voor de mavo 88 procent. De mavo zit "
          "daarmee onder het landelijk gemiddelde, en het verschil tussen schoolexamen en centraal "
          "examen was bij wiskunde en Engels groter dan de norm van een half punt."),
    ("p", "We pakken dat aan met een examentraining in de kerstvakantie, een herkansingsweek in maart "
          "en een vaste examenbegeleider per mavo-4-klas, die elke leerling twee keer per periode "
          "spreekt over de voortgang in het PTA. Daarnaast bekijken de secties wiskunde en Engels voor "
          "het begin van elk schooljaar de toetsen van het schoolexamen opnieuw, zodat die beter "
          "aansluiten bij het niveau van het centraal examen."),
    ("p", "In juni 2026 slaagt ten minste 93 procent van onze mavo-leerlingen en is het verschil "
          "tussen SE en CE bij alle vakken kleiner dan een half punt. In juni 2027 ligt het "
          "driejaarsgemiddelde van alle drie de leerwegen boven de norm van de inspectie."),

    ("k", "Elke leerling in beeld"),
    ("p", "Wij hebben zicht op wat onze leerlingen nodig hebben. Dat begint al voor de eerste "
          "schooldag: in mei en juni voeren onze onderbouwcoördinatoren een warme overdracht met de "
          "basisscholen, en alle dossiers komen via OSO binnen. In de derde schoolweek voert de mentor "
          "met elke nieuwe leerling een startgesprek van een kwartier over wat hij goed kan, wat hij "
          "lastig vindt en wat hij van zijn mentor verwacht."),
    ("p", "Elke klas heeft een mentor met twee mentoruren per week. Vier keer per jaar is er een "
          "leerlingbespreking, waarin de docenten van een klas per leerling de resultaten, de "
          "aanwezigheid en het welbevinden bespreken. De afspraken die daar gemaakt worden, staan sinds "
          "2023 in het leerlingdossier in Magister en zijn zichtbaar voor alle docenten van de klas."),
    ("p", "Gezien worden betekent voor ons dat er elke dag iemand is die weet hoe het met je gaat. In "
          "oktober 2025 heeft elke mentor in de onderbouw voor elke leerling een ontwikkelkaart "
          "ingevuld, met de sterke kanten, de hulpvragen en de afspraken uit het startgesprek. In juni "
          "2026 werken we ook in de bovenbouw met die kaart. In de leerlingenquête van mei 2026 geeft "
          "ten minste 85 procent van de leerlingen aan dat de mentor weet wat hij of zij nodig heeft; "
          "in 2024 was dat 71 procent."),

    ("k", "Leren van elkaar"),
    ("p", "Op De Akker heerst een gezamenlijke leercultuur, die gericht is op voortdurend verbeteren "
          "en vernieuwen. Daarvoor gebruiken we: de studiedagen, de ASG Academie, collegiale "
          "consultatie, de kwaliteitskalender en Vensters."),
    ("p", "Onze leerlingen weten zelf het best wat hen bezighoudt. Sinds januari 2024 heeft elk "
          "leerjaar een leerlingpanel van acht leerlingen, dat vier keer per jaar met een teamleider om "
          "tafel zit. Het panel beoordeelt per periode drie lessen die docenten zelf aandragen en "
          "vertelt wat aansprak en wat niet. Bij Nederlands kiezen leerlingen hun leesboeken uit de "
          "vernieuwde schoolbibliotheek, waarvoor het panel zelf zeventig titels heeft uitgezocht. Bij "
          "Engels werken we in leerjaar 2 met songteksten, series en fragmenten uit games die "
          "leerlingen zelf inbrengen. In juni 2025 heeft elke sectie ten minste twee lessenseries "
          "aangepast op basis van wat het leerlingpanel heeft aangegeven; in juni 2026 zijn dat er "
          "vier per sectie."),

    ("k", "Passend onderwijs: wat we bieden"),
    ("p", "Welke ondersteuning De Akker kan bieden, staat uitgebreid in ons schoolondersteuningsprofiel "
          "(SOP) op de website. Hier de hoofdlijnen."),
    ("p", "Basisondersteuning krijgt elke leerling die dat nodig heeft, zonder aparte aanvraag. Daar "
          "horen bij: de mentor met twee mentoruren, kleinere klassen voor leerlingen met lwoo, "
          "remedial teaching voor taal en rekenen, een training faalangstreductie in leerjaar 1 en 2, "
          "een training examenvrees in leerjaar 4 en begeleiding bij dyslexie en dyscalculie volgens "
          "het protocol van de school."),
    ("p", "Voor extra ondersteuning hebben we het Steunpunt: een vaste ruimte met twee begeleiders, "
          "waar leerlingen tijdelijk een deel van hun lessen kunnen volgen en waar ze terechtkunnen als "
          "het in de klas even niet gaat. De ondersteuningscoördinator, de orthopedagoog (0,4 fte) en "
          "de schoolmaatschappelijk werker vormen samen het ondersteuningsteam. Ongeveer veertig "
          "leerlingen hebben een ontwikkelingsperspectiefplan (OPP), dat we twee keer per jaar met "
          "leerling en ouders bespreken."),
    ("p", "We zijn ook eerlijk over wat we niet kunnen. Leerlingen die de hele dag één-op-één-"
          "begeleiding nodig hebben, of die in hun gedrag zo ernstig belemmerd worden dat ze niet in "
          "een groep van achttien kunnen leren, kunnen we geen passend onderwijs bieden."),
    ("p", "In juni 2025 hebben we het SOP herzien, met de ervaringen van het Steunpunt en de inbreng "
          "van de MR. Vanaf augustus 2025 heeft elke leerling met een OPP binnen zes weken na het begin "
          "van het schooljaar een evaluatiegesprek gehad."),

    ("k", "Veilig op De Akker"),
    ("p", "Een leerling die zich niet veilig voelt, leert niet. Elk voorjaar vullen alle leerlingen de "
          "monitor sociale veiligheid in. In 2024 gaf 88 procent van de leerlingen aan zich veilig te "
          "voelen op school. In de onderbouw lag dat lager dan in de bovenbouw, vooral in de pauzes en "
          "bij de fietsenstalling."),
    ("p", "Sinds augustus 2024 zijn we daarom een telefoonvrije school: telefoons gaan bij binnenkomst "
          "in de kluis en blijven daar tot het einde van de lesdag. In de pauzes lopen vaste "
          "pleinwachten, ook bij de stalling. Elke afdeling heeft een anti-pestcoördinator en er zijn "
          "twee vertrouwenspersonen, een man en een vrouw. Het pestprotocol en het veiligheidsplan "
          "staan op de website. Met de wijkagent hebben we elke maand contact."),
    ("p", "In mei 2026 geeft ten minste 92 procent van de leerlingen in de monitor aan zich veilig te "
          "voelen, en is het verschil tussen onderbouw en bovenbouw kleiner dan drie procentpunten."),

    ("k", "Burgerschap"),
    ("p", "Onze christelijke identiteit en het burgerschapsonderwijs liggen dicht bij elkaar. In de "
          "lessen levensbeschouwing en in de mentorlessen praten leerlingen over vrijheid, "
          "verantwoordelijkheid en zorg voor de ander. In leerjaar 3 en 4 volgen alle leerlingen twee "
          "uur maatschappijleer. Elk jaar in oktober kiezen de leerlingen een leerlingenraad, met een "
          "echte verkiezingscampagne; de raad heeft een eigen budget van 1.500 euro per jaar. Bij "
          "landelijke en gemeentelijke verkiezingen houden we een schoolverkiezing, en mavo 3 bezoekt "
          "elk jaar de Tweede Kamer. In leerjaar 2 doen alle leerlingen een maatschappelijke stage van "
          "twintig uur, bij de voedselbank, in het verpleeghuis of bij een sportvereniging in de wijk."),
    ("p", "In juni 2026 hebben we een doorlopende leerlijn burgerschap van leerjaar 1 tot en met 4, "
          "met per leerjaar vastgelegde doelen die aansluiten bij de kerndoelen, en houdt elke leerling "
          "zijn burgerschapsactiviteiten bij in het LOB-portfolio."),

    ("k", "Zo bewaken we de kwaliteit"),
    ("p", "Onze kwaliteitszorg volgt een vaste cyclus van plannen, uitvoeren, meten en bijstellen. "
          "Voor de zomer stellen directie en teamleiders het jaarplan op, dat het team op de eerste "
          "studiedag van het schooljaar bespreekt. In januari maken we met het hele team een "
          "tussenbalans op, en in september verschijnt het jaarverslag, dat ook naar de MR en het "
          "bestuur gaat. Aan het bestuur rapporteren we elk kwartaal via de kwartaalrapportage van ASG."),
    ("p", "Wat we meten, staat in de kwaliteitskalender: de examenresultaten en de analyses per sectie "
          "(september), de leerlingenquête (jaarlijks, maart), de oudertevredenheid en de "
          "medewerkersenquête (om het jaar, via Vensters), de monitor sociale veiligheid (april) en de "
          "lesbezoeken. Elke docent krijgt twee keer per jaar een lesbezoek van een teamleider, aan de "
          "hand van onze kijkwijzer ‘De goede les’, die in 2023 met het team is opgesteld. De "
          "uitkomsten worden per afdeling samengevat en bepalen mede de scholing van het jaar daarna."),
    ("p", "In december 2025 heeft de interne audit van ASG op De Akker plaatsgevonden; de verbeterpunten "
          "daaruit staan in het jaarplan van het volgende schooljaar. In juni 2026 maakt elke sectie "
          "een eigen jaarlijkse sectieanalyse met verbeterdoelen, die de teamleider met de sectie "
          "bespreekt."),

    ("k", "De lat omhoog"),
    ("p", "Wij geven altijd het beste van onszelf, en dat vragen we ook van onze leerlingen."),
    ("p", "Hoge verwachtingen betekenen bij ons vooral: geen plafond. Een leerling die in basis of "
          "kader meer kan, moet dat kunnen laten zien. In 2023 stroomden 14 leerlingen aan het einde van "
          "leerjaar 2 op naar een hogere leerweg; 11 van hen zitten daar een jaar later nog. Vanaf "
          "augustus 2025 kunnen kaderleerlingen in leerjaar 3 en 4 Nederlands en Engels op mavo-niveau "
          "volgen, in de route ‘Kader+’; de lessen worden gegeven door mavo-docenten in het middaguur. "
          "Bij de overgangsvergadering bespreken we voortaan bij elke leerling met een gemiddelde boven "
          "de 7,0 of opstromen mogelijk is, en we leggen de uitkomst vast in het leerlingdossier."),
    ("p", "In juni 2027 doet ten minste 12 procent van de kaderleerlingen examen in minstens één vak op "
          "mavo-niveau. In de leerlingenquête van maart 2026 scoort de uitspraak ‘Mijn docenten "
          "verwachten veel van mij’ gemiddeld ten minste 3,5 op een schaal van vijf (2024: 3,1)."),

    # ------------------------------------------------------------ venster 2
    ("K", "2  Personeel in positie"),
    ("k", "Ons team"),
    ("p", "Op 1 oktober 2023 werkten er 71 mensen op De Akker. De gemiddelde leeftijd is 44 jaar; "
          "veertien collega’s zijn ouder dan zestig en gaan de komende jaren met pensioen, vooral in "
          "de techniekvakken. Vacatures voor BWI, wiskunde en Duits zijn het moeilijkst te vervullen. "
          "In het afgelopen schooljaar zijn elf nieuwe collega’s begonnen, van wie vier zij-instromers."),

    ("k", "Bekwaam blijven"),
    ("p", "Elke docent houdt een bekwaamheidsdossier bij in het digitale personeelsdossier van ASG. "
          "Daarin staan de diploma’s, de gevolgde scholing en de verslagen van de lesbezoeken. Voor "
          "scholing heeft elke medewerker een budget van 600 euro per fte per jaar, naast het "
          "teambudget voor studiedagen."),
    ("p", "Vanaf augustus 2024 volgt het hele team twee jaar lang scholing in Expliciete Directe "
          "Instructie (EDI), met vijf studiemiddagen per jaar en coaching in de klas door twee eigen "
          "collega’s die daarvoor zijn opgeleid. Daarnaast volgt iedere docent in twee jaar ten minste "
          "één cursus of programma van de ASG Academie naar eigen keuze; in 2023 deed 46 procent van de "
          "docenten dat."),
    ("p", "Leren doen onze collega’s niet alleen omdat het moet. Vijf docenten volgen op eigen "
          "initiatief een masteropleiding; de school betaalt de helft van het collegegeld en geeft "
          "veertig uur per jaar vrij. Iedere medewerker kiest elk jaar zelf een ontwikkeldoel en "
          "schrijft in zijn bekwaamheidsdossier hoe hij dat wil bereiken; in juni kijkt hij terug op "
          "wat het heeft opgeleverd."),
    ("p", "In juni 2026 scoort 80 procent van de docenten bij de lesbezoeken voldoende op alle "
          "EDI-onderdelen van onze kijkwijzer. In juli 2026 heeft ten minste 90 procent van de "
          "docenten in de twee jaar daarvoor een aanbod van de ASG Academie gevolgd."),

    ("k", "Gesprekken en begeleiding"),
    ("p", "De jaarlijkse gesprekscyclus van ASG is ook op De Akker ingevoerd. Daarvoor gebruiken we: "
          "het digitale personeelsdossier, de gespreksformulieren van ASG en de kijkwijzer ‘De goede "
          "les’."),
    ("p", "Op dit moment geven acht collega’s les zonder volledige bevoegdheid voor hun vak, van wie "
          "vijf zij-instromers. Iedere onbevoegde docent heeft een coach uit het team, met twee uur per "
          "week in de taakverdeling, krijgt één dag per week vrij geroosterd voor de opleiding en "
          "krijgt de opleidingskosten volledig vergoed. Twee keer per jaar bespreekt de teamleider met "
          "hen de voortgang van de studie. In augustus 2027 hebben alle acht hun bevoegdheid gehaald, "
          "of staan ze ingeschreven voor een opleiding die ze binnen een jaar afronden. Nieuwe "
          "onbevoegde collega’s beginnen vanaf augustus 2024 binnen drie maanden aan een opleiding."),

    ("k", "Gezien in je vak"),
    ("p", "Medewerkers van De Akker ervaren erkenning voor hun vakmanschap en hun expertise, en voelen "
          "zich gezien. Daarvoor gebruiken we: het ontwikkelgesprek, de personeelsdag, het "
          "jubileumbeleid van ASG en de nieuwjaarsbijeenkomst."),
    ("p", "De kennis die in ons team zit, houden we niet voor onszelf. Twee collega’s die in 2022 de "
          "master Educational Needs afrondden, geven sinds dit schooljaar de training ‘Lastig gedrag in "
          "de klas’ ook op twee andere ASG-scholen voor voortgezet onderwijs. Onze rekencoördinator "
          "helpt drie ASG-basisscholen in Almere Buiten bij de aansluiting van groep 8 op de brugklas; "
          "daarvoor heeft zij veertig uur per jaar in haar taak. In juni 2026 hebben ten minste vier "
          "collega’s een taak voor andere ASG-scholen, en staat die taak in hun jaartaak."),

    # ------------------------------------------------------------ venster 3
    ("K", "3  De meerwaarde van ASG"),
    ("k", "Verder kijken dan vandaag"),
    ("p", "Ook wij geven ons onderwijs gericht vorm langs de drie horizonten van de innovatiestrategie: "
          "continu verbeteren, fundamenteel veranderen en radicaal vernieuwen. Daarvoor gebruiken we: "
          "het innovatiebudget van ASG, de Regiegroep Innovatie, de Koersplandagen en ‘Een avondje uit "
          "met ASG’."),
    ("p", "Met collega’s van andere scholen werken we vooral samen in de vaksecties. Onze sectie "
          "Bouwen, Wonen en Interieur vormt sinds 2023 een gezamenlijke examenwerkgroep met de "
          "techniekafdeling van vmbo Het Ravelijn, ook een ASG-school. De twee secties maken samen de "
          "praktijkopdrachten voor het schoolexamen, beoordelen elkaars examenwerk en komen vier keer "
          "per jaar bij elkaar. Vanaf augustus 2024 doen de secties Zorg en Welzijn en Economie en "
          "Ondernemen hetzelfde. De examensecretarissen van beide scholen overleggen sinds dit jaar "
          "samen over het PTA en de examenregeling. In juni 2026 hebben alle vier de beroepsgerichte "
          "secties een partnersectie op een andere ASG-school en wisselen zij ten minste één keer per "
          "jaar examenopdrachten uit."),

    ("k", "Doorlopende routes"),
    ("p", "Een vmbo-diploma is voor veel van onze leerlingen niet het eindpunt. Met het ASG-lyceum Poort "
          "(havo en vwo) hebben we een schakelprogramma voor mavo-leerlingen die na hun examen naar "
          "havo 4 willen: zes gastlessen wiskunde, Engels en studievaardigheden in mavo 4, een "
          "meeloopdag en een intakegesprek waarbij de mentoren van beide scholen aanwezig zijn. Aan de "
          "andere kant van de route organiseren we met de ASG-basisscholen in Buiten twee keer per jaar "
          "kijkdagen voor groep 8, en in november bespreken de leerkrachten van groep 8 en onze "
          "brugklasmentoren samen de leerlingen die bij ons zijn begonnen."),
    ("p", "In 2022 stapten 31 mavo-leerlingen over naar havo 4; 22 van hen gingen een jaar later over "
          "naar havo 5. In juni 2026 volgt elke mavo-4-leerling met een havowens het schakelprogramma, "
          "en van de leerlingen die in augustus 2026 naar havo 4 gaan, gaat in juni 2027 ten minste "
          "80 procent over."),

    # ------------------------------------------------------------ venster 4
    ("K", "4  Partnerschap"),
    ("k", "Welkom op De Akker"),
    ("p", "Op De Akker is iedereen waardevol en wordt iedereen gezien."),
    ("p", "Wie De Akker binnenkomt, wordt ontvangen door een leerling. Leerlingen van Economie en "
          "Ondernemen en van Zorg en Welzijn in leerjaar 3 en 4 bemensen ’s ochtends de receptiebalie, "
          "als onderdeel van de profielmodule ‘Gastheerschap’. Ze ontvangen bezoekers, brengen hen naar "
          "de juiste ruimte en zetten koffie. Bij open dagen en informatieavonden staat er een "
          "welkomstteam van twintig leerlingen klaar, herkenbaar aan een groen shirt. Nieuwe "
          "brugklassers komen in juni al een middag kennismaken met hun mentor en klas, en in hun "
          "eerste schoolweek hebben ze een leerling-maatje uit leerjaar 3."),
    ("p", "In de zomer van 2025 bouwen we de entree om tot een ontvangsthoek waar ouders zonder "
          "afspraak kunnen wachten en waar mentoren ouders kunnen spreken. In de ouderpeiling van het "
          "voorjaar van 2026 geven ouders de ontvangst op school gemiddeld ten minste een 8 (2024: 7,2)."),

    ("k", "Ouders als partner"),
    ("p", "Wij gaan respectvol om met iedereen binnen en buiten de school. Daarvoor gebruiken we: de "
          "gedragscode voor medewerkers, de klachtenregeling, de integriteitscode van ASG en het "
          "protocol ongewenst gedrag."),
    ("p", "Ouders van vmbo-leerlingen komen minder vanzelf op school dan ouders in het basisonderwijs. "
          "Daarom voeren we drie keer per jaar een driehoeksgesprek van mentor, leerling en ouder, "
          "waarin de leerling zelf vertelt hoe het gaat en wat zijn doelen zijn. De leerling bereidt "
          "dat gesprek voor in de mentorles. In 2023 kwam 79 procent van de ouders naar ten minste twee "
          "van de drie gesprekken. Voor ouders die overdag niet kunnen, plannen we gesprekken op "
          "dinsdag- en donderdagavond of via beeldbellen. In leerjaar 3 en 4 nodigen we ouders ook uit "
          "voor de presentatie van het LOB-portfolio en voor de profielpresentaties, waar leerlingen "
          "laten zien wat ze gemaakt hebben."),
    ("p", "In juni 2026 neemt 90 procent van de ouders deel aan ten minste twee driehoeksgesprekken per "
          "jaar, en in juni 2027 is bij elke LOB-presentatie in leerjaar 4 ten minste één ouder of "
          "verzorger aanwezig."),

    ("k", "Heldere communicatie"),
    ("p", "Ouders willen weten waar ze aan toe zijn. Cijfers, aanwezigheid en huiswerk staan in "
          "Magister, dat ouders en leerlingen altijd kunnen inzien. Elke vier weken verschijnt de "
          "Akkerpost, onze digitale nieuwsbrief, met een korte samenvatting in eenvoudig Nederlands. "
          "Mails en telefoontjes van ouders beantwoorden we binnen twee werkdagen; in de ouderpeiling "
          "van 2024 zei 64 procent van de ouders dat dit meestal lukt. Voor ouders die de Nederlandse "
          "taal niet goed beheersen, zetten we bij gesprekken een tolk in via de tolkentelefoon. "
          "Besluiten die ouders raken, zoals het telefoonbeleid, lichten we vooraf toe op een "
          "ouderavond en in een brief waarin we ook de redenen geven."),
    ("p", "In juni 2025 beantwoorden we 90 procent van de berichten van ouders binnen twee werkdagen. "
          "In de ouderpeiling van 2026 geeft ten minste 80 procent van de ouders aan dat de school "
          "duidelijk en op tijd communiceert."),

    ("k", "Medezeggenschap"),
    ("p", "De medezeggenschapsraad van De Akker heeft acht leden: vier medewerkers, twee ouders en twee "
          "leerlingen. De MR vergadert zes keer per jaar. De directeur legt plannen al in de denkfase "
          "aan de MR voor, voordat er een voorstel op papier staat. Zo heeft de MR in 2023 meegedacht "
          "over het telefoonbeleid en over het nieuwe rooster met lessen van 50 minuten, en heeft zij "
          "daarover een avond met leerlingen en ouders georganiseerd. Naast de MR zijn er een "
          "ouderklankbordgroep, die drie keer per jaar bij elkaar komt, en de leerlingenraad. In juni "
          "2025 houdt de MR voor het eerst een open vergadering voor alle ouders en leerlingen."),

    ("k", "Samen met de stad"),
    ("p", "Onze leerlingen leren veel buiten de school. Basis- en kaderleerlingen lopen in leerjaar 3 "
          "twee weken en in leerjaar 4 vier weken stage; mavo-leerlingen doen in leerjaar 3 een "
          "snuffelstage van een week. Daarvoor werken we samen met ongeveer 140 bedrijven en "
          "instellingen, van bouwbedrijven en kapsalons tot de Zorggroep Almere en het Flevoziekenhuis. "
          "Met MBO College Almere hebben we afspraken over de overstap: onze leerlingen lopen in "
          "leerjaar 3 een dag mee, en de mentoren van mbo en vmbo voeren in juni een overdrachtsgesprek "
          "over leerlingen die extra aandacht nodig hebben. Met het wijkteam Buiten en het jongerenwerk "
          "bespreken we eens per maand de leerlingen over wie thuis of op straat zorgen zijn."),
    ("p", "Dichter bij huis koken leerlingen van Zorg en Welzijn elke vrijdag een lunch voor ouderen in "
          "buurthuis De Bolder, en knappen leerlingen van BWI samen met de woningcorporatie elk "
          "voorjaar twee woningen in de wijk op. De buurtsportcoach geeft twee middagen per week "
          "naschoolse sport op ons plein."),
    ("p", "Het lerarentekort raakt ook ons. Daarom zijn we sinds 2022 opleidingsschool in het "
          "partnerschap ‘Samen Opleiden Flevoland’, waarin ASG met twee andere schoolbesturen en "
          "Hogeschool Windesheim samenwerkt. We begeleiden elk jaar tien tot twaalf studenten; twee "
          "collega’s zijn daarvoor opgeleid als schoolopleider en werkplekbegeleider. Van de studenten "
          "die sinds 2022 bij ons hun stage afrondden, zijn er vier bij ons in dienst gekomen."),
    ("p", "In juni 2026 heeft elke basis- en kaderleerling ten minste één stage gelopen bij een bedrijf "
          "of instelling in Almere Buiten of Poort, en hebben we met vijf vaste stagepartners een "
          "samenwerkingsovereenkomst gesloten. In juni 2027 begeleiden we vijftien studenten van de "
          "lerarenopleiding per jaar."),

    # ------------------------------------------------------------ praktisch
    ("K", "Geld en gebouw"),
    ("p", "Onze begroting voor 2024 bedraagt 8,1 miljoen euro, waarvan 83 procent personeelskosten. De "
          "financiële positie is gezond; de reserve ligt boven de signaleringswaarde van ASG. De "
          "middelen van het Nationaal Programma Onderwijs zijn in 2025 op; de extra taal- en "
          "rekenlessen die we daaruit betaalden, brengen we onder in de gewone formatie."),
    ("p", "Het gebouw aan de Rentmeesterstraat is in 2021 gerenoveerd. Sindsdien is het leerplein op de "
          "eerste verdieping een open ruimte met glazen wanden, zodat je van daaruit de praktijklokalen "
          "in kijkt. Een innovatieve ventilatie met warmteterugwinning zorgt voor een frisser "
          "binnenklimaat. De school is open van 7.45 tot 17.30 uur; de lessen beginnen om 8.30 uur en "
          "het laatste uur eindigt om 15.50 uur. De aula is de plek waar leerlingen en collega’s elkaar "
          "in de pauzes ontmoeten. In 2026 vervangen we, volgens het meerjarenonderhoudsplan, de "
          "machines in het praktijklokaal BWI (240.000 euro). Omdat de vraag naar basis en kader "
          "groeit, onderzoeken we of de tweede verdieping als extra praktijkruimte kan worden ingericht."),
]

SLOT = ("Dit schoolplan is opgesteld door de directie van Christelijk Vmbo De Akker, met inbreng van "
        "het team, het leerlingpanel, de ouderklankbordgroep en de medezeggenschapsraad.")

ONDERTEKENING = [
    ("Instemming medezeggenschapsraad",
     "De medezeggenschapsraad van Christelijk Vmbo De Akker heeft op 18 juni 2024 ingestemd met dit "
     "schoolplan.",
     "R. Hoekstra, voorzitter MR"),
    ("Directie",
     "Opgesteld en ingediend bij het bevoegd gezag op 20 juni 2024.",
     "M. Veenstra, directeur"),
    ("Vaststelling bevoegd gezag",
     "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 2 juli 2024.",
     "namens het College van Bestuur"),
]


# ---------------------------------------------------------------- opbouw

def _kop(doc, tekst: str, grootte: int, ruimte_voor: int) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(ruimte_voor)
    p.paragraph_format.space_after = Pt(4)
    run = p.add_run(tekst)
    run.bold = True
    run.font.size = Pt(grootte)
    if grootte > 12:
        run.font.color.rgb = RGBColor(0x1F, 0x5C, 0x3A)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan Christelijk Vmbo De Akker  –  pagina ")
    page_field(voet)

    # voorblad
    for _ in range(6):
        doc.add_paragraph()
    for tekst, grootte, vet in VOORBLAD:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if tekst:
            run = p.add_run(tekst)
            run.bold = vet
            run.font.size = Pt(grootte)
            if grootte >= 20:
                run.font.color.rgb = RGBColor(0x1F, 0x5C, 0x3A)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # getypte inhoudsopgave
    _kop(doc, "Inhoud", 14, 0)
    for regel in INHOUD:
        p = doc.add_paragraph(regel)
        p.paragraph_format.space_after = Pt(2)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    eerste = True
    for soort, tekst in TEKST:
        if soort == "K":
            if not eerste:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            _kop(doc, tekst, 15, 0)
        elif soort == "k":
            _kop(doc, tekst, 11, 10)
        else:
            doc.add_paragraph(tekst)
        eerste = False

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _kop(doc, "Ondertekening", 15, 0)
    doc.add_paragraph(SLOT)
    tabel = doc.add_table(rows=0, cols=2)
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for kop, zin, naam in ONDERTEKENING:
        cellen = tabel.add_row().cells
        cellen[0].width = Cm(9)
        cellen[1].width = Cm(7)
        links = cellen[0].paragraphs[0]
        links.add_run(kop).bold = True
        cellen[0].add_paragraph(zin)
        cellen[0].add_paragraph(naam)
        rechts = cellen[1].paragraphs[0]
        rechts.add_run("Handtekening:")
        cellen[1].add_paragraph("")
        cellen[1].add_paragraph("……………………………………")
        cellen[1].add_paragraph("Plaats en datum: Almere, ……………")

    kern = doc.core_properties
    kern.title = "Schoolplan Christelijk Vmbo De Akker"
    kern.author = "M. Veenstra"
    kern.last_modified_by = "M. Veenstra"
    kern.subject = "Schoolplan"
    kern.keywords = ""
    kern.comments = ""
    kern.category = ""
    kern.revision = 7
    kern.created = datetime.datetime(2024, 3, 4, 9, 12, 0)
    kern.modified = STEMPEL
    kern.last_printed = STEMPEL
    kern.language = "nl-NL"

    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_63_de_akker_vmbo.docx")
