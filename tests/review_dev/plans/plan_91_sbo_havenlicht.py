"""Schoolplan 2023-2027 van SBO Het Havenlicht (Almere Haven), speciaal basisonderwijs.

Geschreven zoals een directeur het in Word zou doen: geen kopstijlen, maar vetgedrukte
Normal-alinea's als kopjes; de doelen in een tabel aan het einde. Zelfstandig: alleen de
standaardbibliotheek en python-docx. Deterministisch: elke build geeft hetzelfde bestand.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

VASTE_DATUM = datetime.datetime(2023, 7, 10, 9, 0, 0)


# --- Word plumbing (overgenomen uit docx_parts.py) -------------------------------------------

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


# --- kleine schrijfhulpjes ----------------------------------------------------------------------

def kopje(doc, tekst):  # type: ignore[no-untyped-def]
    """Een 'kop' zoals veel directeuren hem maken: een vette Normal-alinea."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(tekst)
    r.bold = True
    r.font.size = Pt(13)
    return p


def alinea(doc, tekst, lead=None):  # type: ignore[no-untyped-def]
    p = doc.add_paragraph()
    if lead:
        p.add_run(lead + " ").bold = True
    p.add_run(tekst)
    return p


def opsomming(doc, items, stijl="List Bullet"):  # type: ignore[no-untyped-def]
    for item in items:
        doc.add_paragraph(item, style=stijl)


# --- de tekst -----------------------------------------------------------------------------------

