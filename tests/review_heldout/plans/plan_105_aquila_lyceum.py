"""Schoolplan 2024-2028 van het Aquila Lyceum (gymnasium en atheneum), Almere Stad.

Opbouw: per venster een Heading 1 met een tabel van drie kolommen (waar staan we nu / waar willen we
naartoe / hoe doen we dat), de kernwaarden in een eigen hoofdstuk als lopende tekst.
Gebruik: build(path) schrijft het plan als .docx.
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
from docx.shared import Cm, Pt, RGBColor

STEMPEL = datetime.datetime(2024, 6, 21, 9, 30, 0)


# ---------------------------------------------------------------- Word-loodgieterij

def taal_nl(doc) -> None:
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def page_field(paragraph) -> None:
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


def kop_herhalen(rij) -> None:
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    rij._tr.get_or_add_trPr().append(header)


def arceer(cel, kleur: str) -> None:
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def zet_tekst(cel, tekst: str, vet: bool = False, grootte: float = 9) -> None:
    """Cell text; a blank line in the text starts a new paragraph in the cell."""
    delen = tekst.split("\n")
    cel.text = ""
    eerste = True
    for deel in delen:
        par = cel.paragraphs[0] if eerste else cel.add_paragraph()
        eerste = False
        run = par.add_run(deel)
        run.bold = vet
        run.font.size = Pt(grootte)


def driekolom(doc, rijen):
    """The venster table: themed rows (one merged row per theme) under three column heads."""
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, kop in enumerate(("Waar staan we nu", "Waar willen we naartoe", "Hoe doen we dat")):
        cel = table.rows[0].cells[i]
        zet_tekst(cel, kop, vet=True, grootte=9.5)
        arceer(cel, "1F4E5F")
        for run in cel.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    kop_herhalen(table.rows[0])
    for thema, nu, naartoe, hoe in rijen:
        r = table.add_row()
        samen = r.cells[0].merge(r.cells[2])
        zet_tekst(samen, thema, vet=True)
        arceer(samen, "D9E7EC")
        r = table.add_row()
        zet_tekst(r.cells[0], nu)
        zet_tekst(r.cells[1], naartoe)
        zet_tekst(r.cells[2], hoe)
    for rij in table.rows:
        for i, b in enumerate((5.4, 5.0, 6.2)):
            rij.cells[i].width = Cm(b)
    return table


def tabel(doc, kop, rijen, breedtes):
    table = doc.add_table(rows=1, cols=len(kop))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, tekst in enumerate(kop):
        zet_tekst(table.rows[0].cells[i], tekst, vet=True)
        arceer(table.rows[0].cells[i], "D9E7EC")
    kop_herhalen(table.rows[0])
    for rij in rijen:
        cellen = table.add_row().cells
        for i, tekst in enumerate(rij):
            zet_tekst(cellen[i], tekst)
    for rij in table.rows:
        for i, b in enumerate(breedtes):
            rij.cells[i].width = Cm(b)
    return table


def deterministisch(path, when: datetime.datetime) -> None:
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


# ---------------------------------------------------------------- tekst

INLEIDING = [
    "Voor u ligt het schoolplan van het Aquila Lyceum voor de schooljaren 2024-2025 tot en met "
    "2027-2028. Het beschrijft waar onze school nu staat, waar we over vier jaar willen staan en hoe we "
    "daar komen. Het is ons werkplan voor de komende jaren en tegelijk onze verantwoording aan het "
    "bestuur van de Almeerse Scholen Groep (ASG), aan de inspectie en aan de ouders en leerlingen die "
    "voor onze school kiezen.",
    "We hebben het plan niet achter een bureau geschreven. Op drie studiedagen (11 oktober 2023, "
    "24 januari 2024 en 20 maart 2024) zijn we met het hele personeel aan de slag gegaan met de centrale "
    "vragen uit de ASG Koerswijzer. Per venster werkte een gemengde groep van docenten, "
    "onderwijsondersteuners en teamleiders de vragen uit; de schoolleiding heeft de opbrengst "
    "samengevat en teruggelegd. De leerlingenraad besprak in februari 2024 het hoofdstuk over het "
    "onderwijs, het ouderpanel in maart 2024 de passages over communicatie en ouderbetrokkenheid. Het "
    "concept heeft vier weken ter inzage gelegen in de personeelskamer en op SharePoint; ruim zestig "
    "reacties zijn verwerkt.",
    "Leeswijzer. Hoofdstuk 2 beschrijft de school en haar omgeving. Hoofdstuk 3 bevat onze missie en "
    "visie, hoofdstuk 4 de manier waarop wij de vier kernwaarden van ASG op onze school invullen. De "
    "hoofdstukken 5 tot en met 8 volgen de vier vensters uit Koers 22. Elk van die hoofdstukken heeft "
    "dezelfde opbouw: een tabel met drie kolommen (waar staan we nu, waar willen we naartoe, hoe doen we "
    "dat) en daaronder de doelen met een meetbaar resultaat, een eigenaar en een planning. Hoofdstuk 9 "
    "gaat over kwaliteitszorg en bevat de meerjarenplanning; hoofdstuk 10 over de vaststelling van dit "
    "plan. De jaarplannen 2024-2025 tot en met 2027-2028 zijn van dit schoolplan afgeleid.",
]

PROFIEL = [
    ("Naam", "Aquila Lyceum, school voor gymnasium en atheneum"),
    ("BRIN", "31QF"),
    ("Adres", "Klavecimbelweg 20, 1312 RK Almere (Muziekwijk, Almere Stad)"),
    ("Bevoegd gezag", "Almeerse Scholen Groep (ASG)"),
    ("Denominatie", "openbaar"),
    ("Rector", "drs. M.J. (Marieke) Hoogendam"),
    ("Conrector onderwijs", "dr. T. (Tarik) El Ouali"),
    ("Leerlingen (1 oktober 2023)", "1.176, van wie 421 gymnasium en 755 atheneum"),
    ("Personeel", "104 medewerkers (82 docenten, 22 onderwijsondersteuners), samen 86,4 fte"),
    ("Planperiode", "1 augustus 2024 tot en met 31 juli 2028"),
]

SCHOOL = [
    "Het Aquila Lyceum is in 1996 begonnen als eerste zelfstandige gymnasium van Almere en kreeg in 2001 "
    "een atheneumafdeling. Sinds 2004 zitten we in het gebouw aan de Klavecimbelweg in de Muziekwijk. In "
    "2019 is het gebouw uitgebreid met een bètavleugel met vier practicumlokalen en een open leercentrum "
    "met 120 werkplekken. De lessen duren vijftig minuten en lopen van 8.30 tot 16.20 uur; op "
    "woensdagmiddag zijn er na het zesde uur geen lessen, zodat het team die middag kan overleggen en "
    "leren (zie hoofdstuk 6). De open dagen zijn in januari: twee avonden en een zaterdagochtend.",
    "Almere is een jonge stad met ruim 220.000 inwoners en groeit nog steeds. Onze leerlingen komen uit "
    "alle stadsdelen; 9 procent woont in Lelystad of Zeewolde. In augustus 2023 begonnen 212 "
    "brugklassers, van wie 71 procent een vwo-advies had en 29 procent een havo/vwo-advies. Die laatste "
    "groep start in de atheneumbrugklas. Ongeveer 16 procent van onze leerlingen woont in een wijk met "
    "een lage sociaaleconomische status, en bij ongeveer een derde van de leerlingen wordt thuis (ook) "
    "een andere taal dan Nederlands gesproken. We zien dat leerlingen met een havo/vwo-advies in klas 3 "
    "en 4 vaker vastlopen dan leerlingen met een vwo-advies; daar ligt voor ons een opdracht.",
    "Bij het laatste vierjaarlijks onderzoek van de inspectie (maart 2022) is de school beoordeeld als "
    "voldoende, met de standaard Kwaliteitscultuur als goed. We vallen onder het basistoezicht. De "
    "leerlingtevredenheid ligt met een 7,1 iets boven het landelijk gemiddelde voor het vwo; de "
    "oudertevredenheid met een 7,4 ook.",
]

STERKTEN = [
    "Sterk: klassieke vorming en een breed bètaprogramma; hoge onderwijsresultaten op het gymnasium; "
    "een team dat al jaren samen leert (intervisie, lesson study en onderzoeksgroepen).",
    "Zwak: het bovenbouwsucces op het atheneum; de samenhang tussen de sectieplannen en het schoolplan; "
    "de werkdruk bij mentoren en in de examenperiode.",
    "Kansen: het aanbod van de ASG Academie; samenwerking met universiteiten rond onderzoek en het "
    "profielwerkstuk; de nieuwe kerndoelen voor digitale geletterdheid en burgerschap.",
    "Bedreigingen: moeilijk vervulbare vacatures voor wiskunde, natuurkunde en Duits; dalende "
    "instroom doordat in Almere meer scholen een vwo-afdeling aanbieden.",
]

MISSIE = [
    "Ons motto is ontleend aan de adelaar in onze naam: alis volat propriis, zij vliegt met eigen "
    "vleugels. Op het Aquila Lyceum leren jonge mensen zelfstandig en zorgvuldig denken. Ze verdiepen zich "
    "in de klassieke oudheid, in de natuurwetenschappen en in de samenleving van nu, en ze leren dat "
    "kennis de basis is om een eigen oordeel te vormen. Wij leiden op voor de universiteit, maar vooral "
    "voor een leven waarin je verantwoordelijkheid neemt voor jezelf en voor anderen.",
    "Onze visie op leren is kennisrijk en onderzoekend. Goed onderwijs begint bij een sterke les: een "
    "docent die zijn vak beheerst, duidelijk uitlegt, nagaat of leerlingen het begrepen hebben en "
    "leerlingen laat oefenen tot de stof beklijft. Vanaf klas 1 leren leerlingen vragen stellen, bronnen "
    "wegen en hun denken verwoorden; in de bovenbouw mondt dat uit in het profielwerkstuk.",
    "Een school waar leerlingen onderzoekend leren, moet zelf ook een lerende school zijn. Dat is de rode "
    "draad van dit plan. Onze docenten kijken bij elkaar in de les, onderzoeken hun eigen onderwijs en "
    "ontwikkelen samen lesmateriaal. Die professionele cultuur is de motor achter bijna alle doelen in de "
    "hoofdstukken hierna.",
]

KERN_GEZIEN = [
    "Iedere leerling en iedere collega is bij ons waardevol en wordt gezien. Ons lyceum is gastvrij: "
    "iedereen die binnenkomt, moet zich welkom voelen. Dat begint bij de voordeur. Bij open dagen, "
    "ouderavonden en diploma-uitreikingen staat de ontvangstploeg klaar: twintig leerlingen uit klas 4 en "
    "5 die bezoekers opvangen, rondleiden en vragen beantwoorden. Iedere brugklasser krijgt in de eerste "
    "schoolweek een peetleerling uit klas 4, die tot de herfstvakantie elke week tijdens het mentoruur "
    "langskomt. Nieuwe collega's krijgen een maatje uit hun sectie en een introductieprogramma van drie "
    "middagen. Sinds de verbouwing van 2019 is er een bemande receptie in de hal, waar bezoekers niet "
    "meer hoeven te zoeken naar iemand die ze te woord staat.",
    "Gezien worden begint in het mentoraat. Iedere mentor voert ten minste drie individuele gesprekken per "
    "jaar met elke mentorleerling; in de onderbouw is het gesprek in november een driehoeksgesprek met de "
    "ouders erbij. Twee keer per jaar houden we per leerjaar een leerlingbespreking, waarin mentor, "
    "vakdocenten en de ondersteuningscoördinator bespreken welke leerlingen extra aandacht of juist meer "
    "uitdaging nodig hebben. Voor collega's heeft het jaarlijkse ontwikkelgesprek die functie (zie "
    "hoofdstuk 6).",
]

KERN_OPEN = [
    "Wij gaan respectvol om met iedereen, binnen en buiten de school. Openheid betekent voor ons ook dat "
    "ouders en leerlingen weten waar ze aan toe zijn. Cijfers, absenties en huiswerk staan in Somtoday; "
    "toetsen worden binnen tien schooldagen nagekeken en ingevoerd. Een e-mail van ouders beantwoorden we "
    "binnen twee werkdagen, ook als het antwoord nog niet compleet is. Elke drie weken verschijnt de "
    "nieuwsbrief Aquila Actueel, en de programma's van toetsing en afsluiting staan vanaf 1 oktober op "
    "de website. Bij incidenten informeren we de betrokken ouders dezelfde dag. Leerlingen die het "
    "ergens niet mee eens zijn, kunnen terecht bij hun mentor, de teamleider of de leerlingenraad; de "
    "klachtenregeling van ASG staat op de website.",
]

KERN_OPENBAAR = [
    "Het Aquila Lyceum is een openbare school. Iedere leerling is welkom, ongeacht geloof, "
    "levensbeschouwing, herkomst of seksuele oriëntatie, en iedere medewerker die de openbare "
    "uitgangspunten onderschrijft, kan bij ons werken. Wij kiezen niet voor één levensbeschouwing, maar "
    "maken verschillen bespreekbaar. Dat geven we op vier manieren vorm.",
    "In klas 2 volgen alle leerlingen het vak levensbeschouwing (één uur per week). Ze leren over "
    "jodendom, christendom, islam, hindoeïsme, boeddhisme en humanisme en bezoeken in dat jaar een moskee "
    "en een kerk in Almere. In de bovenbouw komt dit terug bij filosofie en maatschappijwetenschappen.",
    "Leerlingen kunnen voor religieuze feestdagen vrij krijgen; ouders vragen dat aan via de "
    "verlofregeling, die twee dagen per schooljaar toestaat. Toetsen en excursies plannen we niet op het "
    "Suikerfeest, Jom Kipoer of Divali.",
    "Sinds 2021 is er een Gender & Sexuality Alliance, Aquila Pride, die elk jaar Paarse Vrijdag "
    "organiseert. In de mentorlessen van klas 3 besteden we een lessenreeks van vier weken aan "
    "vooroordelen en discriminatie.",
    "Ten slotte letten we bij de samenstelling van de leerlingenraad en het ouderpanel erop dat "
    "verschillende achtergronden vertegenwoordigd zijn, en bij vacatures werven we nadrukkelijk ook "
    "buiten de gebruikelijke kanalen.",
]

KERN_VOORUIT = [
    "Onze ontwikkelingen passen binnen de drie horizonten van de innovatiestrategie van ASG: continue "
    "verbetering, fundamentele verandering en radicale vernieuwing. Binnen de kaders van ons gymnasiale en "
    "atheneumprofiel willen we ook werken met innovatieve leerconcepten; in deze planperiode gaan we "
    "verkennen welke vorm daarbij past.",
    "Nieuwsgierigheid is bij ons vooral zichtbaar in het werk van de onderzoeksgroepen. Elk jaar lezen "
    "vier groepen docenten recente vakliteratuur over een vraag uit de school en proberen ze één inzicht "
    "systematisch uit in hun eigen klassen. In 2023-2024 introduceerde de groep 'Oefenen met terughalen' "
    "wekelijkse korte quizzen in klas 1 bij Nederlands, aardrijkskunde en biologie; de resultaten van de "
    "periodetoetsen vergeleken ze met die van het jaar ervoor. Een andere groep onderzocht hoe leerlingen "
    "feedback op hun schrijfopdrachten gebruiken. De vragen voor het volgende jaar kiezen we in juni, op "
    "het Leerfestival (zie hoofdstuk 6).",
]

KERN_AMBITIE = [
    "De lat ligt hoog, voor leerlingen en voor onszelf. Voor leerlingen betekent dat concreet drie dingen. We gaan ervan uit dat iedere "
    "leerling die bij ons binnenkomt, het vwo-diploma kan halen: in klas 1 is er geen zittenblijven, wel "
    "een herkansingsweek in juni en een steunprogramma na de kerstvakantie voor leerlingen die achterlopen. "
    "We dagen leerlingen uit boven hun niveau te werken: het programma Aquila Plus biedt in klas 3 tot en "
    "met 6 verdieping in Cambridge English (CAE), een extra wiskundeolympiadetraining en filosofie, en in "
    "2023-2024 deden 138 leerlingen daaraan mee. En we maken onze ambities meetbaar: de streefwaarden voor "
    "slagingspercentage en bovenbouwsucces staan in hoofdstuk 5.",
    "Dezelfde ambitie hebben we voor onszelf. Iedere docent formuleert aan het begin van het schooljaar een "
    "eigen leervraag, kiest zelf een ontwikkelteam, onderzoeksgroep of lesson study-team om daaraan te "
    "werken en bespreekt de voortgang in het ontwikkelgesprek. We merken dat collega's daar zelf energie "
    "uit halen: in 2023-2024 meldden 47 docenten zich vrijwillig aan voor een tweede leerteam naast de "
    "verplichte intervisie. Wij geven altijd het beste van onszelf, en dat vragen we ook van onze "
    "leerlingen.",
]

V1_INTRO = [
    "Goed onderwijs is voor ons: leerlingen leren veel, voelen zich veilig en halen het diploma dat bij "
    "hen past. Ons onderwijs moet ook passen bij de belevingswereld van onze leerlingen. In de tabel "
    "hieronder staan per thema onze uitgangssituatie, onze ambitie en de aanpak. Onderwijsprogramma, "
    "burgerschap, veiligheid en ondersteuning zijn de wettelijke onderdelen van ons onderwijskundig beleid.",
]

V1_RIJEN = [
    (
        "Onderwijsresultaten",
        "Alle vier de indicatoren van de inspectie liggen boven de norm. Slagingspercentage 2023: gymnasium "
        "96 procent, atheneum 88 procent (2022: 94 en 86). Onderbouwsnelheid 97 procent. Bovenbouwsucces "
        "atheneum 84 procent, gymnasium 93 procent.\nHet atheneum blijft achter bij het gymnasium, vooral "
        "in klas 4 en bij wiskunde B.",
        "In 2027 is het bovenbouwsucces op het atheneum minstens 90 procent en het slagingspercentage "
        "minstens 92 procent. Het gymnasium houdt het niveau van nu vast.",
        "Elke sectie analyseert in september de examenresultaten en legt de conclusies vast in het "
        "sectieplan.\nVoor atheneum 4 komt er vanaf 2024-2025 een steunuur wiskunde B en een zomerschool "
        "van vijf dagen in de laatste vakantieweek.\nDe teamleider bovenbouw volgt per periode de "
        "leerlingen met twee of meer onvoldoenden.",
    ),
    (
        "Kwaliteitszorg",
        "Er is een kwaliteitskalender, er zijn lesbezoeken, leerling- en oudervragenlijsten (Vensters) en "
        "we leveren de kwartaalrapportages aan ASG. De sectieplannen verschillen sterk in kwaliteit; bij "
        "vijf van de veertien secties ontbreekt een evaluatie.",
        "Een gesloten cyclus op elk niveau: elke sectie heeft vanaf 2025-2026 een sectieplan met twee "
        "meetbare doelen dat in juni wordt geëvalueerd, en de uitkomsten voeden het jaarplan.",
        "Een kwaliteitscoördinator (0,4 fte) bewaakt de kalender.\nJaarlijks voeren twee secties een "
        "interne audit bij elkaar uit met een vaste leidraad.\nPer leerjaar is er twee keer per jaar een "
        "leerlingpanel met de teamleider. Zie verder hoofdstuk 9.",
    ),
    (
        "De les en de leercultuur",
        "Sinds 2021 werken we met een gedeelde lesopbouw, de Aquila-les: voorkennis ophalen, uitleg, "
        "begeleide oefening, controleren van begrip en zelfstandig verwerken. Bij lesbezoeken in 2023 was "
        "die opbouw in 68 procent van de lessen zichtbaar.\nDrie lesson study-teams en vier "
        "onderzoeksgroepen waren in 2023-2024 actief.",
        "De Aquila-les is in 2027 in minstens 85 procent van de bezochte lessen zichtbaar. Samen lessen "
        "ontwerpen, bij elkaar kijken en het eigen handelen onderzoeken is voor iedere docent gewoon "
        "werk.",
        "Lesbezoeken met de kijkwijzer van de Aquila-les door teamleiders en collega's.\nUitbreiding van "
        "lesson study naar acht teams per jaar en intervisie voor alle docenten (uitwerking in hoofdstuk "
        "6).\nElke studiedag begint met een les die een collega heeft ontworpen en die met de groep wordt "
        "nabesproken.",
    ),
    (
        "Onderwijsprogramma en curriculum",
        "Onderbouw: 32 lesuren van vijftig minuten per week. Op het gymnasium Latijn vanaf klas 1 en "
        "Grieks vanaf klas 2 (beide drie uur); op het atheneum in klas 1 tot en met 3 het vak Wereld & "
        "Wetenschap (twee uur). De onderwijstijd ligt ruim boven de wettelijke norm. Bovenbouw: alle vier "
        "de profielen; voor gymnasiasten is één klassieke taal verplicht.\nDe kerndoelen onderbouw zijn "
        "in 2021 afgedekt in een curriculumkaart. Rekenen is ondergebracht bij wiskunde en Nederlands "
        "werkt toe naar referentieniveau 3F in klas 3.\nOnderzoeksvaardigheden komen versnipperd aan bod.",
        "Een toekomstgericht curriculum met een doorlopende leerlijn onderzoeksvaardigheden van klas 1 tot "
        "en met het profielwerkstuk, en met digitale geletterdheid als vast onderdeel van de onderbouw.",
        "Een curriculumteam van zes docenten herschrijft in 2024-2026 de onderbouw op basis van de nieuwe "
        "kerndoelen.\nVanaf 2026-2027 krijgen alle onderbouwklassen een leerlijn digitale geletterdheid "
        "in Wereld & Wetenschap, informatica en de mentorlessen.\nDe docentontwikkelteams maken het "
        "lesmateriaal (hoofdstuk 6).",
    ),
    (
        "Burgerschap",
        "Burgerschap zit in maatschappijleer (klas 4), geschiedenis, de mentorlessen, de debatclub en de "
        "Aquila Model United Nations, waar sinds 2017 jaarlijks zo'n 120 leerlingen aan deelnemen. Er is "
        "een actieve leerlingenraad. Een samenhangende leerlijn ontbreekt nog.",
        "In 2026 een vastgestelde burgerschapsleerlijn voor klas 1 tot en met 6 op de domeinen democratie, "
        "participatie en identiteit, waarvan de opbrengst jaarlijks wordt gemeten.",
        "Een werkgroep burgerschap (drie docenten en twee leerlingen) brengt in 2024-2025 het bestaande "
        "aanbod in kaart.\nBij elke landelijke of gemeentelijke verkiezing organiseren we de "
        "scholierenverkiezingen en een verkiezingsdebat.\nDe maatschappelijke stage in klas 3 hoort bij "
        "de leerlijn (hoofdstuk 8).\nMeting via de leerlingvragenlijst in klas 3 en 6.",
    ),
    (
        "Veiligheid en schoolklimaat",
        "Jaarlijkse monitor sociale veiligheid in alle leerjaren: in 2023 voelde 91 procent van de "
        "leerlingen zich veilig op school. Er zijn een anti-pestcoördinator en twee vertrouwenspersonen; "
        "het veiligheidsplan is in 2022 herzien. Incidenten registreren we in Somtoday. Sinds augustus "
        "2023 gaan mobiele telefoons tijdens de lessen in de kluis.\nPesten gebeurt vooral online en in "
        "klas 2.",
        "In 2028 voelt minstens 93 procent van de leerlingen zich veilig en is het aantal "
        "geregistreerde pestincidenten in klas 2 gehalveerd ten opzichte van 2023-2024.",
        "Jaarlijks worden twaalf leerlingen uit klas 4 opgeleid tot leerlingmediator.\nIn de mentorlessen "
        "van klas 1 en 2 werken we met een lessenreeks over online gedrag.\nIn 2025 stellen we een "
        "protocol sociale media vast, samen met de leerlingenraad.",
    ),
    (
        "Ondersteuning (schoolondersteuningsprofiel)",
        "Basisondersteuning volgens het SOP (2023): mentoraat, faciliteiten bij dyslexie en dyscalculie, "
        "faalangstreductietraining, training studievaardigheden en begeleiding bij hoogbegaafdheid. Extra "
        "ondersteuning via het Steunpunt, met een ondersteuningscoördinator en twee begeleiders passend "
        "onderwijs; 24 leerlingen hebben een ontwikkelingsperspectief.\nWat we niet kunnen bieden: "
        "intensieve gedragsbegeleiding, kleine klassen en een aangepast rooster voor langere tijd.\nSamen "
        "met het samenwerkingsverband maken we deel uit van een dekkend netwerk van onderwijs- en "
        "zorgvoorzieningen, zodat iedere leerling een passende plek heeft.",
        "Een SOP dat leerlingen en ouders begrijpen, met heldere grenzen, en geen leerlingen die langer "
        "dan vier weken thuiszitten.",
        "Het SOP wordt in 2025 herzien, met een publieksversie op de website.\nDe begeleiders passend "
        "onderwijs geven vanaf 2024-2025 elke periode een workshop voor mentoren over autisme en "
        "concentratieproblemen.\nBij dreigend verzuim vindt binnen vijf schooldagen een gesprek plaats "
        "met leerling, ouders en leerplicht.",
    ),
    (
        "Zicht op leerlingen",
        "We hebben zicht op wat onze leerlingen nodig hebben, maar de informatie staat verspreid: cijfers "
        "in Somtoday, verzuim bij de verzuimcoördinator, gespreksverslagen bij de mentor.",
        "Vanaf 2025-2026 ziet iedere mentor in één overzicht cijfers, verzuim en signalen over welbevinden "
        "van zijn leerlingen, en onderneemt hij binnen twee weken actie op een signaal.",
        "We richten in 2024-2025 een mentordashboard in Somtoday in.\nDe leerlingbesprekingen (twee keer "
        "per jaar per leerjaar) werken voortaan vanuit dat overzicht.\nMentoren krijgen hiervoor een "
        "scholing van twee bijeenkomsten.",
    ),
]

V1_DOELEN = [
    ("1.1 Bovenbouwsucces atheneum omhoog", "bovenbouwsucces 84 % (2023) naar 90 %; slagingspercentage "
     "88 % naar 92 %", "2026-2027", "teamleider bovenbouw"),
    ("1.2 Sluitende kwaliteitscyclus per sectie", "sectieplan met evaluatie: 9 van 14 secties naar 14 "
     "van 14", "2025-2026", "kwaliteitscoördinator"),
    ("1.3 De Aquila-les zichtbaar", "68 % van de bezochte lessen (2023) naar 85 %", "2026-2027",
     "conrector onderwijs"),
    ("1.4 Leerlijnen onderzoek en digitale geletterdheid", "leerlijnen vastgesteld; ingevoerd in alle "
     "onderbouwklassen", "vastgesteld juni 2026, invoering 2026-2027", "curriculumteam"),
    ("1.5 Burgerschapsleerlijn", "leerlijn vastgesteld en eerste meting in klas 3 en 6", "2025-2026",
     "werkgroep burgerschap"),
    ("1.6 Sociale veiligheid", "91 % voelt zich veilig (2023) naar 93 %; pestincidenten klas 2 "
     "gehalveerd", "2027-2028", "anti-pestcoördinator"),
    ("1.7 Herzien SOP en mentordashboard", "SOP met publieksversie; dashboard in gebruik bij alle "
     "mentoren", "2025", "ondersteuningscoördinator"),
]

V2_INTRO = [
    "Onze kracht zit in onze mensen. Wij willen dat collega's zich betrokken voelen bij en trots zijn op "
    "onze school en op ASG, en wij willen een school met vitale medewerkers. De kern van dit hoofdstuk is "
    "onze professionele cultuur: vier vormen van samen leren die elkaar aanvullen. Intervisie gaat over "
    "de persoon en de dagelijkse praktijk, lesson study over de les, de onderzoeksgroepen over een vraag "
    "van de school en de docentontwikkelteams over het lesmateriaal. Voor deze vormen reserveren we de "
    "woensdagmiddag: na het zesde lesuur zijn er geen lessen.",
]

V2_RIJEN = [
    (
        "Intervisie",
        "Sinds 2022 werken 31 docenten in vijf intervisiegroepen. Ze komen vijf keer per jaar bijeen en "
        "werken met de incidentmethode. Deelnemers waarderen de intervisie met een 8,0; collega's die niet "
        "meedoen, weten vaak niet wat het inhoudt.",
        "In 2026 zit iedere docent en iedere onderwijsondersteuner in een vaste intervisiegroep van vijf "
        "tot zes collega's, bij voorkeur uit verschillende secties.",
        "Jaarlijks leiden we vier collega's op tot gespreksleider (training van vier dagdelen, "
        "ingekocht bij de ASG Academie).\nDe intervisie valt op vijf woensdagmiddagen in de jaarplanning en "
        "telt mee in de professionaliseringsuren van het taakbeleid.\nNieuwe collega's stromen in hun "
        "tweede jaar in.",
    ),
    (
        "Lesson study",
        "In 2023-2024 draaiden drie lesson study-teams (Engels, wiskunde, geschiedenis). Elk team "
        "formuleert een onderzoeksvraag, ontwerpt samen een les, één docent geeft de les terwijl de anderen "
        "drie leerlingen observeren, en het team past de les aan en geeft hem opnieuw. Twee interne "
        "coaches begeleiden de teams.",
        "In 2026 draaien jaarlijks acht lesson study-teams en heeft in 2028 iedere docent ten minste één "
        "volledige cyclus doorlopen.",
        "We leiden in 2024-2025 twee extra lesson study-coaches op.\nElk team krijgt 30 taakuren per "
        "deelnemer en een vrijgeroosterde ochtend voor de onderzoeksles.\nDe ontworpen lessen komen in de "
        "gedeelde lessenbank op SharePoint.",
    ),
    (
        "Onderzoeksgroepen",
        "Vier onderzoeksgroepen van vier tot zes docenten werken elk één schooljaar aan een vraag uit het "
        "schoolplan, begeleid door onze onderzoekscoördinator (0,3 fte, gepromoveerd "
        "onderwijskundige). Zij lezen literatuur, verzamelen gegevens in de eigen klassen en schrijven "
        "een kort verslag van vier pagina's.",
        "Elk jaar zijn de vragen van de onderzoeksgroepen rechtstreeks verbonden met de doelen van het "
        "jaarplan, en worden de uitkomsten ook echt gebruikt in de secties.",
        "In juni kiest de schoolleiding samen met het team de vier vragen voor het volgende jaar.\nElke "
        "groep presenteert in juni op het Leerfestival; de sectie die het betreft bespreekt in september "
        "wat ze met de uitkomsten doet.\nDe begeleiding van het profielwerkstuk door de VU (hoofdstuk 8) "
        "koppelen we aan een onderzoeksgroep over onderzoeksvaardigheden.",
    ),
    (
        "Docentontwikkelteams (DOT's)",
        "Sinds 2023 zijn er twee DOT's: formatief evalueren in klas 1 en 2, en de leerlijn "
        "onderzoeksvaardigheden. Een DOT bestaat uit vier tot zes docenten van verschillende vakken die "
        "samen een jaar lang lesmateriaal ontwerpen, uitproberen en verbeteren.",
        "Vier DOT's per jaar die het nieuwe onderbouwcurriculum uitwerken; hun materiaal wordt door "
        "collega's gebruikt.",
        "Elke deelnemer krijgt 60 taakuren.\nVanaf 2025-2026 zijn er DOT's voor digitale geletterdheid en "
        "burgerschap.\nAan het eind van het jaar wordt het materiaal gedeeld in de lessenbank en toegelicht "
        "in de sectievergadering.",
    ),
    (
        "Professionalisering en ASG Academie",
        "Het professionaliseringsbudget is 550 euro per fte per jaar, naast de ASG Academie. Er zijn twee "
        "studiedagen en vier leermiddagen per jaar. Veertien docenten volgden in 2023-2024 het programma "
        "Maximum van de ASG Academie.",
        "Iedere medewerker legt jaarlijks in zijn professionaliseringsdossier vast wat hij heeft gedaan "
        "en wat het heeft opgeleverd voor zijn lessen.",
        "De leervraag uit het ontwikkelgesprek bepaalt de keuze voor scholing, ASG Academie of leerteam."
        "\nTeamleiders keuren individuele scholing goed binnen het budget en bewaken de spreiding over "
        "de secties.",
    ),
    (
        "Gesprekscyclus",
        "De cyclus bestaat uit een startgesprek in september, een lesbezoek door de teamleider, een "
        "collegiaal lesbezoek, een ontwikkelgesprek in februari en eens in de drie jaar een "
        "beoordelingsgesprek. In 2022-2023 voerde 78 procent van de medewerkers het ontwikkelgesprek.",
        "Vanaf 2025 voert 100 procent van de medewerkers jaarlijks het ontwikkelgesprek en is de "
        "leervraag het vertrekpunt van het gesprek.",
        "Teamleiders krijgen een vaste span of control van hoogstens 22 medewerkers.\nDe gesprekken worden "
        "vastgelegd in het personeelssysteem van ASG; de rector rapporteert het percentage in de "
        "kwartaalrapportage.",
    ),
    (
        "Bevoegdheid en opleiden",
        "Acht van de 82 docenten zijn (nog) niet bevoegd voor het vak dat ze geven, vooral wiskunde, "
        "natuurkunde en Duits. Wij zijn opleidingsschool samen met Windesheim en de Vrije Universiteit en "
        "begeleiden jaarlijks 12 tot 15 leraren in opleiding; er is een schoolopleider (0,4 fte).",
        "Iedere onbevoegde docent volgt een opleiding en heeft een haalbaar studieplan; in 2026 zijn ten "
        "minste vijf van de acht bevoegd.",
        "Iedere onbevoegde docent krijgt een werkplekbegeleider, een roostervrije dag voor de studie en "
        "tien procent minder lesgevende taken.\nDe schoolopleider bespreekt het studieplan elk kwartaal met "
        "de docent.\nLeraren in opleiding nemen deel aan een intervisiegroep.",
    ),
    (
        "Welbevinden en werkdruk",
        "In het medewerkersonderzoek van 2023 scoorde werkdruk een 6,2; mentoren en docenten in de "
        "examenklassen ervaren de meeste druk. Oudere collega's maken gebruik van de seniorenregeling uit "
        "de cao; jonge ouders vragen vaker om een vaste vrije dag.",
        "In 2027 waarderen medewerkers de werkdruk met minstens een 6,8 en houdt het taakbeleid rekening "
        "met de levensfase van medewerkers.",
        "Iedere mentor heeft hoogstens één mentorklas.\nIn de examenperiode vervallen de "
        "sectievergaderingen.\nBij de jaartaakgesprekken bespreken we de wensen die met de levensfase "
        "samenhangen; het rooster houdt rekening met een vaste vrije dag waar dat kan.",
    ),
    (
        "Erkenning van expertise",
        "Veel expertise zit bij een paar collega's, maar die is niet altijd zichtbaar en wordt niet altijd "
        "beloond.",
        "Docenten die hun kennis inzetten voor collega's, krijgen daar tijd, een erkende rol en een podium "
        "voor.",
        "Rollen als lesson study-coach, gespreksleider intervisie, onderzoekscoördinator en DOT-voorzitter "
        "hebben een taakomschrijving en 40 tot 80 taakuren.\nOp het Leerfestival in juni presenteren alle "
        "leerteams hun werk aan collega's, de leerlingenraad en het ouderpanel.\nIn het "
        "functiebouwhuis maken we een LD-functie voor docenten met een coachende rol.",
    ),
]

V2_DOELEN = [
    ("2.1 Intervisie voor iedereen", "31 deelnemers (2022-2023) naar alle docenten en OOP", "2025-2026",
     "conrector onderwijs"),
    ("2.2 Lesson study", "3 teams (2023-2024) naar 8 per jaar; iedere docent één cyclus", "8 teams in "
     "2025-2026, iedere docent in 2027-2028", "lesson study-coaches"),
    ("2.3 Gesprekscyclus compleet", "78 % ontwikkelgesprekken naar 100 %", "2024-2025", "teamleiders"),
    ("2.4 Bevoegdheid", "8 onbevoegden; in 2026 ten minste 5 bevoegd, de overigen in opleiding",
     "2025-2026", "schoolopleider"),
    ("2.5 Werkdruk", "waardering 6,2 (2023) naar 6,8", "2026-2027", "rector"),
]

V3_INTRO = [
    "Als enige categoriale gymnasium binnen ASG hebben we een eigen plek in het aanbod van de stad. ASG "
    "beschikt door haar schaalgrootte over interne expertise op veel beleidsgebieden; daar maken wij graag "
    "gebruik van. In dit venster gaat het om wat wij van andere ASG-scholen leren en wat wij aan ASG "
    "bijdragen.",
]

V3_RIJEN = [
    (
        "Elkaar ontmoeten en de opbrengst delen",
        "Collega's van onze school ontmoeten collega's van andere ASG-scholen regelmatig. De opbrengst van "
        "onze leerteams blijft nu nog binnen de school.",
        "De uitkomsten van onze onderzoeksgroepen en DOT's zijn ook buiten de school bekend en worden "
        "gebruikt.",
        "In maart 2026 en maart 2028 presenteren twee onderzoeksgroepen hun uitkomsten op de ASG-brede "
        "studiedag.\nDe verslagen van de onderzoeksgroepen zetten we vanaf 2025 op het ASG-intranet.",
    ),
    (
        "Samenwerking tussen secties",
        "Sinds 2022 deelt onze sectie natuurkunde een toetsbank voor de schoolexamens met de secties van "
        "twee andere ASG-scholen met vwo. Onze examensecretaris neemt deel aan het overleg van de "
        "examensecretarissen van ASG (vier keer per jaar).",
        "Ook wiskunde en de klassieke talen werken structureel samen met collega's van andere "
        "ASG-scholen.",
        "In 2025-2026 starten de secties wiskunde een gezamenlijke toetsbank voor wiskunde B.\nDe sectie "
        "klassieke talen zoekt in 2024-2025 contact met de docenten Latijn en Grieks van de "
        "gymnasiumstromen op andere ASG-scholen en spreekt twee vaste overlegmomenten per jaar af.",
    ),
    (
        "Doorlopende leerlijn en aanbod in de stad",
        "Via het Aquila Juniorcollege volgen 40 leerlingen uit groep 8 van negen ASG-basisscholen tien "
        "woensdagmiddagen Latijn, sterrenkunde en filosofie. Met de havo-afdeling van een andere ASG-school "
        "hebben we een overstapregeling met een warme overdracht; in 2023 maakten elf leerlingen die "
        "overstap.",
        "Een leerling voor wie het atheneum te zwaar blijkt, of voor wie juist het gymnasium beter past, "
        "stapt over zonder een schooljaar te verliezen.",
        "Het Juniorcollege groeit naar 60 leerlingen in 2026 en staat open voor alle ASG-basisscholen."
        "\nDe overstapregeling wordt in 2025 schriftelijk vastgelegd, met vaste momenten (december en "
        "mei) voor overleg tussen de teamleiders.",
    ),
]

V3_DOELEN = [
    ("3.1 Opbrengst delen binnen ASG", "presentatie van twee onderzoeksgroepen op de ASG-studiedag",
     "maart 2026 en maart 2028", "onderzoekscoördinator"),
    ("3.2 Gezamenlijke toetsbank wiskunde B", "toetsbank met ten minste twaalf schoolexamentoetsen",
     "2025-2026", "sectievoorzitter wiskunde"),
    ("3.3 Juniorcollege", "40 deelnemers (2023-2024) naar 60", "2026-2027", "teamleider onderbouw"),
]

V4_INTRO = [
    "Leerlingen leren niet alleen op school. Ouders kennen hun kind het best en partners in de stad "
    "openen deuren die wij alleen niet kunnen openen.",
]

V4_RIJEN = [
    (
        "Ouders",
        "Er zijn informatieavonden per leerjaar, twee ouderavonden met tienminutengesprekken en in de "
        "onderbouw het driehoeksgesprek in november. Het ouderpanel (twaalf ouders) komt vier keer per "
        "jaar bijeen met de rector. In de bovenbouw zien we ouders veel minder, terwijl daar de "
        "belangrijke keuzes vallen.",
        "Ook in klas 4 tot en met 6 spreken mentor, leerling en ouders elkaar minstens één keer per jaar "
        "over de studieplanning, de profielkeuze of de studiekeuze.",
        "Vanaf 2025-2026 is er in klas 4 een driehoeksgesprek over de studieplanning en in klas 5 een "
        "gesprek over de studiekeuze.\nIn klas 3 organiseren we een avond over de profielkeuze waar "
        "ouders met de decaan in gesprek gaan.\nOuders van leerlingen met een ontwikkelingsperspectief "
        "spreken de begeleider passend onderwijs elke periode.",
    ),
    (
        "Partners in de stad en daarbuiten",
        "Samenwerking met de Vrije Universiteit (begeleiding van profielwerkstukken en het pre-university "
        "programma voor 25 leerlingen uit klas 5 en 6), De Nieuwe Bibliotheek (lessen mediawijsheid in "
        "klas 1), Kunstlinie Almere (voorstellingen voor CKV) en een klassieke reis naar Rome voor "
        "gymnasium 5.",
        "Een vast netwerk van partners dat bij elk leerjaar ten minste één activiteit buiten de school "
        "verzorgt.",
        "In 2024-2025 maken we een overzicht van de activiteiten per leerjaar en sluiten we afspraken met "
        "de partners voor vier jaar.\nDe VU-begeleiding breiden we uit naar alle profielwerkstukken met "
        "een bètaonderwerp.",
    ),
    (
        "De buurt",
        "Leerlingen uit klas 3 doen een maatschappelijke stage van 30 uur, onder meer bij het "
        "zorgcentrum in de Muziekwijk, de Voedselbank Almere en sportverenigingen. Twintig leerlingen uit "
        "klas 5 geven bijles aan leerlingen van groep 7 en 8 van twee basisscholen in de wijk (Leren met "
        "Aquila).",
        "Iedere leerling uit klas 3 doet de stage, en de stage is verbonden met de burgerschapsleerlijn.",
        "Een stagecoördinator (100 taakuren) onderhoudt de contacten met de stageplekken.\nLeerlingen "
        "schrijven een reflectie die in de mentorles wordt besproken.\nLeren met Aquila groeit naar 30 "
        "bijlesgevers in 2026.",
    ),
]

V4_DOELEN = [
    ("4.1 Ouders in de bovenbouw", "driehoeksgesprek klas 4 bij 90 % van de leerlingen", "2025-2026",
     "teamleider bovenbouw"),
    ("4.2 Maatschappelijke stage", "alle leerlingen van klas 3 ronden de stage af", "2024-2025",
     "stagecoördinator"),
    ("4.3 Partnernetwerk", "per leerjaar ten minste één activiteit met een partner", "2025-2026",
     "conrector onderwijs"),
]

KWALITEIT = [
    "Onze kwaliteitszorg werkt met de cyclus plan, do, check, act op drie niveaus: de school, de sectie "
    "en de individuele medewerker. De kwaliteitskalender legt vast wanneer we welke gegevens "
    "verzamelen en bespreken.",
    "Plan: dit schoolplan wordt elk jaar vertaald in een jaarplan met de doelen van dat jaar; de secties "
    "maken een sectieplan met twee meetbare doelen die aansluiten bij het jaarplan. Medewerkers "
    "formuleren hun leervraag.",
    "Do: de doelen worden uitgevoerd door de eigenaren die bij elk doel staan; de leerteams uit hoofdstuk "
    "6 zijn daarbij de belangrijkste motor.",
    "Check: in oktober analyseren we de examenresultaten en de doorstroomgegevens, in januari de "
    "tussenresultaten en de monitor sociale veiligheid, in april de vragenlijsten van leerlingen en "
    "ouders (om het jaar) en de uitkomsten van de interne audits. Teamleiders leggen lesbezoeken af met de "
    "kijkwijzer. Elk kwartaal rapporteert de rector aan het bestuur van ASG.",
    "Act: in juni evalueren schoolleiding en sectievoorzitters het jaarplan. De uitkomsten komen "
    "in het jaarverslag en bepalen de prioriteiten van het volgende jaarplan.",
    "Voor de uitvoering van dit plan reserveren we jaarlijks circa 85.000 euro uit de lumpsum en de "
    "middelen voor werkdrukverlaging: voor taakuren van de leerteams (ongeveer 1.800 uur per jaar), de "
    "opleiding van coaches en gespreksleiders, de kwaliteitscoördinator en de onderzoekscoördinator.",
]

MEERJAREN = [
    ("2024-2025", "Steunuur en zomerschool atheneum 4; mentordashboard; werkgroep burgerschap; twee extra "
     "lesson study-coaches; 100 % ontwikkelgesprekken; stage klas 3 voor iedereen"),
    ("2025-2026", "Sectieplannen met evaluatie in alle secties; intervisie voor iedereen; acht lesson "
     "study-teams; burgerschapsleerlijn; SOP herzien; toetsbank wiskunde B; driehoeksgesprek klas 4; "
     "presentatie op de ASG-studiedag (maart 2026)"),
    ("2026-2027", "Leerlijnen onderzoek en digitale geletterdheid ingevoerd; bovenbouwsucces atheneum "
     "90 %; Aquila-les in 85 % van de lessen; Juniorcollege 60 leerlingen; werkdruk 6,8"),
    ("2027-2028", "Iedere docent één lesson study-cyclus; sociale veiligheid 93 %; tweede presentatie op "
     "de ASG-studiedag (maart 2028); evaluatie van het schoolplan en voorbereiding van het volgende"),
]

VASTSTELLING = [
    "Het concept van dit schoolplan is op 28 mei 2024 met het voltallige personeel besproken. De "
    "medezeggenschapsraad van het Aquila Lyceum heeft op 19 juni 2024 ingestemd met dit schoolplan. Het "
    "College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld op 2 juli 2024.",
]


# ---------------------------------------------------------------- opbouw

def _stijlen(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.12
    for naam, grootte in (("Heading 1", 16), ("Heading 2", 12.5)):
        st = doc.styles[naam]
        st.font.name = "Georgia"
        st.font.size = Pt(grootte)
        st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)


def _alineas(doc, teksten) -> None:
    for t in teksten:
        doc.add_paragraph(t)


def _doelen(doc, titel, rijen) -> None:
    doc.add_heading(titel, level=2)
    tabel(doc, ("Doel", "Meetbaar resultaat (nu → straks)", "Wanneer", "Eigenaar"), rijen,
          (5.0, 6.0, 3.2, 2.8))
    doc.add_paragraph()


def build(path) -> None:
    doc = Document()
    taal_nl(doc)
    _stijlen(doc)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 Aquila Lyceum"
    cp.author = "M.J. Hoogendam"
    cp.language = "nl-NL"
    cp.created = cp.modified = STEMPEL
    cp.last_modified_by = "M.J. Hoogendam"
    cp.revision = 7

    # titelpagina
    for _ in range(5):
        doc.add_paragraph()
    doc.add_paragraph("Aquila Lyceum", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("gymnasium · atheneum · Almere")
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2024 – 2028")
    r.font.size = Pt(22)
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Alis volat propriis")
    r.italic = True
    r.font.size = Pt(12)
    for _ in range(10):
        doc.add_paragraph()
    doc.add_paragraph("Klavecimbelweg 20, 1312 RK Almere · BRIN 31QF")
    doc.add_paragraph("Een school van de Almeerse Scholen Groep")
    doc.add_paragraph("Vastgesteld op 2 juli 2024, na instemming van de medezeggenschapsraad op 19 juni 2024")
    doc.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

    voet = sec.footer.paragraphs[0]
    voet.text = "Aquila Lyceum · Schoolplan 2024-2028 · pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in voet.runs:
        run.font.size = Pt(8)
    page_field(voet)

    doc.add_heading("1. Inleiding", level=1)
    _alineas(doc, INLEIDING)

    doc.add_heading("2. Onze school", level=1)
    doc.add_heading("2.1 Kerngegevens", level=2)
    tabel(doc, ("Gegeven", ""), PROFIEL, (5.0, 11.6))
    doc.add_heading("2.2 School, gebouw en omgeving", level=2)
    _alineas(doc, SCHOOL)
    doc.add_heading("2.3 Sterkten en zwakten", level=2)
    for t in STERKTEN:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("3. Missie en visie", level=1)
    _alineas(doc, MISSIE)

    doc.add_heading("4. Onze kernwaarden", level=1)
    doc.add_paragraph(
        "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Hieronder "
        "beschrijven we wat ze op het Aquila Lyceum betekenen.")
    doc.add_heading("4.1 Gezien worden", level=2)
    _alineas(doc, KERN_GEZIEN)
    doc.add_heading("4.2 Open", level=2)
    _alineas(doc, KERN_OPEN)
    doc.add_heading("4.3 Ons openbare karakter", level=2)
    _alineas(doc, KERN_OPENBAAR)
    doc.add_heading("4.4 Vooruitstrevend", level=2)
    _alineas(doc, KERN_VOORUIT)
    doc.add_heading("4.5 Ambitieus", level=2)
    _alineas(doc, KERN_AMBITIE)

    for kop, intro, rijen, doeltitel, doelen in (
        ("5. Venster 1: Goed en toegankelijk onderwijs", V1_INTRO, V1_RIJEN, "Doelen venster 1", V1_DOELEN),
        ("6. Venster 2: Personeel in positie", V2_INTRO, V2_RIJEN, "Doelen venster 2", V2_DOELEN),
        ("7. Venster 3: De meerwaarde van ASG", V3_INTRO, V3_RIJEN, "Doelen venster 3", V3_DOELEN),
        ("8. Venster 4: Partnerschap", V4_INTRO, V4_RIJEN, "Doelen venster 4", V4_DOELEN),
    ):
        doc.add_heading(kop, level=1)
        _alineas(doc, intro)
        driekolom(doc, rijen)
        doc.add_paragraph()
        _doelen(doc, doeltitel, doelen)

    doc.add_heading("9. Kwaliteitszorg en meerjarenplanning", level=1)
    _alineas(doc, KWALITEIT)
    doc.add_heading("9.1 Meerjarenplanning", level=2)
    tabel(doc, ("Schooljaar", "Belangrijkste stappen"), MEERJAREN, (3.0, 13.6))

    doc.add_heading("10. Vaststelling", level=1)
    _alineas(doc, VASTSTELLING)
    ond = tabel(doc, ("Voor de medezeggenschapsraad", "Voor het College van Bestuur"),
                [("naam: R. (Ruben) Kasanmoentalib, voorzitter\ndatum: 19 juni 2024\n\nhandtekening:",
                  "naam: voorzitter College van Bestuur ASG\ndatum: 2 juli 2024\n\nhandtekening:")],
                (8.3, 8.3))
    del ond

    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    uit = sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".docx")
    build(uit)
    print(uit)
