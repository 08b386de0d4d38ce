# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van het Kolkhaven College (vmbo, alle leerwegen), Almere.

build(path) schrijft het plan als Word-document met python-docx. Geen willekeur: vaste datums in de
documenteigenschappen en vaste tijdstempels in het zip-archief.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

DATUM = datetime.datetime(2024, 5, 28, 16, 5, 0)
DONKER = RGBColor(0x6B, 0x1E, 0x3A)
TABELKOP = "EAD7DE"


def _taal(stijl):
    rpr = stijl.element.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), "nl-NL")


def _opmaak(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(5)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), "Arial")
    _taal(st)
    for naam, pt in (("Heading 1", 15), ("Heading 2", 11.5), ("Heading 3", 10.5), ("Title", 24)):
        s = doc.styles[naam]
        s.font.name = "Arial"
        s.font.size = Pt(pt)
        s.font.color.rgb = DONKER
        _taal(s)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.2)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)


def _voettekst(doc):
    par = doc.sections[0].footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = par.add_run("Kolkhaven College \u2013 Schoolplan 2024-2028 \u2013 ")
    r.font.size = Pt(8)
    run = par.add_run()
    run.font.size = Pt(8)
    for soort, tekst in (("begin", None), (None, " PAGE "), ("end", None)):
        if soort:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), soort)
            run._r.append(f)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = tekst
            run._r.append(it)


def _arcering(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def kop(doc, tekst, niveau=1):
    doc.add_heading(tekst, level=niveau)


def alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def punten(doc, lijst, nummers=False):
    for regel in lijst:
        doc.add_paragraph(regel, style="List Number" if nummers else "List Bullet")


def vet_begin(doc, vet, rest):
    par = doc.add_paragraph()
    par.add_run(vet).bold = True
    par.add_run(rest)
    return par


def tabel(doc, koppen, rijen, breedtes=None, bijschrift=None):
    if bijschrift:
        b = doc.add_paragraph()
        rb = b.add_run(bijschrift)
        rb.bold = True
        rb.font.size = Pt(9)
    t = doc.add_table(rows=1, cols=len(koppen))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(koppen):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(k)
        rr.bold = True
        _arcering(c, TABELKOP)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, w in enumerate(rij):
            cellen[i].text = w
            if i > 0 and len(koppen) == 4:
                cellen[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    if breedtes:
        for rij in t.rows:
            for i, br in enumerate(breedtes):
                rij.cells[i].width = Cm(br)
    doc.add_paragraph()
    return t


def doelentabel(doc, venster, rijen):
    return tabel(doc, ["Indicator", "2024", "2026", "2028"], rijen, breedtes=[9.0, 2.2, 2.2, 2.2],
                 bijschrift="Doelen " + venster)


def _deterministisch_zippen(pad):
    with open(pad, "rb") as fh:
        ruw = fh.read()
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(ruw)) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zo:
        for info in zin.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 28, 16, 5, 0))
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.external_attr = 0o644 << 16
            zo.writestr(nieuw, zin.read(info.filename))
    with open(pad, "wb") as fh:
        fh.write(uit.getvalue())


# ------------------------------------------------------------------ voorblad

def voorblad(doc):
    for _ in range(5):
        doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run("Kolkhaven College")
    for regel, grootte, vet in (
        ("School voor vmbo \u2013 basis, kader, gemengd en theoretisch", 13, False),
        ("", 10, False),
        ("Schoolplan 2024 \u2013 2028", 20, True),
        ("", 10, False),
        ("Kolkhavenplein 1, 1316 KH Almere", 10, False),
        ("BRIN 21KH \u2013 Almeerse Scholen Groep", 10, False),
        ("", 10, False),
        ("Versie ter instemming MR, 28 mei 2024", 9, False),
    ):
        par = doc.add_paragraph()
        r = par.add_run(regel)
        r.font.size = Pt(grootte)
        r.bold = vet
        if vet:
            r.font.color.rgb = DONKER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def leeswijzer(doc):
    kop(doc, "Leeswijzer")
    alinea(doc, "Dit schoolplan beschrijft het beleid van het Kolkhaven College voor de schooljaren 2024-2025 tot en "
                "met 2027-2028 (1 augustus 2024 tot en met 31 juli 2028). Omdat ons plan een vertaling is van de koers "
                "van ons bestuur, beginnen we in hoofdstuk 1 met een samenvatting van die koers. In hoofdstuk 2 "
                "schetsen we onze school en in hoofdstuk 3 de waarden die we delen. In de hoofdstukken 4 tot en met 7 "
                "beschrijven we per venster van de koers onze eigen aanpak, met aan het eind van elk hoofdstuk een "
                "tabel met doelen. Hoofdstuk 8 bevat de meerjarenplanning en de procedure van vaststelling.")


# ------------------------------------------------------------------ H1 koers

