"""Schoolplan 2024-2028 van Het Getij, school voor speciaal onderwijs (cluster 4) in Almere Stad.

Geschreven zoals een directeur het in Word zou doen: hoofdstukken in de volgorde van Koers 22
(eerst de kernwaarden, dan de vensters), Kop-stijlen, en per hoofdstuk een lijst met doelen.
Gebruik: build(path) schrijft het .docx-bestand; de uitvoer is byte voor byte reproduceerbaar.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

VASTE_DATUM = datetime.datetime(2024, 6, 25, 10, 0, 0)


# ---------------------------------------------------------------- Word-plumbing

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

TITEL = [
    "Schoolplan 2024-2028",
    "Het Getij",
    "School voor speciaal onderwijs, cluster 4",
]

COVER_REGELS = [
    "Almere Stad (Stedenwijk)",
    "Almeerse Scholen Groep (ASG)",
    "BRIN 24HG",
    "Directeur: Marieke van Dalen",
    "Adjunct-directeur: Youssef el Amrani",
    "Planperiode: 1 augustus 2024 tot en met 31 juli 2028",
    "Versie: definitief, juni 2024",
]

# Elk blok: ("h1", tekst), ("h2", tekst), ("p", tekst) of ("ul", [items]).
INHOUD = [
    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van Het Getij, school voor speciaal onderwijs voor leerlingen van "
          "4 tot 13 jaar. Dit plan geldt voor de schooljaren 2024-2025 tot en met 2027-2028. Het beschrijft "
          "wie wij zijn, waar wij nu staan en wat wij de komende vier jaar willen bereiken. Het schoolplan is "
          "de basis voor onze jaarplannen: ieder jaar maken wij daaruit een jaarplan en in het jaarverslag "
          "leggen wij verantwoording af over wat er is bereikt."),
    ("p", "Het plan is geschreven tegen de achtergrond van Koers 22 van de Almeerse Scholen Groep. Wij hebben "
          "ervoor gekozen de opbouw van de koers te volgen: eerst de vier kernwaarden (gezien worden, open, "
          "vooruitstrevend en ambitieus), daarna de vier vensters. Elk hoofdstuk sluit af met onze doelen voor "
          "deze periode."),
    ("p", "Het team heeft tijdens twee studiedagen (31 januari en 20 maart 2024) de vragen uit de ASG "
          "Koerswijzer besproken. Ook een ouderpanel en de leerlingenraad hebben meegepraat. De conceptversie is "
          "in mei aan de medezeggenschapsraad voorgelegd ter instemming."),

    ("h1", "2. Het Getij in het kort"),
    ("p", "Het Getij is een school voor speciaal onderwijs (SO) in cluster 4. Wij bieden onderwijs aan "
          "leerlingen van 4 tot 13 jaar met ernstige gedragsproblemen en/of psychiatrische problematiek, zoals ADHD, autisme of angstproblemen. Voor plaatsing is een toelaatbaarheidsverklaring (TLV) van het "
          "samenwerkingsverband Passend Onderwijs Almere nodig."),
    ("p", "Op 1 oktober 2023 telde de school 94 leerlingen, verdeeld over negen groepen van tien tot twaalf "
          "leerlingen. Bijna alle leerlingen komen met het leerlingenvervoer van de gemeente naar school. Ruim een derde van de nieuwe leerlingen heeft voor de plaatsing langer dan "
          "een maand thuisgezeten."),
    ("p", "Het gebouw in de Stedenwijk is in 2019 gerenoveerd; elke groep heeft een eigen lokaal met een "
          "rustplek. Wij werken met een vijf-gelijke-dagenmodel: alle leerlingen zijn van maandag tot en met "
          "vrijdag van 8.45 tot 14.15 uur op school."),
    ("p", "Onze missie is kort: elk kind een stap verder. Wij geloven dat iedere leerling zich kan ontwikkelen "
          "als er rust, structuur en vertrouwen is, en dat iedere leerling een plek kan vinden in het onderwijs "
          "dat bij hem past."),

    ("h1", "3. Gezien worden"),
    ("p", "Bij Het Getij is iedere leerling en iedere medewerker waardevol, en iedereen wordt gezien."),
    ("h2", "Welkom op Het Getij"),
    ("p", "De dag begint bij ons aan de deur van het lokaal. De eigen leerkracht ontvangt iedere leerling "
          "persoonlijk, met een hand of een boks, en kijkt hoe het kind binnenkomt. Nieuwe leerlingen "
          "krijgen voor de eerste schooldag een thuisbezoek van de leerkracht en starten met een wenrooster van "
          "twee weken. Ouders van aangemelde kinderen krijgen een rondleiding van de intern begeleider; daarvoor "
          "is er iedere maand een vaste donderdagochtend. Bezoekers worden ontvangen door onze conciërge."),
    ("h2", "Zicht op wat leerlingen en collega's nodig hebben"),
    ("p", "De eerste zes weken na plaatsing zijn een observatieperiode. De leerkracht, de orthopedagoog en de "
          "gedragsspecialist brengen in kaart hoe de leerling leert, wat hem helpt en wat hem uit balans brengt. "
          "Wij gebruiken daarbij het dossier van de TLV-aanvraag, een gesprek met de ouders en, waar nodig, "
          "informatie van de jeugdhulpverlener. Deze observatie is de basis van het ontwikkelingsperspectiefplan "
          "(zie hoofdstuk 7). Voor medewerkers is de check-in op maandagochtend een vast onderdeel van de week: "
          "in een kwartier bespreekt elk bouwteam wie extra steun nodig heeft, bijvoorbeeld na een zware week "
          "in de groep."),
    ("h2", "Onze doelen"),
    ("ul", [
        "Vanaf 1 oktober 2024 krijgt iedere nieuwe leerling voor de eerste schooldag een thuisbezoek van de "
        "eigen leerkracht.",
        "In de oudertevredenheidspeiling van voorjaar 2026 waarderen ouders de ontvangst en het eerste contact "
        "met de school gemiddeld met minimaal een 8,0 (2024: 7,6).",
        "Wij blijven oog houden voor wat iedere leerling en iedere collega nodig heeft.",
    ]),

    ("h1", "4. Open"),
    ("p", "Wij gaan respectvol om met iedereen binnen en buiten de school. Met een open blik kijken wij naar "
          "de verscheidenheid van onze leerlingen en collega's."),
    ("h2", "Communicatie met ouders"),
    ("p", "Ouders moeten weten wat er op school gebeurt, ook als het niet goed gaat. Daarom hebben wij deze "
          "afspraken: ouders krijgen iedere dag via Parro een kort dagbericht van de leerkracht; bij een incident "
          "waarbij hun kind betrokken was, bellen wij nog dezelfde dag; en de documenten over hun kind, zoals het "
          "ontwikkelingsperspectiefplan en de verslagen van de commissie van begeleiding, staan in het "
          "ouderportaal van ParnasSys. Ouders die het Nederlands minder goed beheersen, kunnen bij gesprekken "
          "een tolk krijgen; dat regelt de administratie."),
    ("h2", "Een openbare school"),
    ("p", "Het Getij is een openbare school. Iedere leerling met een toelaatbaarheidsverklaring is welkom, "
          "ongeacht geloof of achtergrond. Onze leerlingen komen uit gezinnen met heel verschillende culturen en levensbeschouwingen. Wij geven daar zo vorm aan: in de groepen "
          "besteden wij aandacht aan feesten uit verschillende tradities, zoals het Suikerfeest, Divali, Keti "
          "Koti en Kerst, en leerlingen vertellen daar zelf over als zij dat willen. Ouders kunnen hun kind op "
          "woensdag laten deelnemen aan humanistisch of godsdienstig vormingsonderwijs (HVO/GVO). Bij die lessen "
          "en bij het vieren van feesten geldt de regel dat niemand iets hoeft te geloven, maar dat iedereen "
          "naar de ander luistert."),
    ("h2", "Onze doelen"),
    ("ul", [
        "Vanaf schooljaar 2024-2025 worden ouders na elk incident met hun kind dezelfde dag gebeld door de "
        "leerkracht of de gedragsspecialist.",
        "Uiterlijk in juni 2025 is de schoolgids herschreven op taalniveau B1 en is er een samenvatting in het "
        "Engels, Pools en Arabisch.",
        "Wij willen dat iedereen zich bij ons respectvol bejegend voelt.",
    ]),

    ("h1", "5. Vooruitstrevend"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds vorm te geven. Daarbij "
          "geven wij ons onderwijs gericht vorm langs de drie horizonten van de innovatiestrategie van ASG: "
          "continue veranderingen, fundamentele veranderingen en radicale veranderingen."),
    ("p", "Tegelijk betekent voorspelbaarheid veel voor onze leerlingen; vernieuwing gaat bij ons daarom in "
          "kleine stappen. In het team leeft de wens om meer praktisch en bewegend te leren, maar hoe dat eruit "
          "kan zien, weten wij nog niet. Wij willen de komende jaren verkennen welke nieuwe leerconcepten "
          "bij onze leerlingen passen, en wij staan open voor ideeën van collega's, ouders en andere scholen."),
    ("h2", "Onze doelen"),
    ("ul", [
        "Wij verkennen welke nieuwe leerconcepten passen bij onze doelgroep.",
        "Wij houden elkaar op de hoogte van nieuwe inzichten uit onderzoek en praktijk.",
        "Vernieuwing krijgt een vaste plek in het gesprek binnen het team.",
    ]),

    ("h1", "6. Ambitieus"),
    ("p", "Ons team is intrinsiek gemotiveerd om zich te blijven ontwikkelen en te professionaliseren, en wij "
          "geven altijd het beste van onszelf."),
    ("h2", "Verwachtingen die passen bij wat een kind kan"),
    ("p", "De verwachtingen over een leerling mogen niet door zijn gedrag worden bepaald. In ieder "
          "ontwikkelingsperspectiefplan leggen wij het uitstroomprofiel vast op basis van de capaciteiten van de "
          "leerling (intelligentieonderzoek, eerder leerrendement en onze eigen observatie), niet op basis van "
          "het gedrag in de klas. Bij de jaarlijkse evaluatie in juni kijkt de commissie van begeleiding of het "
          "leerrendement hoger is dan verwacht. Is dat zo, dan stellen wij het profiel naar boven bij. In "
          "2023-2024 gebeurde dat bij elf leerlingen; bij drie leerlingen werd het profiel naar beneden "
          "bijgesteld."),
    ("p", "Voor de leerlingen met het uitstroomprofiel vervolgonderwijs is ons streven dat zij bij het verlaten "
          "van de school ten minste referentieniveau 1F beheersen voor lezen, taalverzorging en rekenen, en "
          "voor lezen zo vaak mogelijk 2F."),
    ("h2", "Onze doelen"),
    ("ul", [
        "In het schooljaar 2027-2028 stroomt minimaal 85% van onze leerlingen uit op of boven het niveau van "
        "het uitstroomprofiel dat in het eerste ontwikkelingsperspectiefplan is vastgesteld (2023-2024: 81%).",
        "Vanaf 2024-2025 toetst de commissie van begeleiding ieder jaar in juni het uitstroomprofiel van elke "
        "leerling aan het leerrendement.",
        "Wij dagen leerlingen uit om meer te laten zien dan zij zelf denken te kunnen.",
    ]),

    ("h1", "7. Goed en toegankelijk onderwijs"),
    ("p", "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in Almere, zodat alle "
          "leerlingen een passende onderwijsplek hebben. Wij werken aan een leercultuur die gericht is op "
          "voortdurend verbeteren en vernieuwen."),
    ("h2", "7.1 Ons onderwijsprogramma"),
    ("p", "Onze leerlingen werken aan de kerndoelen van het speciaal onderwijs, die voor de meeste van hen "
          "gelijk zijn aan die van het basisonderwijs. Wij gebruiken in alle groepen dezelfde methodes: Veilig leren lezen (kim-versie) "
          "voor aanvankelijk lezen, Estafette voor voortgezet technisch lezen, Nieuwsbegrip voor begrijpend "
          "lezen, Taal actief voor taal en spelling, De wereld in getallen 5 voor rekenen en Blink Wereld voor "
          "de zaakvakken. Voor de sociaal-emotionele ontwikkeling werken wij met Kwink. Gym krijgen de leerlingen twee keer per week van een vakleerkracht."),
    ("p", "De ochtend is gereserveerd voor taal, lezen en rekenen, in een vaste volgorde en met instructie "
          "volgens het directe instructiemodel. De middag is voor wereldoriëntatie, creatieve vakken, bewegen en "
          "de lessen sociaal-emotionele ontwikkeling. Per jaar plannen wij ruim 950 uur onderwijstijd. Wij "
          "werken met de referentieniveaus: in het OPP staat per leerling welk niveau (1F, 2F of 1S) aan het "
          "einde van de schoolperiode het doel is. In groep 8 maken de leerlingen met het profiel "
          "vervolgonderwijs de doorstroomtoets."),
    ("h2", "7.2 Werken met het ontwikkelingsperspectief"),
    ("p", "Iedere leerling heeft binnen zes weken na plaatsing een ontwikkelingsperspectiefplan (OPP). Wij stellen het op met de ouders. Het OPP bevat het "
          "verwachte uitstroomprofiel, de belemmerende en bevorderende factoren, de leerroute per vakgebied en "
          "de doelen voor gedrag en werkhouding."),
    ("p", "De commissie van begeleiding (CvB) bestaat uit de orthopedagoog (voorzitter), de intern begeleider, "
          "de gedragsspecialist, de jeugdarts van de GGD Flevoland en de schoolmaatschappelijk werker. De CvB "
          "stelt het OPP vast en evalueert het twee keer per jaar, in november en juni. Ouders bespreken het OPP "
          "drie keer per jaar met de leerkracht: bij de start, na de evaluatie in november en na de evaluatie in "
          "juni. Of een leerling zich ontwikkelt volgens zijn leerroute, volgen wij met de toetsen van Cito "
          "Leerling in beeld (twee keer per jaar) en voor de sociaal-emotionele ontwikkeling met de "
          "observatielijst ZIEN!, die de leerkracht drie keer per jaar invult. In de groepsbespreking die daarop "
          "volgt, bekijken de leerkracht en de intern begeleider welke leerlingen achterblijven bij hun leerroute "
          "en wat er in de aanpak moet veranderen."),
    ("h2", "7.3 Uitstroom"),
    ("p", "In de afgelopen twee schooljaren (2022-2023 en 2023-2024) verlieten 43 "
          "leerlingen de school. Elf van hen (26%) gingen terug naar het reguliere basisonderwijs, negentien "
          "(44%) naar het voortgezet speciaal onderwijs, tien (23%) naar het reguliere voortgezet onderwijs "
          "(praktijkonderwijs en vmbo, een enkele leerling naar de havo) en drie naar een andere voorziening, "
          "zoals een dagbehandeling. Bij 81% van de leerlingen paste de bestemming bij het uitstroomprofiel of "
          "lag die hoger."),
    ("p", "Wij volgen onze oud-leerlingen twee jaar. Van de leerlingen die in 2022-2023 vertrokken, zat na een "
          "jaar 88% nog op de school waar zij naartoe gingen. Vooral bij terugplaatsing naar het basisonderwijs "
          "gaat het soms mis, meestal in de eerste maanden. Daarom verbeteren wij de komende periode de nazorg: "
          "iedere teruggeplaatste leerling krijgt zes maanden begeleiding van een van onze ambulant begeleiders."),
    ("h2", "7.4 Zorg en ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel (SOP) staat welke ondersteuning wij bieden. Kort samengevat: in "
          "iedere groep werken een leerkracht en een onderwijsassistent met maximaal twaalf leerlingen. Elke "
          "leerling heeft een vaste plek, een visueel dagprogramma en een afgesproken route naar de rustplek. Wij bieden individuele begeleiding door "
          "de orthopedagoog, sociale vaardigheidstraining in kleine groepjes en, samen met jeugdhulp, behandeling "
          "op school (zie hoofdstuk 10). In het SOP staat ook wat wij niet kunnen bieden: leerlingen die "
          "voortdurend één-op-één begeleiding nodig hebben, leerlingen bij wie intensieve medische zorg voorop "
          "staat en leerlingen die door hun gedrag een blijvend gevaar zijn voor anderen, kunnen wij geen veilige "
          "plek bieden. In die gevallen zoeken wij samen met het samenwerkingsverband naar een passender plek."),
    ("h2", "7.5 Veiligheid en schoolklimaat"),
    ("p", "Een voorspelbare en veilige omgeving is de basis van ons werk. Alle medewerkers zijn getraind in de "
          "aanpak van Nieuwe Autoriteit: wij gaan de strijd niet aan, maar blijven aanwezig, stellen grenzen en "
          "herstellen het contact na een conflict. Na ieder ernstig incident volgt binnen een dag een "
          "herstelgesprek. Incidenten registreren wij in ParnasSys; de gedragsspecialist maakt iedere maand een "
          "overzicht dat in het team wordt besproken. De sociale veiligheid meten wij ieder jaar in maart met een "
          "vragenlijst voor leerlingen vanaf acht jaar en met ZIEN!. In 2024 voelde 86% van de leerlingen zich "
          "meestal of altijd veilig op school. De intern begeleider is onze anti-pestcoördinator."),
    ("h2", "7.6 Burgerschap"),
    ("p", "Burgerschap begint bij ons dichtbij: leren samenleven in een groep. De leerlingenraad, met een "
          "vertegenwoordiger uit iedere groep vanaf groep 5, vergadert zes keer per jaar met de directeur en "
          "beslist mee over bijvoorbeeld de inrichting van het schoolplein. In de bovenbouw werken wij ieder jaar "
          "aan het project 'Mijn stad', waarin leerlingen het stadhuis bezoeken, een raadslid interviewen en een "
          "voorstel doen voor hun eigen wijk."),
    ("h2", "7.7 Kwaliteitszorg"),
    ("p", "Wij werken met een vaste jaarcyclus. In het voorjaar evalueren wij het jaarplan; de uitkomsten staan "
          "in het jaarverslag en vormen de basis voor het jaarplan van het volgende schooljaar. De directeur en "
          "de intern begeleider bezoeken iedere leerkracht twee keer per jaar met een kijkwijzer. Twee keer per jaar analyseren wij de resultaten "
          "in het team. Om het jaar houden wij "
          "tevredenheidspeilingen onder leerlingen, ouders en medewerkers. Ieder kwartaal rapporteren wij aan het "
          "bestuur over leerlingaantallen, uitstroom, incidenten en personeel. Bij het laatste bezoek van de "
          "inspectie, in oktober 2022, zijn alle onderzochte standaarden als voldoende beoordeeld. Om die "
          "basiskwaliteit vast te houden, voeren wij in het voorjaar van 2026 een zelfevaluatie uit op alle "
          "standaarden van het onderzoekskader."),
    ("h2", "Onze doelen"),
    ("ul", [
        "Uiterlijk in juni 2025 stelt de CvB elk OPP binnen zes weken na plaatsing vast (nu gemiddeld na acht weken).",
        "Uiterlijk 1 januari 2025 is het SOP geactualiseerd en op de website gepubliceerd.",
        "Vanaf schooljaar 2024-2025 krijgt iedere teruggeplaatste leerling zes maanden nazorg door een "
        "ambulant begeleider.",
        "In 2028 zit minimaal 90% van onze oud-leerlingen een jaar na vertrek nog op de school waarnaar zij "
        "zijn uitgestroomd (2023: 88%).",
        "In de veiligheidsmeting van maart 2027 voelt minimaal 90% van de leerlingen zich meestal of altijd "
        "veilig op school (2024: 86%).",
        "Wij willen ons aanbod de komende jaren toekomstgerichter maken, bijvoorbeeld op het gebied van "
        "digitale geletterdheid.",
    ]),

    ("h1", "8. Personeel in positie"),
    ("p", "Medewerkers ervaren bij Het Getij erkenning van hun professionaliteit en expertise, en voelen zich "
          "gezien."),
    ("h2", "Ons team"),
    ("p", "Het team bestaat uit 37 medewerkers, onder wie veertien leerkrachten, dertien "
          "onderwijsassistenten, een orthopedagoog, een gedragsspecialist en twee ambulant begeleiders."),
    ("p", "Twaalf van de veertien leerkrachten zijn volledig bevoegd; vijf van hen hebben een master Special "
          "Educational Needs. Twee leerkrachten zijn zij-instromer. Zij volgen de deeltijdopleiding aan de pabo "
          "en krijgen daarvoor een dag per week studieverlof, een eigen coach uit het team en in het eerste jaar "
          "een kleinere lesopdracht."),
    ("h2", "Professionele ontwikkeling en gesprekscyclus"),
    ("p", "Iedere medewerker houdt een bekwaamheidsdossier bij in Youforce. In oktober voert de leidinggevende "
          "met iedere medewerker een ontwikkelgesprek, in het voorjaar volgt een voortgangsgesprek en eens in de "
          "drie jaar een beoordelingsgesprek; een klassenbezoek gaat aan het gesprek vooraf. De teamscholing "
          "staat in 2024-2025 in het teken van de verdieping van Nieuwe Autoriteit (vier bijeenkomsten met een "
          "externe trainer) en in 2025-2026 van het leesonderwijs in het speciaal onderwijs. Daarnaast volgt "
          "iedere leerkracht in deze planperiode ten minste één programma van de ASG Academie."),
    ("h2", "Welbevinden"),
    ("p", "Wie een ernstig incident meemaakt, krijgt "
          "dezelfde dag een nagesprek met de gedragsspecialist of een leidinggevende en kan zo nodig gebruikmaken "
          "van het bedrijfsmaatschappelijk werk. Leerkrachten en onderwijsassistenten hebben vier keer per jaar "
          "een supervisiebijeenkomst onder leiding van een externe supervisor. Met de werkdrukmiddelen betalen wij een extra onderwijsassistent die inspringt als een groep onderbezet is."),
    ("h2", "Onze doelen"),
    ("ul", [
        "In 2024-2025 volgt het hele team vier bijeenkomsten verdieping Nieuwe Autoriteit.",
        "Uiterlijk in juli 2026 hebben beide zij-instromers hun bevoegdheid behaald.",
        "In 2025 heeft 100% van de medewerkers een ontwikkelgesprek gevoerd en een bijgewerkt "
        "bekwaamheidsdossier.",
        "Wij willen dat medewerkers met plezier bij ons blijven werken.",
    ]),

    ("h1", "9. De meerwaarde van ASG"),
    ("p", "Door de schaalgrootte van ASG beschikken wij over interne expertise op veel beleidsgebieden. Daar "
          "maken wij graag gebruik van."),
    ("h2", "Schakelen tussen speciaal en regulier"),
    ("p", "Het Getij is de enige school voor speciaal onderwijs in cluster 4 binnen ASG. Daardoor vervult onze "
          "school binnen het aanbod van ASG een eigen rol: naar ons toe als het op een basisschool niet meer "
          "gaat, en weer terug als dat kan. Sinds 2023 werken wij met twee ASG-basisscholen in Almere Stad, De "
          "Zeester en Het Palet, aan een schakeltraject. Een leerling die daarvoor in aanmerking komt, gaat eerst "
          "twee dagdelen per week naar de basisschool, begeleid door onze ambulant begeleider, en bouwt dat in "
          "acht tot twaalf weken op. Daarna volgen zes maanden nazorg. Drie van de vier leerlingen die het traject doorliepen, zitten nog op de basisschool. Voor de overstap naar het voortgezet onderwijs hebben "
          "wij met de ASG-scholen voor praktijkonderwijs en vmbo afgesproken dat er voor iedere leerling een "
          "warme overdracht is, met een gesprek tussen de mentor, de ouders en onze leerkracht."),
    ("p", "Wij zouden graag vaker kennis uitwisselen met collega's van andere ASG-scholen, bijvoorbeeld over "
          "gedrag in de klas."),
    ("h2", "Onze doelen"),
    ("ul", [
        "In het schooljaar 2025-2026 is het schakeltraject met De Zeester en Het Palet beschreven en "
        "geëvalueerd.",
        "Wij maken meer gebruik van de kennis en ervaring binnen ASG.",
    ]),

    ("h1", "10. Partnerschap"),
    ("p", "Samen met collega-schoolbesturen en de gemeente werken wij aan de aanpak van regionale problemen in "
          "het onderwijs, zoals het lerarentekort."),
    ("h2", "Ouders"),
    ("p", "Ouders zijn onze belangrijkste partner. Zij denken mee bij het opstellen van het "
          "OPP en bespreken het drie keer per jaar met de leerkracht (zie hoofdstuk 7). Twee keer per jaar organiseren wij samen met Kairos Jeugdhulp de "
          "oudercursus 'Sterk staan': zes avonden waarin ouders de principes van Nieuwe Autoriteit leren die wij "
          "ook op school toepassen. In 2023-2024 deden achttien ouders mee."),
    ("h2", "Jeugdhulp in de school"),
    ("p", "Veel van onze leerlingen ontvangen naast onderwijs ook jeugdhulp. Om te voorkomen dat zij daarvoor "
          "onder schooltijd weg moeten, werken wij sinds 2022 met een onderwijszorgarrangement. Vier "
          "hulpverleners van Kairos Jeugdhulp werken op vaste dagen in de school. Zij bieden behandeling en groepstraining. In 2023-2024 kregen 23 "
          "leerlingen jeugdhulp op school. Voor leerlingen met een psychiatrische hulpvraag hebben wij een vaste "
          "contactpersoon bij de jeugd-GGZ, die twee keer per jaar een consultatieochtend op school houdt."),
    ("h2", "Gemeente en samenwerkingsverband"),
    ("p", "Met de gemeente Almere hebben wij veel te maken: de leerplichtambtenaar, het leerlingenvervoer en "
          "het sociaal wijkteam. Voor leerlingen die thuiszitten of dreigen thuis te komen zitten, is er iedere "
          "zes weken een overleg met leerplicht en het samenwerkingsverband. Onze directeur is namens de scholen "
          "voor speciaal onderwijs in Almere lid van het overleg Onderwijs-Jeugdhulp, waarin de gemeente, het "
          "samenwerkingsverband en de jeugdhulpaanbieders afspraken maken over de financiering van "
          "onderwijszorgarrangementen. Wij hebben in 2023 meegeschreven aan de regeling die de gemeente nu voor "
          "alle SO-scholen gebruikt."),
    ("h2", "In de wijk"),
    ("p", "In de Stedenwijk werken wij samen met het sociaal wijkteam, dat eens per maand een spreekuur voor "
          "ouders op school houdt. Met de voetbalvereniging in de wijk hebben wij afgesproken dat onze "
          "leerlingen op woensdagmiddag onder begeleiding kunnen meetrainen; dit jaar doen twaalf leerlingen mee. "
          "Voor de groepen 7 en 8 organiseert de bibliotheek in de wijk iedere maand een leesmiddag."),
    ("h2", "Onze doelen"),
    ("ul", [
        "Vanaf 2024-2025 organiseren wij ieder jaar twee rondes van de oudercursus 'Sterk staan', met minimaal "
        "twintig deelnemende ouders per jaar.",
        "In 2026 krijgen minimaal dertig leerlingen hun jeugdhulp onder schooltijd op school, zodat zij geen "
        "lessen missen.",
        "Uiterlijk eind 2025 zijn er met de jeugd-GGZ vaste afspraken over een wachttijd van maximaal acht "
        "weken voor onze leerlingen.",
        "Wij blijven werken aan goede contacten met onze partners in de wijk.",
    ]),

    ("h1", "11. Vaststelling"),
    ("p", "Dit schoolplan is op 22 mei 2024 in het team besproken. De medezeggenschapsraad heeft op 11 juni "
          "2024 ingestemd met het schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het "
          "plan op 25 juni 2024 vastgesteld."),
    ("p", "Namens de medezeggenschapsraad: ______________________  datum: __________"),
    ("p", "Namens het College van Bestuur: ______________________  datum: __________"),
    ("p", "Directeur Het Getij: ______________________  datum: __________"),
]


# ---------------------------------------------------------------- opbouw

def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    par = doc.sections[0].footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = par.add_run("Schoolplan Het Getij 2024-2028 - pagina ")
    run.font.size = Pt(8)
    page_field(par)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Marieke van Dalen"
    cp.last_modified_by = "Marieke van Dalen"
    cp.title = "Schoolplan 2024-2028 Het Getij"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    doc.add_heading(TITEL[0], level=0)
    for regel in TITEL[1:]:
        p = doc.add_paragraph()
        r = p.add_run(regel)
        r.bold = True
        r.font.size = Pt(16)
    for regel in COVER_REGELS:
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "ul":
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        else:  # pragma: no cover
            raise ValueError(soort)

    _voettekst(doc)
    doc.save(path)
    deterministisch(path, VASTE_DATUM)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_87_getij_so.docx")
