"""Schoolplan 2019-2023 van het Weerwater Lyceum, openbare school voor havo, atheneum en gymnasium in
Almere Stad (ASG).

De school: 1.384 leerlingen, 118 medewerkers, een school van sterke secties die naar een gezamenlijke
professionele cultuur wil; vergrijzend docentenkorps, negen onbevoegde docenten, lerarentekort in
de exacte vakken en klassieke talen.

Het ontwerp: echte kopstijlen (Heading 1/2) per kernwaarde en per venster, onder de namen die het
bestuur gebruikt. Per venster een doelentabel (doel, meetbaar resultaat, wanneer, eigenaar). Een lang
hoofdstuk over personeel en professionele cultuur (venster 2). Een aantal alinea's opent met de zin
van het bestuur in wij-vorm: een deel daarvan geeft daarna eigen inhoud (gastvrij, nieuwsgierig,
zicht op leerlingen, zorgprofiel, vitale werknemers), een deel niet (waardevol, transparante
communicatie, open blik, drie horizonten, betrokken en trots). De kernwaarde Open bestaat alleen uit
zulke zinnen en een alinea over het open leercentrum (open in een andere betekenis). Het openbare
karakter wordt alleen genoemd. De MR heeft positief geadviseerd, niet ingestemd.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl, taal_nl_stijlen

VAST = datetime.datetime(2019, 6, 25, 10, 0, 0)

DOELKOP = ["Doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"]
BREEDTES = [4.5, 6.0, 3.0, 3.0]

# (soort, inhoud): "h1"/"h2" kop, "p" alinea, "tabel" (kop, rijen), "i" cursief.
TEKST = [
    ("title", "Schoolplan 2019-2023"),
    ("sub", "Weerwater Lyceum – openbare school voor havo, atheneum en gymnasium, Almere"),
    ("sub", "Periode: 1 augustus 2019 tot en met 31 juli 2023"),

    ("h1", "Inleiding"),
    ("p", "Dit is het schoolplan van het Weerwater Lyceum voor de schooljaren 2019-2020 tot en met "
          "2022-2023. Het beschrijft waar onze school voor staat, wat we de komende vier jaar willen "
          "bereiken en hoe we dat doen. Het plan is geschreven binnen de koers van ons bestuur, de "
          "Almeerse Scholen Groep (ASG), die in Koers 22 vier kernwaarden en vier vensters heeft "
          "vastgelegd. We volgen in dit plan de indeling van die koers: eerst de kernwaarden, daarna de "
          "vensters. Per venster staat aan het eind een tabel met de doelen die we voor de planperiode "
          "hebben gesteld; de jaarplannen werken die doelen elk jaar verder uit."),
    ("p", "Het langste hoofdstuk gaat over ons personeel. Dat is een bewuste keuze. De komende jaren gaat "
          "een groot deel van onze ervaren docenten met pensioen, terwijl het in een aantal vakken nu al "
          "moeilijk is om bevoegde docenten te vinden. Tegelijk willen we de manier waarop we samenwerken "
          "veranderen. Beide opgaven bepalen meer dan wat ook of ons onderwijs over vier jaar beter is dan nu."),

    ("h1", "Onze school"),
    ("p", "Het Weerwater Lyceum is een openbare school voor havo, atheneum en gymnasium in Almere Stad, aan "
          "de zuidkant van het Weerwater. De school begon in 1992 als nevenvestiging van een Amsterdamse "
          "scholengemeenschap, werd in 1997 zelfstandig en maakt sinds 2008 deel uit van ASG. Het gebouw "
          "dateert uit 2004 en is in 2016 uitgebreid met een bètavleugel met vier practicumlokalen en een "
          "open leercentrum."),
    ("p", "Onze leerlingen komen uit heel Almere en voor een klein deel uit Lelystad en Zeewolde. De "
          "brugklasleerlingen van 2018 kwamen van 41 verschillende basisscholen. Het aantal leerlingen is "
          "de afgelopen vijf jaar stabiel gebleven rond de 1.380; de gemeentelijke prognose voorspelt tot "
          "2023 geen grote groei of krimp. Almere telt inmiddels meer scholen voor havo en vwo dan tien jaar "
          "geleden, en ouders kiezen bewust. Dat vraagt dat we duidelijk zijn in wat we bieden."),
    ("tabel", (["Kengetal", "Weerwater Lyceum"], [
        ["Leerlingen (1 oktober 2018)", "1.384: havo 742, atheneum 431, gymnasium 211"],
        ["Instroom brugklas 2018", "268 leerlingen van 41 basisscholen"],
        ["Medewerkers", "118 (96,4 fte): 89 docenten en 29 onderwijsondersteunende medewerkers"],
        ["Schoolleiding", "rector, conrector onderwijs, conrector bedrijfsvoering, vier teamleiders"],
        ["Slagingspercentage 2018", "havo 86%, atheneum 89%, gymnasium 95%"],
        ["Onderbouwsnelheid (inspectie, 2018)", "97,1%"],
        ["Bovenbouwsucces (inspectie, 2018)", "havo 84,0% (2017: 79,6%), vwo 88,3%"],
        ["Gemiddeld cijfer centraal examen 2018", "havo 6,3, vwo 6,5"],
    ])),

    ("p", "Wat zijn onze sterke kanten? De gymnasiumafdeling haalt al jaren goede resultaten, de "
          "bètavleugel maakt practicumonderwijs mogelijk dat veel scholen niet kunnen bieden, en de "
          "onderbouwsnelheid ligt ruim boven de norm. Wat vraagt aandacht? Het bovenbouwsucces in de "
          "havo was in 2017 onvoldoende en is nog niet op het niveau dat we willen. In de lessen zien we te "
          "weinig differentiatie. En het docentenkorps vergrijst, terwijl werving in de tekortvakken "
          "moeizaam verloopt. Deze drie punten komen in de vensters 1 en 2 terug."),
    ("h1", "Missie en visie"),
    ("p", "ASG geeft met de missie Samen kleur geven aan goed onderwijs de richting aan voor al haar "
          "scholen. Op het Weerwater Lyceum vertalen we dat als: verder kijken. Wij willen leerlingen een "
          "stevige basis geven voor hoger onderwijs en hen leren verder te kijken dan het volgende "
          "proefwerk: naar hun eigen talenten, naar de stad en de wereld om hen heen en naar de vragen die "
          "daar spelen. Dat doen we met docenten die hun vak beheersen en die samen verantwoordelijk zijn "
          "voor het leren van alle leerlingen."),

    ("h1", "Kernwaarden"),
    ("p", "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Hieronder "
          "beschrijven we per kernwaarde wat die op onze school betekent."),

    ("h2", "Gezien worden"),
    ("p", "Onze schoolcultuur is gastvrij, iedereen voelt zich welkom. Voor een nieuwe brugklasser begint "
          "dat al in juni, op de kennismakingsmiddag met de toekomstige klas en mentor. In de eerste "
          "schoolweek volgt een introductie van drie dagen, met een dag op en rond het Weerwater. Elke "
          "brugklas heeft twee tutoren uit havo 4 of vwo 5, die de eerste zes weken bij het mentoruur zijn "
          "en daarna in de pauzes aanspreekbaar blijven. Leerlingen die tijdens het schooljaar instromen, "
          "ongeveer veertig per jaar, krijgen in hun eerste week een gesprek met de teamleider en een "
          "buddy uit de klas. Bezoekers worden bij de hoofdingang ontvangen door de receptie, die van 7.45 "
          "tot 17.00 uur bezet is, en op de open dag in januari leiden ruim honderd leerlingen de "
          "bezoekers rond. Nieuwe collega's hebben voor de zomervakantie een introductiemiddag en krijgen "
          "een maatje uit hun sectie."),
    ("p", "Iedereen op het Weerwater Lyceum is waardevol en wordt gezien. Dat is voor ons geen slogan, maar "
          "een houding die we van iedere medewerker verwachten, in de klas, op de gang en in de "
          "personeelskamer."),
    ("p", "We hebben zicht op de onderwijsbehoeftes van onze leerlingen door de warme overdracht met de "
          "basisscholen, de screening in de brugklas en de leerlingbesprekingen, die we in venster 1 "
          "beschrijven. Wat medewerkers nodig hebben, bespreken we met ieder van hen in het "
          "planningsgesprek aan het begin van het schooljaar (venster 2)."),

    ("h2", "Open"),
    ("p", "In onze communicatie zijn wij transparant en toegankelijk. Dat geldt voor leerlingen, ouders en "
          "collega's. Hoe we dat precies vormgeven, werken we in het schooljaar 2019-2020 uit in een nieuw "
          "communicatieplan."),
    ("p", "Met een open blik kijken wij naar de verscheidenheid van leerlingen en medewerkers. Onze school "
          "is een afspiegeling van Almere, en daar zijn we trots op."),
    ("p", "Het Weerwater Lyceum is een openbare school. Wij doen recht aan het openbare karakter van ASG en "
          "vinden het belangrijk dat iedereen zich bij ons thuis voelt."),
    ("p", "Open is ook ons open leercentrum op de eerste verdieping, dat sinds de uitbreiding van 2016 van "
          "8.00 tot 17.00 uur open is. Leerlingen kunnen er in tussenuren en na de les werken; er zijn 120 "
          "werkplekken en 40 computers, en er is altijd een onderwijsassistent aanwezig."),

    ("h2", "Vooruitstrevend"),
    ("p", "Sinds 2017 hebben de klassen 1 tot en met 3 vier Weerwater-uren per week: lesuren waarin "
          "leerlingen zelf kiezen bij welk vak zij extra uitleg, oefening of verdieping halen. Leerlingen "
          "schrijven zich op maandag in via Zermelo; de mentor kijkt mee en kan een leerling voor een vak "
          "inschrijven als de cijfers daarom vragen. Om de uren vrij te maken, duren de gewone lessen 45 in "
          "plaats van 50 minuten. In de leerlingenenquête van 2019 zei 71% van de onderbouwleerlingen dat "
          "de Weerwater-uren hen helpen. Vanaf 2019-2020 krijgen ook havo 4 en vwo 4 twee Weerwater-uren "
          "per week."),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Daarom "
          "heeft de school sinds 2017 een onderzoeksgroep van vijf docentonderzoekers. Zij krijgen elk "
          "tachtig uur per jaar om samen met een lector van Hogeschool Windesheim een vraag uit onze eigen "
          "school te onderzoeken. In 2017-2018 ging dat over huiswerk in de onderbouw, in 2018-2019 over "
          "het effect van korte formatieve toetsen in klas 2 bij wiskunde en Frans. De uitkomsten "
          "presenteren zij op een studiemiddag aan het hele team; het onderzoek naar formatief toetsen was "
          "de aanleiding voor de leerteams die we in venster 2 beschrijven."),
    ("p", "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie "
          "van ASG: continue veranderingen, fundamentele veranderingen en radicale veranderingen. Aan alle "
          "drie kennen wij gelijke waarde toe."),

    ("h2", "Ambitieus"),
    ("p", "Wij plaatsen een leerling met een havo/vwo-advies in een havo/vwo-brugklas en besluiten bij "
          "twijfel pas aan het eind van klas 2 of het havo of vwo wordt: liever een jaar langer uitdagen "
          "dan te vroeg afschalen. Zittenblijven kan één keer in de onderbouw, en alleen met een plan waarin "
          "staat wat de leerling anders gaat doen. In havo 4 en vwo 4 bieden we Cambridge English aan, met "
          "de examens FCE en CAE, en leerlingen die meer aankunnen, volgen het Pre-University College van "
          "de Universiteit Leiden of een module van de UvA. Elk jaar doen leerlingen mee aan de olympiades "
          "voor wiskunde, natuurkunde, scheikunde en biologie; in 2018 bereikten drie van hen de tweede "
          "ronde."),
    ("p", "Ook van onszelf verwachten we veel. Sinds 2017 zijn op initiatief van docenten zelf zes "
          "intervisiegroepen ontstaan, waarin 34 collega's eens per zes weken een lessituatie of een "
          "leerling bespreken. Niemand is verplicht mee te doen; de school zorgt alleen voor een lokaal en "
          "koffie op dinsdag na het achtste uur. Twee groepen zijn inmiddels begonnen elkaar ook in de les "
          "te bezoeken."),

    ("h1", "Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "Goed en toegankelijk onderwijs is de kern van ons werk. In dit venster beschrijven we de "
          "kwaliteit van ons onderwijs, ons onderwijsprogramma, hoe we zicht houden op leerlingen, onze "
          "ondersteuning, burgerschap, veiligheid en kwaliteitszorg."),
    ("h2", "Kwaliteit van ons onderwijs"),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie in maart 2017 zijn alle drie de afdelingen "
          "voldoende beoordeeld. Eén indicator, het bovenbouwsucces in de havo, lag toen onder de norm "
          "(79,6%). Sindsdien hebben we in havo 4 in de eerste periode een uur studievaardigheden per week "
          "ingevoerd, zijn de overgangsnormen van havo 4 naar havo 5 aangescherpt en voert de teamleider "
          "met iedere havo 4-leerling die in december drie of meer onvoldoendes heeft een gesprek, samen "
          "met de ouders. In 2018 lag het bovenbouwsucces in de havo op 84,0%. We willen dat in 2021-2022 "
          "88% is, en dat vanaf het examenjaar 2021 ten minste 90% van onze havo-kandidaten slaagt."),
    ("h2", "Onderwijsprogramma"),
    ("p", "In de onderbouw werken we met een lessentabel die alle kerndoelen dekt. Klas 1 en 2 zijn "
          "havo/vwo- of gymnasiumklassen; in klas 3 splitsen havo en vwo. Gymnasiasten krijgen vanaf klas 1 "
          "Latijn en vanaf klas 2 Grieks. Alle leerlingen van klas 1 en 2 volgen Cultuur & Kunst in blokken "
          "van beeldende vorming, muziek en drama. In de bovenbouw bieden we alle vier de profielen aan, met "
          "als keuzevakken onder meer informatica, filosofie, Spaans en, in de havo, bewegen, sport en "
          "maatschappij. De examencommissie stelt het programma van toetsing en afsluiting ieder jaar voor "
          "1 oktober vast. We voldoen aan de urennorm van de wet; de Weerwater-uren tellen mee als "
          "onderwijstijd, omdat er altijd een docent aanwezig is en het programma in Zermelo vastligt."),
    ("p", "Onze leerlingen gaan studeren en werken in een wereld waarin digitale vaardigheden, onderzoeken "
          "en samenwerken zwaarder wegen. Vanaf 2019-2020 hebben de leerlingen van klas 1, en vanaf "
          "2020-2021 ook die van klas 2, een uur per week digitale geletterdheid: programmeren in Python, "
          "werken met data, mediawijsheid en veilig online gedrag. Het profielwerkstuk in havo 5 en vwo 6 "
          "maken leerlingen bij voorkeur voor een externe opdrachtgever; in 2018-2019 deden 48 leerlingen "
          "dat, onder meer voor de gemeente Almere en het Flevoziekenhuis. In 2020-2021 herzien de secties "
          "hun onderbouwprogramma's aan de hand van de voorstellen voor de landelijke curriculumherziening."),
    ("h2", "Zicht op leerlingen"),
    ("p", "Wij hebben zicht op wat onze leerlingen nodig hebben. Dat begint voor de brugklas: de "
          "zorgcoördinator en de teamleider onderbouw voeren met iedere basisschool een warme overdracht, "
          "en in september maken alle brugklassers een screening voor technisch en begrijpend lezen, "
          "spelling en rekenen. Elke mentor bespreekt zijn of haar klas drie keer per jaar met de "
          "vakdocenten in een leerlingbespreking, waarin cijfers, verzuim en signalen uit Magister naast "
          "elkaar liggen en per leerling afspraken worden gemaakt. Leerlingen over wie zorgen zijn, "
          "bespreekt het zorgteam, dat elke twee weken bijeenkomt."),
    ("h2", "Ondersteuning en schoolondersteuningsprofiel"),
    ("p", "Wij hebben in ons schoolondersteuningsprofiel duidelijk beschreven in welke leer- en "
          "zorgbehoeftes wij kunnen voorzien. Het profiel is in 2018 herzien en staat op de website. Tot de "
          "basisondersteuning horen begeleiding bij dyslexie en dyscalculie (extra tijd, voorleessoftware, "
          "aangepaste toetsen), trainingen faalangstreductie en examenvrees, een huiswerkklas tot 16.30 uur "
          "en de begeleiding door de mentor. Extra ondersteuning biedt het Steunpunt: twee "
          "leerlingbegeleiders en een orthopedagoog die leerlingen met autisme, ADHD of psychische klachten "
          "begeleiden, met een rustplek en een vast aanspreekpunt. In 2018-2019 maakten 62 leerlingen "
          "gebruik van het Steunpunt. Er zijn ook grenzen: we kunnen geen leerling opvangen die langer dan "
          "zes weken een sterk verkort rooster nodig heeft of die de hele dag individuele begeleiding "
          "nodig heeft."),
    ("p", "Als wij niet kunnen bieden wat een leerling nodig heeft, zoeken we met de ouders en het "
          "Samenwerkingsverband Passend Onderwijs Almere naar een plek die wel past. Het samenwerkingsverband "
          "heeft daarvoor een overlegtafel waaraan scholen, jeugdhulp en leerplicht samen naar een leerling "
          "kijken. In 2017-2018 ging dat om zes leerlingen, die naar het voortgezet speciaal onderwijs, een "
          "kleinschalige voorziening of een andere school gingen."),
    ("h2", "Burgerschap"),
    ("p", "Burgerschap is bij ons geen los vak, maar een lijn door de school. In klas 1 kiest iedere klas "
          "in oktober een klassenvertegenwoordiger na een korte campagne; uit hen en uit de bovenbouw "
          "wordt de leerlingenraad van twaalf leden samengesteld, die de schoolleiding en de MR adviseert. "
          "In klas 3 bereiden leerlingen bij geschiedenis een bezoek aan Kamp Westerbork voor en houden zij "
          "in juni een debattoernooi over een actuele stelling. Maatschappijleer in havo 4 en vwo 4 sluit af "
          "met een bezoek aan de Tweede Kamer, en in dezelfde klassen lopen alle leerlingen een "
          "maatschappelijke stage (zie venster 4). In 2020-2021 beschrijven we een doorlopende leerlijn "
          "burgerschap voor klas 1 tot en met 6, zodat zichtbaar wordt welke kennis over democratie en "
          "rechtsstaat leerlingen in welk leerjaar opdoen."),
    ("h2", "Veiligheid"),
    ("p", "Wij meten de veiligheid elk jaar in februari met de leerlingenenquête van Kwaliteitscholen. In "
          "2019 voelde 91% van de leerlingen zich veilig op school en gaf 7% aan in het afgelopen jaar "
          "gepest te zijn. De conrector bedrijfsvoering is veiligheidscoördinator en houdt het "
          "veiligheidsplan actueel; de anti-pestcoördinator is een van de leerlingbegeleiders, bij wie "
          "leerlingen ook anoniem melding kunnen doen via een formulier op de website. Incidenten "
          "registreren we in Magister en de schoolleiding bespreekt het overzicht ieder kwartaal. Er zijn "
          "protocollen voor sociale media en voor grensoverschrijdend gedrag, en twee keer per jaar oefenen "
          "we de ontruiming. Alle mentoren hebben in 2018 een training in het aanpakken van pesten in de "
          "klas gevolgd."),
    ("h2", "Kwaliteitszorg"),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarkalender. In september analyseert elke sectie de "
          "examenresultaten en de resultaten van de onderbouw en legt zij in het sectieplan vast wat zij "
          "gaat verbeteren; in oktober bespreekt de teamleider dat plan met de sectie. Teamleiders bezoeken "
          "iedere docent twee keer per jaar in de les, met een kijkwijzer die is gebaseerd op het "
          "ICALT-observatie-instrument. De uitkomsten gebruiken we per docent in de gesprekscyclus en "
          "zonder namen voor de hele school: in 2018 bleek differentiatie het zwakste domein, met 58% van "
          "de bezochte lessen voldoende. Elk jaar vraagt iedere docent in minstens één klas leerlingen om "
          "feedback met een vaste vragenlijst. De schoolleiding rapporteert vier keer per jaar in de "
          "kwartaalrapportage aan het College van Bestuur, en in het jaarverslag leggen we verantwoording "
          "af over de doelen uit het jaarplan."),
    ("h2", "Doelen venster 1"),
    ("tabel", (DOELKOP, [
        ["Bovenbouwsucces havo verhogen", "van 84,0% (2018) naar 88%", "2021-2022", "teamleider havo"],
        ["Slagingspercentage havo", "ten minste 90% (2018: 86%)", "vanaf examenjaar 2021", "teamleider havo"],
        ["Differentiatie in de les", "80% van de bezochte lessen voldoende op differentiatie (2018: 58%)",
         "2021-2022", "conrector onderwijs"],
        ["Weerwater-uren in havo 4 en vwo 4", "ingevoerd; 75% van de leerlingen zegt dat de uren helpen",
         "ingevoerd 2019-2020, gemeten juni 2021", "teamleiders bovenbouw"],
        ["Digitale geletterdheid", "leerlijn ingevoerd in klas 1 (2019-2020) en klas 2 (2020-2021)",
         "2020-2021", "sectie informatica"],
        ["Veiligheidsbeleving", "ten minste 92% voelt zich veilig; minder dan 5% gepest", "jaarlijks in februari",
         "veiligheidscoördinator"],
        ["Leerlijn burgerschap", "beschreven en vastgesteld voor klas 1 tot en met 6", "juli 2021",
         "sectie maatschappijvakken"],
    ])),

    ("h1", "Venster 2: Personeel in positie"),
    ("p", "Ons onderwijs is zo goed als de mensen die het geven. In dit hoofdstuk beschrijven we hoe wij "
          "met ons personeel omgaan en welke professionele cultuur wij willen. Bijna een derde van onze "
          "docenten gaat binnen tien jaar met pensioen, en voor wiskunde, natuurkunde, Duits en de "
          "klassieke talen is het nu al moeilijk om bevoegde docenten te vinden. Tegelijk willen we dat "
          "docenten meer dan nu samen verantwoordelijk zijn voor het leren van alle leerlingen."),
    ("h2", "Ons personeel in cijfers"),
    ("p", "Op 1 oktober 2018 werkten er 118 mensen op het Weerwater Lyceum: 89 docenten en 29 medewerkers "
          "in onderwijsondersteunende functies, samen 96,4 fte. 31% van hen is 55 jaar of ouder en 18% "
          "jonger dan 30. In de functiemix is 38% van de docenten in schaal LC en 24% in schaal LD benoemd. "
          "In 2018 vertrokken elf medewerkers, van wie zes met pensioen, en kwamen er veertien nieuwe bij. "
          "Negen docenten waren voor minstens één van hun vakken (nog) niet bevoegd. Het ziekteverzuim was "
          "in 2018 5,8%."),
    ("h2", "Professionele cultuur: van sectie naar school"),
    ("p", "Het Weerwater Lyceum is lang een school van sterke secties geweest. Secties hadden hun eigen "
          "methoden, toetsen en gewoonten, en dat leverde goede vakdocenten op. Tegelijk zagen we bij het "
          "inspectieonderzoek van 2017 en in onze eigen lesbezoeken dat leerlingen van lokaal naar lokaal "
          "heel verschillende lessen krijgen en dat docenten weinig bij elkaar in de les komen. Wij willen "
          "de komende jaren een cultuur waarin docenten zich samen verantwoordelijk voelen voor alle "
          "leerlingen in een leerjaar, en niet alleen voor hun eigen vak."),
    ("p", "Dat betekent drie dingen. Ten eerste maken we afspraken over de les die voor iedereen gelden: "
          "elke les begint met een lesdoel dat zichtbaar is voor de leerlingen en eindigt met een korte "
          "check of het doel bereikt is. Ten tweede gaan we bij elkaar in de les: sinds 2018 is er in "
          "november een week met open lessen, waarin iedere docent minstens twee collega's van een andere "
          "sectie bezoekt en daarna een kort nagesprek voert. Ten derde bespreken we resultaten niet alleen "
          "per sectie maar ook per leerjaar, in de leerjaarvergaderingen die de teamleiders vier keer per "
          "jaar houden. Daar kijken docenten van alle vakken samen naar de cijfers van een klas en spreken "
          "ze af wat ze gezamenlijk gaan doen."),
    ("p", "In 2019 hebben de docenten, samen met de schoolleiding en de personeelsgeleding van de MR, het "
          "professioneel statuut van de school opgesteld. Daarin staat dat secties zelf beslissen over "
          "didactiek, methoden en toetsing, binnen het PTA en de schoolbrede lesafspraken, en dat de "
          "schoolleiding de sectievoorzitters betrekt bij besluiten over formatie en rooster. Het statuut "
          "geeft zo ruimte aan het vakmanschap van de secties en legt tegelijk vast waar de school als "
          "geheel afspraken maakt."),
    ("h2", "Leidinggeven aan een lerende school"),
    ("p", "Een andere cultuur vraagt ook ander leiderschap. De teamleiders zijn de afgelopen jaren vooral "
          "bezig geweest met roosters, verzuim en incidenten. Vanaf 2019-2020 brengen zij ten minste vier "
          "uur per week in de lessen en bij de secties door, en hebben zij de leerjaarvergaderingen als "
          "belangrijkste overleg. De schoolleiding volgt in 2019-2020 samen een training coachend "
          "leidinggeven. We spreken elkaar aan op de afspraken die we samen hebben gemaakt: wie een afspraak "
          "over de les of over de cijferregistratie niet nakomt, hoort dat binnen een week van de eigen "
          "teamleider. Omgekeerd vragen de teamleiders twee keer per "
          "jaar aan hun team wat zij beter kunnen doen."),
    ("h2", "Werven en inwerken"),
    ("p", "Voor de vakken waarin het lastig is docenten te vinden, werven we niet alleen via vacatures. We "
          "spreken studenten aan die bij ons stage lopen, we bieden deeltijdbanen aan die te combineren "
          "zijn met werk bij een universiteit of bedrijf, en we laten collega's die binnenkort met pensioen "
          "gaan in hun laatste jaar een opvolger inwerken. Wie bij ons begint, volgt in het eerste jaar vijf "
          "bijeenkomsten over de lesafspraken, de rol van de mentor en de begeleiding van leerlingen, en "
          "krijgt een maatje uit de eigen sectie. Het eerste lesbezoek is van de coach en niet van de "
          "teamleider, en in het eerste half jaar wordt niemand beoordeeld: eerst landen, dan groeien."),
    ("h2", "Samen leren"),
    ("p", "Sinds 2019 werken 24 docenten uit alle secties in vier leerteams aan formatief evalueren, "
          "begeleid door twee LD-docenten die daarvoor een opleiding hebben gevolgd. Elk leerteam komt eens "
          "per drie weken bijeen op maandagmiddag, die voor alle docenten roostervrij is. De teams proberen "
          "werkvormen uit in hun eigen lessen, nemen bij elkaar in de les een kijkje en brengen aan het eind "
          "van het jaar verslag uit aan het hele team. In 2020-2021 sluiten nog eens 24 docenten aan, zodat "
          "in 2021-2022 iedere sectie minstens één formatieve werkvorm in het sectieplan heeft opgenomen. "
          "Samen met de intervisiegroepen en de onderzoeksgroep vormen de leerteams de plekken waar we als "
          "school leren, en waar ideeën ontstaan die we daarna in de hele school invoeren."),
    ("h2", "Professionele ontwikkeling en de ASG Academie"),
    ("p", "Iedere docent heeft volgens de cao uren voor professionalisering. Wij vragen van iedereen een "
          "eigen ontwikkelplan, dat in het planningsgesprek wordt besproken. Het scholingsbudget is 650 euro "
          "per fte per jaar; daarnaast stimuleren we het gebruik van de lerarenbeurs. Wat iemand volgt, komt "
          "in het personeelsdossier. Starters volgen het tweejarige programma voor startende leraren van de "
          "ASG Academie; in 2018-2019 deden vijf van onze starters mee. Teamleiders volgen de leergang "
          "leidinggeven van de ASG Academie en de sectievoorzitters in 2019-2020 de korte cursus "
          "feedback geven aan collega's. In 2018 had 81% van de docenten minstens één scholingsactiviteit "
          "in het dossier staan; in 2020-2021 moet dat 100% zijn."),
    ("h2", "Onbevoegde docenten en zij-instroom"),
    ("p", "Negen docenten zijn voor minstens één vak nog niet bevoegd. Met ieder van hen hebben we een "
          "opleidingsplan met een einddatum: vier volgen de tweedegraads lerarenopleiding bij Windesheim "
          "of de Hogeschool van Amsterdam, drie zitten in een zij-instroomtraject en twee volgen een "
          "masteropleiding voor de eerstegraads bevoegdheid. Zij krijgen één dag per week roostervrij, de "
          "school vergoedt de helft van het collegegeld en ieder van hen heeft een coach uit de eigen sectie, "
          "die daarvoor twee taakuren per week krijgt. De schoolopleider bewaakt de voortgang en spreekt hen "
          "ieder kwartaal. In juli 2022 zijn alle docenten die nu onbevoegd zijn, bevoegd; wie daarna "
          "onbevoegd bij ons begint, heeft binnen drie maanden een opleidingsplan."),
    ("h2", "Welbevinden in elke levensfase"),
    ("p", "Wat iemand nodig heeft, verschilt per levensfase. Starters hebben in hun eerste jaar 20% minder "
          "lesuren, een coach en geen mentorklas. Collega's met jonge kinderen kunnen roosterwensen "
          "opgeven, zoals geen eerste of geen laatste uur; in 2018-2019 honoreerde de roostermaker 91% van "
          "die wensen. Collega's van 57 jaar en ouder kiezen zelf hoe zij hun uren duurzame inzetbaarheid "
          "gebruiken: als lesvermindering, voor scholing of gespaard voor verlof. Om de werkdruk te verlagen "
          "hebben we in 2018 het aantal toetsweken teruggebracht van vier naar drie en krijgen mentoren twee "
          "uur per week voor hun mentorklas."),
    ("p", "Wij hebben vitale werknemers. Dat willen we zo houden, en het verzuim van 5,8% in 2018 laat zien "
          "dat dat niet vanzelf gaat. Daarom voert de leidinggevende na een derde ziekmelding binnen twaalf "
          "maanden een preventief gesprek over wat de medewerker nodig heeft. De bedrijfsarts houdt eens per "
          "maand spreekuur in de school, ook voor wie niet ziek is. Op woensdagmiddag geven twee "
          "LO-docenten een uur sport voor collega's in de gymzaal, en via de fietsregeling kunnen "
          "medewerkers met fiscaal voordeel een fiets aanschaffen. In 2021 is het verzuim ten hoogste 4,5%."),
    ("h2", "Loopbaan en mobiliteit"),
    ("p", "Vacatures zetten wij eerst twee weken op de interne vacaturebank van ASG voordat we extern "
          "werven; van de veertien nieuwe collega's in 2018 kwamen er vier van andere ASG-scholen. Docenten "
          "die een andere rol willen, kunnen een jaar meelopen als sectievoorzitter, mentorcoördinator of "
          "teamleider in opleiding. In 2018-2019 gaven twee van onze docenten een half jaar lang één dag per "
          "week les op een vmbo-school van ASG om zich te oriënteren; een van hen is daarna overgestapt. In "
          "het planningsgesprek vragen wij ieder jaar naar loopbaanwensen."),
    ("h2", "Erkenning en talenten"),
    ("p", "Wij willen dat expertise erkend en benut wordt. LD-docenten hebben een zichtbare schoolbrede taak, zoals "
          "coördinator formatief evalueren, docentonderzoeker of schoolopleider, en presenteren hun werk aan "
          "het eind van het jaar aan het team. Leerlingen kiezen sinds 2016 elk jaar de Weerwater-docent van "
          "het jaar. Talenten zetten we ook buiten onze eigen school in: twee van onze docenten geven sinds "
          "2019 de cursus formatief evalueren van de ASG Academie voor docenten van andere ASG-scholen, en "
          "een van onze LD-docenten is coach in het ASG-programma voor startende leraren van drie andere "
          "ASG-scholen."),
    ("h2", "Gesprekscyclus"),
    ("p", "Iedere medewerker heeft in september of oktober een planningsgesprek met de eigen "
          "leidinggevende, waarin de ontwikkelvraag, de scholing en de taken voor het jaar worden "
          "afgesproken. In het voorjaar volgt een voortgangsgesprek, waarin ook de uitkomsten van de "
          "lesbezoeken en de leerlingfeedback aan bod komen. Eens in de drie jaar is er een "
          "beoordelingsgesprek, voor starters ieder jaar. Voor het onderwijsondersteunend personeel geldt "
          "hetzelfde ritme. Alle gesprekken worden vastgelegd in het digitale personeelsdossier. In "
          "2018-2019 had 92% van de medewerkers alle gesprekken gevoerd; vanaf 2019-2020 is dat 100%."),
    ("h2", "Betrokkenheid"),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op ASG. Dat vinden wij belangrijk, want "
          "betrokken en trotse medewerkers zijn de beste ambassadeurs van onze school en van ASG."),
    ("h2", "Doelen venster 2"),
    ("tabel", (DOELKOP, [
        ["Onbevoegde docenten bevoegd", "alle negen nu onbevoegde docenten hebben hun bevoegdheid",
         "juli 2022", "schoolopleider"],
        ["Verzuim omlaag", "ten hoogste 4,5% (2018: 5,8%)", "2021", "conrector bedrijfsvoering"],
        ["Scholing zichtbaar", "100% van de docenten met scholing in het dossier (2018: 81%)", "2020-2021",
         "teamleiders"],
        ["Gesprekscyclus", "100% van de medewerkers heeft alle gesprekken gevoerd (2018-2019: 92%)",
         "elk jaar vanaf 2019-2020", "teamleiders"],
        ["Formatief evalueren", "48 docenten in leerteams; iedere sectie minstens één werkvorm in het sectieplan",
         "2021-2022", "coördinator formatief evalueren"],
        ["Open lesweek", "iedere docent bezoekt twee lessen in een andere sectie", "jaarlijks in november",
         "conrector onderwijs"],
    ])),

    ("h1", "Venster 3: De meerwaarde van ASG"),
    ("p", "ASG heeft scholen voor primair en voortgezet onderwijs met verschillende profielen. Voor onze "
          "school zit de meerwaarde daarvan vooral in doorlopende routes voor leerlingen en in de "
          "samenwerking tussen secties van verschillende scholen."),
    ("p", "Samen met de vmbo-scholen van ASG zorgen wij voor doorlopende routes. Leerlingen van een "
          "ASG-vmbo-school die na hun diploma naar havo 4 willen, volgen in het voorjaar op zes "
          "woensdagmiddagen een schakelprogramma bij ons, met lessen wiskunde, Engels en "
          "studievaardigheden. In 2018 kwamen 31 leerlingen zo binnen, van wie 24 na een jaar werden "
          "bevorderd naar havo 5. Omgekeerd plaatsen we leerlingen die na klas 2 of 3 beter op het vmbo "
          "passen, in overleg met hun ouders op een ASG-school, met een warme overdracht door de mentor."),
    ("p", "De sectie wiskunde maakt sinds 2018 samen met de wiskundesecties van twee andere ASG-scholen "
          "voor havo en vwo de proefexamens voor havo 5 en vwo 6, en bespreekt de uitkomsten in een "
          "gezamenlijke bijeenkomst. Onze examensecretaris neemt deel aan het overleg van de "
          "examensecretariaten van de ASG-scholen voor voortgezet onderwijs, waarin de examenreglementen "
          "op elkaar worden afgestemd."),
    ("p", "Voor personeelsadministratie, financiën en ICT maken wij gebruik van het servicebureau van ASG."),
    ("h2", "Doelen venster 3"),
    ("tabel", (DOELKOP, [
        ["Schakelprogramma vmbo-havo", "ten minste 80% van de instromers bevorderd naar havo 5 (2018: 77%)",
         "jaarlijks", "teamleider havo"],
        ["Gezamenlijke proefexamens", "ook Engels en Nederlands samen met twee ASG-scholen", "2020-2021",
         "sectievoorzitters"],
    ])),

    ("h1", "Venster 4: Partnerschap"),
    ("h2", "Ouders"),
    ("p", "Ouders zien wij als partner bij het leren van hun kind. In oktober hebben alle leerlingen van "
          "klas 1 tot en met 3 met hun ouders en mentor een driehoeksgesprek van een kwartier, waarin de "
          "leerling zelf vertelt hoe het gaat en welk leerdoel hij of zij zich stelt; ouders denken mee over "
          "wat thuis kan helpen. In september oefenen ouders van brugklassers op een avond zelf met de "
          "planner die hun kind gebruikt, zodat zij thuis kunnen meekijken. Per afdeling is er een "
          "ouderpanel van acht tot tien ouders dat vier keer per jaar met de teamleider praat, onder meer "
          "over huiswerk en toetsdruk; het ouderpanel van de onderbouw stelde in 2017 voor het aantal "
          "toetsweken te verminderen."),
    ("h2", "Medezeggenschap"),
    ("p", "De MR heeft twaalf leden: vier docenten, twee onderwijsondersteunende medewerkers, drie ouders "
          "en drie leerlingen. Zij vergadert acht keer per jaar, waarvan vier keer met de rector. De rector "
          "legt voornemens vroeg voor, in een eerste bespreking zonder besluit, zodat de MR kan meedenken "
          "voordat een voorstel vastligt. Zo heeft de MR het professioneel statuut, de vermindering van het "
          "aantal toetsweken en de Weerwater-uren in de bovenbouw in een vroeg stadium besproken. De "
          "leerlingenraad bereidt de onderwerpen voor de leerlinggeleding van de MR voor."),
    ("h2", "Partners in de stad"),
    ("p", "Wij werken samen met een reeks partners: Hogeschool Windesheim Flevoland voor de onderzoeksgroep "
          "en de lerarenopleiding, de Universiteit Leiden en de UvA voor de pre-universitaire programma's, "
          "Kunstlinie Almere Flevoland, waar alle leerlingen van klas 2 twee keer per jaar een voorstelling "
          "bezoeken, en de gemeente Almere en het Flevoziekenhuis als opdrachtgevers voor "
          "profielwerkstukken."),
    ("p", "Alle leerlingen van havo 4 en vwo 4 lopen een maatschappelijke stage van dertig uur bij een "
          "organisatie in Almere: de Voedselbank Almere, woonzorgcentra in Almere Stad, sportverenigingen "
          "en de basisscholen in de Stedenwijk, waar onze leerlingen kinderen helpen met lezen. De "
          "stagecoördinator onderhoudt de contacten met ruim veertig organisaties en bezoekt ze ieder jaar."),
    ("p", "Het lerarentekort raakt ons direct. Daarom zijn wij, samen met de andere Almeerse besturen voor "
          "voortgezet onderwijs, Windesheim Flevoland, de Hogeschool van Amsterdam en de UvA, partner in de "
          "Opleidingsschool Almere. Wij begeleiden elk jaar ongeveer twintig studenten van "
          "lerarenopleidingen; in 2018 zijn vijf van hen na hun opleiding bij ons gaan werken. Voor "
          "leerlingen van havo 5 en vwo 6 die overwegen leraar te worden, organiseren de Almeerse scholen "
          "samen met Windesheim een oriëntatieprogramma met meeloopdagen."),
    ("h2", "Doelen venster 4"),
    ("tabel", (DOELKOP, [
        ["Driehoeksgesprekken klas 1-3", "ten minste 95% van de leerlingen voert het gesprek met ouders",
         "jaarlijks in oktober", "mentoren"],
        ["Driehoeksgesprekken klas 4", "ingevoerd in havo 4 en vwo 4", "2020-2021", "teamleiders bovenbouw"],
        ["Opleidingsschool", "twintig studenten per jaar; ten minste vier nieuwe collega's per jaar uit eigen "
         "opleiding", "jaarlijks", "schoolopleider"],
        ["Maatschappelijke stage", "alle leerlingen van havo 4 en vwo 4 ronden dertig uur af", "jaarlijks in juni",
         "stagecoördinator"],
    ])),

    ("h1", "Totstandkoming en vaststelling"),
    ("p", "Dit schoolplan is tussen september 2018 en april 2019 tot stand gekomen. Op de studiedag van 5 "
          "november 2018 bespraken de secties en teams de centrale vragen van de ASG Koerswijzer; de "
          "ouderpanels en de leerlingenraad reageerden in februari 2019 op een eerste versie. De MR is in "
          "drie vergaderingen bij de totstandkoming betrokken geweest en heeft op 14 mei 2019 positief "
          "geadviseerd over het plan. Het College van Bestuur van ASG heeft het schoolplan op 25 juni 2019 "
          "vastgesteld."),
    ("i", "Ingrid Veltman, rector"),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    taal_nl_stijlen(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Ingrid Veltman"
    cp.last_modified_by = "Ingrid Veltman"
    cp.title = "Schoolplan 2019-2023 Weerwater Lyceum"
    cp.created = VAST
    cp.modified = VAST
    cp.revision = 3

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Weerwater Lyceum – Schoolplan 2019-2023 – ")
    page_field(voet)

    for soort, inhoud in TEKST:
        if soort == "title":
            doc.add_heading(inhoud, level=0)
        elif soort == "sub":
            p = doc.add_paragraph()
            p.add_run(inhoud).font.size = Pt(13)
        elif soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "tabel":
            kop, rijen = inhoud
            breedtes = BREEDTES if len(kop) == 4 else [6.0, 10.0]
            tabel(doc, kop, rijen, breedtes=breedtes)
            doc.add_paragraph()
        elif soort == "i":
            doc.add_paragraph().add_run(inhoud).italic = True
        else:
            doc.add_paragraph(inhoud)
    doc.save(path)
    deterministisch(path, VAST)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_50_weerwater_lyceum.docx")
