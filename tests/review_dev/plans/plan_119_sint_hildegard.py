"""Schoolplan 2025-2029 van katholieke basisschool Sint Hildegard (Almere Poort).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
Deterministisch: vaste datums in de documenteigenschappen, geen willekeur.
"""
import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

VASTE_DATUM = datetime.datetime(2025, 6, 16, 9, 30, 0)

KLEUR = RGBColor(0x6B, 0x2C, 0x5F)  # aubergine uit het schoollogo


# ---------------------------------------------------------------------------
# Inhoud
# ---------------------------------------------------------------------------
# Elk blok is een tuple: (soort, inhoud). Soorten: h1, h2, p, bullets, tabel.

INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van katholieke basisschool Sint Hildegard voor de schooljaren "
          "2025-2026 tot en met 2028-2029. We hebben het niet achter een bureau geschreven, maar in gesprek: "
          "met het team op drie studiedagen tussen januari en april 2025, met de kinderraad, met veertien "
          "ouders die op een dinsdagavond aanschoven bij onze koffietafel, en met de medezeggenschapsraad. "
          "Het plan beschrijft waar we nu staan, waar we over vier jaar willen zijn en hoe we daar komen. "
          "Elk jaar werken we de doelen uit in een jaarplan en kijken we in het jaarverslag terug."),
    ("p", "We hebben het plan opgebouwd rond vier thema's die ons team herkent: ons onderwijs, ons team, "
          "onze samenwerking met andere scholen van de Almeerse Scholen Groep en onze samenwerking met ouders, "
          "parochie en wijk. De kernwaarden van ASG (gezien worden, open, vooruitstrevend en ambitieus) staan "
          "niet in een eigen hoofdstuk. Ze moeten zichtbaar worden in wat we doen, dus u komt ze tegen op de "
          "plek waar ze in de praktijk horen."),
    ("p", "Elk hoofdstuk sluit af met een tabel met onze doelen. Per doel staat erin hoe we het meten en wat we "
          "aan het eind van de schooljaren 2025-2026, 2026-2027 en 2027-2028 willen bereiken; de kolommen "
          "2026, 2027 en 2028 staan voor juli van dat jaar. Het laatste planjaar, 2028-2029, gebruiken we om "
          "te borgen wat is bereikt en om het volgende schoolplan voor te bereiden."),
    ("p", "Marieke Verschuren, directeur"),

    ("h1", "1. Wie wij zijn"),
    ("h2", "1.1 Onze school in Almere Poort"),
    ("p", "Sint Hildegard staat sinds 2009 in het Columbuskwartier in Almere Poort. Op 1 oktober 2024 telden we "
          "312 leerlingen in dertien groepen. Het team bestaat uit 27 medewerkers: negentien leerkrachten, een "
          "intern begeleider, twee onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een conciërge, "
          "een administratief medewerker, een adjunct-directeur en de directeur. Sinds 2022 gebruiken we ook "
          "twee lokalen in de dependance aan de Odysseestraat."),
    ("p", "Onze schoolweging was in 2024 31,2, iets boven het landelijk gemiddelde, met een grote spreiding. "
          "Ongeveer 38 procent van de kinderen groeit meertalig op; de meest gesproken thuistalen naast het "
          "Nederlands zijn Engels, Pools, Arabisch, Papiaments, Twi en Portugees. Bijna de helft van de gezinnen "
          "is katholiek of christelijk; de andere gezinnen kiezen voor ons vanwege de nabijheid, de sfeer of "
          "de goede naam van de school. Almere Poort groeit nog steeds, vooral door de nieuwbouw in Duin. "
          "We verwachten daarom dat het leerlingaantal stijgt naar ongeveer 340 in 2028."),
    ("h2", "1.2 Waar we voor staan"),
    ("p", "Onze school is vernoemd naar Hildegard van Bingen, de twaalfde-eeuwse abdis die componeerde, "
          "schreef en planten en kruiden bestudeerde. Zij laat zien dat een mens veel verschillende talenten "
          "kan hebben. Daarom is ons motto: ieder kind een eigen licht. We willen dat elk kind bij ons ontdekt "
          "wat het kan en wie het is, in een gemeenschap waarin het zich gekend weet."),
    ("p", "Onze katholieke identiteit is te zien in de verhalen die we vertellen, in de vieringen rond "
          "Sint-Maarten, Advent, Kerstmis en Pasen en in de manier waarop we met elkaar omgaan. Tegelijk staat "
          "onze deur open voor kinderen van elk geloof en van geen geloof. Ons onderwijs rust op drie pijlers:"),
    ("bullets", [
        "Veilig: je mag er zijn zoals je bent, en je weet wat je van anderen mag verwachten.",
        "Samen: we leren van en met elkaar, kinderen én volwassenen.",
        "Uitdagend: we verwachten veel van je, en je krijgt de hulp die je nodig hebt om het te halen.",
    ]),
    ("h2", "1.3 Terugblik en uitgangssituatie"),
    ("p", "In het vorige schoolplan (2021-2025) hebben we expliciete directe instructie (EDI) in alle groepen "
          "ingevoerd. Het begrijpend lezen ging vooruit: bij de doorstroomtoets van 2025 haalde 72 procent van "
          "onze groep 8 het niveau 2F lezen, tegen 61 procent in 2022. Rekenen bleef achter: 89 procent haalde "
          "1F en 38 procent 1S. Het geïntegreerde wereldoriëntatie-onderwijs kwam maar half van de grond, "
          "omdat we in de coronajaren andere prioriteiten moesten stellen. De NPO-middelen, die we vooral "
          "hebben ingezet voor extra onderwijsassistentie, vallen vanaf augustus 2025 weg."),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie in november 2023 kreeg de school het "
          "basisarrangement zonder herstelopdrachten. De inspecteur noemde het zicht op ontwikkeling en de "
          "rust in de groepen als sterke punten. Uit de gesprekken met team, ouders en kinderraad haalden we "
          "deze verbeterpunten: het rekenonderwijs in de bovenbouw, meer samenhang in wereldoriëntatie, de "
          "werkdruk in het team en duidelijkere communicatie met ouders over wat er in de groep gebeurt."),

    ("h1", "2. Leren dat bij ieder kind past"),
    ("h2", "2.1 Wat onze kinderen bij ons leren"),
    ("p", "We werken met een vijf-gelijke-dagenmodel van 8.30 tot 14.15 uur en bieden 940 uur onderwijs per "
          "jaar. Het aanbod dekt de kerndoelen en is gericht op de referentieniveaus 1F en 2F/1S. We gebruiken "
          "deze methodes en programma's:"),
    ("bullets", [
        "Groep 1-2: spelend leren in thema's, met de leerlijnen jonge kind in ParnasSys als leidraad.",
        "Aanvankelijk lezen: Veilig leren lezen (KIM-versie); voortgezet en begrijpend lezen: Atlantis en "
        "Nieuwsbegrip, met dagelijks twintig minuten vrij lezen uit de schoolbibliotheek.",
        "Taal en spelling: Staal; Engels vanaf groep 1 met Take it easy.",
        "Rekenen: Getal & Ruimte Junior, aangevuld met Met Sprongen Vooruit voor inzicht en de Rekentuin "
        "voor automatiseren.",
        "Wereldoriëntatie en techniek: Blink Wereld, in thema's.",
        "Levensbeschouwing: Trefwoord; sociaal-emotionele ontwikkeling: Kanjertraining; relationele en "
        "seksuele vorming tijdens de Week van de Lentekriebels.",
        "Bewegingsonderwijs: twee lessen van 45 minuten per week door de vakleerkracht.",
        "Cultuureducatie: het cultuurmenu van De Kunstlinie, met elk jaar één voorstelling en één workshop "
        "per groep.",
    ]),
    ("p", "Vanaf schooljaar 2025-2026 werken de groepen 5 tot en met 8 twee middagen per week groepsdoorbrekend "
          "in Hildegard-ateliers. Een thema van Blink duurt zes weken. Kinderen kiezen een atelier (natuur, "
          "techniek, tijd of wereld), werken in gemengde groepjes aan een eigen vraag en presenteren hun "
          "werk aan ouders op een open middag. Leerkrachten begeleiden per atelier, niet per groep. Dit is "
          "voor ons team een nieuwe manier van werken; we voeren hem in stappen in en breiden hem in "
          "2027-2028 uit naar groep 3 en 4."),
    ("p", "We willen dat de thema's aansluiten bij wat kinderen bezighoudt. De kinderraad kiest daarom elk jaar "
          "twee van de acht thema's, en we verbinden thema's zoveel mogelijk met de wijk: de bouw van Duin, "
          "het Cityduinpark en het strand van Almere Poort. Digitale geletterdheid krijgt een eigen leerlijn "
          "op basis van de SLO-doelen, met mediawijsheid (MediaMasters in groep 7-8) en programmeren. We voeren "
          "die leerlijn in drie jaar in, van de bovenbouw naar de onderbouw."),
    ("h2", "2.2 Burgerschap en identiteit"),
    ("p", "Burgerschap is bij ons geen los vak. We oefenen het in de klas en op het plein. De kinderraad bestaat "
          "uit twee gekozen kinderen per groep 5 tot en met 8 en vergadert zes keer per jaar met de directeur. "
          "In 2024-2025 regelde de raad onder meer nieuwe afspraken over het voetbalveld. Kinderen voeren "
          "verkiezingscampagnes met posters en een verkiezingsdebat. In groep 7 en 8 volgen we de "
          "burgerschapslijn van Trefwoord en bezoeken we de gemeenteraad."),
    ("p", "Bij ons zitten kinderen met 23 nationaliteiten. Die verscheidenheid zien we als rijkdom, en we "
          "maken haar zichtbaar. In de vieringen is ruimte voor wat kinderen zelf meebrengen. In de "
          "vastentijd praten we ook over de ramadan, en ouders vertellen in de groepen over Divali, het "
          "Chinees Nieuwjaar of Keti Koti. Op 1 juli staat Keti Koti in alle groepen op het rooster. Ook bij "
          "het werven van nieuwe collega's letten we erop dat ons team de wijk weerspiegelt."),
    ("h2", "2.3 Een veilige school"),
    ("p", "Alle leerkrachten zijn gecertificeerd voor de Kanjertraining. Elk jaar in augustus frissen we de "
          "vijf Kanjerafspraken samen op. Die afspraken gelden niet alleen voor kinderen: ook volwassenen "
          "spreken elkaar respectvol aan. Bij een conflict tussen ouder en school voeren we binnen drie "
          "werkdagen een gesprek. De intern begeleider en een leerkracht uit de bovenbouw zijn samen "
          "anti-pestcoördinator; kinderen en ouders weten wie zij zijn via de website en de posters bij elk "
          "lokaal."),
    ("p", "We volgen de sociale veiligheid met ZIEN! (twee keer per jaar, door de leerkracht ingevuld) en met "
          "de jaarlijkse leerlingvragenlijst voor groep 5-8 uit Werken met Kwaliteit. In 2025 zei 94 procent "
          "van de kinderen dat zij zich veilig voelen. De uitkomsten bespreken we met het team en de MR en "
          "delen we met ouders. Het veiligheidsplan omvat het pestprotocol, de meldcode huiselijk geweld en "
          "kindermishandeling, het protocol sociale media en het ontruimingsplan. Zes medewerkers zijn BHV'er."),
    ("p", "Elk kind heeft twee keer per jaar, in oktober en maart, een kindgesprek van tien minuten met de "
          "eigen leerkracht: hoe gaat het, waar ben je trots op, wat wil je leren? Vanaf groep 6 bereidt het "
          "kind dit voor in zijn portfolio. In 2024-2025 lukte dat in ongeveer tachtig procent van de groepen; "
          "vanaf 2026-2027 plannen we de gesprekken vast in, met inval door de onderwijsassistent."),
    ("h2", "2.4 Ondersteuning: wat wij kunnen bieden"),
    ("p", "We werken handelingsgericht. Na de toetsperiodes van januari en juni maken leerkrachten een "
          "groepsoverzicht met de resultaten van Boom LVS, observaties uit ZIEN! en wat ouders en kind "
          "vertellen. Drie keer per jaar bespreekt de intern begeleider elke groep met de leerkracht. Zo "
          "weten we per kind wat het nodig heeft, en passen we instructie en oefentijd aan."),
    ("p", "In ons schoolondersteuningsprofiel (herzien in maart 2025) staat wat we bieden. Naast de "
          "basisondersteuning zijn dat:"),
    ("bullets", [
        "een dyslexieprotocol met extra leestijd vanaf groep 3 en begeleiding door de leesspecialist;",
        "de Sterrenklas: één ochtend per week voor ongeveer achttien kinderen die meer uitdaging nodig hebben, "
        "met daarnaast verrijkingswerk in de eigen groep;",
        "een gedragsspecialist (0,4 fte) die leerkrachten coacht en korte trajecten met kinderen doet;",
        "NT2-ondersteuning in kleine groepjes voor kinderen die korter dan twee jaar in Nederland zijn.",
    ]),
    ("p", "We zijn eerlijk over onze grenzen. Voor kinderen die de hele dag een-op-een begeleiding nodig hebben "
          "of intensieve medische zorg, kunnen we geen passende plek bieden. Dan zoeken we samen met ouders en "
          "het samenwerkingsverband Passend Onderwijs Almere naar een school die dat wel kan."),
    ("h2", "2.5 Zo bewaken we de kwaliteit"),
    ("p", "Kwaliteitszorg volgt bij ons een vaste jaarcyclus. In juni stellen we het jaarplan op, dat de MR "
          "in september bespreekt. In februari en juni houden we een opbrengstvergadering, waarin het hele team "
          "de trendanalyses van lezen, spelling en rekenen bespreekt en verbeterafspraken maakt. Met de "
          "kwaliteitskaarten van Werken met Kwaliteit (WMK-PO) beoordelen we elk jaar vier onderdelen van "
          "ons onderwijs, in een vaste volgorde over vier jaar. De directeur en adjunct bezoeken elke "
          "leerkracht twee keer per jaar met de EDI-kijkwijzer. In 2026 en 2028 houden we tevredenheidspeilingen "
          "onder ouders, kinderen en medewerkers. In juli schrijven we het jaarverslag."),
    ("p", "We hebben hoge verwachtingen van alle kinderen, ongeacht wat ze thuis meekrijgen. Onze schoolnormen "
          "liggen boven de signaleringswaarden van de inspectie. Bij het schooladvies kiezen we bij twijfel "
          "voor het hogere advies, en we volgen onze oud-leerlingen tot en met het derde jaar van het "
          "voortgezet onderwijs. In 2024 zat 83 procent van hen in het derde jaar op of boven het advies."),
    ("p", "Leren doen we ook als team. Iedere leerkracht doet twee keer per jaar een collegiale consultatie "
          "met een vaste kijkvraag. In de bouwvergaderingen bekijken we samen leerlingwerk en spreken we af "
          "wat we de volgende weken anders doen."),
    ("h2", "2.6 Onze doelen voor het onderwijs"),
    ("tabel", [
        ["Doel", "Indicator", "2026", "2027", "2028"],
        ["Rekenen in groep 8 versterken", "% leerlingen groep 8 met 1S rekenen op de doorstroomtoets "
         "(2025: 38%)", "40%", "45%", "50%"],
        ["Leesniveau vasthouden", "% leerlingen groep 8 met 2F lezen (2025: 72%)", "72%", "74%", "75%"],
        ["Sociale veiligheid", "% leerlingen groep 5-8 dat zich veilig voelt, WMK-vragenlijst (2025: 94%)",
         "95%", "95%", "96%"],
        ["Ieder kind gezien", "% leerlingen met twee kindgesprekken per jaar (2025: ca. 80%)", "90%", "100%",
         "100%"],
        ["Hildegard-ateliers", "Aantal groepsdoorbrekende thema's per jaar; betrokken groepen", "2 thema's, "
         "groep 5-8", "4 thema's, groep 5-8", "4 thema's, groep 3-8"],
        ["Digitale geletterdheid", "Leerlijn ingevoerd in de groepen", "groep 7-8", "groep 5-8", "groep 1-8"],
        ["Passend schooladvies", "% oud-leerlingen in leerjaar 3 vo op of boven het advies (2024: 83%)",
         "85%", "85%", "87%"],
        ["Kwaliteitszorg", "Aantal WMK-kwaliteitskaarten afgenomen en besproken volgens planning", "4", "4",
         "4"],
    ]),

    ("h1", "3. Een team dat blijft leren"),
    ("h2", "3.1 Ons team"),
    ("p", "Ons team is jong en oud tegelijk: zes collega's zijn jonger dan dertig, vier zijn zestig of ouder. "
          "Net als elders in Almere merken we het lerarentekort: in 2024-2025 stond een vacature voor groep 6 "
          "vijf maanden open. Twee collega's zijn zij-instromer en één leerkracht in groep 4 is nog niet "
          "bevoegd; zij volgt de deeltijdpabo bij Windesheim Flevoland. Ons personeelsbeleid richt zich "
          "daarom op drie dingen: goede mensen behouden, nieuwe collega's goed opleiden en de werkdruk "
          "beheersbaar houden."),
    ("h2", "3.2 Professionalisering"),
    ("p", "De teamscholing volgt de schooldoelen. In 2025-2026 volgen alle leerkrachten van groep 3 tot en met "
          "8 vier bijeenkomsten rekendidactiek met Met Sprongen Vooruit, gevolgd door klassenbezoeken van de "
          "rekencoördinator. In 2026-2027 staat digitale geletterdheid centraal, in 2027-2028 begeleiden in "
          "de ateliers. Daarnaast kiest iedere medewerker elk jaar in september een eigen ontwikkeldoel. Dat "
          "doel sluit aan bij het schoolplan, maar de vraag komt van de medewerker zelf. Binnen de "
          "planperiode volgt iedere leerkracht minstens één cursus of programma van de ASG Academie. We "
          "reserveren hiervoor 500 euro per fte per jaar, naast het individuele budget uit de cao."),
    ("h2", "3.3 Samen leren"),
    ("p", "We werken met drie professionele leergemeenschappen: rekenen, lezen en jonge kind. Elke groep komt "
          "zes keer per jaar bij elkaar, werkt aan een vraag uit de eigen praktijk en levert aan het eind van "
          "het jaar iets op voor het hele team, zoals een kijkwijzer, een aangepaste instructieaanpak of een "
          "leeslijst. Onze intern begeleider neemt deel aan het ASG-netwerk van intern begeleiders, en de "
          "directeur aan de leergroep van PO-directeuren."),
    ("h2", "3.4 Gesprekscyclus en begeleiding"),
    ("p", "Met elke medewerker voeren we een jaarlijkse cyclus van een startgesprek in september, een "
          "klassenbezoek, een voortgangsgesprek in februari en een jaargesprek in juni. Eens in de drie jaar "
          "is het jaargesprek een beoordelingsgesprek. Alles wordt vastgelegd in het digitale "
          "personeelsdossier. Nieuwe leerkrachten krijgen in hun eerste jaar een buddy, drie extra "
          "klassenbezoeken en een uur per week om bij collega's te kijken."),
    ("p", "Onbevoegde collega's en zij-instromers krijgen een studieplan en een coach, onze schoolopleider. Ze "
          "hebben twee uur per week studietijd binnen hun opdracht. Ons doel is dat alle drie vóór de zomer "
          "van 2027 bevoegd zijn."),
    ("h2", "3.5 Werkdruk en welbevinden"),
    ("p", "In de medewerkerspeiling van 2024 scoorde werkdruk een 6,4. De werkdrukmiddelen gebruiken we voor "
          "de vakleerkracht bewegingsonderwijs en een onderwijsassistent, zodat leerkrachten tijd krijgen "
          "voor voorbereiding en kindgesprekken. We houden rekening met de levensfase van medewerkers. "
          "Collega's met jonge kinderen kunnen hun studiedagen deels flexibel invullen. Met collega's van 57 "
          "jaar en ouder voeren we jaarlijks een gesprek over duurzame inzetbaarheid en de inzet van hun "
          "uren. Nieuwe taken zoals de ateliers voeren we pas in als er iets anders af kan; de MR denkt "
          "hierover mee."),
    ("p", "Talenten uit ons team zetten we ook buiten de school in. Sinds 2024 verzorgt onze gedragsspecialist "
          "op verzoek van andere ASG-scholen de opfristraining Kanjer voor hun teams. Vanaf 2026 is onze "
          "rekencoördinator trainer in het ASG-rekennetwerk. Hiervoor maken we uren vrij in het "
          "taakbeleid."),
    ("h2", "3.6 Onze doelen voor het team"),
    ("tabel", [
        ["Doel", "Indicator", "2026", "2027", "2028"],
        ["Werkdruk beheersbaar", "Score werkdruk in medewerkerspeiling (2024: 6,4)", "6,7", "-", "7,0"],
        ["Rekendidactiek", "% leerkrachten groep 3-8 dat de scholing volgde en twee keer door de "
         "rekencoördinator is bezocht", "100%", "-", "-"],
        ["Eigen ontwikkeldoel", "% medewerkers met een eigen ontwikkeldoel in het digitale dossier", "100%",
         "100%", "100%"],
        ["ASG Academie", "Aantal leerkrachten dat een Academie-programma afrondde (cumulatief)", "5", "11",
         "19"],
        ["Leergemeenschappen", "Aantal PLG-opbrengsten gedeeld met het team", "3", "3", "3"],
        ["Bevoegd voor de klas", "Aantal onbevoegde leerkrachten en zij-instromers zonder bevoegdheid "
         "(2025: 3)", "2", "0", "0"],
        ["Gesprekscyclus", "% medewerkers met volledige cyclus (start-, voortgangs- en jaargesprek)", "95%",
         "100%", "100%"],
    ]),

    ("h1", "4. Samen sterker binnen ASG"),
    ("p", "Sint Hildegard is een van de scholen van de Almeerse Scholen Groep. Tot nu toe haalden we weinig uit "
          "die samenwerking. Daar willen we in deze periode verandering in brengen, op vier punten."),
    ("p", "Ten eerste gaat onze werkgroep rekenen vanaf 2025-2026 samenwerken met de rekenwerkgroep van "
          "openbare basisschool De Zeilmaker, ook in Almere Poort. De twee werkgroepen komen drie keer per jaar "
          "bij elkaar en maken samen een leerlijn automatiseren voor groep 3 tot en met 6, met gezamenlijke "
          "oefenmaterialen. In 2026-2027 doen de werkgroepen jonge kind van beide scholen hetzelfde voor de "
          "overgang van groep 2 naar 3."),
    ("p", "Ten tweede willen we laten zien wat we leren. Onze PLG rekenen presenteert haar werk op de ASG-brede "
          "studiedag in het voorjaar van 2027, en de ervaringen met de ateliers delen we in 2028 in de "
          "leergroep van PO-directeuren."),
    ("p", "Ten derde willen we dat ons team de collega's op andere ASG-scholen leert kennen. Het hele team "
          "neemt deel aan de ASG-brede studiedag, nieuwe medewerkers gaan in hun eerste jaar naar ASG Start, en "
          "iedere leerkracht loopt binnen de planperiode ten minste één dagdeel mee op een andere ASG-school, "
          "bij voorkeur een school met een ander onderwijsconcept."),
    ("p", "Ten vierde werken we aan een betere overstap naar het voortgezet onderwijs. Kinderen van groep 8 "
          "volgen proeflessen op ASG-scholen voor voortgezet onderwijs. In juni voeren we voor elk kind een "
          "warme overdracht met de nieuwe mentor, en we vragen de resultaten van leerjaar 1 tot en met 3 "
          "terug. Ook binnen het basisonderwijs kijken we verder dan onze eigen school. Komt een kind bij ons "
          "niet tot zijn recht, dan verkennen we samen met ouders of een ASG-school met een ander concept "
          "beter past, zoals een dalton-, montessori- of jenaplanschool."),
    ("h2", "4.1 Onze doelen voor de samenwerking binnen ASG"),
    ("tabel", [
        ["Doel", "Indicator", "2026", "2027", "2028"],
        ["Gezamenlijke rekenleerlijn", "Leerlijn automatiseren groep 3-6 met De Zeilmaker", "concept",
         "ingevoerd", "geëvalueerd"],
        ["Werkgroepen in contact", "Aantal gezamenlijke werkgroepbijeenkomsten met De Zeilmaker", "3", "5",
         "5"],
        ["Delen wat we leren", "Presentaties op ASG-studiedag of in ASG-leergroep", "-", "1", "2"],
        ["Kijken bij een ander", "% leerkrachten dat een dagdeel meeliep op een andere ASG-school "
         "(cumulatief)", "30%", "65%", "100%"],
        ["Warme overdracht vo", "% leerlingen groep 8 met overdrachtsgesprek met de nieuwe mentor", "90%",
         "100%", "100%"],
    ]),

    ("h1", "5. Ouders, parochie en wijk"),
    ("h2", "5.1 Welkom op Sint Hildegard"),
    ("p", "Wie onze school binnenloopt, moet zich welkom voelen. Elke ochtend staat de directeur of de "
          "adjunct-directeur bij de hoofdingang. Nieuwe gezinnen krijgen een rondleiding van twee "
          "Hildegardgidsen uit groep 7 en een welkomstgesprek met de leerkracht. Ze krijgen ook een "
          "welkomstmap, die we vanaf 2025-2026 ook in het Engels, Pools en Arabisch hebben. Gezinnen die nieuw "
          "in Nederland zijn, koppelen we op verzoek aan een maatje-gezin uit dezelfde groep. Bezoekers en "
          "invalkrachten worden door de conciërge opgevangen en rondgeleid."),
    ("h2", "5.2 Ouders als partner"),
    ("p", "Ouders kennen hun kind het best. Daarom beginnen we elk schooljaar met een startgesprek tussen "
          "leerkracht, ouders en, vanaf groep 5, het kind zelf. In het voorjaar volgt een voortgangsgesprek. "
          "Bij elk Blink-thema krijgen ouders een thuisbrief met vragen om thuis over het thema te praten. "
          "De atelierpresentaties zijn open voor ouders. Eens per maand is er een koffieochtend met de "
          "directeur, steeds rond een thema dat ouders zelf aandragen."),
    ("p", "Ouders gaven aan dat ze niet altijd weten wat er in de groep gebeurt. Vanaf augustus 2025 zet "
          "iedere groep daarom elke vrijdag een kort weekbericht in Parro. De nieuwsbrief verschijnt om de "
          "twee weken. Vragen van ouders beantwoorden we binnen twee werkdagen. De resultaten van de "
          "doorstroomtoets, de veiligheidsmonitor en de tevredenheidspeiling publiceren we elk jaar in de "
          "nieuwsbrief en de schoolgids, met onze eigen uitleg erbij."),
    ("h2", "5.3 Medezeggenschap"),
    ("p", "De MR bestaat uit drie ouders en drie medewerkers en vergadert zes keer per jaar. We leggen "
          "voornemens in een vroeg stadium aan de MR voor, als concept en niet pas als het besluit klaar is. "
          "Elk jaar in september houden we een gezamenlijke avond van team en MR over het jaarplan. De "
          "ouderraad organiseert de vieringen en feesten samen met het team."),
    ("h2", "5.4 Parochie en wijk"),
    ("p", "Met de parochie in Almere Poort vieren we de Advents- en Paasvieringen; de pastor komt twee keer "
          "per jaar in de groepen. De voorbereiding op de eerste communie en het vormsel ligt bij de parochie; "
          "wij stellen er een lokaal voor beschikbaar."),
    ("p", "In de wijk werken we samen met:"),
    ("bullets", [
        "Kinderopvang Zonnepit, die de peuteropvang en buitenschoolse opvang in ons gebouw verzorgt. We "
        "werken vier keer per jaar aan hetzelfde thema en dragen peuters warm over naar groep 1.",
        "De Schoor: de schoolmaatschappelijk werker houdt elke dinsdagochtend spreekuur op school.",
        "De Nieuwe Bibliotheek Almere, met de bibliotheek op school en een leesconsulent voor zes uur per "
        "maand.",
        "De buurtsportcoach van de gemeente, die na schooltijd sportclinics op ons plein geeft.",
        "De jeugdverpleegkundige van de GGD Flevoland, die in groep 2 en 7 de gezondheidsonderzoeken doet.",
    ]),
    ("p", "Het lerarentekort lossen we niet alleen op. Samen met andere Almeerse schoolbesturen en Windesheim "
          "Flevoland zijn we opleidingsschool. Elk jaar bieden we vier pabostudenten een stageplaats, "
          "waarvan minstens één in het laatste jaar (LIO). Met goede begeleiding hopen we studenten aan "
          "Almere te binden: sinds 2022 zijn drie oud-stagiairs bij ons in dienst gekomen."),
    ("h2", "5.5 Onze doelen voor ouders en omgeving"),
    ("tabel", [
        ["Doel", "Indicator", "2026", "2027", "2028"],
        ["Ouders betrokken bij leren", "% gezinnen dat het startgesprek voert (2025: 86%)", "90%", "95%",
         "95%"],
        ["Duidelijke communicatie", "Waardering informatievoorziening in oudertevredenheidspeiling (2024: "
         "7,1)", "7,5", "-", "7,8"],
        ["Warm welkom", "Welkomstmap beschikbaar in vier talen; % nieuwe gezinnen met welkomstgesprek",
         "100%", "100%", "100%"],
        ["Vroeg in gesprek met de MR", "Aantal voornemens dat in conceptfase met de MR is besproken", "4",
         "4", "4"],
        ["Doorgaande lijn met Zonnepit", "% peuters met warme overdracht naar groep 1", "90%", "100%",
         "100%"],
        ["Samen opleiden", "Aantal stageplaatsen pabo, waarvan LIO", "4 (1)", "4 (1)", "5 (2)"],
    ]),

    ("h1", "6. Van plan naar praktijk"),
    ("p", "Dit schoolplan is de basis voor vier jaarplannen. In elk jaarplan staat welke doelen uit de tabellen "
          "we dat jaar oppakken, wie eigenaar is en wanneer we evalueren. De directie rapporteert elk kwartaal "
          "aan het College van Bestuur over de voortgang. In het jaarverslag in juli laten we zien wat is "
          "bereikt en wat we bijstellen. In het voorjaar van 2028 evalueren we het hele plan met team, "
          "ouders en kinderraad, als start voor het volgende schoolplan."),
    ("p", "Het concept van dit plan is op 20 mei 2025 besproken met de medezeggenschapsraad. De opmerkingen van "
          "de MR over de werkdruk bij de invoering van de ateliers hebben we verwerkt in de fasering. Het plan "
          "wordt in juni 2025 aangeboden aan het College van Bestuur van de Almeerse Scholen Groep."),
]


