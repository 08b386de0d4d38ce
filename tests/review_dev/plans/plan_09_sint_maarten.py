"""Schoolplan van de Sint-Maartenschool (rooms-katholieke basisschool, Almere Haven).

Geschreven in Word zonder Koerswijzer: eigen thema's als hoofdstukken (Heading 1/2),
doelen als lopende tekst binnen elk thema, de planperiode alleen op het titelblad en
de instemming van de MR in het ondertekeningsblok aan het eind.
"""

import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt
from review_dev.docx_parts import page_field, taal_nl

TITEL = "Schoolplan Sint-Maartenschool"
AUTEUR = "Marieke Verhoeven"
AANGEMAAKT = datetime.datetime(2024, 5, 21, 9, 30, 0)
GEWIJZIGD = datetime.datetime(2024, 7, 3, 14, 5, 0)

COVER = [
    ("title", "Sint-Maartenschool"),
    ("sub", "Rooms-katholieke basisschool in Almere Haven"),
    ("sub", "Schoolplan 2024-2028"),
    ("motto", "Samen groeien onder één dak"),
    ("small", "Sint-Maartenschool · De Wierden, Almere Haven · BRIN 17QM · onderdeel van de Almeerse Scholen Groep"),
]

INHOUD = ("Inhoud: Voorwoord · Wie wij zijn · Thuis in de school · Leren dat ertoe doet · "
          "Een sterk team · Samen met de wijk · Zo houden we zicht op kwaliteit · Vaststelling")

