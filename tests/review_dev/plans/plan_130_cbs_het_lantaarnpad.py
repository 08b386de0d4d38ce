# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van CBS Het Lantaarnpad (twee locaties: Literatuurwijk en Kruidenwijk).

Opbouw: per venster eigen vragen met antwoorden (Kop 1 / Kop 2), een kort deel over de kernwaarden,
de doelen in één tabel Thema | Doel | Eind 2029. Alleen standaardbibliotheek + python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

TITEL = "Schoolplan CBS Het Lantaarnpad 2025-2029"

# (niveau, tekst): 1/2 = kop; "p" = alinea; "o" = opsomming; "tabel" = doelentabel
INHOUD = [
    (1, "Vooraf"),
    ("p", "Dit is het schoolplan van christelijke basisschool Het Lantaarnpad voor de schooljaren 2025-2026 tot en "
          "met 2028-2029. Het Lantaarnpad heeft twee locaties: de hoofdlocatie aan de Multatulilaan in de "
          "Literatuurwijk en de locatie aan de Lavendelweg in de Kruidenwijk. Beide locaties vallen onder één "
          "directeur en één team, maar ze verschillen in grootte, in leerlingen en in de wijk waarin ze staan. Dat "
          "zie je terug in dit plan."),
    ("p", "We hebben voor een andere vorm gekozen dan in ons vorige schoolplan. Dat plan was een dik document met "
          "veel beleidsteksten die niemand meer las. Deze keer hebben we ons als team steeds één vraag gesteld: wat "
          "willen we over vier jaar anders zien, en hoe komen we daar? Per venster van de ASG-koers hebben we de "
          "vragen opgeschreven die wíj belangrijk vinden, en die beantwoord. Die vragen zijn op drie studiedagen in "
          "het schooljaar 2024-2025 met het hele team opgehaald. Ouders hebben via een korte vragenlijst en twee "
          "koffieochtenden meegedacht, en de kinderen van groep 7 en 8 hebben op beide locaties geschreven wat zij "
          "goed vinden aan hun school en wat er beter kan."),
    ("p", "Achter in het plan staan alle doelen in één tabel. Die tabel is de basis voor onze jaarplannen."),

    (1, "Onze school in het kort"),
    ("p", "Op 1 oktober 2024 telde Het Lantaarnpad 407 leerlingen: 271 op locatie Literatuurwijk, verdeeld over 11 "
          "groepen, en 136 op locatie Kruidenwijk, verdeeld over 6 groepen. Het team bestaat uit 41 medewerkers "
          "(29,4 fte): de directeur, een locatieleider voor de Kruidenwijk, twee intern begeleiders, 27 "
          "groepsleerkrachten, vier onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een "
          "conciërge per locatie, een administratief medewerker en twee leraren in opleiding met een eigen groep."),
    ("p", "De twee wijken verschillen. De Literatuurwijk is een gemengde gezinswijk met veel koopwoningen. De "
          "Kruidenwijk is ouder, met meer sociale huur, meer gezinnen met een laag inkomen en meer kinderen die thuis "
          "een andere taal dan Nederlands spreken. De schoolweging van de inspectie is 28,6 voor de Literatuurwijk "
          "en 34,1 voor de Kruidenwijk. Op de Kruidenwijk spreekt ongeveer 45 procent van de kinderen thuis (ook) "
          "een andere taal, vooral Arabisch, Turks, Papiaments, Twi en Pools. Het leerlingaantal op de Literatuurwijk "
          "is stabiel; op de Kruidenwijk groeit het door nieuwbouw langs de Kamillestraat met ongeveer tien "
          "leerlingen per jaar."),
    ("p", "Het Lantaarnpad is een christelijke school. We beginnen de week met een gezamenlijke weekopening, we "
          "vieren Kerst en Pasen met de hele school en we werken met de methode Trefwoord. Ongeveer 40 procent van "
          "onze ouders noemt zichzelf christelijk; de andere ouders kiezen voor ons om de sfeer, de kwaliteit of de "
          "nabijheid. Iedereen is welkom, en dat menen we."),
    ("p", "Wat nemen we mee uit de vorige periode? In het schoolplan 2021-2025 hadden we vier doelen: een nieuwe "
          "methode voor begrijpend lezen, de invoering van de Kanjertraining op de Kruidenwijk, een doorgaande lijn "
          "voor Engels vanaf groep 1 en een betere overdracht naar het voortgezet onderwijs. De eerste drie zijn "
          "gehaald. De overdracht is verbeterd, maar de terugkoppeling van de scholen voor voortgezet onderwijs kwam "
          "pas in 2024 goed op gang. Wat niet lukte, was het verkleinen van het verschil in resultaten tussen de "
          "locaties. De schoolsluitingen tijdens corona en het lerarentekort hebben de Kruidenwijk harder geraakt dan "
          "de Literatuurwijk. Dat doel nemen we daarom opnieuw op, maar nu met cijfers en met een aanpak die we per "
          "jaar kunnen volgen."),

    (1, "Onze kernwaarden"),
    ("p", "ASG werkt met vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. We hebben in het team "
          "besproken wat die waarden voor ons betekenen. We houden het hier kort, want in de vensters hieronder "
          "wordt duidelijk wat we ermee doen."),
    ("p", "Gezien worden. Onze schoolcultuur is gastvrij; iedereen voelt zich welkom. Ieder kind en iedere collega "
          "is bij ons waardevol en wordt gezien. Voor ons betekent dat vooral dat de leerkracht elk kind echt kent. "
          "Daarom bespreken we elk kind drie keer per jaar in de groepsbespreking, niet alleen de kinderen bij wie "
          "het niet goed gaat."),
    ("p", "Open. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers. Als "
          "christelijke school vertellen we de verhalen uit de Bijbel, maar in de lessen van Trefwoord komen ook "
          "het suikerfeest, Divali en Chanoeka aan bod, en kinderen die een ander geloof hebben, vertellen daar zelf "
          "over in de kring. Geen kind hoeft te geloven wat wij geloven om bij ons te horen."),
    ("p", "Vooruitstrevend. We durven dingen anders te doen als we denken dat kinderen er beter van leren, zoals "
          "het unitonderwijs op de Kruidenwijk. Maar we kijken eerst goed wat het onderzoek zegt en we stoppen ook "
          "als iets niet werkt."),
    ("p", "Ambitieus. We willen dat onze kinderen meer leren dan je op grond van hun achtergrond zou verwachten. "
          "Ouders zijn betrokken bij het leerproces van hun kind."),

    (1, "Venster 1: Goed en toegankelijk onderwijs"),
    (2, "Wat moeten onze kinderen aan het eind van groep 8 kunnen?"),
    ("p", "Taal, lezen en rekenen zijn de basis. Een kind dat in groep 8 niet goed kan lezen, heeft het in het "
          "voortgezet onderwijs bij elk vak moeilijk. We willen dat alle kinderen ten minste referentieniveau 1F "
          "halen voor lezen, taalverzorging en rekenen, en dat zoveel mogelijk kinderen 2F (taal) en 1S (rekenen) "
          "halen. In 2024-2025 waren onze resultaten op de IEP-doorstroomtoets:"),
    ("o", "1F: lezen 96 procent, taalverzorging 94 procent, rekenen 91 procent (gemiddelde van beide locaties);"),
    ("o", "2F/1S: lezen 64 procent, taalverzorging 58 procent, rekenen 1S 39 procent;"),
    ("o", "op de Kruidenwijk lagen de percentages voor 2F/1S 10 tot 14 procentpunten lager dan op de "
          "Literatuurwijk."),
    ("p", "Rekenen op het hogere niveau blijft achter bij lezen. Daarom is rekenen de komende twee jaar ons "
          "belangrijkste onderwijsinhoudelijke doel. We werken met Wereld in getallen 5 en gaan vanaf 2025-2026 de "
          "automatisering van de basisbewerkingen in groep 3 tot en met 6 dagelijks tien minuten oefenen, met een "
          "vaste aanpak voor beide locaties. Voor technisch lezen gebruiken we Veilig leren lezen (KIM-versie) in "
          "groep 3 en daarna Estafette; voor begrijpend lezen Nieuwsbegrip; voor taal en spelling Staal; voor Engels "
          "Join in vanaf groep 1. Wereldoriëntatie geven we met Blink Wereld, in thema's waarin aardrijkskunde, "
          "geschiedenis en natuur samenkomen."),
    ("p", "Ook burgerschap en digitale geletterdheid horen bij ons aanbod. Voor digitale geletterdheid hebben we in "
          "2024-2025 een leerlijn gemaakt op basis van de SLO-doelen, met de methode Basicly voor groep 3 tot en met "
          "8. Kinderen leren veilig omgaan met internet en sociale media, leren programmeren met Bee-Bots (groep 1-2) "
          "en Scratch (groep 6-8) en leren informatie zoeken en beoordelen. Op de Literatuurwijk is er sinds 2023 een "
          "technieklokaal; vanaf 2026 komt er ook een technieklokaal op de Kruidenwijk, zodat kinderen op beide "
          "locaties elke twee weken een techniekmiddag hebben."),

    (2, "Sluit ons aanbod aan bij de kinderen die we hebben?"),
    ("p", "Niet altijd, en dat is een eerlijke conclusie van de afgelopen jaren. Op de Kruidenwijk zitten veel "
          "kinderen met een kleinere Nederlandse woordenschat. Methodeteksten gaan vaak over een wereld die zij niet "
          "kennen. We doen daarom drie dingen. Ten eerste werken we op de Kruidenwijk met een extra woordenschatronde "
          "bij elk Blink-thema, met de aanpak van de viertakt. Ten tweede kiezen we samen met de leesconsulent van De "
          "Nieuwe Bibliotheek boeken voor de schoolbibliotheek die aansluiten bij wat kinderen bezighoudt: voetbal, "
          "gaming, dieren, boeken over kinderen met ouders uit verschillende landen. Elk jaar in oktober vullen de "
          "kinderen van groep 5 tot en met 8 een korte leesvragenlijst in: wat lees je graag, wat zou je willen "
          "lezen? Ten derde laten we de kinderen van groep 6 tot en met 8 in elk Blink-thema één keer zelf een "
          "onderzoeksvraag kiezen die met hun eigen wijk te maken heeft: waarom staat de Kruidenwijk zo vaak onder "
          "water, waar komt ons afval terecht, wie woonde hier voordat de wijk er was?"),

    (2, "Wat doen we anders op de Kruidenwijk?"),
    ("p", "Sinds augustus 2024 werken de groepen 4, 5 en 6 op de Kruidenwijk als één unit. Drie leerkrachten en een "
          "onderwijsassistent zijn samen verantwoordelijk voor 68 kinderen. De kinderen hebben een vaste stamgroep "
          "voor de start en het einde van de dag, voor Trefwoord en voor wereldoriëntatie. Voor rekenen, spelling en "
          "lezen krijgen ze instructie in niveaugroepen, over de jaargroepen heen. Een kind uit groep 5 dat al ver is "
          "met rekenen, krijgt zo instructie met de kinderen uit groep 6, en een kind dat moeite heeft met lezen, krijgt "
          "elke dag verlengde instructie van de onderwijsassistent."),
    ("p", "We zijn hieraan begonnen omdat we op de Kruidenwijk kleine jaargroepen hebben met grote verschillen, en "
          "omdat we moeilijk vacatures konden vullen. De eerste ervaringen zijn positief: leerkrachten zeggen dat ze "
          "de kinderen beter kennen omdat ze samen naar de resultaten kijken, en het verzuim in de unit is laag. De "
          "resultaten van de toetsen van januari 2025 waren gelijk aan die van het jaar ervoor, niet beter. We "
          "evalueren de unit in juni 2026 met hulp van een onderzoeker van Windesheim en besluiten dan of we hem "
          "uitbreiden naar groep 7 en 8. Op de Literatuurwijk voeren we het unitonderwijs niet in; daar werken de "
          "jaargroepen goed."),

    (2, "Hoe weten we of we goed bezig zijn?"),
    ("p", "De inspectie heeft Het Lantaarnpad in maart 2022 bezocht als onderdeel van het vierjaarlijks onderzoek "
          "bij ASG. Alle onderzochte standaarden waren voldoende; de kwaliteitszorg werd als goed beoordeeld. We "
          "willen dat zo houden en het op onderdelen beter doen, vooral de resultaten van rekenen en de verschillen "
          "tussen de locaties."),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. Twee keer per jaar, in februari en juni, houden we een "
          "opbrengstenvergadering per locatie. Daarin analyseren de intern begeleiders en de leerkrachten de "
          "resultaten van de toetsen van Cito Leerling in beeld per groep en per vakgebied, en spreken we af wat we "
          "in de groepsplannen aanpassen. In juni schrijft de directeur op basis daarvan de evaluatie van het "
          "jaarplan en het nieuwe jaarplan, dat we in september met het team en in oktober met de MR bespreken. Elk "
          "kwartaal rapporteert de directeur aan het bestuur over de leerresultaten, het personeel en de financiën. "
          "We gebruiken de kwaliteitskaarten van WMK om in vier jaar alle standaarden van het "
          "onderzoekskader te beoordelen: elk jaar vullen teamleden, ouders en kinderen van groep 6 tot en met 8 een "
          "deel van de vragenlijsten in. De directeur en de intern begeleiders leggen bij elke leerkracht twee "
          "klassenbezoeken per jaar af met onze eigen kijkwijzer, die is gebaseerd op expliciete directe instructie "
          "(EDI)."),

    (2, "Hoe leren wij als team van elkaar?"),
    ("p", "We merken dat leerkrachten veel van elkaar kunnen leren, maar dat het er in de drukte van de dag "
          "zelden van komt. Sinds 2023 werken we daarom met lesson study. Elk jaar vormen we vier teams van drie of "
          "vier leerkrachten, met collega's van beide locaties door elkaar. Elk team kiest een vraag uit de eigen "
          "praktijk, bijvoorbeeld: hoe zorg je dat zwakke rekenaars tijdens de instructie actief meedoen? Het team "
          "ontwerpt samen een les, één collega geeft die les, de anderen observeren drie kinderen, en daarna passen "
          "ze de les aan. In juni presenteren de teams hun uitkomsten aan het hele team. Wat werkt, nemen we op in "
          "onze kijkwijzer of in de afspraken per vak."),
    ("p", "Daarnaast leest het team samen. Elk jaar kiezen we een boek of een reeks artikelen over onderwijs die "
          "aansluit bij ons jaarplan. In 2024-2025 was dat Wijze lessen, in 2025-2026 wordt het een reeks artikelen "
          "over rekendidactiek. Vier keer per jaar bespreken we een hoofdstuk in een leeskring op de studiemiddag."),

    (2, "Hoe zorgen we dat elk kind krijgt wat het nodig heeft?"),
    ("p", "Elke leerkracht maakt drie keer per jaar een groepsoverzicht, met per kind de toetsresultaten, de "
          "observaties van de Kanjertraining (het leerlingvolgsysteem KanVAS) en wat het kind nodig heeft. In de "
          "groepsbespreking met de intern begeleider wordt elk kind besproken. Kinderen bij wie het niet goed gaat, "
          "bespreken we daarna in een leerlingbespreking, waarbij ouders worden uitgenodigd. Als dat nodig is, "
          "schakelt de intern begeleider het ondersteuningsteam in, met een orthopedagoog van het "
          "samenwerkingsverband, de jeugdverpleegkundige van de GGD en een medewerker van het wijkteam."),
    ("p", "Ons schoolondersteuningsprofiel is in mei 2025 vernieuwd. Daarin staat wat we wel en niet kunnen. Binnen "
          "de basisondersteuning bieden we: verlengde instructie in elke groep, een dyslexieaanpak volgens het "
          "landelijke protocol, een NT2-aanpak voor nieuwkomers op de Kruidenwijk (vier uur per week extra "
          "taalles door een onderwijsassistent), en de Denkwerkplaats: een wekelijkse ochtend voor kinderen van groep "
          "5 tot en met 8 die meer uitdaging nodig hebben, op de Literatuurwijk voor kinderen van beide locaties. Met "
          "een arrangement van het samenwerkingsverband kunnen we ook kinderen begeleiden met bijvoorbeeld autisme of "
          "ADHD, zolang zij in een groep van 28 kunnen functioneren. Kinderen die langdurig één-op-één begeleiding "
          "nodig hebben of die door hun gedrag de veiligheid van anderen in gevaar brengen, kunnen we niet goed "
          "helpen. We zijn aangesloten bij Passend Onderwijs Almere."),
    ("p", "Ook de behoeften van collega's proberen we te kennen. In het startgesprek in september vraagt de directeur "
          "of locatieleider elke leerkracht wat hij of zij dit jaar nodig heeft: een cursus, een collega om mee te "
          "sparren, minder taken of juist een nieuwe taak. Die afspraken staan in het persoonlijk ontwikkelplan."),

    (2, "Hoe voelt een kind zich bij ons veilig?"),
    ("p", "Op beide locaties werken we met de Kanjertraining, van groep 1 tot en met 8. Alle leerkrachten hebben de "
          "Kanjerlicentie; nieuwe collega's halen die in hun eerste jaar. De vijf Kanjerafspraken (we vertrouwen "
          "elkaar, we helpen elkaar, niemand speelt de baas, niemand lacht uit, niemand doet zielig) hangen in elke "
          "klas en gelden ook op het plein en voor volwassenen. Als er iets misgaat, praten we het uit met de "
          "kinderen erbij; herhaald pesten meldt de leerkracht bij de anti-pestcoördinator van de locatie, die met "
          "de ouders en de kinderen een plan maakt. Ook in ons contact met ouders verwachten we respect: in 2024 "
          "hebben we met de MR een gedragscode voor ouders en medewerkers opgesteld, met afspraken over toon, "
          "berichten buiten werktijd en het oplossen van conflicten."),
    ("p", "Elk jaar in november vullen de kinderen van groep 5 tot en met 8 de vragenlijst sociale veiligheid van "
          "KanVAS in. In 2024 voelde 93 procent zich veilig op school (Literatuurwijk 95 procent, Kruidenwijk 89 "
          "procent). Op de Kruidenwijk noemden kinderen vooral het plein als plek waar ze zich minder veilig voelen. "
          "We hebben daarom daar sinds januari 2025 een pleinrooster met twee volwassenen per pauze en "
          "spelletjesbegeleiding door kinderen van groep 8. Het veiligheidsplan, met het pestprotocol, de meldcode "
          "kindermishandeling en het protocol medisch handelen, evalueren we elk jaar in het teamoverleg van maart."),

    (1, "Venster 2: Personeel in positie"),
    (2, "Hoe zorgen we dat er voor elke groep een goede leerkracht staat?"),
    ("p", "Dit is de vraag die ons de afgelopen jaren het meest heeft beziggehouden. In 2023-2024 hadden we op de "
          "Kruidenwijk een half jaar lang een groep met wisselende invallers. We weten dat het tekort in Almere "
          "voorlopig niet verdwijnt. We kiezen daarom voor opleiden: wie bij ons stage loopt, willen we houden."),
    ("p", "Het Lantaarnpad is opleidingsschool binnen het partnerschap Samen Opleiden Almere, waarin vijf "
          "Almeerse schoolbesturen, waaronder ASG, samenwerken met de pabo van Windesheim. Elk jaar lopen er zes tot "
          "acht pabostudenten bij ons stage, van wie twee in het laatste jaar een eigen groep draaien als leraar in "
          "opleiding. Twee collega's zijn opgeleid tot schoolopleider en begeleiden de studenten. Binnen het "
          "partnerschap hebben de besturen afgesproken dat startende leraren op de scholen van alle vijf de besturen "
          "hetzelfde inductieprogramma krijgen, en dat we elkaars vacatures delen voordat we extern werven."),
    ("p", "Op dit moment werken er twee zij-instromers op onze school, allebei in een traject van twee jaar. Zij "
          "krijgen een coach uit het team, een vaste vrije dag voor hun studie en minder taken buiten de groep. "
          "ASG betaalt de opleiding. We willen dat beiden in 2027 hun bevoegdheid hebben, en dat we bij elke "
          "zij-instromer die na hen komt, dezelfde begeleiding bieden."),

    (2, "Hoe blijven we leren?"),
    ("p", "Elk teamlid heeft een persoonlijk ontwikkelplan. Daarin staat een leervraag voor het jaar, die past bij "
          "het jaarplan van de school en bij de eigen ontwikkeling. Voor het komende jaar heeft de helft van het team "
          "gekozen voor een leervraag over rekenen. We gebruiken het aanbod van de ASG Academie: in 2025-2026 volgen "
          "zes leerkrachten de leergang Rekenspecialist en volgen de twee intern begeleiders de leergang Data "
          "gestuurd werken. De startende leraren nemen deel aan het ASG-programma voor startende leraren. Daarnaast "
          "volgt het hele team in 2025-2026 een nascholing rekendidactiek van de Rekenacademie, verdeeld over vier "
          "studiemiddagen."),

    (2, "Hoe houden we het werk vol?"),
    ("p", "Werkdruk is op beide locaties een terugkerend onderwerp. Uit de medewerkerspeiling van 2024 bleek dat "
          "62 procent van het team de werkdruk hoog of te hoog vindt. We hebben met het team afspraken gemaakt: we "
          "besteden de werkdrukmiddelen aan vier onderwijsassistenten, vergaderingen zijn op dinsdag en nooit langer "
          "dan anderhalf uur, en mails aan collega's sturen we niet na 18.00 uur en in het weekend. In de "
          "jaargesprekken vragen we niet alleen naar het werk, maar ook hoe het thuis gaat en wat iemand in deze "
          "levensfase nodig heeft. Een jonge ouder heeft andere wensen dan een collega van 60. Collega's van 57 jaar "
          "en ouder kunnen hun uren voor duurzame inzetbaarheid gebruiken voor minder lesgebonden taken, en jonge "
          "ouders kunnen kiezen voor een vaste werkdag."),

    (2, "Hoe voeren we het goede gesprek?"),
    ("p", "We werken met een vaste gesprekscyclus van drie gesprekken per jaar: een startgesprek in september, een "
          "klassenbezoek met een ontwikkelgesprek in januari en een jaargesprek in juni. Eens in de drie jaar is het "
          "jaargesprek een beoordelingsgesprek. De gesprekken worden vastgelegd in het personeelsdossier in "
          "Cupella. Sinds 2024-2025 voeren de locatieleider en de directeur de gesprekken samen met de intern "
          "begeleider die de groep kent, zodat het gesprek over de kinderen én over de leerkracht gaat. In "
          "2024-2025 had 95 procent van het team alle drie de gesprekken; in 2025-2026 moet dat 100 procent zijn."),

    (1, "Venster 3: Samen met andere ASG-scholen"),
    (2, "Wat halen we bij andere ASG-scholen, en wat brengen we?"),
    ("p", "Collega's van onze school ontmoeten collega's van andere ASG-scholen regelmatig. Concreet betekent dat "
          "vooral: onze intern begeleiders nemen deel aan het IB-netwerk van ASG, dat zes keer per jaar bij elkaar "
          "komt, en onze rekencoördinator zit in de ASG-werkgroep rekenen, die in 2025-2026 een gezamenlijke aanpak "
          "voor rekenen op 1S-niveau maakt voor alle ASG-basisscholen met een hogere schoolweging. Wij brengen daar "
          "onze ervaringen met de unit op de Kruidenwijk in; twee andere ASG-scholen zijn op bezoek geweest."),
    ("p", "We willen meer delen wat we leren. Op de ASG-brede studiedag in het voorjaar van 2027 presenteren de "
          "lesson study-teams hun werkwijze en de lessen die daaruit zijn gekomen in een werkatelier. In 2028 willen "
          "we de evaluatie van het unitonderwijs, samen met de onderzoeker van Windesheim, in een bijeenkomst van "
          "het directeurennetwerk delen."),

    (2, "Hoe zorgen we voor een goede overstap naar het voortgezet onderwijs?"),
    ("p", "De meeste van onze leerlingen gaan naar een ASG-school voor voortgezet onderwijs. In groep 7 bezoeken alle "
          "kinderen twee scholen voor vmbo en voor havo-vwo, zodat ze zien hoe verschillend het aanbod is. Voor "
          "kinderen die meer uitdaging aankunnen, is er in groep 8 de plusklas op een ASG-lyceum, één middag per "
          "week. De leerkracht van groep 8 geeft een voorlopig schooladvies in februari en een definitief advies na "
          "de doorstroomtoets. Voor elk kind vullen we het digitale overdrachtsdossier in, en bij kinderen die extra "
          "zorg nodig hebben, is er een warme overdracht met een gesprek met de zorgcoördinator van de nieuwe school. "
          "De scholen sturen ons na een jaar de resultaten van onze oud-leerlingen terug. Van de leerlingen die in "
          "2022 uitstroomden, zat na drie jaar 89 procent op of boven het niveau van ons advies. Dat willen we zo "
          "houden."),

    (1, "Venster 4: Partnerschap"),
    (2, "Hoe worden ouders echt partner in het leren van hun kind?"),
    ("p", "Ouders kennen hun kind het best, en kinderen leren beter als ouders en school hetzelfde verhaal vertellen. "
          "Aan het begin van het schooljaar voeren we met alle ouders een omgekeerd oudergesprek: de ouders vertellen "
          "over hun kind, de leerkracht luistert. In november en maart volgen de voortgangsgesprekken, vanaf groep 6 "
          "met het kind erbij. Kinderen van groep 5 tot en met 8 laten dan zelf hun portfolio zien en vertellen "
          "welk doel ze zichzelf voor de volgende periode stellen."),
    ("p", "Op de Kruidenwijk komen ouders minder vanzelf naar school. Daar hebben we sinds 2023 een "
          "ouderkamer, die twee ochtenden per week open is. Een ouderconsulent organiseert er voorleesochtenden, "
          "informatieochtenden over bijvoorbeeld de overstap naar het voortgezet onderwijs, en een cursus waarin "
          "ouders leren hoe ze thuis met hun kind kunnen lezen, ook als ze zelf weinig Nederlands spreken. In "
          "2024-2025 waren bij 81 procent van de kinderen op de Kruidenwijk de ouders bij het voortgangsgesprek in "
          "november (Literatuurwijk 97 procent)."),
    ("p", "We informeren ouders via Parro: de leerkracht stuurt elke week een bericht met foto's en de planning voor "
          "de komende week, en de directeur stuurt elke maand een nieuwsbrief. De jaarkalender en de schoolgids "
          "staan in augustus op de website. Parro vertaalt berichten automatisch in de taal die ouders kiezen; we "
          "letten erop dat we korte zinnen schrijven, zodat de vertaling begrijpelijk blijft. Besluiten die ouders "
          "raken, zoals een wijziging van de schooltijden, leggen we eerst aan de MR voor en lichten we daarna toe in "
          "een aparte brief met een vragenuur."),

    (2, "Wat doet de medezeggenschapsraad?"),
    ("p", "De MR van Het Lantaarnpad bestaat uit vier ouders en vier personeelsleden, met van elke geleding "
          "minstens één lid van de Kruidenwijk. De MR vergadert zes keer per jaar, afwisselend op de twee locaties. "
          "De directeur is bij elke vergadering het eerste uur aanwezig. We betrekken de MR vroeg: bij het "
          "unitonderwijs heeft de MR meegedacht voordat er een besluit lag, en dat heeft het plan beter gemaakt, "
          "onder meer door de keuze voor een vaste stamgroepleerkracht. De MR organiseert elk jaar in het voorjaar "
          "een open avond voor ouders, waar ouders vragen kunnen stellen over het beleid."),

    (2, "Met wie werken we samen in de wijk?"),
    ("p", "Op beide locaties zit een kinderopvangorganisatie in het gebouw: op de Literatuurwijk Kinderopvang "
          "Duinroos met een peuterspeelzaal en buitenschoolse opvang, op de Kruidenwijk een peutergroep met "
          "voorschoolse educatie. Met de peuterleidsters houden we vier keer per jaar een overleg over de kinderen "
          "die naar groep 1 gaan, en we gebruiken dezelfde thema's. Zo zijn kinderen bij de start in groep 1 al "
          "gewend aan de woorden en de gezichten."),
    ("p", "Verder werken we samen met De Nieuwe Bibliotheek (de Bibliotheek op school en een leesconsulent), de "
          "Protestantse Gemeente Almere (de kerkdienst met Kerst en Pasen, en vrijwilligers die voorlezen), het "
          "wijkteam, de jeugdgezondheidszorg van de GGD Flevoland, Stichting Leergeld Almere, die voor kinderen uit "
          "gezinnen met een laag inkomen schoolreisjes en sportlessen betaalt, en sportvereniging AVV Kruidenwijk, "
          "die op woensdagmiddag op ons plein voetbaltraining geeft. Met de wijkagent en de buurtconciërge van de "
          "Kruidenwijk hebben we een vast overleg over de veiligheid rond de school, bijvoorbeeld over de "
          "verkeerssituatie bij het brengen en halen."),

    (1, "Onze doelen voor 2025-2029"),
    ("p", "In deze tabel staan alle doelen uit dit plan. Per schooljaar nemen we een deel ervan op in het jaarplan. "
          "We bespreken de voortgang in de opbrengstenvergadering van juni en rapporteren erover in het jaarverslag."),
    ("tabel", None),

    (1, "Vaststelling"),
    ("p", "Dit schoolplan is geschreven door de directeur en de locatieleider, met bijdragen van het hele team. Het "
          "concept is in april 2025 met het team besproken en in mei 2025 aan de medezeggenschapsraad voorgelegd. "
          "De MR heeft in haar vergadering van 17 juni 2025 ingestemd met het schoolplan. Het College van Bestuur "
          "van de Almeerse Scholen Groep heeft het schoolplan vastgesteld op 1 juli 2025."),
    ("p", "Namens de MR: E. Boateng, voorzitter"),
    ("p", "Namens de school: M. van Dorsten, directeur"),
    ("p", "Namens het College van Bestuur van ASG: datum 1 juli 2025"),
]

