# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Openbare Montessorischool De Oeverloper (Almere Poort).

Zelfstandig script: build(path) schrijft het Word-document met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2024, 7, 3, 9, 15, 0)

SCHOOL = "Openbare Montessorischool De Oeverloper"

# ---------------------------------------------------------------------------
# Inhoud. Elk item: (soort, tekst). Soorten: h1, h2, h3, p, b (opsomming).
# ---------------------------------------------------------------------------

INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van Openbare Montessorischool De Oeverloper voor de periode "
          "1 augustus 2024 tot en met 31 juli 2028. In februari, maart en april 2024 "
          "hebben we op drie studiemiddagen de afgelopen planperiode doorgelicht: wat hadden we ons "
          "voorgenomen, wat is daarvan terechtgekomen en waarom soms niet? Die terugblik is bewust "
          "uitgebreid. We wilden niet opnieuw een plan maken dat vooral uit goede voornemens bestaat."),
    ("p", "Daarna hebben we voor elke kernwaarde van de Almeerse Scholen Groep en voor elk venster van "
          "Koers 22 dezelfde twee vragen beantwoord: waar staan we nu, en wat gaan we doen? De doelen "
          "staan in de lopende tekst, steeds met een getal of een datum en waar het kan met de naam van "
          "degene die ervoor zorgt dat het gebeurt. We zijn ook eerlijk over wat we deze periode níet oppakken. Vier jaar is "
          "kort, en een team van 27 mensen kan niet alles tegelijk."),
    ("p", "Het bekendste zinnetje van Maria Montessori, ‘help mij het zelf te doen’, gaat over kinderen. "
          "Wat ons betreft geldt het net zo goed voor een team dat een schoolplan schrijft. Dit plan is "
          "van ons allemaal."),
    ("p", "Maartje Ploeger, directeur"),

    ("h1", "1. Onze school in het kort"),
    ("p", "De Oeverloper is een openbare montessoribasisschool in Almere Poort en valt onder de Almeerse "
          "Scholen Groep (ASG). Op de teldatum van 1 oktober 2023 hadden we 313 leerlingen, verdeeld over "
          "dertien groepen: vier onderbouwgroepen (groep 1-2), vijf middenbouwgroepen (groep 3-4-5) en vier "
          "bovenbouwgroepen (groep 6-7-8). In 2019 waren het er nog 268. De gemeentelijke prognose gaat uit "
          "van een stabiel aantal rond de 320 leerlingen tot 2028; meer kan het gebouw ook niet aan."),
    ("p", "Het team telt 27 medewerkers (20,4 fte): negentien groepsleerkrachten, twee intern begeleiders, "
          "een vakleerkracht bewegingsonderwijs, twee onderwijsassistenten, een administratief medewerker, "
          "een conciërge en de directeur. Veertien van de negentien leerkrachten hebben een "
          "montessoridiploma. Twee collega’s zijn zij-instromer en halen hun bevoegdheid in de komende "
          "periode."),
    ("p", "Het Homeruskwartier is een gemengde wijk met veel zelfbouwwoningen, een flink aandeel sociale "
          "huur aan de randen en jonge gezinnen. Ongeveer dertig procent van onze leerlingen woont niet in "
          "Poort maar komt uit Almere Stad, Buiten of Haven, omdat de ouders bewust voor montessorionderwijs "
          "kiezen. In de gezinnen worden 23 talen gesproken; bij 19 procent van de leerlingen is dat thuis "
          "(ook) een andere taal dan het Nederlands. Onze schoolweging is 28,6, iets gunstiger dan het "
          "landelijk gemiddelde, met een grote spreiding tussen gezinnen."),
    ("p", "Ons onderwijs rust op de bekende montessoripijlers: groepen met drie leeftijden door elkaar, een "
          "voorbereide omgeving met ontwikkelingsmateriaal, een ononderbroken werkcyclus van minstens "
          "tweeënhalf uur per ochtend, instructie in kleine groepjes, observatie als basis voor wat een kind "
          "als volgende stap krijgt aangeboden en kosmisch onderwijs als samenhangend aanbod voor "
          "aardrijkskunde, geschiedenis, natuur en techniek. De school is lid van de Nederlandse Montessori "
          "Vereniging. Het gebouw delen we met Kinderopvang Zandhaas (peutergroep en bso)."),

    ("h1", "2. Terugblik op de planperiode 2020-2024"),
    ("p", "Het vorige schoolplan had vijf speerpunten: het vernieuwen van het kosmisch onderwijs, het "
          "versterken van het rekenonderwijs, de invoering van De Vreedzame School, ouders als partner via "
          "driehoeksgesprekken en een leerlijn digitale geletterdheid. Daarnaast hadden we de ambitie dat "
          "alle leerkrachten in 2024 een montessoridiploma zouden hebben. Die periode begon met twee "
          "schoolsluitingen en eindigde met een lerarentekort dat ook ons raakte. Dat verklaart een deel, "
          "maar niet alles. Hieronder zetten we op een rij wat lukte en wat niet."),
    ("h2", "Wat lukte"),
    ("p", "De Vreedzame School is het grootste succes van de afgelopen periode. We zijn in 2020 gestart met "
          "de blokken voor de hele school, in 2021 zijn de eerste leerlingmediatoren opgeleid en in maart "
          "2023 heeft de school het certificaat behaald. Elk jaar worden zestien bovenbouwleerlingen als "
          "mediator getraind, en zij lossen op het plein gemiddeld drie conflicten per week op zonder dat "
          "er een volwassene aan te pas komt. In de jaarlijkse vragenlijst sociale veiligheid steeg het "
          "percentage leerlingen in groep 5 tot en met 8 dat zich veilig of heel veilig voelt van 91 procent "
          "in 2020 naar 95 procent in 2023. De inspectie noemde het schoolklimaat in 2022 een sterk punt."),
    ("p", "Het kosmisch onderwijs is opnieuw opgebouwd rond de vijf grote verhalen van Montessori. In 2022 "
          "zijn de kosmische kasten in alle bouwen heringericht, er is een jaarrooster waarin elke bouw "
          "dezelfde thema’s op eigen niveau uitwerkt, en in de bovenbouw sluit elk thema af met een "
          "presentatie voor ouders. In de onder- en middenbouw werkt dat goed. In de bovenbouw is het beeld "
          "wisselend: sommige groepen maken prachtige werkstukken, andere blijven hangen in overschrijven uit "
          "boekjes."),
    ("p", "De driehoeksgesprekken tussen kind, ouder en leerkracht zijn in 2021 begonnen in de bovenbouw en "
          "sinds het schooljaar 2022-2023 gewoon in alle groepen vanaf groep 3. Gemiddeld was 87 procent van "
          "de ouders aanwezig. In de oudervragenlijst van 2023 gaven ouders de gesprekken een 8,1."),
    ("p", "In de onderbouw zijn de lokalen in 2021 heringericht volgens de principes van de voorbereide "
          "omgeving en is het observatie-instrument KIJK! ingevoerd. Zes leerkrachten behaalden in de "
          "afgelopen periode hun montessoridiploma; daarmee staat de teller op veertien van de negentien. "
          "De ambitie van ‘iedereen gediplomeerd’ is dus niet gehaald, maar de stap is groot."),
    ("h2", "Wat niet lukte"),
    ("p", "Het rekenonderwijs is ons grootste zorgpunt. Het doel was dat in 2023 de helft van onze "
          "leerlingen in groep 8 het streefniveau 1S zou halen. De werkelijke percentages waren 44 procent "
          "in 2021, 39 procent in 2022 en 41 procent in 2023. Het fundamentele niveau 1F haalt ruim 90 "
          "procent, dus de basis staat, maar kinderen die meer kunnen, komen er te weinig uit. In de "
          "analyse die de intern begeleiders in het voorjaar van 2024 maakten, kwamen drie oorzaken naar "
          "voren. Ten eerste gebruiken de middenbouwgroepen het rekenmateriaal niet op dezelfde manier, "
          "waardoor de overgang van materiaal naar abstract rekenen per groep anders verloopt. Ten tweede "
          "krijgen bovenbouwleerlingen die zelfstandig goed werken te weinig instructie, juist omdat ze zo "
          "zelfstandig zijn. Ten derde vertrok onze rekencoördinator in 2022 en is die taak daarna blijven "
          "liggen."),
    ("p", "De leerlijn digitale geletterdheid is er niet gekomen. We hebben in 2021 Chromebooks aangeschaft "
          "(één per twee leerlingen vanaf groep 5), maar die worden vooral gebruikt voor oefensoftware en "
          "het opzoeken van informatie. Een samenhangend aanbod voor mediawijsheid, programmeren en "
          "informatievaardigheden is er niet."),
    ("p", "De talentateliers op vrijdagmiddag, gegeven door ouders en externe begeleiders, zijn in 2022 "
          "gestopt bij gebrek aan begeleiders. "
          "Ook de pilot met Engels vanaf groep 1 hebben we na één jaar beëindigd, omdat we de kwaliteit met "
          "wisselende invallers niet konden garanderen."),
    ("p", "Het verzuim was lange tijd te hoog: 7,8 procent in 2022 en 5,9 procent in 2023, met twee "
          "collega’s die langdurig uitvielen. In het schooljaar 2022-2023 hebben we op elf dagen een groep "
          "naar huis moeten sturen. Dat heeft ouders en team veel gekost. Tot slot is het plan om samen met "
          "Kinderopvang Zandhaas een kindcentrum te vormen niet van de grond gekomen. We delen een gebouw, "
          "maar nog geen pedagogische lijn."),
    ("h2", "Wat we meenemen"),
    ("p", "Bij het terugkijken vielen ons drie dingen op. We hadden te veel speerpunten tegelijk; vijf grote "
          "trajecten in een periode met corona en personeelstekort was te veel. Veel doelen hadden geen "
          "eigenaar, waardoor ze bij het vertrek van één collega stilvielen. En we evalueerden pas aan het "
          "eind, toen bijsturen niet meer kon. In dit plan heeft daarom elk doel een eigenaar, staat er een "
          "tussenmeting in juni van elk schooljaar, en kiezen we per jaar hooguit drie grote "
          "ontwikkelpunten voor het jaarplan."),

    ("h1", "3. Onze kernwaarden"),
    ("p", "De vier kernwaarden van ASG (gezien worden, open, vooruitstrevend en ambitieus) hebben we met het "
          "team besproken aan de hand van gewone situaties uit onze school: de ochtend bij de voordeur, een "
          "boze ouder bij het hek, een kind dat al weken ‘niets kiest’. Per kernwaarde beschrijven we waar "
          "we nu staan en wat we de komende vier jaar doen."),

    ("h2", "3.1 Gezien worden"),
    ("h3", "Waar staan we"),
    ("p", "Elke ochtend staat de leerkracht bij de deur van het lokaal en geeft ieder kind een hand. Sinds 2022 geven bovenbouwleerlingen de rondleidingen aan nieuwe ouders; in 2023 "
          "waren dat er 41. In de oudervragenlijst van 2023 scoorde de stelling ‘ik voel mij welkom op "
          "school’ een 8,3. Tegelijk zagen we dat ouders van zij-instromers en anderstalige ouders lager "
          "scoren, en drie gezinnen hebben ons ook letterlijk gezegd dat ze de eerste maanden niet wisten "
          "bij wie ze terechtkonden. Nieuwe collega’s hebben geen vast inwerkprogramma; het hangt af van wie "
          "er naast je staat."),
    ("p", "We hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers. Dat klopt voor de "
          "onderbouw, waar KIJK! goed wordt gebruikt. In de midden- en bovenbouw worden observaties nog niet "
          "overal vastgelegd: bij een steekproef in januari 2024 stond bij 60 procent van de leerlingen "
          "minstens één observatie van dit schooljaar in ParnasSys. Kindgesprekken voeren we twee keer per "
          "jaar vanaf groep 5."),
    ("h3", "Wat gaan we doen"),
    ("p", "Met ingang van 1 september 2024 krijgt elke nieuwe collega een buddy uit dezelfde bouw en drie "
          "gesprekken met de directeur in het eerste jaar (na zes weken, in februari en in juni). Adjunct "
          "Koen Baars schrijft het inwerkprogramma en evalueert het in juni 2025 met de nieuwkomers van dat "
          "jaar."),
    ("p", "Elk nieuw gezin krijgt binnen zes weken na de start een welkomstgesprek met de eigen leerkracht. "
          "Voor gezinnen die het Nederlands nog niet goed beheersen, zetten we een tolk of een ouder uit "
          "dezelfde taalgroep in; de ouderraad houdt daarvoor een lijst met vrijwilligers bij. Ons doel is "
          "dat ouders die korter dan twee jaar op school zijn, in de oudervragenlijst van 2026 en 2028 de "
          "stelling over welkom zijn minimaal met een 8,0 waarderen, en de hele ouderpopulatie met een 8,5."),
    ("p", "Voor de observaties spreken we af dat iedere leerling in de midden- en bovenbouw minstens drie "
          "vastgelegde observaties per schooljaar heeft, gericht op werkhouding, keuzegedrag en sociale "
          "omgang. In januari 2025 moet dat voor 80 procent van de leerlingen gelden en in januari 2026 "
          "voor alle leerlingen. De intern begeleiders controleren dat elk jaar in januari en bespreken de "
          "uitkomst in de bouwvergadering. Vanaf het schooljaar 2025-2026 voeren we kindgesprekken vanaf "
          "groep 3, met een eenvoudiger gespreksformat dat de middenbouw zelf ontwikkelt."),

    ("h2", "3.2 Open"),
    ("h3", "Waar staan we"),
    ("p", "Als openbare school zijn we er voor ieder kind, ongeacht afkomst, geloof of overtuiging van de "
          "ouders. Dat is meer dan een zin in de schoolgids: in onze groepen zitten kinderen uit "
          "christelijke, islamitische, hindoestaanse, humanistische en niet-gelovige gezinnen, en die "
          "verschillen komen in het kosmisch onderwijs gewoon aan bod. We vieren op school het "
          "Suikerfeest, Divali, Kerst en het Chinees Nieuwjaar, telkens met een kind of ouder die vertelt "
          "wat het feest voor hen betekent. In groep 6, 7 en 8 bieden we godsdienstig en humanistisch "
          "vormingsonderwijs aan; 64 procent van de leerlingen doet daaraan mee."),
    ("p", "Over onze communicatie zijn ouders minder tevreden. In de oudervragenlijst van 2023 kreeg "
          "‘informatievoorziening’ een 7,2. Ouders noemen te veel losse berichten in Parro, berichten die "
          "op het laatste moment komen en wisselende reactietijden. Het gesprek tussen ouders en team is "
          "meestal prettig, maar in 2023 waren er drie incidenten waarbij een ouder een medewerker bij het "
          "hek of in de app op een onacceptabele manier aansprak. In vier jaar kwamen er twee formele "
          "klachten binnen; beide zijn in gesprek opgelost."),
    ("h3", "Wat gaan we doen"),
    ("p", "Vanaf het schooljaar 2024-2025 zetten we de communicatie op vaste momenten: elke vrijdag een "
          "weekbericht per groep, om de twee weken een schoolnieuwsbrief en uiterlijk 1 juli de jaarkalender "
          "voor het volgende schooljaar. Ouders krijgen "
          "binnen twee werkdagen een antwoord op een vraag, ook als dat antwoord is ‘ik kom er donderdag op "
          "terug’. Het doel is dat de informatievoorziening in de oudervragenlijst van 2026 minimaal een 7,8 "
          "scoort. Eigenaar is de directeur."),
    ("p", "Samen met de MR en de ouderraad stellen we voor 1 januari 2025 de omgangsafspraken ‘Zo doen we "
          "dat hier’ op, voor ouders en medewerkers. Daarin staat hoe we elkaar aanspreken, wat we doen "
          "als dat misgaat en dat we bij agressie altijd melding doen bij ASG. Elk incident wordt geregistreerd; we willen naar hooguit één "
          "incident per jaar."),
    ("p", "Onze openheid naar verschillen willen we steviger in het onderwijs verankeren. Elke "
          "bovenbouwleerling bezoekt in de drie bovenbouwjaren minstens drie plekken van verschillende "
          "levensbeschouwingen in Almere, bijvoorbeeld een kerk, een moskee en een tempel. Daarnaast maakt "
          "de werkgroep kosmisch onderwijs in 2025-2026 een overzicht van welke geestelijke stromingen in "
          "welk kosmisch thema aan bod komen, zodat geen enkele stroming structureel ontbreekt."),
    ("p", "Burgerschap hoort bij dit hoofdstuk. De Vreedzame School geeft er de basis voor: de klas als "
          "gemeenschap, conflicten zelf oplossen, meebeslissen. De leerlingenraad (acht leerlingen uit groep "
          "5 tot en met 8) vergadert zes keer per jaar met de directeur en mag jaarlijks een eigen budget "
          "van 750 euro besteden. Voor het einde van het schooljaar 2025-2026 leggen we in een leerlijn "
          "burgerschap vast wat iedere leerling aan het eind van groep 2, 5 en 8 weet en kan over "
          "democratie, diversiteit en de eigen rol in de wijk. Als de herziene kerndoelen burgerschap "
          "definitief zijn, passen we de leerlijn daarop aan. Eigenaar is intern begeleider Youssef El "
          "Amrani, die ook Vreedzame School-coördinator is."),

    ("h2", "3.3 Vooruitstrevend"),
    ("h3", "Waar staan we"),
    ("p", "Montessorionderwijs is meer dan honderd jaar oud; vanzelf vernieuwend is het niet. Wij zijn nieuwsgierig naar nieuwe inzichten om ons "
          "onderwijs eigentijds inhoud te geven. In de praktijk is het materiaal in veel lokalen hetzelfde "
          "als tien jaar geleden en is techniek een ondergeschoven kindje. In het schooljaar 2022-2023 zijn "
          "twee bovenbouwgroepen op eigen initiatief begonnen met een ‘kosmisch lab’: een middag per week "
          "waarin kinderen proefjes doen, bouwen en ontwerpen rond het kosmisch thema. De kinderen zijn er "
          "enthousiast over, maar het is nog afhankelijk van twee leerkrachten."),
    ("h3", "Wat gaan we doen"),
    ("p", "Het kosmisch lab wordt structureel. Vanaf het schooljaar 2025-2026 heeft elke bovenbouwgroep één "
          "middag per week lab, met een vast lokaal en een materiaalbudget van 2.500 euro per jaar. In "
          "2026-2027 breiden we het uit naar de middenbouw. Leerkracht Inge Valstar is eigenaar en "
          "krijgt daarvoor twee uur per week."),
    ("p", "Daarnaast werken we aan een nieuwe vorm van het werkplan in de bovenbouw. Nu vullen kinderen een "
          "papieren logboek in dat de leerkracht controleert. In 2024-2025 proberen twee bovenbouwgroepen een "
          "digitaal weekplan waarin kinderen zelf hun week plannen, bijhouden en op vrijdag evalueren; in "
          "2025-2026 volgen de andere twee groepen als de evaluatie positief is. Ons doel is dat in 2027 "
          "driekwart van de bovenbouwleerlingen in de kindvragenlijst aangeeft ‘ik kan mijn eigen week "
          "plannen’ (nulmeting juni 2024: 52 procent)."),

    ("h2", "3.4 Ambitieus"),
    ("h3", "Waar staan we"),
    ("p", "De resultaten op de doorstroomtoets van 2024 laten een gemengd beeld zien. Op het fundamentele "
          "niveau 1F scoren we ruim voldoende: lezen 98 procent, taalverzorging 97 procent en rekenen 92 "
          "procent. Op het streefniveau haalde 77 procent 2F voor lezen, 64 procent 2F voor taalverzorging "
          "en 41 procent 1S voor rekenen. We zitten daarmee boven de signaleringswaarden van de inspectie, "
          "maar onder onze eigen ambitie en onder scholen met een vergelijkbare schoolweging."),
    ("p", "In de teamsessies constateerden we dat we tevreden zijn als een kind rustig en zelfstandig "
          "werkt, en dan te weinig doorvragen. Wij geven altijd het beste van "
          "onszelf, maar we leggen de lat voor sommige kinderen te laag."),
    ("h3", "Wat gaan we doen"),
    ("p", "We stellen de volgende schooldoelen voor de doorstroomtoets. Voor rekenen haalt in 2026 minstens "
          "50 procent en in 2028 minstens 55 procent van de leerlingen niveau 1S. Voor taalverzorging groeit "
          "het aandeel 2F van 64 naar 70 procent in 2027. Lezen 2F houden we op minimaal 78 procent. Op 1F "
          "scoren we op alle drie de onderdelen minimaal 95 procent."),
    ("p", "Om het rekendoel te halen, stellen we per 1 augustus 2024 weer een rekencoördinator aan: "
          "leerkracht Tim Hoekstra, voor 0,2 fte. Hij maakt in 2024-2025 met de middenbouw een vaste "
          "route per rekendomein van materiaal naar abstractie, zodat alle vijf middenbouwgroepen hetzelfde "
          "doen. In de bovenbouw krijgt elke leerling minstens drie keer per week rekeninstructie in een "
          "klein groepje, ook de leerlingen die zelfstandig goed werken. Getal & Ruimte Junior gebruiken we "
          "in de bovenbouw als bronmethode naast het materiaal. Alle midden- en bovenbouwleerkrachten volgen "
          "in 2024-2025 het ASG Academie-traject rekendidactiek."),
    ("p", "Hoge verwachtingen maken we zichtbaar in de driehoeksgesprekken. Vanaf 2024-2025 stelt elke "
          "bovenbouwleerling per periode drie persoonlijke leerdoelen op, waarvan er minstens één een "
          "uitdaging is die het kind zelf nog lastig vindt. Leerlingen die meer aankunnen, werken twee "
          "ochtenden per week in de Denkwerkplaats met verrijkingsopdrachten; de intern begeleider bovenbouw "
          "bepaalt samen met de leerkracht wie daaraan meedoet en evalueert dat twee keer per jaar."),
    ("p", "Ook voor onszelf willen we die lat hoog leggen. Het gaat ons niet om verplichte uren, maar om "
          "collega’s die zelf iets willen uitzoeken. Vanaf het schooljaar 2024-2025 formuleert elke "
          "leerkracht aan het begin van het jaar een eigen leervraag over de eigen praktijk, zelf gekozen en "
          "niet opgelegd, en presenteert de uitkomst op het ‘leerfeest’ in de laatste studiedag van juni. "
          "In het eerste jaar willen we dat minstens 80 procent van de leerkrachten meedoet, vanaf 2025-2026 "
          "iedereen."),

    ("h1", "4. De vier vensters van Koers 22"),
    ("p", "In dit hoofdstuk werken we de vier vensters van Koers 22 uit. De wettelijke onderdelen van het "
          "schoolplan (onderwijsprogramma, ondersteuning, veiligheid, personeelsbeleid en kwaliteitszorg) "
          "staan bij het venster waar ze het best passen."),

    ("h2", "4.1 Goed en toegankelijk onderwijs"),
    ("h3", "Waar staan we"),
    ("p", "Bij het vierjaarlijks onderzoek in oktober 2022 heeft de inspectie vastgesteld dat de "
          "basiskwaliteit op orde is. Alle standaarden waren voldoende; het schoolklimaat werd als sterk "
          "punt genoemd. Als verbeterpunt noemde de inspectie dat we de analyse van de resultaten te weinig "
          "gebruiken om het aanbod aan te passen."),
    ("p", "Ons onderwijsprogramma dekt de kerndoelen via de montessorileerlijnen, die we in ParnasSys "
          "hebben gekoppeld aan de kerndoelen en referentieniveaus. In de onderbouw werken we met KIJK! en "
          "de ontwikkelingslijnen, in groep 3 met Lijn 3 voor het aanvankelijk lezen en vanaf groep 4 met "
          "Nieuwsbegrip voor begrijpend lezen. Voor spelling en taal gebruiken we het montessori-taalmateriaal "
          "met Staal als bronmethode. De onderwijstijd is ruim voldoende: 940 uur per jaar in alle groepen. "
          "Zoals beschreven in de terugblik ontbreekt een leerlijn digitale geletterdheid."),
    ("p", "Voor extra ondersteuning werken we samen met het Samenwerkingsverband Passend Onderwijs Almere. "
          "Op dit moment hebben negen leerlingen een arrangement. In de afgelopen vier jaar zijn drie "
          "leerlingen naar het speciaal basisonderwijs gegaan. Ons schoolondersteuningsprofiel dateert van "
          "2020 en beschrijft niet meer goed wat we wel en niet kunnen; zo staat er niet in dat we sinds "
          "2023 een rustplek met een onderwijsassistent hebben."),
    ("p", "Voor kwaliteitszorg werken we met de kwaliteitskaarten van WMK-PO, een jaarplan en een "
          "jaarverslag en de kwartaalrapportage aan het bestuur. De cyclus is er, maar zoals in de terugblik "
          "staat: de evaluatie kwam vaak te laat. Collegiale consultatie gebeurt wel, maar op eigen "
          "initiatief en niet bij iedereen."),
    ("h3", "Wat gaan we doen"),
    ("p", "Onderwijsprogramma. De werkgroep digitale geletterdheid, dit keer onder leiding van bovenbouwleerkracht "
          "Sanne Vrolijk met één uur per week, maakt voor juni 2026 een doorgaande leerlijn voor groep 1 tot en "
          "met 8 op de vier domeinen van SLO: ICT-basisvaardigheden, mediawijsheid, informatievaardigheden en "
          "computational thinking. In 2026-2027 voeren we de leerlijn in alle groepen in. In juni 2028 maakt "
          "elke leerling van groep 8 een eindopdracht digitale geletterdheid; ons doel is dat 80 procent die "
          "met een voldoende afsluit."),
    ("p", "Het kosmisch onderwijs houden we dicht bij wat kinderen bezighoudt. Elke bouw kiest vanaf "
          "2024-2025 één van de vijf jaarlijkse thema’s samen met de kinderen, via een stemming die de "
          "leerlingenraad organiseert. Vragen die kinderen zelf stellen, worden het vertrekpunt van de lessen."),
    ("p", "Zicht op ontwikkeling. Twee keer per jaar, in februari en juni, analyseren de intern begeleiders "
          "met elke bouw de resultaten van Boom LVS en de observaties. Vanaf 2024-2025 leidt elke analyse "
          "tot maximaal twee concrete aanpassingen in het aanbod per bouw, die in de volgende "
          "groepsbespreking worden nagelopen. Daarmee pakken we het verbeterpunt van de inspectie op."),
    ("p", "Ondersteuning. Voor 1 maart 2025 herschrijven de intern begeleiders het "
          "schoolondersteuningsprofiel. Daarin beschrijven we concreet welke ondersteuning we bieden "
          "(onder meer de rustplek twee dagdelen per week, de Denkwerkplaats, dyslexiebegeleiding en "
          "begeleiding bij NT2) en waar onze grenzen liggen, bijvoorbeeld bij leerlingen die voortdurend "
          "één-op-één begeleiding nodig hebben. Het profiel wordt besproken met de MR en op de website "
          "gepubliceerd. Ons doel is dat geen enkele leerling thuis komt te zitten en dat bij een verwijzing "
          "binnen zes weken een passende plek is gevonden."),
    ("p", "We nemen vier keer per jaar deel aan het wijkoverleg Poort van het samenwerkingsverband, samen "
          "met de andere scholen in de wijk, het wijkteam en de jeugdarts. Bij elke instromer uit de "
          "peutergroep van Zandhaas gebruiken we vanaf 2025 een overdrachtsformulier en een warm "
          "overdrachtsgesprek; bij de overstap naar het voortgezet onderwijs voeren we een warme overdracht "
          "voor alle leerlingen met een arrangement of ontwikkelingsperspectief."),
    ("p", "Veiligheid. We meten de sociale veiligheid elk jaar in maart met de leerlingvragenlijst van "
          "WMK-PO in groep 5 tot en met 8. Het doel is dat minstens 95 procent van de leerlingen zich veilig "
          "voelt, en dat er geen groep onder de 90 procent zit. Intern begeleider Youssef El Amrani is "
          "anti-pestcoördinator en aanspreekpunt voor leerlingen en ouders. Het pestprotocol evalueren we in "
          "het schooljaar 2025-2026 met de leerlingenraad. Het veiligheidsplan, met de ontruimingsoefening "
          "twee keer per jaar en de registratie van incidenten, actualiseert de directeur jaarlijks voor 1 "
          "oktober."),
    ("p", "Kwaliteitszorg. We houden een vaste jaarkalender aan. In juni stellen we het jaarplan op, met "
          "per doel een eigenaar. In februari volgt een tussenevaluatie met het team en in oktober het "
          "jaarverslag voor ouders, MR en bestuur. Elk jaar behandelen we vier WMK-kwaliteitskaarten. De "
          "directeur en de intern begeleiders leggen bij elke leerkracht twee klassenbezoeken per jaar af "
          "met onze eigen montessorikijkwijzer. De vragenlijsten voor ouders en medewerkers nemen we af in "
          "2024, 2026 en 2028, de leerlingvragenlijst elk jaar. In het voorjaar van 2026 vragen we een "
          "collega-directeur van ASG om een interne audit op het onderwijsleerproces."),
    ("p", "Leren van elkaar. Vanaf 2024-2025 doet elke leerkracht twee keer per jaar een collegiale "
          "consultatie, met een kijkvraag die de collega zelf inbrengt."),

    ("h2", "4.2 Personeel in positie"),
    ("h3", "Waar staan we"),
    ("p", "Het team is de afgelopen jaren flink veranderd: acht van de 27 collega’s werken hier korter dan "
          "drie jaar. In 2023 hebben we drie vacatures kunnen vullen, waarvan twee met zij-instromers. Een "
          "van onze onderwijsassistenten volgt de deeltijdpabo. De gesprekscyclus liep niet goed: in "
          "2022-2023 heeft maar 55 procent van de medewerkers een ontwikkel- of beoordelingsgesprek gehad. "
          "Het verzuim daalde van 7,8 procent in 2022 naar 5,9 procent in 2023, maar is nog te hoog."),
    ("h3", "Wat gaan we doen"),
    ("p", "Gesprekscyclus. Vanaf 2024-2025 heeft elke medewerker jaarlijks een startgesprek "
          "(september of oktober) en een voortgangsgesprek (februari), en eens in de drie jaar een "
          "beoordelingsgesprek. De afspraken komen in het digitale personeelsdossier. Doel: 100 procent van "
          "de gesprekken gevoerd en vastgelegd, jaarlijks gecontroleerd door de directeur in juli."),
    ("p", "Professionalisering. De vijf leerkrachten zonder montessoridiploma beginnen uiterlijk in 2025 "
          "aan de opleiding; in 2027 zijn alle groepsleerkrachten gediplomeerd. Daarnaast volgt elke "
          "leerkracht minstens één activiteit per jaar bij de ASG Academie; in 2024-2025 is dat voor de "
          "midden- en bovenbouw het traject rekendidactiek. Het scholingsbudget is 600 euro per fte per jaar; "
          "de montessori-opleiding betalen we apart uit de lumpsum."),
    ("p", "Onbevoegde collega’s. De twee zij-instromers krijgen begeleiding van schoolopleider Annelies "
          "Drost, twee uur per week, en een vrije middag per week voor hun studie. Ons doel is dat beiden in "
          "augustus 2026 bevoegd zijn. De onderwijsassistent die de deeltijdpabo volgt, krijgt vanaf 2025 een "
          "eigen groep op één dag in de week onder begeleiding en rondt de opleiding in 2027 af."),
    ("p", "Welbevinden en vitaliteit. Met de werkdrukmiddelen betalen we een extra onderwijsassistent "
          "(0,8 fte) die elke leerkracht eens per twee weken een ochtend vrijspeelt voor voorbereiding en "
          "observatie. In het startgesprek vragen we expliciet naar wat iemand in deze levensfase nodig "
          "heeft: collega’s met jonge kinderen, mantelzorgers en oudere collega’s krijgen waar het kan "
          "voorrang bij de roosterwensen, en de uren duurzame inzetbaarheid mogen ook worden gebruikt voor "
          "een kortere werkweek. Ons doel is een verzuimpercentage onder de 4,5 procent in 2026 en onder de 4 "
          "procent in 2028, met een meldingsfrequentie onder de 1,0."),
    ("p", "Leerteams. Elke bouw vormt een leerteam dat zes keer per jaar bij elkaar komt rond een eigen "
          "onderzoeksvraag, zoals ‘hoe zorgen we dat kinderen breuken echt begrijpen voordat ze het materiaal "
          "loslaten?’. De leerteams presenteren hun uitkomsten op het leerfeest in juni. Interne mobiliteit "
          "hebben we deze periode niet als apart onderwerp opgenomen."),

    ("h2", "4.3 De meerwaarde van ASG"),
    ("h3", "Waar staan we"),
    ("p", "Eerlijk gezegd is ASG voor de meeste teamleden vooral het bestuur en het servicebureau. Leerkrachten komen zelden op een andere ASG-school. Tegelijk zijn we binnen ASG in "
          "Almere Poort de enige school met een montessoriprofiel, en kiezen ouders van buiten de wijk juist "
          "daarom voor ons. Ongeveer 38 procent van onze schoolverlaters gaat naar een ASG-school voor "
          "voortgezet onderwijs."),
    ("h3", "Wat gaan we doen"),
    ("p", "Vanaf het schooljaar 2024-2025 gaat elke leerkracht één dagdeel per jaar meekijken op een andere "
          "ASG-school, bij voorkeur een school met een ander concept, zoals een daltonschool of een "
          "jenaplanschool. Dat zijn minimaal negentien bezoeken per jaar. Het hele team neemt deel aan de "
          "ASG-brede studiedag."),
    ("p", "In het schooljaar 2026-2027 verzorgen we op een ASG-brede studiedag een werkplaats over onze "
          "aanpak van het rekenonderwijs of het kosmisch lab, afhankelijk van welke aanpak dan het meest "
          "oplevert. Rekencoördinator Tim Hoekstra en leerkracht Inge Valstar bereiden dat voor."),
    ("p", "Ons montessoriprofiel willen we scherp houden, zodat ouders in Almere iets te kiezen hebben. Voor "
          "de overstap naar het voortgezet onderwijs maken we in 2025 afspraken met twee ASG-scholen voor "
          "voortgezet onderwijs over twee meeloopdagen voor onze groep 8-leerlingen en over een "
          "terugkoppeling van hun resultaten na het eerste jaar. Over de samenwerking met het servicebureau "
          "hebben we in dit plan geen aparte doelen opgenomen."),

    ("h2", "4.4 Partnerschap"),
    ("h3", "Waar staan we"),
    ("p", "Ouders zijn bij ons zichtbaar aanwezig: als leesouder, bij excursies en in de ouderraad. De "
          "driehoeksgesprekken zijn een succes. De MR heeft zes leden (drie ouders en drie personeelsleden) "
          "en vergadert zeven keer per jaar. De MR werd de afgelopen jaren wel op tijd geïnformeerd, maar "
          "vooral over plannen die al bijna klaar waren."),
    ("p", "Met Kinderopvang Zandhaas delen we het gebouw. De Nieuwe Bibliotheek levert een collectie voor "
          "onze schoolbibliotheek, Sportbedrijf Almere verzorgt naschools sportaanbod en het wijkteam Poort "
          "kent ons goed. Daarnaast zijn we sinds 2019 opleidingsschool in het partnerschap met Hogeschool "
          "Windesheim Flevoland, waarin ook andere Almeerse schoolbesturen samenwerken."),
    ("h3", "Wat gaan we doen"),
    ("p", "Ouders en het leren van hun kind. De driehoeksgesprekken voeren we vanaf groep 3 drie keer per "
          "jaar; het doel is een opkomst van minimaal 90 procent in 2025-2026. In de onderbouw organiseren "
          "we vier kijkochtenden per jaar waarop ouders een uur meewerken in de groep, en elk jaar een "
          "ouderavond over het montessorimateriaal. We willen dat in 2027 minstens 80 procent van de ouders "
          "per jaar aan een van deze activiteiten meedoet."),
    ("p", "Medezeggenschap. We betrekken de MR voortaan in een vroeg stadium. De MR krijgt in januari de "
          "eerste schets van het jaarplan en in februari het formatieplan in concept, zodat er echt iets te "
          "bespreken valt. Twee keer per jaar, in februari en juni, bespreekt de directeur met de MR de "
          "voortgang op de doelen uit dit schoolplan. In juni evalueren MR en directie hun samenwerking."),
    ("p", "Partners. Met Kinderopvang Zandhaas stellen we voor september 2026 gezamenlijke pedagogische "
          "afspraken op voor kinderen van 2 tot 6 jaar, met zelfstandigheid als rode draad. De leesconsulent "
          "van De Nieuwe Bibliotheek is vanaf 2024-2025 één ochtend per week op school. Het wijkteam houdt "
          "één keer per maand een inloopspreekuur in de school."),
    ("p", "De wijk als leeromgeving. Elke bouw gaat twee keer per jaar op excursie in Almere die aansluit bij "
          "het kosmisch thema, bijvoorbeeld naar het Buitencentrum in het Almeerderhout. Vanaf 2025 adopteert de bovenbouw een stuk van het groen naast de school, "
          "samen met de bewonersvereniging Homeruskwartier."),
    ("p", "Opleiden tegen het lerarentekort. Het lerarentekort lossen we niet alleen op. Binnen het "
          "opleidingspartnerschap met Windesheim Flevoland en de andere Almeerse besturen bieden we elk jaar "
          "plaats aan vier tot zes pabostudenten en één LIO-stagiair. Ons doel is dat in 2028 minstens twee "
          "van onze oud-stagiairs bij ons of een andere ASG-school werken."),

    ("h1", "5. Van plan naar jaarplan"),
    ("p", "Dit schoolplan vertalen we elk jaar in juni naar een jaarplan met hooguit drie grote "
          "ontwikkelpunten. Voor 2024-2025 zijn dat rekenen (de vaste route in de middenbouw en de "
          "instructie in de bovenbouw), de communicatie met ouders en de gesprekscyclus. Voor 2025-2026 "
          "volgen de leerlijn digitale geletterdheid, het kosmisch lab en de leerlijn burgerschap. De punten voor 2026-2028 bepalen we na de tussenevaluatie van juni 2026. In oktober van elk jaar leggen we in het jaarverslag verantwoording af aan ouders, MR en "
          "bestuur over de doelen in dit plan."),
    ("h2", "Vaststelling"),
    ("p", "De medezeggenschapsraad van De Oeverloper heeft op 11 juni 2024 ingestemd met dit schoolplan. "
          "Het College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 2 juli 2024."),
    ("p", "Namens de MR: Jeroen Ketelaar, voorzitter"),
    ("p", "Namens de school: Maartje Ploeger, directeur"),
]


