"""Schoolplan 2025-2029 van het Weerwater Lyceum (havo/vwo/gymnasium, algemeen-bijzonder, Almere Stad).

Een lang, praktisch plan, geordend naar de vier vensters van Koers 22, met doelentabellen per venster;
de kernwaarden staan als korte paragraaf in de vensterhoofdstukken. Bouw: build(path) schrijft een .docx
(python-docx), byte-stabiel.
"""

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

VASTE_TIJD = datetime.datetime(2025, 7, 8, 10, 30, 0)


# ---------------------------------------------------------------- Word plumbing (uit docx_parts)
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


def toc_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-2" \\h \\z \\u '
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(sep)
    tekst = paragraph.add_run("Rechtsklik en kies 'Veld bijwerken' voor de inhoudsopgave.")
    tekst.italic = True
    run2 = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run2._r.append(end)


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



# ---------------------------------------------------------------- de tekst van het plan
# Blokken: ("h1", tekst) ("h2", tekst) ("p", tekst) ("bul", [..]) ("tab", kop, rijen)
DOELKOP = ["Doel", "Indicator en nulmeting", "Streefwaarde", "Wanneer", "Eigenaar"]

INHOUD = [
    ("h1", "1. Inleiding"),
    ("p", "Dit is het schoolplan van het Weerwater Lyceum voor de schooljaren 2025-2026 tot en met "
          "2028-2029 (1 augustus 2025 tot en met 31 juli 2029). Het plan beschrijft hoe wij de komende vier "
          "jaar ons onderwijs, ons personeelsbeleid en onze kwaliteitszorg inrichten, en hoe wij daarmee "
          "invulling geven aan Koers 22 van de Almeerse Scholen Groep (ASG). Het is geen nieuw begin: veel "
          "van wat hier staat, doen wij al. Wij hebben vooral opgeschreven wat wij doen, wat wij willen "
          "verbeteren en hoe wij weten of dat lukt."),
    ("p", "Wij hebben het plan geordend naar de vier vensters van Koers 22. Per venster beschrijven wij "
          "onze praktijk en sluiten wij af met een doelentabel. De vier kernwaarden van ASG hebben wij "
          "niet in aparte hoofdstukken gezet; bij elk venster staat een korte paragraaf over de kernwaarde "
          "die daar het meest bij hoort. Hoofdstuk 7 bevat feiten en cijfers over leerlingen, examens, "
          "financiën en het gebouw. Hoofdstuk 8 geeft de meerjarenplanning, die de basis is voor de "
          "jaarplannen van de afdelingen."),
    ("h2", "1.1 Hoe dit plan tot stand kwam"),
    ("p", "Het plan is geschreven door de schoolleiding, maar niet alleen door de schoolleiding. Op de "
          "studiedag van 4 februari 2025 hebben alle medewerkers in 14 groepen gewerkt met de centrale "
          "vragen uit de ASG Koerswijzer; de opbrengst (312 bijdragen) is door een schrijfgroep van zes "
          "docenten geordend. De leerlingenraad heeft op 11 maart 2025 de hoofdstukken over onderwijs en "
          "veiligheid gelezen en becommentarieerd, het ouderpanel deed dat op 18 maart 2025. De "
          "medezeggenschapsraad heeft in drie sessies (januari, maart en mei) meegedacht over de "
          "hoofdlijnen. De MR heeft op 23 juni 2025 ingestemd met dit schoolplan; het College van Bestuur "
          "heeft het op 7 juli 2025 vastgesteld."),

    ("h1", "2. Onze school in het kort"),
    ("p", "Het Weerwater Lyceum is een algemeen-bijzondere school voor havo, atheneum en gymnasium in "
          "Almere Stad, op vijf minuten fietsen van het Weerwater. De school is in 1994 opgericht en "
          "maakt sinds 2012 deel uit van ASG. Op 1 oktober 2024 telde de school 1.420 leerlingen en 121 "
          "medewerkers (98,4 fte). Rector is Joost Verhagen; conrector onderwijs is Selma Aydın, conrector "
          "bedrijfsvoering Peter de Graaf. De school heeft drie afdelingen, elk met een teamleider: "
          "onderbouw (Linda Vos), havo bovenbouw (Mehmet Kaya) en vwo bovenbouw (Anouk Brouwer)."),
    ("p", "Ons motto is 'Leren met uitzicht'. Wij willen dat leerlingen bij ons een stevige basis aan "
          "kennis opdoen, leren onderzoeken en nadenken, en de school verlaten met een diploma dat past bij "
          "wat zij kunnen. De meeste leerlingen komen uit Almere Stad en Almere Haven; ongeveer 15 procent "
          "komt uit Almere Poort en Almere Buiten, vooral voor het gymnasium."),
    ("h2", "2.1 Context en uitdagingen"),
    ("p", "Uit de analyse die wij voor dit plan hebben gemaakt, komen vier uitdagingen naar voren. Ten "
          "eerste blijven de examenresultaten van de havo achter bij die van het vwo: het slagingspercentage "
          "schommelt rond 86 procent en het verschil tussen schoolexamen en centraal examen is bij drie vakken "
          "groter dan een half punt. Ten tweede voelen leerlingen in klas 3 zich minder veilig dan leerlingen "
          "in andere leerjaren. Ten derde is het steeds moeilijker om vacatures voor wiskunde, Duits en "
          "natuurkunde te vervullen. Ten vierde is het gebouw toe aan verduurzaming. Deze vier punten komen in "
          "de vensterhoofdstukken terug in de doelentabellen. Sterke punten van de school zijn de resultaten "
          "van het gymnasium, de ondersteuning in het Steunpunt en de grote deelname van docenten aan de "
          "Leerkring."),

    ("h1", "3. Venster 1: Goed en toegankelijk onderwijs"),
    ("p", "Goed onderwijs is voor ons onderwijs waarin leerlingen veel leren, zich veilig voelen en de "
          "ondersteuning krijgen die zij nodig hebben. Wij willen onderwijs ontwikkelen dat aansluit bij de "
          "belevingswereld van onze leerlingen. Hieronder beschrijven wij het programma, het curriculum, "
          "burgerschap, de begeleiding, de ondersteuning, de veiligheid en de kwaliteitszorg."),
    ("h2", "3.1 Het onderwijsprogramma"),
    ("p", "Leerlingen kiezen bij de start voor de brugklas havo/vwo, de brugklas atheneum of de brugklas "
          "gymnasium. De onderbouw duurt drie jaar. In de onderbouw zijn de kerndoelen per vak vertaald naar "
          "leerlijnen die in de vakwerkplannen staan; iedere sectie controleert elk jaar in juni of haar "
          "leerlijn alle kerndoelen dekt. Voor Nederlands werken wij in de onderbouw toe naar "
          "referentieniveau 2F en in de bovenbouw naar 3F (havo) en 4F (vwo, lezen). Voor rekenen maken alle "
          "leerlingen in klas 1 tot en met 3 drie keer per jaar een DIA-toets; leerlingen die onder 2F "
          "scoren krijgen in het steunuur extra rekenen."),
    ("p", "Een lesuur duurt 50 minuten. Wij plannen per leerjaar 1.040 klokuren onderwijstijd, zodat wij "
          "ruim voldoen aan de wettelijke 3.700 uur (havo) en 4.700 uur (vwo). De lessentabel van de "
          "onderbouw ziet er zo uit (lesuren per week):"),
    ("tab", ["Vak", "Klas 1 havo/vwo", "Klas 1 gymnasium", "Klas 2 havo/vwo", "Klas 2 gymnasium"], [
        ["Nederlands", "4", "4", "4", "3"],
        ["Engels", "3", "3", "3", "3"],
        ["Frans", "3", "2", "2", "2"],
        ["Duits", "-", "-", "2", "2"],
        ["Latijn / Grieks", "-", "3", "-", "2 / 3"],
        ["Wiskunde", "4", "4", "4", "4"],
        ["Geschiedenis", "2", "2", "2", "2"],
        ["Aardrijkskunde", "2", "2", "2", "1"],
        ["Biologie", "2", "2", "1", "1"],
        ["Nask", "-", "-", "2", "2"],
        ["Onderzoekslab", "2", "1", "1", "-"],
        ["Lichamelijke opvoeding", "3", "3", "3", "2"],
        ["Beeldend / muziek", "3", "2", "2", "1"],
        ["Mentoruur", "1", "1", "1", "1"],
    ]),
    ("p", "In de bovenbouw kiezen leerlingen een van de vier profielen. Naast de profielvakken bieden wij "
          "als keuzevak onder meer informatica, bewegen sport en maatschappij (havo), filosofie (vwo), "
          "natuur leven en technologie (vwo) en kunst. Het programma van toetsing en afsluiting (PTA) van "
          "elk leerjaar staat uiterlijk 1 oktober op de website en in Magister. De examensecretaris, Wim "
          "Dekker, bewaakt met de examencommissie de uitvoering van het examenreglement."),
    ("p", "Het toetsbeleid is in 2024 herzien. In de onderbouw hebben leerlingen per week maximaal drie "
          "grote toetsen; in de bovenbouw sluit elke periode af met een toetsweek. Iedere sectie plant per "
          "periode minimaal één formatief moment zonder cijfer, waarin leerlingen feedback krijgen op een "
          "opdracht voordat die wordt beoordeeld. Herkansingen zijn in de bovenbouw per periode geregeld in "
          "het PTA; in de onderbouw mag een leerling per periode één toets herkansen."),
    ("h2", "3.2 Een toekomstgericht curriculum"),
    ("p", "In 2025 begint de herziening van het curriculum van de onderbouw. Een werkgroep van negen "
          "docenten, onder leiding van Selma Aydın, legt de nieuwe kerndoelen naast onze vakwerkplannen en "
          "schrijft een doorlopende leerlijn digitale geletterdheid (informatievaardigheden, "
          "mediawijsheid, programmeren en computational thinking) voor klas 1 tot en met 3. De leerlijn wordt "
          "in 2026-2027 in klas 1 ingevoerd en groeit daarna per jaar door. De werkgroep rapporteert twee keer "
          "per jaar aan de sectievoorzitters."),
    ("p", "Sinds 2023 hebben alle brugklassen het Onderzoekslab: twee uur per week (gymnasium een uur) "
          "waarin leerlingen in projecten van acht weken werken aan een onderzoeksvraag binnen de thema's "
          "licht, water en energie. Docenten biologie, aardrijkskunde, natuurkunde en beeldend geven het vak samen. "
          "Er worden geen cijfers gegeven; leerlingen houden een portfolio bij en presenteren hun onderzoek "
          "aan het eind van elk project aan ouders. In havo 4 werken wij sinds 2024 met vier keuzewerkuren "
          "per week: leerlingen kiezen via Zermelo zelf bij welk vak zij extra uitleg of oefentijd nemen."),
    ("h2", "3.3 Burgerschap"),
    ("p", "Burgerschap heeft een eigen leerlijn die is ondergebracht bij geschiedenis, maatschappijleer en "
          "het mentoruur. De leerlijn heeft drie thema's: democratie en rechtsstaat, mediawijsheid, en "
          "duurzaamheid. In klas 2 bezoeken alle leerlingen de gemeenteraad van Almere en voeren zij in de "
          "klas een debat volgens de regels van de raad. In klas 3 doen alle leerlingen een maatschappelijke "
          "stage van twintig uur bij een organisatie in de stad (zie 6.3). Het schoolbrede debatteam (2024: "
          "22 leerlingen) doet mee aan het Nederlands Kampioenschap Debatteren voor Scholieren. Rond de "
          "verkiezingen organiseert de sectie maatschappijleer een schoolverkiezing voor alle leerlingen van "
          "de bovenbouw. De leerlingenraad heeft zestien leden en spreekt maandelijks met de rector."),
    ("h2", "3.4 Zicht op leerlingen: mentoraat, leerlingbespreking en determinatie"),
    ("p", "Iedere klas heeft een mentor met een wekelijks mentoruur; in de brugklas heeft elke klas twee "
          "mentoren. In de eerste zes weken voert de mentor met elke leerling en de ouders een "
          "kennismakingsgesprek. Drie keer per jaar (november, februari en juni) is er per leerjaar een "
          "leerlingbespreking waarin de mentor, de vakdocenten en de teamleider de cijfers, de DIA-"
          "uitslagen, de aanwezigheid en het welbevinden van elke leerling bespreken. Leerlingen over wie "
          "zorgen zijn, worden ingebracht in het ondersteuningsoverleg."),
    ("p", "Bij determinatie en bevordering gaan wij uit van wat een leerling kan. Bij een dubbel "
          "basisschooladvies (havo/vwo) plaatsen wij in de hogere brugklas. Havo 3-leerlingen met een "
          "gemiddelde van 7,2 of hoger en een positief advies van de leerlingbespreking kunnen opstromen "
          "naar vwo 4; in 2024 deden 23 leerlingen dat, van wie 19 in juni 2025 zijn bevorderd naar vwo 5. "
          "Voor vwo-leerlingen die meer aankunnen is er het excellentieprogramma Weerwater Plus (2024-2025: "
          "48 leerlingen), met modules van het pre-universitaire programma van de Universiteit Utrecht en een "
          "eigen onderzoek onder begeleiding van een docent."),
    ("h2", "3.5 Ondersteuning"),
    ("p", "Ons schoolondersteuningsprofiel (SOP) is in 2024 geactualiseerd en staat op de website. Tot de "
          "basisondersteuning rekenen wij: faciliteiten bij dyslexie en dyscalculie (extra tijd, voorlezen "
          "via software, vergroot lettertype), een faalangstreductietraining van acht bijeenkomsten (twee "
          "groepen per jaar), een training examenvrees in havo 5 en vwo 6, begeleiding bij plannen en "
          "organiseren in het steunuur en een vast aanspreekpunt bij ziekte of afwezigheid."),
    ("p", "Extra ondersteuning wordt geboden in het Steunpunt, dat dagelijks van 8.30 tot 16.00 uur open is. "
          "Er werken twee ondersteuningscoördinatoren (Iris Jansen en Bart Hoekstra), een orthopedagoog "
          "(0,6 fte) en twee begeleiders passend onderwijs. In 2024-2025 hadden 31 leerlingen een "
          "ontwikkelingsperspectief, onder wie veertien leerlingen met een autismespectrumstoornis en zes "
          "leerlingen met langdurige ziekte. Zes keer per jaar is er een zorg- en adviesteam (ZAT) met de "
          "schoolmaatschappelijk werker, de jeugdarts van de GGD Flevoland, de leerplichtambtenaar en de "
          "ondersteuningscoördinatoren. Wij kunnen geen passend aanbod doen voor leerlingen die "
          "langdurig een-op-een begeleiding nodig hebben of bij wie ernstige gedragsproblematiek de veiligheid "
          "van anderen in gevaar brengt."),
    ("p", "Wanneer wij een leerling niet passend kunnen ondersteunen, zoeken wij samen met ouders en het "
          "Samenwerkingsverband Passend Onderwijs Almere (VO) naar een andere plek. Leerlingen kunnen tijdelijk "
          "naar de reboundvoorziening De Brug; in 2024-2025 gingen vier leerlingen daarheen, van wie drie "
          "terugkwamen. Twee leerlingen zijn via de commissie toelaatbaarheid naar het voortgezet speciaal "
          "onderwijs gegaan. Wij hadden in 2024-2025 geen thuiszitters langer dan vier weken."),
    ("h2", "3.6 Veiligheid en schoolklimaat"),
    ("p", "De omgangsregels van de school staan in de Weerwatercode, die in 2023 samen met de "
          "leerlingenraad is opgesteld: respect voor elkaar, respect voor de spullen en respect voor de "
          "tijd van een ander. Bij conflicten werken wij herstelgericht: de teamleider of mentor voert een "
          "herstelgesprek met de betrokken leerlingen en waar nodig met medewerkers of buurtbewoners, "
          "voordat een sanctie wordt opgelegd. De code geldt ook op straat rond de school en tijdens "
          "stages en excursies."),
    ("p", "Elk jaar in februari vullen de leerlingen van klas 1, 3 en 5 de veiligheidsmonitor in. In 2024 "
          "gaf 86 procent aan zich veilig te voelen op school; in klas 3 was dat 81 procent. Elke afdeling "
          "heeft een anti-pestcoördinator, en er zijn twee vertrouwenspersonen (een man en een vrouw). "
          "Incidenten worden geregistreerd in Magister; in 2024 ging het om 64 meldingen, vooral over "
          "online pesten. Daarom geeft de mentor in klas 1 en 2 vanaf 2025 vier lessen over online gedrag, "
          "en is het protocol sociale media herzien. Het veiligheidsplan wordt elk jaar in oktober met de "
          "MR besproken."),
    ("h2", "3.7 Kwaliteitszorg"),
    ("p", "Wij werken volgens een vaste kwaliteitskalender, die aansluit bij de kwartaalrapportages aan het "
          "bestuur:"),
    ("bul", ["september: jaarplan per afdeling en sectieplannen, afgeleid van dit schoolplan;",
             "oktober en november: lesbezoeken door de teamleiders met de Weerwater-kijkwijzer (lesdoel, "
             "uitleg, actieve betrokkenheid, controle van begrip, afsluiting); iedere docent krijgt minimaal "
             "twee lesbezoeken per jaar;",
             "januari: leerlingenquête over de lessen, per docent en per sectie; de docent bespreekt de "
             "uitkomst met de klas;",
             "februari: tussenevaluatie van de jaarplannen en kwartaalrapportage;",
             "maart en april: om het jaar tevredenheidspeilingen onder leerlingen en ouders;",
             "juni en juli: analyse van examenresultaten, doorstroom en bevordering per sectie; iedere sectie "
             "schrijft een verbeterparagraaf;",
             "september: jaarverslag, besproken met het bestuur en de MR."]),
    ("p", "Daarnaast houdt een auditteam van vier getrainde docenten elk jaar een interne audit bij één "
          "afdeling; in 2025-2026 is dat de havo bovenbouw. Bij het vierjaarlijks onderzoek van de inspectie "
          "bij ASG in het najaar van 2023 zijn op onze school de standaarden zicht op ontwikkeling, "
          "veiligheid en kwaliteitszorg als voldoende beoordeeld; onze onderwijsresultaten voldeden aan de "
          "normen van de inspectie (zie hoofdstuk 7)."),
    ("p", "Verbeteren doen wij samen. Iedere docent bezoekt per jaar twee lessen van een collega uit een "
          "andere sectie en bespreekt die na. Op drie studiedagen per jaar werken secties aan hun "
          "verbeterparagraaf; de Leerkringen (zie 4.3) presenteren daar hun bevindingen aan het hele team."),
    ("p", "Halverwege de planperiode, in het voorjaar van 2027, houden wij een tussenevaluatie van dit "
          "schoolplan met het team, de MR en het ouderpanel; op basis daarvan stellen wij waar nodig doelen "
          "bij. In het voorjaar van 2029 volgt de eindevaluatie, die het vertrekpunt is voor het volgende "
          "schoolplan."),
    ("h2", "3.8 Kernwaarde: Ambitieus"),
    ("p", "Wij hebben hoge verwachtingen van onze leerlingen en van elkaar, en wij geven altijd het beste "
          "van onszelf. Dat is de kernwaarde ambitieus zoals ASG haar formuleert. Bij ons wordt zij zichtbaar "
          "in de plaatsing in de hogere brugklas bij twijfel, de opstroom naar het vwo en Weerwater Plus "
          "(3.4), en in de lat die wij leggen bij de examenresultaten (zie de doelen hieronder)."),
    ("h2", "3.9 Doelen venster 1"),
    ("tab", DOELKOP, [
        ["Slagingspercentage havo omhoog", "Slagingspercentage havo; 2024: 87%", "90% of hoger",
         "examen 2028", "teamleider havo"],
        ["Onderbouwsnelheid op peil", "Inspectie-indicator onderbouwsnelheid; 2024: 96,1%", "97% of hoger",
         "2027-2028", "teamleider onderbouw"],
        ["Leerlijn digitale geletterdheid ingevoerd", "Leerlijn in klas 1-3 in vakwerkplannen; 2025: geen",
         "klas 1 in 2026-2027, klas 1-3 in 2028-2029", "aug 2028", "conrector onderwijs"],
        ["Veiligheid klas 3 verbeterd", "Veiligheidsmonitor klas 3 'voelt zich veilig'; 2024: 81%",
         "90%", "februari 2027", "teamleider onderbouw"],
        ["Lesbezoeken volgens kalender", "Aandeel docenten met twee lesbezoeken; 2024: 72%", "100%",
         "jaarlijks vanaf 2025-2026", "teamleiders"],
        ["Rekenen in de onderbouw", "Leerlingen klas 3 op of boven 2F (DIA); 2024: 78%", "88%",
         "juni 2028", "sectie wiskunde"],
    ]),

    ("h1", "4. Venster 2: Personeel in positie"),
    ("p", "De kwaliteit van ons onderwijs staat of valt met de mensen die het geven. In dit hoofdstuk "
          "beschrijven wij ons team, de gesprekscyclus, professionalisering, het opleiden van nieuwe "
          "docenten en de zorg voor de gezondheid van onze medewerkers. Het strategisch HR-beleid van ASG "
          "is daarbij ons kader."),
    ("h2", "4.1 Ons team in cijfers"),
    ("p", "Op 1 oktober 2024 werkten er 121 medewerkers: 89 docenten, 7 leden van de schoolleiding en "
          "25 onderwijsondersteunende medewerkers (onder wie 5 toa's, 4 medewerkers van het Steunpunt en 3 "
          "conciërges). De gemiddelde leeftijd is 44 jaar; 18 medewerkers zijn 60 jaar of ouder. 91 procent "
          "van de lessen wordt gegeven door een bevoegde docent. De moeilijkst vervulbare vakken zijn "
          "wiskunde, Duits, natuurkunde en informatica. In 2024-2025 vulden wij elf vacatures, waarvan drie "
          "pas na meer dan drie maanden."),
    ("p", "In het medewerkerstevredenheidsonderzoek van november 2024 (respons 78 procent) gaf 82 procent "
          "aan trots te zijn op de school en gaf 58 procent aan zich betrokken te voelen bij ASG als geheel. "
          "Dat laatste vinden wij te laag. Wij nemen daarom vanaf 2025-2026 in het tweewekelijkse "
          "personeelsbericht een vaste rubriek op met nieuws uit ASG en van andere ASG-scholen, en de rector "
          "nodigt eens per jaar de bestuurder uit voor een gesprek met het team."),
    ("h2", "4.2 De gesprekscyclus"),
    ("p", "Iedere medewerker heeft jaarlijks een ontwikkelgesprek met zijn leidinggevende, tussen 1 oktober "
          "en 15 december. Eens in de drie jaar is dat een beoordelingsgesprek, waarin ook de lesbezoeken en "
          "de leerlingenquêtes worden betrokken. In het ontwikkelgesprek formuleert de medewerker een eigen "
          "ontwikkelvraag en bespreken wij ook werkdruk, gezondheid en wat iemand nodig heeft om goed te "
          "kunnen werken. Het verslag komt in het digitale personeelsdossier en wordt door beide partijen "
          "ondertekend. In 2023-2024 had 84 procent van de medewerkers een afgerond gesprek; de teamleiders "
          "hebben vanaf dit jaar een vaste gespreksweek per afdeling in hun jaarplanning."),
    ("h2", "4.3 Professionalisering en de Leerkring"),
    ("p", "Het scholingsbudget bedraagt 1.250 euro per fte, in totaal ongeveer 123.000 euro per jaar. Een "
          "deel daarvan besteden wij schoolbreed (vijf studiedagen per jaar, met als thema's in deze "
          "planperiode: activerende didactiek, digitale geletterdheid en formatief evalueren); het andere deel "
          "is voor individuele scholing. In 2024-2025 volgden veertien collega's een programma van de ASG "
          "Academie, onder wie vier docenten de opleiding tot coach van startende docenten en zes docenten een "
          "training formatief evalueren. Iedere medewerker houdt zijn scholing bij in het Academieportaal, "
          "zodat de schoolleiding per sectie kan zien welke scholing is gevolgd."),
    ("p", "In de Leerkring onderzoeken docenten op eigen initiatief een vraag uit hun eigen praktijk, in "
          "groepjes van vier tot zes, begeleid door Eva Lammers (docent biologie, master Leren en "
          "Innoveren). Deelname is vrijwillig; in 2024-2025 deden 34 docenten mee in acht kringen, met vragen "
          "als 'Helpt een uitgewerkt voorbeeld havo 4 bij wiskunde B?' en 'Wat doet hardop lezen met de "
          "leesmotivatie in klas 2?'. Elke kring krijgt twintig uur per jaar in de taakbelasting en "
          "presenteert op de studiedag in juni. Ook de secties werken als professionele leergemeenschap: zij "
          "komen eens per zes weken bijeen, waarvan minimaal drie keer per jaar over de inhoud van het "
          "onderwijs en niet over organisatie."),
    ("p", "Startende docenten volgen een inductieprogramma van drie jaar. In het eerste jaar hebben zij "
          "tien procent lesreductie, een vaste coach uit de eigen sectie en zes intervisiebijeenkomsten met "
          "andere starters. In 2024-2025 waren er negen starters; zeven van hen hebben een contract voor "
          "het volgende schooljaar gekregen."),
    ("h2", "4.4 Opleiden en bevoegd worden"),
    ("p", "In 2024-2025 werkten acht docenten zonder volledige bevoegdheid voor hun vak, van wie drie "
          "zij-instromers. Met ieder van hen is een opleidingsplan gemaakt met een einddatum. De school "
          "vergoedt het collegegeld, geeft vier uur per week studieverlof en koppelt elke docent in opleiding "
          "aan een begeleider uit de sectie. De schoolopleider, Nadia Bouzid, spreekt hen eens per maand. "
          "Twee van de acht haalden in 2025 hun bevoegdheid."),
    ("h2", "4.5 Welbevinden en vitaliteit"),
    ("p", "Het ziekteverzuim was in 2024 4,8 procent, met een meldingsfrequentie van 1,3. Bij een "
          "tweede ziekmelding binnen een jaar voert de leidinggevende een preventief gesprek; de bedrijfsarts "
          "houdt eens per maand spreekuur op school. Voor medewerkers in verschillende levensfasen hebben wij "
          "vaste afspraken: jonge ouders kunnen een roostervoorkeur opgeven voor de eerste en laatste uren, "
          "medewerkers vanaf 57 jaar zetten hun uren duurzame inzetbaarheid in voor taakverlichting of "
          "scholing, en medewerkers die terugkeren na langdurige ziekte krijgen een opbouwrooster met een "
          "vaste collega als aanspreekpunt. De taakbelasting wordt per afdeling in mei vastgesteld, zodat "
          "iedereen voor de zomer weet wat zijn taken voor het volgende jaar zijn."),
    ("p", "Voor vitaliteit is er op woensdagmiddag een bootcamp in de gymzaal, gegeven door collega's van "
          "de sectie LO (gemiddeld 24 deelnemers), een lunchwandeling op dinsdag en een "
          "fietsvergoeding voor woon-werkverkeer. In het voorjaar van 2025 hebben 61 medewerkers een "
          "vrijwillige vitaliteitscheck gedaan; op basis daarvan bieden wij in 2025-2026 een cursus over "
          "slaap en herstel aan."),
    ("h2", "4.6 Kernwaarde: Gezien worden"),
    ("p", "Iedereen is waardevol en wordt gezien; dat geldt voor leerlingen en ook voor collega's. Wij "
          "willen een school zijn met een gastvrije cultuur waarin iedereen zich welkom voelt. Dat wij zien "
          "wat mensen nodig hebben, blijkt voor leerlingen uit het mentoraat en de leerlingbesprekingen "
          "(3.4) en voor medewerkers uit het ontwikkelgesprek, waarin wij expliciet vragen wat iemand nodig "
          "heeft (4.2)."),
    ("h2", "4.7 Doelen venster 2"),
    ("tab", DOELKOP, [
        ["Verzuim omlaag", "Ziekteverzuim; 2024: 4,8%", "4,0% of lager", "2027", "rector"],
        ["Alle lessen bevoegd gegeven", "Aandeel lessen door bevoegde docent; 2024: 91%", "96%",
         "augustus 2028", "conrector onderwijs"],
        ["Gesprekscyclus volledig", "Medewerkers met afgerond ontwikkelgesprek; 2024: 84%", "100%",
         "jaarlijks vanaf 2025-2026", "teamleiders"],
        ["Leerkring groeit", "Deelnemers Leerkring; 2024-2025: 34", "50 docenten", "2027-2028",
         "coördinator Leerkring"],
        ["Betrokkenheid bij ASG", "MTO 'voelt zich betrokken bij ASG'; 2024: 58%", "70%",
         "MTO november 2027", "rector"],
        ["Scholing zichtbaar", "Medewerkers met scholing in Academieportaal; 2024: 64%", "100%",
         "juli 2026", "conrector bedrijfsvoering"],
    ]),

    ("h1", "5. Venster 3: De meerwaarde van ASG"),
    ("p", "Het Weerwater Lyceum is een van de scholen van ASG. Wij zien die verbondenheid vooral terug in "
          "de ontmoetingen tussen collega's, in de samenwerking tussen secties van verschillende scholen en "
          "in de doorlopende leerlijn van basisschool naar voortgezet onderwijs."),
    ("h2", "5.1 Ontmoeten binnen ASG"),
    ("p", "Alle nieuwe medewerkers gaan in hun eerste jaar naar ASG Start, de bijeenkomst voor nieuwe "
          "collega's die twee keer per jaar wordt georganiseerd; in 2024-2025 gingen zeven van de elf nieuwe "
          "collega's. De rector en de conrectoren nemen deel aan de Koersplandagen voor leidinggevenden, de "
          "teamleiders aan het netwerk van teamleiders voortgezet onderwijs binnen ASG, dat vier keer per jaar "
          "bijeenkomt. Onze examensecretaris overlegt vier keer per jaar met de examensecretarissen van de "
          "andere ASG-scholen voor voortgezet onderwijs. Voor de lezingen van 'Een avondje uit met ASG' "
          "reserveren wij elk jaar twaalf kaarten, die via het personeelsbericht worden verloot."),
    ("h2", "5.2 Secties die samenwerken"),
    ("p", "Vijf van onze zeventien secties hebben een vaste samenwerking met een sectie van een andere "
          "ASG-school. De sectie klassieke talen maakt met de sectie van het Polderlicht College een "
          "gezamenlijke schoolexamentoets voor Latijn in vwo 5 en organiseert de Romereis om het jaar samen. "
          "De sectie natuurkunde deelt practicummateriaal en een toa-dag per maand met het Polderlicht "
          "College. De secties Duits en informatica, waarin het moeilijk is vacatures te vervullen, hebben "
          "met twee andere ASG-scholen afgesproken elkaar bij langdurige afwezigheid te helpen met lesmateriaal "
          "en toetsen. De sectie LO organiseert jaarlijks met drie ASG-scholen het Almeerse scholentoernooi."),
    ("h2", "5.3 Doorlopende leerlijnen met andere ASG-scholen"),
    ("p", "Op woensdagmiddag volgen leerlingen uit groep 8 van ASG-basisscholen bij ons de plusklas, met "
          "lessen Latijn, filosofie en onderzoek (2024-2025: 38 leerlingen van vijf scholen). In maart "
          "organiseren wij kijkochtenden voor groep 7. Voor leerlingen met een vmbo-t-diploma van het "
          "Kustlijn College, een ASG-school voor vmbo, bieden wij in het laatste halfjaar van hun vmbo-"
          "opleiding een schakelprogramma voor wiskunde en Engels aan, gegeven door onze docenten op hun "
          "school; in 2024 stroomden 21 van hen in havo 4 in. Omgekeerd zorgen wij bij leerlingen die van "
          "de havo naar het vmbo overstappen voor een warme overdracht met een gesprek tussen beide mentoren. "
          "Zo hoeft een leerling die van niveau wisselt, niet opnieuw te beginnen."),
    ("h2", "5.4 Kernwaarde: Vooruitstrevend"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds inhoud te geven. Het "
          "Onderzoekslab en de keuzewerkuren (3.2) en de Leerkring (4.3) zijn daarvan de bekendste "
          "voorbeelden. In 2025-2026 onderzoeken de secties Nederlands en geschiedenis in een pilot hoe "
          "leerlingen generatieve AI verantwoord kunnen gebruiken bij schrijfopdrachten in havo 4; de "
          "bevindingen worden gepresenteerd op de studiedag van februari 2026 en bepalen of wij de aanpak in "
          "2026-2027 schoolbreed invoeren."),
    ("h2", "5.5 Doelen venster 3"),
    ("tab", DOELKOP, [
        ["Meer secties werken samen", "Secties met vaste samenwerking met een andere ASG-school; 2024: 5 van 17",
         "10 van 17", "2027-2028", "conrector onderwijs"],
        ["Alle nieuwe collega's naar ASG Start", "Nieuwe medewerkers die ASG Start bezochten; 2024-2025: 7 van 11",
         "alle nieuwe medewerkers in hun eerste jaar", "jaarlijks vanaf 2025-2026", "P&O-adviseur school"],
        ["Plusklas groeit", "Deelnemers plusklas groep 8; 2024-2025: 38 van 5 scholen",
         "60 leerlingen van 8 scholen", "2026-2027", "teamleider onderbouw"],
        ["Schakelprogramma vmbo-havo werkt", "Instromers vmbo-t bevorderd naar havo 5; 2024: 71%", "80%",
         "juni 2027", "teamleider havo"],
    ]),

    ("h1", "6. Venster 4: Partnerschap"),
    ("p", "Onderwijs speelt zich niet alleen binnen de schoolmuren af. Wij werken proactief samen met een "
          "breed scala aan partners. De belangrijkste partners zijn de ouders van onze leerlingen; daarna "
          "volgen de medezeggenschap, organisaties in de stad en de lerarenopleidingen."),
    ("h2", "6.1 Ouders"),
    ("p", "Ouders volgen de cijfers, de aanwezigheid en het huiswerk van hun kind in Magister. Elke "
          "vrijdag verschijnt het Weerwater Wekelijks met nieuws en data. De mentor is het eerste "
          "aanspreekpunt; wij hebben afgesproken dat mentoren binnen twee werkdagen reageren op een bericht "
          "van ouders. In september is er per leerjaar een informatieavond. Na de eerste en de derde periode "
          "zijn er driehoeksgesprekken van leerling, ouders en mentor, waarin de leerling zelf vertelt hoe "
          "het gaat en wat hij zich voorneemt; in klas 1 kwam in 2024 81 procent van de ouders. Het "
          "ouderpanel (twintig ouders uit alle leerjaren) komt drie keer per jaar bij elkaar met de rector "
          "en denkt mee over onderwerpen zoals het huiswerkbeleid, de mobiele telefoon en de "
          "communicatie. Ouders van leerlingen met extra ondersteuning zijn bij elk gesprek over het "
          "ontwikkelingsperspectief aanwezig."),
    ("h2", "6.2 Medezeggenschap en leerlingenraad"),
    ("p", "De MR heeft twaalf leden: zes medewerkers, drie ouders en drie leerlingen. Zij vergadert zeven "
          "keer per jaar; de rector is bij het eerste deel van elke vergadering aanwezig. Wij betrekken de MR "
          "bij voorgenomen beleid al in de ideefase: twee keer per jaar is er een themabijeenkomst van MR en "
          "schoolleiding waarin plannen worden besproken voordat er een voorstel ligt. In 2024-2025 ging dat "
          "over de keuzewerkuren, de lessentabel van de onderbouw en het telefoonbeleid. Voor dit schoolplan "
          "is de MR drie keer als klankbord gebruikt (zie 1.1); de MR heeft op 23 juni 2025 ingestemd met "
          "dit schoolplan. De leerlingenraad (3.3) heeft een eigen budget van 2.500 euro per jaar."),
    ("h2", "6.3 Partners in de stad"),
    ("p", "De maatschappelijke stage in klas 3 (3.3) lopen leerlingen bij ruim veertig organisaties in de "
          "buurt van de school, waaronder woonzorgcentrum De Olijfboom, de Voedselbank Almere, het "
          "buurthuis in Stedenwijk en Nieuw Land Erfgoedcentrum. Leerlingen met een natuurprofiel lopen "
          "een snuffelstage in het Flevoziekenhuis. De wijkagent houdt eens per maand een spreekuur op "
          "school en geeft in klas 2 een les over vuurwerk en veiligheid. Voor culturele en kunstzinnige "
          "vorming werken wij met Kunstlinie Almere Flevoland, waar alle leerlingen van klas 4 een "
          "voorstelling bezoeken. Voor loopbaanoriëntatie organiseren wij met het Almeers ondernemersnetwerk "
          "jaarlijks de beroepenavond voor havo 4 en vwo 5, met ongeveer zestig beroepsbeoefenaars. Met "
          "Hogeschool Windesheim Almere en de Universiteit Utrecht hebben wij afspraken over meeloopdagen en "
          "het pre-universitaire programma (3.4)."),
    ("h2", "6.4 Samen het lerarentekort aanpakken"),
    ("p", "Het lerarentekort raakt ook ons, vooral in de bètavakken en Duits. Daarom zijn wij partner in de "
          "Opleidingsschool Almere-Flevoland, waarin zeven schoolbesturen voor voortgezet onderwijs in Almere "
          "en Lelystad samen met drie lerarenopleidingen studenten opleiden. Onze school begeleidt jaarlijks "
          "achttien studenten, met twee schoolopleiders en 24 werkplekbegeleiders. In 2024 zijn vier van hen "
          "na hun opleiding bij ons in dienst gekomen. Met de andere besturen van de Opleidingsschool hebben wij "
          "afgesproken dat een student die bij ons geen plek vindt, voorrang krijgt bij een sollicitatie op "
          "een andere school in de regio."),
    ("h2", "6.5 Kernwaarde: Open"),
    ("p", "Open zijn betekent voor ons dat wij eerlijk en duidelijk communiceren met leerlingen en ouders "
          "(6.1) en dat wij respectvol met elkaar omgaan, zoals de Weerwatercode vraagt (3.6). Met een open "
          "blik kijken wij naar de verscheidenheid van onze leerlingen en collega's."),
    ("h2", "6.6 Doelen venster 4"),
    ("tab", DOELKOP, [
        ["Ouders bij driehoeksgesprek", "Opkomst ouders driehoeksgesprek klas 1; 2024: 81%", "90%",
         "2026-2027", "teamleider onderbouw"],
        ["Ouderpanel breed samengesteld", "Leerjaren vertegenwoordigd in ouderpanel; 2024: 4 van 6", "6 van 6",
         "september 2025", "rector"],
        ["MR vroeg betrokken", "Themabijeenkomsten MR en schoolleiding per jaar; 2024-2025: 2",
         "minimaal 2, evaluatie met MR", "jaarlijks in juni", "rector"],
        ["Maatschappelijke stage voor iedereen", "Leerlingen klas 3 met afgeronde stage; 2024: 93%", "100%",
         "juli 2026", "sectie maatschappijleer"],
        ["Meer studenten blijven", "Studenten Opleidingsschool die bij ons in dienst komen; 2024: 4",
         "6 per jaar", "2027-2028", "schoolopleider"],
    ]),

    ("h1", "7. Feiten en cijfers"),
    ("h2", "7.1 Leerlingaantallen"),
    ("p", "Het aantal leerlingen groeit licht. De aanmeldingen voor de brugklas lagen in 2025 met 312 "
          "leerlingen op koers met de prognose. Op de open dagen van 24 januari en 8 februari 2025 kwamen "
          "ongeveer 1.300 bezoekers. Gezien de woningbouw in Almere Pampus en het Centrum verwachten wij tot "
          "2029 een groei naar ongeveer 1.480 leerlingen."),
    ("tab", ["Teldatum 1 oktober", "Havo", "Atheneum", "Gymnasium", "Totaal"], [
        ["2021", "628", "478", "250", "1.356"],
        ["2022", "641", "489", "258", "1.388"],
        ["2023", "647", "492", "263", "1.402"],
        ["2024", "652", "498", "270", "1.420"],
        ["2028 (prognose)", "670", "520", "285", "1.475"],
    ]),
    ("h2", "7.2 Examenresultaten"),
    ("p", "De slagingspercentages van de afgelopen drie jaar staan hieronder. De havo blijft achter bij het "
          "vwo; het doel in 3.9 is daarop gericht. Het gemiddelde cijfer voor het centraal examen lag in 2024 "
          "op 6,4 (havo) en 6,6 (vwo)."),
    ("tab", ["Examenjaar", "Havo", "Atheneum", "Gymnasium"], [
        ["2022", "88%", "91%", "96%"],
        ["2023", "84%", "89%", "94%"],
        ["2024", "87%", "93%", "97%"],
    ]),
    ("h2", "7.3 Financiën"),
    ("p", "De begroting 2025 heeft een omvang van 15,8 miljoen euro aan baten. De personele lasten zijn 81 "
          "procent van de totale lasten, de huisvestingslasten 7 procent. De school heeft een kleine "
          "bestemmingsreserve van 310.000 euro voor de vervanging van meubilair. De meerjarenbegroting heeft "
          "een horizon tot en met 2029 en is sluitend, mits het leerlingenaantal op koers blijft. Jaarlijks "
          "investeren wij ongeveer 420.000 euro: 180.000 euro in ICT (waaronder de laptops voor docenten), "
          "90.000 euro in meubilair en 150.000 euro in leermiddelen en practicum. De vrijwillige ouderbijdrage "
          "is 75 euro; in 2024 betaalde 82 procent van de ouders. De conrector bedrijfsvoering rapporteert "
          "elk kwartaal over de uitputting van de begroting."),
    ("h2", "7.4 Het gebouw"),
    ("p", "Het hoofdgebouw (A-vleugel, 1994) en de B-vleugel (2008) hebben samen 11.600 vierkante meter, "
          "met 52 theorielokalen, acht practicumlokalen, twee gymzalen en een aula. De aula is sinds de "
          "verbouwing van 2019 een ontmoetingsplek met een kantine. In de zomer van 2026 worden de vensters "
          "van de B-vleugel vervangen door HR++-glas en krijgt de A-vleugel mechanische ventilatie met "
          "CO2-sturing, omdat de luchtkwaliteit in veertien lokalen in 2024 niet voldeed aan de norm. Het is "
          "een ambitieus plan, dat de gemeente Almere voor een deel financiert. Het draadloze netwerk is in "
          "2024 vernieuwd met 68 access points. De klimaatsystemen worden onderhouden door een externe partner "
          "met een contract tot 2028. Mobiliteit is een blijvend punt: 86 procent van de leerlingen komt "
          "op de fiets, en de stalling met 1.100 plekken is in de ochtend vol."),
    ("h2", "7.5 Aanmelding en toelating"),
    ("p", "Wij laten leerlingen toe op basis van het schooladvies van de basisschool: een havo-, havo/vwo- "
          "of vwo-advies. Voor de brugklas gymnasium is een vwo-advies nodig. Broers en zussen van "
          "leerlingen hebben voorrang. Als er meer aanmeldingen zijn dan plaatsen, wordt geloot volgens de "
          "afspraken die de Almeerse scholen voor voortgezet onderwijs daarover hebben gemaakt; dat is tot nu "
          "toe niet nodig geweest, al kwam het gymnasium in 2025 met 92 aanmeldingen voor 96 plaatsen dicht "
          "in de buurt."),
    ("h2", "7.6 Schooltijden"),
    ("p", "De lessen beginnen om 8.30 uur en eindigen uiterlijk om 16.10 uur. Er is een pauze van twintig "
          "minuten om 10.10 uur en van dertig minuten om 12.20 uur. Het jaarrooster met vakanties en "
          "studiedagen staat in de schoolgids."),

    ("h1", "8. Meerjarenplanning"),
    ("p", "De tabel geeft per schooljaar de belangrijkste stappen. De afdelingen werken ze uit in hun "
          "jaarplan; de voortgang wordt in februari en juli geëvalueerd."),
    ("tab", ["Schooljaar", "Onderwijs", "Personeel", "ASG en partners"], [
        ["2025-2026", "start curriculumherziening onderbouw; pilot AI bij schrijven havo 4; lessen online gedrag",
         "vaste gespreksweek per afdeling; cursus slaap en herstel", "alle nieuwe collega's naar ASG Start; "
         "ouderpanel compleet"],
        ["2026-2027", "leerlijn digitale geletterdheid klas 1; evaluatie keuzewerkuren havo 4",
         "Leerkring naar 42 deelnemers", "plusklas naar 8 basisscholen; twee nieuwe sectiesamenwerkingen"],
        ["2027-2028", "digitale geletterdheid klas 1-2; interne audit vwo bovenbouw",
         "verzuim 4,0%; MTO", "evaluatie schakelprogramma vmbo-havo"],
        ["2028-2029", "digitale geletterdheid klas 1-3; evaluatie schoolplan; nieuw schoolplan",
         "96% bevoegd", "evaluatie partnerschappen"],
    ]),

    ("h1", "9. Vaststelling"),
    ("p", "Dit schoolplan is opgesteld door de schoolleiding van het Weerwater Lyceum. De "
          "medezeggenschapsraad heeft op 23 juni 2025 met het plan ingestemd. Het College van Bestuur van "
          "de Almeerse Scholen Groep heeft het plan vastgesteld op 7 juli 2025."),
    ("tab", ["Namens", "Naam", "Datum", "Handtekening"], [
        ["Schoolleiding Weerwater Lyceum", "Joost Verhagen, rector", "", ""],
        ["Medezeggenschapsraad", "Ilse de Boer, voorzitter", "23 juni 2025", ""],
        ["College van Bestuur ASG", "", "7 juli 2025", ""],
    ]),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    kern = doc.core_properties
    kern.title = "Schoolplan 2025-2029 Weerwater Lyceum"
    kern.author = "Joost Verhagen"
    kern.last_modified_by = "Selma Aydın"
    kern.language = "nl-NL"
    kern.created = VASTE_TIJD
    kern.modified = VASTE_TIJD
    kern.revision = 12

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Weerwater Lyceum | Schoolplan 2025-2029 | ")
    page_field(voet)

    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run("Weerwater Lyceum")
    r.bold = True
    r.font.size = Pt(24)
    doc.add_paragraph("Schoolplan 2025-2029", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("Leren met uitzicht")
    r.italic = True
    r.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    for regel in ("Havo, atheneum en gymnasium - algemeen-bijzonder",
                  "Almere Stad",
                  "Brinnummer 28LW",
                  "Periode: 1 augustus 2025 tot en met 31 juli 2029",
                  "Onderdeel van de Almeerse Scholen Groep"):
        doc.add_paragraph(regel)
    doc.add_page_break()

    doc.add_paragraph("Inhoudsopgave", style="Heading 1")
    toc_field(doc.add_paragraph())
    doc.add_page_break()

    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_paragraph(blok[1], style="Heading 1")
        elif soort == "h2":
            doc.add_paragraph(blok[1], style="Heading 2")
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "bul":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "tab":
            tabel(doc, blok[1], blok[2])
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, VASTE_TIJD)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_70_weerwater_lyceum.docx")
