# -*- coding: utf-8 -*-
"""Schoolplan 2025-2029 van het Slufter College (brede scholengemeenschap, Almere Poort).

Zelfstandig script: build(path) schrijft het .docx-bestand met python-docx.
"""
import datetime

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

KLEUR_KADER = "E4F1EE"
KLEUR_KOP = "1F5C57"


# ---------------------------------------------------------------- hulpjes
def _taal_nl(doc):
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_def = defaults.find(qn("w:rPrDefault"))
    if rpr_def is None:
        rpr_def = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_def)
    rpr = rpr_def.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_def.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "nl-NL")
    lang.set(qn("w:eastAsia"), "nl-NL")
    lang.set(qn("w:bidi"), "ar-SA")


def _paginanummers(doc):
    voet = doc.sections[0].footer
    p = voet.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Schoolplan Slufter College 2025-2029  |  pagina ")
    r.font.size = Pt(8)
    run = p.add_run()
    run.font.size = Pt(8)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for el in (begin, instr, sep, txt, end):
        run._r.append(el)


def _arceer(cel, kleur):
    tcpr = cel._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), kleur)
    tcpr.append(shd)


def _kopregel(rij):
    trpr = rij._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def alinea(doc, tekst, vet_begin=None):
    p = doc.add_paragraph()
    if vet_begin:
        p.add_run(vet_begin).bold = True
    p.add_run(tekst)
    return p


def opsomming(doc, items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        if isinstance(it, tuple):
            p.add_run(it[0]).bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)


def tabel(doc, kop, rijen, breedtes=None):
    t = doc.add_table(rows=1, cols=len(kop))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, k in enumerate(kop):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(k)
        r.bold = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _arceer(c, KLEUR_KOP)
    _kopregel(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, waarde in enumerate(rij):
            cellen[i].text = ""
            r = cellen[i].paragraphs[0].add_run(waarde)
            r.font.size = Pt(9)
    if breedtes:
        for rij in t.rows:
            for i, b in enumerate(breedtes):
                rij.cells[i].width = Cm(b)
    doc.add_paragraph()
    return t


def waardenkader(doc, regels):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cel = t.rows[0].cells[0]
    _arceer(cel, KLEUR_KADER)
    p = cel.paragraphs[0]
    r = p.add_run("Zo zie je onze waarden hier")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x57)
    for waarde, tekst in regels:
        q = cel.add_paragraph()
        q.add_run(waarde + ". ").bold = True
        q.add_run(tekst)
    doc.add_paragraph()


