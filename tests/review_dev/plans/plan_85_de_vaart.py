"""Schoolplan 2024-2028 van Lyceum De Vaart (havo/vwo met tto, Almere Stad), geschreven zoals een
rector het in Word zou doen. Zelfstandig: alleen standaardbibliotheek en python-docx."""

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

MOMENT = datetime.datetime(2024, 6, 24, 9, 30, 0)


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

INHOUD = [
    "1  Ten geleide",
    "2  De Vaart in beeld",
    "3  Leren over grenzen heen",
    "4  Resultaten en doorstroom: de secties aan zet",
    "5  Vakmensen die blijven leren",
    "6  Verder dan ons eigen gebouw",
    "7  Samen met ouders en de stad",
    "8  Borgen, bijsturen en verantwoorden",
]

TEKST = [
    ("h1", "1  Ten geleide"),
    ("p", "Voor u ligt het schoolplan van Lyceum De Vaart voor de schooljaren 2024-2025 tot en met "
          "2027-2028. Het beschrijft waar we als school voor staan, wat we in deze vier jaar willen "
          "bereiken en hoe we dat gaan aanpakken. Het plan volgt op ‘Grenzeloos leren’, ons schoolplan "
          "voor 2020-2024. Een deel daarvan is inmiddels gewoon geworden, zoals de leerteams op "
          "dinsdagmiddag en de coachgesprekken; wat door de coronajaren is blijven liggen en nog steeds "
          "belangrijk is, nemen we mee."),
    ("p", "Dit plan is in een half jaar tot stand gekomen. Op de studiemiddagen van 15 november 2023 en "
          "7 februari 2024 hebben docenten en onderwijsondersteuners in gemengde groepen gewerkt aan de "
          "vraag hoe De Vaart er in 2028 uit moet zien. De secties leverden een analyse van hun "
          "resultaten aan en het ondersteuningsteam schreef de paragraaf over ondersteuning. De "
          "schoolleiding heeft alle bijdragen samengevoegd tot deze tekst."),
    ("p", "De Vaart maakt deel uit van de Almeerse Scholen Groep (ASG). De opbouw van dit plan sluit aan "
          "bij de strategische koers van ASG: na een schets van de school in hoofdstuk 2 volgen hoofdstukken "
          "die elk over één van de vier vensters van die koers gaan, in onze eigen woorden. In hoofdstuk 8 staat hoe we de voortgang bewaken. De "
          "doelen staan in de hoofdstukken zelf, steeds met het jaar waarin we ze willen bereiken. Elk jaar "
          "werken we ze uit in het jaarplan van de school en in de sectieplannen."),
    ("h2", "Waar we voor staan"),
    ("p", "Onze missie is kort: wij leiden jonge mensen op die in twee talen hun weg vinden, in Almere en "
          "daarbuiten. Dat betekent een diploma dat past bij wat een leerling kan, en daarnaast de bagage om "
          "zich in een internationale, snel veranderende wereld staande te houden."),
    ("p", "ASG heeft vier kernwaarden vastgesteld: gezien worden, open, vooruitstrevend en ambitieus. Wij "
          "herkennen ons daarin. Bij ons is iedereen waardevol en wordt iedereen gezien. We gaan respectvol "
          "om met de mensen in en buiten de school. Als openbare school kijken we met een open blik naar de "
          "verscheidenheid van onze leerlingen en collega’s; iedereen is welkom, ongeacht achtergrond of "
          "overtuiging. We zijn nieuwsgierig naar nieuwe inzichten om ons onderwijs eigentijds te houden. "
          "En leerlingen en medewerkers geven altijd het beste van zichzelf. In de hoofdstukken hierna "
          "laten we zien hoe die waarden in onze dagelijkse praktijk terugkomen."),

    ("h1", "2  De Vaart in beeld"),
    ("h2", "2.1  Kerngegevens"),
    ("tab", ["Onderdeel", "Gegevens"], [
        ["Naam", "Lyceum De Vaart"],
        ["BRIN", "29VK"],
        ["Onderwijssoorten", "havo en vwo (atheneum), beide ook tweetalig (tto)"],
        ["Bevoegd gezag", "Almeerse Scholen Groep, College van Bestuur"],
        ["Schoolleiding", "Marloes Hendriksen (rector), Ruben Aydın (conrector onderwijs), Petra de Bruijn "
                          "(conrector bedrijfsvoering) en vier teamleiders"],
        ["Leerlingen (1 oktober 2023)", "1.384, van wie 712 havo en 672 vwo; 438 leerlingen volgen tto"],
        ["Medewerkers", "124 (98,6 fte), van wie 92 docenten"],
        ["Adres", "Vaartpad 12, 1315 XK Almere"],
        ["Planperiode", "1 augustus 2024 – 31 juli 2028"],
    ], [5.0, 11.0]),
    ("h2", "2.2  Het gebouw en de dagindeling"),
    ("p", "De Vaart zit sinds 2001 in het gebouw aan het Vaartpad, op loopafstand van station Almere "
          "Centrum. Het gebouw is ontworpen voor 1.450 leerlingen en zit daarmee nagenoeg vol. In 2023 is de ventilatie "
          "in alle lokalen vervangen (ruim 1,2 miljoen euro, uit het huisvestingsplan van de gemeente). De begane grond en de eerste verdieping zijn met een "
          "lift bereikbaar; de practicumlokalen op de tweede verdieping helaas niet. De sporthal en de aula "
          "worden ’s avonds verhuurd aan een hockeyclub en een muziekschool."),
    ("p", "Een lesuur duurt 50 minuten. Het eerste uur begint om 8.30 uur, het laatste (negende) uur "
          "eindigt om 16.10 uur. Op dinsdag eindigen de lessen na het zesde uur; de middag is gereserveerd "
          "voor leerteams, sectieoverleg en vergaderingen. Onze onderwijstijd ligt ruim boven de wettelijke "
          "norm van 4.700 uur voor havo en 5.700 uur voor vwo."),
    ("h2", "2.3  Onze leerlingen"),
    ("p", "Onze leerlingen komen uit heel Almere Stad, en in toenemende mate ook uit Poort en Haven. Bijna "
          "alle brugklassers hebben een havo-, havo/vwo- of vwo-advies; ongeveer een derde kiest voor tto. "
          "Ongeveer een kwart van onze leerlingen is de eerste in het gezin "
          "die havo of vwo doet. Na jaren van groei voorspelt de gemeentelijke prognose een lichte daling "
          "van het aantal twaalfjarigen in Almere Stad. In onze begroting rekenen we met 1.320 leerlingen "
          "in 2028."),
    ("h2", "2.4  Wat goed gaat en wat beter moet"),
    ("p", "Uit de evaluatie van het vorige schoolplan, de gegevens van de inspectie en onze eigen peilingen "
          "komt het volgende beeld. Sterk zijn het tweetalig onderwijs, de resultaten van het vwo, de sfeer "
          "in de school en de band tussen leerlingen en mentoren. Zorgen hebben we over de doorstroom in de "
          "havo-bovenbouw, over het lage centraal-examencijfer bij wiskunde A en over de bezetting bij de "
          "exacte vakken, waar we vacatures jaarlijks met moeite vervullen. Ook vraagt de opkomst van "
          "generatieve AI om nieuwe afspraken over toetsen."),

    ("h1", "3  Leren over grenzen heen"),
    ("p", "Dit hoofdstuk gaat over ons onderwijs: wat we aanbieden, hoe we leerlingen begeleiden en "
          "ondersteunen en hoe we zorgen voor een veilige school."),
    ("h2", "3.1  Het programma"),
    ("p", "In de brugklas zitten leerlingen in een havo/vwo-klas of in een vwo-klas, in de reguliere stroom "
          "of in tto. Vanaf klas 2 splitsen we havo en vwo. In de onderbouw werken we aan de kerndoelen voor "
          "de onderbouw; de secties hebben per kerndoel vastgelegd in welk leerjaar en met welk lesmateriaal "
          "het aan bod komt. Voor Nederlands en rekenen/wiskunde werken we toe naar referentieniveau 2F aan "
          "het einde van de onderbouw en 3F aan het einde van havo en vwo. Rekenen is ondergebracht bij de "
          "wiskundelessen."),
    ("p", "In de bovenbouw bieden we alle vier profielen aan. Daarnaast zijn er keuzevakken die niet op elke "
          "school te vinden zijn: Spaans (vanaf klas 2), informatica, filosofie (vwo) en bewegen, sport en "
          "maatschappij (havo). De examenprogramma’s zijn uitgewerkt in de programma’s van toetsing en "
          "afsluiting (PTA), die jaarlijks vóór 1 oktober worden vastgesteld."),
    ("h3", "Tweetalig onderwijs"),
    ("p", "In tto krijgen leerlingen in klas 1 tot en met 3 ten minste de helft van hun lessen in het Engels, "
          "onder meer bij geschiedenis, aardrijkskunde, biologie, wiskunde en lichamelijke opvoeding. In de "
          "bovenbouw volgen vwo-leerlingen het International Baccalaureate-programma voor Engels (English A: "
          "Language and Literature) en werken havo-leerlingen toe naar het Cambridge-certificaat C1 "
          "Advanced. Elke tto-leerling volgt in klas 3 Cambridge Global Perspectives, een vak waarin "
          "leerlingen in kleine groepen onderzoek doen naar een wereldvraagstuk en dat presenteren. De "
          "tto-afdeling is in 2021 door Nuffic opnieuw gecertificeerd."),
    ("h2", "3.2  Klaar voor wat komt"),
    ("p", "De wereld waarin onze leerlingen gaan studeren en werken, verandert snel. We hebben drie dingen "
          "in gang gezet om ons programma daarop aan te passen."),
    ("bul", [
        "Digitale geletterdheid. Sinds 2023 hebben alle brugklassers één uur per week het vak ‘Digi’, "
        "waarin ze leren programmeren, werken met data en kritisch kijken naar wat ze online zien. In "
        "2024-2025 breiden we het uit naar klas 2 en stemmen we de inhoud af op de conceptkerndoelen "
        "digitale geletterdheid van SLO.",
        "Afspraken over AI. In maart 2024 heeft de schoolleiding na overleg met de secties een richtlijn "
        "voor het gebruik van AI vastgesteld. Daarin staat welke opdrachten leerlingen met hulp van AI "
        "mogen maken en welke niet, en hoe ze vermelden dat ze het gebruikt hebben. Elke sectie bekijkt "
        "in 2024-2025 haar PTA op toetsen die met AI eenvoudig te omzeilen zijn.",
        "Het Leerlab. In havo 4 werken leerlingen sinds dit schooljaar drie keer per jaar twee weken lang "
        "vakoverstijgend aan een opdracht van een Almeerse opdrachtgever, bijvoorbeeld over de inrichting "
        "van het voormalige Floriadeterrein of over de opvang van regenwater in de Waterwijk. Biologie, "
        "aardrijkskunde, economie en Nederlands leveren hiervoor lestijd in. Leerlingen werken in vaste "
        "teams, houden een logboek bij en presenteren hun advies aan de opdrachtgever.",
    ]),
    ("p", "In 2026 volgt elke leerling in klas 1 en 2 de leerlijn digitale geletterdheid en heeft elke "
          "sectie de toetsen in haar PTA naast de AI-richtlijn gelegd. In 2027 draait het Leerlab ook in "
          "vwo 4 en geven de deelnemende leerlingen het in de evaluatie gemiddeld minstens een 7."),
    ("h2", "3.3  Burgerschap"),
    ("p", "Onze leerlingen groeien op in een stad met inwoners uit meer dan 150 landen. De school is de plek "
          "waar ze leren wat een democratische rechtsstaat inhoudt, hoe je een mening vormt en hoe je "
          "omgaat met een mening die je niet deelt. Burgerschap is bij ons geen apart vak; het zit in "
          "verschillende onderdelen:"),
    ("bul", [
        "de mentorlessen in klas 1 tot en met 3, met de leerlijn ‘Samenleven’ (democratie en rechtsstaat, "
        "identiteit, mediawijsheid, omgaan met conflicten);",
        "maatschappijleer in havo 4 en vwo 4, met een bezoek aan de Tweede Kamer of de gemeenteraad van "
        "Almere;",
        "de maatschappelijke stage van 30 uur in klas 3, bij een Almeerse organisatie naar keuze;",
        "het debatteam en de Model United Nations-conferentie die de tto-afdeling elk jaar in januari "
        "organiseert.",
    ]),
    ("p", "Uit een inventarisatie in 2023 bleek dat vooral de kennis over de rechtsstaat versnipperd aan bod "
          "komt. In 2025 heeft onze burgerschapscoördinator per leerjaar vastgelegd welke burgerschapsdoelen "
          "waar worden behandeld en hoe we nagaan of leerlingen ze beheersen; vanaf 2026 rapporteren we "
          "daarover jaarlijks in het jaarverslag."),
    ("h2", "3.4  Iedere leerling een coach"),
    ("p", "Op De Vaart heeft elke leerling minstens één volwassene die hem of haar echt kent. In de "
          "onderbouw is dat de mentor, die twee uur per week met de klas heeft. Drie keer per jaar voert de "
          "mentor met iedere leerling een coachgesprek van een kwartier over hoe het gaat, op school en "
          "daarbuiten, en over wat de leerling zich voor de komende periode voorneemt. In de bovenbouw heeft "
          "elke leerling een coach, die een groep van hoogstens vijftien leerlingen begeleidt en met hen in "
          "ieder geval om tafel gaat bij de profielkeuze, de PTA-planning en de studiekeuze."),
    ("p", "Om goed zicht te houden op hoe het met leerlingen gaat, combineren we drie bronnen. Na elke "
          "rapportperiode is er per klas een leerlingbespreking, waarin docenten aan de hand van de "
          "signaleringslijst in Magister de leerlingen bespreken die opvallen, naar boven of naar beneden. "
          "In oktober en maart vullen alle leerlingen onze welbevindingsmonitor in, een korte digitale "
          "vragenlijst over hoe ze zich voelen, of ze zich veilig voelen en of ze op school iemand hebben om "
          "op terug te vallen. En de coachgesprekken leveren informatie op die in geen systeem staat. De "
          "mentor vat die samen in een korte notitie in het leerlingdossier, zodat ook de vakdocenten weten "
          "wat een leerling nodig heeft."),
    ("h3", "Welkom op De Vaart"),
    ("p", "Een nieuwe school is spannend. Aanstaande brugklassers komen in juni een middag kennismaken met "
          "hun klas en mentor. In de eerste schoolweek is er een introductieprogramma met een sportdag in "
          "het Beatrixpark, en elke brugklas krijgt twee leerlingmentoren uit havo 4 of vwo 5, die het hele "
          "jaar aanspreekpunt zijn. Leerlingen die halverwege het jaar instromen, krijgen een maatje in de "
          "klas en een welkomstgesprek met de teamleider. Bij open dagen en ouderavonden vangt een "
          "ontvangstteam van leerlingen de bezoekers op bij de ingang en leidt hen rond."),
    ("h3", "De lat hoog"),
    ("p", "We plaatsen leerlingen op het hoogste niveau dat bij hun advies past, en we houden de weg omhoog "
          "open. Een leerling met een havo/vwo-advies begint altijd in een havo/vwo-klas. Havo-3-leerlingen "
          "met een gemiddelde van 7,0 of hoger en een positief advies van de docentenvergadering kunnen "
          "doorstromen naar vwo 4; zij volgen in de laatste periode van havo 3 een aansluitprogramma voor "
          "wiskunde en een moderne vreemde taal. Leerlingen die dreigen te blijven zitten, krijgen eerst een "
          "plan van aanpak met hun coach, voordat we over afstromen praten. Op dit moment zit 14 procent van "
          "de leerlingen in klas 3 boven het niveau van hun basisschooladvies. In 2026 is dat 18 procent, "
          "zonder dat het slagingspercentage daalt."),
    ("h2", "3.5  Ondersteuning"),
    ("p", "Wat we leerlingen aan ondersteuning kunnen bieden, staat uitgebreid in ons "
          "schoolondersteuningsprofiel (SOP), dat op de website staat en in 2025 wordt geactualiseerd. Hier "
          "volgen de hoofdlijnen."),
    ("p", "Tot de basisondersteuning, die iedere leerling krijgt die het nodig heeft, rekenen we: "
          "faciliteiten bij dyslexie en dyscalculie (extra tijd, vergrote toetsen en voorleessoftware), "
          "huiswerkbegeleiding na schooltijd in de mediatheek, een training faalangstreductie in de "
          "onderbouw en een training examenvrees in het examenjaar, en hulp bij plannen en organiseren door "
          "de mentor of coach."),
    ("p", "Voor extra ondersteuning is er het Steunpunt, met twee ondersteuningscoördinatoren, een "
          "orthopedagoog (0,4 fte) en een rustige werkruimte waar leerlingen met een ondersteuningsplan "
          "kunnen werken of even tot rust kunnen komen. De ondersteuningscoördinator stelt met leerling en "
          "ouders een ontwikkelingsperspectiefplan op en bespreekt dat twee keer per jaar. Met het "
          "schoolmaatschappelijk werk en de jeugdarts van de GGD is er iedere twee weken een zorgoverleg."),
    ("p", "We zijn ook eerlijk over onze grenzen. Leerlingen die de hele dag een-op-eenbegeleiding nodig "
          "hebben, of die vanwege hun gedrag structureel niet in een klas van dertig kunnen functioneren, "
          "kunnen wij niet goed helpen. De practicumlokalen zijn niet met een rolstoel bereikbaar; leerlingen "
          "die dat nodig hebben, doen hun practica in het aangepaste lokaal op de begane grond. Voor "
          "ondersteuning die onze mogelijkheden te boven gaat, verwijzen we naar het ondersteuningsplan van "
          "het Samenwerkingsverband Passend Onderwijs Almere."),
    ("h2", "3.6  Een veilige school"),
    ("p", "Leerlingen leren alleen goed als ze zich veilig voelen. Ons beleid staat in het veiligheidsplan; "
          "de belangrijkste onderdelen zijn:"),
    ("bul", [
        "een anti-pestcoördinator per afdeling en een pestprotocol, dat in 2023 is herzien; meldingen van "
        "pesten en andere incidenten worden in Magister vastgelegd en elk kwartaal geanalyseerd;",
        "twee interne vertrouwenspersonen en een externe vertrouwenspersoon van het bestuur;",
        "sinds 1 januari 2024 geen mobiele telefoons in de les: ze gaan aan het begin van de les in de "
        "telefoontas; docenten en leerlingen zijn er na een half jaar overwegend positief over;",
        "jaarlijkse monitoring van de sociale veiligheid met de vragen in onze welbevindingsmonitor.",
    ]),
    ("p", "In maart 2024 gaf 91 procent van de leerlingen aan zich veilig te voelen op school en zei 6 procent "
          "de afgelopen maanden gepest te zijn. In 2026 voelt ten minste 93 procent zich veilig en is het "
          "aandeel leerlingen dat zegt gepest te worden gedaald naar 4 procent."),

    ("h1", "4  Resultaten en doorstroom: de secties aan zet"),
    ("p", "In dit hoofdstuk kijken we, zoals de secties dat elk jaar in hun sectieplan doen, naar de examenresultaten en de "
          "doorstroom. De inspectie beoordeelde de onderwijsresultaten van beide afdelingen bij het laatste "
          "onderzoek (2022) als voldoende, en geen van de indicatoren lag de afgelopen drie jaar onder de "
          "norm. Bij het bovenbouwsucces in de havo zitten we er wel krap boven."),
    ("tab", ["Indicator", "Afdeling", "2020-2021", "2021-2022", "2022-2023", "Doel 2028"], [
        ["Geslaagd", "havo", "89%", "84%", "86%", "90%"],
        ["Geslaagd", "vwo", "94%", "91%", "93%", "94%"],
        ["Gemiddeld cijfer centraal examen", "havo", "6,4", "6,2", "6,3", "6,4"],
        ["Gemiddeld cijfer centraal examen", "vwo", "6,6", "6,5", "6,6", "6,6"],
        ["Onderbouwsnelheid", "havo/vwo", "97%", "96%", "96%", "97%"],
        ["Bovenbouwsucces", "havo", "80%", "77%", "78%", "83%"],
        ["Bovenbouwsucces", "vwo", "86%", "85%", "87%", "87%"],
        ["Van havo 4 zonder vertraging naar havo 5", "havo", "84%", "79%", "81%", "86%"],
    ], [5.0, 2.0, 2.0, 2.0, 2.0, 2.0]),
    ("p", "Bron: eigen registratie en Vensters (Scholen op de kaart). De cijfers over 2020-2021 zijn "
          "beïnvloed door de aangepaste examenregeling in de coronaperiode."),
    ("h2", "4.1  Wat de cijfers ons vertellen"),
    ("p", "Het vwo presteert stabiel en goed. In de havo zit het knelpunt in het vierde leerjaar: bijna een "
          "op de vijf havo-4-leerlingen gaat niet in één keer over. Uit de analyse van de overgangs"
          "vergaderingen blijkt dat het vooral gaat om leerlingen die in havo 3 al krap overgingen en die in "
          "havo 4 onderschatten hoeveel zelfstandigheid er van hen wordt gevraagd. Daarnaast vallen twee "
          "vakken op: wiskunde A in de havo, met drie jaar op rij een centraal-examengemiddelde van 5,7 of "
          "lager, en Nederlands in het vwo, waar het schoolexamencijfer gemiddeld 0,6 hoger ligt dan het "
          "cijfer voor het centraal examen."),
    ("h2", "4.2  Wat de secties gaan doen"),
    ("h3", "Wiskunde"),
    ("p", "De sectie wiskunde zet in havo 4 en 5 na elk hoofdstuk een diagnostische toets in, zodat leerling "
          "en docent eerder zien waar het misgaat. Vanaf 2024-2025 is er een vast examentrainingsblok in maart "
          "en houden twee docenten op woensdagmiddag een wiskundespreekuur. De sectie legt haar "
          "schoolexamentoetsen voor havo 5 naast die van twee andere ASG-scholen (zie hoofdstuk 6). In 2027 "
          "ligt het gemiddelde centraal-examencijfer voor wiskunde A in de havo op minimaal 6,1."),
    ("h3", "Nederlands"),
    ("p", "De sectie Nederlands herziet in 2024-2025 het PTA van het vwo. Schrijfopdrachten worden voortaan "
          "deels onder toezicht op school gemaakt en door twee docenten beoordeeld met hetzelfde "
          "beoordelingsmodel. In 2026 is het verschil tussen schoolexamen en centraal examen bij Nederlands "
          "in het vwo teruggebracht tot hoogstens 0,3, de grens die we voor alle vakken hanteren."),
    ("h3", "Engels en tto"),
    ("p", "De resultaten voor Engels zijn goed. In 2023 behaalde 71 procent van de havo-examenkandidaten in "
          "tto het Cambridge-certificaat op C1-niveau. De sectie wil dat in 2027 naar 80 procent brengen, "
          "onder meer door de spreekvaardigheid eerder in het programma te oefenen met de twee "
          "native-speaker-assistenten."),
    ("h3", "Doorstroom in de havo"),
    ("p", "Om de doorstroom van havo 4 naar havo 5 te verbeteren, nemen we drie maatregelen. De profielkeuze "
          "in havo 3 krijgt een steviger loopbaanprogramma, met een gesprek tussen leerling, ouders en coach "
          "over wat het gekozen profiel vraagt. In de eerste tien weken van havo 4 volgen alle leerlingen een "
          "training studievaardigheden. En na de eerste rapportperiode van havo 4 heeft elke leerling met "
          "drie of meer onvoldoendes een gesprek met coach en teamleider, waarin een plan wordt afgesproken. "
          "In 2028 gaat 86 procent van de havo-4-leerlingen zonder vertraging naar havo 5, tegen 81 procent "
          "nu."),
    ("h3", "Na het diploma"),
    ("p", "We volgen ook hoe het onze leerlingen na De Vaart vergaat. Van onze havisten begint 92 procent aan "
          "een hbo-opleiding; van hen zit na één jaar 74 procent nog in dezelfde opleiding of heeft de "
          "propedeuse gehaald. De decanen bespreken deze gegevens jaarlijks met de coaches."),

    ("h1", "5  Vakmensen die blijven leren"),
    ("p", "Goed onderwijs staat of valt met goede docenten en onderwijsondersteuners. Het strategisch "
          "HR-beleid van ASG is het kader voor ons personeelsbeleid."),
    ("p", "Op 1 oktober 2023 werkten er 124 mensen op De Vaart: 92 docenten, 26 onderwijsondersteunende "
          "medewerkers en 6 leden van de schoolleiding. De gemiddelde leeftijd is 44 jaar; 17 collega’s zijn "
          "ouder dan 60, en in de afgelopen twee jaar zijn er 14 startende docenten bijgekomen. Het vinden "
          "van bevoegde docenten voor natuurkunde, scheikunde, wiskunde en Duits blijft lastig. We willen dat "
          "collega’s zich betrokken voelen bij en trots zijn op onze school en op ASG."),
    ("h2", "5.1  Leren in leerteams"),
    ("p", "Sinds 2022 zit iedere docent in een leerteam van zes tot acht collega’s uit verschillende secties. "
          "De leerteams komen zeven keer per jaar bijeen op dinsdagmiddag en werken aan een thema voor de "
          "hele school; in deze planperiode is dat formatief handelen: leerdoelen zichtbaar maken, nagaan "
          "waar leerlingen staan en de les daarop afstemmen. Elk leerteam kiest een eigen vraag, probeert in "
          "de lessen iets uit, bezoekt elkaars lessen en presenteert de uitkomst op de laatste studiedag van "
          "het jaar. Bij de lesbezoeken gebruiken we de kijkwijzer ‘De Vaart-les’, die zes kenmerken van een "
          "goede les beschrijft en die de leerteams in 2023 zelf hebben opgesteld."),
    ("p", "In 2026 heeft iedere docent minstens twee keer per jaar een les van een collega bezocht met de "
          "kijkwijzer. In 2027 zien de teamleiders bij hun lesbezoeken in ten minste 80 procent van de lessen "
          "dat de leerdoelen zichtbaar zijn en dat de docent nagaat waar leerlingen staan."),
    ("h2", "5.2  Professionalisering"),
    ("p", "Het scholingsbudget van De Vaart bedraagt 95.000 euro per jaar. Een deel daarvan gaat naar de "
          "twee gezamenlijke studiedagen en het leerteamthema; de rest is voor individuele scholing. Iedere "
          "medewerker legt in het ontwikkelgesprek vast aan welk professioneel doel hij of zij dat jaar werkt "
          "en welke scholing daarbij hoort. Voor veel collega’s is dat een cursus of leergang van de ASG "
          "Academie: dit jaar volgen acht docenten de leergang formatief evalueren en twee teamleiders het "
          "leiderschapsprogramma. Alle docenten die in tto lesgeven, behalen binnen twee jaar na hun "
          "aanstelling het Cambridge-certificaat C1 of C2 en volgen de cursus tto-didactiek."),
    ("p", "In 2025 staat voor iedere medewerker het professionele doel in het digitale personeelsdossier. In "
          "2026 heeft iedere docent die in tto lesgeeft het vereiste taalcertificaat."),
    ("h2", "5.3  Op weg naar een bevoegdheid"),
    ("p", "In september 2023 gaven negen docenten les in een vak waarvoor zij (nog) niet volledig bevoegd "
          "zijn. Met ieder van hen is een opleidingsovereenkomst gesloten. De school betaalt het collegegeld, "
          "waar dat kan met de subsidie zij-instroom, en roostert de docent op de dag van de opleiding vrij. "
          "Elke docent in opleiding heeft een coach uit ons opleidingsteam, die minstens vier keer per jaar "
          "een les bezoekt, en de teamleider bespreekt de voortgang elk halfjaar. In 2027 is iedere docent "
          "bevoegd of volgt een opleiding met een afgesproken afrondingsdatum, en is het aandeel lessen dat "
          "door een onbevoegde docent wordt gegeven gedaald van 7 naar 2 procent."),
    ("h2", "5.4  Aandacht voor wie hier werkt"),
    ("p", "Startende docenten volgen een inductieprogramma van drie jaar: in het eerste jaar geven ze minder "
          "lessen, hebben ze een vaste begeleider en komen ze maandelijks bij elkaar voor intervisie. Met oudere collega’s bespreken we in het "
          "ontwikkelgesprek hoe zij de uren voor duurzame inzetbaarheid uit de cao willen gebruiken, "
          "bijvoorbeeld voor minder lesuren, studieverlof of een andere taak binnen de school."),
    ("p", "De werkdrukmiddelen zetten we in voor 2,4 fte extra onderwijsassistenten, die surveillances en "
          "toezicht overnemen. De vrijdagmiddag is vergadervrij en er zijn per periode hoogstens twee "
          "avondverplichtingen. In de medewerkerspeiling van 2023 gaf 62 procent van de docenten aan de "
          "werkdruk hoog of te hoog te vinden; bij de volgende peiling, in 2025, ligt dat onder de 55 procent."),
    ("p", "Het ziekteverzuim lag in 2023 op 6,4 procent. We pakken dat aan met een preventief gesprek na de "
          "derde ziekmelding binnen twaalf maanden, met snelle inzet van de bedrijfsarts en met een "
          "vitaliteitsaanbod: elke dinsdag na de leerteams is er een bootcamp onder leiding van de sectie "
          "lichamelijke opvoeding, en medewerkers kunnen via ASG met korting sporten. In 2026 ligt het "
          "verzuim onder 5,5 procent en in 2028 onder 5 procent."),
    ("h2", "5.5  De gesprekscyclus"),
    ("p", "Iedere medewerker heeft jaarlijks tussen september en december een ontwikkelgesprek met de "
          "leidinggevende, en eens in de drie jaar een beoordelingsgesprek. Voorafgaand aan het gesprek "
          "bezoekt de teamleider minstens één les en vult de docent een korte zelfevaluatie in. In het "
          "gesprek komt ook aan de orde wat de medewerker van de school nodig heeft. De afspraken worden "
          "vastgelegd in het digitale personeelsdossier. In 2023-2024 voerde 78 procent van de medewerkers "
          "zo’n gesprek; in 2025 is dat iedereen."),

    ("h1", "6  Verder dan ons eigen gebouw"),
    ("p", "Als een van de scholen van ASG hebben we kansen die een losse school niet heeft."),
    ("h2", "6.1  Secties die over de schoolgrens kijken"),
    ("p", "De secties wiskunde, natuurkunde en Engels van De Vaart werken sinds 2023 samen met de collega’s "
          "van twee andere havo/vwo-scholen binnen ASG. Ze komen twee keer per jaar bij elkaar, leggen "
          "elkaars schoolexamens naast elkaar en ontwikkelen samen toetsen voor havo 5 en vwo 6. Onze "
          "examensecretaris neemt deel aan het overleg van de examensecretarissen van de ASG-scholen; sinds "
          "2023 gebruiken we met hen hetzelfde format voor examenreglement en PTA. In 2026 heeft elk van de "
          "drie secties minstens één schoolexamentoets samen met een andere ASG-school ontwikkeld en "
          "afgenomen."),
    ("h2", "6.2  Een passende plek binnen ASG"),
    ("p", "Niet elke leerling die bij ons begint, past uiteindelijk op havo of vwo, en niet elke mavo-leerling "
          "hoort op de mavo te blijven. Met een ASG-school voor mavo in Almere Stad hebben we afgesproken dat "
          "leerlingen die na klas 2 of 3 beter op de mavo passen, zonder nieuwe aanmeldprocedure kunnen "
          "overstappen: de coach regelt een warme overdracht en de leerling loopt vooraf twee dagen mee. "
          "Omgekeerd krijgen mavo-4-leerlingen die naar havo 4 willen bij ons in het voorjaar een "
          "aansluitprogramma van zes middagen. Vorig schooljaar stapten 11 leerlingen op deze manier over "
          "naar de mavo en kwamen 19 mavo-gediplomeerden bij ons in havo 4."),
    ("p", "We willen de opbrengst van ons leren en ontwikkelen vaker delen met de andere ASG-scholen, "
          "bijvoorbeeld op ASG-brede studiedagen."),

    ("h1", "7  Samen met ouders en de stad"),
    ("p", "Leerlingen leren niet alleen op school. Ouders, bedrijven en instellingen in Almere dragen er "
          "allemaal aan bij."),
    ("h2", "7.1  Ouders als partner"),
    ("p", "We betrekken ouders op drie manieren bij de schoolloopbaan van hun kind. In november is er in "
          "klas 1 tot en met 3 een driehoeksgesprek tussen leerling, ouders en mentor, waarin de leerling "
          "zelf vertelt hoe het gaat en wat hij of zij zich voorneemt. In klas 3 en havo 4 worden ouders "
          "uitgenodigd voor het gesprek over profiel- en studiekeuze. En elk jaar is er een themabijeenkomst "
          "voor ouders, bijvoorbeeld over plannen en huiswerk of over gamen en sociale media."),
    ("p", "Per afdeling is er een ouderpanel van ongeveer tien ouders dat vier keer per jaar met de "
          "teamleider praat over wat ouders zien en horen. Het ouderpanel heeft onder meer meegedacht over "
          "het telefoonbeleid en over de planning van de toetsweken. Ouders helpen ook bij onze beroepenavond "
          "in klas 4, waar ze leerlingen over hun werk vertellen."),
    ("h2", "7.2  Partners in Almere en daarbuiten"),
    ("p", "We werken samen met een groot aantal organisaties. De belangrijkste zijn:"),
    ("bul", [
        "De Nieuwe Bibliotheek: iedere brugklasser krijgt een bibliotheekpas, en de klassen van leerjaar 1 "
        "en 2 hebben eens per maand hun leesles in de bibliotheek in het Stadshart;",
        "het jongerenwerk van De Schoor, dat wekelijks een inloopspreekuur in de aula houdt, en de "
        "wijkagent, die meedenkt bij incidenten rond de school;",
        "Windesheim en de Universiteit Utrecht, waar leerlingen uit havo 5 en vwo 5 meeloopdagen en het "
        "pre-universityprogramma volgen;",
        "Almeerse bedrijven en instellingen die opdrachten leveren voor het Leerlab en plaatsen bieden voor "
        "de maatschappelijke stage.",
    ]),
    ("h2", "7.3  Samen tegen het lerarentekort"),
    ("p", "De Vaart is opleidingsschool binnen het partnerschap dat ASG met de lerarenopleidingen in de regio "
          "heeft. Elk jaar begeleiden we vijftien tot twintig studenten van tweedegraads- en "
          "eerstegraadsopleidingen. Zes van onze huidige docenten zijn bij ons als student begonnen. Onze "
          "schoolopleider coördineert de stages en traint de werkplekbegeleiders."),
    ("h2", "7.4  Landelijk netwerk"),
    ("p", "Als tto-school zijn we lid van het landelijk netwerk tweetalig onderwijs van Nuffic. Onze "
          "tto-coördinator neemt deel aan de netwerkbijeenkomsten en aan visitaties van andere tto-scholen, "
          "en we gebruiken de landelijke standaard voor tto als toetssteen voor ons eigen programma."),

    ("h1", "8  Borgen, bijsturen en verantwoorden"),
    ("h2", "8.1  Onze kwaliteitscyclus"),
    ("p", "Dit schoolplan is het begin van een cyclus. Elk jaar maakt de schoolleiding vóór 1 oktober een "
          "jaarplan met de doelen voor dat jaar; de secties maken een sectieplan met een analyse van de "
          "resultaten van het afgelopen jaar en hun eigen verbeterpunten. In februari kijken schoolleiding "
          "en sectievoorzitters halverwege hoe het ervoor staat. Over de voortgang rapporteren we elk "
          "kwartaal aan het bestuur; in het jaarverslag leggen we verantwoording af aan ouders, MR en bestuur. "
          "Na twee jaar houden we met het hele team een tussenevaluatie van dit schoolplan."),
    ("p", "Om de voortgang te bewaken, gebruiken we de volgende bronnen:"),
    ("tab", ["Instrument", "Wie", "Wanneer"], [
        ["Welbevindingsmonitor (met sociale veiligheid)", "alle leerlingen", "oktober en maart"],
        ["Leerlingfeedback op lessen", "elke docent, in één klas naar keuze", "jaarlijks, vóór de kerst"],
        ["Lesbezoeken met de kijkwijzer", "teamleiders en collega’s", "doorlopend"],
        ["Analyse examen- en overgangsresultaten", "secties en teamleiders", "september"],
        ["Oudertevredenheidspeiling", "alle ouders", "tweejaarlijks, voorjaar"],
        ["Medewerkerspeiling (ASG)", "alle medewerkers", "tweejaarlijks, najaar"],
        ["Kwartaalrapportage aan het bestuur", "rector", "elk kwartaal"],
    ], [6.0, 5.0, 5.0]),
    ("p", "In 2025 werken alle secties met hetzelfde format voor het sectieplan, met een vaste "
          "resultatenanalyse. Vanaf 2026 bespreekt de schoolleiding de uitkomsten van de welbevindingsmonitor "
          "binnen vier weken met de mentoren en coaches, die ze vervolgens per klas oppakken."),
    ("h2", "8.2  Heldere afspraken over communicatie"),
    ("p", "Ouders en leerlingen moeten kunnen volgen wat er op school gebeurt. Daarom hebben we een paar vaste "
          "afspraken. Cijfers staan uiterlijk tien schooldagen na een toets in Magister. Een e-mail van "
          "ouders of leerlingen wordt binnen twee werkdagen beantwoord. Eens per maand verschijnt de nieuwsbrief ‘Vaartnieuws’, "
          "en het PTA, het examenreglement en de jaarplanning staan vóór 1 oktober op de website."),
    ("h2", "8.3  Meerjarenplanning"),
    ("p", "De doelen uit de vorige hoofdstukken verdelen we als volgt over de planperiode:"),
    ("bul", [
        "2024-2025: digitale geletterdheid in klas 2, PTA’s naast de AI-richtlijn, herziening PTA "
        "Nederlands vwo, gesprekscyclus voor alle medewerkers, nieuw format sectieplan, actualisatie SOP;",
        "2025-2026: leerlijn burgerschap, doelen sociale veiligheid, gezamenlijke toetsen met andere "
        "ASG-scholen, taalcertificaten tto, tussenevaluatie in juni 2026;",
        "2026-2027: Leerlab in vwo 4, wiskunde A havo, Cambridge C1, bevoegdheid van alle docenten;",
        "2027-2028: doorstroom havo 4, eindevaluatie en voorbereiding van het volgende schoolplan.",
    ]),
    ("h2", "8.4  Geld en middelen"),
    ("p", "De plannen passen binnen de meerjarenbegroting 2024-2028. Voor het Leerlab en de leerlijn digitale "
          "geletterdheid reserveren we jaarlijks 60.000 euro, onder meer voor lestijd en laptops. De extra "
          "onderwijsassistenten betalen we uit de werkdrukmiddelen."),
    ("h2", "8.5  Medezeggenschap"),
    ("p", "Het concept van dit schoolplan is op 21 mei 2024 besproken met de medezeggenschapsraad. De MR heeft "
          "de schoolleiding daarover advies uitgebracht; dat advies is in deze versie verwerkt."),
    ("h2", "8.6  Vaststelling"),
    ("p", "Dit schoolplan is op 24 juni 2024 vastgesteld door de rector van Lyceum De Vaart en ter "
          "vaststelling aangeboden aan het College van Bestuur van de Almeerse Scholen Groep."),
    ("tab", ["Functie", "Naam", "Handtekening"], [
        ["Rector Lyceum De Vaart", "Marloes Hendriksen", ""],
        ["College van Bestuur ASG", "", ""],
    ], [5.0, 5.0, 6.0]),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl(doc)
    stijl = doc.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)

    sectie = doc.sections[0]
    sectie.left_margin = Cm(2.5)
    sectie.right_margin = Cm(2.5)
    voet = sectie.footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Schoolplan Lyceum De Vaart 2024-2028  |  pagina ")
    page_field(voet)

    # Voorblad
    for _ in range(4):
        doc.add_paragraph()
    doc.add_paragraph("Schoolplan 2024-2028", style="Title")
    naam = doc.add_paragraph()
    r = naam.add_run("Lyceum De Vaart")
    r.bold = True
    r.font.size = Pt(20)
    ondertitel = doc.add_paragraph()
    r = ondertitel.add_run("Twee talen, één koers")
    r.italic = True
    r.font.size = Pt(14)
    doc.add_paragraph("Openbare scholengemeenschap voor havo en vwo met tweetalig onderwijs")
    doc.add_paragraph("Vaartpad 12, 1315 XK Almere")
    doc.add_paragraph("Planperiode: 1 augustus 2024 tot en met 31 juli 2028")
    doc.add_paragraph("Versie 1.3 – 24 juni 2024")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Inhoud
    doc.add_paragraph("Inhoud", style="Heading 1")
    for regel in INHOUD:
        doc.add_paragraph(regel)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for blok in TEKST:
        soort = blok[0]
        if soort == "h1":
            doc.add_heading(blok[1], level=1)
        elif soort == "h2":
            doc.add_heading(blok[1], level=2)
        elif soort == "h3":
            doc.add_heading(blok[1], level=3)
        elif soort == "p":
            doc.add_paragraph(blok[1])
        elif soort == "bul":
            for item in blok[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif soort == "tab":
            tabel(doc, blok[1], blok[2], blok[3])
            doc.add_paragraph()

    cp = doc.core_properties
    cp.author = "M. Hendriksen"
    cp.last_modified_by = "M. Hendriksen"
    cp.title = "Schoolplan 2024-2028 Lyceum De Vaart"
    cp.created = MOMENT
    cp.modified = MOMENT
    cp.last_printed = MOMENT
    cp.revision = 3
    cp.language = "nl-NL"
    doc.save(path)
    deterministisch(path, MOMENT)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_85_de_vaart.docx")
