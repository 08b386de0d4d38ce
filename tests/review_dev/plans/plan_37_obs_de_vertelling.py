"""Schoolplan 2025-2029 van OBS De Vertelling, een openbare basisschool (PO, 212 leerlingen) in de
Literatuurwijk in Almere Stad.

Ontwerp: Word-kopstijlen (Heading 1/2). Na een korte schoolbeschrijving volgt een hoofdstuk per
ASG-kernwaarde, geheel in de eigen woorden van de school over de dagelijkse praktijk (ontvangst van
kinderen en bezoekers, hoe het team kinderen laat merken dat ze ertoe doen, omgaan met verschillende
achtergronden, blijven leren, wat de school van kinderen vraagt). Ongeveer een derde van de alinea's
in die hoofdstukken bevat alleen waarden of wensen, zonder afspraak. De school werkt niet met
Kanjertraining maar met eigen 'Samen-afspraken'. Daarna een hoofdstuk per venster, met per venster
een doelentabel (Doel | Meetbaar | Wanneer). Slot: instemming van de MR met datum en vaststelling.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl


def _p(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


def _lijst(doc, items):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan OBS De Vertelling 2025-2029 - pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    _p(doc, "OBS De Vertelling, openbare basisschool in de Literatuurwijk, Almere Stad")
    _p(doc, "Brinnummer 23TK - Directeur: Hanneke Vos - Bestuur: Almeerse Scholen Groep (ASG)")
    _p(doc, "Planperiode: 1 augustus 2025 tot en met 31 juli 2029")

    # ------------------------------------------------------------------ 1
    doc.add_heading("1. Over onze school", level=1)
    doc.add_heading("Wie wij zijn", level=2)
    _p(doc, "OBS De Vertelling staat sinds 1989 aan de Multatulilaan in de Literatuurwijk. Op 1 oktober "
            "2024 telden we 212 leerlingen, verdeeld over negen groepen: drie combinatiegroepen 1/2 en de "
            "enkele groepen 3 tot en met 8. Ons team bestaat uit negentien mensen: de directeur (0,8 fte), "
            "een intern begeleider, elf groepsleerkrachten, twee onderwijsassistenten, een vakleerkracht "
            "bewegingsonderwijs, een conciërge, een administratief medewerker en een leesconsulent van de "
            "bibliotheek die twee dagdelen per maand bij ons is.")
    _p(doc, "Onze leerlingen wonen vrijwel allemaal in de Literatuurwijk en de Stedenwijk. Bij 41 procent van "
            "de kinderen wordt thuis (ook) een andere taal dan Nederlands gesproken; samen hebben onze "
            "gezinnen 27 nationaliteiten. De schoolweging van het CBS is 31,2 (landelijk gemiddelde 30). "
            "Ieder jaar komen er tussen de zes en tien kinderen tussentijds binnen, een deel van hen "
            "rechtstreeks uit het buitenland.")
    doc.add_heading("Hoe dit plan is opgebouwd", level=2)
    _p(doc, "In de hoofdstukken 2 tot en met 5 beschrijven we, aan de hand van de vier kernwaarden van ASG, "
            "hoe het er bij ons dagelijks aan toe gaat. We hebben die hoofdstukken met het team geschreven "
            "op de studiedagen van januari en maart 2025, in onze eigen woorden. In de hoofdstukken 6 tot en "
            "met 9 werken we de vier vensters van Koers 22 uit, steeds met een tabel met de doelen voor deze "
            "planperiode. Hoofdstuk 10 beschrijft de vaststelling van het plan.")

    # ------------------------------------------------------------------ 2
    doc.add_heading("2. Gezien worden", level=1)
    _p(doc, "Een kind dat zich niet thuis voelt, leert niet. Dat is de eerste zin die nieuwe collega's van "
            "ons horen, en we menen het. Een school is pas een goede school als kinderen er graag naartoe "
            "gaan en ouders met een gerust hart weer naar huis lopen.")
    doc.add_heading("Binnenkomen bij De Vertelling", level=2)
    _p(doc, "Om 8.20 uur gaan de deuren open. Bij elke klas staat de leerkracht in de deuropening en begroet "
            "ieder kind bij naam, met een hand, een boks of een knikje: het kind kiest. In groep 1/2 lopen "
            "ouders tot 8.35 uur mee de klas in; vanaf groep 3 nemen ouders afscheid op het plein, behalve "
            "op de eerste schooldag en op de meeloopochtend in oktober. Wie te laat komt, wordt niet bij de "
            "deur opgevangen met een preek maar met 'fijn dat je er bent'; het gesprek over te laat komen "
            "voeren we later, met de ouders.")
    _p(doc, "Bezoekers melden zich bij Ricardo, onze conciërge. Hij brengt iedereen naar de juiste plek en "
            "biedt koffie of thee aan; niemand staat bij ons in de gang te zoeken. Ouders die een school "
            "zoeken, krijgen een rondleiding van twee kinderen uit groep 7 of 8, onze 'gidsen'. Zij krijgen "
            "in september een korte gidsentraining van de directeur: wat laat je zien, hoe stel je iemand "
            "op zijn gemak, wat doe je als iemand de taal nog niet spreekt. Een nieuw kind krijgt de eerste "
            "twee weken een maatje uit de groep, en op de eerste dag staat zijn of haar naam op het bord in "
            "de hal.")
    doc.add_heading("Ieder kind doet ertoe", level=2)
    _p(doc, "Elke dag begint met een korte check-in: kinderen hangen hun knijper bij een van de vier kleuren "
            "van de stemmingsmeter. Een kind dat op rood of blauw hangt, krijgt vóór de pauze een moment "
            "alleen met de leerkracht. Drie keer per jaar (oktober, februari en juni) voert de leerkracht met "
            "ieder kind een kindgesprek van tien minuten, zonder ouders erbij. Wat een kind vertelt, leggen "
            "we vast in ParnasSys; als een kind iets zorgelijks vertelt, bespreekt de leerkracht dat binnen "
            "een week met de intern begeleider.")
    _p(doc, "Op de Trots-muur in de hal hangt elke week van iedere groep iets waar een kind trots op is, door "
            "het kind zelf gekozen. In de weekafsluiting op vrijdag noemt de directeur drie kinderen die "
            "iemand anders hebben geholpen; die namen worden aangedragen door kinderen, niet door "
            "leerkrachten.")
    doc.add_heading("Weten wat een kind nodig heeft", level=2)
    _p(doc, "Bij de inschrijving voeren de intern begeleider en de leerkracht een intakegesprek met de "
            "ouders, met vragen over de ontwikkeling, de talen thuis en wat het kind fijn en lastig vindt. "
            "Zes weken na de start volgt een 'hoe gaat het nu'-gesprek. Twee keer per jaar (november en "
            "maart) houden leerkracht en intern begeleider een groepsbespreking. Daar komen de "
            "ZIEN!-observaties, de toetsgegevens uit Boom LVS en de kindgesprekken samen, en benoemen we "
            "per kind: wat heeft dit kind nodig van mij, van de groep en van thuis?")
    _p(doc, "Wij hopen dat geen enkel kind bij ons tussen wal en schip valt, ook niet het stille kind dat "
            "nooit iets vraagt. Daar willen we als team altijd scherp op blijven.")

    # ------------------------------------------------------------------ 3
    doc.add_heading("3. Open", level=1)
    _p(doc, "Onze school is van iedereen in de wijk. Wie je ook bent en waar je ook vandaan komt, je hoort "
            "erbij. Dat vinden we het mooiste van een openbare school, en het is ook het moeilijkste.")
    doc.add_heading("Onze Samen-afspraken", level=2)
    _p(doc, "Wij werken niet met een methode voor sociaal-emotioneel leren zoals Kanjertraining. In 2022 "
            "hebben we met de leerlingenraad en het team vier eigen Samen-afspraken gemaakt, die in elke "
            "klas en op het plein hangen:")
    _lijst(doc, [
        "We zorgen goed voor elkaar en voor onze spullen.",
        "We luisteren naar elkaar en laten elkaar uitpraten.",
        "Ruzie lossen we op met woorden.",
        "Iedereen mag meedoen.",
    ])
    _p(doc, "In de eerste zes weken van het schooljaar bespreekt elke groep iedere week één afspraak in de "
            "Samen-kring op maandagochtend: wat betekent dit bij ons in de klas, hoe ziet het eruit op het "
            "plein? Bij ruzie gaan kinderen naar de praatplek. Daar voeren ze een herstelgesprek met drie "
            "vaste vragen (Wat gebeurde er? Wat deed dat met jou? Wat heb je nu nodig?), in de pauzes "
            "begeleid door twee getrainde ruziebemiddelaars uit groep 7 of 8. De afspraken gelden ook voor "
            "volwassenen: leerkrachten spreken elkaar en ouders aan zoals we dat van kinderen vragen, en een "
            "volwassene die op het plein tegen een kind uitvalt, wordt door de directeur apart genomen.")
    doc.add_heading("Verschillende achtergronden, één school", level=2)
    _p(doc, "Openbaar betekent voor ons dat ieder kind welkom is, ongeacht geloof, afkomst of wat de ouders "
            "denken, en dat we geen enkele overtuiging voortrekken. In de praktijk betekent dat: in groep 5 "
            "tot en met 8 kiezen ouders of hun kind één uur per week humanistisch, protestants of islamitisch "
            "vormingsonderwijs volgt; de andere kinderen hebben in dat uur filosofieles bij hun eigen "
            "leerkracht. In de Wereldkring op maandag vertellen kinderen over de feesten die zij thuis "
            "vieren. Suikerfeest, Divali, Kerst, Chanoeka en Keti Koti staan op onze schoolkalender, en bij "
            "elk feest is er een klas die het voor de hele school presenteert.")
    _p(doc, "Nieuwkomers krijgen de eerste zes maanden vier uur per week extra taalles van onderwijsassistent "
            "Fatma Yilmaz, in een klein groepje in de taalkamer. In de klas mogen kinderen hun thuistaal "
            "gebruiken om elkaar iets uit te leggen; elke klas heeft een kast met boeken in de talen van "
            "onze kinderen, aangevuld door de bibliotheek.")
    doc.add_heading("Eerlijk en begrijpelijk", level=2)
    _p(doc, "Wij vinden dat ouders altijd moeten weten waar ze aan toe zijn. Niemand hoort zich buitengesloten "
            "te voelen omdat hij de woorden van school niet kent. Eerlijk zeggen wat goed gaat en wat niet, "
            "ook als dat ongemakkelijk is, hoort bij hoe wij willen zijn.")

    # ------------------------------------------------------------------ 4
    doc.add_heading("4. Vooruitstrevend", level=1)
    _p(doc, "Een school die stilstaat, gaat achteruit. De wijk verandert, de kinderen veranderen, en wat "
            "tien jaar geleden goed werkte, werkt nu niet vanzelf meer.")
    doc.add_heading("Zo blijven wij leren", level=2)
    _p(doc, "Het team werkt in twee leerteams, onderbouw (groep 1 tot en met 4) en bovenbouw (groep 5 tot en "
            "met 8). Ieder leerteam doet elk schooljaar één cyclus lesson study: samen een les voorbereiden "
            "rond een vraag uit de eigen klassen, één collega geeft de les terwijl de anderen observeren wat "
            "de kinderen doen, daarna aanpassen en opnieuw geven. In 2024-2025 ging de vraag over "
            "woordenschat bij kleuters die thuis weinig Nederlands horen.")
    _p(doc, "Eens per kwartaal lezen we met het hele team een artikel of onderzoekssamenvatting, bijvoorbeeld "
            "van Onderwijskennis.nl, en bespreken we op de teamvergadering wat we ermee doen. Iedere "
            "leerkracht gaat één keer per jaar een ochtend kijken op een andere school en vertelt daarna in "
            "vijf minuten wat hij of zij heeft meegenomen.")
    doc.add_heading("Nieuwe manieren van leren", level=2)
    _p(doc, "Wij dromen van een school waar kinderen vaker samen aan echte vragen werken en minder aan losse "
            "bladzijden. Spelend leren tot ver in groep 3, onderzoekend leren in de bovenbouw: dat zouden we "
            "graag meer zien. Hoe dat er bij ons uit gaat zien, weten we nog niet.")
    doc.add_heading("Stap voor stap", level=2)
    _p(doc, "Vernieuwen doen we niet om het vernieuwen. Sommige dingen verbeter je elke dag een beetje, "
            "andere vragen om een grote stap, en soms moet je durven vragen of iets nog wel klopt. Dat "
            "evenwicht willen wij bewaren.")

    # ------------------------------------------------------------------ 5
    doc.add_heading("5. Ambitieus", level=1)
    _p(doc, "Wij geloven in onze kinderen, ook als ze dat zelf nog niet doen. De wijk waarin een kind "
            "opgroeit, mag niet bepalen hoe ver het komt.")
    doc.add_heading("Wat wij van kinderen vragen", level=2)
    _p(doc, "We gaan ervan uit dat ieder kind meer kan dan het nu laat zien. Een kind krijgt bij ons geen "
            "eigen leerlijn voor groep 6, en daarna alleen na een groepsbespreking en een gesprek met de "
            "ouders. Elke zes weken schrijven kinderen vanaf groep 4 in hun weekplan 'mijn volgende stap': "
            "één ding dat ze willen leren en hoe ze laten zien dat het gelukt is. Van kinderen vragen we dat "
            "ze hun werk afmaken, hulp vragen als ze vastlopen en een taak in de klas op zich nemen.")
    _p(doc, "Aan het eind van groep 8 streven we ernaar dat 97 procent van de kinderen lezen en rekenen op "
            "het fundamentele niveau (1F) beheerst, 65 procent lezen op het streefniveau (2F) en 45 procent "
            "rekenen op het streefniveau (1S). In 2024 was dat 96, 58 en 39 procent.")
    doc.add_heading("Een team dat blijft groeien", level=2)
    _p(doc, "Iedere leerkracht kiest in september zelf een ontwikkelvraag voor het jaar en kiest ook zelf de "
            "route: een cursus, collegiale consultatie, meelopen op een andere school. Ieder teamlid heeft "
            "daarvoor 500 euro die hij of zij zelf mag besteden. In juni laten we op de Groeimarkt aan "
            "elkaar zien wat we hebben geleerd.")
    doc.add_heading("Er staan als het telt", level=2)
    _p(doc, "Wij willen dat kinderen aan ons zien dat je je best doet, ook op een grijze maandagochtend in "
            "februari. Wie bij ons werkt, laat merken dat het ertoe doet. Daar hoort ook bij dat je een fout "
            "maakt en dat hardop zegt.")

    # ------------------------------------------------------------------ 6
    doc.add_heading("6. Venster 1: Goed en toegankelijk onderwijs", level=1)
    doc.add_heading("Ons onderwijsaanbod", level=2)
    _p(doc, "In groep 1/2 werken we thematisch met Kleuterplein, met dagelijks een kwartier woordenschat in "
            "een kleine kring. Vanaf groep 3 lezen we met Veilig leren lezen (KIM-versie) en werken we met "
            "Staal voor taal en spelling. Rekenen geven we met Pluspunt 4, elke dag zestig minuten, in drie "
            "instructieniveaus. Wereldoriëntatie, begrijpend lezen en burgerschap komen samen in Blink Wereld "
            "(vier thema's per jaar). Engels krijgen kinderen vanaf groep 1 met Groove.me. Gym geeft de "
            "vakleerkracht twee keer per week. Voor cultuureducatie werken we met het programma van Kunstlinie "
            "Almere Flevoland: iedere groep bezoekt per jaar één voorstelling of tentoonstelling.")
    _p(doc, "Dat we de kerndoelen dekken, controleren we elk jaar in juni met het dekkingsoverzicht van de "
            "methodes; waar een kerndoel ontbreekt, vult de werkgroep dat aan. De referentieniveaus volgen "
            "we per kind in Boom LVS.")
    _p(doc, "Elk Blink-thema begint met de Vragenmuur: kinderen schrijven op wat ze over het onderwerp willen "
            "weten, en minstens twee lessen per thema bouwt de leerkracht rond die vragen. Voor begrijpend "
            "lezen kiezen we daarnaast teksten over wat er in de wijk en in de klas speelt, zoals de "
            "verbouwing van het winkelcentrum of de moestuin achter de school.")
    _p(doc, "Wij willen een toekomstgericht curriculum. In de komende planperiode oriënteren wij ons op wat "
            "dat voor De Vertelling betekent.")
    doc.add_heading("Burgerschap", level=2)
    _p(doc, "Burgerschap oefenen kinderen bij ons vooral door het te doen. De leerlingenraad, met twee "
            "gekozen kinderen per groep 5 tot en met 8, vergadert acht keer per jaar en beheert een eigen "
            "budget van 750 euro. De verkiezing gaat met echte kieslijsten en een stembus. In de Samen-kring "
            "bespreken we elke week een nieuwsbericht. In november doet de hele school mee aan de "
            "Kinderrechtenweek, en groep 8 bezoekt in het voorjaar het stadhuis van Almere en speelt daar een "
            "raadsvergadering na.")
    doc.add_heading("Veiligheid", level=2)
    _p(doc, "Ieder jaar in februari vullen de kinderen van groep 5 tot en met 8 de ZIEN!-vragenlijst over "
            "veiligheid en welbevinden in; in 2024 voelde 91 procent zich (zeer) veilig op school. Bij pesten "
            "volgen we ons pestprotocol, dat is opgebouwd rond de Samen-afspraken. Onze intern begeleider is "
            "anti-pestcoördinator, en ouders en kinderen kunnen terecht bij onze vertrouwenspersoon, "
            "leerkracht Bas de Jong. Incidenten leggen we vast in ParnasSys en bespreken we elk kwartaal in "
            "het team.")
    doc.add_heading("Ondersteuning: wat wij kunnen bieden", level=2)
    _p(doc, "Ons schoolondersteuningsprofiel beschrijft wat ieder kind krijgt en waar onze grens ligt. Tot de "
            "basisondersteuning horen instructie op drie niveaus, de groepsbesprekingen en de aanpak bij "
            "dyslexie volgens het landelijke protocol, met tutorlezen in groep 3 en 4. Daarnaast bieden wij:")
    _lijst(doc, [
        "de Denkwerkplaats: één ochtend per week voor ongeveer veertien kinderen uit groep 4 tot en met 8 "
        "die meer uitdaging nodig hebben;",
        "extra taalondersteuning voor nieuwkomers (zie hoofdstuk 3);",
        "begeleiding bij gedrag in de klas, met een arrangement van het samenwerkingsverband;",
        "een prikkelarme werkplek in elke bovenbouwklas.",
    ])
    _p(doc, "Wij kunnen niet voorzien in de behoeften van kinderen die de hele dag één-op-één begeleiding "
            "nodig hebben of die verpleegkundige zorg onder schooltijd nodig hebben. Wij zijn daar eerlijk "
            "over tegen ouders. Samen met SWV Passend Onderwijs Almere zoeken we dan een passende plek, "
            "bijvoorbeeld in het speciaal basisonderwijs, via een toelaatbaarheidsverklaring. In 2023-2024 "
            "zijn drie kinderen op die manier naar het SBO of SO gegaan, en met het samenwerkingsverband en "
            "het wijkteam hebben we voorkomen dat een leerling thuis kwam te zitten.")
    doc.add_heading("Kwaliteitszorg", level=2)
    _p(doc, "Bij het onderzoek van de inspectie in 2023 kreeg De Vertelling op alle standaarden een "
            "voldoende; de eindresultaten lagen de afgelopen drie jaar boven de signaleringswaarden. Om dat "
            "zo te houden werken we met een vaste jaarcyclus:")
    _lijst(doc, [
        "juni: het team stelt het jaarplan op, de MR bespreekt het, de directeur stelt het vast;",
        "januari: tussenevaluatie van het jaarplan op de teamvergadering, met aanpassingen;",
        "februari en juni: trendanalyse van de toetsresultaten per groep en per vak, besproken in het "
        "team;",
        "het hele jaar: twee klassenbezoeken per leerkracht door de directeur, met de kijkwijzer die het "
        "team zelf heeft opgesteld;",
        "vier keer per jaar een kwaliteitskaart uit Werken met Kwaliteit (WMK) die team of ouders invullen;",
        "augustus: jaarverslag voor bestuur en MR.",
    ])
    doc.add_heading("Doelen venster 1", level=2)
    tabel(doc, ["Doel", "Meetbaar", "Wanneer"], [
        ["Meer kinderen lezen op streefniveau", "Lezen 2F van 58% (2024) naar 65% bij de doorstroomtoets",
         "juni 2028"],
        ["De Vragenmuur in alle Blink-thema's van groep 3-8",
         "In elk thema minstens twee lessen op kindvragen; gecheckt bij het klassenbezoek",
         "vanaf schooljaar 2025-2026"],
        ["Kinderen voelen zich veilig", "Minstens 90% (zeer) veilig in elke groep 5-8 (ZIEN!-vragenlijst)",
         "elk jaar in februari"],
        ["Schoolondersteuningsprofiel actueel", "SOP herzien en besproken met de MR", "maart 2026"],
        ["Kwaliteitscyclus volledig", "Jaarplan, tussenevaluatie, twee trendanalyses en vier WMK-kaarten "
         "per jaar", "elk schooljaar"],
    ], breedtes=[5.5, 7.0, 3.5])

    # ------------------------------------------------------------------ 7
    doc.add_heading("7. Venster 2: Personeel in positie", level=1)
    doc.add_heading("Gesprekken en bekwaamheid", level=2)
    _p(doc, "Met iedere medewerker voeren we elk jaar een startgesprek in september, waarin de "
            "ontwikkelvraag wordt vastgelegd, en een jaargesprek in mei. Daartussen liggen twee "
            "klassenbezoeken van de directeur, gericht op het pedagogisch en didactisch handelen. Eens in de "
            "drie jaar is het jaargesprek een beoordelingsgesprek. Alle afspraken komen in het digitale "
            "personeelsdossier, waar ieder teamlid ook zijn of haar bekwaamheidsdossier bijhoudt.")
    doc.add_heading("Professionalisering", level=2)
    _p(doc, "In 2025-2026 volgen twee leerkrachten de leergang 'Taalontwikkeling in de meertalige klas' van "
            "de ASG Academie, en onze intern begeleider neemt deel aan het ASG-netwerk intern begeleiders "
            "(zes bijeenkomsten per jaar). Iedere medewerker woont per jaar minstens één bijeenkomst of "
            "cursus van de ASG Academie bij en noteert dat in het bekwaamheidsdossier. De leerteams en de "
            "lesson study zijn beschreven in hoofdstuk 4.")
    doc.add_heading("Werkdruk en levensfase", level=2)
    _p(doc, "De werkdrukmiddelen besteden we aan een onderwijsassistent voor twee dagen per week in groep 3 "
            "tot en met 5; dat heeft het team zo gekozen. In het jaargesprek bespreken we altijd de "
            "belasting en de levensfase: collega's met jonge kinderen krijgen voorrang bij roosterwensen, en "
            "collega's die hun uren duurzame inzetbaarheid inzetten, worden vrijgesteld van pleinwacht. In "
            "2024-2025 deden vier collega's dat.")
    _p(doc, "Wij willen dat onze medewerkers zich betrokken voelen bij en trots zijn op ASG.")
    doc.add_heading("Doelen venster 2", level=2)
    tabel(doc, ["Doel", "Meetbaar", "Wanneer"], [
        ["Gesprekscyclus voor iedereen", "100% start- en jaargesprekken gevoerd en vastgelegd",
         "elk schooljaar"],
        ["Leergang meertalige klas", "Twee leerkrachten afgerond; delen opbrengst op teamvergadering",
         "juni 2026"],
        ["Iedereen volgt ASG Academie-aanbod", "Iedere medewerker minstens één bijeenkomst per jaar, "
         "geregistreerd", "elk schooljaar"],
        ["Werkdruk beheersbaar", "Werkdrukbeleving in de teamenquête minstens 7,0 (2024: 6,4)",
         "mei 2027"],
    ], breedtes=[5.5, 7.0, 3.5])

    # ------------------------------------------------------------------ 8
    doc.add_heading("8. Venster 3: De meerwaarde van ASG", level=1)
    _p(doc, "Met OBS De Schrijverskring, de andere ASG-school in onze wijk, houden we twee gezamenlijke "
            "studiemiddagen per jaar over taal in de meertalige klas; de leerkrachten van dezelfde "
            "jaargroepen bereiden die samen voor. Het hele team gaat naar de ASG-brede studiedag. Onze "
            "rekencoördinator neemt deel aan de ASG-werkgroep rekenen en brengt twee keer per jaar wat daar "
            "is gedeeld in bij ons team; omgekeerd brengt zij onze ervaring met drie instructieniveaus in.")
    _p(doc, "In maart 2027 presenteert het leerteam bovenbouw de opbrengst van onze lesson study op de "
            "ASG-onderwijsconferentie.")
    doc.add_heading("Doelen venster 3", level=2)
    tabel(doc, ["Doel", "Meetbaar", "Wanneer"], [
        ["Samen leren met De Schrijverskring", "Twee gezamenlijke studiemiddagen per jaar",
         "elk schooljaar vanaf 2025-2026"],
        ["Lesson study delen binnen ASG", "Presentatie op de ASG-onderwijsconferentie", "maart 2027"],
        ["Werkgroep rekenen", "Twee terugkoppelingen per jaar in de teamvergadering", "elk schooljaar"],
    ], breedtes=[5.5, 7.0, 3.5])

    # ------------------------------------------------------------------ 9
    doc.add_heading("9. Venster 4: Partnerschap", level=1)
    doc.add_heading("Ouders", level=2)
    _p(doc, "Ouders van groep 1/2 zijn elke dinsdag welkom bij het inloopkwartier, waarin ze samen met hun "
            "kind een leerspel doen dat bij het thema hoort. Ouders van groep 3 krijgen in oktober een "
            "ochtend waarop de leerkracht voordoet hoe ze thuis met hun kind kunnen lezen; het boekje gaat "
            "daarna elke week mee naar huis. In groep 4 en 5 gaat er maandelijks een rekentas met spellen "
            "mee. En in de Wereldkring zijn het vaak ouders die vertellen over hun feest of hun beroep.")
    doc.add_heading("Medezeggenschap", level=2)
    _p(doc, "Onze MR heeft zes leden: drie ouders en drie teamleden. Voordat we aan een nieuw plan beginnen, "
            "leggen we het als idee voor aan de MR op een denkavond (twee per jaar, in oktober en maart), "
            "zonder stemming, zodat de MR kan meedenken voordat er iets vastligt. Zo hebben de ouders in de "
            "MR in 2024 het voorstel voor een nieuw pauzerooster op twee punten veranderd.")
    doc.add_heading("Partners in de wijk", level=2)
    _p(doc, "In ons gebouw zit Kinderopvang De Boekenwurm, met een peutergroep met voorschoolse educatie. "
            "Iedere peuter die bij ons instroomt, wordt warm overgedragen in een gesprek tussen pedagogisch "
            "medewerker en kleuterleerkracht. Met de Bibliotheek Almere hebben we de Bibliotheek op school: "
            "een schoolbibliotheek en een leesconsulent die leerkrachten helpt boeken te kiezen. De "
            "buurtsportcoach geeft na schooltijd twee keer per week sport op ons plein, en de "
            "schoolmaatschappelijk werker van het wijkteam heeft elke donderdagochtend een spreekuur bij ons.")
    doc.add_heading("Doelen venster 4", level=2)
    tabel(doc, ["Doel", "Meetbaar", "Wanneer"], [
        ["Ouders lezen thuis mee", "80% van de ouders van groep 3 bij de leesochtend (2024: 62%)",
         "oktober 2026"],
        ["Denkavonden MR", "Twee denkavonden per jaar, met verslag", "elk schooljaar"],
        ["Warme overdracht vanuit De Boekenwurm", "Voor 100% van de peuters die instromen",
         "vanaf augustus 2025"],
        ["Naschoolse sport", "Minstens 40 kinderen doen wekelijks mee", "juni 2027"],
    ], breedtes=[5.5, 7.0, 3.5])

    # ------------------------------------------------------------------ 10
    doc.add_heading("10. Vaststelling", level=1)
    _p(doc, "Het team heeft dit schoolplan besproken op de teamvergadering van 10 juni 2025. De "
            "medezeggenschapsraad van OBS De Vertelling heeft op 17 juni 2025 ingestemd met dit schoolplan. "
            "Het college van bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 3 juli 2025.")
    _p(doc, "Namens de MR: Joyce Pranger, voorzitter")
    _p(doc, "Namens de school: Hanneke Vos, directeur")

    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 7, 3, 12, 0, 0))


if __name__ == "__main__":
    build("plan_37_obs_de_vertelling.docx")