def hoofdstuk1(doc):
    kop(doc, "1. Het vertrekpunt: Koers 22 van ASG")
    kop(doc, "1.1 Een koers voor alle ASG-scholen", 2)
    alinea(doc, "De Almeerse Scholen Groep (ASG) is het bestuur van tientallen scholen voor primair en voortgezet "
                "onderwijs in Almere, met samen zo'n 2.400 medewerkers. In 2019 legde het College van Bestuur de "
                "strategische richting vast in \u2018Koers 22: Leren in verbinding\u2019. Het bestuur heeft het woord "
                "\u2018plan\u2019 daarbij bewust weggelaten: de koers is bedoeld als een set gezamenlijke afspraken en als "
                "uitnodiging om in beweging te komen, niet als afvinklijst. Tegelijk is het bestuur er duidelijk over "
                "dat de ambities niet vrijblijvend zijn. Van elke leidinggevende en elke medewerker wordt verwacht dat "
                "hij of zij bij beslissingen de koers voor ogen houdt.")
    alinea(doc, "De looptijd van Koers 22 is formeel verstreken. Zolang de opvolger in voorbereiding is, blijft Koers "
                "22 het kader waaraan het bestuur de schoolplannen toetst. Daarom vatten we de koers hier uitgebreid "
                "samen, zodat lezers van dit plan kunnen zien waar onze keuzes vandaan komen.")
    kop(doc, "1.2 Missie, visie en \u2018leren in verbinding\u2019", 2)
    alinea(doc, "De missie van ASG is samen te vatten in één zin: samen kleur geven aan goed onderwijs. Het bestuur "
                "bedoelt daarmee twee dingen. Ten eerste bereiken scholen en medewerkers meer als ze kennis, ervaring "
                "en ideeën met elkaar delen. Ten tweede zijn de verschillen tussen de scholen een kracht: elke school "
                "mag een eigen gezicht hebben, zodat Almeerse ouders en leerlingen echt iets te kiezen hebben en het "
                "aanbod de diversiteit van de stad weerspiegelt. Goed onderwijs betekent voor ASG dat een leerling "
                "zichzelf kan zijn, zijn talenten ontdekt, leert samenwerken en samenleven, en het diploma haalt dat "
                "bij hem past.")
    alinea(doc, "In de visie schetst het bestuur een samenleving die snel verandert door maatschappelijke en "
                "technologische ontwikkelingen. Het onderwijs moet daarin meebewegen en leerlingen voorbereiden op een "
                "toekomst die nog niet vastligt, zodat zij als volwaardige burgers die samenleving ook zelf vorm kunnen "
                "geven. Vernieuwing is volgens ASG daarom geen luxe maar noodzaak. Het bestuur ziet bovendien in de "
                "combinatie van primair en voortgezet onderwijs binnen één organisatie een groot potentieel, dat nog "
                "niet volledig wordt benut.")
    alinea(doc, "De ondertitel \u2018Leren in verbinding\u2019 loopt als een rode draad door het document. Het bestuur "
                "doelt op verbinding op drie niveaus: leerlingen die zich verbonden voelen met elkaar, met hun school "
                "en met hun leraren; medewerkers die in teams, leergemeenschappen en netwerken van elkaar leren; en "
                "scholen die samen met leerlingen de verbinding zoeken met de stad, de regio en de wereld daarbuiten. "
                "De kennis van de medewerkers noemt het bestuur \u2018het goud van de organisatie\u2019.")
    kop(doc, "1.3 Vier kernwaarden", 2)
    alinea(doc, "ASG heeft vier kernwaarden vastgesteld die het gedrag van iedereen in de organisatie moeten sturen:")
    punten(doc, [
        "Gezien worden: ieder mens doet ertoe. Het bestuur vraagt scholen om gastvrij te zijn voor leerlingen, ouders, "
        "collega's en bezoekers, en om zicht te hebben op wat leerlingen en medewerkers nodig hebben.",
        "Open: eerlijk, transparant en toegankelijk communiceren, en openstaan voor mensen met verschillende culturen, "
        "religies en achtergronden. Voor openbare scholen hoort daar ook het recht doen aan het openbare karakter bij.",
        "Vooruitstrevend: lef hebben, durven experimenteren en niet afwachten. Het bestuur wil dat scholen nieuwsgierig "
        "zijn naar nieuwe inzichten en gericht werken aan vernieuwing.",
        "Ambitieus: de lat hoog leggen voor leerlingen en voor jezelf, elkaar aanspreken, verantwoording afleggen en "
        "werken vanuit een cultuur van voortdurende verbetering.",
    ])
    kop(doc, "1.4 Vier vensters", 2)
    alinea(doc, "De inhoudelijke ambities zijn verdeeld over vier vensters. Per venster beschrijft het bestuur onder "
                "\u2018Waar willen we staan?\u2019 de gewenste eindsituatie, en geeft het een reeks centrale vragen die "
                "scholen helpen de ambities te vertalen. Kort samengevat:")
    vet_begin(doc, "Venster 1, Goed en toegankelijk onderwijs. ",
              "ASG wil dat alle scholen minimaal voldoen aan het inspectiekader en dat er geen zeer zwakke scholen of "
              "afdelingen meer zijn. Het bestuur vraagt om een samenhangend en cyclisch stelsel van kwaliteitszorg en "
              "om een leercultuur waarin onderzoeken, reflecteren en verbeteren normaal zijn. Scholen moeten weten wat "
              "hun leerlingen nodig hebben, onderwijs bieden dat aansluit bij hun leefwereld, werken aan een "
              "toekomstgericht curriculum en in hun ondersteuningsprofiel helder maken welke leer- en zorgbehoeften "
              "zij aankunnen. Passend onderwijs betekent voor ASG dat het onderwijs zich aanpast aan het kind en niet "
              "andersom, binnen een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad.")
    vet_begin(doc, "Venster 2, Personeel in positie. ",
              "Het bestuur wil een werkgever zijn die medewerkers goed begeleidt, oog heeft voor hun welbevinden in "
              "elke levensfase en hen uitdaagt om te groeien. Professionalisering loopt voor een belangrijk deel via de "
              "ASG Academie, met de programma's Maximum (leraren), Optimum (leidinggevenden) en Summum "
              "(onderwijsondersteunend personeel). Verder noemt de koers deelname aan leergemeenschappen, interne "
              "mobiliteit, erkenning van expertise, actieve steun aan onbevoegde leraren bij het halen van hun "
              "bevoegdheid, vitaliteit, het benutten van talenten over de schoolgrenzen heen en een ASG-breed "
              "ingevoerde gesprekscyclus.")
    vet_begin(doc, "Venster 3, De meerwaarde van ASG. ",
              "Hier gaat het om wat de scholen aan elkaar hebben. Het bestuur wil dat collega's van verschillende "
              "scholen en het servicebureau elkaar regelmatig ontmoeten, dat opbrengsten worden gedeeld op "
              "conferenties en studiedagen, dat vaksecties en werkgroepen bovenschools samenwerken en dat medewerkers "
              "weten waar welke expertise zit. De schaal van ASG moet ook leiden tot een divers en op elkaar aansluitend "
              "aanbod van scholen, zodat elke leerling een passende onderwijsloopbaan kan doorlopen. Het servicebureau "
              "ontwikkelt zich in deze visie van bedrijfsbureau tot dienstverlener voor de scholen.")
    vet_begin(doc, "Venster 4, Partnerschap. ",
              "ASG wil ouders betrekken bij het leerproces van hun kind, ziet de medezeggenschap als klankbord en "
              "sparringpartner, en streeft naar een overkoepelende medezeggenschapsraad voor strategische vraagstukken. "
              "Daarnaast wil het bestuur proactief samenwerken met bedrijven, vervolgonderwijs, zorg- en "
              "welzijnsinstellingen, het samenwerkingsverband, de gemeente en landelijke netwerken. Als grootste "
              "onderwijswerkgever van Almere neemt ASG volgens de koers medeverantwoordelijkheid voor regionale "
              "vraagstukken zoals het lerarentekort.")
    kop(doc, "1.5 Innovatie in drie horizonten", 2)
    alinea(doc, "Voor vernieuwing hanteert ASG sinds 2015 een strategie met drie horizonten, die volgens het bestuur "
                "even zwaar wegen:")
    punten(doc, [
        "continu verbeteren van de basiskwaliteit;",
        "fundamentele veranderingen, door kennis en ervaring binnen en buiten ASG te delen;",
        "radicale innovatie: nadenken over het onderwijs van de toekomst en gevestigde overtuigingen ter discussie "
        "stellen.",
    ], nummers=True)
    alinea(doc, "Een Regiegroep Innovatie verzamelt ideeën uit de hele organisatie en probeert die met elkaar te "
                "verbinden.")
    kop(doc, "1.6 Besturing, kaders en verantwoording", 2)
    alinea(doc, "ASG werkt volgens een besturingsfilosofie met vier sleutelbegrippen: professionele ruimte, kwaliteit, "
                "kaders en rekenschap. Het bestuur geeft richting en schept voorwaarden; de schoolleiding is binnen de "
                "afgesproken kaders (budget, formatie en beleid) verantwoordelijk voor het behalen van de doelen en "
                "legt daarover rekenschap af. De kaders gaan over onderwijskwaliteit (minimaal het inspectiekader), het "
                "strategisch HR-beleid, gezonde financiën, een samenhangend stelsel van kwaliteitszorg en actieve "
                "verantwoording. Ze worden jaarlijks uitgewerkt in kadernotities voor onderwijs, financiën en HR. "
                "Scholen vertalen de koers in een schoolplan en jaarplannen en rapporteren elk kwartaal over de "
                "voortgang. Als hulpmiddel heeft het bestuur de ASG Koerswijzer ontwikkeld: per kernwaarde en venster "
                "de doelen en centrale vragen, bedoeld als stappenplan voor directies en als gespreksstof voor teams.")
    kop(doc, "1.7 Hoe wij de koers gebruiken", 2)
    alinea(doc, "Wij hebben de koers besproken in het managementteam en met alle secties op de studiedag van 6 februari "
                "2024. Niet elk doel van het bestuur vraagt op onze school om nieuwe actie, en sommige doelen liggen "
                "vooral op het niveau van het bestuur, zoals de overkoepelende medezeggenschapsraad of de rol van ASG in "
                "landelijke netwerken. Die laten wij in dit plan bewust liggen. De indicatoren in de doelentabellen "
                "hebben een beginwaarde (2024) en streefwaarden voor 2026 en 2028.")


