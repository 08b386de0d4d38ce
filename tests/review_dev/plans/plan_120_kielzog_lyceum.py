"""Schoolplan 2024-2028 van het Kielzog Lyceum (havo/vwo, algemeen-bijzonder, Almere Stad).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
De kopjes zijn, zoals in veel zelfgemaakte Word-documenten, vetgedrukte gewone alinea's
(stijl Normal), geen kopstijlen. Deterministisch: vaste datums, geen willekeur.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 24, 14, 5, 0)

# Soorten blokken: titel, kop, sub, p, bullets, doelen
INHOUD = [
    ("titel", "Kielzog Lyceum"),
    ("titel2", "Schoolplan 2024 – 2028"),
    ("p_c", "Koers houden, ruimte maken"),
    ("p_c", "havo | atheneum  ·  Almere Stad  ·  schooljaren 2024-2025 tot en met 2027-2028"),

    ("kop", "Inhoud"),
    ("p", "1. Inleiding\n2. Het Kielzog Lyceum in het kort\n3. Wat de vorige planperiode ons leerde\n"
          "4. Onze opdracht\n5. Vijf ambities\n   Ambitie 1 – Iedere leerling op zijn eigen top\n"
          "   Ambitie 2 – Leren voor een wereld in beweging\n   Ambitie 3 – Een school waar je jezelf kunt zijn\n"
          "   Ambitie 4 – Docenten die het verschil maken\n   Ambitie 5 – Samen sterker, zichtbaar beter\n"
          "6. Van plan naar jaarplan\nColofon"),

    ("kop", "1. Inleiding"),
    ("p", "Een kielzog is het spoor dat een schip achterlaat. De oprichters van onze school kozen die naam in 1988, "
          "toen Almere nog volop in aanbouw was: een school moet sporen nalaten bij haar leerlingen, en een koers "
          "hebben die je achteraf kunt terugzien. Dit schoolplan beschrijft die koers voor de schooljaren "
          "2024-2025 tot en met 2027-2028."),
    ("p", "Het plan is in het schooljaar 2023-2024 tot stand gekomen. De schoolleiding voerde gesprekken met alle "
          "secties, met de leerlingenraad, het ouderpanel en de medezeggenschapsraad. Op de studiedag van "
          "februari 2024 hebben 84 collega's in gemengde groepen de conceptambities besproken en aangescherpt. "
          "We hebben daarbij gekeken naar de uitkomsten van onze eigen kwaliteitszorg, naar het inspectiekader en "
          "naar het strategisch beleid van de Almeerse Scholen Groep (ASG), waar onze school sinds 2001 deel van "
          "uitmaakt."),
    ("p", "We kozen bewust niet voor een plan met een paragraaf voor elk beleidsterrein. In plaats daarvan "
          "beschrijven we vijf ambities die voor leerlingen, ouders en collega's herkenbaar zijn. Bij elke "
          "ambitie staat waarom we haar belangrijk vinden, wat we gaan doen en wat we op welk moment bereikt "
          "willen hebben. De wettelijk verplichte onderdelen van een schoolplan hebben we in die ambities "
          "verwerkt: het onderwijsprogramma en de ondersteuning vindt u vooral bij ambitie 1, burgerschap bij "
          "ambitie 2, veiligheid bij ambitie 3, personeelsbeleid bij ambitie 4 en kwaliteitszorg bij ambitie 5."),

    ("kop", "2. Het Kielzog Lyceum in het kort"),
    ("p", "Het Kielzog Lyceum is een algemeen-bijzondere school voor havo en atheneum in Stedenwijk, Almere Stad. "
          "De school is opgericht door een stichting van Almeerse ouders die een school wilden zonder "
          "levensbeschouwelijke grondslag, maar met een uitgesproken pedagogische opdracht. Die opdracht staat nog "
          "steeds boven de ingang: iedereen doet ertoe, iedereen draagt bij."),
    ("p", "Op 1 oktober 2023 telde de school 1.176 leerlingen: 638 op de havo en 538 op het atheneum. Elk jaar "
          "stromen ongeveer 255 brugklassers in, afkomstig van ruim veertig basisscholen uit heel Almere. De "
          "onderbouw kent havo-klassen, havo/vwo-klassen en atheneumklassen. Vanaf het vierde leerjaar kiezen "
          "leerlingen een van de vier profielen. Er werken 104 medewerkers, van wie 78 docenten."),
    ("p", "Onze leerlingen zijn een doorsnede van Almere. Ongeveer een derde van hen heeft ten minste één ouder "
          "die buiten Nederland is geboren. In de school zijn leerlingen met een christelijke, islamitische, "
          "hindoeïstische of joodse achtergrond, en veel leerlingen zonder religie. Een algemeen-bijzondere "
          "school is geen neutrale school in de zin van waardevrij. We vinden het juist belangrijk dat die "
          "verschillen in de klas besproken kunnen worden."),
    ("p", "De leerlingprognose van de gemeente laat voor Almere Stad tot 2030 een lichte daling van het aantal "
          "twaalfjarigen zien, terwijl in Almere Poort en Oosterwold juist nieuwe scholen voor voortgezet "
          "onderwijs bij komen. We verwachten daarom dat ons leerlingaantal in de planperiode licht daalt, naar "
          "ongeveer 1.120 in 2028. Dat vraagt om zorgvuldige keuzes in de formatie: we willen de kleinere "
          "onderbouwklassen behouden en bezuinigen liever op externe inhuur dan op begeleiding. Het gebouw uit "
          "1991 is in 2021 gerenoveerd en energiezuiniger gemaakt; de practicumlokalen voor natuurkunde en "
          "scheikunde worden in de zomer van 2026 vernieuwd. Ongeveer 40% van de collega's woont buiten Almere, "
          "vooral in Amsterdam, Lelystad en het Gooi, wat de school gevoelig maakt voor verloop."),
    ("p", "Resultaten in het kort (bron: Vensters en eigen administratie):"),
    ("bullets", [
        "Slagingspercentage havo: 83% (2022), 81% (2023), 86% (2024, voorlopig).",
        "Slagingspercentage vwo: 91% (2022), 91% (2023), 89% (2024, voorlopig).",
        "Onderbouwsnelheid: 96%; bovenbouwsucces havo 79%, vwo 86%.",
        "Verschil tussen schoolexamen en centraal examen: binnen de norm, met uitzondering van wiskunde A "
        "havo (0,6 punt in 2023).",
        "Leerlingtevredenheid (Vensters-enquête 2023): 6,7; oudertevredenheid: 7,2.",
    ]),
    ("p", "Bij het kwaliteitsonderzoek van de inspectie in 2022 waren de oordelen voor beide afdelingen voldoende. "
          "De inspectie zag een veilig schoolklimaat en goede examenresultaten op het vwo. Als verbeterpunten "
          "noemde zij het afstemmen van de lessen op verschillen tussen leerlingen en het bovenbouwsucces op de "
          "havo."),

    ("kop", "3. Wat de vorige planperiode ons leerde"),
    ("p", "In het schoolplan 2020-2024 stonden drie speerpunten: een sterker mentoraat, meer eigenaarschap van "
          "leerlingen en een betere examenvoorbereiding op de havo. Het mentoraat is sterk verbeterd. Mentoren "
          "hebben nu twee lesuren per week voor hun klas en individuele gesprekken. Leerlingen geven hun mentor "
          "gemiddeld een 7,6. Het eigenaarschap bleef steken in losse initiatieven. De examenvoorbereiding "
          "leverde op de havo een stijging van het slagingspercentage op, maar het bovenbouwsucces bleef "
          "achter. Te veel leerlingen doubleren in havo 4 of stromen af naar het mbo."),
    ("p", "De coronaperiode en het lerarentekort hebben ons geraakt. In 2023-2024 hadden we gemiddeld zeven "
          "onbevoegde docenten voor de klas, vooral bij wiskunde, natuurkunde, Duits en informatica. Tegelijk "
          "zagen we dat teams die samen hun lessen voorbereiden en elkaars lessen bezoeken, beter door die jaren "
          "kwamen. Die les nemen we mee."),

    ("kop", "4. Onze opdracht"),
    ("p", "Wij willen dat leerlingen het Kielzog Lyceum verlaten met een diploma dat past bij wat ze kunnen, met "
          "het vertrouwen dat ze hun eigen weg kunnen vinden en met het besef dat ze anderen nodig hebben en "
          "anderen hen. Goed onderwijs is voor ons onderwijs dat leerlingen uitdaagt, hen kent en hen verbindt "
          "met de wereld buiten de school."),
    ("p", "Als school van de Almeerse Scholen Groep delen we de missie ‘samen kleur geven aan goed onderwijs’ en "
          "de kernwaarden gezien worden, open, vooruitstrevend en ambitieus. Wat dat voor ons betekent, hebben we "
          "in de teamsessies van 2023 zo samengevat:"),
    ("bullets", [
        "Onze school is gastvrij, iedereen voelt zich welkom.",
        "In onze communicatie zijn we transparant en toegankelijk.",
        "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        "We geven altijd het beste van onszelf.",
        "Wij werken proactief samen met een breed scala aan partners.",
    ]),
    ("p", "Deze uitspraken zijn het kompas voor de vijf ambities hieronder."),

    ("kop", "5. Vijf ambities"),
    ("p", "Onze vijf ambities zijn in samenhang gekozen. De eerste drie gaan over leerlingen: wat ze leren, hoe "
          "ze leren en hoe ze zich voelen. De laatste twee gaan over de voorwaarden: de mensen die het "
          "onderwijs maken en de manier waarop we ons werk blijven verbeteren. Bij elke ambitie staan de doelen "
          "met een datum. In de jaarplannen werken we die doelen verder uit, met een eigenaar en een begroting."),

    ("kop", "Ambitie 1 – Iedere leerling op zijn eigen top"),
    ("sub", "Waarom"),
    ("p", "Leerlingen komen bij ons binnen met een havo-, havo/vwo- of vwo-advies. Achter dat advies zitten grote "
          "verschillen: in tempo, in voorkennis, in zelfvertrouwen en in steun van thuis. De inspectie zag in 2022 "
          "dat onze lessen nog te vaak op het gemiddelde zijn gericht. Te veel havisten lopen in de bovenbouw "
          "vast. We hebben hoge verwachtingen van al onze leerlingen, en dat betekent dat we die verschillen "
          "moeten zien en er in de les iets mee moeten doen."),
    ("sub", "Ons onderwijsprogramma"),
    ("p", "De onderbouw duurt drie jaar. Leerlingen krijgen alle vakken uit de kerndoelen, met in leerjaar 1 en 2 "
          "vier uur Nederlands, vier uur wiskunde en drie uur Engels. Vanaf leerjaar 2 kiezen leerlingen op het "
          "atheneum Duits of Spaans naast Frans. In leerjaar 3 volgen alle leerlingen een loopbaantraject met "
          "beroepenvoorlichting, een snuffelstage en de profielkeuze. In de bovenbouw bieden we alle vier de "
          "profielen aan. Informatica is een keuzevak, evenals bedrijfseconomie, kunst (beeldend) en "
          "muziek. Het programma van toetsing en afsluiting (PTA) stellen we elk jaar vóór 1 oktober vast."),
    ("p", "Taal en rekenen krijgen ook buiten de vakken Nederlands en wiskunde aandacht. Leerlingen die in de "
          "Cito-toetsen van Leerling in beeld in leerjaar 1 onder het verwachte niveau scoren, krijgen een "
          "steunles lezen of rekenen van acht weken. Vanaf 2025-2026 gebruiken alle zaakvakken dezelfde "
          "aanpak voor het lezen van zakelijke teksten."),
    ("sub", "Lessen die rekening houden met verschillen"),
    ("p", "We kiezen voor één gemeenschappelijke lesopbouw met drie elementen: een korte, duidelijke instructie, "
          "een check op begrip halverwege de les en verwerking op twee niveaus. Die lesopbouw maken we in "
          "2024-2025 samen met de secties. Daarna gebruiken we haar als kijkwijzer bij lesbezoeken. Leerlingen "
          "die meer aankunnen, kunnen vanaf leerjaar 2 in overleg een vak compacten en de vrijgekomen tijd "
          "besteden aan een verdiepingsopdracht. Leerlingen die vastlopen, kunnen terecht bij het "
          "huiswerkinstituut in de school of bij de steunlessen."),
    ("sub", "Kansrijk determineren en bevorderen"),
    ("p", "Bij bevordering en determinatie kijken we niet alleen naar cijfers. We kijken ook naar de ontwikkeling "
          "over het jaar en naar wat de leerling en de mentor verwachten. Bij twijfel tussen twee niveaus "
          "kiezen we voor het hogere, met een plan en een evaluatiemoment na de kerstvakantie. Dit deden we in "
          "2023-2024 al bij 34 leerlingen; 27 van hen hielden het hogere niveau vast. Voor havo 4 voeren we een "
          "overgangsgesprek in aan het eind van havo 3. Daarin bespreken leerling, ouders en mentor de "
          "profielkeuze en de werkhouding die in de bovenbouw nodig is."),
    ("sub", "Ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel (vastgesteld in april 2024) staat welke ondersteuning we bieden. "
          "Iedere leerling heeft een mentor, die het eerste aanspreekpunt is. De basisondersteuning omvat "
          "begeleiding bij dyslexie en dyscalculie, faalangstreductietraining, een training studievaardigheden "
          "en begeleiding door de decaan. Voor extra ondersteuning hebben we twee ondersteuningscoördinatoren, "
          "een orthopedagoog (0,6 fte) en de Kielzoghaven: een ruimte waar leerlingen met bijvoorbeeld "
          "autisme of angstklachten terecht kunnen voor rust, structuur en begeleiding. Het zorg- en "
          "adviesteam, met schoolmaatschappelijk werk, de jeugdarts van de GGD en de leerplichtambtenaar, komt "
          "elke zes weken bij elkaar."),
    ("p", "We zijn duidelijk over wat we niet kunnen. Leerlingen die langdurig niet in een klas van dertig "
          "leerlingen kunnen functioneren of die intensieve zorg onder schooltijd nodig hebben, kunnen we geen "
          "passende plek bieden. Dat staat in het ondersteuningsprofiel en bespreken we al bij de aanmelding."),
    ("p", "We willen ook dat leerlingen een passende plek vinden als de havo of het vwo niet het juiste niveau "
          "blijkt. Met twee mavo-scholen van ASG hebben we daarom afspraken gemaakt. Leerlingen met een "
          "mavodiploma die naar havo 4 willen, volgen in het voorjaar een schakelprogramma van zes middagen bij "
          "ons. Havisten die in de onderbouw vastlopen, kunnen na een gezamenlijk gesprek zonder "
          "wachttijd overstappen."),
    ("sub", "Wat we bereiken"),
    ("doelen", [
        "Juli 2025 – De gemeenschappelijke lesopbouw is met alle secties vastgesteld en als kijkwijzer "
        "beschikbaar.",
        "Juli 2026 – Bij ten minste 80% van de lesbezoeken zien we de check op begrip en verwerking op twee "
        "niveaus terug.",
        "Juli 2026 – Het bovenbouwsucces havo is gestegen van 79% naar ten minste 83%; in juli 2028 is dat 86%.",
        "Juli 2027 – Het slagingspercentage havo is drie jaar op rij ten minste 87%, dat van het vwo ten minste "
        "90%.",
        "December 2025 – Het verschil tussen schoolexamen en centraal examen bij wiskunde A havo is kleiner dan "
        "0,5 punt.",
        "Oktober 2024 – Alle leerlingen in havo 3 en hun ouders zijn uitgenodigd voor het overgangsgesprek.",
        "Juni 2025 – Het schakelprogramma mavo-havo is gedraaid en geëvalueerd met de mavo-scholen; in 2027 "
        "stroomt ten minste 80% van de deelnemers door naar havo 5.",
        "April 2026 – Het schoolondersteuningsprofiel is geactualiseerd, met een evaluatie van de Kielzoghaven.",
    ]),

    ("kop", "Ambitie 2 – Leren voor een wereld in beweging"),
    ("sub", "Waarom"),
    ("p", "Onze leerlingen gaan werken in beroepen die deels nog niet bestaan, in een samenleving die verandert "
          "door digitalisering, klimaatverandering en polarisatie. Het huidige curriculum van de onderbouw is in "
          "2012 voor het laatst herzien. We willen dat onze leerlingen leren wat ze straks nodig hebben, en dat "
          "ze leren wat het betekent om burger te zijn in een diverse stad als Almere."),
    ("sub", "Een curriculum dat klaar is voor de toekomst"),
    ("p", "In 2024-2025 herzien we de lessentabel en de leerlijnen van de onderbouw. Een curriculumgroep van zes "
          "docenten en een teamleider maakt voorstellen. Vaste "
          "uitgangspunten zijn: digitale geletterdheid wordt een doorlopende leerlijn die in de vakken is "
          "verwerkt (met informatievaardigheden, mediawijsheid, computational thinking en de ethiek van AI), "
          "de vakken aardrijkskunde, geschiedenis en economie stemmen hun leerlijnen op elkaar af, en "
          "Nederlands en Engels leggen meer nadruk op argumenteren en presenteren. Het nieuwe programma start in "
          "leerjaar 1 in augustus 2025 en groeit daarna jaarlijks door."),
    ("sub", "Burgerschap"),
    ("p", "Burgerschap krijgt een leerlijn met drie sporen: kennis van de democratische rechtsstaat, oefenen met "
          "democratie in de school en omgaan met verschillen. In leerjaar 2 doet iedere klas mee aan een "
          "debattoernooi. In leerjaar 3 voeren alle leerlingen een maatschappelijke stage van dertig uur uit bij "
          "een organisatie in de buurt. Voorbeelden zijn de voedselbank Almere, woonzorgcentrum De Steiger en de "
          "speeltuinvereniging in Stedenwijk. In havo 4 en vwo 5 organiseren leerlingen een verkiezingsdebat of "
          "een politieke markt met lokale politici. De leerlingenraad heeft een eigen budget van 3.000 euro per "
          "jaar en overlegt zes keer per jaar met de rector. In 2025 beschrijven we per leerjaar welke "
          "burgerschapsdoelen bij welk vak of project horen, zodat we kunnen laten zien dat we de wettelijke "
          "opdracht waarmaken."),
    ("sub", "Leren buiten de school"),
    ("p", "Leren houdt niet op bij de schooldeur. Voor het profielwerkstuk werken we samen met het Flevoziekenhuis "
          "(profiel natuur en gezondheid), met Hogeschool Windesheim in Almere en met het pre-university "
          "programma van de Universiteit van Amsterdam. Leerlingen van havo 4 lopen in maart een week mee in "
          "een bedrijf of instelling, die zij zelf zoeken met hulp van de decaan. Bedrijven uit het Almeerse "
          "netwerk van onze ouders bieden elk jaar ongeveer veertig plekken."),
    ("p", "Sinds 2023 zijn we lid van het landelijke Elos-netwerk van Nuffic voor scholen die Europa en de wereld "
          "in hun onderwijs halen. We hebben een uitwisseling met een gymnasium in Poznań (vwo 4) en een "
          "project met een school in Dortmund voor de Duitse les (havo 4). Binnen de planperiode willen we de "
          "Elos-basiserkenning halen. Daarvoor moet internationalisering in ten minste vijf vakken een vaste "
          "plek hebben."),
    ("sub", "Wat we bereiken"),
    ("doelen", [
        "Juni 2025 – De nieuwe lessentabel en leerlijnen voor leerjaar 1 zijn vastgesteld, met instemming van "
        "de MR.",
        "Augustus 2025 – Het herziene programma start in leerjaar 1; in augustus 2027 geldt het voor de hele "
        "onderbouw.",
        "Juli 2026 – De leerlijn digitale geletterdheid is in leerjaar 1 en 2 in ten minste zes vakken "
        "zichtbaar in de studiewijzers.",
        "Oktober 2025 – Het burgerschapsoverzicht per leerjaar ligt ter bespreking bij de MR en de "
        "leerlingenraad.",
        "Juli 2025 – Alle leerlingen van leerjaar 3 hebben hun maatschappelijke stage afgerond; we werken met "
        "ten minste vijftien vaste organisaties uit de wijk.",
        "Maart 2026 – Ten minste 90% van de leerlingen in havo 4 heeft een meeloopweek gehad.",
        "Juli 2027 – Het Kielzog Lyceum heeft de Elos-basiserkenning.",
    ]),

    ("kop", "Ambitie 3 – Een school waar je jezelf kunt zijn"),
    ("sub", "Waarom"),
    ("p", "Leerlingen leren alleen goed als ze zich veilig voelen en als ze merken dat volwassenen hen kennen. "
          "In de monitor sociale veiligheid van 2023 gaf 91% van onze leerlingen aan zich veilig te voelen op "
          "school. Dat is goed, maar de andere 9% verdient onze aandacht. Vooral leerlingen die zich als LHBTIQ+ "
          "identificeren, voelden zich minder veilig (78%). Daarnaast vertelden leerlingen in de "
          "leerlingenraad dat het schoolgebouw in de pauzes druk en onoverzichtelijk is."),
    ("sub", "Veiligheid en schoolklimaat"),
    ("p", "Ons veiligheidsbeleid steunt op de gedragscode die leerlingen, ouders en medewerkers bij de "
          "inschrijving of indiensttreding ontvangen. Die code gaat over respectvol met elkaar omgaan: "
          "luisteren, elkaar in je waarde laten en geen discriminatie, in de klas en online. De code wordt in "
          "2024-2025 herschreven met de leerlingenraad en daarna elk schooljaar in de eerste mentorles "
          "besproken. Incidenten worden geregistreerd in Magister en elk kwartaal geanalyseerd door de "
          "coördinator veiligheid. We hebben twee vertrouwenspersonen voor leerlingen en een anti-pestcoördinator. "
          "Elk voorjaar nemen we de monitor sociale veiligheid af onder alle leerlingen; de uitkomsten "
          "bespreken we met de leerlingenraad en de MR."),
    ("p", "De Gender and Sexuality Alliance (GSA) van onze school krijgt begeleiding van twee docenten en "
          "organiseert elk jaar Paarse Vrijdag. In 2024-2025 richten we een stilteruimte in, die leerlingen "
          "kunnen gebruiken voor gebed of om even tot rust te komen. In de dialoogweek in november bespreken "
          "klassen onder begeleiding van de mentor thema's waarover in de samenleving verschillend wordt "
          "gedacht. Docenten volgen hiervoor de training ‘Omgaan met gevoelige onderwerpen in de klas’. We "
          "kijken met een open blik naar wat leerlingen van huis meebrengen. Verschillen zijn geen probleem "
          "dat we moeten oplossen, maar een gegeven waar we mee leren werken."),
    ("p", "Om de drukte in de pauzes te verminderen, verspreiden we vanaf augustus 2025 de pauzes over twee "
          "blokken. De aula en het schoolplein krijgen vaste pleinwachten."),
    ("sub", "Gekend worden"),
    ("p", "Het mentoraat is de ruggengraat van onze begeleiding. Iedere leerling heeft minstens drie keer per "
          "jaar een individueel gesprek met de mentor. In de onderbouw bereidt de leerling dat voor met een "
          "korte vragenlijst over welbevinden en voortgang. Na elke rapportperiode is er een leerlingbespreking "
          "per klas. Alle docenten van de klas bespreken dan de leerlingen over wie zorgen zijn, en spreken "
          "concrete afspraken af die in Magister worden vastgelegd. Zo weten we per leerling wat nodig is, "
          "en kan iedere docent ernaar handelen."),
    ("sub", "Wat we bereiken"),
    ("doelen", [
        "December 2024 – De nieuwe gedragscode is samen met de leerlingenraad opgesteld en door de MR "
        "besproken.",
        "Maart 2025 – De stilteruimte is in gebruik.",
        "Juli 2026 – Ten minste 94% van de leerlingen voelt zich veilig op school (monitor sociale veiligheid); "
        "in juli 2028 is dat 95%.",
        "Juli 2026 – Het verschil in veiligheidsbeleving tussen LHBTIQ+-leerlingen en andere leerlingen is "
        "gehalveerd ten opzichte van 2023.",
        "Juli 2025 – Ten minste 70% van de docenten heeft de training over gevoelige onderwerpen gevolgd; in "
        "juli 2026 is dat 100%.",
        "Elk schooljaar, vanaf 2024-2025 – Iedere leerling heeft ten minste drie mentorgesprekken; de "
        "teamleiders controleren dit in februari en juni.",
        "Juli 2027 – De leerlingtevredenheid in de Vensters-enquête is gestegen van 6,7 naar ten minste 7,2.",
    ]),

    ("kop", "Ambitie 4 – Docenten die het verschil maken"),
    ("sub", "Waarom"),
    ("p", "Goed onderwijs staat of valt met goede docenten. Het lerarentekort raakt ook ons, vooral in de "
          "bètavakken en de moderne vreemde talen. We willen daarom de docenten die we hebben, goed begeleiden "
          "en behouden. We willen nieuwe collega's, ook zij-instromers, snel laten groeien naar een "
          "volwaardige bevoegdheid. En we willen een werkomgeving bieden waarin mensen zich kunnen ontwikkelen, "
          "in elke fase van hun loopbaan."),
    ("sub", "Op weg naar een bevoegd team"),
    ("p", "In 2023-2024 stonden zeven docenten zonder bevoegdheid voor de klas. Elk van hen heeft nu een "
          "opleidingsplan met een einddatum. Ze krijgen een coach uit het team en vier uur per week "
          "opleidingstijd in hun jaartaak. De school betaalt het collegegeld, in aanvulling op de "
          "subsidie voor zij-instromers. Startende docenten doorlopen een begeleidingsprogramma van drie jaar. "
          "Dat bestaat uit zes intervisiebijeenkomsten per jaar, een coach in het eerste jaar en een lagere "
          "lesbelasting in de eerste twee jaar (22 in plaats van 25 lesuren)."),
    ("sub", "Zelf kiezen hoe je groeit"),
    ("p", "Iedere docent formuleert elk jaar zelf een ontwikkelvraag. Die vraag gaat over het eigen vakmanschap "
          "of over een van de schooldoelen, bijvoorbeeld differentiatie. Docenten werken aan die vraag in "
          "ontwikkelteams van vier tot zes collega's uit verschillende secties. De teams komen in het "
          "ontwikkeluur bij elkaar: elke tweede woensdagmiddag van 14.30 tot 16.00 uur. Ze bezoeken elkaars "
          "lessen, bespreken wat ze zien en stellen hun aanpak bij. Aan het eind van het jaar laat elk team "
          "op de studiedag van juni zien wat het heeft geleerd. Voor scholing buiten de school gebruiken we het "
          "aanbod van de ASG Academie. Iedere docent kan daarnaast de uren uit de cao voor professionalisering "
          "zelf besteden."),
    ("sub", "Gesprekken die ertoe doen"),
    ("p", "Iedere medewerker heeft jaarlijks een ontwikkelgesprek met de eigen leidinggevende. Eens in de drie "
          "jaar is er een beoordelingsgesprek, voorafgegaan door twee lesbezoeken. Leerlingfeedback via een "
          "korte digitale vragenlijst is vanaf 2025 een vast onderdeel van elk ontwikkelgesprek. In het gesprek "
          "komen ook de loopbaanwensen aan bod. Wil een collega een tijd op een andere ASG-school werken, "
          "bijvoorbeeld op het vmbo of in het basisonderwijs? Dan helpt de school daarbij via de interne "
          "vacaturebank en met tijdelijke detacheringen. Twee docenten geven sinds 2023 een deel van hun lessen "
          "op een vmbo-school van ASG; we willen dat er meer collega's gebruikmaken van die mogelijkheid."),
    ("sub", "Waardering en werkdruk"),
    ("p", "Docenten met een LC- of LD-functie hebben een zichtbare rol als sectievoorzitter, "
          "ontwikkelteamleider, coach of examencoördinator. We leggen in 2025 per functie vast welke "
          "expertise we erkennen en hoe die in het taakbeleid terugkomt. In de medewerkerspeiling van 2023 "
          "scoorde de vraag ‘mijn deskundigheid wordt gewaardeerd’ een 6,6. Dat willen we verhogen."),
    ("p", "Werkdruk is bij ons geen taboe. De middelen uit het werkdrukakkoord gebruiken we voor extra "
          "onderwijsassistentie bij practica en voor een kleinere onderbouwklas (maximaal 28 leerlingen). "
          "In het ontwikkelgesprek bespreken we ook hoe het met iemand gaat en wat iemand in deze levensfase "
          "nodig heeft. Jonge ouders kunnen een voorkeur voor lesvrije dagdelen opgeven. Collega's vanaf 57 "
          "jaar kunnen hun uren duurzame inzetbaarheid gebruiken voor minder lessen of voor een andere taak."),
    ("sub", "Wat we bereiken"),
    ("doelen", [
        "September 2024 – Alle onbevoegde docenten hebben een opleidingsplan met einddatum en een coach.",
        "Juli 2026 – Het aantal onbevoegde docenten is gedaald van zeven naar hoogstens drie; in juli 2028 "
        "staat geen enkele onbevoegde docent meer voor de klas zonder opleidingstraject.",
        "Januari 2025 – Het ontwikkeluur staat in het jaarrooster; alle docenten zitten in een ontwikkelteam.",
        "Juni 2025 en daarna elk jaar – Alle ontwikkelteams presenteren hun opbrengst op de studiedag.",
        "Juli 2026 – Ten minste 25 docenten hebben een programma van de ASG Academie gevolgd.",
        "September 2025 – Leerlingfeedback is onderdeel van alle ontwikkelgesprekken; 100% van de medewerkers "
        "heeft jaarlijks een ontwikkelgesprek.",
        "Juli 2027 – Ten minste vier medewerkers hebben een tijdelijke overstap of detachering binnen ASG "
        "gemaakt.",
        "Voorjaar 2026 – In de medewerkerspeiling scoort ‘mijn deskundigheid wordt gewaardeerd’ ten minste "
        "7,2 en werkdruk ten minste 6,5 (2023: 5,9).",
    ]),

    ("kop", "Ambitie 5 – Samen sterker, zichtbaar beter"),
    ("sub", "Waarom"),
    ("p", "Een school verbetert alleen als ze weet hoe ze ervoor staat en als ze die kennis deelt met wie erbij "
          "betrokken zijn. Onze kwaliteitszorg was de afgelopen jaren te veel een zaak van de schoolleiding. "
          "We willen dat secties, leerlingen en ouders meer zicht en invloed hebben op hoe het gaat, en dat we "
          "meer leren van andere scholen van ASG."),
    ("sub", "Kwaliteitszorg"),
    ("p", "We werken met een kwaliteitskalender die het hele jaar bestrijkt. In september stelt elke sectie een "
          "sectieplan op met twee of drie doelen die aansluiten bij dit schoolplan. In januari en juni "
          "analyseert de sectie de resultaten: cijfers, doorstroom, verschillen tussen schoolexamen en centraal "
          "examen en de uitkomsten van leerlingenquêtes per vak. De teamleiders bespreken die analyses met de "
          "secties en rapporteren aan de schoolleiding. Elk jaar voeren we lesbezoeken uit met de "
          "kijkwijzer uit ambitie 1. Elke twee jaar nemen we tevredenheidsonderzoeken af onder leerlingen, "
          "ouders en medewerkers. De uitkomsten komen samen in de kwartaalrapportage aan het College van "
          "Bestuur en in het jaarverslag. Eens per jaar houden we een kwaliteitsdag. Op die dag bespreken "
          "schoolleiding, sectievoorzitters en leerlingenraad wat goed gaat en wat beter moet. Daaruit volgt "
          "het jaarplan voor het volgende schooljaar."),
    ("sub", "Ouders en leerlingen als partner"),
    ("p", "Ouders zijn betrokken bij de schoolloopbaan van hun kind, ook als dat kind zestien is en liever niet "
          "heeft dat ze meekijken. Vanaf 2024-2025 voeren we twee keer per jaar een driehoeksgesprek tussen "
          "mentor, leerling en ouders: in oktober over de start en de doelen, in maart over de voortgang. In "
          "leerjaar 1 en in havo 4 en vwo 4 organiseren we een ouderavond over studievaardigheden en over hoe "
          "ouders thuis kunnen helpen zonder het werk over te nemen."),
    ("p", "We willen ook dat ouders en leerlingen weten waar ze aan toe zijn. Daarom hebben we in het voorjaar "
          "van 2024 samen met het ouderpanel een communicatieplan opgesteld. Ouders krijgen binnen twee "
          "werkdagen antwoord op een vraag. Cijfers staan uiterlijk tien werkdagen na een toets in Magister. "
          "Elke teamleider schrijft per periode een brief over wat er in het leerjaar speelt. Belangrijke "
          "beslissingen, zoals de nieuwe pauzetijden, leggen we eerst voor aan het ouderpanel en de "
          "leerlingenraad."),
    ("p", "De medezeggenschapsraad heeft twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. "
          "De schoolleiding bespreekt voornemens met de MR al in de verkenningsfase. De MR heeft daarom een vaste "
          "plaats gekregen in de curriculumgroep en in de werkgroep pauzes. Het ouderpanel (vijftien ouders uit "
          "alle leerjaren) en de leerlingenraad denken vier keer per jaar mee over een onderwerp dat de "
          "schoolleiding of zijzelf agenderen."),
    ("sub", "Leren van en met andere scholen"),
    ("p", "De secties wiskunde, Nederlands en biologie werken sinds 2023 samen met de secties van twee andere "
          "havo/vwo-scholen van ASG. Ze stemmen hun PTA's op elkaar af, ontwikkelen samen schoolexamens en "
          "bespreken na het centraal examen de resultaten. Onze examensecretaris neemt deel aan het overleg van "
          "de ASG-examensecretariaten. Vanaf 2025-2026 willen we dat uitbreiden naar de secties Engels, "
          "economie en natuurkunde. Ook met het basisonderwijs werken we samen: met tien basisscholen in Almere "
          "Stad bespreken we elk voorjaar de overstap, en we sturen de basisscholen een terugkoppeling over "
          "hoe hun oud-leerlingen het in leerjaar 1 en 3 doen."),
    ("sub", "Wat we bereiken"),
    ("doelen", [
        "Oktober 2024 – Alle secties hebben een sectieplan met doelen die aansluiten bij dit schoolplan.",
        "Februari 2025 – De eerste kwaliteitsdag met sectievoorzitters en leerlingenraad is gehouden; daarna "
        "elk jaar in februari.",
        "Juli 2025 – Ten minste 85% van de gezinnen heeft deelgenomen aan het oktobergesprek; in juli 2027 "
        "is dat 92%.",
        "Voorjaar 2026 – De oudertevredenheid over informatievoorziening is gestegen van 6,8 naar ten minste "
        "7,4.",
        "Juli 2026 – Zes secties werken structureel samen met secties van andere ASG-scholen voor havo en vwo.",
        "Elk schooljaar, vanaf 2024-2025 – Ten minste vier voornemens worden in de verkenningsfase besproken "
        "met MR, ouderpanel of leerlingenraad; het jaarverslag vermeldt welke.",
        "Juli 2028 – Beide afdelingen hebben bij het inspectieonderzoek ten minste het oordeel voldoende "
        "behouden, en het bovenbouwsucces havo ligt boven de norm.",
    ]),

    ("kop", "6. Van plan naar jaarplan"),
    ("p", "Dit schoolplan vertalen we elk jaar in een jaarplan. Dat jaarplan stellen we in juni op, na de "
          "evaluatie van het lopende jaar en in samenhang met de begroting. In het jaarplan krijgt elk doel een "
          "eigenaar uit de schoolleiding of het team, een budget en een evaluatiemoment. De voortgang "
          "rapporteren we elk kwartaal aan het College van Bestuur. In het jaarverslag leggen we verantwoording "
          "af aan de MR, het ouderpanel en de leerlingenraad. In het voorjaar van 2027 houden we een "
          "tussenevaluatie en stellen we het plan waar nodig bij. In 2027-2028 beginnen we met het volgende "
          "schoolplan."),
    ("p", "Voor de uitvoering van dit plan reserveren we naast de reguliere begroting jaarlijks circa 140.000 "
          "euro. Dat is onder meer voor het ontwikkeluur (bijna 70.000 euro aan formatie), de curriculumgroep, "
          "de Kielzoghaven en de begeleiding van onbevoegde en startende docenten."),

    ("kop", "Colofon"),
    ("p", "Titel: Schoolplan 2024-2028 Kielzog Lyceum\n"
          "Planperiode: 1 augustus 2024 tot en met 31 juli 2028\n"
          "Opgesteld door: schoolleiding Kielzog Lyceum (F. Rutgers, rector; H. Benali en P. de Wilde, "
          "teamleiders)\n"
          "Medezeggenschap: de medezeggenschapsraad heeft op 11 juni 2024 ingestemd met dit schoolplan.\n"
          "Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 1 juli 2024.\n"
          "Kielzog Lyceum, Stedenwijk, Almere Stad · BRIN 17QX"),
]


def _kop(doc, tekst, grootte=13):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(grootte)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return p


def build(path):
    doc = Document()
    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028"
    cp.author = "Femke Rutgers"
    cp.last_modified_by = "Hanna Benali"
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.revision = 23

    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    for soort, inhoud in INHOUD:
        if soort == "titel":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(inhoud)
            r.bold = True
            r.font.size = Pt(26)
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        elif soort == "titel2":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(inhoud)
            r.bold = True
            r.font.size = Pt(18)
        elif soort == "p_c":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(inhoud).italic = True
        elif soort == "kop":
            _kop(doc, inhoud)
        elif soort == "sub":
            _kop(doc, inhoud, grootte=11)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "bullets":
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "doelen":
            for item in inhoud:
                datum, _, rest = item.partition(" – ")
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(datum).bold = True
                p.add_run(" – " + rest)
        else:
            raise ValueError(soort)

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_120_kielzog_lyceum.docx")
