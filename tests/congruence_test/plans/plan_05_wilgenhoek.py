"""Plan 05: OBS De Wilgenhoek (PO, openbaar), schoolplan 2023-2027.

Ontwerp: opgebouwd langs eigen thema's (Lezen en taal, Samen leren, Een school in de
wijk, Ons team, Zorg en ondersteuning), nergens langs kernwaarden of vensters van de
koers; echte Heading-stijlen; een hoofdstuk "Onze doelen" aan het eind met één tabel
voor alle thema's. Periode in de titel, MR-instemming in een zin in het voorwoord.

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

SCHOOL = "OBS De Wilgenhoek"
VOETTEKST = "OBS De Wilgenhoek \u2013 Schoolplan 2023-2027"

OMSLAG = [
    ("Schoolplan 2023-2027", 28, True),
    ("OBS De Wilgenhoek", 20, True),
    ("Samen groeien in de Kruidenwijk", 14, False),
    ("Openbare basisschool \u2013 Almere Stad", 12, False),
    ("Juni 2023", 12, False),
]

INHOUD = [
    "Voorwoord",
    "Onze school",
    "Lezen en taal",
    "Samen leren",
    "Een school in de wijk",
    "Ons team",
    "Zorg en ondersteuning",
    "Kwaliteit: hoe we weten dat het goed gaat",
    "Onze doelen",
    "Ondertekening",
]

# Opmaak van TEKST: "# " kop 1, "## " kop 2, "- " opsomming, "[[TABEL]]" de doelentabel,
# lege regel scheidt alinea's.
TEKST = """
# Voorwoord

Beste lezer,

Voor u ligt het schoolplan van OBS De Wilgenhoek voor de jaren 2023-2027. Het is het vierde schoolplan sinds de school in 1987 haar deuren opende in de Kruidenwijk, en het eerste dat we echt samen met kinderen, ouders en team hebben gemaakt.

We zijn er in september 2022 mee begonnen. Op drie studiedagen heeft het team teruggekeken op de afgelopen vier jaar: wat heeft gewerkt, wat niet, en wat hebben onze kinderen de komende jaren van ons nodig? De leerlingenraad heeft twee middagen meegedacht over de vraag wat een goede school is. Een groep van veertien ouders kwam in het voorjaar drie keer bij elkaar in de ouderkamer. Hun opmerkingen zijn op veel plekken in dit plan terug te vinden, soms bijna letterlijk.

We hebben gekozen voor vijf thema's in plaats van een indeling naar beleidsterreinen: Lezen en taal, Samen leren, Een school in de wijk, Ons team en Zorg en ondersteuning. Bij ieder thema beschrijven we waar we nu staan en wat we gaan doen. In het hoofdstuk Onze doelen staat alles bij elkaar in één overzicht, met wie wat doet en hoe we zien of het gelukt is. Dat overzicht is de basis voor de jaarplannen die we elk jaar maken.

Een schoolplan is een wettelijke plicht, maar voor ons vooral een afspraak met onszelf. We willen dat iedereen die bij De Wilgenhoek betrokken is, kan nalezen wat we beloven en ons daarop kan aanspreken.

Dit schoolplan is op 19 juni 2023 met instemming van de MR door het bestuur vastgesteld. Ik dank iedereen die heeft meegeschreven, meegelezen en meegedacht.

Marloes Verbeek, directeur

# Onze school

OBS De Wilgenhoek is een openbare basisschool in de Kruidenwijk in Almere Stad en valt onder de Almeerse Scholen Groep. Op 1 oktober 2022 telde de school 318 leerlingen, verdeeld over dertien groepen. We werken met jaargroepen; alleen in de groepen 1-2 zitten kleuters van verschillende leeftijden bij elkaar.

## Onze leerlingen en de wijk

De Kruidenwijk is een van de oudere wijken van Almere. Er wonen veel jonge gezinnen, vaak in huurwoningen, en een groeiend aantal nieuwkomers. Ongeveer 45 procent van onze leerlingen spreekt thuis vooral een andere taal dan het Nederlands. De schoolweging van De Wilgenhoek is 34,8. Dat betekent dat onze leerlingen gemiddeld meer risico lopen op een achterstand dan leerlingen op een gemiddelde school. Het aantal leerlingen is de afgelopen vijf jaar licht gestegen, vooral doordat in de wijk nieuwbouw is opgeleverd. Elk jaar stromen er gemiddeld achttien kinderen tussentijds in; een deel van hen heeft nog maar kort onderwijs in Nederland gehad.

## Onze resultaten

