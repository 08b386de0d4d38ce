"""Schoolplan 2025-2029 van Pampus Mavo, een openbare mavo (vmbo-theoretische leerweg) met 481
leerlingen in Almere Poort, onderdeel van de Almeerse Scholen Groep.

Ontwerp: het plan volgt de centrale vragen van de ASG Koerswijzer letterlijk. Per kernwaarde en per
venster is er een Heading 1, en elke centrale vraag staat er als Heading 2 onder, beantwoord in één tot
vier zinnen. Een deel van de antwoorden is 'Niet van toepassing voor onze school.' of 'Dit is een
taak van het bestuur.', een deel herhaalt de bestuurszin, veel antwoorden geven concrete schoolinhoud.
Vooraf een korte schoolbeschrijving en een 'Terugblik 2021-2025' met wat in de vorige periode is
bereikt (verleden tijd, waaronder een gestopte pilot). De doelen staan aan het eind als genummerde lijst
zonder koppeling aan kernwaarden of vensters; ongeveer de helft is meetbaar of gedateerd. De MR 'heeft
ingestemd met het schoolplan', zonder datum. Het openbare karakter wordt alleen genoemd; de vraag naar
identiteit wordt naar het bestuur verwezen.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.shared import Cm, Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

BESTUUR = "Dit is een taak van het bestuur."
NVT = "Niet van toepassing voor onze school."

HOOFDSTUKKEN = [
    ("Kernwaarde Gezien worden", [
        ("Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?",
         ["De cultuur op Pampus Mavo is gastvrij, iedereen voelt zich welkom. Dat willen we zo houden."]),
        ("Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?",
         ["Iedereen bij Pampus Mavo is waardevol en wordt gezien. Met een open blik kijken wij naar de "
          "verscheidenheid van leerlingen en medewerkers."]),
        ("Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen "
         "bij ASG?",
         ["Wie het ergens niet mee eens is, gaat eerst naar de mentor en daarna naar de teamleider; de "
          "klachtenregeling staat op onze website. Per leerjaar is er een klankbordgroep van zes tot "
          "acht ouders die drie keer per jaar met de teamleider praat over het rooster, de toetsweken "
          "en de communicatie."]),
    ]),
    ("Kernwaarde Open", [
        ("Hoe bereiken we dat iedereen zich respectvol bejegend voelt?",
         ["Onze vijf schoolafspraken hangen in elk lokaal en de mentor bespreekt ze in de eerste "
          "schoolweek met de klas. Bij pesten werkt onze anti-pestcoördinator, mevrouw Bakker, met de "
          "no-blame-aanpak: binnen een week is er een steungroep en na drie weken een evaluatie met "
          "de ouders. Elk voorjaar vullen alle leerlingen de veiligheidsmonitor in; in 2025 voelde "
          "91% zich veilig op school. Een docent die een leerling uit de les stuurt, voert dezelfde dag "
          "nog een herstelgesprek met die leerling."]),
        ("Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed "
         "te informeren?",
         ["Cijfers, absenties en huiswerk staan in Somtoday; ouders en leerlingen zien die direct in de "
          "app. Elke maand verschijnt de nieuwsbrief ‘Pampus Post’ en in september krijgen alle "
          "ouders het jaarrooster met de toetsweken. De mentor belt in de eerste zes schoolweken alle "
          "ouders van de klas, en e-mails van ouders beantwoorden we binnen twee werkdagen, in "
          "gewone taal zonder schooljargon."]),
        ("Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het "
         "openbare karakter van ASG?",
         [BESTUUR]),
    ]),
    ("Kernwaarde Vooruitstrevend", [
        ("Hoe faciliteren we innovatie binnen ASG?", [BESTUUR]),
        ("Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?",
         ["Elk jaar onderzoeken twee docenten een vraag uit hun eigen lespraktijk, begeleid door een "
          "onderzoekscoach van Windesheim Flevoland; zij krijgen daar 40 uur voor. In 2024-2025 ging "
          "het om feedback op schrijfopdrachten bij Engels en om het automatiseren van rekenen in de "
          "onderbouw. De uitkomsten bespreken we in de secties en de beste aanpak nemen we over. "
          "Leerlingen van leerjaar 4 maken een sectorwerkstuk met een eigen onderzoeksvraag."]),
        ("Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal "
         "vertaald voor ASG?", [NVT]),
    ]),
    ("Kernwaarde Ambitieus", [
        ("Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te "
         "realiseren?",
         ["Wij geven altijd het beste van onszelf en spreken elkaar daar ook op aan."]),
        ("Wat doen we om de professionaliteit van ons personeel te verbeteren?",
         ["Iedere docent heeft een persoonlijk scholingsbudget van € 600 per jaar en legt in het "
          "ontwikkelgesprek vast wat hij daarmee gaat leren. In 2025-2026 volgt het hele team de ASG "
          "Academie-leergang ‘Formatief handelen’ (vier bijeenkomsten). Twee keer per jaar bezoekt "
          "iedere docent een les van een sectiegenoot met onze kijkwijzer en bespreekt die na."]),
        ("Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?",
         ["Leerlingen van leerjaar 3 en 4 voeren zelf het rapportgesprek met hun ouders en mentor, aan "
          "de hand van een portfolio met hun cijfers, hun LOB-opdrachten en twee eigen leerdoelen. Na "
          "elke toetsweek kiezen leerlingen per vak een doel voor de volgende periode."]),
    ]),
    ("Venster 1: Goed en toegankelijk onderwijs", [
        ("Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk "
         "onderwijs?",
         ["Wij realiseren kwalitatief en eigentijds onderwijs en ontwikkelen onderwijs passend bij de "
          "belevingswereld van onze leerlingen. De uitwerking staat in de antwoorden hieronder."]),
        ("Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de "
         "leerling?",
         ["Ons schoolondersteuningsprofiel beschrijft wat wij bieden: een ondersteuningscoördinator, "
          "een wekelijks zorgteam, faalangstreductietraining, begeleiding bij dyslexie en dyscalculie "
          "(extra tijd, voorleessoftware, rekenkaart) en een ontwikkelingsperspectiefplan voor "
          "leerlingen die meer nodig hebben. Wat wij niet kunnen bieden, is langdurige één-op-"
          "éénbegeleiding of een prikkelarme klas. Leerlingen die tijdelijk niet in de klas kunnen "
          "blijven, gaan naar de reboundvoorziening van het samenwerkingsverband Passend Onderwijs VO "
          "Almere; past een andere school beter, dan zoeken we die samen met ouders en het "
          "samenwerkingsverband en dragen we de leerling warm over."]),
        ("Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?",
         ["In juni hebben we met de basisschool van iedere nieuwe leerling een overdrachtsgesprek. In "
          "leerjaar 1 tot en met 3 nemen we de Cito VAS-toetsen af (0-, 1- en 2-meting). Na elke "
          "periode is er per klas een leerlingbespreking met mentor, vakdocenten en "
          "ondersteuningscoördinator, waarin we per leerling afspraken maken die in Somtoday komen."]),
        ("Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding "
         "mogelijk te maken?",
         ["Een les op Pampus Mavo voldoet aan de zes punten van onze kijkwijzer: op tijd beginnen, het "
          "lesdoel op het bord, korte instructie volgens EDI, leerlingen minstens de helft van de tijd "
          "actief aan het werk, een check aan het eind of het doel gehaald is, en "
          "verdiepingsopdrachten voor wie meer kan. We verwachten dat iedere leerling het diploma "
          "haalt dat bij zijn advies past en dagen leerlingen die dat aankunnen uit een achtste "
          "examenvak te kiezen; in 2024-2025 deed 38% van leerjaar 4 dat."]),
        ("Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?",
         ["Leerjaar 1 en 2 hebben 31 lesuren van 50 minuten per week, met onder meer vier uur "
          "Nederlands, vier uur wiskunde, drie uur Engels en sinds 2022 één uur Digitaal: programmeren, "
          "werken met data en spreadsheets en verantwoord gebruik van AI-hulpmiddelen. Aan het eind "
          "van leerjaar 2 kiezen leerlingen een sector en zeven examenvakken; de secties herzien elk "
          "jaar in juni hun programma van toetsing en afsluiting. Burgerschap is verweven in alle "
          "vakken."]),
        ("Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het "
         "servicebureau en het bestuur?", [BESTUUR]),
        ("Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het "
         "managementinformatiesysteem om optimale sturing te faciliteren?", [NVT]),
        ("Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren "
         "en verbeteren de norm is?",
         ["Iedere sectie analyseert in juni de examen- en toetsresultaten en schrijft een sectieplan "
          "met twee verbeterpunten, dat de teamleider in oktober met de sectie bespreekt. De "
          "teamleiders bezoeken elke docent twee keer per jaar met de kijkwijzer. Om de twee jaar "
          "houden we een tevredenheidsonderzoek onder leerlingen, ouders en personeel; de uitkomsten "
          "gaan naar het jaarplan en worden in het jaarverslag en in de kwartaalrapportage aan het "
          "bestuur verantwoord."]),
    ]),
    ("Venster 2: Personeel in positie", [
        ("Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?", [BESTUUR]),
        ("Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun "
         "eigen loopbaan?",
         ["In het jaarlijkse ontwikkelgesprek in oktober bespreekt iedere medewerker met zijn "
          "teamleider ook zijn loopbaanwensen. Vacatures van andere ASG-scholen hangen in de "
          "personeelskamer en staan in de weekbrief; wie wil overstappen, kan een week meelopen op "
          "de andere school. In 2024-2025 stapten twee collega’s over naar een andere ASG-school en "
          "kwamen er drie van andere ASG-scholen bij ons."]),
        ("Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en "
         "professionalisering binnen ASG?",
         ["Ja, dat is voor iedereen duidelijk."]),
        ("Hoe maken we een koppeling tussen Koers 22 en de vorm en inhoud van het aanbod van de ASG "
         "Academie?", [BESTUUR]),
        ("Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp "
         "van gesprek wordt?",
         ["Ons verzuim was in 2024 5,8%. De teamleider belt op de eerste ziektedag, voert na de derde "
          "ziekmelding in een jaar een verzuimgesprek en schakelt bij verzuim langer dan twee weken "
          "de bedrijfsarts in. Welbevinden en werkdruk zijn een vast onderwerp in het "
          "ontwikkelgesprek. Een voltijds docent geeft maximaal 23 lessen per week en collega’s vanaf "
          "57 jaar kunnen hun uren duurzame inzetbaarheid gebruiken voor minder lessen."]),
        ("Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten "
         "behoeve van ASG?",
         ["We zetten de talenten van onze medewerkers in voor de gehele organisatie."]),
        ("Hoe zorgen wij ervoor dat het aanbod van de ASG Academie aansluit bij de opdrachten die we "
         "onszelf geven?", [NVT]),
        ("Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?",
         ["Sinds 2022 zijn we opleidingsschool binnen de Opleidingsschool Almere, waarin vo-scholen "
          "van verschillende Almeerse besturen samen met Windesheim Flevoland leraren opleiden om "
          "het lerarentekort in de stad te verkleinen. We begeleiden jaarlijks acht tot tien "
          "stagiairs met twee schoolopleiders. Onze vier onbevoegde docenten volgen een "
          "lerarenopleiding; zij krijgen vier uur per week studieverlof en een vaste coach."]),
        ("Hoe geven onze medewerkers invulling en kleur aan het professioneel statuut van ASG?",
         ["Onze medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich "
          "gezien."]),
        ("Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?",
         ["Het verslag van het ontwikkelgesprek en van het beoordelingsgesprek (eens in de drie jaar) "
          "komt binnen twee weken, door beiden getekend, in het digitale personeelsdossier. "
          "Medewerkers voegen daar zelf hun certificaten en scholingsbewijzen aan toe."]),
    ]),
    ("Venster 3: De meerwaarde van ASG", [
        ("Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?", [BESTUUR]),
        ("Welke studiedagen, ontmoetingen en professionaliseringsprogramma’s zijn nodig voor de "
         "verschillende doelgroepen?",
         ["Het hele team gaat naar de ASG-studiedag in oktober; daar presenteren onze twee "
          "docentonderzoekers elk jaar hun uitkomsten in een workshop. Nieuwe collega’s gaan in hun "
          "eerste jaar naar ASG Start. Daarnaast hebben we vier eigen studiedagen per jaar, in "
          "2025-2026 over formatief handelen."]),
        ("Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?", [NVT]),
        ("Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?",
         ["De secties Nederlands, Engels en wiskunde nemen deel aan de ASG-vaknetwerken vmbo, die vier "
          "keer per jaar bij elkaar komen. De sectie wiskunde maakt daar met twee andere ASG-scholen "
          "een gezamenlijke schoolexamentoets voor leerjaar 4 en de sectie Engels deelt een bank met "
          "leesteksten."]),
        ("Wat verwachten scholen van medewerkers van het servicebureau en vice versa?",
         ["Medewerkers van onze school en van het servicebureau weten van elkaar wie ze moeten "
          "benaderen voor welke expertise."]),
        ("Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?",
         ["Wij zijn de enige categorale mavo van ASG in Almere Poort. Leerlingen die na hun diploma "
          "naar havo 4 willen, volgen in leerjaar 4 een voorbereidingsprogramma (extra wiskunde en een "
          "module schrijfvaardigheid) en worden warm overgedragen aan de ASG-havoschool van hun "
          "keuze; in 2024 gingen 21 leerlingen naar de havo en 94 naar het mbo. Leerlingen die in "
          "leerjaar 1 of 2 vastlopen, kunnen overstappen naar de kaderberoepsgerichte leerweg van "
          "een andere ASG-school."]),
    ]),
    ("Venster 4: Partnerschap", [
        ("Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van "
         "hun kind?",
         ["In september is er per leerjaar een ouderavond met de mentoren. In leerjaar 2 helpen we "
          "ouders bij de keuze van het vakkenpakket met een informatieavond en een keuzegesprek van "
          "mentor, leerling en ouder. In leerjaar 3 en 4 zijn ouders bij het rapportgesprek dat hun "
          "kind zelf leidt."]),
        ("Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?",
         ["De medezeggenschap is een klankbord voor ideeën en een sparringpartner voor de directie bij "
          "voorgenomen beleid en uitvoering van beleid."]),
        ("Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor "
         "onze leerlingen?",
         ["In leerjaar 3 lopen alle leerlingen vijf dagen snuffelstage bij een bedrijf of instelling "
          "in Almere Poort of Almere Stad; we hebben daarvoor een vast netwerk van ongeveer zestig "
          "stagebedrijven. Het jongerenwerk van De Schoor houdt elke woensdagmiddag een inloop in "
          "onze aula en de wijkagent van Poort komt maandelijks langs. Leerlingen van leerjaar 4 "
          "lopen een dag mee bij een mbo-opleiding van ROC Flevoland."]),
        ("Welke regionale problemen kunnen we samen met andere partners aanpakken?",
         ["Het lerarentekort, via de Opleidingsschool Almere (zie venster 2). Daarnaast overleggen we "
          "maandelijks met de leerplichtambtenaar van de gemeente Almere en de andere vo-scholen in "
          "Poort over leerlingen die dreigen thuis te komen zitten."]),
        ("Hoe zorgen we ervoor dat ASG zichtbaar is en blijft voor diverse gremia, zowel lokaal, "
         "regionaal als landelijk?", [BESTUUR]),
    ]),
]

TERUGBLIK = [
    "In maart 2023 bezocht de inspectie ons voor het vierjaarlijks onderzoek. Alle onderzochte "
    "standaarden waren voldoende en de onderwijsresultaten lagen drie jaar op rij boven de "
    "inspectienorm.",
    "Het slagingspercentage was 91,8% in 2022, 94,1% in 2023, 92,6% in 2024 en 93,4% in 2025.",
    "Het aantal leerlingen groeide van 412 in 2021 naar 481 op 1 oktober 2024.",
    "In 2022 hebben we het vak Digitaal ingevoerd in leerjaar 1 en 2.",
    "In 2022 werden we opleidingsschool binnen de Opleidingsschool Almere.",
    "Van 2021 tot 2023 deden we in leerjaar 1 een pilot met keuzewerktijd: leerlingen kozen vier "
    "uur per week zelf aan welk vak ze werkten. Omdat de resultaten in leerjaar 2 daalden en het "
    "rooster niet werkbaar bleek, zijn we er in de zomer van 2023 mee gestopt.",
    "In 2023-2024 volgden alle docenten de ASG Academie-leergang ‘Activerende didactiek’. Daaruit is "
    "onze kijkwijzer van zes punten ontstaan.",
    "Het ziekteverzuim daalde van 7,2% in 2021 naar 5,8% in 2024.",
    "In de zomer van 2024 is het technieklokaal vernieuwd.",
]

DOELEN = [
    "Het slagingspercentage is elk jaar minimaal 94% (gemiddelde 2022-2025: 93,0%).",
    "In juni 2027 is bij minimaal 80% van de lesbezoeken de les op alle zes punten van de kijkwijzer "
    "voldoende (2025: 61%).",
    "We zorgen voor een nog betere aansluiting op het mbo.",
    "Het ziekteverzuim is in 2028 gedaald tot maximaal 4,5% (2024: 5,8%).",
    "Alle docenten zijn uiterlijk in augustus 2028 bevoegd voor de vakken die zij geven.",
    "We gaan meer samenwerken met andere ASG-scholen.",
    "Vanaf schooljaar 2026-2027 leiden alle leerlingen van leerjaar 2 tot en met 4 zelf hun "
    "rapportgesprek met ouders en mentor.",
    "Het vak Digitaal groeit mee met de ontwikkelingen.",
    "We blijven een gastvrije school waar iedereen zich welkom voelt.",
    "Leerlingen worden meer eigenaar van hun leerproces.",
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Arial"
    stijl.font.size = Pt(10.5)
    for sectie in doc.sections:
        sectie.left_margin = Cm(2.5)
        sectie.right_margin = Cm(2.5)
        voet = sectie.footer.paragraphs[0]
        voet.text = "Pampus Mavo – Schoolplan 2025-2029 – "
        page_field(voet)

    doc.add_heading("Pampus Mavo – Schoolplan 2025-2029", level=0)
    doc.add_paragraph("Openbare mavo in Almere Poort · Almeerse Scholen Groep")
    doc.add_paragraph("Directeur: Ruben Hoekstra")

    doc.add_heading("Over dit schoolplan", level=1)
    doc.add_paragraph(
        "Dit schoolplan volgt de centrale vragen van de ASG Koerswijzer. Per kernwaarde en per venster "
        "hebben we iedere vraag beantwoord, zoals de Koerswijzer directies vraagt te doen. De antwoorden "
        "zijn in februari en maart 2025 voorbereid door de schoolleiding en op de studiedag van 19 maart "
        "2025 met het team besproken. Waar een vraag niet op onze school van toepassing is of bij het "
        "bestuur ligt, zeggen we dat kort. Aan het eind staan onze doelen voor deze planperiode.")

    doc.add_heading("Onze school", level=1)
    doc.add_paragraph(
        "Pampus Mavo is een openbare school voor de theoretische leerweg van het vmbo in Almere Poort, "
        "in een gebouw uit 2009 aan de rand van het Pampushout. Op 1 oktober 2024 hadden we 481 "
        "leerlingen in vier leerjaren, verdeeld over twintig klassen. Ongeveer de helft van de "
        "leerlingen woont in Poort, de rest komt uit Almere Stad en Almere Haven. Er werken 46 "
        "mensen: 36 docenten, een directeur, twee teamleiders (onderbouw en bovenbouw), een "
        "ondersteuningscoördinator, een decaan en vijf onderwijsondersteunende medewerkers. Bijna "
        "alle leerlingen komen binnen met een mavo- of mavo/havo-advies.")

    doc.add_heading("Terugblik 2021-2025", level=1)
    doc.add_paragraph("In de vorige planperiode hebben we het volgende bereikt:")
    for regel in TERUGBLIK:
        doc.add_paragraph(regel, style="List Bullet")

    for titel, vragen in HOOFDSTUKKEN:
        doc.add_heading(titel, level=1)
        for vraag, antwoorden in vragen:
            doc.add_heading(vraag, level=2)
            for antwoord in antwoorden:
                doc.add_paragraph(antwoord)

    doc.add_heading("Onze doelen 2025-2029", level=1)
    doc.add_paragraph("In de periode 2025-2029 werken we aan de volgende doelen:")
    for doel in DOELEN:
        doc.add_paragraph(doel, style="List Number")

    doc.add_heading("Instemming", level=1)
    doc.add_paragraph(
        "Dit schoolplan is in het team besproken en aan de medezeggenschapsraad voorgelegd. De "
        "medezeggenschapsraad heeft ingestemd met het schoolplan.")

    doc.core_properties.author = "Ruben Hoekstra"
    doc.core_properties.title = "Schoolplan Pampus Mavo 2025-2029"
    doc.core_properties.created = datetime.datetime(2025, 6, 18, 14, 0, 0)
    doc.core_properties.modified = datetime.datetime(2025, 6, 18, 14, 0, 0)
    doc.core_properties.last_modified_by = "Ruben Hoekstra"
    doc.core_properties.revision = 1
    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 6, 18, 14, 0, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_32_pampus_mavo_vragen.docx")