# ------------------------------------------------------------------ H2 school

def hoofdstuk2(doc):
    kop(doc, "2. Het Kolkhaven College in beeld")
    kop(doc, "2.1 Kerngegevens", 2)
    tabel(doc, ["Gegeven", "Kolkhaven College"], [
        ["BRIN", "21KH"],
        ["Bestuur", "Almeerse Scholen Groep (ASG)"],
        ["Denominatie", "Openbaar"],
        ["Directeur", "Marjolein Akkerman"],
        ["Leerwegen", "Basisberoepsgericht (BB), kaderberoepsgericht (KB), gemengd (GL) en theoretisch (TL); "
                      "leerwegondersteuning (LWOO) in BB en KB"],
        ["Profielen BB/KB/GL", "Bouwen, wonen en interieur; Produceren, installeren en energie; Media, vormgeving "
                               "en ICT; Horeca, bakkerij en recreatie; Zorg en welzijn; Economie en ondernemen"],
        ["Sectoren TL", "Economie, techniek, zorg en welzijn"],
        ["Leerlingen (1 oktober 2023)", "1.642"],
        ["Medewerkers", "174 (136 fte), van wie 121 docenten en instructeurs"],
        ["Planperiode", "1 augustus 2024 \u2013 31 juli 2028"],
    ], breedtes=[4.5, 11])
    tabel(doc, ["Afdeling", "Leerlingen"], [
        ["Onderbouw BB/KB (leerjaar 1-2, inclusief LWOO)", "298"],
        ["Onderbouw GL/TL (leerjaar 1-2)", "486"],
        ["Bovenbouw BB (leerjaar 3-4)", "142"],
        ["Bovenbouw KB (leerjaar 3-4)", "218"],
        ["Bovenbouw GL (leerjaar 3-4)", "104"],
        ["Bovenbouw TL (leerjaar 3-4)", "394"],
        ["Totaal", "1.642"],
    ], breedtes=[11, 4.5], bijschrift="Leerlingen per afdeling, 1 oktober 2023")
    kop(doc, "2.2 Onze leerlingen", 2)
    alinea(doc, "Onze leerlingen komen vooral uit Almere Stad en Almere Haven, van ruim veertig basisscholen; 38% komt "
                "van een ASG-basisschool. 27% van de leerlingen heeft een indicatie voor leerwegondersteuning. Een "
                "groot deel van onze leerlingen groeit op in wijken waar veel gezinnen een laag inkomen hebben, en veel "
                "leerlingen hebben thuis weinig zicht op beroepen en vervolgopleidingen. Loopbaanoriëntatie en "
                "praktijkervaring zijn voor hen daarom extra belangrijk. Het leerlingaantal is de afgelopen vijf jaar "
                "licht gedaald (van 1.731 naar 1.642); de prognose van de gemeente laat tot 2028 een stabiel beeld zien.")
    kop(doc, "2.3 Resultaten", 2)
    tabel(doc, ["Slagingspercentage", "2021", "2022", "2023"], [
        ["BB", "97%", "96%", "95%"],
        ["KB", "94%", "92%", "91%"],
        ["GL", "93%", "91%", "90%"],
        ["TL", "91%", "89%", "87%"],
    ], breedtes=[6, 3, 3, 3])
    alinea(doc, "Bij het vierjaarlijks onderzoek van de inspectie in maart 2022 waren alle afdelingen voldoende. Sinds "
                "2022 dalen de slagingspercentages echter in alle leerwegen, en in 2023 lag het gemiddelde cijfer voor "
                "het centraal examen in de basisberoepsgerichte leerweg (5,96) onder de norm van de inspectie. Dat is "
                "voor ons een duidelijk signaal.")