Bij de eindtoets van 2023 behaalde 95 procent van onze leerlingen in groep 8 het fundamentele niveau 1F voor lezen, taalverzorging en rekenen samen. Het streefniveau (2F/1S) werd door 49 procent gehaald; de signaleringswaarde die de inspectie voor onze school hanteert, ligt op 47 procent. We zitten daarmee net boven de grens. Bij begrijpend lezen halen minder leerlingen het streefniveau dan bij rekenen, en dat zien we ook in de tussentijdse toetsen vanaf groep 5. Bij het laatste onderzoek van de inspectie, in 2021, is de kwaliteit van de school als voldoende beoordeeld. We willen de komende jaren niet op de grens blijven balanceren, maar er ruim boven uitkomen. Daarom staat Lezen en taal in dit plan voorop.

## Het gebouw

Het gebouw is in 2019 grondig gerenoveerd. Er kwamen zonnepanelen, een nieuwe luchtbehandeling en tussen de lokalen en het leerplein transparante glazen wanden. De school is open vanaf 8.15 uur; de lessen lopen van 8.30 tot 14.15 uur volgens een continurooster, op woensdag tot 12.15 uur. In het gebouw zit ook peuterspeelzaal De Kleine Wilg, waarmee we nauw samenwerken (zie Een school in de wijk). Schoonmaak, onderhoud en de kopieermachines zijn ondergebracht bij vaste partners die via het bestuur zijn ingekocht.

De begroting van de school is sluitend. De extra middelen uit het Nationaal Programma Onderwijs lopen in 2025 af. De inzet die we willen behouden, vooral de onderwijsassistenten bij het lezen, hebben we vanaf 2024 in de reguliere begroting opgenomen.

## Waar wij voor staan

Onze missie is kort: bij ons leer je lezen, leren en samenleven. Kinderen verlaten De Wilgenhoek als lezers: ze begrijpen wat ze lezen en pakken uit zichzelf een boek. Ze hebben geleerd hoe je iets uitzoekt, alleen en samen met anderen. En ze weten hoe je met elkaar omgaat, in de klas en in de wijk. Dat lukt alleen als kinderen zich thuis voelen op school, als ouders weten wat er in de klas gebeurt, en als het team blijft leren.

# Lezen en taal

Lezen is de sleutel tot bijna al het andere leren. Voor veel van onze leerlingen is de school de belangrijkste plek waar ze Nederlands horen, spreken en lezen. Daarom krijgt taal op De Wilgenhoek meer tijd dan op veel andere scholen: in de groepen 3 tot en met 8 minimaal acht uur per week, in de groepen 1-2 verweven in spel en kring.

## Wat we nu doen

In groep 3 leren kinderen lezen met Veilig leren lezen. In de groepen 4 tot en met 8 gebruiken we Estafette voor technisch lezen, Staal voor taal en spelling en Nieuwsbegrip voor begrijpend lezen. De kleutergroepen werken met de thema's van Schatkist en met de ontwikkelingslijnen van het leerlingvolgsysteem. Voor woordenschat werken we in alle groepen met de viertakt van Met woorden in de weer.

Met deze methodes bieden we de kerndoelen Nederlands volledig aan. In de jaarlijkse trendanalyse controleren we of leerlingen aan het eind van groep 8 de referentieniveaus 1F en, waar mogelijk, 2F halen. Nieuwkomers die korter dan een jaar in Nederland zijn, krijgen vier ochtenden per week les in de taalklas van onze NT2-leerkracht en zijn de rest van de week in hun eigen groep.

## Wat we anders gaan doen

De analyse van de afgelopen jaren is duidelijk: onze leerlingen leren strategieën voor begrijpend lezen, maar passen die niet toe, en ze lezen buiten de les weinig. We gaan daarom op drie punten anders werken.

Ten eerste vervangen we in de groepen 5 tot en met 8 de losse begrijpend-leeslessen door lessen rond rijke teksten. Per thema lezen kinderen drie tot vijf samenhangende teksten, praten ze erover en schrijven ze er zelf over. De thema's halen we zoveel mogelijk uit het leven van de kinderen zelf: de markt op het Stadhuisplein, de nieuwbouw in de wijk, voetbal, dieren in het Beatrixpark, het werk van hun ouders, een reis naar familie in het buitenland. De leerlingenraad stelt elk jaar mee de lijst met thema's vast.

Ten tweede maken we van de bibliotheek op school weer een plek waar kinderen graag komen. Samen met de bibliotheek vernieuwen we in 2023-2024 de collectie. Kinderen uit de groepen 6 tot en met 8 kiezen mee welke boeken erbij komen en schrijven voor elkaar korte boekentips die bij de kast hangen. Elke dag begint in alle groepen met twintig minuten vrij lezen, ook voor de leerkracht.

Ten derde betrekken we ouders bij het lezen. In de groepen 1 tot en met 4 organiseren we zes keer per jaar een voorleesochtend waarin ouders in de klas meelezen met hun kind. Voor ouders die zelf moeite hebben met het Nederlands hebben we boeken in de thuistaal en prentenboeken zonder tekst. Via de Voorleesexpress komen vrijwilligers bij twintig gezinnen thuis voorlezen.

