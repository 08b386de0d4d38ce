# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van het Ringdijk Lyceum (havo/vwo met tweetalig onderwijs), Almere.

Zoals de school het zelf in Word maakte: genummerde hoofdstukken en paragrafen als vetgedrukte
gewone alinea's (geen Heading-stijlen), de doelen als SMART-doelen in een genummerde lijst met
per doel een regel 'Meetbaar:'. Zelfstandig script: build(path) schrijft het .docx-bestand.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, Cm


DATUM = datetime.datetime(2024, 6, 28, 14, 30, 0)


def kop(doc, tekst, niveau=1):
    """Hoofdstuk- of paragraafkop als vetgedrukte gewone alinea."""
    q = doc.add_paragraph()
    q.paragraph_format.space_before = Pt(14 if niveau == 1 else 8)
    q.paragraph_format.space_after = Pt(4)
    q.paragraph_format.keep_with_next = True
    r = q.add_run(tekst)
    r.bold = True
    r.font.size = Pt(14 if niveau == 1 else 11)
    return q


def p(doc, tekst):
    return doc.add_paragraph(tekst)


def opsom(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def smart(doc, titel, meetbaar):
    doc.add_paragraph(titel, style="List Number")
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(0.63)
    r = q.add_run("Meetbaar: ")
    r.italic = True
    q.add_run(meetbaar)


def build(path):
    path = str(path)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 Ringdijk Lyceum"
    cp.author = "J. Wittebrood"
    cp.comments = ""
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "secretariaat Ringdijk Lyceum"

    # ------------------------------------------------------------------ titelblad
    for _ in range(5):
        doc.add_paragraph()
    q = doc.add_paragraph()
    r = q.add_run("Ringdijk Lyceum")
    r.bold = True
    r.font.size = Pt(26)
    q = doc.add_paragraph()
    r = q.add_run("Openbare school voor havo en vwo  |  tweetalig onderwijs")
    r.font.size = Pt(13)
    q = doc.add_paragraph()
    r = q.add_run("Schoolplan 2024 – 2028")
    r.bold = True
    r.font.size = Pt(20)
    q = doc.add_paragraph()
    r = q.add_run("Twee talen, één blik naar buiten")
    r.italic = True
    r.font.size = Pt(12)
    for _ in range(8):
        doc.add_paragraph()
    for regel in [
        "Lange Ringdijk 4, 1325 RD Almere",
        "BRIN 17HX  |  Almeerse Scholen Groep",
        "Rector: drs. J. (Jeroen) Wittebrood",
        "Looptijd: 1 augustus 2024 – 31 juli 2028",
        "Versie: 28 juni 2024, concept ter instemming aan de MR",
    ]:
        p(doc, regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------ inhoud
    q = doc.add_paragraph()
    q.add_run("Inhoud").bold = True
    for regel in [
        "1  Inleiding",
        "2  Het Ringdijk Lyceum",
        "3  Terugblik en analyse",
        "4  Onderwijs",
        "5  Leerlingen en ondersteuning",
        "6  Personeel",
        "7  Kwaliteitszorg",
        "8  Ouders, leerlingen en partners",
        "9  SMART-doelen 2024-2028",
        "10 Planning en vaststelling",
    ]:
        p(doc, regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------ 1
    kop(doc, "1 Inleiding")
    kop(doc, "1.1 Waarom dit schoolplan", 2)
    p(doc, "Dit schoolplan beschrijft waar het Ringdijk Lyceum in de schooljaren 2024-2025 tot en met "
           "2027-2028 naartoe werkt. Het plan is de basis voor onze jaarplannen en voor de sectieplannen. "
           "Het vervangt het schoolplan 2020-2024, dat we in het voorjaar van 2024 hebben geëvalueerd "
           "(zie hoofdstuk 3).")
    p(doc, "We hebben bewust gekozen voor een compact plan. De kern staat in hoofdstuk 9: achttien "
           "SMART-doelen. De hoofdstukken daarvoor leggen uit waarom we die doelen kiezen en hoe we ervoor "
           "staan.")
    kop(doc, "1.2 Hoe het tot stand kwam", 2)
    p(doc, "De schoolleiding heeft het plan geschreven op basis van drie bronnen: de evaluatie van het vorige "
           "schoolplan door de secties (januari 2024), de studiedag van 7 maart 2024 waarop alle medewerkers "
           "in groepen de sterke en zwakke punten van de school in kaart brachten, en gesprekken met de "
           "leerlingenraad (16 april 2024) en het ouderpanel (23 april 2024). Een schrijfgroep van vijf "
           "docenten heeft de conceptversie gelezen en van commentaar voorzien.")
    kop(doc, "1.3 Verhouding tot ASG Koers 22", 2)
    p(doc, "Het Ringdijk Lyceum valt onder de Almeerse Scholen Groep. Het strategisch kader van ASG is Koers 22 "
           "(‘Leren in verbinding’), dat tot de vaststelling van een nieuwe koers van kracht blijft. We hebben "
           "dit schoolplan niet ingedeeld naar de kernwaarden en vensters van Koers 22, maar naar de onderwerpen "
           "die voor onze school tellen. Waar een doel van ons aansluit bij een venster van Koers 22, is dat in "
           "de tekst te herkennen: de hoofdstukken 4 en 5 horen vooral bij venster 1 (goed en toegankelijk "
           "onderwijs), hoofdstuk 6 bij venster 2 (personeel in positie) en hoofdstuk 8 bij venster 4 "
           "(partnerschap).")

    # ------------------------------------------------------------------ 2
    kop(doc, "2 Het Ringdijk Lyceum")
    kop(doc, "2.1 Profiel en leerlingen", 2)
    p(doc, "Het Ringdijk Lyceum is een openbare school voor havo en vwo (atheneum) in Almere Stad. Op 1 oktober "
           "2023 telde de school 1.262 leerlingen: 588 in de havo-afdeling en 674 in de vwo-afdeling. Van hen "
           "volgen 541 leerlingen tweetalig onderwijs (tto): 214 in havo-tto en 327 in vwo-tto. In de "
           "onderbouw werken we met een brugjaar havo/vwo en een vwo-klas; vanaf leerjaar 2 zijn havo en vwo "
           "gescheiden. De school werkt met lessen van 45 minuten en twee flexuren per week, waarin "
           "leerlingen zelf kiezen bij welk vak ze extra uitleg of verdieping halen.")
    p(doc, "Onze leerlingen komen uit heel Almere en voor een deel uit Zeewolde en Lelystad. Ongeveer een derde "
           "heeft ouders die in het buitenland zijn geboren. Het aantal aanmeldingen is stabiel rond de 260 "
           "per jaar, waarvan ruim 45 procent voor tto.")
    kop(doc, "2.2 Tweetalig onderwijs", 2)
    p(doc, "We bieden sinds 2008 tweetalig onderwijs aan. In de onderbouw wordt minstens de helft van de lessen "
           "in het Engels gegeven, volgens de standaard tto van Nuffic. In de bovenbouw volgen vwo-tto-leerlingen "
           "het vak Engels op het niveau van IB English A: Language and Literature; havo-tto-leerlingen sluiten af "
           "met het Cambridge Advanced-examen (niveau C1). Daarnaast loopt door alle leerjaren de leerlijn "
           "Europese en Internationale Oriëntatie (EIO), met onder meer een uitwisseling in leerjaar 3 en een "
           "internationale projectweek in leerjaar 4. We hebben het senior-tto-certificaat van Nuffic voor vwo "
           "(sinds 2016) en voor havo (sinds 2021). De volgende visitatie is in het voorjaar van 2026.")
    p(doc, "Voor ons is tto geen elitestroom. Er is geen toelatingstoets Engels: we plaatsen op basis van het "
           "basisschooladvies en een motivatiegesprek. De tto-bijdrage van € 425 per jaar is voor sommige "
           "gezinnen een drempel; sinds 2022 vangen we dat op met een eigen tto-fonds en Stichting Leergeld "
           "Almere, zodat geen leerling om geldredenen afziet van tto. In 2023-2024 maakten 38 gezinnen daar "
           "gebruik van.")
    kop(doc, "2.3 Missie en visie", 2)
    p(doc, "Onze missie is kort: leerlingen met een open blik naar buiten leren kijken, in twee talen, en ze "
           "het diploma laten halen dat bij hen past. Dat vertalen we in drie uitgangspunten:")
    opsom(doc, [
        "Kennis is de basis. We leggen de lat voor kennis en vaardigheden hoog, in het Nederlands en in het Engels.",
        "De wereld is groter dan Almere. Leerlingen leren over andere landen en culturen en over hun eigen plek "
        "in een democratische samenleving.",
        "Leren doe je actief. Leerlingen werken aan echte vragen, ook buiten de school.",
    ])
    kop(doc, "2.4 Openbaar en internationaal", 2)
    p(doc, "Als openbare school staat het Ringdijk Lyceum open voor alle leerlingen en medewerkers, ongeacht "
           "geloof, levensovertuiging of afkomst. Dat zie je terug in de klas: leerlingen met een christelijke, "
           "islamitische, hindoeïstische of geen religieuze achtergrond zitten naast elkaar. In het vak "
           "levensbeschouwing in leerjaar 2 en in de EIO-leerlijn bespreken we verschillende "
           "levensbeschouwingen op gelijke voet; we laten leerlingen daarbij hun eigen standpunt formuleren "
           "en dat van een ander navertellen. Feestdagen uit verschillende tradities krijgen een plek in de "
           "mentorlessen. Onder onze docenten zijn negen native speakers uit zeven landen.")

    # ------------------------------------------------------------------ 3
    kop(doc, "3 Terugblik en analyse")
    kop(doc, "3.1 Resultaten", 2)
    p(doc, "De inspectie beoordeelde bij het vierjaarlijks onderzoek van november 2021 alle afdelingen als "
           "voldoende. De onderwijsresultaten liggen boven de norm, maar laten de laatste jaren een "
           "dalende lijn zien, vooral bij havo:")
    opsom(doc, [
        "Slagingspercentage havo: 92% (2021), 88% (2022), 86% (2023). Vwo: 96%, 94%, 91%.",
        "Onderbouwsnelheid: 96,1% (driejaarsgemiddelde); boven de norm.",
        "Bovenbouwsucces havo: 81% (driejaarsgemiddelde), net boven de norm; vwo: 88%.",
        "Tto: 84% van de vwo-tto-examenkandidaten behaalde in 2023 score 4 of hoger voor IB English A; 78% "
        "van de havo-tto-kandidaten behaalde Cambridge Advanced.",
    ])
    p(doc, "De analyse van de secties wijst op twee oorzaken. Ten eerste te weinig zicht op leerlingen die in "
           "4 havo vastlopen: signalen komen laat bij mentor en teamleider. Ten tweede verschillen tussen "
           "docenten in de kwaliteit van tto-lessen: in een deel van de lessen wordt de Engelse taal gebruikt, "
           "maar wordt niet systematisch aan taal én vakinhoud tegelijk gewerkt.")
    kop(doc, "3.2 Wat leerlingen, ouders en medewerkers zeggen", 2)
    p(doc, "In de leerlingenquête van maart 2024 gaven leerlingen de school een 7,0. Ze waarderen de "
           "internationale activiteiten en de flexuren. Slechts 68 procent zegt: ‘mijn mentor kent mij goed’. "
           "Ouders (peiling 2023) geven een 7,3 en zijn het meest kritisch over de begeleiding in de "
           "bovenbouw. In het medewerkerstevredenheidsonderzoek (MTO, november 2023) scoorde werkdruk een "
           "6,1; tto-docenten noemen het zelf maken van lesmateriaal in het Engels als grootste belasting.")
    kop(doc, "3.3 Conclusies", 2)
    p(doc, "Uit de analyse kiezen we vijf speerpunten voor deze planperiode:")
    opsom(doc, [
        "het examenresultaat en het bovenbouwsucces van havo omhoog, met een sterker mentoraat;",
        "de kwaliteit van de tto-lessen gelijk trekken op basis van CLIL (taal- en vakgericht lesgeven);",
        "een curriculum dat leerlingen voorbereidt op een internationale en digitale samenleving;",
        "een bevoegd, taalvaardig en niet overbelast team;",
        "de school steviger verbinden met ouders en partners in en buiten Almere.",
    ])

    # ------------------------------------------------------------------ 4
    kop(doc, "4 Onderwijs")
    kop(doc, "4.1 Onderwijsprogramma", 2)
    p(doc, "De lessentabel voldoet aan de urennorm (gemiddeld 1.000 uur per jaar) en aan de kerndoelen voor de "
           "onderbouw; in de bovenbouw volgen we de examenprogramma’s en de profielen NT, NG, EM en CM. Alle "
           "leerlingen volgen in leerjaar 1 tot en met 3 Nederlands, Engels, Frans, Duits (vanaf leerjaar 2), "
           "wiskunde, geschiedenis, aardrijkskunde, biologie, natuurkunde en scheikunde (vanaf leerjaar 2), "
           "economie (leerjaar 3), levensbeschouwing (leerjaar 2), lichamelijke opvoeding, tekenen, muziek en "
           "Global Citizenship (tto) of "
           "mens en maatschappij (regulier). De rekenvaardigheid onderhouden we in de lessen wiskunde en met "
           "een diagnostische toets in leerjaar 1 en 3. Voor taal werken we met een schoolbrede aanpak voor "
           "leesvaardigheid: alle vakken besteden in leerjaar 1 en 2 aandacht aan het lezen van vakteksten.")
    p(doc, "In de tto-stroom worden in de onderbouw de vakken geschiedenis, aardrijkskunde, biologie, "
           "wiskunde, lichamelijke opvoeding, tekenen, muziek en Global Citizenship in het Engels gegeven. "
           "Nederlands, Frans en Duits blijven in de eigen taal, de examenvakken in de bovenbouw worden in het "
           "Nederlands afgesloten.")
    kop(doc, "4.2 Tto-lessen van gelijke kwaliteit: CLIL", 2)
    p(doc, "Goed tto is meer dan een vak in het Engels geven. We werken volgens de principes van Content and "
           "Language Integrated Learning (CLIL): docenten hebben in elke les een vakdoel én een taaldoel, "
           "bieden ondersteuning bij vaktaal (woordbanken, zinsstarters, voorbeeldteksten) en laten leerlingen "
           "veel zelf spreken en schrijven. In 2023-2024 heeft de tto-stuurgroep een kijkwijzer met vijf "
           "CLIL-criteria gemaakt. Bij de nulmeting in het voorjaar van 2024 voldeed 58 procent van de "
           "geobserveerde lessen aan alle vijf criteria. Vanaf 2024-2025 bezoeken de tto-coördinator en de "
           "teamleiders elke tto-docent twee keer per jaar met deze kijkwijzer.")
    kop(doc, "4.3 Nieuw: het Ringdijk Lab", 2)
    p(doc, "In het Ringdijk Lab werken leerlingen van leerjaar 2 acht weken lang vakoverstijgend aan een "
           "echte opdracht. Het eerste thema is ‘Leven onder zeeniveau’: leerlingen onderzoeken met biologie, "
           "aardrijkskunde en natuurkunde hoe Flevoland droog blijft en ontwerpen een oplossing voor "
           "wateroverlast in een Almeerse wijk. Het Waterschap Zuiderzeeland levert een opdrachtgever en een "
           "excursie naar gemaal De Blocq van Kuffeler. In tto-klassen is het Lab Engelstalig, in reguliere "
           "klassen Nederlandstalig. De module wordt in 2024-2025 ontwikkeld en met twee klassen getest, en "
           "vanaf 2025-2026 door alle klassen van leerjaar 2 gevolgd. De lesuren komen uit de vakken zelf; we "
           "voegen geen uren toe.")
    kop(doc, "4.4 Burgerschap", 2)
    p(doc, "Burgerschap is bij ons verweven met de EIO-leerlijn. Leerlingen leren wat democratie is, hoe "
           "besluiten tot stand komen en hoe je met verschillende meningen omgaat. Concreet:")
    opsom(doc, [
        "In leerjaar 1 tot en met 3 volgen tto-leerlingen wekelijks het vak Global Citizenship; reguliere "
        "leerlingen behandelen dezelfde burgerschapsdoelen in mens en maatschappij.",
        "Elk jaar in maart organiseren leerlingen de RingMUN, een Model United Nations-conferentie met vier "
        "andere scholen. In 2024 deden 96 leerlingen mee.",
        "In leerjaar 4 volgen alle leerlingen maatschappijleer met een debatproject over een actueel Almeers "
        "vraagstuk; de winnaars presenteren hun standpunt in de commissievergadering van de gemeenteraad.",
        "Elke leerling doet per leerjaar minstens één EIO-project met een partner in het buitenland "
        "(uitwisseling, e-mailproject, gezamenlijke online les).",
    ])
    p(doc, "De samenhang tussen deze onderdelen is nog niet beschreven. In 2024-2025 schrijven we een doorlopende "
           "leerlijn burgerschap voor leerjaar 1 tot en met 3, aansluitend op de nieuwe kerndoelen burgerschap.")
    kop(doc, "4.5 Klaar voor de toekomst: digitale geletterdheid en AI", 2)
    p(doc, "AI verandert snel hoe informatie wordt gemaakt en gebruikt. Vanaf "
           "2025-2026 krijgen alle leerlingen in leerjaar 1 tot en met 3 een leerlijn digitale geletterdheid "
           "(informatievaardigheden, mediawijsheid, computational thinking en verantwoord gebruik van AI), "
           "verdeeld over de vakken en de mentorlessen. Voor het profielwerkstuk stellen we uiterlijk januari "
           "2025 een richtlijn op: leerlingen mogen AI gebruiken, maar verantwoorden in een logboek hoe.")

    # ------------------------------------------------------------------ 5
    kop(doc, "5 Leerlingen en ondersteuning")
    kop(doc, "5.1 Mentoraat en zicht op de leerling", 2)
    p(doc, "Iedereen op het Ringdijk Lyceum is waardevol en wordt gezien. Dat maken we waar via het mentoraat. "
           "Elke klas heeft één mentor met twee mentoruren per week in de onderbouw en één in de bovenbouw. "
           "Vanaf 2024-2025 voert de mentor met elke leerling drie individuele gesprekken per jaar: in "
           "september een startgesprek, in januari en juni een driegesprek met leerling en ouder(s). De "
           "afspraken komen in Magister, zodat de volgende mentor ze kan lezen.")
    p(doc, "Drie keer per jaar is er per klas een leerlingbespreking met alle docenten, de mentor en de "
           "teamleider. Nieuw is het signaleringsoverzicht voor 4 havo: na elke toetsweek zet de teamleider "
           "leerlingen met drie of meer onvoldoendes of een sterk dalende lijn op een lijst, en binnen twee "
           "weken volgt een gesprek met een plan. Zo willen we de havoleerlingen die vastlopen eerder in beeld "
           "hebben.")
    p(doc, "We kijken ook naar wat docenten nodig hebben om leerlingen goed te begeleiden. Mentoren van 4 havo "
           "krijgen vanaf 2024-2025 twintig extra taakuren en een mentortraining van drie bijeenkomsten.")
    kop(doc, "5.2 Schoolondersteuningsprofiel", 2)
    p(doc, "Ons schoolondersteuningsprofiel beschrijft de basisondersteuning en de extra ondersteuning. De "
           "basisondersteuning omvat het mentoraat, faalangstreductietraining, een examentraining, "
           "huiswerkbegeleiding in de flexuren en dyslexie- en dyscalculievoorzieningen. Extra ondersteuning "
           "bieden we via het ondersteuningsteam (zorgcoördinator, orthopedagoog, schoolmaatschappelijk "
           "werker en vertrouwenspersoon) en de trajectvoorziening ‘Het Steunpunt’, waar leerlingen tijdelijk "
           "een deel van de lessen kunnen volgen.")
    p(doc, "Tto vraagt extra aandacht. Leerlingen met dyslexie kunnen tto volgen; ze krijgen dan ook bij "
           "Engelstalige vakken extra tijd en voorleessoftware, en de sectie Engels maakt vanaf 2024-2025 "
           "aangepaste leesteksten. Als tto toch niet past, kan een leerling op vaste momenten (na periode 2 "
           "en aan het eind van leerjaar 1 en 2) overstappen naar de reguliere stroom, met een overstapplan "
           "en een gesprek met ouders. Wat we niet kunnen bieden: langdurige één-op-één-begeleiding en een "
           "prikkelarme leeromgeving gedurende de hele schooldag. Het SOP wordt herzien vóór 1 februari 2025. "
           "We zijn aangesloten bij het samenwerkingsverband passend onderwijs VO Almere.")
    kop(doc, "5.3 Veiligheid", 2)
    p(doc, "Het Ringdijk Lyceum heeft een schoolveiligheidsplan, vastgesteld in 2023. Voor het beleid op het "
           "gebied van veiligheid verwijzen we naar dat plan; het is te vinden op onze website.")

    # ------------------------------------------------------------------ 6
    kop(doc, "6 Personeel")
    kop(doc, "6.1 Het team in cijfers", 2)
    p(doc, "Op 1 oktober 2023 werkten er 118 medewerkers op het Ringdijk Lyceum (96,4 fte), van wie 94 docenten. "
           "Het tto-team telt 31 docenten die (ook) in het Engels lesgeven, onder wie negen native speakers. "
           "Zeven docenten hebben nog geen volledige bevoegdheid voor het vak dat ze geven. De gemiddelde "
           "leeftijd is 43 jaar.")
    kop(doc, "6.2 Bevoegd en bekwaam, in twee talen", 2)
    p(doc, "Elke onbevoegde docent heeft een opleidingsplan met een einddatum, een coach uit het "
           "opleidingsteam en een vaste middag per week studietijd. We werken hiervoor samen met Windesheim "
           "Almere en de Hogeschool van Amsterdam in onze opleidingsschool. We stellen geen nieuwe onbevoegde "
           "docenten meer aan zonder dat de opleiding binnen een jaar start.")
    p(doc, "Van een tto-docent vragen we naast vakbekwaamheid een taalniveau van ten minste C1 en kennis van "
           "CLIL. Nu hebben 24 van de 31 tto-docenten een C1-certificaat. De school betaalt de Cambridge-cursus "
           "en het examen; wie dat wil, kan daarna op eigen initiatief door naar C2 (Cambridge Proficiency), "
           "ook op kosten van de school. Alle tto-docenten volgen in de planperiode de module Cambridge TKT: "
           "CLIL. Vier docenten volgen op dit moment met de lerarenbeurs een master; de school geeft daarvoor "
           "roostervrije tijd.")
    kop(doc, "6.3 Werkdruk en welbevinden", 2)
    p(doc, "Het maken van Engelstalig lesmateriaal kost tto-docenten veel tijd. Vanaf 2024-2025 krijgt elke "
           "tto-docent veertig uur per jaar in de taakbelasting voor materiaalontwikkeling, en we delen "
           "materiaal via een gezamenlijke tto-bibliotheek in Teams, zodat niet iedereen opnieuw begint. "
           "Daarnaast spreken we af dat er na 19.00 uur en in het weekend geen werkmail verstuurd wordt, en "
           "verschuiven we de toetsweek in periode 3 zodat die niet meer samenvalt met de rapportvergaderingen.")
    kop(doc, "6.4 Samen leren en netwerken", 2)
    p(doc, "Het Ringdijk Lyceum heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren. "
           "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. In de praktijk "
           "betekent dat het volgende. Twee onderzoeksdocenten met een master begeleiden elk jaar twee "
           "Lesson Study-rondes: een groepje van drie of vier docenten ontwerpt samen een les, observeert hoe "
           "leerlingen erop reageren en verbetert de les. In juni presenteren alle groepjes hun bevindingen op de "
           "interne onderzoeksmiddag. In 2023-2024 deden achttien docenten mee; vanaf 2024-2025 staan de "
           "rondes in het teken van CLIL en van de vraag waarom leerlingen in 4 havo vastlopen.")
    p(doc, "Docenten volgen cursussen van de ASG Academie; we vragen elke docent in de planperiode minstens één "
           "programma te kiezen dat past bij de doelen van de eigen sectie. De tto-coördinator neemt deel aan "
           "het landelijk netwerk tto van Nuffic en aan de landelijke werkgroep havo-tto; twee docenten Engels "
           "zijn lid van het landelijk netwerk IB-docenten English A. Wat zij daar leren, komt terug in de "
           "tto-stuurgroep.")

    # ------------------------------------------------------------------ 7
    kop(doc, "7 Kwaliteitszorg")
    kop(doc, "7.1 De kwaliteitscyclus", 2)
    p(doc, "We werken met een vaste jaarcyclus volgens plan-do-check-act. In juni stellen schoolleiding en "
           "secties het jaarplan en de sectieplannen vast, afgeleid van de SMART-doelen in dit schoolplan. In "
           "oktober analyseert elke sectie de examenresultaten en de doorstroom; in februari volgt een "
           "tussentijdse analyse van de resultaten per leerjaar. In juli verschijnt het jaarverslag. De "
           "schoolleiding rapporteert elk kwartaal aan het College van Bestuur via de kwartaalrapportage van "
           "ASG.")
    kop(doc, "7.2 Instrumenten", 2)
    opsom(doc, [
        "lesbezoeken door teamleiders (twee per docent per jaar) en de CLIL-kijkwijzer bij tto-docenten;",
        "een jaarlijkse leerlingenquête in maart en een lesevaluatie door leerlingen bij elke docent;",
        "ouder- en medewerkerspeilingen om het jaar (2025 en 2027);",
        "de indicatoren van de inspectie en de benchmark van Vensters/Scholen op de kaart;",
        "de Nuffic-visitatie tto (voorjaar 2026) en de interne audit door ASG (2025-2026).",
    ])
    kop(doc, "7.3 Verantwoording", 2)
    p(doc, "We leggen verantwoording af aan de MR (jaarplan en jaarverslag), aan het bestuur "
           "(kwartaalrapportages) en aan ouders en leerlingen via Scholen op de kaart. Als een SMART-doel na "
           "twee jaar niet op koers ligt, stelt de verantwoordelijke teamleider een verbeterplan op.")

    # ------------------------------------------------------------------ 8
    kop(doc, "8 Ouders, leerlingen en partners")
    kop(doc, "8.1 Ouders", 2)
    p(doc, "Ouders zijn belangrijk voor het leren van hun kind, ook als ze zelf geen Engels spreken. Naast de "
           "driegesprekken uit paragraaf 5.1 organiseren we elk jaar in oktober voor ouders van leerjaar 1 tto de "
           "avond ‘Engels thuis’: hoe help je je kind met Engelstalige vakken als je het Engels zelf niet goed "
           "beheerst? Per leerjaar is er een ouderpanel dat twee keer per jaar met de teamleider meepraat over "
           "huiswerk, toetsing en begeleiding.")
    kop(doc, "8.2 Medezeggenschap en leerlingenraad", 2)
    p(doc, "De MR heeft twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. De schoolleiding "
           "bespreekt voorgenomen beleid in een vroeg stadium met de MR, zodat de MR kan meedenken voordat "
           "er een voorstel ligt. In 2023-2024 gebeurde dat bij de flexuren en de nieuwe toetsweekplanning. "
           "De leerlingenraad (veertien leerlingen) komt maandelijks bij elkaar, heeft een eigen begeleider en "
           "overlegt twee keer per jaar met de rector. Vanaf 2024-2025 geeft de leerlingenraad elk voorjaar "
           "advies over het jaarplan.")
    kop(doc, "8.3 Partners", 2)
    p(doc, "We werken samen met een breed netwerk van partners:")
    opsom(doc, [
        "Nuffic (standaard tto, certificering en landelijk netwerk);",
        "Cambridge Assessment English (we zijn examenlocatie) en de International Baccalaureate Organization;",
        "partnerscholen in Leeds (Verenigd Koninkrijk) en Bremen (Duitsland) voor de uitwisseling in leerjaar 3;",
        "Windesheim Almere en de Hogeschool van Amsterdam (opleidingsschool);",
        "Waterschap Zuiderzeeland (Ringdijk Lab);",
        "de Nieuwe Bibliotheek Almere (informatievaardigheden en profielwerkstuk).",
    ])
    p(doc, "Nieuw in deze planperiode is service learning in Almere. Vanaf 2025-2026 zetten alle tto-leerlingen "
           "in 4 havo en 4 vwo twintig uur in bij een Almeerse organisatie, bijvoorbeeld als taalmaatje in het "
           "taalcafé van de bibliotheek, bij VluchtelingenWerk of bij een buurthuis. Ze reflecteren daarop in "
           "het Engels in hun EIO-portfolio. We willen hiervoor minstens acht vaste partnerorganisaties in de "
           "stad hebben.")
    p(doc, "Het Ringdijk Lyceum is de enige school binnen ASG met havo-tto. We willen dat aanbod ook bereikbaar "
           "maken voor leerlingen van Almeerse basisscholen die er nog niet aan denken. Daarom organiseren we "
           "vanaf 2024-2025 de Ringdijk Junior Class: twee rondes per jaar van acht woensdagmiddagen waarin "
           "leerlingen uit groep 7 en 8 Engelstalige lessen volgen. Basisscholen van ASG krijgen voorrang.")
    p(doc, "Binnen ASG werkt onze sectie Engels samen met de secties Engels van twee andere ASG-scholen in een "
           "werkgroep toetsing. De werkgroep ontwikkelt een gezamenlijke toets schrijfvaardigheid voor 4 havo "
           "en normeert die samen, en komt drie keer per jaar bij elkaar.")

    # ------------------------------------------------------------------ 9
    kop(doc, "9 SMART-doelen 2024-2028")
    p(doc, "Hieronder staan onze doelen voor de planperiode. Per doel staan de eigenaar en de termijn, en in "
           "de regel ‘Meetbaar’ hoe we vaststellen of het doel is bereikt. De nulmetingen komen uit hoofdstuk 3.")
    smart(doc, "Examenresultaten. Het slagingspercentage havo stijgt van 86% naar ten minste 90%, dat van vwo van "
               "91% naar ten minste 93%, vanaf het examen van 2026 en in 2027 en 2028. Eigenaar: teamleiders "
               "bovenbouw.",
          "slagingspercentages per afdeling volgens de uitslag van DUO; evaluatie elk jaar in oktober.")
    smart(doc, "Bovenbouwsucces havo. Het driejaarsgemiddelde bovenbouwsucces havo stijgt van 81% naar ten "
               "minste 86% in 2027. Eigenaar: teamleider havo bovenbouw.",
          "inspectie-indicator bovenbouwsucces in Vensters; signaleringsoverzicht 4 havo na elke toetsweek "
          "ingevuld (100%).")
    smart(doc, "Mentoraat. Vanaf 2024-2025 heeft elke leerling drie mentorgesprekken per jaar, waarvan twee "
               "driegesprekken met ouder(s). Eigenaar: teamleiders.",
          "registratie in Magister (≥ 95% van de gesprekken gevoerd); in de leerlingenquête stijgt ‘mijn "
          "mentor kent mij goed’ van 68% naar ten minste 85% in maart 2027.")
    smart(doc, "Tto-eindniveau. In 2027 haalt ten minste 90% van de vwo-tto-kandidaten score 4 of hoger voor IB "
               "English A en haalt ten minste 85% van de havo-tto-kandidaten Cambridge Advanced. Eigenaar: "
               "tto-coördinator.",
          "examenuitslagen IB en Cambridge (2023: 84% en 78%).")
    smart(doc, "CLIL in elke tto-les. In juni 2026 voldoet ten minste 80% van de geobserveerde tto-lessen aan de "
               "vijf criteria van de CLIL-kijkwijzer. Eigenaar: tto-coördinator en teamleiders.",
          "twee lesbezoeken per tto-docent per jaar; nulmeting voorjaar 2024: 58%.")
    smart(doc, "Ringdijk Lab. De module ‘Leven onder zeeniveau’ is in 2024-2025 ontwikkeld en in twee klassen "
               "getest en wordt vanaf 2025-2026 door alle klassen van leerjaar 2 gevolgd. Eigenaar: "
               "ontwikkelteam Lab.",
          "alle klassen van leerjaar 2 hebben de module gevolgd; leerlingwaardering gemiddeld ten minste 7,0.")
    smart(doc, "Burgerschap. Vóór 1 juli 2025 is een doorlopende leerlijn burgerschap voor leerjaar 1-3 "
               "vastgesteld; elke leerling doet per leerjaar minstens één EIO-project. Eigenaar: sectie "
               "Global Citizenship/maatschappijleer.",
          "leerlijn vastgesteld in de schoolleiding; EIO-portfolio in Magister bij 100% van de leerlingen "
          "gevuld; ten minste 120 deelnemers aan de RingMUN in 2026.")
    smart(doc, "Digitale geletterdheid en AI. De richtlijn AI bij het profielwerkstuk geldt vanaf januari 2025; "
               "de leerlijn digitale geletterdheid leerjaar 1-3 is ingevoerd in augustus 2025. Eigenaar: "
               "werkgroep digitale geletterdheid.",
          "richtlijn en leerlijn vastgesteld; alle profielwerkstukken van 2026 bevatten een AI-logboek.")
    smart(doc, "Schoolondersteuningsprofiel. Het SOP is vóór 1 februari 2025 herzien, met tto-specifieke "
               "ondersteuning (dyslexie en Engels) en de overstapmomenten naar regulier. Eigenaar: "
               "zorgcoördinator.",
          "herzien SOP op de website; elke leerling die uit tto overstapt, heeft een overstapplan (100%).")
    smart(doc, "Bevoegdheid. Het aantal onbevoegde docenten daalt van 7 (oktober 2023) naar hooguit 2 in "
               "oktober 2027. Eigenaar: rector.",
          "personeelsregistratie per 1 oktober; elke onbevoegde docent heeft een opleidingsplan en een coach.")
    smart(doc, "Taalniveau tto-docenten. Op 1 augustus 2026 hebben alle tto-docenten een C1-certificaat; in 2028 "
               "hebben alle tto-docenten de module TKT: CLIL afgerond. Eigenaar: tto-coördinator.",
          "certificaten in het personeelsdossier (nu 24 van de 31 met C1).")
    smart(doc, "Werkdruk. De score voor werkdruk in het MTO stijgt van 6,1 naar ten minste 7,0 in 2027. "
               "Eigenaar: rector en PMR.",
          "MTO november 2025 en november 2027; veertig uur materiaalontwikkeling in de taakbelasting van "
          "elke tto-docent.")
    smart(doc, "Samen onderzoeken. Elk jaar twee Lesson Study-rondes met ten minste twintig docenten en een "
               "interne onderzoeksmiddag in juni. Eigenaar: onderzoeksdocenten.",
          "aantal deelnemers en verslagen per ronde; presentaties op de onderzoeksmiddag.")
    smart(doc, "Professionalisering. Elke docent volgt in de planperiode minstens één programma van de ASG "
               "Academie of een vergelijkbare scholing die past bij het sectieplan. Eigenaar: teamleiders.",
          "registratie van scholing per docent; controle in 2026 en 2028.")
    smart(doc, "Ouders. Elk jaar in oktober de avond ‘Engels thuis’ voor ouders van leerjaar 1 tto, en twee "
               "ouderpanels per leerjaar per jaar. Eigenaar: teamleider onderbouw.",
          "opkomst ‘Engels thuis’ ten minste 70% van de gezinnen; verslagen van de ouderpanels.")
    smart(doc, "Service learning. Vanaf 2025-2026 zetten alle tto-leerlingen in 4 havo en 4 vwo twintig uur in "
               "bij een Almeerse organisatie. Eigenaar: EIO-coördinator.",
          "100% van de leerlingen heeft twintig uur afgerond en een reflectie in het portfolio; ten minste "
          "acht vaste partnerorganisaties.")
    smart(doc, "Ringdijk Junior Class. Vanaf 2024-2025 twee rondes per jaar voor in totaal veertig leerlingen "
               "van ten minste tien Almeerse basisscholen. Eigenaar: tto-coördinator.",
          "aantal deelnemers en scholen per ronde; aantal deelnemers dat zich later aanmeldt.")
    smart(doc, "Werkgroep toetsing Engels. In 2025-2026 nemen de drie samenwerkende ASG-scholen een "
               "gezamenlijke toets schrijfvaardigheid 4 havo af en normeren die samen. Eigenaar: sectievoorzitter "
               "Engels.",
          "toets afgenomen op drie scholen; verslag van de gezamenlijke normering.")

    # ------------------------------------------------------------------ 10
    kop(doc, "10 Planning en vaststelling")
    kop(doc, "10.1 Planning op hoofdlijnen", 2)
    opsom(doc, [
        "2024-2025: start mentoraat nieuwe stijl en signaleringsoverzicht 4 havo; CLIL-lesbezoeken; "
        "ontwikkeling Ringdijk Lab en leerlijn burgerschap; richtlijn AI; herziening SOP; eerste Junior Class.",
        "2025-2026: invoering Ringdijk Lab en leerlijn digitale geletterdheid; start service learning; "
        "gezamenlijke toets Engels; Nuffic-visitatie (voorjaar 2026); MTO en ouderpeiling.",
        "2026-2027: tussenevaluatie van alle doelen; bijstelling in het jaarplan.",
        "2027-2028: borging en eindevaluatie; voorbereiding schoolplan 2028-2032.",
    ])
    kop(doc, "10.2 Vaststelling", 2)
    p(doc, "De MR heeft het concept van dit schoolplan op 11 juni 2024 besproken en daarover positief "
           "geadviseerd. Het formele verzoek om instemming staat geagendeerd voor de MR-vergadering van 24 "
           "september 2024. Na instemming legt de rector het plan ter vaststelling voor aan het College van "
           "Bestuur van ASG.")
    p(doc, "Almere, 28 juni 2024")
    p(doc, "Drs. J. Wittebrood, rector")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_218_ringdijk.docx")
