"""Schoolplan 2024-2028 van Praktijkschool Poortwerk (Almere Poort), als Word-document.

Zelfstandig: alleen de standaardbibliotheek en python-docx. build(path) schrijft steeds hetzelfde bestand.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VAST_TIJDSTIP = datetime.datetime(2024, 7, 2, 10, 0, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) ---------------------------------------------

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


# --- De tekst van het plan --------------------------------------------------------------------------

INLEIDING = [
    "Voor u ligt het schoolplan van Praktijkschool Poortwerk voor de schooljaren 2024-2025 tot en met "
    "2027-2028. De inhoud komt van het hele team: op de studiedagen van 14 februari en 22 mei 2024 hebben we "
    "besproken waar we staan en wat we willen bereiken. Ook onze werkgeverskring heeft meegelezen. De doelen "
    "staan in het laatste hoofdstuk; elk jaar werken we ze uit in het jaarplan.",
]

TEKST = [
    ("h1", "Wie wij zijn"),
    ("h2", "Onze school"),
    ("p", "Praktijkschool Poortwerk is een school voor praktijkonderwijs aan de rand van het Homeruskwartier in "
          "Almere Poort, op tien minuten lopen van station Almere Poort. De school bestaat sinds 2012 en zit "
          "sinds 2014 in het huidige gebouw. Op 1 oktober 2023 telden we 236 leerlingen van 12 tot 18 jaar. Zij "
          "komen uit heel Almere en een klein deel uit Lelystad en Zeewolde. Alle leerlingen hebben een "
          "toelaatbaarheidsverklaring praktijkonderwijs van het Samenwerkingsverband Passend Onderwijs Almere."),
    ("p", "Onze leerlingen leren het best door te doen. Bij ons ontdekken ze wat ze wel kunnen: een muur "
          "metselen, een bestelling verzamelen, een lunch serveren. Ruim 40 procent spreekt thuis naast "
          "Nederlands nog een andere taal."),
    ("h2", "Waar wij voor staan"),
    ("p", "Onze opdracht is eenvoudig te zeggen en moeilijk te doen: iedere leerling verlaat Poortwerk met een "
          "plek. Dat kan betaald werk zijn, werk met een opleiding ernaast, een vervolgopleiding op het mbo of, "
          "voor een kleine groep, een passende vorm van dagbesteding. Ons motto is 'Leren door te doen, werken "
          "aan je toekomst'."),
    ("p", "Poortwerk hoort bij de Almeerse Scholen Groep (ASG). Wij onderschrijven de missie van ASG, 'Samen kleur "
          "geven aan goed onderwijs'. Ook bij ons is iedereen waardevol en wordt iedereen gezien, leerling en "
          "collega. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en medewerkers. "
          "Poortwerk is een openbare school, toegankelijk voor alle leerlingen, ongeacht achtergrond of geloof."),
    ("h2", "Onze leerlingen in cijfers"),
    ("p", "De afgelopen drie schooljaren verlieten gemiddeld 52 leerlingen per jaar de school. De tabel laat zien "
          "waar zij terechtkwamen (gemiddelde over 2020-2021 tot en met 2022-2023)."),
    ("table", ["Uitstroom", "Aandeel", "Toelichting"], [
        ["Arbeid", "38%", "vooral logistiek, schoonmaak, bouw en detailhandel"],
        ["Arbeid met leren (bbl)", "14%", "meestal bbl niveau 1 of 2 bij het leerbedrijf"],
        ["Entree of mbo niveau 2", "36%", "Entree via ROC Flevoland, in ons eigen gebouw"],
        ["Dagbesteding", "7%", "in overleg met ouders, gemeente en zorgaanbieder"],
        ["Geen passende plek", "5%", "volgen we in de nazorg en met het RMC"],
    ]),
    ("h2", "Gebouw, schooltijden en middelen"),
    ("p", "Het gebouw heeft acht praktijkruimtes: bouw en hout, installatietechniek, groen, logistiek (met een "
          "oefenmagazijn en heftruckbaan), zorg en welzijn, detailhandel (de schoolwinkel), facilitaire dienstverlening "
          "en ons leerrestaurant De Poortkeuken. In 2023 kregen de grote vensters van de werkplaatsen HR++-glas. De "
          "lessen lopen van 8.30 tot 15.00 uur; de werkplaatsen zijn open tot 16.30 uur voor wie wil oefenen "
          "voor een praktijkexamen. Naast de lumpsum ontvangen we tot en met 2027 middelen uit Sterk "
          "Techniekonderwijs. De begroting is sluitend; het scholingsbudget bedraagt € 38.000 per jaar."),

    ("h1", "Ons onderwijs"),
    ("h2", "Het programma in drie fasen"),
    ("p", "Een leerling doorloopt bij ons drie fasen. In fase 1 (leerjaar 1 en 2) staat oriëntatie centraal. "
          "Leerlingen krijgen Nederlands, rekenen, Engels, mens en maatschappij, burgerschap, ICT en lichamelijke "
          "opvoeding, en rouleren elke tien weken langs alle praktijkvakken. In fase 2 (leerjaar 3 en 4) kiest de "
          "leerling twee sectoren, loopt hij interne stage en in leerjaar 4 één dag per week extern stage. In fase 3 (leerjaar 5 en 6) staat "
          "de arbeidstoeleiding voorop: drie dagen per week stage, de Entree-opleiding of het behalen van "
          "branchecertificaten."),
    ("p", "Het programma omvat 1.000 klokuren per jaar. In fase 1 is ongeveer 40 procent van de tijd voor "
          "Nederlands, rekenen en de andere algemene vakken; in fase 3 is dat nog 15 procent en gaat de rest naar "
          "praktijk en stage. Voor taal en rekenen werken we naar referentieniveau 1F. Twee keer per jaar nemen "
          "we de toetsen van ons leerlingvolgsysteem af. Van de schoolverlaters van 2023 haalde 72 procent 1F "
          "lezen en 58 procent 1F rekenen. In de onderbouw volgen we de kerndoelen in aangepaste vorm; wat een "
          "leerling aangeboden krijgt, staat in zijn individueel ontwikkelingsplan (IOP)."),
    ("h2", "Arbeidstoeleiding en stages"),
    ("p", "De stages zijn het hart van onze school. Een stagecoördinator en drie jobcoaches begeleiden ongeveer "
          "130 leerlingen die extern stage lopen. Onze stagebank telt 140 bedrijven, vrijwel allemaal door SBB "
          "erkend leerbedrijf. Voordat een leerling begint, is er een startgesprek op het bedrijf met de "
          "leerling, een ouder, de praktijkbegeleider en de jobcoach. De jobcoach komt daarna minstens eens per "
          "drie weken langs."),
    ("p", "Op stage werken leerlingen aan dezelfde lijst werknemersvaardigheden als op school: op tijd komen, "
          "afspraken nakomen, hulp vragen, samenwerken en omgaan met kritiek. Praktijkbegeleider en jobcoach "
          "scoren deze vaardigheden vier keer per jaar. In leerjaar 2 volgen alle leerlingen een OV-training; "
          "die mobiliteit is voor werkgevers vaak net zo belangrijk als vakkennis. Bij vertrek zorgen we voor "
          "een warme overdracht, en daarna volgen we iedere leerling twee jaar in de nazorg."),
    ("h2", "Branchecertificaten"),
    ("p", "Een branchecertificaat laat een werkgever zien wat een leerling kan. Wij bieden onder meer VCA-basis, "
          "heftruck en reachtruck, de SVA-certificaten voor logistiek, detailhandel en groen, basis schoonmaak, "
          "assistent horeca en een certificaat zorghulp. De meeste examens nemen we op school af; externe "
          "examinatoren beoordelen de praktijkproeven samen met onze docenten."),
    ("p", "In 2022-2023 had 78 procent van de schoolverlaters minstens één branchecertificaat en 46 procent twee "
          "of meer. Wij leggen de lat hoger. Onze leerlingen kunnen vaak meer dan ze zelf denken, en werkgevers "
          "vragen steeds vaker om een certificaat. Daarom krijgt iedere leerling vanaf leerjaar 3 een "
          "certificaatplan in zijn IOP: welk certificaat, wanneer het examen is en wat hij daarvoor nog moet "
          "oefenen. De mentor bespreekt dit plan elk kwartaal met de leerling."),
    ("h2", "Een school die meegaat met de werkvloer"),
    ("p", "In het voorjaar van 2023 hebben we samen met twaalf bedrijven uit onze stagebank al onze praktijkmodules "
          "doorgelicht. Daaruit kwam dat op de werkvloer veel meer digitaal gebeurt dan in onze lessen: "
          "handscanners, roosterapps, werkmail, inklokken met een telefoon. Vanaf 2025-2026 volgen alle leerlingen "
          "in leerjaar 3 de nieuwe module 'Digitaal op de werkvloer'. In de techniekroute komt een module "
          "'Duurzaam werken' over zonnepanelen, warmtepompen en afval scheiden. Ons onderwijs moet aansluiten "
          "bij de leefwereld van onze jongeren, en dat willen we ook blijven doen."),
    ("p", "Nieuw is ook ons leerwerkbedrijf Poortfiets. Vanaf september 2025 draait in de oude fietsenstalling een "
          "echte fietsenwerkplaats voor de buurt, gerund door leerlingen uit leerjaar 4 en 5 onder leiding van een "
          "vakdocent. Leerlingen nemen reparaties aan, plannen het werk, rekenen af en houden de voorraad "
          "bij: leren in een bedrijf met echte klanten, binnen de school. In De Poortkeuken gebeurt dat al: twee keer per week leren leerlingen daar buurtbewoners gastvrij te "
          "ontvangen en te bedienen, als voorbereiding op het certificaat assistent horeca."),
    ("h2", "Begeleiding en ondersteuning"),
    ("p", "Elke groep van 14 tot 16 leerlingen heeft een vaste mentor. Het IOP is het uitgangspunt: twee keer per "
          "jaar bespreken mentor, leerling en ouders in een driehoeksgesprek de doelen voor school, stage en "
          "persoonlijke ontwikkeling. In de leerlingbespreking, twee keer per jaar per leerjaar, leggen mentoren "
          "en orthopedagoog taal, rekenen, werknemersvaardigheden en signalen uit de stage naast elkaar. Zo zien we op tijd welke leerling meer nodig heeft."),
    ("p", "De basisondersteuning bestaat uit kleine groepen, een vaste dagstructuur, een training sociale "
          "vaardigheden in leerjaar 1 en Rots en Water in leerjaar 2. Extra ondersteuning bieden we met een "
          "faalangsttraining, de time-outvoorziening De Haven, schoolmaatschappelijk werk en, via het "
          "samenwerkingsverband, ambulante begeleiding voor leerlingen met autisme. Het zorgadviesteam "
          "(orthopedagoog, schoolmaatschappelijk werker, jeugdarts van de GGD Flevoland en leerplicht) komt elke "
          "zes weken bijeen. Wij kunnen geen medische verpleging bieden en hebben geen plek voor leerlingen die "
          "langdurig een één-op-ééngroep nodig hebben. Zie voor het volledige overzicht ons "
          "schoolondersteuningsprofiel (versie 2024)."),
    ("p", "Lukt het op Poortwerk niet, dan laten we een leerling niet los. De zorgcoördinator neemt deel aan de "
          "Almeerse thuiszitterstafel van het samenwerkingsverband, die elke maand bijeenkomt. Daar zoeken we "
          "samen met de vso-scholen, de andere praktijkscholen en de gemeente een plek voor jongeren die "
          "dreigen thuis te komen zitten. Onze afspraak: geen leerling zit langer dan vier weken thuis zonder "
          "plan."),
    ("h2", "Burgerschap en een veilige school"),
    ("p", "Burgerschap geven we vorm in het vak 'Burgerschap in de praktijk', één uur per week in fase 1 en 2. "
          "Leerlingen leren omgaan met geld en een budget maken, hun loonstrook lezen, hun rechten en plichten als "
          "werknemer kennen en zich digitaal weerbaar maken. In leerjaar 3 doet iedere leerling een maatschappelijke stage van twintig uur "
          "bij een buurtcentrum of zorginstelling in Poort. De leerlingenraad komt zes keer per jaar bijeen en "
          "organiseert onder meer het eindfeest en de sportdag."),
    ("p", "Een veilige school is voorwaarde voor alles. We hebben een veiligheidscoördinator, een "
          "anti-pestprotocol en een jaarlijkse peiling onder leerlingen; in 2023 voelde 87 procent zich veilig op "
          "school. Op Poortwerk gelden vier afspraken: we groeten elkaar, we zijn op tijd, we praten met respect "
          "en we ruimen op. Die afspraken gelden ook op het stagebedrijf. Na een conflict voeren we een "
          "herstelgesprek in plaats van alleen te straffen; alle mentoren zijn daar in 2023 in getraind. In de "
          "module 'Omgaan met klanten en collega's' oefenen leerlingen hoe je beleefd blijft als een klant "
          "boos wordt."),

    ("h1", "Ons team"),
    ("h2", "Wie we zijn"),
    ("p", "Op Poortwerk werken 41 mensen (31,6 fte), onder wie 19 docenten, vier instructeurs en "
          "onderwijsassistenten, een stagecoördinator, drie jobcoaches en een orthopedagoog. "
          "Negen collega's zijn ouder dan zestig. Wij willen dat collega's in "
          "iedere levensfase met plezier bij Poortwerk werken. Collega's vanaf 57 jaar kunnen hun uren duurzame "
          "inzetbaarheid gebruiken om minder les te geven; vier van hen doen dat nu en werken in die uren een "
          "nieuwe collega in. Jonge ouders in het team krijgen bij het rooster voorrang op een vrije woensdag."),
    ("h2", "Bevoegd voor de klas"),
    ("p", "Van de 19 docenten zijn er 16 bevoegd. Twee vakmensen uit de metaal en de horeca volgen het "
          "zij-instroomtraject van Windesheim Almere. Zij krijgen een dag per week studieverlof en worden begeleid "
          "door onze schoolopleider, met wie ze elke twee weken een lesbezoek nabespreken. Een instructeur bouw "
          "haalt in 2024-2025 zijn pedagogisch-didactisch getuigschrift. In 2028 willen we dat alle docenten "
          "bevoegd zijn."),
    ("h2", "Scholing van het team"),
    ("p", "Ons onderwijs staat of valt met vakmensen die ook goede leraren zijn. Daarom maken we elk jaar een "
          "scholingsplan. Voor de komende periode kiezen we drie lijnen:"),
    ("bullets", [
        "Alle praktijkdocenten worden examinator voor minstens één branchecertificaat dat zij zelf geven. Nu "
        "zijn dat er 7 van de 12; in juli 2026 moeten het er 12 zijn.",
        "De twaalf mentoren volgen in 2024-2025 de training 'Oplossingsgericht coachen' van de ASG Academie; de "
        "jobcoaches volgen in 2025-2026 een post-hbo-opleiding tot jobcoach.",
        "Het hele team werkt op drie studiedagen per jaar aan 'leren op de werkplek': hoe maak je van een "
        "stageopdracht een leeropdracht?",
    ]),
    ("p", "Daarnaast kiest iedere collega in het ontwikkelgesprek een eigen leervraag, waar hij het jaar aan werkt. "
          "Bijvoorbeeld: 'hoe leg ik breuken uit met een meetlint?' Ons team is intrinsiek gemotiveerd om zich te blijven ontwikkelen."),
    ("p", "De leervragen komen samen in vier leerteams, die zes keer per jaar anderhalf uur bijeenkomen. In een "
          "leerteam zitten collega's uit verschillende sectoren. Ze bezoeken elkaars lessen, proberen iets nieuws "
          "uit en bespreken wat het opleverde. Aan het eind van het jaar laat elk leerteam op een interne markt "
          "zien wat het heeft geleerd."),
    ("p", "Ook buiten de school leren we. Onze stagecoördinator zit in de ASG-werkgroep stages, met de "
          "stagecoördinatoren van drie vmbo-scholen van ASG. Zij houden samen één stagebank bij, verdelen "
          "werkgevers zodat een bedrijf niet door vier scholen tegelijk wordt gebeld, en wisselen "
          "stagecontracten en beoordelingslijsten uit. Onze docent installatietechniek is gecertificeerd "
          "VCA-examinator; sinds 2023 geeft hij de VCA-cursus ook aan leerlingen van twee vmbo-scholen van ASG, "
          "en vanaf 2025 leidt hij daar collega's op tot instructeur."),
    ("h2", "Gesprekken en beoordeling"),
    ("p", "Elke collega heeft per jaar een startgesprek in september, twee lesbezoeken van de teamleider met de "
          "kijkwijzer van Poortwerk en een ontwikkelgesprek in februari. Eens in de drie jaar volgt een "
          "beoordelingsgesprek. In het ontwikkelgesprek vragen we ook wat de collega van ons nodig heeft: "
          "minder taken, een andere rol, scholing of juist meer uitdaging. De verslagen staan in het digitale "
          "personeelsdossier. In 2023-2024 had 91 procent van de medewerkers alle gesprekken gevoerd."),
    ("h2", "Werkdruk en verzuim"),
    ("p", "Het verzuim was in 2022-2023 7,4 procent, hoger dan we willen. Met de werkdrukmiddelen hebben we twee "
          "extra onderwijsassistenten aangesteld in de werkplaatsen, zodat docenten niet alleen voor een groep "
          "met machines staan. Op dinsdag is er een sportuur voor personeel. Wie in een jaar drie keer kort "
          "verzuimt, krijgt een preventief gesprek met de teamleider. We willen het verzuim in 2027-2028 terugbrengen naar hoogstens "
          "5,5 procent."),

    ("h1", "Kwaliteit"),
    ("h2", "Zo werken we aan kwaliteit"),
    ("p", "Wij werken met een vaste jaarcyclus. Dit schoolplan vertalen we elk jaar in juli in een jaarplan met "
          "concrete acties en eigenaren. In januari evalueren we het jaarplan halverwege in het MT en met de "
          "leerteams. In oktober verschijnt het jaarverslag, dat we bespreken met het team, de MR en het "
          "College van Bestuur. Een kwaliteitskalender legt vast wanneer welk instrument wordt ingezet."),
    ("bullets", [
        "de uitstroommonitor en de nazorgcijfers na één en twee jaar;",
        "de resultaten op taal en rekenen, twee keer per jaar;",
        "een tevredenheidspeiling onder leerlingen, ouders en stagebedrijven, om het jaar, gepubliceerd op "
        "Scholen op de kaart (Vensters);",
        "lesbezoeken met de kijkwijzer, en de scores op de werknemersvaardigheden;",
        "een interne audit door het kwaliteitsteam van ASG, gepland in het voorjaar van 2026.",
    ]),
    ("p", "In de werkplaatsen beoordelen we de kwaliteit van het werk naar de eisen van de branche: een scheve "
          "tegelvloer gaat er opnieuw uit."),
    ("h2", "Waar we staan"),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie in maart 2022 kreeg Poortwerk basistoezicht; de "
          "standaard Zicht op ontwikkeling en begeleiding werd als goed beoordeeld. Van de schoolverlaters had "
          "94 procent bij vertrek een passende plek. Na één jaar zat 81 procent daar nog; het landelijk gemiddelde "
          "van de scholen in de benchmark van het Platform Praktijkonderwijs was 78 procent. Verbeterpunten zijn "
          "de rekenresultaten en het aantal leerlingen met meer dan één branchecertificaat."),
    ("h2", "Ouders en communicatie"),
    ("p", "Ouders zijn bij het "
          "startgesprek op het stagebedrijf en bij de twee driehoeksgesprekken over het IOP; in 2023 was 86 "
          "procent van de ouders daarbij aanwezig. Ouders die thuis weinig Nederlands spreken, kunnen een tolk "
          "krijgen via de tolkenpool van de gemeente. De mentor belt of mailt iedere ouder minstens eens per vijf weken. Stageverslagen en "
          "certificaten staan voor ouders in Magister. Sinds 2023 schrijven we alle brieven op taalniveau B1; een "
          "ouderpanel van vijf ouders leest nieuwe brieven mee."),

    ("h1", "Samen met de stad"),
    ("p", "Poortwerk werkt proactief samen met een breed scala aan partners. Zonder werkgevers, gemeente, UWV en "
          "mbo kunnen wij onze belofte, een plek voor iedere leerling, niet waarmaken."),
    ("h2", "Werkgevers"),
    ("p", "Onze 140 stagebedrijven zitten vooral in Almere Poort, Almere Stad en op de bedrijventerreinen langs de "
          "A6. Vijfentwintig van hen vormen de werkgeverskring van Poortwerk, die drie keer per jaar bij ons op "
          "school ontbijt in De Poortkeuken. Daar bespreken we welke vaardigheden zij missen, welke certificaten "
          "zij vragen en welke leerlingen volgend jaar stage zoeken. Werkgevers geven gastlessen en twee "
          "bedrijven leveren een beoordelaar voor de examens logistiek."),
    ("p", "In de buurt werken we samen met woonzorgcentrum De Duinroos, waar leerlingen zorg en welzijn hun "
          "groepsstage lopen, met de supermarkt in het Homeruskwartier, het wijkteam Poort en buurtcentrum "
          "De Marathon, waar leerlingen van de sector groen het plantsoen onderhouden. Het wijkteam schuift aan "
          "bij het zorgadviesteam als een leerling thuis extra steun nodig heeft."),
    ("h2", "UWV en gemeente"),
    ("p", "Een deel van onze leerlingen zal niet zelfstandig het wettelijk minimumloon kunnen verdienen. Voor hen "
          "vragen we, met toestemming van leerling en ouders, vóór het verlaten van de school opname in het "
          "doelgroepregister van de banenafspraak aan; in 2023 waren dat 31 leerlingen. Een arbeidsdeskundige "
          "van het UWV houdt elke maand spreekuur op school."),
    ("p", "Met de gemeente Almere hebben we afgesproken dat iedere schoolverlater van wie de plek nog onzeker is, "
          "met een warme overdracht naar het Werkgeversservicepunt Flevoland of het jongerenloket gaat. Het RMC "
          "krijgt van ons ieder jaar in juni de lijst van leerlingen zonder zekere plek. De directeur neemt "
          "namens de praktijk- en vso-scholen van ASG deel aan de Werkkamer Jongeren van de gemeente, samen met "
          "UWV en werkgeversorganisaties; zij komt vier keer per jaar bijeen."),
    ("h2", "Onderwijspartners"),
    ("p", "ROC Flevoland verzorgt de Entree-opleiding in ons eigen gebouw: twee dagen per week geeft een docent "
          "van het ROC les aan onze leerlingen in fase 3. In 2023 haalden 22 leerlingen hun Entree-diploma. "
          "Met de vmbo-school van ASG in Poort hebben we een schakelroute: leerlingen die zich sneller ontwikkelen "
          "dan verwacht, kunnen na zes weken proefplaatsing overstappen naar de basisberoepsgerichte leerweg; "
          "jaarlijks drie tot zes leerlingen. Andersom kunnen vastgelopen vmbo-leerlingen bij ons proefdraaien. Zo kan iedere leerling binnen ASG een passende onderwijsloopbaan "
          "vinden."),
    ("p", "Almere heeft te weinig praktijkdocenten. Samen met de twee andere praktijkscholen in de stad, die onder "
          "andere besturen vallen, en de gemeente zijn we in 2024 het Almeerse praktijkdocententraject gestart. "
          "Vakmensen uit het bedrijfsleven volgen een voorschakeljaar waarin ze meedraaien op een van de drie "
          "scholen en hun pedagogisch-didactisch getuigschrift halen. De gemeente betaalt een deel uit de "
          "middelen van de Almeerse onderwijsagenda. Het doel is zes vakmensen per jaar."),
    ("p", "Landelijk zijn we aangesloten bij het Platform Praktijkonderwijs. We leveren elk jaar onze "
          "uitstroomgegevens aan de landelijke benchmark en onze stagecoördinator neemt deel aan het landelijk "
          "netwerk arbeidstoeleiding, dat drie keer per jaar bijeenkomt."),

    ("h1", "Doelen"),
    ("p", "Hieronder staan onze doelen voor 2024-2028. Per doel staan de aanpak, de planning, de eigenaar en het "
          "resultaat dat we willen zien. Elk jaar werken we de doelen uit in het jaarplan en in het jaarverslag "
          "laten we zien hoe ver we zijn."),
]

DOELEN_KOP = ["Nr", "Doel", "Aanpak", "Wanneer", "Eigenaar", "Resultaat (nu → doel)"]
DOELEN = [
    ["1", "Meer branchecertificaten", "Certificaatplan in IOP vanaf leerjaar 3; kwartaalgesprek mentor",
     "2024-2028", "Teamleider", "≥ 1 certificaat: 78% → 90%; ≥ 2: 46% → 60% (2028)"],
    ["2", "Duurzame plek na school", "Nazorg twee jaar; warme overdracht; werkgeverskring",
     "2024-2028", "Stagecoördinator", "Na 1 jaar nog op plek: 81% → 85% (2027-2028)"],
    ["3", "Betere taal- en rekenresultaten", "Rekenen in praktijkopdrachten; extra leesuur fase 1",
     "2024-2027", "Sectie AVO", "1F lezen 72% → 80%; 1F rekenen 58% → 65% (juli 2027)"],
    ["4", "Digitale vaardigheden voor werk", "Module 'Digitaal op de werkvloer' in leerjaar 3",
     "Start aug 2025, evaluatie juni 2026", "Sectie praktijk", "100% van leerjaar 3 volgt de module"],
    ["5", "Leerwerkbedrijf Poortfiets", "Fietsenwerkplaats voor de buurt, leerjaar 4-5",
     "Open sept 2025, evaluatie 2026-2027", "Vakdocent techniek", "40 reparaties per maand; 24 leerlingen per jaar"],
    ["6", "Geen thuiszitters", "Thuiszitterstafel SWV; plan binnen vier weken",
     "2024-2028", "Zorgcoördinator", "0 leerlingen > 4 weken thuis zonder plan"],
    ["7", "Veilige school", "Herstelgericht werken; vier Poortwerk-afspraken",
     "2024-2026", "Veiligheidscoördinator", "Voelt zich veilig: 87% → 90% (peiling 2026)"],
    ["8", "Examinatoren in eigen team", "Examinatorentraining per certificaat",
     "Juli 2026", "Teamleider", "Praktijkdocenten examinator: 7 → 12 van 12"],
    ["9", "Bevoegd team", "Zij-instroom Windesheim; PDG-traject; schoolopleider",
     "Aug 2026 / 2028", "Directeur", "Twee zij-instromers bevoegd 2026; 100% bevoegd 2028"],
    ["10", "Lager verzuim", "Extra assistenten; sportuur; preventieve gesprekken",
     "2024-2028", "Directeur", "Verzuim 7,4% → ≤ 5,5% (2027-2028)"],
    ["11", "Gesprekscyclus volledig", "Planning in personeelsdossier; teamleider bewaakt",
     "Vanaf 2025-2026", "Teamleider", "Alle gesprekken gevoerd: 91% → 100%"],
    ["12", "Grotere werkgeverskring", "Werving via ASG-werkgroep stages en Werkkamer Jongeren",
     "2024-2028", "Stagecoördinator", "Kring 25 → 40 bedrijven; stagebank 140 → 170"],
    ["13", "Ouders bij het IOP", "Tolk op aanvraag; gesprekken ook 's avonds",
     "2025-2026", "Mentoren", "Aanwezigheid driehoeksgesprek: 86% → 90%"],
    ["14", "Almeers praktijkdocententraject", "Samen met twee praktijkscholen en gemeente",
     "Vanaf 2025", "Directeur", "6 vakmensen per jaar starten; 2 op Poortwerk"],
    ["15", "Doelgroepregister op orde", "Aanvraag UWV vóór uitstroom; spreekuur arbeidsdeskundige",
     "Vanaf 2024-2025", "Jobcoaches", "100% van de in aanmerking komende leerlingen aangemeld"],
]

SLOT = [
    ("h2", "Vaststelling"),
    ("p", "Dit schoolplan is op 22 mei 2024 met het team besproken. De medezeggenschapsraad van Poortwerk heeft "
          "op 11 juni 2024 ingestemd met het schoolplan. Het College van Bestuur van de Almeerse Scholen Groep "
          "heeft het plan vastgesteld op 2 juli 2024."),
    ("p", "Almere, 2 juli 2024"),
    ("p", "S. el Idrissi-de Wit, directeur Praktijkschool Poortwerk\n"
          "Voor de MR: J. Brouwer, voorzitter\n"
          "Voor het College van Bestuur: voorzitter College van Bestuur ASG"),
]


def _voeg_toe(doc, items) -> None:  # type: ignore[no-untyped-def]
    for item in items:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "h2":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "bullets":
            for regel in item[1]:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "table":
            tabel(doc, item[1], item[2])
            doc.add_paragraph("")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan Poortwerk 2024-2028 – pagina ")
    page_field(voet)

    # Omslag
    doc.add_paragraph("")
    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    sub = doc.add_paragraph()
    r = sub.add_run("Praktijkschool Poortwerk – leren voor werk in Almere Poort")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Almeerse Scholen Groep · praktijkonderwijs · BRIN 31QX\n"
                      "Directeur: Sandra el Idrissi-de Wit · Teamleider: Koen Martens\n"
                      "Planperiode: 1 augustus 2024 tot en met 31 juli 2028\n"
                      "Versie: definitief, juli 2024")
    for alinea in INLEIDING:
        doc.add_paragraph(alinea)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    _voeg_toe(doc, TEKST)
    tabel(doc, DOELEN_KOP, DOELEN, breedtes=[0.8, 3.0, 4.2, 2.4, 2.2, 3.6])
    doc.add_paragraph("")
    _voeg_toe(doc, SLOT)

    kern = doc.core_properties
    kern.author = "S. el Idrissi-de Wit"
    kern.last_modified_by = "S. el Idrissi-de Wit"
    kern.title = "Schoolplan 2024-2028 Praktijkschool Poortwerk"
    kern.language = "nl-NL"
    kern.created = VAST_TIJDSTIP
    kern.modified = VAST_TIJDSTIP
    kern.revision = 7
    doc.save(path)
    deterministisch(path, VAST_TIJDSTIP)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_93_poortwerk.docx")