DOELEN = [
    ("Rekenen", "Meer kinderen halen het hogere rekenniveau door dagelijkse automatisering en een vaste "
                "instructieaanpak op beide locaties.",
     "Ten minste 48 procent van de groep 8-leerlingen haalt 1S rekenen (2025: 39 procent)."),
    ("Lezen en taal", "De achterstand op 2F lezen van de Kruidenwijk ten opzichte van de Literatuurwijk wordt "
                      "kleiner door de extra woordenschatronde en het nieuwe leesaanbod.",
     "Verschil tussen de locaties bij 2F lezen is hooguit 5 procentpunten (2025: 12)."),
    ("Unitonderwijs", "De unit 4-5-6 op de Kruidenwijk is in juni 2026 geëvalueerd met Windesheim; daarna "
                      "besluit over uitbreiding naar groep 7-8.",
     "Besluit genomen in 2026; bij uitbreiding werkt de Kruidenwijk in 2028 met twee units."),
    ("Digitale geletterdheid", "De leerlijn met Basicly wordt in alle groepen gegeven; technieklokaal op de "
                               "Kruidenwijk.",
     "Alle groepen 3-8 werken met de leerlijn; technieklokaal Kruidenwijk in gebruik vanaf 2026."),
    ("Ondersteuning", "Het schoolondersteuningsprofiel is actueel en de NT2-aanpak op de Kruidenwijk is "
                      "uitgebreid met een vaste taalgroep voor nieuwkomers.",
     "SOP geëvalueerd in 2027; NT2-taalgroep draait vanaf 2026-2027."),
    ("Veiligheid", "De sociale veiligheid op de Kruidenwijk komt op het niveau van de Literatuurwijk.",
     "Op beide locaties voelt ten minste 95 procent van de kinderen zich veilig (KanVAS)."),
    ("Kwaliteitszorg", "Alle standaarden van het onderzoekskader zijn met WMK beoordeeld; elke leerkracht krijgt "
                       "twee klassenbezoeken per jaar.",
     "Cyclus van vier jaar rond; bij het inspectiebezoek zijn alle standaarden ten minste voldoende."),
    ("Leren van elkaar", "Elk jaar werken vier lesson study-teams met collega's van beide locaties; uitkomsten "
                         "worden opgenomen in de kijkwijzer.",
     "Zestien lesson study-cycli afgerond; presentatie op ASG-studiedag 2027."),
    ("Bevoegd personeel", "Zij-instromers en leraren in opleiding krijgen een coach, studietijd en een "
                          "inductieprogramma.",
     "Alle groepsleerkrachten bevoegd; ten minste twee oud-stagiairs in vaste dienst."),
    ("Professionalisering", "Elk teamlid heeft een persoonlijk ontwikkelplan met een leervraag; zes leerkrachten "
                            "volgen de leergang Rekenspecialist.",
     "100 procent van het team heeft een ontwikkelplan en alle drie de gesprekken per jaar."),
    ("Werkdruk", "Werkdrukmiddelen gaan naar onderwijsassistenten; afspraken over vergaderen en mailen worden "
                 "elk jaar geëvalueerd.",
     "Hooguit 40 procent van het team ervaart de werkdruk als hoog of te hoog (2024: 62 procent)."),
    ("Ouders", "Ouders op de Kruidenwijk zijn even goed betrokken als op de Literatuurwijk, onder meer via de "
               "ouderkamer en de leescursus.",
     "Op beide locaties is bij ten minste 95 procent van de kinderen een ouder bij het voortgangsgesprek."),
    ("ASG en vo", "Kennis delen in het IB-netwerk en de werkgroep rekenen; goede overstap naar het vo.",
     "Ten minste 88 procent van de oud-leerlingen zit na drie jaar op of boven het adviesniveau (2025: 89 procent)."),
    ("Wijk", "Vaste samenwerking met kinderopvang, bibliotheek, kerk, wijkteam en sportvereniging.",
     "Doorgaande lijn met de voorschool op beide locaties beschreven en in gebruik."),
]


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)


