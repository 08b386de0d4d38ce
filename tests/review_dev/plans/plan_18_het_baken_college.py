"""Schoolplan 2025-2029 van Het Baken College (fictief), een protestants-christelijke school voor havo en
vwo met ongeveer 1.100 leerlingen in Almere (ASG).

Opzet van het document: gemengd. Elk hoofdstuk is een Kop 1, maar binnen de hoofdstukken zijn de
tussenkopjes vetgedrukte gewone alinea's (stijl Normal), zoals veel scholen dat in Word doen. Eerst een
inleiding en een schoolportret, dan vier hoofdstukken per venster van ASG Koers 22 (met sectiewerk,
PLG's, de gesprekscyclus met ambitie- en functioneringsgesprek, startende docenten, onbevoegde docenten en
zij-instromers, verzuim, de leerlingenraad en internationalisering), daarna de vier kernwaarden samen in
één hoofdstuk "Onze waarden in de praktijk" met korte alinea's die de kernwaarde niet noemen. Eén
doelentabel voor het hele plan (Doel / Venster / Indicator / Gereed), waarin de kolom Venster bij een deel
van de rijen leeg is. De instemming van de MR staat in het colofon.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl_stijlen

VASTE_DATUM = datetime.datetime(2025, 7, 4, 14, 30, 0)
AUTEUR = "A.M. Kuiper"

INHOUD = [
    ("h1", "1. Inleiding"),
    ("vet", "Waarom dit schoolplan"),
    ("p", "Dit is het schoolplan van Het Baken College voor de periode van 1 augustus 2025 tot en met 31 juli "
          "2029. Het vervangt het schoolplan 2021-2025. In dit plan staat wat wij de komende vier jaar willen "
          "bereiken en hoe we dat aanpakken. Het plan is de basis voor de jaarplannen van de school en voor "
          "de sectieplannen."),
    ("vet", "Hoe het plan tot stand kwam"),
    ("p", "In het najaar van 2024 hebben we op twee studiemiddagen met alle collega's teruggekeken op het "
          "vorige plan en besproken wat er beter moet. De secties hebben in januari 2025 hun eigen "
          "speerpunten aangeleverd. De leerlingenraad heeft een middag met de schoolleiding over het plan "
          "gepraat, en het ouderpanel heeft in maart 2025 het concept gelezen. De schoolleiding heeft de "
          "tekst daarna geschreven. Het plan volgt de indeling van de koers van ASG: eerst vier hoofdstukken "
          "over de vensters, daarna één hoofdstuk over onze waarden. Alle doelen staan samen in hoofdstuk 8."),

    ("vet", "Terugblik op het schoolplan 2021-2025"),
    ("p", "Het vorige plan had vier speerpunten. Het mentoraat in de onderbouw is versterkt: er is een "
          "wekelijks mentoruur en een vaste leerlingbespreking na elke periode. Dat speerpunt is behaald. De "
          "PLG's zijn er gekomen, later dan gepland door de coronajaren, maar ze draaien nu. Het derde "
          "speerpunt, meer variatie in werkvormen in de bovenbouw, is maar deels gelukt: in de lessen die de "
          "teamleiders bezochten, was de docent nog steeds het grootste deel van de tijd aan het woord. Het "
          "vierde speerpunt, een kleiner verschil tussen schoolexamen en centraal examen, is niet gehaald; bij "
          "drie vakken is het verschil zelfs gegroeid. Dit punt komt terug in dit plan."),
    ("p", "Daarnaast gebeurde er veel wat niet in het plan stond: de periode van afstandsonderwijs, de "
          "inhaalprogramma's met geld uit het Nationaal Programma Onderwijs, een nieuwe roostermaker en de "
          "invoering van het telefoonbeleid. Het NPO-geld is op; de examentraining en de huiswerkklas die we "
          "ervan betaalden, houden we in afgeslankte vorm aan."),

    ("h1", "2. Het Baken College in het kort"),
    ("vet", "Onze opdracht"),
    ("p", "Een baken is een vast punt waarop je je kunt richten als het om je heen beweegt. Zo willen we "
          "voor onze leerlingen zijn: een school die helder is over wat ze belangrijk vindt, waar je zes jaar "
          "lang dezelfde gezichten tegenkomt, en waar je vertrekt met een diploma dat past bij wat je kunt. "
          "We willen dat leerlingen bij ons leren nadenken over vragen die er in hun leven toe doen, en dat ze "
          "een eigen, doordacht standpunt durven innemen, ook als dat een ander standpunt is dan dat van de "
          "school."),
    ("vet", "Geschiedenis en gebouw"),
    ("p", "Het Baken College is in 1984 opgericht als christelijke scholengemeenschap in Almere Haven en "
          "verhuisde in 1998 naar het huidige gebouw aan de Vuurtorenlaan in Almere Buiten. Sinds 2008 bieden "
          "we alleen nog havo en vwo aan. Het gebouw is in 2017 gerenoveerd; er zijn 46 lokalen, zes "
          "practicumlokalen, twee gymzalen en een aula die op zondag wordt verhuurd aan een kerkelijke "
          "gemeente. Op de open dag in januari komen jaarlijks zo'n 900 bezoekers."),
    ("vet", "Leerlingen en personeel"),
    ("p", "Op 1 oktober 2024 had de school 1.104 leerlingen: 618 in de havo-afdeling en 486 in de "
          "vwo-afdeling. De brugklassen zijn gemengd havo/vwo; in klas 2 werken we met dakpanklassen en in "
          "klas 3 splitsen de afdelingen. De prognose van ASG laat tot 2029 een lichte daling zien, naar "
          "ongeveer 1.030 leerlingen, omdat er in Almere Buiten minder jonge gezinnen bij komen. Er werken "
          "121 mensen op school (97,8 fte): 88 docenten, 3 teamleiders, een conrector onderwijs, de rector, "
          "een ondersteuningscoördinator, 2 leerlingbegeleiders, 6 onderwijsassistenten en TOA's, en 18 "
          "medewerkers in administratie, roostering, conciërgerie en ICT. Een kwart van de docenten is ouder "
          "dan 55 jaar."),
    ("p", "Ongeveer zeventig procent van de leerlingen woont in Almere Buiten, de rest komt vooral uit Almere "
          "Stad en een kleiner deel uit Lelystad en Zeewolde. De meeste brugklassers komen van een twaalftal "
          "basisscholen in de omgeving. Jaarlijks stromen ongeveer 230 leerlingen in de brugklas in. Na het "
          "eindexamen gaat ruim negentig procent van de havisten naar het hbo; van de vwo-leerlingen gaat "
          "ongeveer driekwart naar de universiteit, vaak in Amsterdam of Utrecht."),
    ("vet", "Onze identiteit"),
    ("p", "Het Baken College is een protestants-christelijke school. Dat merk je aan de dagopening waarmee "
          "elke eerste les op maandag begint, aan de vieringen met Kerst en Pasen in de aula, en aan het vak "
          "levensbeschouwing, dat in klas 1 tot en met 4 één uur per week op het rooster staat. In havo 5 en "
          "vwo 5 en 6 is er in plaats daarvan een bezinningsdag per jaar. Van nieuwe medewerkers vragen we "
          "dat zij de christelijke grondslag van de school respecteren en de vieringen bijwonen; lid van een "
          "kerk hoeven zij niet te zijn. De identiteitscommissie, met twee ouders, twee docenten en de "
          "schoolpastor, bereidt de vieringen voor en adviseert de rector."),
    ("vet", "Schooltijden en jaarindeling"),
    ("p", "De lessen duren 45 minuten. Het eerste uur begint om 8.30 uur, het laatste eindigt om 16.15 uur. "
          "Het schooljaar is verdeeld in vier periodes; in de bovenbouw sluit elke periode af met een "
          "toetsweek. Om de week is de dinsdagmiddag lesvrij voor de leerlingen; die tijd gebruiken de "
          "docenten voor sectiewerk en PLG's."),
    ("vet", "Financiën"),
    ("p", "De begroting is ongeveer 11,4 miljoen euro per jaar. Door de verwachte leerlingdaling moet de "
          "formatie tot 2029 met ongeveer 5 fte krimpen. Dat willen we opvangen via natuurlijk verloop en door "
          "tijdelijke contracten niet te verlengen, zonder gedwongen ontslagen. De vrijwillige ouderbijdrage "
          "is 65 euro per jaar; daarvan betalen we de vieringen, de sportdag en de introductie in klas 1. "
          "Excursies en reizen worden apart in rekening gebracht. Het gebouw is van de gemeente; het groot "
          "onderhoud aan het dak en de installaties staat voor 2027 gepland."),

    ("h1", "3. Goed en toegankelijk onderwijs"),
    ("vet", "Ons onderwijsaanbod"),
    ("p", "Wij bieden havo (vijf jaar) en atheneum (zes jaar). In de onderbouw krijgen alle leerlingen de "
          "vakken van de basisvorming, met levensbeschouwing en in de brugklas een uur studievaardigheden. In "
          "de bovenbouw kunnen leerlingen kiezen uit de vier profielen; in het vrije deel bieden we onder "
          "meer informatica, kunst (beeldend) en bedrijfseconomie aan. De onderwijstijd ligt boven de wettelijke "
          "norm van 3.700 uur voor de havo en 4.700 uur voor het vwo; we bewaken dat elk jaar met de "
          "urenverantwoording. De programma's van toetsing en afsluiting (PTA) worden elk jaar vóór 1 oktober "
          "vastgesteld door de rector, na advies van de examencommissie."),
    ("vet", "Toetsing in de onderbouw"),
    ("p", "In de onderbouw hebben we in 2023 het aantal proefwerken teruggebracht. Elk vak geeft per periode "
          "hoogstens twee cijfers met een weging boven de één, en er zijn nooit meer dan twee van zulke toetsen "
          "op een dag. Overhoringen tellen niet mee voor het rapport maar laten leerling en docent zien waar "
          "de leerling staat. In klas 3 bereiden we leerlingen voor op de bovenbouw met een eerste, kleine "
          "toetsweek in juni."),
    ("vet", "Resultaten"),
    ("p", "De inspectie heeft de school in 2023 bezocht tijdens het vierjaarlijks onderzoek bij ASG. Beide "
          "afdelingen kregen het oordeel voldoende; de onderwijsresultaten lagen boven de norm. In 2024 slaagde "
          "87 procent van de havo-kandidaten en 90 procent van de vwo-kandidaten. De onderbouwsnelheid was 97 "
          "procent, het bovenbouwsucces 84 procent op de havo en 88 procent op het vwo. Het verschil tussen "
          "schoolexamen en centraal examen was bij drie vakken groter dan een half punt: wiskunde A, "
          "geschiedenis en Frans. Die secties hebben daarvoor een verbeterplan gemaakt."),
    ("vet", "Sectiewerk"),
    ("p", "De sectie is bij ons de plek waar het onderwijs wordt gemaakt. Er zijn achttien secties, elk met een "
          "sectievoorzitter die daar veertig uur per jaar voor krijgt. Een sectie vergadert zes keer per jaar "
          "op de lesvrije dinsdagmiddag. Elke sectie heeft een sectieplan voor vier jaar, dat in 2025-2026 "
          "wordt herschreven in aansluiting op dit schoolplan, en schrijft in juni een kort sectiejaarverslag. "
          "Daarin staan de resultaten per leerjaar, het verschil tussen SE en CE, en wat de sectie het jaar "
          "erop anders doet."),
    ("p", "Voor elke schoolexamentoets maakt de sectie een toetsmatrijs, en een sectiegenoot kijkt de toets "
          "na op fouten en niveau voordat hij wordt afgenomen. Twee keer per jaar voert de teamleider een "
          "sectiegesprek met de sectievoorzitter over het jaarverslag en de doelen. De examencommissie "
          "controleert steekproefsgewijs of de PTA's worden nageleefd."),
    ("vet", "Mentoraat en ondersteuning"),
    ("p", "Ons schoolondersteuningsprofiel is in februari 2025 vernieuwd en staat op de website. De "
          "basisondersteuning ligt bij de mentor en de vakdocent: een wekelijks mentoruur in klas 1 tot en met "
          "3, een leerlingbespreking na elke periode, faciliteiten bij dyslexie en dyscalculie (extra tijd, "
          "voorleessoftware, vergroot lettertype), een faalangstreductietraining in klas 2 en een "
          "examenvreestraining in het examenjaar."),
    ("p", "Voor extra ondersteuning is er de ondersteuningscoördinator, met twee leerlingbegeleiders. In De "
          "Haven, een ruimte naast de mediatheek, kunnen leerlingen die tijdelijk niet de hele dag in de klas "
          "kunnen zijn, onder begeleiding werken. Voor deze leerlingen maken we een ontwikkelingsperspectief "
          "(OPP), dat we elke zes weken met leerling en ouders bespreken. Leerlingen die vaak afwezig zijn, "
          "bespreken we na de derde ongeoorloofde afwezigheid met de mentor en zo nodig met de leerplichtambtenaar."),
    ("p", "Grenzen zijn er ook. Wij kunnen geen structurele een-op-een begeleiding bieden, en we hebben geen "
          "aanbod op vmbo-niveau. Leerlingen die de havo niet halen, helpen we naar een passende plek (zie "
          "hoofdstuk 5)."),
    ("vet", "Veiligheid"),
    ("p", "Het veiligheidsplan is in 2024 herzien. Elk jaar in februari vullen alle leerlingen de monitor "
          "sociale veiligheid in. In 2024 voelde 91 procent zich veilig op school, maar in klas 2 gaf 11 "
          "procent aan in de afgelopen maanden gepest te zijn, vooral online. De anti-pestcoördinator "
          "(een van de leerlingbegeleiders) bespreekt de uitkomsten per leerjaar met de mentoren. Er zijn twee "
          "interne vertrouwenspersonen, een man en een vrouw. Sinds januari 2024 blijven mobiele telefoons "
          "in de les in de telefoontas; incidenten leggen we vast in Magister."),
    ("vet", "Burgerschap"),
    ("p", "In 2023 hebben we een leerlijn burgerschap vastgesteld. In klas 1 en 2 zit die in het mentoruur, "
          "met lessen over samenleven in de klas, mediawijsheid en democratie. In klas 2 is er elk voorjaar de "
          "Baken-dag, waarop leerlingen een dag vrijwilligerswerk doen (zie hoofdstuk 6). In klas 3 houden "
          "alle klassen een debatwedstrijd over een stelling die de leerlingenraad kiest. In havo 4 en vwo 4 "
          "volgen leerlingen maatschappijleer, en bij Tweede Kamer- en gemeenteraadsverkiezingen doen de "
          "bovenbouwklassen mee aan de Scholierenverkiezingen."),
    ("vet", "Kwaliteitszorg"),
    ("p", "We werken op drie niveaus aan kwaliteit. Op schoolniveau zijn er het jaarplan, het jaarverslag en "
          "de kwartaalrapportages aan het bestuur; de conrector onderwijs en een kwaliteitsmedewerker (0,4 "
          "fte) verzamelen de gegevens. Op sectieniveau zijn er het sectieplan, het jaarverslag en de "
          "sectiegesprekken. Op docentniveau vragen docenten twee keer per jaar feedback van hun leerlingen "
          "met een korte vragenlijst over hun lessen, en bespreken ze de uitkomst in de gesprekscyclus (zie "
          "hoofdstuk 4). Elke twee jaar nemen we een tevredenheidsonderzoek af onder leerlingen, ouders en "
          "personeel. In 2027 vragen we het auditteam van ASG om een interne audit van de havo-bovenbouw, "
          "ter voorbereiding op het volgende inspectiebezoek."),

    ("h1", "4. Personeel in positie"),
    ("vet", "Professionele leergemeenschappen"),
    ("p", "Sinds 2023 werken we met PLG's. Er zijn nu elf PLG's van zes tot acht docenten, met collega's uit "
          "verschillende secties. Elke PLG kiest een vraag uit de eigen lespraktijk, bijvoorbeeld: hoe "
          "krijgen we havo 4-leerlingen zover dat ze hun werk plannen? of: wat helpt eersteklassers bij het "
          "leren van woordjes? De PLG's komen acht keer per jaar bij elkaar op de lesvrije dinsdagmiddag. Ze "
          "verzamelen gegevens in hun eigen lessen, spreken af wat ze uitproberen en meten wat het oplevert. In "
          "juni is er de PLG-markt, waar elke PLG in een lokaal laat zien wat ze heeft gevonden. Twee "
          "uitkomsten van 2024 zijn schoolbreed ingevoerd: de weekplanner in havo 4 en een vaste "
          "herhaalroutine bij de moderne vreemde talen. In 2024-2025 deed 78 procent van de docenten mee; "
          "vanaf 2026 doet iedereen mee."),
    ("vet", "De gesprekscyclus"),
    ("p", "Elke medewerker heeft elk jaar twee gesprekken met de eigen leidinggevende. In oktober is het "
          "ambitiegesprek: de medewerker formuleert een of twee ontwikkeldoelen voor het jaar en we spreken af "
          "welke scholing of tijd daarbij nodig is. In de winter bezoekt de teamleider een les en verzamelt "
          "de docent feedback van leerlingen. In april volgt het functioneringsgesprek, waarin we terugkijken "
          "op de doelen en het werk. Eens in de drie jaar is dat gesprek een beoordelingsgesprek. Van elk "
          "gesprek komt binnen twee weken een kort verslag in het digitale personeelsdossier, dat de "
          "medewerker ondertekent. In 2024-2025 had 71 procent van de medewerkers een ambitiegesprek; dat "
          "moet 100 procent worden. Daarom krijgen de teamleiders vanaf 2025 elk een vast aantal uren voor de "
          "gesprekken en worden ze in het rooster gezet."),
    ("vet", "Scholing"),
    ("p", "Elke docent heeft volgens de cao recht op uren voor professionalisering. De school heeft daarnaast "
          "een scholingsbudget van 95.000 euro per jaar. Aanvragen lopen via het ambitiegesprek. Ieder jaar "
          "volgen collega's cursussen van de ASG Academie; in 2024-2025 waren dat er 23, vooral over "
          "activerende didactiek en over het werken met OPP's."),
    ("vet", "Startende docenten"),
    ("p", "Elk jaar beginnen er acht tot twaalf nieuwe docenten, van wie ongeveer de helft net van de "
          "lerarenopleiding komt. Startende docenten krijgen drie jaar begeleiding. In het eerste jaar hebben "
          "ze bij een volledige baan twee lessen minder, krijgen ze geen mentorklas en hebben ze een "
          "coach uit een andere sectie. De coach bezoekt minimaal vier lessen per jaar. Starters komen zes keer "
          "per jaar bij elkaar in een intervisiegroep onder leiding van de schoolopleider. In het tweede en "
          "derde jaar worden de bezoeken minder, maar de coach blijft. Van de starters van 2021 en 2022 werkt "
          "tweederde nog bij ons; we willen dat verhogen naar 80 procent."),
    ("vet", "Onbevoegde docenten en zij-instromers"),
    ("p", "Op dit moment geven negen docenten les zonder volledige bevoegdheid voor hun vak of niveau. Vijf "
          "van hen zijn zij-instromers, onder wie een oud-ingenieur die natuurkunde geeft en een jurist die "
          "economie geeft; vier zijn tweedegraads bevoegd en studeren voor hun eerstegraads bevoegdheid. "
          "Iedereen heeft een opleidingsplan met een einddatum, een coach en een vaste studiedag zonder lessen. "
          "De school betaalt de opleiding, voor zover die niet uit een subsidie of de lerarenbeurs komt. De "
          "schoolopleider bespreekt elke twee maanden de voortgang. Onbevoegde collega's geven in "
          "examenklassen alleen les samen met een bevoegde collega uit de sectie, die de schoolexamens "
          "meeleest. Zij-instromers ronden hun traject binnen twee jaar af."),
    ("vet", "Verzuim en vitaliteit"),
    ("p", "Het ziekteverzuim was in 2024 6,8 procent, met een meldingsfrequentie van 1,4. Het langdurig "
          "verzuim is de grootste post. Bij de derde ziekmelding in twaalf maanden volgt een gesprek met de "
          "leidinggevende, niet om te controleren maar om te kijken wat er speelt. De casemanager verzuim van "
          "school en de bedrijfsarts houden elke zes weken een overleg; medewerkers kunnen ook zonder "
          "ziekmelding naar het preventief spreekuur van de bedrijfsarts."),
    ("p", "We houden rekening met de fase waarin iemand zit. Collega's met jonge kinderen kunnen een vaste "
          "vrije ochtend of een late start aanvragen, en de roostermaker honoreert die wens zoveel mogelijk. "
          "Collega's die de seniorenregeling gebruiken, krijgen geen eerste of laatste uur meer dan twee keer "
          "per week. Elk voorjaar is er een vitaliteitsweek met een sportmiddag, een workshop over slapen en "
          "ontspannen, en de mogelijkheid van een preventief medisch onderzoek. Ons doel is een verzuim van "
          "hoogstens 5,5 procent in 2027."),

    ("h1", "5. Samen met andere ASG-scholen"),
    ("vet", "Secties over de schoolgrens"),
    ("p", "De secties wiskunde en economie komen sinds 2024 twee keer per jaar bij elkaar met dezelfde secties "
          "van twee andere havo/vwo-scholen van ASG. Ze wisselen schoolexamentoetsen uit en kijken samen een "
          "SE-opdracht na om de beoordeling op elkaar af te stemmen. Dat heeft bij economie al geleid tot "
          "een kleiner verschil tussen SE en CE. Vanaf 2025-2026 willen we dat elke sectie minstens één vaste "
          "collega-sectie op een andere ASG-school heeft. De examensecretaris neemt deel aan het overleg van "
          "de examensecretarissen van ASG."),
    ("vet", "Doorstroom binnen ASG"),
    ("p", "Niet elke leerling haalt de havo. Met een ASG-school voor vmbo-t en mavo hebben we afgesproken dat "
          "leerlingen uit havo 3 die daar beter op hun plek zijn, kunnen instromen in leerjaar 4 met een warme "
          "overdracht door de mentor en de ondersteuningscoördinator. Omgekeerd stromen er elk jaar zes tot "
          "tien leerlingen met een mavodiploma bij ons in havo 4 in; zij krijgen in de eerste periode een "
          "extra mentorgesprek per maand. Havisten met een diploma kunnen doorstromen naar vwo 5 als ze aan "
          "de doorstroomeisen voldoen. Met de basisscholen in de omgeving, waarvan de meeste van ASG zijn, "
          "hebben we elk voorjaar een overdrachtsgesprek over alle nieuwe brugklassers."),
    ("p", "Onze collega's bezoeken de ASG-brede studiedagen als die er zijn."),

    ("h1", "6. Partnerschap"),
    ("vet", "Ouders"),
    ("p", "In september is er voor elk leerjaar een ouderavond waarop ouders de mentor ontmoeten en horen wat "
          "er dat jaar van hun kind wordt gevraagd. In november voert de mentor in klas 1 tot en met 3 met "
          "iedere leerling en zijn ouders een gesprek van een kwartier; de leerling bereidt dat voor met een "
          "formulier over zijn eigen voortgang. In 2024 kwam 64 procent van de ouders; we willen naar 80 "
          "procent, ook door gesprekken 's avonds en online mogelijk te maken. Ouders helpen bij de "
          "profielkeuze in klas 3 door over hun eigen beroep te vertellen op de beroepenavond. Het ouderpanel, "
          "met twaalf ouders, praat vier keer per jaar met de rector over een actueel onderwerp, zoals het "
          "huiswerk in de onderbouw of het nieuwe telefoonbeleid."),
    ("vet", "Medezeggenschap en de leerlingenraad"),
    ("p", "De MR heeft twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. De rector bespreekt "
          "grote plannen eerst in een informele sessie met de MR, voordat er een voorstel ligt; zo is ook dit "
          "schoolplan tot stand gekomen."),
    ("p", "De leerlingenraad heeft zestien leden, gekozen per jaarlaag. Hij vergadert elke drie weken onder "
          "begeleiding van een docent en eens per maand met de rector. De leerlingenraad heeft de afgelopen "
          "twee jaar advies gegeven over het toetsweekrooster (er zijn nu nooit meer dan twee toetsen op een "
          "dag), over het telefoonbeleid en over het aanbod in de kantine. In 2024 heeft hij samen met de "
          "leerlingbegeleiders de gedragscode herschreven. Vanaf 2025-2026 reageert de leerlingenraad ook "
          "schriftelijk op het jaarverslag, en leden van de raad zitten in de sollicitatiecommissies voor "
          "nieuwe docenten."),
    ("vet", "Internationalisering"),
    ("p", "Sinds 2022 heeft de school een Erasmus+-accreditatie. In vwo 4 is er een uitwisseling met een "
          "gymnasium in Münster: de Duitse leerlingen komen in oktober een week bij ons, wij gaan in maart "
          "naar Münster. Havo 4 werkt in een projectweek samen met een school in Tallinn aan een opdracht over "
          "duurzaam wonen, waarvan de helft online. In klas 2 doen drie klassen mee aan een eTwinning-project "
          "met een school in Spanje. Een reis kost ouders hoogstens 250 euro; leerlingen voor wie dat een "
          "probleem is, kunnen een beroep doen op het schoolfonds. De coördinator internationalisering heeft "
          "daar 200 uur per jaar voor. Nu doet ongeveer de helft van de leerlingen in havo 4 en vwo 4 mee; in "
          "2027 moet dat 80 procent zijn."),
    ("vet", "Partners in de stad"),
    ("p", "We zijn opleidingsschool in een partnerschap met Windesheim Flevoland en een universitaire "
          "lerarenopleiding; elk jaar lopen hier twintig tot vijfentwintig studenten stage. Leerlingen van "
          "vwo 6 kunnen voor hun profielwerkstuk gebruikmaken van begeleiding door een onderzoeker van een "
          "universiteit of kennisinstelling. Op de Baken-dag in het voorjaar doen alle leerlingen van klas 2 "
          "vrijwilligerswerk in Almere Buiten: in het zorgcentrum om de hoek, op vier basisscholen in de wijk, "
          "bij de voedselbank en bij de scouting. De organisaties komen in het najaar terug in de school om te "
          "vertellen wat het werk heeft opgeleverd. Met het jongerenwerk in de wijk hebben we een vast "
          "overleg over leerlingen die buiten school in de problemen raken."),

    ("h1", "7. Onze waarden in de praktijk"),
    ("p", "ASG heeft vier kernwaarden. Hieronder staat hoe die er bij ons uitzien, in de gewone dagen van de "
          "school."),
    ("p", "Iedere klas in de onderbouw heeft een mentor die de klas zo mogelijk twee jaar houdt. In de eerste "
          "zes weken van het schooljaar voert de mentor met elke leerling een kennismakingsgesprek van een "
          "kwartier: wat vind je fijn, wat vind je moeilijk, wat moet ik van je weten? Na elke periode "
          "bespreken alle docenten van een klas samen de leerlingen. Wie dan opvalt, krijgt binnen een week "
          "een gesprek met de mentor. Nieuwe collega's hebben in hun eerste maand een gesprek met de "
          "teamleider over wat zij nodig hebben om goed te kunnen starten."),
    ("p", "Iedereen telt bij ons; iedereen is waardevol, leerling of collega."),
    ("p", "Schelden, ook als het een grap is, accepteren we niet. Wie scheldt of iemand kleineert, voert een "
          "herstelgesprek met de ander, met de mentor erbij. Docenten spreken leerlingen op de gang aan, ook "
          "als het niet hun eigen leerlingen zijn. En we vragen hetzelfde van elkaar: collega's die een "
          "conflict hebben, lossen dat op met een gesprek en niet in de koffiekamer."),
    ("p", "Ruim de helft van onze leerlingen komt niet uit een kerkelijk gezin. Er zitten leerlingen met een "
          "islamitische, hindoeïstische en joodse achtergrond, en leerlingen die niets geloven. Bij "
          "levensbeschouwing bezoekt klas 3 een moskee en een synagoge in de stad, en leerlingen houden zelf "
          "een presentatie over wat voor hen belangrijk is. Leerlingen kunnen vrij krijgen voor hun religieuze "
          "feestdagen, en in de toetsweken plannen we op die dagen geen toetsen. In de dagopening lezen we uit "
          "de Bijbel, maar leerlingen mogen ook zelf een tekst meenemen."),
    ("p", "In onze communicatie met ouders en leerlingen zijn we transparant en toegankelijk."),
    ("p", "Nieuwe inzichten maken ons nieuwsgierig; zo houden we ons onderwijs van deze tijd."),
    ("p", "Wij adviseren naar boven. Een leerling die aan het eind van klas 2 twijfelt tussen havo en vwo, "
          "krijgt een jaar vwo met een begeleidingsplan, en we kijken na de eerste periode samen hoe het gaat. "
          "In havo 4 en vwo 4 mogen leerlingen met gemiddeld een 7,5 een extra vak kiezen; in 2024 deden 64 "
          "leerlingen dat. Een 5,5 is bij ons niet het doel: na elke toets bespreekt de docent met leerlingen "
          "die onder een 6,5 scoren wat er beter kan, en zij maken een verbeteropdracht."),

    ("h1", "8. Doelen 2025-2029"),
    ("p", "Hieronder staan alle doelen van dit plan. In het jaarplan werken we ze elk jaar verder uit, met "
          "een eigenaar per doel."),
    ("tabel", ["Doel", "Venster", "Indicator", "Gereed"], [
        ["Slagingspercentage havo minstens 88% en vwo minstens 92%", "Venster 1",
         "Examenresultaten (driejaarsgemiddelde)", "2027"],
        ["Verschil SE-CE bij geen enkel vak groter dan 0,5", "", "Sectiejaarverslagen", "2027"],
        ["Elke sectie heeft een nieuw sectieplan dat aansluit op dit schoolplan", "Venster 1",
         "Vastgestelde sectieplannen", "Juli 2026"],
        ["Minder dan 5% van de leerlingen in klas 2 wordt online gepest", "",
         "Monitor sociale veiligheid", "2027"],
        ["Alle docenten nemen deel aan een PLG", "Venster 2", "Deelnamelijst PLG's", "2026"],
        ["Elke medewerker heeft jaarlijks een ambitiegesprek en een functioneringsgesprek", "Venster 2",
         "Verslagen in het personeelsdossier", "2026"],
        ["80% van de startende docenten is na twee jaar nog bij ons", "", "Personeelsgegevens", "2028"],
        ["Alle onbevoegde docenten zijn binnen de termijn van hun opleidingsplan bevoegd", "",
         "Opleidingsplannen, diploma's", "Doorlopend"],
        ["Ziekteverzuim hoogstens 5,5%", "Venster 2", "Verzuimcijfers", "2027"],
        ["Elke sectie heeft een vaste collega-sectie op een andere ASG-school", "Venster 3",
         "Overzicht secties", "2027"],
        ["80% van de ouders komt naar het mentorgesprek in klas 1-3", "", "Registratie mentoren", "2026"],
        ["De leerlingenraad reageert schriftelijk op het jaarverslag", "", "Reactie leerlingenraad",
         "Jaarlijks vanaf 2026"],
        ["80% van de leerlingen in havo 4 en vwo 4 neemt deel aan een uitwisseling of internationaal "
         "project", "", "Deelnamelijsten coördinator internationalisering", "2027"],
    ], [6.0, 2.6, 4.6, 2.6]),

    ("h1", "9. Colofon"),
    ("p", "Titel: Schoolplan 2025-2029 Het Baken College\n"
          "Planperiode: 1 augustus 2025 tot en met 31 juli 2029\n"
          "Redactie: A.M. Kuiper (rector), J. Postma (conrector onderwijs), met de teamleiders\n"
          "Medezeggenschap: De MR heeft met dit plan ingestemd in haar vergadering van 3 juli 2025.\n"
          "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 15 juli 2025\n"
          "Het Baken College, Vuurtorenlaan 40, Almere Buiten, BRIN 17QB"),
]


def build(path: str) -> None:
    doc = Document()
    taal_nl_stijlen(doc)

    normaal = doc.styles["Normal"]
    normaal.font.name = "Arial"
    normaal.font.size = Pt(10)

    cp = doc.core_properties
    cp.author = AUTEUR
    cp.last_modified_by = "J. Postma"
    cp.title = "Schoolplan 2025-2029"
    cp.subject = "Het Baken College"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 12

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    titel = doc.add_paragraph()
    titel.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = titel.add_run("Het Baken College")
    run.bold = True
    run.font.size = Pt(24)
    sub = doc.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = sub.add_run("Schoolplan 2025-2029")
    run.font.size = Pt(16)
    regel = doc.add_paragraph("Christelijke school voor havo en vwo in Almere")
    regel.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    for item in INHOUD:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "vet":
            doc.add_paragraph().add_run(item[1]).bold = True
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "tabel":
            tabel(doc, item[1], item[2], item[3])
        else:
            raise ValueError(soort)

    doc.save(path)
    deterministisch(path, VASTE_DATUM)