## De lat voor iedereen even hoog

Een hoge schoolweging is voor ons geen reden om minder te verwachten. We merken wel dat we ons er soms door laten leiden: bij twijfel kozen we in het verleden vaker het lagere schooladvies. Vanaf dit schooljaar bespreekt het team ieder advies in groep 8 in een adviesoverleg met de IB'er en de directeur, en geven we bij twijfel het hogere advies. Elke leerkracht stelt vanaf groep 5 twee keer per jaar met iedere leerling een leesdoel op dat net boven het huidige niveau ligt, en bespreekt dat doel ook met de ouders. Ons doel is dat in 2027 ten minste 58 procent van onze schoolverlaters het streefniveau 2F voor lezen haalt.

# Samen leren

Onder Samen leren vallen de manier waarop we lesgeven, hoe kinderen leren samenwerken en onderzoeken, en hoe we zorgen dat iedereen zich veilig voelt in de groep.

## Zo geven we les

In 2021 heeft het team gekozen voor expliciete directe instructie (EDI) als basis voor de instructie bij rekenen, spelling en taal. Elke les heeft een helder lesdoel dat op het bord staat. De leerkracht doet voor, we oefenen samen en de leerkracht controleert tussendoor met wisbordjes of alle kinderen het begrijpen. Wie het snel begrijpt, gaat eerder zelfstandig aan het werk; wie meer nodig heeft, krijgt verlengde instructie aan de instructietafel. Bij de verwerking gebruiken we coöperatieve werkvormen, zodat kinderen ook van elkaar leren. De kijkwijzer die we bij klassenbezoeken gebruiken, is op deze afspraken gebaseerd.

## Onderzoekend leren

Wereldoriëntatie gaven we tot nu toe met aparte methodes voor aardrijkskunde, geschiedenis en natuur. Kinderen vonden die lessen vaak saai en onthielden er weinig van. Daarom stappen we over op thematisch, onderzoekend leren. In 2023-2024 werken twee groepen (5 en 7) als proeftuin met zes thema's per jaar. Ieder thema begint met een vraag die de kinderen zelf mee formuleren, en eindigt met een presentatie voor ouders of voor een andere groep. Het leerteam Onderzoekend leren begeleidt de proef en evalueert in juni 2024 met leerlingen en ouders. Valt de evaluatie positief uit, dan werken vanaf 2024-2025 alle groepen 5 tot en met 8 op deze manier en verdwijnen de oude methodes. De groepen 1 tot en met 4 volgen in 2025-2026 met een eigen, eenvoudiger opzet.

## Burgerschap

Burgerschap is bij ons geen apart vak, maar het krijgt wel vaste momenten. Elke week houdt iedere groep vanaf groep 3 een klassenvergadering, waarin kinderen zelf onderwerpen inbrengen en samen afspraken maken. De leerlingenraad bestaat uit twee kinderen per groep uit de groepen 5 tot en met 8. Zij worden gekozen na een echte verkiezingscampagne, met posters, een verkiezingsdebat en een stemlokaal. De raad vergadert maandelijks met de directeur en heeft een eigen budget van 500 euro per jaar.

In groep 7 werken kinderen aan het project De wijk van morgen: ze onderzoeken wat er in de Kruidenwijk beter kan en presenteren hun voorstellen aan de wijkwethouder. In de lessen van Kwink komen kinderrechten, democratie en het oplossen van conflicten aan bod. In 2023-2024 leggen we in een leerlijn vast welke kennis en vaardigheden over democratie en de rechtsstaat in welke groep worden aangeboden, zodat we aan de wettelijke opdracht voldoen en kunnen laten zien wat leerlingen leren.

## Een veilige groep

Kinderen leren alleen als ze zich veilig voelen. In de veiligheidsmonitor van 2022 gaf 94 procent van de leerlingen in de groepen 5 tot en met 8 aan zich op school veilig te voelen. Op de vraag of ze weleens gepest worden, antwoordde 11 procent ja. Dat vinden we te veel.

We werken in alle groepen met Kwink. De eerste zes weken van het schooljaar zijn de Gouden Weken: dan bouwt iedere groep aan de sfeer en maakt ze eigen groepsafspraken. Op school gelden drie regels die iedereen kent: we zorgen voor elkaar, we zorgen voor de spullen en we lossen ruzie op door te praten. Volwassenen laten zelf zien hoe dat moet. We begroeten elk kind bij de deur, we spreken kinderen en ouders rustig en beleefd aan, ook als er iets misgaat, en we praten over kinderen zoals we zouden willen dat er over ons gepraat wordt. Na een conflict volgt een herstelgesprek, waarin kinderen bespreken wat er gebeurde en wat ze nodig hebben om verder te kunnen.

