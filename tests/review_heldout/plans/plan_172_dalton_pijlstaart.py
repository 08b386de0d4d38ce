# -*- coding: utf-8 -*-
"""Schoolplan 2024-2028 van Openbare Daltonschool De Pijlstaart (Almere Poort)."""
import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor


def _nl(document):
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


def _voettekst(document):
    p = document.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("De Pijlstaart | schoolplan 2024-2028 | ")
    run = p.add_run()
    for soort, tekst in (("begin", None), (None, "PAGE"), ("end", None)):
        if soort:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), soort)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = tekst
        run._r.append(el)


def _tabel(document, kop, rijen, stijl="Light Grid Accent 5"):
    tabel = document.add_table(rows=1, cols=len(kop))
    try:
        tabel.style = stijl
    except (KeyError, ValueError):
        tabel.style = "Table Grid"
    for i, tekst in enumerate(kop):
        cel = tabel.rows[0].cells[i]
        cel.text = ""
        cel.paragraphs[0].add_run(tekst).bold = True
    trpr = tabel.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)
    for rij in rijen:
        cellen = tabel.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = tekst
    document.add_paragraph()


def _p(document, tekst):
    return document.add_paragraph(tekst)


def _lijst(document, regels, stijl="List Bullet"):
    for r in regels:
        document.add_paragraph(r, style=stijl)


def _tussenkop(document, tekst):
    p = document.add_paragraph()
    run = p.add_run(tekst)
    run.bold = True
    run.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)


DOELKOP = ["Wat willen we bereikt hebben?", "Wanneer klaar?", "Hoe weten we het?"]