# ------------------------------------------------------------------ H3 kernwaarden

def hoofdstuk3(doc):
    kop(doc, "3. Waar wij voor staan")
    alinea(doc, "Ook voor het Kolkhaven College zijn de vier kernwaarden van ASG richtinggevend. Wij geven ze als volgt "
                "vorm.")
    vet_begin(doc, "Gezien worden. ",
              "Op het Kolkhaven College is iedereen waardevol en wordt iedereen gezien. Onze cultuur is gastvrij: "
              "iedereen voelt zich welkom. Wij hebben zicht op de onderwijsbehoeftes van onze leerlingen en "
              "medewerkers.")
    vet_begin(doc, "Open. ",
              "Wij gaan respectvol om met de mensen binnen en buiten onze school. In onze communicatie zijn wij "
              "transparant en toegankelijk. Met een open blik kijken wij naar de verscheidenheid van onze leerlingen "
              "en medewerkers, die een afspiegeling vormt van Almere.")
    vet_begin(doc, "Vooruitstrevend. ",
              "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven, en wij werken "
              "met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering als vmbo-school.")
    vet_begin(doc, "Ambitieus. ",
              "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij zijn intrinsiek gemotiveerd om "
              "onszelf te blijven ontwikkelen en professionaliseren, en wij geven altijd het beste van onszelf.")
    alinea(doc, "Deze waarden zijn voor ons geen woorden op papier, maar de basis van hoe wij met elkaar omgaan. In de "
                "volgende hoofdstukken werken wij ze verder uit.")


# ------------------------------------------------------------------ H4 venster 1

