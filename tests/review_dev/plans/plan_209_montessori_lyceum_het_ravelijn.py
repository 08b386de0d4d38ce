"""Schoolplan 2025-2029 van Montessori Lyceum Het Ravelijn (havo/vwo, Almere).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

VASTE_DATUM = datetime.datetime(2025, 9, 22, 9, 30, 0)


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    """Nederlandse proeftaal als standaard voor het hele document."""
    styles = doc.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is None:
        return
    rpr = rpr_default.find(qn("w:rPrDefault"))
    if rpr is None:
        rpr = OxmlElement("w:rPrDefault")
        rpr_default.append(rpr)
    inner = rpr.find(qn("w:rPr"))
    if inner is None:
        inner = OxmlElement("w:rPr")
        rpr.append(inner)
    lang = inner.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        inner.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _veld(paragraph, instructie, resultaat="1"):
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run2 = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instructie
    run2._r.append(instr)
    run3 = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run3._r.append(sep)
    run4 = paragraph.add_run(resultaat)
    run5 = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run5._r.append(end)
    return run4


def _velden_bijwerken(doc):
    """Laat Word bij openen vragen de velden (inhoudsopgave) bij te werken."""
    instellingen = doc.settings.element
    el = OxmlElement("w:updateFields")
    el.set(qn("w:val"), "true")
    instellingen.append(el)


def _voettekst(doc):
    sectie = doc.sections[0]
    p = sectie.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Schoolplan 2025-2029 Montessori Lyceum Het Ravelijn  |  pagina ")
    r.font.size = Pt(8)
    _veld(p, "PAGE").font.size = Pt(8)


def _kopregel_herhalen(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, koppen, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(koppen))
    t.style = "Table Grid"
    kop = t.rows[0]
    _kopregel_herhalen(kop)
    for i, tekst in enumerate(koppen):
        cel = kop.cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(tekst)
        run.bold = True
        run.font.size = Pt(9)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2D0")
        cel._tc.get_or_add_tcPr().append(shd)
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(tekst)
            run.font.size = Pt(9)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def _p(doc, tekst, stijl=None):
    return doc.add_paragraph(tekst, style=stijl) if stijl else doc.add_paragraph(tekst)


def _opsomming(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _waarde(doc, uitspraak, betekenis):
    p = doc.add_paragraph()
    r = p.add_run(uitspraak)
    r.bold = True
    r.font.color.rgb = RGBColor(0x3B, 0x5E, 0x2B)
    k = doc.add_paragraph()
    kr = k.add_run("Wat dat bij ons betekent")
    kr.italic = True
    kr.bold = True
    kr.font.size = Pt(10)
    doc.add_paragraph(betekenis)


def _vaste_zipdatum(path):
    """Schrijf het zip-archief opnieuw met vaste tijdstempels, zodat de uitvoer byte-gelijk is."""
    import io
    import zipfile
    with open(path, "rb") as fh:
        data = fh.read()
    bron = zipfile.ZipFile(io.BytesIO(data))
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as doel:
        for info in bron.infolist():
            nieuw = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 1, 0, 0, 0))
            nieuw.compress_type = zipfile.ZIP_DEFLATED
            nieuw.external_attr = info.external_attr
            doel.writestr(nieuw, bron.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(uit.getvalue())


# ---------------------------------------------------------------- inhoud
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(10.5)
    for sectie in doc.sections:
        sectie.left_margin = Cm(2.3)
        sectie.right_margin = Cm(2.3)

    cp = doc.core_properties
    cp.title = "Schoolplan 2025-2029 Montessori Lyceum Het Ravelijn"
    cp.author = "J. van Heemstra"
    cp.subject = "Schoolplan"
    cp.language = "nl-NL"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.last_modified_by = "S. Karaca"
    cp.revision = 7

    _voettekst(doc)

    # ------------------------------------------------------------ voorblad
    t = doc.add_paragraph(style="Title")
    t.add_run("Montessori Lyceum Het Ravelijn")
    st = doc.add_paragraph(style="Subtitle")
    st.add_run("Schoolplan 2025 – 2029")
    _p(doc, "“Help mij het zelf te doen – en samen verder te komen”")
    _p(doc, "Havo en vwo op montessoribasis  |  Almere Stad  |  BRIN 30RV")
    _p(doc, "Een school van de Almeerse Scholen Groep (ASG)")
    _p(doc, "Planperiode: 1 augustus 2025 tot en met 31 juli 2029")
    _p(doc, "Instemming medezeggenschapsraad: 2 juli 2025. "
            "Vastgesteld door het College van Bestuur van ASG: 18 september 2025.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("Inhoud", level=1)
    toc = doc.add_paragraph()
    _veld(toc, 'TOC \\o "1-2" \\h \\z \\u',
          "Inhoudsopgave: klik met de rechtermuisknop en kies ‘Veld bijwerken’.")
    _velden_bijwerken(doc)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------ 1 voorwoord
    doc.add_heading("1. Voorwoord", level=1)
    _p(doc, "Voor u ligt het schoolplan van Montessori Lyceum Het Ravelijn voor de schooljaren 2025-2026 "
            "tot en met 2028-2029. Het is het derde schoolplan sinds onze verhuizing naar het gebouw aan de "
            "rand van het Cascadepark, en het eerste dat ik als rector schrijf. Dat heb ik niet alleen gedaan. "
            "In het voorjaar van 2025 hebben we in drie studiemiddagen met het hele team teruggekeken op het "
            "vorige plan, hebben de leerlingenraad en het ouderpanel elk twee avonden met ons meegedacht en "
            "heeft de medezeggenschapsraad de conceptversie in mei en juni besproken.")
    _p(doc, "Een paar dingen vielen op. Onze leerlingen zijn tevreden over de vrijheid die ze krijgen, maar "
            "lang niet allemaal weten ze wat ze met die vrijheid moeten. De keuzewerktijd, het hart van ons "
            "montessorionderwijs, wordt door de ene leerling goed benut en door de andere als tussenuur gezien. "
            "Onze examenresultaten zijn behoorlijk, maar in havo 4 en havo 5 blijven te veel leerlingen hangen. "
            "En net als elke school in Almere merken we dat het moeilijk is om bevoegde docenten te vinden voor "
            "natuurkunde, wiskunde en Duits.")
    _p(doc, "In hoofdstuk 3 staan onze waarden. We hebben ervoor gekozen de vier kernwaarden van onze "
            "stichting, de Almeerse Scholen Groep, over te nemen als onze eigen waarden: ze passen bij wat wij "
            "als montessorischool willen zijn. Daarna volgen vier hoofdstukken die de vier vensters uit de koers "
            "van ASG volgen. Elk hoofdstuk sluit af met een tabel met onze doelen voor deze planperiode. Die "
            "tabellen zijn de basis voor de jaarplannen van de school en van de secties.")
    _p(doc, "Ik dank iedereen die heeft meegeschreven, meegelezen en tegengesproken.")
    _p(doc, "Joost van Heemstra, rector")

    # ------------------------------------------------------------ 2 school
    doc.add_heading("2. Het Ravelijn in het kort", level=1)
    doc.add_heading("2.1 Gegevens", level=2)
    _tabel(doc, ["Onderdeel", "Gegevens"], [
        ["Naam", "Montessori Lyceum Het Ravelijn"],
        ["Bestuur", "Almeerse Scholen Groep (ASG), College van Bestuur"],
        ["BRIN", "30RV"],
        ["Denominatie", "Openbaar"],
        ["Onderwijstypen", "Havo en vwo (atheneum); onderbouw in havo/vwo-klassen in leerjaar 1 en 2"],
        ["Leerlingen (1 oktober 2024)", "1.043 (havo 566, vwo 477)"],
        ["Medewerkers", "96 personen, 77,8 fte, waarvan 71 docenten"],
        ["Schoolleiding", "Joost van Heemstra (rector), Sevda Karaca (conrector onderwijs), "
                          "Ruben Hofstede (conrector bedrijfsvoering), teamleiders onderbouw, havo-bovenbouw "
                          "en vwo-bovenbouw"],
        ["Samenwerkingsverband", "Samenwerkingsverband VO Almere"],
    ], [5, 11])

    doc.add_heading("2.2 Onze leerlingen en onze omgeving", level=2)
    _p(doc, "Het Ravelijn is de enige school in Almere waar havo- en vwo-leerlingen montessorionderwijs "
            "krijgen. Dat maakt ons een bewuste keuze: ruim 40 procent van onze brugklassers komt van een "
            "montessori-, dalton- of jenaplanbasisschool, maar steeds meer ouders kiezen voor ons omdat ze "
            "een kleinschalige onderbouw en veel begeleiding zoeken. Leerlingen komen uit heel Almere: "
            "36 procent uit Almere Stad, 21 procent uit Almere Poort, 17 procent uit Almere Buiten, de rest uit "
            "Almere Haven, Almere Hout en Zeewolde.")
    _p(doc, "Het leerlingaantal is de afgelopen vijf jaar stabiel gebleven rond de 1.050. De prognose van de "
            "gemeente laat tot 2029 een lichte groei van het aantal twaalfjarigen zien, vooral in Poort en "
            "Pampus. We willen niet groter worden dan 1.100 leerlingen, omdat ons onderwijs uitgaat van "
            "coaches die hun leerlingen echt kennen.")
    _p(doc, "We zien dat een groeiende groep leerlingen met een dubbel advies havo/vwo binnenkomt en dat "
            "leerlingen met een havo-advies die thuis weinig steun hebben bij plannen en leren, vaker "
            "vastlopen in de bovenbouw. Bij de intake in het voorjaar van 2025 gaf 23 procent van de ouders "
            "aan dat hun kind hulp nodig heeft bij plannen; twee jaar eerder was dat 15 procent.")

    doc.add_heading("2.3 Resultaten", level=2)
    _tabel(doc, ["Indicator", "2021-2022", "2022-2023", "2023-2024", "Norm inspectie / eigen norm"], [
        ["Slagingspercentage havo", "84%", "87%", "86%", "eigen norm 88%"],
        ["Slagingspercentage vwo", "93%", "89%", "91%", "eigen norm 92%"],
        ["Onderwijspositie t.o.v. advies po", "boven norm", "boven norm", "boven norm", "inspectie: voldoende"],
        ["Onderbouwsnelheid", "97,1%", "96,4%", "97,0%", "boven norm"],
        ["Bovenbouwsucces havo", "80,2%", "83,5%", "82,1%", "eigen norm 86%"],
        ["Bovenbouwsucces vwo", "88,0%", "87,4%", "89,3%", "boven norm"],
        ["Leerlingen voelen zich veilig (enquête)", "90%", "88%", "89%", "eigen norm 92%"],
    ], [5, 2.3, 2.3, 2.3, 4])
    _p(doc, "Bij het onderzoek van de inspectie naar het bestuur van ASG in 2023 is Het Ravelijn als "
            "verificatieschool bezocht. Alle standaarden waren voldoende; de inspectie noemde de begeleiding "
            "in de onderbouw en het pedagogisch klimaat een sterk punt en vroeg aandacht voor de afstemming "
            "van de lessen op verschillen tussen leerlingen in de bovenbouw.")

    doc.add_heading("2.4 Wat gaat goed en wat moet beter", level=2)
    _tabel(doc, ["Sterk", "Moet beter"], [
        ["Betrokken coaches die hun leerlingen goed kennen", "Benutting keuzewerktijd in klas 3 en de bovenbouw"],
        ["Rustig en prettig schoolklimaat", "Doorstroom en uitval in havo 4 en havo 5"],
        ["Kunst en cultuur (kunstvakken tot in het examen)", "Differentiatie in de bovenbouwlessen"],
        ["Stabiel, ervaren team", "Vacatures bètavakken en Duits; zes onbevoegde docenten"],
        ["Goede contacten met ouders in de onderbouw", "Ouderbetrokkenheid in de bovenbouw"],
    ], [8, 8])

    # ------------------------------------------------------------ 3 waarden
    doc.add_heading("3. Onze waarden", level=1)
    _p(doc, "De Almeerse Scholen Groep werkt met vier kernwaarden: Gezien worden, Open, Vooruitstrevend en "
            "Ambitieus. Wij hebben ze niet opnieuw uitgevonden. We nemen ze over als onze waarden, omdat ze "
            "aansluiten bij het mensbeeld van Maria Montessori: ieder kind wil zich ontwikkelen en de "
            "volwassene zorgt voor de omgeving waarin dat kan. Per waarde staan hieronder de uitspraken waar "
            "wij ons als school aan verbinden, met telkens wat dat bij ons betekent.")

    doc.add_heading("3.1 Gezien worden", level=2)
    _waarde(doc, "Onze cultuur is gastvrij, iedereen voelt zich welkom.",
            "Bij de hoofdingang staan elke schooldag tussen 8.15 en 8.45 uur twee leerlingen uit havo 4 of "
            "vwo 4 als gastvrouw of gastheer. Zij doen dit als deel van hun maatschappelijke stage en worden "
            "door de receptie ingeroosterd. Een bezoeker wordt binnen vijf minuten opgehaald door degene met wie "
            "hij een afspraak heeft. Nieuwe brugklassers komen in juni al een middag kennismaken met hun coach "
            "en hun klas, en in de eerste schoolweek gaan alle brugklassen drie dagen op introductiekamp. Nieuwe "
            "collega's krijgen voor hun eerste jaar een maatje uit een andere sectie.")
    _waarde(doc, "Iedereen bij ons is waardevol en wordt gezien.",
            "Bij ons doet iedereen ertoe. Of je nu leerling bent, docent, conciërge of ouder: je bent de moeite "
            "waard en je hoort erbij. Wij willen dat niemand zich onzichtbaar voelt, en daar voelen wij ons "
            "samen verantwoordelijk voor.")
    _waarde(doc, "We hebben zicht op de onderwijsbehoeftes van onze leerlingen en medewerkers.",
            "Iedere leerling heeft in de onderbouw drie jaar lang dezelfde coach. De coach voert drie keer per "
            "jaar (oktober, februari en juni) een voortgangsgesprek met leerling en ouders. In klas 1 en klas 3 "
            "maken alle leerlingen de toetsen van het Cito Volgsysteem voortgezet onderwijs voor Nederlands, "
            "Engels en wiskunde; de uitslagen worden besproken in het coachgesprek en in de sectie. Voor een "
            "leerling met een extra ondersteuningsbehoefte ligt binnen zes weken een groeidocument klaar. Bij "
            "medewerkers komt de eigen ondersteuningsbehoefte (taakbelasting, scholing, begeleiding) aan bod in "
            "het jaarlijkse ontwikkelgesprek met de teamleider.")

    doc.add_heading("3.2 Open", level=2)
    _waarde(doc, "Wij gaan respectvol om met de mensen binnen en buiten onze school.",
            "Respect is bij ons geen regel op papier maar een houding. We behandelen elkaar zoals we zelf "
            "behandeld willen worden, ook als we het niet met elkaar eens zijn, en ook tegenover mensen die "
            "niet bij onze school horen.")
    _waarde(doc, "In onze communicatie zijn we transparant en toegankelijk.",
            "Elke vrijdag om 16.00 uur verschijnt de Ravelijnbrief met het nieuws van de week. Cijfers staan "
            "uiterlijk tien werkdagen na een toets in Magister. Een mail van ouders beantwoorden we binnen twee "
            "werkdagen, ook als het antwoord nog niet compleet is. De programma's van toetsing en afsluiting "
            "staan vóór 1 oktober op de website, en in december publiceren we een kort jaarverslag met de "
            "examenresultaten en de uitkomsten van de tevredenheidsenquêtes. De klachtenregeling vatten we "
            "samen op één pagina in gewone taal.")
    _waarde(doc, "Met een open blik kijken we naar de verscheidenheid van onze leerlingen en medewerkers.",
            "Geen leerling is hetzelfde, en geen collega ook. Wij zien die verschillen niet als probleem maar "
            "als rijkdom, en wij proberen steeds zonder vooroordeel te kijken naar wie iemand is.")

    doc.add_heading("3.3 Vooruitstrevend", level=2)
    _waarde(doc, "Wij werken met innovatieve en nieuwe leerconcepten binnen de kaders van ons "
                 "montessoriprofiel.",
            "In klas 1 tot en met 3 hebben leerlingen zes uur keuzewerktijd per week. Vanaf 2026-2027 starten "
            "we in havo 4 met een pilot ‘vrije studie’: acht uur keuzewerktijd per week, waarin leerlingen zelf "
            "in Zermelo inschrijven bij de docent die ze nodig hebben. In juni 2027 evalueren we de pilot met "
            "leerlingen, docenten en ouders; de schoolleiding besluit daarna of de aanpak ook in vwo 4 wordt "
            "ingevoerd. In klas 2 werken aardrijkskunde, biologie en geschiedenis elk jaar acht weken samen aan "
            "een project kosmisch onderwijs over water en land in Flevoland.")
    _waarde(doc, "We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven.",
            "Stilstand is achteruitgang. Wij blijven kijken wat er in de wereld en in het onderwijs gebeurt en "
            "staan open voor nieuwe ideeën die ons onderwijs beter en eigentijdser maken.")
    _waarde(doc, "Wij geven gericht inhoud aan ons onderwijs langs de drie horizonten: continue "
                 "verbetering, fundamentele verandering en radicale vernieuwing.",
            "Wij verbeteren elke dag een beetje, durven soms grote stappen te zetten en kijken ook verder "
            "vooruit dan het volgende schooljaar. Alle drie vinden wij even belangrijk.")

    doc.add_heading("3.4 Ambitieus", level=2)
    _waarde(doc, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar.",
            "We plaatsen leerlingen niet te snel een niveau lager. Een leerling die in klas 2 op vwo-niveau "
            "dreigt vast te lopen, krijgt eerst een Ravelijnplan van acht weken met extra begeleiding in de "
            "keuzewerktijd; pas daarna bespreken we een overstap naar havo. Voor de hele school streven we naar "
            "een slagingspercentage van ten minste 88 procent op de havo en 92 procent op het vwo (gemiddeld "
            "over 2026 tot en met 2028). Vwo-leerlingen die meer aankunnen, volgen vanaf vwo 4 een extra vak of "
            "het programma voor het Cambridge C1 Advanced-certificaat; we willen dat in 2029 ten minste 15 "
            "procent van de vwo-leerlingen daaraan meedoet (nu 9 procent).")
    _waarde(doc, "Wij zijn intrinsiek gemotiveerd om onszelf te blijven ontwikkelen en professionaliseren.",
            "Leren houdt niet op bij het diploma, ook niet voor ons als volwassenen. Wij willen zelf het "
            "voorbeeld zijn van een leven lang leren en blijven groeien in ons vak, vanuit onszelf en niet omdat "
            "het moet.")
    _waarde(doc, "Wij geven altijd het beste van onszelf.",
            "Voor onze leerlingen gaan wij er elke dag voor: met inzet, betrokkenheid en enthousiasme, in de les "
            "en daarbuiten.")

    # ------------------------------------------------------------ 4 venster 1
    doc.add_heading("4. Venster 1 – Goed en toegankelijk onderwijs", level=1)
    _p(doc, "Wij hebben zicht op wat onze leerlingen nodig hebben. In dit hoofdstuk beschrijven we ons "
            "onderwijsprogramma, burgerschap, veiligheid, de ondersteuning die we bieden en de manier waarop "
            "we de kwaliteit bewaken.")

    doc.add_heading("4.1 Ons montessorionderwijs", level=2)
    _p(doc, "Ons onderwijs rust op drie pijlers: zelfstandigheid, keuzevrijheid binnen grenzen en leren in "
            "samenhang. Lessen duren 80 minuten, zodat er in elke les ruimte is voor instructie én voor "
            "zelfstandig werk. Elke leerling werkt met een periodeplanner per vak, waarin staat wat af moet zijn "
            "en welke keuzes hij heeft. In de keuzewerktijd kiest de leerling zelf aan welk vak hij werkt en bij "
            "welke docent; de coach kijkt wekelijks mee naar de planning.")
    _p(doc, "In leerjaar 1 en 2 zitten havo- en vwo-leerlingen samen in een klas. Aan het eind van leerjaar 2 "
            "besluit de docentenvergadering, op basis van resultaten, werkhouding en het gesprek met leerling "
            "en ouders, of een leerling naar havo 3 of vwo 3 gaat. In de bovenbouw bieden we alle vier de "
            "profielen aan. Op het vwo zijn filosofie, informatica en Spaans keuzevakken; op de havo ook "
            "bedrijfseconomie en kunst beeldend. Wij gebruiken onder meer Getal & Ruimte voor wiskunde, Nieuw "
            "Nederlands, Stepping Stones voor Engels en Nova voor natuurkunde en scheikunde; secties vullen de "
            "methode aan met eigen montessorimateriaal, zoals werkkaarten en open opdrachten.")
    _p(doc, "De kerndoelen van de onderbouw zijn per vak verdeeld over leerjaar 1 tot en met 3 en vastgelegd "
            "in het onderbouwplan. Dat plan herzien we in 2026-2027, als de nieuwe kerndoelen voor Nederlands, "
            "wiskunde, burgerschap en digitale geletterdheid beschikbaar zijn. Uitgangspunt bij de herziening: "
            "de keuzewerktijd blijft zes uur, het project kosmisch onderwijs krijgt een vaste plek in leerjaar 1 "
            "en 2, en in elk leerjaar komt een module digitale geletterdheid van twaalf lessen. In die module "
            "leren leerlingen ook verantwoord omgaan met generatieve AI. Voor de bovenbouw hebben we in 2024-2025 "
            "schoolbrede afspraken gemaakt over AI bij schrijfopdrachten en het profielwerkstuk: tussenproducten "
            "worden op school gemaakt en elk profielwerkstuk eindigt met een mondelinge verantwoording.")
    _p(doc, "Lezen krijgt extra aandacht. Elke keuzewerktijd in klas 1 en 2 begint met vijftien minuten vrij "
            "lezen; de schoolbibliotheek, die we samen met De Nieuwe Bibliotheek beheren, is elke dag tot "
            "16.30 uur open.")

    doc.add_heading("4.2 Burgerschap en ons openbare karakter", level=2)
    _p(doc, "Montessori zag onderwijs als voorbereiding op een vreedzame samenleving. Burgerschap is bij ons "
            "daarom geen apart vak, maar wel een leerlijn met vaste onderdelen per leerjaar:")
    _opsomming(doc, [
        "Leerjaar 1: de klas als gemeenschap – klassenvergadering elke zes weken, met een leerling als "
        "voorzitter en een besluitenlijst.",
        "Leerjaar 2: levensbeschouwing (één uur per week), waarin leerlingen hun eigen achtergrond en "
        "overtuiging presenteren en die van anderen onderzoeken.",
        "Leerjaar 3: debat en democratie, met een bezoek aan de gemeenteraad van Almere en het jaarlijkse "
        "Ravelijndebat in samenwerking met het Nederlands Debat Instituut.",
        "Havo 4 en vwo 4: maatschappelijke stage van 30 uur bij een Almeerse organisatie.",
        "Bovenbouw: maatschappijleer en, in het keuzedeel van het profielwerkstuk, een onderwerp met een "
        "maatschappelijke vraag.",
    ])
    _p(doc, "Als openbare school staan we open voor elke leerling, ongeacht geloof, herkomst of overtuiging, "
            "en geven we geen enkele levensbeschouwing voorrang. Dat werken we zo uit: in leerjaar 2 komen in "
            "de lessen levensbeschouwing alle grote wereldgodsdiensten en het humanisme aan bod; de school heeft "
            "een stilteruimte die iedere leerling mag gebruiken; leerlingen kunnen bij religieuze feestdagen "
            "verlof aanvragen volgens één duidelijke regeling; en de leerlingenraad organiseert elk jaar in de "
            "week na de kerstvakantie een Ravelijnweek waarin leerlingen elkaar laten zien hoe zij feestdagen "
            "vieren. Docenten die in hun lessen gevoelige onderwerpen bespreken, gebruiken de handreiking die we "
            "in 2024 samen met de leerlingenraad hebben gemaakt.")
    _p(doc, "In juni 2026 ligt een beschreven burgerschapsleerlijn per leerjaar vast, met per onderdeel wat "
            "leerlingen kennen en kunnen. De burgerschapscoördinator (0,2 fte) bewaakt dat elk onderdeel "
            "daadwerkelijk wordt gegeven en rapporteert daarover in het jaarverslag.")

    doc.add_heading("4.3 Veiligheid en schoolklimaat", level=2)
    _p(doc, "Het schoolveiligheidsplan is in mei 2025 geactualiseerd. Elk jaar in februari vullen alle "
            "leerlingen de vragenlijst sociale veiligheid in; in 2024 gaf 89 procent aan zich veilig te voelen op "
            "school. We willen naar 92 procent in 2027. Uit de vragenlijst blijkt dat leerlingen zich minder "
            "veilig voelen in de kantine en op het schoolplein tussen de middag; vanaf 2025-2026 is er daarom "
            "in elke pauze een vaste pleinwacht van twee medewerkers.")
    _p(doc, "De school heeft een anti-pestcoördinator en twee interne vertrouwenspersonen (een man en een "
            "vrouw). Incidenten worden geregistreerd in Magister en twee keer per jaar geanalyseerd door de "
            "teamleiders. Mobiele telefoons gaan sinds januari 2024 tijdens lessen in de telefoontas in het "
            "lokaal. Met de wijkagent van Almere Stad is er elk kwartaal een overleg.")

    doc.add_heading("4.4 Ondersteuning", level=2)
    _p(doc, "Ons schoolondersteuningsprofiel (SOP) beschrijft wat wij bieden. Tot de basisondersteuning "
            "rekenen wij: de coach, faciliteiten bij dyslexie en dyscalculie, een faalangstreductietraining in "
            "klas 2 en 3, huiswerkbegeleiding in de keuzewerktijd en een plusprogramma voor leerlingen die "
            "meer aankunnen. De ondersteuningscoördinator leidt het ondersteuningsteam, dat zes keer per jaar "
            "bijeenkomt met de jeugdarts van GGD Flevoland, de leerplichtambtenaar en de schoolmaatschappelijk "
            "werker.")
    _p(doc, "Voor leerlingen die meer nodig hebben dan wij kunnen bieden, werken we samen met het "
            "Samenwerkingsverband VO Almere. Een leerling kan tijdelijk (maximaal twaalf weken) naar de "
            "bovenschoolse voorziening van het samenwerkingsverband, waarbij de coach contact houdt en de "
            "terugkeer plant. Wat wij niet kunnen bieden, staat eerlijk in het SOP: structurele één-op-één "
            "begeleiding gedurende de hele schooldag en een prikkelarme lesomgeving voor een hele klas. Het SOP "
            "wordt in het voorjaar van 2026 herschreven en staat uiterlijk 1 april 2026 op de website.")

    doc.add_heading("4.5 Kwaliteitszorg", level=2)
    _p(doc, "Wij werken met een vaste kwaliteitskalender. In september stelt elke sectie een sectiejaarplan "
            "op dat aansluit op de doelen in dit schoolplan. In november en maart voert de schoolleiding een "
            "voortgangsgesprek met elke sectie over resultaten, lesbezoeken en leerlingenquêtes. Elke docent "
            "krijgt per jaar twee lesbezoeken, één door de teamleider en één door een collega, met de "
            "montessorikijkwijzer die we in 2023 op basis van de ICALT-observatie hebben ontwikkeld. Elk vak "
            "wordt eens per jaar door de leerlingen beoordeeld met een korte digitale enquête; de uitkomsten "
            "bespreekt de docent in zijn ontwikkelgesprek.")
    _p(doc, "Ouders vullen om de twee jaar (2026 en 2028) de tevredenheidsenquête van Vensters in, leerlingen "
            "elk jaar. Over de voortgang rapporteert de rector elk kwartaal aan het College van Bestuur in de "
            "kwartaalrapportage van ASG. In juni evalueert de schoolleiding het jaarplan; de uitkomsten staan in "
            "het jaarverslag en vormen het begin van het volgende jaarplan. In 2027-2028 houden we een interne "
            "audit op de standaarden van het inspectiekader, als voorbereiding op het volgende vierjaarlijks "
            "onderzoek.")

    doc.add_heading("4.6 Onze doelen voor venster 1", level=2)
    _tabel(doc, ["Doel", "Wat we doen", "Wanneer", "Meetbaar resultaat", "Eigenaar"], [
        ["Hogere examenresultaten", "Examentraining in keuzewerktijd, analyse per vak na elk examen",
         "2025-2029", "Havo ≥ 88%, vwo ≥ 92% (gemiddeld 2026-2028)", "Conrector onderwijs"],
        ["Minder uitval havo-bovenbouw", "Ravelijnplan en vrije-studiepilot havo 4",
         "vanaf 2026-2027", "Bovenbouwsucces havo van 82,1% naar 86% in 2028-2029", "Teamleider havo"],
        ["Digitale geletterdheid", "Module van 12 lessen per onderbouwjaar, inclusief AI",
         "ontwikkelen 2025-2026, invoeren 2026-2027", "Alle onderbouwklassen volgen de module", "Coördinator ICT"],
        ["Nieuw onderbouwplan", "Herziening op basis van nieuwe kerndoelen",
         "2026-2027", "Instemming MR uiterlijk juni 2027", "Teamleider onderbouw"],
        ["Burgerschapsleerlijn", "Leerlijn per leerjaar beschrijven en bewaken",
         "juni 2026", "Leerlijn vastgesteld; verantwoording in jaarverslag", "Burgerschapscoördinator"],
        ["Sociale veiligheid", "Pleinwacht, analyse incidenten", "2025-2027",
         "92% voelt zich veilig in 2027", "Anti-pestcoördinator"],
        ["SOP actueel", "SOP herschrijven met team en SWV", "april 2026",
         "SOP op website per 1 april 2026", "Ondersteuningscoördinator"],
        ["Kwaliteitskalender", "Twee lesbezoeken per docent, vakenquête, interne audit",
         "jaarlijks; audit 2027-2028", "100% docenten twee lesbezoeken per jaar", "Rector"],
    ], [3, 4.5, 2.5, 4, 2.5])

    # ------------------------------------------------------------ 5 venster 2
    doc.add_heading("5. Venster 2 – Personeel in positie", level=1)
    _p(doc, "Ons team bestaat uit 96 medewerkers. De gemiddelde leeftijd is 46 jaar; 19 collega's zijn 60 "
            "jaar of ouder en gaan in de komende vijf jaar met pensioen. In dezelfde periode moeten we dus "
            "ongeveer twintig docenten werven, vooral voor natuurkunde, wiskunde, scheikunde en Duits.")

    doc.add_heading("5.1 Montessoribekwaam", level=2)
    _p(doc, "Wij vragen van elke docent dat hij binnen drie jaar na indiensttreding de montessoriopleiding "
            "voor het voortgezet onderwijs afrondt (twintig bijeenkomsten, erkend door de Nederlandse "
            "Montessori Vereniging). De school betaalt de opleiding en geeft 40 uur in de taakbelasting. Nu "
            "heeft 58 procent van de docenten het montessoridiploma; in 2029 moet dat 75 procent zijn. Daarnaast "
            "volgen teamleiders en nieuwe mentoren programma's van de ASG Academie; in 2025-2026 doen drie "
            "teamleiders mee aan het leiderschapsprogramma.")

    doc.add_heading("5.2 Leren van en met elkaar", level=2)
    _p(doc, "Elke docent formuleert in september zelf een ontwikkelvraag over zijn eigen lespraktijk, "
            "bijvoorbeeld: ‘Hoe help ik leerlingen in havo 4 hun keuzewerktijd beter te plannen?’. Docenten "
            "met verwante vragen vormen een leerteam van vier tot zes collega's uit verschillende secties. Een "
            "leerteam komt zes keer per jaar bijeen, bezoekt elkaars lessen en werkt met de cyclus van lesson "
            "study. In juni presenteren alle leerteams hun opbrengst op de Ravelijnmarkt, een middag voor het "
            "hele team. De schoolleiding roostert de leerteams op de dinsdagmiddag, zodat iedereen kan "
            "deelnemen.")

    doc.add_heading("5.3 Bevoegd voor de klas", level=2)
    _p(doc, "Op 1 augustus 2025 werken zes docenten zonder volledige bevoegdheid, voor natuurkunde, wiskunde, "
            "Duits en informatica. Voor ieder van hen is een opleidingsplan opgesteld met de hogeschool. Zij "
            "krijgen vier uur per week vrij geroosterd voor studie, een ervaren vakcollega als begeleider en "
            "een tweemaandelijks gesprek met de schoolopleider. Doel: in 2027 zijn alle zes bevoegd of staan zij "
            "in het laatste jaar van hun opleiding. Nieuwe onbevoegde docenten nemen we alleen aan met een "
            "opleidingsplan dat vóór de start getekend is.")

    doc.add_heading("5.4 Vitaal blijven", level=2)
    _p(doc, "Onze school heeft vitale medewerkers. Het ziekteverzuim was in 2024 6,1 procent, waarvan een "
            "groot deel langdurig. We willen in 2028 onder 4,8 procent zitten. Daarvoor doen we het volgende: "
            "de teamleider belt een zieke collega binnen twee dagen en bespreekt na twee weken met de "
            "bedrijfsarts of een aangepaste terugkeer mogelijk is; iedereen heeft een vitaliteitsbudget van "
            "€ 250 per jaar; en in de toetsweken vervallen alle vergaderingen.")
    _p(doc, "Ook de fase van iemands leven telt. Collega's vanaf 57 jaar kunnen hun uren duurzame "
            "inzetbaarheid inzetten voor minder lesuren, en we houden bij de roostering rekening met jonge "
            "ouders die geen eerste uur kunnen geven. Voor collega's die terugkomen na zwangerschapsverlof of "
            "een lange ziekte maken we een opbouwschema met de teamleider.")

    doc.add_heading("5.5 Gesprekscyclus", level=2)
    _p(doc, "Iedere medewerker heeft elk jaar een startgesprek (september) en een ontwikkelgesprek "
            "(februari/maart) met zijn leidinggevende; eens in de drie jaar is het gesprek een "
            "beoordelingsgesprek. In het ontwikkelgesprek komen de ontwikkelvraag, de lesbezoeken en de "
            "vakenquête aan bod. Verslagen worden vastgelegd in het digitale personeelsdossier. In 2024-2025 "
            "had 81 procent van de medewerkers een ontwikkelgesprek; vanaf 2025-2026 moet dat 100 procent zijn.")

    doc.add_heading("5.6 Onze doelen voor venster 2", level=2)
    _tabel(doc, ["Doel", "Wat we doen", "Wanneer", "Meetbaar resultaat", "Eigenaar"], [
        ["Montessoribekwame docenten", "Montessoriopleiding vo, 40 uur facilitering",
         "2025-2029", "Van 58% naar 75% gediplomeerd in 2029", "Conrector onderwijs"],
        ["Leerteams", "Eigen ontwikkelvraag, lesson study, Ravelijnmarkt",
         "jaarlijks vanaf 2025-2026", "Alle docenten in een leerteam", "Teamleiders"],
        ["Bevoegde docenten", "Opleidingsplan, 4 uur studie, begeleider",
         "2025-2027", "6 van 6 bevoegd of in laatste opleidingsjaar", "Conrector bedrijfsvoering"],
        ["Lager verzuim", "Verzuimaanpak, vitaliteitsbudget", "2025-2028",
         "Verzuim van 6,1% naar < 4,8%", "Rector"],
        ["Volledige gesprekscyclus", "Start- en ontwikkelgesprek, dossier", "vanaf 2025-2026",
         "100% ontwikkelgesprekken", "Teamleiders"],
    ], [3, 4.5, 2.5, 4, 2.5])

    # ------------------------------------------------------------ 6 venster 3
    doc.add_heading("6. Venster 3 – De meerwaarde van ASG", level=1)
    _p(doc, "Binnen ASG zijn wij de enige school met montessorionderwijs op havo en vwo. Dat geeft ouders in "
            "Almere een echte keuze, en het geeft ons een taak: leerlingen die bij een andere ASG-school "
            "vastlopen omdat ze meer ruimte nodig hebben, moeten bij ons terecht kunnen, en omgekeerd.")
    _p(doc, "Concreet hebben we met de ASG-scholen voor mavo een afspraak over de overstap naar havo 4. "
            "Mavo-leerlingen met een positief advies volgen in mei en juni vier middagen een "
            "schakelprogramma bij ons, waarin ze kennismaken met de keuzewerktijd en een proefles wiskunde en "
            "Engels krijgen. Ieder schooljaar stromen zo twaalf tot achttien leerlingen in. We willen dat in "
            "2028 ten minste 75 procent van hen binnen twee jaar het havodiploma haalt (nu 64 procent). "
            "Daarvoor krijgen zij in havo 4 een vaste coach uit het schakelprogramma.")
    _p(doc, "Onze secties Frans en Duits doen mee aan de bovenschoolse vakgroep moderne vreemde talen van "
            "ASG, die drie keer per jaar bijeenkomt. Samen maken de scholen de kijkwijzer voor de mondelinge "
            "schoolexamens en beoordelen docenten van twee scholen elk jaar een deel van elkaars mondelingen. "
            "Onze examensecretaris neemt deel aan het overleg van de examensecretariaten van de ASG-scholen.")
    _p(doc, "Wat we in onze leerteams leren, willen we ook buiten de school delen. Op de ASG-brede studiedag "
            "in het voorjaar van 2027 verzorgen twee van onze leerteams een workshop over keuzewerktijd in de "
            "bovenbouw.")

    doc.add_heading("6.1 Onze doelen voor venster 3", level=2)
    _tabel(doc, ["Doel", "Wat we doen", "Wanneer", "Meetbaar resultaat", "Eigenaar"], [
        ["Soepele overstap mavo–havo", "Schakelprogramma, vaste coach in havo 4",
         "jaarlijks mei-juni", "≥ 75% instromers binnen twee jaar geslaagd (2028)", "Teamleider havo"],
        ["Samen toetsen mvt", "Bovenschoolse vakgroep, gezamenlijke kijkwijzer mondelingen",
         "vanaf 2025-2026", "Kijkwijzer vastgesteld juni 2026", "Sectievoorzitter Duits"],
        ["Kennis delen binnen ASG", "Workshop leerteams op ASG-studiedag",
         "voorjaar 2027", "Twee workshops gegeven", "Conrector onderwijs"],
    ], [3, 4.5, 2.5, 4, 2.5])

    # ------------------------------------------------------------ 7 venster 4
    doc.add_heading("7. Venster 4 – Partnerschap", level=1)

    doc.add_heading("7.1 Ouders", level=2)
    _p(doc, "Ouders zijn bij ons betrokken bij het leerproces van hun kind. Dat begint in de onderbouw met de "
            "drie voortgangsgesprekken per jaar, waarbij de leerling zelf het gesprek voert aan de hand van "
            "zijn portfolio en de ouder en de coach vragen stellen. In de bovenbouw zakt de betrokkenheid "
            "merkbaar in: in 2024-2025 kwam 91 procent van de onderbouwouders naar de gesprekken en 54 procent "
            "van de bovenbouwouders. Daarom voeren we vanaf 2025-2026 ook in havo 4 en vwo 4 een "
            "driegesprek in oktober, en organiseren we in januari een ouderavond over profielkeuze en studie. "
            "Doel: in 2027 neemt 75 procent van de bovenbouwouders aan ten minste één gesprek deel.")
    _p(doc, "Het ouderpanel (twaalf ouders, verspreid over de leerjaren) komt vier keer per jaar bijeen met de "
            "conrector onderwijs. Het panel gaf in 2024-2025 onder meer advies over de Ravelijnbrief en over de "
            "verdeling van toetsen over de periode.")

    doc.add_heading("7.2 Medezeggenschap", level=2)
    _p(doc, "De medezeggenschapsraad heeft twaalf leden: vier docenten, twee leden van het onderwijs"
            "ondersteunend personeel, drie ouders en drie leerlingen. De rector overlegt zes keer per jaar met de "
            "MR. Een voorgenomen besluit bespreken we eerst in een open werksessie met de MR, voordat het "
            "formele voorstel wordt ingediend; zo konden MR-leden in 2024-2025 al meepraten over het nieuwe "
            "rooster met blokuren en over de pilot vrije studie. De leerlingenraad heeft een vaste plek in de "
            "MR-vergadering en krijgt jaarlijks een eigen budget van € 2.500.")

    doc.add_heading("7.3 Partners in de stad en daarbuiten", level=2)
    _p(doc, "Wij werken met een aantal vaste partners, elk met een duidelijke afspraak:")
    _tabel(doc, ["Partner", "Wat we samen doen"], [
        ["Hogeschool Windesheim Flevoland", "Opleiden van stagiairs (tien tot twaalf per jaar), begeleiding "
                                            "van onbevoegde docenten"],
        ["Universiteit Utrecht", "Pre-university-programma voor vwo 5 en 6; ieder jaar volgen 8 tot 12 "
                                 "leerlingen een module"],
        ["Kunstlinie Almere Flevoland", "Voorstellingen voor ckv en masterclasses voor leerlingen met kunst "
                                        "in het examenpakket"],
        ["De Nieuwe Bibliotheek", "Gezamenlijk beheer van de schoolbibliotheek, leesbevordering klas 1-2"],
        ["De Schoor (welzijn) en Voedselbank Almere", "Plaatsen voor de maatschappelijke stage"],
        ["Stadsdeel Almere Stad", "Wijkproject klas 2: leerlingen adopteren een deel van het Cascadepark en "
                                  "presenteren in juni een verbetervoorstel aan de stadsdeelmanager"],
        ["GGD Flevoland, leerplicht, schoolmaatschappelijk werk", "Ondersteuningsteam (zie 4.4)"],
    ], [5, 11])
    _p(doc, "Landelijk zijn wij lid van de Nederlandse Montessori Vereniging. De rector neemt deel aan het "
            "netwerk van montessorischoolleiders in het voortgezet onderwijs, dat vier keer per jaar bijeenkomt, "
            "en elk jaar gaan vijf docenten naar het landelijke montessoricongres voor het vo. In 2027-2028 "
            "willen wij de voorjaarsbijeenkomst van dat netwerk in Almere organiseren.")

    doc.add_heading("7.4 Onze doelen voor venster 4", level=2)
    _tabel(doc, ["Doel", "Wat we doen", "Wanneer", "Meetbaar resultaat", "Eigenaar"], [
        ["Ouders in de bovenbouw betrokken", "Driegesprek havo 4 en vwo 4, ouderavond profielkeuze",
         "vanaf 2025-2026", "75% bovenbouwouders bij ten minste één gesprek (2027)", "Teamleiders bovenbouw"],
        ["MR vroeg betrokken", "Werksessie vóór elk formeel voorstel", "vanaf 2025-2026",
         "Bij alle instemmingsvoorstellen een werksessie gehouden", "Rector"],
        ["Wijkproject klas 2", "Project met stadsdeel Almere Stad", "jaarlijks, presentatie juni",
         "Elk jaar een voorstel aan de stadsdeelmanager", "Sectie aardrijkskunde"],
        ["Landelijk montessorinetwerk", "Deelname netwerk en congres; bijeenkomst in Almere",
         "2027-2028", "Netwerkbijeenkomst georganiseerd", "Rector"],
    ], [3, 4.5, 2.5, 4, 2.5])

    # ------------------------------------------------------------ 8 planning
    doc.add_heading("8. Meerjarenoverzicht", level=1)
    _p(doc, "Het overzicht hieronder geeft per schooljaar de belangrijkste mijlpalen. Het jaarplan werkt elk "
            "jaar uit wie wat doet.")
    _tabel(doc, ["Schooljaar", "Mijlpalen"], [
        ["2025-2026", "Pleinwacht; driegesprek bovenbouw; burgerschapsleerlijn vastgesteld; SOP herschreven; "
                      "module digitale geletterdheid ontwikkeld; alle medewerkers ontwikkelgesprek"],
        ["2026-2027", "Pilot vrije studie havo 4; nieuw onderbouwplan; workshop ASG-studiedag; "
                      "tevredenheidsenquête ouders"],
        ["2027-2028", "Evaluatie en eventuele uitbreiding vrije studie naar vwo 4; interne audit; "
                      "netwerkbijeenkomst montessori-vo in Almere"],
        ["2028-2029", "Eindevaluatie schoolplan; tevredenheidsenquête ouders; voorbereiding schoolplan "
                      "2029-2033"],
    ], [3, 13])

    # ------------------------------------------------------------ 9 vaststelling
    doc.add_heading("9. Vaststelling", level=1)
    _p(doc, "De medezeggenschapsraad van Montessori Lyceum Het Ravelijn heeft op 2 juli 2025 ingestemd met dit "
            "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op "
            "18 september 2025 vastgesteld.")
    _tabel(doc, ["Namens", "Naam", "Datum", "Handtekening"], [
        ["Medezeggenschapsraad", "Eline Vos, voorzitter", "2 juli 2025", ""],
        ["Schoolleiding", "Joost van Heemstra, rector", "2 juli 2025", ""],
        ["College van Bestuur ASG", "voorzitter College van Bestuur", "18 september 2025", ""],
    ], [4.5, 5, 3, 4])

    doc.save(path)
    _vaste_zipdatum(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_209_montessori_lyceum_het_ravelijn.docx")
