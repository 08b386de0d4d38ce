"""Kort schoolplan van RK Basisschool Sint-Nicolaas (Almere Haven). De school werkt bewust maar een
deel van Koers 22 uit: twee kernwaarden (Gezien worden, Open) en twee vensters (Goed en toegankelijk
onderwijs, Partnerschap), elk venster met een kleine doelentabel. De rest krijgt een of twee zinnen of
niets. MR-instemming staat in de lopende tekst."""

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

STEMPEL = datetime.datetime(2024, 6, 14, 15, 30, 0)


# ---------------------------------------------------------------- Word-loodgieterswerk

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


# ---------------------------------------------------------------- de tekst
# ("h1"/"h2", kop), ("p", alinea), ("t", (kop, rijen))

KOP_DOELEN = ["Doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"]

TEKST: list[tuple[str, object]] = [
    ("h1", "1. Inleiding"),
    ("p", "Dit is het schoolplan van RK Basisschool Sint-Nicolaas in Almere Haven voor de schooljaren "
          "2024-2025 tot en met 2027-2028. Het is een kort plan, en dat is een bewuste keuze. In de "
          "vorige periode hebben we veel voorgenomen en te weinig afgemaakt. Het team vroeg om focus, "
          "en die hebben we gekozen. In dit plan werken we twee kernwaarden van de Almeerse Scholen "
          "Groep uit, Gezien worden en Open, en twee vensters van Koers 22: Goed en toegankelijk "
          "onderwijs en Partnerschap. Daar ligt voor onze kinderen de meeste winst. De andere onderdelen "
          "van de koers noemen we kort; een deel daarvan pakken we op na de tussenevaluatie in de zomer "
          "van 2026."),
    ("p", "Waarom juist deze keuze? In de WMK-peiling van het voorjaar van 2023 gaven ouders de school "
          "voor de sfeer een ruime voldoende, maar voor de informatie over de ontwikkeling van hun kind "
          "een 6,1. Tegelijk bleven de resultaten op rekenen achter bij die voor taal en "
          "lezen. Beide punten komen samen in de onderdelen die we hieronder uitwerken."),
    ("p", "Het plan is besproken op de studiedag van 13 maart 2024 met het hele team, en op 16 april "
          "met de tien ouders van ons ouderpanel. De medezeggenschapsraad heeft op 11 juni 2024 "
          "ingestemd met dit schoolplan. Het doel van elk venster staat in een kleine tabel; in het "
          "jaarplan werken we die doelen per schooljaar verder uit."),

    ("h1", "2. Onze school"),
    ("p", "Sint-Nicolaas staat sinds 1979 in De Werven, vlak bij het centrum van Almere Haven. Op 1 "
          "oktober 2023 hadden we 318 leerlingen in 13 groepen. Het team telt 27 medewerkers: 19 "
          "leerkrachten, een intern begeleider (IB’er), een vakleerkracht bewegingsonderwijs, vier "
          "onderwijsassistenten, een administratief medewerker en de directeur. In hetzelfde gebouw zit "
          "kinderopvang Kinderwereld Haven, met peuteropvang en buitenschoolse opvang."),
    ("p", "We zijn een katholieke school. We werken met de methode Trefwoord voor levensbeschouwing, "
          "vieren Sint-Maarten, Kerstmis en Pasen, en de pastor van de parochie komt een paar keer per "
          "jaar op school. Veel gezinnen in de wijk zijn niet katholiek, en dat zie je terug in de "
          "klassen."),
    ("p", "Ongeveer een kwart van de kinderen spreekt thuis een andere taal dan Nederlands, vooral "
          "Arabisch, Turks, Pools en Engels. De schoolweging is 32,4, hoger dan het landelijk "
          "gemiddelde. We werken met een continurooster: maandag, dinsdag, donderdag en vrijdag van 8.30 "
          "tot 14.15 uur en woensdag van 8.30 tot 12.30 uur. Over acht schooljaren krijgen onze "
          "leerlingen ruim 7.800 uur onderwijs, meer dan de wettelijke 7.520 uur."),
    ("p", "Het gebouw is in 1979 neergezet en in 2017 uitgebreid met vier lokalen en een speelzaal. De "
          "lokalen zijn licht, maar het binnenklimaat in de zomer blijft een zorg; in de zomervakantie "
          "van 2025 komen er zonwering en een nieuwe ventilatie, betaald uit het "
          "meerjarenonderhoudsplan. Het schoolplein krijgt in 2026 een groen en open ontwerp, waarvoor "
          "de ouderraad 6.000 euro bij elkaar heeft gebracht. De begroting van de school bedraagt 2,6 "
          "miljoen euro per jaar, waarvan ruim 85 procent naar personeel gaat. Het aantal leerlingen is "
          "stabiel; de nieuwbouw in Haven-Oost zal de komende jaren waarschijnlijk meer aanmeldingen "
          "opleveren."),

    ("h1", "3. Kernwaarden"),
    ("h2", "3.1 Gezien worden"),
    ("p", "Van de vier kernwaarden past deze het best bij onze school. Een kind dat zich gezien voelt, "
          "durft te leren. Wat dat in de praktijk betekent, hebben we op de studiedag in drie afspraken "
          "vertaald."),
    ("p", "De deur staat open. Vanaf 8.15 uur mogen ouders mee de klas in lopen tot de bel gaat, en op "
          "vrijdag staat er koffie in de teamkamer voor wie wil blijven. Nieuwe gezinnen krijgen een "
          "rondleiding van twee kinderen uit groep 8, die daarvoor een korte gidsentraining hebben "
          "gehad; daarna neemt de directeur een half uur de tijd voor vragen. Elk nieuw kind krijgt de "
          "eerste weken een maatje uit een hogere groep."),
    ("p", "Ieder kind telt. Elke leerkracht voert twee keer per jaar met ieder kind uit de groep een "
          "kindgesprek, los van de rapportgesprekken: tien minuten over wat goed gaat, wat moeilijk is "
          "en waar het kind trots op is. In groep 1-2 doen we dat tijdens het spelen. Twee keer per jaar "
          "houden we in de teamvergadering de ronde ‘Wie kennen we niet?’: we zetten alle namen op een "
          "lijst en kijken van welke kinderen niemand iets persoonlijks weet. Die kinderen krijgen een "
          "vaste leerkracht die bewust contact met ze zoekt."),
    ("p", "We weten wat een kind nodig heeft. De ontwikkeling volgen we met de toetsen van Boom LVS "
          "(januari en juni) en het sociaal-emotioneel welbevinden met ZIEN! (oktober en maart). Na "
          "elke meting houdt de IB’er met iedere leerkracht een groepsbespreking, en de leerkracht werkt "
          "het groepsoverzicht bij, met per kind de onderwijsbehoefte en de aanpak in drie niveaus."),
    ("p", "Gezien worden gaat ook over je veilig voelen. In alle groepen werken we met KiVa, het "
          "programma tegen pesten. De KiVa-monitor nemen we elk jaar in maart af in groep 5 tot en met "
          "8; in 2023 voelde 94 procent van de kinderen zich veilig op school. Er is een "
          "anti-pestcoördinator, en ouders en kinderen kunnen terecht bij de vertrouwenspersoon. Het "
          "veiligheidsplan staat op de website."),

    ("h2", "3.2 Open"),
    ("p", "Wij gaan respectvol om met iedereen in en om de school, en willen dat iedereen zich zo ook "
          "bejegend voelt."),
    ("p", "Ouders moeten weten wat er op school gebeurt en bij wie ze terechtkunnen. Alle berichten "
          "lopen via Parro. Elke vrijdag krijgen ouders de weekbrief, met het nieuws van de school en "
          "per groep wat er die week geleerd is. In augustus ontvangen ouders de jaarkalender met alle "
          "vrije dagen en gespreksmomenten. Op een bericht van een ouder reageert de leerkracht binnen "
          "één werkdag, ook als het antwoord nog even op zich laat wachten. Besluiten die ouders raken, "
          "zoals de groepsindeling, leggen we voor de zomervakantie uit in een brief waarin ook staat "
          "waarom we zo hebben gekozen."),
    ("p", "Onze school is katholiek, maar de meeste kinderen zijn dat niet. Bij de intake vragen we "
          "ouders welke talen er thuis gesproken worden, welk geloof het gezin heeft en welke feesten "
          "het viert. Die feesten komen in de kring aan bod, en kinderen vertellen er zelf over. Tijdens "
          "de ramadan houden we bij gym en de sportdag rekening met kinderen die vasten. In de klas mag "
          "een kind in zijn thuistaal iets uitleggen aan een klasgenoot, en in de gang hangt het "
          "welkomstwoord in alle talen van onze school."),

    ("h2", "3.3 Vooruitstrevend"),
    ("p", "Deze kernwaarde werken we in dit plan niet uit. Dit pakken we in de tweede helft van de "
          "planperiode op."),

    ("h2", "3.4 Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar."),

    ("h1", "4. Vensters"),
    ("h2", "4.1 Goed en toegankelijk onderwijs"),
    ("p", "In groep 3 leren de kinderen lezen met Veilig leren lezen. Voor taal en spelling gebruiken "
          "we Staal, voor rekenen Pluspunt 4, voor wereldoriëntatie Blink Wereld en voor Engels in groep "
          "5 tot en met 8 Stepping Stones Junior. Met die methodes dekken we de kerndoelen; de verdeling "
          "van de uren per vak staat in de schoolgids. Burgerschap heeft een plek in ons onderwijs; zie "
          "de leerlijn in de schoolgids."),
    ("p", "De inspectie gaf ons in 2022 een basisarrangement. Op de eindtoets van 2023 haalde 98 procent "
          "van de leerlingen het fundamentele niveau 1F en 61 procent het streefniveau 2F/1S, beide "
          "boven de signaleringswaarden. Alleen rekenen op streefniveau 1S bleef achter met 28 procent. "
          "Daarom werken de groepen 6, 7 en 8 vanaf augustus 2024 drie keer per week met een "
          "rekencircuit van een half uur op drie niveaus, en zet onze rekencoördinator elke zes weken "
          "de resultaten per groep op een rij. Onze doelen voor rekenen hebben we vastgelegd in "
          "de tabel hieronder."),
    ("p", "Onze school heeft een toekomstgericht curriculum."),
    ("p", "Welke ondersteuning we kunnen bieden, staat in ons schoolondersteuningsprofiel. Tot de "
          "basisondersteuning rekenen we: extra instructie in de groep, het dyslexieprotocol, een "
          "plusgroep voor kinderen die meer aankunnen (één ochtend per week, groep 5 tot en met 8) en "
          "begeleiding van nieuwkomers in het Nederlands door een onderwijsassistent, vier uur per week. "
          "Extra ondersteuning bieden we met een ontwikkelingsperspectief (OPP), begeleiding door een "
          "ambulant begeleider of een arrangement van de orthopedagoog. Kinderen die de hele dag een "
          "eigen begeleider nodig hebben, kunnen we niet goed helpen."),
    ("p", "Voor de kwaliteitszorg gebruiken we de kwaliteitskaarten van WMK-PO. Elk jaar nemen we vier "
          "kaarten af bij het team, de ouders of de leerlingen, volgens de planning in ons "
          "kwaliteitsoverzicht. In het jaarplan staan per schooljaar de doelen uit dit schoolplan. In "
          "januari bespreken we met het team de tussenstand, en in juni evalueren we. Het jaarverslag "
          "gaat in september naar de MR en naar het bestuur; de toetsresultaten gaan ook in de "
          "kwartaalrapportage van ASG."),
    ("t", (KOP_DOELEN, [
        ["Rekenen op streefniveau", "Op de eindtoets haalt ten minste 40% van groep 8 niveau 1S (2023: 28%)",
         "juni 2026", "rekencoördinator"],
        ["Groepsbespreking na elke meting", "In alle 13 groepen na iedere meting een groepsbespreking, "
         "verslag in ParnasSys", "vanaf januari 2025", "IB’er"],
        ["Schoolondersteuningsprofiel bijgewerkt", "Nieuw SOP besproken met de MR en op de website",
         "juni 2025", "directeur en IB’er"],
        ["Kwaliteitskaarten", "Vier WMK-kaarten per jaar afgenomen, uitkomsten in het jaarverslag",
         "elk jaar in juni", "directeur"],
    ])),

    ("h2", "4.2 Partnerschap"),
    ("p", "Ouders kennen hun kind het best. Daarom beginnen we elk schooljaar met een startgesprek in "
          "week 2 of 3, waarin vooral de ouders vertellen: over hun kind, over wat thuis goed werkt en "
          "over hun verwachtingen. In 2023 kwam 87 procent van de ouders. Elke zes weken krijgen ouders "
          "van groep 3 en 4 een thuisblad met de letters, woorden en sommen die de klas oefent, zodat ze "
          "thuis kunnen meedoen. In november en maart volgen de ouder-kindgesprekken, waarbij het kind "
          "zelf aanschuift."),
    ("p", "Het ouderpanel van tien ouders komt vier keer per jaar bij elkaar met de directeur. Het "
          "panel heeft de thuisbladen mee ontworpen en bekijkt elk jaar of de ouder-kindgesprekken "
          "ouders genoeg houvast geven om hun kind thuis te helpen. Na de eerste ronde in 2023 krijgen "
          "ouders nu vooraf drie vragen mee waarover ze met hun kind kunnen praten."),
    ("p", "Met de partners in de wijk werken we dagelijks samen. Met Kinderwereld Haven, in ons eigen "
          "gebouw, hebben we een warme overdracht: voor elke peuter die naar groep 1 gaat, is er een "
          "overdrachtsformulier en een gesprek tussen pedagogisch medewerker en leerkracht. De "
          "bibliotheek van Almere Haven heeft een bibliotheek op school ingericht, en een leesconsulent "
          "is één ochtend per week bij ons. De buurtsportcoach geeft op woensdagmiddag sport op het "
          "schoolplein. Met de parochie vieren we Kerstmis in de kerk in het centrum van Haven."),
    ("t", (KOP_DOELEN, [
        ["Startgesprekken", "95% van de ouders neemt deel aan het startgesprek (2023: 87%)",
         "oktober 2025", "groepsleerkrachten"],
        ["Thuisbladen uitbreiden", "Ook ouders van groep 5 en 6 krijgen elke zes weken een thuisblad",
         "augustus 2025", "bouwcoördinator"],
        ["Overdracht peuters", "Voor 100% van de peuters van Kinderwereld een overdrachtsgesprek",
         "juni 2025", "IB’er"],
        ["Leesconsulent", "Elke groep bezoekt de bibliotheek op school minstens eens per maand",
         "juni 2026", "taalcoördinator"],
    ])),

    ("h2", "4.3 Personeel in positie"),
    ("p", "Alle medewerkers werken aantoonbaar aan hun professionele ontwikkeling, via bijeenkomsten en "
          "het aanbod van de ASG Academie. Hoe wij dit venster verder invullen, pakken we in de tweede "
          "helft van de planperiode op."),

    ("h1", "5. Vaststelling"),
    ("p", "Dit schoolplan is opgesteld door de directeur, Anouk van Dijk, samen met het team van "
          "Sint-Nicolaas. De medezeggenschapsraad heeft op 11 juni 2024 met het plan ingestemd. Het "
          "College van Bestuur van de Almeerse Scholen Groep heeft het schoolplan op 1 juli 2024 "
          "vastgesteld."),
]