def voorblad(doc) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        doc.add_paragraph()
    regels = [
        ("SBO Het Havenlicht", 28, True),
        ("Openbare school voor speciaal basisonderwijs, Almere Haven", 14, False),
        ("", 12, False),
        ("Schoolplan 2023 – 2027", 22, True),
        ("‘Ieder kind een eigen koers’", 14, False),
        ("", 12, False),
        ("Een school van de Almeerse Scholen Groep (ASG)", 11, False),
        ("BRIN 30LH  ·  directeur: Marloes van Dijken", 11, False),
        ("Versie 3, juli 2023", 11, False),
    ]
    for tekst, grootte, vet in regels:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tekst)
        r.font.size = Pt(grootte)
        r.bold = vet
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def hoofdstukken(doc) -> None:  # type: ignore[no-untyped-def]
    kopje(doc, "1. Voorwoord")
    alinea(doc, "Voor u ligt het schoolplan van SBO Het Havenlicht voor de schooljaren 2023-2024 tot en met "
           "2026-2027. Het team heeft op twee studiemiddagen, 8 februari en 22 maart 2023, het vorige plan "
           "geëvalueerd en keuzes gemaakt. Het vorige plan stond in het teken van het nieuwe format voor het "
           "ontwikkelingsperspectief en de overstap naar ParnasSys. In deze periode kiezen we voor drie "
           "speerpunten: een ontwikkelingsperspectief dat richting geeft aan het werk in de klas, een commissie "
           "van begeleiding die dichter bij de leerkracht staat, en meer terugplaatsingen naar het reguliere "
           "basisonderwijs. De doelen staan in één overzicht aan het einde; het jaarplan werkt ze elk jaar uit.")
    alinea(doc, "Marloes van Dijken, directeur")

    kopje(doc, "2. Onze school in het kort")
    alinea(doc, "SBO Het Havenlicht is de school voor speciaal basisonderwijs van ASG in Almere Haven. Op "
           "1 oktober 2022 telden we 164 leerlingen van 4 tot 13 jaar in elf groepen: een instroomgroep voor "
           "jonge kinderen, vier middenbouw- en vier bovenbouwgroepen en twee Koersgroepen voor leerlingen met "
           "een intensieve ondersteuningsbehoefte op gedrag. Een groep telt gemiddeld vijftien leerlingen.")
    alinea(doc, "Onze leerlingen komen uit heel Almere; 41 procent woont in Haven. Ruim de helft komt met het "
           "leerlingenvervoer. Vanaf 8.20 uur staan de taxibusjes op de Havenkade. We werken met een "
           "continurooster van 8.30 tot 14.30 uur, op woensdag tot 12.30 uur. Het gebouw uit 1986 is in 2021 "
           "gerenoveerd: alle lokalen zijn met een lift toegankelijk, elke groep heeft een prikkelarme werkplek "
           "en er is een time-outruimte, De Kajuit. Een ambitieus plan voor een eigen gymzaal heeft de gemeente "
           "doorgeschoven naar 2026.")
    alinea(doc, "De populatie verandert. Het aandeel leerlingen met een combinatie van leer- en "
           "gedragsproblemen steeg van 38 procent in 2019 naar 52 procent in 2022. Leerlingen met ‘alleen’ een "
           "leerachterstand blijven vaker op de basisschool, met een arrangement van het samenwerkingsverband. "
           "Het team telt 34 medewerkers (26,4 fte), onder wie een orthopedagoog, een gedragsspecialist, "
           "veertien leerkrachten, zes onderwijsassistenten en een logopedist.")

    kopje(doc, "3. Waar wij voor staan")
    alinea(doc, "Onze missie: ieder kind vindt bij ons zijn eigen koers. Een haven is een veilige plek om op adem "
           "te komen; het licht wijst de weg naar buiten. Veel van onze leerlingen hebben op hun vorige school "
           "vooral gehoord wat ze niet konden. Bij ons is ieder kind waardevol en wordt het gezien.")
    alinea(doc, "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar. Met een open blik kijken we "
           "naar de verscheidenheid van onze leerlingen en collega’s. En we willen nieuwsgierig blijven naar "
           "nieuwe inzichten, zodat ons onderwijs eigentijds blijft. Als openbare school van ASG delen we de "
           "kernwaarden gezien worden, open, vooruitstrevend en ambitieus. In de klas betekent dat: structuur en "
           "voorspelbaarheid, kleine stappen met een hoge lat, en leren met hoofd, handen en hart.")
    alinea(doc, "Welkom zijn begint aan de deur. Elke ochtend staat de leerkracht bij de ingang van het lokaal en "
           "geeft ieder kind een hand; de conciërge vangt de taxibusjes op en kent alle chauffeurs. Een nieuwe "
           "leerling komt vóór de eerste schooldag een ochtend kennismaken, krijgt een maatje uit de groep en "
           "een fotoboekje met de gezichten van de volwassenen die hij gaat tegenkomen. Bezoekers krijgen, als "
           "ze willen, een rondleiding door twee leerlingen uit de bovenbouw.")

    kopje(doc, "4. Het ontwikkelingsperspectief")
    alinea(doc, "Voor iedere leerling stellen we binnen zes weken na plaatsing een ontwikkelingsperspectief "
           "(OPP) op. Het OPP is bij ons geen dossierstuk, maar het werkdocument van de leerkracht. We gebruiken "
           "het format dat het samenwerkingsverband in 2021 met alle SBO-scholen in Almere heeft afgesproken.")
    alinea(doc, "Het eerste deel is de onderbouwing: de gegevens uit het groeidocument waarmee de basisschool de "
           "toelaatbaarheidsverklaring heeft aangevraagd, het intelligentieonderzoek (meestal de WISC-V), de "
           "didactische beginsituatie en de belemmerende en bevorderende factoren bij het kind, in de groep en "
           "thuis. Daarop baseren we het verwachte uitstroomniveau: praktijkonderwijs, vmbo basis- of "
           "kaderberoepsgericht, vmbo gemengd/theoretisch of havo. Het tweede deel is het handelingsdeel: de "
           "doelen per vakgebied, de ondersteuning en de afspraken met ouders. Over het handelingsdeel voeren we "
           "met ouders op overeenstemming gericht overleg; ouders tekenen voor akkoord.", lead="Opbouw.")
    alinea(doc, "We koppelen het uitstroomniveau aan een van de drie leerroutes uit ‘Passende perspectieven’ van "
           "SLO: leerroute 1 bereidt voor op het praktijkonderwijs, leerroute 2 op vmbo basis en kader, "
           "leerroute 3 werkt toe naar 1F en verder. Leerlingen met een hoger perspectief volgen de reguliere "
           "leerlijn. In 2022-2023 zaten 38 leerlingen in leerroute 1, 71 in leerroute 2, 43 in leerroute 3 en "
           "12 op de reguliere leerlijn.", lead="Leerroute.")
    alinea(doc, "Twee keer per jaar berekenen we per leerling het leerrendement: de groei op de "
           "methodeonafhankelijke toetsen, afgezet tegen de groei die bij het perspectief hoort. Ligt het "
           "rendement twee metingen achter elkaar meer dan 25 procent onder de verwachting, dan bespreekt de "
           "commissie van begeleiding de leerling. Ligt het structureel erboven, dan stellen we het perspectief "
           "naar boven bij. Naar beneden bijstellen mag alleen na een bespreking in de commissie en een gesprek "
           "met ouders. In 2021-2022 werden perspectieven nog bij 19 leerlingen verlaagd en maar bij 6 "
           "verhoogd. Een kind op een SBO-school is geen kind met een laag plafond.", lead="Bijstellen.")
    alinea(doc, "Het OPP wordt in januari en juni geëvalueerd in een gesprek met ouders en, vanaf groep 5, met de "
           "leerling zelf: het koersgesprek. De leerling laat met zijn portfolio zien wat hij heeft geleerd. "
           "Ouders krijgen het OPP een week vooraf, op verzoek met een samenvatting op B1-niveau of met een "
           "tolk bij het gesprek.", lead="Evaluatie.")
    alinea(doc, "Uit de zelfevaluatie van 2022 bleek dat de OPP’s inhoudelijk op orde zijn, maar dat de doelen "
           "niet altijd terugkomen in de weekplanning. In 2023-2024 koppelen we de OPP-doelen aan de "
           "groepsoverzichten in ParnasSys en bespreken intern begeleider en leerkracht elke zes weken of de "
           "doelen in de klas zichtbaar zijn. In 2024-2025 maken we met drie leerlingen per bouw een "
           "leerlingversie van het OPP, ‘Mijn koers’; vanaf 2025-2026 heeft iedere leerling vanaf groep 5 er "
           "een.", lead="Wat we verbeteren.")

    kopje(doc, "5. De commissie van begeleiding")
    alinea(doc, "Onze commissie van begeleiding bestaat uit de orthopedagoog (voorzitter), de intern begeleider, "
           "de adjunct-directeur, de schoolmaatschappelijk werker en de jeugdarts van de GGD Flevoland; op "
           "afroep schuiven de logopedist, de gedragsspecialist of de leerkracht aan. We korten de commissie af "
           "als CvB; het College van Bestuur van ASG noemen we ‘het bestuur’. De CvB heeft vier taken:")
    opsomming(doc, [
        "zij adviseert binnen zes weken na plaatsing over het OPP van elke nieuwe leerling en stelt het vast;",
        "zij bespreekt elke leerling minstens één keer per jaar;",
        "zij bespreekt leerlingen bij wie rendement of gedrag zorgen oproept, op verzoek van leerkracht, intern "
        "begeleider of ouders;",
        "zij beoordeelt jaarlijks per leerling of terugplaatsing mogelijk is en adviseert het "
        "samenwerkingsverband over verlenging van de TLV.",
    ], stijl="List Number")
    alinea(doc, "De commissie vergadert elke week op dinsdagmiddag, behalve in de toetsweken: in 2022-2023 34 "
           "keer, met samen 211 leerlingbesprekingen. De leerkracht zet vooraf een vraagstelling in ParnasSys; "
           "de uitkomst wordt binnen een week met ouders besproken.", lead="Werkwijze.")
    alinea(doc, "Een evaluatie met het team in maart 2023 leverde twee knelpunten op. Leerkrachten ervaren de "
           "commissie als ‘ver weg’, en de commissie bespreekt vooral leerlingen die opvallen door gedrag, minder "
           "de stille leerlingen bij wie het rendement wegzakt. Daarom is vanaf 2023-2024 de leerkracht bij elke "
           "bespreking van zijn eigen leerling aanwezig, terwijl een onderwijsassistent de groep overneemt. De "
           "intern begeleider maakt elke zes weken een signaleringslijst van leerlingen met een rendement onder "
           "de verwachting; die leerlingen komen vanzelf op de agenda. In maart 2023 vond 54 procent van de "
           "leerkrachten de adviezen van de commissie bruikbaar in de klas; in het voorjaar van 2025 meten we "
           "opnieuw, met als doel 80 procent.", lead="Wat we versterken.")

    kopje(doc, "6. Terugplaatsing naar het reguliere basisonderwijs")
    alinea(doc, "Voor veel leerlingen is het SBO een tussenstation. Wie bij ons tot rust komt en weer leert "
           "leren, kan soms terug naar een reguliere basisschool, het liefst dicht bij huis. Terugplaatsing is "
           "geen doel op zich: het gaat erom dat de leerling daar goed verder kan.")
    alinea(doc, "In de afgelopen drie schooljaren plaatsten we 2, 4 en 3 leerlingen terug. Van die negen zitten "
           "er acht een jaar later nog op de nieuwe school. Dat is te weinig: volgens de CvB is terugplaatsing "
           "bij ongeveer tien leerlingen per jaar een reële mogelijkheid, maar lukt het niet een basisschool te "
           "vinden of ouders mee te krijgen.", lead="Cijfers.")
    alinea(doc, "In het voorjaar van 2023 hebben we met het samenwerkingsverband een stappenplan vastgelegd:",
           lead="Werkwijze.")
    opsomming(doc, [
        "Signaleren: in de jaarlijkse CvB-bespreking toetsen we iedere leerling aan vijf criteria: "
        "sociaal-emotioneel stabiel, zelfstandig werkend in een groep van vijftien, een leerrendement van "
        "minstens 75 procent, in staat om te gaan met een groep van 25 tot 30 kinderen, en ouders die achter de "
        "stap staan.",
        "Verkennen: met ouders zoeken we een passende basisschool; de intern begeleider belt de ib’er van die "
        "school en de onderwijsconsulent van het samenwerkingsverband sluit aan.",
        "Wennen: zes tot tien weken gaat de leerling één of twee dagen per week naar de nieuwe school, de "
        "eerste weken met een onderwijsassistent van Havenlicht.",
        "Overdragen: een warme overdracht tussen de leerkrachten; het OPP wordt een groeidocument van de "
        "nieuwe school.",
        "Nazorg: tot een half jaar na de overstap kan de nieuwe school onze gedragsspecialist inschakelen, "
        "betaald uit het arrangement ‘Terug naar de wijk’. Na drie en twaalf maanden bellen we school en "
        "ouders.",
    ], stijl="List Number")
    alinea(doc, "We willen het aantal terugplaatsingen verdubbelen, naar zes in 2026-2027, waarbij na twaalf "
           "maanden minstens 85 procent van de leerlingen nog op de nieuwe school zit. Daarvoor maken we "
           "afspraken met acht basisscholen in Almere Haven, vier van ASG en vier van andere besturen; met de "
           "eerste vier sluiten we in 2023-2024 een convenant. Ook bespreken we terugplaatsing al bij de intake: "
           "ouders horen vanaf het eerste gesprek dat het SBO een tijdelijke plek kan zijn.",
           lead="Wat we gaan doen.")

    kopje(doc, "7. Samenwerking met het samenwerkingsverband")
    alinea(doc, "Het Havenlicht is aangesloten bij het samenwerkingsverband Passend Onderwijs Almere. Wij maken "
           "deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in de stad, zodat alle "
           "leerlingen een passende onderwijsplek hebben.")
    alinea(doc, "Leerlingen komen bij ons met een toelaatbaarheidsverklaring (TLV), meestal voor twee jaar. Een "
           "half jaar voor het einde adviseert onze CvB over verlenging. In 2022-2023 kwamen 47 nieuwe "
           "leerlingen binnen (2021-2022: 41). We plaatsen binnen zes weken na de TLV; zit een groep vol, dan "
           "zoeken we met het samenwerkingsverband een overbruggingsplek.", lead="Toelating.")
    alinea(doc, "Twee dagdelen per week zijn onze gedragsspecialist en orthopedagoog via het "
           "samenwerkingsverband beschikbaar voor basisscholen in Almere Haven. Zij observeren in de klas en "
           "geven handelingsadviezen, zodat een kind niet naar het SBO hoeft als dat niet nodig is. In "
           "2022-2023 ging het om 36 consultaties op elf scholen.", lead="Expertise in de wijk.")
    alinea(doc, "De directeur zit aan de thuiszitterstafel van het samenwerkingsverband en de gemeente. In "
           "2022-2023 konden we zo twee thuiszittende leerlingen binnen vier weken een plek bieden.",
           lead="Thuiszitters.")
    alinea(doc, "Twee keer per jaar bespreekt de directeur met de onderwijsconsulent de leerlingenstroom, de "
           "terugplaatsingen en de bekostiging; jaarlijks leveren we onze cijfers aan over instroom, uitstroom "
           "en bestendiging. De extra formatie in de Koersgroepen wordt deels door het samenwerkingsverband "
           "betaald, volgens de jaarlijkse ondersteuningsovereenkomst.", lead="Overleg.")

    kopje(doc, "8. Ons onderwijsprogramma en de uitstroom")
    alinea(doc, "We bieden onderwijs in alle vakgebieden van de kerndoelen. Voor taal en rekenen werken we toe "
           "naar het referentieniveau dat bij de leerroute hoort. In de midden- en bovenbouw besteden we per week "
           "ongeveer acht uur aan taal en lezen, vijf uur aan rekenen, drie uur aan wereldoriëntatie en "
           "anderhalf uur aan bewegingsonderwijs, op ruim 950 uur per jaar. Methoden: Veilig leren lezen "
           "(KIM-versie), Estafette met de leesinterventie Bouw!, Nieuwsbegrip, Staal, Wereld in getallen 5 met "
           "de leerlijnen van Passende perspectieven, Blink Wereld en Kwink, in de Koersgroepen aangevuld met "
           "Rots en Water. Gym geeft de vakleerkracht. Ook burgerschap is een wettelijke opdracht; hoe we dat "
           "vormgeven, staat in de schoolgids.")
    alinea(doc, "In 2022-2023 haalde 58 procent van de schoolverlaters 1F lezen en 46 procent 1F rekenen. Vanaf "
           "2023-2024 maken zij de doorstroomtoets (IEP).", lead="Resultaten.")
    alinea(doc, "Van onze 26 schoolverlaters in 2022-2023 gingen er elf naar het praktijkonderwijs, twaalf naar "
           "vmbo basis of kader, twee naar vmbo-gt en één naar het voortgezet speciaal onderwijs; 68 procent "
           "stroomde uit op of boven het perspectief van groep 6. Eenentwintig leerlingen gingen naar een school "
           "van ASG: dankzij het brede aanbod binnen ASG, van praktijkonderwijs tot vmbo met "
           "leerwegondersteuning, vinden bijna al onze leerlingen binnen de eigen organisatie een passende plek. "
           "Met het praktijkonderwijs van ASG is afgesproken dat onze schoolverlaters in het voorjaar drie "
           "ochtenden meedraaien; vanaf 2024-2025 doen we dat ook bij de twee vmbo-scholen van ASG waar de "
           "meeste leerlingen heen gaan, en een jaar na de overstap bespreken we met die scholen hoe het met onze "
           "oud-leerlingen gaat.", lead="Uitstroom.")

    kopje(doc, "9. Ondersteuning en veiligheid")
    alinea(doc, "Ons schoolondersteuningsprofiel (SOP) beschrijft wat we bieden en waar onze grenzen liggen. "
           "Standaard zijn groepen van vijftien, een onderwijsassistent op minstens vier dagdelen per groep en "
           "instructie in drie niveaus. Extra bieden we logopedie, motorische remedial teaching met de "
           "kinderfysiotherapeut in ons gebouw, dyslexiebehandeling onder schooltijd en de Koersgroepen. We "
           "kunnen geen hele dag één-op-éénbegeleiding bieden, geen verpleegkundige zorg, en geen onderwijs aan "
           "leerlingen bij wie het gedrag voortdurend de veiligheid van anderen bedreigt; voor hen zoeken we met "
           "het samenwerkingsverband een plek in het speciaal onderwijs. Het SOP actualiseren we in het voorjaar "
           "van 2024.", lead="Ondersteuning.")
    alinea(doc, "Elk voorjaar vullen de leerlingen vanaf groep 5 een vragenlijst over sociale veiligheid in. In "
           "2022 voelde 86 procent zich veilig in de school, op het plein 79 procent. Sindsdien staan er in elke "
           "pauze drie volwassenen op het plein, ieder met een eigen vak. De gedragsspecialist is "
           "anti-pestcoördinator; incidenten registreren we in ParnasSys en de CvB bekijkt elk kwartaal het "
           "overzicht. Voor De Kajuit en voor fysiek ingrijpen zijn er protocollen, en het team krijgt jaarlijks "
           "een training in het omgaan met agressie.", lead="Veiligheid.")

    kopje(doc, "10. Ouders en partners")
    alinea(doc, "Omdat veel kinderen met de taxi komen, zien we ouders zelden aan het hek; daarom zoeken we ze "
           "op. In de eerste maand na plaatsing brengt de leerkracht een huisbezoek. Naast de koersgesprekken is "
           "er per bouw drie keer per jaar een ouderochtend over een thema dat ouders zelf kiezen, zoals slapen "
           "of schermgebruik, en ouders kunnen één ochtend per periode in de groep meekijken. Zo kunnen ze thuis "
           "aansluiten bij de doelen uit het OPP.", lead="Ouders.")
    alinea(doc, "Iedere groep zet wekelijks een bericht met foto’s in Parro; ouders van de Koersgroepen krijgen "
           "dagelijks een kort bericht en hebben een vast belmoment per week. Brieven schrijven we op B1-niveau.",
           lead="Communicatie.")
    alinea(doc, "De jeugdarts van de GGD zit in de CvB, De Schoor levert de schoolmaatschappelijk werker en "
           "Triade Vitree zet twee dagen per week een jeugdhulpverlener in de Koersgroepen in, in een "
           "onderwijs-zorgarrangement dat we samen met de gemeente betalen. Logopedie en kinderfysiotherapie "
           "zitten in het gebouw.", lead="Partners.")
    alinea(doc, "Het sociaal wijkteam Haven houdt elke eerste donderdag van de maand spreekuur in onze "
           "ouderkamer, de buurtsportcoach organiseert op woensdagmiddag een sportuur op ons plein voor onze "
           "leerlingen en kinderen uit de buurt, en elke groep gaat maandelijks naar de bibliotheek in het "
           "Havenhart.", lead="In de buurt.")

    kopje(doc, "11. Personeel")
    alinea(doc, "Dertien van de veertien leerkrachten zijn bevoegd; zes hebben de master Special Educational "
           "Needs, betaald door ASG. Eén leerkracht is in 2022 als zij-instromer begonnen: zij volgt de "
           "deeltijdpabo van Windesheim in Almere, heeft een coach, krijgt vier uur studietijd per week en "
           "verwacht in juli 2025 bevoegd te zijn.", lead="Bekwaamheid.")
    alinea(doc, "In 2023-2025 volgt het hele team de scholing ‘Traumasensitief lesgeven’, met klassenbezoeken "
           "door de gedragsspecialist. Daarnaast kiest iedere medewerker jaarlijks minstens één cursus van de "
           "ASG Academie die past bij het eigen ontwikkelplan, uit een budget van 600 euro per fte.",
           lead="Professionalisering.")
    alinea(doc, "We volgen de gesprekscyclus van ASG: een startgesprek in september met de ontwikkeldoelen, twee "
           "lesbezoeken met onze kijkwijzer, een functioneringsgesprek in februari en eens in de drie jaar een "
           "beoordelingsgesprek, vastgelegd in het digitale personeelsdossier. In 2022-2023 is de cyclus met 31 "
           "van de 34 medewerkers volledig doorlopen.", lead="Gesprekscyclus.")
    alinea(doc, "Met de werkdrukmiddelen hebben we twee extra onderwijsassistenten aangesteld. Starters krijgen "
           "drie jaar een coach en in hun eerste jaar een lagere lestaak; collega’s vanaf 57 jaar zetten hun "
           "uren voor duurzame inzetbaarheid in zoals zij willen. Na een incident met een leerling volgt binnen "
           "24 uur een gesprek met de gedragsspecialist of de directeur.", lead="Welbevinden.")
    alinea(doc, "Tegen het lerarentekort doen we met de andere Almeerse besturen, Windesheim en de gemeente mee "
           "aan het partnerschap Samen Opleiden Almere. We bieden jaarlijks vier pabostudenten een stageplek en "
           "één LIO-plek, en verzorgen samen met de SBO-scholen van twee andere besturen de keuzemodule ‘Werken "
           "in het SBO’; de gemeente betaalt de inzet van onze begeleiders.", lead="Opleiden.")

    kopje(doc, "12. Kwaliteitszorg")
    alinea(doc, "Het schoolplan vertalen we elk jaar in een jaarplan, dat we in juni met het team evalueren; de "
           "uitkomsten staan in het jaarverslag. Met WMK-PO beoordelen we jaarlijks drie kwaliteitskaarten, zodat "
           "in vier jaar alle standaarden van het inspectiekader aan bod komen. In januari en juni maakt de "
           "intern begeleider een trendanalyse van het leerrendement per groep. Vier keer per jaar gaat de "
           "kwartaalrapportage naar het bestuur; in het voorjaar van 2025 volgt een interne audit door ASG. "
           "Leerlingen vullen elk jaar een tevredenheidspeiling in, ouders en medewerkers om het jaar. Onze "
           "gegevens staan op Scholen op de kaart, dat vroeger Vensters heette.")
    alinea(doc, "Bij het vierjaarlijks onderzoek van de inspectie in het najaar van 2022 was de kwaliteit "
           "voldoende; ‘zicht op ontwikkeling’ werd als goed beoordeeld. Het verbeterpunt, de analyse van de "
           "uitstroom ten opzichte van het perspectief, maken we sinds 2023 elk jaar per leerling.")

    kopje(doc, "13. Medezeggenschap en vaststelling")
    alinea(doc, "De MR van Het Havenlicht bestaat uit twee ouders en twee personeelsleden. De MR heeft het "
           "schoolplan besproken in haar vergadering van 20 juni 2023 en heeft op die datum ingestemd met het "
           "schoolplan 2023-2027. Het bestuur van ASG heeft het plan op 10 juli 2023 vastgesteld.")


