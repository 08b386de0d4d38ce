"""Schoolplan 2025-2029 van SO De Bolder (cluster 4, Almere Poort), a short plan typed in Word.

No heading styles: the numbered headings are bold Normal paragraphs. Each chapter ends with its goals
as a bulleted list with dates. Only part of the koers is worked out.
"""

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

STEMPEL = datetime.datetime(2025, 4, 22, 16, 40, 0)


# --- Word plumbing (after docx_parts.py) --------------------------------------------------------

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
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
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


# --- typed headings and text ---------------------------------------------------------------------

def kop1(doc, tekst: str) -> None:  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    par.paragraph_format.space_before = Pt(18)
    par.paragraph_format.keep_with_next = True
    r = par.add_run(tekst)
    r.bold = True
    r.font.size = Pt(13)


def kop2(doc, tekst: str) -> None:  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    par.paragraph_format.space_before = Pt(8)
    par.paragraph_format.keep_with_next = True
    r = par.add_run(tekst)
    r.bold = True
    r.font.size = Pt(10.5)


def p(doc, tekst: str):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


def doelen(doc, titel: str, regels) -> None:  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    par.paragraph_format.space_before = Pt(8)
    r = par.add_run(titel)
    r.bold = True
    r.italic = True
    for regel in regels:
        doc.add_paragraph(regel, style="List Bullet")


def titelblok(doc) -> None:  # type: ignore[no-untyped-def]
    a = doc.add_paragraph()
    r = a.add_run("SO De Bolder")
    r.bold = True
    r.font.size = Pt(24)
    b = doc.add_paragraph()
    r = b.add_run("School voor speciaal onderwijs, cluster 4 – Almere Poort")
    r.font.size = Pt(12)
    c = doc.add_paragraph()
    r = c.add_run("Schoolplan 2025 – 2029")
    r.bold = True
    r.font.size = Pt(18)
    d = doc.add_paragraph()
    r = d.add_run("Almeerse Scholen Groep  |  definitieve versie, april 2025")
    r.italic = True
    r.font.size = Pt(9)


def hoofdstuk1(doc) -> None:  # type: ignore[no-untyped-def]
    kop1(doc, "1. Inleiding")
    kop2(doc, "1.1 Doel en looptijd")
    p(doc, "Dit is het schoolplan van SO De Bolder voor de schooljaren 2025-2026 tot en met 2028-2029 "
      "(1 augustus 2025 – 31 juli 2029). Het is onze vertaling van de koers van ASG naar onze eigen school. "
      "Het plan is bewust kort. Een schoolplan dat niemand leest, helpt onze leerlingen niet.")
    kop2(doc, "1.2 Totstandkoming")
    p(doc, "Het MT (directeur, intern begeleider en orthopedagoog) schreef in januari 2025 een eerste "
      "versie. Op de studiedag van 14 maart 2025 heeft het team de doelen aangescherpt en geprioriteerd. "
      "De MR is op 8 april 2025 over het plan geïnformeerd en heeft het voor kennisgeving aangenomen.")
    kop2(doc, "1.3 Keuzes")
    p(doc, "De koers van ASG kent vier kernwaarden en vier vensters. Wij werken in dit plan drie vensters "
      "uit (Goed en toegankelijk onderwijs, De meerwaarde van ASG en Partnerschap) en twee kernwaarden "
      "(Gezien worden en Ambitieus). Daar zit voor onze leerlingen de komende vier jaar de winst. De "
      "andere onderdelen laten wij in dit plan rusten.")


