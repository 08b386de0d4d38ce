# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van Daltonschool De Peilschaal (algemeen bijzonder, Almere).

Opgebouwd als antwoorden op de centrale vragen uit Koers 22; doelen in een tabel achteraan.
Gebruik: build(pad) schrijft het .docx-bestand.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

DATUM = datetime.datetime(2025, 6, 18, 9, 30, 0)

# ---------------------------------------------------------------------------
# Inhoud
# ---------------------------------------------------------------------------
# ("h1", tekst) hoofdstuk, ("q", tekst) centrale vraag als kopje, ("p", tekst) alinea,
# ("ul", [..]) opsomming, ("tabel", kop, rijen) kleine tabel

INHOUD = [
    ("h1", "Vooraf"),
    ("p", "Voor u ligt het schoolplan van Daltonschool De Peilschaal voor de schooljaren 2025-2026 tot en met "
          "2028-2029. We hebben het opgebouwd langs de centrale vragen die ons bestuur, de Almeerse Scholen Groep, "
          "in Koers 22 aan alle scholen meegeeft: de vraag als kopje, daaronder ons antwoord. Waar een vraag vooral "
          "over het bestuur gaat, houden we het kort. Waar hij raakt aan wat we dagelijks in de groepen doen, nemen "
          "we de ruimte."),
    ("p", "De antwoorden zijn tot stand gekomen op de studiedagen van 14 januari en 7 april 2025 en in een "
          "ouderpanel met acht ouders op 12 maart 2025. Onze doelen staan in één tabel aan het eind; per schooljaar "
          "werken we ze uit in een jaarplan."),

    ("h1", "De Peilschaal in het kort"),
    ("p", "De Peilschaal is in 1988 opgericht door ouders in de Muziekwijk die daltononderwijs wilden, los van een "
          "kerk of levensbeschouwelijke richting. We zijn een algemeen bijzondere school gebleven toen de "
          "schoolvereniging in 2006 opging in ASG. Op 1 oktober 2024 telde de school 312 leerlingen in 13 groepen. "
          "Het team bestaat uit 29 medewerkers, onder wie 22 leerkrachten, een intern begeleider, een "
          "daltoncoördinator, twee onderwijsassistenten en een vakleerkracht bewegingsonderwijs."),
    ("p", "De schoolweging is 29,4 (2024). Ongeveer 18 procent van de kinderen spreekt thuis (ook) een andere taal "
          "dan Nederlands. Het inspectiebezoek van maart 2023 leverde geen tekortkomingen op. Onze daltonlicentie "
          "van de Nederlandse Dalton Vereniging (NDV) loopt tot 2027."),

    # ---------------- Gezien worden
    ("h1", "Gezien worden"),
    ("q", "Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?"),
    ("p", "Gastvrijheid begint bij ons aan het hek. Elke ochtend staan een directielid en een leerkracht van 8.20 "
          "tot 8.30 uur bij de ingangen, en op maandag is er een inloopkwartier voor alle groepen. Sinds 2023 "
          "hebben we Peilschaalgidsen: twaalf leerlingen uit groep 7 en 8 die na een training van twee middagen "
          "nieuwe ouders en bezoekers rondleiden. Ouders zien de school dus eerst door de ogen van kinderen."),
    ("p", "Vanaf 2025-2026 krijgt elke nieuwe leerling vanaf groep 3 de eerste twee weken een maatje uit een hogere "
          "groep. Nieuwe collega's en stagiaires krijgen een vaste buddy en een welkomstmap met de praktische zaken "
          "die nergens op papier stonden. Op de oudertevredenheidspeiling van 2024 scoorde 'Ik voel me welkom op "
          "school' een 7,6, maar bij ouders van tussentijdse instromers een 6,9. Ons doel is een 8,0 in 2027, ook "
          "bij de instromers."),

    ("q", "Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?"),
    ("p", "Bij ons is iedereen waardevol en wordt iedereen gezien."),
    ("p", "In ons daltononderwijs is ruimte voor verschil ingebouwd. Vanaf groep 3 werken kinderen met een weektaak "
          "met basiswerk, herhaling en verrijking; de leerkracht bepaalt het minimum, het kind kiest volgorde en "
          "tempo. Tijdens de uitgestelde aandacht geeft de leerkracht groepjes verlengde instructie aan de "
          "instructietafel."),
    ("p", "Elke leerkracht voert drie keer per jaar (oktober, februari, juni) een kindgesprek van tien minuten met "
          "iedere leerling: hoe gaat het, waar ben je trots op, waar wil je hulp bij? De uitkomsten noteren we in "
          "ParnasSys en ze tellen mee in de groepsbespreking. Voor medewerkers bespreken we in het startgesprek in "
          "september wat iemand dit jaar nodig heeft, bijvoorbeeld als starter of als mantelzorger, en in het "
          "taakbeleid mag iedereen twee voorkeuren opgeven."),

    ("q", "Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen bij ASG?"),
    ("p", "We vragen het ze: ouders via de tweejaarlijkse peiling, kinderen via de leerlingenraad, het team in het "
          "teamoverleg. Zie verder venster 4."),

    # ---------------- Open
    ("h1", "Open"),
    ("q", "Hoe bereiken we dat iedereen zich respectvol bejegend voelt?"),
    ("p", "In elke groep hangen de drie afspraken die de kinderen in 2022 zelf formuleerden: 'We zijn zuinig op "
          "elkaar', 'We zijn zuinig op onze spullen' en 'We laten iedereen meedoen'. Alle groepen werken wekelijks "
          "met Kwink, en in de Gouden Weken aan het begin van het jaar maakt elke groep eigen groepsafspraken."),
    ("p", "We volgen het sociaal-emotioneel functioneren twee keer per jaar met ZIEN!. In de monitor sociale "
          "veiligheid van 2024 (groep 5-8) gaf 94 procent aan zich veilig te voelen; 11 procent zei 'soms' of "
          "'vaak' gepest te worden. De intern begeleider is anti-pestcoördinator. In 2025-2026 vervangen we het "
          "gedragsprotocol uit 2019, dat vooral uit sancties bestaat, door een protocol met het herstelgesprek "
          "centraal en afspraken over online pesten. Doel voor 2027: minstens 95 procent voelt zich veilig, minder "
          "dan 8 procent wordt soms of vaak gepest."),
    ("p", "Ook tussen volwassenen: in 2024 stelden we met de MR een korte gedragscode op voor ouders en "
          "medewerkers, onder meer over de toon in berichten en klassenapps."),

    ("q", "Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te informeren?"),
    ("p", "Parro is ons belangrijkste kanaal; leerkrachten plaatsen minstens eens per week een bericht uit de groep. "
          "Om de twee weken verschijnt Het Peilbericht. Omdat ouders die minder goed Nederlands lezen veel missen, "
          "schrijven we vanaf 2025-2026 op taalniveau B1 en wijzen we bij de intake op de vertaalfunctie van Parro. "
          "Afspraak in het team: een bericht van een ouder wordt binnen twee werkdagen beantwoord."),

    ("q", "Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het openbare "
          "karakter van ASG?"),
    ("p", "De Peilschaal is geen openbare, maar een algemeen bijzondere school. We werken niet vanuit één geloof, "
          "wel vanuit de daltonkernwaarden: vrijheid en verantwoordelijkheid, zelfstandigheid, samenwerking, "
          "reflectie en effectiviteit."),
    ("p", "In de groepen is aandacht voor de feesten die kinderen thuis vieren: naast Sinterklaas en Kerst ook het "
          "Suikerfeest, Divali en het Chinees Nieuwjaar, waarover kinderen en ouders vertellen in de kring. In "
          "groep 7 bezoekt elke klas bij het thema geestelijke stromingen een moskee en een kerk in Almere. Bij het "
          "plannen van ouderavonden houden we rekening met ploegendiensten en met gescheiden ouders."),
    ("p", "Burgerschap: vanaf groep 5 kiest elke groep twee leden voor de leerlingenraad, die zes keer per jaar met "
          "de directeur vergadert en een eigen budget van 750 euro beheert. In groep 7 en 8 werken we met de lessen "
          "over democratie en rechtsstaat uit Blink Wereld. In 2025-2026 maken we een doorgaande leerlijn "
          "burgerschap voor groep 1 tot en met 8 (democratie, kinderrechten, diversiteit), klaar op 1 juli 2026."),

    # ---------------- Vooruitstrevend
    ("h1", "Vooruitstrevend"),
    ("q", "Hoe faciliteren we innovatie binnen ASG?"),
    ("p", "Eerlijk gezegd: de komende twee jaar niet veel. Na veel wisselingen in het team kiezen we eerst voor rust "
          "en voor lezen en rekenen."),

    ("q", "Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?"),
    ("p", "Hier ligt wel een wens. Vanaf 2026-2027 richten we het oude handvaardigheidslokaal in als Ontdekatelier. "
          "Groep 5 tot en met 8 werken er één middag per week in wisselende groepjes aan een onderzoeks- of "
          "ontwerpvraag, zoals: hoe bouw je een papieren brug die een kilo houdt? Kinderen kiezen binnen het thema "
          "zelf hun vraag, plannen het werk in hun weektaak en presenteren aan ouders. Twee leerkrachten "
          "begeleiden het atelier en volgen in 2025-2026 een cursus wetenschap en technologie bij Windesheim. In "
          "juni 2027 evalueren we of het atelier blijft."),

    ("q", "Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal vertaald voor ASG?"),
    ("p", "Dat is een vraag die vooral bij het bestuur hoort."),

    # ---------------- Ambitieus
    ("h1", "Ambitieus"),
    ("q", "Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te realiseren?"),
    ("p", "Dat doen we, al kan het directer; dat zeiden collega's zelf in de teamevaluatie van juni 2024. We komen "
          "erop terug in het jaarplan."),

    ("q", "Wat doen we om de professionaliteit van ons personeel te verbeteren?"),
    ("p", "Wij geven altijd het beste van onszelf, en dat vraagt om onderhoud."),
    ("p", "Nieuwe leerkrachten volgen binnen twee jaar de daltonopleiding bij een door de NDV erkende opleider. Nu "
          "hebben 17 van de 22 leerkrachten het certificaat; in juni 2027 moeten alle leerkrachten die langer dan "
          "twee jaar bij ons werken het hebben. Daarnaast kiest iedere medewerker aan het begin van het jaar een "
          "eigen leervraag, die terugkomt in de gesprekscyclus en waarop collega's elkaar twee keer per jaar in "
          "duo's bezoeken. De intern begeleider en de bouwcoördinatoren volgen in 2025-2026 een leergang van de "
          "ASG Academie."),

    ("q", "Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?"),
    ("p", "Het kind is bij dalton eigenaar van zijn weektaak; de volgende stap is eigenaarschap van leerdoelen. "
          "Vanaf 2025-2026 voeren we in groep 5 tot en met 8 bij elk rapport driehoeksgesprekken (kind, ouder, "
          "leerkracht), waarin het kind met zijn portfolio vertelt wat goed ging en welk doel het zich stelt. In "
          "2026-2027 volgen groep 3 en 4."),
    ("p", "We leggen de lat hoog, ook voor kinderen bij wie thuis weinig wordt voorgelezen. Elk kind haalt aan het "
          "eind van groep 8 minstens 1F voor lezen en rekenen, en het aandeel op streefniveau moet stijgen; zie "
          "venster 1."),

    # ---------------- Venster 1
    ("h1", "Venster 1: Goed en toegankelijk onderwijs"),
    ("q", "Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?"),
    ("p", "Ons onderwijsprogramma dekt de kerndoelen en werkt toe naar de referentieniveaus. We werken met een "
          "vijf-gelijke-dagenmodel (8.30-14.00 uur) en gebruiken deze methodes:"),
    ("ul", ["groep 1-2: Kleuterplein, observatie met KIJK!; groep 3: Lijn 3;",
            "taal en spelling: Staal; begrijpend lezen: Nieuwsbegrip (groep 4-8);",
            "rekenen: Wereld in getallen 5; Engels: Groove.me (groep 1-8);",
            "wereldoriëntatie, wetenschap en techniek: Blink Wereld; sociaal-emotioneel leren: Kwink;",
            "bewegingsonderwijs: twee lessen per week van de vakleerkracht."]),
    ("p", "Uitkomsten op de doorstroomtoets (IEP) in groep 8:"),
    ("tabel", ["Jaar", "Lezen 1F", "Lezen 2F", "Rekenen 1F", "Rekenen 1S"],
     [["2023", "97%", "61%", "91%", "31%"],
      ["2024", "96%", "64%", "89%", "36%"],
      ["2025", "98%", "64%", "92%", "34%"]]),
    ("p", "Lezen ligt ruim boven de signaleringswaarden voor onze schoolweging; rekenen op 1S zit er net boven. We "
          "willen in 2028 70 procent 2F bij lezen en in 2029 42 procent 1S bij rekenen. Daarvoor voeren we in "
          "2025-2026 dagelijks twintig minuten vrij lezen in en krijgen de rekenlessen in groep 5-8 een vaste "
          "automatiseringsroutine van tien minuten."),

    ("q", "Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?"),
    ("p", "Ons schoolondersteuningsprofiel is in maart 2025 geactualiseerd. De basisondersteuning bestaat uit "
          "instructie op drie niveaus, de weektaak op maat en preventieve leesbegeleiding in groep 2 en 3. Extra "
          "ondersteuning bieden we bij dyslexie (volgens protocol, vanaf groep 6 met Kurzweil), in de plusklas De "
          "Denktank (één ochtend per week, ongeveer veertien kinderen uit groep 5-8) en met NT2-lessen, drie keer "
          "per week in een klein groepje voor kinderen die korter dan twee jaar in Nederland zijn. Wat we niet "
          "kunnen bieden: één-op-één begeleiding de hele dag, intensieve medische handelingen en begeleiding bij "
          "gedrag dat de veiligheid van anderen blijvend in gevaar brengt. Dan schakelen we het "
          "samenwerkingsverband in."),

    ("q", "Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?"),
    ("p", "Drie keer per jaar houdt de intern begeleider met elke leerkracht een groepsbespreking, met naast elkaar "
          "de toetsen van Cito Leerling in beeld, de observaties uit ZIEN! en KIJK! en de kindgesprekken. Per groep "
          "volgt een groepsoverzicht met drie instructieniveaus. Nieuw vanaf 2025-2026: twee keer per jaar een "
          "schoolbrede trendanalyse, besproken met team en MR."),

    ("q", "Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding mogelijk te "
          "maken?"),
    ("p", "Onze kijkwijzer 'Een goede les op De Peilschaal' vraagt om een zichtbaar lesdoel, een korte instructie "
          "volgens expliciete directe instructie, een samenwerkingsmoment en een afsluiting met reflectie."),

    ("q", "Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?"),
    ("p", "In deze planperiode worden de herziene kerndoelen van kracht. In 2026-2027 voeren we een leerlijn "
          "digitale geletterdheid in voor groep 1 tot en met 8, gebaseerd op de SLO-leerlijn (mediawijsheid, "
          "informatievaardigheden, computational thinking, ICT-basisvaardigheden); een werkgroep van drie "
          "leerkrachten bereidt dat in 2025-2026 voor. In 2027-2028 leggen we Staal en Wereld in getallen naast de "
          "nieuwe kerndoelen; vervanging van Staal staat in de meerjarenbegroting voor 2028."),

    ("q", "Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het servicebureau en het "
          "bestuur?"),
    ("p", "We werken met een vaste kwaliteitskalender en WMK-PO: elk jaar beoordelen we met het team vier "
          "kwaliteitskaarten, zodat alle kaarten binnen de planperiode aan bod komen. De uitkomsten, de "
          "trendanalyses en de kwartaalrapportages vormen de basis voor het jaarverslag in september en het nieuwe "
          "jaarplan. De directeur en de intern begeleider leggen bij elke leerkracht twee flitsbezoeken per jaar af "
          "met de kijkwijzer. De leerteams (venster 3) leggen hun afspraken vast in ons kwaliteitshandboek. In het "
          "voorjaar van 2027 volgt de daltonvisitatie van de NDV; het zelfevaluatierapport schrijven we met het "
          "hele team."),

    ("q", "Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het "
          "managementinformatiesysteem om optimale sturing te faciliteren?"),
    ("p", "Voor ons geen. Wel zouden we verzuimcijfers graag per maand zien."),

    # ---------------- Venster 2
    ("h1", "Venster 2: Personeel in positie"),
    ("q", "Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?"),
    ("p", "Onze collega's voelen zich in de eerste plaats betrokken bij De Peilschaal. Dat vinden we niet erg."),

    ("q", "Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun eigen "
          "loopbaan?"),
    ("p", "Een goed gesprek, op tijd. Onze cyclus: in september een startgesprek met de eigen leervraag, tussen "
          "oktober en maart twee flitsbezoeken, in april of mei een functioneringsgesprek, en eens in de drie jaar "
          "een beoordelingsgesprek. Afspraken staan in het digitale personeelsdossier, dat de medewerker zelf kan "
          "inzien. In 2024-2025 is de cyclus met 24 van de 29 medewerkers volledig doorlopen; vanaf 2025-2026 met "
          "iedereen. De adjunct-directeur neemt daarvoor de gesprekken met de onderwijsondersteuners over."),

    ("q", "Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van gesprek "
          "wordt?"),
    ("p", "Wij hebben aandacht voor het welbevinden in elke levensfase van al onze medewerkers. Ons verzuim is laag "
          "en dat willen we zo houden."),

    ("q", "Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?"),
    ("p", "We zijn opleidingsschool met Windesheim in Almere en begeleiden jaarlijks vier tot zes pabostudenten. Een "
          "leerkracht is schoolopleider, met twee uur per week. Sinds januari 2025 werkt in groep 4 een "
          "zij-instromer die de verkorte pabo-route volgt. Zij heeft een mentor, een studiedag per week en drie "
          "voortgangsgesprekken per jaar; ze is in augustus 2026 bevoegd. In 2025-2026 leggen we deze afspraken "
          "vast in een begeleidingsplan voor onbevoegde collega's."),

    # ---------------- Venster 3
    ("h1", "Venster 3: De meerwaarde van ASG"),
    ("q", "Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?"),
    ("p", "Binnen de school via de leerteams. Buiten de school via de ASG-studiedag, als die er is."),

    ("q", "Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?"),
    ("p", "We hebben twee leerteams, onderbouw (groep 1-4) en bovenbouw (groep 5-8), die zes keer per jaar "
          "anderhalf uur werken aan één onderwerp; in 2025-2026 is dat lezen. Tussendoor proberen collega's iets "
          "uit in hun groep. Elk leerteam presenteert in juni op de teamdag en levert één of twee afspraken voor "
          "het kwaliteitshandboek."),

    ("q", "Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?"),
    ("p", "Onze daltoncoördinator zit met de coördinatoren van vier andere daltonscholen in Almere, drie daarvan "
          "binnen ASG, in het Daltonnetwerk Almere. Dat komt vier keer per jaar bijeen, steeds op een andere school, "
          "met een lesbezoek en intervisie. In 2026-2027 zijn wij gastschool, en in het najaar van 2026 houden twee "
          "coördinatoren uit het netwerk een proefvisitatie bij ons."),

    ("q", "Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?"),
    ("p", "Wij dragen daaraan bij door een daltonschool te blijven. Verder is dit een vraag voor het bestuur."),

    # ---------------- Venster 4
    ("h1", "Venster 4: Partnerschap"),
    ("q", "Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van hun kind?"),
    ("p", "Ouders zijn gesprekspartner over hun eigen kind. Elk schooljaar begint met een startgesprek in de derde "
          "schoolweek, en met de driehoeksgesprekken schuift ook het kind aan. We willen dat bij minstens 90 procent "
          "van de kinderen beide gesprekken plaatsvinden; in 2024-2025 lukte het startgesprek bij 83 procent. Over "
          "de ontwikkeling van de school denken ouders voortaan één keer per jaar mee in een ouderpanel rond een "
          "onderwerp uit het jaarplan; het verslag gaat naar de MR."),

    ("q", "Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?"),
    ("p", "Onze MR (drie ouders, drie medewerkers) vergadert zes keer per jaar. In september maken MR en directie "
          "samen een jaarplanning, zodat formatie, begroting en jaarplan op tijd op tafel komen en niet pas als er "
          "een besluit ligt. De MR is voor ons een klankbord: bij het vijf-gelijke-dagenmodel (2023) en de "
          "gedragscode (2024) hebben we ideeën van de MR overgenomen. Het concept van dit schoolplan is besproken "
          "in de MR-vergadering van 10 juni 2025; de opmerkingen over de leesdoelen en de communicatie met ouders "
          "zijn verwerkt."),

    ("q", "Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor onze leerlingen?"),
    ("p", "In ons gebouw zitten de peuteropvang en bso van Kinderwoud; met de peutergroep hebben we een warme "
          "overdracht en dezelfde thema's. Met De Nieuwe Bibliotheek werken we in de Bibliotheek op school: een "
          "leesconsulent komt twee dagdelen per maand en in 2025-2026 vernieuwen we samen de schoolbibliotheek. Via "
          "Kunstlinie Almere Flevoland bezoekt elke groep jaarlijks een voorstelling of tentoonstelling. De "
          "contactpersoon van het wijkteam sluit zes keer per jaar aan bij het zorgoverleg met de "
          "jeugdverpleegkundige van de GGD."),

    ("q", "Welke regionale problemen kunnen we samen met andere partners aanpakken?"),
    ("p", "Het lerarentekort raakt ons tot nu toe minder dan andere scholen. Wij dragen bij door op te leiden."),
]

