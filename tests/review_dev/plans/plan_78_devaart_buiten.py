"""Schoolplan 2019-2023 van Christelijk Lyceum De Vaart (protestants-christelijk havo/vwo, Almere Buiten).

Geordend naar vijf eigen ambities; kopjes zijn vetgedrukte Normal-alinea's (geen kopstijlen), doelen als
genummerde lijst per ambitie met data, een uitgebreid hoofdstuk over professionele ontwikkeling en een
waardenhoofdstuk. MR-instemming in de lopende tekst. Zelfstandig: alleen standaardbibliotheek en python-docx.
"""

from __future__ import annotations

import datetime
import io
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

VASTE_DATUM = datetime.datetime(2019, 6, 27, 9, 30, 0)


# --- Word-loodgieterij (deels overgenomen uit docx_parts.py) --------------------------------

def taal_nl_stijlen(doc) -> None:  # type: ignore[no-untyped-def]
    for stijlnaam in ("Normal", "Title", "List Number", "List Bullet"):
        try:
            stijl = doc.styles[stijlnaam]
        except KeyError:
            continue
        rpr = stijl.element.get_or_add_rPr()
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), "nl-NL")


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


def nieuwe_nummering(doc) -> str:  # type: ignore[no-untyped-def]
    """Een nieuwe nummering die bij 1 begint, op basis van die van de stijl List Number."""
    stijl_numid = doc.styles["List Number"].element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract_id = None
    hoogste = 0
    for num in numbering.findall(qn("w:num")):
        nid = int(num.get(qn("w:numId")))
        hoogste = max(hoogste, nid)
        if nid == stijl_numid:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    nieuw = OxmlElement("w:num")
    nieuw.set(qn("w:numId"), str(hoogste + 1))
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), abstract_id)
    nieuw.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    nieuw.append(override)
    numbering.append(nieuw)
    return str(hoogste + 1)


def genummerd(doc, tekst: str, num_id: str) -> None:  # type: ignore[no-untyped-def]
    par = doc.add_paragraph(tekst, style="List Number")
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), num_id)
    numpr.append(ilvl)
    numpr.append(nid)
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is None:
        ppr.insert(0, numpr)
    else:
        pstyle.addnext(numpr)


def kop(doc, tekst: str, groot: bool = False) -> None:  # type: ignore[no-untyped-def]
    par = doc.add_paragraph()
    par.paragraph_format.space_before = Pt(12)
    par.paragraph_format.keep_with_next = True
    run = par.add_run(tekst)
    run.bold = True
    run.font.size = Pt(14 if groot else 11.5)


# --- De tekst van het plan ------------------------------------------------------------------