# ---------------------------------------------------------------- inhoud
def build(path):
    path = str(path)
    doc = Document()
    _taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(2.5)
    _paginanummers(doc)

    cp = doc.core_properties
    cp.title = "Schoolplan Slufter College 2025-2029"
    cp.author = "Iris Wagenvoort"
    cp.subject = "Schoolplan"
    cp.keywords = "schoolplan; Slufter College; ASG"
    cp.language = "nl-NL"
    cp.created = datetime.datetime(2025, 6, 23, 9, 30, 0)
    cp.modified = datetime.datetime(2025, 7, 2, 16, 5, 0)
    cp.last_modified_by = "Iris Wagenvoort"
    cp.revision = 7

    # ------------------------------------------------ voorblad
    doc.add_paragraph()
    t = doc.add_paragraph(style="Title")
    t.add_run("Slufter College")
    p = doc.add_paragraph()
    r = p.add_run("Schoolplan 2025-2029")
    r.font.size = Pt(20)
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Elke route telt")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph()
    alinea(doc, "Openbare scholengemeenschap voor vmbo-t, havo en vwo (atheneum) in Almere Poort, "
                "onderdeel van de Almeerse Scholen Groep (ASG).")
    alinea(doc, "Looptijd: 1 augustus 2025 tot en met 31 juli 2029 (schooljaren 2025-2026 tot en met 2028-2029).")
    alinea(doc, "Instemming medezeggenschapsraad: 24 juni 2025. Vastgesteld door het College van Bestuur van ASG: 8 juli 2025.")
    alinea(doc, "Opgesteld door: Iris Wagenvoort (rector) en Dennis Amankwah (conrector onderwijs en kwaliteit), "
                "met de teamleiders, de stuurgroep schoolplan en bijdragen van leerlingen, ouders en collega's.")
    doc.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)

    # ------------------------------------------------ voorwoord
    doc.add_heading("Voorwoord", level=1)
    alinea(doc, "Voor u ligt het schoolplan van het Slufter College voor de jaren 2025 tot en met 2029. Het is ons "
                "derde schoolplan sinds de school in 2011 haar deuren opende in Almere Poort, en het eerste dat we "
                "op deze manier hebben opgebouwd. We wilden geen dik document dat na de vaststelling in een la "
                "verdwijnt. Daarom is elk hoofdstuk over een venster van de ASG-koers op dezelfde manier ingedeeld: "
                "eerst een eerlijke foto van hoe het er nu voor staat, dan een beschrijving van waar we in 2029 "
                "willen staan, en tot slot wat we daar concreet voor gaan doen. Een tabel met doelen sluit elk "
                "hoofdstuk af; die tabellen vormen de ruggengraat van onze jaarplannen.")
    alinea(doc, "Het plan is in het schooljaar 2024-2025 tot stand gekomen. We hielden twee studiemiddagen met het "
                "hele personeel (op 14 november 2024 en 5 februari 2025), waarin secties en teams de centrale vragen "
                "van het bestuur hebben besproken. De leerlingenraad organiseerde een eigen sessie met 46 leerlingen "
                "uit alle leerjaren, en het ouderpanel kwam twee keer bij elkaar. Wat daaruit kwam, ziet u terug in "
                "de keuzes in dit plan. Niet alles heeft een plek gekregen: we kiezen liever voor minder doelen die "
                "we echt waarmaken dan voor een lange lijst die we niet kunnen bijhouden.")
    alinea(doc, "Ik dank iedereen die heeft meegedacht, meegeschreven en kritisch heeft meegelezen. In het bijzonder "
                "dank ik de medezeggenschapsraad, die op 24 juni 2025 heeft ingestemd met dit plan.")
    alinea(doc, "Iris Wagenvoort, rector")

    # ------------------------------------------------ hoofdstuk 1
    doc.add_heading("1  Het Slufter College in het kort", level=1)
    alinea(doc, "Het Slufter College is een brede, openbare scholengemeenschap in Almere Poort. We bieden vmbo-t "
                "(de theoretische leerweg, bij ons 'mavo' genoemd), havo en atheneum aan, met een gemengde "
                "onderbouw: in de eerste klas zitten leerlingen met een mavo-, havo- of vwo-advies in "
                "dakpanklassen bij elkaar (mavo/havo en havo/vwo). Pas aan het eind van klas 2 kiezen we definitief "
                "voor een afdeling. Daarmee willen we leerlingen de tijd geven om te laten zien wat ze kunnen.")
    tabel(doc, ["Kenmerk", "Gegevens (peildatum 1 oktober 2024)"], [
        ["Naam", "Slufter College"],
        ["BRIN / vestiging", "31KT 00"],
        ["Bestuur", "Almeerse Scholen Groep (ASG)"],
        ["Denominatie", "Openbaar"],
        ["Afdelingen", "vmbo-t (mavo), havo, vwo (atheneum); dakpanklassen in leerjaar 1 en 2"],
        ["Aantal leerlingen", "1.476 (mavo 428, havo 566, vwo 482)"],
        ["Personeel", "141 medewerkers, samen 104,6 fte (waarvan 97 docenten)"],
        ["Schoolleiding", "Iris Wagenvoort (rector), Dennis Amankwah (conrector onderwijs en kwaliteit), "
                          "Jolanda Brinkhorst (conrector bedrijfsvoering), vier teamleiders"],
        ["Inspectie", "Basistoezicht; laatste vierjaarlijks onderzoek maart 2023"],
    ], breedtes=[4.5, 11.5])
    alinea(doc, "Almere Poort is een jonge, snelgroeiende wijk. Veel gezinnen zijn er de afgelopen tien jaar "
                "komen wonen, onder wie veel gezinnen die uit Amsterdam zijn verhuisd. Onze leerlingen komen voor "
                "ongeveer twee derde uit Poort zelf en voor de rest vooral uit Almere Stad West. Ruim een derde van onze leerlingen spreekt thuis naast "
                "Nederlands nog een andere taal; de grootste groepen zijn Surinaams-Nederlands, Turks, Arabisch, "
                "Engels en Pools. 13 procent van de leerlingen heeft een ondersteuningsbehoefte die in een "
                "ontwikkelingsperspectief of een handelingsplan is vastgelegd.")
    alinea(doc, "De school groeit nog steeds. In 2020 hadden we 1.250 leerlingen; de gemeentelijke prognose gaat uit "
                "van ongeveer 1.600 leerlingen in 2028. Dat vraagt iets van ons gebouw (in 2026 wordt een "
                "semipermanente vleugel met acht lokalen geplaatst) en vooral van het vinden en vasthouden van goede "
                "docenten. Net als elders in Almere is het lerarentekort bij ons merkbaar, vooral bij wiskunde, "
                "Duits, natuurkunde en scheikunde.")
    alinea(doc, "Wat leerlingen en ouders aan ons waarderen, weten we uit de tevredenheidspeilingen van Scholen op de "
                "kaart (voorjaar 2024): de sfeer in de school (leerlingen 7,3, ouders 7,6), de mentoren en de "
                "mogelijkheden om op een hoger niveau uit te komen. Kritischer zijn ze over de informatie over "
                "toetsen en cijfers (leerlingen 6,1), lesuitval (6,0) en de hoeveelheid huiswerk in de bovenbouw "
                "havo. Die signalen nemen we mee in de vensters hieronder.")

    # ------------------------------------------------ hoofdstuk 2
    doc.add_heading("2  Hoe dit plan werkt", level=1)
    doc.add_heading("Vier vensters, drie vragen", level=2)
    alinea(doc, "De Almeerse Scholen Groep beschrijft in haar koers vier vensters: goed en toegankelijk onderwijs, "
                "personeel in positie, de meerwaarde van ASG en partnerschap. Wij gebruiken die vier vensters als "
                "indeling van dit plan, omdat ze goed aansluiten bij hoe wij zelf over de school denken. Per "
                "venster beantwoorden we steeds drie vragen:")
    opsomming(doc, [
        ("Foto van nu: ", "hoe staan we ervoor? Hier noemen we cijfers, uitkomsten van peilingen en wat collega's, "
                          "leerlingen en ouders ons hebben verteld. Ook wat niet goed gaat."),
        ("Waar we in 2029 staan: ", "wat is er dan anders en beter, en hoe merkt een leerling, ouder of collega dat?"),
        ("Wat we daarvoor doen: ", "de aanpak, met wie en in welk tempo."),
    ])
    alinea(doc, "Elk venster sluit af met een tabel met onze doelen, met een nulmeting, een streefwaarde voor 2029, "
                "een planning en een eigenaar. De teamleiders en secties werken deze doelen jaarlijks uit in hun "
                "afdelingsplannen.")
    doc.add_heading("Onze waarden in elk venster", level=2)
    alinea(doc, "De vier kernwaarden van ASG (gezien worden, open, vooruitstrevend en ambitieus) zijn voor ons geen "
                "losse woorden op een poster in de aula. We willen laten zien hoe ze in ons dagelijks werk terugkomen. "
                "Daarom staat in elk venster een gekleurd kader met de titel 'Zo zie je onze waarden hier'. Daarin "
                "staat per waarde wat je er in dat deel van de school concreet van merkt, of waar we nog zoeken.")
    alinea(doc, "Hoe wij de waarden lezen, in het kort:")
    opsomming(doc, [
        ("Gezien worden: ", "iedereen op het Slufter College is waardevol en wordt gezien. Voor ons begint dat "
                            "bij de mentor en bij de collega die je begroet als je binnenkomt."),
        ("Open: ", "we zijn eerlijk over wat goed gaat en wat niet, en we zijn een school voor iedereen, welke "
                   "achtergrond, overtuiging of geaardheid je ook hebt."),
        ("Vooruitstrevend: ", "we durven dingen uit te proberen, zolang we ook nagaan of het werkt."),
        ("Ambitieus: ", "we halen eruit wat erin zit, bij leerlingen en bij onszelf, en we vinden dat je een "
                        "hoger niveau mag proberen."),
    ])

    # ------------------------------------------------ hoofdstuk 3: venster 1
    doc.add_heading("3  Venster 1: Goed en toegankelijk onderwijs", level=1)
    doc.add_heading("Foto van nu", level=2)
    alinea(doc, "De inspectie beoordeelde onze school in maart 2023 op alle onderzochte standaarden als voldoende; "
                "het pedagogisch klimaat en de begeleiding van leerlingen waren goed. Eén punt van zorg bleef: de "
                "resultaten van de havo-bovenbouw. Het bovenbouwsucces op de havo (het deel van de leerlingen dat "
                "zonder vertraging door havo 4 en 5 gaat en slaagt) lag over de laatste drie jaar gemiddeld op 79 "
                "procent, net onder de norm van de inspectie. Vooral in havo 4 blijven veel leerlingen zitten: in "
                "2023-2024 ging 74 procent van de leerlingen over, van de opstromers uit de mavo maar 62 procent.")
    alinea(doc, "De examenresultaten in 2024 waren: mavo 93 procent geslaagd, havo 84 procent, vwo 88 procent. Bij "
                "de mavo liggen we boven het landelijk gemiddelde, bij havo en vwo er iets onder. Het verschil tussen "
                "schoolexamen en centraal examen is bij wiskunde A en economie op de havo groter dan we willen "
                "(gemiddeld 0,6 punt).")
    alinea(doc, "In het voorjaar van 2024 hebben de teamleiders en de conrector 112 lessen bezocht met onze kijkwijzer "
                "'De sterke les', die uitgaat van vijf kenmerken: een helder lesdoel, activerende instructie, "
                "controle van begrip, effectieve leertijd en een afsluiting waarin het lesdoel terugkomt. In 61 procent "
                "van de lessen waren alle vijf kenmerken zichtbaar. De controle van begrip was het zwakste onderdeel. "
                "Leerlingen zeggen in de peiling dat ze in een les niet altijd weten wat ze moeten leren.")
    alinea(doc, "Over de begeleiding zijn leerlingen en ouders positief. Ons mentoraat is sterk: iedere klas heeft "
                "een mentor met twee mentoruren per week in de onderbouw en één in de bovenbouw. Toch zegt 29 procent "
                "van de leerlingen dat zij zich niet echt gezien voelen door een volwassene op school. In de bovenbouw "
                "havo is dat 38 procent. In de gesprekken met de leerlingenraad kwam naar voren dat leerlingen die "
                "geen problemen hebben maar ook niet uitblinken, het gevoel hebben dat niemand naar hen omkijkt.")
    alinea(doc, "Ons schoolondersteuningsprofiel dateert uit 2021 en beschrijft de situatie van voor de groei. "
                "Onze leerlingvolgsystemen werken, maar de informatie zit verspreid over Magister, de Cito-toetsen "
                "van het Volgsysteem VO en losse Excel-overzichten van de mentoren. Een samenhangende leerlijn "
                "digitale geletterdheid ontbreekt; elke sectie doet er iets aan, maar niemand heeft het overzicht.")

    doc.add_heading("Waar we in 2029 staan", level=2)
    alinea(doc, "In 2029 halen al onze afdelingen ruim de normen van de inspectie, ook de havo-bovenbouw. Leerlingen "
                "die vanuit de mavo naar havo 4 gaan, hebben een reële kans om daar te slagen, omdat we hen er in "
                "mavo 4 al op voorbereiden en in havo 4 een eigen begeleidingslijn hebben. In vrijwel elke les is "
                "duidelijk wat er geleerd wordt en checkt de docent of dat ook gelukt is. Leerlingen weten welke "
                "toetsen eraan komen en wanneer hun cijfers binnen zijn.")
    alinea(doc, "Elke leerling heeft minstens één volwassene op school die hem of haar echt kent. Mentoren hebben met "
                "alle leerlingen een paar keer per jaar een persoonlijk gesprek, niet alleen met de leerlingen over "
                "wie zorgen zijn. We hebben een actueel ondersteuningsprofiel dat ouders en basisscholen eerlijk vertelt "
                "wat we wel en niet kunnen bieden. Het curriculum in de onderbouw bevat een doorlopende leerlijn "
                "digitale geletterdheid en een leerlijn burgerschap die niet van één vak afhangt.")

    doc.add_heading("Wat we daarvoor doen", level=2)
    doc.add_heading("Onderwijsprogramma en lessen", level=3)
    alinea(doc, "Ons onderwijsprogramma volgt de wettelijke eisen voor de onderbouw (de kerndoelen) en de "
                "examenprogramma's van mavo, havo en vwo. In de onderbouw werken we met methodes als Nieuw "
                "Nederlands, Getal & Ruimte, Stepping Stones en Geo, aangevuld met eigen materiaal. De lessentabel "
                "telt in leerjaar 1 en 2 dertig lesuren van 45 minuten per week, plus twee uur Slufterlab (zie het "
                "kader). In de bovenbouw kunnen leerlingen kiezen uit alle vier de profielen; de mavo biedt naast de "
                "theoretische vakken het keuzevak 'Ondernemen en dienstverlening' aan, als voorbereiding op de "
                "nieuwe leerweg.")
    alinea(doc, "Om de lessen sterker te maken, kiezen we de komende vier jaar voor één didactisch speerpunt: "
                "controle van begrip en formatief handelen. Alle docenten volgen in 2025-2026 een training in "
                "'effectieve instructie en formatief evalueren', verzorgd door twee eigen collega's die hiervoor zijn "
                "opgeleid via de ASG Academie. De secties spreken per leerjaar af welke vormen van begripscontrole "
                "(wisbordjes, exit tickets, quizzen in Socrative) zij gebruiken. Leerteams kiezen elk jaar een eigen "
                "onderzoeksvraag op dit gebied (zie venster 2).")
    alinea(doc, "Voor de havo-bovenbouw starten we per augustus 2025 met een plan van aanpak. De belangrijkste "
                "onderdelen zijn: een verplicht plusuur wiskunde A en economie in havo 4, een vaste "
                "studiecoach voor alle opstromers uit de mavo, een doorlopende planning van schoolexamens zodat "
                "er geen weken meer zijn met vier of meer toetsen, en een analyse van de verschillen tussen "
                "schoolexamen en centraal examen per vak, die de sectie elk jaar in oktober met de teamleider "
                "bespreekt. In mavo 4 volgen leerlingen die naar de havo willen een schakelprogramma van tien "
                "middagen.")
    doc.add_heading("Burgerschap", level=3)
    alinea(doc, "Burgerschap geven we op dit moment vooral vorm in het vak maatschappijleer en in de mentorlessen. "
                "Dat is te smal. In 2025-2026 stelt een werkgroep van zes docenten (maatschappijleer, geschiedenis, "
                "levensbeschouwing, Nederlands, aardrijkskunde en een mentor) een leerlijn op voor leerjaar 1 tot en "
                "met 3, gebaseerd op de wettelijke burgerschapsopdracht: kennis van en respect voor de basiswaarden "
                "van de democratische rechtsstaat, en oefenen met het omgaan met verschillen. Vaste onderdelen worden "
                "een debatproject in klas 2 met ProDemos, een bezoek aan de gemeenteraad van Almere in klas 3 en "
                "de leerlingenraadsverkiezingen, die we als echte verkiezing organiseren. Vanaf 2026-2027 brengen we "
                "per leerling in beeld welke onderdelen zijn gevolgd.")
    doc.add_heading("Veiligheid en schoolklimaat", level=3)
    alinea(doc, "88 procent van onze leerlingen voelt zich volgens de Monitor sociale veiligheid (2024) veilig op "
                "school. Dat is goed, maar de 12 procent die dat niet zegt, zijn ruim 170 leerlingen. We werken met de "
                "'Slufterafspraken', vier gedragsafspraken die in elk lokaal hangen en die de leerlingenraad in "
                "2023 mee heeft geformuleerd. Bij pesten en conflicten werken we herstelgericht: de coördinator "
                "veiligheid en de mentoren zijn opgeleid in het voeren van herstelgesprekken. Een anti-pestcoördinator "
                "en twee vertrouwenspersonen zijn voor leerlingen bereikbaar via een vaste knop in Magister. Incidenten "
                "registreren we in Magister; de coördinator veiligheid rapporteert twee keer per jaar aan de "
                "schoolleiding en de MR. We nemen de Monitor sociale veiligheid jaarlijks af in klas 1, 3 en 5.")
    doc.add_heading("Ondersteuning", level=3)
    alinea(doc, "De basisondersteuning ligt bij de mentor en de vakdocent. Daarnaast hebben we een ondersteuningsteam "
                "met twee zorgcoördinatoren, een orthopedagoog, een begeleider passend onderwijs en een "
                "remedial teacher voor dyslexie en dyscalculie. In de trajectvoorziening 'Het Steigerlokaal' kunnen "
                "leerlingen die tijdelijk vastlopen een deel van hun lessen volgen. We maken deel uit van het "
                "samenwerkingsverband voor het voortgezet onderwijs in Almere.")
    alinea(doc, "In 2025-2026 herschrijven we het schoolondersteuningsprofiel. Daarin beschrijven we per onderdeel wat "
                "we kunnen bieden (bijvoorbeeld begeleiding bij autisme in een gewone klas, met een vaste "
                "prikkelarme werkplek en een coach) en waar onze grens ligt (bijvoorbeeld dagelijkse medische "
                "verzorging of intensieve gedragsbegeleiding in de klas). Het profiel wordt besproken met de MR en "
                "met de basisscholen waar de meeste leerlingen vandaan komen, en daarna jaarlijks in juni geactualiseerd.")
    alinea(doc, "Om beter zicht te krijgen op wat leerlingen nodig hebben, voeren we per 2025-2026 het "
                "'mentorkwartier' in: elke leerling heeft minstens drie keer per jaar een individueel gesprek van "
                "een kwartier met de mentor, over leren, over hoe het gaat en over wat hij of zij nodig heeft. Per "
                "klas houden we twee keer per jaar een leerlingbespreking waarin we de gegevens uit Magister, de "
                "Cito-toetsen en het mentorkwartier samen bekijken. We brengen de informatie bij elkaar in één "
                "leerlingdossier in Magister, zodat we niet langer met losse lijsten werken.")
    doc.add_heading("Toekomstgericht curriculum", level=3)
    alinea(doc, "In 2025-2026 brengen we in kaart wat de secties nu aan digitale geletterdheid doen. In 2026-2027 "
                "stellen we een leerlijn vast voor leerjaar 1 tot en met 3, met vier onderdelen: ICT-basisvaardigheden, "
                "informatievaardigheden, mediawijsheid en computational thinking. Voor mediawijsheid en AI werken we "
                "met de lessen van Mediawijs en de Nieuwe Bibliotheek Almere. Elke sectie krijgt een vast deel van "
                "de leerlijn toegewezen, zodat het niet meer bij één enthousiaste collega blijft.")
    doc.add_heading("Kwaliteitszorg", level=3)
    alinea(doc, "Onze kwaliteitszorg werkt volgens een vaste jaarcyclus. In september stellen de afdelingen hun "
                "jaarplan op, afgeleid van de doelen in dit schoolplan. In oktober volgt de examenanalyse per vak. "
                "Van november tot maart lopen de lesbezoeken met de kijkwijzer; elke docent wordt minstens twee keer "
                "per jaar bezocht, één keer door de teamleider en één keer door een collega. In januari en juni "
                "rapporteert de schoolleiding aan het College van Bestuur in de kwartaal- en halfjaarrapportages. "
                "In juni evalueren de teams hun jaarplan; de uitkomsten gaan naar het jaarverslag en naar het "
                "volgende jaarplan.")
    alinea(doc, "We peilen de tevredenheid van leerlingen en ouders elke twee jaar via Scholen op de kaart, en van "
                "medewerkers via het medewerkersonderzoek van ASG. Daarnaast vragen we per periode in twee klassen "
                "per afdeling feedback op lessen via een korte leerlingenquête. De conrector onderwijs en kwaliteit "
                "is eigenaar van de kwaliteitszorg; een kwaliteitsmedewerker (0,4 fte) ondersteunt bij de analyses.")

    waardenkader(doc, [
        ("Gezien worden", "In het mentorkwartier spreekt de mentor elke leerling drie keer per jaar apart. In de "
                          "leerlingbespreking kijken we niet alleen naar cijfers, maar vragen we ons per leerling "
                          "af wat hij of zij nodig heeft. Ook de 'stille middengroep' komt aan bod."),
        ("Open", "Toetsdata en cijfers staan binnen tien werkdagen in Magister. Het PTA, de overgangsnormen en het "
                 "toetsrooster staan vanaf 1 oktober op de website, in begrijpelijke taal en met een korte "
                 "uitleg per afdeling."),
        ("Vooruitstrevend", "In het Slufterlab werken leerlingen in klas 1 en 2 twee uur per week vakoverstijgend "
                            "aan een ontwerpopdracht, zoals een waterbestendige speelplek voor Poort of een app voor "
                            "nieuwe brugklassers. Docenten van techniek, biologie, beeldende vorming en Nederlands "
                            "begeleiden samen. In 2026 evalueren we het lab met leerlingen en ouders."),
        ("Ambitieus", "Wie het aankan, mag op een hoger niveau werken: mavoleerlingen kunnen een vak op havoniveau "
                      "afsluiten, havoleerlingen een vak op vwo-niveau. In 2024-2025 deden 64 leerlingen dat; we "
                      "willen dat aantal verdubbelen. Bij twijfel over het niveau in klas 2 kiezen we voor de "
                      "hogere afdeling, met een afspraak over extra begeleiding."),
    ])

    doc.add_heading("Onze doelen voor venster 1", level=2)
    tabel(doc, ["Doel", "Nu (2024-2025)", "In 2029", "Wanneer", "Eigenaar"], [
        ["Bovenbouwsucces havo boven de inspectienorm", "79% (driejaarsgemiddelde)", "minstens 85%",
         "boven de norm vanaf 2026-2027", "teamleider havo 4-5"],
        ["Slagingspercentages", "mavo 93%, havo 84%, vwo 88%", "mavo ≥ 95%, havo ≥ 88%, vwo ≥ 90%",
         "jaarlijks, examenanalyse oktober", "teamleiders bovenbouw"],
        ["Overgang opstromers mavo → havo 4", "62%", "75%", "schakelprogramma vanaf 2025-2026",
         "teamleider havo 4-5"],
        ["Lessen met alle vijf kenmerken van 'De sterke les'", "61% (112 bezoeken)", "85%",
         "jaarlijkse lesbezoekronde nov.-maart", "conrector onderwijs"],
        ["Leerlingen die zich gezien voelen door een volwassene", "71%", "85% (bovenbouw havo ≥ 80%)",
         "peiling 2026 en 2028", "teamleiders, mentoren"],
        ["Leerlingen die zich veilig voelen", "88%", "minstens 92%", "monitor jaarlijks in klas 1, 3 en 5",
         "coördinator veiligheid"],
        ["Nieuw schoolondersteuningsprofiel", "SOP uit 2021", "actueel SOP, jaarlijks bijgewerkt",
         "vastgesteld juni 2026", "zorgcoördinatoren"],
        ["Leerlijnen digitale geletterdheid en burgerschap", "geen samenhangende leerlijnen",
         "beide leerlijnen in uitvoering in klas 1-3", "burgerschap 2025-2026, digitaal 2026-2027",
         "werkgroepen, conrector"],
        ["Leerlingen die een vak op een hoger niveau volgen", "64", "minstens 130", "jaarlijks in oktober",
         "decanen"],
    ], breedtes=[4.2, 3.0, 3.2, 3.2, 2.6])

    # ------------------------------------------------ hoofdstuk 4: venster 2
    doc.add_heading("4  Venster 2: Personeel in positie", level=1)
    doc.add_heading("Foto van nu", level=2)
    alinea(doc, "We hebben een betrokken en gemêleerd team: de jongste docent is 23, de oudste 66. Ongeveer een "
                "kwart van de docenten werkt korter dan vijf jaar in het onderwijs. In 2024-2025 hadden negen "
                "docenten nog geen volledige bevoegdheid voor het vak dat zij geven, van wie vijf zij-instromers. "
                "Twee vacatures (Duits en natuurkunde) konden we het hele jaar niet vervullen; die lessen zijn "
                "opgevangen door collega's met extra uren en door een docent via een bemiddelingsbureau.")
    alinea(doc, "Het ziekteverzuim lag in 2024 op 6,4 procent, met een meldingsfrequentie van 1,3. Het langdurig "
                "verzuim concentreert zich bij een kleine groep. In het medewerkersonderzoek van 2024 scoorde "
                "werkdruk een 5,8; vooral mentoren en docenten met examenklassen ervaren die hoog. Van de "
                "medewerkers had 74 procent in het afgelopen jaar een ontwikkelgesprek; bij het onderwijsondersteunend "
                "personeel was dat maar 52 procent. Er zijn vijf leerteams actief, maar deelname is vrijwillig en "
                "de opbrengsten worden nauwelijks gedeeld.")

    doc.add_heading("Waar we in 2029 staan", level=2)
    alinea(doc, "In 2029 is het Slufter College een school waar mensen graag komen werken en blijven. Nieuwe "
                "collega's worden goed ingewerkt, en wie nog geen bevoegdheid heeft, haalt die met steun van de "
                "school binnen een afgesproken termijn. Medewerkers ervaren erkenning van hun professionaliteit en "
                "expertise en voelen zich gezien. Iedereen heeft elk jaar een goed gesprek over werk en ontwikkeling, "
                "en iedere docent maakt deel uit van een leerteam dat onderzoek doet naar een vraag uit de eigen "
                "lespraktijk. Het verzuim is gedaald en de werkdruk is hanteerbaar.")

    doc.add_heading("Wat we daarvoor doen", level=2)
    alinea(doc, "We zijn opleidingsschool binnen het partnerschap van ASG met Windesheim en de Hogeschool van "
                "Amsterdam. Elk jaar begeleiden we twaalf tot vijftien studenten van de lerarenopleidingen; we willen "
                "dat uitbreiden naar twintig. Studenten die bij ons stage lopen, krijgen voorrang bij vacatures. "
                "Onbevoegde docenten krijgen bij hun start een opleidingsplan met een einddatum, een vaste coach "
                "(een van onze drie schoolopleiders) en per week twee uur studieruimte in hun rooster. De school "
                "betaalt het collegegeld, mits de docent na afronding nog twee jaar blijft. We volgen de voortgang "
                "twee keer per jaar in het gesprek met de teamleider.", vet_begin="Werving en begeleiding. ")
    alinea(doc, "Nieuwe medewerkers volgen in hun eerste jaar ons inwerkprogramma: een introductiedag in augustus, "
                "een buddy uit de eigen sectie, zes intervisiebijeenkomsten met andere starters en deelname aan de "
                "bijeenkomst ASG Start van het bestuur. Starters geven in hun eerste jaar twee lesuren minder "
                "les.", vet_begin="Inwerken. ")
    alinea(doc, "Met ingang van 2025-2026 hanteren we een vaste gesprekscyclus voor iedereen, ook voor het "
                "onderwijsondersteunend personeel: een ontwikkelgesprek in het najaar, een voortgangsgesprek in het "
                "voorjaar en om de drie jaar een beoordelingsgesprek. De afspraken leggen we vast in het digitale "
                "personeelsdossier van ASG. De teamleiders zijn leidinggevende van ten hoogste 28 medewerkers, zodat "
                "de gesprekken ook echt gevoerd kunnen worden. Voorafgaand aan elk ontwikkelgesprek bekijkt de "
                "docent zelf minstens één lesbezoek en de resultaten van de leerlingenquête.",
           vet_begin="Gesprekscyclus. ")
    alinea(doc, "Iedere medewerker formuleert elk jaar een eigen ontwikkelvraag. Daarbij kan hij of zij kiezen uit "
                "het aanbod van de ASG Academie, uit externe opleidingen of uit het werk in een leerteam. De school "
                "reserveert per fte 600 euro voor individuele scholing, boven op het budget voor de studiedagen. "
                "Vanaf 2026-2027 nemen alle docenten deel aan een leerteam van vier tot zes collega's, dat een jaar "
                "lang werkt aan een vraag over formatief handelen of over de begeleiding van leerlingen. Elk leerteam "
                "presenteert zijn bevindingen op de Slufter Leerdag in juni.", vet_begin="Professionalisering. ")
    alinea(doc, "Om het verzuim te verlagen, voeren leidinggevenden bij een tweede ziekmelding binnen een jaar een "
                "verzuimgesprek volgens het protocol van ASG, samen met de bedrijfsarts. We verdelen mentoraten "
                "eerlijker: niemand is langer dan drie jaar achter elkaar mentor van een examenklas. De "
                "werkdrukmiddelen besteden we aan een extra onderwijsassistent per afdeling, die surveillances en "
                "administratieve taken overneemt. Collega's vanaf 57 jaar kunnen in overleg gebruikmaken van de "
                "regeling duurzame inzetbaarheid, en we bespreken in het ontwikkelgesprek welke fase van de "
                "loopbaan iemand in zit en wat dat vraagt, bijvoorbeeld voor jonge ouders of mantelzorgers.",
           vet_begin="Gezond en met plezier werken. ")

    waardenkader(doc, [
        ("Gezien worden", "Wie nieuw begint, heeft op de eerste dag een buddy, een sleutel, een werkende laptop en "
                          "een rooster. Na zes weken vraagt de teamleider hoe de start is bevallen."),
        ("Open", "De notulen van het schoolleidingsoverleg staan binnen een week op het intranet. Eens per "
                 "kwartaal is er een open spreekuur van de rector, waar elke medewerker zonder afspraak kan "
                 "binnenlopen."),
        ("Vooruitstrevend", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te "
                            "geven."),
        ("Ambitieus", "Iedere collega kiest zelf zijn of haar ontwikkelvraag en mag daar tijd en budget voor "
                      "vragen; we zien professionalisering niet als verplichting maar als recht. Wij geven altijd "
                      "het beste van onszelf."),
    ])

    doc.add_heading("Onze doelen voor venster 2", level=2)
    tabel(doc, ["Doel", "Nu (2024-2025)", "In 2029", "Wanneer", "Eigenaar"], [
        ["Onbevoegde docenten in een opleidingstraject met einddatum", "9 onbevoegd, 6 in traject",
         "100% in traject; aantal onbevoegden ≤ 3", "alle trajecten gestart vóór 1 januari 2026",
         "conrector bedrijfsvoering"],
        ["Medewerkers met jaarlijks ontwikkelgesprek", "74% (OOP 52%)", "100%", "vanaf 2025-2026",
         "teamleiders"],
        ["Docenten in een leerteam", "5 leerteams, ca. 25 docenten", "alle docenten", "vanaf 2026-2027",
         "conrector onderwijs"],
        ["Medewerkers met een eigen ontwikkelvraag en scholingsactiviteit", "niet gemeten", "100%",
         "vastgelegd in personeelsdossier, jaarlijks", "teamleiders"],
        ["Ziekteverzuim", "6,4%", "≤ 5,0%", "tussenmeting eind 2027", "rector"],
        ["Score werkdruk in medewerkersonderzoek", "5,8", "≥ 6,8", "MTO 2026 en 2028", "schoolleiding"],
        ["Stageplaatsen lerarenopleiding", "12-15 per jaar", "20 per jaar", "vanaf 2026-2027",
         "schoolopleiders"],
    ], breedtes=[4.2, 3.0, 3.2, 3.2, 2.6])

    # ------------------------------------------------ hoofdstuk 5: venster 3
    doc.add_heading("5  Venster 3: Samen sterker binnen ASG", level=1)
    doc.add_heading("Foto van nu", level=2)
    alinea(doc, "We zijn een van de grotere scholen binnen ASG, en eerlijk gezegd zijn we lange tijd vooral met "
                "onszelf bezig geweest. De schoolleiding neemt deel aan het directeurenoverleg en aan de "
                "Koersplandagen, en onze examensecretaris werkt samen met de examensecretariaten van de andere "
                "VO-scholen. Maar op het niveau van de secties is er weinig contact met collega's van andere "
                "ASG-scholen. Een uitzondering is de sectie wiskunde, die sinds 2023 samen met een ASG-school in "
                "Almere Buiten toetsen voor havo 4 ontwikkelt.")
    alinea(doc, "Met de basisscholen in Poort hebben we een goede warme overdracht: in het voorjaar bezoeken onze "
                "brugklascoördinatoren de groepen 8 van zeven basisscholen, waarvan vijf van ASG. Wat we nog niet "
                "doen, is de basisscholen laten weten hoe hun oud-leerlingen het bij ons doen. En als een leerling "
                "beter op zijn plek is op een andere school, bijvoorbeeld een school met praktijkonderwijs, een "
                "Daltonschool of een vmbo met beroepsgerichte leerwegen, duurt de overstap nu vaak maanden.")

    doc.add_heading("Waar we in 2029 staan", level=2)
    alinea(doc, "In 2029 werken minstens zes van onze secties structureel samen met een sectie van een andere "
                "ASG-school: ze maken samen toetsen, kijken bij elkaar in de les of ontwikkelen samen materiaal. "
                "Wat wij ontwikkelen, zoals het Slufterlab en onze aanpak voor opstromers, delen we met andere "
                "scholen. Basisscholen krijgen elk jaar terugkoppeling over hun oud-leerlingen, en een leerling "
                "die binnen ASG van school wil of moet wisselen, heeft binnen zes weken een nieuwe plek.")

    doc.add_heading("Wat we daarvoor doen", level=2)
    opsomming(doc, [
        "Elk jaar zoeken één of twee secties een partnersectie binnen ASG. De school maakt daar per sectie tien "
        "uur per jaar voor vrij. In 2025-2026 beginnen Nederlands en biologie.",
        "We presenteren elk jaar ten minste één opbrengst van een leerteam of project op een ASG-brede studiedag "
        "of een Koersplandag. In 2025-2026 is dat het Slufterlab.",
        "In november sturen we alle aanleverende basisscholen een overzicht van hoe hun oud-leerlingen het in "
        "klas 1 en 2 doen (niveau, doorstroom, bijzonderheden), en we bespreken dat met hun intern begeleiders "
        "tijdens een terugkommiddag.",
        "Met de zorgcoördinatoren van de andere ASG-scholen voor voortgezet onderwijs maken we in 2025-2026 een "
        "vaste werkwijze voor tussentijdse overstappen binnen ASG, met een vaste termijn en een warme overdracht "
        "tussen de mentoren.",
    ])

    waardenkader(doc, [
        ("Gezien worden", "Collega's van andere ASG-scholen die bij ons komen kijken, worden bij de receptie "
                          "opgehaald door een leerling van het leerlingengidsenteam en krijgen een rondleiding."),
        ("Open", "Onze havo-resultaten bespreken we openlijk in het directeurenoverleg van ASG, en we vragen "
                 "andere scholen om mee te kijken naar onze aanpak."),
        ("Vooruitstrevend", "Het Slufterlab brengen we in het innovatienetwerk van ASG in, met alle opdrachten "
                            "en beoordelingsformulieren."),
        ("Ambitieus", "Een leerling die bij ons niet op de goede plek zit, moet snel een betere plek krijgen, ook "
                      "als dat een andere school is."),
    ])

    doc.add_heading("Onze doelen voor venster 3", level=2)
    tabel(doc, ["Doel", "Nu (2024-2025)", "In 2029", "Wanneer", "Eigenaar"], [
        ["Secties die structureel samenwerken met een ASG-partnersectie", "1 (wiskunde)", "minstens 6",
         "twee secties per jaar erbij", "conrector onderwijs"],
        ["Presentaties op ASG-studiedagen en Koersplandagen", "0", "minstens 1 per jaar", "vanaf 2025-2026",
         "rector"],
        ["Basisscholen die terugkoppeling krijgen over oud-leerlingen", "0", "alle aanleverende scholen",
         "jaarlijks in november, vanaf 2025", "brugklascoördinatoren"],
        ["Doorlooptijd tussentijdse overstap binnen ASG", "vaak 2-4 maanden", "maximaal 6 weken",
         "werkwijze vastgesteld juli 2026", "zorgcoördinatoren"],
    ], breedtes=[4.2, 3.0, 3.2, 3.2, 2.6])

    # ------------------------------------------------ hoofdstuk 6: venster 4
    doc.add_heading("6  Venster 4: Partnerschap", level=1)
    doc.add_heading("Foto van nu", level=2)
    alinea(doc, "Ouders zijn welkom op school, maar in de bovenbouw zien we ze nauwelijks nog. In de onderbouw voeren "
                "we twee keer per jaar driehoeksgesprekken tussen leerling, ouder en mentor; 68 procent van de ouders "
                "was daarbij in 2024-2025. We hebben een ouderpanel van veertien ouders dat twee keer per jaar bij "
                "elkaar komt. De MR heeft twaalf leden (zes personeelsleden, drie ouders en drie leerlingen) en de "
                "leerlingenraad is actief en goed georganiseerd.")
    alinea(doc, "Met het ROC van Flevoland en Windesheim hebben we afspraken over doorstroom en meeloopdagen. Voor de "
                "loopbaanoriëntatie werken we samen met veertien bedrijven en instellingen, vooral in Almere Stad. "
                "In Poort zelf hebben we weinig contacten, terwijl de wijk groeit en er veel gebeurt: nieuwe "
                "bedrijven en winkels rond het Olympiakwartier, een nieuw wijkcentrum en Almere Duin, "
                "waar een hele nieuwe strandwijk verrijst.")

    doc.add_heading("Waar we in 2029 staan", level=2)
    alinea(doc, "Ouders zijn betrokken bij het leerproces van hun kind. Dat betekent voor ons dat ouders in alle "
                "leerjaren weten hoe het met hun kind gaat en op welke momenten zij kunnen meepraten, en dat ook de "
                "ouders van bovenbouwleerlingen meedoen aan de gesprekken over profielkeuze en vervolgstudie. De "
                "school is een herkenbare partner in Poort: leerlingen lopen stages en doen projecten in de wijk, en "
                "de wijk komt bij ons binnen. Met de andere schoolbesturen en de opleidingen in Almere werken we "
                "samen aan het tekort aan leraren.")

    doc.add_heading("Wat we daarvoor doen", level=2)
    alinea(doc, "We breiden de driehoeksgesprekken uit naar alle leerjaren. In de bovenbouw worden ze gekoppeld aan "
                "de loopbaanoriëntatie: in havo 4 en vwo 5 bespreken leerling, ouder en mentor samen de keuze voor "
                "een vervolgopleiding. Ouders die het Nederlands minder goed beheersen, kunnen een tolk meenemen of "
                "een gesprek aanvragen met een collega die hun taal spreekt; we houden een lijst bij van collega's "
                "die een andere taal spreken en dat willen doen. Vanaf 2025-2026 sturen we na elke periode een korte "
                "update aan ouders per klas in plaats van de algemene nieuwsbrief.", vet_begin="Ouders. ")
    alinea(doc, "Het ouderpanel komt vier keer per jaar bij elkaar en krijgt vooraf de belangrijkste "
                "beleidsvoornemens voorgelegd, zoals de herziening van de toetsweken en het nieuwe "
                "ondersteuningsprofiel. De MR krijgt de jaarplannen en de halfjaarrapportage niet alleen ter "
                "kennisname, maar bespreekt ze met de schoolleiding in een extra vergadering in februari. De "
                "leerlingenraad heeft een eigen budget van 2.500 euro per jaar en mag jaarlijks één onderwerp "
                "agenderen in de MR.", vet_begin="Medezeggenschap. ")
    alinea(doc, "We willen het aantal partners voor stages, snuffelstages en LOB-activiteiten uitbreiden van "
                "veertien naar vijfentwintig, met nadruk op bedrijven en instellingen in Poort. Een LOB-coördinator "
                "(0,2 fte) onderhoudt die contacten. Met de wijkagent en het jongerenwerk van De Schoor hebben we "
                "vanaf 2025 elke zes weken overleg over wat er in de wijk speelt, bijvoorbeeld over overlast rond "
                "het winkelcentrum na schooltijd. In mavo 3 doen alle leerlingen een maatschappelijk project van "
                "twintig uur bij een organisatie in Poort.", vet_begin="Partners in de wijk en de stad. ")
    alinea(doc, "Het tekort aan leraren lossen we niet alleen op. Met de andere Almeerse schoolbesturen voor "
                "voortgezet onderwijs en met Windesheim werken we in de regionale aanpak lerarentekort samen aan een "
                "gezamenlijke pool voor zij-instromers en aan het delen van docenten in tekortvakken. Vanaf "
                "2026-2027 delen we een docent Duits met een school van een ander bestuur in Almere Stad.",
           vet_begin="Lerarentekort. ")

    waardenkader(doc, [
        ("Gezien worden", "Ouders van nieuwe brugklassers krijgen in september een kennismakingsgesprek met de "
                          "mentor, zonder dat er een probleem is. Wie onze school voor het eerst bezoekt, wordt "
                          "bij de ingang opgevangen door iemand van de receptie of een leerling-gids."),
        ("Open", "In gesprekken met ouders gebruiken we geen vakjargon. Klachten en conflicten bespreken we eerst "
                 "in een herstelgesprek, met wederzijds respect, voordat we naar de klachtenregeling verwijzen."),
        ("Vooruitstrevend", "Voor het Slufterlab leveren bedrijven in Poort echte ontwerpvragen aan, en zij "
                            "beoordelen aan het eind van het project samen met de docenten het werk van de "
                            "leerlingen."),
        ("Ambitieus", "We verwachten van ouders dat zij meedoen in de gesprekken over hun kind, en we verwachten "
                      "van onszelf dat we het ze zo makkelijk mogelijk maken."),
    ])

    doc.add_heading("Onze doelen voor venster 4", level=2)
    tabel(doc, ["Doel", "Nu (2024-2025)", "In 2029", "Wanneer", "Eigenaar"], [
        ["Ouders aanwezig bij driehoeksgesprekken", "68% (alleen onderbouw)", "90% in alle leerjaren",
         "bovenbouw vanaf 2026-2027", "teamleiders, mentoren"],
        ["Bijeenkomsten ouderpanel per jaar", "2", "4", "vanaf 2025-2026", "rector"],
        ["Partners voor stages en LOB", "14", "25, waarvan minstens 10 in Poort", "jaarlijks +3",
         "LOB-coördinator"],
        ["Overleg met wijkagent en jongerenwerk", "incidenteel", "elke zes weken", "vanaf september 2025",
         "coördinator veiligheid"],
        ["Gedeelde docenten in tekortvakken met andere besturen", "0", "minstens 2", "eerste in 2026-2027",
         "conrector bedrijfsvoering"],
    ], breedtes=[4.2, 3.0, 3.2, 3.2, 2.6])

    # ------------------------------------------------ hoofdstuk 7: openbaar
    doc.add_heading("7  Openbaar en van iedereen", level=1)
    alinea(doc, "Het Slufter College is een openbare school. Dat betekent voor ons dat iedere leerling welkom is, "
                "ongeacht geloof, levensovertuiging, afkomst of seksuele geaardheid, en dat we de verschillen "
                "tussen leerlingen niet wegstoppen maar er in de les en daarbuiten aandacht aan besteden. "
                "Leerlingen leren bij ons om respectvol met elkaar van mening te verschillen.")
    alinea(doc, "Concreet doen we dat zo:")
    opsomming(doc, [
        "In het vak levensbeschouwing (klas 1 tot en met 3) maken leerlingen kennis met de grote religies en "
        "levensbeschouwingen, onder meer door bezoeken aan een moskee, een kerk en een hindoeïstische tempel in Almere.",
        "Elk jaar in oktober organiseren we de 'Week van de dialoog', waarin leerlingen in gemengde groepen "
        "over een actueel onderwerp in gesprek gaan, begeleid door getrainde leerlingen uit de bovenbouw.",
        "De Gender & Sexuality Alliance van de school komt elke twee weken bij elkaar en organiseert Paarse "
        "Vrijdag; de schoolleiding spreekt de school die dag toe.",
        "We hebben een stilteruimte die open is voor gebed en bezinning, voor iedereen.",
        "Bij het werven van nieuwe collega's letten we erop dat het team de diversiteit van de leerlingen beter "
        "weerspiegelt; we werven ook via de netwerken van Windesheim en de zij-instroompool, en we passen de "
        "samenstelling van sollicitatiecommissies daarop aan.",
    ])

    # ------------------------------------------------ hoofdstuk 8: planning
    doc.add_heading("8  Planning, verantwoording en vaststelling", level=1)
    alinea(doc, "De doelen uit de vensters zijn verdeeld over de vier schooljaren. Elk jaar in juni maken we het "
                "jaarplan voor het volgende schooljaar; in het jaarverslag leggen we verantwoording af aan het "
                "bestuur, de MR en de ouders. Halverwege de planperiode, in het voorjaar van 2027, houden we een "
                "tussenevaluatie met een klein visitatieteam van twee andere ASG-scholen.")
    tabel(doc, ["Schooljaar", "Zwaartepunten"], [
        ["2025-2026", "plan van aanpak havo-bovenbouw; mentorkwartier; training formatief handelen; leerlijn "
                      "burgerschap; nieuw SOP; gesprekscyclus voor iedereen; driehoeksgesprekken bovenbouw voorbereiden"],
        ["2026-2027", "leerlijn digitale geletterdheid; alle docenten in leerteams; driehoeksgesprekken in alle "
                      "leerjaren; werkwijze overstappen binnen ASG; eerste gedeelde docent tekortvak; "
                      "tussenevaluatie met visitatieteam (voorjaar 2027)"],
        ["2027-2028", "bijstelling na de tussenevaluatie; verdieping formatief handelen in de "
                      "bovenbouw; uitbreiding partners in Poort"],
        ["2028-2029", "borging; eindevaluatie en voorbereiding van het schoolplan 2029-2033"],
    ], breedtes=[3.0, 13.0])
    alinea(doc, "De medezeggenschapsraad heeft op 24 juni 2025 ingestemd met dit schoolplan. Het College van Bestuur "
                "van de Almeerse Scholen Groep heeft het plan op 8 juli 2025 vastgesteld.")
    tabel(doc, ["", "Naam", "Datum", "Handtekening"], [
        ["Rector", "Iris Wagenvoort", "24 juni 2025", ""],
        ["Voorzitter MR", "Sevda Kılıç", "24 juni 2025", ""],
        ["College van Bestuur ASG", "namens het CvB", "8 juli 2025", ""],
    ], breedtes=[4.0, 4.0, 3.5, 4.5])

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_213_slufter_college.docx")