# ---------------------------------------------------------------------------
# Opmaakhulpjes
# ---------------------------------------------------------------------------

def _zet_taal(stijl, taal="nl-NL"):
    rpr = stijl.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), taal)
    lang.set(qn("w:eastAsia"), taal)


def _kopregel_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arceer(cel, kleur_hex):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur_hex)
    tcpr.append(shd)


def _paginanummer(paragraaf):
    run = paragraaf.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    einde = OxmlElement("w:fldChar")
    einde.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(einde)


def _tabel(doc, rijen):
    tabel = doc.add_table(rows=len(rijen), cols=len(rijen[0]))
    tabel.style = "Table Grid"
    tabel.alignment = WD_TABLE_ALIGNMENT.CENTER
    breedtes = [Cm(3.6), Cm(6.0), Cm(2.3), Cm(2.3), Cm(2.3)]
    for r, rij in enumerate(rijen):
        for k, tekst in enumerate(rij):
            cel = tabel.cell(r, k)
            cel.width = breedtes[k]
            cel.text = ""
            run = cel.paragraphs[0].add_run(tekst)
            run.font.size = Pt(9)
            if r == 0:
                run.bold = True
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                _arceer(cel, "6B2C5F")
    _kopregel_herhalen(tabel.rows[0])
    doc.add_paragraph()
    return tabel


