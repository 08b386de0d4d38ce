"""Schoolplan 2025-2029 van het Meerkade College, een openbare school voor mavo (vmbo theoretische
leerweg) en havo in Almere Poort (1.142 leerlingen, 96 collega's).

Ontwerp: het plan volgt geen model van het bestuur, maar negen eigen thema's ("Binnenkomen en erbij
horen", "Leren in de les", "Hulp op maat", ...), elk met Heading 1 en Heading 2 in Word. Het is
geheel in de woorden van de school geschreven: de woorden van de bestuurskoers (kernwaarden,
vensters, doelzinnen) worden waar het kan vermeden. Aan het eind van elk thema staan de doelen als
genummerde lijst (stijl List Number, per thema opnieuw vanaf 1), met jaartal en waar mogelijk een
getal. Uitgewerkt: ontvangst en mentoraat, lesprogramma en lesmodel, proef met havo 4,
ondersteuning en plaatsing elders, veiligheid, democratie, openbare karakter, ouders en
communicatie, wijk en vervolgonderwijs, opleidingsschool, personeel, de verbetercyclus. Niet
uitgewerkt: loopbaanwisselingen binnen het bestuur, bestuursbrede bijeenkomsten, bovenschoolse
raad, rol als gesprekspartner, netwerken buiten de stad. De MR heeft ingestemd (17 juni 2025).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

DATUM = datetime.datetime(2025, 6, 20, 9, 0, 0)

# Blokken: ("h1", tekst), ("h2", tekst), ("p", tekst), ("doelen", [tekst, ...])
INHOUD: list[tuple[str, object]] = [
    ("h1", "Vooraf"),
    ("p", "Dit plan beschrijft wat het Meerkade College doet van 1 augustus 2025 tot en met 31 juli "
          "2029. De schoolleiding schreef het, maar de inhoud komt van het team: op de studiedagen van "
          "14 november 2024 en 6 februari 2025 werkten alle collega's aan de vraag 'wat moet er over "
          "vier jaar anders zijn, en waaraan merken we dat?'. Zestien leerlingen en veertig ouders "
          "gaven commentaar op de eerste versie."),
    ("p", "We volgen geen voorgeschreven model, maar thema's die voor leerlingen herkenbaar zijn: van "
          "de eerste stap in het gebouw tot het diploma. Aan het eind van elk thema staan onze doelen, "
          "genummerd, met een jaartal en waar het kan een getal. Ze komen terug in de jaarplannen en "
          "het jaarverslag."),

    ("h1", "1. Onze school in het kort"),
    ("p", "Het Meerkade College is een school voor mavo (vmbo theoretische leerweg) en havo in Almere "
          "Poort, sinds 2014 in een eigen gebouw aan de Meerkade. Op 1 oktober 2024 telden we 1.142 "
          "leerlingen: 486 in de mavo, 478 in de havo en 178 in de dubbele brugklas mavo/havo. We hebben "
          "96 collega's, van wie 71 docenten."),
    ("p", "Poort groeit nog steeds: van 12.000 inwoners in 2015 naar ruim 28.000 nu. Driekwart van onze "
          "leerlingen woont in Poort en het Homeruskwartier. Thuis worden meer dan veertig talen "
          "gesproken, en bij één op de vijf leerlingen heeft geen van beide ouders een opleiding na de "
          "middelbare school. Ruim een derde van de brugklassers komt binnen met een gemengd advies "
          "mavo/havo."),
    ("p", "In 2024 slaagde 94 procent van de mavo-kandidaten en 86 procent van de havokandidaten. De "
          "Inspectie beoordeelde in maart 2023 alle standaarden als voldoende en het schoolklimaat als "
          "goed. Wat moet beter? Te veel leerlingen blijven zitten in havo 4 (17 procent in 2023-2024), "
          "leerlingen vinden dat lessen op elkaar lijken, ouders horen te laat als het misgaat, en "
          "vacatures voor wiskunde, Duits en natuurkunde zijn moeilijk te vullen."),

    ("h1", "2. Binnenkomen en erbij horen"),
    ("h2", "De eerste stap over de drempel"),
    ("p", "Wie voor het eerst ons gebouw binnenloopt, een nieuwe leerling, een ouder, een sollicitant "
          "of een monteur, moet binnen een minuut weten waar hij heen kan. De balie in de hal is tussen "
          "7.45 en 16.30 uur altijd bezet, door een conciërge of door een van de tien leerlingen uit "
          "mavo 4 en havo 5 die daar stage-uren maken. Zij bellen de collega bij wie de bezoeker moet "
          "zijn en lopen mee naar boven. Bij de balie ligt een lijst met collega's en leerlingen die "
          "Arabisch, Turks, Pools, Papiaments, Engels of Tigrinya spreken en kunnen bijspringen."),
    ("p", "Nieuwe brugklassers leren in juni op twee kennismakingsmiddagen hun klas, hun mentor en hun "
          "twee maatjes uit de derde klas kennen. De eerste schoolweek hebben ze drie dagen een eigen "
          "programma, met een speurtocht door het gebouw en een dag in het Almeerderhout. Nieuwe "
          "collega's krijgen een vaste buddy, een rondleiding op hun eerste dag, zes weken een rooster "
          "dat twee lesuren lichter is, en een gesprek met de teamleider na vier en na twaalf weken."),
    ("h2", "Iedere leerling heeft een vaste volwassene"),
    ("p", "Op een school met ruim elfhonderd leerlingen kan een stille leerling vier jaar door het "
          "gebouw lopen zonder dat iemand hem echt kent. Daarom heeft elke leerling een mentor die hem "
          "kent en daar tijd voor heeft: een mentor in de onderbouw begeleidt één klas van hooguit 28 "
          "leerlingen en heeft er twee uur per week voor. Binnen drie weken na de start voert hij met "
          "elke leerling een kennismakingsgesprek, daarna minstens drie gesprekken per jaar onder vier "
          "ogen. Wat de leerling vertelt over hobby's, thuis en wat hij lastig vindt, komt in een vast "
          "formulier in Magister, zodat de volgende mentor niet opnieuw hoeft te beginnen. In de "
          "bovenbouw heeft elke coach vijftien leerlingen, die hij twee of drie jaar volgt en elke zes "
          "weken spreekt, ook als het goed gaat."),
    ("p", "Drie keer per jaar bespreken alle docenten van een klas per leerling hoe het gaat: cijfers, "
          "verzuim, signalen uit de les en wat de mentor weet. Over wie drie of meer docenten zich "
          "zorgen maken, spreekt de mentor binnen twee weken met leerling en ouders een aanpak af."),
    ("h2", "Weten hoe het met collega's gaat"),
    ("p", "Elke teamleider spreekt ieder van zijn ongeveer twaalf docenten twee keer per jaar over "
          "werkdruk, rooster en wat hem helpt om goed les te geven. Dat gebruiken we bij rooster en "
          "taakverdeling: wie jonge kinderen heeft, kan vragen geen eerste uur te krijgen; wie een "
          "opleiding volgt, krijgt een vrije middag."),
    ("doelen", [
        "Vanaf 2025-2026 voert elke mentor binnen drie weken na de start een kennismakingsgesprek met "
        "elke leerling; in 2026 bij minstens 95 procent van de leerlingen (formulier in Magister).",
        "In de leerlingvragenlijst van 2027 zegt minstens 85 procent van de leerlingen dat er een "
        "volwassene is bij wie ze terechtkunnen (2024: 71 procent).",
        "Vanaf 2026 kan elke bezoeker aan de balie in zijn eigen taal of in het Engels geholpen worden.",
        "In 2027 hebben alle nieuwe collega's binnen twaalf weken twee gesprekken met hun teamleider "
        "gehad en geven ze hun start gemiddeld een 8 of hoger.",
    ]),

    ("h1", "3. Leren in de les"),
    ("h2", "Wat we onderwijzen"),
    ("p", "In leerjaar 1 en 2 volgen leerlingen de vakken die bij de kerndoelen van de onderbouw horen: "
          "Nederlands, Engels, Frans, Duits, wiskunde, mens en natuur, mens en maatschappij, de "
          "kunstvakken, lichamelijke opvoeding en ons eigen vak Maken & Bedenken, waarin ze twee uur per "
          "week ontwerpen, bouwen en programmeren. Aan het eind van leerjaar 2 kiezen we met leerling en "
          "ouders voor mavo 3 of havo 3. In de bovenbouw volgen leerlingen de examenprogramma's van de "
          "theoretische leerweg en van de havo; mavoleerlingen volgen daarnaast het praktijkgerichte "
          "programma van 400 uur dat we met het mbo in Almere hebben opgezet. Voor Nederlands en rekenen "
          "werken we naar de referentieniveaus 2F (mavo) en 3F (havo). Brugklassers die meer dan een half "
          "jaar achterlopen met lezen, krijgen twee keer per week een leesuur in een kleine groep."),
    ("h2", "Zo ziet een les eruit"),
    ("p", "Sinds 2022 gebruiken al onze docenten hetzelfde lesmodel, gebaseerd op expliciete directe "
          "instructie: terugblik, uitleg met voorbeelden, begeleid inoefenen met wisbordjes, zelfstandig "
          "verwerken en een afsluiting. Leerlingen vinden de lessen daardoor wel voorspelbaar. We houden "
          "het model vast voor de uitleg, maar maken bij de verwerking ruimte voor practica, debat, "
          "buitenlessen en projecten."),
    ("h2", "Lessen die over hun eigen leven gaan"),
    ("p", "Leerlingen onthouden meer als de stof iets te maken heeft met wat ze kennen. Elke vakgroep "
          "maakt per leerjaar minstens twee lessenreeksen die vertrekken vanuit de wereld van de "
          "leerlingen zelf. Bij aardrijkskunde onderzoeken brugklassers hoe hun straat in Poort vijftig "
          "jaar geleden nog bodem van het IJsselmeer was; bij Nederlands schrijven derdeklassers een "
          "recensie van een serie of game die ze zelf kiezen; bij wiskunde rekent havo 4 met de echte "
          "kosten van een scooter, een telefoonabonnement en een bijbaan. Twee keer per jaar vragen we in "
          "elke klas welke onderwerpen leerlingen missen; de leerlingenraad bundelt de antwoorden voor de "
          "vakgroepen."),
    ("h2", "Wat ze over tien jaar moeten kunnen"),
    ("p", "Ons onderbouwprogramma is in 2012 voor het laatst herzien. Intussen gebruiken leerlingen de "
          "hele dag apps met kunstmatige intelligentie, komen er nieuwe kerndoelen voor digitale "
          "vaardigheden, en vragen mbo en hbo om leerlingen die zelfstandig kunnen plannen. Tussen 2025 "
          "en 2027 herschrijven we daarom de onderbouw: een leerlijn digitale vaardigheden (van veilige "
          "wachtwoorden en bronnen checken in klas 1 tot programmeren met microcontrollers en verstandig "
          "gebruik van AI-hulpmiddelen in klas 3), een leerlijn plannen en studeren voor alle mentoren, "
          "en Maken & Bedenken ook in leerjaar 3. Een stuurgroep van zes docenten maakt het ontwerp."),
    ("h2", "Havo 4 anders"),
    ("p", "In havo 4 gaat het bij ons het vaakst mis: meer vakken, meer zelfstandigheid, minder "
          "controle. Vanaf augustus 2026 proberen we met twee klassen havo 4 een andere opzet. In plaats "
          "van 32 lessen van 50 minuten krijgen deze leerlingen 22 lessen van 70 minuten, plus acht uur "
          "die ze zelf inplannen in vakwerkplaatsen voor Nederlands, Engels, wiskunde, economie en "
          "biologie, waar steeds een docent van dat vak is. Elke maandag maakt de leerling met zijn coach "
          "een weekplanning; op vrijdag kijken ze terug. Na een jaar vergelijken we doorstroom, cijfers "
          "en ervaringen met de andere havo 4-klassen; pas dan beslissen we over uitbreiding."),
    ("h2", "Bij twijfel kiezen we de hogere stap"),
    ("p", "Onze eigen cijfers laten zien dat leerlingen met een gemengd advies die in de havostroom "
          "beginnen, vaker de havo halen, vooral kinderen van ouders zonder vervolgopleiding. Onze regel "
          "is daarom: bij twijfel plaatsen we hoger. Een brugklasser stroomt niet af voor de "
          "kerstvakantie, en nooit alleen op grond van cijfers: eerst volgen een gesprek en een plan van "
          "zes weken met extra uitleguren. Mavo 4-leerlingen die naar havo 4 willen, krijgen vanaf "
          "januari een voorbereidingsprogramma wiskunde en Engels. Van onszelf vragen we hetzelfde: elk "
          "lesbezoek eindigt met één concrete afspraak, en bij het volgende bezoek kijken we of die is "
          "nagekomen."),
    ("doelen", [
        "In 2027 is de nieuwe onderbouw (digitale vaardigheden, plannen en studeren, Maken & Bedenken in "
        "leerjaar 3) in alle klassen ingevoerd.",
        "Vanaf 2026 heeft elke vakgroep per leerjaar twee lessenreeksen die vertrekken vanuit de wereld "
        "van de leerlingen.",
        "In juni 2027 besluiten we op grond van de evaluatie van de proefklassen of de nieuwe opzet "
        "vanaf 2027-2028 voor alle havo 4-klassen geldt.",
        "Het aandeel havo 4-leerlingen dat blijft zitten daalt van 17 procent (2023-2024) naar hooguit "
        "11 procent in 2028-2029.",
        "Het aandeel leerlingen met een gemengd advies dat in leerjaar 3 in de havo zit, stijgt van 44 "
        "procent (2024) naar 52 procent in 2028.",
        "In de leerlingvragenlijst van 2028 vindt minstens 65 procent van de leerlingen de lessen "
        "afwisselend (2024: 48 procent).",
    ]),

    ("h1", "4. Hulp op maat"),
    ("h2", "Wat elke leerling kan krijgen"),
    ("p", "Alle leerlingen kunnen rekenen op een mentor of coach, afspraken bij dyslexie en dyscalculie "
          "(extra tijd, vergroot lettertype, voorleessoftware), huiswerkbegeleiding tot 16.30 uur in de "
          "mediatheek, bijles door bovenbouwleerlingen en trainingen in kleine groepjes: "
          "faalangstreductie, sociale vaardigheid, examenvrees en 'Slim leren'. Die trainingen geven "
          "onze twee orthopedagogen en zes opgeleide collega's."),
    ("h2", "Extra hulp"),
    ("p", "Voor leerlingen die meer vragen, is er een ondersteuningsteam onder leiding van "
          "ondersteuningscoördinator Yusuf El Amrani, met de orthopedagogen, de schoolmaatschappelijk "
          "werker en de leerplichtambtenaar; de jeugdarts en de wijkcoach van Poort schuiven aan als dat "
          "helpt. Verder hebben we de Steiger: een lokaal met een vaste begeleider waar leerlingen "
          "tijdelijk een deel van hun lessen volgen als het in de klas even niet lukt, bijvoorbeeld na "
          "een lange ziekte of bij een crisis thuis. Een plek in de Steiger duurt maximaal twaalf weken "
          "en gaat altijd samen met een terugkeerplan."),
    ("h2", "Wat we niet kunnen"),
    ("p", "In ons ondersteuningsdocument op de website staat ook eerlijk wat we niet kunnen bieden. We "
          "hebben geen klassen kleiner dan 24 leerlingen en kunnen leerlingen die de hele dag "
          "één-op-éénbegeleiding vragen geen plek geven. Het gebouw heeft liften en een aangepast toilet "
          "op elke verdieping, maar buiten de Steiger geen prikkelarme ruimte. Leerlingen die langdurig "
          "gedrag laten zien dat onveilig is voor anderen, kunnen we na de twaalf weken in de Steiger "
          "niet verder helpen."),
    ("h2", "Als het hier niet lukt"),
    ("p", "Geen leerling mag thuis komen te zitten omdat wij geen plek hebben. Kunnen wij een leerling "
          "niet helpen, dan melden we hem aan bij het loket van het samenwerkingsverband in Almere. Daar "
          "zoeken we met de andere Almeerse middelbare scholen, het speciaal onderwijs en de jeugdhulp "
          "binnen zes weken een plek: een school met kleinere klassen, het voortgezet speciaal onderwijs "
          "of een tijdelijke plek in de bovenschoolse voorziening. Onze ondersteuningscoördinator zit "
          "maandelijks in het Almeerse overleg over leerlingen die (bijna) thuiszitten. Andersom nemen "
          "wij leerlingen op die elders vastlopen: in 2024 waren dat er elf."),
    ("doelen", [
        "Vanaf 2025-2026 volgt op elke zorg uit de leerlingbespreking binnen twee weken een afspraak met "
        "leerling en ouders.",
        "Vanaf 2026 is geen leerling langer dan zes weken zonder onderwijs; we melden het aantal "
        "thuiszitters elk kwartaal aan de MR.",
        "In 2026 is ons ondersteuningsdocument herschreven, met per soort hulp wat we wel en niet kunnen.",
        "In 2027 keert minstens 80 procent van de leerlingen uit de Steiger binnen twaalf weken volledig "
        "terug in de klas.",
    ]),

    ("h1", "5. Rust, veiligheid en meedoen"),
    ("h2", "Hoe we met elkaar omgaan"),
    ("p", "Onze drie omgangsregels, in 2023 opgesteld door de leerlingenraad, hangen in elk lokaal: 'We "
          "laten elkaar uitpraten', 'We maken niemand belachelijk' en 'We laten het gebouw netjes "
          "achter'. Ze gelden voor leerlingen én volwassenen. Docenten beantwoorden een boze mail eerst "
          "met een telefoontje en zeggen sorry als ze fout zaten. Tegenover de buurt gedragen we ons als "
          "fatsoenlijke buren: leerlingen die in de pauze overlast geven bij de winkels in het "
          "Olympiakwartier, ruimen de volgende dag met een conciërge de straat op en bieden de winkelier "
          "hun excuses aan."),
    ("h2", "Een veilige school"),
    ("p", "Elk jaar in februari vullen alle leerlingen de vragenlijst sociale veiligheid in; de "
          "uitkomsten bespreken we met mentoren en leerlingenraad. Ons pestprotocol: melding bij de "
          "mentor, binnen drie schooldagen een gesprek met beide partijen, na zes weken een controle. Twee "
          "vertrouwenspersonen, een man en een vrouw, hebben een vast spreekuur. Incidenten registreren "
          "we in Magister; de anti-pestcoördinator, Lotte Vermeer, rapporteert ze elk kwartaal aan de "
          "schoolleiding. Met de wijkagent is er elke zes weken overleg."),
    ("h2", "Meedoen in de democratie"),
    ("p", "Onze leerlingen verlaten de school als jongeren die weten hoe onze democratie werkt, die "
          "kunnen uitleggen waarom vrijheid van meningsuiting en gelijke behandeling ertoe doen, en die "
          "durven mee te praten. Dat leren ze bij maatschappijleer, maar ook in de praktijk: elke klas "
          "kiest twee klassenvertegenwoordigers, de leerlingenraad heeft een eigen budget van 3.000 euro "
          "per jaar en geeft gevraagd en ongevraagd advies, alle derdeklassers doen mee aan een "
          "debattoernooi, havo 4 bezoekt de raadsvergadering in het stadhuis en de Tweede Kamer, en bij "
          "elke Kamerverkiezing houden we een schoolverkiezing. In 2025-2026 schrijven we een doorlopende "
          "leerlijn over democratie, grondrechten en omgaan met meningsverschillen."),
    ("h2", "Wat openbaar bij ons betekent"),
    ("p", "Het Meerkade College is een openbare school. In de praktijk betekent dat drie dingen. Iedere "
          "leerling kan zich aanmelden, ongeacht geloof, afkomst of inkomen van de ouders, en niemand "
          "mist een excursie omdat thuis het geld ontbreekt: daarvoor is het schoolfonds. In klas 2 leren "
          "leerlingen bij levensbeschouwing over christendom, islam, jodendom, hindoeïsme en leven zonder "
          "geloof, en bezoeken ze een kerk, een moskee en de synagoge van Almere. En we maken ruimte "
          "voor wat leerlingen belangrijk vinden zonder één overtuiging voor te trekken: tijdens de "
          "ramadan is er in de pauze een stille ruimte, bij het plannen van toetsweken houden we rekening "
          "met Keti Koti, Divali, het Suikerfeest en Pasen."),
    ("p", "Ook ons team moet lijken op de wijk. Vacatures zetten we ook in wijkkranten en via moskeeën, "
          "kerken en buurtverenigingen in Poort, in elke sollicitatiecommissie zitten mensen met "
          "verschillende achtergronden, en we beoordelen sollicitanten met een vaste lijst vragen, zodat "
          "een onbekende naam geen verschil maakt."),
    ("doelen", [
        "In de vragenlijst sociale veiligheid geven leerlingen elk jaar minstens een 8,0 op 'ik voel me "
        "veilig op school' (2024: 8,1).",
        "Vanaf 2025-2026 volgt op elke pestmelding binnen drie schooldagen een gesprek; de "
        "anti-pestcoördinator controleert dat elk kwartaal.",
        "In juni 2026 is de leerlijn democratie en grondrechten klaar; vanaf 2026-2027 wordt hij in alle "
        "leerjaren gebruikt.",
        "In 2028 is het aandeel collega's met een migratieachtergrond gestegen van 19 procent (2024) "
        "naar 28 procent.",
    ]),

    ("h1", "6. Thuis en school"),
    ("h2", "Ouders weten wat hun kind leert"),
    ("p", "Ouders kennen hun kind het best; wij zien het vijf dagen per week in de klas. Daarom houden "
          "we drie keer per jaar een driegesprek tussen leerling, ouder(s) en mentor, waarin de leerling "
          "zelf vertelt hoe het gaat, wat hij zich voorneemt en waarbij hij hulp wil. In de brugklas "
          "beginnen we in september met een kennismakingsgesprek waarin ouders vertellen wat we over hun "
          "kind moeten weten. Per leerjaar is er in oktober een informatieavond over wat er dat jaar "
          "geleerd wordt en hoe ouders thuis kunnen helpen: overhoren, naar de weekplanning vragen, "
          "meelezen met het examenwerkstuk. Met de bibliotheek organiseren we vier keer per jaar een "
          "ouderkoffie met tolk voor ouders die het Nederlandse schoolsysteem nog niet goed kennen."),
    ("h2", "Duidelijk en op tijd informeren"),
    ("p", "In de oudervragenlijst van 2024 zeiden ouders dat ze te laat hoorden als het slecht ging, en "
          "dat onze berichten lang en ambtelijk zijn. Daarom spreken we af: een mail van een ouder krijgt "
          "binnen twee werkdagen antwoord; bij drie onvoldoendes voor één vak of twee keer ongeoorloofd "
          "verzuim belt de mentor dezelfde week naar huis; de maandelijkse nieuwsbrief past op één scherm "
          "en heeft een Engelse samenvatting. Een beslissing over overgaan of doubleren bespreken we "
          "altijd vooraf, nooit alleen per brief. De regels voor overgang, toetsing en examens staan op "
          "de website in gewone taal, met voorbeelden, en wie het ergens niet mee eens is, leest daar in "
          "drie stappen bij wie hij terechtkan."),
    ("h2", "Vroeg meepraten"),
    ("p", "De MR bestaat uit vier collega's, twee ouders en twee leerlingen. Hij moet niet pas aan tafel "
          "komen als een besluit al klaarligt. De schoolleiding legt daarom elk nieuw plan eerst als idee "
          "voor, in een vergadering waarin nog niets besloten wordt, en komt pas de volgende keer met een "
          "voorstel. Zo ging het ook met havo 4: de MR vroeg om een evaluatie onder ouders, en die staat "
          "nu in het plan. Ook leerlingenraad en ouderraad bespreken ideeën die hen raken voordat er "
          "wordt besloten."),
    ("doelen", [
        "Vanaf 2025-2026 voeren we drie driegesprekken per leerling per jaar; de opkomst van ouders "
        "stijgt van 78 procent (2024) naar 90 procent in 2027.",
        "In de oudervragenlijst van 2027 zegt minstens 80 procent van de ouders op tijd te horen als het "
        "minder goed gaat met hun kind (2024: 58 procent).",
        "Vanaf januari 2026 beantwoorden we elke mail van ouders binnen twee werkdagen; de teamleiders "
        "controleren dat twee keer per jaar met een steekproef.",
        "Elk nieuw plan van de schoolleiding staat minstens één vergadering als bespreekpunt op de "
        "agenda van de MR voordat er een voorstel volgt.",
    ]),

    ("h1", "7. De wijk en de stad in"),
    ("h2", "Buiten de school leren"),
    ("p", "In 2024 hebben we afspraken gemaakt met twaalf organisaties in Poort: de buurtsportcoach, de "
          "bibliotheek, het wijkteam, zorgcentrum De Schakel, de hockey-, voetbal- en atletiekvereniging, "
          "de kinderboerderij, twee basisscholen, de supermarkten aan het Europaplein en de voedselbank. "
          "Mavoleerlingen doen daar een deel van hun praktijkprogramma, havo 4-leerlingen hun "
          "snuffelstage van vijf dagen, en brugklassers doen in mei een wijkdag waarop ze iets voor de "
          "buurt doen. Het wijkteam en de buurtsportcoach schuiven drie keer per jaar aan bij het overleg "
          "van de teamleiders."),
    ("h2", "Van hier naar verder"),
    ("p", "Met het mbo en Hogeschool Windesheim in Almere hebben we afspraken over de overstap: "
          "meeloopdagen voor mavo 4, proefcolleges voor havo 5, en oud-leerlingen die elk jaar in januari "
          "komen vertellen hoe het hun vergaat."),
    ("h2", "Scholen van hetzelfde bestuur"),
    ("p", "Met twee zusterscholen van ons bestuur hebben we vaste afspraken over overstappen: leerlingen "
          "die na de brugklas beter op hun plek zijn in de basis- of kaderberoepsgerichte leerweg, gaan "
          "naar De Vaart in Almere Haven, en havoleerlingen die het vwo aankunnen, kunnen na havo 3 naar "
          "het Stedelijk Lyceum. Mentor spreekt mentor, en de leerling loopt vooraf een dag mee. Onze "
          "vakgroep Nederlands maakt sinds 2024 met de vakgroepen van die twee scholen de schoolexamens "
          "leesvaardigheid en deelt de beoordelingsmodellen; de vakgroepen wiskunde volgen in 2026."),
    ("h2", "Samen docenten opleiden"),
    ("p", "Voor wiskunde, natuurkunde en Duits vinden we al twee jaar nauwelijks docenten met de juiste "
          "papieren. Dat lossen we niet alleen op. Het Meerkade College is een van negen Almeerse "
          "scholen, van drie verschillende besturen, die met Hogeschool Windesheim en de stad Almere een "
          "opleidingsschool vormen. Wij hebben elk jaar twaalf plekken voor studenten van de "
          "lerarenopleiding, en we delen met de andere scholen een pool van invallers. Met de stad is "
          "afgesproken dat nieuwe docenten voorrang krijgen bij middeldure huurwoningen."),
    ("doelen", [
        "In 2026 loopt elke havo 4-leerling een snuffelstage van vijf dagen bij een organisatie in "
        "Almere; in 2027 doet elke brugklas mee aan de wijkdag.",
        "In 2027 hebben we met minstens achttien organisaties in de wijk schriftelijke afspraken over "
        "stages en projecten (2024: twaalf).",
        "Elk jaar leiden we twaalf studenten van de lerarenopleiding op; in 2029 werken er bij ons "
        "minstens vier docenten die hier hun opleiding hebben afgerond.",
        "In 2026 maken de vakgroepen Nederlands en wiskunde hun schoolexamens samen met de twee "
        "zusterscholen.",
    ]),

    ("h1", "8. Ons team"),
    ("h2", "Goed voor de klas"),
    ("p", "Elke docent heeft een scholingsplan dat hij in zijn jaarlijkse gesprek bespreekt, en houdt in "
          "zijn digitale dossier bij welke cursussen, studiedagen en intervisie hij volgde. Het "
          "scholingsbudget is 1.050 euro per fte per jaar; daarnaast staan er voor iedere docent 40 uur "
          "per jaar voor bijleren in het taakbeleid. Van de vijf studiedagen per jaar zijn er drie voor "
          "het hele team en twee voor de vakgroepen."),
    ("h2", "Leerteams"),
    ("p", "Elk jaar vormen we zes leerteams van vijf tot zeven docenten van verschillende vakken, die een "
          "jaar lang één vraag uit hun eigen lessen onderzoeken, bijvoorbeeld 'Leren leerlingen meer van "
          "opmerkingen zonder cijfer?'. Ze lezen wat er over hun vraag bekend is, komen elke drie weken "
          "bij elkaar, proberen iets uit in hun lessen, bezoeken elkaars lessen en presenteren hun "
          "uitkomsten op de laatste studiedag. Wat werkt, nemen de vakgroepen het jaar daarop over."),
    ("h2", "Jaarlijks in gesprek"),
    ("p", "Elke collega, ook van het onderwijsondersteunend personeel, heeft elk jaar voor 1 december een "
          "ontwikkelgesprek met zijn leidinggevende en om de drie jaar een beoordelingsgesprek, na "
          "minstens twee lesbezoeken. De afspraken komen in het digitale personeelsdossier en zijn het "
          "vertrekpunt van het volgende gesprek. In 2024 voerde 81 procent van de collega's dit gesprek."),
    ("h2", "Collega's in opleiding"),
    ("p", "Negen docenten staan bij ons voor de klas terwijl ze nog hun lesdiploma halen, de meesten als "
          "zij-instromer. Zij krijgen een coach uit hun eigen vak, een studiedag per week met behoud van "
          "salaris en in hun eerste jaar geen examenklassen. De schoolopleider bespreekt elke zes weken "
          "met hen hoe de studie vordert. We betalen het collegegeld als de docent daarna nog minstens "
          "twee jaar bij ons blijft."),
    ("h2", "Werk en leven"),
    ("p", "Een docent met jonge kinderen, een mantelzorger en een docent van 62 vragen elk iets anders. "
          "Jonge ouders kunnen vragen om niet het eerste of laatste uur te werken, collega's vanaf 57 jaar "
          "kunnen via de regeling duurzame inzetbaarheid minder lesuren geven, en mantelzorgers kunnen "
          "tijdelijk hun taken anders verdelen. Ons ziekteverzuim was in 2024 6,8 procent, hoger dan bij "
          "vergelijkbare scholen. Op dinsdagmiddag is er een gratis sportuur in de gymzaal, collega's "
          "kunnen jaarlijks een gezondheidscheck doen bij de bedrijfsarts, en de teamleider belt een "
          "zieke collega binnen drie dagen en bespreekt bij vaak kort verzuim wat er speelt."),
    ("doelen", [
        "Vanaf 2026 voert iedere collega jaarlijks voor 1 december een ontwikkelgesprek (2024: 81 "
        "procent).",
        "In juli 2029 heeft iedere docent aan minstens één leerteam meegedaan.",
        "Van de negen docenten die in 2025 nog hun lesdiploma halen, heeft in 2028 minstens 80 procent "
        "dat diploma.",
        "Het ziekteverzuim daalt van 6,8 procent (2024) naar 5,0 procent in 2028.",
        "Elk jaar besteedt iedere docent minstens 40 uur aan scholing en legt dat vast in zijn dossier.",
    ]),

    ("h1", "9. Bijhouden en bijsturen"),
    ("p", "Dit plan is alleen iets waard als we bijhouden of het werkt en bijsturen als het niet werkt. "
          "Elk jaar volgen we dezelfde ronde. In juni stelt elk team (mavo onderbouw, mavo bovenbouw, "
          "havo onderbouw, havo bovenbouw) een jaarplan op met de doelen uit dit plan die dat jaar aan "
          "de beurt zijn. In oktober, februari en juni bespreekt de schoolleiding per team de cijfers: "
          "resultaten, doorstroom, verzuim, lesbezoeken en vragenlijsten. Wat achterblijft, krijgt in het "
          "volgende jaarplan een aanpak. In september schrijven we een jaarverslag dat we met de MR en "
          "het bestuur bespreken."),
    ("p", "Leerlingen vullen elk jaar een vragenlijst in, ouders en collega's om het jaar. Elke docent "
          "krijgt per jaar twee lesbezoeken van zijn teamleider en twee van collega's, met het lesmodel "
          "als kijkwijzer. Vakgroepen analyseren na elk examen per vak de resultaten en het verschil "
          "tussen schoolexamen en centraal examen; een verschil groter dan 0,5 moet de vakgroep "
          "verklaren en aanpakken. De vier indicatoren van de Inspectie houden we per afdeling bij en "
          "bespreken we twee keer per jaar met het bestuur. Iedere vakgroepvergadering begint met de "
          "vraag wat er de afgelopen weken in de les werkte en wat niet."),
    ("p", "Beide afdelingen scoren op alle vier de indicatoren boven de norm. Het bovenbouwsucces van de "
          "havo (78 procent) ligt het dichtst bij de ondergrens; daarom krijgt havo 4 in dit plan "
          "zoveel aandacht."),
    ("doelen", [
        "Alle vier de indicatoren van de Inspectie blijven voor mavo en havo elk jaar boven de norm; het "
        "bovenbouwsucces van de havo stijgt van 78 naar 84 procent in 2028.",
        "In 2027 is het verschil tussen schoolexamen en centraal examen voor alle vakken kleiner dan 0,5.",
        "Elk jaar voor 1 oktober ligt er een jaarverslag bij MR en bestuur met de stand van alle doelen "
        "uit dit plan.",
    ]),

    ("h1", "Vaststelling"),
    ("p", "De MR van het Meerkade College heeft op 17 juni 2025 ingestemd met dit schoolplan voor de "
          "periode 2025-2029. Het bestuur heeft het plan op 1 juli 2025 vastgesteld."),
    ("p", "Voor de MR: Esther Kalkman, voorzitter          Voor de school: Marieke Doornbos, directeur"),
]


def _nieuwe_nummering(doc) -> int:  # type: ignore[no-untyped-def]
    """Een nieuwe w:num op de abstracte nummering van List Number, beginnend bij 1."""
    numbering = doc.part.numbering_part.element
    stijl_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(stijl_num):
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    nieuw = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nieuw))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), abstract)
    num.append(a)
    lo = OxmlElement("w:lvlOverride")
    lo.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    lo.append(so)
    num.append(lo)
    numbering.append(num)
    return nieuw


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "M. Doornbos"
    cp.title = "Schoolplan 2025-2029 Meerkade College"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "M. Doornbos"
    cp.revision = 1

    doc.add_paragraph("Schoolplan 2025–2029", style="Title")
    doc.add_paragraph("Meerkade College – mavo en havo in Almere Poort", style="Subtitle")
    for regel in (
        "Meerkade 40, 1363 AB Almere  ·  BRIN 30KM",
        "Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
        "Directeur: Marieke Doornbos",
        "Definitieve versie, 20 juni 2025",
    ):
        doc.add_paragraph(regel)
    doc.add_page_break()

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(str(inhoud), level=1)
        elif soort == "h2":
            doc.add_heading(str(inhoud), level=2)
        elif soort == "p":
            doc.add_paragraph(str(inhoud))
        elif soort == "doelen":
            doc.add_heading("Onze doelen voor dit thema", level=3)
            num_id = _nieuwe_nummering(doc)
            for tekst in inhoud:  # type: ignore[union-attr]
                par = doc.add_paragraph(tekst, style="List Number")
                numpr = par._p.get_or_add_pPr().get_or_add_numPr()
                numpr.get_or_add_ilvl().val = 0
                numpr.get_or_add_numId().val = num_id

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan Meerkade College 2025–2029 – pagina "
    page_field(voet)
    doc.save(path)
    deterministisch(path, DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_53_meerkade_college.docx")
