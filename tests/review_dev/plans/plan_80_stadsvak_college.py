"""Schoolplan 2020-2024 van het Stadsvak College (vmbo basis/kader, Almere Stad).

Een plan langs de vier vensters, met vetgedrukte gewone alinea's als kopjes (geen kopstijlen),
in de praktische taal van werkplaatsen, stages en zorg. De kernwaarden zijn in de vensters verweven.
Eén doelentabel met een kolom voor het venster. De MR heeft alleen geadviseerd.
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

MOMENT = datetime.datetime(2020, 7, 7, 9, 30, 0)


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
# ("v", tekst): hoofdkopje, vet 14 pt | ("k", tekst): tussenkopje, vet | ("p", tekst) | ("lijst", [...])
# ("doelen", None): de doelentabel

INHOUD = [
    ("v", "Inleiding"),
    ("p", "Dit is het schoolplan van het Stadsvak College voor de schooljaren 2020-2021 tot en met "
          "2023-2024. Wij schreven het in het voorjaar van 2020, in een bijzondere tijd. Door de "
          "coronamaatregelen waren onze werkplaatsen van half maart tot begin juni dicht en konden de "
          "stages van leerjaar 3 niet doorgaan. Dat heeft ons laten zien hoe belangrijk het leren in de "
          "praktijk voor onze leerlingen is. Dit plan gaat daarom vooral over de praktijk: de "
          "werkplaatsen, de stages en de begeleiding van onze leerlingen."),
    ("p", "Wij volgen de vier vensters van Koers 22 van de Almeerse Scholen Groep (ASG). De vier "
          "kernwaarden van ASG hebben geen eigen hoofdstuk gekregen; bij de vensters laten wij zien waar "
          "ze in ons dagelijks werk terugkomen. Het plan is voorbereid in drie werkmiddagen met de teams "
          "(januari en februari 2020) en besproken met de leerlingenraad. Achteraan staan de doelen voor "
          "de komende vier jaar in één tabel; die werken wij ieder jaar uit in het schooljaarplan."),

    ("v", "Onze school in het kort"),
    ("p", "Het Stadsvak College is een algemeen-bijzondere school voor vmbo in de basisberoepsgerichte "
          "en de kaderberoepsgerichte leerweg. Wij gaan niet uit van één geloof of levensbeschouwing."),
    ("lijst", [
        "Adres: Spoordreef 120, 1315 GP Almere Stad",
        "BRIN-nummer: 27PL",
        "Bestuur: Almeerse Scholen Groep",
        "Directeur: Ruud Hoekstra; teamleiders: Nadia Bouzid (onderbouw), Kees van Dam (bovenbouw "
        "basis), Priya Ramdin (bovenbouw kader)",
        "Leerlingen op 1 oktober 2019: 642, van wie 291 in de basisberoepsgerichte en 351 in de "
        "kaderberoepsgerichte leerweg",
        "Profielen: Zorg en Welzijn (Z&W), Economie en Ondernemen (E&O), Bouwen, Wonen en Interieur "
        "(BWI) en Produceren, Installeren en Energie (PIE)",
        "Medewerkers: 81 (63 fte)",
    ]),
    ("p", "Ons gebouw uit 2008 staat aan de rand van het centrum, tien minuten fietsen van station "
          "Almere Centrum. Het heeft negen praktijklokalen: een keuken met restaurantdeel, een "
          "verzorgingslokaal, een winkel- en kantoorlokaal, twee houtwerkplaatsen, een werkplaats "
          "installatietechniek, een werkplaats metaal, een lokaal elektrotechniek en een ICT-lokaal. "
          "Onze leerlingen komen uit alle wijken van Almere Stad en voor een deel uit Almere Buiten en "
          "Almere Poort. Ruim de helft van de leerlingen in de basisberoepsgerichte leerweg heeft een "
          "indicatie voor leerwegondersteuning. De lessen duren 45 minuten en beginnen om 8.30 uur."),
    ("p", "Ons motto is: vak, mens, toekomst. Onze leerlingen leren met hun handen en met hun hoofd. Wij "
          "willen dat iedere leerling met een diploma en een goed beeld van zichzelf doorstroomt naar het "
          "mbo en later een plek vindt in werk en samenleving. Zo geven wij op onze manier kleur aan goed "
          "onderwijs."),

    ("v", "Venster 1. Goed en toegankelijk onderwijs"),
    ("p", "Goed onderwijs is voor onze leerlingen onderwijs waarin ze iets maken, iets doen en zien "
          "waarvoor ze leren. Daarnaast moet de basis op orde zijn: een diploma, taal en rekenen, en een "
          "school waar je veilig bent en waar iemand naar je omkijkt."),
    ("k", "Resultaten"),
    ("p", "De inspectie heeft bij het laatste onderzoek (maart 2018) beide afdelingen voldoende "
          "beoordeeld; wij hebben het basisarrangement. De resultaten van de afgelopen jaren:"),
    ("lijst", [
        "geslaagd in de basisberoepsgerichte leerweg: 98% (2017), 97% (2018), 98% (2019);",
        "geslaagd in de kaderberoepsgerichte leerweg: 95% (2017), 92% (2018), 93% (2019);",
        "onderbouwsnelheid 2019: 96%;",
        "bovenbouwsucces 2019: 90% in de basisberoepsgerichte en 81% in de kaderberoepsgerichte leerweg.",
    ]),
    ("p", "Het bovenbouwsucces in de kaderberoepsgerichte leerweg is onze zwakke plek; het ligt onder "
          "de norm van de inspectie. Uit onze analyse blijkt dat vooral leerlingen die in leerjaar 3 van "
          "profiel wisselen of blijven zitten het percentage omlaag halen. Wij nemen twee maatregelen. De "
          "profielkeuze in leerjaar 2 bereiden wij beter voor (zie Stage en loopbaan). En kaderleerlingen "
          "die na het eerste rapport van leerjaar 3 op twee of meer vakken onvoldoende staan, krijgen een "
          "steunprogramma van zes weken met twee extra lessen per week bij hun eigen docenten."),
    ("k", "De lat hoog"),
    ("p", "Ambitieus zijn wij vooral voor onze leerlingen. Een vmbo-basisleerling kan vaak meer dan hij "
          "zelf denkt. Leerlingen in de basisberoepsgerichte leerweg die in leerjaar 2 voor alle vakken "
          "op kaderniveau werken, krijgen samen met hun ouders een opstroomgesprek; in 2019 stroomden 23 "
          "leerlingen op naar de kaderberoepsgerichte leerweg. Kaderleerlingen met een gemiddelde van 7 "
          "of hoger kunnen in leerjaar 4 de module Op weg naar niveau 4 volgen, die wij samen met het ROC "
          "van Flevoland geven; in 2019-2020 deden 31 leerlingen mee. Dat wij daarbij altijd het beste "
          "van onszelf geven, vinden wij vanzelfsprekend."),
    ("k", "Ons onderwijsprogramma"),
    ("p", "In leerjaar 1 en 2 krijgen alle leerlingen een brede basis, gebaseerd op de kerndoelen van de "
          "onderbouw. De lessentabel per week:"),
    ("lijst", [
        "Nederlands 4, Engels 3, wiskunde 3, rekenen 1;",
        "mens en maatschappij 3, mens en natuur 3;",
        "lichamelijke opvoeding 3, kunst en cultuur 2;",
        "praktijk in de werkplaatsen (carrousel langs de vier profielen): 8 lessen in leerjaar 1 en 10 "
        "in leerjaar 2;",
        "digitale geletterdheid 1 en mentoruur 1.",
    ]),
    ("p", "In leerjaar 3 en 4 volgt de leerling een profiel. Het profielvak en vier keuzevakken beslaan "
          "samen 14 tot 16 lessen per week. Daarnaast volgen alle leerlingen Nederlands, Engels, "
          "maatschappijleer (leerjaar 3), lichamelijke opvoeding en CKV, en per profiel twee vakken uit "
          "wiskunde, economie, biologie en natuur- en scheikunde. Het examenprogramma staat in het "
          "programma van toetsing en afsluiting (PTA), dat wij ieder jaar voor 1 oktober publiceren. Taal "
          "en rekenen toetsen wij in leerjaar 1 tot en met 3 twee keer per jaar met de Cito VAS-toetsen, "
          "zodat wij zien of de leerlingen op weg zijn naar referentieniveau 2F. Wie achterloopt, krijgt "
          "lezen of rekenen in een kleine groep. Wij plannen per schooljaar ruim 1.000 klokuren onderwijs "
          "in en komen daarmee ruim boven de wettelijke 3.700 uur over vier jaar."),
    ("k", "Ons programma blijft in beweging"),
    ("p", "Het beroepsgerichte programma bestaat sinds 2016 uit profielen en keuzevakken. De keuzevakken "
          "kiezen wij samen met het mbo en met bedrijven uit de regio, zodat ze passen bij het werk dat er "
          "over vijf of tien jaar is. Nu bieden wij onder meer Robotica, Duurzame installatietechniek, "
          "Ondernemen, Zorg en technologie en Webshop aan. Vanaf 2021-2022 komt daar Drones en "
          "dataverwerking bij, dat wij samen met het ROC van Flevoland ontwikkelen. In leerjaar 1 en 2 "
          "hebben alle leerlingen één les per week digitale geletterdheid: basisvaardigheden, programmeren "
          "met microbits en mediawijsheid. In 2020-2021 maakt de sectie ICT hiervoor een leerlijn die "
          "doorloopt tot en met leerjaar 3."),
    ("k", "Leren in de werkplaats"),
    ("p", "Vooruitstrevend zijn betekent voor ons: durven uitproberen wat beter werkt voor onze "
          "leerlingen. Sinds 2019 werken leerjaar 1 en 2 om de zes weken een projectweek lang in de "
          "werkplaatsen aan één opdracht, waarin Nederlands, rekenen en praktijk samenkomen. Voorbeelden "
          "zijn de foodtruck in leerjaar 1 (menu bedenken, kosten berekenen, koken en verkopen op het "
          "plein) en het tuinhuisje in leerjaar 2 (tekenen, zagen, bekabelen). De docenten Nederlands en "
          "wiskunde geven in die week les in de werkplaats. In 2020-2021 start in PIE een proef met "
          "hybride leren: vijftien leerlingen uit leerjaar 4 werken één dag per week in de leerwerkplaats "
          "van een installatiebedrijf, begeleid door onze docent en een praktijkopleider van het bedrijf."),
    ("p", "Onze leerlingen leren het best als ze zien waarvoor ze iets doen. Daarom werken ze zoveel "
          "mogelijk aan echte opdrachten. E&O-leerlingen draaien op dinsdag en donderdag de schoolwinkel "
          "De Toonbank. Z&W-leerlingen koken op vrijdag de lunch voor het personeel. BWI maakt dit jaar in "
          "opdracht van de gemeente twaalf picknicktafels voor speeltuinen in de Kruidenwijk. De "
          "leerlingenraad kiest ieder jaar uit vijf voorstellen de twee projectthema's voor leerjaar 1 en "
          "2. Wij willen nieuwsgierig blijven naar nieuwe inzichten om ons onderwijs eigentijds te maken."),
    ("k", "Stage en loopbaan"),
    ("p", "Stage is het hart van het beroepsgerichte leren. Onze stages zijn zo opgebouwd:"),
    ("lijst", [
        "leerjaar 2: twee snuffeldagen bij een bedrijf in de richting die de leerling overweegt, en vanaf "
        "2020-2021 in februari een profielkeuzegesprek van leerling, ouder en mentor;",
        "leerjaar 3: een oriënterende stage van tien dagen, in blokken van twee dagen in maart en april;",
        "leerjaar 4: een beroepsstage van vier weken in oktober.",
    ]),
    ("p", "Stagecoördinator Mehmet Yilmaz beheert een bestand van ongeveer 140 erkende leerbedrijven. "
          "Iedere stagiair wordt minstens één keer op de stageplek bezocht door de stagedocent; de "
          "praktijkopleider van het bedrijf vult een beoordelingsformulier in. Na de stage presenteren de "
          "leerlingen van leerjaar 4 hun ervaringen aan medeleerlingen en ouders. De loopbaanbegeleiding "
          "loopt via het mentoruur en het digitale portfolio; in leerjaar 4 bezoekt iedere leerling twee "
          "open dagen van het mbo."),
    ("k", "Welkom op school"),
    ("p", "Bij ons voelt iedereen zich welkom. Elke ochtend tussen 8.10 en 8.30 uur staan een teamleider "
          "en een conciërge bij de hoofdingang; zij begroeten iedere leerling bij naam. Bezoekers worden "
          "ontvangen door leerlingen van Z&W leerjaar 3, die volgens een rooster de receptie draaien als "
          "praktijkopdracht. Zij brengen de bezoeker naar de juiste plek en bieden koffie aan."),
    ("k", "Begeleiding: iedere leerling heeft een mentor"),
    ("p", "Gezien worden begint bij de mentor. Iedere klas heeft een mentor die ook les geeft aan de "
          "klas; in leerjaar 1 en 2 zijn er twee mentoren per klas, zodat er altijd iemand aanspreekbaar "
          "is. Elke drie weken heeft de mentor met iedere leerling een gesprek van tien minuten over hoe "
          "het gaat, op school en thuis. De klassen zijn klein: in de basisberoepsgerichte leerweg "
          "hoogstens 16 leerlingen, in de kaderberoepsgerichte leerweg hoogstens 24."),
    ("p", "Drie keer per jaar (november, februari en mei) is er per klas een leerlingbespreking met alle "
          "docenten van de klas. Daarvoor gebruiken wij de cijfers en absenties uit Magister, de uitslagen "
          "van de Cito VAS-toetsen en in leerjaar 1 en 3 de schoolbelevingsvragenlijst SAQI. Leerlingen "
          "over wie zorgen zijn, gaan naar het zorgadviesteam. Dat komt iedere week bijeen: "
          "zorgcoördinator Ingrid Smit, de orthopedagoog, de schoolmaatschappelijk werker, de jeugdarts "
          "van de GGD en eens per maand de leerplichtambtenaar."),
    ("p", "Ook nieuwe collega's moeten gezien worden. Wie bij ons komt werken, krijgt een maatje uit de "
          "eigen sectie en volgt in het eerste jaar drie inwerkbijeenkomsten."),
    ("k", "Ons ondersteuningsprofiel"),
    ("p", "Ons schoolondersteuningsprofiel (SOP 2019-2023) beschrijft in welke leer- en zorgbehoeften "
          "wij kunnen voorzien. Kort samengevat:"),
    ("lijst", [
        "Basisondersteuning voor iedereen: mentoraat en kleine klassen; huiswerkbegeleiding op school "
        "(maandag tot en met donderdag tot 16.00 uur); faciliteiten bij dyslexie en dyscalculie (laptop "
        "met voorleessoftware, 20 procent extra tijd); faalangstreductietraining en de weerbaarheidstraining "
        "Rots en Water in leerjaar 1; remedial teaching voor lezen en rekenen.",
        "Leerwegondersteuning: leerlingen met een lwoo-indicatie krijgen les in klassen van hoogstens 16 "
        "leerlingen en twee extra lessen taal en rekenen per week.",
        "Extra ondersteuning: Het Anker, een trajectvoorziening in de school met twee begeleiders, waar "
        "leerlingen met gedrags- of concentratieproblemen tijdelijk (hoogstens twaalf weken) een deel van "
        "de lessen volgen, met een plan om terug te keren naar de klas. Voor ongeveer 45 leerlingen "
        "werken wij met een ontwikkelingsperspectiefplan, dat twee keer per jaar met leerling en ouders "
        "wordt besproken.",
        "Grenzen: leerlingen die langdurig één-op-één begeleiding nodig hebben, leerlingen met ernstige "
        "gedragsproblemen waardoor de veiligheid van anderen in gevaar komt, en leerlingen die om "
        "medische redenen niet met machines of in de keuken kunnen werken, kunnen wij niet goed helpen. "
        "Samen met de ouders zoeken wij dan naar een betere plek.",
    ]),
    ("k", "Passend onderwijs in de stad"),
    ("p", "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
          "zodat alle leerlingen een passende onderwijsplek hebben. In de praktijk betekent dat: de "
          "zorgcoördinator neemt iedere maand deel aan het plaatsingsoverleg van het samenwerkingsverband "
          "passend onderwijs voor het voortgezet onderwijs in Almere. Leerlingen die tijdelijk niet op "
          "school kunnen functioneren, kunnen hoogstens drie maanden naar de reboundvoorziening van het "
          "samenwerkingsverband; in 2019 ging het om twaalf leerlingen, van wie er tien bij ons "
          "terugkwamen. Voor leerlingen voor wie ook een lwoo-klas te zwaar is, regelen wij een warme "
          "overdracht naar het praktijkonderwijs."),
    ("k", "Een veilige school"),
    ("p", "Open zijn betekent op onze school: eerlijk zeggen wat er aan de hand is en elkaar met respect "
          "behandelen. Dat hangt bij ons niet op een poster; het zit in de manier waarop wij conflicten "
          "oplossen. Sinds 2019 werken wij herstelgericht. Na een conflict of incident volgt altijd een "
          "herstelgesprek tussen de betrokkenen, geleid door de mentor of de teamleider, waarin afspraken "
          "worden gemaakt over het goedmaken. Alle docenten en ondersteuners volgden in 2019 de tweedaagse "
          "training herstelgericht werken. Verder:"),
    ("lijst", [
        "de schoolregels zijn kort: op tijd, telefoon in je kluisje tijdens de les, werkkleding en "
        "veiligheidsbril in de werkplaats, en je spreekt iedereen netjes aan;",
        "in de pauzes houden drie conciërges en een docent toezicht op het plein en in de aula; bij de "
        "ingang hangt een camera;",
        "de anti-pestcoördinator (Sandra Visser) en twee vertrouwenspersonen stellen zich ieder jaar in "
        "alle klassen voor; pestincidenten worden vastgelegd in Magister;",
        "ieder jaar in februari vullen alle leerlingen de veiligheidsvragenlijst van Kwaliteitscholen "
        "in; in 2019 voelde 88 procent zich veilig op school;",
        "het veiligheidsplan, met het ontruimingsplan en de veiligheidsregels per werkplaats, wordt "
        "jaarlijks bijgewerkt; de machines in de werkplaatsen worden ieder jaar gekeurd.",
    ]),
    ("p", "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en collega's."),
    ("k", "Burgerschap"),
    ("p", "Onze leerlingen groeien op in een jonge stad die snel verandert. Burgerschap geven wij vorm "
          "in:"),
    ("lijst", [
        "maatschappijleer in leerjaar 3 (twee lessen per week), met een bezoek aan de rechtbank in "
        "Lelystad;",
        "de leerlingenraad: acht leerlingen, twee per leerjaar, die iedere maand met de directeur "
        "overleggen en meebeslissen over de projectthema's en de schoolregels;",
        "een maatschappelijke stage van twintig uur in leerjaar 2 bij een organisatie in de wijk, zoals "
        "een verzorgingshuis, de voedselbank of een sportvereniging;",
        "de scholierenverkiezingen van ProDemos bij landelijke en gemeentelijke verkiezingen, "
        "georganiseerd door de leerlingen van maatschappijleer;",
        "mediawijsheid in de lessen digitale geletterdheid.",
    ]),
    ("p", "In 2021 leggen wij vast welke burgerschapsdoelen in welk leerjaar en in welk vak aan bod komen."),
    ("k", "Kwaliteitszorg"),
    ("p", "Wij werken volgens een vaste jaarcyclus. In juni maakt de schoolleiding het schooljaarplan, "
          "met daaronder een teamplan per afdeling (onderbouw, bovenbouw basis, bovenbouw kader) en een "
          "sectieplan per vak. Iedere sectie analyseert in september de examenresultaten met WOLF en legt "
          "vast wat er anders moet. Teamleiders bezoeken iedere docent twee keer per jaar in de les, met "
          "de kijkwijzer activerende les. Leerlingen vullen ieder jaar de leerlingenquête van "
          "Kwaliteitscholen in, ouders en medewerkers elke twee jaar. In januari en juni bespreekt de "
          "schoolleiding de voortgang van het jaarplan; de uitkomsten gaan in de kwartaalrapportage naar "
          "het bestuur en komen in het jaarverslag. In 2022 laten wij een interne audit uitvoeren door een "
          "externe auditor, als voorbereiding op het vierjaarlijks onderzoek van de inspectie."),
    ("p", "Wij willen een school zijn met een collectieve leercultuur, gericht op voortdurend verbeteren "
          "en vernieuwen."),

    ("v", "Venster 2. Personeel in positie"),
    ("k", "Ons team"),
    ("p", "Op 1 oktober 2019 werkten er 81 mensen bij het Stadsvak College: 49 docenten (van wie 14 "
          "praktijkdocenten), 8 instructeurs in de werkplaatsen, 5 onderwijsassistenten, het zorgteam "
          "(zorgcoördinator, orthopedagoog en twee leerlingbegeleiders), drie conciërges, vier medewerkers "
          "administratie en roostering, een stagecoördinator en de schoolleiding. De gemiddelde leeftijd "
          "is 48 jaar. In de komende vijf jaar gaan elf collega's met pensioen, onder wie vijf "
          "praktijkdocenten techniek."),
    ("p", "Onze medewerkers zijn trots op hun school en op ASG. Wij vinden het belangrijk dat medewerkers "
          "deelnemen aan leergemeenschappen en netwerken en bijdragen aan de leercultuur."),
    ("k", "Bevoegd voor de klas"),
    ("p", "Zeven docenten geven nu les zonder de juiste bevoegdheid, vooral in de techniekprofielen en "
          "bij wiskunde. Alle zeven volgen een opleiding: vier via het zij-instroomtraject, twee de "
          "tweedegraads lerarenopleiding bij Windesheim Flevoland en één het traject pedagogisch-didactisch "
          "getuigschrift (PDG) voor vakmensen. Zij krijgen:"),
    ("lijst", [
        "begeleiding door onze schoolopleider Marloes Jansen, één uur per week;",
        "vier uur per week studietijd in hun taakbeleid;",
        "vergoeding van het collegegeld volgens de regeling van ASG;",
        "een rooster zonder lessen op hun studiedag.",
    ]),
    ("p", "Ons doel is dat in juni 2023 nog hoogstens twee docenten onbevoegd lesgeven. Als "
          "opleidingsschool van Windesheim ontvangen wij ieder jaar acht tot tien stagiairs, van wie wij "
          "er de afgelopen drie jaar vijf in dienst hebben genomen."),
    ("k", "Scholing"),
    ("p", "In 2020-2021 en 2021-2022 volgen alle docenten en instructeurs de scholing Activerende "
          "didactiek van de ASG Academie, in acht bijeenkomsten op dinsdagmiddag. Praktijkdocenten lopen "
          "eens per twee jaar drie dagen mee in een bedrijf (docentstage), zodat zij bijblijven in hun "
          "vak. Iedere docent houdt zijn bekwaamheidsdossier bij in YouForce. Het scholingsbudget is "
          "62.000 euro per jaar, ongeveer 770 euro per medewerker; een derde daarvan is bestemd voor de "
          "Activerende didactiek."),
    ("k", "Gesprekscyclus"),
    ("p", "De gesprekscyclus loopt per schooljaar: een startgesprek met de teamleider voor 1 november, "
          "waarin de medewerker ontwikkelafspraken maakt; twee lesbezoeken; en een functioneringsgesprek "
          "in het voorjaar. Eens in de drie jaar volgt een beoordelingsgesprek. Alle gesprekken worden "
          "vastgelegd in YouForce. In 2019-2020 voerde 91 procent van de medewerkers alle gesprekken van "
          "de cyclus."),
    ("k", "Werkdruk, verzuim en vitaliteit"),
    ("p", "Het ziekteverzuim was in 2019 7,1 procent, hoger dan gemiddeld bij de ASG-scholen voor "
          "voortgezet onderwijs. Wij pakken dat zo aan:"),
    ("lijst", [
        "de teamleider belt een zieke collega in de eerste week en plant samen met de bedrijfsarts het "
        "vervolg;",
        "de werkdrukmiddelen zetten wij in voor twee extra instructeurs in de werkplaatsen, zodat "
        "praktijkdocenten minder lessen alleen draaien en minder tijd kwijt zijn aan klaarzetten en "
        "opruimen;",
        "collega's van 57 jaar en ouder kunnen hun uren duurzame inzetbaarheid opnemen als vaste vrije "
        "middag, die wij in het rooster vrijhouden;",
        "collega's met jonge kinderen kunnen bij het maken van het rooster een voorkeur voor begin- of "
        "eindtijden opgeven;",
        "op dinsdag na het zevende uur is er een sportuur voor personeel in onze gymzaal, geleid door de "
        "sectie LO; gemiddeld doen vijftien collega's mee;",
        "ieder voorjaar is er een vitaliteitsweek met een gezondheidscheck door de arbodienst.",
    ]),

    ("v", "Venster 3. De meerwaarde van ASG"),
    ("p", "ASG heeft meer scholen met vmbo; samen kunnen wij meer dan alleen. Binnen ASG ontmoeten "
          "collega's van alle scholen elkaar regelmatig."),
    ("k", "Techniek samen"),
    ("p", "Onze secties BWI en PIE werken sinds 2019 samen met de technieksecties van twee andere "
          "ASG-scholen in het Techniekoverleg ASG, dat vier keer per jaar bijeenkomt. De secties maken "
          "samen oefenopdrachten voor het centraal schriftelijk en praktisch examen (CSPE), lenen elkaar "
          "machines en gereedschap en springen bij elkaar bij als een praktijkdocent langdurig ziek is. "
          "Vanaf 2021 organiseren zij twee keer per jaar een gezamenlijk oefenexamen voor de leerlingen "
          "van leerjaar 4. Ook onze zorgcoördinator neemt deel aan het overleg van de zorgcoördinatoren "
          "van de ASG-scholen voor voortgezet onderwijs, zes keer per jaar."),
    ("k", "Doorstromen binnen ASG"),
    ("p", "Niet iedere leerling zit bij ons op de juiste plek. Leerlingen die na leerjaar 2 de "
          "theoretische leerweg aankunnen, kunnen overstappen naar een mavo-afdeling van ASG; wij regelen "
          "dan een overdrachtsgesprek tussen de mentoren en een meeloopdag. In 2019 maakten zes leerlingen "
          "die overstap. Voor de ASG-basisscholen in Almere Stad organiseren wij vier woensdagmiddagen per "
          "jaar doedagen in onze werkplaatsen voor leerlingen van groep 8 (in 2019 kwamen er 120 "
          "kinderen), zodat zij en hun leerkrachten zien wat het beroepsgerichte vmbo te bieden heeft."),

    ("v", "Venster 4. Partnerschap"),
    ("k", "Ouders"),
    ("p", "Ouders zijn voor ons onmisbaar, ook als hun kind zestien is."),
    ("lijst", [
        "In de eerste zes weken van leerjaar 1 bezoekt de mentor iedere leerling thuis, voor een gesprek "
        "van ongeveer een half uur.",
        "Drie keer per jaar is er een driehoeksgesprek van leerling, ouder en mentor, waarin de leerling "
        "aan de hand van zijn portfolio vertelt hoe het gaat. In 2019 was bij 78 procent van de gesprekken "
        "een ouder aanwezig.",
        "In leerjaar 2 is er een ouderavond over de profielkeuze en in leerjaar 4 een over de overstap "
        "naar het mbo.",
        "Ouders worden uitgenodigd voor de stagepresentaties in leerjaar 4.",
    ]),
    ("p", "Open communiceren betekent voor ons dat ouders weten wat er speelt. Cijfers, absenties en "
          "huiswerk staan in Magister, dat ouders dagelijks kunnen inzien. Bij ongeoorloofde afwezigheid "
          "belt de verzuimcoördinator dezelfde ochtend naar huis. Een mentor belt of mailt een ouder "
          "binnen twee werkdagen terug. Iedere maand verschijnt een nieuwsbrief in eenvoudige taal; de "
          "belangrijkste informatie staat ook als korte video op de website. Bij gesprekken met ouders "
          "die het Nederlands moeilijk verstaan, schakelen wij de tolkentelefoon in."),
    ("k", "Medezeggenschap"),
    ("p", "De medezeggenschapsraad heeft acht leden: vier personeelsleden, twee ouders en twee "
          "leerlingen. De MR vergadert zes keer per jaar; de directeur is bij het eerste deel van iedere "
          "vergadering aanwezig. Wij leggen plannen vroeg aan de MR voor, als er nog iets te kiezen valt. "
          "Zo dacht de MR in 2019 mee over het nieuwe rooster met lessen van 45 minuten en over de keuze "
          "voor laptops in leerjaar 1, en in het voorjaar van 2020 over de opzet van dit schoolplan. De "
          "leerlingleden bespreken onderwerpen eerst in de leerlingenraad."),
    ("k", "Bedrijven, instellingen en de wijk"),
    ("p", "Wij werken nauw samen met maatschappelijke partners in de nabije omgeving. Onze belangrijkste "
          "partners zijn:"),
    ("lijst", [
        "de ongeveer 140 leerbedrijven waar onze leerlingen stage lopen, van installatie- en "
        "bouwbedrijven tot winkels, kinderopvang en zorginstellingen;",
        "het ROC van Flevoland: doorlopende leerlijnen in alle vier profielen, de module Op weg naar "
        "niveau 4, gezamenlijke keuzevakken en een overdrachtsgesprek voor iedere leerling met extra "
        "ondersteuning;",
        "Windesheim Flevoland, waarvan wij opleidingsschool zijn;",
        "Zorggroep Almere: stageplaatsen voor Z&W en gastlessen over werken in de zorg;",
        "de gemeente Almere: leerplicht, het Jongerenloket en opdrachten voor BWI;",
        "het jongerenwerk en de wijkagent, die eens per maand spreekuur op school houden en bij incidenten "
        "rond de school snel met ons schakelen;",
        "de voedselbank en sportverenigingen in de buurt, voor de maatschappelijke stage.",
    ]),
    ("k", "Samen tegen het tekort aan vakmensen"),
    ("p", "Almere en Flevoland hebben een groot tekort aan technici, en ook aan docenten techniek. Samen "
          "met het ROC van Flevoland en zes installatie- en bouwbedrijven uit de regio hebben wij in 2019 "
          "afspraken gemaakt binnen het Techniekpact Flevoland:"),
    ("lijst", [
        "vakmensen uit de bedrijven geven als hybride docent één dag per week les in onze werkplaatsen; "
        "sinds januari 2020 doen er twee mee;",
        "zij volgen het PDG-traject, waarvan school en bedrijf de kosten delen;",
        "de bedrijven stellen samen ieder jaar minstens 25 stageplaatsen voor PIE en BWI beschikbaar.",
    ]),

    ("v", "Doelen 2020-2024"),
    ("p", "In de tabel staan onze doelen voor de planperiode. De kolom Venster geeft aan bij welk venster "
          "van Koers 22 een doel hoort. De doelen werken wij ieder jaar uit in het schooljaarplan; in het "
          "jaarverslag staat hoe ver wij zijn."),
    ("doelen", None),

    ("v", "Financiën en gebouw"),
    ("p", "De begroting van de school is ongeveer 7,4 miljoen euro per jaar. Praktijkonderwijs is duur: "
          "materialen, machines en onderhoud kosten ruim 180.000 euro per jaar. In 2022 worden de oude "
          "vensters van de houtwerkplaatsen en de afzuiginstallatie vervangen, betaald uit het "
          "meerjarenonderhoudsplan van ASG. In de zomer van 2021 verbouwen wij de aula tot een "
          "ontmoetingsplein voor leerlingen, met zitjes en een uitgiftepunt dat door E&O-leerlingen wordt "
          "gedraaid; daarvoor reserveren wij 95.000 euro."),

    ("v", "Vaststelling"),
    ("p", "Dit schoolplan is besproken met de teams (werkmiddagen op 22 januari, 5 februari en 12 "
          "februari 2020) en met de leerlingenraad (3 maart 2020). De medezeggenschapsraad heeft op 16 "
          "juni 2020 over het plan geadviseerd. Het advies was positief, met de aanbeveling om de doelen "
          "voor ouderbetrokkenheid ieder jaar te evalueren; die aanbeveling hebben wij overgenomen. Het "
          "College van Bestuur heeft het schoolplan vastgesteld op 7 juli 2020."),
    ("p", "Ruud Hoekstra, directeur\t\t\tHandtekening: ....................."),
    ("p", "Namens het College van Bestuur: .............................\tDatum: ....................."),
]

DOELEN_KOP = ["Nr", "Doel", "Venster", "Nu", "Streven", "Wanneer", "Eigenaar"]
DOELEN = [
    ["1", "Bovenbouwsucces kader omhoog (steunprogramma leerjaar 3, betere profielkeuze)", "1 Goed en toegankelijk onderwijs",
     "81% (2019)", "88%", "2022-2023", "teamleider bovenbouw kader"],
    ["2", "Slagingspercentage op peil", "1 Goed en toegankelijk onderwijs", "basis 98%, kader 93%", "basis ≥ 97%, kader ≥ 95%",
     "ieder jaar", "directeur"],
    ["3", "Veiligheidsbeleving leerlingen", "1 Goed en toegankelijk onderwijs", "88% voelt zich veilig", "92%", "februari 2022",
     "zorgcoördinator"],
    ["4", "Leerlijn digitale geletterdheid leerjaar 1-3", "1 Goed en toegankelijk onderwijs", "alleen leerjaar 1-2",
     "leerlijn vastgesteld en gegeven in leerjaar 1-3", "augustus 2021", "sectie ICT"],
    ["5", "Ziekteverzuim personeel omlaag", "2 Personeel in positie", "7,1%", "≤ 5,5%", "2023", "directeur"],
    ["6", "Minder onbevoegde docenten", "2 Personeel in positie", "7", "≤ 2", "juni 2023", "schoolopleider"],
    ["7", "Activerende didactiek zichtbaar in de les", "2 Personeel in positie", "nulmeting najaar 2020",
     "80% van de bezochte lessen voldoet aan de kijkwijzer", "juni 2022", "teamleiders"],
    ["8", "Gezamenlijk oefenexamen techniek met twee ASG-scholen", "3 Meerwaarde van ASG", "geen",
     "2 oefenexamens per jaar", "vanaf 2021", "sectie PIE/BWI"],
    ["9", "Ouders bij de driehoeksgesprekken", "4 Partnerschap", "78%", "90%", "2021-2022", "mentoren"],
    ["10", "Iedere leerling heeft op tijd een stageplek", "4 Partnerschap", "94% bij start stage", "100%",
     "ieder jaar in oktober", "stagecoördinator"],
    ["11", "Hybride docenten techniek", "4 Partnerschap", "2", "4", "2022-2023", "directeur"],
    ["12", "Aula wordt ontmoetingsplein", "eigen kleur", "-", "verbouwing opgeleverd", "zomer 2021",
     "facilitair coördinator"],
]


def _kop(doc, tekst, grootte) -> None:  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12 if grootte > 12 else 8)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(grootte)


def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Stadsvak College - schoolplan 2020-2024 - ")
    page_field(p)


def _voorblad(doc) -> None:  # type: ignore[no-untyped-def]
    for tekst, grootte in (("Stadsvak College", 26), ("Schoolplan 2020-2024", 20),
                           ("vmbo basisberoepsgerichte en kaderberoepsgerichte leerweg", 13)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.bold = True
        r.font.size = Pt(grootte)
    for tekst in ("Vak, mens, toekomst", "", "Almere Stad  -  Almeerse Scholen Groep  -  BRIN 27PL",
                  "Planperiode: 1 augustus 2020 tot en met 31 juli 2024", "Directeur: Ruud Hoekstra",
                  "Versie juli 2020"):
        p = doc.add_paragraph(tekst)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.core_properties.author = "R. Hoekstra"
    doc.core_properties.title = "Schoolplan 2020-2024 Stadsvak College"
    doc.core_properties.created = MOMENT
    doc.core_properties.modified = MOMENT
    doc.core_properties.last_modified_by = "R. Hoekstra"
    doc.core_properties.revision = 3
    _voettekst(doc)
    _voorblad(doc)
    for soort, inhoud in INHOUD:
        if soort == "v":
            _kop(doc, inhoud, 14)
        elif soort == "k":
            _kop(doc, inhoud, 11)
        elif soort == "p":
            doc.add_paragraph(inhoud)
        elif soort == "lijst":
            for regel in inhoud:
                doc.add_paragraph(regel, style="List Bullet")
        elif soort == "doelen":
            tabel(doc, DOELEN_KOP, DOELEN, breedtes=[0.8, 4.2, 2.6, 2.2, 2.8, 2.0, 2.4])
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_80_stadsvak_college.docx")
