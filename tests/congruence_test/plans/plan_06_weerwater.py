"""Plan 06: Weerwater College (VO, openbare scholengemeenschap mavo-havo-vwo).

Ontwerp: echte Heading-stijlen met genummerde hoofdstuktitels; de hoofdstukken 3-6
volgen de vier vensters, de kernwaarden worden alleen in de inleiding genoemd; per
hoofdstuk een doelentabel; een hoofdstuk over het openbare karakter en burgerschap;
een colofon met de instemming van de MR (personeelsgeleding en ouder-/leerlinggeleding).
De planperiode staat in de tekst (schooljaren 2023-2024 tot en met 2026-2027).

Alleen python-docx en de standaardbibliotheek; deterministisch.
"""

import datetime
import io
import pathlib
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

KOPTEKST = "Weerwater College \u2013 Schoolplan"

OMSLAG = [
    ("Weerwater College", 26, True),
    ("Openbare scholengemeenschap voor mavo, havo en vwo", 13, False),
    ("", 12, False),
    ("Schoolplan", 30, True),
    ("Koers houden, kansen bieden", 15, False),
    ("", 12, False),
    ("Almere, juni 2023", 12, False),
]

INHOUD = [
    "1 Inleiding",
    "2 Het Weerwater College in beeld",
    "3 Goed en toegankelijk onderwijs",
    "4 Personeel in positie",
    "5 Samenwerken binnen ASG",
    "6 Partnerschap",
    "7 Openbaar onderwijs en burgerschap",
    "8 Bedrijfsvoering en huisvesting",
    "9 Colofon",
]