def build(path):
    path = str(path)
    doc = Document()
    _nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    cp = doc.core_properties
    cp.title = "Schoolplan De Pijlstaart 2024-2028"
    cp.author = "Ilse Brandsema"
    cp.subject = ""
    vast = datetime.datetime(2024, 6, 12, 14, 5, 0)
    cp.created = vast
    cp.modified = vast
    cp.last_modified_by = "Ilse Brandsema"
    cp.revision = 7

    _voettekst(doc)

    # --------------------------------------------------------------- voorblad
    for tekst, grootte, vet in (
        ("Openbare Daltonschool De Pijlstaart", 22, True),
        ("Zelf aan het roer, samen op koers", 16, False),
        ("Schoolplan 2024 - 2028", 20, True),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.bold = vet
        r.font.size = Pt(grootte)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Odysseestraat 41, 1363 Almere Poort\n"
              "BRIN 27PW | Almeerse Scholen Groep\n"
              "Geldig van 1 augustus 2024 tot en met 31 juli 2028\n"
              "Directie: Ilse Brandsema (directeur), Koen Wubbolts (adjunct-directeur)")
    doc.add_page_break()

    # --------------------------------------------------------------- 1
    doc.add_heading("1. Waarom dit plan", level=1)
    _p(doc,
       "In augustus 2024 bestaat De Pijlstaart veertien jaar. We begonnen in 2010 met 38 kinderen in een "
       "noodgebouw aan de rand van het Homeruskwartier. Nu zijn we een school met ruim driehonderd "
       "leerlingen, dertien groepen en een team van 34 mensen. De wijk is volgebouwd, de groei is eruit en "
       "dat geeft ruimte om te verdiepen in plaats van uit te breiden.")
    _p(doc,
       "Dit plan is geen opsomming van alles wat we doen. Het beschrijft vijf speerpunten waar we de "
       "komende vier jaar onze tijd, ons geld en onze energie in steken. We kozen ze na een traject met "
       "het team (studiedagen op 8 november 2023 en 7 februari 2024), een ouderpanel van veertien ouders, "
       "een gesprek met de kinderraad en de uitkomsten van de daltonvisitatie van mei 2023. Aan het eind "
       "van het plan leggen we kort verantwoording af aan de koers van ons bestuur, de Almeerse Scholen "
       "Groep (ASG).")
    _p(doc,
       "Elk speerpunt heeft dezelfde opbouw: waarom het belangrijk is, wat we gaan doen en welke doelen "
       "we op welke datum willen halen. De doelen komen terug in de jaarplannen 2024-2025 tot en met "
       "2027-2028; in het jaarverslag laten we zien wat er van terechtgekomen is.")

    # --------------------------------------------------------------- 2
    doc.add_heading("2. Dit zijn wij", level=1)
    doc.add_heading("2.1 School en wijk", level=2)
    _p(doc,
       "De Pijlstaart staat midden in het Homeruskwartier in Almere Poort. De wijk is jong: veel gezinnen "
       "met kinderen onder de twaalf, veel tweeverdieners en een groeiend aantal gezinnen dat via "
       "arbeidsmigratie of als statushouder in Almere is komen wonen. In ons gebouw zit ook de "
       "kinderopvang en buitenschoolse opvang van Kinderopvang 't Zandpaadje; samen vormen we het "
       "kindcentrum, maar bestuurlijk zijn we twee organisaties.")
    _tabel(doc, ["Kengetal", "2023-2024"], [
        ["Leerlingen op 1 oktober 2023", "312"],
        ["Groepen", "13 (waarvan 4 combinatiegroepen)"],
        ["Schoolweging (CBS)", "30,4"],
        ["Nationaliteiten / thuistalen", "27 / 19"],
        ["Team", "34 medewerkers, 25,8 fte"],
        ["Leerlingen met een eigen leerlijn voor één of meer vakken", "11"],
        ["Inspectie", "Basistoezicht, laatste onderzoek april 2022 (voldoende)"],
        ["Daltonlicentie", "Verlengd na visitatie mei 2023, tot mei 2028"],
    ])
    doc.add_heading("2.2 Ons daltononderwijs", level=2)
    _p(doc,
       "We werken volgens de vijf daltonkernwaarden: verantwoordelijkheid, zelfstandigheid, samenwerking, "
       "reflectie en effectiviteit. Vanaf groep 1 plannen kinderen een deel van hun werk zelf met het "
       "planbord, vanaf groep 3 met een weektaak. Leerkrachten werken met uitgestelde aandacht (het "
       "stoplicht), een vaste instructietafel en een dagelijks reflectiemoment. Kinderen werken in "
       "wisselende maatjes en kiezen bij een deel van de taken zelf waar en met wie ze werken.")
    doc.add_heading("2.3 Wat we zagen", level=2)
    _p(doc, "Bij de analyse kwamen we tot een aantal conclusies die de basis zijn voor de speerpunten:")
    _lijst(doc, [
        "De visitatiecommissie van de Nederlandse Dalton Vereniging was positief over zelfstandigheid en "
        "samenwerking, maar vond dat kinderen in de bovenbouw weinig echte keuzes maken: de weektaak is "
        "vooral een lijst van de leerkracht.",
        "Onze resultaten liggen boven de signaleringswaarden. Voor lezen op 2F haalden in 2023 en 2024 "
        "respectievelijk 54 en 56 procent van de kinderen in groep 8 het niveau. Dat is net onder het "
        "gemiddelde van scholen met een vergelijkbare schoolweging (58 procent). Kinderen lezen weinig voor "
        "hun plezier.",
        "In de vragenlijst sociale veiligheid van 2023 scoorden we goed (94 procent voelt zich veilig), "
        "maar kinderen in groep 6 tot en met 8 gaven aan dat er onderling veel gescholden wordt, ook online.",
        "In drie jaar tijd zijn elf nieuwe collega's gestart. Niet iedereen heeft een daltonopleiding; "
        "een daltonschool zonder daltonleerkrachten houdt geen stand.",
        "Ouders zijn betrokken, maar weten vaak niet hoe daltononderwijs werkt en waarom hun kind een "
        "weektaak heeft.",
    ])

    # --------------------------------------------------------------- 3
    doc.add_heading("3. Een openbare school", level=1)
    _p(doc,
       "De Pijlstaart is een openbare school. Dat betekent voor ons dat de school openstaat voor ieder kind, ongeacht "
       "geloof, afkomst of achtergrond van de ouders, en dat we de verschillen die kinderen meenemen "
       "gebruiken in het onderwijs. In onze school zitten kinderen met negentien verschillende thuistalen. "
       "We hanteren een feestenkalender waarop naast Sinterklaas, Kerst en Pasen ook het Suikerfeest, "
       "Divali en het Chinees Nieuwjaar staan; in de groepen vertellen kinderen of ouders daarover. In "
       "groep 5 tot en met 8 bieden we via het Centrum voor Levensbeschouwelijk Onderwijs een keuze uit "
       "humanistisch, protestants, katholiek en islamitisch vormingsonderwijs. Kinderen die daar niet aan "
       "deelnemen, krijgen in die tijd het project 'Wereldverhalen'.")
    _p(doc,
       "In het team weerspiegelt zich de wijk nog onvoldoende. Bij vacatures zoeken we daarom bewust ook "
       "via zij-instroom en via onze stageplaatsen naar collega's met verschillende achtergronden.")

    # --------------------------------------------------------------- 4
    doc.add_heading("4. Ons onderwijsaanbod", level=1)
    _p(doc,
       "Kinderen krijgen bij ons 940 uur onderwijs per jaar, verdeeld over een vijfdaagse schoolweek met "
       "gelijke schooltijden (8.30 tot 14.15 uur). Het aanbod dekt de kerndoelen en we werken toe naar de "
       "referentieniveaus 1F en 2F/1S voor taal en rekenen. Per vak gebruiken we onderstaande methodes.")
    _tabel(doc, ["Vak", "Methode / aanpak", "Groep"], [
        ["Beginnende geletterdheid en gecijferdheid", "Kleuterplein, leerlijnen Parnassys", "1-2"],
        ["Technisch lezen", "Lijn 3, daarna Flits", "3-6"],
        ["Begrijpend lezen", "Nieuwsbegrip (tot 2025), daarna zie speerpunt 2", "4-8"],
        ["Taal en spelling", "Taal Actief 5", "4-8"],
        ["Rekenen", "Wereld in getallen 5", "3-8"],
        ["Wereldoriëntatie", "Blink Wereld geïntegreerd", "3-8"],
        ["Engels", "Stepping Stones Junior", "1-8"],
        ["Sociaal-emotionele ontwikkeling", "De Vreedzame School", "1-8"],
        ["Bewegingsonderwijs", "Vakleerkracht, twee lessen per week", "3-8"],
    ])
    _p(doc,
       "De ondersteuning die we aan kinderen bieden, zowel de basisondersteuning als extra ondersteuning, "
       "staat beschreven in ons schoolondersteuningsprofiel (SOP). Dat is te vinden op onze website.")

    # --------------------------------------------------------------- 5 speerpunten
    doc.add_heading("5. Onze vijf speerpunten", level=1)

    # SP1
    doc.add_heading("Speerpunt 1: Zelf aan het roer", level=2)
    _tussenkop(doc, "Waarom")
    _p(doc,
       "Dalton gaat over kinderen die eigenaar worden van hun eigen leren. De visitatie liet zien dat we "
       "daar in de onderbouw ver in zijn, maar dat het in groep 6 tot en met 8 blijft hangen bij "
       "'zelfstandig werken aan de taken van de juf'. We willen dat kinderen aan het eind van groep 8 "
       "zelf doelen stellen, hun werk plannen en kunnen vertellen wat ze geleerd hebben.")
    _tussenkop(doc, "Wat we gaan doen")
    _lijst(doc, [
        "In 2024-2025 vervangen we de papieren weektaak in groep 5 tot en met 8 door een digitaal "
        "planbord in Mijn Weektaak. Kinderen zetten er zelf hun doelen voor de week in en kleuren af wat "
        "gelukt is.",
        "Vanaf augustus 2026 werken groep 6, 7 en 8 in een unit: drie leerkrachten en een "
        "onderwijsassistent zijn samen verantwoordelijk voor ongeveer 85 kinderen. Kinderen volgen "
        "instructie op hun eigen niveau en kiezen hun werkplek op het leerplein. In 2025-2026 bereiden we "
        "dit voor met een pilot van één dag per week.",
        "Elke bovenbouwgroep krijgt per periode van zes weken een 'keuzeblok' van twee uur per week. "
        "Kinderen werken dan aan een onderzoeksvraag die ze zelf kiezen binnen het thema van Blink, "
        "bijvoorbeeld over de dieren in het Kromslootpark of over hoe een windmolen werkt. Zo sluit het "
        "werk aan bij wat kinderen zelf bezighoudt.",
        "We bouwen een doorlopende leerlijn digitale geletterdheid en programmeren op (groep 1 tot en met "
        "8), met de Bee-Bots in de kleutergroepen en Scratch en micro:bit vanaf groep 5. De leerlijn is "
        "gebaseerd op de conceptkerndoelen van SLO.",
        "Vanaf groep 5 voert elk kind drie keer per jaar een portfoliogesprek met de leerkracht over zijn "
        "eigen doelen. In groep 8 leidt het kind zelf het gesprek met ouders en leerkracht.",
    ])
    _tussenkop(doc, "Doelen")
    _tabel(doc, DOELKOP, [
        ["Digitaal planbord in gebruik in groep 5-8", "1 juli 2025", "Klassenbezoek daltoncoördinator"],
        ["Pilot unitonderwijs één dag per week in groep 6-8", "1 juli 2026", "Evaluatie team en kinderraad"],
        ["Unitonderwijs groep 6-8 volledig ingevoerd", "1 oktober 2026", "Jaarverslag 2026-2027"],
        ["Leerlijn digitale geletterdheid groep 1-8 vastgesteld en in gebruik", "1 juli 2026",
         "Leerlijn in jaarplanning, toetsing via observaties"],
        ["80% van de leerlingen in groep 8 stelt zelfstandig een passend weekdoel en evalueert het", "juni 2027",
         "Observatielijst dalton, nulmeting juni 2024: 45%"],
    ])

    # SP2
    doc.add_heading("Speerpunt 2: Lezen opent deuren", level=2)
    _tussenkop(doc, "Waarom")
    _p(doc,
       "Wie goed en graag leest, heeft voor alle andere vakken een voorsprong. Onze leesresultaten zijn "
       "voldoende, maar niet goed genoeg voor kinderen die de potentie hebben voor havo of vwo. En veel "
       "kinderen lezen thuis nauwelijks. We leggen de lat bewust hoger dan de inspectie vraagt.")
    _tussenkop(doc, "Wat we gaan doen")
    _lijst(doc, [
        "Vanaf 2025-2026 stappen we over van Nieuwsbegrip op de aanpak 'Close reading' met rijke teksten "
        "uit Blink, onder begeleiding van een leesspecialist van het CED. De methode kiest het leerteam "
        "lezen in het voorjaar van 2025.",
        "Elke dag begint in alle groepen met twintig minuten vrij lezen; de leerkracht leest zelf ook. In "
        "groep 1-2 wordt dagelijks voorgelezen en minstens één keer per week interactief voorgelezen.",
        "De schoolbibliotheek wordt vernieuwd met de Bibliotheek op school van Nieuwe Bibliotheek Almere. "
        "We investeren in drie jaar 9.000 euro in nieuwe boeken.",
        "Na elke toetsperiode (januari en juni) analyseren leerkracht en intern begeleider de "
        "leesresultaten per kind en per groep. Bij elk kind kijken we niet alleen naar het niveau, maar "
        "ook naar de groei ten opzichte van de vorige meting. Per groep stellen we een groepsdoel voor "
        "begrijpend lezen vast dat hoger ligt dan het landelijk gemiddelde voor onze schoolweging.",
        "De leescoördinator (Fenna de Waal) volgt de opleiding tot leesspecialist en neemt deel aan het "
        "netwerk van leescoördinatoren van ASG, dat vier keer per jaar bijeenkomt. Materialen en analyses "
        "uit dat netwerk gebruikt het leerteam lezen.",
    ])
    _tussenkop(doc, "Doelen")
    _tabel(doc, DOELKOP, [
        ["Nieuwe aanpak begrijpend lezen gekozen", "1 mei 2025", "Besluit in teamvergadering"],
        ["Minstens 65% van groep 8 haalt 2F lezen (2024: 56%)", "juli 2027", "Doorstroomtoets groep 8"],
        ["100% van groep 8 haalt 1F lezen (2024: 97%)", "juli 2026", "Doorstroomtoets groep 8"],
        ["Leesplezier: 75% van de kinderen in groep 5-8 leest graag (2024: 58%)", "juni 2027",
         "Leesmotivatievragenlijst, jaarlijks in mei"],
        ["Bibliotheek op school ingericht", "1 december 2024", "Uitleencijfers Nieuwe Bibliotheek"],
    ])

    # SP3
    doc.add_heading("Speerpunt 3: Iedereen hoort erbij", level=2)
    _tussenkop(doc, "Waarom")
    _p(doc,
       "Kinderen leren pas als ze zich veilig voelen en als ze merken dat ze ertoe doen. In een wijk "
       "waar zoveel culturen samenkomen, is leren samenleven ook gewoon onderdeel van ons onderwijs. De "
       "signalen over schelden en online pesten in de bovenbouw nemen we serieus.")
    _tussenkop(doc, "Wat we gaan doen")
    _lijst(doc, [
        "We werken met De Vreedzame School in alle groepen. Vanaf 2024-2025 scholen we in groep 6 tot en "
        "met 8 elk jaar zes nieuwe leerlingmediatoren, die in de pauzes conflicten helpen oplossen.",
        "Omgangsafspraken gelden voor iedereen in het gebouw, dus ook voor ouders en medewerkers: we "
        "praten met elkaar en niet over elkaar, we luisteren naar elkaar en we zoeken samen een oplossing. "
        "Deze afspraken hangen bij de ingang en staan in de schoolgids.",
        "Elke ochtend begint met een check-in: kinderen laten met een kaartje zien hoe ze zich voelen. De "
        "leerkracht spreekt kinderen met een rode of oranje kaart dezelfde ochtend even apart. Daarnaast "
        "voert de leerkracht met ieder kind minstens drie keer per jaar een kort kindgesprek over hoe het "
        "gaat, los van de resultaten.",
        "In 2024-2025 ontwikkelen we met het team en de kinderraad een lessenserie mediawijsheid en "
        "online gedrag voor groep 6 tot en met 8, met gastlessen van Bureau Halt.",
        "Burgerschap maken we zichtbaar in een leerlijn die we vastleggen in 2025. Onderdelen zijn de "
        "Vreedzame School-blokken over democratie, de kinderraad (met verkiezingen in september), het "
        "project 'Wereldverhalen' en een jaarlijks maatschappelijk project per bouw, zoals zwerfvuil "
        "prikken in het Cascadepark met de wijkbeheerder.",
        "We meten de sociale veiligheid jaarlijks met de vragenlijst van Scol in groep 5 tot en met 8 en "
        "bespreken de uitkomsten met de kinderraad. Ons anti-pestprotocol en ons veiligheidsplan worden in "
        "2025 geactualiseerd; de anti-pestcoördinator is Said Bouzambou.",
    ])
    _tussenkop(doc, "Doelen")
    _tabel(doc, DOELKOP, [
        ["Minstens 95% van de kinderen voelt zich veilig op school", "jaarlijks, juni",
         "Vragenlijst sociale veiligheid (Scol)"],
        ["Aantal kinderen in groep 6-8 dat aangeeft gescholden of online gepest te worden daalt van 23% "
         "naar onder 10%", "juni 2026", "Vragenlijst sociale veiligheid"],
        ["Lessenserie mediawijsheid groep 6-8 in gebruik", "1 april 2025", "Jaarplanning groepen"],
        ["Leerlijn burgerschap vastgesteld", "1 oktober 2025", "Document in kwaliteitshandboek"],
        ["Elk kind heeft minstens drie kindgesprekken per jaar gehad", "vanaf juli 2025, jaarlijks",
         "Registratie in ParnasSys"],
    ])

    # SP4
    doc.add_heading("Speerpunt 4: Een team dat blijft leren", level=2)
    _tussenkop(doc, "Waarom")
    _p(doc,
       "De kwaliteit van ons onderwijs staat of valt met de mensen voor de klas. Met elf nieuwe collega's "
       "in drie jaar is het de opgave om het daltonvakmanschap te delen en te borgen, en tegelijk te "
       "zorgen dat mensen het werk vol kunnen houden.")
    _tussenkop(doc, "Wat we gaan doen")
    _lijst(doc, [
        "Elke leerkracht zonder daltoncertificaat volgt binnen twee jaar na indiensttreding de erkende "
        "daltoncursus van de Nederlandse Dalton Vereniging. De daltoncoördinator begeleidt hen met "
        "klassenbezoeken. Daarnaast volgt ieder teamlid jaarlijks minstens één training uit het aanbod "
        "van de ASG Academie.",
        "Het team werkt in drie leerteams: lezen, dalton en sociale veiligheid. Elk leerteam doet per "
        "schooljaar een klein praktijkonderzoek met een eigen onderzoeksvraag, bijvoorbeeld 'wat doet het "
        "vrij lezen met de leesmotivatie in groep 5?', en presenteert de uitkomsten in juni aan het team. "
        "Eén keer per jaar bezoekt ieder teamlid een andere daltonschool in de regio om te kijken en te "
        "leren.",
        "Startende leraren volgen het inductieprogramma van ASG en krijgen een schoolopleider (Merel "
        "Vonk). Onze twee zij-instromers krijgen daarnaast een vaste coach, vier uur per week "
        "studietijd binnen hun aanstelling en worden begeleid tot ze in 2026 hun bevoegdheid halen via de "
        "pabo van Windesheim.",
        "De gesprekscyclus bestaat uit een startgesprek (september), een voortgangsgesprek (januari) en "
        "een ontwikkelgesprek of beoordelingsgesprek (mei). Voorafgaand aan het voortgangsgesprek doet de "
        "directie een klassenbezoek met de kijkwijzer dalton. Alle gesprekken worden vastgelegd in het "
        "personeelsdossier in Youforce.",
        "Om de werkdruk te verminderen zetten we de werkdrukmiddelen in voor twee onderwijsassistenten en "
        "een vakleerkracht gym. We maken afspraken over bereikbaarheid: na 18.00 uur en in het weekend "
        "worden geen berichten van ouders of collega's verwacht. Bij de jaarlijkse taakverdeling heeft "
        "iedere medewerker een gesprek over zijn belasting in deze levensfase.",
    ])
    _tussenkop(doc, "Doelen")
    _tabel(doc, DOELKOP, [
        ["Alle leerkrachten hebben een daltoncertificaat (nu 19 van 24)", "1 augustus 2027",
         "Overzicht certificaten"],
        ["Beide zij-instromers bevoegd", "31 juli 2026", "Diploma"],
        ["Drie praktijkonderzoeken per jaar gepresenteerd", "jaarlijks, juni", "Teamvergadering juni"],
        ["Werkdruk in het medewerkersonderzoek minstens 7,0 (2023: 6,3)", "december 2026",
         "Medewerkersonderzoek ASG"],
        ["100% van de medewerkers heeft de volledige gesprekscyclus doorlopen", "jaarlijks, juli",
         "Registratie Youforce"],
        ["Positieve daltonvisitatie en verlenging licentie", "mei 2028", "Visitatierapport NDV"],
    ])

    # SP5
    doc.add_heading("Speerpunt 5: Ouders en wijk doen mee", level=2)
    _tussenkop(doc, "Waarom")
    _p(doc,
       "Kinderen leren beter als ouders en school hetzelfde verhaal vertellen. Veel ouders kennen dalton "
       "alleen van horen zeggen. We willen dat ouders begrijpen hoe hun kind leert, en dat ze daar "
       "thuis bij kunnen helpen.")
    _tussenkop(doc, "Wat we gaan doen")
    _lijst(doc, [
        "Vanaf 2024-2025 vervangen de tien-minutengesprekken door driehoeksgesprekken met ouders, kind "
        "en leerkracht. Vanaf groep 5 bereidt het kind het gesprek voor met zijn portfolio.",
        "Elke groep houdt in de eerste maand een daltonochtend waarop ouders meewerken aan de weektaak. "
        "Zo zien ze hoe plannen, uitgestelde aandacht en samenwerken in de praktijk gaan.",
        "Voor ouders die het Nederlands nog leren, organiseren we samen met de taalcoach van de "
        "bibliotheek een leesochtend 'Samen lezen' in de ouderkamer, elke woensdag.",
        "Met Kinderopvang 't Zandpaadje stemmen we de thema's van de groepen 1-2 en de peuteropvang op "
        "elkaar af, en we houden in 2025 een gezamenlijke studiedag over de doorgaande lijn van 2 tot 6 "
        "jaar. Met de Nieuwe Bibliotheek Almere Poort werken we samen rond de Bibliotheek op school "
        "(speerpunt 2).",
        "De MR bespreekt elk jaar in oktober het jaarplan en in juni de voortgang op de vijf "
        "speerpunten. Nieuwe plannen, zoals het unitonderwijs, leggen we eerst als idee aan de MR voor, "
        "zodat de MR kan meedenken voordat er een besluit ligt.",
    ])
    _tussenkop(doc, "Doelen")
    _tabel(doc, DOELKOP, [
        ["90% van de ouders neemt deel aan het driehoeksgesprek (2023: 76% bij tien-minutengesprekken)",
         "juni 2026", "Registratie leerkrachten"],
        ["Daltonochtend in alle groepen, minstens 60% van de ouders aanwezig", "jaarlijks, oktober",
         "Presentielijsten"],
        ["Gezamenlijke studiedag met 't Zandpaadje", "1 november 2025", "Verslag studiedag"],
        ["Gemiddeld 10 ouders per week bij 'Samen lezen'", "juni 2025", "Telling ouderkamer"],
    ])

    # --------------------------------------------------------------- 6 kwaliteit
    doc.add_heading("6. Zo bewaken we de kwaliteit", level=1)
    _p(doc,
       "We werken met een jaarcyclus. In juni evalueren we het jaarplan en stellen we het nieuwe jaarplan "
       "op, dat in september start. In januari en juni analyseren we de "
       "resultaten op school-, groeps- en leerlingniveau en bespreken we die in het team. Met de "
       "kwaliteitskaarten van WMK-PO beoordelen we elk jaar vier onderwerpen; in de planperiode komen alle "
       "standaarden van het inspectiekader één keer aan bod. Elk kwartaal rapporteren we aan het bestuur "
       "over resultaten, personeel en financiën. De tweejaarlijkse interne audit van ASG (volgende: "
       "maart 2026) en de daltonvisitatie (mei 2028) geven ons een blik van buiten.")
    _p(doc,
       "Onze norm voor de eindresultaten: we willen ieder jaar boven de signaleringswaarden zitten en "
       "binnen vier jaar op alle drie de onderdelen (lezen, taalverzorging en rekenen) op of boven het "
       "gemiddelde van scholen met een vergelijkbare schoolweging.")

    # --------------------------------------------------------------- 7 verantwoording
    doc.add_heading("7. Verantwoording aan de koers van ASG", level=1)
    _p(doc,
       "Onze speerpunten zijn onze eigen keuzes, maar ze passen binnen Koers 22 van ASG. Kort samengevat "
       "ziet dat er zo uit:")
    _tabel(doc, ["Speerpunt", "Sluit vooral aan bij"], [
        ["1. Zelf aan het roer", "Vooruitstrevend; venster 1 Goed en toegankelijk onderwijs"],
        ["2. Lezen opent deuren", "Ambitieus; venster 1 Goed en toegankelijk onderwijs"],
        ["3. Iedereen hoort erbij", "Gezien worden; Open"],
        ["4. Een team dat blijft leren", "Venster 2 Personeel in positie"],
        ["5. Ouders en wijk doen mee", "Venster 4 Partnerschap"],
    ], stijl="Table Grid")
    _p(doc,
       "Ook wij staan voor de kernwaarden en vensters van ASG. De cultuur op onze school is gastvrij, "
       "iedereen voelt zich welkom. Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij "
       "hebben zicht op wat onze leerlingen nodig hebben. Onze medewerkers voelen zich betrokken bij en "
       "trots op onze school. Ouders zijn betrokken bij het leerproces van hun kind. Venster 3, de "
       "meerwaarde van ASG, is voor ons geen apart speerpunt; we maken gebruik van wat ASG biedt.")

    # --------------------------------------------------------------- 8
    doc.add_heading("8. Totstandkoming", level=1)
    _p(doc,
       "Dit schoolplan is geschreven door de directie, op basis van de studiedagen met het team. De MR "
       "heeft in drie vergaderingen (februari, april en mei 2024) over de concepten meegedacht en heeft op "
       "4 juni 2024 een positief advies gegeven. Het plan wordt ter vaststelling aangeboden aan het "
       "College van Bestuur van ASG.")
    _p(doc, "Almere, 12 juni 2024\nIlse Brandsema, directeur")

    doc.save(path)


if __name__ == "__main__":
    import sys
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_172_dalton_pijlstaart.docx")