DOELEN_KOP = ["Nr.", "Doel", "Wanneer", "Meetbaar resultaat", "Eigenaar", "Venster"]
DOELEN = [
    ["1", "Meer kinderen lezen op streefniveau", "2025-2028", "2F lezen van 64% (2025) naar 70% (2028)",
     "IB'er", "1"],
    ["2", "Rekenen op streefniveau", "2025-2029", "1S rekenen van 34% (2025) naar 42% (2029)",
     "rekencoördinator", "1"],
    ["3", "Leerlijn burgerschap groep 1-8", "1 juli 2026", "leerlijn vastgesteld", "werkgroep", "1"],
    ["4", "Leerlijn digitale geletterdheid", "invoering 2026-2027", "minimaal 20 lessen per groep per jaar",
     "werkgroep ICT", "1"],
    ["5", "Nieuw gedragsprotocol", "2025-2026", "2027: minstens 95% veilig, minder dan 8% gepest", "IB'er", "1"],
    ["6", "Ontdekatelier groep 5-8", "start 2026-2027", "evaluatie juni 2027", "twee leerkrachten",
     "1 (Vooruitstrevend)"],
    ["7", "Daltonvisitatie NDV", "voorjaar 2027", "licentie verlengd tot 2032", "daltoncoördinator", "1"],
    ["8", "Daltoncertificaat", "juni 2027", "alle leerkrachten langer dan 2 jaar in dienst (nu 17 van 22)",
     "directeur", "2"],
    ["9", "Volledige gesprekscyclus", "vanaf 2025-2026", "100% van de medewerkers (nu 24 van 29)",
     "directie", "2"],
    ["10", "Zij-instromer bevoegd", "augustus 2026", "bevoegdheid behaald, begeleidingsplan vastgesteld",
     "schoolopleider", "2"],
    ["11", "Gastschool Daltonnetwerk, proefvisitatie", "2026-2027", "vier bijeenkomsten, proefvisitatie najaar 2026",
     "daltoncoördinator", "3"],
    ["12", "Driehoeksgesprekken", "groep 5-8 2025-2026, groep 3-4 2026-2027", "minstens 90% van de kinderen",
     "bouwcoördinatoren", "4"],
    ["13", "Welkom voor instromers", "vanaf 2025-2026", "'Ik voel me welkom' minstens 8,0 in 2027",
     "adjunct-directeur", "- (Gezien worden)"],
]