# ---------------------------------------------------------------------------
# Opmaak
# ---------------------------------------------------------------------------

def _taal_nl(document):
    """Zet de proeftaal van de standaardstijlen op Nederlands."""
    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault"))
        if rpr is not None:
            rpr_inner = rpr.find(qn("w:rPr"))
            if rpr_inner is not None:
                lang = rpr_inner.find(qn("w:lang"))
                if lang is None:
                    lang = OxmlElement("w:lang")
                    rpr_inner.append(lang)
                lang.set(qn("w:val"), "nl-NL")
                lang.set(qn("w:eastAsia"), "nl-NL")
                lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(section):
    voet = section.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = voet.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    einde = OxmlElement("w:fldChar")
    einde.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(einde)
    kop = section.header.paragraphs[0]
    kop.text = SCHOOL + " · Schoolplan 2024-2028"
    kop.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in kop.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def _voorblad(document):
    for _ in range(6):
        document.add_paragraph()
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2024-2028")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x4A)
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(SCHOOL)
    r.font.size = Pt(16)
    p = document.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("‘Help mij het zelf te doen’, ook over vier jaar")
    r.italic = True
    r.font.size = Pt(12)
    for _ in range(8):
        document.add_paragraph()
    for regel in ("Homeruskwartier, Almere Poort",
                  "Almeerse Scholen Groep",
                  "Planperiode: 1 augustus 2024 tot en met 31 juli 2028",
                  "Vastgestelde versie, juli 2024"):
        p = document.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path):
    path = str(path)
    document = Document()
    _taal_nl(document)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for naam, kleur in (("Heading 1", RGBColor(0x1F, 0x5C, 0x4A)),
                        ("Heading 2", RGBColor(0x2E, 0x7D, 0x64)),
                        ("Heading 3", RGBColor(0x40, 0x40, 0x40))):
        document.styles[naam].font.color.rgb = kleur

    _paginanummer(document.sections[0])
    _voorblad(document)

    for soort, tekst in INHOUD:
        if soort == "h1":
            document.add_heading(tekst, level=1)
        elif soort == "h2":
            document.add_heading(tekst, level=2)
        elif soort == "h3":
            document.add_heading(tekst, level=3)
        elif soort == "b":
            document.add_paragraph(tekst, style="List Bullet")
        else:
            document.add_paragraph(tekst)

    cp = document.core_properties
    cp.title = "Schoolplan 2024-2028 De Oeverloper"
    cp.subject = "Schoolplan"
    cp.author = "Maartje Ploeger"
    cp.last_modified_by = "Maartje Ploeger"
    cp.comments = ""
    cp.keywords = "schoolplan; montessori; Almere Poort"
    cp.language = "nl-NL"
    cp.revision = 7
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    document.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_191_montessori_oeverloper.docx")
