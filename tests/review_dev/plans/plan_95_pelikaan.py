"""Schoolplan 2025-2029 van katholieke basisschool De Pelikaan (Almere Haven).

Opgebouwd langs de eigen thema's van de school; hoofdstuktitels zijn vette Normal-alinea's
(geen kopstijlen). Schrijft een .docx met python-docx; deterministisch.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2025, 6, 20, 9, 0, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) -------------------------------------

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


# --- De tekst --------------------------------------------------------------------------------
# Elk hoofdstuk: (titel, [blokken]); een blok is een str (alinea), ("sub", str) voor een
# vet-cursieve tussenregel, of ("streep", [regels]) voor een rijtje met gedachtestreepjes.

HOOFDSTUKKEN = [
    ("Voorwoord", [
        "Voor u ligt het schoolplan van De Pelikaan voor de schooljaren 2025-2026 tot en met "
        "2028-2029. We hebben het niet achter een bureau geschreven. In het voorjaar van 2025 "
        "keek het team op drie studiemiddagen terug op het vorige plan en vooruit naar de komende "
        "jaren: wat gaat goed, wat moet beter, en wat willen we over vier jaar kunnen laten zien? "
        "Ouders dachten mee op twee avonden van het ouderpanel, en de leerlingenraad vertelde ons "
        "wat kinderen goed vinden aan hun school en wat er anders kan. Een van de leerlingen zei: "
        "'Het is hier gezellig, maar rekenen is saai.' Die zin hebben we onthouden.",
        "Uit al die gesprekken kwamen vier thema's naar voren, en die gebruiken we als "
        "hoofdstukken: Samen leren, Elk kind telt, Wij als team en Verder kijken. Daarna volgen "
        "hoe we de kwaliteit bewaken en een hoofdstuk met praktische zaken. Het plan is ook onze "
        "vertaling van de koers van ons bestuur, de Almeerse Scholen Groep (ASG). We volgen "
        "bewust niet de indeling van die koers maar onze eigen thema's; zo blijft het plan van ons.",
        "Elk jaar maken we vanuit dit plan een jaarplan. In het jaarverslag vertellen we team, "
        "ouders en bestuur wat er van terechtkwam.",
        "Marieke Veldhuis, directeur",
    ]),
    ("Wie wij zijn", [
        "De Pelikaan is een katholieke basisschool in de wijk De Grienden in Almere Haven. De "
        "school bestaat sinds 1981 en is daarmee een van de oudere scholen van de stad. Op 1 oktober "
        "2024 telden we 226 leerlingen in tien groepen. Het team bestaat uit 21 medewerkers: vijftien "
        "leerkrachten, een intern begeleider, twee onderwijsassistenten, een conciërge, een "
        "administratief medewerker en de directeur, samen 15,6 fte.",
        "Onze leerlingen wonen grotendeels in De Grienden en De Gouwen. Ongeveer een derde van de "
        "kinderen spreekt thuis naast Nederlands ook een andere taal, vaak Papiaments, Turks, Pools "
        "of Arabisch. De schoolweging die de inspectie voor ons berekent, is 31,4; dat is iets hoger "
        "dan het landelijk gemiddelde van 30. Het leerlingaantal is al jaren stabiel. Door de "
        "nieuwbouw in de Havenkom verwachten we vanaf 2027 een lichte groei, tot ongeveer 240 "
        "leerlingen.",
        "Onze katholieke identiteit is zichtbaar in het schooljaar. We vieren Kerstmis en Pasen met "
        "de hele school in de speelzaal, kinderen uit groep 4 kunnen via de parochie hun Eerste "
        "Communie doen, en voor levensbeschouwing werken we met Trefwoord. Tijdens de Vastenactie "
        "zamelen de kinderen geld in voor een doel dat de leerlingenraad kiest. We merken dat steeds "
        "minder gezinnen zelf kerkelijk betrokken zijn. Juist daarom vertellen we de verhalen en "
        "leggen we uit waarom we vieren wat we vieren.",
        "In het vorige schoolplan (2021-2025) stonden drie grote doelen: werken met EDI in alle "
        "groepen, een nieuwe aanpak voor begrijpend lezen, en een nauwere samenwerking met de "
        "peuteropvang in ons gebouw. De eerste twee hebben we gehaald; de resultaten voor begrijpend "
        "lezen stegen in drie jaar van 49% naar 58% op niveau 2F. Het derde doel is maar half gelukt: "
        "we delen een gebouw, maar werken nog niet met gezamenlijke thema's. Dat nemen we mee.",
        "De Pelikaan maakt deel uit van de Almeerse Scholen Groep. Met een open blik kijken wij naar "
        "de verscheidenheid van onze leerlingen en collega's. Wij geven ons onderwijs gericht vorm "
        "langs de drie horizonten van de innovatiestrategie van ASG. En omdat ASG een grote "
        "organisatie is, beschikt zij over interne expertise op veel beleidsgebieden, waardoor wij "
        "als school kunnen rekenen op een samenhangend aanbod.",
    ]),
    ("Samen leren", [
        "Kinderen leren bij ons van de leerkracht, van elkaar en door zelf te doen. Wat wij onder een "
        "goede les verstaan, hebben we in 2024 vastgelegd in 'de Pelikaanles'. Elke les begint met "
        "een korte terugblik. De leerkracht vertelt in kindertaal wat het doel is, doet hardop "
        "denkend voor en laat de kinderen daarna eerst samen en dan zelfstandig oefenen. De laatste "
        "vijf minuten zijn voor de vraag: wat weet je nu wat je eerst nog niet wist? De opbouw komt "
        "uit het model Expliciete Directe Instructie (EDI), waarmee we sinds 2022 werken.",
        ("sub", "Wat we de kinderen leren"),
        "Ons onderwijsprogramma dekt de kerndoelen voor het primair onderwijs. De kinderen krijgen "
        "940 uur onderwijs per schooljaar, ruim boven de wettelijke 7.520 uur over acht jaar. Voor de "
        "vakken werken we met deze methoden:",
        ("streep", [
            "technisch lezen: Veilig leren lezen in groep 3, Estafette in groep 4 tot en met 6;",
            "taal en begrijpend lezen: Staal, aangevuld met Nieuwsbegrip;",
            "rekenen: Pluspunt 4 (tot de nieuwe keuze, zie hieronder);",
            "Engels: Take it easy, vanaf groep 1;",
            "wereldoriëntatie: Blink Wereld, waarin aardrijkskunde, geschiedenis en natuur "
            "samenkomen;",
            "levensbeschouwing: Trefwoord;",
            "bewegingsonderwijs: twee lessen per week door een vakleerkracht in sporthal De Steiger.",
        ]),
        "In groep 1 en 2 werken we met de thema's van Kleuterplein en volgen we de ontwikkeling met "
        "KIJK!. In groep 8 kijken we voor taal en rekenen naar de referentieniveaus. Over de "
        "afgelopen drie jaar haalde gemiddeld 97% van onze leerlingen het fundamentele niveau 1F. "
        "Op het hogere niveau scoorden we in 2024 58% bij lezen (2F), 55% bij taalverzorging (2F) "
        "en 36% bij rekenen (1S). Scholen met een vergelijkbare weging haalden 55%, 53% en 38%. "
        "Lezen en taal gaan dus goed; rekenen blijft achter.",
        "In groep 8 krijgen de kinderen in januari hun schooladvies, na een gesprek met kind en "
        "ouders. In 2024 kreeg 47% een advies voor havo of hoger. De middelbare scholen laten ons "
        "na een en na drie jaar weten waar onze oud-leerlingen staan; die terugkoppeling bespreken "
        "we met de leerkrachten van groep 7 en 8.",
        ("sub", "Rekenen krijgt voorrang"),
        "Pluspunt 4 besteedt te weinig aandacht aan automatiseren en aan het hardop voordoen van "
        "strategieën. In 2025-2026 kiest een werkgroep van vier leerkrachten, met de rekencoördinator, "
        "een nieuwe methode; twee methoden proberen we in het voorjaar in de groepen 4 en 6 uit. Vanaf "
        "2026-2027 werken alle groepen 3 tot en met 8 met de nieuwe methode en oefenen alle kinderen "
        "dagelijks tien minuten automatiseren. In de groepsbespreking stellen we voor ieder kind een "
        "streefniveau vast dat een stap boven het huidige niveau ligt, en het kind kent dat doel. "
        "Een leerkracht die een kind te snel 'niet zo'n rekenaar' noemt, wordt daar door collega's "
        "op aangesproken. In 2028 haalt minstens 42% van onze leerlingen in groep 8 het niveau 1S bij "
        "rekenen, en in 2029 minstens 45%.",
        ("sub", "Lezen met plezier"),
        "In 2027 lezen alle groepen 4 tot en met 8 dagelijks twintig minuten vrij in een boek dat "
        "de kinderen zelf kiezen uit de vernieuwde schoolbibliotheek. De leesconsulent van de "
        "bibliotheek helpt ons twee keer per jaar bij de aanschaf. In 2029 leest 62% van de "
        "kinderen in groep 8 op niveau 2F.",
        ("sub", "Leren in units en in het makerslokaal"),
        "Sinds 2024 hebben we in het voormalige handvaardigheidslokaal een makerslokaal met een "
        "3D-printer, Bee-Bots, micro:bits en gereedschap. Vanaf 2026 werken de groepen 5 tot en met "
        "8 twee middagen per week in units van twee groepen. In die middagen werken de kinderen in "
        "kleine teams aan de onderzoeksvragen van het Blink-thema en maken zij een ontwerp of "
        "product; twee leerkrachten en een onderwijsassistent begeleiden samen ongeveer 55 kinderen. "
        "In 2027 werken alle groepen 5 tot en met 8 op deze manier en hebben alle groepen minimaal "
        "twaalf lessen per jaar in het makerslokaal gehad.",
        "Digitale geletterdheid heeft tot nu toe geen vaste plek. De ICT-coördinator stelt samen met "
        "twee leerkrachten een leerlijn op voor groep 1 tot en met 8, gebaseerd op de conceptkerndoelen "
        "van SLO: programmeren, mediawijsheid, informatie zoeken en veilig online zijn. In 2025-2026 "
        "proberen zij de lessen uit in de groepen 5 en 7. In 2026 ligt de leerlijn vast, en in 2027 "
        "krijgen alle groepen de lessen.",
        "Wij willen ons onderwijs daarnaast nog meer laten aansluiten bij de belevingswereld van "
        "onze kinderen. Hoe we dat doen, werken we in de loop van de planperiode uit.",
    ]),
    ("Elk kind telt", [
        "Ieder kind op De Pelikaan is waardevol en wordt gezien. Dat begint 's ochtends bij de "
        "deur: de leerkracht geeft elk kind een hand of een boks en noemt het bij naam. Twee keer "
        "per jaar, in oktober en in maart, voert de leerkracht met ieder kind vanaf groep 3 een "
        "kindgesprek van tien minuten over hoe het gaat, in de klas en daarbuiten. Wat het kind "
        "vertelt, komt in het leerlingdossier en nemen we mee in de groepsbespreking. In de "
        "kleutergroepen doet de leerkracht dat in een kringgesprek in kleine groepjes.",
        ("sub", "Zicht op ontwikkeling"),
        "We volgen de ontwikkeling van de kinderen met de toetsen van het Boom LVS in januari en juni "
        "(groep 3 tot en met 8) en met ZIEN! voor de sociaal-emotionele ontwikkeling (oktober en "
        "maart). Na elke toetsronde houdt de intern begeleider met iedere leerkracht een "
        "groepsbespreking. We werken met groepsoverzichten in drie niveaus: basis, verdiept en "
        "intensief. Voor kinderen bij wie het met die aanpak niet lukt, maken we samen met de ouders "
        "een ontwikkelingsperspectief. In 2026 hebben alle leerkrachten de training 'data lezen in het "
        "team' van de intern begeleider gevolgd en maken zij zelf de analyse van hun groep, die ze "
        "in de teamvergadering toelichten.",
        ("sub", "Veilig op school"),
        "Een kind leert alleen als het zich veilig voelt. In alle groepen werken we met De Vreedzame "
        "School. Vanaf groep 6 zijn er leerlingmediatoren, die in de pauzes op het plein helpen bij "
        "ruzies; zij krijgen elk jaar in september een training van de intern begeleider. De intern "
        "begeleider is ook onze anti-pestcoördinator. Het pestprotocol hebben we in 2024 herzien, "
        "met een aparte paragraaf over pesten via de telefoon en in appgroepen. Elk jaar in maart "
        "vullen de kinderen van groep 5 tot en met 8 de vragenlijst sociale veiligheid van ZIEN! in. "
        "In 2024 gaf 91% aan zich veilig te voelen. In 2027 is dat minstens 93%, en geen enkele "
        "groep scoort lager dan 85%.",
        "Voor iedereen die in het gebouw komt, gelden drie Pelikaanregels: we groeten elkaar, we "
        "luisteren naar elkaar, en we lossen het samen op. Ze hangen bij elke ingang en in elk lokaal, "
        "en ze gelden voor kinderen, ouders en medewerkers. Is een ouder het ergens niet mee eens, "
        "dan gaat het gesprek eerst met de leerkracht en daarna met de directeur; de klachtenregeling "
        "is pas het laatste station. Als een ouder op het plein of in een klassenapp een leerkracht "
        "of een ander kind hard aanspreekt, nodigt de directeur die ouder binnen een werkdag uit "
        "voor een gesprek.",
        ("sub", "Ondersteuning"),
        "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2024 en te vinden op de website) "
        "staat welke ondersteuning wij kunnen bieden. Kort samengevat:",
        ("streep", [
            "basisondersteuning: het dyslexieprotocol, met extra leesbegeleiding vanaf groep 3; "
            "taalondersteuning voor nieuwkomers en kinderen met een taalachterstand door een "
            "onderwijsassistent, vier uur per week; Rots en Water in groep 6; een plusgroep voor "
            "meer- en hoogbegaafde kinderen uit groep 5 tot en met 8, één ochtend per week;",
            "extra ondersteuning: arrangementen via het samenwerkingsverband Passend Onderwijs "
            "Almere, zoals een ambulant begeleider voor kinderen met autisme of met een "
            "taalontwikkelingsstoornis; logopedie en kinderfysiotherapie op school via praktijken "
            "in de wijk;",
            "grenzen: kinderen die voortdurend de veiligheid van anderen in gevaar brengen of die "
            "intensieve medische zorg nodig hebben, kunnen wij niet goed helpen. Dan zoeken we met "
            "de ouders en het samenwerkingsverband naar een school die dat wel kan, zoals een "
            "school voor speciaal basisonderwijs in Almere, en blijft het kind bij ons tot die plek er is.",
        ]),
        "Het ondersteuningsteam (intern begeleider, directeur, schoolmaatschappelijk werker en "
        "jeugdverpleegkundige van de GGD) komt zes keer per jaar bij elkaar. In 2026 actualiseren "
        "we het SOP, omdat de plusgroep en de taalondersteuning nieuw zijn.",
    ]),
    ("Wij als team", [
        "Een goede school staat of valt met het team. Op De Pelikaan werken 21 mensen met een "
        "gemiddelde leeftijd van 41 jaar. Drie collega's gaan in deze planperiode met pensioen. Het "
        "verzuim was in 2024 5,8%.",
        ("sub", "Leren als team"),
        "Alle leerkrachten zitten in een van drie leerteams: lezen, rekenen of gedrag. Een leerteam "
        "komt zes keer per jaar bij elkaar, bekijkt toetsgegevens of een korte video-opname van een "
        "les en probeert daarna een aanpak uit in de eigen groep. Op de laatste studiedag van het "
        "schooljaar vertelt elk leerteam wat het heeft uitgezocht en wat de school vanaf dan anders "
        "doet. Zo kwam het dagelijkse automatiseren in 2024 uit het leerteam rekenen.",
        "Wij zijn intrinsiek gemotiveerd om ons te blijven ontwikkelen en te professionaliseren. "
        "Daarnaast volgt iedere medewerker elk schooljaar minstens één cursus of programma, bij "
        "voorkeur bij de ASG Academie. In 2024-2025 volgden vier leerkrachten de cursus "
        "'Rekendidactiek in de praktijk' en de intern begeleider de leergang 'Data en dialoog'. "
        "Als team volgen we van 2025 tot 2027 een scholing rekendidactiek (acht bijeenkomsten, "
        "gekoppeld aan de nieuwe methode) en van 2027 tot 2029 een scholing over digitale "
        "geletterdheid. In 2026 heeft iedere leerkracht de scholing rekendidactiek afgerond en "
        "ziet de directeur bij de klassenbezoeken in alle groepen het hardop voordoen terug.",
        ("sub", "Gesprekken"),
        "In september bespreekt iedere medewerker met de directeur zijn of haar ontwikkeldoelen "
        "voor het jaar. Tussen november en april komen de directeur en de intern begeleider twee "
        "keer kijken in de groep, met de kijkwijzer van de Pelikaanles. In mei of juni volgt het "
        "jaargesprek; eens in de drie jaar is dat een beoordelingsgesprek. De verslagen komen in het "
        "digitale personeelsdossier. In 2025-2026 zijn alle gesprekken gevoerd en vastgelegd; in "
        "2024-2025 lukte dat bij 17 van de 21 medewerkers.",
        ("sub", "Nieuwe leerkrachten"),
        "Er werken nu twee zij-instromers bij ons, in groep 4 en in groep 6. Zij volgen het "
        "zij-instroomtraject van Windesheim in Almere, hebben een vaste mentor uit het team en "
        "zijn één dag per week vrij voor hun studie. De een rondt het traject in 2026 af, de ander "
        "in 2027. Ook begeleiden we elk jaar twee pabostudenten.",
        "Ook met collega's van andere ASG-scholen ontmoeten wij elkaar regelmatig. En we willen dat "
        "collega's het werk in elke fase van hun loopbaan met plezier kunnen blijven doen. Hoe we "
        "dat vormgeven, gaan we nog met elkaar bespreken.",
    ]),
    ("Verder kijken", [
        "Kinderen groeien op in een stad en een land die ze later zelf mee vormgeven. Daarom kijken "
        "we verder dan het schoolplein: naar de wijk, naar de stad en naar de samenleving.",
        ("sub", "Burgerschap"),
        "Burgerschap zit bij ons in de lessen van De Vreedzame School, in Blink en in het dagelijks "
        "leven van de school. De leerlingenraad bestaat uit twee kinderen per groep 5 tot en met 8, "
        "komt zes keer per jaar bij elkaar met de directeur en heeft een eigen budget van 500 euro. "
        "In 2024 besloot de raad over de nieuwe toestellen op het plein. Groep 7 bezoekt elk jaar "
        "het stadhuis en voert daar een debat in de raadszaal, groep 8 houdt in het voorjaar een "
        "eigen verkiezing rond een wijkonderwerp. In 2026 ligt er een leerlijn burgerschap waarin "
        "per groep staat welke kennis over democratie, rechtsstaat en de basiswaarden aan bod komt "
        "en in welke lessen; de werkgroep burgerschap evalueert de leerlijn ieder jaar in juni.",
        ("sub", "Ouders"),
        "Ouders kennen hun kind het best. In de eerste vier weken van het schooljaar voeren we met "
        "ieder kind en zijn ouders een startgesprek over wat het kind dit jaar wil leren en wat "
        "thuis helpt. In groep 3 organiseren we vier meeleesmiddagen, waarop ouders leren hoe ze "
        "thuis met hun kind lezen. Het ouderpanel (acht ouders) komt drie keer per jaar bij elkaar "
        "over een thema dat de school of de ouders kiezen. In 2024 kwam 86% van de ouders naar het "
        "startgesprek; in 2027 is dat 95%.",
        "Nieuwe gezinnen krijgen een rondleiding van twee leerlingen uit groep 8, de Pelikaangidsen, "
        "en daarna een kop koffie met de directeur. Elke eerste vrijdag van de maand is er een "
        "koffieochtend in de ouderkamer, waar ook opa's, oma's en buren binnenlopen. Bij de ingang "
        "hangt een bord met foto's en namen van alle medewerkers.",
        "Ouders krijgen informatie via de app Parro: berichten van de groep, het plannen van "
        "gesprekken en de jaarkalender. Om de twee weken verschijnt de nieuwsbrief 'Pelikaanpost'. "
        "We schrijven kort en in eenvoudige taal; wie wil, leest de nieuwsbrief via de vertaalknop in "
        "Parro in een andere taal, en bij gesprekken regelen we een tolk als dat nodig is. Vanaf "
        "2026 krijgen ouders binnen twee werkdagen antwoord op elk bericht.",
        ("sub", "Medezeggenschap"),
        "De medezeggenschapsraad bestaat uit drie ouders en drie teamleden en vergadert zes keer per "
        "jaar. We leggen plannen vroeg voor, als er nog iets te kiezen valt. Het eerste concept van "
        "dit schoolplan besprak de MR in februari 2025; twee punten uit dat gesprek, het vaste "
        "moment van de kindgesprekken en de vertaalknop voor de nieuwsbrief, staan er nu in.",
        ("sub", "In de wijk"),
        "Wij werken proactief samen met een breed scala aan partners. In ons gebouw zit "
        "peuteropvang en bso Het Zonnetje; peuters die naar groep 1 gaan, worden in een gesprek "
        "tussen pedagogisch medewerker en leerkracht overgedragen, en vanaf 2025-2026 stemmen we twee "
        "keer per jaar de thema's van peuters en kleuters op elkaar af. De bibliotheek in Almere Haven verzorgt "
        "het programma Bibliotheek op school. Met de parochie bereiden we de Eerste Communie en de "
        "kerstviering voor. Het wijkteam Haven heeft elke dinsdagochtend een spreekuur in de "
        "ouderkamer, en met de voetbalvereniging in de wijk organiseren we in juni het "
        "schoolvoetbaltoernooi.",
    ]),
    ("Zo blijven we scherp", [
        "Ons stelsel van kwaliteitszorg is samenhangend en cyclisch, en het is zichtbaar in de "
        "school. In de praktijk betekent dat:",
        ("streep", [
            "in juni stellen we het jaarplan voor het volgende schooljaar op, met het team; de MR "
            "praat mee;",
            "een kwaliteitskalender met vaste momenten: toetsrondes in januari en juni, analyse "
            "en groepsbesprekingen direct daarna, een trendanalyse met het hele team in februari "
            "en juli;",
            "twee rondes klassenbezoeken per jaar, met de kijkwijzer van de Pelikaanles;",
            "met Werken met Kwaliteit (WMK) evalueren we elk jaar twee standaarden van het "
            "inspectiekader met een quickscan onder het team;",
            "om de twee jaar vragenlijsten voor ouders, leerlingen en team (volgende ronde: "
            "voorjaar 2026);",
            "in oktober het jaarverslag, dat we met team en MR bespreken;",
            "vier keer per jaar een kwartaalgesprek tussen directeur en bestuurder over "
            "resultaten, personeel en geld.",
        ]),
        "Bij het laatste inspectiebezoek, in maart 2023, voldeed De Pelikaan op alle onderzochte "
        "standaarden. Onze eindresultaten liggen al drie jaar boven de signaleringswaarden. Wat "
        "beter kan, is de borging: afspraken uit de leerteams raken soms weer uit beeld. Daarom "
        "komt elke afspraak vanaf 2025-2026 in een borgingsdocument van één pagina per vakgebied, "
        "dat we elk jaar in augustus met het team doorlopen. In 2027 hebben we alle standaarden "
        "van het inspectiekader minstens één keer met WMK geëvalueerd.",
    ]),
    ("Praktische zaken: tijden, gebouw en geld", [
        ("sub", "Schooltijden"),
        "Sinds 2021 hebben we een continurooster. Alle groepen gaan van maandag tot en met vrijdag "
        "naar school van 8.30 tot 14.15 uur, op woensdag tot 12.30 uur. De deuren gaan om 8.20 "
        "uur open; ouders van kleuters mogen tot 8.30 uur mee de klas in. De kinderen eten om 12.00 "
        "uur samen met de leerkracht in de klas. Op vrijdagmiddag is er na 14.15 uur een "
        "activiteitenaanbod van Het Zonnetje en de sportvereniging.",
        ("sub", "Het gebouw"),
        "Ons gebouw aan de Griendweg is uit 1981 en is in 2019 voor het laatst verbouwd. Sindsdien "
        "is het goed toegankelijk: er is een hellingbaan bij de hoofdingang, een lift naar de "
        "eerste verdieping en een aangepast toilet. In de zomer van 2026 worden de vensters aan de "
        "zuidgevel vervangen. De oude ramen maken plaats voor isolerend glas met buitenzonwering, "
        "zodat het in de lokalen van de bovenbouw in juni niet meer boven de 28 graden komt. In "
        "alle lokalen hangen sinds 2023 CO2-meters, zodat iedere leerkracht de kwaliteit van de "
        "lucht kan zien en op tijd een raam open zet. Het schoolplein is in 2024 vergroend met hulp "
        "van ouders en de gemeente; de meerwaarde van het nieuwe plein zit vooral in de schaduw "
        "op warme dagen. Na schooltijd is het plein open voor kinderen uit de buurt. Parkeren voor "
        "personeel blijft lastig; we stimuleren komen op de fiets.",
        ("sub", "Geld"),
        "De begroting voor 2025 is ongeveer 1,9 miljoen euro, waarvan 84% naar personeel gaat. De "
        "NPO-middelen zijn na 2024-2025 gestopt; de taalondersteuning door de onderwijsassistent "
        "betalen we vanaf 2025 uit de middelen voor onderwijsachterstanden. Geplande uitgaven: een "
        "nieuwe rekenmethode in 2026 (ongeveer 14.000 euro), boeken voor de schoolbibliotheek "
        "(3.000 euro per jaar) en nieuwe Chromebooks voor groep 5 tot en met 8 in 2027 (ongeveer "
        "22.000 euro).",
    ]),
    ("Tot slot", [
        "Dit schoolplan is op 14 mei 2025 besproken in het team en daarna voorgelegd aan de "
        "medezeggenschapsraad. De MR heeft op 10 juni 2025 advies uitgebracht over het plan. Het "
        "advies was positief, met de aanbeveling om de voortgang van de rekendoelen elk jaar met de "
        "MR te bespreken; dat hebben we overgenomen. Het College van Bestuur van ASG heeft het plan "
        "daarna vastgesteld.",
        "Almere Haven, juni 2025",
    ]),
]


def _alinea(doc, tekst, vet=False, cursief=False, grootte=None, na=6):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    run = p.add_run(tekst)
    run.bold = vet
    run.italic = cursief
    if grootte:
        run.font.size = Pt(grootte)
    p.paragraph_format.space_after = Pt(na)
    return p


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(10)
    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)

    # Voorblad: gewone alinea's, groot en vet.
    for _ in range(6):
        doc.add_paragraph()
    for tekst, grootte, vet in [
        ("Schoolplan 2025 – 2029", 26, True),
        ("Katholieke basisschool De Pelikaan", 18, True),
        ("Almere Haven", 14, False),
        ("", 12, False),
        ("Griendweg 7, Almere Haven  ·  BRIN 07TQ", 10, False),
        ("Een school van de Almeerse Scholen Groep", 10, False),
        ("Versie juni 2025", 10, False),
    ]:
        p = _alinea(doc, tekst, vet=vet, grootte=grootte)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = voet.add_run("De Pelikaan · schoolplan 2025-2029 · blz. ")
    r.font.size = Pt(8)
    page_field(voet)

    for nr, (titel, blokken) in enumerate(HOOFDSTUKKEN):
        if nr > 1:
            doc.add_page_break()
        _alinea(doc, titel, vet=True, grootte=14, na=10)
        for blok in blokken:
            if isinstance(blok, str):
                _alinea(doc, blok)
            elif blok[0] == "sub":
                _alinea(doc, blok[1], vet=True, cursief=True, na=3)
            elif blok[0] == "streep":
                for regel in blok[1]:
                    p = _alinea(doc, "– " + regel, na=2)
                    p.paragraph_format.left_indent = Cm(0.8)
                    p.paragraph_format.first_line_indent = Cm(-0.4)
                doc.paragraphs[-1].paragraph_format.space_after = Pt(6)

    doc.core_properties.author = "M. Veldhuis"
    doc.core_properties.title = "Schoolplan 2025-2029 De Pelikaan"
    doc.core_properties.created = STEMPEL
    doc.core_properties.modified = STEMPEL
    doc.core_properties.last_modified_by = "M. Veldhuis"
    doc.core_properties.revision = 1
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".docx"))