def hoofdstuk4(doc):
    kop(doc, "4. Venster 1: Goed en toegankelijk onderwijs")
    kop(doc, "4.1 Ons onderwijsprogramma", 2)
    vet_begin(doc, "Onderbouw. ",
              "In leerjaar 1 en 2 werken we met twee stromen: een BB/KB-stroom en een GL/TL-stroom. Leerlingen krijgen "
              "les op het hoogste niveau van hun stroom en worden op dat niveau getoetst; pas aan het eind van "
              "leerjaar 2 bepalen we samen met leerling en ouders de leerweg. Leerlingen met LWOO zitten in klassen "
              "van maximaal 18 leerlingen. Alle leerlingen krijgen in de onderbouw het vak Techniek & Ontwerp (drie "
              "uur per week) en het vak Oriëntatie op beroepen, waarin ze alle zes profielen van de school leren kennen.")
    vet_begin(doc, "Bovenbouw. ",
              "In BB, KB en GL kiezen leerlingen een van de zes profielen; GL-leerlingen volgen daarnaast vier "
              "algemene vakken op theoretisch niveau. In de TL kiezen leerlingen een sector. Alle programma's voldoen "
              "aan de examenprogramma's; per leerweg stellen we jaarlijks een PTA vast.")
    vet_begin(doc, "Lezen en rekenen. ",
              "Uit de nulmeting bij de start van leerjaar 1 weten we dat 42% van onze instromers referentieniveau 1F "
              "voor lezen nog niet beheerst. Daarom lezen alle leerlingen in leerjaar 1 en 2 aan het begin van elke "
              "mentorles en elke les Nederlands vijftien minuten in een zelfgekozen boek. Een leescoördinator "
              "(0,4 fte) werkt met alle secties aan woordenschat en het lezen van vakteksten. Voor rekenen is er in "
              "leerjaar 1 tot en met 3 een wekelijks rekenuur. We volgen de referentieniveaus met het "
              "Cito-volgsysteem (VAS) in leerjaar 1, 2 en 3.")
    vet_begin(doc, "Hoge verwachtingen in de praktijk. ",
              "Wij vinden dat een leerling alleen moet afstromen als het echt niet anders kan. Wie aan het eind van "
              "leerjaar 1 of 2 gemiddeld een 7,0 of hoger haalt, bespreken we standaard voor opstroom naar een hogere "
              "leerweg, en de mentor voert daarover een gesprek met leerling en ouders. Nu stroomt 7% van de "
              "leerlingen na de onderbouw op; dat willen we naar 10%.")
    vet_begin(doc, "Loopbaanoriëntatie. ",
              "Elke leerling houdt vanaf leerjaar 1 een LOB-portfolio bij in Qompas. In januari organiseren we een "
              "beroepenmarkt met ruim zestig bedrijven, en in leerjaar 3 en 4 lopen alle leerlingen minstens twee dagen "
              "mee op een mbo-opleiding.")
    kop(doc, "4.2 Klaar voor de toekomst", 2)
    alinea(doc, "De gemengde en de theoretische leerweg worden samengevoegd tot één nieuwe leerweg met een verplicht "
                "praktijkgericht programma. Wij wachten daar niet op. Vanaf 2025-2026 volgen alle TL-3-leerlingen vier "
                "uur per week het praktijkgerichte programma (PGP) \u2018Techniek & Ondernemen\u2019, dat we samen met "
                "MBO College Almere ontwikkelen. Vanaf 2026-2027 kiezen leerlingen uit drie PGP's. Daarnaast volgen "
                "alle leerlingen in leerjaar 1 en 2 het vak Digitale Vaardigheden (één uur per week), met aandacht "
                "voor programmeren, informatievaardigheden en veilig online gedrag.")
    alinea(doc, "In de basisberoepsgerichte leerweg werken leerlingen in leerjaar 3 sinds 2023 één dag per week in De "
                "Werkhaven, onze leerwerkplaats in de oude gymzaal, aan opdrachten van echte opdrachtgevers. Zo bouwden "
                "BWI-leerlingen vorig jaar de bar van het buurthuis. Vanaf 2025 doen BB-leerlingen een deel van hun "
                "praktijkvak bij een leerbedrijf (hybride leren).")
    alinea(doc, "Onze vernieuwingen ordenen we langs de drie horizonten van ASG:")
    punten(doc, [
        "Horizon 1, basiskwaliteit: effectieve directe instructie in alle lessen en het leesoffensief in de onderbouw.",
        "Horizon 2, fundamentele verandering door samenwerking: het PGP met MBO College Almere en gezamenlijke "
        "schoolexamens met andere ASG-vmbo's (zie hoofdstuk 6).",
        "Horizon 3, radicale vernieuwing: een pilot in BB leerjaar 3 zonder jaarklassen en vaste roosters, waarin "
        "leerlingen in eigen tempo modules van het profielvak afronden. Start in 2026-2027, evaluatie in juni 2028.",
    ])
    kop(doc, "4.3 Burgerschap", 2)
    alinea(doc, "Burgerschap is bij ons een doorlopende leerlijn in leerjaar 1 tot en met 4, verdeeld over de "
                "mentorles, maatschappijleer en de profielvakken. De leerlijn is in 2023 vastgelegd in ons "
                "burgerschapsplan en heeft vier thema's: democratie en rechtsstaat, omgaan met verschillen, "
                "mediawijsheid, en werk en geld. Vaste onderdelen zijn:")
    punten(doc, [
        "In leerjaar 2 bezoeken alle klassen het stadhuis en voeren ze een debat in de raadszaal, met een raadslid als "
        "voorzitter.",
        "In leerjaar 3 voeren alle leerlingen in gemengde groepen een dialooggesprek tijdens de Week van de Dialoog.",
        "In leerjaar 3 en 4 volgen alle leerlingen de lessen van de Week van het geld, gericht op het voorkomen van "
        "schulden.",
        "De leerlingenraad (14 leden uit alle leerwegen) vergadert maandelijks met de directeur en levert drie leden "
        "van de MR.",
    ])
    alinea(doc, "De coördinator burgerschap evalueert de leerlijn elk jaar in juni met de secties.")
    kop(doc, "4.4 Een veilige school", 2)
    alinea(doc, "Ons schoolveiligheidsplan is in 2023 herzien. We hebben een anti-pestcoördinator en twee "
                "vertrouwenspersonen. Sinds 1 januari 2024 is het Kolkhaven College telefoonvrij: telefoons gaan bij "
                "binnenkomst in de kluis. Met de politie, de gemeente en de andere scholen in de wijk hebben we een "
                "convenant Veilig in en om de school; de wijkagent houdt elke week spreekuur op school. Elk jaar in "
                "maart nemen we in leerjaar 1 en 3 de monitor sociale veiligheid af. In 2023 gaf 84% van de leerlingen "
                "aan zich veilig te voelen; in leerjaar 3 en onder leerlingen die zich lhbtiq+ noemen was dat "
                "duidelijk lager. Daarom start in 2024-2025 een gendi-groep (gender- en diversiteitsgroep) en krijgen "
                "alle mentoren van leerjaar 3 een training in het bespreekbaar maken van groepsdruk.")
    kop(doc, "4.5 Zicht op leerlingen en ondersteuning", 2)
    alinea(doc, "Bij de overstap van de basisschool voeren we met elke basisschool een warme overdracht. In de eerste "
                "zes weken van leerjaar 1 heeft de mentor met elke leerling en zijn ouders een kennismakingsgesprek, en "
                "daarna heeft elke leerling twee keer per jaar een individueel mentorgesprek. De nulmeting en het "
                "Cito-volgsysteem geven ons zicht op de leerontwikkeling.")
    alinea(doc, "In ons schoolondersteuningsprofiel (vastgesteld in december 2023) beschrijven we wat we bieden. Elke "
                "leerling krijgt basisondersteuning: een vaste mentor, een huiswerkklas, faciliteiten bij dyslexie en "
                "dyscalculie en een faalangstreductietraining. Extra ondersteuning bieden we met de LWOO-klassen en in "
                "De Kajuit, onze ruimte voor tijdelijke opvang van leerlingen die even niet in de klas kunnen, met een "
                "ondersteuningscoördinator en twee begeleiders. Het zorg- en adviesteam (zorgcoördinator, "
                "leerplichtambtenaar, jeugdarts van GGD Flevoland, schoolmaatschappelijk werk en de jongerenwerker) "
                "komt elke zes weken bijeen.")
    alinea(doc, "Er zijn grenzen. Wij kunnen geen passend aanbod doen aan leerlingen die de hele dag individuele "
                "begeleiding nodig hebben, aan leerlingen wier gedrag de veiligheid van anderen langdurig in gevaar "
                "brengt, en aan leerlingen die korter dan twee jaar in Nederland zijn en de taal nog onvoldoende "
                "beheersen. Voor hen zoeken we samen met het samenwerkingsverband Passend Onderwijs Almere een passende "
                "plek, bijvoorbeeld in het praktijkonderwijs, het vso, de internationale schakelklas of de "
                "reboundvoorziening. Een leerling die dreigt uit te vallen, bespreken we binnen twee weken in het "
                "thuiszittersoverleg van het samenwerkingsverband. In 2023 zaten drie leerlingen langer dan vier weken "
                "thuis; dat moeten er nul worden.")
    kop(doc, "4.6 Kwaliteitszorg", 2)
    alinea(doc, "Wij werken met een vaste cyclus. Uit dit schoolplan maakt elke afdeling in juni een jaarplan, en elke "
                "sectie een sectieplan. Over de voortgang rapporteert de directeur elk kwartaal aan het bestuur, en in "
                "het jaarverslag leggen we verantwoording af. De kwaliteitskalender ziet er zo uit:")
    tabel(doc, ["Moment", "Activiteit"], [
        ["Oktober", "Analyse examenresultaten per sectie en per leerweg; verbeterpunten in het sectieplan"],
        ["November \u2013 maart", "Twee lesbezoeken per docent door de teamleider met de ICALT-kijkwijzer"],
        ["Januari", "Leerlingenquête over de lessen, per docent besproken in het jaargesprek"],
        ["Maart", "Monitor sociale veiligheid (leerjaar 1 en 3)"],
        ["Mei (om het jaar)", "Oudertevredenheidsonderzoek en medewerkersonderzoek"],
        ["Juni", "Evaluatie jaarplannen; opstellen nieuwe jaarplannen; jaarverslag"],
    ], breedtes=[4, 11.5])
    alinea(doc, "Voor de basisberoepsgerichte leerweg loopt sinds januari 2024 een verbeterplan: alle PTA's zijn "
                "doorgelicht, de examentraining is uitgebreid naar tien weken en de examenklassen krijgen een vaste "
                "examencoach. Onze kwaliteitszorgcoördinator ondersteunt de secties bij het analyseren van resultaten.")
    doelentabel(doc, "venster 1: Goed en toegankelijk onderwijs", [
        ["Slagingspercentage BB", "95%", "96%", "97%"],
        ["Slagingspercentage KB", "91%", "93%", "95%"],
        ["Slagingspercentage GL", "90%", "92%", "93%"],
        ["Slagingspercentage TL", "87%", "90%", "92%"],
        ["Gemiddeld cijfer centraal examen BB", "5,96", "6,20", "6,30"],
        ["Onderwijspositie leerjaar 3 t.o.v. advies basisschool", "93%", "95%", "96%"],
        ["Leerlingen die na de onderbouw opstromen", "7%", "9%", "10%"],
        ["Leerlingen leerjaar 2 op 1F lezen of hoger", "71%", "78%", "85%"],
        ["Leerlingen die zich veilig voelen (monitor)", "84%", "88%", "90%"],
        ["Lesbezoeken met voldoende ICALT-score", "72%", "80%", "85%"],
        ["Leerlingen langer dan vier weken thuis", "3", "1", "0"],
    ])


