"""Schoolplan 2019-2023 van katholieke basisschool De Vuurtoren (Almere Haven).

Een plan dat per kernwaarde en per venster een hoofdstuk heeft (Word-kopstijlen), dat de meeste
zinnen van het bestuur herhaalt met 'wij' of 'onze school', en dat maar voor een deel van de
doelen eigen acties noemt. Doelen in een kleine tabel; de MR heeft ingestemd.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

MOMENT = datetime.datetime(2019, 7, 9, 10, 0, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) -------------------------------------------

def taal_nl(doc) -> None:  # type: ignore[no-untyped-def]
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(end)


def tabel(doc, kop, rijen, breedtes=None):  # type: ignore[no-untyped-def]
    table = doc.add_table(rows=1, cols=len(kop))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, tekst in enumerate(kop):
        cel = table.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for rij in rijen:
        cellen = table.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    for rij in table.rows:
        for cel in rij.cells:
            for par in cel.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    if breedtes:
        for rij in table.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    return table


def deterministisch(path, when: datetime.datetime) -> None:  # type: ignore[no-untyped-def]
    with open(path, "rb") as f:
        data = f.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=stamp)
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as f:
        f.write(uit.getvalue())


# --- De tekst van het plan -----------------------------------------------------------------------
# ("h1", tekst) | ("h2", tekst) | ("p", tekst) | ("lijst", [regels]) | ("doelen", None) | ("pagina", None)

INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van katholieke basisschool De Vuurtoren voor de schooljaren "
          "2019-2020 tot en met 2022-2023. In dit plan beschrijven wij hoe onze school de komende vier "
          "jaar invulling geeft aan Koers 22: Leren in verbinding, de strategische koers van de "
          "Almeerse Scholen Groep (ASG). Wij hebben het plan opgebouwd langs de vier kernwaarden en de "
          "vier vensters van de koers, zodat het bestuur kan zien hoe de koers op onze school landt."),
    ("p", "Het plan is geschreven door de directie. Het team heeft meegedacht tijdens de studiedag van "
          "15 maart 2019, waar wij in groepjes de vragen van de ASG Koerswijzer hebben besproken. De "
          "opbrengst van die dag hebben wij verwerkt in de hoofdstukken hieronder. Het schoolplan is het "
          "kader voor onze jaarplannen: de doelen in hoofdstuk 11 werken wij ieder jaar verder uit."),
    ("p", "Wij danken iedereen die heeft meegelezen, in het bijzonder de collega's van de "
          "werkgroep schoolplan."),
    ("p", "Ellen Verbeek, directeur"),

    ("h1", "1. Onze school"),
    ("h2", "1.1 Gegevens"),
    ("lijst", [
        "Naam: katholieke basisschool De Vuurtoren",
        "Adres: Wierdenpad 8, 1357 AT Almere Haven",
        "BRIN-nummer: 31KX",
        "Bestuur: Almeerse Scholen Groep",
        "Directeur: Ellen Verbeek; adjunct-directeur: Thijs Koster",
        "Intern begeleider: Samira El Idrissi",
        "Aantal leerlingen op 1 oktober 2018: 298, verdeeld over 12 groepen",
        "Aantal medewerkers: 26",
    ]),
    ("h2", "1.2 De school en de wijk"),
    ("p", "De Vuurtoren staat sinds 1978 in De Wierden, een van de oudste wijken van Almere Haven. Het "
          "gebouw is in 2012 gerenoveerd en heeft twaalf groepslokalen, een speellokaal voor de kleuters "
          "en een aula die wij ook voor de vieringen gebruiken. Op woensdagmiddag is de aula een "
          "ontmoetingsplaats voor de seniorenvereniging uit de wijk. Naast het gebouw staat het paviljoen "
          "van de buitenschoolse opvang."),
    ("p", "Onze leerlingen komen vooral uit De Wierden, De Werven en Haven-Centrum. Het aantal "
          "leerlingen daalt licht: van 321 in 2015 naar 298 in 2018. De gemeentelijke prognose laat een "
          "stabilisatie rond 290 leerlingen zien. De ouderpopulatie is gemengd. Een deel van de ouders is "
          "hoger opgeleid en werkt in Amsterdam of het Gooi; een ander deel heeft weinig opleiding gehad. "
          "Ongeveer een op de zes leerlingen spreekt thuis naast Nederlands een andere taal."),
    ("p", "Wij werken met een vijf-gelijke-dagenmodel: alle groepen gaan van maandag tot en met vrijdag "
          "van 8.30 tot 14.15 uur naar school. De deuren zijn open vanaf 8.15 uur. De kinderen lunchen "
          "in de klas met hun leerkracht."),
    ("h2", "1.3 Identiteit en missie"),
    ("p", "De Vuurtoren is een katholieke school. Samen met kerkcentrum De Goede Rede in Almere Haven "
          "bereiden wij drie vieringen per jaar voor: in de adventstijd, rond Pasen en bij de afsluiting "
          "van het schooljaar. De lessen levensbeschouwing geven wij met Trefwoord. Alle kinderen doen mee "
          "aan deze lessen en aan de vieringen."),
    ("p", "Onze missie sluit aan bij die van ASG: samen kleur geven aan goed onderwijs. Op De Vuurtoren "
          "zeggen wij het zo: een licht voor ieder kind. Wij willen dat elk kind zich thuis voelt op "
          "school, dat het ontdekt waar het goed in is en dat het met zelfvertrouwen naar het voortgezet "
          "onderwijs gaat."),
    ("h2", "1.4 Terugblik op de vorige planperiode"),
    ("p", "In de periode 2015-2019 hebben wij het vijf-gelijke-dagenmodel ingevoerd (2016), een nieuwe "
          "rekenmethode gekozen (Wereld in Getallen 5, in gebruik sinds 2017) en het speellokaal "
          "vernieuwd. Het doel om het technisch lezen in groep 4 en 5 te verbeteren is gehaald; het doel "
          "om met alle groepen projectmatig te werken aan wereldoriëntatie is niet gehaald en schuiven wij "
          "niet door. Uit de tevredenheidspeiling van 2018 bleek dat ouders tevreden zijn over de sfeer "
          "(8,1) en minder over het schoolplein (6,2)."),

    ("h1", "2. Kernwaarde Gezien worden"),
    ("p", "Iedereen op onze school is waardevol en wordt gezien. Dat geldt voor de leerlingen, voor hun "
          "ouders en voor onze medewerkers. Onze schoolcultuur is gastvrij: iedereen voelt zich bij ons "
          "welkom, ook de bezoeker die voor het eerst binnenloopt. Wij zien wat onze leerlingen en "
          "medewerkers nodig hebben en wat het beste voor hen is."),
    ("h2", "2.1 Zicht op onze leerlingen"),
    ("p", "Wij hebben zicht op de onderwijsbehoeften van onze leerlingen en medewerkers. Om de "
          "ontwikkeling van de leerlingen te volgen gebruiken wij:"),
    ("lijst", [
        "KIJK! in de groepen 1 en 2, met twee registratiemomenten per jaar (november en mei);",
        "het Cito leerlingvolgsysteem voor technisch lezen, spelling, rekenen en begrijpend lezen in de "
        "groepen 3 tot en met 8 (januari en juni);",
        "ZIEN! voor het sociaal-emotioneel functioneren, in oktober en maart ingevuld door de leerkracht "
        "en vanaf groep 5 ook door de leerling zelf;",
        "de methodegebonden toetsen.",
    ]),
    ("p", "Drie keer per jaar (oktober, februari en juni) bespreekt de intern begeleider met iedere "
          "leerkracht zijn groep. In die groepsbespreking leggen wij de uitkomsten van de toetsen en van "
          "ZIEN! naast elkaar en maken wij afspraken over de instructie op drie niveaus. Leerlingen over "
          "wie de leerkracht zich zorgen maakt, komen daarna in de leerlingbespreking met de intern "
          "begeleider en, als dat nodig is, met de ouders."),
    ("h2", "2.2 Ruimte voor verschillen"),
    ("p", "Wij geven ruimte aan de verschillen tussen leerlingen en medewerkers. Iedereen mag zijn wie "
          "hij is. Wij streven naar een goede bejegening en naar gelijkwaardigheid in de verbinding die "
          "wij met de ander aangaan. Dit past bij onze katholieke identiteit, waarin aandacht voor de "
          "naaste centraal staat."),

    ("h1", "3. Kernwaarde Open"),
    ("p", "Onze school is open en eerlijk naar leerlingen, ouders, collega's en anderen met wie wij "
          "samenwerken. Wij gaan respectvol om met de mensen binnen en buiten onze school. In onze "
          "communicatie zijn wij transparant en toegankelijk. Met een open blik kijken wij naar de "
          "verscheidenheid van onze leerlingen en medewerkers. Wij staan open voor mensen met "
          "verschillende culturen, religies en achtergronden."),
    ("p", "Hoe wij in de dagelijkse praktijk werken aan een respectvolle omgang met elkaar, staat in "
          "paragraaf 6.4 over veiligheid. Voor de manier waarop wij ouders informeren, verwijzen wij naar "
          "de schoolgids, die ieder jaar in augustus verschijnt."),

    ("h1", "4. Kernwaarde Vooruitstrevend"),
    ("p", "Onze school is in beweging. Wij hebben lef en durven te experimenteren. Wij werken met "
          "innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering, en wij zijn "
          "nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Net als ASG "
          "geven ook wij ons onderwijs gericht inhoud langs de drie horizonten van de innovatiestrategie: "
          "continue veranderingen, fundamentele veranderingen en radicale veranderingen."),
    ("p", "Wij willen de komende jaren verkennen welke vernieuwingen bij onze school passen. Wij denken "
          "daarbij aan meer samenhang tussen de zaakvakken en aan een slimmere inzet van digitale "
          "middelen. Het team praat hierover verder in de loop van de planperiode."),

    ("h1", "5. Kernwaarde Ambitieus"),
    ("p", "Wij zijn ambitieus. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn "
          "intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren, en wij geven "
          "altijd het beste van onszelf. Om te zien of onze leerlingen zich ontwikkelen zoals wij "
          "verwachten, gebruiken wij:"),
    ("lijst", [
        "het Cito leerlingvolgsysteem in de groepen 3 tot en met 8;",
        "de IEP Eindtoets in groep 8;",
        "de methodetoetsen van Wereld in Getallen en Taal Actief;",
        "ParnasSys, waarin wij alle gegevens van de leerlingen vastleggen.",
    ]),
    ("p", "Wij streven ernaar dat iedere leerling het maximale uit zijn mogelijkheden haalt, en dat "
          "leerkrachten elkaar daarbij scherp houden."),

    ("h1", "6. Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "Onze school wil kwalitatief goed en eigentijds onderwijs geven aan alle kinderen die bij ons "
          "komen. Wij verbeteren de kwaliteit van ons onderwijs voortdurend; zo werken wij aan gelijke "
          "kansen voor al onze leerlingen. Onze school heeft een collectieve leercultuur, gericht op "
          "voortdurend verbeteren en innoveren."),
    ("h2", "6.1 Ons onderwijsaanbod"),
    ("p", "Alle scholen hebben een toekomstgericht curriculum, en dat geldt ook voor De Vuurtoren. Wij "
          "ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen. Ons aanbod dekt de "
          "kerndoelen van het primair onderwijs. Wij werken met de volgende methoden:"),
    ("lijst", [
        "groep 1-2: Kleuterplein, aangevuld met thema's uit onze eigen kleuterleerlijn;",
        "aanvankelijk lezen: Veilig leren lezen (kim-versie) in groep 3;",
        "technisch lezen: Estafette in de groepen 4 tot en met 6;",
        "begrijpend lezen: Nieuwsbegrip in de groepen 4 tot en met 8;",
        "taal en spelling: Taal Actief 4;",
        "rekenen: Wereld in Getallen 5;",
        "schrijven: Pennenstreken;",
        "wereldoriëntatie: Blink Wereld (aardrijkskunde, geschiedenis, natuur en techniek);",
        "Engels: Groove.me in de groepen 1 tot en met 8;",
        "levensbeschouwing: Trefwoord;",
        "sociaal-emotionele ontwikkeling: Kanjertraining.",
    ]),
    ("p", "De groepen 3 tot en met 8 krijgen twee keer per week gymnastiek van onze vakleerkracht in "
          "sporthal De Marken; de kleuters spelen en bewegen dagelijks in het speellokaal of buiten. Alle "
          "groepen gaan 940 uur per jaar naar school, zodat wij over acht schooljaren ruim boven de "
          "wettelijke 7.520 uur uitkomen. Aan het einde van groep 8 beheersen onze leerlingen ten minste "
          "referentieniveau 1F voor lezen, taalverzorging en rekenen; een zo groot mogelijk deel haalt 2F "
          "of 1S."),
    ("h2", "6.2 Zicht op wat leerlingen nodig hebben"),
    ("p", "Wij hebben zicht op wat onze leerlingen nodig hebben. Hoe wij de ontwikkeling van de "
          "leerlingen volgen en bespreken, staat in paragraaf 2.1."),
    ("h2", "6.3 Ondersteuning: ons schoolondersteuningsprofiel"),
    ("p", "In ons schoolondersteuningsprofiel (SOP, vastgesteld in 2018 en te vinden op de website) "
          "beschrijven wij in welke leer- en zorgbehoeften onze school kan voorzien. De kern daarvan is:"),
    ("lijst", [
        "Basisondersteuning: instructie op drie niveaus in elke groep; een dyslexieprotocol met extra "
        "leesbegeleiding vanaf groep 3 (twee keer per week twintig minuten buiten de groep); de plusgroep "
        "Denkwerk voor meer- en hoogbegaafde leerlingen uit de groepen 5 tot en met 8, één ochtend per "
        "week; Kanjertraining in alle groepen.",
        "Extra ondersteuning: voor een klein aantal leerlingen (in 2018-2019 negen) werken wij met een "
        "ontwikkelingsperspectief. De intern begeleider bespreekt deze leerlingen zes keer per jaar met "
        "de schoolmaatschappelijk werker en, als het nodig is, met de jeugdverpleegkundige. Wij hebben "
        "ervaring met leerlingen met dyslexie, ADHD en lichte vormen van autisme.",
        "Grenzen: ons gebouw heeft geen lift en geen aangepast toilet. Leerlingen die voortdurend "
        "één-op-één begeleiding nodig hebben of ernstige gedragsproblemen laten zien, kunnen wij niet de "
        "ondersteuning geven die zij nodig hebben.",
    ]),
    ("p", "Onze school is aangesloten bij Samenwerkingsverband Passend Onderwijs Almere. Wij maken deel "
          "uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
          "leerlingen een passende onderwijsplek hebben."),
    ("h2", "6.4 Veiligheid en schoolklimaat"),
    ("p", "Een veilige en stimulerende leeromgeving is een voorwaarde om te kunnen leren. In alle groepen "
          "geven wij iedere week een les uit de Kanjertraining. De Kanjerafspraken (we vertrouwen elkaar, "
          "we helpen elkaar, niemand speelt de baas, niemand lacht uit, niemand blijft zielig) hangen in "
          "elke klas en op de gangen, en ook de overblijfkrachten en de gymleerkracht werken ermee. Bij "
          "ruzie voert de leerkracht met de betrokken kinderen een gesprek volgens de Kanjermethode; bij "
          "pesten volgen wij het anti-pestprotocol uit 2017. Juf Anouk de Graaf is anti-pestcoördinator "
          "en interne vertrouwenspersoon."),
    ("p", "Ieder jaar in maart vullen de leerlingen van groep 5 tot en met 8 de vragenlijst sociale "
          "veiligheid van ZIEN! in. In 2018 gaf 93 procent van hen aan zich veilig te voelen op school. "
          "Het veiligheidsplan, met het ontruimingsplan en de afspraken over de bedrijfshulpverlening, "
          "evalueren wij jaarlijks in de teamvergadering van oktober. Zes medewerkers hebben een geldig BHV-diploma."),
    ("h2", "6.5 Burgerschap"),
    ("p", "Wij bereiden kinderen voor op hun plek in de samenleving. Burgerschap krijgt bij ons vorm via:"),
    ("lijst", [
        "de leerlingenraad: twee leerlingen per groep uit de groepen 5 tot en met 8, die zes keer per "
        "jaar met de directeur vergaderen; in 2018 koos de leerlingenraad het nieuwe klimtoestel;",
        "de lessen van Trefwoord en Kanjertraining, waarin normen en waarden en samenleven aan bod komen;",
        "de vastenactie voor een goed doel, die de leerlingenraad ieder jaar kiest;",
        "een bezoek van groep 7 aan het stadhuis, met een gesprek met een gemeenteraadslid;",
        "de lessen over democratie en de rechtsstaat in Blink Wereld in de groepen 7 en 8.",
    ]),
    ("p", "In 2020-2021 leggen wij per groep vast welke burgerschapsdoelen aan bod komen, zodat er een "
          "doorgaande lijn van groep 1 tot en met 8 ontstaat."),
    ("h2", "6.6 Kwaliteit en kwaliteitszorg"),
    ("p", "De kwaliteit van ons onderwijs is en blijft op orde. De inspectie bezocht onze school in 2016 "
          "en gaf ons het basisarrangement. De resultaten op de IEP Eindtoets lagen de afgelopen drie "
          "jaar boven het landelijk gemiddelde van ongeveer 80 (2017: 81,2; 2018: 80,4; 2019: 82,0). In "
          "2019 haalde 97 procent van onze leerlingen 1F voor lezen, 95 procent voor taalverzorging en "
          "91 procent voor rekenen. Op het hogere niveau blijft rekenen achter: 39 procent haalde 1S, "
          "tegen 68 procent 2F bij lezen. Rekenen is daarom een speerpunt in deze planperiode."),
    ("p", "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch en zichtbaar. Wij werken met de "
          "kwaliteitskaarten van WMK-PO: ieder jaar beoordelen wij vier kaarten, zodat in vier jaar alle "
          "kwaliteitsgebieden aan bod komen. De directeur en de intern begeleider leggen twee keer per jaar "
          "een klassenbezoek af met een vaste kijkwijzer. Elke twee jaar vragen wij ouders, leerlingen "
          "(groep 6-8) en medewerkers naar hun tevredenheid; de volgende peiling is in het voorjaar van "
          "2020. In februari en juli bespreken wij de opbrengsten met het team aan de hand van een "
          "trendanalyse. De uitkomsten komen in het jaarplan, dat wij in september met het team "
          "bespreken, en in het jaarverslag. Over de voortgang rapporteren wij in de kwartaalrapportage "
          "aan het bestuur."),

    ("h1", "7. Venster 2: Personeel in positie"),
    ("p", "Onze medewerkers voelen zich betrokken bij en trots op ASG en op De Vuurtoren. Wij hebben "
          "aandacht voor het welbevinden van alle medewerkers, in elke levensfase. Medewerkers ervaren "
          "erkenning van hun professionaliteit en expertise en voelen zich gezien. Onze school heeft "
          "vitale medewerkers, en wij zetten de talenten van onze medewerkers in voor de hele organisatie. "
          "Medewerkers maken gebruik van de mogelijkheden van interne mobiliteit binnen ASG."),
    ("h2", "7.1 Het team"),
    ("p", "Het team bestaat uit 26 medewerkers: zeventien groepsleerkrachten, een intern begeleider, een "
          "vakleerkracht gymnastiek, drie onderwijsassistenten, een administratief medewerker, een "
          "conciërge, de adjunct-directeur en de directeur. De gemiddelde leeftijd is 44 jaar. In de "
          "planperiode gaan naar verwachting drie collega's met pensioen."),
    ("h2", "7.2 Professionele ontwikkeling"),
    ("p", "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling. In de schooljaren "
          "2019-2020 en 2020-2021 volgt het hele team de scholing Expliciete Directe Instructie (EDI), in "
          "zes teambijeenkomsten per jaar. Tussen de bijeenkomsten bezoeken de directeur en de intern "
          "begeleider de lessen met de EDI-kijkwijzer en bespreken zij het bezoek na met de leerkracht. "
          "Daarnaast volgt iedere leerkracht in de planperiode ten minste één cursus of programma van de "
          "ASG Academie. Wij begroten voor scholing jaarlijks 14.500 euro, ongeveer 550 euro per "
          "medewerker. Leerkrachten houden hun bekwaamheidsdossier bij in het digitale personeelsdossier."),
    ("p", "Medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de leercultuur "
          "van ASG."),
    ("h2", "7.3 De gesprekscyclus"),
    ("p", "De jaarlijkse gesprekscyclus is op onze school ingevoerd. Iedere medewerker heeft in september "
          "of oktober een startgesprek over zijn ontwikkeldoelen, in de loop van het jaar ten minste één "
          "klassenbezoek met nagesprek en in mei of juni een functioneringsgesprek. Eens in de drie jaar "
          "volgt een beoordelingsgesprek. De afspraken leggen wij vast in het personeelsdossier in "
          "YouForce."),

    ("h1", "8. Venster 3: De meerwaarde van ASG"),
    ("p", "Onze school maakt deel uit van ASG, een grote organisatie van samenwerkende scholen. Binnen "
          "ASG ontmoeten collega's van alle scholen en het servicebureau elkaar regelmatig. Wij delen de "
          "opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen. "
          "Door de schaalgrootte beschikt ASG over interne expertise op veel beleidsgebieden, waardoor "
          "scholen een integraal en samenhangend aanbod krijgen. Met een divers en op elkaar aansluitend "
          "aanbod en verschillende onderwijsconcepten kan ASG alle leerlingen een passende "
          "onderwijsloopbaan bieden."),
    ("p", "Wij zien de meerwaarde van ASG en willen er in de komende jaren meer gebruik van maken. Wij "
          "gaan na welke netwerken en bijeenkomsten voor onze collega's interessant zijn."),

    ("h1", "9. Venster 4: Partnerschap"),
    ("p", "Ouders zijn betrokken bij het leerproces van hun kind. Kinderen die zien dat ouders en "
          "leerkrachten om hen heen staan, voelen zich gedragen en komen beter tot leren. De "
          "medezeggenschap is voor onze school een klankbord voor ideeën en een sparringpartner bij "
          "voorgenomen beleid. Onze school werkt proactief samen met een breed scala aan partners en wij "
          "werken nauw samen met maatschappelijke partners in de nabije omgeving. Samen met "
          "collega-schoolbesturen en de gemeente werken wij aan de aanpak van regionale problemen in het "
          "onderwijs, zoals het lerarentekort."),
    ("h2", "9.1 Ouders"),
    ("p", "Aan het begin van het schooljaar voert de leerkracht met de ouders van iedere leerling een "
          "startgesprek van een kwartier. Ouders vertellen dan wat zij van hun kind weten en wat zij van "
          "het komende jaar verwachten; de leerkracht legt de afspraken vast in ParnasSys. In februari en "
          "juni volgen de rapportgesprekken. Vanaf het schooljaar 2020-2021 zijn de leerlingen van groep "
          "5 tot en met 8 bij deze gesprekken aanwezig en vertellen zij zelf waar zij aan werken (het "
          "kindgesprek in de driehoek kind, ouder en leerkracht). De ouderraad organiseert samen met de "
          "leerkrachten de feesten, de sportdag en de schoolreis."),
    ("h2", "9.2 Partners"),
    ("p", "Wij werken samen met:"),
    ("lijst", [
        "kerkcentrum De Goede Rede: de pastor bereidt met de werkgroep identiteit drie vieringen per "
        "jaar voor;",
        "Kinderopvang Zeester, die de peutergroep en de buitenschoolse opvang in en naast ons gebouw "
        "verzorgt: iedere peuter die naar groep 1 gaat, krijgt een warme overdracht met een "
        "overdrachtsformulier en een gesprek tussen pedagogisch medewerker en leerkracht;",
        "de Bibliotheek Almere Haven: Bibliotheek op school, met een leesconsulent die iedere dinsdag "
        "op school is;",
        "GGD Flevoland: de jeugdverpleegkundige doet de onderzoeken in groep 2 en groep 7 en houdt "
        "maandelijks spreekuur;",
        "het wijkteam Haven: de schoolmaatschappelijk werker heeft op maandagochtend spreekuur op school;",
        "Kunstlinie Almere Flevoland: iedere groep bezoekt één voorstelling of workshop per jaar;",
        "de buurtsportcoach van de gemeente: naschoolse sport op woensdagmiddag op het plein.",
    ]),

    ("h1", "10. Financiën en huisvesting"),
    ("p", "De school ontvangt haar middelen via ASG. De begroting is sluitend; de formatie beslaat ruim "
          "85 procent van de lasten. Door de lichte daling van het leerlingaantal houden wij in de "
          "planperiode rekening met één groep minder vanaf 2021-2022. Het schoolplein is verouderd. Wij "
          "reserveren 40.000 euro voor een groen schoolplein en vragen daarnaast subsidie aan bij de "
          "gemeente en bij Jantje Beton. De ouderraad zamelt met een sponsorloop extra geld in."),

    ("h1", "11. Doelen 2019-2023"),
    ("p", "In de tabel staan de doelen voor deze planperiode. Wij werken ze ieder jaar uit in het "
          "jaarplan en verantwoorden ons erover in het jaarverslag."),
    ("doelen", None),

    ("h1", "12. Vaststelling"),
    ("p", "Dit schoolplan is op 21 mei 2019 besproken in het team. De medezeggenschapsraad heeft op "
          "18 juni 2019 ingestemd met het schoolplan. Het College van Bestuur van de Almeerse Scholen Groep "
          "heeft het plan vastgesteld op 9 juli 2019."),
    ("p", "Namens de medezeggenschapsraad: Lotte Hermans, voorzitter\t\tHandtekening: ....................."),
    ("p", "Namens het College van Bestuur: ....................................\t\tDatum: ....................."),
    ("p", "Directeur: Ellen Verbeek\t\tHandtekening: ....................."),
]

DOELEN_KOP = ["Doel", "Hoort bij", "Meetbaar resultaat", "Wanneer", "Eigenaar"]
DOELEN = [
    ["Meer leerlingen halen 1S bij rekenen", "Venster 1",
     "1S rekenen op de IEP Eindtoets van 39% naar 50%", "eindtoets 2022", "IB en rekencoördinator"],
    ["Sociale veiligheid blijft hoog", "Venster 1",
     "minimaal 90% van de leerlingen van groep 5-8 voelt zich veilig (ZIEN!)", "jaarlijks in maart",
     "anti-pestcoördinator"],
    ["Doorgaande lijn burgerschap", "Venster 1",
     "burgerschapsdoelen per groep vastgelegd en in de jaarplanning opgenomen", "juni 2021",
     "werkgroep burgerschap"],
    ["EDI in alle groepen", "Venster 2",
     "80% van de bezochte lessen voldoet aan de EDI-kijkwijzer", "juni 2021", "directeur"],
    ["Kindgesprekken groep 5-8", "Venster 4",
     "bij 90% van de rapportgesprekken zijn leerling en ouder aanwezig", "schooljaar 2020-2021",
     "adjunct-directeur"],
    ["Groen schoolplein", "eigen kleur", "plein heringericht en opgeleverd", "zomer 2021",
     "directeur en ouderraad"],
]


def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    sectie = doc.sections[0]
    p = sectie.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Schoolplan 2019-2023 KBS De Vuurtoren  |  pagina ")
    page_field(p)


def _voorblad(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph("Schoolplan 2019-2023", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Katholieke basisschool De Vuurtoren, Almere Haven")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Een licht voor ieder kind")
    doc.add_paragraph("Almeerse Scholen Groep  |  BRIN 31KX")
    doc.add_paragraph("Planperiode: 1 augustus 2019 tot en met 31 juli 2023")
    doc.add_paragraph("Directeur: Ellen Verbeek")
    doc.add_paragraph("Versie: vastgesteld juli 2019")
    doc.add_page_break()


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.core_properties.author = "Ellen Verbeek"
    doc.core_properties.title = "Schoolplan 2019-2023 KBS De Vuurtoren"
    doc.core_properties.created = MOMENT
    doc.core_properties.modified = MOMENT
    doc.core_properties.last_modified_by = "Ellen Verbeek"
    doc.core_properties.revision = 1
    _voettekst(doc)
    _voorblad(doc)
    for soort, inhoud in INHOUD:
        if soort == "h1":
            doc.add_heading(inhoud, level=1)
        elif soort == "h2":
            doc.add_heading(inhoud, level=2)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "lijst":
            for regel in inhoud:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "doelen":
            tabel(doc, DOELEN_KOP, DOELEN, breedtes=[3.8, 2.0, 5.2, 2.6, 3.0])
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_79_vuurtoren_haven.docx")