Onze anti-pestcoördinator, tevens gedragsspecialist, houdt de meldingen bij en bespreekt ze elk kwartaal met de directie. Het pestprotocol wordt in 2023-2024 samen met de leerlingenraad herschreven in kindertaal. Jaarlijks nemen we in de groepen 5 tot en met 8 de veiligheidsmonitor af; de uitkomsten bespreken we met het team, de MR en de leerlingenraad.

## Elk kind een gesprek

We willen dat geen kind onopgemerkt door de school gaat. Dat klinkt vanzelfsprekend, maar in een groep van 28 kinderen verdwijnt het stille kind gemakkelijk uit beeld. Iedere leerkracht voert daarom drie keer per jaar een kindgesprek van tien minuten met elk kind uit de groep: wat gaat goed, wat vind je moeilijk, wat heb je van mij nodig? In de groepen 1 tot en met 3 gebeurt dat met plaatjes. Bij de start van het jaar maakt ieder kind een pagina Dit ben ik, met zijn hobby's, zijn familie en waar hij goed in is. Die pagina's hangen in de klas en gaan mee naar de volgende leerkracht. In iedere groepsbespreking met de IB'er komt de vraag terug welke kinderen we de afgelopen weken weinig hebben gesproken.

# Een school in de wijk

De Wilgenhoek staat midden in de Kruidenwijk en wil ook echt bij de wijk horen. Kinderen leren niet alleen op school; wat thuis, op straat en op de sportclub gebeurt, neemt een kind mee de klas in.

## Welkom op school

Iedere ochtend staat de directeur of een van de bouwcoördinatoren bij het hek. Ouders mogen tot 8.40 uur mee naar binnen lopen om samen met hun kind een boek te pakken of een werkje te bekijken. Nieuwe gezinnen krijgen een rondleiding door twee leerlingen uit groep 8, die daarvoor een korte training hebben gehad, en een intakegesprek met de leerkracht. Als het nodig is, schuift een tolk of een ouder aan die dezelfde taal spreekt. In de ouderkamer staat elke ochtend koffie en thee klaar. Bezoekers die voor het eerst binnenkomen, worden bij de ingang opgevangen door de conciërge, die hen naar de juiste plek brengt.

## Ouders als partner bij het leren

We vinden het belangrijk dat ouders weten wat hun kind leert en hoe ze daarbij kunnen helpen, ook als ze zelf de taal nog niet goed spreken. Vanaf groep 4 vervangen we de tienminutengesprekken door driehoeksgesprekken: ouder, kind en leerkracht bespreken samen wat het kind heeft geleerd en welk doel het zich voor de komende periode stelt. In 2022-2023 kwam 68 procent van de ouders naar de gesprekken; we willen naar 85 procent. Ouders die niet komen, bellen we zelf op, en waar nodig zoeken we een ander moment of een andere plek.

Onze oudercontactfunctionaris (16 uur per week) organiseert elke maand een koffieochtend met een thema dat ouders zelf kiezen, zoals voorlezen, gezond eten, schermtijd of de overstap naar het voortgezet onderwijs. Bij elke nieuwe periode krijgen ouders een thuiskaart met drie dingen die ze thuis met hun kind kunnen oefenen, met plaatjes en in eenvoudige taal.

## Duidelijk communiceren

Ouders gaven in het ouderpanel aan dat ze informatie te laat kregen en dat brieven te ingewikkeld waren. We hebben daarom het volgende afgesproken:

- alle berichten gaan via één kanaal, de Parro-app, waarin ouders teksten kunnen laten vertalen;
- alle teksten schrijven we op taalniveau B1, met korte zinnen; een ouder uit het panel leest de nieuwsbrief vooraf;
- een vraag of klacht van een ouder krijgt binnen twee werkdagen antwoord;
- ieder jaar in oktober is er een informatieavond waar de directie de resultaten van het afgelopen jaar laat zien en uitlegt welke keuzes we daarom maken;
- de schoolgids, het jaarplan en het jaarverslag staan op de website.

In de tevredenheidspeiling van 2022 gaven ouders de informatievoorziening een 6,9. In 2025 willen we minstens een 7,5.

## Medezeggenschap

De MR van De Wilgenhoek bestaat uit drie ouders en drie personeelsleden. We betrekken de MR niet pas als een besluit klaar is. Bij elk groter voornemen, zoals de keuze voor onderzoekend leren of de besteding van de werkdrukmiddelen, legt de directeur eerst een korte notitie voor met de vraag wat de MR ervan vindt, voordat er een uitgewerkt plan ligt. Elk jaar in oktober houden de MR en het team een gezamenlijke avond over het jaarplan. De MR heeft een vaste rubriek in de nieuwsbrief, zodat ouders weten wat er besproken is en wie ze kunnen aanspreken. Naast de MR is er een ouderraad die de feesten, de sportdag en de avondvierdaagse organiseert.