# "# " kop 1, "## " kop 2, "- " opsomming, "[[TABEL:naam]]" tabel uit TABELLEN.
TEKST = """
# 1 Inleiding

Voor u ligt het schoolplan van het Weerwater College, openbare scholengemeenschap voor mavo, havo en vwo in Almere Stad. Dit plan beschrijft het beleid van de school voor de schooljaren 2023-2024 tot en met 2026-2027. Het is bedoeld voor iedereen die bij de school betrokken is: medewerkers, leerlingen, ouders, ons bestuur en de inspectie.

## 1.1 Achtergrond

Het Weerwater College maakt deel uit van de Almeerse Scholen Groep (ASG). Het strategisch beleid van ASG, Koers 22, is richtinggevend voor dit plan. Koers 22 noemt vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Deze kernwaarden onderschrijven wij; ze vormen de achtergrond waartegen dit plan is geschreven. De koers beschrijft daarnaast vier vensters. De hoofdstukken 3 tot en met 6 van dit plan volgen die vensters: goed en toegankelijk onderwijs, personeel in positie, de meerwaarde van ASG en partnerschap. Hoewel de looptijd van Koers 22 formeel in 2022 is afgelopen, heeft het bestuur aangegeven dat de koers richtinggevend blijft tot een nieuwe koers is vastgesteld.

## 1.2 Totstandkoming

Het plan is in het schooljaar 2022-2023 geschreven door een werkgroep van twee leden van de schoolleiding, twee docenten, de kwaliteitscoördinator en een ouder. Alle secties hebben in januari 2023 een eigen analyse aangeleverd. In februari hebben we de conceptdoelen besproken met de leerlingenraad en het ouderpanel, in april met de voltallige personeelsvergadering. De medezeggenschapsraad heeft het plan in mei en juni in twee vergaderingen besproken en heeft ermee ingestemd; de gegevens staan in het colofon.

## 1.3 Leeswijzer

Hoofdstuk 2 geeft een beeld van de school en van de belangrijkste uitdagingen. De hoofdstukken 3 tot en met 6 beschrijven per venster ons beleid en sluiten af met een tabel met de doelen voor de planperiode. Hoofdstuk 7 beschrijft hoe wij invulling geven aan ons openbare karakter en aan burgerschap. Hoofdstuk 8 gaat over financiën, huisvesting en ICT. De doelen uit de tabellen werken we elk jaar uit in het schooljaarplan en in de afdelingsplannen.

## 1.4 Dit plan in het kort

De komende vier jaar staan voor het Weerwater College in het teken van basiskwaliteit. Na het inspectieoordeel over de havo kiezen we bewust voor een beperkt aantal speerpunten, die we grondig willen uitvoeren: het herstel van de havo, meer bevoegde docenten voor de klas, een lager verzuim en een betere samenwerking met ouders. Daarnaast geven we ons openbare karakter en ons burgerschapsonderwijs een zichtbaardere plek. Elk speerpunt is vertaald in doelen met een meetbaar resultaat en een eigenaar, zodat we in het jaarverslag kunnen laten zien wat er is bereikt.

# 2 Het Weerwater College in beeld

## 2.1 Leerlingen en opleidingen

Het Weerwater College telde op 1 oktober 2022 1.146 leerlingen: 384 in de mavo, 458 in de havo en 304 in het vwo. In leerjaar 1 en 2 werken we met dakpanklassen mavo/havo en havo/vwo; vanaf leerjaar 3 zitten leerlingen in homogene klassen. Onze leerlingen komen uit heel Almere, met een zwaartepunt in Almere Stad en Almere Poort, en van ruim veertig basisscholen. Het leerlingenaantal is de afgelopen vijf jaar licht gedaald, van 1.210 naar 1.146. Voor de komende jaren verwachten we een stabiel aantal.

## 2.2 Terugblik op de vorige planperiode

In het schoolplan 2019-2023 hadden we ons drie dingen voorgenomen: een nieuwe lessentabel voor de onderbouw, een sterker mentoraat en de overstap naar één leerlingvolgsysteem. De lessentabel is in 2022 ingevoerd, het mentoraat is uitgebreid met individuele gesprekken en sinds 2021 werken alle afdelingen in Magister. Wat niet is gelukt, is het verbeteren van de resultaten in de havo. De schoolsluiting en het afstandsonderwijs in 2020 en 2021 hebben daarin meegespeeld, maar de analyse laat zien dat de oorzaken ook in ons eigen overgangsbeleid en in de aansluiting tussen havo 3 en havo 4 liggen. Ook het verzuim onder personeel is in die periode gestegen.

## 2.3 Ontwikkelingen in de omgeving

Almere groeit nog steeds, maar het aantal twaalfjarigen in onze directe omgeving neemt de komende jaren af, terwijl in Almere Poort en Almere Pampus juist nieuwe wijken worden gebouwd. Leerlingen en ouders hebben in Almere veel keus: in een straal van vijf kilometer liggen negen scholen met een havo-afdeling. Het lerarentekort raakt onze school vooral in de bètavakken en bij Duits. Tegelijk nemen de verschillen tussen leerlingen toe, zowel in wat ze van de basisschool meebrengen als in de ondersteuning die ze thuis krijgen. Deze ontwikkelingen vragen van ons dat we scherp zijn op de kwaliteit van het onderwijs in alle afdelingen en dat we zuinig zijn op onze docenten.

## 2.4 Opbrengsten

De inspectie heeft in het najaar van 2022 een onderzoek bij de school uitgevoerd. De afdelingen mavo en vwo voldoen aan de normen. De havo-afdeling kreeg op de standaard onderwijsresultaten een onvoldoende: het percentage leerlingen dat zonder vertraging de bovenbouw doorloopt, lag drie jaar achtereen onder de norm, en de gemiddelde cijfers voor het centraal examen lagen in 2021 en 2022 onder het landelijk gemiddelde. De inspectie heeft de school een herstelopdracht gegeven; het herstelonderzoek is gepland in het voorjaar van 2024.

[[TABEL:slagingspercentages]]

## 2.5 Medewerkers

Er werken 118 medewerkers bij het Weerwater College, samen 96 fte: 84 docenten, zes leden van de schoolleiding en 28 onderwijsondersteunende medewerkers. Het ziekteverzuim was in 2022 7,9 procent. In de vakken wiskunde, natuurkunde en Duits worden structureel lessen gegeven door docenten die (nog) niet volledig bevoegd zijn.

## 2.6 Missie

Op het Weerwater College helpen we iedere leerling het hoogste diploma te halen dat bij zijn mogelijkheden past, in een school waar hij zich veilig voelt en waar hij wordt voorbereid op een eigen plek in de samenleving.

## 2.7 De belangrijkste opgaven

Uit de analyse van de afgelopen planperiode komen vijf opgaven naar voren, die in de volgende hoofdstukken worden uitgewerkt:

- de havo weer op niveau brengen en daar houden;
- het aandeel lessen dat door een bevoegde docent wordt gegeven vergroten;
- het ziekteverzuim terugdringen;
- de samenwerking met ouders versterken, vooral in de bovenbouw;
- ons openbare karakter beter zichtbaar maken in het dagelijks schoolleven.

# 3 Goed en toegankelijk onderwijs

## 3.1 Het onderwijsprogramma

In alle afdelingen volgen we de wettelijke kerndoelen voor de onderbouw en de examenprogramma's voor de bovenbouw. De secties hebben de kerndoelen vertaald in leerlijnen voor de leerjaren 1 tot en met 3, die aansluiten op de examenprogramma's. In de bovenbouw staat alles wat getoetst wordt in het programma van toetsing en afsluiting (PTA), dat elk jaar vóór 1 oktober aan leerlingen en ouders wordt verstrekt. Voor Nederlands werken we toe naar referentieniveau 2F in de mavo en 3F in havo en vwo. Voor rekenen nemen we in leerjaar 1 en 3 een diagnostische toets af; leerlingen met een achterstand volgen een rekenmodule van acht weken. De lessentabel is in 2022 herzien: de onderbouw krijgt meer uren Nederlands en wiskunde.

Alle afdelingen voldoen aan de wettelijke urennorm voor de onderwijstijd: 3.700 uur voor de mavo, 4.700 uur voor de havo en 5.700 uur voor het vwo, verdeeld over de jaren van de opleiding. De roostermaker houdt per klas bij hoeveel uur er daadwerkelijk is gegeven. In 2022-2023 viel 4,1 procent van de geplande lessen uit, vooral door ziekte en vacatures. Bij uitval in de onderbouw vangen onderwijsassistenten de klas op met opdrachten die de sectie vooraf heeft klaargezet; in de bovenbouw schuiven we zo veel mogelijk lessen naar voren in het rooster, zodat leerlingen eerder vrij zijn in plaats van tussenuren te krijgen.

Loopbaanoriëntatie en -begeleiding (LOB) loopt als een doorgaande lijn door alle leerjaren. Leerlingen houden een digitaal LOB-dossier bij, bezoeken in leerjaar 3 een beroepenmarkt en lopen in havo 4 en vwo 5 een dag mee bij een opleiding in het hoger onderwijs. Met ingang van 2024-2025 voeren we in de leerjaren 1 tot en met 3 een leerlijn digitale geletterdheid in: leerlingen leren veilig en kritisch omgaan met informatie en sociale media, leren de basis van programmeren en werken met gegevens. In havo en vwo is informatica vanaf 2023-2024 als keuzevak in alle profielen te kiezen.

Een les op het Weerwater College heeft een vaste opbouw, die alle secties in 2021 samen hebben vastgesteld. De docent opent met een korte herhaling en maakt het lesdoel duidelijk. Daarna volgt een instructie van hoogstens twintig minuten, waarin de docent voordoet en controleert of leerlingen het begrijpen. Leerlingen gaan vervolgens zelfstandig of in tweetallen aan de slag, terwijl de docent rondloopt en leerlingen helpt die vastlopen. De les eindigt met een korte terugblik op het lesdoel. Deze opbouw is ook de basis van de kijkwijzer die teamleiders gebruiken bij hun lesbezoeken.

## 3.2 Herstel en borging van de kwaliteit in de havo

Het herstel van de havo heeft de hoogste prioriteit. Uit de analyse die de havo-afdeling samen met de secties heeft gemaakt, komen drie oorzaken naar voren. Leerlingen stromen te vaak door naar havo 4 terwijl ze daar nog niet klaar voor zijn. De aansluiting tussen de lesstof in havo 3 en de PTA's in havo 4 is onvoldoende. En leerlingen in havo 4 en 5 leren te weinig hoe ze hun werk zelfstandig plannen.

We nemen daarom de volgende maatregelen:

- de overgangsnormen van havo 3 naar havo 4 zijn aangescherpt en worden voortaan in de rapportvergadering volgens een vast protocol toegepast;
- de secties stemmen de leerlijnen van havo 3 af op het PTA van havo 4;
- havo 4-leerlingen krijgen een wekelijks uur studievaardigheden bij hun mentor;
- na elke toetsweek analyseert iedere sectie de resultaten per klas en bespreekt die met de teamleider havo;
- in havo 5 bieden we examentraining in de kernvakken en in maart een oefenexamenweek.

Ons doel is dat de havo bij het herstelonderzoek in 2024 weer aan de normen voldoet en dat het slagingspercentage in 2026 ten minste 88 procent bedraagt.

## 3.3 Doorstroom en determinatie

Een strenger overgangsbeleid mag niet betekenen dat we leerlingen te laag inschatten. In de dakpanklassen plaatsen we een leerling bij twijfel op het hogere niveau. In de rapportvergadering is het uitgangspunt de vraag wat een leerling nodig heeft om het hogere niveau te halen, niet de vraag of hij het lagere niveau aankan. Mavo-leerlingen die na hun examen naar havo 4 willen, volgen in mavo 4 een voorbereidingsprogramma voor wiskunde, Engels en studievaardigheden. We willen het aantal leerlingen dat opstroomt van mavo naar havo of van havo naar vwo laten groeien van 14 in 2022 naar 25 per jaar in 2026.

## 3.4 Zicht op leerlingen

De mentor is voor leerlingen en ouders het eerste aanspreekpunt. In de onderbouw heeft iedere klas een wekelijks mentoruur, en de mentor voert drie keer per jaar een individueel gesprek met iedere leerling over zijn resultaten, zijn welbevinden en zijn planning. In de bovenbouw gebeurt dat twee keer per jaar. Alle gegevens over resultaten, absentie en gesprekken worden vastgelegd in Magister. Na iedere rapportperiode is er een leerlingbespreking per klas, waarin de docenten bespreken welke leerlingen extra aandacht nodig hebben en wat ze daarvoor afspreken. In leerjaar 1 nemen we in oktober en juni diagnostische toetsen af voor Nederlands, Engels en rekenen, zodat we bij de start weten wat leerlingen van de basisschool meebrengen en welke groei ze daarna doormaken.

## 3.5 Ondersteuning

Het Weerwater College biedt de basisondersteuning zoals die binnen het samenwerkingsverband Passend Onderwijs VO Almere is afgesproken, en daarnaast een aantal vormen van extra ondersteuning. Het volledige schoolondersteuningsprofiel staat op onze website; hieronder de kern.

Onder de basisondersteuning vallen:

- begeleiding door de mentor en, als dat nodig is, door de ondersteuningscoördinator;
- faciliteiten bij dyslexie en dyscalculie, zoals extra tijd, voorleessoftware en aangepaste toetsen;
- een training faalangstreductie en een training examenvrees;
- huiswerkbegeleiding op vier middagen per week;
- een vertrouwenspersoon en een schoolmaatschappelijk werker.

Daarnaast bieden we extra ondersteuning:

- De Haven, een ondersteuningsruimte waar leerlingen tijdelijk, maximaal zes weken, een deel van de lessen volgen met een vaste begeleider; er is plaats voor twaalf leerlingen tegelijk;
- begeleiding van leerlingen met een ontwikkelingsperspectiefplan (OPP); in 2022-2023 waren dat 23 leerlingen;
- een aangepast rooster, in overleg met de jeugdarts, voor leerlingen met een langdurige ziekte.

Leerlingen die langdurig niet in een klas van 28 tot 30 leerlingen kunnen functioneren, of die intensieve medische of verpleegkundige zorg nodig hebben, kunnen wij niet passend begeleiden. Samen met de ouders en het samenwerkingsverband zoeken we dan een passende plek, bijvoorbeeld in het voortgezet speciaal onderwijs of op een andere school in de stad. Het Zorg Advies Team, met de ondersteuningscoördinator, de leerplichtambtenaar, de jeugdarts, het schoolmaatschappelijk werk en de wijkagent, bespreekt zes keer per jaar leerlingen bij wie de ondersteuning vastloopt. Dreigt een leerling thuis te komen zitten, dan wordt hij binnen een week in het Zorg Advies Team besproken.

## 3.6 Sociale veiligheid

In de leerlingenenquête van 2022 gaf 89 procent van de leerlingen aan zich veilig te voelen op school: in de onderbouw 92 procent, in de bovenbouw 86 procent. Alle medewerkers en leerlingen houden zich aan onze omgangscode. Die is in 2022 samen met de leerlingenraad herschreven onder het motto "respect werkt twee kanten op": leerlingen spreken docenten en elkaar fatsoenlijk aan, en docenten leerlingen ook. We schreeuwen niet, we kleineren niemand en we lossen conflicten op in een gesprek waarin beide partijen aan het woord komen. Een veiligheidscoördinator en twee anti-pestcoördinatoren registreren incidenten en zorgen voor de opvolging. Vanaf 1 januari 2024 zijn mobiele telefoons in de lessen niet meer toegestaan. We meten de sociale veiligheid elk jaar met de leerlingenenquête en bespreken de uitkomsten met de leerlingenraad en de MR.

## 3.7 Kwaliteitszorg

Onze kwaliteitszorg volgt een jaarlijkse cyclus. Het schoolplan wordt elk jaar uitgewerkt in een schooljaarplan en in afdelingsplannen; de secties maken op basis daarvan een sectieplan. In januari en juni bespreekt de rector met iedere teamleider de voortgang aan de hand van een vaste set indicatoren: rendement per leerjaar, resultaten na de toetsweken, verzuim van leerlingen, lesuitval en tevredenheid. In juni verschijnt het jaarverslag, dat we met de MR bespreken. Het bestuur ontvangt elk kwartaal een rapportage.

Vaste instrumenten zijn de kwaliteitskalender met de momenten voor analyse, de lesbezoeken (minimaal twee per docent per jaar), de leerlingenquêtes per vak (twee keer per jaar), de tevredenheidsonderzoeken onder leerlingen en ouders en de examenanalyse. Een kwaliteitscoördinator bewaakt de cyclus en ondersteunt de teamleiders bij hun analyses.

Leren van resultaten is een taak van iedereen. Na elke toetsweek bespreekt iedere sectie de uitkomsten en spreekt ze af wat ze in de lessen aanpast. Twee keer per jaar is er een verbeterdag, waarop de secties elkaar laten zien wat ze hebben aangepast en wat dat heeft opgeleverd.

## 3.8 Doelen

[[TABEL:doelen3]]

# 4 Personeel in positie

## 4.1 Ons personeel in cijfers

Het percentage lessen dat door een niet volledig bevoegde docent wordt gegeven, was in 2022-2023 11 procent, met uitschieters bij wiskunde (19 procent) en natuurkunde (24 procent). De gemiddelde leeftijd van het personeel is 44 jaar. Het verzuim ligt met 7,9 procent boven het gemiddelde in het voortgezet onderwijs.

## 4.2 Bevoegd voor de klas

Iedere docent zonder volledige bevoegdheid stelt binnen drie maanden na indiensttreding samen met de teamleider een bevoegdheidsplan op: welke opleiding, in welk tempo en met welke begeleiding. De school betaalt de helft van het collegegeld; het bestuur vergoedt het andere deel via de regeling studiefaciliteiten. Docenten in opleiding krijgen vier lesuren per week studieverlof en een coach uit de eigen sectie. De voortgang bespreken we elk halfjaar. Vacatures in tekortvakken zetten we bij voorkeur uit als combinatie van een bevoegde docent en een docent in opleiding. Ons doel is dat in 2026-2027 hoogstens 5 procent van de lessen onbevoegd wordt gegeven.

## 4.3 Professionele ontwikkeling

Docenten hebben op grond van de cao recht op tijd voor professionalisering. Wij verwachten dat iedereen die tijd aantoonbaar benut: iedere docent legt in zijn bekwaamheidsdossier vast welke scholing, intervisie of bijeenkomsten hij heeft gevolgd en wat dat heeft opgeleverd voor zijn lessen. De school stelt elk jaar een scholingsplan op, gekoppeld aan het schooljaarplan. In deze planperiode ligt de nadruk op twee thema's: activerende didactiek, vooral voor havo 4 en 5, en klassenmanagement voor beginnende docenten. Voor individuele scholing kunnen docenten het aanbod van de ASG Academie of van externe opleiders gebruiken. Het scholingsbudget bedraagt 1,8 procent van de personele lasten.

## 4.4 De gesprekscyclus

In 2022 had 64 procent van de medewerkers in het afgelopen jaar een functioneringsgesprek gehad. Dat moet beter. Vanaf 2023-2024 geldt voor iedere medewerker dezelfde jaarcyclus: een lesbezoek of werkplekbezoek door de leidinggevende, feedback van leerlingen (voor docenten), een ontwikkelgesprek vóór 1 april, en om de drie jaar een beoordelingsgesprek. De verslagen worden opgenomen in het digitale personeelsdossier. Teamleiders krijgen in 2023-2024 een training in het voeren van ontwikkelgesprekken.

## 4.5 Begeleiding van nieuwe docenten

Nieuwe docenten krijgen bij ons drie jaar lang begeleiding. In het eerste jaar hebben ze twee lesuren per week minder lesgebonden taken, een vaste coach en maandelijks een intervisiebijeenkomst met andere beginnende docenten. De coach bezoekt minstens vier lessen per jaar. In het tweede en derde jaar neemt de begeleiding geleidelijk af. Aan het eind van het eerste jaar beoordeelt de teamleider of de docent de basisvaardigheden beheerst, met de kijkwijzer en de feedback van leerlingen als bronnen. Het aantal docenten dat binnen twee jaar vertrekt, was in de vorige planperiode hoog; we willen dat ten minste vier van de vijf nieuwe docenten na twee jaar nog bij ons werken.

## 4.6 Gezond aan het werk

We willen het verzuim terugbrengen naar 6 procent in 2026. Bij een derde ziekmelding binnen twaalf maanden volgt een gesprek met de leidinggevende, gericht op wat iemand nodig heeft om gezond te blijven werken. De bedrijfsarts houdt maandelijks spreekuur op school, ook voor preventieve vragen. Op woensdagmiddag is er een sportuur voor personeel in de gymzaal. Het verzuim per afdeling bespreken we elk kwartaal in het managementoverleg, zodat we tijdig zien waar het oploopt.

## 4.7 Mobiliteit binnen ASG

Vacatures maken we eerst intern bekend binnen ASG voordat we extern werven. Medewerkers die een stap willen zetten, kunnen een meeloopdag of een tijdelijke detachering op een andere ASG-school aanvragen. Twee docenten natuurkunde hebben sinds 2022 een gedeelde aanstelling bij ons en bij een andere ASG-school. Dat bevalt goed, en we breiden het uit naar wiskunde. In het ontwikkelgesprek komt ook de vraag aan de orde waar iemand over vijf jaar wil staan.

## 4.8 Doelen

[[TABEL:doelen4]]

# 5 Samenwerken binnen ASG

Als een van de scholen voor voortgezet onderwijs van ASG staan we er niet alleen voor. In dit hoofdstuk beschrijven we hoe we de samenwerking met andere ASG-scholen en met het servicebureau benutten.

## 5.1 Samenwerken met collega-scholen

Onze examensecretaris vormt samen met de examensecretarissen van de andere ASG-scholen voor voortgezet onderwijs een werkgroep. Zij hebben in 2022 een gezamenlijk format voor het PTA en het examenreglement ontwikkeld en stemmen elk jaar de herkansingsregeling op elkaar af. De secties Duits en natuurkunde nemen deel aan bovenschoolse vakgroepen, waarin docenten van verschillende ASG-scholen toetsen en lesmateriaal uitwisselen. De mentoren van leerjaar 1 ontmoeten in het najaar de brugklasmentoren van de andere scholen op de ASG-mentorenmiddag; in 2023 vond die bij ons in het gebouw plaats.

## 5.2 Kennis delen

Op de ASG-brede studiedag van 2022 verzorgden de sectie aardrijkskunde en onze ondersteuningscoördinator een workshop over het werken met De Haven. Zulke bijdragen willen we vaker leveren.

## 5.3 Het servicebureau

Voor personeelszaken, financiën, ICT, juridische vragen en huisvesting werken we samen met het servicebureau van ASG. In ons personeelshandboek staat per onderwerp wie op het servicebureau ons aanspreekpunt is, zodat teamleiders en medewerkers weten bij wie ze terechtkunnen. Wij maken dankbaar gebruik van de interne expertise die ASG dankzij haar schaalgrootte op veel beleidsgebieden heeft.

## 5.4 Aansluiting tussen scholen

Met de ASG-basisscholen in onze omgeving hebben we afspraken over de warme overdracht: in maart bezoeken onze brugklascoördinatoren de scholen om de aangemelde leerlingen met de leerkracht van groep 8 te bespreken. Leerlingen die bij ons vastlopen en beter op hun plek zijn in het vmbo, en vmbo-leerlingen die de overstap naar de mavo kunnen maken, begeleiden we bij de overstap van of naar een andere ASG-school. De ondersteuningscoördinatoren van de betrokken scholen regelen dat samen, inclusief een kennismakingsdag op de nieuwe school.

## 5.5 Doelen

[[TABEL:doelen5]]

# 6 Partnerschap

## 6.1 Ouders

Ouders kennen hun kind het best. We zien hen als partner in de schoolloopbaan van hun kind, ook in de bovenbouw, waar de betrokkenheid vaak afneemt. In september voert de mentor met iedere leerling en zijn ouders een startgesprek, waarin de leerling vertelt wat zijn doelen voor het jaar zijn; in februari volgt een voortgangsgesprek. Ouders kunnen in Magister de cijfers, de absentie en het huiswerk van hun kind volgen. Per leerjaar is er een ouderavond over de leerstof en over de keuzes die dat jaar gemaakt worden, zoals de profielkeuze in leerjaar 3. Op de LOB-dag in leerjaar 3 vertellen ouders over hun eigen beroep.

Het ouderpanel, met twee ouders per afdeling, komt vier keer per jaar bijeen met de rector en denkt mee over onderwerpen als het toetsbeleid, het telefoonbeleid en de communicatie.

## 6.2 Communicatie

Ouders en leerlingen gaven in de tevredenheidsonderzoeken aan dat ze door de veelheid aan kanalen het overzicht kwijtraakten. Vanaf 2023-2024 communiceren we daarom alleen nog via Magister en via de maandelijkse nieuwsbrief. Vragen van ouders worden binnen twee werkdagen beantwoord. Besluiten over bevordering en determinatie worden schriftelijk toegelicht, zodat ouders en leerlingen kunnen nagaan hoe het besluit tot stand is gekomen. De jaarlijkse resultaten van de school, waaronder de slagingspercentages en de uitkomsten van de tevredenheidsonderzoeken, publiceren we op onze website en op Scholen op de kaart.

## 6.3 Medezeggenschap

De medezeggenschapsraad van het Weerwater College telt twaalf leden: zes uit de personeelsgeleding, drie ouders en drie leerlingen. Daarnaast is er een leerlingenraad met vertegenwoordigers uit alle leerjaren. We willen dat de MR meedenkt voordat beleid is uitgewerkt. Daarom legt de schoolleiding bij ieder belangrijk voornemen eerst een korte startnotitie voor, waarin staat welk probleem we willen oplossen en welke mogelijkheden er zijn. Eén keer per jaar houden MR en schoolleiding samen een beleidsdag. De leerlingenraad adviseert elk jaar over het toetsrooster en de schoolregels en krijgt binnen vier weken een schriftelijke reactie. Wij vinden het daarnaast van belang dat de ASG-brede medezeggenschap is belegd in een overkoepelende medezeggenschapsraad.

## 6.4 Samenwerking in de stad

Onze leerlingen doen een groot deel van hun ervaring op buiten de school. We werken onder meer samen met:

- de leerplichtambtenaar en de jeugdarts van de GGD, in het Zorg Advies Team;
- het jongerenwerk en de wijkagent, met wie we elke maand de situatie rond de school bespreken, bijvoorbeeld de overlast bij het winkelcentrum;
- de schouwburg en het filmhuis, voor het cultuurprogramma in de leerjaren 1 tot en met 3;
- ruim veertig organisaties in Almere waar havo 4-leerlingen hun maatschappelijke stage van dertig uur lopen;
- mbo-instellingen, hogescholen en universiteiten in Almere en Amsterdam, voor meeloopdagen en de overstap na het examen;
- sportverenigingen in de buurt, die in de gymlessen van leerjaar 2 clinics verzorgen.

Met het lerarentekort staan we er niet alleen voor. Samen met twee andere schoolbesturen voor voortgezet onderwijs in Almere en Lelystad en twee lerarenopleidingen vormen we een opleidingsschool. Daarin leiden we jaarlijks twintig tot vijfentwintig studenten op; elf van hen zijn de afgelopen drie jaar bij ons in dienst gekomen. De besturen maken binnen de opleidingsschool ook afspraken over het delen van docenten in tekortvakken.

Als school maken wij deel uit van landelijke netwerken en zijn wij gesprekspartner van organisaties en overheden.

## 6.5 Doelen

[[TABEL:doelen6]]

# 7 Openbaar onderwijs en burgerschap

## 7.1 Ons openbare karakter

Het Weerwater College is een openbare school. Dat betekent voor ons meer dan dat iedere leerling welkom is, ongeacht godsdienst, levensovertuiging, afkomst of seksuele oriëntatie. Het betekent ook dat we die verschillen actief een plek geven in het onderwijs, en dat geen enkele overtuiging de boventoon voert. Onze leerlingen hebben hun wortels in meer dan zestig landen, en ook het team is divers samengesteld. Concreet doen we het volgende:

- In leerjaar 2 volgen alle leerlingen het vak levensbeschouwing, waarin de grote wereldgodsdiensten en het humanisme aan bod komen en leerlingen met elkaar in gesprek gaan over wat voor hen belangrijk is.
- Leerlingen kunnen op de belangrijkste feestdagen van hun geloof vrij krijgen. In de jaarkalender en de toetsplanning houden we rekening met onder meer het Suikerfeest, het Offerfeest, Divali en Jom Kipoer.
- Er is een stilteruimte die voor iedere leerling en medewerker toegankelijk is.
- De Gender & Sexuality Alliance van leerlingen organiseert elk jaar activiteiten rond Paarse Vrijdag, met steun van de schoolleiding.
- Bij het aannemen van personeel kijken we naar bekwaamheid en naar de vraag of iemand het openbare karakter van de school kan uitdragen, niet naar achtergrond of overtuiging. We streven ernaar dat het team een afspiegeling is van de leerlingen.
- Bij discriminatie van leerlingen of medewerkers treden we op volgens het protocol sociale veiligheid en gaan we in gesprek met alle betrokkenen.

## 7.2 Burgerschap

Ons burgerschapsonderwijs is vastgelegd in een leerlijn die in 2022 door een werkgroep van docenten is opgesteld. De leerlijn beschrijft per leerjaar welke kennis over de democratische rechtsstaat en welke vaardigheden we leerlingen bijbrengen, en in welke vakken dat gebeurt. Belangrijke onderdelen zijn:

- de mentorlessen in leerjaar 1 en 2 over groepsvorming, omgaan met conflicten en gedrag online;
- maatschappijleer in leerjaar 3 (mavo) en leerjaar 4 (havo en vwo), met een bezoek aan de Tweede Kamer;
- het debattoernooi voor leerjaar 3, in samenwerking met een debatorganisatie;
- deelname aan de Scholierenverkiezingen bij landelijke en gemeentelijke verkiezingen;
- de maatschappelijke stage in havo 4;
- de leerlingenraad, waarin leerlingen ervaring opdoen met vertegenwoordigen en overleggen.

De werkgroep burgerschap evalueert de leerlijn elk jaar en legt in 2024-2025 vast hoe we zichtbaar maken wat leerlingen hebben geleerd.

## 7.3 Doelen

[[TABEL:doelen7]]

# 8 Bedrijfsvoering en huisvesting

## 8.1 Financiën

De school heeft een sluitende meerjarenbegroting. De rijksbijdrage is de belangrijkste bron van inkomsten; daarnaast ontvangen we subsidie voor de opleidingsschool. Door de lichte daling van het leerlingenaantal staan de inkomsten de komende jaren onder druk. De begroting wordt elk jaar opgesteld met het servicebureau en besproken met de MR. De middelen uit het Nationaal Programma Onderwijs zijn ingezet voor extra begeleiding in de onderbouw en lopen in 2024-2025 af.

## 8.2 Huisvesting

Het gebouw aan het Weerwater dateert uit 2004 en is in 2021 uitgebreid met een vleugel van acht lokalen. Bij die uitbreiding is een innovatief klimaatsysteem aangelegd dat de luchtkwaliteit per lokaal meet en regelt. Het gebouw is op schooldagen open van 7.45 tot 17.00 uur. De aula wordt buiten schooltijd verhuurd aan verenigingen uit de buurt. In 2025 wordt het dak van het oudste deel vervangen. Schoonmaak en catering worden verzorgd door externe partners, gecontracteerd via een Europese aanbesteding van ASG.

## 8.3 ICT en leermiddelen

Alle leerlingen werken vanaf leerjaar 1 met een eigen laptop, die ouders via een leaseregeling kunnen aanschaffen; voor gezinnen met een smalle beurs is er een fonds. Schoolboeken en digitale licenties worden bekostigd uit de rijksbijdrage. Het beheer van netwerk en apparatuur is ondergebracht bij het servicebureau.

## 8.4 Risico's

Bij het opstellen van de begroting brengen we elk jaar de belangrijkste financiële risico's in beeld. Voor de komende periode zijn dat de verdere daling van het leerlingenaantal, de kosten van vervanging bij ziekte en het achterstallig onderhoud aan het oudste deel van het gebouw. Voor elk risico houden we een bedrag in de algemene reserve achter de hand. Als het leerlingenaantal sneller daalt dan verwacht, passen we eerst de formatie van tijdelijke aanstellingen aan. De rector bespreekt de risico's twee keer per jaar met de controller van het servicebureau en rapporteert erover in de kwartaalrapportage aan het bestuur.

# 9 Colofon

[[TABEL:colofon]]

De medezeggenschapsraad heeft op 13 juni 2023 ingestemd met dit schoolplan. Zowel de personeelsgeleding als de ouder- en leerlinggeleding hebben ingestemd. Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 27 juni 2023 vastgesteld.

Karin Hoekstra, rector

Dennis Koç, voorzitter medezeggenschapsraad
"""

