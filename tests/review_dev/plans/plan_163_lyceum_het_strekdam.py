# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 Lyceum Het Strekdam (havo/vwo, Almere Poort).

Opgemaakt zoals de directie het in Word maakte: kopjes zijn vetgedrukte
Normal-alinea's, geen kopstijlen. Doelen staan als lopende tekst in de hoofdstukken.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt


def _kop(doc, tekst, grootte=13):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(grootte)
    return p


def _sub(doc, tekst):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.italic = True
    return p


def _p(doc, tekst):
    return doc.add_paragraph(tekst)


def _bullets(doc, items):
    for it in items:
        doc.add_paragraph("- " + it)


INHOUD = [
    ("kop", "1. Vooraf"),
    ("p", "Voor u ligt het schoolplan van Lyceum Het Strekdam voor de schooljaren 2025-2026 tot en met "
          "2028-2029. Het plan geldt van 1 augustus 2025 tot 31 juli 2029. Het is geschreven in het voorjaar "
          "van 2025, na een jaar waarin we als school veel hebben gepraat: met leerlingen in de leerlingenraad "
          "en in klassenpanels, met ouders op twee thema-avonden, met het team op drie studiemiddagen en met de "
          "MR. Wat daar op tafel kwam, hebben we niet in de hokjes van een format gestopt. We hebben het geordend "
          "naar vijf thema's die voor ons herkenbaar zijn en die in de gesprekken steeds terugkwamen."),
    ("p", "Het plan is niet bedoeld als naslagwerk. Het is de afspraak die we met elkaar maken over waar we in "
          "2029 willen staan en hoe we daar komen. Elk jaar vertalen we het in een jaarplan, en elk jaar kijken we "
          "in het jaarverslag terug. Het bestuurlijke kader van de Almeerse Scholen Groep, Koers 22, heeft "
          "hierbij op de achtergrond meegelezen; in hoofdstuk 10 staat kort hoe onze thema's zich daartoe "
          "verhouden."),
    ("p", "Wij danken iedereen die heeft meegedacht. In het bijzonder de leerlingen van havo 4 die in februari "
          "2025 een middag lang de conceptdoelen hebben \u2018gesloopt\u2019: een aantal formuleringen in dit plan "
          "is van hen."),
    ("p", "Marieke Oudshoorn-Verbeek, rector\nJeroen Tjalsma, conrector onderwijs"),

    ("kop", "2. Wie we zijn en waar we staan"),
    ("p", "Lyceum Het Strekdam is een openbare school voor havo en vwo in Almere Poort, opgericht in 2011 als "
          "dependance en sinds 2014 zelfstandig. Op 1 oktober 2024 telden we 1.176 leerlingen: 512 in de "
          "onderbouw (brugklassen havo/vwo en vwo, leerjaar 2 en 3), 402 in havo 4 en 5 en 262 in vwo 4 tot en "
          "met 6. Er werken 104 mensen, samen goed voor 86 fte, van wie 78 docenten. Het BRIN-nummer is 31XK."),
    ("p", "De school groeit niet meer zo hard als tussen 2015 en 2021. Almere Poort is volgebouwd en het aantal "
          "aanmeldingen ligt sinds drie jaar stabiel rond de 225 brugklassers. Dat geeft rust, maar vraagt ook "
          "iets anders van ons: we hoeven niet meer elk jaar lokalen en docenten bij te zoeken en kunnen de "
          "aandacht verleggen naar de kwaliteit van wat er in de les gebeurt."),
    ("p", "Onze leerlingenpopulatie is gemengd. Ongeveer 40 procent van de leerlingen heeft ten minste \u00e9\u00e9n ouder "
          "die buiten Nederland is geboren; in de brugklas van 2024 spraken de leerlingen samen 31 verschillende "
          "thuistalen. Een op de vijf leerlingen komt uit Almere Haven, Amsterdam-West of Lelystad en reist dus "
          "elke dag een flink stuk."),
    ("sub", "Wat de cijfers zeggen"),
    ("p", "De inspectie heeft de school in maart 2023 bezocht in het kader van het vierjaarlijks onderzoek. Het "
          "eindoordeel was voldoende, met een goed voor het schoolklimaat en een herstelopdracht die inmiddels "
          "is afgerond: de afsluiting van het PTA havo was niet overal op orde. Op de onderwijsresultaten "
          "zitten we net boven de norm, maar met twee zwakke plekken. De onderbouwsnelheid is ruim voldoende "
          "(97,1 procent). De doorstroom in de bovenbouw havo is dat niet: van de leerlingen in havo 4 ging in "
          "2024 maar 81 procent direct door naar havo 5. Het slagingspercentage havo was 84 procent in 2024 "
          "(landelijk ongeveer 89); vwo zat met 93 procent goed. Het verschil tussen schoolexamen en centraal "
          "examen is bij havo voor vier vakken groter dan 0,5."),
    ("p", "In de tevredenheidspeiling van Kwaliteitsscholen (november 2024) gaven leerlingen de school een 6,7 "
          "en ouders een 7,3. Leerlingen waren positief over hun mentor en over de sfeer, en kritisch over de "
          "voorspelbaarheid van toetsen, over uitval van lessen en over \u2018saaie lessen waarin je alleen maar "
          "luistert\u2019. Op de vraag of ze zich veilig voelen op school antwoordde 79 procent positief; dat is "
          "lager dan we willen."),
    ("p", "Het ziekteverzuim onder personeel lag in 2024 op 6,4 procent, vooral door enkele langdurige "
          "ziektegevallen. Zeven docenten gaven les zonder bevoegdheid voor het vak dat ze gaven "
          "(peildatum 1 oktober 2024), vooral bij wiskunde, natuurkunde en Duits."),

    ("kop", "3. Waar we voor staan"),
    ("p", "Het Strekdam is genoemd naar de stenen dam die water in een vaste richting leidt. Dat beeld gebruiken "
          "we graag: een school is een plek die richting geeft zonder alles dicht te zetten. Wij willen dat "
          "onze leerlingen de school verlaten met een diploma dat past bij wat ze kunnen, en met het vermogen "
          "om zelf keuzes te maken en die uit te leggen. Wij geven altijd het beste van onszelf."),
    ("p", "Drie woorden vatten samen hoe we willen werken: helder, nieuwsgierig en samen. Helder, omdat "
          "leerlingen en ouders moeten weten waar ze aan toe zijn: wat er van ze verwacht wordt, wanneer er "
          "getoetst wordt en wat een cijfer betekent. Nieuwsgierig, omdat een lyceum een plek is waar je leert "
          "vragen te stellen. En samen, omdat geen docent, mentor of ouder het alleen kan."),
    ("p", "Als openbare school zijn we van en voor iedereen. Hoe we dat waarmaken, beschrijven we in hoofdstuk 5."),

    ("kop", "4. Thema 1: Lessen die de moeite waard zijn"),
    ("p", "Het eerste thema gaat over de kern: de les. De kritiek van leerlingen in de peiling en in de panels "
          "kwam op hetzelfde neer. Te veel lessen volgen hetzelfde patroon van uitleg, zelfstandig werken en "
          "huiswerk opgeven, en leerlingen weten vaak niet waar de les naartoe werkt. Tegelijk zien we in "
          "lesbezoeken sterke lessen, vooral in de secties aardrijkskunde, biologie en Engels. Daar willen we "
          "op voortbouwen."),
    ("sub", "Een gedeelde taal over goede lessen"),
    ("p", "In 2025-2026 stellen we met het hele team de \u2018Strekdamles\u2019 vast: vijf kenmerken van een goede les "
          "die voor elk vak gelden. Het vertrekpunt is het model van expliciete directe instructie dat de secties "
          "Engels en biologie al gebruiken, aangevuld met twee eisen van leerlingen zelf: het lesdoel staat aan "
          "het begin op het bord, en aan het einde van de les weet de leerling wat hij moet kunnen. Vanaf "
          "schooljaar 2026-2027 zijn de vijf kenmerken het kijkkader voor alle lesbezoeken, door de teamleider "
          "\u00e9n door collega's onderling. Ons doel is dat in de lesbezoeken van voorjaar 2027 in minstens 75 procent "
          "van de bezochte lessen alle vijf kenmerken zichtbaar zijn, en in 2029 in 90 procent."),
    ("sub", "Een onderbouw die klaar is voor de toekomst"),
    ("p", "Het onderbouwprogramma is sinds de start van de school nauwelijks veranderd. Vakken werken naast elkaar, "
          "digitale geletterdheid is afhankelijk van de docent die je treft en burgerschap zit verspreid over "
          "mens & maatschappij en mentoruren. Met het oog op de nieuwe kerndoelen voor de onderbouw, die vanaf "
          "2027 gaan gelden, herzien we het programma in twee stappen. In 2025-2026 maakt een werkgroep van acht "
          "docenten een leerlijn digitale geletterdheid en een leerlijn burgerschap voor de leerjaren 1 tot en met "
          "3, met per leerjaar vastgelegde onderdelen en toetsmomenten. In 2026-2027 wordt het nieuwe programma "
          "ingevoerd in leerjaar 1 en 2, in 2027-2028 in leerjaar 3. Voor de zomer van 2028 evalueren we het met "
          "leerlingen, docenten en de MR."),
    ("p", "We kiezen daarbij voor behoud van wat werkt. De methodes Nieuw Nederlands, Getal & Ruimte en Stepping "
          "Stones blijven de basis voor de kernvakken. Voor aardrijkskunde en geschiedenis stappen we in "
          "2026 over naar methodes met een digitaal deel dat ook op de Chromebooks werkt, zodat we niet langer "
          "twee systemen naast elkaar hoeven te beheren."),
    ("sub", "Strekdamuren: zelf kiezen in de onderbouw"),
    ("p", "Sinds 2023 draaien we een kleine proef met keuzewerktijd. In schooljaar 2025-2026 breiden we die uit "
          "naar vier klassen in leerjaar 2. Leerlingen hebben vier \u2018Strekdamuren\u2019 per week waarin ze zelf kiezen "
          "of ze extra instructie volgen, aan een project werken of verdieping zoeken. Ze leggen hun keuzes vast "
          "in een weekplanner in Magister en bespreken die elke twee weken met hun mentor. Blijkt uit de evaluatie "
          "in juni 2026 dat leerlingen er zelfstandiger van worden en dat de resultaten niet achteruitgaan, dan "
          "voeren we de Strekdamuren in 2026-2027 in voor heel leerjaar 1 en 2. Het besluit daarover ligt bij "
          "de schoolleiding, na advies van de sectievoorzitters en instemming van de MR."),
    ("sub", "Doorstroom en examens in de bovenbouw havo"),
    ("p", "De havo-bovenbouw is onze grootste zorg en onze eerste prioriteit. We nemen drie maatregelen. Ten "
          "eerste voeren we in havo 4 vanaf 2025-2026 een vaste studieles van twee uur per week in, gegeven door "
          "de mentor, waarin plannen, leren leren en het voorbereiden van toetsweken centraal staan. Ten tweede "
          "maken alle secties met een verschil tussen schoolexamen en centraal examen van meer dan 0,5 in 2025-2026 "
          "een analyse en een verbeterplan, dat de examencommissie beoordeelt. Ten derde spreken we af dat een "
          "leerling in havo 4 die na de tweede periode op drie of meer vakken onvoldoende staat, binnen twee weken "
          "een gesprek heeft met mentor, ouders en teamleider, met concrete afspraken die in Magister worden vastgelegd."),
    ("p", "Ons doel is dat de directe doorstroom van havo 4 naar havo 5 stijgt van 81 procent (2024) naar 85 "
          "procent in 2027 en 88 procent in 2029. Het slagingspercentage havo moet in 2027 minstens 88 procent zijn "
          "en in 2028 en 2029 boven het landelijk gemiddelde liggen. In 2028 heeft geen enkel havovak nog een "
          "verschil tussen SE en CE van meer dan 0,5. Voor vwo willen we het slagingspercentage van boven de 92 "
          "procent vasthouden."),
    ("p", "We leggen de lat bewust hoog, ook voor leerlingen met een gemengd advies. Leerlingen met een "
          "havo/vwo-advies starten standaard in een havo/vwo-brugklas en niet in de havo-klas, en aan het einde van "
          "leerjaar 2 bespreken we elke leerling die net onder de norm voor vwo zit afzonderlijk. In leerjaar 4 "
          "vwo bieden we vanaf 2026 het pre-universitaire programma van de Universiteit Utrecht aan; in 2029 "
          "nemen daar jaarlijks minstens 25 leerlingen aan deel."),

    ("kop", "5. Thema 2: Een school waar je jezelf kunt zijn"),
    ("p", "Het tweede thema gaat over het klimaat in de school: veiligheid, omgang, burgerschap en de betekenis "
          "van ons openbare karakter. We schrijven dit hoofdstuk mede naar aanleiding van de 79 procent in de "
          "veiligheidsvraag. Een op de vijf leerlingen die zich niet altijd veilig voelt, is voor ons te veel."),
    ("sub", "Veiligheid en omgang"),
    ("p", "In het najaar van 2025 herschrijven we de omgangscode, samen met de leerlingenraad. De huidige code "
          "stamt uit 2016 en spreekt vooral over wat niet mag. De nieuwe code beschrijft in gewone taal hoe we "
          "met elkaar omgaan, online en offline, en wat er gebeurt als iemand over de grens gaat. Elke mentor "
          "bespreekt de code in de eerste drie weken van het schooljaar met de klas. We stellen een "
          "anti-pestco\u00f6rdinator aan voor vier uur per week; die is vanaf januari 2026 het vaste aanspreekpunt "
          "voor leerlingen, ouders en collega's. Incidenten worden geregistreerd in Magister volgens \u00e9\u00e9n "
          "werkwijze, zodat we elk halfjaar kunnen zien wat er speelt."),
    ("p", "De sociale veiligheid meten we jaarlijks in november met de monitor van Kwaliteitsscholen. Ons doel "
          "is dat in 2027 minstens 85 procent en in 2029 minstens 90 procent van de leerlingen aangeeft zich "
          "veilig te voelen op school. Ook de fysieke veiligheid krijgt aandacht: in 2025-2026 wordt het "
          "ontruimingsplan herzien en oefenen we twee keer per jaar."),
    ("sub", "Elke leerling heeft iemand"),
    ("p", "Leerlingen noemen hun mentor als het sterkste punt van de school. Dat houden we vast en we maken het "
          "minder afhankelijk van de persoon. Vanaf 2025-2026 voert elke mentor v\u00f3\u00f3r de herfstvakantie een "
          "startgesprek van een kwartier met iedere leerling afzonderlijk: hoe gaat het, wat heb je nodig, wat "
          "wil je dit jaar bereiken. Daarna volgen er nog twee individuele gesprekken per jaar. De uitkomsten komen "
          "in een kort leerlingprofiel in Magister, dat ook de vakdocenten kunnen inzien. Zo weten docenten wie er "
          "in hun klas zit, ook als ze de leerling maar twee uur per week zien."),
    ("sub", "Gastvrij voor wie binnenkomt"),
    ("p", "Wie Het Strekdam binnenloopt, komt nu eerst langs een gesloten balie met een bel. In de verbouwing "
          "van de zomer van 2026 maken we van de entree een open ontvangstruimte, die onder schooltijd bemand "
          "wordt door een vaste medewerker en in de pauzes door leerlingen van de Strekdamcrew: vijftien "
          "bovenbouwleerlingen die bezoekers, nieuwe leerlingen en ouders ontvangen en rondleiden. Nieuwe "
          "collega's krijgen in hun eerste jaar een maatje uit een andere sectie en een introductiedag in "
          "augustus, waarop ze ook de conci\u00ebrge, de roostermaker en de zorgco\u00f6rdinator ontmoeten."),
    ("sub", "Burgerschap"),
    ("p", "Burgerschap is bij ons nu vooral het werk van de sectie mens & maatschappij en van enkele "
          "enthousiaste mentoren. Vanaf 2026-2027 ligt er een doorlopende leerlijn (zie thema 1) met drie "
          "vaste onderdelen per leerjaar. In de onderbouw zijn dat de mentorlessen over democratie en "
          "rechtsstaat, een debattoernooi in leerjaar 2 en een bezoek aan de gemeenteraad van Almere in "
          "leerjaar 3. In de bovenbouw voeren havo 4 en vwo 5 een maatschappelijk project uit van twintig uur bij "
          "een organisatie in Almere Poort (zie thema 5). Bij landelijke en gemeentelijke verkiezingen houden "
          "we een schoolverkiezing, voorbereid door de leerlingenraad. Een keer per jaar toetsen we in de "
          "sectievergadering mens & maatschappij of de leerlijn is uitgevoerd."),
    ("sub", "Ons openbare karakter"),
    ("p", "Openbaar betekent voor ons: iedereen is welkom en niemand hoeft zich te verstoppen. We besteden in alle "
          "leerjaren aandacht aan verschillende levensbeschouwingen; in leerjaar 2 volgen alle leerlingen een "
          "module levensbeschouwing van tien weken, waarin ook een moskee, een kerk en het Humanistisch "
          "Verbond Almere op bezoek komen of bezocht worden. Onze GSA (Gender & Sexuality Alliance), die in "
          "2023 door leerlingen is opgericht, krijgt een vast lokaal en een begeleidende docent voor twee uur "
          "per week. Bij feestdagen hanteren we de regel dat we geen enkele traditie vanzelfsprekend vinden: "
          "in de jaarkalender staan Suikerfeest, Divali, Chanoeka, Kerst en Keti Koti naast elkaar, en mentoren "
          "vragen leerlingen zelf te vertellen wat ze vieren. Docenten bespreken in een studiemiddag in 2025-2026 "
          "hoe ze omgaan met gevoelige onderwerpen in de klas, zoals het conflict in het Midden-Oosten; de "
          "afspraken daarover komen in het docentenhandboek."),

    ("kop", "6. Thema 3: Niemand tussen wal en schip"),
    ("p", "Het derde thema gaat over ondersteuning. Onze school biedt basisondersteuning en een beperkt aantal "
          "extra arrangementen. Onze school maakt deel uit van een dekkend netwerk van onderwijs- en "
          "zorgvoorzieningen in de stad, zodat alle leerlingen een passende onderwijsplek hebben."),
    ("sub", "Wat we wel en niet kunnen bieden"),
    ("p", "In het schoolondersteuningsprofiel dat de MR in mei 2025 heeft vastgesteld, staat precies wat een "
          "leerling bij ons kan verwachten. Dat is in de basis: een mentor, een decaan, twee "
          "ondersteuningsco\u00f6rdinatoren, een remedial teacher voor dyslexie en dyscalculie, faalangst- en "
          "examenvreestrainingen en de Steunpuntkamer waar leerlingen tijdelijk rustig kunnen werken. Extra "
          "ondersteuning bieden we aan leerlingen met ASS of AD(H)D die het niveau aankunnen maar structuur nodig "
          "hebben, met een vaste coach en een aangepast rooster. Wat we niet kunnen bieden, zeggen we ook: "
          "leerlingen die langdurig een \u00e9\u00e9n-op-\u00e9\u00e9nbegeleiding nodig hebben of die door gedrag de veiligheid van "
          "anderen structureel in gevaar brengen, kunnen we niet goed helpen. Voor hen zoeken we vroeg, samen met "
          "ouders, een andere plek. Het profiel wordt in 2027 opnieuw bekeken."),
    ("sub", "Zicht op wat leerlingen nodig hebben"),
    ("p", "We weten veel van onze leerlingen, maar de informatie zit verspreid: in het dossier van de basisschool, "
          "in de hoofden van mentoren, in e-mails. Vanaf 2025-2026 gebruiken we drie vaste bronnen. De "
          "warme overdracht met de basisscholen gebeurt in mei en juni voor iedere nieuwe brugklasser, met een "
          "gesprek voor elke leerling met een ondersteuningsbehoefte. In oktober nemen alle brugklassers de "
          "Cito VAS-toetsen voor Nederlands, Engels en rekenen af, die we in leerjaar 3 herhalen. En de "
          "leerlingbesprekingen in november en maart krijgen een vast format, waarin per leerling staat wat hij "
          "nodig heeft en wie wat doet. Doel is dat in 2027 van elke leerling met een ondersteuningsbehoefte een "
          "actueel ontwikkelingsplan in Magister staat, dat ouders en leerling hebben gezien en ondertekend."),
    ("sub", "Een passende route binnen de stad"),
    ("p", "Niet elke leerling zit bij ons op zijn plek, en ook dat hoort bij goed onderwijs. We werken met de "
          "mavo- en vmbo-scholen van ASG aan twee routes. Leerlingen die na de brugklas beter op een mavo passen, "
          "stromen vanaf 2026 over met een gezamenlijk overdrachtsgesprek en een meeloopdag, zodat de overstap "
          "geen afgang wordt. Andersom bieden we mavo-leerlingen met een 6,8 gemiddeld of hoger een "
          "schakelprogramma van zes middagen in het voorjaar van hun examenjaar, als voorbereiding op havo 4. In "
          "2024 stroomden 31 mavo-leerlingen bij ons in; van hen ging maar de helft door naar havo 5. Ons doel is "
          "dat in 2028 minstens 70 procent van de instromers zonder vertraging havo 5 haalt. Met de "
          "basisscholen in Almere Poort wisselen we elk jaar in januari gegevens uit over hoe hun oud-leerlingen het "
          "in de brugklas doen."),

    ("kop", "7. Thema 4: Mensen maken de school"),
    ("p", "Het vierde thema gaat over ons personeel. Een goede les staat of valt met een goede docent die de tijd "
          "en de ruimte heeft om zijn vak bij te houden. We hebben een jong team (gemiddelde leeftijd 39 jaar) "
          "met een kleine groep ervaren collega's die de school hebben opgebouwd."),
    ("sub", "Leren in leerteams"),
    ("p", "De secties werken vanaf 2025-2026 als leerteams. Elke twee weken is de dinsdagmiddag van 14.30 tot "
          "16.30 uur vrij van lessen en vergaderingen. Elk leerteam kiest aan het begin van het jaar \u00e9\u00e9n "
          "verbetervraag over de eigen lessen, bijvoorbeeld over feedback bij wiskunde of over de leesvaardigheid "
          "bij geschiedenis, en werkt daar een jaar aan met lesbezoeken bij elkaar en een korte evaluatie in juni. "
          "De leerteams presenteren hun uitkomsten aan elkaar op de studiedag in juni. Daarnaast nemen de "
          "secties wiskunde, Nederlands en Engels deel aan de vaknetwerken van ASG, waar docenten van "
          "verschillende VO-scholen toetsen en examenanalyses uitwisselen. Onze examensecretaris neemt deel aan "
          "het overleg van de examensecretarissen van de ASG-scholen; we willen in 2026 ons PTA-format "
          "afstemmen op dat van de andere ASG-lycea."),
    ("sub", "Professionalisering"),
    ("p", "Ieder personeelslid stelt jaarlijks een ontwikkeldoel op, dat in de gesprekscyclus wordt besproken. "
          "Het scholingsbudget van gemiddeld \u20ac 650 per fte wordt voor de helft besteed aan het schoolbrede "
          "thema (2025-2027: de Strekdamles en expliciete directe instructie, met de training van Marcel Schmeier) "
          "en voor de helft aan individuele scholing, waarvoor we eerst kijken naar het aanbod van de ASG "
          "Academie. Alle mentoren volgen in 2025-2026 de training \u2018Het goede gesprek\u2019 voor de nieuwe "
          "mentorgesprekken."),
    ("sub", "Bevoegd voor de klas"),
    ("p", "Van de zeven docenten die op 1 oktober 2024 onbevoegd lesgaven, zijn er vier al met een opleiding "
          "bezig. De andere drie starten uiterlijk in september 2026 met een lerarenopleiding of een "
          "zij-instroomtraject. Ze krijgen vier uur per week studieverlof en een vaste begeleider uit de eigen "
          "sectie. Als opleidingsschool in het partnerschap met Windesheim en de Hogeschool van Amsterdam "
          "begeleiden we elk jaar twaalf tot vijftien studenten; we willen dat in 2029 ten minste vier van de "
          "docenten die we dan aannemen, bij ons zijn opgeleid. Ons doel is dat in 2029 hooguit twee lesgevende "
          "collega's nog geen bevoegdheid hebben of in opleiding zijn."),
    ("sub", "Gezond blijven werken"),
    ("p", "We willen het verzuim terugbrengen van 6,4 procent (2024) naar 5,0 procent in 2027 en 4,5 procent in "
          "2029. Daarvoor houden we de toetsweken voortaan buiten de weken met rapportvergaderingen, zodat de "
          "werkdruk beter verdeeld is. Collega's kunnen in de jaartaak kiezen voor een vaste lesvrije ochtend. "
          "Bij terugkerend kort verzuim voert de teamleider na de derde melding in een jaar een verzuimgesprek, "
          "met de bedrijfsarts van ArboNed als dat nodig is. Het personeel kan op maandag- en donderdagmiddag "
          "gebruikmaken van de sportzaal, en sinds 2024 is er een fietsplan."),
    ("p", "Niet iedereen zit in dezelfde fase van zijn loopbaan. In de gesprekscyclus is vanaf 2025-2026 "
          "\u00e9\u00e9n keer per drie jaar een loopbaangesprek opgenomen, waarin ook de werkbelasting in de "
          "privésituatie aan bod komt: jonge ouders, mantelzorgers en collega's die richting pensioen gaan. Wat daaruit "
          "komt (bijvoorbeeld roosterwensen of een ander takenpakket) leggen we vast en nemen we mee in de "
          "jaartaakverdeling."),
    ("sub", "De gesprekscyclus"),
    ("p", "De jaarlijkse cyclus bestaat uit een startgesprek in september, ten minste \u00e9\u00e9n lesbezoek door de "
          "teamleider en \u00e9\u00e9n door een collega, en een ontwikkelgesprek in het voorjaar. Eens in de drie jaar "
          "is er een beoordelingsgesprek. In 2024 werd de cyclus maar bij 68 procent van de docenten afgerond. "
          "Vanaf 2025-2026 houden de teamleiders de voortgang bij in het personeelsdossier in AFAS, en bespreekt "
          "de schoolleiding de stand elk kwartaal. Ons doel is dat in 2026 minstens 90 procent en vanaf 2027 alle "
          "medewerkers de volledige cyclus hebben doorlopen."),

    ("kop", "8. Thema 5: De school, de ouders en de stad"),
    ("sub", "Ouders als partner"),
    ("p", "Ouders van middelbare scholieren zien hun kind minder vaak in de school dan op de basisschool, maar "
          "hun betrokkenheid blijft belangrijk voor het leren. We vervangen de tienminutengesprekken in de "
          "onderbouw vanaf 2025-2026 door driehoeksgesprekken van twintig minuten met leerling, ouder(s) en mentor, "
          "twee keer per jaar. De leerling bereidt het gesprek voor met een formulier waarin hij zelf zegt wat "
          "goed gaat en waar hij hulp bij nodig heeft. Ons doel is dat in 2026-2027 bij minstens 90 procent van "
          "de onderbouwleerlingen ouders bij ten minste \u00e9\u00e9n gesprek aanwezig zijn. Voor ouders die het "
          "Nederlands minder goed beheersen, regelen we een tolk via de tolkentelefoon of een collega."),
    ("p", "Daarnaast starten we in 2025-2026 een ouderpanel van twaalf ouders uit alle leerjaren, dat drie keer "
          "per jaar met de rector praat over een actueel onderwerp, zoals de toetsweken of het mobielbeleid."),
    ("sub", "Helder communiceren"),
    ("p", "Ouders klagen over de hoeveelheid berichten: mails van mentoren, berichten in Magister, een nieuwsbrief "
          "en soms een WhatsApp-groep. Vanaf augustus 2025 spreken we af dat alle berichten van school via "
          "Magister lopen en dat er \u00e9\u00e9n maandelijkse Strekdambrief is, in eenvoudig Nederlands en met een "
          "samenvatting in het Engels. WhatsApp-groepen tussen docenten en ouders stoppen we. Een mail of "
          "bericht van een ouder krijgt binnen twee werkdagen een antwoord. Cijfers staan uiterlijk tien "
          "schooldagen na een toets in Magister. De PTA's en het toetsrooster staan voor 1 oktober op de website, "
          "met een versie voor leerlingen in begrijpelijke taal. In de peiling van 2027 willen we dat ouders de "
          "informatievoorziening minstens een 7,5 geven (2024: 6,8)."),
    ("sub", "Medezeggenschap met inhoud"),
    ("p", "De MR van Het Strekdam bestaat uit vier personeelsleden, twee ouders en twee leerlingen. We willen "
          "dat de MR niet pas aan het einde een stuk ziet. Daarom bespreekt de schoolleiding elk voorgenomen "
          "besluit van enige omvang (zoals de Strekdamuren, het mobielbeleid en de formatie) eerst als "
          "verkenning met de MR, voordat er een voorstel ligt. De leerlingenraad krijgt een eigen budget van "
          "\u20ac 2.000 per jaar en vergadert vier keer per jaar met de conrector onderwijs. De leerlingenraad "
          "doet elk jaar ten minste \u00e9\u00e9n voorstel dat de schoolleiding binnen zes weken schriftelijk "
          "beantwoordt."),
    ("sub", "Partners in de buurt"),
    ("p", "Almere Poort is een jonge wijk met weinig voorzieningen voor tieners. De school werkt samen met de "
          "buurtsportcoach van Almere Poort (naschoolse sport in onze gymzalen op woensdagmiddag), met het "
          "wijkteam van De Schoor (een spreekuur op school op dinsdag), met de jeugdarts van de GGD Flevoland en "
          "met de Nieuwe Bibliotheek, die in de mediatheek twee keer per week een leesconsulent inzet. Voor "
          "het maatschappelijke project uit thema 2 sluiten we in 2025-2026 afspraken met ten minste tien "
          "organisaties in de wijk, waaronder zorgcentrum Sportlaan, de voedselbank en de kinderboerderij Poort. "
          "Voor de profielen Natuur & Gezondheid en Economie & Maatschappij zoeken we samen met het Flevoziekenhuis "
          "en het Almeerse ondernemersnetwerk naar meeloopdagen; in 2027 heeft elke leerling in havo 4 en "
          "vwo 5 ten minste \u00e9\u00e9n meeloopdag bij een bedrijf of instelling gedaan."),

    ("kop", "9. Hoe we weten dat het werkt"),
    ("p", "Een plan zonder controle blijft papier. Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni stelt "
          "de schoolleiding op basis van dit schoolplan het jaarplan op, met per thema twee of drie concrete "
          "doelen voor het komende jaar. Elke sectie maakt een sectieplan dat daarop aansluit. In november "
          "en maart bespreekt de schoolleiding de tussenstand met de teamleiders; in de kwartaalrapportage aan het "
          "bestuur staat dezelfde stand. In juli volgt het jaarverslag, dat we ook met de MR bespreken."),
    ("p", "We gebruiken daarvoor vaste bronnen: de resultaten uit Magister en Cumlaude (doorstroom, "
          "examenresultaten, SE-CE-verschillen), de Vensters-gegevens, de jaarlijkse peiling onder leerlingen, "
          "ouders en medewerkers van Kwaliteitsscholen, de lesbezoeken met het Strekdamles-kijkkader en de "
          "evaluaties van leerteams. Elk jaar in september houden we een kwaliteitsmiddag met de teamleiders en "
          "sectievoorzitters, waarin we de cijfers naast elkaar leggen en bepalen waar we bijsturen. In "
          "2027 laten we een collega-lyceum een interne audit uitvoeren op thema 1, als voorbereiding op het "
          "volgende inspectiebezoek."),
    ("p", "Halverwege de planperiode, in het voorjaar van 2027, maken we een tussenbalans van het hele plan. "
          "Dan stellen we zo nodig doelen bij; wijzigingen van betekenis leggen we opnieuw aan de MR voor."),

    ("kop", "10. Verhouding tot Koers 22"),
    ("p", "Het bestuur vraagt scholen te laten zien hoe hun plan zich verhoudt tot Koers 22. Wij hebben onze "
          "thema's niet naar de koers ingedeeld, maar de lijn is te volgen. Thema 1 en thema 3 sluiten aan bij "
          "goed en toegankelijk onderwijs, thema 4 bij personeel in positie en thema 5 bij partnerschap. Thema 2 "
          "geeft invulling aan gezien worden en open. Voor de meerwaarde van ASG hebben we in deze periode minder "
          "eigen ambities: we doen mee aan de vaknetwerken en werken met andere ASG-scholen aan doorstroomroutes."),

    ("kop", "11. Geld, gebouw en planning"),
    ("p", "De begroting voor 2025 sluit met een klein positief resultaat. De plannen in dit schoolplan worden "
          "betaald uit de reguliere lumpsum, het werkdrukbudget en een bestemmingsreserve "
          "voor onderwijsontwikkeling van \u20ac 120.000. De verbouwing van de entree (zomer 2026, begroot op \u20ac 185.000) "
          "is opgenomen in het meerjarenonderhoudsplan van ASG. Het aantal leerlingen blijft naar verwachting tot "
          "2029 tussen 1.150 en 1.200."),
    ("p", "Globaal ziet de planning er zo uit. In 2025-2026 ligt de nadruk op de havo-bovenbouw, de nieuwe "
          "mentorgesprekken, de omgangscode en het vaststellen van de Strekdamles. In 2026-2027 voeren we het "
          "nieuwe onderbouwprogramma in voor leerjaar 1 en 2, nemen we de Strekdamuren breed in gebruik en maken "
          "we de tussenbalans. In 2027-2028 volgt leerjaar 3 en herzien we het schoolondersteuningsprofiel. "
          "2028-2029 staat in het teken van borgen en van de voorbereiding van het volgende schoolplan."),

    ("kop", "12. Vaststelling"),
    ("p", "Dit schoolplan is besproken in de teamvergadering van 3 juni 2025. De medezeggenschapsraad heeft op "
          "17 juni 2025 ingestemd met het plan. Het bevoegd gezag, het College van Bestuur van de Almeerse "
          "Scholen Groep, heeft het plan vastgesteld op 1 juli 2025."),
    ("p", "Almere, 1 juli 2025"),
    ("p", "Namens de MR: Fatima el Khadir, voorzitter\nNamens de school: Marieke Oudshoorn-Verbeek, rector\n"
          "Namens het bevoegd gezag: College van Bestuur ASG"),
]


def build(path):
    path = str(path)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    rpr = normal.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")

    # voorblad met vetgedrukte Normal-alinea's
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Lyceum Het Strekdam")
    r.bold = True
    r.font.size = Pt(24)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Schoolplan 2025 \u2013 2029")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Richting geven zonder dicht te zetten").italic = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Openbare school voor havo en vwo \u2013 Almere Poort\nAlmeerse Scholen Groep\nVersie 1.2, juni 2025")
    doc.add_page_break()

    for soort, tekst in INHOUD:
        if soort == "kop":
            _kop(doc, tekst)
        elif soort == "sub":
            _sub(doc, tekst)
        else:
            _p(doc, tekst)

    cp = doc.core_properties
    cp.title = "Schoolplan Lyceum Het Strekdam 2025-2029"
    cp.author = "M. Oudshoorn-Verbeek"
    cp.created = datetime.datetime(2025, 6, 20, 10, 15, 0)
    cp.modified = datetime.datetime(2025, 7, 1, 9, 0, 0)
    cp.last_modified_by = "J. Tjalsma"
    cp.language = "nl-NL"
    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_163_lyceum_het_strekdam.docx")