def hoofdstuk2(doc) -> None:  # type: ignore[no-untyped-def]
    kop1(doc, "2. De school")
    kop2(doc, "2.1 Kerngegevens")
    tabel(doc, ["Gegeven", ""], [
        ["BRIN", "30FM"],
        ["Adres", "Kapitein Cookstraat 9, Almere Poort (Columbuskwartier)"],
        ["Soort onderwijs", "SO cluster 4, leerlingen van 4 tot 13 jaar"],
        ["Richting", "openbaar"],
        ["Leerlingen (1-10-2024)", "94, in 9 groepen van maximaal 12"],
        ["Medewerkers", "38 (waarvan 13 leerkrachten en 11 onderwijsassistenten)"],
        ["Directeur", "Jeroen Bakhuis"],
    ], breedtes=[4.5, 10.5])
    kop2(doc, "2.2 Onze leerlingen")
    p(doc, "Al onze leerlingen hebben een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband "
      "Passend Onderwijs Almere. Zij hebben ernstige gedrags- en/of psychiatrische problematiek, zoals "
      "ASS, ADHD, hechtingsproblematiek of angst, vaak samen met een leerachterstand. 56% komt met het "
      "leerlingenvervoer naar school. Ongeveer 40% krijgt thuis ook jeugdhulp. De gemiddelde verblijfsduur "
      "is 3,1 jaar. De instroom wordt jonger: in 2024 kwamen 23 leerlingen in de instroomgroep (4-6 jaar).")
    kop2(doc, "2.3 Gebouw en middelen")
    p(doc, "Het gebouw aan de Kapitein Cookstraat is in 2012 gebouwd als basisschool en in 2021 voor ons "
      "verbouwd: iedere groep heeft een eigen ingang en een prikkelarme nis. Het schoolplein is in drie zones "
      "verdeeld, zodat wij de pauzes kunnen spreiden. Het gebouw is open van 8.15 tot 16.30 uur. Met het "
      "wegvallen van de NPO-middelen betalen wij de tweede onderwijsassistent in de instroomgroep vanaf "
      "2025-2026 uit de reserve; dat kan tot en met 2026-2027.")
    kop2(doc, "2.4 Missie")
    p(doc, "Rust, ritme, perspectief. Wij bieden kinderen die elders zijn vastgelopen een plek waar ze weer "
      "tot leren komen, en wij werken vanaf de eerste dag aan hun volgende stap.")


