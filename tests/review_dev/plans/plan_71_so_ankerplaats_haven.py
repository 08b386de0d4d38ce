"""Schoolplan 2024-2028 van SO De Ankerplaats (protestants-christelijk, speciaal onderwijs cluster 4,
Almere Haven). Een kort plan dat bewust alleen de kernwaarde Gezien worden en de vensters 1 en 4
uitwerkt; de rest van Koers 22 krijgt hooguit een zin."""

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

STEMPEL = datetime.datetime(2024, 6, 18, 9, 30, 0)


# --- Word-loodgieterswerk (overgenomen uit docx_parts.py) -------------------------------------

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


# --- Inhoud -------------------------------------------------------------------------------------

def _p(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


def _opsomming(doc, items):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    cp = doc.core_properties
    cp.author = "J. Verhoef"
    cp.last_modified_by = "J. Verhoef"
    cp.title = "Schoolplan 2024-2028 SO De Ankerplaats"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.revision = 4

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan SO De Ankerplaats 2024-2028  |  pagina ")
    page_field(voet)

    # Titelblad
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("SO De Ankerplaats")
    r.bold = True
    r.font.size = Pt(18)
    _p(doc, "Protestants-christelijke school voor speciaal onderwijs (cluster 4)")
    _p(doc, "Gooisekant 41, Almere Haven  ·  BRIN 31KP")
    _p(doc, "Onderdeel van de Almeerse Scholen Groep (ASG)")
    doc.add_paragraph()
    _p(doc, "Planperiode: 1 augustus 2024 tot en met 31 juli 2028")
    _p(doc, "Directeur: Jolanda Verhoef")
    _p(doc, "Versie: definitief, juni 2024")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 1 Inleiding
    doc.add_heading("1. Inleiding", level=1)
    _p(doc, "Voor u ligt het schoolplan van SO De Ankerplaats voor de schooljaren 2024-2025 tot en met "
            "2027-2028. Wij hebben bewust gekozen voor een kort plan. Het vorige schoolplan telde ruim "
            "zestig pagina's en werd in de praktijk weinig gelezen. Dit keer wilden we een plan waar ons "
            "team echt mee werkt.")
    _p(doc, "Op de studiedag van 6 februari 2024 heeft het team, samen met de gedragswetenschappers en "
            "de jeugdhulpverleners die in ons gebouw werken, de Koerswijzer van ASG doorgelopen. Per "
            "onderdeel hebben we de vraag gesteld: waar zit voor onze leerlingen de meeste winst? Met "
            "stickers op flappen kwamen er drie onderwerpen duidelijk bovenaan: de kernwaarde Gezien "
            "worden, het venster Goed en toegankelijk onderwijs en het venster Partnerschap. Die werken "
            "wij in dit plan uit, in onze eigen woorden. De overige onderdelen van Koers 22 noemen we in "
            "hoofdstuk 6 kort.")
    _p(doc, "Onderdelen die elders al goed beschreven staan, herhalen we hier niet. Praktische zaken als "
            "schooltijden, het leerlingenvervoer en de klachtenregeling staan in de schoolgids.")

    # 2 Onze school
    doc.add_heading("2. Onze school", level=1)
    doc.add_heading("2.1 Leerlingen en gebouw", level=2)
    _p(doc, "De Ankerplaats is een school voor speciaal onderwijs voor kinderen van 4 tot 13 jaar met "
            "ernstige gedragsproblemen en/of psychiatrische problematiek, zoals ADHD, autisme, "
            "hechtingsproblematiek of angststoornissen. Op 1 oktober 2023 telden wij 94 leerlingen in "
            "negen groepen van maximaal twaalf. Ruim driekwart woont in Almere; de anderen komen uit "
            "Zeewolde en Lelystad en reizen met het leerlingenvervoer. Iedere leerling heeft een "
            "toelaatbaarheidsverklaring van het samenwerkingsverband.")
    _p(doc, "Sinds 2019 zitten wij in het vernieuwde gebouw aan de Gooisekant, met negen lokalen, twee "
            "prikkelarme werkplekken, een gymzaal en een omheind plein met een aparte rustige zone. Het "
            "team bestaat uit 31 medewerkers: leerkrachten, klassenassistenten, twee "
            "gedragswetenschappers, een intern begeleider, een vakleerkracht bewegingsonderwijs en een "
            "conciërge.")

    doc.add_heading("2.2 Identiteit", level=2)
    _p(doc, "De Ankerplaats is een protestants-christelijke school. Iedere dag begint met een "
            "dagopening waarin we zingen, bidden of een verhaal uit de Bijbel vertellen; we gebruiken "
            "daarvoor Trefwoord. Kerst en Pasen vieren we met de ouders in de aula, en één keer per jaar "
            "is er een schooldienst in de Goede Herderkerk in Almere Haven. Van nieuwe medewerkers "
            "vragen wij dat zij de christelijke identiteit van de school respecteren en de dagopening "
            "kunnen verzorgen.")

    doc.add_heading("2.3 Ons onderwijsprogramma", level=2)
    _p(doc, "Al onze leerlingen volgen het uitstroomprofiel vervolgonderwijs. Zij werken aan de "
            "kerndoelen van het basisonderwijs en stromen uit naar het vso, het praktijkonderwijs, het "
            "vmbo en een enkele keer de havo. Voor lezen gebruiken we Veilig Leren Lezen en Estafette, "
            "voor taal Taal actief en voor rekenen Wereld in Getallen, met de leerlijnen van het SO als "
            "basis voor het ontwikkelingsperspectief. Sociaal-emotionele vaardigheden oefenen we "
            "dagelijks met Kwink en met de gedragslessen van onze gedragswetenschappers.")
    _p(doc, "Ons doel is dat zoveel mogelijk leerlingen aan het eind van de basisschoolperiode "
            "referentieniveau 1F halen. In 2023 lukte dat voor lezen bij 71% en voor rekenen bij 58% van "
            "de schoolverlaters. De leerlingen krijgen 940 uur onderwijs per jaar; de groepen 1 tot en "
            "met 4 zijn op woensdag om 12.00 uur vrij.")

    # 3 Gezien worden
    doc.add_heading("3. Gezien worden", level=1)
    _p(doc, "Voor onze leerlingen is gezien worden geen vanzelfsprekendheid. Veel van hen hebben op een "
            "eerdere school vooral gehoord wat er niet goed ging, en sommigen hebben thuis weinig "
            "houvast. Bij ons is ieder kind waardevol en wordt ieder kind gezien. Wat dat in de praktijk "
            "betekent, beschrijven we hieronder.")

    doc.add_heading("3.1 Welkom, elke dag opnieuw", level=2)
    _p(doc, "De eerste vijf minuten van de dag bepalen vaak hoe de rest verloopt. Daarom staat iedere "
            "ochtend de eigen leerkracht bij de deur van het lokaal en begroet elke leerling bij naam, "
            "met een hand, een boks of een knikje, wat het kind prettig vindt. Leerlingen die met de taxi "
            "komen, worden bij het busje opgehaald door een vaste klassenassistent, zodat niemand alleen "
            "over het plein hoeft. Wie binnenkomt na een moeilijke ochtend thuis, mag eerst tien "
            "minuten naar de rustige zone.")
    _p(doc, "Ook volwassenen moeten zich welkom voelen. Bezoekers melden zich bij de conciërge, krijgen "
            "een bezoekerskaart en worden altijd door het gebouw begeleid. Nieuwe ouders krijgen bij de "
            "intake een rondleiding van twee leerlingen uit de leerlingenraad; zij vertellen zelf hoe "
            "een dag op De Ankerplaats eruitziet.")

    doc.add_heading("3.2 Weten wat een kind nodig heeft", level=2)
    _p(doc, "Iedere leerkracht voert elke week met elke leerling een kort één-op-één-gesprek, ons "
            "vijfminutengesprek: hoe gaat het, wat lukte er deze week, wat heb je nodig? De afspraken "
            "noteert de leerkracht in ParnasSys. Twee keer per jaar vullen de leerkrachten ZIEN! in voor "
            "iedere leerling; de uitkomsten bespreken zij met de gedragswetenschapper in de "
            "groepsbespreking.")

    doc.add_heading("3.3 Veilig op school", level=2)
    _p(doc, "In maart vullen alle leerlingen vanaf groep 5 de veiligheidsmonitor in. In 2023 voelde 84% "
            "van hen zich veilig of heel veilig op school. Onze time-outprocedure hebben wij in 2023 samen "
            "met de jeugdhulp herschreven: een time-out vindt alleen plaats in de daarvoor ingerichte "
            "ruimte, altijd onder toezicht van een volwassene, en wordt altijd gevolgd door een "
            "herstelgesprek en een registratie in ParnasSys. Het aantal fysieke interventies bespreken "
            "wij elke maand in het team; in 2022-2023 waren het er 61, in 2023-2024 tot nu toe 38. Een "
            "van de gedragswetenschappers is onze anti-pestcoördinator en vertrouwenspersoon voor "
            "leerlingen.")

    # 4 Venster 1
    doc.add_heading("4. Goed onderwijs dat past (Venster 1)", level=1)
    _p(doc, "Goed onderwijs is voor onze leerlingen onderwijs dat zich aanpast aan het kind. Wij maken "
            "deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
            "leerlingen een passende onderwijsplek hebben. Binnen onze eigen school zorgen wij op de "
            "volgende manieren voor kwaliteit.")

    doc.add_heading("4.1 Waar we staan", level=2)
    _p(doc, "Bij het vierjaarlijks onderzoek in november 2022 heeft de inspectie de kwaliteit van ons "
            "onderwijs als voldoende beoordeeld, met het oordeel goed voor het pedagogisch klimaat. "
            "Omdat cijfers op een toets voor onze school maar een deel van het verhaal vertellen, volgen "
            "wij vooral de uitstroom. In de laatste drie schooljaren ging 86% van de schoolverlaters naar "
            "de bestemming die in het ontwikkelingsperspectief stond. Een jaar later zat 92% van hen daar "
            "nog.")

    doc.add_heading("4.2 Zicht op ontwikkeling", level=2)
    _p(doc, "Iedere leerling heeft een ontwikkelingsperspectiefplan (OPP) met een verwachte "
            "uitstroombestemming. Het OPP wordt twee keer per jaar geëvalueerd, in november en in juni, "
            "en daarna met ouders besproken. De commissie van begeleiding, met de orthopedagoog, de "
            "gedragswetenschappers, de intern begeleider en de jeugdarts, bespreekt iedere leerling "
            "minstens één keer per jaar en beslist over bijstelling van het perspectief.")

    doc.add_heading("4.3 Onderwijs dat aansluit bij wat kinderen bezighoudt", level=2)
    _p(doc, "Wereldoriëntatie en een deel van het taalonderwijs geven wij in zes thema's per jaar. Twee "
            "van die thema's kiest de leerlingenraad; in 2023-2024 werden dat 'Voetbal' en 'Dieren van de "
            "Oostvaardersplassen'. Bij elk thema hoort minstens één les buiten de school, bijvoorbeeld aan "
            "het Gooimeer of in het Almeerderhout. Leerlingen die moeilijk stil kunnen zitten, krijgen zo "
            "een manier van leren die bij hen past.")

    doc.add_heading("4.4 Wat wij kunnen bieden", level=2)
    _p(doc, "In ons schoolondersteuningsprofiel staat precies in welke leer- en ondersteuningsbehoeften "
            "wij kunnen voorzien. Kort samengevat:")
    _opsomming(doc, [
        "groepen van maximaal twaalf leerlingen met in elke groep een leerkracht en een klassenassistent;",
        "prikkelarme werkplekken en een individueel dagprogramma waar dat nodig is;",
        "dagelijkse beschikbaarheid van een gedragswetenschapper en behandeling op school door onze "
        "jeugdhulppartner;",
        "aanbod tot en met referentieniveau 2F/1S voor leerlingen die dat aankunnen.",
    ])
    _p(doc, "Onze grens ligt bij leerlingen die vooral medische of verpleegkundige zorg nodig hebben, bij "
            "leerlingen met een ontwikkelingsperspectief onder het niveau van het praktijkonderwijs, en "
            "bij leerlingen bij wie de veiligheid van de groep ook met extra inzet niet te waarborgen is. "
            "In het schooljaar 2024-2025 herzien wij het profiel; het nieuwe profiel gaat in juni 2025 "
            "naar de MR.")

    doc.add_heading("4.5 Kwaliteitszorg", level=2)
    _p(doc, "Wij volgen de kwaliteitscyclus van ASG. In juni stellen wij het jaarplan op, na ieder "
            "kwartaal rapporteren wij aan het bestuur en in het jaarverslag evalueren we met team en MR "
            "wat er bereikt is. Twee keer per jaar, in februari en juli, maken de intern begeleider en de "
            "directeur een trendanalyse van leerresultaten, OPP-doelen en incidenten. Met WMK-PO nemen "
            "we elk jaar vier kwaliteitskaarten af onder team, ouders en leerlingen. In het voorjaar van "
            "2027 voeren wij een zelfevaluatie uit, met een audit door een collega-school voor speciaal "
            "onderwijs.")

    doc.add_heading("4.6 Doelen", level=2)
    tabel(doc, ["Doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"], [
        ["Uitstroom volgens OPP", "Minimaal 85% van de schoolverlaters gaat naar de bestemming uit het "
         "OPP", "Ieder schooljaar, juli", "Intern begeleider"],
        ["Lezen op niveau", "1F lezen bij schoolverlaters van 71% (2023) naar 80%", "Juli 2027",
         "Leerkrachten bovenbouw"],
        ["Herzien ondersteuningsprofiel", "Nieuw profiel vastgesteld, met instemming MR", "Juni 2025",
         "Directeur"],
        ["Zelfevaluatie en audit", "Auditrapport besproken in team en MR", "Voorjaar 2027",
         "Directeur en intern begeleider"],
    ], breedtes=[3.5, 6.5, 3.0, 3.5])

    # 5 Venster 4
    doc.add_heading("5. Samen om het kind heen (Venster 4)", level=1)
    _p(doc, "Onze leerlingen hebben vaak meerdere hulpverleners. Als school, ouders en hulp elk hun eigen "
            "plan maken, raakt het kind klem. Daarom werken wij zo veel mogelijk met één plan en één "
            "aanspreekpunt.")

    doc.add_heading("5.1 Ouders", level=2)
    _p(doc, "Voordat een leerling start, brengen de leerkracht en de intern begeleider een huisbezoek. "
            "Daarna hebben ouders en leerkracht dagelijks contact via Parro; ouders van leerlingen die met "
            "de taxi komen, krijgen elke vrijdag een kort weekbericht over hun kind. Het OPP bespreken wij "
            "twee keer per jaar met ouders en leerling samen; vanaf groep 5 zit de leerling zelf bij het "
            "gesprek. Vier keer per jaar houden wij de ouderavond 'Opvoeden is teamwerk' met een van onze "
            "gedragswetenschappers, over onderwerpen die ouders zelf aandragen, zoals schermtijd of "
            "slapen.")

    doc.add_heading("5.2 Partners in en om de school", level=2)
    _p(doc, "Sinds 2021 werkt een behandelteam van jeugdhulpaanbieder Kompas Jeugd in ons gebouw: twee "
            "jeugdhulpverleners en een speltherapeut. Elf leerlingen hebben een onderwijs-zorgarrangement "
            "waarin school en jeugdhulp samen één plan uitvoeren. Met de polikliniek kinder- en "
            "jeugdpsychiatrie in Almere hebben we een vaste contactpersoon, en het wijkteam Haven houdt "
            "eens per twee weken spreekuur op school. Acht leerlingen werken op dinsdagmiddag op "
            "zorgboerderij De Wilgenhoeve, aan de rand van Almere Haven, met de dieren en in de "
            "moestuin.")

    doc.add_heading("5.3 Doelen", level=2)
    tabel(doc, ["Doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"], [
        ["Ouders bereiken", "Minimaal 50% van de gezinnen bezoekt per schooljaar ten minste één "
         "ouderavond (nu 34%)", "Schooljaar 2025-2026", "Directeur"],
        ["Eén plan met jeugdhulp", "Onderwijs-zorgarrangementen van 11 naar 16 leerlingen",
         "Schooljaar 2026-2027", "Intern begeleider en Kompas Jeugd"],
        ["Zorgboerderij", "Van 8 naar 12 leerlingen per week op De Wilgenhoeve", "Schooljaar 2025-2026",
         "Teamleider bovenbouw"],
    ], breedtes=[3.5, 6.5, 3.0, 3.5])

    # 6 Overige onderdelen
    doc.add_heading("6. De rest van Koers 22", level=1)
    _p(doc, "De onderdelen van Koers 22 die wij in dit plan niet uitwerken, noemen we hier kort:")
    _opsomming(doc, [
        "Open: wij zijn open en eerlijk naar ouders en leerlingen, en in onze communicatie transparant en "
        "toegankelijk; de uitwerking staat in de schoolgids.",
        "Vooruitstrevend: deze kernwaarde nemen we mee in de jaarplannen.",
        "Ambitieus: we hebben hoge verwachtingen van onze leerlingen en van elkaar.",
        "Personeel in positie: voor personeelsbeleid, bekwaamheid en professionalisering verwijzen wij "
        "naar het strategisch HR-beleid van ASG en ons jaarlijkse scholingsplan.",
        "De meerwaarde van ASG: dit venster krijgt in deze planperiode geen eigen uitwerking.",
    ])
    _p(doc, "Hoe wij burgerschap vormgeven, staat in ons burgerschapsplan (bijlage 3 bij de schoolgids).")

    # 7 Vaststelling
    doc.add_heading("7. Vaststelling", level=1)
    _p(doc, "De medezeggenschapsraad van SO De Ankerplaats heeft op 11 juni 2024 ingestemd met dit "
            "schoolplan. Het College van Bestuur van de Almeerse Scholen Groep heeft het plan vastgesteld "
            "op 2 juli 2024.")
    tabel(doc, ["", "Naam", "Datum", "Handtekening"], [
        ["Directeur", "Jolanda Verhoef", "2 juli 2024", ""],
        ["Voorzitter MR", "Henk Brouwer", "11 juni 2024", ""],
        ["College van Bestuur ASG", "", "2 juli 2024", ""],
    ], breedtes=[4.0, 4.0, 3.0, 5.0])

    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_71_so_ankerplaats_haven.docx")