# ------------------------------------------------------------------ H5 venster 2

def hoofdstuk5(doc):
    kop(doc, "5. Venster 2: Personeel in positie")
    alinea(doc, "Goed onderwijs staat of valt met goede mensen. Medewerkers voelen zich bij ons betrokken bij en trots "
                "op onze school en op ASG. Wij hebben aandacht voor het welbevinden in elke levensfase van alle "
                "medewerkers. Wij hebben vitale werknemers. Medewerkers ervaren erkenning van hun professionaliteit en "
                "expertise en voelen zich gezien. Wij zetten de talenten van onze medewerkers in voor de gehele "
                "organisatie. Onze medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de "
                "leercultuur van ASG.")
    kop(doc, "5.1 Bevoegd voor de klas", 2)
    alinea(doc, "Het lerarentekort raakt ons hard, vooral bij de techniekprofielen, Nederlands en wiskunde. In oktober "
                "2023 stonden 14 van onze 121 docenten en instructeurs (nog) onbevoegd voor de klas. Elke onbevoegde "
                "collega heeft een persoonlijk opleidingsplan en volgt een lerarenopleiding (bij Windesheim Flevoland of "
                "de Hogeschool van Amsterdam) of, voor instructeurs met een mbo-achtergrond, het traject "
                "Pedagogisch-Didactisch Getuigschrift. De school betaalt het collegegeld, roostert vier uur studietijd "
                "per week in en koppelt elke docent in opleiding aan een schoolopleider. Onbevoegde docenten geven geen "
                "examenklassen zonder een bevoegde sectiegenoot als begeleider.")
    alinea(doc, "Om zelf nieuwe collega's op te leiden zijn we partner in Opleiden in de School Flevoland, samen met de "
                "andere Almeerse besturen voor voortgezet onderwijs en de lerarenopleidingen. We bieden jaarlijks "
                "achttien stageplekken en hebben twee gecertificeerde schoolopleiders.")
    kop(doc, "5.2 Professionele ontwikkeling", 2)
    alinea(doc, "In 2024-2026 staat de teamscholing in het teken van effectieve directe instructie: vier "
                "studiemiddagen per jaar en collegiale lesbezoeken in tweetallen. In 2026-2028 volgt het thema "
                "differentiëren in de praktijkles. Daarnaast volgen docenten individueel scholing, onder andere in het "
                "programma Maximum van de ASG Academie; teamleiders volgen Optimum en collega's van het "
                "onderwijsondersteunend personeel Summum. Iedere docent legt zijn scholing vast in het "
                "bekwaamheidsdossier en bespreekt die in het jaargesprek.")
    kop(doc, "5.3 De gesprekscyclus", 2)
    alinea(doc, "Sinds 2022 volgen we de gesprekscyclus van ASG: in september een doelengesprek, daarna lesbezoeken, "
                "vóór 1 april een jaargesprek en eens in de drie jaar een beoordelingsgesprek. In 2022-2023 had maar 76% "
                "van de medewerkers een jaargesprek. De oorzaak was helder: sommige teamleiders waren leidinggevende "
                "van 28 medewerkers. Per 1 augustus 2024 komt er een vijfde teamleider en heeft niemand meer dan 22 "
                "medewerkers onder zich.")
    kop(doc, "5.4 Werkdruk en levensfase", 2)
    alinea(doc, "In het medewerkersonderzoek van 2023 scoorde de ervaren werkdruk een 5,9. Sinds dat jaar is er een "
                "werkdrukcommissie met de personeelsgeleding van de MR. Die commissie heeft in 2024 geregeld dat de "
                "woensdagmiddag vrij is van lessen voor overleg en sectiewerk, en dat toetsweken niet meer samenvallen "
                "met de rapportvergaderingen. Startende docenten "
                "krijgen de eerste drie jaar begeleiding en 10% minder lestaak; oudere collega's maken met hun "
                "teamleider jaarlijks afspraken over de inzet van hun uren duurzame inzetbaarheid uit de cao vo.")
    doelentabel(doc, "venster 2: Personeel in positie", [
        ["Onbevoegde docenten en instructeurs (aantal)", "14", "8", "4"],
        ["Stageplekken voor leraren in opleiding", "14", "18", "18"],
        ["Medewerkers met een jaargesprek", "76%", "95%", "100%"],
        ["Docenten met actueel bekwaamheidsdossier", "61%", "85%", "100%"],
        ["Ervaren werkdruk (medewerkersonderzoek, 1-10)", "5,9", "6,5", "7,0"],
    ])