# ---------------------------------------------------------------------------
# Opmaak
# ---------------------------------------------------------------------------

def _taal_nl(style):
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
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
    p.add_run("  |  Schoolplan De Peilschaal 2025-2029").font.size = Pt(8)


def _koprij(table):
    trpr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for cel in table.rows[0].cells:
        for run in cel.paragraphs[0].runs:
            run.bold = True


def _tabel(doc, kop, rijen, grootte=9):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        t.rows[0].cells[i].text = k
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    _koprij(t)
    for rij in t.rows:
        for cel in rij.cells:
            for p in cel.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(grootte)
    return t


def build(path):
    path = str(path)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _taal_nl(normal)
    for naam in ("Heading 1", "Heading 2", "Title"):
        st = doc.styles[naam]
        st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.styles["Heading 2"].font.size = Pt(11.5)

    sec = doc.sections[0]
    sec.left_margin = Cm(2.3)
    sec.right_margin = Cm(2.3)
    _paginanummer(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Daltonschool De Peilschaal"
    cp.author = "M. van der Stoep"
    cp.subject = "Schoolplan"
    cp.keywords = "schoolplan; dalton; Peilschaal"
    cp.language = "nl-NL"
    cp.created = DATUM
    cp.modified = DATUM
    cp.last_modified_by = "M. van der Stoep"
    cp.revision = 3

    # voorblad
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph("Daltonschool De Peilschaal", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2025 - 2029")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Algemeen bijzondere basisschool voor daltononderwijs - Muziekwijk, Almere")
    doc.add_paragraph("Onze antwoorden op de centrale vragen van ASG Koers 22")
    doc.add_paragraph()
    doc.add_paragraph("Brinnummer 27QH  |  Directeur: Marjolein van der Stoep  |  Adjunct-directeur: Erwin Dijkhuis")
    doc.add_paragraph("Versie 1.2, juni 2025")
    doc.add_page_break()

    for item in INHOUD:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "q":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "ul":
            for regel in item[1]:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "tabel":
            _tabel(doc, item[1], item[2], grootte=10)
            doc.add_paragraph()

    doc.add_page_break()
    doc.add_heading("Onze doelen 2025-2029", level=1)
    doc.add_paragraph("In de tabel hieronder staan de doelen die we ons voor deze planperiode stellen. De kolom "
                      "'Venster' geeft aan bij welk venster van Koers 22 een doel vooral hoort; waar een kernwaarde "
                      "meer op zijn plaats is, staat die tussen haakjes. Elk doel wordt uitgewerkt in "
                      "het jaarplan en geëvalueerd in het jaarverslag.")
    _tabel(doc, DOELEN_KOP, DOELEN, grootte=8.5)

    doc.add_heading("Vaststelling", level=1)
    doc.add_paragraph("Dit schoolplan is besproken met het team op 17 juni 2025 en met de medezeggenschapsraad op "
                      "10 juni 2025. Het wordt ter vaststelling aangeboden aan het College van Bestuur van de "
                      "Almeerse Scholen Groep.")
    doc.add_paragraph()
    doc.add_paragraph("Almere, 18 juni 2025")
    doc.add_paragraph("Marjolein van der Stoep, directeur Daltonschool De Peilschaal")
    doc.add_paragraph("Handtekening: ____________________________")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_189_daltonschool_de_peilschaal.docx")