# ---------------------------------------------------------------- opbouw

def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    doc.add_paragraph("RK Basisschool Sint-Nicolaas", style="Title")
    ondertitel = doc.add_paragraph()
    run = ondertitel.add_run("Schoolplan 2024-2028")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Almere Haven  ·  Almeerse Scholen Groep  ·  brin 14TD")

    for soort, inhoud in TEKST:
        if soort == "h1":
            doc.add_heading(str(inhoud), level=1)
        elif soort == "h2":
            doc.add_heading(str(inhoud), level=2)
        elif soort == "p":
            doc.add_paragraph(str(inhoud))
        else:
            kop, rijen = inhoud  # type: ignore[misc]
            tabel(doc, kop, rijen, breedtes=[4.0, 6.5, 2.8, 3.0])
            doc.add_paragraph()

    kern = doc.core_properties
    kern.title = "Schoolplan Sint-Nicolaas 2024-2028"
    kern.author = "A. van Dijk"
    kern.last_modified_by = "A. van Dijk"
    kern.subject = "Schoolplan"
    kern.keywords = ""
    kern.comments = ""
    kern.category = ""
    kern.revision = 4
    kern.created = datetime.datetime(2024, 4, 2, 13, 0, 0)
    kern.modified = STEMPEL
    kern.last_printed = STEMPEL
    kern.language = "nl-NL"

    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_64_sint_nicolaas.docx")
