"""Schoolplan 2025-2029 van KBS Sint Christoffel (katholieke basisschool, Almere Buiten), kort en
gericht op een deel van de koers. Zelfstandig: alleen standaardbibliotheek en python-docx."""

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

MOMENT = datetime.datetime(2025, 6, 18, 14, 0, 0)


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


# --- De tekst van het plan ----------------------------------------------------------------------

TEKST = [
    ("h1", "Voorwoord"),
    ("p", "Voor u ligt het schoolplan van KBS Sint Christoffel voor de schooljaren 2025-2026 tot en met "
          "2028-2029. We hebben bewust gekozen voor een compact plan. We beschrijven niet alles wat we doen, "
          "maar vooral wat we de komende vier jaar willen verbeteren."),
    ("p", "Met het team hebben we op de studiedagen van 12 februari en 9 april 2025 de koers van de "
          "Almeerse Scholen Groep doorgenomen. Op de eerste dag schreven "
          "collega’s op flappen wat goed gaat en wat beter kan; op de tweede dag kozen we met stickers de "
          "prioriteiten. We hebben daaruit drie vensters gekozen waar voor onze school "
          "de meeste winst te halen is: goed en toegankelijk onderwijs, personeel in positie en "
          "partnerschap. Van de vier kernwaarden staan ‘gezien worden’ en ‘ambitieus’ centraal, omdat die "
          "het dichtst bij ons katholieke uitgangspunt liggen. De overige onderdelen van de koers nemen we "
          "mee in het jaarplan wanneer daar aanleiding voor is."),
    ("p", "Dat we de kernwaarden ‘open’ en ‘vooruitstrevend’ en het venster over de meerwaarde van ASG hier "
          "niet uitwerken, betekent niet dat we ze onbelangrijk vinden. We hebben deze periode gewoon niet "
          "de ruimte om overal tegelijk aan te werken, en kiezen liever voor een paar dingen die we goed "
          "doen. Bij de tussenevaluatie in 2027 kijken we opnieuw of deze keuze nog klopt."),

    ("h1", "1  Onze school"),
    ("p", "Sint Christoffel staat sinds 1986 in de Molenbuurt in Almere Buiten. We hebben 318 leerlingen in "
          "13 groepen. Onze school is een katholieke school: we vieren samen Kerstmis, Pasen en het feest van "
          "onze naamheilige, en in alle groepen gebruiken we de methode Trefwoord voor levensbeschouwing. "
          "Kinderen van alle achtergronden zijn welkom; ongeveer de helft van onze leerlingen heeft thuis een "
          "katholieke achtergrond."),
    ("tab", ["Gegeven", ""], [
        ["BRIN", "17QX"],
        ["Adres", "Wipmolenstraat 14, 1333 KM Almere"],
        ["Directeur", "Annelies Verbeek"],
        ["Intern begeleider", "Youssef El Idrissi"],
        ["Leerlingen (1 oktober 2024)", "318, in 13 groepen"],
        ["Team", "26 medewerkers: 17 leerkrachten, intern begeleider, 2 onderwijsassistenten, vakleerkracht "
                 "gym, conciërge, administratie en directeur"],
        ["Schoolweging", "31,2 (landelijk gemiddelde 30)"],
        ["Schooltijden", "continurooster: maandag, dinsdag, donderdag en vrijdag 8.30-14.15 uur, "
                         "woensdag 8.30-12.30 uur"],
    ], [5.0, 11.0]),
    ("p", "Het gebouw is in 2020 gerenoveerd. In hetzelfde gebouw zit peuteropvang De Vlinderboom. De "
          "deuren gaan ’s ochtends om 8.20 uur open."),
    ("h2", "Wat ons opvalt"),
    ("p", "Het leerlingaantal is al jaren stabiel rond de 320. Wel verandert de groep: ongeveer 18 procent "
          "van de kinderen spreekt thuis een andere taal dan Nederlands, en steeds meer kleuters komen binnen "
          "met een kleine woordenschat. De resultaten voor technisch lezen en rekenen zijn goed; begrijpend "
          "lezen blijft achter, vooral in groep 6 en 7. Het team is stabiel en betrokken, maar in 2023 en "
          "2024 konden we twee vacatures pas na maanden vervullen. In de tevredenheidspeiling van 2024 "
          "waarderen ouders vooral de sfeer op school (gemiddeld 8,1); de verkeerssituatie bij het hek "
          "scoort laag (5,8)."),

    ("h1", "2  Elk kind in beeld"),
    ("p", "Ieder kind is uniek en waardevol en mag gezien worden zoals het is. Voor ons als katholieke school "
          "is dat meer dan een mooie zin; het bepaalt hoe we met kinderen en ouders omgaan."),
    ("p", "Elke ochtend staat de directeur of de intern begeleider bij de ingang om kinderen en ouders te "
          "begroeten. Ouders mogen tot 8.30 uur mee de klas in. Nieuwe gezinnen krijgen een rondleiding door "
          "twee leerlingen uit groep 8, en na zes weken belt de leerkracht op om te vragen hoe de start is "
          "bevallen."),
    ("p", "Vanaf groep 4 voert de leerkracht twee keer per jaar met ieder kind een kindgesprek van tien "
          "minuten: hoe gaat het, wat gaat goed, wat wil je leren? Drie keer per jaar bespreekt de leerkracht "
          "met de intern begeleider de hele groep aan de hand van de toetsgegevens, de KiVa-observaties en de "
          "kindgesprekken. Wat een kind nodig heeft, leggen we vast in ParnasSys, zodat een nieuwe leerkracht "
          "het na de zomer meteen weet."),

    ("h1", "3  De lat hoog"),
    ("p", "Wij geven altijd het beste van onszelf, en ons team is intrinsiek gemotiveerd om zich te blijven "
          "ontwikkelen. Dat vragen we ook van onze leerlingen."),
    ("p", "In 2024 hebben we eigen schoolnormen vastgesteld, die boven de signaleringswaarden van de "
          "inspectie liggen. Ten minste 97 procent van onze leerlingen haalt eind groep 8 het fundamentele "
          "niveau 1F voor lezen, taalverzorging en rekenen, en ten minste 62 procent het streefniveau 2F "
          "(lezen en taalverzorging) of 1S (rekenen). In 2024 was dat 95 en 57 procent. Bij het schooladvies "
          "kijken we naar wat een kind kan; twijfelen we tussen twee niveaus, dan geven we het hogere advies."),

    ("h1", "4  Goed onderwijs in de basis"),
    ("h2", "4.1  Ons aanbod"),
    ("p", "Ons aanbod dekt de kerndoelen. In groep 1 en 2 werken we met de thema’s van Kleuterplein. In "
          "groep 3 leren kinderen lezen met Veilig leren lezen (KIM-versie). Voor taal en spelling gebruiken "
          "we Staal, voor rekenen Wereld in getallen 5 en voor begrijpend lezen Nieuwsbegrip. Wereldoriëntatie "
          "geven we thematisch met Blink Wereld. De groepen 3 tot en met 8 krijgen twee keer per week gym van "
          "de vakleerkracht. Elke dag begint in groep 4 tot en met 8 met twintig minuten vrij lezen. Met het "
          "continurooster krijgen de kinderen in acht jaar ruim de wettelijke 7.520 uur onderwijstijd. "
          "Hoe wij burgerschap vormgeven, staat in ons burgerschapsplan (2024)."),
    ("p", "Vanaf 2025-2026 voeren we een doorlopende leerlijn digitale geletterdheid in voor groep 1 tot en "
          "met 8, gebaseerd op de conceptkerndoelen van SLO. Elke groep krijgt eens per twee weken een les "
          "programmeren, mediawijsheid of informatievaardigheden; de ICT-coördinator maakt het rooster en "
          "ondersteunt collega’s in de klas."),
    ("h2", "4.2  Veiligheid"),
    ("p", "We werken sinds 2019 met KiVa. Elk schooljaar begint met ‘de Gouden Weken’, waarin iedere groep "
          "eigen afspraken maakt. De intern begeleider is anti-pestcoördinator. In maart vullen de "
          "leerlingen van groep 5 tot en met 8 de KiVa-monitor in; in 2024 gaf 94 procent aan zich veilig te "
          "voelen op school."),
    ("h2", "4.3  Ondersteuning"),
    ("p", "In ons schoolondersteuningsprofiel staat beschreven in welke leer- en ondersteuningsbehoeften "
          "wij kunnen voorzien. Het SOP is te vinden op onze website."),
    ("h2", "4.4  Kwaliteit"),
    ("p", "Onze eindtoetsresultaten lagen in 2022, 2023 en 2024 boven de signaleringswaarden van de "
          "inspectie. Om dat zo te houden, werken we met een vaste kwaliteitskalender. In januari en juni "
          "nemen we de toetsen van het leerlingvolgsysteem af; daarna volgt een datamiddag waarop het team "
          "de trends per groep en per vak bespreekt. Elk jaar vullen we drie kwaliteitskaarten uit WMK in. "
          "De directeur bezoekt iedere leerkracht twee keer per jaar in de klas. Wat we leren, komt in het "
          "jaarverslag en in het jaarplan voor het volgende jaar. Omdat begrijpend lezen achterblijft, "
          "analyseert de taalcoördinator vanaf 2025-2026 na elke toetsronde de resultaten per groep en "
          "bespreekt ze met de leerkrachten van groep 5 tot en met 8."),

    ("h1", "5  Ons team"),
    ("p", "Wij hebben aandacht voor het welbevinden van onze collega’s in elke levensfase."),
    ("p", "Van 2025 tot 2027 volgt het hele team de scholing Expliciete Directe Instructie (EDI): vier "
          "studiedagen en klassenbezoeken met feedback door een externe trainer. Daarnaast volgt iedere "
          "leerkracht in de planperiode minstens één cursus van de ASG Academie. Het scholingsbudget is "
          "14.000 euro per jaar."),
    ("p", "Twee collega’s, in groep 4 en groep 6, volgen het zij-instroomtraject van de pabo van Windesheim. "
          "Zij hebben een eigen coach uit het team en krijgen per week een dag voor hun opleiding."),
    ("p", "Iedere medewerker heeft in september een startgesprek met de directeur, in februari een "
          "ontwikkelgesprek na een klassenbezoek en eens in de twee jaar een beoordelingsgesprek. De "
          "afspraken staan in het personeelsdossier."),

    ("h1", "6  Samen met ouders en buurt"),
    ("p", "In de derde schoolweek voert elke leerkracht een startgesprek met de ouders van ieder kind. Ouders "
          "vertellen dan over hun kind; de leerkracht luistert. In groep 6 tot en met 8 is er in november "
          "een gesprek met ouders én kind over de voortgang en, in groep 7 en 8, over het voorlopig advies. "
          "In 2024 kwam 82 procent van de ouders naar het startgesprek."),
    ("p", "We werken samen met partners dicht bij school. Met peuteropvang De Vlinderboom in ons gebouw is "
          "er een warme overdracht van peuters met een VVE-indicatie. Via De Nieuwe Bibliotheek hebben we een "
          "bibliotheek op school, met een leesconsulent die eens per twee weken komt. De ouder- en "
          "kindadviseur van het sociaal wijkteam houdt elke donderdagochtend spreekuur op school. De "
          "buurtsportcoach van de gemeente organiseert na schooltijd sport op het plein. Met de katholieke "
          "geloofsgemeenschap in Buiten vieren we Kerstmis in de kerk."),
    ("p", "De medezeggenschapsraad bestaat uit drie ouders en drie personeelsleden. Elk voorjaar bespreken "
          "MR en directie op een gezamenlijke avond het concept-jaarplan en de formatie, nog voordat die "
          "stukken formeel aan de MR worden voorgelegd. Zo denkt de MR vroeg mee."),

    ("h1", "7  Onze doelen 2025-2029"),
    ("tab", ["Nr", "Doel", "Koppeling koers", "Meetbaar resultaat", "Wanneer", "Eigenaar"], [
        ["1", "Schoolnormen lezen, taalverzorging en rekenen halen", "Ambitieus; venster 1",
         "≥ 97% 1F en ≥ 62% 2F/1S (2024: 95% en 57%)", "2027-2028", "directeur en IB"],
        ["2", "Leerlijn digitale geletterdheid in alle groepen", "Venster 1",
         "iedere groep 18 lessen per jaar volgens rooster", "2026-2027", "ICT-coördinator"],
        ["3", "Sociale veiligheid", "Venster 1; Gezien worden",
         "≥ 96% voelt zich veilig in de KiVa-monitor (2024: 94%)", "2026-2027", "IB"],
        ["4", "EDI zichtbaar in alle groepen", "Venster 2",
         "bij klassenbezoeken in 90% van de lessen alle EDI-fasen", "2026-2027", "directeur"],
        ["5", "Zij-instromers bevoegd", "Venster 2", "beide collega’s pabodiploma", "juli 2027", "directeur"],
        ["6", "Kindgesprekken in groep 4-8", "Gezien worden",
         "ieder kind twee gesprekken per jaar, vastgelegd in ParnasSys", "2025-2026", "bouwcoördinatoren"],
        ["7", "Startgesprekken met ouders", "Venster 4",
         "≥ 95% van de ouders neemt deel (2024: 82%)", "2026-2027", "leerkrachten"],
        ["8", "Groen schoolplein", "eigen kleur",
         "plein heringericht met ouders en kinderen", "zomer 2027", "directeur en ouderraad"],
    ], [0.8, 3.6, 2.6, 4.2, 2.0, 2.8]),
    ("p", "Deze doelen werken we elk jaar uit in het jaarplan. In juni evalueren we ze met het team en "
          "rapporteren we erover in het jaarverslag."),

    ("h1", "8  Vaststelling"),
    ("p", "De medezeggenschapsraad heeft op 17 juni 2025 ingestemd met dit schoolplan. Het plan is daarna "
          "ter vaststelling aangeboden aan het College van Bestuur van de Almeerse Scholen Groep."),
    ("tab", ["Functie", "Naam", "Datum", "Handtekening"], [
        ["Directeur", "Annelies Verbeek", "17 juni 2025", ""],
        ["Voorzitter MR", "Sanne Koopmans", "17 juni 2025", ""],
    ], [4.0, 4.5, 3.0, 4.5]),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    sectie = doc.sections[0]
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("KBS Sint Christoffel – schoolplan 2025-2029 – ")
    page_field(voet)

    # Voorblad
    for _ in range(5):
        doc.add_paragraph()
    titel = doc.add_paragraph("KBS Sint Christoffel", style="Title")
    titel.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for tekst, grootte, vet in (("Schoolplan 2025-2029", 22, True),
                                ("Samen op weg", 14, False),
                                ("Katholieke basisschool in Almere Buiten", 12, False),
                                ("Periode: 1 augustus 2025 – 31 juli 2029", 12, False),
                                ("Een school van de Almeerse Scholen Groep", 11, False)):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(tekst)
        run.font.size = Pt(grootte)
        run.bold = vet
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for blok in TEKST:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "tab":
            tabel(doc, blok[1], blok[2], blok[3])
            doc.add_paragraph()

    cp = doc.core_properties
    cp.author = "A. Verbeek"
    cp.last_modified_by = "A. Verbeek"
    cp.title = "Schoolplan 2025-2029 KBS Sint Christoffel"
    cp.created = MOMENT
    cp.modified = MOMENT
    cp.last_printed = MOMENT
    cp.revision = 2
    cp.language = "nl-NL"
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_86_sint_christoffel.docx")