def hoofdstuk3(doc) -> None:  # type: ignore[no-untyped-def]
    kop1(doc, "3. Goed en toegankelijk onderwijs")
    kop2(doc, "3.1 Onderwijsprogramma")
    p(doc, "Wij werken aan de kerndoelen voor het speciaal onderwijs. Iedere leerling heeft een "
      "uitstroomprofiel: vervolgonderwijs (regulier VO of diplomagericht VSO) of, voor een kleine groep, "
      "arbeidsmarktgericht via het VSO. Voor technisch lezen werken we met Estafette, voor rekenen met "
      "Getal & Ruimte Junior, voor taal en spelling met Taal Actief en voor begrijpend lezen met "
      "Nieuwsbegrip. De referentieniveaus 1F en waar mogelijk 2F/1S zijn het richtpunt; het OPP legt per "
      "leerling vast welk niveau haalbaar is. Alle groepen krijgen drie lesuur bewegingsonderwijs per week "
      "van een vakleerkracht en een uur Rots en Water. De onderwijstijd is 940 uur per jaar (ma, di, do, vr "
      "8.45-14.45 uur, wo 8.45-12.30 uur). Voor burgerschap verwijzen wij naar de schoolgids.")
    p(doc, "Onze leerlingen kunnen zich kort concentreren. Instructie duurt daarom maximaal 20 minuten, "
      "gevolgd door zelfstandig werken met een vaste dagplanning met pictogrammen op het bord. "
      "Wereldoriëntatie geven wij in thema’s die aansluiten bij wat onze leerlingen bezighoudt: de "
      "leerlingenraad kiest ieder jaar twee van de zes thema’s (in 2024-2025 ‘Gamen en ik’ en ‘Dieren in "
      "de Poort’).")
    kop2(doc, "3.2 Zicht op ontwikkeling")
    p(doc, "Wij hebben zicht op wat onze leerlingen nodig hebben. Binnen zes weken na plaatsing stellen wij "
      "het ontwikkelingsperspectiefplan (OPP) op, met uitstroombestemming en leerdoelen. Iedere acht weken "
      "is er per groep een multidisciplinair overleg (leerkracht, intern begeleider, orthopedagoog, "
      "jeugdhulp). Lezen en rekenen toetsen wij twee keer per jaar met het LVS van Cito, de "
      "sociaal-emotionele ontwikkeling volgen wij twee keer per jaar met ZIEN!.")
    kop2(doc, "3.3 Ondersteuningsprofiel en netwerk")
    p(doc, "In ons schoolondersteuningsprofiel staat welke ondersteuning wij kunnen bieden: groepen van "
      "maximaal 12 leerlingen met een leerkracht en een onderwijsassistent, een prikkelarme werkplek voor "
      "iedere leerling, een time-in-ruimte met een vaste begeleider en behandeling op school (speltherapie "
      "en PMT) door Triade Vitree op drie dagen per week. Leerlingen die structureel één-op-één "
      "begeleiding of dagbehandeling nodig hebben, kunnen wij niet bedienen; voor hen zoeken wij met het "
      "samenwerkingsverband een onderwijs-zorgarrangement.")
    p(doc, "Wij maken deel uit van het dekkend netwerk van onderwijs- en zorgvoorzieningen in Almere. Wij "
      "nemen maandelijks deel aan het plaatsingsoverleg van het samenwerkingsverband. Voor leerlingen die "
      "terug kunnen naar het regulier onderwijs of het SBO hebben wij een terugplaatsingsarrangement: een "
      "half jaar lang begeleidt onze ambulant begeleider de leerling en de leerkracht op de nieuwe school.")
    kop2(doc, "3.4 Veiligheid")
    p(doc, "Zonder veiligheid geen leren. Alle groepen werken met dezelfde vijf schoolregels en een "
      "zichtbaar stoplichtsysteem. Bij escalatie volgen wij het protocol Grensoverschrijdend gedrag "
      "(herzien in 2024). Fysiek ingrijpen is altijd het laatste middel. "
      "Ieder incident wordt geregistreerd in ParnasSys en elke week in het MT besproken. "
      "Jaarlijks vullen leerlingen vanaf 8 jaar en ouders de veiligheidsmonitor in. De intern begeleider is "
      "aandachtsfunctionaris voor de meldcode.")
    kop2(doc, "3.5 Kwaliteitszorg")
    p(doc, "Wij werken in een vaste cyclus: jaarplan in september, tussenevaluatie in februari, jaarverslag "
      "in juli. Twee keer per jaar (februari en juni) maken wij een trendanalyse van de LVS-resultaten per "
      "uitstroomprofiel en zetten wij die af tegen de doelen in de OPP’s. De uitkomsten bespreken wij in het "
      "team en ze gaan mee in de kwartaalrapportage aan ASG. Om de twee jaar houden wij een "
      "tevredenheidspeiling onder leerlingen en ouders. In 2026-2027 vragen wij de kwaliteitsmedewerker "
      "van ASG om een interne audit.")
    doelen(doc, "Doelen hoofdstuk 3", [
        "Per 1 oktober 2025 heeft iedere leerling een geactualiseerd OPP met uitstroombestemming, "
        "besproken met ouders.",
        "Vóór 1 februari 2026 is het schoolondersteuningsprofiel herzien en staat het op de website.",
        "Het aantal fysieke incidenten daalt van gemiddeld 31 per kwartaal (2024-2025) naar ten hoogste 20 "
        "per kwartaal in 2027-2028.",
        "Vanaf 2025-2026 twee trendanalyses per jaar (februari en juni), vastgelegd in het jaarverslag.",
        "Juli 2029: 85% van de leerlingen haalt de OPP-doelen voor technisch lezen en rekenen (2024: 71%).",
        "Vanaf 2026-2027 worden jaarlijks ten minste drie leerlingen via het terugplaatsingsarrangement "
        "begeleid.",
    ])