INHOUD = [
    ("kop1", "Voorwoord"),
    ("p", "Dit is het schoolplan van Christelijk Lyceum De Vaart voor de schooljaren 2019-2020 tot en met "
          "2022-2023. Het beschrijft wie we zijn, waar we voor staan en waar we de komende vier jaar naartoe "
          "werken. We hebben het plan opgebouwd rond vijf ambities die we in het schooljaar 2018-2019 met elkaar "
          "hebben geformuleerd: in twee studiemiddagen met het hele personeel, in gesprekken met de leerlingenraad "
          "en in twee avonden met het ouderpanel. De vijf ambities sluiten aan bij Koers 22 van de Almeerse "
          "Scholen Groep, maar ze zijn van ons: ze gaan over onze leerlingen, ons gebouw en onze mensen."),
    ("p", "Per ambitie beschrijven we wat we al doen en wat we willen bereiken, gevolgd door een genummerde lijst "
          "doelen met een datum waarop ze gehaald moeten zijn. Na de ambities volgt een hoofdstuk over de "
          "professionele ontwikkeling van ons personeel, omdat alles in dit plan uiteindelijk staat of valt met "
          "de mensen die het uitvoeren."),
    ("p", "De medezeggenschapsraad heeft op 4 juni 2019 ingestemd met dit schoolplan, nadat de leerling-, ouder- "
          "en personeelsgeleding het in mei elk afzonderlijk hadden besproken. Het College van Bestuur van ASG "
          "heeft het plan op 25 juni 2019 vastgesteld. Het plan geldt van 1 augustus 2019 tot en met 31 juli 2023."),
    ("p", "Hester Boonstra, rector"),

    ("kop1", "1. Wie wij zijn"),
    ("p", "Christelijk Lyceum De Vaart is een protestants-christelijke school voor havo, atheneum en gymnasium in "
          "de Bouwmeesterbuurt in Almere Buiten. De school bestaat sinds 1989 en is in 2006 verhuisd naar het "
          "huidige gebouw. Op 1 oktober 2018 hadden we 1.142 leerlingen: 596 op de havo en 546 op het vwo, van wie "
          "138 in de gymnasiumstroom. De leerlingen komen voor ongeveer 70 procent uit Almere Buiten en Almere "
          "Hout; de rest uit Almere Stad, Lelystad en Zeewolde."),
    ("p", "Er werken 96 docenten (78,4 fte) en 24 medewerkers onderwijsondersteuning. De schoolleiding bestaat "
          "uit de rector, Hester Boonstra, twee conrectoren (Arjan Kuipers voor onderwijs en kwaliteit, Mirjam "
          "Ouali voor personeel en organisatie) en vier teamleiders: onderbouw, havo bovenbouw, vwo bovenbouw en "
          "leerlingzaken. BRIN-nummer: 28PX."),
    ("p", "Almere Buiten groeit niet meer zo snel als tien jaar geleden. De gemeentelijke prognose laat voor "
          "onze regio tot 2025 een lichte daling van het aantal twaalfjarigen zien, en er zijn in Almere Buiten "
          "drie andere scholen met een havo- en vwo-afdeling. We rekenen daarom voor deze planperiode op een "
          "stabiel tot licht dalend leerlingenaantal, rond de 1.100. Onze open dagen in januari trekken elk jaar "
          "rond de 700 bezoekers; in 2019 meldden zich 221 brugklassers aan."),

    ("p", "Het gebouw aan de Bouwmeesterweg heeft 52 lokalen, vier gymzalen, een aula en een mediatheek. De "
          "vleugel met de practicumlokalen is in 2017 gerenoveerd. Met ruim 1.100 leerlingen zitten we aan de "
          "grens van de capaciteit; in de spits zijn alle lokalen bezet en in de aula is het tussen de middag "
          "dringen. Aan de westkant kijken de lokalen uit over de Buitenvaart; de grote vensters daar geven in de "
          "zomer zoveel warmte dat we in 2020 zonwering laten aanbrengen. De lessen lopen van 8.30 tot 16.10 uur, "
          "met negen lesuren van 45 minuten en een grote pauze van 30 minuten."),
    ("p", "De begroting voor 2019 bedraagt 11,4 miljoen euro, waarvan 86 procent personele lasten. Voor de "
          "inrichting van het Ontwerplab hebben we eenmalig 120.000 euro uit de reserve vrijgemaakt; de "
          "vervanging van de laptops van docenten loopt via het meerjarige investeringsplan."),
    ("kop1", "2. Onze christelijke identiteit"),
    ("p", "De Vaart is een christelijke school. Dat zie je aan de dagopening waarmee de mentor in de onderbouw "
          "elke maandag het eerste uur begint, aan de vieringen rond Kerst en Pasen die we met de hele school in "
          "de sporthal houden, en aan het vak levensbeschouwing, dat in klas 1 tot en met 3 één uur per week op "
          "het rooster staat en in klas 4 een projectweek is. In levensbeschouwing lezen de leerlingen Bijbelse "
          "verhalen en leren ze de christelijke traditie kennen en bevragen. Bij de aanmelding voeren we met elk "
          "gezin een kort gesprek over wat de identiteit van de school inhoudt; ouders tekenen dat hun kind aan de "
          "dagopening, de vieringen en de lessen levensbeschouwing deelneemt."),
    ("p", "Een identiteitscommissie van vijf docenten, twee ouders en de rector bereidt de vieringen voor en "
          "adviseert de schoolleiding. Ongeveer de helft van onze leerlingen komt uit een gezin zonder kerkelijke "
          "binding; voor de commissie is de vraag hoe we de christelijke traditie voor hen betekenisvol houden een "
          "vast agendapunt."),

    ("kop1", "3. Waar wij voor staan"),
    ("p", "Vier waarden vormen het fundament van onze school. Ze wortelen in de christelijke traditie van "
          "naastenliefde en rentmeesterschap, en ze sluiten aan bij de kernwaarden van ASG."),
    ("kop2", "Welkom"),
    ("p", "Op De Vaart is iedereen welkom en voelt iedereen zich thuis; onze school is een gastvrije plek. Ieder "
          "mens is waardevol en verdient het om gezien te worden, leerling én collega. Wij willen weten wat "
          "iemand nodig heeft om goed te kunnen leren en werken."),
    ("kop2", "Oprecht"),
    ("p", "Wij gaan met respect om met iedereen, binnen en buiten de school. Wij zijn eerlijk, helder en "
          "toegankelijk in wat we zeggen en schrijven. Naar de verschillen tussen mensen kijken we met een open "
          "blik."),
    ("kop2", "Nieuwsgierig"),
    ("p", "Wij zijn nieuwsgierig naar nieuwe inzichten en durven nieuwe manieren van leren uit te proberen, zodat "
          "ons onderwijs bij de tijd blijft."),
    ("kop2", "Toegewijd"),
    ("p", "Wij verwachten veel van onze leerlingen en van elkaar. We willen ons uit onszelf blijven ontwikkelen, "
          "en in alles wat we doen geven we het beste van onszelf."),

    ("kop1", "4. Onze vijf ambities"),
    ("p", "Voor de periode 2019-2023 hebben we vijf ambities gekozen:"),
    ("p", "Ambitie 1 – Uitdagend leren op havo en vwo. Ambitie 2 – Onderwijs dat past. Ambitie 3 – Een veilige en "
          "betrokken school. Ambitie 4 – Een school die van zichzelf leert. Ambitie 5 – Partners in leren."),
    ("p", "Het personeel heeft geen eigen ambitie gekregen; wat we van en voor onze medewerkers willen, staat in "
          "hoofdstuk 5."),

    ("kop1", "Ambitie 1 – Uitdagend leren op havo en vwo"),
    ("p", "We willen dat leerlingen op De Vaart het beste niveau halen dat bij hen past, en dat ze daarbij leren "
          "denken, onderzoeken en ontwerpen. Dat begint bij een stevig programma. In de onderbouw bieden we alle "
          "vakken die de kerndoelen vragen, in de bovenbouw de vier profielen op havo en vwo, met als keuzevakken "
          "onder meer informatica, filosofie, Spaans en kunst. Gymnasiumleerlingen krijgen vanaf klas 1 Latijn en "
          "Grieks. De lessen duren 45 minuten. Naast de roosteruren hebben leerlingen vier flexuren per week, "
          "waarin ze via Zermelo zelf kiezen bij welk vak ze extra uitleg, verdieping of oefentijd willen. Met "
          "de flexuren halen we de wettelijke onderwijstijd van 3.700 uur (havo) en 4.700 uur (vwo) ruim; de "
          "onderwijstijd per leerjaar staat in de schoolgids."),
    ("p", "Taal en rekenen volgen we in de onderbouw met Diataal en met de methodetoetsen wiskunde, zodat we "
          "weten of leerlingen aan het eind van klas 3 het referentieniveau 2F beheersen en op weg zijn naar 3F. "
          "Havoleerlingen zonder wiskunde in hun profiel volgen in havo 4 een rekenmodule van tien weken."),
    ("p", "Sinds dit schooljaar hebben we in klas 1 van havo en vwo het Ontwerplab: twee uur per week werken "
          "leerlingen in teams aan opdrachten van echte opdrachtgevers, volgens een vaste cyclus van onderzoeken, "
          "ontwerpen, testen en presenteren. In 2020-2021 loopt het Ontwerplab door tot en met klas 3; daarna "
          "besluiten we of het een eigen examenvak in de bovenbouw wordt."),
    ("p", "Wat leerlingen leren, moet ook over tien jaar nog betekenis hebben. In 2019-2020 en 2020-2021 "
          "herzien we daarom het onderbouwcurriculum. Elke sectie beschrijft haar leerlijn in de vorm van "
          "leerdoelen per jaar, we voegen een leerlijn digitale geletterdheid toe (in klas 1 en 2 één uur "
          "informatica per week) en in elk leerjaar komen twee vakoverstijgende projectweken."),
    ("p", "We leggen de lat hoog. Bij twijfel over het niveau kiezen we aan het eind van klas 2 voor het hogere "
          "niveau, met een begeleidingsafspraak tussen leerling, ouders en mentor. Die regel geldt sinds 2016; "
          "van de leerlingen die zo op het hogere niveau zijn geplaatst, haalde 81 procent klas 4 zonder "
          "doubleren. Leerlingen die meer aankunnen, kunnen vanaf klas 2 een extra vak volgen, Cambridge "
          "English doen of in de bovenbouw een vak op vwo-niveau afsluiten."),
    ("kop2", "Doelen ambitie 1"),
    ("doelen", [
        "Uiterlijk 1 juli 2020 heeft elke sectie haar onderbouwleerlijn beschreven in leerdoelen per leerjaar "
        "(eigenaar: conrector onderwijs).",
        "Vanaf 1 augustus 2020 krijgen alle leerlingen van klas 1 en 2 één uur informatica per week volgens de "
        "nieuwe leerlijn digitale geletterdheid.",
        "In 2020-2021 zijn er in elk onderbouwjaar twee vakoverstijgende projectweken; evaluatie met leerlingen "
        "en docenten in juni 2021.",
        "Uiterlijk 1 maart 2022 besluiten we op basis van een evaluatie of het Ontwerplab een examenvak wordt.",
        "In juni 2021 gebruikt ten minste 85 procent van de leerlingen de flexuren actief (minimaal drie van de "
        "vier uur per week ingeschreven); in 2018-2019 was dat 68 procent.",
        "In 2023 beheerst ten minste 90 procent van de leerlingen aan het eind van klas 3 referentieniveau 2F "
        "voor lezen (Diataal).",
    ]),

    ("kop1", "Ambitie 2 – Onderwijs dat past"),
    ("p", "Wij ontwikkelen onderwijs dat aansluit bij de belevingswereld van jongeren. Daarnaast willen we dat "
          "elke leerling de ondersteuning krijgt die nodig is om het diploma te halen dat bij hem of haar past."),
    ("p", "Zicht op wat leerlingen nodig hebben, begint bij de mentor. In de onderbouw heeft elke klas een "
          "mentor met twee uur per week voor de klas en de individuele begeleiding. Na elke rapportperiode, vier "
          "keer per jaar, is er per klas een leerlingbespreking met alle docenten, waarin we per leerling de "
          "cijfers, de aanwezigheid en de signalen van docenten naast elkaar leggen. In oktober vullen alle "
          "brugklassers de SAQI-vragenlijst in over motivatie, zelfbeeld en welbevinden; de uitkomsten gebruikt de "
          "mentor in het kennismakingsgesprek met ouders. Het zorgteam, met de zorgcoördinator, de "
          "orthopedagoog, de schoolmaatschappelijk werker en de teamleider leerlingzaken, komt elke twee weken "
          "bijeen."),
    ("p", "Ons schoolondersteuningsprofiel beschrijft wat we bieden. Tot de basisondersteuning horen onder "
          "meer de faciliteiten bij dyslexie en dyscalculie (extra tijd, voorleessoftware), een faalangsttraining "
          "in klas 2 en 4, huiswerkbegeleiding op school op vier middagen per week en examentraining in het "
          "examenjaar. Extra ondersteuning bieden we in De Haven: een ruimte met een vaste trajectbegeleider waar "
          "leerlingen met bijvoorbeeld autisme of angstklachten zich kunnen terugtrekken, werken en begeleiding "
          "krijgen, met een individueel plan dat elke tien weken wordt besproken. In 2018-2019 maakten 31 "
          "leerlingen gebruik van De Haven. Wat we niet kunnen bieden, zoals langdurige één-op-één begeleiding "
          "in de klas, staat ook in het profiel."),
    ("p", "Wij maken deel uit van een dekkend netwerk van onderwijs- en zorgvoorzieningen in Almere, zodat iedere "
          "leerling een passende plek heeft; zie daarvoor ook het ondersteuningsplan van het samenwerkingsverband."),
    ("kop2", "Doelen ambitie 2"),
    ("doelen", [
        "Uiterlijk 1 december 2019 is het schoolondersteuningsprofiel geactualiseerd en na advies van de MR "
        "vastgesteld; daarna elk jaar in november getoetst.",
        "Vanaf 2019-2020 wordt van 100 procent van de leerlingbesprekingen een actielijst in Magister vastgelegd, "
        "die de mentor binnen twee weken met leerling en ouders bespreekt.",
        "In juni 2021 is de SAQI-afname uitgebreid naar klas 3, en bespreekt de mentor de uitkomsten met iedere "
        "leerling.",
        "In 2022 haalt ten minste 80 procent van de leerlingen die in De Haven worden begeleid het volgende "
        "leerjaar zonder vertraging (2018-2019: 71 procent).",
    ]),

    ("kop1", "Ambitie 3 – Een veilige en betrokken school"),
    ("p", "Leerlingen leren alleen als ze zich veilig voelen. We meten de sociale veiligheid elk jaar in "
          "februari met de monitor sociale veiligheid in klas 1, 3 en 5. In 2018 voelde 91 procent van de "
          "leerlingen zich veilig op school, maar in klas 3 was dat 86 procent, en daar meldden leerlingen vooral "
          "online pesten. De anti-pestcoördinator, Sandra Mulder, heeft een vast spreekuur in de pauzes; "
          "daarnaast zijn er twee vertrouwenspersonen, een man en een vrouw. Het pestprotocol en de afspraken "
          "over telefoongebruik (telefoon in de kluis tijdens de les in klas 1 en 2) zijn in 2018 met de "
          "leerlingenraad herzien. Vanaf 2019-2020 krijgen alle derdeklassers in de mentorles een blok van zes "
          "lessen over online gedrag."),
    ("p", "Betrokken zijn betekent ook: meedoen in de samenleving. Voor burgerschap hebben we een aantal vaste "
          "onderdelen. De leerlingenraad (twaalf leden, gekozen per afdeling) overlegt elke maand met de rector en "
          "heeft drie zetels in de MR. In klas 3 gaan alle leerlingen met ProDemos naar Den Haag en spelen ze "
          "een debat in de Tweede Kamer na. Bij landelijke en gemeentelijke verkiezingen houden we "
          "scholierenverkiezingen, voorbereid in de lessen maatschappijleer en geschiedenis. In vwo 5 doet een "
          "groep van ongeveer twintig leerlingen mee aan een Model United Nations-conferentie. In 2020-2021 "
          "brengen we deze onderdelen samen in een leerlijn burgerschap, waarin we per leerjaar vastleggen welke "
          "kennis van democratie en rechtsstaat aan bod komt."),
    ("p", "Betrokkenheid van ouders vraagt om goede informatie. Ouders en leerlingen zien cijfers, aanwezigheid "
          "en huiswerk in Magister; docenten voeren toetscijfers binnen tien werkdagen in. Eens per maand "
          "verschijnt de Vaartbrief met nieuws en de planning van de komende weken. Vragen van ouders aan mentor of "
          "teamleider worden binnen twee werkdagen beantwoord. Aan het begin van elk schooljaar is er per leerjaar "
          "een informatieavond, en in het PTA-boekje dat leerlingen van klas 4 in september krijgen, staan alle "
          "toetsen en herkansingsregels van de bovenbouw."),
    ("kop2", "Doelen ambitie 3"),
    ("doelen", [
        "In februari 2021 voelt ten minste 93 procent van de leerlingen zich veilig, en in klas 3 ten minste "
        "90 procent (monitor sociale veiligheid).",
        "Uiterlijk september 2019 is het blok online gedrag in de mentorlessen van klas 3 ingevoerd.",
        "Uiterlijk 1 juli 2021 is de leerlijn burgerschap beschreven en door de MR besproken.",
        "Vanaf 2019-2020 staat 95 procent van de toetscijfers binnen tien werkdagen in Magister (steekproef per "
        "periode door de teamleiders).",
        "In de oudertevredenheidspeiling van 2021 geven ouders de informatievoorziening ten minste een 7,5 "
        "(2018: 6,9).",
    ]),

    ("kop1", "Ambitie 4 – Een school die van zichzelf leert"),
    ("p", "Ons stelsel van kwaliteitszorg is samenhangend en cyclisch. Hoe dat in de praktijk werkt, beschrijven "
          "we hieronder."),
    ("p", "De resultaten zijn op orde, maar niet overal. De inspectie gaf de havo in 2017 een waarschuwing omdat "
          "het bovenbouwsucces twee jaar onder de norm lag. Met een verbeterplan (examentraining, strakkere "
          "overgangsnormen in havo 4, extra begeleiding bij profielkeuze) steeg het bovenbouwsucces van 76 procent "
          "in 2016 naar 84 procent in 2018. Het slagingspercentage was in 2018 89 procent op de havo en 93 procent "
          "op het vwo. De onderbouwsnelheid is al jaren boven de 96 procent. Alle indicatoren van het "
          "onderwijsresultatenmodel liggen nu boven de inspectienorm."),
    ("p", "Onze kwaliteitszorg volgt een vaste jaarcyclus. In juni schrijft elke sectie een sectieplan met twee "
          "of drie verbeterpunten, afgeleid van de doelen in dit schoolplan. Na elke rapportperiode analyseren "
          "teamleider en sectievoorzitter samen de cijfers in Magister per vak en per klas. Elk jaar in het "
          "voorjaar vullen leerlingen van alle leerjaren een enquête in over de lessen, en om de twee jaar peilen "
          "we de tevredenheid van ouders. Iedere docent krijgt minstens één lesbezoek per jaar van de teamleider, "
          "met de ICALT-observatielijst. Vier keer per jaar rapporteren we aan het bestuur in de "
          "kwartaalrapportage; in september verschijnt het jaarverslag, dat we met de MR bespreken. In het "
          "voorjaar van 2021 laten we een audit uitvoeren door een extern bureau, als tussenbalans van dit plan."),
    ("p", "Verbeteren doen we samen. Sinds 2018 werken docenten in tien leerteams van zes tot acht collega's "
          "aan een zelfgekozen vraag over hun lessen, met de aanpak van lesson study: samen een les ontwerpen, "
          "bij elkaar observeren hoe leerlingen leren, en de les verbeteren. In 2018-2019 ging het in zes "
          "leerteams om formatief evalueren. Elk leerteam presenteert in juni zijn bevindingen op de "
          "Vaartmiddag aan het hele personeel, en de beste werkvormen komen in een gedeelde map op SharePoint."),
    ("p", "Ook de kwaliteit van de examinering bewaken we. Elke schoolexamentoets uit het PTA wordt voor "
          "afname door een tweede docent van de sectie gecontroleerd op inhoud en normering, en de examencommissie "
          "controleert elk jaar in februari een steekproef van toetsen en correcties per sectie. Het "
          "examenreglement en de PTA's worden elk jaar vóór 1 oktober vastgesteld."),
    ("kop2", "Doelen ambitie 4"),
    ("doelen", [
        "In 2020, 2021 en 2022 liggen alle indicatoren van het onderwijsresultatenmodel boven de inspectienorm; "
        "het bovenbouwsucces havo is in 2022 ten minste 86 procent.",
        "Het slagingspercentage is in 2023 ten minste 90 procent op de havo en 94 procent op het vwo.",
        "Vanaf juni 2020 heeft iedere sectie een sectieplan met meetbare verbeterpunten, dat in januari "
        "tussentijds met de teamleider wordt besproken.",
        "In 2021-2022 heeft 100 procent van de docenten minstens één lesbezoek met ICALT gehad; gemiddeld "
        "scoren de lessen voldoende op 'differentiatie' (2018-2019: 62 procent van de lessen).",
        "In het voorjaar van 2021 is de externe audit uitgevoerd; de verbeterpunten staan in het jaarplan "
        "2021-2022.",
        "Uiterlijk 2021 neemt ten minste 80 procent van de docenten deel aan een leerteam.",
    ]),

    ("kop1", "Ambitie 5 – Partners in leren"),
    ("p", "Onze leerlingen leren niet alleen van ons. Ouders, het hoger onderwijs, andere scholen en "
          "opdrachtgevers van buiten de school spelen een rol, en die rol willen we bewuster vormgeven."),
    ("p", "Ouders zijn voor ons de eerste partner. In de brugklas voeren mentor, ouders en leerling in november "
          "een driehoeksgesprek over de start op De Vaart. Voor ouders van klas 1 tot en met 3 organiseren we elk "
          "jaar twee thema-avonden, bijvoorbeeld over plannen en huiswerk of over social media; in 2018-2019 kwamen "
          "daar gemiddeld 140 ouders op af. Bij de profielkeuze in klas 3 hebben ouders een eigen gesprek met de "
          "decaan. Het ouderpanel, met per leerjaar vier ouders, komt drie keer per jaar bij elkaar en bespreekt "
          "onderwerpen die de schoolleiding voorlegt."),
    ("p", "De medezeggenschapsraad telt twaalf leden: zes personeelsleden, drie ouders en drie leerlingen. De MR "
          "vergadert acht keer per jaar. De rector legt voorgenomen besluiten in een vroeg stadium voor, zodat de "
          "MR kan meedenken voordat er een besluit ligt; zo zijn de flexuren in 2018 eerst met de MR en de "
          "leerlingenraad uitgewerkt en daarna pas voorgelegd. Elk voorjaar maken rector en MR samen de "
          "jaaragenda."),
    ("p", "Voor de aansluiting op het vervolgonderwijs werken we samen met Windesheim in Almere, waar "
          "havo 5-leerlingen twee dagen per jaar proefstuderen, en met de Universiteit Utrecht, waar jaarlijks "
          "ongeveer vijftien vwo-leerlingen het pre-universitaire programma volgen. Het Ontwerplab werkt elk "
          "jaar met vier tot zes externe opdrachtgevers, zoals ingenieursbureaus, een waterschap en een "
          "energiebedrijf."),
    ("p", "De loopbaanoriëntatie loopt via de mentoren en de twee decanen. Vanaf klas 3 werken leerlingen in "
          "Qompas aan hun profielkeuze en studiekeuze, en in havo 4 en vwo 5 lopen alle leerlingen een "
          "meeloopdag bij een opleiding naar keuze. De decanen houden per leerling bij welke activiteiten zijn "
          "gedaan, zodat de mentor dat in de gesprekken met leerling en ouders kan gebruiken."),
    ("p", "Binnen ASG werken we samen met de scholen voor vmbo aan doorlopende leerroutes. Sinds 2018 volgen "
          "vmbo-t-leerlingen van drie ASG-scholen die naar de havo willen, in hun examenjaar op woensdagmiddag een "
          "schakelprogramma bij ons, met Engels, wiskunde en studievaardigheden; in 2018-2019 waren dat 22 "
          "leerlingen, van wie er 17 in havo 4 zijn ingestroomd. Omgekeerd regelen we voor leerlingen die "
          "beter op zijn plek zijn in het vmbo een warme overdracht naar een ASG-school in de buurt."),
    ("kop2", "Doelen ambitie 5"),
    ("doelen", [
        "Vanaf november 2019 voert elke brugklasmentor met alle gezinnen een driehoeksgesprek; in 2020 vindt "
        "ten minste 85 procent van de ouders dat gesprek nuttig (korte vragenlijst).",
        "Elk jaar vóór 1 oktober stellen rector en MR samen de jaaragenda vast, met ten minste drie onderwerpen "
        "die in een vroeg stadium met de MR worden verkend.",
        "In 2021 stroomt ten minste 80 procent van de deelnemers aan het schakelprogramma door naar havo 4, en "
        "haalt ten minste 75 procent van hen havo 5 zonder doubleren (meting juli 2022).",
        "Uiterlijk 2020-2021 kunnen alle havo 5-leerlingen proefstuderen bij een hogeschool; evaluatie met de "
        "decanen in juni 2021.",
    ]),

    ("kop1", "5. Professionele ontwikkeling van ons personeel"),
    ("p", "Goede lessen vragen om docenten die hun vak beheersen en blijven leren, en om ondersteuners die hun "
          "werk goed kunnen doen. Wij willen dat collega's trots zijn op De Vaart en op ASG. In dit hoofdstuk "
          "beschrijven we hoe we werken aan bekwaamheid, ontwikkeling en welzijn, en welke doelen we ons daarbij "
          "stellen."),
    ("kop2", "Waar we staan"),
    ("p", "Van de 96 docenten waren er in 2018-2019 negen niet bevoegd voor (een deel van) hun lessen, vooral "
          "bij wiskunde, natuurkunde, Duits en informatica. De gemiddelde leeftijd van het personeel is 44 jaar; "
          "een kwart is ouder dan 55 en gaat de komende tien jaar met pensioen. Het ziekteverzuim was in 2018 "
          "6,1 procent, hoger dan het ASG-gemiddelde voor het voortgezet onderwijs. In het "
          "medewerkerstevredenheidsonderzoek van 2018 scoorden collegialiteit en de sfeer hoog, maar werkdruk en "
          "de ruimte voor eigen ontwikkeling laag."),
    ("kop2", "De gesprekscyclus"),
    ("p", "Vanaf 2019-2020 voeren we de gesprekscyclus van ASG volledig in. Iedere medewerker heeft in het "
          "najaar een planningsgesprek met de eigen leidinggevende, waarin de persoonlijke ontwikkeldoelen worden "
          "vastgelegd, in het voorjaar een voortgangsgesprek en eens in de drie jaar een beoordelingsgesprek. "
          "De lesbezoeken met ICALT (zie ambitie 4) vormen een vast onderdeel van het gesprek. Alle verslagen "
          "komen in het digitale personeelsdossier. De teamleiders hebben in 2018-2019 een training gevolgd in "
          "het voeren van deze gesprekken, en per teamleider zijn het er niet meer dan 25."),
    ("kop2", "Eigen leervragen en de ASG Academie"),
    ("p", "In het planningsgesprek formuleert iedere docent een eigen leervraag voor het jaar. Daarbij hoort "
          "tijd: docenten hebben volgens de cao 83 uur per fte per jaar voor professionalisering, waarvan wij er "
          "40 vrij laten voor de eigen leervraag en 43 gebruiken voor schoolbrede scholing. Het scholingsbudget "
          "is 152.000 euro per jaar, ongeveer 2 procent van de loonsom. Iedere docent volgt in de planperiode "
          "minstens één cursus of leergang van de ASG Academie, en elk jaar volgen twee sectievoorzitters de "
          "Academie-leergang voor sectievoorzitters. De vier studiedagen per jaar staan in het teken van de schoolbrede "
          "thema's: in 2019-2020 formatief evalueren en differentiëren, gegeven door een extern bureau samen met "
          "onze eigen leerteams. De deelname aan leerteams is vrij: collega's kiezen zelf een team en een vraag, "
          "en in 2018-2019 deden 64 van de 96 docenten mee zonder dat iemand daartoe was verplicht."),
    ("p", "Het onderwijsondersteunend personeel heeft een eigen scholingsplan. De technisch onderwijsassistenten "
          "volgen in 2019-2020 een cursus veiligheid in het practicum, de medewerkers van de administratie een "
          "training in het nieuwe leerlingvolgsysteem, en de conciërges en de receptie een cursus omgaan met "
          "agressie. Ook zij hebben in het planningsgesprek een eigen ontwikkeldoel."),
    ("kop2", "Leren buiten de school"),
    ("p", "Onze sectievoorzitters van wiskunde, Nederlands en Engels nemen deel aan de ASG-vaksectienetwerken, "
          "die drie keer per jaar bijeenkomen. De sectie wiskunde bouwt met de secties van twee andere "
          "ASG-scholen met havo en vwo aan een gedeelde toetsbank voor de onderbouw, en onze examensecretaris "
          "overlegt elke maand met de examensecretarissen van de andere ASG-scholen over PTA's en "
          "examenreglementen. Het hele personeel gaat elk jaar naar de ASG-brede studiedag voor het voortgezet "
          "onderwijs in oktober, waar collega's van alle scholen en het servicebureau elkaar treffen."),
    ("kop2", "Starters en onbevoegde collega's"),
    ("p", "Startende docenten krijgen drie jaar begeleiding: een coach uit het team, in het eerste jaar zes "
          "lesbezoeken met nabespreking, een lagere lestaak (twee lessen minder in jaar 1, één in jaar 2) en "
          "intervisie met andere starters elke zes weken. Onze twee schoolopleiders begeleiden daarnaast de "
          "ongeveer 25 stagiairs per jaar van de lerarenopleidingen van Windesheim en de Hogeschool van Amsterdam."),
    ("p", "Voor elke onbevoegde docent maken we een bevoegdheidsplan met een einddatum. De school betaalt de "
          "studiekosten die niet door de lerarenbeurs worden gedekt, geeft vier uur per week roostervrij op de "
          "studiedag en koppelt de docent aan een bevoegde collega uit de sectie. Wie na de afgesproken datum geen "
          "voortgang laat zien, bespreekt met de conrector personeel hoe het verder moet."),
    ("kop2", "Erkenning van expertise en ruimte om te bewegen"),
    ("p", "We maken expertise van collega's zichtbaar en geven er een plek aan. In 2018-2019 hadden elf "
          "docenten een benoemde expertiserol, zoals coördinator formatief evalueren, begeleider van De Haven of "
          "coördinator van het Ontwerplab, met taakuren en een LD-functie als dat past. Bij de functiemix houden "
          "we bij benoemingen expliciet rekening met zulke rollen. Drie collega's zetten hun expertise in voor "
          "heel ASG: onze docent Nederlands Lotte Dijkman geeft in de ASG Academie de cursus formatief "
          "evalueren, en twee docenten begeleiden als coach de startende docenten van een andere ASG-school."),
    ("p", "Collega's die zich verder willen ontwikkelen, kunnen ook buiten De Vaart kijken. Vacatures voor "
          "teamleider en coördinator zetten we eerst intern en binnen ASG uit, en we ondersteunen collega's die "
          "een jaar op een andere ASG-school willen werken. In 2018 zijn twee docenten voor een jaar geruild met "
          "een ASG-school voor vmbo, en een van onze docenten is teamleider geworden op een andere ASG-school."),
    ("kop2", "Vitaliteit en welzijn"),
    ("p", "Het hoge verzuim pakken we op twee manieren aan. Bij ziekte houdt de leidinggevende binnen drie dagen "
          "contact, en de bedrijfsarts houdt elke maand een preventief spreekuur op school waar collega's zonder "
          "ziekmelding terechtkunnen. Daarnaast is er sinds 2019 Vitaal op De Vaart: op dinsdag na het zevende "
          "uur sporten collega's samen in de gymzalen, en twee keer per jaar is er een workshop over slaap, stress "
          "of beweging."),
    ("p", "We houden rekening met de levensfase van collega's. Oudere collega's kunnen hun uren duurzame "
          "inzetbaarheid gebruiken voor een lagere lestaak of juist voor een rol als coach van starters; collega's "
          "met jonge kinderen kunnen een roosterwens indienen, die bij 90 procent van de aanvragen in 2018-2019 is "
          "gehonoreerd. Werkdrukgeld zetten we in voor twee extra onderwijsassistenten en voor kleinere "
          "brugklassen (maximaal 28 leerlingen)."),
    ("kop2", "Doelen personeel"),
    ("doelen", [
        "Uiterlijk 1 juli 2020 heeft 100 procent van de medewerkers een planningsgesprek en een "
        "voortgangsgesprek gehad, vastgelegd in het personeelsdossier.",
        "Uiterlijk 1 augustus 2022 zijn alle negen onbevoegde docenten bevoegd of volgen zij aantoonbaar een "
        "opleiding met een einddatum vóór 2023.",
        "In 2020 is het ziekteverzuim gedaald tot 5,0 procent en in 2022 tot 4,5 procent.",
        "In het medewerkerstevredenheidsonderzoek van 2021 scoort 'ruimte voor eigen ontwikkeling' ten minste "
        "een 7,0 (2018: 6,2).",
        "Uiterlijk 2023 heeft iedere docent minstens één activiteit van de ASG Academie afgerond, geregistreerd "
        "in het personeelsdossier.",
        "Elk jaar zetten ten minste drie collega's hun expertise in voor andere ASG-scholen of de ASG Academie.",
    ]),

    ("kop1", "6. Hoe we dit plan volgen"),
    ("p", "Dit schoolplan is het kader; het jaarplan is het werkplan. Elk jaar in juni kiezen schoolleiding, "
          "teamleiders en sectievoorzitters welke doelen het komende jaar voorrang krijgen, en in september "
          "bespreken we het jaarplan met de MR. De voortgang komt aan bod in de kwartaalrapportages aan het "
          "bestuur en in het jaarverslag. In het voorjaar van 2021 valt de tussenbalans samen met de externe "
          "audit; in 2022-2023 evalueren we het hele plan en beginnen we aan het volgende."),
    ("p", "In hoofdlijnen ziet de planning er zo uit. In 2019-2020 ligt het accent op het onderbouwcurriculum, "
          "het schoolondersteuningsprofiel, de gesprekscyclus en het blok online gedrag. In 2020-2021 volgen de "
          "leerlijnen digitale geletterdheid en burgerschap, de projectweken en de uitbreiding van het Ontwerplab "
          "naar klas 3. In 2021-2022 verwerken we de uitkomsten van de audit en besluiten we over het Ontwerplab "
          "in de bovenbouw. In 2022-2023 ronden we de bevoegdheidstrajecten af en schrijven we het nieuwe "
          "schoolplan."),
]