TABELLEN = {
    "slagingspercentages": (
        ["Afdeling", "Leerlingen 2022", "Geslaagd 2021", "Geslaagd 2022", "Landelijk 2022"],
        [
            ["Mavo", "384", "91%", "93%", "93%"],
            ["Havo", "458", "81%", "79%", "88%"],
            ["Vwo", "304", "90%", "88%", "91%"],
        ],
    ),
    "doelen3": (
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        [
            ["Havo voldoet weer aan de normen", "Maatregelen uit paragraaf 3.2",
             "Herstelonderzoek voorjaar 2024", "Teamleider havo, secties",
             "Oordeel voldoende; doorstroom bovenbouw boven de norm vanaf 2024"],
            ["Hoger slagingspercentage havo", "Examentraining, oefenexamenweek",
             "2023-2026", "Teamleider havo", "Minstens 88% geslaagd in 2026 (2022: 79%)"],
            ["Meer opstroom", "Plaatsing bij twijfel hoger; voorbereidingsprogramma mavo 4",
             "Vanaf 2023-2024", "Teamleiders mavo en havo",
             "25 opstromers per jaar in 2026 (2022: 14)"],
            ["Leerlijn digitale geletterdheid", "Leerlijn ontwikkelen en invoeren in leerjaar 1-3",
             "Ontwikkeling 2023-2024, invoering 2024-2025", "Werkgroep digitale geletterdheid",
             "Leerlijn in alle onderbouwklassen; evaluatie juni 2025"],
            ["Veiligheid in de bovenbouw", "Omgangscode, mentorlessen, telefoonvrije lessen",
             "Vanaf januari 2024", "Veiligheidscoördinator",
             "Minstens 92% van de bovenbouwleerlingen voelt zich veilig in 2025 (2022: 86%)"],
            ["Schoolondersteuningsprofiel actueel", "Herziening samen met het samenwerkingsverband",
             "Vóór 1 augustus 2024", "Ondersteuningscoördinator", "SOP vastgesteld en gepubliceerd"],
            ["Geen thuiszitters", "Bespreking in het Zorg Advies Team binnen een week",
             "Doorlopend", "Ondersteuningscoördinator",
             "Geen leerling langer dan vier weken thuis zonder aanbod"],
        ],
    ),
    "doelen4": (
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        [
            ["Minder lessen onbevoegd gegeven", "Bevoegdheidsplan, studieverlof, coach",
             "2023-2027", "P&O-adviseur, teamleiders",
             "Hoogstens 5% onbevoegd in 2026-2027 (2022-2023: 11%)"],
            ["Gesprekscyclus voor iedereen", "Jaarcyclus; training teamleiders",
             "Vanaf 2023-2024", "Rector, teamleiders",
             "100% van de medewerkers heeft jaarlijks een ontwikkelgesprek (2022: 64%)"],
            ["Lager verzuim", "Gesprek na derde melding, spreekuur bedrijfsarts, sportuur",
             "2023-2026", "Rector, P&O-adviseur", "Verzuim hoogstens 6% in 2026 (2022: 7,9%)"],
            ["Professionalisering zichtbaar", "Bekwaamheidsdossier, scholingsplan per jaar",
             "Jaarlijks vanaf 2023-2024", "Alle docenten, teamleiders",
             "Alle dossiers bijgewerkt vóór 1 juli"],
            ["Gedeelde aanstellingen uitbreiden", "Afspraken met een andere ASG-school",
             "2024-2025", "Rector", "Gedeelde aanstelling wiskunde gerealiseerd"],
        ],
    ),
    "doelen5": (
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        [
            ["Meer uitwisseling met collega-scholen",
             "Deelname aan vakgroepen en werkgroepen stimuleren", "Doorlopend", "Secties",
             "Meer secties actief in bovenschoolse vakgroepen"],
            ["Kennis delen binnen ASG", "Bijdragen leveren aan ASG-studiedagen",
             "In de loop van de planperiode", "Schoolleiding",
             "Zichtbare bijdrage van het Weerwater College"],
            ["Goede overstap tussen scholen", "Afspraken met andere ASG-scholen onderhouden",
             "Doorlopend", "Ondersteuningscoördinatoren", "Soepele overstappen"],
            ["Het servicebureau goed benutten", "Lijst met aanspreekpunten actueel houden",
             "Doorlopend", "Managementassistent", "Medewerkers weten de weg"],
        ],
    ),
    "doelen6": (
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        [
            ["Ouders betrokken in de bovenbouw", "Startgesprek met leerling en ouders; ouderavonden",
             "Vanaf 2023-2024", "Mentoren, teamleiders",
             "Opkomst startgesprekken bovenbouw minstens 80% in 2025 (2022-2023: 55%)"],
            ["Eenduidige communicatie", "Alleen Magister en nieuwsbrief; antwoord binnen twee werkdagen",
             "Vanaf september 2023", "Schoolleiding",
             "Tevredenheid ouders over informatie minstens 7,3 in 2025 (2022: 6,5)"],
            ["MR vroeg betrokken", "Startnotitie bij elk voornemen; jaarlijkse beleidsdag",
             "Vanaf 2023-2024", "Rector, voorzitter MR",
             "Minstens 80% van de voornemens vooraf met de MR besproken"],
            ["Stage voor alle havo 4-leerlingen", "Aantal stageplaatsen uitbreiden",
             "2024-2025", "Stagecoördinator", "100% van havo 4 rondt de stage af"],
            ["Opleiden in de school", "Opleidingsschool, werkplekbegeleiders",
             "Elk schooljaar", "Schoolopleider",
             "Minstens 20 studenten per jaar; minstens 3 per jaar in dienst"],
        ],
    ),
    "doelen7": (
        ["Doel", "Activiteiten", "Wanneer", "Wie", "Resultaat"],
        [
            ["Openbaar karakter zichtbaar", "Themaweek Wie ben jij? in leerjaar 1 en 2",
             "Vanaf 2024-2025", "Werkgroep burgerschap",
             "Minstens 85% van de leerlingen vindt dat iedereen zichzelf kan zijn (2022: 78%)"],
            ["Burgerschap in beeld", "Burgerschapsportfolio invoeren",
             "2024-2025", "Werkgroep burgerschap", "Alle leerlingen van leerjaar 1-3 hebben een portfolio"],
        ],
    ),
    "colofon": (
        ["Onderdeel", "Gegevens"],
        [
            ["School", "Weerwater College, openbare scholengemeenschap voor mavo, havo en vwo"],
            ["BRIN", "31ZK"],
            ["Adres", "Weerwaterplein 10, 1315 AB Almere"],
            ["Bevoegd gezag", "Almeerse Scholen Groep"],
            ["Rector", "Karin Hoekstra"],
            ["Planperiode", "Schooljaren 2023-2024 tot en met 2026-2027"],
            ["Instemming MR", "13 juni 2023 (personeelsgeleding en ouder- en leerlinggeleding)"],
            ["Vastgesteld door het bestuur", "27 juni 2023"],
        ],
    ),
}