# ------------------------------------------------------------------ H6 venster 3

def hoofdstuk6(doc):
    kop(doc, "6. Venster 3: De meerwaarde van ASG")
    alinea(doc, "Als school van ASG maken wij deel uit van een grote organisatie, en daar zijn wij trots op. Binnen ASG "
                "ontmoeten onze collega's regelmatig collega's van andere scholen en van het servicebureau. Wij delen de "
                "opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen. Onze "
                "medewerkers weten wie ze moeten benaderen voor welke expertise, en zij zijn op de hoogte van de "
                "inrichting van processen en systemen binnen de school en het servicebureau. Zo benutten wij de "
                "meerwaarde van ASG optimaal.")
    alinea(doc, "Wij zien veel kansen in de samenwerking binnen ASG en willen die de komende jaren verder uitbouwen. "
                "Twee onderwerpen pakken wij concreet op.")
    vet_begin(doc, "Gezamenlijke schoolexamens. ",
              "Samen met de twee andere vmbo-scholen van ASG ontwikkelen de secties Nederlands, Engels en wiskunde "
              "vanaf 2024-2025 gezamenlijke schoolexamens voor leerjaar 4 BB en KB. De secties komen daarvoor drie keer "
              "per jaar bij elkaar en de examensecretarissen stemmen de PTA's op elkaar af. Dat scheelt werk en maakt "
              "de examens beter.")
    vet_begin(doc, "Doorlopende routes binnen ASG. ",
              "Met twee ASG-scholen voor havo en vwo hebben wij in 2023 afspraken gemaakt over de doorstroom van TL naar "
              "havo 4. Een leerling met een gemiddelde van 6,8 of hoger voor de examenvakken en een positief advies van "
              "de docentenvergadering wordt toegelaten. In TL-4 volgen deze leerlingen een schakelmodule van vier "
              "middagen op de havoschool.")
    doelentabel(doc, "venster 3: De meerwaarde van ASG", [
        ["Vakken met een gezamenlijk schoolexamen (ASG-vmbo)", "0", "3", "5"],
        ["TL-leerlingen die doorstromen naar havo 4 binnen ASG", "19", "24", "28"],
        ["Deelname aan ASG-brede studiedagen", "wisselend", "structureel", "structureel"],
        ["Bekendheid van medewerkers met expertise binnen ASG", "niet gemeten", "verbeterd", "goed"],
    ])


# ------------------------------------------------------------------ H7 venster 4

