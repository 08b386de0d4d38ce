"""Schoolplan 2024-2028 van Jenaplanschool De Linde (Almere Haven), een algemeen bijzondere
basisschool met ongeveer 250 leerlingen onder de Almeerse Scholen Groep.

Opzet zoals de directeur het in Word schreef: echte kopstijlen (Titel, Kop 1, Kop 2), een korte
inleiding 'Vooraf', en daarna uitsluitend vier hoofdstukken langs de vier kernwaarden van ASG
(Gezien worden, Open, Vooruitstrevend, Ambitieus), elk met een eigen ondertitel van de school. De
onderwerpen van de vensters (kwaliteit, personeel, de samenwerking binnen ASG, ouders en partners)
zijn in die hoofdstukken verwerkt zonder dat de vensters bij naam worden genoemd. Het Jenaplan-
vocabulaire (stamgroep, kring, blokperiode, wereldoriëntatie, viering, stamgroepleider,
weekopening) staat in de eigen woorden van de school. De doelen staan in één tabel aan het eind
(Doel | Venster | Wanneer gereed | Hoe meten we het); daar wordt de venster-kolom voor de meeste rijen
ingevuld. De instemming van de MR staat in een korte paragraaf 'Vaststelling'.
"""

from __future__ import annotations

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from review_dev.docx_parts import deterministisch, page_field, tabel, taal_nl, taal_nl_stijlen

VASTE_TIJD = datetime.datetime(2024, 5, 27, 9, 30, 0)

TITEL = "Schoolplan 2024-2028"

VOORBLAD = [
    "Jenaplanschool De Linde",
    "Algemeen bijzondere basisschool voor Jenaplanonderwijs",
    "Gouwenweg 14 (fictief adres), Almere Haven – BRIN 31LD",
    "Planperiode: 1 augustus 2024 tot en met 31 juli 2028",
    "Directeur: Anouk Verbeek – Intern begeleider: Sandra Koolhof",
]