def build(path):
    doc = Document()

    # Documenteigenschappen, vast en herhaalbaar
    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 KBS Sint Hildegard"
    cp.subject = "Schoolplan"
    cp.author = "M. Verschuren"
    cp.last_modified_by = "M. Verschuren"
    cp.comments = ""
    cp.keywords = "schoolplan; Sint Hildegard; Almere Poort"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_printed = VASTE_DATUM
    cp.revision = 7

    # Stijlen
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _zet_taal(normal)
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 13)):
        st = doc.styles[naam]
        st.font.name = "Calibri"
        st.font.size = Pt(grootte)
        st.font.color.rgb = KLEUR
        _zet_taal(st)

    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.3)
    sectie.top_margin = sectie.bottom_margin = Cm(2.2)

    # Voorblad
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph(style="Title")
    p.add_run("Schoolplan 2025 – 2029")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Katholieke basisschool Sint Hildegard")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = KLEUR
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Almere Poort").font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Ieder kind een eigen licht")
    r.italic = True
    r.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schooljaren 2025-2026 tot en met 2028-2029\nVersie juni 2025\n"
              "Columbusplein 14, 1363 LV Almere").font.size = Pt(10)

    # Inhoud in een nieuwe sectie met paginanummers
    nieuwe = doc.add_section(WD_SECTION.NEW_PAGE)
    nieuwe.footer.is_linked_to_previous = False
    voet = nieuwe.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan Sint Hildegard 2025-2029  |  pagina ").font.size = Pt(8)
    _paginanummer(voet)
    # voorblad zonder voettekst
    doc.sections[0].footer.is_linked_to_previous = False

    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "bullets":
            for item in inhoud:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "tabel":
            _tabel(doc, inhoud)
        else:
            raise ValueError(soort)

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_119_sint_hildegard.docx")
