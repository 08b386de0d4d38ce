# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van het Spinnaker Lyceum (havo/vwo met sportprofiel), Almere Poort.

Zelfstandig script: build(path) schrijft het plan als .docx met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

TITEL = "Schoolplan Spinnaker Lyceum 2024-2028"
DATUM = datetime.datetime(2024, 6, 21, 14, 5, 0)

# soorten blokken:
#   h1/h2: kop; p: alinea; vragen: lijst centrale vragen (cursief);
#   doelen: genummerde doelen (handmatig genummerd, per hoofdstuk opnieuw); bullets: opsomming
INHOUD = [
    ("h1", "Leeswijzer"),
    ("p", "Ons bestuur, de Almeerse Scholen Groep, heeft bij de koers een reeks centrale vragen "
          "gemaakt: de Koerswijzer. Die vragen zijn bedoeld als stappenplan voor een schoolplan. We hebben ze "
          "serieus genomen, maar niet één voor één beantwoord. Eenenveertig vragen achter elkaar leveren een "
          "document op dat niemand leest, en veel vragen overlappen. Daarom hebben we ze met de schoolleiding en "
          "de sectievoorzitters in groepjes gelegd. Elk hoofdstuk hieronder begint met de vragen die erin "
          "samenkomen en geeft daarna ons antwoord."),
    ("p", "Niet elk antwoord is even concreet. Bij sommige vragen weten we precies wat we gaan doen, met "
          "een jaartal erbij. Bij andere vragen hebben we vooral nagedacht over waar we staan, en vinden we het "
          "eerlijker om dat zo op te schrijven dan om doelen te verzinnen die we niet gaan halen. Aan het eind "
          "van elk hoofdstuk staan de doelen die we ons voor de periode 2024-2028 stellen, genummerd en met "
          "het jaar waarin we ze willen halen."),

    ("h1", "1. Ons vertrekpunt"),
    ("p", "Het Spinnaker Lyceum is een openbare school voor havo en vwo in het Olympiakwartier in Almere Poort, "
          "op fietsafstand van het Topsportcentrum. De school bestaat sinds 2009 en heeft zich vanaf het begin "
          "geprofileerd met sport. Op 1 oktober 2023 telden we 1.238 leerlingen: 652 in de havo-stroom en 586 "
          "in het vwo (atheneum). Er werken 114 mensen, samen 93,8 fte, van wie 81 docenten."),
    ("p", "Sport is bij ons geen extraatje. In de onderbouw kiest ongeveer de helft van de leerlingen voor de "
          "sportklas, met drie extra lesuren bewegen per week. In de bovenbouw kunnen leerlingen LO2 (havo) of "
          "BSM (Bewegen, Sport en Maatschappij) als examenvak kiezen; in het examenjaar 2023 deden 74 leerlingen "
          "examen in een van die vakken. Sinds 2016 zijn we een LOOT-school. In 2023-2024 hadden 92 leerlingen "
          "een topsportstatus van hun sportbond, onder meer in voetbal, basketbal, zwemmen, turnen, atletiek "
          "en zeilen."),
    ("p", "De resultaten zijn redelijk, niet meer dan dat. Het slagingspercentage was in 2023 87 procent op de "
          "havo en 91 procent op het vwo. Het bovenbouwsucces op de havo lag twee jaar achter elkaar net onder "
          "de inspectienorm. Bij het laatste onderzoek van de inspectie (2022) waren alle standaarden voldoende, "
          "met de opmerking dat de school de ondersteuning van topsporters goed regelt maar de ondersteuning van "
          "andere leerlingen minder systematisch."),

    # ---------------------------------------------------------------- hoofdstuk 2
    ("h1", "2. Binnenkomen, erbij horen en gehoord worden"),
    ("vragen", [
        "Hoe creëren we een cultuur van gastvrijheid op elke school/het servicebureau?",
        "Hoe bereiken we dat iedereen zich respectvol bejegend voelt?",
        "Hoe doen we recht aan de meningen van ouders, leerlingen, medewerkers en andere betrokkenen bij ASG?",
        "Welke communicatiemiddelen en communicatiestijl gebruiken we om ouders en leerlingen goed te informeren?",
    ]),
    ("h2", "Welkom zijn"),
    ("p", "Wie onze school binnenloopt, komt eerst bij de receptie, niet bij een pasjeslezer. Dat is een "
          "bewuste keuze. Sinds 2023 staat daar overdag een vaste medewerker en op drukke momenten een "
          "leerling uit de bovenbouw die als gastheer of gastvrouw bezoekers, nieuwe collega's en ouders "
          "opvangt. Die leerlingen doen dat als onderdeel van hun maatschappelijke stage. Nieuwe leerlingen "
          "beginnen het schooljaar met drie Spinnakerdagen: een dag op school, een dag op het water bij de "
          "zeilvereniging aan het Weerwater en een dag sport en spel met de hele jaarlaag. Nieuwe collega's "
          "krijgen een maatje uit een andere sectie en een rondleiding door de leerlingenraad."),
    ("h2", "Respect, op en naast het veld"),
    ("p", "In de sport is de regel simpel: je geeft de tegenstander een hand, ook als je verloren hebt. Die "
          "gedachte hebben we in 2022 samen met leerlingen uitgewerkt in de Spinnaker-code, vijf afspraken over "
          "hoe we met elkaar omgaan, die in elk lokaal en in elke kleedkamer hangen. Docenten LO bespreken de "
          "code elk jaar in de eerste les; mentoren komen erop terug in de mentorles na de herfstvakantie."),
    ("p", "Veiligheid vraagt bij een sportschool om een paar extra afspraken. Kleedkamers zijn een plek waar "
          "pesten en grensoverschrijdend gedrag ongezien kan blijven. Daarom hebben we een kleedkamerprotocol: "
          "een docent is altijd in de buurt, er worden geen telefoons gebruikt, en leerlingen die zich liever "
          "apart omkleden kunnen dat in twee aparte ruimtes. Externe trainers die op school met onze leerlingen "
          "werken, moeten een VOG overleggen en tekenen onze gedragscode. We hebben twee vertrouwenspersonen en "
          "een anti-pestcoördinator. Elk jaar in februari vullen alle leerlingen de veiligheidsmonitor van "
          "Kwaliteitscholen in; in 2023 voelde 91 procent zich veilig op school. De uitkomsten bespreken we in "
          "de leerlingenraad en in de MR."),
    ("h2", "Meningen en communicatie"),
    ("p", "Over deze twee vragen zijn we minder ver. We vinden het belangrijk dat ouders, leerlingen en "
          "collega's zich gehoord voelen, en we horen ook dat dat niet altijd lukt. Ouders krijgen informatie "
          "via Magister, via de e-mail, via de website en soms via de app van de sportclub, en het is voor hen "
          "niet altijd duidelijk waar ze wat moeten zoeken. Leerlingen zeggen dat ze wel gevraagd worden om "
          "hun mening, maar weinig terughoren wat ermee gebeurd is."),
    ("p", "We hebben daar in deze planperiode geen uitgewerkt antwoord op. Wel hebben we afgesproken dat we "
          "de communicatie als onderwerp meenemen bij de evaluatie van het schoolplan halverwege. Een school met "
          "twaalfhonderd leerlingen en hun ouders kan niet alles persoonlijk regelen, maar dat mag geen excuus "
          "zijn om het onpersoonlijk te doen."),
    ("h2", "Doelen"),
    ("doelen", [
        "2025: de Spinnakerdagen voor brugklassers zijn geëvalueerd met leerlingen en ouders; minstens 85 procent "
        "van de brugklassers zegt in de eerste enquête dat ze zich welkom voelden.",
        "2025: het kleedkamerprotocol en de gedragscode voor externe trainers zijn door alle trainers en alle "
        "docenten LO ondertekend.",
        "2026: het percentage leerlingen dat zich veilig voelt in de veiligheidsmonitor is minstens 93 procent, "
        "en in de kleedkamers minstens 90 procent (in 2023: 84 procent).",
    ]),

    # ---------------------------------------------------------------- hoofdstuk 3
    ("h1", "3. Ruimte voor verschil, ook als je twee levens leidt"),
    ("vragen", [
        "Hoe geven we ruimte aan de verschillen tussen leerlingen en medewerkers?",
        "Hoe zorgen we ervoor dat ons onderwijs goed aansluit op de leer- en zorgbehoeftes van de leerling?",
        "Hoe vergroten we ons inzicht in wat onze leerlingen nodig hebben?",
        "Hoe geven we invulling aan de identiteit van ASG in de school en hoe doen we recht aan het openbare "
        "karakter van ASG?",
    ]),
    ("p", "Een topsporter die om zes uur 's ochtends in het zwembad ligt en 's middags traint, leidt eigenlijk "
          "twee levens. Dat geldt op een andere manier ook voor een leerling met dyslexie, voor een leerling "
          "die thuis mantelzorger is of voor een leerling met autisme die de drukte in de aula niet trekt. "
          "Iedereen op onze school is waardevol en wordt gezien. In de praktijk betekent ruimte voor verschil "
          "vooral: goed weten wat een leerling nodig heeft en het rooster, de toetsen en de begeleiding daarop "
          "aanpassen waar dat kan."),
    ("h2", "Topsport en school"),
    ("p", "Voor leerlingen met een topsportstatus hebben we een topsportcoördinator (0,6 fte) die samen met de "
          "leerling, de ouders en de trainer een topsportplan maakt. Daarin staat welke lessen de leerling mag "
          "missen, hoe toetsen worden ingehaald en hoe het examen eventueel over twee jaar wordt gespreid. "
          "Sinds 2023 houden de topsportleerlingen wekelijks een korte belastingsscore bij (trainingsuren, "
          "slaap, schoolwerk) in een formulier dat de coördinator ziet. Als de score drie weken achter elkaar "
          "rood is, volgt een gesprek. Daarmee hebben we in het eerste jaar bij elf leerlingen een dreigende "
          "overbelasting op tijd gezien."),
    ("h2", "Ondersteuning voor iedereen"),
    ("p", "De inspectie had gelijk: voor topsporters was het beter geregeld dan voor andere leerlingen met een "
          "ondersteuningsbehoefte. Ons schoolondersteuningsprofiel is daarom in het voorjaar van 2024 herzien. "
          "De basisondersteuning omvat nu: mentoraat met een vast mentoruur per week, begeleiding bij dyslexie "
          "en dyscalculie (voorleessoftware, extra tijd, vergrote toetsen), huiswerkbegeleiding in het "
          "studiecentrum tot 16.30 uur en een faalangsttraining twee keer per jaar. Voor extra ondersteuning "
          "hebben we een ondersteuningscoördinator, een orthopedagoog (twee dagen per week) en de Haven, een "
          "rustige werkruimte voor leerlingen met autisme of andere prikkelgevoeligheid, bemand door een "
          "onderwijsassistent. In het profiel staat ook wat we niet kunnen: we hebben geen voorziening voor "
          "leerlingen die langdurig niet in een groep kunnen werken, en intensieve gedragsbegeleiding kunnen "
          "we niet bieden."),
    ("h2", "Zicht op de leerling"),
    ("p", "De mentor is de spil. Mentoren in de onderbouw hebben zes leerlingbesprekingen per jaar met het "
          "docententeam van hun klas, waarin we de cijfers uit Magister naast de signalen van docenten leggen. "
          "Vanaf 2024-2025 bespreken we in elke leerlingbespreking niet alleen de leerlingen die slecht staan, "
          "maar kort ook de leerlingen over wie niemand iets heeft gezegd: juist die groep valt anders tussen de "
          "wal en het schip. In de bovenbouw voeren mentoren twee keer per jaar een voortgangsgesprek met elke "
          "leerling over cijfers, profielkeuze en planning."),
    ("h2", "Het openbare karakter"),
    ("p", "Als openbare school staan wij open voor iedere leerling. Meer hebben we er in dit plan niet over "
          "op te schrijven."),
    ("h2", "Doelen"),
    ("doelen", [
        "2024: het herziene schoolondersteuningsprofiel is vastgesteld en op de website gepubliceerd.",
        "2025: elke leerlingbespreking in de onderbouw heeft het vaste onderdeel 'leerlingen over wie we niets "
        "horen'.",
        "2026: de belastingsmonitor voor topsporters is uitgebreid naar alle leerlingen in de sportklassen "
        "die bij een club trainen (ongeveer 300 leerlingen).",
        "2027: in de leerlingenquête zegt minstens 80 procent van de leerlingen met extra ondersteuning dat die "
        "ondersteuning helpt (nulmeting in 2025).",
    ]),

    # ---------------------------------------------------------------- hoofdstuk 4
    ("h1", "4. Wat een goede les is, en wat we leren"),
    ("vragen", [
        "Aan welke kwaliteitscriteria moet een les op een ASG-school voldoen om leren in verbinding mogelijk "
        "te maken?",
        "Op welke manier zorgen we ervoor dat ons curriculum toekomstgericht blijft?",
        "Hoe stimuleren wij een onderzoekende houding bij onze leerlingen en medewerkers?",
        "Hoe bevorderen wij eigenaarschap en ambitie bij onze leerlingen en medewerkers?",
    ]),
    ("h2", "De Spinnaker-les"),
    ("p", "In het schooljaar 2023-2024 hebben we met alle secties gesproken over de vraag wat een goede les "
          "bij ons is. Daar kwam een kijkwijzer uit met vijf kenmerken, die we de Spinnaker-les noemen:"),
    ("bullets", [
        "Het doel van de les is voor de leerling duidelijk en staat op het bord.",
        "De les begint actief: binnen vijf minuten zijn leerlingen aan het werk.",
        "Er wordt tijdens de les gecontroleerd of leerlingen het snappen, niet pas bij de toets.",
        "Leerlingen bewegen: er is minstens één moment waarop ze niet zitten.",
        "De les eindigt met een terugblik op het doel.",
    ]),
    ("p", "Het vierde kenmerk laat zien wie we zijn. We weten uit onderzoek dat korte beweegmomenten de "
          "concentratie helpen, en voor een school vol sporters is een lesuur van vijftig minuten stilzitten een "
          "vreemde zaak. De teamleiders gebruiken de kijkwijzer bij hun lesbezoeken; iedere docent krijgt er "
          "minstens één per jaar."),
    ("h2", "Het curriculum"),
    ("p", "Ons programma volgt de examenprogramma's en de kerndoelen voor de onderbouw. Binnen de havo en het "
          "vwo bieden we alle vier de profielen aan, met BSM en LO2 als keuzevak in de vrije ruimte. In de "
          "onderbouw gaan we de komende jaren verder. In 2024-2025 ontwikkelt een werkgroep van zes docenten het "
          "vak Sport & Gezondheid voor leerjaar 1 en 2: voeding, slaap, herstel, blessurepreventie en mentale "
          "weerbaarheid, gekoppeld aan biologie en LO. Vanaf 2025-2026 krijgen alle brugklassers dit vak één uur "
          "per week, ook de leerlingen die niet in de sportklas zitten. Tegelijk bouwen we digitale "
          "geletterdheid in, met een leerlijn in de onderbouw waarin leerlingen onder meer hun eigen "
          "sportprestaties meten, in een spreadsheet verwerken en leren hoe apps en wearables gegevens over hen "
          "verzamelen."),
    ("p", "Sport is ook in andere vakken een context die leerlingen aanspreekt. Bij natuurkunde analyseren "
          "leerlingen met Coach 7 videometing hun eigen sprint of sprong; bij wiskunde werken de vierde klassen "
          "statistiek uit met data van de eigen clubs; bij Engels schrijven ze een wedstrijdverslag. We willen dat "
          "in 2026 elke sectie minstens één lessenserie heeft waarin sport of bewegen de context is."),
    ("h2", "Onderzoekend en eigenaar"),
    ("p", "Een onderzoekende houding zien we vooral in het profielwerkstuk. Ongeveer een derde van de "
          "profielwerkstukken gaat over sport, vaak met eigen metingen bij de club. Verder vinden we dat een "
          "onderzoekende houding vooral ontstaat als docenten zelf nieuwsgierig zijn, en dat laat zich slecht "
          "in een doel vangen."),
    ("p", "Over eigenaarschap denken we verschillend. Topsporters plannen hun week van nature zelf, omdat ze "
          "moeten. Andere leerlingen hebben daar meer hulp bij nodig. We willen leerlingen uitdagen om meer uit "
          "zichzelf te halen, maar we hebben nog geen gezamenlijke aanpak gekozen."),
    ("p", "Burgerschap hoort hier ook bij. In een sportomgeving leer je samenwerken, winnen en verliezen, en "
          "je aan regels houden die je niet zelf hebt gemaakt. Dat is in onze ogen een vorm van burgerschap. "
          "We zijn eerlijk: we hebben dat nog niet bewust ingericht en we willen er de komende jaren verder "
          "over nadenken."),
    ("h2", "Doelen"),
    ("doelen", [
        "2024: de kijkwijzer Spinnaker-les is vastgesteld en bij alle docenten bekend.",
        "2025: iedere docent heeft minstens één lesbezoek met de kijkwijzer gehad; in 2026 voldoet 80 procent "
        "van de bezochte lessen aan alle vijf de kenmerken.",
        "2025: het vak Sport & Gezondheid start in leerjaar 1; in 2026 in leerjaar 2.",
        "2026: elke sectie heeft minstens één lessenserie met sport of bewegen als context.",
        "2027: de leerlijn digitale geletterdheid in de onderbouw is compleet en geëvalueerd.",
    ]),

    # ---------------------------------------------------------------- hoofdstuk 5
    ("h1", "5. Weten hoe we ervoor staan"),
    ("vragen", [
        "Hoe geven scholen in hun schoolplan inhoud aan het geven van goed en toegankelijk onderwijs?",
        "Hoe wordt het ASG-brede kwaliteitsbeleid vertaald en verankerd in de scholen, het servicebureau en het "
        "bestuur?",
        "Welke aanpassingen zijn eventueel nodig of wenselijk in de kwartaalrapportages en/of het "
        "managementinformatiesysteem om optimale sturing te faciliteren?",
        "Hoe zorgen we binnen ASG voor een kwaliteitscultuur waarin onderzoeken, reflecteren, leren en "
        "verbeteren de norm is?",
        "Hoe spreken we elkaar aan op gedrag en houding die nodig zijn om onze ambities te realiseren?",
    ]),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Dat moet blijken uit de resultaten. "
          "Een sportprofiel mag nooit een reden zijn om de lat lager te leggen: een leerling met een "
          "vwo-advies die ook topsporter is, doet bij ons vwo, eventueel in zeven jaar in plaats van zes. We "
          "stromen leerlingen niet af naar de havo omdat hun trainingsschema druk is, maar alleen als hun "
          "resultaten daar na een gesprek met leerling, ouders en mentor aanleiding toe geven."),
    ("h2", "Onze kwaliteitscyclus"),
    ("p", "De cyclus is eenvoudig opgebouwd. Elke sectie schrijft in september een sectieplan van twee "
          "pagina's met maximaal drie verbeterpunten. In oktober houdt de schoolleiding per sectie een "
          "resultatengesprek over de examenresultaten, het verschil tussen schoolexamen en centraal examen en "
          "de doorstroom. In januari en juni volgen de rapportvergaderingen, in maart de leerling- en "
          "oudertevredenheid via Kwaliteitscholen. De schoolleiding verwerkt dit in de kwartaalrapportage aan het "
          "bestuur en in het jaarverslag. Het jaarplan volgt uit de doelen in dit schoolplan."),
    ("p", "Voor de sturing gebruiken we het dashboard dat het servicebureau uit Magister maakt. Wat we missen, "
          "is een overzicht van de resultaten van sportklasleerlingen naast die van andere leerlingen. Die "
          "vergelijking maken we nu met de hand; we vragen het servicebureau om het op te nemen in het "
          "dashboard."),
    ("h2", "Cultuur en aanspreken"),
    ("p", "Over de laatste twee vragen hebben we lang gesproken. Een kwaliteitscultuur waarin reflecteren en "
          "verbeteren de norm zijn, kun je niet invoeren. Op een sportschool is feedback op het veld heel "
          "gewoon, maar in de lerarenkamer minder. Dat is een ambitie voor de langere termijn en we schrijven er "
          "in dit plan geen doel voor op. Hetzelfde geldt voor elkaar aanspreken: we vinden dat de schoolleiding "
          "hierin het voorbeeld moet geven."),
    ("h2", "Doelen"),
    ("doelen", [
        "2025: het bovenbouwsucces op de havo ligt weer boven de inspectienorm en blijft daar in 2026 en 2027.",
        "2025: de resultaten van sportklasleerlingen en topsporters zijn zichtbaar in het dashboard.",
        "2026: het slagingspercentage havo is minstens 90 procent (2023: 87) en het slagingspercentage vwo "
        "minstens 92 procent (2023: 91).",
        "2026: het verschil tussen het gemiddelde SE- en CE-cijfer is bij geen enkel vak groter dan 0,5.",
        "2028: bij het volgende inspectieonderzoek zijn alle standaarden voldoende en is de standaard "
        "'ondersteuning' beter dan in 2022 beoordeeld.",
    ]),

    # ---------------------------------------------------------------- hoofdstuk 6
    ("h1", "6. Vernieuwen zonder te verdwalen"),
    ("vragen", [
        "Hoe faciliteren we innovatie binnen ASG?",
        "Hoe worden de opbrengsten vanuit de verschillende innovatiegroepen geborgd en integraal vertaald voor "
        "ASG?",
    ]),
    ("p", "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van onze innovatiestrategie "
          "(continue veranderingen, fundamentele veranderingen, radicale veranderingen). Eerlijk gezegd zijn we "
          "vooral met de eerste horizon bezig: de basis verbeteren. Een school die twee jaar onder de norm zat "
          "op de havo, moet daar eerst iets aan doen. Dat betekent niet dat we stilstaan. Het betekent wel dat we "
          "kritisch zijn op vernieuwingen die veel tijd kosten en waarvan we niet weten wat ze opleveren."),
    ("p", "Er is één onderwerp waarin we wel iets nieuws willen proberen, omdat het zo nauw aansluit bij wie we "
          "zijn: slaap en herstel. Uit onderzoek naar tieners weten we dat hun biologische klok later loopt en "
          "dat een vroege start ten koste gaat van hun concentratie. Voor topsporters die 's ochtends trainen "
          "speelt dat nog sterker. In het voorjaar van 2024 hebben we een sportarts en een slaaponderzoeker van "
          "een universitair medisch centrum uitgenodigd voor een studiemiddag. Daaruit is een proef ontstaan: in "
          "2025-2026 beginnen de lessen in leerjaar 3 en 4 om 8.50 uur in plaats van 8.20 uur. We meten vooraf "
          "en achteraf hoeveel leerlingen te laat komen, hoe ze hun concentratie beoordelen en of de cijfers "
          "veranderen."),
    ("h2", "Doelen"),
    ("doelen", [
        "2025: de proef met een latere start in leerjaar 3 en 4 is voorbereid, met een nulmeting in het voorjaar.",
        "2026: de proef is geëvalueerd; de schoolleiding besluit voor 1 april 2026 of de latere start voor de "
        "hele school gaat gelden.",
    ]),

    # ---------------------------------------------------------------- hoofdstuk 7
    ("h1", "7. Een school waar docenten willen blijven"),
    ("vragen", [
        "Wat hebben scholen, teams, medewerkers nodig om zich betrokken te voelen bij ASG?",
        "Wat hebben medewerkers van ASG nodig om regie uit te kunnen oefenen op het verloop van hun eigen "
        "loopbaan?",
        "Is voor alle medewerkers duidelijk welke mogelijkheden er zijn voor mobiliteit en professionalisering "
        "binnen ASG?",
        "Hoe zorgen we ervoor dat het verzuim zo laag mogelijk blijft en dat welbevinden onderwerp van gesprek "
        "wordt?",
        "Hoe maken we een koppeling tussen Koers 22 en de vorm en inhoud van het aanbod van de ASG Academie?",
        "Hoe zorgen wij ervoor dat het aanbod van de ASG Academie aansluit bij de opdrachten die we onszelf "
        "geven?",
        "Welke mogelijkheden creëren wij binnen ASG voor het opleiden van leraren?",
        "Hoe geven onze medewerkers invulling en kleur aan het professioneel statuut van ASG?",
        "Hoe geven leidinggevenden en medewerkers invulling aan het individuele personeelsdossier?",
        "Wat doen we om de professionaliteit van ons personeel te verbeteren?",
    ]),
    ("p", "Dit is het hoofdstuk met de meeste vragen, en terecht: zonder goede docenten geen goede school. "
          "In Almere zijn vacatures voor natuurkunde, wiskunde, Duits en scheikunde moeilijk te vervullen. "
          "Op 1 oktober 2023 stonden elf docenten voor de klas zonder volledige bevoegdheid voor hun vak."),
    ("h2", "Opleiden en bevoegd worden"),
    ("p", "We zijn opleidingsschool in samenwerking met Hogeschool Windesheim en de Universiteit Utrecht. "
          "Elk jaar bieden we minstens veertien stageplaatsen aan "
          "leraren in opleiding, en daarnaast zes plaatsen aan studenten van de ALO van de Hogeschool van "
          "Amsterdam, die bij ons door het sportprofiel graag komen. We hebben twee schoolopleiders, samen 0,8 "
          "fte."),
    ("p", "Voor de elf onbevoegde docenten geldt een vaste afspraak: wie start zonder bevoegdheid, begint binnen "
          "een jaar aan een opleiding, krijgt een coach en vier uur per week vrij geroosterd voor studie. De "
          "kosten van de opleiding betaalt de school, met gebruik van de zij-instroomsubsidie waar dat kan. Ons "
          "doel is dat in 2028 niemand meer zonder bevoegdheid of zonder lopende opleiding voor de klas staat."),
    ("h2", "Leren als professional"),
    ("p", "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van "
          "bijeenkomsten, en het volgen cursussen en programma's van de ASG Academie. Bij ons krijgt iedere "
          "docent daarvoor een persoonlijk budget van 650 euro per jaar en één vrij te kiezen studiedag. Startende "
          "docenten volgen drie jaar ons inductieprogramma: in het eerste jaar een coach en maandelijkse "
          "begeleidingsgesprekken, in het tweede en derde jaar lesbezoeken door de schoolopleider en een eigen "
          "ontwikkelplan. Daarnaast "
          "volgen in 2024-2025 alle docenten van de onderbouw een training formatief handelen, die aansluit op "
          "het derde kenmerk van de Spinnaker-les."),
    ("h2", "Welbevinden en verzuim"),
    ("p", "Het ziekteverzuim was in 2023 6,4 procent, met een hoge meldingsfrequentie rond de toetsweken. "
          "We hebben de toetsweken daarom herzien: vanaf 2024-2025 zijn er drie in plaats van vier, en er mogen "
          "per dag hooguit twee toetsen worden afgenomen, zodat ook het nakijkwerk beter verspreid is. Het aantal "
          "plenaire vergaderingen gaat van acht naar vijf per jaar. Welbevinden is een vast punt in het "
          "jaargesprek."),
    ("p", "En omdat we een sportschool zijn, doen we wat we leerlingen ook aanraden: bewegen. Onder de naam "
          "Spinnaker Fit kunnen medewerkers twee middagen per week na de lessen gebruikmaken van de fitnessruimte, "
          "is er op dinsdag een lunchloop met de sectie LO en doen we één keer per jaar met het hele personeel mee "
          "aan de Almeerse estafetteloop. In 2023 deden 38 collega's regelmatig mee."),
    ("h2", "Loopbaan, statuut en dossier"),
    ("p", "Over loopbaanregie, mobiliteit, het professioneel statuut en het personeelsdossier hebben we "
          "gesprekken gevoerd met de PMR, maar we zijn nog niet tot keuzes gekomen. De gesprekscyclus bestaat, "
          "maar wordt door veel collega's als formeel ervaren. Het professioneel statuut is vastgesteld op "
          "bestuursniveau en wordt bij ons vooral in de secties ingevuld. We laten deze onderwerpen deze periode "
          "aan de afspraken van ASG over."),
    ("h2", "Doelen"),
    ("doelen", [
        "2025: alle docenten zonder bevoegdheid volgen een opleiding; in 2028 zijn er geen onbevoegde docenten "
        "meer zonder lopende opleiding.",
        "2025: elk jaar minstens veertien stageplaatsen voor leraren in opleiding en zes voor ALO-studenten.",
        "2026: het ziekteverzuim is gedaald naar hooguit 5 procent en de meldingsfrequentie naar hooguit 1,2.",
        "2026: minstens 50 collega's doen regelmatig mee aan Spinnaker Fit.",
        "2027: alle docenten hebben in twee opeenvolgende jaren aantoonbaar gebruikgemaakt van hun "
        "professionaliseringsbudget of studiedag.",
    ]),

    # ---------------------------------------------------------------- hoofdstuk 8
    ("h1", "8. Wat een groot bestuur ons brengt"),
    ("vragen", [
        "Hoe faciliteren we onze medewerkers om te delen en elkaar te ontmoeten?",
        "Welke studiedagen, ontmoetingen en professionaliseringsprogramma's zijn nodig voor de verschillende "
        "doelgroepen?",
        "Hoe verankeren en delen we de resultaten van leer- en ontwikkelgroepen?",
        "Hoe kunnen vaksecties en werkgroepen van verschillende scholen elkaar ondersteunen?",
        "Wat verwachten scholen van medewerkers van het servicebureau en vice versa?",
        "Hoe zorgen we ervoor dat ons onderwijsaanbod divers én dekkend blijft?",
        "Hoe kunnen de individuele talenten en expertise van onze medewerkers ingezet worden ten behoeve van ASG?",
    ]),
    ("p", "Deze vragen gaan in de kern over de vraag wat het betekent om onderdeel te zijn van een groot bestuur. "
          "We hebben daar in de schoolleiding een open gesprek over gehad, en het antwoord is minder eenduidig "
          "dan de vragen doen vermoeden."),
    ("p", "Aan de ene kant levert ASG ons veel op wat we niet zien omdat het gewoon werkt: de salarisadministratie, "
          "de juridische ondersteuning, de inkoop. Onze collega's bezoeken ASG-brede studiedagen en we weten het "
          "servicebureau te vinden. Ons sportprofiel is een van de kleuren in het ASG-aanbod, naast bijvoorbeeld "
          "tweetalig onderwijs, daltononderwijs en een gymnasium elders in de stad."),
    ("p", "Aan de andere kant merken we dat de verbinding tussen scholen vooral afhangt van personen. Als een "
          "docent toevallig iemand kent op een andere school, wordt er gedeeld; anders niet. Dat is geen verwijt, "
          "maar een vaststelling. Een lyceum met ruim twaalfhonderd leerlingen is groot genoeg om veel zelf te "
          "doen, en dat is tegelijk een valkuil."),
    ("p", "We hebben ervoor gekozen om in deze planperiode voor deze vragen geen eigen doelen op te schrijven. "
          "Wat er wel gebeurt, gebeurt op initiatief van het bestuur, en daar doen we aan mee. We komen hier bij de "
          "tussenbalans in 2026 op terug."),

    # ---------------------------------------------------------------- hoofdstuk 9
    ("h1", "9. Thuis, club en school"),
    ("vragen", [
        "Welke rol geven wij ouders bij de onderwijsontwikkeling van de school en het leerproces van hun kind?",
        "Hoe creëren we ruimte en betekenis voor medezeggenschap binnen ASG?",
        "Hoe vertaalt de samenwerking met partners uit de nabije omgeving van de school zich voor onze leerlingen?",
        "Welke regionale problemen kunnen we samen met andere partners aanpakken?",
        "Hoe zorgen we ervoor dat ASG zichtbaar is en blijft voor diverse gremia, zowel lokaal, regionaal als "
        "landelijk?",
    ]),
    ("h2", "Ouders"),
    ("p", "Bij veel van onze leerlingen staan er drie partijen om hen heen: de ouders, de school en de club. "
          "Dat kan schuren, bijvoorbeeld als een toernooi samenvalt met een toetsweek. Voor topsporters voeren "
          "we daarom aan het begin van het schooljaar een driegesprek met leerling, ouders en trainer, waarin het "
          "topsportplan wordt vastgelegd. Voor alle andere leerlingen houden we twee keer per jaar een "
          "driehoeksgesprek tussen mentor, leerling en ouders, waarin de leerling zelf vertelt hoe het gaat. "
          "Ouders kunnen daarnaast meedenken in het ouderpanel, dat vier keer per jaar bij elkaar komt; in "
          "2023-2024 heeft het panel meegelezen met de nieuwe toetsweekregeling."),
    ("h2", "Medezeggenschap"),
    ("p", "Onze MR heeft twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. Naast de gewone "
          "vergaderingen houdt de MR twee keer per jaar een themabijeenkomst met de schoolleiding, waarin we "
          "ideeën voorleggen voordat ze uitgewerkt zijn. In 2023-2024 ging dat over de latere begintijd en over de "
          "toetsweken. De leerlingenraad heeft sinds dit schooljaar een eigen budget van 2.500 euro per jaar en "
          "praat één keer per periode met de rector."),
    ("h2", "Partners en de buurt"),
    ("p", "Voor een sportschool zijn partners vanzelfsprekend. We werken samen met het Topsportcentrum Almere "
          "(trainingsfaciliteiten en sportmedische begeleiding), met de jeugdopleidingen van Almere City FC en "
          "de Almere Pioneers (afstemming van trainingstijden en reistijd), met de zeilvereniging aan het Weerwater "
          "en met de ALO van de Hogeschool van Amsterdam. Met deze partners houden we twee keer per jaar een "
          "overleg, waarin roosters, toernooien en examenperiodes op elkaar worden afgestemd."),
    ("p", "Dichter bij huis geven leerlingen met BSM in de bovenbouw sportclinics op zes basisscholen in "
          "Almere Poort, in samenwerking met de buurtsportcoaches van Sportbedrijf Almere. Voor hen is dat een "
          "praktijkopdracht van het examenvak; voor de basisscholen is het een extra gymles met jonge, "
          "enthousiaste trainers. In 2023-2024 waren dat 46 clinics."),
    ("h2", "Regionaal en landelijk"),
    ("p", "Als LOOT-school zijn we deel van het landelijke netwerk van topsporttalentscholen. Onze "
          "topsportcoördinator neemt deel aan de regiobijeenkomsten van de stichting LOOT, en in 2025 zijn wij "
          "gastheer van de regiobijeenkomst Noord-West. Over regionale problemen, zoals het lerarentekort, "
          "denken wij dat het bestuur de aangewezen partij is om het gesprek met gemeente en andere besturen te "
          "voeren. Daar hebben we als school geen eigen plannen voor."),
    ("h2", "Doelen"),
    ("doelen", [
        "2024: voor elke topsporter is er een driegesprek met ouders en trainer voor 1 november.",
        "2025: driehoeksgesprekken met de leerling erbij in alle leerjaren; in de oudertevredenheid 2026 "
        "scoort 'ik weet hoe het met mijn kind gaat' minstens een 7,5.",
        "2025: we zijn gastheer van de regiobijeenkomst van LOOT.",
        "2026: minstens 60 sportclinics per jaar op basisscholen in Almere Poort.",
        "2027: er is een schriftelijke samenwerkingsafspraak met alle vier de sportpartners over "
        "trainingstijden en toetsperiodes.",
    ]),

    # ---------------------------------------------------------------- hoofdstuk 10
    ("h1", "10. Tot slot: totstandkoming en vervolg"),
    ("p", "Dit plan is geschreven door de schoolleiding, op basis van twee studiemiddagen met het hele team "
          "(november 2023 en februari 2024) en gesprekken met de sectievoorzitters, de leerlingenraad en het "
          "ouderpanel. De MR is tijdens het schrijven als klankbord betrokken geweest en heeft in de vergadering "
          "van 4 juni 2024 over het concept gesproken. Op- en aanmerkingen van de MR zijn verwerkt."),
    ("p", "Het plan loopt van 1 augustus 2024 tot en met 31 juli 2028. Elk jaar zetten we de doelen van dat jaar "
          "in het jaarplan en leggen we in het jaarverslag verantwoording af over wat gelukt is. In het voorjaar "
          "van 2026 houden we een tussenbalans, waarin we ook terugkomen op de hoofdstukken waarin we bewust geen "
          "doelen hebben opgeschreven."),
    ("p", "Almere, juni 2024"),
    ("p", "Jeroen Wassenaar, rector\nSaskia Ofori-Mensah, conrector onderwijs"),
]