def doelen(doc) -> None:  # type: ignore[no-untyped-def]
    kopje(doc, "14. Doelen 2023 – 2027")
    alinea(doc, "De laatste kolom laat zien bij welk venster of welke kernwaarde van Koers 22 het doel hoort.")
    kop = ["Nr", "Doel (wat)", "Aanpak (hoe)", "Wanneer", "Meetbaar resultaat", "Eigenaar", "Venster/kernwaarde"]
    rijen = [
        ["1", "OPP-doelen zichtbaar in de weekplanning.", "Koppeling aan groepsoverzichten; cyclusbespreking "
         "elke zes weken.", "2023-2024", "Juni 2024: bij 100% van de leerlingen staan de OPP-doelen in het "
         "groepsoverzicht.", "Intern begeleider", "Venster 1"],
        ["2", "Leerlingversie van het OPP.", "Pilot met drie leerlingen per bouw.", "2024-2026",
         "Juni 2026: iedere leerling vanaf groep 5 heeft ‘Mijn koers’.", "Orthopedagoog", "Venster 1"],
        ["3", "De CvB dichter bij de leerkracht.", "Leerkracht bij de bespreking; signaleringslijst.",
         "2023-2025", "Voorjaar 2025: 80% vindt de adviezen bruikbaar (2023: 54%).", "Orthopedagoog",
         "Venster 1"],
        ["4", "Meer terugplaatsingen.", "Stappenplan; convenant met acht basisscholen.", "2023-2027",
         "Zes in 2026-2027 (2022-2023: 3); na 12 maanden ≥ 85% nog op de nieuwe school.", "Directeur",
         "Venster 1"],
        ["5", "Hogere uitstroom.", "Perspectief alleen omlaag na CvB-bespreking.", "2023-2027",
         "2027: 80% op of boven het perspectief van groep 6 (2023: 68%).", "Adjunct-directeur", "Ambitieus"],
        ["6", "Betere leesresultaten.", "Bouw! voor zwakke lezers; extra leestijd.", "2023-2027",
         "2027: 70% van de schoolverlaters haalt 1F lezen (2023: 58%).", "Intern begeleider", "Venster 1"],
        ["7", "Actueel SOP.", "Actualiseren met team en samenwerkingsverband.", "voorjaar 2024",
         "SOP vastgesteld en op de website vóór 1 juli 2024.", "Directeur", "Venster 1"],
        ["8", "Kwaliteitszorg op alle standaarden.", "Drie WMK-kaarten per jaar; audit.", "2023-2027",
         "Alle standaarden in vier jaar beoordeeld; audit voorjaar 2025.", "Directeur", "Venster 1"],
        ["9", "Nieuwe leerlingen voelen zich welkom.", "Kennismakingsochtend, maatje, fotoboekje.", "2023-2024",
         "Intake-evaluatie: gemiddeld minstens een 8.", "Adjunct-directeur", "Gezien worden"],
        ["10", "Veilig op het plein.", "Drie volwassenen per pauze.", "2023-2025",
         "2025: 85% voelt zich veilig op het plein (2022: 79%).", "Gedragsspecialist", "Venster 1"],
        ["11", "Team geschoold in traumasensitief lesgeven.", "Vier bijeenkomsten per jaar, klassenbezoeken.",
         "2023-2025", "Juni 2025: 100% van het onderwijzend personeel.", "Gedragsspecialist", "Venster 2"],
        ["12", "Meer leerkrachten met de master SEN.", "Opleiding vergoed door ASG.", "2023-2027",
         "Negen in 2027 (2023: zes).", "Directeur", "Venster 2"],
        ["13", "Zij-instromer bevoegd.", "Coach en studietijd.", "juli 2025", "Bevoegdheid behaald.",
         "Directeur", "Venster 2"],
        ["14", "Gesprekscyclus met iedereen.", "Planning in de jaarkalender.", "ieder jaar",
         "100% van de medewerkers (2022-2023: 31 van 34).", "Directeur", "Venster 2"],
        ["15", "Warme overdracht naar VO van ASG.", "Meedraaiochtenden; terugkoppeling na een jaar.",
         "vanaf 2024-2025", "Met drie VO-scholen van ASG een jaarlijkse terugkoppeling.", "Adjunct-directeur",
         "Venster 3"],
    ]
    tabel(doc, kop, rijen, breedtes=[0.8, 4.2, 5.0, 2.0, 5.2, 2.6, 2.6])