def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _paginanummer(paragraph):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def _tabel(doc, kop, rijen):
    tabel = doc.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    for cel, tekst in zip(tabel.rows[0].cells, kop):
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    kopregel = OxmlElement("w:tblHeader")
    kopregel.set(qn("w:val"), "true")
    trpr.append(kopregel)
    for rij in rijen:
        for cel, tekst in zip(tabel.add_row().cells, rij):
            cel.text = tekst
    doc.add_paragraph()


def _tekst(doc, tekst):
    for blok in tekst.strip().split("\n\n"):
        regels = [r for r in blok.split("\n") if r.strip()]
        if not regels:
            continue
        eerste = regels[0]
        if eerste.startswith("# "):
            if eerste != "# 1 Inleiding":
                doc.add_page_break()
            doc.add_heading(eerste[2:], level=1)
        elif eerste.startswith("## "):
            doc.add_heading(eerste[3:], level=2)
        elif eerste.startswith("[[TABEL:"):
            kop, rijen = TABELLEN[eerste[8:-2]]
            _tabel(doc, kop, rijen)
        elif eerste.startswith("- "):
            for regel in regels:
                doc.add_paragraph(regel[2:], style="List Bullet")
        else:
            doc.add_paragraph(" ".join(regels))


def _bewaar(doc, path, datum):
    """Sla op met vaste tijdstempels in het zip-archief, zodat de uitvoer bytegelijk is."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as bron, zipfile.ZipFile(str(path), "w") as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=datum)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, bron.read(info.filename))


def build(path: pathlib.Path) -> None:
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    props = doc.core_properties
    props.title = "Schoolplan Weerwater College"
    props.author = "Weerwater College"
    props.created = datetime.datetime(2023, 6, 27, 10, 0, 0)
    props.modified = datetime.datetime(2023, 6, 27, 10, 0, 0)
    props.last_modified_by = "Weerwater College"
    props.revision = 3

    sectie = doc.sections[0]
    sectie.different_first_page_header_footer = True
    kop = sectie.header.paragraphs[0]
    kop.text = KOPTEKST
    kop.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _paginanummer(voet)

    for _ in range(5):
        doc.add_paragraph()
    for tekst, grootte, vet in OMSLAG:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if tekst:
            run = p.add_run(tekst)
            run.font.size = Pt(grootte)
            run.bold = vet
    doc.add_page_break()

    p = doc.add_paragraph()
    run = p.add_run("Inhoudsopgave")
    run.bold = True
    run.font.size = Pt(16)
    for titel in INHOUD:
        doc.add_paragraph(titel)
    doc.add_page_break()

    _tekst(doc, TEKST)
    _bewaar(doc, path, (2023, 6, 27, 10, 0, 0))


if __name__ == "__main__":
    import sys

    build(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "plan_06_weerwater.docx"))