# ---------------------------------------------------------------------------
# Opmaak
# ---------------------------------------------------------------------------

def _taal_nl(doc):
    dd = doc.styles.element.find(qn("w:docDefaults"))
    if dd is None:
        return
    rpr = dd.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")


def _voettekst(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Schoolplan Spinnaker Lyceum 2024-2028   |   ")
    r.font.size = Pt(8)
    r2 = p.add_run()
    r2.font.size = Pt(8)
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        r2._r.append(el)



def _opslaan(doc, path):
    """Sla op met vaste tijdstempels in het zip-archief, zodat de uitvoer byte-gelijk blijft."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    stempel = (DATUM.year, DATUM.month, DATUM.day, DATUM.hour, DATUM.minute, DATUM.second)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stempel)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            zout.writestr(info, zin.read(item.filename))


def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.2)
    _voettekst(sec)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = "J. Wassenaar"
    cp.last_modified_by = "S. Ofori-Mensah"
    cp.comments = ""
    cp.created = DATUM
    cp.modified = DATUM
    cp.revision = 12

    # voorblad
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("Spinnaker Lyceum")
    r.bold = True
    r.font.size = Pt(30)
    r.font.color.rgb = RGBColor(0x0B, 0x3D, 0x91)
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2024-2028")
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    r = p.add_run("Onze antwoorden op de vragen van de koers")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    for regel in ("havo en vwo met sportprofiel  -  LOOT-school",
                  "Estafettelaan 12, 1363 JW Almere",
                  "BRIN 31FW",
                  "Almeerse Scholen Groep"):
        doc.add_paragraph(regel)
    doc.add_page_break()

    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "bullets":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "vragen":
            p = doc.add_paragraph()
            r = p.add_run("In dit hoofdstuk beantwoorden we de volgende vragen uit de Koerswijzer:")
            r.italic = True
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
            for v in blok[1]:
                q = doc.add_paragraph(style="List Bullet 2")
                rr = q.add_run(v)
                rr.italic = True
                rr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        elif soort == "doelen":
            for i, d in enumerate(blok[1], start=1):
                q = doc.add_paragraph()
                q.paragraph_format.left_indent = Cm(0.8)
                q.paragraph_format.first_line_indent = Cm(-0.6)
                nr = q.add_run("%d.  " % i)
                nr.bold = True
                q.add_run(d)
    _opslaan(doc, path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_150_spinnaker.docx")