## Samen met de wijk

Met een aantal organisaties werken we zo nauw samen dat ze bijna bij de school horen:

- Peuterspeelzaal De Kleine Wilg, in ons gebouw. De pedagogisch medewerkers en onze kleuterleerkrachten overleggen vier keer per jaar over de thema's, en elk kind dat overstapt, wordt warm overgedragen in een gesprek met de ouders erbij.
- Het wijkteam van de Kruidenwijk. Elke dinsdagochtend houdt de schoolmaatschappelijk werker spreekuur in de ouderkamer.
- De bibliotheek. Een leesconsulent is twee dagdelen per maand op school, voor de collectie, de leesmonitor en bijeenkomsten met ouders.
- De buurtsportcoach, die drie middagen per week na schooltijd sport en spel aanbiedt op het schoolplein.
- Zorgcentrum De Linde, waar kinderen uit groep 6 eens per maand voorlezen aan bewoners.
- De Voorleesexpress en het Jeugdfonds Sport & Cultuur, voor gezinnen die extra steun goed kunnen gebruiken.
- De scholen voor voortgezet onderwijs waar onze leerlingen naartoe gaan. Elk jaar spreken we oud-leerlingen en hun mentoren over hoe de overstap is verlopen.
- De pabo. Ieder jaar bieden we plaats aan vier tot zes stagiaires.

Elk voorjaar evalueren we de samenwerking met de partners zelf: wat heeft het de kinderen opgeleverd? Wat niet werkt, stoppen we; waar kansen liggen, zoeken we nieuwe partners. Voor de komende periode willen we een vaste samenwerking met een kunst- of muziekschool voor de groepen 5 tot en met 8.

# Ons team

Goed onderwijs staat of valt met de mensen die het geven. Ons team bestaat uit 29 medewerkers: 19 leerkrachten, van wie twee zij-instromers in opleiding, een intern begeleider, een NT2-leerkracht, een vakleerkracht gymnastiek, vier onderwijsassistenten, een oudercontactfunctionaris, een conciërge en een administratief medewerker. De directie bestaat uit de directeur en twee bouwcoördinatoren. Acht collega's zijn ouder dan 58 jaar, negen zijn jonger dan 30. In de komende vier jaar gaan naar verwachting zes collega's met pensioen.

## Een jaar in gesprek

Iedere medewerker doorloopt jaarlijks dezelfde cyclus. In september voert hij met zijn leidinggevende een startgesprek over zijn eigen ontwikkelvraag en over wat hij van de school nodig heeft: ondersteuning in de klas, scholing of juist minder taken. Tussen oktober en maart volgen twee klassenbezoeken, één door de directeur en één door de IB'er of een bouwcoördinator, met de kijkwijzer EDI. In februari is het ontwikkelgesprek; om de drie jaar is dat een beoordelingsgesprek. Alle afspraken komen in het digitale personeelsdossier, waarin ook de bekwaamheidseisen en de behaalde certificaten zijn vastgelegd. In 2022-2023 hadden nog niet alle medewerkers een volledige cyclus doorlopen. Vanaf 2023-2024 geldt de cyclus voor iedereen.

## Leren van en met elkaar

Leerkrachten leren het meeste in hun eigen school, met en van hun collega's. Daarom werkt het team in drie leerteams: Lezen, Onderzoekend leren en Gedrag. Iedere leerkracht kiest zelf bij welk leerteam hij aansluit, op basis van zijn eigen interesse en ontwikkelvraag. Een leerteam komt zes keer per jaar bij elkaar, probeert in de eigen groepen iets uit, verzamelt wat het oplevert en deelt dat op de teamvergadering. Besluiten over nieuwe afspraken voor de hele school neemt het team op basis van wat de leerteams hebben gevonden. Daarnaast bezoekt iedere leerkracht twee keer per jaar een collega in de klas, op een zelfgekozen onderdeel van de kijkwijzer, en bespreekt hij na afloop wat hij heeft gezien.

Ook buiten de school leren we. De IB'er neemt deel aan het netwerk van intern begeleiders van ASG, en de leescoördinator zit in een bovenschoolse werkgroep lezen met zes andere ASG-scholen, waarin ervaringen met leesonderwijs en materialen worden uitgewisseld. Wat daar besproken wordt, nemen zij mee naar het leerteam Lezen.

## Scholing

Naast het leren in de leerteams volgt iedere medewerker minimaal één scholing per jaar die past bij de schooldoelen of bij de eigen ontwikkelvraag. Er is een scholingsbudget van 600 euro per fte; wie meer wil, kan een aanvraag doen bij de directeur. Het team als geheel volgt in 2023-2024 een vervolgtraject EDI en in 2024-2025 een scholing over lessen met rijke teksten. Alle gevolgde scholing komt in het personeelsdossier.