# ("h1", tekst) / ("h2", tekst) / ("p", tekst) / ("li", tekst)
BLOKKEN = [
    ("h1", "Voorwoord"),
    ("p", "Beste lezer,"),
    ("p",
     "Voor u ligt het nieuwe schoolplan van de Sint-Maartenschool. We hebben het niet achter een bureau "
     "geschreven: op twee studiedagen bogen we ons met het hele team over de vraag wat voor school we "
     "willen zijn, de leerlingenraad vertelde wat beter kan en het ouderpanel wat ouders van ons "
     "verwachten. Ook de koers van ons bestuur, de Almeerse Scholen Groep, lag op tafel: die geeft de "
     "richting aan, wij kleuren haar in op onze eigen manier."),
    ("p",
     "Het plan volgt vier thema's die bij ons passen: Thuis in de school, Leren dat ertoe doet, Een sterk "
     "team en Samen met de wijk. Per thema staat wat we gaan doen en waaraan we merken dat het werkt. Elk "
     "jaar maken we er een jaarplan van; zo blijft het een werkdocument en geen boekwerk voor in de kast."),
    ("p", "We gaan er samen voor. Veel leesplezier!"),
    ("p", "Marieke Verhoeven, directeur"),

    ("h1", "Wie wij zijn"),
    ("h2", "Onze school"),
    ("p",
     "De Sint-Maartenschool staat sinds 1981 in De Wierden, een van de oudste wijken van Almere Haven. We "
     "zijn de enige rooms-katholieke basisschool binnen de Almeerse Scholen Groep (ASG). Op 1 oktober 2023"
     " telden we 248 leerlingen in tien groepen. Dat aantal daalt langzaam, want de wijk vergrijst."),
    ("p",
     "Onze kinderen komen uit gezinnen met heel verschillende achtergronden. Thuis worden ongeveer dertig "
     "talen gesproken; bij 22 procent van de kinderen is dat vooral een andere taal dan het Nederlands. "
     "Onze schoolweging is 32,1, terwijl het landelijk gemiddelde rond de 30 ligt. Veel kinderen krijgen "
     "thuis dus minder steun bij taal en schoolwerk, terwijl hun ouders heel graag willen dat ze het goed "
     "doen."),
    ("p",
     "In het team werken 24 mensen, onder wie zestien leerkrachten, een intern begeleider en drie "
     "onderwijsassistenten. Vijf collega's zijn ouder dan zestig, vier jonger dan dertig."),
    ("h2", "Katholiek en open"),
    ("p",
     "Onze naam verwijst naar Sint-Maarten, die zijn mantel deelde met een bedelaar. Delen en omzien naar "
     "elkaar: dat willen we kinderen meegeven. We werken met de methode Trefwoord, we vieren Kerst en "
     "Pasen, en op 11 november lopen we met lampionnen door de wijk en zamelen we producten in voor de "
     "Voedselbank Almere."),
    ("p",
     "Meer dan de helft van onze kinderen is niet katholiek. Kinderen uit islamitische, hindoestaanse, "
     "protestantse en niet-gelovige gezinnen zijn bij ons net zo thuis. Kinderen vertellen in de kring "
     "over hun eigen feesten, op de kalender in de hal staan ook het Suikerfeest en Divali, en groep 7 "
     "bezoekt elk jaar een moskee en een hindoetempel in Almere."),
    ("p", "Onze drie waarden zijn respect, vertrouwen en plezier."),
    ("h2", "Onze opdracht"),
    ("p",
     "Samen groeien onder één dak: dat willen we zijn. Bij ons is iedereen waardevol en wordt iedereen "
     "gezien. Kinderen leren hier lezen, schrijven en rekenen op een stevig niveau, en ze leren hoe je "
     "samenleeft met anderen. Na groep 8 gaan ze met zelfvertrouwen naar de middelbare school."),
    ("h2", "Wat we zien"),
    ("p",
     "Uit onze resultaten en de vragenlijsten van leerlingen, ouders en team springen een paar dingen "
     "eruit:"),
    ("li",
     "Lezen en taalverzorging gaan goed, maar rekenen blijft achter bij wat we van onze kinderen mogen "
     "verwachten."),
    ("li",
     "Ouders waarderen de sfeer, maar vinden de informatie soms versnipperd: briefjes, mails en berichten "
     "door elkaar."),

    ("h1", "Thuis in de school"),
    ("p",
     "Een kind dat zich thuis voelt, durft te leren. Daarom begint bij ons alles bij de manier waarop we "
     "kinderen en ouders ontvangen en hoe we ze leren kennen."),
    ("h2", "Welkom bij de deur"),
    ("p",
     "Vanaf kwart over acht staan de deuren open. De leerkracht staat bij de klasdeur en begroet ieder "
     "kind bij naam; op maandag en vrijdag staat de directeur bij de hoofdingang. Wie de school voor het "
     "eerst binnenloopt, wordt opgevangen door onze conciërge Ahmed, die de weg wijst en een kop koffie "
     "aanbiedt."),
    ("p",
     "Nieuwe ouders krijgen een rondleiding van twee 'schoolgidsen' uit groep 8 en daarna een gesprek met "
     "de directeur. Een kind dat halverwege het jaar instroomt, krijgt de eerste drie weken een maatje in "
     "de klas, en de leerkracht belt na de eerste week met de ouders om te horen hoe het thuis gaat."),
    ("h2", "Ieder kind in beeld"),
    ("p",
     "We willen dat elk kind zich gekend voelt, niet alleen de kinderen die opvallen. Twee keer per jaar "
     "voert de leerkracht met elk kind vanaf groep 3 een kindgesprek van tien minuten: waar ben je trots "
     "op, wat vind je moeilijk, wat heb je nodig van mij? In groep 1 en 2 doen we dat in kleine groepjes."),
    ("p",
     "Drie keer per jaar bespreekt de leerkracht met de intern begeleider de hele groep: hoe gaat het met "
     "het leren, de werkhouding en het welbevinden van ieder kind? We gebruiken daarbij de toetsen van "
     "Boom LVS, de observaties in ZIEN! en de kindgesprekken. Per kind leggen we in ParnasSys vast wat het"
     " de komende periode nodig heeft."),
    ("h2", "Veilig in en om de school"),
    ("p",
     "Elke week geven we in alle groepen een les van Kwink, onze methode voor sociaal-emotioneel leren. "
     "Kinderen oefenen daarin met emoties herkennen, samenwerken en voor jezelf opkomen. In de eerste "
     "weken van het schooljaar maakt elke groep samen de groepsafspraken."),
    ("p",
     "Joyce Kramer, leerkracht van groep 6, is onze anti-pestcoördinator; kinderen en ouders kunnen altijd"
     " bij haar terecht. Ons pestprotocol is in 2023 herschreven. In de pauzes lopen steeds twee "
     "volwassenen buiten, en het plein is verdeeld in zones, met een rustige hoek met tafels. Elk voorjaar"
     " vullen groep 5 tot en met 8 de monitor sociale veiligheid in; in 2023 voelde 93 procent zich "
     "veilig. Bij zorgen over de thuissituatie volgen we de meldcode; de intern begeleider is "
     "aandachtsfunctionaris."),
    ("p",
     "In 2025 wil minstens 95 procent van de kinderen in groep 5 tot en met 8 aangeven zich veilig te "
     "voelen op school en op het plein; dat meten we met de jaarlijkse monitor. In 2026 wil elk kind "
     "minstens één volwassene op school kunnen noemen bij wie het terecht kan; dat meten we met een extra "
     "vraag die we aan de monitor toevoegen."),
    ("h2", "Weten waar je aan toe bent"),
    ("p",
     "Ouders willen weten wat er op school gebeurt. Vanaf komend schooljaar gaat alle informatie via één "
     "kanaal, de app Parro: geen losse briefjes meer in de tas. Om de week verschijnt een korte "
     "nieuwsbrief, die ouders met één knop in hun eigen taal kunnen laten vertalen. Een vraag van een "
     "ouder beantwoorden we binnen twee werkdagen, ook als het antwoord is: 'Ik zoek het uit.' Bij een "
     "gesprek over zorgen of het schooladvies regelen we zo nodig een tolk."),
    ("p",
     "In 2026 wil minstens 85 procent van de ouders zeggen dat ze goed weten wat er in de groep van hun "
     "kind gebeurt (in 2023 was dat 68 procent); dat meten we met de oudervragenlijst, die we om het jaar "
     "afnemen."),

    ("h1", "Leren dat ertoe doet"),
    ("p",
     "We hebben hoge verwachtingen van onze leerlingen en van elkaar. Maar verwachtingen alleen leren een "
     "kind nog niet rekenen. In dit hoofdstuk staat hoe ons onderwijs eruitziet en wat we de komende jaren"
     " veranderen."),
    ("h2", "Een stevige basis"),
    ("p",
     "Ons aanbod dekt de kerndoelen van het primair onderwijs. Voor de basisvaardigheden gebruiken we "
     "Veilig leren lezen in groep 3, Staal voor taal en spelling, Nieuwsbegrip voor begrijpend lezen en "
     "Wereld in getallen 5 voor rekenen. In groep 4 tot en met 8 besteden we minimaal acht uur per week "
     "aan taal en lezen en vijf uur aan rekenen."),
    ("p",
     "Aan het eind van groep 8 haalt vrijwel ieder kind het niveau 1F: in 2023 96 procent voor lezen, 94 "
     "procent voor taalverzorging en 88 procent voor rekenen. Op niveau 2F/1S zitten we voor lezen (63 "
     "procent) en taalverzorging (55 procent) boven de signaleringswaarde, maar voor rekenen met 34 "
     "procent eronder. Bij het laatste inspectiebezoek, in 2022, was het oordeel voldoende. Rekenen is ons"
     " eerste speerpunt."),
    ("p",
     "Alle leerkrachten geven de rekeninstructie volgens het model van expliciete directe instructie "
     "(EDI): eerst voordoen, dan samen oefenen, pas daarna zelfstandig werken. In groep 5 tot en met 8 "
     "oefenen we elke dag tien minuten de tafels en de basisbewerkingen, en de rekencoördinator bekijkt na"
     " elke toetsronde met de bouw welke doelen blijven liggen."),
    ("p",
     "In 2026 wil minstens 45 procent van onze groep-8-leerlingen het niveau 1S voor rekenen halen; dat "
     "meten we met de doorstroomtoets, en tussentijds met de rekentoetsen van Boom LVS in groep 6 en 7."),
    ("h2", "Geen kind afschrijven"),
    ("p",
     "Kinderen die thuis minder taal meekrijgen, lopen het risico een lager advies te krijgen dan ze "
     "aankunnen. Alle kinderen krijgen daarom de verlengde instructie als ze die nodig hebben, maar ook de"
     " uitdagende opdrachten. Bij het schooladvies kijken we naar wat een kind kan worden, niet alleen "
     "naar de toetsen. Twijfelen we tussen twee adviezen, dan kiezen we het hogere en volgen we de "
     "overstap samen met de middelbare school."),
    ("h2", "Leren in thema's"),
    ("p",
     "Wereldoriëntatie geven we met Blink Wereld, in thema's die aardrijkskunde, geschiedenis, natuur en "
     "techniek verbinden. Elk thema begint met een muur vol vragen: wat weten we al, wat willen we weten? "
     "Kinderen nemen spullen en verhalen van thuis mee, en we kiezen voorbeelden uit hun eigen leven: het "
     "Weerwater, de verbouwing van het centrum van Haven, de telefoon in hun broekzak."),
    ("p",
     "Vanaf schooljaar 2025-2026 richten groep 5 tot en met 8 de middagen voor wereldoriëntatie anders in."
     " Twee units, groep 5-6 en groep 7-8, werken dan groepsoverstijgend aan hetzelfde thema. Na een "
     "gezamenlijke start werken kinderen in groepjes van verschillende leeftijden, in de klassen en op het"
     " leerplein in de hal. In 2024-2025 proberen we dit eerst uit met één thema per unit."),
    ("p",
     "In 2026 wil minstens 80 procent van de kinderen in groep 5 tot en met 8 de themamiddagen leuk en "
     "leerzaam vinden; dat meten we na elk thema met een korte vragenlijst en een kringgesprek, en de "
     "leerkrachten bespreken de uitkomsten in de bouwvergadering."),
    ("h2", "Klaar voor later"),
    ("p",
     "Kinderen groeien op met schermen. Ze moeten niet alleen een tablet kunnen gebruiken, maar ook "
     "begrijpen wat het met je doet. In 2025 heeft elke groep een vaste leerlijn digitale geletterdheid: "
     "kleuters programmeren met Bee-Bots, groep 5 en 6 oefenen met zoeken op internet, en in groep 7 en 8 "
     "gaat het over nepnieuws, privacy en groepsapps."),
    ("h2", "Burgerschap: meedoen"),
    ("p",
     "Burgerschap zit bij ons in hoe de school werkt. De leerlingenraad, met twee kinderen per groep uit "
     "groep 5 tot en met 8, vergadert elke maand met de directeur en beheert een eigen budget van 500 euro"
     " per jaar. In november is er de Week van de Kinderrechten, groep 8 speelt op het stadhuis een "
     "raadsvergadering na, en in de lessen van Trefwoord praten kinderen over vragen als: wat is eerlijk, "
     "en wat doe je als iemand anders denkt dan jij?"),
    ("h2", "Extra ondersteuning"),
    ("p",
     "Onze school valt onder het samenwerkingsverband Passend Onderwijs Almere. In ons "
     "schoolondersteuningsprofiel, dat op de website staat, beschrijven we welke ondersteuning we bieden. "
     "In het kort: iedere leerkracht werkt met drie instructieniveaus, en daarnaast bieden we:"),
    ("li", "begeleiding bij dyslexie volgens het landelijke protocol, met voorleessoftware vanaf groep 5;"),
    ("li",
     "een plusgroep, De Denktank, waarin kinderen die meer aankunnen een ochtend per week aan verdiepende "
     "opdrachten werken;"),
    ("li", "een taalgroep voor nieuwkomers, vier ochtenden per week onder leiding van een onderwijsassistent;"),
    ("li", "extra rekenhulp in kleine groepjes in groep 4 tot en met 6."),
    ("p",
     "Er zijn ook grenzen. Kinderen die de hele dag één-op-één begeleiding nodig hebben, of van wie het "
     "gedrag de veiligheid van andere kinderen ernstig in gevaar brengt, kunnen we niet altijd goed "
     "helpen. In zulke situaties zoeken we samen met de ouders naar wat het beste is voor het kind."),
    ("p",
     "In 2025 is ons schoolondersteuningsprofiel herzien en staat erin hoe we nieuwkomers begeleiden. In "
     "2026 kan de helft van de nieuwkomers na een jaar taalgroep de instructie in de eigen groep zonder "
     "extra hulp volgen; dat meten we met de taaltoetsen van de taalgroep."),

    ("h1", "Een sterk team"),
    ("p",
     "Goed onderwijs staat of valt met de mensen voor de klas. We willen een team waarin collega's van "
     "elkaar leren en elkaars kwaliteiten kennen."),
    ("h2", "Goed vakmanschap"),
    ("p",
     "Elk jaar doorloopt iedere collega dezelfde cyclus. In oktober is er een startgesprek met de "
     "directeur: waar ga je aan werken en wat heb je daarvoor van de school nodig? Daarna volgen twee "
     "klassenbezoeken, door de directeur en de intern begeleider, met onze EDI-kijkwijzer. In juni sluiten"
     " we af met een ontwikkelgesprek; eens in de drie jaar is dat een beoordelingsgesprek. De verslagen "
     "komen in het digitale personeelsdossier."),
    ("p",
     "Het hele team volgt in 2024-2025 vier bijeenkomsten over EDI bij het CED. Daarnaast volgt iedereen "
     "per jaar minstens één cursus of bijeenkomst die past bij de afspraken uit het startgesprek, bij de "
     "ASG Academie of daarbuiten. Startende leerkrachten doen mee aan het startersprogramma van de ASG "
     "Academie. In een scholingsoverzicht houden we bij wie wat gevolgd heeft."),
    ("p",
     "In 2025 geeft elke leerkracht de instructie volgens het EDI-model; dat meten we met de kijkwijzer "
     "bij de klassenbezoeken, en ons doel is dat 80 procent van de bezochte lessen op alle zes punten van "
     "de kijkwijzer voldoende scoort."),
    ("h2", "Van elkaar leren"),
    ("p",
     "Eens per maand is de bouwvergadering een leerbijeenkomst: twee collega's laten een stukje video van "
     "hun les zien en we bespreken samen wat werkte. De intern begeleider neemt deel aan het netwerk van "
     "intern begeleiders van het samenwerkingsverband. Wat wij zelf ontwikkelen, houden we niet voor "
     "onszelf: in het voorjaar van 2026 verzorgen we op de ASG-studiedag een workshop over onze units."),
    ("p",
     "Nieuwe inzichten halen we ook van buiten. Op het prikbord 'Gelezen & gezien' in de teamkamer hangen "
     "artikelen die collega's de moeite waard vonden, en in elke teamvergadering vertelt één collega in "
     "vijf minuten over iets nieuws dat ze tegenkwam. Twee keer per jaar gaat een groepje collega's kijken"
     " op een school die iets doet waar wij benieuwd naar zijn."),
    ("h2", "Ieders kwaliteit benutten"),
    ("p",
     "In ons team zitten een leesspecialist, een rekencoördinator, een gedragsspecialist en een specialist"
     " meer- en hoogbegaafdheid. Zij hebben twee uur per week voor hun taak, presenteren in september hun "
     "plannen aan het team en zijn het eerste aanspreekpunt op hun terrein. Bij de teamafsluiting in juli "
     "staan we stil bij wat zij hebben betekend."),
    ("h2", "Werk en leven"),
    ("p",
     "Het werk is niet in elke fase van je leven even makkelijk te combineren met de rest. Met de "
     "werkdrukmiddelen hebben we twee extra onderwijsassistenten aangesteld, zodat elke leerkracht eens "
     "per twee weken een ochtend zonder groep heeft. Vergaderingen zijn uiterlijk om vijf uur klaar, zodat"
     " collega's met jonge kinderen op tijd thuis zijn. Met collega's die richting hun pensioen gaan, "
     "kijken we welke taken nog passen."),
    ("h2", "Nieuwe collega's"),
    ("p",
     "Het is lastig om goede leerkrachten te vinden. We hebben nu twee zij-instromers en een "
     "leraarondersteuner die de pabo in deeltijd doet. Ieder van hen heeft een vaste coach uit het team en"
     " krijgt een halve dag per week vrij geroosterd voor de studie. Daarnaast begeleiden we elk jaar vier"
     " tot zes stagiairs van de pabo van Windesheim."),
    ("p",
     "Nieuwe collega's krijgen in hun eerste week een lijstje met wie ze waarvoor kunnen bellen: voor "
     "verlof, ziekte of salaris de HR-adviseur van het servicebureau van ASG, voor laptops en inloggen de "
     "ICT-servicedesk, en binnen de school de specialisten."),
    ("p",
     "In 2026 hebben onze beide zij-instromers hun bevoegdheid gehaald; dat volgen we in de "
     "ontwikkelgesprekken en met de voortgangsverslagen van de pabo."),

    ("h1", "Samen met de wijk"),
    ("p",
     "Kinderen leren niet alleen op school. Daarom zoeken we de samenwerking met ouders en met de mensen "
     "en organisaties om ons heen."),
    ("h2", "Ouders als partner"),
    ("p",
     "In de eerste weken van het schooljaar nodigt de leerkracht alle ouders uit voor een startgesprek, "
     "waarin ouders over hun kind vertellen. Vanaf groep 6 zit het kind zelf bij het rapportgesprek. Bij "
     "elk nieuw thema krijgen ouders via Parro een thuisblad met de belangrijkste woorden, zodat ze er "
     "thuis, in welke taal ook, over kunnen praten. Op woensdagochtend staat in de ouderkamer koffie "
     "klaar; eens per maand schuift de intern begeleider aan voor vragen over leren en opvoeden."),
    ("p",
     "In 2026 heeft minstens 90 procent van de ouders in september een startgesprek gehad; dat houden we "
     "bij in ParnasSys."),
    ("h2", "Samen onder één dak"),
    ("p",
     "In ons gebouw zit de peutergroep van Partou. Peuters die naar onze school komen, bezoeken in hun "
     "laatste maand een paar keer groep 1, en de pedagogisch medewerker draagt ieder kind persoonlijk over"
     " aan de kleuterleerkracht. Met de Bibliotheek Almere werken we samen in de Bibliotheek op school: "
     "een leesconsulent is om de week een dag bij ons en helpt leerkrachten bij het kiezen van boeken. De "
     "parochie helpt ons bij de vieringen met Kerst en Pasen."),
    ("h2", "De wijk in"),
    ("p",
     "Met De Wierden hebben we een band die we willen versterken. Groep 6 bezoekt elk jaar de bewoners van"
     " woonzorgcentrum De Wingerd voor een middag spelletjes en verhalen. Op donderdagochtend houdt een "
     "gezinscoach van De Schoor spreekuur op school, zodat ouders met vragen over geld, opvoeding of wonen"
     " niet ver hoeven."),
    ("h2", "Na groep 8"),
    ("p",
     "Veel van onze kinderen gaan naar een middelbare school van ASG. Groep 8 volgt in het voorjaar "
     "proeflessen op twee ASG-scholen: een vmbo-school en een brede scholengemeenschap. Met de "
     "brugklasmentoren hebben we een warme overdracht, en elk jaar in november bespreken we met hen hoe "
     "onze oud-leerlingen het doen en of ons advies paste."),
    ("p",
     "In 2027 zit minstens 90 procent van onze oud-leerlingen in het derde jaar van het voortgezet "
     "onderwijs op of boven het niveau van ons advies (nu 86 procent); dat meten we met de gegevens die de"
     " middelbare scholen ons sturen."),

    ("h1", "Zo houden we zicht op kwaliteit"),
    ("p", "We willen weten of wat we doen ook werkt. Daarvoor werken we met een vaste cyclus:"),
    ("li",
     "Elk jaar in juni maken we uit dit schoolplan een jaarplan; in het jaarverslag kijken we terug op wat"
     " gelukt is."),
    ("li",
     "In februari en juni analyseren de intern begeleider en de bouwen de toetsresultaten van Boom LVS, "
     "per groep en voor de school als geheel."),
    ("li",
     "Leerlingen vullen elk jaar een vragenlijst in over veiligheid en welbevinden; ouders en team doen "
     "dat om het jaar."),
    ("li",
     "Elk kwartaal bespreekt de directeur de voortgang met het bestuur. Eens in de vier jaar krijgen we "
     "een kwaliteitsbezoek van collega-directeuren en een kwaliteitsmedewerker van ASG."),
    ("p",
     "Wat de cijfers ons vertellen, bespreken we met het hele team. Niet om af te rekenen, maar om samen "
     "beter te worden: als de resultaten in een groep tegenvallen, kijken we met de bouw wat er in de "
     "lessen anders kan en proberen we dat een periode uit."),
]

