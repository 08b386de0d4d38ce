"""Schoolplan 2025-2029 van SBO Hildegardis, katholieke school voor speciaal basisonderwijs
in Almere Buiten (Almeerse Scholen Groep). Planperiode: 1 augustus 2025 tot en met 31 juli 2029.

De module bouwt het schoolplan als Word-document met python-docx; build(path) schrijft het bestand.
"""

import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

VASTE_DATUM = datetime.datetime(2025, 6, 30, 9, 0, 0)
TITEL = "Schoolplan 2025-2029 SBO Hildegardis"
AUTEUR = "M. van den Heuvel, directeur SBO Hildegardis"


# ---------------------------------------------------------------------------
# Inhoud
# ---------------------------------------------------------------------------

INHOUD = [
    ("h1", "1. Voorwoord en leeswijzer"),
    ("p", "Voor u ligt het schoolplan van SBO Hildegardis voor de schooljaren 2025-2026 tot en met "
          "2028-2029. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Hierin beschrijven wij "
          "hoe wij de komende vier jaar werken aan ons onderwijs, aan de zorg voor onze leerlingen en aan "
          "ons team."),
    ("p", "Wij hebben het plan opgebouwd rond de centrale vragen uit de Koerswijzer van ASG. Het team heeft "
          "op de studiedagen van 6 november 2024 en 29 januari 2025 in kleine groepen antwoorden gezocht op "
          "die vragen. Niet alle vragen hebben wij overgenomen: sommige passen minder bij een school voor "
          "speciaal basisonderwijs, andere hebben wij in onze eigen woorden gesteld. De vragen staan als "
          "kopjes boven de paragrafen, zodat u kunt zien op welke vraag wij antwoord geven."),
    ("p", "Veel van wat wij doen, is al in andere documenten vastgelegd. Waar dat zo is, verwijzen wij naar "
          "dat document in plaats van het hier te herhalen. In bijlage 1 staat een overzicht van die "
          "documenten en van de plek waar u ze kunt vinden."),
    ("p", "Hoofdstuk 10 bevat onze doelen voor de planperiode. Die doelen werken wij elk jaar uit in het "
          "jaarplan; in het jaarverslag kijken wij terug op wat er bereikt is."),

    ("h1", "2. Onze school in het kort"),
    ("p", "SBO Hildegardis is een katholieke school voor speciaal basisonderwijs in de Regenboogbuurt in "
          "Almere Buiten. De school is in 1989 opgericht en draagt sinds 2012 de naam van Hildegard van "
          "Bingen: kloosterzuster, componist, schrijver en kenner van planten en kruiden. Zij liet zich "
          "niet in één hokje stoppen, en dat willen wij ook niet met onze kinderen doen."),
    ("p", "Leerlingen komen bij ons met een toelaatbaarheidsverklaring (TLV) van het Samenwerkingsverband "
          "Passend Onderwijs Almere. Zij komen uit heel Almere: ongeveer 40 procent woont in Almere Buiten, "
          "de anderen komen met het leerlingenvervoer uit Almere Stad, Almere Haven en Almere Poort. Ruim "
          "de helft van onze leerlingen stroomt in tijdens groep 4, 5 of 6, na een periode op een reguliere "
          "basisschool. Veel ouders hebben op dat moment al een lange weg met hun kind afgelegd."),
    ("p", "Onze missie vatten wij samen in één zin: ieder kind leert bij ons zijn eigen weg te gaan. Dat "
          "betekent kleine groepen, veel structuur, een vaste leerkracht en een onderwijsassistent in elke "
          "groep, en korte lijnen met de specialisten in het gebouw."),
    ("table", [
        ["Kengetal", "2022", "2023", "2024"],
        ["Leerlingen op 1 oktober", "141", "147", "152"],
        ["Aantal groepen", "11", "12", "12"],
        ["Gemiddelde groepsgrootte", "12,8", "12,3", "12,7"],
        ["Tussentijdse instroom in het schooljaar", "38", "41", "44"],
        ["Terugplaatsing naar regulier basisonderwijs", "3", "5", "4"],
        ["Medewerkers (aantal / fte)", "33 / 25,4", "35 / 26,1", "36 / 26,8"],
    ]),
    ("caption", "Tabel 1. Kengetallen SBO Hildegardis (teldatum 1 oktober)."),
    ("p", "Ons team bestaat uit zestien groepsleerkrachten, zeven onderwijsassistenten, een intern "
          "begeleider (Samira El Idrissi), een orthopedagoog (Jeroen Kapteijn, 0,8 fte), twee logopedisten, "
          "een vakleerkracht bewegingsonderwijs, een administratief medewerker, een conciërge en de "
          "directeur (Marloes van den Heuvel). Een fysiotherapeut van Fysio Buiten en een "
          "schoolmaatschappelijk werker van De Schoor werken vaste dagdelen in ons gebouw."),
    ("p", "Het gebouw aan de Indigostraat dateert uit 1989. In de zomer van 2025 wordt het verduurzaamd: het "
          "krijgt nieuwe vensters, een warmtepomp en zonnepanelen op het dak. Twee groepen verhuizen in het "
          "najaar van 2025 tijdelijk naar een noodlokaal op het plein. De planning staat in het "
          "meerjarenonderhoudsplan van ASG."),
    ("table", [
        ["Uitstroombestemming", "2022", "2023", "2024"],
        ["Praktijkonderwijs", "6", "7", "5"],
        ["vmbo basis/kader (met lwoo)", "11", "10", "13"],
        ["vmbo gemengd/theoretisch", "3", "4", "5"],
        ["havo", "0", "1", "0"],
        ["Voortgezet speciaal onderwijs", "4", "3", "4"],
        ["Totaal schoolverlaters", "24", "25", "27"],
        ["Uitstroom op of boven de verwachting uit het OPP", "71%", "76%", "78%"],
    ]),
    ("caption", "Tabel 2. Uitstroom van schoolverlaters naar het voortgezet onderwijs."),

    ("h1", "3. Gezien worden"),
    ("h2", "3.1 Hoe creëren we een cultuur van gastvrijheid op onze school?"),
    ("p", "Veel ouders komen voor het eerst bij ons binnen met gemengde gevoelens. Hun kind liep vast op de "
          "vorige school en er is al veel gesproken. Daarom besteden wij veel zorg aan het eerste bezoek. "
          "De intern begeleider of de directeur ontvangt nieuwe ouders zelf en loopt met hen door de school. "
          "Ouders mogen altijd een half uur in een groep meekijken. Een nieuwe leerling komt vóór de eerste "
          "schooldag twee keer wennen en krijgt een maatje uit de eigen groep dat de eerste weken helpt."),
    ("p", "Elke ochtend staan de leerkrachten bij de deur van hun lokaal en begroeten zij ieder kind met een "
          "hand of een boks. Voor de kinderen die met de taxi komen, staat van 8.15 tot 8.30 uur een "
          "onderwijsassistent bij de hoofdingang. Bezoekers worden opgevangen door onze administratief "
          "medewerker, Ingrid Koopmans. In de hal hangt een bord met de foto's en namen van alle teamleden, "
          "zodat iedereen kan zien wie wie is."),
    ("p", "Bij ons is ieder kind waardevol en wordt ieder kind gezien."),
    ("p", "Meer over de manier waarop wij nieuwe leerlingen ontvangen, staat in ons toelatingsprotocol en in "
          "de schoolgids."),
    ("h2", "3.2 Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?"),
    ("p", "Op een SBO-school zijn verschillen de regel. Iedere leerling heeft een ontwikkelingsperspectief "
          "(OPP). Daarin staat wat het kind nodig heeft, welke uitstroombestemming wij verwachten en welke "
          "doelen wij per half jaar stellen. Voor de uitwerking van de ondersteuning per leerling verwijzen "
          "wij naar ons schoolondersteuningsprofiel en naar hoofdstuk 5 van dit plan."),
    ("p", "Sinds 2023 voert iedere leerkracht twee keer per jaar een kindgesprek met elke leerling uit de "
          "groep. In dat gesprek vertelt het kind wat goed gaat, wat moeilijk is en wat het van de leerkracht "
          "nodig heeft. De leerkracht legt de uitkomst vast in ParnasSys en neemt die mee in de "
          "groepsbespreking. Wij willen naar drie gesprekken per jaar (zie doel 2)."),
    ("p", "Voor de manier waarop wij ruimte geven aan verschillen tussen medewerkers, verwijzen wij naar "
          "hoofdstuk 6 en naar het professioneel statuut van ASG."),
    ("h2", "3.3 Hoe doen we recht aan de meningen van ouders, leerlingen en medewerkers?"),
    ("p", "Sinds 2022 heeft de school een leerlingenraad van acht leerlingen uit de groepen 6, 7 en 8. De "
          "raad komt zes keer per jaar bij elkaar met de directeur. In 2024 heeft de leerlingenraad de "
          "nieuwe pleinregels opgesteld en meegekozen welke speeltoestellen er op het plein kwamen."),
    ("p", "Ouders vullen om het jaar een tevredenheidsvragenlijst in. In 2024 gaven ouders de school "
          "gemiddeld een 8,1, bij een respons van 64 procent. De uitkomsten per onderwerp staan in het "
          "jaarverslag 2023-2024. Het medewerkersonderzoek van ASG bespreken wij in het team; zie ook "
          "daarvoor het jaarverslag."),

    ("h1", "4. Open en respectvol"),
    ("h2", "4.1 Hoe bereiken we dat iedereen zich respectvol bejegend voelt?"),
    ("p", "Veel van onze leerlingen hebben moeite om hun gedrag en emoties te reguleren. Respectvol met "
          "elkaar omgaan is bij ons daarom iets wat wij elke dag oefenen, niet iets wat vanzelf gaat. Wij "
          "werken met drie schoolregels die in elke groep en op het plein zichtbaar hangen:"),
    ("bullet", "We zijn zuinig op elkaar."),
    ("bullet", "We zijn zuinig op de spullen."),
    ("bullet", "We lossen het samen op."),
    ("p", "Elke week krijgt iedere groep een les uit Kwink, onze methode voor sociaal-emotioneel leren. "
          "Sinds schooljaar 2023-2024 werken wij herstelgericht: na een conflict of incident volgt een "
          "herstelgesprek tussen de betrokken kinderen, begeleid door een leerkracht of "
          "onderwijsassistent. Het hele team heeft in dat schooljaar vier bijeenkomsten training in "
          "herstelgericht werken gevolgd bij bureau Weerbaar & Wijs. Het aantal schorsingen daalde van "
          "zes in 2022-2023 naar één in 2023-2024."),
    ("p", "Afspraken over de omgangsvormen tussen ouders en medewerkers staan in ons veiligheidsplan en in "
          "de schoolgids."),
    ("h2", "4.2 Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te "
           "informeren?"),
    ("p", "In onze communicatie zijn wij transparant en toegankelijk. Welke middelen wij gebruiken en hoe wij "
          "ouders informeren, staat in ons communicatieprotocol en in de schoolgids. Het "
          "communicatieprotocol is in 2021 vastgesteld; zie het jaarplan voor de planning van de "
          "herziening."),
    ("h2", "4.3 Hoe geven we invulling aan onze katholieke identiteit?"),
    ("p", "Hildegardis is een katholieke school. Elke ochtend begint in de groepen met een verhaal, lied of "
          "gesprek uit Trefwoord, onze methode voor levensbeschouwing. Rond Kerstmis en Pasen is er een "
          "viering in de gemeenschapsruimte. Die wordt voorbereid door een werkgroep van drie leerkrachten "
          "samen met pastor Annelies Brouwer van de parochie in Almere Buiten."),
    ("p", "Wij kijken met een open blik naar de verscheidenheid van onze leerlingen en medewerkers. Hoe wij "
          "dat in de praktijk vormgeven, staat in onze identiteitsnotitie uit 2021."),

    ("h1", "5. Goed en toegankelijk onderwijs"),
    ("h2", "5.1 Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de "
           "leerling?"),
    ("p", "Onze groepen tellen hoogstens veertien leerlingen. In elke groep werken een leerkracht en, een "
          "groot deel van de week, een onderwijsassistent. Lezen en rekenen geven wij vier ochtenden per "
          "week groepsdoorbrekend op niveau: leerlingen gaan dan naar de groep die past bij hun "
          "beheersingsniveau, niet bij hun leeftijd."),
    ("p", "Binnen de school werkt een ondersteuningsteam van intern begeleider, orthopedagoog, logopedisten, "
          "fysiotherapeut en schoolmaatschappelijk werker. Dit team bespreekt elke twee weken leerlingen "
          "bij wie de ontwikkeling stokt. Wij kunnen onderwijs bieden aan leerlingen met forse leer- en "
          "taalachterstanden, met taal- en spraakproblemen, met ADHD of autisme en met lichte tot "
          "matige gedragsproblemen. Leerlingen die de hele dag één-op-één begeleiding nodig hebben, of bij "
          "wie de veiligheid van anderen structureel in het geding is, kunnen wij niet goed helpen. Met "
          "hen en hun ouders zoeken wij via het samenwerkingsverband een plek in het speciaal onderwijs. "
          "De volledige beschrijving staat in ons schoolondersteuningsprofiel, vastgesteld in 2024."),
    ("p", "Wij zijn een van de voorzieningen binnen het Samenwerkingsverband Passend Onderwijs Almere. Naast "
          "plaatsing met een TLV bieden wij reguliere basisscholen een observatieplaatsing van acht weken. "
          "In 2024 maakten zes leerlingen daar gebruik van; vier van hen gingen daarna met een arrangement "
          "terug naar hun eigen school. Ook werken wij aan terugplaatsing: in 2024 stapten vier leerlingen "
          "over naar een reguliere basisschool in hun wijk, met een overdrachtsgesprek en een nazorggesprek "
          "na drie maanden."),
    ("h2", "5.2 Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?"),
    ("p", "Bij de intake bekijkt de orthopedagoog het dossier, observeert de leerling op de vorige school en "
          "spreekt de ouders. Binnen zes weken na de start ligt er een OPP. Dat OPP wordt twee keer per jaar "
          "geëvalueerd met de ouders."),
    ("p", "Wij volgen de ontwikkeling met de methodeonafhankelijke toetsen van Boom LVS in januari en juni, en "
          "met ZIEN! voor de sociaal-emotionele ontwikkeling in oktober en maart. De intern begeleider houdt "
          "drie keer per jaar een groepsbespreking met elke leerkracht. Daarin leggen wij de toetsgegevens, "
          "de observaties en de uitkomsten van de kindgesprekken naast elkaar."),
    ("h2", "5.3 Aan welke kwaliteitscriteria moet een les bij ons voldoen?"),
    ("p", "Wij geven les volgens het model van expliciete directe instructie (EDI). Met het team hebben wij "
          "in 2023 een kijkwijzer van acht criteria opgesteld:"),
    ("bullet", "Het lesdoel staat op het bord en wordt aan het begin en eind van de les besproken."),
    ("bullet", "De les begint met het ophalen van voorkennis."),
    ("bullet", "De leerkracht doet voor en denkt hardop."),
    ("bullet", "Alle leerlingen doen actief mee, bijvoorbeeld met wisbordjes."),
    ("bullet", "De leerkracht controleert of de leerlingen het begrijpen voordat zij zelfstandig gaan werken."),
    ("bullet", "Leerlingen die meer instructie nodig hebben, krijgen verlengde instructie aan de instructietafel."),
    ("bullet", "De dagplanning is visueel zichtbaar en wordt gevolgd."),
    ("bullet", "De leerkracht benoemt gewenst gedrag vaker dan ongewenst gedrag."),
    ("p", "De directeur en de intern begeleider bezoeken elke groep twee keer per jaar met deze kijkwijzer. "
          "In 2024 voldeed 81 procent van de bezochte lessen aan ten minste zes van de acht criteria."),
    ("h2", "5.4 Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?"),
    ("p", "Ons onderwijsaanbod dekt de kerndoelen van het primair onderwijs. Voor taal en rekenen werken wij "
          "met de referentieniveaus; voor de meeste leerlingen is 1F het streefniveau bij het verlaten van "
          "de school. In 2024 behaalde 68 procent van de schoolverlaters 1F voor lezen en 52 procent 1F "
          "voor rekenen. Wij gebruiken de volgende methoden:"),
    ("table", [
        ["Vakgebied", "Methode", "Groepen"],
        ["Aanvankelijk en technisch lezen", "Veilig leren lezen, daarna Estafette", "3 t/m 8"],
        ["Begrijpend lezen", "Nieuwsbegrip", "5 t/m 8"],
        ["Taal en spelling", "Staal", "4 t/m 8"],
        ["Rekenen", "Getal & Ruimte Junior", "3 t/m 8"],
        ["Wereldoriëntatie", "Blink Wereld", "3 t/m 8"],
        ["Sociaal-emotioneel leren", "Kwink", "1 t/m 8"],
        ["Levensbeschouwing", "Trefwoord", "1 t/m 8"],
        ["Bewegingsonderwijs", "Basislessen bewegingsonderwijs", "1 t/m 8"],
    ]),
    ("caption", "Tabel 3. Methoden per vakgebied."),
    ("p", "De lessentabel en de uitwerking per vakgebied staan in bijlage 2 van de schoolgids. Welke "
          "vakgebieden wij de komende jaren vernieuwen, staat in ons curriculumplan; de nieuwe kerndoelen "
          "volgen wij via het jaarplan."),
    ("p", "Burgerschap krijgt bij ons vorm in de lessen van Kwink en Trefwoord en in de leerlingenraad. "
          "Daarnaast doen de groepen 7 en 8 elk voorjaar een wijkproject. In 2024 hebben zij samen met de "
          "wijkbeheerder van de gemeente het Regenboogpark schoongemaakt en een brief geschreven aan de "
          "wethouder over de oversteekplaats bij de school; in 2025 bezochten zij het stadhuis en spraken "
          "zij met twee gemeenteraadsleden. Leerlingen leren zo dat zij zelf iets kunnen betekenen in hun "
          "buurt en hoe de gemeente werkt."),
    ("h2", "5.5 Hoe stimuleren wij een onderzoekende houding bij onze leerlingen?"),
    ("p", "In schooljaar 2024-2025 zijn wij gestart met het Doe-atelier: een lokaal waarin leerlingen uit de "
          "groepen 5 tot en met 8 één middag per week in wisselende groepjes werken aan techniek- en "
          "onderzoeksopdrachten. Leerkracht Rob Stam en een onderwijsassistent begeleiden de middag. Een "
          "leerling werkt een opdracht helemaal zelf uit, van vraag tot presentatie: een brug bouwen die "
          "een kilo kan dragen, uitzoeken welke plant het snelst groeit, een eenvoudig alarm solderen. "
          "Voor onze leerlingen, die vaak vooral horen wat zij niet kunnen, is dat een nieuwe manier van "
          "leren. In juni 2025 bekijken wij met de leerlingen wat werkte; zie doel 6 voor de uitbreiding."),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Hoe wij "
          "als team nieuwe inzichten opdoen, staat in ons scholingsplan."),
    ("h2", "5.6 Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen?"),
    ("p", "Een lage verwachting is voor onze leerlingen een groot risico. Daarom stellen wij bij de intake in "
          "het OPP een uitstroombestemming vast die uitdagend is. Wij stellen die bestemming alleen naar "
          "beneden bij na een bespreking met de orthopedagoog én de ouders. Vanaf groep 6 stellen leerlingen "
          "voor lezen en rekenen per periode van tien weken een eigen leerdoel. Zij houden dat bij in een "
          "doelenschrift en bespreken het tijdens het kindgesprek."),
    ("p", "In 2024 stroomde 78 procent van de schoolverlaters uit op of boven de bestemming uit het OPP "
          "(tabel 2). Wij willen dat percentage verder verhogen (doel 1). Wij geven altijd het beste van "
          "onszelf."),
    ("h2", "5.7 Hoe zorgen wij voor een veilige school?"),
    ("p", "Ons veiligheidsplan beschrijft de afspraken, protocollen en taken op het gebied van sociale en "
          "fysieke veiligheid; zie dat plan voor de volledige tekst, waaronder het pestprotocol en het "
          "protocol voor fysiek ingrijpen. Hier noemen wij de belangrijkste punten."),
    ("bullet", "Leerlingen uit de groepen 5 tot en met 8 vullen elk jaar in maart de leerlingvragenlijst "
               "van ZIEN! in. In 2024 gaf 91 procent aan zich veilig te voelen op school."),
    ("bullet", "Intern begeleider Samira El Idrissi is anti-pestcoördinator; leerkracht Thijs Mulder is "
               "vertrouwenspersoon voor leerlingen en ouders."),
    ("bullet", "Incidenten worden geregistreerd in ParnasSys en elke zes weken in de teamvergadering "
               "besproken."),
    ("bullet", "Elk schooljaar houden wij twee ontruimingsoefeningen; zes medewerkers zijn BHV'er."),

    ("h1", "6. Personeel"),
    ("h2", "6.1 Wat doen we om de professionaliteit van ons personeel te verbeteren?"),
    ("p", "Werken op een SBO-school vraagt specialistische kennis van leren, gedrag en ontwikkeling. Elf van "
          "onze zestien leerkrachten hebben een master Educational Needs of een vergelijkbare opleiding; "
          "nieuwe leerkrachten starten die opleiding binnen drie jaar. In de schooljaren 2025-2026 en "
          "2026-2027 volgt het hele team de scholing 'Lezen in het SBO', in zes bijeenkomsten per jaar. De "
          "onderwijsassistenten volgen daarnaast de training 'Begeleiden bij gedrag'."),
    ("p", "Iedere medewerker volgt elk jaar ten minste één cursus of bijeenkomst van de ASG Academie of van "
          "een andere aanbieder, die aansluit bij zijn of haar eigen werk in de groep. Het volledige "
          "overzicht, met het budget per medewerker, staat in ons scholingsplan 2025-2027."),
    ("h2", "6.2 Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp "
           "van gesprek wordt?"),
    ("p", "Het ziekteverzuim op onze school is te hoog: 7,9 procent in 2022, 7,2 procent in 2023 en 6,8 "
          "procent in 2024. Het werk in het SBO is intensief, en incidenten met gedrag vragen veel van "
          "leerkrachten en assistenten. Wij nemen daarom de volgende maatregelen:"),
    ("bullet", "Met de werkdrukmiddelen hebben wij drie extra onderwijsassistenten aangesteld, zodat in elke "
               "groep vaker twee volwassenen zijn."),
    ("bullet", "Iedere leerkracht heeft eens per twee weken een ochtend zonder groep voor OPP's, "
               "oudergesprekken en administratie."),
    ("bullet", "Na een ernstig incident is er dezelfde dag een nagesprek met de directeur of de intern "
               "begeleider."),
    ("bullet", "De directeur belt een zieke collega binnen een dag en schakelt bij verzuim langer dan twee "
               "weken de bedrijfsarts in."),
    ("bullet", "Elk jaar in februari is er een vitaliteitsweek met een sportles van de vakleerkracht "
               "bewegingsonderwijs en een workshop over slaap en stress."),
    ("h2", "6.3 Welke mogelijkheden creëren wij voor het opleiden van leraren?"),
    ("p", "Sinds schooljaar 2024-2025 werken er twee zij-instromers bij ons. Zij studeren één dag per week "
          "aan de pabo van Windesheim Almere en hebben elk een ervaren collega als coach, met twee uur per "
          "week begeleidingstijd. Wij volgen daarbij de ASG-regeling voor zij-instroom. Elk jaar begeleiden "
          "wij vier pabo-studenten en twee studenten van de mbo-opleiding onderwijsassistent."),
    ("h2", "6.4 Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?"),
    ("p", "Hiervoor volgen wij het beleid van ASG. Zie het ASG-beleid gesprekscyclus en de handreiking "
          "personeelsdossier op het intranet."),

    ("h1", "7. Onze school binnen ASG"),
    ("p", "Hildegardis maakt deel uit van de Almeerse Scholen Groep. Goed onderwijs bereiken wij door "
          "samenwerking. ASG is een grote organisatie van samenwerkende scholen, professionals, ouders en "
          "leerlingen, en onze school is daar een onderdeel van."),
    ("p", "Binnen ASG ontmoeten onze collega's de collega's van andere scholen en van het servicebureau "
          "regelmatig. Wij delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en "
          "ASG-brede studiedagen. Ook onze werkgroepen staan met andere scholen in contact en wisselen "
          "bovenschools expertise uit."),
    ("p", "Onze medewerkers zijn op de hoogte van de inrichting van processen en systemen binnen de school en "
          "het servicebureau, en zij weten wie zij moeten benaderen voor welke expertise. Als gevolg van de "
          "schaalgrootte van ASG beschikken wij over interne expertise op veel beleidsgebieden, waardoor er "
          "een integraal en samenhangend aanbod voor onze school is."),
    ("p", "ASG heeft een divers en op elkaar aansluitend aanbod en werkt met verschillende onderwijsconcepten "
          "en -profielen, zodat alle leerlingen een passende onderwijsloopbaan kunnen krijgen. Als school "
          "voor speciaal basisonderwijs dragen wij daaraan bij."),
    ("p", "Eén ontmoeting willen wij apart noemen. Sinds 2023 houden wij elk jaar in oktober een "
          "gezamenlijke teamdag met SBO De Tuimelaar, de andere SBO-school van ASG. In 2024 waren 61 "
          "collega's aanwezig. De dag begint met een sportief programma en eindigt met een rondleiding door "
          "de school van de gastheer. Twee collega's van elke school bereiden de dag voor."),
    ("p", "Voor de verdere invulling van de meerwaarde van ASG verwijzen wij naar het bestuursverslag van ASG."),

    ("h1", "8. Ouders en partners"),
    ("h2", "8.1 Welke rol geven wij ouders bij het leerproces van hun kind?"),
    ("p", "Ouders zijn bij ons partner in het OPP. Bij de start stellen wij het OPP samen met hen op. In "
          "september begint het schooljaar met een startgesprek waarin ouders vertellen over hun kind: wat "
          "werkt thuis, wat niet, wat is er in de zomer gebeurd. In november en juni volgt het OPP-gesprek, "
          "vanaf groep 6 samen met het kind. In 2023-2024 waren de ouders van 83 procent van de leerlingen "
          "bij beide OPP-gesprekken aanwezig. Ouders die niet naar school kunnen komen, bieden wij een "
          "huisbezoek of een videogesprek aan."),
    ("p", "Eens per maand is er een koffieochtend met de intern begeleider en de schoolmaatschappelijk "
          "werker. Daar komen thema's aan bod die ouders zelf aandragen, zoals slaap, schermgebruik en de "
          "overstap naar het voortgezet onderwijs. Gemiddeld komen er twaalf ouders."),
    ("h2", "8.2 Hoe creëren we ruimte en betekenis voor medezeggenschap?"),
    ("p", "De medezeggenschapsraad (MR) bestaat uit drie ouders en drie teamleden. Voorzitter is Pieter "
          "Wassenaar, vader van een leerling in groep 7. De MR vergadert zes keer per jaar; de directeur "
          "schuift bij elke vergadering aan en vertelt over de voortgang van het jaarplan. Bij het schrijven "
          "van dit schoolplan heeft de MR als klankbord gefungeerd: in december 2024 en maart 2025 heeft "
          "de raad de concepthoofdstukken besproken. Zijn opmerkingen over de kindgesprekken en de "
          "OPP-gesprekken met ouders hebben wij verwerkt in de doelen 2 en 7."),
    ("p", "De ouderraad van zeven ouders organiseert de feesten en de sportdag; zie de schoolgids."),
    ("h2", "8.3 Hoe vertaalt de samenwerking met partners uit de nabije omgeving zich voor onze leerlingen?"),
    ("p", "Onze leerlingen hebben vaak hulp nodig van meer dan één organisatie. Wij willen dat die hulp zo "
          "veel mogelijk in of dichtbij de school plaatsvindt, zodat ouders niet van loket naar loket hoeven. "
          "Tabel 4 laat zien met wie wij samenwerken."),
    ("table", [
        ["Partner", "Wat wij samen doen", "Hoe vaak"],
        ["Samenwerkingsverband Passend Onderwijs Almere", "TLV, observatieplaatsingen, terugplaatsing",
         "doorlopend"],
        ["De Schoor (schoolmaatschappelijk werk)", "spreekuur voor ouders, koffieochtend, "
         "deelname ondersteuningsteam", "één dag per week"],
        ["Sociaal wijkteam Almere Buiten", "afstemming over gezinnen met een hulpvraag", "zes keer per jaar"],
        ["Triade Vitree", "behandeling op school voor leerlingen met een jeugdhulpindicatie",
         "wekelijks, per leerling"],
        ["Fysio Buiten", "motorische therapie in het gebouw", "twee dagdelen per week"],
        ["Parochie Almere Buiten", "vieringen met Kerstmis en Pasen", "twee tot drie keer per jaar"],
        ["Buurtsportcoach Almere Buiten", "kennismaking met sportverenigingen na schooltijd",
         "blokken van zes weken"],
        ["Windesheim Almere", "stageplaatsen en opleiding zij-instromers", "doorlopend"],
    ]),
    ("caption", "Tabel 4. Onze partners."),
    ("p", "De samenwerking met de buurtsportcoach werpt vruchten af: na de kennismakingsblokken zijn in 2024 "
          "drieëntwintig van onze leerlingen lid geworden van een sportvereniging in hun wijk. Dat is voor "
          "kinderen die vaak buiten de boot vallen, veel waard."),

    ("h1", "9. Kwaliteitszorg"),
    ("h2", "9.1 Hoe wordt het kwaliteitsbeleid vertaald en verankerd in onze school?"),
    ("p", "Wij werken met een vaste jaarcyclus. In september stellen wij het jaarplan vast, in februari "
          "houden wij een tussenevaluatie en in juli schrijven wij het jaarverslag. Elk kwartaal "
          "rapporteert de directeur aan het College van Bestuur over de voortgang, volgens het format van "
          "ASG. De instrumenten die wij gebruiken zijn:"),
    ("bullet", "de kwaliteitskaarten van WMK-PO, waarmee wij elk jaar vier onderdelen van ons onderwijs "
               "evalueren met het team;"),
    ("bullet", "de klassenbezoeken met de kijkwijzer (paragraaf 5.3);"),
    ("bullet", "de trendanalyse van de toetsresultaten in februari en juli, die de intern begeleider "
               "met het team bespreekt;"),
    ("bullet", "de analyse van de uitstroom ten opzichte van het OPP (tabel 2);"),
    ("bullet", "de tevredenheidspeilingen onder ouders en de leerlingvragenlijst van ZIEN!."),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie bij ASG in 2023 is onze school bezocht. De "
          "inspectie beoordeelde de onderzochte standaarden als voldoende en noemde het zicht op "
          "ontwikkeling een sterk punt. Als aandachtspunt noemde de inspectie de rekenresultaten; daarom "
          "staat rekenen in doel 3."),
    ("p", "Op onze school is er een leercultuur, gericht op voortdurend verbeteren en innoveren."),

    ("h1", "10. Onze doelen 2025-2029"),
    ("p", "Hieronder staan de doelen die wij in de planperiode willen bereiken. Bij elk doel staan wie "
          "verantwoordelijk is en wanneer wij het meten. De uitwerking per jaar volgt in de jaarplannen."),
    ("num", "In schooljaar 2026-2027 stroomt ten minste 82 procent van de schoolverlaters uit op of boven "
            "de bestemming uit het OPP, in 2028-2029 ten minste 85 procent (2024: 78 procent). Eigenaar: "
            "orthopedagoog en intern begeleider; meting elk jaar in juli."),
    ("num", "Vanaf schooljaar 2025-2026 voert iedere leerkracht drie kindgesprekken per jaar met elke "
            "leerling. In juni 2026 is van ten minste 95 procent van de leerlingen de uitkomst van alle drie "
            "de gesprekken vastgelegd in ParnasSys. Eigenaar: intern begeleider."),
    ("num", "In 2027 behaalt ten minste 75 procent van de schoolverlaters referentieniveau 1F voor lezen "
            "en ten minste 60 procent 1F voor rekenen (2024: 68 en 52 procent). Eigenaar: rekencoördinator "
            "en leescoördinator."),
    ("num", "Het ziekteverzuim daalt van 6,8 procent in 2024 naar minder dan 5,5 procent in schooljaar "
            "2027-2028. Eigenaar: directeur."),
    ("num", "De twee zij-instromers behalen uiterlijk in juli 2027 hun bevoegdheid. Eigenaar: directeur "
            "en coaches."),
    ("num", "In schooljaar 2026-2027 werken ook de groepen 3 en 4 één middag per week in het Doe-atelier. "
            "In juni 2027 evalueren wij het atelier met leerlingen, ouders en team. Eigenaar: Rob Stam."),
    ("num", "Vanaf schooljaar 2026-2027 zijn de ouders van ten minste 95 procent van de leerlingen bij "
            "beide OPP-gesprekken aanwezig, op school, thuis of via video (2023-2024: 83 procent). "
            "Eigenaar: intern begeleider."),
    ("num", "Vóór de zomer van 2026 is het schoolondersteuningsprofiel herzien, samen met het "
            "samenwerkingsverband en met de MR. Eigenaar: directeur en orthopedagoog."),
    ("num", "Aan het eind van schooljaar 2026-2027 hebben alle leerkrachten en onderwijsassistenten de "
            "scholing 'Lezen in het SBO' afgerond. Eigenaar: leescoördinator."),
    ("num", "Elk jaar van de planperiode geeft ten minste 92 procent van de leerlingen uit de groepen 5 "
            "tot en met 8 aan zich veilig te voelen op school (2024: 91 procent). Eigenaar: "
            "anti-pestcoördinator."),

    ("h1", "11. Vaststelling"),
    ("p", "Dit schoolplan is opgesteld door de directie, samen met het team. De medezeggenschapsraad heeft "
          "als klankbord meegedacht over de concepthoofdstukken en heeft op 3 juni 2025 schriftelijk "
          "advies gegeven over het geheel. Het plan is daarna aangeboden aan het College van Bestuur van "
          "ASG ter vaststelling."),
    ("p", "Almere, juni 2025"),
    ("p", "Marloes van den Heuvel, directeur SBO Hildegardis"),

    ("h1", "Bijlage 1. Documenten waarnaar wij verwijzen"),
    ("table", [
        ["Document", "Vastgesteld", "Te vinden"],
        ["Schoolondersteuningsprofiel", "2024", "website en schoolgids"],
        ["Schoolgids 2025-2026", "jaarlijks", "website"],
        ["Toelatingsprotocol", "2022", "op te vragen bij de administratie"],
        ["Veiligheidsplan met pestprotocol", "2023", "website"],
        ["Communicatieprotocol", "2021", "op te vragen bij de administratie"],
        ["Identiteitsnotitie", "2021", "op te vragen bij de directie"],
        ["Curriculumplan", "2024", "teamschijf"],
        ["Scholingsplan 2025-2027", "2025", "teamschijf"],
        ["Jaarplan en jaarverslag", "jaarlijks", "website"],
        ["Professioneel statuut ASG", "ASG", "intranet ASG"],
        ["Beleid gesprekscyclus ASG", "ASG", "intranet ASG"],
    ]),
]