## Nieuwe collega's en zij-instromers

Starters krijgen in hun eerste twee jaar een vaste coach uit het team en veertig uur extra tijd voor voorbereiding en begeleiding. Onze twee zij-instromers volgen de deeltijdpabo. Zij krijgen één dag per week studieverlof, worden begeleid door een schoolopleider (een van onze bouwcoördinatoren) en bespreken elke zes weken met hem en de directeur hoe hun opleiding verloopt. Ons doel is dat beide zij-instromers uiterlijk in de zomer van 2026 hun bevoegdheid hebben.

## Werkdruk en de fase waarin je zit

In de medewerkerspeiling van 2022 scoorde werkdruk een 5,8. Het team besliste zelf hoe de werkdrukmiddelen, ruim 62.000 euro per jaar, worden ingezet: voor twee extra onderwijsassistenten en een vakleerkracht gymnastiek, zodat leerkrachten tijd hebben voor de kindgesprekken en de leerteams. Ook houden we rekening met de levensfase van collega's. Collega's met jonge kinderen kunnen in overleg vaste werkdagen houden en hoeven niet aanwezig te zijn op avonden die niet verplicht zijn. Collega's van 57 jaar en ouder maken afspraken over de inzet van hun uren voor duurzame inzetbaarheid, bijvoorbeeld voor het coachen van starters in plaats van extra lesgeven. Werkdruk staat elk jaar in het startgesprek op de agenda. In 2025 willen we in de peiling voor werkdruk minimaal een 6,8 halen.

## Vakmanschap zichtbaar maken

Het team heeft veel kennis in huis die lang onzichtbaar bleef. Collega's met een specialisatie (rekenen, lezen, gedrag, het jonge kind) krijgen daarvoor vanaf 2023-2024 uren in hun taakbeleid. Zij leiden het leerteam dat bij hun vak hoort en laten twee keer per jaar op een teamvergadering zien wat ze hebben gedaan. Als een collega een opleiding heeft afgerond of een project succesvol heeft afgesloten, staan we daar met het hele team bij stil.

# Zorg en ondersteuning

Het uitgangspunt van De Wilgenhoek is dat kinderen uit de wijk bij ons naar school kunnen, ook als ze extra hulp nodig hebben. Tegelijk zijn we eerlijk over wat we wel en niet kunnen. Ons schoolondersteuningsprofiel (SOP) beschrijft dat in detail; hieronder staan de hoofdlijnen en wat we de komende jaren veranderen.

## Zicht op ontwikkeling

We volgen de ontwikkeling van kinderen met het leerlingvolgsysteem van Cito (midden- en eindtoetsen vanaf groep 3) en in de kleutergroepen met observaties langs de ontwikkelingslijnen. De sociaal-emotionele ontwikkeling volgen we met de vragenlijsten van Kwink en met de observaties van de leerkracht. Drie keer per jaar is er een groepsbespreking van de leerkracht met de IB'er. Daarin kijken ze niet alleen naar toetsscores, maar ook naar de kindgesprekken, de werkhouding en wat ouders hebben verteld, en ze spreken af wat de groep en wat individuele kinderen de komende periode nodig hebben. Twee keer per jaar, in februari en juni, analyseert het hele team de schoolresultaten in een trendanalyse en besluit het welke aanpassingen in het aanbod nodig zijn.

## Basisondersteuning

Alle kinderen krijgen bij ons:

- instructie op drie niveaus, met verlengde instructie aan de instructietafel;
- extra taal- en woordenschatsteun in de groep, met inzet van de onderwijsassistenten;
- een aanpak bij dyslexie volgens het landelijke protocol, met voorleessoftware vanaf groep 5;
- de Kwink-lessen en de Gouden Weken voor een veilige groep;
- een verrijkingsaanbod in de eigen groep voor kinderen die meer aankunnen.

## Extra ondersteuning

Voor kinderen die meer nodig hebben, bieden we:

- de taalklas voor nieuwkomers, vier ochtenden per week voor maximaal twaalf kinderen;
- de plusklas, één dagdeel per week voor kinderen uit de groepen 5 tot en met 8 met een ontwikkelingsvoorsprong;
- een eigen leerlijn met een ontwikkelingsperspectief (OPP) voor kinderen die op een of meer vakken het eindniveau van groep 8 niet zullen halen; op dit moment zijn dat zeven kinderen;
- begeleiding door een ambulant begeleider of gedragsspecialist via een arrangement van het samenwerkingsverband.

Het zorgteam, bestaande uit de directeur, de IB'er, de schoolmaatschappelijk werker en de jeugdverpleegkundige, komt zes keer per jaar bij elkaar.

## Waar onze grenzen liggen