def hoofdstuk7(doc):
    kop(doc, "7. Venster 4: Partnerschap")
    kop(doc, "7.1 Ouders", 2)
    alinea(doc, "In het voortgezet onderwijs staan ouders vaak verder van de school dan op de basisschool, terwijl hun "
                "steun voor een puber minstens zo belangrijk is. Wij hebben daarom de volgende afspraken gemaakt:")
    punten(doc, [
        "In de eerste zes weken van leerjaar 1 voert de mentor met elke leerling en zijn ouders een "
        "kennismakingsgesprek, waarin ouders vertellen wat zij van hun kind weten.",
        "In november en maart voeren we in alle leerjaren driehoeksgesprekken met ouder, leerling en mentor. In "
        "leerjaar 2 en 4 staan de keuze voor leerweg en profiel en de vervolgopleiding centraal.",
        "Een ouderpanel van zestien ouders uit alle leerwegen spreekt vier keer per jaar met de directeur.",
        "Per leerjaar is er een ouderavond over een actueel thema, zoals de profielkeuze, het examen of sociale media.",
    ])
    kop(doc, "7.2 Helder informeren", 2)
    alinea(doc, "In het oudertevredenheidsonderzoek van 2023 gaven ouders de informatie van school een 6,8. Dat kan "
                "beter. Vanaf 2024-2025 geldt: cijfers staan uiterlijk tien werkdagen na een toets in het ouderportaal "
                "van Magister, absentie wordt dezelfde dag gemeld, een mail van ouders krijgt binnen twee werkdagen "
                "antwoord en elke afdeling verstuurt een maandelijkse nieuwsbrief. De belangrijkste informatie over "
                "toelating en examens is beschikbaar in het Nederlands, Engels, Arabisch en Turks, en bij gesprekken "
                "kunnen ouders een tolk krijgen.")
    kop(doc, "7.3 Medezeggenschap", 2)
    alinea(doc, "Onze MR heeft twaalf leden: zes personeelsleden, drie ouders en drie leerlingen, en vergadert acht keer "
                "per jaar. De directeur brengt voorgenomen beleid vroeg in als verkennend gesprek, nog voordat er een "
                "formeel advies- of instemmingsverzoek ligt. Zo bespraken we in 2023 de telefoonvrije school en de nieuwe "
                "lessentabel eerst als idee met de MR. Eén keer per jaar houden de MR, de leerlingenraad en het "
                "ouderpanel een gezamenlijke avond.")
    kop(doc, "7.4 Partners in de stad en de wijk", 2)
    punten(doc, [
        "MBO College Almere en ROC van Flevoland: samen ontwikkelen we het PGP, organiseren we meeloopdagen en volgen "
        "we de doorstroom van onze leerlingen in het mbo. Voor BB en KB in de techniek bieden we samen een "
        "doorlopende leerroute naar mbo niveau 2 en 3.",
        "Sterk Techniekonderwijs Flevoland: gastlessen, bedrijfsbezoeken en gedeelde apparatuur voor PIE en BWI.",
        "Ruim 140 leerbedrijven in Almere en omgeving bieden stageplekken; twee stagecoördinatoren (1,4 fte) "
        "onderhouden de contacten.",
        "Jongerenwerk van De Schoor houdt op dinsdag en donderdag spreekuur op school; de wijkagent is wekelijks "
        "aanwezig.",
        "Buurt: bij Kolkhaven Kookt maken HBR-leerlingen vier keer per jaar een diner voor ouderen uit de wijk, en "
        "BWI-leerlingen doen klussen in het buurthuis.",
    ])
    alinea(doc, "Ook werken we samen aan problemen die de school overstijgen. In de RMC-regio Flevoland werken we met "
                "leerplicht en de andere scholen aan het terugdringen van voortijdig schoolverlaten: elke leerling die "
                "zonder startkwalificatie dreigt te vertrekken, krijgt een warme overdracht naar een vervolgplek. Aan het "
                "lerarentekort werken we samen met de andere besturen via Opleiden in de School Flevoland (zie 5.1).")
    doelentabel(doc, "venster 4: Partnerschap", [
        ["Kennismakingsgesprek leerjaar 1 binnen zes weken", "81%", "95%", "100%"],
        ["Ouders aanwezig bij driehoeksgesprek", "68%", "80%", "90%"],
        ["Tevredenheid ouders over informatie (1-10)", "6,8", "7,3", "7,5"],
        ["Leerbedrijven met stageplek", "140", "160", "175"],
        ["Voortijdig schoolverlaters", "2,1%", "1,7%", "1,4%"],
        ["Buurtprojecten per schooljaar", "2", "4", "4"],
    ])


# ------------------------------------------------------------------ H8 planning en vaststelling

def hoofdstuk8(doc):
    kop(doc, "8. Meerjarenplanning en vaststelling")
    kop(doc, "8.1 Meerjarenplanning", 2)
    alinea(doc, "De doelen uit de hoofdstukken 4 tot en met 7 verdelen we als volgt over de planperiode. Elk jaar werken "
                "we de planning uit in de jaarplannen van de afdelingen.")
    tabel(doc, ["Schooljaar", "Speerpunten"], [
        ["2024-2025", "Leesoffensief leerjaar 1-2; start scholing directe instructie; vijfde teamleider; "
                      "kennismakingsgesprekken leerjaar 1; gezamenlijk schoolexamen Nederlands; verbeterplan BB"],
        ["2025-2026", "PGP \u2018Techniek & Ondernemen\u2019 in TL-3; hybride leren BB; gezamenlijke schoolexamens "
                      "Engels en wiskunde; driehoeksgesprekken in alle leerjaren"],
        ["2026-2027", "Keuze uit drie PGP's; start pilot BB zonder jaarklassen; scholing differentiëren in de "
                      "praktijkles; tussenevaluatie schoolplan"],
        ["2027-2028", "Evaluatie pilot BB; voorbereiding nieuwe leerweg; eindevaluatie schoolplan en opstellen "
                      "nieuw schoolplan"],
    ], breedtes=[3, 12.5])
    kop(doc, "8.2 Totstandkoming en vaststelling", 2)
    alinea(doc, "Dit plan is geschreven door de directeur en de teamleiders, op basis van de studiedag van 6 februari "
                "2024 en gesprekken met de secties, de leerlingenraad en het ouderpanel. Het concept is op 14 mei 2024 "
                "besproken met de medezeggenschapsraad. De MR gaf adviezen mee over de werkdruk van mentoren bij de "
                "kennismakingsgesprekken en over de haalbaarheid van de pilot in BB; die hebben we verwerkt. Het plan "
                "wordt ter instemming voorgelegd aan de MR in de vergadering van 18 juni 2024 en daarna ter vaststelling "
                "aangeboden aan het College van Bestuur van ASG.")
    alinea(doc, "Almere, 28 mei 2024")
    alinea(doc, "Marjolein Akkerman\nDirecteur Kolkhaven College")


def build(path):
    path = str(path)
    doc = Document()
    _opmaak(doc)
    _voettekst(doc)
    eig = doc.core_properties
    eig.title = "Schoolplan Kolkhaven College 2024-2028"
    eig.author = "M. Akkerman"
    eig.last_modified_by = "M. Akkerman"
    eig.subject = ""
    eig.keywords = ""
    eig.comments = ""
    eig.category = ""
    eig.revision = 12
    eig.created = DATUM
    eig.modified = DATUM
    eig.last_printed = DATUM
    voorblad(doc)
    leeswijzer(doc)
    hoofdstuk1(doc)
    hoofdstuk2(doc)
    hoofdstuk3(doc)
    hoofdstuk4(doc)
    hoofdstuk5(doc)
    hoofdstuk6(doc)
    hoofdstuk7(doc)
    hoofdstuk8(doc)
    doc.save(path)
    _deterministisch_zippen(path)
    return path


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_154_vmbo_kolkhaven_college.docx")
