"""Schoolplan 2020-2024 van De Kwelder, openbare school voor voortgezet speciaal onderwijs (cluster 3)
in Almere (plan 76).

Een plan in de eigen taal van zorg, werk en dagelijks leven, geordend naar eigen thema's met per thema
een doelentabel, een hoofdstuk over de leerlingen en een praktisch hoofdstuk (vervoer, gebouw, budget)
waarin woorden uit de koers in een andere betekenis voorkomen. MR-instemming in de tekst.
"""

from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VASTE_TIJD = datetime.datetime(2020, 6, 29, 9, 30, 0)


# --- Word-loodgieterij (overgenomen uit docx_parts.py) -------------------------------------------

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

def _p(doc, tekst, stijl=None):  # type: ignore[no-untyped-def]
    return doc.add_paragraph(tekst, style=stijl) if stijl else doc.add_paragraph(tekst)


def _bullets(doc, regels):  # type: ignore[no-untyped-def]
    for r in regels:
        doc.add_paragraph(r, style="List Bullet")


def _vet_kop(doc, tekst):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    p.add_run(tekst).bold = True
    return p



KOP_DOELEN = ["Wat willen we bereiken?", "Wat merken leerlingen, ouders of collega’s?", "Meetbaar / wanneer", "Wie"]
BREEDTES = [5, 5, 4, 2.5]