def build(path) -> None:  # type: ignore[no-untyped-def]
    doc = Document()
    taal_nl_stijlen(doc)
    cp = doc.core_properties
    cp.author = "H. Boonstra"
    cp.last_modified_by = "A. Kuipers"
    cp.title = "Schoolplan 2019-2023 Christelijk Lyceum De Vaart"
    cp.created = VASTE_DATUM
    cp.modified = VASTE_DATUM
    cp.revision = 7

    stijl = doc.styles["Normal"]
    stijl.font.name = "Cambria"
    stijl.font.size = Pt(11)

    voet = doc.sections[0].footer.paragraphs[0]
    voet.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    voet.add_run("Christelijk Lyceum De Vaart – schoolplan 2019-2023 – ")
    page_field(voet)

    # Titelpagina van vetgedrukte Normal-alinea's
    for tekst, grootte in (("Schoolplan 2019 – 2023", 26), ("Christelijk Lyceum De Vaart", 20),
                           ("havo | atheneum | gymnasium – Almere Buiten", 13),
                           ("Onderdeel van de Almeerse Scholen Groep", 11)):
        par = doc.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(tekst)
        run.bold = True
        run.font.size = Pt(grootte)
    doc.add_paragraph("Juni 2019").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()

    for item in INHOUD:
        soort = item[0]
        if soort == "kop1":
            kop(doc, item[1], groot=True)
        elif soort == "kop2":
            kop(doc, item[1])
        elif soort == "p":
            doc.add_paragraph(item[1])
        elif soort == "doelen":
            num_id = nieuwe_nummering(doc)
            for doel in item[1]:
                genummerd(doc, doel, num_id)
    doc.save(path)
    deterministisch(path, VASTE_DATUM)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else "plan_78_devaart_buiten.docx")
