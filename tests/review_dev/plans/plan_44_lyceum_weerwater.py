"""Schoolplan 2025-2029 van Lyceum Weerwater, een openbare school voor havo, atheneum en gymnasium in
Almere Stad (1.342 leerlingen, 118 medewerkers).

Ontwerp: het plan is niet ingedeeld naar kernwaarden, vensters of wettelijke hoofdstukken, maar naar
vijf eigen thema's (Vakmanschap in de les, Ruimte om te groeien, Mensen maken de school, Samen met thuis
en daarbuiten, Het huis op orde). Er zijn geen kopstijlen: alle titels zijn vetgedrukte alinea's in de
stijl Normal (een groter korps voor de thema's). Doelen staan niet in tabellen maar als gedateerde zinnen
in de lopende tekst. Thema 3 beschrijft het personeelsbeleid uitvoerig in eigen woorden, zonder de
woorden van de koers. Thema 5 (rooster, gebouw, financiën) gebruikt koerswoorden in een andere betekenis:
een gastvrije kantine voor bezoekers van de zaterdagverhuur, de aula als ontmoetingsplek, vensters met
triple glas, een transparante glazen wand, een dekkend wifi-netwerk, de mobiliteit van fietsers, een
divers kantineaanbod, catering- en schoonmaakpartners, vitale installaties en een financiële horizon.
De MR heeft alleen positief geadviseerd (geen instemming); het openbare karakter wordt alleen genoemd.
Over de meerwaarde van het bestuur (venster 3) staat niets.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl_stijlen

DATUM = datetime.datetime(2025, 7, 1, 14, 30, 0)

# Bouwstenen: ("titel", tekst, korps), ("thema", tekst), ("kop", tekst), ("p", tekst)
INHOUD = [
    ("titel", "Lyceum Weerwater", 22),
    ("titel", "Schoolplan 2025-2029", 16),
    ("p", "Openbare school voor havo, atheneum en gymnasium, Almere Stad. BRIN 04XW. "
          "Versie voor vaststelling, juni 2025."),

    ("thema", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van Lyceum Weerwater voor de schooljaren 2025-2026 tot en met "
          "2028-2029. Wij hebben dit plan geschreven in een schrijfgroep van acht docenten, twee "
          "teamleiders, drie leerlingen en twee ouders, die tussen november 2024 en mei 2025 elf keer bij "
          "elkaar kwam. Het plan is niet ingedeeld naar de hoofdstukken van de wet of naar de koers van "
          "ons bestuur, de Almeerse Scholen Groep, maar naar vijf thema's die in alle gesprekken "
          "terugkwamen: vakmanschap in de les, ruimte om te groeien, de mensen die de school maken, "
          "samen met thuis en daarbuiten, en een huis dat op orde is. Onze doelen staan niet in aparte "
          "tabellen, maar in de tekst van elk thema, steeds met het jaar waarin wij ze willen halen. "
          "Elk jaar werken wij ze uit in het jaarplan van de school en in de plannen van de secties."),
    ("kop", "Onze school in het kort"),
    ("p", "Lyceum Weerwater is een openbare school voor havo en vwo in Almere Stad, aan de zuidoever van "
          "het Weerwater. Op 1 oktober 2024 hadden wij 1.342 leerlingen: 598 in de havo en 744 in het "
          "vwo, van wie 212 in het gymnasium. De eerste twee leerjaren zijn brede havo/vwo-klassen, met "
          "een aparte gymnasiumklas vanaf klas 1. Leerlingen komen uit heel Almere; ongeveer een derde "
          "woont in Almere Stad, een kwart in Almere Buiten en de rest verspreid over Poort, Haven, Hout "
          "en Oosterwold. Bij de school werken 118 mensen: 94 docenten (76,4 fte), een schoolleiding van "
          "rector en twee conrectoren, vier teamleiders en zeventien onderwijsondersteunende "
          "medewerkers."),
    ("p", "In 2024 slaagde 86 procent van de havisten en 91 procent van de vwo-leerlingen. Alle vier de "
          "indicatoren van de inspectie voor onderwijsresultaten (onderbouwsnelheid, onderwijspositie "
          "ten opzichte van het advies, bovenbouwsucces en examencijfers) liggen voor beide afdelingen "
          "boven de norm. Bij het laatste onderzoek, in november 2022, beoordeelde de inspectie het "
          "onderwijs als voldoende."),

    ("thema", "Thema 1. Vakmanschap in de les"),
    ("p", "Goed onderwijs gebeurt in de les. Dit thema gaat over wat leerlingen bij ons leren, hoe "
          "docenten lesgeven en hoe wij weten of het werkt."),
    ("kop", "Wat leerlingen bij ons leren"),
    ("p", "In de onderbouw volgen alle leerlingen Nederlands, Engels, Frans, Duits, wiskunde, "
          "geschiedenis, aardrijkskunde, biologie, natuur- en scheikunde, beeldende vorming, muziek, "
          "drama, lichamelijke opvoeding en het vak Onderzoek & Ontwerpen (O&O); gymnasiasten krijgen "
          "Latijn vanaf klas 1 en Grieks vanaf klas 2. In de bovenbouw bieden wij alle vier de profielen "
          "aan, met onder meer informatica, bewegen-sport-maatschappij, kunst beeldend en (in het vwo) "
          "filosofie als keuzevakken. De kerndoelen van de onderbouw zijn per vak verdeeld over de "
          "leerjaren en vastgelegd in de vakwerkplannen; in de bovenbouw leggen de secties in het "
          "programma van toetsing en afsluiting vast hoe de eindtermen worden getoetst. Wij voldoen aan "
          "de wettelijke onderwijstijd (3.700 uur voor de havo en 4.700 uur voor het vwo) en plannen "
          "elk jaar vijf procent extra lestijd om uitval op te vangen."),
    ("kop", "Lessen die werken"),
    ("p", "Wat een goede les is, hebben wij in 2023 met alle secties vastgelegd in de "
          "Weerwater-kijkwijzer. Die kent zes kenmerken: een duidelijk lesdoel, een activerende start, "
          "uitleg in kleine stappen, controle of iedereen het begrijpt, tijd voor zelfstandig werk met "
          "feedback, en een afsluiting die terugkijkt naar het lesdoel. Teamleiders en collega's "
          "bezochten in 2024 samen 312 lessen; in 71 procent daarvan waren alle zes kenmerken zichtbaar, "
          "en het vaakst ontbrak de controle van begrip. Ons doel is dat in het schooljaar 2027-2028 in "
          "ten minste 85 procent van de bezochte lessen alle zes kenmerken te zien zijn. Daarvoor oefent "
          "elke sectie in 2025-2026 met korte technieken om begrip te controleren, zoals wisbordjes en "
          "exit tickets, en bespreken de secties de uitkomsten van de lesbezoeken twee keer per jaar."),
    ("p", "Docenten leren ook van elkaars lessen. In de week voor de kerstvakantie staan alle lessen open "
          "voor collega's; in december 2024 bezochten 64 docenten minstens één les van een collega buiten "
          "het eigen vak. Vier secties (Nederlands, wiskunde, biologie en geschiedenis) werken met lesson "
          "study: drie docenten ontwerpen samen een les, een van hen geeft die, de anderen observeren wat "
          "leerlingen doen, en daarna wordt de les herzien. Vanaf 2026-2027 doet elke sectie minstens één "
          "zo'n cyclus per jaar."),
    ("kop", "Keuzewerktijd en modules"),
    ("p", "Sinds 2023 hebben leerlingen in klas 1 tot en met 3 vier uur per week keuzewerktijd: zij kiezen "
          "zelf bij welk vak zij extra uitleg halen, waar zij verder oefenen of aan een verdiepingsopdracht "
          "werken, en plannen dat in hun weekplanner in Magister. Uit de evaluatie van juni 2024 bleek dat "
          "leerlingen die deze uren voor hun zwakste vak gebruikten, daar gemiddeld 0,4 punt hoger "
          "scoorden. Vanaf 2026-2027 breiden wij dit uit met Weerwater Plus: leerlingen in havo 4 en vwo 4 "
          "en 5 volgen per jaar twee modules van negen weken naar keuze, buiten hun profiel, zoals Spaans, "
          "ondernemerschap, programmeren in Python, debatteren, filosofie van de techniek en Chinees. Welke "
          "modules er komen, hebben wij bepaald met een peiling onder 900 leerlingen in maart 2025; de "
          "tien meest gekozen onderwerpen vormen het startaanbod. Een ontwerpgroep van acht docenten en "
          "vier leerlingen werkt de modules in 2025-2026 uit. Elke module wordt afgesloten met een "
          "certificaat in het loopbaandossier, en in juni 2028 evalueren wij Weerwater Plus met leerlingen "
          "en docenten."),
    ("p", "Daarnaast heeft elke sectie sinds 2024 een leerlingpanel van vier leerlingen dat twee keer per "
          "jaar meekijkt naar lesmateriaal en opdrachten. De sectie aardrijkskunde heeft op voorstel van "
          "haar panel de praktische opdracht in havo 4 omgebouwd tot een onderzoek naar de eigen woonwijk "
          "van de leerling, en de sectie Engels werkt in klas 3 met teksten en series die leerlingen zelf "
          "aandragen. In 2026-2027 moet elke sectie minstens één onderdeel van haar programma op voorstel "
          "van het leerlingpanel hebben aangepast."),
    ("kop", "Wat de toekomst vraagt"),
    ("p", "In 2025-2026 herzien wij het programma van de onderbouw met het oog op de nieuwe kerndoelen voor "
          "digitale geletterdheid en burgerschap. Digitale geletterdheid krijgt een plek in O&O (klas 1 en "
          "2) en in informatica als keuzevak vanaf klas 3; mediawijsheid en informatievaardigheden komen "
          "in Nederlands en geschiedenis. Vanaf 1 augustus 2027 werkt de hele onderbouw met de herziene "
          "leerlijnen. Sinds januari 2025 hebben wij schoolbrede afspraken over generatieve AI: bij elke "
          "opdracht staat of en hoe leerlingen AI mogen gebruiken, en in klas 3 en 4 krijgen alle "
          "leerlingen vier lessen over hoe taalmodellen werken en waar zij de mist in gaan. In de "
          "bovenbouw werkt elke leerling minstens één keer per jaar aan een groot samenwerkingsproject, "
          "omdat vervolgopleidingen en werkgevers dat van hen vragen."),
    ("kop", "De lat hoog, ook in de bovenbouw"),
    ("p", "Wij gaan uit van wat een leerling kan worden, niet van wat hij nu laat zien. Een leerling met een "
          "havo/vwo-advies start in een havo/vwo-klas, en pas aan het eind van klas 2 bepalen wij of het "
          "havo of vwo wordt. Een leerling gaat nooit op grond van één rapport naar een lager niveau: er is "
          "altijd eerst een gesprek met leerling en ouders en een plan met een hersteltermijn van tien "
          "weken. Leerlingen die meer aankunnen, kunnen in vwo 5 een vak vervroegd afsluiten of een vak op "
          "een hoger niveau volgen; in 2024 deden 38 leerlingen dat, onder wie 11 havisten die wiskunde B "
          "op vwo-niveau volgden. Ons doel is dat in het examenjaar 2027-2028 ten minste 90 procent van de "
          "havisten en 93 procent van de vwo-leerlingen slaagt, en dat het bovenbouwsucces in de havo, in "
          "2024 nog 82 procent, in 2028 boven de 85 procent ligt. Omdat in havo 4 de meeste leerlingen "
          "blijven zitten, krijgt vanaf 2025-2026 elke leerling in havo 4 in de eerste periode een "
          "studiecoach uit havo 5, en staat er in de eerste tien weken een extra uur wiskunde en economie "
          "op het rooster."),
    ("kop", "Hoe wij weten of het werkt"),
    ("p", "Elke sectie maakt in september een sectieplan met hooguit drie doelen, die volgen uit dit "
          "schoolplan. In januari en juni bespreken sectievoorzitter en teamleider de voortgang aan de hand "
          "van de resultaten: cijfers per toets, doorstroom, slagingspercentages per vak en de uitkomsten "
          "van de lesbezoeken. Elke docent vraagt twee keer per jaar feedback van leerlingen met een korte "
          "vragenlijst. Elk voorjaar doen leerlingen en ouders mee aan een tevredenheidspeiling; in 2024 "
          "gaven leerlingen de school een 6,9 en ouders een 7,4. De schoolleiding rapporteert elk kwartaal "
          "aan het bestuur en verantwoordt zich in oktober in het jaarverslag, dat ook met de "
          "medezeggenschapsraad wordt besproken. Een interne auditgroep van vier docenten onderzoekt elk "
          "jaar één onderwerp en brengt verslag uit aan de schoolleiding: in 2025-2026 de kwaliteit van de "
          "schoolexamens, in 2026-2027 het mentoraat. Wij willen dat leerlingen de school in het voorjaar "
          "van 2028 minstens een 7,2 geven."),

    ("thema", "Thema 2. Ruimte om te groeien"),
    ("p", "Een leerling leert het best als hij zich veilig voelt en als iemand op school hem goed kent. Dit "
          "thema gaat over begeleiding, ondersteuning en veiligheid."),
    ("kop", "De mentor als vast punt"),
    ("p", "In klas 1 tot en met 3 is elke klas verdeeld in twee coachgroepen van ongeveer vijftien "
          "leerlingen, elk met een eigen mentor en een mentoruur per week. De mentor volgt de leerling de "
          "hele onderbouw en voert iedere zes weken een coachgesprek van tien minuten met elke leerling, "
          "over hoe het gaat, thuis en op school, en niet alleen over cijfers. In de eerste maand van "
          "klas 1 spreekt de mentor alle ouders, thuis of op school, zodat hij vanaf het begin weet wat "
          "een leerling meebrengt. In de bovenbouw houdt een leerling dezelfde mentor van klas 4 tot het "
          "examen. Vanaf 2026-2027 heeft ook elke bovenbouwleerling minstens vier coachgesprekken per "
          "jaar; nu zijn dat er twee."),
    ("p", "Na elke periode is er per klas een signaleringsoverleg van de mentoren met de teamleider en de "
          "zorgcoördinator, waarin zij bespreken welke leerlingen achterblijven, vaak afwezig zijn of "
          "anders opvallen. Cijfers, verzuim en eerdere afspraken staan in Magister bij elkaar. Een "
          "leerling over wie zorgen zijn, heeft binnen drie weken een gesprek met mentor en ouders en krijgt "
          "zo nodig een handelingsplan. In 2024 duurde dat soms zes weken; vanaf 2025-2026 houdt de "
          "zorgcoördinator een lijst bij die zij maandelijks met de teamleiders doorloopt."),
    ("kop", "Extra ondersteuning: wat wij bieden en waar onze grenzen liggen"),
    ("p", "Ons schoolondersteuningsprofiel is in april 2025 vernieuwd. Tot de basisondersteuning horen het "
          "dyslexie- en dyscalculiebeleid (extra tijd, vergrote toetsen, voorleessoftware), een "
          "faalangstreductietraining voor klas 1 tot en met 3 (acht bijeenkomsten, twee keer per jaar), "
          "huiswerkbegeleiding na schooltijd en de begeleiding door de mentor. Voor extra ondersteuning is "
          "er De Kade: een ruimte met twee ondersteuners en een orthopedagoog, waar leerlingen met "
          "bijvoorbeeld autisme, ADHD of angstklachten terechtkunnen voor een rustige werkplek, een korte "
          "time-out of een vast wekelijks gesprek. In 2024-2025 maken 74 leerlingen gebruik van De Kade. "
          "Onze grenzen: wij kunnen geen leerlingen begeleiden die de hele dag één-op-één ondersteuning "
          "nodig hebben, die langdurig niet in een klas van dertig kunnen werken, of die voortdurend "
          "verpleegkundige zorg nodig hebben. Ons doel is dat in juni 2027 alle docenten de training "
          "'Signaleren en afstemmen' hebben gevolgd, zodat de aanpassingen uit de ondersteuningsplannen "
          "ook echt in de les worden toegepast; in 2024 had 40 procent die training gevolgd."),
    ("kop", "Veilig op school"),
    ("p", "Elk jaar vullen alle leerlingen van klas 2 en klas 4 de monitor sociale veiligheid in. In 2024 "
          "voelde 91 procent zich veilig op school; 8 procent gaf aan het afgelopen jaar gepest te zijn, "
          "vooral online. Ons doel is dat in 2027 ten minste 94 procent zich veilig voelt en niet meer dan "
          "5 procent gepest wordt. Elke afdeling heeft een pestcoördinator, er zijn twee interne "
          "vertrouwenspersonen, en elk incident wordt in Magister geregistreerd en maandelijks door de "
          "schoolleiding besproken. Het anti-pestprotocol, het protocol sociale media en de meldcode "
          "huiselijk geweld en kindermishandeling nemen wij aan het begin van elk schooljaar met alle "
          "medewerkers door. In de mentorlessen van klas 1 en 2 staat elk jaar een lessenreeks van zes "
          "weken over online pesten en sexting."),
    ("p", "Hoe wij met elkaar omgaan, staat in de omgangscode die in 2023 met de leerlingenraad is "
          "opgesteld. Daarin staat niet alleen wat niet mag, maar ook wat wij van elkaar verwachten: je "
          "groet, je laat iemand uitpraten en je spreekt iemand eerst zelf aan voordat je over hem klaagt. "
          "Bij een botsing tussen docent en leerling volgt binnen twee schooldagen een herstelgesprek met "
          "de mentor erbij. Leerlingen die iemand hebben gekwetst of uitgescholden, ook online of buiten "
          "school, voeren een herstelgesprek met die persoon in plaats van alleen een straf te krijgen. "
          "Medewerkers die met ouders of bezoekers in een conflict raken, kunnen een teamleider vragen het "
          "gesprek samen te voeren."),

    ("thema", "Thema 3. Mensen maken de school"),
    ("p", "Een school is zo goed als de mensen die er werken. Wat onze collega's nodig hebben om goed werk te "
          "doen, en hoe wij als school voor hen zorgen, staat in dit thema."),
    ("kop", "Wie wij zijn"),
    ("p", "Van onze 94 docenten is 31 procent 55 jaar of ouder; tot 2029 gaan naar verwachting 17 docenten "
          "met pensioen, onder wie vijf van de zeven natuurkundedocenten. Tegelijk werken er 22 docenten "
          "korter dan vijf jaar in het onderwijs. Vacatures voor natuurkunde, scheikunde, Duits en "
          "wiskunde zijn moeilijk te vervullen; op 1 oktober 2024 waren er drie niet ingevuld."),
    ("kop", "Hoe het met ons gaat"),
    ("p", "In de medewerkerspeiling van november 2024 zei 81 procent van de collega's met plezier naar het "
          "werk te gaan, en 87 procent zou de school aanraden aan een bevriende docent die een baan zoekt. "
          "Tegelijk vond 46 procent de werkdruk in de toetsweken en rond de rapportvergaderingen te hoog. "
          "Daarom zijn er vanaf 2025-2026 na elke toetsweek twee lesvrije nakijkdagen, plannen wij geen "
          "vergaderingen in de toetsweken en duren rapportvergaderingen hooguit een uur per klas, met "
          "vooraf door de mentor aangemerkte leerlingen. Collega's praten mee over de richting van de "
          "school: in de schrijfgroep voor dit plan, in vier ontwikkelgroepen en in het personeelsoverleg "
          "dat zes keer per jaar met de rector wordt gehouden. In november 2026 en november 2028 herhalen "
          "wij de peiling; dan moet minder dan 30 procent de werkdruk in de toetsweken te hoog vinden, en "
          "het aandeel dat de school zou aanraden mag niet dalen."),
    ("kop", "Wat je nodig hebt, hangt af van waar je staat"),
    ("p", "Een docent van 26 met een jong gezin heeft andere dingen nodig dan een docent van 61. Startende "
          "docenten geven in hun eerste jaar 20 procent minder les, hebben een vaste begeleider uit een "
          "andere sectie en volgen een introductieprogramma van acht bijeenkomsten. Collega's met jonge "
          "kinderen kunnen bij het maken van het rooster een vaste vrije dag of een late start aanvragen; "
          "in 2024-2025 werd 91 procent van die verzoeken gehonoreerd. Collega's vanaf 57 jaar kunnen hun "
          "seniorenuren sparen voor een vaste vrije dag of gebruiken voor minder surveillances en minder "
          "mentoraten. Wie een zware periode doormaakt, door mantelzorg, ziekte of rouw, maakt met de "
          "teamleider afspraken over tijdelijk minder taken, zonder dat dat van de eigen uren afgaat."),
    ("kop", "Gezond blijven werken"),
    ("p", "Het ziekteverzuim lag in 2024 op 6,4 procent, vooral door lang verzuim na overbelasting. De "
          "teamleider neemt op de eerste ziektedag contact op, na twee weken is er een gesprek over wat "
          "iemand nodig heeft om weer te beginnen, en wie in een jaar drie keer ziek is, kan op eigen "
          "verzoek of op voorstel van de teamleider een gesprek met de bedrijfsarts krijgen. Elke "
          "woensdag van 16.30 tot 17.30 uur is de sportzaal voor het personeel, met afwisselend bootcamp "
          "en volleybal, en collega's kunnen via de school een fiets leasen. Ons doel is dat het verzuim in "
          "het kalenderjaar 2028 onder de 4,8 procent ligt en dat het aantal collega's dat langer dan zes "
          "weken uitvalt, ten opzichte van 2024 (toen negen) is gehalveerd."),
    ("kop", "Samen sterker in de les"),
    ("p", "Naast de sectie heeft iedere docent een leerkring: een groep van zes docenten uit verschillende "
          "vakken die zes keer per jaar anderhalf uur bij elkaar komt. Elke kring kiest in september één "
          "vraag uit de praktijk, bijvoorbeeld 'hoe laat ik leerlingen in havo 4 zelf plannen?', probeert "
          "in de lessen iets uit, bespreekt wat het opleverde en laat op de studiemiddag in juni in tien "
          "minuten zien wat de kring heeft geleerd. Voor de leerkringen zijn twintig taakuren per docent "
          "per jaar vrijgemaakt. Daarnaast begeleiden twee docenten met een masteropleiding elk jaar acht "
          "collega's die een vraag uit hun eigen lessen onderzoeken: zij lezen wat er over het onderwerp "
          "bekend is, proberen iets nieuws uit, verzamelen gegevens en bespreken de uitkomst met hun "
          "sectie. In 2024-2025 ging dat onder meer over feedback bij schrijfopdrachten en over het effect "
          "van de keuzewerktijd. Wij willen dat in 2027-2028 iedere docent in een leerkring zit; nu is "
          "dat 78 procent."),
    ("kop", "Bijscholing die je zelf kiest"),
    ("p", "Wij vinden dat een docent zelf het best weet waarin hij of zij wil groeien. Daarom kiest elke "
          "docent zelf een cursus, opleiding of traject en bespreekt die keuze in het ontwikkelgesprek. "
          "Het scholingsbudget is 1.100 euro per fte per jaar; daarnaast is er een schoolbudget voor "
          "langere opleidingen, zoals een master of een tweede bevoegdheid. In 2024-2025 volgden 71 "
          "docenten een cursus naar eigen keuze, van toetsconstructie tot een zomerschool Duits in "
          "Leipzig, en begonnen vier docenten op eigen initiatief aan een masteropleiding. Ons doel is dat in 2027-2028 "
          "iedere docent in het terugblikgesprek kan laten zien welke scholing hij of zij heeft gevolgd en "
          "wat die in de les heeft veranderd."),
    ("kop", "Vakmanschap zichtbaar maken"),
    ("p", "Wie ergens goed in is, moet dat kunnen laten zien. Docenten die zich in een onderwerp verdiepen, "
          "kunnen vakexpert worden, met 60 taakuren per jaar; er zijn nu vakexperts voor toetsing, "
          "taalgericht vakonderwijs, ICT in de les, begaafdheid en examens. Zij adviseren collega's, geven "
          "de workshops op de studiedag en staan met naam en foto op het intranet, zodat iedereen weet bij "
          "wie je terechtkunt. Aan het eind van elk schooljaar reiken de leerlingenraad en de schoolleiding "
          "de Weerwaterprijs uit aan een collega die door leerlingen is voorgedragen; in 2024 ging die naar "
          "de conciërge. Bij een jubileum of een afgeronde opleiding staat de rector daar in de "
          "personeelsbijeenkomst bij stil."),
    ("kop", "Een andere plek of een nieuwe rol"),
    ("p", "Na tien jaar dezelfde klassen kan het goed zijn om iets anders te doen. Docenten kunnen zich elk "
          "jaar in maart melden voor een andere rol binnen de school, zoals bovenbouwmentor, "
          "examensecretaris, roostermaker of teamleider in opleiding; in 2024 begonnen drie docenten aan "
          "het traject voor teamleider. Wie een tijd op een andere school wil werken, kan via de "
          "vacaturebank van ons bestuur reageren op vacatures bij de andere scholen, met een "
          "terugkeergarantie bij een tijdelijke overstap van hooguit twee jaar. In 2024 maakten drie "
          "collega's zo'n overstap en kwamen vier collega's van andere scholen bij ons werken."),
    ("kop", "Op weg naar een volledige bevoegdheid"),
    ("p", "Op 1 oktober 2024 gaven zeven docenten les zonder de volledige bevoegdheid voor hun vak en "
          "niveau: twee zij-instromers (natuurkunde en Duits) en vijf tweedegraads docenten die in de "
          "bovenbouw van het vwo lesgeven en een eerstegraads opleiding volgen. Voor elk van hen is er een "
          "opleidingsplan met een einddatum, een begeleider uit de eigen sectie met 40 taakuren per jaar, "
          "een vaste studiedag per week zonder lessen en elk kwartaal een voortgangsgesprek met de "
          "teamleider. De school betaalt het collegegeld. Ons doel is dat op 1 augustus 2028 iedereen die "
          "bij ons voor de klas staat, bevoegd is of aantoonbaar in de laatste fase van de opleiding zit. "
          "Daarnaast bieden wij elk jaar plaats aan ongeveer twintig studenten van de lerarenopleidingen, "
          "zodat nieuwe docenten de school al kennen voordat zij solliciteren."),
    ("kop", "Het gesprek over je werk"),
    ("p", "Iedere medewerker heeft elk jaar twee vaste gesprekken met de eigen leidinggevende. In oktober is "
          "het ontwikkelgesprek: wat wil je dit jaar leren, welke scholing kies je en welke taken pas je "
          "aan? Tussen november en april bezoekt de teamleider ten minste één les en bespreekt de docent de "
          "uitkomst van de leerlingvragenlijst. In mei volgt het terugblikgesprek, waarin wij nagaan wat "
          "er van de afspraken terecht is gekomen. Eens in de drie jaar is dat gesprek een beoordeling, "
          "met de bekwaamheidseisen voor het vakinhoudelijk en pedagogisch-didactisch handelen als "
          "uitgangspunt. Alles wordt vastgelegd in het digitale personeelsdossier. In 2024 had 82 procent "
          "van de medewerkers beide gesprekken gevoerd; in 2026-2027 moet dat 100 procent zijn, en "
          "daarvoor krijgt vanaf augustus 2025 geen teamleider meer dan 25 medewerkers onder zich."),

    ("thema", "Thema 4. Samen met thuis en daarbuiten"),
    ("p", "Leerlingen leren niet alleen op school. Ouders, de medezeggenschap en partners buiten de school "
          "spelen een rol, en de school bereidt leerlingen voor op een plek in de samenleving."),
    ("kop", "Ouders dichtbij het leren"),
    ("p", "In klas 1 tot en met 3 voeren mentor, leerling en ouders drie keer per jaar een "
          "driehoeksgesprek van vijftien minuten, waarin de leerling zelf vertelt hoe het gaat en wat hij "
          "zich voorneemt. In de bovenbouw gebeurt dat twee keer per jaar, met de profiel- en studiekeuze "
          "als vast onderdeel. Ouders zien in Magister de cijfers, de absenties en het huiswerk, en bij elk "
          "rapport krijgen zij van de mentor een korte persoonlijke toelichting. Een ouderpanel van twaalf "
          "ouders praat vier keer per jaar met de schoolleiding over onderwerpen als huiswerk, toetsdruk en "
          "de keuzewerktijd; in 2024 adviseerde het panel over de nakijkdagen. In 2024 was bij 88 procent "
          "van de onderbouwleerlingen minstens één ouder bij elk driehoeksgesprek; wij willen in 2026-2027 "
          "op 95 procent zitten, onder meer door gesprekken ook online en tot 20.00 uur aan te bieden."),
    ("kop", "Duidelijk en bereikbaar"),
    ("p", "Ouders en leerlingen moeten weten waar zij aan toe zijn. Elke vrijdag verschijnt het Weerwater "
          "Weekbericht met de belangrijkste zaken van de komende week. Toetscijfers staan binnen tien "
          "schooldagen na de toets in Magister. Mails van ouders worden binnen twee werkdagen beantwoord, "
          "en in elk antwoord staat wie de vraag verder behandelt. Bij ingrijpende gebeurtenissen, zoals "
          "een schorsing of een ernstig incident, belt de mentor of teamleider de ouders voordat er iets op "
          "papier gaat. De schoolgids, het PTA, het examenreglement en de regels voor bevordering staan op "
          "de website en worden elk jaar voor 1 oktober bijgewerkt. In de peiling van 2024 vond 72 procent "
          "van de ouders zich goed geïnformeerd; ons doel is 85 procent in het voorjaar van 2027."),
    ("kop", "De medezeggenschapsraad en de leerlingenraad"),
    ("p", "De MR telt twaalf leden, zes personeelsleden, drie ouders en drie leerlingen, en vergadert acht "
          "keer per jaar. De rector brengt onderwerpen in een vroeg stadium in, als er nog niets besloten "
          "is, en bespreekt met de MR welke vragen er leven voordat er een voorstel ligt; zo is Weerwater "
          "Plus in 2024 eerst als verkenning en pas daarna als voorstel besproken. De MR heeft werkgroepen "
          "voor onderwijs, personeel en financiën, die vooraf meelezen met de begroting en het "
          "formatieplan. De leerlingenraad, veertien leerlingen uit alle jaarlagen, vergadert maandelijks "
          "met de conrector onderwijs en mag elk jaar twee onderwerpen op de agenda van de schoolleiding "
          "zetten; in 2024-2025 waren dat de toetsplanning en de kantineprijzen."),
    ("kop", "Burgerschap"),
    ("p", "Burgerschap krijgt vorm in de lessen en in de manier waarop de school werkt. In klas 3 volgen alle "
          "leerlingen maatschappijleer, en in havo 4 en vwo 4 het examenvak maatschappijleer, met een "
          "module over de democratische rechtsstaat en de grondrechten. Alle tweede klassen doen mee aan "
          "de Week van de Democratie met een rollenspel van een gemeenteraadsvergadering, en voor elke "
          "landelijke verkiezing organiseert de debatclub een verkiezingsdebat in de aula, met "
          "scholierenverkiezingen. Vwo-leerlingen kunnen meedoen aan Model United Nations-conferenties. "
          "In de mentorlessen bespreken wij actuele gebeurtenissen die spanning geven volgens vaste "
          "gespreksregels, zodat leerlingen leren een standpunt te onderbouwen. Wij "
          "willen dat vanaf het examenjaar 2027-2028 elke leerling voor het examen minstens één keer actief "
          "aan een debat of verkiezing op school heeft meegedaan; dat houden wij bij in het "
          "loopbaandossier."),
    ("kop", "Partners voor verdieping"),
    ("p", "Voor verdieping buiten de school werken wij samen met het vervolgonderwijs en met bedrijven. Met "
          "de Universiteit Utrecht hebben wij sinds 2021 afspraken over de begeleiding van "
          "profielwerkstukken in de bètavakken: vwo-leerlingen kunnen daar met een promovendus onderzoek "
          "doen in een universiteitslab; in 2024 deden 23 leerlingen dat. Elk jaar volgen zes tot tien "
          "vwo-leerlingen het tweejarige Pre-University College van de Universiteit Leiden. Voor "
          "havo-leerlingen hebben wij met de Hogeschool van Amsterdam afspraken over meeloopdagen in de "
          "opleidingen techniek, economie en gezondheid, en een ingenieursbureau in Amersfoort levert twee "
          "keer per jaar een opdracht voor O&O. Ons doel is dat in 2027-2028 elke leerling in havo 5 een "
          "meeloopdag of proefstudeerdag bij een hbo-opleiding heeft gedaan (in 2024 was dat 64 procent)."),

    ("thema", "Thema 5. Het huis op orde"),
    ("p", "Goed onderwijs vraagt een rooster dat werkt, een gebouw waarin het prettig leren is en een "
          "begroting die klopt. Dit thema gaat over die randvoorwaarden."),
    ("kop", "Rooster"),
    ("p", "De lesdag loopt van 8.30 tot 16.20 uur, met lessen van 50 minuten, een kleine pauze van 15 "
          "minuten en een grote pauze van 30 minuten. Twee roostermakers maken het rooster in Zermelo; "
          "wijzigingen staan uiterlijk om 7.30 uur in de app. Het studieplein en de mediatheek zijn open "
          "van 8.00 tot 17.00 uur, ook tijdens tussenuren. In 2024 viel 3,1 procent van de geplande lessen uit, vooral door ziekte in "
          "de winter; ons doel is minder dan 2 procent uitval in 2027-2028, onder meer doordat bij uitval "
          "in de onderbouw een onderwijsassistent de klas opvangt met een opdracht van de sectie. Er zijn "
          "vier toetsweken per jaar, en de open dag voor nieuwe leerlingen is elk jaar op de laatste "
          "zaterdag van januari."),
    ("kop", "Gebouw"),
    ("p", "Ons gebouw aan het Weerwater dateert uit 1994 en is in 2011 uitgebreid met de bètavleugel. In de "
          "zomer van 2026 wordt het verduurzaamd: alle 640 vensters aan de zuid- en westkant krijgen "
          "triple glas en buitenzonwering, op het dak komen 420 zonnepanelen en de oude cv-ketels maken "
          "plaats voor een innovatieve warmtepomp die warmte uit het Weerwater haalt. In alle lokalen "
          "hangen sinds 2024 CO2-meters; de kwaliteit van de lucht moet in 2027 in 95 procent van de "
          "lesuren onder de 1.000 ppm blijven, nu is dat 78 procent. Het studieplein krijgt een "
          "transparante glazen wand naar de gang, zodat er meer daglicht binnenvalt. Het wifi-netwerk "
          "bereikt nu alle lokalen op twee na; in 2025-2026 wordt het dekkend in het hele gebouw en op het "
          "schoolplein."),
    ("p", "De aula is in de pauzes de ontmoetingsplek van de leerlingen. Op zaterdag verhuren wij de aula "
          "en de sportzaal aan een volleybalvereniging en een muziekschool; de kantine is dan gastvrij "
          "open voor bezoekers en verkoopt koffie en tosti's, wat jaarlijks ongeveer 14.000 euro "
          "oplevert. Ongeveer 78 procent van de leerlingen komt op de fiets. Voor die mobiliteit breiden "
          "wij de fietsenstalling in 2026 uit van 900 naar 1.150 plaatsen, met camera's zodat de stalling "
          "vanuit de conciërgeloge goed te zien is. De kantine heeft een divers aanbod dat voldoet aan de "
          "richtlijnen voor een gezonde schoolkantine. Met onze cateringpartner en onze schoonmaakpartner "
          "lopen contracten tot 2027; bij de nieuwe aanbesteding wegen duurzaamheid en vaste gezichten in "
          "de school zwaar mee. De servers en de noodstroom zijn vitale installaties, die twee keer per "
          "jaar worden getest."),
    ("kop", "Financiën"),
    ("p", "De begroting voor 2025 heeft 13,9 miljoen euro aan baten, vrijwel geheel uit de rijksbijdrage. "
          "Ongeveer 83 procent gaat naar personeel, 9 procent naar huisvesting en 8 procent naar "
          "leermiddelen, ICT en overige kosten. Wij kijken met een financiële horizon van vijf jaar "
          "vooruit: de leerlingenprognose voor 2029 ligt tussen 1.320 en 1.360, zodat de formatie stabiel "
          "kan blijven. De tijdelijke middelen uit het Nationaal Programma Onderwijs zijn in 2025 "
          "afgelopen; de huiswerkbegeleiding en het extra uur wiskunde en economie in havo 4 betalen wij "
          "vanaf 2025-2026 uit de gewone begroting, door in de bovenbouw twee kleine clusters samen te "
          "voegen. Het investeringsplan voor 2025-2029 bedraagt 1,2 miljoen euro, vooral voor ICT, "
          "meubilair en de inrichting van het studieplein. De vrijwillige ouderbijdrage is 75 euro per jaar en wordt alleen "
          "gebruikt voor activiteiten buiten het lesprogramma, zoals excursies en het brugklaskamp; geen "
          "leerling wordt uitgesloten als ouders niet betalen."),

    ("thema", "Vaststelling"),
    ("p", "Dit schoolplan is op 4 juni 2025 besproken in het personeelsoverleg. De medezeggenschapsraad "
          "heeft op 10 juni 2025 een positief advies over het plan uitgebracht; leden van de personeels-, "
          "ouder- en leerlinggeleding dachten mee in de schrijfgroep. Het bestuur van de Almeerse Scholen "
          "Groep heeft het plan vastgesteld op 1 juli 2025. Het plan loopt van 1 augustus 2025 tot en met "
          "31 juli 2029."),
    ("p", "Hanneke Bosman, rector Lyceum Weerwater"),
]


def _vet(doc, tekst, korps, voor=12, na=4):  # type: ignore[no-untyped-def]
    par = doc.add_paragraph(style="Normal")
    run = par.add_run(tekst)
    run.bold = True
    run.font.size = Pt(korps)
    par.paragraph_format.space_before = Pt(voor)
    par.paragraph_format.space_after = Pt(na)
    par.paragraph_format.keep_with_next = True
    return par


def build(path):  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Arial"
    normaal.font.size = Pt(10)
    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Lyceum Weerwater"
    cp.author = "H. Bosman"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "H. Bosman"
    cp.revision = 3

    for blok in INHOUD:
        soort = blok[0]
        if soort == "titel":
            par = _vet(doc, blok[1], blok[2], voor=0, na=6)
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif soort == "thema":
            _vet(doc, blok[1], 14, voor=18, na=6)
        elif soort == "kop":
            _vet(doc, blok[1], 10, voor=10, na=2)
        elif soort == "p":
            par = doc.add_paragraph(blok[1], style="Normal")
            par.paragraph_format.space_after = Pt(6)
    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Lyceum Weerwater, schoolplan 2025-2029 - "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)
    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_44_lyceum_weerwater.docx")