We kunnen geen passend onderwijs bieden aan kinderen die de hele dag één-op-één begeleiding nodig hebben, aan kinderen die medische zorg nodig hebben die om verpleegkundige handelingen vraagt, of aan kinderen bij wie de veiligheid van andere kinderen door hun gedrag structureel in gevaar komt. Ook voor kinderen die erg gevoelig zijn voor prikkels is ons gebouw met leerpleinen niet altijd geschikt. Als blijkt dat een kind meer nodig heeft dan wij kunnen bieden, zoeken we samen met de ouders en het samenwerkingsverband Passend Onderwijs een school die dat wel kan, bijvoorbeeld een school voor speciaal basisonderwijs in de stad. Het kind blijft bij ons tot er een plek is, zodat het niet thuis komt te zitten. Het SOP wordt in 2024 herzien en daarna elke twee jaar geactualiseerd, samen met de MR.

# Kwaliteit: hoe we weten dat het goed gaat

We werken volgens een vaste jaarcyclus. Uit dit schoolplan maken we elk jaar in juni een jaarplan voor het volgende schooljaar, met de doelen uit het hoofdstuk Onze doelen die dat jaar aan de beurt zijn. In januari kijken we halverwege: liggen we op koers, of moeten we bijsturen? In juni schrijven we het jaarverslag, waarin we per doel laten zien wat er bereikt is. Jaarplan en jaarverslag gaan naar de MR en naar het bestuur. Het bestuur ontvangt daarnaast elk kwartaal een rapportage over de leerlingenaantallen, de resultaten, het verzuim en de financiën.

Om te weten hoe het gaat, gebruiken we:

- de trendanalyses van het leerlingvolgsysteem in februari en juni;
- de uitslagen van de eindtoets, afgezet tegen de referentieniveaus en de signaleringswaarden;
- klassenbezoeken met de kijkwijzer, twee per leerkracht per jaar;
- de jaarlijkse veiligheidsmonitor, een jaarlijkse tevredenheidspeiling onder leerlingen en een tweejaarlijkse peiling onder ouders en medewerkers;
- gegevens over de uitstroom: hoe doen onze oud-leerlingen het na drie jaar in het voortgezet onderwijs?

Elk jaar kiezen we daarnaast één onderwerp dat we grondig onderzoeken. In 2023-2024 is dat het begrijpend lezen in de groepen 5 en 6.

# Onze doelen

In dit overzicht staan alle doelen voor 2023-2027 bij elkaar. Bij ieder doel staat wat we doen, wanneer, wie er verantwoordelijk is en waaraan we zien of het gelukt is. Elk jaar nemen we de doelen van dat jaar over in het jaarplan, en in het jaarverslag laten we zien hoe ver we zijn.

[[TABEL]]

# Ondertekening

Vastgesteld te Almere op 19 juni 2023.

Namens OBS De Wilgenhoek: Marloes Verbeek, directeur

