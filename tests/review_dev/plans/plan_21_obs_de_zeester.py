"""Schoolplan 2024-2028 van OBS De Zeester, openbare basisschool in Almere Haven (circa 180 leerlingen).

Een kort en dun schoolplan (ongeveer 2.100 woorden), zoals een directeur het in Word schrijft om aan de
verplichting te voldoen. Opbouw met echte kopstijlen: inleiding, schoolbeschrijving, missie en visie,
dan per kernwaarde van Koers 22 een paragraaf (Kop 2) en per venster een paragraaf (Kop 2, met enkele
Kop 3-subparagrafen), een korte lijst 'Speerpunten' en een slotparagraaf over de totstandkoming.

Het grootste deel herhaalt de zinnen van het bestuur in de wij-vorm, als wens ('Wij willen...', 'Ons
streven is...'), als waarde ('Bij ons staat respect centraal') of als plan zonder inhoud ('Dit werken
wij in schooljaar 2025-2026 verder uit', 'Hiervoor zetten wij een werkgroep op'), met lijsten van
methodenamen zonder te zeggen wat de school ermee doet. Eigen inhoud staat alleen in: de leesaanpak
met resultaten en doel (5.1), de groepsbesprekingen en de ondersteuningsroute (5.1), de teamscholing
EDI met klassenbezoeken (5.2) en de oudergesprekken (5.4). Van de speerpunten zijn er twee gedateerd en
meetbaar (lezen juni 2027, EDI juni 2026). De MR 'heeft meegedacht'; het openbare karakter krijgt één zin.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl, taal_nl_stijlen

VASTE_DATUM = datetime.datetime(2024, 6, 20, 10, 0, 0)

# Elk blok: (soort, tekst). Soorten: titel, sub, h1, h2, h3, p, li.
BLOKKEN: list[tuple[str, str]] = [
    ("titel", "Schoolplan 2024-2028"),
    ("sub", "OBS De Zeester"),
    ("sub", "Openbare basisschool, Almere Haven"),
    ("p", "Directeur: Marieke de Groot\nPlanperiode: 1 augustus 2024 tot en met 31 juli 2028\nVersie: juni 2024"),

    ("h1", "1. Inleiding"),
    ("p", "Voor u ligt het schoolplan van OBS De Zeester voor de periode 1 augustus 2024 tot en met 31 juli 2028. "
          "In dit schoolplan beschrijven wij hoe wij de komende vier jaar werken aan goed onderwijs voor alle "
          "kinderen van onze school."),
    ("p", "Het schoolplan sluit aan op Koers 22 van de Almeerse Scholen Groep (ASG), het bestuur waar onze "
          "school onder valt. Wij hebben de kernwaarden en de vensters uit de koers als uitgangspunt genomen. Per "
          "kernwaarde en per venster beschrijven wij wat dit voor De Zeester betekent. Samen kleur geven aan goed "
          "onderwijs: dat willen wij ook op De Zeester."),
    ("p", "Na een korte beschrijving van onze school en onze missie en visie volgen de kernwaarden (hoofdstuk "
          "4) en de vensters (hoofdstuk 5). In hoofdstuk 6 staan onze speerpunten voor de komende vier jaar."),
    ("p", "Het schoolplan is een groeidocument. Ieder jaar maken wij een jaarplan waarin wij de plannen verder "
          "uitwerken, en een jaarverslag waarin wij terugkijken."),

    ("h1", "2. Onze school"),
    ("p", "OBS De Zeester staat sinds 1982 in de wijk De Wierden in Almere Haven. Het was een van de eerste "
          "scholen in Almere Haven. In 2016 is het gebouw grondig gerenoveerd. De school heeft acht lokalen, een "
          "speellokaal voor de kleuters, een centrale hal met de schoolbibliotheek en een groen schoolplein met een "
          "moestuin. Na een ambitieuze verbouwing is in 2023 ook de kleuterafdeling vernieuwd. Bij de renovatie "
          "kreeg het gebouw zonnepanelen, nieuwe ventilatie en nieuwe kozijnen; het binnenklimaat is daardoor "
          "sterk verbeterd."),
    ("p", "Op dit moment hebben wij ongeveer 180 leerlingen, verdeeld over acht groepen. De wijk is gemengd: er "
          "staan koop- en huurwoningen en er wonen veel gezinnen met verschillende achtergronden. Ongeveer een "
          "kwart van onze leerlingen spreekt thuis (ook) een andere taal dan het Nederlands. Het leerlingenaantal "
          "is de afgelopen jaren redelijk stabiel gebleven. De kleuters zitten in twee combinatiegroepen 1-2; "
          "de groepen 3 tot en met 8 zijn enkele jaargroepen van gemiddeld 22 leerlingen. Door nieuwbouw aan de "
          "rand van de wijk verwachten wij de komende jaren een lichte groei."),
    ("p", "Het team bestaat uit veertien leerkrachten, een intern begeleider, een onderwijsassistent, een "
          "conciërge, een administratief medewerker en de directeur. In totaal werken er negentien mensen op De "
          "Zeester, de meesten in deeltijd."),
    ("p", "Wij werken met een vijf-gelijke-dagenmodel: alle groepen gaan van maandag tot en met vrijdag van 8.30 "
          "tot 14.15 uur naar school. De buitenschoolse opvang zit in ons gebouw. In maart is er een open dag voor "
          "nieuwe ouders."),

    ("h1", "3. Missie en visie"),
    ("p", "Onze missie is: Samen leren, samen groeien."),
    ("p", "Wij willen dat ieder kind zich bij ons thuis voelt en zich optimaal kan ontwikkelen. Wij vinden het "
          "belangrijk dat kinderen zichzelf en hun talenten leren kennen en dat zij leren samenwerken, samen leren "
          "en samen leven. Bij ons staat respect centraal. De samenleving verandert snel en wij willen kinderen goed "
          "voorbereiden op hun toekomst. Daarom willen wij eigentijds onderwijs geven, in een veilige en "
          "uitdagende leeromgeving."),
    ("p", "Als openbare school staan wij open voor alle kinderen, ongeacht hun afkomst, geloof of "
          "levensovertuiging."),

    ("h1", "4. Onze kernwaarden"),
    ("p", "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Deze kernwaarden zijn "
          "ook voor De Zeester de basis van ons handelen. Hieronder beschrijven wij per kernwaarde wat deze voor "
          "ons betekent."),

    ("h2", "4.1 Gezien worden"),
    ("p", "Op De Zeester is iedereen waardevol en wordt iedereen gezien. Wij willen een school zijn waar "
          "kinderen, ouders en bezoekers zich welkom voelen. Ons streven is een gastvrije sfeer in de hele school, "
          "waarin iedereen zich welkom voelt, ook wie voor het eerst binnenloopt."),
    ("p", "Wij vinden het belangrijk dat wij zicht hebben op wat onze leerlingen en collega's nodig hebben. Hoe "
          "wij dit bij de leerlingen doen, staat beschreven in paragraaf 5.1."),
    ("p", "In schooljaar 2025-2026 gaan wij met het team in gesprek over wat gastvrijheid voor ons betekent."),

    ("h2", "4.2 Open"),
    ("p", "Wij gaan respectvol met elkaar om: kinderen, ouders en collega's. Bij ons staat respect centraal. "
          "Wij willen open en eerlijk zijn naar ouders en naar elkaar. Ons streven is dat onze communicatie "
          "transparant en toegankelijk is. Voor de communicatie met ouders gebruiken wij Parro, de maandelijkse "
          "nieuwsbrief en de website."),
    ("p", "Wij kijken met een open blik naar de verschillen tussen kinderen en tussen collega's. Wij vinden het "
          "belangrijk dat ieder kind zichzelf kan zijn."),
    ("p", "Dit werken wij in schooljaar 2025-2026 verder uit in een communicatieplan."),

    ("h2", "4.3 Vooruitstrevend"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten en willen ons onderwijs eigentijds vormgeven. Wij willen "
          "durven experimenteren en nieuwe dingen uitproberen. Ons streven is om te werken met nieuwe "
          "leerconcepten die passen bij onze school. Wij werken aan vernieuwing langs de drie horizonten van ASG: "
          "continue, fundamentele en radicale veranderingen."),
    ("p", "Wij vinden het belangrijk dat kinderen goed leren omgaan met ICT. In de groepen 4 tot en met 8 werken "
          "wij met Chromebooks en Snappet."),
    ("p", "Hiervoor zetten wij in schooljaar 2025-2026 een werkgroep onderwijsvernieuwing op."),

    ("h2", "4.4 Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij willen het maximale uit ieder "
          "kind halen. Als team geven wij altijd het beste van onszelf en wij zijn gemotiveerd om ons te blijven "
          "ontwikkelen."),
    ("p", "Wij vinden het belangrijk dat leerlingen eigenaar worden van hun eigen leerproces. Ook van elkaar "
          "verwachten wij veel: wij spreken elkaar aan als afspraken niet worden nagekomen. Ons streven is een "
          "school waar kinderen en volwassenen zich blijven ontwikkelen. Dit werken wij de komende jaren verder "
          "uit."),

    ("h1", "5. De vensters"),
    ("p", "Koers 22 kent vier vensters. Hieronder beschrijven wij per venster wat wij doen en wat wij willen "
          "bereiken."),

    ("h2", "5.1 Goed en toegankelijk onderwijs"),
    ("p", "Wij willen goed onderwijs geven aan alle kinderen. De kwaliteit van ons onderwijs moet op orde zijn en "
          "blijven. Wij willen onderwijs ontwikkelen dat past bij de belevingswereld van onze leerlingen."),

    ("h3", "Ons onderwijsaanbod"),
    ("p", "Wij werken met methodes die voldoen aan de kerndoelen:"),
    ("li", "rekenen: Pluspunt 4;"),
    ("li", "taal en spelling: Staal;"),
    ("li", "aanvankelijk lezen in groep 3: Veilig leren lezen (KIM-versie);"),
    ("li", "technisch lezen: Estafette;"),
    ("li", "begrijpend lezen: Nieuwsbegrip;"),
    ("li", "wereldoriëntatie: Blink Wereld;"),
    ("li", "Engels: Groove.me;"),
    ("li", "sociaal-emotionele ontwikkeling: Kwink;"),
    ("li", "kleuters: Kleuterplein en KIJK!."),
    ("p", "Wij vinden het belangrijk dat ons curriculum toekomstgericht is. Daarom kijken wij de komende jaren "
          "kritisch naar ons aanbod."),

    ("h3", "Resultaten en lezen"),
    ("p", "Onze eindresultaten liggen de laatste jaren rond het landelijk gemiddelde. Bij rekenen halen wij de "
          "signaleringswaarden van de inspectie. Bij lezen lukte dat in 2023 niet: 52 procent van onze groep "
          "8-leerlingen haalde het niveau 1S, terwijl de signaleringswaarde voor onze school op 55 procent ligt. "
          "Ook lager in de school blijven veel kinderen achter met technisch lezen: in juni 2024 las 68 procent "
          "van de kinderen in groep 3 tot en met 8 op het AVI-niveau dat bij hun leerjaar hoort."),
    ("p", "Daarom is lezen ons belangrijkste speerpunt. Vanaf augustus 2024 lezen alle groepen vier ochtenden "
          "per week twintig minuten, vrij of in tutorleesgroepjes waarin groep 7 met groep 4 leest. Kinderen die "
          "bij de toetsing in januari onder hun niveau lezen, krijgen drie keer per week extra leesinstructie in "
          "een klein groepje volgens de RALFI-aanpak, gegeven door de onderwijsassistent. Ons doel is dat in juni "
          "2027 ten minste 80 procent van de leerlingen in groep 3 tot en met 8 op AVI-niveau leest en dat ten "
          "minste 60 procent van groep 8 het niveau 1S haalt."),

    ("h3", "Zicht op onze leerlingen"),
    ("p", "Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider met iedere leerkracht een "
          "groepsbespreking. Daarin bespreken zij de toetsgegevens, de observaties van de leerkracht en de "
          "uitkomsten van KIJK! en ZIEN!. Per groep maakt de leerkracht daarna een groepsoverzicht met drie "
          "instructieniveaus voor rekenen en lezen. Kinderen over wie de leerkracht zich zorgen maakt, komen in de "
          "leerlingbespreking met de intern begeleider."),
    ("p", "Is de basisondersteuning niet genoeg, dan bespreken wij het kind in het ondersteuningsteam, samen met "
          "de ouders en de orthopedagoog van het samenwerkingsverband Passend Onderwijs Almere. Daar spreken wij "
          "af welke extra ondersteuning het kind krijgt en wanneer wij evalueren. Ons schoolondersteuningsprofiel "
          "staat op de website."),

    ("h3", "Burgerschap en veiligheid"),
    ("p", "Wij vinden burgerschap belangrijk. Kinderen leren bij ons samenwerken en samenleven en wij willen dat "
          "zij later als verantwoordelijke burgers een volwaardige plek in de maatschappij innemen. Wij gebruiken "
          "hiervoor Kwink en Blink Wereld. Hiervoor zetten wij in schooljaar 2025-2026 een werkgroep burgerschap "
          "op."),
    ("p", "Wij willen dat alle kinderen zich veilig voelen op school. Wij hebben een veiligheidsplan en een "
          "pestprotocol. Wij werken met Kwink en volgen de kinderen met ZIEN!. Dit werken wij in schooljaar "
          "2025-2026 verder uit."),

    ("h3", "Kwaliteitszorg"),
    ("p", "Wij werken cyclisch aan kwaliteit volgens de PDCA-cyclus. Wij gebruiken hiervoor Werken met "
          "Kwaliteit (WMK). Ieder jaar schrijven wij een jaarplan en een jaarverslag. Ons streven is een "
          "samenhangend stelsel van kwaliteitszorg dat zichtbaar is in de hele school, en een leercultuur waarin "
          "wij voortdurend willen verbeteren. Dit werken wij in schooljaar 2025-2026 verder uit."),

    ("h2", "5.2 Personeel in positie"),
    ("p", "Wij vinden het belangrijk dat medewerkers zich betrokken voelen bij De Zeester en bij ASG en trots "
          "zijn op hun werk. Wij hebben aandacht voor het welbevinden van alle collega's, in elke levensfase. Wij "
          "willen dat iedere collega zich gezien en gewaardeerd voelt en dat de talenten van collega's benut "
          "worden. Wij vinden het belangrijk dat collega's vitaal zijn en met plezier naar hun werk gaan."),
    ("p", "De gesprekscyclus voeren wij uit volgens de regeling van ASG. Collega's kunnen gebruikmaken van het "
          "aanbod van de ASG Academie. Het lerarentekort raakt ook De Zeester. Wij willen een aantrekkelijke "
          "werkgever zijn voor nieuwe collega's. Onbevoegde collega's ondersteunen wij bij het halen van hun "
          "bevoegdheid."),

    ("h3", "Teamscholing EDI"),
    ("p", "In de schooljaren 2024-2025 en 2025-2026 volgt het hele team de scholing Expliciete Directe Instructie "
          "(EDI). Per jaar zijn er vier teambijeenkomsten op de studiedagen, verzorgd door een externe trainer. "
          "Tussen de bijeenkomsten oefenen de leerkrachten de stappen van EDI in hun eigen groep. De directeur en "
          "de intern begeleider leggen ieder jaar twee klassenbezoeken per leerkracht af met de EDI-kijkwijzer en "
          "bespreken het bezoek na met de leerkracht. Ons doel is dat in juni 2026 alle leerkrachten hun "
          "instructie bij rekenen en lezen geven volgens EDI, zichtbaar in de kijkwijzer bij beide "
          "klassenbezoeken."),

    ("h2", "5.3 De meerwaarde van ASG"),
    ("p", "Wij zijn onderdeel van ASG. Wij willen graag leren van andere ASG-scholen en onze kennis en ervaring "
          "delen. Collega's ontmoeten elkaar op de ASG-brede studiedagen. Ons streven is dat wij meer gebruikmaken "
          "van de expertise binnen ASG en dat wij weten wie wij voor welke vraag kunnen benaderen."),
    ("p", "Na de basisschool gaan veel van onze leerlingen naar een van de scholen voor voortgezet onderwijs van "
          "ASG."),

    ("h2", "5.4 Partnerschap"),
    ("p", "Ouders zijn voor ons belangrijke partners. Aan het begin van het schooljaar, in de eerste vier weken, "
          "voeren wij met alle ouders een startgesprek. Vanaf groep 5 is het kind bij dit gesprek en vertelt het "
          "zelf wat het wil leren en wat het daarvoor nodig heeft. In november en maart volgen "
          "voortgangsgesprekken; in groep 7 en 8 gaat het gesprek in maart ook over het schooladvies. Ouders van "
          "kinderen die extra ondersteuning krijgen, spreken de leerkracht of de intern begeleider ten minste vier "
          "keer per jaar."),
    ("p", "De medezeggenschapsraad is voor ons een klankbord en een sparringpartner bij nieuw beleid. Wij werken "
          "samen met verschillende partners, zoals de bibliotheek, de buitenschoolse opvang, de GGD en het "
          "wijkteam. Ons streven is om deze samenwerking de komende jaren verder te versterken."),

    ("h1", "6. Speerpunten 2024-2028"),
    ("p", "In de komende vier jaar werken wij aan de volgende speerpunten:"),
    ("li", "Wij versterken ons leesonderwijs: in juni 2027 leest ten minste 80 procent van de leerlingen in "
           "groep 3 tot en met 8 op AVI-niveau en haalt ten minste 60 procent van groep 8 het niveau 1S."),
    ("li", "In juni 2026 geven alle leerkrachten hun instructie bij rekenen en lezen volgens het EDI-model."),
    ("li", "Wij werken aan een positief en veilig schoolklimaat."),
    ("li", "Wij versterken de samenwerking met ouders."),
    ("li", "Wij geven burgerschap een duidelijke plek in ons onderwijs."),
    ("li", "Wij werken aan een toekomstgericht curriculum."),
    ("li", "Wij besteden aandacht aan het welbevinden van het team."),
    ("p", "De speerpunten werken wij ieder jaar uit in het jaarplan. In het jaarverslag kijken wij terug op wat "
          "er is bereikt."),

    ("h1", "7. Totstandkoming en vaststelling"),
    ("p", "Dit schoolplan is geschreven door de directeur. Het team heeft op de studiedag van 14 februari 2024 "
          "gesproken over de kernwaarden en de speerpunten. De medezeggenschapsraad heeft meegedacht over het "
          "schoolplan."),
    ("p", "Het schoolplan geldt van 1 augustus 2024 tot en met 31 juli 2028 en wordt vastgesteld door het "
          "bevoegd gezag."),
    ("p", "Almere, juni 2024\n\nMarieke de Groot\nDirecteur OBS De Zeester"),
]


def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2024-2028 OBS De Zeester - pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    for soort, tekst in BLOKKEN:
        if soort == "titel":
            doc.add_paragraph(tekst, style="Title")
        elif soort == "sub":
            par = doc.add_paragraph()
            run = par.add_run(tekst)
            run.bold = True
            run.font.size = Pt(14)
        elif soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "h3":
            doc.add_heading(tekst, level=3)
        elif soort == "li":
            doc.add_paragraph(tekst, style="List Bullet")
        else:
            doc.add_paragraph(tekst)
    _voettekst(doc)
    cp = doc.core_properties
    cp.author = "Marieke de Groot"
    cp.last_modified_by = "Marieke de Groot"
    cp.title = "Schoolplan 2024-2028 OBS De Zeester"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.revision = 3
    doc.save(path)
    deterministisch(path, VASTE_DATUM)
