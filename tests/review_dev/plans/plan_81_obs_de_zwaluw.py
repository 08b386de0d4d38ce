"""Schoolplan 2024-2028 van OBS De Zwaluw (Almere Buiten): een kort plan dat twee kernwaarden en
venster 1 van ASG Koers 22 uitwerkt en de rest uitdrukkelijk laat rusten."""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

STEMPEL = datetime.datetime(2024, 6, 12, 9, 0, 0)


# ---------------------------------------------------------------- Word-loodgieterij (uit docx_parts)
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
def _p(doc, tekst):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst)


def _bullets(doc, items):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    cp = doc.core_properties
    cp.title = "Schoolplan 2024-2028 OBS De Zwaluw"
    cp.author = "A. Verhoef"
    cp.last_modified_by = "A. Verhoef"
    cp.created = STEMPEL
    cp.modified = STEMPEL
    cp.revision = 3

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.text = "Schoolplan OBS De Zwaluw 2024-2028 - pagina "
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_field(voet)

    # ---- titelblad
    doc.add_paragraph("Schoolplan 2024 – 2028", style="Title")
    _p(doc, "Openbare basisschool De Zwaluw").runs[0].bold = True
    _p(doc, "Sperwerstraat 4, 1338 KM Almere Buiten (Faunabuurt)")
    _p(doc, "BRIN 31XK – onderdeel van de Almeerse Scholen Groep (ASG)")
    _p(doc, "Directeur: Annemiek Verhoef – intern begeleider: Ilse Martens")
    _p(doc, "Planperiode: 1 augustus 2024 tot en met 31 juli 2028")
    _p(doc, "Versie juni 2024")

    # ---- 1
    doc.add_heading("1. Waarom dit plan kort is", level=1)
    _p(doc, "Ons vorige schoolplan telde zestig pagina's. Op de studiedag van 14 februari "
            "2024 heeft het team de koers van ons bestuur, Koers 22 van de ASG, doorgelopen en per onderdeel "
            "gestemd met stickers: waar moeten wíj de komende vier jaar echt iets mee? Drie onderwerpen kregen "
            "verreweg de meeste stemmen: de kernwaarden Gezien worden en Open, en het venster Goed en "
            "toegankelijk onderwijs. Die drie werken we in dit plan uit. Wat we níet uitwerken en waarom, staat "
            "in hoofdstuk 6.")
    _p(doc, "Het plan loopt over vier schooljaren, van 2024-2025 tot en met 2027-2028. Elk jaar leiden we er een "
            "jaarplan van hooguit vier pagina's uit af, dat we in oktober met het team bespreken.")
    _p(doc, "De medezeggenschapsraad heeft op 11 juni 2024 ingestemd met dit schoolplan. Het College van Bestuur "
            "van de ASG heeft het plan daarna vastgesteld (zie hoofdstuk 8).")

    # ---- 2
    doc.add_heading("2. De Zwaluw in het kort", level=1)
    _p(doc, "De Zwaluw staat sinds 1989 in de Faunabuurt in Almere Buiten. Op 1 oktober 2023 telden we 298 "
            "leerlingen in twaalf groepen; het team bestaat uit 24 medewerkers. Onze schoolweging is 31,8. Bij "
            "ongeveer 38 procent van de kinderen wordt thuis (ook) een andere taal dan Nederlands gesproken; op "
            "school zitten kinderen met 27 nationaliteiten. Het gebouw is in 2019 gerenoveerd en is open van "
            "8.15 tot 17.30 uur; na schooltijd gebruikt de BSO van Kinderopvang Buitenpret het speellokaal en "
            "twee lokalen op de begane grond.")
    _p(doc, "Schooltijden: op maandag, dinsdag, donderdag en vrijdag van 8.30 tot 14.15 uur (continurooster, "
            "de kinderen eten met de eigen leerkracht), op woensdag van 8.30 tot 12.30 uur. Alle groepen komen "
            "daarmee ruim boven de wettelijke 7.520 uur over acht schooljaren.")
    doc.add_heading("Ons onderwijsprogramma", level=2)
    _p(doc, "Ons aanbod dekt de kerndoelen en is gericht op de referentieniveaus 1F en 2F/1S. In groep 1-2 werken "
            "we thematisch met Kleuterplein en volgen we de ontwikkeling met KIJK!. In groep 3 leren de kinderen "
            "lezen met Veilig leren lezen (kim-versie). Voor taal en spelling gebruiken we vanaf groep 4 Staal, "
            "voor begrijpend lezen Nieuwsbegrip en voor rekenen Pluspunt 4. Wereldoriëntatie (aardrijkskunde, "
            "geschiedenis, natuur en techniek) geven we met Blink Wereld in vier thema's per jaar. Engels krijgen "
            "alle groepen met Take it easy. Bewegingsonderwijs wordt in groep 3 tot en met 8 twee keer per week "
            "45 minuten gegeven door onze vakleerkracht gym in sporthal De Fauna. We volgen de vorderingen met "
            "de toetsen van Leerling in Beeld (januari en juni); groep 8 maakt de doorstroomtoets Route 8.")
    _p(doc, "Bij de inspectie kregen we in 2022 een basisarrangement. Op de eindtoets van 2023 haalde 96 procent "
            "van onze leerlingen 1F lezen en 68 procent 2F; bij taalverzorging was dat 98 en 61 procent. Rekenen "
            "blijft achter: 88 procent haalde 1F, maar slechts 34 procent 1S. Alle percentages liggen boven de "
            "signaleringswaarden, maar voor rekenen 1S zitten we onder het gemiddelde van scholen met een "
            "vergelijkbare weging.")

    # ---- 3
    doc.add_heading("3. Gezien worden", level=1)
    _p(doc, "Zoals de koers het zegt: iedereen op De Zwaluw is waardevol en wordt gezien. Voor ons begint dat bij "
            "de voordeur.")
    doc.add_heading("Welkom op De Zwaluw", level=2)
    _p(doc, "Elke ochtend vanaf 8.15 uur staat er iemand van het team bij elk van de twee ingangen. Wie nieuw "
            "is – een kind, een ouder, een invaller of een stagiair – wordt opgehaald en rondgeleid, en niet "
            "naar een balie verwezen. Rondleidingen voor nieuwe ouders worden gegeven door de 'gidsen': zes "
            "leerlingen uit groep 8 die daar in september voor worden getraind. Een gezin dat bij ons start, "
            "krijgt in de eerste week een kennismakingsgesprek met de leerkracht en na zes weken een tweede "
            "gesprek: hoe gaat het nu echt?")
    doc.add_heading("Weten wat een kind nodig heeft", level=2)
    _p(doc, "In de groepen 3 tot en met 8 voert de leerkracht drie keer per jaar (oktober, februari en juni) een "
            "kort kindgesprek van tien minuten met elk kind, aan de hand van een praatkaart: wat gaat goed, wat "
            "is lastig, wat wil je leren, met wie werk je graag samen? In groep 1-2 nemen KIJK!-observaties die "
            "plaats in. De leerkracht noteert de afspraken in ParnasSys. De uitkomsten komen terug in de "
            "groepsbespreking met de intern begeleider, die ook drie keer per jaar plaatsvindt. Zo combineren we "
            "wat het kind zelf vertelt met wat de toetsen en observaties laten zien. Tot nu toe deden vijf van "
            "de negen groepen dit; vanaf 2024-2025 doen alle groepen mee.")

    # ---- 4
    doc.add_heading("4. Open – en openbaar", level=1)
    doc.add_heading("Respectvol met elkaar", level=2)
    _p(doc, "Sinds 2019 zijn we een KiVa-school. Alle groepen krijgen wekelijks een KiVa-les; het KiVa-team (de "
            "intern begeleider en twee leerkrachten) pakt elke melding van pesten op volgens de KiVa-aanpak, met "
            "een steungroep en vervolggesprekken. In 2023 heeft de leerlingenraad vijf 'Zwaluwregels' opgesteld, "
            "die in elk lokaal en op het plein hangen. Elk jaar in november vullen de leerlingen van groep 5 tot "
            "en met 8 de KiVa-monitor in; daarmee meten we ook de sociale veiligheid. In 2023 gaf 91 procent aan "
            "zich veilig te voelen op school, en zei 6 procent maandelijks of vaker gepest te worden. Het "
            "veiligheidsplan (versie 2023) beschrijft de protocollen, van pleinwacht tot meldcode.")
    _p(doc, "Respect geldt ook tussen volwassenen. Een ouder met een vraag of zorg krijgt binnen twee werkdagen "
            "een reactie en, als dat nodig is, een afspraak. Komen we er samen niet uit, dan geldt de "
            "klachtenregeling van de ASG.")
    doc.add_heading("Duidelijk communiceren", level=2)
    _p(doc, "Vanaf 1 augustus 2024 gaat alle informatie over de groep via "
            "Parro; ouders kunnen daar de vertaalfunctie gebruiken. Om de week verschijnt op vrijdag de Zwaluwpost "
            "met het schoolnieuws, en elke eerste dinsdag van de maand is er een koffie-uurtje met de directeur. "
            "De schoolgids en de jaarkalender staan vóór de zomervakantie op de website.")
    doc.add_heading("Een openbare school voor iedereen", level=2)
    _p(doc, "Met een open blik kijken wij naar de verscheidenheid van onze leerlingen en collega's. Openbaar "
            "betekent voor ons: ieder kind is welkom, wat de achtergrond of het geloof van het gezin ook is, en "
            "kinderen leren op school over elkaars levensbeschouwing. In de groepen 5 tot en met 8 kunnen ouders "
            "kiezen voor een uur godsdienstig of humanistisch vormingsonderwijs per week (GVO/HVO); kinderen die "
            "daar niet aan meedoen, krijgen in dat uur filosofieles van hun eigen leerkracht. Op onze "
            "feestenkalender staan naast Sinterklaas en Kerst ook het Suikerfeest, Divali en Keti Koti; kinderen "
            "vertellen in de kring hoe hun familie feest viert.")
    doc.add_heading("Burgerschap", level=2)
    _p(doc, "Elke groep 5 tot en met 8 kiest in oktober twee vertegenwoordigers voor de leerlingenraad, na een "
            "echte verkiezingscampagne. De raad vergadert zes keer per jaar met de directeur en beheert een eigen "
            "budget van € 500. In groep 7 gaan de kinderen bij een Blink-thema over democratie op bezoek bij de "
            "gemeenteraad van Almere.")

    # ---- 5
    doc.add_heading("5. Goed en toegankelijk onderwijs", level=1)
    doc.add_heading("Rekenen als speerpunt", level=2)
    _p(doc, "Lezen en taal staan er goed voor; bij rekenen halen te weinig kinderen het niveau 1S. Uit de "
            "analyse van juni 2023 bleek dat vooral het automatiseren van de tafels en het rekenen met breuken "
            "tekortschieten. Daarom oefenen de groepen 4 tot en met 6 vanaf 2024-2025 elke dag een kwartier "
            "extra met Bareka en Rekentuin, en krijgen de groepen 5 tot en met 8 vanaf januari 2025 twee keer per "
            "week een extra instructie breuken aan de instructietafel, met concreet materiaal. Ruud Smit is vanaf "
            "dit jaar rekencoördinator met twee uur per week; hij houdt de voortgang per groep bij.")
    doc.add_heading("Zicht op onze leerlingen", level=2)
    _p(doc, "We willen goed zicht hebben op wat onze leerlingen nodig hebben. Naast de kindgesprekken uit "
            "hoofdstuk 3 maken we na elke toetsronde per groep een overzicht van de opbrengsten per vak en de "
            "sociaal-emotionele ontwikkeling (KiVa, KIJK!). De leerkracht bespreekt dat overzicht met de intern "
            "begeleider en stelt voor de komende periode een groepsplan op met drie niveaus van instructie.")
    doc.add_heading("Ondersteuning", level=2)
    _p(doc, "Wat wij kunnen bieden, staat in ons schoolondersteuningsprofiel (SOP, versie 2023). Tot onze "
            "basisondersteuning horen: instructie op drie niveaus, de leesinterventie Bouw! in groep 2 tot en met "
            "4, het dyslexieprotocol, een plusklas ('Vliegwerk') voor de groepen 5 tot en met 8 op "
            "donderdagochtend en de KiVa-aanpak. Voor extra ondersteuning vragen we een arrangement aan bij het "
            "samenwerkingsverband Passend Onderwijs Almere; in 2023-2024 ging het om vier leerlingen, vooral voor "
            "taalontwikkeling en gedrag. Waar wij niet in kunnen voorzien, zegt het SOP ook: kinderen die de "
            "hele dag één-op-één begeleiding nodig hebben, of een intensieve medische verzorging.")
    _p(doc, "Als een kind bij ons niet op zijn plek is, zoeken we met de ouders en de consulent van het "
            "samenwerkingsverband naar een school die wél past. De consulent is zes keer per jaar bij ons in het "
            "ondersteuningsteam. In 2023-2024 stapten twee leerlingen over naar een school voor speciaal "
            "basisonderwijs en één naar het speciaal onderwijs; in alle drie de gevallen was er vóór de overstap "
            "een warme overdracht.")
    doc.add_heading("Hoe we onze kwaliteit bewaken", level=2)
    _p(doc, "Onze kwaliteitszorg volgt een vaste jaarcyclus. In augustus stellen we het jaarplan vast, in "
            "februari bekijken we met het team halverwege wat er van het jaarplan terechtkomt, en in juli "
            "schrijven we het jaarverslag. De directeur en de intern begeleider leggen twee keer per jaar bij "
            "elke leerkracht een klassenbezoek af met de ASG-kijkwijzer. In februari en juli maken we een "
            "trendanalyse van de toetsresultaten over drie jaar. Elk jaar evalueren we drie onderdelen van ons "
            "onderwijs met de kwaliteitskaarten van WMK-PO, zodat in vier jaar alle standaarden van het "
            "inspectiekader aan bod zijn geweest. Ouders, leerlingen en medewerkers vullen in 2025 en 2027 een "
            "tevredenheidspeiling in. De uitkomsten gaan mee in de kwartaalrapportage aan het bestuur.")

    # ---- 6
    doc.add_heading("6. Wat (nog) niet in dit plan staat", level=1)
    _p(doc, "Koers 22 vraagt veel meer dan wij hier uitwerken. Dat is een bewuste keuze: liever drie dingen goed "
            "dan acht half.")
    _bullets(doc, [
        "De kernwaarden Vooruitstrevend en Ambitieus werken we met het team uit op de studiedag van maart "
        "2026. De uitkomst voegen we als aanvulling toe aan dit plan, na bespreking met de MR.",
        "Personeel in positie (venster 2): ons personeelsbeleid volgt het strategisch HR-beleid van de ASG. Dat "
        "medewerkers zich betrokken voelen bij en trots zijn op de ASG, en dat de jaarlijkse gesprekscyclus "
        "ASG-breed is ingevoerd, zijn in de eerste plaats opdrachten van het bestuur. Onze eigen uitwerking "
        "volgt in het jaarplan 2025-2026.",
        "De meerwaarde van ASG (venster 3) ligt vooral bij het bestuur en het servicebureau. Wij sluiten aan "
        "waar de ASG iets organiseert.",
        "Partnerschap (venster 4): de rol van ouders bij het leren van hun kind en de samenwerking met partners "
        "in de Faunabuurt werken we uit in het schooljaar 2025-2026. Dat de medezeggenschap ASG-breed in een "
        "overkoepelende medezeggenschapsraad wordt belegd, is aan het bestuur.",
    ])

    # ---- 7
    doc.add_heading("7. Onze doelen 2024-2028", level=1)
    _p(doc, "De doelen hieronder zijn de ruggengraat van de jaarplannen. Bij elk doel staat wie er "
            "verantwoordelijk voor is en waaraan we zien of het gelukt is.")
    tabel(doc, ["Doel", "Meetbaar resultaat", "Wanneer", "Eigenaar"], [
        ["Meer kinderen halen rekenen 1S", "Van 34% (2023) naar 40% op de doorstroomtoets van 2026 en 45% "
         "in 2028", "2024-2028", "Rekencoördinator"],
        ["Trendanalyse als vast moment", "Twee trendanalyses per jaar, besproken in de teamvergadering van "
         "maart en september", "Vanaf 2024-2025", "Directeur en IB"],
        ["SOP bijgewerkt", "Nieuw SOP vastgesteld en op de website", "Vóór 1 oktober 2025", "IB"],
        ["Kindgesprekken in alle groepen", "100% van de kinderen in groep 3-8 heeft drie gesprekken per jaar, "
         "vastgelegd in ParnasSys", "Vanaf 2024-2025", "Leerkrachten"],
        ["Kinderen voelen zich veilig", "Minstens 92% 'veilig' op de KiVa-monitor van groep 5-8", "Elk jaar "
         "in november", "KiVa-team"],
        ["Eén kanaal naar ouders", "95% van de ouders gekoppeld in Parro; rapportcijfer voor de informatie "
         "minstens 7,5 in de peiling", "December 2024 en peiling 2025", "Directeur"],
    ], breedtes=[4.0, 6.5, 3.0, 2.5])

    # ---- 8
    doc.add_heading("8. Instemming en vaststelling", level=1)
    _p(doc, "Dit schoolplan is op 21 mei 2024 met het team besproken. De medezeggenschapsraad van De Zwaluw heeft "
            "in zijn vergadering van 11 juni 2024 ingestemd met het plan. Het College van Bestuur van de Almeerse "
            "Scholen Groep heeft het plan op 2 juli 2024 vastgesteld.")
    _p(doc, "Namens de MR: Samira el Idrissi, voorzitter\t\tNamens het bestuur: College van Bestuur ASG")
    _p(doc, "Directeur OBS De Zwaluw: Annemiek Verhoef")

    doc.save(path)
    deterministisch(path, STEMPEL)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_81_obs_de_zwaluw.docx")
