"""Schoolplan 2019-2023 van het Stadskwartier College (openbare school voor mavo en havo, Almere Stad).

Eén hoofdstuk per venster van Koers 22 en een eigen hoofdstuk over de kernwaarden. Kopjes zijn vet
gemaakte alinea's in de stijl Normal (geen kopstijlen), zoals veel scholen in Word doen. Doelen staan
als gedateerde zinnen in de lopende tekst. Schrijft met python-docx een .docx; deterministisch.
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

TIJDSTEMPEL = datetime.datetime(2019, 6, 12, 9, 40, 0)


# ---------------------------------------------------------------- Word-loodgieterswerk

def taal_nl_stijlen(doc) -> None:
    for stijlnaam in ("Normal", "List Bullet", "Table Grid"):
        try:
            stijl = doc.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


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


# ---------------------------------------------------------------- document

def build(path) -> None:
    doc = Document()
    taal_nl_stijlen(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    cp = doc.core_properties
    cp.author = "J. Bosman"
    cp.last_modified_by = "R. Doğan"
    cp.title = "Schoolplan Stadskwartier College 2019-2023"
    cp.created = TIJDSTEMPEL
    cp.modified = TIJDSTEMPEL
    cp.revision = 12

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.text = "Stadskwartier College – schoolplan 2019-2023 – "
    page_field(voet)
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def kop(t):  # hoofdstuk: vet, groter, stijl Normal
        par = doc.add_paragraph()
        par.paragraph_format.space_before = Pt(18)
        r = par.add_run(t)
        r.bold = True
        r.font.size = Pt(14)

    def sub(t):  # paragraaf: vet, stijl Normal
        par = doc.add_paragraph()
        par.paragraph_format.space_before = Pt(8)
        r = par.add_run(t)
        r.bold = True

    def p(t):
        doc.add_paragraph(t)

    def bullets(items):
        for it in items:
            doc.add_paragraph(it, style="List Bullet")

    # ------------------------------------------------------------ titelpagina
    for _ in range(4):
        doc.add_paragraph()
    t = doc.add_paragraph()
    r = t.add_run("Schoolplan 2019 – 2023")
    r.bold = True
    r.font.size = Pt(24)
    t = doc.add_paragraph()
    r = t.add_run("Stadskwartier College")
    r.bold = True
    r.font.size = Pt(18)
    t = doc.add_paragraph()
    r = t.add_run("Openbare school voor mavo en havo – Almere Stad")
    r.font.size = Pt(13)
    t = doc.add_paragraph()
    r = t.add_run("‘Jij telt mee’")
    r.italic = True
    r.font.size = Pt(12)
    doc.add_paragraph()
    p("Periode: 1 augustus 2019 – 31 juli 2023")
    p("BRIN 31QX  ·  rector: mevrouw J. Bosman  ·  conrector onderwijs: de heer R. Doğan")
    p("Een school van de Almeerse Scholen Groep")
    doc.add_page_break()

    # ------------------------------------------------------------ 1 Inleiding
    kop("1  Inleiding")
    p("Dit schoolplan beschrijft het beleid van het Stadskwartier College voor de periode van 1 augustus "
      "2019 tot en met 31 juli 2023. Het plan volgt de opbouw van Koers 22, het strategisch "
      "beleidsdocument van de Almeerse Scholen Groep (ASG). Na een beschrijving van de school volgt een "
      "hoofdstuk over de kernwaarden van ASG en daarna vier hoofdstukken, één per venster. In elk "
      "venster-hoofdstuk beschrijven wij eerst hoe het nu is, en daarna wat wij in deze periode willen "
      "bereiken en wanneer.")
    p("Het plan is opgesteld door de schoolleiding, na gesprekken met alle secties tussen januari en "
      "maart 2019, een studiemiddag voor het hele personeel op 20 maart 2019, een bijeenkomst van het "
      "ouderpanel en een gesprek met de leerlingenraad. De medezeggenschapsraad heeft het concept op "
      "4 juni 2019 besproken en heeft daarover een positief advies uitgebracht. Enkele opmerkingen van "
      "de MR, onder meer over de belasting van mentoren, hebben wij verwerkt.")
    p("Het schoolplan wordt elk jaar vertaald in een jaarplan voor de school en in sectieplannen. In "
      "juni 2021 houden wij een tussenevaluatie.")

    # ------------------------------------------------------------ 2 Onze school
    kop("2  Onze school")
    sub("2.1  Profiel")
    p("Het Stadskwartier College is een openbare school voor mavo (vmbo-theoretische leerweg) en havo in "
      "de Stedenwijk in Almere Stad. De school bestaat sinds 1994 en zit sinds 2008 in het huidige "
      "gebouw, op tien minuten fietsen van station Almere Centrum. Op 1 oktober 2018 telde de school "
      "1.138 leerlingen: 512 in de mavo en 626 in de havo. In de onderbouw hebben wij mavo-klassen, "
      "gemengde mavo/havo-klassen en havo-klassen. Ongeveer 42 procent van de leerlingen woont in "
      "Almere Stad; de anderen komen uit Almere Haven, Buiten en Poort.")
    p("Bij de school werken 104 medewerkers (86 fte), van wie 78 docenten. De schoolleiding bestaat uit "
      "de rector, de conrector onderwijs en drie teamleiders (onderbouw, bovenbouw mavo en bovenbouw "
      "havo).")
    p("Ons motto is ‘Jij telt mee’. Wij willen dat iedere leerling het diploma haalt dat bij hem of haar "
      "past, en dat leerlingen de school verlaten als jonge mensen die weten wat ze kunnen en die hun "
      "plek in de samenleving innemen.")
    sub("2.2  Gebouw, schooltijden en financiën")
    p("Het gebouw is open van 7.45 tot 17.30 uur; de mediatheek is open tot 16.30 uur. Een lesuur duurt "
      "50 minuten. Het eerste uur begint om 8.30 uur, het negende uur eindigt om 16.10 uur. Het gebouw "
      "is ontworpen voor 1.000 leerlingen en is eigenlijk te klein; in 2018 zijn twee tijdelijke "
      "lokalen geplaatst. Over uitbreiding beslist de gemeente via het huisvestingsplan; het bestuur "
      "voert die gesprekken.")
    p("De financiële positie van de school is gezond. Na een tekort in 2017 is de begroting voor 2019 "
      "(ongeveer € 9,2 miljoen) sluitend. Voor de doelen in dit plan is jaarlijks € 65.000 "
      "beschikbaar, vooral voor scholing en voor de leerteams.")
    sub("2.3  Resultaten")
    p("Bij het vierjaarlijks onderzoek van de inspectie in 2018 hadden zowel de mavo als de havo een "
      "basisarrangement. In 2018 slaagde 94% van de mavo-leerlingen (landelijk 93%) en 85% van de "
      "havo-leerlingen (landelijk 88%). Het onderwijsresultaat ‘bovenbouwsucces havo’ lag in 2016 en "
      "2017 onder de norm van de inspectie en zit sinds 2018 weer net boven de norm. De onderbouw"
      "snelheid is met 97% goed.")

    sub("2.4  Leerlingen en omgeving")
    p("In augustus 2018 kwamen 292 nieuwe brugklassers binnen, van 41 verschillende basisscholen. "
      "Ongeveer een derde van hen had een gemengd advies mavo/havo. Het aantal aanmeldingen is de "
      "laatste drie jaar stabiel; volgens de prognose van de gemeente blijft het aantal leerlingen in "
      "Almere Stad tot 2023 ongeveer gelijk. Wel kiezen meer leerlingen met een havo-advies voor een "
      "school met ook vwo. Dat merken wij aan de instroom in de havo-klassen, die in 2018 voor het eerst "
      "kleiner was dan in de mavo/havo-klassen.")
    p("Veel van onze leerlingen groeien op in gezinnen waar thuis ook een andere taal dan Nederlands "
      "wordt gesproken. Ongeveer 18 procent van de leerlingen komt uit een gezin met een laag inkomen. "
      "Het percentage voortijdig schoolverlaters was in 2017-2018 1,1 procent en lag daarmee onder de "
      "norm. Het aantal leerlingen dat tussentijds naar een andere school vertrekt, is met 3 procent "
      "per jaar klein; de meesten gaan van de havo naar de mavo van een andere school of naar het mbo.")
    p("De vrijwillige ouderbijdrage is € 60 per jaar. Daaruit betalen wij onder meer de "
      "introductiedagen, de sportdag en de excursies. Leerlingen van wie de ouders de bijdrage niet "
      "kunnen betalen, doen gewoon mee; ouders kunnen hiervoor een beroep doen op het fonds van de "
      "gemeente. Reizen naar het buitenland in havo 4 en mavo 3 worden apart gefactureerd.")

    # ------------------------------------------------------------ 3 Kernwaarden
    kop("3  Onze kernwaarden")
    p("ASG heeft vier kernwaarden: Gezien worden, Open, Vooruitstrevend en Ambitieus. Wij hebben die in "
      "de sectiegesprekken en op de studiemiddag besproken en herkennen ons erin. Hieronder staat per "
      "kernwaarde wat de koers zegt en wat dat voor ons betekent. Bij een aantal punten beschrijven wij "
      "wat wij concreet doen; bij andere punten is dat nog niet verder uitgewerkt.")
    sub("Gezien worden")
    p("De ASG-cultuur is gastvrij en iedereen voelt zich welkom. Ook op het Stadskwartier College moet "
      "iedereen zich welkom voelen. Bezoekers worden bij binnenkomst ontvangen door een van onze twee "
      "receptionisten. Elke ochtend staan bij de ingang een teamleider en een conciërge die de "
      "leerlingen begroeten. Nieuwe brugklassers komen in juni twee middagen kennismaken met hun klas "
      "en hun mentor, en in de eerste schoolweek belt de mentor alle ouders van zijn brugklas op.")
    p("Iedereen bij ASG is waardevol en wordt gezien. Dat geldt voor ons net zo: iedere leerling en "
      "iedere collega doet ertoe.")
    p("Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers. Iedere leerling "
      "heeft een mentor, die drie keer per jaar (oktober, februari en mei) een coachgesprek van een "
      "kwartier met hem of haar voert. In de onderbouw hebben mentoren daarvoor een extra mentoruur per "
      "week in het rooster. Na elke rapportperiode is er per klas een rapportvergadering, waarin de "
      "docenten per leerling bespreken wat hij of zij nodig heeft; de afspraken komen in Magister.")
    sub("Open")
    p("ASG gaat respectvol om met de mensen binnen en buiten de organisatie. Respect is ook voor ons "
      "een basiswaarde.")
    p("In onze communicatie zijn wij transparant en toegankelijk. Ouders en leerlingen zien cijfers, "
      "aanwezigheid en huiswerk in Magister. Eens per maand verschijnt de digitale nieuwsbrief "
      "‘Stadskwartier Nieuws’. Een e-mail van een ouder wordt binnen twee werkdagen beantwoord; voor "
      "mentoren staat die afspraak in het mentorenhandboek.")
    p("Met een open blik kijken wij naar de verscheidenheid van leerlingen en medewerkers. Bij ons hangt "
      "dat nauw samen met ons openbare karakter.")
    sub("Ons openbare karakter")
    p("Onze leerlingen en hun ouders hebben meer dan veertig verschillende achtergronden. Als openbare "
      "school zijn wij toegankelijk voor iedere leerling, ongeacht godsdienst, levensbeschouwing of "
      "afkomst, en wij geven die verschillen bewust een plek in de school. Zo doen wij dat:")
    bullets([
        "in klas 2 volgen alle leerlingen binnen mens & maatschappij de module ‘Wat geloof jij?’: acht "
        "lessen over godsdiensten en levensbeschouwingen, met een bezoek aan een moskee en een kerk in "
        "Almere en een gastles van een humanistisch geestelijk verzorger;",
        "er is een stilteruimte die leerlingen en medewerkers van elke overtuiging mogen gebruiken;",
        "leerlingen krijgen volgens de verlofregeling vrij voor hun religieuze feestdagen, zoals het "
        "Suikerfeest, het Offerfeest, Divali of Jom Kipoer; op die dagen plannen wij geen toetsen;",
        "in november houden wij de Week van de Dialoog, waarin leerlingen van havo 4 met elkaar in "
        "gesprek gaan over een onderwerp waarover zij van mening verschillen.",
    ])
    sub("Vooruitstrevend")
    p("Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering. Voor ons "
      "zijn dat vooral de flexuren. Sinds 2018-2019 hebben alle leerlingen in klas 1 tot en met 3 vier "
      "flexuren per week. Zij kiezen zelf, via Zermelo, bij welke docent en voor welk vak zij extra "
      "uitleg, verdieping of huiswerkbegeleiding krijgen. De mentor kijkt met de leerling mee en kan een "
      "flexuur verplicht stellen. In het schooljaar 2020-2021 besluiten wij of flexuren ook in havo 4 "
      "worden ingevoerd.")
    p("Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.")
    p("Ook geven wij gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie "
      "van ASG: continue veranderingen, fundamentele veranderingen en radicale veranderingen.")
    sub("Ambitieus")
    p("Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Leerlingen met een gemengd advies "
      "mavo/havo plaatsen wij in een mavo/havo-klas; pas aan het eind van klas 2 beslissen wij over het "
      "niveau. Leerlingen die na hun mavo-diploma naar havo 4 willen, krijgen die kans als zij voldoen "
      "aan de overstapeisen (onder meer gemiddeld een 6,5 voor de examenvakken en een positief advies "
      "van de mentor). In mavo 4 volgen zij dan een voorbereidend programma van tien lessen wiskunde en "
      "Engels. In 2018 stroomde 14% van onze geslaagde mavo-leerlingen door naar havo 4.")
    p("Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.")
    p("En wij geven altijd het beste van onszelf.")
    p("Voor de kernwaarden hebben wij geen afzonderlijke doelen geformuleerd; ze komen terug in de "
      "hoofdstukken over de vensters.")

    # ------------------------------------------------------------ 4 Venster 1
    kop("4  Venster 1 – Goed en toegankelijk onderwijs")
    sub("4.1  Ons onderwijsprogramma")
    p("De mavo duurt vier jaar en leidt op voor het diploma vmbo-tl; de havo duurt vijf jaar. In de "
      "onderbouw krijgen alle leerlingen dezelfde vakken, in de mavo/havo-klassen op het niveau van de "
      "havo. Het programma van de onderbouw is gebaseerd op de "
      "kerndoelen. In de bovenbouw volgen wij de examenprogramma’s; elke sectie stelt per cohort een "
      "programma van toetsing en afsluiting (PTA) op, dat vóór 1 oktober aan leerlingen en ouders "
      "bekend wordt gemaakt. Wij bieden in de havo alle vier de profielen aan; in de mavo kunnen "
      "leerlingen kiezen uit de profielen economie, zorg en welzijn en techniek. De school voldoet aan "
      "de wettelijke onderwijstijd: 3.700 uur voor de mavo en 4.700 uur voor de havo.")
    tabel(doc, ["Vak", "Klas 1", "Klas 2", "Klas 3 mavo", "Klas 3 havo"], [
        ["Nederlands", "4", "4", "3", "3"],
        ["Engels", "3", "3", "3", "3"],
        ["Frans / Duits", "2 / –", "2 / 2", "keuze 3", "2 / 2"],
        ["Wiskunde", "4", "4", "4", "3"],
        ["Mens & maatschappij (gs/ak)", "3", "3", "4", "4"],
        ["Mens & natuur (bi/nask)", "3", "3", "4", "5"],
        ["Kunst (tekenen, muziek)", "2", "2", "1", "1"],
        ["Lichamelijke opvoeding", "3", "3", "2", "2"],
        ["Mentoruur", "2", "1", "1", "1"],
        ["Flexuren", "4", "4", "4", "4"],
    ], [5.0, 2.0, 2.0, 2.6, 2.6])
    p("Voor Nederlands en rekenen werken wij met de referentieniveaus: 2F als doel voor de mavo en 3F "
      "voor de havo. In klas 1 tot en met 3 maken alle leerlingen twee keer per jaar de "
      "diagnostische toetsen van Cito VAS voor Nederlands, Engels en wiskunde. De uitslagen "
      "bespreken de docenten in de rapportvergadering.")
    sub("4.2  Kwaliteitszorg")
    p("Onze kwaliteitszorg volgt een vaste jaarcyclus. In september maakt elke sectie een sectieplan "
      "met twee of drie doelen die passen bij het jaarplan. In februari en juni evalueert de sectie haar "
      "doelen met de teamleider. In maart maakt de schoolleiding een zelfevaluatie aan de hand van de "
      "standaarden van het onderzoekskader van de inspectie; de uitkomsten komen in het jaarverslag en "
      "bepalen mee de doelen van het volgende jaarplan. Leerlingen vullen elk jaar in november de "
      "tevredenheidsvragenlijst van Vensters in, ouders om het jaar. Iedere docent vraagt elk jaar bij "
      "ten minste twee klassen feedback met de lesvragenlijst van de school. De teamleiders bezoeken "
      "alle docenten minstens één keer per jaar met de ASG-kijkwijzer. De rector rapporteert elk kwartaal "
      "aan het bestuur over resultaten, personeel en financiën.")
    sub("4.3  Zicht op leerlingen")
    p("Naast de coachgesprekken en de rapportvergaderingen (zie hoofdstuk 3) houden wij de resultaten "
      "van leerlingen bij in Magister. De teamleiders maken na elke rapportperiode een overzicht per "
      "klas van leerlingen die op meer dan twee vakken onvoldoende staan; de mentor bespreekt dat "
      "binnen twee weken met de leerling en de ouders.")
    sub("4.4  Veiligheid en schoolklimaat")
    p("Elk jaar in januari vullen alle leerlingen de veiligheidsmonitor van Vensters in. In 2018 gaf 91% "
      "van de leerlingen aan dat zij zich veilig voelen op school. Eén van de teamleiders is "
      "anti-pestcoördinator; daarnaast zijn er twee vertrouwenspersonen, een man en een vrouw. In klas "
      "1 besteden de mentoren vier mentorlessen aan pesten en aan veilig gebruik van sociale media. "
      "Incidenten worden geregistreerd in Magister en elk kwartaal besproken in de schoolleiding. Veertien "
      "medewerkers zijn bedrijfshulpverlener en twee keer per jaar houden wij een ontruimingsoefening. "
      "Het veiligheidsplan wordt in 2020 herzien.")
    sub("4.5  Burgerschap")
    p("In klas 1 en 2 volgen alle leerlingen in het mentoruur het programma ‘Samen leven’: tien lessen "
      "per jaar over onder meer discriminatie, vrijheid van meningsuiting en democratie. Maatschappijleer "
      "krijgen leerlingen in mavo 3 en havo 4. De leerlingenraad telt twaalf leden, wordt elk jaar in "
      "oktober door de leerlingen gekozen, adviseert de schoolleiding over de schoolregels en het "
      "telefoonbeleid en levert drie leden aan de MR. In februari houden alle klassen van havo 4 een "
      "debattoernooi over een actueel onderwerp.")
    sub("4.6  Ondersteuning")
    p("Welke ondersteuning wij leerlingen kunnen bieden, staat in ons schoolondersteuningsprofiel (SOP). "
      "Het SOP staat op de website en maakt deel uit van het ondersteuningsplan van het "
      "samenwerkingsverband Passend Onderwijs Almere. Wij nemen het in dit schoolplan niet opnieuw op.")
    sub("4.7  Verder")
    p("Wij willen een school zijn met een lerende cultuur, waar wij steeds beter worden. Ook willen wij "
      "onderwijs ontwikkelen dat past bij de belevingswereld van onze leerlingen, en werken wij aan een "
      "toekomstgericht curriculum. Hoe dat curriculum er over vier jaar uit moet zien, bespreken wij in "
      "2020-2021 met de secties.")
    sub("4.8  Wat willen wij bereiken?")
    p("Doel 1.1 – Uiterlijk in de zomer van 2021 ligt het slagingspercentage van de havo drie jaar op rij "
      "op of boven het landelijk gemiddelde, en blijft het bovenbouwsucces havo boven de norm van de "
      "inspectie.")
    p("Doel 1.2 – Vóór 1 oktober 2020 heeft elke sectie een sectieplan met doelen die aansluiten op dit "
      "schoolplan, en vanaf 2020-2021 evalueert elke sectie haar plan twee keer per jaar met de "
      "teamleider.")
    p("Doel 1.3 – In juni 2022 geeft ten minste 93% van de leerlingen in de veiligheidsmonitor aan dat "
      "zij zich veilig voelen op school (2018: 91%).")
    p("Doel 1.4 – Aan het eind van 2020-2021 voeren alle mentoren van klas 1 tot en met 3 drie "
      "coachgesprekken per jaar; vanaf 2022 geldt dat ook voor de bovenbouw.")
    p("Doel 1.5 – In 2022 haalt ten minste 90% van de mavo-leerlingen niveau 2F voor Nederlands aan het "
      "eind van klas 3.")

    # ------------------------------------------------------------ 5 Venster 2
    kop("5  Venster 2 – Personeel in positie")
    sub("5.1  Ons personeel")
    p("De gemiddelde leeftijd van onze docenten is 46 jaar; vijftien docenten zijn ouder dan 60. Het "
      "vinden van bevoegde docenten voor wiskunde, Duits en natuurkunde is moeilijk. In 2018-2019 "
      "stonden er gemiddeld drie vacatures tegelijk open.")
    sub("5.2  Bevoegdheid en bekwaamheid")
    p("Op 1 oktober 2018 waren zeven van onze 78 docenten niet volledig bevoegd voor het vak dat zij "
      "geven. Zij volgen allemaal een lerarenopleiding, bij Windesheim Flevoland of de Hogeschool van "
      "Amsterdam. Iedere onbevoegde docent heeft een coach uit de eigen sectie, krijgt 40 uur per jaar "
      "voor studie en krijgt de kosten van de opleiding vergoed. De schoolopleider bespreekt twee keer "
      "per jaar de voortgang met de docent en de teamleider. Alle docenten houden hun "
      "bekwaamheidsdossier bij.")
    sub("5.3  Gesprekkencyclus")
    p("Iedere medewerker heeft elk schooljaar een ontwikkelgesprek met zijn of haar leidinggevende. Voor "
      "docenten gaat daar een lesbezoek met de ASG-kijkwijzer aan vooraf. Eens in de drie jaar is er "
      "een beoordelingsgesprek. Voor docenten in hun eerste drie jaar zijn er twee lesbezoeken per jaar. "
      "De verslagen komen in het digitale personeelsdossier.")
    sub("5.4  Professionalisering")
    p("In 2019-2020 en 2020-2021 volgen alle docenten de scholing ‘Differentiëren in de les’, in vier "
      "bijeenkomsten per jaar op de studiedagen. Daarnaast heeft iedere docent een individueel "
      "scholingsbudget van € 600 per jaar, dat hij of zij in overleg met de teamleider besteedt "
      "aan een cursus van de ASG Academie of een andere aanbieder die past bij de doelen van de sectie. Nieuwe docenten volgen het inductieprogramma van drie jaar, "
      "met een coach en vijf intervisiebijeenkomsten per jaar.")
    sub("5.5  Leerteams")
    p("Sinds 2019-2020 werkt iedere docent in een van de tien leerteams. Een leerteam bestaat uit zes tot "
      "acht docenten van verschillende secties en komt zes keer per jaar bij elkaar. De leerteams werken "
      "volgens lesson study: zij bereiden samen een les voor, bezoeken die les bij elkaar en bespreken "
      "wat leerlingen ervan leren. Het thema wordt door de schoolleiding gekozen; in de eerste twee "
      "jaar is dat differentiatie. In juni presenteren de leerteams hun opbrengst aan elkaar op een "
      "interne markt.")
    sub("5.6  Welbevinden in elke levensfase")
    p("Startende docenten geven in hun eerste twee jaar minder lessen, zodat zij tijd hebben voor "
      "voorbereiding en begeleiding. Docenten vanaf 57 jaar kunnen gebruikmaken van de "
      "seniorenregeling uit de cao; met hen bespreekt de teamleider in het ontwikkelgesprek hoe "
      "zij die uren inzetten. Werkdruk is elk jaar een vast onderwerp in het ontwikkelgesprek. Bij "
      "het maken van het rooster houden wij rekening met medewerkers die mantelzorger zijn of jonge "
      "kinderen hebben.")
    p("Medewerkers voelen zich betrokken bij en trots op ASG. Wij willen ook de talenten van onze "
      "medewerkers beter benutten. Interne mobiliteit regelt het bestuur; daar hebben wij als school "
      "geen eigen beleid voor.")
    sub("5.7  Wat willen wij bereiken?")
    p("Doel 2.1 – Vóór 1 augustus 2022 zijn alle docenten bevoegd of volgen zij een opleiding die binnen "
      "twee jaar tot hun bevoegdheid leidt.")
    p("Doel 2.2 – In juni 2021 hebben alle docenten de scholing differentiatie afgerond. Bij de "
      "lesbezoeken in 2021-2022 ziet de teamleider in ten minste 75% van de lessen gedifferentieerde "
      "instructie.")
    p("Doel 2.3 – Vanaf 2019-2020 heeft iedere medewerker elk jaar een ontwikkelgesprek; in juli 2020 is "
      "dat voor 100% van de medewerkers gebeurd en vastgelegd.")
    p("Doel 2.4 – In juni 2020 presenteren alle tien leerteams hun eerste opbrengst; in 2021 besluit de "
      "schoolleiding met de MR over het thema voor de volgende twee jaar.")

    # ------------------------------------------------------------ 6 Venster 3
    kop("6  Venster 3 – De meerwaarde van ASG")
    p("Het Stadskwartier College is een van de scholen van ASG. ASG schrijft in de koers dat collega’s van "
      "alle scholen en het servicebureau elkaar regelmatig ontmoeten, dat vaksecties en werkgroepen "
      "met elkaar in contact staan en bovenschools expertise uitwisselen, en dat ASG door haar "
      "schaalgrootte beschikt over interne expertise op veel beleidsgebieden, waardoor een integraal en "
      "samenhangend aanbod aan de scholen mogelijk is. Dat onderschrijven wij. Wij zijn ervan "
      "overtuigd dat samenwerking tussen scholen ook voor een grote school als de onze meerwaarde "
      "heeft.")
    p("Eerlijk gezegd maken wij daar nu nog weinig gebruik van. Onze secties werken vooral binnen de "
      "eigen school. Wij willen de komende jaren meer contact zoeken met collega’s van andere "
      "ASG-scholen, omdat wij denken dat wij daar veel van kunnen leren.")
    p("Binnen ASG is er een divers en op elkaar aansluitend aanbod met verschillende onderwijsconcepten "
      "en profielen, zodat alle leerlingen een passende onderwijsloopbaan kunnen krijgen. Dat vinden wij "
      "belangrijk, ook als het betekent dat een leerling naar een andere ASG-school gaat.")
    p("Praktisch merken wij de meerwaarde van ASG vooral bij de inkoop. Via de gezamenlijke "
      "aanbesteding van ASG hebben wij in 2019 nieuwe digitale schoolborden en een nieuw "
      "schoonmaakcontract ingekocht, met een voordeel van ongeveer € 40.000.")
    p("Voor dit venster formuleren wij in deze planperiode geen eigen doelen. Wij sluiten aan bij wat "
      "het bestuur organiseert en komen er bij de tussenevaluatie in juni 2021 op terug.")

    # ------------------------------------------------------------ 7 Venster 4
    kop("7  Venster 4 – Partnerschap")
    sub("7.1  Ouders")
    p("Wij vinden het belangrijk dat ouders weten hoe het met hun kind gaat en dat zij met de school "
      "meedenken. In september is er voor de ouders van klas 1 een ouderavond waarop zij kennismaken "
      "met de mentor; in 2018 was 85% van de ouders aanwezig. In november voeren de mentoren van klas 1 "
      "en 2 met iedere leerling en zijn of haar ouders een driehoeksgesprek, waarin de leerling zelf "
      "vertelt hoe het gaat en waaraan hij of zij wil werken. Na de tweede rapportperiode kunnen ouders "
      "een gesprek aanvragen met de mentor of een vakdocent.")
    p("Het ouderpanel bestaat uit twaalf ouders uit alle leerjaren. Het komt vier keer per jaar bij "
      "elkaar met de rector om te praten over een onderwerp dat de school of de ouders inbrengen, zoals "
      "huiswerk of het telefoonbeleid.")
    sub("7.2  Medezeggenschap")
    p("De MR bestaat uit zes personeelsleden, drie ouders en drie leerlingen en vergadert zeven keer per "
      "jaar. De rector bespreekt voorgenomen besluiten, zoals een nieuwe lessentabel of het "
      "telefoonbeleid, eerst informeel met het dagelijks bestuur van de MR, voordat er een formeel "
      "voorstel komt. Zo kan de MR al meedenken als de plannen nog niet vastliggen. Over de "
      "overkoepelende medezeggenschapsraad van ASG heeft onze MR nog geen standpunt ingenomen.")
    sub("7.3  Partners")
    p("ASG werkt proactief samen met een breed scala aan partners, en scholen werken nauw samen met "
      "maatschappelijke partners in de nabije omgeving. Ook wij vinden dat belangrijk. Op dit moment is "
      "de samenwerking met partners buiten de school nog beperkt en vooral afhankelijk van individuele "
      "docenten. Wij willen in kaart brengen welke samenwerkingen er zijn en welke wij willen "
      "versterken, bijvoorbeeld met bedrijven voor loopbaanoriëntatie en met welzijnsorganisaties in "
      "de wijk.")
    p("Ook het lerarentekort raakt ons. Afspraken daarover met de gemeente en met andere schoolbesturen "
      "zijn aan het bestuur.")
    sub("7.4  Wat willen wij bereiken?")
    p("Doel 4.1 – Vanaf 2020-2021 voeren de mentoren van klas 1 tot en met 3 driehoeksgesprekken; in "
      "2022-2023 gebeurt dat in alle leerjaren, en is bij ten minste 80% van de gesprekken een ouder "
      "aanwezig.")
    p("Doel 4.2 – Het ouderpanel kiest vanaf 2019-2020 zelf ten minste één van de vier onderwerpen per "
      "jaar.")
    p("Doel 4.3 – In de loop van 2020-2021 maken wij een overzicht van onze samenwerkingspartners.")

    # ------------------------------------------------------------ 8 Planning en vaststelling
    kop("8  Planning, evaluatie en vaststelling")
    p("Het schoolplan wordt elk jaar uitgewerkt in een jaarplan. In 2019-2020 liggen de accenten op de "
      "scholing differentiatie, de start van de leerteams en de sectieplannen. In 2020-2021 volgen de "
      "driehoeksgesprekken in klas 3, het besluit over flexuren in havo 4 en het gesprek over het "
      "curriculum. In 2021-2022 ligt de nadruk op de bovenbouw: coachgesprekken en de resultaten van "
      "de havo. In 2022-2023 evalueren wij het plan en bereiden wij het nieuwe schoolplan voor.")
    p("In juni 2021 evalueren wij dit plan halverwege met de secties, de MR en de leerlingenraad. "
      "Waar nodig stellen wij doelen bij.")
    p("Advies medezeggenschapsraad: de MR heeft op 4 juni 2019 positief geadviseerd over dit "
      "schoolplan.")
    p("Vastgesteld door het College van Bestuur van de Almeerse Scholen Groep op 2 juli 2019.")
    p("J. Bosman, rector                                    Namens het College van Bestuur")
    p("______________________                               ______________________")

    doc.save(path)
    deterministisch(path, TIJDSTEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_74_stadskwartier_almere_stad.docx")
