"""IKC-plan (schoolplan) 2025-2029 van Openbaar Integraal Kindcentrum Het Windorgel, Almere Poort.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


def _opmaak(doc):
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    rpr = normal.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)


def _p(doc, tekst, vet=False):
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.bold = vet
    return par


def _opsom(doc, items):
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def _kopregel(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _tabel(doc, kop, rijen, stijl="Light Grid Accent 1"):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = stijl
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _kopregel(t.rows[0])
    for i, k in enumerate(kop):
        t.rows[0].cells[i].text = k
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = waarde
    doc.add_paragraph()
    return t


def _bron(doc, tekst):
    par = doc.add_paragraph()
    run = par.add_run(tekst)
    run.italic = True
    run.font.size = Pt(8)


def _paginanummer(doc):
    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("IKC Het Windorgel | IKC-plan 2025-2029 | pagina ")
    run = voet.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def _bewaar(doc, path, stempel):
    """Sla op met vaste tijdstempels in het zip-archief, zodat elke build byte-gelijk is."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as bron, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as doel:
        for item in bron.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stempel)
            info.compress_type = zipfile.ZIP_DEFLATED
            doel.writestr(info, bron.read(item.filename))


def build(path):
    doc = Document()
    _opmaak(doc)
    _paginanummer(doc)

    cp = doc.core_properties
    cp.title = "IKC-plan 2025-2029 Het Windorgel"
    cp.subject = "Schoolplan en pedagogisch beleidsplan"
    cp.author = "Annelies Koopmans"
    cp.last_modified_by = "Youssef Amrani"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 3, 18, 8, 45, 0)
    cp.modified = datetime.datetime(2025, 6, 18, 11, 20, 0)
    cp.revision = 23

    # ------------------------------------------------------------------ voorblad
    for tekst, grootte, vet in (
        ("Openbaar Integraal Kindcentrum Het Windorgel", 22, True),
        ("IKC-plan 2025-2029", 18, False),
        ("Schoolplan van de basisschool en koers van het kindcentrum voor kinderen van 0 tot 13 jaar", 11, False),
    ):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(tekst)
        run.font.size = Pt(grootte)
        run.bold = vet
    for regel in (
        "Odysseestraat 40, Almere Poort (Homeruskwartier)",
        "BRIN 31VK  |  Almeerse Scholen Groep  |  in samenwerking met Kinderopvang Poortkinderen",
        "Vastgesteld juni 2025",
    ):
        par = doc.add_paragraph(regel)
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    # ------------------------------------------------------------------ 1 inleiding
    doc.add_heading("1. Inleiding", level=1)
    _p(doc,
       "Dit is het IKC-plan van Het Windorgel voor de periode 1 augustus 2025 tot en met 31 juli 2029. "
       "Voor de basisschool is dit het wettelijk verplichte schoolplan. Voor het kindcentrum als geheel "
       "beschrijft het de koers van vier jaar voor alle kinderen van 0 tot 13 jaar: baby's en dreumesen "
       "in het kinderdagverblijf, peuters in de peuteropvang, leerlingen van groep 1 tot en met 8 en de "
       "kinderen van de buitenschoolse opvang (bso). Het pedagogisch beleidsplan van de opvang blijft een "
       "apart document, maar is op dit plan afgestemd.")
    _p(doc,
       "Het plan is in de eerste helft van 2025 tot stand gekomen. In januari en februari hebben we de "
       "cijfers verzameld en met het team, de pedagogisch medewerkers, de kinderraad en een groep van twaalf "
       "ouders besproken wat goed gaat en wat beter moet. Op de gezamenlijke studiedag van 14 maart 2025 "
       "stelden onderwijs en opvang samen een SWOT-analyse op. Daaruit kozen we vier koersthema's. In april "
       "en mei hebben de werkgroepen de thema's uitgewerkt. Daarbij hebben we Koers 22 van de Almeerse "
       "Scholen Groep naast ons eigen verhaal gelegd. Waar een doel van ons bijdraagt aan een venster uit "
       "die koers, staat dat in de doelentabel in hoofdstuk 6.")
    _p(doc,
       "Leeswijzer. Hoofdstuk 2 bevat een uitgebreide analyse: de wijk, de kinderen, de resultaten, de "
       "medewerkers en een SWOT. Hoofdstuk 3 beschrijft wie we zijn en wat we bieden, met onze openbare "
       "identiteit, ons onderwijsaanbod, de ondersteuning en de veiligheid. Hoofdstuk 4 werkt de vier "
       "koersthema's uit. Hoofdstuk 5 gaat over kwaliteitszorg en hoofdstuk 6 bevat alle doelen in één "
       "tabel. De medezeggenschapsraad heeft op 3 juni 2025 met dit plan ingestemd (zie hoofdstuk 7).")

    # ------------------------------------------------------------------ 2 analyse
    doc.add_heading("2. Analyse: waar staan we in 2025?", level=1)

    doc.add_heading("2.1 Het Windorgel in het Homeruskwartier", level=2)
    _p(doc,
       "Het Windorgel staat sinds 2016 in een eigen gebouw aan de rand van het Homeruskwartier in Almere "
       "Poort. Het gebouw is vanaf het begin als kindcentrum ontworpen. Er zijn drie groepen "
       "kinderdagverblijf, twee peutergroepen, negentien basisschoolgroepen en zes bso-groepen. Ze delen "
       "een centrale speelhal, een bibliotheek, een keuken en een buitenterrein met moestuin. De opvang valt "
       "onder Kinderopvang Poortkinderen, het onderwijs onder de Almeerse Scholen Groep. Sinds 2021 is er "
       "één IKC-directeur (ASG) die samen met de locatiemanager van de opvang leidinggeeft aan het hele "
       "kindcentrum.")
    _p(doc,
       "Het Homeruskwartier is een wijk met veel zelfbouw, koopwoningen en rond de Homerusboulevard ook "
       "sociale huur. Tussen 2010 en 2020 trokken er vooral jonge gezinnen naartoe. Nu wordt de wijk "
       "langzaam ouder: het aantal kinderen van 0 tot 4 jaar is volgens de gemeente sinds 2021 met 14 procent "
       "gedaald. Tegelijk wordt in het naastgelegen Duin flink gebouwd. Daar opent in 2026 een nieuwe "
       "basisschool. De bevolking is divers: in 31 procent van de gezinnen wordt thuis (ook) een andere taal "
       "dan Nederlands gesproken, vooral Engels, Arabisch, Turks, Papiaments, Pools en Hindi. We tellen 38 "
       "nationaliteiten.")

    doc.add_heading("2.2 Kinderen en leerlingen", level=2)
    _tabel(doc,
           ["Teldatum 1 oktober", "2020", "2021", "2022", "2023", "2024", "Prognose 2029"],
           [
               ["Leerlingen basisschool", "428", "452", "471", "478", "469", "circa 440"],
               ["Kinderen kinderdagverblijf", "58", "61", "64", "62", "62", "circa 60"],
               ["Peuters peuteropvang", "34", "36", "40", "39", "38", "circa 36"],
               ["  waarvan met VVE-indicatie", "17", "18", "22", "20", "21", "-"],
               ["Kinderen bso", "121", "133", "146", "151", "148", "circa 140"],
           ])
    _bron(doc, "Bron: ParnasSys, planningssysteem Poortkinderen, leerlingprognose gemeente Almere (januari 2025).")
    _p(doc,
       "Na jaren van groei is het aantal leerlingen in 2024 voor het eerst gedaald. De prognose voorspelt een "
       "verdere daling naar ongeveer 440 leerlingen in 2029. Dat betekent waarschijnlijk één groep minder. In "
       "2024 kwam 71 procent van de nieuwe kleuters uit onze eigen peuteropvang of ons kinderdagverblijf; "
       "in 2020 was dat nog 79 procent. Ieder jaar komen er ongeveer 22 leerlingen tussentijds binnen, vaak "
       "na een verhuizing, en vertrekken er ongeveer 18.")
    _p(doc,
       "De schoolweging van het CBS is 29,6 (het landelijk gemiddelde is 30). De spreiding is met 5,4 "
       "relatief groot: we hebben zowel veel kinderen van hoogopgeleide ouders als een flinke groep "
       "kinderen met een risico op onderwijsachterstand. In 2024-2025 hebben 61 leerlingen (13 procent) een "
       "ontwikkelingsperspectief of een individueel arrangement. De vragen gaan vooral over taal, "
       "werkhouding en gedrag.")

    doc.add_heading("2.3 Resultaten", level=2)
    _p(doc,
       "De tabel hieronder laat zien welk percentage van onze groep-8-leerlingen de referentieniveaus "
       "haalde op de eindtoets (2022 en 2023) en de doorstroomtoets (2024), allebei Route 8. Ter vergelijking "
       "staat het gemiddelde van scholen met een vergelijkbare schoolweging in 2024 erbij.")
    _tabel(doc,
           ["Onderdeel en niveau", "2022", "2023", "2024", "Vergelijkbare scholen 2024"],
           [
               ["Lezen 1F", "95%", "97%", "96%", "95%"],
               ["Lezen 2F", "66%", "71%", "69%", "68%"],
               ["Taalverzorging 1F", "94%", "96%", "95%", "94%"],
               ["Taalverzorging 2F", "58%", "63%", "61%", "60%"],
               ["Rekenen 1F", "88%", "86%", "90%", "91%"],
               ["Rekenen 1S", "38%", "33%", "37%", "44%"],
           ])
    _bron(doc, "Bron: Route 8, schoolrapportages 2022-2024; vergelijking via het ASG-dashboard onderwijsresultaten.")
    _p(doc,
       "Taal en lezen zitten steeds op of net boven het niveau van vergelijkbare scholen. Bij rekenen halen "
       "we het fundamentele niveau 1F, maar blijven we op het streefniveau 1S al drie jaar duidelijk achter. "
       "De tussenresultaten van Cito Leerling in Beeld laten zien waar dat begint. In groep 5 en 6 scoort "
       "ongeveer 40 procent van de leerlingen bij rekenen in de hoogste twee niveaus (I en II), tegen 52 "
       "procent bij begrijpend lezen. Vooral het redeneren over verhoudingen, breuken en procenten blijft "
       "achter. Bij technisch lezen (DMT) halen we in groep 3 tot en met 6 elk jaar onze eigen norm van 80 "
       "procent op of boven het landelijk gemiddelde.")
    _p(doc,
       "In het jonge-kindprogramma volgen we de ontwikkeling met KIJK!. Van de peuters met een "
       "VVE-indicatie had in 2024 78 procent bij de overstap naar groep 1 de doelen voor taal en "
       "sociaal-emotionele ontwikkeling gehaald. In 2022 was dat 71 procent. Bij de adviezen voor het "
       "voortgezet onderwijs kreeg in 2024 41 procent van de 58 leerlingen in groep 8 een havo- of "
       "vwo-advies; 7 adviezen zijn na de doorstroomtoets naar boven bijgesteld.")
    _p(doc,
       "Sociale veiligheid en tevredenheid: in de jaarlijkse monitor (ZIEN!, groep 5 tot en met 8) zegt 94 "
       "procent van de leerlingen zich veilig te voelen op school. De tevredenheidspeiling van 2024 gaf "
       "deze rapportcijfers: leerlingen 8,2, ouders 7,7, medewerkers onderwijs 7,4 en medewerkers opvang "
       "7,6. Lager scoorden de vragen 'ik mag meebeslissen over wat ik leer' (62 procent eens) en, bij "
       "ouders, 'ik weet wat mijn kind op school leert' (58 procent eens).")

    _tabel(doc,
           ["Advies voortgezet onderwijs 2024 (58 leerlingen)", "Aantal", "Percentage"],
           [
               ["Praktijkonderwijs en vmbo basis/kader", "7", "12%"],
               ["Vmbo gemengd/theoretisch", "12", "21%"],
               ["Vmbo-gt/havo", "15", "26%"],
               ["Havo", "10", "17%"],
               ["Havo/vwo en vwo", "14", "24%"],
           ])
    _p(doc,
       "Van de leerlingen die in 2021 naar het voortgezet onderwijs gingen, zat 87 procent drie jaar later "
       "nog op of boven het niveau van ons advies. Dat is iets boven het gemiddelde van de ASG-scholen "
       "(84 procent). Ons advies blijkt dus goed te voorspellen. Wel zien we dat leerlingen met een "
       "gecombineerd advies vmbo-gt/havo vaker op het lagere niveau starten dan nodig is.")

    doc.add_heading("2.4 Medewerkers", level=2)
    _tabel(doc,
           ["Functie", "Aantal personen", "fte", "Waarvan 55 jaar of ouder"],
           [
               ["Directie (IKC-directeur, adjunct-directeur)", "2", "1,9", "1"],
               ["Leraren", "31", "23,4", "7"],
               ["Intern begeleiders", "2", "1,4", "1"],
               ["Onderwijsassistenten", "6", "4,2", "1"],
               ["Vakleerkracht bewegingsonderwijs", "1", "1,0", "0"],
               ["Administratie en conciërge", "2", "1,5", "1"],
               ["Totaal onderwijs (ASG)", "44", "33,4", "11"],
               ["Pedagogisch medewerkers en locatiemanager opvang", "28", "20,7", "4"],
           ])
    _bron(doc, "Bron: personeelsadministratie ASG en Poortkinderen, peildatum 1 januari 2025.")
    _p(doc,
       "Het team is gemengd van leeftijd: 31 procent van de onderwijsmedewerkers is jonger dan dertig, 25 "
       "procent is 55 of ouder. In de komende vier jaar gaan naar verwachting vijf leraren met pensioen. Het "
       "ziekteverzuim in het onderwijs was 6,9 procent in 2022, 5,8 procent in 2023 en 6,3 procent in 2024. "
       "In de opvang was het in 2024 7,1 procent. Het meeste verzuim is lang verzuim, vaak rond "
       "werkdruk en overbelasting in de middenbouw. In 2024-2025 stond er vier maanden lang 1,6 fte "
       "vacature open. Die hebben we met invallers en een tijdelijke combinatiegroep opgevangen.")
    _p(doc,
       "Drie leraren zijn zij-instromer en nog niet bevoegd. Twee pedagogisch medewerkers willen de pabo "
       "gaan doen. Het Windorgel is opleidingsschool in het partnerschap met Windesheim Almere en begeleidt "
       "elk jaar zes tot acht pabostudenten, van wie er de laatste drie jaar vijf bij ons in dienst zijn "
       "gekomen. Het onderwijs en de opvang hebben elk hun eigen overlegstructuur en eigen studiedagen. "
       "Medewerkers noemen dat in de peiling het grootste verbeterpunt ('we werken naast elkaar, niet met "
       "elkaar').")

    doc.add_heading("2.5 Kwaliteit volgens anderen", level=2)
    _p(doc,
       "Bij het vierjaarlijks onderzoek van de inspectie in april 2022 kreeg ASG een voldoende oordeel. "
       "Bij Het Windorgel werden alle onderzochte standaarden als voldoende beoordeeld; 'veiligheid' en "
       "'pedagogisch klimaat' als goed. Bij de interne audit van ASG in november 2024 waren de conclusies: "
       "een sterk pedagogisch klimaat en goed leesonderwijs; de rekendidactiek in groep 5 tot en met 8 is "
       "te weinig gericht op begrip; leerlingen hebben weinig eigenaarschap; de overgang van peuteropvang "
       "naar groep 1 verloopt nog te veel op papier. De GGD beoordeelde de opvanglocaties in 2024 zonder "
       "tekortkomingen.")

    doc.add_heading("2.6 Terugblik op het vorige plan", level=2)
    _p(doc,
       "Het schoolplan 2021-2025 had zes doelen. Vier daarvan hebben we gehaald. De Vreedzame School "
       "werkt sinds 2023 in alle groepen en op de bso. De bibliotheek op school is ingericht en wordt "
       "gebruikt: het aantal uitgeleende boeken steeg van 6.800 in 2021 naar 11.200 in 2024. Engels wordt "
       "vanaf groep 1 gegeven. In 2022 is Wereld in getallen 5 ingevoerd. Twee doelen hebben we niet "
       "gehaald. De doorgaande lijn van 0 tot 4 jaar is er alleen op papier: KIJK! wordt wel in de "
       "peuteropvang gebruikt, maar nog niet in het kinderdagverblijf en nauwelijks in groep 1-2. De pilot "
       "met portfolio's om eigenaarschap te vergroten is in 2021 gestopt door de coronamaatregelen en "
       "daarna niet opnieuw opgepakt. Beide punten komen in dit plan terug, met een duidelijkere "
       "eigenaar en planning.")

    doc.add_heading("2.7 SWOT", level=2)
    _tabel(doc,
           ["", "Helpend", "Hinderend"],
           [
               ["Intern",
                "STERKTEN\n- Lezen en taal op of boven het niveau van vergelijkbare scholen\n"
                "- Veilig klimaat: 94% van de leerlingen voelt zich veilig\n"
                "- Eén gebouw voor 0-13 met gedeelde ruimtes\n"
                "- Sterk VVE-aanbod (Uk & Puk) met stijgende resultaten\n"
                "- Opleidingsschool: stabiele instroom van nieuwe leraren\n"
                "- Veel betrokken ouders (120 hulpouders op de lijst)",
                "ZWAKTEN\n- Rekenen 1S al drie jaar onder vergelijkbare scholen\n"
                "- Opvang en onderwijs werken naast elkaar: aparte overleggen, twee ouderapps\n"
                "- Weinig eigenaarschap en inspraak van kinderen\n"
                "- Werkdruk en verzuim in de middenbouw\n"
                "- Wetenschap, techniek en digitale geletterdheid versnipperd en afhankelijk van enkele leraren\n"
                "- Ouders weten te weinig wat hun kind leert"],
               ["Extern",
                "KANSEN\n- Partnerschap met Windesheim Almere (onderzoek, opleiden)\n"
                "- Partners in de wijk: De Schoor, Stad & Natuur Almere, De Kunstlinie, bibliotheek\n"
                "- ASG-netwerken en de ASG Academie\n"
                "- Gemeentelijke middelen voor kansengelijkheid en VVE\n"
                "- Drie andere ASG-scholen in Almere Poort die ook met techniek aan de slag willen",
                "BEDREIGINGEN\n- Lerarentekort in Almere, vooral voor de middenbouw\n"
                "- Dalend aantal kinderen in de wijk, nieuwe school in Duin vanaf 2026\n"
                "- Lange wachtlijsten in de jeugdhulp; zorgvragen komen de school in\n"
                "- Veranderende financiering van de kinderopvang vanaf 2027\n"
                "- Vijf leraren met pensioen voor 2029"],
           ],
           stijl="Table Grid")

    doc.add_heading("2.8 Wat we uit de analyse concluderen", level=2)
    _p(doc,
       "Vijf conclusies bepalen de keuzes in dit plan. Eén: de basis staat, maar rekenen op streefniveau "
       "moet omhoog en de taalaanpak moet vanaf het kinderdagverblijf één lijn worden. Twee: we zijn in "
       "naam een integraal kindcentrum, maar in de praktijk nog twee organisaties onder één dak. Drie: "
       "kinderen moeten meer te zeggen krijgen over hun eigen leren, en onze aandacht voor onderzoeken, "
       "techniek en digitale vaardigheden moet structureel worden. Vier: ouders en de wijk zijn een kracht "
       "die we beter kunnen benutten. Vijf: we moeten zuinig zijn op ons team en zelf blijven opleiden. Uit "
       "deze conclusies volgen de vier koersthema's in hoofdstuk 4.")

    # ------------------------------------------------------------------ 3 wie we zijn
    doc.add_heading("3. Wie we zijn en wat we bieden", level=1)

    doc.add_heading("3.1 Onze opdracht", level=2)
    _p(doc,
       "'Het Windorgel laat ieder kind klinken': zo vatten we onze opdracht samen. Een windorgel maakt "
       "muziek met wat er aan wind is. Zo willen wij werken met wat ieder kind meebrengt. We hebben hoge "
       "verwachtingen van onze leerlingen en van elkaar. Bij ons is "
       "ieder kind waardevol en wordt het gezien. Concreet betekent dat: ieder kind heeft op het kinderdagverblijf "
       "een vaste mentor, en in de basisschool voert de leraar drie keer per jaar een kindgesprek van tien "
       "minuten met iedere leerling vanaf groep 3. We willen dat kinderen hier leren, spelen en ontdekken "
       "in een doorgaande lijn van 0 tot 13. Ze moeten sterk in taal en rekenen zijn, nieuwsgierig naar de wereld "
       "en in staat om samen te leven met mensen die anders zijn dan zij.")

    doc.add_heading("3.2 Openbaar: iedereen hoort erbij", level=2)
    _p(doc,
       "Het Windorgel is een openbaar kindcentrum: ieder kind is welkom, ongeacht geloof, afkomst, gender "
       "of de portemonnee van de ouders, en we benoemen die verschillen in plaats van ze weg te poetsen. In "
       "de lessen wereldoriëntatie (Blink Wereld) en in de Vreedzame School leren kinderen over "
       "verschillende levensbeschouwingen, en ze leren elkaars opvattingen te bevragen zonder te oordelen. "
       "In groep 5 tot en met 8 kunnen ouders kiezen voor lessen godsdienstig of humanistisch vormingsonderwijs "
       "van het Dienstencentrum GVO en HVO; in 2024-2025 deden 96 leerlingen mee. Feesten als Suikerfeest, "
       "Divali, Chanoeka, Kerst en Keti Koti vieren we niet voor de kinderen maar met hen: in de "
       "vieringen in de speelhal vertellen kinderen elkaar hoe zij die thuis vieren. Onze medewerkers geven les vanuit actieve pluriformiteit: zij brengen geen "
       "eigen overtuiging over, maar laten alle geluiden horen. Elk jaar toetsen we met de kinderraad of "
       "iedereen zich in de vieringen terugziet.")

    doc.add_heading("3.3 Ons onderwijsaanbod", level=2)
    _p(doc,
       "In de peuteropvang werken we met het VVE-programma Uk & Puk, in het kinderdagverblijf met "
       "de babyversie daarvan. De kleutergroepen werken thematisch met Kleuterplein. Voor aanvankelijk lezen "
       "gebruiken we Lijn 3, voor technisch lezen Estafette en voor begrijpend lezen Nieuwsbegrip. Voor "
       "taal en spelling werken we met Staal, voor rekenen met Wereld in getallen 5 en voor Engels vanaf "
       "groep 1 met Take it easy. Wereldoriëntatie, techniek en cultuur krijgen vorm in de thema's van "
       "Blink Wereld. Elk thema eindigt met een presentatie voor ouders. De kinderraad kiest elk jaar twee "
       "van de acht thema's zelf. Bewegingsonderwijs wordt twee keer per week gegeven door onze "
       "vakleerkracht. De leerlingen krijgen per jaar 940 uur onderwijs, verdeeld over een vijf-gelijke-"
       "dagenmodel.")
    _p(doc,
       "Burgerschap en sociale vorming geven we vorm met De Vreedzame School, in alle groepen en sinds 2023 "
       "ook op de bso. Kinderen leren conflicten oplossen en zelf mediator zijn (in 2024-2025 24 "
       "leerlingmediatoren uit groep 6 tot en met 8). De kinderraad heeft acht leden uit groep 5 tot en met "
       "8 en een eigen budget van 1.500 euro per jaar. Groep 7 bezoekt elk jaar het stadhuis en de "
       "gemeenteraad. Groep 8 doet een maatschappelijke stage van drie dagdelen bij een organisatie in de "
       "wijk. In 2025-2026 brengen we alle burgerschapsactiviteiten onder in één leerlijn met doelen per "
       "bouw, gebaseerd op de nieuwe kerndoelen burgerschap van SLO.")

    doc.add_heading("3.4 Ondersteuning", level=2)
    _p(doc,
       "Ons schoolondersteuningsprofiel (SOP, herzien in 2024) beschrijft de basisondersteuning en wat we "
       "daarboven kunnen bieden. Iedere groep werkt met drie instructieniveaus en een verlengde instructie "
       "aan de instructietafel. Twee intern begeleiders volgen de ontwikkeling in vier "
       "groepsbesprekingen per jaar. Extra bieden we: een taalklas voor nieuwkomers in groep 3 tot en met 6 "
       "(vier ochtenden per week, maximaal tien leerlingen), een plusklas voor meer- en hoogbegaafde "
       "leerlingen, een Kurzweil-licentie voor leerlingen met dyslexie en een rustige "
       "'prikkelarme hoek' in elke bouw. Voor kinderen met een ondersteuningsbehoefte die we zelf niet "
       "kunnen bieden, zoals langdurige gedragsbegeleiding in een kleine groep, vragen we een arrangement "
       "aan bij het samenwerkingsverband Passend Onderwijs Almere. Het loket van het samenwerkingsverband "
       "schuift zes keer per jaar aan bij onze ondersteuningsteams, net als het wijkteam Poort en de "
       "jeugdverpleegkundige van de GGD. In 2024-2025 hebben we drie leerlingen, na een observatieperiode "
       "van acht weken, met een toelaatbaarheidsverklaring naar het speciaal basisonderwijs begeleid. Er is "
       "geen leerling thuisgezeten.")

    doc.add_heading("3.5 Veiligheid", level=2)
    _p(doc,
       "Ons veiligheidsplan bevat een pestprotocol, de meldcode huiselijk geweld en kindermishandeling, een "
       "protocol voor medisch handelen, een privacyreglement en het ontruimingsplan. Voor het hele "
       "kindcentrum is er één aandachtsfunctionaris kindermishandeling en één anti-pestcoördinator. De "
       "'Poortafspraken' (vijf regels, gebaseerd op De Vreedzame School) gelden voor kinderen én volwassenen, "
       "ook voor ouders op het plein. We meten de sociale veiligheid jaarlijks met ZIEN! en op de bso met een "
       "eigen korte peiling. Incidenten registreren we in ParnasSys en ze worden elke maand besproken in "
       "het IKC-managementteam.")

    # ------------------------------------------------------------------ 4 koersthema's
    doc.add_heading("4. Vier koersthema's", level=1)
    _p(doc,
       "De vier koersthema's zijn onze eigen keuzes voor 2025-2029. Elk thema beschrijft waarom we het "
       "kiezen, wat we gaan doen en waaraan kinderen, ouders en medewerkers het gaan merken. De meetbare "
       "doelen staan in hoofdstuk 6.")

    doc.add_heading("4.1 Stevige basis: taal en rekenen van 0 tot 13", level=2)
    _p(doc, "Waarom", vet=True)
    _p(doc,
       "Taal is de sleutel tot alles wat kinderen later willen. In een wijk waar een derde van de kinderen "
       "thuis ook een andere taal spreekt, begint dat bij de baby's. Bij rekenen laten de resultaten op 1S "
       "zien dat onze leerlingen wel kunnen rekenen, maar te weinig leren redeneren. Wij vinden dat onze "
       "leerlingen meer kunnen. We leggen de lat dus hoger.")
    _p(doc, "Wat we gaan doen", vet=True)
    _opsom(doc, [
        "Vanaf 2025-2026 gebruiken kinderdagverblijf, peuteropvang en groep 1-2 dezelfde taaldoelen uit "
        "KIJK! 0-7 en dezelfde woordenschatlijst per thema. Pedagogisch medewerkers en kleuterleraren "
        "plannen de thema's samen.",
        "Iedere peuter die naar groep 1 gaat, krijgt een warme overdracht: een gesprek tussen pedagogisch "
        "medewerker, leraar en ouder, en een middag meedraaien in de nieuwe groep.",
        "Alle leraren van groep 4 tot en met 8 volgen in 2025-2026 en 2026-2027 de ASG Academie-leergang "
        "'Rekenen met begrip' (zes bijeenkomsten). Daarin staan het drieslagmodel en het handelingsmodel "
        "centraal. Onze rekencoördinator bezoekt elke groep twee keer per jaar.",
        "Wekelijks een 'redeneerles' in groep 5 tot en met 8 met rijke rekenproblemen. De voortgang bespreken "
        "we twee keer per jaar in de opbrengstvergadering.",
        "Met De Nieuwe Bibliotheek blijven we de bibliotheek op school (dBos) draaien; de leesconsulent "
        "komt elke week en leesouders lezen in groep 3 en 4 dagelijks met risicolezers.",
    ])
    _p(doc, "Waaraan je het merkt", vet=True)
    _p(doc,
       "Ouders van peuters krijgen elk thema een woordkaart voor thuis, in het Nederlands en de thuistaal. "
       "Leerlingen leggen bij rekenen hardop uit hoe ze een som hebben aangepakt. Leraren vertellen dat ze "
       "weten waarom ze een bepaald model kiezen.")

    doc.add_heading("4.2 Eén huis, één team", level=2)
    _p(doc, "Waarom", vet=True)
    _p(doc,
       "Een kind merkt het verschil tussen 'school' en 'opvang' niet. Wij helaas wel: twee overleggen, "
       "twee studiedagen, twee apps. Tegelijk is het werk zwaar en is het lastig om goede mensen te "
       "vinden. Een echt integraal team maakt het werk lichter en aantrekkelijker.")
    _p(doc, "Wat we gaan doen", vet=True)
    _opsom(doc, [
        "Vanaf 2025-2026 vier gezamenlijke studiedagen per jaar voor onderwijs en opvang. In juni 2026 "
        "stellen we één pedagogische visie voor het hele kindcentrum vast.",
        "Bouwteams worden IKC-teams: de 0-4-groepen en groep 1-2 vormen samen de bouw 'jonge kind'. "
        "Bso-medewerkers sluiten aan bij de bouwoverleggen van groep 3-5 en 6-8.",
        "We combineren functies: vanaf 2026 werken minstens vier medewerkers 's ochtends als "
        "onderwijsassistent en 's middags op de bso. Zo krijgen zij een volledige baan en de kinderen "
        "vaste gezichten.",
        "Iedere bouw is een leerteam. Het team kiest elk jaar een verbetervraag en onderzoekt die met "
        "korte cycli van lesbezoeken (lesson study). In juni presenteren de leerteams hun opbrengst aan "
        "het hele kindcentrum.",
        "Werkdruk: de werkdrukmiddelen gaan vooral naar onderwijsassistenten in de middenbouw. We "
        "plannen vergaderingen niet meer op maandag en vrijdag. Iedere leraar heeft per jaar twee "
        "'werkdagen zonder kinderen' voor administratie en voorbereiding.",
        "Vitaliteit: medewerkers met lang verzuim worden begeleid volgens de ASG-aanpak met de "
        "bedrijfsarts. We maken jaarlijks een verzuimanalyse met de personeelsgeleding van de MR. Medewerkers "
        "van 57 jaar en ouder maken met de directeur jaarlijks afspraken over de inzet van hun uren "
        "duurzame inzetbaarheid.",
        "Opleiden: de drie zij-instromers hebben een opleidingsplan met een schoolopleider en één dag per "
        "week studietijd. Pedagogisch medewerkers die de pabo gaan doen, krijgen een combinatiebaan en een "
        "tegemoetkoming in de studiekosten. Met Windesheim Almere en de andere ASG-scholen in Almere Poort "
        "leiden we gezamenlijk pabostudenten op. Zo dragen we bij aan het verkleinen van het lerarentekort "
        "in de stad.",
        "Gesprekscyclus: elke medewerker heeft jaarlijks een doelstellingsgesprek (september) en een "
        "voortgangsgesprek (februari), en eens in de drie jaar een beoordelingsgesprek. Vanaf 2025-2026 "
        "doen we dat op dezelfde manier in onderwijs en opvang. De afspraken staan in het digitale "
        "personeelsdossier.",
    ])
    _p(doc, "Waaraan je het merkt", vet=True)
    _p(doc,
       "Kinderen zien 's middags op de bso gezichten die ze van de ochtend kennen. Ouders krijgen van "
       "pedagogisch medewerkers en leraren dezelfde boodschap. Medewerkers zeggen in de peiling van 2027 "
       "dat ze 'met elkaar' werken.")

    doc.add_heading("4.3 Nieuwsgierig naar de wereld", level=2)
    _p(doc, "Waarom", vet=True)
    _p(doc,
       "Kinderen zijn van nature onderzoekers. Op school verliezen ze dat soms: de methode bepaalt wat er "
       "gebeurt. Onze leerlingen groeien op in een wereld vol technologie, die ze moeten kunnen begrijpen "
       "én waar ze kritisch naar moeten kunnen kijken. Techniek en digitale geletterdheid hangen nu af van "
       "een paar enthousiaste leraren. Dat moet een vast onderdeel van ons aanbod worden. Dit thema past "
       "bij de tweede en derde horizon uit de innovatiestrategie van ASG.")
    _p(doc, "Wat we gaan doen", vet=True)
    _opsom(doc, [
        "In 2025-2026 richten we het oude handvaardigheidslokaal in als makerspace, met 3D-printer, "
        "lasersnijder, Bee-Bots, micro:bits en gewoon gereedschap. De makerspace is 's middags ook open "
        "voor de bso.",
        "Vanaf 2026-2027 werkt elke groep per jaar aan minstens twee projecten voor onderzoekend en "
        "ontwerpend leren, volgens de vijf stappen van het onderzoekend leren (verwonderen, vragen, "
        "onderzoeken, concluderen, presenteren). Kinderen kiezen zelf hun onderzoeksvraag binnen het thema.",
        "We maken in 2025-2026 een leerlijn digitale geletterdheid voor groep 1 tot en met 8. Die is "
        "gebaseerd op de SLO-doelen (ICT-basisvaardigheden, informatievaardigheden, mediawijsheid, "
        "computational thinking). In 2026-2027 voeren we hem in.",
        "Onze werkgroep wetenschap en techniek werkt samen met de techniekwerkgroepen van twee andere "
        "ASG-scholen in Almere Poort. Samen ontwikkelen we uitleenkisten en delen we een technisch "
        "onderwijsassistent. De drie werkgroepen komen vier keer per jaar bij elkaar.",
        "Twee leraren doen in 2025-2027 praktijkonderzoek naar eigenaarschap bij onderzoekend leren. "
        "Dat gebeurt in het kader van hun master Leren en Innoveren bij Windesheim. Eén keer per kwartaal "
        "lezen en bespreken we als team een recent artikel uit Didactief of van het Nationaal "
        "Regieorgaan Onderwijsonderzoek.",
        "De resultaten van de makerspace en het onderzoek presenteren we samen met de partnerscholen op "
        "de ASG-onderwijsdag van 2027.",
    ])
    _p(doc, "Waaraan je het merkt", vet=True)
    _p(doc,
       "Kinderen stellen meer vragen dan ze antwoorden krijgen. Op de thema-afsluitingen laten ze "
       "prototypes zien. Ouders kunnen op de open makerspace-middag in juni zelf iets bouwen met hun kind.")

    doc.add_heading("4.4 Samen met ouders en de Poort", level=2)
    _p(doc, "Waarom", vet=True)
    _p(doc,
       "Kinderen leren beter als ouders en school samen optrekken. Onze ouders zijn betrokken, maar in de "
       "peiling zegt maar 58 procent dat ze weten wat hun kind leert. Ouders die de taal minder goed "
       "spreken, bereiken we minder goed. De wijk heeft veel te bieden: natuur, cultuur, sport. Maar we "
       "gebruiken dat nog te weinig.")
    _p(doc, "Wat we gaan doen", vet=True)
    _opsom(doc, [
        "Vanaf augustus 2026 gebruiken opvang en school één app (Social Schools) met één "
        "jaarkalender. Berichten schrijven we op B1-niveau en ouders kunnen ze in de app in hun eigen "
        "taal laten vertalen.",
        "Vanaf 2026-2027 voeren we in groep 5 tot en met 8 driehoeksgesprekken (kind, ouder, leraar) in "
        "plaats van tien-minutengesprekken. Het kind laat zelf in zijn portfolio zien waar het staat.",
        "Elke ochtend van 8.20 tot 8.30 uur zijn ouders welkom in de groep. De ouderkamer is twee ochtenden "
        "per week open, met koffie, taalcafé en voorlichting door de jeugdverpleegkundige. Nieuwe gezinnen "
        "krijgen een rondleiding van twee kindgidsen uit groep 7 en binnen zes weken een "
        "welkomstgesprek.",
        "De MR en de oudercommissie van de opvang vergaderen vanaf 2025-2026 drie keer per jaar samen "
        "als IKC-raad. Die raad denkt mee over alles wat het hele kindcentrum raakt, zoals de "
        "openingstijden, de gezamenlijke app en de pedagogische visie. De raad praat mee voordat er "
        "een besluit ligt, niet erna.",
        "Met De Schoor (welzijn), Stad & Natuur Almere, De Kunstlinie en de buurtsportcoaches maken we "
        "voor de bso een middagprogramma. Elke groep doet per jaar minstens één wijkproject, zoals "
        "zwerfafval rapen in het Poortpark of een tentoonstelling in het wijkcentrum.",
    ])
    _p(doc, "Waaraan je het merkt", vet=True)
    _p(doc,
       "Ouders zien elke week wat er in de groep gebeurt en begrijpen de berichten. Kinderen vertellen "
       "thuis over wat ze in de wijk hebben gedaan. Buurtbewoners komen naar de presentaties in de "
       "speelhal.")

    # ------------------------------------------------------------------ 5 kwaliteitszorg
    doc.add_heading("5. Kwaliteitszorg", level=1)
    _p(doc,
       "We werken in een vaste jaarcyclus volgens plan-do-check-act. Uit dit IKC-plan volgt elk jaar een "
       "jaarplan met de doelen uit hoofdstuk 6 die dat jaar aan de beurt zijn. Het jaarplan wordt in "
       "september met het team en de IKC-raad besproken. In januari en juni houden we opbrengstvergaderingen "
       "op groeps-, bouw- en schoolniveau. Daarin vergelijken we de resultaten van Leerling in Beeld en "
       "KIJK! met onze eigen normen. Het jaarverslag in juli beschrijft wat er van het jaarplan is "
       "gerealiseerd. Elk kwartaal rapporteert de directeur de voortgang aan het bestuur in de "
       "ASG-kwartaalrapportage.")
    _p(doc,
       "Met Werken met Kwaliteit (WMK) nemen we jaarlijks twee quickscans af onder het team. Om de twee "
       "jaar houden we een tevredenheidspeiling onder leerlingen, ouders en medewerkers (volgende in 2026 "
       "en 2028). Directie en intern begeleiders doen elk jaar bij iedere leraar minstens twee "
       "lesbezoeken met de ASG-kijkwijzer. Voor de opvang doet de GGD jaarlijks een inspectie en houdt "
       "de locatiemanager twee keer per jaar een interne audit op het pedagogisch beleidsplan. In het "
       "najaar van 2027 vragen we een collegiale visitatie aan bij twee ASG-scholen om te toetsen of de "
       "koersthema's landen.")

    # ------------------------------------------------------------------ 6 doelen
    doc.add_heading("6. Onze doelen 2025-2029", level=1)
    _p(doc,
       "In de tabel staan alle doelen van dit plan. De kolom 'Venster' geeft aan aan welk venster uit ASG "
       "Koers 22 een doel vooral bijdraagt. Is die kolom leeg, dan gaat het om een eigen keuze van Het "
       "Windorgel.")
    _tabel(doc,
           ["Nr", "Thema", "Doel", "Meetbaar resultaat en wanneer", "Eigenaar", "Venster"],
           [
               ["1", "4.1", "Lezen en taalverzorging blijven op of boven het niveau van vergelijkbare scholen",
                "Lezen 2F minimaal 70% en taalverzorging 2F minimaal 62%, elk jaar van 2026 tot en met 2029",
                "Taalcoördinator", "1"],
               ["2", "4.1", "Meer leerlingen halen het streefniveau bij rekenen",
                "Rekenen 1S: 42% in 2027, 47% in 2029 (2024: 37%)", "Rekencoördinator", "1"],
               ["3", "4.1", "VVE-peuters starten goed in groep 1",
                "85% van de VVE-peuters haalt de KIJK!-doelen bij de overstap in 2027 (2024: 78%)",
                "Locatiemanager opvang + IB jonge kind", "1"],
               ["4", "4.1", "Warme overdracht van peuteropvang en kinderdagverblijf naar groep 1",
                "Vanaf 2025-2026 heeft 100% van de interne instromers een driegesprek; 80% van de kleuters "
                "komt in 2028 uit de eigen opvang (2024: 71%)",
                "IB jonge kind", ""],
               ["5", "4.2", "Eén pedagogische visie voor het hele kindcentrum",
                "Vastgesteld in juni 2026; vier gezamenlijke studiedagen per jaar vanaf 2025-2026",
                "IKC-directeur", ""],
               ["6", "4.2", "Minder verzuim in het onderwijs",
                "Verzuim maximaal 5,5% in 2027 en blijvend tot en met 2029 (2024: 6,3%)",
                "IKC-directeur", "2"],
               ["7", "4.2", "Alle leraren bevoegd; eigen mensen doorgroeien naar leraar",
                "De drie zij-instromers bevoegd uiterlijk juli 2027; in 2027 volgen twee pedagogisch "
                "medewerkers de pabo", "Adjunct-directeur", "2"],
               ["8", "4.2", "Sterkere rekendidactiek",
                "Alle leraren groep 4-8 hebben de leergang 'Rekenen met begrip' voltooid in juli 2027",
                "Rekencoördinator", "2"],
               ["9", "4.2", "Combinatiefuncties onderwijs en bso",
                "Minstens vier medewerkers met een combinatiebaan in 2026-2027", "IKC-directeur", ""],
               ["10", "4.2", "Samen opleiden tegen het lerarentekort",
                "Jaarlijks minstens zes pabostudenten; gemiddeld twee per jaar in dienst tot en met 2029",
                "Schoolopleider", "4"],
               ["11", "4.3", "Onderzoekend en ontwerpend leren in alle groepen",
                "Makerspace open in voorjaar 2026; vanaf 2026-2027 minstens twee projecten per groep per jaar",
                "Werkgroep W&T", ""],
               ["12", "4.3", "Leerlijn digitale geletterdheid groep 1-8",
                "Leerlijn klaar in juni 2026, ingevoerd in alle groepen in 2026-2027", "ICT-coördinator", "1"],
               ["13", "4.3", "Techniekwerkgroepen van drie ASG-scholen in Poort werken samen",
                "Vier bijeenkomsten per jaar; zes gedeelde uitleenkisten in 2026; presentatie op de "
                "ASG-onderwijsdag 2027", "Werkgroep W&T", "3"],
               ["14", "4.3", "Kinderen hebben meer te zeggen over hun leren",
                "Kindgesprekken drie keer per jaar vanaf 2025-2026; 'ik mag meebeslissen' van 62% naar 75% in "
                "2028", "Bouwcoördinatoren", ""],
               ["15", "4.4", "Ouders weten wat hun kind leert",
                "Eén app vanaf augustus 2026; driehoeksgesprekken groep 5-8 vanaf 2026-2027; 'ik weet wat mijn "
                "kind leert' van 58% naar 75% in 2028", "Adjunct-directeur", "4"],
               ["16", "4.4", "Leren in en met de wijk",
                "Elke groep minstens één wijkproject per jaar vanaf 2025-2026; bso-programma met vier "
                "partners in 2026", "Locatiemanager opvang", "4"],
               ["17", "5", "Kwaliteit minimaal voldoende, zicht op ontwikkeling goed",
                "Bij het volgende inspectieonderzoek of de ASG-audit (verwacht 2027-2028) alle standaarden "
                "voldoende en 'zicht op ontwikkeling' goed", "IKC-directeur", "1"],
           ])

    # ------------------------------------------------------------------ 7 vaststelling
    doc.add_heading("7. Medezeggenschap en vaststelling", level=1)
    _p(doc,
       "Het concept van dit plan is op 13 mei 2025 besproken met de medezeggenschapsraad en de "
       "oudercommissie van Poortkinderen. Op voorstel van de MR is doel 15 aangescherpt met een meetbare "
       "streefwaarde. De medezeggenschapsraad heeft op 3 juni 2025 ingestemd met het IKC-plan 2025-2029. "
       "De oudercommissie van de opvang bracht op dezelfde datum een positief advies uit over de delen "
       "die de opvang betreffen. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan op "
       "17 juni 2025 vastgesteld.")
    _tabel(doc,
           ["", "Naam", "Datum"],
           [
               ["IKC-directeur", "Annelies Koopmans", "10 juni 2025"],
               ["Voorzitter medezeggenschapsraad", "Rik van der Meulen", "3 juni 2025"],
               ["College van Bestuur ASG", "namens het College van Bestuur", "17 juni 2025"],
           ],
           stijl="Table Grid")

    _bewaar(doc, path, (2025, 6, 18, 11, 20, 0))


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_122_ikc_het_windorgel.docx")
