"""Schoolplan 2025-2029 van RK Basisschool De Zeester in Almere Poort.

De school: een rooms-katholieke basisschool (PO) met ongeveer 380 leerlingen op twee locaties,
Homerus (groep 1-8) en Duin (groep 1-6), onder het bestuur van ASG.

Het ontwerp: de directeur heeft het plan in Word geschreven zonder kopstijlen; alle kopjes zijn
vetgedrukte alinea's in de stijl Normal. Het plan volgt de vier vensters van Koers 22 (Goed en
toegankelijk onderwijs, Personeel in positie, De meerwaarde van ASG, Partnerschap). De kernwaarden
hebben geen eigen hoofdstuk: ze zijn in de vensterhoofdstukken verwerkt in de eigen woorden van de
school (hoe ouders worden ontvangen staat bij partnerschap, hoe collega's worden gewaardeerd bij
personeel). Elk hoofdstuk eindigt met doelen in lopende tekst ('In 2027 ...'), de meeste met een
datum, een deel meetbaar. Elk hoofdstuk bevat ook een alinea die zinnen van het bestuur met 'wij'
herhaalt zonder er iets aan toe te voegen. Over de MR: advies van de MR, instemming van de
oudergeleding alleen met de onderdelen die ouders aangaan.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

TITEL = "Schoolplan 2025-2029 RK Basisschool De Zeester"

# (soort, tekst): "kop" is een vetgedrukte Normal-alinea, "p" een gewone alinea.
INHOUD: list[tuple[str, str]] = [
    ("kop", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van RK Basisschool De Zeester voor de periode 1 augustus 2025 tot en "
          "met 31 juli 2029. In dit plan beschrijven wij waar onze school nu staat, wat wij de komende vier "
          "jaar willen bereiken en hoe wij dat gaan doen. Het plan is in het voorjaar van 2025 geschreven "
          "door de directie, met bijdragen van het team tijdens twee studiedagen (22 januari en 19 maart "
          "2025) en van ouders tijdens een ouderavond op 3 april 2025. Het jaarplan 2025-2026 is van dit "
          "schoolplan afgeleid."),
    ("p", "Marieke van Dijk, directeur"),

    ("kop", "Onze school"),
    ("p", "De Zeester is een rooms-katholieke basisschool in Almere Poort met twee locaties. De locatie "
          "Homerus aan de Odysseuslaan staat in het Homeruskwartier en heeft acht groepen 1 tot en met 8 "
          "plus twee extra kleutergroepen: samen ongeveer 240 leerlingen. De locatie Duin aan het "
          "Strandhoevepad werd in 2019 geopend en heeft zes groepen 1 tot en met 6 met ongeveer 140 "
          "leerlingen. Leerlingen van Duin stromen in groep 7 door naar Homerus; de overstap bereiden wij "
          "voor met twee wenochtenden in juni. Op 1 oktober 2024 telde de school 382 leerlingen."),
    ("p", "Het team bestaat uit 34 medewerkers: 24 leerkrachten, twee intern begeleiders, een "
          "locatieleider voor Duin, vier onderwijsassistenten, een conciërge, een administratief "
          "medewerker en de directeur. De schoolweging is 29,1; het aandeel leerlingen met een "
          "ondersteuningsbehoefte is iets hoger dan gemiddeld in Almere."),
    ("p", "Onze katholieke identiteit is zichtbaar in het jaar: wij openen elke week met een moment uit "
          "Trefwoord, vieren Kerstmis en Pasen met de hele school en houden in november een "
          "Sint-Maartensviering met lampionnen. De vieringen rond Kerstmis en Pasen bereiden wij voor met "
          "pastor Verhoeven van de Sint-Benedictusparochie, die ook in groep 8 twee lessen over de "
          "geschiedenis van de kerk geeft."),

    ("kop", "Hoe dit plan is opgebouwd"),
    ("p", "Ons bestuur, de Almeerse Scholen Groep, heeft in Koers 22 vier vensters beschreven. Wij volgen "
          "die vier vensters als hoofdstukken: goed en toegankelijk onderwijs, personeel in positie, de "
          "meerwaarde van ASG en partnerschap. De vier kernwaarden van ASG hebben wij niet apart "
          "uitgeschreven; wat zij voor ons betekenen staat in de hoofdstukken zelf. Aan het eind van elk "
          "hoofdstuk staat wat wij in deze planperiode willen bereiken."),

    ("kop", "1. Goed en toegankelijk onderwijs"),
    ("kop", "Ons onderwijsprogramma"),
    ("p", "Alle groepen krijgen 940 uur onderwijs per jaar; wij werken met een continurooster van 8.30 tot "
          "14.15 uur, op woensdag tot 12.30 uur. In groep 3 tot en met 8 besteden wij elke ochtend het "
          "eerste uur aan taal en lezen en het tweede uur aan rekenen. Voor technisch lezen werken wij in "
          "groep 3 met Veilig Leren Lezen (kim-versie) en vanaf groep 4 met Estafette; voor begrijpend "
          "lezen hebben wij in 2024 gekozen voor Nieuwsbegrip, met één les per week in de hele school op "
          "dezelfde dag, zodat de teksten ook in de gangen en bij de koffie besproken worden. Voor rekenen "
          "gebruiken wij Wereld in Getallen 5, waarbij de leerkracht de instructie in drie niveaus geeft. "
          "Wereldoriëntatie geven wij in thema's van zes weken met Blink; elk thema sluit af met een "
          "presentatie voor ouders. Gymnastiek wordt twee keer per week gegeven door een vakleerkracht."),
    ("p", "In de kleutergroepen werken wij met de doelen van de leerlijnen van Parnassys en observeren wij "
          "met KIJK!. Elke kleutergroep heeft vier ochtenden per week een onderwijsassistent voor een "
          "kleine kring met kinderen die extra taalaanbod nodig hebben."),
    ("p", "Met ingang van 2025-2026 maken wij een eigen leerlijn digitale geletterdheid voor groep 1 tot en "
          "met 8. Daarin staan per leerjaar vier onderdelen: werken met de computer en de tablet, "
          "informatie zoeken en beoordelen, mediawijsheid, en programmeren en computationeel denken. De "
          "ICT-coördinator schrijft de leerlijn samen met twee leerkrachten; elke groep krijgt er wekelijks "
          "drie kwartier les in, in groep 7 en 8 gekoppeld aan de Blink-thema's."),
    ("p", "Burgerschap is bij ons verweven in alles wat wij doen. In de komende periode werken wij dit "
          "verder uit."),

    ("kop", "Ieder kind in beeld"),
    ("p", "Elke ochtend staan de leerkrachten bij de deur van hun lokaal en begroeten zij elk kind bij "
          "naam. Wie er niet is, wordt om 8.45 uur gebeld. Drie keer per jaar voert de leerkracht met elk "
          "kind vanaf groep 3 een kort kindgesprek van tien minuten over hoe het gaat, wat het kind goed "
          "kan en waar het hulp bij wil. Het kind vult vooraf een kaartje in en de afspraken komen in "
          "Parnassys. In de kleutergroepen gebeurt dit in de kleine kring."),
    ("p", "De intern begeleider voert drie keer per jaar (oktober, februari en juni) met elke leerkracht "
          "een groepsbespreking. Daarin bespreken zij de toetsgegevens van Cito, de observaties uit KIJK! "
          "en de uitkomsten van de kindgesprekken, en maken zij per vak een groepsplan met drie niveaus. "
          "Kinderen die niet meekomen of juist verder kunnen, krijgen een eigen leerlijn of een plek in de "
          "plusklas op donderdagmiddag op locatie Homerus."),
    ("p", "Wij verwachten veel van onze leerlingen. Voor elke groep hebben wij per vak streefdoelen "
          "vastgesteld die boven de signaleringswaarden van de inspectie liggen: in groep 8 wil onze "
          "school dat 97% van de leerlingen het fundamentele niveau 1F haalt voor lezen, taalverzorging en "
          "rekenen, en dat het streefniveau 1S voor lezen door ten minste 60% wordt gehaald. In elk lokaal "
          "staat op maandag het lesdoel van de week op het bord, en de leerkracht bespreekt op vrijdag "
          "met de groep of het gelukt is. Leerlingen die een schooladvies krijgen, horen in groep 7 al "
          "welk advies wij voor hen haalbaar achten en wat daarvoor nodig is."),

    ("kop", "Een veilige school"),
    ("p", "Op beide locaties werken wij met de Kanjertraining. Elke groep heeft wekelijks een kanjerles en "
          "de eerste zes weken van het schooljaar staan in het teken van de groepsvorming, met "
          "klassenafspraken die de kinderen zelf opstellen en ondertekenen. Wij meten de sociale "
          "veiligheid elk jaar in oktober met de vragenlijst van Kanvas in groep 5 tot en met 8; in 2024 "
          "voelde 94% van de leerlingen zich veilig op school. Elke locatie heeft een "
          "anti-pestcoördinator (Ilse Bakker op Homerus, Tom de Wit op Duin) bij wie kinderen en ouders "
          "terecht kunnen. Incidenten registreren wij in Parnassys; de directie bespreekt het overzicht elk "
          "kwartaal in het managementteam."),

    ("kop", "Ondersteuning en ons schoolondersteuningsprofiel"),
    ("p", "In ons schoolondersteuningsprofiel (versie maart 2025) staat wat wij kunnen bieden. Wij bieden "
          "basisondersteuning aan alle kinderen en extra ondersteuning aan kinderen met dyslexie, "
          "dyscalculie, een taalachterstand, lichte gedragsproblemen en aan kinderen die meer aankunnen. "
          "Op Homerus is een prikkelarme werkplek in elk lokaal van groep 5 tot en met 8. Wat wij niet "
          "kunnen bieden, is een plek voor kinderen die doorlopend één-op-één begeleiding nodig hebben of "
          "voor kinderen met ernstige gedragsproblemen die de veiligheid van anderen in gevaar brengen."),
    ("p", "Wij zijn aangesloten bij Samenwerkingsverband Passend Onderwijs Almere. Als wij een kind niet "
          "de ondersteuning kunnen bieden die het nodig heeft, bespreekt de intern begeleider het kind met "
          "de ouders in een multidisciplinair overleg met de consulent van het samenwerkingsverband. Samen "
          "zoeken wij dan een passende plek, op een andere basisschool, in het speciaal basisonderwijs of "
          "in het speciaal onderwijs. In 2024 gebeurde dat voor vier kinderen; alle vier hadden binnen tien "
          "weken een nieuwe plek."),

    ("kop", "Zo bewaken wij de kwaliteit"),
    ("p", "Bij het laatste inspectiebezoek in maart 2023 kreeg de school een basisarrangement. De "
          "eindtoetsresultaten liggen de laatste drie jaar boven de signaleringswaarden: in 2024 haalde "
          "98% van de leerlingen 1F lezen en 58% 1S lezen, 96% 1F rekenen en 41% het streefniveau 1S "
          "rekenen. Rekenen op het streefniveau blijft achter; daar ligt een van onze doelen."),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. In september stellen wij het jaarplan vast. In "
          "februari en juni maken de intern begeleiders een trendanalyse van de toetsgegevens per groep en "
          "per locatie, die het team in een studiemiddag bespreekt; de uitkomsten leiden tot aanpassingen "
          "in de groepsplannen en tot de doelen van het volgende jaarplan. Elk jaar bezoekt de directeur "
          "alle groepen twee keer met een vaste kijkwijzer voor de instructie. Eens per vier jaar "
          "vragen wij ouders, leerlingen en medewerkers naar hun tevredenheid; de volgende peiling is in "
          "het voorjaar van 2027. Aan het bestuur rapporteren wij elk kwartaal over leerresultaten, "
          "leerlingaantallen en personeel."),
    ("p", "Leerkrachten leren van elkaar. Elke leerkracht bezoekt twee keer per jaar een les van een "
          "collega op de andere locatie, met een vooraf gekozen kijkvraag, en bespreekt het bezoek na. In "
          "de bouwvergaderingen werken wij in leerteams van vier tot zes leerkrachten aan één "
          "verbetervraag per jaar; in 2024-2025 was dat de vraag hoe wij de woordenschatinstructie bij "
          "Nieuwsbegrip verbeteren."),

    ("p", "Op onze school werken wij met innovatieve en nieuwe leerconcepten binnen de kaders van onze "
          "profilering. Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te "
          "geven, en wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de "
          "innovatiestrategie: continue veranderingen, fundamentele veranderingen en radicale "
          "veranderingen."),

    ("kop", "Waar willen wij staan?"),
    ("p", "In 2027 haalt ten minste 65% van onze leerlingen in groep 8 het streefniveau 1S voor lezen "
          "(2024: 58%) en ten minste 50% het streefniveau 1S voor rekenen (2024: 41%). Uiterlijk in juni "
          "2026 is de leerlijn digitale geletterdheid voor groep 1 tot en met 8 vastgesteld, en vanaf "
          "schooljaar 2026-2027 krijgt elke groep er wekelijks les in. In 2026 voert elke leerkracht de "
          "kindgesprekken drie keer per jaar met alle kinderen vanaf groep 3, wat wij controleren in "
          "Parnassys. De sociale veiligheid blijft in de jaarlijkse meting ten minste op 92%. Verder blijven "
          "wij werken aan een goed pedagogisch klimaat op beide locaties."),

    ("kop", "2. Personeel in positie"),
    ("kop", "Ons team"),
    ("p", "Met 34 medewerkers op twee locaties is het belangrijk dat iedereen weet waar de school naartoe "
          "gaat. Elke maandagochtend om 8.10 uur is er op beide locaties een briefing van tien minuten en "
          "eens per maand een teamvergadering voor beide locaties samen, afwisselend op Homerus en Duin."),
    ("kop", "Hoe wij collega's waarderen"),
    ("p", "Bij ons valt het op wanneer iemand iets goed doet. In de maandagbriefing noemt de "
          "locatieleider elke week iets wat een collega heeft bereikt: een les die goed liep, een lastig "
          "oudergesprek dat goed afliep, een nieuwe aanpak in de groep. Collega's met een specialisme (de "
          "leescoördinator, de rekencoördinator, de gedragsspecialist en de ICT-coördinator) krijgen daar "
          "vaste uren voor, vier uur per week, en zij bepalen zelf de agenda van de studiemiddag die bij "
          "hun vak hoort. Voorstellen die zij doen, gaan eerst naar het team en niet via de directie. "
          "Jubilea en afscheid vieren wij met het hele team."),
    ("kop", "Gesprekken en ontwikkeling"),
    ("p", "Iedere medewerker heeft elk jaar een startgesprek in september en een ontwikkelgesprek in "
          "maart met de directeur of de locatieleider; eens in de drie jaar volgt een beoordelingsgesprek "
          "na twee lesbezoeken. In het startgesprek vragen wij elke collega wat hij of zij nodig heeft om "
          "het werk goed te doen: in de groep, in de begeleiding en in materialen. De antwoorden bepalen "
          "de inzet van onderwijsassistenten en de verdeling van de taakuren."),
    ("p", "Elke leerkracht kiest zelf een ontwikkelvraag voor het jaar en legt die in het startgesprek "
          "vast; daarbij hoort een eigen plan, bijvoorbeeld een cursus, een lesbezoek op een andere "
          "school of een boek dat de collega met de bouw bespreekt. Voor cursussen maken wij gebruik van "
          "het aanbod van de ASG Academie; in 2024-2025 volgden elf collega's daar een training, onder "
          "meer over expliciete directe instructie en over het jonge kind. Het scholingsbudget van de "
          "school is € 600 per fte per jaar."),
    ("p", "Onze twee kleuterbouwcoördinatoren nemen deel aan het ASG-netwerk Jonge Kind, dat vijf keer per "
          "jaar bijeenkomt, en onze rekencoördinator aan het Almeerse rekennetwerk dat de pabo van "
          "Windesheim Flevoland organiseert. Wat zij daar leren, brengen zij in de leerteams in."),
    ("kop", "Zij-instromers"),
    ("p", "Twee leerkrachten op locatie Duin zijn zij-instromers zonder bevoegdheid. Zij volgen de "
          "deeltijdpabo bij Windesheim Flevoland. De school geeft hun elke vrijdagmiddag vrij voor studie, "
          "zij hebben een vaste coach (onze schoolopleider Petra Smit) die elke twee weken een lesbezoek "
          "doet, en hun groep wordt niet als eerste ingezet bij vervanging."),

    ("p", "Wij hebben aandacht voor het welbevinden van onze medewerkers in elke levensfase en wij zijn "
          "een school met vitale werknemers."),

    ("kop", "Waar willen wij staan?"),
    ("p", "In 2026 hebben beide zij-instromers hun bevoegdheid behaald. Vanaf schooljaar 2025-2026 "
          "voeren wij alle start-, ontwikkel- en beoordelingsgesprekken volgens de nieuwe ASG-gesprekscyclus "
          "en in juli 2026 is van 100% van de medewerkers een gespreksverslag vastgelegd. In 2027 heeft "
          "elke leerkracht ten minste één keer een les van een collega op de andere locatie bezocht en "
          "besproken. Wij willen dat collega's met plezier bij ons blijven werken."),

    ("kop", "3. De meerwaarde van ASG"),
    ("p", "De directeur neemt deel aan het maandelijkse overleg van de ASG-directeuren primair onderwijs "
          "in Almere Poort en Almere Haven. Onze leescoördinator is lid van de ASG-werkgroep Lezen PO, die "
          "vier keer per jaar bijeenkomt; zij neemt de leesplannen van andere ASG-scholen mee terug en "
          "heeft onze aanpak van Nieuwsbegrip met de werkgroep gedeeld. Omgekeerd hebben wij het "
          "leesmotivatieplan van een andere ASG-school overgenomen voor groep 5 en 6."),
    ("p", "Op de ASG-brede studiedag van maart 2026 presenteren twee leerkrachten van Duin in een workshop "
          "hoe zij de woordenschatinstructie bij Nieuwsbegrip hebben verbeterd, met de resultaten van hun "
          "leerteam."),
    ("p", "Wij weten van elkaar wie wij moeten benaderen voor welke expertise. Als gevolg van de "
          "schaalgrootte van ASG beschikken wij over interne expertise op veel beleidsgebieden, waardoor "
          "wij een integraal en samenhangend aanbod hebben. Wij hebben binnen ASG een divers en op elkaar "
          "aansluitend aanbod, zodat wij alle leerlingen een passende onderwijsloopbaan kunnen bieden."),
    ("kop", "Waar willen wij staan?"),
    ("p", "In maart 2026 hebben wij onze aanpak van de woordenschatinstructie gepresenteerd op de "
          "ASG-studiedag. In 2027 neemt naast de leescoördinator ook de rekencoördinator deel aan een "
          "ASG-werkgroep."),

    ("kop", "4. Partnerschap"),
    ("kop", "Ouders welkom"),
    ("p", "Ouders zijn bij ons welkom, ook als zij nog geen kind op school hebben. Wie belangstelling "
          "heeft, krijgt een rondleiding van twee leerlingen uit groep 8, onze schoolgidsen, en daarna een "
          "gesprek met de directeur of de locatieleider. Nieuwe ouders hebben voordat hun kind start een "
          "welkomstgesprek met de leerkracht en krijgen een ouder uit de groep als aanspreekpunt voor de "
          "eerste weken. Elke ochtend zijn de deuren van 8.20 tot 8.30 uur open voor ouders, die hun kind "
          "tot in het lokaal mogen brengen, en eens per maand is er op elke locatie een koffieochtend met "
          "de directie."),
    ("kop", "Ouders en het leren van hun kind"),
    ("p", "In de derde week van het schooljaar voeren wij met alle ouders een startgesprek: de ouders "
          "vertellen over hun kind, de leerkracht vertelt wat het kind dit jaar gaat leren. In 2024 kwam "
          "78% van de ouders. In groep 1 tot en met 4 zijn er twee keer per jaar portfolio-ochtenden waarop "
          "kinderen hun ouders laten zien wat zij hebben gemaakt. Bij elk Blink-thema krijgen ouders een "
          "kaart met vijf vragen die zij thuis met hun kind kunnen bespreken."),
    ("kop", "Wat ouders van ons horen"),
    ("p", "Elke vrijdag krijgen ouders via Parro een bericht van de leerkracht over de week, en eens per "
          "maand verschijnt de nieuwsbrief voor beide locaties. Ouders kunnen de toetsresultaten van hun "
          "kind zelf inzien in het ouderportaal van Parnassys, en wij lichten die toe in de gesprekken in "
          "februari. Als wij een besluit nemen dat ouders raakt, zoals de nieuwe schooltijden van 2024, "
          "leggen wij in de nieuwsbrief uit waarom, en bespreken wij de reacties op een inloopavond."),
    ("kop", "De medezeggenschapsraad"),
    ("p", "Onze MR heeft zes leden, drie ouders en drie medewerkers, van beide locaties. De MR vergadert "
          "zes keer per jaar. De directeur legt plannen voor aan de MR voordat er een besluit ligt: de "
          "wijziging van de schooltijden en de verdeling van de groepen over de twee locaties zijn eerst "
          "als vraag aan de MR voorgelegd, en de MR heeft over beide een eigen voorstel gedaan dat wij "
          "hebben overgenomen."),
    ("kop", "Samen met anderen"),
    ("p", "Op beide locaties werkt kinderopvang De Boomhut met een peutergroep en buitenschoolse opvang. "
          "De pedagogisch medewerkers en onze kleuterleerkrachten houden twee keer per jaar een overleg "
          "over de overdracht van peuters naar groep 1, met een warme overdracht voor elk kind dat "
          "extra aandacht nodig heeft."),
    ("p", "In de wijk werken wij samen met de bibliotheek Almere Poort, die in elke groep vier keer per "
          "jaar een leesconsulent laat komen, met het wijkteam Poort voor gezinnen die hulp nodig hebben, "
          "en met voetbalvereniging FC Poort, die op woensdagmiddag een sportaanbod op ons plein verzorgt. "
          "Met de Sint-Benedictusparochie bereiden wij de vieringen voor."),
    ("p", "De Zeester is sinds 2023 opleidingsschool in het samenwerkingsverband van de Almeerse "
          "schoolbesturen en de pabo van Windesheim Flevoland, dat is opgezet om het lerarentekort in "
          "Almere terug te dringen. Wij begeleiden elk jaar zes pabo-studenten en twee zij-instromers; drie "
          "van onze huidige leerkrachten liepen eerder stage bij ons."),
    ("p", "Wij zijn een belangrijke gesprekspartner voor de gemeente, collega-schoolbesturen en "
          "maatschappelijke organisaties, en wij maken deel uit van landelijke netwerken, organisaties en "
          "overheden."),
    ("kop", "Waar willen wij staan?"),
    ("p", "In 2027 komt 90% van de ouders naar het startgesprek (2024: 78%). Vanaf januari 2026 houden "
          "wij de koffieochtend met de directie ook op een avond, zodat werkende ouders kunnen komen. In "
          "2028 hebben alle peuters van De Boomhut die naar onze school gaan een overdrachtsgesprek "
          "gehad. Wij blijven jaarlijks zes pabo-studenten begeleiden."),

    ("kop", "Vaststelling"),
    ("p", "Dit schoolplan is op 10 juni 2025 besproken met de medezeggenschapsraad. De MR heeft advies "
          "uitgebracht; de oudergeleding heeft ingestemd met de onderdelen die ouders aangaan. Het "
          "College van Bestuur van ASG heeft het plan op 1 juli 2025 vastgesteld."),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    props = doc.core_properties
    props.author = "Marieke van Dijk"
    props.title = TITEL
    props.created = datetime.datetime(2025, 6, 12, 9, 0, 0)
    props.modified = datetime.datetime(2025, 7, 1, 9, 0, 0)
    props.last_modified_by = "Marieke van Dijk"
    props.revision = 1

    titel = doc.add_paragraph()
    run = titel.add_run(TITEL)
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph("Almere Poort, locaties Homerus en Duin")

    for soort, tekst in INHOUD:
        par = doc.add_paragraph()
        run = par.add_run(tekst)
        if soort == "kop":
            run.bold = True

    voet = doc.sections[0].footer.paragraphs[0]
    voet.add_run("Schoolplan De Zeester 2025-2029, pagina ")
    page_field(voet)

    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 7, 1, 9, 0, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_39_rkbs_de_zeester_poort.docx")
