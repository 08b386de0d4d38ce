# -*- coding: utf-8 -*-
"""Schoolplan 2026-2030 van Vmbo De Klinknagel (openbaar, techniek, basis/kader/gl), Almere Buiten.

Indeling: Onderwijs, Personeel, Organisatie, Omgeving, Identiteit.
build(path) schrijft het Word-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

AANGEMAAKT = datetime.datetime(2026, 6, 26, 14, 5, 0)

H1, H2, P, LIJST, TABEL = "h1", "h2", "p", "lijst", "tabel"

TEKST = [
    (H1, "Vooraf"),
    (P, "Dit is het schoolplan van Vmbo De Klinknagel voor de schooljaren 2026-2027 tot en met 2029-2030 "
        "(1 augustus 2026 tot en met 31 juli 2030). We hebben het ingedeeld in vijf delen: Onderwijs, Personeel, "
        "Organisatie, Omgeving en Identiteit. Dat is dezelfde indeling als in onze jaarplannen en in de "
        "managementgesprekken met het bestuur, zodat iedereen de draad kan volgen."),
    (P, "Het afgelopen jaar stond voor ons in het teken van 'open'. Onze open dag op zaterdag 24 januari 2026 trok "
        "412 bezoekers, meer dan ooit, en 71 groep-8-leerlingen deden mee aan de proeflessen in de werkplaatsen. "
        "Open zijn betekent voor ons: de deuren van de werkplaatsen open en laten zien wat onze leerlingen maken. "
        "Dat blijven we doen. De komende jaren staan daarnaast in het teken van onze ambitieuze verbouwing: de "
        "oude metaalhal uit 1992 wordt een moderne Techniekhal. Dat vraagt veel van team en leerlingen, maar in "
        "2028 staat er een gebouw dat past bij het onderwijs dat we willen geven."),
    (P, "Het plan is geschreven door de directie en de drie teamleiders, besproken met het team op 2 juni 2026 en "
        "met de leerlingenraad op 4 juni 2026. De medezeggenschapsraad heeft op 24 juni 2026 ingestemd met het "
        "plan."),
    (P, "Ruud Kamphorst, directeur"),

    (H2, "De Klinknagel in het kort"),
    (LIJST, ["603 leerlingen op 1 oktober 2025: 31% basisberoepsgerichte leerweg, 42% kaderberoepsgerichte leerweg, "
             "27% gemengde leerweg;",
             "drie profielen: Bouwen, wonen en interieur (BWI), Produceren, installeren en energie (PIE) en Media, "
             "vormgeving en ICT (MVI);",
             "71 medewerkers (54,3 fte), onder wie 46 docenten en 8 technisch onderwijsassistenten;",
             "een gebouw uit 1992 aan de rand van het bedrijventerrein in Almere Buiten, met vijf werkplaatsen;",
             "basisarrangement van de inspectie; herstelonderzoek gemengde leerweg afgerond in 2025."]),

    # ------------------------------------------------------------------ ONDERWIJS
    (H1, "1  Onderwijs"),
    (H2, "1.1  Wat we aanbieden"),
    (P, "In leerjaar 1 en 2 zitten leerlingen in dakpanklassen basis/kader en kader/gl, met maximaal twintig "
        "leerlingen in de basis/kaderklassen. Naast de algemene vakken volgen alle leerlingen acht lesuren per week "
        "Techniek Breed. In blokken van tien weken draaien ze mee in de werkplaatsen hout en bouw, metaal en "
        "installatie, elektro, en media en vormgeving. Zo kiezen ze aan het eind van leerjaar 2 een profiel op "
        "basis van wat ze hebben gedaan, niet op basis van een folder. Voor de algemene vakken gebruiken we onder "
        "meer Nieuw Nederlands, Getal & Ruimte en Stepping Stones; loopbaanoriëntatie en -begeleiding (LOB) loopt "
        "via het mentoruur en Qompas."),
    (P, "In leerjaar 3 en 4 volgen leerlingen het profielvak en vier keuzevakken. Voorbeelden zijn Domotica en "
        "automatisering en Duurzame energie bij PIE, Meubelmaken bij BWI en Game design bij MVI. Leerlingen in de "
        "gemengde leerweg doen het profielvak op kaderniveau en daarnaast vier algemene vakken op theoretisch "
        "niveau. Een lesuur duurt 50 minuten; de onderbouw heeft 32 lesuren per week, de bovenbouw 30 plus "
        "stage-uren."),
    (P, "Loopbaanoriëntatie begint bij ons in de eerste week. In leerjaar 1 en 2 houden leerlingen in Qompas een "
        "loopbaandossier bij met hun ervaringen in Techniek Breed. In leerjaar 3 kiezen ze na de snuffelstage een "
        "richting binnen hun profiel, en in leerjaar 4 voeren ze met de decaan en hun ouders een keuzegesprek over "
        "de mbo-opleiding. Alle leerlingen bezoeken in leerjaar 3 minstens twee open dagen van mbo-opleidingen. "
        "Het loopbaandossier gaat via de warme overdracht mee naar het mbo."),

    (H2, "1.2  Resultaten en wat we daarmee willen"),
    (P, "De slagingspercentages van de afgelopen drie jaar:"),
    (TABEL, ["Leerweg", "2023", "2024", "2025", "Landelijk 2025"],
     [["Basis", "97%", "99%", "98%", "98%"],
      ["Kader", "92%", "94%", "91%", "95%"],
      ["Gemengd", "86%", "90%", "88%", "93%"]]),
    (P, "Kader en gemengde leerweg blijven achter bij het landelijk gemiddelde. De inspectie stelde in 2024 vast "
        "dat de centraal-examencijfers in de gemengde leerweg voor Nederlands en wiskunde onder de norm lagen; na "
        "een herstelplan zaten we er in 2025 net boven. Onze doelen: vanaf 2028 elk jaar een slagingspercentage "
        "van minstens 97% in basis, 94% in kader en 92% in de gemengde leerweg, en een gemiddeld CE-cijfer "
        "Nederlands in de gemengde leerweg van minstens 6,2 (2025: 5,9). Daarvoor krijgt elke examenklas een vaste "
        "examencoach, zetten we vanaf januari van leerjaar 4 wekelijks twee uur examentraining in, en werken de "
        "praktijkdocenten vanaf 2026-2027 met de aanpak taalgericht vakonderwijs (zie 2.3)."),
    (P, "We kijken naar wat een leerling kan worden, niet alleen naar het advies waarmee hij binnenkwam. Nu stroomt "
        "4% van de leerlingen aan het eind van leerjaar 2 op naar een hogere leerweg. Leerlingen uit een "
        "kaderklas die bij twee algemene vakken op gl-niveau scoren, krijgen vanaf 2026-2027 in leerjaar 2 een "
        "opstroomtraject met twee extra lesuren per week en een gesprek met ouders over de mogelijkheden. Ons doel "
        "is dat in 2029 8% van de tweedejaars opstroomt."),

    (H2, "1.3  Techniek van morgen"),
    (P, "In 2025 hebben we met middelen uit Sterk Techniekonderwijs een vooruitstrevende lasrobot aangeschaft, de "
        "eerste op een vmbo-school in Almere. Leerlingen van PIE leren er in leerjaar 4 mee programmeren. Het "
        "apparaat trekt veel bekijks op de open dag."),
    (P, "Belangrijker is dat ons programma meebeweegt met het werk. De installatiesector verandert snel: "
        "warmtepompen, zonnepanelen, laadpalen en slimme woningen. Vanaf 2027-2028 bieden we daarom het keuzevak "
        "Duurzame energie aan voor alle PIE-leerlingen en een schooleigen module Warmtepomp en ventilatie, die we "
        "in 2026-2027 ontwikkelen met Van Ommeren Installatietechniek. BWI krijgt in 2028-2029 een module "
        "circulair bouwen, waarin leerlingen werken met hergebruikt materiaal van de eigen verbouwing. Bij MVI "
        "starten we in 2026-2027 met Game design. Digitale geletterdheid krijgt een vaste plek in het mentoruur "
        "van leerjaar 1 en 2: mediawijsheid, veilig online en de basis van Office, met twaalf lessen per jaar."),

    (H2, "1.4  Leren in het echt: de Vakwerkroute"),
    (P, "Samen met ROC van Flevoland starten we in augustus 2027 de Vakwerkroute, een doorlopende leerroute vmbo-mbo "
        "voor kaderleerlingen met PIE of BWI. Leerlingen in leerjaar 4 werken één dag per week bij een leerbedrijf "
        "en volgen op school en op het ROC al onderdelen van de mbo-opleiding op niveau 2. Het vmbo-examen blijft "
        "staan; wie slaagt, stroomt zonder nieuwe intake door in het tweede leerjaar van de mbo-opleiding. We "
        "beginnen met 18 leerlingen en willen in 2029 36 leerlingen in de route hebben. In het voorjaar van 2029 "
        "evalueren we met het ROC de uitval in het eerste mbo-jaar: die moet lager zijn dan bij leerlingen die de "
        "gewone route volgden (nu 14%)."),

    (H2, "1.5  Ondersteuning"),
    (P, "Een groot deel van onze leerlingen heeft meer nodig dan goede lessen. Ruim een derde had op de basisschool "
        "een ontwikkelingsperspectief of extra begeleiding. Ons schoolondersteuningsprofiel (vastgesteld in maart "
        "2026) beschrijft wat we bieden."),
    (LIJST, ["Basisondersteuning: kleine onderbouwklassen, een wekelijks mentoruur, faalangstreductietraining, "
             "huiswerkklas op dinsdag en donderdag, dyslexie- en dyscalculieondersteuning (met ClaroRead), "
             "examentraining;",
             "Extra ondersteuning: De Werkbank, een ruimte met twee begeleiders waar leerlingen die tijdelijk "
             "vastlopen maximaal zes weken een deel van hun rooster volgen; een orthopedagoog (0,6 fte) en "
             "schoolmaatschappelijk werk;",
             "Grenzen: we kunnen geen langdurige één-op-één begeleiding bieden en geen onderwijs aan leerlingen "
             "die op alle vakken duidelijk onder het basisniveau werken. Voor hen is praktijkonderwijs passender."]),
    (P, "Zicht op wat leerlingen nodig hebben begint bij de mentor. In leerjaar 1 en 2 maken alle leerlingen in "
        "oktober, februari en juni de toetsen van Cito VAS voor Nederlands, Engels en rekenen-wiskunde, en vullen "
        "ze twee keer per jaar de SCOL in. Drie keer per jaar is er per klas een leerlingbespreking van mentor, "
        "teamleider en ondersteuningscoördinator. Voor elke leerling met extra ondersteuning ligt binnen zes weken "
        "een ontwikkelingsperspectiefplan, dat met ouders en leerling wordt besproken."),
    (P, "Verzuim is vaak het eerste signaal. In 2024-2025 was 4,8% van de lesuren ongeoorloofd verzuimd, vooral in "
        "leerjaar 3. Sinds januari 2026 belt de verzuimcoördinator elke ochtend voor 9.30 uur de ouders van "
        "leerlingen die zonder melding afwezig zijn, en bespreekt de mentor elk derde ongeoorloofde uur met de "
        "leerling. Ons doel is dat het ongeoorloofd verzuim in 2028 onder de 3% ligt."),
    (P, "Binnen het samenwerkingsverband Passend Onderwijs Almere hebben we concrete afspraken. We houden in "
        "leerjaar 2 en 3 jaarlijks twaalf plaatsen vrij voor tussentijdse instroom, onder meer vanuit de "
        "tussenvoorziening. Leerlingen die vastlopen kunnen tijdelijk naar de Herstartvoorziening van het "
        "samenwerkingsverband, met de afspraak dat zij bij ons terug kunnen komen. Met twee praktijkscholen in "
        "Almere hebben we sinds 2025 een overstapprotocol: een leerling loopt eerst zes weken mee voordat ouders, "
        "leerling en beide scholen samen besluiten."),

    (H2, "1.6  Veiligheid"),
    (P, "In de monitor sociale veiligheid van 2025 gaf 87% van onze leerlingen aan zich veilig te voelen op school "
        "(landelijk vmbo: 90%). Onveilig voelen leerlingen zich vooral in de fietsenkelder en rond de kantine in "
        "de grote pauze. Sinds januari 2026 staan daar vaste pleinwachten en is de pauze gesplitst in twee "
        "blokken. Ons doel is dat in 2028 minstens 92% zich veilig voelt. Hoe we met gedrag en pesten omgaan, "
        "staat in de Klinknagelcode (hoofdstuk 5)."),
    (P, "Veiligheid in de werkplaatsen is voor een techniekschool net zo belangrijk. Alle leerlingen in leerjaar 4 "
        "doen examen VCA-basis; in 2025 slaagde 81%, ons doel is 90%. Elke docent en onderwijsassistent die met "
        "machines werkt, heeft een geldig certificaat machineveiligheid. De risico-inventarisatie van de "
        "werkplaatsen is in 2025 vernieuwd en wordt in 2028, na de verbouwing, opnieuw gedaan."),

    (H2, "1.7  Kwaliteitszorg"),
    (P, "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren."),
    (P, "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni maken secties en afdelingen hun jaarplan op basis "
        "van de resultaten. In oktober en maart bespreken directie en teamleiders de tussenstand met de gegevens "
        "uit Vensters en Magister: cijfers, verzuim, doorstroom en opstroom. Elke docent krijgt twee lesbezoeken "
        "per jaar met de kijkwijzer 'De Klinknagel-les', gebaseerd op expliciete directe instructie en veilig "
        "werken. Per afdeling praat twee keer per jaar een leerlingpanel met de teamleider over de lessen. Om de "
        "twee jaar houden we een tevredenheidsonderzoek onder leerlingen en ouders. De examencommissie controleert "
        "elk jaar alle PTA's. De uitkomsten komen samen in de kwartaalrapportage aan het bestuur en in het "
        "jaarverslag, dat in oktober in de MR wordt besproken."),

    # ------------------------------------------------------------------ PERSONEEL
    (H1, "2  Personeel"),
    (H2, "2.1  Ons team"),
    (P, "Het team van De Klinknagel is ervaren, maar vergrijst: 34% van de docenten is 55 jaar of ouder, en in de "
        "techniekvakken gaan tot 2030 zes collega's met pensioen. Vacatures voor techniekdocenten staan gemiddeld "
        "vijf maanden open. Daarom halen we steeds vaker vakmensen uit het bedrijfsleven naar de school: een "
        "timmerman, een installatiemonteur, een grafisch ontwerper. Zij brengen vakmanschap mee, maar nog geen "
        "bevoegdheid."),

    (H2, "2.2  Bevoegd voor de klas"),
    (P, "Op dit moment zijn zeven van de 46 docenten onbevoegd. Vier van hen volgen het traject voor het "
        "pedagogisch-didactisch getuigschrift (PDG) bij Hogeschool Windesheim, drie de deeltijdopleiding "
        "tweedegraads leraar. Iedere onbevoegde collega heeft een coach uit het eigen team, vier uur studietijd "
        "per week in de normjaartaak en elk halfjaar een voortgangsgesprek met de teamleider. Wie na de "
        "proeftijd aan een opleiding begint, krijgt de studiekosten volledig vergoed. Ons doel is dat in 2029 "
        "hooguit twee docenten onbevoegd zijn, en dat niemand langer dan vier jaar zonder bevoegdheid voor de "
        "klas staat."),
    (P, "We leiden ook zelf op. Elk jaar lopen zes tot acht studenten van lerarenopleidingen stage bij ons, onder "
        "wie studenten van de tweedegraads lerarenopleidingen van Windesheim. Een van onze docenten is "
        "schoolopleider en begeleidt zowel de stagiairs als de zij-instromers. Stagiairs die hun opleiding bij "
        "ons afronden, bieden we zo mogelijk een baan aan; de afgelopen drie jaar deden we dat vier keer."),

    (H2, "2.3  Leren en ontwikkelen"),
    (P, "Wij zetten de talenten van onze medewerkers in voor de gehele organisatie."),
    (P, "Elke collega heeft een scholingsbudget van 1.150 euro per fte per jaar. De vijf studiedagen per jaar hebben "
        "een schoolbreed thema: in 2026-2027 taalgericht vakonderwijs, omdat veel leerlingen vastlopen op de taal "
        "van opdrachten en examens; in 2027-2028 omgaan met gedrag en herstelgericht werken. Techniekdocenten en "
        "onderwijsassistenten lopen elk jaar twee dagen een docentstage bij een bedrijf uit ons netwerk, zodat ze "
        "zien welke technieken en materialen daar nieuw zijn en wat de bedrijven van onze leerlingen verwachten. "
        "Wat ze daar leren, nemen ze mee naar de sectie. Nieuwe mentoren volgen in hun eerste jaar de "
        "mentorentraining van de ASG Academie."),

    (H2, "2.4  Gesprekken"),
    (P, "Iedere medewerker heeft jaarlijks een jaargesprek met de teamleider over resultaten, ontwikkeling en "
        "werkbelasting, voorbereid met de lesbezoeken en met een korte leerlingenvragenlijst die elke docent in "
        "het voorjaar in twee klassen afneemt. Eens in de drie jaar is er een beoordelingsgesprek. In 2024-2025 "
        "had maar 68% van de medewerkers een jaargesprek; de teamleiders hadden er te weinig tijd voor. Vanaf "
        "2026-2027 heeft elke teamleider vier uur per week voor gesprekken en lesbezoeken, en in 2027-2028 moet "
        "iedereen zijn jaargesprek hebben gehad. Verslagen komen in het digitale personeelsdossier."),

    (H2, "2.5  Werkdruk en levensfase"),
    (P, "Wij hebben vitale werknemers."),
    (P, "Tegelijk weten we dat werken in een werkplaats met 16 pubers zwaar is, zeker na je zestigste. Collega's "
        "die gebruikmaken van de seniorenregeling uit de cao vo roosteren we zo dat ze een vaste vrije dag hebben. "
        "Collega's met jonge kinderen kunnen vragen om geen eerste uur. Met de werkdrukmiddelen betalen we twee "
        "extra onderwijsassistenten in de werkplaatsen, zodat docenten niet alleen de voorbereiding en het "
        "opruimen doen. In elk jaargesprek is werkbelasting een vast onderwerp."),

    # ------------------------------------------------------------------ ORGANISATIE
    (H1, "3  Organisatie"),
    (H2, "3.1  Leiding en teams"),
    (P, "De school wordt geleid door de directeur en drie teamleiders: onderbouw, bovenbouw basis/kader en "
        "bovenbouw gemengde leerweg. Elke teamleider stuurt een team van docenten en mentoren. De "
        "ondersteuningscoördinator, de decaan en de examensecretaris vallen direct onder de directeur. Secties "
        "werken schoolbreed en hebben elk een sectievoorzitter met twee uur per week taakruimte."),
    (P, "De lessen beginnen om 8.30 uur en eindigen uiterlijk om 15.40 uur. De werkplaatslessen staan in blokken "
        "van twee of drie lesuren, omdat je in 50 minuten geen kozijn afmaakt. Lesuitval vangen we in de onderbouw "
        "op met een vast invalrooster; in de bovenbouw krijgen leerlingen een opdracht in het leerplein onder "
        "toezicht van een onderwijsassistent. In 2025-2026 viel 3,2% van de lessen uit; we willen onder de 2%."),

    (H2, "3.2  Huisvesting: de ambitieuze verbouwing"),
    (P, "De verbouwing is het grootste project van deze planperiode. Met 3,1 miljoen euro uit het integraal "
        "huisvestingsplan van de gemeente en een bijdrage van ASG wordt de metaalhal omgebouwd tot Techniekhal, "
        "met een open installatieplein, een afzuiginstallatie die aan de huidige eisen voldoet en een werkplaats "
        "voor de Vakwerkroute. Van september 2027 tot april 2028 werken de werkplaatsen in tijdelijke units op "
        "het achterterrein. De Techniekhal opent in augustus 2028."),

    (H2, "3.3  De gastvrije kantine"),
    (P, "Ook de kantine gaat op de schop. Vanaf 2026-2027 wordt hij 'gastvrij': buiten schooltijd verhuren we de "
        "kantine aan de zaalvoetbalvereniging en de wijkvereniging, die er al jaren om vragen. De opbrengst, "
        "ongeveer 15.000 euro per jaar, gaat naar nieuw meubilair. Overdag blijft de kantine een gezonde "
        "schoolkantine volgens de richtlijnen van het Voedingscentrum."),

    (H2, "3.4  Middelen"),
    (P, "De begroting 2026 is 6,8 miljoen euro. De middelen uit Sterk Techniekonderwijs lopen tot eind 2027; de "
        "machines die we daarmee hebben aangeschaft, schrijven we in tien jaar af. Alle leerlingen in leerjaar 1 "
        "krijgen een laptop in bruikleen; in de werkplaatsen van MVI en PIE staan vaste werkstations met "
        "tekensoftware en de programmeeromgeving van de lasrobot. Het wifi-netwerk wordt tijdens de verbouwing "
        "vervangen, omdat het nu in de werkplaatsen regelmatig wegvalt. Na de verbouwing moeten de lasten van het gebouw omlaag door "
        "zonnepanelen en een warmtepomp, die leerlingen van PIE ook als lesmateriaal gebruiken."),

    (H2, "3.5  Onze plek binnen ASG"),
    (P, "De Klinknagel is binnen ASG de enige vmbo-school in Almere Buiten met het profiel PIE, en een van de twee "
        "met BWI. Leerlingen die een ander profiel willen, zoals Zorg en welzijn of Economie en ondernemen, "
        "verwijzen we na leerjaar 2 naar een andere ASG-school; daarvoor is een vaste overstapprocedure met een "
        "kennismakingsdag. Leerlingen met een gl-diploma die naar de havo willen, begeleidt de decaan naar de "
        "ASG-scholen met een schakelklas. Zo vullen we het aanbod in de stad aan in plaats van het te herhalen."),
    (P, "Onze examensecretaris neemt deel aan het overleg van de examensecretarissen van de ASG-scholen, vier keer "
        "per jaar. Samen met de techniekafdeling van een andere ASG-vmbo ontwikkelen we in 2026-2027 de module "
        "Warmtepomp en ventilatie, en beide scholen leveren elkaar tweede correctoren voor het praktijkexamen "
        "(CSPE) van PIE."),

    (H2, "3.6  Medezeggenschap"),
    (P, "Onze MR heeft acht leden: vier personeelsleden, twee ouders en twee leerlingen. Hij vergadert zeven keer "
        "per jaar. We betrekken de MR vroeg: de plannen voor de verbouwing lagen in november 2025 al in schetsvorm "
        "op tafel, en de leerlinggeleding heeft de nieuwe pauzeregeling mede bedacht. De MR gebruikt het "
        "jaarverslag om het jaarplan te toetsen. Met dit schoolplan heeft de MR op 24 juni 2026 ingestemd."),

    # ------------------------------------------------------------------ OMGEVING
    (H1, "4  Omgeving"),
    (H2, "4.1  Ouders"),
    (P, "Ouders van vmbo-leerlingen komen niet vanzelf naar school. Daarom begint elk schooljaar met een "
        "startgesprek van mentor, leerling en ouder in de eerste vier weken. In 2025-2026 kwam 72% van de ouders; in "
        "2028 moet dat 90% zijn. Mentoren bellen ouders die niet reageren, en voor ouders die overdag werken zijn "
        "er avondgesprekken. In leerjaar 2 organiseren we vóór de profielkeuze een werkplaatsavond, waarop ouders "
        "samen met hun kind een opdracht maken in de werkplaats van het profiel dat ze overwegen. Ouders van "
        "leerlingen in leerjaar 3 en 4 krijgen de stagebeoordeling thuisgestuurd en worden uitgenodigd bij de "
        "eindpresentatie."),

    (H2, "4.2  Bedrijven"),
    (P, "Wij werken proactief samen met een breed scala aan partners."),
    (P, "Voor een techniekschool zijn bedrijven onmisbaar. In leerjaar 3 lopen alle leerlingen een snuffelstage van "
        "vijf dagen, in leerjaar 4 volgen kaderleerlingen een beroepsstage van twee weken. Onze stagepool telt nu "
        "38 bedrijven, waaronder Van Ommeren Installatietechniek, Bouwbedrijf Hazeleger en Drukkerij De Meerval. "
        "In 2028 willen we 60 bedrijven in de pool hebben, met een vaste contactpersoon per profiel. Elk jaar in "
        "maart houden we een bedrijvenavond, waar docenten en bedrijven de stages evalueren en nieuwe "
        "opdrachten afspreken. Bedrijven geven jaarlijks minstens tien gastlessen en leveren materiaal voor de "
        "praktijkexamens."),

    (H2, "4.3  ROC van Flevoland"),
    (P, "Ruim 96% van onze gediplomeerden gaat naar het mbo, de meesten naar ROC van Flevoland. Naast de "
        "Vakwerkroute (1.4) hebben we met het ROC een warme overdracht via Intergrip, een meeloopdag voor alle "
        "vierdejaars in november en een gezamenlijk overleg van decanen en opleidingsmanagers twee keer per jaar."),

    (H2, "4.4  Samen tegen het tekort aan techniekdocenten"),
    (P, "Het tekort aan techniekdocenten lossen we niet alleen op. Met ROC van Flevoland, twee andere vo-besturen in "
        "Almere en de gemeente hebben we in 2025 een pool van hybride docenten opgezet: vakmensen die naast hun "
        "baan bij een bedrijf één of twee dagen per week lesgeven. De gemeente betaalt de werving, de scholen de "
        "begeleiding, en de bedrijven stellen hun mensen vrij. Bij ons werken nu twee hybride docenten; in 2029 "
        "willen we er zes hebben. Nieuwe hybride docenten krijgen dezelfde coach en dezelfde opleidingsafspraken "
        "als andere onbevoegde collega's (zie 2.2)."),

    (H2, "4.5  Gemeente en wijk"),
    (P, "Met de leerplichtambtenaar hebben we elke maand overleg over leerlingen met veel verzuim. Het jongerenwerk "
        "van De Schoor houdt op woensdagmiddag spreekuur in de school. En leerlingen van BWI maken elk jaar met de "
        "wijkvereniging iets voor de wijk (zie 5.3)."),

    (H2, "4.6  Open dag en instroom"),
    (P, "We willen als techniekschool beter gezien worden in Almere. De open dag is daarbij ons belangrijkste "
        "moment. Naast de open dag in januari organiseren we in november twee doe-middagen voor groep 8 en een "
        "techniekmarkt in het winkelcentrum. Onze Instagram wordt beheerd door leerlingen van MVI. Het doel is dat "
        "de instroom in leerjaar 1 groeit van 148 leerlingen in 2025 naar 170 in 2028."),
    (P, "Op de open dag draait alles om doen. Bezoekers lassen onder begeleiding een klinknagel, solderen een "
        "knipperlicht of ontwerpen een logo, en tweedejaars leiden de families rond. Ouders kunnen in een "
        "aparte ruimte in gesprek met de ondersteuningscoördinator en de decaan. Na de open dag bellen we alle "
        "gezinnen die een proefles volgden; van hen schreef in 2026 ruim 60% zich in."),

    # ------------------------------------------------------------------ IDENTITEIT
    (H1, "5  Identiteit"),
    (H2, "5.1  Een openbare school"),
    (P, "De Klinknagel is een openbare school. Iedere leerling is welkom, ongeacht geloof, afkomst, seksuele "
        "oriëntatie of het inkomen van de ouders. Onze leerlingen hebben samen meer dan dertig nationaliteiten, en "
        "in het team zijn dat er elf. Openbaar betekent voor ons niet dat levensbeschouwing buiten de deur blijft, "
        "maar dat er ruimte is voor alle overtuigingen en dat we die ruimte met elkaar bewaken."),
    (P, "Concreet: sinds 2024 is er een stilteruimte, die leerlingen en collega's van elk geloof of zonder geloof "
        "kunnen gebruiken. In de ramadan houden we bij de planning van toetsweken en sportdagen rekening met "
        "leerlingen die vasten. In leerjaar 2 volgen alle leerlingen in het mentoruur de module 'Wie ben ik, wie "
        "ben jij?' over culturen, geloven en levensovertuigingen, met een bezoek aan een gebedshuis naar keuze "
        "van de klas. Paarse Vrijdag vieren we schoolbreed, en sinds 2025 is er een GSA-groep die de "
        "leerlingenraad adviseert."),

    (H2, "5.2  De Klinknagelcode"),
    (P, "Onze omgangsregels passen op één bord bij de ingang: Veilig werken. Netjes praten. Samen opruimen. "
        "Afspraak is afspraak. Ze gelden voor leerlingen en medewerkers, in de klas en in de werkplaats. Wie de "
        "code overtreedt, heeft een herstelgesprek met de betrokkenen, onder leiding van de mentor of de "
        "teamleider. In 2026-2027 volgt het hele team op de studiedag een training herstelgericht werken. Pesten "
        "pakken we aan volgens het pestprotocol, met een anti-pestcoördinator per afdeling. Het aantal "
        "schorsingen was in 2024-2025 23; in 2028 willen we dat gehalveerd hebben, omdat herstel beter werkt dan "
        "een dag thuis."),

    (H2, "5.3  Burgerschap"),
    (P, "Burgerschap geven we vorm in de mentorlessen, in maatschappijleer in leerjaar 3 en in de praktijk. De "
        "burgerschapsleerlijn voor leerjaar 1 tot en met 4 is in 2025 vastgesteld en beschrijft per leerjaar "
        "kennis (democratie en rechtsstaat, grondrechten, geld en werk) en vaardigheden (discussiëren, "
        "samenwerken, omgaan met verschillen). Bij de Scholierenverkiezingen van ProDemos doen alle "
        "derdejaars mee, met een debat in de aula. De leerlingenraad vergadert maandelijks met de directeur en "
        "heeft een eigen budget van 2.000 euro."),
    (P, "In het project Klinknagel voor de wijk bouwen BWI-leerlingen van leerjaar 3 elk jaar iets voor Almere "
        "Buiten, in overleg met de wijkvereniging: in 2025 waren dat zes picknicktafels voor het speelveld aan de "
        "overkant. Leerlingen presenteren hun ontwerp aan de wijkvereniging en leren zo dat vakmanschap ook iets "
        "is wat je voor een ander doet."),

    (H2, "5.4  Waar we voor staan"),
    (P, "Vakmanschap, veiligheid en vertrouwen: dat willen we uitstralen, naar leerlingen, ouders en bedrijven. Een "
        "leerling die bij ons van school gaat, kan iets maken, weet hoe je veilig werkt en weet dat hij ergens bij "
        "hoort. Daar werken we de komende vier jaar aan, met de doelen die in dit plan staan en die we elk jaar "
        "in het jaarplan concreet maken. In het jaarverslag laten we zien wat ervan terechtgekomen is, ook als "
        "iets niet gelukt is."),
]

PLANNING_KOP = ["Schooljaar", "Belangrijkste mijlpalen"]
PLANNING = [
    ["2026-2027", "opstroomtraject leerjaar 2; studiedagen taalgericht vakonderwijs; teamleiders vier uur voor "
                  "gesprekken; module Warmtepomp en ventilatie ontwikkeld; Game design bij MVI"],
    ["2027-2028", "start Vakwerkroute (18 leerlingen); Duurzame energie voor alle PIE-leerlingen; werkplaatsen in "
                  "tijdelijke units; iedereen een jaargesprek; studiedagen herstelgericht werken"],
    ["2028-2029", "opening Techniekhal (augustus 2028); nieuwe RI&E; 60 bedrijven in de stagepool; 92% voelt zich "
                  "veilig; instroom 170; module circulair bouwen"],
    ["2029-2030", "36 leerlingen in de Vakwerkroute; 8% opstroom; hooguit twee onbevoegde docenten; zes hybride "
                  "docenten; evaluatie en nieuw schoolplan"],
]


def _lang(stijl, code="nl-NL"):
    rpr = stijl.element.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), code)


def _veld(run, instructie):
    a = OxmlElement("w:fldChar")
    a.set(qn("w:fldCharType"), "begin")
    b = OxmlElement("w:instrText")
    b.set(qn("xml:space"), "preserve")
    b.text = instructie
    c = OxmlElement("w:fldChar")
    c.set(qn("w:fldCharType"), "end")
    run._r.append(a)
    run._r.append(b)
    run._r.append(c)


def _tabel(doc, kop, rijen):
    tabel = doc.add_table(rows=1, cols=len(kop))
    tabel.style = "Light Grid Accent 1"
    for i, tekst in enumerate(kop):
        tabel.rows[0].cells[i].text = tekst
    tr_pr = tabel.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    tr_pr.append(hdr)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    return tabel


def build(path):
    path = str(path)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(6)
    _lang(st)
    for naam, grootte in (("Heading 1", 15), ("Heading 2", 12)):
        doc.styles[naam].font.name = "Arial"
        doc.styles[naam].font.size = Pt(grootte)
        doc.styles[naam].font.color.rgb = RGBColor(0xC0, 0x50, 0x00)

    sectie = doc.sections[0]
    sectie.top_margin = Cm(2)
    sectie.bottom_margin = Cm(2)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Vmbo De Klinknagel - schoolplan 2026-2030 - pagina ")
    _veld(voet.add_run(), "PAGE")

    eig = doc.core_properties
    eig.title = "Schoolplan De Klinknagel 2026-2030"
    eig.author = "R. Kamphorst"
    eig.last_modified_by = "R. Kamphorst"
    eig.created = AANGEMAAKT
    eig.modified = AANGEMAAKT
    eig.revision = 7

    # titelpagina
    for _ in range(6):
        doc.add_paragraph()
    t = doc.add_paragraph()
    r = t.add_run("Vmbo De Klinknagel")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0xC0, 0x50, 0x00)
    t = doc.add_paragraph()
    r = t.add_run("Schoolplan 2026 - 2030")
    r.font.size = Pt(18)
    doc.add_paragraph("Techniek in de basis, kader en gemengde leerweg - Almere Buiten")
    doc.add_paragraph()
    doc.add_paragraph("Brin 30TK - directeur Ruud Kamphorst")
    doc.add_paragraph("Instemming medezeggenschapsraad: 24 juni 2026")
    doc.add_paragraph("Ter vaststelling aangeboden aan het College van Bestuur van ASG, juni 2026")
    doc.add_page_break()

    for blok in TEKST:
        soort = blok[0]
        if soort == H1:
            doc.add_heading(blok[1], level=1)
        elif soort == H2:
            doc.add_heading(blok[1], level=2)
        elif soort == P:
            doc.add_paragraph(blok[1])
        elif soort == LIJST:
            for regel in blok[1]:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == TABEL:
            _tabel(doc, blok[1], blok[2])
            doc.add_paragraph()

    doc.add_heading("Bijlage: planning in vogelvlucht", level=1)
    _tabel(doc, PLANNING_KOP, PLANNING)
    doc.add_paragraph()

    doc.add_heading("Ondertekening", level=1)
    doc.add_paragraph("Namens de school: Ruud Kamphorst, directeur - Almere, 26 juni 2026")
    doc.add_paragraph("Namens de medezeggenschapsraad (instemming 24 juni 2026): Nadia el Khatib, voorzitter")
    doc.add_paragraph("Vaststelling door het College van Bestuur van de Almeerse Scholen Groep: ____________ (datum)")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_190_vmbo_de_klinknagel.docx")