def _doelen(doc, rijen):  # type: ignore[no-untyped-def]
    _vet_kop(doc, "Onze doelen voor dit thema")
    tabel(doc, KOP_DOELEN, rijen, BREEDTES)
    doc.add_paragraph()


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "H. Tuinstra"
    cp.last_modified_by = "M. el Idrissi"
    cp.title = "Schoolplan 2020-2024 De Kwelder"
    cp.created = VASTE_TIJD
    cp.modified = VASTE_TIJD
    cp.revision = 12

    voet = doc.sections[0].footer.paragraphs[0]
    voet.text = "De Kwelder – schoolplan 2020-2024 – "
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(voet)

    # Titelblad
    doc.add_paragraph()
    doc.add_paragraph("De Kwelder", style="Title")
    _p(doc, "Openbare school voor voortgezet speciaal onderwijs (cluster 3)").runs[0].font.size = Pt(14)
    _p(doc, "Schoolplan 2020 – 2024")
    _p(doc, "“Zo gewoon mogelijk: leren voor wonen, werken en vrije tijd”")
    _p(doc, "Kervelweg 20, 1338 KV Almere  ·  BRIN 30KL  ·  directeur: Harm Tuinstra")
    _p(doc, "Onderdeel van de Almeerse Scholen Groep")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 1 Voorwoord
    doc.add_heading("1. Voorwoord", level=1)
    _p(doc, "Dit is het schoolplan van De Kwelder voor de schooljaren 2020-2021 tot en met 2023-2024. Het "
            "plan loopt van 1 augustus 2020 tot 31 juli 2024. Wij hebben het geschreven in de taal die wij "
            "op school elke dag spreken: over zorg, over werk en over het dagelijks leven van onze "
            "leerlingen. Daarom is het plan ingedeeld in onze eigen thema’s en niet in hoofdstukken per "
            "onderwerp uit de wet of uit het koersplan van ons bestuur. Wie het koersplan van ASG naast dit "
            "plan legt, zal veel herkennen, maar in andere woorden.")
    _p(doc, "Het plan is in het voorjaar van 2020 gemaakt, deels op afstand, omdat de school door de "
            "coronamaatregelen een aantal weken dicht was. Alle teams (onderbouw, middenbouw, "
            "arbeidstraining en de MG-groepen) hebben in twee teamoverleggen meegedacht. De leerlingenraad "
            "heeft gezegd wat zij belangrijk vindt, en drie ouders hebben het concept gelezen. De "
            "medezeggenschapsraad heeft op 16 juni 2020 ingestemd met dit schoolplan.")
    _p(doc, "Ieder jaar maken wij op basis van dit plan een jaarplan met de doelen uit de tabellen die dat "
            "jaar aan de beurt zijn. In het jaarverslag laten wij zien wat het heeft opgeleverd.")

    # 2 Wie zijn onze leerlingen
    doc.add_heading("2. Wie zijn onze leerlingen?", level=1)
    _p(doc, "Op 1 oktober 2019 zaten er 118 leerlingen op De Kwelder, tussen 12 en 20 jaar oud. Zij komen "
            "uit heel Almere en een klein deel uit Zeewolde en Lelystad. Iedere leerling heeft een "
            "toelaatbaarheidsverklaring van het samenwerkingsverband Passend Onderwijs Almere (of van het "
            "samenwerkingsverband van de woonplaats).")
    tabel(doc, ["Groep leerlingen", "Aantal (1-10-2019)", "Wat kenmerkt hen?"], [
        ["Zeer moeilijk lerend (ZML)", "81", "IQ tussen ongeveer 35 en 55, vaak met bijkomende problemen zoals "
         "autisme, epilepsie of een taalontwikkelingsstoornis"],
        ["Meervoudig beperkt (MG)", "19", "ernstige verstandelijke en lichamelijke beperking; veel verzorging, "
         "communicatie zonder of met weinig gesproken taal"],
        ["Lichamelijk beperkt / langdurig ziek (LG/LZ)", "18", "een lichamelijke beperking of chronische ziekte "
         "in combinatie met een lage leerbaarheid"],
    ], [5, 3, 8.5])
    doc.add_paragraph()
    _p(doc, "Ongeveer de helft van onze leerlingen heeft een diagnose autismespectrumstoornis. 27 leerlingen "
            "gebruiken een rolstoel, van wie 12 een elektrische. 22 leerlingen communiceren (ook) met "
            "gebaren, pictogrammen of een spraakcomputer. Een derde van de gezinnen spreekt thuis een andere "
            "taal dan het Nederlands of naast het Nederlands; de leerlingen komen uit 19 landen.")
    doc.add_heading("2.1 Wat wij kunnen bieden, en wat niet", level=2)
    _p(doc, "In ons schoolondersteuningsprofiel staat uitgebreid welke ondersteuning wij bieden. In het kort:")
    _bullets(doc, [
        "Iedere groep heeft maximaal 12 leerlingen (MG-groepen maximaal 8), met een leerkracht en een "
        "onderwijsassistent; in de MG-groepen is er een tweede begeleider.",
        "Op school zijn twee verpleegkundigen van ’s Heeren Loo aanwezig. Zij doen de medische handelingen "
        "die leerkrachten niet mogen doen, zoals sondevoeding en het toedienen van noodmedicatie bij "
        "epilepsie.",
        "Fysiotherapie, logopedie en ergotherapie zijn op school, onder schooltijd, via een praktijk die "
        "bij ons in het gebouw zit.",
        "Wij hebben een orthopedagoog (0,8 fte) en een schoolmaatschappelijk werker (0,4 fte).",
        "Voor leerlingen met autisme zijn er prikkelarme werkplekken en een vaste dagstructuur met picto’s.",
    ])
    _p(doc, "Grenzen zijn er ook. Wij kunnen geen leerlingen begeleiden die continu één-op-één verpleegkundige "
            "zorg nodig hebben, bijvoorbeeld bij beademing. Leerlingen bij wie het gedrag voortdurend de "
            "veiligheid van anderen in gevaar brengt, kunnen wij niet verantwoord opvangen; voor hen zoeken "
            "wij samen met het samenwerkingsverband een andere plek. Leerlingen die een diploma kunnen halen, "
            "verwijzen wij naar het vso van cluster 4 of naar het voortgezet onderwijs met extra "
            "ondersteuning; wij bieden zelf geen uitstroomprofiel vervolgonderwijs.")

    # 3 Ons verhaal
    doc.add_heading("3. Ons verhaal: zo gewoon mogelijk", level=1)
    _p(doc, "Onze leerlingen worden volwassen in een wereld die niet altijd op hen is ingericht. Wij willen "
            "dat zij later zo zelfstandig mogelijk wonen, werken en hun vrije tijd invullen, met de hulp die "
            "zij nodig hebben, en niet meer hulp dan nodig. Daarom leren wij zo veel mogelijk in echte "
            "situaties: in de winkel, in de bus, op de werkplek, in de keuken. Zo gewoon mogelijk, dat is ons "
            "motto.")
    _p(doc, "Bij ons is iedereen waardevol en wordt iedereen gezien, ook de leerling die niet praat. Wij "
            "hebben hoge verwachtingen van onze leerlingen en van elkaar. Wij kijken naar wat een leerling "
            "kan en wil, niet eerst naar wat niet lukt.")
    doc.add_heading("3.1 Een openbare school voor iedereen", level=2)
    _p(doc, "De Kwelder is een openbare school. Iedere leerling met een toelaatbaarheidsverklaring die bij "
            "ons profiel past, is welkom, wat het geloof, de afkomst of de achtergrond van de ouders ook is. "
            "Wij kiezen als school niet voor één levensbeschouwing. Wel laten wij leerlingen zien dat mensen "
            "verschillend geloven en leven, en dat dat mag. Dat doen wij zo:")
    _bullets(doc, [
        "In de dagplanning en op het grote prikbord in de hal staan feesten uit verschillende tradities: "
        "Kerst, het Suikerfeest, Divali, Keti Koti en Chinees Nieuwjaar. Leerlingen die het feest thuis "
        "vieren, vertellen of laten er iets van zien.",
        "In de leerlijn ‘Wie ben ik?’ maakt iedere leerling een ‘ik-boek’ met foto’s van thuis, familie en "
        "wat hij of zij belangrijk vindt; de boeken worden in de groep gedeeld.",
        "Bij de kerstlunch en bij schoolfeesten houden wij rekening met eetgewoonten; er is altijd halal "
        "en vegetarisch eten.",
        "Ouders die het Nederlands niet goed spreken, kunnen bij het OPP-gesprek een tolk krijgen; de "
        "school betaalt dat.",
    ])

    # 4 Thema Dagelijks leven
    doc.add_heading("4. Thema 1: Dagelijks leven", level=1)
    _p(doc, "Zelf je brood smeren, je jas dichtdoen, boodschappen doen, met geld omgaan, de bus nemen: voor "
            "onze leerlingen zijn dat grote stappen. Het dagelijks leven is bij ons daarom geen bijvak, maar "
            "de kern van het programma.")
    doc.add_heading("4.1 Ons programma", level=2)
    _p(doc, "Wij werken met de leerlijnen van het CED voor zeer moeilijk lerende leerlingen, die in "
            "ParnasSys staan. Die leerlijnen zijn afgeleid van de kerndoelen voor het vso. Wij gebruiken de "
            "leerlijnen Nederlands (mondelinge taal, lezen, schrijven), rekenen (getallen, geld, tijd, meten), "
            "sociaal-emotionele ontwikkeling, zelfredzaamheid, bewegen, oriëntatie op mens en wereld, kunst "
            "en cultuur, en vanaf 2021 ook digitale vaardigheden. In de bovenbouw gaat een steeds groter "
            "deel van de tijd naar arbeidstraining (zie thema 2). Een week ziet er in de middenbouw zo uit:")
    tabel(doc, ["Onderdeel", "Uren per week (middenbouw)"], [
        ["Taal, lezen en communicatie", "5"],
        ["Rekenen, geld en tijd", "4"],
        ["Zelfredzaamheid (koken, verzorging, huishouden, reizen)", "6"],
        ["Sociaal-emotionele vorming en burgerschap", "2"],
        ["Bewegen en sport", "3"],
        ["Creatief, muziek en cultuur", "2"],
        ["Oriëntatie op werk", "3,5"],
    ], [10, 5])
    doc.add_paragraph()
    _p(doc, "Samen komt dat op 25,5 uur per week en ongeveer 1.020 uur per jaar, boven de 1.000 uur die voor "
            "het vso geldt. In de MG-groepen werken wij met de leerlijnen voor leerlingen met een "
            "ontwikkelingsleeftijd tot ongeveer vier jaar; daar is het programma belevingsgericht, met veel "
            "aandacht voor zintuiglijke ervaringen, verzorging en bewegen.")
    doc.add_heading("4.2 Leren in echte situaties", level=2)
    _p(doc, "Iedere groep gaat minstens één keer per week de wijk in: boodschappen doen voor de kooklessen, "
            "naar de bibliotheek, naar het zwembad. In de oefenwoning op de eerste verdieping leren "
            "bovenbouwleerlingen in tweetallen een dag zelf te ‘wonen’: koken, de was doen, de tafel dekken.")
    _p(doc, "Met zelfstandig reizen beginnen wij in de middenbouw. In het schooljaar 2021-2022 starten wij een "
            "proef met een virtual-realitybril: leerlingen oefenen in een nagebootste bus en op een "
            "nagebootst busstation voordat ze met de reistrainer echt gaan. Twaalf leerlingen uit de "
            "middenbouw doen aan de proef mee.")
    _p(doc, "Onze leerlingen praten mee over wat zij leren. De leerlingenraad (zes leerlingen uit de midden- "
            "en bovenbouw) kiest ieder jaar drie projectthema’s uit wat hen bezighoudt. In 2019-2020 waren "
            "dat ‘vriendschap en verliefd zijn’, ‘muziek en dansen’ en ‘veilig op je telefoon’. De "
            "leerkrachten maken er een project van zes weken van.")
    doc.add_heading("4.3 Meedoen in de samenleving", level=2)
    _p(doc, "Burgerschap betekent voor onze leerlingen: weten wie je bent, weten hoe je hulp vraagt, je aan "
            "afspraken houden en meedoen in je buurt. De leerlingenraad wordt ieder jaar gekozen met echte "
            "stembiljetten en een stembus; zo oefenen leerlingen wat stemmen is. Bij de "
            "Tweede-Kamerverkiezingen en de gemeenteraadsverkiezingen bereiden de bovenbouwgroepen de "
            "leerlingen van 18 jaar en ouder voor met lessen in eenvoudige taal van ProDemos. Iedere "
            "bovenbouwgroep doet één keer per jaar een klus voor de wijk, zoals zwerfvuil opruimen of een "
            "lunch voor ouderen in het wijkcentrum.")
    doc.add_heading("4.4 Digitaal dagelijks leven", level=2)
    _p(doc, "Telefoon, pinpas en apps zijn voor onze leerlingen net zo gewoon als voor andere jongeren, maar "
            "de risico’s zijn groter. In 2020-2021 schrijft een werkgroep de leerlijn ‘Digitaal dagelijks "
            "leven’: veilig appen, niet zomaar foto’s delen, pinnen en betalen met de telefoon, de reisapp "
            "9292 gebruiken en, samen met ouders, het regelen van een DigiD. Vanaf 2021-2022 werken alle "
            "midden- en bovenbouwgroepen ermee.")
    _doelen(doc, [
        ["De leerlijn ‘Digitaal dagelijks leven’ is ingevoerd", "Leerlingen appen en pinnen veiliger; ouders "
         "krijgen minder vragen over geld via de telefoon", "Leerlijn klaar juni 2021; alle groepen vanaf "
         "2021-2022", "werkgroep ICT"],
        ["Meer leerlingen reizen zelfstandig", "Leerlingen komen zelf met de bus naar school of stage",
         "Van 14 (2019) naar 24 leerlingen in 2024", "reistrainer"],
        ["Proef VR-reistraining", "Leerlingen zijn minder angstig bij hun eerste echte rit", "Evaluatie "
         "juni 2022, daarna besluit over voortzetting", "teamleider bovenbouw"],
        ["Leerlingen kiezen mee wat zij leren", "Drie projecten per jaar op voorstel van de leerlingenraad",
         "Ieder schooljaar", "leerlingenraad, leerkrachten"],
    ])

    # 5 Thema Aan het werk
    doc.add_heading("5. Thema 2: Aan het werk", level=1)
    _p(doc, "Na De Kwelder gaan onze leerlingen naar werk of naar dagbesteding. Welke route past, staat in "
            "het ontwikkelingsperspectiefplan (OPP): uitstroomprofiel arbeidsmarktgericht of "
            "dagbesteding. Vanaf 15 jaar krijgen leerlingen arbeidstraining in de school: in de "
            "schoolkantine, de fietsenwerkplaats, de groenploeg en de schoonmaakploeg. Vanaf 16 jaar lopen "
            "zij stage, eerst in groepjes met een arbeidstrainer, later alleen.")
    _p(doc, "Wij leggen het uitstroomprofiel niet voor altijd vast bij de intake. Bij iedere jaarlijkse "
            "evaluatie van het OPP kijken leerkracht, orthopedagoog en ouders of een hoger profiel haalbaar "
            "is. Van de leerlingen die in 2017, 2018 en 2019 de school verlieten, ging 24% naar werk "
            "(beschut werk of betaald werk met loonkostensubsidie) en 76% naar dagbesteding, meestal "
            "arbeidsmatige dagbesteding. Wij willen dat aandeel werk in deze planperiode verhogen naar 35%. "
            "Daarvoor halen meer leerlingen een branchegericht certificaat, bijvoorbeeld schoonmaak of groen, "
            "en starten wij de stages in bedrijven een half jaar eerder.")
    _p(doc, "Veel stageplekken liggen om de hoek: de supermarkt in het winkelcentrum, de kinderboerderij, "
            "het wijkcentrum De Polderhoek (waar onze leerlingen elke donderdag de lunch voor wijkbewoners "
            "verzorgen) en een hovenier in de Kruidenwijk. In 2019-2020 liepen 41 leerlingen stage bij 23 "
            "bedrijven en instellingen.")
    _p(doc, "Onze stagecoördinator zit in het overleg van stagecoördinatoren van de ASG-scholen voor "
            "praktijkonderwijs en vmbo, dat vier keer per jaar bij elkaar komt. Daar delen wij stageadressen "
            "en maken wij afspraken zodat wij niet met z’n allen bij hetzelfde bedrijf aankloppen. Samen met "
            "de arbeidstrainers van het ASG-praktijkonderwijs organiseren wij jaarlijks een praktijkdag voor "
            "het certificaat groen.")
    _p(doc, "Na het verlaten van de school volgen wij oud-leerlingen twee jaar: na zes maanden, een jaar en "
            "twee jaar bellen wij met de leerling, de ouders of de begeleider om te horen of de plek nog "
            "past.")
    _doelen(doc, [
        ["Meer leerlingen naar werk", "Meer oud-leerlingen hebben een baan, al dan niet beschut",
         "Uitstroom naar werk van 24% naar 35% (gemiddelde 2022-2024)", "stagecoördinator"],
        ["Meer branchegerichte certificaten", "Leerlingen hebben een bewijs van wat zij kunnen",
         "Van 9 (2019) naar 20 certificaten per jaar in 2023", "arbeidstrainers"],
        ["Eerder starten met externe stage", "Leerlingen lopen vanaf 16 jaar in plaats van 16,5 jaar stage",
         "Vanaf 2021-2022", "teamleider bovenbouw"],
        ["Uitstroom blijft passend", "Oud-leerlingen zitten na een jaar nog op hun plek",
         "Ten minste 85% na één jaar; jaarlijks gemeten in september", "stagecoördinator"],
    ])

    # 6 Thema Zorg en ondersteuning
    doc.add_heading("6. Thema 3: Zorg en ondersteuning", level=1)
    _p(doc, "Zorg en onderwijs lopen bij ons door elkaar heen. Een leerling kan pas leren als hij zich goed "
            "voelt, goed zit, heeft gegeten en zich kan uiten.")
    doc.add_heading("6.1 De leerling in beeld", level=2)
    _p(doc, "Een nieuwe leerling krijgt een kennismakingsperiode van zes weken. In die tijd observeren de "
            "leerkracht, de orthopedagoog, de logopedist en de fysiotherapeut de leerling en spreken zij met "
            "de ouders en de vorige school. Daarna stellen wij het OPP op, met het uitstroomprofiel en de "
            "doelen voor het eerste jaar. Bovenop het OPP maken wij sinds 2019 voor iedere leerling een "
            "‘Dit ben ik’-blad van één pagina: hoe ik communiceer, wat mij onrustig maakt, wat mij helpt, "
            "welke zorg ik nodig heb. Het blad ligt in de groep, zodat ook een invaller weet wat nodig is.")
    _p(doc, "Twee keer per jaar (november en mei) is er voor iedere leerling een multidisciplinair overleg "
            "van leerkracht, orthopedagoog en therapeuten. De Commissie van Begeleiding (CvB) stelt het OPP "
            "jaarlijks vast, na het OPP-gesprek met ouders en, waar het kan, met de leerling zelf. De "
            "voortgang op de leerlijnen registreren wij twee keer per jaar in ParnasSys.")
    doc.add_heading("6.2 Passend in de stad", level=2)
    _p(doc, "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, "
            "zodat alle leerlingen een passende onderwijsplek hebben. In de praktijk betekent dat: wij "
            "nemen deel aan het plaatsingsoverleg van het samenwerkingsverband met alle scholen voor "
            "speciaal onderwijs in Almere, vier keer per jaar. Daar bespreken wij leerlingen voor wie nog "
            "geen plek is. Wij hebben zes maatwerkplekken voor jongeren die thuiszitten; in 2019-2020 zijn "
            "drie thuiszitters via zo’n plek weer volledig naar school gegaan. Met de SO-scholen in Almere "
            "hebben wij afgesproken dat de overstap op 12 jaar met een overdrachtsgesprek en drie "
            "wenochtenden gaat.")
    _doelen(doc, [
        ["Iedere leerling heeft een actueel ‘Dit ben ik’-blad", "Invallers en stagebegeleiders weten direct "
         "wat een leerling nodig heeft", "100% van de leerlingen, jaarlijks gecontroleerd in oktober",
         "orthopedagoog"],
        ["OPP-doelen worden gehaald", "Leerlingen maken zichtbaar vorderingen op hun leerlijnen",
         "80% van de OPP-doelen behaald bij de jaarevaluatie (2019: 72%)", "CvB"],
        ["Geen thuiszitters die op onze school passen", "Jongeren zonder plek kunnen snel starten",
         "Start binnen zes weken na het plaatsingsoverleg; vanaf 2020-2021", "directeur"],
    ])

    # 7 Thema Veilig en vertrouwd
    doc.add_heading("7. Thema 4: Veilig en vertrouwd", level=1)
    _p(doc, "Voor veel van onze leerlingen is onrust snel te veel. Een voorspelbare dag is de basis van "
            "veiligheid: iedere groep heeft een dagschema met picto’s en bij veranderingen bereiden wij de "
            "leerling voor. Ons veiligheidsplan beschrijft de afspraken over gedrag, medicatie, "
            "ontruiming en incidenten.")
    _p(doc, "Als een leerling zichzelf of anderen in gevaar brengt, grijpen medewerkers volgens het protocol "
            "fysiek ingrijpen in. Alle medewerkers die met leerlingen werken, hebben de training Team-Teach "
            "gevolgd. Ieder incident wordt binnen 24 uur vastgelegd in het incidentenregister; ouders worden "
            "dezelfde dag gebeld. De orthopedagoog bespreekt de incidenten iedere maand met de teamleiders, "
            "zodat wij zien of er patronen zijn.")
    _p(doc, "Wij meten de veiligheid ieder jaar in maart. Leerlingen die dat kunnen, vullen een vragenlijst "
            "met picto’s in; voor de andere leerlingen vullen de mentor en de ouders een lijst in. In 2019 gaf "
            "89% van de leerlingen aan dat zij zich veilig voelen op school. Seksuele vorming is voor onze "
            "leerlingen extra belangrijk: alle groepen werken met de lessen ‘Lang leve de liefde’ in een "
            "aangepaste versie, en er is een aandachtsfunctionaris voor grensoverschrijdend gedrag.")
    _doelen(doc, [
        ["Minder incidenten met fysiek ingrijpen", "Rustiger groepen, minder ouders die gebeld moeten worden",
         "Van 164 (2018-2019) naar minder dan 120 per jaar in 2023", "orthopedagoog, teamleiders"],
        ["Leerlingen voelen zich veilig", "Leerlingen gaan met plezier naar school",
         "Ten minste 90% in de jaarlijkse meting", "directeur"],
    ])

    # 8 Thema Thuis en netwerk
    doc.add_heading("8. Thema 5: Thuis en netwerk", level=1)
    _p(doc, "Wat een leerling op school leert, moet thuis ook lukken, en andersom. Ouders zijn voor ons de "
            "belangrijkste partners.")
    _p(doc, "Bij het OPP-gesprek, twee keer per jaar, brengen ouders zelf een doel in dat voor thuis "
            "belangrijk is, zoals zelf aankleden of alleen naar de bakker gaan. Op school en thuis oefenen wij "
            "dan hetzelfde, op dezelfde manier; de leerkracht zet filmpjes van de aanpak in Parro. Iedere "
            "eerste vrijdag van de maand is er ouderkoffie. Twee keer per jaar is er een thema-avond over de "
            "toekomst na school: bewind en mentorschap, Wajong en Wet langdurige zorg, wonen. Voor ouders "
            "van leerlingen van 17 jaar organiseren wij een avond met MEE.")
    _p(doc, "Via Parro krijgen ouders iedere dag een kort bericht over de dag van hun kind, bij de "
            "MG-groepen met een foto. Voor leerlingen die niet kunnen vertellen wat ze hebben gedaan, is "
            "dat het heen-en-weerschrift van vroeger. De weekplanning en de nieuwsbrief maken wij ook in een "
            "versie met picto’s, zodat leerlingen thuis kunnen laten zien wat er komt. Het OPP schrijven wij "
            "in begrijpelijke taal, in hooguit vier pagina’s. Iedere mentor is op werkdagen tussen 15.00 en "
            "16.00 uur telefonisch bereikbaar.")
    _p(doc, "Met andere organisaties hebben wij vaste afspraken:")
    _bullets(doc, [
        "’s Heeren Loo levert de verpleegkundigen en een deel van de begeleiders in de MG-groepen; ieder "
        "kwartaal overleggen wij over de zorg op school.",
        "De praktijk voor fysiotherapie, logopedie en ergotherapie werkt in ons gebouw en overlegt "
        "wekelijks met de leerkrachten.",
        "Met het Werkplein van de gemeente Almere en het UWV bespreken wij ieder voorjaar de leerlingen "
        "die het jaar daarna uitstromen naar (beschut) werk, zodat de indicatie op tijd rond is.",
        "De jeugdarts van de GGD Flevoland ziet iedere leerling in het jaar dat hij 13 en 16 wordt.",
        "Met zorgaanbieders voor dagbesteding (onder meer Philadelphia en ’s Heeren Loo) bereiden wij de "
        "overstap voor met snuffelstages.",
    ])
    _doelen(doc, [
        ["Ouders brengen een thuisdoel in", "Ouders en school oefenen hetzelfde", "In 2022 heeft 90% van de "
         "OPP’s een thuisdoel (2019: ongeveer 40%)", "mentoren"],
        ["Communicatie in picto’s", "Leerlingen kunnen thuis vertellen wat er komt", "Weekplanning en "
         "nieuwsbrief in picto’s vanaf januari 2021", "administratie, teamleiders"],
        ["Ouders zijn tevreden over de informatie", "Minder losse vragen aan de mentor", "Oudertevredenheid "
         "over informatie ten minste 8,0 in 2022 en 2024", "directeur"],
    ])

    # 9 Thema Het team
    doc.add_heading("9. Thema 6: Het team", level=1)
    _p(doc, "Op De Kwelder werken 64 mensen: 19 leerkrachten, 22 onderwijsassistenten en begeleiders, drie "
            "arbeidstrainers, een stagecoördinator, een reistrainer, een orthopedagoog, een "
            "schoolmaatschappelijk werker, twee teamleiders, de directeur en ondersteunend personeel. Het "
            "werk is zwaar, lichamelijk en emotioneel. Daarom letten wij goed op elkaar.")
    doc.add_heading("9.1 Bekwaam blijven", level=2)
    _p(doc, "Iedere nieuwe medewerker volgt in het eerste jaar de training Team-Teach, de cursus "
            "Nederlands met Gebaren (basis) en een introductie in werken met picto’s. Daarna volgt iedereen "
            "ieder jaar ten minste één scholing die past bij zijn of haar rol, bijvoorbeeld verdieping in "
            "autisme of in ondersteunde communicatie, of een programma van de ASG Academie. De scholing staat "
            "in het bekwaamheidsdossier. In 2020-2022 volgen alle leerkrachten de teamscholing ‘Werken met "
            "leerlijnen in het ZML-onderwijs’.")
    _p(doc, "Twee leerkrachten zijn in 2020 gestart als zij-instromer. Zij krijgen een coach uit het team "
            "(twee uur per week), volgen de pabo in deeltijd en hebben een dag per week studietijd. Drie "
            "leerkrachten volgen de master Special Educational Needs; de school betaalt de helft van het "
            "collegegeld en geeft vier uur per week studieverlof.")
    doc.add_heading("9.2 Gezond en met plezier werken", level=2)
    _p(doc, "Na ieder zwaar incident voert de teamleider binnen 24 uur een nagesprek met de betrokken "
            "medewerkers. Wie meer nodig heeft, kan terecht bij bedrijfsmaatschappelijk werk via de "
            "arbodienst. Het ziekteverzuim was in 2019 7,4%, te hoog. Ieder jaar geeft de fysiotherapeut "
            "alle medewerkers een training tillen en transfers, en in 2021 schaffen wij twee extra "
            "plafondtilliften aan (zie hoofdstuk 11). Medewerkers kunnen tegen een lage bijdrage gebruikmaken "
            "van bedrijfsfitness.")
    _p(doc, "Iedere medewerker heeft ieder jaar een ontwikkelgesprek met de teamleider, met een persoonlijk "
            "ontwikkelplan, en eens in de drie jaar een beoordelingsgesprek. De teamleiders bezoeken iedere "
            "leerkracht en onderwijsassistent minstens twee keer per jaar in de groep.")
    _doelen(doc, [
        ["Lager ziekteverzuim", "Minder invallers in de groepen, meer rust", "Van 7,4% (2019) naar 5,5% in "
         "2023", "directeur"],
        ["Iedere leerkracht bevoegd", "Leerlingen krijgen les van bevoegde leerkrachten", "Beide "
         "zij-instromers bevoegd in 2022", "teamleiders"],
        ["Gesprekscyclus compleet", "Iedere medewerker weet waar hij staat", "100% ontwikkelgesprekken per "
         "jaar vastgelegd in het personeelsdossier", "teamleiders"],
        ["Scholing ‘Werken met leerlijnen’", "Leerkrachten kiezen doelen gerichter", "Afgerond juni 2022",
         "orthopedagoog"],
    ])

    # 10 Thema Kijken wat werkt
    doc.add_heading("10. Thema 7: Kijken wat werkt", level=1)
    _p(doc, "Hoe weten wij of wij goed bezig zijn? Voor onze leerlingen zijn toetsen en diploma’s geen "
            "goede maat. Wij kijken vooral naar de vorderingen op de leerlijnen, naar de OPP-doelen en naar "
            "de plek waar onze leerlingen na school terechtkomen.")
    _p(doc, "De inspectie heeft de school in maart 2019 onderzocht en alle onderzochte standaarden als "
            "voldoende beoordeeld. In 2017, 2018 en 2019 stroomde 88%, 91% en 93% van de leerlingen uit "
            "volgens het profiel in het OPP; onze eigen norm is 85%. Wij willen dat niveau in deze periode "
            "vasthouden.")
    _p(doc, "Wij werken met een vaste jaarkalender. In september stellen wij het jaarplan vast. In januari "
            "en juni analyseren de teamleiders en de orthopedagoog de leerlijngegevens per groep; de "
            "resultaten bespreken wij in de teams. In mei evalueert de CvB de OPP’s en in september de "
            "uitstroom en de gegevens van oud-leerlingen. Om de twee jaar (2021, 2023) houden wij een "
            "tevredenheidsonderzoek onder ouders, medewerkers en, in aangepaste vorm, leerlingen. Een keer "
            "per jaar bezoeken twee collega’s van een andere vso-school van buiten ASG ons voor een "
            "collegiale visitatie op een thema dat wij zelf kiezen. Het jaarverslag gaat in juli naar de MR "
            "en het bestuur; ieder kwartaal rapporteert de directeur aan het bestuur.")
    _doelen(doc, [
        ["Uitstroom volgens OPP blijft hoog", "Leerlingen komen terecht waar wij verwachtten",
         "Ten minste 85% ieder jaar", "CvB"],
        ["Collegiale visitatie", "Een frisse blik op ons eigen werk", "Ieder jaar in het voorjaar, verslag "
         "in het jaarverslag", "directeur"],
        ["Leerlingen geven hun oordeel", "Ook leerlingen die niet lezen, zeggen wat zij van school vinden",
         "Aangepaste vragenlijst met picto’s klaar in 2021", "orthopedagoog"],
    ])

    # 11 Praktische zaken
    doc.add_heading("11. Praktische zaken: vervoer, gebouw en budget", level=1)
    doc.add_heading("11.1 Vervoer", level=2)
    _p(doc, "De meeste leerlingen (86 van de 118) komen met het leerlingenvervoer van de gemeente Almere. "
            "De vervoerder stelt ieder jaar in juli de routes vast; de koers van een bus kan dus per "
            "schooljaar veranderen. De bussen komen binnen een vast venster aan, tussen 8.30 en 8.50 uur, en "
            "vertrekken om 15.10 uur (op woensdag om 12.40 uur). De reistijd is hooguit een uur. Ouders die "
            "vragen hebben over het vervoer, kunnen terecht bij de gemeente; bij problemen onderweg belt "
            "de chauffeur de school. Met de vervoerder hebben wij een goede partner: iedere chauffeur krijgt "
            "een overdrachtsblad van ‘zijn’ leerlingen.")
    doc.add_heading("11.2 Het gebouw", level=2)
    _p(doc, "Ons gebouw aan de Kervelweg is van 2004 en volledig toegankelijk voor rolstoelen: alle "
            "deuren openen automatisch, er is een lift naar de eerste verdieping en er zijn vier "
            "verzorgingsruimtes met een tillift. De school is open van 7.45 tot 16.30 uur. In de grote "
            "ontmoetingsruimte in het midden van het gebouw eten de bovenbouwgroepen samen. Het gebouw is "
            "gezien het aantal leerlingen te krap geworden; sinds 2019 gebruiken wij twee lokalen in het "
            "naastgelegen wijkgebouw.")
    _p(doc, "Samen met het servicebureau en de gemeente hebben wij een ambitieus plan gemaakt voor de "
            "zomer van 2021: de vensters aan de zuidkant worden vervangen, er komt een vooruitstrevend "
            "ventilatiesysteem dat op CO2 regelt, zodat de luchtkwaliteit in de lokalen verbetert, en wij "
            "bouwen een tweede oefenkeuken. Een extra verzorgingsruimte met plafondtillift op de eerste "
            "verdieping heeft voor de MG-groepen een grote meerwaarde. Ook het wifi-netwerk wordt "
            "vernieuwd, zodat alle tablets en spraakcomputers overal verbinding hebben.")
    doc.add_heading("11.3 Budget", level=2)
    _p(doc, "De school ontvangt in 2020 ongeveer € 4,6 miljoen aan rijksbijdragen; daarnaast ontvangen wij "
            "van het samenwerkingsverband € 95.000 voor de maatwerkplekken. Ongeveer 86% van de begroting "
            "gaat naar personeel. De begroting voor 2020 is dekkend en wij verwachten dat de komende jaren "
            "ook te kunnen houden, gezien het stabiele leerlingenaantal. Open posten zijn de kosten van de "
            "extra lokalen (€ 28.000 per jaar huur) en de vervanging van de schoolbus voor stages in 2022. "
            "Voor de investeringen in het gebouw (tilliften, keuken) reserveren wij € 180.000 in 2021. "
            "Materialen en meubilair kopen wij in via de raamcontracten van het servicebureau.")

    # 12 Vaststelling
    doc.add_heading("12. Vaststelling", level=1)
    _p(doc, "Dit schoolplan is besproken in de teams op 11 en 25 mei 2020. De medezeggenschapsraad heeft op "
            "16 juni 2020 met het plan ingestemd. Het College van Bestuur van de Almeerse Scholen Groep heeft "
            "het plan op 30 juni 2020 vastgesteld.")
    _p(doc, "Harm Tuinstra, directeur                    Namens de MR: Monique Verweij, voorzitter")

    doc.save(path)
    deterministisch(path, VASTE_TIJD)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_76_vso_de_kwelder.docx")