def hoofdstuk4(doc) -> None:  # type: ignore[no-untyped-def]
    kop1(doc, "4. Kernwaarden: gezien worden en ambitie")
    kop2(doc, "4.1 Gezien worden")
    p(doc, "Ieder kind is waardevol en wordt gezien – ook het kind dat al drie scholen achter de rug heeft. "
      "Iedere leerling heeft daarom naast de eigen leerkracht een vaste ‘maatje’-volwassene in school, met "
      "wie hij op maandag en vrijdag tien minuten een check-in heeft: hoe gaat het, wat heb je nodig?")
    p(doc, "Welkom zijn begint ’s ochtends bij de taxi. Twee vaste medewerkers staan vanaf 8.30 uur bij de "
      "standplaats, begroeten ieder kind bij naam en lopen met wie dat nodig heeft mee naar de groep. "
      "Bezoekers worden bij de administratie ontvangen en krijgen op afspraak een rondleiding van twee "
      "leerlingen uit de leerlingenraad.")
    p(doc, "Wij hebben zicht op de behoeftes van leerlingen en medewerkers. Voor leerlingen: zie 3.2. "
      "Daarnaast legt de leerkracht samen met de orthopedagoog bij iedere nieuwe leerling vóór de eerste "
      "schooldag een huisbezoek af.")
    kop2(doc, "4.2 Ambitieus")
    p(doc, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar, maar wel haalbare. In ieder OPP leggen wij een uitstroombestemming vast die "
      "uitdaagt; wij stellen die niet naar beneden bij zonder bespreking in het multidisciplinair overleg "
      "en met ouders. In 2023-2024 stroomde 18% van onze leerlingen uit naar het regulier onderwijs of het "
      "SBO; wij willen dat in 2027-2028 25% is. Leerlingen met het profiel vervolgonderwijs halen bij "
      "uitstroom ten minste 1F voor lezen en rekenen.")
    p(doc, "Als team zijn wij intrinsiek gemotiveerd om te blijven leren en ons te professionaliseren.")
    kop2(doc, "4.3 Overige kernwaarden")
    p(doc, "Open en Vooruitstrevend werken wij in deze periode niet apart uit; respectvol omgaan met "
      "iedereen binnen en buiten de school is voor ons vanzelfsprekend.")
    doelen(doc, "Doelen hoofdstuk 4", [
        "Vanaf 1 september 2025 heeft iedere leerling een vaste maatje-volwassene en twee check-ins per "
        "week.",
        "Vanaf 1 september 2025 vaste ochtendontvangst bij de taxistandplaats door twee medewerkers.",
        "Schooljaar 2025-2026: huisbezoek vóór de eerste schooldag bij 100% van de nieuwe leerlingen.",
        "2027-2028: uitstroom naar regulier onderwijs of SBO 25% (2023-2024: 18%).",
    ])


def hoofdstuk5(doc) -> None:  # type: ignore[no-untyped-def]
    kop1(doc, "5. De meerwaarde van ASG")
    p(doc, "De Bolder is de enige school voor cluster 4 binnen ASG. Basisscholen van ASG lopen tegen "
      "leerlingen aan met wie zij handelingsverlegen zijn. Wie op een ASG-basisschool een vraag heeft over "
      "gedrag, kan terecht bij ons consultatieteam (orthopedagoog en intern begeleider). Het team is "
      "bereikbaar via één telefoonnummer en één mailadres en reageert binnen twee werkdagen. Dat "
      "aanspreekpunt staat ook op het intranet van ASG.")
    p(doc, "Een consultatie verloopt zo: de vragende school stuurt een korte hulpvraag, de orthopedagoog of "
      "de intern begeleider observeert binnen twee weken in de klas en bespreekt daarna met de leerkracht "
      "en de intern begeleider van die school wat zij morgen anders kunnen doen. De school krijgt een "
      "schriftelijk advies van één A4. Consultaties worden niet in rekening gebracht.")
    p(doc, "Collega’s van De Bolder ontmoeten regelmatig collega’s van andere ASG-scholen en van het "
      "servicebureau.")
    doelen(doc, "Doelen hoofdstuk 5", [
        "Vanaf 1 september 2025: consultatieteam bereikbaar, reactie binnen twee werkdagen; in 2025-2026 "
        "ten minste 30 consultaties (2024-2025: 17).",
        "Vóór 1 januari 2026 staat het aanspreekpunt van De Bolder op het ASG-intranet.",
        "Vanaf 2025-2026: bij 90% van de consultaties binnen twee weken een observatie en een schriftelijk "
        "advies.",
    ])


