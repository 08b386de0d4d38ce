"""Schoolplan 2020-2024 van Montessori Kindcentrum De Wilgentak (Almere Haven).

De school: een algemeen-bijzondere Montessorischool (po) met twaalf groepen in drie bouwen
(onder-, midden- en bovenbouw), een peutergroep en buitenschoolse opvang onder één dak, 312 kinderen,
28 teamleden. Valt onder de Almeerse Scholen Groep, maar schrijft in haar eigen Montessoritaal.

Het ontwerp: het plan volgt de eigen thema's van de school (het pedagogisch fundament, het werk van
het kind, kijken naar het kind, de volwassene, ouders en buurt, hoe wij weten of het goed gaat), met
echte kopstijlen (Heading 1/2) en per thema een doelentabel (wat, hoe, wanneer, wie, zo merken we
het). Nergens worden kernwaarden of vensters van de koers genoemd en de woorden van de koers zijn
zoveel mogelijk vermeden: de inhoud moet op betekenis herkend worden. Het woord "open" komt alleen
in een andere betekenis voor (open kasten). Uitgewerkt: onderwijsprogramma, burgerschap,
veiligheid, ondersteuning (SOP), team, ouders, MR (instemming), kwaliteitszorg. Niet uitgewerkt:
mobiliteit, erkenning, vitaliteit, bevoegdheid, het servicebureau, regionale problemen en
overkoepelende medezeggenschap.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl

VASTE_DATUM = datetime.datetime(2020, 6, 30, 12, 0, 0)

KOP_TABEL = ["Wat willen we bereiken", "Hoe", "Wanneer", "Wie", "Zo merken we het"]
BREEDTES = [3.6, 4.4, 2.4, 2.2, 4.0]


def _h1(doc, tekst):
    doc.add_heading(tekst, level=1)


def _h2(doc, tekst):
    doc.add_heading(tekst, level=2)


def _p(doc, tekst):
    doc.add_paragraph(tekst)


def _bullets(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _doelen(doc, titel, rijen):
    _h2(doc, titel)
    tabel(doc, KOP_TABEL, rijen, BREEDTES)
    doc.add_paragraph()


def build(path):
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Marieke Brandsma"
    cp.title = "Schoolplan 2020-2024 Montessori Kindcentrum De Wilgentak"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_modified_by = "Marieke Brandsma"
    cp.revision = 1

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan De Wilgentak 2020-2024 · pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    # ---------------------------------------------------------------- titelblad
    doc.add_paragraph("Montessori Kindcentrum De Wilgentak", style="Title")
    _p(doc, "Schoolplan 2020-2024")
    _p(doc, "‘Help mij het zelf te doen’")
    _p(doc, "Almere Haven · BRIN 15WT · directeur: Marieke Brandsma")
    doc.add_page_break()

    # ---------------------------------------------------------------- 1
    _h1(doc, "1. Over dit plan")
    _p(doc, "Dit schoolplan beschrijft hoe Montessori Kindcentrum De Wilgentak werkt van 1 augustus "
            "2020 tot en met 31 juli 2024. Het team schreef het in vier studiemiddagen tussen januari "
            "en mei 2020; de kinderraad besprak in maart het hoofdstuk over het werk van het kind. Wij "
            "schrijven in onze eigen taal: wij spreken over kinderen, werk en materiaal, de taal waarin "
            "ons team denkt en waarin ouders ons leren kennen. Elk hoofdstuk sluit af met een tabel: wat "
            "wij willen bereiken, hoe, wanneer, wie het trekt en waaraan wij merken dat het gelukt is. "
            "Het jaarplan neemt die tabellen elk jaar over.")

    # ---------------------------------------------------------------- 2
    _h1(doc, "2. Het kindcentrum")
    _p(doc, "De Wilgentak is een algemeen-bijzondere Montessorischool in Almere Haven, in 1982 door "
            "ouders opgericht en sinds 2011 onderdeel van de Almeerse Scholen Groep. Wij zijn lid van "
            "de Nederlandse Montessori Vereniging (NMV). Op 1 oktober 2019 telde de school 312 "
            "kinderen in twaalf groepen met telkens drie leeftijden: vier kinderhuizen (4-6 jaar), "
            "vier middenbouwgroepen (6-9) en vier bovenbouwgroepen (9-12). In peutergroep De Kiem "
            "spelen 16 kinderen van 2,5 tot 4 jaar; Kinderopvang Het Wilgenhof verzorgt de peutergroep "
            "en de buitenschoolse opvang De Tak.")
    _p(doc, "38 procent van de kinderen woont buiten de wijk, omdat ouders bewust voor Montessori "
            "kiezen. Ruim een kwart groeit op met een andere taal naast of in plaats van het "
            "Nederlands; wij tellen 23 thuistalen. Het team telt 28 mensen, onder wie 19 leerkrachten "
            "(13 met het Montessoridiploma), 3 onderwijsassistenten en een intern begeleider. Twee "
            "leerkrachten zijn ook rekenspecialist en taal-/leesspecialist.")

    # ---------------------------------------------------------------- 3
    _h1(doc, "3. Help mij het zelf te doen")
    _p(doc, "Een kind wil zelf kunnen. De volwassene maakt dat mogelijk door de omgeving zo in te "
            "richten dat het kind kan kiezen, door het kind te observeren en door op het juiste moment "
            "een les te geven en daarna een stap terug te doen.")

    _h2(doc, "3.1 De voorbereide omgeving")
    _p(doc, "In elke groep staan de materialen in lage, open kasten, per gebied: praktisch leven, "
            "zintuiglijk materiaal, taal, rekenen en kosmisch onderwijs. Elk materiaal is er één keer; "
            "wie met de gouden kralen wil werken, wacht tot een ander klaar is. Wat kapot is, wordt "
            "binnen een week hersteld; elke bouw heeft daarvoor 1.200 euro per jaar. Bovenbouw"
            "kinderen koken elke vrijdag in tweetallen de lunch, middenbouwkinderen verzorgen de kippen "
            "en de moestuin.")

    _h2(doc, "3.2 De dag begint bij de deur")
    _p(doc, "Om 8.20 uur staat elke leerkracht bij de deur van het lokaal. Elk kind krijgt een hand en "
            "wordt bij de naam aangesproken; ouders van de kinderhuizen lopen mee naar binnen tot "
            "8.35 uur. Wie het kindcentrum voor het eerst binnenloopt, wordt ontvangen door twee "
            "kinderen. Twaalf bovenbouwkinderen zijn elk jaar rondleider; zij oefenen in september twee "
            "middagen met de directeur hoe je een bezoeker aanspreekt en wat je laat zien, en leiden "
            "elke dinsdagochtend nieuwe ouders rond. Bij de hoofdingang hangt ‘goedemorgen’ in alle "
            "23 thuistalen, door de kinderen geschreven. Een nieuw kind komt vooraf drie ochtenden "
            "wennen; wie later in het jaar instroomt, krijgt van de groep een maatje voor de eerste "
            "twee weken. Nieuwe collega's krijgen eveneens een maatje (zie 6.1).")

    _h2(doc, "3.3 Omgangsvormen en de vredestafel")
    _p(doc, "Beleefdheid en hoffelijkheid zijn bij ons leerstof. In de kinderhuizen krijgen kinderen "
            "korte, geplande lessen in omgangsvormen: hoe onderbreek je iemand die werkt, hoe bied je "
            "hulp aan, hoe zeg je nee. Elke groep heeft een vredestafel met een zandloper en een steen: "
            "wie de steen heeft, praat; de ander luistert en vat samen. Per bovenbouwgroep zijn twee "
            "kinderen opgeleid tot bemiddelaar. Volwassenen doen wat zij van kinderen vragen: wij roepen "
            "kinderen niet over de gang, praten niet over een kind waar het bij staat, treden ouders met "
            "dezelfde hoffelijkheid tegemoet en bellen hen binnen twee werkdagen terug.")

    _h2(doc, "3.4 Veilig in de groep")
    _p(doc, "Het veiligheidsplan bevat een pestprotocol, de meldcode huiselijk geweld en kinder"
            "mishandeling, een protocol medisch handelen en een ontruimingsplan; het team neemt het elk "
            "september door. De intern begeleider is aandachtsfunctionaris en coördineert de aanpak "
            "van pesten; er zijn twee vertrouwenspersonen. Leerkrachten vullen twee keer per jaar KIJK! "
            "of ZIEN! in, en de kinderen van groep 5 tot en met 8 elk februari de vragenlijst sociale "
            "veiligheid. In 2019 voelde 94 procent zich veilig en werd 4 procent herhaald geplaagd, "
            "vooral in de pauze. Sinds januari 2020 staan er daarom in elke pauze twee volwassenen "
            "buiten en spelen onder- en bovenbouw op verschillende tijden.")

    _doelen(doc, "Doelen bij ‘Help mij het zelf te doen’", [
        ["Elk kind voelt zich veilig", "vredestafel, bemiddelaars, pauzetoezicht",
         "februari 2021-2024", "intern begeleider",
         "≥ 95% voelt zich veilig (2019: 94%); herhaald geplaagd < 3% (2019: 4%)"],
        ["Nieuwe gezinnen worden door kinderen ontvangen", "twaalf rondleiders, rondleiding elke dinsdag",
         "vanaf september 2020", "directeur",
         "≥ 90% van de nieuwe ouders noemt de kennismaking goed of zeer goed"],
        ["Geen kind gaat ongemerkt door de week", "registratie van persoonlijke lessen (zie 4.1)",
         "vanaf januari 2021", "bouwcoördinatoren",
         "steekproef maart en oktober: bij ≥ 95% van de kinderen klopt de drie-dagenregel"],
    ])

    # ---------------------------------------------------------------- 4
    _h1(doc, "4. Het werk van het kind")

    _h2(doc, "4.1 De werkperiode")
    _p(doc, "Elke ochtend begint met een werkperiode van tweeënhalf uur zonder onderbreking. Vanaf de "
            "middenbouw maakt elk kind op maandag met de leerkracht een weekplanning met de lessen die "
            "het krijgt en het werk dat af moet. De leerkracht geeft lessen aan één kind of aan groepjes "
            "van twee tot vier. Omdat in een groep van 26 kinderen het stille kind makkelijk tussen de "
            "mazen glipt, houdt elke leerkracht bij wanneer ieder kind voor het laatst een persoonlijke "
            "les kreeg: wie drie schooldagen geen les kreeg, krijgt de volgende ochtend als eerste een "
            "les. Op vrijdag laten kinderen in de kring een werk van die week zien; ieder kind komt "
            "elke maand aan de beurt. ’s Middags is er tijd voor kosmisch onderwijs, bewegings"
            "onderwijs, muziek en beeldende vorming.")

    _h2(doc, "4.2 Taal, lezen en rekenen met het materiaal")
    _p(doc, "Per bouw koppelt een leerlijn het Montessorimateriaal aan de kerndoelen en aan de "
            "referentieniveaus 1F en 2F/1S. Waar het materiaal niet genoeg biedt, vullen wij aan: een "
            "leesladder met boeken per AVI-niveau, de dictees van Staal, oefenstof voor automatiseren. "
            "In de middenbouw leest elk kind dagelijks twintig minuten samen met een bovenbouwkind. In "
            "deze planperiode voeren wij geen nieuwe onderwijsaanpak in; wat wij veranderen, zijn "
            "afspraken binnen de werkperiode.")
    _p(doc, "De eindtoetsscore (IEP) lag drie jaar boven het landelijk gemiddelde (82,4 in 2019). "
            "Vrijwel alle kinderen halen 1F; het streefniveau haalt 78% voor lezen en 62% voor taal"
            "verzorging, ruim boven de signaleringswaarden. Voor rekenen haalt 47% niveau 1S, bij een "
            "signaleringswaarde van 42%. De rekenspecialist zag in 2019 dat kinderen bij breuken, "
            "verhoudingen en procenten te snel van het materiaal naar abstracte sommen gaan. Vanaf "
            "2020-2021 werkt elk bovenbouwkind daarom twee keer per week met het breukenmateriaal of de "
            "verhoudingstabel.")
    _p(doc, "Wij leggen het tempo niet bij het gemiddelde kind. Een kind van zeven dat toe is aan het "
            "materiaal voor de staartdeling, krijgt die les, ook al is dat bovenbouwstof; de leerlijn "
            "noemt per materiaal wanneer een kind er op zijn vroegst mee kan beginnen. In 2019 werkte "
            "21 procent van de middenbouwkinderen aan onderdelen uit de bovenbouwlijn.")

    _h2(doc, "4.3 Kosmisch onderwijs")
    _p(doc, "Elk schooljaar begint in de midden- en bovenbouw met de vijf grote vertellingen, over het "
            "heelal, het leven, de mens, het schrift en de getallen. Ze zijn bedoeld om vragen op te "
            "roepen, en uit die vragen kiezen kinderen hun onderzoek: een kind wil weten waarom het "
            "huis van zijn opa onder zeeniveau staat; een bovenbouwgroep maakte in 2019 een tentoon"
            "stelling van de schriften van de 23 thuistalen. Zodat de kerndoelen gedekt zijn, heeft elke "
            "bouw een lijst van 40 onderwerpen uit aardrijkskunde, geschiedenis, natuur en techniek die "
            "elk kind in drie jaar onderzoekt. Elke bovenbouwgroep gaat vier keer per jaar op uitstap, "
            "door de kinderen zelf voorbereid.")

    _h2(doc, "4.4 Samenleven in het klein en in het groot")
    _p(doc, "Een groep van drie leeftijden is een kleine samenleving. Daar oefenen kinderen wat "
            "burgerschap vraagt:")
    _bullets(doc, [
        "Elke groep houdt wekelijks een groepsvergadering, voorgezeten door een kind, en beslist zelf "
        "over inrichting, taken en afspraken.",
        "De kinderraad (twee kinderen per bovenbouwgroep) vergadert zes keer per jaar met de directeur "
        "en heeft een eigen budget van 500 euro.",
        "De bovenbouwlijst bevat de democratische rechtsstaat, de grondrechten, een bezoek aan de "
        "gemeenteraad en de levensbeschouwingen die in de groep voorkomen.",
        "In hun laatste jaar doen kinderen een dienstproject van tien uur in de wijk, bijvoorbeeld "
        "voorlezen in verzorgingshuis De Overloop of helpen bij de Voedselbank Almere.",
    ])

    _h2(doc, "4.5 De computer als materiaal")
    _p(doc, "Wij behandelen de computer als elk ander materiaal: met een les, een plek in de kast en "
            "afspraken. Vanaf 2020-2021 voeren wij een lijn digitale geletterdheid in: werken met de "
            "computer, informatie zoeken en beoordelen, mediawijsheid en programmeren (Bee-Bots in de "
            "middenbouw, Scratch in de bovenbouw).")

    _doelen(doc, "Doelen bij ‘Het werk van het kind’", [
        ["Meer kinderen halen 1S rekenen", "breukenmateriaal twee keer per week; observatie door de "
         "rekenspecialist", "meting april 2021-2024", "rekenspecialist",
         "1S van 47% (2019) naar 55% in 2023; 1F ≥ 95%"],
        ["Elk kind heeft de bouwlijst onderzocht", "lijst per kind, controle bij de overgang",
         "eerste controle juni 2023", "bouwcoördinatoren", "≥ 90% van de kinderen heeft de lijst rond"],
        ["Dienstproject voor alle schoolverlaters", "tien uur in de wijk", "vanaf 2020-2021",
         "bovenbouwcoördinator", "100%, verslag in het portfolio"],
        ["Lijn digitale geletterdheid", "lijn samenstellen, scholing team", "klaar juni 2021",
         "ICT-coördinator", "juni 2023: elk bovenbouwkind heeft een eigen Scratch-programma"],
    ])

    # ---------------------------------------------------------------- 5
    _h1(doc, "5. Kijken naar het kind")

    _h2(doc, "5.1 Observeren")
    _p(doc, "Elke leerkracht observeert dagelijks en legt wekelijks in het registratiesysteem vast "
            "welke lessen een kind kreeg en welk materiaal het beheerst. Vanaf groep 3 gebruiken wij "
            "daarnaast in januari en juni de Cito-toetsen voor lezen, spelling en rekenen, en leggen "
            "wij de uitkomst naast de observatie: klopt wat de toets zegt met wat de leerkracht ziet? "
            "Drie keer per jaar heeft elk kind vanaf de middenbouw een kindgesprek van tien minuten: "
            "waar ben ik trots op, wat wil ik leren, wat heb ik nodig. Twee keer per jaar bespreekt de "
            "intern begeleider met elke leerkracht de hele groep.")

    _h2(doc, "5.2 Extra begeleiding")
    _p(doc, "Ons schoolondersteuningsprofiel (SOP, 2019) beschrijft wat wij kunnen bieden:")
    _bullets(doc, [
        "Voor elk kind: eigen niveau en tempo, lessen in kleine groepjes, hulp van een oudere "
        "groepsgenoot, een weekplanning op maat, een leesaanpak bij dyslexie.",
        "Extra: een onderwijsassistent vier ochtenden per week voor kinderen die meer oefening nodig "
        "hebben; een plusgroep voor bovenbouwkinderen die meer uitdaging vragen; een eigen leerlijn "
        "met ontwikkelingsperspectief (in 2019-2020 voor vijf kinderen).",
        "Wat wij niet kunnen bieden: één-op-één begeleiding gedurende de hele werkperiode, en een plek "
        "voor kinderen voor wie de vrijheid van de werkperiode onveilig is.",
    ])
    _p(doc, "Wij zijn aangesloten bij het Samenwerkingsverband Passend Onderwijs Almere. De intern "
            "begeleider overlegt elk kwartaal met de onderwijsadviseur van het samenwerkingsverband. "
            "Past onze school niet, dan zoeken wij met ouders en samenwerkingsverband een plek in het "
            "speciaal (basis)onderwijs; in drie jaar ging het om vier kinderen, en in 2019 namen wij "
            "twee kinderen op die terugkeerden uit het speciaal basisonderwijs. Het wijkteam Haven "
            "houdt elke zes weken spreekuur op school.")

    _h2(doc, "5.3 Veel talen in de groep")
    _p(doc, "Kinderen mogen in de werkperiode hun thuistaal met elkaar spreken als het werk daar beter "
            "van wordt; een nieuw kind krijgt als het kan een maatje met dezelfde taal. In elke groep "
            "staan boeken in de thuistalen, en feesten uit de gezinnen krijgen een plek in de kring. "
            "Kinderen met een achterstand in het Nederlands krijgen in de kinderhuizen dagelijks een "
            "woordenschatles met de drieperiodenles. Ook ons team is verschillend samengesteld, van 24 "
            "tot 63 jaar en met Nederlandse, Surinaamse, Marokkaanse en Poolse wortels; bij vacatures "
            "werven wij bewust ook via migrantenorganisaties in Almere Haven.")

    _doelen(doc, "Doelen bij ‘Kijken naar het kind’", [
        ["Drie kindgesprekken per kind per jaar", "onderwijsassistent neemt de groep over",
         "vanaf 2020-2021", "intern begeleider", "≥ 95% van de gesprekken gevoerd"],
        ["SOP bijgewerkt", "met team, samenwerkingsverband en MR", "vóór 1 oktober 2022",
         "directeur", "SOP op de website; bij elke aanmelding besproken wat wel en niet kan"],
        ["Taalachterstand ingelopen", "dagelijkse woordenschatles", "2020-2024",
         "taal-/leesspecialist", "≥ 80% haalt bij de overgang ten minste niveau C woordenschat"],
    ])

    # ---------------------------------------------------------------- 6
    _h1(doc, "6. De volwassene in de voorbereide omgeving")
    _p(doc, "Montessori zag de volwassene als deel van de voorbereide omgeving. Wie zelf niet meer leert, "
            "kan een kind niet leren zelf te leren.")

    _h2(doc, "6.1 Nieuw in het team")
    _p(doc, "Een nieuwe collega krijgt een maatje uit een andere bouw, loopt in de eerste maand een dag "
            "mee in elke bouw en heeft in de eerste zes weken drie gesprekken met de directeur. Op de "
            "eerste werkdag staan er bloemen van de kinderen van de eigen groep.")

    _h2(doc, "6.2 Montessori-opleiding en scholing")
    _p(doc, "Wie bij ons lesgeeft, heeft het Montessoridiploma of haalt het. Vier leerkrachten volgen de "
            "Montessori-leergang van de Hogeschool iPabo, twee beginnen in 2020-2021. De school betaalt "
            "de opleiding en geeft een vrije middag per week. Ieder teamlid heeft daarnaast een "
            "scholingsplan dat in het ontwikkelgesprek wordt afgesproken, met 40 uur en 600 euro per "
            "fulltimer per jaar. De schoolbrede scholing gaat naar rekenen (2020-2022) en observeren "
            "(2022-2024).")

    _h2(doc, "6.3 De leerkring")
    _p(doc, "Elke leerkracht zit in een leerkring van vier of vijf collega's uit verschillende bouwen, "
            "die zes keer per jaar bijeenkomt. Tussen de bijeenkomsten bezoeken de leden elkaars "
            "werkperiode met een kijkvraag van de bezochte collega. Elke kring doet per jaar een klein "
            "praktijkonderzoek; in 2019-2020 onder meer naar hoe vaak kinderen langer dan twintig "
            "minuten geconcentreerd werken (2,3 keer per ochtend in de bovenbouw, 1,4 in de middenbouw) "
            "en wat onderbrekingen door volwassenen daaraan doen. Elke kring leest ook per jaar "
            "minstens twee artikelen uit onderzoek naar leren; in 2019 leidde onderzoek naar "
            "executieve functies tot het besluit de werkperiode in de middenbouw niet meer met een "
            "kring te beginnen. Elk onderzoek leidt tot ten minste één afspraak voor de hele school.")

    _h2(doc, "6.4 Draagkracht in elke fase")
    _p(doc, "Wat iemand aankan, verschilt per periode in een leven. Collega's met jonge kinderen "
            "kunnen een vaste vrije dag krijgen; de roosters liggen vóór 1 mei vast. Collega's vanaf "
            "57 jaar zetten de uren duurzame inzetbaarheid uit de cao in voor minder lesgebonden taken "
            "(vier collega's in 2019-2020). Starters krijgen twee jaar 10 procent minder lesgebonden "
            "tijd en een coach. Werkdruk staat twee keer per jaar op de agenda van het teamoverleg.")

    _h2(doc, "6.5 Ontwikkelgesprekken")
    _p(doc, "Elk teamlid heeft jaarlijks in het najaar een ontwikkelgesprek met de directeur, eens per "
            "twee jaar een klassenbezoek met de kijkwijzer voor de werkperiode en eens per vier jaar "
            "een beoordelingsgesprek. Verslagen gaan, ondertekend, in het personeelsdossier.")

    _h2(doc, "6.6 Over de muren van het kindcentrum")
    _p(doc, "Met Montessorischool De Ster (Almere Stad) en Het Kristal (Almere Buiten), de twee andere "
            "Montessorischolen van ons bestuur, vormen wij sinds 2018 de Montessori-kring. De bouw"
            "coördinatoren van de drie scholen komen vier keer per jaar bijeen, lenen elkaar materiaal "
            "en ontwikkelen een gezamenlijk kijkinstrument voor de werkperiode. Elk jaar in maart houden "
            "de drie teams een gezamenlijke studiedag, waar de leerkringen hun praktijkonderzoek "
            "presenteren. Onze intern begeleider neemt deel aan het netwerk van intern begeleiders van "
            "het bestuur (zes keer per jaar). Bovenbouwleerkracht Sanne de Wit geeft voor de andere "
            "basisscholen van het bestuur een cursus over concreet materiaal bij rekenen; in 2019-2020 "
            "volgden 22 leerkrachten van zeven scholen die cursus.")

    _doelen(doc, "Doelen bij ‘De volwassene in de voorbereide omgeving’", [
        ["Alle leerkrachten hebben het Montessoridiploma", "opleiding betaald, vrije middag",
         "juli 2023", "directeur", "19 van 19 (2019: 13)"],
        ["Elke leerkring doet jaarlijks een praktijkonderzoek", "presentatie op de gezamenlijke studiedag",
         "maart 2021-2024", "kringvoorzitters", "vier presentaties en ≥ 1 schoolbrede afspraak per jaar"],
        ["Jaarlijks ontwikkelgesprek en scholingsplan", "gesprek in het najaar", "vóór 1 december",
         "directeur", "100% van de teamleden"],
        ["Werk en thuis zijn te combineren", "roosterwensen vóór 1 mei, werkdruk op de agenda",
         "peiling 2021 en 2023", "directeur", "score ≥ 7,5 (2019: 6,9)"],
        ["Gezamenlijk kijkinstrument", "Montessori-kring", "maart 2022", "bouwcoördinatoren",
         "in gebruik op drie scholen vanaf 2022-2023"],
    ])

    # ---------------------------------------------------------------- 7
    _h1(doc, "7. Ouders en de buurt")

    _h2(doc, "7.1 Ouders in het kindcentrum")
    _bullets(doc, [
        "Drie keer per jaar is er vanaf de middenbouw een gesprek van ouder, kind en leerkracht samen: "
        "het kind laat zijn werk zien, ouders en leerkracht vertellen wat zij zien en spreken af wie "
        "wat doet.",
        "Vier keer per jaar is er een kijkochtend in de werkperiode; in 2019-2020 kwam 71 procent van "
        "de ouders minstens één keer.",
        "In het ouderportaal zien ouders op elk moment de lessen, het beheerste materiaal, de "
        "toetsuitslagen en de verslagen van de kindgesprekken, geschreven zonder vakjargon.",
        "Op de ouderavond in oktober leggen wij het materiaal uit; bovenbouwkinderen nemen een "
        "materiaaltas mee naar huis om met hun ouders te oefenen.",
        "Het Wilgenblad verschijnt elke twee weken, met de besluiten van directie en MR en de reden "
        "erbij.",
    ])

    _h2(doc, "7.2 De MR")
    _p(doc, "De MR (vier ouders, vier teamleden) vergadert zes keer per jaar. De directeur legt plannen "
            "voor als er nog iets te kiezen is: de MR besprak in november 2019 de keuze voor een "
            "continurooster drie maanden voordat er een voorstel lag, en op verzoek van de ouder"
            "geleding volgde een ouderavond. Voor dit plan gaf de MR in maart 2020 per hoofdstuk "
            "schriftelijke punten, die zijn verwerkt. De MR heeft op 16 juni 2020 ingestemd met dit "
            "plan.")

    _h2(doc, "7.3 De buurt en de stad")
    _bullets(doc, [
        "Kinderopvang Het Wilgenhof: een gezamenlijke werkochtend per kwartaal met de onderbouw en "
        "hetzelfde instrument KIJK!, zodat elke peuter met een warme overdracht instroomt.",
        "De Nieuwe Bibliotheek Almere Haven: maandelijks bezoek per groep, collectie samen met de "
        "leesconsulent.",
        "Stadsboerderij Almere Haven: elk jaar een project van zes weken voor de middenbouw.",
        "Wijkteam Haven en GGD Flevoland: spreekuur op school.",
        "Verzorgingshuis De Overloop en de Voedselbank Almere: de dienstprojecten.",
        "Scholen voor voortgezet onderwijs in Almere: warme overdracht en een gesprek over elke "
        "oud-leerling een jaar na de overstap.",
    ])
    _p(doc, "Elke samenwerking bespreken wij jaarlijks met de andere kant: wat heeft het de kinderen "
            "opgeleverd? Wat niets oplevert, stoppen wij.")

    _h2(doc, "7.4 De Nederlandse Montessori Vereniging")
    _p(doc, "Na een visitatie door de NMV kreeg De Wilgentak in 2018 het erkenningsbewijs voor vijf "
            "jaar. De directeur zit in de regiogroep Noord-Holland/Flevoland van de NMV, die visitaties "
            "voorbereidt, en twee leerkrachten waren in 2019 zelf visitator op een school in Zwolle.")

    _doelen(doc, "Doelen bij ‘Ouders en de buurt’", [
        ["Ouders weten hoe hun kind zich ontwikkelt", "drie gesprekken ouder-kind-leerkracht",
         "peiling 2021 en 2023", "bouwcoördinatoren",
         "≥ 90% van de gezinnen neemt deel; score ≥ 8,0 (2019: 7,4)"],
        ["Meer ouders zien hun kind werken", "vier kijkochtenden, één op zaterdag", "juli 2023",
         "directeur", "≥ 80% (2019-2020: 71%)"],
        ["Elke peuter met een warme overdracht", "KIJK!-overdracht en gesprek", "vanaf augustus 2020",
         "onderbouwcoördinator", "100% van de peuters uit De Kiem"],
        ["NMV-erkenning verlengd", "zelfevaluatie en visitatie", "voorjaar 2023", "directeur",
         "positief visitatierapport"],
    ])

    # ---------------------------------------------------------------- 8
    _h1(doc, "8. Hoe wij weten of het goed gaat")
    _p(doc, "Wij werken met een vaste jaarcyclus:")
    _bullets(doc, [
        "september: het jaarplan, afgeleid uit de tabellen in dit plan, met team en MR vastgesteld;",
        "oktober en maart: analyse van toetsen en observaties per bouw en voor de school, besproken "
        "in team en MR;",
        "januari: klassenbezoeken door directeur en intern begeleider met de kijkwijzer;",
        "februari: vragenlijst sociale veiligheid; in 2021 en 2023 ook een peiling onder ouders, "
        "kinderen en team;",
        "juni: evaluatie van het jaarplan en jaarverslag aan bestuur en MR.",
    ])
    _p(doc, "Vier keer per jaar stuurt de directeur het bestuur een kwartaalrapportage met de stand van "
            "de doelen. In het voorjaar van 2022 volgt een interne audit door collega-directeuren en "
            "kwaliteitsmedewerkers van het bestuur. De inspectie bezocht ons in 2017; de school heeft "
            "een basisarrangement. In 2019 ging 54 procent van de schoolverlaters naar havo of vwo, en "
            "een jaar later zat 93 procent op het geadviseerde niveau of hoger. Wat wij nog niet goed "
            "meten, is of kinderen hun werk zelfstandig leren plannen; het kijkinstrument van de "
            "Montessori-kring moet dat vanaf 2022-2023 zichtbaar maken.")

    _doelen(doc, "Doelen bij ‘Hoe wij weten of het goed gaat’", [
        ["Basisarrangement en eindtoets op of boven het landelijk gemiddelde", "jaarcyclus",
         "2021-2024", "directeur", "oordeel inspectie; eindtoetsscore"],
        ["Analyses leiden tot afspraken", "analyse oktober en maart", "vanaf oktober 2020",
         "intern begeleider", "per analyse ≥ 1 afspraak per bouw"],
        ["Interne audit", "zelfevaluatie en audit", "voorjaar 2022", "directeur",
         "rapport besproken in team en MR vóór juli 2022"],
    ])

    # ---------------------------------------------------------------- 9
    _h1(doc, "9. Vaststelling")
    _p(doc, "Dit schoolplan is op 9 juni 2020 in het team besproken. De MR heeft op 16 juni 2020 "
            "ingestemd. Het bestuur van de Almeerse Scholen Groep heeft het plan op 30 juni 2020 "
            "vastgesteld.")
    _p(doc, "Marieke Brandsma, directeur\t\t\tnamens de MR, de voorzitter")

    doc.save(path)
    deterministisch(path, VASTE_DATUM)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_59_montessori_wilgentak.docx")