VASTSTELLING_TEKST = [
    "Dit schoolplan is opgesteld door de directeur en het team van de Sint-Maartenschool.",
    "Vastgesteld door het bestuur van de Almeerse Scholen Groep op 2 juli 2024, na instemming van de "
    "medezeggenschapsraad van de Sint-Maartenschool op 17 juni 2024.",
]

HANDTEKENINGEN = [
    ("Namens het bestuur", "drs. H. Kolkman, lid College van Bestuur ASG"),
    ("Namens de medezeggenschapsraad", "R. Bakker, voorzitter"),
    ("Directeur", "M. Verhoeven"),
]


def _paginanummer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(p)


def build(path):
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.title = TITEL
    cp.author = AUTEUR
    cp.last_modified_by = AUTEUR
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = AANGEMAAKT
    cp.modified = GEWIJZIGD
    cp.revision = 7

    for soort, tekst in COVER:
        if soort == "title":
            p = doc.add_paragraph(tekst, style="Title")
        else:
            p = doc.add_paragraph()
            run = p.add_run(tekst)
            if soort == "sub":
                run.font.size = Pt(18)
                run.bold = True
            elif soort == "motto":
                run.font.size = Pt(14)
                run.italic = True
            else:
                run.font.size = Pt(9)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph(INHOUD)

    for soort, tekst in BLOKKEN:
        if soort == "h1":
            doc.add_heading(tekst, level=1)
        elif soort == "h2":
            doc.add_heading(tekst, level=2)
        elif soort == "li":
            doc.add_paragraph(tekst, style="List Bullet")
        else:
            doc.add_paragraph(tekst)

    doc.add_heading("Vaststelling", level=1)
    for tekst in VASTSTELLING_TEKST:
        doc.add_paragraph(tekst)
    for rol, naam in HANDTEKENINGEN:
        doc.add_paragraph("")
        p = doc.add_paragraph()
        p.add_run(rol + ":").bold = True
        doc.add_paragraph("Handtekening: ______________________________")
        doc.add_paragraph(naam)

    _paginanummer(doc.sections[0])
    doc.save(path)