def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    normaal = doc.styles["Normal"]
    normaal.font.name = "Calibri"
    normaal.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.page_height = Cm(29.7)
    sectie.page_width = Cm(21.0)
    sectie.left_margin = sectie.right_margin = Cm(2.2)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.CENTER
    voet.add_run("Schoolplan SBO Het Havenlicht 2023-2027  ·  pagina ")
    page_field(voet)

    voorblad(doc)
    hoofdstukken(doc)

    # De doelentabel op een liggende pagina, zoals de school dat in Word doet.
    nieuw = doc.add_section()
    nieuw.orientation = WD_ORIENT.LANDSCAPE
    nieuw.page_width = Cm(29.7)
    nieuw.page_height = Cm(21.0)
    nieuw.left_margin = nieuw.right_margin = Cm(2.0)
    doelen(doc)

    kern = doc.core_properties
    kern.author = "M. van Dijken"
    kern.title = "Schoolplan SBO Het Havenlicht 2023-2027"
    kern.language = "nl-NL"
    kern.created = VASTE_DATUM
    kern.modified = VASTE_DATUM
    kern.last_modified_by = "M. van Dijken"
    kern.revision = 3

    doc.save(path)
    deterministisch(path, VASTE_DATUM)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_91_sbo_havenlicht.docx")
