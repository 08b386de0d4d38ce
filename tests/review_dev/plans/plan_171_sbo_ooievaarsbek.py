# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van SBO De Ooievaarsbek (Almere Haven), als Word-document."""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def _taal(document):
    for stijl in document.styles:
        try:
            rpr = stijl.element.get_or_add_rPr()
        except AttributeError:
            continue
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


def _paginanummer(document):
    voet = document.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("SBO De Ooievaarsbek - Schoolplan 2025-2029 - pagina ")
    run = voet.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    eind = OxmlElement("w:fldChar")
    eind.set(qn("w:fldCharType"), "end")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(eind)


def _tabel(document, kop, rijen):
    tabel = document.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = tabel.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(tekst)
        run.bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    herhaal = OxmlElement("w:tblHeader")
    herhaal.set(qn("w:val"), "true")
    trpr.append(herhaal)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    document.add_paragraph()
    return tabel


def _bullets(document, regels):
    for regel in regels:
        document.add_paragraph(regel, style="List Bullet")


def _alinea(document, tekst):
    return document.add_paragraph(tekst)


def _bestuur(document, zinnen):
    """Het vaste blok met de zinnen uit Koers 22, in onze woorden."""
    p = document.add_paragraph()
    r = p.add_run("Waar wij voor staan (uit Koers 22 van ASG)")
    r.bold = True
    for zin in zinnen:
        q = document.add_paragraph(style="List Bullet")
        run = q.add_run(zin)
        run.italic = True


def _acties_kop(document):
    p = document.add_paragraph()
    r = p.add_run("Wat wij hier concreet aan doen")
    r.bold = True


TABEL_KOP = ["Ons doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"]


