"""Schoolplan 2025-2029 van De Taalbrug, openbare school voor speciaal onderwijs cluster 2 in Almere.

De school: een kleine openbare SO-school (ongeveer 110 leerlingen) voor kinderen met een
taalontwikkelingsstoornis (TOS), een deel van hen ook slechthorend, onder het bestuur van ASG, met
een eigen ambulante dienst voor leerlingen met TOS in het reguliere onderwijs.

Het ontwerp: een lang en grondig plan in Word met kopstijlen (Heading 1 en 2), ingedeeld naar de
eigen thema's van de school (Communicatie, Leren, Samen met ouders, Ons team, Kwaliteit,
Samenwerken), in het vocabulaire van de taal-spraakzorg (logopedie, TOS, NmG, auditieve training,
ambulante dienst). De koers van ASG wordt nergens met zijn eigen woorden gevolgd. De doelen staan in
één tabel 'Doel | Indicator | Jaar' zonder kolom voor kernwaarde of venster. Een hoofdstuk
'Financiën en huisvesting' gebruikt koerswoorden in een andere betekenis (gastvrij verhuren, een
dekkend wifi-netwerk, drie horizonten in de begroting, interne mobiliteit in het gebouw). De
openbare identiteit is concreet uitgewerkt. MR-instemming op 12 juni 2025.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl, tabel

TITEL = "Schoolplan 2025-2029"
ONDERTITEL = "De Taalbrug, openbare school voor speciaal onderwijs cluster 2, Almere"

# (soort, tekst): "h1" en "h2" zijn kopjes in Heading 1 en Heading 2, "p" een alinea,
# "li" een opsommingsteken (List Bullet), "doelen" de doelentabel.
INHOUD: list[tuple[str, str]] = [
    ("h1", "Inleiding"),
    ("p", "Dit is het schoolplan van De Taalbrug voor de schooljaren 2025-2026 tot en met 2028-2029. Het "
          "beschrijft hoe wij de komende vier jaar ons onderwijs aan kinderen met een "
          "taalontwikkelingsstoornis vormgeven en verbeteren. Het plan is tussen januari en mei 2025 "
          "geschreven door de directie, de commissie voor de begeleiding en een schrijfgroep van vijf "
          "teamleden (twee leerkrachten, twee logopedisten en een klassenassistent). Het hele team heeft "
          "de hoofdstukken op de studiedagen van 3 februari en 14 april 2025 besproken; ouders gaven hun "
          "reactie op een ouderavond op 20 maart 2025 en de kinderraad las de hoofdstukken Communicatie "
          "en Leren in een versie met pictogrammen."),
    ("p", "Wij hebben het plan ingedeeld naar de thema's die voor onze school het zwaarst wegen: "
          "communicatie, leren, samen met ouders, ons team, kwaliteit en samenwerken. Daarna volgt een "
          "hoofdstuk over financiën en huisvesting. Alle doelen voor de planperiode staan bij elkaar in "
          "één tabel aan het eind. Het jaarplan werkt de doelen elk jaar uit in acties."),

    ("h1", "Wie wij zijn"),
    ("h2", "De school in cijfers"),
    ("p", "De Taalbrug is een openbare school voor speciaal onderwijs in cluster 2, gevestigd aan de "
          "Zeeuwse Stroom in de Stedenwijk in Almere Stad. Op 1 oktober 2024 hadden wij 112 leerlingen "
          "van 4 tot 13 jaar in twaalf groepen van acht tot elf kinderen. Alle leerlingen hebben een "
          "taalontwikkelingsstoornis (TOS); 19 van hen zijn daarnaast slechthorend en dragen hoortoestellen "
          "of een cochleair implantaat. Ongeveer een derde van de kinderen groeit meertalig op. De meeste "
          "leerlingen komen uit Almere, een kwart uit Lelystad, Zeewolde en Dronten; 74 leerlingen komen "
          "met het leerlingenvervoer."),
    ("p", "Het team bestaat uit 47 medewerkers: 15 leerkrachten, 9 logopedisten, 8 klassenassistenten, "
          "een orthopedagoog, een gedragswetenschapper, een intern begeleider, een schoolmaatschappelijk "
          "werker, zes ambulant begeleiders, een conciërge, een administratief medewerker, de adjunct-"
          "directeur en de directeur. De ambulante dienst begeleidt daarnaast ongeveer 150 leerlingen met "
          "TOS op reguliere scholen in Almere en Lelystad."),
    ("h2", "Onze opdracht"),
    ("p", "Kinderen met TOS begrijpen taal vaak minder goed dan anderen denken, en worden zelf minder goed "
          "begrepen. Dat raakt alles: het leren lezen, het rekenen met talige opgaven, het spelen op het "
          "plein en het contact thuis. Onze opdracht is dat elk kind bij ons leert communiceren op de "
          "manier die bij hem of haar past, zo goed leert als het kan, en zo snel als dat verantwoord is "
          "terugkeert naar een school dichter bij huis. Elk jaar gaat ongeveer een kwart van onze "
          "uitstromers naar het reguliere basisonderwijs, met ambulante begeleiding van onze eigen dienst."),
    ("h2", "Openbaar: wat dat bij ons betekent"),
    ("p", "De Taalbrug is een openbare school. Iedere leerling met een toelaatbaarheid voor cluster 2 is "
          "welkom, ongeacht geloof, levensovertuiging, afkomst of de taal die thuis wordt gesproken. In de "
          "praktijk betekent dit voor ons:"),
    ("li", "In de kring besteden wij aandacht aan de feesten die de kinderen thuis vieren: Kerstmis, het "
          "Suikerfeest, Divali, Chanoeka en Keti Koti. Kinderen vertellen er met foto's en voorwerpen van "
          "thuis over; de logopedist maakt vooraf een woordkaart met de belangrijkste woorden."),
    ("li", "Op verzoek van ouders bieden wij in groep 5 tot en met 8 godsdienstig of humanistisch "
          "vormingsonderwijs aan, één uur per week. In 2024-2025 volgden 14 kinderen HVO en 6 kinderen "
          "islamitisch GVO. De vakdocenten krijgen van onze logopedisten een korte instructie over "
          "visuele ondersteuning."),
    ("li", "Medewerkers dragen hun eigen overtuiging niet uit in de groep. Als een kind vraagt wat de juf "
          "gelooft, mag zij antwoorden, maar zij legt erbij uit dat mensen verschillend denken en dat dat "
          "mag."),
    ("li", "Wij spreken met ouders in een taal die zij begrijpen: waar nodig met een tolk via het "
          "tolkennetwerk van de gemeente, ook voor Nederlandse Gebarentaal."),

    ("h1", "Communicatie"),
    ("h2", "Elk kind een eigen manier om te communiceren"),
    ("p", "Communicatie is het hart van onze school. Sommige kinderen spreken in korte zinnen, andere "
          "gebruiken vooral Nederlands met Gebaren (NmG), pictogrammen of een spraakcomputer, en veel "
          "kinderen wisselen dat af. Wij zien al die vormen als volwaardig. Een kind dat met een gebaar en "
          "een pictogram vertelt wat het in het weekend heeft gedaan, krijgt dezelfde aandacht als een "
          "kind dat het in een zin vertelt. In elke groep heeft ieder kind elke ochtend een eigen beurt in "
          "de kring, met het weekendboekje of de praatkaart als steun; de leerkracht houdt bij wie aan de "
          "beurt is geweest, zodat geen kind een dag overslaat."),
    ("p", "Alle medewerkers gebruiken NmG in de groep, op de gang en op het plein. Elke groep heeft een "
          "dagritmebord met pictogrammen, en bij elke instructie staan de kernwoorden op het bord met een "
          "plaatje en een gebaar. In de kleuterbouw werken wij met klankgebaren, die wij in groep 3 "
          "voortzetten bij het leren lezen."),
    ("h2", "Het communicatieprofiel"),
    ("p", "Voor elk kind stellen de logopedist en de leerkracht binnen zes weken na de start een "
          "communicatieprofiel op. Daarin staat hoe het kind taal begrijpt, hoe het zich uit, wat het "
          "helpt (bijvoorbeeld: korte zinnen, eerst oogcontact, een visuele planning) en wat het lastig "
          "vindt (bijvoorbeeld: instructies met twee stappen, achtergrondlawaai, figuurlijk taalgebruik). "
          "Het profiel hoort bij het ontwikkelingsperspectiefplan en hangt in een korte versie in de "
          "klassenmap, zodat ook invallers en vakdocenten weten hoe zij met het kind moeten praten. Twee "
          "keer per jaar bespreken de logopedist, de leerkracht en de ouders of het profiel nog klopt."),
    ("h2", "Zo gaan wij met elkaar om"),
    ("p", "Voor kinderen met TOS is het gesprek vaak een race die zij verliezen. Daarom hebben wij als "
          "team afspraken gemaakt over hoe wij met kinderen, ouders en bezoekers praten. Wij geven iemand "
          "de tijd om te antwoorden en tellen in stilte tot tien voordat wij iets herhalen. Wij maken "
          "zinnen van een ander niet af. Wij gaan op ooghoogte zitten als wij met een kind praten. Wij "
          "praten niet over een kind terwijl het erbij is, zonder het kind erbij te betrekken. Als wij iets "
          "niet begrijpen, zeggen wij dat eerlijk en vragen wij het kind het op een andere manier te laten "
          "zien. Deze afspraken staan op een kaart in elk lokaal en in de teamkamer, en nieuwe collega's "
          "oefenen ze in hun inwerkweek met een logopedist."),
    ("h2", "Meertaligheid"),
    ("p", "Een derde van onze leerlingen spreekt thuis een andere taal dan het Nederlands, meestal Arabisch, "
          "Turks, Papiaments, Engels of Pools. Wij raden ouders niet aan om thuis Nederlands te spreken: de "
          "thuistaal is de taal waarin ouders en kind elkaar het best begrijpen, en een goed ontwikkelde "
          "thuistaal helpt het Nederlands. Bij de intake vraagt de logopedist welke talen het kind hoort "
          "en gebruikt, en bij de diagnostiek van TOS houden wij rekening met de thuistaal, zo nodig met "
          "een tolk. In de bibliotheek van de school staan prentenboeken in zes talen die kinderen mee naar "
          "huis nemen."),
    ("h2", "Horen en luisteren"),
    ("p", "Voor de slechthorende kinderen heeft elk lokaal een soundfieldsysteem, en de kinderen met een "
          "eigen FM-systeem krijgen dat elke ochtend van de klassenassistent aangesloten. De logopedist "
          "geeft deze kinderen drie keer per week twintig minuten auditieve training in groepjes van drie, "
          "gericht op het verstaan in lawaai en het onderscheiden van klanken. Twee keer per jaar bespreekt "
          "de logopedist met het Audiologisch Centrum Flevoland de hoorresultaten en de instelling van de "
          "hoortoestellen."),

    ("h1", "Leren"),
    ("h2", "Ons onderwijsprogramma"),
    ("p", "Wij werken met de kerndoelen van het speciaal onderwijs en bieden het uitstroomprofiel "
          "vervolgonderwijs. Voor elk kind stellen wij in het ontwikkelingsperspectiefplan (OPP) een "
          "leerroute vast voor technisch lezen, begrijpend lezen, spelling en rekenen, gebaseerd op de "
          "referentieniveaus. Het onderwijs is ingedeeld in drie bouwen: de taalstartgroepen (4 tot 6 "
          "jaar), de middenbouw (groep 3 tot en met 5) en de bovenbouw (groep 6 tot en met 8). Per week "
          "krijgen de kinderen 25 uur onderwijs, waarvan gemiddeld vijf uur logopedie, in de groep en in "
          "kleine groepjes."),
    ("p", "Voor technisch lezen gebruiken wij Veilig Leren Lezen met klankgebaren. Omdat kinderen met TOS "
          "het verband tussen klank en letter moeilijk vasthouden, krijgt elk kind in groep 3 dagelijks tien "
          "minuten extra klankoefening met de logopedist, en lezen wij elke dag met de hele groep een "
          "kwartier hardop samen (koorlezen). Voor begrijpend lezen werken wij met Nieuwsbegrip, maar wij "
          "bereiden de teksten voor: de logopedist maakt bij elke tekst een woordweb en een plaatjesvoorstel "
          "van de moeilijke woorden. Voor rekenen gebruiken wij Getal & Ruimte Junior; bij talige opgaven "
          "tekenen de kinderen eerst de situatie, voordat zij gaan rekenen."),
    ("p", "Woordenschat krijgt dagelijks aandacht met de viertakt van Met Woorden in de Weer: voorbewerken, "
          "semantiseren, consolideren en controleren. Per week leren de kinderen tien tot vijftien "
          "nieuwe woorden, die ook op de woordmuur in de gang en in de ouderbrief staan."),
    ("h2", "Dichtbij de wereld van het kind"),
    ("p", "Wereldoriëntatie geven wij in thema's van vier weken. De thema's kiezen wij samen met de "
          "kinderen uit wat zij meemaken: de verhuizing van een klasgenoot, een bezoek aan de tandarts, de "
          "bouw van de nieuwe supermarkt in de wijk, de vakantie. Wij beginnen elk thema met een uitstapje "
          "of een voorwerp dat de kinderen kunnen aanraken, omdat kinderen met TOS woorden beter onthouden "
          "als zij ze hebben beleefd. In de kleuterbouw maken de logopedisten bij elk thema een praatplaat "
          "met foto's uit de eigen straat van de kinderen."),
    ("h2", "Logopedie in de klas"),
    ("p", "Sinds 2023 geven onze logopedisten het grootste deel van de behandeling niet meer buiten de "
          "groep, maar in de klas. Elke groep heeft een vaste logopedist die drie ochtenden per week "
          "samen met de leerkracht lesgeeft: de leerkracht geeft de instructie, de logopedist oefent "
          "dezelfde woorden en zinsconstructies met een groepje of stuurt bij in het gesprek. De "
          "behandeldoelen uit het OPP worden zo geoefend in de lessen zelf. Kinderen die individuele "
          "behandeling nodig hebben, bijvoorbeeld voor stotteren of voor de uitspraak, krijgen die nog "
          "apart. Na twee jaar zien wij dat kinderen de geoefende woorden vaker zelf gebruiken in de klas; "
          "in de komende periode breiden wij deze manier van werken uit naar de bovenbouw."),
    ("h2", "Hoge doelen, ook voor onze kinderen"),
    ("p", "Een TOS is geen reden om minder te verwachten. Bij de start stellen wij voor elk kind de "
          "leerroute vast op het hoogste niveau dat op grond van de intelligentie en de "
          "onderwijsgeschiedenis haalbaar lijkt, en wij verlagen die alleen na een bespreking in de "
          "commissie voor de begeleiding met een onderbouwing op papier. In 2024 zat 71% van de kinderen "
          "op of boven de leerroute die bij de start was vastgesteld. Bij de keuze voor het vervolgonderwijs "
          "kijken wij eerst of het kind naar het reguliere voortgezet onderwijs kan, met ambulante "
          "begeleiding; in 2024 ging 54% van de uitstromers uit groep 8 naar het regulier vo."),
    ("h2", "Burgerschap"),
    ("p", "Kinderen met TOS hebben het moeilijk om voor zichzelf op te komen. Daarom oefenen wij dat bewust. "
          "De kinderraad, met twee kinderen uit elke groep vanaf groep 5, vergadert zes keer per jaar met "
          "de adjunct-directeur; de agenda staat in pictogrammen en de kinderen stemmen met kaarten. In "
          "2024 besliste de kinderraad over de nieuwe speeltoestellen en over de regels voor het voetbalveld. "
          "In groep 7 en 8 oefenen de kinderen in rollenspellen hoe zij een onbekende iets vragen, hoe zij "
          "zeggen dat zij iets niet begrijpen en hoe zij uitleggen wat hun TOS is. Elk jaar bezoekt groep 8 "
          "het stadhuis van Almere en spreekt een raadslid, en in de thema's komen afspraken in de wijk, "
          "verschillen tussen mensen en de rechten van het kind aan bod."),
    ("h2", "Een veilige school"),
    ("p", "Kinderen met TOS raken sneller betrokken bij ruzie, omdat zij een grap of een opmerking verkeerd "
          "begrijpen of zich niet met woorden kunnen verdedigen. Wij leren kinderen conflicten uit te "
          "praten met praattekenen: de leerkracht tekent samen met de kinderen wat er gebeurde, zodat "
          "iedereen het kan volgen. Wij volgen de sociaal-emotionele ontwikkeling twee keer per jaar met "
          "ZIEN!, en in groep 5 tot en met 8 vullen de kinderen elk jaar in november een vragenlijst over "
          "veiligheid in, in een versie met pictogrammen die een logopedist voorleest. In 2024 gaf 87% van "
          "de kinderen aan zich veilig te voelen. De gedragswetenschapper is anti-pestcoördinator; "
          "incidenten worden in Parnassys geregistreerd en elke maand in het managementteam besproken. Op "
          "het plein is in elke pauze een vaste pleinwacht die NmG beheerst."),
    ("h2", "Ondersteuning: wat wij wel en niet kunnen"),
    ("p", "In ons schoolondersteuningsprofiel (vastgesteld in maart 2025) staat welke kinderen wij kunnen "
          "helpen. Wij bieden intensieve ondersteuning aan kinderen met TOS, met of zonder slechthorendheid, "
          "ook als daar lichte gedragsproblemen of een lichte motorische achterstand bij komen. Wij hebben "
          "de deskundigheid voor kinderen die spreken met een spraakcomputer en voor kinderen die stotteren. "
          "Wij kunnen geen passend onderwijs bieden aan kinderen bij wie de gedragsproblemen voorop staan "
          "en de veiligheid van anderen in gevaar brengen, aan kinderen met een IQ onder de 70 zonder "
          "perspectief op het uitstroomprofiel vervolgonderwijs, en aan dove kinderen die vooral in "
          "Nederlandse Gebarentaal onderwijs nodig hebben; voor hen verwijzen wij naar een school voor "
          "dove kinderen."),
    ("p", "Elk kind heeft een OPP, dat de commissie voor de begeleiding twee keer per jaar evalueert met de "
          "leerkracht, de logopedist en de ouders. In het OPP staan de leerroute, de logopedische "
          "behandeldoelen, het communicatieprofiel en de verwachte uitstroombestemming."),

    ("h1", "Samen met ouders"),
    ("h2", "Welkom bij De Taalbrug"),
    ("p", "Veel ouders komen bij ons binnen na een lange zoektocht, soms na een moeilijke tijd op een "
          "vorige school. Daarom besteden wij veel zorg aan de eerste kennismaking. Na de toelating gaan de "
          "leerkracht en de logopedist op huisbezoek, zodat het kind zijn nieuwe juf eerst thuis ziet. Op "
          "de eerste schooldag wachten zij het kind bij de taxibus op, en de ouders zijn die ochtend welkom "
          "in de klas. De ouderkamer naast de ingang is elke ochtend open; daar staat koffie en kunnen "
          "ouders elkaar ontmoeten. Bezoekers, ook ouders die voor het eerst komen kijken, worden bij de "
          "ingang opgevangen door de conciërge, die hen naar de juiste plek brengt en NmG spreekt met "
          "kinderen die hem aanspreken."),
    ("h2", "Ouders in de behandeling en het leren"),
    ("p", "Ouders zijn de belangrijkste gesprekspartners van hun kind. Als zij weten hoe zij met hun kind "
          "kunnen praten, gaat de ontwikkeling sneller. Daarom volgen ouders in het eerste jaar een "
          "cursus NmG van zes avonden, die twee logopedisten op school geven; in 2024 deed 55% van de "
          "ouders van nieuwe leerlingen mee. Twee keer per jaar kijken ouders een ochtend mee bij de "
          "logopedie in de klas, en de logopedist geeft daarna tips om thuis te oefenen. Elke week krijgen "
          "ouders via Parro de woorden van de week met plaatjes en gebaren, en een foto van wat hun kind "
          "heeft gedaan, zodat zij er thuis met hun kind over kunnen praten."),
    ("h2", "Helder en begrijpelijk"),
    ("p", "Wij schrijven alle brieven op taalniveau B1, met pictogrammen bij de belangrijkste mededelingen. "
          "Het OPP bespreken wij met de ouders voordat het wordt vastgesteld; ouders krijgen een kopie "
          "van het OPP en van elk logopedisch verslag. Als wij een keuze maken die ouders aangaat, "
          "bijvoorbeeld over een andere groep of over terugplaatsing naar het reguliere onderwijs, "
          "leggen wij in een gesprek uit waarom, en wat de ouders kunnen doen als zij het er niet mee "
          "eens zijn. Ouders die het Nederlands niet goed beheersen, krijgen een tolk aangeboden bij elk "
          "gesprek over hun kind."),
    ("h2", "Medezeggenschap"),
    ("p", "De medezeggenschapsraad heeft vier leden: twee ouders en twee medewerkers, van wie één "
          "logopedist. De MR vergadert zes keer per jaar. De directie legt nieuwe plannen eerst als "
          "vraag aan de MR voor, voordat er een voorstel ligt. Zo heeft de MR in 2024 meegedacht over de "
          "uitbreiding van de logopedie in de klas en over het rooster met een vrije woensdagmiddag; het "
          "voorstel van de oudergeleding om de ouderavonden ook overdag te houden hebben wij "
          "overgenomen. De ouderraad organiseert de feesten en helpt bij de uitstapjes van de thema's."),

    ("h1", "Ons team"),
    ("h2", "Leerkracht en logopedist als gelijken"),
    ("p", "Op De Taalbrug werken onderwijs en zorg in één team. De leerkracht is verantwoordelijk voor het "
          "onderwijs, de logopedist voor de behandeling, maar in de klas werken zij samen en beslissen zij "
          "samen. Beide beroepen hebben dezelfde stem in de groepsbespreking en in de commissie voor de "
          "begeleiding. Wie een specialisme heeft, wordt daar ook voor gevraagd: de drie logopedisten "
          "met een specialisatie in stotteren, in meertaligheid en in ondersteunde communicatie zijn het "
          "vaste aanspreekpunt voor het team, met twee uur per week voor consultatie, en zij geven elk jaar "
          "de studiemiddag over hun eigen onderwerp. In de teamvergadering staat elke maand een collega "
          "centraal die laat zien waar hij of zij trots op is."),
    ("h2", "Wat collega's nodig hebben"),
    ("p", "Bij de start van het schooljaar bespreekt iedere medewerker met de leidinggevende wat hij of zij "
          "dit jaar nodig heeft in de groep en in de eigen ontwikkeling. Voor collega's in verschillende "
          "levensfasen maken wij afspraken op maat: jonge ouders kunnen hun uren in overleg anders over de "
          "week verdelen, collega's boven de 60 kunnen minder pleinwachten doen en meer inwerken van nieuwe "
          "collega's, en wie mantelzorg geeft, krijgt voorrang bij het kiezen van de vrije dag. Onze "
          "werkdrukmiddelen besteden wij aan een klassenassistent in elke groep van de taalstartgroepen en "
          "de middenbouw."),
    ("h2", "Gezond blijven werken"),
    ("p", "Wie de hele dag praat, gebaart en luistert in een groep kinderen met TOS, belast zijn stem en "
          "zijn concentratie. Alle leerkrachten en klassenassistenten krijgen in hun eerste jaar een "
          "training stemgebruik van twee dagdelen, gegeven door een van onze logopedisten, en elk lokaal "
          "heeft een microfoon voor het soundfieldsysteem, zodat niemand hoeft te schreeuwen. Het "
          "ziekteverzuim was in 2024 6,8%; bij een verzuim van meer dan drie keer per jaar volgt een "
          "gesprek met de leidinggevende, en wij zetten bij langdurig verzuim vroeg de bedrijfsarts in."),
    ("h2", "Leren en ontwikkelen"),
    ("p", "Nieuwe leerkrachten en klassenassistenten volgen in hun eerste jaar de basiscursus NmG en de "
          "interne cursus TOS in de klas (acht bijeenkomsten). Ervaren collega's kiezen zelf een verdieping, "
          "bijvoorbeeld de post-hbo-opleiding Specialist TOS, de cursus video-interactiebegeleiding of een "
          "NmG-vervolgcursus; in 2024-2025 volgden negen collega's zo'n opleiding, waarvan vier via de ASG "
          "Academie. Het scholingsbudget bedraagt € 850 per fte per jaar, en collega's die een opleiding "
          "volgen, krijgen studieuren."),
    ("p", "Elk jaar heeft iedere medewerker een startgesprek en een ontwikkelgesprek; eens in de drie jaar "
          "volgt een beoordelingsgesprek, met twee klassenbezoeken van de directeur of de adjunct-"
          "directeur. Logopedisten worden daarnaast jaarlijks bezocht door de orthopedagoog, die let op "
          "de samenwerking met de leerkracht in de klas."),
    ("p", "Onze logopedisten nemen deel aan het intervisienetwerk van logopedisten in het speciaal "
          "onderwijs van Siméa, dat drie keer per jaar bijeenkomt, en onze twee specialisten TOS zijn lid "
          "van de ASG-werkgroep Taal, waarin taalcoördinatoren van ASG-scholen voor primair onderwijs vier "
          "keer per jaar materialen en werkwijzen uitwisselen; de woordwebben van onze logopedisten worden "
          "sinds 2024 door vier ASG-basisscholen gebruikt."),
    ("h2", "Zij-instromers"),
    ("p", "Twee leerkrachten hebben nog geen bevoegdheid: een logopedist die leraar wil worden en een "
          "zij-instromer uit de jeugdzorg. Beiden volgen de verkorte pabo-route bij Windesheim Flevoland, "
          "hebben een coach in de school die elke twee weken meekijkt en krijgen een halve dag per week "
          "studietijd, die de school betaalt uit het budget voor zij-instromers."),
    ("h2", "Onze expertise voor andere scholen"),
    ("p", "De zes ambulant begeleiders van onze ambulante dienst ondersteunen leerkrachten op reguliere "
          "scholen die een leerling met TOS in de groep hebben. Zij kijken in de klas mee, geven "
          "handelingsadviezen en verzorgen teamscholingen. Voor de ASG-basisscholen in Almere houden wij "
          "daarnaast elke woensdagmiddag een telefonisch spreekuur, waar intern begeleiders terecht kunnen "
          "met vragen over taal en spraak, ook als het kind geen arrangement heeft. Elke ASG-school voor "
          "primair onderwijs heeft een vaste ambulant begeleider als contactpersoon, met naam en "
          "telefoonnummer in de ondersteuningsgids van ASG. Zo komt wat wij over TOS weten ook ten goede "
          "aan kinderen op andere scholen van ons bestuur: in 2024 gaven onze ambulant begeleiders en "
          "logopedisten op elf ASG-scholen een teamscholing over TOS in de klas."),

    ("h1", "Kwaliteit"),
    ("h2", "Waar wij staan"),
    ("p", "De inspectie bezocht De Taalbrug in november 2022 en beoordeelde alle standaarden als "
          "voldoende; de school heeft een basisarrangement. Als ontwikkelpunt noemde de inspectie de "
          "evaluatie van de OPP's, die niet altijd leidde tot bijstelling van de aanpak. Dat hebben wij in "
          "2023 aangepast met een vaste evaluatievorm. De uitstroom komt in 2022, 2023 en 2024 in 88%, 91% "
          "en 90% van de gevallen overeen met de bestemming in het OPP, boven de norm van 75% die wij "
          "onszelf hebben gesteld."),
    ("h2", "Zo werken wij aan kwaliteit"),
    ("p", "Onze kwaliteitszorg volgt een jaarcyclus. In oktober en maart evalueert de commissie voor de "
          "begeleiding alle OPP's en vergelijkt de voortgang met de leerroute. In juni maakt de intern "
          "begeleider een trendanalyse van de resultaten per bouw en per vak en van de uitstroom, die het "
          "team op de studiedag van juni bespreekt. De conclusies gaan in het jaarplan voor het volgende "
          "jaar. Elk jaar doen wij een zelfevaluatie op een deel van het onderzoekskader van de inspectie, "
          "zodat in vier jaar het hele kader aan bod komt; in 2025-2026 zijn dat de standaarden over het "
          "onderwijsproces. Eens per twee jaar peilen wij de tevredenheid van ouders, leerlingen (met een "
          "pictogrammenversie) en medewerkers. Over de voortgang rapporteren wij elk kwartaal aan het "
          "bestuur en eens per jaar aan de MR en de ouders in het jaarverslag."),
    ("h2", "Van elkaar leren"),
    ("p", "Leerkrachten en logopedisten werken in drie leerteams, één per bouw, die elk jaar één vraag uit "
          "de trendanalyse onderzoeken. In 2024-2025 onderzocht de middenbouw waarom kinderen de "
          "woorden van de week na zes weken vergeten waren, en paste op grond daarvan de herhaling in de "
          "viertakt aan. Elk teamlid wordt eens per jaar gefilmd in de klas en bespreekt de opname met een "
          "collega die de cursus video-interactiebegeleiding heeft gevolgd. Eens per jaar doen wij een "
          "lesson study met de hele bouw."),
    ("h2", "Nieuwe kennis over TOS"),
    ("p", "Wij willen weten wat werkt. Sinds 2024 doen wij mee aan een onderzoek van de Universiteit "
          "van Amsterdam naar leesinterventies bij kinderen met TOS, met twee groepen uit de middenbouw; "
          "de onderzoekers koppelen de resultaten elk halfjaar aan het team terug. In de teamkamer ligt "
          "elke maand een nieuw artikel uit het vakblad van de logopedisten, dat in de leesclub van "
          "vrijdagmiddag wordt besproken, en wij gebruiken de uitkomsten om te beslissen of wij een "
          "werkwijze aanpassen."),

    ("h1", "Samenwerken"),
    ("h2", "In het netwerk van passend onderwijs"),
    ("p", "Kinderen komen bij ons binnen met een toelaatbaarheid van de Commissie van Onderzoek van Siméa, "
          "de landelijke sectororganisatie voor cluster 2. Wij werken nauw samen met Samenwerkingsverband "
          "Passend Onderwijs Almere: bij elke aanmelding overlegt onze intern begeleider met de school van "
          "herkomst en de consulent van het samenwerkingsverband of een arrangement op de eigen school "
          "mogelijk is. Als terugplaatsing naar het reguliere onderwijs in beeld komt, zoeken wij samen met "
          "de ouders en het samenwerkingsverband een school in de buurt, en onze ambulante dienst begeleidt "
          "het kind en de leerkracht het eerste jaar. In 2024 zijn zo zeven kinderen teruggeplaatst; alle "
          "zeven zaten een jaar later nog op die school."),
    ("p", "De directeur neemt deel aan het directieoverleg van de cluster 2-scholen van Siméa en aan de "
          "landelijke werkgroep TOS en lezen, waarin de cluster 2-scholen hun aanpak van het leesonderwijs "
          "op elkaar afstemmen."),
    ("h2", "Zorgpartners"),
    ("p", "Wij werken samen met het Audiologisch Centrum Flevoland voor de hoordiagnostiek en de "
          "instelling van hoorhulpmiddelen, met de jeugdarts van de GGD Flevoland, die vier keer per jaar "
          "op school een spreekuur houdt, met de kinderfysiotherapeut die twee dagen per week op school "
          "behandelt, en met de wijkteams van Almere voor gezinnen die hulp thuis nodig hebben. Onze "
          "schoolmaatschappelijk werker is voor ouders het eerste aanspreekpunt en regelt de warme "
          "overdracht naar het wijkteam."),
    ("h2", "In de Stedenwijk"),
    ("p", "Onze school deelt het plein met openbare basisschool De Wissel. Eens per week spelen onze "
          "middenbouwgroepen een middag samen met een groep van De Wissel, en in de bovenbouw volgen vijf "
          "kinderen die bijna kunnen terugkeren de gymles en de creatieve middag bij De Wissel. De "
          "bibliotheek Almere Stad komt elke maand met een bibliotheekcollectie met veel prentenboeken, en "
          "de kinderen van de taalstartgroepen bezoeken bij elk thema een plek in de wijk: de bakker, de "
          "kinderboerderij, de brandweerkazerne aan de Randstad."),
    ("h2", "Samen tegen het tekort"),
    ("p", "Leerkrachten en logopedisten die in het speciaal onderwijs willen werken, zijn in Almere moeilijk "
          "te vinden. Samen met de twee andere scholen voor speciaal onderwijs in Almere, die onder andere "
          "besturen vallen, en met Windesheim Flevoland hebben wij in 2024 de opleidingsroute Leraar "
          "speciaal onderwijs opgezet: studenten van de pabo lopen hun laatste stage op een van de drie "
          "scholen en volgen samen een minor over speciaal onderwijs. De drie scholen delen ook een "
          "vervangerspool van vier leerkrachten die de drie scholen kennen."),

    ("h1", "Financiën en huisvesting"),
    ("h2", "Financiën"),
    ("p", "De school heeft een gezonde begroting. Voor 2025 bedragen de baten € 4,9 miljoen, waarvan € 0,9 "
          "miljoen voor de ambulante dienst. De personele lasten zijn 84% van de totale lasten. De "
          "meerjarenbegroting kijkt over drie horizonten: 2026 voor de vervanging van de meubels in de "
          "taalstartgroepen, 2028 voor de vervanging van de soundfieldsystemen en 2030 voor het groot "
          "onderhoud van het dak. Wij vragen elk jaar drie offertes aan en kiezen de beste offerte op prijs "
          "en kwaliteit."),
    ("p", "De gymzaal en het speellokaal verhuren wij op doordeweekse avonden en zaterdag aan een "
          "judovereniging en een dansschool. De conciërge ontvangt de huurders gastvrij en zorgt dat de "
          "zaal na afloop weer klaarstaat. De opbrengst van de verhuur (€ 14.200 in 2024) delen wij met de "
          "ouderraad, die er de uitstapjes van de thema's van betaalt."),
    ("h2", "Het gebouw"),
    ("p", "Het gebouw dateert uit 1998 en is in 2019 gerenoveerd. Voor kinderen die slecht horen of "
          "moeilijk taal verwerken, is de akoestiek van groot belang: in 2025 en 2026 brengen wij in de "
          "vier lokalen die nog niet zijn aangepast akoestische plafonds en wandpanelen aan. De lokalen "
          "hebben transparante glazen wanden naar de gang, zodat de kinderen kunnen zien wie er aankomt "
          "en niet schrikken. De school heeft de erkenning Frisse Scholen klasse B; de systemen voor "
          "ventilatie en verwarming worden op afstand beheerd, en elk lokaal heeft een CO2-meter."),
    ("p", "Voor de interne mobiliteit in het gebouw zorgen een lift en drempelvrije gangen, zodat ook "
          "kinderen in een rolstoel alle lokalen kunnen bereiken. In de zomer van 2025 leggen wij een "
          "dekkend wifi-netwerk aan in alle lokalen en in de gymzaal, omdat de spraakcomputers en de "
          "FM-systemen een stabiele verbinding nodig hebben. Voor de langere termijn kiezen wij voor "
          "toekomstgerichte huisvesting: bij de volgende renovatie wordt de cv-ketel vervangen door een "
          "warmtepomp."),

    ("h1", "Onze doelen 2025-2029"),
    ("p", "In deze tabel staan alle doelen voor de planperiode. Het jaar is het schooljaar waarin het doel "
          "bereikt moet zijn; de stand van 2024 staat tussen haakjes. De jaarplannen werken elk doel uit "
          "in acties, met een eigenaar en een evaluatiemoment."),
    ("doelen", ""),

    ("h1", "Vaststelling"),
    ("p", "De medezeggenschapsraad van De Taalbrug heeft op 12 juni 2025 ingestemd met dit schoolplan. Het "
          "College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 26 juni 2025 "
          "vastgesteld. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029."),
    ("p", "Almere, juni 2025"),
    ("p", "Jolanda Brouwer, directeur"),
]

DOELEN: list[tuple[str, str, str]] = [
    ("Elk kind heeft een actueel communicatieprofiel dat met de ouders is besproken",
     "100% van de OPP's bevat een communicatieprofiel, twee keer per jaar geëvalueerd (2024: 68%)",
     "2025-2026"),
    ("Alle medewerkers beheersen NmG op basisniveau",
     "Alle leerkrachten, logopedisten en klassenassistenten hebben het certificaat basiscursus NmG",
     "2026-2027"),
    ("Logopedie in de klas ook in de bovenbouw",
     "In alle groepen 6 tot en met 8 geeft de logopedist drie ochtenden per week les in de klas",
     "2026-2027"),
    ("Kinderen halen hun leerroute",
     "Ten minste 80% van de leerlingen zit op of boven de leerroute uit het OPP voor technisch en "
     "begrijpend lezen (2024: 71%)",
     "2027-2028"),
    ("Meer kinderen naar het reguliere onderwijs",
     "Ten minste 35% van de uitstromers gaat naar het regulier basisonderwijs of regulier vo met "
     "ambulante begeleiding (2024: 29%)",
     "2028-2029"),
    ("Kinderen voelen zich veilig",
     "Ten minste 92% van de leerlingen in groep 5-8 voelt zich veilig in de jaarlijkse meting (2024: 87%)",
     "2026-2027"),
    ("Ouders praten thuis met hun kind in NmG",
     "Ten minste 80% van de ouders van nieuwe leerlingen volgt de NmG-cursus (2024: 55%)",
     "2026-2027"),
    ("Ouders kijken mee bij de logopedie",
     "Ouders van elk kind hebben twee keer per jaar een meekijkochtend bijgewoond (2024: 60%)",
     "2025-2026"),
    ("Gezond blijven werken",
     "Ziekteverzuim onder 5% (2024: 6,8%); alle nieuwe medewerkers volgen de training stemgebruik",
     "2027-2028"),
    ("Bevoegd voor de klas",
     "Beide leerkrachten zonder bevoegdheid hebben hun bevoegdheid behaald",
     "2026-2027"),
    ("Zelfevaluatie over het hele kader",
     "Alle standaarden van het onderzoekskader zijn in een zelfevaluatie beoordeeld",
     "2028-2029"),
    ("Opleiden met de Almeerse SO-scholen",
     "Jaarlijks ten minste vier pabo-studenten in de opleidingsroute; vervangerspool van vier leerkrachten",
     "2025-2026"),
    ("Akoestiek op orde",
     "Alle lokalen hebben akoestische plafonds en wandpanelen",
     "2026-2027"),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    props = doc.core_properties
    props.author = "Jolanda Brouwer"
    props.title = f"{TITEL} De Taalbrug"
    props.created = datetime.datetime(2025, 5, 28, 10, 0, 0)
    props.modified = datetime.datetime(2025, 6, 26, 10, 0, 0)
    props.last_modified_by = "Jolanda Brouwer"
    props.revision = 3

    doc.add_paragraph(TITEL, style="Title")
    doc.add_paragraph(ONDERTITEL)

    for soort, tekst in INHOUD:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "li":
            doc.add_paragraph(tekst, style="List Bullet")
        elif soort == "doelen":
            tabel(doc, ["Doel", "Indicator", "Jaar"], DOELEN, breedtes=[5.5, 8.5, 2.5])
        else:
            doc.add_paragraph(tekst)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.add_run("Schoolplan De Taalbrug 2025-2029 - ")
    page_field(voet)

    doc.save(path)
    deterministisch(path, datetime.datetime(2025, 6, 26, 10, 0, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_40_so_de_taalbrug.docx")
