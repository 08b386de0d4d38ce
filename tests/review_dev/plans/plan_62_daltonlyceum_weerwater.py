"""Schoolplan 2023-2027 van Daltonlyceum Weerwater (Almere Stad): een algemeen-bijzondere school voor
havo en vwo die het plan ordent naar vier eigen thema's, met doeltabellen waarvan de laatste kolom het
venster van Koers 22 noemt, een rijk hoofdstuk over het personeel en een over partners, een paar
herhaalde koerszinnen en een praktisch hoofdstuk (schooltijden, gebouw, budget) waarin woorden van de
koers in een andere betekenis voorkomen. De MR heeft alleen geadviseerd."""
from __future__ import annotations

import datetime
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

MOMENT = datetime.datetime(2023, 6, 27, 10, 30, 0)


# --- Word plumbing (copied from docx_parts.py) -------------------------------------------------

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


# --- De tekst van het plan ------------------------------------------------------------------

SCHOOL = "Daltonlyceum Weerwater"

COLOFON = [
    ("School", "Daltonlyceum Weerwater, algemeen-bijzondere school voor havo en vwo"),
    ("BRIN", "31FW"),
    ("Adres", "Esplanade-oost 8, 1315 HB Almere"),
    ("Bevoegd gezag", "Almeerse Scholen Groep (ASG)"),
    ("Rector", "Machteld Overbeek"),
    ("Conrector onderwijs en kwaliteit", "Youssef Amrani"),
    ("Planperiode", "schooljaren 2023-2024 tot en met 2026-2027"),
    ("Versie", "definitief, juni 2023"),
]

KOP_DOELEN = ["Doel", "Aanpak", "Wanneer", "Meetbaar resultaat", "Venster"]
BREEDTE_DOELEN = [3.2, 5.0, 2.4, 3.8, 2.6]