def _taal_nl(doc):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _tabel(doc):
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    kop = t.rows[0].cells
    for cel, tekst in zip(kop, ["Thema", "Doel", "Eind 2029"]):
        cel.text = ""
        r = cel.paragraphs[0].add_run(tekst)
        r.bold = True
    # kopregel herhalen op elke pagina
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for thema, doel, eind in DOELEN:
        cellen = t.add_row().cells
        cellen[0].text = thema
        cellen[1].text = doel
        cellen[2].text = eind


def _opslaan_vast(doc, path, datum):
    """Sla op met vaste tijdstempels in het zip-archief, zodat elke build byte-gelijk is."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=datum)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            doel.writestr(info, bron.read(item.filename))


def build(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    _taal_nl(doc)

    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    p = doc.add_paragraph("Christelijke basisschool Het Lantaarnpad", style="Subtitle")
    doc.add_paragraph("Locatie Literatuurwijk, Multatulilaan - locatie Kruidenwijk, Lavendelweg - Almere")
    doc.add_paragraph("Een school van de Almeerse Scholen Groep")
    doc.add_paragraph("Planperiode: 1 augustus 2025 tot en met 31 juli 2029")
    doc.add_page_break()

    for niveau, tekst in INHOUD:
        if niveau in (1, 2):
            doc.add_heading(tekst, level=niveau)
        elif niveau == "o":
            doc.add_paragraph(tekst, style="List Bullet")
        elif niveau == "tabel":
            _tabel(doc)
        else:
            doc.add_paragraph(tekst)

    _paginanummer(doc.sections[0])

    cp = doc.core_properties
    cp.title = TITEL
    cp.subject = "Schoolplan 2025-2029"
    cp.author = "M. van Dorsten"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 6, 24, 14, 30, 0)
    cp.modified = datetime.datetime(2025, 7, 2, 10, 15, 0)
    cp.last_modified_by = "M. van Dorsten"
    cp.revision = 3
    _opslaan_vast(doc, path, (2025, 7, 2, 10, 15, 0))


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_130_cbs_het_lantaarnpad.docx")
