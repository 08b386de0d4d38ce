"""Schoolplan 2020-2024 van SBO De Driemaster (openbare school voor speciaal basisonderwijs, Almere).

Geordend naar eigen thema's, met vetgedrukte gewone alinea's als kopjes (geen kopstijlen), in de taal van
zorg en gedrag, met een doelentabel per thema, een terugblik op 2016-2020, veel over de leerlingen en
een uitgewerkt openbaar karakter. MR-instemming in het colofon.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2020, 6, 30, 14, 0, 0)


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


DOELKOP = ["Doel", "Aanpak", "Wanneer", "Meetbaar resultaat", "Eigenaar"]
DOELBREEDTE = [3.2, 4.6, 1.9, 3.6, 2.3]

# --- De tekst ----------------------------------------------------------------------------------

INHOUD = [
    ("kop", "Colofon"),
    ("regel", "Schoolplan 2020-2024 van SBO De Driemaster, openbare school voor speciaal basisonderwijs"),
    ("regel", "Adres: Lavendelweg 8, Almere (Kruidenwijk)"),
    ("regel", "BRIN: 23FX"),
    ("regel", "Bevoegd gezag: Almeerse Scholen Groep (ASG), College van Bestuur"),
    ("regel", "Samenwerkingsverband: Passend Onderwijs Almere"),
    ("regel", "Directeur: Ruben Hartog; orthopedagoog: Linda Meijer; intern begeleiders: Kees van Wijk en Nadia Bouzian"),
    ("regel", "Planperiode: 1 augustus 2020 tot en met 31 juli 2024"),
    ("regel", "Opgesteld door de directie, de orthopedagoog en de kwaliteitswerkgroep, met inbreng van het team op de studiedagen van 29 januari en 4 maart 2020"),
    ("regel", "Instemming: de medezeggenschapsraad heeft op 9 juni 2020 ingestemd met dit schoolplan"),
    ("regel", "Vastgesteld door het College van Bestuur van ASG op 30 juni 2020"),

    ("kop", "Voorwoord"),
    ("p", "Een driemaster vaart op drie masten. Voor ons staan ze voor wat onze leerlingen nodig hebben om "
          "weer tot leren te komen: rust en veiligheid, onderwijs op maat, en volwassenen om hen heen die "
          "samenwerken. Wie bij ons binnenkomt, heeft vaak al een lastige reis achter de rug: een kind dat op "
          "de vorige school vastliep, ouders die moe zijn van gesprekken, een dossier dat dikker is dan het "
          "kind lang is. Wij willen dat de koers vanaf de eerste dag weer klopt."),
    ("p", "Dit schoolplan beschrijft hoe wij daar in de schooljaren 2020-2021 tot en met 2023-2024 aan werken. "
          "Wij hebben het plan geordend naar onze eigen thema's; aan het eind laten wij zien waar die thema's "
          "de koers van ASG raken. Net als ASG vinden wij dat ieder kind in Almere een passende onderwijsplek "
          "moet hebben, en dat ieder kind waardevol is en gezien wordt."),
    ("p", "Het plan is geschreven in een bijzonder voorjaar. Vanaf 16 maart 2020 waren de scholen dicht. Voor "
          "onze leerlingen, voor wie voorspelbaarheid zo belangrijk is, was dat een harde klap. In de "
          "terugblik staat wat wij daarvan hebben geleerd."),

    ("kop", "Terugblik op 2016-2020"),
    ("p", "In het vorige schoolplan stonden vijf speerpunten. De tabel laat zien wat ervan terechtkwam."),
    ("tabel", ["Speerpunt 2016-2020", "Wat is bereikt", "Oordeel"], [
        ["SWPBS schoolbreed invoeren", "Gedragsverwachtingen voor alle ruimtes, wekelijkse gedragslessen, PBS-team; ernstige incidenten van 212 (2016-2017) naar 97 (2018-2019)", "Behaald; borgen"],
        ["Opbrengsten rekenen verbeteren", "58% van de leerlingen haalt de rekendoelen uit het OPP (doel was 75%); de methode sluit slecht aan op de leerroutes", "Niet behaald; blijft speerpunt"],
        ["Observatiegroep jonge kinderen", "De Kajuit geopend in augustus 2017; gemiddeld negen kinderen per jaar, binnen zes maanden een passende vervolgplek", "Behaald"],
        ["Deskundigheid team", "Drie leerkrachten ronden de master Educational Needs af; twee vacatures alleen met onbevoegden ingevuld; verzuim 7,9%", "Deels behaald"],
        ["Ouders bij het OPP", "Opkomst bij OPP-gesprekken 71% (doel 85%)", "Niet behaald"],
    ], [4, 8, 3]),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie bij ASG, in november 2017, kreeg De Driemaster het "
          "basisarrangement. De inspectie was positief over het pedagogisch klimaat en de zorgstructuur; als "
          "verbeterpunt noemde zij de analyse van de opbrengsten per leerroute. Dat hebben wij opgepakt: sinds "
          "2018 rapporteren wij de OPP-resultaten per leerroute (zie Kwaliteit zichtbaar maken)."),
    ("p", "Tijdens de schoolsluiting in het voorjaar van 2020 boden wij noodopvang aan 31 leerlingen, vaak uit "
          "gezinnen met een kwetsbare thuissituatie. Iedere andere leerling had elke schooldag contact met de "
          "eigen leerkracht, via een videogesprek of de telefoon; veertien leerlingen kregen een laptop in "
          "bruikleen. Wij leerden dat korte lijnen met ouders meer opleveren dan wij dachten: in die weken "
          "spraken wij ouders vaker dan in een heel gewoon schooljaar. Dat willen wij vasthouden."),

    ("kop", "Wie zijn onze leerlingen?"),
    ("p", "Op 1 oktober 2019 telde De Driemaster 146 leerlingen, 104 jongens en 42 meisjes. Zij zitten in elf "
          "groepen: De Kajuit, een observatiegroep voor kinderen van vier tot zes jaar, en tien groepen voor "
          "kinderen van zes tot dertien jaar, ingedeeld naar leeftijd en ondersteuningsbehoefte. Een groep "
          "telt gemiddeld dertien leerlingen. Het leerlingaantal groeit langzaam."),
    ("tabel", ["Teldatum", "Leerlingen", "Nieuw in het schooljaar", "Vertrokken in het schooljaar"], [
        ["1 oktober 2016", "131", "34", "29"],
        ["1 oktober 2017", "138", "38", "31"],
        ["1 oktober 2018", "142", "41", "37"],
        ["1 oktober 2019", "146", "39", "onbekend (schooljaar loopt)"],
    ], [3.5, 2.5, 4, 5]),
    ("p", "Alle leerlingen hebben een toelaatbaarheidsverklaring (TLV) van SWV Passend Onderwijs Almere. De "
          "meesten komen van een reguliere basisschool, vaak in groep 4, 5 of 6, na een periode waarin die "
          "school met extra ondersteuning probeerde het kind te behouden. In 2018-2019 kwamen 41 nieuwe "
          "leerlingen: 29 van een reguliere basisschool (17 daarvan van een ASG-school), zes van een andere "
          "SBO-school na een verhuizing en zes jonge kinderen via een medisch kinderdagverblijf of de "
          "voorschool. Onze leerlingen komen uit heel Almere; ongeveer 60 procent reist met het "
          "leerlingenvervoer."),
    ("tabel", ["Belangrijkste ondersteuningsvraag bij plaatsing", "Aandeel"], [
        ["Gedrag en sociaal-emotionele ontwikkeling (onder meer ADHD, ODD, hechtingsproblematiek, trauma)",
         "41%"],
        ["Autismespectrumstoornis", "22%"],
        ["Leren en cognitie (TIQ tussen 70 en 85, grote leerachterstanden)", "28%"],
        ["Taal- en spraakontwikkeling en overig", "9%"],
    ], [12, 3]),
    ("p", "Bij ruim de helft van de kinderen spelen meerdere vragen tegelijk. Zesenveertig procent van de "
          "leerlingen krijgt jeugdhulp, thuis of op een dagbehandeling; elf kinderen wonen in een pleeggezin "
          "of gezinshuis. Bij negentien procent wordt thuis vooral een andere taal dan Nederlands gesproken. "
          "Veel ouders hebben zelf een moeizame schooltijd gehad; voor sommigen is elk telefoontje van school "
          "beladen."),
    ("p", "Wat vragen deze kinderen van ons? Voorspelbaarheid: een vaste dagstructuur met pictogrammen, "
          "dezelfde gezichten, veranderingen die ruim van tevoren worden aangekondigd. Korte instructie in "
          "kleine stappen en veel herhaling. Een volwassene die helpt spanning te reguleren, voordat een kind "
          "dat zelf kan. Succeservaringen, omdat veel van onze leerlingen vooral hebben geleerd wat zij niet "
          "kunnen. En geduld: gedrag verandert niet in een week."),
    ("p", "Na gemiddeld drie tot vier jaar verlaten onze leerlingen de school. De uitstroom van de laatste "
          "drie jaar:"),
    ("tabel", ["Bestemming", "2017", "2018", "2019"], [
        ["Praktijkonderwijs", "9", "8", "9"],
        ["Vmbo basis/kader met leerwegondersteuning", "7", "9", "8"],
        ["Vmbo kader/theoretisch", "3", "4", "4"],
        ["Voortgezet speciaal onderwijs", "3", "2", "2"],
        ["Tussentijds terug naar het reguliere basisonderwijs", "4", "5", "6"],
        ["Tussentijds naar het speciaal onderwijs", "2", "3", "2"],
    ], [8, 2, 2, 2]),

    ("kop", "Openbaar en van iedereen"),
    ("p", "De Driemaster is een openbare school. Dat is voor ons geen etiket maar een opdracht, die wij op "
          "vier manieren invullen."),
    ("sub", "Toegankelijk"),
    ("p", "Iedere leerling met een TLV voor het speciaal basisonderwijs is welkom, ongeacht geloof, afkomst of "
          "gezinssituatie. De vrijwillige ouderbijdrage van 25 euro is nooit een voorwaarde om mee te doen; de "
          "schoolreis betalen wij uit het schoolbudget en uit de opbrengst van de kerstmarkt."),
    ("sub", "Actieve pluriformiteit"),
    ("p", "In onze groepen zitten kinderen met 21 nationaliteiten, uit christelijke, islamitische, "
          "hindoestaanse en niet-gelovige gezinnen. In de groepen 6 tot en met 8 geven wij elke twee weken een "
          "les over geestelijke stromingen, waarin de verhalen en feesten van de kinderen zelf het "
          "uitgangspunt zijn. Op verzoek van ouders bieden wij humanistisch en islamitisch vormingsonderwijs "
          "aan, 45 minuten per week, gegeven door vakdocenten; in 2019-2020 volgden achttien leerlingen HVO en "
          "twaalf leerlingen IVO. Wij vieren Sinterklaas, Kerst en het Suikerfeest, en rond Divali, Keti Koti "
          "en het Chinees Nieuwjaar vertellen leerlingen en ouders in de groepen over hun feest."),
    ("sub", "Neutraal, niet waardenvrij"),
    ("p", "Leerkrachten brengen verschillende opvattingen evenwichtig in en dragen hun eigen overtuiging niet "
          "uit. Tegelijk zijn wij niet waardenvrij: gelijkwaardigheid en respect zijn niet onderhandelbaar. "
          "Bij de werving van personeel kijken wij naar deskundigheid en naar de bereidheid om het openbare "
          "karakter uit te dragen, niet naar levensovertuiging. Met een open blik kijken wij naar de "
          "verscheidenheid van onze leerlingen en collega's."),
    ("sub", "Burgerschap dichtbij"),
    ("p", "Voor onze leerlingen begint burgerschap in de eigen groep: samenleven met anderen, een ruzie "
          "oplossen zonder te slaan, je beurt afwachten. In de klassenvergadering op vrijdag (twintig minuten) "
          "bespreken de leerlingen wat goed ging en wat beter kan, en nemen zij samen besluiten. De "
          "leerlingenraad, met één leerling per groep vanaf acht jaar, vergadert vijf keer per jaar met de "
          "directeur; in 2019 adviseerde de raad over de nieuwe indeling van het speelplein. In groep 7 en 8 "
          "werken wij met het project Almere, mijn stad: de leerlingen bezoeken het stadhuis en de "
          "brandweerkazerne en leren hoe de gemeente werkt. Rond de Kinderrechtendag in november houden wij "
          "een projectweek over kinderrechten."),

    ("kop", "Thema A. Rust, veiligheid en gedrag"),
    ("p", "Onze leerlingen kunnen pas leren als zij zich veilig voelen. Veiligheid betekent bij ons: "
          "voorspelbare volwassenen, duidelijke verwachtingen en een aanpak die gedrag niet alleen afremt, "
          "maar ook aanleert."),
    ("p", "Sinds 2016 werken wij met Schoolwide Positive Behavior Support (SWPBS). Wij hebben drie waarden "
          "gekozen: veiligheid, respect en verantwoordelijkheid. Voor elke ruimte (klas, gang, plein, gymzaal, "
          "toilet en het leerlingenvervoer) staat in een matrix wat dat betekent in gedrag. Respect betekent "
          "bijvoorbeeld: je groet de chauffeur van het busje, je laat een ander uitpraten, je blijft van "
          "andermans spullen af, en je houdt rekening met de buren als je over de stoep naar de gymzaal loopt. "
          "Elke maandag geeft de leerkracht een gedragsles van twintig minuten over een van de verwachtingen. "
          "Gewenst gedrag bekrachtigen wij met Driemasterkaartjes, die een groep spaart voor een gezamenlijke "
          "beloning. Ook volwassenen houden zich aan de matrix: wij praten over kinderen en ouders zoals wij "
          "met hen zouden praten."),
    ("p", "Elke ochtend staan twee teamleden vanaf 8.15 uur op de plek waar de busjes aankomen. Zij begroeten "
          "iedere leerling bij naam en lopen mee met wie dat nodig heeft. In de klas doet de leerkracht een "
          "check-in: met de emotiemeter geeft elk kind aan hoe het binnenkomt, zodat de leerkracht weet wie "
          "die ochtend extra nabijheid nodig heeft. Nieuwe ouders en bezoekers worden ontvangen door onze "
          "conciërge Henk Smit, die hen rondleidt. Nieuwe leerlingen krijgen een wenplan met foto's van de "
          "school, van hun leerkracht en van hun plek in de klas, zodat zij thuis alvast kunnen zien waar zij "
          "naartoe gaan."),
    ("p", "Als de spanning oploopt, werken wij met het stoplichtmodel. In elke klas is een time-in plek waar "
          "een kind met een volwassene tot rust kan komen. Lukt dat niet, dan gaat het kind naar de "
          "rustruimte; na elk incident volgt een herstelgesprek, waarbij ook de andere betrokkene aanschuift. "
          "Fysiek ingrijpen doen wij alleen bij direct gevaar en volgens het protocol fysiek ingrijpen. Het "
          "wordt altijd geregistreerd en de ouders worden dezelfde dag gebeld."),
    ("p", "Incidenten registreren wij in ParnasSys. Het PBS-team (vijf collega's, onder wie de "
          "gedragsspecialist) analyseert de gegevens elke maand: waar, wanneer, bij wie en na welke aanleiding "
          "ontstaan incidenten? In 2019 leidde dat tot een andere organisatie van de overgang van lunch naar "
          "middag, waarna het aantal incidenten op het plein met een derde daalde. Voor de monitor sociale "
          "veiligheid vullen leerlingen vanaf acht jaar elk jaar in maart een vragenlijst in; in 2019 gaf 86 "
          "procent aan zich meestal of altijd veilig te voelen (2017: 78 procent). Sanne Bakker is "
          "anti-pestcoördinator; het veiligheidsplan is in 2019 herzien."),
    ("tabel", DOELKOP, [
        ["A1 Minder ernstige incidenten", "PBS-team analyseert maandelijks; aanpak per ruimte bijstellen",
         "2020-2023", "Van 97 (2018-2019) naar minder dan 60 per jaar in 2022-2023", "PBS-team"],
        ["A2 Leerlingen voelen zich veilig", "Jaarlijkse monitor; uitkomsten per groep besproken met leerlingenraad", "Elk jaar in maart", "Minimaal 90% voelt zich meestal of altijd veilig vanaf 2021",
         "Anti-pestcoördinator"],
        ["A3 SWPBS goed uitgevoerd", "Jaarlijkse zelfevaluatie met de Tiered Fidelity Inventory",
         "2021-2022", "TFI-score minimaal 80%", "Directeur"],
        ["A4 Minder fysiek ingrijpen", "Training de-escalatie voor alle medewerkers, time-in plek in elke klas", "2020-2022", "Aantal registraties gehalveerd ten opzichte van 2019-2020", "Gedragsspecialist"],
    ], DOELBREEDTE),

    ("kop", "Thema B. Leren met perspectief"),
    ("p", "Onze leerlingen hebben een leerachterstand, vaak van meer dan een jaar. Dat betekent niet dat zij "
          "minder hoeven te leren. Uiterlijk zes weken na plaatsing stellen wij voor iedere leerling een "
          "ontwikkelingsperspectief (OPP) op, met een verwachte uitstroombestemming. Bij twijfel tussen twee "
          "bestemmingen kiezen wij de hoogste en kijken wij na een jaar of die haalbaar is: liever bijstellen "
          "dan een kind bij voorbaat klein houden. Wij werken met drie leerroutes."),
    ("tabel", ["Leerroute", "Uitstroombestemming", "Streefniveau einde basisschool"], [
        ["Route 1", "Praktijkonderwijs", "Rekenen en lezen ongeveer op eind-groep-6-niveau, onder 1F"],
        ["Route 2", "Vmbo basis/kader met leerwegondersteuning", "1F voor lezen, 1F deels voor rekenen"],
        ["Route 3", "Vmbo kader/theoretisch", "1F volledig, op weg naar 2F"],
    ], [3, 5.5, 6.5]),
    ("p", "Ons aanbod is gericht op de kerndoelen; per leerroute hebben wij vastgelegd welke doelen een "
          "leerling aan het eind beheerst. Wij gebruiken De wereld in getallen voor rekenen (met eigen "
          "leerlijnen per route), Zo leer je kinderen lezen en spellen en Estafette voor technisch lezen, "
          "Nieuwsbegrip voor begrijpend lezen, Staal voor taal en spelling en Blink Wereld voor "
          "wereldoriëntatie. Sociaal-emotionele vorming krijgt vorm in de gedragslessen van SWPBS en de "
          "klassenvergadering. De vakleerkracht geeft drie keer per week bewegingsonderwijs, met extra "
          "aandacht voor de motoriek; op vrijdagmiddag is er techniek en koken in het praktijklokaal. Wij "
          "geven per jaar ruim 940 uur onderwijs."),
    ("p", "Twee keer per jaar (januari en juni) nemen wij methodeonafhankelijke toetsen af op het niveau van "
          "het kind; de resultaten zetten wij af tegen de verwachte lijn uit het OPP. Drie keer per jaar "
          "bespreken de leerkracht, de intern begeleider en de orthopedagoog elke leerling in de "
          "groepsbespreking. Het OPP wordt twee keer per jaar met ouders geëvalueerd. Leerlingen vanaf acht "
          "jaar bereiden dat gesprek voor met het formulier Mijn doelen en zijn bij het eerste deel aanwezig; "
          "zo praten zij mee over hun eigen doelen en horen zij wat er goed gaat."),
    ("tabel", DOELKOP, [
        ["B1 Rekenen", "Nieuwe rekenmethode kiezen die past bij de leerroutes; rekenspecialist coacht leerkrachten", "Keuze 2020-2021, invoering 2021-2022", "75% haalt de rekendoelen uit het OPP in juni 2023 (2019: 58%)", "Rekenspecialist"],
        ["B2 Technisch lezen", "Dagelijks 30 minuten leesinterventie in niveaugroepen", "2020-2024",
         "80% haalt het AVI-doel uit het OPP", "Intern begeleider"],
        ["B3 Uitstroom", "Hoogste haalbare bestemming in het OPP, jaarlijks herijkt", "2020-2024",
         "Minimaal 55% stroomt uit naar vmbo (met of zonder lwoo) in 2024", "Orthopedagoog"],
        ["B4 Leerlingen praten mee", "Formulier Mijn doelen in alle groepen vanaf acht jaar", "2020-2021",
         "Alle leerlingen van acht jaar en ouder bij hun OPP-gesprek", "Intern begeleiders"],
    ], DOELBREEDTE),

    ("kop", "Thema C. Ondersteuning op maat"),
    ("p", "Ons schoolondersteuningsprofiel (SOP, herzien in mei 2020) beschrijft wat wij kunnen bieden. Omdat "
          "iedere leerling bij ons al extra ondersteuning krijgt, onderscheiden wij wat elk kind krijgt en wat "
          "wij daarbovenop inzetten."),
    ("bullet", "Voor alle leerlingen: groepen van maximaal veertien kinderen, een leerkracht en een "
               "onderwijsassistent in elke groep, een vaste dagstructuur met visuele ondersteuning, SWPBS en een "
               "OPP."),
    ("bullet", "Daarbovenop: de observatiegroep De Kajuit, de rustruimte, logopedie door onze eigen logopedist, "
               "kinderfysiotherapie in de gymzaal op dinsdag en donderdag, speltherapie, sociale "
               "vaardigheidstraining in kleine groepjes en een onderwijs-zorgarrangement met een jeugdhulpverlener "
               "van De Meerkring, die twee dagen per week op school is."),
    ("p", "Onze grenzen liggen bij kinderen die ondanks een arrangement dagelijks ernstig agressief gedrag "
          "laten zien, bij kinderen die intensieve medische zorg nodig hebben en bij kinderen die zo weinig "
          "prikkels verdragen dat een groep van veertien niet haalbaar is. Dan zoeken wij met de ouders en het "
          "samenwerkingsverband een plek in het speciaal onderwijs."),
    ("p", "De commissie van begeleiding (CvB) komt elke twee weken bijeen: de directeur, de orthopedagoog, de "
          "intern begeleiders, de schoolmaatschappelijk werker en de jeugdarts. De CvB stelt de OPP's vast, "
          "bespreekt leerlingen die vastlopen en beoordeelt of een leerling terug kan naar een reguliere "
          "school. Wij nemen deel aan het maandelijkse plaatsingsoverleg van het samenwerkingsverband, waar "
          "wordt besproken welke leerling waar het best past. Wie terug kan, krijgt een "
          "terugplaatsingstraject: eerst twee dagen per week naar de nieuwe school, terwijl onze ambulant "
          "begeleider de nieuwe leerkracht een halfjaar begeleidt. In 2018-2019 gingen zes leerlingen terug; "
          "vijf zaten daar een jaar later nog."),
    ("p", "Twee van onze gedragsspecialisten werken één dag per week voor de ASG-basisscholen: zij observeren "
          "in de klas, geven de leerkracht concrete adviezen en verzorgen teamscholing. In 2019-2020 deden zij "
          "31 consultaties en gaven zij op vier ASG-scholen een scholing over de-escalatie. Een ASG-school "
          "vraagt een consultatie aan bij onze orthopedagoog; wij hebben dit aanbod in 2019 in het IB-netwerk "
          "van ASG toegelicht, zodat alle intern begeleiders weten bij wie zij terechtkunnen. Met de "
          "ASG-scholen voor voortgezet onderwijs hebben wij een doorstroomtraject: leerlingen van groep 8 "
          "lopen in het voorjaar drie ochtenden mee op hun nieuwe school, en hun mentor komt in juni bij ons "
          "kennismaken en het OPP doornemen."),
    ("tabel", DOELKOP, [
        ["C1 SOP actueel", "SOP herzien met team en MR", "Mei 2020 en mei 2022", "Herzien SOP op de website",
         "Orthopedagoog"],
        ["C2 Terugplaatsing", "Terugplaatsingstraject met ambulante begeleiding", "Elk jaar",
         "Minimaal vijf leerlingen per jaar terug; 80% zit er na een jaar nog", "CvB"],
        ["C3 Jeugdhulp in school", "Onderwijs-zorgarrangement uitbreiden met gemeente en De Meerkring",
         "Vanaf 2021", "Twaalf leerlingen in het arrangement, geen dagbehandeling onder schooltijd meer nodig",
         "Directeur"],
        ["C4 Expertise voor ASG-scholen", "Consultatie door gedragsspecialisten", "2020-2022",
         "Veertig consultaties per jaar in 2022", "Gedragsspecialisten"],
    ], DOELBREEDTE),

    ("kop", "Thema D. Ouders en netwerk"),
    ("p", "Ouders kennen hun kind het best, en wij willen dat zij betrokken zijn bij het leerproces van hun "
          "kind. Dat vraagt van ons dat wij het eerste contact goed maken. Binnen zes weken na de start "
          "brengen de leerkracht en de intern begeleider een huisbezoek. Het OPP bespreken wij drie keer per "
          "jaar met ouders: bij het opstellen, in februari en in juni. Over het handelingsdeel voeren wij op "
          "overeenstemming gericht overleg, en ouders tekenen het OPP."),
    ("p", "Met ouders van jonge kinderen en van leerlingen met een intensieve thuissituatie is er dagelijks "
          "contact via het heen-en-weerschrift of Parro. Na een incident bellen wij dezelfde dag. Eens per "
          "maand verschijnt de nieuwsbrief Scheepspraat; op de website staan de schoolgids, het SOP en het "
          "jaarverslag. Elke tweede donderdag van de maand is er een ouderkoffie met de schoolmaatschappelijk "
          "werker, en twee keer per jaar organiseren wij met het Centrum voor Jeugd en Gezin de oudercursus "
          "Stepping Stones Triple P."),
    ("p", "De medezeggenschapsraad bestaat uit twee ouders en twee personeelsleden en vergadert zes keer per "
          "jaar. Wij gebruiken de MR bewust als klankbord: in 2019-2020 dacht de MR mee over het "
          "heropeningsplan na de schoolsluiting, over de inzet van de werkdrukmiddelen en over dit schoolplan. "
          "Omdat het lastig is ouders voor de MR te vinden, houdt de MR eens per jaar een open avond voor alle "
          "ouders."),
    ("tabel", ["Partner", "Wat wij samen doen"], [
        ["SWV Passend Onderwijs Almere", "TLV's, plaatsingsoverleg, arrangementen, thuiszitterstafel"],
        ["Gemeente Almere", "Leerplicht, leerlingenvervoer, onderwijs-zorgarrangementen"],
        ["De Meerkring (jeugdhulp)", "Jeugdhulpverlener twee dagen per week in school"],
        ["Sociaal wijkteam Kruidenwijk", "Casusoverleg bij zorgen thuis; de wijkcoach schuift op verzoek aan bij de CvB"],
        ["De Schoor, schoolmaatschappelijk werk", "Zestien uur per week op school, ouderkoffie"],
        ["GGD Flevoland", "Jeugdarts in de CvB, spreekuur op school"],
        ["Kinderfysiotherapie en logopedie", "Behandeling onder schooltijd, in overleg met de leerkracht"],
        ["Hogeschool Windesheim Flevoland", "Stagiairs, opleiden in de school, praktijkonderzoek"],
    ], [6, 9]),
    ("p", "Met het samenwerkingsverband, de leerplichtambtenaren en de andere Almeerse schoolbesturen nemen "
          "wij deel aan de thuiszitterstafel, die elke maand bespreekt welke kinderen thuis zitten en waar zij "
          "terechtkunnen. Wij houden per jaar twee tijdelijke plaatsen vrij voor kinderen die anders thuis "
          "zouden zitten. Ook het lerarentekort raakt ons hard; voor het SBO is het extra moeilijk "
          "leerkrachten te vinden. Daarom zijn wij, samen met ASG, twee andere Almeerse besturen en "
          "Windesheim, opleidingsschool: wij begeleiden elk jaar vier pabostudenten en bieden zij-instromers "
          "een werkplek."),
    ("tabel", DOELKOP, [
        ["D1 Ouders bij het OPP", "Huisbezoek, gesprekken op tijden die ouders uitkomen, tolk waar nodig",
         "2020-2022", "90% opkomst bij OPP-gesprekken in 2022 (2019: 71%)", "Intern begeleiders"],
        ["D2 Tevreden ouders", "Oudertevredenheidspeiling om het jaar", "2021 en 2023",
         "Gemiddeld minimaal 7,5 (2019: 7,2)", "Directeur"],
        ["D3 Geen thuiszitters", "Thuiszitterstafel, twee tijdelijke plaatsen per jaar", "Vanaf 2021",
         "Geen leerling van De Driemaster langer dan vier weken thuis", "Directeur"],
        ["D4 Opleiden", "Opleidingsschool met Windesheim", "Elk jaar",
         "Vier pabostudenten en één zij-instromer per jaar", "Schoolopleider"],
    ], DOELBREEDTE),

    ("kop", "Thema E. Een deskundig en veerkrachtig team"),
    ("p", "Op De Driemaster werken 38 mensen (26,4 fte): dertien leerkrachten, elf onderwijsassistenten, de "
          "orthopedagoog, twee intern begeleiders, twee gedragsspecialisten, een logopedist, een vakleerkracht "
          "bewegingsonderwijs, een conciërge, een administratief medewerker en de directeur."),
    ("p", "Lesgeven op het SBO vraagt meer dan een pabodiploma. Iedere nieuwe leerkracht volgt binnen twee "
          "jaar de ASG Academie-leergang Gedrag in de klas (vier bijeenkomsten), en alle medewerkers volgen "
          "jaarlijks de training de-escalatie en fysiek ingrijpen. Zes van de dertien leerkrachten hebben een "
          "master Educational Needs of een post-hbo-opleiding tot gedragsspecialist; drie collega's zijn in "
          "2019 aan de master begonnen. Wie een opleiding volgt, krijgt studieverlof; de kosten komen uit het "
          "scholingsbudget (2020: 28.000 euro)."),
    ("p", "Twee leerkrachten staan voor de klas zonder bevoegdheid: een zij-instromer en een "
          "onderwijsassistent die de deeltijdpabo volgt. Zij hebben een eigen coach (een uur per week), één "
          "dag per twee weken studietijd en een rooster zonder pleinwacht in de tentamenweken."),
    ("p", "Iedere medewerker heeft elk jaar drie gesprekken: een startgesprek in september over de "
          "ontwikkeldoelen, een voortgangsgesprek in januari na een lesbezoek en een jaargesprek in juni. De "
          "afspraken komen in het personeelsdossier. Welbevinden en belasting zijn een vast onderwerp."),
    ("p", "Het werk vraagt veel. Incidenten met agressie laten sporen na, ook bij volwassenen. Daarom heeft "
          "iedere groep een vaste onderwijsassistent, zodat een leerkracht er nooit alleen voor staat. Na een "
          "ernstig incident heeft de betrokken collega binnen 24 uur een nazorggesprek met iemand van het "
          "opvangteam (drie collega's met de training collegiale opvang). Het ziekteverzuim was in 2018-2019 "
          "7,9 procent, hoger dan gemiddeld binnen ASG. Met de bedrijfsarts bespreken wij elk kwartaal het "
          "verzuim, en sinds 2019 kunnen medewerkers twee keer per jaar een gesprek aanvragen met de "
          "vitaliteitscoach van ASG. Wij willen een team van vitale medewerkers."),
    ("p", "De orthopedagoog, de intern begeleiders en de directeur nemen deel aan het ASG-netwerk speciaal "
          "onderwijs, waarin de SBO- en SO-scholen van ASG zes keer per jaar casuïstiek en beleid bespreken. "
          "Onze gedragsspecialisten zitten in de ASG-leergroep gedrag, waarin zij met intern begeleiders van "
          "reguliere scholen werken aan een gezamenlijke aanpak van grensoverschrijdend gedrag. Binnen de "
          "school houden alle leerkrachten en onderwijsassistenten elke zes weken intervisie in vaste groepjes "
          "van vier, volgens de incidentmethode; werkafspraken die daaruit voortkomen, nemen wij op in de "
          "gedragsmatrix of het groepsplan."),
    ("p", "Wij willen weten wat werkt. Van 2019 tot 2021 doen twee leerkrachten mee aan het praktijkonderzoek "
          "Traumasensitief lesgeven van het lectoraat van Windesheim. De uitkomsten, onder meer over het "
          "effect van vaste rustmomenten, gebruiken wij in 2021 bij de herziening van onze dagstructuur."),
    ("tabel", DOELKOP, [
        ["E1 Minder verzuim", "Nazorg na incidenten, kwartaaloverleg bedrijfsarts, vitaliteitscoach",
         "2020-2023", "Verzuim onder 6% in 2022-2023 (2018-2019: 7,9%)", "Directeur"],
        ["E2 Specialistische deskundigheid", "Master Educational Needs of gedragsspecialist, studieverlof",
         "2020-2024", "Negen van de dertien leerkrachten in 2024", "Directeur"],
        ["E3 Bevoegd voor de klas", "Coach, studietijd, aangepast rooster", "2020-2022",
         "Beide onbevoegde leerkrachten bevoegd in 2022", "Schoolopleider"],
        ["E4 Traumasensitief werken", "Scholing hele team op basis van het praktijkonderzoek", "2021-2022",
         "Alle medewerkers geschoold; dagstructuur herzien", "Orthopedagoog"],
    ], DOELBREEDTE),

    ("kop", "Thema F. Kwaliteit zichtbaar maken"),
    ("p", "Onze kwaliteitszorg volgt een vaste cyclus. Dit schoolplan werken wij elk jaar uit in een jaarplan "
          "(vastgesteld in juli, besproken met de MR). Elk kwartaal rapporteren wij aan het College van "
          "Bestuur over de voortgang, en in oktober verschijnt het jaarverslag. Wij volgen vaste indicatoren: "
          "de realisatie van de OPP-doelen per leerroute (twee keer per jaar), de uitstroom en de bestendiging "
          "(waar zit een oud-leerling na één en na twee jaar, volgens gegevens van het samenwerkingsverband), "
          "de veiligheidsmonitor en de incidenten, de tevredenheid van ouders, leerlingen en personeel (om het "
          "jaar) en het verzuim."),
    ("p", "De resultaten zijn op orde. In 2019 bereikte 81 procent van de schoolverlaters de "
          "uitstroombestemming uit het OPP of een hogere, en zat 88 procent een jaar later nog op dat niveau. "
          "In 2022 laten wij ons onderwijs doorlichten door een visitatie van ASG, met de kwaliteitsmedewerker "
          "van het servicebureau en twee directeuren van andere ASG-scholen."),
    ("tabel", DOELKOP, [
        ["F1 Jaarverslag", "Jaarverslag met alle indicatoren, besproken in team en MR", "Elk jaar in oktober",
         "Jaarverslag op tijd en op de website", "Directeur"],
        ["F2 Resultaten per leerroute", "OPP-realisatie per route in elke kwartaalrapportage", "Vanaf 2020-2021",
         "Vier rapportages per jaar met uitsplitsing per route", "Intern begeleiders"],
        ["F3 Bestendiging", "Gegevens SWV over oud-leerlingen analyseren", "Elk jaar",
         "Minimaal 85% na twee jaar op het niveau van het advies", "Orthopedagoog"],
        ["F4 Visitatie", "Visitatie door ASG, verbeterpunten in het jaarplan", "Voorjaar 2022",
         "Visitatierapport en verbeterplan", "Directeur"],
    ], DOELBREEDTE),

    ("kop", "Hoe dit plan aansluit bij Koers 22"),
    ("p", "Wij hebben dit plan niet ingedeeld naar de kernwaarden en vensters van Koers 22, maar ze zijn er "
          "wel in terug te vinden. Het overzicht hieronder laat zien waar."),
    ("tabel", ["Thema", "Kernwaarden en vensters van Koers 22"], [
        ["A. Rust, veiligheid en gedrag", "Gezien worden, Open; venster 1"],
        ["B. Leren met perspectief", "Ambitieus; venster 1"],
        ["C. Ondersteuning op maat", "Gezien worden; venster 1 en venster 3"],
        ["D. Ouders en netwerk", "Open; venster 4"],
        ["E. Een deskundig en veerkrachtig team", "Vooruitstrevend, Ambitieus; venster 2 en venster 3"],
        ["F. Kwaliteit zichtbaar maken", "Ambitieus; venster 1"],
    ], [6, 9]),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    cp = doc.core_properties
    cp.author = "R. Hartog"
    cp.last_modified_by = "L. Meijer"
    cp.title = "Schoolplan SBO De Driemaster 2020-2024"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.revision = 12

    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("SBO De Driemaster | schoolplan 2020-2024 | ")
    page_field(voet)

    for tekst, grootte in (("SBO De Driemaster", 26), ("Schoolplan 2020-2024", 20),
                           ("Koers houden, ook bij wind tegen", 14)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.bold = grootte > 14
        r.italic = grootte == 14
        r.font.size = Pt(grootte)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Openbare school voor speciaal basisonderwijs, Almere")
    doc.add_page_break()

    for soort, *rest in INHOUD:
        if soort == "kop":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            r = p.add_run(rest[0])
            r.bold = True
            r.font.size = Pt(13)
        elif soort == "sub":
            p = doc.add_paragraph()
            r = p.add_run(rest[0])
            r.bold = True
        elif soort == "regel":
            p = doc.add_paragraph(rest[0])
            p.paragraph_format.space_after = Pt(2)
        elif soort == "p":
            doc.add_paragraph(rest[0])
        elif soort == "bullet":
            doc.add_paragraph(rest[0], style="List Bullet")
        elif soort == "tabel":
            tabel(doc, rest[0], rest[1], rest[2])
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_66_sbo_de_driemaster.docx")