INHOUD = [
    ("h1", "Voorwoord"),
    ("p", "Ruimte om te groeien: dat is wat wij onze leerlingen willen geven, en ook onze collega's. In "
          "dit schoolplan leggen wij vast waar Daltonlyceum Weerwater de komende vier jaar aan werkt. Het "
          "plan is geen optelsom van alles wat wij doen, maar een keuze. Wij hebben ons afgevraagd wat "
          "onze leerlingen in 2027 nodig hebben, wat er goed gaat en wat beter moet."),
    ("p", "Aan het plan is ruim een jaar gewerkt. In het voorjaar van 2022 hebben secties, leerlingen en "
          "ouders in vier bijeenkomsten gesproken over de toekomst van het lyceum. Op de studiedag van 14 "
          "november 2022 heeft het hele personeel de vragen uit de ASG Koerswijzer besproken. De "
          "schoolleiding heeft daarna de opbrengst geordend in vier thema's. Die thema's vormen de "
          "hoofdstukken van dit plan. Per thema beschrijven wij wat wij willen bereiken, hoe wij dat doen "
          "en wanneer. In de doeltabellen staat in de laatste kolom bij welk venster van Koers 22, het "
          "strategisch beleid van ASG, een doel hoort."),
    ("p", "Ik dank iedereen die heeft meegedacht, in het bijzonder de medezeggenschapsraad en de "
          "leerlingenraad, die kritische en nuttige vragen hebben gesteld."),
    ("p", "Machteld Overbeek, rector"),

    ("h1", "Ons lyceum"),
    ("h2", "Kerngegevens"),
    ("p", "Daltonlyceum Weerwater staat sinds 2002 aan de oostkant van het Weerwater in Almere Stad. Op 1 "
          "oktober 2022 telde de school 1.184 leerlingen: 612 in de havo-afdeling en 572 in het "
          "atheneum. De onderbouw kent havo-klassen, vwo-klassen en in leerjaar 1 en 2 dakpanklassen "
          "havo/vwo. Ruim 70% van de brugklassers komt van een basisschool in Almere Stad of Almere Haven; "
          "ongeveer de helft daarvan van een ASG-basisschool. Er werken 112 medewerkers: 84 docenten, "
          "5 leden van de schoolleiding en 23 onderwijsondersteunende medewerkers."),
    ("h2", "Algemeen-bijzonder en Dalton"),
    ("p", "Weerwater is een algemeen-bijzondere school. Wij gaan niet uit van een levensbeschouwing, "
          "maar van een pedagogische overtuiging: het daltononderwijs van Helen Parkhurst. Leerlingen "
          "van alle achtergronden zijn bij ons welkom. Onze vijf daltonwaarden zijn vrijheid en "
          "verantwoordelijkheid, zelfstandigheid, samenwerking, reflectie en effectiviteit. Sinds 2006 "
          "hebben wij de licentie van de Nederlandse Daltonvereniging. Voor ons betekent dalton vooral: "
          "leerlingen leren keuzes maken over hun eigen leren, en docenten leren hen daarin te begeleiden "
          "in plaats van alles voor te schrijven."),
    ("h2", "Wat de analyse ons leerde"),
    ("p", "Bij de voorbereiding van dit plan hebben wij de resultaten van de afgelopen vier jaar, de "
          "tevredenheidsonderzoeken, het inspectierapport en de gesprekken met leerlingen en ouders naast "
          "elkaar gelegd. Vier conclusies kwamen steeds terug:"),
    ("ul", ["De keuzewerktijd (KWT) is ons visitekaartje, maar leerlingen gebruiken de tijd wisselend. "
            "Vooral in havo 4 plannen veel leerlingen alleen in voor vakken waar zij een achterstand "
            "hebben.",
            "Het slagingspercentage van de havo lag drie jaar onder het landelijk gemiddelde; dat van het "
            "vwo ligt erboven.",
            "Het ziekteverzuim onder medewerkers is te hoog en bijna een derde van het personeel is 55 jaar "
            "of ouder.",
            "Ouders waarderen de school, maar zeggen dat zij soms niet weten wat hun kind in de KWT "
            "doet."]),
    ("p", "Deze conclusies keren terug in de vier thema's: Eigen regie, Sterk onderwijs voor iedereen, Een "
          "lerend team en Lyceum in de stad. Het vijfde hoofdstuk gaat over praktische zaken."),

    ("h1", "Thema 1: Eigen regie"),
    ("p", "Iedereen op ons lyceum is waardevol en wordt gezien. Dat is meer dan een mooie zin: een "
          "leerling die eigen regie moet nemen, heeft iemand nodig die hem kent en die weet wat hij "
          "nodig heeft. Daarom begint eigen regie bij ons met een goede begeleiding."),
    ("h2", "Een warme start"),
    ("p", "Brugklassers beginnen het schooljaar met twee kennismakingsdagen in de laatste week van "
          "augustus en een driedaags kamp op Texel in september. Iedere brugklas krijgt twee tutoren uit "
          "havo 4 of vwo 5, die de eerste tien weken bij het mentoruur aanschuiven en de brugklassers "
          "wegwijs maken. Bezoekers worden bij de hoofdingang ontvangen door leerling-ambassadeurs uit de "
          "bovenbouw, die ook de rondleidingen voor nieuwe ouders en leerlingen verzorgen. Nieuwe "
          "leerlingen die halverwege het jaar instromen, krijgen een vaste buddy in de klas en binnen de "
          "eerste week een gesprek met hun mentor."),
    ("h2", "Mentor als coach"),
    ("p", "Elke leerling heeft een mentor die hem twee jaar begeleidt. Vanaf schooljaar 2023-2024 voert "
          "iedere mentor met elke leerling eens in de zes weken een coachgesprek van vijftien minuten, "
          "gepland in de KWT. In dat gesprek bespreken mentor en leerling de planning, de resultaten en "
          "hoe het met de leerling gaat. Na elke periode is er per klas een leerlingbespreking met alle "
          "docenten van de klas, de teamleider en de ondersteuningscoördinator. Wat daar wordt afgesproken, "
          "komt in het leerlingdossier in Magister en wordt binnen een week met ouders gedeeld."),
    ("h2", "Keuzewerktijd en een flexibeler rooster"),
    ("p", "Alle leerlingen hebben vijf uur KWT per week. In die uren kiezen zij zelf bij welke docent en "
          "aan welk vak zij werken; docenten bieden in de KWT instructie, verdieping en toetsvoorbereiding "
          "aan. Leerlingen plannen hun KWT in via de daltonplanner in Magister. In de onderbouw legt de "
          "mentor de planning elke week kort met de leerling door; in de bovenbouw gebeurt dat in het "
          "coachgesprek."),
    ("p", "In 2024-2025 starten wij in havo 4 een pilot met een flexibeler rooster. De helft van de lessen "
          "is dan vast ingeroosterd; voor de andere helft kiezen leerlingen per week uit een aanbod van "
          "workshops, instructies en werkplekken. De pilot wordt begeleid door de onderzoeksgroep (zie "
          "thema 3) en in juni 2025 geëvalueerd met leerlingen, ouders en docenten. Pas daarna besluiten "
          "wij over uitbreiding naar havo 5 en vwo 4."),
    ("h2", "De lat hoog, voor iedere leerling"),
    ("p", "Wij plaatsen leerlingen liever te hoog dan te laag. Leerlingen met een havo/vwo-advies starten "
          "in een dakpanklas en kiezen pas aan het eind van leerjaar 2 definitief voor havo of vwo. Wij "
          "adviseren dan op basis van resultaten, werkhouding en het gesprek met de leerling, en bij twijfel "
          "kiezen wij voor het hogere niveau met extra begeleiding. Havisten die hun diploma halen met "
          "een gemiddelde van ten minste 6,8 kunnen doorstromen naar vwo 5; in 2022 deden 14 leerlingen "
          "dat. Voor de bovenbouw havo hebben wij als norm dat het slagingspercentage in 2027 ten minste "
          "gelijk is aan het landelijk gemiddelde."),
    ("p", "Van leerlingen en collega's vragen wij dat zij altijd het beste van zichzelf geven. Daar hoort "
          "bij dat wij elkaar daarop aanspreken, en dat wij elkaar ook een compliment geven als iets "
          "goed gaat."),
    ("h2", "Doelen thema 1"),
    ("table", KOP_DOELEN,
     [["Leerlingen benutten de KWT beter", "Coachgesprek elke zes weken; weekcheck planning in onderbouw",
       "2023-2025", "90% van de leerlingen plant KWT voor minstens drie vakken per week (2022: 64%)",
       "Venster 1"],
      ["Pilot flexibel rooster havo 4", "Half vast, half keuzerooster; begeleiding onderzoeksgroep",
       "2024-2025, besluit juni 2025", "Evaluatie met leerlingen, ouders en docenten; waardering KWT in "
       "leerlingenquête ten minste 7,0", "Venster 1"],
      ["Kansrijk plaatsen", "Dakpanklassen leerjaar 1-2; bij twijfel het hogere niveau",
       "Doorlopend", "Onderbouwsnelheid ten minste 96% (2022: 94,1%)", "Venster 1"],
      ["Havo-slagingspercentage omhoog", "Zie thema 2: examentraining en mentoraat havo 5",
       "2023-2027", "Ten minste landelijk gemiddelde in 2027 (2022: 84%)", "Venster 1"]],
     BREEDTE_DOELEN),

    ("h1", "Thema 2: Sterk onderwijs voor iedereen"),
    ("h2", "Ons onderwijsprogramma"),
    ("p", "Ons programma voldoet aan de kerndoelen voor de onderbouw en aan de examenprogramma's voor havo "
          "en vwo. Wij bieden de vier profielen aan: Cultuur en Maatschappij, Economie en Maatschappij, "
          "Natuur en Gezondheid en Natuur en Techniek. Als keuzevakken hebben wij onder meer informatica, "
          "filosofie, kunst (beeldend) en bedrijfseconomie. In de onderbouw krijgen alle leerlingen Frans "
          "en Duits; in het atheneum kan vanaf leerjaar 2 Spaans worden gekozen in plaats van Duits."),
    ("p", "De lessentabel staat in de schoolgids. Een lesuur duurt 45 minuten; de meeste vakken worden in "
          "blokken van twee lesuren gegeven. Leerlingen krijgen over de hele opleiding ruim de wettelijke "
          "onderwijstijd: wij plannen per jaar ten minste 1.000 klokuren, inclusief de KWT, excursies en "
          "projectweken. Voor Nederlands werken wij toe naar referentieniveau 3F aan het eind van de "
          "havo en 4F aan het eind van het vwo. In de onderbouw toetsen wij lezen en rekenen twee keer "
          "per jaar met Cito VAS; leerlingen die onder 2F scoren, krijgen in de KWT een verplicht blok "
          "lezen of rekenen. Het programma van toetsing en afsluiting staat per 1 oktober voor elk "
          "examenjaar in Magister."),
    ("h2", "Een curriculum voor morgen"),
    ("p", "In 2024-2026 herzien wij het curriculum van de onderbouw. Een werkgroep van zes docenten uit "
          "verschillende secties brengt in 2023-2024 in kaart waar de vakken overlappen en wat ontbreekt. "
          "Twee onderwerpen krijgen zeker een vaste plek: digitale geletterdheid en burgerschap. Voor "
          "digitale geletterdheid komt er in leerjaar 1 en 2 een vak Informatica en media van één uur per "
          "week, gegeven door de sectie informatica. In leerjaar 3 werken de leerlingen in de projectweek "
          "van maart aan een programmeerproject. Vanaf 2025-2026 loopt het nieuwe programma in alle "
          "onderbouwklassen."),
    ("h2", "Burgerschap"),
    ("p", "Burgerschap heeft een leerlijn die loopt van leerjaar 1 tot het examenjaar. In de mentorlessen "
          "van de onderbouw werken leerlingen aan thema's als nieuws en nepnieuws, online gedrag en "
          "democratie. In leerjaar 3 doet iedere leerling een maatschappelijk project van twintig uur, "
          "bijvoorbeeld bij een buurthuis of een sportvereniging (zie thema 4). In de bovenbouw volgen "
          "alle leerlingen maatschappijleer en doen de examenklassen mee aan de Scholierenverkiezingen. "
          "De leerlingenraad kiest elk jaar zelf een thema voor de debatmiddag in februari. De leerlijn "
          "wordt in 2024-2025 vastgelegd in het nieuwe onderbouwcurriculum, zodat per leerjaar duidelijk is "
          "welke kennis en vaardigheden aan bod komen."),
    ("h2", "Kwaliteit en kwaliteitszorg"),
    ("p", "Bij het vierjaarlijks onderzoek van de inspectie in 2021 kregen beide afdelingen het oordeel "
          "voldoende; Kwaliteitszorg en Onderwijsproces werden als sterke punten genoemd. De resultaten "
          "van de afgelopen drie examenjaren:"),
    ("table", ["Examenjaar", "Geslaagd havo", "Geslaagd vwo", "Onderbouwsnelheid"],
     [["2020", "89%", "95%", "95,2%"],
      ["2021", "86%", "93%", "94,8%"],
      ["2022", "84%", "91%", "94,1%"]],
     [3.0, 3.0, 3.0, 3.5]),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarkalender. In oktober analyseren de secties de "
          "examenresultaten en stellen zij hun sectieplan bij. In november en april bezoeken teamleiders "
          "alle docenten in de klas met de kijkwijzer Daltonles. In februari vullen leerlingen de "
          "tevredenheidsenquête van Kwaliteitscholen in, ouders om het jaar. Na elke periode bespreekt de "
          "schoolleiding de cijfers per klas en vak met de teamleiders. Het jaarplan wordt in september "
          "vastgesteld en in juli geëvalueerd in het jaarverslag; de voortgang rapporteren wij elk kwartaal "
          "aan het bestuur."),
    ("p", "Ook wij werken aan een collectieve leercultuur die gericht is op voortdurend verbeteren en "
          "vernieuwen."),
    ("h2", "Ondersteuning"),
    ("p", "Ons schoolondersteuningsprofiel is in april 2023 vernieuwd. Tot de basisondersteuning horen de "
          "begeleiding door de mentor, faciliteiten bij dyslexie en dyscalculie (extra tijd, auditieve "
          "ondersteuning), een faalangstreductietraining in leerjaar 2 en 4, huiswerkbegeleiding op "
          "maandag en donderdag en de begeleiding van hoogbegaafde leerlingen in een plusprogramma. Voor "
          "extra ondersteuning hebben wij twee ondersteuningscoördinatoren, een orthopedagoog (0,6 fte) "
          "en de trajectvoorziening Het Anker, waar leerlingen tijdelijk een deel van hun lessen kunnen "
          "volgen. Wat wij niet kunnen bieden, is langdurige één-op-één-begeleiding of een prikkelarme "
          "klas voor de hele schooldag; dat staat ook zo in het profiel."),
    ("p", "Als een leerling meer nodig heeft dan wij kunnen bieden, zoeken wij samen met de ouders en het "
          "Samenwerkingsverband Passend Onderwijs Almere naar een passende plek. In 2022-2023 ging het om "
          "vier leerlingen; zij hadden alle vier binnen zes weken een nieuwe school. Leerlingen die op de "
          "havo vastlopen, kunnen op grond van een afspraak met het Kwadrant College, een ASG-school met "
          "mavo en havo, aan het eind van leerjaar 3 of 4 zonder wachttijd overstappen naar mavo 4. Het "
          "Kwadrant College en wij maken elk jaar in juni samen de overstaplijst op."),
    ("h2", "Veiligheid"),
    ("p", "Ons veiligheidsplan is in 2022 herzien. De school heeft twee vertrouwenspersonen, een "
          "anti-pestcoördinator en een vaste wijkagent als contactpersoon. Incidenten worden geregistreerd "
          "in Magister en elk kwartaal besproken in de schoolleiding. In de mentorlessen van leerjaar 1 "
          "maken de klassen in de eerste weken eigen klassenafspraken. Vanaf januari 2024 gaan mobiele "
          "telefoons tijdens de lessen in de telefoontas. In de leerlingenquête van 2023 gaf 93% van de "
          "leerlingen aan zich veilig te voelen op school; bij de brugklassers was dat 95%."),
    ("h2", "Open naar ouders en leerlingen"),
    ("p", "Ouders en leerlingen kunnen alle cijfers, de planning en de verslagen van de "
          "leerlingbesprekingen inzien in Magister. Docenten zetten een cijfer uiterlijk tien werkdagen "
          "na de toets in Magister. Ouders ontvangen elke maand de nieuwsbrief Weerwater Weekt, en de "
          "mentor is hun eerste aanspreekpunt: hij reageert binnen twee werkdagen op een bericht. Voor "
          "de KWT komt er in 2023-2024 een wekelijks overzicht in de ouderapp, zodat ouders zien waaraan "
          "hun kind heeft gewerkt."),
    ("h2", "Doelen thema 2"),
    ("table", KOP_DOELEN,
     [["Nieuw onderbouwcurriculum", "Werkgroep 2023-2024; Informatica en media in leerjaar 1-2; "
       "leerlijn burgerschap", "2023-2026", "Vanaf 2025-2026 in alle onderbouwklassen ingevoerd",
       "Venster 1"],
      ["Havo-examenresultaten verbeteren", "Examentraining in de KWT van havo 5; sectieanalyse in "
       "oktober", "2023-2027", "Slagingspercentage havo ten minste landelijk gemiddelde", "Venster 1"],
      ["Lezen en rekenen op niveau", "Cito VAS twee keer per jaar; verplicht KWT-blok onder 2F",
       "Vanaf 2023-2024", "Aan het eind van leerjaar 3 haalt 90% niveau 2F", "Venster 1"],
      ["KWT zichtbaar voor ouders", "Wekelijks KWT-overzicht in de ouderapp", "2023-2024",
       "In de ouderenquête 2025 geeft 75% aan te weten wat het kind in de KWT doet", "Venster 4"]],
     BREEDTE_DOELEN),

    ("h1", "Thema 3: Een lerend team"),
    ("p", "Onze leerlingen leren het best van docenten die zelf blijven leren. Daarom is dit het "
          "uitgebreidste thema van het plan."),
    ("h2", "Ons team in cijfers"),
    ("p", "Van de 112 medewerkers is 31% 55 jaar of ouder en 17% jonger dan 30. De gemiddelde leeftijd is "
          "44 jaar. In 2022 was het ziekteverzuim 6,1%, ruim boven het gemiddelde in het voortgezet "
          "onderwijs. Zes docenten zijn nog niet bevoegd voor het vak dat zij geven. In het "
          "medewerkerstevredenheidsonderzoek van november 2022 gaf 78% aan trots te zijn op de school; "
          "de werkdruk kreeg een 5,9."),
    ("h2", "Professionalisering"),
    ("p", "Iedere medewerker formuleert in het jaargesprek een eigen ontwikkelvraag en kiest zelf hoe hij "
          "daaraan werkt. Daarvoor heeft iedere docent naast het cao-budget een schoolbudget van €400 per "
          "jaar en 40 uur in de jaartaak. Hij kan daarvoor een cursus of programma van de ASG Academie "
          "volgen, bij een collega meelopen, een opleiding volgen of aansluiten bij de onderzoeksgroep. "
          "Naast de eigen keuze zijn er vier gezamenlijke studiedagen per jaar. In 2023-2025 staan die in "
          "het teken van coachen in de KWT en formatief evalueren. Nieuwe docenten halen binnen twee jaar "
          "het daltoncertificaat; de cursus van acht bijeenkomsten wordt gegeven door onze twee "
          "daltoncoördinatoren."),
    ("h2", "Leren van en met elkaar"),
    ("p", "Sinds 2021 bestaat de onderzoeksgroep Weerwater Onderzoekt: acht docenten die onder begeleiding "
          "van een lector van Hogeschool Windesheim elk jaar twee praktijkonderzoeken doen naar vragen "
          "uit de school. Eerdere onderzoeken gingen over feedback in de KWT en over de overstap van havo "
          "naar vwo. De groep presenteert haar bevindingen elk jaar in juni aan het hele personeel; daarna "
          "besluit de schoolleiding wat wij ermee doen. Daarnaast werken de secties in professionele "
          "leergemeenschappen: iedere sectie kiest per jaar een lesontwerpvraag en bespreekt die in "
          "zes sectiebijeenkomsten. Elke docent bezoekt twee keer per jaar een les van een collega uit "
          "een andere sectie."),
    ("p", "Ook buiten de school zoeken secties elkaar op. De secties Frans en Duits maken sinds 2022 samen "
          "met de talensecties van twee andere ASG-scholen de schoolexamens luistervaardigheid voor havo "
          "4 en 5; zij komen daarvoor drie keer per jaar bij elkaar. Onze examensecretaris neemt deel aan "
          "het overleg van de examensecretarissen van de ASG-scholen voor voortgezet onderwijs. Wat wij "
          "leren, delen wij met andere ASG-scholen tijdens conferenties en ASG-brede studiedagen."),
    ("h2", "Gesprekscyclus"),
    ("p", "Iedere medewerker heeft elk jaar vóór 1 december een jaargesprek met zijn teamleider of, voor "
          "het onderwijsondersteunend personeel, met de conrector bedrijfsvoering. In dat gesprek komen de "
          "ontwikkelvraag, het welbevinden en de inzet in de jaartaak aan de orde. Eens in de drie jaar "
          "volgt een beoordelingsgesprek, waarvoor de teamleider twee lesbezoeken aflegt. De verslagen en "
          "het bekwaamheidsdossier staan in Youforce. Eind 2022 had 96% van de medewerkers een "
          "jaargesprek gehad; ons doel is 100%."),
    ("h2", "Opleiden en bevoegd worden"),
    ("p", "Alle zes onbevoegde docenten volgen een lerarenopleiding. Zij krijgen een vaste coach uit de "
          "eigen sectie, vier uur studieverlof per week in hun rooster en geen mentoraat zolang zij "
          "studeren. De schoolopleider spreekt hen eens per periode. Wij verwachten dat vier van hen in "
          "2025 hun bevoegdheid hebben en de andere twee in 2026."),
    ("p", "Wij zijn opleidingsschool binnen Samen Opleiden Flevoland, het partnerschap van ASG, twee "
          "andere Almeerse schoolbesturen en Hogeschool Windesheim. Elk jaar begeleiden wij ongeveer "
          "veertien studenten, onder wie zij-instromers. Zo dragen wij bij aan het opleiden van nieuwe "
          "leraren voor Almere; in de afgelopen twee jaar zijn vijf van onze stagiairs bij ons in dienst "
          "gekomen."),
    ("h2", "Welbevinden in elke levensfase"),
    ("p", "Wij kijken naar wat collega's in hun fase van het leven nodig hebben. Startende docenten geven "
          "het eerste jaar twee lesuren minder en hebben een coach. Collega's met jonge kinderen kunnen "
          "een voorkeur voor begin- en eindtijden opgeven, die wij bij het maken van het rooster zoveel "
          "mogelijk volgen. Collega's van 57 jaar en ouder bespreken in het jaargesprek hoe zij hun "
          "budget voor duurzame inzetbaarheid willen gebruiken. De werkdrukmiddelen zetten wij in voor "
          "twee extra onderwijsassistenten die surveillances en de KWT-administratie overnemen; iedere "
          "sectie bespreekt de werkdruk elk jaar in mei in een sectiebijeenkomst."),
    ("h2", "Vitaal en gezond"),
    ("p", "Wij willen het verzuim in 2026 terugbrengen tot hoogstens 5%. Daarvoor houdt de bedrijfsarts "
          "een maandelijks preventief spreekuur op school, waar medewerkers zonder melding terecht kunnen. "
          "Teamleiders nemen bij ieder kortdurend verzuim binnen een week contact op en voeren bij een "
          "derde melding in een jaar een verzuimgesprek. Op dinsdag na het zevende uur is de gymzaal open "
          "voor een sportuur van collega's onder leiding van een docent lichamelijke opvoeding."),
    ("h2", "Betrokken en trots"),
    ("p", "Nieuwe collega's volgen het introductieprogramma Landen op Weerwater: een buddy, drie "
          "bijeenkomsten in het eerste halfjaar en een gesprek met de rector na honderd dagen. Elk jaar "
          "sluiten wij af met een personeelsdag die door een commissie van collega's wordt georganiseerd. "
          "Wij willen dat in het medewerkerstevredenheidsonderzoek van 2024 en 2026 ten minste 85% van de "
          "collega's trots is op de school."),
    ("p", "Collega's ervaren bij ons erkenning voor hun professionaliteit en expertise en voelen zich "
          "gezien."),
    ("h2", "Doelen thema 3"),
    ("table", KOP_DOELEN,
     [["Iedereen werkt aan een eigen ontwikkelvraag", "Ontwikkelvraag in jaargesprek; €400 en 40 uur "
       "per docent", "Jaarlijks", "100% van de medewerkers heeft een jaargesprek met ontwikkelvraag "
       "(2022: 96%)", "Venster 2"],
      ["Alle docenten bevoegd", "Coach, vier uur studieverlof, schoolopleider", "2023-2026",
       "Vier docenten bevoegd in 2025, twee in 2026", "Venster 2"],
      ["Lager ziekteverzuim", "Preventief spreekuur, verzuimgesprekken, sportuur", "2023-2026",
       "Verzuim hoogstens 5% in 2026 (2022: 6,1%)", "Venster 2"],
      ["Trotse medewerkers", "Landen op Weerwater, personeelsdag", "MTO 2024 en 2026",
       "Ten minste 85% trots (2022: 78%); werkdruk ten minste 6,5", "Venster 2"],
      ["Samen toetsen met ASG-scholen", "Gezamenlijke SE's luistervaardigheid Frans en Duits",
       "Vanaf 2023-2024", "Alle SE's luistervaardigheid havo 4-5 gezamenlijk gemaakt", "Venster 3"]],
     BREEDTE_DOELEN),

    ("h1", "Thema 4: Lyceum in de stad"),
    ("p", "Een daltonschool leert leerlingen verantwoordelijkheid te nemen, en dat kan niet alleen binnen "
          "de muren van de school. Almere is een jonge stad met veel kansen en ook met forse uitdagingen. "
          "Wij willen dat onze leerlingen de stad leren kennen en dat de stad de school kent. Wij gaan "
          "respectvol om met iedereen, binnen en buiten de school."),
    ("h2", "Ouders"),
    ("p", "In oktober voert iedere mentor een driegesprek met leerling en ouders, waarin de leerling zelf "
          "vertelt hoe het gaat en wat zijn doelen zijn voor het jaar. In maart volgt een tweede "
          "driegesprek voor leerlingen bij wie dat nodig is. Voor ouders van brugklassers is er in "
          "september een avond over de KWT, waar zij zelf een KWT-uur meemaken. Het ouderpanel, twaalf "
          "ouders uit alle leerjaren, komt drie keer per jaar bijeen met de rector en denkt mee over "
          "onderwerpen als huiswerk, toetsdruk en de ouderbijdrage."),
    ("h2", "Medezeggenschap en leerlingenraad"),
    ("p", "De medezeggenschapsraad telt twaalf leden: vier docenten, twee onderwijsondersteuners, drie "
          "ouders en drie leerlingen. De MR vergadert zes keer per jaar en de rector schuift bij elke "
          "vergadering een uur aan. Voorgenomen besluiten brengt de schoolleiding in een vroeg stadium "
          "in, zodat de MR kan meedenken voordat een voorstel vastligt. Bij dit schoolplan heeft de MR in "
          "twee werksessies, op 7 december 2022 en 22 februari 2023, meegedacht over de thema's en de "
          "doelen. De leerlingenraad vergadert maandelijks en spreekt twee keer per jaar met de "
          "schoolleiding over de uitkomsten van de leerlingenquête."),
    ("p", "Wij vinden het goed dat de medezeggenschap binnen ASG ook bovenschools is belegd, in een "
          "overkoepelende medezeggenschapsraad."),
    ("h2", "Partners in de buurt"),
    ("p", "Het maatschappelijk project in leerjaar 3 voeren leerlingen uit bij partners in de omgeving "
          "van de school. Vaste partners zijn buurtcentrum De Steiger, waar leerlingen huiswerkbegeleiding "
          "geven aan basisschoolkinderen, het jongerenwerk van De Schoor, de voedselbank Almere en drie "
          "sportverenigingen in Almere Stad. Met het jongerenwerk en de wijkagent hebben wij elke maand "
          "een overleg over wat er rond de school en in de buurt speelt. Voor het vak CKV bezoeken alle "
          "klassen in havo 4 en vwo 4 drie voorstellingen in de Kunstlinie Almere Flevoland."),
    ("h2", "Vervolgonderwijs en bedrijven"),
    ("p", "Met Hogeschool Windesheim werken wij samen aan onderzoek en aan het opleiden van leraren (zie "
          "thema 3). Vwo 5-leerlingen kunnen deelnemen aan het pre-university programma van de "
          "Universiteit van Amsterdam. Voor leerlingen met een N&G-profiel is er elk jaar in november een "
          "meeloopdag in het Flevoziekenhuis. Bij de loopbaanoriëntatie in havo 4 bezoeken leerlingen "
          "twee bedrijven uit het netwerk van ouders; het ouderpanel houdt de lijst van bedrijven bij."),
    ("h2", "Samen in de regio"),
    ("p", "Het lerarentekort raakt ook ons. Daarom zijn wij actief in Samen Opleiden Flevoland (zie thema "
          "3). Daarnaast nemen wij deel aan de Almeerse thuiszittersaanpak van het samenwerkingsverband, "
          "de gemeente en de schoolbesturen: onze ondersteuningscoördinator zit in het casusoverleg, dat "
          "elke zes weken bijeenkomt. Sinds 2021 heeft onze school geen leerling die langer dan vier "
          "weken thuiszit."),
    ("h2", "Landelijk"),
    ("p", "Als lid van de Nederlandse Daltonvereniging nemen wij deel aan de regio Noord-Holland en "
          "Flevoland, die vier keer per jaar bijeenkomt. In het voorjaar van 2026 volgt onze "
          "hervisitatie; ter voorbereiding bezoeken twee daltoncoördinatoren in 2024-2025 elk twee andere "
          "daltonscholen voor voortgezet onderwijs. Ook doen wij mee aan de landelijke "
          "tevredenheidsonderzoeken van Kwaliteitscholen, zodat wij onze uitkomsten kunnen vergelijken met "
          "andere scholen."),
    ("h2", "Doelen thema 4"),
    ("table", KOP_DOELEN,
     [["Ouders weten wat hun kind doet", "Driegesprek in oktober; KWT-avond voor ouders brugklas",
       "Vanaf 2023-2024", "95% van de leerlingen heeft met ouders een driegesprek gehad", "Venster 4"],
      ["Maatschappelijk project voor iedereen", "Project van twintig uur bij vaste partners",
       "Vanaf 2023-2024", "Alle leerlingen van leerjaar 3 ronden het project af", "Venster 4"],
      ["Daltonlicentie verlengd", "Hervisitatie NDV; bezoeken aan andere daltonscholen",
       "Voorjaar 2026", "Licentie verlengd voor vijf jaar", "Venster 4"],
      ["Geen thuiszitters", "Casusoverleg thuiszittersaanpak elke zes weken", "Doorlopend",
       "Geen leerling langer dan vier weken thuis", "Venster 1"]],
     BREEDTE_DOELEN),

    ("h1", "Praktische zaken"),
    ("h2", "Schooltijden"),
    ("p", "De lessen beginnen om 8.30 uur en het negende uur eindigt om 16.25 uur. Een lesuur duurt 45 "
          "minuten. De KWT-uren staan voor alle klassen op dezelfde momenten in het rooster: het vierde "
          "uur op maandag, dinsdag en donderdag en het derde uur op woensdag en vrijdag. Op woensdagmiddag "
          "zijn er geen lessen voor de onderbouw; die middag is open voor vergaderingen en scholing van "
          "het personeel. De mediatheek is open van 8.00 tot 16.30 uur. De open dagen voor groep 8 zijn op "
          "de laatste zaterdag van januari en de eerste donderdagavond van februari."),
    ("h2", "Gebouw"),
    ("p", "Ons gebouw is uit 2002 en in goede staat, maar vraagt de komende jaren onderhoud volgens het "
          "meerjarenonderhoudsplan. In de zomer van 2025 worden de vensters aan de zuidgevel vervangen "
          "door HR++-glas met zonwering; in de lokalen aan die kant werd het in de zomer te warm. In 2024 "
          "wordt het ventilatiestelsel van de vleugel met de practicumlokalen vernieuwd. Sinds 2022 "
          "hangt in ieder lokaal een CO2-meter; de luchtkwaliteit is daarmee in de meeste lokalen op orde. "
          "Het wifi-netwerk is in 2023 uitgebreid met nieuwe access points, zodat de dekking in het hele "
          "gebouw, ook in de gymzalen en de aula, voldoende is voor een klas met laptops. De school is met "
          "een lift en een invalidentoilet op elke verdieping toegankelijk voor rolstoelgebruikers."),
    ("p", "Het leerlingenaantal is stabiel en volgens de prognose van de gemeente blijft dat zo tot 2030. "
          "Wij hebben dus geen uitbreiding nodig, maar wel ruimte voor de KWT: in 2024 richten wij de "
          "oude fietsenkelder in als stilte-werkplek met 60 plaatsen."),
    ("h2", "Budget"),
    ("p", "De begroting van 2023 is sluitend. De rijksbijdrage bedraagt ongeveer €10,6 miljoen, waarvan "
          "84% naar personeel gaat. De middelen uit het Nationaal Programma Onderwijs lopen in 2025 af; "
          "de extra onderwijsassistenten die wij daarvan betalen, brengen wij daarna onder in de "
          "werkdrukmiddelen. De meerjarenbegroting kijkt vier jaar vooruit en laat zien dat wij financieel "
          "op koers liggen, mits het leerlingenaantal stabiel blijft. Voor de periode van dit plan zijn de "
          "grootste investeringen €210.000 voor de vervanging van leerlingenlaptops, €95.000 voor de "
          "stilte-werkplek en het meubilair en €40.000 per jaar voor de pilot flexibel rooster en de "
          "curriculumherziening. De vrijwillige ouderbijdrage is €60 per jaar; daarvan betalen wij het "
          "brugklaskamp, de debatmiddag en de personeelsdag niet: die staan op de gewone begroting."),

    ("h1", "Totstandkoming en vaststelling"),
    ("p", "Het schoolplan is opgesteld door de schoolleiding op basis van de bijeenkomsten met secties, "
          "leerlingen en ouders in het voorjaar van 2022, de studiedag van 14 november 2022 en de twee "
          "werksessies met de MR. Het concept is in april 2023 besproken in alle secties en met de "
          "leerlingenraad."),
    ("p", "De medezeggenschapsraad heeft op 13 juni 2023 positief geadviseerd over dit schoolplan. Het "
          "College van Bestuur van ASG heeft het plan op 4 juli 2023 vastgesteld. Het plan geldt van 1 "
          "augustus 2023 tot en met 31 juli 2027. Elk jaar werken wij het uit in een jaarplan, dat wij in "
          "september met de MR bespreken."),
]


