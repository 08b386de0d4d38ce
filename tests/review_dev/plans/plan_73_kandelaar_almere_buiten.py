"""Schoolplan 2019-2023 van CBS De Kandelaar (protestants-christelijke basisschool, Almere Buiten).

Opgebouwd rond de vier eigen thema's van de school, met Word-kopstijlen (Kop 1 / Kop 2), per thema
een doelentabel en een korte alinea 'Verbinding met de koers'. Schrijft met python-docx een .docx;
deterministisch (vaste kerneigenschappen en vaste tijdstempels in het zip-archief).
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

TIJDSTEMPEL = datetime.datetime(2019, 6, 24, 16, 5, 0)


# ---------------------------------------------------------------- Word-loodgieterswerk

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


def tabel(doc, kop, rijen, breedtes=None):
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

DOEL_KOP = ["Doel", "Waaraan merken of meten we het?", "Wanneer", "Wie"]
DOEL_BREEDTES = [5.5, 5.5, 2.6, 2.6]


def build(path) -> None:
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "M. van Dijk-Hoekstra"
    cp.last_modified_by = "M. van Dijk-Hoekstra"
    cp.title = "Schoolplan 2019-2023 CBS De Kandelaar"
    cp.subject = "Schoolplan"
    cp.created = TIJDSTEMPEL
    cp.modified = TIJDSTEMPEL
    cp.revision = 7

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.text = "Schoolplan 2019-2023 CBS De Kandelaar  |  pagina "
    page_field(voet)
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def h1(t):
        doc.add_heading(t, level=1)

    def h2(t):
        doc.add_heading(t, level=2)

    def p(t):
        doc.add_paragraph(t)

    def bullets(items):
        for it in items:
            doc.add_paragraph(it, style="List Bullet")

    # ------------------------------------------------------------ omslag
    doc.add_paragraph()
    doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2019 – 2023", style="Title")
    sub = doc.add_paragraph()
    r = sub.add_run("CBS De Kandelaar")
    r.bold = True
    r.font.size = Pt(18)
    sub2 = doc.add_paragraph()
    r = sub2.add_run("Protestants-christelijke basisschool in Almere Buiten")
    r.font.size = Pt(13)
    sub3 = doc.add_paragraph()
    r = sub3.add_run("‘Licht op ieder kind’")
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph()
    p("Schooljaren 2019-2020 tot en met 2022-2023")
    p("BRIN 28HM  ·  Goudsbloemstraat 4, 1334 KL Almere")
    p("Directeur: Marieke van Dijk-Hoekstra")
    p("Bevoegd gezag: Almeerse Scholen Groep (ASG)")
    doc.add_page_break()

    # ------------------------------------------------------------ 1 Inleiding
    h1("1. Inleiding")
    p("Voor u ligt het schoolplan van CBS De Kandelaar voor de schooljaren 2019-2020 tot en met "
      "2022-2023. In dit plan beschrijven wij waar onze school voor staat, wat wij de komende vier "
      "jaar willen bereiken en hoe wij dat willen aanpakken. Het plan is bedoeld voor het team, voor "
      "ouders, voor het bestuur en voor de inspectie. Elk jaar werken wij het uit in een jaarplan.")
    p("Het plan is in het voorjaar van 2019 geschreven. Het team heeft op de studiedagen van 6 februari "
      "en 3 april 2019 gewerkt met de vragen uit de Koerswijzer van de Almeerse Scholen Groep. Ouders "
      "hebben meegedacht op een thema-avond op 14 maart 2019, waar 32 ouders bij waren. De "
      "leerlingenraad heeft zijn wensen op een grote poster gezet, die nu in de hal hangt. Wij hebben "
      "alle opbrengsten niet ingedeeld naar de vensters van Koers 22, maar naar vier thema’s die bij "
      "onze school passen:")
    bullets([
        "Thema 1 – Ieder kind in beeld (pedagogisch klimaat, veiligheid en ondersteuning);",
        "Thema 2 – Stevige basis, brede blik (ons onderwijsprogramma);",
        "Thema 3 – Samen sterk in het team (personeel);",
        "Thema 4 – De Kandelaar in de wijk (ouders en partners).",
    ])
    p("Aan het eind van elk thema staat een korte alinea waarin wij aangeven hoe het thema aansluit bij "
      "de koers van het bestuur. Per thema staan de doelen in een tabel.")
    p("De medezeggenschapsraad heeft het concept besproken in de vergaderingen van 21 mei en 18 juni "
      "2019. De MR heeft op 18 juni 2019 ingestemd met dit schoolplan. Daarna is het plan ter "
      "vaststelling aangeboden aan het College van Bestuur.")

    # ------------------------------------------------------------ 2 Onze school
    h1("2. Onze school")
    h2("2.1 Kengetallen en omgeving")
    p("CBS De Kandelaar staat sinds 1988 in de Bloemenbuurt in Almere Buiten. Op 1 oktober 2018 telde "
      "de school 312 leerlingen in 13 groepen. Het aantal leerlingen is de afgelopen vijf jaar licht "
      "gedaald (2014: 341 leerlingen). Gezien de leeftijdsopbouw van de wijk verwachten wij dat het "
      "aantal in de planperiode rond de 300 blijft. De meeste kinderen komen uit de Bloemenbuurt, de "
      "Faunabuurt en de Regenboogbuurt. Ongeveer zestig procent van de gezinnen heeft een kerkelijke "
      "achtergrond; andere ouders kiezen voor ons vanwege de nabijheid, de sfeer of de resultaten. "
      "Onze schoolweging is 29,4 en ligt daarmee iets onder het landelijk gemiddelde.")
    p("Het team bestaat uit 26 medewerkers (19,4 fte): 17 groepsleerkrachten, een intern begeleider, "
      "een vakleerkracht bewegingsonderwijs, twee onderwijsassistenten, een conciërge, een "
      "administratief medewerker, de adjunct-directeur en de directeur. De gemiddelde leeftijd is 44 "
      "jaar; vijf collega’s gaan in de planperiode met pensioen.")
    p("Het gebouw uit 1988 is in 2016 gerenoveerd en heeft 14 lokalen, een speellokaal en een "
      "aula. In twee lokalen zit kinderopvang De Vlindertuin met een peutergroep en de BSO. Het "
      "gebouw heeft geen lift; de lokalen van groep 7 en 8 liggen op de eerste verdieping.")
    h2("2.2 Schooltijden")
    p("De school is open vanaf 8.15 uur; de lessen beginnen om 8.30 uur. Op maandag, dinsdag, donderdag "
      "en vrijdag zijn de kinderen om 14.45 uur uit, op woensdag om 12.15 uur. De groepen 1 tot en met "
      "4 zijn op vrijdagmiddag vrij. Zo krijgen de groepen 1 tot en met 4 jaarlijks 900 uur les en de "
      "groepen 5 tot en met 8 jaarlijks 980 uur, samen 7.520 uur over acht jaar.")
    p("Wij hebben nog een rooster met een middagpauze van een uur; ongeveer de helft van de kinderen "
      "blijft over onder toezicht van overblijfouders. Of wij overstappen op een continurooster, "
      "bespreken wij in het schooljaar 2020-2021 met ouders en MR. Daarover is nu nog niets besloten.")
    h2("2.3 Identiteit en missie")
    p("De Kandelaar is een protestants-christelijke school. Wij geloven dat ieder kind uniek geschapen "
      "is en een eigen licht heeft; daar verwijst onze naam naar. Ons motto is ‘Licht op ieder kind’. "
      "Bij ons is ieder kind waardevol en wordt ieder kind gezien. Wij willen dat kinderen hier met "
      "plezier leren, hun talenten ontdekken en leren om zorg te dragen voor elkaar en voor de wereld.")
    p("Wij beginnen elke dag met een gebed, een lied of een verhaal uit de methode Trefwoord. Kerst en "
      "Pasen vieren wij met de hele school in de Ontmoetingskerk in het centrum van Almere Buiten. Op "
      "maandag halen wij zendingsgeld op voor een doel dat de leerlingenraad kiest.")
    p("Wij laten alle kinderen toe, ook kinderen van ouders met een ander geloof of zonder geloof. Wij "
      "vragen bij de aanmelding niet naar lidmaatschap van een kerk. Wel vragen wij ouders in het "
      "aanmeldgesprek om onze identiteit te respecteren en hun kind aan alle lessen en vieringen te "
      "laten meedoen. In de groepen 6 tot en met 8 komen in Trefwoord ook de andere wereldgodsdiensten "
      "aan bod. Groep 7 bezoekt elk voorjaar een moskee in Almere Buiten, en kinderen die thuis een "
      "ander feest vieren, zoals het Suikerfeest of Divali, mogen daarover vertellen in de kring.")

    # ------------------------------------------------------------ 3 Thema 1
    h1("3. Thema 1 – Ieder kind in beeld")
    h2("3.1 Waar staan we?")
    p("Ouders noemen de sfeer als belangrijkste reden om voor De Kandelaar te kiezen. In de "
      "tevredenheidspeiling van 2018 gaven ouders de school gemiddeld een 7,8 en gaven leerlingen van "
      "groep 6 tot en met 8 een 8,1. Tegelijk zien wij dat groepen drukker worden en dat meer kinderen "
      "een eigen leerlijn hebben: van 4 kinderen in 2015 naar 11 in 2019.")
    h2("3.2 Veiligheid en schoolklimaat")
    p("In alle groepen werken wij met de Kanjertraining; alle leerkrachten hebben licentie B. Elke groep "
      "begint het schooljaar met ‘de gouden weken’, waarin de groep samen afspraken maakt over hoe je "
      "met elkaar omgaat. De sociale veiligheid meten wij elk jaar in maart met de Kanjer-vragenlijst "
      "(KanVAS) voor de groepen 5 tot en met 8. De uitkomsten bespreken wij in het team en in de MR. "
      "De adjunct-directeur is anti-pestcoördinator en aanspreekpunt voor ouders bij pesten; zij heeft "
      "op dinsdagmiddag een vast inloopuur. Het pestprotocol en het veiligheidsplan staan op de website.")
    p("Naast de Kanjerafspraken hebben wij vijf Kandelaarafspraken, zoals ‘Wij praten mét elkaar en "
      "niet over elkaar’ en ‘Wij luisteren als een ander praat’. Deze afspraken gelden nadrukkelijk ook "
      "voor volwassenen: leerkrachten onderling, ouders en bezoekers. Ze hangen bij de hoofdingang en in "
      "de teamkamer. Houdt een volwassene zich er niet aan, dan spreekt de directeur hem of haar daarop "
      "aan. Komen wij er samen niet uit, dan volgt de klachtenregeling van ASG.")
    h2("3.3 Zicht op wat kinderen nodig hebben")
    p("Wij volgen de ontwikkeling van kinderen met het leerlingvolgsysteem van Cito (groep 3 tot en met "
      "8) en met KIJK! in groep 1 en 2. Na elke toetsperiode, in februari en juni, bespreekt de "
      "leerkracht de resultaten van de groep met de intern begeleider. Drie keer per jaar is er een "
      "leerlingbespreking over kinderen over wie de leerkracht zich zorgen maakt. Sinds dit schooljaar "
      "voert iedere leerkracht van groep 3 tot en met 8 in oktober en maart een kort kindgesprek met "
      "elke leerling, met vragen als ‘Wat gaat goed?’ en ‘Waar wil je hulp bij?’. De afspraken uit "
      "deze gesprekken leggen wij vast in ParnasSys.")
    h2("3.4 Ondersteuning")
    p("In ons schoolondersteuningsprofiel (SOP) staat welke ondersteuning wij kunnen bieden. De "
      "basisondersteuning is afgesproken binnen Samenwerkingsverband Passend Onderwijs Almere. "
      "Daarnaast bieden wij de volgende extra ondersteuning:")
    bullets([
        "een dyslexieprotocol met extra leesbegeleiding vanaf groep 3 en doorverwijzing voor "
        "onderzoek en behandeling;",
        "een plusgroep voor ongeveer vijftien meer- en hoogbegaafde leerlingen uit groep 5 tot en met 8, "
        "één ochtend per week, gegeven door een leerkracht die de opleiding Specialist "
        "Hoogbegaafdheid heeft gevolgd;",
        "een eigen leerlijn rekenen vanaf groep 6 voor kinderen die de leerstof van de groep niet "
        "kunnen volgen;",
        "hulp van een onderwijsassistent in kleine groepjes in groep 3 en 4.",
    ])
    p("Wij kunnen geen passende ondersteuning bieden aan kinderen met ernstige gedragsproblemen die de "
      "hele dag één-op-één begeleiding nodig hebben, en ook niet aan kinderen die voor hun beperking "
      "een lift of een aangepast lokaal nodig hebben. Als wij een kind niet (meer) kunnen geven wat het "
      "nodig heeft, bespreken wij dat in het ondersteuningsteam met de ouders, de schoolmaatschappelijk "
      "werker en de adviseur van het samenwerkingsverband, die zes keer per jaar op school komt. Samen "
      "zoeken wij dan een passende plek op een andere basisschool of in het speciaal (basis)onderwijs. "
      "In 2018-2019 zijn twee leerlingen op die manier naar het speciaal basisonderwijs gegaan.")
    h2("3.5 Doelen thema 1")
    tabel(doc, DOEL_KOP, [
        ["Elke leerling van groep 3-8 heeft twee kindgesprekken per jaar.",
         "100% van de gesprekken gevoerd en vastgelegd in ParnasSys (nu ongeveer 70%).",
         "2019-2020, daarna borgen", "Leerkrachten, IB"],
        ["Leerlingen voelen zich veilig op school.",
         "Score ‘Ik voel me veilig op school’ in KanVAS groep 5-8 minimaal 3,4 op een schaal van 4 "
         "(2019: 3,2).", "Jaarlijks maart", "Adjunct-directeur"],
        ["Kinderen voelen zich nog meer gezien en welkom.",
         "Dat merken we aan de sfeer in de groepen.", "Hele periode", "Team"],
        ["Het SOP is bijgewerkt en past bij wat wij werkelijk bieden.",
         "Nieuw SOP besproken met MR en vastgesteld.", "Voorjaar 2021", "Directeur, IB"],
        ["Meer aandacht voor kinderen die meer aankunnen.",
         "Nog uit te werken.", "2020-2022", "IB, plusleerkracht"],
    ], DOEL_BREEDTES)
    h2("3.6 Verbinding met de koers")
    p("Dit thema sluit aan bij de kernwaarden Gezien worden en Open en bij venster 1 van Koers 22. ASG "
      "zegt dat de cultuur gastvrij is en dat iedereen zich welkom voelt; dat vinden wij ook. Onze "
      "school wil een plek zijn waar kinderen, ouders en gasten zich welkom voelen. Ook wij gaan "
      "respectvol om met iedereen binnen en buiten de school. Met de kindgesprekken, het SOP en het "
      "ondersteuningsteam geven wij in dit thema invulling aan venster 1.")

    # ------------------------------------------------------------ 4 Thema 2
    h1("4. Thema 2 – Stevige basis, brede blik")
    h2("4.1 Ons onderwijsprogramma")
    p("Wij werken in jaargroepen met methodes die samen de kerndoelen dekken. In groep 1 en 2 werken wij "
      "met de thema’s van Kleuterplein. Vanaf groep 3 gebruiken wij Veilig leren lezen (aanvankelijk "
      "lezen), Estafette (technisch lezen, groep 4 tot en met 6), Nieuwsbegrip (begrijpend lezen), Taal "
      "actief (taal en spelling), Wereld in getallen (rekenen), Blink Wereld (aardrijkskunde, "
      "geschiedenis, natuur en techniek, groep 5 tot en met 8), Trefwoord (levensbeschouwing) en Moet "
      "je doen (muziek, drama en dans). Engels krijgen de groepen 7 en 8 met Groove.me. "
      "Bewegingsonderwijs geeft de vakleerkracht twee keer per week in de gymzaal naast de school.")
    tabel(doc, ["Vak (uren per week)", "Groep 3-4", "Groep 5-8"], [
        ["Nederlandse taal en lezen", "8,0", "7,0"],
        ["Rekenen en wiskunde", "5,5", "5,0"],
        ["Wereldoriëntatie (incl. natuur en techniek)", "1,5", "3,0"],
        ["Levensbeschouwing en dagopening", "1,5", "1,5"],
        ["Kunstzinnige oriëntatie", "2,0", "2,0"],
        ["Bewegingsonderwijs", "1,5", "1,5"],
        ["Engels", "–", "1,0 (groep 7-8)"],
    ], [7.0, 3.0, 3.0])
    p("Voor taal en rekenen werken wij met de referentieniveaus. In 2019 haalde 97% van onze "
      "leerlingen op de IEP-eindtoets niveau 1F en 58% niveau 2F/1S; beide liggen boven de "
      "signaleringswaarden van de inspectie. Bij het laatste bezoek van de inspectie, in maart 2017, "
      "kreeg de school het basisarrangement. Onze eigen norm ligt hoger: minimaal 96% van de "
      "leerlingen haalt 1F, en het percentage 2F/1S groeit naar 62% in 2023.")
    p("Bij het schooladvies geven wij bij twijfel het hogere advies. Voor leerlingen met een "
      "dubbeladvies bespreken wij met de ouders welke brugklas het best past. De VO-scholen laten ons "
      "elk jaar weten hoe onze oud-leerlingen het doen: van de leerlingen die in 2015 van school gingen, "
      "zat 88% drie jaar later op of boven het niveau van ons advies.")
    h2("4.2 Instructie")
    p("In 2019-2020 volgt het hele team scholing in het model van expliciete directe instructie (EDI). "
      "Met een kijkwijzer bezoeken de directeur en de intern begeleider elke groep twee keer per jaar. "
      "In 2020-2021 kiezen wij een nieuwe rekenmethode, omdat Wereld in getallen in onze versie niet "
      "meer wordt geleverd.")
    h2("4.3 Burgerschap")
    p("Burgerschap geven wij vorm vanuit onze identiteit: samenleven met respect voor ieder mens. Wat "
      "wij daarvoor doen:")
    bullets([
        "de leerlingenraad, met twee leerlingen per groep uit groep 5 tot en met 8, wordt in september "
        "gekozen, vergadert zes keer per jaar met de directeur en mag jaarlijks € 500 besteden;",
        "groep 8 bezoekt in het voorjaar het stadhuis en spreekt daar met een gemeenteraadslid;",
        "in groep 7 en 8 behandelen wij met Blink lessen over democratie, rechtsstaat en "
        "kinderrechten;",
        "groep 8 voert elk jaar een wijkproject uit, zoals het opruimen van het park of een middag "
        "met de ouderen van zorgcentrum De Boomgaard.",
    ])
    h2("4.4 Leren voor later")
    p("Onze leerlingen groeien op in een wereld die snel verandert. Daarom voeren wij vanaf 2019-2020 "
      "een leerlijn digitale geletterdheid in voor groep 1 tot en met 8, gebaseerd op de leerlijn van "
      "SLO. Daarin zitten mediawijsheid (in groep 5 tot en met 8 doen wij mee aan de lessen van "
      "MediaMasters in november), ICT-basisvaardigheden (typen vanaf groep 5) en eenvoudig "
      "programmeren. Verder zetten wij vier keer per jaar een techniekmiddag in het rooster. In "
      "2021-2022 moet de leerlijn in alle groepen staan.")
    p("Steeds meer scholen in Almere geven Engels vanaf groep 1. Wij doen dat nog niet: eerst willen "
      "wij de basis van taal en rekenen verder versterken. In 2021 bekijken wij deze keuze opnieuw.")
    p("Wij zijn geen vernieuwingsschool. Wij werken met jaargroepen en methodes en kiezen in deze "
      "planperiode niet voor een ander onderwijsconcept. Hoe de drie horizonten van de "
      "innovatiestrategie van ASG voor een school als de onze vertaald moeten worden, laten wij in deze "
      "periode over aan de Regiegroep Innovatie van het bestuur.")
    h2("4.5 Doelen thema 2")
    tabel(doc, DOEL_KOP, [
        ["Resultaten taal en rekenen blijven hoog.",
         "Eindtoets: minimaal 96% 1F; 2F/1S groeit van 58% (2019) naar 62%.",
         "Jaarlijks, eindmeting 2023", "Directeur, IB"],
        ["EDI is zichtbaar in alle groepen.",
         "Bij klassenbezoek voldoet 80% van de lessen aan de kijkwijzer EDI.",
         "Juni 2021", "Directeur, IB"],
        ["Leerlijn digitale geletterdheid ingevoerd.",
         "Leerlijn staat in het rooster van groep 1-8.", "2021-2022", "ICT-coördinator"],
        ["Nieuwe rekenmethode gekozen en ingevoerd.",
         "Keuze in MR besproken; methode in gebruik in groep 3-8.", "Keuze 2020-2021, invoering "
         "2021-2022", "Werkgroep rekenen"],
        ["Ons onderwijs wordt uitdagender.",
         "Leerlingen geven aan dat ze meer uitgedaagd worden.", "Hele periode", "Team"],
    ], DOEL_BREEDTES)
    h2("4.6 Verbinding met de koers")
    p("Dit thema hoort bij venster 1, Goed en toegankelijk onderwijs, en bij de kernwaarden Ambitieus en "
      "Vooruitstrevend. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Ook wij willen "
      "nieuwsgierig blijven naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven, en wij "
      "ontwikkelen onderwijs dat past bij de belevingswereld van onze leerlingen.")

    # ------------------------------------------------------------ 5 Thema 3
    h1("5. Thema 3 – Samen sterk in het team")
    h2("5.1 Waar staan we?")
    p("Ons team is stabiel: in de afgelopen drie jaar vertrokken alleen collega’s die met pensioen "
      "gingen of verhuisden. Vervanging bij ziekte is wel steeds moeilijker. In 2018-2019 moesten wij "
      "elf keer een groep verdelen over andere groepen. In het medewerkersonderzoek van ASG (2018) "
      "gaven collega’s de werksfeer een 8,0 en de werkdruk een 6,1.")
    h2("5.2 Gesprekken en bekwaamheid")
    p("De leerkrachten houden hun bekwaamheidsdossier bij in het personeelssysteem van ASG. Wij volgen "
      "de gesprekscyclus van ASG, met deze vaste momenten: in september een startgesprek, waarin de "
      "collega een eigen ontwikkeldoel kiest; tussen november en februari een klassenbezoek met "
      "nagesprek; en in mei of juni een ontwikkelgesprek. Eens in de drie jaar is er een "
      "beoordelingsgesprek. De directeur voert de gesprekken met de leerkrachten van groep 5 tot en met "
      "8, de adjunct-directeur met de leerkrachten van groep 1 tot en met 4 en met het onderwijs"
      "ondersteunend personeel.")
    h2("5.3 Professionalisering")
    p("In 2019-2020 volgt het hele team de scholing EDI: vier bijeenkomsten met een trainer, "
      "georganiseerd via de ASG Academie. In 2020-2021 is rekenen het teamthema, met de nadruk op "
      "automatiseren. Daarnaast kiest iedere leerkracht in het startgesprek zelf een ontwikkeldoel en "
      "gebruikt daarvoor de professionaliseringsuren uit de cao. In juni houden wij een oogstmiddag "
      "waarop elke collega in vijf minuten laat zien wat zijn of haar ontwikkeldoel heeft opgeleverd.")
    p("Twee leerkrachten volgen van 2019 tot 2021 de leergang ‘Onderzoekend leren’ van de ASG "
      "Academie. Zij doen onderzoek naar begrijpend lezen in groep 5 tot en met 8 en presenteren hun "
      "uitkomsten op de ASG-studiedag in het najaar van 2021. Het hele team gaat elk jaar naar de "
      "ASG-brede studiedag in oktober.")
    h2("5.4 Leren van elkaar")
    p("Iedere leerkracht bezoekt twee keer per jaar een les van een collega, met een kijkvraag die de "
      "bezochte collega zelf bedenkt. Daarnaast werken wij in drie leerteams (onderbouw, middenbouw en "
      "bovenbouw) die eens in de zes weken bij elkaar komen om lessen samen voor te bereiden en de "
      "resultaten van de groepen te bespreken.")
    h2("5.5 Werkdruk en welbevinden")
    p("De werkdrukmiddelen, in 2019-2020 ongeveer € 46.000, besteden wij aan een extra "
      "onderwijsassistent (0,6 fte) en aan een uitbreiding van de vakleerkracht bewegingsonderwijs, "
      "zodat groepsleerkrachten tijd overhouden voor administratie en voorbereiding. Daarover heeft het "
      "team in mei 2019 gestemd. Elk jaar in mei bespreekt het team opnieuw of de inzet moet "
      "veranderen.")
    p("Een eigen vitaliteitsprogramma hebben wij niet; daarvoor volgen wij wat ASG aanbiedt. Interne "
      "mobiliteit en het werven van nieuwe leerkrachten zijn in de eerste plaats een zaak van het "
      "bestuur. Het lerarentekort in Almere kunnen wij als school niet oplossen; wij volgen hierin de "
      "afspraken die ASG maakt.")
    p("Ons team is betrokken bij en trots op de school en op ASG. Dat willen wij zo houden.")
    h2("5.6 Doelen thema 3")
    tabel(doc, DOEL_KOP, [
        ["Iedere leerkracht werkt aan een zelfgekozen ontwikkeldoel.",
         "Alle collega’s presenteren op de oogstmiddag.", "Jaarlijks juni", "Directeur"],
        ["Het team beheerst EDI.",
         "Scholing afgerond; alle leerkrachten gecertificeerd.", "Juni 2020", "Directeur"],
        ["Collegiale consultatie is gewoon.",
         "Iedere leerkracht twee lesbezoeken per jaar (2019: ongeveer de helft).",
         "Vanaf 2019-2020", "Leerteams"],
        ["Werkdruk is beter te hanteren.",
         "Score werkdruk in ASG-medewerkersonderzoek van 6,1 naar minimaal 6,8.",
         "Meting 2021", "Directeur, PMR"],
        ["Een open en fijne teamcultuur.",
         "Collega’s voelen zich gehoord.", "Hele periode", "Iedereen"],
    ], DOEL_BREEDTES)
    h2("5.7 Verbinding met de koers")
    p("Dit thema past bij venster 2, Personeel in positie, en bij de kernwaarde Ambitieus. Wij zijn "
      "intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren, en wij geven "
      "altijd het beste van onszelf. Met de studiedagen en de Academie sluiten wij ook aan bij venster 3, "
      "de meerwaarde van ASG.")

    # ------------------------------------------------------------ 6 Thema 4
    h1("6. Thema 4 – De Kandelaar in de wijk")
    h2("6.1 Ouders")
    p("Ouders kennen hun kind het best. Wij zien hen als partners in de opvoeding en willen dat zij "
      "weten wat hun kind op school leert. Wat wij concreet doen:")
    bullets([
        "in de derde schoolweek is er een startgesprek, waarin ouders de leerkracht vertellen over hun "
        "kind;",
        "in februari en juni zijn er rapportgesprekken van tien minuten;",
        "vanaf 2020-2021 voeren wij in groep 6, 7 en 8 driehoeksgesprekken, waarin het kind zelf aan "
        "ouders en leerkracht vertelt wat zijn doelen zijn;",
        "elke groep heeft twee klassenouders, en de ouderraad organiseert samen met het team de "
        "vieringen en de sportdag.",
    ])
    p("Wij informeren ouders via de ouderapp Parro. De leerkracht plaatst minstens één keer per week een "
      "bericht over wat de groep doet, en de directie stuurt elke twee weken de nieuwsbrief ‘Het "
      "Lichtpuntje’. Vragen van ouders beantwoorden wij binnen twee werkdagen. De schoolgids staat op "
      "de website; de MR bespreekt hem elk jaar voordat hij verschijnt.")
    h2("6.2 Medezeggenschap")
    p("De MR bestaat uit drie ouders en drie teamleden en vergadert zes keer per jaar. De directeur is "
      "bij het eerste deel van elke vergadering aanwezig. Plannen die nog in de kinderschoenen staan, "
      "zoals het continurooster of de besteding van de werkdrukmiddelen, legt de directeur al in een "
      "vroeg stadium aan de MR voor, zodat de MR kan meedenken voordat er een voorstel ligt. Zo is in "
      "2018 ook het nieuwe schoolplein tot stand gekomen. Hoe de medezeggenschap boven de scholen "
      "wordt geregeld, in de GMR en straks in een overkoepelende raad, laten wij aan het bestuur en de "
      "GMR.")
    h2("6.3 Partners in de buurt")
    p("De school staat midden in de wijk. Met deze partners hebben wij vaste afspraken:")
    bullets([
        "Kinderopvang De Vlindertuin (peutergroep en BSO in ons gebouw): elke peuter wordt met een "
        "overdrachtsformulier en een gesprek warm overgedragen aan groep 1; twee keer per jaar werken "
        "peutergroep en kleutergroepen met hetzelfde thema;",
        "de Nieuwe Bibliotheek, vestiging Almere Buiten: wij doen mee aan de Bibliotheek op school, met "
        "een leesconsulent die elke donderdag op school is;",
        "de Ontmoetingskerk: vieringen met Kerst en Pasen en een gastles van de predikant in groep 8;",
        "schoolmaatschappelijk werk van De Schoor, elke dinsdagochtend op school;",
        "de buurtsportcoach van de gemeente Almere, die samen met sportverenigingen uit Almere Buiten "
        "naschoolse clinics geeft;",
        "de scholen voor voortgezet onderwijs: groep 8 volgt in januari proeflessen op twee VO-scholen "
        "van ASG, en elke leerling wordt warm overgedragen in een gesprek tussen de leerkracht van "
        "groep 8 en de mentor van de nieuwe school.",
    ])
    h2("6.4 Doelen thema 4")
    tabel(doc, DOEL_KOP, [
        ["Driehoeksgesprekken in groep 6-8.",
         "Ingevoerd; bij minimaal 90% van de gesprekken zijn ouders aanwezig.",
         "Start 2020-2021", "Bovenbouwteam"],
        ["Ouders voelen zich betrokken.",
         "Score ouders in tevredenheidspeiling minstens even hoog als in 2018 (7,8).",
         "Peiling 2021 en 2023", "Directeur"],
        ["Meer kinderen lezen met plezier.",
         "Uitleningen schoolbibliotheek 10% hoger dan in 2018-2019.", "2021-2022",
         "Leescoördinator, bibliotheek"],
        ["Doorgaande lijn met De Vlindertuin.",
         "Alle peuters van De Vlindertuin warm overgedragen.", "Vanaf 2019-2020", "IB, De Vlindertuin"],
        ["Beter zichtbaar zijn in de wijk.",
         "Nog te bepalen.", "Hele periode", "Directie"],
    ], DOEL_BREEDTES)
    h2("6.5 Verbinding met de koers")
    p("Dit thema hoort bij venster 4, Partnerschap. Ouders zijn betrokken bij het leerproces van hun "
      "kind, en de school werkt samen met partners in de nabije omgeving. Via de overstap naar het "
      "voortgezet onderwijs en de studiedagen hebben wij ook te maken met venster 3. Bij de kernwaarde "
      "Open past de manier waarop wij ouders informeren.")

    # ------------------------------------------------------------ 7 Kwaliteit en planning
    h1("7. Kwaliteit, financiën en planning")
    h2("7.1 Kwaliteitszorg")
    p("Hoe wij de kwaliteit van ons onderwijs bewaken, volgt het kwaliteitshandboek van ASG. Wij nemen "
      "dat hier niet opnieuw op. Een eigen instrument voor zelfevaluatie hebben wij nog niet gekozen; "
      "dat komt in 2021 aan de orde.")
    h2("7.2 Financiën")
    p("De school wordt bekostigd via de lumpsum. De begroting voor 2019 is ongeveer € 1,9 miljoen, "
      "waarvan 85% naar personeel gaat. Voor de uitvoering van dit plan reserveren wij jaarlijks "
      "€ 12.000 voor leermiddelen en € 8.000 voor scholing, naast het scholingsbudget van ASG. Voor de "
      "nieuwe rekenmethode is in 2021 eenmalig € 18.000 begroot. Het onderhoud van het gebouw valt "
      "onder het meerjarenonderhoudsplan van het bestuur.")
    h2("7.3 Meerjarenplanning")
    tabel(doc, ["Schooljaar", "Accenten"], [
        ["2019-2020", "Scholing EDI; kindgesprekken in groep 3-8; start leerlijn digitale geletterdheid; "
         "werkdrukmiddelen naar extra onderwijsassistent."],
        ["2020-2021", "Teamthema rekenen en keuze rekenmethode; driehoeksgesprekken groep 6-8; "
         "gesprek over continurooster; SOP bijwerken."],
        ["2021-2022", "Invoering rekenmethode; leerlijn digitale geletterdheid in alle groepen; "
         "presentatie onderzoek begrijpend lezen op ASG-studiedag."],
        ["2022-2023", "Borgen en evalueren; voorbereiding nieuw schoolplan."],
    ], [3.0, 13.0])

    # ------------------------------------------------------------ 8 Vaststelling
    h1("8. Instemming en vaststelling")
    p("De medezeggenschapsraad van CBS De Kandelaar heeft op 18 juni 2019 ingestemd met dit schoolplan.")
    p("Namens de MR: A. Bakker, voorzitter")
    p("Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 8 juli 2019.")
    p("Namens de school: M. van Dijk-Hoekstra, directeur")
    p("Handtekening: ______________________          Datum: ______________")

    doc.save(path)
    deterministisch(path, TIJDSTEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_73_kandelaar_almere_buiten.docx")
