"""Schoolplan 2025-2029 van IKC De Zandhaver (kindcentrum 0-12, Almere Poort), opgezet als jaarkalender.

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

DATUM = datetime.datetime(2025, 9, 12, 14, 5, 0)


def _nederlands(doc):
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.append(rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")


def _paginanummer(doc):
    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = voet.add_run("IKC De Zandhaver – schoolplan 2025-2029 – ")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x6B, 0x6B, 0x6B)
    for soort, tekst in (("begin", None), ("instr", " PAGE "), ("separate", None), ("nr", "1"), ("end", None)):
        run = voet.add_run()
        run.font.size = Pt(8)
        if soort == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
            run._r.append(el)
        elif soort == "nr":
            run.text = tekst
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
            run._r.append(el)


def _tabel(doc, kop, rijen, breedtes, kleur="F6E7C1"):
    tabel = doc.add_table(rows=1, cols=len(kop))
    tabel.style = "Table Grid"
    eerste = tabel.rows[0]
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    eerste._tr.get_or_add_trPr().append(hdr)
    for i, k in enumerate(kop):
        c = eerste.cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(k)
        run.bold = True
        run.font.size = Pt(9.5)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), kleur)
        c._tc.get_or_add_tcPr().append(shd)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            run = cellen[i].paragraphs[0].add_run(waarde)
            run.font.size = Pt(9.5)
    for rij in tabel.rows:
        for i, b in enumerate(breedtes):
            rij.cells[i].width = Cm(b)
    doc.add_paragraph()


def _alinea(doc, tekst):
    return doc.add_paragraph(tekst)


def _punten(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _jaardoelen(doc, items):
    p = doc.add_paragraph()
    r = p.add_run("Aan het eind van dit schooljaar:")
    r.bold = True
    for it in items:
        doc.add_paragraph(it, style="List Number")


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


def build(path):
    path = str(path)
    doc = Document()
    _nederlands(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for naam in ("Heading 1", "Heading 2", "Heading 3"):
        doc.styles[naam].font.color.rgb = RGBColor(0x9A, 0x6B, 0x12)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)

    eig = doc.core_properties
    eig.title = "Schoolplan IKC De Zandhaver 2025-2029"
    eig.author = "Sanne Bloemendaal"
    eig.last_modified_by = "Mehmet Yildiz"
    eig.keywords = "schoolplan; jaarkalender; IKC"
    eig.language = "nl-NL"
    eig.created = DATUM
    eig.modified = DATUM
    eig.revision = 4

    _paginanummer(doc)

    # ------------------------------------------------------------------ voorblad
    titel = doc.add_paragraph(style="Title")
    titel.add_run("IKC De Zandhaver")
    sub = doc.add_paragraph(style="Subtitle")
    sub.add_run("Schoolplan 2025-2029 – onze jaarkalender")
    _alinea(doc, "Openbaar integraal kindcentrum voor kinderen van 0 tot 12 jaar")
    _alinea(doc, "Duinen, Almere Poort  |  BRIN 31ZH")
    _alinea(doc, "Basisschool: Almeerse Scholen Groep (ASG)  |  Kinderopvang: Kinderopvang Buitenrijk")
    _alinea(doc, "Schooljaren 2025-2026, 2026-2027, 2027-2028 en 2028-2029")
    v = doc.add_paragraph()
    vr = v.add_run("Versie voor de medezeggenschapsraad, 12 september 2025")
    vr.italic = True
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------ 1 visie
    doc.add_heading("1. Waar wij voor staan", level=1)

    doc.add_heading("Ons kindcentrum", level=2)
    _alinea(doc, "De Zandhaver staat sinds 2013 in Duinen, het deel van Almere Poort dat tegen het strand aan "
                 "het IJmeer ligt. Zandhaver is het stevige duingras dat met zijn wortels het zand vasthoudt. "
                 "Die naam kozen de eerste ouders en medewerkers, en hij past nog steeds: wij willen kinderen "
                 "wortels geven in een wijk die nog volop in beweging is.")
    _alinea(doc, "Op 1 oktober 2024 telde de basisschool 418 leerlingen in 17 groepen. In hetzelfde gebouw zitten "
                 "twee peutergroepen (32 kindplaatsen, waarvan 18 kinderen met een vve-indicatie), drie groepen "
                 "dagopvang en een buitenschoolse opvang met 146 kinderen. De opvang wordt verzorgd door "
                 "Kinderopvang Buitenrijk. Sanne Bloemendaal is IKC-directeur en eindverantwoordelijk voor de "
                 "basisschool; Ilse van Wijngaarden is locatiemanager van Buitenrijk. Met adjunct-directeur Mehmet "
                 "Yıldız en de intern begeleiders Femke de Ruiter (groep 1-4 en 0-4 jaar) en Joyce Amankwah "
                 "(groep 5-8) vormen zij het IKC-team. Op de basisschool werken 34 mensen, bij de opvang 27.")

    doc.add_heading("Wie onze kinderen zijn", level=2)
    _alinea(doc, "Almere Poort is een jonge wijk met veel jonge gezinnen. Rond de school staan koopwoningen, "
                 "sociale huur en sinds 2022 ook een flat met tijdelijke woningen voor statushouders. In 47 procent "
                 "van de gezinnen wordt thuis (ook) een andere taal dan Nederlands gesproken; de grootste groepen "
                 "zijn Engels, Turks, Arabisch, Pools, Tigrinya en Papiaments. De schoolweging volgens het CBS is "
                 "31,2, iets boven het landelijk gemiddelde. Elk jaar stromen er tussen de 25 en 35 kinderen in "
                 "die niet in groep 1 begonnen zijn, meestal door verhuizing.")
    _alinea(doc, "De eindresultaten liggen boven de signaleringswaarden van de inspectie. Bij de doorstroomtoets "
                 "van 2025 haalde 94 procent van de groep-8-leerlingen het fundamentele niveau 1F voor lezen en "
                 "58 procent het streefniveau 2F; voor rekenen was dat 91 procent (1F) en 39 procent (1S), voor "
                 "taalverzorging 97 procent (1F) en 64 procent (2F). Rekenen op streefniveau blijft achter bij "
                 "scholen met een vergelijkbare populatie. Bij het laatste bezoek van de inspectie (2022) kreeg de "
                 "school het basisarrangement.")

    doc.add_heading("Wat wij geloven", level=2)
    _alinea(doc, "Een kind leert het meest als het zich thuis voelt, als het nieuwsgierig gemaakt wordt en als "
                 "de volwassenen om hem heen hetzelfde verhaal vertellen. Dat laatste is de reden dat wij een "
                 "kindcentrum zijn en niet alleen een school met opvang in hetzelfde gebouw. Een kind dat om half "
                 "acht bij de dagopvang binnenkomt en om zes uur van de bso wordt opgehaald, ziet op één dag soms "
                 "zes volwassenen. Die moeten dezelfde afspraken hanteren, dezelfde woorden gebruiken en van elkaar "
                 "weten wat er die dag gebeurd is.")
    _alinea(doc, "Daaruit volgen drie beloftes die het hele plan dragen:")
    _punten(doc, [
        "Eén verhaal van 0 tot 12. Opvang en school werken met dezelfde pedagogische aanpak en dragen "
        "kinderen aan elkaar over alsof het één organisatie is.",
        "Taal opent deuren. Zonder een rijke Nederlandse woordenschat loopt een kind in Poort vast, maar de "
        "taal die een kind thuis spreekt, is geen probleem: het is een opstap.",
        "De Poort is ons klaslokaal. Het strand, het Cirkelbos, de bouwplaatsen en de mensen in de wijk zijn "
        "de plekken waar kinderen ontdekken hoe de wereld in elkaar zit.",
    ])

    doc.add_heading("Ons aanbod", level=2)
    _alinea(doc, "De basisschool werkt met een continurooster van 8.30 tot 14.15 uur (woensdag tot 12.30 uur) en "
                 "biedt 940 uur onderwijs per jaar. De peutergroepen werken met Uk & Puk; in groep 1-2 werken we "
                 "thematisch en volgen we de ontwikkeling met KIJK!. In groep 3 leren kinderen lezen met Veilig leren "
                 "lezen (KIM-versie). Voor taal en spelling gebruiken we Staal, voor begrijpend lezen Nieuwsbegrip, "
                 "voor wereldoriëntatie Blink en voor Engels (groep 1-8) Take it easy. Gym krijgen alle groepen "
                 "vanaf groep 3 twee keer per week van een vakleerkracht. De kerndoelen zijn per vak en per groep "
                 "gekoppeld aan de methodes in ons kerndoelenoverzicht; waar een methode een kerndoel niet dekt "
                 "(bijvoorbeeld bij burgerschap en digitale geletterdheid), staat in de kalender wat we zelf "
                 "toevoegen. De voortgang volgen we met Leerling in beeld van Cito; in groep 8 maken de kinderen in "
                 "februari de doorstroomtoets Route 8.")

    doc.add_heading("Wat elk jaar terugkomt", level=2)
    _alinea(doc, "Naast de kalender per schooljaar hebben we een vaste cyclus. Die staat hier één keer, zodat de "
                 "jaarkalenders over het nieuwe kunnen gaan.")
    _tabel(doc, ["Wanneer", "Wat", "Wie"], [
        ["September", "Groepsbesprekingen per groep; startgesprekken met ouders en kind (vanaf groep 5 is het "
                      "kind erbij)", "Leerkrachten, IB"],
        ["Oktober", "Kindbespreking 0-4 jaar: IB'er en pedagogisch medewerkers bespreken elk kind aan de hand "
                    "van KIJK!", "IB 0-4, pm'ers"],
        ["November", "Twee klassenbezoeken per leerkracht per jaar (november en april) met onze kijkwijzer voor "
                     "directe instructie; nagesprek binnen een week", "Directie, IB"],
        ["Januari-februari", "Middentoetsen Leerling in beeld; trendanalyse per groep en per leerjaar",
         "IB, leerkrachten"],
        ["Februari", "Doorstroomtoets groep 8", "Groep 8"],
        ["Maart", "Monitor sociale veiligheid groep 5-8; in even jaren ook de tevredenheidspeiling onder "
                  "ouders en medewerkers", "Directie"],
        ["Juni", "Eindtoetsen, trendanalyse en de junimeting: terugblik op de kalender van dit jaar en "
                 "bijstelling van de kalender voor volgend jaar", "IKC-team, hele team"],
        ["Elk kwartaal", "Kwartaalrapportage aan het College van Bestuur van ASG", "IKC-directeur"],
    ], [3.2, 10, 3.3])
    _alinea(doc, "De junimeting is ons moment van verantwoording. De uitkomsten komen in het jaarverslag, en "
                 "ouders krijgen eind juni ‘De Zandhaver op één A4’: wat we ons voorgenomen hadden, wat gelukt is "
                 "en wat niet, en wat we volgend jaar gaan doen.")

    # vaste onderdelen: ondersteuning, veiligheid, team
    doc.add_heading("Ondersteuning", level=2)
    _alinea(doc, "Wij bieden basisondersteuning in de groep: instructie op drie niveaus, een plusgroep voor "
                 "kinderen die meer aankunnen (groep 4-8, een ochtend per week), dyslexiebegeleiding volgens het "
                 "protocol en een NT2-aanpak voor nieuwkomers. Kinderen die meer nodig hebben, bespreken we in "
                 "het ondersteuningsteam met de consulent van Passend Onderwijs Almere, de jeugdverpleegkundige "
                 "van de GGD en het wijkteam Poort. Via het samenwerkingsverband zijn arrangementen mogelijk, "
                 "zoals extra begeleiding voor taalontwikkeling of gedrag; als een kind bij ons niet tot "
                 "ontwikkeling komt, zoeken we samen met ouders en het samenwerkingsverband een plek die beter "
                 "past. In het SOP staat wat wij niet kunnen bieden, zoals begeleiding bij ernstige medische "
                 "problematiek gedurende de hele dag.")
    doc.add_heading("Veiligheid", level=2)
    _alinea(doc, "Het veiligheidsbeleid volgt uit Vreedzaam: een gezamenlijke aanpak van conflicten, "
                 "leerlingmediatoren en vaste plein- en bso-afspraken. Het pestprotocol wordt in 2025-2026 "
                 "herschreven in de taal van Vreedzaam. Onze anti-pestcoördinator is Joyce Amankwah; de "
                 "vertrouwenspersoon voor ouders en kinderen is Jeroen Baas (leerkracht groep 7). In maart van "
                 "elk jaar vullen de kinderen van groep 5-8 de monitor sociale veiligheid in.")
    doc.add_heading("Ons team", level=2)
    _alinea(doc, "Elk jaar houden we drie IKC-studiedagen voor school en opvang samen; de onderwerpen staan in de "
                 "kalenders. Nieuwe medewerkers krijgen in hun eerste jaar een coach uit hun bouw. Twee pm'ers "
                 "volgen vanaf 2026 de hbo-opleiding Pedagogisch Educatief Professional, zodat we in de unit 2-6 "
                 "ook op hbo-niveau kunnen werken; twee leerkrachten volgen in 2026-2028 de opleiding Jonge "
                 "Kind-specialist.")

    doc.add_heading("Hoe dit plan werkt", level=2)
    _alinea(doc, "Dit schoolplan is geen boekwerk met een hoofdstuk per beleidsterrein, maar een kalender. Elk "
                 "schooljaar heeft een eigen focus en een lijst met wat we per maand doen. De kalender van het "
                 "lopende jaar is tegelijk ons jaarplan. Achterin staat een tabel die laat zien waar de kalender "
                 "aansluit op Koers 22 van de Almeerse Scholen Groep.")

    # ------------------------------------------------------------------ 2 2025-2026
    doc.add_heading("2. Schooljaar 2025-2026: Eén verhaal", level=1)
    _alinea(doc, "In het eerste jaar leggen we de basis voor het kindcentrum. Tot nu toe werkte de opvang met "
                 "een eigen pedagogisch plan en de school met eigen gedragsafspraken. Ouders merkten dat: op de bso "
                 "werd een ruzie anders opgelost dan in de klas. We kiezen daarom voor De Vreedzame School en "
                 "Vreedzame Kinderopvang, zodat van peuter tot groep 8 dezelfde taal wordt gesproken over "
                 "conflicten, samen beslissen en verantwoordelijkheid. Daarnaast maken we de overdracht van "
                 "opvang naar groep 1 sluitend en brengen we de communicatie met ouders onder in één app.")
    _jaardoelen(doc, [
        "hebben alle 61 medewerkers van school en opvang de basistraining Vreedzaam gevolgd;",
        "heeft elk kind dat vanuit onze peutergroepen of dagopvang in groep 1 start een warme overdracht "
        "gehad met de KIJK!-gegevens (nu bij ongeveer 60 procent van de kinderen);",
        "gebruiken school en opvang sinds 1 januari 2026 alleen nog Parro voor berichten aan ouders;",
        "is een nieuwe rekenmethode gekozen, na een proef in groep 4 en groep 6;",
        "staat het herziene schoolondersteuningsprofiel op de website.",
    ])
    _tabel(doc, ["Maand", "Wat we doen", "Wie"], [
        ["Augustus", "IKC-studiedag voor school en opvang samen: start Vreedzaam, blok 1 ‘We horen bij "
                     "elkaar’. Twee nieuwe zij-instromers (groep 4 en groep 6) beginnen; zij krijgen een "
                     "schoolopleider als begeleider, studeren één dag per week aan Windesheim en moeten in de zomer "
                     "van 2027 bevoegd zijn.", "IKC-team, schoolopleider"],
        ["September", "Elk nieuw gezin krijgt binnen tien schooldagen na de start een kennismakingsgesprek "
                      "met de leerkracht of de mentor van de opvang, zo nodig met een tolk of een ouder die "
                      "dezelfde taal spreekt. De welkomstmap is er in het Nederlands, Engels, Turks, Arabisch en "
                      "Pools.", "Leerkrachten, pm'ers, administratie"],
        ["Oktober", "Verkiezing kinderraad: acht kinderen uit groep 5-8, zes vergaderingen per jaar met de "
                    "adjunct-directeur en een eigen budget van € 500. Eerste opdracht: voorstellen voor het "
                    "schoolplein.", "Adjunct-directeur"],
        ["November", "Proef rekenmethodes: groep 4 werkt acht weken met Wereld in getallen 5, groep 6 met "
                     "Pluspunt 4. Werkgroep rekenen bezoekt twee scholen die de methodes al gebruiken.",
         "Werkgroep rekenen"],
        ["December", "Buitenrijk zet de opvanggroepen over naar Parro; ouders krijgen een uitleg bij het "
                     "ophalen.", "Locatiemanager"],
        ["Januari", "Parro is de enige app. Nieuw KIJK!-overdrachtsformulier, samen gemaakt door pm'ers en "
                    "kleuterleerkrachten, gaat in gebruik.", "IB 0-4"],
        ["Februari", "Tweede IKC-studiedag: Vreedzaam blok 3 en 4; afspraken over het oplossen van conflicten "
                     "op het plein en op de bso.", "IKC-team"],
        ["Maart", "Besluit rekenmethode (bestelling voor 2026-2027). Herziening SOP met beide IB'ers en de "
                  "consulent van Passend Onderwijs Almere: wat bieden we in de basisondersteuning, welke "
                  "arrangementen zijn mogelijk en waar liggen onze grenzen?", "Directie, IB"],
        ["April", "Ouderavond over Vreedzaam: ouders oefenen zelf met de gesprekstechnieken die hun kinderen "
                  "leren.", "Directie, ouderraad"],
        ["Mei", "Training leerlingmediatoren: twaalf kinderen uit groep 7 leren ruzies op het plein te helpen "
                "oplossen.", "Vreedzaam-coördinator"],
        ["Juni", "Junimeting en ‘De Zandhaver op één A4’.", "Hele team"],
    ], [2.5, 11.2, 2.8])

    # ------------------------------------------------------------------ 3 2026-2027
    doc.add_heading("3. Schooljaar 2026-2027: Taal opent deuren", level=1)
    _alinea(doc, "Taal is voor onze kinderen de grootste opgave. Bijna de helft groeit meertalig op. Dat is een "
                 "rijkdom, maar de Nederlandse woordenschat van veel kleuters is bij de start kleiner dan die van "
                 "leeftijdgenoten, en dat verschil zien we terug in begrijpend lezen in groep 6 tot en met 8. In "
                 "dit jaar werken we van peuter tot groep 8 aan woordenschat en leesplezier, en we maken de "
                 "thuistaal van kinderen zichtbaar en bruikbaar.")
    _jaardoelen(doc, [
        "werken de peutergroepen en groep 1-2 met de woordenlijsten en de aanpak van Logo 3000; alle "
        "pm'ers en kleuterleerkrachten zijn getraind;",
        "haalt ten minste 62 procent van de groep-8-leerlingen niveau 2F voor lezen (2025: 58 procent) – op weg "
        "naar 65 procent in 2029;",
        "is de Bibliotheek op school ingericht, met een leesconsulent die één dag per week in de school is;",
        "ligt een burgerschapsleerlijn per groep vast;",
        "is de schoolzelfevaluatie afgerond en besproken met het College van Bestuur.",
    ])
    _tabel(doc, ["Maand", "Wat we doen", "Wie"], [
        ["Augustus", "Start nieuwe rekenmethode in groep 3 tot en met 8; training voor het hele team door de "
                     "uitgever. IKC-studiedag Logo 3000 voor pm'ers en kleuterleerkrachten.",
         "Werkgroep rekenen, IB 0-4"],
        ["September", "Opening Bibliotheek op school samen met De Nieuwe Bibliotheek, vestiging Poort. Elke groep "
                      "leent elke twee weken; de leesconsulent maakt een leesplan per bouw en neemt in groep 4-8 "
                      "de leesmonitor af.", "Leescoördinator, leesconsulent"],
        ["Oktober", "Project ‘Mijn taal, jouw taal’: in groep 1-4 mogen kinderen elkaar uitleg geven in hun "
                    "thuistaal; elke klas maakt een woordmuur met belangrijke woorden in alle talen van de groep. "
                    "Ouders lezen tijdens de Kinderboekenweek voor in hun eigen taal.", "Leerkrachten groep 1-4"],
        ["November", "De ouderkamer gaat open: twee ochtenden per week, met een ouderconsulent van De Schoor. "
                     "Ouders kunnen er koffie drinken, vragen stellen over school en meedoen aan de cursus ‘Taal "
                     "voor ouders’ (tien bijeenkomsten).", "Directie, De Schoor"],
        ["December", "Afstemming vve met de gemeente Almere: peuters met een indicatie krijgen 16 uur per week; "
                     "de pm'ers en de kleuterleerkrachten plannen samen de thema's, zodat een peuter in groep 1 "
                     "dezelfde thema's terugziet.", "IB 0-4, locatiemanager"],
        ["Januari", "Begrijpend lezen: in groep 5-8 vervangen we de helft van de Nieuwsbegrip-lessen door lezen "
                    "van hele teksten bij de Blink-thema's (teksten uit de Bibliotheek op school).",
         "Leerkrachten groep 5-8"],
        ["Februari", "Burgerschapsleerlijn vastgesteld: per groep de onderdelen van Vreedzaam, de kinderraad, "
                     "de leerlingmediatoren, het bezoek van groep 8 aan de gemeenteraad en de Blink-lessen over "
                     "democratie en diversiteit.", "Werkgroep burgerschap"],
        ["Maart", "Schoolzelfevaluatie: directie en IB bezoeken alle groepen, collega's observeren elkaar met "
                  "de kijkwijzer, en we scoren onszelf op de standaarden van het inspectiekader. Het verslag "
                  "gaat naar het College van Bestuur.", "Directie, IB"],
        ["April", "Voorleesweek in de opvang: pm'ers en ouders lezen voor op de bso en in de dagopvang.",
         "Pm'ers"],
        ["Mei", "Leerlingen groep 6-8 maken een eigen meertalig prentenboek voor de peuters.",
         "Leerkrachten groep 6-8"],
        ["Juni", "Junimeting en ‘De Zandhaver op één A4’; tussenstand 2F lezen.", "Hele team"],
    ], [2.5, 11.2, 2.8])

    # ------------------------------------------------------------------ 4 2027-2028
    doc.add_heading("4. Schooljaar 2027-2028: De Poort is ons klaslokaal", level=1)
    _alinea(doc, "In het derde jaar halen we de wijk de school in en gaan we de wijk in. Wereldoriëntatie "
                 "wordt ontdekkend onderwijs rond vragen die kinderen zelf stellen over de plek waar ze wonen. We "
                 "bouwen een doorlopende leerlijn digitale geletterdheid op, en de jongste kinderen gaan werken in "
                 "één unit van 2 tot 6 jaar.")
    _jaardoelen(doc, [
        "werkt elke groep 5-8 per jaar aan vier ontdekthema's met een eigen onderzoeksvraag van de kinderen, "
        "waarvan ten minste één buiten de school;",
        "is er een leerlijn digitale geletterdheid voor groep 1-8 met ten minste 20 lessen per groep per jaar;",
        "werken de peutergroepen en groep 1-2 sinds januari 2028 als één unit 2-6 jaar;",
        "haalt ten minste 45 procent van de groep-8-leerlingen niveau 1S voor rekenen (2025: 39 procent).",
    ])
    _tabel(doc, ["Maand", "Wat we doen", "Wie"], [
        ["Augustus", "IKC-studiedag ‘Onderzoekend leren’; elke bouw kiest de ontdekthema's. Voorbeelden: "
                     "‘Wie bouwt Poort?’ (groep 5), ‘Het strand en het water’ (groep 6), ‘Van afval tot "
                     "grondstof’ (groep 7), ‘Wie beslist er in Almere?’ (groep 8). De kinderen stellen aan het "
                     "begin van elk thema zelf de onderzoeksvragen op.", "Bouwcoördinatoren"],
        ["September", "Buitenlessen met Stad & Natuur Almere in het Cirkelbos en op het strand (twee keer per "
                      "jaar per groep).", "Leerkrachten, Stad & Natuur"],
        ["Oktober", "Start leerlijn digitale geletterdheid: programmeren met Bee-Bots in groep 1-4, "
                    "mediawijsheid in groep 5-6, en in groep 7-8 werken met een AI-chatbot en beoordelen of het "
                    "antwoord klopt. De bso doet mee met een techniekclub op woensdagmiddag.",
         "ICT-coördinator, bso"],
        ["November", "Rekenen: in groep 6-8 twee keer per week een kwartier automatiseren en een extra "
                     "instructiegroep voor kinderen die op weg zijn naar 1S.", "Rekencoördinator"],
        ["December", "Verbouwing lokalen peuters en groep 1-2: één doorlopende speelleeromgeving met een "
                     "gezamenlijk plein.", "IKC-directeur, ASG huisvesting"],
        ["Januari", "Unit 2-6 jaar gaat van start: peuters en kleuters spelen een deel van de ochtend samen in "
                    "hoeken, in kleine groepen begeleid door een pm'er of een leerkracht.", "Unit 2-6"],
        ["Februari", "Wijkdag: groep 5-8 presenteert de uitkomsten van de ontdekthema's in buurthuis De "
                     "Duinpan aan ouders, buren en de wijkmanager van Poort.", "Groepen 5-8"],
        ["Maart", "Monitor sociale veiligheid en tevredenheidspeiling (ouders en medewerkers).", "Directie"],
        ["April", "Eerste evaluatie unit 2-6 met pm'ers, kleuterleerkrachten en ouders.", "IB 0-4"],
        ["Juni", "Junimeting en ‘De Zandhaver op één A4’.", "Hele team"],
    ], [2.5, 11.2, 2.8])

    # ------------------------------------------------------------------ 5 2028-2029
    doc.add_heading("5. Schooljaar 2028-2029: Vasthouden en doorgeven", level=1)
    _alinea(doc, "Het laatste jaar van dit plan gebruiken we om vast te leggen wat werkt en het volgende "
                 "schoolplan voor te bereiden. Nieuwe dingen beginnen we dit jaar niet.")
    _jaardoelen(doc, [
        "is voor elke afspraak uit de vorige drie jaar een borgingskaart gemaakt (wat, hoe, wie bewaakt het);",
        "heeft De Zandhaver het certificaat De Vreedzame School behaald;",
        "geeft ten minste 95 procent van de kinderen in groep 5-8 in de monitor aan zich veilig te voelen "
        "(2025: 91 procent);",
        "ligt er een concept voor het schoolplan 2029-2033.",
    ])
    _tabel(doc, ["Maand", "Wat we doen", "Wie"], [
        ["September", "Borgingskaarten: elke werkgroep maakt de kaarten voor haar onderwerp (Vreedzaam, "
                      "overdracht 0-4, Logo 3000, Bibliotheek op school, ontdekthema's, digitale geletterdheid, "
                      "unit 2-6).", "Werkgroepen"],
        ["Oktober", "Nieuwe collega's en pm'ers volgen de Vreedzaam-training voor nieuwe medewerkers.",
         "Vreedzaam-coördinator"],
        ["November", "Audit voor het certificaat De Vreedzame School.", "Directie"],
        ["Januari", "Eindevaluatie van het schoolplan: wat hebben we bereikt ten opzichte van de doelen per "
                    "jaar? Uitkomsten gaan naar team, ouders en het College van Bestuur.", "IKC-team"],
        ["Februari", "SOP opnieuw bekeken en zo nodig aangepast.", "IB"],
        ["Maart", "Input voor het nieuwe schoolplan: kinderraad, ouderraad en hele team.", "Directie"],
        ["Juni", "Concept schoolplan 2029-2033; laatste junimeting van deze planperiode.", "IKC-directeur"],
    ], [2.5, 11.2, 2.8])

    # ------------------------------------------------------------------ bijlage koppeltabel
    doc.add_heading("Bijlage: aansluiting op Koers 22", level=1)
    _alinea(doc, "Deze tabel is bedoeld voor het bestuur. Per kernwaarde en venster van Koers 22 staat waar in "
                 "onze kalender we eraan werken.")
    _tabel(doc, ["Koers 22", "Waar in ons plan", "Schooljaar"], [
        ["Kernwaarde Gezien worden", "Kennismakingsgesprek nieuwe gezinnen; warme overdracht 0-4 met KIJK!; "
                                     "kindbesprekingen", "2025-2026; vaste cyclus"],
        ["Kernwaarde Open", "Eén app (Parro); ‘De Zandhaver op één A4’; project ‘Mijn taal, jouw taal’",
         "2025-2026; 2026-2027"],
        ["Kernwaarde Vooruitstrevend", "Unit 2-6 jaar", "2027-2028"],
        ["Kernwaarde Ambitieus", "Doelen 2F lezen en 1S rekenen", "2026-2027; 2027-2028"],
        ["Venster 1 Goed en toegankelijk onderwijs", "Vaste cyclus en schoolzelfevaluatie; nieuwe "
                                                     "rekenmethode; Logo 3000; ontdekthema's; leerlijn digitale "
                                                     "geletterdheid; SOP; ondersteuningsteam", "alle jaren"],
        ["Venster 2 Personeel in positie", "IKC-studiedagen; zij-instromers; opleidingen pm'ers en "
                                           "leerkrachten", "alle jaren"],
        ["Venster 3 De meerwaarde van ASG", "Niet als eigen onderwerp in de kalender opgenomen.", "–"],
        ["Venster 4 Partnerschap", "Ouderkamer en ‘Taal voor ouders’ (De Schoor); Bibliotheek op school; "
                                   "Stad & Natuur Almere; wijkdag", "2026-2027; 2027-2028"],
    ], [4.2, 9, 3.3])

    doc.add_heading("Vaststelling", level=2)
    _alinea(doc, "Dit plan wordt op 7 oktober 2025 ter instemming voorgelegd aan de medezeggenschapsraad van de "
                 "basisschool en ter advisering aan de oudercommissie van Buitenrijk. Daarna wordt het aangeboden "
                 "aan het College van Bestuur van de Almeerse Scholen Groep.")
    _alinea(doc, "Sanne Bloemendaal, IKC-directeur")

    doc.save(path)
    _vaste_zipdatum(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_210_ikc_de_zandhaver.docx")