def _marges(doc) -> None:  # type: ignore[no-untyped-def]
    for sectie in doc.sections:
        sectie.top_margin = Cm(2.2)
        sectie.bottom_margin = Cm(2.2)
        sectie.left_margin = Cm(2.4)
        sectie.right_margin = Cm(2.4)


def _stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for naam, grootte in (("Heading 1", 15), ("Heading 2", 12)):
        stijl = doc.styles[naam]
        stijl.font.name = "Arial"
        stijl.font.size = Pt(grootte)
        stijl.font.color.rgb = RGBColor(0x00, 0x5A, 0x70)


def _voettekst(doc) -> None:  # type: ignore[no-untyped-def]
    par = doc.sections[0].footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    par.add_run(SCHOOL + " | Schoolplan 2023-2027 | ")
    page_field(par)


def _omslag(doc) -> None:  # type: ignore[no-untyped-def]
    doc.add_paragraph(SCHOOL, style="Title")
    sub = doc.add_paragraph()
    run = sub.add_run("Schoolplan 2023-2027")
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph("Ruimte om te groeien").runs[0].italic = True
    doc.add_paragraph()
    for label, waarde in COLOFON:
        par = doc.add_paragraph()
        par.paragraph_format.space_after = Pt(0)
        par.add_run(label + ": ").bold = True
        par.add_run(waarde)
    einde = doc.add_paragraph()
    einde.add_run().add_break(WD_BREAK.PAGE)


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    _stijlen(doc)
    _marges(doc)
    _voettekst(doc)
    kern = doc.core_properties
    kern.title = "Schoolplan 2023-2027 " + SCHOOL
    kern.author = "M. Overbeek"
    kern.last_modified_by = "Y. Amrani"
    kern.language = "nl-NL"
    kern.revision = 3
    kern.created = MOMENT
    kern.modified = MOMENT
    kern.last_printed = MOMENT
    _omslag(doc)
    for blok in INHOUD:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "ul":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "table":
            tabel(doc, blok[1], blok[2], blok[3])
            doc.add_paragraph()
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    import sys

    build(sys.argv[1] if len(sys.argv) > 1 else "plan_62_daltonlyceum_weerwater.docx")