def hoofdstuk6(doc) -> None:  # type: ignore[no-untyped-def]
    kop1(doc, "6. Partnerschap")
    kop2(doc, "6.1 Ouders")
    p(doc, "Zonder ouders lukt het niet. Ouders bespreken twee keer per jaar het OPP met leerkracht en "
      "intern begeleider en geven hun instemming met het handelingsdeel. Vier keer per jaar is er een "
      "ouderochtend met de orthopedagoog over een opvoedthema dat ouders zelf kiezen (bijvoorbeeld "
      "schermtijd, slapen, boosheid). Iedere vrijdag gaat de thuismap mee met het leerdoel van de week en "
      "een kleine opdracht die ouder en kind samen doen.")
    kop2(doc, "6.2 Partners")
    p(doc, "Triade Vitree biedt behandeling in ons gebouw en neemt deel aan het multidisciplinair overleg. "
      "Met het wijkteam Poort hebben wij elke zes weken een zorgoverleg over leerlingen bij wie thuis "
      "zorgen zijn. De jeugdarts van de GGD ziet alle leerlingen bij instroom.")
    p(doc, "In de wijk werken wij samen met de buurtsportcoach van Almere Poort: op woensdagmiddag is er "
      "een sportmiddag voor onze leerlingen op het trapveld aan de overkant. Een dag op een zorgboerderij "
      "zouden wij graag ooit toevoegen.")
    doelen(doc, "Doelen hoofdstuk 6", [
        "Vanaf 2025-2026: opkomst OPP-gesprekken ten minste 90% (2024-2025: 78%).",
        "Vanaf 2025-2026: vier ouderochtenden per jaar, gemiddeld ten minste acht ouders.",
        "December 2025: samenwerkingsovereenkomst met Triade Vitree vernieuwd voor 2026-2029.",
        "2026-2027: de sportmiddag met de buurtsportcoach uitgebreid naar twee middagen per week.",
    ])


def hoofdstuk7(doc) -> None:  # type: ignore[no-untyped-def]
    kop1(doc, "7. Tot slot")
    p(doc, "Voor personeel volgt De Bolder het strategisch HR-beleid van ASG. Dit plan werken wij ieder "
      "jaar uit in een jaarplan.")
    p(doc, "Vastgesteld door de directeur namens het College van Bestuur van ASG op 22 april 2025. De MR is "
      "op 8 april 2025 geïnformeerd.")
    p(doc, "J. Bakhuis, directeur SO De Bolder")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    normal.element.get_or_add_rPr()
    rfonts = normal.element.rPr.find(qn("w:rFonts"))
    if rfonts is not None:
        rfonts.set(qn("w:eastAsia"), "Arial")
    sectie = doc.sections[0]
    sectie.left_margin = sectie.right_margin = Cm(2.2)
    sectie.top_margin = Cm(2)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("SO De Bolder – schoolplan 2025-2029 – pagina ")
    page_field(voet)
    cp = doc.core_properties
    cp.author = "J. Bakhuis"
    cp.title = "Schoolplan De Bolder 2025-2029"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.last_modified_by = "J. Bakhuis"
    cp.revision = 4

    titelblok(doc)
    hoofdstuk1(doc)
    hoofdstuk2(doc)
    hoofdstuk3(doc)
    hoofdstuk4(doc)
    hoofdstuk5(doc)
    hoofdstuk6(doc)
    hoofdstuk7(doc)
    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    doel = sys.argv[1] if len(sys.argv) > 1 else __file__.replace(".py", ".docx")
    build(doel)
    print(doel)