def build(path):
    path = str(path)
    doc = Document()
    _taal(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    cp = doc.core_properties
    cp.title = "Schoolplan SBO De Ooievaarsbek 2025-2029"
    cp.author = "J. Verhoeckx"
    cp.subject = "Schoolplan"
    cp.keywords = "schoolplan, SBO, Koers 22"
    vast = datetime.datetime(2025, 6, 23, 9, 30, 0)
    cp.created = vast
    cp.modified = vast
    cp.last_modified_by = "J. Verhoeckx"
    cp.revision = 4

    _paginanummer(doc)

    # ---------------------------------------------------------- voorblad
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Schoolplan 2025 - 2029")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("SBO De Ooievaarsbek")
    r.bold = True
    r.font.size = Pt(18)
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Christelijke school voor speciaal basisonderwijs\n"
              "Sluisweg 14, 1354 Almere Haven\n"
              "BRIN 31TV - onderdeel van de Almeerse Scholen Groep")
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.add_run("Planperiode: 1 augustus 2025 tot en met 31 juli 2029\n"
              "Directeur: Joost Verhoeckx   |   Intern begeleiders: Sevda Kılıç en Annelies Bosma")
    doc.add_page_break()

    # ---------------------------------------------------------- 1 voorwoord
    doc.add_heading("1. Voorwoord", level=1)
    _alinea(doc,
            "Voor u ligt het schoolplan van SBO De Ooievaarsbek voor de schooljaren 2025-2026 tot en met "
            "2028-2029. Het plan is in het voorjaar van 2025 tot stand gekomen. Het team heeft op de "
            "studiedagen van 29 januari en 9 april 2025 gewerkt aan de analyse van de afgelopen periode en "
            "aan de keuzes voor de komende vier jaar. De ouders van de medezeggenschapsraad en een groep van "
            "elf ouders die op de ouderavond van 13 maart 2025 aanschoven, hebben hun ideeën meegegeven. "
            "Ook de leerlingenraad is gevraagd wat zij willen houden en wat er anders moet.")
    _alinea(doc,
            "Het bestuur van de Almeerse Scholen Groep (ASG) vraagt alle scholen om in het schoolplan te "
            "laten zien hoe zij bijdragen aan Koers 22. Wij hebben ervoor gekozen om de kernwaarden en de "
            "vier vensters van de koers als hoofdstukindeling te gebruiken. Per onderdeel zetten wij eerst "
            "de uitspraken van het bestuur, vertaald naar onze school. Daaronder staat wat wij zelf doen. "
            "Niet bij elk onderdeel hebben wij deze periode iets nieuws te melden; dan laten wij het bij "
            "de uitspraak. Per venster staat een tabel met onze doelen, zodat team, ouders en bestuur kunnen "
            "volgen of wij doen wat wij zeggen.")
    _alinea(doc,
            "Dit plan is een werkdocument. Elk jaar maken wij op basis van dit plan een jaarplan en blikken "
            "wij in het jaarverslag terug. Zo houden wij het levend.")

    # ---------------------------------------------------------- 2 school in het kort
    doc.add_heading("2. Onze school in het kort", level=1)
    doc.add_heading("2.1 Kerngegevens", level=2)
    _tabel(doc, ["Onderwerp", "Gegevens"], [
        ["Naam", "SBO De Ooievaarsbek"],
        ["Soort school", "Speciaal basisonderwijs (SBO), christelijke identiteit"],
        ["Bestuur", "Almeerse Scholen Groep (ASG)"],
        ["Adres", "Sluisweg 14, 1354 Almere Haven"],
        ["Aantal leerlingen (1 oktober 2024)", "141"],
        ["Aantal groepen", "10 (waarvan 1 observatiegroep voor jonge kinderen)"],
        ["Gemiddelde groepsgrootte", "14 leerlingen"],
        ["Personeel", "31 medewerkers (22,4 fte), waarvan 13 leerkrachten en 7 onderwijsassistenten"],
        ["Samenwerkingsverband", "Passend Onderwijs Almere"],
        ["Laatste inspectiebezoek", "Oktober 2023, basistoezicht"],
    ])
    doc.add_heading("2.2 Onze leerlingen", level=2)
    _alinea(doc,
            "Onze leerlingen komen uit heel Almere; ongeveer 40 procent woont in Almere Haven, de anderen "
            "komen uit Almere Stad, Buiten en Poort. Ruim de helft van de kinderen komt met het "
            "leerlingenvervoer. Iedere leerling heeft een toelaatbaarheidsverklaring (TLV) van het "
            "samenwerkingsverband. De meeste kinderen zijn vastgelopen in het reguliere basisonderwijs door "
            "een combinatie van leerproblemen en gedragsproblemen. Bij 58 procent is sprake van een "
            "diagnose, zoals ADHD, een autismespectrumstoornis, een taalontwikkelingsstoornis of "
            "hechtingsproblematiek. Bij ongeveer een derde van de kinderen is ook jeugdhulp betrokken.")
    _alinea(doc,
            "De gemiddelde leeftijd bij instroom is 8,6 jaar. Veel kinderen komen binnen met een gevoel van "
            "falen en met een grote achterstand in lezen en rekenen. In de afgelopen drie jaar stroomden "
            "gemiddeld 21 leerlingen per jaar uit naar het voortgezet onderwijs. In 2024 waren dat 22 "
            "leerlingen: 7 naar het praktijkonderwijs, 9 naar vmbo basis- of kaderberoepsgerichte leerweg met "
            "leerwegondersteuning, 4 naar vmbo kader of gemengde leerweg en 2 naar het voortgezet speciaal "
            "onderwijs.")
    doc.add_heading("2.3 Wat we zien: analyse van de afgelopen periode", level=2)
    _alinea(doc,
            "Uit de zelfevaluatie van januari 2025 halen wij vier punten die richting geven aan dit plan:")
    _bullets(doc, [
        "De resultaten voor technisch lezen zijn de laatste jaren gestegen, maar begrijpend lezen blijft "
        "achter. In 2023-2024 haalde 61 procent van de leerlingen de leerrendementsverwachting (LRV) voor "
        "lezen en rekenen samen.",
        "Het aantal incidenten met fysiek ingrijpen is gedaald van 46 (2021-2022) naar 19 (2023-2024) "
        "sinds de invoering van onze schoolbrede gedragsaanpak. Dat willen wij vasthouden.",
        "Het team is jong en wisselt sterk: in drie jaar tijd zijn er negen nieuwe collega's gekomen, onder "
        "wie twee zij-instromers. De werkdruk wordt als hoog ervaren.",
        "Ouders zijn betrokken, maar niet alle ouders bereiken wij goed. Vooral ouders die ver weg wonen "
        "en ouders die het Nederlands minder goed beheersen, zien wij weinig op school.",
    ])

    # ---------------------------------------------------------- 3 identiteit
    doc.add_heading("3. Identiteit en opdracht", level=1)
    _alinea(doc,
            "De Ooievaarsbek is een christelijke school. Wij beginnen de dag met een dagopening, vertellen "
            "verhalen uit de bijbel en vieren met de hele school Kerst en Pasen. Wij gebruiken daarvoor de "
            "methode Trefwoord. Wij vragen van alle ouders dat hun kind meedoet aan de dagopening en de "
            "vieringen.")
    _alinea(doc,
            "Onze opdracht vatten wij samen in de zin die op de muur bij de ingang staat: 'Hier mag je "
            "opnieuw beginnen.' Kinderen die bij ons komen, hebben vaak al veel teleurstellingen achter de "
            "rug. Wij willen dat zij weer gaan geloven dat ze kunnen leren, en dat zij met een passend "
            "advies en met vertrouwen de overstap naar het voortgezet onderwijs maken.")

    # ---------------------------------------------------------- 4 kernwaarden
    doc.add_heading("4. De kernwaarden van ASG op onze school", level=1)
    _alinea(doc,
            "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Hieronder staat "
            "per kernwaarde wat dat voor onze school betekent.")

    doc.add_heading("4.1 Gezien worden", level=2)
    _bestuur(doc, [
        "De cultuur op onze school is gastvrij, iedereen voelt zich welkom.",
        "Iedereen op onze school is waardevol en wordt gezien.",
        "Wij hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.",
    ])
    _acties_kop(doc)
    _bullets(doc, [
        "Nieuwe gezinnen krijgen vóór de eerste schooldag een kennismakingsgesprek met de intern "
        "begeleider en de eigen leerkracht, en een wenochtend in de nieuwe groep. Het kind krijgt de "
        "eerste twee weken een vast maatje uit de groep.",
        "De ouderkamer is iedere dinsdag van 8.30 tot 9.30 uur open. Er staat koffie en er is altijd een "
        "teamlid aanwezig. Bezoekers worden bij de hoofdingang opgevangen door onze conciërge.",
        "In de oudervragenlijst van 2024 gaf 78 procent van de ouders aan zich welkom te voelen op school. "
        "Wij willen dat dit in 2027 minstens 90 procent is.",
        "Voor iedere leerling stellen wij binnen zes weken na plaatsing een ontwikkelingsperspectiefplan "
        "(OPP) op. Daarin staan de onderwijsbehoeften, het verwachte uitstroomniveau en wat het kind van "
        "ons nodig heeft. Het OPP wordt twee keer per jaar met ouders en kind besproken en bijgesteld.",
        "Voor het team nemen wij iedere twee jaar het werkbelevingsonderzoek af. De uitkomsten bespreken "
        "wij in het team en ze zijn de basis voor de acties in hoofdstuk 5.2.",
    ])

    doc.add_heading("4.2 Open", level=2)
    _bestuur(doc, [
        "Onze school gaat respectvol om met de mensen binnen en buiten de school.",
        "In onze communicatie zijn wij transparant en toegankelijk.",
        "Met een open blik kijken wij naar de verscheidenheid van leerlingen en medewerkers.",
    ])
    _acties_kop(doc)
    _bullets(doc, [
        "Wij werken schoolbreed met Positive Behavior Support (PBS). De drie gedragsverwachtingen "
        "'veilig', 'respect' en 'samen' hangen in elk lokaal en op de gang, en worden in de eerste zes "
        "weken van het schooljaar elke week in een les geoefend. Medewerkers spreken kinderen en elkaar "
        "aan in een rustige toon en benoemen gewenst gedrag.",
        "Ook met de chauffeurs van het leerlingenvervoer hebben wij afspraken gemaakt over de begroeting "
        "en de overdracht bij de deur. Twee keer per jaar is er een overleg met de vervoerder.",
        "Voor de dagelijkse contacten met ouders gebruiken wij Parro. Berichten van ouders beantwoorden "
        "wij binnen één werkdag. Elke vrijdag verschijnt het Ooievaarsbericht met het nieuws van de week.",
        "Wij schrijven het OPP en de rapporten op B1-taalniveau. Voor ouders die het Nederlands minder "
        "goed beheersen, zetten wij bij de OPP-gesprekken een telefonische tolk in.",
    ])

    doc.add_heading("4.3 Vooruitstrevend", level=2)
    _bestuur(doc, [
        "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.",
        "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten van de innovatiestrategie "
        "(continue veranderingen, fundamentele veranderingen, radicale veranderingen).",
    ])

    doc.add_heading("4.4 Ambitieus", level=2)
    _bestuur(doc, [
        "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
        "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.",
        "Wij geven altijd het beste van onszelf.",
    ])
    _acties_kop(doc)
    _bullets(doc, [
        "Bij de vaststelling van het OPP kiezen wij bij twijfel voor het hogere uitstroomperspectief. "
        "Wij stellen het perspectief pas naar beneden bij als twee opeenvolgende metingen daar aanleiding "
        "toe geven.",
        "Iedere groep werkt per blok van acht weken met een groepsdoel voor lezen en rekenen dat op het "
        "whiteboard staat. De leerlingen weten wat het doel is en bespreken aan het eind van het blok of "
        "het gehaald is.",
        "Wij willen dat in juli 2028 minstens 70 procent van de leerlingen de leerrendementsverwachting "
        "voor lezen en rekenen haalt (2023-2024: 61 procent).",
    ])

    # ---------------------------------------------------------- 5 vensters
    doc.add_heading("5. De vier vensters", level=1)
    _alinea(doc,
            "Koers 22 werkt met vier vensters. Per venster staat hieronder eerst de uitspraak van het "
            "bestuur zoals die voor onze school geldt, daarna wat wij doen en tot slot een tabel met onze "
            "doelen voor deze planperiode.")

    # venster 1
    doc.add_heading("5.1 Goed en toegankelijk onderwijs", level=2)
    _bestuur(doc, [
        "De kwaliteit van ons onderwijs is en blijft op orde.",
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en zichtbaar in onze school.",
        "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.",
        "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat "
        "alle leerlingen een passende onderwijsplek hebben.",
        "Wij hebben zicht op wat onze leerlingen nodig hebben.",
        "Wij ontwikkelen onderwijs, passend bij de belevingswereld van onze leerlingen.",
        "Onze school heeft een toekomstgericht curriculum.",
        "Onze school heeft in haar ondersteuningsprofiel duidelijk beschreven in welke leer- en "
        "zorgbehoeftes wij kunnen voorzien.",
    ])
    _acties_kop(doc)
    _alinea(doc,
            "De inspectie heeft in oktober 2023 geen tekortkomingen vastgesteld. Wij willen bij het volgende "
            "bezoek op de standaard 'zicht op ontwikkeling' (OP2) als goed beoordeeld worden. Daarom "
            "investeren wij in de kwaliteit van de instructie en in de analyse van resultaten.")
    _bullets(doc, [
        "Alle leerkrachten geven les volgens het model van expliciete directe instructie (EDI). De "
        "directeur en de intern begeleiders leggen drie keer per jaar een klassenbezoek af met de "
        "kijkwijzer EDI. Het doel is dat in juni 2027 85 procent van de bezochte lessen op alle "
        "indicatoren voldoende scoort (meting februari 2025: 64 procent).",
        "Wij volgen de leerlingen met het leerlingvolgsysteem van Boom (sinds 2023), de methodetoetsen en "
        "ZIEN! voor de sociaal-emotionele ontwikkeling. In oktober, februari en juni houden de intern "
        "begeleiders met iedere leerkracht een groepsbespreking. Leerlingen over wie wij ons zorgen maken, "
        "bespreken wij in het multidisciplinair overleg (MDO) met de schoolmaatschappelijk werker, de "
        "jeugdarts en zo nodig de jeugdhulpverlener.",
        "Onze kwaliteitszorg volgt een vaste jaarkalender: in september het jaarplan, in februari en juni "
        "een trendanalyse van de resultaten in het team, in juli het jaarverslag en elk kwartaal een "
        "rapportage aan het bestuur. Met Werken met Kwaliteitskaarten (WMK) nemen wij elk jaar drie "
        "kwaliteitskaarten af.",
        "Elke leerkracht neemt deel aan een van de drie leerteams: lezen, rekenen of gedrag. De leerteams "
        "komen zes keer per jaar bij elkaar, analyseren de resultaten van hun vakgebied en leveren elk jaar "
        "ten minste één verbetervoorstel aan het team. Het leerteam lezen start in 2025-2026 met "
        "begrijpend lezen.",
        "Onze leerlingen komen binnen met een toelaatbaarheidsverklaring van het samenwerkingsverband "
        "Passend Onderwijs Almere. Daarnaast hebben wij vier observatieplaatsen: een reguliere school kan "
        "een leerling twaalf weken bij ons laten observeren voordat de TLV wordt aangevraagd. Waar het "
        "kan, plaatsen wij kinderen terug naar het reguliere basisonderwijs, met een begeleidingstraject "
        "van een half jaar. Wij streven naar twee terugplaatsingen per jaar.",
        "Ons curriculum krijgt in deze periode een leerlijn digitale geletterdheid voor groep 3 tot en "
        "met 8 (met Basicly) en een leerlijn techniek en koken voor de oudste leerlingen, omdat veel van "
        "hen naar het praktijkonderwijs of het beroepsgerichte vmbo gaan.",
        "Ons schoolondersteuningsprofiel (SOP) herschrijven wij in 2025-2026. Daarin beschrijven wij waar "
        "onze expertise ligt (gedrag, taal-spraakproblemen, ADHD, autisme, hechtingsproblematiek) en waar "
        "onze grenzen liggen. Wij kunnen bijvoorbeeld geen verpleegkundige zorg bieden en geen onderwijs "
        "aan kinderen die langdurig een één-op-één-begeleiding nodig hebben.",
    ])
    p = doc.add_paragraph()
    p.add_run("Onze doelen voor goed en toegankelijk onderwijs").bold = True
    _tabel(doc, TABEL_KOP, [
        ["Meer leerlingen halen hun leerrendementsverwachting",
         "Minstens 70% haalt de LRV voor lezen en rekenen (nu 61%)", "juli 2028", "IB'ers"],
        ["Instructie van hoge kwaliteit",
         "85% van de bezochte lessen voldoende op alle indicatoren van de kijkwijzer EDI (nu 64%)",
         "juni 2027", "directeur"],
        ["OPP op tijd", "100% van de nieuwe leerlingen heeft binnen zes weken een vastgesteld OPP",
         "vanaf oktober 2025", "IB'ers"],
        ["Terugplaatsing waar het kan", "Gemiddeld twee terugplaatsingen per jaar naar regulier bao",
         "jaarlijks in juli", "IB'ers"],
        ["Leerlijn digitale geletterdheid", "Leerlijn groep 3-8 ingevoerd, 1 lesuur per week",
         "augustus 2026", "werkgroep ICT"],
        ["Nieuw SOP", "SOP herschreven, door MR besproken en op de website", "1 oktober 2026",
         "directeur"],
        ["Leerteams werken", "Elk leerteam levert jaarlijks één verbetervoorstel op dat in het jaarplan komt",
         "jaarlijks in juni", "voorzitters leerteams"],
    ])

    # venster 2
    doc.add_heading("5.2 Personeel in positie", level=2)
    _bestuur(doc, [
        "Onze medewerkers voelen zich betrokken bij en trots op onze school.",
        "Onze school heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers.",
        "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van "
        "bijeenkomsten en het volgen van cursussen en programma's van de ASG Academie.",
        "Onze medewerkers nemen deel aan leergemeenschappen en netwerken en dragen bij aan de "
        "leercultuur van onze school.",
        "Onze medewerkers maken gebruik van de mogelijkheden van interne mobiliteit.",
        "Onze medewerkers ervaren erkenning van hun professionaliteit en expertise en voelen zich gezien.",
        "Alle onbevoegde leraren op onze school worden actief ondersteund bij het halen van hun bevoegdheid.",
        "Onze school heeft vitale werknemers.",
        "Wij zetten de talenten van onze medewerkers in voor de gehele organisatie.",
        "De jaarlijkse gesprekscyclus is op onze school geïmplementeerd.",
    ])
    _acties_kop(doc)
    _bullets(doc, [
        "Werken op een SBO vraagt veel van mensen. Na een heftig incident voert een collega van het "
        "opvangteam binnen 48 uur een nagesprek met de betrokken medewerker. Wij houden de "
        "werkdrukmiddelen in voor een extra onderwijsassistent in de middenbouw en voor een vaste "
        "invaller op maandag en donderdag. In het werkbelevingsonderzoek van 2024 kreeg werkdruk een 6,1; "
        "in 2027 willen wij minimaal een 7,0.",
        "In 2025-2026 volgt het hele team de scholing traumasensitief lesgeven van Augeo, met vier "
        "teambijeenkomsten en een terugkomdag. Twee leerkrachten starten in 2026 met de opleiding "
        "gedragsspecialist. Elke medewerker volgt in de planperiode minstens twee programma's van de ASG "
        "Academie en houdt dit bij in het digitale bekwaamheidsdossier.",
        "De leerteams (zie 5.1) zijn onze belangrijkste leergemeenschap. Daarnaast doen wij twee keer per "
        "jaar collegiale consultatie in duo's, met een eigen kijkvraag.",
        "Op dit moment werken twee zij-instromers bij ons. Zij volgen de deeltijdpabo van Windesheim in "
        "Almere, krijgen een coach uit het team en hebben twee uur per week vrij voor studie en "
        "lesvoorbereiding. Afspraak is dat beiden uiterlijk in juli 2027 bevoegd zijn.",
    ])
    p = doc.add_paragraph()
    p.add_run("Onze doelen voor personeel").bold = True
    _tabel(doc, TABEL_KOP, [
        ["Team traumasensitief geschoold", "Alle leerkrachten en onderwijsassistenten hebben de scholing "
         "afgerond", "juni 2026", "directeur"],
        ["Werkdruk omlaag", "Werkdruk in het werkbelevingsonderzoek van 6,1 naar minimaal 7,0",
         "november 2027", "directeur"],
        ["Zij-instromers bevoegd", "Beide zij-instromers hebben hun pabodiploma", "juli 2027",
         "coach en directeur"],
        ["Professionalisering zichtbaar", "Elke medewerker heeft minstens twee ASG Academie-programma's "
         "in het bekwaamheidsdossier", "juli 2029", "iedere medewerker"],
        ["Gedragsspecialisten", "Twee leerkrachten hebben de opleiding gedragsspecialist afgerond",
         "juli 2028", "directeur"],
    ])

    # venster 3
    doc.add_heading("5.3 De meerwaarde van ASG", level=2)
    _bestuur(doc, [
        "Onze collega's ontmoeten regelmatig collega's van andere scholen en van het servicebureau.",
        "Wij delen de opbrengst van leren en ontwikkelen met anderen tijdens conferenties en ASG-brede "
        "studiedagen.",
        "Onze werkgroepen staan in contact met werkgroepen van andere scholen en wisselen bovenschools "
        "expertise uit.",
        "Onze medewerkers weten wie ze op andere scholen en op het servicebureau moeten benaderen voor "
        "welke expertise.",
        "Wij maken gebruik van de interne expertise op veel beleidsgebieden, waardoor wij een integraal "
        "en samenhangend aanbod hebben.",
        "Wij zijn onderdeel van een divers en op elkaar aansluitend aanbod, zodat wij alle leerlingen een "
        "passende onderwijsloopbaan kunnen bieden.",
    ])
    _acties_kop(doc)
    _bullets(doc, [
        "Onze intern begeleiders nemen deel aan het ASG-netwerk van intern begeleiders SBO en SO, dat vier "
        "keer per jaar bij elkaar komt. Onze gedragsspecialist zit in de ASG-werkgroep gedrag. Wat daar "
        "besproken wordt, komt terug in het leerteam gedrag.",
        "Op de ASG-brede studiedag in het voorjaar van 2027 verzorgen wij een workshop over wat wij geleerd "
        "hebben van traumasensitief lesgeven.",
        "De overstap naar het voortgezet onderwijs begint bij ons in groep 7. Met de ASG-scholen voor "
        "praktijkonderwijs en vmbo hebben wij een vaste overdracht: een warm overdrachtsgesprek voor iedere "
        "leerling en twee meeloopdagen in groep 8. In 2024 ging 15 van de 22 schoolverlaters naar een "
        "ASG-school. Wij houden bij hoe onze oud-leerlingen het na één jaar doen in het VO.",
    ])
    p = doc.add_paragraph()
    p.add_run("Onze doelen voor samenwerking binnen ASG").bold = True
    _tabel(doc, TABEL_KOP, [
        ["Workshop op ASG-studiedag", "Eén workshop over traumasensitief lesgeven", "voorjaar 2027",
         "gedragsspecialist"],
        ["Zicht op oud-leerlingen", "Van 90% van de oud-leerlingen is na één jaar bekend of zij nog op de "
         "geadviseerde plek zitten", "vanaf juli 2026", "IB'ers"],
        ["Warme overdracht", "100% van de schoolverlaters heeft een overdrachtsgesprek met de VO-school",
         "jaarlijks in juni", "leerkrachten groep 8"],
    ])

    # venster 4
    doc.add_heading("5.4 Partnerschap", level=2)
    _bestuur(doc, [
        "Ouders zijn betrokken bij het leerproces van hun kind.",
        "Onze medezeggenschapsraad is een klankbord voor ideeën en een sparringpartner voor de directie "
        "bij voorgenomen beleid en de uitvoering van beleid.",
        "Onze school werkt proactief samen met een breed scala aan partners.",
        "Onze school is een belangrijke gesprekspartner voor de gemeente, collega-scholen en "
        "maatschappelijke organisaties.",
        "Wij werken nauw samen met maatschappelijke partners in de nabije omgeving.",
        "Wij werken samen met collega-scholen en gemeente bij de aanpak van regionale problemen in het "
        "onderwijs, zoals het lerarentekort.",
    ])
    _acties_kop(doc)
    _bullets(doc, [
        "Bij iedere OPP-bespreking voeren wij een driehoeksgesprek met ouders en kind. Ouders krijgen na "
        "het gesprek een thuisblad met twee of drie concrete tips om thuis te oefenen. In 2023-2024 was 82 "
        "procent van de ouders bij deze gesprekken aanwezig; wij willen naar 95 procent. Voor ouders die "
        "ver weg wonen, bieden wij een gesprek via beeldbellen aan.",
        "Samen met het wijkteam Haven organiseren wij twee keer per jaar de oudercursus 'Opvoeden en "
        "zo' voor ouders van kinderen met gedragsproblemen.",
        "De MR (twee ouders en twee personeelsleden) vergadert zes keer per jaar. De directeur legt "
        "belangrijke plannen, zoals de formatie en de inzet van de werkdrukmiddelen, al in de schetsfase "
        "aan de MR voor, zodat de MR kan meedenken voordat er een voorstel ligt.",
        "Voor onze leerlingen werken wij samen met veel zorgpartners: Kenter Jeugdhulp (wekelijks een "
        "jeugdhulpverlener op school), een logopediepraktijk en een kinderfysiotherapeut die in ons "
        "gebouw behandelen, de jeugdarts van de GGD Flevoland en de schoolmaatschappelijk werker.",
        "In de buurt werken wij samen met de bibliotheek in Almere Haven (leesconsulent, groepsbezoeken), "
        "met de voetbalvereniging voor de naschoolse sportclinics en met het woonzorgcentrum om de hoek, "
        "waar leerlingen van de bovenbouw eens per maand gaan voorlezen.",
    ])
    p = doc.add_paragraph()
    p.add_run("Onze doelen voor partnerschap").bold = True
    _tabel(doc, TABEL_KOP, [
        ["Ouders bij OPP-gesprekken", "95% van de ouders aanwezig (nu 82%)", "juni 2027", "IB'ers"],
        ["Oudercursus", "Twee cursussen per jaar, elk met minstens 8 ouders", "vanaf 2025-2026",
         "schoolmaatschappelijk werker"],
        ["Jeugdhulp in school", "Vaste aanwezigheid Kenter Jeugdhulp op dinsdag en donderdag",
         "augustus 2026", "directeur"],
        ["Buurtprojecten", "Elke bovenbouwgroep doet jaarlijks mee aan twee buurtprojecten",
         "vanaf 2026-2027", "bouwcoördinator bovenbouw"],
    ])

    # ---------------------------------------------------------- 6 wettelijke onderdelen
    doc.add_heading("6. Onderwijs, ondersteuning en kwaliteit", level=1)
    doc.add_heading("6.1 Ons onderwijsprogramma", level=2)
    _alinea(doc,
            "Wij bieden onze leerlingen 940 uur onderwijs per jaar. Wij werken met drie leerroutes die "
            "aansluiten bij het uitstroomperspectief: leerroute 1 naar praktijkonderwijs, leerroute 2 naar "
            "vmbo basis/kader en leerroute 3 naar vmbo kader/gemengde leerweg. Per leerroute is vastgelegd "
            "welke doelen een leerling eind groep 8 beheerst. Voor leerroute 3 werken wij toe naar "
            "referentieniveau 1F voor lezen en rekenen, voor leerroute 1 en 2 naar de tussendoelen daarvoor. "
            "Zo dekken wij de kerndoelen af op het niveau dat bij het kind past.")
    _tabel(doc, ["Vakgebied", "Methode of aanpak"], [
        ["Aanvankelijk en technisch lezen", "Veilig leren lezen (KIM-versie), Estafette, RALFI-lezen"],
        ["Begrijpend lezen", "Nieuwsbegrip, met extra modelen door de leerkracht"],
        ["Rekenen", "Getal & Ruimte Junior, met de leerlijnen SBO"],
        ["Spelling en taal", "Staal"],
        ["Wereldoriëntatie", "Blink Wereld"],
        ["Sociaal-emotionele ontwikkeling en burgerschap", "Kwink, PBS-lessen"],
        ["Bewegingsonderwijs", "Twee lessen per week door de vakleerkracht"],
        ["Levensbeschouwing", "Trefwoord"],
    ])

    doc.add_heading("6.2 Burgerschap", level=2)
    _alinea(doc,
            "Burgerschap is op onze school vooral: leren samenleven. Met Kwink werken wij wekelijks aan "
            "sociale vaardigheden en aan de thema's democratie en verantwoordelijkheid. De "
            "leerlingenraad bestaat uit twee gekozen leerlingen per bovenbouwgroep en vergadert elke "
            "maand met de directeur. De verkiezing van de raad gebeurt met echte stembiljetten en een "
            "stembus. Groep 8 bezoekt ieder jaar het stadhuis van Almere. In 2026 leggen wij vast welke "
            "burgerschapsdoelen in welke groep aan bod komen, zodat wij kunnen laten zien dat wij het "
            "wettelijke burgerschapsdoel dekken.")

    doc.add_heading("6.3 Veiligheid", level=2)
    _alinea(doc,
            "Ons veiligheidsplan is in 2024 geactualiseerd. Wij hebben een anti-pestcoördinator "
            "(Marloes Dijkhuis) en een vertrouwenspersoon, en wij werken met de meldcode huiselijk geweld "
            "en kindermishandeling. Het protocol fysiek ingrijpen is met alle medewerkers besproken; elk "
            "incident wordt geregistreerd en binnen een week met ouders besproken. Jaarlijks meten wij de "
            "sociale veiligheid met de leerlingvragenlijst van ZIEN!. In 2024 gaf 89 procent van de "
            "leerlingen aan zich veilig te voelen op school; ons doel is 92 procent in 2027. Het aantal "
            "incidenten met fysiek ingrijpen willen wij onder de 20 per jaar houden.")

    doc.add_heading("6.4 Ondersteuning", level=2)
    _alinea(doc,
            "Alle leerlingen op onze school krijgen extra ondersteuning: kleine groepen, een leerkracht en "
            "een onderwijsassistent, een OPP en de inzet van de intern begeleider. Daarnaast bieden wij "
            "arrangementen voor leerlingen die meer nodig hebben, zoals een prikkelarme werkplek, een "
            "time-in-plek bij de gedragsspecialist en individuele begeleiding voor taal-spraakproblemen in "
            "samenwerking met de logopedist. Welke ondersteuning wij bieden en waar onze grenzen liggen, "
            "staat in het schoolondersteuningsprofiel (zie 5.1).")

    doc.add_heading("6.5 Personeelsbeleid", level=2)
    _alinea(doc,
            "Ons personeelsbeleid volgt het strategisch HR-beleid van ASG. De acties voor deze periode staan "
            "in paragraaf 5.2. Voor de bekwaamheid van leerkrachten gebruiken wij de kijkwijzer EDI en de "
            "bekwaamheidseisen voor leraren; iedere medewerker houdt een digitaal bekwaamheidsdossier bij. "
            "Nieuwe leerkrachten krijgen in hun eerste jaar een mentor en vier extra klassenbezoeken.")

    doc.add_heading("6.6 Kwaliteitszorg", level=2)
    _alinea(doc,
            "Hoe wij de kwaliteit bewaken staat in paragraaf 5.1. Kort samengevat: wij werken met een "
            "jaarlijkse cyclus van jaarplan, tussentijdse trendanalyses, kwaliteitskaarten en jaarverslag. "
            "Het jaarverslag bespreken wij met het team, de MR en het bestuur. Halverwege de planperiode, in "
            "het voorjaar van 2027, houden wij een tussentijdse evaluatie van dit schoolplan.")

    # ---------------------------------------------------------- 7 meerjarenplanning
    doc.add_heading("7. Meerjarenplanning", level=1)
    _tabel(doc, ["Schooljaar", "Belangrijkste acties"], [
        ["2025-2026", "Teamscholing traumasensitief lesgeven; start leerteam begrijpend lezen; SOP "
         "herschrijven; OPP binnen zes weken"],
        ["2026-2027", "Leerlijn digitale geletterdheid ingevoerd; burgerschapsdoelen per groep vastgelegd; "
         "start opleiding gedragsspecialist; workshop op ASG-studiedag; tussentijdse evaluatie"],
        ["2027-2028", "Zij-instromers bevoegd; leerlijn techniek en koken; meting LRV-doel"],
        ["2028-2029", "Borging en evaluatie van dit plan; voorbereiding nieuw schoolplan"],
    ])

    # ---------------------------------------------------------- 8 vaststelling
    doc.add_heading("8. Instemming en vaststelling", level=1)
    _alinea(doc,
            "De medezeggenschapsraad van SBO De Ooievaarsbek heeft op 16 juni 2025 ingestemd met dit "
            "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan "
            "vastgesteld op 1 juli 2025.")
    _tabel(doc, ["", "Naam", "Datum", "Handtekening"], [
        ["Voorzitter MR", "Rachid el Amrani", "16 juni 2025", ""],
        ["Directeur", "Joost Verhoeckx", "16 juni 2025", ""],
        ["College van Bestuur ASG", "namens het CvB", "1 juli 2025", ""],
    ])

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_171_sbo_ooievaarsbek.docx")