# Elk onderdeel: ("h1", tekst) | ("h2", tekst) | ("p", tekst) | ("li", [items]) | ("tabel", kop, rijen, breedtes)
INHOUD = [
    ("h1", "Vooraf"),
    ("p", "Voor u ligt het schoolplan van Jenaplanschool De Linde voor de jaren 2024-2028. Het plan loopt van "
          "1 augustus 2024 tot en met 31 juli 2028. Het is ons vierde schoolplan als Jenaplanschool en het eerste "
          "dat we helemaal met het team, de kinderraad en een groep ouders hebben opgebouwd. In het schooljaar "
          "2023-2024 hebben we er drie studiemiddagen aan besteed, een avond met ouders en twee vergaderingen van "
          "de kinderraad. Wat daar is opgehaald, staat in dit plan, soms letterlijk in de woorden van de kinderen."),
    ("p", "De Linde begon in 1982 als kleine ouderinitiatiefschool in een noodgebouw in De Gouwen, een van de eerste "
          "wijken van Almere Haven. Sinds 1996 werken we volgens de uitgangspunten van het Jenaplan. Het huidige "
          "gebouw dateert van 1984 en is in 2019-2020 grondig verbouwd: nieuwe ventilatie, zonnepanelen op het dak en "
          "een centrale hal die we gebruiken voor de weekopening en de vieringen. De naam danken we aan de grote "
          "linde op het speelplein, die ouder is dan de wijk zelf."),
    ("p", "Op 1 oktober 2023 telde De Linde 252 kinderen, verdeeld over tien stamgroepen: drie stamgroepen in de "
          "onderbouw (groep 1-2), drie in de middenbouw (groep 3-4-5) en vier in de bovenbouw (groep 6-7-8). Het "
          "team bestaat uit 24 medewerkers: 17 stamgroepleiders (samen 13,4 fte), een intern begeleider, de "
          "directeur, twee onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge en een "
          "administratief medewerker. De school werkt met het vijf-gelijke-dagenmodel: alle kinderen zijn op school "
          "van 8.30 tot 14.00 uur. In ons gebouw zit ook een kinderopvang met peuteropvang en buitenschoolse opvang."),
    ("p", "De school is algemeen bijzonder. Dat betekent dat we niet uitgaan van één godsdienst of levensbeschouwing, "
          "maar dat we levensbeschouwing wel een vaste plek geven in ons onderwijs. Wat dat in de praktijk inhoudt, "
          "staat in hoofdstuk 2. De begroting voor 2024 bedraagt ruim 2,2 miljoen euro; ongeveer 84 procent daarvan "
          "gaat naar personeel. De meerjarenbegroting laat een sluitend beeld zien bij een gelijkblijvend aantal "
          "leerlingen."),
    ("p", "Wij hebben dit plan geordend langs de vier kernwaarden van ons bestuur, de Almeerse Scholen Groep. We doen "
          "dat omdat ze goed passen bij wat wij als Jenaplanschool al belangrijk vonden. Per hoofdstuk beschrijven "
          "we hoe wij werken, wat we de komende vier jaar willen bereiken en wie daarvoor zorgt. Alle doelen staan "
          "bij elkaar in de tabel aan het eind. Uit dit schoolplan maken we elk jaar een jaarplan; in het "
          "jaarverslag leggen we verantwoording af over wat er van terecht is gekomen."),

    ("h1", "1. Gezien worden – Ieder kind een eigen plek in de stamgroep"),
    ("h2", "De stamgroep als thuis"),
    ("p", "Een kind zit op De Linde drie jaar in dezelfde stamgroep, met kinderen van verschillende leeftijden. Het "
          "is de ene keer de jongste, daarna de middelste en tot slot de oudste. Die wisseling van rol vinden we "
          "waardevol: jonge kinderen kijken af bij de oudere, oudere kinderen leren uitleggen en zorgen. De "
          "stamgroepleider kent elk kind en het gezin meerdere jaren; dat maakt de stamgroep voor veel kinderen "
          "een tweede thuis."),
    ("p", "Ieder kind heeft een vaste plek in de kring en komt in de loop van de week in de kring aan het woord. "
          "Drie keer per jaar voert de stamgroepleider met elk kind vanaf groep 3 een kindgesprek van tien minuten: "
          "wat gaat goed, waar ben je trots op, wat wil je de komende blokperiode leren? Wat het kind zegt, komt in "
          "het Lindeboek, het portfolio dat het kind zelf bijhoudt met werk waar het trots op is. Het Lindeboek gaat "
          "mee naar het driehoeksgesprek met de ouders. Verjaardagen vieren we in de stamgroep, en wie afscheid "
          "neemt van de school krijgt een eigen moment in de viering."),
    ("h2", "Welkom op De Linde"),
    ("p", "De week begint op maandag om 8.30 uur met de weekopening in de centrale hal. Ouders, opa's en oma's zijn "
          "daarbij altijd welkom. Elke ochtend is er van 8.15 tot 8.30 uur inloop: ouders lopen mee de stamgroep in "
          "en kunnen even met de stamgroepleider praten. Op de eerste maandag van de maand staat er koffie in de "
          "hal voor ouders die willen blijven hangen."),
    ("p", "Nieuwe gezinnen krijgen een rondleiding van twee Lindegidsen: kinderen uit de bovenbouw die daarvoor een "
          "korte training krijgen van de directeur. Wie zijn kind aanmeldt, krijgt binnen twee weken een "
          "kennismakingsgesprek met de intern begeleider of de bouwcoördinator. Het kind draait vooraf twee "
          "ochtenden mee in de nieuwe stamgroep en krijgt daar een maatje. Zij-instromers uit een andere school "
          "krijgen bovendien na zes weken een gesprek met ouders over hoe de start is gegaan. Ook nieuwe "
          "collega's krijgen een maatje uit het team dat het eerste jaar hun vaste aanspreekpunt is, en een "
          "inwerkmap met de afspraken van de school."),
    ("h2", "Veilig in de groep"),
    ("p", "Een kind leert alleen als het zich veilig voelt. De eerste zes weken van het schooljaar besteden we "
          "daarom veel tijd aan de groepsvorming: de stamgroep maakt samen de stamgroepafspraken, die in de kring "
          "worden besproken en zichtbaar in het lokaal hangen. We volgen het sociaal-emotioneel welbevinden met "
          "ZIEN!: de stamgroepleider vult twee keer per jaar de observatielijst in, de kinderen van groep 5 tot en "
          "met 8 vullen jaarlijks in maart de vragenlijst sociale veiligheid in. De uitkomsten bespreken we in de "
          "groepsbespreking en met de kinderraad."),
    ("p", "De intern begeleider is anti-pestcoördinator en aandachtsfunctionaris voor de meldcode huiselijk geweld "
          "en kindermishandeling. Ons pestprotocol is in 2023 herzien met de MR; het beschrijft wat een kind, een "
          "ouder en een stamgroepleider doen als er gepest wordt, en binnen welke termijn er contact is met thuis. "
          "Incidenten leggen we vast in ParnasSys. In het schooljaar 2022-2023 gaf 93 procent van de kinderen in de "
          "bovenbouw aan zich veilig te voelen op school; dat willen we minimaal zo houden. Het schoolveiligheidsplan "
          "met de ontruimingsoefeningen en de afspraken over toezicht op het plein wordt jaarlijks bijgewerkt."),
    ("h2", "Zicht op wat kinderen en collega's nodig hebben"),
    ("p", "Drie keer per jaar houdt de intern begeleider met elke stamgroepleider een groepsbespreking: in oktober, "
          "februari en juni. We bespreken de toetsgegevens uit het leerlingvolgsysteem, de observaties van ZIEN!, "
          "de kindgesprekken en wat ouders hebben verteld. Daaruit volgt per stamgroep een groepsoverzicht met "
          "drie niveaus van instructie en een korte lijst van kinderen die iets extra's nodig hebben. Voor die "
          "kinderen maakt de stamgroepleider een plan voor zes weken, dat na afloop in de volgende bespreking "
          "wordt geëvalueerd."),
    ("p", "Ook voor collega's willen we weten wat ze nodig hebben. In mei voert de directeur met ieder teamlid een "
          "gesprek over de werkverdeling voor het nieuwe schooljaar: welke taken passen, wat kost te veel energie, "
          "waar is hulp bij nodig? Uit die gesprekken kwam in 2023 onder meer de inzet van een tweede "
          "onderwijsassistent in de middenbouw."),
    ("h2", "Ondersteuning: wat wij kunnen bieden"),
    ("p", "Ons schoolondersteuningsprofiel beschrijft wat elk kind op De Linde kan verwachten. Tot de "
          "basisondersteuning rekenen we het dyslexieprotocol, de leesinterventie Bouw! in groep 2 tot en met 4, "
          "Met Sprongen Vooruit voor rekenen, en een Denkwerkplaats voor kinderen die meer uitdaging nodig hebben "
          "(één ochtend per week, groep 4 tot en met 8). De werkvormen van het Jenaplan helpen: omdat kinderen in "
          "de blokperiode zelfstandig werken, heeft de stamgroepleider tijd voor verlengde instructie."),
    ("p", "Er zijn ook grenzen. In stamgroepen van 25 tot 28 kinderen met drie leeftijden kunnen we geen "
          "doorlopende één-op-één begeleiding bieden, en medische handelingen die een verpleegkundige vereisen "
          "kunnen we niet uitvoeren. Kinderen met een zware gedragsvraag kunnen we begeleiden zolang er per "
          "stamgroep niet meer dan twee zijn en er extra handen zijn vanuit een arrangement. Dat staat zo ook in het "
          "profiel dat op onze website staat."),
    ("p", "Lukt het ons niet, dan bespreken we het kind in het ondersteuningsteam: ouders, de intern begeleider, de "
          "orthopedagoog van Passend Onderwijs Almere en de schoolmaatschappelijk werker van het sociaal wijkteam. "
          "Samen zoeken we binnen acht weken naar een oplossing: een arrangement op De Linde, of een plek op een "
          "andere school, bijvoorbeeld een school voor speciaal basisonderwijs. Een kind gaat pas weg als er een "
          "nieuwe plek is; geen kind van De Linde zit thuis. Het profiel herzien we in het najaar van 2024."),

    ("h1", "2. Open – Open deuren, eerlijk gesprek"),
    ("h2", "Ouders aan tafel"),
    ("p", "Ouders kennen hun kind het best. Daarom praten we op De Linde niet over, maar met het kind en zijn ouders. "
          "Drie keer per jaar, in november, maart en juni, is er een driehoeksgesprek van een kwartier: kind, "
          "ouders en stamgroepleider. Het kind vertelt aan de hand van het Lindeboek wat het heeft geleerd; "
          "ouders en stamgroepleider vullen aan. Vanaf groep 6 leidt het kind het gesprek zelf. In 2023-2024 "
          "kwam 91 procent van de ouders naar de gesprekken; we willen naar 95 procent."),
    ("p", "Ouders doen ook mee in het onderwijs. Aan het begin van elke blokperiode wereldoriëntatie vragen we "
          "ouders wat zij weten of kunnen over het onderwerp: een vader die verpleegkundige is komt vertellen in "
          "de kring, een moeder neemt de bovenbouw mee naar haar werk in de haven. Aan het eind van elke "
          "blokperiode laten de kinderen hun werk zien in een presentatieviering waarvoor ouders worden "
          "uitgenodigd. Vanaf 2025 nodigen we twee keer per jaar een ouderpanel uit van acht ouders uit alle "
          "bouwen, om mee te denken over het jaarplan."),
    ("h2", "Hoe wij informeren"),
    ("p", "Voor het dagelijkse contact gebruiken we Parro: foto's van de stamgroep, korte berichten, het inschrijven "
          "voor gesprekken. Om de twee weken verschijnt het Lindeblad met nieuws van de directie en de bouwen. Bij "
          "de start van het schooljaar krijgen alle ouders de jaarkalender en is er per stamgroep een "
          "informatieavond. Vragen van ouders beantwoorden we binnen twee werkdagen; lukt dat niet, dan laten we "
          "weten wanneer het antwoord komt. Verslagen van de MR staan op de website. Twee keer per jaar krijgen "
          "ouders een verslag van de ontwikkeling van hun kind, in gewone taal en met de woorden van het kind erbij. "
          "Voor ouders die het Nederlands nog niet goed beheersen, zetten we bij gesprekken een tolk of een "
          "vertalende ouder in."),
    ("p", "Respect voor iedereen, binnen en buiten de school, vinden wij vanzelfsprekend."),
    ("h2", "Veel achtergronden, één stamgroep"),
    ("p", "De kinderen van De Linde komen uit gezinnen met 27 verschillende nationaliteiten. Dat zien we als "
          "rijkdom, en we maken er in het onderwijs gebruik van. Elke week is er in iedere stamgroep een "
          "levensbeschouwelijke kring: kinderen vertellen over hun feesten, geloof of gewoonten, en we praten "
          "over vragen als 'wat is eerlijk?' en 'wat gebeurt er als je doodgaat?'. In de vieringen komen de "
          "feesten van onze gezinnen aan bod: Sinterklaas en Kerst, het Suikerfeest, Divali en Keti Koti. Ouders "
          "helpen mee bij de voorbereiding. Bij het samenstellen van de stamgroepen letten we op een goede menging "
          "van leeftijd, jongens en meisjes én achtergrond."),
    ("h2", "Burgerschap: de stamgroep als kleine samenleving"),
    ("p", "In het Jenaplan leren kinderen samenleven door het te doen. Elke stamgroep vanaf groep 3 houdt om de "
          "week een stamgroepvergadering met een voorzitter en een notulist uit de groep. Daar worden problemen "
          "besproken en voorstellen gedaan. Uit elke stamgroep van groep 5 tot en met 8 zitten twee kinderen in de "
          "kinderraad, die zes keer per jaar met de directeur vergadert. De kinderraad heeft in 2023 meebeslist "
          "over de nieuwe speeltoestellen en krijgt vanaf 2025 een eigen budget van 1.000 euro per jaar."),
    ("p", "De basiswaarden van de democratische rechtsstaat (vrijheid, gelijkwaardigheid, solidariteit) bespreken we "
          "in de kring aan de hand van het nieuws; de bovenbouw kijkt daarvoor dagelijks het Jeugdjournaal. In de "
          "wereldoriëntatie staan per jaar minstens twee blokperiodes met een burgerschapsthema, zoals 'Wie "
          "bepaalt in Almere?' met een bezoek aan het stadhuis en 'Kinderrechten'. Welke kerndoelen daarmee worden "
          "gedekt, staat in de WO-matrix."),
    ("h2", "Medezeggenschap"),
    ("p", "De medezeggenschapsraad bestaat uit drie ouders en drie teamleden en vergadert zes keer per jaar. De "
          "directeur is bij een deel van elke vergadering aanwezig. We leggen plannen vroeg bij de MR neer, als "
          "eerste schets en niet pas als af voorstel, zodat de MR kan meedenken voordat er iets vastligt. Zo kwam "
          "het idee voor het ouderpanel in 2023 uit de MR, en heeft de MR de opzet van de kindgesprekken mede "
          "vormgegeven. Daarnaast is er een oudervereniging die de vieringen, het schoolreisje en het kamp van de "
          "bovenbouw mee organiseert en de ouderbijdrage beheert."),

    ("h1", "3. Vooruitstrevend – Leren aan de wereld"),
    ("h2", "Het ritme van de week"),
    ("p", "Ons weekplan is ritmisch opgebouwd uit de vier basisactiviteiten van het Jenaplan: gesprek, spel, werk en "
          "viering. Elke dag begint met een kring. De ochtend bestaat uit een blokperiode van anderhalf uur waarin "
          "kinderen zelfstandig werken aan hun weektaak en de stamgroepleider instructie geeft aan kleine groepjes. "
          "De middag is grotendeels voor wereldoriëntatie. Op maandag is er de weekopening, op vrijdag sluiten de "
          "stamgroepen de week af in de kring, en eens per maand is er per bouw een weeksluiting met optredens "
          "voor ouders."),
    ("h2", "Ons onderwijsprogramma"),
    ("p", "Voor de basisvaardigheden werken we in cursussen met methodes: Wereld in getallen 5 voor rekenen, Staal "
          "voor taal en spelling, Lijn 3 voor aanvankelijk lezen in groep 3 en Nieuwsbegrip voor begrijpend lezen "
          "vanaf groep 5. Engels krijgen de kinderen vanaf groep 1. Bewegingsonderwijs wordt twee keer per week "
          "gegeven door de vakleerkracht. Muziek, drama en beeldende vorming hebben een vaste plek in de "
          "wereldoriëntatie en in de vieringen. De kerndoelen voor Nederlands en rekenen zijn in de methodes "
          "geborgd; in de bovenbouw werken we toe naar de referentieniveaus 1F en 2F/1S."),
    ("p", "Wereldoriëntatie is het hart van ons onderwijs. Het schooljaar telt zes blokperiodes van ongeveer zes "
          "weken. De hele school werkt aan hetzelfde overkoepelende thema; elke bouw kiest een eigen invalshoek. "
          "Aardrijkskunde, geschiedenis, natuur en techniek komen zo in samenhang aan bod. Met de WO-matrix houden "
          "we bij welke kerndoelen in een cyclus van drie jaar worden behandeld, zodat een kind in de drie jaar "
          "in een bouw alles langs heeft gehad."),
    ("p", "Elke blokperiode begint met een kring waarin de kinderen zelf vragen stellen bij het thema: wat weet je "
          "al, wat wil je weten, waar ben je benieuwd naar? De stamgroepleider kiest samen met de groep welke "
          "vragen worden uitgezocht. Zo sluit het onderwerp aan bij wat de kinderen bezighoudt: toen het thema "
          "'Water' was, onderzocht de bovenbouw op verzoek van de kinderen waarom het Weerwater in de zomer groen "
          "kleurt, en de onderbouw bouwde een sluis in de zandbak."),
    ("h2", "Nieuw: ontwerpen en maken"),
    ("p", "In het schooljaar 2025-2026 starten we in de bovenbouw met een proef met ontwerpend leren. Een leeg "
          "lokaal wordt ingericht als makerplaats, met gereedschap, hout, karton, eenvoudige elektronica en "
          "afvalmateriaal. In twee van de zes blokperiodes werken de kinderen niet alleen aan een onderzoeksvraag, "
          "maar ontwerpen ze ook een oplossing: een vogelhuis dat katten buiten houdt, een alarm voor een "
          "vergeten fietslamp. Twee stamgroepleiders begeleiden de proef en krijgen daarvoor elk 40 uur per jaar. "
          "In juni 2026 besluiten we met het team of we de makerplaats uitbreiden naar de middenbouw."),
    ("p", "Zo vernieuwen wij langs drie lijnen: continu verbeteren, fundamenteel veranderen en radicaal vernieuwen."),
    ("h2", "De wereld om de school heen"),
    ("p", "Kinderen leren ook buiten de school, en de wijk is ons verlengde klaslokaal. Met de kinderopvang in ons "
          "gebouw hebben we afspraken over een warme overdracht: de pedagogisch medewerker van de peuteropvang en "
          "de stamgroepleider van de onderbouw bespreken elk kind voordat het vier wordt, en de peuters komen "
          "twee keer kijken in de stamgroep. We werken met Bibliotheek op school van de Nieuwe Bibliotheek: een "
          "leesconsulent komt eens per maand en de schoolbibliotheek wordt jaarlijks aangevuld."),
    ("p", "De middenbouw gaat elke blokperiode minstens één keer naar de kinderboerderij aan de rand van de wijk. "
          "De bovenbouw leest eens per maand voor aan bewoners van het woonzorgcentrum om de hoek, en de bewoners "
          "zijn welkom bij de kerstviering. Met de wijkagent en het sociaal wijkteam hebben we twee keer per jaar "
          "overleg over de veiligheid rond de school en over gezinnen die hulp kunnen gebruiken."),

    ("h1", "4. Ambitieus – Hoog mikken, op eigen tempo"),
    ("h2", "Wat wij van kinderen verwachten"),
    ("p", "Jenaplan betekent niet dat ieder kind maar wat doet. We verwachten veel van kinderen, en we zeggen dat "
          "ook. In elke blokperiode stelt een kind vanaf groep 3 samen met de stamgroepleider een of twee "
          "groeidoelen op, bijvoorbeeld 'ik kan de tafels tot en met 10 zonder fouten' of 'ik lees een "
          "informatief boek van 60 bladzijden uit'. Bij het volgende kindgesprek kijken ze samen of het gelukt "
          "is."),
    ("p", "Ook als school leggen we de lat hoog. Op de doorstroomtoets van 2024 haalde 97 procent van onze "
          "leerlingen het niveau 1F voor lezen, 96 procent voor taalverzorging en 93 procent voor rekenen. Het "
          "niveau 2F/1S haalde 68 procent voor lezen, 61 procent voor taalverzorging en 41 procent voor "
          "rekenen. Dat ligt boven de signaleringswaarden, maar rekenen blijft achter bij wat we van onze "
          "leerlingen mogen verwachten. We willen in 2026 minimaal 45 procent op 1S voor rekenen. Daarvoor krijgt "
          "de bovenbouw vanaf 2024-2025 een vaste rekeninstructie van 45 minuten per dag, en gaat de "
          "rekencoördinator twee keer per jaar op lesbezoek."),
    ("p", "Bij het schooladvies kijken we naar wat een kind kan, niet naar wat er thuis of in de wijk gebruikelijk "
          "is. Twijfelen we tussen twee niveaus, dan geven we het hogere advies en zorgen we voor een goede "
          "overdracht aan de middelbare school. Wij geven elke dag het beste van onszelf, voor elk kind."),
    ("h2", "Zo bewaken we de kwaliteit"),
    ("p", "Bij het onderzoek van de inspectie bij ASG in 2022 kreeg De Linde het oordeel voldoende. Het pedagogisch "
          "klimaat werd als sterk punt genoemd; verbeterpunt was de afstemming van de instructie in de middenbouw. "
          "Daaraan hebben we in 2022-2024 gewerkt met klassenbezoeken en het groepsoverzicht met drie "
          "instructieniveaus. Onze opbrengsten liggen al vijf jaar boven de signaleringswaarden, en zo moet het "
          "blijven."),
    ("p", "Ons kwaliteitsbeleid volgt een vaste cyclus. Uit dit schoolplan leiden we elk jaar een jaarplan af, dat "
          "de MR in september ontvangt. Twee keer per jaar, in februari en juni, maakt de intern begeleider een "
          "trendanalyse van de toetsgegevens per stamgroep en per bouw, die het team in een teamvergadering "
          "bespreekt en vertaalt in afspraken voor de volgende periode. Eens per twee jaar nemen we met Werken met "
          "Kwaliteit vragenlijsten af bij ouders, kinderen van groep 6 tot en met 8 en het team; de laatste ronde "
          "was in 2023. De directeur en de intern begeleider leggen samen minimaal twee klassenbezoeken per "
          "stamgroepleider per jaar af met een kijkwijzer die we op de Jenaplan-kernkwaliteiten hebben gebaseerd. "
          "Afspraken per vakgebied leggen we vast in kwaliteitskaarten, die we eens per drie jaar herzien. Elk "
          "kwartaal rapporteert de directeur aan het bestuur; in het jaarverslag leggen we verantwoording af aan "
          "ouders en MR."),
    ("h2", "Een team dat blijft leren"),
    ("p", "Onze stamgroepleiders zijn allemaal bevoegd leerkracht basisonderwijs. Wie op De Linde komt werken, "
          "volgt binnen twee jaar een door de Nederlandse Jenaplan Vereniging erkende Jenaplanopleiding; de school "
          "betaalt de opleiding en geeft studieverlof. Van de huidige stamgroepleiders hebben er 13 het "
          "Jenaplandiploma; vier zijn ermee bezig. Daarnaast volgt het hele team vijf studiedagen per jaar, met "
          "onderwerpen die uit het jaarplan volgen. De intern begeleider en de bouwcoördinatoren volgen in "
          "2024-2025 de leergang 'Leren van data' van de ASG Academie."),
    ("p", "Sinds januari 2024 werkt er een zij-instromer in de bovenbouw. Zij volgt de zij-instroomroute van de pabo "
          "van Windesheim in Almere en wordt begeleid door een ervaren collega die daarvoor twee uur per week "
          "vrij is geroosterd. Zij heeft een vaste dag voor haar opleiding; het doel is dat zij in de zomer van "
          "2026 bevoegd is."),
    ("p", "De gesprekscyclus is voor iedereen gelijk: een startgesprek in september, twee klassenbezoeken, een "
          "ontwikkelgesprek in het voorjaar en eens in de drie jaar een beoordelingsgesprek. In het "
          "ontwikkelgesprek leggen we vast welke scholing nodig is voor de ontwikkeling van de school en voor de "
          "taak van de collega. De verslagen komen in het personeelsdossier."),
    ("p", "Werkdruk nemen we serieus. De werkdrukmiddelen gebruiken we, na een teambesluit, voor twee "
          "onderwijsassistenten en voor een vakleerkracht bewegingsonderwijs, zodat stamgroepleiders tijd "
          "overhouden voor voorbereiding. Collega's van 57 jaar en ouder kunnen hun uren duurzame inzetbaarheid "
          "opnemen als vrije dagen of inzetten voor minder pleinwacht; collega's met jonge kinderen kunnen hun "
          "studiedagen zoveel mogelijk op hun vaste werkdagen volgen. In het ASG-medewerkersonderzoek van 2023 "
          "gaf het team de werkdruk een 6,4. We willen in 2026 minimaal een 7."),
    ("p", "Wij staan niet alleen. De intern begeleider neemt deel aan het IB-netwerk van ASG, dat zes keer per jaar "
          "bijeenkomt, en de directeur aan het maandelijkse directeurenberaad van de PO-scholen. Het hele team "
          "gaat elk jaar naar de ASG-brede studiedag in oktober, waar we collega's van andere scholen ontmoeten. "
          "De bouwcoördinatoren nemen drie keer per jaar deel aan het regionale netwerk van Jenaplanscholen, waar "
          "ze materialen en ervaringen uitwisselen. In maart 2026 wil de werkgroep wereldoriëntatie op de "
          "ASG-brede studiedag een werkplaats verzorgen over onze WO-matrix en de makerplaats."),

    ("h1", "5. Onze doelen 2024-2028"),
    ("p", "Hieronder staan alle doelen voor deze planperiode bij elkaar. In de tweede kolom staat bij welk venster "
          "uit de koers van ASG het doel hoort; doelen die alleen uit onze eigen wensen voortkomen, hebben daar "
          "een streepje. De doelen worden verdeeld over de jaarplannen."),
    ("tabel", ["Doel", "Venster", "Wanneer gereed", "Hoe meten we het"], [
        ["Minimaal 45% van de leerlingen haalt 1S rekenen; 1F blijft voor alle drie de domeinen boven 95%",
         "Goed en toegankelijk onderwijs", "Juli 2026, daarna jaarlijks",
         "Uitslag doorstroomtoets groep 8; trendanalyse in juni"],
        ["Dagelijkse rekeninstructie van 45 minuten in de bovenbouw, met twee lesbezoeken per jaar door de "
         "rekencoördinator", "Goed en toegankelijk onderwijs", "Ingevoerd per augustus 2024",
         "Roosters; verslag lesbezoeken"],
        ["WO-matrix dekt alle kerndoelen oriëntatie op jezelf en de wereld binnen de driejaarscyclus",
         "Goed en toegankelijk onderwijs", "Juli 2027", "Controle van de matrix door de werkgroep WO"],
        ["Proef makerplaats in de bovenbouw uitgevoerd en geëvalueerd; besluit over uitbreiding",
         "Goed en toegankelijk onderwijs", "Juni 2026", "Evaluatie met kinderen en team; teambesluit"],
        ["Schoolondersteuningsprofiel herzien en op de website", "Goed en toegankelijk onderwijs",
         "December 2024", "Vastgesteld profiel, besproken in MR"],
        ["Minimaal 90% van de kinderen in groep 5-8 voelt zich veilig op school", "Goed en toegankelijk onderwijs",
         "Jaarlijks, maart", "Vragenlijst sociale veiligheid in ZIEN!"],
        ["Alle stamgroepleiders hebben het Jenaplandiploma", "Personeel in positie", "Juli 2027",
         "Overzicht diploma's in het personeelsdossier"],
        ["Zij-instromer in de bovenbouw is bevoegd", "Personeel in positie", "Juli 2026", "Behaald getuigschrift"],
        ["Werkdruk in het medewerkersonderzoek minimaal een 7", "Personeel in positie", "2026",
         "ASG-medewerkersonderzoek"],
        ["Werkplaats over WO-matrix en makerplaats op de ASG-brede studiedag", "De meerwaarde van ASG",
         "Maart 2026", "Werkplaats gehouden; verslag in het Lindeblad"],
        ["95% van de ouders neemt deel aan de driehoeksgesprekken", "Partnerschap", "Juli 2025",
         "Registratie in Parro"],
        ["Ouderpanel komt twee keer per jaar bijeen over het jaarplan", "Partnerschap", "Vanaf 2025",
         "Verslagen ouderpanel"],
        ["Kinderraad heeft een eigen budget en legt er verantwoording over af in de viering", "–",
         "Vanaf januari 2025", "Jaaroverzicht kinderraad"],
        ["Groen schoolplein rond de linde, met moestuin voor de onderbouw", "–", "Zomer 2026",
         "Oplevering; gebruik in de WO-lessen"],
    ], [5.5, 3.5, 2.8, 4.2]),

    ("h1", "6. Vaststelling"),
    ("p", "Het concept van dit schoolplan is op 16 april 2024 in het team besproken en op 23 april 2024 aan de "
          "medezeggenschapsraad voorgelegd. De medezeggenschapsraad heeft op 14 mei 2024 ingestemd met het "
          "schoolplan 2024-2028. Het College van Bestuur van ASG heeft het plan vastgesteld op 11 juni 2024."),
    ("p", "Namens het team: Anouk Verbeek, directeur. Namens de medezeggenschapsraad: Jeroen Dekker, voorzitter."),
]


def _render(doc, inhoud) -> None:  # type: ignore[no-untyped-def]
    for item in inhoud:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "h2":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "li":
            for regel in item[1]:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "tabel":
            tabel(doc, item[1], item[2], item[3])
            doc.add_paragraph("")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    taal_nl_stijlen(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "Anouk Verbeek"
    cp.last_modified_by = "Anouk Verbeek"
    cp.title = "Schoolplan 2024-2028 Jenaplanschool De Linde"
    cp.subject = "Schoolplan"
    cp.keywords = ""
    cp.comments = ""
    cp.created = VASTE_TIJD
    cp.modified = VASTE_TIJD
    cp.last_printed = VASTE_TIJD
    cp.revision = 1

    doc.add_heading(TITEL, level=0)
    for regel in VOORBLAD:
        doc.add_paragraph(regel)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "Schoolplan 2024-2028 – Jenaplanschool De Linde – pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    _render(doc, INHOUD)
    doc.save(path)
    deterministisch(path, VASTE_TIJD)