Namens het bestuur van de Almeerse Scholen Groep: Hans Doornbos, lid College van Bestuur
"""

DOELEN_KOP = ["Doel", "Wat doen we", "Wanneer", "Wie", "Zo meten we het"]
DOELEN = [
    ["Meer leerlingen lezen op streefniveau",
     "Lessen met rijke teksten in groep 5-8; teamscholing; leesdoel per leerling",
     "2023-2027; scholing in 2024-2025", "Leerteam Lezen, leescoördinator",
     "In 2027 haalt minstens 58% van de schoolverlaters 2F lezen (2023: 49%)"],
    ["Kinderen lezen met plezier",
     "Elke dag twintig minuten vrij lezen; vernieuwde schoolbibliotheek; boekentips van kinderen",
     "Collectie vernieuwd vóór juni 2024", "Leescoördinator met de bibliotheek",
     "Leesmonitor: minstens 70% van groep 5-8 leest graag (2023: 52%)"],
    ["Onderzoekend leren in groep 5-8",
     "Proeftuin in groep 5 en 7, daarna invoering in alle groepen",
     "Proef 2023-2024; groep 5-8 vanaf 2024-2025; groep 1-4 in 2025-2026",
     "Leerteam Onderzoekend leren",
     "Evaluatie juni 2024; zes thema's per jaar in alle groepen 5-8"],
    ["Leerlijn burgerschap",
     "Aanbod per groep vastleggen, gekoppeld aan Kwink en De wijk van morgen",
     "Gereed in juni 2024", "Bouwcoördinatoren",
     "Leerlijn vastgesteld door team en besproken in de MR"],
    ["Minder pesten",
     "Gouden Weken, herstelgesprekken, pestprotocol in kindertaal",
     "Protocol in 2023-2024, daarna jaarlijks", "Anti-pestcoördinator, leerlingenraad",
     "Veiligheidsmonitor: gepest hoogstens 6% (2022: 11%), veilig minstens 95%"],
    ["Ieder kind gesproken",
     "Drie kindgesprekken per jaar; pagina Dit ben ik",
     "Vanaf 2023-2024", "Alle leerkrachten",
     "Bij elke groepsbespreking: alle kinderen hebben hun gesprekken gehad"],
    ["Ouders betrokken bij het leren",
     "Driehoeksgesprekken vanaf groep 4; thuiskaarten; koffieochtenden",
     "Vanaf 2023-2024", "Leerkrachten, oudercontactfunctionaris",
     "Opkomst driehoeksgesprekken minstens 85% in 2025 (2023: 68%)"],
    ["Heldere informatie voor ouders",
     "Eén kanaal, teksten op B1-niveau, antwoord binnen twee werkdagen",
     "Vanaf september 2023", "Directie",
     "Tevredenheid ouders over informatie minstens 7,5 in 2025 (2022: 6,9)"],
    ["Volledige gesprekscyclus voor iedereen",
     "Startgesprek, twee klassenbezoeken, ontwikkelgesprek; om de drie jaar beoordeling",
     "Jaarlijks vanaf 2023-2024", "Directeur",
     "100% van de medewerkers, vastgelegd in het personeelsdossier"],
    ["Leerteams als motor van verbetering",
     "Drie leerteams met zes bijeenkomsten per jaar; collegiale klassenbezoeken",
     "Vanaf 2023-2024", "Bouwcoördinatoren",
     "Alle leerkrachten zitten in een leerteam; elk leerteam doet per jaar een voorstel aan het team"],
    ["Zij-instromers bevoegd",
     "Studieverlof, schoolopleider, voortgangsgesprek elke zes weken",
     "Uiterlijk zomer 2026", "Directeur, schoolopleider",
     "Beide zij-instromers hebben hun bevoegdheid"],
    ["Werkdruk omlaag",
     "Werkdrukmiddelen volgens teambesluit; afspraken passend bij de levensfase",
     "Teambesluit elk jaar in mei", "Directeur, personeelsgeleding MR",
     "Medewerkerspeiling werkdruk minstens 6,8 in 2025 (2022: 5,8)"],
    ["SOP herzien",
     "SOP herschrijven met IB'er, team en MR",
     "Vóór 1 oktober 2024, daarna elke twee jaar", "IB'er",
     "SOP vastgesteld en gepubliceerd op de website"],
    ["Kennis uit bovenschoolse netwerken benutten",
     "IB'er en leescoördinator brengen ervaringen uit netwerk en werkgroep in",
     "Doorlopend", "IB'er, leescoördinator",
     "Terugkoppeling in het leerteam"],
    ["MR vroeg betrokken",
     "Notitie vooraf bij elk groot voornemen; gezamenlijke jaarplanavond",
     "Jaarlijks in oktober", "Directeur, voorzitter MR",
     "MR evalueert de samenwerking in het jaarverslag"],
]


def _taal_nl(doc):
    """Zet de proeftaal van de standaardstijl op Nederlands."""
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
        run = cel.paragraphs[0].add_run(tekst)
        run.bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    kopregel = OxmlElement("w:tblHeader")
    kopregel.set(qn("w:val"), "true")
    trpr.append(kopregel)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for cel, tekst in zip(cellen, rij):
            cel.text = tekst
    doc.add_paragraph()


def _tekst(doc, tekst):
    for blok in tekst.strip().split("\n\n"):
        regels = [r for r in blok.split("\n") if r.strip()]
        if not regels:
            continue
        if regels[0].startswith("# "):
            doc.add_heading(regels[0][2:], level=1)
        elif regels[0].startswith("## "):
            doc.add_heading(regels[0][3:], level=2)
        elif regels[0] == "[[TABEL]]":
            _tabel(doc, DOELEN_KOP, DOELEN)
        elif regels[0].startswith("- "):
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
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    props = doc.core_properties
    props.title = "Schoolplan 2023-2027 OBS De Wilgenhoek"
    props.author = "M. Verbeek"
    props.created = datetime.datetime(2023, 6, 19, 9, 0, 0)
    props.modified = datetime.datetime(2023, 6, 19, 9, 0, 0)
    props.last_modified_by = "M. Verbeek"
    props.revision = 1

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.text = VOETTEKST + "   |   pagina "
    _paginanummer(voet)

    for _ in range(6):
        doc.add_paragraph()
    for tekst, grootte, vet in OMSLAG:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(tekst)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.add_page_break()

    p = doc.add_paragraph()
    run = p.add_run("Inhoud")
    run.bold = True
    run.font.size = Pt(16)
    for nummer, titel in enumerate(INHOUD, start=1):
        doc.add_paragraph(f"{nummer}. {titel}")
    doc.add_page_break()

    _tekst(doc, TEKST)
    _bewaar(doc, path, (2023, 6, 19, 9, 0, 0))


if __name__ == "__main__":
    import sys

    build(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "plan_05_wilgenhoek.docx"))