# ---------------------------------------------------------------------------
# Opbouw van het document
# ---------------------------------------------------------------------------

def _zet_taal(doc):
    """Zet de standaard proeftaal van het document op Nederlands."""
    styles = doc.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        return
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummer(paragraph):
    """Voeg een PAGE-veld toe aan een alinea."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    run._r.append(txt)
    run._r.append(end)


def _kop_herhalen(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _tabel(doc, rijen):
    tabel = doc.add_table(rows=len(rijen), cols=len(rijen[0]))
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, rij in enumerate(rijen):
        for j, waarde in enumerate(rij):
            cel = tabel.cell(i, j)
            cel.text = ""
            run = cel.paragraphs[0].add_run(waarde)
            run.font.size = Pt(10)
            if i == 0:
                run.bold = True
    _kop_herhalen(tabel.rows[0])
    return tabel


def _titelpagina(doc):
    for _ in range(4):
        doc.add_paragraph()
    p = doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Katholieke school voor speciaal basisonderwijs Hildegardis", style="Subtitle")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    regels = [
        "Almere Buiten",
        "Onderdeel van de Almeerse Scholen Groep",
        "Indigostraat 14, Almere · BRIN 29HV",
        "",
        "Directeur: Marloes van den Heuvel",
        "Versie 1.2 · juni 2025",
    ]
    for regel in regels:
        p = doc.add_paragraph(regel)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(path):
    doc = Document()
    _zet_taal(doc)

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.top_margin = Cm(2.5)
    sectie.bottom_margin = Cm(2.5)
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    sectie.different_first_page_header_footer = True
    voet = sectie.footer.paragraphs[0]
    voet.text = "SBO Hildegardis · Schoolplan 2025-2029 · pagina "
    _paginanummer(voet)
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    _titelpagina(doc)

    for soort, waarde in INHOUD:
        if soort == "h1":
            doc.add_heading(waarde, level=1)
        elif soort == "h2":
            doc.add_heading(waarde, level=2)
        elif soort == "p":
            doc.add_paragraph(waarde)
        elif soort == "bullet":
            doc.add_paragraph(waarde, style="List Bullet")
        elif soort == "num":
            doc.add_paragraph(waarde, style="List Number")
        elif soort == "table":
            _tabel(doc, waarde)
        elif soort == "caption":
            p = doc.add_paragraph()
            run = p.add_run(waarde)
            run.italic = True
            run.font.size = Pt(9)
        else:
            raise ValueError(soort)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = AUTEUR
    cp.last_modified_by = AUTEUR
    cp.subject = "Schoolplan 2025-2029"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.revision = 1

    doc.save(path)
