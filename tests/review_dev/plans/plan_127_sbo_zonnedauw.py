#!/usr/bin/env python3
"""Schoolplan 2024-2028 van SBO De Zonnedauw (Almere Haven), opgebouwd langs de
kernwaarden en vensters van ASG Koers 22, met de centrale vragen als paragraaftitels.
Schrijft een .docx met python-docx; deterministisch."""

import datetime
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

DATUM = datetime.datetime(2024, 6, 12, 9, 30, 0)


def _taal_nl(doc):
    for naam in ("Normal", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Title"):
        try:
            rpr = doc.styles[naam].element.get_or_add_rPr()
        except KeyError:
            continue
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _paginanummer(doc):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("SBO De Zonnedauw – Schoolplan 2024-2028 – pagina ")
    run = p.add_run()
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


# Elk hoofdstuk: (titel, inleiding, [(vraag, [alinea's])], [doelen 2028])
HOOFDSTUKKEN = [
    (
        "3. Gezien worden",
        [
            "Kinderen die bij ons binnenkomen, hebben vaak een lastige schooltijd achter de rug. Zij zijn "
            "vastgelopen, soms thuis komen te zitten, en hun ouders hebben veel gesprekken gevoerd. Gezien "
            "worden begint voor hen met een nieuwe start waarin iemand echt naar hen kijkt.",
        ],
        [
            (
                "3.1 Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?",
                [
                    "Bij ons begint gastvrijheid al vóór de eerste schooldag. Elke nieuwe leerling krijgt een "
                    "huisbezoek van de eigen leerkracht en komt daarna twee ochtenden meedraaien in de groep. "
                    "Omdat ruim zeventig procent van de kinderen met een taxi of busje komt, staat er elke "
                    "ochtend vanaf 8.15 uur een teamlid bij de ingang om leerlingen en chauffeurs te begroeten. "
                    "Leerkrachten ontvangen hun groep bij de deur van het lokaal met een hand, een boks of een "
                    "zwaai: het kind kiest. Bezoekers worden bij de balie opgevangen door onze administratief "
                    "medewerker, en op vrijdag na schooltijd kunnen ouders zonder afspraak binnenlopen.",
                    "Ouders van nieuwe leerlingen komen vaak binnen met wantrouwen of vermoeidheid. Daarom voert de "
                    "intern begeleider met elke nieuwe ouder binnen zes weken na de start een "
                    "'hoe gaat het nu'-gesprek.",
                ],
            ),
            (
                "3.2 Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?",
                [
                    "Verschillen zijn bij ons de norm. Iedere leerling heeft een ontwikkelingsperspectiefplan (OPP) "
                    "met een eigen uitstroomprofiel. Per vakgebied werkt een leerling op het niveau dat bij hem of "
                    "haar past, ook als dat afwijkt van de groep. In de middenbouw werken we daarom op dinsdag en "
                    "donderdag voor rekenen en lezen in niveaugroepen over de groepen heen. Het OPP wordt twee keer "
                    "per jaar geëvalueerd en bijgesteld.",
                    "Voor medewerkers proberen we taken te laten aansluiten bij ieders kracht.",
                ],
            ),
            (
                "3.3 Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen bij ASG?",
                [
                    "Ouders en medewerkers vullen de tweejaarlijkse tevredenheidspeiling van ASG in. Op De Zonnedauw "
                    "is iedereen waardevol en wordt iedereen gezien.",
                ],
            ),
        ],
        [
            "Iedere nieuwe leerling heeft vóór de start een huisbezoek gehad en twee ochtenden meegedraaid "
            "(schooljaar 2023-2024: bij ongeveer 80 procent).",
            "Met iedere ouder van een nieuwe leerling is binnen zes weken een gesprek met de intern begeleider gevoerd.",
            "Ouders geven in de tevredenheidspeiling op de vraag 'ik voel me welkom op school' gemiddeld minimaal "
            "een 8,0 (2023: 7,6).",
            "Alle OPP's bevatten een actueel uitstroomprofiel dat twee keer per jaar met ouders is besproken.",
        ],
    ),
    (
        "4. Open",
        [
            "Voor ons betekent open vooral: een school waar kinderen zich veilig voelen, ook als het even misgaat.",
        ],
        [
            (
                "4.1 Hoe bereiken we dat iedereen zich respectvol bejegend voelt?",
                [
                    "Veel van onze leerlingen hebben moeite met het reguleren van hun gedrag en emoties. Een veilig "
                    "klimaat vraagt daarom meer dan een lijstje regels. We werken schoolbreed met de methode Kwink "
                    "voor sociaal-emotioneel leren: in elke groep een les per week en dagelijks een korte terugblik "
                    "aan het eind van de ochtend. Bij conflicten voeren we herstelgesprekken volgens een vaste opzet "
                    "(wat is er gebeurd, wie is er geraakt, wat is er nodig om het goed te maken) in plaats van straf "
                    "als eerste reactie. De gedragsspecialist ondersteunt leerkrachten bij escalaties en coacht in "
                    "de klas.",
                    "Elk jaar in maart meten we de sociale veiligheid bij de leerlingen van midden- en bovenbouw met "
                    "de leerlingvragenlijst van ZIEN!. De uitkomsten bespreken we met het team en, in gewone taal, "
                    "met de leerlingen zelf. De intern begeleider van de bovenbouw is onze anti-pestcoördinator en "
                    "aanspreekpunt voor ouders. Het veiligheidsplan, met daarin het protocol fysiek ingrijpen, "
                    "evalueren we elk jaar in september met het hele team. Elke keer dat fysiek ingrijpen nodig is, "
                    "wordt geregistreerd en met ouders besproken; in 2022-2023 gebeurde dat 23 keer, grotendeels bij "
                    "drie leerlingen.",
                ],
            ),
            (
                "4.2 Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te informeren?",
                [
                    "De communicatie met ouders is de afgelopen jaren op orde gekomen en is in deze planperiode geen "
                    "speerpunt. De schoolgids beschrijft hoe we ouders informeren.",
                ],
            ),
            (
                "4.3 Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het openbare karakter van ASG?",
                [
                    "De Zonnedauw is een openbare school: iedereen is welkom. Met een open blik kijken we naar de "
                    "verscheidenheid van onze leerlingen en medewerkers.",
                ],
            ),
        ],
        [
            "Op de ZIEN!-leerlingvragenlijst voelt minimaal 85 procent van de leerlingen zich veilig op school "
            "(maart 2024: 78 procent).",
            "Het aantal keren dat fysiek ingrijpen nodig is, is gehalveerd ten opzichte van 2022-2023.",
            "Alle leerkrachten voeren herstelgesprekken volgens de schoolafspraak; de directie ziet dit terug bij "
            "de klassenbezoeken.",
        ],
    ),
    (
        "5. Vooruitstrevend",
        [
            "Onze leerlingen hebben structuur en voorspelbaarheid nodig. Vernieuwen doen we daarom in kleine, "
            "goed voorbereide stappen.",
        ],
        [
            (
                "5.1 Hoe faciliteren we innovatie binnen ASG?",
                [
                    "In het schooljaar 2024-2025 richten we het oude handvaardigheidslokaal in als 'maakplaats'. De "
                    "bovenbouwgroepen werken daar één middag per week aan techniek- en ontwerpopdrachten, steeds met "
                    "dezelfde opbouw: opdracht, ontwerp, bouwen, presenteren. We kiezen hiervoor omdat bijna de helft "
                    "van onze leerlingen uitstroomt naar praktijkonderwijs of vmbo basis, waar praktisch en "
                    "ontwerpend leren centraal staat. Twee leerkrachten krijgen in 2024-2025 elk veertig uur om de "
                    "maakplaats op te zetten. De inrichting (gereedschap, een 3D-printer, bouwmaterialen) betalen we "
                    "uit de bijdrage van € 12.500 die we in 2023 uit het innovatiebudget van ASG ontvingen.",
                ],
            ),
            (
                "5.2 Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?",
                [
                    "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. In de "
                    "maakplaats leren leerlingen vragen stellen en uitproberen.",
                ],
            ),
            (
                "5.3 Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal vertaald voor ASG?",
                [
                    "Hier hebben we als school geen eigen rol in.",
                ],
            ),
        ],
        [
            "De maakplaats is in oktober 2024 in gebruik en alle bovenbouwgroepen werken er wekelijks.",
            "Voor de maakplaats ligt uiterlijk in juni 2026 een leerlijn ontwerpen en maken vast voor midden- en "
            "bovenbouw.",
        ],
    ),
    (
        "6. Ambitieus",
        [
            "Een kind op het SBO verdient dezelfde hoge verwachtingen als elk ander kind. Dat vraagt ook iets van ons "
            "als team.",
        ],
        [
            (
                "6.1 Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te realiseren?",
                [
                    "We geven altijd het beste van onszelf. Elkaar aanspreken vinden we soms nog lastig; daar willen "
                    "we aan werken.",
                ],
            ),
            (
                "6.2 Wat doen we om de professionaliteit van ons personeel te verbeteren?",
                [
                    "In de vorige planperiode lag de nadruk op gedrag. Nu verschuift die naar de kwaliteit van de "
                    "instructie. Het hele team volgt in 2024-2025 en 2025-2026 de teamscholing Expliciete Directe "
                    "Instructie (EDI) bij een externe trainer, met acht bijeenkomsten per jaar en klassenbezoeken "
                    "waarbij de adjunct-directeur feedback geeft. Elke leerkracht kiest daarnaast "
                    "jaarlijks een eigen ontwikkeldoel, dat terugkomt in de gesprekscyclus (zie hoofdstuk 8). "
                    "Leerkrachten die de master Educational Needs willen volgen, krijgen studieverlof volgens de "
                    "ASG-regeling; zes van onze vijftien leerkrachten hebben deze master al afgerond.",
                ],
            ),
            (
                "6.3 Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?",
                [
                    "Leerlingen vanaf de middenbouw hebben een eigen doelenkaart voor rekenen en lezen. Ze bespreken "
                    "die elke zes weken in een kort kindgesprek met hun leerkracht, en vanaf de bovenbouw zitten ze "
                    "zelf aan tafel bij het OPP-gesprek met hun ouders. Bij het vaststellen van het uitstroomprofiel "
                    "gaan we uit van het hoogst haalbare niveau, niet van het veilige niveau. In 2023 stroomde "
                    "8 procent van onze leerlingen uit naar vmbo-tl; iedere leerling die daarvoor de capaciteiten "
                    "heeft, moet die kans ook krijgen.",
                ],
            ),
        ],
        [
            "Alle leerkrachten passen EDI zichtbaar toe: bij de klassenbezoeken in 2026 en 2028 scoort minimaal "
            "80 procent van de lessen voldoende op de kijkwijzer.",
            "Minimaal 75 procent van de schoolverlaters haalt het in het OPP vastgestelde uitstroomperspectief of "
            "hoger (2023: 68 procent).",
            "Alle leerlingen vanaf de middenbouw werken met een eigen doelenkaart.",
        ],
    ),
    (
        "7. Venster 1: Goed en toegankelijk onderwijs",
        [
            "In dit hoofdstuk beschrijven we ons onderwijsprogramma, onze ondersteuning en onze kwaliteitszorg.",
        ],
        [
            (
                "7.1 Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?",
                [
                    "Ons onderwijs is gericht op de kerndoelen van het primair onderwijs. Niet elke leerling haalt "
                    "ze allemaal. Voor rekenen en taal werken we daarom met de drie leerroutes van Passende "
                    "perspectieven (SLO). Elke route heeft een eigen eindniveau en is gekoppeld aan het "
                    "uitstroomprofiel in het OPP. Voor de leerlingen in route 1 is referentieniveau 1F aan het eind "
                    "van de basisschool het doel.",
                    "We gebruiken de volgende methodes: Veilig leren lezen (kim-versie) in de jongste groepen, "
                    "Estafette voor voortgezet technisch lezen, Nieuwsbegrip voor begrijpend lezen, Staal voor taal "
                    "en spelling en De wereld in getallen 5 voor rekenen. Die laatste vullen we aan met Rekensprint "
                    "voor leerlingen met een eigen leerlijn. Wereldoriëntatie geven we thematisch met Blink Wereld. "
                    "Elke groep heeft twee gymlessen per week van de vakleerkracht en één buitenles. Leerlingen in de "
                    "eindgroep maken de doorstroomtoets (Route 8), tenzij een uitzonderingsgrond van toepassing is.",
                ],
            ),
            (
                "7.2 Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?",
                [
                    "In ons schoolondersteuningsprofiel (geactualiseerd in maart 2024) staat welke ondersteuning we "
                    "bieden en waar onze grenzen liggen. We kunnen goed onderwijs geven aan leerlingen met "
                    "leerproblemen, taalontwikkelingsproblemen, ADHD, autisme en lichte tot matige "
                    "gedragsproblemen, zolang zij met structuur in een groep van veertien kunnen functioneren. Elke "
                    "groep heeft een prikkelarme werkplek; bij het plein ligt een time-outruimte met begeleiding. "
                    "Logopedie en kinderfysiotherapie worden in school gegeven. Onze grens ligt bij leerlingen die "
                    "voortdurend één-op-éénbegeleiding nodig hebben, die structureel een gevaar voor anderen zijn of "
                    "die intensieve medische zorg vragen. Dan zoeken we samen met het samenwerkingsverband een plek "
                    "in het speciaal onderwijs.",
                    "We maken deel uit van het netwerk van voorzieningen van het Samenwerkingsverband Passend "
                    "Onderwijs Almere en schuiven aan bij het overleg waar thuiszitters worden besproken. Samen met een "
                    "school voor speciaal onderwijs uit het samenwerkingsverband starten we in augustus 2025 een "
                    "combinatiegroep voor acht leerlingen die net te veel ondersteuning nodig hebben voor een gewone "
                    "SBO-groep. Omgekeerd begeleiden we leerlingen die het kunnen terug naar een reguliere "
                    "basisschool; in 2022-2023 waren dat er vijf.",
                ],
            ),
            (
                "7.3 Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?",
                [
                    "Drie keer per jaar (oktober, februari en juni) bespreken de leerkracht, de intern begeleider en "
                    "de orthopedagoog elke groep en elke leerling. Daarbij gebruiken we de toetsen van het "
                    "leerlingvolgsysteem, de observaties in ZIEN! en de evaluatie van het OPP. Nieuw vanaf 2025-2026: "
                    "bovenbouwleerlingen vullen vóór hun OPP-gesprek een eigen formulier 'Dit ben ik' in, zodat "
                    "hun eigen beeld meeweegt.",
                ],
            ),
            (
                "7.4 Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding mogelijk te maken?",
                [
                    "In 2024-2025 stellen we met het team een kijkwijzer vast op basis van EDI: een zichtbaar lesdoel, "
                    "ophalen van voorkennis, een korte instructie waarin de leerkracht hardop voordoet, controle van "
                    "begrip met wisbordjes, begeleide inoefening en verlengde instructie aan de instructietafel. "
                    "Daarnaast heeft elke groep een visueel dagprogramma.",
                ],
            ),
            (
                "7.5 Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?",
                [
                    "Met de maakplaats (hoofdstuk 5) en met een leerlijn digitale geletterdheid. In 2025-2026 voeren "
                    "we in alle groepen het programma Basicly in, met een les per twee weken. Ook burgerschap is een "
                    "onderwerp waar we de komende jaren naar willen kijken.",
                ],
            ),
            (
                "7.6 Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het servicebureau en het bestuur?",
                [
                    "We werken met een vaste jaarcyclus. In juni stellen we het jaarplan op, in januari evalueren we "
                    "het halverwege met het team, en in juli schrijven we het jaarverslag. Elk kwartaal rapporteren we "
                    "aan het bestuur via de kwartaalrapportage. Voor de zelfevaluatie gebruiken we de "
                    "kwaliteitskaarten van WMK-PO: elk jaar drie kaarten, zodat in vier jaar alle standaarden van het "
                    "inspectiekader aan bod komen. De opbrengsten analyseren we twee keer per jaar (februari en juni) "
                    "op schoolniveau en per leerroute.",
                ],
            ),
            (
                "7.7 Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het managementinformatiesysteem om optimale sturing te faciliteren?",
                [
                    "Voor een SBO zeggen de standaardoverzichten weinig, omdat onze leerlingen niet met landelijke "
                    "normen te vergelijken zijn. We vragen het bestuur om in de kwartaalrapportage ook op te nemen "
                    "hoeveel leerlingen hun OPP-perspectief halen.",
                ],
            ),
            (
                "7.8 Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en verbeteren de norm is?",
                [
                    "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.",
                ],
            ),
        ],
        [
            "Bij het volgende onderzoek van de inspectie zijn alle standaarden minimaal voldoende en krijgen we geen "
            "herstelopdrachten.",
            "De combinatiegroep met het speciaal onderwijs draait vanaf augustus 2025 met acht leerlingen en is in "
            "juni 2027 samen met het samenwerkingsverband geëvalueerd.",
            "Elk jaar keren minimaal vier leerlingen met begeleiding terug naar een reguliere basisschool.",
            "De leerlijn digitale geletterdheid wordt vanaf 2025-2026 in alle groepen gegeven.",
            "Het schoolondersteuningsprofiel wordt elk jaar in maart geactualiseerd.",
        ],
    ),
    (
        "8. Venster 2: Personeel in positie",
        [
            "Werken op het SBO is mooi en zwaar tegelijk. Goed personeel vinden en vasthouden is de grootste "
            "voorwaarde voor alles in dit plan.",
        ],
        [
            (
                "8.1 Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?",
                [
                    "Medewerkers voelen zich betrokken bij en trots op onze school. Die betrokkenheid is er vooral op "
                    "schoolniveau; ASG staat voor veel collega's verder weg.",
                ],
            ),
            (
                "8.2 Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun eigen loopbaan?",
                [
                    "Een goed gesprek over hun ontwikkeling. We voeren de jaarlijkse gesprekscyclus van ASG volledig "
                    "uit: in september of oktober een doelengesprek, in februari een voortgangsgesprek dat volgt op "
                    "een klassenbezoek, en in juni een evaluatiegesprek. Eens in de drie jaar is het evaluatiegesprek "
                    "een beoordelingsgesprek. In 2023-2024 was de cyclus bij 24 van de 29 medewerkers compleet.",
                ],
            ),
            (
                "8.3 Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en professionalisering binnen ASG?",
                [
                    "Niet altijd. We verwijzen medewerkers naar het intranet van ASG.",
                ],
            ),
            (
                "8.4 Hoe maken we een koppeling tussen Koers 22 en de vorm en inhoud van het aanbod van de ASG Academie?",
                [
                    "Dat is een vraag voor het bestuur.",
                ],
            ),
            (
                "8.5 Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van gesprek wordt?",
                [
                    "Het ziekteverzuim was in 2023 6,9 procent, hoger dan het gemiddelde van de ASG-basisscholen. "
                    "Incidenten met gedrag wegen zwaar. Na elk ernstig incident voert de gedragsspecialist of de "
                    "directeur daarom binnen 24 uur een nagesprek met de betrokken collega. We zetten de "
                    "werkdrukmiddelen in voor vier onderwijsassistenten, zodat elke groep minimaal acht uur per week "
                    "een tweede volwassene heeft. Welbevinden is een vast punt in elk voortgangsgesprek. Sinds 2023 "
                    "geeft onze vakleerkracht bewegingsonderwijs op woensdagmiddag een uur sport voor het team "
                    "(gemiddeld acht deelnemers).",
                ],
            ),
            (
                "8.6 Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten behoeve van ASG?",
                [
                    "Onze medewerkers hebben veel kennis van gedrag en ontwikkelingsproblemen. Die kennis zouden "
                    "reguliere ASG-scholen vaker kunnen benutten.",
                ],
            ),
            (
                "8.7 Hoe zorgen wij ervoor dat het aanbod van de ASG Academie aansluit bij de opdrachten die we onszelf geven?",
                [
                    "Elke medewerker volgt per jaar minimaal één cursus of bijeenkomst die past bij het eigen "
                    "ontwikkeldoel, bij voorkeur bij de ASG Academie. Onze onderwijsassistenten volgen in 2024-2025 "
                    "samen de Academie-cursus over het begeleiden van gedrag in de klas. Elk jaar in juni bespreekt de "
                    "directeur met de Academie welke onderwerpen voor SBO-personeel ontbreken.",
                ],
            ),
            (
                "8.8 Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?",
                [
                    "We zijn opleidingsschool binnen het partnerschap van ASG met de pabo van Windesheim Almere en "
                    "plaatsen elk jaar drie of vier pabostudenten, bij voorkeur uit het derde of vierde jaar. Op dit "
                    "moment werken bij ons twee zij-instromers en één leerkracht die de deeltijdpabo volgt. Zij "
                    "hebben een schoolopleider als coach (twee uur per week) en een lagere lestaak. Het doel is dat "
                    "alle drie uiterlijk in augustus 2026 bevoegd zijn.",
                ],
            ),
            (
                "8.9 Hoe geven onze medewerkers invulling en kleur aan het professioneel statuut van ASG?",
                [
                    "Het professioneel statuut is in 2022 met het team besproken. We hebben er geen aanvullende "
                    "afspraken over gemaakt.",
                ],
            ),
            (
                "8.10 Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?",
                [
                    "De verslagen van de gesprekken uit de cyclus staan in het digitale personeelsdossier. "
                    "Medewerkers uploaden hun scholingscertificaten zelf.",
                ],
            ),
        ],
        [
            "Het ziekteverzuim is gedaald naar maximaal 5,5 procent (2023: 6,9 procent).",
            "De gesprekscyclus is elk jaar bij alle medewerkers volledig doorlopen en vastgelegd (2023-2024: 24 van 29).",
            "De twee zij-instromers en de leerkracht in opleiding zijn uiterlijk in augustus 2026 bevoegd.",
            "Elke medewerker heeft jaarlijks minimaal één scholingsactiviteit gevolgd die past bij het eigen ontwikkeldoel.",
            "Na elk ernstig incident heeft binnen 24 uur een nagesprek plaatsgevonden.",
        ],
    ),
    (
        "9. Venster 3: De meerwaarde van ASG",
        [],
        [
            (
                "9.1 Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?",
                [
                    "Medewerkers kunnen naar de ASG-brede bijeenkomsten. Omdat we onze leerlingen niet naar huis "
                    "kunnen sturen, is dat in de praktijk lastig.",
                ],
            ),
            (
                "9.2 Welke studiedagen, ontmoetingen en professionaliseringsprogramma's zijn nodig voor de verschillende doelgroepen?",
                [
                    "Zie hoofdstuk 8.",
                ],
            ),
            (
                "9.3 Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?",
                [
                    "Hiervoor hebben we geen aparte aanpak.",
                ],
            ),
            (
                "9.4 Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?",
                [
                    "Voor ons gaat dit vooral over gedrag en ondersteuning. Onze gedragsspecialist neemt deel aan het "
                    "netwerk van gedragsspecialisten binnen ASG (vier bijeenkomsten per jaar), waar casussen en "
                    "aanpakken worden uitgewisseld. Onze intern begeleiders zitten in het IB-netwerk van het "
                    "samenwerkingsverband.",
                ],
            ),
            (
                "9.5 Wat verwachten scholen van medewerkers van het servicebureau en vice versa?",
                [
                    "Snelle hulp bij vervanging en bij vragen over leerlingenvervoer. Vervanging is ons grootste "
                    "knelpunt: invallers zonder SBO-ervaring kunnen we vaak niet inzetten.",
                ],
            ),
            (
                "9.6 Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?",
                [
                    "Binnen ASG zijn wij de schakel tussen het reguliere basisonderwijs en het (voortgezet) speciaal "
                    "onderwijs. Voor de overstap naar het voortgezet onderwijs voeren we in maart en april met elke "
                    "ontvangende school een warme overdracht. Elke schoolverlater krijgt een overstapdossier en "
                    "bezoekt de nieuwe school minimaal één keer met de eigen leerkracht. Eén jaar na de overstap "
                    "vragen we de VO-scholen of onze oud-leerlingen nog op het geadviseerde niveau zitten; voor de "
                    "schoolverlaters van 2022 was dat bij 91 procent het geval.",
                ],
            ),
        ],
        [
            "Minimaal 90 procent van onze oud-leerlingen zit een jaar na de overstap nog op het geadviseerde niveau "
            "of hoger.",
            "Met elke ontvangende VO-school is een warme overdracht gevoerd.",
            "De gedragsspecialist en de intern begeleiders nemen elk jaar deel aan hun netwerk.",
        ],
    ),
    (
        "10. Venster 4: Partnerschap",
        [],
        [
            (
                "10.1 Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van hun kind?",
                [
                    "Zonder ouders lukt het niet. Twee keer per jaar (oktober en maart) voeren we met ouders het "
                    "OPP-gesprek; vanaf de bovenbouw is het kind daarbij. Ouders tekenen voor akkoord op het "
                    "handelingsdeel van het OPP. Vier keer per jaar organiseren we samen met de "
                    "schoolmaatschappelijk werker een ouderochtend over een thema dat ouders zelf kiezen. In "
                    "2023-2024 waren dat slapen, schermgebruik, puberteit en de overstap naar het voortgezet "
                    "onderwijs.",
                ],
            ),
            (
                "10.2 Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?",
                [
                    "Onze MR bestaat uit twee ouders en twee personeelsleden. Het is lastig om ouders te vinden, omdat "
                    "ze uit de hele stad komen.",
                ],
            ),
            (
                "10.3 Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor onze leerlingen?",
                [
                    "Sinds januari 2023 werkt een jeugdhulpverlener van Triade Vitree twee dagdelen per week in "
                    "school. Ouders kunnen zonder verwijzing bij haar terecht, en zij sluit aan bij groepsbesprekingen "
                    "als dat nodig is. Deze pilot loopt tot juli 2025. Daarnaast zijn er een schoolmaatschappelijk "
                    "werker (één dag per week) en praktijken voor logopedie en kinderfysiotherapie die in ons gebouw "
                    "behandelen.",
                    "In de wijk werken we samen met de buurtsportcoach van Almere Haven, die op woensdagmiddag een "
                    "sportaanbod op ons plein verzorgt, en met De Nieuwe Bibliotheek in het centrum van Haven: de "
                    "middenbouwgroepen gaan daar maandelijks naartoe.",
                ],
            ),
            (
                "10.4 Welke regionale problemen kunnen we samen met andere partners aanpakken?",
                [
                    "Het tekort aan leerkrachten met SBO-ervaring speelt in de hele regio. We zien daarin een rol "
                    "voor ASG.",
                ],
            ),
            (
                "10.5 Hoe zorgen we ervoor dat ASG zichtbaar is en blijft voor diverse gremia, zowel lokaal, regionaal als landelijk?",
                [
                    "Daar ligt voor onze school geen taak.",
                ],
            ),
        ],
        [
            "Ouders zijn betrokken bij het leerproces van hun kind.",
            "Bij minimaal 95 procent van de OPP-gesprekken zijn ouders aanwezig (2023-2024: 88 procent).",
            "Elke ouderochtend trekt minimaal tien ouders.",
            "De jeugdhulpverlener in school is na de pilot structureel geregeld, samen met de gemeente en het "
            "samenwerkingsverband.",
            "Alle middenbouwgroepen bezoeken maandelijks de bibliotheek.",
        ],
    ),
]


def build(path):
    doc = Document()
    _taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    _paginanummer(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan SBO De Zonnedauw 2024-2028"
    cp.author = "Ilse van Dongen"
    cp.last_modified_by = "Ilse van Dongen"
    cp.subject = "Schoolplan"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_printed = DATUM
    cp.revision = 7

    # Voorblad
    t = doc.add_paragraph(style="Title")
    t.add_run("SBO De Zonnedauw")
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2024 – 2028")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("School voor speciaal basisonderwijs – Almere Haven")
    doc.add_paragraph("Onderdeel van de Almeerse Scholen Groep")
    doc.add_paragraph("Versie juni 2024")
    doc.add_page_break()

    doc.add_heading("1. Inleiding", level=1)
    for tekst in [
        "Voor u ligt het schoolplan van SBO De Zonnedauw voor de periode 1 augustus 2024 tot en met 31 juli 2028. "
        "Hierin beschrijven we waar we als school voor staan, wat we de komende vier jaar willen bereiken en hoe we "
        "dat aanpakken. Het plan is de basis voor onze jaarplannen, die we elk jaar in juni voor het volgende "
        "schooljaar uitwerken.",
        "We hebben het plan opgebouwd langs de kernwaarden en de vensters van Koers 22 van de Almeerse Scholen "
        "Groep. In elk hoofdstuk staan de centrale vragen uit de Koerswijzer als paragraaftitel, met ons antwoord "
        "eronder. Niet elke vraag is voor een school voor speciaal basisonderwijs even belangrijk. Waar ons "
        "antwoord kort is, is dat een keuze. Elk hoofdstuk sluit af met wat we in 2028 bereikt willen hebben.",
        "Het team heeft de vragen besproken op de studiedagen van 14 februari en 20 maart 2024. Ouders dachten mee "
        "tijdens een koffieochtend op 11 april 2024, waar veertien ouders bij waren.",
    ]:
        doc.add_paragraph(tekst)

    doc.add_heading("2. Onze school", level=1)
    for tekst in [
        "SBO De Zonnedauw is een openbare school voor speciaal basisonderwijs in Almere Haven (brinnummer 29KF). "
        "Op 1 oktober 2023 telden we 131 leerlingen in elf groepen: twee jongste groepen (4 tot 7 jaar), vijf "
        "middenbouwgroepen en vier bovenbouwgroepen. Een groep telt gemiddeld twaalf tot veertien leerlingen. "
        "Alle leerlingen hebben een toelaatbaarheidsverklaring van het Samenwerkingsverband Passend Onderwijs "
        "Almere. Ze komen uit heel Almere.",
        "Onze leerlingen zijn om verschillende redenen bij ons: leerachterstanden bij een IQ tussen 70 en 90, "
        "taalontwikkelingsproblemen, ADHD, autisme, of gedrag dat op een reguliere basisschool niet meer te "
        "hanteren was. Bij ongeveer de helft van de leerlingen gaat het om een combinatie. Zo'n veertig procent "
        "groeit meertalig op.",
        "Het team bestaat uit 29 medewerkers (21,4 fte): een directeur, een adjunct-directeur, twee intern "
        "begeleiders, een orthopedagoog (0,6 fte), een gedragsspecialist, vijftien leerkrachten, vier "
        "onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een administratief medewerker en een "
        "conciërge.",
        "De inspectie bezocht ons in november 2022 bij het vierjaarlijks onderzoek van ASG. We vallen onder het "
        "basistoezicht. In 2023 verlieten 38 leerlingen de school: 15 gingen naar het praktijkonderwijs, 16 naar "
        "vmbo basis of kader (9 van hen met leerwegondersteuning), 3 naar vmbo-tl en 4 naar het voortgezet "
        "speciaal onderwijs.",
    ]:
        doc.add_paragraph(tekst)

    for titel, inleiding, vragen, doelen in HOOFDSTUKKEN:
        doc.add_heading(titel, level=1)
        for tekst in inleiding:
            doc.add_paragraph(tekst)
        for vraag, alineas in vragen:
            doc.add_heading(vraag, level=2)
            for tekst in alineas:
                doc.add_paragraph(tekst)
        doc.add_heading("Wat willen we in 2028 bereikt hebben?", level=3)
        for doel in doelen:
            doc.add_paragraph(doel, style="List Bullet")

    doc.add_heading("11. Vaststelling", level=1)
    doc.add_paragraph(
        "Dit schoolplan is opgesteld door de directie, met inbreng van het team en van ouders. Het concept is op "
        "4 juni 2024 besproken in de medezeggenschapsraad. Het plan wordt ter vaststelling aangeboden aan het "
        "College van Bestuur van de Almeerse Scholen Groep."
    )
    doc.add_paragraph("Almere, juni 2024")
    doc.add_paragraph("Ilse van Dongen\nDirecteur SBO De Zonnedauw")

    doc.save(path)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_127_sbo_zonnedauw.docx")
