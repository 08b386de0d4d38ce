"""Schoolplan 2023-2027 van CBS Het Mosterdzaadje (Nobelhorst, Almere), als Word-document.

Zelfstandig: alleen de standaardbibliotheek en python-docx. build(path) schrijft steeds hetzelfde bestand.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VAST_TIJDSTIP = datetime.datetime(2023, 7, 4, 9, 30, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) ---------------------------------------------

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


# --- De tekst van het plan --------------------------------------------------------------------------

VOORWOORD = [
    "Dit is het schoolplan van CBS Het Mosterdzaadje voor de schooljaren 2023-2024 tot en met 2026-2027. "
    "We hebben het bewust kort gehouden. Wat we al goed doen, beschrijven we zoals het echt gaat; wat we "
    "willen veranderen, staat aan het eind van elk hoofdstuk bij 'Wat we gaan doen', steeds met een datum. "
    "Het team heeft de tekst op de studiedag van 12 april 2023 besproken en aangevuld.",
]

TEKST = [
    ("h1", "1. Onze school"),
    ("h2", "Een jonge school in een jonge wijk"),
    ("p", "Het Mosterdzaadje is in augustus 2019 begonnen in Nobelhorst, in Almere Hout. We startten met 34 "
          "kinderen in twee groepen. Op 1 oktober 2022 waren het er 248, verdeeld over elf groepen. De wijk wordt "
          "nog steeds gebouwd en de gemeente verwacht dat we in 2027 rond de 330 leerlingen hebben. Elk jaar "
          "komen er zo'n veertig kinderen tussentijds bij, vaak omdat een gezin net in een nieuw huis is getrokken."),
    ("p", "We zitten nu in een tijdelijk gebouw aan de rand van de wijk. In de zomer van 2025 verhuizen we naar "
          "het nieuwe kindcentrum aan het centrale plein, dat we delen met kinderopvang De Boomhut. Tot die tijd "
          "behelpen we ons: de gymlessen zijn in de sporthal van Almere Hout, en in het noodgebouw is geen lift."),
    ("h2", "Waar we voor staan"),
    ("p", "Het Mosterdzaadje is een christelijke school. Onze naam komt uit de gelijkenis van Jezus over het "
          "mosterdzaadje: het kleinste zaadje wordt een grote struik, waarin de vogels een plek vinden. Zo zien "
          "wij onze school: een plek waar kinderen mogen groeien en waar iedereen onderdak vindt. Ieder kind is "
          "door God gewild en geliefd, en wij willen dat ieder kind zich bij ons gezien weet."),
    ("p", "We beginnen elke dag met een gebed, een lied of een verhaal uit Trefwoord. Kerst vieren we in de kerkzaal "
          "van wijkgemeente De Kandelaar, Pasen op school met de hele wijk erbij. Ongeveer de helft van onze "
          "gezinnen is kerkelijk betrokken. Van alle ouders vragen we dat ze de christelijke identiteit "
          "respecteren en dat hun kind meedoet aan de vieringen. Onze school hoort bij de Almeerse Scholen Groep; "
          "bij het schrijven hebben we de koers van het bestuur naast ons eigen verhaal gelegd."),
    ("h2", "Schooltijden"),
    ("p", "Alle groepen gaan van maandag tot en met vrijdag van 8.30 tot 14.00 uur naar school. In acht jaar "
          "krijgen de kinderen daarmee ruim meer dan de wettelijke 7.520 uur onderwijs. De deuren gaan om 8.20 uur "
          "open. Voor nieuwe ouders is er elke tweede dinsdag van de maand een open ochtend."),
    ("h2", "In de wijk"),
    ("p", "Veel kinderen gaan na schooltijd naar de buitenschoolse opvang van De Boomhut, en bijna de helft van "
          "onze kleuters komt van hun peutergroep. Voordat een peuter bij ons begint, is er een overdrachtsgesprek "
          "tussen de pedagogisch medewerker, de leerkracht van groep 1 en de ouders. Groep 6 werkt vier keer per "
          "jaar een ochtend mee op zorgboerderij De Hoeve in Oosterwold, waar de kinderen de dieren verzorgen en "
          "groente oogsten. De korfbalvereniging uit Almere Hout geeft elk najaar vier clinics in de gymles."),
    ("h2", "Wat we gaan doen"),
    ("bullets", [
        "Zomer 2025: we verhuizen naar het nieuwe kindcentrum; de inrichting bereiden we in 2024-2025 voor met "
        "een werkgroep van leerkrachten en ouders.",
        "Schooljaar 2025-2026: De Boomhut en wij werken met een gezamenlijke thema-planning voor peuters en "
        "kleuters, met twee gezamenlijke thema's per jaar.",
    ]),

    ("h1", "2. Ons onderwijs"),
    ("h2", "Wat de kinderen leren"),
    ("p", "In groep 1 en 2 werken we in thema's met Kleuterplein en volgen we de ontwikkeling met KIJK!. In groep 3 "
          "leren de kinderen lezen met Lijn 3. Voor taal en spelling gebruiken we Staal, voor begrijpend lezen "
          "Nieuwsbegrip en voor rekenen Wereld in getallen 5. Wereldoriëntatie geven we met Blink, Engels vanaf "
          "groep 1 met Take it easy. Twee keer per week krijgen alle groepen gym van de vakleerkracht. Met deze "
          "methodes dekken we de kerndoelen; elk voorjaar loopt het team na of er gaten zijn."),
    ("p", "Groep 8 maakte in 2023 voor het eerst met een volle groep de eindtoets. Van de 19 leerlingen haalde "
          "97 procent ten minste 1F en 62 procent 2F/1S, ruim boven de signaleringswaarden. Lezen is ons zorgenkind: "
          "in de leerlingpeiling zegt maar 62 procent van de kinderen in groep 5 tot en met 8 graag te lezen. Hoe "
          "wij aan burgerschap werken, staat in ons burgerschapsplan uit 2022."),
    ("h2", "Hoe we lesgeven"),
    ("p", "Sinds 2022 geven alle leerkrachten hun instructie volgens het model van expliciete directe instructie "
          "(EDI): het doel op het bord, voordoen, samen oefenen, controleren of iedereen het begrijpt en dan pas "
          "zelfstandig aan het werk. Kinderen die meer nodig hebben, krijgen verlengde instructie aan de "
          "instructietafel. Vanaf groep 5 werken de kinderen met een weektaak en leren ze hun werk te plannen."),
    ("h2", "Wat we gaan doen"),
    ("bullets", [
        "Juni 2024: bij de klassenbezoeken scoort iedere leerkracht op ten minste vijf van de zes punten van "
        "onze EDI-kijkwijzer voldoende.",
        "Schooljaar 2024-2025: we kiezen een nieuwe aanpak voor begrijpend lezen en voeren die in; in juni 2026 "
        "zegt 75 procent van de kinderen graag te lezen (nu 62 procent).",
        "Elk jaar tot en met 2027: ten minste 95 procent van groep 8 haalt 1F en ten minste 55 procent 2F/1S.",
        "Augustus 2025: de schoolbibliotheek in het nieuwe gebouw is ingericht, samen met de bibliotheek Almere.",
    ]),

    ("h1", "3. Zorg voor ieder kind"),
    ("h2", "Hoe we kinderen volgen"),
    ("p", "In januari en juni maken de kinderen de toetsen van ons leerlingvolgsysteem. Twee keer per jaar vullen "
          "de leerkrachten ZIEN! in voor het sociaal-emotioneel welbevinden; vanaf groep 5 vullen de kinderen ook "
          "zelf een vragenlijst in. Drie keer per jaar, in oktober, februari en juni, bespreekt de leerkracht zijn "
          "groep met de intern begeleider. Ze kijken dan naar de toetsen, maar ook naar het schriftelijk werk en "
          "naar wat de leerkracht in de klas ziet. Per vak delen we de groep in drie niveaus in: kinderen die aan de "
          "basisinstructie genoeg hebben, kinderen die verlengde instructie krijgen en kinderen die meer uitdaging "
          "nodig hebben. Zorgen we ons over een kind, dan volgt een leerlingbespreking met de ouders erbij."),
    ("p", "Omdat er zo veel kinderen tussentijds instromen, heeft elk nieuw kind na zes weken een "
          "kennismakingsgesprek met de intern begeleider en de ouders. We vragen dan ook het onderwijskundig rapport "
          "van de vorige school op."),
    ("h2", "Wat we kunnen bieden"),
    ("p", "Alle kinderen krijgen in de klas instructie op drie niveaus. Voor kinderen met lees- en "
          "spellingproblemen volgen we het dyslexieprotocol. Een onderwijsassistent geeft drie ochtenden per week "
          "extra begeleiding in kleine groepjes. Veertien kinderen uit groep 4 tot en met 8 gaan een ochtend per week "
          "naar de plusklas De Denktank. Via het samenwerkingsverband kunnen we een ambulant begeleider inschakelen "
          "voor kinderen met gedragsproblemen of autisme."),
    ("p", "Er zijn ook grenzen. Kinderen die de hele dag één-op-één begeleiding nodig hebben of veel lichamelijke "
          "verzorging, kunnen we niet geven wat ze verdienen. Zolang we in het noodgebouw zitten, kunnen we geen "
          "kinderen in een rolstoel opvangen. Precies wat we wel en niet bieden, staat in ons "
          "schoolondersteuningsprofiel."),
    ("h2", "Een veilige groep"),
    ("p", "De eerste zes weken van het schooljaar zijn bij ons de gouden weken: we besteden dan extra tijd aan "
          "kennismaken, groepsregels en spelletjes. Daarna krijgen alle groepen elke week een les van Kwink. Juf "
          "Esther is onze anti-pestcoördinator; bij haar kunnen kinderen en ouders terecht. We werken met een "
          "pestprotocol. In de jaarlijkse monitor zegt 93 procent van de kinderen in groep 5 tot en met 8 zich "
          "veilig te voelen."),
    ("h2", "Wat we gaan doen"),
    ("bullets", [
        "Oktober 2023: het bijgewerkte schoolondersteuningsprofiel is vastgesteld en staat op de website.",
        "Schooljaar 2024-2025: de intern begeleider en twee leerkrachten volgen een cursus over meer- en "
        "hoogbegaafdheid; vanaf augustus 2025 is de plusklas er twee ochtenden per week.",
        "Januari 2025: de groepsoverzichten staan voor alle groepen in ParnasSys en vervangen de losse groepsplannen.",
        "Elk jaar tot en met 2027: ten minste 90 procent van de kinderen voelt zich veilig op school.",
    ]),

    ("h1", "4. Ouders"),
    ("h2", "Samen met ouders"),
    ("p", "Ouders kennen hun kind het langst en het best. Ouders zijn betrokken bij het leren van hun kind, en dat "
          "merken wij elke dag. In de derde week van het schooljaar voeren we met alle ouders een startgesprek. "
          "De ouders vertellen over hun kind, wij vertellen wat we dit jaar gaan doen. Vanaf groep 5 zit het kind "
          "zelf ook aan tafel. In november en maart zijn er rapportgesprekken. Kinderen van groep 3 en 4 nemen "
          "elke week een leesboekje mee naar huis, met een kaart waarop ouders aftekenen."),
    ("p", "Ook in de school zijn ouders welkom. Vanaf 8.20 uur staan de leerkrachten bij de deur van hun lokaal en "
          "geven ze ieder kind een hand; ouders van groep 1 en 2 mogen mee naar binnen. Nieuwe gezinnen krijgen een "
          "rondleiding van twee kinderen uit groep 8 en na zes weken een kop koffie met de directeur. Eens per "
          "maand is er een koffieochtend voor ouders in de hal. Leesouders, ouders voor de schooltuin en de "
          "activiteitencommissie maken veel mogelijk."),
    ("h2", "Hoe we ouders informeren"),
    ("p", "Groepsnieuws, foto's en korte berichten gaan via Parro. Om de week verschijnt onze nieuwsbrief Het Zaadje. "
          "In augustus krijgen alle ouders de jaarkalender. Is er iets met uw kind, dan hoort u dat dezelfde dag "
          "van de leerkracht. Op een bericht van ouders reageren we binnen twee werkdagen."),
    ("h2", "De medezeggenschapsraad"),
    ("p", "In de MR zitten drie ouders en drie leerkrachten. De raad vergadert zes keer per jaar. De directeur legt "
          "plannen vroeg voor, als er nog iets te kiezen is: de formatie, het vakantierooster en de inrichting "
          "van het nieuwe gebouw. Eén keer per jaar houdt de MR de avond 'Praat mee', waarop ouders ideeën "
          "kunnen inbrengen; in 2022 ging die over het schoolplein van de nieuwbouw."),
    ("h2", "Wat we gaan doen"),
    ("bullets", [
        "Schooljaar 2023-2024: ook in groep 1 en 2 voeren we startgesprekken; we spreken alle ouders.",
        "Vanaf januari 2024: de avond 'Praat mee' staat jaarlijks in de jaarkalender, met een verslag in Het Zaadje.",
        "Voorjaar 2024 en 2026: in de oudertevredenheidspeiling waarderen ouders de informatie van school met "
        "ten minste een 7,8 (2024) en een 8,0 (2026); in 2022 was dat een 7,4.",
    ]),

    ("h1", "5. Ons team"),
    ("h2", "Wie we zijn"),
    ("p", "Het team bestaat uit 24 mensen: zestien leerkrachten, een intern begeleider, drie onderwijsassistenten, "
          "een vakleerkracht gym, een conciërge, een administratief medewerker en de directeur. Omdat de school "
          "groeit, komen er elk jaar twee of drie collega's bij. Iedere nieuwe collega krijgt een maatje, dat het "
          "eerste jaar elke twee weken even bijpraat."),
    ("h2", "Leren en opleiden"),
    ("p", "Twee collega's zijn als zij-instromer begonnen en volgen de deeltijdpabo. Zij hebben een dag per week "
          "voor hun studie en worden begeleid door onze schoolopleider, die eens per twee weken in hun klas kijkt. "
          "Elk jaar leiden we daarnaast een of twee stagiairs van de pabo op."),
    ("p", "Als team hebben we in 2022-2023 de scholing in EDI afgerond. In 2024-2026 volgt het hele team zes "
          "bijeenkomsten over leesonderwijs en leesplezier. Daarnaast kiest iedere collega zelf waar hij of zij "
          "beter in wil worden en schrijft dat op in een persoonlijk ontwikkelplan. Vorig jaar ging dat van "
          "'meer bewegend leren in groep 4' tot 'rustiger blijven bij boze kinderen'. Het budget daarvoor is "
          "€ 500 per collega per jaar."),
    ("p", "Onze intern begeleider neemt deel aan het netwerk van intern begeleiders van het samenwerkingsverband, "
          "dat zes keer per jaar bijeenkomt. De bouwcoördinatoren van de onder- en bovenbouw bezoeken eens per jaar een andere "
          "basisschool in Almere Hout om te kijken hoe die het aanpakt."),
    ("h2", "Gesprekken"),
    ("p", "Iedere collega heeft per jaar een klassenbezoek van de directeur en een jaargesprek over het "
          "ontwikkelplan. Eens in de drie jaar is er een beoordelingsgesprek. De afspraken gaan in het digitale "
          "personeelsdossier."),
    ("h2", "Wat we gaan doen"),
    ("bullets", [
        "Augustus 2025 en augustus 2026: beide zij-instromers hebben hun bevoegdheid gehaald.",
        "Elk jaar vóór 1 juni: iedere collega heeft een ontwikkelplan met een eigen leervraag en een jaargesprek "
        "gehad.",
        "Juni 2026: de zes teambijeenkomsten over lezen zijn gehouden en elke groep heeft een dagelijks "
        "moment van vrij lezen.",
    ]),

    ("h1", "6. Kwaliteit"),
    ("p", "Elk jaar maken we in juli een jaarplan met de stappen uit dit schoolplan; in oktober schrijven we het "
          "jaarverslag. In februari en juni bekijken we met het team de toetsresultaten van alle groepen en van de "
          "school als geheel: wat gaat goed, waar blijven we achter en wat gaan we anders doen? De directeur "
          "legt klassenbezoeken af met de EDI-kijkwijzer. Om de twee jaar vragen we ouders, kinderen en collega's "
          "naar hun mening (in 2024 en 2026). Twee keer per jaar bespreekt de directeur de resultaten met het "
          "bestuur. De inspectie bezocht ons in 2022 tijdens het onderzoek bij ASG en zag geen tekortkomingen."),
    ("h2", "Wat we gaan doen"),
    ("bullets", [
        "Januari 2024: een kwaliteitskalender laat zien wanneer we wat meten en bespreken.",
        "Juni 2027: we evalueren dit schoolplan met team en MR en beginnen aan het volgende.",
    ]),

    ("h1", "7. Vaststelling"),
    ("p", "De MR heeft dit schoolplan op 13 juni 2023 besproken en er positief over geadviseerd. Het bestuur van de "
          "Almeerse Scholen Groep heeft het plan vastgesteld op 4 juli 2023."),
    ("p", "Almere, 4 juli 2023"),
    ("p", "H. Postma, directeur CBS Het Mosterdzaadje"),
]


def _voeg_toe(doc, items) -> None:  # type: ignore[no-untyped-def]
    for item in items:
        soort = item[0]
        if soort == "h1":
            doc.add_heading(item[1], level=1)
        elif soort == "h2":
            doc.add_heading(item[1], level=2)
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "bullets":
            for regel in item[1]:
                doc.add_paragraph(regel, style="List Bullet")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Cambria"
    stijl.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    # Titelpagina
    doc.add_paragraph("CBS Het Mosterdzaadje", style="Title")
    sub = doc.add_paragraph()
    r = sub.add_run("Schoolplan 2023-2027")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Christelijke basisschool in Nobelhorst, Almere\n"
                      "Onderdeel van de Almeerse Scholen Groep\n"
                      "Directeur: Hanneke Postma\n"
                      "Looptijd: 1 augustus 2023 tot en met 31 juli 2027")
    for alinea in VOORWOORD:
        doc.add_paragraph(alinea)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    _voeg_toe(doc, TEKST)

    kern = doc.core_properties
    kern.author = "H. Postma"
    kern.last_modified_by = "H. Postma"
    kern.title = "Schoolplan 2023-2027 CBS Het Mosterdzaadje"
    kern.language = "nl-NL"
    kern.created = VAST_TIJDSTIP
    kern.modified = VAST_TIJDSTIP
    kern.revision = 3
    doc.save(path)
    deterministisch(path, VAST_TIJDSTIP)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_94_mosterdzaadje.docx")
