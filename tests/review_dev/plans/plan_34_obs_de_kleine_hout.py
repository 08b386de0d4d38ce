"""Schoolplan 2025-2029 van openbare basisschool De Kleine Hout (Vogelhorst, Almere Hout).

Een kleine openbare basisschool (141 leerlingen, zes combinatiegroepen, 13 medewerkers). De directeur
schrijft in eigen woorden en gebruikt de woorden van de ASG-koers nauwelijks. Het plan opent met twee
lange hoofdstukken: 'Terugblik op 2020-2024' (wat gedaan en bereikt is, in de verleden tijd, ook wat
niet lukte) en een SWOT-analyse als tabel met vier cellen. Daarna volgt 'Onze koers 2025-2029' langs
de eigen thema's van de school: Samen leren, Iedereen telt, Sterk team en School in de buurt. Onder elk
thema staan de doelen als gedateerde opsommingstekens.

Opmaak: geen Word-kopstijlen; alle koppen zijn vetgedrukte Normal-alinea's. Venster 3 (meerwaarde van
ASG) komt alleen als losse vermelding voor (een kans in de SWOT, de administratie via het
servicebureau). Het openbare karakter staat in één zin, zonder uitwerking. Digitale geletterdheid en
techniek worden als zwakte genoemd, zonder plan. De MR 'is betrokken geweest en heeft positief
geadviseerd' (geen instemming).
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, taal_nl

MOMENT = datetime.datetime(2025, 6, 27, 9, 30, 0)

# ('k1' hoofdstukkop, 'k2' paragraafkop, 'p' alinea, 'b' opsomming)
DEEL1: list[tuple[str, str]] = [
    ("k1", "1. Voorwoord"),
    ("p", "Dit is het schoolplan van De Kleine Hout voor de schooljaren 2025-2026 tot en met "
          "2028-2029. Het vervangt het schoolplan 2020-2024, dat wij met een jaar hebben verlengd "
          "omdat er in 2024 een nieuwe directeur kwam. Dat verlengde jaar hebben wij gebruikt om goed "
          "terug te kijken. Daarom begint dit plan met een uitgebreide terugblik en een "
          "sterkte-zwakteanalyse. Pas daarna beschrijven wij waar wij de komende vier jaar aan werken."),
    ("p", "De Kleine Hout is een openbare basisschool. Wij staan in Vogelhorst, in Almere Hout, en "
          "hebben op 1 oktober 2024 141 leerlingen. Met zes groepen werken wij in combinatiegroepen: "
          "1-2a (23 leerlingen), 1-2b (22), 3-4 (26), 4-5 (24), 6-7 (25) en 7-8 (21). Het team bestaat "
          "uit dertien mensen: de directeur (0,8 fte), een intern begeleider (0,6 fte), acht "
          "leerkrachten, twee onderwijsassistenten en een conciërge die ook de administratie doet."),
    ("p", "Het plan is geschreven door de directeur, Ruud Mulder, met het team op drie "
          "teambijeenkomsten (oktober 2024, januari en maart 2025). De leerlingenraad en een groep "
          "van acht ouders hebben de SWOT-analyse aangevuld."),

    ("k1", "2. Terugblik op 2020-2024"),
    ("k2", "Wat wij ons in 2020 voornamen"),
    ("p", "In het schoolplan 2020-2024 kozen wij vier speerpunten: de rekenresultaten omhoog, "
          "begrijpend lezen verbeteren, ouders nauwer betrekken en een techniekaanbod opzetten. "
          "Daarnaast wilden wij de sociale veiligheid beter meten. Hieronder staat per onderwerp wat "
          "wij deden en wat het opleverde."),
    ("k2", "Corona en herstel (2020-2022)"),
    ("p", "Het eerste jaar van de planperiode werd bepaald door de schoolsluitingen. Wij leenden in "
          "december 2020 38 laptops uit aan gezinnen en gaven elke ochtend online instructie via "
          "Teams. Na de heropening bleek dat vooral de groepen 4 tot en met 6 achterstanden hadden "
          "opgelopen bij rekenen en lezen. Met de middelen van het Nationaal Programma Onderwijs "
          "namen wij in 2021 een extra onderwijsassistent aan voor 24 uur per week. Zij gaf drie "
          "jaar lang in kleine groepjes extra instructie rekenen en lezen. In 2023 haalden de "
          "betreffende leerlingen de achterstand bij rekenen grotendeels in; bij begrijpend lezen "
          "lukte dat minder goed."),
    ("k2", "Rekenen en instructie"),
    ("p", "In 2021 vervingen wij de oude rekenmethode door Getal & Ruimte Junior. Tegelijk volgde het "
          "hele team in 2021-2022 vier bijeenkomsten over expliciete directe instructie, gegeven door "
          "een externe trainer. De directeur bezocht daarna iedere leerkracht twee keer met een "
          "kijkwijzer. In de combinatiegroepen leerden wij de instructie te verdelen: een korte "
          "gezamenlijke start, daarna om en om instructie per jaargroep terwijl de andere jaargroep "
          "zelfstandig werkt. Het resultaat was zichtbaar: het percentage leerlingen dat op de "
          "eindtoets 1F haalde voor rekenen steeg van 88 procent in 2021 naar 95 procent in 2024, en "
          "1S van 28 naar 41 procent."),
    ("k2", "Lezen"),
    ("p", "Voor lezen vernieuwden wij in 2022 de schoolbibliotheek: samen met de Bibliotheek Almere "
          "kochten wij 600 nieuwe boeken, en sindsdien lezen alle groepen vanaf groep 3 elke dag "
          "twintig minuten vrij. Het technisch lezen verbeterde. Begrijpend lezen bleef achter: het "
          "percentage 2F steeg van 52 procent (2021) naar 58 procent (2024), maar bleef onder het "
          "landelijk gemiddelde. Wij probeerden in 2023 een andere methode, maar stopten daar na een "
          "half jaar mee, omdat de teksten slecht aansloten bij onze thema's."),
    ("k2", "Sociale veiligheid"),
    ("p", "In 2020 voerden wij De Vreedzame School in. Alle groepen kregen vanaf dat jaar een wekelijkse "
          "les, en in 2022 leidden wij de eerste acht leerlingmediatoren op uit groep 7 en 8. Wij "
          "namen de jaarlijkse vragenlijst sociale veiligheid af in groep 5 tot en met 8. Het "
          "percentage leerlingen dat zich veilig voelt, steeg van 89 procent in 2020 naar 95 procent "
          "in 2024."),
    ("k2", "Ouders"),
    ("p", "In 2021 gingen wij over op Parro voor alle berichten aan ouders, en in 2022 vervingen wij "
          "de tienminutengesprekken door kind-oudergesprekken, waarbij het kind zelf aanschuift. De "
          "opkomst steeg van 81 naar 96 procent. Sinds 2023 organiseren wij bij de afsluiting van elk "
          "thema een kijkmiddag; gemiddeld kwam twee derde van de ouders kijken."),
    ("k2", "Team en personeel"),
    ("p", "Het team ging door een moeilijke periode. In 2022 waren twee collega's langdurig ziek en "
          "liep het verzuim op tot 6,8 procent. Eén vacature konden wij een half jaar niet vervullen; "
          "die werd ingevuld door een zij-instromer, Sanne, die in juni 2024 haar bevoegdheid haalde. "
          "Met een vaste vervanger voor twee dagen per week en duidelijke afspraken over taken daalde "
          "het verzuim naar 3,4 procent in 2024. Sinds 2023 is het team stabiel: er vertrok niemand."),
    ("k2", "Inspectie en resultaten"),
    ("p", "In maart 2023 bezocht de inspectie onze school in het kader van het vierjaarlijks "
          "onderzoek bij het bestuur. Alle onderzochte standaarden waren voldoende. De resultaten op "
          "de eindtoets lagen in alle vier jaren boven de signaleringswaarden:"),
]

RESULTATEN = [
    ("Schooljaar", "Leerlingen groep 8", "1F lezen", "2F lezen", "1F rekenen", "1S rekenen"),
    ("2020-2021", "24", "96%", "52%", "88%", "28%"),
    ("2021-2022", "27", "96%", "54%", "91%", "33%"),
    ("2022-2023", "22", "100%", "55%", "95%", "36%"),
    ("2023-2024", "22", "95%", "58%", "95%", "41%"),
]

DEEL2: list[tuple[str, str]] = [
    ("k2", "Wat niet lukte"),
    ("p", "Het techniekaanbod is er niet gekomen. De leerkracht die het techniekhoekje zou opzetten, "
          "vertrok in 2022, en daarna had niemand er tijd voor. De spullen staan in een kast. Ook het "
          "leerlingaantal ging achteruit: van 168 in 2020 naar 141 in 2024, vooral omdat in Nobelhorst "
          "twee nieuwe scholen openden."),
    ("k2", "Conclusie"),
    ("p", "Wij zijn trots op wat er in vier moeilijke jaren wel lukte: betere rekenresultaten, een "
          "rustig en veilig schoolklimaat en ouders die bijna allemaal naar de gesprekken komen. "
          "Begrijpend lezen, techniek en het leerlingaantal vragen de komende jaren aandacht."),

    ("k1", "3. Waar staan wij nu? SWOT-analyse"),
    ("p", "In januari 2025 maakte het team een sterkte-zwakteanalyse. De leerlingenraad en acht ouders "
          "vulden die in februari aan. De uitkomst staat in onderstaand schema."),
]

SWOT = [
    ("Sterkten", [
        "Klein en overzichtelijk: iedereen kent iedereen bij naam.",
        "Rekenresultaten boven het landelijk gemiddelde (1S: 41%).",
        "Veilig klimaat: 95% van de leerlingen voelt zich veilig.",
        "Ouders komen: 96% bij de kind-oudergesprekken.",
        "Stabiel team sinds 2023; verzuim 3,4%.",
    ]),
    ("Zwakten", [
        "Begrijpend lezen blijft achter (2F: 58%).",
        "Combinatiegroepen vragen veel van de instructie; de instructietijd per jaargroep is krap.",
        "Digitale geletterdheid en techniek hebben geen vaste plek in ons aanbod.",
        "Kwetsbaar bij uitval: een kleine formatie, geen vaste invalpool.",
        "Weinig contact met andere scholen.",
    ]),
    ("Kansen", [
        "Nieuwbouw in Vogelhorst-Oost: ongeveer 400 woningen tot 2027.",
        "Het wijkcentrum en Stadslandgoed De Kemphaan liggen op loopafstand.",
        "De BSO in ons gebouw wil nauwer samenwerken.",
        "Kennis en expertise binnen ASG beter benutten.",
    ]),
    ("Bedreigingen", [
        "Dalend leerlingaantal door nieuwe scholen in Nobelhorst.",
        "Lerarentekort: een vacature is moeilijk te vervullen.",
        "Meer leerlingen met een ondersteuningsvraag.",
        "Minder leerlingen betekent minder formatie.",
    ]),
]

DEEL3: list[tuple[str, str]] = [
    ("p", "Uit de analyse kozen wij vier thema's voor de komende vier jaar. Ze sluiten aan bij wat goed "
          "gaat (veiligheid, ouders, rekenen) en pakken aan wat achterblijft (begrijpend lezen, de "
          "instructie in combinatiegroepen, de kwetsbaarheid van een klein team, het leerlingaantal)."),

    ("k1", "4. Onze koers 2025-2029"),
    ("k2", "Samen leren"),
    ("p", "Onze schooltijden zijn van 8.30 tot 14.15 uur, op woensdag tot 12.30 uur; zo komen wij op "
          "940 uur onderwijstijd per jaar. Ons aanbod dekt de kerndoelen; in 2024 hebben wij de "
          "methoden naast de kerndoelen gelegd en voor burgerschap en wereldoriëntatie eigen lessen "
          "toegevoegd. Voor taal en rekenen werken wij naar de referentieniveaus 1F en 2F/1S; onze "
          "schoolnormen liggen boven de signaleringswaarden."),
    ("p", "In de combinatiegroepen werken wij met een vaste lesopbouw: een gezamenlijke start van vijf "
          "minuten, dan instructie voor de ene jaargroep terwijl de andere zelfstandig werkt met een "
          "dagtaak, en daarna omgekeerd. Kinderen die meer nodig hebben, komen aan de instructietafel. "
          "Rekenen geven wij met Getal & Ruimte Junior; groep 3 leert lezen met Veilig leren lezen. "
          "Voor begrijpend lezen stappen wij in 2025-2026 over op lessen met teksten uit onze eigen "
          "wereldoriëntatiethema's: elke week twee lessen, waarin de leerkracht hardop voordoet hoe "
          "je een tekst leest en de kinderen daarna in tweetallen oefenen."),
    ("p", "Wereldoriëntatie geven wij in thema's die over twee jaar rouleren, zodat combinatiegroepen "
          "samen aan één thema werken. Elk thema begint met een vragenmuur: de kinderen schrijven op "
          "wat zij willen weten, en de leerkracht bouwt daar lessen omheen. De leerlingenraad kiest "
          "elk jaar één van de zes thema's uit een lijst van tien."),
    ("p", "Wij leggen de lat hoog. Vanaf groep 6 stellen kinderen drie keer per jaar met hun "
          "leerkracht eigen leerdoelen op voor rekenen en lezen, en bespreken die in het "
          "kind-oudergesprek. Een kind krijgt instructie op het niveau dat het aankan en niet lager: "
          "bij twijfel gaat het mee in de instructie van de hogere jaargroep."),
    ("p", "Het team leert samen. Elke tweede dinsdag van de maand is er een teambijeenkomst van "
          "anderhalf uur die alleen over onderwijs gaat; wij bereiden daar samen lessen voor en "
          "bespreken filmpjes van elkaars instructie. Twee keer per jaar bezoekt iedere leerkracht "
          "een les van een collega. Ook doen wij elk jaar één teamonderzoek naar een vraag uit onze "
          "eigen praktijk, met hulp van een pabostudent van Windesheim: in 2023-2024 zochten wij uit "
          "hoeveel instructietijd een jaargroep in een combinatiegroep echt krijgt, en op basis "
          "daarvan pasten wij ons rooster aan. Daarnaast leest het team elk kwartaal samen een artikel "
          "over onderzoek naar instructie in combinatiegroepen."),
    ("p", "Doelen Samen leren:"),
    ("b", "December 2025: alle leerkrachten werken met de nieuwe aanpak begrijpend lezen; de "
          "directeur heeft bij iedere leerkracht één les bezocht."),
    ("b", "Juli 2027: minimaal 62 procent van de leerlingen in groep 8 haalt 2F voor lezen (2024: "
          "58 procent)."),
    ("b", "Juli 2028: minimaal 45 procent haalt 1S voor rekenen (2024: 41 procent)."),
    ("b", "Elk jaar in juni: het teamonderzoek van dat jaar is afgerond en gepresenteerd aan team en "
          "MR."),

    ("k2", "Iedereen telt"),
    ("p", "Op een kleine school kennen wij ieder kind, maar dat gaat niet vanzelf. Elke ochtend staat "
          "de leerkracht vanaf 8.20 uur bij de deur en begroet ieder kind bij naam. Vanaf groep 3 "
          "heeft elk kind twee keer per jaar een gesprek van tien minuten met de eigen leerkracht over "
          "hoe het gaat in de klas en thuis. Kinderen uit groep 7-8 zijn maatje van een kleuter en "
          "lezen één keer per week samen."),
    ("p", "Nieuwe gezinnen krijgen binnen een week na hun eerste telefoontje een rondleiding van de "
          "directeur. Het kind draait twee ochtenden mee in zijn nieuwe groep, en na zes weken nodigt "
          "de leerkracht de ouders uit om te vertellen hoe de start bevalt. Ouders mogen 's ochtends "
          "tot 8.30 uur mee de klas in; wie de school binnenloopt, wordt door de conciërge of de "
          "directeur aangesproken en geholpen."),
    ("p", "Hoe het met ieder kind gaat, volgen wij met de observatielijsten van KIJK! in groep 1-2 en "
          "ZIEN! in groep 3 tot en met 8, en met de toetsen van Leerling in beeld in januari en juni. "
          "Drie keer per jaar bespreekt iedere leerkracht zijn groep met de intern begeleider en "
          "bepaalt welke kinderen extra instructie, uitdaging of een eigen aanpak nodig hebben."),
    ("p", "Ons schoolondersteuningsprofiel beschrijft welke ondersteuning wij kunnen bieden. Naast de "
          "basisondersteuning geeft een onderwijsassistent drie ochtenden per week verlengde "
          "instructie in kleine groepjes; leerlingen met dyslexie krijgen extra leestijd en "
          "voorleessoftware; kinderen die meer aankunnen, werken een ochtend per week in een "
          "plusgroepje met de intern begeleider. Wat wij niet kunnen bieden: intensieve begeleiding "
          "waarbij een kind een groot deel van de dag één-op-één hulp nodig heeft, en een prikkelarme "
          "aparte ruimte. Als een kind meer nodig heeft dan wij kunnen geven, bespreken wij dat in het "
          "ondersteuningsteam met de orthopedagoog van het samenwerkingsverband Passend Onderwijs "
          "Almere, dat vijf keer per jaar bij ons op school is, en zoeken wij samen met de ouders een "
          "passende plek. In 2023-2024 gingen twee leerlingen naar het speciaal basisonderwijs."),
    ("p", "Sociale veiligheid blijft ons fundament. Alle groepen hebben elke week een les van De "
          "Vreedzame School. Tien leerlingmediatoren uit groep 7 en 8 helpen op het plein bij ruzies; "
          "zij worden elk jaar in september opgeleid door de intern begeleider, die ook "
          "anti-pestcoördinator is. Wij nemen elk jaar in maart de vragenlijst sociale veiligheid af "
          "in groep 5 tot en met 8 en bespreken de uitkomst met de leerlingenraad. Incidenten worden "
          "vastgelegd in ParnasSys en eens per kwartaal door de directeur bekeken."),
    ("p", "Ook voor volwassenen hebben wij afspraken. In 2024 stelden team en MR samen "
          "omgangsafspraken op voor ouders en team: wij spreken elkaar rechtstreeks aan en niet via "
          "een appgroep, een klacht bespreek je eerst met de leerkracht, en ook bij onenigheid blijven "
          "wij beleefd en rustig. De afspraken hangen bij de ingang en staan in de schoolgids; nieuwe "
          "ouders krijgen ze bij de rondleiding."),
    ("p", "Burgerschap krijgt vorm in de lessen van De Vreedzame School over democratie en "
          "meedoen, en in de leerlingenraad. Elke groep 5 tot en met 8 kiest in september via "
          "verkiezingen met campagnepraatjes twee vertegenwoordigers. De raad vergadert zes keer per "
          "jaar met de directeur en heeft een eigen budget van 500 euro; in 2024 besliste de raad over "
          "het voetbalrooster op het plein en over nieuwe spelmaterialen. Groep 7-8 volgt elk voorjaar "
          "een lessenreeks van vier weken over de gemeenteraad en bezoekt de raadsvergadering."),
    ("p", "Doelen Iedereen telt:"),
    ("b", "December 2025: het schoolondersteuningsprofiel is geactualiseerd en besproken met team en "
          "MR."),
    ("b", "Juni 2026: ieder kind van groep 3 tot en met 8 heeft twee kindgesprekken gehad; de "
          "gesprekken zijn vastgelegd in ParnasSys."),
    ("b", "Maart 2027: minimaal 95 procent van de leerlingen in groep 5 tot en met 8 voelt zich veilig "
          "(blijvend)."),
    ("b", "Juni 2027: de omgangsafspraken zijn geëvalueerd met ouders, team en MR."),

    ("k2", "Sterk team"),
    ("p", "Een klein team is kwetsbaar: als één collega uitvalt, voelt iedereen dat. Daarom hebben wij "
          "per groep een vaste duo-afspraak voor vervanging en een vaste invaller voor twee dagen per "
          "week. Ons team geeft altijd het beste van zichzelf."),
    ("p", "Ieder teamlid volgt elk jaar minstens één scholing die past bij de schooldoelen. In "
          "2025-2026 volgt het hele team bij de ASG Academie de training over begrijpend lezen met "
          "zakelijke teksten; in 2026-2027 volgt het team een training over instructie in "
          "combinatiegroepen. Wat iemand volgt, wordt vastgelegd in het bekwaamheidsdossier en "
          "besproken in het ontwikkelgesprek."),
    ("p", "De gesprekscyclus is elk jaar hetzelfde: in september een startgesprek, tussen november en "
          "februari twee lesbezoeken door de directeur, in maart een ontwikkelgesprek en eens in de "
          "drie jaar een beoordelingsgesprek. De directeur legt alle gesprekken vast."),
    ("p", "Werkdruk en gezondheid bewaken wij samen. De werkdrukmiddelen gaan naar de tweede "
          "onderwijsassistent, zodat elke leerkracht wekelijks een middag zonder groep heeft voor "
          "voorbereiding. Collega's van 57 jaar en ouder plannen hun uren duurzame inzetbaarheid op "
          "vaste dagen; wie jonge kinderen heeft, kan vaste werkdagen kiezen. Bij verzuim neemt de "
          "directeur op de eerste dag contact op, en vanaf de zesde week is de bedrijfsarts "
          "betrokken. Ons verzuim moet onder de 4 procent blijven."),
    ("p", "Onze onderwijsassistent Ilse begint in september 2025 aan de deeltijdpabo. Zij krijgt een "
          "dag per week studietijd, loopt stage in groep 3-4 en wordt begeleid door de intern "
          "begeleider, die daarvoor twee uur per week krijgt. De personeels- en salarisadministratie "
          "loopt via het servicebureau van ASG."),
    ("p", "Doelen Sterk team:"),
    ("b", "Juli 2026: ieder teamlid heeft de training begrijpend lezen afgerond (registratie in het "
          "bekwaamheidsdossier)."),
    ("b", "Elk jaar in december: het verzuim over het afgelopen jaar is lager dan 4 procent."),
    ("b", "Juli 2027: alle leerkrachten hebben de training instructie in combinatiegroepen gevolgd."),
    ("b", "Juli 2029: Ilse heeft haar pabodiploma en is bevoegd leerkracht."),

    ("k2", "School in de buurt"),
    ("p", "Ouders zijn voor ons de eerste partner. Drie keer per jaar is er een kind-oudergesprek, "
          "waarin het kind zelf vertelt wat het heeft geleerd en waar het aan wil werken. Bij elk "
          "thema is er een kijkmiddag. Zes ouders komen wekelijks meelezen met kinderen uit groep 3 "
          "en 4, en elke groep heeft twee klassenouders. In september houden wij per groep een "
          "startavond waar ouders horen wat hun kind dit jaar leert en hoe zij thuis kunnen helpen."),
    ("p", "Wij houden ouders op de hoogte via Parro en een maandbrief, die op de eerste vrijdag van "
          "de maand verschijnt. Vragen van ouders beantwoorden wij binnen twee werkdagen. Een besluit "
          "dat ouders raakt, zoals het nieuwe rooster in 2024, lichten wij in de maandbrief toe, met "
          "de reden en wat het voor hun kind betekent."),
    ("p", "De medezeggenschapsraad bestaat uit twee ouders en twee teamleden en vergadert vijf keer per "
          "jaar. De directeur legt plannen in een vroeg stadium voor, zodat de MR kan meedenken voordat "
          "er iets vastligt: in 2024 dacht de MR mee over het nieuwe rooster en schreef zij mee aan de "
          "omgangsafspraken."),
    ("p", "In ons gebouw zit de buitenschoolse opvang van De Boomhut. Vanaf 2025-2026 maken wij met de "
          "BSO één jaarkalender en stemmen wij de regels op het plein af. De leesconsulent van de "
          "Bibliotheek Almere is twee ochtenden per maand op school. Met Stadslandgoed De Kemphaan "
          "hebben wij afgesproken dat elke groep twee keer per jaar een natuurles op het landgoed "
          "krijgt. In het wijkcentrum Vogelhorst geeft groep 7-8 elk jaar in december een "
          "kerstvoorstelling voor de ouderen uit de buurt, en de buurtsportcoach organiseert op "
          "woensdagmiddag sport op ons plein. Het wijkteam en de jeugdverpleegkundige van de GGD "
          "schuiven aan bij het ondersteuningsteam als dat nodig is."),
    ("p", "Omdat de buurt groeit, willen wij beter zichtbaar zijn voor nieuwe gezinnen. In het voorjaar "
          "houden wij een open dag, en wij verspreiden een folder in de nieuwbouw van Vogelhorst-Oost."),
    ("p", "Doelen School in de buurt:"),
    ("b", "Oktober 2025: de gezamenlijke jaarkalender met De Boomhut is klaar."),
    ("b", "Juli 2026: elke groep heeft twee natuurlessen op De Kemphaan gehad."),
    ("b", "Juli 2027: minimaal 95 procent van de ouders komt naar de kind-oudergesprekken (2024: "
          "96 procent)."),
    ("b", "1 oktober 2028: het leerlingaantal is minimaal 150."),

    ("k1", "5. Zo bewaken wij de kwaliteit"),
    ("p", "Wij werken met een vaste jaarcyclus. In juni stellen directeur en team het jaarplan op met de "
          "doelen uit dit schoolplan. In februari evalueren wij tussentijds met het team en de MR. In "
          "januari en juni analyseert de intern begeleider de toetsresultaten per groep en per "
          "jaargroep; het team bespreekt de analyse in de eerstvolgende teambijeenkomst en spreekt "
          "daar aanpassingen af. De directeur bezoekt iedere leerkracht twee keer per jaar met de "
          "kijkwijzer. Elke twee jaar (2026 en 2028) houden wij een tevredenheidspeiling onder ouders, "
          "leerlingen van groep 5 tot en met 8 en het team. In september verschijnt het jaarverslag, "
          "dat wij met de MR bespreken en aan het bestuur sturen. Het bestuur ontvangt ieder kwartaal "
          "een rapportage over leerlingaantal, resultaten, verzuim en financiën. In 2027 doen wij een "
          "zelfevaluatie aan de hand van het onderzoekskader van de inspectie."),

    ("k1", "6. Vaststelling"),
    ("p", "De medezeggenschapsraad is betrokken geweest en heeft positief geadviseerd."),
    ("p", "Het bestuur van de Almeerse Scholen Groep heeft dit schoolplan vastgesteld op 8 juli 2025."),
    ("p", "Almere, 8 juli 2025"),
    ("p", "R. Mulder, directeur obs De Kleine Hout"),
]


def _kop(doc, tekst: str, grootte: int) -> None:  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.bold = True
    run.font.size = Pt(grootte)
    par.paragraph_format.space_before = Pt(12)
    par.paragraph_format.keep_with_next = True


def _schrijf(doc, blokken) -> None:  # type: ignore[no-untyped-def]
    for soort, tekst in blokken:
        if soort == "k1":
            _kop(doc, tekst, 14)
        elif soort == "k2":
            _kop(doc, tekst, 11)
        elif soort == "b":
            doc.add_paragraph(tekst, style="List Bullet")
        else:
            doc.add_paragraph(tekst)


def _tabel_simpel(doc, rijen):  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=len(rijen), cols=len(rijen[0]))
    t.style = "Table Grid"
    for i, rij in enumerate(rijen):
        for j, tekst in enumerate(rij):
            cel = t.rows[i].cells[j]
            cel.text = ""
            run = cel.paragraphs[0].add_run(tekst)
            run.bold = i == 0
            run.font.size = Pt(9)
    return t


def _swot(doc) -> None:  # type: ignore[no-untyped-def]
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for n, (titel, punten) in enumerate(SWOT):
        cel = t.rows[n // 2].cells[n % 2]
        cel.text = ""
        cel.paragraphs[0].add_run(titel).bold = True
        for punt in punten:
            par = cel.add_paragraph()
            par.add_run("- " + punt).font.size = Pt(10)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "R. Mulder"
    cp.title = "Schoolplan 2025-2029 obs De Kleine Hout"
    cp.created = MOMENT
    cp.modified = MOMENT
    cp.last_modified_by = "R. Mulder"
    cp.revision = 3

    titel = doc.add_paragraph()
    r = titel.add_run("Schoolplan 2025-2029")
    r.bold = True
    r.font.size = Pt(22)
    ondertitel = doc.add_paragraph()
    r = ondertitel.add_run("Openbare basisschool De Kleine Hout, Vogelhorst, Almere Hout")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Periode: 1 augustus 2025 tot en met 31 juli 2029")

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.text = "obs De Kleine Hout, schoolplan 2025-2029   "
    page_field(voet)

    _schrijf(doc, DEEL1)
    _tabel_simpel(doc, RESULTATEN)
    _schrijf(doc, DEEL2)
    _swot(doc)
    _schrijf(doc, DEEL3)
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_34_obs_de_kleine_hout.docx")
