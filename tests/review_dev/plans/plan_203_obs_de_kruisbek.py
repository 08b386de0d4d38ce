# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Openbare basisschool De Kruisbek (Almere Buiten).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

VASTE_DATUM = datetime.datetime(2024, 6, 24, 9, 0, 0)


# ---------------------------------------------------------------- hulpfuncties
def _taal_nl(doc):
    """Zet de proeftaal van het document en de kopstijlen op Nederlands."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault"))
        if rpr is not None:
            r = rpr.find(qn("w:rPr"))
            if r is not None:
                lang = r.find(qn("w:lang"))
                if lang is None:
                    lang = OxmlElement("w:lang")
                    r.append(lang)
                lang.set(qn("w:val"), "nl-NL")
                lang.set(qn("w:eastAsia"), "nl-NL")
                lang.set(qn("w:bidi"), "ar-SA")


def _paginanummers(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("Schoolplan De Kruisbek 2024-2028  |  pagina ")
    run.font.size = Pt(8)
    r = p.add_run()
    r.font.size = Pt(8)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(instr)
    r._r.append(f2)


def _inhoudsopgave(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "Klik met de rechtermuisknop en kies 'Veld bijwerken' om de inhoudsopgave te tonen."
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, instr, f2, t, f3):
        r._r.append(el)


def _kop_herhalen(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _arceer(cel, kleur="D9E2F3"):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(k)
        run.bold = True
        run.font.size = Pt(9)
        _arceer(c)
    _kop_herhalen(t.rows[0])
    for rij in rijen:
        cells = t.add_row().cells
        for i, waarde in enumerate(rij):
            cells[i].text = ""
            run = cells[i].paragraphs[0].add_run(waarde)
            run.font.size = Pt(9)
    if breedtes:
        for row in t.rows:
            for i, b in enumerate(breedtes):
                row.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def opsomming(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def bestuurszinnen(doc, zinnen):
    """De zinnen uit Koers 22 die wij als school onderschrijven (cursief)."""
    p = doc.add_paragraph()
    r = p.add_run(" ".join(zinnen))
    r.italic = True


def _vaste_zip(path):
    """Herschrijf het docx-archief met vaste tijdstempels (deterministisch)."""
    with open(path, "rb") as fh:
        data = fh.read()
    zin = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 6, 24, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    with open(path, "wb") as fh:
        fh.write(uit.getvalue())


# ---------------------------------------------------------------- inhoud
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    _paginanummers(sec)

    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 OBS De Kruisbek"
    cp.subject = "Schoolplan"
    cp.author = "R. Ketelaar"
    cp.last_modified_by = "R. Ketelaar"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7
    cp.language = "nl-NL"
    cp.keywords = "schoolplan; De Kruisbek; ASG"

    # ------------------------------------------------------------ voorblad
    doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2024 – 2028", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Openbare basisschool De Kruisbek")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    r = p.add_run("“Samen kraken we elke noot”")
    r.italic = True
    r.font.size = Pt(13)
    doc.add_paragraph()
    tabel(doc, ["Gegevens", ""], [
        ["School", "Openbare basisschool De Kruisbek"],
        ["Brinnummer", "31KR"],
        ["Adres", "Kramsvogelstraat 3, 1335 KB Almere (Faunabuurt, Almere Buiten)"],
        ["Bestuur", "Almeerse Scholen Groep (ASG), College van Bestuur"],
        ["Directeur", "Ruud Ketelaar"],
        ["Intern begeleider", "Samira El Idrissi"],
        ["Aantal leerlingen (1 oktober 2023)", "284, verdeeld over 12 groepen"],
        ["Planperiode", "1 augustus 2024 tot en met 31 juli 2028"],
        ["Instemming MR", "10 juni 2024"],
        ["Vastgesteld door het College van Bestuur", "24 juni 2024"],
    ], breedtes=[6, 10])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_paragraph("Inhoud", style="Heading 1")
    _inhoudsopgave(doc)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ 1 inleiding
    doc.add_heading("1. Inleiding", level=1)
    alinea(doc, "Voor u ligt het schoolplan van Openbare basisschool De Kruisbek voor de periode 2024 tot en met 2028. "
           "In dit plan beschrijven wij waar onze school voor staat, hoe wij ons onderwijs inrichten en welke "
           "ontwikkelingen wij de komende vier schooljaren willen doormaken. Het schoolplan is de basis voor onze "
           "jaarplannen; elk jaar werken wij een deel van de doelen uit dit plan verder uit en blikken wij in het "
           "jaarverslag terug op wat er bereikt is.")
    alinea(doc, "Bij het schrijven van dit plan hebben wij Koers 22 ‘Leren in verbinding’ van de Almeerse Scholen Groep "
           "als leidraad genomen. De opbouw volgt daarom de vier kernwaarden en de vier vensters van ons bestuur. Bij elke "
           "kernwaarde en elk venster staat eerst (cursief) wat wij, in lijn met het bestuur, als school nastreven. Daaronder "
           "beschrijven wij wat dat op De Kruisbek betekent. Per venster staan onze doelen in een tabel.")
    doc.add_heading("1.1 Hoe dit plan tot stand kwam", level=2)
    alinea(doc, "Het plan is geschreven door de directeur, op basis van twee studiedagen met het hele team (18 januari en "
           "13 maart 2024). Op die dagen hebben wij de resultaten van de afgelopen planperiode besproken, een sterkte-"
           "zwakteanalyse gemaakt en de belangrijkste keuzes voor de komende jaren bepaald. Het ouderpanel heeft in "
           "februari 2024 meegelezen met het hoofdstuk over partnerschap, en de leerlingenraad heeft in een aparte "
           "bijeenkomst verteld wat zij belangrijk vinden aan hun school. Hun opmerkingen over de pleinregels en de "
           "nieuwsbrief zijn in dit plan verwerkt.")
    alinea(doc, "De medezeggenschapsraad heeft het concept op 27 mei 2024 besproken en heeft op 10 juni 2024 ingestemd met "
           "dit schoolplan. Het College van Bestuur van ASG heeft het plan op 24 juni 2024 vastgesteld.")

    # ------------------------------------------------------------ 2 onze school
    doc.add_heading("2. Onze school", level=1)
    doc.add_heading("2.1 De Kruisbek in het kort", level=2)
    alinea(doc, "De Kruisbek is in 1986 geopend als een van de eerste basisscholen in de Faunabuurt in Almere Buiten. "
           "Het gebouw aan de Kramsvogelstraat is in 2019 grondig gerenoveerd en heeft twaalf groepslokalen, een speellokaal, "
           "een aula met schoolbibliotheek en een ruimte voor de buitenschoolse opvang. Op 1 oktober 2023 telde de school "
           "284 leerlingen, verdeeld over twaalf groepen: drie kleutergroepen (1-2) en negen groepen 3 tot en met 8; "
           "groep 4, 5 en 7 hebben twee parallelgroepen. Het team bestaat uit 24 medewerkers.")
    alinea(doc, "De naam van onze school verwijst naar de kruisbek, een vogel die met zijn bijzondere gekruiste snavel de "
           "zaden uit de hardste dennenappels weet te halen. Dat beeld gebruiken wij graag: ieder kind heeft zijn eigen "
           "gereedschap, en met de juiste hulp kraakt ieder kind zijn eigen noot. Ons motto is daarom “Samen kraken we "
           "elke noot”.")
    doc.add_heading("2.2 Leerlingen en omgeving", level=2)
    alinea(doc, "De Faunabuurt is een wijk met overwegend rijtjeswoningen uit de jaren tachtig, een groeiend aandeel "
           "sociale huur en veel jonge gezinnen. Onze leerlingpopulatie weerspiegelt de diversiteit van Almere: de "
           "kinderen op onze school hebben samen 27 verschillende nationaliteiten en bij 38 procent van de leerlingen "
           "wordt thuis (ook) een andere taal dan Nederlands gesproken, vooral Arabisch, Turks, Papiaments, Pools en "
           "Tigrinya. De schoolweging van De Kruisbek is 32,4 (landelijk gemiddelde 30); de spreiding is groot.")
    alinea(doc, "De mobiliteit is relatief hoog. In 2022-2023 stroomden 31 leerlingen tussentijds in en 24 leerlingen "
           "tussentijds uit, vaak door verhuizing. Een deel van de zij-instromers komt rechtstreeks uit het buitenland "
           "of uit de nieuwkomersvoorziening. Dat vraagt veel van de leerkrachten en maakt dat wij extra aandacht geven "
           "aan taalonderwijs en aan een goede start in de groep.")
    doc.add_heading("2.3 Resultaten", level=2)
    alinea(doc, "De eindresultaten van De Kruisbek liggen de afgelopen drie jaar boven de signaleringswaarden van de "
           "inspectie voor het fundamentele niveau (1F). Voor het streefniveau (2F/1S) scoren wij op lezen en "
           "taalverzorging rond het landelijk gemiddelde voor scholen met een vergelijkbare schoolweging. Rekenen op "
           "1S-niveau blijft achter: in 2023 lag ons percentage net onder de signaleringswaarde. Dat is de reden dat "
           "rekenen een van de speerpunten van deze planperiode is.")
    tabel(doc, ["Eindtoets groep 8", "2021", "2022", "2023"], [
        ["1F lezen", "96%", "98%", "97%"],
        ["1F taalverzorging", "92%", "95%", "93%"],
        ["1F rekenen", "88%", "91%", "89%"],
        ["2F lezen", "59%", "66%", "63%"],
        ["2F taalverzorging", "51%", "57%", "55%"],
        ["1S rekenen", "40%", "41%", "36%"],
    ], breedtes=[6, 3, 3, 3])
    alinea(doc, "Bij het laatste onderzoek van de inspectie (vierjaarlijks onderzoek bij ASG, najaar 2021) is De Kruisbek "
           "als verificatieschool bezocht. De inspectie beoordeelde de kwaliteit als voldoende; het pedagogisch klimaat en "
           "de samenwerking met ouders werden als sterk punt genoemd. Als verbeterpunt noemde de inspectie het gebruik "
           "van toetsgegevens bij het afstemmen van de instructie.")
    doc.add_heading("2.4 Sterke punten en aandachtspunten", level=2)
    alinea(doc, "Uit de analyse op de studiedag van 18 januari 2024 kwamen de volgende punten naar voren.")
    opsomming(doc, [
        "Sterk: een warm en veilig pedagogisch klimaat, een betrokken en stabiel team, een goede band met ouders en "
        "een goed verzorgd gebouw.",
        "Sterk: een ruim aanbod voor het jonge kind in samenwerking met de peuteropvang in ons gebouw.",
        "Aandachtspunt: de resultaten voor rekenen op streefniveau en het begrijpend lezen in de middenbouw.",
        "Aandachtspunt: verschillen tussen groepen in de kwaliteit van de instructie.",
        "Aandachtspunt: het ziekteverzuim in het team was in 2023 hoger dan gewenst.",
        "Kans: vernieuwing van het leerlingvolgsysteem en de overgang naar de Doorstroomtoets in groep 8.",
        "Bedreiging: het lerarentekort in Almere; vacatures zijn moeilijk te vervullen.",
    ])

    # ------------------------------------------------------------ 3 missie en visie
    doc.add_heading("3. Missie en visie", level=1)
    alinea(doc, "Als school van de Almeerse Scholen Groep onderschrijven wij de missie van ons bestuur: samen kleur "
           "geven aan goed onderwijs. Goed onderwijs betekent voor ons dat ieder kind zichzelf kan zijn, zijn talenten "
           "leert kennen en de school verlaat met een stevige basis in taal, lezen en rekenen.")
    alinea(doc, "Onze visie rust op drie pijlers:")
    opsomming(doc, [
        "Een stevige basis. Kinderen die goed kunnen lezen, schrijven en rekenen, kunnen de rest van de wereld aan. "
        "Daarom besteden wij elke ochtend het grootste deel van de tijd aan de basisvakken.",
        "Een veilige groep. Leren lukt alleen als je je veilig voelt. Wij investeren in de groepsvorming aan het begin "
        "van het jaar en in duidelijke afspraken in de hele school.",
        "Een open blik op de wereld. Onze leerlingen komen uit alle delen van de wereld. Wij gebruiken die rijkdom in "
        "ons onderwijs en leren kinderen nieuwsgierig te zijn naar elkaar.",
    ])

    # ------------------------------------------------------------ 4 kernwaarden
    doc.add_heading("4. Onze kernwaarden", level=1)
    alinea(doc, "ASG heeft vier kernwaarden: gezien worden, open, vooruitstrevend en ambitieus. Hieronder staat per "
           "kernwaarde wat deze voor De Kruisbek betekent.")

    doc.add_heading("4.1 Gezien worden", level=2)
    bestuurszinnen(doc, [
        "Iedereen op onze school is waardevol en wordt gezien.",
        "De cultuur op onze school is gastvrij, iedereen voelt zich welkom.",
        "We hebben zicht op de (onderwijs)behoeftes van onze leerlingen en medewerkers.",
    ])
    alinea(doc, "Wij vinden dat ieder kind er mag zijn, met al zijn talenten en eigenaardigheden. Iedereen telt mee en "
           "niemand valt bij ons tussen wal en schip. Dat geldt voor kinderen, voor ouders en voor collega’s.")
    alinea(doc, "Gastvrijheid maken wij concreet met een aantal vaste afspraken:")
    opsomming(doc, [
        "Elke ochtend staan de leerkrachten vanaf 8.20 uur bij de deur van hun lokaal en begroeten ieder kind en "
        "iedere ouder persoonlijk. De inloop duurt tot 8.30 uur.",
        "Nieuwe gezinnen krijgen een rondleiding door twee leerlingen van de leerlingenraad. Zes weken na de start "
        "volgt een koffiegesprek met de leerkracht over hoe het gaat.",
        "Voor ouders die het Nederlands nog niet goed beheersen, zetten wij sinds 2023 ouder-tolken in: ouders die "
        "vrijwillig meegaan naar gesprekken. Nu hebben wij er twee (Arabisch en Tigrinya); in 2025 willen wij vijf "
        "ouder-tolken hebben.",
    ])
    alinea(doc, "Zicht op wat kinderen nodig hebben, krijgen wij niet alleen uit toetsen. Vanaf groep 3 voert de "
           "leerkracht twee keer per jaar, in oktober en maart, een kindgesprek van ongeveer tien minuten met ieder kind. "
           "Het kind vult vooraf het formulier ‘Mijn doelen’ in. Wat het kind vertelt, neemt de leerkracht mee naar de "
           "groepsbespreking met de intern begeleider (zie venster 1).")

    doc.add_heading("4.2 Open", level=2)
    bestuurszinnen(doc, [
        "Onze school gaat respectvol om met de mensen binnen en buiten de school.",
        "In onze communicatie zijn we transparant en toegankelijk.",
        "Met een open blik kijken we naar de verscheidenheid van leerlingen en medewerkers.",
    ])
    alinea(doc, "Respect is voor ons de basis van alles. Wij gaan op een nette en vriendelijke manier met elkaar om en "
           "verwachten dat ook van kinderen en ouders.")
    alinea(doc, "Over communicatie hebben wij in het team de volgende afspraken gemaakt. Sinds schooljaar 2022-2023 "
           "loopt alle communicatie met ouders via Parro. Leerkrachten reageren binnen twee werkdagen op een bericht van "
           "een ouder. Om de twee weken verschijnt onze nieuwsbrief ‘De Kraakpost’. Brieven over belangrijke zaken, zoals "
           "de samenvatting van de schoolgids en uitnodigingen voor gesprekken, schrijven wij op taalniveau B1, en wij "
           "wijzen ouders op de vertaalfunctie van Parro. Over toetsresultaten en adviezen informeren wij ouders altijd "
           "eerst in een gesprek en pas daarna op papier.")
    doc.add_heading("Ons openbare karakter", level=3)
    alinea(doc, "De Kruisbek is een openbare school. Iedereen is welkom, ongeacht afkomst, geloof of levensovertuiging, "
           "en wij besteden in ons onderwijs actief aandacht aan de verschillende levensbeschouwingen die in onze wijk "
           "voorkomen. Dat doen wij zo:")
    opsomming(doc, [
        "In groep 5 tot en met 8 kunnen ouders kiezen voor godsdienstig of humanistisch vormingsonderwijs (GVO/HVO), "
        "één lesuur per week. Wij organiseren dit samen met het Centrum voor Levensbeschouwelijk Onderwijs. Kinderen "
        "die niet deelnemen, werken in die tijd aan het project ‘Wie ben ik?’.",
        "In de Wereldweek (week 6) presenteren de groepen feesten en tradities uit de landen waar onze leerlingen en "
        "hun families vandaan komen. Ouders worden uitgenodigd om te vertellen of te koken.",
        "Op de jaarkalender staan naast de Nederlandse feestdagen ook het Suikerfeest, Divali en het Chinees Nieuwjaar. "
        "In de klas besteden wij daar aandacht aan; op het Suikerfeest kunnen leerlingen vrij krijgen.",
        "Bij de samenstelling van het team letten wij op een evenwichtige afspiegeling van de wijk.",
    ])

    doc.add_heading("4.3 Vooruitstrevend", level=2)
    bestuurszinnen(doc, [
        "We werken met innovatieve en nieuwe leerconcepten binnen de kaders van onze profilering.",
        "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
        "We geven gericht inhoud aan ons onderwijs langs de drie horizonten van onze innovatiestrategie "
        "(continue veranderingen, fundamentele veranderingen, radicale veranderingen).",
    ])
    alinea(doc, "Op De Kruisbek staan wij open voor vernieuwing en blijven wij ons onderwijs steeds verbeteren. "
           "Wij kijken kritisch naar wat werkt en durven nieuwe dingen uit te proberen. Daarbij maken wij gebruik van "
           "moderne middelen en methodes, zoals:")
    opsomming(doc, [
        "Snappet in groep 4 tot en met 8;",
        "Blink Wereld voor wereldoriëntatie;",
        "Levelwerk voor meer- en hoogbegaafde leerlingen;",
        "Bomberbot voor programmeren;",
        "digitale schoolborden van Prowise in alle lokalen.",
    ])

    doc.add_heading("4.4 Ambitieus", level=2)
    bestuurszinnen(doc, [
        "We hebben hoge verwachtingen van onze leerlingen en van elkaar.",
        "We zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.",
        "We geven altijd het beste van onszelf.",
    ])
    alinea(doc, "Hoge verwachtingen hebben wij vertaald in schoolstandaarden. In mei 2023 heeft het team vastgesteld "
           "welke resultaten wij aan het eind van groep 8 willen halen. In 2028 behaalt ten minste 65 procent van onze "
           "leerlingen het streefniveau 2F voor lezen, 58 procent voor taalverzorging en 45 procent het niveau 1S voor "
           "rekenen. Voor het fundamentele niveau ligt de lat op minstens 95 procent voor alle drie de domeinen.")
    alinea(doc, "Hoge verwachtingen gelden ook voor het schooladvies. Wij hebben afgesproken dat wij bij twijfel tussen "
           "twee niveaus het hogere advies geven en dat wij geen ‘voorzichtig’ advies meer geven vanwege de thuistaal of "
           "de thuissituatie van een kind. Het voorlopig advies in groep 7 bespreken wij altijd met kind en ouders samen.")
    alinea(doc, "Ons team is gemotiveerd en betrokken, en zet zich elke dag vol in voor de kinderen. Wij willen blijven "
           "leren en halen het beste uit onszelf.")

    # ------------------------------------------------------------ 5 vensters
    doc.add_heading("5. Onze vensters", level=1)
    alinea(doc, "Koers 22 beschrijft vier vensters die voor alle ASG-scholen richting geven. Per venster staat hieronder "
           "wat wij nastreven, wat wij eraan doen en welke doelen wij onszelf voor 2024-2028 stellen.")

    # -- venster 1
    doc.add_heading("5.1 Venster 1: Goed en toegankelijk onderwijs", level=2)
    bestuurszinnen(doc, [
        "De kwaliteit van ons onderwijs is en blijft op orde.",
        "Ons stelsel van kwaliteitszorg is samenhangend, cyclisch, integraal en is zichtbaar binnen onze school.",
        "Onze school heeft een collectieve leercultuur, gericht op voortdurend verbeteren en innoveren.",
        "We hebben zicht op wat onze leerlingen nodig hebben.",
        "Wij ontwikkelen onderwijs, passend bij de belevingswereld van onze leerlingen.",
        "Onze school heeft een toekomstgericht curriculum.",
        "In ons schoolondersteuningsprofiel hebben wij duidelijk beschreven in welke leer- en zorgbehoeftes wij "
        "kunnen voorzien.",
    ])

    doc.add_heading("Ons onderwijsaanbod", level=3)
    alinea(doc, "Ons onderwijs is ingericht volgens het leerstofjaarklassensysteem. In de ochtend staan de basisvakken "
           "centraal; in de middag wereldoriëntatie, creatieve vakken en bewegingsonderwijs. Wij gebruiken de volgende "
           "methodes, die samen de kerndoelen voor het primair onderwijs dekken:")
    tabel(doc, ["Vakgebied", "Methode of aanpak", "Groepen"], [
        ["Ontwikkelingsgericht werken kleuters", "Kleuterplein, met themahoeken en observatie via KIJK!", "1-2"],
        ["Aanvankelijk lezen", "Veilig leren lezen (kim-versie)", "3"],
        ["Technisch lezen", "Estafette", "4-6"],
        ["Begrijpend lezen", "Nieuwsbegrip, aangevuld met close reading", "4-8"],
        ["Taal en spelling", "Staal", "4-8"],
        ["Rekenen", "Wereld in getallen 5", "3-8"],
        ["Wereldoriëntatie en techniek", "Blink Wereld (geschiedenis, aardrijkskunde, natuur en techniek)", "3-8"],
        ["Engels", "Groove.me", "1-8"],
        ["Sociaal-emotionele ontwikkeling", "KiVa", "1-8"],
        ["Bewegingsonderwijs", "Vakleerkracht, 2 x 45 minuten per week", "3-8"],
        ["Kunst en cultuur", "Cultuurmenu Almere en eigen projecten", "1-8"],
    ], breedtes=[5, 8, 2.5])
    alinea(doc, "De onderwijstijd bedraagt in acht jaar ruim 7.520 uur. Groep 1 tot en met 4 heeft 22 uur les per week, "
           "groep 5 tot en met 8 heeft 26 uur. Taal en lezen krijgen in groep 3 tot en met 8 gemiddeld 8 uur per week, "
           "rekenen 5 uur. De referentieniveaus volgen wij met het leerlingvolgsysteem en met de Doorstroomtoets in "
           "groep 8. Vanaf 2024-2025 werken wij met Leerling in beeld van Cito als leerlingvolgsysteem.")
    alinea(doc, "Wij sluiten in ons onderwijs zo veel mogelijk aan bij de belevingswereld van de kinderen. Ons curriculum "
           "is modern en bereidt kinderen voor op de wereld van morgen. Onze methodes bieden daarvoor aansprekende "
           "thema’s en eigentijdse materialen.")

    doc.add_heading("Zicht op ontwikkeling", level=3)
    alinea(doc, "Wij volgen de ontwikkeling van leerlingen in een vaste cyclus. Drie keer per jaar (oktober, februari "
           "en juni) is er een groepsbespreking van de leerkracht met de intern begeleider. Daarin bespreken wij het "
           "groepsoverzicht in ParnasSys, de toetsresultaten, de observaties van de leerkracht en de uitkomsten van de "
           "kindgesprekken. Leerlingen over wie zorgen zijn, bespreken wij daarnaast in een leerlingbespreking. Na de "
           "midden- en eindtoetsen analyseert de intern begeleider de resultaten op schoolniveau en bespreekt die met de "
           "directeur. Daaruit volgen per groep de aandachtspunten voor de instructie in het volgende blok.")

    doc.add_heading("Kwaliteitszorg", level=3)
    alinea(doc, "Wij werken met een vaste kwaliteitscyclus volgens het model plan-do-check-act. Het schoolplan vertalen "
           "wij elk jaar in een jaarplan, dat in september met het team en de MR wordt besproken. In juni maken wij een "
           "jaarverslag. Daarnaast rapporteren wij elk kwartaal aan het College van Bestuur over leerlingaantallen, "
           "resultaten, personeel en financiën.")
    opsomming(doc, [
        "Wij gebruiken WMK-PO om onze kwaliteit te beoordelen; elk jaar nemen wij vier kwaliteitskaarten af, volgens "
        "een vierjarenrooster.",
        "Directeur en intern begeleider bezoeken iedere groep minstens twee keer per jaar, met een kijkwijzer die is "
        "gebaseerd op expliciete directe instructie (EDI). Na elk bezoek volgt een nagesprek.",
        "Eens in de twee jaar nemen wij een vragenlijst af bij ouders, leerlingen vanaf groep 5 en medewerkers. De "
        "volgende afname is in maart 2025.",
        "De eindresultaten vergelijken wij jaarlijks met onze schoolstandaarden en met de signaleringswaarden van de "
        "inspectie. Zakt een resultaat onder de signaleringswaarde, dan maken wij binnen zes weken een verbeterplan.",
    ])
    alinea(doc, "Wij leren van en met elkaar. Ons team staat open voor feedback en wil zich steeds verbeteren.")

    doc.add_heading("Ondersteuning en schoolondersteuningsprofiel", level=3)
    alinea(doc, "In ons schoolondersteuningsprofiel (SOP) beschrijven wij welke ondersteuning wij bieden. De "
           "basisondersteuning omvat onder meer: instructie op drie niveaus in elke groep, extra leestijd met een "
           "onderwijsassistent voor kinderen met een leesachterstand, een protocol dyslexie en dyscalculie, en de "
           "NT2-aanpak voor nieuwkomers met twee dagdelen per week extra taalles.")
    alinea(doc, "Als extra ondersteuning bieden wij de plusklas ‘Het Nest’: één ochtend per week voor ongeveer twaalf "
           "meer- en hoogbegaafde leerlingen uit groep 5 tot en met 8. Daarnaast werken wij met arrangementen van het "
           "Samenwerkingsverband Passend Onderwijs Almere, bijvoorbeeld voor begeleiding bij gedrag of taalontwikkeling.")
    alinea(doc, "Ons SOP is ook duidelijk over onze grenzen. Wij kunnen geen passend onderwijs bieden aan kinderen die "
           "gedurende de hele schooldag één-op-één begeleiding nodig hebben, of aan kinderen met een intensieve medische "
           "zorgvraag waarvoor verpleegkundige handelingen tijdens schooltijd nodig zijn. Het SOP is voor het laatst "
           "vastgesteld in 2020 en wordt in het voorjaar van 2025 herzien.")

    doc.add_heading("Doelen venster 1", level=3)
    tabel(doc, ["Doel", "Wat gaan we doen", "Wanneer", "Meetbaar resultaat", "Eigenaar"], [
        ["Begrijpend lezen verbeteren",
         "Close reading invoeren in groep 5-8; wekelijks leesmoment met boeken uit de schoolbibliotheek",
         "2024-2026",
         "Leerlingen groep 4-8 op of boven het landelijk gemiddelde: van 58% (juni 2024) naar 70% (juni 2027)",
         "Leescoördinator"],
        ["Rekenen op streefniveau",
         "Dagelijks 10 minuten automatiseren; instructie volgens EDI; rekencoördinator begeleidt groep 5-8",
         "2024-2028",
         "1S rekenen in groep 8: van 36% (2023) naar minstens 45% (2028)",
         "Rekencoördinator"],
        ["Kwaliteitszorg op orde",
         "Klassenbezoeken met kijkwijzer EDI; vier WMK-kaarten per jaar",
         "Jaarlijks",
         "Alle groepen twee keer per jaar bezocht; vier kaarten afgenomen en besproken",
         "Directeur"],
        ["Schoolondersteuningsprofiel actueel",
         "SOP herzien met team en MR",
         "Voorjaar 2025",
         "Nieuw SOP vastgesteld in juni 2025",
         "Intern begeleider"],
        ["Eigentijds onderwijs",
         "Wij blijven onze methodes actualiseren",
         "Doorlopend",
         "–",
         "Team"],
    ], breedtes=[3, 4.5, 2, 4.5, 2.5])

    # -- venster 2
    doc.add_heading("5.2 Venster 2: Personeel in positie", level=2)
    bestuurszinnen(doc, [
        "Medewerkers voelen zich betrokken bij en trots op onze school.",
        "Onze school heeft aandacht voor het welbevinden in elke levensfase van alle medewerkers.",
        "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling door het bijwonen van bijeenkomsten, "
        "en het volgen van cursussen en programma’s van de ASG Academie.",
        "Alle onbevoegde leraren worden actief ondersteund bij het halen van hun bevoegdheid.",
        "De jaarlijkse gesprekscyclus is op onze school geïmplementeerd.",
    ])
    alinea(doc, "Ons team bestaat uit 24 medewerkers: 17 leerkrachten, een intern begeleider, een directeur, twee "
           "onderwijsassistenten, een vakleerkracht bewegingsonderwijs, een administratief medewerker en een conciërge. "
           "De gemiddelde leeftijd is 41 jaar. Wij vinden het belangrijk dat iedereen met plezier naar zijn werk gaat, in "
           "welke levensfase ook, en dat collega’s trots zijn op hun school.")
    doc.add_heading("Professionalisering", level=3)
    alinea(doc, "In 2024-2025 volgt het hele team de training expliciete directe instructie (EDI) bij Onderwijs Maak "
           "Je Samen: vier bijeenkomsten op studiedagen en twee klassenbezoeken per leerkracht door de trainer. In "
           "2025-2026 borgen wij de aanpak met de kijkwijzer EDI bij onze eigen klassenbezoeken. Iedere medewerker stelt "
           "daarnaast in het startgesprek een persoonlijk ontwikkelplan op en volgt minstens eens in de twee jaar een "
           "cursus of programma van de ASG Academie. Per medewerker is jaarlijks 500 euro scholingsbudget beschikbaar.")
    doc.add_heading("Bevoegdheid", level=3)
    alinea(doc, "Op dit moment werken er twee zij-instromers op onze school. Beiden volgen het zij-instroomtraject bij "
           "Hogeschool Windesheim in Almere. Zij worden begeleid door een schoolopleider van ons team, die daarvoor "
           "één uur per week coachingstijd heeft, en zij krijgen op hun studiedag geen lesgevende taken. Het doel is dat "
           "beide collega’s vóór 1 augustus 2026 hun bevoegdheid hebben behaald.")
    doc.add_heading("Gesprekscyclus", level=3)
    alinea(doc, "Met iedere medewerker voeren wij jaarlijks een startgesprek (september of oktober) en een "
           "voortgangsgesprek (februari of maart). Eens in de drie jaar volgt een beoordelingsgesprek. De gesprekken "
           "voert de directeur; voor onderwijsassistenten doet de intern begeleider dat samen met de directeur. Alle "
           "verslagen worden vastgelegd in Youforce.")
    doc.add_heading("Verzuim", level=3)
    alinea(doc, "Het ziekteverzuim op De Kruisbek was in 2023 6,9 procent, vooral door twee langdurige zieken. Ons doel "
           "is een verzuim van minder dan 5 procent in 2026. Wij volgen het verzuimprotocol van ASG: de directeur neemt "
           "op de eerste ziektedag contact op en bij een tweede ziekmelding binnen drie maanden volgt een gesprek. Bij "
           "dreigend langdurig verzuim schakelen wij in de tweede week de bedrijfsarts van ArboNed in.")
    doc.add_heading("Doelen venster 2", level=3)
    tabel(doc, ["Doel", "Wat gaan we doen", "Wanneer", "Meetbaar resultaat", "Eigenaar"], [
        ["Sterke instructie in alle groepen",
         "Teamtraining EDI; borging met kijkwijzer",
         "2024-2026",
         "In juni 2026 scoort 80% van de bezochte lessen voldoende op alle onderdelen van de kijkwijzer EDI",
         "Directeur"],
        ["Bevoegd team",
         "Begeleiding zij-instromers door schoolopleider",
         "2024-2026",
         "Beide zij-instromers bevoegd vóór 1 augustus 2026",
         "Schoolopleider"],
        ["Gesprekscyclus volledig",
         "Start-, voortgangs- en beoordelingsgesprekken volgens planning",
         "Jaarlijks",
         "100% van de gesprekken gevoerd en vastgelegd in Youforce",
         "Directeur"],
        ["Lager verzuim",
         "Verzuimprotocol consequent toepassen; vroeg in gesprek",
         "2024-2026",
         "Verzuim onder 5% in 2026 (2023: 6,9%)",
         "Directeur"],
    ], breedtes=[3, 4.5, 2, 4.5, 2.5])

    # -- venster 3
    doc.add_heading("5.3 Venster 3: De meerwaarde van ASG", level=2)
    bestuurszinnen(doc, [
        "Wij ontmoeten regelmatig collega’s van alle ASG-scholen en het servicebureau.",
        "We delen de opbrengst van leren en ontwikkelen met elkaar tijdens conferenties en ASG-brede studiedagen.",
        "Onze werkgroepen staan met elkaar in contact en wisselen bovenschools expertise uit.",
        "Medewerkers van onze school en het servicebureau weten van elkaar wie ze moeten benaderen voor welke "
        "expertise.",
    ])
    alinea(doc, "Wij zijn blij dat wij deel uitmaken van een grote organisatie als ASG. Het servicebureau ondersteunt "
           "ons op het gebied van personeel, financiën, huisvesting en ICT. Wij maken graag gebruik van de kennis en "
           "ervaring die binnen ASG aanwezig is en dragen daar zelf ook aan bij. Samen staan wij sterker dan alleen.")
    doc.add_heading("Doelen venster 3", level=3)
    tabel(doc, ["Doel", "Wat gaan we doen", "Wanneer", "Meetbaar resultaat", "Eigenaar"], [
        ["Kennis delen met andere ASG-scholen",
         "Deelnemen aan ASG-bijeenkomsten",
         "Doorlopend",
         "–",
         "Directie"],
        ["Gebruikmaken van de expertise van het servicebureau",
         "Contact onderhouden met het servicebureau",
         "Doorlopend",
         "–",
         "Directie"],
    ], breedtes=[4, 4.5, 2, 3.5, 2.5])

    # -- venster 4
    doc.add_heading("5.4 Venster 4: Partnerschap", level=2)
    bestuurszinnen(doc, [
        "Ouders zijn betrokken bij het leerproces van hun kind.",
        "De medezeggenschap is een klankbord voor ideeën en een sparringpartner voor de directie bij voorgenomen beleid "
        "en uitvoering van beleid.",
        "Onze school werkt proactief samen met een breed scala aan partners.",
        "Wij werken nauw samen met maatschappelijke partners in de nabije omgeving.",
    ])
    doc.add_heading("Ouders", level=3)
    alinea(doc, "Ouders zijn voor ons onmisbaar. Wij hebben daarom de volgende vaste momenten:")
    opsomming(doc, [
        "In de derde tot en met vijfde schoolweek voert iedere leerkracht een startgesprek met de ouders van ieder "
        "kind. Vanaf groep 6 is het kind zelf bij het gesprek. In 2023-2024 was 78 procent van de ouders aanwezig; "
        "in 2025-2026 willen wij 90 procent bereiken. Ouders die niet komen, benaderen wij persoonlijk, zo nodig met "
        "een ouder-tolk.",
        "Drie keer per jaar is er een kijkochtend waarop ouders een les in de groep van hun kind bijwonen.",
        "Bij ieder rekenblok krijgen ouders van groep 3 tot en met 6 een ‘thuis oefenen’-kaart met de doelen van het "
        "blok en spelletjes om thuis te doen.",
        "Het ouderpanel (acht ouders uit verschillende groepen) komt vier keer per jaar bijeen met de directeur om mee "
        "te denken over schoolzaken.",
    ])
    doc.add_heading("Medezeggenschap", level=3)
    alinea(doc, "Onze MR bestaat uit drie ouders en drie personeelsleden en vergadert zes keer per jaar. De directeur "
           "is bij het eerste deel van elke vergadering aanwezig. In september stellen directeur en MR samen een "
           "jaaragenda op, waarin staat welke onderwerpen wanneer ter instemming of advies worden voorgelegd, zoals de "
           "formatie, de begroting, het jaarplan en de schoolgids. Zo weet de MR ruim van tevoren wat er komt en kan "
           "de raad zijn achterban raadplegen.")
    doc.add_heading("Partners", level=3)
    alinea(doc, "Wij vinden samenwerking met de wijk erg belangrijk. Denk aan de kinderopvang, de bibliotheek, de "
           "sportverenigingen, het wijkteam en de GGD. Samen zorgen wij voor een sterk netwerk rondom het kind.")
    doc.add_heading("Doelen venster 4", level=3)
    tabel(doc, ["Doel", "Wat gaan we doen", "Wanneer", "Meetbaar resultaat", "Eigenaar"], [
        ["Ouders bij de start betrokken",
         "Startgesprekken voor alle groepen; persoonlijk nabellen",
         "2024-2026",
         "90% van de ouders aanwezig bij het startgesprek in 2025-2026 (2023-2024: 78%)",
         "Directeur en leerkrachten"],
        ["Vijf ouder-tolken",
         "Werven via ouderpanel en Wereldweek",
         "2024-2025",
         "Vijf actieve ouder-tolken in 2025 (nu twee)",
         "Intern begeleider"],
        ["Planmatige medezeggenschap",
         "Jaaragenda MR en directie",
         "Jaarlijks in september",
         "Jaaragenda vastgesteld in de eerste MR-vergadering",
         "Directeur en voorzitter MR"],
        ["Samenwerken met partners",
         "Contacten onderhouden",
         "Doorlopend",
         "–",
         "Directie"],
    ], breedtes=[3, 4.5, 2, 4.5, 2.5])

    # ------------------------------------------------------------ 6 veiligheid en burgerschap
    doc.add_heading("6. Veiligheid en burgerschap", level=1)
    doc.add_heading("6.1 Een veilig schoolklimaat", level=2)
    alinea(doc, "Sinds 2019 is De Kruisbek een KiVa-school. In alle groepen worden de KiVa-lessen gegeven, en aan het "
           "begin van elk schooljaar besteden wij de eerste vier weken extra aandacht aan groepsvorming. De "
           "anti-pestcoördinator is onze intern begeleider; zij is ook het aanspreekpunt voor ouders en kinderen bij "
           "pesten. Incidenten registreren wij in ParnasSys.")
    alinea(doc, "Elk jaar in november vullen de leerlingen van groep 5 tot en met 8 de KiVa-monitor in. In 2023 gaf 91 "
           "procent van de leerlingen aan zich veilig te voelen op school. Ons doel is 95 procent in 2026. Groepen waar "
           "de score lager is dan 85 procent, krijgen een groepsplan sociale veiligheid, dat de leerkracht met de intern "
           "begeleider opstelt. Het veiligheidsplan, met daarin het pestprotocol, de ontruimingsafspraken en de "
           "meldcode huiselijk geweld en kindermishandeling, wordt elk jaar in augustus met het team doorgenomen. Vier "
           "medewerkers zijn opgeleid als bedrijfshulpverlener.")
    doc.add_heading("6.2 Burgerschap", level=2)
    alinea(doc, "Wij willen dat onze leerlingen opgroeien tot mensen die actief meedoen in de samenleving en respect "
           "hebben voor de basiswaarden van onze democratie. In het burgerschapsonderwijs op De Kruisbek zitten vaste "
           "onderdelen:")
    opsomming(doc, [
        "De leerlingenraad, met twee gekozen leerlingen uit elke groep 5 tot en met 8, vergadert zes keer per jaar met "
        "de directeur. De verkiezingen zijn in september, met campagne en stembus in de aula.",
        "Groep 7 bezoekt elk jaar het stadhuis van Almere en voert daar een rollenspel gemeenteraad uit.",
        "Groep 8 werkt in het voorjaar zes weken aan het project ‘Mijn Faunabuurt’: de leerlingen onderzoeken een "
        "probleem in de wijk en presenteren een oplossing aan de wijkwethouder.",
        "In de Blink-thema’s over mens en maatschappij behandelen wij de rechtsstaat, de Grondwet en de rechten van "
        "het kind; in groep 6 is er een les over de Kinderrechten met de Kinderombudsman-lesbrief.",
    ])
    alinea(doc, "In 2025-2026 beschrijven wij deze onderdelen in één doorlopende leerlijn burgerschap voor groep 1 tot "
           "en met 8, zodat voor ieder leerjaar duidelijk is welke doelen aan bod komen.")

    # ------------------------------------------------------------ 7 planning en vaststelling
    doc.add_heading("7. Meerjarenplanning", level=1)
    alinea(doc, "In onderstaand overzicht staan de belangrijkste ontwikkelingen per schooljaar. In het jaarplan werken "
           "wij elk jaar de activiteiten, de eigenaren en de evaluatiemomenten uit.")
    tabel(doc, ["Schooljaar", "Speerpunten"], [
        ["2024-2025", "Teamtraining EDI; start Leerling in beeld; close reading groep 5-8; herziening SOP; "
                      "werving ouder-tolken"],
        ["2025-2026", "Borging EDI met kijkwijzer; leerlijn burgerschap; startgesprekken 90%; vragenlijst ouders, "
                      "leerlingen en medewerkers (maart 2025) verwerken"],
        ["2026-2027", "Evaluatie rekenaanpak; zij-instromers bevoegd; verzuimdoel evalueren"],
        ["2027-2028", "Evaluatie schoolplan; eindresultaten tegen schoolstandaarden; voorbereiding nieuw schoolplan"],
    ], breedtes=[3, 13])

    doc.add_heading("8. Vaststelling", level=1)
    alinea(doc, "Dit schoolplan is opgesteld door de directeur van Openbare basisschool De Kruisbek, in samenspraak met "
           "het team.")
    alinea(doc, "Instemming medezeggenschapsraad: de MR van De Kruisbek heeft op 10 juni 2024 ingestemd met dit "
           "schoolplan.")
    alinea(doc, "Vaststelling: het College van Bestuur van de Almeerse Scholen Groep heeft dit schoolplan op 24 juni "
           "2024 vastgesteld.")
    tabel(doc, ["", "Naam", "Handtekening"], [
        ["Directeur", "Ruud Ketelaar", ""],
        ["Voorzitter MR", "Mirjam Hoekstra", ""],
        ["College van Bestuur ASG", "", ""],
    ], breedtes=[5, 5, 6])

    doc.save(path)
    _vaste_zip(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_203_obs_de_kruisbek.docx")
